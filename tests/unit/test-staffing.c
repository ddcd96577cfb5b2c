/* test-staffing.c — Erlang C and the staffing of a forecast (docs/staffing-model.md)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference values were computed independently of this code, from the
 * textbook sum with exact rationals (Python's fractions, no Erlang B):
 *
 *   def pwait(A, N):                       # A^N/N!·N/(N−A) ÷ (Σ_{k<N} A^k/k! + same)
 *       term, s = F(1), F(0)
 *       for k in range(N): s += term; term = term * F(A) / (k + 1)
 *       top = term * N / (N - A)
 *       return top / (s + top)
 *   SL(t) = 1 − pwait · exp(−(N − A)·t ÷ AHT)
 *
 * For 1,000 to 5,000 Erlangs the same sum multiplied by N! (all integers):
 *   P = A^N·N/(N−A) ÷ (Σ_{k<N} A^k·N!/k! + A^N·N/(N−A)).
 */

#include <math.h>

#include "vb-error.h"
#include "vb-staffing.h"

#define assert_near(a, b, tol) g_assert_cmpfloat_with_epsilon ((a), (b), (tol))

/* 100 calls in 30 minutes, 180 s each: A = 100 × 180 ÷ 1800 = 10 Erlangs.
 * Exact: N = 13 → P_wait 0.285270, SL(20 s) 0.795595 (short of 80 %);
 *        N = 14 → P_wait 0.174132, SL(20 s) 0.888350, ASA 7.8359 s.
 * The textbook answer: 14 agents for 80 % in 20 s. */
static void
test_erlang_textbook (void)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;

  assert_near (vb_erlang_c (10, 13), 0.285270, 1e-6);
  assert_near (vb_erlang_service_level (10, 13, 180, 20), 0.795595, 1e-6);
  assert_near (vb_erlang_c (10, 14), 0.174132, 1e-6);
  assert_near (vb_erlang_service_level (10, 14, 180, 20), 0.888350, 1e-6);
  assert_near (vb_erlang_asa (10, 14, 180), 7.8359, 1e-4);

  g_assert_true (vb_erlang_staff (100, 1800, 180, 80, 20, NAN, NAN, &r, &error));
  g_assert_no_error (error);
  assert_near (r.traffic, 10, 1e-12);
  g_assert_cmpuint (r.agents, ==, 14);
  assert_near (r.wait_probability, 0.174132, 1e-6);
  assert_near (r.service_level, 0.888350, 1e-6);
  assert_near (r.asa_seconds, 7.8359, 1e-4);
  assert_near (r.occupancy, 10.0 / 14, 1e-12);
  g_assert_false (r.occupancy_bound);
}

/* DOMAIN.md's check: 360 calls per 30 min, AHT 240 s → A = 48.
 * Exact: N = 55 → P_wait 0.238701, SL(15 s) 0.845883, ASA 8.1840 s,
 * occupancy 0.8727; N = 54 → SL(20 s) 0.817248; N = 53 → SL(20 s) 0.751768. */
static void
test_erlang_domain_check (void)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;

  assert_near (vb_erlang_c (48, 55), 0.238701, 1e-6);
  assert_near (vb_erlang_service_level (48, 55, 240, 15), 0.845883, 1e-6);
  assert_near (vb_erlang_asa (48, 55, 240), 8.1840, 1e-4);
  assert_near (vb_erlang_service_level (48, 53, 240, 20), 0.751768, 1e-6);

  g_assert_true (vb_erlang_staff (360, 1800, 240, 80, 20, NAN, NAN, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.agents, ==, 54);
  assert_near (r.service_level, 0.817248, 1e-6);
  assert_near (r.wait_probability, 0.301308, 1e-6);
}

/* Large traffic, against the exact integer computation (AHT 180 s, 20 s):
 *   A = 1000: N = 1010 → SL 0.782561071 (short); N = 1011 → P_wait 0.632109174690, SL 0.813796548
 *   A = 2000: N = 2020 → P_wait 0.547850887767
 *   A = 5000: N = 5012 → SL 0.788063519 (short); N = 5013 → P_wait 0.789077842458, SL 0.813874620 */
