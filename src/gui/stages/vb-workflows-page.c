/* vb-workflows-page.c — stage 11: workflows and escalation
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the top, what counts as an emergency and which escalation is called
 * then (a drop-down of the matrix's paths). Then the workflows, a group
 * each (vb-workflow-rows.c): what happens when a ticket arrives, its steps
 * in order with owner and tool, the systems used and the training
 * material's links. Then the support tiers 1–3, what each handles, a tier
 * with no way up tagged so; and the escalation matrix (vb-escalation-
 * rows.c): when, from which tier, to whom and how fast. Removing is undone,
 * not confirmed (GNOME HIG): a toast offers Undo.
 */

#define G_LOG_DOMAIN "vb-workflows-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-escalation-rows.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-workflow-rows.h"
#include "vb-workflows-page.h"

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

static void vb_workflows_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbWorkflowsPage, vb_workflows_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_workflows_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbWorkflowsPage *self)
{
  return vb_context_get_project (self->context);
}

/* ------------------------------------------------------------ lookups */

static GtkWidget *
find_row_in (GtkWidget *list,
             gpointer   record)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        return GTK_WIDGET (row);
    }
}

static GtkWidget *
find_group (VbWorkflowsPage *self,
            VbWorkflow      *workflow)
{
  for (GtkWidget *group = gtk_widget_get_first_child (self->workflows_box); group;
       group = gtk_widget_get_next_sibling (group))
    if (g_object_get_data (G_OBJECT (group), "vb-record") == workflow)
      return group;
  return NULL;
}

static GtkWidget *
find_step_row (VbWorkflowsPage *self,
               VbWorkflowStep  *step)
{
  GtkWidget *group = find_group (self, vb_workflow_step_get_workflow (step));
  GtkWidget *list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;

  return list ? find_row_in (list, step) : NULL;
}

/* Opens @row (an expander row) and puts the cursor in @field */
static void
open_row (GtkWidget  *row,
          const char *field)
{
  GtkWidget *entry;

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = field ? vb_field_find (row, field) : NULL;
  vb_focus_widget (entry ? entry : row);
}

static void
open_workflow (VbWorkflowsPage *self,
               VbWorkflow      *workflow,
               const char      *field)
{
  GtkWidget *group = find_group (self, workflow);

  if (group)
    open_row (g_object_get_data (G_OBJECT (group), "vb-details"), field ? field : "name");
}

/* ------------------------------------------------------------ emergency */

static void
build_emergency (VbWorkflowsPage *self)
{
  VbProject *project = project_of (self);
  VbRecord *settings = VB_RECORD (vb_project_get_settings (project));

  self->definition_row = vb_field_text_area_new (settings, "emergency-definition",
                                                 _("What counts as an emergency, such as the shop being down or a data leak"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->emergency_group), self->definition_row);
  self->emergency_row = vb_emergency_path_row_new (project);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->emergency_group), self->emergency_row);
}

/* ------------------------------------------------------------ tiers */

static void
rebuild_tiers (VbWorkflowsPage *self)
{
  VbProject *project = project_of (self);
  GListModel *tiers = vb_project_get_escalation_tiers (project);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->tiers_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->tiers_list), child);
  for (guint i = 0; i < g_list_model_get_n_items (tiers); i++)
    {
      g_autoptr(VbEscalationTier) tier = g_list_model_get_item (tiers, i);
      GtkWidget *row = vb_escalation_tier_row_new (tier);

      gtk_list_box_append (GTK_LIST_BOX (self->tiers_list), row);
    }
}

/* Tags the tiers without a way up (the highest needs none); rebuilds the
 * rows when a tier's level changed under them (undo) */
static void
update_tiers (VbWorkflowsPage *self)
{
  VbProject *project = project_of (self);
  guint n = g_list_model_get_n_items (vb_project_get_escalation_tiers (project));

  if (!vb_escalation_tiers_update (self->tiers_list, project))
    {
      rebuild_tiers (self);
      vb_escalation_tiers_update (self->tiers_list, project);
    }
  gtk_widget_set_visible (self->add_tier_button, n < 3);
}

/* ------------------------------------------------------------ state */

