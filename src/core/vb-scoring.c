/* vb-scoring.c — weights, combined scores, totals and the ranking
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Weights are local: the criteria of a category share 100 %, the
 * categories share 100 %, a criterion's global weight is the product. A
 * judged cell combines the counting evaluators' 1–5 scores (mean or
 * median) unless an agreed score overrides it; r = s ÷ 5. A computed
 * criterion carries its own 0–100 value; with no value for any vendor it is
 * left out and its siblings renormalised, with no value for one vendor it
 * counts 0 there and that vendor's total is incomplete (issue 16). The
 * tipping points are in vb-sensitivity.c. Formulas: docs/scoring-model.md.
 */

#define G_LOG_DOMAIN "vb-scoring"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vb-scoring.h"
#include "vb-scoring-private.h"

/* Totals closer than this (in points of 0 … 100) are a tie */
#define TIE_EPSILON 1e-9
/* Direct or AHP weights summing to 100 ± this are taken as 100 */
#define SUM_TOLERANCE 0.05

typedef struct {
  int              parent;
  VbCriterionKind  kind;
  double           weight;
} Node;

struct _VbScoringModel {
  guint          n_vendors;
  guint          n_evaluators;
  VbWeighting    weighting;
  VbCombination  combination;
  double         disagreement_sd;
  double         critical_margin_pct;

  GArray        *nodes;        /* Node */
  gboolean      *advisory;     /* n_evaluators */
  gboolean      *disqualified; /* n_vendors */
  /* by (vendor, node): grown as nodes are added, see cell_index */
  guint8        *scores;       /* × n_evaluators, 0 = none */
  guint8        *consensus;    /* 0 = none */
  double        *computed;     /* NAN = no data */
  guint          capacity;     /* nodes the cell arrays hold */
};

static gsize
cell_index (guint n_nodes,
            guint vendor,
            guint node)
{
  return (gsize) vendor * n_nodes + node;
}

static gboolean
is_computed (VbCriterionKind kind)
{
  return kind == VB_CRITERION_KIND_PRICE
      || kind == VB_CRITERION_KIND_COMPLIANCE
      || kind == VB_CRITERION_KIND_REFERENCE;
}

static const Node *
model_node (const VbScoringModel *model,
            guint                 node)
{
  return &g_array_index (model->nodes, Node, node);
}

VbScoringModel *
vb_scoring_model_new (guint n_vendors,
                      guint n_evaluators)
{
  VbScoringModel *model = g_new0 (VbScoringModel, 1);

  model->n_vendors = n_vendors;
  model->n_evaluators = n_evaluators;
  model->weighting = VB_WEIGHTING_DIRECT;
  model->combination = VB_COMBINATION_MEAN;
  model->disagreement_sd = 1.0;
  model->critical_margin_pct = 5.0;
  model->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  model->advisory = g_new0 (gboolean, MAX (n_evaluators, 1));
  model->disqualified = g_new0 (gboolean, MAX (n_vendors, 1));
  return model;
}

void
vb_scoring_model_free (VbScoringModel *model)
{
  if (model == NULL)
    return;
  g_array_unref (model->nodes);
  g_free (model->advisory);
  g_free (model->disqualified);
  g_free (model->scores);
  g_free (model->consensus);
  g_free (model->computed);
  g_free (model);
}

void
vb_scoring_model_set_weighting (VbScoringModel *model,
                                VbWeighting     weighting)
{
  g_return_if_fail (model != NULL);
  model->weighting = weighting;
}

void
vb_scoring_model_set_combination (VbScoringModel *model,
                                  VbCombination   combination)
{
  g_return_if_fail (model != NULL);
  model->combination = combination;
}

void
vb_scoring_model_set_disagreement_sd (VbScoringModel *model,
                                      double          sd)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (sd >= 0);
  model->disagreement_sd = sd;
}

void
vb_scoring_model_set_critical_margin (VbScoringModel *model,
                                      double          margin_pct)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (margin_pct >= 0);
  model->critical_margin_pct = margin_pct;
}

