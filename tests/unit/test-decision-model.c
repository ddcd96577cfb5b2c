/* test-decision-model.c — the project → engine loader, and the pricing and
 * score commands on a file it reads
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file built here: two finalists, a phone and an email forecast, two
 * quotes (Acme per contact on all channels with no fees; Beta per contact
 * per channel with its fees never asked), Service 60 % (Quality) and
 * Cost 40 % (Price), two evaluators who disagree on Acme's quality. The
 * loader must fill what the rows say; the commands must print the engine's
 * figures, checked against numbers worked out by hand below.
 *
 * Forecast: phone 1,000 a month, email 500 → 12,000 + 6,000 = 18,000 a year.
 * Acme: 18,000 × 2 = 36,000 a year; term 12 months, no fees → term 36,000,
 *   2 a contact; ROI first year: 50,000 − 36,000 + 10,000 benefit − 4,000
 *   transition = 20,000.
 * Beta: 12,000 × 1.5 + 6,000 × 2.5 = 33,000 a year (the lowest); fees
 *   not asked → term cost, cost per contact and ROI unknown.
 * Quality: Acme (5 + 3) ÷ 2 = 4 → 0.8 (range 2: a disagreement); Beta 3 → 0.6.
 * Price: Acme 33,000 ÷ 36,000 = 0.916667; Beta 1.
 * Totals: Acme 60 × 0.8 + 40 × 0.916667 = 84.667; Beta 36 + 40 = 76.
 * Tipping points (w = the criterion's global weight, the other 100 − w):
 *   Quality: 91.667 − 0.116667 w = 100 − 0.4 w → w = 29.412 (down, Beta);
 *   Price: 80 + 0.116667 w = 60 + 0.4 w → w = 70.588 (up, Beta).
 * Negotiation: Acme leads while 48 + 40 × 33,000 ÷ q ≥ 76 → q ≤ 47,142.86;
 *   Beta leads below p with 76 = 48 + 40 × p ÷ 36,000 → p = 25,200.
 */

#include <math.h>

#include <json-glib/json-glib.h>

#include "vb-channel-forecast.h"
#include "vb-criterion.h"
#include "vb-decision-model.h"
#include "vb-evaluator.h"
#include "vb-json.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-roi.h"
#include "vb-task.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

typedef struct {
  char        *dir;
  VbProject   *project;
  VbVendor    *acme, *beta;
  VbCriterion *service, *cost, *quality, *price;
} Fixture;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

static VbVendor *
finalist (VbProject  *p,
          const char *name)
{
  VbVendor *v = vb_project_add_vendor (p, NULL);

  OK (vb_vendor_set_name (v, name, error));
  OK (vb_vendor_set_status (v, VB_VENDOR_STATUS_FINALIST, NULL, error));
  return v;
}

static void
forecast (VbProject *p,
          VbChannel  channel,
          double     volume)
{
  VbChannelForecast *c = vb_project_add_channel_forecast (p, channel, NULL);

  g_assert_nonnull (c);
  for (guint m = 1; m <= 12; m++)
    OK (vb_channel_forecast_set_volume (c, m, volume, error));
  OK (vb_channel_forecast_set_aht_seconds (c, channel == VB_CHANNEL_PHONE ? 300 : 600, error));
  OK (vb_channel_forecast_set_open_hours_per_week (c, 40, error));
  OK (vb_channel_forecast_set_service_level_pct (c, 80, error));
  if (channel == VB_CHANNEL_PHONE)
    OK (vb_channel_forecast_set_service_seconds (c, 20, error));
  else
    OK (vb_channel_forecast_set_response_hours (c, 24, error));
  OK (vb_channel_forecast_set_shrinkage_pct (c, 30, error));
}

