/* test-decision-data.c — the entities of the decision stages and the rule
 * that ties the selected vendor to the draft decision
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The forecast, quotes and their lines, the criteria tree and its local
 * weights (rebalanced in one edit, checked for groups not summing to 100,
 * SMART points and AHP judgements), evaluators, scores and agreed scores,
 * and the one current decision: selecting a vendor makes the draft in the
 * same edit; recording it supersedes an earlier one in the activity log,
 * never as a second row; deselecting clears a draft. Through the API and
 * through JSON import.
 */

#include <math.h>

#include <string.h>

#include "vb-channel-forecast.h"
#include "vb-criterion.h"
#include "vb-decision-record.h"
#include "vb-evaluator.h"
#include "vb-json.h"
#include "vb-roi.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  VbProject *project;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
activity (VbProject *p)
{
  return vbt_count_sql (p, "SELECT count(*) FROM activity");
}

static VbVendor *
vendor_named (VbProject  *p,
              const char *name,
              VbVendorStatus status)
{
  g_autoptr(GError) error = NULL;
  VbVendor *v = vb_project_add_vendor (p, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (v, name, &error));
  g_assert_true (vb_vendor_set_status (v, status, NULL, &error));
  g_assert_no_error (error);
  return v;
}

static void
test_forecast (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbChannelForecast *phone = vb_project_add_channel_forecast (f->project, VB_CHANNEL_PHONE, &error);
  VbChannelForecast *email;
  gint64 before;

  g_assert_no_error (error);
  g_assert_true (vb_channel_forecast_get_live (phone));
  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (phone), ==, 30);
  g_assert_cmpfloat (vb_channel_forecast_get_peak_factor (phone), ==, 1.5);
  g_assert_true (isnan (vb_channel_forecast_get_aht_seconds (phone)));
  g_assert_true (isnan (vb_channel_forecast_get_volume (phone, 3)));

  /* a month's volume adds its row in one edit */
  before = activity (f->project);
  g_assert_true (vb_channel_forecast_set_volume (phone, 3, 1200, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity (f->project), ==, before + 1);
  g_assert_cmpfloat (vb_channel_forecast_get_volume (phone, 3), ==, 1200);
  g_assert_true (vb_channel_forecast_set_volume (phone, 3, 1300, &error));
  g_assert_cmpint (g_list_model_get_n_items (vb_channel_forecast_get_months (phone)), ==, 1);
  g_assert_cmpfloat (vb_channel_forecast_get_volume (phone, 3), ==, 1300);
  g_assert_false (vb_channel_forecast_set_volume (phone, 13, 1, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "month");
  g_clear_error (&error);

  /* one row per channel */
  g_assert_null (vb_project_add_channel_forecast (f->project, VB_CHANNEL_PHONE, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "already");
  g_clear_error (&error);
  email = vb_project_add_channel_forecast (f->project, VB_CHANNEL_EMAIL, &error);
  g_assert_false (vb_channel_forecast_get_live (email));
  g_assert_true (vb_channel_forecast_set_response_hours (email, 24, &error));
  g_assert_cmpfloat (vb_channel_forecast_get_response_hours (email), ==, 24);
  {
    GValue v = G_VALUE_INIT;

    g_value_init (&v, VB_TYPE_CHANNEL);
    g_value_set_enum (&v, VB_CHANNEL_PHONE);
    g_assert_false (vb_record_set_property_value (VB_RECORD (email), "channel", &v, &error));
    vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "already");
    g_clear_error (&error);
  }
  g_assert_cmpint (g_list_model_get_n_items (vb_project_get_forecast_channels (f->project)), ==, 2);
}

static void
on_notify (GObject *object, GParamSpec *pspec, gpointer data)
{
  (*(int *) data)++;
}

static void
test_quote (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *acme = vendor_named (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbVendorQuote *quote = vb_vendor_add_quote (acme, &error);
  VbVendorQuoteLine *phone, *all;
  gint64 before;
  int notified = 0;

  g_assert_no_error (error);
  g_assert_true (vb_vendor_get_quote (acme) == quote);
  g_assert_true (vb_vendor_quote_get_vendor (quote) == acme);
  /* empty fees: not asked yet; 0: none */
  g_assert_cmpint (vb_vendor_quote_get_fees_state (quote), ==, VB_FEES_NOT_ASKED);
  g_signal_connect (quote, "notify::setup-fee", G_CALLBACK (on_notify), &notified);
  before = activity (f->project);
  g_assert_true (vb_vendor_quote_set_no_fees (quote, &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpint (vb_vendor_quote_get_fees_state (quote), ==, VB_FEES_NONE);
  g_assert_cmpfloat (vb_vendor_quote_get_setup_fee (quote), ==, 0);
  g_assert_true (vb_vendor_quote_set_setup_fee (quote, 500, &error));
  g_assert_cmpint (vb_vendor_quote_get_fees_state (quote), ==, VB_FEES_LISTED);
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_cmpint (vb_vendor_quote_get_fees_state (quote), ==, VB_FEES_NOT_ASKED);
  g_assert_true (vb_vendor_quote_set_term_months (quote, 24, &error));
  g_assert_cmpint (vb_vendor_quote_get_term_months (quote), ==, 24);
  g_assert_true (vb_vendor_quote_set_term_months (quote, 0, &error));
  g_assert_cmpint (vb_vendor_quote_get_term_months (quote), ==, 0);

  /* lines: phone per minute, all channels per contact, a fixed fee beside them */
  phone = vb_vendor_quote_add_line (quote, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_PER_MINUTE, 0.9, &error);
  g_assert_no_error (error);
  all = vb_vendor_quote_add_line (quote, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vb_vendor_quote_add_line (quote, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_BLENDED, 1000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_quote_line_get_channel (phone), ==, VB_CHANNEL_SCOPE_PHONE);
  g_assert_cmpfloat (vb_vendor_quote_line_get_rate (all), ==, 3);
  g_assert_true (vb_vendor_quote_line_get_quote (all) == quote);
  g_assert_cmpint (g_list_model_get_n_items (vb_vendor_quote_get_lines (quote)), ==, 3);

  /* a second variable price for phone is refused, and changes nothing */
  before = activity (f->project);
  g_assert_null (vb_vendor_quote_add_line (quote, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 2, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "already has a price");
  g_clear_error (&error);
  g_assert_false (vb_vendor_quote_line_set_channel (all, VB_CHANNEL_SCOPE_PHONE, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "already has a price");
  g_clear_error (&error);
  g_assert_cmpint (activity (f->project), ==, before);
  g_assert_cmpint (g_list_model_get_n_items (vb_vendor_quote_get_lines (quote)), ==, 3);
  g_assert_true (vb_channel_scope_covers (VB_CHANNEL_SCOPE_ALL, VB_CHANNEL_EMAIL));
  g_assert_true (vb_channel_scope_covers (VB_CHANNEL_SCOPE_EMAIL, VB_CHANNEL_EMAIL));
  g_assert_false (vb_channel_scope_covers (VB_CHANNEL_SCOPE_PHONE, VB_CHANNEL_EMAIL));

  /* ROI rows */
  g_assert_nonnull (vb_project_add_roi_benefit (f->project, "Fewer customers lost", 10000, &error));
  g_assert_nonnull (vb_project_add_transition_cost (f->project, "Our time to hand over", 4000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (vb_project_get_roi_benefits (f->project)), ==, 1);
  {
    g_autoptr(VbRoiCost) c = g_list_model_get_item (vb_project_get_transition_costs (f->project), 0);

    g_assert_cmpfloat (vb_roi_cost_get_amount (c), ==, 4000);
    g_assert_cmpstr (vb_roi_cost_get_description (c), ==, "Our time to hand over");
  }
}

static double
weight_sum (GPtrArray *group)
{
  double s = 0;

  for (guint i = 0; i < group->len; i++)
    s += vb_criterion_get_weight (group->pdata[i]);
  return s;
}

static void
test_weights (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbCriterion *service = vb_project_add_criterion_category (f->project, "Service", &error);
  VbCriterion *cost = vb_project_add_criterion_category (f->project, "Cost", &error);
  VbCriterion *quality, *speed, *tone, *price;
  g_autoptr(GArray) problems = NULL;
  g_autoptr(GPtrArray) top = NULL;
  gint64 before;

  g_assert_no_error (error);
  quality = vb_criterion_add_criterion (service, VB_CRITERION_KIND_JUDGED, "Quality", &error);
  speed = vb_criterion_add_criterion (service, VB_CRITERION_KIND_JUDGED, "Speed", &error);
  tone = vb_criterion_add_criterion (service, VB_CRITERION_KIND_JUDGED, "Tone", &error);
  price = vb_criterion_add_criterion (cost, VB_CRITERION_KIND_PRICE, "Price", &error);
  g_assert_no_error (error);
  g_assert_true (vb_criterion_get_parent (quality) == service);
  g_assert_null (vb_criterion_get_parent (service));
  g_assert_cmpint (g_list_model_get_n_items (vb_criterion_get_children (service)), ==, 3);
  top = vb_project_get_top_criteria (f->project);
  g_assert_cmpint (top->len, ==, 2);

  /* a category cannot go into a category, nor change kind */
  g_assert_null (vb_criterion_add_criterion (quality, VB_CRITERION_KIND_JUDGED, "Deep", &error));
  g_clear_error (&error);
  g_assert_false (vb_criterion_set_kind (quality, VB_CRITERION_KIND_CATEGORY, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "category");
  g_clear_error (&error);

  /* every weight 0: both groups are off 100 */
  problems = vb_project_check_weights (f->project);
  g_assert_cmpint (problems->len, ==, 3);
  g_clear_pointer (&problems, g_array_unref);

  /* Service 60 at the top: Cost gets the rest (40), one edit. Inside
   * Service, Quality 50 with the others at 0: they share 50, 25 each.
   * Then Speed 40 with Quality 50 and Tone 25 → the other 60 keep their
   * ratio 50 : 25 → Quality 40, Tone 20. */
  before = activity (f->project);
  g_assert_true (vb_criterion_set_weight_balanced (service, 60, &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  g_assert_cmpfloat (vb_criterion_get_weight (cost), ==, 40);
  g_assert_true (vb_criterion_set_weight_balanced (quality, 50, &error));
  g_assert_cmpfloat (vb_criterion_get_weight (speed), ==, 25);
  g_assert_cmpfloat (vb_criterion_get_weight (tone), ==, 25);
  before = activity (f->project);
  g_assert_true (vb_criterion_set_weight_balanced (speed, 40, &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (quality), 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (tone), 20, 1e-9);
  /* one undo puts the whole group back */
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_cmpfloat (vb_criterion_get_weight (quality), ==, 50);
  g_assert_cmpfloat (vb_criterion_get_weight (speed), ==, 25);
  g_assert_true (vb_project_redo (f->project, &error));

  /* Cost's one criterion at 0 is the one group off 100, named with its sum */
  problems = vb_project_check_weights (f->project);
  g_assert_cmpint (problems->len, ==, 1);
  g_assert_true (g_array_index (problems, VbWeightProblem, 0).category == cost);
  g_assert_cmpfloat (g_array_index (problems, VbWeightProblem, 0).sum, ==, 0);
  g_clear_pointer (&problems, g_array_unref);
  g_assert_true (vb_criterion_set_weight_balanced (price, 100, &error));
  problems = vb_project_check_weights (f->project);
  g_assert_cmpint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_array_unref);
  g_assert_false (vb_criterion_set_weight_balanced (price, 120, &error));
  g_clear_error (&error);

  /* SMART: points 10, 30, 60 → 10 %, 30 %, 60 %; top 1 : 1 → 50 / 50 */
  g_assert_true (vb_criterion_set_smart_points (quality, 10, &error));
  g_assert_true (vb_criterion_set_smart_points (speed, 30, &error));
  g_assert_true (vb_criterion_set_smart_points (tone, 60, &error));
  g_assert_true (vb_criterion_set_smart_points (service, 20, &error));
  g_assert_true (vb_criterion_set_smart_points (cost, 20, &error));
  before = activity (f->project);
  g_assert_true (vb_project_apply_smart_points (f->project, &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (quality), 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (tone), 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (service), 50, 1e-9);
  g_clear_pointer (&top, g_ptr_array_unref);
  top = vb_project_get_top_criteria (f->project);
  g_assert_cmpfloat_with_epsilon (weight_sum (top), 100, 1e-9);
}

static void
test_ahp (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbCriterion *service = vb_project_add_criterion_category (f->project, "Service", &error);
  VbCriterion *cost = vb_project_add_criterion_category (f->project, "Cost", &error);
  VbCriterion *quality = vb_criterion_add_criterion (service, VB_CRITERION_KIND_JUDGED, "Quality", &error);
  VbEvaluator *ann = vb_project_add_evaluator (f->project, "Ann", &error);
  VbEvaluator *bob = vb_project_add_evaluator (f->project, "Bob", &error);
  double cr = -1;

  g_assert_no_error (error);
  /* Ann: Service 3 × as important as Cost; stored once, read either way */
  g_assert_true (vb_project_set_ahp_judgement (f->project, ann, service, cost, 3, &error));
  g_assert_cmpfloat (vb_project_get_ahp_judgement (f->project, ann, service, cost), ==, 3);
  g_assert_cmpfloat_with_epsilon (vb_project_get_ahp_judgement (f->project, ann, cost, service), 1.0 / 3, 1e-12);
  /* the same pair the other way round updates the one row */
  g_assert_true (vb_project_set_ahp_judgement (f->project, ann, cost, service, 0.2, &error));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM ahp_judgement"), ==, 1);
  g_assert_cmpfloat_with_epsilon (vb_project_get_ahp_judgement (f->project, ann, service, cost), 5, 1e-9);
  /* Bob's own judgement, and none in the agreed matrix */
  g_assert_true (vb_project_set_ahp_judgement (f->project, bob, service, cost, 1.0 / 9, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM ahp_judgement"), ==, 2);
  g_assert_true (isnan (vb_project_get_ahp_judgement (f->project, NULL, service, cost)));
  /* off the scale, a criterion against a category, a criterion against itself */
  g_assert_false (vb_project_set_ahp_judgement (f->project, ann, service, cost, 10, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "1/9");
  g_clear_error (&error);
  g_assert_false (vb_project_set_ahp_judgement (f->project, ann, quality, cost, 2, &error));
  g_clear_error (&error);
  g_assert_false (vb_project_set_ahp_judgement (f->project, ann, cost, cost, 1, &error));
  g_clear_error (&error);

  /* Ann 5, Bob 1/9: geometric mean √(5/9) = 0.745; for two criteria the
   * weights are a/(1+a) = 0.4271 and 0.5729; CR 0 */
  g_assert_true (vb_project_apply_ahp (f->project, NULL, &cr, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (service), 100 * sqrt (5.0 / 9) / (1 + sqrt (5.0 / 9)), 1e-6);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (cost), 100 / (1 + sqrt (5.0 / 9)), 1e-6);
  g_assert_cmpfloat (cr, ==, 0);
  /* Bob advisory: only Ann's 5 counts → 5/6 = 83.33 % */
  g_assert_true (vb_evaluator_set_advisory (bob, TRUE, &error));
  g_assert_true (vb_project_apply_ahp (f->project, NULL, NULL, &error));
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (service), 500.0 / 6, 1e-6);
  /* four categories in the agreed matrix, not consistent (A:B 2, A:C 3,
   * A:D 9, B:C 2, B:D 2, C:D 4): the normalised geometric mean of the rows
   * (for four the principal eigenvector differs from it):
   * A ⁴√54, B ⁴√2, C ⁴√(2/3), D ⁴√(1/72) → A = 100 × ⁴√54 ÷ Σ = 52.67 % */
  {
    VbCriterion *c3 = vb_project_add_criterion_category (f->project, "Fit", &error);
    VbCriterion *c4 = vb_project_add_criterion_category (f->project, "Risk", &error);
    double g[4] = { pow (54, 0.25), pow (2, 0.25), pow (2.0 / 3, 0.25), pow (1.0 / 72, 0.25) };
    double sum = g[0] + g[1] + g[2] + g[3];

    g_assert_true (vb_project_set_ahp_judgement (f->project, NULL, service, cost, 2, &error));
    g_assert_true (vb_project_set_ahp_judgement (f->project, NULL, service, c3, 3, &error));
    g_assert_true (vb_project_set_ahp_judgement (f->project, NULL, c4, service, 1.0 / 9, &error));
    g_assert_true (vb_project_set_ahp_judgement (f->project, NULL, cost, c3, 2, &error));
    g_assert_true (vb_project_set_ahp_judgement (f->project, NULL, cost, c4, 2, &error));
    g_assert_true (vb_project_set_ahp_judgement (f->project, NULL, c3, c4, 4, &error));
    /* Ann and Bob judged Service : Cost too: the agreed judgement wins */
    g_assert_true (vb_project_apply_ahp (f->project, NULL, &cr, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (service), 100 * g[0] / sum, 1e-9);
    g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (c4), 100 * g[3] / sum, 1e-9);
    g_assert_cmpfloat (cr, >, 0);
    g_assert_true (vb_record_remove (VB_RECORD (c3), &error));
    g_assert_true (vb_record_remove (VB_RECORD (c4), &error));
  }

  /* removing the evaluator removes its judgements (Bob's and the agreed
   * Service : Cost stay; the removed category took its two with it) */
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM ahp_judgement"), ==, 3);
  g_assert_true (vb_record_remove (VB_RECORD (ann), &error));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM ahp_judgement"), ==, 2);
}

static void
test_scores (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *acme = vendor_named (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbCriterion *service = vb_project_add_criterion_category (f->project, "Service", &error);
  VbCriterion *quality = vb_criterion_add_criterion (service, VB_CRITERION_KIND_JUDGED, "Quality", &error);
  VbCriterion *price = vb_criterion_add_criterion (service, VB_CRITERION_KIND_PRICE, "Price", &error);
  VbEvaluator *ann = vb_project_add_evaluator (f->project, "Ann", &error);
  VbScore *score;
  VbConsensus *agreed;
  gint64 before;

  g_assert_no_error (error);
  g_assert_true (vb_evaluator_set_is_advisor (ann, TRUE, &error));
  g_assert_false (vb_evaluator_get_advisory (ann));
  before = activity (f->project);
  g_assert_true (vb_evaluator_set_score (ann, acme, quality, 4, "Good answers", &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  score = vb_evaluator_find_score (ann, acme, quality);
  g_assert_nonnull (score);
  g_assert_cmpint (vb_score_get_score (score), ==, 4);
  g_assert_cmpstr (vb_score_get_comment (score), ==, "Good answers");
  g_assert_true (vb_score_get_vendor (score) == acme);
  g_assert_true (vb_evaluator_set_score (ann, acme, quality, 0, NULL, &error));
  g_assert_cmpint (vb_score_get_score (score), ==, 0);
  g_assert_cmpstr (vb_score_get_comment (score), ==, "Good answers");
  g_assert_cmpint (g_list_model_get_n_items (vb_evaluator_get_scores (ann)), ==, 1);
  /* the price criterion is computed: no score by hand; 6 is off the scale */
  g_assert_false (vb_evaluator_set_score (ann, acme, price, 3, NULL, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "judged");
  g_clear_error (&error);
  g_assert_false (vb_evaluator_set_score (ann, acme, quality, 6, NULL, &error));
  g_clear_error (&error);

  /* an agreed score names who and why */
  g_assert_false (vb_project_set_consensus (f->project, acme, quality, 3, "", "Ann", &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "reason");
  g_clear_error (&error);
  g_assert_false (vb_project_set_consensus (f->project, acme, quality, 3, "We met", " ", &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "who");
  g_clear_error (&error);
  before = activity (f->project);
  g_assert_true (vb_project_set_consensus (f->project, acme, quality, 3, "We met and agreed", "The board", &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  agreed = vb_project_find_consensus (f->project, acme, quality);
  g_assert_cmpint (vb_consensus_get_score (agreed), ==, 3);
  g_assert_cmpstr (vb_consensus_get_decided_by (agreed), ==, "The board");
  {
    GValue v = G_VALUE_INIT;

    g_value_init (&v, G_TYPE_STRING);
    g_value_set_string (&v, "");
    g_assert_false (vb_record_set_property_value (VB_RECORD (agreed), "reason", &v, &error));
    g_clear_error (&error);
    g_value_unset (&v);
  }
  g_assert_true (vb_project_set_consensus (f->project, acme, quality, 0, NULL, NULL, &error));
  g_assert_null (vb_project_find_consensus (f->project, acme, quality));
}

static gint64
count_superseded (VbProject *p)
{
  return vbt_count_sql (p, "SELECT count(*) FROM activity WHERE summary LIKE 'Superseded decision%'");
}

static void
test_decision_rule (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *acme = vendor_named (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbVendor *beta = vendor_named (f->project, "Beta", VB_VENDOR_STATUS_FINALIST);
  VbVendor *gamma = vendor_named (f->project, "Gamma", VB_VENDOR_STATUS_FINALIST);
  VbDecision *decision;
  VbRejectedVendor rejected[] = { { beta, "Too dear" }, { gamma, "No weekend cover" }, { NULL, NULL } };
  VbRejectedVendor self_rejected[] = { { acme, "?" }, { NULL, NULL } };
  gint64 before;

  g_assert_null (vb_project_get_decision (f->project));

  /* selecting makes the draft in the same edit: one activity row, one undo */
  before = activity (f->project);
  g_assert_true (vb_vendor_select (acme, &error));
  g_assert_cmpint (activity (f->project), ==, before + 1);
  decision = vb_project_get_decision (f->project);
  g_assert_nonnull (decision);
  g_assert_true (vb_decision_get_vendor (decision) == acme);
  g_assert_cmpint (vb_decision_get_status (decision), ==, VB_DECISION_STATUS_DRAFT);
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_null (vb_project_get_decision (f->project));
  g_assert_cmpint (vb_vendor_get_status (acme), ==, VB_VENDOR_STATUS_FINALIST);
  g_assert_true (vb_project_redo (f->project, &error));
  decision = vb_project_get_decision (f->project);
  g_assert_nonnull (decision);

  /* selecting another updates the draft, never a second row */
  g_assert_true (vb_vendor_select (beta, &error));
  g_assert_true (vb_project_get_decision (f->project) == decision);
  g_assert_true (vb_decision_get_vendor (decision) == beta);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM decision"), ==, 1);

  /* deselecting clears a draft */
  g_assert_true (vb_vendor_set_status (beta, VB_VENDOR_STATUS_FINALIST, NULL, &error));
  g_assert_null (vb_project_get_decision (f->project));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM decision"), ==, 0);

  /* a generic write of the vendor or status is refused: the rule owns them */
  g_assert_true (vb_vendor_select (acme, &error));
  decision = vb_project_get_decision (f->project);
  {
    GValue v = G_VALUE_INIT;

    g_value_init (&v, VB_TYPE_DECISION_STATUS);
    g_value_set_enum (&v, VB_DECISION_STATUS_RECORDED);
    g_assert_false (vb_record_set_property_value (VB_RECORD (decision), "status", &v, &error));
    g_clear_error (&error);
  }

  /* recording needs rationale, date and who; the chosen one is not rejected */
  g_assert_false (vb_decision_record (decision, " ", "2026-12-01", "Sam", NULL, FALSE, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "why");
  g_clear_error (&error);
  g_assert_false (vb_decision_record (decision, "Best service", "1 Dec", "Sam", NULL, FALSE, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "date");
  g_clear_error (&error);
  g_assert_false (vb_decision_record (decision, "Best service", "2026-12-01", "", NULL, FALSE, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "who");
  g_clear_error (&error);
  g_assert_false (vb_decision_record (decision, "Best service", "2026-12-01", "Sam", self_rejected, FALSE, &error));
  g_clear_error (&error);
  g_assert_cmpint (vb_decision_get_status (decision), ==, VB_DECISION_STATUS_DRAFT);

  before = activity (f->project);
  g_assert_true (vb_decision_record (decision, "Best service for the price", "2026-12-01", "Sam", rejected, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity (f->project), ==, before + 1);
  g_assert_true (vb_decision_is_recorded (decision));
  g_assert_true (vb_decision_get_unmet_confirmed (decision));
  g_assert_cmpstr (vb_decision_get_decided_by (decision), ==, "Sam");
  g_assert_cmpint (g_list_model_get_n_items (vb_decision_get_rejections (decision)), ==, 2);
  {
    g_autoptr(VbDecisionRejection) r = g_list_model_get_item (vb_decision_get_rejections (decision), 1);

    g_assert_true (vb_decision_rejection_get_vendor (r) == gamma);
    g_assert_cmpstr (vb_decision_rejection_get_reason (r), ==, "No weekend cover");
  }
  g_assert_cmpint (count_superseded (f->project), ==, 0);

  /* recording again supersedes the first record: logged, still one row */
  g_assert_true (vb_decision_record (decision, "Confirmed after the pilot", "2026-12-15", "Kim", NULL, FALSE, &error));
  g_assert_cmpint (count_superseded (f->project), ==, 1);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM decision"), ==, 1);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM decision_rejection"), ==, 0);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM activity WHERE summary LIKE "
                                              "'Superseded decision: “Acme” on 2026-12-01 by Sam — Best service for the price'"), ==, 1);

  /* selecting another vendor supersedes the recorded decision and drafts
   * a new one for it in the same row */
  g_assert_true (vb_vendor_select (gamma, &error));
  g_assert_cmpint (count_superseded (f->project), ==, 2);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM activity WHERE summary LIKE "
                                              "'Superseded decision: “Acme” on 2026-12-15 by Kim%'"), ==, 1);
  g_assert_true (vb_project_get_decision (f->project) == decision);
  g_assert_true (vb_decision_get_vendor (decision) == gamma);
  g_assert_false (vb_decision_is_recorded (decision));
  g_assert_cmpstr (vb_decision_get_rationale (decision), ==, "");
  g_assert_cmpint (vb_vendor_get_status (acme), ==, VB_VENDOR_STATUS_FINALIST);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM decision"), ==, 1);

  /* the checklist: ticked with a note, found by key, one row per key */
  g_assert_true (vb_project_tick_checklist_item (f->project, "exit-clause", TRUE, "Clause 12", &error));
  g_assert_true (vb_project_tick_checklist_item (f->project, "exit-clause", FALSE, NULL, &error));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM checklist_item"), ==, 1);
  g_assert_false (vb_checklist_item_get_met (vb_project_find_checklist_item (f->project, "exit-clause")));
  g_assert_cmpstr (vb_checklist_item_get_note (vb_project_find_checklist_item (f->project, "exit-clause")), ==, "Clause 12");
}

/* Through JSON: a recorded decision with its rejections comes back from
 * an export; a file with two decisions is refused */
static void
test_decision_json (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *acme = vendor_named (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbVendor *beta = vendor_named (f->project, "Beta", VB_VENDOR_STATUS_FINALIST);
  VbRejectedVendor rejected[] = { { beta, "Too dear" }, { NULL, NULL } };
  g_autofree char *json = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copy.vendorbench", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.vendorbench", NULL);
  g_autoptr(VbProject) back = NULL;
  VbDecision *decision;
  gsize len = 0;

  g_assert_true (vb_vendor_select (acme, &error));
  g_assert_true (vb_decision_record (vb_project_get_decision (f->project), "Best service", "2026-12-01", "Sam",
                                     rejected, FALSE, &error));
  json = vb_json_export (f->project, &len, &error);
  g_assert_no_error (error);
  g_assert_true (vb_json_import_data (json, len, copy, &error));
  g_assert_no_error (error);
  back = vb_project_open (copy, &error);
  g_assert_no_error (error);
  decision = vb_project_get_decision (back);
  g_assert_nonnull (decision);
  g_assert_true (VB_IS_DECISION (decision));
  g_assert_true (vb_decision_is_recorded (decision));
  g_assert_cmpstr (vb_vendor_get_name (vb_decision_get_vendor (decision)), ==, "Acme");
  g_assert_cmpint (vb_vendor_get_status (vb_decision_get_vendor (decision)), ==, VB_VENDOR_STATUS_SELECTED);
  g_assert_cmpint (g_list_model_get_n_items (vb_decision_get_rejections (decision)), ==, 1);

  /* deselecting in the imported project keeps a recorded decision: only a
   * draft goes with the selection */
  g_assert_true (vb_vendor_set_status (vb_decision_get_vendor (decision), VB_VENDOR_STATUS_FINALIST, NULL, &error));
  g_assert_nonnull (vb_project_get_decision (back));

  /* a second decision row in the JSON: refused, naming the rule */
  {
    const char *start = strstr (json, "\"decision\": [");
    const char *obj, *end;
    g_autofree char *row = NULL;
    g_autofree char *twice = NULL;
    g_autofree char *uuid = NULL;

    g_assert_nonnull (start);
    obj = strchr (start, '{');
    end = strstr (obj, "}");
    row = g_strndup (obj, end - obj + 1);
    /* a new uuid for the copy */
    uuid = g_uuid_string_random ();
    {
      const char *u = strstr (row, "\"uuid\": \"");
      g_autofree char *head = g_strndup (row, u - row + 9);

      twice = g_strdup_printf ("%.*s%s, %s%s%s", (int) (end - json + 1), json, "", head, uuid, u + 9 + 36);
    }
    {
      g_autofree char *full = g_strconcat (twice, end + 1, NULL);

      g_assert_false (vb_json_import_data (full, strlen (full), bad, &error));
      g_assert_nonnull (error);
      g_test_message ("refused: %s", error->message);
      g_assert_true (vbt_contains_ci (error->message, "one current decision"));
    }
  }
}

/* Removing the selected vendor: its draft goes in the same edit (undo
 * brings both back); the vendor of a recorded decision is kept, with
 * the reason, and nothing changes */
static void
test_decision_vendor_removed (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *acme = vendor_named (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbVendor *beta = vendor_named (f->project, "Beta", VB_VENDOR_STATUS_FINALIST);
  VbDecision *decision;

  g_assert_true (vb_vendor_select (acme, &error));
  g_assert_nonnull (vb_project_get_decision (f->project));
  g_assert_true (vb_record_remove (VB_RECORD (acme), &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_get_decision (f->project));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM decision"), ==, 0);
  g_assert_true (vb_project_undo (f->project, &error));
  decision = vb_project_get_decision (f->project);
  g_assert_nonnull (decision);
  g_assert_nonnull (vb_decision_get_vendor (decision));
  g_assert_cmpstr (vb_vendor_get_name (vb_decision_get_vendor (decision)), ==, "Acme");

  /* recorded: refused, in words; the vendor, the record and the file stay */
  acme = vb_decision_get_vendor (decision);
  g_assert_true (vb_decision_record (decision, "Best service", "2026-12-01", "Sam", NULL, TRUE, &error));
  g_assert_false (vb_record_remove (VB_RECORD (acme), &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Acme"));
  g_clear_error (&error);
  g_assert_true (vb_record_is_live (VB_RECORD (acme)));
  g_assert_true (vb_decision_is_recorded (vb_project_get_decision (f->project)));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM vendor WHERE name = 'Acme'"), ==, 1);

  /* another vendor is removed as before */
  g_assert_true (vb_record_remove (VB_RECORD (beta), &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, setup, fn, teardown)
  ADD ("/decision-data/forecast", test_forecast);
  ADD ("/decision-data/quote", test_quote);
  ADD ("/decision-data/weights", test_weights);
  ADD ("/decision-data/ahp", test_ahp);
  ADD ("/decision-data/scores", test_scores);
  ADD ("/decision-data/decision-rule", test_decision_rule);
  ADD ("/decision-data/decision-json", test_decision_json);
  ADD ("/decision-data/decision-vendor-removed", test_decision_vendor_removed);
  return g_test_run ();
}
