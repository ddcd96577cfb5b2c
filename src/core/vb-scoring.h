/* vb-scoring.h — weights, combined scores, ranking and tipping points
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain maths over typed inputs (DOMAIN.md, "Scoring"; docs/scoring-model.md):
 * a model is filled with the criteria tree, the evaluators' scores, the
 * agreed scores and the computed values, then vb_scoring_model_compute
 * returns everything the ranking, the scoring grid, the sensitivity view and
 * guidance show. No project file is needed: the engine that reads the file
 * fills a model; the tests fill one by hand.
 *
 * Indices: vendors 0 … n_vendors − 1 and evaluators 0 … n_evaluators − 1 as
 * given to vb_scoring_model_new; nodes (categories and criteria) in the order
 * they are added, as vb_scoring_model_add returns them.
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

/* Why a node carries no weight. A result, never stored: no GEnum. */
typedef enum {
  VB_LEFT_OUT_NONE,
  VB_LEFT_OUT_NO_DATA,   /* a computed criterion with no value for any vendor */
  VB_LEFT_OUT_EMPTY,     /* a category with no criterion left in it */
} VbLeftOut;

typedef struct _VbScoringModel VbScoringModel;

/* Defaults: direct weights, mean, disagreement above 1, margin 5 points */
VbScoringModel *vb_scoring_model_new      (guint            n_vendors,
                                           guint            n_evaluators);
void            vb_scoring_model_free     (VbScoringModel  *model);

void            vb_scoring_model_set_weighting  (VbScoringModel *model,
                                                 VbWeighting     weighting);
void            vb_scoring_model_set_combination (VbScoringModel *model,
                                                 VbCombination   combination);
void            vb_scoring_model_set_disagreement_sd (VbScoringModel *model,
                                                 double          sd);
void            vb_scoring_model_set_critical_margin (VbScoringModel *model,
                                                 double          margin_pct);

/* A category (kind VB_CRITERION_KIND_CATEGORY, parent −1) or a criterion
 * (parent = a category's node, or −1 for a criterion on its own at the top
 * level). @weight is the local weight as entered: percent for direct and
 * AHP weighting, points for SMART. Returns the node's index (G_MAXUINT when
 * the arguments are wrong: a negative weight, a parent not a category). */
guint           vb_scoring_model_add      (VbScoringModel  *model,
                                           int              parent,
                                           VbCriterionKind  kind,
                                           double           weight);
/* An advisory evaluator's scores are kept but not counted (and not asked for) */
void            vb_scoring_model_set_advisory (VbScoringModel *model,
                                               guint           evaluator,
                                               gboolean        advisory);
/* A knocked-out vendor (without an accepted exception): totalled, never ranked */
void            vb_scoring_model_set_disqualified (VbScoringModel *model,
                                                   guint           vendor,
                                                   gboolean        disqualified);
guint           vb_scoring_model_get_n_vendors (const VbScoringModel *model);
gboolean        vb_scoring_model_get_disqualified (const VbScoringModel *model,
                                                   guint                 vendor);
/* A judged criterion's score, 1 … 5; 0 clears it */
void            vb_scoring_model_set_score (VbScoringModel *model,
                                            guint           evaluator,
                                            guint           vendor,
                                            guint           criterion,
                                            int             score);
/* The agreed score of a cell, 1 … 5, overriding the combination; 0 clears it */
void            vb_scoring_model_set_consensus (VbScoringModel *model,
                                                guint           vendor,
                                                guint           criterion,
                                                int             score);
/* A computed criterion's value for a vendor, 0 … 100 (higher is better);
 * NAN = no data */
void            vb_scoring_model_set_computed (VbScoringModel *model,
                                               guint           vendor,
                                               guint           criterion,
                                               double          value);

/* The price criterion's value: 100 × lowest ÷ cost (the lowest annual cost
 * gets full marks); NAN when a cost is missing or not positive */
double          vb_scoring_price_value    (double lowest_cost,
                                           double cost);

/* ---- weights ---- */

typedef struct {
  int              parent;        /* category node, −1 at the top level */
  VbCriterionKind  kind;
  double           entered;       /* as given to vb_scoring_model_add */
  double           local_pct;     /* share among its siblings, 0 … 100 */
  double           global_pct;    /* local × the category's local, 0 … 100 */
  VbLeftOut        left_out;
  /* on a category: what its criteria's entered numbers summed to */
  double           children_sum;
  gboolean         children_off_100;      /* not 100 (direct, AHP): scaled to 100 */
  gboolean         children_renormalised; /* a criterion was left out: the others scaled up */
} VbWeightNode;

