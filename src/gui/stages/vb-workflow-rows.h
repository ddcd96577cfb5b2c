/* vb-workflow-rows.h — a workflow's group and the rows of its steps
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-workflow-step.h"
#include "vb-workflow.h"

G_BEGIN_DECLS

/* Pango markup of @text with every web address a link that opens */
char      *vb_workflow_links_markup   (const char     *text);
/* An AdwPreferencesGroup: its data "vb-record" is the workflow, "vb-list"
 * the list of its steps */
GtkWidget *vb_workflow_group_new      (VbWorkflow     *workflow);
GtkWidget *vb_workflow_step_row_new   (VbWorkflowStep *step);

G_END_DECLS
