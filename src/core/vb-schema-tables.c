/* vb-schema-tables.c — the tables of the current schema version
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole journey of DESIGN.md §1 has its tables from the start, so that
 * later stages add columns, not redesigns. Every table also has the implicit
 * columns "uuid" (first), "position" (ordered tables) and "modified" (last).
 * Enumerations come from their GEnums (vb-enums.h); a column's label is what
 * an undo or activity summary calls it.
 *
 * Change the schema: edit the description here, bump VB_SCHEMA_VERSION,
 * freeze the previous version's DDL as data/schema/vN.sql (written by that
 * version's code, never by hand), add a fixture made by that version to
 * tests/data, and write the migration step (vb-migrations.c).
 */

#define G_LOG_DOMAIN "vb-schema"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-call-prompt.h"
#include "vb-channel-forecast.h"
#include "vb-channel-word.h"
#include "vb-column-mapping.h"
#include "vb-contact.h"
#include "vb-criterion.h"
#include "vb-custom-kpi.h"
#include "vb-decision-record.h"
#include "vb-dismissal.h"
#include "vb-enums.h"
#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-evaluator.h"
#include "vb-go-criterion.h"
#include "vb-kpi-result.h"
#include "vb-objective.h"
#include "vb-pilot.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-reference-answer.h"
#include "vb-reference.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-roi.h"
#include "vb-schema.h"
#include "vb-sla.h"
#include "vb-task.h"
#include "vb-ticket-import-record.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"
#include "vb-workflow-step.h"
#include "vb-workflow.h"

#define TEXT(n, l)           { n, VB_COLUMN_TEXT, FALSE, "''", NULL, NULL, 0, 0, 0, l }
#define TZ(n, l)             { n, VB_COLUMN_TEXT, FALSE, "''", NULL, NULL, 0, 0, 0, l, VB_TEXT_FORMAT_TIMEZONE }
#define LANGS(n, l)          { n, VB_COLUMN_TEXT, FALSE, "''", NULL, NULL, 0, 0, 0, l, VB_TEXT_FORMAT_LANGUAGES }
#define CURRENCY(n, l)       { n, VB_COLUMN_TEXT, FALSE, "''", NULL, NULL, 0, 0, 0, l, VB_TEXT_FORMAT_CURRENCY }
#define CURRENCY_OPT(n, l)   { n, VB_COLUMN_TEXT, FALSE, "''", NULL, NULL, 0, 0, 0, l, VB_TEXT_FORMAT_CURRENCY_OPT }
#define TIME(n, l)           { n, VB_COLUMN_TIME, FALSE, "''", NULL, NULL, 0, 0, 0, l }
#define DATE(n, l)           { n, VB_COLUMN_DATE, FALSE, "''", NULL, NULL, 0, 0, 0, l }
#define BOOL(n, d, l)        { n, VB_COLUMN_BOOL, FALSE, #d, NULL, NULL, 0, 0, 0, l }
#define ENUM(n, t, l)        { n, VB_COLUMN_ENUM, FALSE, NULL, t, NULL, 0, 0, 0, l }
#define SET(n, t, l)         { n, VB_COLUMN_SET, FALSE, "''", t, NULL, 0, 0, 0, l }
#define INT(n, d, lo, hi, l) { n, VB_COLUMN_INT, FALSE, #d, NULL, NULL, 0, lo, hi, l }
#define INT_OPT(n, lo, hi, l) { n, VB_COLUMN_INT, TRUE, NULL, NULL, NULL, 0, lo, hi, l }
#define REAL(n, d, lo, hi, l) { n, VB_COLUMN_REAL, FALSE, #d, NULL, NULL, 0, lo, hi, l }
#define REAL_OPT(n, lo, hi, l) { n, VB_COLUMN_REAL, TRUE, NULL, NULL, NULL, 0, lo, hi, l }
#define REF(n, t, l)         { n, VB_COLUMN_REF, FALSE, NULL, NULL, t, VB_ON_DELETE_CASCADE, 0, 0, l }
#define REF_OPT(n, t, l)     { n, VB_COLUMN_REF, TRUE, NULL, NULL, t, VB_ON_DELETE_SET_NULL, 0, 0, l }
/* optional, and the row goes with the row it refers to */
#define REF_OPT_CASCADE(n, t, l) { n, VB_COLUMN_REF, TRUE, NULL, NULL, t, VB_ON_DELETE_CASCADE, 0, 0, l }

