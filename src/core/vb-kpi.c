/* vb-kpi.c — the built-in KPI library, percentiles and SLA status
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formulas follow ../shared/DOMAIN.md "KPI definitions"; every one is
 * written out, with the reasons for each choice, in docs/kpi-library.md and
 * checked on hand-computed counts by tests/unit/test-kpi.c.
 */

#define G_LOG_DOMAIN "vb-kpi"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-kpi.h"

/* Comparisons of a computed value with a target forgive rounding: 80 %
 * computed as 79.99999999999999 is 80 % */
#define SLA_EPSILON 1e-9

typedef double (*VbKpiFormula) (const double *c);

/* part ≤ max_factor × whole, and part ≥ min_factor × whole */
typedef struct {
  VbKpiCount part;
  VbKpiCount whole;
  double     min_factor;
  double     max_factor;
} Bound;

#define MAX_COUNTS 4
#define MAX_BOUNDS 3

struct _VbKpi {
  VbKpiId      id;
  const char  *key;
  const char  *name;
  const char  *definition;
  const char  *formula_text;
  VbKpiUnit    unit;
  VbDirection  direction;
  double       percentile;
  VbKpiFormula formula;
  guint        n_counts;
  VbKpiCount   counts[MAX_COUNTS];
  guint        n_bounds;
  Bound        bounds[MAX_BOUNDS];
};

typedef struct {
  const char *key;
  const char *label;
  gboolean    duration;
} CountInfo;

static const CountInfo count_info[VB_KPI_N_COUNTS] = {
  [VB_KPI_COUNT_OFFERED] = { "offered", N_("Contacts offered (answered or abandoned)"), FALSE },
  [VB_KPI_COUNT_ANSWERED_IN_TIME] = { "answered-in-time", N_("Answered within the answer time"), FALSE },
  [VB_KPI_COUNT_SHORT_ABANDONED] = { "short-abandoned", N_("Hung up within a few seconds (left out, if you agreed to)"), FALSE },
  [VB_KPI_COUNT_ANSWERED] = { "answered", N_("Contacts answered"), FALSE },
  [VB_KPI_COUNT_WAIT_SECONDS] = { "wait-seconds", N_("Total waiting time of the answered contacts"), TRUE },
  [VB_KPI_COUNT_ABANDONED] = { "abandoned", N_("Contacts abandoned before an answer"), FALSE },
  [VB_KPI_COUNT_RESOLVED] = { "resolved", N_("Contacts resolved"), FALSE },
  [VB_KPI_COUNT_RESOLUTION_SECONDS] = { "resolution-seconds", N_("Total time from contact to resolution of the resolved contacts"), TRUE },
  [VB_KPI_COUNT_HANDLED] = { "handled", N_("Contacts handled"), FALSE },
  [VB_KPI_COUNT_TALK_SECONDS] = { "talk-seconds", N_("Total talk or writing time"), TRUE },
  [VB_KPI_COUNT_HOLD_SECONDS] = { "hold-seconds", N_("Total hold time"), TRUE },
  [VB_KPI_COUNT_AFTER_WORK_SECONDS] = { "after-work-seconds", N_("Total work after the contacts"), TRUE },
  [VB_KPI_COUNT_CONTACTS] = { "contacts", N_("Customer issues"), FALSE },
  [VB_KPI_COUNT_RESOLVED_FIRST_CONTACT] = { "resolved-first-contact", N_("Issues resolved on the first contact"), FALSE },
  [VB_KPI_COUNT_SURVEY_ANSWERS] = { "survey-answers", N_("Satisfaction survey answers"), FALSE },
  [VB_KPI_COUNT_SATISFIED] = { "satisfied", N_("Satisfied answers (4 or 5 out of 5)"), FALSE },
  [VB_KPI_COUNT_PROMOTERS] = { "promoters", N_("Promoters (9 or 10)"), FALSE },
  [VB_KPI_COUNT_PASSIVES] = { "passives", N_("Passives (7 or 8)"), FALSE },
  [VB_KPI_COUNT_DETRACTORS] = { "detractors", N_("Detractors (0 to 6)"), FALSE },
  [VB_KPI_COUNT_EFFORT_ANSWERS] = { "effort-answers", N_("Effort survey answers"), FALSE },
  [VB_KPI_COUNT_EFFORT_SUM] = { "effort-sum", N_("Sum of the effort scores (1 to 7 each)"), FALSE },
  [VB_KPI_COUNT_ESCALATED] = { "escalated", N_("Contacts passed up to a higher tier"), FALSE },
  [VB_KPI_COUNT_EVALUATIONS] = { "evaluations", N_("Quality evaluations"), FALSE },
  [VB_KPI_COUNT_QA_POINTS] = { "qa-points", N_("Sum of the evaluation scores (0 for a fatal error)"), FALSE },
  [VB_KPI_COUNT_SCHEDULED_SECONDS] = { "scheduled-seconds", N_("Scheduled time"), TRUE },
  [VB_KPI_COUNT_ADHERENT_SECONDS] = { "adherent-seconds", N_("Time spent doing what the schedule said"), TRUE },
  [VB_KPI_COUNT_HANDLE_SECONDS] = { "handle-seconds", N_("Time spent handling contacts"), TRUE },
  [VB_KPI_COUNT_AVAILABLE_SECONDS] = { "available-seconds", N_("Time spent waiting for a contact"), TRUE },
  [VB_KPI_COUNT_LEAVERS] = { "leavers", N_("People who left"), FALSE },
  [VB_KPI_COUNT_MEAN_HEADCOUNT] = { "mean-headcount", N_("Average headcount"), FALSE },
  [VB_KPI_COUNT_PERIOD_WEEKS] = { "period-weeks", N_("Length of the period in weeks"), FALSE },
};

