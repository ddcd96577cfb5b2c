/* vb-goals.h — the totals of Goals & Scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-project.h"

G_BEGIN_DECLS

typedef struct {
  guint  n_tasks;
  double volume;          /* contacts or items a month */
  double workload_hours;  /* hours a month: Σ volume × handle time */
  double fte;             /* workload ÷ paid hours per full-time person */
  double annual_cost;     /* in-house, a year */
  guint  suggested[4];    /* tasks per VbSourcing the rule suggests */
  guint  planned[4];      /* tasks per VbSourcing planned (decision, else suggestion) */
} VbGoalsTotals;

void vb_goals_compute_totals (VbProject     *project,
                              VbGoalsTotals *totals);

G_END_DECLS
