/* vb-guide.h — the guidance engine: what to do next, and the pitfalls
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One rules engine (DESIGN.md §1): each rule reads the project and yields
 * findings — stage, kind, one plain sentence, and the action that fixes it
 * — which the dashboard, the foot of every stage page and the editors only
 * display. Findings are computed, never stored; a dismissal is stored with
 * its reason and hides the finding until its data changes.
 */

#pragma once

#include <gio/gio.h>

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-stage.h"

G_BEGIN_DECLS

/* What a finding's button does, on its stage's page */
typedef enum {
  VB_FINDING_ACTION_SHOW,   /* show the stage (and the subject, if any) */
  VB_FINDING_ACTION_ADD,    /* add a row of the subject type (to the subject, when there is one) */
  VB_FINDING_ACTION_EDIT,   /* open the subject's editor at the field */
  VB_FINDING_ACTION_LIST,   /* show the rows of the subject type, filtered */
} VbFindingAction;

#define VB_TYPE_FINDING (vb_finding_get_type ())
G_DECLARE_FINAL_TYPE (VbFinding, vb_finding, VB, FINDING, GObject)

const char     *vb_finding_get_rule_id     (VbFinding *self);
VbStage         vb_finding_get_stage       (VbFinding *self);
VbFindingKind   vb_finding_get_kind        (VbFinding *self);
const char     *vb_finding_get_message     (VbFinding *self);
const char     *vb_finding_get_action_label (VbFinding *self);
VbFindingAction vb_finding_get_action      (VbFinding *self);
GType           vb_finding_get_subject_type (VbFinding *self);
const char     *vb_finding_get_subject     (VbFinding *self);
const char     *vb_finding_get_field       (VbFinding *self);
int             vb_finding_get_filter      (VbFinding *self);
const char     *vb_finding_get_fingerprint (VbFinding *self);
const char     *vb_finding_get_dismissal_reason (VbFinding *self);
const char     *vb_finding_get_dismissed_by (VbFinding *self);

#define VB_TYPE_GUIDE (vb_guide_get_type ())
G_DECLARE_FINAL_TYPE (VbGuide, vb_guide, VB, GUIDE, GObject)

VbGuide       *vb_guide_new                (VbProject      *project);
void           vb_guide_refresh            (VbGuide        *self);
VbProject     *vb_guide_get_project        (VbGuide        *self);
GListModel    *vb_guide_get_findings       (VbGuide        *self);
GListModel    *vb_guide_get_dismissed      (VbGuide        *self);
GPtrArray     *vb_guide_get_stage_findings (VbGuide        *self,
                                            VbStage         stage);
GPtrArray     *vb_guide_get_subject_findings (VbGuide      *self,
                                            const char     *subject);
VbFinding     *vb_guide_lookup             (VbGuide        *self,
                                            const char     *rule_id,
                                            const char     *subject);
gboolean       vb_guide_stage_is_complete  (VbGuide        *self,
                                            VbStage         stage);
guint          vb_guide_count_open         (VbGuide        *self,
                                            VbStage         stage,
                                            VbFindingKind   kind);
guint          vb_guide_count_next_steps   (VbGuide        *self,
                                            VbStage         stage);
double         vb_guide_get_progress       (VbGuide        *self);
gboolean       vb_guide_get_next_stage     (VbGuide        *self,
                                            VbStage        *stage);
gboolean       vb_guide_dismiss            (VbGuide        *self,
                                            VbFinding      *finding,
                                            const char     *reason,
                                            GError        **error);
gboolean       vb_guide_restore            (VbGuide        *self,
                                            VbFinding      *finding,
                                            GError        **error);

G_END_DECLS
