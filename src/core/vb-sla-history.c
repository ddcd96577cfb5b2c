/* vb-sla-history.c — each SLA's weekly values and status, from the
 * stored results
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the top of vb-sla-history.h: same KPI key and channel
 * scope, one kind of time (calendar first), one result a week (by hand
 * over imported, newer import over older).
 */

#define G_LOG_DOMAIN "vb-sla-history"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-kpi-result.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-record-private.h"
#include "vb-sla-history.h"
#include "vb-ticket-import-record.h"

/* The results of one KPI key and channel scope */
static char *
group_key (const char     *kpi_key,
           VbChannelScope  channel)
{
  return g_strdup_printf ("%d|%s", (int) channel, kpi_key);
}

/* kpi key and channel → GPtrArray of VbKpiResult (owned) */
static GHashTable *
group_results (VbProject *project)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  GListModel *results = vb_project_get_kpi_results (project);
  guint n = g_list_model_get_n_items (results);

  for (guint i = 0; i < n; i++)
    {
      VbKpiResult *result = g_list_model_get_item (results, i);
      char *key = group_key (vb_kpi_result_get_kpi_key (result), vb_kpi_result_get_channel (result));
      GPtrArray *rows = g_hash_table_lookup (groups, key);

      if (rows == NULL)
        {
          rows = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (groups, key, rows);
        }
      else
        g_free (key);
      g_ptr_array_add (rows, result);
    }
  return groups;
}

static const char *
imported_at (VbKpiResult *result)
{
  VbTicketImportRecord *import = vb_kpi_result_get_import (result);

  return import ? vb_ticket_import_record_get_imported_at (import) : "";
}

/* Of two results for one week, the one that counts: entered by hand
 * first, then the newer import (the later row on a tie) */
static gboolean
replaces (VbKpiResult *candidate,
          VbKpiResult *current)
{
  if (!vb_kpi_result_is_imported (current))
    return FALSE;
  if (!vb_kpi_result_is_imported (candidate))
    return TRUE;
  return strcmp (imported_at (candidate), imported_at (current)) >= 0;
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static int
compare_strings_cb (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static VbSlaHistory *
build_history (VbSla      *sla,
               GPtrArray  *rows,
               GTimeZone  *tz)
{
  VbSlaHistory *history = g_new0 (VbSlaHistory, 1);
  g_autoptr(GHashTable) weeks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GArray) all_dates = NULL;
  gboolean has_calendar = FALSE;
  GDate first, last;

  history->sla = g_object_ref (sla);
  history->kpi_key = vb_sla_get_kpi_key (sla);
  history->kpi_name = vb_sla_get_kpi_name (sla);
  history->channel = vb_sla_get_channel (sla);
  history->direction = vb_sla_get_direction (sla);
  history->target = vb_sla_get_target (sla);
  history->threshold = vb_sla_get_threshold (sla);

  for (guint i = 0; rows && i < rows->len; i++)
    has_calendar |= !vb_kpi_result_get_business_hours (g_ptr_array_index (rows, i));
  history->business_hours = rows && rows->len > 0 && !has_calendar;

  /* one result a week, of the kind of time chosen */
  for (guint i = 0; rows && i < rows->len; i++)
    {
      VbKpiResult *result = g_ptr_array_index (rows, i);
      const char *week = vb_kpi_result_get_week_start (result);
      VbKpiResult *current;

      if (vb_kpi_result_get_business_hours (result) != history->business_hours || vb_str_is_blank (week))
        continue;
      current = g_hash_table_lookup (weeks, week);
      if (current == NULL || replaces (result, current))
        g_hash_table_insert (weeks, (gpointer) week, result);
    }

  dates = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, weeks);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (dates, key);
  }
  g_ptr_array_sort (dates, compare_strings_cb);
  all_dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  if (dates->len > 0 && parse_date (g_ptr_array_index (dates, 0), &first) &&
      parse_date (g_ptr_array_index (dates, dates->len - 1), &last))
    {
      /* every week from the first to the last: a week without a result is no data */
      for (GDate d = first; g_date_compare (&d, &last) <= 0; g_date_add_days (&d, 7))
        g_array_append_val (all_dates, d);
    }

  history->n_weeks = all_dates->len;
  history->week_dates = g_new0 (char *, all_dates->len + 1);
  history->week_starts = g_new0 (gint64, all_dates->len);
  history->values = g_new0 (double, all_dates->len);
  history->statuses = g_new0 (VbSlaStatus, all_dates->len);
  for (guint i = 0; i < all_dates->len; i++)
    {
      GDate *d = &g_array_index (all_dates, GDate, i);
      g_autoptr(GDateTime) monday = g_date_time_new (tz, g_date_get_year (d), g_date_get_month (d),
                                                      g_date_get_day (d), 0, 0, 0);
      char text[16];
      VbKpiResult *result;

      g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
      result = g_hash_table_lookup (weeks, text);
      history->week_dates[i] = g_strdup (text);
      history->week_starts[i] = monday ? g_date_time_to_unix (monday) : 0;
      history->values[i] = result ? vb_kpi_result_compute_value (result) : NAN;
      history->statuses[i] = vb_sla_status (history->direction, history->target, history->threshold,
                                            history->values[i]);
    }
  return history;
}

void
vb_sla_history_free (VbSlaHistory *history)
{
  if (history == NULL)
    return;
  g_clear_object (&history->sla);
  g_strfreev (history->week_dates);
  g_free (history->week_starts);
  g_free (history->values);
  g_free (history->statuses);
  g_free (history);
}