typedef struct {
  guint         n_nodes;
  VbWeightNode *nodes;
  double        top_sum;           /* the top level's entered numbers */
  gboolean      top_off_100;
  gboolean      top_renormalised;
  gboolean      any_off_100;       /* some group did not sum to 100 */
  gboolean      all_zero;          /* no weight anywhere: every total is 0 */
  guint         n_left_out;        /* criteria (not categories) left out */
} VbWeights;

/* The weights as entered, nothing left out (for the weights editor) */
VbWeights      *vb_scoring_model_compute_weights (const VbScoringModel *model);
void            vb_weights_free           (VbWeights *weights);

/* ---- results ---- */

typedef struct {
  guint     n_scores;     /* counting evaluators who scored the cell */
  double    mean;         /* of their scores; NAN when none */
  double    median;
  double    sd;           /* population standard deviation */
  int       min;
  int       max;
  int       consensus;    /* the agreed score, 0 = none */
  double    value;        /* what counts: 1 … 5 (judged) or 0 … 100 (computed); NAN = nothing */
  double    r;            /* value normalised to 0 … 1 (s ÷ 5, v ÷ 100); 0 when missing */
  gboolean  disagreement; /* sd > threshold or range ≥ 2 (kept under a consensus) */
  gboolean  missing;      /* no value: counted as 0 and the vendor's total incomplete */
} VbScoreCell;

typedef struct {
  guint     evaluator;
  guint     vendor;
  guint     criterion;
} VbMissingScore;

typedef struct {
  double    total;        /* 0 … 100 */
  guint     rank;         /* 1 = best, tied vendors share a rank; 0 = disqualified */
  gboolean  incomplete;   /* some cell was missing (counted as 0) */
  gboolean  disqualified;
} VbVendorTotal;

typedef struct {
  gboolean     defined;      /* a criterion with weight (not left out), two vendors or more */
  double       current_pct;  /* its global weight */
  /* the nearest weight above and below at which the leader changes, and who
   * takes over; NAN / −1 when none in 0 … 100 */
  double       up_pct;
  int          up_vendor;
  double       down_pct;
  int          down_vendor;
  /* the nearer of the two; tip_pct NAN = "never" */
  double       tip_pct;
  VbDirection  direction;
  int          new_leader;
  double       distance_pct; /* |tip − current| in percentage points */
  gboolean     critical;     /* distance ≤ the critical margin */
} VbTippingPoint;

typedef struct {
  guint            n_vendors;
  guint            n_nodes;
  guint            n_evaluators;
  VbWeights       *weights;    /* with the computed criteria without data left out */
  VbScoreCell     *cells;      /* n_vendors × n_nodes: vb_scoring_result_cell */
  double          *points;     /* n_vendors × n_nodes: vb_scoring_result_points */
  VbVendorTotal   *vendors;    /* n_vendors */
  guint           *order;      /* vendor indices, ranked first (best first), then disqualified */
  guint            n_ranked;
  int              leader;     /* order[0] when it is ranked, else −1 */
  gboolean         leader_tied;
  GArray          *missing;    /* VbMissingScore, by vendor, criterion, evaluator */
  VbTippingPoint  *tipping;    /* n_nodes; defined only on criteria */
  guint            n_disagreements;
  guint            n_critical;
} VbScoringResult;

VbScoringResult *vb_scoring_model_compute (const VbScoringModel *model);
void             vb_scoring_result_free   (VbScoringResult      *result);

const VbScoreCell *vb_scoring_result_cell (const VbScoringResult *result,
                                           guint                  vendor,
                                           guint                  node);
/* A criterion's contribution to the vendor's total (global weight × r), or
 * a category's (the sum of its criteria's), in points of 0 … 100 */
double           vb_scoring_result_points (const VbScoringResult *result,
                                           guint                  vendor,
                                           guint                  node);
/* A category's score within itself, 0 … 100 (points ÷ its global weight);
 * NAN when it carries no weight */
double           vb_scoring_result_category_score (const VbScoringResult *result,
                                                   guint                  vendor,
                                                   guint                  node);

/* What-if: every vendor's total (into @totals, n_vendors) with criterion
 * @node's global weight set to @weight_pct and the others scaled so that
 * the weights still sum to 100 (DOMAIN.md's formula). Nothing is saved. A
 * criterion left out has no weight to move. */
void             vb_scoring_result_what_if (const VbScoringResult *result,
                                            guint                  node,
                                            double                 weight_pct,
                                            double                *totals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbScoringModel, vb_scoring_model_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbWeights, vb_weights_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbScoringResult, vb_scoring_result_free)

G_END_DECLS
