/* vb-project-private.h — the project's insides, for core only
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * VbProject is split by concern (CONVENTIONS.md): vb-project.c (the object
 * and its accessors), vb-edit.c (edits, undo, redo), vb-activity.c (the
 * log), vb-project-file.c (checking and opening a file), vb-project-io.c
 * (creating, copying, moving). They share the struct below. The generic
 * edit API by table and column name serves the core's own generic code
 * (JSON, templates, the bench) and the tests; views use the entities.
 */

#pragma once

#include <sqlite3.h>

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-schema.h"
#include "vb-store.h"
#include "vb-value.h"

G_BEGIN_DECLS

typedef struct _VbEdit VbEdit;

struct _VbProject
{
  GObject         parent_instance;

  char           *path;
  char           *private_dir;   /* a private copy that read-only commands read (removed on close) */
  sqlite3        *db;
  const VbSchema *schema;
  gboolean        read_only;
  char           *author;

  VbStore        *store;
  GHashTable     *statements;    /* SQL → sqlite3_stmt */
  VbProjectSettings *settings;   /* borrowed from the store: read on every suggestion */

  VbEdit         *pending;
  guint           edit_depth;
  gboolean        edit_failed;
  GPtrArray      *undo_stack;    /* VbEdit */
  GPtrArray      *redo_stack;
};

/* vb-project.c */
VbProject     *vb_project_new_for_db        (const char     *path,
                                             sqlite3        *db,
                                             gboolean        read_only,
                                             GError        **error);
sqlite3       *vb_project_get_db            (VbProject      *self);
VbStore       *vb_project_get_store         (VbProject      *self);
guint64        vb_project_get_serial        (VbProject      *self);
gboolean       vb_project_get_changed_rows  (VbProject      *self,
                                             const char     *table,
                                             guint64         serial,
                                             GPtrArray      *rows);
guint64        vb_project_get_table_serial  (VbProject      *self,
                                             const char     *table);
void           vb_project_set_read_log      (VbProject      *self,
                                             GHashTable     *tables);
sqlite3_stmt  *vb_project_statement         (VbProject      *self,
                                             const char     *sql,
                                             GError        **error);
void           vb_project_emit_changed      (VbProject      *self);
void           vb_project_notify_undo       (VbProject      *self);
void           vb_project_notify_path       (VbProject      *self);
gboolean       vb_project_check_writable    (VbProject      *self,
                                             GError        **error);
/* How hard a commit syncs. EXTRA, not FULL: in the rollback-journal mode
 * the commit is the journal's unlink, and only EXTRA syncs the folder after
 * it; with FULL a power cut soon after a commit can bring the journal back
 * and roll the committed edit back (tests/unit/test-power-cut.c). */
#define VB_PROJECT_SYNCHRONOUS "EXTRA"

void           vb_project_set_journal_mode  (const char     *mode);
const char    *vb_project_get_journal_mode  (void);

GListModel    *vb_project_get_records       (VbProject      *self,
                                             const char     *table);
GListModel    *vb_project_get_children      (VbProject      *self,
                                             const char     *table,
                                             const char     *ref_column,
                                             VbRecord       *parent);
GPtrArray     *vb_project_children          (VbProject      *self,
                                             const char     *table,
                                             const char     *ref_column,
                                             VbRecord       *parent);
VbRecord      *vb_project_lookup            (VbProject      *self,
                                             const char     *uuid);
gint64         vb_project_count_rows        (VbProject      *self,
                                             const char     *table);

/* vb-edit.c: edits. Each call outside begin/end is one commit and one undo
 * step; calls between begin_edit and end_edit form one. @action -1: the
 * kind of change decides (add, edit, delete). */
void           vb_project_begin_edit        (VbProject      *self,
                                             const char     *summary);
void           vb_project_begin_edit_full   (VbProject      *self,
                                             int             action,
                                             const char     *summary);
void           vb_project_begin_edit_no_undo (VbProject     *self,
                                             int             action,
                                             const char     *summary);
