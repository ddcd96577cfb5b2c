/* test-pilot-data.c — the pilot stages' entities and their rules
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Custom KPI keys, SLA levels, results by value or by counts, the pilot's
 * vendor and check-in cadence, go / no-go criteria, escalation and the
 * emergency, overdue transition tasks, and each SLA's weekly series from
 * the stored results (values computed by hand in the comments).
 */

#include <math.h>

#include "vb-channel-word.h"
#include "vb-column-mapping.h"
#include "vb-custom-kpi.h"
#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-go-criterion.h"
#include "vb-kpi-result.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-sla-history.h"
#include "vb-sla.h"
#include "vb-ticket-import-record.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor.h"
#include "vb-workflow-step.h"
#include "vb-workflow.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  VbProject *project;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
rows (Fixture *f, const char *table)
{
  return vb_project_count_rows (f->project, table);
}

/* A week entered by hand is one edit, one undo step: 72 answered in time
 * of 90 offered = 80 %; the same week entered again changes that result
 * (no second row); refused counts or a Tuesday change nothing */
static void
test_result_enter (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const double good[] = { 72, 90, NAN };
  const double bad[] = { 100, 90, NAN };
  VbKpiResult *result, *again;
  gint64 steps_before;

  steps_before = vbt_count_sql (f->project, "SELECT count(*) FROM activity");
  result = vb_project_enter_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05",
                                        NAN, good, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpfloat_with_epsilon (vb_kpi_result_get_value (result), 80, 1e-9);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM activity"), ==, steps_before + 1);
  g_assert_true (vb_project_find_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05") == result);
  g_assert_null (vb_project_find_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_CHAT, "2026-01-05"));

  /* the same week again: that row changed, as its value */
  again = vb_project_enter_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05",
                                       77.5, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (again == result);
  g_assert_cmpint (rows (f, "kpi_result"), ==, 1);
  g_assert_cmpfloat (vb_kpi_result_get_value (result), ==, 77.5);
  g_assert_false (vb_kpi_result_has_counts (result));

  /* refused: nothing changes, no row added */
  g_assert_null (vb_project_enter_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_CHAT, "2026-01-05",
                                              NAN, bad, 3, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (vb_project_enter_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_CHAT, "2026-01-06",
                                              50, NULL, 0, &error));
  g_clear_error (&error);
  g_assert_null (vb_project_enter_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_CHAT, "2026-01-05",
                                              NAN, NULL, 0, &error));
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "kpi_result"), ==, 1);

  /* one undo: back to the counts; another: no result at all */
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  result = vb_project_find_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05");
  g_assert_nonnull (result);
  g_assert_cmpfloat (vb_kpi_result_get_count_a (result), ==, 72);
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows (f, "kpi_result"), ==, 0);
}

