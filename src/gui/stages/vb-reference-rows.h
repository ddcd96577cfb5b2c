/* vb-reference-rows.h — the rows of the References page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-reference.h"
#include "vb-selection-score.h"
#include "vb-vendor-scores.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

char      *vb_reference_score_text        (VbReferenceScore *score);
GtkWidget *vb_reference_vendor_row_new    (VbVendor         *vendor);
void       vb_reference_vendor_row_update (GtkWidget        *row);
GtkWidget *vb_reference_row_new           (VbReference      *reference);
void       vb_reference_issues_fill       (GtkWidget        *box,
                                           VbReferenceScore *score);

G_END_DECLS
