/* test-cli-kpis.c — vendorbench-cli kpis: each SLA week by week, and the
 * go / no-go recommendation
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test writes a project with a pilot, two SLAs and their weekly
 * results (values computed by hand below), then reads the command's JSON;
 * and one that reads what import-tickets stored.
 */

#include <math.h>
#include <json-glib/json-glib.h>

#include "vb-go-criterion.h"
#include "vb-kpi-result.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-sla.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  char      *path;
  VbProject *project;
  VbKpiResult *csat_week2;
} Fixture;

static void
set_counts (VbKpiResult *r, double a, double b, double c, guint n)
{
  g_autoptr(GError) error = NULL;
  const double counts[] = { a, b, c };

  g_assert_true (vb_kpi_result_set_counts (r, counts, n, &error));
  g_assert_no_error (error);
}

static VbKpiResult *
result (Fixture *f, const char *key, VbChannelScope channel, const char *week)
{
  g_autoptr(GError) error = NULL;
  VbKpiResult *r = vb_project_add_kpi_result (f->project, key, channel, week, &error);

  g_assert_no_error (error);
  return r;
}

/* Service level on phone, target 80, at risk down to 75:
 *   2026-01-05  72 of 90 answered in time → 80 %   met
 *   2026-01-12  76                                  at risk
 * CSAT on all channels, target 85, at risk down to 80:
 *   2026-01-05  40 satisfied of 50 answers → 80 %   at risk
 *   2026-01-12  34 of 50 → 68 %                     breached
 * A condition, met. Latest weeks: CSAT breached blocks → no-go. */
static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbSla *sl, *csat;
  VbPilot *pilot;
  VbGoCriterion *c;

  f->dir = vbt_tmpdir ();
  f->path = g_build_filename (f->dir, "p.vendorbench", NULL);
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
  sl = vb_project_add_sla (f->project, "service-level", &error);
  g_assert_true (vb_sla_set_channel (sl, VB_CHANNEL_SCOPE_PHONE, &error));
  g_assert_true (vb_sla_set_levels (sl, 80, 75, &error));
  csat = vb_project_add_sla (f->project, "csat", &error);
  g_assert_true (vb_sla_set_levels (csat, 85, 80, &error));
  g_assert_no_error (error);

  set_counts (result (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-05"), 72, 90, NAN, 3);
  g_assert_true (vb_kpi_result_set_value (result (f, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-01-12"), 76, &error));
  set_counts (result (f, "csat", VB_CHANNEL_SCOPE_ALL, "2026-01-05"), 40, 50, NAN, 2);
  f->csat_week2 = result (f, "csat", VB_CHANNEL_SCOPE_ALL, "2026-01-12");
  set_counts (f->csat_week2, 34, 50, NAN, 2);

  pilot = vb_project_add_pilot (f->project, &error);
  c = vb_pilot_add_criterion (pilot, &error);
  g_assert_true (vb_go_criterion_set_sla (c, sl, &error));
  c = vb_pilot_add_criterion (pilot, &error);
  g_assert_true (vb_go_criterion_set_sla (c, csat, &error));
  c = vb_pilot_add_criterion (pilot, &error);
  g_assert_true (vb_go_criterion_set_condition (c, "Tone-of-voice guide approved", &error));
  g_assert_true (vb_go_criterion_set_met (c, VB_MET_STATE_MET, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static JsonObject *
run_json (Fixture *f, JsonParser *parser)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), "kpis", f->path, "--json", NULL }, &out, &err), ==, 0);
  if (!json_parser_load_from_data (parser, out, -1, &error))
    g_error ("not valid JSON (%s):\n%s", error->message, out);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
week (JsonObject *sla, guint i)
{
  return json_array_get_object_element (json_object_get_array_member (sla, "weeks"), i);
}

static void
test_series_and_no_go (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o = run_json (f, parser);
  JsonArray *slas = json_object_get_array_member (o, "slas");
  JsonObject *sl, *csat, *rec;
  JsonArray *reasons;

  g_assert_cmpuint (json_array_get_length (slas), ==, 2);
  sl = json_array_get_object_element (slas, 0);
  g_assert_cmpstr (json_object_get_string_member (sl, "kpi"), ==, "service-level");
  g_assert_cmpstr (json_object_get_string_member (sl, "channel"), ==, "phone");
  g_assert_cmpfloat (json_object_get_double_member (sl, "target"), ==, 80);
  g_assert_cmpfloat (json_object_get_double_member (sl, "threshold"), ==, 75);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sl, "weeks")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (week (sl, 0), "week_start"), ==, "2026-01-05");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (week (sl, 0), "value"), 80, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (week (sl, 0), "status"), ==, "met");
  g_assert_cmpfloat (json_object_get_double_member (week (sl, 1), "value"), ==, 76);
  g_assert_cmpstr (json_object_get_string_member (week (sl, 1), "status"), ==, "at-risk");

  csat = json_array_get_object_element (slas, 1);
  g_assert_cmpstr (json_object_get_string_member (csat, "kpi"), ==, "csat");
  g_assert_cmpstr (json_object_get_string_member (csat, "channel"), ==, "");
  g_assert_false (json_object_get_boolean_member (csat, "business_hours"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (week (csat, 0), "value"), 80, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (week (csat, 0), "status"), ==, "at-risk");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (week (csat, 1), "value"), 68, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (week (csat, 1), "status"), ==, "breached");

  rec = json_object_get_object_member (o, "recommendation");
  g_assert_false (json_object_get_boolean_member (rec, "go"));
  reasons = json_object_get_array_member (rec, "reasons");
  /* the block first (CSAT breached), then the caution (service level at risk) */
  g_assert_cmpuint (json_array_get_length (reasons), ==, 2);
  g_assert_nonnull (strstr (json_array_get_string_element (reasons, 0), "breached"));
  /* the SLA on every channel (channel "" above) is named so in its reason,
   * by vb-pilot-outcome itself: 80 at risk, then 68 breached */
  g_assert_cmpstr (json_array_get_string_element (reasons, 0), ==,
                   "Customer satisfaction (CSAT) on all channels was breached in 1 of the last 2 weeks, "
                   "the last one included.");
  g_assert_nonnull (strstr (json_array_get_string_element (reasons, 1), "at risk"));
}

