/* vb-record.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record mirrors one row. Only the project changes it, after the change
 * is in the file's transaction; views listen to the "changed" signal,
 * detailed with the column name, and to notify::label.
 */

#define G_LOG_DOMAIN "vb-record"

#include "config.h"

#include <math.h>

#include "vb-record-private.h"

struct _VbRecord
{
  GObject parent_instance;

  const VbTable *table;
  VbValue       *values;
};

G_DEFINE_FINAL_TYPE (VbRecord, vb_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
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

static const VbValue *
lookup (VbRecord   *self,
        const char *column)
{
  int index = vb_table_column_index (self->table, column);

  g_return_val_if_fail (index >= 0, NULL);
  return &self->values[index];
}

static void
vb_record_finalize (GObject *object)
{
  VbRecord *self = (VbRecord *) object;

  vb_row_free (self->table, self->values);

  G_OBJECT_CLASS (vb_record_parent_class)->finalize (object);
}

static void
vb_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VbRecord *self = VB_RECORD (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, vb_record_get_uuid (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, vb_record_get_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_record_class_init (VbRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vb_record_finalize;
  object_class->get_property = vb_record_get_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VbRecord::changed:
   * @column: the name of the column that changed
   *
   * Emitted once per changed column, detailed with the column's name.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
vb_record_init (VbRecord *self)
{
}

VbRecord *
vb_record_new (const VbTable *table,
               VbValue       *values)
{
  VbRecord *self = g_object_new (VB_TYPE_RECORD, NULL);

  self->table = table;
  self->values = values;
  return self;
}

void
vb_record_set_values (VbRecord      *self,
                      const VbValue *values)
{
  guint n = vb_table_n_columns (self->table);
  int label = label_index (self->table);
  g_autofree gboolean *changed = g_new0 (gboolean, n);
  gboolean label_changed = FALSE;

  for (guint i = 0; i < n; i++)
    if (!vb_value_equal (&self->values[i], &values[i]))
      {
        vb_value_copy (&values[i], &self->values[i]);
        changed[i] = TRUE;
        label_changed |= (int) i == label;
      }

  for (guint i = 0; i < n; i++)
    if (changed[i])
      {
        const char *name = vb_table_get_column (self->table, i)->name;
        g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (name), name);
      }
  if (label_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const VbTable *
vb_record_get_table (VbRecord *self)
{
  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return self->table;
}

const char *
vb_record_get_table_name (VbRecord *self)
{
  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return self->table->name;
}

const char *
vb_record_get_uuid (VbRecord *self)
{
  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return self->values[0].v.s;
}

const VbValue *
vb_record_get_values (VbRecord *self)
{
  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return self->values;
}

const VbValue *
vb_record_get_value (VbRecord   *self,
                     const char *column)
{
  g_return_val_if_fail (VB_IS_RECORD (self), NULL);
  return lookup (self, column);
}

const char *
vb_record_get_text (VbRecord   *self,
                    const char *column)
{
  const VbValue *v;

  g_return_val_if_fail (VB_IS_RECORD (self), "");
  v = lookup (self, column);
  return v && v->type == VB_VALUE_TEXT ? v->v.s : "";
}

gint64
vb_record_get_int (VbRecord   *self,
                   const char *column)
{
  const VbValue *v;

  g_return_val_if_fail (VB_IS_RECORD (self), 0);
  v = lookup (self, column);
  if (v == NULL)
    return 0;
  if (v->type == VB_VALUE_INT)
    return v->v.i;
  if (v->type == VB_VALUE_REAL)
    return (gint64) v->v.d;
  return 0;
}

double
vb_record_get_real (VbRecord   *self,
                    const char *column)
{
  const VbValue *v;

  g_return_val_if_fail (VB_IS_RECORD (self), 0);
  v = lookup (self, column);
  if (v == NULL)
    return 0;
  if (v->type == VB_VALUE_REAL)
    return v->v.d;
  if (v->type == VB_VALUE_INT)
    return (double) v->v.i;
  return 0;
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

/* A short name for the row: its name, title or text. */
const char *
vb_record_get_label (VbRecord *self)
{
  int index;

  g_return_val_if_fail (VB_IS_RECORD (self), "");
  index = label_index (self->table);
  if (index < 0 || self->values[index].type != VB_VALUE_TEXT)
    return "";
  return self->values[index].v.s;
}
