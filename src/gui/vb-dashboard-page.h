/* vb-dashboard-page.h — progress, vendors and what to do next
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_DASHBOARD_PAGE (vb_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (VbDashboardPage, vb_dashboard_page, VB, DASHBOARD_PAGE, GtkWidget)

G_END_DECLS
