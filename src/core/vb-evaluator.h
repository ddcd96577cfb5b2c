/* vb-evaluator.h — evaluators, their scores and pairwise judgements, and
 * the agreed scores
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An evaluator scores each vendor on each judged criterion 1–5 with a
 * comment. An advisor's scores count like anyone's unless the evaluator is
 * marked advisory (shown, not counted). An agreed score (consensus)
 * overrides the combination of a cell, recording who agreed and why; the
 * individual scores stay. AHP judgements are kept per evaluator (none:
 * the agreed matrix), one row per pair: the reciprocal is never stored.
 */

#pragma once

#include "vb-ahp.h"
#include "vb-criterion.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_EVALUATOR (vb_evaluator_get_type ())
G_DECLARE_FINAL_TYPE (VbEvaluator, vb_evaluator, VB, EVALUATOR, VbRecord)
#define VB_TYPE_SCORE (vb_score_get_type ())
G_DECLARE_FINAL_TYPE (VbScore, vb_score, VB, SCORE, VbRecord)
#define VB_TYPE_CONSENSUS (vb_consensus_get_type ())
G_DECLARE_FINAL_TYPE (VbConsensus, vb_consensus, VB, CONSENSUS, VbRecord)
#define VB_TYPE_AHP_JUDGEMENT (vb_ahp_judgement_get_type ())
G_DECLARE_FINAL_TYPE (VbAhpJudgement, vb_ahp_judgement, VB, AHP_JUDGEMENT, VbRecord)

const char  *vb_evaluator_get_name       (VbEvaluator *self);
const char  *vb_evaluator_get_role       (VbEvaluator *self);
gboolean     vb_evaluator_get_is_advisor (VbEvaluator *self);
/* advisory only: the scores are shown, not counted */
gboolean     vb_evaluator_get_advisory   (VbEvaluator *self);
gboolean     vb_evaluator_set_name       (VbEvaluator *self, const char *value, GError **error);
gboolean     vb_evaluator_set_role       (VbEvaluator *self, const char *value, GError **error);
gboolean     vb_evaluator_set_is_advisor (VbEvaluator *self, gboolean value, GError **error);
gboolean     vb_evaluator_set_advisory   (VbEvaluator *self, gboolean value, GError **error);

/* The evaluator's scores (VbScore) */
GListModel  *vb_evaluator_get_scores     (VbEvaluator *self);
/* Returns: (transfer none) (nullable) */
VbScore     *vb_evaluator_find_score     (VbEvaluator *self,
                                          VbVendor    *vendor,
                                          VbCriterion *criterion);
/* Scores a judged criterion 1 … 5 (0: no score) with a comment (NULL: keep
 * it), one edit, adding the row when needed */
gboolean     vb_evaluator_set_score      (VbEvaluator  *self,
                                          VbVendor     *vendor,
                                          VbCriterion  *criterion,
                                          int           score,
                                          const char   *comment,
                                          GError      **error);

VbEvaluator *vb_score_get_evaluator      (VbScore *self);
VbVendor    *vb_score_get_vendor         (VbScore *self);
VbCriterion *vb_score_get_criterion      (VbScore *self);
/* 1 … 5, 0: no score yet */
int          vb_score_get_score          (VbScore *self);
const char  *vb_score_get_comment        (VbScore *self);
gboolean     vb_score_set_score          (VbScore *self, int value, GError **error);
gboolean     vb_score_set_comment        (VbScore *self, const char *value, GError **error);

VbVendor    *vb_consensus_get_vendor     (VbConsensus *self);
VbCriterion *vb_consensus_get_criterion  (VbConsensus *self);
int          vb_consensus_get_score      (VbConsensus *self);
const char  *vb_consensus_get_reason     (VbConsensus *self);
const char  *vb_consensus_get_decided_by (VbConsensus *self);

/* AHP: a judgement of criterion_a against criterion_b, 1/9 … 9 */
VbCriterion *vb_ahp_judgement_get_criterion_a (VbAhpJudgement *self);
VbCriterion *vb_ahp_judgement_get_criterion_b (VbAhpJudgement *self);
double       vb_ahp_judgement_get_value       (VbAhpJudgement *self);
/* Returns: (transfer none) (nullable): NULL for the agreed matrix */
VbEvaluator *vb_ahp_judgement_get_evaluator   (VbAhpJudgement *self);

GListModel  *vb_project_get_evaluators   (VbProject   *project);
VbEvaluator *vb_project_add_evaluator    (VbProject   *project,
                                          const char  *name,
                                          GError     **error);
GListModel  *vb_project_get_consensus    (VbProject   *project);
/* Returns: (transfer none) (nullable) */
VbConsensus *vb_project_find_consensus   (VbProject   *project,
                                          VbVendor    *vendor,
                                          VbCriterion *criterion);
/* The agreed score of a cell, one edit: @score 1 … 5 needs who agreed and
 * why; 0 removes the agreed score (the combination counts again) */
gboolean     vb_project_set_consensus    (VbProject    *project,
                                          VbVendor     *vendor,
                                          VbCriterion  *criterion,
                                          int           score,
                                          const char   *reason,
                                          const char   *decided_by,
                                          GError      **error);

GListModel  *vb_project_get_ahp_judgements (VbProject *project);
/* How much more important @a is than @b for @evaluator (NULL: the agreed
 * matrix), from the one row of the pair whichever way it is stored; NAN
 * when not judged */
double       vb_project_get_ahp_judgement (VbProject   *project,
                                           VbEvaluator *evaluator,
                                           VbCriterion *a,
                                           VbCriterion *b);
/* Stores the judgement as one edit: @a and @b are siblings (two criteria
 * of one category, or two categories), @value 1/9 … 9, NAN removes it. A
 * pair stored the other way round is updated with the reciprocal. */
gboolean     vb_project_set_ahp_judgement (VbProject    *project,
                                           VbEvaluator  *evaluator,
                                           VbCriterion  *a,
                                           VbCriterion  *b,
                                           double        value,
                                           GError      **error);
/* The group's weights from the judgements (each counting evaluator's and
 * the agreed matrix, combined by geometric mean per cell), as the
 * normalised geometric mean of the rows: writes the local weights of
 * @category's criteria (NULL: of the categories) in ONE edit.
 * @cr: (out) (optional): the consistency ratio */
/* The same judgements combined and solved, without writing anything
 * (guidance reads the consistency from it). @criteria: (out) (optional)
 * (transfer full): the compared criteria, in the matrix's order. NULL
 * with @error when fewer than two criteria or no pair is judged. */
VbAhpResult *vb_project_solve_ahp        (VbProject    *project,
                                           VbCriterion  *category,
                                           GPtrArray   **criteria,
                                           GError      **error);
gboolean     vb_project_apply_ahp        (VbProject    *project,
                                          VbCriterion  *category,
                                          double       *cr,
                                          GError      **error);

G_END_DECLS
