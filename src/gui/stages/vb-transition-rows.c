/* vb-transition-rows.c — the rows of the transition checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A task is an expander row: its title, one line of facts (status, owner,
 * due date), an "Example" tag for a task from the template and an
 * "Overdue" tag (icon and word, not colour alone) once its due date has
 * passed and it is not done; expanded, its fields and Keep / Remove. A
 * phase's entry and exit criteria are one expander row of two fields.
 */

#define G_LOG_DOMAIN "vb-transition-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-transition-rows.h"

void
vb_transition_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static void
count_phase (VbTransitionPhase *phase,
             const GDate       *today,
             guint             *n,
             guint             *done,
             guint             *overdue)
{
  GListModel *items = vb_transition_phase_get_items (phase);
  guint n_items = g_list_model_get_n_items (items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);

      (*n)++;
      if (vb_transition_item_get_status (item) == VB_ITEM_STATUS_DONE)
        (*done)++;
      if (vb_transition_item_is_overdue (item, today))
        (*overdue)++;
    }
}

char *
vb_transition_progress_text (VbProject         *project,
                             VbTransitionPhase *phase,
                             double            *fraction)
{
  GDate today;
  guint n = 0, done = 0, overdue = 0;
  GString *text;

  vb_transition_today (&today);
  if (phase)
    count_phase (phase, &today, &n, &done, &overdue);
  else
    {
      GListModel *phases = vb_project_get_transition_phases (project);
      guint n_phases = g_list_model_get_n_items (phases);

      for (guint p = 0; p < n_phases; p++)
        {
          g_autoptr(VbTransitionPhase) each = g_list_model_get_item (phases, p);

          count_phase (each, &today, &n, &done, &overdue);
        }
    }
  if (fraction)
    *fraction = n ? (double) done / n : 0.0;
  if (n == 0)
    return g_strdup (_("No tasks yet"));
  /* Translators: a phase's progress, e.g. “3 of 7 tasks done” */
  text = g_string_new (NULL);
  g_string_printf (text, g_dngettext (NULL, "%u of %u task done", "%u of %u tasks done", n), done, n);
  if (overdue)
    {
      g_string_append (text, " · ");
      /* Translators: appended to a phase's progress, e.g. “2 overdue” */
      g_string_append_printf (text, g_dngettext (NULL, "%u overdue", "%u overdue", overdue), overdue);
    }
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------ task row */

static char *
task_facts (VbTransitionItem *item)
{
  GString *facts = g_string_new (vb_enum_get_label (VB_TYPE_ITEM_STATUS, vb_transition_item_get_status (item)));
  const char *owner = vb_transition_item_get_owner (item);
  const char *due = vb_transition_item_get_due_date (item);

  g_string_append (facts, " · ");
  if (vb_str_is_blank (owner))
    g_string_append (facts, _("no owner yet"));
  else
    g_string_append (facts, owner);
  g_string_append (facts, " · ");
  if (vb_str_is_blank (due))
    g_string_append (facts, _("no due date"));
  else
    /* Translators: a task's due date, e.g. “due 2026-05-04” */
    g_string_append_printf (facts, _("due %s"), due);
  return g_string_free (facts, FALSE);
}

void
vb_transition_task_row_update (GtkWidget *row)
{
  VbTransitionItem *item = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *example = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *overdue_tag = g_object_get_data (G_OBJECT (row), "vb-overdue");
  GtkWidget *confirm = g_object_get_data (G_OBJECT (row), "vb-confirm");
  const char *title = vb_transition_item_get_title (item);
  gboolean is_example = vb_record_get_example (VB_RECORD (item));
  gboolean done = vb_transition_item_get_status (item) == VB_ITEM_STATUS_DONE;
  GDate today;
  gboolean overdue;
  g_autofree char *escaped = vb_markup_escape (title, _("Untitled task"));
  g_autofree char *facts = task_facts (item);
  g_autofree char *facts_escaped = g_markup_escape_text (facts, -1);
  g_autofree char *accessible = NULL;

  vb_transition_today (&today);
  overdue = vb_transition_item_is_overdue (item, &today);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), facts_escaped);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), done ? "object-select-symbolic" : NULL);
  gtk_widget_set_visible (example, is_example);
  gtk_widget_set_visible (confirm, is_example);
  gtk_widget_set_visible (overdue_tag, overdue);
  if (overdue)
    gtk_widget_add_css_class (row, "vb-overdue");
  else
    gtk_widget_remove_css_class (row, "vb-overdue");
  /* Translators: a task row for screen readers: title, facts, then what to mind */
  accessible = g_strdup_printf ("%s: %s. %s%s%s", _("Task"), vb_str_is_blank (title) ? _("Untitled task") : title,
                                facts, overdue ? _(". Overdue") : "",
                                is_example ? _(". An example from the template") : "");
  vb_set_accessible_label (row, accessible);
}

