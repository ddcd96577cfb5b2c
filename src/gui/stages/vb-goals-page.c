/* vb-goals-page.c — stage 1: goals & scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Objectives (an expander row each: title, the target as one line, an
 * "Example" tag), the team's own hours and languages, the in-house task
 * inventory (a row each: name, one line of facts, the plan as a tag; the
 * task's many fields in its own editor window), the totals and the
 * assumptions. The page reads entities and their list models and writes
 * only through their setters and rules; the totals come from core.
 */

#define G_LOG_DOMAIN "vb-goals-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-days-editor.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-goals.h"
#include "vb-goals-page.h"
#include "vb-gui-util.h"
#include "vb-objective.h"
#include "vb-project-settings.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-task-editor.h"
#include "vb-task.h"

struct _VbGoalsPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *add_objective_button;
  GtkWidget  *objectives_list;
  GtkWidget  *team_group;
  GtkWidget  *tasks_list;
  GtkWidget  *totals_list;
  GtkWidget  *assumptions_group;
  GtkWidget  *footer_box;

  /* borrowed */
  GtkWidget  *team_example_row;
  GtkWidget  *total_rows[5];

  /* owned */
  VbContext  *context;
  GtkWidget  *editor;       /* the task editor window shown, weak */
};

static void vb_goals_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbGoalsPage, vb_goals_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_goals_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

enum {
  TOTAL_VOLUME,
  TOTAL_WORKLOAD,
  TOTAL_COST,
  TOTAL_SUGGESTED,
  TOTAL_PLANNED,
};

static VbProject *
project_of (VbGoalsPage *self)
{
  return vb_context_get_project (self->context);
}

static GtkWidget *
find_row_for (GtkWidget *list,
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

/* ------------------------------------------------------------ objectives */

static void
objective_row_update (GtkWidget *row)
{
  VbObjective *objective = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *confirm = g_object_get_data (G_OBJECT (row), "vb-confirm");
  const char *title = vb_objective_get_title (objective);
  const char *target = vb_objective_get_target (objective);
  const char *kind = vb_enum_get_label (VB_TYPE_OBJECTIVE_KIND, vb_objective_get_kind (objective));
  gboolean example = vb_record_get_example (VB_RECORD (objective));
  g_autofree char *escaped = vb_markup_escape (title, _("Untitled objective"));
  g_autofree char *subtitle = vb_str_is_blank (target)
    /* Translators: under an objective without a target, e.g. “Lower cost · no target yet” */
    ? g_strdup_printf (_("%s · no target yet"), kind)
    : g_strdup_printf ("%s · %s", kind, target);
  g_autofree char *subtitle_escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle_escaped);
  gtk_widget_set_visible (tag, example);
  gtk_widget_set_visible (confirm, example);
  /* Translators: an objective row for screen readers: its title, then what it is */
  accessible = g_strdup_printf (example ? _("Objective: %s (an example from the template)") : _("Objective: %s"),
                                vb_str_is_blank (title) ? _("Untitled objective") : title);
  vb_set_accessible_label (row, accessible);
}

static void
on_objective_notify_cb (VbObjective *objective,
                        GParamSpec  *pspec,
                        GtkWidget   *row)
{
  objective_row_update (row);
}

static GtkWidget *
create_objective_row_cb (gpointer item,
                         gpointer user_data)
{
  VbObjective *objective = item;
  VbRecord *record = VB_RECORD (objective);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *tag = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *confirm, *remove, *actions_row;
  g_autofree char *target = g_strdup_printf ("%s", vb_record_get_uuid (record));

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (objective), g_object_unref);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), tag);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "kind", _("Kind")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "title", _("Title"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "target",
                                                    _("Target in words, such as “emails answered within 4 hours”"),
                                                    VB_FIELD_TEXT, 0));

  /* keep the example, or remove it (undo brings it back) */
  confirm = gtk_button_new_with_label (_("Keep as It Is"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (confirm), "goals.confirm");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (confirm), "s", target);
  gtk_widget_set_name (confirm, "confirm-example");
  remove = gtk_button_new_with_label (_("Remove"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "goals.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", target);
  gtk_widget_set_name (remove, "remove-objective");
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (actions), confirm);
  gtk_box_append (GTK_BOX (actions), remove);
  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  gtk_widget_set_margin_top (actions, 8);
  gtk_widget_set_margin_bottom (actions, 8);
  gtk_widget_set_margin_end (actions, 12);
  actions_row = gtk_list_box_row_new ();
  /* a list row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (actions_row, _("Keep or remove the objective"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), actions);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);

  g_object_set_data (G_OBJECT (row), "vb-tag", tag);
  g_object_set_data (G_OBJECT (row), "vb-confirm", confirm);
  objective_row_update (row);
  g_signal_connect_object (objective, "notify", G_CALLBACK (on_objective_notify_cb), row, 0);
  return row;
}

/* Expand an objective's row and put the cursor in one of its fields */
static void
open_objective (GtkWidget  *row,
                const char *field)
{
  GtkWidget *entry;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = vb_field_find (row, field ? field : "title");
  vb_focus_widget (entry ? entry : row);
}