/* NAN when the denominator is 0 or either side is unknown */
static double
ratio (double numerator,
       double denominator)
{
  if (isnan (numerator) || isnan (denominator) || denominator == 0)
    return NAN;
  return numerator / denominator;
}

static double
formula_service_level (const double *c)
{
  double short_abandoned = c[VB_KPI_COUNT_SHORT_ABANDONED];

  /* no exclusion agreed: nothing is left out */
  if (isnan (short_abandoned))
    short_abandoned = 0;
  return 100 * ratio (c[VB_KPI_COUNT_ANSWERED_IN_TIME],
                      c[VB_KPI_COUNT_OFFERED] - short_abandoned);
}

static double
formula_asa (const double *c)
{
  return ratio (c[VB_KPI_COUNT_WAIT_SECONDS], c[VB_KPI_COUNT_ANSWERED]);
}

static double
formula_abandonment (const double *c)
{
  return 100 * ratio (c[VB_KPI_COUNT_ABANDONED], c[VB_KPI_COUNT_OFFERED]);
}

static double
formula_resolution (const double *c)
{
  return ratio (c[VB_KPI_COUNT_RESOLUTION_SECONDS], c[VB_KPI_COUNT_RESOLVED]);
}

static double
formula_aht (const double *c)
{
  return ratio (c[VB_KPI_COUNT_TALK_SECONDS] + c[VB_KPI_COUNT_HOLD_SECONDS]
                + c[VB_KPI_COUNT_AFTER_WORK_SECONDS],
                c[VB_KPI_COUNT_HANDLED]);
}

static double
formula_fcr (const double *c)
{
  return 100 * ratio (c[VB_KPI_COUNT_RESOLVED_FIRST_CONTACT], c[VB_KPI_COUNT_CONTACTS]);
}

static double
formula_csat (const double *c)
{
  return 100 * ratio (c[VB_KPI_COUNT_SATISFIED], c[VB_KPI_COUNT_SURVEY_ANSWERS]);
}

static double
formula_nps (const double *c)
{
  double all = c[VB_KPI_COUNT_PROMOTERS] + c[VB_KPI_COUNT_PASSIVES] + c[VB_KPI_COUNT_DETRACTORS];

  return 100 * ratio (c[VB_KPI_COUNT_PROMOTERS] - c[VB_KPI_COUNT_DETRACTORS], all);
}

static double
formula_ces (const double *c)
{
  return ratio (c[VB_KPI_COUNT_EFFORT_SUM], c[VB_KPI_COUNT_EFFORT_ANSWERS]);
}

static double
formula_escalation (const double *c)
{
  return 100 * ratio (c[VB_KPI_COUNT_ESCALATED], c[VB_KPI_COUNT_HANDLED]);
}

static double
formula_qa (const double *c)
{
  return ratio (c[VB_KPI_COUNT_QA_POINTS], c[VB_KPI_COUNT_EVALUATIONS]);
}

