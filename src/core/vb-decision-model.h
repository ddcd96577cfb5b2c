/* vb-decision-model.h — the decision engine fed from the project, once per edit
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One per project (vb_decision_model_get_for_project). It reads the rows
 * of the decision stages into a VbDecisionInput — the forecast, the
 * finalists' quotes with their lines, currency and rate, the benefits and
 * transition costs, the in-house cost, the criteria tree with its weights,
 * the evaluators' scores and the agreed ones, the knock-outs and the
 * compliance and reference scores of the selection stage — and runs
 * vb_decision_compute once. An edit of the project (its "changed" signal)
 * drops the result; the next vb_decision_model_get_result computes it
 * again. Pages and guidance rules read the same result.
 *
 * Indices: vendors are the finalists (and the selected vendor) in the
 * project's order; nodes are the criteria tree depth-first in order
 * (a category, then its criteria); quotes are one per vendor that has one.
 */

#pragma once

#include "vb-criterion.h"
#include "vb-decision.h"
#include "vb-evaluator.h"
#include "vb-project.h"
#include "vb-vendor-quote.h"
#include "vb-vendor-scores.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_DECISION_MODEL (vb_decision_model_get_type ())
G_DECLARE_FINAL_TYPE (VbDecisionModel, vb_decision_model, VB, DECISION_MODEL, GObject)

/* Returns: (transfer none): the project's model, made on first use */
VbDecisionModel        *vb_decision_model_get_for_project (VbProject       *project);
/* Returns: (transfer full): a model of its own (the tests, the CLI) */
VbDecisionModel        *vb_decision_model_new             (VbProject       *project);

/* Returns: (transfer none): the result, computed now if an edit dropped
 * it; valid until the next edit */
const VbDecisionResult *vb_decision_model_get_result      (VbDecisionModel *self);
/* Returns: (transfer none): what the result was computed from */
const VbDecisionInput  *vb_decision_model_get_input       (VbDecisionModel *self);
/* How many times vb_decision_compute ran (once per edit at most) */
guint                   vb_decision_model_get_n_computes  (VbDecisionModel *self);
/* How many times a finalist's selection results were computed (tests) */
guint                   vb_decision_model_get_n_vendor_computes (VbDecisionModel *self);

guint                   vb_decision_model_get_n_vendors   (VbDecisionModel *self);
VbVendor               *vb_decision_model_get_vendor      (VbDecisionModel *self,
                                                           guint            vendor);
/* −1 when @vendor is not a finalist */
int                     vb_decision_model_find_vendor     (VbDecisionModel *self,
                                                           VbVendor        *vendor);
/* The vendor's compliance, requirement and reference results, with the
 * knock-outs (and their exceptions) that disqualify it */
const VbVendorScores   *vb_decision_model_get_vendor_scores (VbDecisionModel *self,
                                                           guint            vendor);
guint                   vb_decision_model_get_n_nodes     (VbDecisionModel *self);
VbCriterion            *vb_decision_model_get_node        (VbDecisionModel *self,
                                                           guint            node);
int                     vb_decision_model_find_node       (VbDecisionModel *self,
                                                           VbCriterion     *criterion);
guint                   vb_decision_model_get_n_evaluators (VbDecisionModel *self);
VbEvaluator            *vb_decision_model_get_evaluator   (VbDecisionModel *self,
                                                           guint            evaluator);
/* The row of the input's quote @quote (in the order of input->quotes) */
VbVendorQuote          *vb_decision_model_get_quote       (VbDecisionModel *self,
                                                           guint            quote);
/* The in-house cost the ROI is computed against: the project's entered
 * one, or the task inventory's (the tasks planned for outsourcing); NAN
 * when neither is known. @from_tasks: (out) (optional) */
double                  vb_decision_model_get_in_house_cost (VbDecisionModel *self,
                                                           gboolean        *from_tasks);

G_END_DECLS
