/* test-guide-decision.c — the guidance rules of Pricing and Scoring
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule of vb-guide-rules-decision.c fires on a project made for it
 * and stays quiet on one that is fine (test-guide.c's /guide/all-rules-
 * tested lists this program's tests beside its own). The stages have no
 * page yet, so the guide runs them only with the tests' switch; a last
 * test checks that without it they stay hidden.
 *
 * The fixture (as test-decision-model.c's, worked out there by hand): two
 * finalists, Acme (2 a contact on all channels, no fees) and Beta (1.5 a
 * phone call, 2.5 an email, its fees never asked); Service 60 % (Quality)
 * and Cost 40 % (Price); Ann and Bob score Acme's quality 5 and 3 (range
 * 2: a disagreement), Beta's 3 and 3. Totals: Acme 84.667, Beta 76 —
 * Acme leads; without price Acme 48 against Beta 36, still Acme. Tipping
 * points 29.4 % (Quality, now 60 %) and 70.6 % (Price, now 40 %): 30.6
 * points away, not critical with the default margin of 5.
 */

#include "vb-channel-forecast.h"
#include "vb-criterion.h"
#include "vb-decision-record.h"
#include "vb-evaluator.h"
#include "vb-guide.h"
#include "vb-guide-private.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"
#include "vb-stage-private.h"
#include "vb-test-util.h"

typedef struct {
  char          *dir;
  VbProject     *project;
  VbGuide       *guide;
  VbVendor      *acme, *beta;
  VbVendorQuote *beta_quote;
  VbVendorQuoteLine *acme_line;
  VbCriterion   *service, *cost, *quality, *price;
  VbEvaluator   *ann, *bob;
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
setup_blank (Fixture *f, gconstpointer data)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
  f->guide = vb_guide_new (f->project);
  vb_guide_set_include_unavailable (f->guide, TRUE);
}

static void
setup (Fixture *f, gconstpointer data)
{
  VbVendorQuote *q;

  setup_blank (f, data);
  f->acme = finalist (f->project, "Acme");
  f->beta = finalist (f->project, "Beta");
  forecast (f->project, VB_CHANNEL_PHONE, 1000);
  forecast (f->project, VB_CHANNEL_EMAIL, 500);

  q = vb_vendor_add_quote (f->acme, NULL);
  f->acme_line = vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 2, NULL);
  g_assert_nonnull (f->acme_line);
  OK (vb_vendor_quote_set_no_fees (q, error));
  OK (vb_vendor_quote_set_term_months (q, 12, error));
  OK (vb_vendor_quote_set_termination_fee (q, 0, error));
  f->beta_quote = q = vb_vendor_add_quote (f->beta, NULL);
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.5, NULL));
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2.5, NULL));
  OK (vb_vendor_quote_set_term_months (q, 24, error));

  f->service = vb_project_add_criterion_category (f->project, "Service", NULL);
  f->cost = vb_project_add_criterion_category (f->project, "Cost", NULL);
  f->quality = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Quality", NULL);
  f->price = vb_criterion_add_criterion (f->cost, VB_CRITERION_KIND_PRICE, "Price", NULL);
  OK (vb_criterion_set_weight_balanced (f->service, 60, error));
  OK (vb_criterion_set_weight (f->quality, 100, error));
  OK (vb_criterion_set_weight (f->price, 100, error));

  f->ann = vb_project_add_evaluator (f->project, "Ann", NULL);
  f->bob = vb_project_add_evaluator (f->project, "Bob", NULL);
  OK (vb_evaluator_set_score (f->ann, f->acme, f->quality, 5, NULL, error));
  OK (vb_evaluator_set_score (f->bob, f->acme, f->quality, 3, NULL, error));
  OK (vb_evaluator_set_score (f->ann, f->beta, f->quality, 3, NULL, error));
  OK (vb_evaluator_set_score (f->bob, f->beta, f->quality, 3, NULL, error));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->guide);
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static const char *
uuid (gpointer row)
{
  return vb_record_get_uuid (VB_RECORD (row));
}

