/* test-decision.c — the decision engine and the negotiation targets
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vb-decision.h"

#define assert_near(a, b, tol) g_assert_cmpfloat_with_epsilon ((a), (b), (tol))

/* ---- the formula, from scratch, for the bisection ---- */

/* vendor @j's total minus the best other total when j asks @x, everyone
 * else unchanged: the price score of each is lowest ÷ own over the ranked
 * vendors, the lowest taken again with x in it */
static double
margin_at (const double *base, const double *cost, const gboolean *ranked, guint n,
           double w, guint j, double x)
{
  double lowest = x, best = -INFINITY;

  for (guint v = 0; v < n; v++)
    if (v != j && ranked[v] && cost[v] < lowest)
      lowest = cost[v];
  for (guint v = 0; v < n; v++)
    if (v != j && ranked[v])
      best = MAX (best, base[v] + (isfinite (cost[v]) ? w * lowest / cost[v] : 0));
  return base[j] + w * lowest / x - best;
}

/* The margin falls as x rises: the price where it crosses 0, by bisection
 * on [1e-9, 1e9]; INFINITY when it never does, 0 when it is never above */
static double
bisect (const double *base, const double *cost, const gboolean *ranked, guint n,
        double w, guint j)
{
  double lo = 1e-9, hi = 1e9;

  if (margin_at (base, cost, ranked, n, w, j, hi) > 0)
    return INFINITY;
  if (margin_at (base, cost, ranked, n, w, j, lo) <= 0)
    return 0;
  for (guint i = 0; i < 200; i++)
    {
      double mid = sqrt (lo * hi);

      if (margin_at (base, cost, ranked, n, w, j, mid) > 0)
        lo = mid;
      else
        hi = mid;
    }
  return sqrt (lo * hi);
}

/* Two vendors, price weight w = 0.4:
 *   vendor 0: other criteria B0 = 0.50, cost 100 (the lowest): S0 = 0.50 + 0.4 = 0.90, leads
 *   vendor 1: B1 = 0.45, cost 200: r = 100 ÷ 200, S1 = 0.45 + 0.2 = 0.65
 * Vendor 1 cannot catch up above 100 (at 100 it gets 0.85 < 0.90), so it
 * must undercut and pull vendor 0's price score down: B1 + w = B0 + w·x ÷ 100,
 * x = (0.85 − 0.50) × 100 ÷ 0.4 = 87.5, a cut of 112.5.
 * Vendor 0 may rise above 200, where vendor 1 becomes the lowest (S1 = 0.85):
 * 0.50 + 0.4 × 200 ÷ x = 0.85, x = 80 ÷ 0.35 = 228.571429, headroom 128.571429 */
static void
test_two_vendors_undercut (void)
{
  double base[] = { 0.50, 0.45 }, cost[] = { 100, 200 };
  gboolean ranked[] = { TRUE, TRUE };
  VbNegotiationTarget t;

  vb_negotiation_solve (base, cost, ranked, 2, 0.4, 1, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_TARGET);
  assert_near (t.target_price, 87.5, 1e-9);
  assert_near (t.change, -112.5, 1e-9);
  assert_near (t.current_price, 200, 1e-12);
  g_assert_cmpint (t.rival, ==, 0);
  assert_near (t.target_price, bisect (base, cost, ranked, 2, 0.4, 1), 1e-6);

  vb_negotiation_solve (base, cost, ranked, 2, 0.4, 0, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_HEADROOM);
  assert_near (t.target_price, 80 / 0.35, 1e-9);
  assert_near (t.change, 80 / 0.35 - 100, 1e-9);
  g_assert_cmpint (t.rival, ==, 1);
  assert_near (t.target_price, bisect (base, cost, ranked, 2, 0.4, 0), 1e-6);
}

/* The other regime: vendor 1 has B1 = 0.55, cost 200 (S1 = 0.75 < 0.90).
 * Still above the lowest price 100 it can draw level:
 * 0.55 + 0.4 × 100 ÷ x = 0.90, x = 40 ÷ 0.35 = 114.285714 (> 100: vendor 0
 * keeps its full price score) */
