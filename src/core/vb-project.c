/* vb-project.c — an open project: the object and its accessors
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project holds the file's connection, the store of its rows (one
 * typed object per row, vb-store.c) and the undo history (vb-edit.c).
 * Opening and checking a file live in vb-project-file.c, creating, copying
 * and moving in vb-project-io.c, the activity log in vb-activity.c.
 */

#define G_LOG_DOMAIN "vb-project"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-record-private.h"
#include "vb-sql.h"

G_DEFINE_FINAL_TYPE (VbProject, vb_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_NAME,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static const char *journal_mode = "DELETE";

void
vb_project_set_journal_mode (const char *mode)
{
  journal_mode = mode;
}

const char *
vb_project_get_journal_mode (void)
{
  return journal_mode;
}

char *
vb_default_author (void)
{
  const char *real = g_get_real_name ();

  if (real == NULL || *real == '\0' || g_strcmp0 (real, "Unknown") == 0)
    real = g_get_user_name ();
  return g_utf8_make_valid (real, -1);
}

/* ------------------------------------------------------------ GObject */

static void
on_settings_name_changed_cb (VbProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

static void
vb_project_finalize (GObject *object)
{
  VbProject *self = (VbProject *) object;

  vb_project_close (self);
  self->settings = NULL;
  g_clear_pointer (&self->store, vb_store_free);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->pending, vb_edit_free);
  g_free (self->path);
  g_free (self->author);

  G_OBJECT_CLASS (vb_project_parent_class)->finalize (object);
}

static void
vb_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VbProject *self = VB_PROJECT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_NAME:
      g_value_set_string (value, vb_project_get_name (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, vb_project_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, vb_project_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_project_class_init (VbProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vb_project_finalize;
  object_class->get_property = vb_project_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VbProject::changed:
   *
   * Emitted after every commit (an edit, an undo, a redo, a rename), once
   * the rows' own signals have been emitted.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
vb_project_init (VbProject *self)
{
  self->schema = vb_schema_current ();
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_edit_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_edit_free);
  self->author = vb_default_author ();
}

/* ------------------------------------------------------------ private */

/**
 * vb_project_new_for_db:
 * @db: (transfer full): a connection to a file that has been verified,
 *   configured, and holds the current schema version
 *
 * Loads the rows and makes the project. On failure @db is closed.
 */
VbProject *
vb_project_new_for_db (const char  *path,
                       sqlite3     *db,
                       gboolean     read_only,
                       GError     **error)
{
  g_autoptr(VbProject) self = g_object_new (VB_TYPE_PROJECT, NULL);

  self->path = g_strdup (path);
  self->db = db;
  self->read_only = read_only;
  self->store = vb_store_new (self, self->schema);
  if (!vb_store_load (self->store, db, error))
    return NULL;
  if (vb_project_get_settings (self) == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its project settings are missing."), vb_display_name (path));
      return NULL;
    }
  g_signal_connect_object (vb_project_get_settings (self), "notify::name",
                           G_CALLBACK (on_settings_name_changed_cb), self, G_CONNECT_SWAPPED);
  return g_steal_pointer (&self);
}

sqlite3 *
vb_project_get_db (VbProject *self)
{
  return self->db;
}

VbStore *
vb_project_get_store (VbProject *self)
{
  return self->store;
}

/* A prepared statement for @sql, reset and ready to bind; cached for the
 * life of the connection */
sqlite3_stmt *
vb_project_statement (VbProject   *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  stmt = vb_sql_prepare (self->db, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
vb_project_emit_changed (VbProject *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
vb_project_notify_undo (VbProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

void
vb_project_notify_path (VbProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

gboolean
vb_project_check_writable (VbProject  *self,
                           GError    **error)
{
  if (self->db == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, _("The project is closed."));
      return FALSE;
    }
  if (self->read_only)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY,
                   _("This project is open read-only. Save a copy to make changes."));
      return FALSE;
    }
  return TRUE;
}

static const VbTable *
table_named (VbProject  *self,
             const char *table)
{
  const VbTable *t = vb_schema_lookup_table (self->schema, table);

  g_return_val_if_fail (t != NULL, NULL);
  return t;
}

/* When a row of any table last changed: vb_store_get_last_serial () */
guint64
vb_project_get_serial (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), 0);
  return vb_store_get_last_serial (self->store);
}

/* The rows of @table changed in place since @serial: vb_store_changed_since () */
gboolean
vb_project_get_changed_rows (VbProject  *self,
                             const char *table,
                             guint64     serial,
                             GPtrArray  *rows)
{
  const VbTable *t;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  t = table_named (self, table);
  return t != NULL && vb_store_changed_since (self->store, t, serial, rows);
}

/* When a row of @table last changed: vb_store_get_serial () */
guint64
vb_project_get_table_serial (VbProject  *self,
                             const char *table)
{
  const VbTable *t;

  g_return_val_if_fail (VB_IS_PROJECT (self), 0);
  t = table_named (self, table);
  return t ? vb_store_get_serial (self->store, t) : 0;
}

/**
 * vb_project_get_tables_serial:
 * @tables: (array zero-terminated=1): table names
 *
 * Returns: the sum of the tables' serials, each of which only grows
 */
guint64
vb_project_get_tables_serial (VbProject         *self,
                              const char *const *tables)
{
  guint64 sum = 0;

  g_return_val_if_fail (VB_IS_PROJECT (self), 0);
  g_return_val_if_fail (tables != NULL, 0);
  for (guint i = 0; tables[i]; i++)
    sum += vb_project_get_table_serial (self, tables[i]);
  return sum;
}

/* vb_store_set_read_log () of the project's store */
void
vb_project_set_read_log (VbProject  *self,
                         GHashTable *tables)
{
  g_return_if_fail (VB_IS_PROJECT (self));
  vb_store_set_read_log (self->store, tables);
}

GListModel *
vb_project_get_records (VbProject  *self,
                        const char *table)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return vb_store_get_rows (self->store, table_named (self, table));
}

/* The committed children of @parent in @table through @ref_column, as a
 * list model that stays up to date */
GListModel *
vb_project_get_children (VbProject  *self,
                         const char *table,
                         const char *ref_column,
                         VbRecord   *parent)
{
  const VbTable *t = table_named (self, table);

  g_return_val_if_fail (VB_IS_RECORD (parent), NULL);
  return vb_store_get_children (self->store, t, (guint) vb_table_column_index (t, ref_column),
                                vb_record_get_uuid (parent));
}

/* The children as the edit in progress sees them */
GPtrArray *
vb_project_children (VbProject  *self,
                     const char *table,
                     const char *ref_column,
                     VbRecord   *parent)
{
  const VbTable *t = table_named (self, table);

  return vb_store_live_children (self->store, t, (guint) vb_table_column_index (t, ref_column),
                                 vb_record_get_uuid (parent));
}

VbRecord *
vb_project_lookup (VbProject  *self,
                   const char *uuid)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return vb_store_lookup (self->store, uuid);
}

/**
 * vb_project_find_row:
 * @uuid: (nullable): a row's uuid (a finding's subject, an action's target)
 * @type: the entity type it must be
 *
 * Returns: (transfer none) (nullable): the live row of @type with @uuid,
 *   found through the store's index; NULL for any other
 */
gpointer
vb_project_find_row (VbProject  *self,
                     const char *uuid,
                     GType       type)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  if (uuid == NULL || *uuid == '\0')
    return NULL;
  row = vb_store_lookup (self->store, uuid);
  return row && vb_record_is_live (row) && G_TYPE_CHECK_INSTANCE_TYPE (row, type) ? row : NULL;
}