/* Re-lay the cell arrays for @capacity nodes per vendor */
static void
grow_cells (VbScoringModel *model,
            guint           capacity)
{
  guint old = model->capacity;
  guint8 *scores = g_new0 (guint8, (gsize) model->n_vendors * capacity * model->n_evaluators + 1);
  guint8 *consensus = g_new0 (guint8, (gsize) model->n_vendors * capacity + 1);
  double *computed = g_new (double, (gsize) model->n_vendors * capacity + 1);

  for (gsize k = 0; k < (gsize) model->n_vendors * capacity; k++)
    computed[k] = NAN;
  for (guint v = 0; v < model->n_vendors && old > 0; v++)
    for (guint c = 0; c < old; c++)
      {
        gsize from = cell_index (old, v, c), to = cell_index (capacity, v, c);

        memcpy (scores + to * model->n_evaluators, model->scores + from * model->n_evaluators,
                model->n_evaluators);
        consensus[to] = model->consensus[from];
        computed[to] = model->computed[from];
      }
  g_free (model->scores);
  g_free (model->consensus);
  g_free (model->computed);
  model->scores = scores;
  model->consensus = consensus;
  model->computed = computed;
  model->capacity = capacity;
}

guint
vb_scoring_model_add (VbScoringModel  *model,
                      int              parent,
                      VbCriterionKind  kind,
                      double           weight)
{
  Node node = { parent, kind, weight };

  g_return_val_if_fail (model != NULL, G_MAXUINT);
  g_return_val_if_fail (isfinite (weight) && weight >= 0, G_MAXUINT);
  g_return_val_if_fail (kind != VB_CRITERION_KIND_CATEGORY || parent < 0, G_MAXUINT);
  g_return_val_if_fail (parent < 0 || ((guint) parent < model->nodes->len
                        && model_node (model, parent)->kind == VB_CRITERION_KIND_CATEGORY),
                        G_MAXUINT);

  if (model->nodes->len == model->capacity)
    grow_cells (model, MAX (16, model->capacity * 2));
  g_array_append_val (model->nodes, node);
  return model->nodes->len - 1;
}

void
vb_scoring_model_set_advisory (VbScoringModel *model,
                               guint           evaluator,
                               gboolean        advisory)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (evaluator < model->n_evaluators);
  model->advisory[evaluator] = advisory;
}

void
vb_scoring_model_set_disqualified (VbScoringModel *model,
                                   guint           vendor,
                                   gboolean        disqualified)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (vendor < model->n_vendors);
  model->disqualified[vendor] = disqualified;
}

guint
vb_scoring_model_get_n_vendors (const VbScoringModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->n_vendors;
}

gboolean
vb_scoring_model_get_disqualified (const VbScoringModel *model,
                                   guint                 vendor)
{
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (vendor < model->n_vendors, FALSE);
  return model->disqualified[vendor];
}

static gboolean
check_cell (const VbScoringModel *model,
            guint                 vendor,
            guint                 criterion)
{
  return vendor < model->n_vendors && criterion < model->nodes->len
      && model_node (model, criterion)->kind != VB_CRITERION_KIND_CATEGORY;
}

void
vb_scoring_model_set_score (VbScoringModel *model,
                            guint           evaluator,
                            guint           vendor,
                            guint           criterion,
                            int             score)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (evaluator < model->n_evaluators);
  g_return_if_fail (check_cell (model, vendor, criterion));
  g_return_if_fail (model_node (model, criterion)->kind == VB_CRITERION_KIND_JUDGED);
  g_return_if_fail (score >= 0 && score <= 5);

  model->scores[cell_index (model->capacity, vendor, criterion) * model->n_evaluators + evaluator] = score;
}

void
vb_scoring_model_set_consensus (VbScoringModel *model,
                                guint           vendor,
                                guint           criterion,
                                int             score)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (check_cell (model, vendor, criterion));
  g_return_if_fail (model_node (model, criterion)->kind == VB_CRITERION_KIND_JUDGED);
  g_return_if_fail (score >= 0 && score <= 5);

  model->consensus[cell_index (model->capacity, vendor, criterion)] = score;
}

void
vb_scoring_model_set_computed (VbScoringModel *model,
                               guint           vendor,
                               guint           criterion,
                               double          value)
{
  g_return_if_fail (model != NULL);
  g_return_if_fail (check_cell (model, vendor, criterion));
  g_return_if_fail (is_computed (model_node (model, criterion)->kind));

  model->computed[cell_index (model->capacity, vendor, criterion)] =
    isnan (value) ? NAN : CLAMP (value, 0.0, 100.0);
}

