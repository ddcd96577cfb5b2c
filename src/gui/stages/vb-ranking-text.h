/* vb-ranking-text.h — the ranking and sensitivity figures in words
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Ranking view writes beside its figures, from the decision
 * model's result; every string is newly allocated and translated.
 */

#pragma once

#include <glib.h>

#include "vb-decision-model.h"

G_BEGIN_DECLS

/* Who leads, and by how much */
char *vb_ranking_text_summary         (VbDecisionModel        *model,
                                       const VbDecisionResult *result);
/* A vendor's totals per category, incomplete scores and knock-outs */
char *vb_ranking_text_vendor_details  (VbDecisionModel        *model,
                                       const VbDecisionResult *result,
                                       guint                   vendor);
/* The negotiation target: how far the leader's price may rise, the price
 * at which another vendor would lead, or why there is none */
char *vb_ranking_text_negotiation     (const VbNegotiationTarget *target,
                                       const char                *currency);
/* A criterion's global weight and tipping point */
char *vb_ranking_text_tipping         (VbDecisionModel        *model,
                                       const VbDecisionResult *result,
                                       guint                   node);
/* Who leads with criterion @node at @weight_pct (@leader: −1 none) */
char *vb_ranking_text_what_if_leader  (VbDecisionModel        *model,
                                       const VbDecisionResult *result,
                                       guint                   node,
                                       double                  weight_pct,
                                       const double           *totals,
                                       int                     leader);

G_END_DECLS
