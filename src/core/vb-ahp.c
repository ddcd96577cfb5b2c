/* vb-ahp.c — weights from pairwise comparisons
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saaty's analytic hierarchy process for one group of criteria: combine the
 * evaluators' matrices cell by cell (geometric mean keeps the reciprocal
 * mirror), take the principal eigenvector by power iteration, measure how
 * consistent the judgements are (λmax, CI, CR) and name the judgement that
 * fits the weights worst. Formulas: docs/scoring-model.md.
 */

#define G_LOG_DOMAIN "vb-ahp"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vb-ahp.h"

#define MAX_ITERATIONS 1000
#define TOLERANCE      1e-12
/* A stored judgement of 0.1111 means 1/9: accept a little below the scale */
#define SCALE_SLACK    1e-3

struct _VbAhpMatrix {
  guint     n;
  double   *a;      /* n × n, row-major */
  gboolean *set;    /* n × n, symmetric */
};

/* Saaty's random index, n = 1 … 11 (DOMAIN.md, "Scoring") */
static const double random_index[] = {
  0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51,
};

VbAhpMatrix *
vb_ahp_matrix_new (guint n)
{
  VbAhpMatrix *matrix;

  g_return_val_if_fail (n > 0, NULL);

  matrix = g_new0 (VbAhpMatrix, 1);
  matrix->n = n;
  matrix->a = g_new (double, (gsize) n * n);
  matrix->set = g_new0 (gboolean, (gsize) n * n);
  for (gsize k = 0; k < (gsize) n * n; k++)
    matrix->a[k] = 1.0;
  return matrix;
}

void
vb_ahp_matrix_free (VbAhpMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_free (matrix->a);
  g_free (matrix->set);
  g_free (matrix);
}

VbAhpMatrix *
vb_ahp_matrix_copy (const VbAhpMatrix *matrix)
{
  VbAhpMatrix *copy;

  g_return_val_if_fail (matrix != NULL, NULL);

  copy = vb_ahp_matrix_new (matrix->n);
  memcpy (copy->a, matrix->a, sizeof (double) * matrix->n * matrix->n);
  memcpy (copy->set, matrix->set, sizeof (gboolean) * matrix->n * matrix->n);
  return copy;
}

guint
vb_ahp_matrix_get_size (const VbAhpMatrix *matrix)
{
  g_return_val_if_fail (matrix != NULL, 0);
  return matrix->n;
}

gboolean
vb_ahp_matrix_set (VbAhpMatrix *matrix,
                   guint        i,
                   guint        j,
                   double       value)
{
  guint n;

  g_return_val_if_fail (matrix != NULL, FALSE);
  g_return_val_if_fail (i < matrix->n && j < matrix->n, FALSE);

  n = matrix->n;
  if (i == j || !isfinite (value)
      || value < VB_AHP_MIN_JUDGEMENT - SCALE_SLACK
      || value > VB_AHP_MAX_JUDGEMENT + SCALE_SLACK)
    return FALSE;

  value = CLAMP (value, VB_AHP_MIN_JUDGEMENT, VB_AHP_MAX_JUDGEMENT);
  matrix->a[i * n + j] = value;
  matrix->a[j * n + i] = 1.0 / value;
  matrix->set[i * n + j] = matrix->set[j * n + i] = TRUE;
  return TRUE;
}

void
vb_ahp_matrix_unset (VbAhpMatrix *matrix,
                     guint        i,
                     guint        j)
{
  guint n;

  g_return_if_fail (matrix != NULL);
  g_return_if_fail (i < matrix->n && j < matrix->n);

  n = matrix->n;
  if (i == j)
    return;
  matrix->a[i * n + j] = matrix->a[j * n + i] = 1.0;
  matrix->set[i * n + j] = matrix->set[j * n + i] = FALSE;
}

double
vb_ahp_matrix_get (const VbAhpMatrix *matrix,
                   guint              i,
                   guint              j)
{
  g_return_val_if_fail (matrix != NULL, 1.0);
  g_return_val_if_fail (i < matrix->n && j < matrix->n, 1.0);

  return matrix->a[i * matrix->n + j];
}

gboolean
vb_ahp_matrix_is_set (const VbAhpMatrix *matrix,
                      guint              i,
                      guint              j)
{
  g_return_val_if_fail (matrix != NULL, FALSE);
  g_return_val_if_fail (i < matrix->n && j < matrix->n, FALSE);

  return i != j && matrix->set[i * matrix->n + j];
}

guint
vb_ahp_matrix_count_missing (const VbAhpMatrix *matrix)
{
  guint missing = 0;

  g_return_val_if_fail (matrix != NULL, 0);

  for (guint i = 0; i < matrix->n; i++)
    for (guint j = i + 1; j < matrix->n; j++)
      if (!matrix->set[i * matrix->n + j])
        missing++;
  return missing;
}