double
vb_scoring_price_value (double lowest_cost,
                        double cost)
{
  if (!isfinite (lowest_cost) || !isfinite (cost) || cost <= 0 || lowest_cost <= 0)
    return NAN;
  return 100.0 * MIN (lowest_cost, cost) / cost;
}

/* ---- weights ---- */

void
vb_weights_free (VbWeights *weights)
{
  if (weights == NULL)
    return;
  g_free (weights->nodes);
  g_free (weights);
}

/* The share of each child among the children of @parent that are in:
 * local = entered ÷ Σ entered (of those in). Records the group's report. */
static void
weigh_group (const VbScoringModel *model,
             VbWeights            *weights,
             int                   parent,
             double               *sum_out,
             gboolean             *off_100,
             gboolean             *renormalised)
{
  double entered_sum = 0, in_sum = 0;
  guint n_children = 0;

  for (guint c = 0; c < weights->n_nodes; c++)
    {
      VbWeightNode *node = &weights->nodes[c];

      if (node->parent != parent)
        continue;
      n_children++;
      entered_sum += node->entered;
      if (node->left_out == VB_LEFT_OUT_NONE)
        in_sum += node->entered;
      else
        *renormalised = TRUE;
    }
  for (guint c = 0; c < weights->n_nodes; c++)
    {
      VbWeightNode *node = &weights->nodes[c];

      if (node->parent == parent && node->left_out == VB_LEFT_OUT_NONE)
        node->local_pct = in_sum > 0 ? 100.0 * node->entered / in_sum : 0;
    }
  *sum_out = entered_sum;
  /* SMART points never sum to 100: dividing by their total is the method */
  *off_100 = n_children > 0 && model->weighting != VB_WEIGHTING_SMART
             && fabs (entered_sum - 100.0) > SUM_TOLERANCE;
  if (*off_100)
    weights->any_off_100 = TRUE;
}

/* @no_data: by node, the computed criteria to leave out (or NULL) */
static VbWeights *
compute_weights (const VbScoringModel *model,
                 const gboolean       *no_data)
{
  VbWeights *weights = g_new0 (VbWeights, 1);
  double total = 0;

  weights->n_nodes = model->nodes->len;
  weights->nodes = g_new0 (VbWeightNode, MAX (weights->n_nodes, 1));
  for (guint c = 0; c < weights->n_nodes; c++)
    {
      const Node *node = model_node (model, c);

      weights->nodes[c].parent = node->parent;
      weights->nodes[c].kind = node->kind;
      weights->nodes[c].entered = node->weight;
      if (no_data && no_data[c])
        {
          weights->nodes[c].left_out = VB_LEFT_OUT_NO_DATA;
          weights->n_left_out++;
        }
    }

  /* a category with no criterion left in it carries nothing */
  for (guint c = 0; c < weights->n_nodes; c++)
    if (weights->nodes[c].kind == VB_CRITERION_KIND_CATEGORY)
      {
        gboolean any = FALSE;

        for (guint k = 0; k < weights->n_nodes && !any; k++)
          any = weights->nodes[k].parent == (int) c && weights->nodes[k].left_out == VB_LEFT_OUT_NONE;
        if (!any)
          weights->nodes[c].left_out = VB_LEFT_OUT_EMPTY;
      }

  weigh_group (model, weights, -1, &weights->top_sum, &weights->top_off_100,
               &weights->top_renormalised);
  for (guint c = 0; c < weights->n_nodes; c++)
    {
      VbWeightNode *node = &weights->nodes[c];

      if (node->kind == VB_CRITERION_KIND_CATEGORY)
        weigh_group (model, weights, c, &node->children_sum, &node->children_off_100,
                     &node->children_renormalised);
    }

  for (guint c = 0; c < weights->n_nodes; c++)
    {
      VbWeightNode *node = &weights->nodes[c];

      if (node->parent < 0)
        node->global_pct = node->local_pct;
      else
        node->global_pct = weights->nodes[node->parent].local_pct * node->local_pct / 100.0;
      if (node->kind != VB_CRITERION_KIND_CATEGORY)
        total += node->global_pct;
    }
  weights->all_zero = total <= 0;
  return weights;
}