static void
setup (Fixture *f, gconstpointer data)
{
  VbVendorQuote *q;
  VbEvaluator *ann, *bob;

  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
  f->acme = finalist (f->project, "Acme");
  f->beta = finalist (f->project, "Beta");
  forecast (f->project, VB_CHANNEL_PHONE, 1000);
  forecast (f->project, VB_CHANNEL_EMAIL, 500);

  q = vb_vendor_add_quote (f->acme, NULL);
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 2, NULL));
  OK (vb_vendor_quote_set_no_fees (q, error));
  OK (vb_vendor_quote_set_term_months (q, 12, error));
  OK (vb_vendor_quote_set_termination_fee (q, 0, error));
  q = vb_vendor_add_quote (f->beta, NULL);
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.5, NULL));
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2.5, NULL));
  OK (vb_vendor_quote_set_term_months (q, 24, error));

  OK (vb_project_set_real (f->project, VB_RECORD (vb_project_get_settings (f->project)), "inhouse_annual_cost", 50000, error));
  g_assert_nonnull (vb_project_add_roi_benefit (f->project, "Fewer customers lost", 10000, NULL));
  g_assert_nonnull (vb_project_add_transition_cost (f->project, "Our time to hand over", 4000, NULL));

  f->service = vb_project_add_criterion_category (f->project, "Service", NULL);
  f->cost = vb_project_add_criterion_category (f->project, "Cost", NULL);
  f->quality = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Quality", NULL);
  f->price = vb_criterion_add_criterion (f->cost, VB_CRITERION_KIND_PRICE, "Price", NULL);
  OK (vb_criterion_set_weight_balanced (f->service, 60, error));
  OK (vb_criterion_set_weight (f->quality, 100, error));
  OK (vb_criterion_set_weight (f->price, 100, error));

  ann = vb_project_add_evaluator (f->project, "Ann", NULL);
  bob = vb_project_add_evaluator (f->project, "Bob", NULL);
  OK (vb_evaluator_set_score (ann, f->acme, f->quality, 5, NULL, error));
  OK (vb_evaluator_set_score (bob, f->acme, f->quality, 3, NULL, error));
  OK (vb_evaluator_set_score (ann, f->beta, f->quality, 3, NULL, error));
  OK (vb_evaluator_set_score (bob, f->beta, f->quality, 3, NULL, error));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_loader (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  const VbDecisionResult *r;
  const VbDecisionInput *in;
  int acme, beta, quality, price;

  g_assert_true (vb_decision_model_get_for_project (f->project) == model);
  g_assert_cmpuint (vb_decision_model_get_n_computes (model), ==, 0);
  r = vb_decision_model_get_result (model);
  in = vb_decision_model_get_input (model);
  /* once per edit: reading again does not recompute */
  g_assert_true (vb_decision_model_get_result (model) == r);
  g_assert_cmpuint (vb_decision_model_get_n_computes (model), ==, 1);

  /* what the rows say */
  g_assert_cmpuint (in->n_channels, ==, 2);
  g_assert_cmpfloat (in->channels[0].volume[5], ==, 1000);
  g_assert_cmpfloat (in->channels[1].service_seconds, ==, 24 * 3600);
  g_assert_cmpuint (in->n_quotes, ==, 2);
  g_assert_cmpuint (vb_decision_model_get_n_vendors (model), ==, 2);
  acme = vb_decision_model_find_vendor (model, f->acme);
  beta = vb_decision_model_find_vendor (model, f->beta);
  g_assert_cmpint (acme, ==, 0);
  g_assert_cmpint (beta, ==, 1);
  g_assert_cmpuint (in->quotes[1].vendor, ==, (guint) beta);
  g_assert_cmpuint (in->quotes[0].quote->n_lines, ==, 1);
  g_assert_cmpuint (in->quotes[1].quote->n_lines, ==, 2);
  g_assert_cmpint (in->quotes[1].quote->lines[1].channel, ==, VB_CHANNEL_EMAIL);
  g_assert_cmpfloat (in->quotes[1].quote->lines[1].rate, ==, 2.5);
  g_assert_cmpint (in->quotes[0].quote->fees_state, ==, VB_FEES_NONE);
  g_assert_cmpint (in->quotes[1].quote->fees_state, ==, VB_FEES_NOT_ASKED);
  g_assert_cmpuint (in->quotes[1].quote->term_months, ==, 24);
  g_assert_nonnull (in->roi);
  g_assert_cmpfloat (in->roi->in_house_annual, ==, 50000);
  g_assert_cmpuint (in->roi->n_benefits, ==, 1);
  g_assert_cmpuint (in->roi->n_transition, ==, 1);
  quality = vb_decision_model_find_node (model, f->quality);
  price = vb_decision_model_find_node (model, f->price);
  g_assert_cmpint (in->price_criterion, ==, price);
  g_assert_cmpuint (vb_decision_model_get_n_nodes (model), ==, 4);
  g_assert_cmpuint (vb_decision_model_get_n_evaluators (model), ==, 2);

  /* the engine's figures (the numbers of the top of this file) */
  g_assert_cmpfloat_with_epsilon (r->quotes[0].price.annual_cost, 36000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->quotes[1].price.annual_cost, 33000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->quotes[0].roi.first_year_saving, 20000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->scoring->weights->nodes[quality].global_pct, 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->scoring->weights->nodes[price].global_pct, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->scoring->vendors[acme].total, 48 + 40 * 33000.0 / 36000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->scoring->vendors[beta].total, 76, 1e-6);
  g_assert_cmpint (r->scoring->leader, ==, acme);
  g_assert_true (vb_scoring_result_cell (r->scoring, acme, quality)->disagreement);

  /* an edit drops the result; the next read computes once */
  OK (vb_criterion_set_weight_balanced (f->service, 50, error));
  g_assert_cmpuint (vb_decision_model_get_n_computes (model), ==, 1);
  r = vb_decision_model_get_result (model);
  vb_decision_model_get_result (model);
  g_assert_cmpuint (vb_decision_model_get_n_computes (model), ==, 2);
  g_assert_cmpfloat_with_epsilon (r->scoring->weights->nodes[quality].global_pct, 50, 1e-9);

  /* without an entered in-house cost: the tasks planned for outsourcing */
  OK (vb_project_set_null (f->project, VB_RECORD (vb_project_get_settings (f->project)), "inhouse_annual_cost", error));
  {
    VbTask *t1 = vb_project_add_task (f->project, NULL), *t2 = vb_project_add_task (f->project, NULL);
    gboolean from_tasks = FALSE;

    OK (vb_task_set_annual_cost (t1, 30000, error));
    OK (vb_task_set_decision (t1, VB_SOURCING_OUTSOURCE, error));
    OK (vb_task_set_annual_cost (t2, 99000, error));
    OK (vb_task_set_decision (t2, VB_SOURCING_KEEP, error));
    g_assert_cmpfloat (vb_decision_model_get_in_house_cost (model, &from_tasks), ==, 30000);
    g_assert_true (from_tasks);
  }
}

