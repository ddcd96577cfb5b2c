/* vb-vendor-scores.h — a vendor's compliance, requirement and reference
 * results, read from the project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-selection-score.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

/* The three results of vb-selection-score.c for one vendor. The issues'
 * user_data are the borrowed VbQuestion, VbRequirement and VbReference
 * objects they are about, alive as long as the project is open. */
typedef struct {
  VbComplianceScore   *compliance;
  VbRequirementCheck  *requirements;
  VbReferenceScore    *references;
} VbVendorScores;

VbVendorScores *vb_vendor_scores_compute (VbVendor       *vendor);
void            vb_vendor_scores_free    (VbVendorScores *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbVendorScores, vb_vendor_scores_free)

VbVendor       *vb_project_get_leading_vendor (VbProject *project);

G_END_DECLS