/* ------------------------------------------------------------ tasks */

static char *
task_facts (VbGoalsPage *self,
            VbTask      *task)
{
  GString *facts = g_string_new (vb_enum_get_label (VB_TYPE_CHANNEL, vb_task_get_channel (task)));
  double volume = vb_task_get_monthly_volume (task);

  if (!isnan (volume))
    {
      g_autofree char *n = vb_format_number (volume, 0);
      /* Translators: a task's volume, e.g. “3,200 a month” */
      g_string_append (facts, " · ");
      g_string_append_printf (facts, _("%s a month"), n);
    }
  if (vb_task_get_workload_hours (task) > 0)
    {
      g_autofree char *h = vb_format_number (vb_task_get_workload_hours (task), 0);
      /* Translators: a task's workload, e.g. “347 h of work” */
      g_string_append (facts, " · ");
      g_string_append_printf (facts, _("%s h of work"), h);
    }
  if (vb_task_get_missing (task) != VB_TASK_MISSING_NONE)
    {
      g_string_append (facts, " · ");
      g_string_append (facts, _("incomplete"));
    }
  return g_string_free (facts, FALSE);
}

static void
task_row_update (GtkWidget *row)
{
  VbGoalsPage *self = g_object_get_data (G_OBJECT (row), "vb-page");
  VbTask *task = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *plan_tag = g_object_get_data (G_OBJECT (row), "vb-plan");
  GtkWidget *example_tag = g_object_get_data (G_OBJECT (row), "vb-tag");
  const char *name = vb_task_get_name (task);
  VbSourcing plan = vb_task_get_plan (task);
  g_autofree char *title = vb_markup_escape (name, _("Untitled task"));
  g_autofree char *facts = task_facts (self, task);
  g_autofree char *facts_escaped = g_markup_escape_text (facts, -1);
  g_autofree char *accessible = NULL;
  const char *plan_text = plan == VB_SOURCING_UNSET ? _("Not decided") : vb_enum_get_label (VB_TYPE_SOURCING, plan);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts_escaped);
  gtk_label_set_label (GTK_LABEL (plan_tag), plan_text);
  vb_tag_set_variant (plan_tag, "vb-plan", (guint) plan, vb_enum_get_n_values (VB_TYPE_SOURCING));
  gtk_widget_set_visible (example_tag, vb_record_get_example (VB_RECORD (task)));
  /* Translators: a task row for screen readers: name, facts, then what will happen to it */
  accessible = g_strdup_printf (_("Task: %s. %s. %s"), vb_str_is_blank (name) ? _("Untitled task") : name, facts,
                                vb_task_get_decision (task) == VB_SOURCING_UNSET
                                ? (plan == VB_SOURCING_UNSET ? _("No suggestion yet") : plan_text)
                                : plan_text);
  vb_set_accessible_label (row, accessible);
}

static void
on_task_notify_cb (VbTask     *task,
                   GParamSpec *pspec,
                   GtkWidget  *row)
{
  task_row_update (row);
}

static void
on_settings_notify_for_row_cb (VbProjectSettings *settings,
                               GParamSpec        *pspec,
                               GtkWidget         *row)
{
  task_row_update (row);
}

static GtkWidget *
create_task_row_cb (gpointer item,
                    gpointer user_data)
{
  VbGoalsPage *self = user_data;
  VbTask *task = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *plan = vb_tag_new (NULL, "vb-plan");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *target = g_strdup (vb_record_get_uuid (VB_RECORD (task)));

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (task), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-page", self);
  g_object_set_data (G_OBJECT (row), "vb-plan", plan);
  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), example);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), plan);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "goals.edit-task");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  task_row_update (row);
  g_signal_connect_object (task, "notify", G_CALLBACK (on_task_notify_cb), row, 0);
  g_signal_connect_object (vb_project_get_settings (project_of (self)), "notify",
                           G_CALLBACK (on_settings_notify_for_row_cb), row, 0);
  return row;
}