static void
test_two_vendors_above_lowest (void)
{
  double base[] = { 0.50, 0.55 }, cost[] = { 100, 200 };
  gboolean ranked[] = { TRUE, TRUE };
  VbNegotiationTarget t;

  vb_negotiation_solve (base, cost, ranked, 2, 0.4, 1, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_TARGET);
  assert_near (t.target_price, 40 / 0.35, 1e-9);
  g_assert_cmpfloat (t.target_price, >, 100);
  assert_near (t.target_price, bisect (base, cost, ranked, 2, 0.4, 1), 1e-6);
}

/* The gap is not in price: B1 + w = 0.05 + 0.4 = 0.45 < B0 = 0.50, so even
 * free vendor 1 trails. A disqualified vendor 2 (cheaper, better) neither
 * competes nor sets the lowest price; a vendor without a price (INFINITY)
 * scores nothing on price. */
static void
test_no_price_low_enough (void)
{
  double base[] = { 0.50, 0.05, 0.95, 0.10 }, cost[] = { 100, 200, 10, INFINITY };
  gboolean ranked[] = { TRUE, TRUE, FALSE, TRUE };
  VbNegotiationTarget t;

  vb_negotiation_solve (base, cost, ranked, 4, 0.4, 1, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_NO_PRICE);
  g_assert_true (isnan (t.target_price));
  g_assert_cmpfloat (bisect (base, cost, ranked, 4, 0.4, 1), ==, 0);

  vb_negotiation_solve (base, cost, ranked, 4, 0.4, 2, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_NOT_APPLICABLE);

  /* vendor 3, no price: at x ≥ 100 it gets 0.10 + 0.4 × 100 ÷ x, never
   * 0.90; below 100 it needs 0.50 + 0.4·x ÷ 100 < 0.50, no x > 0 */
  vb_negotiation_solve (base, cost, ranked, 4, 0.4, 3, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_NO_PRICE);
  g_assert_true (isnan (t.current_price));

  /* the leader: at any price it keeps B0 = 0.50, above the best the others
   * reach (vendor 1 at full price marks: 0.05 + 0.4 = 0.45) */
  vb_negotiation_solve (base, cost, ranked, 4, 0.4, 0, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_UNLIMITED);
  g_assert_cmpint (t.rival, ==, 1);
}

/* A leader far ahead on everything else keeps the lead at any price:
 * B0 = 0.9 > every other total (0.3 + 0.4) */
static void
test_leader_unlimited (void)
{
  double base[] = { 0.9, 0.3 }, cost[] = { 100, 50 };
  gboolean ranked[] = { TRUE, TRUE };
  VbNegotiationTarget t;

  vb_negotiation_solve (base, cost, ranked, 2, 0.4, 0, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_UNLIMITED);
  g_assert_true (isinf (t.target_price));
  /* no price weight: nothing to negotiate */
  vb_negotiation_solve (base, cost, ranked, 2, 0, 1, 0, &t);
  g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_NOT_APPLICABLE);
}

/* The closed form against the bisection on 2,000 random standings of 2 to
 * 8 vendors: both regimes, leaders and others */
