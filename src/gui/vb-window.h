/* vb-window.h — a project window (or the welcome page when it has none)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-project.h"
#include "vb-stage.h"

G_BEGIN_DECLS

#define VB_TYPE_WINDOW (vb_window_get_type ())
G_DECLARE_FINAL_TYPE (VbWindow, vb_window, VB, WINDOW, AdwApplicationWindow)

/* The target of win.show-finding: the rule id, this separator, the
 * subject (empty when the finding has none) */
#define VB_FINDING_TARGET_SEPARATOR "\x1f"

GtkWidget  *vb_window_new                 (GtkApplication *app);
void        vb_window_set_project         (VbWindow       *self,
                                           VbProject      *project);
void        vb_window_set_loading         (VbWindow       *self,
                                           const char     *what);
gboolean    vb_window_get_loading         (VbWindow       *self);
VbProject  *vb_window_get_project         (VbWindow       *self);
VbContext  *vb_window_get_context         (VbWindow       *self);
VbGuide    *vb_window_get_guide           (VbWindow       *self);
void        vb_window_show_stage          (VbWindow       *self,
                                           VbStage         stage);
VbStage     vb_window_get_visible_stage   (VbWindow       *self);
GtkWidget  *vb_window_get_project_view    (VbWindow       *self);
GtkWidget  *vb_window_get_stage_page      (VbWindow       *self,
                                           VbStage         stage);
void        vb_window_show_finding        (VbWindow       *self,
                                           const char     *rule_id,
                                           const char     *subject);
void        vb_window_add_toast           (VbWindow       *self,
                                           AdwToast       *toast);
void        vb_window_show_error          (VbWindow       *self,
                                           const char     *message);
void        vb_window_show_open_error     (VbWindow       *self,
                                           const char     *path,
                                           const char     *message);
gboolean    vb_window_get_info_bar_visible (VbWindow      *self,
                                           const char    **message);
/* Background work of a page: the busy bar says @what (its Cancel, the
 * window closing cancel the cancellable returned, a new reference); NULL
 * when the window is busy already. End it with the same cancellable. */
GCancellable *vb_window_start_busy        (VbWindow       *self,
                                           const char     *what);
void        vb_window_stop_busy           (VbWindow       *self,
                                           GCancellable   *cancellable);

G_END_DECLS
