/* test-cli.c — vendorbench-cli: every command, its usage errors and failures
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <pty.h>
#include <json-glib/json-glib.h>

#include "vb-goals.h"
#include "vb-json.h"
#include "vb-question.h"
#include "vb-question-domain.h"
#include "vb-reference.h"
#include "vb-requirement.h"
#include "vb-requirement-section.h"
#include "vb-response.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

#define RUN(out, err, ...) vbt_run ((const char *const[]) { vbt_cli (), __VA_ARGS__, NULL }, out, err)

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("not valid JSON (%s):\n%s", error->message, text);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_version_and_help (void)
{
  static const char *const commands[] = { "new", "info", "check", "export", "import", "guide", "bench" };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (RUN (&out, &err, "--version"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "vendorbench-cli "));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (RUN (&out, NULL, "--help"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_nonnull (strstr (out, commands[i]));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *o = NULL;
      g_assert_cmpint (RUN (&o, NULL, commands[i], "--help"), ==, 0);
      g_assert_true (vbt_contains_ci (o, "usage"));
    }
}

static void
test_usage_errors (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autofree char *json = g_build_filename (dir, "p.json", NULL);
  struct {
    const char *args[6];
  } cases[] = {
    { { "frobnicate" } },
    { { "new" } },
    { { "new", "--colour", path } },
    { { "new", path, "extra" } },
    { { "new", "--sample", "--template", "blank", path } },
    { { "info" } },
    { { "check" } },
    { { "export", path } },                        /* no --format */
    { { "export", path, "--format", "pdf" } },
    { { "import", json } },                        /* no -o */
    { { "guide" } },
    { { "guide", "--bogus", path } },
    { { "guide", "--today", "2026-02-30", path } },  /* no such day */
    { { "guide", "--today", "next week", path } },
  };
  const char *argv[8];
  g_autofree char *o = NULL, *e = NULL;

  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), NULL }, &o, &e), ==, 2);
  g_assert_true (vbt_contains_ci (e, "usage"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      guint k = 0;

      argv[k++] = vbt_cli ();
      for (guint j = 0; cases[i].args[j]; j++)
        argv[k++] = cases[i].args[j];
      argv[k] = NULL;
      if (vbt_run (argv, &out, &err) != 2)
        g_error ("“%s” should be a usage error (exit 2)", cases[i].args[0]);
      g_assert_cmpstr (err, !=, "");
    }
  /* an unknown document: the message names every document export knows,
   * and the JSON export without --document */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (RUN (NULL, &err, "export", path, "--document", "invoice", "-o", json), ==, 2);
    g_assert_nonnull (strstr (err, "“invoice”"));
    g_assert_nonnull (strstr (err, "these documents: response-workbook, calendar;"));
    g_assert_nonnull (strstr (err, "JSON"));
  }
  /* nothing was written */
  g_assert_cmpuint (vbt_count_entries (dir), ==, 0);
  vbt_rmdir (dir);
}

