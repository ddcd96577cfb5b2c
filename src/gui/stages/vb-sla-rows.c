/* vb-sla-rows.c — the rows of the SLAs page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SLA is an expander row: its measure and channel as the title, the
 * target in words as the subtitle ("At least 80 % answered in 20 s · at
 * risk below 75 %"), the latest week's status (word and icon, not colour
 * alone) when results exist, and an "Example" tag for an SLA from the
 * template; expanded, what the measure is, its fields and Keep / Remove.
 * The levels are typed in the measure's unit (minutes for times, held in
 * seconds), their words shown beside them; a level core refuses is marked on the field and
 * its reason shown in words under the levels. A custom measure is an
 * expander row of its name, definition, unit, direction and formula.
 */

#define G_LOG_DOMAIN "vb-sla-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-objective.h"
#include "vb-scoring-util.h"
#include "vb-sla-rows.h"

/* ------------------------------------------------------------ words */

char *
vb_sla_title_text (VbSla *sla)
{
  const char *kpi = vb_sla_get_kpi_name (sla);
  VbChannelScope channel = vb_sla_get_channel (sla);

  if (channel == VB_CHANNEL_SCOPE_ALL)
    /* Translators: an SLA's title, “CSAT on all channels” */
    return g_strdup_printf (_("%s on all channels"), kpi);
  /* Translators: an SLA's title, “CSAT on chat”: a measure, then a channel */
  return g_strdup_printf (_("%s on %s"), kpi, vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, (int) channel));
}

static char *
number (double value)
{
  return vb_format_number (value, fabs (value - round (value)) < 1e-9 ? 0 : 1);
}

/* "20 s", "45 min", "4 h", "3 days": a duration in seconds as a person says it */
static char *
duration_text (double seconds)
{
  g_autofree char *n = NULL;

  if (fabs (seconds) < 120)
    {
      n = number (seconds);
      /* Translators: a duration in seconds, “20 s” */
      return g_strdup_printf (_("%s s"), n);
    }
  if (fabs (seconds) < 2 * 3600)
    {
      n = number (seconds / 60);
      /* Translators: a duration in minutes, “45 min” */
      return g_strdup_printf (_("%s min"), n);
    }
  if (fabs (seconds) < 3 * 86400)
    {
      n = number (seconds / 3600);
      /* Translators: a duration in hours, “4 h” */
      return g_strdup_printf (_("%s h"), n);
    }
  n = number (seconds / 86400);
  /* Translators: a duration in days, “5 days” */
  return g_strdup_printf (_("%s days"), n);
}

char *
vb_sla_level_text (VbSla  *sla,
                   double  value)
{
  const VbKpi *kpi = vb_sla_get_builtin_kpi (sla);
  VbCustomKpi *custom = kpi ? NULL : vb_sla_get_custom_kpi (sla);
  g_autofree char *n = number (value);

  if (kpi == NULL)
    {
      const char *unit = custom ? vb_custom_kpi_get_unit (custom) : NULL;

      if (vb_str_is_blank (unit))
        return g_steal_pointer (&n);
      if (g_strcmp0 (unit, "%") == 0)
        return vb_format_percent (value, fabs (value - round (value)) < 1e-9 ? 0 : 1);
      /* Translators: a level of a user's own measure: the number, then its unit (“12 tickets”) */
      return g_strdup_printf (_("%s %s"), n, unit);
    }
  switch (vb_kpi_get_unit (kpi))
    {
    case VB_KPI_UNIT_PERCENT:
      return vb_format_percent (value, fabs (value - round (value)) < 1e-9 ? 0 : 1);
    case VB_KPI_UNIT_SECONDS:
      return duration_text (value);
    case VB_KPI_UNIT_MINUTES:
      return duration_text (value * 60);
    case VB_KPI_UNIT_HOURS:
      return duration_text (value * 3600);
    case VB_KPI_UNIT_SCORE_5:
      /* Translators: a mean score, “4.5 out of 5” */
      return g_strdup_printf (_("%s out of 5"), n);
    case VB_KPI_UNIT_SCORE_7:
      /* Translators: a mean score, “5.5 out of 7” */
      return g_strdup_printf (_("%s out of 7"), n);
    case VB_KPI_UNIT_POINTS_100:
      /* Translators: a quality score, “85 points of 100” */
      return g_strdup_printf (_("%s points of 100"), n);
    case VB_KPI_UNIT_NPS:
    default:
      return g_steal_pointer (&n);
    }
}

