/* vb-transition-item.h — a task of the transition checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A task of a phase with an owner, a due date, a status and notes; it is
 * overdue once its due date has passed and it is not done. A template
 * task keeps its key when renamed.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-transition-phase.h"

G_BEGIN_DECLS

#define VB_TYPE_TRANSITION_ITEM (vb_transition_item_get_type ())

G_DECLARE_FINAL_TYPE (VbTransitionItem, vb_transition_item, VB, TRANSITION_ITEM, VbRecord)

VbTransitionPhase *vb_transition_item_get_phase              (VbTransitionItem *self);
const char        *vb_transition_item_get_key                (VbTransitionItem *self);
const char        *vb_transition_item_get_title              (VbTransitionItem *self);
const char        *vb_transition_item_get_owner              (VbTransitionItem *self);
const char        *vb_transition_item_get_due_date           (VbTransitionItem *self);
VbItemStatus       vb_transition_item_get_status             (VbTransitionItem *self);
const char        *vb_transition_item_get_notes              (VbTransitionItem *self);

gboolean           vb_transition_item_set_title              (VbTransitionItem *self, const char *title, GError **error);
gboolean           vb_transition_item_set_owner              (VbTransitionItem *self, const char *owner, GError **error);
gboolean           vb_transition_item_set_due_date           (VbTransitionItem *self, const char *date, GError **error);
gboolean           vb_transition_item_set_status             (VbTransitionItem *self, VbItemStatus status, GError **error);
gboolean           vb_transition_item_set_notes              (VbTransitionItem *self, const char *notes, GError **error);

gboolean           vb_transition_item_is_overdue             (VbTransitionItem *self, const GDate *today);

GListModel        *vb_project_next_transition_tasks          (VbProject *project, const GDate *today, guint n);
guint              vb_project_count_overdue_transition_tasks (VbProject *project, const GDate *today);

G_END_DECLS
