/* test-scoring.c — weights, combined scores, totals, ranking, tipping points
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number is worked out by hand in the comment above it.
 * The worked example of docs/scoring-model.md is test_scoring_worked_example.
 */

#include <math.h>
#include <glib.h>

#include "vb-enums.h"
#include "vb-scoring.h"

/* |a − b| ≤ tol (GLib's own macro wants strictly less) */
#define assert_near(a, b, tol) g_assert_cmpfloat_with_epsilon ((a), (b), (tol) + 1e-300)

#define CATEGORY VB_CRITERION_KIND_CATEGORY
#define JUDGED   VB_CRITERION_KIND_JUDGED
#define PRICE    VB_CRITERION_KIND_PRICE
#define COMPLIANCE VB_CRITERION_KIND_COMPLIANCE

enum { ACME, BOLT };

/* ---- weights ---- */

/* Service 60 {Quality 50, Speed 50}, Cost 40 {Price 100}:
 * global Quality = 60 % × 50 % = 30 %, Speed 30 %, Price 40 % × 100 % = 40 % */
static void
test_weights_product (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (0, 0);
  guint service = vb_scoring_model_add (model, -1, CATEGORY, 60);
  guint quality = vb_scoring_model_add (model, service, JUDGED, 50);
  guint speed = vb_scoring_model_add (model, service, JUDGED, 50);
  guint cost = vb_scoring_model_add (model, -1, CATEGORY, 40);
  guint price = vb_scoring_model_add (model, cost, PRICE, 100);
  g_autoptr(VbWeights) w = vb_scoring_model_compute_weights (model);

  assert_near (w->nodes[quality].global_pct, 30, 1e-12);
  assert_near (w->nodes[speed].global_pct, 30, 1e-12);
  assert_near (w->nodes[price].global_pct, 40, 1e-12);
  assert_near (w->nodes[service].global_pct, 60, 1e-12);
  assert_near (w->nodes[quality].local_pct, 50, 1e-12);
  g_assert_false (w->any_off_100);
  g_assert_false (w->top_off_100);
  g_assert_false (w->nodes[service].children_off_100);
  /* nothing is left out when weights are computed without vendor data */
  g_assert_cmpuint (w->n_left_out, ==, 0);
}

/* Categories 30 + 30 = 60 ≠ 100 → each 30 ÷ 60 = 50 %, reported;
 * criteria 20 + 60 = 80 ≠ 100 → 20 ÷ 80 = 25 %, 60 ÷ 80 = 75 %, reported;
 * global 50 % × 25 % = 12.5 %, 50 % × 75 % = 37.5 %. A criterion on its own
 * at the top level is its own branch: B's 30 ÷ 60 = 50 %. */
static void
test_weights_normalised (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (0, 0);
  guint a = vb_scoring_model_add (model, -1, CATEGORY, 30);
  guint a1 = vb_scoring_model_add (model, a, JUDGED, 20);
  guint a2 = vb_scoring_model_add (model, a, JUDGED, 60);
  guint b = vb_scoring_model_add (model, -1, JUDGED, 30);
  g_autoptr(VbWeights) w = vb_scoring_model_compute_weights (model);

  assert_near (w->top_sum, 60, 1e-12);
  g_assert_true (w->top_off_100);
  assert_near (w->nodes[a].children_sum, 80, 1e-12);
  g_assert_true (w->nodes[a].children_off_100);
  g_assert_true (w->any_off_100);
  assert_near (w->nodes[a1].global_pct, 12.5, 1e-12);
  assert_near (w->nodes[a2].global_pct, 37.5, 1e-12);
  assert_near (w->nodes[b].global_pct, 50, 1e-12);
}

/* SMART: 10, 30, 60 points → 10 %, 30 %, 60 %; 10, 20, 50 points (80) →
 * 12.5 %, 25 %, 62.5 %, and points not summing to 100 are no problem */