#define TABLE(n, cols, flags, type, l) { n, cols, G_N_ELEMENTS (cols), flags, type, l, NULL, 0, NULL, 0 }
#define TABLE_U(n, cols, flags, type, l, u) { n, cols, G_N_ELEMENTS (cols), flags, type, l, u, G_N_ELEMENTS (u), NULL, 0 }
#define TABLE_C(n, cols, flags, type, l, c) { n, cols, G_N_ELEMENTS (cols), flags, type, l, NULL, 0, c, G_N_ELEMENTS (c) }

/* an ENUM with "" first: the channel enumeration, or all channels */
#define SCOPE(n, l)          ENUM (n, vb_channel_scope_get_type, l)

#define MONEY_MAX 1e12
#define BIG 1e9

static const VbColumn project_columns[] = {
  TEXT ("name", N_("name")),
  TEXT ("description", N_("description")),
  ENUM ("template", vb_project_template_get_type, N_("template")),
  CURRENCY ("currency", N_("currency")),
  BOOL ("is_sample", 0, N_("sample mark")),
  TIME ("created", N_("creation time")),
  REAL ("paid_hours_per_fte", 160, 1, 744, N_("paid hours per full-time person")),
  REAL ("outsource_threshold_hours", 40, 0, BIG, N_("threshold for outsourcing routine work")),
  INT ("team_days", 0, 0, 127, N_("team’s working days")),
  INT ("team_from", 540, 0, 1440, N_("team’s start time")),
  INT ("team_to", 1020, 0, 1440, N_("team’s end time")),
  TZ ("team_timezone", N_("team’s time zone")),
  LANGS ("team_languages", N_("team’s languages")),
  ENUM ("weighting", vb_weighting_get_type, N_("weighting method")),
  ENUM ("combination", vb_combination_get_type, N_("way of combining evaluators")),
  REAL ("disagreement_sd", 1, 0, 4, N_("disagreement threshold")),
  REAL ("critical_margin_pct", 5, 0, 100, N_("margin for critical criteria")),
  ENUM ("questionnaire", vb_questionnaire_get_type, N_("security questionnaire")),
  TEXT ("notes", N_("notes")),
  BOOL ("team_example", 0, N_("example mark of the team’s hours")),
  REAL_OPT ("inhouse_annual_cost", 0, MONEY_MAX, N_("in-house cost a year")),
  TEXT ("emergency_definition", N_("what counts as an emergency")),
  REF_OPT ("emergency_path_id", "escalation_path", N_("emergency contact path")),
};

