/* vb-project.c — an open project file: safe open, edits, undo, activity log
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SQLite database per project (DESIGN.md §3). Every edit is one
 * transaction and one undo step, and writes its activity log row in the same
 * transaction. The rollback journal (DELETE) with synchronous=FULL keeps the
 * file complete after every commit, leaves no sidecar file behind and lets
 * a file in a read-only folder open read-only; bench/ measures the others.
 */

#define G_LOG_DOMAIN "vb-project"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-sql.h"
#include "vb-template.h"

typedef struct {
  const VbTable *table;
  char          *uuid;
  VbValue       *before;   /* NULL: the row did not exist */
  VbValue       *after;    /* NULL: the row was deleted */
} Change;

typedef struct {
  char      *action;
  char      *summary;
  GPtrArray *changes;
} Edit;

struct _VbProject
{
  GObject parent_instance;

  char           *path;
  sqlite3        *db;
  const VbSchema *schema;
  gboolean        read_only;
  char           *author;

  GHashTable     *stores;       /* table name → GListStore of VbRecord */
  VbRecord       *settings;     /* borrowed from the "project" store */
  GHashTable     *records;      /* uuid → VbRecord (borrowed from stores) */
  GHashTable     *statements;   /* SQL → sqlite3_stmt */

  Edit           *pending;
  guint           edit_depth;
  gboolean        edit_failed;
  GPtrArray      *undo_stack;
  GPtrArray      *redo_stack;
};

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

static void
change_free (gpointer data)
{
  Change *c = data;

  vb_row_free (c->table, c->before);
  vb_row_free (c->table, c->after);
  g_free (c->uuid);
  g_free (c);
}

static void
edit_free (gpointer data)
{
  Edit *e = data;

  if (e == NULL)
    return;
  g_ptr_array_unref (e->changes);
  g_free (e->action);
  g_free (e->summary);
  g_free (e);
}

static Edit *
edit_new (const char *action,
          const char *summary)
{
  Edit *e = g_new0 (Edit, 1);

  e->action = g_strdup (action);
  e->summary = g_strdup (summary);
  e->changes = g_ptr_array_new_with_free_func (change_free);
  return e;
}

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
  return g_strdup (real);
}

/* ---------------------------------------------------------------- SQL */

