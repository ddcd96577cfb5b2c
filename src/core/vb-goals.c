/* vb-goals.c — the totals of Goals & Scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function for the window, `vendorbench-cli info` and the documents:
 * the volume, workload, full-time equivalents and in-house cost of the
 * task inventory, and how many tasks go which way.
 */

#define G_LOG_DOMAIN "vb-goals"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vb-goals.h"
#include "vb-project-settings.h"
#include "vb-task.h"

void
vb_goals_compute_totals (VbProject     *project,
                         VbGoalsTotals *totals)
{
  GListModel *tasks;
  double paid_hours;
  guint n;

  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (totals != NULL);

  memset (totals, 0, sizeof *totals);
  tasks = vb_project_get_tasks (project);
  paid_hours = vb_project_settings_get_paid_hours_per_fte (vb_project_get_settings (project));
  n = g_list_model_get_n_items (tasks);
  totals->n_tasks = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      double volume = vb_task_get_monthly_volume (task);
      double cost = vb_task_get_annual_cost (task);
      VbSourcing suggestion = vb_task_suggest (task, NULL);
      VbSourcing decision = vb_task_get_decision (task);

      if (!isnan (volume))
        totals->volume += volume;
      if (!isnan (cost))
        totals->annual_cost += cost;
      totals->workload_hours += vb_task_get_workload_hours (task);
      totals->suggested[suggestion]++;
      totals->planned[decision != VB_SOURCING_UNSET ? decision : suggestion]++;
    }
  totals->fte = paid_hours > 0 ? totals->workload_hours / paid_hours : 0;
}
