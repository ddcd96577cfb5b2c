/* vb-workflow-step.c — one step of a workflow
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-workflow-step"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-workflow-step.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbWorkflowStep
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbWorkflowStep, vb_workflow_step, VB_TYPE_RECORD)

static guint col_workflow, col_description, col_owner, col_tool;

#define R(self) VB_RECORD (self)


static void
vb_workflow_step_class_init (VbWorkflowStepClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "workflow_step");
  col_workflow = vb_record_class_column (record_class, "workflow_id");
  col_description = vb_record_class_column (record_class, "description");
  col_owner = vb_record_class_column (record_class, "owner");
  col_tool = vb_record_class_column (record_class, "tool");
}

static void
vb_workflow_step_init (VbWorkflowStep *self)
{
}

/* Returns: (transfer none) (nullable) */
VbWorkflow *
vb_workflow_step_get_workflow (VbWorkflowStep *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_workflow);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_WORKFLOW (vb_project_lookup (project, ref->v.s));
}

const char *
vb_workflow_step_get_description (VbWorkflowStep *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), "");
  return vb_record_text_at (R (self), col_description);
}

gboolean
vb_workflow_step_set_description (VbWorkflowStep  *self,
                                  const char     *description,
                                  GError         **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), FALSE);
  return vb_record_write_text_at (R (self), col_description, description, error);
}

const char *
vb_workflow_step_get_owner (VbWorkflowStep *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), "");
  return vb_record_text_at (R (self), col_owner);
}

gboolean
vb_workflow_step_set_owner (VbWorkflowStep  *self,
                            const char     *owner,
                            GError         **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), FALSE);
  return vb_record_write_text_at (R (self), col_owner, owner, error);
}

const char *
vb_workflow_step_get_tool (VbWorkflowStep *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), "");
  return vb_record_text_at (R (self), col_tool);
}

gboolean
vb_workflow_step_set_tool (VbWorkflowStep  *self,
                           const char     *tool,
                           GError         **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), FALSE);
  return vb_record_write_text_at (R (self), col_tool, tool, error);
}

/**
 * vb_workflow_step_move:
 * @position: the index the step takes among the steps of its workflow
 *
 * Reorders the steps of one workflow as one edit (vb_record_move() counts
 * every step of every workflow; this counts the workflow's own).
 */
gboolean
vb_workflow_step_move (VbWorkflowStep  *self,
                       guint            position,
                       GError         **error)
{
  VbWorkflow *workflow;
  GListModel *steps, *all;
  g_autoptr(VbWorkflowStep) target = NULL;
  guint n;

  g_return_val_if_fail (VB_IS_WORKFLOW_STEP (self), FALSE);
  if (!vb_record_check_live (R (self), error))
    return FALSE;
  workflow = vb_workflow_step_get_workflow (self);
  g_return_val_if_fail (workflow != NULL, FALSE);
  steps = vb_workflow_get_steps (workflow);
  n = g_list_model_get_n_items (steps);
  g_assert (n > 0);
  target = g_list_model_get_item (steps, MIN (position, n - 1));
  if (target == self)
    return TRUE;
  /* the row takes the place of the step now at @position: before it when
   * moving up, after it when moving down */
  all = vb_project_get_records (vb_record_get_project (R (self)), "workflow_step");
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbWorkflowStep) each = g_list_model_get_item (all, i);

      if (each == target)
        return vb_record_move (R (self), i, error);
    }
  g_assert_not_reached ();
  return FALSE;
}
