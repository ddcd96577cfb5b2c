/* vb-ticket-store.c — a ticket import's weekly results into the project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One ticket_import row names the export (file name, header key, preset,
 * tickets, first and last week); one kpi_result row per KPI, channel and
 * week holds the value and the raw counts it came from, tagged with that
 * import. Importing the same export again removes the earlier import (its
 * results go with it) in the same edit, so weeks are replaced, never
 * counted twice. A million tickets make a few hundred rows, not a million.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vb-error.h"
#include "private/vb-project-private.h"
#include "private/vb-record-private.h"
#include "private/vb-ticket-private.h"
#include "private/vb-value.h"

static char *
week_date (VbTicketImport *self,
           gint64          week_start)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (week_start);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, self->tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
set_count (VbProject   *project,
           VbRecord    *row,
           const char  *column,
           double       value,
           GError     **error)
{
  return vb_project_set_real (project, row, column, value, error);
}

/* One kpi_result: the value (NULL when NAN) and up to three counts */
static gboolean
add_result (VbTicketImport     *self,
            VbProject          *project,
            VbRecord           *import,
            const VbTicketWeek *week,
            const char         *week_start,
            VbKpiId             kpi,
            double              value,
            const double       *counts,
            guint               n_counts,
            gboolean            business_hours,
            GError            **error)
{
  static const char *const count_columns[] = { "count_a", "count_b", "count_c" };
  VbRecord *row = vb_project_add_child (project, "kpi_result", "import_id", import, error);

  if (row == NULL
      || !vb_project_set_text (project, row, "kpi_key", vb_kpi_get_key (vb_kpi_get_builtin (kpi)), error)
      /* the scope's words are the channel's, "" being all channels */
      || !vb_project_set_text (project, row, "channel", vb_enum_get_nick (VB_TYPE_CHANNEL, week->channel), error)
      || !vb_project_set_text (project, row, "week_start", week_start, error)
      || (!isnan (value) && !vb_project_set_real (project, row, "value", value, error))
      || (business_hours && !vb_project_set_bool (project, row, "business_hours", TRUE, error)))
    return FALSE;
  for (guint i = 0; i < n_counts; i++)
    if (!set_count (project, row, count_columns[i], counts[i], error))
      return FALSE;
  (void) self;
  return TRUE;
}

static gboolean
add_week (VbTicketImport     *self,
          VbProject          *project,
          VbRecord           *import,
          const VbTicketWeek *w,
          guint              *n_results,
          GError            **error)
{
  g_autofree char *date = week_date (self, w->week_start);
  gboolean bh = self->business_hours;
  double counts[3] = { 0, 0, 0 };

#define ADD(kpi, value, n, bh_) \
  G_STMT_START { \
    if (!add_result (self, project, import, w, date, kpi, value, counts, n, bh_, error)) \
      return FALSE; \
    (*n_results)++; \
  } G_STMT_END

  if (w->first_responses > 0)
    {
      ADD (VB_KPI_FIRST_RESPONSE_MEDIAN, w->first_response_median, 0, bh);
      ADD (VB_KPI_FIRST_RESPONSE_P90, w->first_response_p90, 0, bh);
    }
  if (w->resolutions > 0)
    {
      counts[0] = w->resolution_sum;
      counts[1] = w->resolutions;
      ADD (VB_KPI_RESOLUTION_TIME, w->resolution_mean, 2, bh);
    }
  if (w->resolved > 0)
    {
      counts[0] = w->resolved_without_reopen;
      counts[1] = w->resolved;
      ADD (VB_KPI_FCR, w->fcr_proxy, 2, FALSE);
    }
  if (!isnan (w->escalation_rate))
    {
      counts[0] = w->escalated;
      counts[1] = w->tickets;
      ADD (VB_KPI_ESCALATION, w->escalation_rate, 2, FALSE);
    }
  if (w->survey_answers > 0)
    {
      counts[0] = w->satisfied;
      counts[1] = w->survey_answers;
      ADD (VB_KPI_CSAT, w->csat, 2, FALSE);
    }
  if (w->promoters + w->passives + w->detractors > 0)
    {
      VbKpiCounts all;

      vb_ticket_week_get_counts (w, &all);
      counts[0] = w->promoters;
      counts[1] = w->passives;
      counts[2] = w->detractors;
      ADD (VB_KPI_NPS, vb_kpi_compute (vb_kpi_get_builtin (VB_KPI_NPS), &all), 3, FALSE);
    }
#undef ADD
  return TRUE;
}

gboolean
vb_ticket_import_store (VbTicketImport  *self,
                        VbProject       *project,
                        const char      *file_name,
                        guint           *n_results,
                        GError         **error)
{
  g_autofree char *summary = NULL;
  g_autofree char *now = vb_timestamp_now ();
  g_autofree char *first = NULL, *last = NULL;
  GListModel *imports;
  VbRecord *import;
  guint n = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);

  if (!vb_project_check_writable (project, error))
    return FALSE;
  if (self->weeks->len > 0)
    {
      first = week_date (self, g_array_index (self->weeks, VbTicketWeek, 0).week_start);
      last = week_date (self, g_array_index (self->weeks, VbTicketWeek, self->weeks->len - 1).week_start);
    }

  summary = g_strdup_printf (_("Import the weekly results of %s"), file_name);
  vb_project_begin_edit_full (project, VB_ACTIVITY_IMPORT, summary);

  /* the same export imported before: its rows go, and its results with them */
  imports = vb_project_get_records (project, "ticket_import");
  for (guint i = g_list_model_get_n_items (imports); i > 0; i--)
    {
      g_autoptr (VbRecord) old = g_list_model_get_item (imports, i - 1);

      if (g_strcmp0 (vb_record_get_text (old, "header_key"), self->header_key) == 0
          && g_strcmp0 (vb_record_get_text (old, "file_name"), file_name) == 0
          && !vb_project_remove (project, old, error))
        goto failed;
    }

  import = vb_project_add (project, "ticket_import", error);
  if (import == NULL
      || !vb_project_set_text (project, import, "file_name", file_name, error)
      || !vb_project_set_text (project, import, "preset", vb_ticket_preset_get_key (self->preset), error)
      || !vb_project_set_text (project, import, "header_key", self->header_key, error)
      || !vb_project_set_text (project, import, "imported_at", now, error)
      || !vb_project_set_int (project, import, "tickets", (gint64) MIN (self->n_tickets, 1000000000), error)
      || (first && !vb_project_set_text (project, import, "first_week", first, error))
      || (last && !vb_project_set_text (project, import, "last_week", last, error)))
    goto failed;
  for (guint i = 0; i < self->weeks->len; i++)
    if (!add_week (self, project, import, &g_array_index (self->weeks, VbTicketWeek, i), &n, error))
      goto failed;
  /* the columns the user said, for the next export with this header */
  if (self->given_mapping != NULL &&
      !vb_ticket_mapping_remember (self->given_mapping, project, self->header_key, error))
    goto failed;
  if (!vb_project_end_edit (project, error))
    return FALSE;
  if (n_results)
    *n_results = n;
  return TRUE;

failed:
  vb_project_cancel_edit (project);
  return FALSE;
}