/* The open finding of @rule about @subject (NULL: any), after a refresh */
static VbFinding *
find (Fixture    *f,
      const char *rule,
      const char *subject)
{
  GListModel *findings;

  vb_guide_refresh (f->guide);
  findings = vb_guide_get_findings (f->guide);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(VbFinding) fi = g_list_model_get_item (findings, i);

      if (g_str_equal (vb_finding_get_rule_id (fi), rule) &&
          (subject == NULL || g_strcmp0 (vb_finding_get_subject (fi), subject) == 0))
        return fi;   /* the model keeps its reference */
    }
  return NULL;
}

static void
assert_fires (Fixture       *f,
              const char    *rule,
              VbStage        stage,
              VbFindingKind  kind,
              const char    *subject,
              const char    *message_has)
{
  VbFinding *fi = find (f, rule, subject);

  if (fi == NULL)
    g_error ("no finding of rule %s about “%s”", rule, subject ? subject : "(any)");
  g_test_message ("%s: %s", rule, vb_finding_get_message (fi));
  g_assert_cmpint (vb_finding_get_stage (fi), ==, stage);
  g_assert_cmpint (vb_finding_get_kind (fi), ==, kind);
  g_assert_cmpstr (vb_finding_get_action_label (fi), !=, "");
  if (vb_finding_get_field (fi) != NULL)
    {
      GObjectClass *klass = g_type_class_ref (vb_finding_get_subject_type (fi));

      if (g_object_class_find_property (klass, vb_finding_get_field (fi)) == NULL)
        g_error ("%s: the field “%s” is not a property of %s", rule, vb_finding_get_field (fi),
                 g_type_name (vb_finding_get_subject_type (fi)));
      g_type_class_unref (klass);
    }
  if (message_has && !vbt_contains_ci (vb_finding_get_message (fi), message_has))
    g_error ("the message “%s” does not name “%s”", vb_finding_get_message (fi), message_has);
}

static void
assert_quiet (Fixture    *f,
              const char *rule)
{
  VbFinding *fi = find (f, rule, NULL);

  if (fi != NULL)
    g_error ("rule %s fired: %s", rule, vb_finding_get_message (fi));
}

static void
set_real (Fixture *f, const char *key, double value)
{
  OK (vb_project_set_real (f->project, VB_RECORD (vb_project_get_settings (f->project)), key, value, error));
}

/* ------------------------------------------------------------ Pricing */

static void
no_forecast_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "pricing.no-forecast", VB_STAGE_PRICING, VB_FINDING_NEXT_STEP, NULL, "forecast");
}

static void
no_forecast_quiet (Fixture *f, gconstpointer data)
{
  assert_quiet (f, "pricing.no-forecast");
}

static void
finalist_without_quote_fires (Fixture *f, gconstpointer data)
{
  VbVendor *cato = finalist (f->project, "Cato");

  assert_fires (f, "pricing.finalist-without-quote", VB_STAGE_PRICING, VB_FINDING_NEXT_STEP, uuid (cato), "Cato");
  /* the two with a quote are not named */
  g_assert_null (find (f, "pricing.finalist-without-quote", uuid (f->acme)));
  g_assert_null (find (f, "pricing.finalist-without-quote", uuid (f->beta)));
}

static void
finalist_without_quote_quiet (Fixture *f, gconstpointer data)
{
  /* a vendor on the long list needs no quote yet */
  VbVendor *v = vb_project_add_vendor (f->project, NULL);

  OK (vb_vendor_set_name (v, "Long list", error));
  assert_quiet (f, "pricing.finalist-without-quote");
}

static void
fees_not_asked_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "pricing.fees-not-asked", VB_STAGE_PRICING, VB_FINDING_WARNING, uuid (f->beta_quote), "Beta");
  g_assert_null (find (f, "pricing.fees-not-asked", uuid (vb_vendor_get_quote (f->acme))));
}

