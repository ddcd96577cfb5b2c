/* vb-project.h — an open project file
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SQLite database per project (DESIGN.md §3). Opening checks the file
 * first (it may come from someone else); every edit is committed at once,
 * as one undo step. The rows are typed entities: each entity's header
 * (vb-vendor.h, vb-task.h, …) declares its list and its add function.
 */

#pragma once

#include <gio/gio.h>

#include "vb-enums.h"
#include "vb-error.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_PROJECT (vb_project_get_type ())

G_DECLARE_FINAL_TYPE (VbProject, vb_project, VB, PROJECT, GObject)

#define VB_PROJECT_SUFFIX ".vendorbench"

/* Larger project files are refused: no real project comes near it. */
#define VB_PROJECT_MAX_BYTES ((goffset) 512 * 1024 * 1024)

typedef enum {
  VB_OPEN_DEFAULT   = 0,       /* the window: the user's own file, recovered and updated in place */
  VB_OPEN_READ_ONLY = 1 << 0,  /* a command that only reads: the file is never changed */
} VbOpenFlags;

/* Why a project is read-only */
typedef enum {
  VB_READ_ONLY_NONE,
  VB_READ_ONLY_FILE,      /* the file itself is write-protected */
  VB_READ_ONLY_FOLDER,    /* its folder cannot be written to */
  VB_READ_ONLY_MEDIA,     /* it lies on a disk that is mounted read-only */
  VB_READ_ONLY_COMMAND,   /* opened by a command that only reads */
} VbReadOnlyReason;

typedef struct _VbProjectSettings VbProjectSettings;

VbProject     *vb_project_create          (const char         *path,
                                           const char         *name,
                                           VbProjectTemplate   template_id,
                                           const char         *currency,
                                           GError            **error);
VbProject     *vb_project_open            (const char         *path,
                                           GError            **error);
VbProject     *vb_project_open_full       (const char         *path,
                                           VbOpenFlags         flags,
                                           GCancellable       *cancellable,
                                           GError            **error);
void           vb_project_open_async      (const char         *path,
                                           VbOpenFlags         flags,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
VbProject     *vb_project_open_finish     (GAsyncResult       *result,
                                           GError            **error);
gboolean       vb_project_check_file      (const char         *path,
                                           int                *version,
                                           GError            **error);
void           vb_project_close           (VbProject          *self);

const char    *vb_project_get_path        (VbProject   *self);
const char    *vb_project_get_name        (VbProject   *self);
gboolean       vb_project_get_read_only   (VbProject   *self);
VbReadOnlyReason vb_project_get_read_only_reason (VbProject *self);
gboolean       vb_project_get_is_sample   (VbProject   *self);
const char    *vb_project_get_currency    (VbProject   *self);
VbProjectSettings *vb_project_get_settings (VbProject  *self);
const char    *vb_project_get_author      (VbProject   *self);
void           vb_project_set_author      (VbProject   *self,
                                           const char  *author);

/* The live row of @type with @uuid, or NULL (transfer none) */
gpointer       vb_project_find_row        (VbProject   *self,
                                           const char  *uuid,
                                           GType        type);
gboolean       vb_project_get_can_undo    (VbProject   *self);
gboolean       vb_project_get_can_redo    (VbProject   *self);
const char    *vb_project_get_undo_summary (VbProject  *self);
const char    *vb_project_get_redo_summary (VbProject  *self);
gboolean       vb_project_undo            (VbProject   *self,
                                           GError     **error);
gboolean       vb_project_redo            (VbProject   *self,
                                           GError     **error);

gboolean       vb_project_save_copy       (VbProject          *self,
                                           const char         *path,
                                           GCancellable       *cancellable,
                                           GError            **error);
void           vb_project_save_copy_async (VbProject          *self,
                                           const char         *path,
                                           GCancellable       *cancellable,
                                           GFileProgressCallback progress,
                                           gpointer            progress_data,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
gboolean       vb_project_save_copy_finish (VbProject         *self,
                                           GAsyncResult       *result,
                                           GError            **error);
gboolean       vb_project_move            (VbProject          *self,
                                           const char         *new_path,
                                           GCancellable       *cancellable,
                                           GError            **error);
void           vb_project_move_async      (VbProject          *self,
                                           const char         *new_path,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
gboolean       vb_project_move_finish     (VbProject          *self,
                                           GAsyncResult       *result,
                                           GError            **error);
gboolean       vb_project_rename          (VbProject          *self,
                                           const char         *name,
                                           GError            **error);

char          *vb_project_file_name_for   (const char         *name);

/* The user's name as the system knows it, for the activity log when the
 * preferences name nobody (valid UTF-8; free it) */
char          *vb_default_author          (void);

/* A number that changes whenever a row of one of @tables (NULL-terminated
 * names of the schema's tables) changes, by an edit, an undo or a redo: a view reads it to
 * redraw only after the commits that touch what it shows */
guint64      vb_project_get_tables_serial (VbProject          *self,
                                           const char *const  *tables);

G_END_DECLS
