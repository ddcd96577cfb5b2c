/* vb-go-criterion-row.c — one go / no-go criterion of the Pilot Plan
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An expander row: what the criterion is measured by — one of the
 * project's SLAs, or a yes / no condition in words with its result — and,
 * in the subtitle, whether it holds: for an SLA its latest week's status
 * (the go / no-go of Pilot Results reads the same), for a condition the
 * result the user recorded. The SLAs offered are the project's when the
 * row is made: the page makes its rows again when they change.
 */

#define G_LOG_DOMAIN "vb-go-criterion-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-field.h"
#include "vb-format.h"
#include "vb-go-criterion-row.h"
#include "vb-gui-util.h"
#include "vb-scoring-util.h"
#include "vb-sla-history.h"

#define SLAS_KEY "vb-slas"
#define MEASURE_KEY "vb-measure-row"
#define CONDITION_KEY "vb-condition-row"
#define RESULT_KEY "vb-result-row"
#define UPDATING_KEY "vb-updating"

/* “Service level, Chat” */
char *
vb_go_criterion_sla_name (VbSla *sla)
{
  /* Translators: an SLA by its measure and channel, e.g. “First response time (median), Email” */
  return g_strdup_printf (_("%s, %s"), vb_sla_get_kpi_name (sla),
                          vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, vb_sla_get_channel (sla)));
}

static char *
sla_state (VbSla *sla)
{
  g_autoptr(VbSlaHistory) history = vb_sla_get_history (sla);
  gssize latest = history ? vb_sla_history_latest_week (history) : -1;

  if (vb_sla_is_tracked_only (sla))
    return g_strdup (_("The SLA has no target yet: give it one on the SLAs page"));
  if (latest < 0)
    return g_strdup (_("Met when the SLA is met · no results yet"));
  /* Translators: a go / no-go criterion tied to an SLA: the SLA's status in its latest week, then the week */
  return g_strdup_printf (_("Met when the SLA is met · latest week: %s (week of %s)"),
                          vb_sla_status_get_label (history->statuses[latest]), history->week_dates[latest]);
}

static void
update_row (GtkWidget *row)
{
  VbGoCriterion *criterion = g_object_get_data (G_OBJECT (row), "vb-record");
  VbSla *sla = vb_go_criterion_get_sla (criterion);
  GPtrArray *slas = g_object_get_data (G_OBJECT (row), SLAS_KEY);
  GtkWidget *measure = g_object_get_data (G_OBJECT (row), MEASURE_KEY);
  GtkWidget *result = g_object_get_data (G_OBJECT (row), RESULT_KEY);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  guint selected = 0;

  if (sla)
    {
      g_autofree char *name = vb_go_criterion_sla_name (sla);

      /* Translators: a go / no-go criterion tied to an SLA */
      title = g_strdup_printf (_("SLA: %s"), name);
      subtitle = sla_state (sla);
      for (guint i = 0; i < slas->len; i++)
        if (slas->pdata[i] == sla)
          selected = i + 1;
    }
  else
    {
      const char *condition = vb_go_criterion_get_condition (criterion);

      title = g_strdup (vb_str_is_blank (condition) ? _("A condition not written down yet") : condition);
      subtitle = g_strdup (vb_enum_get_label (VB_TYPE_MET_STATE, vb_go_criterion_get_met (criterion)));
    }
  {
    g_autofree char *escaped_title = g_markup_escape_text (title, -1);
    g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped_subtitle);
  }
  /* Translators: a go / no-go criterion for screen readers: what, then whether it holds */
  label = g_strdup_printf (_("Criterion: %s. %s"), title, subtitle);
  vb_set_accessible_label (row, label);

  g_object_set_data (G_OBJECT (row), UPDATING_KEY, GINT_TO_POINTER (TRUE));
  adw_combo_row_set_selected (ADW_COMBO_ROW (measure), selected);
  adw_combo_row_set_selected (ADW_COMBO_ROW (result), (guint) vb_go_criterion_get_met (criterion));
  g_object_set_data (G_OBJECT (row), UPDATING_KEY, GINT_TO_POINTER (FALSE));
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), CONDITION_KEY), sla == NULL);
  gtk_widget_set_visible (result, sla == NULL);
}

void
vb_go_criterion_row_update (GtkWidget *row)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  update_row (row);
}

static void
on_criterion_notify_cb (VbGoCriterion *criterion,
                        GParamSpec    *pspec,
                        GtkWidget     *row)
{
  update_row (row);
}

