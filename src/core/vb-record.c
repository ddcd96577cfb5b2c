/* vb-record.c — one row of a project table
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record mirrors one row. Only the project's store changes its values:
 * during an edit silently, so that the edit's later steps read what it
 * wrote, and then, once the edit is committed, it announces the change —
 * the "changed" signal detailed with the column, and notify for the
 * column's property. A cancelled or failed edit announces nothing.
 *
 * An entity class binds itself to its table in class_init
 * (vb_record_class_bind_table); that installs one read-only property per
 * column, whose id is the column's index + 1, read by the base class.
 */

#define G_LOG_DOMAIN "vb-record"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-error.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

typedef struct
{
  const VbTable *table;
  VbValue       *values;
  VbProject     *project;    /* borrowed: the project's store owns us; NULL once removed */
  int           *enums;      /* the enumeration columns read so far, ENUM_UNKNOWN where not */
  guint64        revision;   /* vb_record_get_revision () */
} VbRecordPrivate;

/* One clock for every record of the process: a revision never comes back,
 * not even for a new record at the address of a freed one */
static guint64 revision_clock;

static guint64
next_revision (void)
{
  return __atomic_add_fetch (&revision_clock, 1, __ATOMIC_RELAXED);
}

/* Guidance reads a task's enumerations thousands of times per refresh;
 * the stored word is parsed once, until the cell changes */
#define ENUM_UNKNOWN G_MININT

G_DEFINE_TYPE_WITH_PRIVATE (VbRecord, vb_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *const label_columns[] = { "name", "title", "company", "text", "description",
                                             "condition", "summary", "kpi_key", "item_key", NULL };

static GQuark
table_quark (void)
{
  static GQuark q;

  if (G_UNLIKELY (q == 0))
    q = g_quark_from_static_string ("vb-record-table");
  return q;
}

static int
label_index (const VbTable *table)
{
  for (guint i = 0; label_columns[i]; i++)
    {
      int index = vb_table_column_index (table, label_columns[i]);
      if (index >= 0)
        return index;
    }
  return -1;
}

/* The property a column is shown as in @klass, or NULL */
static GParamSpec *
column_pspec (GObjectClass *klass,
              guint         column)
{
  const VbTable *bound = g_type_get_qdata (G_TYPE_FROM_CLASS (klass), table_quark ());
  GParamSpec **specs;

  if (bound == NULL)
    return NULL;
  specs = g_type_get_qdata (G_TYPE_FROM_CLASS (klass), g_quark_from_static_string ("vb-record-pspecs"));
  return specs && column < vb_table_n_columns (bound) ? specs[column] : NULL;
}

/* ------------------------------------------------------------ GObject */

static void
vb_record_finalize (GObject *object)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (VB_RECORD (object));

  vb_row_free (priv->table, priv->values);
  g_free (priv->enums);
  G_OBJECT_CLASS (vb_record_parent_class)->finalize (object);
}

