/* test-kpi.c — the KPI library, SLA status and the weekly ticket sums
 * (docs/kpi-library.md)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number is worked out by hand in the comment beside it.
 */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb-error.h"
#include "vb-kpi.h"
#include "vb-kpi-week.h"

#define assert_near(a, b, tol) g_assert_cmpfloat_with_epsilon ((a), (b), (tol))
#define assert_exact(a, b)      g_assert_cmpfloat ((a), ==, (b))

static double
compute (VbKpiId            id,
         const VbKpiCounts *counts)
{
  return vb_kpi_compute (vb_kpi_get_builtin (id), counts);
}

/* ── The library ───────────────────────────────────────────────────────── */

static void
test_library (void)
{
  static const char *const keys[] = {
    "service-level", "asa", "abandonment-rate", "first-response-median",
    "first-response-p90", "resolution-time", "aht", "fcr", "csat", "nps", "ces",
    "escalation-rate", "qa-score", "schedule-adherence", "occupancy", "attrition",
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (vb_kpi_get_n_builtin (), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < vb_kpi_get_n_builtin (); i++)
    {
      const VbKpi *kpi = vb_kpi_get_builtin (i);
      guint n_counts;
      const VbKpiCount *counts = vb_kpi_get_counts (kpi, &n_counts);

      g_assert_cmpstr (vb_kpi_get_key (kpi), ==, keys[i]);
      g_assert_true (vb_kpi_lookup (keys[i]) == kpi);
      g_assert_cmpint (vb_kpi_get_id (kpi), ==, i);
      g_assert_cmpuint (strlen (vb_kpi_get_name (kpi)), >, 2);
      g_assert_cmpuint (strlen (vb_kpi_get_definition (kpi)), >, 40);
      g_assert_cmpuint (strlen (vb_kpi_get_formula (kpi)), >, 10);
      /* a percentile KPI reads durations, every other one counts */
      if (isnan (vb_kpi_get_percentile (kpi)))
        g_assert_cmpuint (n_counts, >=, 2);
      else
        g_assert_cmpuint (n_counts, ==, 0);
      for (guint c = 0; c < n_counts; c++)
        g_assert_cmpuint (counts[c], <, VB_KPI_N_COUNTS);
    }
  g_assert_null (vb_kpi_lookup ("service_level"));
  g_assert_null (vb_kpi_lookup ("my-own-kpi"));

  /* directions: times and rates of bad events are better lower */
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("service-level")), ==, VB_DIRECTION_HIGHER);
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("asa")), ==, VB_DIRECTION_LOWER);
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("abandonment-rate")), ==, VB_DIRECTION_LOWER);
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("first-response-p90")), ==, VB_DIRECTION_LOWER);
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("escalation-rate")), ==, VB_DIRECTION_LOWER);
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("attrition")), ==, VB_DIRECTION_LOWER);
  g_assert_cmpint (vb_kpi_get_direction (vb_kpi_lookup ("nps")), ==, VB_DIRECTION_HIGHER);
  g_assert_cmpint (vb_kpi_get_unit (vb_kpi_lookup ("nps")), ==, VB_KPI_UNIT_NPS);
  g_assert_cmpint (vb_kpi_get_unit (vb_kpi_lookup ("ces")), ==, VB_KPI_UNIT_SCORE_7);
  assert_exact (vb_kpi_get_percentile (vb_kpi_lookup ("first-response-median")), 0.5);
  assert_exact (vb_kpi_get_percentile (vb_kpi_lookup ("first-response-p90")), 0.9);

  /* count keys: unique, kebab-case, found back */
  for (guint c = 0; c < VB_KPI_N_COUNTS; c++)
    {
      const char *key = vb_kpi_count_get_key (c);
      VbKpiCount back;

      g_assert_false (g_hash_table_contains (seen, key));
      g_hash_table_add (seen, (gpointer) key);
      for (const char *p = key; *p; p++)
        g_assert_true (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-');
      g_assert_true (vb_kpi_count_from_key (key, &back));
      g_assert_cmpint (back, ==, c);
      g_assert_cmpuint (strlen (vb_kpi_count_get_label (c)), >, 3);
    }
  g_assert_false (vb_kpi_count_from_key ("nothing", NULL));
  g_assert_true (vb_kpi_count_is_duration (VB_KPI_COUNT_WAIT_SECONDS));
  g_assert_false (vb_kpi_count_is_duration (VB_KPI_COUNT_OFFERED));

  /* NPS needs exactly its three groups */
  {
    guint n;
    const VbKpiCount *nps = vb_kpi_get_counts (vb_kpi_lookup ("nps"), &n);

    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpint (nps[0], ==, VB_KPI_COUNT_PROMOTERS);
    g_assert_cmpint (nps[1], ==, VB_KPI_COUNT_PASSIVES);
    g_assert_cmpint (nps[2], ==, VB_KPI_COUNT_DETRACTORS);
  }
}

/* ── Formulas on hand-computed counts ──────────────────────────────────── */