static double
formula_adherence (const double *c)
{
  return 100 * ratio (c[VB_KPI_COUNT_ADHERENT_SECONDS], c[VB_KPI_COUNT_SCHEDULED_SECONDS]);
}

static double
formula_occupancy (const double *c)
{
  return 100 * ratio (c[VB_KPI_COUNT_HANDLE_SECONDS],
                      c[VB_KPI_COUNT_HANDLE_SECONDS] + c[VB_KPI_COUNT_AVAILABLE_SECONDS]);
}

static double
formula_attrition (const double *c)
{
  /* a year is 52 weeks: a month's figure (52 ÷ 12 weeks) is multiplied by 12 */
  return 100 * ratio (c[VB_KPI_COUNT_LEAVERS], c[VB_KPI_COUNT_MEAN_HEADCOUNT])
         * ratio (52, c[VB_KPI_COUNT_PERIOD_WEEKS]);
}

#define C(x) VB_KPI_COUNT_##x
#define PART_OF(p, w) { C(p), C(w), 0, 1 }

static const VbKpi builtin[VB_KPI_N_BUILTIN] = {
  { VB_KPI_SERVICE_LEVEL, "service-level", N_("Service level"),
    N_("The share of contacts answered within the agreed answer time, such as 80 % of calls within 20 seconds. Callers who gave up still count as offered, so hang-ups cannot improve it; only calls dropped within a few seconds are left out, and only if you agreed so."),
    N_("answered within the answer time ÷ (offered − hung up within a few seconds) × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_HIGHER, NAN, formula_service_level,
    3, { C(ANSWERED_IN_TIME), C(OFFERED), C(SHORT_ABANDONED) },
    2, { PART_OF (ANSWERED_IN_TIME, OFFERED), PART_OF (SHORT_ABANDONED, OFFERED) } },
  { VB_KPI_ASA, "asa", N_("Average speed of answer"),
    N_("How long customers wait on average before someone answers, counting only the contacts that were answered."),
    N_("total waiting time of answered contacts ÷ answered contacts"),
    VB_KPI_UNIT_SECONDS, VB_DIRECTION_LOWER, NAN, formula_asa,
    2, { C(WAIT_SECONDS), C(ANSWERED) }, 0, { { 0 } } },
  { VB_KPI_ABANDONMENT, "abandonment-rate", N_("Abandonment rate"),
    N_("The share of customers who gave up before anyone answered."),
    N_("abandoned ÷ offered × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_LOWER, NAN, formula_abandonment,
    2, { C(ABANDONED), C(OFFERED) }, 1, { PART_OF (ABANDONED, OFFERED) } },
  { VB_KPI_FIRST_RESPONSE_MEDIAN, "first-response-median", N_("First response time (median)"),
    N_("The time from a customer's message to the first reply from a person: half of the contacts get their first reply faster than this."),
    N_("the middle value of the first response times (nearest rank)"),
    VB_KPI_UNIT_SECONDS, VB_DIRECTION_LOWER, 0.5, NULL, 0, { 0 }, 0, { { 0 } } },
  { VB_KPI_FIRST_RESPONSE_P90, "first-response-p90", N_("First response time (90th percentile)"),
    N_("The time within which nine out of ten contacts get a first reply from a person: it shows the slow cases an average hides."),
    N_("the value 90 % of the first response times are at or below (nearest rank)"),
    VB_KPI_UNIT_SECONDS, VB_DIRECTION_LOWER, 0.9, NULL, 0, { 0 }, 0, { { 0 } } },
  { VB_KPI_RESOLUTION_TIME, "resolution-time", N_("Resolution time"),
    N_("How long it takes on average from a customer's first contact until the issue is resolved, over the contacts resolved in the period."),
    N_("total time from contact to resolution ÷ resolved contacts"),
    VB_KPI_UNIT_SECONDS, VB_DIRECTION_LOWER, NAN, formula_resolution,
    2, { C(RESOLUTION_SECONDS), C(RESOLVED) }, 0, { { 0 } } },
  { VB_KPI_AHT, "aht", N_("Average handle time"),
    N_("The working time one contact takes on average: talking or writing, keeping the customer on hold, and the work done after the contact."),
    N_("(talk + hold + work after the contact) ÷ contacts handled"),
    VB_KPI_UNIT_SECONDS, VB_DIRECTION_LOWER, NAN, formula_aht,
    4, { C(TALK_SECONDS), C(HOLD_SECONDS), C(AFTER_WORK_SECONDS), C(HANDLED) }, 0, { { 0 } } },
  { VB_KPI_FCR, "fcr", N_("First contact resolution"),
    N_("The share of customer issues solved the first time the customer got in touch, without having to come back. It can come from the agent's note, a survey, or no repeat contact within 7 days."),
    N_("resolved on the first contact ÷ all issues × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_HIGHER, NAN, formula_fcr,
    2, { C(RESOLVED_FIRST_CONTACT), C(CONTACTS) }, 1, { PART_OF (RESOLVED_FIRST_CONTACT, CONTACTS) } },
  { VB_KPI_CSAT, "csat", N_("Customer satisfaction (CSAT)"),
    N_("The share of survey answers that were satisfied: a 4 or 5 on a scale from 1 to 5."),
    N_("answers of 4 or 5 ÷ all answers × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_HIGHER, NAN, formula_csat,
    2, { C(SATISFIED), C(SURVEY_ANSWERS) }, 1, { PART_OF (SATISFIED, SURVEY_ANSWERS) } },
  { VB_KPI_NPS, "nps", N_("Net promoter score (NPS)"),
    N_("How many more customers would recommend you than would warn others off, from the question \"how likely are you to recommend us\" answered from 0 to 10. It runs from −100 to 100."),
    N_("% promoters (9–10) − % detractors (0–6)"),
    VB_KPI_UNIT_NPS, VB_DIRECTION_HIGHER, NAN, formula_nps,
    3, { C(PROMOTERS), C(PASSIVES), C(DETRACTORS) }, 0, { { 0 } } },
  { VB_KPI_CES, "ces", N_("Customer effort score"),
    N_("How easy customers found it to get their issue handled, as the average answer on a scale from 1 (very hard) to 7 (very easy)."),
    N_("sum of the effort scores ÷ effort answers"),
    VB_KPI_UNIT_SCORE_7, VB_DIRECTION_HIGHER, NAN, formula_ces,
    2, { C(EFFORT_SUM), C(EFFORT_ANSWERS) }, 1, { { C(EFFORT_SUM), C(EFFORT_ANSWERS), 1, 7 } } },
  { VB_KPI_ESCALATION, "escalation-rate", N_("Escalation rate"),
    N_("The share of contacts the first agent could not finish and passed up to a more experienced tier or to your own team."),
    N_("escalated ÷ handled × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_LOWER, NAN, formula_escalation,
    2, { C(ESCALATED), C(HANDLED) }, 1, { PART_OF (ESCALATED, HANDLED) } },
  { VB_KPI_QA_SCORE, "qa-score", N_("Quality score"),
    N_("The average result of quality checks on real contacts, on a scorecard worth 100 points. A fatal error, such as giving out private data, makes that evaluation 0."),
    N_("sum of the evaluation scores ÷ evaluations"),
    VB_KPI_UNIT_POINTS_100, VB_DIRECTION_HIGHER, NAN, formula_qa,
    2, { C(QA_POINTS), C(EVALUATIONS) }, 1, { { C(QA_POINTS), C(EVALUATIONS), 0, 100 } } },
  { VB_KPI_ADHERENCE, "schedule-adherence", N_("Schedule adherence"),
    N_("How closely agents followed their schedule: the share of scheduled time they spent doing what it said, at the time it said."),
    N_("time in the scheduled activity ÷ scheduled time × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_HIGHER, NAN, formula_adherence,
    2, { C(ADHERENT_SECONDS), C(SCHEDULED_SECONDS) }, 1, { PART_OF (ADHERENT_SECONDS, SCHEDULED_SECONDS) } },
  { VB_KPI_OCCUPANCY, "occupancy", N_("Occupancy"),
    N_("The share of logged-in time agents spent on contacts rather than waiting for one. Too low wastes money; too high wears people out."),
    N_("handling time ÷ (handling time + waiting time) × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_HIGHER, NAN, formula_occupancy,
    2, { C(HANDLE_SECONDS), C(AVAILABLE_SECONDS) }, 0, { { 0 } } },
  { VB_KPI_ATTRITION, "attrition", N_("Attrition"),
    N_("The share of the team that left, as a yearly rate: leavers in the period divided by the average headcount, scaled up to a year."),
    N_("leavers ÷ average headcount × 52 ÷ weeks in the period × 100"),
    VB_KPI_UNIT_PERCENT, VB_DIRECTION_LOWER, NAN, formula_attrition,
    3, { C(LEAVERS), C(MEAN_HEADCOUNT), C(PERIOD_WEEKS) }, 0, { { 0 } } },
};

#undef PART_OF
#undef C

/* ── Raw counts ─────────────────────────────────────────────────────────── */

void
vb_kpi_counts_init (VbKpiCounts *counts)
{
  g_return_if_fail (counts != NULL);

  for (guint i = 0; i < VB_KPI_N_COUNTS; i++)
    counts->value[i] = NAN;
}

const char *
vb_kpi_count_get_key (VbKpiCount count)
{
  g_return_val_if_fail (count < VB_KPI_N_COUNTS, NULL);

  return count_info[count].key;
}

gboolean
vb_kpi_count_from_key (const char *key,
                       VbKpiCount *count)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < VB_KPI_N_COUNTS; i++)
    if (strcmp (count_info[i].key, key) == 0)
      {
        if (count != NULL)
          *count = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vb_kpi_count_get_label (VbKpiCount count)
{
  g_return_val_if_fail (count < VB_KPI_N_COUNTS, NULL);

  return _(count_info[count].label);
}

gboolean
vb_kpi_count_is_duration (VbKpiCount count)
{
  g_return_val_if_fail (count < VB_KPI_N_COUNTS, FALSE);

  return count_info[count].duration;
}

/* ── The library ───────────────────────────────────────────────────────── */

guint
vb_kpi_get_n_builtin (void)
{
  return VB_KPI_N_BUILTIN;
}

const VbKpi *
vb_kpi_get_builtin (VbKpiId id)
{
  g_return_val_if_fail (id < VB_KPI_N_BUILTIN, NULL);

  return &builtin[id];
}

const VbKpi *
vb_kpi_lookup (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < VB_KPI_N_BUILTIN; i++)
    if (strcmp (builtin[i].key, key) == 0)
      return &builtin[i];
  return NULL;
}

VbKpiId
vb_kpi_get_id (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, VB_KPI_N_BUILTIN);

  return kpi->id;
}

const char *
vb_kpi_get_key (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, NULL);

  return kpi->key;
}

const char *
vb_kpi_get_name (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, NULL);

  return _(kpi->name);
}

const char *
vb_kpi_get_definition (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, NULL);

  return _(kpi->definition);
}

const char *
vb_kpi_get_formula (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, NULL);

  return _(kpi->formula_text);
}

VbKpiUnit
vb_kpi_get_unit (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, VB_KPI_UNIT_PERCENT);

  return kpi->unit;
}

