/* vb-transition-phase.h — a phase of the transition to the vendor
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plan and governance, knowledge transfer, shadowing, reverse shadowing,
 * cut-over, hypercare, steady state (DOMAIN.md), each with its entry and
 * exit criteria and its tasks. A template phase keeps its key when renamed.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_TRANSITION_PHASE (vb_transition_phase_get_type ())

G_DECLARE_FINAL_TYPE (VbTransitionPhase, vb_transition_phase, VB, TRANSITION_PHASE, VbRecord)

typedef struct _VbTransitionItem VbTransitionItem;

const char        *vb_transition_phase_get_key             (VbTransitionPhase *self);
const char        *vb_transition_phase_get_name            (VbTransitionPhase *self);
const char        *vb_transition_phase_get_entry_criteria  (VbTransitionPhase *self);
const char        *vb_transition_phase_get_exit_criteria   (VbTransitionPhase *self);

gboolean           vb_transition_phase_set_name            (VbTransitionPhase *self, const char *name, GError **error);
gboolean           vb_transition_phase_set_entry_criteria  (VbTransitionPhase *self, const char *entry_criteria, GError **error);
gboolean           vb_transition_phase_set_exit_criteria   (VbTransitionPhase *self, const char *exit_criteria, GError **error);

GListModel        *vb_transition_phase_get_items           (VbTransitionPhase *self);
VbTransitionItem  *vb_transition_phase_add_item            (VbTransitionPhase *self, GError **error);

GListModel        *vb_project_get_transition_phases        (VbProject *project);
VbTransitionPhase *vb_project_add_transition_phase         (VbProject *project, GError **error);

G_END_DECLS
