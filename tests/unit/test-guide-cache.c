/* test-guide-cache.c — the guidance engine's reuse of findings
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guide reruns only the rules whose tables changed and copies the
 * others' findings of the previous pass; rules of one pass share what they
 * compute (vb-guide.c). Three promises, each tested on the sample, the
 * bench project (`vendorbench-cli bench` leaves it in its folder), the
 * projects of every template and the fixture files:
 *
 *  - every rule names every table it reads: the store logs the tables it
 *    is asked for while one rule runs alone, and the log must be part of
 *    the rule's row;
 *  - after every step of an edit sequence (tasks, vendors, answers,
 *    references, requirements, questions, settings, undo, redo), a guide
 *    that followed the edits holds exactly the findings of a guide made
 *    afresh, and of one that reruns every rule;
 *  - an edit reruns only the rules that name its table, and the finding
 *    that depends on the edited row changes.
 */

#include <string.h>

#include "vb-guide.h"
#include "vb-guide-private.h"
#include "vb-format.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-reference.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-stage-private.h"
#include "vb-test-util.h"

/* Every finding of @guide, open and dismissed, one line each with every
 * field the views read */
static char *
dump (VbGuide *guide)
{
  GListModel *models[] = { vb_guide_get_findings (guide), vb_guide_get_dismissed (guide) };
  GString *out = g_string_new (NULL);

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      g_string_append (out, m == 0 ? "open:\n" : "dismissed:\n");
      for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
        {
          g_autoptr(VbFinding) f = g_list_model_get_item (models[m], i);

          g_string_append_printf (out, "%s|%s|%s|%s|%s|%d|%s|%d|%s|%s\n",
                                  vb_finding_get_rule_id (f), vb_finding_get_subject (f),
                                  vb_finding_get_fingerprint (f), vb_finding_get_message (f),
                                  vb_finding_get_action_label (f), (int) vb_finding_get_action (f),
                                  vb_finding_get_field (f) ? vb_finding_get_field (f) : "-",
                                  vb_finding_get_filter (f),
                                  vb_finding_get_dismissal_reason (f) ? vb_finding_get_dismissal_reason (f) : "-",
                                  vb_finding_get_dismissed_by (f) ? vb_finding_get_dismissed_by (f) : "-");
        }
    }
  return g_string_free (out, FALSE);
}

/* The tables each rule reads, alone, must be named in its row */
static void
check_declared_tables (VbProject  *project,
                       const char *where)
{
  g_autoptr(VbGuide) guide = vb_guide_new (project);
  guint n_rules;
  const VbRule *rules = vb_guide_rules (&n_rules);

  for (guint i = 0; i < n_rules; i++)
    {
      g_autoptr(GHashTable) read = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) found = NULL;
      GHashTableIter iter;
      const char *table;

      g_assert_nonnull (rules[i].tables);
      vb_project_set_read_log (project, read);
      found = vb_guide_evaluate_rule (guide, i);
      vb_project_set_read_log (project, NULL);
      g_hash_table_iter_init (&iter, read);
      while (g_hash_table_iter_next (&iter, (gpointer *) &table, NULL))
        if (!g_strv_contains ((const char *const *) rules[i].tables, table))
          g_error ("%s: the rule %s reads the table %s, which its row in vb-guide-rules.c does not name",
                   where, rules[i].id, table);
    }
}

/* The guide that followed the edits against a new one and one that
 * reruns every rule */
static void
check_equivalent (VbGuide    *following,
                  VbProject  *project,
                  const char *where)
{
  g_autoptr(VbGuide) fresh = vb_guide_new (project);
  g_autoptr(VbGuide) full = vb_guide_new (project);
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  guint n_rules;

  /* the rules of the stages without a page too (the guides that follow
   * the edits have the switch on) */
  vb_guide_set_include_unavailable (fresh, TRUE);
  vb_guide_set_include_unavailable (full, TRUE);
  vb_guide_refresh (fresh);
  vb_guide_set_incremental (full, FALSE);
  vb_guide_refresh (full);
  /* every rule ran in full; fresh ran those of its second pass only */
  vb_guide_rules (&n_rules);
  g_assert_cmpuint (vb_guide_get_n_evaluated (full), ==, n_rules);
  a = dump (following);
  b = dump (fresh);
  c = dump (full);
  if (g_strcmp0 (a, b) != 0 || g_strcmp0 (b, c) != 0)
    g_error ("%s: the findings differ\n--- following the edits:\n%s--- afresh:\n%s--- every rule rerun:\n%s",
             where, a, b, c);
}