/* CSAT's second week at 45 of 50 = 90 % is met: nothing blocks, go, with
 * the service level's caution; an unmet condition blocks again */
static void
test_go_then_condition (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  JsonObject *rec;
  VbGoCriterion *condition;
  GListModel *criteria;

  set_counts (f->csat_week2, 45, 50, NAN, 2);
  rec = json_object_get_object_member (run_json (f, parser), "recommendation");
  g_assert_true (json_object_get_boolean_member (rec, "go"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (rec, "reasons")), ==, 1);

  criteria = vb_pilot_get_criteria (vb_project_get_pilot (f->project));
  condition = g_list_model_get_item (criteria, 2);
  g_assert_true (vb_go_criterion_set_met (condition, VB_MET_STATE_NOT_MET, &error));
  g_object_unref (condition);
  rec = json_object_get_object_member (run_json (f, parser2), "recommendation");
  g_assert_false (json_object_get_boolean_member (rec, "go"));
  g_assert_nonnull (strstr (json_array_get_string_element (json_object_get_array_member (rec, "reasons"), 0),
                            "Tone-of-voice"));
}

/* Words for people; usage errors exit 2 */
static void
test_text_and_usage (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), "kpis", f->path, NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "2026-01-12"));
  g_assert_nonnull (strstr (out, "no-go"));
  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), "kpis", NULL }, &out2, &err2), ==, 2);
}

/* Results stored by import-tickets reach an SLA added before the import:
 * the Freshdesk fixture's week of 2 March 2026 has, on phone, FCR 100 %
 * (the one solved ticket was not reopened) and CSAT 0 % (its one rating
 * is bad). FCR target 90: met; CSAT target 85, threshold 80: breached. */
static void
test_imported_results (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autofree char *export = g_build_filename (g_getenv ("VB_TEST_SRCDIR"), "tests", "data", "tickets", "freshdesk.csv", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  VbProject *project = vbt_create (dir, "p.vendorbench", "blank");
  VbSla *fcr = vb_project_add_sla (project, "fcr", &error);
  VbSla *csat = vb_project_add_sla (project, "csat", &error);
  JsonArray *slas;
  JsonObject *w;

  g_assert_true (vb_sla_set_channel (fcr, VB_CHANNEL_SCOPE_PHONE, &error));
  g_assert_true (vb_sla_set_target (fcr, 90, &error));
  g_assert_true (vb_sla_set_channel (csat, VB_CHANNEL_SCOPE_PHONE, &error));
  g_assert_true (vb_sla_set_levels (csat, 85, 80, &error));
  g_assert_no_error (error);
  g_object_unref (project);

  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), "import-tickets", path, export, NULL }, &out, &err), ==, 0);
  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), "kpis", path, "--json", NULL }, &out2, &err2), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out2, -1, &error));
  slas = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "slas");
  w = week (json_array_get_object_element (slas, 0), 0);
  g_assert_cmpstr (json_object_get_string_member (w, "week_start"), ==, "2026-03-02");
  g_assert_cmpfloat (json_object_get_double_member (w, "value"), ==, 100);
  g_assert_cmpstr (json_object_get_string_member (w, "status"), ==, "met");
  w = week (json_array_get_object_element (slas, 1), 0);
  g_assert_cmpfloat (json_object_get_double_member (w, "value"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (w, "status"), ==, "breached");
  vbt_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli-kpis/series-and-no-go", Fixture, NULL, setup, test_series_and_no_go, teardown);
  g_test_add ("/cli-kpis/go-then-condition", Fixture, NULL, setup, test_go_then_condition, teardown);
  g_test_add ("/cli-kpis/text-and-usage", Fixture, NULL, setup, test_text_and_usage, teardown);
  g_test_add_func ("/cli-kpis/imported-results", test_imported_results);
  return g_test_run ();
}