static void
test_formulas (void)
{
  VbKpiCounts c;

  vb_kpi_counts_init (&c);
  /* Service level: 760 answered within 20 s of 1,000 offered; abandons
   * stay in: 760 ÷ 1,000 × 100 = 76 %. With the 50 calls dropped within a
   * few seconds left out: 760 ÷ (1,000 − 50) × 100 = 80 %. */
  c.value[VB_KPI_COUNT_ANSWERED_IN_TIME] = 760;
  c.value[VB_KPI_COUNT_OFFERED] = 1000;
  assert_near (compute (VB_KPI_SERVICE_LEVEL, &c), 76.0, 1e-12);
  c.value[VB_KPI_COUNT_SHORT_ABANDONED] = 50;
  assert_near (compute (VB_KPI_SERVICE_LEVEL, &c), 80.0, 1e-12);

  /* ASA: 12,600 s of waiting over 420 answered = 30 s */
  c.value[VB_KPI_COUNT_WAIT_SECONDS] = 12600;
  c.value[VB_KPI_COUNT_ANSWERED] = 420;
  assert_near (compute (VB_KPI_ASA, &c), 30.0, 1e-12);

  /* Abandonment: 50 of 1,000 offered = 5 % */
  c.value[VB_KPI_COUNT_ABANDONED] = 50;
  assert_near (compute (VB_KPI_ABANDONMENT, &c), 5.0, 1e-12);

  /* Resolution time: 86,400 s over 12 resolved = 7,200 s (2 h) */
  c.value[VB_KPI_COUNT_RESOLUTION_SECONDS] = 86400;
  c.value[VB_KPI_COUNT_RESOLVED] = 12;
  assert_near (compute (VB_KPI_RESOLUTION_TIME, &c), 7200.0, 1e-9);

  /* AHT: (30,000 talk + 3,000 hold + 9,000 after) = 42,000 s ÷ 175 = 240 s */
  c.value[VB_KPI_COUNT_TALK_SECONDS] = 30000;
  c.value[VB_KPI_COUNT_HOLD_SECONDS] = 3000;
  c.value[VB_KPI_COUNT_AFTER_WORK_SECONDS] = 9000;
  c.value[VB_KPI_COUNT_HANDLED] = 175;
  assert_near (compute (VB_KPI_AHT, &c), 240.0, 1e-12);

  /* FCR: 146 of 200 issues on the first contact = 73 % */
  c.value[VB_KPI_COUNT_RESOLVED_FIRST_CONTACT] = 146;
  c.value[VB_KPI_COUNT_CONTACTS] = 200;
  assert_near (compute (VB_KPI_FCR, &c), 73.0, 1e-12);

  /* CSAT: 170 answers of 4–5 of 200 = 85 % */
  c.value[VB_KPI_COUNT_SATISFIED] = 170;
  c.value[VB_KPI_COUNT_SURVEY_ANSWERS] = 200;
  assert_near (compute (VB_KPI_CSAT, &c), 85.0, 1e-12);

  /* NPS: 60 promoters, 25 passives, 15 detractors of 100: 60 % − 15 % = 45.
   * Passives count in the whole: 50, 30, 40 of 120 → 41.67 % − 33.33 % =
   * (50 − 40) ÷ 120 × 100 = 8.333… (not (50 − 40) ÷ 90 = 11.1). */
  c.value[VB_KPI_COUNT_PROMOTERS] = 60;
  c.value[VB_KPI_COUNT_PASSIVES] = 25;
  c.value[VB_KPI_COUNT_DETRACTORS] = 15;
  assert_near (compute (VB_KPI_NPS, &c), 45.0, 1e-12);
  c.value[VB_KPI_COUNT_PROMOTERS] = 50;
  c.value[VB_KPI_COUNT_PASSIVES] = 30;
  c.value[VB_KPI_COUNT_DETRACTORS] = 40;
  assert_near (compute (VB_KPI_NPS, &c), 100.0 / 12, 1e-12);
  /* all detractors: −100 */
  c.value[VB_KPI_COUNT_PROMOTERS] = 0;
  c.value[VB_KPI_COUNT_PASSIVES] = 0;
  assert_near (compute (VB_KPI_NPS, &c), -100.0, 1e-12);

  /* CES: scores summing to 1,150 over 200 answers = 5.75 */
  c.value[VB_KPI_COUNT_EFFORT_SUM] = 1150;
  c.value[VB_KPI_COUNT_EFFORT_ANSWERS] = 200;
  assert_near (compute (VB_KPI_CES, &c), 5.75, 1e-12);

  /* Escalation: 14 of the 175 handled = 8 % */
  c.value[VB_KPI_COUNT_ESCALATED] = 14;
  assert_near (compute (VB_KPI_ESCALATION, &c), 8.0, 1e-12);

  /* QA: 30 evaluations scoring 2,610 points (a fatal one counted 0) = 87 */
  c.value[VB_KPI_COUNT_QA_POINTS] = 2610;
  c.value[VB_KPI_COUNT_EVALUATIONS] = 30;
  assert_near (compute (VB_KPI_QA_SCORE, &c), 87.0, 1e-12);

  /* Adherence: 26,784 s of 28,800 s scheduled (8 h) = 93 % */
  c.value[VB_KPI_COUNT_ADHERENT_SECONDS] = 26784;
  c.value[VB_KPI_COUNT_SCHEDULED_SECONDS] = 28800;
  assert_near (compute (VB_KPI_ADHERENCE, &c), 93.0, 1e-12);

  /* Occupancy: 24,000 s handling, 6,000 s waiting: 24,000 ÷ 30,000 = 80 % */
  c.value[VB_KPI_COUNT_HANDLE_SECONDS] = 24000;
  c.value[VB_KPI_COUNT_AVAILABLE_SECONDS] = 6000;
  assert_near (compute (VB_KPI_OCCUPANCY, &c), 80.0, 1e-12);

  /* Attrition: 10 leavers over a year (52 weeks) with 25 people on
   * average = 40 %/yr; a month (52 ÷ 12 weeks) with 3 leavers:
   * 3 ÷ 25 = 12 % a month × 12 = 144 %/yr */
  c.value[VB_KPI_COUNT_LEAVERS] = 10;
  c.value[VB_KPI_COUNT_MEAN_HEADCOUNT] = 25;
  c.value[VB_KPI_COUNT_PERIOD_WEEKS] = 52;
  assert_near (compute (VB_KPI_ATTRITION, &c), 40.0, 1e-12);
  c.value[VB_KPI_COUNT_LEAVERS] = 3;
  c.value[VB_KPI_COUNT_PERIOD_WEEKS] = 52.0 / 12;
  assert_near (compute (VB_KPI_ATTRITION, &c), 144.0, 1e-9);

  /* percentile KPIs have no count formula */
  g_assert_true (isnan (compute (VB_KPI_FIRST_RESPONSE_MEDIAN, &c)));
  g_assert_true (isnan (compute (VB_KPI_FIRST_RESPONSE_P90, &c)));
}