static void
test_weights_smart (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (0, 0);
  guint c = vb_scoring_model_add (model, -1, CATEGORY, 100);
  guint x = vb_scoring_model_add (model, c, JUDGED, 10);
  guint y = vb_scoring_model_add (model, c, JUDGED, 20);
  guint z = vb_scoring_model_add (model, c, JUDGED, 50);
  g_autoptr(VbWeights) direct = NULL;
  g_autoptr(VbWeights) w = NULL;

  vb_scoring_model_set_weighting (model, VB_WEIGHTING_SMART);
  w = vb_scoring_model_compute_weights (model);
  assert_near (w->nodes[x].global_pct, 12.5, 1e-12);
  assert_near (w->nodes[y].global_pct, 25, 1e-12);
  assert_near (w->nodes[z].global_pct, 62.5, 1e-12);
  g_assert_false (w->any_off_100);

  /* the same numbers as percent: normalised the same way, but reported */
  vb_scoring_model_set_weighting (model, VB_WEIGHTING_DIRECT);
  direct = vb_scoring_model_compute_weights (model);
  assert_near (direct->nodes[z].global_pct, 62.5, 1e-12);
  g_assert_true (direct->any_off_100);
}

/* ---- the worked example (docs/scoring-model.md) ---- */

typedef struct {
  VbScoringModel *model;
  guint service, quality, speed, cost, price;
} Example;

/* Two vendors, two evaluators; weights as in test_weights_product.
 *   Quality: Acme 4, 5 → 4.5;  Bolt 3, 3 → 3
 *   Speed:   Acme 3, 4 → 3.5;  Bolt 5, 4 → 4.5
 *   Price:   annual cost Acme 50,000, Bolt 40,000 → 100 × 40,000 ÷ 50,000 = 80,
 *            Bolt 100 */
static void
example_init (Example *ex)
{
  ex->model = vb_scoring_model_new (2, 2);
  ex->service = vb_scoring_model_add (ex->model, -1, CATEGORY, 60);
  ex->quality = vb_scoring_model_add (ex->model, ex->service, JUDGED, 50);
  ex->speed = vb_scoring_model_add (ex->model, ex->service, JUDGED, 50);
  ex->cost = vb_scoring_model_add (ex->model, -1, CATEGORY, 40);
  ex->price = vb_scoring_model_add (ex->model, ex->cost, PRICE, 100);

  vb_scoring_model_set_score (ex->model, 0, ACME, ex->quality, 4);
  vb_scoring_model_set_score (ex->model, 1, ACME, ex->quality, 5);
  vb_scoring_model_set_score (ex->model, 0, BOLT, ex->quality, 3);
  vb_scoring_model_set_score (ex->model, 1, BOLT, ex->quality, 3);
  vb_scoring_model_set_score (ex->model, 0, ACME, ex->speed, 3);
  vb_scoring_model_set_score (ex->model, 1, ACME, ex->speed, 4);
  vb_scoring_model_set_score (ex->model, 0, BOLT, ex->speed, 5);
  vb_scoring_model_set_score (ex->model, 1, BOLT, ex->speed, 4);
  vb_scoring_model_set_computed (ex->model, ACME, ex->price, vb_scoring_price_value (40000, 50000));
  vb_scoring_model_set_computed (ex->model, BOLT, ex->price, vb_scoring_price_value (40000, 40000));
}

/* r = s ÷ 5: Acme .9, .7, .8; Bolt .6, .9, 1.
 *   Acme = 30 × .9 + 30 × .7 + 40 × .8 = 27 + 21 + 32 = 80
 *   Bolt = 30 × .6 + 30 × .9 + 40 × 1  = 18 + 27 + 40 = 85 → Bolt leads
 * Category points: Acme Service 27 + 21 = 48 (48 ÷ 60 = 80 within), Cost 32 */
