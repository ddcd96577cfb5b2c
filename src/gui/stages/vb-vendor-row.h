/* vb-vendor-row.h — one vendor in the Vendors list
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-vendor.h"

G_BEGIN_DECLS

GtkWidget *vb_vendor_row_new (VbVendor *vendor);

G_END_DECLS
