/* vb-workflow-step.h — one step of a workflow
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It goes with its workflow.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-workflow.h"

G_BEGIN_DECLS

#define VB_TYPE_WORKFLOW_STEP (vb_workflow_step_get_type ())

G_DECLARE_FINAL_TYPE (VbWorkflowStep, vb_workflow_step, VB, WORKFLOW_STEP, VbRecord)

VbWorkflow *vb_workflow_step_get_workflow     (VbWorkflowStep *self);
const char *vb_workflow_step_get_description  (VbWorkflowStep *self);
const char *vb_workflow_step_get_owner        (VbWorkflowStep *self);
const char *vb_workflow_step_get_tool         (VbWorkflowStep *self);

gboolean    vb_workflow_step_set_description  (VbWorkflowStep *self, const char *description, GError **error);
gboolean    vb_workflow_step_set_owner        (VbWorkflowStep *self, const char *owner, GError **error);
gboolean    vb_workflow_step_set_tool         (VbWorkflowStep *self, const char *tool, GError **error);

gboolean    vb_workflow_step_move             (VbWorkflowStep *self, guint position, GError **error);


G_END_DECLS