static void
test_scoring_worked_example (void)
{
  Example ex;
  g_autoptr(VbScoringModel) model = NULL;
  g_autoptr(VbScoringResult) r = NULL;

  example_init (&ex);
  model = ex.model;
  r = vb_scoring_model_compute (model);

  assert_near (vb_scoring_price_value (40000, 50000), 80, 1e-12);
  assert_near (vb_scoring_result_cell (r, ACME, ex.quality)->value, 4.5, 1e-12);
  assert_near (vb_scoring_result_cell (r, ACME, ex.quality)->r, 0.9, 1e-12);
  assert_near (vb_scoring_result_cell (r, ACME, ex.price)->r, 0.8, 1e-12);
  assert_near (r->vendors[ACME].total, 80, 1e-9);
  assert_near (r->vendors[BOLT].total, 85, 1e-9);
  g_assert_cmpint (r->leader, ==, BOLT);
  g_assert_cmpuint (r->vendors[BOLT].rank, ==, 1);
  g_assert_cmpuint (r->vendors[ACME].rank, ==, 2);
  g_assert_cmpuint (r->order[0], ==, BOLT);
  g_assert_false (r->leader_tied);
  g_assert_false (r->vendors[ACME].incomplete);
  g_assert_cmpuint (r->missing->len, ==, 0);
  assert_near (vb_scoring_result_points (r, ACME, ex.service), 48, 1e-9);
  assert_near (vb_scoring_result_points (r, ACME, ex.cost), 32, 1e-9);
  assert_near (vb_scoring_result_category_score (r, ACME, ex.service), 80, 1e-9);
  /* 4 and 5, 3 and 4, 5 and 4: sd 0.5, range 1 — no disagreement */
  g_assert_cmpuint (r->n_disagreements, ==, 0);
}

/* Tipping points of the worked example: a_i = (S_i − w·r_i) ÷ (1 − w),
 * x* = A ÷ (A − R) with A = a_Acme − a_Bolt, R = r_Acme − r_Bolt.
 *   Price (w .4): a_Acme = (.80 − .32) ÷ .6 = .8, a_Bolt = (.85 − .40) ÷ .6 = .75;
 *     A = .05, R = −.2: down at .05 ÷ .25 = .2 → 20 %, 20 points away.
 *     Check at .2: Acme .8 × .8 + .8 × .2 = .80, Bolt .75 × .8 + 1 × .2 = .80.
 *   Quality (w .3): a_Acme = (.80 − .27) ÷ .7 = .757143, a_Bolt = (.85 − .18) ÷ .7
 *     = .957143; A = −.2, R = .3: up at −.2 ÷ −.5 = .4 → 40 %, 10 points away.
 *   Speed (w .3): a_Acme = .59 ÷ .7, a_Bolt = .58 ÷ .7; A = .01 ÷ .7, R = −.2:
 *     down at (.01/.7) ÷ (.01/.7 + .2) = .01 ÷ .15 = 1/15 → 6.667 %.
 * Margin 10 points: Quality is critical (10 ≤ 10), Price (20) and Speed
 * (23.3) are not. */
static void
test_scoring_tipping (void)
{
  Example ex;
  g_autoptr(VbScoringModel) model = NULL;
  g_autoptr(VbScoringResult) r = NULL;
  const VbTippingPoint *tip;
  double totals[2];

  example_init (&ex);
  model = ex.model;
  vb_scoring_model_set_critical_margin (model, 10);
  r = vb_scoring_model_compute (model);

  tip = &r->tipping[ex.price];
  g_assert_true (tip->defined);
  assert_near (tip->current_pct, 40, 1e-9);
  assert_near (tip->tip_pct, 20, 1e-9);
  g_assert_cmpint (tip->direction, ==, VB_DIRECTION_LOWER);
  g_assert_cmpint (tip->new_leader, ==, ACME);
  assert_near (tip->distance_pct, 20, 1e-9);
  g_assert_true (isnan (tip->up_pct));
  g_assert_false (tip->critical);

  tip = &r->tipping[ex.quality];
  assert_near (tip->tip_pct, 40, 1e-9);
  g_assert_cmpint (tip->direction, ==, VB_DIRECTION_HIGHER);
  g_assert_cmpint (tip->new_leader, ==, ACME);
  assert_near (tip->distance_pct, 10, 1e-9);
  g_assert_true (isnan (tip->down_pct));
  g_assert_true (tip->critical);

  tip = &r->tipping[ex.speed];
  assert_near (tip->tip_pct, 100.0 / 15, 1e-9);
  g_assert_cmpint (tip->direction, ==, VB_DIRECTION_LOWER);
  g_assert_false (tip->critical);
  g_assert_cmpuint (r->n_critical, ==, 1);

  /* a margin just under the distance: not critical any more */
  {
    g_autoptr(VbScoringResult) narrow = NULL;

    vb_scoring_model_set_critical_margin (model, 9.9);
    narrow = vb_scoring_model_compute (model);
    g_assert_false (narrow->tipping[ex.quality].critical);
    g_assert_cmpuint (narrow->n_critical, ==, 0);
  }

  /* categories carry no tipping point of their own */
  g_assert_false (r->tipping[ex.service].defined);

  /* what-if agrees: at 20 % for price both are at 80; at 0 %, Acme 80 and
   * Bolt 75 (the rest alone); the current weight gives the totals back */
  vb_scoring_result_what_if (r, ex.price, 20, totals);
  assert_near (totals[ACME], 80, 1e-9);
  assert_near (totals[BOLT], 80, 1e-9);
  vb_scoring_result_what_if (r, ex.price, 0, totals);
  assert_near (totals[ACME], 80, 1e-9);
  assert_near (totals[BOLT], 75, 1e-9);
  vb_scoring_result_what_if (r, ex.quality, 30, totals);
  assert_near (totals[ACME], 80, 1e-9);
  assert_near (totals[BOLT], 85, 1e-9);
}