static void
test_commands (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "Shop support.vendorbench", NULL);
  g_autofree char *json = g_build_filename (dir, "shop.json", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.vendorbench", NULL);
  g_autoptr(GError) error = NULL;

  /* new */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", "--template", "customer-support", "--currency", "GBP", path), ==, 0);
    g_assert_true (g_str_has_suffix (g_strstrip (out), "Shop support.vendorbench"));
    g_assert_true (vb_project_check_file (path, NULL, &error));
    g_assert_no_error (error);
    vbt_assert_no_sidecar (path);
  }
  /* new refuses to overwrite */
  {
    g_autofree char *hash = vbt_hash_file (path);
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "already exists"));
    vbt_assert_hash_unchanged (path, hash);
  }
  /* info --json: valid JSON whose counts match the project */
  {
    g_autofree char *out = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    const VbSchema *schema = vb_schema_current ();
    JsonObject *root, *counts;

    g_assert_no_error (error);
    g_assert_cmpint (RUN (&out, NULL, "info", path, "--json"), ==, 0);
    root = parse_object (parser, out);
    g_assert_cmpstr (json_object_get_string_member (root, "name"), ==, "Shop support");
    g_assert_cmpstr (json_object_get_string_member (root, "currency"), ==, "GBP");
    g_assert_cmpint (json_object_get_int_member (root, "schema_version"), ==, VB_SCHEMA_VERSION);
    g_assert_false (json_object_get_boolean_member (root, "read_only"));
    g_assert_false (json_object_get_boolean_member (root, "sample"));
    counts = json_object_get_object_member (root, "counts");
    g_assert_cmpuint (json_object_get_size (counts), ==, schema->n_tables);
    for (guint i = 0; i < schema->n_tables; i++)
      g_assert_cmpint (json_object_get_int_member (counts, schema->tables[i].name), ==,
                       vb_project_count_rows (p, schema->tables[i].name));
    g_assert_cmpint (json_object_get_int_member (counts, "task"), >, 0);
    g_assert_cmpint (json_object_get_int_member (counts, "activity"), ==, 1);
  }
  /* info, plain */
  {
    g_autofree char *out = NULL;
    g_assert_cmpint (RUN (&out, NULL, "info", path), ==, 0);
    g_assert_nonnull (strstr (out, "Shop support"));
  }
  /* check */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "check", path), ==, 0);
    g_assert_true (vbt_contains_ci (out, "sound"));
    g_assert_cmpstr (err, ==, "");
  }
  /* export, import, and they agree */
  {
    g_autofree char *out = NULL, *again = NULL;
    g_autofree char *hash = vbt_hash_file (path);

    g_assert_cmpint (RUN (&out, NULL, "export", path, "--format", "json", "-o", json), ==, 0);
    vbt_assert_hash_unchanged (path, hash);
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (RUN (&out, NULL, "import", json, "-o", copy), ==, 0);
    g_assert_true (vb_project_check_file (copy, NULL, &error));
    g_assert_cmpint (RUN (&again, NULL, "export", copy, "--format", "json"), ==, 0);
    {
      g_autofree char *first = NULL;
      g_assert_true (g_file_get_contents (json, &first, NULL, NULL));
      g_assert_cmpstr (again, ==, first);
    }
  }
  /* guide --json: the findings parse and match the guide */
  {
    g_autofree char *out = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *root;
    JsonArray *findings, *stages;

    g_assert_cmpint (RUN (&out, NULL, "guide", path, "--json"), ==, 0);
    root = parse_object (parser, out);
    g_assert_true (json_object_has_member (root, "progress"));
    findings = json_object_get_array_member (root, "findings");
    stages = json_object_get_array_member (root, "stages");
    g_assert_nonnull (findings);
    g_assert_nonnull (stages);
    g_assert_cmpuint (json_array_get_length (stages), >=, 2);
    g_assert_cmpuint (json_array_get_length (findings), >, 0);
    for (guint i = 0; i < json_array_get_length (findings); i++)
      {
        JsonObject *f = json_array_get_object_element (findings, i);
        g_assert_cmpstr (json_object_get_string_member (f, "rule"), !=, "");
        g_assert_cmpstr (json_object_get_string_member (f, "message"), !=, "");
        g_assert_true (json_object_has_member (f, "kind"));
        g_assert_true (json_object_has_member (f, "stage"));
        g_assert_true (json_object_has_member (f, "subject"));
      }
    /* a template project still needs vendors */
    {
      gboolean seen = FALSE;
      for (guint i = 0; i < json_array_get_length (findings); i++)
        seen |= g_str_equal (json_object_get_string_member (json_array_get_object_element (findings, i), "rule"),
                             "vendors.too-few");
      g_assert_true (seen);
    }
  }
  /* guide, plain */
  {
    g_autofree char *out = NULL;
    g_assert_cmpint (RUN (&out, NULL, "guide", path), ==, 0);
    g_assert_true (vbt_contains_ci (out, "progress"));
  }
  /* new --sample */
  {
    g_autofree char *sample = g_build_filename (dir, "sample.vendorbench", NULL);
    g_autofree char *out = NULL, *err = NULL;
    int status = RUN (&out, &err, "new", "--sample", sample);

    if (status != 0)
      g_test_fail_printf ("vendorbench-cli new --sample failed: %s", err);
    else
      {
        g_autofree char *info = NULL;
        g_autoptr(JsonParser) parser = json_parser_new ();
        g_assert_cmpint (RUN (&info, NULL, "info", "--json", sample), ==, 0);
        g_assert_true (json_object_get_boolean_member (parse_object (parser, info), "sample"));
      }
  }
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