static JsonObject *
run_json (JsonParser *parser,
          const char *command,
          const char *path)
{
  const char *argv[] = { vbt_cli (), command, path, "--json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (vbt_run (argv, &out, &err), ==, 0);
  if (!json_parser_load_from_data (parser, out, -1, &error))
    g_error ("not JSON (%s): %s", error->message, out);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
member_named (JsonArray  *array,
              const char *name)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (o, "name"), name) == 0)
        return o;
    }
  g_error ("no “%s”", name);
  return NULL;
}

static gboolean
missing_says (JsonObject *vendor,
              const char *words)
{
  JsonArray *missing = json_object_get_array_member (vendor, "missing");

  for (guint i = 0; i < json_array_get_length (missing); i++)
    if (vbt_contains_ci (json_array_get_string_element (missing, i), words))
      return TRUE;
  return FALSE;
}

static void
test_cli (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_strdup (vb_project_get_path (f->project));
  g_autoptr(JsonParser) pricing = json_parser_new ();
  g_autoptr(JsonParser) score = json_parser_new ();
  JsonObject *root, *acme, *beta, *quality, *price;
  JsonArray *ranking, *criteria;
  g_autofree char *acme_uuid = g_strdup (vb_record_get_uuid (VB_RECORD (f->acme)));
  g_autofree char *beta_uuid = g_strdup (vb_record_get_uuid (VB_RECORD (f->beta)));
  g_autofree char *out = NULL;

  g_clear_object (&f->project);

  root = run_json (pricing, "pricing", path);
  g_assert_cmpstr (json_object_get_string_member (root, "currency"), ==, "EUR");
  g_assert_cmpfloat (json_object_get_double_member (root, "in_house_annual_cost"), ==, 50000);
  acme = member_named (json_object_get_array_member (root, "vendors"), "Acme");
  beta = member_named (json_object_get_array_member (root, "vendors"), "Beta");
  g_assert_cmpstr (json_object_get_string_member (acme, "uuid"), ==, acme_uuid);
  g_assert_true (json_object_get_boolean_member (acme, "complete"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "annual_cost"), 36000, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "term_cost"), 36000, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "cost_per_contact"), 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "roi_first_year"), 20000, 1e-6);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (acme, "missing")), ==, 0);
  g_assert_false (json_object_get_boolean_member (beta, "complete"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (beta, "annual_cost"), 33000, 1e-6);
  g_assert_true (json_object_get_null_member (beta, "term_cost"));
  g_assert_true (json_object_get_null_member (beta, "roi_first_year"));
  g_assert_true (missing_says (beta, "one-time fees"));
  g_assert_true (missing_says (beta, "termination"));

  root = run_json (score, "score", path);
  g_assert_cmpstr (json_object_get_string_member (root, "leader"), ==, acme_uuid);
  ranking = json_object_get_array_member (root, "ranking");
  g_assert_cmpint (json_array_get_length (ranking), ==, 2);
  acme = json_array_get_object_element (ranking, 0);
  beta = json_array_get_object_element (ranking, 1);
  g_assert_cmpstr (json_object_get_string_member (acme, "uuid"), ==, acme_uuid);
  g_assert_cmpstr (json_object_get_string_member (beta, "uuid"), ==, beta_uuid);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "total"), 84.6666667, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (beta, "total"), 76, 1e-6);
  g_assert_cmpint (json_object_get_int_member (acme, "rank"), ==, 1);
  /* per category: Acme Service 48 points (80 within it), Cost 36.667 */
  {
    JsonObject *service = member_named (json_object_get_array_member (acme, "categories"), "Service");
    JsonObject *cost = member_named (json_object_get_array_member (acme, "categories"), "Cost");

    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (service, "points"), 48, 1e-6);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (service, "score"), 80, 1e-6);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (cost, "points"), 40 * 33000.0 / 36000, 1e-6);
  }
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (acme, "knockouts")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (acme, "negotiation"), ==, "headroom");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "negotiation_target"), 40 * 33000.0 / 28, 1e-3);
  g_assert_cmpstr (json_object_get_string_member (beta, "negotiation"), ==, "target");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (beta, "negotiation_target"), 25200, 1e-3);

  criteria = json_object_get_array_member (root, "criteria");
  g_assert_cmpint (json_array_get_length (criteria), ==, 2);
  quality = member_named (criteria, "Quality");
  price = member_named (criteria, "Price");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (quality, "global_weight"), 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (quality, "tipping_point"), 100 * 25 / 85.0, 1e-6);
  g_assert_cmpstr (json_object_get_string_member (quality, "direction"), ==, "down");
  g_assert_cmpstr (json_object_get_string_member (quality, "new_leader"), ==, beta_uuid);
  g_assert_false (json_object_get_boolean_member (quality, "critical"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (price, "tipping_point"), 100 * 60 / 85.0, 1e-6);
  g_assert_cmpstr (json_object_get_string_member (price, "direction"), ==, "up");
  /* the one disagreement: Acme's quality, 5 and 3 */
  {
    JsonArray *d = json_object_get_array_member (root, "disagreements");
    JsonObject *o;

    g_assert_cmpint (json_array_get_length (d), ==, 1);
    o = json_array_get_object_element (d, 0);
    g_assert_cmpstr (json_object_get_string_member (o, "vendor"), ==, acme_uuid);
    g_assert_cmpint (json_object_get_int_member (o, "min"), ==, 3);
    g_assert_cmpint (json_object_get_int_member (o, "max"), ==, 5);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "sd"), 1, 1e-9);
  }

  /* the human table: aligned, in the project's currency */
  {
    const char *argv[] = { vbt_cli (), "pricing", path, NULL };

    g_assert_cmpint (vbt_run (argv, &out, NULL), ==, 0);
    g_test_message ("%s", out);
    g_assert_true (strstr (out, "Acme") != NULL);
    g_assert_true (strstr (out, "36") != NULL && strstr (out, "€") != NULL);
    g_clear_pointer (&out, g_free);
  }
  {
    const char *argv[] = { vbt_cli (), "score", path, NULL };

    g_assert_cmpint (vbt_run (argv, &out, NULL), ==, 0);
    g_test_message ("%s", out);
    g_assert_true (strstr (out, "Quality") != NULL);
    g_clear_pointer (&out, g_free);
  }
  /* usage: no file is exit 2 */
  {
    const char *argv[] = { vbt_cli (), "score", NULL };

    g_assert_cmpint (vbt_run (argv, NULL, NULL), ==, 2);
  }
}

