/* vb-bench-pilot.c — the bench's pilot and onboarding stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bench project gains, after the selection stages, what a project
 * under way has for its pilot: the first finalist selected, a pilot on
 * two channels with its go / no-go criteria, 15 SLAs (a few left vague),
 * workflows with their steps, three tiers with their escalation paths, a
 * transition checklist of the seven phases in progress and a year of
 * weekly results for every SLA. Then the guidance after an edit with the
 * rules of every stage on, as the window runs it, against its 2 ms target.
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <math.h>

#include "vb-cli.h"
#include "vb-decision-model.h"
#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-go-criterion.h"
#include "vb-guide-private.h"
#include "vb-kpi-result.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-sla.h"
#include "vb-task.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor.h"
#include "vb-workflow-step.h"
#include "vb-workflow.h"

#define N_WEEKS 52
#define N_WORKFLOWS 6
#define N_STEPS 4
#define N_GUIDE_RUNS 50

typedef struct {
  const char     *kpi;
  VbChannelScope  channel;
  double          target;
  double          threshold;   /* NAN: none yet */
  double          base;        /* the weekly results swing around it */
} BenchSla;

/* 15 SLAs; the last ones' thresholds, methods or cadences are left out,
 * as in a project under way */
static const BenchSla slas[] = {
  { "service-level", VB_CHANNEL_SCOPE_PHONE, 80, 75, 81 },
  { "asa", VB_CHANNEL_SCOPE_PHONE, 30, 45, 28 },
  { "abandonment-rate", VB_CHANNEL_SCOPE_PHONE, 5, 7, 4.5 },
  { "first-response-median", VB_CHANNEL_SCOPE_EMAIL, 14400, 18000, 13000 },
  { "first-response-p90", VB_CHANNEL_SCOPE_EMAIL, 28800, 36000, 30000 },
  { "first-response-median", VB_CHANNEL_SCOPE_CHAT, 60, 90, 55 },
  { "resolution-time", VB_CHANNEL_SCOPE_EMAIL, 86400, 115200, 80000 },
  { "aht", VB_CHANNEL_SCOPE_PHONE, 360, 420, 350 },
  { "fcr", VB_CHANNEL_SCOPE_ALL, 72, 68, 71 },
  { "csat", VB_CHANNEL_SCOPE_ALL, 85, 80, 86 },
  { "csat", VB_CHANNEL_SCOPE_CHAT, 85, 80, 83 },
  { "nps", VB_CHANNEL_SCOPE_ALL, 30, NAN, 32 },
  { "escalation-rate", VB_CHANNEL_SCOPE_ALL, 10, NAN, 9 },
  { "qa-score", VB_CHANNEL_SCOPE_ALL, 85, 80, 87 },
  { "schedule-adherence", VB_CHANNEL_SCOPE_ALL, 93, 90, 92 },
};

typedef struct {
  const char *key;
  const char *name;
  const char *items[4];   /* key:title, NULL-terminated */
} BenchPhase;

