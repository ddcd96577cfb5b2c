/* vb-bench.c — `vendorbench-cli bench`: timings on a large synthetic project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Figures, not tests: README keeps the results. The bare SQLite baseline
 * uses the same journal mode and synchronous setting as the project, in the
 * same folder, in the same run; an edit counts everything it writes (the
 * field, the modified time and the activity log row). The figures of the
 * vendor-selection stages come last, on the same project once it has
 * gained their data at scale (add_selection ()): the earlier figures are
 * measured before, on the project they have always measured.
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "vb-cli.h"
#include "vb-guide.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-question.h"
#include "vb-response.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-vendor-scores.h"

#define N_VENDORS 200
#define N_TASKS 2000

/* The vendor-selection stages at scale: a Full questionnaire (12 domains
 * of 10 questions), about 70 requirements, and for each of the 50
 * finalists (every fourth vendor) an answer to every item and 2 or 3
 * references with the call sheet answered */
#define N_SECTIONS 14
#define N_REQUIREMENTS_PER_SECTION 5
#define N_DOMAINS 12
#define N_QUESTIONS_PER_DOMAIN 10
#define N_PROMPTS 13
#define N_GUIDE_RUNS 50

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
  guint index;

  g_array_sort (samples, compare_double);
  index = (guint) (p * (samples->len - 1) + 0.5);
  return g_array_index (samples, double, index);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
