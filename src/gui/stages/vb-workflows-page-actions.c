/* vb-workflows-page-actions.c — what the Workflows page's buttons do
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Add, move and remove workflows, steps, tiers and escalation paths, each
 * one edit; the cursor goes to what was added, and after a removal to its
 * neighbour. Removing is undone, not confirmed (GNOME HIG): a toast
 * offers Undo.
 */

#define G_LOG_DOMAIN "vb-workflows-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-escalation-rows.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-workflows-page-private.h"

static const char *const actions[] = {
  "workflows.add-workflow", "workflows.remove-workflow", "workflows.add-step", "workflows.remove-step",
  "workflows.step-up", "workflows.step-down", "workflows.confirm", "workflows.add-tier",
  "workflows.add-path", "workflows.remove-path",
};

/* After a removal, focus goes to the neighbour in @list, or to @fallback */
static void
focus_after_removal (GtkWidget *list,
                     int        position,
                     GtkWidget *fallback)
{
  GtkListBoxRow *next = NULL;

  if (list)
    {
      next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position);
      if (next == NULL && position > 0)
        next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position - 1);
    }
  vb_focus_widget (next ? GTK_WIDGET (next) : fallback);
}

static void
add_workflow_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbWorkflow *workflow = vb_project_add_workflow (vb_workflows_page_project (self), &error);

  if (workflow == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  vb_workflows_page_open_workflow (self, workflow, "name");
}

static void
remove_workflow_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbWorkflow *workflow = vb_project_find_row (vb_workflows_page_project (self), g_variant_get_string (param, NULL), VB_TYPE_WORKFLOW);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (workflow == NULL)
    return;
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_workflow_get_name (workflow))
                           ? _("the workflow") : vb_workflow_get_name (workflow));
  if (!vb_record_remove (VB_RECORD (workflow), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  vb_focus_widget (gtk_widget_get_visible (self->empty_page) ? self->add_first_button : self->add_workflow_button);
}

static void
add_step_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbWorkflow *workflow = vb_project_find_row (vb_workflows_page_project (self), g_variant_get_string (param, NULL), VB_TYPE_WORKFLOW);
  g_autoptr(GError) error = NULL;
  VbWorkflowStep *step;

  if (workflow == NULL)
    return;
  step = vb_workflow_add_step (workflow, &error);
  if (step == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  vb_workflows_page_open_row (vb_workflows_page_find_step_row (self, step), "description");
}

static void
remove_step_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbWorkflowStep *step = vb_project_find_row (vb_workflows_page_project (self), g_variant_get_string (param, NULL),
                                              VB_TYPE_WORKFLOW_STEP);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row, *group, *list;
  int position;

  if (step == NULL)
    return;
  group = vb_workflows_page_find_group (self, vb_workflow_step_get_workflow (step));
  list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;
  row = vb_workflows_page_find_step_row (self, step);
  position = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : 0;
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_workflow_step_get_description (step))
                           ? _("the step") : vb_workflow_step_get_description (step));
  if (!vb_record_remove (VB_RECORD (step), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  focus_after_removal (list, position, group ? adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group))
                                             : self->add_workflow_button);
}

static void
move_step (VbWorkflowsPage *self,
           GVariant        *param,
           int              delta)
{
  VbWorkflowStep *step = vb_project_find_row (vb_workflows_page_project (self), g_variant_get_string (param, NULL),
                                              VB_TYPE_WORKFLOW_STEP);
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *moved;
  int index;

  if (step == NULL || (row = vb_workflows_page_find_step_row (self, step)) == NULL)
    return;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (index + delta < 0)
    return;
  g_object_ref (step);
  if (!vb_workflow_step_move (step, (guint) (index + delta), &error))
    vb_report_error (GTK_WIDGET (self), error);
  /* the move made the row anew: it stays open, and the focus follows it */
  moved = vb_workflows_page_find_step_row (self, step);
  if (moved)
    {
      GtkWidget *button = vb_field_find (moved, "description");

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (moved), TRUE);
      vb_focus_widget (button ? button : moved);
    }
  g_object_unref (step);
}

static void
step_up_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_step (VB_WORKFLOWS_PAGE (widget), param, -1);
}

static void
step_down_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_step (VB_WORKFLOWS_PAGE (widget), param, +1);
}

static void
confirm_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  VbRecord *record = vb_project_find_row (vb_workflows_page_project (self), uuid, VB_TYPE_WORKFLOW_STEP);
  g_autoptr(GError) error = NULL;

  if (record == NULL)
    record = vb_project_find_row (vb_workflows_page_project (self), uuid, VB_TYPE_WORKFLOW);
  if (record && !vb_record_confirm (record, &error))
    vb_report_error (widget, error);
}

/* A new tier takes the lowest level not yet used, in one undo step */
static void
add_tier_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbEscalationTier *tier = vb_project_add_next_escalation_tier (vb_workflows_page_project (self), &error);
  GtkWidget *row;

  if (tier == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  vb_workflows_page_update_state (self);
  row = vb_workflows_page_find_row_in (self->tiers_list, tier);
  vb_focus_widget (row ? row : self->tiers_list);
}

static void
add_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbEscalationPath *path = vb_project_add_escalation_path (vb_workflows_page_project (self), &error);

  if (path == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  vb_workflows_page_open_row (vb_workflows_page_find_row_in (self->paths_list, path), "trigger");
}

static void
remove_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbEscalationPath *path = vb_project_find_row (vb_workflows_page_project (self), g_variant_get_string (param, NULL),
                                                VB_TYPE_ESCALATION_PATH);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *where = NULL;
  GtkWidget *row;
  int position;

  if (path == NULL)
    return;
  row = vb_workflows_page_find_row_in (self->paths_list, path);
  position = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : 0;
  where = vb_escalation_path_describe (path);
  /* Translators: a toast; %s is where the escalation went, e.g. “Tier 1 to Ravi Patel (team leader)” */
  title = g_strdup_printf (_("Removed the escalation “%s”"), where);
  if (!vb_record_remove (VB_RECORD (path), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  focus_after_removal (self->paths_list, position, self->add_path_button);
}

/* ------------------------------------------------------------ public */

void
vb_workflows_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "workflows.add-workflow", NULL, add_workflow_action);
  gtk_widget_class_install_action (widget_class, "workflows.remove-workflow", "s", remove_workflow_action);
  gtk_widget_class_install_action (widget_class, "workflows.add-step", "s", add_step_action);
  gtk_widget_class_install_action (widget_class, "workflows.remove-step", "s", remove_step_action);
  gtk_widget_class_install_action (widget_class, "workflows.step-up", "s", step_up_action);
  gtk_widget_class_install_action (widget_class, "workflows.step-down", "s", step_down_action);
  gtk_widget_class_install_action (widget_class, "workflows.confirm", "s", confirm_action);
  gtk_widget_class_install_action (widget_class, "workflows.add-tier", NULL, add_tier_action);
  gtk_widget_class_install_action (widget_class, "workflows.add-path", NULL, add_path_action);
  gtk_widget_class_install_action (widget_class, "workflows.remove-path", "s", remove_path_action);
}

/* Editing actions on or off: the one place (read-only files, busy window) */
void
vb_workflows_page_enable_actions (VbWorkflowsPage *self,
                                  gboolean         writable)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], writable);
}
