/* vb-decision-model-private.h — the decision model's state, for its two files
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-decision-model.h"
#include "vb-roi.h"
#include "vb-score-tracker.h"

G_BEGIN_DECLS

struct _VbDecisionModel
{
  GObject           parent_instance;

  VbProject        *project;        /* weak */
  gulong            changed_id;
  gboolean          valid;
  guint64           serials;    /* the sum of the read tables' serials when computed */
  guint64           project_serial; /* the project's newest serial when last found valid */
  gboolean          vendors_valid;
  guint64           vendor_serials; /* … of the tables the vendors' scores read */
  guint64           answer_serials; /* … of which the answer tables */
  GArray           *answered;       /* guint: the finalists computed again after their answers */
  gboolean          scoring_valid;
  guint64           scoring_others; /* … of those and the scoring tables but "score" */
  guint64           score_serial;   /* … and of "score" */
  VbScoreTracker   *tracker;        /* the score rows changed since */
  GHashTable       *evaluator_index;/* uuid → index + 1 */
  int               price_criterion;
  gboolean          building;   /* ensure () is reading the rows: lookups use what it has so far */
  guint             n_computes;
  guint             n_vendor_computes;

  GPtrArray        *vendors;        /* VbVendor, reffed */
  GPtrArray        *vendor_scores;  /* VbVendorScores */
  GHashTable       *vendor_index;   /* uuid → index + 1 */
  GPtrArray        *nodes;          /* VbCriterion, reffed */
  GHashTable       *node_index;     /* uuid → index + 1 */
  GPtrArray        *evaluators;     /* VbEvaluator, reffed */
  GPtrArray        *quote_rows;     /* VbVendorQuote, reffed */
  GArray           *channels;       /* VbForecastChannel */
  GArray           *quotes;         /* VbQuote */
  GArray           *decision_quotes;/* VbDecisionQuote */
  GPtrArray        *blocks;         /* the quotes' lines and fees (g_free) */
  GArray           *benefits;       /* VbBenefit */
  GArray           *transition;     /* VbTransitionCost */
  VbRoiInput        roi;
  double            in_house;
  gboolean          in_house_from_tasks;
  VbScoringModel   *scoring;
  VbDecisionInput   input;
  VbDecisionResult *result;
};

void vb_decision_model_ensure (VbDecisionModel *self);

G_END_DECLS