build_project (const char  *path,
               GError     **error)
{
  g_autoptr(VbProject) project = vb_project_create (path, "Bench", VB_PROJECT_TEMPLATE_BLANK, "EUR", error);
  static const char *const kinds[] = { "routine", "judgment", "technical", "strategic" };
  static const char *const statuses[] = { "long-list", "shortlist", "finalist", "rejected" };

  if (project == NULL)
    return FALSE;

  vb_project_begin_edit (project, "Bench data");
  for (int i = 0; i < N_VENDORS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor %03d", i);
      VbRecord *v = vb_project_add (project, "vendor", error);
      VbRecord *c;

      if (v == NULL ||
          !vb_project_set_text (project, v, "name", name, error) ||
          !vb_project_set_text (project, v, "status", statuses[i % 4], error) ||
          !vb_project_set_text (project, v, "rejection_reason", i % 4 == 3 ? "Too expensive" : "", error) ||
          !vb_project_set_text (project, v, "delivery_model", "nearshore", error))
        goto fail;
      c = vb_project_add_child (project, "contact", "vendor_id", v, error);
      if (c == NULL || !vb_project_set_text (project, c, "name", "Sam Contact", error))
        goto fail;
    }
  for (int i = 0; i < N_TASKS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Task %04d", i);
      VbRecord *t = vb_project_add (project, "task", error);

      if (t == NULL ||
          !vb_project_set_text (project, t, "name", name, error) ||
          !vb_project_set_text (project, t, "work_kind", kinds[i % 4], error) ||
          !vb_project_set_real (project, t, "monthly_volume", 100 + i, error) ||
          !vb_project_set_real (project, t, "handle_minutes", 4 + i % 10, error) ||
          !vb_project_set_int (project, t, "cover_days", 0x1f, error) ||
          !vb_project_set_text (project, t, "cover_timezone", "Europe/Berlin", error) ||
          !vb_project_set_text (project, t, "languages", "English", error))
        goto fail;
    }
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

typedef struct {
  double median;
  double p99;
  double recompute;   /* measure_guidance: the decision model's before it */
} Latency;

/* A finalist's answer to item @i: mostly the compliant one, with some
 * "partly", some not compliant and some not applicable, the same on every
 * run. A requirement that is not met gets an accepted exception now and
 * then, as a project under way has. */
static const char *
bench_requirement_answer (int i)
{
  if (i % 23 == 0)
    return "does-not-meet";
  if (i % 7 == 0)
    return "partly";
  if (i % 19 == 0)
    return "not-applicable";
  return "meets";
}

static const char *
bench_question_answer (int         i,
                       const char *expected)
{
  if (i % 29 == 0)
    return g_str_equal (expected, "yes") ? "no" : "yes";
  if (i % 7 == 0)
    return "partly";
  if (i % 17 == 0)
    return "not-applicable";
  return expected;
}

static gboolean
add_response (VbProject   *project,
              VbRecord    *vendor,
              const char  *item_column,
              VbRecord    *item,
              const char  *answer,
              gboolean     exception,
              GError     **error)
{
  const char *refs[] = { "vendor_id", item_column };
  VbRecord *parents[] = { vendor, item };
  VbRecord *r = vb_project_add_row (project, "response", refs, parents, 2, error);

  return r != NULL &&
         vb_project_set_text (project, r, "answer", answer, error) &&
         vb_project_set_text (project, r, "text", "As described in our proposal, section 4.", error) &&
         (!g_str_equal (answer, "partly") || vb_project_set_text (project, r, "followup", "open", error)) &&
         (!exception || vb_project_set_text (project, r, "exception_reason", "Accepted for the pilot", error));
}

/* The vendor-selection stages' data, in one commit; @n_rows: how many
 * rows it added */
static gboolean
add_selection (VbProject  *project,
               guint      *n_rows,
               GError    **error)
{
  static const char *const priorities[] = { "must", "should", "should", "nice" };
  static const char *const choose_again[] = { "yes", "yes", "unsure", "no" };
  g_autoptr(GPtrArray) requirements = g_ptr_array_new ();
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();
  g_autoptr(GPtrArray) prompts = g_ptr_array_new ();
  g_autoptr(VbRecord) settings = g_list_model_get_item (vb_project_get_records (project, "project"), 0);
  GListModel *vendors = vb_project_get_vendors (project);
  gint64 n_added = 0;
  const char *const counted[] = { "requirement_section", "requirement", "question_domain", "question",
                                  "question_framework", "call_prompt", "response", "reference",
                                  "reference_answer", NULL };

  for (guint i = 0; counted[i]; i++)
    n_added -= vb_project_count_rows (project, counted[i]);
  vb_project_begin_edit_no_undo (project, -1, "Bench vendor-selection data");
  if (!vb_project_set_text (project, settings, "questionnaire", "full", error))
    goto fail;
  for (int s = 0; s < N_SECTIONS; s++)
    {
      g_autofree char *title = g_strdup_printf ("Section %02d", s);
      VbRecord *section = vb_project_add (project, "requirement_section", error);

      if (section == NULL || !vb_project_set_text (project, section, "title", title, error))
        goto fail;
      for (int j = 0; j < N_REQUIREMENTS_PER_SECTION; j++)
        {
          int n = s * N_REQUIREMENTS_PER_SECTION + j;
          g_autofree char *key = g_strdup_printf ("bench-requirement-%02d", n);
          g_autofree char *text = g_strdup_printf ("Describe how you will meet requirement %02d.", n);
          VbRecord *r = vb_project_add_child (project, "requirement", "section_id", section, error);

          if (r == NULL ||
              !vb_project_set_text (project, r, "key", key, error) ||
              !vb_project_set_text (project, r, "text", text, error) ||
              !vb_project_set_text (project, r, "priority", priorities[n % 4], error))
            goto fail;
          g_ptr_array_add (requirements, r);
        }
    }
  for (int d = 0; d < N_DOMAINS; d++)
    {
      g_autofree char *code = g_strdup_printf ("D%c", 'A' + d);
      g_autofree char *title = g_strdup_printf ("Domain %02d", d);
      VbRecord *domain = vb_project_add (project, "question_domain", error);

      if (domain == NULL ||
          !vb_project_set_text (project, domain, "code", code, error) ||
          !vb_project_set_text (project, domain, "title", title, error))
        goto fail;
      for (int j = 0; j < N_QUESTIONS_PER_DOMAIN; j++)
        {
          int n = d * N_QUESTIONS_PER_DOMAIN + j;
          g_autofree char *key = g_strdup_printf ("d%c-question-%03d", 'a' + d, n);
          g_autofree char *text = g_strdup_printf ("Do you meet security control %03d?", n);
          g_autofree char *iso = g_strdup_printf ("ISO 27001 A.5.%d", 1 + n % 37);
          g_autofree char *gdpr = g_strdup_printf ("GDPR 28(3)(%c)", 'a' + n % 8);
          g_autofree char *pci = g_strdup_printf ("PCI DSS %d.%d.1", 1 + n % 12, 1 + n % 5);
          const char *const tags[] = { iso, gdpr, pci };
          VbRecord *q = vb_project_add_child (project, "question", "domain_id", domain, error);

          if (q == NULL ||
              !vb_project_set_text (project, q, "key", key, error) ||
              !vb_project_set_text (project, q, "text", text, error) ||
              !vb_project_set_text (project, q, "expected_answer", n % 5 == 4 ? "no" : "yes", error) ||
              !vb_project_set_real (project, q, "weight", 1 + n % 5, error) ||
              !vb_project_set_bool (project, q, "high_risk", n % 4 == 0, error) ||
              !vb_project_set_text (project, q, "guidance", "Ask for evidence and a dated plan.", error) ||
              !vb_project_set_bool (project, q, "lite", n % 3 == 0, error))
            goto fail;
          for (int t = 0; t < 1 + n % 3; t++)
            {
              VbRecord *tag = vb_project_add_child (project, "question_framework", "question_id", q, error);
              if (tag == NULL || !vb_project_set_text (project, tag, "tag", tags[t], error))
                goto fail;
            }
          g_ptr_array_add (questions, q);
        }
    }
  for (int p = 0; p < N_PROMPTS; p++)
    {
      g_autofree char *text = g_strdup_printf ("Call-sheet question %02d?", p);
      VbRecord *prompt = vb_project_add (project, "call_prompt", error);

      if (prompt == NULL || !vb_project_set_text (project, prompt, "text", text, error))
        goto fail;
      g_ptr_array_add (prompts, prompt);
    }

  for (guint v = 0, f = 0; v < g_list_model_get_n_items (vendors); v++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, v);
      int n_references;

      if (vb_vendor_get_status (vendor) != VB_VENDOR_STATUS_FINALIST)
        continue;
      for (guint i = 0; i < requirements->len; i++)
        {
          const char *answer = bench_requirement_answer ((int) (i + 3 * f));
          if (!add_response (project, VB_RECORD (vendor), "requirement_id", requirements->pdata[i], answer,
                             g_str_equal (answer, "does-not-meet") && f % 2 == 0, error))
            goto fail;
        }
      for (guint i = 0; i < questions->len; i++)
        {
          const char *expected = vb_question_get_expected_answer (questions->pdata[i]) == VB_YES_NO_NO ? "no" : "yes";
          const char *answer = bench_question_answer ((int) (i + 5 * f), expected);
          if (!add_response (project, VB_RECORD (vendor), "question_id", questions->pdata[i], answer,
                             FALSE, error))
            goto fail;
        }
      n_references = 2 + (int) (f % 2);
      for (int r = 0; r < n_references; r++)
        {
          g_autofree char *company = g_strdup_printf ("Reference %02u-%d Ltd", f, r);
          VbRecord *ref = vb_project_add_child (project, "reference", "vendor_id", VB_RECORD (vendor), error);
          gboolean called = (f + (guint) r) % 5 != 4;

          if (ref == NULL ||
              !vb_project_set_text (project, ref, "company", company, error) ||
              !vb_project_set_text (project, ref, "contact_name", "Alex Reference", error) ||
              !vb_project_set_text (project, ref, "relationship", "Client for two years", error))
            goto fail;
          if (called &&
              (!vb_project_set_text (project, ref, "called_on", "2026-07-28", error) ||
               !vb_project_set_real (project, ref, "callback_days", 1 + (f + (guint) r) % 6, error) ||
               !vb_project_set_int (project, ref, "rating", 2 + (f + (guint) r) % 4, error) ||
               !vb_project_set_text (project, ref, "would_choose_again", choose_again[(f + (guint) r) % 4], error) ||
               !vb_project_set_text (project, ref, "red_flags", (f + (guint) r) % 7 == 3 ? "Team leader changed twice" : "", error)))
            goto fail;
          for (guint p = 0; called && p < prompts->len; p++)
            {
              const char *refs[] = { "reference_id", "prompt_id" };
              VbRecord *parents[] = { ref, prompts->pdata[p] };
              VbRecord *a = vb_project_add_row (project, "reference_answer", refs, parents, 2, error);

              if (a == NULL ||
                  !vb_project_set_text (project, a, "answer", "A clear answer in the reference's own words.", error))
                goto fail;
            }
        }
      f++;
    }
  if (!vb_project_end_edit (project, error))
    return FALSE;
  for (guint i = 0; counted[i]; i++)
    n_added += vb_project_count_rows (project, counted[i]);
  *n_rows = (guint) n_added;
  return TRUE;

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

/* Guidance as the window runs it, with the decision model's recompute
 * before it timed apart (vb-bench-guide.c) */
static gboolean
measure_guidance (VbProject   *project,
                  VbBenchEdit  edit,
                  Latency     *out,
                  guint       *n_findings,
                  GError     **error)
{
  return vb_cli_bench_guidance (project, edit, N_GUIDE_RUNS, &out->median, &out->p99, &out->recompute,
                                n_findings, error);
}

/* vb_vendor_scores_compute () for every finalist, @n_rounds times: the
 * time of one round (all finalists); @fastest: the fastest round, the
 * figure least disturbed by other programs on a shared machine */
static void
measure_scores (VbProject *project,
                int        n_rounds,
                Latency   *out,
                double    *fastest,
                guint     *n_finalists)
{
  GListModel *vendors = vb_project_get_vendors (project);
  g_autoptr(GPtrArray) finalists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint v = 0; v < g_list_model_get_n_items (vendors); v++)
    {
      VbVendor *vendor = g_list_model_get_item (vendors, v);

      if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_FINALIST)
        g_ptr_array_add (finalists, vendor);
      else
        g_object_unref (vendor);
    }
  for (int round = 0; round < n_rounds; round++)
    {
      double t0 = now_ms (), dt;

      for (guint i = 0; i < finalists->len; i++)
        vb_vendor_scores_free (vb_vendor_scores_compute (finalists->pdata[i]));
      dt = now_ms () - t0;
      g_array_append_val (samples, dt);
    }
  *n_finalists = finalists->len;
  *fastest = percentile (samples, 0);
  out->median = percentile (samples, 0.5);
  out->p99 = percentile (samples, 0.99);
}

