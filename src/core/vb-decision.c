/* vb-decision.c — the decision engine: one recompute per edit
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Negotiation targets (docs/scoring-model.md, "Negotiation targets"). With
 * the price criterion's global weight w (0 … 1), vendor v's total is
 *
 *   S_v = B_v + w · L ÷ c_v
 *
 * where B_v is its total on every other criterion, c_v its annual cost and
 * L the lowest annual cost of the ranked vendors. Move vendor j's price to
 * x, everything else unchanged, and let L_o be the lowest cost of the
 * others. j's margin over the best of the others falls as x rises:
 *
 *   x ≥ L_o:  S_j = B_j + w · L_o ÷ x, the others fixed at M = max S_v:
 *             level where x = w · L_o ÷ (M − B_j)
 *   x < L_o:  j is the lowest, S_j = B_j + w, and every other vendor's
 *             price score is x ÷ c_v, so the others fall with x: level where
 *             x = min_v (B_j + w − B_v) · c_v ÷ w; no positive x when some
 *             B_v ≥ B_j + w — no price is low enough.
 *
 * Which side holds is read from the margin at x = L_o, B_j + w − M: ≥ 0
 * puts the crossing at or above L_o. The same x is the target of a vendor
 * that does not lead and the ceiling of the leader.
 */

#define G_LOG_DOMAIN "vb-decision"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vb-decision.h"

static gboolean
known (double value)
{
  return isfinite (value);
}

void
vb_negotiation_solve (const double        *base,
                      const double        *cost,
                      const gboolean      *ranked,
                      guint                n_vendors,
                      double               w,
                      guint                vendor,
                      int                  leader,
                      VbNegotiationTarget *target)
{
  double lowest_other = INFINITY, best_other = -INFINITY, margin, x;
  int best_vendor = -1, rival = -1;
  gboolean is_leader = leader >= 0 && (guint) leader == vendor;

  g_return_if_fail (base != NULL && cost != NULL && ranked != NULL && target != NULL);
  g_return_if_fail (vendor < n_vendors);

  target->kind = VB_NEGOTIATION_NOT_APPLICABLE;
  target->current_price = known (cost[vendor]) ? cost[vendor] : NAN;
  target->target_price = target->change = NAN;
  target->rival = -1;
  if (!(w > 0) || !ranked[vendor])
    return;

  for (guint v = 0; v < n_vendors; v++)
    if (v != vendor && ranked[v] && cost[v] < lowest_other)
      lowest_other = cost[v];
  for (guint v = 0; v < n_vendors; v++)
    {
      double s;

      if (v == vendor || !ranked[v])
        continue;
      s = base[v] + (known (lowest_other) && known (cost[v]) ? w * lowest_other / cost[v] : 0);
      if (s > best_other)
        {
          best_other = s;
          best_vendor = v;
        }
    }
  if (best_vendor < 0)
    return;   /* no one to lead over */

  margin = base[vendor] + w - best_other;
  if (margin >= 0)
    {
      /* the crossing is at or above the others' lowest price */
      rival = best_vendor;
      if (!known (lowest_other) || best_other <= base[vendor])
        x = INFINITY;
      else
        x = w * lowest_other / (best_other - base[vendor]);
    }
  else
    {
      /* only as the new lowest price, pulling every other price score down */
      x = INFINITY;
      for (guint v = 0; v < n_vendors; v++)
        {
          double level;

          if (v == vendor || !ranked[v])
            continue;
          if (!known (cost[v]))
            {
              /* scores nothing on price whatever j asks */
              if (base[v] >= base[vendor] + w)
                {
                  x = 0;
                  rival = v;
                }
              continue;
            }
          level = (base[vendor] + w - base[v]) * cost[v] / w;
          if (level < x)
            {
              x = level;
              rival = v;
            }
        }
      if (!(x > 0))
        {
          target->kind = is_leader ? VB_NEGOTIATION_HEADROOM : VB_NEGOTIATION_NO_PRICE;
          target->rival = rival;
          if (is_leader)
            {
              /* it leads only by a tie-break: no room at all */
              target->target_price = target->current_price;
              target->change = 0;
            }
          return;
        }
    }

  target->rival = rival;
  if (!known (x))
    {
      target->kind = is_leader ? VB_NEGOTIATION_UNLIMITED : VB_NEGOTIATION_TARGET;
      target->target_price = INFINITY;
      return;
    }
  target->kind = is_leader ? VB_NEGOTIATION_HEADROOM : VB_NEGOTIATION_TARGET;
  target->target_price = x;
  target->change = known (target->current_price) ? x - target->current_price : NAN;
}