gint64
vb_project_count_rows (VbProject  *self,
                       const char *table)
{
  const VbTable *t;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (self), -1);
  t = table_named (self, table);
  if (t == NULL)
    return -1;
  if (!(t->flags & VB_TABLE_INTERNAL))
    return vb_store_count_live (self->store, t);
  if (self->db == NULL)
    return -1;
  sql = g_strdup_printf ("SELECT count(*) FROM %s", t->name);
  return vb_sql_query_int (self->db, sql, -1);
}

/* ------------------------------------------------------------ public */

void
vb_project_close (VbProject *self)
{
  g_return_if_fail (VB_IS_PROJECT (self));

  if (self->db == NULL)
    return;
  if (self->pending)
    {
      /* the whole edit, however deep the close came */
      self->edit_depth = 0;
      vb_project_cancel_edit (self);
    }
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;
  if (self->store)
    vb_store_detach (self->store);
  if (self->private_dir)
    {
      /* the private copy a read-only command read: nothing of it stays */
      g_autoptr(GDir) dir = g_dir_open (self->private_dir, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (self->private_dir, name, NULL);
          g_unlink (child);
        }
      g_rmdir (self->private_dir);
      g_clear_pointer (&self->private_dir, g_free);
    }
}

const char *
vb_project_get_path (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return self->path;
}