gboolean       vb_project_end_edit          (VbProject      *self,
                                             GError        **error);
void           vb_project_cancel_edit       (VbProject      *self);
gboolean       vb_project_in_edit           (VbProject      *self);

VbRecord      *vb_project_add               (VbProject      *self,
                                             const char     *table,
                                             GError        **error);
VbRecord      *vb_project_add_row           (VbProject          *self,
                                             const char         *table,
                                             const char *const  *ref_columns,
                                             VbRecord *const    *parents,
                                             guint               n_refs,
                                             GError            **error);
VbRecord      *vb_project_add_child         (VbProject      *self,
                                             const char     *table,
                                             const char     *ref_column,
                                             VbRecord       *parent,
                                             GError        **error);
gboolean       vb_project_write             (VbProject      *self,
                                             VbRecord       *record,
                                             guint           index,
                                             const VbValue  *value,
                                             GError        **error);
gboolean       vb_project_set               (VbProject      *self,
                                             VbRecord       *record,
                                             const char     *column,
                                             const VbValue  *value,
                                             GError        **error);
gboolean       vb_project_set_text          (VbProject      *self,
                                             VbRecord       *record,
                                             const char     *column,
                                             const char     *text,
                                             GError        **error);
gboolean       vb_project_set_int           (VbProject      *self,
                                             VbRecord       *record,
                                             const char     *column,
                                             gint64          value,
                                             GError        **error);
gboolean       vb_project_set_real          (VbProject      *self,
                                             VbRecord       *record,
                                             const char     *column,
                                             double          value,
                                             GError        **error);
gboolean       vb_project_set_bool          (VbProject      *self,
                                             VbRecord       *record,
                                             const char     *column,
                                             gboolean        value,
                                             GError        **error);
gboolean       vb_project_set_null          (VbProject      *self,
                                             VbRecord       *record,
                                             const char     *column,
                                             GError        **error);
gboolean       vb_project_remove            (VbProject      *self,
                                             VbRecord       *record,
                                             GError        **error);
gboolean       vb_project_move_row          (VbProject      *self,
                                             VbRecord       *record,
                                             guint           position,
                                             GError        **error);
void           vb_edit_free                 (VbEdit         *edit);

/* vb-activity.c */
gboolean       vb_db_log                    (sqlite3        *db,
                                             const char     *author,
                                             int             action,
                                             const char     *table,
                                             const char     *row_uuid,
                                             const char     *summary,
                                             GError        **error);
gboolean       vb_project_log               (VbProject      *self,
                                             int             action,
                                             const char     *table,
                                             const char     *row_uuid,
                                             const char     *summary,
                                             GError        **error);
GPtrArray     *vb_project_read_activity     (VbProject      *self,
                                             GError        **error);

/* vb-project-io.c */
typedef gboolean (*VbFillFunc) (sqlite3 *db, gpointer user_data, GError **error);

gboolean       vb_project_write_new_file    (const char     *path,
                                             int             version,
                                             VbFillFunc      fill,
                                             gpointer        user_data,
                                             GError        **error);
gboolean       vb_db_insert_row             (sqlite3        *db,
                                             const VbTable  *table,
                                             const VbValue  *row,
                                             GError        **error);
char          *vb_insert_sql                (const VbTable  *table);
GBytes        *vb_db_serialize              (sqlite3        *db,
                                             GError        **error);
void           vb_sync_folder               (const char     *dir);
gboolean       vb_write_file_atomically     (const char     *path,
                                             GBytes         *data,
                                             gboolean        replace,
                                             GError        **error);

/* vb-project-file.c */
gboolean       vb_busy_error                (GError        **error,
                                             const char     *name);
gboolean       vb_sqlite_is_busy            (int             rc);
gboolean       vb_db_validate_values        (sqlite3        *db,
                                             const char     *name,
                                             GError        **error);
const char    *vb_display_name              (const char     *path);

G_END_DECLS
