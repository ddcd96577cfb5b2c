/* vb-vendor-quote.h — a vendor's quote and its price lines
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A quote holds what is priced once for the vendor (fees, minimums, term,
 * currency); each line prices one channel or all of them with its own
 * model and rate. A one-time fee left empty has not been asked yet; 0
 * means the vendor confirmed there is none. (The pricing maths is in
 * vb-pricing.h, whose VbQuote is what this row becomes.)
 */

#pragma once

#include "vb-enums.h"
#include "vb-pricing.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_VENDOR_QUOTE (vb_vendor_quote_get_type ())
G_DECLARE_FINAL_TYPE (VbVendorQuote, vb_vendor_quote, VB, VENDOR_QUOTE, VbRecord)

#define VB_TYPE_VENDOR_QUOTE_LINE (vb_vendor_quote_line_get_type ())
G_DECLARE_FINAL_TYPE (VbVendorQuoteLine, vb_vendor_quote_line, VB, VENDOR_QUOTE_LINE, VbRecord)

VbVendor   *vb_vendor_quote_get_vendor              (VbVendorQuote *self);
/* "" : the project's currency */
const char *vb_vendor_quote_get_currency            (VbVendorQuote *self);
const char *vb_vendor_quote_get_notes               (VbVendorQuote *self);
/* NAN: not given (for a one-time fee: not asked yet) */
double      vb_vendor_quote_get_exchange_rate       (VbVendorQuote *self);
double      vb_vendor_quote_get_fixed_monthly       (VbVendorQuote *self);
double      vb_vendor_quote_get_setup_fee           (VbVendorQuote *self);
double      vb_vendor_quote_get_training_per_agent  (VbVendorQuote *self);
double      vb_vendor_quote_get_integration_fee     (VbVendorQuote *self);
double      vb_vendor_quote_get_monthly_extras      (VbVendorQuote *self);
double      vb_vendor_quote_get_minimum_monthly_fee (VbVendorQuote *self);
double      vb_vendor_quote_get_minimum_hours       (VbVendorQuote *self);
double      vb_vendor_quote_get_minimum_fte         (VbVendorQuote *self);
double      vb_vendor_quote_get_termination_fee     (VbVendorQuote *self);
/* months, 0: not known */
int         vb_vendor_quote_get_term_months         (VbVendorQuote *self);
/* NOT_ASKED while setup, training and integration fees are all empty;
 * NONE when each is 0; LISTED otherwise */
VbFeesState vb_vendor_quote_get_fees_state          (VbVendorQuote *self);

gboolean    vb_vendor_quote_set_currency            (VbVendorQuote *self, const char *value, GError **error);
gboolean    vb_vendor_quote_set_notes               (VbVendorQuote *self, const char *value, GError **error);
gboolean    vb_vendor_quote_set_exchange_rate       (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_fixed_monthly       (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_setup_fee           (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_training_per_agent  (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_integration_fee     (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_monthly_extras      (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_minimum_monthly_fee (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_minimum_hours       (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_minimum_fte         (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_termination_fee     (VbVendorQuote *self, double value, GError **error);
gboolean    vb_vendor_quote_set_term_months         (VbVendorQuote *self, int value, GError **error);
/* "No one-time fees": setup, training and integration 0, one edit */
gboolean    vb_vendor_quote_set_no_fees             (VbVendorQuote *self, GError **error);

GListModel        *vb_vendor_quote_get_lines        (VbVendorQuote *self);
/* A new line, one edit. Two lines of a quote that charge by volume or
 * time (all but BLENDED, the fixed part) cannot price the same scope. */
VbVendorQuoteLine *vb_vendor_quote_add_line         (VbVendorQuote   *self,
                                                     VbChannelScope   scope,
                                                     VbQuoteModel     model,
                                                     double           rate,
                                                     GError         **error);

VbVendorQuote *vb_vendor_quote_line_get_quote       (VbVendorQuoteLine *self);
VbChannelScope vb_vendor_quote_line_get_channel     (VbVendorQuoteLine *self);
VbQuoteModel   vb_vendor_quote_line_get_model       (VbVendorQuoteLine *self);
double         vb_vendor_quote_line_get_rate        (VbVendorQuoteLine *self);
VbHourBasis    vb_vendor_quote_line_get_hour_basis  (VbVendorQuoteLine *self);
gboolean       vb_vendor_quote_line_get_acw_billed  (VbVendorQuoteLine *self);
const char    *vb_vendor_quote_line_get_outcome_unit (VbVendorQuoteLine *self);
/* An outcome line: the share of contacts that end in one, percent (NAN: not known) */
double         vb_vendor_quote_line_get_outcome_pct (VbVendorQuoteLine *self);
double         vb_vendor_quote_line_get_surcharge_pct (VbVendorQuoteLine *self);
double         vb_vendor_quote_line_get_surcharge_share_pct (VbVendorQuoteLine *self);

gboolean       vb_vendor_quote_line_set_channel     (VbVendorQuoteLine *self, VbChannelScope value, GError **error);
gboolean       vb_vendor_quote_line_set_model       (VbVendorQuoteLine *self, VbQuoteModel value, GError **error);
gboolean       vb_vendor_quote_line_set_rate        (VbVendorQuoteLine *self, double value, GError **error);
gboolean       vb_vendor_quote_line_set_hour_basis  (VbVendorQuoteLine *self, VbHourBasis value, GError **error);
gboolean       vb_vendor_quote_line_set_acw_billed  (VbVendorQuoteLine *self, gboolean value, GError **error);
gboolean       vb_vendor_quote_line_set_outcome_unit (VbVendorQuoteLine *self, const char *value, GError **error);
gboolean       vb_vendor_quote_line_set_outcome_pct (VbVendorQuoteLine *self, double value, GError **error);
gboolean       vb_vendor_quote_line_set_surcharge_pct (VbVendorQuoteLine *self, double value, GError **error);
gboolean       vb_vendor_quote_line_set_surcharge_share_pct (VbVendorQuoteLine *self, double value, GError **error);

/* The line's scope as the pricing maths takes it */
gboolean       vb_channel_scope_covers              (VbChannelScope scope,
                                                     VbChannel      channel);

GListModel    *vb_project_get_quotes                (VbProject  *project);
/* Returns: (transfer none) (nullable): the vendor's first quote */
VbVendorQuote *vb_vendor_get_quote                  (VbVendor   *vendor);
/* A new quote for @vendor, one edit */
VbVendorQuote *vb_vendor_add_quote                  (VbVendor   *vendor,
                                                     GError    **error);

G_END_DECLS