/* The sample: the loader reads what it holds, and the commands print it.
 * BrightDesk by hand: phone 12,250 contacts a year × 6 minutes (after-
 * contact work billed) × 0.95 + email 13,550 × 2.60 = 69,825 + 35,230 =
 * 105,055 a year (no month under the 3,000 minimum: the quietest is
 * 650 × 6 × 0.95 + 700 × 2.6 = 5,525). Its one-time fees are 2,500 setup +
 * 180 per agent trained, so the term (12 months) costs 105,055 + fees; the
 * first-year saving is in-house − 105,055 + 6,000 benefit − fees − 3,500
 * transition. Polyglot Hub's fees were never asked. */
static void
test_sample (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sample.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_create_sample (path, &error);
  g_autoptr(VbDecisionModel) model = NULL;
  const VbDecisionResult *r;

  g_assert_no_error (error);
  model = vb_decision_model_new (p);
  r = vb_decision_model_get_result (model);
  g_assert_nonnull (r);
  g_assert_cmpuint (r->n_vendors, ==, vb_decision_model_get_n_vendors (model));
  g_assert_cmpuint (vb_decision_model_get_n_vendors (model), ==,
                    vb_project_count_vendors (p, VB_VENDOR_STATUS_FINALIST) +
                    vb_project_count_vendors (p, VB_VENDOR_STATUS_SELECTED));
  g_assert_cmpuint (vb_decision_model_get_input (model)->n_quotes, ==,
                    (guint) vbt_count_sql (p, "SELECT count(DISTINCT q.vendor_id) FROM quote AS q JOIN vendor AS v "
                                              "ON v.uuid = q.vendor_id WHERE v.status IN ('finalist', 'selected')"));
  g_assert_cmpuint (vb_decision_model_get_n_vendors (model), ==, 2);
  g_assert_cmpuint (vb_decision_model_get_input (model)->n_channels, ==, 2);
  g_clear_object (&model);
  g_clear_object (&p);

  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(JsonParser) scored = json_parser_new ();
    JsonObject *root = run_json (parser, "pricing", path);
    JsonObject *bright = member_named (json_object_get_array_member (root, "vendors"), "BrightDesk Customer Care");
    JsonObject *poly = member_named (json_object_get_array_member (root, "vendors"), "Polyglot Hub");
    double annual = json_object_get_double_member (bright, "annual_cost");
    double fees = json_object_get_double_member (bright, "term_cost") - annual;
    double agents = (fees - 2500) / 180;
    JsonArray *ranking;

    g_assert_cmpstr (json_object_get_string_member (root, "currency"), ==, "GBP");
    g_assert_cmpfloat_with_epsilon (annual, 12250 * 6 * 0.95 + 13550 * 2.6, 1e-6);
    g_assert_cmpfloat_with_epsilon (agents, round (agents), 1e-9);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (bright, "roi_first_year"),
                                    json_object_get_double_member (root, "in_house_annual_cost") - annual + 6000 - fees - 3500,
                                    1e-6);
    g_assert_false (json_object_get_boolean_member (poly, "complete"));
    g_assert_true (missing_says (poly, "one-time fees"));

    root = run_json (scored, "score", path);
    ranking = json_object_get_array_member (root, "ranking");
    g_assert_cmpint (json_array_get_length (ranking), ==, 2);
    /* the one disagreement: Tone of voice for Polyglot Hub (4, 4, 2) */
    g_assert_cmpint (json_array_get_length (json_object_get_array_member (root, "disagreements")), ==, 1);
    g_assert_cmpint (json_array_get_length (json_object_get_array_member (root, "criteria")), ==, 7);
  }
  vbt_rmdir (dir);
}

