/* vb-workflow-rows.c — a workflow's group and the rows of its steps
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workflow is a group: its name as the title, its trigger (what happens
 * when a ticket arrives) below it, Add Step beside it. Inside, one
 * expander row of its details (name, trigger, systems, training material,
 * Keep / Remove), a row of the training material's links that open, and
 * its steps in order: each an expander row numbered "1. …" with its owner
 * and tool, and Move Up / Move Down / Remove when open. Rows from the
 * template carry an "Example" tag until kept.
 */

#define G_LOG_DOMAIN "vb-workflow-rows"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-workflow-rows.h"

/* ------------------------------------------------------------ links */

static gboolean
ends_address (gunichar c)
{
  return g_unichar_isspace (c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"';
}

char *
vb_workflow_links_markup (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text ? text : "";

  while (*p)
    {
      const char *start = strstr (p, "http://");
      const char *secure = strstr (p, "https://");
      const char *end;
      g_autofree char *plain = NULL;
      g_autofree char *address = NULL;
      g_autofree char *escaped = NULL;

      if (start == NULL || (secure && secure < start))
        start = secure;
      if (start == NULL)
        {
          g_autofree char *rest = g_markup_escape_text (p, -1);

          g_string_append (out, rest);
          break;
        }
      plain = g_markup_escape_text (p, start - p);
      g_string_append (out, plain);
      for (end = start; *end && !ends_address (g_utf8_get_char (end)); end = g_utf8_next_char (end))
        ;
      /* a full stop or a bracket closing the sentence is not the address's */
      while (end > start && strchr (".)", end[-1]))
        end--;
      address = g_strndup (start, end - start);
      escaped = g_markup_escape_text (address, -1);
      g_string_append_printf (out, "<a href=\"%s\">%s</a>", escaped, escaped);
      p = end;
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ step row */

static void
step_row_update (GtkWidget *row)
{
  VbWorkflowStep *step = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *example = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *confirm = g_object_get_data (G_OBJECT (row), "vb-confirm");
  GtkWidget *up = g_object_get_data (G_OBJECT (row), "vb-up");
  GtkWidget *down = g_object_get_data (G_OBJECT (row), "vb-down");
  VbWorkflow *workflow = vb_workflow_step_get_workflow (step);
  guint n = workflow ? g_list_model_get_n_items (vb_workflow_get_steps (workflow)) : 0;
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  const char *description = vb_workflow_step_get_description (step);
  const char *owner = vb_workflow_step_get_owner (step);
  const char *tool = vb_workflow_step_get_tool (step);
  gboolean is_example = vb_record_get_example (VB_RECORD (step));
  const char *shown = vb_str_is_blank (description) ? _("Untitled step") : description;
  g_autofree char *numbered = NULL;
  g_autofree char *title = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *facts_escaped = NULL;
  g_autofree char *accessible = NULL;

  /* Translators: a numbered workflow step, e.g. “1. Find the order” */
  numbered = g_strdup_printf (_("%d. %s"), index >= 0 ? index + 1 : 1, shown);
  title = g_markup_escape_text (numbered, -1);
  facts = g_strdup_printf ("%s · %s",
                           vb_str_is_blank (owner) ? _("no owner yet") : owner,
                           /* Translators: the tool a workflow step is done with, e.g. “in Shopify admin” */
                           vb_str_is_blank (tool) ? _("no tool named") : tool);
  facts_escaped = g_markup_escape_text (facts, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), facts_escaped);
  gtk_widget_set_visible (example, is_example);
  gtk_widget_set_visible (confirm, is_example);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index >= 0 && (guint) index + 1 < n);
  /* Translators: a workflow step for screen readers: its number and text, owner and tool */
  accessible = g_strdup_printf (_("Step %s: %s%s"), numbered, facts,
                                is_example ? _(". An example from the template") : "");
  vb_set_accessible_label (row, accessible);
}

static void
on_step_notify_cb (VbWorkflowStep *step,
                   GParamSpec     *pspec,
                   GtkWidget      *row)
{
  step_row_update (row);
}

GtkWidget *
vb_workflow_step_row_new (VbWorkflowStep *step)
{
  VbRecord *record = VB_RECORD (step);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *up, *down, *confirm, *remove;
  const char *uuid = vb_record_get_uuid (record);

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (step), g_object_unref);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), example);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "description", _("What is done"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "owner", _("Who does it"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "tool", _("With which tool"), VB_FIELD_TEXT, 0));

  up = vb_row_action_button_new (_("Move Up"), "workflows.step-up", uuid, "step-up");
  down = vb_row_action_button_new (_("Move Down"), "workflows.step-down", uuid, "step-down");
  confirm = vb_row_action_button_new (_("Keep as It Is"), "workflows.confirm", uuid, "confirm-example");
  remove = vb_row_action_button_new (_("Remove"), "workflows.remove-step", uuid, "remove-step");
  gtk_widget_add_css_class (up, "flat");
  gtk_widget_add_css_class (down, "flat");
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (actions), up);
  gtk_box_append (GTK_BOX (actions), down);
  gtk_box_append (GTK_BOX (actions), confirm);
  gtk_box_append (GTK_BOX (actions), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_actions_row_new (actions, _("Move, keep or remove the step")));

  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  g_object_set_data (G_OBJECT (row), "vb-confirm", confirm);
  g_object_set_data (G_OBJECT (row), "vb-up", up);
  g_object_set_data (G_OBJECT (row), "vb-down", down);
  step_row_update (row);
  g_signal_connect_object (step, "notify", G_CALLBACK (on_step_notify_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ group */

static void
group_update (GtkWidget *group)
{
  VbWorkflow *workflow = g_object_get_data (G_OBJECT (group), "vb-record");
  GtkWidget *details = g_object_get_data (G_OBJECT (group), "vb-details");
  GtkWidget *example = g_object_get_data (G_OBJECT (group), "vb-tag");
  GtkWidget *confirm = g_object_get_data (G_OBJECT (group), "vb-confirm");
  GtkWidget *links = g_object_get_data (G_OBJECT (group), "vb-links");
  GtkWidget *links_row = g_object_get_data (G_OBJECT (group), "vb-links-row");
  GtkWidget *add = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group));
  const char *name = vb_workflow_get_name (workflow);
  const char *trigger = vb_workflow_get_trigger (workflow);
  const char *systems = vb_workflow_get_systems (workflow);
  const char *training = vb_workflow_get_training_links (workflow);
  gboolean is_example = vb_record_get_example (VB_RECORD (workflow));
  const char *shown = vb_str_is_blank (name) ? _("Untitled workflow") : name;
  g_autofree char *title = g_markup_escape_text (shown, -1);
  g_autofree char *when = NULL;
  g_autofree char *used = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *add_label = NULL;
  g_autofree char *links_name = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  /* Translators: a workflow's trigger, e.g. “When: an email asks where an order is” */
  when = vb_str_is_blank (trigger) ? g_strdup (_("No trigger yet: say what happens when a ticket arrives"))
                                   : g_strdup_printf (_("When: %s"), trigger);
  {
    g_autofree char *escaped = g_markup_escape_text (when, -1);

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
  }
  /* Translators: the systems a workflow uses, e.g. “Systems: Gorgias, Shopify” */
  used = vb_str_is_blank (systems) ? g_strdup (_("No systems listed yet")) : g_strdup_printf (_("Systems: %s"), systems);
  {
    g_autofree char *escaped = g_markup_escape_text (used, -1);

    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (details), escaped);
  }
  gtk_widget_set_visible (example, is_example);
  gtk_widget_set_visible (confirm, is_example);

  markup = vb_workflow_links_markup (training);
  gtk_label_set_markup (GTK_LABEL (links), vb_str_is_blank (training) ? _("No training material yet") : markup);
  /* Translators: for screen readers, the training material of a workflow */
  links_name = g_strdup_printf (_("Training material: %s"), vb_str_is_blank (training) ? _("none yet") : training);
  vb_set_accessible_label (links_row, links_name);

  add_label = g_strdup_printf (_("Add a step to “%s”"), shown);
  gtk_widget_set_tooltip_text (add, add_label);
  vb_set_accessible_label (add, add_label);
}