/* Three vendors, criteria k and m at 50 % each:
 *   L (k .6, m 1) = .8; B (k .7, m .8) = .75; C (k 1, m .4) = .7.
 * Raising k (a_i = r_im): B crosses at −.2 ÷ (−.2 − .1) = .6667, C at
 * −.6 ÷ (−.6 − .4) = .6 → C, third today, takes over first, at 60 %.
 * Check at .6: L 1 × .4 + .6 × .6 = .76 = C .4 × .4 + 1 × .6; B .74.
 * Lowering k: no one is better than L on m (A ≤ 0) → no tip below. */
static void
test_scoring_tipping_third_vendor (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (3, 0);
  guint k = vb_scoring_model_add (model, -1, COMPLIANCE, 50);
  guint m = vb_scoring_model_add (model, -1, VB_CRITERION_KIND_REFERENCE, 50);
  g_autoptr(VbScoringResult) r = NULL;
  const double rk[] = { 60, 70, 100 }, rm[] = { 100, 80, 40 };

  for (guint v = 0; v < 3; v++)
    {
      vb_scoring_model_set_computed (model, v, k, rk[v]);
      vb_scoring_model_set_computed (model, v, m, rm[v]);
    }
  r = vb_scoring_model_compute (model);

  g_assert_cmpint (r->leader, ==, 0);
  assert_near (r->tipping[k].up_pct, 60, 1e-9);
  g_assert_cmpint (r->tipping[k].up_vendor, ==, 2);
  g_assert_cmpint (r->tipping[k].new_leader, ==, 2);
  g_assert_true (isnan (r->tipping[k].down_pct));
  /* on m the mirror: lowering m is raising k; m at 40 % ↔ k at 60 % */
  assert_near (r->tipping[m].down_pct, 40, 1e-9);
  g_assert_cmpint (r->tipping[m].new_leader, ==, 2);
}

/* A leader at least as good on every criterion never loses: 1 and .8
 * against .6 and .6 → "never" on both (tip NAN), not critical */
static void
test_scoring_never_tips (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (2, 0);
  guint k = vb_scoring_model_add (model, -1, COMPLIANCE, 70);
  guint m = vb_scoring_model_add (model, -1, VB_CRITERION_KIND_REFERENCE, 30);
  g_autoptr(VbScoringResult) r = NULL;

  vb_scoring_model_set_computed (model, ACME, k, 100);
  vb_scoring_model_set_computed (model, ACME, m, 80);
  vb_scoring_model_set_computed (model, BOLT, k, 60);
  vb_scoring_model_set_computed (model, BOLT, m, 60);
  vb_scoring_model_set_critical_margin (model, 100);
  r = vb_scoring_model_compute (model);

  g_assert_cmpint (r->leader, ==, ACME);
  for (guint c = 0; c < 2; c++)
    {
      g_assert_true (r->tipping[c].defined);
      g_assert_true (isnan (r->tipping[c].tip_pct));
      g_assert_cmpint (r->tipping[c].new_leader, ==, -1);
      g_assert_false (r->tipping[c].critical);
    }
  g_assert_cmpuint (r->n_critical, ==, 0);
}

