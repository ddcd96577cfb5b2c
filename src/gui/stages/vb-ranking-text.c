/* vb-ranking-text.c — the ranking and sensitivity figures in words
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-ranking-text"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vb-format.h"
#include "vb-ranking-text.h"

static const char *
vendor_name (VbDecisionModel *model,
             int              vendor)
{
  return vendor >= 0 ? vb_vendor_get_display_name (vb_decision_model_get_vendor (model, (guint) vendor)) : "";
}

char *
vb_ranking_text_summary (VbDecisionModel        *model,
                         const VbDecisionResult *result)
{
  const VbScoringResult *sr = result->scoring;
  g_autofree char *total = NULL;
  g_autofree char *gap = NULL;

  if (sr == NULL || sr->n_vendors == 0)
    return g_strdup (_("No finalist to rank yet."));
  if (sr->leader < 0)
    return g_strdup (_("No vendor leads: every finalist is knocked out."));
  total = vb_format_number (sr->vendors[sr->leader].total, 1);
  if (sr->leader_tied)
    /* Translators: “Acme is tied for the lead with 72.5 of 100.” */
    return g_strdup_printf (_("%s is tied for the lead with %s of 100."), vendor_name (model, sr->leader), total);
  if (sr->n_ranked < 2)
    return g_strdup_printf (_("%s leads with %s of 100, with no other vendor ranked."), vendor_name (model, sr->leader), total);
  gap = vb_format_number (sr->vendors[sr->leader].total - sr->vendors[sr->order[1]].total, 1);
  /* Translators: “Acme leads with 82.3 of 100, 5.2 points ahead of Beta.” */
  return g_strdup_printf (_("%s leads with %s of 100, %s points ahead of %s."), vendor_name (model, sr->leader), total,
                          gap, vendor_name (model, (int) sr->order[1]));
}

static void
append_knockouts (GString      *s,
                  const GArray *issues)
{
  for (guint i = 0; i < issues->len; i++)
    {
      const VbSelectionIssue *issue = &g_array_index (issues, VbSelectionIssue, i);

      g_string_append_c (s, '\n');
      if (issue->accepted)
        /* Translators: a knock-out with an exception recorded: the vendor stays ranked */
        g_string_append_printf (s, _("Knock-out, exception recorded: %s"), issue->reason);
      else
        g_string_append_printf (s, _("Knocked out: %s"), issue->reason);
    }
}

char *
vb_ranking_text_vendor_details (VbDecisionModel        *model,
                                const VbDecisionResult *result,
                                guint                   vendor)
{
  const VbScoringResult *sr = result->scoring;
  const VbVendorScores *scores = vb_decision_model_get_vendor_scores (model, vendor);
  guint n_nodes = vb_decision_model_get_n_nodes (model);
  GString *s = g_string_new (NULL);
  gboolean first = TRUE;

  for (guint node = 0; node < n_nodes; node++)
    {
      VbCriterion *c = vb_decision_model_get_node (model, node);
      double score = vb_scoring_result_category_score (sr, vendor, node);
      g_autofree char *text = NULL;

      if (!vb_criterion_is_category (c) || isnan (score))
        continue;
      text = vb_format_number (score, 1);
      /* Translators: a category's score within itself, “Service quality 80.0” */
      g_string_append_printf (s, first ? _("%s %s") : _(" · %s %s"), vb_criterion_get_name (c), text);
      first = FALSE;
    }
  if (sr->vendors[vendor].incomplete)
    {
      if (s->len)
        g_string_append_c (s, '\n');
      g_string_append (s, _("Incomplete: some scores are missing and count as 0."));
    }
  if (scores)
    {
      append_knockouts (s, scores->requirements->knockouts);
      append_knockouts (s, scores->compliance->knockouts);
    }
  if (s->len && s->str[0] == '\n')
    g_string_erase (s, 0, 1);
  return g_string_free (s, FALSE);
}