/* A must-have Beta does not meet knocks it out (shown with the reason in
 * score --json) until an exception is recorded */
static void
test_knockout (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  VbRequirementSection *section = vb_project_add_requirement_section (f->project, NULL);
  VbRequirement *req = vb_requirement_section_add_requirement (section, NULL);
  g_autofree char *path = g_strdup (vb_project_get_path (f->project));
  g_autoptr(JsonParser) parser = json_parser_new ();
  VbResponse *response;
  JsonObject *beta;
  JsonArray *knockouts;
  int b;

  OK (vb_requirement_set_text (req, "Weekend cover", error));
  OK (vb_requirement_set_priority (req, VB_PRIORITY_MUST, error));
  response = vb_requirement_add_response (req, f->beta, NULL);
  OK (vb_response_set_answer (response, VB_ANSWER_DOES_NOT_MEET, error));
  b = vb_decision_model_find_vendor (model, f->beta);
  g_assert_cmpint (b, >=, 0);
  g_assert_true (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);
  g_assert_cmpuint (vb_decision_model_get_result (model)->scoring->n_ranked, ==, 1);

  g_clear_object (&f->project);
  beta = member_named (json_object_get_array_member (run_json (parser, "score", path), "ranking"), "Beta");
  g_assert_true (json_object_get_boolean_member (beta, "disqualified"));
  knockouts = json_object_get_array_member (beta, "knockouts");
  g_assert_cmpint (json_array_get_length (knockouts), ==, 1);
  g_assert_true (vbt_contains_ci (json_object_get_string_member (json_array_get_object_element (knockouts, 0), "reason"),
                                  "Weekend cover"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (knockouts, 0), "accepted"));

  /* an exception with a reason: shown as accepted, and ranked again */
  {
    g_autoptr(GError) open_error = NULL;
    g_autoptr(VbProject) p = vb_project_open (path, &open_error);
    GListModel *responses;
    g_autoptr(VbResponse) r = NULL;
    VbVendor *beta_vendor = NULL;
    GListModel *vendors;

    g_assert_no_error (open_error);
    vendors = vb_project_get_vendors (p);
    for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
      {
        g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);

        if (g_str_equal (vb_vendor_get_name (v), "Beta"))
          beta_vendor = v;
      }
    responses = vb_vendor_get_responses (beta_vendor);
    r = g_list_model_get_item (responses, 0);
    OK (vb_response_set_exception_reason (r, "They will add weekend cover in month two", error));
    model = vb_decision_model_get_for_project (p);
    g_assert_false (vb_decision_model_get_result (model)->scoring->vendors[vb_decision_model_find_vendor (model, beta_vendor)].disqualified);
  }
  beta = member_named (json_object_get_array_member (run_json (parser, "score", path), "ranking"), "Beta");
  g_assert_false (json_object_get_boolean_member (beta, "disqualified"));
  knockouts = json_object_get_array_member (beta, "knockouts");
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (knockouts, 0), "accepted"));
}

