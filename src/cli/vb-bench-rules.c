/* vb-bench-rules.c — `vendorbench-cli bench --rules`: each rule's time
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every rule of the guidance engine run on its own clock, in full passes
 * (no findings reused), on the bench project with the vendor-selection
 * stages: the median of each rule over the passes, and the tables its row
 * names — the rules a table's edit runs again are the ones that name it.
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "vb-cli.h"
#include "vb-guide-private.h"

#define N_PASSES 30

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

void
vb_cli_bench_rules (VbProject *project)
{
  g_autoptr(VbGuide) guide = vb_guide_new (project);
  guint n_rules;
  const VbRule *rules = vb_guide_rules (&n_rules);
  g_autofree double *samples = g_new0 (double, (gsize) n_rules * N_PASSES);
  g_autofree double *pass = g_new0 (double, n_rules);
  double total = 0;

  for (int p = 0; p < N_PASSES; p++)
    {
      vb_guide_time_rules (guide, pass);
      for (guint i = 0; i < n_rules; i++)
        samples[(gsize) i * N_PASSES + p] = pass[i];
    }

  g_print ("\nguidance rules, each alone: median of %d full passes (ms), and the tables each reads\n", N_PASSES);
  for (guint i = 0; i < n_rules; i++)
    {
      double *mine = samples + (gsize) i * N_PASSES;
      g_autofree char *tables = NULL;

      qsort (mine, N_PASSES, sizeof (double), compare_double);
      total += mine[N_PASSES / 2];
      tables = rules[i].tables ? g_strjoinv (", ", (char **) rules[i].tables) : g_strdup ("(all)");
      g_print ("  %-40s %8.3f  %s\n", rules[i].id, mine[N_PASSES / 2], tables);
    }
  g_print ("  %-40s %8.3f\n", "sum of the medians", total);
}
