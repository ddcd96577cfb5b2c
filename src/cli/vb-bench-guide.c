/* vb-bench-guide.c — the guidance pass after an edit, for `vendorbench-cli bench`
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guidance as the window runs it: after an edit (one that changes one
 * row, so the caches of that row are cold), on the whole project.
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <stdlib.h>

#include "vb-cli.h"
#include "vb-decision-model.h"
#include "vb-guide.h"
#include "vb-project-private.h"
#include "vb-response.h"
#include "vb-task.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
quantile (GArray *samples,
          double  q)
{
  if (samples->len == 0)
    return 0;
  qsort (samples->data, samples->len, sizeof (double), compare_double);
  return g_array_index (samples, double, (guint) (q * (samples->len - 1) + 0.5));
}

gboolean
vb_cli_bench_edit_task_volume (VbProject  *project,
                               int         i,
                               GError    **error)
{
  GListModel *tasks = vb_project_get_tasks (project);
  g_autoptr(VbTask) task = g_list_model_get_item (tasks, (guint) (i * 37) % g_list_model_get_n_items (tasks));

  /* one more than now: a value the task had before would change nothing
   * (the bigger project's runs edit the same tasks as the first's) */
  return vb_task_set_monthly_volume (task, vb_task_get_monthly_volume (task) + 1, error);
}

gboolean
vb_cli_bench_edit_response_answer (VbProject  *project,
                                   int         i,
                                   GError    **error)
{
  GListModel *responses = vb_project_get_records (project, "response");
  g_autoptr(VbResponse) response = g_list_model_get_item (responses,
                                                          (guint) (i * 191) % g_list_model_get_n_items (responses));
  VbAnswer answer = vb_response_get_answer (response);

  /* between the compliant word and "partly": both kinds allow them */
  if (answer == VB_ANSWER_PARTLY)
    answer = vb_response_allows_answer (response, VB_ANSWER_MEETS) ? VB_ANSWER_MEETS : VB_ANSWER_YES;
  else
    answer = VB_ANSWER_PARTLY;
  return vb_response_set_answer (response, answer, error);
}

/* The decision model computes once per edit for all its readers (the
 * guide's rules, the pages): its recompute is timed apart, before the
 * guide's pass reads it (DESIGN.md: guidance under 2 ms, the recompute
 * under 5 ms). Medians and 99th percentiles in ms. */
gboolean
vb_cli_bench_guidance (VbProject    *project,
                       VbBenchEdit   edit,
                       int           n_runs,
                       double       *median,
                       double       *p99,
                       double       *recompute_median,
                       guint        *n_findings,
                       GError      **error)
{
  g_autoptr(VbGuide) guide = vb_guide_new (project);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) recompute = g_array_new (FALSE, FALSE, sizeof (double));
  VbDecisionModel *model = vb_decision_model_get_for_project (project);

  for (int i = 0; i < n_runs; i++)
    {
      double g0, dt;
      gboolean ok;

      g_signal_handlers_block_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      ok = edit (project, i, error);
      g_signal_handlers_unblock_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      if (!ok)
        return FALSE;
      g0 = now_ms ();
      vb_decision_model_get_result (model);
      dt = now_ms () - g0;
      g_array_append_val (recompute, dt);
      g0 = now_ms ();
      vb_guide_refresh (guide);
      dt = now_ms () - g0;
      g_array_append_val (samples, dt);
    }
  *n_findings = g_list_model_get_n_items (vb_guide_get_findings (guide));
  *median = quantile (samples, 0.5);
  *p99 = quantile (samples, 0.99);
  *recompute_median = quantile (recompute, 0.5);
  return TRUE;
}
