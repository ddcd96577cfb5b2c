/* vb-sql.h — small helpers that turn SQLite failures into GErrors
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gboolean      vb_sql_exec          (sqlite3      *db,
                                    const char   *sql,
                                    GError      **error);
sqlite3_stmt *vb_sql_prepare       (sqlite3      *db,
                                    const char   *sql,
                                    GError      **error);
gboolean      vb_sql_step_done     (sqlite3      *db,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
gint64        vb_sql_query_int     (sqlite3      *db,
                                    const char   *sql,
                                    gint64        fallback);
void          vb_sql_set_error     (GError      **error,
                                    sqlite3      *db,
                                    int           rc);
char         *vb_sql_quote_ident   (const char   *name);
void          vb_sql_harden        (sqlite3      *db);
GPtrArray    *vb_sql_read_rows     (sqlite3      *db,
                                    const char   *sql,
                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