static gpointer
first_of (GListModel *model)
{
  return g_list_model_get_n_items (model) > 0 ? g_list_model_get_item (model, 0) : NULL;
}

/* The first response to a high-risk question, or NULL */
static VbResponse *
high_risk_response (VbProject *project)
{
  GListModel *domains = vb_project_get_question_domains (project);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, d);
      GListModel *questions = vb_question_domain_get_questions (domain);

      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(VbQuestion) question = g_list_model_get_item (questions, q);
          GListModel *responses = vb_question_get_responses (question);

          if (vb_question_get_high_risk (question) && g_list_model_get_n_items (responses) > 0)
            return g_list_model_get_item (responses, 0);
        }
    }
  return NULL;
}

typedef gboolean (*Step) (VbProject *project, GError **error);

static gboolean
step_task (VbProject *project, GError **error)
{
  g_autoptr(VbTask) task = first_of (vb_project_get_tasks (project));

  return task == NULL || vb_task_set_monthly_volume (task, vb_task_get_monthly_volume (task) + 7, error);
}

static gboolean
step_vendor (VbProject *project, GError **error)
{
  GListModel *vendors = vb_project_get_vendors (project);
  g_autoptr(VbVendor) vendor = g_list_model_get_n_items (vendors) > 0
                               ? g_list_model_get_item (vendors, g_list_model_get_n_items (vendors) - 1) : NULL;

  if (vendor == NULL || vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_SELECTED)
    return TRUE;
  return vb_vendor_set_status (vendor, vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_FINALIST
                                       ? VB_VENDOR_STATUS_SHORTLIST : VB_VENDOR_STATUS_FINALIST, NULL, error);
}

static gboolean
step_answer (VbProject *project, GError **error)
{
  g_autoptr(VbResponse) response = high_risk_response (project);

  if (response == NULL)
    return TRUE;
  return vb_response_set_answer (response, vb_response_get_answer (response) == VB_ANSWER_PARTLY
                                           ? VB_ANSWER_YES : VB_ANSWER_PARTLY, error);
}

/* An exception recorded for the unsafe or open answer, or taken away */
static gboolean
step_exception (VbProject *project, GError **error)
{
  g_autoptr(VbResponse) response = high_risk_response (project);

  if (response == NULL)
    return TRUE;
  return vb_response_set_exception_reason (response, vb_str_is_blank (vb_response_get_exception_reason (response))
                                                     ? "Accepted for the pilot" : "", error);
}

/* The question itself turned round: its answers count the other way,
 * though none of them changed */
static gboolean
step_expected_answer (VbProject *project, GError **error)
{
  g_autoptr(VbResponse) response = high_risk_response (project);
  VbQuestion *question = response ? vb_response_get_question (response) : NULL;

  if (question == NULL)
    return TRUE;
  return vb_question_set_expected_answer (question, vb_question_get_expected_answer (question) == VB_YES_NO_YES
                                                    ? VB_YES_NO_NO : VB_YES_NO_YES, error);
}

/* The first answer to a must-have: not met, or met again */
static gboolean
step_must_have (VbProject *project, GError **error)
{
  GListModel *responses = vb_project_get_records (project, "response");

  for (guint i = 0; i < g_list_model_get_n_items (responses); i++)
    {
      g_autoptr(VbResponse) response = g_list_model_get_item (responses, i);
      VbRequirement *requirement = vb_response_get_requirement (response);

      if (requirement != NULL && vb_requirement_get_priority (requirement) == VB_PRIORITY_MUST)
        return vb_response_set_answer (response, vb_response_get_answer (response) == VB_ANSWER_DOES_NOT_MEET
                                                 ? VB_ANSWER_MEETS : VB_ANSWER_DOES_NOT_MEET, error);
    }
  return TRUE;
}

