/* vb-guide-rules.c — the one table of the guidance engine's rules
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place where stages add their rules; the rules themselves live
 * by stage in vb-guide-rules-goals.c, -vendors.c, -selection.c,
 * -decision.c, -pilot.c and -handover.c. A rule
 * reads the project through the entities and emits findings: one plain
 * sentence, the button that fixes it (what it does: add, edit a field,
 * show a list), the row it is about (the subject) and a fingerprint of the
 * data it looked at, so that a dismissed finding returns when that data
 * changes. Every rule has a unit test with a project that triggers it and
 * one that does not (tests/unit/test-guide.c checks that against this
 * table).
 *
 * Each row also names every table its rule reads: the engine reuses a
 * rule's findings of the previous pass while none of them changed
 * (vb-guide.c). tests/unit/test-guide-cache.c fails when a rule reads a
 * table its row does not name.
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include "vb-channel-forecast.h"
#include "vb-contact.h"
#include "vb-criterion.h"
#include "vb-decision-record.h"
#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-evaluator.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-guide-rules.h"
#include "vb-objective.h"
#include "vb-pilot.h"
#include "vb-project-settings.h"
#include "vb-reference.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-sla.h"
#include "vb-task.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"
#include "vb-workflow.h"

#define TABLES(...) ((const char *const[]) { __VA_ARGS__, NULL })

/* The leading vendor weighs every score (vb_project_get_leading_vendor):
 * requirements, questions, answers and references */
#define LEADER_TABLES \
  TABLES ("vendor", "reference", "response", "requirement_section", "requirement", "question_domain", \
          "question")

/* Everything the decision model reads (vb-decision-model.c): the forecast,
 * the quotes, the return, the criteria and scores, and the selection
 * stages' scores of the finalists */
#define DECISION_TABLES \
  TABLES ("project", "task", "vendor", "forecast_channel", "forecast_month", "quote", "quote_line", \
          "roi_benefit", "transition_cost", "criterion", "evaluator", "score", "ahp_judgement", \
          "consensus", "reference", "response", "requirement_section", "requirement", \
          "question_domain", "question")
#define DECISION_TABLES_AND(t) \
  TABLES ("project", "task", "vendor", "forecast_channel", "forecast_month", "quote", "quote_line", \
          "roi_benefit", "transition_cost", "criterion", "evaluator", "score", "ahp_judgement", \
          "consensus", "reference", "response", "requirement_section", "requirement", \
          "question_domain", "question", t)

const char *
vb_guide_label_or (VbRecord   *row,
                   const char *fallback)
{
  const char *label = vb_record_get_label (row);
  return vb_str_is_blank (label) ? fallback : label;
}

/* The first example row of a list, and how many there are */
VbRecord *
vb_guide_first_example (GListModel *rows,
                        guint      *count)
{
  guint n = g_list_model_get_n_items (rows);
  VbRecord *first = NULL;

  *count = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) row = g_list_model_get_item (rows, i);

      if (vb_record_get_example (row))
        {
          if ((*count)++ == 0)
            first = row;
        }
    }
  return first;
}

