/* vb-forecast-prefill.c — a first forecast from the Goals & Scope tasks,
 * and the settings the whole forecast shares
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tasks planned for outsourcing (vb_task_get_plan() OUTSOURCE, the
 * same tasks the in-house cost is summed over) grouped by channel: a
 * channel's monthly volume is the sum of its tasks' volumes, the same in
 * every month; its handle time the volume-weighted mean of the tasks'
 * handle times; its open hours the longest weekly cover of its tasks. A
 * live channel (phone, chat) gets the usual target of 80 % answered in
 * 20 s. Nothing else is made up: shrinkage, occupancy and response times
 * stay empty for the user to fill in.
 */

#define G_LOG_DOMAIN "vb-forecast"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vb-channel-forecast.h"
#include "vb-project-private.h"
#include "vb-task.h"

#define PREFILL_SERVICE_LEVEL_PCT 80.0
#define PREFILL_SERVICE_SECONDS   20.0

typedef struct {
  double volume;
  double handled_volume;  /* the volume of tasks whose handle time is known */
  double handle_seconds;  /* Σ volume × handle time */
  double open_hours;      /* NAN: no task says */
  guint  n_tasks;
} ChannelSum;

static double
weekly_cover_hours (VbTask *task)
{
  guint days = vb_task_get_cover_days (task);
  int from = vb_task_get_cover_from (task), to = vb_task_get_cover_to (task);

  if (days == 0 || to <= from)
    return NAN;
  return (double) __builtin_popcount (days) * (to - from) / 60.0;
}

static gboolean
has_channels (VbProject *project)
{
  GListModel *channels = vb_project_get_forecast_channels (project);
  guint n = g_list_model_get_n_items (channels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) row = g_list_model_get_item (channels, i);

      if (vb_record_is_live (row))
        return TRUE;
    }
  return FALSE;
}

/* Returns: the number of channels added (0 with @error set) */
guint
vb_project_prefill_forecast (VbProject  *project,
                             GError    **error)
{
  GListModel *tasks;
  ChannelSum sums[VB_CHANNEL_OTHER + 1] = { { 0 } };
  guint n, n_channels = 0;

  g_return_val_if_fail (VB_IS_PROJECT (project), 0);
  if (has_channels (project))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The forecast already has channels: change their numbers instead."));
      return 0;
    }
  tasks = vb_project_get_tasks (project);
  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      double volume = vb_task_get_monthly_volume (task);
      double minutes = vb_task_get_handle_minutes (task);
      double hours = weekly_cover_hours (task);
      VbChannel channel = vb_task_get_channel (task);
      ChannelSum *s;

      if (!vb_record_is_live (VB_RECORD (task)) || vb_task_get_plan (task) != VB_SOURCING_OUTSOURCE ||
          isnan (volume) || channel > VB_CHANNEL_OTHER)
        continue;
      s = &sums[channel];
      if (s->n_tasks++ == 0)
        s->open_hours = NAN;
      s->volume += volume;
      if (!isnan (minutes))
        {
          s->handled_volume += volume;
          s->handle_seconds += volume * minutes * 60;
        }
      if (!isnan (hours) && (isnan (s->open_hours) || hours > s->open_hours))
        s->open_hours = MIN (hours, 168);
    }
  for (guint c = 0; c <= VB_CHANNEL_OTHER; c++)
    n_channels += sums[c].n_tasks > 0;
  if (n_channels == 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("No task planned for outsourcing has a monthly volume yet: "
                     "give the tasks to outsource their volumes on Goals & Scope, or add a channel here."));
      return 0;
    }

  vb_project_begin_edit (project, _("Fill the forecast from Goals & Scope"));
  for (guint c = 0; c <= VB_CHANNEL_OTHER; c++)
    {
      ChannelSum *s = &sums[c];
      VbChannelForecast *row;
      gboolean ok;

      if (s->n_tasks == 0)
        continue;
      row = vb_project_add_channel_forecast (project, c, error);
      ok = row != NULL;
      for (guint m = 1; ok && m <= 12; m++)
        ok = vb_channel_forecast_set_volume (row, m, s->volume, error);
      if (ok && s->handled_volume > 0)
        ok = vb_channel_forecast_set_aht_seconds (row, round (s->handle_seconds / s->handled_volume), error);
      if (ok && !isnan (s->open_hours))
        ok = vb_channel_forecast_set_open_hours_per_week (row, s->open_hours, error);
      if (ok && vb_channel_forecast_get_live (row))
        ok = vb_channel_forecast_set_service_level_pct (row, PREFILL_SERVICE_LEVEL_PCT, error) &&
             vb_channel_forecast_set_service_seconds (row, PREFILL_SERVICE_SECONDS, error);
      if (!ok)
        {
          vb_project_cancel_edit (project);
          return 0;
        }
    }
  if (!vb_project_end_edit (project, error))
    return 0;
  return n_channels;
}

/* The interval length and the peak factor are kept on every channel, and
 * the engine reads them from the first (vb-decision-model.c): written to
 * all at once they stay the same whichever channel comes first. */
gboolean
vb_project_set_forecast_intervals (VbProject  *project,
                                   int         interval_minutes,
                                   double      peak_factor,
                                   GError    **error)
{
  GListModel *rows;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  if (interval_minutes < 5 || interval_minutes > 240)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("An interval is 5 to 240 minutes long, such as 30."));
      return FALSE;
    }
  if (!(peak_factor >= 1 && peak_factor <= 20))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The busiest interval is 1 to 20 times as busy as the average one, such as 1.5."));
      return FALSE;
    }
  rows = vb_project_get_forecast_channels (project);
  n = g_list_model_get_n_items (rows);
  vb_project_begin_edit (project, _("Change the forecast’s intervals"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) row = g_list_model_get_item (rows, i);

      if (!vb_record_is_live (VB_RECORD (row)))
        continue;
      if (!vb_channel_forecast_set_interval_minutes (row, interval_minutes, error) ||
          !vb_channel_forecast_set_peak_factor (row, peak_factor, error))
        {
          vb_project_cancel_edit (project);
          return FALSE;
        }
    }
  return vb_project_end_edit (project, error);
}