/* The vendor-selection stages at scale: their data added to the project at
 * @path, then the file opened again as the window opens it, the guidance
 * after an edit and the scores of every finalist */
static gboolean
bench_selection (const char  *path,
                 gboolean     per_rule,
                 GError     **error)
{
  g_autoptr(VbProject) project = vb_project_open (path, error);
  Latency after_task, after_response, scores;
  guint n_rows = 0, n_findings_task = 0, n_findings_response = 0, n_finalists = 0;
  double t0, t_add, t_open, scores_fastest;

  if (project == NULL)
    return FALSE;
  t0 = now_ms ();
  if (!add_selection (project, &n_rows, error))
    return FALSE;
  t_add = now_ms () - t0;
  g_clear_object (&project);

  t0 = now_ms ();
  project = vb_project_open (path, error);
  if (project == NULL)
    return FALSE;
  t_open = now_ms () - t0;

  if (!measure_guidance (project, vb_cli_bench_edit_task_volume, &after_task, &n_findings_task, error) ||
      !measure_guidance (project, vb_cli_bench_edit_response_answer, &after_response, &n_findings_response, error))
    return FALSE;
  measure_scores (project, 20, &scores, &scores_fastest, &n_finalists);

  g_print ("\nvendor selection at scale: %d requirements, Full questionnaire of %d questions, every item\n"
           "answered by %u finalists, 2–3 references each with the call sheet answered (%u rows more)\n",
           N_SECTIONS * N_REQUIREMENTS_PER_SECTION, N_DOMAINS * N_QUESTIONS_PER_DOMAIN, n_finalists, n_rows);
  g_print ("%-44s %10.1f ms\n", "add the rows (one commit)", t_add);
  g_print ("%-44s %10.1f ms\n", "open the bigger project (verify + load)", t_open);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms, %u findings; target < 2 ms)\n", "guidance after a task edit (median)",
           after_task.median, after_task.p99, n_findings_task);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms, %u findings; target < 2 ms)\n", "guidance after a response edit (median)",
           after_response.median, after_response.p99, n_findings_response);
  g_print ("%-44s %10.3f ms  (after a task edit %.3f ms; target < 5 ms)\n",
           "decision recompute after a response edit", after_response.recompute, after_task.recompute);
  if (after_task.median >= 2 || after_response.median >= 2)
    g_print ("  guidance is over its 2 ms target on this project\n");
  g_print ("%-44s %10.3f ms  (fastest %.3f ms, p99 %.3f ms; %.0f µs a vendor)\n",
           "scores of all finalists (median)", scores.median, scores_fastest, scores.p99,
           n_finalists ? scores.median * 1000 / n_finalists : 0.0);
  if (per_rule)
    vb_cli_bench_rules (project);
  return TRUE;
}

