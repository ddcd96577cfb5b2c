/* vb-pricing.h — every quote priced on the one forecast, and its return
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over typed inputs the caller fills from the store. An
 * amount that is not known is NAN: unknown is never taken as zero, it is
 * reported as missing. Amounts of a quote are in the quote's currency;
 * results are in the project's.
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"
#include "vb-staffing.h"

G_BEGIN_DECLS

/* The hours a per-hour rate is paid on: VbHourBasis (vb-enums.h, the
 * quote_line table's "hour_basis"). */

/* Whether the quote lists its one-time fees. To become a GEnum in
 * vb-enums.c when the schema stores it. */
typedef enum {
  VB_FEES_NOT_ASKED,         /* nothing known yet: the first year cannot be priced */
  VB_FEES_NONE,              /* the vendor confirmed there are none */
  VB_FEES_LISTED,            /* the fees below */
} VbFeesState;

/* One line of a quote. BLENDED is the fixed part of a price: its rate is
 * an amount a month, whatever the volume; combine it with variable lines
 * (a fixed fee and a rate per contact) for a blended price. */
typedef struct {
  gboolean     all_channels;    /* otherwise `channel` only */
  VbChannel    channel;
  VbQuoteModel model;
  double       rate;            /* NAN: no rate yet */
  VbHourBasis  hour_basis;      /* PER_HOUR */
  gboolean     acw_billed;      /* PER_MINUTE: after-contact work is billed too */
  const char  *outcome_unit;    /* OUTCOME: what is paid for ("sale", "resolved ticket") */
  double       outcome_pct;     /* OUTCOME: contacts that end in one, percent (NAN: unknown) */
} VbQuoteLine;

typedef struct {
  const char *name;             /* "setup", "training" … */
  double      amount;           /* NAN: the vendor has not said how much */
  gboolean    per_agent;        /* paid for every agent trained */
} VbOneTimeFee;

typedef struct {
  const VbQuoteLine  *lines;
  guint               n_lines;
  VbFeesState         fees_state;
  const VbOneTimeFee *fees;
  guint               n_fees;
  double              minimum_monthly;  /* NAN or 0: none */
  double              minimum_hours;    /* hours billed a month at least, on the per-hour lines (NAN or 0: none) */
  double              minimum_fte;      /* headcount billed a month at least, on the per-FTE lines (NAN or 0: none) */
  guint               term_months;      /* 0: not known */
  double              surcharge_pct;    /* peak or holiday surcharge on … (NAN or 0: none) */
  double              surcharge_share_pct; /* … this share of the volume */
  double              exchange_rate;    /* 1 unit of the quote's currency = this many of the project's; NAN: not known */
  double              termination_fee;  /* to end the contract before the term; 0: none, NAN: not known */
} VbQuote;

typedef enum {
  VB_PRICE_GAP_NO_RATE,             /* a line without a rate */
  VB_PRICE_GAP_CHANNEL_NOT_COVERED, /* a channel of the forecast no line prices */
  VB_PRICE_GAP_NO_STAFFING,         /* a per-FTE or per-hour line on a channel that cannot be staffed */
  VB_PRICE_GAP_NO_OUTCOME_SHARE,    /* an outcome line without the share of contacts that end in one */
  VB_PRICE_GAP_NO_ACW,              /* per minute without after-contact work, its length unknown */
  VB_PRICE_GAP_FEES_NOT_ASKED,
  VB_PRICE_GAP_FEE_AMOUNT,          /* a listed fee without an amount */
  VB_PRICE_GAP_NO_TERM,
  VB_PRICE_GAP_NO_EXCHANGE_RATE,
  VB_PRICE_GAP_SURCHARGE_SHARE,     /* a surcharge without the share of the volume it applies to */
  VB_PRICE_GAP_TERMINATION_FEE,     /* what ending early costs is not known */
} VbPriceGapKind;

