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
 * rows.c): when, from which tier, to whom and how fast. What the buttons
 * do is in vb-workflows-page-actions.c.
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
#include "vb-workflows-page-private.h"

static void vb_workflows_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbWorkflowsPage, vb_workflows_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_workflows_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

VbProject *
vb_workflows_page_project (VbWorkflowsPage *self)
{
  return vb_context_get_project (self->context);
}

/* ------------------------------------------------------------ lookups */

GtkWidget *
vb_workflows_page_find_row_in (GtkWidget *list,
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

GtkWidget *
vb_workflows_page_find_group (VbWorkflowsPage *self,
            VbWorkflow      *workflow)
{
  for (GtkWidget *group = gtk_widget_get_first_child (self->workflows_box); group;
       group = gtk_widget_get_next_sibling (group))
    if (g_object_get_data (G_OBJECT (group), "vb-record") == workflow)
      return group;
  return NULL;
}

GtkWidget *
vb_workflows_page_find_step_row (VbWorkflowsPage *self,
               VbWorkflowStep  *step)
{
  GtkWidget *group = vb_workflows_page_find_group (self, vb_workflow_step_get_workflow (step));
  GtkWidget *list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;

  return list ? vb_workflows_page_find_row_in (list, step) : NULL;
}

/* Opens @row (an expander row) and puts the cursor in @field */
void
vb_workflows_page_open_row (GtkWidget  *row,
          const char *field)
{
  GtkWidget *entry;

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = field ? vb_field_find (row, field) : NULL;
  vb_focus_widget (entry ? entry : row);
}

void
vb_workflows_page_open_workflow (VbWorkflowsPage *self,
               VbWorkflow      *workflow,
               const char      *field)
{
  GtkWidget *group = vb_workflows_page_find_group (self, workflow);

  if (group)
    vb_workflows_page_open_row (g_object_get_data (G_OBJECT (group), "vb-details"), field ? field : "name");
}

/* ------------------------------------------------------------ emergency */

static void
build_emergency (VbWorkflowsPage *self)
{
  VbProject *project = vb_workflows_page_project (self);
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
  VbProject *project = vb_workflows_page_project (self);
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
  VbProject *project = vb_workflows_page_project (self);
  guint n = g_list_model_get_n_items (vb_project_get_escalation_tiers (project));

  if (!vb_escalation_tiers_update (self->tiers_list, project))
    {
      rebuild_tiers (self);
      vb_escalation_tiers_update (self->tiers_list, project);
    }
  gtk_widget_set_visible (self->add_tier_button, n < 3);
}

/* ------------------------------------------------------------ state */

void
vb_workflows_page_update_state (VbWorkflowsPage *self)
{
  VbProject *project = vb_workflows_page_project (self);
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
  vb_workflows_page_update_state (self);
}

static void
rebuild_workflows (VbWorkflowsPage *self)
{
  GListModel *workflows = vb_project_get_workflows (vb_workflows_page_project (self));
  guint n = g_list_model_get_n_items (workflows);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->workflows_box)))
    gtk_box_remove (GTK_BOX (self->workflows_box), child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbWorkflow) workflow = g_list_model_get_item (workflows, i);

      gtk_box_append (GTK_BOX (self->workflows_box), vb_workflow_group_new (workflow));
    }
  vb_workflows_page_update_state (self);
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
  vb_workflows_page_update_state (self);
}

static GtkWidget *
create_path_row_cb (gpointer item,
                    gpointer user_data)
{
  return vb_escalation_path_row_new (item);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_workflows_page_show_finding (VbStagePage *page,
                                VbFinding   *finding)
{
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (page);
  VbProject *project = vb_workflows_page_project (self);
  const char *subject = vb_finding_get_subject (finding);
  const char *field = vb_finding_get_field (finding);
  VbEscalationPath *path = subject ? vb_project_find_row (project, subject, VB_TYPE_ESCALATION_PATH) : NULL;
  VbEscalationTier *tier = subject && path == NULL
    ? vb_project_find_row (project, subject, VB_TYPE_ESCALATION_TIER) : NULL;

  if (gtk_widget_get_visible (self->empty_page))
    vb_focus_widget (self->add_first_button);
  else if (path)
    vb_workflows_page_open_row (vb_workflows_page_find_row_in (self->paths_list, path), field);
  else if (tier && self->writable)
    {
      /* a tier with no way up: the finding's "Add a path" adds one from
       * it, open at its trigger */
      g_autoptr(GError) error = NULL;
      VbEscalationPath *added = vb_project_add_escalation_path_from (project, vb_escalation_tier_get_level (tier),
                                                                     &error);

      if (added == NULL)
        vb_report_error (GTK_WIDGET (self), error);
      else
        vb_workflows_page_open_row (vb_workflows_page_find_row_in (self->paths_list, added), "trigger");
    }
  else if (tier)
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
  VbWorkflowsPage *self = VB_WORKFLOWS_PAGE (page);

  self->writable = writable;
  vb_workflows_page_enable_actions (self, writable);
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
  VbProject *project = vb_workflows_page_project (self);

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

  vb_workflows_page_install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_workflows_page_init (VbWorkflowsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