static void
test_names_need_escaping (void)
{
  /* a name with quotes, a backslash and non-ASCII letters still gives valid JSON */
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  const char *name = "Café “Größe” \"quoted\" back\\slash\ttab";
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_cmpint (RUN (&out, &err, "new", "--name", name, path), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (RUN (&out, NULL, "info", "--json", path), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (parse_object (parser, out), "name"), ==, name);
  g_clear_pointer (&out, g_free);
  /* the guide's messages quote names with “ ” */
  g_assert_cmpint (RUN (&out, NULL, "guide", "--json", path), ==, 0);
  {
    g_autoptr(JsonParser) p2 = json_parser_new ();
    JsonArray *findings = json_object_get_array_member (parse_object (p2, out), "findings");
    g_assert_cmpuint (json_array_get_length (findings), >, 0);
  }
  vbt_rmdir (dir);
}

static void
test_failures (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "missing.vendorbench", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *bad_json = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.vendorbench", NULL);
  const char *cmds[] = { "info", "check", "guide" };

  vbt_write (text, "hello\n", 6);
  vbt_write (bad_json, "{ nope", 6);
  for (guint i = 0; i < G_N_ELEMENTS (cmds); i++)
    {
      g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

      g_assert_cmpint (RUN (&out, &err, cmds[i], missing), ==, 1);
      g_assert_true (vbt_contains_ci (err, "no file"));
      g_assert_cmpint (RUN (&out2, &err2, cmds[i], text), ==, 1);
      g_assert_true (vbt_contains_ci (err2, "text file"));
    }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "export", missing, "--format", "json"), ==, 1);
    g_assert_true (vbt_contains_ci (err, "no file"));
    g_assert_cmpstr (out, ==, "");
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "import", bad_json, "-o", out_path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "not valid JSON"));
    g_assert_false (vbt_exists (out_path));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    /* the word is checked against the enumeration by the CLI: a usage
     * error that names the templates there are */
    g_assert_cmpint (RUN (&out, &err, "new", "--template", "nope", out_path), ==, 2);
    g_assert_true (vbt_contains_ci (err, "no project template “nope”"));
    for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE); i++)
      g_assert_true (vbt_contains_ci (err, vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, (int) i)));
    g_assert_false (vbt_exists (out_path));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", "--currency", "EURO", out_path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "currency"));
    g_assert_false (vbt_exists (out_path));
  }
  g_assert_cmpuint (vbt_count_entries (dir), ==, 2);
  vbt_rmdir (dir);
}

/* ------------------------------------------------ outputs that fail */

/* Run a program with its standard output on @stdout_fd (-1: closed) and
 * its standard error in @err; returns its exit status */