static void
on_item_notify_cb (VbTransitionItem *item,
                   GParamSpec       *pspec,
                   GtkWidget        *row)
{
  vb_transition_task_row_update (row);
}

static GtkWidget *
overdue_tag_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");
  GtkWidget *label = gtk_label_new (_("Overdue"));

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "vb-tag");
  gtk_widget_add_css_class (box, "vb-tag-attention");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (box, "overdue-tag");
  return box;
}

GtkWidget *
vb_transition_task_row_new (VbTransitionItem *item)
{
  VbRecord *record = VB_RECORD (item);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *overdue = overdue_tag_new ();
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *confirm, *remove, *actions_row;
  const char *uuid = vb_record_get_uuid (record);

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (item), g_object_unref);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), overdue);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), example);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "title", _("Task"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "owner", _("Owner"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "due-date", _("Due date (year-month-day)"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "status", _("Status")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "notes", _("Notes"), VB_FIELD_TEXT, 0));

  /* keep the example, or remove the task (undo brings it back) */
  confirm = gtk_button_new_with_label (_("Keep as It Is"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (confirm), "transition.confirm");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (confirm), "s", uuid);
  gtk_widget_set_name (confirm, "confirm-example");
  remove = gtk_button_new_with_label (_("Remove"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "transition.remove-task");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", uuid);
  gtk_widget_set_name (remove, "remove-task");
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (actions), confirm);
  gtk_box_append (GTK_BOX (actions), remove);
  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  gtk_widget_set_margin_top (actions, 8);
  gtk_widget_set_margin_bottom (actions, 8);
  gtk_widget_set_margin_end (actions, 12);
  actions_row = gtk_list_box_row_new ();
  /* a list row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (actions_row, _("Keep or remove the task"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), actions);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);

  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  g_object_set_data (G_OBJECT (row), "vb-overdue", overdue);
  g_object_set_data (G_OBJECT (row), "vb-confirm", confirm);
  vb_transition_task_row_update (row);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ criteria */

static void
criteria_row_update (GtkWidget *row)
{
  VbTransitionPhase *phase = g_object_get_data (G_OBJECT (row), "vb-record");
  gboolean entry = !vb_str_is_blank (vb_transition_phase_get_entry_criteria (phase));
  gboolean exit_ = !vb_str_is_blank (vb_transition_phase_get_exit_criteria (phase));
  const char *subtitle = entry && exit_ ? _("When the phase starts, and when it is finished")
                         : entry ? _("No exit criteria yet")
                         : exit_ ? _("No entry criteria yet")
                         : _("No entry or exit criteria yet");
  g_autofree char *accessible = g_strdup_printf ("%s: %s", _("Entry and exit criteria"), subtitle);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  vb_set_accessible_label (row, accessible);
}

static void
on_phase_notify_cb (VbTransitionPhase *phase,
                    GParamSpec        *pspec,
                    GtkWidget         *row)
{
  criteria_row_update (row);
}

GtkWidget *
vb_transition_criteria_row_new (VbTransitionPhase *phase)
{
  VbRecord *record = VB_RECORD (phase);
  GtkWidget *row = adw_expander_row_new ();

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (phase), g_object_unref);
  gtk_widget_set_name (row, "criteria");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Entry and exit criteria"));
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "name", _("Phase name"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "entry-criteria", _("Entry criteria: ready to start when"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "exit-criteria", _("Exit criteria: finished when"),
                                                    VB_FIELD_TEXT, 0));
  criteria_row_update (row);
  g_signal_connect_object (phase, "notify", G_CALLBACK (on_phase_notify_cb), row, 0);
  return row;
}