/* Every formula is NAN when its denominator is 0 and when a count it
 * needs is unknown */
static void
test_zero_denominators (void)
{
  for (guint i = 0; i < vb_kpi_get_n_builtin (); i++)
    {
      const VbKpi *kpi = vb_kpi_get_builtin (i);
      guint n;
      const VbKpiCount *needs = vb_kpi_get_counts (kpi, &n);
      VbKpiCounts c;

      vb_kpi_counts_init (&c);
      g_test_message ("%s", vb_kpi_get_key (kpi));
      g_assert_true (isnan (vb_kpi_compute (kpi, &c)));
      for (guint k = 0; k < n; k++)
        c.value[needs[k]] = 0;
      g_assert_true (isnan (vb_kpi_compute (kpi, &c)));
    }

  {
    VbKpiCounts c;

    /* everything offered was a short abandon: nothing left to measure */
    vb_kpi_counts_init (&c);
    c.value[VB_KPI_COUNT_ANSWERED_IN_TIME] = 0;
    c.value[VB_KPI_COUNT_OFFERED] = 50;
    c.value[VB_KPI_COUNT_SHORT_ABANDONED] = 50;
    g_assert_true (isnan (compute (VB_KPI_SERVICE_LEVEL, &c)));
    /* a numerator not known: not known, not 0 */
    vb_kpi_counts_init (&c);
    c.value[VB_KPI_COUNT_SURVEY_ANSWERS] = 10;
    g_assert_true (isnan (compute (VB_KPI_CSAT, &c)));
    /* zero satisfied of 10 is a real 0 % */
    c.value[VB_KPI_COUNT_SATISFIED] = 0;
    assert_exact (compute (VB_KPI_CSAT, &c), 0.0);
  }
}