/* The finalists' selection results are read again only when one of their
 * tables changed: kept over a score edit, fresh after an answer, its undo
 * and a change of status */
static void
test_vendor_part_kept (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  VbRequirementSection *section = vb_project_add_requirement_section (f->project, NULL);
  VbRequirement *req = vb_requirement_section_add_requirement (section, NULL);
  g_autoptr(VbEvaluator) ann = g_list_model_get_item (vb_project_get_evaluators (f->project), 0);
  const VbVendorScores *before;
  VbResponse *response;
  guint n_computes;
  double total;
  int b;

  OK (vb_requirement_set_text (req, "Weekend cover", error));
  OK (vb_requirement_set_priority (req, VB_PRIORITY_MUST, error));
  b = vb_decision_model_find_vendor (model, f->beta);
  before = vb_decision_model_get_vendor_scores (model, (guint) b);
  g_assert_false (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);

  /* a score: a new result with it, the same selection results */
  n_computes = vb_decision_model_get_n_computes (model);
  total = vb_decision_model_get_result (model)->scoring->vendors[b].total;
  OK (vb_evaluator_set_score (ann, f->beta, f->quality, 5, NULL, error));
  g_assert_true (vb_decision_model_get_vendor_scores (model, (guint) b) == before);
  g_assert_cmpuint (vb_decision_model_get_n_computes (model), ==, n_computes + 1);
  g_assert_cmpfloat (vb_decision_model_get_result (model)->scoring->vendors[b].total, >, total);

  /* a quote: the kept scores, the price criterion anew (Beta's email
   * dearer: Acme is now the cheaper) */
  total = vb_decision_model_get_result (model)->scoring->vendors[b].total;
  {
    VbVendorQuote *q = vb_vendor_get_quote (f->beta);
    g_autoptr(VbVendorQuoteLine) email = g_list_model_get_item (vb_vendor_quote_get_lines (q), 1);

    OK (vb_vendor_quote_line_set_rate (email, 9, error));
  }
  g_assert_cmpfloat (vb_decision_model_get_result (model)->scoring->vendors[b].total, <, total);
  g_assert_cmpuint (vb_decision_model_get_n_computes (model), ==, n_computes + 2);

  /* an answer that knocks Beta out */
  response = vb_requirement_add_response (req, f->beta, NULL);
  OK (vb_response_set_answer (response, VB_ANSWER_DOES_NOT_MEET, error));
  b = vb_decision_model_find_vendor (model, f->beta);
  g_assert_true (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);

  /* undone: ranked again */
  OK (vb_project_undo (f->project, error));
  b = vb_decision_model_find_vendor (model, f->beta);
  g_assert_false (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);

  /* Beta no longer a finalist: gone from the model */
  OK (vb_vendor_set_status (f->beta, VB_VENDOR_STATUS_SHORTLIST, NULL, error));
  g_assert_cmpint (vb_decision_model_find_vendor (model, f->beta), ==, -1);
  g_assert_cmpuint (vb_decision_model_get_n_vendors (model), ==, 1);
}

/* The model of the project, patched score by score, gives what a model
 * reading every row gives */
