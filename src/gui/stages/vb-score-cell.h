/* vb-score-cell.h — one cell of the scoring grid, and what opens from it
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-evaluator.h"

G_BEGIN_DECLS

/* A focusable button for the cell (@evaluator NULL: the combined cell),
 * showing what it holds; activating it opens its popover */
GtkWidget   *vb_score_cell_new        (VbContext   *context,
                                       VbEvaluator *evaluator,
                                       VbVendor    *vendor,
                                       VbCriterion *criterion,
                                       const char  *vendor_label);
/* After an edit: what the cell shows */
void         vb_score_cell_update     (GtkWidget   *cell,
                                       gboolean     writable);
VbVendor    *vb_score_cell_get_vendor (GtkWidget   *cell);
VbCriterion *vb_score_cell_get_criterion (GtkWidget *cell);
/* Opens the cell's popover: the score and comment, or for the combined
 * cell each evaluator's score and the agreed score */
void         vb_score_cell_open       (GtkWidget   *cell);

G_END_DECLS