/* The ±20 % volume / ±10 % handle-time tables: each of the 9 forecasts is
 * staffed once and every quote priced on it */
static void
cost_tables (const VbDecisionInput *input,
             VbDecisionResult      *result)
{
  guint n = input->n_channels;
  g_autofree VbForecastChannel *scaled = g_new (VbForecastChannel, MAX (n, 1));
  g_autofree VbStaffingChannelResult *staffing = g_new0 (VbStaffingChannelResult, MAX (n, 1));
  g_autofree gboolean *staffed = g_new0 (gboolean, MAX (n, 1));

  for (int v = 0; v < 3; v++)
    for (int a = 0; a < 3; a++)
      {
        double volume_factor = 1.0 + (v - 1) * VB_PRICING_VOLUME_SWING;
        double aht_factor = 1.0 + (a - 1) * VB_PRICING_AHT_SWING;

        if (v == 1 && a == 1)
          {
            for (guint q = 0; q < result->n_quotes; q++)
              result->quotes[q].cost_table[1][1] = result->quotes[q].price.annual_cost;
            continue;
          }
        for (guint i = 0; i < n; i++)
          {
            scaled[i] = input->channels[i];
            for (guint m = 0; m < 12; m++)
              scaled[i].volume[m] *= volume_factor;
            scaled[i].aht_seconds *= aht_factor;
            scaled[i].acw_seconds *= aht_factor;
            staffed[i] = vb_staffing_compute_channel (&input->params, &scaled[i], &staffing[i], NULL);
          }
        for (guint q = 0; q < result->n_quotes; q++)
          {
            VbDecisionQuoteResult *r = &result->quotes[q];
            VbQuotePrice price;

            if (r->ignored)
              continue;
            vb_quote_price (input->quotes[q].quote, scaled, staffing, staffed, n, &price);
            r->cost_table[v][a] = price.annual_cost;
            vb_quote_price_clear (&price);
          }
      }
}

static void
price_quotes (const VbDecisionInput *input,
              VbDecisionResult      *result)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  result->n_quotes = input->n_quotes;
  result->quotes = g_new0 (VbDecisionQuoteResult, MAX (input->n_quotes, 1));
  for (guint q = 0; q < input->n_quotes; q++)
    {
      VbDecisionQuoteResult *r = &result->quotes[q];
      const VbDecisionQuote *in = &input->quotes[q];

      r->vendor = in->vendor;
      for (int v = 0; v < 3; v++)
        for (int a = 0; a < 3; a++)
          r->cost_table[v][a] = NAN;
      r->ignored = in->quote == NULL
                   || !g_hash_table_add (seen, GUINT_TO_POINTER (in->vendor + 1));
      if (r->ignored)
        continue;
      r->complete = vb_quote_price (in->quote, input->channels, result->staffing,
                                    result->staffed, input->n_channels, &r->price);
      if (input->roi)
        {
          vb_roi_compute (input->roi, in->quote, &r->price, &r->roi);
          r->has_roi = TRUE;
        }
    }
  if (!input->skip_cost_table)
    cost_tables (input, result);
}

