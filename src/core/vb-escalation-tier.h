/* vb-escalation-tier.h — a support tier (1–3) and what it handles
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_ESCALATION_TIER (vb_escalation_tier_get_type ())

G_DECLARE_FINAL_TYPE (VbEscalationTier, vb_escalation_tier, VB, ESCALATION_TIER, VbRecord)

int               vb_escalation_tier_get_level     (VbEscalationTier *self);
const char       *vb_escalation_tier_get_handles   (VbEscalationTier *self);

gboolean          vb_escalation_tier_set_level     (VbEscalationTier *self, int level, GError **error);
gboolean          vb_escalation_tier_set_handles   (VbEscalationTier *self, const char *handles, GError **error);

GListModel       *vb_project_get_escalation_tiers  (VbProject *project);
VbEscalationTier *vb_project_add_escalation_tier   (VbProject *project, GError **error);
VbEscalationTier *vb_project_add_next_escalation_tier (VbProject *project, GError **error);

G_END_DECLS