/* ---- combining evaluators ---- */

/* One criterion, one vendor per case, four evaluators:
 *   2, 2, 3, 5: mean 12 ÷ 4 = 3, median (2 + 3) ÷ 2 = 2.5
 *   1, 4, 5 (one not scored): mean 10 ÷ 3 = 3.3333, median 4
 * Median → totals 100 × 2.5 ÷ 5 = 50 and 100 × 4 ÷ 5 = 80;
 * mean → 60 and 66.667 */
static void
test_scoring_mean_median (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (2, 4);
  guint c = vb_scoring_model_add (model, -1, JUDGED, 100);
  const int a[] = { 2, 2, 3, 5 }, b[] = { 1, 4, 5, 0 };
  g_autoptr(VbScoringResult) mean = NULL;
  g_autoptr(VbScoringResult) median = NULL;

  for (guint e = 0; e < 4; e++)
    {
      vb_scoring_model_set_score (model, e, 0, c, a[e]);
      vb_scoring_model_set_score (model, e, 1, c, b[e]);
    }
  mean = vb_scoring_model_compute (model);
  vb_scoring_model_set_combination (model, VB_COMBINATION_MEDIAN);
  median = vb_scoring_model_compute (model);

  assert_near (mean->vendors[0].total, 60, 1e-9);
  assert_near (mean->vendors[1].total, 200.0 / 3, 1e-9);
  assert_near (median->vendors[0].total, 50, 1e-9);
  assert_near (median->vendors[1].total, 80, 1e-9);
  assert_near (vb_scoring_result_cell (median, 0, c)->median, 2.5, 1e-12);
  assert_near (vb_scoring_result_cell (median, 0, c)->mean, 3, 1e-12);
  g_assert_cmpuint (vb_scoring_result_cell (median, 1, c)->n_scores, ==, 3);
  /* the evaluator who did not score vendor 1 is named, not counted as 0 */
  g_assert_cmpuint (median->missing->len, ==, 1);
  g_assert_cmpuint (g_array_index (median->missing, VbMissingScore, 0).evaluator, ==, 3);
  g_assert_cmpuint (g_array_index (median->missing, VbMissingScore, 0).vendor, ==, 1);
  g_assert_false (median->vendors[1].incomplete);
}

/* Population sd, threshold 1:
 *   2, 3: sd .5, range 1 → agree;   1, 3: sd 1 (not above 1), range 2 → disagree
 *   3, 4, 4: sd .4714, range 1 → agree;  one score → never
 * threshold .4: 2, 3 (sd .5 > .4) → disagree */
static void
test_scoring_disagreement (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (4, 3);
  guint c = vb_scoring_model_add (model, -1, JUDGED, 100);
  const int scores[4][3] = { { 2, 3, 0 }, { 1, 3, 0 }, { 3, 4, 4 }, { 5, 0, 0 } };
  g_autoptr(VbScoringResult) r = NULL;
  g_autoptr(VbScoringResult) strict = NULL;

  for (guint v = 0; v < 4; v++)
    for (guint e = 0; e < 3; e++)
      vb_scoring_model_set_score (model, e, v, c, scores[v][e]);
  r = vb_scoring_model_compute (model);

  assert_near (vb_scoring_result_cell (r, 0, c)->sd, 0.5, 1e-12);
  g_assert_false (vb_scoring_result_cell (r, 0, c)->disagreement);
  assert_near (vb_scoring_result_cell (r, 1, c)->sd, 1.0, 1e-12);
  g_assert_true (vb_scoring_result_cell (r, 1, c)->disagreement);
  assert_near (vb_scoring_result_cell (r, 2, c)->sd, sqrt (2.0 / 9), 1e-12);
  g_assert_false (vb_scoring_result_cell (r, 2, c)->disagreement);
  g_assert_false (vb_scoring_result_cell (r, 3, c)->disagreement);
  g_assert_cmpuint (r->n_disagreements, ==, 1);

  vb_scoring_model_set_disagreement_sd (model, 0.4);
  strict = vb_scoring_model_compute (model);
  g_assert_true (vb_scoring_result_cell (strict, 0, c)->disagreement);
  g_assert_cmpuint (strict->n_disagreements, ==, 3);
}

