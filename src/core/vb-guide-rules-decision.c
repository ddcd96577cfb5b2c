/* vb-guide-rules-decision.c — the guidance rules of Pricing and Scoring
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Next steps and pitfalls of the decision stages. Every rule reads the
 * decision engine's result of the project (vb-decision-model.h), computed
 * once per edit and shared by all rules and pages: no rule recomputes it.
 * Their rows are in the one rules table (vb-guide-rules.c).
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vb-channel-forecast.h"
#include "vb-decision-model.h"
#include "vb-decision-record.h"
#include "vb-evaluator.h"
#include "vb-guide-rules.h"
#include "vb-project-settings.h"
#include "vb-record-private.h"

/* Above this global weight in percent, price decides on its own */
#define PRICE_ALONE_PCT 40.0

static VbDecisionModel *
model_of (VbRuleContext *ctx)
{
  return vb_decision_model_get_for_project (vb_rule_context_get_project (ctx));
}

static const VbScoringResult *
scoring_of (VbRuleContext *ctx)
{
  return vb_decision_model_get_result (model_of (ctx))->scoring;
}

/* ------------------------------------------------------------ Pricing */

void
rule_no_forecast (VbRuleContext *ctx)
{
  if (g_list_model_get_n_items (vb_project_get_forecast_channels (vb_rule_context_get_project (ctx))) > 0)
    return;
  vb_rule_context_emit (ctx, NULL, NULL, _("Add a channel"),
                        _("Forecast the volume of each channel you outsource: every quote is priced on "
                          "that one forecast, so the vendors are compared on the same work."));
}

void
rule_finalist_without_quote (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  guint n = vb_decision_model_get_n_vendors (model);

  for (guint i = 0; i < n; i++)
    {
      VbVendor *v = vb_decision_model_get_vendor (model, i);

      if (vb_vendor_get_quote (v) != NULL)
        continue;
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (v)), NULL, _("Add a quote"),
                            /* Translators: %s is a vendor's name */
                            _("Enter %s’s quote: without it its price cannot be compared."),
                            vb_guide_label_or (VB_RECORD (v), _("this vendor")));
    }
}

void
rule_fees_not_asked (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  guint n = vb_decision_model_get_n_vendors (model);

  for (guint i = 0; i < n; i++)
    {
      VbVendor *v = vb_decision_model_get_vendor (model, i);
      VbVendorQuote *q = vb_vendor_get_quote (v);

      if (q == NULL || vb_vendor_quote_get_fees_state (q) != VB_FEES_NOT_ASKED)
        continue;
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (q)), NULL, _("Enter the fees"),
                            /* Translators: %s is a vendor's name */
                            _("Ask %s about one-time fees (setup, training, integration): a quote that "
                              "looks cheap can hide them. Record “no one-time fees” if there are none."),
                            vb_guide_label_or (VB_RECORD (v), _("this vendor")));
    }
}

/* ------------------------------------------------------------ Scoring */

void
rule_no_criteria (VbRuleContext *ctx)
{
  if (vb_decision_model_get_n_nodes (model_of (ctx)) > 0)
    return;
  vb_rule_context_emit (ctx, NULL, NULL, _("Add a criterion"),
                        _("Decide what matters before you score: add the criteria the vendors are "
                          "compared on, with their weights."));
}

void
rule_weights_off_100 (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  const VbScoringResult *s = scoring_of (ctx);
  g_autofree char *fingerprint = NULL;

  if (s == NULL)
    return;
  for (guint i = 0; i < s->n_nodes; i++)
    {
      const VbWeightNode *node = &s->weights->nodes[i];
      VbCriterion *c = vb_decision_model_get_node (model, i);

      if (node->kind != VB_CRITERION_KIND_CATEGORY || !node->children_off_100)
        continue;
      fingerprint = g_strdup_printf ("%g", node->children_sum);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (c)), fingerprint, _("Edit the weights"),
                            /* Translators: %s is a category of criteria, %g the sum of its weights */
                            _("The weights in “%s” add up to %g %% instead of 100 %%: they are scaled to 100 "
                              "for now. Set them so that they add up to 100 %%."),
                            vb_guide_label_or (VB_RECORD (c), _("this category")), node->children_sum);
      g_clear_pointer (&fingerprint, g_free);
    }
  if (s->weights->top_off_100)
    {
      fingerprint = g_strdup_printf ("%g", s->weights->top_sum);
      vb_rule_context_emit (ctx, NULL, fingerprint, _("Edit the weights"),
                            /* Translators: %g is the sum of the weights */
                            _("The weights of the categories add up to %g %% instead of 100 %%: they are "
                              "scaled to 100 for now. Set them so that they add up to 100 %%."),
                            s->weights->top_sum);
    }
}