static void
test_against_bisection (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  guint n_undercut = 0, n_above = 0, n_none = 0;

  for (guint round = 0; round < 2000; round++)
    {
      guint n = g_rand_int_range (rand, 2, 9);
      double base[8], cost[8], w = g_rand_double_range (rand, 0.05, 0.6), best = -INFINITY;
      double lowest = INFINITY;
      gboolean ranked[8];
      int leader = -1;

      for (guint v = 0; v < n; v++)
        {
          base[v] = g_rand_double_range (rand, 0, 1 - w);
          cost[v] = g_rand_int_range (rand, 0, 10) == 0 ? INFINITY : g_rand_double_range (rand, 50, 500);
          ranked[v] = g_rand_int_range (rand, 0, 8) != 0;
          if (ranked[v])
            lowest = MIN (lowest, cost[v]);
        }
      for (guint v = 0; v < n; v++)
        if (ranked[v])
          {
            double s = base[v] + (isfinite (cost[v]) ? w * lowest / cost[v] : 0);

            if (s > best)
              {
                best = s;
                leader = v;
              }
          }
      for (guint v = 0; v < n; v++)
        {
          VbNegotiationTarget t;
          double expected;

          vb_negotiation_solve (base, cost, ranked, n, w, v, leader, &t);
          if (!ranked[v])
            {
              g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_NOT_APPLICABLE);
              continue;
            }
          {
            guint others = 0;

            for (guint o = 0; o < n; o++)
              others += o != v && ranked[o];
            if (others == 0)
              {
                g_assert_cmpint (t.kind, ==, VB_NEGOTIATION_NOT_APPLICABLE);
                continue;
              }
          }
          expected = bisect (base, cost, ranked, n, w, v);
          if (expected == 0)
            {
              g_assert_true (t.kind == VB_NEGOTIATION_NO_PRICE || t.kind == VB_NEGOTIATION_HEADROOM);
              n_none++;
            }
          else if (isinf (expected))
            g_assert_true (isinf (t.target_price));
          else
            {
              g_assert_cmpfloat (fabs (t.target_price - expected), <=, 1e-6 * expected);
              if (t.kind == VB_NEGOTIATION_TARGET)
                {
                  double lowest_other = INFINITY;

                  for (guint o = 0; o < n; o++)
                    if (o != v && ranked[o])
                      lowest_other = MIN (lowest_other, cost[o]);
                  if (expected < lowest_other)
                    n_undercut++;
                  else
                    n_above++;
                }
            }
        }
    }
  /* both regimes and the "no price" case were met */
  g_assert_cmpuint (n_undercut, >, 50);
  g_assert_cmpuint (n_above, >, 50);
  g_assert_cmpuint (n_none, >, 50);
}

/* ---- the engine ---- */

/* One phone channel, 10,000 calls a month; quotes per contact: vendor 0
 * 2.00 (240,000 a year), vendor 1 2.50 (300,000), vendor 2 none. Criteria:
 * price 50 %, quality 50 %; quality scores 3, 5, 1 → r 0.6, 1.0, 0.2.
 * Price scores 100 × 240,000 ÷ cost: 100, 80, missing (0).
 * Totals: 50 + 30 = 80; 40 + 50 = 90 (leads); 0 + 10 = 10 (incomplete).
 * Negotiation (w = 0.5, B = 0.3, 0.5, 0.1; C = 240,000):
 *   vendor 0: at 300,000 or above it cannot pass 1.0 − 0.2 short, so it
 *     undercuts: 0.8 = 0.5 + 0.5·x ÷ 300,000, x = 180,000
 *   vendor 1 (leader): 0.5 + 0.5 × 240,000 ÷ x = 0.8, x = 400,000, headroom 100,000
 *   vendor 2: must beat vendor 1: 0.6 = 0.5 + 0.5·x ÷ 300,000, x = 60,000
 * The cost table: per contact ignores handle time; volume ±20 %:
 * 192,000 / 240,000 / 288,000 for vendor 0 */
