/* test-ahp.c — pairwise weights, consistency and the group's matrix
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reference values come from an independent calculation in plain Python
 * (no numpy, no power iteration): λmax as the largest root of
 * det (A − λI) = 0 by bisection, the weights from the null space of
 * A − λI by Gaussian elimination, CI = (λmax − n) ÷ (n − 1), CR = CI ÷ RI
 * with Saaty's RI (DOMAIN.md). For 3 × 3 also the closed form
 * λmax = 1 + c^(1/3) + c^(−1/3), c = a12 · a23 ÷ a13.
 */

#include <math.h>
#include <glib.h>

#include "vb-ahp.h"

/* |a − b| ≤ tol (GLib's own macro wants strictly less) */
#define assert_near(a, b, tol) g_assert_cmpfloat_with_epsilon ((a), (b), (tol) + 1e-300)

static VbAhpMatrix *
matrix_from (guint n, const double *upper)
{
  VbAhpMatrix *m = vb_ahp_matrix_new (n);
  guint k = 0;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      g_assert_true (vb_ahp_matrix_set (m, i, j, upper[k++]));
  return m;
}

/* 1 3 5 / 1/3 1 3 / 1/5 1/3 1, a matrix found in AHP introductions:
 *   c = 3 · 3 ÷ 5 = 1.8, c^(1/3) = 1.216440, λmax = 1 + 1.216440 + 0.822071
 *     = 3.038511; CI = 0.038511 ÷ 2 = 0.019256; CR = 0.019256 ÷ 0.58 = 0.033199
 *   w = 0.636986, 0.258285, 0.104729 (Python, as above) */
static void
test_ahp_3x3 (void)
{
  const double upper[] = { 3, 5, 3 };
  g_autoptr(VbAhpMatrix) m = matrix_from (3, upper);
  g_autoptr(VbAhpResult) r = vb_ahp_solve (m);

  g_assert_true (r->converged);
  assert_near (r->weights[0], 0.636986, 5e-6);
  assert_near (r->weights[1], 0.258285, 5e-6);
  assert_near (r->weights[2], 0.104729, 5e-6);
  assert_near (r->lambda_max, 3.038511, 5e-6);
  assert_near (r->ci, 0.019256, 5e-6);
  assert_near (r->ri, 0.58, 1e-12);
  assert_near (r->cr, 0.033199, 5e-6);
  g_assert_false (r->inconsistent);
  g_assert_false (r->ri_approximate);
  g_assert_cmpuint (r->n_missing, ==, 0);
  /* for 3 × 3 the row geometric means are the eigenvector: 15^(1/3) = 2.466212,
   * 1, 15^(−1/3) = 0.405480 over their sum 3.871692 */
  assert_near (r->geomean_weights[0], 2.466212 / 3.871692, 5e-6);
  assert_near (r->geomean_weights[0], r->weights[0], 1e-9);

  /* the reciprocal mirror */
  assert_near (vb_ahp_matrix_get (m, 2, 0), 0.2, 1e-15);
  assert_near (vb_ahp_matrix_get (m, 1, 1), 1.0, 0);
}

/* 1 3 7 9 / 1/3 1 5 7 / 1/7 1/5 1 3 / 1/9 1/7 1/3 1:
 *   λmax = 4.164577, CI = 0.164577 ÷ 3 = 0.054859, CR = 0.054859 ÷ 0.90
 *   = 0.060954; w = 0.583089, 0.289530, 0.084896, 0.042485.
 *   |ln (a_ij · w_j ÷ w_i)|: (0,1) 0.3985, (0,2) 0.0190, (0,3) 0.4220,
 *   (1,2) 0.3826, (1,3) 0.0268, (2,3) 0.4063 → the worst is 1 vs 4 (9 given,
 *   13.7245 would fit the weights) */
static void
test_ahp_4x4 (void)
{
  const double upper[] = { 3, 7, 9, 5, 7, 3 };
  g_autoptr(VbAhpMatrix) m = matrix_from (4, upper);
  g_autoptr(VbAhpResult) r = vb_ahp_solve (m);

  g_assert_true (r->converged);
  assert_near (r->weights[0], 0.583089, 5e-6);
  assert_near (r->weights[1], 0.289530, 5e-6);
  assert_near (r->weights[2], 0.084896, 5e-6);
  assert_near (r->weights[3], 0.042485, 5e-6);
  assert_near (r->lambda_max, 4.164577, 5e-6);
  assert_near (r->ci, 0.054859, 5e-6);
  assert_near (r->cr, 0.060954, 5e-6);
  g_assert_false (r->inconsistent);
  g_assert_cmpuint (r->worst_i, ==, 0);
  g_assert_cmpuint (r->worst_j, ==, 3);
  assert_near (r->worst_value, 9.0, 1e-12);
  assert_near (r->worst_suggested, 13.724508, 5e-5);
  assert_near (r->worst_deviation, 0.4220, 5e-5);

  /* the geometric-mean weights are close to the eigenvector, not equal */
  assert_near (r->geomean_weights[0] + r->geomean_weights[1]
               + r->geomean_weights[2] + r->geomean_weights[3], 1.0, 1e-12);
  g_assert_cmpfloat (fabs (r->geomean_weights[0] - r->weights[0]), <, 0.02);
}