static void
rank (const VbDecisionInput *input,
      VbDecisionResult      *result)
{
  VbScoringModel *model = input->scoring;
  guint n = vb_scoring_model_get_n_vendors (model);
  int pc = input->price_criterion;
  VbScoringResult *scoring;
  g_autofree double *base = NULL, *cost = NULL;
  g_autofree gboolean *ranked = NULL;
  double w;

  result->n_vendors = n;
  result->vendor_cost = g_new (double, MAX (n, 1));
  result->negotiation = g_new0 (VbNegotiationTarget, MAX (n, 1));
  result->lowest_cost = NAN;
  for (guint v = 0; v < n; v++)
    result->vendor_cost[v] = NAN;
  for (guint q = 0; q < result->n_quotes; q++)
    {
      const VbDecisionQuoteResult *r = &result->quotes[q];
      double c = r->price.annual_cost;

      if (r->ignored || r->vendor >= n || !known (c) || c <= 0)
        continue;
      result->vendor_cost[r->vendor] = c;
      if (!vb_scoring_model_get_disqualified (model, r->vendor)
          && !(result->lowest_cost <= c))
        result->lowest_cost = c;
    }
  if (pc >= 0)
    for (guint v = 0; v < n; v++)
      vb_scoring_model_set_computed (model, v, pc,
                                     vb_scoring_price_value (result->lowest_cost, result->vendor_cost[v]));

  scoring = result->scoring = vb_scoring_model_compute (model);
  for (guint v = 0; v < n; v++)
    {
      result->negotiation[v].kind = VB_NEGOTIATION_NOT_APPLICABLE;
      result->negotiation[v].current_price = result->vendor_cost[v];
      result->negotiation[v].target_price = result->negotiation[v].change = NAN;
      result->negotiation[v].rival = -1;
    }
  if (pc < 0 || (guint) pc >= scoring->n_nodes || scoring->n_ranked < 2
      || scoring->weights->nodes[pc].left_out != VB_LEFT_OUT_NONE)
    return;
  w = scoring->weights->nodes[pc].global_pct / 100.0;
  if (!(w > 0))
    return;

  base = g_new (double, n);
  cost = g_new (double, n);
  ranked = g_new (gboolean, n);
  for (guint v = 0; v < n; v++)
    {
      base[v] = scoring->vendors[v].total / 100.0 - w * vb_scoring_result_cell (scoring, v, pc)->r;
      cost[v] = known (result->vendor_cost[v]) ? result->vendor_cost[v] : INFINITY;
      ranked[v] = !scoring->vendors[v].disqualified;
    }
  for (guint v = 0; v < n; v++)
    vb_negotiation_solve (base, cost, ranked, n, w, v, scoring->leader, &result->negotiation[v]);
}

VbDecisionResult *
vb_decision_compute (const VbDecisionInput *input)
{
  VbDecisionResult *result;
  guint n;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->n_channels == 0 || input->channels != NULL, NULL);
  g_return_val_if_fail (input->n_quotes == 0 || input->quotes != NULL, NULL);

  n = input->n_channels;
  result = g_new0 (VbDecisionResult, 1);
  result->n_channels = n;
  result->staffing = g_new0 (VbStaffingChannelResult, MAX (n, 1));
  result->staffed = g_new0 (gboolean, MAX (n, 1));
  result->staffing_errors = g_new0 (char *, MAX (n, 1));
  result->n_unstaffed = vb_staffing_compute_all (&input->params, input->channels, n, result->staffing,
                                                 result->staffing_errors, &result->totals);
  for (guint i = 0; i < n; i++)
    result->staffed[i] = result->staffing_errors[i] == NULL;

  price_quotes (input, result);
  if (input->scoring)
    rank (input, result);
  return result;
}

void
vb_decision_result_free (VbDecisionResult *result)
{
  if (result == NULL)
    return;
  for (guint i = 0; i < result->n_channels; i++)
    g_free (result->staffing_errors[i]);
  g_free (result->staffing_errors);
  g_free (result->staffing);
  g_free (result->staffed);
  for (guint q = 0; q < result->n_quotes; q++)
    if (!result->quotes[q].ignored)
      vb_quote_price_clear (&result->quotes[q].price);
  g_free (result->quotes);
  g_free (result->vendor_cost);
  g_clear_pointer (&result->scoring, vb_scoring_result_free);
  g_free (result->negotiation);
  g_free (result);
}
