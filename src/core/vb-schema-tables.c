/* vb-schema-tables.c — the tables of schema version 1
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole journey of DESIGN.md §1 has its tables from the start, so that
 * later stages add columns, not redesigns. Every table also has the implicit
 * columns "uuid" (first), "position" (ordered tables) and "modified" (last).
 * Add a column: append it here, bump VB_SCHEMA_VERSION, keep the old
 * description for verification and write the migration (vb-schema.c).
 */

#define G_LOG_DOMAIN "vb-schema"

#include "vb-schema.h"


#define TEXT(n)          { n, VB_COLUMN_TEXT, FALSE, "''", NULL, NULL, 0, 0, 0 }
#define TIME(n)          { n, VB_COLUMN_TIME, FALSE, "''", NULL, NULL, 0, 0, 0 }
#define DATE(n)          { n, VB_COLUMN_DATE, FALSE, "''", NULL, NULL, 0, 0, 0 }
#define BOOL(n, d)       { n, VB_COLUMN_BOOL, FALSE, #d, NULL, NULL, 0, 0, 0 }
#define ENUM(n, v)       { n, VB_COLUMN_ENUM, FALSE, NULL, v, NULL, 0, 0, 0 }
#define INT(n, d, lo, hi) { n, VB_COLUMN_INT, FALSE, #d, NULL, NULL, 0, lo, hi }
#define INT_OPT(n, lo, hi) { n, VB_COLUMN_INT, TRUE, NULL, NULL, NULL, 0, lo, hi }
#define REAL(n, d, lo, hi) { n, VB_COLUMN_REAL, FALSE, #d, NULL, NULL, 0, lo, hi }
#define REAL_OPT(n, lo, hi) { n, VB_COLUMN_REAL, TRUE, NULL, NULL, NULL, 0, lo, hi }
#define REF(n, t)        { n, VB_COLUMN_REF, FALSE, NULL, NULL, t, VB_ON_DELETE_CASCADE, 0, 0 }
#define REF_OPT(n, t)    { n, VB_COLUMN_REF, TRUE, NULL, NULL, t, VB_ON_DELETE_SET_NULL, 0, 0 }
#define TABLE(n, cols, flags) { n, cols, G_N_ELEMENTS (cols), flags }

#define MONEY_MAX 1e12
#define BIG 1e9

static const char *const templates[] = { "blank", "customer-support", "back-office", "it-help-desk", NULL };
static const char *const objective_kinds[] = { "faster-response", "lower-cost", "longer-cover",
                                               "more-languages", "loyalty", "other", NULL };
static const char *const channels[] = { "phone", "chat", "email", "sms", "social", "in-app",
                                        "back-office", "other", NULL };
static const char *const work_kinds[] = { "", "routine", "judgment", "technical", "strategic", NULL };
static const char *const decisions[] = { "", "outsource", "keep", "hybrid", NULL };
static const char *const vendor_statuses[] = { "long-list", "shortlist", "finalist", "selected",
                                               "rejected", NULL };
static const char *const delivery_models[] = { "", "onshore", "nearshore", "offshore", "mixed", NULL };
static const char *const priorities[] = { "should", "must", "nice", NULL };
static const char *const yes_no[] = { "yes", "no", NULL };
static const char *const answers[] = { "", "meets", "partly", "does-not-meet", "not-applicable",
                                       "yes", "no", NULL };
static const char *const followups[] = { "", "open", "resolved", NULL };
static const char *const choose_again[] = { "", "yes", "no", "unsure", NULL };
static const char *const quote_models[] = { "per-fte", "per-hour", "per-minute", "per-contact",
                                            "outcome", "blended", NULL };
static const char *const criterion_kinds[] = { "judged", "price", "compliance", "reference",
                                               "category", NULL };
static const char *const met_states[] = { "", "met", "not-met", NULL };
static const char *const directions[] = { "higher", "lower", NULL };
static const char *const item_statuses[] = { "todo", "in-progress", "done", "blocked", NULL };
static const char *const weightings[] = { "direct", "smart", "ahp", NULL };
static const char *const combinations[] = { "mean", "median", NULL };
static const char *const actions[] = { "create", "add", "edit", "delete", "undo", "redo", "import",
                                       "merge", "dismiss", "restore", NULL };