static void
update_state (VbWorkflowsPage *self)
{
  VbProject *project = project_of (self);
  guint n_workflows = g_list_model_get_n_items (vb_project_get_workflows (project));
  gboolean empty = n_workflows == 0 &&
                   g_list_model_get_n_items (vb_project_get_escalation_tiers (project)) == 0 &&
                   g_list_model_get_n_items (vb_project_get_escalation_paths (project)) == 0 &&
                   vb_str_is_blank (vb_project_get_emergency_definition (project));

  gtk_widget_set_visible (self->empty_page, empty);
  gtk_widget_set_visible (self->content_box, !empty);
  gtk_widget_set_visible (self->no_workflows_label, n_workflows == 0);
  update_tiers (self);
}

static void
on_project_changed_cb (VbProject       *project,
                       VbWorkflowsPage *self)
{
  update_state (self);
}

static void
rebuild_workflows (VbWorkflowsPage *self)
{
  GListModel *workflows = vb_project_get_workflows (project_of (self));
  guint n = g_list_model_get_n_items (workflows);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->workflows_box)))
    gtk_box_remove (GTK_BOX (self->workflows_box), child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbWorkflow) workflow = g_list_model_get_item (workflows, i);

      gtk_box_append (GTK_BOX (self->workflows_box), vb_workflow_group_new (workflow));
    }
  update_state (self);
}

static void
on_workflows_changed_cb (GListModel      *model,
                         guint            position,
                         guint            removed,
                         guint            added,
                         VbWorkflowsPage *self)
{
  rebuild_workflows (self);
}

static void
on_tiers_changed_cb (GListModel      *model,
                     guint            position,
                     guint            removed,
                     guint            added,
                     VbWorkflowsPage *self)
{
  rebuild_tiers (self);
  update_state (self);
}

static GtkWidget *
create_path_row_cb (gpointer item,
                    gpointer user_data)
{
  return vb_escalation_path_row_new (item);
}

/* ------------------------------------------------------------ actions */

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
  VbWorkflow *workflow = vb_project_add_workflow (project_of (self), &error);

  if (workflow == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  open_workflow (self, workflow, "name");
}

static void
remove_workflow_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbWorkflow *workflow = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_WORKFLOW);
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
  VbWorkflow *workflow = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_WORKFLOW);
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
  open_row (find_step_row (self, step), "description");
}

static void
remove_step_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbWorkflowStep *step = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                              VB_TYPE_WORKFLOW_STEP);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row, *group, *list;
  int position;

  if (step == NULL)
    return;
  group = find_group (self, vb_workflow_step_get_workflow (step));
  list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;
  row = find_step_row (self, step);
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
  VbWorkflowStep *step = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                              VB_TYPE_WORKFLOW_STEP);
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *moved;
  int index;

  if (step == NULL || (row = find_step_row (self, step)) == NULL)
    return;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (index + delta < 0)
    return;
  g_object_ref (step);
  if (!vb_workflow_step_move (step, (guint) (index + delta), &error))
    vb_report_error (GTK_WIDGET (self), error);
  /* the move made the row anew: it stays open, and the focus follows it */
  moved = find_step_row (self, step);
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
  VbRecord *record = vb_project_find_row (project_of (self), uuid, VB_TYPE_WORKFLOW_STEP);
  g_autoptr(GError) error = NULL;

  if (record == NULL)
    record = vb_project_find_row (project_of (self), uuid, VB_TYPE_WORKFLOW);
  if (record && !vb_record_confirm (record, &error))
    vb_report_error (widget, error);
}

/* A new tier takes the lowest level not yet used */
static void
add_tier_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbProject *project = project_of (self);
  GListModel *tiers = vb_project_get_escalation_tiers (project);
  gboolean used[4] = { FALSE, };
  g_autoptr(GError) error = NULL;
  VbEscalationTier *tier;
  int level = 1;
  GtkWidget *row;

  for (guint i = 0; i < g_list_model_get_n_items (tiers); i++)
    {
      g_autoptr(VbEscalationTier) each = g_list_model_get_item (tiers, i);

      used[CLAMP (vb_escalation_tier_get_level (each), 0, 3)] = TRUE;
    }
  while (level < 3 && used[level])
    level++;
  if (used[level])
    return;
  tier = vb_project_add_escalation_tier (project, &error);
  if (tier == NULL || (level != vb_escalation_tier_get_level (tier) &&
                       !vb_escalation_tier_set_level (tier, level, &error)))
    {
      vb_report_error (widget, error);
      return;
    }
  update_state (self);
  row = find_row_in (self->tiers_list, tier);
  vb_focus_widget (row ? row : self->tiers_list);
}

static void
add_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbEscalationPath *path = vb_project_add_escalation_path (project_of (self), &error);

  if (path == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  open_row (find_row_in (self->paths_list, path), "trigger");
}

