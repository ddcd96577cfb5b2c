/* vb-workflows-page.h — stage 11: workflows and escalation
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_WORKFLOWS_PAGE (vb_workflows_page_get_type ())

G_DECLARE_FINAL_TYPE (VbWorkflowsPage, vb_workflows_page, VB, WORKFLOWS_PAGE, GtkWidget)

G_END_DECLS