static const BenchPhase phases[] = {
  { "plan", "Plan and governance",
    { "named-owners:Name an owner on each side", "go-no-go-per-phase:Agree go / no-go per phase",
      "document-workflows:Document the current workflows", NULL } },
  { "knowledge-transfer", "Knowledge transfer",
    { "gather-training-material:Gather scripts and knowledge base", "tone-of-voice-guide:Share the brand book",
      "sample-interaction-review:Review twenty real tickets together", NULL } },
  { "shadowing", "Vendor shadows",
    { "vendor-shadows:Vendor agents shadow ours", "knowledge-check:Knowledge check at 80 %", NULL } },
  { "reverse-shadowing", "Reverse shadowing",
    { "run-pilot:Run the pilot", "joint-quality-review:Joint quality review", NULL } },
  { "cut-over", "Staged cut-over", { "cut-over-plan:Cut over channel by channel", NULL } },
  { "hypercare", "Hypercare",
    { "daily-check-ins:Daily check-ins", "iterate-on-feedback:Iterate on the pilot's feedback", NULL } },
  { "steady-state", "Steady state", { "regular-reviews:Monthly service reviews", NULL } },
};

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *samples,
            double  p)
{
  g_array_sort (samples, compare_double);
  return g_array_index (samples, double, (guint) (p * (samples->len - 1) + 0.5));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
add_pilot (VbProject  *project,
           GPtrArray  *sla_rows,
           GError    **error)
{
  VbPilot *pilot = vb_project_add_pilot (project, error);
  VbGoCriterion *c;

  if (pilot == NULL ||
      !vb_pilot_set_channels (pilot, VB_CHANNEL_MASK (VB_CHANNEL_EMAIL) | VB_CHANNEL_MASK (VB_CHANNEL_CHAT), error) ||
      !vb_pilot_set_region (pilot, "Benelux", error) ||
      !vb_pilot_set_volume_share (pilot, 20, error) ||
      !vb_pilot_set_automation_share (pilot, 15, error) ||
      !vb_pilot_set_start_date (pilot, "2026-01-05", error) ||
      !vb_pilot_set_end_date (pilot, "2026-03-27", error) ||
      !vb_pilot_set_team_ours (pilot, "Ann (support lead), Bob (quality)", error) ||
      !vb_pilot_set_team_vendor (pilot, "Dana (account manager), Eli (team lead)", error) ||
      !vb_pilot_set_checkin_cadence (pilot, G_DATE_MONDAY, 1, "10:00", 45, error) ||
      !vb_pilot_set_reporting (pilot, "Shared dashboard, weekly export", error) ||
      !vb_pilot_set_exit_notes (pilot, "Either side may end the pilot with two weeks' notice", error))
    return FALSE;
  /* tied to service level, FCR and CSAT, and one yes / no condition */
  for (guint i = 0; i < sla_rows->len; i++)
    {
      const char *key = vb_sla_get_kpi_key (sla_rows->pdata[i]);

      if (!g_str_equal (key, "service-level") && !g_str_equal (key, "fcr") &&
          !(g_str_equal (key, "csat") && vb_sla_get_channel (sla_rows->pdata[i]) == VB_CHANNEL_SCOPE_ALL))
        continue;
      c = vb_pilot_add_criterion (pilot, error);
      if (c == NULL || !vb_go_criterion_set_sla (c, sla_rows->pdata[i], error))
        return FALSE;
    }
  c = vb_pilot_add_criterion (pilot, error);
  return c != NULL && vb_go_criterion_set_condition (c, "No data incident during the pilot", error);
}

static gboolean
add_slas (VbProject  *project,
          GPtrArray  *sla_rows,
          GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (slas); i++)
    {
      VbSla *sla = vb_project_add_sla (project, slas[i].kpi, error);

      if (sla == NULL || !vb_sla_set_channel (sla, slas[i].channel, error) ||
          !vb_sla_set_levels (sla, slas[i].target, slas[i].threshold, error) ||
          (g_str_equal (slas[i].kpi, "service-level") && !vb_sla_set_answer_seconds (sla, 20, error)) ||
          (i % 5 != 4 && !vb_sla_set_method (sla, "As DOMAIN.md's formula, from every contact of the week", error)) ||
          !vb_sla_set_data_source (sla, "Help desk export", error) ||
          (i < 12 && !vb_sla_set_cadence (sla, "Weekly", error)) ||
          (i < 3 && !vb_sla_set_credit (sla, "2 % of the monthly fee per breached month", error)))
        return FALSE;
      g_ptr_array_add (sla_rows, sla);
    }
  return TRUE;
}

/* A year of weeks from Monday 5 January 2026, each SLA's value swinging
 * around its base, the same on every run */