static void
assert_same_as_fresh (VbProject *project)
{
  VbDecisionModel *kept = vb_decision_model_get_for_project (project);
  g_autoptr(VbDecisionModel) fresh = vb_decision_model_new (project);
  const VbScoringResult *a = vb_decision_model_get_result (kept)->scoring;
  const VbScoringResult *b = vb_decision_model_get_result (fresh)->scoring;

  g_assert_cmpuint (a->n_vendors, ==, b->n_vendors);
  g_assert_cmpuint (a->n_nodes, ==, b->n_nodes);
  for (guint v = 0; v < a->n_vendors; v++)
    {
      g_assert_cmpfloat_with_epsilon (a->vendors[v].total, b->vendors[v].total, 1e-12);
      g_assert_cmpint (a->vendors[v].disqualified, ==, b->vendors[v].disqualified);
      for (guint n = 0; n < a->n_nodes; n++)
        {
          const VbScoreCell *x = vb_scoring_result_cell (a, v, n), *y = vb_scoring_result_cell (b, v, n);

          g_assert_cmpuint (x->n_scores, ==, y->n_scores);
          g_assert_true ((isnan (x->value) && isnan (y->value)) || x->value == y->value);
          g_assert_cmpint (x->disagreement, ==, y->disagreement);
        }
    }
}

/* A score edit patches its cell (the tracker's rows), anything else reads
 * every row: a change, a new cell, a cleared score, undo and redo, a row
 * removed, a new evaluator — each time the same as reading afresh */
static void
test_scores_patched (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  g_autoptr(VbEvaluator) ann = g_list_model_get_item (vb_project_get_evaluators (f->project), 0);
  g_autoptr(VbEvaluator) bob = g_list_model_get_item (vb_project_get_evaluators (f->project), 1);
  VbCriterion *speed = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Speed", NULL);
  VbEvaluator *cy;
  double before;
  int b = vb_decision_model_find_vendor (model, f->beta);

  OK (vb_criterion_set_weight_balanced (f->quality, 50, error));
  assert_same_as_fresh (f->project);
  before = vb_decision_model_get_result (model)->scoring->vendors[b].total;

  OK (vb_evaluator_set_score (ann, f->beta, f->quality, 1, NULL, error));
  g_assert_cmpfloat (vb_decision_model_get_result (model)->scoring->vendors[b].total, <, before);
  assert_same_as_fresh (f->project);
  OK (vb_evaluator_set_score (bob, f->beta, speed, 5, "Quick on the phone", error));    /* a new cell */
  assert_same_as_fresh (f->project);
  OK (vb_evaluator_set_score (ann, f->beta, speed, 1, NULL, error));                    /* disagree */
  g_assert_true (vb_scoring_result_cell (vb_decision_model_get_result (model)->scoring, (guint) b,
                                         (guint) vb_decision_model_find_node (model, speed))->disagreement);
  assert_same_as_fresh (f->project);
  OK (vb_score_set_score (vb_evaluator_find_score (ann, f->beta, speed), 0, error));    /* cleared */
  assert_same_as_fresh (f->project);
  OK (vb_project_undo (f->project, error));
  assert_same_as_fresh (f->project);
  OK (vb_project_undo (f->project, error));
  assert_same_as_fresh (f->project);
  OK (vb_project_redo (f->project, error));
  assert_same_as_fresh (f->project);
  OK (vb_record_remove (VB_RECORD (vb_evaluator_find_score (bob, f->beta, speed)), error));
  assert_same_as_fresh (f->project);
  cy = vb_project_add_evaluator (f->project, "Cy", NULL);
  OK (vb_evaluator_set_score (cy, f->acme, speed, 2, NULL, error));
  assert_same_as_fresh (f->project);
  OK (vb_evaluator_set_score (cy, f->acme, speed, 4, NULL, error));
  assert_same_as_fresh (f->project);
}

/* A price line paid per outcome prices once its outcome share is known:
 * Acme's 1,500 contacts a month, 10 % of them a sale at 20, is 36,000 a
 * year, as its 2 a contact was; without the share it says what is missing */