/* What a level field takes, for its title: "%", "seconds", … */
static const char *
unit_word (VbSla *sla)
{
  const VbKpi *kpi = vb_sla_get_builtin_kpi (sla);
  VbCustomKpi *custom = kpi ? NULL : vb_sla_get_custom_kpi (sla);

  if (kpi == NULL)
    return custom && !vb_str_is_blank (vb_custom_kpi_get_unit (custom)) ? vb_custom_kpi_get_unit (custom) : NULL;
  switch (vb_kpi_get_unit (kpi))
    {
    case VB_KPI_UNIT_PERCENT:
      return _("%");
    case VB_KPI_UNIT_SECONDS:
      /* typed in minutes: 240 rather than 14400 for 4 hours (levels_scale) */
      return _("in minutes");
    case VB_KPI_UNIT_MINUTES:
      return _("in minutes");
    case VB_KPI_UNIT_HOURS:
      return _("in hours");
    case VB_KPI_UNIT_SCORE_5:
      return _("1 to 5");
    case VB_KPI_UNIT_SCORE_7:
      return _("1 to 7");
    case VB_KPI_UNIT_POINTS_100:
      return _("points of 100");
    case VB_KPI_UNIT_NPS:
      return _("−100 to 100");
    default:
      return NULL;
    }
}

/* What a level field's number is multiplied by to be stored: times are
 * held in seconds and typed in minutes */
static double
levels_scale (VbSla *sla)
{
  const VbKpi *kpi = vb_sla_get_builtin_kpi (sla);

  return kpi && vb_kpi_get_unit (kpi) == VB_KPI_UNIT_SECONDS ? 60 : 1;
}

static gboolean
is_service_level (VbSla *sla)
{
  const VbKpi *kpi = vb_sla_get_builtin_kpi (sla);

  return kpi && vb_kpi_get_id (kpi) == VB_KPI_SERVICE_LEVEL;
}

char *
vb_sla_target_words (VbSla *sla)
{
  gboolean higher = vb_sla_get_direction (sla) == VB_DIRECTION_HIGHER;
  double threshold = vb_sla_get_threshold (sla);
  g_autofree char *target = NULL;
  GString *words;

  if (vb_sla_is_tracked_only (sla))
    return g_strdup (_("Tracked only: no target"));
  target = vb_sla_level_text (sla, vb_sla_get_target (sla));
  words = g_string_new (NULL);
  if (is_service_level (sla))
    {
      double answer = vb_sla_get_answer_seconds (sla);

      if (isnan (answer))
        /* Translators: a service level without its answer time, “At least 80 % answered in time” */
        g_string_printf (words, _("At least %s answered in time (no answer time yet)"), target);
      else
        {
          g_autofree char *seconds = duration_text (answer);

          /* Translators: a service level, “At least 80 % answered in 20 s” */
          g_string_printf (words, _("At least %s answered in %s"), target, seconds);
        }
    }
  else if (higher)
    /* Translators: a target where higher is better, “At least 85 %” */
    g_string_printf (words, _("At least %s"), target);
  else
    /* Translators: a target where lower is better, “At most 4 h” */
    g_string_printf (words, _("At most %s"), target);

  g_string_append (words, " · ");
  if (isnan (threshold))
    g_string_append (words, _("no “not quite” level yet"));
  else
    {
      g_autofree char *level = vb_sla_level_text (sla, threshold);

      if (higher)
        /* Translators: after the target, “at risk down to 75 %, breached below” */
        g_string_append_printf (words, _("at risk down to %s, breached below"), level);
      else
        /* Translators: after the target, “at risk up to 8 h, breached above” */
        g_string_append_printf (words, _("at risk up to %s, breached above"), level);
    }
  return g_string_free (words, FALSE);
}

