/* vb-scoring-private.h — between vb-scoring.c and vb-sensitivity.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-scoring.h"

G_BEGIN_DECLS

/* Fills result->tipping and result->n_critical from the totals, the cells
 * and the weights already in @result */
void vb_scoring_compute_tipping (VbScoringResult *result,
                                 double           critical_margin_pct);

G_END_DECLS