static void
value_to_gvalue (const VbColumn *col,
                 const VbValue  *v,
                 GValue         *out)
{
  switch (col->kind)
    {
    case VB_COLUMN_UUID:
    case VB_COLUMN_TEXT:
    case VB_COLUMN_TIME:
    case VB_COLUMN_DATE:
    case VB_COLUMN_REF:
      g_value_set_string (out, v->type == VB_VALUE_TEXT ? v->v.s : NULL);
      break;
    case VB_COLUMN_BOOL:
      g_value_set_boolean (out, v->type == VB_VALUE_INT && v->v.i != 0);
      break;
    case VB_COLUMN_INT:
      g_value_set_int64 (out, v->type == VB_VALUE_INT ? v->v.i : -1);
      break;
    case VB_COLUMN_REAL:
      g_value_set_double (out, v->type == VB_VALUE_REAL ? v->v.d : v->type == VB_VALUE_INT ? (double) v->v.i : NAN);
      break;
    case VB_COLUMN_ENUM:
      {
        int e = 0;

        if (v->type == VB_VALUE_TEXT)
          vb_enum_from_nick (col->enum_type (), v->v.s, &e);
        g_value_set_enum (out, e);
      }
      break;
    case VB_COLUMN_SET:
      {
        guint mask = 0;

        if (v->type == VB_VALUE_TEXT && !vb_enum_set_from_string (col->enum_type (), v->v.s, &mask))
          mask = 0;
        g_value_set_uint (out, mask);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
vb_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VbRecord *self = VB_RECORD (object);
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  if (pspec->owner_type == VB_TYPE_RECORD)
    {
      switch (prop_id)
        {
        case PROP_LABEL:
          g_value_set_string (value, vb_record_get_label (self));
          return;
        default:
          G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
          return;
        }
    }

  /* a column property of an entity class: the id is the column's index + 1 */
  if (prop_id == 0 || prop_id > vb_table_n_columns (priv->table))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  value_to_gvalue (vb_table_get_column (priv->table, prop_id - 1), &priv->values[prop_id - 1], value);
}

/* The generic write of one column from a GValue: the default of set_column */
static gboolean
vb_record_real_set_column (VbRecord      *self,
                           guint          column,
                           const GValue  *value,
                           GError       **error)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  const VbColumn *col = vb_table_get_column (priv->table, column);
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  switch (col->kind)
    {
    case VB_COLUMN_TEXT:
    case VB_COLUMN_DATE:
      vb_value_set_text (&v, g_value_get_string (value));
      break;
    case VB_COLUMN_REF:
      if (g_value_get_string (value) && *g_value_get_string (value))
        vb_value_set_text (&v, g_value_get_string (value));
      break;
    case VB_COLUMN_BOOL:
      vb_value_set_int (&v, g_value_get_boolean (value) ? 1 : 0);
      break;
    case VB_COLUMN_INT:
      if (!col->nullable || g_value_get_int64 (value) >= 0)
        vb_value_set_int (&v, g_value_get_int64 (value));
      break;
    case VB_COLUMN_REAL:
      if (!isnan (g_value_get_double (value)))
        vb_value_set_real (&v, g_value_get_double (value));
      break;
    case VB_COLUMN_ENUM:
      vb_value_set_text (&v, vb_enum_get_nick (col->enum_type (), g_value_get_enum (value)));
      break;
    case VB_COLUMN_SET:
      {
        g_autofree char *text = vb_enum_set_to_string (col->enum_type (), g_value_get_uint (value));
        vb_value_set_text (&v, text);
      }
      break;
    case VB_COLUMN_UUID:
    case VB_COLUMN_TIME:
    default:
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The %s of a %s cannot be changed."), vb_column_get_label (col),
                   vb_table_get_label (priv->table));
      return FALSE;
    }
  ok = vb_record_write_at (self, column, &v, error);
  vb_value_clear (&v);
  return ok;
}

/* The default rule: a row the user edits is no longer an example */
static void
vb_record_real_adjust_write (VbRecord *self,
                             guint     column,
                             gpointer  row)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  VbValue *values = row;
  int example = vb_table_column_index (priv->table, "example");

  if (example >= 0 && (guint) example != column && (guint) column != vb_table_modified_index (priv->table) &&
      (int) column != vb_table_position_index (priv->table))
    vb_value_set_int (&values[example], 0);
}