static void
test_check_counts (void)
{
  VbKpiCounts c;
  g_autoptr(GError) error = NULL;

  vb_kpi_counts_init (&c);
  c.value[VB_KPI_COUNT_ANSWERED_IN_TIME] = 800;
  c.value[VB_KPI_COUNT_OFFERED] = 1000;
  g_assert_true (vb_kpi_check_counts (vb_kpi_lookup ("service-level"), &c, &error));
  g_assert_no_error (error);

  c.value[VB_KPI_COUNT_ANSWERED_IN_TIME] = 1001;
  g_assert_false (vb_kpi_check_counts (vb_kpi_lookup ("service-level"), &c, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cannot be more than"));
  g_clear_error (&error);

  c.value[VB_KPI_COUNT_ANSWERED_IN_TIME] = -1;
  g_assert_false (vb_kpi_check_counts (vb_kpi_lookup ("service-level"), &c, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* effort scores are 1–7: 10 answers sum to 10 … 70 */
  c.value[VB_KPI_COUNT_EFFORT_ANSWERS] = 10;
  c.value[VB_KPI_COUNT_EFFORT_SUM] = 70;
  g_assert_true (vb_kpi_check_counts (vb_kpi_lookup ("ces"), &c, &error));
  c.value[VB_KPI_COUNT_EFFORT_SUM] = 71;
  g_assert_false (vb_kpi_check_counts (vb_kpi_lookup ("ces"), &c, &error));
  g_clear_error (&error);
  c.value[VB_KPI_COUNT_EFFORT_SUM] = 9;
  g_assert_false (vb_kpi_check_counts (vb_kpi_lookup ("ces"), &c, &error));
  g_clear_error (&error);

  /* QA: at most 100 points an evaluation */
  c.value[VB_KPI_COUNT_EVALUATIONS] = 3;
  c.value[VB_KPI_COUNT_QA_POINTS] = 301;
  g_assert_false (vb_kpi_check_counts (vb_kpi_lookup ("qa-score"), &c, &error));
  g_clear_error (&error);

  /* counts not entered are not checked */
  vb_kpi_counts_init (&c);
  g_assert_true (vb_kpi_check_counts (vb_kpi_lookup ("nps"), &c, &error));
  g_assert_no_error (error);
}

/* ── Percentiles by nearest rank ───────────────────────────────────────── */

static void
test_percentile_exact (void)
{
  const double five[] = { 5, 1, 4, 2, 3 };
  const double four[] = { 40, 10, 30, 20 };
  double ten[10];

  /* 5 values: median rank ⌈2.5⌉ = 3 → 3; p90 rank ⌈4.5⌉ = 5 → 5 */
  assert_exact (vb_kpi_percentile (five, 5, 0.5), 3);
  assert_exact (vb_kpi_percentile (five, 5, 0.9), 5);
  /* the input is not reordered */
  assert_exact (five[0], 5);
  /* 4 values: median rank 2 → 20 (nearest rank: no interpolation to 25) */
  assert_exact (vb_kpi_percentile (four, 4, 0.5), 20);
  /* 1 … 10: p90 rank 0.9 × 10 = 9 → 9, not 10 */
  for (guint i = 0; i < 10; i++)
    ten[i] = i + 1;
  assert_exact (vb_kpi_percentile (ten, 10, 0.9), 9);
  assert_exact (vb_kpi_percentile (ten, 10, 1.0), 10);
  assert_exact (vb_kpi_percentile (ten, 1, 0.9), 1);
  g_assert_true (isnan (vb_kpi_percentile (NULL, 0, 0.5)));
  /* ranks where p·n is a whole number only up to rounding */
  g_assert_cmpuint (vb_kpi_nearest_rank (30, 0.9), ==, 27);
  g_assert_cmpuint (vb_kpi_nearest_rank (70, 0.9), ==, 63);
  g_assert_cmpuint (vb_kpi_nearest_rank (31, 0.9), ==, 28);   /* ⌈27.9⌉ */
  g_assert_cmpuint (vb_kpi_nearest_rank (1, 0.01), ==, 1);
  /* 0.07 × 100 is 7.000000000000001: rank 7, not 8 */
  g_assert_cmpuint (vb_kpi_nearest_rank (100, 0.07), ==, 7);
  g_assert_cmpuint (vb_kpi_nearest_rank (200000, 0.07), ==, 14000);
  for (gsize n = 1; n < 2000; n++)
    g_assert_cmpuint (vb_kpi_nearest_rank (n * 10, 0.9), ==, n * 9);

  assert_exact (vb_kpi_compute_durations (vb_kpi_lookup ("first-response-median"), five, 5), 3);
  assert_exact (vb_kpi_compute_durations (vb_kpi_lookup ("first-response-p90"), five, 5), 5);
  g_assert_true (isnan (vb_kpi_compute_durations (vb_kpi_lookup ("csat"), five, 5)));
}

/* ── SLA status ────────────────────────────────────────────────────────── */

static void
test_sla_status_higher (void)
{
  VbKpiCounts c;

  /* 80 % target, "not quite" at 75 % */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 80), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 80.01), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 100), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 79.99), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 75.01), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 75), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 74.99), ==, VB_SLA_STATUS_BREACHED);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, 0), ==, VB_SLA_STATUS_BREACHED);
  /* no threshold: just short of the target is breached */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, NAN, 79.99), ==, VB_SLA_STATUS_BREACHED);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, NAN, 80), ==, VB_SLA_STATUS_MET);
  /* no value, no target */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 80, 75, NAN), ==, VB_SLA_STATUS_NO_DATA);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, NAN, NAN, 50), ==, VB_SLA_STATUS_NO_TARGET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, NAN, NAN, NAN), ==, VB_SLA_STATUS_NO_TARGET);

  /* a computed value at the target counts as at the target: 29 satisfied
   * of 100 is 100 × 0.29 = 28.999999999999996 in floating point, and that
   * is 29 %, met */
  vb_kpi_counts_init (&c);
  c.value[VB_KPI_COUNT_SATISFIED] = 29;
  c.value[VB_KPI_COUNT_SURVEY_ANSWERS] = 100;
  g_assert_cmpfloat (compute (VB_KPI_CSAT, &c), <, 29);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 29, 25, compute (VB_KPI_CSAT, &c)), ==,
                   VB_SLA_STATUS_MET);
  /* the same for a threshold: 28.999999999999996 with the threshold at 29 */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 30, 29, compute (VB_KPI_CSAT, &c)), ==,
                   VB_SLA_STATUS_AT_RISK);
  /* NPS runs negative: target 10, threshold −10 */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 10, -10, -10), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_HIGHER, 10, -10, -10.5), ==, VB_SLA_STATUS_BREACHED);

  g_assert_cmpstr (vb_sla_status_get_label (VB_SLA_STATUS_AT_RISK), ==, "At risk");
  g_assert_cmpstr (vb_sla_status_get_label (VB_SLA_STATUS_NO_TARGET), ==, "Tracked only");
}

static void
test_sla_status_lower (void)
{
  /* ASA: 30 s target, "not quite" at 45 s */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 30), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 29.9), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 0), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 30.1), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 44.9), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 45), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, 45.1), ==, VB_SLA_STATUS_BREACHED);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, NAN, 30.1), ==, VB_SLA_STATUS_BREACHED);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 30, 45, NAN), ==, VB_SLA_STATUS_NO_DATA);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, NAN, NAN, 12), ==, VB_SLA_STATUS_NO_TARGET);
  /* abandonment: 5 % target, 7 % threshold, 0 % is met */
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 5, 7, 0), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_status (VB_DIRECTION_LOWER, 5, 7, 7.0001), ==, VB_SLA_STATUS_BREACHED);
}

