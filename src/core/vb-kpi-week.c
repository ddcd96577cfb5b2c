/* vb-kpi-week.c — tickets summed per week and channel, duration sketches
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sketch is a fixed histogram: bucket k < 64 holds durations in
 * [k, k + 1) seconds; bucket 64 + j holds [64·γ^j, 64·γ^(j+1)) with
 * γ = 1.01, and reports the geometric middle 64·γ^(j+½). A percentile
 * finds the bucket that holds the value of rank ⌈p·n⌉ exactly (the
 * counts are exact), so the only error is the position inside that bucket:
 * at most γ^½ − 1 ≈ 0.499 % of the value (docs/kpi-library.md).
 *
 * Weeks are found in a sorted array of the weeks seen so far: the time
 * zone is consulted (through GDateTime) once per new week, not per ticket.
 */

#define G_LOG_DOMAIN "vb-kpi-week"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-kpi-week.h"

#define N_CHANNELS (VB_CHANNEL_OTHER + 1)

typedef struct {
  gint64     start;
  gint64     end;
  int        iso_year;
  int        iso_week;
  VbKpiWeek *cells[N_CHANNELS];
} WeekSpan;

struct _VbKpiWeeks {
  GTimeZone *tz;
  GArray    *spans;      /* WeekSpan, by start */
  GPtrArray *sorted;     /* VbKpiWeek, borrowed; NULL: to be rebuilt */
  guint      n_cells;
  guint64    n_tickets;
};

/* ── The sketch ─────────────────────────────────────────────────────────── */

void
vb_duration_sketch_init (VbDurationSketch *sketch)
{
  g_return_if_fail (sketch != NULL);

  memset (sketch, 0, sizeof *sketch);
  sketch->min = NAN;
  sketch->max = NAN;
}

guint
vb_duration_sketch_bucket (double seconds)
{
  double j;

  if (!(seconds > 0))
    return 0;
  if (seconds < VB_DURATION_SKETCH_LINEAR)
    return (guint) seconds;
  if (seconds >= VB_DURATION_SKETCH_MAX_SECONDS)
    seconds = VB_DURATION_SKETCH_MAX_SECONDS;
  j = floor (log (seconds / VB_DURATION_SKETCH_LINEAR) / log (VB_DURATION_SKETCH_GROWTH));
  return MIN (VB_DURATION_SKETCH_LINEAR + (guint) j, VB_DURATION_SKETCH_N_BUCKETS - 1);
}

double
vb_duration_sketch_bucket_value (guint bucket)
{
  g_return_val_if_fail (bucket < VB_DURATION_SKETCH_N_BUCKETS, NAN);

  if (bucket < VB_DURATION_SKETCH_LINEAR)
    return bucket;
  return VB_DURATION_SKETCH_LINEAR
         * pow (VB_DURATION_SKETCH_GROWTH, (double) (bucket - VB_DURATION_SKETCH_LINEAR) + 0.5);
}

void
vb_duration_sketch_add (VbDurationSketch *sketch,
                        double            seconds)
{
  g_return_if_fail (sketch != NULL);
  g_return_if_fail (seconds >= 0);

  sketch->buckets[vb_duration_sketch_bucket (seconds)]++;
  sketch->n++;
  sketch->sum += seconds;
  if (!(seconds >= sketch->min))
    sketch->min = seconds;
  if (!(seconds <= sketch->max))
    sketch->max = seconds;
}

void
vb_duration_sketch_merge (VbDurationSketch       *sketch,
                          const VbDurationSketch *other)
{
  g_return_if_fail (sketch != NULL);
  g_return_if_fail (other != NULL);

  if (other->n == 0)
    return;
  for (guint i = 0; i < VB_DURATION_SKETCH_N_BUCKETS; i++)
    sketch->buckets[i] += other->buckets[i];
  sketch->n += other->n;
  sketch->sum += other->sum;
  if (!(other->min >= sketch->min))
    sketch->min = other->min;
  if (!(other->max <= sketch->max))
    sketch->max = other->max;
}