/* The worked example with an agreed 2 for Acme's quality (the evaluators
 * said 4 and 5): Acme = 30 × .4 + 21 + 32 = 65; the mean 4.5 stays visible.
 * An advisory third evaluator's 1 is not counted and not asked for. */
static void
test_scoring_consensus_and_advisory (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (2, 3);
  guint c = vb_scoring_model_add (model, -1, CATEGORY, 100);
  guint quality = vb_scoring_model_add (model, c, JUDGED, 30);
  guint speed = vb_scoring_model_add (model, c, JUDGED, 30);
  guint price = vb_scoring_model_add (model, c, PRICE, 40);
  g_autoptr(VbScoringResult) r = NULL;
  const VbScoreCell *cell;

  vb_scoring_model_set_score (model, 0, ACME, quality, 4);
  vb_scoring_model_set_score (model, 1, ACME, quality, 5);
  vb_scoring_model_set_score (model, 2, ACME, quality, 1);
  vb_scoring_model_set_advisory (model, 2, TRUE);
  vb_scoring_model_set_score (model, 0, ACME, speed, 3);
  vb_scoring_model_set_score (model, 1, ACME, speed, 4);
  vb_scoring_model_set_computed (model, ACME, price, 80);
  for (guint e = 0; e < 2; e++)
    {
      vb_scoring_model_set_score (model, e, BOLT, quality, 3);
      vb_scoring_model_set_score (model, e, BOLT, speed, e == 0 ? 5 : 4);
    }
  vb_scoring_model_set_computed (model, BOLT, price, 100);
  vb_scoring_model_set_consensus (model, ACME, quality, 2);
  r = vb_scoring_model_compute (model);

  cell = vb_scoring_result_cell (r, ACME, quality);
  g_assert_cmpint (cell->consensus, ==, 2);
  assert_near (cell->value, 2, 0);
  assert_near (cell->mean, 4.5, 1e-12);
  g_assert_cmpuint (cell->n_scores, ==, 2);
  assert_near (r->vendors[ACME].total, 65, 1e-9);
  assert_near (r->vendors[BOLT].total, 85, 1e-9);
  /* the advisor scored nothing else: still nothing missing */
  g_assert_cmpuint (r->missing->len, ==, 0);
}

/* ---- missing data ---- */

/* Evaluator 1 has not scored Bolt at all, evaluator 0 not Bolt's speed:
 *   Bolt quality: only evaluator 0's 3 → .6; Bolt speed: nobody → missing,
 *   counted 0, total incomplete: 30 × .6 + 0 + 40 × 1 = 58.
 * Missing list (vendor, criterion, evaluator order): (1, Bolt, quality),
 * (0, Bolt, speed), (1, Bolt, speed). */
static void
test_scoring_missing_scores (void)
{
  Example ex;
  g_autoptr(VbScoringModel) model = NULL;
  g_autoptr(VbScoringResult) r = NULL;
  VbMissingScore *m;

  example_init (&ex);
  model = ex.model;
  vb_scoring_model_set_score (model, 1, BOLT, ex.quality, 0);
  vb_scoring_model_set_score (model, 0, BOLT, ex.speed, 0);
  vb_scoring_model_set_score (model, 1, BOLT, ex.speed, 0);
  r = vb_scoring_model_compute (model);

  g_assert_true (vb_scoring_result_cell (r, BOLT, ex.speed)->missing);
  g_assert_false (vb_scoring_result_cell (r, BOLT, ex.quality)->missing);
  g_assert_true (r->vendors[BOLT].incomplete);
  g_assert_false (r->vendors[ACME].incomplete);
  assert_near (r->vendors[BOLT].total, 58, 1e-9);
  g_assert_cmpint (r->leader, ==, ACME);

  g_assert_cmpuint (r->missing->len, ==, 3);
  m = &g_array_index (r->missing, VbMissingScore, 0);
  g_assert_cmpuint (m->evaluator, ==, 1);
  g_assert_cmpuint (m->vendor, ==, BOLT);
  g_assert_cmpuint (m->criterion, ==, ex.quality);
  m = &g_array_index (r->missing, VbMissingScore, 1);
  g_assert_cmpuint (m->evaluator, ==, 0);
  g_assert_cmpuint (m->criterion, ==, ex.speed);
}