/* Open the task's editor window, with the cursor in @field */
static void
open_task (VbGoalsPage *self,
           VbTask      *task,
           const char  *field)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *row = find_row_for (self->tasks_list, task);
  GtkWidget *editor;

  if (self->editor && vb_task_editor_get_task (VB_TASK_EDITOR (self->editor)) != task)
    gtk_window_close (GTK_WINDOW (self->editor));
  if (row)
    vb_focus_widget (row);
  editor = self->editor ? self->editor : vb_task_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             self->context, task);
  if (self->editor == NULL)
    {
      self->editor = editor;
      g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &self->editor);
    }
  gtk_window_present (GTK_WINDOW (editor));
  vb_task_editor_focus_field (VB_TASK_EDITOR (editor), field);
}

/* ------------------------------------------------------------ totals */

static GtkWidget *
total_row_new (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* a total is read, not done: no Tab stop */
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
append_counts (GString     *s,
               const guint  counts[4])
{
  const VbSourcing order[] = { VB_SOURCING_OUTSOURCE, VB_SOURCING_HYBRID, VB_SOURCING_KEEP, VB_SOURCING_UNSET };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (counts[order[i]] == 0)
        continue;
      if (s->len)
        g_string_append (s, " · ");
      /* Translators: a count per plan, e.g. “Outsource 4” */
      g_string_append_printf (s, _("%s %u"),
                              order[i] == VB_SOURCING_UNSET ? _("Not decided")
                                                            : vb_enum_get_label (VB_TYPE_SOURCING, order[i]),
                              counts[order[i]]);
    }
  if (s->len == 0)
    g_string_append (s, "—");
}

static void
set_total (GtkWidget  *row,
           const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);
  g_autofree char *title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_autofree char *accessible = g_strdup_printf ("%s: %s", title, value);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  vb_set_accessible_label (row, accessible);
}

static void
update_totals (VbGoalsPage *self)
{
  VbGoalsTotals totals;
  g_autofree char *volume = NULL, *hours = NULL, *fte = NULL, *workload = NULL, *cost = NULL;
  g_autoptr(GString) suggested = g_string_new (NULL);
  g_autoptr(GString) planned = g_string_new (NULL);

  vb_goals_compute_totals (project_of (self), &totals);
  volume = vb_format_number (totals.volume, 0);
  hours = vb_format_number (totals.workload_hours, 0);
  fte = vb_format_number (totals.fte, 1);
  /* Translators: the workload total, e.g. “801 hours a month, 5.0 full-time people” */
  workload = g_strdup_printf (_("%s hours a month, %s full-time people"), hours, fte);
  cost = vb_format_money (totals.annual_cost, vb_project_get_currency (project_of (self)));
  append_counts (suggested, totals.suggested);
  append_counts (planned, totals.planned);
  {
    g_autofree char *volume_text = g_strdup_printf (_("%s contacts or items a month"), volume);
    g_autofree char *cost_text = g_strdup_printf (_("%s a year"), cost);

    set_total (self->total_rows[TOTAL_VOLUME], volume_text);
    set_total (self->total_rows[TOTAL_WORKLOAD], workload);
    set_total (self->total_rows[TOTAL_COST], cost_text);
  }
  set_total (self->total_rows[TOTAL_SUGGESTED], suggested->str);
  set_total (self->total_rows[TOTAL_PLANNED], planned->str);
}

static void
on_project_changed_cb (VbProject   *project,
                       VbGoalsPage *self)
{
  update_totals (self);
}

/* ------------------------------------------------------------ team */

static void
update_team_example (VbGoalsPage *self)
{
  gtk_widget_set_visible (self->team_example_row,
                          vb_project_settings_get_team_example (vb_project_get_settings (project_of (self))));
}

static void
on_settings_notify_cb (VbProjectSettings *settings,
                       GParamSpec        *pspec,
                       VbGoalsPage       *self)
{
  update_team_example (self);
}