static const VbRule rules[] = {
  { "goals.no-objective", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_no_objective,
    VB_FINDING_ACTION_ADD, vb_objective_get_type, NULL,
    TABLES ("objective") },
  { "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_objective_without_target,
    VB_FINDING_ACTION_EDIT, vb_objective_get_type, "target",
    TABLES ("objective") },
  { "goals.example-objectives", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_example_objectives,
    VB_FINDING_ACTION_EDIT, vb_objective_get_type, NULL,
    TABLES ("objective") },
  { "goals.team-hours", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_team_hours,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "team-days",
    TABLES ("project") },
  { "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_team_languages,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "team-languages",
    TABLES ("project") },
  { "goals.example-team", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_example_team,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "team-days",
    TABLES ("project") },
  { "goals.no-task", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_no_task,
    VB_FINDING_ACTION_ADD, vb_task_get_type, NULL,
    TABLES ("task") },
  { "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_task_incomplete,
    VB_FINDING_ACTION_EDIT, vb_task_get_type, NULL,
    TABLES ("task") },
  { "goals.example-tasks", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_example_tasks,
    VB_FINDING_ACTION_EDIT, vb_task_get_type, NULL,
    TABLES ("task") },
  { "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING, rule_outsource_against_rule,
    VB_FINDING_ACTION_EDIT, vb_task_get_type, "decision",
    TABLES ("task", "project") },
  { "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, rule_too_much_too_early,
    VB_FINDING_ACTION_LIST, vb_task_get_type, NULL,
    TABLES ("task", "project") },
  { "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_too_few_vendors,
    VB_FINDING_ACTION_ADD, vb_vendor_get_type, NULL,
    TABLES ("vendor") },
  { "vendors.no-shortlist", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_no_shortlist,
    VB_FINDING_ACTION_LIST, vb_vendor_get_type, NULL,
    TABLES ("vendor") },
  { "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_vendor_without_contact,
    VB_FINDING_ACTION_ADD, vb_contact_get_type, NULL,
    TABLES ("vendor", "contact") },
  { "vendors.no-delivery-model", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_vendor_without_delivery,
    VB_FINDING_ACTION_EDIT, vb_vendor_get_type, "delivery-model",
    TABLES ("vendor") },
  { "vendors.rejected-without-reason", VB_STAGE_VENDORS, VB_FINDING_WARNING, rule_rejected_without_reason,
    VB_FINDING_ACTION_EDIT, vb_vendor_get_type, "rejection-reason",
    TABLES ("vendor") },
  { "requirements.none-included", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, rule_no_requirement_included,
    VB_FINDING_ACTION_ADD, vb_requirement_get_type, NULL,
    TABLES ("requirement_section", "requirement") },
  { "requirements.no-must-have", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, rule_no_must_have,
    VB_FINDING_ACTION_EDIT, vb_requirement_get_type, "priority",
    TABLES ("requirement_section", "requirement") },
  { "requirements.example-items", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, rule_example_requirements,
    VB_FINDING_ACTION_EDIT, vb_requirement_section_get_type, NULL,
    TABLES ("requirement_section", "requirement") },
  { "security.no-questionnaire", VB_STAGE_SECURITY, VB_FINDING_NEXT_STEP, rule_no_questionnaire,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "questionnaire",
    TABLES ("project") },
  { "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP, rule_finalist_not_called,
    VB_FINDING_ACTION_ADD, vb_reference_get_type, NULL,
    LEADER_TABLES },
  { "references.leader-not-called", VB_STAGE_REFERENCES, VB_FINDING_WARNING, rule_leader_not_called,
    VB_FINDING_ACTION_ADD, vb_reference_get_type, NULL,
    LEADER_TABLES },
  { "responses.finalist-without-responses", VB_STAGE_RESPONSES, VB_FINDING_NEXT_STEP, rule_finalist_without_responses,
    VB_FINDING_ACTION_EDIT, vb_vendor_get_type, NULL,
    TABLES ("vendor", "response", "requirement_section", "requirement", "question_domain", "question") },
  { "responses.open-high-risk-gap", VB_STAGE_RESPONSES, VB_FINDING_WARNING, rule_open_high_risk_gap,
    VB_FINDING_ACTION_SHOW, vb_vendor_get_type, NULL,
    TABLES ("vendor", "response", "question_domain", "question") },
  { "responses.knockout-undecided", VB_STAGE_RESPONSES, VB_FINDING_WARNING, rule_knockout_undecided,
    VB_FINDING_ACTION_SHOW, vb_vendor_get_type, NULL,
    TABLES ("vendor", "response", "requirement_section", "requirement", "question_domain", "question") },
  { "pricing.no-forecast", VB_STAGE_PRICING, VB_FINDING_NEXT_STEP, rule_no_forecast,
    VB_FINDING_ACTION_ADD, vb_channel_forecast_get_type, NULL,
    TABLES ("forecast_channel") },
  { "pricing.finalist-without-quote", VB_STAGE_PRICING, VB_FINDING_NEXT_STEP, rule_finalist_without_quote,
    VB_FINDING_ACTION_ADD, vb_vendor_quote_get_type, NULL,
    DECISION_TABLES },
  { "pricing.fees-not-asked", VB_STAGE_PRICING, VB_FINDING_WARNING, rule_fees_not_asked,
    VB_FINDING_ACTION_EDIT, vb_vendor_quote_get_type, "setup-fee",
    DECISION_TABLES },
  { "scoring.no-criteria", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, rule_no_criteria,
    VB_FINDING_ACTION_ADD, vb_criterion_get_type, NULL,
    DECISION_TABLES },
  { "scoring.weights-off-100", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, rule_weights_off_100,
    VB_FINDING_ACTION_EDIT, vb_criterion_get_type, "weight",
    DECISION_TABLES },
  { "scoring.evaluator-not-scored", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, rule_evaluator_not_scored,
    VB_FINDING_ACTION_LIST, vb_evaluator_get_type, NULL,
    DECISION_TABLES },
  { "scoring.no-decision", VB_STAGE_SCORING, VB_FINDING_NEXT_STEP, rule_no_decision,
    VB_FINDING_ACTION_EDIT, vb_decision_get_type, NULL,
    DECISION_TABLES_AND ("decision") },
  { "scoring.price-alone", VB_STAGE_SCORING, VB_FINDING_WARNING, rule_price_alone,
    VB_FINDING_ACTION_EDIT, vb_criterion_get_type, NULL,
    DECISION_TABLES },
  { "scoring.evaluators-disagree", VB_STAGE_SCORING, VB_FINDING_WARNING, rule_evaluators_disagree,
    VB_FINDING_ACTION_SHOW, NULL, NULL,
    DECISION_TABLES },
  { "scoring.critical-criterion", VB_STAGE_SCORING, VB_FINDING_WARNING, rule_critical_criterion,
    VB_FINDING_ACTION_SHOW, vb_criterion_get_type, NULL,
    DECISION_TABLES },
  { "scoring.ahp-inconsistent", VB_STAGE_SCORING, VB_FINDING_WARNING, rule_ahp_inconsistent,
    VB_FINDING_ACTION_SHOW, vb_criterion_get_type, NULL,
    DECISION_TABLES },
  { "pilot.no-pilot", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, rule_no_pilot,
    VB_FINDING_ACTION_ADD, vb_pilot_get_type, NULL,
    TABLES ("vendor", "pilot") },
  { "pilot.no-dates", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, rule_pilot_without_dates,
    VB_FINDING_ACTION_EDIT, vb_pilot_get_type, "start-date",
    TABLES ("pilot", "vendor") },
  { "pilot.no-scope", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, rule_pilot_without_scope,
    VB_FINDING_ACTION_EDIT, vb_pilot_get_type, "channels",
    TABLES ("pilot", "vendor") },
  { "pilot.no-criteria", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, rule_pilot_without_criteria,
    VB_FINDING_ACTION_ADD, vb_go_criterion_get_type, NULL,
    TABLES ("pilot", "pilot_criterion", "vendor") },
  { "pilot.launch-without-pilot", VB_STAGE_PILOT, VB_FINDING_WARNING, rule_launch_without_pilot,
    VB_FINDING_ACTION_ADD, vb_pilot_get_type, NULL,
    TABLES ("pilot", "transition_phase", "transition_item") },
  { "pilot.too-big", VB_STAGE_PILOT, VB_FINDING_WARNING, rule_pilot_too_big,
    VB_FINDING_ACTION_EDIT, vb_pilot_get_type, "volume-share-pct",
    TABLES ("pilot", "forecast_channel", "vendor") },
  { "slas.no-sla", VB_STAGE_SLAS, VB_FINDING_NEXT_STEP, rule_no_sla,
    VB_FINDING_ACTION_ADD, vb_sla_get_type, NULL,
    TABLES ("sla") },
  { "slas.no-threshold", VB_STAGE_SLAS, VB_FINDING_NEXT_STEP, rule_sla_without_threshold,
    VB_FINDING_ACTION_EDIT, vb_sla_get_type, "threshold",
    TABLES ("sla", "kpi") },
  { "slas.vague", VB_STAGE_SLAS, VB_FINDING_WARNING, rule_vague_sla,
    VB_FINDING_ACTION_EDIT, vb_sla_get_type, "method",
    TABLES ("sla", "kpi") },
  { "slas.speed-without-quality", VB_STAGE_SLAS, VB_FINDING_WARNING, rule_speed_without_quality,
    VB_FINDING_ACTION_ADD, vb_sla_get_type, NULL,
    TABLES ("sla", "kpi") },
  { "slas.over-automation", VB_STAGE_SLAS, VB_FINDING_WARNING, rule_over_automation,
    VB_FINDING_ACTION_ADD, vb_sla_get_type, NULL,
    TABLES ("pilot", "sla", "vendor") },
  { "workflows.no-workflow", VB_STAGE_WORKFLOWS, VB_FINDING_NEXT_STEP, rule_no_workflow,
    VB_FINDING_ACTION_ADD, vb_workflow_get_type, NULL,
    TABLES ("workflow") },
  { "workflows.tier-without-path", VB_STAGE_WORKFLOWS, VB_FINDING_NEXT_STEP, rule_tier_without_path,
    VB_FINDING_ACTION_ADD, vb_escalation_path_get_type, NULL,
    TABLES ("escalation_tier", "escalation_path") },
  { "workflows.no-emergency", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, rule_no_emergency,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "emergency-definition",
    TABLES ("escalation_tier", "escalation_path", "project") },
  { "workflows.unreachable-contact", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, rule_unreachable_contact,
    VB_FINDING_ACTION_EDIT, vb_escalation_path_get_type, "phone",
    TABLES ("escalation_path") },
  { "transition.overdue", VB_STAGE_TRANSITION, VB_FINDING_NEXT_STEP, rule_overdue_tasks,
    VB_FINDING_ACTION_EDIT, vb_transition_item_get_type, "status",
    TABLES ("transition_phase", "transition_item", "project") },
  { "transition.brand-voice", VB_STAGE_TRANSITION, VB_FINDING_WARNING, rule_brand_voice_ignored,
    VB_FINDING_ACTION_ADD, vb_transition_item_get_type, NULL,
    TABLES ("transition_phase", "transition_item") },
};

const VbRule *
vb_guide_rules (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}