static const char *
status_icon (VbSlaStatus status)
{
  switch (status)
    {
    case VB_SLA_STATUS_MET:
      return "emblem-ok-symbolic";
    case VB_SLA_STATUS_AT_RISK:
      return "dialog-warning-symbolic";
    case VB_SLA_STATUS_BREACHED:
      return "dialog-error-symbolic";
    case VB_SLA_STATUS_NO_TARGET:
      return "view-reveal-symbolic";
    case VB_SLA_STATUS_NO_DATA:
    default:
      return NULL;
    }
}

/* ------------------------------------------------------------ SLA row */

typedef struct {
  GtkWidget *row;          /* the expander row; not a reference */
  VbSla     *sla;
  GtkWidget *status_tag;
  GtkWidget *status_icon;
  GtkWidget *status_label;
  GtkWidget *example_tag;
  GtkWidget *confirm;
  GtkWidget *what_row;
  GtkWidget *target_field;
  GtkWidget *threshold_field;
  GtkWidget *answer_field;
  GtkWidget *levels_row;
  GtkWidget *error_row;
  GtkWidget *objective_row;
  GListModel *objectives;
  VbSlaStatus status;
  char      *status_week;
  gboolean   updating;
} SlaRow;

static void
sla_row_free (gpointer data)
{
  SlaRow *r = data;

  if (r->objectives)
    g_signal_handlers_disconnect_by_data (r->objectives, r);
  g_clear_object (&r->sla);
  g_free (r->status_week);
  g_free (r);
}

static SlaRow *
sla_row_of (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "vb-sla-row");
}

static void
update_accessible (SlaRow *r)
{
  g_autofree char *title = vb_sla_title_text (r->sla);
  g_autofree char *words = vb_sla_target_words (r->sla);
  g_autofree char *status = NULL;
  g_autofree char *accessible = NULL;

  if (r->status != VB_SLA_STATUS_NO_DATA && r->status != VB_SLA_STATUS_NO_TARGET)
    /* Translators: for screen readers, the latest status, “. Latest week: at risk” */
    status = g_strdup_printf (_(". Latest week: %s"), vb_sla_status_get_label (r->status));
  /* Translators: an SLA row for screen readers: title, target in words, then what to mind */
  accessible = g_strdup_printf ("%s: %s. %s%s%s", _("SLA"), title, words, status ? status : "",
                                vb_record_get_example (VB_RECORD (r->sla)) ? _(". An example from the template") : "");
  vb_set_accessible_label (r->row, accessible);
}

static void
update_objective (SlaRow *r)
{
  VbObjective *objective = vb_sla_get_objective (r->sla);
  guint n = g_list_model_get_n_items (r->objectives);
  guint selected = 0;

  for (guint i = 0; objective && i < n; i++)
    {
      g_autoptr(VbObjective) each = g_list_model_get_item (r->objectives, i);

      if (each == objective)
        selected = i + 1;
    }
  r->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (r->objective_row), selected);
  r->updating = FALSE;
}

static void
fill_objectives (SlaRow *r)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (r->objectives);

  gtk_string_list_append (names, _("No objective chosen"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbObjective) each = g_list_model_get_item (r->objectives, i);
      const char *title = vb_objective_get_title (each);

      gtk_string_list_append (names, vb_str_is_blank (title) ? _("Untitled objective") : title);
    }
  r->updating = TRUE;
  vb_combo_row_set_strings (r->objective_row, names);
  /* after the model: AdwComboRow sets its sensitivity from it */
  gtk_widget_set_sensitive (r->objective_row, !vb_project_get_read_only (vb_record_get_project (VB_RECORD (r->sla))));
  r->updating = FALSE;
  g_object_unref (names);
  update_objective (r);
}

static void
on_objectives_changed_cb (GListModel *model,
                          guint       position,
                          guint       removed,
                          guint       added,
                          SlaRow     *r)
{
  fill_objectives (r);
}

static void
on_objective_selected_cb (AdwComboRow *combo,
                          GParamSpec  *pspec,
                          SlaRow      *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbObjective) objective = NULL;
  guint selected = adw_combo_row_get_selected (combo);

  if (r->updating || selected == GTK_INVALID_LIST_POSITION || !vb_record_is_live (VB_RECORD (r->sla)))
    return;
  if (selected > 0)
    objective = g_list_model_get_item (r->objectives, selected - 1);
  if (objective != vb_sla_get_objective (r->sla) && !vb_sla_set_objective (r->sla, objective, &error))
    {
      vb_report_error (r->row, error);
      update_objective (r);
    }
}

