/* vb-staffing.c — Erlang C, queued workload, shrinkage and FTE
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model, its assumptions and a worked example are in
 * docs/staffing-model.md; tests/unit/test-staffing.c checks the numbers.
 * Erlang C is computed from the Erlang B recursion
 *   B(0) = 1,  B(k) = A·B(k−1) ÷ (k + A·B(k−1))
 * whose values stay between 0 and 1, so no power or factorial overflows
 * however large the traffic; C(N) = N·B(N) ÷ (N − A·(1 − B(N))).
 */

#define G_LOG_DOMAIN "vb-staffing"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-staffing.h"

/* Beyond this the forecast is not a business's: refuse rather than loop */
#define MAX_TRAFFIC 1e6
/* How far past the traffic the search for a service level may go */
#define MAX_EXTRA_AGENTS 100000u
/* Comparisons of computed shares with targets forgive rounding */
#define EPSILON 1e-12

static gboolean
known (double value)
{
  return !isnan (value);
}

static double
or_default (double value,
            double fallback)
{
  return isnan (value) ? fallback : value;
}

static double
erlang_c_from_b (double traffic,
                 guint  agents,
                 double b)
{
  if ((double) agents <= traffic)
    return 1.0;
  return agents * b / (agents - traffic * (1.0 - b));
}

static double
service_level_of (double traffic,
                  guint  agents,
                  double c,
                  double aht_seconds,
                  double answer_seconds)
{
  if ((double) agents <= traffic)
    return 0.0;
  return 1.0 - c * exp (-(agents - traffic) * answer_seconds / aht_seconds);
}

double
vb_erlang_b (double traffic,
             guint  agents)
{
  double b = 1.0;

  g_return_val_if_fail (traffic >= 0, NAN);

  for (guint k = 1; k <= agents; k++)
    b = traffic * b / (k + traffic * b);
  return b;
}

double
vb_erlang_c (double traffic,
             guint  agents)
{
  g_return_val_if_fail (traffic >= 0, NAN);

  if (traffic == 0)
    return 0.0;
  return erlang_c_from_b (traffic, agents, vb_erlang_b (traffic, agents));
}

double
vb_erlang_service_level (double traffic,
                         guint  agents,
                         double aht_seconds,
                         double answer_seconds)
{
  g_return_val_if_fail (traffic >= 0 && aht_seconds > 0 && answer_seconds >= 0, NAN);

  if (traffic == 0)
    return 1.0;
  return service_level_of (traffic, agents, vb_erlang_c (traffic, agents),
                           aht_seconds, answer_seconds);
}