VbWeights *
vb_scoring_model_compute_weights (const VbScoringModel *model)
{
  g_return_val_if_fail (model != NULL, NULL);
  return compute_weights (model, NULL);
}

/* ---- cells ---- */

/* Mean, median, spread of the counting evaluators' scores of one cell,
 * counted by value (scores are 1 … 5) */
static void
combine_cell (const VbScoringModel *model,
              const guint8         *scores,
              VbScoreCell          *cell)
{
  guint counts[6] = { 0 };
  guint n = 0, seen = 0;
  double sum = 0, squares = 0;
  int low = 0, high = 0;

  for (guint e = 0; e < model->n_evaluators; e++)
    if (scores[e] > 0 && !model->advisory[e])
      {
        counts[scores[e]]++;
        n++;
        sum += scores[e];
      }

  cell->n_scores = n;
  cell->mean = cell->median = cell->sd = NAN;
  if (n == 0)
    return;

  cell->mean = sum / n;
  for (int s = 1; s <= 5; s++)
    if (counts[s] > 0)
      {
        squares += counts[s] * (s - cell->mean) * (s - cell->mean);
        if (low == 0)
          low = s;
        high = s;
      }
  cell->sd = sqrt (squares / n);
  cell->min = low;
  cell->max = high;

  /* the median: the middle score, or the mean of the two middle ones */
  {
    guint lower_rank = (n - 1) / 2, upper_rank = n / 2;
    int lower = 0, upper = 0;

    for (int s = 1; s <= 5; s++)
      {
        if (lower == 0 && seen + counts[s] > lower_rank)
          lower = s;
        if (upper == 0 && seen + counts[s] > upper_rank)
          upper = s;
        seen += counts[s];
      }
    cell->median = (lower + upper) / 2.0;
  }

  cell->disagreement = n >= 2 && (cell->sd > model->disagreement_sd + 1e-12 || high - low >= 2);
}

/* ---- results ---- */

void
vb_scoring_result_free (VbScoringResult *result)
{
  if (result == NULL)
    return;
  vb_weights_free (result->weights);
  g_free (result->cells);
  g_free (result->points);
  g_free (result->vendors);
  g_free (result->order);
  g_clear_pointer (&result->missing, g_array_unref);
  g_free (result->tipping);
  g_free (result);
}

const VbScoreCell *
vb_scoring_result_cell (const VbScoringResult *result,
                        guint                  vendor,
                        guint                  node)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (vendor < result->n_vendors && node < result->n_nodes, NULL);
  return &result->cells[cell_index (result->n_nodes, vendor, node)];
}

double
vb_scoring_result_points (const VbScoringResult *result,
                          guint                  vendor,
                          guint                  node)
{
  g_return_val_if_fail (result != NULL, 0);
  g_return_val_if_fail (vendor < result->n_vendors && node < result->n_nodes, 0);
  return result->points[cell_index (result->n_nodes, vendor, node)];
}

double
vb_scoring_result_category_score (const VbScoringResult *result,
                                  guint                  vendor,
                                  guint                  node)
{
  double weight;

  g_return_val_if_fail (result != NULL, NAN);
  g_return_val_if_fail (vendor < result->n_vendors && node < result->n_nodes, NAN);

  weight = result->weights->nodes[node].global_pct;
  if (weight <= 0)
    return NAN;
  return 100.0 * vb_scoring_result_points (result, vendor, node) / weight;
}

static int
compare_vendors (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const VbVendorTotal *vendors = data;
  guint i = *(const guint *) a, j = *(const guint *) b;

  if (vendors[i].disqualified != vendors[j].disqualified)
    return vendors[i].disqualified ? 1 : -1;
  if (fabs (vendors[i].total - vendors[j].total) > TIE_EPSILON)
    return vendors[i].total > vendors[j].total ? -1 : 1;
  return i < j ? -1 : (i > j);
}