static sqlite3_stmt *
statement (VbProject   *self,
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

static char *
insert_sql (const VbTable *table)
{
  GString *s = g_string_new (NULL);
  guint n = vb_table_n_columns (table);

  g_string_append_printf (s, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", vb_table_get_column (table, i)->name);
  g_string_append (s, ") VALUES (");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s?%u", i ? ", " : "", i + 1);
  g_string_append (s, ")");
  return g_string_free (s, FALSE);
}

gboolean
vb_db_insert_row (sqlite3        *db,
                  const VbTable  *table,
                  const VbValue  *row,
                  GError        **error)
{
  g_autofree char *sql = insert_sql (table);
  g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);
  guint n = vb_table_n_columns (table);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    vb_value_bind (&row[i], stmt, (int) i + 1);
  return vb_sql_step_done (db, stmt, error);
}

gboolean
vb_db_log (sqlite3     *db,
           const char  *author,
           const char  *action,
           const char  *table,
           const char  *row_uuid,
           const char  *summary,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = vb_uuid_new_ordered ();
  g_autofree char *now = vb_timestamp_now ();

  stmt = vb_sql_prepare (db, "INSERT INTO activity (uuid, at, author, action, table_name, row_uuid, summary, modified) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, author ? author : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, table ? table : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, row_uuid ? row_uuid : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, summary ? summary : "", -1, SQLITE_STATIC);
  return vb_sql_step_done (db, stmt, error);
}

static gboolean
log_edit (VbProject   *self,
          Edit        *edit,
          const char  *action,
          const char  *summary,
          GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *uuid = vb_uuid_new_ordered ();
  g_autofree char *now = vb_timestamp_now ();
  Change *first = edit->changes->len ? g_ptr_array_index (edit->changes, 0) : NULL;

  stmt = statement (self, "INSERT INTO activity (uuid, at, author, action, table_name, row_uuid, summary, modified) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->author, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, first ? first->table->name : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, first ? first->uuid : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, summary, -1, SQLITE_STATIC);
  return vb_sql_step_done (self->db, stmt, error);
}

/* ------------------------------------------------------------- cache */

static int
compare_position (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  gint64 pa = vb_record_get_int ((VbRecord *) a, "position");
  gint64 pb = vb_record_get_int ((VbRecord *) b, "position");

  return pa < pb ? -1 : pa > pb;
}

static GListStore *
store_for (VbProject     *self,
           const VbTable *table)
{
  return g_hash_table_lookup (self->stores, table->name);
}

static void
cache_apply (VbProject     *self,
             const VbTable *table,
             const char    *uuid,
             const VbValue *row)
{
  GListStore *store = store_for (self, table);
  VbRecord *record;

  if (store == NULL)
    return;

  record = g_hash_table_lookup (self->records, uuid);
  if (row == NULL)
    {
      guint position;

      if (record != NULL && g_list_store_find (store, record, &position))
        {
          g_hash_table_remove (self->records, uuid);
          g_list_store_remove (store, position);
        }
    }
  else if (record != NULL)
    {
      gint64 old_position = (table->flags & VB_TABLE_ORDERED) ? vb_record_get_int (record, "position") : 0;

      vb_record_set_values (record, row);
      if ((table->flags & VB_TABLE_ORDERED) && old_position != vb_record_get_int (record, "position"))
        {
          guint position;

          g_object_ref (record);
          if (g_list_store_find (store, record, &position))
            g_list_store_remove (store, position);
          g_list_store_insert_sorted (store, record, compare_position, NULL);
          g_object_unref (record);
        }
    }
  else
    {
      g_autoptr(VbRecord) created = vb_record_new (table, vb_row_copy (table, row));

      g_hash_table_insert (self->records, (gpointer) vb_record_get_uuid (created), created);
      if (table->flags & VB_TABLE_ORDERED)
        g_list_store_insert_sorted (store, created, compare_position, NULL);
      else
        g_list_store_append (store, created);
    }
}

static gboolean
load_table (VbProject      *self,
            const VbTable  *table,
            GError        **error)
{
  g_autoptr(GListStore) store = g_list_store_new (VB_TYPE_RECORD);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = vb_table_n_columns (table);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  sql = g_strdup_printf ("SELECT * FROM %s ORDER BY %s", table->name,
                         (table->flags & VB_TABLE_ORDERED) ? "position, rowid" : "rowid");
  stmt = vb_sql_prepare (self->db, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VbValue *row = g_new0 (VbValue, n);
      VbRecord *record;

      for (guint i = 0; i < n; i++)
        vb_value_from_column (&row[i], stmt, (int) i);
      record = vb_record_new (table, row);
      g_hash_table_insert (self->records, (gpointer) vb_record_get_uuid (record), record);
      g_ptr_array_add (loaded, record);
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, self->db, rc);
      return FALSE;
    }
  g_list_store_splice (store, 0, 0, loaded->pdata, loaded->len);
  g_hash_table_insert (self->stores, (gpointer) table->name, g_steal_pointer (&store));
  return TRUE;
}

/* ------------------------------------------------------------- apply */

/* Write one row's new state: NULL deletes it and leaves a tombstone;
 * a row that does not exist is inserted and loses its tombstone; otherwise
 * only the columns that differ are updated. */
static gboolean
apply_state (VbProject      *self,
             const VbTable  *table,
             const char     *uuid,
             const VbValue  *before,
             const VbValue  *row,
             GError        **error)
{
  sqlite3_stmt *stmt;

  if (row == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE uuid = ?1", table->name);
      g_autofree char *now = vb_timestamp_now ();

      if (!(stmt = statement (self, sql, error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (self->db, stmt, error))
        return FALSE;
      if (!(stmt = statement (self, "INSERT OR REPLACE INTO tombstone (uuid, table_name, deleted_at, modified) "
                                    "VALUES (?1, ?2, ?3, ?3)", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, table->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (self->db, stmt, error))
        return FALSE;
    }
  else if (before == NULL)
    {
      g_autofree char *sql = insert_sql (table);
      guint n = vb_table_n_columns (table);

      if (!(stmt = statement (self, sql, error)))
        return FALSE;
      for (guint i = 0; i < n; i++)
        vb_value_bind (&row[i], stmt, (int) i + 1);
      if (!vb_sql_step_done (self->db, stmt, error))
        return FALSE;
      if (!(stmt = statement (self, "DELETE FROM tombstone WHERE uuid = ?1", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (self->db, stmt, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      guint n = vb_table_n_columns (table);
      int bound = 1;

      g_string_append_printf (sql, "UPDATE %s SET ", table->name);
      for (guint i = 1; i < n; i++)
        if (!vb_value_equal (&before[i], &row[i]))
          {
            g_string_append_printf (sql, "%s%s = ?%d", bound > 1 ? ", " : "",
                                    vb_table_get_column (table, i)->name, bound);
            bound++;
          }
      if (bound == 1)
        return TRUE;
      g_string_append_printf (sql, " WHERE uuid = ?%d", bound);

      if (!(stmt = statement (self, sql->str, error)))
        return FALSE;
      bound = 1;
      for (guint i = 1; i < n; i++)
        if (!vb_value_equal (&before[i], &row[i]))
          vb_value_bind (&row[i], stmt, bound++);
      sqlite3_bind_text (stmt, bound, uuid, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (self->db, stmt, error))
        return FALSE;
    }

  cache_apply (self, table, uuid, row);
  return TRUE;
}

static gboolean
check_writable (VbProject  *self,
                GError    **error)
{
  if (self->read_only)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY,
                   _("This project is open read-only. Save a copy to make changes."));
      return FALSE;
    }
  if (self->db == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, _("The project is closed."));
      return FALSE;
    }
  return TRUE;
}

static void
notify_undo_state (VbProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Record a change inside the pending edit and write it. */
static gboolean
change_row (VbProject      *self,
            const VbTable  *table,
            const char     *uuid,
            const VbValue  *before,
            const VbValue  *after,
            GError        **error)
{
  Change *c;

  g_assert (self->pending != NULL);

  if (!apply_state (self, table, uuid, before, after, error))
    {
      self->edit_failed = TRUE;
      return FALSE;
    }
  c = g_new0 (Change, 1);
  c->table = table;
  c->uuid = g_strdup (uuid);
  c->before = before ? vb_row_copy (table, before) : NULL;
  c->after = after ? vb_row_copy (table, after) : NULL;
  g_ptr_array_add (self->pending->changes, c);
  return TRUE;
}

static void
revert_cache (VbProject *self,
              Edit      *edit)
{
  for (guint i = edit->changes->len; i > 0; i--)
    {
      Change *c = g_ptr_array_index (edit->changes, i - 1);
      cache_apply (self, c->table, c->uuid, c->before);
    }
}

/* ------------------------------------------------------------ GObject */

static void
vb_project_finalize (GObject *object)
{
  VbProject *self = (VbProject *) object;

  vb_project_close (self);
  g_clear_pointer (&self->stores, g_hash_table_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  edit_free (self->pending);
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
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VbProject::changed:
   *
   * Emitted after every commit: an edit, an undo or a redo.
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
  self->stores = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->records = g_hash_table_new (g_str_hash, g_str_equal);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->undo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->redo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->author = vb_default_author ();
}

/* ------------------------------------------------------- verification */

static const char *
display_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

static gboolean
looks_like_text (const guint8 *buf,
                 gsize         len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (buf[i] == 0)
      return FALSE;
  /* a cut in the middle of a character is fine */
  return g_utf8_validate ((const char *) buf, len > 4 ? len - 4 : len, NULL);
}

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Read what the header tells before SQLite sees the file: nothing that is
 * not a regular file is opened, and most bad files get their own message. */
static gboolean
check_header (const char  *path,
              int         *version,
              gboolean    *wal,
              GError     **error)
{
  const char *name = display_name (path);
  guint8 buf[4096];
  struct stat st;
  ssize_t len;
  guint32 page_size, pages, change_counter, valid_for;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_FOUND,
                     _("There is no file “%s”: it may have been moved, renamed or deleted."), path);
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                     _("“%s” cannot be read: %s."), name, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR,
                   _("“%s” is a folder, not a project file."), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file, so it cannot be a project."), name);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EMPTY,
                   _("“%s” is empty: it holds no project. It may not have finished copying or downloading."), name);
      return FALSE;
    }
  if (st.st_size > VB_PROJECT_MAX_BYTES)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_DATABASE,
                   _("“%s” is far too large to be a Vendorbench project."), name);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("“%s” cannot be read: %s."), name, g_strerror (saved));
      return FALSE;
    }
  len = read (fd, buf, sizeof buf);
  close (fd);
  if (len < 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("“%s” cannot be read: %s."), name, g_strerror (errno));
      return FALSE;
    }

  if (len < 16 || memcmp (buf, "SQLite format 3", 16) != 0)
    {
      if (looks_like_text (buf, (gsize) len))
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_DATABASE,
                     _("“%s” is a text file, not a Vendorbench project."), name);
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_DATABASE,
                     _("“%s” is not a Vendorbench project: its contents are not a project file."), name);
      return FALSE;
    }
  if (len < 100)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TRUNCATED,
                   _("“%s” is incomplete: the file was cut short, perhaps while it was copied or downloaded."), name);
      return FALSE;
    }

  /* a file someone left in WAL mode is read as an immutable snapshot, so
   * that checking it never leaves -wal and -shm files beside it */
  *wal = buf[18] == 2 || buf[19] == 2;

  page_size = ((guint32) buf[16] << 8) | buf[17];
  if (page_size == 1)
    page_size = 65536;
  pages = be32 (buf + 28);
  change_counter = be32 (buf + 24);
  valid_for = be32 (buf + 92);

  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its first page cannot be read."), name);
      return FALSE;
    }
  if (st.st_size % page_size != 0 ||
      (change_counter == valid_for && (guint64) pages * page_size > (guint64) st.st_size))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TRUNCATED,
                   _("“%s” is incomplete: the file was cut short, perhaps while it was copied or downloaded."), name);
      return FALSE;
    }

  if (be32 (buf + 68) != VB_APPLICATION_ID)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FOREIGN,
                   _("“%s” is a database of another application, not a Vendorbench project."), name);
      return FALSE;
    }

  *version = (int) be32 (buf + 60);
  if (*version > VB_SCHEMA_VERSION)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Vendorbench (file format %d; this version reads up to %d). "
                     "Update Vendorbench to open it."), name, *version, VB_SCHEMA_VERSION);
      return FALSE;
    }
  if (*version < 1)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: it does not say which version of Vendorbench made it."), name);
      return FALSE;
    }
  return TRUE;
}

