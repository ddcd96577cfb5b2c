/* vb-activity.c — the activity log: who changed what, and when
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit, undo, redo, import, merge, dismissal and rename writes one row
 * in the same transaction as the change itself (DESIGN.md §3). The rows get
 * time-ordered UUIDs, so the log's index is appended to rather than split
 * and a commit writes fewer pages.
 */

#define G_LOG_DOMAIN "vb-activity"

#include "config.h"

#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-sql.h"

#define INSERT_ACTIVITY \
  "INSERT INTO activity (uuid, at, author, action, table_name, row_uuid, summary, modified) " \
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2)"

static gboolean
bind_and_step (sqlite3       *db,
               sqlite3_stmt  *stmt,
               const char    *author,
               int            action,
               const char    *table,
               const char    *row_uuid,
               const char    *summary,
               GError       **error)
{
  g_autofree char *uuid = vb_uuid_new_ordered ();
  g_autofree char *now = vb_timestamp_now ();

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, author ? author : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, vb_enum_get_nick (VB_TYPE_ACTIVITY_ACTION, action), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, table ? table : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, row_uuid ? row_uuid : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, summary ? summary : "", -1, SQLITE_STATIC);
  return vb_sql_step_done (db, stmt, error);
}

/* A log row on a connection of its own (creating or importing a file) */
gboolean
vb_db_log (sqlite3     *db,
           const char  *author,
           int          action,
           const char  *table,
           const char  *row_uuid,
           const char  *summary,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, INSERT_ACTIVITY, error);

  return stmt != NULL && bind_and_step (db, stmt, author, action, table, row_uuid, summary, error);
}

/* A log row in the project's transaction, by this session's author */
gboolean
vb_project_log (VbProject   *self,
                int          action,
                const char  *table,
                const char  *row_uuid,
                const char  *summary,
                GError     **error)
{
  sqlite3_stmt *stmt = vb_project_statement (self, INSERT_ACTIVITY, error);

  return stmt != NULL && bind_and_step (self->db, stmt, self->author, action, table, row_uuid, summary, error);
}

/**
 * vb_project_read_activity:
 *
 * Returns: (transfer full) (element-type VbRecord): the log, oldest first
 */
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