/* Price with no data for any vendor: left out, Cost is empty, Service is
 * renormalised to 100 %: Quality 50 %, Speed 50 %.
 *   Acme 50 × .9 + 50 × .7 = 80, Bolt 50 × .6 + 50 × .9 = 75.
 * A compliance criterion (weight 50 in Service) with data for Acme only
 * (60): Bolt counts 0 there and is incomplete; Service's three criteria at
 * 50 : 50 : 50 → 33.3 % each: Acme (.9 + .7 + .6) ÷ 3 = 73.333,
 * Bolt (.6 + .9 + 0) ÷ 3 = 50. */
static void
test_scoring_computed_without_data (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (2, 2);
  guint service = vb_scoring_model_add (model, -1, CATEGORY, 60);
  guint quality = vb_scoring_model_add (model, service, JUDGED, 50);
  guint speed = vb_scoring_model_add (model, service, JUDGED, 50);
  guint cost = vb_scoring_model_add (model, -1, CATEGORY, 40);
  guint price = vb_scoring_model_add (model, cost, PRICE, 100);
  guint compliance;
  g_autoptr(VbScoringResult) r = NULL;
  g_autoptr(VbScoringResult) r2 = NULL;
  const int scores[2][2][2] = { { { 4, 5 }, { 3, 4 } }, { { 3, 3 }, { 5, 4 } } };

  for (guint v = 0; v < 2; v++)
    for (guint e = 0; e < 2; e++)
      {
        vb_scoring_model_set_score (model, e, v, quality, scores[v][0][e]);
        vb_scoring_model_set_score (model, e, v, speed, scores[v][1][e]);
      }
  r = vb_scoring_model_compute (model);

  g_assert_cmpint (r->weights->nodes[price].left_out, ==, VB_LEFT_OUT_NO_DATA);
  g_assert_cmpint (r->weights->nodes[cost].left_out, ==, VB_LEFT_OUT_EMPTY);
  g_assert_true (r->weights->top_renormalised);
  g_assert_cmpuint (r->weights->n_left_out, ==, 1);
  assert_near (r->weights->nodes[quality].global_pct, 50, 1e-12);
  assert_near (r->weights->nodes[price].global_pct, 0, 0);
  assert_near (r->vendors[ACME].total, 80, 1e-9);
  assert_near (r->vendors[BOLT].total, 75, 1e-9);
  g_assert_false (r->vendors[BOLT].incomplete);
  g_assert_false (r->tipping[price].defined);

  compliance = vb_scoring_model_add (model, service, COMPLIANCE, 50);
  vb_scoring_model_set_computed (model, ACME, compliance, 60);
  r2 = vb_scoring_model_compute (model);
  g_assert_cmpint (r2->weights->nodes[compliance].left_out, ==, VB_LEFT_OUT_NONE);
  assert_near (r2->weights->nodes[compliance].global_pct, 100.0 / 3, 1e-9);
  g_assert_true (vb_scoring_result_cell (r2, BOLT, compliance)->missing);
  g_assert_true (r2->vendors[BOLT].incomplete);
  assert_near (r2->vendors[ACME].total, 220.0 / 3, 1e-9);
  assert_near (r2->vendors[BOLT].total, 50, 1e-9);
}

/* ---- ranking edge cases ---- */

/* Totals 80, 90, 80, 90 → ranks 3, 1, 3, 1; the leader is the first of the
 * tied pair (vendor 1), tied, and its tipping point is at its own weight.
 * Disqualifying vendor 1 makes vendor 3 the leader; 1 is ranked 0, last. */
