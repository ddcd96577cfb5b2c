/* vb-goals-page.c — stage 1: goals & scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Objectives, the team's own hours and languages, the in-house task
 * inventory with the outsource / keep / hybrid suggestion beside the user's
 * decision, and live totals. Reads the project's list models, writes only
 * through the project's edit API (one commit, one undo step per edit).
 */

#define G_LOG_DOMAIN "vb-goals-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "vb-edit-helpers.h"
#include "vb-format.h"
#include "vb-goals-page.h"
#include "vb-outsourcing.h"
#include "vb-stage-footer.h"

struct _VbGoalsPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *objectives_list;
  GtkWidget  *team_group;
  GtkWidget  *tasks_list;
  GtkWidget  *assumptions_group;
  GtkWidget  *volume_label;
  GtkWidget  *workload_label;
  GtkWidget  *cost_label;
  GtkWidget  *suggestions_label;
  GtkWidget  *decisions_label;
  GtkWidget  *footer_box;

  /* owned */
  VbProject  *project;
  VbGuide    *guide;
  GtkWidget  *footer;
};

G_DEFINE_FINAL_TYPE (VbGoalsPage, vb_goals_page, GTK_TYPE_WIDGET)

static const char *const objective_kinds[] = {
  "faster-response", "lower-cost", "longer-cover", "more-languages", "loyalty", "other", NULL
};
static const char *const objective_kind_labels[] = {
  N_("Faster response"), N_("Lower cost"), N_("Longer cover"), N_("More languages"), N_("Loyalty & retention"),
  N_("Other"), NULL
};

static const char *const channels[] = {
  "phone", "chat", "email", "sms", "social", "in-app", "back-office", "other", NULL
};
static const char *const channel_labels[] = {
  N_("Phone"), N_("Chat"), N_("Email"), N_("SMS"), N_("Social media"), N_("In-app"), N_("Back office"), N_("Other"),
  NULL
};

static const char *const work_kinds[] = { "", "routine", "judgment", "technical", "strategic", NULL };
static const char *const work_kind_labels[] = {
  N_("Not set"),
  N_("Routine — scripted, rule-based"),
  N_("Judgment — documented, needs discretion"),
  N_("Technical — deep product knowledge"),
  N_("Strategic — direction, key accounts"),
  NULL
};

static const char *const decisions[] = { "", "outsource", "keep", "hybrid", NULL };
static const char *const decision_labels[] = {
  N_("Follow the suggestion"), N_("Outsource"), N_("Keep in-house"), N_("Hybrid"), NULL
};

