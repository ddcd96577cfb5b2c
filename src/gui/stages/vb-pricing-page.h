/* vb-pricing-page.h — stage 7: pricing & ROI
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_PRICING_PAGE (vb_pricing_page_get_type ())

G_DECLARE_FINAL_TYPE (VbPricingPage, vb_pricing_page, VB, PRICING_PAGE, GtkWidget)

G_END_DECLS