static void
fees_not_asked_quiet (Fixture *f, gconstpointer data)
{
  /* zero means none: asked and answered */
  OK (vb_vendor_quote_set_no_fees (f->beta_quote, error));
  assert_quiet (f, "pricing.fees-not-asked");
}

/* ------------------------------------------------------------ Scoring */

static void
no_criteria_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "scoring.no-criteria", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, NULL, "criteria");
}

static void
no_criteria_quiet (Fixture *f, gconstpointer data)
{
  assert_quiet (f, "scoring.no-criteria");
}

static void
weights_off_100_fires (Fixture *f, gconstpointer data)
{
  /* Service's one criterion at 80: its criteria sum to 80 */
  OK (vb_criterion_set_weight (f->quality, 80, error));
  assert_fires (f, "scoring.weights-off-100", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, uuid (f->service), "80");
  g_assert_null (find (f, "scoring.weights-off-100", uuid (f->cost)));
}

static void
weights_off_100_quiet (Fixture *f, gconstpointer data)
{
  assert_quiet (f, "scoring.weights-off-100");
}

static void
evaluator_not_scored_fires (Fixture *f, gconstpointer data)
{
  /* Cy scored nothing: Acme's and Beta's quality (2 scores) are missing */
  VbEvaluator *cy = vb_project_add_evaluator (f->project, "Cy", NULL);

  assert_fires (f, "scoring.evaluator-not-scored", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, uuid (cy), "2 scores");
  g_assert_null (find (f, "scoring.evaluator-not-scored", uuid (f->ann)));
}

static void
evaluator_not_scored_quiet (Fixture *f, gconstpointer data)
{
  /* an advisory evaluator is not asked for scores */
  VbEvaluator *cy = vb_project_add_evaluator (f->project, "Cy", NULL);

  OK (vb_evaluator_set_advisory (cy, TRUE, error));
  assert_quiet (f, "scoring.evaluator-not-scored");
}

static void
no_decision_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "scoring.no-decision", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, NULL, "decision");
  /* a draft (the vendor selected, not recorded) is not a decision yet */
  OK (vb_vendor_select (f->acme, error));
  assert_fires (f, "scoring.no-decision", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, NULL, "decision");
}

static void
no_decision_quiet (Fixture *f, gconstpointer data)
{
  OK (vb_vendor_select (f->acme, error));
  OK (vb_decision_record (vb_project_get_decision (f->project), "Best service", "2026-12-01", "Ann", NULL, TRUE,
                          error));
  assert_quiet (f, "scoring.no-decision");
}

static void
no_decision_quiet_blank (Fixture *f, gconstpointer data)
{
  /* nothing ranked: nothing to decide on yet */
  assert_quiet (f, "scoring.no-decision");
}

static void
price_alone_fires (Fixture *f, gconstpointer data)
{
  /* Cost 60 %, Service 40 %: Price's global weight 60 % > 40 % */
  OK (vb_criterion_set_weight_balanced (f->cost, 60, error));
  assert_fires (f, "scoring.price-alone", VB_STAGE_SCORING, VB_FINDING_WARNING, NULL, "60");
}

static void
price_alone_fires_leader (Fixture *f, gconstpointer data)
{
  /* Acme at 3 a contact: 54,000 a year, price 33,000 ÷ 54,000 = 0.6111.
   * Acme 60 × 0.8 + 40 × 0.6111 = 72.44; Beta 36 + 40 = 76: Beta leads.
   * Without price (Quality 100 %): Acme 80, Beta 60: Acme would lead. */
  OK (vb_vendor_quote_line_set_rate (f->acme_line, 3, error));
  assert_fires (f, "scoring.price-alone", VB_STAGE_SCORING, VB_FINDING_WARNING, NULL, "Beta leads only on price");
}

static void
price_alone_quiet (Fixture *f, gconstpointer data)
{
  /* exactly 40 %, and Acme leads with or without price */
  assert_quiet (f, "scoring.price-alone");
}