static const VbSchema *
schema_for_version (int version)
{
  guint n_steps;
  const VbMigration *steps = vb_schema_migrations (&n_steps);

  if (version == VB_SCHEMA_VERSION)
    return vb_schema_current ();
  for (guint i = 0; i < n_steps; i++)
    if (steps[i].from->version == version)
      return steps[i].from;
  return NULL;
}

static sqlite3 *
open_connection (const char  *path,
                 gboolean     read_only,
                 gboolean     immutable,
                 GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  sqlite3 *db = NULL;
  int rc;

  uri = g_strdup_printf ("file:%s?mode=%s%s", escaped, read_only ? "ro" : "rw",
                         read_only && immutable ? "&immutable=1" : "");
  rc = sqlite3_open_v2 (uri, &db, (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                                  SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("“%s” cannot be opened: %s."), display_name (path),
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }
  vb_sql_harden (db);
  sqlite3_busy_timeout (db, 2000);
  return db;
}

static gboolean
verify_connection (sqlite3     *db,
                   const char  *path,
                   int          version,
                   GError     **error)
{
  const char *name = display_name (path);
  const VbSchema *schema = schema_for_version (version);
  g_autoptr(GError) local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  if (schema == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” has a file format (%d) that no version of Vendorbench wrote."), name, version);
      return FALSE;
    }

  if (!vb_schema_verify (db, schema, &local))
    {
      if (g_error_matches (local, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local), "“%s”: ", name);
          return FALSE;
        }
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its table of contents cannot be read."), name);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);
    }
  else
    ok = FALSE;

  if (!ok)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: part of it cannot be read. If you have a backup or a copy you sent by email, "
                     "open that instead."), name);
      return FALSE;
    }

  if (vb_sql_query_int (db, "SELECT count(*) FROM project", -1) != 1)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its project settings are missing."), name);
      return FALSE;
    }
  if (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", -1) != 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: some of its rows refer to rows that do not exist."), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * vb_project_verify_file:
 *
 * Everything an untrusted file must pass, on a read-only connection: the
 * file is never modified and no sidecar file is left beside it.
 */
gboolean
vb_project_verify_file (const char  *path,
                        int         *version,
                        GError     **error)
{
  sqlite3 *db;
  int v = 0;
  gboolean wal = FALSE;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_header (path, &v, &wal, error))
    return FALSE;
  db = open_connection (path, TRUE, wal, error);
  if (db == NULL)
    return FALSE;
  ok = verify_connection (db, path, v, error);
  sqlite3_close (db);
  if (ok && version)
    *version = v;
  return ok;
}