double
vb_duration_sketch_percentile (const VbDurationSketch *sketch,
                               double                  p)
{
  guint64 rank, seen = 0;

  g_return_val_if_fail (sketch != NULL, NAN);
  g_return_val_if_fail (p > 0 && p <= 1, NAN);

  if (sketch->n == 0)
    return NAN;
  rank = vb_kpi_nearest_rank (sketch->n, p);
  for (guint i = 0; i < VB_DURATION_SKETCH_N_BUCKETS; i++)
    {
      seen += sketch->buckets[i];
      if (seen >= rank)
        /* the smallest and the largest value are known exactly */
        return CLAMP (vb_duration_sketch_bucket_value (i), sketch->min, sketch->max);
    }
  g_return_val_if_reached (NAN);
}

double
vb_duration_sketch_mean (const VbDurationSketch *sketch)
{
  g_return_val_if_fail (sketch != NULL, NAN);

  return sketch->n == 0 ? NAN : sketch->sum / (double) sketch->n;
}

/* ── Tickets ────────────────────────────────────────────────────────────── */

void
vb_ticket_init (VbTicket *ticket)
{
  g_return_if_fail (ticket != NULL);

  memset (ticket, 0, sizeof *ticket);
  ticket->created = VB_TICKET_NO_TIME;
  ticket->first_response = VB_TICKET_NO_TIME;
  ticket->resolved = VB_TICKET_NO_TIME;
  ticket->first_response_seconds = NAN;
  ticket->resolution_seconds = NAN;
  ticket->channel = VB_CHANNEL_OTHER;
  ticket->rating_scale = VB_RATING_SCALE_NONE;
}

void
vb_ticket_set_times (VbTicket  *ticket,
                     GDateTime *created,
                     GDateTime *first_response,
                     GDateTime *resolved)
{
  g_return_if_fail (ticket != NULL);
  g_return_if_fail (created != NULL);

  ticket->created = g_date_time_to_unix (created);
  ticket->first_response = first_response != NULL ? g_date_time_to_unix (first_response) : VB_TICKET_NO_TIME;
  ticket->resolved = resolved != NULL ? g_date_time_to_unix (resolved) : VB_TICKET_NO_TIME;
}

/* The duration a ticket gives, from the export's own figure or from the
 * timestamps; NAN: none. FALSE for one that is negative. */
static gboolean
ticket_duration (double  given,
                 gint64  created,
                 gint64  at,
                 double *seconds)
{
  if (!isnan (given))
    *seconds = given;
  else if (at != VB_TICKET_NO_TIME)
    *seconds = (double) (at - created);
  else
    *seconds = NAN;
  return isnan (*seconds) || (*seconds >= 0 && isfinite (*seconds));
}

/* ── Weeks ──────────────────────────────────────────────────────────────── */

VbKpiWeeks *
vb_kpi_weeks_new (GTimeZone *tz)
{
  VbKpiWeeks *self = g_new0 (VbKpiWeeks, 1);

  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_utc ();
  self->spans = g_array_new (FALSE, TRUE, sizeof (WeekSpan));
  return self;
}

void
vb_kpi_weeks_free (VbKpiWeeks *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->spans->len; i++)
    {
      WeekSpan *span = &g_array_index (self->spans, WeekSpan, i);

      for (guint c = 0; c < N_CHANNELS; c++)
        g_free (span->cells[c]);
    }
  g_array_unref (self->spans);
  g_clear_pointer (&self->sorted, g_ptr_array_unref);
  g_time_zone_unref (self->tz);
  g_free (self);
}

/* The index of the span holding `t`, or where a new one goes (*found FALSE) */
static guint
find_span (VbKpiWeeks *self,
           gint64      t,
           gboolean   *found)
{
  guint lo = 0, hi = self->spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      WeekSpan *span = &g_array_index (self->spans, WeekSpan, mid);

      if (t < span->start)
        hi = mid;
      else if (t >= span->end)
        lo = mid + 1;
      else
        {
          *found = TRUE;
          return mid;
        }
    }
  *found = FALSE;
  return lo;
}