static void
evaluators_disagree_fires (Fixture *f, gconstpointer data)
{
  g_autofree char *cell = g_strdup_printf ("%s/%s", uuid (f->acme), uuid (f->quality));

  assert_fires (f, "scoring.evaluators-disagree", VB_STAGE_SCORING, VB_FINDING_WARNING, cell, "from 3 to 5");
}

static void
evaluators_disagree_quiet (Fixture *f, gconstpointer data)
{
  /* an agreed score settles it */
  OK (vb_project_set_consensus (f->project, f->acme, f->quality, 4, "Talked it through", "Ann", error));
  assert_quiet (f, "scoring.evaluators-disagree");
}

static void
evaluators_disagree_quiet_close (Fixture *f, gconstpointer data)
{
  /* 5 and 4: range 1, sd 0.5, below the threshold of 1 */
  OK (vb_evaluator_set_score (f->bob, f->acme, f->quality, 4, NULL, error));
  assert_quiet (f, "scoring.evaluators-disagree");
}

static void
critical_criterion_fires (Fixture *f, gconstpointer data)
{
  /* a margin of 31 points: Quality's tipping point, 30.6 points away, is critical */
  set_real (f, "critical_margin_pct", 31);
  assert_fires (f, "scoring.critical-criterion", VB_STAGE_SCORING, VB_FINDING_WARNING, uuid (f->quality), "Beta");
}

static void
critical_criterion_quiet (Fixture *f, gconstpointer data)
{
  /* 30 points: 30.6 is just outside */
  set_real (f, "critical_margin_pct", 30);
  assert_quiet (f, "scoring.critical-criterion");
}

/* Three criteria in Service, weighted by AHP from the agreed matrix */
static VbCriterion *
ahp_three (Fixture *f, double ab, double bc, double ac)
{
  VbCriterion *speed = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Speed", NULL);
  VbCriterion *tone = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Tone", NULL);

  OK (vb_project_set_text (f->project, VB_RECORD (vb_project_get_settings (f->project)), "weighting", "ahp", error));
  OK (vb_project_set_ahp_judgement (f->project, NULL, f->quality, speed, ab, error));
  OK (vb_project_set_ahp_judgement (f->project, NULL, speed, tone, bc, error));
  OK (vb_project_set_ahp_judgement (f->project, NULL, f->quality, tone, ac, error));
  return speed;
}

static void
ahp_inconsistent_fires (Fixture *f, gconstpointer data)
{
  /* Quality 9 × Speed, Speed 9 × Tone, yet Tone 9 × Quality: a cycle,
   * CR far above 0.10 */
  ahp_three (f, 9, 9, 1.0 / 9);
  assert_fires (f, "scoring.ahp-inconsistent", VB_STAGE_SCORING, VB_FINDING_WARNING, uuid (f->service), "0.10");
}

static void
ahp_inconsistent_quiet (Fixture *f, gconstpointer data)
{
  /* 2, 2 and 4: perfectly consistent (4 = 2 × 2), CR 0 */
  ahp_three (f, 2, 2, 4);
  assert_quiet (f, "scoring.ahp-inconsistent");
}

static void
ahp_inconsistent_quiet_direct (Fixture *f, gconstpointer data)
{
  /* the same cycle, but the weights are entered directly: the judgements
   * do not count */
  ahp_three (f, 9, 9, 1.0 / 9);
  OK (vb_project_set_text (f->project, VB_RECORD (vb_project_get_settings (f->project)), "weighting", "direct",
                           error));
  assert_quiet (f, "scoring.ahp-inconsistent");
}

/* --------------------------------------------- stages without a page */

