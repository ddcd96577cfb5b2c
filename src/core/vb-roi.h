/* vb-roi.h — the return on the decision: benefits and transition costs
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benefit is an amount a year the change brings (fewer customers lost);
 * a transition cost is a one-time internal cost (our time to hand over).
 * The maths is vb_roi_compute (vb-pricing.h).
 */

#pragma once

#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_ROI_BENEFIT (vb_roi_benefit_get_type ())
G_DECLARE_FINAL_TYPE (VbRoiBenefit, vb_roi_benefit, VB, ROI_BENEFIT, VbRecord)

#define VB_TYPE_ROI_COST (vb_roi_cost_get_type ())
G_DECLARE_FINAL_TYPE (VbRoiCost, vb_roi_cost, VB, ROI_COST, VbRecord)

const char   *vb_roi_benefit_get_description   (VbRoiBenefit *self);
/* NAN: not known yet */
double        vb_roi_benefit_get_annual_amount (VbRoiBenefit *self);
gboolean      vb_roi_benefit_set_description   (VbRoiBenefit *self, const char *value, GError **error);
gboolean      vb_roi_benefit_set_annual_amount (VbRoiBenefit *self, double value, GError **error);

const char   *vb_roi_cost_get_description      (VbRoiCost *self);
double        vb_roi_cost_get_amount           (VbRoiCost *self);
gboolean      vb_roi_cost_set_description      (VbRoiCost *self, const char *value, GError **error);
gboolean      vb_roi_cost_set_amount           (VbRoiCost *self, double value, GError **error);

GListModel   *vb_project_get_roi_benefits      (VbProject  *project);
GListModel   *vb_project_get_transition_costs  (VbProject  *project);
/* Each one edit */
VbRoiBenefit *vb_project_add_roi_benefit       (VbProject   *project,
                                                const char  *description,
                                                double       annual_amount,
                                                GError     **error);
VbRoiCost    *vb_project_add_transition_cost   (VbProject   *project,
                                                const char  *description,
                                                double       amount,
                                                GError     **error);

G_END_DECLS