static const char *
label_for (const char *const *values,
           const char *const *labels,
           const char        *value)
{
  for (guint i = 0; values[i]; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return _(labels[i]);
  return value;
}

/* ------------------------------------------------------------ objectives */

static void
objective_row_update (GtkWidget *row)
{
  VbRecord *objective = g_object_get_data (G_OBJECT (row), "vb-record");
  const char *title = vb_record_get_text (objective, "title");
  const char *target = vb_record_get_text (objective, "target");
  const char *kind = label_for (objective_kinds, objective_kind_labels, vb_record_get_text (objective, "kind"));
  g_autofree char *escaped = vb_markup_escape (title, _("Untitled objective"));
  g_autofree char *subtitle = vb_str_is_blank (target)
    ? g_strdup_printf (_("%s · no target yet"), kind)
    : g_strdup_printf ("%s · %s", kind, target);
  g_autofree char *subtitle_escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *accessible = g_strdup_printf (_("Objective: %s"), vb_str_is_blank (title) ? _("Untitled objective") : title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle_escaped);
  vb_set_accessible_label (row, accessible);
}

static void
on_objective_changed_cb (VbRecord   *record,
                         const char *column,
                         GtkWidget  *row)
{
  objective_row_update (row);
}

static void
on_remove_objective_clicked_cb (GtkButton   *button,
                                VbGoalsPage *self)
{
  VbRecord *objective = g_object_get_data (G_OBJECT (button), "vb-record");
  g_autoptr(GError) error = NULL;

  if (!vb_project_remove (self->project, objective, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static GtkWidget *
entry_row_new (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static GtkWidget *
create_objective_row_cb (gpointer item,
                         gpointer user_data)
{
  VbGoalsPage *self = user_data;
  VbRecord *objective = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *child, *remove;

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (objective), g_object_unref);
  gtk_widget_add_css_class (row, "vb-objective-row");

  child = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Kind"));
  vb_bind_combo_row (child, self->project, objective, "kind", objective_kinds, objective_kind_labels);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = entry_row_new (_("Title"));
  gtk_widget_set_name (child, "objective-title");
  vb_bind_text_commit (GTK_EDITABLE (child), self->project, objective, "title");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = entry_row_new (_("Target in words, e.g. “emails answered within 4 hours”"));
  gtk_widget_set_name (child, "objective-target");
  vb_bind_text_commit (GTK_EDITABLE (child), self->project, objective, "target");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  remove = vb_icon_button_new ("user-trash-symbolic", _("Remove objective"));
  gtk_widget_set_name (remove, "remove-objective");
  g_object_set_data_full (G_OBJECT (remove), "vb-record", g_object_ref (objective), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_objective_clicked_cb), self);
  gtk_widget_set_sensitive (remove, !vb_project_get_read_only (self->project));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  objective_row_update (row);
  g_signal_connect_object (objective, "changed", G_CALLBACK (on_objective_changed_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ tasks */

typedef struct {
  GtkWidget *title;
  GtkWidget *facts;
  GtkWidget *suggestion;
  GtkWidget *decision;
  GtkWidget *findings;
  GtkWidget *edit;
  GtkWidget *revealer;
} TaskRowWidgets;

/* The Edit toggle says which task it edits, pressed or not: GtkButton makes
 * its visible label ("Edit", "Done") the accessible name again each time the
 * label changes, so this follows every gtk_button_set_label(). */
static void
task_edit_button_update (GtkWidget *button,
                         VbRecord  *task)
{
  const char *name = vb_record_get_text (task, "name");
  /* TRANSLATORS: the accessible name of a task's Edit button */
  g_autofree char *edit = g_strdup_printf (_("Edit %s"), vb_str_is_blank (name) ? _("Untitled task") : name);

  vb_set_accessible_label (button, edit);
}

static void
task_row_update (GtkWidget   *row,
                 VbGoalsPage *self)
{
  TaskRowWidgets *w = g_object_get_data (G_OBJECT (row), "vb-widgets");
  VbRecord *task = g_object_get_data (G_OBJECT (row), "vb-record");
  VbRecord *settings = vb_project_get_settings (self->project);
  const char *name = vb_record_get_text (task, "name");
  const char *function = vb_record_get_text (task, "function");
  const char *decision = vb_record_get_text (task, "decision");
  const char *note = vb_record_get_text (task, "decision_note");
  g_autofree char *reason = NULL;
  g_autofree char *suggestion_text = NULL;
  g_autofree char *findings = NULL;
  g_autofree char *accessible = NULL;
  g_autoptr(GString) facts = g_string_new (NULL);
  VbSuggestion suggestion = vb_outsourcing_suggest (task, settings, &reason);
  gboolean has_warning = FALSE;

  gtk_label_set_label (GTK_LABEL (w->title), vb_str_is_blank (name) ? _("Untitled task") : name);

  if (!vb_str_is_blank (function))
    g_string_append (facts, function);
  if (facts->len)
    g_string_append (facts, " · ");
  g_string_append (facts, label_for (channels, channel_labels, vb_record_get_text (task, "channel")));
  if (vb_record_has_value (task, "monthly_volume"))
    {
      g_autofree char *n = vb_format_number (vb_record_get_real (task, "monthly_volume"), 0);
      g_string_append_printf (facts, " · ");
      g_string_append_printf (facts, _("%s a month"), n);
    }
  if (vb_record_has_value (task, "monthly_volume") && vb_record_has_value (task, "handle_minutes"))
    {
      g_autofree char *h = vb_format_number (vb_task_workload_hours (task), 0);
      g_string_append (facts, " · ");
      g_string_append_printf (facts, _("%s hours of work a month"), h);
    }
  if (vb_record_has_value (task, "annual_cost"))
    {
      g_autofree char *money = vb_format_money (vb_record_get_real (task, "annual_cost"),
                                                vb_project_get_currency (self->project));
      g_string_append (facts, " · ");
      /* TRANSLATORS: in-house cost of a task, e.g. “€ 48,000 a year in-house” */
      g_string_append_printf (facts, _("%s a year in-house"), money);
    }
  gtk_label_set_label (GTK_LABEL (w->facts), facts->str);

  {
    g_autofree char *head = suggestion == VB_SUGGESTION_NONE
      ? g_strdup (_("Suggested: not yet"))
      : g_strdup_printf (_("Suggested: %s"), vb_suggestion_label (suggestion));
    const char *why = reason ? reason : _("add volume, handle time and kind of work");
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> — %s", head, why);

    suggestion_text = g_strdup_printf ("%s — %s", head, why);
    gtk_label_set_markup (GTK_LABEL (w->suggestion), markup);
  }
  gtk_widget_remove_css_class (w->suggestion, "vb-outsource");
  gtk_widget_remove_css_class (w->suggestion, "vb-keep");
  gtk_widget_remove_css_class (w->suggestion, "vb-hybrid");
  if (suggestion != VB_SUGGESTION_NONE)
    {
      g_autofree char *css = g_strdup_printf ("vb-%s", vb_suggestion_to_string (suggestion));
      gtk_widget_add_css_class (w->suggestion, css);
    }

  if (*decision)
    {
      VbSuggestion chosen = vb_suggestion_from_string (decision);
      g_autofree char *text = chosen == suggestion
        ? g_strdup_printf (_("Your decision: %s (as suggested)"), vb_suggestion_label (chosen))
        : g_strdup_printf (_("Your decision: %s"), vb_suggestion_label (chosen));

      if (!vb_str_is_blank (note))
        {
          g_autofree char *with_note = g_strdup_printf ("%s — %s", text, note);
          gtk_label_set_label (GTK_LABEL (w->decision), with_note);
        }
      else
        gtk_label_set_label (GTK_LABEL (w->decision), text);
      gtk_widget_set_visible (w->decision, TRUE);
    }
  else
    gtk_widget_set_visible (w->decision, FALSE);

  findings = vb_guide_describe_subject (self->guide, vb_record_get_uuid (task), &has_warning);
  gtk_widget_set_visible (w->findings, findings != NULL);
  gtk_label_set_label (GTK_LABEL (w->findings), findings ? findings : "");
  if (has_warning)
    gtk_widget_add_css_class (w->findings, "warning");
  else
    gtk_widget_remove_css_class (w->findings, "warning");

  task_edit_button_update (w->edit, task);
  accessible = g_strdup_printf (_("Task: %s. %s"), vb_str_is_blank (name) ? _("Untitled task") : name, suggestion_text);
  vb_set_accessible_label (row, accessible);
}

static void
on_task_changed_cb (VbRecord   *record,
                    const char *column,
                    GtkWidget  *row)
{
  task_row_update (row, g_object_get_data (G_OBJECT (row), "vb-page"));
}

static void
on_settings_changed_for_row_cb (VbRecord   *record,
                                const char *column,
                                GtkWidget  *row)
{
  task_row_update (row, g_object_get_data (G_OBJECT (row), "vb-page"));
}

static void
on_findings_changed_for_row_cb (GListModel *model,
                                guint       position,
                                guint       removed,
                                guint       added,
                                GtkWidget  *row)
{
  task_row_update (row, g_object_get_data (G_OBJECT (row), "vb-page"));
}

static GtkWidget *
switch_row_new (VbGoalsPage *self,
                VbRecord    *task,
                const char  *column,
                const char  *title,
                const char  *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_widget_set_name (sw, column);
  /* named by its row: the row's activatable widget is labelled by its title */
  vb_bind_switch (GTK_SWITCH (sw), self->project, task, column);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  return row;
}

static GtkWidget *
bound_entry_row (VbGoalsPage *self,
                 VbRecord    *record,
                 const char  *column,
                 const char  *title,
                 VbTextKind   kind,
                 int          decimals)
{
  GtkWidget *row = entry_row_new (title);

  gtk_widget_set_name (row, column);
  vb_bind_text_commit_full (GTK_EDITABLE (row), self->project, record, column, kind, decimals);
  return row;
}

static GtkWidget *
task_editor_new (VbGoalsPage *self,
                 VbRecord    *task)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;
  g_autofree char *cost_title = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "vb-task-editor");
  vb_set_accessible_label (list, _("Task details"));

#define APPEND(w) gtk_list_box_append (GTK_LIST_BOX (list), (w))
  APPEND (bound_entry_row (self, task, "name", _("Name"), VB_TEXT_PLAIN, 0));
  APPEND (bound_entry_row (self, task, "function", _("Function or team, e.g. Customer service"), VB_TEXT_PLAIN, 0));

  row = adw_combo_row_new ();
  gtk_widget_set_name (row, "channel");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Channel"));
  vb_bind_combo_row (row, self->project, task, "channel", channels, channel_labels);
  APPEND (row);

  row = adw_combo_row_new ();
  gtk_widget_set_name (row, "work_kind");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Kind of work"));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  vb_bind_combo_row (row, self->project, task, "work_kind", work_kinds, work_kind_labels);
  APPEND (row);

  APPEND (bound_entry_row (self, task, "monthly_volume", _("Monthly volume (contacts or items)"), VB_TEXT_NUMBER, 0));
  APPEND (bound_entry_row (self, task, "handle_minutes", _("Average handle time (minutes)"), VB_TEXT_NUMBER, 1));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Days of cover needed"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), vb_days_editor_new (self->project, task, "cover_days"));
  APPEND (row);
  APPEND (bound_entry_row (self, task, "cover_from", _("Cover from (HH:MM)"), VB_TEXT_TIME, 0));
  APPEND (bound_entry_row (self, task, "cover_to", _("Cover until (HH:MM)"), VB_TEXT_TIME, 0));
  APPEND (bound_entry_row (self, task, "cover_timezone", _("Time zone of those hours, e.g. Europe/London"),
                           VB_TEXT_TIMEZONE, 0));
  APPEND (bound_entry_row (self, task, "languages", _("Languages, comma separated"), VB_TEXT_PLAIN, 0));

  cost_title = g_strdup_printf (_("In-house cost a year (%s)"), vb_project_get_currency (self->project));
  APPEND (bound_entry_row (self, task, "annual_cost", cost_title, VB_TEXT_NUMBER, 2));

  APPEND (switch_row_new (self, task, "needs_engineering", _("Needs frequent coordination with engineering"),
                          _("Keeping it close to the product team is usually worth more than the savings")));
  APPEND (switch_row_new (self, task, "brand_critical", _("Brand-critical"),
                          _("The way this is handled is part of what customers choose you for")));
  APPEND (switch_row_new (self, task, "regulated", _("Regulated data, hard to verify at a vendor"),
                          _("E.g. health or payment data where you could not check how a vendor handles it")));

  row = adw_combo_row_new ();
  gtk_widget_set_name (row, "decision");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Your decision"));
  vb_bind_combo_row (row, self->project, task, "decision", decisions, decision_labels);
  APPEND (row);
  APPEND (bound_entry_row (self, task, "decision_note", _("Why you decided so (optional)"), VB_TEXT_PLAIN, 0));
  APPEND (bound_entry_row (self, task, "notes", _("Notes"), VB_TEXT_PLAIN, 0));
#undef APPEND

  return list;
}

static void
on_task_edit_toggled_cb (GtkToggleButton *button,
                         GtkWidget       *row)
{
  TaskRowWidgets *w = g_object_get_data (G_OBJECT (row), "vb-widgets");
  VbGoalsPage *self = g_object_get_data (G_OBJECT (row), "vb-page");
  gboolean active = gtk_toggle_button_get_active (button);

  if (active && gtk_revealer_get_child (GTK_REVEALER (w->revealer)) == NULL)
    gtk_revealer_set_child (GTK_REVEALER (w->revealer),
                            task_editor_new (self, g_object_get_data (G_OBJECT (row), "vb-record")));
  gtk_revealer_set_reveal_child (GTK_REVEALER (w->revealer), active);
  gtk_button_set_label (GTK_BUTTON (button), active ? _("Done") : _("Edit"));
  task_edit_button_update (GTK_WIDGET (button), g_object_get_data (G_OBJECT (row), "vb-record"));
}

static void
on_remove_task_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            VbGoalsPage      *self)
{
  VbRecord *task = g_object_get_data (G_OBJECT (dialog), "vb-record");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!vb_project_remove (self->project, task, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static void
on_remove_task_clicked_cb (GtkButton *button,
                           GtkWidget *row)
{
  VbGoalsPage *self = g_object_get_data (G_OBJECT (row), "vb-page");
  VbRecord *task = g_object_get_data (G_OBJECT (row), "vb-record");
  const char *name = vb_record_get_text (task, "name");
  g_autofree char *heading = g_strdup_printf (_("Remove “%s”?"), vb_str_is_blank (name) ? _("Untitled task") : name);
  GtkWidget *dialog = vb_message_dialog_new (GTK_WIDGET (self), heading,
                                             _("The task and its figures leave the project. Undo brings them back."),
                                             "remove", _("_Remove"), TRUE);

  g_object_set_data_full (G_OBJECT (dialog), "vb-record", g_object_ref (task), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_task_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
wrapped_label (const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
create_task_row_cb (gpointer item,
                    gpointer user_data)
{
  VbGoalsPage *self = user_data;
  VbRecord *task = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *remove;
  TaskRowWidgets *w = g_new0 (TaskRowWidgets, 1);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "vb-task-row");
  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (task), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-page", self);
  g_object_set_data_full (G_OBJECT (row), "vb-widgets", w, g_free);

  w->title = wrapped_label ("heading");
  w->facts = wrapped_label ("dim-label");
  w->suggestion = wrapped_label ("vb-suggestion");
  gtk_widget_set_name (w->suggestion, "suggestion");
  w->decision = wrapped_label ("vb-decision");
  gtk_widget_set_name (w->decision, "decision-label");
  w->findings = wrapped_label ("vb-row-findings");
  gtk_widget_set_name (w->findings, "findings");
  gtk_box_append (GTK_BOX (text), w->title);
  gtk_box_append (GTK_BOX (text), w->facts);
  gtk_box_append (GTK_BOX (text), w->suggestion);
  gtk_box_append (GTK_BOX (text), w->decision);
  gtk_box_append (GTK_BOX (text), w->findings);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (header), text);

  w->edit = gtk_toggle_button_new_with_label (_("Edit"));
  gtk_widget_set_name (w->edit, "edit-task");
  gtk_widget_set_valign (w->edit, GTK_ALIGN_CENTER);
  g_signal_connect (w->edit, "toggled", G_CALLBACK (on_task_edit_toggled_cb), row);
  gtk_box_append (GTK_BOX (header), w->edit);

  remove = vb_icon_button_new ("user-trash-symbolic", _("Remove task"));
  gtk_widget_set_name (remove, "remove-task");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_task_clicked_cb), row);
  gtk_widget_set_sensitive (remove, !vb_project_get_read_only (self->project));
  gtk_box_append (GTK_BOX (header), remove);

  gtk_widget_add_css_class (header, "vb-task-header");
  gtk_box_append (GTK_BOX (box), header);

  w->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (w->revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_add_css_class (w->revealer, "vb-task-editor-revealer");
  gtk_box_append (GTK_BOX (box), w->revealer);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  task_row_update (row, self);
  g_signal_connect_object (task, "changed", G_CALLBACK (on_task_changed_cb), row, 0);
  g_signal_connect_object (vb_project_get_settings (self->project), "changed",
                           G_CALLBACK (on_settings_changed_for_row_cb), row, 0);
  g_signal_connect_object (vb_guide_get_findings (self->guide), "items-changed",
                           G_CALLBACK (on_findings_changed_for_row_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ totals */

static void
append_counts (GString    *s,
               const guint counts[4])
{
  const VbSuggestion order[] = { VB_SUGGESTION_OUTSOURCE, VB_SUGGESTION_HYBRID, VB_SUGGESTION_KEEP, VB_SUGGESTION_NONE };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (counts[order[i]] == 0)
        continue;
      if (s->len)
        g_string_append (s, " · ");
      /* TRANSLATORS: a count per suggestion, e.g. “Outsource 4” */
      g_string_append_printf (s, _("%s %u"), vb_suggestion_label (order[i]), counts[order[i]]);
    }
  if (s->len == 0)
    g_string_append (s, "—");
}

static void
vb_goals_page_update_totals (VbGoalsPage *self)
{
  GListModel *tasks = vb_project_get_records (self->project, "task");
  VbRecord *settings = vb_project_get_settings (self->project);
  guint n = g_list_model_get_n_items (tasks);
  double volume = 0, hours = 0, cost = 0;
  double fte_hours = vb_record_get_real (settings, "paid_hours_per_fte");
  guint suggested[4] = { 0 }, planned[4] = { 0 };
  g_autofree char *volume_text = NULL, *hours_text = NULL, *fte_text = NULL, *workload = NULL, *cost_text = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) p = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) task = g_list_model_get_item (tasks, i);
      VbSuggestion suggestion = vb_outsourcing_suggest (task, settings, NULL);
      const char *decision = vb_record_get_text (task, "decision");

      volume += vb_record_get_real (task, "monthly_volume");
      hours += vb_task_workload_hours (task);
      cost += vb_record_get_real (task, "annual_cost");
      suggested[suggestion]++;
      planned[*decision ? vb_suggestion_from_string (decision) : suggestion]++;
    }

  volume_text = vb_format_number (volume, 0);
  gtk_label_set_label (GTK_LABEL (self->volume_label), volume_text);
  hours_text = vb_format_number (hours, 0);
  fte_text = vb_format_number (fte_hours > 0 ? hours / fte_hours : 0, 1);
  /* TRANSLATORS: workload, e.g. “420 hours a month · 2.6 FTE” */
  workload = g_strdup_printf (_("%s hours a month · %s FTE"), hours_text, fte_text);
  gtk_label_set_label (GTK_LABEL (self->workload_label), workload);
  cost_text = vb_format_money (cost, vb_project_get_currency (self->project));
  gtk_label_set_label (GTK_LABEL (self->cost_label), cost_text);
  append_counts (s, suggested);
  gtk_label_set_label (GTK_LABEL (self->suggestions_label), s->str);
  append_counts (p, planned);
  gtk_label_set_label (GTK_LABEL (self->decisions_label), p->str);
}

static void
on_project_changed_cb (VbProject   *project,
                       VbGoalsPage *self)
{
  vb_goals_page_update_totals (self);
}

static void
on_tasks_changed_cb (GListModel  *model,
                     guint        position,
                     guint        removed,
                     guint        added,
                     VbGoalsPage *self)
{
  vb_goals_page_update_totals (self);
}

/* ------------------------------------------------------------ team */

static void
build_team_group (VbGoalsPage *self)
{
  VbRecord *settings = vb_project_get_settings (self->project);
  GtkWidget *row, *days;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Working days"));
  days = vb_days_editor_new (self->project, settings, "team_days");
  gtk_widget_set_name (days, "team-days");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), days);
  gtk_widget_set_name (row, "team-days-row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->team_group), row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->team_group),
                             bound_entry_row (self, settings, "team_from", _("Working from (HH:MM)"), VB_TEXT_TIME, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->team_group),
                             bound_entry_row (self, settings, "team_to", _("Working until (HH:MM)"), VB_TEXT_TIME, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->team_group),
                             bound_entry_row (self, settings, "team_timezone",
                                              _("Time zone, e.g. Europe/London"), VB_TEXT_TIMEZONE, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->team_group),
                             bound_entry_row (self, settings, "team_languages",
                                              _("Languages the team speaks, comma separated"), VB_TEXT_PLAIN, 0));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->assumptions_group),
                             bound_entry_row (self, settings, "paid_hours_per_fte",
                                              _("Paid hours a month per full-time person"), VB_TEXT_NUMBER, 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->assumptions_group),
                             bound_entry_row (self, settings, "outsource_threshold_hours",
                                              _("Routine work worth outsourcing from (hours a month)"),
                                              VB_TEXT_NUMBER, 1));
}

