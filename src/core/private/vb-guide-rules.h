/* vb-guide-rules.h — the rules of the guidance engine, by stage
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the rules: each stage's file (vb-guide-rules-<stage>.c)
 * defines its rule functions; the one table in vb-guide-rules.c lists them
 * with their stage, kind, action and the tables they read.
 */

#pragma once

#include "vb-guide-private.h"
#include "vb-record.h"
#include "vb-transition-phase.h"

G_BEGIN_DECLS

/* shared by the stages' rules (vb-guide-rules.c) */
const char *vb_guide_label_or      (VbRecord      *row,
                                    const char    *fallback);
VbRecord   *vb_guide_first_example (GListModel    *rows,
                                    guint         *count);
/* the phase of a stable key, and the day the rules judge by
 * (vb-guide-rules-handover.c) */
VbTransitionPhase *vb_guide_find_phase (VbProject *project,
                                        const char *key);
void        vb_guide_today         (VbProject     *project,
                                    GDate         *today);

/* Goals & scope (vb-guide-rules-goals.c) */
void rule_no_objective             (VbRuleContext *ctx);
void rule_objective_without_target (VbRuleContext *ctx);
void rule_example_objectives       (VbRuleContext *ctx);
void rule_team_hours               (VbRuleContext *ctx);
void rule_team_languages           (VbRuleContext *ctx);
void rule_example_team             (VbRuleContext *ctx);
void rule_no_task                  (VbRuleContext *ctx);
void rule_task_incomplete          (VbRuleContext *ctx);
void rule_example_tasks            (VbRuleContext *ctx);
void rule_outsource_against_rule   (VbRuleContext *ctx);
void rule_too_much_too_early       (VbRuleContext *ctx);

/* Vendors (vb-guide-rules-vendors.c) */
void rule_too_few_vendors          (VbRuleContext *ctx);
void rule_no_shortlist             (VbRuleContext *ctx);
void rule_vendor_without_contact   (VbRuleContext *ctx);
void rule_vendor_without_delivery  (VbRuleContext *ctx);
void rule_rejected_without_reason  (VbRuleContext *ctx);

/* Requirements, Security & compliance, References, Responses
 * (vb-guide-rules-selection.c) */
void rule_no_requirement_included    (VbRuleContext *ctx);
void rule_no_must_have               (VbRuleContext *ctx);
void rule_example_requirements       (VbRuleContext *ctx);
void rule_no_questionnaire           (VbRuleContext *ctx);
void rule_finalist_not_called        (VbRuleContext *ctx);
void rule_leader_not_called          (VbRuleContext *ctx);
void rule_finalist_without_responses (VbRuleContext *ctx);
void rule_open_high_risk_gap         (VbRuleContext *ctx);
void rule_knockout_undecided         (VbRuleContext *ctx);

/* Pricing, Scoring (vb-guide-rules-decision.c) */
void rule_no_forecast                (VbRuleContext *ctx);
void rule_finalist_without_quote     (VbRuleContext *ctx);
void rule_fees_not_asked             (VbRuleContext *ctx);
void rule_no_criteria                (VbRuleContext *ctx);
void rule_weights_off_100            (VbRuleContext *ctx);
void rule_evaluator_not_scored       (VbRuleContext *ctx);
void rule_no_decision                (VbRuleContext *ctx);
void rule_price_alone                (VbRuleContext *ctx);
void rule_evaluators_disagree        (VbRuleContext *ctx);
void rule_critical_criterion         (VbRuleContext *ctx);
void rule_ahp_inconsistent           (VbRuleContext *ctx);

/* Pilot Plan, SLAs (vb-guide-rules-pilot.c) */
void rule_no_pilot                   (VbRuleContext *ctx);
void rule_pilot_without_dates        (VbRuleContext *ctx);
void rule_pilot_without_scope        (VbRuleContext *ctx);
void rule_pilot_without_criteria     (VbRuleContext *ctx);
void rule_launch_without_pilot       (VbRuleContext *ctx);
void rule_pilot_too_big              (VbRuleContext *ctx);
void rule_no_sla                     (VbRuleContext *ctx);
void rule_sla_without_threshold      (VbRuleContext *ctx);
void rule_vague_sla                  (VbRuleContext *ctx);
void rule_speed_without_quality      (VbRuleContext *ctx);
void rule_over_automation            (VbRuleContext *ctx);

/* Workflows & Escalation, Transition Checklist (vb-guide-rules-handover.c) */
void rule_no_workflow                (VbRuleContext *ctx);
void rule_tier_without_path          (VbRuleContext *ctx);
void rule_no_emergency               (VbRuleContext *ctx);
void rule_unreachable_contact        (VbRuleContext *ctx);
void rule_overdue_tasks              (VbRuleContext *ctx);
void rule_brand_voice_ignored        (VbRuleContext *ctx);

G_END_DECLS