static gboolean
configure_connection (sqlite3     *db,
                      gboolean     read_only,
                      GError     **error)
{
  g_autofree char *mode = g_strdup_printf ("PRAGMA journal_mode = %s", journal_mode);

  if (!vb_sql_exec (db, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (read_only)
    return TRUE;
  if (!vb_sql_exec (db, mode, error) ||
      !vb_sql_exec (db, "PRAGMA synchronous = FULL", error))
    return FALSE;
  if (g_ascii_strcasecmp (journal_mode, "WAL") == 0)
    return vb_sql_exec (db, "PRAGMA wal_autocheckpoint = 1", error);
  return TRUE;
}

static gboolean
is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

VbProject *
vb_project_open (const char  *path,
                 GError     **error)
{
  g_autoptr(VbProject) self = NULL;
  int version = 0;
  gboolean read_only;

  g_return_val_if_fail (path != NULL, NULL);

  if (!vb_project_verify_file (path, &version, error))
    return NULL;

  read_only = !is_writable (path);
  self = g_object_new (VB_TYPE_PROJECT, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = read_only;
  self->db = open_connection (self->path, read_only, TRUE, error);
  if (self->db == NULL)
    return NULL;
  if (!configure_connection (self->db, read_only, error))
    return NULL;

  if (version != VB_SCHEMA_VERSION)
    {
      guint n_steps;
      const VbMigration *steps = vb_schema_migrations (&n_steps);

      if (read_only)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY,
                       _("“%s” was made by an older version of Vendorbench and is read-only, so it cannot be updated. "
                         "Copy it to a folder you can write to and open the copy."), display_name (path));
          return NULL;
        }
      if (!vb_schema_migrate (self->db, steps, n_steps, VB_SCHEMA_VERSION, error))
        return NULL;
    }

  for (guint i = 0; i < self->schema->n_tables; i++)
    if (!(self->schema->tables[i].flags & VB_TABLE_INTERNAL) &&
        !load_table (self, &self->schema->tables[i], error))
      return NULL;

  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------ create */

typedef struct {
  const char *name;
  const char *template_id;
  const char *currency;
} CreateData;

static gboolean
fill_new_project (sqlite3   *db,
                  gpointer   user_data,
                  GError   **error)
{
  CreateData *data = user_data;
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "project");
  VbValue *row = vb_row_new (table);
  g_autofree char *uuid = vb_uuid_new ();
  g_autofree char *now = vb_timestamp_now ();
  g_autofree char *author = vb_default_author ();
  g_autofree char *summary = NULL;
  gboolean ok;

  vb_value_set_text (&row[0], uuid);
  vb_value_set_text (&row[vb_table_column_index (table, "name")], data->name);
  vb_value_set_text (&row[vb_table_column_index (table, "template")], data->template_id);
  vb_value_set_text (&row[vb_table_column_index (table, "currency")], data->currency);
  vb_value_set_text (&row[vb_table_column_index (table, "created")], now);
  vb_value_set_text (&row[vb_table_column_index (table, "modified")], now);

  ok = vb_db_insert_row (db, table, row, error) &&
       vb_template_seed (db, data->template_id, error);
  vb_row_free (table, row);
  if (!ok)
    return FALSE;

  summary = g_strdup_printf (_("Created the project “%s”"), data->name);
  return vb_db_log (db, author, "create", "project", uuid, summary, error);
}

/* Write a new project file: built under a temporary name in the same
 * folder, in one transaction, then linked to its name only if nothing is
 * there. A failure leaves nothing behind. */
gboolean
vb_project_write_new_file (const char  *path,
                           VbFillFunc   fill,
                           gpointer     user_data,
                           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", VB_APPLICATION_ID);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", VB_SCHEMA_VERSION);
  sqlite3 *db = NULL;
  gboolean ok = FALSE;
  int fd;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name."), display_name (path));
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The folder “%s” cannot be created: %s."), dir, g_strerror (saved));
      return FALSE;
    }

  tmp = g_build_filename (dir, ".vendorbench-new-XXXXXX", NULL);
  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("A project cannot be created in “%s”: %s."), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  journal = g_strconcat (tmp, "-journal", NULL);

  if (sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, db, sqlite3_errcode (db));
      goto out;
    }
  vb_sql_harden (db);

  if (!vb_sql_exec (db, "PRAGMA journal_mode = DELETE", error) ||
      !vb_sql_exec (db, "PRAGMA synchronous = FULL", error) ||
      !vb_sql_exec (db, "PRAGMA foreign_keys = ON", error) ||
      !vb_sql_exec (db, "BEGIN IMMEDIATE", error) ||
      !vb_sql_exec (db, set_id, error) ||
      !vb_sql_exec (db, set_version, error) ||
      !vb_schema_create (db, vb_schema_current (), error))
    goto out;
  vb_schema_prime_reference (db);

  if (!fill (db, user_data, error))
    goto out;

  if (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", 0) != 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_REFERENCE,
                   _("Some rows refer to rows that do not exist."));
      goto out;
    }
  if (!vb_sql_exec (db, "COMMIT", error))
    goto out;
  if (sqlite3_close (db) != SQLITE_OK)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO, _("The new project could not be written."));
      db = NULL;
      goto out;
    }
  db = NULL;

  if (link (tmp, path) != 0)
    {
      int saved = errno;
      if (saved == EEXIST)
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                     _("“%s” already exists. Choose another name."), display_name (path));
      else if (rename (tmp, path) == 0)   /* file systems without hard links */
        {
          ok = TRUE;
          goto out;
        }
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                     _("“%s” cannot be written: %s."), display_name (path), g_strerror (saved));
      goto out;
    }
  ok = TRUE;

out:
  if (db != NULL)
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close (db);
    }
  g_unlink (tmp);
  g_unlink (journal);
  return ok;
}