VbAhpMatrix *
vb_ahp_combine (VbAhpMatrix * const *evaluators,
                guint                n_evaluators,
                const VbAhpMatrix   *agreed)
{
  VbAhpMatrix *combined;
  guint n;

  g_return_val_if_fail (n_evaluators == 0 || evaluators != NULL, NULL);
  g_return_val_if_fail (n_evaluators > 0 || agreed != NULL, NULL);

  n = agreed ? agreed->n : evaluators[0]->n;
  for (guint e = 0; e < n_evaluators; e++)
    g_return_val_if_fail (evaluators[e] != NULL && evaluators[e]->n == n, NULL);

  combined = vb_ahp_matrix_new (n);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double log_sum = 0;
        guint count = 0;

        if (agreed && agreed->set[i * n + j])
          {
            vb_ahp_matrix_set (combined, i, j, agreed->a[i * n + j]);
            continue;
          }
        for (guint e = 0; e < n_evaluators; e++)
          if (evaluators[e]->set[i * n + j])
            {
              log_sum += log (evaluators[e]->a[i * n + j]);
              count++;
            }
        if (count > 0)
          vb_ahp_matrix_set (combined, i, j, exp (log_sum / count));
      }
  return combined;
}

double
vb_ahp_random_index (guint     n,
                     gboolean *approximate)
{
  gboolean beyond = n > G_N_ELEMENTS (random_index);

  if (approximate)
    *approximate = beyond;
  if (n == 0)
    return 0;
  return beyond ? random_index[G_N_ELEMENTS (random_index) - 1] : random_index[n - 1];
}

double
vb_ahp_nearest_scale_value (double value)
{
  double best = 1, best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (value > 0, 1);

  for (int k = 1; k <= 9; k++)
    for (int inverse = 0; inverse < 2; inverse++)
      {
        double candidate = inverse ? 1.0 / k : k;
        double distance = fabs (log (value / candidate));

        if (distance < best_distance)
          {
            best = candidate;
            best_distance = distance;
          }
      }
  return best;
}

void
vb_ahp_result_free (VbAhpResult *result)
{
  if (result == NULL)
    return;
  g_free (result->weights);
  g_free (result->geomean_weights);
  g_free (result);
}

/* w ← w / Σ w */
static void
normalise (double *w,
           guint   n)
{
  double sum = 0;

  for (guint i = 0; i < n; i++)
    sum += w[i];
  for (guint i = 0; i < n; i++)
    w[i] /= sum;
}

VbAhpResult *
vb_ahp_solve (const VbAhpMatrix *matrix)
{
  g_autofree double *next = NULL;
  VbAhpResult *result;
  const double *a;
  double *w;
  guint n;

  g_return_val_if_fail (matrix != NULL, NULL);

  n = matrix->n;
  a = matrix->a;
  result = g_new0 (VbAhpResult, 1);
  result->n = n;
  result->weights = g_new (double, n);
  result->geomean_weights = g_new (double, n);
  result->n_missing = vb_ahp_matrix_count_missing (matrix);
  w = result->weights;
  next = g_new (double, n);

  /* the geometric mean of each row: the weights, and a start for
   * the power iteration close to the eigenvector */
  for (guint i = 0; i < n; i++)
    {
      double log_sum = 0;

      for (guint j = 0; j < n; j++)
        log_sum += log (a[i * n + j]);
      result->geomean_weights[i] = exp (log_sum / n);
    }
  normalise (result->geomean_weights, n);
  memcpy (w, result->geomean_weights, sizeof (double) * n);

  /* power iteration: every entry of a reciprocal matrix is positive, so the
   * principal eigenvalue is simple and strictly dominant and w converges */
  for (result->iterations = 1; result->iterations <= MAX_ITERATIONS; result->iterations++)
    {
      double change = 0;

      for (guint i = 0; i < n; i++)
        {
          double sum = 0;

          for (guint j = 0; j < n; j++)
            sum += a[i * n + j] * w[j];
          next[i] = sum;
        }
      normalise (next, n);
      for (guint i = 0; i < n; i++)
        change = MAX (change, fabs (next[i] - w[i]));
      memcpy (w, next, sizeof (double) * n);
      if (change < TOLERANCE)
        {
          result->converged = TRUE;
          break;
        }
    }
  if (!result->converged)
    result->iterations = MAX_ITERATIONS;

  /* λmax: A w = λ w and Σ w = 1, so λ = Σ_i (A w)_i */
  result->lambda_max = 0;
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      result->lambda_max += a[i * n + j] * w[j];

  result->ri = vb_ahp_random_index (n, &result->ri_approximate);
  if (n > 2)
    {
      /* rounding can put λmax a hair under n for a consistent matrix */
      result->ci = MAX (0.0, (result->lambda_max - n) / (n - 1));
      result->cr = result->ci / result->ri;
    }
  result->inconsistent = result->cr > VB_AHP_CR_LIMIT;

  /* the judgement furthest from what the weights say (ratio, both ways) */
  if (n > 2)
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n; j++)
        {
          double ideal = w[i] / w[j];
          double deviation = fabs (log (a[i * n + j] / ideal));

          if (deviation > result->worst_deviation + 1e-9)
            {
              result->worst_i = i;
              result->worst_j = j;
              result->worst_value = a[i * n + j];
              result->worst_suggested = ideal;
              result->worst_deviation = deviation;
            }
        }

  return result;
}
