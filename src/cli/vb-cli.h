/* vb-cli.h
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-project.h"
#include "vb-vendor.h"

int vb_cli_bench (int argc, char **argv);
/* vb-cli-decision.c: agents for one interval */
int vb_cli_staffing (int argc, char **argv);
/* vb-cli-pilot.c: each SLA week by week, and the go / no-go */
int vb_cli_kpis (int argc, char **argv);
/* vb-cli-pilot.c: the transition tasks and check-ins as iCalendar */
int vb_cli_export_calendar (GOptionContext *context,
                            const char     *file,
                            const char     *format,
                            const char     *output,
                            gboolean        force);
/* vb-cli-score.c: the quotes priced, the finalists ranked */
int vb_cli_pricing  (int argc, char **argv);
int vb_cli_score    (int argc, char **argv);
/* vb-bench-decision.c: the decision engine's timings, printed */
gboolean vb_cli_bench_decision (GError **error);
/* vb-bench-guide.c: an edit of row @i, then the guidance pass after it
 * (the decision model's recompute before it timed apart) */
typedef gboolean (*VbBenchEdit) (VbProject *project, int i, GError **error);
gboolean vb_cli_bench_edit_task_volume     (VbProject  *project,
                                            int         i,
                                            GError    **error);
gboolean vb_cli_bench_edit_response_answer (VbProject  *project,
                                            int         i,
                                            GError    **error);
gboolean vb_cli_bench_guidance             (VbProject    *project,
                                            VbBenchEdit   edit,
                                            int           n_runs,
                                            double       *median,
                                            double       *p99,
                                            double       *recompute_median,
                                            guint        *n_findings,
                                            GError      **error);
/* vb-bench-decision-rows.c: the decision stages' rows in the bench
 * project at @path, the recompute and the guidance after a score edit */
gboolean vb_cli_bench_decision_project (const char  *path,
                                        GError     **error);

/* vb-cli.c: wrong usage (exit 2, with the command's help), a failure
 * (exit 1, the message on standard error; frees @error) */
int vb_cli_usage_error (GOptionContext *context,
                        const char     *message);
int vb_cli_fail        (GError         *error);

/* vb-cli-responses.c: a document (the response workbook, the calendar;
 * an unknown one is a usage error listing them) */
int vb_cli_export_document  (GOptionContext *context,
                             const char     *file,
                             const char     *document,
                             const char     *vendor,
                             const char     *format,
                             const char     *deadline,
                             const char     *output,
                             gboolean        force);
int vb_cli_import_responses (int             argc,
                             char          **argv);
/* vb-cli-tickets.c: a help-desk ticket export's weekly KPIs */
int vb_cli_import_tickets   (int             argc,
                             char          **argv);
/* vb-bench-bomb.c: a refused zip bomb's peak memory, in @dir */
gboolean vb_cli_bench_zip_bomb (const char  *dir,
                                VbProject   *project,
                                VbVendor    *vendor,
                                goffset     *zip_bytes,
                                guint64     *peak_kb,
                                char       **message,
                                GError     **error);
/* vb-bench-pilot.c: the pilot stages' data added to the bench project at
 * @path, and the guidance with their rules on */
gboolean vb_cli_bench_pilot    (const char  *path,
                                gboolean     per_rule,
                                GError     **error);
/* vb-bench-rules.c: each guidance rule's median time on @project */
void     vb_cli_bench_rules    (VbProject   *project);
/* vb-bench-tickets.c: a 1,000,000-ticket CSV imported in @dir (median
 * of 3, warm cache) and the peak memory one import added */
gboolean vb_cli_bench_tickets (const char  *dir,
                               double      *median_ms,
                               double      *cpu_ms,
                               guint64     *peak_kb,
                               goffset     *file_bytes,
                               GError     **error);
/* the same, measured and printed as one line of the bench's table */
gboolean vb_cli_bench_tickets_print (const char  *dir,
                                     GError     **error);
/* for the bench: a 2,000-row workbook imported in @dir */
gboolean vb_cli_bench_response_import (const char  *dir,
                                       double      *read_ms,
                                       double      *apply_ms,
                                       GError     **error);