static void
on_workflow_notify_cb (VbWorkflow *workflow,
                       GParamSpec *pspec,
                       GtkWidget  *group)
{
  group_update (group);
}

/* a removal or a move renumbers the rows after it */
static void
on_steps_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GtkWidget  *list)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        break;
      step_row_update (GTK_WIDGET (row));
    }
}

static GtkWidget *
create_step_row_cb (gpointer item,
                    gpointer user_data)
{
  return vb_workflow_step_row_new (item);
}

static GtkWidget *
details_row_new (GtkWidget  *group,
                 VbWorkflow *workflow)
{
  VbRecord *record = VB_RECORD (workflow);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  const char *uuid = vb_record_get_uuid (record);
  GtkWidget *confirm = vb_row_action_button_new (_("Keep as It Is"), "workflows.confirm", uuid, "confirm-example");
  GtkWidget *remove = vb_row_action_button_new (_("Remove Workflow"), "workflows.remove-workflow", uuid, "remove-workflow");

  gtk_widget_set_name (row, "details");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("About this workflow"));
  vb_set_accessible_label (row, _("About this workflow"));
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), example);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "name", _("Name"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "trigger", _("What happens when a ticket arrives"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "systems", _("Systems used, such as the help desk and CRM"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "training-links",
                                                    _("Training material: web addresses, separated by spaces"),
                                                    VB_FIELD_TEXT, 0));
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (actions), confirm);
  gtk_box_append (GTK_BOX (actions), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_actions_row_new (actions, _("Keep or remove the workflow")));
  g_object_set_data (G_OBJECT (group), "vb-tag", example);
  g_object_set_data (G_OBJECT (group), "vb-confirm", confirm);
  return row;
}