double
vb_erlang_asa (double traffic,
               guint  agents,
               double aht_seconds)
{
  g_return_val_if_fail (traffic >= 0 && aht_seconds > 0, NAN);

  if (traffic == 0)
    return 0.0;
  if ((double) agents <= traffic)
    return INFINITY;
  return vb_erlang_c (traffic, agents) * aht_seconds / (agents - traffic);
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

gboolean
vb_erlang_staff (double          volume,
                 double          interval_seconds,
                 double          aht_seconds,
                 double          service_level_pct,
                 double          answer_seconds,
                 double          max_occupancy_pct,
                 double          concurrency,
                 VbErlangResult *result,
                 GError        **error)
{
  double traffic, aht, target, b = 1.0;
  guint min_agents = 0, sl_agents = 0;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (result, 0, sizeof *result);
  if (!known (volume) || volume < 0)
    return invalid (error, _("The number of contacts is missing."));
  if (!known (interval_seconds) || interval_seconds <= 0)
    return invalid (error, _("The length of an interval must be more than zero."));
  if (volume == 0)
    {
      /* nobody calls: nobody waits, and nobody is needed */
      result->service_level = 1.0;
      return TRUE;
    }
  if (!known (aht_seconds) || aht_seconds <= 0)
    return invalid (error, _("The average handle time is missing."));
  if (!known (service_level_pct) || service_level_pct <= 0 || service_level_pct >= 100)
    return invalid (error, _("The service level must be a share between 0 and 100 %, such as 80 %."));
  if (!known (answer_seconds) || answer_seconds < 0)
    return invalid (error, _("The answer time of the service level is missing."));
  if (known (max_occupancy_pct) && (max_occupancy_pct <= 0 || max_occupancy_pct > 100))
    return invalid (error, _("The maximum occupancy must be between 0 and 100 %."));

  /* an agent on c chats at once works like one agent c times as fast */
  aht = aht_seconds / (known (concurrency) && concurrency > 1 ? concurrency : 1.0);
  traffic = volume * aht / interval_seconds;
  if (traffic > MAX_TRAFFIC)
    return invalid (error, _("There are too many contacts for one interval to staff."));
  target = service_level_pct / 100.0;
  if (known (max_occupancy_pct))
    min_agents = (guint) ceil (traffic / (max_occupancy_pct / 100.0) - 1e-9);

  result->traffic = traffic;
  for (guint n = 1; n <= (guint) ceil (traffic) + MAX_EXTRA_AGENTS; n++)
    {
      double c, sl;

      b = traffic * b / (n + traffic * b);
      if ((double) n <= traffic)
        continue;
      c = erlang_c_from_b (traffic, n, b);
      sl = service_level_of (traffic, n, c, aht, answer_seconds);
      if (sl + EPSILON < target)
        continue;
      if (sl_agents == 0)
        sl_agents = n;
      if (n < min_agents)
        continue;

      result->agents = n;
      result->wait_probability = c;
      result->service_level = sl;
      result->asa_seconds = c * aht / (n - traffic);
      result->occupancy = traffic / n;
      /* the service target alone would have needed fewer */
      result->occupancy_bound = sl_agents < n;
      return TRUE;
    }

  return invalid (error, _("This service level cannot be reached with any sensible number of agents."));
}

void
vb_staffing_params_init (VbStaffingParams *params)
{
  g_return_if_fail (params != NULL);

  params->interval_minutes = VB_STAFFING_DEFAULT_INTERVAL_MINUTES;
  params->peak_factor = VB_STAFFING_DEFAULT_PEAK_FACTOR;
  params->paid_hours_per_fte = VB_STAFFING_DEFAULT_PAID_HOURS;
}

void
vb_forecast_channel_init (VbForecastChannel *channel)
{
  g_return_if_fail (channel != NULL);

  memset (channel, 0, sizeof *channel);
  channel->aht_seconds = NAN;
  channel->acw_seconds = NAN;
  channel->open_hours_per_week = NAN;
  channel->service_level_pct = NAN;
  channel->service_seconds = NAN;
  channel->shrinkage_pct = NAN;
  channel->max_occupancy_pct = NAN;
  channel->concurrency = NAN;
}

/* Work from a queue (email, back office): the team must keep up with the
 * average workload, and the work of the busiest interval must be done
 * within the response time. Worked first come, first served at a steady
 * rate R (hours of work per hour), the last item of a busiest interval of
 * length D waits for the backlog (P − R)·D ÷ R, so R ≥ P·D ÷ (D + T) where
 * P is the busiest rate and T the response time in open hours. */
static void
staff_queued_month (const VbStaffingParams  *params,
                    const VbForecastChannel *channel,
                    double                   occupancy,
                    double                   shrinkage,
                    VbStaffingMonth         *month)
{
  double average = month->open_hours > 0 ? month->handle_hours / month->open_hours : 0;
  double rate = average;

  if (known (channel->service_seconds) && average > 0)
    {
      double d = params->interval_minutes / 60.0;
      double t = channel->service_seconds / 3600.0 * channel->open_hours_per_week / (7 * 24);

      rate = MAX (average, average * params->peak_factor * d / (d + t));
    }
  month->agents = rate / occupancy;
  month->peak_agents = month->agents;
  month->scheduled_fte = month->agents / (1 - shrinkage);
  month->peak_scheduled_fte = month->scheduled_fte;
  month->logged_in_hours = month->agents * month->open_hours;
}

gboolean
vb_staffing_compute_channel (const VbStaffingParams  *params,
                             const VbForecastChannel *channel,
                             VbStaffingChannelResult *result,
                             GError                 **error)
{
  double shrinkage, concurrency, interval_seconds, any_volume = 0;

  g_return_val_if_fail (params != NULL && channel != NULL && result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->channel = channel->channel;
  result->live = channel->live;

  for (guint m = 0; m < 12; m++)
    {
      if (!known (channel->volume[m]) || channel->volume[m] < 0)
        return invalid (error, _("A month of the forecast has no volume."));
      any_volume += channel->volume[m];
    }
  if (!(params->interval_minutes > 0 && params->interval_minutes <= 24 * 60))
    return invalid (error, _("The length of an interval must be between a minute and a day."));
  if (!(params->peak_factor >= 1))
    return invalid (error, _("The peak factor must be 1 or more: the busiest interval is never quieter than the average."));
  if (!(params->paid_hours_per_fte > 0))
    return invalid (error, _("The paid hours of a full-time person are missing."));
  shrinkage = or_default (channel->shrinkage_pct, 0) / 100.0;
  if (shrinkage < 0 || shrinkage >= 1)
    return invalid (error, _("Shrinkage must be at least 0 % and below 100 %."));
  concurrency = channel->live && known (channel->concurrency) && channel->concurrency > 1 ? channel->concurrency : 1.0;
  if (any_volume > 0)
    {
      if (!known (channel->aht_seconds) || channel->aht_seconds <= 0)
        return invalid (error, _("The average handle time is missing."));
      if (!known (channel->open_hours_per_week) || channel->open_hours_per_week <= 0 ||
          channel->open_hours_per_week > 7 * 24)
        return invalid (error, _("The open hours a week are missing."));
      if (!channel->live && known (channel->service_seconds) && channel->service_seconds < 0)
        return invalid (error, _("The response time cannot be negative."));
      if (!channel->live && known (channel->max_occupancy_pct) &&
          (channel->max_occupancy_pct <= 0 || channel->max_occupancy_pct > 100))
        return invalid (error, _("The maximum occupancy must be between 0 and 100 %."));
    }

  interval_seconds = params->interval_minutes * 60.0;
  for (guint m = 0; m < 12; m++)
    {
      VbStaffingMonth *month = &result->months[m];

      month->volume = channel->volume[m];
      if (month->volume == 0)
        {
          month->average.service_level = month->peak.service_level = 1.0;
          continue;
        }
      month->open_hours = channel->open_hours_per_week * VB_WEEKS_PER_MONTH;
      month->handle_hours = month->volume * channel->aht_seconds / concurrency / 3600.0;

      if (channel->live)
        {
          double per_interval = month->volume / (month->open_hours * 60.0 / params->interval_minutes);

          if (!vb_erlang_staff (per_interval, interval_seconds, channel->aht_seconds,
                                channel->service_level_pct, channel->service_seconds,
                                channel->max_occupancy_pct, concurrency, &month->average, error) ||
              !vb_erlang_staff (per_interval * params->peak_factor, interval_seconds, channel->aht_seconds,
                                channel->service_level_pct, channel->service_seconds,
                                channel->max_occupancy_pct, concurrency, &month->peak, error))
            return FALSE;
          month->agents = month->average.agents;
          month->peak_agents = month->peak.agents;
          month->scheduled_fte = month->agents / (1 - shrinkage);
          month->peak_scheduled_fte = month->peak_agents / (1 - shrinkage);
          month->logged_in_hours = month->agents * month->open_hours;
        }
      else
        staff_queued_month (params, channel, or_default (channel->max_occupancy_pct, 100) / 100.0,
                            shrinkage, month);

      month->paid_hours = month->logged_in_hours / (1 - shrinkage);
      month->fte = month->paid_hours / params->paid_hours_per_fte;

      result->volume += month->volume;
      result->handle_hours += month->handle_hours;
      result->logged_in_hours += month->logged_in_hours;
      result->paid_hours += month->paid_hours;
      result->fte += month->fte / 12.0;
      result->max_fte = MAX (result->max_fte, month->fte);
      result->max_peak_agents = MAX (result->max_peak_agents, month->peak_agents);
    }
  return TRUE;
}

guint
vb_staffing_compute_all (const VbStaffingParams  *params,
                         const VbForecastChannel *channels,
                         guint                    n_channels,
                         VbStaffingChannelResult *results,
                         char                   **errors,
                         VbStaffingTotals        *totals)
{
  guint n_failed = 0;

  g_return_val_if_fail (params != NULL, 0);
  g_return_val_if_fail (n_channels == 0 || (channels != NULL && results != NULL), 0);
  g_return_val_if_fail (totals != NULL, 0);

  memset (totals, 0, sizeof *totals);
  for (guint i = 0; i < n_channels; i++)
    {
      g_autoptr(GError) error = NULL;
      VbStaffingChannelResult *r = &results[i];

      if (errors)
        errors[i] = NULL;
      if (!vb_staffing_compute_channel (params, &channels[i], r, &error))
        {
          n_failed++;
          if (errors)
            errors[i] = g_strdup (error->message);
          continue;
        }
      totals->volume += r->volume;
      totals->handle_hours += r->handle_hours;
      totals->logged_in_hours += r->logged_in_hours;
      totals->paid_hours += r->paid_hours;
      totals->fte += r->fte;
      for (guint m = 0; m < 12; m++)
        totals->month_fte[m] += r->months[m].fte;
    }
  return n_failed;
}