static void
test_engine (void)
{
  VbForecastChannel phone;
  VbQuoteLine lines[2];
  VbQuote quotes[2];
  VbDecisionQuote dq[2];
  VbDecisionInput input = { 0 };
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (3, 1);
  g_autoptr(VbDecisionResult) result = NULL;
  guint price, quality;
  double rates[2] = { 2.0, 2.5 };

  vb_forecast_channel_init (&phone);
  phone.channel = VB_CHANNEL_PHONE;
  phone.live = TRUE;
  for (guint m = 0; m < 12; m++)
    phone.volume[m] = 10000;
  phone.aht_seconds = 180;
  phone.open_hours_per_week = 60;
  phone.service_level_pct = 80;
  phone.service_seconds = 20;
  phone.shrinkage_pct = 30;

  for (guint v = 0; v < 2; v++)
    {
      lines[v] = (VbQuoteLine) { 0 };
      lines[v].channel = VB_CHANNEL_PHONE;
      lines[v].model = VB_QUOTE_MODEL_PER_CONTACT;
      lines[v].rate = rates[v];
      lines[v].outcome_pct = NAN;
      quotes[v] = (VbQuote) { 0 };
      quotes[v].lines = &lines[v];
      quotes[v].n_lines = 1;
      quotes[v].fees_state = VB_FEES_NONE;
      quotes[v].minimum_monthly = NAN;
      quotes[v].term_months = 12;
      quotes[v].surcharge_pct = quotes[v].surcharge_share_pct = NAN;
      quotes[v].exchange_rate = 1;
      dq[v].vendor = v;
      dq[v].quote = &quotes[v];
    }
  price = vb_scoring_model_add (model, -1, VB_CRITERION_KIND_PRICE, 50);
  quality = vb_scoring_model_add (model, -1, VB_CRITERION_KIND_JUDGED, 50);
  vb_scoring_model_set_score (model, 0, 0, quality, 3);
  vb_scoring_model_set_score (model, 0, 1, quality, 5);
  vb_scoring_model_set_score (model, 0, 2, quality, 1);

  vb_staffing_params_init (&input.params);
  input.channels = &phone;
  input.n_channels = 1;
  input.quotes = dq;
  input.n_quotes = 2;
  input.scoring = model;
  input.price_criterion = price;
  result = vb_decision_compute (&input);

  g_assert_cmpuint (result->n_unstaffed, ==, 0);
  g_assert_true (result->staffed[0]);
  g_assert_true (result->quotes[0].complete);
  assert_near (result->quotes[0].price.annual_cost, 240000, 1e-6);
  assert_near (result->quotes[1].price.annual_cost, 300000, 1e-6);
  assert_near (result->quotes[0].cost_table[0][0], 192000, 1e-6);
  assert_near (result->quotes[0].cost_table[1][2], 240000, 1e-6);
  assert_near (result->quotes[0].cost_table[2][1], 288000, 1e-6);
  g_assert_false (result->quotes[0].has_roi);

  assert_near (result->lowest_cost, 240000, 1e-6);
  assert_near (vb_scoring_result_cell (result->scoring, 1, price)->value, 80, 1e-9);
  g_assert_true (vb_scoring_result_cell (result->scoring, 2, price)->missing);
  g_assert_true (result->scoring->vendors[2].incomplete);
  assert_near (result->scoring->vendors[0].total, 80, 1e-9);
  assert_near (result->scoring->vendors[1].total, 90, 1e-9);
  assert_near (result->scoring->vendors[2].total, 10, 1e-9);
  g_assert_cmpint (result->scoring->leader, ==, 1);

  g_assert_cmpint (result->negotiation[0].kind, ==, VB_NEGOTIATION_TARGET);
  assert_near (result->negotiation[0].target_price, 180000, 1e-6);
  assert_near (result->negotiation[0].change, -60000, 1e-6);
  g_assert_cmpint (result->negotiation[1].kind, ==, VB_NEGOTIATION_HEADROOM);
  assert_near (result->negotiation[1].target_price, 400000, 1e-6);
  assert_near (result->negotiation[1].change, 100000, 1e-6);
  g_assert_cmpint (result->negotiation[1].rival, ==, 0);
  g_assert_cmpint (result->negotiation[2].kind, ==, VB_NEGOTIATION_TARGET);
  assert_near (result->negotiation[2].target_price, 60000, 1e-6);
  g_assert_cmpint (result->negotiation[2].rival, ==, 1);
  g_assert_true (isnan (result->negotiation[2].change));

  /* the targets hold when replayed: vendor 0 at 179,000 leads */
  {
    g_autoptr(VbDecisionResult) again = NULL;

    lines[0].rate = 179000 / 120000.0;
    again = vb_decision_compute (&input);
    g_assert_cmpint (again->scoring->leader, ==, 0);
    lines[0].rate = 181000 / 120000.0;
    g_clear_pointer (&again, vb_decision_result_free);
    again = vb_decision_compute (&input);
    g_assert_cmpint (again->scoring->leader, ==, 1);
    lines[0].rate = 2.0;
  }

  /* vendor 0 knocked out: it no longer sets the lowest price (300,000
   * now, vendor 1 gets full marks) and has no target */
  {
    g_autoptr(VbDecisionResult) again = NULL;

    vb_scoring_model_set_disqualified (model, 0, TRUE);
    again = vb_decision_compute (&input);
    assert_near (again->lowest_cost, 300000, 1e-6);
    assert_near (vb_scoring_result_cell (again->scoring, 1, price)->value, 100, 1e-9);
    g_assert_cmpint (again->negotiation[0].kind, ==, VB_NEGOTIATION_NOT_APPLICABLE);
    g_assert_cmpint (again->scoring->leader, ==, 1);
  }
}