static void
test_erlang_large (void)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;
  gint64 start, took;

  assert_near (vb_erlang_c (1000, 1011), 0.632109174690, 1e-9);
  assert_near (vb_erlang_c (2000, 2020), 0.547850887767, 1e-9);
  assert_near (vb_erlang_c (5000, 5013), 0.789077842458, 1e-9);
  assert_near (vb_erlang_service_level (5000, 5012, 180, 20), 0.788063519, 1e-8);

  start = g_get_monotonic_time ();
  /* 10,000 calls in 30 min at 180 s = 1,000 Erlangs */
  g_assert_true (vb_erlang_staff (10000, 1800, 180, 80, 20, NAN, NAN, &r, &error));
  took = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_test_message ("1,000 Erlangs staffed in %" G_GINT64_FORMAT " µs", took);
  assert_near (r.traffic, 1000, 1e-9);
  g_assert_cmpuint (r.agents, ==, 1011);
  assert_near (r.service_level, 0.813796548, 1e-8);

  g_assert_true (vb_erlang_staff (50000, 1800, 180, 80, 20, NAN, NAN, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.agents, ==, 5013);
  assert_near (r.wait_probability, 0.789077842458, 1e-9);
  g_assert_true (isfinite (r.asa_seconds));
}

static void
test_erlang_edges (void)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;

  /* no contacts: no agent, nobody waits */
  g_assert_true (vb_erlang_staff (0, 1800, 180, 80, 20, NAN, NAN, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.agents, ==, 0);
  assert_near (r.service_level, 1, 1e-12);
  assert_near (r.traffic, 0, 1e-12);
  assert_near (vb_erlang_c (0, 3), 0, 1e-12);

  /* traffic at or above the agents: everyone waits, the queue grows */
  assert_near (vb_erlang_c (10, 10), 1, 1e-12);
  assert_near (vb_erlang_service_level (10, 9, 180, 20), 0, 1e-12);
  g_assert_true (isinf (vb_erlang_asa (10, 10, 180)));

  /* a target that is not a share, a missing handle time */
  g_assert_false (vb_erlang_staff (100, 1800, 180, 100, 20, NAN, NAN, &r, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vb_erlang_staff (100, 1800, NAN, 80, 20, NAN, NAN, &r, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
}

/* A = 10: the service target alone needs 14 (occupancy 71.4 %). A cap of
 * 70 % needs ceil (10 ÷ 0.7) = ceil (14.29) = 15; a cap of 85 % needs 12,
 * fewer than the target does, so it does not bind. */
static void
test_erlang_occupancy_cap (void)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_erlang_staff (100, 1800, 180, 80, 20, 70, NAN, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.agents, ==, 15);
  g_assert_true (r.occupancy_bound);
  assert_near (r.occupancy, 10.0 / 15, 1e-12);

  g_assert_true (vb_erlang_staff (100, 1800, 180, 80, 20, 85, NAN, &r, &error));
  g_assert_cmpuint (r.agents, ==, 14);
  g_assert_false (r.occupancy_bound);

  /* a cap that divides exactly: 10 ÷ 0.625 = 16, not 17 */
  g_assert_true (vb_erlang_staff (100, 1800, 180, 80, 20, 62.5, NAN, &r, &error));
  g_assert_cmpuint (r.agents, ==, 16);
}

/* 100 chats in 30 min of 360 s each, two at once: effective handle time
 * 180 s, the textbook case again (14 agents, SL 0.888350). */
static void
test_erlang_concurrency (void)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_erlang_staff (100, 1800, 360, 80, 20, NAN, 2, &r, &error));
  g_assert_no_error (error);
  assert_near (r.traffic, 10, 1e-12);
  g_assert_cmpuint (r.agents, ==, 14);
  assert_near (r.service_level, 0.888350, 1e-6);

  /* one at a time: 20 Erlangs, far more agents */
  g_assert_true (vb_erlang_staff (100, 1800, 360, 80, 20, NAN, 1, &r, &error));
  g_assert_cmpuint (r.agents, >, 20);
}

static void
fill_months (VbForecastChannel *c,
             double             volume)
{
  for (guint m = 0; m < 12; m++)
    c->volume[m] = volume;
}

