/* vb-project-view.h — the stages in a sidebar and the shown stage beside them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_PROJECT_VIEW (vb_project_view_get_type ())

G_DECLARE_FINAL_TYPE (VbProjectView, vb_project_view, VB, PROJECT_VIEW, AdwBin)

GtkWidget  *vb_project_view_new       (void);
gpointer    vb_project_view_get_child (VbProjectView *self,
                                       const char    *name);

G_END_DECLS
