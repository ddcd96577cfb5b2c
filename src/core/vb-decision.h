/* vb-decision.h — the decision engine: one recompute per edit
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One call staffs the forecast, prices every quote on it (with the ±20 %
 * volume / ±10 % handle-time table and the return on each), feeds the
 * price criterion from those prices, ranks the vendors with their tipping
 * points and disagreement flags, and works out the negotiation targets.
 * The pages and guidance read the result; nothing is recomputed per rule.
 * Plain C over typed inputs: the caller fills them from the store, the
 * tests by hand. Amounts of the result are in the project's currency.
 */

#pragma once

#include <glib.h>

#include "vb-pricing.h"
#include "vb-scoring.h"
#include "vb-staffing.h"

G_BEGIN_DECLS

/* A vendor's quote: @vendor is its index in the scoring model (or, without
 * a model, any number the caller wants back) */
typedef struct {
  guint          vendor;
  const VbQuote *quote;
} VbDecisionQuote;

typedef struct {
  VbStaffingParams         params;
  const VbForecastChannel *channels;
  guint                    n_channels;
  /* at most one quote a vendor: a later one for the same vendor is ignored */
  const VbDecisionQuote   *quotes;
  guint                    n_quotes;
  const VbRoiInput        *roi;             /* NULL: no in-house cost, ROI not computed */
  /* The scoring model (NULL: pricing only). The engine writes the price
   * criterion's values into it: 100 × lowest annual cost ÷ the vendor's,
   * NAN for a vendor without a priced quote. */
  VbScoringModel          *scoring;
  int                      price_criterion; /* its node, −1: none */
  gboolean                 skip_cost_table; /* leave the ±20 % / ±10 % tables out */
} VbDecisionInput;

typedef struct {
  guint         vendor;
  gboolean      ignored;          /* a second quote for the same vendor */
  gboolean      complete;         /* vb_quote_price returned TRUE */
  VbQuotePrice  price;            /* gaps: what is missing, in words */
  gboolean      has_roi;
  VbRoiResult   roi;
  double        cost_table[3][3]; /* annual cost: [volume −20 %, as is, +20 %][handle time −10 %, as is, +10 %] */
} VbDecisionQuoteResult;

/* What a vendor's price would have to be (a result: no GEnum) */
typedef enum {
  VB_NEGOTIATION_NOT_APPLICABLE, /* no price criterion, disqualified, fewer than two ranked vendors */
  VB_NEGOTIATION_TARGET,         /* not the leader: it leads below target_price */
  VB_NEGOTIATION_NO_PRICE,       /* not the leader, and no price is low enough: the gap is not in price */
  VB_NEGOTIATION_HEADROOM,       /* the leader: it keeps the lead up to target_price */
  VB_NEGOTIATION_UNLIMITED,      /* the leader at any price */
} VbNegotiationKind;

typedef struct {
  VbNegotiationKind kind;
  double            current_price;  /* its annual cost, NAN: no priced quote */
  /* TARGET: the annual price at which it draws level with the leader (it
   * leads below it); HEADROOM: the price at which another vendor draws
   * level (it keeps the lead below it); INFINITY for UNLIMITED, and for
   * TARGET when a vendor without a priced quote would lead at any price;
   * else NAN */
  double            target_price;
  double            change;         /* target − current: a cut (< 0) or the headroom (> 0); NAN when not known */
  int               rival;          /* who leads at the target price: the vendor it overtakes or that overtakes it; −1 */
} VbNegotiationTarget;

typedef struct {
  /* staffing */
  guint                    n_channels;
  VbStaffingChannelResult *staffing;       /* n_channels */
  gboolean                *staffed;        /* n_channels */
  char                   **staffing_errors;/* n_channels, NULL where staffed */
  guint                    n_unstaffed;
  VbStaffingTotals         totals;
  /* pricing, in the order of the input */
  guint                    n_quotes;
  VbDecisionQuoteResult   *quotes;
  /* per vendor of the scoring model (n_vendors, 0 without a model) */
  guint                    n_vendors;
  double                  *vendor_cost;    /* the annual cost fed to the price criterion, NAN: none */
  double                   lowest_cost;    /* among vendors not disqualified; NAN: none */
  VbScoringResult         *scoring;        /* NULL without a model */
  VbNegotiationTarget     *negotiation;    /* n_vendors */
} VbDecisionResult;

VbDecisionResult *vb_decision_compute     (const VbDecisionInput *input);
void              vb_decision_result_free (VbDecisionResult      *result);

/* The negotiation target of @vendor, solved in closed form from the
 * price-score formula (vb-decision.c); the engine calls it for every vendor
 * and the tests check it against a bisection.
 * @base[v]: v's total without the price criterion (0 … 1 of the global
 * weights), @cost[v]: its annual cost (INFINITY: no price, scores 0),
 * @ranked[v]: takes part in the ranking; @w: the price criterion's global
 * weight, 0 … 1. */
void              vb_negotiation_solve    (const double          *base,
                                           const double          *cost,
                                           const gboolean        *ranked,
                                           guint                  n_vendors,
                                           double                 w,
                                           guint                  vendor,
                                           int                    leader,
                                           VbNegotiationTarget   *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbDecisionResult, vb_decision_result_free)

G_END_DECLS
