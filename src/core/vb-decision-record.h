/* vb-decision-record.h — the project's one current decision, the vendors
 * it rejects, and the pre-signing checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project has at most one decision row. Selecting a vendor (the vendor
 * rule, vb_vendor_select) makes or updates it as a draft for that vendor in
 * the same edit; deselecting the vendor clears a draft. Recording it
 * (rationale, date, who, the vendors rejected and why) makes it the current
 * decision; recording again, or selecting another vendor, supersedes the
 * recorded one: the activity log keeps it, the file keeps one row. (The
 * decision engine, vb_decision_compute, is vb-decision.h.)
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_DECISION (vb_decision_get_type ())
G_DECLARE_FINAL_TYPE (VbDecision, vb_decision, VB, DECISION, VbRecord)
#define VB_TYPE_DECISION_REJECTION (vb_decision_rejection_get_type ())
G_DECLARE_FINAL_TYPE (VbDecisionRejection, vb_decision_rejection, VB, DECISION_REJECTION, VbRecord)
#define VB_TYPE_CHECKLIST_ITEM (vb_checklist_item_get_type ())
G_DECLARE_FINAL_TYPE (VbChecklistItem, vb_checklist_item, VB, CHECKLIST_ITEM, VbRecord)

/* A vendor not chosen, and why: the input of vb_decision_record */
typedef struct {
  VbVendor   *vendor;
  const char *reason;
} VbRejectedVendor;

VbVendor         *vb_decision_get_vendor          (VbDecision *self);
const char       *vb_decision_get_rationale       (VbDecision *self);
const char       *vb_decision_get_decided_on      (VbDecision *self);
const char       *vb_decision_get_decided_by      (VbDecision *self);
VbDecisionStatus  vb_decision_get_status          (VbDecision *self);
gboolean          vb_decision_get_unmet_confirmed (VbDecision *self);
gboolean          vb_decision_is_recorded         (VbDecision *self);
/* The rejected vendors (VbDecisionRejection) in their order */
GListModel       *vb_decision_get_rejections      (VbDecision *self);

/* Records the decision for its vendor as ONE edit: @rationale, @date
 * (YYYY-MM-DD) and @who are required; @rejections (nullable) ends with an
 * entry whose vendor is NULL and replaces the rejected vendors (each needs
 * a reason and is not the chosen one); @unmet_confirmed: the user
 * confirmed recording with checklist items unmet. A decision recorded
 * before is superseded: the activity log names its vendor, date and who. */
gboolean          vb_decision_record              (VbDecision              *self,
                                                   const char              *rationale,
                                                   const char              *date,
                                                   const char              *who,
                                                   const VbRejectedVendor  *rejections,
                                                   gboolean                 unmet_confirmed,
                                                   GError                 **error);

VbDecision       *vb_decision_rejection_get_decision (VbDecisionRejection *self);
VbVendor         *vb_decision_rejection_get_vendor   (VbDecisionRejection *self);
const char       *vb_decision_rejection_get_reason   (VbDecisionRejection *self);

const char       *vb_checklist_item_get_item_key  (VbChecklistItem *self);
gboolean          vb_checklist_item_get_met       (VbChecklistItem *self);
const char       *vb_checklist_item_get_note      (VbChecklistItem *self);
gboolean          vb_checklist_item_set_met       (VbChecklistItem *self, gboolean value, GError **error);
gboolean          vb_checklist_item_set_note      (VbChecklistItem *self, const char *value, GError **error);

/* Returns: (transfer none) (nullable): the current decision (draft or recorded) */
VbDecision       *vb_project_get_decision         (VbProject   *project);
GListModel       *vb_project_get_checklist_items  (VbProject   *project);
/* Returns: (transfer none) (nullable) */
VbChecklistItem  *vb_project_find_checklist_item  (VbProject   *project,
                                                   const char  *key);
/* Ticks (or unticks) the item @key with a note (NULL: keep it), one edit,
 * adding its row when needed */
gboolean          vb_project_tick_checklist_item  (VbProject   *project,
                                                   const char  *key,
                                                   gboolean     met,
                                                   const char  *note,
                                                   GError     **error);

G_END_DECLS
