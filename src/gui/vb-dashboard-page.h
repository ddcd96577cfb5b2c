/* vb-dashboard-page.h — progress, vendor counts and what to do next
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "vb-guide.h"
#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_DASHBOARD_PAGE (vb_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (VbDashboardPage, vb_dashboard_page, VB, DASHBOARD_PAGE, GtkWidget)

GtkWidget *vb_dashboard_page_new (VbProject *project,
                                  VbGuide   *guide);

G_END_DECLS