static void
test_unavailable_hidden (Fixture *f, gconstpointer data)
{
  /* both decision stages have their pages; Workflows & Escalation is
   * taken away for the test (every stage has its page now) */
  vb_stage_set_withheld (VB_STAGE_WORKFLOWS, TRUE);
  g_assert_true (vb_stage_is_available (VB_STAGE_PRICING));
  g_assert_true (vb_stage_is_available (VB_STAGE_SCORING));
  g_assert_false (vb_stage_is_available (VB_STAGE_WORKFLOWS));
  /* with the switch: the blank project lacks a forecast, criteria, a workflow */
  g_assert_nonnull (find (f, "pricing.no-forecast", NULL));
  g_assert_nonnull (find (f, "scoring.no-criteria", NULL));
  g_assert_nonnull (find (f, "workflows.no-workflow", NULL));
  /* without it the user, who cannot open the Workflows stage, sees none of
   * its findings; the pages that exist keep theirs (the SLAs' among them) */
  vb_guide_set_include_unavailable (f->guide, FALSE);
  g_assert_null (find (f, "workflows.no-workflow", NULL));
  g_assert_cmpuint (vb_guide_get_stage_findings (f->guide, VB_STAGE_WORKFLOWS)->len, ==, 0);
  g_assert_nonnull (find (f, "pricing.no-forecast", NULL));
  g_assert_nonnull (find (f, "scoring.no-criteria", NULL));
  g_assert_nonnull (find (f, "slas.no-sla", NULL));
  /* the other stages' findings are still there */
  g_assert_nonnull (find (f, "goals.no-objective", NULL));
  vb_stage_set_withheld (VB_STAGE_WORKFLOWS, FALSE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/guide/rule/" path, Fixture, NULL, setup, func, teardown)
#define ADD_BLANK(path, func) g_test_add ("/guide/rule/" path, Fixture, NULL, setup_blank, func, teardown)
  ADD_BLANK ("pricing.no-forecast/fires", no_forecast_fires);
  ADD ("pricing.no-forecast/quiet", no_forecast_quiet);
  ADD ("pricing.finalist-without-quote/fires", finalist_without_quote_fires);
  ADD ("pricing.finalist-without-quote/quiet", finalist_without_quote_quiet);
  ADD ("pricing.fees-not-asked/fires", fees_not_asked_fires);
  ADD ("pricing.fees-not-asked/quiet", fees_not_asked_quiet);
  ADD_BLANK ("scoring.no-criteria/fires", no_criteria_fires);
  ADD ("scoring.no-criteria/quiet", no_criteria_quiet);
  ADD ("scoring.weights-off-100/fires", weights_off_100_fires);
  ADD ("scoring.weights-off-100/quiet", weights_off_100_quiet);
  ADD ("scoring.evaluator-not-scored/fires", evaluator_not_scored_fires);
  ADD ("scoring.evaluator-not-scored/quiet", evaluator_not_scored_quiet);
  ADD ("scoring.no-decision/fires", no_decision_fires);
  ADD ("scoring.no-decision/quiet", no_decision_quiet);
  ADD_BLANK ("scoring.no-decision/quiet-blank", no_decision_quiet_blank);
  ADD ("scoring.price-alone/fires", price_alone_fires);
  ADD ("scoring.price-alone/fires-leader", price_alone_fires_leader);
  ADD ("scoring.price-alone/quiet", price_alone_quiet);
  ADD ("scoring.evaluators-disagree/fires", evaluators_disagree_fires);
  ADD ("scoring.evaluators-disagree/quiet", evaluators_disagree_quiet);
  ADD ("scoring.evaluators-disagree/quiet-close", evaluators_disagree_quiet_close);
  ADD ("scoring.critical-criterion/fires", critical_criterion_fires);
  ADD ("scoring.critical-criterion/quiet", critical_criterion_quiet);
  ADD ("scoring.ahp-inconsistent/fires", ahp_inconsistent_fires);
  ADD ("scoring.ahp-inconsistent/quiet", ahp_inconsistent_quiet);
  ADD ("scoring.ahp-inconsistent/quiet-direct", ahp_inconsistent_quiet_direct);
  g_test_add ("/guide-decision/unavailable-hidden", Fixture, NULL, setup_blank, test_unavailable_hidden, teardown);
  return g_test_run ();
}
