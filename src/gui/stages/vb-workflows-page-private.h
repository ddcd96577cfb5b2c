/* vb-workflows-page-private.h — what the Workflows page's files share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page (vb-workflows-page.c) builds and follows the project; its
 * actions (vb-workflows-page-actions.c) add, move and remove.
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-workflow-step.h"
#include "vb-workflow.h"
#include "vb-workflows-page.h"

G_BEGIN_DECLS

struct _VbWorkflowsPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *empty_page;
  GtkWidget  *add_first_button;
  GtkWidget  *content_box;
  GtkWidget  *emergency_group;
  GtkWidget  *add_workflow_button;
  GtkWidget  *no_workflows_label;
  GtkWidget  *workflows_box;
  GtkWidget  *tiers_group;
  GtkWidget  *add_tier_button;
  GtkWidget  *tiers_list;
  GtkWidget  *paths_group;
  GtkWidget  *add_path_button;
  GtkWidget  *paths_list;
  GtkWidget  *footer_box;

  /* borrowed, inside emergency_group */
  GtkWidget  *definition_row;
  GtkWidget  *emergency_row;

  /* owned */
  VbContext  *context;
  gboolean    writable;
};

VbProject *vb_workflows_page_project        (VbWorkflowsPage *self);
GtkWidget *vb_workflows_page_find_row_in    (GtkWidget       *list,
                                             gpointer         record);
GtkWidget *vb_workflows_page_find_group     (VbWorkflowsPage *self,
                                             VbWorkflow      *workflow);
GtkWidget *vb_workflows_page_find_step_row  (VbWorkflowsPage *self,
                                             VbWorkflowStep  *step);
/* Opens @row (an expander row) and puts the cursor in @field */
void       vb_workflows_page_open_row       (GtkWidget       *row,
                                             const char      *field);
void       vb_workflows_page_open_workflow  (VbWorkflowsPage *self,
                                             VbWorkflow      *workflow,
                                             const char      *field);
void       vb_workflows_page_update_state   (VbWorkflowsPage *self);

void       vb_workflows_page_install_actions (GtkWidgetClass *widget_class);
void       vb_workflows_page_enable_actions (VbWorkflowsPage *self,
                                             gboolean         writable);

G_END_DECLS
