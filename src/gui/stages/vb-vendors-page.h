/* vb-vendors-page.h — stage 4: vendors
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_VENDORS_PAGE (vb_vendors_page_get_type ())

G_DECLARE_FINAL_TYPE (VbVendorsPage, vb_vendors_page, VB, VENDORS_PAGE, GtkWidget)

G_END_DECLS