static const VbColumn project_columns[] = {
  TEXT ("name"),
  TEXT ("description"),
  ENUM ("template", templates),
  TEXT ("currency"),
  BOOL ("is_sample", 0),
  TIME ("created"),
  REAL ("paid_hours_per_fte", 160, 1, 744),
  REAL ("outsource_threshold_hours", 40, 0, BIG),
  INT ("team_days", 0, 0, 127),
  INT ("team_from", 540, 0, 1440),
  INT ("team_to", 1020, 0, 1440),
  TEXT ("team_timezone"),
  TEXT ("team_languages"),
  ENUM ("weighting", weightings),
  ENUM ("combination", combinations),
  REAL ("disagreement_sd", 1, 0, 4),
  REAL ("critical_margin_pct", 5, 0, 100),
  TEXT ("notes"),
};

static const VbColumn objective_columns[] = {
  ENUM ("kind", objective_kinds),
  TEXT ("title"),
  TEXT ("target"),
  TEXT ("notes"),
};

static const VbColumn task_columns[] = {
  TEXT ("name"),
  TEXT ("function"),
  ENUM ("channel", channels),
  ENUM ("work_kind", work_kinds),
  REAL_OPT ("monthly_volume", 0, BIG),
  REAL_OPT ("handle_minutes", 0, 100000),
  INT ("cover_days", 0, 0, 127),
  INT ("cover_from", 540, 0, 1440),
  INT ("cover_to", 1020, 0, 1440),
  TEXT ("cover_timezone"),
  TEXT ("languages"),
  REAL_OPT ("annual_cost", 0, MONEY_MAX),
  BOOL ("needs_engineering", 0),
  BOOL ("brand_critical", 0),
  BOOL ("regulated", 0),
  ENUM ("decision", decisions),
  TEXT ("decision_note"),
  TEXT ("notes"),
};

static const VbColumn vendor_columns[] = {
  TEXT ("name"),
  ENUM ("status", vendor_statuses),
  TEXT ("rejection_reason"),
  ENUM ("delivery_model", delivery_models),
  TEXT ("website"),
  TEXT ("locations"),
  TEXT ("channels"),
  TEXT ("languages"),
  TEXT ("notes"),
};

static const VbColumn contact_columns[] = {
  REF ("vendor_id", "vendor"),
  TEXT ("name"),
  TEXT ("role"),
  TEXT ("email"),
  TEXT ("phone"),
  BOOL ("is_primary", 0),
};

static const VbColumn requirement_section_columns[] = {
  TEXT ("title"),
  TEXT ("description"),
  BOOL ("included", 1),
};

static const VbColumn requirement_columns[] = {
  REF ("section_id", "requirement_section"),
  TEXT ("text"),
  ENUM ("priority", priorities),
  BOOL ("included", 1),
  BOOL ("custom", 0),
  TEXT ("notes"),
};

static const VbColumn question_domain_columns[] = {
  TEXT ("code"),
  TEXT ("title"),
  BOOL ("included", 1),
};

static const VbColumn question_columns[] = {
  REF ("domain_id", "question_domain"),
  TEXT ("text"),
  ENUM ("expected_answer", yes_no),
  REAL ("weight", 1, 0, 100),
  BOOL ("high_risk", 0),
  TEXT ("guidance"),
  TEXT ("frameworks"),
  BOOL ("included", 1),
};

static const VbColumn response_columns[] = {
  REF ("vendor_id", "vendor"),
  REF_OPT ("requirement_id", "requirement"),
  REF_OPT ("question_id", "question"),
  ENUM ("answer", answers),
  TEXT ("text"),
  TEXT ("evidence"),
  ENUM ("followup", followups),
  TEXT ("exception_reason"),
};

static const VbColumn reference_columns[] = {
  REF ("vendor_id", "vendor"),
  TEXT ("company"),
  TEXT ("contact_name"),
  TEXT ("relationship"),
  DATE ("called_on"),
  REAL_OPT ("callback_days", 0, 10000),
  INT_OPT ("rating", 1, 5),
  ENUM ("would_choose_again", choose_again),
  TEXT ("red_flags"),
  TEXT ("notes"),
};

static const VbColumn reference_answer_columns[] = {
  REF ("reference_id", "reference"),
  TEXT ("prompt"),
  TEXT ("answer"),
};

static const VbColumn forecast_channel_columns[] = {
  ENUM ("channel", channels),
  BOOL ("live", 0),
  REAL_OPT ("aht_seconds", 0, 1e6),
  REAL_OPT ("busiest_share_pct", 0, 100),
  REAL_OPT ("open_hours_per_week", 0, 168),
  REAL_OPT ("service_level_pct", 0, 100),
  REAL_OPT ("service_seconds", 0, 1e7),
  REAL_OPT ("shrinkage_pct", 0, 99),
  REAL_OPT ("occupancy_pct", 1, 100),
};

static const VbColumn forecast_month_columns[] = {
  REF ("channel_id", "forecast_channel"),
  INT ("month", 1, 1, 12),
  REAL ("volume", 0, 0, BIG),
};