/**
 * vb_project_get_settings:
 *
 * Returns: (transfer none): the project's own row (name, currency, team,
 *   thresholds); it lives as long as the project
 */
VbProjectSettings *
vb_project_get_settings (VbProject *self)
{
  GListModel *rows;
  g_autoptr(VbRecord) record = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  if (self->settings && vb_record_get_project (VB_RECORD (self->settings)) == self)
    {
      vb_store_note_read (self->store, vb_record_get_table (VB_RECORD (self->settings)));
      return self->settings;
    }
  rows = vb_project_get_records (self, "project");
  if (rows == NULL || g_list_model_get_n_items (rows) == 0)
    return NULL;
  record = g_list_model_get_item (rows, 0);
  /* the store keeps it: the settings row is never removed */
  self->settings = VB_PROJECT_SETTINGS (record);
  return self->settings;
}

const char *
vb_project_get_name (VbProject *self)
{
  VbProjectSettings *settings = vb_project_get_settings (self);

  return settings ? vb_project_settings_get_name (settings) : "";
}

const char *
vb_project_get_currency (VbProject *self)
{
  VbProjectSettings *settings = vb_project_get_settings (self);

  return settings ? vb_project_settings_get_currency (settings) : "EUR";
}

gboolean
vb_project_get_read_only (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), TRUE);
  return self->read_only;
}

gboolean
vb_project_get_is_sample (VbProject *self)
{
  VbProjectSettings *settings = vb_project_get_settings (self);

  return settings ? vb_project_settings_get_is_sample (settings) : FALSE;
}

const char *
vb_project_get_author (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return self->author;
}

/* The name the activity log records for this session's edits; NULL or
 * empty: the system's name for the user */
void
vb_project_set_author (VbProject  *self,
                       const char *author)
{
  g_return_if_fail (VB_IS_PROJECT (self));

  g_free (self->author);
  self->author = (author && *author) ? g_utf8_make_valid (author, -1) : vb_default_author ();
}

/**
 * vb_project_file_name_for:
 * @name: a project's name
 *
 * The base name (without the suffix) of the file a project of that name
 * gets: characters that file systems refuse replaced, no leading dot, at
 * most 200 bytes, cut between characters.
 */
char *
vb_project_file_name_for (const char *name)
{
  GString *s = g_string_new (NULL);
  g_autofree char *valid = g_utf8_make_valid (name ? name : "", -1);
  g_autofree char *stripped = g_strstrip (g_strdup (valid));

  for (const char *p = stripped; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f || c == ':' || c == '*' || c == '?' ||
          c == '"' || c == '<' || c == '>' || c == '|')
        g_string_append_c (s, '-');
      else
        g_string_append_unichar (s, c);
    }
  while (s->len > 0 && s->str[0] == '.')
    g_string_erase (s, 0, 1);
  if (s->len > 200)
    {
      /* cut at a character boundary, never inside one */
      const char *end = s->str + 200;

      while (end > s->str && (*end & 0xc0) == 0x80)
        end--;
      g_string_truncate (s, (gsize) (end - s->str));
    }
  g_strchomp (s->str);
  s->len = strlen (s->str);
  if (s->len == 0)
    g_string_append (s, _("Untitled Project"));
  return g_string_free (s, FALSE);
}