/* The worked example of docs/staffing-model.md: phone, 60 open hours a
 * week → 60 × 52 ÷ 12 = 260 open hours a month = 520 intervals of 30 min;
 * 52,000 calls a month → 100 a interval, AHT 180 s, 80 % in 20 s → 14
 * agents (A = 10); the busiest interval 150 calls, A = 15 → 19 agents
 * (exact: N = 18 SL 0.741093, N = 19 SL 0.843412). Shrinkage 30 %:
 * scheduled 14 ÷ 0.7 = 20; logged in 14 × 260 = 3,640 h; paid 3,640 ÷ 0.7
 * = 5,200 h; FTE 5,200 ÷ 160 = 32.5. In July the volume halves: 50 per
 * interval, A = 5 → 8 agents (N = 7 SL 0.740441, N = 8 SL 0.880148):
 * 2,080 h logged in, 2,971.43 paid, 18.571 FTE. Handle hours: 52,000 ×
 * 180 ÷ 3600 = 2,600 (1,300 in July). The year: 11 × 32.5 + 18.571 =
 * 376.07 FTE-months, 31.339 FTE on average. */
static void
test_staffing_live_month (void)
{
  VbStaffingParams params;
  VbForecastChannel c;
  VbStaffingChannelResult r;
  g_autoptr(GError) error = NULL;

  vb_staffing_params_init (&params);
  vb_forecast_channel_init (&c);
  c.channel = VB_CHANNEL_PHONE;
  c.live = TRUE;
  fill_months (&c, 52000);
  c.volume[6] = 26000;
  c.aht_seconds = 180;
  c.open_hours_per_week = 60;
  c.service_level_pct = 80;
  c.service_seconds = 20;
  c.shrinkage_pct = 30;

  g_assert_true (vb_staffing_compute_channel (&params, &c, &r, &error));
  g_assert_no_error (error);
  assert_near (r.months[0].open_hours, 260, 1e-9);
  assert_near (r.months[0].average.traffic, 10, 1e-9);
  assert_near (r.months[0].agents, 14, 1e-12);
  assert_near (r.months[0].peak_agents, 19, 1e-12);
  assert_near (r.months[0].scheduled_fte, 20, 1e-9);
  assert_near (r.months[0].peak_scheduled_fte, 19 / 0.7, 1e-9);
  assert_near (r.months[0].handle_hours, 2600, 1e-9);
  assert_near (r.months[0].logged_in_hours, 3640, 1e-9);
  assert_near (r.months[0].paid_hours, 5200, 1e-9);
  assert_near (r.months[0].fte, 32.5, 1e-9);
  assert_near (r.months[6].agents, 8, 1e-12);
  assert_near (r.months[6].logged_in_hours, 2080, 1e-9);
  assert_near (r.months[6].fte, 2080 / 0.7 / 160, 1e-9);

  assert_near (r.volume, 11 * 52000 + 26000, 1e-6);
  assert_near (r.handle_hours, 11 * 2600 + 1300, 1e-6);
  assert_near (r.logged_in_hours, 11 * 3640 + 2080, 1e-6);
  assert_near (r.fte, (11 * 32.5 + 2080 / 0.7 / 160) / 12, 1e-9);
  assert_near (r.fte, 31.339, 1e-3);
  assert_near (r.max_fte, 32.5, 1e-9);
  assert_near (r.max_peak_agents, 19, 1e-12);
}

/* Email: 3,120 a month of 600 s = 520 hours of work over 260 open hours:
 * 2 people working on average; 80 % occupancy → 2.5 logged in, 650 h;
 * shrinkage 35 % → 1,000 paid hours, 6.25 FTE (DOMAIN.md's formula:
 * 520 ÷ (160 × 0.65 × 0.8) = 6.25).
 * A 4-hour response time is 4 × 60 ÷ 168 = 1.43 open hours: the busiest
 * interval (1.5 × 2 = 3 people's work for 0.5 h) needs only
 * 3 × 0.5 ÷ 1.93 = 0.78, less than the average, so nothing changes.
 * A 6-minute response time is 0.1 × 60 ÷ 168 = 1/28 open hour:
 * 3 × 0.5 ÷ (0.5 + 1/28) = 2.8 people → 3.5 logged in, 910 h, 1,400 paid,
 * 8.75 FTE. */