/* a_ij = w_i ÷ w_j for w = 8 : 4 : 2 : 1 → weights 8/15, 4/15, 2/15, 1/15,
 * λmax = n = 4, CR = 0, nothing to suggest */
static void
test_ahp_consistent (void)
{
  const double upper[] = { 2, 4, 8, 2, 4, 2 };
  g_autoptr(VbAhpMatrix) m = matrix_from (4, upper);
  g_autoptr(VbAhpResult) r = vb_ahp_solve (m);

  assert_near (r->weights[0], 8.0 / 15, 1e-12);
  assert_near (r->weights[1], 4.0 / 15, 1e-12);
  assert_near (r->weights[2], 2.0 / 15, 1e-12);
  assert_near (r->weights[3], 1.0 / 15, 1e-12);
  assert_near (r->lambda_max, 4.0, 1e-12);
  assert_near (r->cr, 0.0, 1e-12);
  g_assert_false (r->inconsistent);
  assert_near (r->worst_deviation, 0.0, 1e-9);
  /* already the eigenvector: the iteration stops at once */
  g_assert_cmpuint (r->iterations, <=, 2);
}

/* The consistent matrix with criterion 2 vs 4 turned round (1/4 instead of
 * 4): λmax = 5.086894, CI = 0.362298, CR = 0.402553 > 0.10; deviations
 * (0,1) 0.6377, (0,3) 0.9394, (1,3) 1.1955, … → the judgement to look at
 * is 2 vs 4, and 0.826289 would fit (nearest on the scale: 1) */
static void
test_ahp_inconsistent (void)
{
  const double upper[] = { 2, 4, 8, 2, 0.25, 2 };
  g_autoptr(VbAhpMatrix) m = matrix_from (4, upper);
  g_autoptr(VbAhpResult) r = vb_ahp_solve (m);

  assert_near (r->lambda_max, 5.086894, 5e-6);
  assert_near (r->cr, 0.402553, 5e-6);
  g_assert_true (r->inconsistent);
  g_assert_cmpuint (r->worst_i, ==, 1);
  g_assert_cmpuint (r->worst_j, ==, 3);
  assert_near (r->worst_value, 0.25, 1e-12);
  assert_near (r->worst_suggested, 0.826289, 5e-6);
  assert_near (vb_ahp_nearest_scale_value (r->worst_suggested), 1.0, 0);
  assert_near (vb_ahp_nearest_scale_value (0.3), 1.0 / 3, 1e-15);
  assert_near (vb_ahp_nearest_scale_value (6.4), 6.0, 0);
}

/* Evaluator A: 3, 5, 3; evaluator B: 5, 1, 1/3. Per cell the geometric mean:
 * √(3·5) = 3.872983, √(5·1) = 2.236068, √(3·1/3) = 1. Weights of that
 * matrix (Python): 0.594365, 0.184301, 0.221334; CR 0.028983. */
static void
test_ahp_combine (void)
{
  const double upper_a[] = { 3, 5, 3 };
  const double upper_b[] = { 5, 1, 1.0 / 3 };
  g_autoptr(VbAhpMatrix) a = matrix_from (3, upper_a);
  g_autoptr(VbAhpMatrix) b = matrix_from (3, upper_b);
  VbAhpMatrix *both[] = { a, b };
  g_autoptr(VbAhpMatrix) group = vb_ahp_combine (both, 2, NULL);
  g_autoptr(VbAhpResult) r = vb_ahp_solve (group);

  assert_near (vb_ahp_matrix_get (group, 0, 1), 3.872983, 5e-7);
  assert_near (vb_ahp_matrix_get (group, 1, 0), 1 / 3.872983, 5e-7);
  assert_near (vb_ahp_matrix_get (group, 0, 2), 2.236068, 5e-7);
  assert_near (vb_ahp_matrix_get (group, 1, 2), 1.0, 1e-12);
  assert_near (r->weights[0], 0.594365, 5e-6);
  assert_near (r->weights[1], 0.184301, 5e-6);
  assert_near (r->weights[2], 0.221334, 5e-6);
  assert_near (r->cr, 0.028983, 5e-6);
}

/* The agreed matrix wins where it has a judgement; a pair nobody judged
 * stays open (counted as 1 and reported); an evaluator who skipped a pair
 * does not pull it towards 1 */