/* ------------------------------------------------------------ actions */

static GtkWidget *
find_row_for (GtkWidget *list,
              VbRecord  *record)
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

/* Expand an objective's row and put the cursor in one of its fields */
static void
open_objective (GtkWidget  *row,
                const char *field)
{
  GtkWidget *entry;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = vb_find_named (row, field);
  vb_focus_widget (entry ? entry : row);
}

/* Open a task's editor (its Edit toggle) and put the cursor in @field, or
 * in the first field when @field is NULL */
static void
open_task (GtkWidget  *row,
           const char *field)
{
  TaskRowWidgets *w = g_object_get_data (G_OBJECT (row), "vb-widgets");
  GtkWidget *editor, *target = NULL;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (w->edit), TRUE);
  editor = gtk_revealer_get_child (GTK_REVEALER (w->revealer));
  if (editor && field)
    target = vb_find_named (editor, field);
  if (target == NULL && editor)
    target = gtk_widget_get_first_child (editor);
  vb_focus_widget (target ? target : row);
}

static void
add_objective_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRecord *objective = vb_project_add (self->project, "objective", &error);
  GtkWidget *row;

  if (objective == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  row = find_row_for (self->objectives_list, objective);
  if (row)
    open_objective (row, "objective-title");
}

static void
add_task_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VbGoalsPage *self = VB_GOALS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRecord *task = vb_project_add (self->project, "task", &error);
  GtkWidget *row;

  if (task == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  row = find_row_for (self->tasks_list, task);
  if (row)
    open_task (row, NULL);
}