VbDirection
vb_kpi_get_direction (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, VB_DIRECTION_HIGHER);

  return kpi->direction;
}

const VbKpiCount *
vb_kpi_get_counts (const VbKpi *kpi,
                   guint       *n_counts)
{
  g_return_val_if_fail (kpi != NULL, NULL);

  if (n_counts != NULL)
    *n_counts = kpi->n_counts;
  return kpi->counts;
}

double
vb_kpi_get_percentile (const VbKpi *kpi)
{
  g_return_val_if_fail (kpi != NULL, NAN);

  return kpi->percentile;
}

double
vb_kpi_compute (const VbKpi       *kpi,
                const VbKpiCounts *counts)
{
  g_return_val_if_fail (kpi != NULL, NAN);
  g_return_val_if_fail (counts != NULL, NAN);

  if (kpi->formula == NULL)
    return NAN;
  return kpi->formula (counts->value);
}

gboolean
vb_kpi_check_counts (const VbKpi       *kpi,
                     const VbKpiCounts *counts,
                     GError           **error)
{
  g_return_val_if_fail (kpi != NULL, FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < kpi->n_counts; i++)
    {
      double v = counts->value[kpi->counts[i]];

      if (!isnan (v) && (v < 0 || !isfinite (v)))
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("“%s” cannot be negative."),
                       vb_kpi_count_get_label (kpi->counts[i]));
          return FALSE;
        }
    }

  for (guint i = 0; i < kpi->n_bounds; i++)
    {
      const Bound *b = &kpi->bounds[i];
      double part = counts->value[b->part];
      double whole = counts->value[b->whole];

      if (isnan (part) || isnan (whole))
        continue;
      if (part > b->max_factor * whole)
        {
          if (b->max_factor == 1)
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                         _("“%s” cannot be more than “%s”."),
                         vb_kpi_count_get_label (b->part),
                         vb_kpi_count_get_label (b->whole));
          else
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                         _("“%s” cannot be more than %g times “%s”."),
                         vb_kpi_count_get_label (b->part), b->max_factor,
                         vb_kpi_count_get_label (b->whole));
          return FALSE;
        }
      if (part < b->min_factor * whole)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("“%s” cannot be less than %g times “%s”."),
                       vb_kpi_count_get_label (b->part), b->min_factor,
                       vb_kpi_count_get_label (b->whole));
          return FALSE;
        }
    }
  return TRUE;
}

