/* vb-ahp.h — weights from pairwise comparisons (DOMAIN.md, "Scoring": AHP)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A judgement matrix holds, for each pair of criteria (i, j), how much more
 * important i is than j on Saaty's 1–9 scale (1/9 … 9); the mirror cell
 * always holds the reciprocal. The maths is in docs/scoring-model.md.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The limits of Saaty's scale, and the CR above which judgements are
 * inconsistent */
#define VB_AHP_MIN_JUDGEMENT (1.0 / 9.0)
#define VB_AHP_MAX_JUDGEMENT 9.0
#define VB_AHP_CR_LIMIT      0.10

typedef struct _VbAhpMatrix VbAhpMatrix;

VbAhpMatrix *vb_ahp_matrix_new        (guint              n);
void         vb_ahp_matrix_free       (VbAhpMatrix       *matrix);
VbAhpMatrix *vb_ahp_matrix_copy       (const VbAhpMatrix *matrix);
guint        vb_ahp_matrix_get_size   (const VbAhpMatrix *matrix);
/* Sets a_ij = value and a_ji = 1 / value; value within 1/9 … 9 (a stored
 * 0.1111 counts as 1/9); FALSE (nothing changed) outside the scale or on
 * the diagonal */
gboolean     vb_ahp_matrix_set        (VbAhpMatrix       *matrix,
                                       guint              i,
                                       guint              j,
                                       double             value);
void         vb_ahp_matrix_unset      (VbAhpMatrix       *matrix,
                                       guint              i,
                                       guint              j);
/* The value of a cell; 1 on the diagonal and for a pair not judged */
double       vb_ahp_matrix_get        (const VbAhpMatrix *matrix,
                                       guint              i,
                                       guint              j);
gboolean     vb_ahp_matrix_is_set     (const VbAhpMatrix *matrix,
                                       guint              i,
                                       guint              j);
/* Pairs (i < j) not judged */
guint        vb_ahp_matrix_count_missing (const VbAhpMatrix *matrix);

/* The group's matrix: for each pair, the agreed judgement when @agreed
 * (the matrix stored without an evaluator; may be NULL) has one, otherwise
 * the geometric mean of the evaluators who judged the pair, otherwise not
 * judged. Pass the counting evaluators only (not the advisory ones). Every
 * matrix has the same size. */
VbAhpMatrix *vb_ahp_combine           (VbAhpMatrix * const *evaluators,
                                       guint               n_evaluators,
                                       const VbAhpMatrix  *agreed);

/* Saaty's random index for an n × n matrix (DOMAIN.md's table, n = 1 … 11);
 * for n > 11 the value for 11, with *approximate set */
double       vb_ahp_random_index      (guint     n,
                                       gboolean *approximate);

typedef struct {
  guint     n;
  double   *weights;          /* principal eigenvector, sums to 1 */
  double   *geomean_weights;  /* normalised geometric mean of the rows, sums to 1 */
  double    lambda_max;
  double    ci;               /* (λmax − n) / (n − 1); 0 for n ≤ 2 */
  double    ri;               /* vb_ahp_random_index */
  gboolean  ri_approximate;   /* n > 11: RI of n = 11 used */
  double    cr;               /* ci / ri; 0 when ri is 0 (n ≤ 2) */
  gboolean  inconsistent;     /* cr > VB_AHP_CR_LIMIT */
  guint     iterations;       /* of the power iteration */
  gboolean  converged;
  guint     n_missing;        /* pairs not judged (counted as 1, equal) */
  /* The judgement that deviates most from the weights (n ≥ 3): the cell
   * (worst_i, worst_j), i < j, whose value is furthest, as a ratio, from
   * w_i / w_j; worst_suggested is w_i / w_j (what a consistent judgement
   * would be), worst_deviation = |ln (a_ij · w_j / w_i)|. No cell when the
   * matrix is consistent (worst_deviation 0, worst_i = worst_j = 0). */
  guint     worst_i;
  guint     worst_j;
  double    worst_value;
  double    worst_suggested;
  double    worst_deviation;
} VbAhpResult;

/* The priority vector by power iteration from the geometric-mean vector,
 * until no weight moves by more than 1e-12 (at most 1000 steps), then
 * λmax, CI, CR and the most inconsistent judgement */
VbAhpResult *vb_ahp_solve             (const VbAhpMatrix *matrix);
void         vb_ahp_result_free       (VbAhpResult       *result);

/* The value of Saaty's scale (1/9 … 1/2, 1 … 9) nearest to @value on a
 * logarithmic scale, for suggesting a judgement */
double       vb_ahp_nearest_scale_value (double value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbAhpMatrix, vb_ahp_matrix_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbAhpResult, vb_ahp_result_free)

G_END_DECLS