static void
assert_threshold_refused (VbDirection direction,
                          double      target,
                          double      threshold,
                          const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vb_sla_check_threshold (direction, target, threshold, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_sla_threshold (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_sla_check_threshold (VB_DIRECTION_HIGHER, 80, 75, &error));
  g_assert_true (vb_sla_check_threshold (VB_DIRECTION_LOWER, 30, 45, &error));
  g_assert_true (vb_sla_check_threshold (VB_DIRECTION_HIGHER, 80, NAN, &error));
  g_assert_true (vb_sla_check_threshold (VB_DIRECTION_LOWER, NAN, NAN, &error));
  g_assert_true (vb_sla_check_threshold (VB_DIRECTION_HIGHER, 10, -10, &error));
  g_assert_no_error (error);

  assert_threshold_refused (VB_DIRECTION_HIGHER, 80, 85, "below the target");
  assert_threshold_refused (VB_DIRECTION_HIGHER, 80, 80, "below the target");
  assert_threshold_refused (VB_DIRECTION_LOWER, 30, 20, "above the target");
  assert_threshold_refused (VB_DIRECTION_LOWER, 30, 30, "above the target");
  assert_threshold_refused (VB_DIRECTION_LOWER, NAN, 45, "needs a target");
  assert_threshold_refused (VB_DIRECTION_HIGHER, INFINITY, 45, "must be numbers");
}

/* ── Weekly sums of tickets ────────────────────────────────────────────── */

static gint64
unix_at (GTimeZone  *tz,
         int         year,
         int         month,
         int         day,
         int         hour,
         int         minute)
{
  g_autoptr(GDateTime) t = g_date_time_new (tz, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (t);
}

static void
add_ticket (VbKpiWeeks   *weeks,
            gint64        created,
            VbChannel     channel,
            double        first_reply,
            double        resolution,
            VbRatingScale scale,
            int           rating,
            gboolean      escalated,
            gboolean      reopened)
{
  g_autoptr(GError) error = NULL;
  VbTicket t;

  vb_ticket_init (&t);
  t.created = created;
  t.channel = channel;
  if (!isnan (first_reply))
    t.first_response = created + (gint64) first_reply;
  if (!isnan (resolution))
    t.resolved = created + (gint64) resolution;
  t.rating_scale = scale;
  t.rating = rating;
  t.escalated = escalated;
  t.reopened = reopened;
  g_assert_true (vb_kpi_weeks_add (weeks, &t, &error));
  g_assert_no_error (error);
}

/* 2026 began on a Thursday, so it has an ISO week 53: Monday 28 December
 * 2026 to Sunday 3 January 2027. Monday 4 January 2027 starts 2027-W01.
 * The team is in Berlin (UTC+1 in winter). */
static void
test_week_boundary (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(VbKpiWeeks) weeks = NULL;
  const VbKpiWeek *w;
  VbKpiCounts c;

  g_assert_nonnull (berlin);
  weeks = vb_kpi_weeks_new (berlin);

  /* 2026-W53, chat: first replies 60, 120, 300 s → median (rank 2) 120 s,
   * p90 (rank ⌈2.7⌉ = 3) 300 s; resolved after 3,600 s (then reopened)
   * and 7,200 s → mean 5,400 s, FCR proxy 1 of 2 solved = 50 %; 1 of 3
   * escalated = 33.3 %; CSAT on 1–5: a 5 and a 3 → 1 of 2 = 50 % */
  add_ticket (weeks, unix_at (berlin, 2026, 12, 31, 9, 0), VB_CHANNEL_CHAT, 60, 3600,
              VB_RATING_SCALE_1_TO_5, 5, FALSE, TRUE);
  add_ticket (weeks, unix_at (berlin, 2027, 1, 1, 12, 0), VB_CHANNEL_CHAT, 120, 7200,
              VB_RATING_SCALE_1_TO_5, 3, TRUE, FALSE);
  /* Sunday 23:30 in Berlin is still 2026-W53 (Monday 00:30 would not be) */
  add_ticket (weeks, unix_at (berlin, 2027, 1, 3, 23, 30), VB_CHANNEL_CHAT, 300, NAN,
              VB_RATING_SCALE_NONE, 0, FALSE, FALSE);
  /* 2026-W53, email: replies after 1 h and 2 h; 0–10 answers 10 and 6 →
   * CSAT (9–10) 1 of 2 = 50 %, NPS (1 − 1) ÷ 2 = 0 */
  add_ticket (weeks, unix_at (berlin, 2026, 12, 28, 0, 0), VB_CHANNEL_EMAIL, 3600, NAN,
              VB_RATING_SCALE_0_TO_10, 10, FALSE, FALSE);
  add_ticket (weeks, unix_at (berlin, 2027, 1, 2, 8, 0), VB_CHANNEL_EMAIL, 7200, NAN,
              VB_RATING_SCALE_0_TO_10, 6, FALSE, FALSE);
  /* 2027-W01, chat: 2027-01-04 00:00 Berlin is 2027-01-03 23:00 UTC — a
   * Sunday in UTC, a Monday for the team */
  add_ticket (weeks, unix_at (utc, 2027, 1, 3, 23, 0), VB_CHANNEL_CHAT, 30, 600,
              VB_RATING_SCALE_GOOD_BAD, 1, FALSE, FALSE);

  g_assert_cmpuint (vb_kpi_weeks_get_n_tickets (weeks), ==, 6);
  g_assert_cmpuint (vb_kpi_weeks_get_n_cells (weeks), ==, 3);

  w = vb_kpi_weeks_get_cell (weeks, 0);
  g_assert_cmpint (w->iso_year, ==, 2026);
  g_assert_cmpint (w->iso_week, ==, 53);
  g_assert_cmpint (w->channel, ==, VB_CHANNEL_CHAT);
  /* Monday 28 December 2026 00:00 in Berlin = 27 December 23:00 UTC */
  g_assert_cmpint (w->week_start, ==, unix_at (utc, 2026, 12, 27, 23, 0));
  g_assert_cmpuint (w->tickets, ==, 3);
  /* above 64 s the sketch is within 0.5 %: 120 ± 0.6 s, 300 ± 1.5 s */
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("first-response-median")), 120, 0.6);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("first-response-p90")), 300, 1.5);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("resolution-time")), 5400, 1e-9);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("fcr")), 50, 1e-9);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("escalation-rate")), 100.0 / 3, 1e-9);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("csat")), 50, 1e-9);
  g_assert_true (isnan (vb_kpi_week_compute (w, vb_kpi_lookup ("nps"))));
  g_assert_true (isnan (vb_kpi_week_compute (w, vb_kpi_lookup ("service-level"))));
  vb_kpi_week_get_counts (w, &c);
  assert_exact (c.value[VB_KPI_COUNT_HANDLED], 3);
  assert_exact (c.value[VB_KPI_COUNT_RESOLVED], 2);
  assert_exact (c.value[VB_KPI_COUNT_RESOLUTION_SECONDS], 10800);
  assert_exact (c.value[VB_KPI_COUNT_RESOLVED_FIRST_CONTACT], 1);
  g_assert_true (isnan (c.value[VB_KPI_COUNT_OFFERED]));

  w = vb_kpi_weeks_get_cell (weeks, 1);
  g_assert_cmpint (w->iso_year, ==, 2026);
  g_assert_cmpint (w->iso_week, ==, 53);
  g_assert_cmpint (w->channel, ==, VB_CHANNEL_EMAIL);
  g_assert_cmpuint (w->tickets, ==, 2);
  /* 3,600 and 7,200 s: median rank 1 → 3,600 within 0.5 % */
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("first-response-median")), 3600, 3600 * 0.005);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("csat")), 50, 1e-9);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("nps")), 0, 1e-9);
  g_assert_cmpuint (w->promoters, ==, 1);
  g_assert_cmpuint (w->detractors, ==, 1);
  /* nothing resolved: no resolution time, no FCR */
  g_assert_true (isnan (vb_kpi_week_compute (w, vb_kpi_lookup ("resolution-time"))));
  g_assert_true (isnan (vb_kpi_week_compute (w, vb_kpi_lookup ("fcr"))));

  w = vb_kpi_weeks_get_cell (weeks, 2);
  g_assert_cmpint (w->iso_year, ==, 2027);
  g_assert_cmpint (w->iso_week, ==, 1);
  g_assert_cmpint (w->channel, ==, VB_CHANNEL_CHAT);
  g_assert_cmpint (w->week_start, ==, unix_at (utc, 2027, 1, 3, 23, 0));
  g_assert_cmpuint (w->tickets, ==, 1);
  assert_near (vb_kpi_week_compute (w, vb_kpi_lookup ("csat")), 100, 1e-9);
  assert_exact (vb_kpi_week_compute (w, vb_kpi_lookup ("first-response-p90")), 30);
}

