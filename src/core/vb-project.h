/* vb-project.h — an open project file
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vb-error.h"
#include "vb-record.h"
#include "vb-schema.h"

G_BEGIN_DECLS

#define VB_TYPE_PROJECT (vb_project_get_type ())

G_DECLARE_FINAL_TYPE (VbProject, vb_project, VB, PROJECT, GObject)

#define VB_PROJECT_SUFFIX ".vendorbench"

/* Larger project files are refused: no real project comes near it. */
#define VB_PROJECT_MAX_BYTES ((goffset) 512 * 1024 * 1024)

VbProject     *vb_project_create          (const char  *path,
                                           const char  *name,
                                           const char  *template_id,
                                           const char  *currency,
                                           GError     **error);
VbProject     *vb_project_open            (const char  *path,
                                           GError     **error);
gboolean       vb_project_verify_file     (const char  *path,
                                           int         *version,
                                           GError     **error);
void           vb_project_close           (VbProject   *self);

const char    *vb_project_get_path        (VbProject   *self);
const char    *vb_project_get_name        (VbProject   *self);
gboolean       vb_project_get_read_only   (VbProject   *self);
gboolean       vb_project_get_is_sample   (VbProject   *self);
const char    *vb_project_get_currency    (VbProject   *self);
VbRecord      *vb_project_get_settings    (VbProject   *self);
GListModel    *vb_project_get_records     (VbProject   *self,
                                           const char  *table);
VbRecord      *vb_project_lookup          (VbProject   *self,
                                           const char  *uuid);
gint64         vb_project_count_rows      (VbProject   *self,
                                           const char  *table);
const char    *vb_project_get_author      (VbProject   *self);
void           vb_project_set_author      (VbProject   *self,
                                           const char  *author);

/* Edits: each call outside begin/end is one commit and one undo step;
 * calls between begin_edit and end_edit form one. */
void           vb_project_begin_edit      (VbProject   *self,
                                           const char  *summary);
void           vb_project_begin_edit_full (VbProject   *self,
                                           const char  *action,
                                           const char  *summary);
gboolean       vb_project_end_edit        (VbProject   *self,
                                           GError     **error);
void           vb_project_cancel_edit     (VbProject   *self);

VbRecord      *vb_project_add             (VbProject   *self,
                                           const char  *table,
                                           GError     **error);
VbRecord      *vb_project_add_row         (VbProject          *self,
                                           const char         *table,
                                           const char *const  *ref_columns,
                                           VbRecord *const    *parents,
                                           guint               n_refs,
                                           GError            **error);
VbRecord      *vb_project_add_child       (VbProject   *self,
                                           const char  *table,
                                           const char  *ref_column,
                                           VbRecord    *parent,
                                           GError     **error);
gboolean       vb_project_set             (VbProject      *self,
                                           VbRecord       *record,
                                           const char     *column,
                                           const VbValue  *value,
                                           GError        **error);
gboolean       vb_project_set_text        (VbProject   *self,
                                           VbRecord    *record,
                                           const char  *column,
                                           const char  *text,
                                           GError     **error);
gboolean       vb_project_set_int         (VbProject   *self,
                                           VbRecord    *record,
                                           const char  *column,
                                           gint64       value,
                                           GError     **error);
gboolean       vb_project_set_real        (VbProject   *self,
                                           VbRecord    *record,
                                           const char  *column,
                                           double       value,
                                           GError     **error);
gboolean       vb_project_set_bool        (VbProject   *self,
                                           VbRecord    *record,
                                           const char  *column,
                                           gboolean     value,
                                           GError     **error);
gboolean       vb_project_set_null        (VbProject   *self,
                                           VbRecord    *record,
                                           const char  *column,
                                           GError     **error);
gboolean       vb_project_remove          (VbProject   *self,
                                           VbRecord    *record,
                                           GError     **error);
GPtrArray     *vb_project_children        (VbProject   *self,
                                           const char  *table,
                                           const char  *ref_column,
                                           VbRecord    *parent);

gboolean       vb_project_get_can_undo    (VbProject   *self);
gboolean       vb_project_get_can_redo    (VbProject   *self);
const char    *vb_project_get_undo_summary (VbProject  *self);
const char    *vb_project_get_redo_summary (VbProject  *self);
gboolean       vb_project_undo            (VbProject   *self,
                                           GError     **error);
gboolean       vb_project_redo            (VbProject   *self,
                                           GError     **error);

GPtrArray     *vb_project_read_activity   (VbProject   *self,
                                           GError     **error);
gboolean       vb_project_save_copy       (VbProject   *self,
                                           const char  *path,
                                           GError     **error);
gboolean       vb_project_move            (VbProject   *self,
                                           const char  *new_path,
                                           GError     **error);

G_END_DECLS
