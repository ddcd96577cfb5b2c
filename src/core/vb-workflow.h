/* vb-workflow.h — a workflow: what happens when a ticket arrives
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its trigger, ordered steps (VbWorkflowStep) with owner and tool, the
 * systems used and links to the training material.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_WORKFLOW (vb_workflow_get_type ())

G_DECLARE_FINAL_TYPE (VbWorkflow, vb_workflow, VB, WORKFLOW, VbRecord)

typedef struct _VbWorkflowStep VbWorkflowStep;

const char     *vb_workflow_get_name            (VbWorkflow *self);
const char     *vb_workflow_get_trigger         (VbWorkflow *self);
const char     *vb_workflow_get_systems         (VbWorkflow *self);
const char     *vb_workflow_get_training_links  (VbWorkflow *self);

gboolean        vb_workflow_set_name            (VbWorkflow *self, const char *name, GError **error);
gboolean        vb_workflow_set_trigger         (VbWorkflow *self, const char *trigger, GError **error);
gboolean        vb_workflow_set_systems         (VbWorkflow *self, const char *systems, GError **error);
gboolean        vb_workflow_set_training_links  (VbWorkflow *self, const char *training_links, GError **error);

GListModel     *vb_workflow_get_steps           (VbWorkflow *self);
VbWorkflowStep *vb_workflow_add_step            (VbWorkflow *self, GError **error);

GListModel     *vb_project_get_workflows        (VbProject *project);
VbWorkflow     *vb_project_add_workflow         (VbProject *project, GError **error);

G_END_DECLS
