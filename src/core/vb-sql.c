/* vb-sql.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-sql"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-sql.h"

void
vb_sql_set_error (GError  **error,
                  sqlite3  *db,
                  int       rc)
{
  int code = VB_PROJECT_ERROR_FAILED;
  int primary = rc & 0xff;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    code = VB_PROJECT_ERROR_CORRUPT;
  else if (primary == SQLITE_READONLY)
    code = VB_PROJECT_ERROR_READ_ONLY;
  else if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN)
    code = VB_PROJECT_ERROR_IO;
  else if (primary == SQLITE_CONSTRAINT)
    code = VB_PROJECT_ERROR_INVALID;
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    code = VB_PROJECT_ERROR_BUSY;

  switch (primary)
    {
    case SQLITE_FULL:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("The disk is full, so the change could not be saved."));
      break;
    case SQLITE_READONLY:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("The project file is read-only, so the change could not be saved."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("The project file is damaged (%s)."), db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("The project file could not be read or written (%s)."),
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("Another program is using the project file. Close it there and try again."));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("The change breaks a rule of the project file, so it was not saved."));
      break;
    default:
      g_set_error (error, VB_PROJECT_ERROR, code,
                   _("The project file could not be updated (%s)."),
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }
}

gboolean
vb_sql_exec (sqlite3     *db,
             const char  *sql,
             GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      vb_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
vb_sql_prepare (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      vb_sql_set_error (error, db, rc);
      return NULL;
    }
  return stmt;
}

gboolean
vb_sql_step_done (sqlite3       *db,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      vb_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

gint64
vb_sql_query_int (sqlite3    *db,
                  const char *sql,
                  gint64      fallback)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = fallback;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

char *
vb_sql_quote_ident (const char *name)
{
  GString *s = g_string_new ("\"");

  for (const char *p = name; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
  return g_string_free (s, FALSE);
}

/* Settings for a database that may come from someone else: no code runs
 * from its schema, no extensions, bounded sizes (DESIGN.md §3, §6). */
void
vb_sql_harden (sqlite3 *db)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_COLUMN, 200);
  sqlite3_limit (db, SQLITE_LIMIT_EXPR_DEPTH, 100);
  sqlite3_limit (db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
  sqlite3_limit (db, SQLITE_LIMIT_VDBE_OP, 250000000);
  sqlite3_limit (db, SQLITE_LIMIT_FUNCTION_ARG, 16);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit (db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
  sqlite3_limit (db, SQLITE_LIMIT_VARIABLE_NUMBER, 250);
  sqlite3_limit (db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

/* The rows of @sql, each a NULL-terminated array of its columns as text
 * (NULL stays NULL) */
GPtrArray *
vb_sql_read_rows (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);
      char **row = g_new0 (char *, n + 1);

      for (int c = 0; c < n; c++)
        row[c] = g_strdup ((const char *) sqlite3_column_text (stmt, c));
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, db, rc);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