static const VbColumn quote_columns[] = {
  REF ("vendor_id", "vendor"),
  ENUM ("model", quote_models),
  REAL_OPT ("rate", 0, MONEY_MAX),
  REAL_OPT ("fixed_monthly", 0, MONEY_MAX),
  REAL_OPT ("setup_fee", 0, MONEY_MAX),
  REAL_OPT ("training_per_agent", 0, MONEY_MAX),
  REAL_OPT ("integration_fee", 0, MONEY_MAX),
  REAL_OPT ("monthly_extras", 0, MONEY_MAX),
  REAL_OPT ("minimum_monthly_fee", 0, MONEY_MAX),
  REAL_OPT ("minimum_hours", 0, BIG),
  REAL_OPT ("minimum_fte", 0, BIG),
  INT_OPT ("term_months", 1, 120),
  REAL_OPT ("termination_fee", 0, MONEY_MAX),
  TEXT ("notes"),
};

static const VbColumn criterion_columns[] = {
  REF_OPT ("parent_id", "criterion"),
  ENUM ("kind", criterion_kinds),
  TEXT ("name"),
  TEXT ("description"),
  REAL ("weight", 0, 0, 100),
  BOOL ("cost", 0),
};

static const VbColumn evaluator_columns[] = {
  TEXT ("name"),
  TEXT ("role"),
  BOOL ("is_advisor", 0),
};

static const VbColumn score_columns[] = {
  REF ("evaluator_id", "evaluator"),
  REF ("vendor_id", "vendor"),
  REF ("criterion_id", "criterion"),
  INT_OPT ("score", 1, 5),
  TEXT ("comment"),
};

static const VbColumn ahp_judgement_columns[] = {
  REF ("criterion_a", "criterion"),
  REF ("criterion_b", "criterion"),
  REAL ("value", 1, 0.1111, 9),
};

static const VbColumn consensus_columns[] = {
  REF ("vendor_id", "vendor"),
  REF ("criterion_id", "criterion"),
  INT_OPT ("score", 1, 5),
  TEXT ("reason"),
  TEXT ("decided_by"),
};

static const VbColumn decision_columns[] = {
  REF_OPT ("vendor_id", "vendor"),
  TEXT ("rationale"),
  DATE ("decided_on"),
  TEXT ("decided_by"),
};

static const VbColumn pilot_columns[] = {
  REF_OPT ("vendor_id", "vendor"),
  TEXT ("channels"),
  TEXT ("region"),
  TEXT ("product_line"),
  TEXT ("contact_types"),
  REAL_OPT ("volume_share_pct", 0, 100),
  DATE ("start_date"),
  DATE ("end_date"),
  TEXT ("team"),
  TEXT ("checkin_cadence"),
  TEXT ("reporting"),
  TEXT ("exit_notes"),
};

static const VbColumn kpi_columns[] = {
  TEXT ("key"),
  TEXT ("name"),
  TEXT ("unit"),
  ENUM ("direction", directions),
  TEXT ("definition"),
};

static const VbColumn sla_columns[] = {
  TEXT ("kpi_key"),
  TEXT ("channel"),
  REF_OPT ("objective_id", "objective"),
  REAL_OPT ("target", -1e9, 1e9),
  REAL_OPT ("threshold", -1e9, 1e9),
  TEXT ("method"),
  TEXT ("data_source"),
  TEXT ("cadence"),
  TEXT ("credit"),
};

static const VbColumn pilot_criterion_columns[] = {
  REF ("pilot_id", "pilot"),
  REF_OPT ("sla_id", "sla"),
  TEXT ("condition"),
  ENUM ("met", met_states),
};

static const VbColumn workflow_columns[] = {
  TEXT ("name"),
  TEXT ("trigger"),
  TEXT ("systems"),
  TEXT ("training_links"),
};

static const VbColumn workflow_step_columns[] = {
  REF ("workflow_id", "workflow"),
  TEXT ("description"),
  TEXT ("owner"),
  TEXT ("tool"),
};

static const VbColumn escalation_tier_columns[] = {
  INT ("level", 1, 1, 3),
  TEXT ("handles"),
};

static const VbColumn escalation_path_columns[] = {
  TEXT ("trigger"),
  INT_OPT ("from_tier", 1, 3),
  TEXT ("contact_name"),
  TEXT ("contact_role"),
  TEXT ("phone"),
  TEXT ("email"),
  REAL_OPT ("response_minutes", 0, 1e6),
  BOOL ("is_emergency", 0),
};

static const VbColumn transition_phase_columns[] = {
  TEXT ("name"),
  TEXT ("entry_criteria"),
  TEXT ("exit_criteria"),
};