static void
vb_record_class_init (VbRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vb_record_finalize;
  object_class->get_property = vb_record_get_property;
  klass->set_column = vb_record_real_set_column;
  klass->adjust_write = vb_record_real_adjust_write;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VbRecord::changed:
   * @column: the name of the column that changed
   *
   * Emitted after the commit of an edit, once per column it changed,
   * detailed with the column's name. Entities also notify the column's
   * property.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
vb_record_init (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  priv->revision = next_revision ();
}

/**
 * vb_record_get_revision:
 *
 * Changes whenever a value of the row changes (also during an edit, and
 * when a cancelled edit is reverted) and is never the same for two
 * records: a reader that computed something from one row can tell whether
 * it still holds without reading the row again.
 */
guint64
vb_record_get_revision (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  return priv->revision;
}

/* ------------------------------------------------------ entity classes */

static GParamSpec *
pspec_for_column (const VbColumn *col)
{
  g_autofree char *name = g_strdelimit (g_strdup (col->name), "_", '-');
  const char *interned = g_intern_string (name);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (col->kind)
    {
    case VB_COLUMN_UUID:
    case VB_COLUMN_TEXT:
    case VB_COLUMN_TIME:
    case VB_COLUMN_DATE:
    case VB_COLUMN_REF:
      return g_param_spec_string (interned, NULL, NULL, NULL, flags);
    case VB_COLUMN_BOOL:
      return g_param_spec_boolean (interned, NULL, NULL, FALSE, flags);
    case VB_COLUMN_INT:
      return g_param_spec_int64 (interned, NULL, NULL, G_MININT64, G_MAXINT64, col->nullable ? -1 : 0, flags);
    case VB_COLUMN_REAL:
      return g_param_spec_double (interned, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case VB_COLUMN_ENUM:
      {
        GType type = col->enum_type ();
        return g_param_spec_enum (interned, NULL, NULL, type, vb_enum_get_value (type, 0), flags);
      }
    case VB_COLUMN_SET:
      return g_param_spec_uint (interned, NULL, NULL, 0, G_MAXUINT, 0, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * vb_record_class_bind_table:
 * @table: the name of the table whose rows this class holds
 *
 * Called from an entity's class_init: every column of the table becomes a
 * read-only property of the class (id = column index + 1).
 */
void
vb_record_class_bind_table (VbRecordClass *klass,
                            const char    *table_name)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), table_name);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  guint n;
  GParamSpec **specs;

  g_return_if_fail (table != NULL);
  /* GObject does not inherit get_property for a subclass's own properties */
  object_class->get_property = vb_record_get_property;
  n = vb_table_n_columns (table);
  specs = g_new0 (GParamSpec *, n);   /* kept for the life of the type */
  for (guint i = 0; i < n; i++)
    {
      specs[i] = pspec_for_column (vb_table_get_column (table, i));
      g_object_class_install_property (object_class, i + 1, specs[i]);
    }
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), table_quark (), (gpointer) table);
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), g_quark_from_static_string ("vb-record-pspecs"), specs);
}

/* The index of @column in the class's table; a missing column is a bug */
guint
vb_record_class_column (VbRecordClass *klass,
                        const char    *column)
{
  const VbTable *table = g_type_get_qdata (G_TYPE_FROM_CLASS (klass), table_quark ());
  int index;

  g_assert (table != NULL);
  index = vb_table_column_index (table, column);
  g_assert (index >= 0);
  return (guint) index;
}

/* ------------------------------------------------------------ private */

VbRecord *
vb_record_new (const VbTable *table,
               VbValue       *values)
{
  GType type = table->record_type ? table->record_type () : VB_TYPE_RECORD;
  VbRecord *self = g_object_new (type, NULL);
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_assert (type == VB_TYPE_RECORD || g_type_get_qdata (type, table_quark ()) == table);
  priv->table = table;
  priv->values = values;
  return self;
}

void
vb_record_set_project (VbRecord  *self,
                       VbProject *project)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  priv->project = project;
}

/**
 * vb_record_store_values:
 * @changed: (out caller-allocates): one byte per column, set to 1 where the
 *   value changed (bytes that are already 1 stay so)
 *
 * Takes the row's new values without telling anyone: the store calls it
 * during an edit and announces the changes after the commit.
 */
void
vb_record_store_values (VbRecord      *self,
                        const VbValue *values,
                        guint8        *changed)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  guint n = vb_table_n_columns (priv->table);

  for (guint i = 0; i < n; i++)
    if (!vb_value_equal (&priv->values[i], &values[i]))
      {
        vb_value_copy (&values[i], &priv->values[i]);
        if (priv->enums)
          priv->enums[i] = ENUM_UNKNOWN;
        if (changed)
          changed[i] = 1;
        priv->revision = next_revision ();
      }
}

void
vb_record_emit_changed (VbRecord     *self,
                        const guint8 *changed)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  GObjectClass *klass = G_OBJECT_GET_CLASS (self);
  guint n = vb_table_n_columns (priv->table);
  int label = label_index (priv->table);
  g_autoptr(VbRecord) keep G_GNUC_UNUSED = g_object_ref (self);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < n; i++)
    if (changed[i])
      {
        const char *name = vb_table_get_column (priv->table, i)->name;
        GParamSpec *pspec = column_pspec (klass, i);

        g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (name), name);
        if (pspec)
          g_object_notify_by_pspec (G_OBJECT (self), pspec);
        if ((int) i == label)
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
      }
  g_object_thaw_notify (G_OBJECT (self));
}