char *
vb_ranking_text_negotiation (const VbNegotiationTarget *target,
                             const char                *currency)
{
  g_autofree char *price = NULL;
  g_autofree char *change = NULL;

  switch (target->kind)
    {
    case VB_NEGOTIATION_HEADROOM:
      price = vb_format_money (target->target_price, currency);
      change = vb_format_money (fabs (target->change), currency);
      if (isfinite (target->change))
        /* Translators: the leader's negotiation target */
        return g_strdup_printf (_("Keeps the lead up to %s a year (%s more)"), price, change);
      return g_strdup_printf (_("Keeps the lead up to %s a year"), price);
    case VB_NEGOTIATION_UNLIMITED:
      return g_strdup (_("Keeps the lead at any price"));
    case VB_NEGOTIATION_TARGET:
      if (!isfinite (target->target_price))
        return g_strdup (_("Would lead at any price it quotes"));
      price = vb_format_money (target->target_price, currency);
      change = vb_format_money (fabs (target->change), currency);
      if (isfinite (target->change))
        /* Translators: a vendor's negotiation target, “Would lead below £109,861 a year (£24,000 less)” */
        return g_strdup_printf (_("Would lead below %s a year (%s less)"), price, change);
      return g_strdup_printf (_("Would lead below %s a year"), price);
    case VB_NEGOTIATION_NO_PRICE:
      return g_strdup (_("No price is low enough: the gap is not in price"));
    case VB_NEGOTIATION_NOT_APPLICABLE:
    default:
      return g_strdup (_("No price target"));
    }
}

char *
vb_ranking_text_tipping (VbDecisionModel        *model,
                         const VbDecisionResult *result,
                         guint                   node)
{
  const VbScoringResult *sr = result->scoring;
  const VbWeightNode *wn = &sr->weights->nodes[node];
  const VbTippingPoint *tp = &sr->tipping[node];
  g_autofree char *weight = vb_format_percent (wn->global_pct, 1);
  g_autofree char *tip = NULL;

  if (wn->left_out == VB_LEFT_OUT_NO_DATA)
    return g_strdup (_("Left out: no vendor has a value for it yet; the other weights share its part."));
  if (!tp->defined)
    /* Translators: a criterion's global weight, when no tipping point can be worked out */
    return g_strdup_printf (_("Global weight %s. Two ranked vendors are needed for a tipping point."), weight);
  if (!isfinite (tp->tip_pct))
    return g_strdup_printf (_("Global weight %s. The leader holds over the whole range."), weight);
  tip = vb_format_percent (tp->tip_pct, 1);
  if (tp->direction == VB_DIRECTION_HIGHER)
    /* Translators: “Global weight 9.0 %. Raised to 27.7 %, Polyglot Hub takes the lead.” */
    return g_strdup_printf (_("Global weight %s. Raised to %s, %s takes the lead."), weight, tip,
                            vendor_name (model, tp->new_leader));
  return g_strdup_printf (_("Global weight %s. Lowered to %s, %s takes the lead."), weight, tip,
                          vendor_name (model, tp->new_leader));
}

char *
vb_ranking_text_what_if_leader (VbDecisionModel        *model,
                                const VbDecisionResult *result,
                                guint                   node,
                                double                  weight_pct,
                                const double           *totals,
                                int                     leader)
{
  const char *criterion = vb_criterion_get_name (vb_decision_model_get_node (model, node));
  g_autofree char *weight = vb_format_percent (weight_pct, 1);
  g_autofree char *total = NULL;

  if (leader < 0)
    return g_strdup (_("No vendor is ranked."));
  total = vb_format_number (totals[leader], 1);
  if (leader == result->scoring->leader)
    /* Translators: “With Price at 30.0 %, BrightDesk still leads (80.1).” */
    return g_strdup_printf (_("With %s at %s, %s still leads (%s)."), criterion, weight, vendor_name (model, leader), total);
  return g_strdup_printf (_("With %s at %s, %s would lead (%s) instead of %s."), criterion, weight,
                          vendor_name (model, leader), total, vendor_name (model, result->scoring->leader));
}