static void
test_ahp_combine_agreed_and_missing (void)
{
  g_autoptr(VbAhpMatrix) a = vb_ahp_matrix_new (3);
  g_autoptr(VbAhpMatrix) b = vb_ahp_matrix_new (3);
  g_autoptr(VbAhpMatrix) agreed = vb_ahp_matrix_new (3);
  VbAhpMatrix *both[] = { a, b };
  g_autoptr(VbAhpMatrix) group = NULL;
  g_autoptr(VbAhpResult) r = NULL;

  vb_ahp_matrix_set (a, 0, 1, 9);
  vb_ahp_matrix_set (b, 0, 1, 1);
  vb_ahp_matrix_set (agreed, 0, 1, 2);
  vb_ahp_matrix_set (a, 0, 2, 4);      /* b skipped 1 vs 3: the mean is a's 4 */
  group = vb_ahp_combine (both, 2, agreed);

  assert_near (vb_ahp_matrix_get (group, 0, 1), 2.0, 1e-12);
  assert_near (vb_ahp_matrix_get (group, 0, 2), 4.0, 1e-12);
  g_assert_false (vb_ahp_matrix_is_set (group, 1, 2));
  g_assert_cmpuint (vb_ahp_matrix_count_missing (group), ==, 1);
  r = vb_ahp_solve (group);
  g_assert_cmpuint (r->n_missing, ==, 1);

  /* only the agreed matrix: it is the group's */
  g_clear_pointer (&group, vb_ahp_matrix_free);
  group = vb_ahp_combine (NULL, 0, agreed);
  assert_near (vb_ahp_matrix_get (group, 1, 0), 0.5, 1e-12);
}

static void
test_ahp_scale_and_sizes (void)
{
  g_autoptr(VbAhpMatrix) m = vb_ahp_matrix_new (2);
  g_autoptr(VbAhpResult) r = NULL;
  g_autoptr(VbAhpMatrix) one = vb_ahp_matrix_new (1);
  g_autoptr(VbAhpResult) r1 = NULL;
  gboolean approximate = FALSE;

  g_assert_false (vb_ahp_matrix_set (m, 0, 1, 10));
  g_assert_false (vb_ahp_matrix_set (m, 0, 1, 0.1));
  g_assert_false (vb_ahp_matrix_set (m, 0, 1, NAN));
  g_assert_false (vb_ahp_matrix_set (m, 1, 1, 3));
  g_assert_false (vb_ahp_matrix_is_set (m, 0, 1));
  /* 0.1111 as stored in the file is 1/9 */
  g_assert_true (vb_ahp_matrix_set (m, 0, 1, 0.1111));
  assert_near (vb_ahp_matrix_get (m, 1, 0), 9.0, 1e-12);

  /* n = 2: always consistent, w = 1/10, 9/10 */
  r = vb_ahp_solve (m);
  assert_near (r->weights[0], 0.1, 1e-12);
  assert_near (r->weights[1], 0.9, 1e-12);
  assert_near (r->cr, 0, 0);
  g_assert_false (r->inconsistent);

  r1 = vb_ahp_solve (one);
  assert_near (r1->weights[0], 1.0, 0);

  /* the table, and beyond it */
  assert_near (vb_ahp_random_index (3, &approximate), 0.58, 0);
  g_assert_false (approximate);
  assert_near (vb_ahp_random_index (10, &approximate), 1.49, 0);
  assert_near (vb_ahp_random_index (11, &approximate), 1.51, 0);
  g_assert_false (approximate);
  assert_near (vb_ahp_random_index (14, &approximate), 1.51, 0);
  g_assert_true (approximate);
}

/* A large consistent matrix (n = 15, w_i ∝ i + 1) converges to w exactly
 * and reports the approximate RI */
static void
test_ahp_large (void)
{
  const guint n = 15;
  g_autoptr(VbAhpMatrix) m = vb_ahp_matrix_new (n);
  g_autoptr(VbAhpResult) r = NULL;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double ratio = (i + 1.0) / (j + 1.0);

        if (ratio >= VB_AHP_MIN_JUDGEMENT)
          vb_ahp_matrix_set (m, i, j, ratio);
      }
  /* pairs beyond the scale (1 vs 10 … 15) stay unset: not consistent any more */
  r = vb_ahp_solve (m);
  g_assert_true (r->converged);
  g_assert_true (r->ri_approximate);
  g_assert_cmpuint (r->n_missing, ==, 6);   /* 1 vs 10 … 15: j + 1 > 9 */
  g_assert_cmpfloat (r->lambda_max, >, 15.0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ahp/3x3", test_ahp_3x3);
  g_test_add_func ("/ahp/4x4", test_ahp_4x4);
  g_test_add_func ("/ahp/consistent", test_ahp_consistent);
  g_test_add_func ("/ahp/inconsistent", test_ahp_inconsistent);
  g_test_add_func ("/ahp/combine", test_ahp_combine);
  g_test_add_func ("/ahp/combine-agreed-missing", test_ahp_combine_agreed_and_missing);
  g_test_add_func ("/ahp/scale-and-sizes", test_ahp_scale_and_sizes);
  g_test_add_func ("/ahp/large", test_ahp_large);

  return g_test_run ();
}