void
rule_evaluator_not_scored (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  const VbScoringResult *s = scoring_of (ctx);
  g_autofree guint *missing = NULL;

  if (s == NULL || s->n_evaluators == 0)
    return;
  missing = g_new0 (guint, s->n_evaluators);
  for (guint i = 0; i < s->missing->len; i++)
    missing[g_array_index (s->missing, VbMissingScore, i).evaluator]++;
  for (guint e = 0; e < s->n_evaluators; e++)
    {
      VbEvaluator *ev = vb_decision_model_get_evaluator (model, e);
      g_autofree char *fingerprint = NULL;

      if (missing[e] == 0)
        continue;
      fingerprint = g_strdup_printf ("%u", missing[e]);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (ev)), fingerprint, _("Score the vendors"),
                            /* Translators: %s is an evaluator's name, %u how many scores are missing */
                            ngettext ("%s has %u score left to give: a missing score counts as 0 and "
                                      "leaves the vendor's total incomplete.",
                                      "%s has %u scores left to give: a missing score counts as 0 and "
                                      "leaves the vendor's total incomplete.", missing[e]),
                            vb_guide_label_or (VB_RECORD (ev), _("An evaluator")), missing[e]);
    }
}

void
rule_no_decision (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbDecision *decision = vb_project_get_decision (project);
  const VbScoringResult *s = scoring_of (ctx);

  /* only once there is a ranking to decide on */
  if ((decision != NULL && vb_decision_is_recorded (decision)) || s == NULL || s->leader < 0)
    return;
  vb_rule_context_emit (ctx, NULL, NULL, _("Record the decision"),
                        _("Record your decision: the vendor chosen, why, and why the others were not. "
                          "Go through the pre-signing checklist first."));
}

/* Price has more than PRICE_ALONE_PCT of the weight, or the leader leads
 * only thanks to price (with the price criterion's weight at 0 another
 * vendor would lead) */
void
rule_price_alone (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  const VbDecisionInput *in = vb_decision_model_get_input (model);
  const VbScoringResult *s = scoring_of (ctx);
  const VbTippingPoint *tip;
  g_autofree double *totals = NULL;
  g_autofree char *fingerprint = NULL;
  int leader_without = -1;
  double weight;

  if (s == NULL || in->price_criterion < 0 || s->leader < 0)
    return;
  weight = s->weights->nodes[in->price_criterion].global_pct;
  tip = &s->tipping[in->price_criterion];
  if (tip->defined && s->n_ranked >= 2)
    {
      totals = g_new0 (double, s->n_vendors);
      vb_scoring_result_what_if (s, (guint) in->price_criterion, 0, totals);
      for (guint v = 0; v < s->n_vendors; v++)
        if (!s->vendors[v].disqualified && (leader_without < 0 || totals[v] > totals[leader_without]))
          leader_without = (int) v;
    }
  if (weight > PRICE_ALONE_PCT)
    {
      fingerprint = g_strdup_printf ("w%.1f", weight);
      vb_rule_context_emit (ctx, NULL, fingerprint, _("Edit the weights"),
                            /* Translators: %.0f is the price's weight in percent */
                            _("Price carries %.0f %% of the weight: the cheapest vendor wins almost whatever "
                              "its service. Give quality, fit and risk their share."), weight);
    }
  else if (leader_without >= 0 && leader_without != s->leader)
    {
      VbVendor *leader = vb_decision_model_get_vendor (model, (guint) s->leader);
      VbVendor *other = vb_decision_model_get_vendor (model, (guint) leader_without);

      fingerprint = g_strdup_printf ("l%d-%d", s->leader, leader_without);
      vb_rule_context_emit (ctx, NULL, fingerprint, _("Edit the weights"),
                            /* Translators: the two %s are vendors' names */
                            _("%s leads only on price: without the price criterion %s would lead. Check "
                              "that the cheaper service is good enough."),
                            vb_guide_label_or (VB_RECORD (leader), _("The leader")),
                            vb_guide_label_or (VB_RECORD (other), _("another vendor")));
    }
}