static void
remove_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (widget);
  VbEscalationPath *path = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                                VB_TYPE_ESCALATION_PATH);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *where = NULL;
  GtkWidget *row;
  int position;

  if (path == NULL)
    return;
  row = find_row_in (self->paths_list, path);
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

/* ------------------------------------------------------------ VbStagePage */

static void
vb_workflows_page_show_finding (VbStagePage *page,
                                VbFinding   *finding)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (page);
  VbProject *project = project_of (self);
  const char *subject = vb_finding_get_subject (finding);
  const char *field = vb_finding_get_field (finding);
  VbEscalationPath *path = subject ? vb_project_find_row (project, subject, VB_TYPE_ESCALATION_PATH) : NULL;
  VbEscalationTier *tier = subject && path == NULL
    ? vb_project_find_row (project, subject, VB_TYPE_ESCALATION_TIER) : NULL;

  if (gtk_widget_get_visible (self->empty_page))
    vb_focus_widget (self->add_first_button);
  else if (path)
    open_row (find_row_in (self->paths_list, path), field);
  else if (tier)
    /* a tier with no way up: a path from it is what is missing */
    vb_focus_widget (self->add_path_button);
  else if (g_strcmp0 (field, "emergency-definition") == 0)
    gtk_widget_child_focus (self->definition_row, GTK_DIR_TAB_FORWARD);
  else if (g_strcmp0 (field, "emergency-path-id") == 0)
    vb_focus_widget (self->emergency_row);
  else
    vb_focus_widget (self->add_workflow_button);
}

static void
vb_workflows_page_set_writable (VbStagePage *page,
                                gboolean     writable)
{
  static const char *const actions[] = {
    "workflows.add-workflow", "workflows.remove-workflow", "workflows.add-step", "workflows.remove-step",
    "workflows.step-up", "workflows.step-down", "workflows.confirm", "workflows.add-tier",
    "workflows.add-path", "workflows.remove-path",
  };
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (page);

  self->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (page), actions[i], writable);
  gtk_widget_set_sensitive (self->emergency_row, writable);
}

static GtkWidget *
vb_workflows_page_get_initial_focus (VbStagePage *page)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (page);

  if (gtk_widget_get_visible (self->empty_page))
    return self->add_first_button;
  return self->add_workflow_button;
}

static void
vb_workflows_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_workflows_page_show_finding;
  iface->set_writable = vb_workflows_page_set_writable;
  iface->get_initial_focus = vb_workflows_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbWorkflowsPage *self)
{
  VbProject *project = project_of (self);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_WORKFLOWS));
  build_emergency (self);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->tiers_list),
                                vb_placeholder_new (NULL, _("No support tiers yet"),
                                                    _("Tier 1 answers every ticket first; add tiers 2 and 3 for what it cannot solve."),
                                                    _("Add Tier"), "workflows.add-tier"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->paths_list),
                                vb_placeholder_new (NULL, _("No escalations yet"),
                                                    _("Such as “a refund over £150 goes from tier 1 to the team leader”."),
                                                    _("Add Escalation"), "workflows.add-path"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->paths_list), vb_project_get_escalation_paths (project),
                           create_path_row_cb, self, NULL);
  rebuild_tiers (self);
  g_signal_connect_object (vb_project_get_workflows (project), "items-changed",
                           G_CALLBACK (on_workflows_changed_cb), self, 0);
  g_signal_connect_object (vb_project_get_escalation_tiers (project), "items-changed",
                           G_CALLBACK (on_tiers_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  rebuild_workflows (self);
}

static void
vb_workflows_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_workflows_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_workflows_page_constructed (GObject *object)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (object);

  G_OBJECT_CLASS (vb_workflows_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_workflows_page_dispose (GObject *object)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_WORKFLOWS_PAGE);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_workflows_page_parent_class)->dispose (object);
}

static void
vb_workflows_page_class_init (VbWorkflowsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_workflows_page_dispose;
  object_class->constructed = vb_workflows_page_constructed;
  object_class->set_property = vb_workflows_page_set_property;
  object_class->get_property = vb_workflows_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-workflows-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, add_first_button);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, emergency_group);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, add_workflow_button);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, no_workflows_label);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, workflows_box);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, tiers_group);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, add_tier_button);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, tiers_list);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, paths_group);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, add_path_button);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, paths_list);
  gtk_widget_class_bind_template_child (widget_class, VbWorkflowsPage, footer_box);

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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_workflows_page_init (VbWorkflowsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