static void
build_team_group (VbGoalsPage *self)
{
  VbRecord *settings = VB_RECORD (vb_project_get_settings (project_of (self)));
  GtkWidget *group = self->team_group;
  GtkWidget *button;

  self->team_example_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->team_example_row), _("An example from the template"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->team_example_row),
                               _("Check these hours and languages: the suggestions depend on them."));
  button = gtk_button_new_with_label (_("Keep as They Are"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "goals.confirm-team");
  gtk_widget_set_name (button, "confirm-team");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->team_example_row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->team_example_row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vb_days_editor_new (settings, "team-days", _("Working days")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (settings, "team-from", _("Working from (HH:MM)"), VB_FIELD_TIME, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (settings, "team-to", _("Working until (HH:MM)"), VB_FIELD_TIME, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (settings, "team-timezone", _("Time zone, such as Europe/London"),
                                                     VB_FIELD_TIMEZONE, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (settings, "team-languages",
                                                     _("Languages the team speaks, separated by commas"),
                                                     VB_FIELD_TEXT, 0));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->assumptions_group),
                             vb_field_entry_row_new (settings, "paid-hours-per-fte",
                                                     _("Paid hours a month of one full-time person"),
                                                     VB_FIELD_NUMBER, 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->assumptions_group),
                             vb_field_entry_row_new (settings, "outsource-threshold-hours",
                                                     _("Routine work worth a vendor from (hours a month)"),
                                                     VB_FIELD_NUMBER, 1));
  update_team_example (self);
  g_signal_connect_object (settings, "notify", G_CALLBACK (on_settings_notify_cb), self, 0);
}

/* ------------------------------------------------------------ actions */

static gpointer
lookup (VbGoalsPage *self,
        GListModel  *model,
        const char  *uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) r = g_list_model_get_item (model, i);

      if (g_strcmp0 (vb_record_get_uuid (r), uuid) == 0)
        return r;
    }
  return NULL;
}

static void
add_objective_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbObjective *objective = vb_project_add_objective (project_of (self), &error);
  GtkWidget *row;

  if (objective == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  row = find_row_for (self->objectives_list, objective);
  if (row)
    open_objective (row, "title");
}

static void
add_task_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbTask *task = vb_project_add_task (project_of (self), &error);

  if (task == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  open_task (self, task, "name");
}

static void
edit_task_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  VbTask *task = lookup (self, vb_project_get_tasks (project_of (self)), g_variant_get_string (param, NULL));

  if (task)
    open_task (self, task, NULL);
}

static void
confirm_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  VbRecord *objective = lookup (self, vb_project_get_objectives (project_of (self)), g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;

  if (objective && !vb_record_confirm (objective, &error))
    vb_report_error (widget, error);
}

/* Removing is undone, not confirmed (GNOME HIG): a toast offers Undo */
static void
remove_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  VbObjective *objective = lookup (self, vb_project_get_objectives (project_of (self)), g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint position;
  GtkListBoxRow *next;

  if (objective == NULL)
    return;
  position = vb_record_get_position (VB_RECORD (objective));
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_objective_get_title (objective))
                           ? _("the objective") : vb_objective_get_title (objective));
  {
    GtkWidget *row = find_row_for (self->objectives_list, objective);
    position = row ? (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : position;
  }
  if (!vb_record_remove (VB_RECORD (objective), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  /* focus goes to the neighbour, never to nowhere */
  next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->objectives_list), (int) position);
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->objectives_list), (int) position - 1);
  if (next)
    vb_focus_widget (GTK_WIDGET (next));
  else
    vb_focus_widget (self->objectives_list);
}

static void
confirm_team_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!vb_project_settings_confirm_team (vb_project_get_settings (project_of (self)), &error))
    vb_report_error (widget, error);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_goals_page_show_finding (VbStagePage *page,
                            VbFinding   *finding)
{
  VbGoalsPage *self = VB_GOALS_PAGE (page);
  GType type = vb_finding_get_subject_type (finding);
  const char *subject = vb_finding_get_subject (finding);
  const char *field = vb_finding_get_field (finding);

  switch (vb_finding_get_action (finding))
    {
    case VB_FINDING_ACTION_ADD:
      if (type == VB_TYPE_OBJECTIVE)
        gtk_widget_activate_action (GTK_WIDGET (self), "goals.add-objective", NULL);
      else if (type == VB_TYPE_TASK)
        gtk_widget_activate_action (GTK_WIDGET (self), "goals.add-task", NULL);
      break;

    case VB_FINDING_ACTION_EDIT:
      if (type == VB_TYPE_OBJECTIVE)
        {
          VbObjective *objective = lookup (self, vb_project_get_objectives (project_of (self)), subject);
          GtkWidget *row = objective ? find_row_for (self->objectives_list, objective) : NULL;

          if (row)
            open_objective (row, field);
        }
      else if (type == VB_TYPE_TASK)
        {
          VbTask *task = lookup (self, vb_project_get_tasks (project_of (self)), subject);

          if (task)
            open_task (self, task, field);
        }
      else if (type == VB_TYPE_PROJECT_SETTINGS)
        {
          GtkWidget *target = vb_field_find (self->team_group, field ? field : "team-days");

          vb_focus_widget (target ? target : self->team_group);
        }
      break;

    case VB_FINDING_ACTION_LIST:
    case VB_FINDING_ACTION_SHOW:
    default:
      {
        int filter = vb_finding_get_filter (finding);
        GListModel *tasks = vb_project_get_tasks (project_of (self));
        guint n = g_list_model_get_n_items (tasks);

        /* the first task the finding is about (too much at once: the outsourced ones) */
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);

            if (filter < 0 || (int) vb_task_get_plan (task) == filter)
              {
                GtkWidget *row = find_row_for (self->tasks_list, task);

                if (row)
                  vb_focus_widget (row);
                return;
              }
          }
        vb_focus_widget (self->tasks_list);
      }
      break;
    }
}