static gboolean
add_results (VbProject  *project,
             GError    **error)
{
  GDate *week = g_date_new_dmy (5, G_DATE_JANUARY, 2026);
  gboolean ok = TRUE;

  for (int w = 0; ok && w < N_WEEKS; w++, g_date_add_days (week, 7))
    {
      char start[11];

      g_date_strftime (start, sizeof start, "%Y-%m-%d", week);
      for (guint i = 0; ok && i < G_N_ELEMENTS (slas); i++)
        {
          double swing = ((w * 7 + (int) i * 3) % 11 - 5) / 100.0;
          VbKpiResult *r = vb_project_add_kpi_result (project, slas[i].kpi, slas[i].channel, start, error);

          ok = r != NULL && vb_kpi_result_set_value (r, slas[i].base * (1 + swing), error);
        }
    }
  g_date_free (week);
  return ok;
}

static gboolean
add_workflows (VbProject  *project,
               GError    **error)
{
  for (int i = 0; i < N_WORKFLOWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Workflow %d", i + 1);
      VbWorkflow *w = vb_project_add_workflow (project, error);

      if (w == NULL || !vb_workflow_set_name (w, name, error) ||
          !vb_workflow_set_trigger (w, "A ticket arrives in the shared inbox", error) ||
          !vb_workflow_set_systems (w, "Help desk, CRM, knowledge base", error))
        return FALSE;
      for (int s = 0; s < N_STEPS; s++)
        {
          g_autofree char *what = g_strdup_printf ("Step %d of workflow %d", s + 1, i + 1);
          VbWorkflowStep *step = vb_workflow_add_step (w, error);

          if (step == NULL || !vb_workflow_step_set_description (step, what, error) ||
              !vb_workflow_step_set_owner (step, s < 2 ? "Tier 1 agent" : "Tier 2 agent", error) ||
              !vb_workflow_step_set_tool (step, "Help desk", error))
            return FALSE;
        }
    }
  return TRUE;
}

static VbEscalationPath *
add_path (VbProject   *project,
          int          from_tier,
          const char  *name,
          const char  *phone,
          GError     **error)
{
  VbEscalationPath *path = vb_project_add_escalation_path (project, error);

  if (path == NULL || !vb_escalation_path_set_from_tier (path, from_tier, error) ||
      !vb_escalation_path_set_trigger (path, "Not solved within the tier's time", error) ||
      !vb_escalation_path_set_contact_name (path, name, error) ||
      !vb_escalation_path_set_contact_role (path, "Team lead", error) ||
      (phone && !vb_escalation_path_set_phone (path, phone, error)) ||
      !vb_escalation_path_set_email (path, "escalation@example.com", error) ||
      !vb_escalation_path_set_response_minutes (path, 30, error))
    return NULL;
  return path;
}

static gboolean
add_escalation (VbProject  *project,
                GError    **error)
{
  VbEscalationPath *up;

  for (int level = 1; level <= 3; level++)
    {
      VbEscalationTier *tier = vb_project_add_escalation_tier (project, error);

      if (tier == NULL || !vb_escalation_tier_set_level (tier, level, error) ||
          !vb_escalation_tier_set_handles (tier, level == 1 ? "Questions and simple fixes" :
                                                 level == 2 ? "Refunds and account problems" : "Bugs and outages",
                                           error))
        return FALSE;
    }
  up = add_path (project, 1, "Eli", "+31 20 555 0102", error);
  /* out of hours, nobody gave a phone number yet */
  return up != NULL && add_path (project, 1, "Night desk", NULL, error) != NULL &&
         add_path (project, 2, "Fay", "+31 20 555 0103", error) != NULL &&
         vb_project_set_emergency_definition (project, "The shop is down, or customer data leaks", error) &&
         vb_project_set_emergency_path (project, up, error);
}

/* The seven phases with their keys; the tasks due from January, done up
 * to the pilot, one in progress, the rest to do */