static gboolean
step_reference (VbProject *project, GError **error)
{
  g_autoptr(VbReference) reference = first_of (vb_project_get_records (project, "reference"));

  if (reference == NULL)
    return TRUE;
  return vb_reference_set_called_on (reference, vb_str_is_blank (vb_reference_get_called_on (reference))
                                                ? "2026-11-02" : "", error);
}

static gboolean
step_requirement (VbProject *project, GError **error)
{
  g_autoptr(VbRequirement) requirement = first_of (vb_project_get_records (project, "requirement"));

  if (requirement == NULL)
    return TRUE;
  return vb_requirement_set_priority (requirement, vb_requirement_get_priority (requirement) == VB_PRIORITY_MUST
                                                   ? VB_PRIORITY_SHOULD : VB_PRIORITY_MUST, error);
}

static gboolean
step_question (VbProject *project, GError **error)
{
  g_autoptr(VbQuestion) question = first_of (vb_project_get_records (project, "question"));

  return question == NULL || vb_question_set_high_risk (question, !vb_question_get_high_risk (question), error);
}

static gboolean
step_settings (VbProject *project, GError **error)
{
  VbProjectSettings *settings = vb_project_get_settings (project);

  return vb_project_settings_set_team_days (settings, vb_project_settings_get_team_days (settings) == 0 ? 31 : 0,
                                            error);
}

static gboolean
step_undo (VbProject *project, GError **error)
{
  return !vb_project_get_can_undo (project) || vb_project_undo (project, error);
}

static gboolean
step_redo (VbProject *project, GError **error)
{
  return !vb_project_get_can_redo (project) || vb_project_redo (project, error);
}

static const struct {
  const char *name;
  Step        step;
} steps[] = {
  { "task volume", step_task },
  { "vendor status", step_vendor },
  { "high-risk answer", step_answer },
  { "exception on it", step_exception },
  { "its question's expected answer", step_expected_answer },
  { "must-have answer", step_must_have },
  { "reference called", step_reference },
  { "requirement priority", step_requirement },
  { "question high-risk", step_question },
  { "team days", step_settings },
  { "undo", step_undo },
  { "undo", step_undo },
  { "redo", step_redo },
  { "high-risk answer again", step_answer },
  { "must-have answer again", step_must_have },
};

static void
check_project (VbProject  *project,
               const char *name)
{
  g_autoptr(VbGuide) following = vb_guide_new (project);

  vb_guide_set_include_unavailable (following, TRUE);
  vb_guide_refresh (following);
  check_declared_tables (project, name);
  check_equivalent (following, project, name);
  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *where = g_strdup_printf ("%s, after step %u (%s)", name, s + 1, steps[s].name);

      if (!steps[s].step (project, &error))
        g_error ("%s: %s", where, error->message);
      check_equivalent (following, project, where);
      check_declared_tables (project, where);
    }
}

static char *
srcdir_file (const char *first, ...)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");
  g_autofree char *rel = NULL;
  va_list args;

  if (srcdir == NULL)
    g_error ("VB_TEST_SRCDIR is not set: run the test through meson test");
  va_start (args, first);
  rel = g_build_filename_valist (first, &args);
  va_end (args);
  return g_build_filename (srcdir, rel, NULL);
}