static WeekSpan *
span_for (VbKpiWeeks *self,
          gint64      t)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) monday = NULL;
  g_autoptr(GDateTime) next = NULL;
  WeekSpan span = { 0 };
  gboolean found;
  guint index;

  index = find_span (self, t, &found);
  if (found)
    return &g_array_index (self->spans, WeekSpan, index);

  utc = g_date_time_new_from_unix_utc (t);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_timezone (utc, self->tz);
  midnight = g_date_time_new (self->tz, g_date_time_get_year (local),
                              g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  if (midnight == NULL)
    return NULL;
  /* adding days keeps the wall-clock time: 00:00 across a change of
   * summer time too */
  monday = g_date_time_add_days (midnight, 1 - g_date_time_get_day_of_week (local));
  next = monday != NULL ? g_date_time_add_weeks (monday, 1) : NULL;
  if (next == NULL)
    return NULL;

  span.start = g_date_time_to_unix (monday);
  span.end = g_date_time_to_unix (next);
  span.iso_year = g_date_time_get_week_numbering_year (monday);
  span.iso_week = g_date_time_get_week_of_year (monday);
  /* a midnight that does not exist (a zone that changes its clocks at
   * 00:00) moves the start: keep the ticket inside its span all the same */
  span.start = MIN (span.start, t);
  span.end = MAX (span.end, t + 1);
  if (index > 0)
    span.start = MAX (span.start, g_array_index (self->spans, WeekSpan, index - 1).end);
  if (index < self->spans->len)
    span.end = MIN (span.end, g_array_index (self->spans, WeekSpan, index).start);
  g_array_insert_val (self->spans, index, span);
  return &g_array_index (self->spans, WeekSpan, index);
}