static gboolean
add_transition (VbProject  *project,
                GError    **error)
{
  GDate *due = g_date_new_dmy (12, G_DATE_JANUARY, 2026);
  gboolean ok = TRUE;
  int n = 0;

  for (guint p = 0; ok && p < G_N_ELEMENTS (phases); p++)
    {
      VbTransitionPhase *phase = vb_project_add_transition_phase (project, error);

      ok = phase != NULL && vb_project_set_text (project, VB_RECORD (phase), "key", phases[p].key, error) &&
           vb_transition_phase_set_name (phase, phases[p].name, error);
      for (guint i = 0; ok && phases[p].items[i]; i++, n++, g_date_add_days (due, 21))
        {
          g_auto(GStrv) parts = g_strsplit (phases[p].items[i], ":", 2);
          VbTransitionItem *item = vb_transition_phase_add_item (phase, error);
          char date[11];

          g_date_strftime (date, sizeof date, "%Y-%m-%d", due);
          ok = item != NULL && vb_project_set_text (project, VB_RECORD (item), "key", parts[0], error) &&
               vb_transition_item_set_title (item, parts[1], error) &&
               vb_transition_item_set_owner (item, n % 2 ? "Dana" : "Ann", error) &&
               vb_transition_item_set_due_date (item, date, error) &&
               vb_transition_item_set_status (item, n < 7 ? VB_ITEM_STATUS_DONE :
                                                    n == 7 ? VB_ITEM_STATUS_IN_PROGRESS : VB_ITEM_STATUS_TODO,
                                              error);
        }
    }
  g_date_free (due);
  return ok;
}

static gboolean
add_pilot_stages (VbProject  *project,
                  GError    **error)
{
  g_autoptr(GPtrArray) sla_rows = g_ptr_array_new ();
  GListModel *vendors = vb_project_get_vendors (project);
  VbVendor *chosen = NULL;

  for (guint v = 0; chosen == NULL && v < g_list_model_get_n_items (vendors); v++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, v);

      if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_FINALIST)
        chosen = vendor;   /* the project's list keeps it */
    }
  if (chosen == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "the bench project has no finalist");
      return FALSE;
    }
  vb_project_begin_edit_no_undo (project, -1, "Bench pilot data");
  if (!vb_vendor_select (chosen, error) || !add_slas (project, sla_rows, error) ||
      !add_pilot (project, sla_rows, error) || !add_results (project, error) || !add_workflows (project, error) ||
      !add_escalation (project, error) || !add_transition (project, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

typedef struct {
  double median;
  double p99;
} Latency;

static void
latency_of (GArray  *samples,
            Latency *out)
{
  out->median = percentile (samples, 0.5);
  out->p99 = percentile (samples, 0.99);
}

/* One edit of an SLA's method (the pilot stages' rules read it), or of a
 * task's volume (none of them does), then the guide's pass with every
 * stage's rules on; @alone: after each SLA edit, the rules of the pilot
 * stages alone, all rerun (no reuse). A task is part of the in-house cost:
 * the decision model computes again after it, once per edit for every
 * reader, timed apart (@recompute) as the window's pages would have it
 * done before the guide reads it. */
static gboolean
measure (VbProject  *project,
         gboolean    edit_sla,
         Latency    *pass,
         Latency    *alone,
         Latency    *recompute,
         guint      *n_findings,
         GError    **error)
{
  g_autoptr(GArray) recompute_samples = g_array_new (FALSE, FALSE, sizeof (double));
  VbDecisionModel *model = vb_decision_model_get_for_project (project);
  g_autoptr(VbGuide) guide = vb_guide_new (project);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) alone_samples = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *rows = edit_sla ? vb_project_get_slas (project) : vb_project_get_tasks (project);
  guint n_rules;
  const VbRule *rules = vb_guide_rules (&n_rules);

  vb_guide_set_include_unavailable (guide, TRUE);
  vb_guide_refresh (guide);
  for (int i = 0; i < N_GUIDE_RUNS; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, (guint) (i * 7) % g_list_model_get_n_items (rows));
      g_autofree char *method = g_strdup_printf ("Counted from the help desk export, version %d", i);
      double t0, dt;
      gboolean ok;

      g_signal_handlers_block_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      ok = edit_sla ? vb_sla_set_method (VB_SLA (row), method, error)
                    : vb_task_set_monthly_volume (VB_TASK (row), vb_task_get_monthly_volume (VB_TASK (row)) + 1, error);
      g_signal_handlers_unblock_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      if (!ok)
        return FALSE;
      if (alone != NULL)
        {
          t0 = now_ms ();
          for (guint r = 0; r < n_rules; r++)
            if (rules[r].stage >= VB_STAGE_PILOT)
              g_ptr_array_unref (vb_guide_evaluate_rule (guide, r));
          dt = now_ms () - t0;
          g_array_append_val (alone_samples, dt);
        }
      t0 = now_ms ();
      vb_decision_model_get_result (model);
      dt = now_ms () - t0;
      g_array_append_val (recompute_samples, dt);
      t0 = now_ms ();
      vb_guide_refresh (guide);
      dt = now_ms () - t0;
      g_array_append_val (samples, dt);
    }
  if (recompute != NULL)
    latency_of (recompute_samples, recompute);
  *n_findings = g_list_model_get_n_items (vb_guide_get_findings (guide));
  latency_of (samples, pass);
  if (alone != NULL)
    latency_of (alone_samples, alone);
  return TRUE;
}

