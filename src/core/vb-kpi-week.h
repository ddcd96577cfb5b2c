/* vb-kpi-week.h — tickets summed per week and channel (docs/kpi-library.md)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stream of tickets (from a help-desk export) becomes, per week and
 * channel, the raw counts of the KPI library and two duration sketches
 * (first response, resolution) from which percentiles are read. Memory
 * depends on the number of weeks and channels seen, never on the number
 * of tickets: no duration is kept.
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"
#include "vb-kpi.h"

G_BEGIN_DECLS

/* ── A bounded summary of durations ─────────────────────────────────────── */

/* Whole seconds below VB_DURATION_SKETCH_LINEAR each have their own
 * bucket; above, each bucket is 1 % wider than the one before, up to
 * VB_DURATION_SKETCH_MAX_SECONDS (ten years; longer durations count as
 * ten years). A percentile read from the sketch is exact for whole
 * seconds below 64 s (within 1 s for fractions) and within 0.5 % of the
 * exact nearest-rank percentile above. */
#define VB_DURATION_SKETCH_LINEAR      64
#define VB_DURATION_SKETCH_GROWTH      1.01
#define VB_DURATION_SKETCH_MAX_SECONDS (10 * 365.25 * 86400)
#define VB_DURATION_SKETCH_N_BUCKETS   1616

typedef struct {
  guint64 n;
  double  sum;        /* exact: for means */
  double  min;
  double  max;
  guint32 buckets[VB_DURATION_SKETCH_N_BUCKETS];
} VbDurationSketch;

void     vb_duration_sketch_init       (VbDurationSketch       *sketch);
/* `seconds` ≥ 0 */
void     vb_duration_sketch_add        (VbDurationSketch       *sketch,
                                        double                  seconds);
void     vb_duration_sketch_merge      (VbDurationSketch       *sketch,
                                        const VbDurationSketch *other);
/* The p-th percentile by nearest rank (0 < p ≤ 1), within the bound
 * above; NAN when empty */
double   vb_duration_sketch_percentile (const VbDurationSketch *sketch,
                                        double                  p);
double   vb_duration_sketch_mean       (const VbDurationSketch *sketch);
/* The bucket of a duration, and the value a bucket reports */
guint    vb_duration_sketch_bucket     (double                  seconds);
double   vb_duration_sketch_bucket_value (guint                 bucket);

/* ── Tickets ────────────────────────────────────────────────────────────── */

/* How a ticket's satisfaction answer is given. To become a GEnum in
 * vb-enums.c when the schema stores an import's column mapping. */
typedef enum {
  VB_RATING_SCALE_NONE,       /* no answer */
  VB_RATING_SCALE_GOOD_BAD,   /* rating 1: good, 0: bad */
  VB_RATING_SCALE_1_TO_5,     /* satisfied: 4–5 */
  VB_RATING_SCALE_0_TO_10,    /* satisfied: 9–10; also promoters / passives / detractors */
} VbRatingScale;

#define VB_TICKET_NO_TIME G_MININT64

typedef struct {
  gint64        created;                  /* Unix seconds; required */
  gint64        first_response;           /* VB_TICKET_NO_TIME: not answered (or see the duration) */
  gint64        resolved;                 /* VB_TICKET_NO_TIME: not resolved (or see the duration) */
  double        first_response_seconds;   /* given by the export; NAN: from the timestamps */
  double        resolution_seconds;       /* given by the export; NAN: from the timestamps */
  VbChannel     channel;
  VbRatingScale rating_scale;
  int           rating;
  gboolean      escalated;
  gboolean      reopened;
} VbTicket;

/* No times, no durations, no rating, channel other */
void     vb_ticket_init                (VbTicket               *ticket);
/* The timestamps from date-times (NULL: none); `created` is required */
void     vb_ticket_set_times           (VbTicket               *ticket,
                                        GDateTime              *created,
                                        GDateTime              *first_response,
                                        GDateTime              *resolved);

/* ── Weeks ──────────────────────────────────────────────────────────────── */

/* One week (Monday 00:00 to the next Monday 00:00 in the team's time zone)
 * and channel. Tickets count in the week they were created. */
typedef struct {
  gint64           week_start;            /* Unix seconds */
  int              iso_year;              /* ISO 8601 week-numbering year */
  int              iso_week;              /* 1–53 */
  VbChannel        channel;
  guint64          tickets;
  guint64          resolved;
  guint64          resolved_without_reopen;
  guint64          reopened;
  guint64          escalated;
  guint64          survey_answers;
  guint64          satisfied;
  guint64          promoters;
  guint64          passives;
  guint64          detractors;
  VbDurationSketch first_response;        /* tickets with a first reply */
  VbDurationSketch resolution;            /* resolved tickets */
} VbKpiWeek;

typedef struct _VbKpiWeeks VbKpiWeeks;

/* At most this many week × channel cells (ten years of every channel):
 * a file whose dates span more is refused, so memory stays bounded */
#define VB_KPI_WEEKS_MAX_CELLS 4160

/* `tz`: the team's time zone (NULL: UTC) */
VbKpiWeeks      *vb_kpi_weeks_new      (GTimeZone              *tz);
void             vb_kpi_weeks_free     (VbKpiWeeks             *weeks);
/* Refuses (and counts nothing of) a ticket with an unknown channel, a
 * reply or resolution before its creation, or a week past the limit */
gboolean         vb_kpi_weeks_add      (VbKpiWeeks             *weeks,
                                        const VbTicket         *ticket,
                                        GError                **error);
guint64          vb_kpi_weeks_get_n_tickets (VbKpiWeeks        *weeks);
/* The cells, by week then channel */
guint            vb_kpi_weeks_get_n_cells (VbKpiWeeks          *weeks);
const VbKpiWeek *vb_kpi_weeks_get_cell (VbKpiWeeks             *weeks,
                                        guint                   index);

/* The raw counts of the library that tickets give (the others NAN):
 * handled = tickets, escalated; resolved and their resolution time;
 * contacts = resolved and resolved-first-contact = resolved without a
 * reopen (FCR from ticket data: a proxy, labelled so); the survey answers;
 * promoters, passives and detractors from 0–10 answers */
void             vb_kpi_week_get_counts (const VbKpiWeek       *week,
                                         VbKpiCounts           *counts);
/* A KPI's value for the week: from the counts, or from the first-response
 * sketch for a percentile KPI; NAN when tickets cannot give it */
double           vb_kpi_week_compute   (const VbKpiWeek        *week,
                                        const VbKpi            *kpi);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbKpiWeeks, vb_kpi_weeks_free)

G_END_DECLS