static void
test_staffing_queued (void)
{
  VbStaffingParams params;
  VbForecastChannel c;
  VbStaffingChannelResult r;
  g_autoptr(GError) error = NULL;

  vb_staffing_params_init (&params);
  vb_forecast_channel_init (&c);
  c.channel = VB_CHANNEL_EMAIL;
  fill_months (&c, 3120);
  c.aht_seconds = 600;
  c.open_hours_per_week = 60;
  c.shrinkage_pct = 35;
  c.max_occupancy_pct = 80;
  c.concurrency = 3;   /* ignored for queued work */

  g_assert_true (vb_staffing_compute_channel (&params, &c, &r, &error));
  g_assert_no_error (error);
  assert_near (r.months[0].handle_hours, 520, 1e-9);
  assert_near (r.months[0].agents, 2.5, 1e-9);
  assert_near (r.months[0].logged_in_hours, 650, 1e-9);
  assert_near (r.months[0].paid_hours, 1000, 1e-9);
  assert_near (r.months[0].fte, 6.25, 1e-9);
  assert_near (r.fte, 6.25, 1e-9);

  c.service_seconds = 4 * 3600;
  g_assert_true (vb_staffing_compute_channel (&params, &c, &r, &error));
  assert_near (r.months[0].fte, 6.25, 1e-9);

  c.service_seconds = 360;
  g_assert_true (vb_staffing_compute_channel (&params, &c, &r, &error));
  assert_near (r.months[0].agents, 3.5, 1e-9);
  assert_near (r.months[0].logged_in_hours, 910, 1e-9);
  assert_near (r.months[0].paid_hours, 1400, 1e-9);
  assert_near (r.months[0].fte, 8.75, 1e-9);
}

/* Two channels, one of which lacks its handle time: it is reported and
 * left out; a channel with no volume needs nothing and no targets. */
static void
test_staffing_totals (void)
{
  VbStaffingParams params;
  VbForecastChannel c[3];
  VbStaffingChannelResult r[3];
  char *errors[3];
  VbStaffingTotals totals;

  vb_staffing_params_init (&params);
  for (guint i = 0; i < 3; i++)
    vb_forecast_channel_init (&c[i]);
  c[0].channel = VB_CHANNEL_EMAIL;
  fill_months (&c[0], 3120);
  c[0].aht_seconds = 600;
  c[0].open_hours_per_week = 60;
  c[0].shrinkage_pct = 35;
  c[0].max_occupancy_pct = 80;
  c[1].channel = VB_CHANNEL_PHONE;
  c[1].live = TRUE;
  fill_months (&c[1], 1000);
  c[2].channel = VB_CHANNEL_SMS;
  fill_months (&c[2], 0);

  g_assert_cmpuint (vb_staffing_compute_all (&params, c, 3, r, errors, &totals), ==, 1);
  g_assert_null (errors[0]);
  g_assert_nonnull (errors[1]);
  g_assert_null (errors[2]);
  assert_near (totals.volume, 12 * 3120, 1e-9);
  assert_near (totals.handle_hours, 12 * 520, 1e-9);
  assert_near (totals.fte, 6.25, 1e-9);
  assert_near (totals.month_fte[3], 6.25, 1e-9);
  assert_near (r[2].fte, 0, 1e-12);
  for (guint i = 0; i < 3; i++)
    g_free (errors[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/staffing/erlang/textbook", test_erlang_textbook);
  g_test_add_func ("/staffing/erlang/domain-check", test_erlang_domain_check);
  g_test_add_func ("/staffing/erlang/large", test_erlang_large);
  g_test_add_func ("/staffing/erlang/edges", test_erlang_edges);
  g_test_add_func ("/staffing/erlang/occupancy-cap", test_erlang_occupancy_cap);
  g_test_add_func ("/staffing/erlang/concurrency", test_erlang_concurrency);
  g_test_add_func ("/staffing/month/live", test_staffing_live_month);
  g_test_add_func ("/staffing/month/queued", test_staffing_queued);
  g_test_add_func ("/staffing/totals", test_staffing_totals);

  return g_test_run ();
}
