/* vb-application.h — the application: one window per open project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_APPLICATION (vb_application_get_type ())
G_DECLARE_FINAL_TYPE (VbApplication, vb_application, VB, APPLICATION, AdwApplication)

VbApplication *vb_application_new               (void);
GSettings     *vb_application_get_settings      (VbApplication *self);
char          *vb_application_dup_projects_folder (VbApplication *self);
char          *vb_application_dup_author        (VbApplication *self);
GtkWindow     *vb_application_find_project_window (VbApplication *self,
                                                   const char    *path);
GtkWindow     *vb_application_show_project      (VbApplication *self,
                                                 VbProject     *project,
                                                 GtkWindow     *from);
void           vb_application_open_path         (VbApplication *self,
                                                 const char    *path,
                                                 GtkWindow     *from);
void           vb_application_open_sample       (VbApplication *self,
                                                 GtkWindow     *from);
GtkWindow     *vb_application_new_window        (VbApplication *self);

void           vb_add_recent_project            (const char    *path,
                                                 const char    *name);
char          *vb_canonical_path                (const char    *path);
char          *vb_display_folder                (const char    *path);
char          *vb_default_projects_folder       (void);
char          *vb_unique_project_path           (const char    *folder,
                                                 const char    *name);

G_END_DECLS