const VbTable *
vb_record_get_table (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return priv->table;
}

const char *
vb_record_get_table_name (VbRecord *self)
{
  return vb_record_get_table (self)->name;
}

const VbValue *
vb_record_get_values (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return priv->values;
}

const VbValue *
vb_record_peek (VbRecord *self,
                guint     index)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_assert (index < vb_table_n_columns (priv->table));
  return &priv->values[index];
}

static const VbValue *
lookup (VbRecord   *self,
        const char *column)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  int index = vb_table_column_index (priv->table, column);

  g_return_val_if_fail (index >= 0, NULL);
  return &priv->values[index];
}

const VbValue *
vb_record_get_value (VbRecord   *self,
                     const char *column)
{
  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return lookup (self, column);
}

static const char *
text_of (const VbValue *v)
{
  return v && v->type == VB_VALUE_TEXT ? v->v.s : "";
}

static gint64
int_of (const VbValue *v)
{
  if (v == NULL)
    return 0;
  if (v->type == VB_VALUE_INT)
    return v->v.i;
  if (v->type == VB_VALUE_REAL)
    return (gint64) v->v.d;
  return 0;
}

static double
real_of (const VbValue *v)
{
  if (v == NULL)
    return 0;
  if (v->type == VB_VALUE_REAL)
    return v->v.d;
  if (v->type == VB_VALUE_INT)
    return (double) v->v.i;
  return 0;
}

const char *
vb_record_get_text (VbRecord   *self,
                    const char *column)
{
  g_return_val_if_fail (VB_IS_RECORD (self), "");
  return text_of (lookup (self, column));
}

gint64
vb_record_get_int (VbRecord   *self,
                   const char *column)
{
  g_return_val_if_fail (VB_IS_RECORD (self), 0);
  return int_of (lookup (self, column));
}

double
vb_record_get_real (VbRecord   *self,
                    const char *column)
{
  g_return_val_if_fail (VB_IS_RECORD (self), 0);
  return real_of (lookup (self, column));
}

gboolean
vb_record_get_bool (VbRecord   *self,
                    const char *column)
{
  return vb_record_get_int (self, column) != 0;
}

gboolean
vb_record_has_value (VbRecord   *self,
                     const char *column)
{
  const VbValue *v;

  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  v = lookup (self, column);
  return v != NULL && v->type != VB_VALUE_NULL;
}

const char *
vb_record_text_at (VbRecord *self,
                   guint     index)
{
  return text_of (vb_record_peek (self, index));
}

gint64
vb_record_int_at (VbRecord *self,
                  guint     index)
{
  return int_of (vb_record_peek (self, index));
}

/* NAN when the cell holds no number */
double
vb_record_real_at (VbRecord *self,
                   guint     index)
{
  const VbValue *v = vb_record_peek (self, index);

  return v->type == VB_VALUE_NULL ? NAN : real_of (v);
}

gboolean
vb_record_bool_at (VbRecord *self,
                   guint     index)
{
  return int_of (vb_record_peek (self, index)) != 0;
}

int
vb_record_enum_at (VbRecord *self,
                   guint     index)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  const VbColumn *col = vb_table_get_column (priv->table, index);
  int value = 0;

  g_assert (col->kind == VB_COLUMN_ENUM);
  if (priv->enums && priv->enums[index] != ENUM_UNKNOWN)
    return priv->enums[index];
  vb_enum_from_nick (col->enum_type (), text_of (vb_record_peek (self, index)), &value);
  if (priv->enums == NULL)
    {
      guint n = vb_table_n_columns (priv->table);

      priv->enums = g_new (int, n);
      for (guint i = 0; i < n; i++)
        priv->enums[i] = ENUM_UNKNOWN;
    }
  priv->enums[index] = value;
  return value;
}

guint
vb_record_mask_at (VbRecord *self,
                   guint     index)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  const VbColumn *col = vb_table_get_column (priv->table, index);
  guint mask = 0;

  g_assert (col->kind == VB_COLUMN_SET);
  if (!vb_enum_set_from_string (col->enum_type (), text_of (vb_record_peek (self, index)), &mask))
    mask = 0;
  return mask;
}

/* ------------------------------------------------------------ public */

const char *
vb_record_get_uuid (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return priv->values[0].v.s;
}