static void
test_sample (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *json = srcdir_file ("data", "sample", "sample.json", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = NULL;

  g_assert_true (vb_json_import_file (json, path, &error));
  g_assert_no_error (error);
  project = vb_project_open (path, &error);
  g_assert_no_error (error);
  check_project (project, "the sample");
  g_clear_object (&project);
  vbt_rmdir (dir);
}

static void
test_templates (void)
{
  static const char *const templates[] = { "blank", "customer-support", "back-office", "it-help-desk" };

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    {
      g_autofree char *dir = vbt_tmpdir ();
      g_autoptr(VbProject) project = vbt_create (dir, "t.vendorbench", templates[t]);

      check_project (project, templates[t]);
      g_clear_object (&project);
      vbt_rmdir (dir);
    }
}

static void
test_fixtures (void)
{
  static const char *const fixtures[] = {
    "v1-customer-support.vendorbench", "v1-sample.vendorbench", "v2-customer-support.vendorbench",
    "v2-sample.vendorbench", "v2-selection.vendorbench",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *dir = vbt_tmpdir ();
      g_autofree char *from = srcdir_file ("tests", "data", fixtures[i], NULL);
      g_autofree char *path = g_build_filename (dir, fixtures[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(VbProject) project = NULL;

      vbt_copy (from, path);
      project = vb_project_open (path, &error);
      g_assert_no_error (error);
      check_project (project, fixtures[i]);
      g_clear_object (&project);
      vbt_rmdir (dir);
    }
}

/* The bench's own project: 200 vendors, 2,000 tasks and the selection
 * stages at scale (the bench's fewest edits, to keep the test short) */
static void
test_bench_project (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.vendorbench", NULL);
  const char *argv[] = { vbt_cli (), "bench", "--edits", "100", "--dir", dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = NULL;
  g_autofree char *err = NULL;

  if (vbt_run (argv, NULL, &err) != 0)
    g_error ("the bench failed: %s", err);
  project = vb_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_records (project, "response")), >, 9000);
  check_project (project, "the bench project");
  g_clear_object (&project);
  vbt_rmdir (dir);
}

/* How many rules name @table */
static guint
n_rules_reading (const char *table)
{
  guint n_rules, count = 0;
  const VbRule *rules = vb_guide_rules (&n_rules);

  for (guint i = 0; i < n_rules; i++)
    count += g_strv_contains ((const char *const *) rules[i].tables, table);
  return count;
}

/* The rules of the stages that have a page */
static guint
n_available_rules (void)
{
  guint n_rules, count = 0;
  const VbRule *rules = vb_guide_rules (&n_rules);

  for (guint i = 0; i < n_rules; i++)
    count += vb_stage_is_available (rules[i].stage);
  return count;
}

/* An edit sequence on a small project: each edit reruns the rules that
 * read its table and no other, and the finding about the edited row
 * follows it */
static void
test_edit_sequence (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) project = vbt_create (dir, "e.vendorbench", "customer-support");
  g_autoptr(VbGuide) guide = NULL;
  g_autoptr(GError) error = NULL;
  VbTask *task;   /* the project holds it */
  guint n_rules;

  /* every stage has its page now: Workflows & Escalation is taken away,
   * to see a stage's rules not run */
  vb_stage_set_withheld (VB_STAGE_WORKFLOWS, TRUE);
  guide = vb_guide_new (project);
  vb_guide_rules (&n_rules);
  /* a new guide runs every rule of a stage with a page */
  g_assert_cmpuint (n_available_rules (), <, n_rules);
  g_assert_cmpuint (vb_guide_get_n_evaluated (guide), ==, n_available_rules ());
  /* the tests' switch: the others run too, once */
  vb_guide_set_include_unavailable (guide, TRUE);
  vb_guide_refresh (guide);
  g_assert_cmpuint (vb_guide_get_n_evaluated (guide), ==, n_rules - n_available_rules ());
  /* nothing changed: nothing runs again */
  vb_guide_refresh (guide);
  g_assert_cmpuint (vb_guide_get_n_evaluated (guide), ==, 0);

  task = vb_project_add_task (project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (task);
  /* a new task without its figures: goals.task-incomplete fires for it;
   * the task edit ran the rules that read "task" (5 of them: no-task,
   * task-incomplete, example-tasks, outsource-against-rule,
   * too-much-too-early, and the 10 of Pricing and Scoring that read the
   * decision model, whose in-house cost comes from the tasks) and no
   * other */
  g_assert_cmpuint (n_rules_reading ("task"), ==, 5 + 10);
  g_assert_cmpuint (vb_guide_get_n_evaluated (guide), ==, n_rules_reading ("task"));
  g_assert_nonnull (vb_guide_lookup (guide, "goals.task-incomplete", vb_record_get_uuid (VB_RECORD (task))));

  g_assert_true (vb_task_set_monthly_volume (task, 400, &error));
  g_assert_true (vb_task_set_handle_minutes (task, 6, &error));
  g_assert_true (vb_task_set_work_kind (task, VB_WORK_KIND_ROUTINE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vb_guide_get_n_evaluated (guide), ==, n_rules_reading ("task"));
  g_assert_null (vb_guide_lookup (guide, "goals.task-incomplete", vb_record_get_uuid (VB_RECORD (task))));

  /* the team's languages are the project row's: the rules that read it */
  g_assert_true (vb_project_settings_set_team_languages (vb_project_get_settings (project), "", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vb_guide_get_n_evaluated (guide), ==, n_rules_reading ("project"));
  g_assert_nonnull (vb_guide_lookup (guide, "goals.team-languages", NULL));
  g_assert_true (vb_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_null (vb_guide_lookup (guide, "goals.team-languages", NULL));

  check_equivalent (guide, project, "the edit sequence");
  g_clear_object (&guide);
  g_clear_object (&project);
  vbt_rmdir (dir);
  vb_stage_set_withheld (VB_STAGE_WORKFLOWS, FALSE);
}

/* The Goals rules keep what each task gives from pass to pass until the
 * task changes, and each plan until the team's settings change: the
 * findings must follow an edit of one task among many, and a change of
 * the threshold that turns every suggestion */
static void
test_kept_task_facts (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) project = vbt_create (dir, "k.vendorbench", "blank");
  g_autoptr(VbGuide) guide = vb_guide_new (project);
  VbProjectSettings *settings = vb_project_get_settings (project);
  g_autoptr(GError) error = NULL;
  VbTask *tasks[40];   /* the project holds them */

  vb_project_begin_edit (project, "Tasks");
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      tasks[i] = vb_project_add_task (project, &error);
      g_assert_no_error (error);
      /* routine work of 50 hours a month: over the threshold of 40 */
      g_assert_true (vb_task_set_work_kind (tasks[i], VB_WORK_KIND_ROUTINE, &error));
      g_assert_true (vb_task_set_monthly_volume (tasks[i], 300, &error));
      g_assert_true (vb_task_set_handle_minutes (tasks[i], 10, &error));
      g_assert_no_error (error);
    }
  g_assert_true (vb_project_end_edit (project, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_settings_set_outsource_threshold_hours (settings, 40, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_guide_lookup (guide, "goals.too-much-too-early", NULL));
  check_equivalent (guide, project, "every task suggested to outsource");

  /* the threshold over every task's workload: no suggestion to outsource
   * is left, though no task changed */
  g_assert_true (vb_project_settings_set_outsource_threshold_hours (settings, 80, &error));
  g_assert_no_error (error);
  g_assert_null (vb_guide_lookup (guide, "goals.too-much-too-early", NULL));
  check_equivalent (guide, project, "the threshold over the tasks' workload");
  g_assert_true (vb_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_guide_lookup (guide, "goals.too-much-too-early", NULL));

  /* one task of forty: only its finding changes */
  g_assert_true (vb_task_set_handle_minutes (tasks[17], 0, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_guide_lookup (guide, "goals.task-incomplete", vb_record_get_uuid (VB_RECORD (tasks[17]))));
  g_assert_null (vb_guide_lookup (guide, "goals.task-incomplete", vb_record_get_uuid (VB_RECORD (tasks[16]))));
  check_equivalent (guide, project, "one task's handle time removed");
  g_assert_true (vb_task_set_decision (tasks[3], VB_SOURCING_OUTSOURCE, &error));
  g_assert_true (vb_task_set_work_kind (tasks[3], VB_WORK_KIND_TECHNICAL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_guide_lookup (guide, "goals.outsource-against-rule", vb_record_get_uuid (VB_RECORD (tasks[3]))));
  check_equivalent (guide, project, "technical work set to outsource");

  /* a task removed, and one added in its place */
  g_assert_true (vb_record_remove (VB_RECORD (tasks[17]), &error));
  g_assert_no_error (error);
  tasks[17] = vb_project_add_task (project, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vb_guide_lookup (guide, "goals.task-incomplete", vb_record_get_uuid (VB_RECORD (tasks[17]))));
  check_equivalent (guide, project, "a task removed and one added");

  g_clear_object (&guide);
  g_clear_object (&project);
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/guide-cache/edit-sequence", test_edit_sequence);
  g_test_add_func ("/guide-cache/kept-task-facts", test_kept_task_facts);
  g_test_add_func ("/guide-cache/templates", test_templates);
  g_test_add_func ("/guide-cache/sample", test_sample);
  g_test_add_func ("/guide-cache/fixtures", test_fixtures);
  g_test_add_func ("/guide-cache/bench-project", test_bench_project);
  return g_test_run ();
}