/* ── Percentiles ───────────────────────────────────────────────────────── */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* ⌈p·n⌉, at least 1; p·n is rounded first so that 0.9 × 10 is rank 9, not
 * the 10 that 9.000000000000002 would give */
gsize
vb_kpi_nearest_rank (gsize  n,
                     double p)
{
  double exact = p * (double) n;
  double rounded = nearbyint (exact);
  double rank = fabs (exact - rounded) < 1e-9 * MAX (1.0, exact) ? rounded : ceil (exact);

  if (rank < 1)
    rank = 1;
  if (rank > (double) n)
    rank = (double) n;
  return (gsize) rank;
}

double
vb_kpi_percentile (const double *values,
                   gsize         n,
                   double        p)
{
  g_autofree double *sorted = NULL;

  g_return_val_if_fail (values != NULL || n == 0, NAN);
  g_return_val_if_fail (p > 0 && p <= 1, NAN);

  if (n == 0)
    return NAN;
  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  return sorted[vb_kpi_nearest_rank (n, p) - 1];
}

double
vb_kpi_compute_durations (const VbKpi  *kpi,
                          const double *seconds,
                          gsize         n)
{
  g_return_val_if_fail (kpi != NULL, NAN);

  if (isnan (kpi->percentile))
    return NAN;
  return vb_kpi_percentile (seconds, n, kpi->percentile);
}

