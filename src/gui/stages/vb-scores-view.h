/* vb-scores-view.h — the Scoring & Decision page's "Scores" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-criterion.h"
#include "vb-evaluator.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_SCORES_VIEW (vb_scores_view_get_type ())

G_DECLARE_FINAL_TYPE (VbScoresView, vb_scores_view, VB, SCORES_VIEW, GtkWidget)

GtkWidget   *vb_scores_view_new           (VbContext    *context);
void         vb_scores_view_set_writable  (VbScoresView *self,
                                           gboolean      writable);
/* The grid of one evaluator, or NULL: the combined scores */
void         vb_scores_view_set_evaluator (VbScoresView *self,
                                           VbEvaluator  *evaluator);
VbEvaluator *vb_scores_view_get_evaluator (VbScoresView *self);
gboolean     vb_scores_view_get_blind     (VbScoresView *self);
/* Puts the keyboard on a cell (NULL: the first) */
void         vb_scores_view_focus_cell    (VbScoresView *self,
                                           VbVendor     *vendor,
                                           VbCriterion  *criterion);
GtkWidget   *vb_scores_view_get_initial_focus (VbScoresView *self);

G_END_DECLS