static const VbColumn transition_item_columns[] = {
  REF ("phase_id", "transition_phase"),
  TEXT ("title"),
  TEXT ("owner"),
  DATE ("due_date"),
  ENUM ("status", item_statuses),
  TEXT ("notes"),
};

static const VbColumn kpi_result_columns[] = {
  REF ("sla_id", "sla"),
  DATE ("week_start"),
  REAL_OPT ("value", -1e12, 1e12),
  REAL_OPT ("numerator", 0, 1e12),
  REAL_OPT ("denominator", 0, 1e12),
  TEXT ("notes"),
};

static const VbColumn checklist_item_columns[] = {
  TEXT ("item_key"),
  BOOL ("met", 0),
  TEXT ("note"),
};

static const VbColumn dismissal_columns[] = {
  TEXT ("rule_id"),
  TEXT ("subject"),
  TEXT ("fingerprint"),
  TEXT ("reason"),
  TEXT ("dismissed_by"),
};

static const VbColumn tombstone_columns[] = {
  TEXT ("table_name"),
  TIME ("deleted_at"),
};

static const VbColumn activity_columns[] = {
  TIME ("at"),
  TEXT ("author"),
  ENUM ("action", actions),
  TEXT ("table_name"),
  TEXT ("row_uuid"),
  TEXT ("summary"),
};

/* Parents before children: the order of creation, JSON and import. */
static const VbTable tables_v1[] = {
  TABLE ("project", project_columns, VB_TABLE_SINGLE_ROW),
  TABLE ("objective", objective_columns, VB_TABLE_ORDERED),
  TABLE ("task", task_columns, VB_TABLE_ORDERED),
  TABLE ("vendor", vendor_columns, VB_TABLE_ORDERED),
  TABLE ("contact", contact_columns, VB_TABLE_ORDERED),
  TABLE ("requirement_section", requirement_section_columns, VB_TABLE_ORDERED),
  TABLE ("requirement", requirement_columns, VB_TABLE_ORDERED),
  TABLE ("question_domain", question_domain_columns, VB_TABLE_ORDERED),
  TABLE ("question", question_columns, VB_TABLE_ORDERED),
  TABLE ("response", response_columns, 0),
  TABLE ("reference", reference_columns, VB_TABLE_ORDERED),
  TABLE ("reference_answer", reference_answer_columns, VB_TABLE_ORDERED),
  TABLE ("forecast_channel", forecast_channel_columns, VB_TABLE_ORDERED),
  TABLE ("forecast_month", forecast_month_columns, 0),
  TABLE ("quote", quote_columns, 0),
  TABLE ("criterion", criterion_columns, VB_TABLE_ORDERED),
  TABLE ("evaluator", evaluator_columns, VB_TABLE_ORDERED),
  TABLE ("score", score_columns, 0),
  TABLE ("ahp_judgement", ahp_judgement_columns, 0),
  TABLE ("consensus", consensus_columns, 0),
  TABLE ("decision", decision_columns, 0),
  TABLE ("kpi", kpi_columns, VB_TABLE_ORDERED),
  TABLE ("sla", sla_columns, VB_TABLE_ORDERED),
  TABLE ("pilot", pilot_columns, 0),
  TABLE ("pilot_criterion", pilot_criterion_columns, VB_TABLE_ORDERED),
  TABLE ("workflow", workflow_columns, VB_TABLE_ORDERED),
  TABLE ("workflow_step", workflow_step_columns, VB_TABLE_ORDERED),
  TABLE ("escalation_tier", escalation_tier_columns, VB_TABLE_ORDERED),
  TABLE ("escalation_path", escalation_path_columns, VB_TABLE_ORDERED),
  TABLE ("transition_phase", transition_phase_columns, VB_TABLE_ORDERED),
  TABLE ("transition_item", transition_item_columns, VB_TABLE_ORDERED),
  TABLE ("kpi_result", kpi_result_columns, 0),
  TABLE ("checklist_item", checklist_item_columns, 0),
  TABLE ("dismissal", dismissal_columns, 0),
  TABLE ("tombstone", tombstone_columns, VB_TABLE_INTERNAL),
  TABLE ("activity", activity_columns, VB_TABLE_INTERNAL),
};

static const VbSchema schema_v1 = { 1, tables_v1, G_N_ELEMENTS (tables_v1) };

const VbSchema *
vb_schema_current (void)
{
  return &schema_v1;
}

/* No migration yet: version 1 is the first. The first real one arrives with
 * a later stage; tests/test-migration.c exercises the machinery. */
const VbMigration *
vb_schema_migrations (guint *n_steps)
{
  *n_steps = 0;
  return NULL;
}