/* A level field core refused: its reason, in words, under the levels */
static void
update_error (SlaRow *r)
{
  GtkWidget *fields[] = { r->target_field, r->threshold_field, r->answer_field };
  const char *why = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields) && why == NULL; i++)
    if (gtk_widget_has_css_class (fields[i], "error"))
      why = gtk_widget_get_tooltip_text (fields[i]);
  gtk_widget_set_visible (r->error_row, why != NULL);
  if (why)
    {
      g_autofree char *escaped = g_markup_escape_text (why, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->error_row), escaped);
      vb_set_accessible_label (r->error_row, why);
    }
}

static void
on_field_invalid_cb (GtkWidget  *field,
                     GParamSpec *pspec,
                     SlaRow     *r)
{
  update_error (r);
}

static void
update_fields (SlaRow *r)
{
  const char *unit = unit_word (r->sla);
  gboolean higher = vb_sla_get_direction (r->sla) == VB_DIRECTION_HIGHER;
  const VbKpi *kpi = vb_sla_get_builtin_kpi (r->sla);
  VbCustomKpi *custom = kpi ? NULL : vb_sla_get_custom_kpi (r->sla);
  const char *definition = kpi ? vb_kpi_get_definition (kpi) : custom ? vb_custom_kpi_get_definition (custom) : NULL;
  g_autofree char *target_title = NULL, *threshold_title = NULL, *what = NULL, *escaped = NULL;
  g_autofree char *levels = vb_sla_target_words (r->sla);
  g_autofree char *levels_escaped = g_markup_escape_text (levels, -1);

  if (unit)
    {
      /* Translators: a field's title with its unit, “Target (%)”, “Target (in seconds)” */
      target_title = g_strdup_printf (_("Target (%s)"), unit);
      /* Translators: a field's title with its unit */
      threshold_title = g_strdup_printf (_("“Not quite” level (%s)"), unit);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->target_field), target_title ? target_title : _("Target"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->threshold_field),
                                 threshold_title ? threshold_title : _("“Not quite” level"));
  gtk_widget_set_visible (r->answer_field, is_service_level (r->sla));

  /* what the measure is, and which side the threshold is on */
  what = g_strdup_printf ("%s %s", vb_str_is_blank (definition) ? _("Your own measure, with no definition yet.") : definition,
                          higher ? _("Higher is better, so the “not quite” level is below the target: between the two "
                                     "the SLA is at risk, below it breached.")
                                 : _("Lower is better, so the “not quite” level is above the target: between the two "
                                     "the SLA is at risk, above it breached."));
  escaped = g_markup_escape_text (what, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (r->what_row), escaped);
  {
    g_autofree char *accessible = g_strdup_printf ("%s: %s", _("What it measures"), what);

    vb_set_accessible_label (r->what_row, accessible);
  }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (r->levels_row), levels_escaped);
  {
    g_autofree char *accessible = g_strdup_printf ("%s: %s", _("In words"), levels);

    vb_set_accessible_label (r->levels_row, accessible);
  }
}

void
vb_sla_row_update (GtkWidget *row)
{
  SlaRow *r = sla_row_of (row);
  g_autofree char *title = NULL, *escaped = NULL, *words = NULL, *words_escaped = NULL;
  gboolean example;
  gboolean shown;

  if (!vb_record_is_live (VB_RECORD (r->sla)))
    return;
  title = vb_sla_title_text (r->sla);
  escaped = g_markup_escape_text (title, -1);
  words = vb_sla_target_words (r->sla);
  words_escaped = g_markup_escape_text (words, -1);
  example = vb_record_get_example (VB_RECORD (r->sla));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), words_escaped);
  gtk_widget_set_visible (r->example_tag, example);
  gtk_widget_set_visible (r->confirm, example);

  shown = r->status == VB_SLA_STATUS_MET || r->status == VB_SLA_STATUS_AT_RISK || r->status == VB_SLA_STATUS_BREACHED;
  gtk_widget_set_visible (r->status_tag, shown);
  if (shown)
    {
      g_autofree char *tip = r->status_week
        /* Translators: a tooltip, “The latest week with results, from 2026-11-02” */
        ? g_strdup_printf (_("The latest week with results, from %s"), r->status_week) : NULL;

      gtk_image_set_from_icon_name (GTK_IMAGE (r->status_icon), status_icon (r->status));
      gtk_label_set_label (GTK_LABEL (r->status_label), vb_sla_status_get_label (r->status));
      vb_tag_set_variant (r->status_tag, "vb-sla-status", r->status, VB_SLA_STATUS_BREACHED + 1);
      gtk_widget_set_tooltip_text (r->status_tag, tip);
    }
  update_fields (r);
  update_accessible (r);
}