static void
test_scoring_ties_and_knockouts (void)
{
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (4, 0);
  guint k = vb_scoring_model_add (model, -1, COMPLIANCE, 50);
  guint m = vb_scoring_model_add (model, -1, VB_CRITERION_KIND_REFERENCE, 50);
  const double rk[] = { 80, 100, 60, 80 }, rm[] = { 80, 80, 100, 100 };
  g_autoptr(VbScoringResult) r = NULL;
  g_autoptr(VbScoringResult) r2 = NULL;

  for (guint v = 0; v < 4; v++)
    {
      vb_scoring_model_set_computed (model, v, k, rk[v]);
      vb_scoring_model_set_computed (model, v, m, rm[v]);
    }
  r = vb_scoring_model_compute (model);
  g_assert_cmpuint (r->vendors[0].rank, ==, 3);
  g_assert_cmpuint (r->vendors[1].rank, ==, 1);
  g_assert_cmpuint (r->vendors[2].rank, ==, 3);
  g_assert_cmpuint (r->vendors[3].rank, ==, 1);
  g_assert_cmpint (r->leader, ==, 1);
  g_assert_true (r->leader_tied);
  /* vendor 3 is better on m: the smallest rise of m's weight tips it */
  assert_near (r->tipping[m].tip_pct, 50, 1e-9);
  assert_near (r->tipping[m].distance_pct, 0, 1e-9);
  g_assert_cmpint (r->tipping[m].new_leader, ==, 3);
  g_assert_true (r->tipping[m].critical);

  vb_scoring_model_set_disqualified (model, 1, TRUE);
  r2 = vb_scoring_model_compute (model);
  g_assert_cmpint (r2->leader, ==, 3);
  g_assert_cmpuint (r2->vendors[1].rank, ==, 0);
  g_assert_cmpuint (r2->order[3], ==, 1);
  g_assert_cmpuint (r2->n_ranked, ==, 3);
  g_assert_false (r2->leader_tied);
}

/* One vendor: ranked first, no tipping point. All weights zero: every
 * total 0, everyone first. A vendor with no scores at all: 0, incomplete. */
static void
test_scoring_edges (void)
{
  g_autoptr(VbScoringModel) one = vb_scoring_model_new (1, 1);
  g_autoptr(VbScoringModel) zero = vb_scoring_model_new (2, 1);
  g_autoptr(VbScoringResult) r1 = NULL;
  g_autoptr(VbScoringResult) r0 = NULL;
  guint c = vb_scoring_model_add (one, -1, JUDGED, 100);
  guint z = vb_scoring_model_add (zero, -1, JUDGED, 0);

  vb_scoring_model_set_score (one, 0, 0, c, 5);
  r1 = vb_scoring_model_compute (one);
  assert_near (r1->vendors[0].total, 100, 1e-12);
  g_assert_cmpuint (r1->vendors[0].rank, ==, 1);
  g_assert_false (r1->tipping[c].defined);

  vb_scoring_model_set_score (zero, 0, 0, z, 5);
  r0 = vb_scoring_model_compute (zero);
  g_assert_true (r0->weights->all_zero);
  assert_near (r0->vendors[0].total, 0, 0);
  assert_near (r0->vendors[1].total, 0, 0);
  g_assert_cmpuint (r0->vendors[1].rank, ==, 1);
  g_assert_true (r0->vendors[1].incomplete);
  g_assert_cmpuint (r0->missing->len, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scoring/weights/product", test_weights_product);
  g_test_add_func ("/scoring/weights/normalised", test_weights_normalised);
  g_test_add_func ("/scoring/weights/smart", test_weights_smart);
  g_test_add_func ("/scoring/worked-example", test_scoring_worked_example);
  g_test_add_func ("/scoring/tipping", test_scoring_tipping);
  g_test_add_func ("/scoring/tipping-third-vendor", test_scoring_tipping_third_vendor);
  g_test_add_func ("/scoring/never-tips", test_scoring_never_tips);
  g_test_add_func ("/scoring/mean-median", test_scoring_mean_median);
  g_test_add_func ("/scoring/disagreement", test_scoring_disagreement);
  g_test_add_func ("/scoring/consensus-advisory", test_scoring_consensus_and_advisory);
  g_test_add_func ("/scoring/missing-scores", test_scoring_missing_scores);
  g_test_add_func ("/scoring/computed-without-data", test_scoring_computed_without_data);
  g_test_add_func ("/scoring/ties-knockouts", test_scoring_ties_and_knockouts);
  g_test_add_func ("/scoring/edges", test_scoring_edges);

  return g_test_run ();
}
