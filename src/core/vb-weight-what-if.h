/* vb-weight-what-if.h — applying a what-if weight to the saved weights
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The what-if slider of the sensitivity view moves one criterion's global
 * weight and scales every other one so that they still sum to 100 %
 * (vb_scoring_result_what_if). Applying it writes the local weights that
 * give exactly those global weights — the criterion's category grows or
 * shrinks, the other categories scale — in ONE edit (one undo step).
 */

#pragma once

#include "vb-criterion.h"
#include "vb-decision-model.h"

G_BEGIN_DECLS

/* Sets @criterion's global weight to @weight_pct (0 … 100) as the what-if
 * does, from @model's current result, writing every group's local weights
 * (and, with SMART weighting, the points: the same numbers) in one edit;
 * with AHP weighting the project's weighting becomes direct in the same
 * edit (the judgements are kept).
 * Refused for a category, a criterion left out, or one that holds all the
 * weight (there is nothing to scale). */
gboolean vb_decision_model_apply_what_if (VbDecisionModel  *model,
                                          VbCriterion      *criterion,
                                          double            weight_pct,
                                          GError          **error);

G_END_DECLS