/* The same tickets in UTC: the Monday 00:00 Berlin ticket is a Sunday */
static void
test_week_time_zone (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(VbKpiWeeks) weeks = vb_kpi_weeks_new (NULL);

  add_ticket (weeks, unix_at (utc, 2027, 1, 3, 23, 0), VB_CHANNEL_CHAT, 30, NAN,
              VB_RATING_SCALE_NONE, 0, FALSE, FALSE);
  add_ticket (weeks, unix_at (utc, 2027, 1, 4, 0, 0), VB_CHANNEL_CHAT, 30, NAN,
              VB_RATING_SCALE_NONE, 0, FALSE, FALSE);
  g_assert_cmpuint (vb_kpi_weeks_get_n_cells (weeks), ==, 2);
  g_assert_cmpint (vb_kpi_weeks_get_cell (weeks, 0)->iso_week, ==, 53);
  g_assert_cmpint (vb_kpi_weeks_get_cell (weeks, 1)->iso_week, ==, 1);
  g_assert_cmpint (vb_kpi_weeks_get_cell (weeks, 1)->week_start, ==, unix_at (utc, 2027, 1, 4, 0, 0));
}

static void
test_ticket_refused (void)
{
  g_autoptr(VbKpiWeeks) weeks = vb_kpi_weeks_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_utc (2027, 3, 1, 10, 0, 0);
  g_autoptr(GDateTime) replied = g_date_time_new_utc (2027, 3, 1, 9, 0, 0);
  VbTicket t;

  vb_ticket_init (&t);
  g_assert_false (vb_kpi_weeks_add (weeks, &t, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING);
  g_clear_error (&error);

  vb_ticket_set_times (&t, created, replied, NULL);
  g_assert_false (vb_kpi_weeks_add (weeks, &t, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  vb_ticket_set_times (&t, created, NULL, NULL);
  t.resolution_seconds = -5;
  g_assert_false (vb_kpi_weeks_add (weeks, &t, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  t.resolution_seconds = NAN;
  t.channel = 99;
  g_assert_false (vb_kpi_weeks_add (weeks, &t, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  g_clear_error (&error);
  /* a refused ticket counts nowhere */
  g_assert_cmpuint (vb_kpi_weeks_get_n_tickets (weeks), ==, 0);
  g_assert_cmpuint (vb_kpi_weeks_get_n_cells (weeks), ==, 0);

  /* a duration the export gives wins over the timestamps */
  t.channel = VB_CHANNEL_EMAIL;
  vb_ticket_set_times (&t, created, replied, NULL);
  t.first_response_seconds = 900;
  g_assert_true (vb_kpi_weeks_add (weeks, &t, &error));
  g_assert_no_error (error);
  assert_near (vb_kpi_week_compute (vb_kpi_weeks_get_cell (weeks, 0),
                                    vb_kpi_lookup ("first-response-median")), 900, 900 * 0.005);

  /* dates spanning more weeks than the limit are refused, not stored */
  vb_ticket_init (&t);
  for (guint i = 0; i < VB_KPI_WEEKS_MAX_CELLS / 8 + 1; i++)
    for (VbChannel ch = VB_CHANNEL_PHONE; ch <= VB_CHANNEL_OTHER; ch++)
      {
        t.created = g_date_time_to_unix (created) + (gint64) i * 7 * 86400;
        t.channel = ch;
        if (!vb_kpi_weeks_add (weeks, &t, &error))
          goto refused;
      }
  g_assert_not_reached ();
refused:
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpuint (vb_kpi_weeks_get_n_cells (weeks), ==, VB_KPI_WEEKS_MAX_CELLS);
}

/* ── The sketch against exact percentiles ──────────────────────────────── */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Below 64 s every whole second is exact */
static void
test_sketch_small (void)
{
  VbDurationSketch s;

  vb_duration_sketch_init (&s);
  g_assert_true (isnan (vb_duration_sketch_percentile (&s, 0.5)));
  g_assert_true (isnan (vb_duration_sketch_mean (&s)));
  /* 0, 1, …, 63, each once: median rank 32 → 31; p90 rank ⌈57.6⌉ = 58 → 57 */
  for (guint i = 0; i < 64; i++)
    vb_duration_sketch_add (&s, i);
  assert_exact (vb_duration_sketch_percentile (&s, 0.5), 31);
  assert_exact (vb_duration_sketch_percentile (&s, 0.9), 57);
  assert_exact (vb_duration_sketch_percentile (&s, 1.0), 63);
  /* mean (0 + 63) ÷ 2 = 31.5, exact */
  assert_near (vb_duration_sketch_mean (&s), 31.5, 1e-12);
  /* the bucket layout reaches ten years and no further */
  g_assert_cmpuint (vb_duration_sketch_bucket (VB_DURATION_SKETCH_MAX_SECONDS), <,
                    VB_DURATION_SKETCH_N_BUCKETS);
  g_assert_cmpuint (vb_duration_sketch_bucket (VB_DURATION_SKETCH_MAX_SECONDS), >,
                    VB_DURATION_SKETCH_N_BUCKETS - 8);
  g_assert_cmpuint (vb_duration_sketch_bucket (1e12), ==,
                    vb_duration_sketch_bucket (VB_DURATION_SKETCH_MAX_SECONDS));
}

/* A known distribution: 200,000 first-reply times, log-normal around
 * 10 minutes (from 1 s to days), drawn with a fixed seed. Every
 * percentile from 1 % to 100 % read from the sketch is within 0.5 % of the
 * exact nearest-rank value of the sorted list (1 s below 64 s). Merging
 * two halves gives the same sketch as adding all. */
static void
test_sketch_accuracy (void)
{
  const gsize n = 200000;
  g_autofree double *values = g_new (double, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);
  VbDurationSketch *all = g_new (VbDurationSketch, 1);
  VbDurationSketch *a = g_new (VbDurationSketch, 1);
  VbDurationSketch *b = g_new (VbDurationSketch, 1);
  double worst = 0;

  vb_duration_sketch_init (all);
  vb_duration_sketch_init (a);
  vb_duration_sketch_init (b);
  for (gsize i = 0; i < n; i++)
    {
      /* Box–Muller: ln(seconds) ~ N(ln 600, 1.5²), whole seconds as
       * timestamps give them */
      double u1 = g_rand_double (rand), u2 = g_rand_double (rand);
      double z = sqrt (-2 * log (1 - u1)) * cos (2 * G_PI * u2);

      values[i] = floor (exp (log (600) + 1.5 * z));
      vb_duration_sketch_add (all, values[i]);
      vb_duration_sketch_add (i % 2 ? a : b, values[i]);
    }
  vb_duration_sketch_merge (a, b);
  g_assert_cmpmem (a->buckets, sizeof a->buckets, all->buckets, sizeof all->buckets);
  g_assert_cmpuint (a->n, ==, n);

  qsort (values, n, sizeof (double), compare_doubles);
  for (guint k = 1; k <= 100; k++)
    {
      double p = k / 100.0;
      double exact = values[vb_kpi_nearest_rank (n, p) - 1];
      double approx = vb_duration_sketch_percentile (all, p);

      if (exact < VB_DURATION_SKETCH_LINEAR)
        g_assert_cmpfloat (fabs (approx - exact), <, 1);
      else
        {
          double error = fabs (approx - exact) / exact;

          worst = MAX (worst, error);
          g_assert_cmpfloat (error, <=, 0.005);
        }
    }
  g_test_message ("worst relative error %.4f %%", 100 * worst);
  /* the bound is not vacuous: buckets are not exact above 64 s */
  g_assert_cmpfloat (worst, >, 0.0005);
  /* median and p90 compared directly */
  assert_near (vb_duration_sketch_percentile (all, 0.5), values[n / 2 - 1], values[n / 2 - 1] * 0.005);
  assert_near (vb_duration_sketch_percentile (all, 0.9), values[n * 9 / 10 - 1],
               values[n * 9 / 10 - 1] * 0.005);
  g_free (all);
  g_free (a);
  g_free (b);
}

/* Every bucket's reported value against the values it holds */
static void
test_sketch_bound (void)
{
  for (double v = 64; v < 1e8; v *= 1.0007)
    {
      double reported = vb_duration_sketch_bucket_value (vb_duration_sketch_bucket (v));

      g_assert_cmpfloat (fabs (reported - v) / v, <=, 0.005);
    }
}

/* ── A million tickets in bounded memory ───────────────────────────────── */

static gsize
peak_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);
  return (gsize) g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

/* A million tickets over 52 weeks and 3 channels. Keeping two durations a
 * ticket would take 16 MB; the sums take 52 × 3 cells of about 13 KB
 * (2 MB). The peak resident size may grow by less than 6 MB. */
static void
test_million_tickets (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr(VbKpiWeeks) weeks = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 1, 4, 0, 0, 0);
  gint64 t0 = g_date_time_to_unix (start) - 3600;   /* Monday 00:00 in Paris */
  const VbChannel channels[] = { VB_CHANNEL_PHONE, VB_CHANNEL_CHAT, VB_CHANNEL_EMAIL };
  guint64 total = 0, within = 0;
  gsize before, after;
  gint64 began;

  /* in a process of its own, so that what the other tests allocated does
   * not hide the peak */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  before = peak_kib ();
  began = g_get_monotonic_time ();
  weeks = vb_kpi_weeks_new (tz);
  for (guint i = 0; i < 1000000; i++)
    {
      VbTicket t;

      vb_ticket_init (&t);
      /* spread over 52 weeks, in no order */
      t.created = t0 + g_rand_int_range (rand, 0, 52 * 7 * 86400 - 7200);
      t.channel = channels[i % 3];
      t.first_response = t.created + g_rand_int_range (rand, 1, 7200);
      if (i % 4 != 0)
        t.resolved = t.first_response + g_rand_int_range (rand, 0, 86400);
      t.rating_scale = i % 5 == 0 ? VB_RATING_SCALE_1_TO_5 : VB_RATING_SCALE_NONE;
      t.rating = 1 + i % 5;
      t.escalated = i % 10 == 0;
      g_assert_true (vb_kpi_weeks_add (weeks, &t, NULL));
    }
  after = peak_kib ();
  g_printerr ("# 1,000,000 tickets in %.2f s; peak grew by %" G_GSIZE_FORMAT " KiB\n",
                  (g_get_monotonic_time () - began) / 1e6, after - before);

  g_assert_cmpuint (vb_kpi_weeks_get_n_tickets (weeks), ==, 1000000);
  /* Monday 4 January 2027 (2027-W01) plus 52 weeks ends on Sunday 2
   * January 2028 (2027-W52): 52 weeks of 3 channels */
  g_assert_cmpuint (vb_kpi_weeks_get_n_cells (weeks), ==, 52 * 3);
  for (guint i = 0; i < vb_kpi_weeks_get_n_cells (weeks); i++)
    {
      const VbKpiWeek *w = vb_kpi_weeks_get_cell (weeks, i);
      double p90 = vb_kpi_week_compute (w, vb_kpi_lookup ("first-response-p90"));

      total += w->tickets;
      within += w->first_response.n;
      /* uniform 1 … 7,199 s: the p90 is near 6,480 s */
      g_assert_cmpfloat (fabs (p90 - 6480), <, 6480 * 0.03);
      if (i > 0)
        g_assert_cmpint (vb_kpi_weeks_get_cell (weeks, i - 1)->week_start, <=, w->week_start);
    }
  g_assert_cmpuint (total, ==, 1000000);
  g_assert_cmpuint (within, ==, 1000000);
  g_assert_cmpuint (after - before, <, 6 * 1024);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kpi/library", test_library);
  g_test_add_func ("/kpi/formulas", test_formulas);
  g_test_add_func ("/kpi/zero-denominators", test_zero_denominators);
  g_test_add_func ("/kpi/check-counts", test_check_counts);
  g_test_add_func ("/kpi/percentile-exact", test_percentile_exact);
  g_test_add_func ("/kpi/sla-status-higher", test_sla_status_higher);
  g_test_add_func ("/kpi/sla-status-lower", test_sla_status_lower);
  g_test_add_func ("/kpi/sla-threshold", test_sla_threshold);
  g_test_add_func ("/kpi/week-boundary", test_week_boundary);
  g_test_add_func ("/kpi/week-time-zone", test_week_time_zone);
  g_test_add_func ("/kpi/ticket-refused", test_ticket_refused);
  g_test_add_func ("/kpi/sketch-small", test_sketch_small);
  g_test_add_func ("/kpi/sketch-accuracy", test_sketch_accuracy);
  g_test_add_func ("/kpi/sketch-bound", test_sketch_bound);
  g_test_add_func ("/kpi/million-tickets", test_million_tickets);

  return g_test_run ();
}