VbProject *
vb_project_create (const char  *path,
                   const char  *name,
                   const char  *template_id,
                   const char  *currency,
                   GError     **error)
{
  CreateData data = { name, template_id ? template_id : "blank", currency };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (currency == NULL || strlen (currency) != 3 ||
      !g_ascii_isupper (currency[0]) || !g_ascii_isupper (currency[1]) || !g_ascii_isupper (currency[2]))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is not a currency code (three letters, such as EUR or USD)."), currency ? currency : "");
      return NULL;
    }
  if (!vb_template_exists (data.template_id))
    {
      g_autoptr(GPtrArray) templates = vb_template_list ();
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint i = 0; i < templates->len; i++)
        g_string_append_printf (ids, "%s%s", i ? ", " : "", ((VbTemplateInfo *) templates->pdata[i])->id);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("There is no project template “%s”. Choose one of: %s."), data.template_id, ids->str);
      return NULL;
    }
  if (!vb_project_write_new_file (path, fill_new_project, &data, error))
    return NULL;
  return vb_project_open (path, error);
}

void
vb_project_close (VbProject *self)
{
  g_return_if_fail (VB_IS_PROJECT (self));

  if (self->db == NULL)
    return;
  if (self->pending)
    vb_project_cancel_edit (self);
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;
}

/* ---------------------------------------------------------- accessors */

const char *
vb_project_get_path (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return self->path;
}

/* The one row of project settings; the rules ask for it once per task. */
VbRecord *
vb_project_get_settings (VbProject *self)
{
  GListModel *store;
  VbRecord *record;

  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  if (self->settings != NULL)
    return self->settings;
  store = g_hash_table_lookup (self->stores, "project");
  if (store == NULL || g_list_model_get_n_items (store) == 0)
    return NULL;
  record = g_list_model_get_item (store, 0);
  /* borrowed: the store keeps its reference for the project's lifetime
   * (the settings row is never removed) */
  self->settings = record;
  g_object_unref (record);
  return self->settings;
}

const char *
vb_project_get_name (VbProject *self)
{
  VbRecord *settings = vb_project_get_settings (self);
  return settings ? vb_record_get_text (settings, "name") : "";
}

const char *
vb_project_get_currency (VbProject *self)
{
  VbRecord *settings = vb_project_get_settings (self);
  return settings ? vb_record_get_text (settings, "currency") : "EUR";
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
  VbRecord *settings = vb_project_get_settings (self);
  return settings ? vb_record_get_bool (settings, "is_sample") : FALSE;
}

GListModel *
vb_project_get_records (VbProject  *self,
                        const char *table)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return g_hash_table_lookup (self->stores, table);
}

VbRecord *
vb_project_lookup (VbProject  *self,
                   const char *uuid)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return uuid ? g_hash_table_lookup (self->records, uuid) : NULL;
}

gint64
vb_project_count_rows (VbProject  *self,
                       const char *table)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (self), -1);
  g_return_val_if_fail (vb_schema_lookup_table (self->schema, table) != NULL, -1);

  if (g_hash_table_contains (self->stores, table))
    return g_list_model_get_n_items (g_hash_table_lookup (self->stores, table));
  sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  return vb_sql_query_int (self->db, sql, -1);
}

const char *
vb_project_get_author (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  return self->author;
}

void
vb_project_set_author (VbProject  *self,
                       const char *author)
{
  g_return_if_fail (VB_IS_PROJECT (self));

  g_free (self->author);
  self->author = (author && *author) ? g_strdup (author) : vb_default_author ();
}

sqlite3 *
vb_project_get_db (VbProject *self)
{
  return self->db;
}

/* -------------------------------------------------------------- edits */

void
vb_project_begin_edit_full (VbProject  *self,
                            const char *action,
                            const char *summary)
{
  g_return_if_fail (VB_IS_PROJECT (self));

  if (self->edit_depth++ > 0)
    return;
  self->pending = edit_new (action, summary);
  self->edit_failed = FALSE;
}

void
vb_project_begin_edit (VbProject  *self,
                       const char *summary)
{
  vb_project_begin_edit_full (self, NULL, summary);
}

