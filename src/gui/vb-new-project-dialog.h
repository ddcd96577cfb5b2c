/* vb-new-project-dialog.h — name a new project and pick its template
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_NEW_PROJECT_DIALOG (vb_new_project_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VbNewProjectDialog, vb_new_project_dialog, VB, NEW_PROJECT_DIALOG, AdwWindow)

GtkWidget  *vb_new_project_dialog_new        (GtkWindow          *parent,
                                              const char         *folder);
char       *vb_new_project_dialog_dup_path   (VbNewProjectDialog *self);
const char *vb_new_project_dialog_get_folder (VbNewProjectDialog *self);
void        vb_new_project_dialog_set_folder (VbNewProjectDialog *self,
                                              const char         *folder);

G_END_DECLS