gssize
vb_sla_history_latest_week (const VbSlaHistory *history)
{
  g_return_val_if_fail (history != NULL, -1);
  for (gsize i = history->n_weeks; i > 0; i--)
    if (!isnan (history->values[i - 1]))
      return (gssize) (i - 1);
  return -1;
}

GTimeZone *
vb_project_get_team_time_zone (VbProject *project)
{
  const char *zone;
  GTimeZone *tz = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  zone = vb_project_settings_get_team_timezone (vb_project_get_settings (project));
  if (!vb_str_is_blank (zone))
    tz = g_time_zone_new_identifier (zone);
  return tz ? tz : g_time_zone_new_utc ();
}

/**
 * vb_sla_get_history:
 *
 * Returns: (transfer full) (nullable): the SLA's weeks; NULL for a removed SLA
 */
VbSlaHistory *
vb_sla_get_history (VbSla *sla)
{
  VbProject *project;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (VB_IS_SLA (sla), NULL);
  project = vb_record_get_project (VB_RECORD (sla));
  if (project == NULL)
    return NULL;
  groups = group_results (project);
  tz = vb_project_get_team_time_zone (project);
  key = group_key (vb_sla_get_kpi_key (sla), vb_sla_get_channel (sla));
  return build_history (sla, g_hash_table_lookup (groups, key), tz);
}

/**
 * vb_project_get_sla_histories:
 *
 * Returns: (transfer full) (element-type VbSlaHistory): every SLA's weeks,
 *   in the SLAs' order
 */
GPtrArray *
vb_project_get_sla_histories (VbProject *project)
{
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  GListModel *slas;
  GPtrArray *histories;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  groups = group_results (project);
  tz = vb_project_get_team_time_zone (project);
  slas = vb_project_get_slas (project);
  n = g_list_model_get_n_items (slas);
  histories = g_ptr_array_new_full (n, (GDestroyNotify) vb_sla_history_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);
      g_autofree char *key = group_key (vb_sla_get_kpi_key (sla), vb_sla_get_channel (sla));

      g_ptr_array_add (histories, build_history (sla, g_hash_table_lookup (groups, key), tz));
    }
  return histories;
}

VbSlaSeries
vb_sla_history_get_series (const VbSlaHistory *h)
{
  VbSlaSeries s = {
    .kpi_key = h->kpi_key,
    .kpi_name = h->kpi_name,
    .channel = h->channel,
    .direction = h->direction,
    .target = h->target,
    .threshold = h->threshold,
    .week_starts = h->week_starts,
    .values = h->values,
    .n_weeks = h->n_weeks,
  };

  return s;
}

/**
 * vb_project_decide_pilot:
 * @histories: (element-type VbSlaHistory): the project's SLA histories
 *
 * A criterion tied to an SLA reads that SLA's weeks; one whose SLA is
 * gone, or a condition, counts as the condition it names (unnamed: "an
 * unnamed condition") with the result the user recorded.
 *
 * Returns: (transfer full): the recommendation, for vb_pilot_outcome_free()
 */
VbPilotOutcome *
vb_project_decide_pilot (VbProject *project,
                         GPtrArray *histories)
{
  VbPilot *pilot;
  GListModel *criteria;
  guint n;
  g_autoptr(GArray) series = NULL;
  g_autoptr(GArray) picked = NULL;
  VbPilotOutcome *outcome;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (histories != NULL, NULL);
  pilot = vb_project_get_pilot (project);
  if (pilot == NULL)
    {
      outcome = g_new0 (VbPilotOutcome, 1);
      outcome->reasons = g_new0 (char *, 2);
      outcome->reasons[0] = g_strdup (_("No pilot is planned yet."));
      return outcome;
    }
  series = g_array_sized_new (FALSE, TRUE, sizeof (VbSlaSeries), histories->len);
  for (guint i = 0; i < histories->len; i++)
    {
      VbSlaSeries s = vb_sla_history_get_series (g_ptr_array_index (histories, i));

      g_array_append_val (series, s);
    }
  criteria = vb_pilot_get_criteria (pilot);
  n = g_list_model_get_n_items (criteria);
  picked = g_array_sized_new (FALSE, TRUE, sizeof (VbPilotCriterion), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbGoCriterion) criterion = g_list_model_get_item (criteria, i);
      VbSla *sla = vb_go_criterion_get_sla (criterion);
      VbPilotCriterion c = { VB_PILOT_CRITERION_CONDITION, NULL, NULL, VB_MET_STATE_UNSET };
      gssize k = -1;

      for (guint h = 0; sla && h < histories->len && k < 0; h++)
        if (((const VbSlaHistory *) g_ptr_array_index (histories, h))->sla == sla)
          k = h;
      if (k >= 0)
        {
          c.kind = VB_PILOT_CRITERION_SLA;
          c.sla = &g_array_index (series, VbSlaSeries, k);
        }
      else
        {
          c.name = vb_go_criterion_get_condition (criterion);
          if (vb_str_is_blank (c.name))
            c.name = _("an unnamed condition");
          c.met = vb_go_criterion_get_met (criterion);
        }
      g_array_append_val (picked, c);
    }
  /* the reasons are copies: the series go with this function */
  return vb_pilot_outcome_decide ((const VbPilotCriterion *) picked->data, picked->len);
}

guint64
vb_project_get_sla_histories_serial (VbProject *project)
{
  static const char *const tables[] = {
    "project", "kpi", "sla", "kpi_result", "ticket_import", "pilot", "pilot_criterion", NULL
  };

  return vb_project_get_tables_serial (project, tables);
}
