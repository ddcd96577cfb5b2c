/* vb-project-private.h — for the JSON interchange, templates and the bench
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "vb-project.h"
#include "vb-value.h"

G_BEGIN_DECLS

typedef gboolean (*VbFillFunc) (sqlite3 *db, gpointer user_data, GError **error);

sqlite3   *vb_project_get_db          (VbProject      *self);
gboolean   vb_project_write_new_file  (const char     *path,
                                       VbFillFunc      fill,
                                       gpointer        user_data,
                                       GError        **error);
gboolean   vb_db_insert_row           (sqlite3        *db,
                                       const VbTable  *table,
                                       const VbValue  *row,
                                       GError        **error);
gboolean   vb_db_log                  (sqlite3        *db,
                                       const char     *author,
                                       const char     *action,
                                       const char     *table,
                                       const char     *row_uuid,
                                       const char     *summary,
                                       GError        **error);
void       vb_project_set_journal_mode (const char    *mode);
const char *vb_project_get_journal_mode (void);
char      *vb_default_author          (void);

G_END_DECLS