/* ROI through the engine (DOMAIN.md: in-house 50,000, vendor 30,000,
 * benefit 10,000 → a saving of 30,000 a year); a second quote for the same
 * vendor is ignored; a quote missing its rate says so */
static void
test_engine_roi_and_gaps (void)
{
  VbForecastChannel phone;
  VbQuoteLine line = { 0 }, empty = { 0 };
  VbQuote quote = { 0 }, missing = { 0 };
  VbDecisionQuote dq[3];
  VbBenefit churn = { "fewer customers lost", 10000 };
  VbRoiInput roi = { 50000, &churn, 1, NULL, 0 };
  VbDecisionInput input = { 0 };
  g_autoptr(VbDecisionResult) result = NULL;

  vb_forecast_channel_init (&phone);
  phone.channel = VB_CHANNEL_PHONE;
  phone.live = TRUE;
  for (guint m = 0; m < 12; m++)
    phone.volume[m] = 1250;            /* 15,000 a year × 2.00 = 30,000 */
  phone.aht_seconds = 180;
  phone.open_hours_per_week = 40;
  phone.service_level_pct = 80;
  phone.service_seconds = 20;

  line.channel = empty.channel = VB_CHANNEL_PHONE;
  line.model = empty.model = VB_QUOTE_MODEL_PER_CONTACT;
  line.rate = 2.0;
  empty.rate = NAN;
  line.outcome_pct = empty.outcome_pct = NAN;
  quote.lines = &line;
  missing.lines = &empty;
  quote.n_lines = missing.n_lines = 1;
  quote.fees_state = missing.fees_state = VB_FEES_NONE;
  quote.minimum_monthly = missing.minimum_monthly = NAN;
  quote.term_months = missing.term_months = 12;
  quote.surcharge_pct = quote.surcharge_share_pct = NAN;
  missing.surcharge_pct = missing.surcharge_share_pct = NAN;
  quote.exchange_rate = missing.exchange_rate = 1;
  dq[0] = (VbDecisionQuote) { 0, &quote };
  dq[1] = (VbDecisionQuote) { 0, &missing };
  dq[2] = (VbDecisionQuote) { 1, &missing };

  vb_staffing_params_init (&input.params);
  input.channels = &phone;
  input.n_channels = 1;
  input.quotes = dq;
  input.n_quotes = 3;
  input.roi = &roi;
  input.price_criterion = -1;
  input.skip_cost_table = TRUE;
  result = vb_decision_compute (&input);

  g_assert_null (result->scoring);
  g_assert_true (result->quotes[0].has_roi);
  assert_near (result->quotes[0].roi.annual_saving, 30000, 1e-6);
  assert_near (result->quotes[0].roi.first_year_saving, 30000, 1e-6);
  g_assert_true (result->quotes[1].ignored);
  g_assert_false (result->quotes[2].complete);
  g_assert_cmpuint (result->quotes[2].price.gaps->len, >, 0);
  g_assert_cmpint (((VbPriceGap *) g_ptr_array_index (result->quotes[2].price.gaps, 0))->kind, ==,
                   VB_PRICE_GAP_NO_RATE);
  g_assert_true (isnan (result->quotes[0].cost_table[1][1]));
}