void
vb_sla_row_set_status (GtkWidget   *row,
                       VbSlaStatus  status,
                       const char  *week)
{
  SlaRow *r = sla_row_of (row);

  r->status = status;
  g_free (r->status_week);
  r->status_week = g_strdup (week);
  vb_sla_row_update (row);
}

static void
on_sla_notify_cb (VbSla      *sla,
                  GParamSpec *pspec,
                  GtkWidget  *row)
{
  SlaRow *r = sla_row_of (row);

  vb_sla_row_update (row);
  if (g_strcmp0 (pspec->name, "objective-id") == 0)
    update_objective (r);
}

static GtkWidget *
status_tag_new (SlaRow *r)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  r->status_icon = gtk_image_new ();
  r->status_label = gtk_label_new (NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (r->status_icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), r->status_icon);
  gtk_box_append (GTK_BOX (box), r->status_label);
  gtk_widget_add_css_class (box, "vb-tag");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (box, "status-tag");
  return box;
}

static GtkWidget *
info_row_new (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static GtkWidget *
actions_row_new (GtkWidget  *first,
                 GtkWidget  *second,
                 const char *name)
{
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  if (first)
    gtk_box_append (GTK_BOX (actions), first);
  gtk_box_append (GTK_BOX (actions), second);
  return vb_actions_row_new (actions, name);
}

GtkWidget *
vb_sla_row_new (VbSla *sla)
{
  VbRecord *record = VB_RECORD (sla);
  VbProject *project = vb_record_get_project (record);
  GtkWidget *row = adw_expander_row_new ();
  SlaRow *r = g_new0 (SlaRow, 1);
  const char *uuid = vb_record_get_uuid (record);
  GtkWidget *remove, *error_icon;

  r->row = row;
  r->sla = g_object_ref (sla);
  r->status = VB_SLA_STATUS_NO_DATA;
  r->objectives = vb_project_get_objectives (project);
  g_object_set_data_full (G_OBJECT (row), "vb-sla-row", r, sla_row_free);
  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (sla), g_object_unref);
  vb_expander_row_limit_subtitle (row);

  r->status_tag = status_tag_new (r);
  r->example_tag = vb_tag_new (_("Example"), "vb-tag-example");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), r->status_tag);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), r->example_tag);

  r->what_row = info_row_new (_("What it measures"));
  gtk_widget_set_name (r->what_row, "what-it-measures");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->what_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "channel", _("Channel")));

  r->target_field = vb_field_entry_row_new (record, "target", _("Target"), VB_FIELD_NUMBER, 2);
  r->threshold_field = vb_field_entry_row_new (record, "threshold", _("“Not quite” level"), VB_FIELD_NUMBER, 2);
  r->answer_field = vb_field_entry_row_new (record, "answer-seconds",
                                            _("Answer time in seconds (the 20 of “80 % in 20 s”)"), VB_FIELD_NUMBER, 0);
  if (levels_scale (sla) != 1)
    {
      vb_field_set_scale (r->target_field, levels_scale (sla));
      vb_field_set_scale (r->threshold_field, levels_scale (sla));
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->target_field);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->answer_field);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->threshold_field);
  g_signal_connect (r->target_field, "notify::tooltip-text", G_CALLBACK (on_field_invalid_cb), r);
  g_signal_connect (r->threshold_field, "notify::tooltip-text", G_CALLBACK (on_field_invalid_cb), r);
  g_signal_connect (r->answer_field, "notify::tooltip-text", G_CALLBACK (on_field_invalid_cb), r);

  r->error_row = info_row_new ("");
  gtk_widget_set_name (r->error_row, "level-error");
  error_icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (error_icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (r->error_row), error_icon);
  gtk_widget_add_css_class (r->error_row, "error");
  gtk_widget_set_visible (r->error_row, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->error_row);

  r->levels_row = info_row_new (_("In words"));
  gtk_widget_set_name (r->levels_row, "levels-words");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->levels_row);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "method",
                                                    _("Measurement method, such as “from the phone system’s queue report”"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "data-source", _("Data source: where the figures come from"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "cadence", _("Reporting cadence, such as weekly"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "credit",
                                                    _("Service credit when it is missed, such as 2 % of the monthly fee"),
                                                    VB_FIELD_TEXT, 0));

  r->objective_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->objective_row), _("Objective it serves"));
  gtk_widget_set_name (r->objective_row, "objective");
  fill_objectives (r);
  g_signal_connect (r->objective_row, "notify::selected", G_CALLBACK (on_objective_selected_cb), r);
  g_signal_connect (r->objectives, "items-changed", G_CALLBACK (on_objectives_changed_cb), r);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->objective_row);

  /* keep the example, or remove the SLA (undo brings it back) */
  r->confirm = vb_row_action_button_new (_("Keep as It Is"), "slas.confirm", uuid, "confirm-example");
  remove = vb_row_action_button_new (_("Remove"), "slas.remove", uuid, "remove-sla");
  gtk_widget_add_css_class (remove, "flat");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row_new (r->confirm, remove, _("Keep or remove the SLA")));

  vb_sla_row_update (row);
  g_signal_connect_object (sla, "notify", G_CALLBACK (on_sla_notify_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ custom KPI row */

static void
custom_row_update (GtkWidget *row)
{
  VbCustomKpi *kpi = g_object_get_data (G_OBJECT (row), "vb-record");
  const char *name = vb_custom_kpi_get_name (kpi);
  const char *unit = vb_custom_kpi_get_unit (kpi);
  g_autofree char *escaped = vb_markup_escape (name, _("Unnamed measure"));
  g_autofree char *facts = NULL, *facts_escaped = NULL, *accessible = NULL;

  if (!vb_record_is_live (VB_RECORD (kpi)))
    return;
  facts = g_strdup_printf ("%s · %s", vb_enum_get_label (VB_TYPE_DIRECTION, vb_custom_kpi_get_direction (kpi)),
                           vb_str_is_blank (unit) ? _("no unit yet") : unit);
  facts_escaped = g_markup_escape_text (facts, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), facts_escaped);
  /* Translators: a custom measure's row for screen readers: its name, then its facts */
  accessible = g_strdup_printf ("%s: %s. %s", _("Your own measure"),
                                vb_str_is_blank (name) ? _("Unnamed measure") : name, facts);
  vb_set_accessible_label (row, accessible);
}

static void
on_custom_notify_cb (VbCustomKpi *kpi,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  custom_row_update (row);
}

GtkWidget *
vb_custom_kpi_row_new (VbCustomKpi *kpi)
{
  VbRecord *record = VB_RECORD (kpi);
  GtkWidget *row = adw_expander_row_new ();
  const char *uuid = vb_record_get_uuid (record);
  GtkWidget *use, *remove;

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (kpi), g_object_unref);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "name", _("Name, such as “Tone of voice score”"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "definition", _("What it measures"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "unit", _("Unit, such as %, minutes or points"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "direction", _("Direction")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "formula", _("How it is computed"), VB_FIELD_TEXT, 0));

  use = gtk_button_new_with_label (_("Add an SLA on It"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (use), "slas.add");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (use), "s", vb_custom_kpi_get_key (kpi));
  gtk_widget_set_name (use, "use-kpi");
  remove = vb_row_action_button_new (_("Remove"), "slas.remove-kpi", uuid, "remove-kpi");
  gtk_widget_add_css_class (remove, "flat");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row_new (use, remove, _("Use or remove the measure")));

  custom_row_update (row);
  g_signal_connect_object (kpi, "notify", G_CALLBACK (on_custom_notify_cb), row, 0);
  return row;
}