/* A custom KPI may not take a built-in key, by its setter or a generic write */
static void
test_custom_kpi_key (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbCustomKpi *kpi = vb_project_add_custom_kpi (f->project, &error);
  GValue v = G_VALUE_INIT;

  g_assert_no_error (error);
  g_assert_false (vb_custom_kpi_set_key (kpi, "csat", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "built-in"));
  g_clear_error (&error);
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, "service-level");
  g_assert_false (vb_record_set_property_value (VB_RECORD (kpi), "key", &v, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_value_unset (&v);
  g_assert_cmpstr (vb_custom_kpi_get_key (kpi), ==, "");

  g_assert_true (vb_custom_kpi_set_key (kpi, "  tone-score ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_custom_kpi_get_key (kpi), ==, "tone-score");
  g_assert_true (vb_project_lookup_custom_kpi (f->project, "tone-score") == kpi);
}

/* A custom KPI added with its key: a fresh one, never a built-in or a
 * taken key, in one edit (one undo takes the whole KPI away) */
static void
test_custom_kpi_keyed (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbCustomKpi *taken = vb_project_add_custom_kpi (f->project, &error);
  VbCustomKpi *kpi;
  gint64 steps_before;

  g_assert_no_error (error);
  g_assert_true (vb_custom_kpi_set_key (taken, "own-1", &error));
  steps_before = vbt_count_sql (f->project, "SELECT count(*) FROM activity");
  kpi = vb_project_add_keyed_custom_kpi (f->project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kpi);
  g_assert_cmpstr (vb_custom_kpi_get_key (kpi), ==, "own-2");
  g_assert_null (vb_kpi_lookup (vb_custom_kpi_get_key (kpi)));
  g_assert_true (vb_project_lookup_custom_kpi (f->project, "own-2") == kpi);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM activity"), ==, steps_before + 1);
  /* an SLA can name it at once */
  g_assert_nonnull (vb_project_add_sla (f->project, "own-2", &error));
  g_assert_no_error (error);
  /* a measure an SLA names is not removed; once the SLA is gone it is */
  g_assert_false (vb_record_remove (VB_RECORD (kpi), &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "remove that SLA first"));
  g_clear_error (&error);
  g_assert_true (vb_record_is_live (VB_RECORD (kpi)));
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_true (vb_record_remove (VB_RECORD (kpi), &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows (f, "kpi"), ==, 1);
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows (f, "kpi"), ==, 1);
}

/* Renaming a custom KPI's key takes the SLAs that named it along, in the
 * same edit: one undo step brings back the old key everywhere */
static void
test_custom_kpi_rename (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbCustomKpi *kpi = vb_project_add_custom_kpi (f->project, &error);
  VbCustomKpi *other = vb_project_add_custom_kpi (f->project, &error);
  VbSla *on_phone, *on_all, *builtin;
  VbKpiResult *week;
  gint64 steps_before;

  g_assert_no_error (error);
  g_assert_true (vb_custom_kpi_set_key (kpi, "tone-score", &error));
  g_assert_true (vb_custom_kpi_set_key (other, "resolution-depth", &error));
  on_phone = vb_project_add_sla (f->project, "tone-score", &error);
  g_assert_true (vb_sla_set_channel (on_phone, VB_CHANNEL_SCOPE_PHONE, &error));
  on_all = vb_project_add_sla (f->project, "tone-score", &error);
  builtin = vb_project_add_sla (f->project, "service-level", &error);
  g_assert_no_error (error);
  /* a week measured on it, entered by hand */
  week = vb_project_add_kpi_result (f->project, "tone-score", VB_CHANNEL_SCOPE_ALL, "2026-11-02", &error);
  g_assert_no_error (error);
  g_assert_nonnull (week);

  /* one edit: one more row in the activity log */
  steps_before = vbt_count_sql (f->project, "SELECT count(*) FROM activity");
  g_assert_true (vb_custom_kpi_set_key (kpi, "tone", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM activity"), ==, steps_before + 1);
  g_assert_cmpstr (vb_custom_kpi_get_key (kpi), ==, "tone");
  g_assert_cmpstr (vb_sla_get_kpi_key (on_phone), ==, "tone");
  g_assert_cmpstr (vb_sla_get_kpi_key (on_all), ==, "tone");
  g_assert_cmpstr (vb_sla_get_kpi_key (builtin), ==, "service-level");
  g_assert_true (vb_sla_get_custom_kpi (on_phone) == kpi);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM sla WHERE kpi_key = 'tone-score'"), ==, 0);
  /* the week follows: the SLA keeps its history */
  g_assert_cmpstr (vb_kpi_result_get_kpi_key (week), ==, "tone");
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM kpi_result WHERE kpi_key = 'tone'"), ==, 1);

  /* one undo brings back the old key in the KPI and both SLAs */
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_custom_kpi_get_key (kpi), ==, "tone-score");
  g_assert_cmpstr (vb_sla_get_kpi_key (on_phone), ==, "tone-score");
  g_assert_cmpstr (vb_sla_get_kpi_key (on_all), ==, "tone-score");
  g_assert_cmpstr (vb_sla_get_kpi_key (builtin), ==, "service-level");
  g_assert_cmpstr (vb_kpi_result_get_kpi_key (week), ==, "tone-score");

  /* a refused key (another KPI's) changes nothing at all */
  g_assert_false (vb_custom_kpi_set_key (kpi, "resolution-depth", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (vb_custom_kpi_get_key (kpi), ==, "tone-score");
  g_assert_cmpstr (vb_sla_get_kpi_key (on_phone), ==, "tone-score");
  g_assert_cmpstr (vb_sla_get_kpi_key (on_all), ==, "tone-score");
}

/* An SLA names a known KPI; its threshold lies on the worse side; no
 * target: tracked only, and the threshold goes with the target */
static void
test_sla_rules (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbCustomKpi *kpi;
  VbSla *sla;

  g_assert_null (vb_project_add_sla (f->project, "tone-score", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "sla"), ==, 0);

  kpi = vb_project_add_custom_kpi (f->project, &error);
  g_assert_true (vb_custom_kpi_set_key (kpi, "tone-score", &error));
  g_assert_true (vb_custom_kpi_set_direction (kpi, VB_DIRECTION_LOWER, &error));
  sla = vb_project_add_sla (f->project, "tone-score", &error);
  g_assert_no_error (error);
  g_assert_cmpint (vb_sla_get_direction (sla), ==, VB_DIRECTION_LOWER);
  g_assert_true (vb_sla_set_kpi_key (sla, "service-level", &error));
  g_assert_cmpint (vb_sla_get_direction (sla), ==, VB_DIRECTION_HIGHER);
  g_assert_true (vb_sla_is_tracked_only (sla));
  g_assert_cmpint (vb_sla_get_status_of (sla, 50), ==, VB_SLA_STATUS_NO_TARGET);

  /* higher is better: a threshold above the target is on the wrong side */
  g_assert_true (vb_sla_set_target (sla, 80, &error));
  g_assert_false (vb_sla_set_threshold (sla, 85, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (isnan (vb_sla_get_threshold (sla)));
  g_assert_true (vb_sla_set_threshold (sla, 75, &error));
  g_assert_no_error (error);
  /* a target below the threshold is refused too */
  g_assert_false (vb_sla_set_target (sla, 70, &error));
  g_clear_error (&error);
  g_assert_cmpfloat (vb_sla_get_target (sla), ==, 80);
  /* switching to a lower-is-better KPI would put 75 on the wrong side */
  g_assert_false (vb_sla_set_kpi_key (sla, "tone-score", &error));
  g_clear_error (&error);
  g_assert_cmpstr (vb_sla_get_kpi_key (sla), ==, "service-level");

  g_assert_cmpint (vb_sla_get_status_of (sla, 80), ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (vb_sla_get_status_of (sla, 75), ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_get_status_of (sla, 74.9), ==, VB_SLA_STATUS_BREACHED);

  g_assert_true (vb_sla_set_target (sla, NAN, &error));
  g_assert_true (vb_sla_is_tracked_only (sla));
  g_assert_true (isnan (vb_sla_get_threshold (sla)));
}

/* Service level from counts: 72 answered in time of 90 offered, none left
 * out = 72 ÷ 90 × 100 = 80 %. Counts that do not add up are refused and
 * change nothing; a value entered alone drops the counts. */
static void
test_result_value_or_counts (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const double good[] = { 72, 90, NAN };
  const double bad[] = { 100, 90, NAN };
  VbKpiResult *result;
  GValue v = G_VALUE_INIT;

  g_assert_null (vb_project_add_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-06", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (vb_project_add_kpi_result (f->project, "no-such-kpi", VB_CHANNEL_SCOPE_PHONE, "2026-01-05", &error));
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "kpi_result"), ==, 0);

  result = vb_project_add_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05", &error);
  g_assert_no_error (error);
  g_assert_true (vb_kpi_result_set_counts (result, good, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (vb_kpi_result_get_value (result), 80, 1e-9);
  g_assert_cmpfloat (vb_kpi_result_get_count_a (result), ==, 72);
  g_assert_cmpfloat (vb_kpi_result_get_count_b (result), ==, 90);
  g_assert_true (isnan (vb_kpi_result_get_count_c (result)));

  g_assert_false (vb_kpi_result_set_counts (result, bad, 3, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vb_kpi_result_set_counts (result, good, 2, &error));
  g_clear_error (&error);
  g_assert_cmpfloat (vb_kpi_result_get_count_a (result), ==, 72);
  g_assert_cmpfloat_with_epsilon (vb_kpi_result_get_value (result), 80, 1e-9);

  g_assert_true (vb_kpi_result_set_value (result, 83.5, &error));
  g_assert_cmpfloat (vb_kpi_result_get_value (result), ==, 83.5);
  g_assert_false (vb_kpi_result_has_counts (result));
  g_assert_true (isnan (vb_kpi_result_get_count_a (result)));

  /* a generic write cannot move it to another week */
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, "2026-01-12");
  g_assert_false (vb_record_set_property_value (VB_RECORD (result), "week-start", &v, &error));
  g_clear_error (&error);
  g_value_unset (&v);

  /* the same hand-entered week twice is refused by the file */
  g_assert_null (vb_project_add_kpi_result (f->project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (rows (f, "kpi_result"), ==, 1);
}

/* Results of an import are changed by importing again */
static void
test_result_imported (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbKpiResult *result = vb_project_add_kpi_result (f->project, "csat", VB_CHANNEL_SCOPE_ALL, "2026-01-05", &error);
  VbRecord *import = vb_project_add (f->project, "ticket_import", &error);

  g_assert_no_error (error);
  g_assert_true (vb_project_set_text (f->project, VB_RECORD (result), "import_id", vb_record_get_uuid (import), &error));
  g_assert_true (vb_kpi_result_is_imported (result));
  g_assert_false (vb_kpi_result_set_value (result, 90, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "import"));
}

/* The pilot takes the selected vendor; the check-in time is HH:MM; the
 * cadence is one edit; a pilot cannot end before it starts */
static void
test_pilot (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *a = vb_project_add_vendor (f->project, &error);
  VbVendor *b = vb_project_add_vendor (f->project, &error);
  VbPilot *first, *pilot;
  int undo_before;

  g_assert_no_error (error);
  first = vb_project_add_pilot (f->project, &error);
  g_assert_no_error (error);
  g_assert_null (vb_pilot_get_vendor (first));
  g_assert_true (vb_vendor_select (b, &error));
  pilot = vb_project_add_pilot (f->project, &error);
  g_assert_true (vb_pilot_get_vendor (pilot) == b);
  g_assert_true (vb_pilot_set_vendor (pilot, a, &error));
  g_assert_true (vb_pilot_get_vendor (pilot) == a);
  g_assert_true (vb_project_get_pilot (f->project) == first);

  g_assert_false (vb_pilot_set_checkin_time (pilot, "25:00", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vb_pilot_set_checkin_time (pilot, "9:30", &error));
  g_clear_error (&error);
  g_assert_false (vb_pilot_set_checkin_weekday (pilot, 8, &error));
  g_clear_error (&error);
  g_assert_false (vb_pilot_has_checkin_cadence (pilot));

  undo_before = (int) vbt_count_sql (f->project, "SELECT count(*) FROM activity");
  g_assert_true (vb_pilot_set_checkin_cadence (pilot, 2, 1, "09:30", 45, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM activity"), ==, undo_before + 1);
  g_assert_cmpint (vb_pilot_get_checkin_weekday (pilot), ==, 2);
  g_assert_cmpint (vb_pilot_get_checkin_every_weeks (pilot), ==, 1);
  g_assert_cmpint (vb_pilot_get_checkin_minute_of_day (pilot), ==, 9 * 60 + 30);
  g_assert_cmpint (vb_pilot_get_checkin_minutes (pilot), ==, 45);
  g_assert_true (vb_pilot_has_checkin_cadence (pilot));
  /* a bad part refuses the whole cadence */
  g_assert_false (vb_pilot_set_checkin_cadence (pilot, 3, 0, "10:00", 2000, &error));
  g_clear_error (&error);
  g_assert_cmpint (vb_pilot_get_checkin_weekday (pilot), ==, 2);
  g_assert_cmpstr (vb_pilot_get_checkin_time (pilot), ==, "09:30");

  g_assert_true (vb_pilot_set_start_date (pilot, "2026-03-02", &error));
  g_assert_false (vb_pilot_set_end_date (pilot, "2026-02-27", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vb_pilot_set_end_date (pilot, "2026-04-24", &error));
  g_assert_false (vb_pilot_set_start_date (pilot, "2026-05-01", &error));
  g_clear_error (&error);
  g_assert_cmpstr (vb_pilot_get_start_date (pilot), ==, "2026-03-02");
}

/* A criterion is an SLA or a condition, never both */
static void
test_criteria (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbPilot *pilot = vb_project_add_pilot (f->project, &error);
  VbSla *sla = vb_project_add_sla (f->project, "csat", &error);
  VbGoCriterion *c = vb_pilot_add_criterion (pilot, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vb_pilot_get_criteria (pilot)), ==, 1);
  g_assert_true (vb_go_criterion_set_condition (c, "Agents passed the product quiz", &error));
  g_assert_true (vb_go_criterion_set_met (c, VB_MET_STATE_MET, &error));
  g_assert_false (vb_go_criterion_is_sla (c));
  g_assert_true (vb_go_criterion_set_sla (c, sla, &error));
  g_assert_true (vb_go_criterion_is_sla (c));
  g_assert_true (vb_go_criterion_get_sla (c) == sla);
  g_assert_cmpstr (vb_go_criterion_get_condition (c), ==, "");
  g_assert_cmpint (vb_go_criterion_get_met (c), ==, VB_MET_STATE_UNSET);
  g_assert_true (vb_go_criterion_set_condition (c, "Sandbox access works", &error));
  g_assert_false (vb_go_criterion_is_sla (c));
  g_assert_null (vb_go_criterion_get_sla (c));
}

/* Tiers 1–3; the emergency and its path live on the project */
static void
test_escalation (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbEscalationTier *tier = vb_project_add_escalation_tier (f->project, &error);
  VbEscalationPath *path = vb_project_add_escalation_path (f->project, &error);
  VbWorkflow *workflow = vb_project_add_workflow (f->project, &error);
  VbWorkflowStep *step = vb_workflow_add_step (workflow, &error);

  g_assert_no_error (error);
  g_assert_cmpint (vb_escalation_tier_get_level (tier), ==, 1);
  g_assert_false (vb_escalation_tier_set_level (tier, 4, &error));
  g_clear_error (&error);
  g_assert_true (vb_escalation_tier_set_level (tier, 3, &error));
  g_assert_false (vb_escalation_path_set_from_tier (path, 4, &error));
  g_clear_error (&error);
  g_assert_true (vb_escalation_path_set_from_tier (path, 2, &error));
  g_assert_cmpint (vb_escalation_path_get_from_tier (path), ==, 2);
  g_assert_true (vb_escalation_path_set_from_tier (path, 0, &error));
  g_assert_cmpint (vb_escalation_path_get_from_tier (path), ==, 0);
  g_assert_true (vb_workflow_step_get_workflow (step) == workflow);

  g_assert_null (vb_project_get_emergency_path (f->project));
  g_assert_true (vb_project_set_emergency_definition (f->project, "The shop is down", &error));
  g_assert_true (vb_project_set_emergency_path (f->project, path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_project_get_emergency_definition (f->project), ==, "The shop is down");
  g_assert_true (vb_project_get_emergency_path (f->project) == path);
  g_assert_true (vb_record_remove (VB_RECORD (path), &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_get_emergency_path (f->project));
}

/* Add Tier: the lowest level free, in one undo step; a fourth refused */
static void
test_next_tier (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbEscalationTier *first = vb_project_add_escalation_tier (f->project, &error);
  VbEscalationTier *tier;
  GListModel *tiers = vb_project_get_escalation_tiers (f->project);
  guint n = g_list_model_get_n_items (tiers);

  g_assert_no_error (error);
  g_assert_true (vb_escalation_tier_set_level (first, 2, &error));
  g_assert_no_error (error);
  tier = vb_project_add_next_escalation_tier (f->project, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vb_escalation_tier_get_level (tier), ==, 1);
  tier = vb_project_add_next_escalation_tier (f->project, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vb_escalation_tier_get_level (tier), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (tiers), ==, n + 2);
  /* one undo takes the tier of level 3 away whole, not only its level */
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tiers), ==, n + 1);
  g_assert_true (vb_project_redo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tiers), ==, n + 2);
  g_assert_null (vb_project_add_next_escalation_tier (f->project, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (tiers), ==, n + 2);
}

static char *
step_order (VbWorkflow *workflow)
{
  GListModel *steps = vb_workflow_get_steps (workflow);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(VbWorkflowStep) step = g_list_model_get_item (steps, i);

      g_string_append_printf (out, "%s%s", i ? "," : "", vb_workflow_step_get_description (step));
    }
  return g_string_free (out, FALSE);
}

/* A step moves among the steps of its own workflow, whatever the other
 * workflows hold; each move is one undo step */
static void
test_step_move (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbWorkflow *one = vb_project_add_workflow (f->project, &error);
  VbWorkflow *two = vb_project_add_workflow (f->project, &error);
  const char *names[] = { "a", "b", "c" };
  VbWorkflowStep *steps[3];
  g_autofree char *order = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      /* interleaved: the other workflow's steps sit between these in the table */
      VbWorkflowStep *other = vb_workflow_add_step (two, &error);

      steps[i] = vb_workflow_add_step (one, &error);
      g_assert_true (vb_workflow_step_set_description (steps[i], names[i], &error));
      g_assert_true (vb_workflow_step_set_description (other, "x", &error));
    }
  g_assert_no_error (error);

  g_assert_true (vb_workflow_step_move (steps[2], 1, &error));
  g_assert_no_error (error);
  order = step_order (one);
  g_assert_cmpstr (order, ==, "a,c,b");
  g_clear_pointer (&order, g_free);
  g_assert_true (vb_workflow_step_move (steps[0], 1, &error));
  order = step_order (one);
  g_assert_cmpstr (order, ==, "c,a,b");
  g_clear_pointer (&order, g_free);
  g_assert_true (vb_workflow_step_move (steps[2], 0, &error));   /* already first */
  g_assert_true (vb_workflow_step_move (steps[1], 7, &error));   /* past the end: last */
  order = step_order (one);
  g_assert_cmpstr (order, ==, "c,a,b");
  g_clear_pointer (&order, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (vb_workflow_get_steps (two)), ==, 3);
  order = step_order (two);
  g_assert_cmpstr (order, ==, "x,x,x");
  g_clear_pointer (&order, g_free);

  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  order = step_order (one);
  g_assert_cmpstr (order, ==, "a,c,b");
}

/* Overdue: a due date before today and not done. The next tasks: not
 * done, with a date, earliest first, at most n */
static void
test_transition (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbTransitionPhase *phase = vb_project_add_transition_phase (f->project, &error);
  /* first in the checklist, last by date */
  VbTransitionItem *later = vb_transition_phase_add_item (phase, &error);
  VbTransitionItem *late = vb_transition_phase_add_item (phase, &error);
  VbTransitionItem *done = vb_transition_phase_add_item (phase, &error);
  VbTransitionItem *today_item = vb_transition_phase_add_item (phase, &error);
  VbTransitionItem *undated = vb_transition_phase_add_item (phase, &error);
  g_autoptr(GListModel) next = NULL;
  g_autoptr(VbTransitionItem) item0 = NULL, item1 = NULL;
  GDate *today = g_date_new_dmy (10, G_DATE_MARCH, 2026);

  g_assert_no_error (error);
  g_assert_true (vb_transition_item_set_due_date (late, "2026-03-09", &error));
  g_assert_true (vb_transition_item_set_due_date (done, "2026-03-01", &error));
  g_assert_true (vb_transition_item_set_status (done, VB_ITEM_STATUS_DONE, &error));
  g_assert_true (vb_transition_item_set_due_date (today_item, "2026-03-10", &error));
  g_assert_true (vb_transition_item_set_due_date (later, "2026-04-01", &error));
  g_assert_false (vb_transition_item_set_due_date (later, "1 April", &error));
  g_clear_error (&error);

  g_assert_true (vb_transition_item_is_overdue (late, today));
  g_assert_false (vb_transition_item_is_overdue (done, today));
  g_assert_false (vb_transition_item_is_overdue (today_item, today));
  g_assert_false (vb_transition_item_is_overdue (undated, today));
  g_assert_cmpuint (vb_project_count_overdue_transition_tasks (f->project, today), ==, 1);
  g_assert_true (vb_transition_item_get_phase (late) == phase);

  next = vb_project_next_transition_tasks (f->project, today, 2);
  g_assert_cmpuint (g_list_model_get_n_items (next), ==, 2);
  item0 = g_list_model_get_item (next, 0);
  item1 = g_list_model_get_item (next, 1);
  g_assert_true (item0 == late);
  g_assert_true (item1 == today_item);
  g_clear_object (&next);
  next = vb_project_next_transition_tasks (f->project, today, 0);
  g_assert_cmpuint (g_list_model_get_n_items (next), ==, 3);
  g_clear_object (&item0);
  item0 = g_list_model_get_item (next, 2);
  g_assert_true (item0 == later);
  g_date_free (today);
}

static VbKpiResult *
add_result (Fixture *f, const char *key, VbChannelScope channel, const char *week, double value)
{
  g_autoptr(GError) error = NULL;
  VbKpiResult *r = vb_project_add_kpi_result (f->project, key, channel, week, &error);

  g_assert_no_error (error);
  if (!isnan (value))
    g_assert_true (vb_kpi_result_set_value (r, value, &error));
  g_assert_no_error (error);
  return r;
}

/* An imported copy of a week, as a ticket import writes it (generic
 * writes: the import's own code does not go through the entity) */
static void
add_imported (Fixture *f, const char *key, VbChannelScope channel, const char *week, double value,
              const char *imported_at, gboolean business_hours)
{
  g_autoptr(GError) error = NULL;
  VbRecord *import = vb_project_add (f->project, "ticket_import", &error);
  VbRecord *r;

  g_assert_no_error (error);
  g_assert_true (vb_project_set_text (f->project, import, "imported_at", imported_at, &error));
  vb_project_begin_edit (f->project, NULL);
  r = vb_project_add (f->project, "kpi_result", &error);
  g_assert_true (vb_project_set_text (f->project, r, "import_id", vb_record_get_uuid (import), &error));
  g_assert_true (vb_project_set_text (f->project, r, "kpi_key", key, &error));
  g_assert_true (vb_project_set_text (f->project, r, "channel", vb_enum_get_nick (VB_TYPE_CHANNEL_SCOPE, channel), &error));
  g_assert_true (vb_project_set_text (f->project, r, "week_start", week, &error));
  g_assert_true (vb_project_set_real (f->project, r, "value", value, &error));
  g_assert_true (vb_project_set_bool (f->project, r, "business_hours", business_hours, &error));
  g_assert_true (vb_project_end_edit (f->project, &error));
  g_assert_no_error (error);
}

/* Phone service level, target 80, threshold 75 (higher is better):
 *   05 Jan  counts 72 of 90 → 80 %          met
 *   12 Jan  no result                        no data
 *   19 Jan  76                               at risk (75 ≤ 76 < 80)
 *   26 Jan  hand-entered 74 beats import 90  breached (74 < 75)
 *   02 Feb  imports 60 (older) and 78 (newer): 78 → at risk
 * Rows it must not read: all channels (10), chat (5), business hours (99).
 * The all-channel SLA reads only the all-channel row. A first-response
 * SLA with only business-hours results reads those and says so. */
static void
test_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const double counts[] = { 72, 90, NAN };
  VbSla *phone = vb_project_add_sla (f->project, "service-level", &error);
  VbSla *all = vb_project_add_sla (f->project, "service-level", &error);
  VbSla *frt = vb_project_add_sla (f->project, "first-response-median", &error);
  g_autoptr(GPtrArray) histories = NULL;
  g_autoptr(VbSlaHistory) one = NULL;
  const VbSlaHistory *h;

  g_assert_true (vb_sla_set_channel (phone, VB_CHANNEL_SCOPE_PHONE, &error));
  g_assert_true (vb_sla_set_levels (phone, 80, 75, &error));
  g_assert_true (vb_sla_set_levels (frt, 3600, 7200, &error));
  g_assert_no_error (error);

  g_assert_true (vb_kpi_result_set_counts (add_result (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05", NAN),
                                           counts, 3, &error));
  add_result (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-19", 76);
  /* the import first, so that the hand-entered week must displace it */
  add_imported (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-26", 90, "2026-02-03T08:00:00Z", FALSE);
  add_result (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-26", 74);
  add_imported (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-02-02", 78, "2026-02-10T08:00:00Z", FALSE);
  add_imported (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-02-02", 60, "2026-02-09T08:00:00Z", FALSE);
  add_imported (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-12", 99, "2026-02-09T08:00:00Z", TRUE);
  add_result (f, "service-level", VB_CHANNEL_SCOPE_ALL, "2026-01-12", 10);
  add_result (f, "service-level", VB_CHANNEL_SCOPE_CHAT, "2026-01-12", 5);
  add_imported (f, "first-response-median", VB_CHANNEL_SCOPE_ALL, "2026-01-05", 5400, "2026-02-09T08:00:00Z", TRUE);

  histories = vb_project_get_sla_histories (f->project);
  g_assert_cmpuint (histories->len, ==, 3);

  h = g_ptr_array_index (histories, 0);
  g_assert_true (h->sla == phone);
  g_assert_false (h->business_hours);
  g_assert_cmpuint (h->n_weeks, ==, 5);
  g_assert_cmpstr (h->week_dates[0], ==, "2026-01-05");
  g_assert_cmpstr (h->week_dates[1], ==, "2026-01-12");
  g_assert_cmpstr (h->week_dates[4], ==, "2026-02-02");
  g_assert_null (h->week_dates[5]);
  g_assert_cmpfloat_with_epsilon (h->values[0], 80, 1e-9);
  g_assert_true (isnan (h->values[1]));
  g_assert_cmpfloat (h->values[2], ==, 76);
  g_assert_cmpfloat (h->values[3], ==, 74);
  g_assert_cmpfloat (h->values[4], ==, 78);
  g_assert_cmpint (h->statuses[0], ==, VB_SLA_STATUS_MET);
  g_assert_cmpint (h->statuses[1], ==, VB_SLA_STATUS_NO_DATA);
  g_assert_cmpint (h->statuses[2], ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (h->statuses[3], ==, VB_SLA_STATUS_BREACHED);
  g_assert_cmpint (h->statuses[4], ==, VB_SLA_STATUS_AT_RISK);
  g_assert_cmpint (vb_sla_history_latest_week (h), ==, 4);
  /* the team's zone is not set: Monday 5 January 2026 00:00 UTC */
  g_assert_cmpint (h->week_starts[0], ==, G_GINT64_CONSTANT (1767571200));

  h = g_ptr_array_index (histories, 1);
  g_assert_true (h->sla == all);
  g_assert_cmpuint (h->n_weeks, ==, 1);
  g_assert_cmpfloat (h->values[0], ==, 10);
  g_assert_cmpint (h->statuses[0], ==, VB_SLA_STATUS_NO_TARGET);

  h = g_ptr_array_index (histories, 2);
  g_assert_true (h->business_hours);
  g_assert_cmpuint (h->n_weeks, ==, 1);
  /* lower is better: 5400 s lies between 3600 and 7200 */
  g_assert_cmpint (h->statuses[0], ==, VB_SLA_STATUS_AT_RISK);

  one = vb_sla_get_history (phone);
  g_assert_cmpuint (one->n_weeks, ==, 5);
  g_assert_cmpfloat (one->values[3], ==, 74);
}

/* The records of a ticket import, as the importer writes them (generic
 * writes), read through the entities; the mapping's channel words */
static void
test_ticket_records (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *import = vb_project_add (f->project, "ticket_import", &error);
  VbRecord *mapping = vb_project_add (f->project, "ticket_mapping", &error);
  VbTicketImportRecord *record;
  VbColumnMapping *columns;
  VbChannelWord *word;
  VbKpiResult *result;

  g_assert_no_error (error);
  g_assert_true (VB_IS_TICKET_IMPORT_RECORD (import));
  g_assert_true (VB_IS_COLUMN_MAPPING (mapping));
  record = VB_TICKET_IMPORT_RECORD (import);
  g_assert_true (vb_project_set_text (f->project, import, "file_name", "zendesk.csv", &error));
  g_assert_true (vb_project_set_int (f->project, import, "tickets", 1200, &error));
  g_assert_cmpstr (vb_ticket_import_record_get_file_name (record), ==, "zendesk.csv");
  g_assert_cmpint (vb_ticket_import_record_get_tickets (record), ==, 1200);

  result = vb_project_add_kpi_result (f->project, "csat", VB_CHANNEL_SCOPE_ALL, "2026-01-05", &error);
  g_assert_true (vb_project_set_text (f->project, VB_RECORD (result), "import_id", vb_record_get_uuid (import), &error));
  g_assert_cmpuint (g_list_model_get_n_items (vb_ticket_import_record_get_results (record)), ==, 1);
  g_assert_true (vb_kpi_result_get_import (result) == record);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_ticket_imports (f->project)), ==, 1);

  columns = VB_COLUMN_MAPPING (mapping);
  g_assert_true (vb_project_set_text (f->project, mapping, "header_key", "zendesk:abc", &error));
  g_assert_true (vb_project_lookup_column_mapping (f->project, "zendesk:abc") == columns);
  g_assert_null (vb_project_lookup_column_mapping (f->project, "freshdesk:abc"));
  g_assert_true (vb_column_mapping_set_duration_unit (columns, VB_DURATION_UNIT_HMS, &error));
  g_assert_cmpint (vb_column_mapping_get_duration_unit (columns), ==, VB_DURATION_UNIT_HMS);
  word = vb_column_mapping_add_channel_word (columns, &error);
  g_assert_no_error (error);
  g_assert_true (vb_channel_word_set_word (word, "Web form", &error));
  g_assert_true (vb_channel_word_set_channel (word, VB_CHANNEL_CHAT, &error));
  g_assert_true (vb_channel_word_get_mapping (word) == columns);
  g_assert_cmpuint (g_list_model_get_n_items (vb_column_mapping_get_channel_words (columns)), ==, 1);
  g_assert_cmpint (vb_channel_word_get_channel (word), ==, VB_CHANNEL_CHAT);

  /* removing the import removes its results */
  g_assert_true (vb_record_remove (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows (f, "kpi_result"), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add ("/pilot-data/" path, Fixture, NULL, setup, fn, teardown)
  ADD ("custom-kpi-key", test_custom_kpi_key);
  ADD ("custom-kpi-keyed", test_custom_kpi_keyed);
  ADD ("custom-kpi-rename", test_custom_kpi_rename);
  ADD ("sla-rules", test_sla_rules);
  ADD ("result-value-or-counts", test_result_value_or_counts);
  ADD ("result-imported", test_result_imported);
  ADD ("result-enter", test_result_enter);
  ADD ("pilot", test_pilot);
  ADD ("criteria", test_criteria);
  ADD ("escalation", test_escalation);
  ADD ("next-tier", test_next_tier);
  ADD ("step-move", test_step_move);
  ADD ("transition", test_transition);
  ADD ("history", test_history);
  ADD ("ticket-records", test_ticket_records);
  return g_test_run ();
}