/**
 * vb_cli_bench_pilot:
 * @path: the bench project, with the selection stages' data
 *
 * Adds the pilot stages' data to @path, opens it again and prints the
 * guidance's time after an edit with their rules on.
 */
gboolean
vb_cli_bench_pilot (const char  *path,
                    gboolean     per_rule,
                    GError     **error)
{
  g_autoptr(VbProject) project = vb_project_open (path, error);
  Latency alone, after_sla, after_task, recompute;
  guint n_sla = 0, n_task = 0;
  double t0, t_add;

  if (project == NULL)
    return FALSE;
  t0 = now_ms ();
  if (!add_pilot_stages (project, error))
    return FALSE;
  t_add = now_ms () - t0;
  g_clear_object (&project);
  project = vb_project_open (path, error);
  if (project == NULL ||
      !measure (project, TRUE, &after_sla, &alone, NULL, &n_sla, error) ||
      !measure (project, FALSE, &after_task, NULL, &recompute, &n_task, error))
    return FALSE;

  g_print ("\npilot and onboarding: a pilot with %u go / no-go criteria, %u SLAs with %u weeks of results,\n"
           "%u workflows, 3 tiers and %u escalation paths, a transition checklist of %u tasks; the guidance\n"
           "with the rules of every stage on\n",
           g_list_model_get_n_items (vb_pilot_get_criteria (vb_project_get_pilot (project))),
           g_list_model_get_n_items (vb_project_get_slas (project)), N_WEEKS,
           g_list_model_get_n_items (vb_project_get_workflows (project)),
           g_list_model_get_n_items (vb_project_get_escalation_paths (project)),
           (guint) vb_project_count_rows (project, "transition_item"));
  g_print ("%-44s %10.1f ms\n", "add the rows (one commit)", t_add);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms; every one rerun)\n", "the pilot stages' rules alone (median)",
           alone.median, alone.p99);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms, %u findings; target < 2 ms)\n", "guidance after an SLA edit (median)",
           after_sla.median, after_sla.p99, n_sla);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms; target < 5 ms)\n", "decision recompute after a task edit (median)",
           recompute.median, recompute.p99);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms, %u findings; target < 2 ms)\n", "guidance after a task edit (median)",
           after_task.median, after_task.p99, n_task);
  if (after_sla.median >= 2 || after_task.median >= 2)
    g_print ("  guidance is over its 2 ms target on this project\n");
  if (per_rule)
    vb_cli_bench_rules (project);
  return TRUE;
}