static int
run_with_stdout (const char *const *argv,
                 int                 stdout_fd,
                 char              **err)
{
  int pipe_err[2];
  GString *s = g_string_new (NULL);
  int status = 0;
  char buf[4096];
  ssize_t n;
  pid_t pid;

  g_assert_cmpint (pipe (pipe_err), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      dup2 (pipe_err[1], STDERR_FILENO);
      if (stdout_fd >= 0)
        dup2 (stdout_fd, STDOUT_FILENO);
      else
        close (STDOUT_FILENO);
      close (pipe_err[0]);
      close (pipe_err[1]);
      execv (argv[0], (char **) argv);
      _exit (127);
    }
  close (pipe_err[1]);
  while ((n = read (pipe_err[0], buf, sizeof buf)) > 0)
    g_string_append_len (s, buf, n);
  close (pipe_err[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  *err = g_string_free (s, FALSE);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

/* Run a program on a terminal (a pty): returns what it printed there */
static char *
run_on_terminal (const char *const *argv,
                 int               *exit_status)
{
  GString *s = g_string_new (NULL);
  int master = -1;
  int status = 0;
  char buf[4096];
  ssize_t n;
  pid_t pid;

  pid = forkpty (&master, NULL, NULL, NULL);
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      execv (argv[0], (char **) argv);
      _exit (127);
    }
  /* read until the child's side closes (EIO on Linux) */
  while ((n = read (master, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (s, buf, n);
  close (master);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
  return g_string_free (s, FALSE);
}

static void
test_info_totals (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  VbGoalsTotals totals;
  JsonObject *root, *json_totals;

  g_assert_cmpint (RUN (&out, &err, "new", "--template", "customer-support", path), ==, 0);
  /* a figure a person would not round: 1/3 of a minute */
  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    VbTask *task = vb_project_add_task (p, &error);

    g_assert_no_error (error);
    g_assert_true (vb_task_set_monthly_volume (task, 1000.0 / 3, &error));
    g_assert_true (vb_task_set_handle_minutes (task, 0.1 + 0.2, &error));
    g_assert_true (vb_task_set_annual_cost (task, 1234.5678901234567, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (RUN (&out, NULL, "info", "--json", path), ==, 0);
  root = parse_object (parser, out);
  g_assert_true (json_object_has_member (root, "totals"));
  json_totals = json_object_get_object_member (root, "totals");
  g_assert_cmpuint (json_object_get_size (json_totals), ==, 4);
  {
    /* the same numbers as the core's, to the bit */
    g_autoptr(VbProject) p = vb_project_open_full (path, VB_OPEN_READ_ONLY, NULL, &error);

    g_assert_no_error (error);
    vb_goals_compute_totals (p, &totals);
  }
  g_assert_cmpfloat (totals.volume, >, 0);
  g_assert_cmpfloat (totals.workload_hours, >, 0);
  g_assert_cmpfloat (totals.fte, >, 0);
  g_assert_cmpfloat (totals.annual_cost, >, 0);
  g_assert_cmpfloat (json_object_get_double_member (json_totals, "volume"), ==, totals.volume);
  g_assert_cmpfloat (json_object_get_double_member (json_totals, "workload_hours"), ==, totals.workload_hours);
  g_assert_cmpfloat (json_object_get_double_member (json_totals, "fte"), ==, totals.fte);
  g_assert_cmpfloat (json_object_get_double_member (json_totals, "annual_cost"), ==, totals.annual_cost);

  /* a blank project: zeros, written as numbers */
  {
    g_autofree char *blank = g_build_filename (dir, "blank.vendorbench", NULL);
    g_autofree char *o = NULL;
    g_autoptr(JsonParser) p2 = json_parser_new ();
    JsonObject *t;

    g_assert_cmpint (RUN (NULL, NULL, "new", blank), ==, 0);
    g_assert_cmpint (RUN (&o, NULL, "info", "--json", blank), ==, 0);
    t = json_object_get_object_member (parse_object (p2, o), "totals");
    g_assert_cmpfloat (json_object_get_double_member (t, "volume"), ==, 0);
    g_assert_cmpfloat (json_object_get_double_member (t, "fte"), ==, 0);
  }
  vbt_rmdir (dir);
}

/* info --json "vendors": the scores of the core's computation, by hand.
 * Acme's questionnaire: q1 (yes, weight 3, high-risk) answered no → 0 and
 * a knock-out; q2 (yes, 1) yes → 1; q3 (no, 2) partly → 0.5 × 2 = 1;
 * score = 100 × (0 + 1 + 1) ÷ 6 = 33.33…. Its must-have answered "does
 * not meet" with an exception is a knock-out, accepted. References: one
 * called, rated 4 → 4 ÷ 5 × 100 = 80; one not called, rated 5, left out.
 * Bolt has answered nothing: null, null, no knock-outs. */
static void
test_info_vendor_scores (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "scores.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *vendors, *knockouts;
  JsonObject *acme, *bolt;

  g_assert_cmpint (RUN (NULL, NULL, "new", path), ==, 0);
  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    VbVendor *a = vb_project_add_vendor (p, &error);
    VbVendor *b = vb_project_add_vendor (p, &error);
    VbQuestionDomain *domain = vb_project_add_question_domain (p, &error);
    VbQuestion *q[3];
    const VbYesNo expected[3] = { VB_YES_NO_YES, VB_YES_NO_YES, VB_YES_NO_NO };
    const double weight[3] = { 3, 1, 2 };
    const VbAnswer answer[3] = { VB_ANSWER_NO, VB_ANSWER_YES, VB_ANSWER_PARTLY };
    VbRequirementSection *section = vb_project_add_requirement_section (p, &error);
    VbRequirement *must = vb_requirement_section_add_requirement (section, &error);
    VbReference *called = vb_vendor_add_reference (a, &error);
    VbReference *not_called = vb_vendor_add_reference (a, &error);
    VbResponse *r;

    g_assert_no_error (error);
    g_assert_true (vb_vendor_set_name (a, "Acme", &error));
    g_assert_true (vb_vendor_set_name (b, "Bolt", &error));
    for (guint i = 0; i < 3; i++)
      {
        q[i] = vb_question_domain_add_question (domain, &error);
        g_assert_no_error (error);
        g_assert_true (vb_question_set_text (q[i], "Is it safe?", &error));
        g_assert_true (vb_question_set_expected_answer (q[i], expected[i], &error));
        g_assert_true (vb_question_set_weight (q[i], weight[i], &error));
        r = vb_question_add_response (q[i], a, &error);
        g_assert_no_error (error);
        g_assert_true (vb_response_set_answer (r, answer[i], &error));
      }
    g_assert_true (vb_question_set_high_risk (q[0], TRUE, &error));
    g_assert_true (vb_requirement_set_text (must, "Describe how you will hand over.", &error));
    g_assert_true (vb_requirement_set_priority (must, VB_PRIORITY_MUST, &error));
    r = vb_requirement_add_response (must, a, &error);
    g_assert_no_error (error);
    g_assert_true (vb_response_set_answer (r, VB_ANSWER_DOES_NOT_MEET, &error));
    g_assert_true (vb_response_set_exception_reason (r, "We hand over ourselves.", &error));
    g_assert_true (vb_reference_set_called_on (called, "2026-11-20", &error));
    g_assert_true (vb_reference_set_rating (called, 4, &error));
    g_assert_true (vb_reference_set_rating (not_called, 5, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (RUN (&out, NULL, "info", "--json", path), ==, 0);
  vendors = json_object_get_array_member (parse_object (parser, out), "vendors");
  g_assert_cmpuint (json_array_get_length (vendors), ==, 2);
  acme = json_array_get_object_element (vendors, 0);
  bolt = json_array_get_object_element (vendors, 1);
  g_assert_cmpstr (json_object_get_string_member (acme, "name"), ==, "Acme");
  g_assert_cmpstr (json_object_get_string_member (acme, "status"), ==, "long-list");
  g_assert_cmpuint (strlen (json_object_get_string_member (acme, "uuid")), ==, 36);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "compliance_score"), 100.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (acme, "reference_score"), 80, 1e-9);
  knockouts = json_object_get_array_member (acme, "knockouts");
  g_assert_cmpuint (json_array_get_length (knockouts), ==, 2);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (knockouts, 0), "accepted"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (knockouts, 1), "accepted"));
  g_assert_nonnull (strstr (json_object_get_string_member (json_array_get_object_element (knockouts, 1), "reason"),
                            "Is it safe?"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (bolt, "compliance_score")));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (bolt, "reference_score")));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (bolt, "knockouts")), ==, 0);
  vbt_rmdir (dir);
}

static void
test_export_outputs (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "p.vendorbench", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard-link.vendorbench", NULL);
  g_autofree char *soft = g_build_filename (dir, "symlink.vendorbench", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *hash = NULL;
  g_autofree char *expected = NULL;
  const char *own[] = { path, dotted, hard, soft };

  g_assert_cmpint (RUN (NULL, NULL, "new", "--template", "back-office", path), ==, 0);
  g_assert_cmpint (link (path, hard), ==, 0);
  g_assert_cmpint (symlink (path, soft), ==, 0);
  hash = vbt_hash_file (path);
  g_assert_cmpint (RUN (&expected, NULL, "export", path, "--format", "json"), ==, 0);

  /* its own input, however it is spelled, with or without --force */
  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    for (guint force = 0; force < 2; force++)
      {
        g_autofree char *out = NULL, *err = NULL;
        int rc = force ? RUN (&out, &err, "export", path, "--format", "json", "-o", own[i], "--force")
                       : RUN (&out, &err, "export", path, "--format", "json", "-o", own[i]);

        g_test_message ("export -o %s%s: %s", own[i], force ? " --force" : "", err);
        g_assert_cmpint (rc, ==, 1);
        g_assert_true (vbt_contains_ci (err, "the project file itself"));
        vbt_assert_hash_unchanged (path, hash);
      }
  /* the input can be given by the other name too */
  {
    g_autofree char *err = NULL;
    g_assert_cmpint (RUN (NULL, &err, "export", soft, "--format", "json", "-o", path, "--force"), ==, 1);
    g_assert_true (vbt_contains_ci (err, "the project file itself"));
    vbt_assert_hash_unchanged (path, hash);
  }

  /* not a regular file */
  {
    g_autofree char *err = NULL, *err2 = NULL;

    g_assert_cmpint (RUN (NULL, &err, "export", path, "--format", "json", "-o", "/dev/null", "--force"), ==, 1);
    g_assert_true (vbt_contains_ci (err, "not a regular file"));
    g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
    alarm (20);   /* a FIFO must not block */
    g_assert_cmpint (RUN (NULL, &err2, "export", path, "--format", "json", "-o", fifo, "--force"), ==, 1);
    alarm (0);
    g_assert_true (vbt_contains_ci (err2, "not a regular file"));
  }

  /* an existing file: kept without --force, replaced with it */
  {
    g_autofree char *err = NULL, *now = NULL;
    g_autofree char *before = NULL;

    vbt_write (existing, "keep me", 7);
    before = vbt_hash_file (existing);
    g_assert_cmpint (RUN (NULL, &err, "export", path, "--format", "json", "-o", existing), ==, 1);
    g_assert_true (vbt_contains_ci (err, "already exists"));
    g_assert_true (vbt_contains_ci (err, "--force"));
    vbt_assert_hash_unchanged (existing, before);
    g_assert_cmpint (RUN (NULL, NULL, "export", path, "--format", "json", "-o", existing, "--force"), ==, 0);
    g_assert_true (g_file_get_contents (existing, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, expected);
  }
  /* --force alone is a usage error */
  g_assert_cmpint (RUN (NULL, NULL, "export", path, "--format", "json", "--force"), ==, 2);

  vbt_assert_hash_unchanged (path, hash);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

static void
test_stdout_fails (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autofree char *created = g_build_filename (dir, "created.vendorbench", NULL);
  g_autofree char *hash = NULL;
  const char *export_argv[] = { vbt_cli (), "export", path, "--format", "json", NULL };
  const char *info_argv[] = { vbt_cli (), "info", path, NULL };
  const char *info_json_argv[] = { vbt_cli (), "info", "--json", path, NULL };
  const char *guide_argv[] = { vbt_cli (), "guide", path, NULL };
  const char *const *commands[] = { export_argv, info_argv, info_json_argv, guide_argv };
  int full = open ("/dev/full", O_WRONLY | O_CLOEXEC);

  g_assert_cmpint (full, >=, 0);
  g_assert_cmpint (RUN (NULL, NULL, "new", "--template", "it-help-desk", path), ==, 0);
  hash = vbt_hash_file (path);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL, *err2 = NULL;

      /* a full disk */
      g_assert_cmpint (run_with_stdout (commands[i], full, &err), ==, 1);
      g_test_message ("%s > /dev/full: %s", commands[i][1], err);
      g_assert_true (vbt_contains_ci (err, "cannot be written"));
      g_assert_true (vbt_contains_ci (err, g_strerror (ENOSPC)));
      /* a closed standard output */
      g_assert_cmpint (run_with_stdout (commands[i], -1, &err2), ==, 1);
      g_test_message ("%s >&-: %s", commands[i][1], err2);
      g_assert_true (vbt_contains_ci (err2, "cannot be written"));
      vbt_assert_hash_unchanged (path, hash);
    }
  /* new with a closed output: it says so, and the file it made is sound
   * (nothing was written into it through file descriptor 1) */
  {
    const char *argv[] = { vbt_cli (), "new", "--template", "customer-support", created, NULL };
    g_autofree char *err = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (run_with_stdout (argv, -1, &err), ==, 1);
    g_assert_true (vbt_contains_ci (err, "cannot be written"));
    g_assert_true (vb_project_check_file (created, NULL, &error));
    g_assert_no_error (error);
  }
  close (full);
  vbt_rmdir (dir);
}

#define EVIL_NAME "\x1b]0;pwned\x07"
#define EVIL_C1 "Evil\xc2\x9b" "2J Co"

static void
test_terminal_escapes (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(VbProject) p = vb_project_create (path, "Shop " EVIL_NAME " support", VB_PROJECT_TEMPLATE_BLANK,
                                                "EUR", &error);
    VbVendor *evil, *c1;

    g_assert_no_error (error);
    evil = vb_project_add_vendor (p, &error);
    g_assert_true (vb_vendor_set_name (evil, EVIL_NAME, &error));
    g_assert_true (vb_vendor_set_status (evil, VB_VENDOR_STATUS_SHORTLIST, NULL, &error));
    c1 = vb_project_add_vendor (p, &error);
    g_assert_true (vb_vendor_set_name (c1, EVIL_C1, &error));
    g_assert_true (vb_vendor_set_status (c1, VB_VENDOR_STATUS_SHORTLIST, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (vb_vendor_get_name (evil), ==, EVIL_NAME);
  }

  /* on a terminal: the project's text is shown, its controls escaped */
  {
    const char *info[] = { vbt_cli (), "info", path, NULL };
    const char *guide[] = { vbt_cli (), "guide", path, NULL };
    int status = -1;
    g_autofree char *shown_info = run_on_terminal (info, &status);
    g_autofree char *shown_guide = NULL;

    g_assert_cmpint (status, ==, 0);
    g_test_message ("info on a terminal: %s", shown_info);
    g_assert_nonnull (strstr (shown_info, "Shop \\x1b]0;pwned\\x07 support"));
    g_assert_null (strchr (shown_info, '\x1b'));
    g_assert_null (strchr (shown_info, '\x07'));

    shown_guide = run_on_terminal (guide, &status);
    g_assert_cmpint (status, ==, 0);
    g_test_message ("guide on a terminal: %s", shown_guide);
    g_assert_nonnull (strstr (shown_guide, "\\x1b]0;pwned\\x07"));
    g_assert_nonnull (strstr (shown_guide, "Evil\\x9b2J Co"));
    g_assert_null (strchr (shown_guide, '\x1b'));
    g_assert_null (strchr (shown_guide, '\x07'));
    g_assert_null (strstr (shown_guide, "\xc2\x9b"));
  }
  /* into a pipe the text is the project's own (a script reads it as it is) */
  {
    g_autofree char *out = NULL;

    g_assert_cmpint (RUN (&out, NULL, "info", path), ==, 0);
    g_assert_nonnull (strstr (out, "Shop " EVIL_NAME " support"));
  }
  /* JSON escapes C0 and C1 controls, on a pipe as on a terminal */
  {
    g_autofree char *json = NULL, *info = NULL, *guide = NULL;
    const char *export_argv[] = { vbt_cli (), "export", path, "--format", "json", NULL };
    int status = -1;
    g_autofree char *on_terminal = run_on_terminal (export_argv, &status);
    const char *outputs[4];

    g_assert_cmpint (status, ==, 0);
    g_assert_cmpint (RUN (&json, NULL, "export", path, "--format", "json"), ==, 0);
    g_assert_cmpint (RUN (&info, NULL, "info", "--json", path), ==, 0);
    g_assert_cmpint (RUN (&guide, NULL, "guide", "--json", path), ==, 0);
    outputs[0] = json;
    outputs[1] = info;
    outputs[2] = guide;
    outputs[3] = on_terminal;
    for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
      {
        g_assert_null (strchr (outputs[i], '\x1b'));
        g_assert_null (strchr (outputs[i], '\x07'));
        g_assert_null (strstr (outputs[i], "\xc2\x9b"));
        g_assert_nonnull (strstr (outputs[i], "\\u001b]0;pwned\\u0007"));
      }
    g_assert_nonnull (strstr (json, "Evil\\u009b2J Co"));
    g_assert_nonnull (strstr (guide, "Evil\\u009b2J Co"));
    /* and the escapes read back as the same text */
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_assert_cmpstr (json_object_get_string_member (parse_object (parser, info), "name"), ==,
                       "Shop " EVIL_NAME " support");
    }
  }
  vbt_rmdir (dir);
}

/* guide --today judges due dates as of that day: the sample's joint
 * quality review (due 2026-11-27, in progress) is overdue on both days, its
 * cut-over plan (due 2026-12-11) only the day after */
static guint
count_overdue (const char *path,
               const char *today)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *findings;
  guint n = 0;

  g_assert_cmpint (RUN (&out, NULL, "guide", "--json", "--today", today, path), ==, 0);
  findings = json_object_get_array_member (parse_object (parser, out), "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    n += g_str_equal (json_object_get_string_member (json_array_get_object_element (findings, i), "rule"),
                      "transition.overdue");
  return n;
}

static void
test_guide_today (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sample.vendorbench", NULL);

  g_assert_cmpint (RUN (NULL, NULL, "new", "--sample", path), ==, 0);
  g_assert_cmpuint (count_overdue (path, "2026-11-27"), ==, 0);
  g_assert_cmpuint (count_overdue (path, "2026-12-11"), ==, 1);
  g_assert_cmpuint (count_overdue (path, "2026-12-12"), ==, 2);
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/guide-today", test_guide_today);
  g_test_add_func ("/cli/commands", test_commands);
  g_test_add_func ("/cli/names-need-escaping", test_names_need_escaping);
  g_test_add_func ("/cli/failures", test_failures);
  g_test_add_func ("/cli/info-totals", test_info_totals);
  g_test_add_func ("/cli/info-vendor-scores", test_info_vendor_scores);
  g_test_add_func ("/cli/export-outputs", test_export_outputs);
  g_test_add_func ("/cli/stdout-fails", test_stdout_fails);
  g_test_add_func ("/cli/terminal-escapes", test_terminal_escapes);

  return g_test_run ();
}