static gboolean
measure_edits (const char  *path,
               int          n_edits,
               Latency     *out,
               GError     **error)
{
  g_autoptr(VbProject) project = vb_project_open (path, error);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *tasks;

  if (project == NULL)
    return FALSE;
  tasks = vb_project_get_records (project, "task");
  for (int i = 0; i < n_edits; i++)
    {
      g_autoptr(VbRecord) task = g_list_model_get_item (tasks, (guint) i % g_list_model_get_n_items (tasks));
      g_autofree char *name = g_strdup_printf ("Task %d, edit %d", i % N_TASKS, i);
      double t0 = now_ms ();

      if (!vb_project_set_text (project, task, "name", name, error))
        return FALSE;
      {
        double dt = now_ms () - t0;
        g_array_append_val (samples, dt);
      }
    }
  out->median = percentile (samples, 0.5);
  out->p99 = percentile (samples, 0.99);
  return TRUE;
}

/* A bare SQLite single-row UPDATE commit: same folder, journal mode and
 * synchronous setting, no checkpoint policy beyond the mode's own. */
static gboolean
measure_bare (const char *dir,
              const char *mode,
              int         n_edits,
              Latency    *out)
{
  g_autofree char *path = g_build_filename (dir, "bare.db", NULL);
  g_autofree char *set_mode = g_strdup_printf ("PRAGMA journal_mode = %s", mode);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_unlink (path);
  if (sqlite3_open (path, &db) != SQLITE_OK)
    return FALSE;
  sqlite3_exec (db, set_mode, NULL, NULL, NULL);
  sqlite3_exec (db, "PRAGMA synchronous = " VB_PROJECT_SYNCHRONOUS, NULL, NULL, NULL);
  if (g_ascii_strcasecmp (mode, "WAL") == 0)
    sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 1", NULL, NULL, NULL);
  sqlite3_exec (db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)", NULL, NULL, NULL);
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (int i = 0; i < N_TASKS; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO t VALUES (%d, 'Task %d')", i, i);
      sqlite3_exec (db, sql, NULL, NULL, NULL);
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "UPDATE t SET name = ?1 WHERE id = ?2", -1, &stmt, NULL);

  for (int i = 0; i < n_edits; i++)
    {
      g_autofree char *name = g_strdup_printf ("Task %d, edit %d", i % N_TASKS, i);
      double t0 = now_ms (), dt;

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, i % N_TASKS);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
      dt = now_ms () - t0;
      g_array_append_val (samples, dt);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_unlink (path);
  out->median = percentile (samples, 0.5);
  out->p99 = percentile (samples, 0.99);
  return TRUE;
}