/* A short name for the row: its name, title or text ("" when it has none) */
const char *
vb_record_get_label (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  int index;

  g_return_val_if_fail (VB_IS_RECORD (self), "");
  index = label_index (priv->table);
  if (index < 0 || priv->values[index].type != VB_VALUE_TEXT)
    return "";
  return priv->values[index].v.s;
}

/* What one row of this kind is called: “vendor”, “task” (translated) */
const char *
vb_record_get_kind_label (VbRecord *self)
{
  g_return_val_if_fail (VB_IS_RECORD (self), "");
  return vb_table_get_label (vb_record_get_table (self));
}

/**
 * vb_record_get_project:
 *
 * Returns: (transfer none) (nullable): the project the row belongs to;
 *   NULL once the row has been removed or the project closed
 */
VbProject *
vb_record_get_project (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return priv->project;
}

gboolean
vb_record_is_live (VbRecord *self)
{
  return vb_record_get_project (self) != NULL;
}

const char *
vb_record_get_modified (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), "");
  return text_of (&priv->values[vb_table_modified_index (priv->table)]);
}

guint
vb_record_get_position (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  int index;

  g_return_val_if_fail (VB_IS_RECORD (self), 0);
  index = vb_table_position_index (priv->table);
  return index < 0 ? 0 : (guint) int_of (&priv->values[index]);
}

/* Whether the row is an example a template put there and the user has not
 * confirmed or changed yet (DESIGN.md §1) */
gboolean
vb_record_get_example (VbRecord *self)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  int index;

  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  index = vb_table_column_index (priv->table, "example");
  return index >= 0 && int_of (&priv->values[index]) != 0;
}

/**
 * vb_record_confirm:
 *
 * The user has checked an example row and keeps it as it is: it stops
 * being an example. One edit; nothing happens for a row that is not one.
 */
gboolean
vb_record_confirm (VbRecord  *self,
                   GError   **error)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);
  int index;
  g_autofree char *summary = NULL;
  const char *label;

  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  if (!vb_record_get_example (self))
    return TRUE;
  if (!vb_record_check_live (self, error))
    return FALSE;
  index = vb_table_column_index (priv->table, "example");
  label = vb_record_get_label (self);
  /* Translators: an undo step, e.g. “Confirm the example task “Order status questions”” */
  summary = g_strdup_printf (_("Confirm the example %s “%s”"), vb_table_get_label (priv->table), label);
  vb_project_begin_edit_full (priv->project, VB_ACTIVITY_CONFIRM, summary);
  if (!vb_record_write_int_at (self, (guint) index, 0, error))
    {
      vb_project_cancel_edit (priv->project);
      return FALSE;
    }
  return vb_project_end_edit (priv->project, error);
}

/**
 * vb_record_set_property_value:
 * @property: the name of one of the record's column properties
 *
 * Writes a column from a GValue of its property's type: one edit, through
 * the entity's own rules (set_column). Field editors use it.
 */
gboolean
vb_record_set_property_value (VbRecord      *self,
                              const char    *property,
                              const GValue  *value,
                              GError       **error)
{
  GParamSpec *pspec;

  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  g_return_val_if_fail (pspec != NULL && pspec->owner_type != VB_TYPE_RECORD, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, pspec->value_type), FALSE);
  if (!vb_record_check_live (self, error))
    return FALSE;
  return VB_RECORD_GET_CLASS (self)->set_column (self, pspec->param_id - 1, value, error);
}

/**
 * vb_record_remove:
 *
 * Removes the row and what belongs to it (a vendor's contacts, …) as one
 * edit; undo brings all of it back.
 */
gboolean
vb_record_remove (VbRecord  *self,
                  GError   **error)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  if (!vb_record_check_live (self, error))
    return FALSE;
  return vb_project_remove (priv->project, self, error);
}

/**
 * vb_record_move:
 * @position: the index the row takes among the rows of its table
 *
 * Reorders a row of an ordered table (objectives, tasks, …) as one edit.
 */
gboolean
vb_record_move (VbRecord  *self,
                guint      position,
                GError   **error)
{
  VbRecordPrivate *priv = vb_record_get_instance_private (self);

  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  if (!vb_record_check_live (self, error))
    return FALSE;
  return vb_project_move_row (priv->project, self, position, error);
}
