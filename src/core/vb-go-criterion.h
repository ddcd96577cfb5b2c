/* vb-go-criterion.h — one go / no-go criterion of a pilot
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A criterion is either tied to an SLA (met when the SLA is met) or a
 * yes / no condition in words with its result: setting the one clears
 * the other, in the same edit. It goes with its pilot.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-pilot.h"
#include "vb-sla.h"

G_BEGIN_DECLS

#define VB_TYPE_GO_CRITERION (vb_go_criterion_get_type ())

G_DECLARE_FINAL_TYPE (VbGoCriterion, vb_go_criterion, VB, GO_CRITERION, VbRecord)

VbPilot    *vb_go_criterion_get_pilot      (VbGoCriterion *self);
VbSla      *vb_go_criterion_get_sla        (VbGoCriterion *self);
const char *vb_go_criterion_get_condition  (VbGoCriterion *self);
VbMetState  vb_go_criterion_get_met        (VbGoCriterion *self);

gboolean    vb_go_criterion_set_sla        (VbGoCriterion *self, VbSla *sla, GError **error);
gboolean    vb_go_criterion_set_condition  (VbGoCriterion *self, const char *condition, GError **error);
gboolean    vb_go_criterion_set_met        (VbGoCriterion *self, VbMetState met, GError **error);
gboolean    vb_go_criterion_is_sla         (VbGoCriterion *self);

G_END_DECLS