typedef struct {
  VbPriceGapKind kind;
  int            line;          /* index of the line, −1 for the quote */
  VbChannel      channel;       /* for gaps of a channel */
  char          *message;       /* in words, translated */
} VbPriceGap;

typedef struct {
  double     monthly_cost[12];  /* recurring, after surcharge and minimum */
  gboolean   minimum_applied[12];
  double     annual_cost;       /* a year of recurring cost */
  double     one_time_fees;     /* in full */
  double     first_year_cost;   /* annual + one-time fees in full */
  double     term_cost;         /* recurring over the term + one-time fees */
  double     annual_cost_spread;/* term cost ÷ term × 12: one-time fees spread over the term */
  double     contacts;          /* a year of the forecast */
  double     cost_per_contact;  /* annual_cost_spread ÷ contacts */
  /* What ending the contract after its first month costs on top of that
   * month: the termination fee, converted. (The one-time fees are spent by
   * then either way.) */
  double     termination_exposure;
  GPtrArray *gaps;              /* of VbPriceGap: what is missing to price it */
} VbQuotePrice;

/* Prices `quote` on the staffed forecast (`channels` and their staffing
 * `staffing`, n_channels of each; `staffed[i]` FALSE for a channel whose
 * staffing failed, NULL when all succeeded). Figures that depend on
 * something missing are NAN, and the missing things are in price->gaps.
 * Returns TRUE when the quote could be priced completely. */
gboolean vb_quote_price             (const VbQuote                 *quote,
                                     const VbForecastChannel       *channels,
                                     const VbStaffingChannelResult *staffing,
                                     const gboolean                *staffed,
                                     guint                          n_channels,
                                     VbQuotePrice                  *price);
void     vb_quote_price_clear       (VbQuotePrice                  *price);

/* The annual cost of `quote` when the forecast is off: rows volume −20 %,
 * as forecast, +20 %; columns handle time −10 %, as forecast, +10 %. Each
 * cell restaffs the scaled forecast and reprices; NAN where the quote
 * cannot be priced. */
#define VB_PRICING_VOLUME_SWING 0.20
#define VB_PRICING_AHT_SWING    0.10

void     vb_quote_price_sensitivity (const VbQuote                 *quote,
                                     const VbStaffingParams        *params,
                                     const VbForecastChannel       *channels,
                                     guint                          n_channels,
                                     double                         annual_cost[3][3]);

/* ── Return on the decision ───────────────────────────────────────────── */

typedef struct {
  const char *description;      /* "fewer customers lost" */
  double      annual_amount;
} VbBenefit;

typedef struct {
  const char *description;      /* "our time to write the knowledge base" */
  double      amount;           /* one time, internal */
} VbTransitionCost;

typedef struct {
  double                  in_house_annual;  /* what the work costs in-house a year */
  const VbBenefit        *benefits;
  guint                   n_benefits;
  const VbTransitionCost *transition;
  guint                   n_transition;
} VbRoiInput;

#define VB_TCO_YEARS 3

typedef struct {
  double benefits;              /* a year */
  double transition;            /* one time */
  double annual_saving;         /* in-house − vendor's annual cost + benefits */
  double first_year_saving;     /* annual saving − one-time fees − transition costs, in full */
  double term_annual_saving;    /* annual saving − (one-time fees + transition) spread over the term */
  double payback_months;        /* one-time fees and transition ÷ monthly saving; NAN: never or not known */
  gboolean payback_never;       /* no saving a month: it never pays back */
  double tco_in_house;          /* 3 years in-house */
  double tco_vendor;            /* 3 years of the vendor: recurring, one-time fees, transition */
  double term_net;              /* over the term: in-house + benefits − vendor − transition */
  double roi_pct;               /* term_net ÷ (vendor term cost + transition) × 100 */
} VbRoiResult;

/* NAN figures of `price` make the figures that need them NAN */
void     vb_roi_compute             (const VbRoiInput              *input,
                                     const VbQuote                 *quote,
                                     const VbQuotePrice            *price,
                                     VbRoiResult                   *result);

G_END_DECLS