gboolean
vb_kpi_weeks_add (VbKpiWeeks     *self,
                  const VbTicket *ticket,
                  GError        **error)
{
  WeekSpan *span;
  VbKpiWeek *cell;
  double first_response, resolution;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (ticket != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) ticket->channel >= N_CHANNELS)
    {
      g_set_error_literal (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                           _("The ticket’s channel is not one Vendorbench knows."));
      return FALSE;
    }
  if (ticket->created == VB_TICKET_NO_TIME)
    {
      g_set_error_literal (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                           _("The ticket has no creation date."));
      return FALSE;
    }
  if (!ticket_duration (ticket->first_response_seconds, ticket->created,
                        ticket->first_response, &first_response))
    {
      g_set_error_literal (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                           _("The ticket’s first reply comes before the ticket was created."));
      return FALSE;
    }
  if (!ticket_duration (ticket->resolution_seconds, ticket->created,
                        ticket->resolved, &resolution))
    {
      g_set_error_literal (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                           _("The ticket is resolved before it was created."));
      return FALSE;
    }

  span = span_for (self, ticket->created);
  if (span == NULL)
    {
      g_set_error_literal (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                           _("The ticket’s creation date is out of range."));
      return FALSE;
    }
  cell = span->cells[ticket->channel];
  if (cell == NULL)
    {
      if (self->n_cells >= VB_KPI_WEEKS_MAX_CELLS)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("The tickets span more than %u weeks and channels: import a shorter period."),
                       (guint) VB_KPI_WEEKS_MAX_CELLS);
          return FALSE;
        }
      cell = g_new0 (VbKpiWeek, 1);
      cell->week_start = span->start;
      cell->iso_year = span->iso_year;
      cell->iso_week = span->iso_week;
      cell->channel = ticket->channel;
      vb_duration_sketch_init (&cell->first_response);
      vb_duration_sketch_init (&cell->resolution);
      span->cells[ticket->channel] = cell;
      self->n_cells++;
      g_clear_pointer (&self->sorted, g_ptr_array_unref);
    }

  self->n_tickets++;
  cell->tickets++;
  if (ticket->escalated)
    cell->escalated++;
  if (ticket->reopened)
    cell->reopened++;
  if (!isnan (first_response))
    vb_duration_sketch_add (&cell->first_response, first_response);
  if (!isnan (resolution))
    {
      vb_duration_sketch_add (&cell->resolution, resolution);
      cell->resolved++;
      if (!ticket->reopened)
        cell->resolved_without_reopen++;
    }

  switch (ticket->rating_scale)
    {
    case VB_RATING_SCALE_NONE:
      break;
    case VB_RATING_SCALE_GOOD_BAD:
      cell->survey_answers++;
      cell->satisfied += ticket->rating != 0;
      break;
    case VB_RATING_SCALE_1_TO_5:
      cell->survey_answers++;
      cell->satisfied += ticket->rating >= 4;
      break;
    case VB_RATING_SCALE_0_TO_10:
      cell->survey_answers++;
      cell->satisfied += ticket->rating >= 9;
      if (ticket->rating >= 9)
        cell->promoters++;
      else if (ticket->rating >= 7)
        cell->passives++;
      else
        cell->detractors++;
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

guint64
vb_kpi_weeks_get_n_tickets (VbKpiWeeks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_tickets;
}

static GPtrArray *
ensure_sorted (VbKpiWeeks *self)
{
  if (self->sorted != NULL)
    return self->sorted;
  self->sorted = g_ptr_array_sized_new (self->n_cells);
  for (guint i = 0; i < self->spans->len; i++)
    {
      WeekSpan *span = &g_array_index (self->spans, WeekSpan, i);

      for (guint c = 0; c < N_CHANNELS; c++)
        if (span->cells[c] != NULL)
          g_ptr_array_add (self->sorted, span->cells[c]);
    }
  return self->sorted;
}

guint
vb_kpi_weeks_get_n_cells (VbKpiWeeks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_cells;
}

const VbKpiWeek *
vb_kpi_weeks_get_cell (VbKpiWeeks *self,
                       guint       index)
{
  GPtrArray *sorted;

  g_return_val_if_fail (self != NULL, NULL);

  sorted = ensure_sorted (self);
  g_return_val_if_fail (index < sorted->len, NULL);
  return g_ptr_array_index (sorted, index);
}

void
vb_kpi_week_get_counts (const VbKpiWeek *week,
                        VbKpiCounts     *counts)
{
  g_return_if_fail (week != NULL);
  g_return_if_fail (counts != NULL);

  vb_kpi_counts_init (counts);
  counts->value[VB_KPI_COUNT_HANDLED] = week->tickets;
  counts->value[VB_KPI_COUNT_ESCALATED] = week->escalated;
  counts->value[VB_KPI_COUNT_RESOLVED] = week->resolved;
  counts->value[VB_KPI_COUNT_RESOLUTION_SECONDS] = week->resolution.sum;
  counts->value[VB_KPI_COUNT_CONTACTS] = week->resolved;
  counts->value[VB_KPI_COUNT_RESOLVED_FIRST_CONTACT] = week->resolved_without_reopen;
  counts->value[VB_KPI_COUNT_SURVEY_ANSWERS] = week->survey_answers;
  counts->value[VB_KPI_COUNT_SATISFIED] = week->satisfied;
  counts->value[VB_KPI_COUNT_PROMOTERS] = week->promoters;
  counts->value[VB_KPI_COUNT_PASSIVES] = week->passives;
  counts->value[VB_KPI_COUNT_DETRACTORS] = week->detractors;
}

double
vb_kpi_week_compute (const VbKpiWeek *week,
                     const VbKpi     *kpi)
{
  VbKpiCounts counts;
  double p;

  g_return_val_if_fail (week != NULL, NAN);
  g_return_val_if_fail (kpi != NULL, NAN);

  p = vb_kpi_get_percentile (kpi);
  if (!isnan (p))
    return vb_duration_sketch_percentile (&week->first_response, p);
  vb_kpi_week_get_counts (week, &counts);
  return vb_kpi_compute (kpi, &counts);
}