static void
test_outcome_share (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  VbVendorQuote *q = vb_vendor_get_quote (f->acme);
  g_autoptr(VbVendorQuoteLine) l = g_list_model_get_item (vb_vendor_quote_get_lines (q), 0);
  int a = vb_decision_model_find_vendor (model, f->acme);
  const VbQuotePrice *price;
  gboolean gap = FALSE;

  OK (vb_vendor_quote_line_set_model (l, VB_QUOTE_MODEL_OUTCOME, error));
  OK (vb_vendor_quote_line_set_rate (l, 20, error));
  OK (vb_vendor_quote_line_set_outcome_unit (l, "sale", error));
  g_assert_true (isnan (vb_vendor_quote_line_get_outcome_pct (l)));
  price = &vb_decision_model_get_result (model)->quotes[a].price;
  g_assert_true (isnan (price->annual_cost));
  for (guint i = 0; i < price->gaps->len; i++)
    gap = gap || ((VbPriceGap *) price->gaps->pdata[i])->kind == VB_PRICE_GAP_NO_OUTCOME_SHARE;
  g_assert_true (gap);

  OK (vb_vendor_quote_line_set_outcome_pct (l, 10, error));
  price = &vb_decision_model_get_result (model)->quotes[a].price;
  g_assert_cmpfloat_with_epsilon (price->annual_cost, 36000, 1e-6);
  for (guint i = 0; i < price->gaps->len; i++)
    g_assert_cmpint (((VbPriceGap *) price->gaps->pdata[i])->kind, !=, VB_PRICE_GAP_NO_OUTCOME_SHARE);
  /* kept in the file, and out of range refused */
  g_assert_cmpint (vbt_query_int (vb_project_get_path (f->project), "SELECT count(*) FROM quote_line WHERE outcome_pct = 10"), ==, 1);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (vb_vendor_quote_line_set_outcome_pct (l, 120, &error));
    g_assert_nonnull (error);
  }
  g_assert_cmpfloat (vb_vendor_quote_line_get_outcome_pct (l), ==, 10);
}

/* An answer computes again only the finalist who gave it: the other's
 * selection results stay (the same pointer), and the result is what a
 * model reading every row gives; a response removed or undone reads all */
static void
test_answers_patched (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  VbRequirementSection *section = vb_project_add_requirement_section (f->project, NULL);
  VbRequirement *req = vb_requirement_section_add_requirement (section, NULL);
  VbResponse *response;
  guint computes;
  int b;

  OK (vb_requirement_set_text (req, "Weekend cover", error));
  OK (vb_requirement_set_priority (req, VB_PRIORITY_MUST, error));
  assert_same_as_fresh (f->project);
  b = vb_decision_model_find_vendor (model, f->beta);
  computes = vb_decision_model_get_n_vendor_computes (model);

  /* Beta answers: knocked out; Acme's part kept */
  response = vb_requirement_add_response (req, f->beta, NULL);
  OK (vb_response_set_answer (response, VB_ANSWER_DOES_NOT_MEET, error));
  g_assert_true (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);
  g_assert_cmpuint (vb_decision_model_get_n_vendor_computes (model), ==, computes + 1);
  assert_same_as_fresh (f->project);

  /* Beta changes its answer: in again, only Beta computed again */
  computes = vb_decision_model_get_n_vendor_computes (model);
  OK (vb_response_set_answer (response, VB_ANSWER_MEETS, error));
  g_assert_false (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);
  g_assert_cmpuint (vb_decision_model_get_n_vendor_computes (model), ==, computes + 1);
  assert_same_as_fresh (f->project);

  /* a score and an answer in a row, then undo: each time as afresh */
  {
    g_autoptr(VbEvaluator) ann = g_list_model_get_item (vb_project_get_evaluators (f->project), 0);

    OK (vb_evaluator_set_score (ann, f->beta, f->quality, 1, NULL, error));
  }
  OK (vb_response_set_answer (response, VB_ANSWER_DOES_NOT_MEET, error));
  assert_same_as_fresh (f->project);
  OK (vb_project_undo (f->project, error));
  assert_same_as_fresh (f->project);
  g_assert_false (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);
  OK (vb_project_redo (f->project, error));
  g_assert_true (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);
  assert_same_as_fresh (f->project);

  /* the answer removed: the trail is lost, every finalist read again */
  computes = vb_decision_model_get_n_vendor_computes (model);
  OK (vb_record_remove (VB_RECORD (response), error));
  g_assert_false (vb_decision_model_get_result (model)->scoring->vendors[b].disqualified);
  g_assert_cmpuint (vb_decision_model_get_n_vendor_computes (model), ==, computes + 2);
  assert_same_as_fresh (f->project);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/decision-model/loader", Fixture, NULL, setup, test_loader, teardown);
  g_test_add ("/decision-model/cli", Fixture, NULL, setup, test_cli, teardown);
  g_test_add ("/decision-model/knockout", Fixture, NULL, setup, test_knockout, teardown);
  g_test_add ("/decision-model/vendor-part-kept", Fixture, NULL, setup, test_vendor_part_kept, teardown);
  g_test_add ("/decision-model/scores-patched", Fixture, NULL, setup, test_scores_patched, teardown);
  g_test_add ("/decision-model/outcome-share", Fixture, NULL, setup, test_outcome_share, teardown);
  g_test_add ("/decision-model/answers-patched", Fixture, NULL, setup, test_answers_patched, teardown);
  g_test_add_func ("/decision-model/sample", test_sample);
  return g_test_run ();
}