/* ── SLA status ────────────────────────────────────────────────────────── */

VbSlaStatus
vb_sla_status (VbDirection direction,
               double      target,
               double      threshold,
               double      value)
{
  /* how much better than the target (negative: worse) */
  double margin, tolerance;

  if (isnan (target))
    return VB_SLA_STATUS_NO_TARGET;
  if (isnan (value))
    return VB_SLA_STATUS_NO_DATA;

  tolerance = SLA_EPSILON * MAX (1.0, fabs (target));
  margin = direction == VB_DIRECTION_HIGHER ? value - target : target - value;
  if (margin >= -tolerance)
    return VB_SLA_STATUS_MET;
  if (isnan (threshold))
    return VB_SLA_STATUS_BREACHED;

  tolerance = SLA_EPSILON * MAX (1.0, fabs (threshold));
  margin = direction == VB_DIRECTION_HIGHER ? value - threshold : threshold - value;
  if (margin >= -tolerance)
    return VB_SLA_STATUS_AT_RISK;
  return VB_SLA_STATUS_BREACHED;
}

const char *
vb_sla_status_get_label (VbSlaStatus status)
{
  switch (status)
    {
    case VB_SLA_STATUS_NO_DATA:
      return _("No data");
    case VB_SLA_STATUS_NO_TARGET:
      return _("Tracked only");
    case VB_SLA_STATUS_MET:
      return _("Met");
    case VB_SLA_STATUS_AT_RISK:
      return _("At risk");
    case VB_SLA_STATUS_BREACHED:
      return _("Breached");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
vb_sla_check_threshold (VbDirection direction,
                        double      target,
                        double      threshold,
                        GError    **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (isinf (target) || isinf (threshold))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("The target and the “not quite” threshold must be numbers."));
      return FALSE;
    }
  if (isnan (threshold))
    return TRUE;
  if (isnan (target))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("A “not quite” threshold needs a target: set the target first."));
      return FALSE;
    }
  if (direction == VB_DIRECTION_HIGHER && !(threshold < target))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("Higher is better here, so the “not quite” threshold must be below the target."));
      return FALSE;
    }
  if (direction == VB_DIRECTION_LOWER && !(threshold > target))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("Lower is better here, so the “not quite” threshold must be above the target."));
      return FALSE;
    }
  return TRUE;
}