void
rule_evaluators_disagree (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  const VbScoringResult *s = scoring_of (ctx);

  if (s == NULL)
    return;
  for (guint v = 0; v < s->n_vendors; v++)
    for (guint n = 0; n < s->n_nodes; n++)
      {
        const VbScoreCell *cell = vb_scoring_result_cell (s, v, n);
        VbCriterion *c;
        g_autofree char *subject = NULL;
        g_autofree char *fingerprint = NULL;

        if (!cell->disagreement || cell->consensus != 0)
          continue;
        c = vb_decision_model_get_node (model, n);
        subject = g_strdup_printf ("%s/%s", vb_record_get_uuid (VB_RECORD (vb_decision_model_get_vendor (model, v))),
                                   vb_record_get_uuid (VB_RECORD (c)));
        fingerprint = g_strdup_printf ("%d-%d", cell->min, cell->max);
        vb_rule_context_emit (ctx, subject, fingerprint, _("Show the scores"),
                              /* Translators: %s a criterion, %s a vendor, %d the lowest and highest score */
                              _("The evaluators disagree on “%s” for %s (scores from %d to %d). Talk it "
                                "through and record an agreed score with the reason."),
                              vb_guide_label_or (VB_RECORD (c), _("a criterion")),
                              vb_guide_label_or (VB_RECORD (vb_decision_model_get_vendor (model, v)),
                                                 _("a vendor")),
                              cell->min, cell->max);
      }
}

void
rule_critical_criterion (VbRuleContext *ctx)
{
  VbDecisionModel *model = model_of (ctx);
  const VbScoringResult *s = scoring_of (ctx);

  if (s == NULL || s->leader < 0)
    return;
  for (guint n = 0; n < s->n_nodes; n++)
    {
      const VbTippingPoint *tip = &s->tipping[n];
      VbCriterion *c;
      g_autofree char *fingerprint = NULL;

      if (!tip->defined || !tip->critical || tip->new_leader < 0)
        continue;
      c = vb_decision_model_get_node (model, n);
      fingerprint = g_strdup_printf ("%.1f-%d", tip->tip_pct, tip->new_leader);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (c)), fingerprint, _("Show the sensitivity"),
                            /* Translators: %s a criterion, %.1f two weights in percent, last %s a vendor */
                            _("The decision hangs on “%s”: at %.1f %% instead of %.1f %% %s would lead. Make "
                              "sure that weight is what you mean."),
                            vb_guide_label_or (VB_RECORD (c), _("a criterion")), tip->tip_pct, tip->current_pct,
                            vb_guide_label_or (VB_RECORD (vb_decision_model_get_vendor (model,
                                                                                        (guint) tip->new_leader)),
                                               _("another vendor")));
    }
}

/* With AHP weighting: the group of criteria (a category's, or the
 * categories) whose combined judgements are inconsistent (CR > 0.10),
 * naming the judgement furthest from the weights */
static void
check_ahp_group (VbRuleContext *ctx,
                 VbCriterion   *category)
{
  g_autoptr(GPtrArray) group = NULL;
  g_autoptr(VbAhpResult) r = vb_project_solve_ahp (vb_rule_context_get_project (ctx), category, &group, NULL);
  g_autofree char *fingerprint = NULL;

  if (r == NULL || !r->inconsistent || r->worst_i == r->worst_j)
    return;
  fingerprint = g_strdup_printf ("%.3f", r->cr);
  vb_rule_context_emit (ctx, category ? vb_record_get_uuid (VB_RECORD (category)) : NULL, fingerprint,
                        _("Review the comparisons"),
                        /* Translators: %.2f is the consistency ratio; the two %s are criteria */
                        _("The pairwise comparisons contradict each other (consistency %.2f, above 0.10). "
                          "Look again at “%s” against “%s” first: it fits the others least."),
                        r->cr, vb_guide_label_or (VB_RECORD (group->pdata[r->worst_i]), _("a criterion")),
                        vb_guide_label_or (VB_RECORD (group->pdata[r->worst_j]), _("another")));
}

void
rule_ahp_inconsistent (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbDecisionModel *model = model_of (ctx);
  VbWeighting weighting = VB_WEIGHTING_DIRECT;
  int value;

  if (vb_enum_from_nick (VB_TYPE_WEIGHTING, vb_record_get_text (VB_RECORD (vb_project_get_settings (project)),
                                                                "weighting"), &value))
    weighting = value;
  if (weighting != VB_WEIGHTING_AHP)
    return;
  check_ahp_group (ctx, NULL);
  for (guint n = 0; n < vb_decision_model_get_n_nodes (model); n++)
    {
      VbCriterion *c = vb_decision_model_get_node (model, n);

      if (vb_criterion_get_kind (c) == VB_CRITERION_KIND_CATEGORY)
        check_ahp_group (ctx, c);
    }
}
