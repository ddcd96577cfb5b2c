/* test-pilot-outcome.c — go / no-go from a pilot's criteria, and the SLA
 * series as JSON (docs/kpi-library.md "Go / no-go")
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "vb-pilot-outcome.h"

/* Mondays 2027-03-01, -08, -15, -22 at 00:00 in Berlin (CET, 23:00 UTC the
 * day before: 1803859200 − 3600 …) and 2027-03-29 00:00 CEST (summer time
 * from 28 March: 1806278400 − 7200) */
static const gint64 weeks[] = { 1803855600, 1804460400, 1805065200, 1805670000, 1806271200 };

static VbSlaSeries
service_level (const double *values,
               gsize         n)
{
  /* 80 % in 20 s, not quite 75 % */
  VbSlaSeries sla = { "service-level", NULL, VB_CHANNEL_SCOPE_PHONE, VB_DIRECTION_HIGHER,
                      80, 75, weeks, values, n };
  return sla;
}

static gboolean
has_reason (const VbPilotOutcome *outcome,
            const char           *part)
{
  for (guint i = 0; outcome->reasons[i] != NULL; i++)
    if (strstr (outcome->reasons[i], part) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_go_all_met (void)
{
  const double values[] = { 70, 81, 82, 80, 85 };
  VbSlaSeries sla = service_level (values, 5);
  VbPilotCriterion criteria[] = {
    { VB_PILOT_CRITERION_SLA, &sla, NULL, VB_MET_STATE_UNSET },
    { VB_PILOT_CRITERION_CONDITION, NULL, "Sandbox access works", VB_MET_STATE_MET },
  };
  g_autoptr(VbPilotOutcome) outcome = vb_pilot_outcome_decide (criteria, 2);

  /* the breach in week 1 is outside the last 4 weeks: no caution */
  g_assert_true (outcome->go);
  g_assert_cmpuint (g_strv_length (outcome->reasons), ==, 1);
  g_assert_cmpstr (outcome->reasons[0], ==, "All 2 criteria are met.");
}

static void
test_no_go_breached (void)
{
  /* last 4 weeks: 81 met, 70 breached, 78 at risk, 74 breached → 2 of 4 */
  const double values[] = { 90, 81, 70, 78, 74 };
  VbSlaSeries sla = service_level (values, 5);
  VbPilotCriterion criteria[] = { { VB_PILOT_CRITERION_SLA, &sla, NULL, VB_MET_STATE_UNSET } };
  g_autoptr(VbPilotOutcome) outcome = vb_pilot_outcome_decide (criteria, 1);

  g_assert_false (outcome->go);
  g_assert_cmpstr (outcome->reasons[0], ==,
                   "Service level on Phone was breached in 2 of the last 4 weeks, the last one included.");
}

static void
test_at_risk_is_a_caution (void)
{
  /* 75 is exactly the threshold: at risk, not breached; short of target
   * in 2 of the last 3 weeks (79 and 75) */
  const double values[] = { 85, 79, 75 };
  VbSlaSeries sla = service_level (values, 3);
  VbPilotCriterion criteria[] = { { VB_PILOT_CRITERION_SLA, &sla, NULL, VB_MET_STATE_UNSET } };
  g_autoptr(VbPilotOutcome) outcome = vb_pilot_outcome_decide (criteria, 1);

  g_assert_true (outcome->go);
  g_assert_cmpstr (outcome->reasons[0], ==,
                   "Service level on Phone is at risk: short of its target in 2 of the last 3 weeks.");
}

static void
test_recovered_is_a_caution (void)
{
  /* lower is better: ASA 30 s, not quite 45 s; 50 breached, then 20 met */
  const double values[] = { 50, 20 };
  VbSlaSeries sla = { "asa", NULL, VB_CHANNEL_SCOPE_CHAT, VB_DIRECTION_LOWER, 30, 45, weeks, values, 2 };
  VbPilotCriterion criteria[] = { { VB_PILOT_CRITERION_SLA, &sla, NULL, VB_MET_STATE_UNSET } };
  g_autoptr(VbPilotOutcome) outcome = vb_pilot_outcome_decide (criteria, 1);

  g_assert_true (outcome->go);
  g_assert_true (has_reason (outcome, "met in the last week but was breached in 1 of the last 2 weeks"));
}

static void
test_no_go_not_measured (void)
{
  const double values[] = { 85, NAN };
  VbSlaSeries measured_once = service_level (values, 2);
  VbSlaSeries never = service_level (NULL, 0);
  VbSlaSeries tracked = service_level (values, 1);
  VbPilotCriterion criteria[] = {
    { VB_PILOT_CRITERION_SLA, &measured_once, NULL, VB_MET_STATE_UNSET },
    { VB_PILOT_CRITERION_SLA, &never, NULL, VB_MET_STATE_UNSET },
    { VB_PILOT_CRITERION_SLA, &tracked, NULL, VB_MET_STATE_UNSET },
    { VB_PILOT_CRITERION_CONDITION, NULL, "Exit clause signed", VB_MET_STATE_UNSET },
    { VB_PILOT_CRITERION_CONDITION, NULL, "Tone of voice reviewed", VB_MET_STATE_NOT_MET },
  };
  g_autoptr(VbPilotOutcome) outcome = NULL;

  tracked.target = NAN;
  tracked.threshold = NAN;
  outcome = vb_pilot_outcome_decide (criteria, G_N_ELEMENTS (criteria));
  g_assert_false (outcome->go);
  g_assert_cmpuint (g_strv_length (outcome->reasons), ==, 5);
  g_assert_cmpstr (outcome->reasons[0], ==, "Service level on Phone is not measured yet: enter or import the last week's figures.");
  g_assert_cmpstr (outcome->reasons[1], ==, outcome->reasons[0]);
  g_assert_true (g_str_has_prefix (outcome->reasons[2], "Service level on Phone has no target"));
  g_assert_cmpstr (outcome->reasons[3], ==, "Nobody has said yet whether “Exit clause signed” was met.");
  g_assert_cmpstr (outcome->reasons[4], ==, "“Tone of voice reviewed” was not met.");
}

static void
test_no_criteria (void)
{
  g_autoptr(VbPilotOutcome) outcome = vb_pilot_outcome_decide (NULL, 0);

  g_assert_false (outcome->go);
  g_assert_cmpuint (g_strv_length (outcome->reasons), ==, 1);
}

static void
test_json (void)
{
  const double values[] = { 82.5, NAN, 74 };
  VbSlaSeries slas[2];
  VbPilotCriterion criteria[] = { { VB_PILOT_CRITERION_SLA, &slas[0], NULL, VB_MET_STATE_UNSET } };
  g_autoptr(VbPilotOutcome) outcome = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *text = NULL;

  slas[0] = service_level (values, 3);
  slas[1] = service_level (values, 1);
  slas[1].kpi_key = "csat";
  slas[1].channel = VB_CHANNEL_SCOPE_EMAIL;
  slas[1].target = NAN;
  slas[1].threshold = NAN;
  outcome = vb_pilot_outcome_decide (criteria, 1);
  root = vb_pilot_outcome_to_json (slas, 2, outcome, berlin);
  text = json_to_string (root, FALSE);
  g_assert_cmpstr (text, ==,
                   "{\"slas\":["
                   "{\"kpi\":\"service-level\",\"channel\":\"phone\",\"target\":80.0,\"threshold\":75.0,\"weeks\":["
                   "{\"week_start\":\"2027-03-01\",\"value\":82.5,\"status\":\"met\"},"
                   "{\"week_start\":\"2027-03-08\",\"value\":null,\"status\":\"no-data\"},"
                   "{\"week_start\":\"2027-03-15\",\"value\":74.0,\"status\":\"breached\"}]},"
                   "{\"kpi\":\"csat\",\"channel\":\"email\",\"target\":null,\"threshold\":null,\"weeks\":["
                   "{\"week_start\":\"2027-03-01\",\"value\":82.5,\"status\":\"tracked\"}]}],"
                   "\"recommendation\":{\"go\":false,\"reasons\":["
                   "\"Service level on Phone was breached in 1 of the last 3 weeks, the last one included.\"]}}");
}

static void
test_all_channels (void)
{
  /* an SLA on every channel: target 80, not quite 75; 76 at risk, then 70
   * breached in the last week, so no-go, and the reason and the JSON say
   * "all channels" ("" in the file's word), not a channel's name */
  const double values[] = { 76, 70 };
  VbSlaSeries sla = service_level (values, 2);
  VbPilotCriterion criteria[] = { { VB_PILOT_CRITERION_SLA, &sla, NULL, VB_MET_STATE_UNSET } };
  g_autoptr(VbPilotOutcome) outcome = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *text = NULL;

  sla.channel = VB_CHANNEL_SCOPE_ALL;
  outcome = vb_pilot_outcome_decide (criteria, 1);
  g_assert_false (outcome->go);
  g_assert_cmpuint (g_strv_length (outcome->reasons), ==, 1);
  g_assert_cmpstr (outcome->reasons[0], ==,
                   "Service level on all channels was breached in 1 of the last 2 weeks, the last one included.");
  root = vb_pilot_outcome_to_json (&sla, 1, outcome, berlin);
  text = json_to_string (root, FALSE);
  g_assert_cmpstr (text, ==,
                   "{\"slas\":["
                   "{\"kpi\":\"service-level\",\"channel\":\"\",\"target\":80.0,\"threshold\":75.0,\"weeks\":["
                   "{\"week_start\":\"2027-03-01\",\"value\":76.0,\"status\":\"at-risk\"},"
                   "{\"week_start\":\"2027-03-08\",\"value\":70.0,\"status\":\"breached\"}]}],"
                   "\"recommendation\":{\"go\":false,\"reasons\":["
                   "\"Service level on all channels was breached in 1 of the last 2 weeks, the last one included.\"]}}");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pilot-outcome/go-all-met", test_go_all_met);
  g_test_add_func ("/pilot-outcome/no-go-breached", test_no_go_breached);
  g_test_add_func ("/pilot-outcome/at-risk-is-a-caution", test_at_risk_is_a_caution);
  g_test_add_func ("/pilot-outcome/recovered-is-a-caution", test_recovered_is_a_caution);
  g_test_add_func ("/pilot-outcome/no-go-not-measured", test_no_go_not_measured);
  g_test_add_func ("/pilot-outcome/no-criteria", test_no_criteria);
  g_test_add_func ("/pilot-outcome/json", test_json);
  g_test_add_func ("/pilot-outcome/all-channels", test_all_channels);
  return g_test_run ();
}
