/* vb-workflow.c — a workflow: what happens when a ticket arrives
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-workflow.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-workflow-step.h"

struct _VbWorkflow
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbWorkflow, vb_workflow, VB_TYPE_RECORD)

static guint col_name, col_trigger, col_systems, col_training_links;

#define R(self) VB_RECORD (self)


static void
vb_workflow_class_init (VbWorkflowClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "workflow");
  col_name = vb_record_class_column (record_class, "name");
  col_trigger = vb_record_class_column (record_class, "trigger");
  col_systems = vb_record_class_column (record_class, "systems");
  col_training_links = vb_record_class_column (record_class, "training_links");
}

static void
vb_workflow_init (VbWorkflow *self)
{
}

const char *
vb_workflow_get_name (VbWorkflow *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), "");
  return vb_record_text_at (R (self), col_name);
}

gboolean
vb_workflow_set_name (VbWorkflow  *self,
                      const char *name,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), FALSE);
  return vb_record_write_text_at (R (self), col_name, name, error);
}

const char *
vb_workflow_get_trigger (VbWorkflow *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), "");
  return vb_record_text_at (R (self), col_trigger);
}

gboolean
vb_workflow_set_trigger (VbWorkflow  *self,
                         const char *trigger,
                         GError     **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), FALSE);
  return vb_record_write_text_at (R (self), col_trigger, trigger, error);
}

const char *
vb_workflow_get_systems (VbWorkflow *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), "");
  return vb_record_text_at (R (self), col_systems);
}

gboolean
vb_workflow_set_systems (VbWorkflow  *self,
                         const char *systems,
                         GError     **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), FALSE);
  return vb_record_write_text_at (R (self), col_systems, systems, error);
}

const char *
vb_workflow_get_training_links (VbWorkflow *self)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), "");
  return vb_record_text_at (R (self), col_training_links);
}

gboolean
vb_workflow_set_training_links (VbWorkflow  *self,
                                const char *training_links,
                                GError     **error)
{
  g_return_val_if_fail (VB_IS_WORKFLOW (self), FALSE);
  return vb_record_write_text_at (R (self), col_training_links, training_links, error);
}

/**
 * vb_workflow_get_steps:
 *
 * Returns: (transfer none): its steps in their order (VbWorkflowStep); empty
 *   once it is removed
 */
GListModel *
vb_workflow_get_steps (VbWorkflow *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_WORKFLOW (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_WORKFLOW_STEP);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "workflow_step", "workflow_id", R (self));
}

/* Returns: (transfer none): a new step at the end, one edit */
VbWorkflowStep *
vb_workflow_add_step (VbWorkflow  *self,
                      GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_WORKFLOW (self), NULL);
  if (!vb_record_check_live (R (self), error))
    return NULL;
  row = vb_project_add_child (vb_record_get_project (R (self)), "workflow_step", "workflow_id", R (self), error);
  return row ? VB_WORKFLOW_STEP (row) : NULL;
}

/**
 * vb_project_get_workflows:
 *
 * Returns: (transfer none): every workflow in its order (VbWorkflow)
 */
GListModel *
vb_project_get_workflows (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "workflow");
}

/* Returns: (transfer none): a new workflow, one edit */
VbWorkflow *
vb_project_add_workflow (VbProject  *project,
                         GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "workflow", error);
  return row ? VB_WORKFLOW (row) : NULL;
}