static void
vb_goals_page_set_writable (VbStagePage *page,
                            gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);

  gtk_widget_action_set_enabled (widget, "goals.add-objective", writable);
  gtk_widget_action_set_enabled (widget, "goals.add-task", writable);
  gtk_widget_action_set_enabled (widget, "goals.confirm", writable);
  gtk_widget_action_set_enabled (widget, "goals.remove", writable);
  gtk_widget_action_set_enabled (widget, "goals.confirm-team", writable);
}

static GtkWidget *
vb_goals_page_get_initial_focus (VbStagePage *page)
{
  VbGoalsPage *self = VB_GOALS_PAGE (page);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->objectives_list), 0);

  /* named, not left to the first focusable widget: a page just built has
   * no allocation yet, and GTK orders Tab stops by their place */
  return first ? GTK_WIDGET (first) : self->add_objective_button;
}

static void
vb_goals_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_goals_page_show_finding;
  iface->set_writable = vb_goals_page_set_writable;
  iface->get_initial_focus = vb_goals_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbGoalsPage *self)
{
  VbProject *project = project_of (self);
  GtkWidget *footer;
  static const char *const total_titles[] = {
    N_("Volume"), N_("Workload"), N_("In-house cost"), N_("Suggested"), N_("Planned"),
  };

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->objectives_list),
                                vb_placeholder_new (NULL, _("No objectives yet"),
                                                    _("Faster answers, lower cost, longer hours, more languages …"),
                                                    _("Add Objective"), "goals.add-objective"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->objectives_list), vb_project_get_objectives (project),
                           create_objective_row_cb, self, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->tasks_list),
                                vb_placeholder_new (NULL, _("No tasks yet"),
                                                    _("List the work your team does today, such as answering "
                                                      "order-status emails."),
                                                    _("Add Task"), "goals.add-task"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->tasks_list), vb_project_get_tasks (project),
                           create_task_row_cb, self, NULL);
  build_team_group (self);

  for (guint i = 0; i < G_N_ELEMENTS (total_titles); i++)
    {
      self->total_rows[i] = total_row_new (_(total_titles[i]));
      gtk_list_box_append (GTK_LIST_BOX (self->totals_list), self->total_rows[i]);
    }

  footer = vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_GOALS);
  gtk_box_append (GTK_BOX (self->footer_box), footer);

  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  update_totals (self);
}

static void
vb_goals_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VbGoalsPage *self = VB_GOALS_PAGE (object);

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
vb_goals_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VbGoalsPage *self = VB_GOALS_PAGE (object);

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
vb_goals_page_constructed (GObject *object)
{
  VbGoalsPage *self = VB_GOALS_PAGE (object);

  G_OBJECT_CLASS (vb_goals_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_goals_page_dispose (GObject *object)
{
  VbGoalsPage *self = VB_GOALS_PAGE (object);

  if (self->editor)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_GOALS_PAGE);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_goals_page_parent_class)->dispose (object);
}

static void
vb_goals_page_class_init (VbGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_goals_page_dispose;
  object_class->constructed = vb_goals_page_constructed;
  object_class->set_property = vb_goals_page_set_property;
  object_class->get_property = vb_goals_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, add_objective_button);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, team_group);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, totals_list);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, assumptions_group);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, footer_box);

  gtk_widget_class_install_action (widget_class, "goals.add-objective", NULL, add_objective_action);
  gtk_widget_class_install_action (widget_class, "goals.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "goals.edit-task", "s", edit_task_action);
  gtk_widget_class_install_action (widget_class, "goals.confirm", "s", confirm_action);
  gtk_widget_class_install_action (widget_class, "goals.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "goals.confirm-team", NULL, confirm_team_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_goals_page_init (VbGoalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