/* The engine staffs each of the 9 forecasts of the table once for all
 * quotes; the cells must be those vb_quote_price_sensitivity gets by
 * restaffing for one quote (per FTE and per hour depend on the agents,
 * per minute on the handle time) */
static void
test_engine_cost_table (void)
{
  VbForecastChannel phone;
  VbQuoteLine lines[3];
  VbQuote quotes[3];
  VbDecisionQuote dq[3];
  VbDecisionInput input = { 0 };
  g_autoptr(VbDecisionResult) result = NULL;
  VbQuoteModel models[3] = { VB_QUOTE_MODEL_PER_FTE, VB_QUOTE_MODEL_PER_HOUR, VB_QUOTE_MODEL_PER_MINUTE };
  double rates[3] = { 3000, 25, 0.9 };

  vb_forecast_channel_init (&phone);
  phone.channel = VB_CHANNEL_PHONE;
  phone.live = TRUE;
  for (guint m = 0; m < 12; m++)
    phone.volume[m] = 20000 + 1000 * m;
  phone.aht_seconds = 240;
  phone.acw_seconds = 30;
  phone.open_hours_per_week = 50;
  phone.service_level_pct = 80;
  phone.service_seconds = 20;
  phone.shrinkage_pct = 25;
  for (guint q = 0; q < 3; q++)
    {
      lines[q] = (VbQuoteLine) { 0 };
      lines[q].channel = VB_CHANNEL_PHONE;
      lines[q].model = models[q];
      lines[q].rate = rates[q];
      lines[q].outcome_pct = NAN;
      quotes[q] = (VbQuote) { 0 };
      quotes[q].lines = &lines[q];
      quotes[q].n_lines = 1;
      quotes[q].fees_state = VB_FEES_NONE;
      quotes[q].minimum_monthly = NAN;
      quotes[q].term_months = 24;
      quotes[q].surcharge_pct = quotes[q].surcharge_share_pct = NAN;
      quotes[q].exchange_rate = 1;
      dq[q] = (VbDecisionQuote) { q, &quotes[q] };
    }
  vb_staffing_params_init (&input.params);
  input.channels = &phone;
  input.n_channels = 1;
  input.quotes = dq;
  input.n_quotes = 3;
  input.price_criterion = -1;
  result = vb_decision_compute (&input);
  for (guint q = 0; q < 3; q++)
    {
      double table[3][3];

      vb_quote_price_sensitivity (&quotes[q], &input.params, &phone, 1, table);
      for (int v = 0; v < 3; v++)
        for (int a = 0; a < 3; a++)
          {
            g_assert_true (isfinite (table[v][a]));
            assert_near (result->quotes[q].cost_table[v][a], table[v][a], 1e-6);
          }
      /* more volume costs more */
      g_assert_cmpfloat (result->quotes[q].cost_table[2][1], >, result->quotes[q].cost_table[1][1]);
      g_assert_cmpfloat (result->quotes[q].cost_table[1][1], >, result->quotes[q].cost_table[0][1]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/decision/negotiation/undercut", test_two_vendors_undercut);
  g_test_add_func ("/decision/negotiation/above-lowest", test_two_vendors_above_lowest);
  g_test_add_func ("/decision/negotiation/no-price", test_no_price_low_enough);
  g_test_add_func ("/decision/negotiation/unlimited", test_leader_unlimited);
  g_test_add_func ("/decision/negotiation/bisection", test_against_bisection);
  g_test_add_func ("/decision/engine", test_engine);
  g_test_add_func ("/decision/engine/roi-and-gaps", test_engine_roi_and_gaps);
  g_test_add_func ("/decision/engine/cost-table", test_engine_cost_table);
  return g_test_run ();
}