static const VbColumn objective_columns[] = {
  ENUM ("kind", vb_objective_kind_get_type, N_("kind")),
  TEXT ("title", N_("title")),
  TEXT ("target", N_("target")),
  TEXT ("notes", N_("notes")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn task_columns[] = {
  TEXT ("name", N_("name")),
  TEXT ("function", N_("function")),
  ENUM ("channel", vb_channel_get_type, N_("channel")),
  ENUM ("work_kind", vb_work_kind_get_type, N_("kind of work")),
  REAL_OPT ("monthly_volume", 0, BIG, N_("monthly volume")),
  REAL_OPT ("handle_minutes", 0, 100000, N_("handle time")),
  INT ("cover_days", 0, 0, 127, N_("days of cover")),
  INT ("cover_from", 540, 0, 1440, N_("start of cover")),
  INT ("cover_to", 1020, 0, 1440, N_("end of cover")),
  TZ ("cover_timezone", N_("time zone")),
  LANGS ("languages", N_("languages")),
  REAL_OPT ("annual_cost", 0, MONEY_MAX, N_("in-house cost")),
  BOOL ("needs_engineering", 0, N_("need of engineering")),
  BOOL ("brand_critical", 0, N_("brand-critical mark")),
  BOOL ("regulated", 0, N_("regulated-data mark")),
  ENUM ("decision", vb_sourcing_get_type, N_("decision")),
  TEXT ("decision_note", N_("reason for the decision")),
  TEXT ("notes", N_("notes")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn vendor_columns[] = {
  TEXT ("name", N_("name")),
  ENUM ("status", vb_vendor_status_get_type, N_("status")),
  TEXT ("rejection_reason", N_("reason for rejecting")),
  ENUM ("delivery_model", vb_delivery_model_get_type, N_("delivery model")),
  TEXT ("website", N_("website")),
  TEXT ("locations", N_("locations")),
  SET ("channels", vb_channel_get_type, N_("channels")),
  LANGS ("languages", N_("languages")),
  TEXT ("notes", N_("notes")),
};

static const VbUnique vendor_uniques[] = {
  { "status", "status", VB_VENDOR_STATUS_SELECTED, N_("at most one vendor is selected") },
};

static const VbColumn contact_columns[] = {
  REF ("vendor_id", "vendor", N_("vendor")),
  TEXT ("name", N_("name")),
  TEXT ("role", N_("role")),
  TEXT ("email", N_("email address")),
  TEXT ("phone", N_("phone number")),
  BOOL ("is_primary", 0, N_("primary-contact mark")),
};

static const VbUnique contact_uniques[] = {
  { "vendor_id", "is_primary", 1, N_("a vendor has at most one primary contact") },
};

/* "key": a template item's stable name ("exit-clause"), kept when the user
 * edits the text, so rules find the item whatever its wording; empty for
 * what the user made. "included": a section's requirements go into the
 * RFP; a domain counts in the compliance score; a question is asked.
 * "lite": the question is on the Lite screen. */
static const VbColumn requirement_section_columns[] = {
  TEXT ("key", N_("key")),
  TEXT ("title", N_("title")),
  TEXT ("description", N_("description")),
  BOOL ("included", 1, N_("inclusion")),
  BOOL ("custom", 0, N_("custom mark")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn requirement_columns[] = {
  REF ("section_id", "requirement_section", N_("section")),
  TEXT ("key", N_("key")),
  TEXT ("text", N_("text")),
  ENUM ("priority", vb_priority_get_type, N_("priority")),
  BOOL ("included", 1, N_("inclusion")),
  BOOL ("custom", 0, N_("custom mark")),
  TEXT ("notes", N_("notes")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn question_domain_columns[] = {
  TEXT ("key", N_("key")),
  TEXT ("code", N_("code")),
  TEXT ("title", N_("title")),
  BOOL ("included", 1, N_("inclusion")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn question_columns[] = {
  REF ("domain_id", "question_domain", N_("domain")),
  TEXT ("key", N_("key")),
  TEXT ("text", N_("text")),
  ENUM ("expected_answer", vb_yes_no_get_type, N_("compliant answer")),
  REAL ("weight", 1, 0, 100, N_("weight")),
  BOOL ("high_risk", 0, N_("high-risk mark")),
  TEXT ("guidance", N_("guidance")),
  BOOL ("included", 1, N_("inclusion")),
  BOOL ("lite", 0, N_("Lite-screen mark")),
  BOOL ("example", 0, N_("example mark")),
};

/* One framework tag per row: "ISO 27001 A.5.19", "GDPR 28(3)(d)" */
static const VbColumn question_framework_columns[] = {
  REF ("question_id", "question", N_("question")),
  TEXT ("tag", N_("framework tag")),
};

/* A response answers one requirement or one question, with the words
 * that kind of item takes (VB_ANSWER_REQUIREMENT_MASK, …_QUESTION_MASK) */
static const VbColumn response_columns[] = {
  REF ("vendor_id", "vendor", N_("vendor")),
  REF_OPT_CASCADE ("requirement_id", "requirement", N_("requirement")),
  REF_OPT_CASCADE ("question_id", "question", N_("question")),
  ENUM ("answer", vb_answer_get_type, N_("answer")),
  TEXT ("text", N_("details")),
  TEXT ("evidence", N_("evidence")),
  ENUM ("followup", vb_followup_get_type, N_("follow-up")),
  TEXT ("exception_reason", N_("reason for the exception")),
};

static const VbCheck response_checks[] = {
  { VB_CHECK_EXACTLY_ONE, "requirement_id", "question_id", 0,
    N_("a response answers either a requirement or a question") },
  { VB_CHECK_VALUES_IF_SET, "requirement_id", "answer", VB_ANSWER_REQUIREMENT_MASK,
    N_("a requirement is answered with meets, partly, does not meet or not applicable") },
  { VB_CHECK_VALUES_IF_SET, "question_id", "answer", VB_ANSWER_QUESTION_MASK,
    N_("a question is answered with yes, no, partly or not applicable") },
};

/* The reference call sheet: the same prompts for every reference. The
 * sample of a good answer is "example_answer": "example" is the template
 * mark, as on every table a template seeds. */
static const VbColumn call_prompt_columns[] = {
  TEXT ("key", N_("key")),
  TEXT ("text", N_("question")),
  TEXT ("hint", N_("hint")),
  TEXT ("example_answer", N_("example answer")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn reference_columns[] = {
  REF ("vendor_id", "vendor", N_("vendor")),
  TEXT ("company", N_("company")),
  TEXT ("contact_name", N_("contact")),
  TEXT ("relationship", N_("relationship")),
  DATE ("called_on", N_("date called")),
  REAL_OPT ("callback_days", 0, 10000, N_("days until the call back")),
  INT_OPT ("rating", 1, 5, N_("rating")),
  ENUM ("would_choose_again", vb_choose_again_get_type, N_("would choose again")),
  TEXT ("red_flags", N_("red flags")),
  TEXT ("notes", N_("notes")),
};

static const VbColumn reference_answer_columns[] = {
  REF ("reference_id", "reference", N_("reference")),
  REF ("prompt_id", "call_prompt", N_("question")),
  TEXT ("answer", N_("answer")),
};

static const VbColumn forecast_channel_columns[] = {
  ENUM ("channel", vb_channel_get_type, N_("channel")),
  BOOL ("live", 0, N_("live mark")),
  REAL_OPT ("aht_seconds", 0, 1e6, N_("average handle time")),
  REAL_OPT ("open_hours_per_week", 0, 168, N_("open hours a week")),
  REAL_OPT ("service_level_pct", 0, 100, N_("service level")),
  REAL_OPT ("service_seconds", 0, 1e7, N_("answer time")),
  REAL_OPT ("shrinkage_pct", 0, 99, N_("shrinkage")),
  REAL_OPT ("occupancy_pct", 1, 100, N_("maximum occupancy")),
  INT ("interval_minutes", 30, 5, 240, N_("interval length")),
  REAL ("peak_factor", 1.5, 1, 20, N_("peak factor")),
  REAL_OPT ("concurrency", 1, 20, N_("chats at once")),
  REAL_OPT ("response_hours", 0, 1e5, N_("response-time target")),
};

static const VbColumn forecast_month_columns[] = {
  REF ("channel_id", "forecast_channel", N_("channel")),
  INT ("month", 1, 1, 12, N_("month")),
  REAL ("volume", 0, 0, BIG, N_("volume")),
};

static const VbColumn quote_columns[] = {
  REF ("vendor_id", "vendor", N_("vendor")),
  CURRENCY_OPT ("currency", N_("currency")),
  REAL_OPT ("exchange_rate", 0.000001, 1e6, N_("exchange rate")),
  REAL_OPT ("fixed_monthly", 0, MONEY_MAX, N_("fixed monthly fee")),
  REAL_OPT ("setup_fee", 0, MONEY_MAX, N_("setup fee")),
  REAL_OPT ("training_per_agent", 0, MONEY_MAX, N_("training fee per agent")),
  REAL_OPT ("integration_fee", 0, MONEY_MAX, N_("integration fee")),
  REAL_OPT ("monthly_extras", 0, MONEY_MAX, N_("monthly extras")),
  REAL_OPT ("minimum_monthly_fee", 0, MONEY_MAX, N_("minimum monthly fee")),
  REAL_OPT ("minimum_hours", 0, BIG, N_("minimum hours")),
  REAL_OPT ("minimum_fte", 0, BIG, N_("minimum headcount")),
  INT_OPT ("term_months", 1, 120, N_("term")),
  REAL_OPT ("termination_fee", 0, MONEY_MAX, N_("termination fee")),
  TEXT ("notes", N_("notes")),
};

/* A price of a quote: for one channel or all ("" in "channel") */
static const VbColumn quote_line_columns[] = {
  REF ("quote_id", "quote", N_("quote")),
  SCOPE ("channel", N_("channel")),
  ENUM ("model", vb_quote_model_get_type, N_("pricing model")),
  REAL_OPT ("rate", 0, MONEY_MAX, N_("rate")),
  ENUM ("hour_basis", vb_hour_basis_get_type, N_("hours paid for")),
  BOOL ("acw_billed", 0, N_("billing of after-contact work")),
  TEXT ("outcome_unit", N_("outcome unit")),
  REAL_OPT ("outcome_pct", 0, 100, N_("share of contacts that end in an outcome")),
  REAL_OPT ("surcharge_pct", 0, 1000, N_("peak or holiday surcharge")),
  REAL_OPT ("surcharge_share_pct", 0, 100, N_("share of the volume with a surcharge")),
};

static const VbColumn roi_benefit_columns[] = {
  TEXT ("description", N_("description")),
  REAL_OPT ("annual_amount", -MONEY_MAX, MONEY_MAX, N_("amount a year")),
};

static const VbColumn transition_cost_columns[] = {
  TEXT ("description", N_("description")),
  REAL_OPT ("amount", 0, MONEY_MAX, N_("amount")),
};

static const VbColumn criterion_columns[] = {
  REF_OPT ("parent_id", "criterion", N_("category")),
  ENUM ("kind", vb_criterion_kind_get_type, N_("kind")),
  TEXT ("name", N_("name")),
  TEXT ("description", N_("description")),
  REAL ("weight", 0, 0, 100, N_("weight")),
  BOOL ("cost", 0, N_("cost mark")),
  REAL_OPT ("smart_points", 0, 100, N_("points")),
};

static const VbColumn evaluator_columns[] = {
  TEXT ("name", N_("name")),
  TEXT ("role", N_("role")),
  BOOL ("is_advisor", 0, N_("advisor mark")),
  BOOL ("advisory", 0, N_("advisory-only mark")),
};

static const VbColumn score_columns[] = {
  REF ("evaluator_id", "evaluator", N_("evaluator")),
  REF ("vendor_id", "vendor", N_("vendor")),
  REF ("criterion_id", "criterion", N_("criterion")),
  INT_OPT ("score", 1, 5, N_("score")),
  TEXT ("comment", N_("comment")),
};

static const VbColumn ahp_judgement_columns[] = {
  REF ("criterion_a", "criterion", N_("first criterion")),
  REF ("criterion_b", "criterion", N_("second criterion")),
  REAL ("value", 1, 0.1111, 9, N_("judgement")),
  REF_OPT_CASCADE ("evaluator_id", "evaluator", N_("evaluator")),
};

static const VbColumn consensus_columns[] = {
  REF ("vendor_id", "vendor", N_("vendor")),
  REF ("criterion_id", "criterion", N_("criterion")),
  INT_OPT ("score", 1, 5, N_("agreed score")),
  TEXT ("reason", N_("reason")),
  TEXT ("decided_by", N_("who agreed")),
};

static const VbColumn decision_columns[] = {
  REF_OPT ("vendor_id", "vendor", N_("vendor")),
  TEXT ("rationale", N_("rationale")),
  DATE ("decided_on", N_("date")),
  TEXT ("decided_by", N_("who decided")),
  ENUM ("status", vb_decision_status_get_type, N_("status")),
  BOOL ("unmet_confirmed", 0, N_("confirmation of unmet checklist items")),
};

/* One current decision: an index on nothing but the table (no column) */
static const VbUnique decision_uniques[] = {
  { NULL, NULL, 0, N_("a project has one current decision") },
};

static const VbColumn decision_rejection_columns[] = {
  REF ("decision_id", "decision", N_("decision")),
  REF ("vendor_id", "vendor", N_("vendor")),
  TEXT ("reason", N_("reason")),
};

static const VbColumn pilot_columns[] = {
  REF_OPT ("vendor_id", "vendor", N_("vendor")),
  SET ("channels", vb_channel_get_type, N_("channels")),
  TEXT ("region", N_("region")),
  TEXT ("product_line", N_("product line")),
  TEXT ("contact_types", N_("contact types")),
  REAL_OPT ("volume_share_pct", 0, 100, N_("share of the volume")),
  DATE ("start_date", N_("start date")),
  DATE ("end_date", N_("end date")),
  TEXT ("team_ours", N_("our team")),
  TEXT ("team_vendor", N_("the vendor’s team")),
  INT_OPT ("checkin_weekday", 1, 7, N_("check-in day")),
  INT_OPT ("checkin_every_weeks", 1, 52, N_("weeks between check-ins")),
  TEXT ("checkin_time", N_("check-in time")),
  INT_OPT ("checkin_minutes", 1, 1440, N_("length of a check-in")),
  TEXT ("checkin_notes", N_("notes on the check-ins")),
  REAL_OPT ("automation_share_pct", 0, 100, N_("automation share")),
  TEXT ("reporting", N_("reporting")),
  TEXT ("exit_notes", N_("exit clause")),
};

static const VbColumn kpi_columns[] = {
  TEXT ("key", N_("key")),
  TEXT ("name", N_("name")),
  TEXT ("unit", N_("unit")),
  ENUM ("direction", vb_direction_get_type, N_("direction")),
  TEXT ("definition", N_("definition")),
  TEXT ("formula", N_("formula")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbUnique kpi_uniques[] = {
  { "key", NULL, 0, N_("two measures cannot have the same key") },
};

static const VbColumn sla_columns[] = {
  TEXT ("kpi_key", N_("measure")),
  SCOPE ("channel", N_("channel")),
  REF_OPT ("objective_id", "objective", N_("objective")),
  REAL_OPT ("target", -1e9, 1e9, N_("target")),
  REAL_OPT ("answer_seconds", 0, 1e7, N_("answer time")),
  REAL_OPT ("threshold", -1e9, 1e9, N_("threshold")),
  TEXT ("method", N_("measurement method")),
  TEXT ("data_source", N_("data source")),
  TEXT ("cadence", N_("reporting cadence")),
  TEXT ("credit", N_("service credit")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn pilot_criterion_columns[] = {
  REF ("pilot_id", "pilot", N_("pilot")),
  REF_OPT ("sla_id", "sla", N_("service level")),
  TEXT ("condition", N_("condition")),
  ENUM ("met", vb_met_state_get_type, N_("result")),
};

static const VbColumn workflow_columns[] = {
  TEXT ("name", N_("name")),
  TEXT ("trigger", N_("trigger")),
  TEXT ("systems", N_("systems")),
  TEXT ("training_links", N_("training material")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn workflow_step_columns[] = {
  REF ("workflow_id", "workflow", N_("workflow")),
  TEXT ("description", N_("description")),
  TEXT ("owner", N_("owner")),
  TEXT ("tool", N_("tool")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn escalation_tier_columns[] = {
  INT ("level", 1, 1, 3, N_("level")),
  TEXT ("handles", N_("what it handles")),
};

static const VbColumn escalation_path_columns[] = {
  TEXT ("trigger", N_("trigger")),
  INT_OPT ("from_tier", 1, 3, N_("from tier")),
  TEXT ("contact_name", N_("contact")),
  TEXT ("contact_role", N_("role")),
  TEXT ("phone", N_("phone number")),
  TEXT ("email", N_("email address")),
  REAL_OPT ("response_minutes", 0, 1e6, N_("expected response time")),
};

static const VbColumn transition_phase_columns[] = {
  TEXT ("key", N_("key")),
  TEXT ("name", N_("name")),
  TEXT ("entry_criteria", N_("entry criteria")),
  TEXT ("exit_criteria", N_("exit criteria")),
  BOOL ("example", 0, N_("example mark")),
};

static const VbColumn transition_item_columns[] = {
  REF ("phase_id", "transition_phase", N_("phase")),
  TEXT ("key", N_("key")),
  TEXT ("title", N_("title")),
  TEXT ("owner", N_("owner")),
  DATE ("due_date", N_("due date")),
  ENUM ("status", vb_item_status_get_type, N_("status")),
  TEXT ("notes", N_("notes")),
  BOOL ("example", 0, N_("example mark")),
};

/* One import of a help-desk ticket export: its weeks are replaced when the
 * same export is imported again */
static const VbColumn ticket_import_columns[] = {
  TEXT ("file_name", N_("file name")),
  TEXT ("preset", N_("kind of export")),
  TEXT ("header_key", N_("header")),
  TIME ("imported_at", N_("time of import")),
  INT ("tickets", 0, 0, 1000000000, N_("tickets")),
  DATE ("first_week", N_("first week")),
  DATE ("last_week", N_("last week")),
};

/* A remembered column mapping, per source: "fields" holds field=column
 * lines with the keys of import-tickets --map */
static const VbColumn ticket_mapping_columns[] = {
  TEXT ("header_key", N_("header")),
  TEXT ("preset", N_("kind of export")),
  TEXT ("fields", N_("columns")),
  ENUM ("duration_unit", vb_duration_unit_get_type, N_("unit of durations")),
  BOOL ("business_hours", 0, N_("business-hours mark")),
};

static const VbUnique ticket_mapping_uniques[] = {
  { "header_key", NULL, 0, N_("one mapping is remembered per kind of header") },
};

static const VbColumn ticket_channel_word_columns[] = {
  REF ("mapping_id", "ticket_mapping", N_("column mapping")),
  TEXT ("word", N_("word")),
  ENUM ("channel", vb_channel_get_type, N_("channel")),
};

/* A week's result of one KPI on one channel ("" all). count_a … count_d
 * are the KPI's raw counts in the order of its inputs (vb-kpi.c;
 * docs/json-format.md lists them) */
static const VbColumn kpi_result_columns[] = {
  TEXT ("kpi_key", N_("measure")),
  SCOPE ("channel", N_("channel")),
  DATE ("week_start", N_("week")),
  REAL_OPT ("value", -1e12, 1e12, N_("value")),
  REAL_OPT ("count_a", 0, 1e12, N_("first count")),
  REAL_OPT ("count_b", 0, 1e12, N_("second count")),
  REAL_OPT ("count_c", 0, 1e12, N_("third count")),
  REAL_OPT ("count_d", 0, 1e12, N_("fourth count")),
  BOOL ("business_hours", 0, N_("business-hours mark")),
  REF_OPT_CASCADE ("import_id", "ticket_import", N_("ticket import")),
  TEXT ("notes", N_("notes")),
};

/* A week of a KPI and channel once per source: importing again replaces */
static const VbUnique kpi_result_uniques[] = {
  { "kpi_key,channel,week_start,import_id", NULL, 0, N_("a measure has one result a week per channel and source") },
};

static const VbColumn checklist_item_columns[] = {
  TEXT ("item_key", N_("item")),
  BOOL ("met", 0, N_("result")),
  TEXT ("note", N_("note")),
};

static const VbColumn dismissal_columns[] = {
  TEXT ("rule_id", N_("rule")),
  TEXT ("subject", N_("subject")),
  TEXT ("fingerprint", N_("fingerprint")),
  TEXT ("reason", N_("reason")),
  TEXT ("dismissed_by", N_("who dismissed it")),
};

static const VbColumn tombstone_columns[] = {
  TEXT ("table_name", N_("table")),
  TIME ("deleted_at", N_("time of deletion")),
};

static const VbColumn activity_columns[] = {
  TIME ("at", N_("time")),
  TEXT ("author", N_("author")),
  ENUM ("action", vb_activity_action_get_type, N_("action")),
  TEXT ("table_name", N_("table")),
  TEXT ("row_uuid", N_("row")),
  TEXT ("summary", N_("summary")),
};

/* Parents before children: the order of creation, JSON and import. */
static const VbTable tables[] = {
  TABLE ("project", project_columns, VB_TABLE_SINGLE_ROW, vb_project_settings_get_type, N_("project")),
  TABLE ("objective", objective_columns, VB_TABLE_ORDERED, vb_objective_get_type, N_("objective")),
  TABLE ("task", task_columns, VB_TABLE_ORDERED, vb_task_get_type, N_("task")),
  TABLE_U ("vendor", vendor_columns, VB_TABLE_ORDERED, vb_vendor_get_type, N_("vendor"), vendor_uniques),
  TABLE_U ("contact", contact_columns, VB_TABLE_ORDERED, vb_contact_get_type, N_("contact"), contact_uniques),
  TABLE ("requirement_section", requirement_section_columns, VB_TABLE_ORDERED, vb_requirement_section_get_type, N_("requirement section")),
  TABLE ("requirement", requirement_columns, VB_TABLE_ORDERED, vb_requirement_get_type, N_("requirement")),
  TABLE ("question_domain", question_domain_columns, VB_TABLE_ORDERED, vb_question_domain_get_type, N_("question domain")),
  TABLE ("question", question_columns, VB_TABLE_ORDERED, vb_question_get_type, N_("question")),
  TABLE ("question_framework", question_framework_columns, VB_TABLE_ORDERED, NULL, N_("framework tag")),
  TABLE_C ("response", response_columns, 0, vb_response_get_type, N_("response"), response_checks),
  TABLE ("call_prompt", call_prompt_columns, VB_TABLE_ORDERED, vb_call_prompt_get_type, N_("call-sheet question")),
  TABLE ("reference", reference_columns, VB_TABLE_ORDERED, vb_reference_get_type, N_("reference")),
  TABLE ("reference_answer", reference_answer_columns, VB_TABLE_ORDERED, vb_reference_answer_get_type, N_("reference answer")),
  TABLE ("forecast_channel", forecast_channel_columns, VB_TABLE_ORDERED, vb_channel_forecast_get_type, N_("forecast channel")),
  TABLE ("forecast_month", forecast_month_columns, 0, vb_forecast_month_get_type, N_("forecast month")),
  TABLE ("quote", quote_columns, 0, vb_vendor_quote_get_type, N_("quote")),
  TABLE ("quote_line", quote_line_columns, VB_TABLE_ORDERED, vb_vendor_quote_line_get_type, N_("price line")),
  TABLE ("roi_benefit", roi_benefit_columns, VB_TABLE_ORDERED, vb_roi_benefit_get_type, N_("benefit")),
  TABLE ("transition_cost", transition_cost_columns, VB_TABLE_ORDERED, vb_roi_cost_get_type, N_("transition cost")),
  TABLE ("criterion", criterion_columns, VB_TABLE_ORDERED, vb_criterion_get_type, N_("criterion")),
  TABLE ("evaluator", evaluator_columns, VB_TABLE_ORDERED, vb_evaluator_get_type, N_("evaluator")),
  TABLE ("score", score_columns, 0, vb_score_get_type, N_("score")),
  TABLE ("ahp_judgement", ahp_judgement_columns, 0, vb_ahp_judgement_get_type, N_("pairwise judgement")),
  TABLE ("consensus", consensus_columns, 0, vb_consensus_get_type, N_("agreed score")),
  TABLE_U ("decision", decision_columns, 0, vb_decision_get_type, N_("decision"), decision_uniques),
  TABLE ("decision_rejection", decision_rejection_columns, VB_TABLE_ORDERED, vb_decision_rejection_get_type, N_("rejected vendor")),
  TABLE_U ("kpi", kpi_columns, VB_TABLE_ORDERED, vb_custom_kpi_get_type, N_("measure"), kpi_uniques),
  TABLE ("sla", sla_columns, VB_TABLE_ORDERED, vb_sla_get_type, N_("service level")),
  TABLE ("pilot", pilot_columns, 0, vb_pilot_get_type, N_("pilot")),
  TABLE ("pilot_criterion", pilot_criterion_columns, VB_TABLE_ORDERED, vb_go_criterion_get_type, N_("go/no-go criterion")),
  TABLE ("workflow", workflow_columns, VB_TABLE_ORDERED, vb_workflow_get_type, N_("workflow")),
  TABLE ("workflow_step", workflow_step_columns, VB_TABLE_ORDERED, vb_workflow_step_get_type, N_("workflow step")),
  TABLE ("escalation_tier", escalation_tier_columns, VB_TABLE_ORDERED, vb_escalation_tier_get_type, N_("escalation tier")),
  TABLE ("escalation_path", escalation_path_columns, VB_TABLE_ORDERED, vb_escalation_path_get_type, N_("escalation path")),
  TABLE ("transition_phase", transition_phase_columns, VB_TABLE_ORDERED, vb_transition_phase_get_type, N_("transition phase")),
  TABLE ("transition_item", transition_item_columns, VB_TABLE_ORDERED, vb_transition_item_get_type, N_("transition task")),
  TABLE ("ticket_import", ticket_import_columns, 0, vb_ticket_import_record_get_type, N_("ticket import")),
  TABLE_U ("ticket_mapping", ticket_mapping_columns, 0, vb_column_mapping_get_type, N_("column mapping"), ticket_mapping_uniques),
  TABLE ("ticket_channel_word", ticket_channel_word_columns, 0, vb_channel_word_get_type, N_("channel word")),
  TABLE_U ("kpi_result", kpi_result_columns, 0, vb_kpi_result_get_type, N_("result"), kpi_result_uniques),
  TABLE ("checklist_item", checklist_item_columns, 0, vb_checklist_item_get_type, N_("checklist item")),
  TABLE ("dismissal", dismissal_columns, 0, vb_dismissal_get_type, N_("dismissal")),
  TABLE ("tombstone", tombstone_columns, VB_TABLE_INTERNAL, NULL, N_("deletion record")),
  TABLE ("activity", activity_columns, VB_TABLE_INTERNAL, NULL, N_("activity entry")),
};

static const VbSchema schema_current = { VB_SCHEMA_VERSION, tables, G_N_ELEMENTS (tables), NULL };

/* Earlier versions, verified against the DDL they wrote */
static const VbSchema schema_v1 = { 1, NULL, 0, "schema/v1.sql" };
static const VbSchema schema_v2 = { 2, NULL, 0, "schema/v2.sql" };
static const VbSchema schema_v3 = { 3, NULL, 0, "schema/v3.sql" };
static const VbSchema schema_v4 = { 4, NULL, 0, "schema/v4.sql" };

const VbSchema *
vb_schema_current (void)
{
  return &schema_current;
}

const VbSchema *
vb_schema_for_version (int version)
{
  if (version == VB_SCHEMA_VERSION)
    return &schema_current;
  if (version == 1)
    return &schema_v1;
  if (version == 2)
    return &schema_v2;
  if (version == 3)
    return &schema_v3;
  if (version == 4)
    return &schema_v4;
  return NULL;
}