static void
rank_vendors (VbScoringResult *result)
{
  result->order = g_new (guint, MAX (result->n_vendors, 1));
  for (guint v = 0; v < result->n_vendors; v++)
    result->order[v] = v;
  g_qsort_with_data (result->order, result->n_vendors, sizeof (guint), compare_vendors,
                     result->vendors);

  /* competition ranking: 1, 1, 3 */
  for (guint k = 0; k < result->n_vendors; k++)
    {
      VbVendorTotal *vendor = &result->vendors[result->order[k]];

      if (vendor->disqualified)
        continue;
      result->n_ranked++;
      if (k > 0 && fabs (vendor->total - result->vendors[result->order[k - 1]].total) <= TIE_EPSILON)
        vendor->rank = result->vendors[result->order[k - 1]].rank;
      else
        vendor->rank = k + 1;
    }
  result->leader = result->n_ranked > 0 ? (int) result->order[0] : -1;
  result->leader_tied = result->n_ranked > 1 && result->vendors[result->order[1]].rank == 1;
}

VbScoringResult *
vb_scoring_model_compute (const VbScoringModel *model)
{
  g_autofree gboolean *no_data = NULL;
  VbScoringResult *result;
  guint n_nodes, n_vendors;

  g_return_val_if_fail (model != NULL, NULL);

  n_nodes = model->nodes->len;
  n_vendors = model->n_vendors;
  result = g_new0 (VbScoringResult, 1);
  result->n_vendors = n_vendors;
  result->n_nodes = n_nodes;
  result->n_evaluators = model->n_evaluators;
  result->cells = g_new0 (VbScoreCell, MAX ((gsize) n_vendors * n_nodes, 1));
  result->points = g_new0 (double, MAX ((gsize) n_vendors * n_nodes, 1));
  result->vendors = g_new0 (VbVendorTotal, MAX (n_vendors, 1));
  result->missing = g_array_new (FALSE, FALSE, sizeof (VbMissingScore));

  /* a computed criterion with no value for any vendor is left out */
  no_data = g_new0 (gboolean, MAX (n_nodes, 1));
  for (guint c = 0; c < n_nodes; c++)
    if (is_computed (model_node (model, c)->kind))
      {
        no_data[c] = TRUE;
        for (guint v = 0; v < n_vendors && no_data[c]; v++)
          no_data[c] = isnan (model->computed[cell_index (model->capacity, v, c)]);
      }
  result->weights = compute_weights (model, no_data);

  for (guint v = 0; v < n_vendors; v++)
    {
      VbVendorTotal *vendor = &result->vendors[v];

      vendor->disqualified = model->disqualified[v];
      for (guint c = 0; c < n_nodes; c++)
        {
          const Node *node = model_node (model, c);
          const VbWeightNode *weight = &result->weights->nodes[c];
          gsize in = cell_index (model->capacity, v, c);
          VbScoreCell *cell = &result->cells[cell_index (n_nodes, v, c)];
          double points;

          cell->value = NAN;
          cell->mean = cell->median = cell->sd = NAN;
          if (node->kind == VB_CRITERION_KIND_CATEGORY || weight->left_out != VB_LEFT_OUT_NONE)
            continue;

          if (node->kind == VB_CRITERION_KIND_JUDGED)
            {
              const guint8 *scores = model->scores + in * model->n_evaluators;

              combine_cell (model, scores, cell);
              cell->consensus = model->consensus[in];
              if (cell->consensus > 0)
                cell->value = cell->consensus;
              else if (cell->n_scores > 0)
                cell->value = model->combination == VB_COMBINATION_MEDIAN ? cell->median : cell->mean;
              if (!isnan (cell->value))
                cell->r = cell->value / 5.0;
              if (cell->disagreement)
                result->n_disagreements++;

              for (guint e = 0; e < model->n_evaluators; e++)
                if (scores[e] == 0 && !model->advisory[e])
                  {
                    VbMissingScore missing = { e, v, c };
                    g_array_append_val (result->missing, missing);
                  }
            }
          else
            {
              cell->value = model->computed[in];
              if (!isnan (cell->value))
                cell->r = cell->value / 100.0;
            }

          cell->missing = isnan (cell->value);
          if (cell->missing)
            vendor->incomplete = TRUE;

          points = weight->global_pct * cell->r;
          result->points[cell_index (n_nodes, v, c)] += points;
          if (node->parent >= 0)
            result->points[cell_index (n_nodes, v, node->parent)] += points;
          vendor->total += points;
        }
    }

  rank_vendors (result);
  vb_scoring_compute_tipping (result, model->critical_margin_pct);
  return result;
}