static GtkWidget *
links_row_new (GtkWidget *group)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (_("Training material"));
  GtkWidget *links = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (links), 0);
  gtk_label_set_wrap (GTK_LABEL (links), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (links), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_name (links, "links-label");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), links);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (group), "vb-links", links);
  g_object_set_data (G_OBJECT (group), "vb-links-row", row);
  return row;
}

GtkWidget *
vb_workflow_group_new (VbWorkflow *workflow)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *about_list = gtk_list_box_new ();
  GtkWidget *steps_list = gtk_list_box_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *details;
  GListModel *steps = vb_workflow_get_steps (workflow);

  g_object_set_data_full (G_OBJECT (group), "vb-record", g_object_ref (workflow), g_object_unref);
  g_object_set_data (G_OBJECT (group), "vb-list", steps_list);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Step"));
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_name (add, "add-step");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "workflows.add-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", vb_record_get_uuid (VB_RECORD (workflow)));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (about_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (about_list, "boxed-list");
  gtk_widget_set_margin_bottom (about_list, 12);
  vb_set_accessible_label (about_list, _("About this workflow"));
  details = details_row_new (group, workflow);
  g_object_set_data (G_OBJECT (group), "vb-details", details);
  gtk_list_box_append (GTK_LIST_BOX (about_list), details);
  gtk_list_box_append (GTK_LIST_BOX (about_list), links_row_new (group));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), about_list);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (steps_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (steps_list, "boxed-list");
  vb_set_accessible_label (steps_list, _("Steps, in order"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (steps_list),
                                vb_placeholder_new (NULL, _("No steps yet"),
                                                    _("Such as “Find the order from the customer’s email”."),
                                                    NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (steps_list), steps, create_step_row_cb, NULL, NULL);
  g_signal_connect_object (steps, "items-changed", G_CALLBACK (on_steps_changed_cb), steps_list, G_CONNECT_AFTER);
  on_steps_changed_cb (steps, 0, 0, 0, steps_list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), steps_list);

  group_update (group);
  g_signal_connect_object (workflow, "notify", G_CALLBACK (on_workflow_notify_cb), group, 0);
  return group;
}