static void
on_finding_activated_cb (VbStageFooter *footer,
                         VbFinding     *finding,
                         VbGoalsPage   *self)
{
  vb_goals_page_activate_finding (self, vb_finding_get_rule_id (finding), vb_finding_get_subject (finding));
}

/* ------------------------------------------------------------ GObject */

static void
vb_goals_page_dispose (GObject *object)
{
  VbGoalsPage *self = VB_GOALS_PAGE (object);

  if (self->project)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (vb_project_get_records (self->project, "task"), self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_GOALS_PAGE);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->project);
  g_clear_object (&self->guide);
  G_OBJECT_CLASS (vb_goals_page_parent_class)->dispose (object);
}

static void
vb_goals_page_class_init (VbGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_goals_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, team_group);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, assumptions_group);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, volume_label);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, workload_label);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, cost_label);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, suggestions_label);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, decisions_label);
  gtk_widget_class_bind_template_child (widget_class, VbGoalsPage, footer_box);

  gtk_widget_class_install_action (widget_class, "goals.add-objective", NULL, add_objective_cb);
  gtk_widget_class_install_action (widget_class, "goals.add-task", NULL, add_task_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_goals_page_init (VbGoalsPage *self)
{
  vb_stages_ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "vb-placeholder");
  return label;
}

GtkWidget *
vb_goals_page_new (VbProject *project,
                   VbGuide   *guide)
{
  VbGoalsPage *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (VB_IS_GUIDE (guide), NULL);

  self = g_object_new (VB_TYPE_GOALS_PAGE, NULL);
  self->project = g_object_ref (project);
  self->guide = g_object_ref (guide);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->objectives_list),
                                placeholder_new (_("No objectives yet. Add one: faster answers, lower cost, "
                                                   "longer hours, more languages …")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->objectives_list), vb_project_get_records (project, "objective"),
                           create_objective_row_cb, self, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->tasks_list),
                                placeholder_new (_("No tasks yet. Add the work your team does today, "
                                                   "such as answering order-status emails.")));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->tasks_list), vb_project_get_records (project, "task"),
                           create_task_row_cb, self, NULL);
  build_team_group (self);

  self->footer = vb_stage_footer_new (guide, VB_STAGE_GOALS);
  g_signal_connect (self->footer, "finding-activated", G_CALLBACK (on_finding_activated_cb), self);
  gtk_box_append (GTK_BOX (self->footer_box), self->footer);

  g_signal_connect (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  g_signal_connect (vb_project_get_records (project, "task"), "items-changed", G_CALLBACK (on_tasks_changed_cb), self);
  vb_goals_page_update_totals (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.add-objective", !vb_project_get_read_only (project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.add-task", !vb_project_get_read_only (project));
  return GTK_WIDGET (self);
}