static void
on_measure_selected_cb (AdwComboRow *combo,
                        GParamSpec  *pspec,
                        GtkWidget   *row)
{
  VbGoCriterion *criterion = g_object_get_data (G_OBJECT (row), "vb-record");
  GPtrArray *slas = g_object_get_data (G_OBJECT (row), SLAS_KEY);
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;
  VbSla *sla;

  if (g_object_get_data (G_OBJECT (row), UPDATING_KEY) || selected == GTK_INVALID_LIST_POSITION ||
      selected > slas->len)
    return;
  sla = selected > 0 ? slas->pdata[selected - 1] : NULL;
  if (sla != vb_go_criterion_get_sla (criterion) && !vb_go_criterion_set_sla (criterion, sla, &error))
    vb_report_error (row, error);
  update_row (row);
}

static void
on_result_selected_cb (AdwComboRow *combo,
                       GParamSpec  *pspec,
                       GtkWidget   *row)
{
  VbGoCriterion *criterion = g_object_get_data (G_OBJECT (row), "vb-record");
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (row), UPDATING_KEY) || selected > VB_MET_STATE_NOT_MET)
    return;
  if ((VbMetState) selected != vb_go_criterion_get_met (criterion) &&
      !vb_go_criterion_set_met (criterion, (VbMetState) selected, &error))
    vb_report_error (row, error);
  update_row (row);
}

static GtkWidget *
combo_row_new (const char    *title,
               GtkStringList *names)
{
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  vb_combo_row_set_strings (combo, names);
  g_object_unref (names);
  return combo;
}

/**
 * vb_go_criterion_row_new:
 * @criterion: the criterion the row shows and edits
 * @project: its project, for the SLAs to choose from
 * @remove_action: the action (with the criterion's uuid) of its remove button
 *
 * Returns: (transfer floating): an AdwExpanderRow
 */
GtkWidget *
vb_go_criterion_row_new (VbGoCriterion *criterion,
                         VbProject     *project,
                         const char    *remove_action)
{
  GtkWidget *row = adw_expander_row_new ();
  GListModel *all = vb_project_get_slas (project);
  GPtrArray *slas = g_ptr_array_new_with_free_func (g_object_unref);
  GtkStringList *measures = gtk_string_list_new (NULL);
  GtkStringList *results = gtk_string_list_new (NULL);
  GtkWidget *measure, *condition, *result;
  GtkWidget *remove = vb_icon_button_new ("user-trash-symbolic", _("Remove the criterion"));

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (criterion), g_object_unref);
  gtk_string_list_append (measures, _("A yes / no condition"));
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      VbSla *sla = g_list_model_get_item (all, i);
      g_autofree char *name = vb_go_criterion_sla_name (sla);
      /* Translators: a choice of what a go / no-go criterion is measured by */
      g_autofree char *choice = g_strdup_printf (_("The SLA %s"), name);

      gtk_string_list_append (measures, choice);
      g_ptr_array_add (slas, sla);
    }
  g_object_set_data_full (G_OBJECT (row), SLAS_KEY, slas, (GDestroyNotify) g_ptr_array_unref);
  for (int m = VB_MET_STATE_UNSET; m <= VB_MET_STATE_NOT_MET; m++)
    gtk_string_list_append (results, vb_enum_get_label (VB_TYPE_MET_STATE, m));

  measure = combo_row_new (_("Measured by"), measures);
  gtk_widget_set_name (measure, "criterion-measure");
  condition = vb_field_entry_row_new (VB_RECORD (criterion), "condition",
                                      _("Condition, such as “90% of emails answered within 4 hours”"),
                                      VB_FIELD_TEXT, 0);
  result = combo_row_new (_("Result"), results);
  gtk_widget_set_name (result, "criterion-result");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), measure);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), condition);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), result);
  g_object_set_data (G_OBJECT (row), MEASURE_KEY, measure);
  g_object_set_data (G_OBJECT (row), CONDITION_KEY, condition);
  g_object_set_data (G_OBJECT (row), RESULT_KEY, result);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), remove_action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (VB_RECORD (criterion)));
  gtk_widget_set_name (remove, "remove-criterion");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  update_row (row);
  g_signal_connect (measure, "notify::selected", G_CALLBACK (on_measure_selected_cb), row);
  g_signal_connect (result, "notify::selected", G_CALLBACK (on_result_selected_cb), row);
  g_signal_connect_object (criterion, "notify", G_CALLBACK (on_criterion_notify_cb), row, 0);
  return row;
}
