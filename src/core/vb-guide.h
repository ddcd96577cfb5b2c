/* vb-guide.h — the guidance engine: what to do next, and the pitfalls
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vb-project.h"

G_BEGIN_DECLS

typedef enum {
  VB_STAGE_DASHBOARD,
  VB_STAGE_GOALS,
  VB_STAGE_REQUIREMENTS,
  VB_STAGE_SECURITY,
  VB_STAGE_VENDORS,
  VB_STAGE_RESPONSES,
  VB_STAGE_REFERENCES,
  VB_STAGE_PRICING,
  VB_STAGE_SCORING,
  VB_STAGE_PILOT,
  VB_STAGE_SLAS,
  VB_STAGE_WORKFLOWS,
  VB_STAGE_TRANSITION,
  VB_STAGE_RESULTS,
  VB_N_STAGES
} VbStage;

/* In order of importance */
typedef enum {
  VB_FINDING_BLOCKER,
  VB_FINDING_WARNING,
  VB_FINDING_NEXT_STEP,
} VbFindingKind;

const char    *vb_stage_get_id          (VbStage     stage);
const char    *vb_stage_get_title       (VbStage     stage);
gboolean       vb_stage_is_available    (VbStage     stage);
gboolean       vb_stage_from_id         (const char *id,
                                         VbStage    *stage);
const char    *vb_finding_kind_to_string (VbFindingKind kind);

#define VB_TYPE_FINDING (vb_finding_get_type ())
G_DECLARE_FINAL_TYPE (VbFinding, vb_finding, VB, FINDING, GObject)

const char    *vb_finding_get_rule_id     (VbFinding *self);
VbStage        vb_finding_get_stage       (VbFinding *self);
VbFindingKind  vb_finding_get_kind        (VbFinding *self);
const char    *vb_finding_get_message     (VbFinding *self);
const char    *vb_finding_get_action_label (VbFinding *self);
const char    *vb_finding_get_subject     (VbFinding *self);
const char    *vb_finding_get_fingerprint (VbFinding *self);
const char    *vb_finding_get_dismissal_reason (VbFinding *self);
const char    *vb_finding_get_dismissed_by (VbFinding *self);

#define VB_TYPE_GUIDE (vb_guide_get_type ())
G_DECLARE_FINAL_TYPE (VbGuide, vb_guide, VB, GUIDE, GObject)

VbGuide       *vb_guide_new               (VbProject      *project);
void           vb_guide_refresh           (VbGuide        *self);
GListModel    *vb_guide_get_findings      (VbGuide        *self);
GListModel    *vb_guide_get_dismissed     (VbGuide        *self);
GPtrArray     *vb_guide_get_stage_findings (VbGuide       *self,
                                           VbStage         stage);
gboolean       vb_guide_stage_is_complete (VbGuide        *self,
                                           VbStage         stage);
guint          vb_guide_count_open        (VbGuide        *self,
                                           VbStage         stage,
                                           VbFindingKind   kind);
double         vb_guide_get_progress      (VbGuide        *self);
gboolean       vb_guide_dismiss           (VbGuide        *self,
                                           VbFinding      *finding,
                                           const char     *reason,
                                           GError        **error);
gboolean       vb_guide_restore           (VbGuide        *self,
                                           VbFinding      *finding,
                                           GError        **error);

/* For the rules (vb-guide-rules.c) */
typedef struct _VbGuideContext VbGuideContext;

typedef void (*VbRuleFunc) (VbGuideContext *ctx);

typedef struct {
  const char    *id;
  VbStage        stage;
  VbFindingKind  kind;
  VbRuleFunc     evaluate;
} VbRule;

VbProject     *vb_guide_context_get_project (VbGuideContext *ctx);
void           vb_guide_context_emit        (VbGuideContext *ctx,
                                             const char     *subject,
                                             const char     *fingerprint,
                                             const char     *action_label,
                                             const char     *format,
                                             ...) G_GNUC_PRINTF (5, 6);

const VbRule  *vb_guide_rules               (guint          *n_rules);

G_END_DECLS
