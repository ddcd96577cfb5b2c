/* vb-sensitivity.c — tipping points and what-if totals
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moving criterion k's global weight from w to x and scaling every other
 * weight by (1 − x) ÷ (1 − w) keeps the sum at 100 % and makes each total a
 * straight line in x (DOMAIN.md, "Scoring"):
 *
 *   S_i(x) = a_i · (1 − x) + r_ik · x,   a_i = (S_i − w · r_ik) ÷ (1 − w)
 *
 * a_i is vendor i's total on the other criteria alone, r_ik its score on k.
 * A rival j overtakes the leader L where the two lines cross:
 *
 *   x* = A ÷ (A − R),   A = a_j − a_L,  R = r_jk − r_Lk
 *
 * going up when R > 0 (j is better on k), going down when A > 0 (j is
 * better on the rest). The nearest crossing over all rivals, on each side,
 * is the tipping point; no sweep. Formulas: docs/scoring-model.md.
 */

#define G_LOG_DOMAIN "vb-sensitivity"

#include "config.h"

#include <math.h>

#include "vb-scoring.h"
#include "vb-scoring-private.h"

#define EPSILON 1e-12

/* a_i of every vendor for criterion @node: its total without @node, as a
 * fraction, with the other weights scaled back to 100 % */
static double
rest_of (const VbScoringResult *result,
         guint                  vendor,
         guint                  node)
{
  double w = result->weights->nodes[node].global_pct / 100.0;
  double total = result->vendors[vendor].total / 100.0;
  double r = vb_scoring_result_cell (result, vendor, node)->r;

  /* the criterion holds all the weight: the others have none to scale */
  if (1.0 - w <= EPSILON)
    return 0;
  return (total - w * r) / (1.0 - w);
}

static void
tip_criterion (VbScoringResult *result,
               guint            node,
               double           margin_pct,
               VbTippingPoint  *tip)
{
  double w = result->weights->nodes[node].global_pct / 100.0;
  guint leader = result->leader;
  double a_leader = rest_of (result, leader, node);
  double r_leader = vb_scoring_result_cell (result, leader, node)->r;
  double up = NAN, down = NAN, up_slope = 0, down_slope = 0;

  for (guint k = 1; k < result->n_ranked; k++)
    {
      guint j = result->order[k];
      double A = rest_of (result, j, node) - a_leader;
      double R = vb_scoring_result_cell (result, j, node)->r - r_leader;
      double slope = R - A;
      double x;

      /* parallel lines (up to rounding): they never cross */
      if (fabs (slope) <= EPSILON)
        continue;

      if (R > EPSILON)
        {
          /* j gains as the weight rises and leads at 100 % */
          x = MAX (w, A / (A - R));
          if (isnan (up) || x < up - EPSILON || (x <= up + EPSILON && slope > up_slope))
            {
              up = x;
              up_slope = slope;
              tip->up_vendor = j;
            }
        }
      if (A > EPSILON)
        {
          /* j gains as the weight falls and leads at 0 % */
          x = MIN (w, A / (A - R));
          if (isnan (down) || x > down + EPSILON || (x >= down - EPSILON && slope < down_slope))
            {
              down = x;
              down_slope = slope;
              tip->down_vendor = j;
            }
        }
    }

  tip->up_pct = isnan (up) ? NAN : 100.0 * up;
  tip->down_pct = isnan (down) ? NAN : 100.0 * down;
  if (isnan (up) && isnan (down))
    return;

  /* the nearer side; on a draw, up */
  if (!isnan (up) && (isnan (down) || up - w <= w - down + EPSILON))
    {
      tip->tip_pct = tip->up_pct;
      tip->direction = VB_DIRECTION_HIGHER;
      tip->new_leader = tip->up_vendor;
    }
  else
    {
      tip->tip_pct = tip->down_pct;
      tip->direction = VB_DIRECTION_LOWER;
      tip->new_leader = tip->down_vendor;
    }
  tip->distance_pct = fabs (tip->tip_pct - tip->current_pct);
  tip->critical = tip->distance_pct <= margin_pct + 1e-9;
}

void
vb_scoring_compute_tipping (VbScoringResult *result,
                            double           critical_margin_pct)
{
  result->tipping = g_new0 (VbTippingPoint, MAX (result->n_nodes, 1));
  for (guint c = 0; c < result->n_nodes; c++)
    {
      const VbWeightNode *weight = &result->weights->nodes[c];
      VbTippingPoint *tip = &result->tipping[c];

      tip->current_pct = weight->global_pct;
      tip->up_pct = tip->down_pct = tip->tip_pct = NAN;
      tip->up_vendor = tip->down_vendor = tip->new_leader = -1;
      tip->defined = weight->kind != VB_CRITERION_KIND_CATEGORY
                     && weight->left_out == VB_LEFT_OUT_NONE
                     && result->n_ranked >= 2;
      if (!tip->defined)
        continue;
      tip_criterion (result, c, critical_margin_pct, tip);
      if (tip->critical)
        result->n_critical++;
    }
}

void
vb_scoring_result_what_if (const VbScoringResult *result,
                           guint                  node,
                           double                 weight_pct,
                           double                *totals)
{
  double x;

  g_return_if_fail (result != NULL);
  g_return_if_fail (node < result->n_nodes);
  g_return_if_fail (totals != NULL);
  g_return_if_fail (result->weights->nodes[node].kind != VB_CRITERION_KIND_CATEGORY);
  g_return_if_fail (result->weights->nodes[node].left_out == VB_LEFT_OUT_NONE);

  x = CLAMP (weight_pct, 0.0, 100.0) / 100.0;
  for (guint v = 0; v < result->n_vendors; v++)
    {
      double r = vb_scoring_result_cell (result, v, node)->r;

      totals[v] = 100.0 * (rest_of (result, v, node) * (1.0 - x) + r * x);
    }
}