static gboolean
ensure_transaction (VbProject  *self,
                    GError    **error)
{
  if (!check_writable (self, error))
    return FALSE;
  g_return_val_if_fail (self->pending != NULL, FALSE);
  if (sqlite3_get_autocommit (self->db))
    {
      sqlite3_stmt *stmt = statement (self, "BEGIN IMMEDIATE", error);
      if (stmt == NULL || !vb_sql_step_done (self->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

void
vb_project_cancel_edit (VbProject *self)
{
  Edit *edit;

  g_return_if_fail (VB_IS_PROJECT (self));
  g_return_if_fail (self->pending != NULL);

  edit = g_steal_pointer (&self->pending);
  self->edit_depth = 0;
  if (self->db && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  revert_cache (self, edit);
  edit_free (edit);
}

static const char *
default_action (Edit *edit)
{
  Change *c;

  if (edit->changes->len != 1)
    return "edit";
  c = g_ptr_array_index (edit->changes, 0);
  if (c->before == NULL)
    return "add";
  if (c->after == NULL)
    return "delete";
  return "edit";
}

static char *
default_summary (Edit *edit)
{
  Change *c = g_ptr_array_index (edit->changes, 0);
  const VbValue *row = c->after ? c->after : c->before;
  VbRecord *probe;
  g_autofree char *label = NULL;
  g_autofree char *table = g_strdelimit (g_strdup (c->table->name), "_", ' ');

  /* a record gives the label; build a temporary one for deleted rows */
  probe = vb_record_new (c->table, vb_row_copy (c->table, row));
  label = g_strdup (vb_record_get_label (probe));
  g_object_unref (probe);

  if (c->before == NULL)
    return g_strdup_printf (_("Added %s “%s”"), table, label);
  if (c->after == NULL)
    return g_strdup_printf (_("Removed %s “%s”"), table, label);
  for (guint i = 1; i + 1 < vb_table_n_columns (c->table); i++)
    if (!vb_value_equal (&c->before[i], &c->after[i]))
      {
        g_autofree char *column = g_strdelimit (g_strdup (vb_table_get_column (c->table, i)->name), "_", ' ');
        if (*label)
          return g_strdup_printf (_("Changed the %s of %s “%s”"), column, table, label);
        return g_strdup_printf (_("Changed the %s of the %s"), column, table);
      }
  return g_strdup_printf (_("Changed %s “%s”"), table, label);
}

gboolean
vb_project_end_edit (VbProject  *self,
                     GError    **error)
{
  Edit *edit;
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (self->pending != NULL, FALSE);

  if (--self->edit_depth > 0)
    return !self->edit_failed;

  if (self->edit_failed)
    {
      vb_project_cancel_edit (self);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, _("The change could not be saved."));
      return FALSE;
    }

  if (self->pending->changes->len == 0)
    {
      /* nothing changed: no commit, no undo step */
      vb_project_cancel_edit (self);
      return TRUE;
    }

  edit = self->pending;
  if (edit->summary == NULL)
    edit->summary = default_summary (edit);
  if (edit->action == NULL)
    edit->action = g_strdup (default_action (edit));

  if (!log_edit (self, edit, edit->action, edit->summary, error) ||
      !(stmt = statement (self, "COMMIT", error)) ||
      !vb_sql_step_done (self->db, stmt, error))
    {
      vb_project_cancel_edit (self);
      return FALSE;
    }

  self->pending = NULL;
  g_ptr_array_add (self->undo_stack, edit);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_undo_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static gboolean
auto_begin (VbProject  *self,
            gboolean   *began,
            GError    **error)
{
  *began = FALSE;
  if (!check_writable (self, error))
    return FALSE;
  if (self->pending == NULL)
    {
      vb_project_begin_edit (self, NULL);
      *began = TRUE;
    }
  if (!ensure_transaction (self, error))
    {
      if (*began)
        vb_project_cancel_edit (self);
      else
        self->edit_failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

static gboolean
auto_end (VbProject  *self,
          gboolean    began,
          gboolean    ok,
          GError    **error)
{
  if (!began)
    {
      if (!ok)
        self->edit_failed = TRUE;
      return ok;
    }
  if (!ok)
    {
      vb_project_cancel_edit (self);
      return FALSE;
    }
  return vb_project_end_edit (self, error);
}

static gint64
next_position (VbProject     *self,
               const VbTable *table)
{
  GListModel *model = vb_project_get_records (self, table->name);
  guint n = model ? g_list_model_get_n_items (model) : 0;
  g_autoptr(VbRecord) last = NULL;

  if (n == 0 || !(table->flags & VB_TABLE_ORDERED))
    return 0;
  last = g_list_model_get_item (model, n - 1);
  return vb_record_get_int (last, "position") + 1;
}

/**
 * vb_project_add_row:
 * @ref_columns: (array length=n_refs): the reference columns to fill
 * @parents: (array length=n_refs): the rows they refer to
 *
 * Adds a row with default values, at the end of its table, its required
 * references filled (a score refers to an evaluator, a vendor and a
 * criterion at once).
 */
VbRecord *
vb_project_add_row (VbProject          *self,
                    const char         *table_name,
                    const char *const  *ref_columns,
                    VbRecord *const    *parents,
                    guint               n_refs,
                    GError            **error)
{
  const VbTable *table;
  VbValue *row;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gboolean began, ok;

  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  table = vb_schema_lookup_table (self->schema, table_name);
  g_return_val_if_fail (table != NULL && !(table->flags & VB_TABLE_INTERNAL), NULL);

  for (guint i = 0; i < n_refs; i++)
    {
      int index = vb_table_column_index (table, ref_columns[i]);
      const VbColumn *col = index > 0 ? vb_table_get_column (table, index) : NULL;

      g_return_val_if_fail (col != NULL && col->kind == VB_COLUMN_REF, NULL);
      g_return_val_if_fail (VB_IS_RECORD (parents[i]), NULL);
      if (g_strcmp0 (vb_record_get_table_name (parents[i]), col->ref_table) != 0)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("A %s cannot refer to a %s through “%s”."), table->name,
                       vb_record_get_table_name (parents[i]), col->name);
          return NULL;
        }
    }

  if ((table->flags & VB_TABLE_SINGLE_ROW) && vb_project_count_rows (self, table_name) > 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A project has one set of settings."));
      return NULL;
    }

  if (!auto_begin (self, &began, error))
    return NULL;

  uuid = vb_uuid_new ();
  now = vb_timestamp_now ();
  row = vb_row_new (table);
  vb_value_set_text (&row[0], uuid);
  vb_value_set_text (&row[vb_table_n_columns (table) - 1], now);
  if (table->flags & VB_TABLE_ORDERED)
    vb_value_set_int (&row[vb_table_column_index (table, "position")], next_position (self, table));
  for (guint i = 0; i < n_refs; i++)
    vb_value_set_text (&row[vb_table_column_index (table, ref_columns[i])], vb_record_get_uuid (parents[i]));

  ok = change_row (self, table, uuid, NULL, row, error);
  vb_row_free (table, row);

  if (!auto_end (self, began, ok, error))
    return NULL;
  return vb_project_lookup (self, uuid);
}

VbRecord *
vb_project_add_child (VbProject   *self,
                      const char  *table,
                      const char  *ref_column,
                      VbRecord    *parent,
                      GError     **error)
{
  g_return_val_if_fail (ref_column != NULL, NULL);
  return vb_project_add_row (self, table, &ref_column, &parent, 1, error);
}

VbRecord *
vb_project_add (VbProject   *self,
                const char  *table,
                GError     **error)
{
  return vb_project_add_row (self, table, NULL, NULL, 0, error);
}

gboolean
vb_project_set (VbProject      *self,
                VbRecord       *record,
                const char     *column,
                const VbValue  *value,
                GError        **error)
{
  const VbTable *table;
  const VbColumn *col;
  VbValue *after;
  VbValue converted = VB_VALUE_INIT;
  g_autofree char *now = NULL;
  gboolean began, ok;
  int index;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (VB_IS_RECORD (record), FALSE);

  table = vb_record_get_table (record);
  index = vb_table_column_index (table, column);
  g_return_val_if_fail (index > 0 && (guint) index + 1 < vb_table_n_columns (table), FALSE);
  col = vb_table_get_column (table, index);

  vb_value_copy (value, &converted);
  if (col->kind == VB_COLUMN_REAL && converted.type == VB_VALUE_INT)
    vb_value_set_real (&converted, (double) converted.v.i);

  if (!vb_value_check (&converted, table, col, error))
    {
      vb_value_clear (&converted);
      return FALSE;
    }
  if (col->kind == VB_COLUMN_REF && converted.type == VB_VALUE_TEXT &&
      (vb_project_lookup (self, converted.v.s) == NULL ||
       g_strcmp0 (vb_record_get_table_name (vb_project_lookup (self, converted.v.s)), col->ref_table) != 0))
    {
      vb_value_clear (&converted);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The row this refers to no longer exists."));
      return FALSE;
    }

  if (vb_value_equal (&vb_record_get_values (record)[index], &converted))
    {
      vb_value_clear (&converted);
      return TRUE;
    }

  if (!auto_begin (self, &began, error))
    {
      vb_value_clear (&converted);
      return FALSE;
    }

  {
    g_autoptr(VbRecord) keep = g_object_ref (record);
    VbValue *before = vb_row_copy (table, vb_record_get_values (record));

    now = vb_timestamp_now ();
    after = vb_row_copy (table, before);
    vb_value_copy (&converted, &after[index]);
    vb_value_set_text (&after[vb_table_n_columns (table) - 1], now);
    ok = change_row (self, table, vb_record_get_uuid (record), before, after, error);
    vb_row_free (table, after);
    vb_row_free (table, before);
  }
  vb_value_clear (&converted);

  return auto_end (self, began, ok, error);
}

gboolean
vb_project_set_text (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     const char  *text,
                     GError     **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  vb_value_set_text (&v, text);
  ok = vb_project_set (self, record, column, &v, error);
  vb_value_clear (&v);
  return ok;
}

gboolean
vb_project_set_int (VbProject   *self,
                    VbRecord    *record,
                    const char  *column,
                    gint64       value,
                    GError     **error)
{
  VbValue v = VB_VALUE_INIT;

  vb_value_set_int (&v, value);
  return vb_project_set (self, record, column, &v, error);
}

gboolean
vb_project_set_real (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     double       value,
                     GError     **error)
{
  VbValue v = VB_VALUE_INIT;

  vb_value_set_real (&v, value);
  return vb_project_set (self, record, column, &v, error);
}

gboolean
vb_project_set_bool (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     gboolean     value,
                     GError     **error)
{
  return vb_project_set_int (self, record, column, value ? 1 : 0, error);
}

gboolean
vb_project_set_null (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     GError     **error)
{
  VbValue v = VB_VALUE_INIT;

  return vb_project_set (self, record, column, &v, error);
}

GPtrArray *
vb_project_children (VbProject  *self,
                     const char *table,
                     const char *ref_column,
                     VbRecord   *parent)
{
  GListModel *model = vb_project_get_records (self, table);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  const char *uuid = vb_record_get_uuid (parent);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      VbRecord *r = g_list_model_get_item (model, i);

      if (g_strcmp0 (vb_record_get_text (r, ref_column), uuid) == 0)
        g_ptr_array_add (out, r);
      else
        g_object_unref (r);
    }
  return out;
}

/* Delete a row and, first, what refers to it: children are removed
 * (ON DELETE CASCADE) or let go (SET NULL), each as its own recorded
 * change, so that undo restores all of it exactly. */
static gboolean
remove_recursive (VbProject  *self,
                  VbRecord   *record,
                  GError    **error)
{
  const VbTable *table = vb_record_get_table (record);
  g_autoptr(VbRecord) keep = g_object_ref (record);

  for (guint t = 0; t < self->schema->n_tables; t++)
    {
      const VbTable *child = &self->schema->tables[t];

      for (guint c = 0; c < child->n_columns; c++)
        {
          const VbColumn *col = &child->columns[c];
          g_autoptr(GPtrArray) kids = NULL;

          if (col->kind != VB_COLUMN_REF || strcmp (col->ref_table, table->name) != 0)
            continue;
          kids = vb_project_children (self, child->name, col->name, record);
          for (guint k = 0; k < kids->len; k++)
            {
              VbRecord *kid = g_ptr_array_index (kids, k);

              if (kid == record)
                continue;
              if (col->on_delete == VB_ON_DELETE_CASCADE)
                {
                  if (!remove_recursive (self, kid, error))
                    return FALSE;
                }
              else if (!vb_project_set_null (self, kid, col->name, error))
                return FALSE;
            }
        }
    }

  {
    VbValue *before = vb_row_copy (table, vb_record_get_values (record));
    g_autofree char *uuid = g_strdup (vb_record_get_uuid (record));
    gboolean ok = change_row (self, table, uuid, before, NULL, error);

    vb_row_free (table, before);
    return ok;
  }
}

gboolean
vb_project_remove (VbProject  *self,
                   VbRecord   *record,
                   GError    **error)
{
  gboolean began, ok;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (VB_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!(vb_record_get_table (record)->flags & (VB_TABLE_SINGLE_ROW | VB_TABLE_INTERNAL)), FALSE);

  if (!auto_begin (self, &began, error))
    return FALSE;
  ok = remove_recursive (self, record, error);
  return auto_end (self, began, ok, error);
}

/* ---------------------------------------------------------- undo/redo */

gboolean
vb_project_get_can_undo (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  return !self->read_only && self->undo_stack->len > 0;
}

gboolean
vb_project_get_can_redo (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  return !self->read_only && self->redo_stack->len > 0;
}

const char *
vb_project_get_undo_summary (VbProject *self)
{
  Edit *e;

  if (!vb_project_get_can_undo (self))
    return NULL;
  e = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  return e->summary;
}

const char *
vb_project_get_redo_summary (VbProject *self)
{
  Edit *e;

  if (!vb_project_get_can_redo (self))
    return NULL;
  e = g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1);
  return e->summary;
}

/* Apply one side of an edit, stamping the rows it restores with the time
 * of the undo or redo (a later merge must see them as changed). */
static gboolean
replay (VbProject  *self,
        Edit       *edit,
        gboolean    backwards,
        GError    **error)
{
  g_autofree char *now = vb_timestamp_now ();
  guint n = edit->changes->len;

  for (guint k = 0; k < n; k++)
    {
      Change *c = g_ptr_array_index (edit->changes, backwards ? n - 1 - k : k);
      const VbValue *target = backwards ? c->before : c->after;
      VbRecord *current = g_hash_table_lookup (self->records, c->uuid);
      const VbValue *existing = current ? vb_record_get_values (current) : NULL;
      VbValue *stamped = NULL;
      gboolean ok;

      if (target != NULL)
        {
          stamped = vb_row_copy (c->table, target);
          vb_value_set_text (&stamped[vb_table_n_columns (c->table) - 1], now);
        }
      ok = apply_state (self, c->table, c->uuid, existing, stamped, error);
      vb_row_free (c->table, stamped);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
undo_redo (VbProject  *self,
           gboolean    undo,
           GError    **error)
{
  GPtrArray *from = undo ? self->undo_stack : self->redo_stack;
  GPtrArray *to = undo ? self->redo_stack : self->undo_stack;
  Edit *edit;
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;

  if (!check_writable (self, error))
    return FALSE;
  g_return_val_if_fail (self->pending == NULL, FALSE);
  if (from->len == 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED,
                   undo ? _("There is nothing to undo.") : _("There is nothing to redo."));
      return FALSE;
    }

  edit = g_ptr_array_steal_index (from, from->len - 1);
  summary = g_strdup_printf (undo ? _("Undid: %s") : _("Redid: %s"), edit->summary);

  if (!(stmt = statement (self, "BEGIN IMMEDIATE", error)) || !vb_sql_step_done (self->db, stmt, error))
    {
      g_ptr_array_add (from, edit);
      return FALSE;
    }
  if (!replay (self, edit, undo, error) ||
      !log_edit (self, edit, undo ? "undo" : "redo", summary, error) ||
      !(stmt = statement (self, "COMMIT", error)) ||
      !vb_sql_step_done (self->db, stmt, error))
    {
      guint n = edit->changes->len;

      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      /* put the records back as the file still has them */
      for (guint k = 0; k < n; k++)
        {
          Change *c = g_ptr_array_index (edit->changes, undo ? k : n - 1 - k);
          cache_apply (self, c->table, c->uuid, undo ? c->after : c->before);
        }
      g_ptr_array_add (from, edit);
      return FALSE;
    }

  g_ptr_array_add (to, edit);
  notify_undo_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
vb_project_undo (VbProject  *self,
                 GError    **error)
{
  return undo_redo (self, TRUE, error);
}

gboolean
vb_project_redo (VbProject  *self,
                 GError    **error)
{
  return undo_redo (self, FALSE, error);
}

/* ----------------------------------------------------------- activity */

GPtrArray *
vb_project_read_activity (VbProject  *self,
                          GError    **error)
{
  const VbTable *table = vb_schema_lookup_table (self->schema, "activity");
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = vb_table_n_columns (table);
  int rc;

  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);

  stmt = vb_sql_prepare (self->db, "SELECT * FROM activity ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VbValue *row = g_new0 (VbValue, n);

      for (guint i = 0; i < n; i++)
        vb_value_from_column (&row[i], stmt, (int) i);
      g_ptr_array_add (out, vb_record_new (table, row));
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, self->db, rc);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* ------------------------------------------------------- copy & move */

/* A clean single-file copy through the backup API; the copy is written
 * under a temporary name and appears only when complete. */
gboolean
vb_project_save_copy (VbProject   *self,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, ".vendorbench-copy-XXXXXX", NULL);
  g_autofree char *journal = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int fd, rc;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);

  if (self->path && g_strcmp0 (self->path, path) == 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("Choose another name for the copy: this is the project’s own file."));
      return FALSE;
    }

  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("A copy cannot be written in “%s”: %s."), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  journal = g_strconcat (tmp, "-journal", NULL);

  if (sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, dest, sqlite3_errcode (dest));
      goto out;
    }
  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    {
      vb_sql_set_error (error, dest, sqlite3_errcode (dest));
      goto out;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, dest, rc);
      goto out;
    }
  /* a kept copy of the sample is an ordinary project */
  if (sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (dest, "UPDATE project SET is_sample = 0 WHERE is_sample = 1", NULL, NULL, NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, dest, sqlite3_errcode (dest));
      goto out;
    }
  sqlite3_close (dest);
  dest = NULL;

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The copy cannot be saved as “%s”: %s."), path, g_strerror (saved));
      goto out;
    }
  ok = TRUE;

out:
  if (dest)
    sqlite3_close (dest);
  g_unlink (tmp);
  g_unlink (journal);
  return ok;
}

/* Move or rename the project file while it is open: the connection is
 * closed, the file renamed (copied across file systems) and reopened. */
gboolean
vb_project_move (VbProject   *self,
                 const char  *new_path,
                 GError     **error)
{
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(VbProject) reopened = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (g_file_test (new_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name."), display_name (new_path));
      return FALSE;
    }

  from = g_file_new_for_path (self->path);
  to = g_file_new_for_path (new_path);
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;

  if (!g_file_move (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &local))
    {
      self->db = open_connection (self->path, self->read_only, TRUE, NULL);
      if (self->db)
        configure_connection (self->db, self->read_only, NULL);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The project cannot be moved to “%s”: %s"), new_path, local->message);
      return FALSE;
    }

  g_free (self->path);
  self->path = g_canonicalize_filename (new_path, NULL);
  self->db = open_connection (self->path, FALSE, FALSE, error);
  if (self->db == NULL || !configure_connection (self->db, FALSE, error))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  return TRUE;
}