/* The first field a task still needs, in the order the editor shows them */
static const char *
task_missing_field (VbRecord *task)
{
  if (*vb_record_get_text (task, "work_kind") == '\0')
    return "work_kind";
  if (!vb_record_has_value (task, "monthly_volume") || vb_record_get_real (task, "monthly_volume") <= 0)
    return "monthly_volume";
  if (!vb_record_has_value (task, "handle_minutes") || vb_record_get_real (task, "handle_minutes") <= 0)
    return "handle_minutes";
  return NULL;
}

/**
 * vb_goals_page_activate_finding:
 * @rule_id: the finding's rule (vb_finding_get_rule_id)
 * @subject: (nullable): the row it is about (vb_finding_get_subject)
 *
 * Does what fixes a finding of this stage: adds the missing objective or
 * task, or opens the editor and field the finding is about. The stage
 * footer's buttons and the dashboard's come here. Unknown rules do nothing.
 */
void
vb_goals_page_activate_finding (VbGoalsPage *self,
                                const char  *rule_id,
                                const char  *subject)
{
  VbRecord *record;
  GtkWidget *row = NULL;

  g_return_if_fail (VB_IS_GOALS_PAGE (self));
  g_return_if_fail (rule_id != NULL);

  record = subject && *subject ? vb_project_lookup (self->project, subject) : NULL;

  if (g_str_equal (rule_id, "goals.no-objective"))
    gtk_widget_activate_action (GTK_WIDGET (self), "goals.add-objective", NULL);
  else if (g_str_equal (rule_id, "goals.no-task"))
    gtk_widget_activate_action (GTK_WIDGET (self), "goals.add-task", NULL);
  else if (g_str_equal (rule_id, "goals.objective-without-target"))
    {
      if (record && (row = find_row_for (self->objectives_list, record)))
        open_objective (row, "objective-target");
    }
  else if (g_str_equal (rule_id, "goals.team-hours"))
    {
      GtkWidget *days = vb_find_named (self->team_group, "team-days");

      if (days)
        vb_focus_widget (days);
    }
  else if (g_str_equal (rule_id, "goals.team-languages"))
    {
      GtkWidget *languages = vb_find_named (self->team_group, "team_languages");

      if (languages)
        vb_focus_widget (languages);
    }
  else if (g_str_equal (rule_id, "goals.task-incomplete"))
    {
      if (record && (row = find_row_for (self->tasks_list, record)))
        open_task (row, task_missing_field (record));
    }
  else if (g_str_equal (rule_id, "goals.outsource-against-rule"))
    {
      if (record && (row = find_row_for (self->tasks_list, record)))
        open_task (row, "decision");
    }
  else if (g_str_equal (rule_id, "goals.too-much-too-early"))
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->tasks_list), 0);

      vb_focus_widget (first ? GTK_WIDGET (first) : self->tasks_list);
    }
}