static gboolean
sidecars_left (const char *path)
{
  static const char *const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (side, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

/* Property 1 of DESIGN.md §3: the file alone is complete after every
 * commit, also while another program reads it (a backup or sync tool, a
 * second vendorbench-cli). An edit is made while a second connection holds
 * a read transaction; then the main file alone is copied: an edit whose
 * commit returned must be in the copy. */
static const char *
check_complete (const char *path,
                const char *dir)
{
  g_autoptr(VbProject) project = vb_project_open (path, NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.vendorbench", NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *reader = NULL, *check = NULL;
  gboolean committed, found = FALSE;
  sqlite3_stmt *stmt = NULL;
  gsize length;
  VbRecord *task;

  if (project == NULL)
    return "could not open";
  task = g_list_model_get_item (vb_project_get_records (project, "task"), 0);
  g_object_unref (task);   /* the store keeps it */

  sqlite3_open_v2 (path, &reader, SQLITE_OPEN_READONLY, NULL);
  sqlite3_exec (reader, "BEGIN; SELECT count(*) FROM task;", NULL, NULL, NULL);
  committed = vb_project_set_text (project, task, "name", "The last edit", NULL);
  g_file_get_contents (path, &bytes, &length, NULL);
  sqlite3_exec (reader, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (reader);
  if (bytes == NULL || !g_file_set_contents (copy, bytes, (gssize) length, NULL))
    return "could not copy";

  uri = g_strdup_printf ("file:%s?mode=ro&immutable=1", copy);
  if (sqlite3_open_v2 (uri, &check, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (check, "SELECT count(*) FROM task WHERE name = 'The last edit'", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);
  sqlite3_close (check);
  g_unlink (copy);

  if (committed && found)
    return "yes";
  if (!committed)
    return "yes (the edit waited, then was refused while read)";
  return "NO: a committed edit is missing";
}

/* Property 2: no sidecar file after close, nor after `check` */
static const char *
check_no_sidecar (const char *path)
{
  if (sidecars_left (path))
    return "NO: left after close";
  if (!vb_project_check_file (path, NULL, NULL))
    return "check failed";
  if (sidecars_left (path))
    return "NO: left after check";
  return "yes";
}

/* Property 3: a file in a read-only folder opens read-only. As root only
 * a read-only bind mount is read-only; otherwise the folder's mode. */
static const char *
check_read_only_folder (const char *path,
                        const char *dir)
{
  g_autofree char *src = g_build_filename (dir, "ro-src", NULL);
  g_autofree char *mnt = g_build_filename (dir, "ro-mnt", NULL);
  g_autofree char *inside = g_build_filename (src, "mode.vendorbench", NULL);
  g_autofree char *opened = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (path);
  g_autoptr(GFile) to = g_file_new_for_path (inside);
  g_autoptr(VbProject) project = NULL;
  gboolean root = geteuid () == 0;
  const char *result;

  g_mkdir_with_parents (src, 0755);
  g_mkdir_with_parents (mnt, 0755);
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL))
    return "could not copy";
  if (root)
    {
      const char *bind[] = { "mount", "--bind", src, mnt, NULL };
      const char *ro[] = { "mount", "-o", "remount,bind,ro", mnt, NULL };
      int status = -1;

      if (!g_spawn_sync (NULL, (char **) bind, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, NULL) || status != 0)
        return "not measured (no mount --bind)";
      g_spawn_sync (NULL, (char **) ro, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL);
      opened = g_build_filename (mnt, "mode.vendorbench", NULL);
    }
  else
    {
      g_chmod (src, 0555);
      opened = g_strdup (inside);
    }

  project = vb_project_open (opened, NULL);
  if (project == NULL)
    result = "NO: does not open";
  else if (!vb_project_get_read_only (project))
    result = "NO: opened writable";
  else
    result = "yes";
  g_clear_object (&project);
  if (sidecars_left (opened) && g_str_equal (result, "yes"))
    result = "NO: left a sidecar";

  if (root)
    {
      const char *umount[] = { "umount", mnt, NULL };
      g_spawn_sync (NULL, (char **) umount, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
  else
    g_chmod (src, 0755);
  g_unlink (inside);
  g_rmdir (src);
  g_rmdir (mnt);
  return result;
}

int
vb_cli_bench (int argc, char **argv)
{
  int n_edits = 10000;
  gboolean modes = FALSE, decision_only = FALSE, per_rule = FALSE;
  g_autofree char *dir_arg = NULL;
  GOptionEntry entries[] = {
    { "edits", 0, 0, G_OPTION_ARG_INT, &n_edits, N_("Number of single-field edits (default 10000)"), N_("N") },
    { "journal-modes", 0, 0, G_OPTION_ARG_NONE, &modes, N_("Also compare the journal modes"), NULL },
    { "rules", 0, 0, G_OPTION_ARG_NONE, &per_rule, N_("Also time each guidance rule on the bigger project"), NULL },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir_arg, N_("Work in DIR (default: a new temporary folder)"), N_("DIR") },
    { "decision-only", 0, 0, G_OPTION_ARG_NONE, &decision_only, N_("Only the decision engine (no project file)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— build a large synthetic project and print timings"));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *imported = NULL;
  g_autoptr(VbProject) project = NULL;
  Latency edit, bare, guidance;
  double t0, t_create, t_open, t_export, t_import;
  gsize json_length = 0;
  guint n_findings = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (n_edits < 100)
    n_edits = 100;
  if (decision_only)
    {
      if (!vb_cli_bench_decision (&error))
        goto failed;
      return 0;
    }

  dir = dir_arg ? g_strdup (dir_arg) : g_dir_make_tmp ("vendorbench-bench-XXXXXX", &error);
  if (dir == NULL)
    goto failed;
  path = g_build_filename (dir, "bench.vendorbench", NULL);
  json_path = g_build_filename (dir, "bench.json", NULL);
  imported = g_build_filename (dir, "imported.vendorbench", NULL);
  g_unlink (path);
  g_unlink (json_path);
  g_unlink (imported);

  g_print ("Vendorbench %s bench: %d vendors, %d tasks, SQLite %s, journal %s, synchronous %s\n",
           PACKAGE_VERSION, N_VENDORS, N_TASKS, sqlite3_libversion (), vb_project_get_journal_mode (),
           VB_PROJECT_SYNCHRONOUS);
  g_print ("folder: %s\n\n", dir);

  t0 = now_ms ();
  if (!build_project (path, &error))
    goto failed;
  t_create = now_ms () - t0;

  t0 = now_ms ();
  project = vb_project_open (path, &error);
  if (project == NULL)
    goto failed;
  t_open = now_ms () - t0;

  t0 = now_ms ();
  {
    g_autofree char *data = vb_json_export (project, &json_length, &error);
    if (data == NULL || !g_file_set_contents (json_path, data, (gssize) json_length, &error))
      goto failed;
  }
  t_export = now_ms () - t0;

  t0 = now_ms ();
  if (!vb_json_import_file (json_path, imported, &error))
    goto failed;
  t_import = now_ms () - t0;

  /* guidance as the window runs it: after an edit (here one task's volume,
   * so the caches of that row are cold), on the whole project */
  if (!measure_guidance (project, vb_cli_bench_edit_task_volume, &guidance, &n_findings, &error))
    goto failed;
  g_clear_object (&project);

  g_print ("%-44s %10.1f ms\n", "create (blank project + 2,200 rows)", t_create);
  g_print ("%-44s %10.1f ms\n", "open (verify + load)", t_open);
  g_print ("%-44s %10.1f ms  (%.1f MB)\n", "JSON export", t_export, json_length / 1e6);
  g_print ("%-44s %10.1f ms\n", "JSON import (validate + write new file)", t_import);
  {
    double read_ms = 0, apply_ms = 0;

    if (!vb_cli_bench_response_import (dir, &read_ms, &apply_ms, &error))
      goto failed;
    g_print ("%-44s %10.1f ms  (read + check %.1f, one edit %.1f; target < 300 ms)\n",
             "response workbook import (2,000 rows)", read_ms + apply_ms, read_ms, apply_ms);
  }
  {
    g_autofree char *workbook = g_build_filename (dir, "workbook-fresh.vendorbench", NULL);
    g_autoptr(VbProject) target = vb_project_open (workbook, &error);
    g_autoptr(VbVendor) vendor = target ? g_list_model_get_item (vb_project_get_vendors (target), 0) : NULL;
    g_autofree char *refusal = NULL;
    goffset zip_bytes = 0;
    guint64 peak_kb = 0;

    if (vendor == NULL || !vb_cli_bench_zip_bomb (dir, target, vendor, &zip_bytes, &peak_kb, &refusal, &error))
      goto failed;
    g_print ("%-44s %10.1f MB  (%" G_GUINT64_FORMAT " kB; a zip of %.0f kB unpacking to 320 MiB; "
             "target < 50 MB)\n    refused: %s\n",
             "zip bomb refused: peak memory added", peak_kb / 1024.0, peak_kb, zip_bytes / 1024.0, refusal);
  }
  if (!vb_cli_bench_tickets_print (dir, &error))
    goto failed;
  g_print ("%-44s %10.3f ms  (p99 %.3f ms, %u findings; target < 2 ms)\n", "guidance after an edit (median)",
           guidance.median, guidance.p99, n_findings);

  if (!measure_edits (path, n_edits, &edit, &error))
    goto failed;
  measure_bare (dir, vb_project_get_journal_mode (), n_edits, &bare);
  g_print ("\n%d single-field edits (each: field + modified + activity log, one commit)\n", n_edits);
  g_print ("%-44s %10.3f ms   p99 %.3f ms\n", "project edit commit, median", edit.median, edit.p99);
  g_print ("%-44s %10.3f ms   p99 %.3f ms\n", "bare SQLite single-row UPDATE commit, median", bare.median, bare.p99);
  g_print ("%-44s %10.2f ×   (target ≤ 1.25 ×; p99 target < 5 ms)\n", "ratio (median)", edit.median / bare.median);
  g_print ("%-44s %s\n", "sidecar files after close", sidecars_left (path) ? "yes" : "none");

  if (!bench_selection (path, per_rule, &error))
    goto failed;
  if (!vb_cli_bench_decision_project (path, &error))
    goto failed;
  if (!vb_cli_bench_pilot (path, per_rule, &error))
    goto failed;
  if (!vb_cli_bench_decision (&error))
    goto failed;

  if (modes)
    {
      static const char *const candidates[] = { "DELETE", "TRUNCATE", "PERSIST", "WAL" };

      g_print ("\njournal modes (%d edits each), and the three properties of DESIGN.md §3: the file alone\n"
               "complete after each commit (also while another program reads it), no sidecar after close\n"
               "or check, opens read-only from a read-only folder. The project keeps the fastest that\n"
               "holds all three.\n", n_edits / 4);
      for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
        {
          g_autofree char *mode_path = g_build_filename (dir, "mode.vendorbench", NULL);
          Latency lat, base;
          const char *complete, *sidecar, *read_only;

          g_unlink (mode_path);
          vb_project_set_journal_mode (candidates[i]);
          if (!build_project (mode_path, &error) || !measure_edits (mode_path, n_edits / 4, &lat, &error))
            goto failed;
          sidecar = check_no_sidecar (mode_path);
          complete = check_complete (mode_path, dir);
          read_only = check_read_only_folder (mode_path, dir);
          measure_bare (dir, candidates[i], n_edits / 4, &base);
          g_print ("  %-9s edit median %.3f ms  p99 %.3f ms  (bare %.3f ms)\n"
                   "            complete: %s\n            no sidecar: %s\n            read-only folder: %s\n",
                   candidates[i], lat.median, lat.p99, base.median, complete, sidecar, read_only);
          {
            g_autofree char *j = g_strconcat (mode_path, "-journal", NULL);
            g_autofree char *w = g_strconcat (mode_path, "-wal", NULL);
            g_autofree char *sh = g_strconcat (mode_path, "-shm", NULL);
            g_unlink (j); g_unlink (w); g_unlink (sh);
          }
          g_unlink (mode_path);
        }
      vb_project_set_journal_mode ("DELETE");
    }

  if (dir_arg == NULL)
    {
      g_unlink (path);
      g_unlink (json_path);
      g_unlink (imported);
      g_rmdir (dir);
    }
  return 0;

failed:
  g_printerr ("vendorbench-cli bench: %s\n", error ? error->message : "failed");
  return 1;
}
