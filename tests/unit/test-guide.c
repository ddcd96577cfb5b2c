/* test-guide.c — every rule of the guidance engine, ordering, completion,
 * progress and dismissal
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every rule of vb_guide_rules() has two tests, registered as
 * /guide/rule/<rule-id>/fires (a project that triggers it) and
 * /guide/rule/<rule-id>/quiet (projects that do not): /guide/all-rules-
 * tested lists the tests this program registers and fails for a rule
 * without both, or a rule test without a rule.
 */

#include "vb-channel-forecast.h"
#include "vb-criterion.h"
#include "vb-decision-record.h"
#include "vb-evaluator.h"
#include "vb-guide.h"
#include "vb-guide-private.h"
#include "vb-json.h"
#include "vb-objective.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-reference.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-requirement-section.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-vendor-quote.h"
#include "vb-vendor-scores.h"
#include "vb-workflow.h"
#include "vb-stage-private.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  VbProject *project;
  VbGuide   *guide;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", data ? data : "blank");
  f->guide = vb_guide_new (f->project);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->guide);
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

/* The open finding of @rule about @subject (NULL: any) */
static VbFinding *
find (VbGuide    *guide,
      const char *rule,
      const char *subject)
{
  GListModel *findings = vb_guide_get_findings (guide);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (findings, i);

      if (g_str_equal (vb_finding_get_rule_id (f), rule) &&
          (subject == NULL || g_strcmp0 (vb_finding_get_subject (f), subject) == 0))
        return f;   /* the model keeps its reference */
    }
  return NULL;
}

static const VbRule *
rule_of (const char *id)
{
  guint n;
  const VbRule *rules = vb_guide_rules (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (rules[i].id, id))
      return &rules[i];
  g_error ("no rule %s", id);
}

static VbFinding *
assert_finding (VbGuide       *guide,
                const char    *rule,
                VbStage        stage,
                VbFindingKind  kind,
                const char    *subject,
                const char    *message_has)
{
  VbFinding *f = find (guide, rule, subject);
  const VbRule *r = rule_of (rule);

  if (f == NULL)
    g_error ("no finding of rule %s about “%s”", rule, subject ? subject : "(any)");
  g_test_message ("%s: %s", rule, vb_finding_get_message (f));
  g_assert_cmpint (vb_finding_get_stage (f), ==, stage);
  g_assert_cmpint (vb_finding_get_kind (f), ==, kind);
  g_assert_cmpstr (vb_finding_get_message (f), !=, "");
  g_assert_nonnull (vb_finding_get_action_label (f));
  g_assert_cmpstr (vb_finding_get_action_label (f), !=, "");
  /* the action the rule's table says, on the entity it names */
  g_assert_cmpint (vb_finding_get_action (f), ==, r->action);
  g_assert_true (vb_finding_get_subject_type (f) == (r->subject_type ? r->subject_type () : G_TYPE_NONE));
  /* the field to open is a property of that entity */
  if (vb_finding_get_field (f) != NULL)
    {
      GObjectClass *klass = g_type_class_ref (vb_finding_get_subject_type (f));

      if (g_object_class_find_property (klass, vb_finding_get_field (f)) == NULL)
        g_error ("%s: the field “%s” is not a property of %s", rule, vb_finding_get_field (f),
                 g_type_name (vb_finding_get_subject_type (f)));
      g_type_class_unref (klass);
    }
  if (message_has && !vbt_contains_ci (vb_finding_get_message (f), message_has))
    g_error ("the message “%s” does not name “%s”", vb_finding_get_message (f), message_has);
  /* vb_guide_lookup finds the same finding */
  if (subject != NULL)
    g_assert_true (vb_guide_lookup (guide, rule, subject) == f);
  return f;
}

static void
assert_no_finding (VbGuide    *guide,
                   const char *rule)
{
  VbFinding *f = find (guide, rule, NULL);

  if (f != NULL)
    g_error ("unexpected finding of rule %s: %s", rule, vb_finding_get_message (f));
}

static VbRecord *
add (VbProject  *p,
     const char *table,
     const char *label_column,
     const char *label)
{
  g_autoptr(GError) error = NULL;
  VbRecord *r = vb_project_add (p, table, &error);

  g_assert_no_error (error);
  if (label)
    g_assert_true (vb_project_set_text (p, r, label_column, label, &error));
  g_assert_no_error (error);
  return r;
}

static void
set_text (VbProject *p, VbRecord *r, const char *column, const char *value)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (vb_project_set_text (p, r, column, value, &error));
  g_assert_no_error (error);
}

static void
set_real (VbProject *p, VbRecord *r, const char *column, double value)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (vb_project_set_real (p, r, column, value, &error));
  g_assert_no_error (error);
}

static void
set_int (VbProject *p, VbRecord *r, const char *column, gint64 value)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (vb_project_set_int (p, r, column, value, &error));
  g_assert_no_error (error);
}

static VbRecord *
settings_of (VbProject *p)
{
  return VB_RECORD (vb_project_get_settings (p));
}

static VbRecord *
complete_task (VbProject  *p,
               const char *name,
               const char *kind,
               double      volume,
               double      minutes)
{
  VbRecord *t = add (p, "task", "name", name);

  set_text (p, t, "work_kind", kind);
  set_real (p, t, "monthly_volume", volume);
  set_real (p, t, "handle_minutes", minutes);
  return t;
}

/* A vendor with a status, moved the way the window and the CLI move it */
static VbRecord *
vendor (VbProject      *p,
        const char     *name,
        VbVendorStatus  status)
{
  g_autoptr(GError) error = NULL;
  VbVendor *v = vb_project_add_vendor (p, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (v, name, &error));
  g_assert_true (vb_vendor_set_status (v, status, status == VB_VENDOR_STATUS_REJECTED ? "Too expensive" : NULL,
                                       &error));
  g_assert_no_error (error);
  return VB_RECORD (v);
}

static void
set_status (VbRecord       *v,
            VbVendorStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (vb_vendor_set_status (VB_VENDOR (v), status, NULL, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------- the guard itself */

/* The stages' rule tests kept in programs of their own, beside this one */
static const char *const companions[] = { "test-guide-decision", "test-guide-pilot", NULL };

static void
list_tests (const char *program,
            GPtrArray  *paths)
{
  const char *argv[] = { program, "-l", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;

  if (vbt_run (argv, &out, &err) != 0)
    g_error ("%s -l failed: %s", program, err);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "/"))
      g_ptr_array_add (paths, g_strdup (lines[i]));
}

/* The test paths this program and its companions register, as GLib lists
 * them (-l) */
static GPtrArray *
registered_tests (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (self);
  list_tests (self, paths);
  dir = g_path_get_dirname (self);
  for (guint i = 0; companions[i]; i++)
    {
      g_autofree char *program = g_build_filename (dir, companions[i], NULL);
      list_tests (program, paths);
    }
  return paths;
}

static void
test_all_rules_tested (void)
{
  g_autoptr(GPtrArray) tests = registered_tests ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;
  const VbRule *rules = vb_guide_rules (&n);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (tests->len, >, 2 * n);
  g_assert_true (g_ptr_array_find_with_equal_func (tests, "/guide/all-rules-tested", g_str_equal, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *fires = g_strdup_printf ("/guide/rule/%s/fires", rules[i].id);
      g_autofree char *quiet = g_strdup_printf ("/guide/rule/%s/quiet", rules[i].id);
      VbStage stage;

      if (!g_ptr_array_find_with_equal_func (tests, fires, g_str_equal, NULL))
        g_error ("the rule %s has no test %s", rules[i].id, fires);
      if (!g_ptr_array_find_with_equal_func (tests, quiet, g_str_equal, NULL))
        g_error ("the rule %s has no test %s", rules[i].id, quiet);
      g_assert_nonnull (rules[i].evaluate);
      /* the id starts with its stage's id */
      g_assert_true (vb_stage_from_id (vb_stage_get_id (rules[i].stage), &stage));
      g_assert_cmpint (stage, ==, rules[i].stage);
      g_assert_true (g_str_has_prefix (rules[i].id, vb_stage_get_id (rules[i].stage)));
      g_assert_true (rules[i].id[strlen (vb_stage_get_id (rules[i].stage))] == '.');
      /* a rule that opens an editor names an entity */
      if (rules[i].action == VB_FINDING_ACTION_EDIT || rules[i].action == VB_FINDING_ACTION_ADD)
        g_assert_nonnull (rules[i].subject_type);
      if (!g_hash_table_add (ids, (gpointer) rules[i].id))
        g_error ("two rules are called %s", rules[i].id);
    }
  /* no test of a rule that is not there (a renamed or removed rule) */
  for (guint i = 0; i < tests->len; i++)
    {
      const char *path = tests->pdata[i];
      g_auto(GStrv) parts = g_strsplit (path, "/", -1);

      if (!g_str_has_prefix (path, "/guide/rule/"))
        continue;
      /* "", "guide", "rule", id, fires|quiet (or a variant: quiet-blank) */
      if (g_strv_length (parts) != 5 || (!g_str_has_prefix (parts[4], "fires") && !g_str_has_prefix (parts[4], "quiet")))
        g_error ("%s is not /guide/rule/<rule-id>/fires or …/quiet", path);
      if (!g_hash_table_contains (ids, parts[3]))
        g_error ("%s tests a rule that does not exist", path);
    }
}

/* --------------------------------------------------- Goals & scope */

static void
no_objective_fires (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.no-objective", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "outsourcing");
}

static void
no_objective_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbObjective *o = vb_project_add_objective (f->project, &error);

  g_assert_no_error (error);
  assert_no_finding (f->guide, "goals.no-objective");
  g_assert_true (vb_record_remove (VB_RECORD (o), &error));
  assert_finding (f->guide, "goals.no-objective", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", NULL);
  g_assert_true (vb_project_undo (f->project, &error));
  assert_no_finding (f->guide, "goals.no-objective");
}

static void
objective_without_target_fires (Fixture *f, gconstpointer data)
{
  VbRecord *o = add (f->project, "objective", "title", "Faster answers");
  VbRecord *o2 = add (f->project, "objective", "title", "Cheaper contacts");
  VbFinding *fi;

  set_text (f->project, o2, "target", "20% lower");
  fi = assert_finding (f->guide, "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (o), "Faster answers");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "target");
  g_assert_null (find (f->guide, "goals.objective-without-target", vb_record_get_uuid (o2)));
  set_text (f->project, o, "target", "   ");   /* blank is no target */
  assert_finding (f->guide, "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (o), "Faster answers");
}

static void
objective_without_target_quiet (Fixture *f, gconstpointer data)
{
  VbRecord *o;

  assert_no_finding (f->guide, "goals.objective-without-target");   /* no objective at all */
  o = add (f->project, "objective", "title", "Faster answers");
  set_text (f->project, o, "target", "Emails within 4 hours");
  assert_no_finding (f->guide, "goals.objective-without-target");
}

static void
example_objectives_fires (Fixture *f, gconstpointer data)
{
  GListModel *objectives = vb_project_get_objectives (f->project);
  guint n = g_list_model_get_n_items (objectives);
  g_autoptr(VbRecord) first = g_list_model_get_item (objectives, 0);
  g_autofree char *count = g_strdup_printf ("%u objectives", n);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (n, >=, 2);
  assert_finding (f->guide, "goals.example-objectives", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (first), count);
  /* one checked: the finding counts the others, about the first still an example */
  g_assert_true (vb_record_confirm (first, &error));
  g_assert_no_error (error);
  {
    g_autoptr(VbRecord) second = g_list_model_get_item (objectives, 1);
    g_autofree char *fewer = g_strdup_printf ("%u objective", n - 1);

    assert_finding (f->guide, "goals.example-objectives", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                    vb_record_get_uuid (second), fewer);
  }
}

static void
example_objectives_quiet (Fixture *f, gconstpointer data)
{
  GListModel *objectives = vb_project_get_objectives (f->project);
  g_autoptr(GError) error = NULL;

  /* each example checked: kept as it is, edited, or removed */
  {
    g_autoptr(VbRecord) a = g_list_model_get_item (objectives, 0);
    g_assert_true (vb_record_confirm (a, &error));
  }
  {
    g_autoptr(VbRecord) b = g_list_model_get_item (objectives, 1);
    g_assert_true (vb_objective_set_target (VB_OBJECTIVE (b), "Within an hour", &error));
  }
  while (g_list_model_get_n_items (objectives) > 2)
    {
      g_autoptr(VbRecord) c = g_list_model_get_item (objectives, 2);
      g_assert_true (vb_record_remove (c, &error));
    }
  g_assert_no_error (error);
  assert_no_finding (f->guide, "goals.example-objectives");
}

static void
example_objectives_quiet_blank (Fixture *f, gconstpointer data)
{
  /* the user's own objective is not an example */
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (vb_project_add_objective (f->project, &error));
  assert_no_finding (f->guide, "goals.example-objectives");
}

static void
team_hours_fires (Fixture *f, gconstpointer data)
{
  VbFinding *fi = assert_finding (f->guide, "goals.team-hours", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "hours");

  g_assert_cmpstr (vb_finding_get_field (fi), ==, "team-days");
}

static void
team_hours_quiet (Fixture *f, gconstpointer data)
{
  set_int (f->project, settings_of (f->project), "team_days", 0x1f);
  assert_no_finding (f->guide, "goals.team-hours");
}

static void
team_languages_fires (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "languages");
  set_text (f->project, settings_of (f->project), "team_languages", "  ");
  assert_finding (f->guide, "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "languages");
}

static void
team_languages_quiet (Fixture *f, gconstpointer data)
{
  set_text (f->project, settings_of (f->project), "team_languages", "English");
  assert_no_finding (f->guide, "goals.team-languages");
}

static void
example_team_fires (Fixture *f, gconstpointer data)
{
  VbProjectSettings *settings = vb_project_get_settings (f->project);
  VbFinding *fi;

  g_assert_true (vb_project_settings_get_team_example (settings));
  fi = assert_finding (f->guide, "goals.example-team", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "example");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "team-days");
}

static void
example_team_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbProjectSettings *settings = vb_project_get_settings (f->project);

  g_assert_true (vb_project_settings_confirm_team (settings, &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "goals.example-team");
  /* undo makes them the example again; editing a team field ends it too */
  g_assert_true (vb_project_undo (f->project, &error));
  assert_finding (f->guide, "goals.example-team", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", NULL);
  g_assert_true (vb_project_settings_set_team_timezone (settings, "Europe/Dublin", &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "goals.example-team");
}

static void
example_team_quiet_blank (Fixture *f, gconstpointer data)
{
  /* a blank project has no team hours at all: another rule asks for them */
  assert_no_finding (f->guide, "goals.example-team");
  assert_finding (f->guide, "goals.team-hours", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", NULL);
}

static void
no_task_fires (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.no-task", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "tasks");
}

static void
no_task_quiet (Fixture *f, gconstpointer data)
{
  add (f->project, "task", "name", "Refunds");
  assert_no_finding (f->guide, "goals.no-task");
}

static void
task_incomplete_fires (Fixture *f, gconstpointer data)
{
  VbRecord *t = add (f->project, "task", "name", "Refunds");
  VbRecord *done = complete_task (f->project, "Order status", "routine", 100, 3);
  VbFinding *fi;

  fi = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (t), "Refunds");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "work-kind");
  assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (t),
                  "monthly volume");
  g_assert_null (find (f->guide, "goals.task-incomplete", vb_record_get_uuid (done)));
  set_text (f->project, t, "work_kind", "judgment");
  fi = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (t), "monthly volume");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "monthly-volume");
  set_real (f->project, t, "monthly_volume", 200);
  fi = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (t), "handle time");
  g_assert_false (vbt_contains_ci (vb_finding_get_message (fi), "monthly volume"));
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "handle-minutes");
  set_real (f->project, t, "handle_minutes", 0);   /* zero is not a handle time */
  assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (t),
                  "handle time");
  /* an unnamed task still gets a name in the message */
  {
    VbRecord *u = add (f->project, "task", NULL, NULL);
    VbFinding *fu = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                                    vb_record_get_uuid (u), NULL);
    g_assert_false (strstr (vb_finding_get_message (fu), "“”") != NULL);
  }
}

static void
task_incomplete_quiet (Fixture *f, gconstpointer data)
{
  VbRecord *t = add (f->project, "task", "name", "Refunds");

  set_real (f->project, t, "handle_minutes", 5);
  set_real (f->project, t, "monthly_volume", 200);
  set_text (f->project, t, "work_kind", "judgment");
  complete_task (f->project, "Order status", "routine", 100, 3);
  assert_no_finding (f->guide, "goals.task-incomplete");
}

static void
example_tasks_fires (Fixture *f, gconstpointer data)
{
  GListModel *tasks = vb_project_get_tasks (f->project);
  guint n = g_list_model_get_n_items (tasks);
  g_autoptr(VbRecord) first = g_list_model_get_item (tasks, 0);
  g_autofree char *count = g_strdup_printf ("%u tasks", n);

  g_assert_cmpuint (n, >=, 2);
  assert_finding (f->guide, "goals.example-tasks", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (first), count);
}

static void
example_tasks_quiet (Fixture *f, gconstpointer data)
{
  GListModel *tasks = vb_project_get_tasks (f->project);
  g_autoptr(GError) error = NULL;

  /* the user checks each figure: every task edited or confirmed */
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(VbRecord) t = g_list_model_get_item (tasks, i);

      if (i % 2)
        g_assert_true (vb_task_set_monthly_volume (VB_TASK (t), 100 + i, &error));
      else
        g_assert_true (vb_record_confirm (t, &error));
      g_assert_no_error (error);
    }
  assert_no_finding (f->guide, "goals.example-tasks");
  /* a task the user adds is not an example */
  g_assert_nonnull (vb_project_add_task (f->project, &error));
  assert_no_finding (f->guide, "goals.example-tasks");
}

static void
outsource_against_rule_fires (Fixture *f, gconstpointer data)
{
  VbRecord *t = complete_task (f->project, "Tier 2 troubleshooting", "technical", 400, 20);
  VbFinding *fi;

  set_text (f->project, t, "decision", "outsource");
  fi = assert_finding (f->guide, "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING,
                       vb_record_get_uuid (t), "Tier 2 troubleshooting");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "decision");
  /* the message gives the rule's reason */
  assert_finding (f->guide, "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING,
                  vb_record_get_uuid (t), "product knowledge");
}

static void
outsource_against_rule_quiet (Fixture *f, gconstpointer data)
{
  VbRecord *t = complete_task (f->project, "Tier 2 troubleshooting", "technical", 400, 20);
  VbRecord *ok = complete_task (f->project, "Order status", "routine", 4000, 5);

  set_text (f->project, ok, "decision", "outsource");   /* the rule agrees */
  assert_no_finding (f->guide, "goals.outsource-against-rule");
  set_text (f->project, t, "decision", "hybrid");
  assert_no_finding (f->guide, "goals.outsource-against-rule");
  set_text (f->project, t, "decision", "keep");
  assert_no_finding (f->guide, "goals.outsource-against-rule");
}

static void
too_much_too_early_fires (Fixture *f, gconstpointer data)
{
  VbRecord *c;
  VbFinding *fi;

  complete_task (f->project, "Order status", "routine", 3000, 5);
  complete_task (f->project, "Returns", "routine", 2000, 6);
  c = complete_task (f->project, "Billing", "routine", 1000, 6);
  fi = assert_finding (f->guide, "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, "", "100");
  g_assert_cmpint (vb_finding_get_filter (fi), ==, VB_SOURCING_OUTSOURCE);
  /* the user's decisions count before the suggestions */
  set_text (f->project, c, "decision", "keep");
  set_real (f->project, c, "monthly_volume", 9000);
  set_text (f->project, c, "decision", "outsource");
  assert_finding (f->guide, "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, "", "%");
}

static void
too_much_too_early_quiet (Fixture *f, gconstpointer data)
{
  VbRecord *a = complete_task (f->project, "Order status", "routine", 3000, 5);
  VbRecord *b = complete_task (f->project, "Returns", "routine", 2000, 6);
  VbRecord *c;

  /* two tasks are not enough to judge */
  assert_no_finding (f->guide, "goals.too-much-too-early");
  c = complete_task (f->project, "Billing", "routine", 1000, 6);
  /* a large kept task brings the share below 80 % */
  set_text (f->project, c, "decision", "keep");
  set_real (f->project, c, "monthly_volume", 9000);
  assert_no_finding (f->guide, "goals.too-much-too-early");
  set_text (f->project, c, "decision", "outsource");
  set_text (f->project, a, "decision", "hybrid");
  set_text (f->project, b, "decision", "hybrid");
  assert_no_finding (f->guide, "goals.too-much-too-early");
}

/* ------------------------------------------------------------ Vendors */

static void
too_few_fires (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", "you have 0");
  vendor (f->project, "A", VB_VENDOR_STATUS_LONG_LIST);
  vendor (f->project, "B", VB_VENDOR_STATUS_REJECTED);
  assert_finding (f->guide, "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", "you have 2");
}

static void
too_few_quiet (Fixture *f, gconstpointer data)
{
  vendor (f->project, "A", VB_VENDOR_STATUS_LONG_LIST);
  vendor (f->project, "B", VB_VENDOR_STATUS_REJECTED);   /* rejected vendors count: they were considered */
  vendor (f->project, "C", VB_VENDOR_STATUS_LONG_LIST);
  assert_no_finding (f->guide, "vendors.too-few");
}

static void
no_shortlist_fires (Fixture *f, gconstpointer data)
{
  VbFinding *fi;

  vendor (f->project, "A", VB_VENDOR_STATUS_LONG_LIST);
  vendor (f->project, "B", VB_VENDOR_STATUS_LONG_LIST);
  vendor (f->project, "C", VB_VENDOR_STATUS_REJECTED);
  fi = assert_finding (f->guide, "vendors.no-shortlist", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", "shortlist");
  g_assert_cmpint (vb_finding_get_filter (fi), ==, VB_VENDOR_STATUS_LONG_LIST);
}

static void
no_shortlist_quiet (Fixture *f, gconstpointer data)
{
  VbRecord *a = vendor (f->project, "A", VB_VENDOR_STATUS_LONG_LIST);

  vendor (f->project, "B", VB_VENDOR_STATUS_LONG_LIST);
  assert_no_finding (f->guide, "vendors.no-shortlist");   /* too few to shortlist yet */
  vendor (f->project, "C", VB_VENDOR_STATUS_REJECTED);
  set_status (a, VB_VENDOR_STATUS_FINALIST);
  assert_no_finding (f->guide, "vendors.no-shortlist");
  set_status (a, VB_VENDOR_STATUS_SELECTED);
  assert_no_finding (f->guide, "vendors.no-shortlist");
  set_status (a, VB_VENDOR_STATUS_SHORTLIST);
  assert_no_finding (f->guide, "vendors.no-shortlist");
}

static void
no_contact_fires (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_SHORTLIST);
  VbRecord *b = vendor (f->project, "Globex", VB_VENDOR_STATUS_LONG_LIST);
  VbContact *c;

  assert_finding (f->guide, "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (a),
                  "Acme Support");
  /* a contact of another vendor does not count */
  g_assert_nonnull (vb_vendor_add_contact (VB_VENDOR (b), &error));
  assert_finding (f->guide, "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (a), NULL);
  /* nor a removed one */
  c = vb_vendor_add_contact (VB_VENDOR (a), &error);
  g_assert_true (vb_record_remove (VB_RECORD (c), &error));
  g_assert_no_error (error);
  assert_finding (f->guide, "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (a), NULL);
}

static void
no_contact_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_SHORTLIST);
  VbRecord *b = vendor (f->project, "Globex", VB_VENDOR_STATUS_LONG_LIST);

  g_assert_nonnull (vb_vendor_add_contact (VB_VENDOR (a), &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "vendors.no-contact");
  /* a vendor on the long list needs no contact yet */
  g_assert_null (find (f->guide, "vendors.no-contact", vb_record_get_uuid (b)));
}

static void
no_delivery_model_fires (Fixture *f, gconstpointer data)
{
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  VbFinding *fi;

  vendor (f->project, "Globex", VB_VENDOR_STATUS_LONG_LIST);
  fi = assert_finding (f->guide, "vendors.no-delivery-model", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (a), "Acme Support");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "delivery-model");
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP), >=, 1);
}

static void
no_delivery_model_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_FINALIST);

  vendor (f->project, "Globex", VB_VENDOR_STATUS_LONG_LIST);   /* not asked on the long list */
  g_assert_true (vb_vendor_set_delivery_model (VB_VENDOR (a), VB_DELIVERY_MODEL_OFFSHORE, &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "vendors.no-delivery-model");
}

/* Rejecting asks for the reason: only an older file or an import can hold
 * a rejected vendor without one. Here: an import. */
static void
make_rejected_without_reason (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (f->dir, "imported.vendorbench", NULL);
  GString *s;
  const char *at;

  vendor (f->project, "Initech", VB_VENDOR_STATUS_REJECTED);
  vendor (f->project, "Globex", VB_VENDOR_STATUS_REJECTED);
  json = vb_json_export (f->project, NULL, &error);
  g_assert_no_error (error);
  /* Initech's reason taken out */
  s = g_string_new (json);
  at = strstr (s->str, "\"rejection_reason\": \"Too expensive\"");
  g_assert_nonnull (at);
  g_string_erase (s, at - s->str, strlen ("\"rejection_reason\": \"Too expensive\""));
  g_string_insert (s, at - s->str, "\"rejection_reason\": \"\"");
  g_assert_true (vb_json_import_data (s->str, s->len, path, &error));
  g_assert_no_error (error);
  g_string_free (s, TRUE);

  g_clear_object (&f->guide);
  g_clear_object (&f->project);
  f->project = vb_project_open (path, &error);
  g_assert_no_error (error);
  f->guide = vb_guide_new (f->project);
}

static VbRecord *
vendor_named (VbProject  *p,
              const char *name)
{
  GListModel *vendors = vb_project_get_vendors (p);

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
      if (g_str_equal (vb_vendor_get_name (v), name))
        return VB_RECORD (v);
    }
  g_error ("no vendor %s", name);
}

static void
rejected_without_reason_fires (Fixture *f, gconstpointer data)
{
  VbRecord *a, *b;
  VbFinding *fi;

  make_rejected_without_reason (f);
  a = vendor_named (f->project, "Initech");
  b = vendor_named (f->project, "Globex");
  fi = assert_finding (f->guide, "vendors.rejected-without-reason", VB_STAGE_VENDORS, VB_FINDING_WARNING,
                       vb_record_get_uuid (a), "Initech");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "rejection-reason");
  g_assert_null (find (f->guide, "vendors.rejected-without-reason", vb_record_get_uuid (b)));
}

static void
rejected_without_reason_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  /* rejected through the core: always with a reason */
  vendor (f->project, "Initech", VB_VENDOR_STATUS_REJECTED);
  assert_no_finding (f->guide, "vendors.rejected-without-reason");
  /* the imported one, given its reason */
  make_rejected_without_reason (f);
  g_assert_true (vb_vendor_reject (VB_VENDOR (vendor_named (f->project, "Initech")), "No Spanish", &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "vendors.rejected-without-reason");
}

/* ---------------------------------------------- References */

/* A reference of @v, called on @called_on (NULL: not called yet) */
static VbReference *
reference (VbRecord   *v,
           const char *company,
           const char *called_on)
{
  g_autoptr(GError) error = NULL;
  VbReference *r = vb_vendor_add_reference (VB_VENDOR (v), &error);

  g_assert_no_error (error);
  g_assert_true (vb_reference_set_company (r, company, &error));
  if (called_on)
    g_assert_true (vb_reference_set_called_on (r, called_on, &error));
  g_assert_no_error (error);
  return r;
}

/* One question of weight 1 that expects "yes", answered @answer by @v */
static void
answer_question (VbQuestion *q,
                 VbRecord   *v,
                 VbAnswer    answer)
{
  g_autoptr(GError) error = NULL;
  VbResponse *r = vb_question_add_response (q, VB_VENDOR (v), &error);

  g_assert_no_error (error);
  g_assert_true (vb_response_set_answer (r, answer, &error));
  g_assert_no_error (error);
}

static VbQuestion *
one_question (VbProject *p)
{
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *d = vb_project_add_question_domain (p, &error);
  VbQuestion *q;

  g_assert_no_error (error);
  q = vb_question_domain_add_question (d, &error);
  g_assert_no_error (error);
  g_assert_true (vb_question_set_text (q, "Are laptops encrypted?", &error));
  g_assert_true (vb_question_set_expected_answer (q, VB_YES_NO_YES, &error));
  g_assert_true (vb_question_set_weight (q, 1, &error));
  g_assert_no_error (error);
  return q;
}

static void
finalist_not_called_fires (Fixture *f, gconstpointer data)
{
  VbRecord *a, *b;
  VbFinding *fi;

  /* no finalist at all: the stage has not begun, whoever is shortlisted */
  vendor (f->project, "Umbrella", VB_VENDOR_STATUS_SHORTLIST);
  fi = assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                       "", "finalist");
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_REFERENCES));

  a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  b = vendor (f->project, "Globex", VB_VENDOR_STATUS_FINALIST);
  /* with finalists, the project-level step goes */
  g_assert_null (find (f->guide, "references.finalist-not-called", ""));

  /* two finalists with nothing to tell them apart: neither leads, both are next steps */
  g_assert_null (vb_project_get_leading_vendor (f->project));
  fi = assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (a), "Acme Support");
  assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (b), "Globex");
  /* the fix adds a reference of that vendor */
  g_assert_true (vb_finding_get_subject_type (fi) == VB_TYPE_REFERENCE);
  /* a reference written down but not called yet does not count */
  reference (a, "Northwind Dental", NULL);
  assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (a), NULL);
  /* nor a called reference of another vendor */
  reference (vendor (f->project, "Initech", VB_VENDOR_STATUS_SHORTLIST), "Contoso", "2026-03-02");
  assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (a), NULL);
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_REFERENCES));
}

static void
finalist_not_called_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  VbRecord *b = vendor (f->project, "Globex", VB_VENDOR_STATUS_SHORTLIST);
  VbReference *r = reference (a, "Northwind Dental", NULL);

  /* a shortlisted vendor is not called yet: only finalists are */
  g_assert_null (find (f->guide, "references.finalist-not-called", vb_record_get_uuid (b)));
  /* called: the finding goes */
  g_assert_true (vb_reference_set_called_on (r, "2026-03-02", &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "references.finalist-not-called");
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_REFERENCES));
  /* a lone finalist leads: the warning speaks of it, not the next step */
  g_assert_true (vb_reference_set_called_on (r, "", &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_get_leading_vendor (f->project) == VB_VENDOR (a));
  assert_no_finding (f->guide, "references.finalist-not-called");
  assert_finding (f->guide, "references.leader-not-called", VB_STAGE_REFERENCES, VB_FINDING_WARNING,
                  vb_record_get_uuid (a), NULL);
}

static void
leader_not_called_fires (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  VbRecord *b = vendor (f->project, "Globex", VB_VENDOR_STATUS_FINALIST);
  VbQuestion *q = one_question (f->project);

  /* Globex answers the compliant "yes" (100), Acme "no" (0): Globex leads */
  answer_question (q, a, VB_ANSWER_NO);
  answer_question (q, b, VB_ANSWER_YES);
  g_assert_true (vb_project_get_leading_vendor (f->project) == VB_VENDOR (b));
  assert_finding (f->guide, "references.leader-not-called", VB_STAGE_REFERENCES, VB_FINDING_WARNING,
                  vb_record_get_uuid (b), "Globex");
  /* the leader gets the warning, the other finalist the next step */
  g_assert_null (find (f->guide, "references.finalist-not-called", vb_record_get_uuid (b)));
  assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (a), NULL);
  /* the selected vendor leads, whatever the scores say */
  g_assert_true (vb_vendor_select (VB_VENDOR (a), &error));
  g_assert_no_error (error);
  assert_finding (f->guide, "references.leader-not-called", VB_STAGE_REFERENCES, VB_FINDING_WARNING,
                  vb_record_get_uuid (a), "selected");
  g_assert_null (find (f->guide, "references.leader-not-called", vb_record_get_uuid (b)));
}

static void
leader_not_called_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  VbRecord *b = vendor (f->project, "Globex", VB_VENDOR_STATUS_FINALIST);

  /* nobody leads: two finalists without scores */
  assert_no_finding (f->guide, "references.leader-not-called");
  /* the selected vendor was called */
  reference (a, "Northwind Dental", "2026-03-02");
  g_assert_true (vb_vendor_select (VB_VENDOR (a), &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "references.leader-not-called");
  /* the other finalist is a next step, not a warning */
  assert_finding (f->guide, "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (b), NULL);
}

/* ---------------------------------------------- order, stages, progress */

static void
test_ordering (Fixture *f, gconstpointer data)
{
  GListModel *findings;
  guint n;
  VbFindingKind last_kind = VB_FINDING_BLOCKER;
  VbStage last_stage = VB_STAGE_DASHBOARD;
  guint last_rule = 0;

  make_rejected_without_reason (f);
  findings = vb_guide_get_findings (f->guide);
  vendor (f->project, "A", VB_VENDOR_STATUS_SHORTLIST);
  set_text (f->project, complete_task (f->project, "Tier 2", "technical", 100, 10), "decision", "outsource");

  n = g_list_model_get_n_items (findings);
  g_assert_cmpuint (n, >=, 5);
  /* warnings first (no rule is a blocker today: the invariants hold in the file) */
  {
    g_autoptr(VbFinding) first = g_list_model_get_item (findings, 0);
    g_assert_cmpint (vb_finding_get_kind (first), ==, VB_FINDING_WARNING);
    g_assert_cmpstr (vb_finding_get_rule_id (first), ==, "goals.outsource-against-rule");
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) fi = g_list_model_get_item (findings, i);
      VbFindingKind kind = vb_finding_get_kind (fi);
      guint rule = (guint) (rule_of (vb_finding_get_rule_id (fi)) - vb_guide_rules (&(guint) { 0 }));

      /* by kind, then stage, then the rules' order */
      g_assert_cmpint (kind, >=, last_kind);
      if (kind != last_kind)
        last_stage = VB_STAGE_DASHBOARD, last_rule = 0;
      g_assert_cmpint (vb_finding_get_stage (fi), >=, last_stage);
      if (vb_finding_get_stage (fi) != last_stage)
        last_rule = 0;
      g_assert_cmpuint (rule, >=, last_rule);
      last_kind = kind;
      last_stage = vb_finding_get_stage (fi);
      last_rule = rule;
    }
  /* a warning of the goals stage before the warning of the vendors stage */
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_GOALS, VB_FINDING_WARNING), ==, 1);
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_VENDORS, VB_FINDING_WARNING), ==, 1);
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_VENDORS, VB_FINDING_BLOCKER), ==, 0);
  {
    g_autoptr(VbFinding) second = g_list_model_get_item (findings, 1);
    g_assert_cmpstr (vb_finding_get_rule_id (second), ==, "vendors.rejected-without-reason");
  }
  /* findings per stage, and per subject */
  {
    g_autoptr(GPtrArray) goals = vb_guide_get_stage_findings (f->guide, VB_STAGE_GOALS);
    for (guint i = 0; i < goals->len; i++)
      g_assert_cmpint (vb_finding_get_stage (g_ptr_array_index (goals, i)), ==, VB_STAGE_GOALS);
    g_assert_cmpuint (goals->len, >=, 1);
  }
  {
    VbRecord *a = vendor_named (f->project, "A");
    g_autoptr(GPtrArray) about_a = vb_guide_get_subject_findings (f->guide, vb_record_get_uuid (a));

    g_assert_cmpuint (about_a->len, ==, 2);   /* no contact, no delivery model */
    for (guint i = 0; i < about_a->len; i++)
      g_assert_cmpstr (vb_finding_get_subject (g_ptr_array_index (about_a, i)), ==, vb_record_get_uuid (a));
  }
}

static void
test_stages_and_progress (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbRecord *settings = settings_of (p);
  VbRecord *o, *a, *tier2;
  g_autoptr(GError) error = NULL;
  VbStage next = VB_N_STAGES;
  guint available = 0, idle = 0;

  /* every stage has its page now; one without (as Pilot Results was) is
   * still a case of the guide: taken away for this test */
  vb_stage_set_withheld (VB_STAGE_RESULTS, TRUE);
  vb_guide_refresh (f->guide);
  for (VbStage s = VB_STAGE_GOALS; s < VB_N_STAGES; s++)
    available += vb_stage_is_available (s);
  g_assert_cmpuint (available, >=, 2);
  g_assert_cmpuint (available, <, VB_N_STAGES - 1);

  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  /* a stage with nothing to do on a blank project is complete from the
   * start; References is not: with no finalist to call it has not begun */
  for (VbStage s = VB_STAGE_GOALS; s < VB_N_STAGES; s++)
    idle += vb_guide_stage_is_complete (f->guide, s);
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_REFERENCES));
  g_assert_cmpfloat_with_epsilon (vb_guide_get_progress (f->guide), (double) idle / 13, 1e-12);
  /* a stage this version does not have yet is not started, never complete
   * (it counted as complete while it had no rules) */
  {
    VbStage missing = VB_N_STAGES;

    for (VbStage s = VB_N_STAGES - 1; s > VB_STAGE_GOALS; s--)
      if (!vb_stage_is_available (s))
        missing = s;
    g_assert_cmpint (missing, <, VB_N_STAGES);
    g_assert_false (vb_guide_stage_is_complete (f->guide, missing));
  }
  g_assert_true (vb_guide_get_next_stage (f->guide, &next));
  g_assert_cmpint (next, ==, VB_STAGE_GOALS);

  o = add (p, "objective", "title", "Faster answers");
  set_text (p, o, "target", "Chats within a minute");
  set_int (p, settings, "team_days", 0x1f);
  set_text (p, settings, "team_languages", "English");
  tier2 = complete_task (p, "Tier 2", "technical", 100, 10);
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  g_assert_true (vb_guide_get_next_stage (f->guide, &next));
  g_assert_cmpint (next, ==, VB_STAGE_REQUIREMENTS);   /* the first not complete, built or not */

  /* progress is over the whole journey: complete stages ÷ 13 */
  g_assert_cmpint (VB_N_STAGES - 1, ==, 13);
  g_assert_cmpfloat_with_epsilon (vb_guide_get_progress (f->guide), (1.0 + idle) / 13, 1e-12);

  /* a warning does not keep a stage from being complete */
  set_text (p, tier2, "decision", "outsource");
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_GOALS, VB_FINDING_WARNING), ==, 1);
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));

  /* a finalist (Responses waits for one; nothing is asked in a blank project) */
  a = vendor (p, "A", VB_VENDOR_STATUS_FINALIST);
  vendor (p, "B", VB_VENDOR_STATUS_LONG_LIST);
  vendor (p, "C", VB_VENDOR_STATUS_REJECTED);
  g_assert_true (vb_vendor_set_delivery_model (VB_VENDOR (a), VB_DELIVERY_MODEL_ONSHORE, &error));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));   /* no contact yet */
  /* the selection stages: a must-have in the RFP, a questionnaire chosen */
  {
    VbRequirementSection *section = vb_project_add_requirement_section (p, &error);
    VbRequirement *r = vb_requirement_section_add_requirement (section, &error);

    g_assert_true (vb_requirement_set_priority (r, VB_PRIORITY_MUST, &error));
    g_assert_true (vb_project_settings_choose_questionnaire (VB_PROJECT_SETTINGS (settings),
                                                             VB_QUESTIONNAIRE_FULL, &error));
    /* the finalist answers it (Responses) */
    g_assert_true (vb_requirement_record_answer (r, VB_VENDOR (a), VB_ANSWER_MEETS, &error));
    g_assert_no_error (error);
    g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_REQUIREMENTS));
    g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_SECURITY));
  }
  /* Pricing & ROI: a forecast, and the finalist's quote */
  g_assert_nonnull (vb_project_add_channel_forecast (p, VB_CHANNEL_PHONE, &error));
  g_assert_nonnull (vb_vendor_add_quote (VB_VENDOR (a), &error));
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_PRICING));
  /* Scoring & Decision: a weighed criterion, scored by one evaluator, the decision recorded */
  {
    VbCriterion *category = vb_project_add_criterion_category (p, "Service", &error);
    VbCriterion *quality = vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, "Quality", &error);
    VbEvaluator *evaluator = vb_project_add_evaluator (p, "Owner", &error);

    g_assert_true (vb_criterion_set_weight (category, 100, &error));
    g_assert_true (vb_criterion_set_weight (quality, 100, &error));
    g_assert_true (vb_evaluator_set_score (evaluator, VB_VENDOR (a), quality, 4, NULL, &error));
    g_assert_true (vb_vendor_select (VB_VENDOR (a), &error));
    g_assert_true (vb_decision_record (vb_project_get_decision (p), "The best fit", "2026-11-30", "Owner", NULL, TRUE,
                                       &error));
    g_assert_no_error (error);
    g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_SCORING));
  }
  /* Workflows & Escalation: a workflow written down (no escalation set up, so no emergency asked for) */
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_WORKFLOWS));
  g_assert_nonnull (vb_project_add_workflow (p, &error));
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_WORKFLOWS));
  g_assert_nonnull (vb_vendor_add_contact (VB_VENDOR (a), &error));
  g_assert_no_error (error);
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  /* every stage this version has is complete, never 100 % */
  for (VbStage s = VB_STAGE_GOALS; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s) && !vb_guide_stage_is_complete (f->guide, s))
      g_test_message ("not complete: %s", vb_stage_get_id (s));
  /* all but the Pilot Plan and the SLAs: no pilot is planned and no SLA
   * set in this project */
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_PILOT));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_SLAS));
  g_assert_cmpfloat_with_epsilon (vb_guide_get_progress (f->guide), (double) (available - 2) / 13, 1e-12);
  g_assert_cmpfloat (vb_guide_get_progress (f->guide), <, 1.0);
  g_assert_true (vb_guide_get_next_stage (f->guide, &next));
  g_assert_cmpint (next, ==, VB_STAGE_PILOT);   /* the first stage not complete */

  /* undo reopens the stage */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  g_assert_cmpfloat_with_epsilon (vb_guide_get_progress (f->guide), (double) (available - 3) / 13, 1e-12);
  vb_stage_set_withheld (VB_STAGE_RESULTS, FALSE);
}

static void
test_stage_ids (void)
{
  for (VbStage s = 0; s < VB_N_STAGES; s++)
    {
      VbStage back;
      g_assert_true (vb_stage_from_id (vb_stage_get_id (s), &back));
      g_assert_cmpint (back, ==, s);
      g_assert_cmpstr (vb_stage_get_title (s), !=, "");
      /* the ids are the nicks of VB_TYPE_STAGE */
      {
        GEnumClass *klass = g_type_class_ref (VB_TYPE_STAGE);
        g_assert_cmpstr (vb_stage_get_id (s), ==, g_enum_get_value (klass, (int) s)->value_nick);
        g_type_class_unref (klass);
      }
    }
  {
    VbStage back = VB_STAGE_GOALS;
    g_assert_false (vb_stage_from_id ("nope", &back));
  }
  /* the kinds are a GEnum with the words of the CLI's JSON */
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_FINDING_KIND, VB_FINDING_BLOCKER), ==, "blocker");
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_FINDING_KIND, VB_FINDING_WARNING), ==, "warning");
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_FINDING_KIND, VB_FINDING_NEXT_STEP), ==, "next-step");
}

/* --------------------------------------------------------- dismissal */

static void
test_dismiss (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *t = add (p, "task", "name", "Refunds");
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (t));
  g_autoptr(VbFinding) finding = NULL;
  g_autofree char *fingerprint = NULL;
  gint64 activity = vbt_count_sql (p, "SELECT count(*) FROM activity");

  finding = g_object_ref (assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                                          uuid, "Refunds"));
  fingerprint = g_strdup (vb_finding_get_fingerprint (finding));
  g_assert_cmpstr (fingerprint, !=, "");

  /* a reason is required */
  g_assert_false (vb_guide_dismiss (f->guide, finding, NULL, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vb_guide_dismiss (f->guide, finding, " \t\n", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM dismissal"), ==, 0);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity"), ==, activity);
  g_assert_nonnull (find (f->guide, "goals.task-incomplete", uuid));

  vb_project_set_author (p, "Dana");
  g_assert_true (vb_guide_dismiss (f->guide, finding, "Seasonal task, volume unknown", &error));
  g_assert_no_error (error);
  g_assert_null (find (f->guide, "goals.task-incomplete", uuid));
  /* shown among the dismissed, with the reason */
  {
    GListModel *dismissed = vb_guide_get_dismissed (f->guide);
    gboolean seen = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (dismissed); i++)
      {
        g_autoptr(VbFinding) d = g_list_model_get_item (dismissed, i);
        if (g_str_equal (vb_finding_get_rule_id (d), "goals.task-incomplete"))
          {
            seen = TRUE;
            g_assert_cmpstr (vb_finding_get_dismissal_reason (d), ==, "Seasonal task, volume unknown");
          }
      }
    g_assert_true (seen);
  }
  /* stored */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM dismissal WHERE rule_id = 'goals.task-incomplete' "
                                            "AND subject = '%s' AND fingerprint = '%s' AND "
                                            "reason = 'Seasonal task, volume unknown' AND dismissed_by = 'Dana'",
                                            uuid, fingerprint);
    g_assert_cmpint (vbt_count_sql (p, sql), ==, 1);
    g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity"), ==, activity + 1);
    g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity WHERE action = 'dismiss' AND author = 'Dana'"), ==, 1);
  }
  /* the dismissal survives reopening */
  {
    g_autofree char *path = g_strdup (vb_project_get_path (p));
    g_autoptr(VbProject) q = NULL;
    g_autoptr(VbGuide) g = NULL;

    q = vb_project_open (path, &error);
    g_assert_no_error (error);
    g = vb_guide_new (q);
    g_assert_null (find (g, "goals.task-incomplete", uuid));
  }

  /* undo of the dismissal brings it back; redo hides it again */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find (f->guide, "goals.task-incomplete", uuid));
  g_assert_true (vb_project_redo (p, &error));
  g_assert_null (find (f->guide, "goals.task-incomplete", uuid));

  /* the finding returns when its data changes */
  set_text (p, t, "notes", "busy in December");
  {
    VbFinding *back = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, uuid,
                                      "Refunds");
    g_assert_cmpstr (vb_finding_get_fingerprint (back), !=, fingerprint);
  }
}

static void
test_dismiss_other_findings_stay (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme", VB_VENDOR_STATUS_SHORTLIST);
  VbRecord *b = vendor (f->project, "Globex", VB_VENDOR_STATUS_SHORTLIST);
  VbFinding *fa = find (f->guide, "vendors.no-contact", vb_record_get_uuid (a));
  guint open_before = g_list_model_get_n_items (vb_guide_get_findings (f->guide));

  g_assert_nonnull (fa);
  g_assert_true (vb_guide_dismiss (f->guide, fa, "We only email them", &error));
  g_assert_no_error (error);
  g_assert_null (find (f->guide, "vendors.no-contact", vb_record_get_uuid (a)));
  g_assert_nonnull (find (f->guide, "vendors.no-contact", vb_record_get_uuid (b)));
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_findings (f->guide)), ==, open_before - 1);
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_dismissed (f->guide)), ==, 1);
}

static void
test_restore (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (p, "Acme", VB_VENDOR_STATUS_SHORTLIST);
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (a));
  g_autoptr(VbFinding) dismissed = NULL;

  vb_project_set_author (p, "Ravi");
  g_assert_true (vb_guide_dismiss (f->guide, find (f->guide, "vendors.no-contact", uuid), "We only email them", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_dismissed (f->guide)), ==, 1);
  dismissed = g_list_model_get_item (vb_guide_get_dismissed (f->guide), 0);
  g_assert_cmpstr (vb_finding_get_dismissed_by (dismissed), ==, "Ravi");

  /* restoring removes the dismissal in one edit, logged as a restore */
  g_assert_true (vb_guide_restore (f->guide, dismissed, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find (f->guide, "vendors.no-contact", uuid));
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_dismissed (f->guide)), ==, 0);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM dismissal"), ==, 0);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity WHERE action = 'restore' AND author = 'Ravi'"), ==, 1);

  /* and undo dismisses it again */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_null (find (f->guide, "vendors.no-contact", uuid));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM dismissal"), ==, 1);
}

static void
test_template_findings (Fixture *f, gconstpointer data)
{
  /* a seeded template has its goals filled in — objectives with targets,
   * team hours and languages, complete tasks — but as examples to check */
  assert_no_finding (f->guide, "goals.no-objective");
  assert_no_finding (f->guide, "goals.objective-without-target");
  assert_no_finding (f->guide, "goals.team-hours");
  assert_no_finding (f->guide, "goals.team-languages");
  assert_no_finding (f->guide, "goals.no-task");
  assert_no_finding (f->guide, "goals.task-incomplete");
  assert_finding (f->guide, "goals.example-objectives", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, NULL, NULL);
  assert_finding (f->guide, "goals.example-tasks", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, NULL, NULL);
  assert_finding (f->guide, "goals.example-team", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", NULL);
  /* so Goals is not complete until they are checked */
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));
  assert_finding (f->guide, "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", NULL);
}

/* --------------------------------------------------- Requirements, Security */

static VbRequirement *
requirement_in (VbRequirementSection *section,
                VbPriority            priority,
                gboolean              included)
{
  g_autoptr(GError) error = NULL;
  VbRequirement *r = vb_requirement_section_add_requirement (section, &error);

  g_assert_no_error (error);
  g_assert_true (vb_requirement_set_text (r, "Describe how you will train your agents", &error));
  g_assert_true (vb_requirement_set_priority (r, priority, &error));
  g_assert_true (vb_requirement_set_included (r, included, &error));
  g_assert_no_error (error);
  return r;
}

static void
none_included_fires (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section;
  VbRequirement *r;

  /* a blank project: nothing to include yet, so add one */
  assert_finding (f->guide, "requirements.none-included", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, "",
                  "request for proposal");
  section = vb_project_add_requirement_section (f->project, &error);
  r = requirement_in (section, VB_PRIORITY_MUST, FALSE);
  /* one, left out: it is the subject */
  assert_finding (f->guide, "requirements.none-included", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (VB_RECORD (r)), "none");
  /* included, in a section left out: still not in the RFP */
  g_assert_true (vb_requirement_set_included (r, TRUE, &error));
  assert_no_finding (f->guide, "requirements.none-included");
  g_assert_true (vb_requirement_section_set_included (section, FALSE, &error));
  assert_finding (f->guide, "requirements.none-included", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (VB_RECORD (r)), NULL);
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_REQUIREMENTS));
  g_assert_no_error (error);
}

static void
none_included_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section = vb_project_add_requirement_section (f->project, &error);

  requirement_in (section, VB_PRIORITY_SHOULD, FALSE);
  requirement_in (section, VB_PRIORITY_MUST, TRUE);
  assert_no_finding (f->guide, "requirements.none-included");
  g_assert_no_error (error);
}

static void
no_must_have_fires (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section = vb_project_add_requirement_section (f->project, &error);
  VbRequirement *must_out, *should_in;
  VbFinding *fi;

  /* the must-have is left out, so the RFP has none */
  must_out = requirement_in (section, VB_PRIORITY_MUST, FALSE);
  should_in = requirement_in (section, VB_PRIORITY_SHOULD, TRUE);
  fi = assert_finding (f->guide, "requirements.no-must-have", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (VB_RECORD (should_in)), "must-have");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "priority");
  g_assert_null (find (f->guide, "requirements.no-must-have", vb_record_get_uuid (VB_RECORD (must_out))));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_REQUIREMENTS));
  g_assert_no_error (error);
}

static void
no_must_have_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section;
  VbRequirement *r;

  /* nothing in the RFP: the other rule speaks, not this one */
  assert_no_finding (f->guide, "requirements.no-must-have");
  section = vb_project_add_requirement_section (f->project, &error);
  r = requirement_in (section, VB_PRIORITY_NICE, TRUE);
  assert_finding (f->guide, "requirements.no-must-have", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (VB_RECORD (r)), NULL);
  g_assert_true (vb_requirement_set_priority (r, VB_PRIORITY_MUST, &error));
  assert_no_finding (f->guide, "requirements.no-must-have");
  assert_no_finding (f->guide, "requirements.none-included");
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_REQUIREMENTS));
  g_assert_no_error (error);
}

static void
no_questionnaire_fires (Fixture *f, gconstpointer data)
{
  VbFinding *fi = assert_finding (f->guide, "security.no-questionnaire", VB_STAGE_SECURITY, VB_FINDING_NEXT_STEP,
                                  "", "Lite");

  g_assert_cmpstr (vb_finding_get_field (fi), ==, "questionnaire");
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_SECURITY));
}

static void
no_questionnaire_quiet (Fixture *f, gconstpointer data)
{
  VbProjectSettings *settings = vb_project_get_settings (f->project);
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_LITE, &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "security.no-questionnaire");
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_SECURITY));
  /* undo brings it back */
  g_assert_true (vb_project_undo (f->project, &error));
  assert_finding (f->guide, "security.no-questionnaire", VB_STAGE_SECURITY, VB_FINDING_NEXT_STEP, "", NULL);
}

static void
example_items_fires (Fixture *f, gconstpointer data)
{
  GListModel *sections = vb_project_get_requirement_sections (f->project);
  g_autoptr(VbRequirementSection) first = g_list_model_get_item (sections, 0);
  g_autoptr(GError) error = NULL;
  VbFinding *fi;
  gint64 examples = vbt_count_sql (f->project, "SELECT (SELECT count(*) FROM requirement_section WHERE example = 1) "
                                               "+ (SELECT count(*) FROM requirement WHERE example = 1)");
  g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, examples);

  g_assert_cmpint (examples, >, 2);
  fi = assert_finding (f->guide, "requirements.example-items", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                       vb_record_get_uuid (VB_RECORD (first)), count);
  g_assert_cmpstr (vb_finding_get_fingerprint (fi), ==, count);
  /* so a new project from a template has the stage open */
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_REQUIREMENTS));
  /* keeping the first section keeps its requirements too: the next one is the subject */
  g_assert_true (vb_requirement_section_confirm_all (first, &error));
  g_assert_no_error (error);
  {
    g_autoptr(VbRequirementSection) second = g_list_model_get_item (sections, 1);

    assert_finding (f->guide, "requirements.example-items", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                    vb_record_get_uuid (VB_RECORD (second)), NULL);
  }
  /* in one undo step */
  g_assert_true (vb_project_undo (f->project, &error));
  assert_finding (f->guide, "requirements.example-items", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (VB_RECORD (first)), count);
}

static void
example_items_quiet (Fixture *f, gconstpointer data)
{
  GListModel *sections = vb_project_get_requirement_sections (f->project);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);

      g_assert_true (vb_requirement_section_confirm_all (section, &error));
      g_assert_no_error (error);
    }
  assert_no_finding (f->guide, "requirements.example-items");
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_REQUIREMENTS));
}

static void
example_items_quiet_blank (Fixture *f, gconstpointer data)
{
  assert_no_finding (f->guide, "requirements.example-items");
}

/* a template's requirements include must-haves: neither rule speaks */
static void
no_must_have_quiet_template (Fixture *f, gconstpointer data)
{
  assert_no_finding (f->guide, "requirements.none-included");
  assert_no_finding (f->guide, "requirements.no-must-have");
  assert_finding (f->guide, "security.no-questionnaire", VB_STAGE_SECURITY, VB_FINDING_NEXT_STEP, "", NULL);
}

/* ------------------------------------------------------------ Responses */

/* One included section with one requirement of @priority */
static VbRequirement *
requirement_of (VbProject  *p,
                VbPriority  priority)
{
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section = vb_project_add_requirement_section (p, &error);
  VbRequirement *requirement;

  g_assert_no_error (error);
  requirement = vb_requirement_section_add_requirement (section, &error);
  g_assert_no_error (error);
  g_assert_true (vb_requirement_set_text (requirement, "Describe your call recording", &error));
  g_assert_true (vb_requirement_set_priority (requirement, priority, &error));
  g_assert_no_error (error);
  return requirement;
}

/* One counting domain with one question whose safe answer is yes */
static VbQuestion *
question_of (VbProject *p,
             gboolean   high_risk)
{
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *domain = vb_project_add_question_domain (p, &error);
  VbQuestion *question;

  g_assert_no_error (error);
  question = vb_question_domain_add_question (domain, &error);
  g_assert_no_error (error);
  g_assert_true (vb_question_set_text (question, "Do you encrypt backups?", &error));
  g_assert_true (vb_question_set_expected_answer (question, VB_YES_NO_YES, &error));
  g_assert_true (vb_question_set_high_risk (question, high_risk, &error));
  g_assert_no_error (error);
  return question;
}

static void
answer_requirement (VbRequirement *r, VbRecord *v, VbAnswer answer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_requirement_record_answer (r, VB_VENDOR (v), answer, &error));
  g_assert_no_error (error);
}

static void
record_question_answer (VbQuestion *q, VbRecord *v, VbAnswer answer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_question_record_answer (q, VB_VENDOR (v), answer, &error));
  g_assert_no_error (error);
}

static void
accept_exception (VbResponse *response, const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (response);
  g_assert_true (vb_response_set_exception_reason (response, reason, &error));
  g_assert_no_error (error);
}

static void
finalist_without_responses_fires (Fixture *f, gconstpointer data)
{
  VbRecord *v;

  /* no finalist yet: the stage waits for one, about no vendor in particular */
  vendor (f->project, "Initech", VB_VENDOR_STATUS_SHORTLIST);
  assert_finding (f->guide, "responses.finalist-without-responses", VB_STAGE_RESPONSES, VB_FINDING_NEXT_STEP,
                  "", "finalist");

  requirement_of (f->project, VB_PRIORITY_SHOULD);
  v = vendor (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  assert_finding (f->guide, "responses.finalist-without-responses", VB_STAGE_RESPONSES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (v), "Acme");
  /* the selected vendor is one of the finalists too */
  v = vendor (f->project, "Globex", VB_VENDOR_STATUS_SELECTED);
  assert_finding (f->guide, "responses.finalist-without-responses", VB_STAGE_RESPONSES, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (v), "Globex");
}

static void
finalist_without_responses_quiet (Fixture *f, gconstpointer data)
{
  VbRequirement *r;
  VbRecord *v;

  /* a finalist, but nothing asked yet: the Requirements stage says so, not this rule */
  v = vendor (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  assert_no_finding (f->guide, "responses.finalist-without-responses");
  /* a shortlisted vendor is not expected to have answered */
  r = requirement_of (f->project, VB_PRIORITY_SHOULD);
  g_assert_nonnull (find (f->guide, "responses.finalist-without-responses", vb_record_get_uuid (v)));
  vendor (f->project, "Initech", VB_VENDOR_STATUS_SHORTLIST);
  /* one answer is enough */
  answer_requirement (r, v, VB_ANSWER_MEETS);
  assert_no_finding (f->guide, "responses.finalist-without-responses");
  /* an answer cleared again is no answer */
  answer_requirement (r, v, VB_ANSWER_UNSET);
  g_assert_nonnull (find (f->guide, "responses.finalist-without-responses", vb_record_get_uuid (v)));
}

static void
open_high_risk_gap_fires (Fixture *f, gconstpointer data)
{
  VbQuestion *q = question_of (f->project, TRUE);
  VbQuestion *q2 = question_of (f->project, TRUE);
  VbRecord *v = vendor (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbFinding *finding;

  /* two high-risk questions, neither answered: 2 open */
  finding = assert_finding (f->guide, "responses.open-high-risk-gap", VB_STAGE_RESPONSES, VB_FINDING_WARNING,
                            vb_record_get_uuid (v), "Acme");
  g_assert_true (vbt_contains_ci (vb_finding_get_message (finding), "2 high-risk"));
  /* "partly" leaves it open: still 2 */
  record_question_answer (q, v, VB_ANSWER_PARTLY);
  finding = assert_finding (f->guide, "responses.open-high-risk-gap", VB_STAGE_RESPONSES, VB_FINDING_WARNING,
                            vb_record_get_uuid (v), NULL);
  g_assert_true (vbt_contains_ci (vb_finding_get_message (finding), "2 high-risk"));
  /* the second one answered safely: 1 open */
  record_question_answer (q2, v, VB_ANSWER_YES);
  finding = assert_finding (f->guide, "responses.open-high-risk-gap", VB_STAGE_RESPONSES, VB_FINDING_WARNING,
                            vb_record_get_uuid (v), NULL);
  g_assert_true (vbt_contains_ci (vb_finding_get_message (finding), "1 high-risk"));
}

static void
open_high_risk_gap_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbQuestion *q = question_of (f->project, TRUE);
  VbQuestion *low = question_of (f->project, FALSE);
  VbRecord *v = vendor (f->project, "Acme", VB_VENDOR_STATUS_SHORTLIST);
  VbRecord *w;

  /* a shortlisted vendor's gaps are not a finalist's */
  assert_no_finding (f->guide, "responses.open-high-risk-gap");
  g_assert_true (vb_vendor_set_status (VB_VENDOR (v), VB_VENDOR_STATUS_FINALIST, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find (f->guide, "responses.open-high-risk-gap", vb_record_get_uuid (v)));
  /* a "no" is a knock-out, not a gap; an unanswered low-risk question is no gap */
  record_question_answer (q, v, VB_ANSWER_NO);
  assert_no_finding (f->guide, "responses.open-high-risk-gap");
  /* "partly" with an accepted exception is decided */
  record_question_answer (q, v, VB_ANSWER_PARTLY);
  g_assert_nonnull (find (f->guide, "responses.open-high-risk-gap", vb_record_get_uuid (v)));
  accept_exception (vb_question_get_response_of (q, VB_VENDOR (v)), "Encryption lands in March, in the contract");
  assert_no_finding (f->guide, "responses.open-high-risk-gap");
  /* a domain switched out of the score does not count */
  w = vendor (f->project, "Globex", VB_VENDOR_STATUS_FINALIST);
  g_assert_nonnull (find (f->guide, "responses.open-high-risk-gap", vb_record_get_uuid (w)));
  g_assert_true (vb_question_domain_set_included (vb_question_get_domain (q), FALSE, &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "responses.open-high-risk-gap");
  (void) low;
}

static void
knockout_undecided_fires (Fixture *f, gconstpointer data)
{
  VbRequirement *must = requirement_of (f->project, VB_PRIORITY_MUST);
  VbQuestion *q = question_of (f->project, TRUE);
  VbRecord *v = vendor (f->project, "Acme", VB_VENDOR_STATUS_SHORTLIST);
  VbRecord *w = vendor (f->project, "Globex", VB_VENDOR_STATUS_FINALIST);
  VbFinding *finding;

  /* "does not meet" on a must-have */
  answer_requirement (must, v, VB_ANSWER_DOES_NOT_MEET);
  finding = assert_finding (f->guide, "responses.knockout-undecided", VB_STAGE_RESPONSES, VB_FINDING_WARNING,
                            vb_record_get_uuid (v), "Acme");
  g_assert_true (vbt_contains_ci (vb_finding_get_message (finding), "1 must-have"));
  /* "no" to a high-risk question whose safe answer is yes: 2 */
  record_question_answer (q, v, VB_ANSWER_NO);
  finding = assert_finding (f->guide, "responses.knockout-undecided", VB_STAGE_RESPONSES, VB_FINDING_WARNING,
                            vb_record_get_uuid (v), NULL);
  g_assert_true (vbt_contains_ci (vb_finding_get_message (finding), "2 must-have"));
  g_assert_null (find (f->guide, "responses.knockout-undecided", vb_record_get_uuid (w)));
  /* the other way round: safe answer no, vendor says yes */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (vb_question_set_expected_answer (q, VB_YES_NO_NO, &error));
    g_assert_no_error (error);
  }
  record_question_answer (q, w, VB_ANSWER_YES);
  assert_finding (f->guide, "responses.knockout-undecided", VB_STAGE_RESPONSES, VB_FINDING_WARNING,
                  vb_record_get_uuid (w), "Globex");
}

static void
knockout_undecided_quiet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRequirement *must = requirement_of (f->project, VB_PRIORITY_MUST);
  VbRequirement *should = requirement_of (f->project, VB_PRIORITY_SHOULD);
  VbQuestion *q = question_of (f->project, TRUE);
  VbQuestion *low = question_of (f->project, FALSE);
  VbRecord *v = vendor (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbRecord *gone = vendor (f->project, "Hooli", VB_VENDOR_STATUS_REJECTED);

  /* not knock-outs: "partly" on a must-have (a warning of the page), "does
   * not meet" on a should-have, "no" to a low-risk question, "partly" to a
   * high-risk one (a gap), and a rejected vendor's */
  answer_requirement (must, v, VB_ANSWER_PARTLY);
  answer_requirement (should, v, VB_ANSWER_DOES_NOT_MEET);
  record_question_answer (low, v, VB_ANSWER_NO);
  record_question_answer (q, v, VB_ANSWER_PARTLY);
  answer_requirement (must, gone, VB_ANSWER_DOES_NOT_MEET);
  assert_no_finding (f->guide, "responses.knockout-undecided");

  /* a knock-out with an accepted exception is decided */
  answer_requirement (must, v, VB_ANSWER_DOES_NOT_MEET);
  g_assert_nonnull (find (f->guide, "responses.knockout-undecided", vb_record_get_uuid (v)));
  accept_exception (vb_requirement_get_response_of (must, VB_VENDOR (v)), "We add it by contract clause");
  assert_no_finding (f->guide, "responses.knockout-undecided");

  /* a must-have left out of the RFP does not count */
  accept_exception (vb_requirement_get_response_of (must, VB_VENDOR (v)), "");
  g_assert_nonnull (find (f->guide, "responses.knockout-undecided", vb_record_get_uuid (v)));
  g_assert_true (vb_requirement_set_included (must, FALSE, &error));
  g_assert_no_error (error);
  assert_no_finding (f->guide, "responses.knockout-undecided");
}

/* The rules count from each vendor's responses; the page shows
 * vb_vendor_scores_compute(): both say the same */
static void
responses_rules_agree_with_scores (Fixture *f, gconstpointer data)
{
  VbRequirement *r[4];
  VbQuestion *q[5];
  VbRecord *v = vendor (f->project, "Acme", VB_VENDOR_STATUS_FINALIST);
  g_autoptr(VbVendorScores) scores = NULL;
  VbFinding *ko, *gap;
  g_autofree char *ko_words = NULL, *gap_words = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (r); i++)
    r[i] = requirement_of (f->project, i < 3 ? VB_PRIORITY_MUST : VB_PRIORITY_NICE);
  for (guint i = 0; i < G_N_ELEMENTS (q); i++)
    q[i] = question_of (f->project, i < 4);
  answer_requirement (r[0], v, VB_ANSWER_DOES_NOT_MEET);     /* knock-out */
  answer_requirement (r[1], v, VB_ANSWER_DOES_NOT_MEET);     /* knock-out, accepted below */
  answer_requirement (r[2], v, VB_ANSWER_PARTLY);            /* a warning only */
  answer_requirement (r[3], v, VB_ANSWER_DOES_NOT_MEET);     /* nice-to-have: nothing */
  record_question_answer (q[0], v, VB_ANSWER_NO);                   /* knock-out */
  record_question_answer (q[1], v, VB_ANSWER_PARTLY);               /* gap */
  /* q[2] not answered: gap; q[3] answered not applicable: closed */
  record_question_answer (q[3], v, VB_ANSWER_NOT_APPLICABLE);
  record_question_answer (q[4], v, VB_ANSWER_NO);                   /* low risk: nothing */
  accept_exception (vb_requirement_get_response_of (r[1], VB_VENDOR (v)), "Covered by the contract");

  /* by hand: open knock-outs r[0], q[0] = 2; open gaps q[1], q[2] = 2 */
  scores = vb_vendor_scores_compute (VB_VENDOR (v));
  g_assert_cmpuint (scores->requirements->n_knockouts_open + scores->compliance->n_knockouts_open, ==, 2);
  g_assert_cmpuint (scores->compliance->n_gaps_open, ==, 2);
  ko = find (f->guide, "responses.knockout-undecided", vb_record_get_uuid (v));
  gap = find (f->guide, "responses.open-high-risk-gap", vb_record_get_uuid (v));
  g_assert_nonnull (ko);
  g_assert_nonnull (gap);
  ko_words = g_strdup_printf ("%u must-have", scores->requirements->n_knockouts_open + scores->compliance->n_knockouts_open);
  gap_words = g_strdup_printf ("%u high-risk", scores->compliance->n_gaps_open);
  g_assert_true (vbt_contains_ci (vb_finding_get_message (ko), ko_words));
  g_assert_true (vbt_contains_ci (vb_finding_get_message (gap), gap_words));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide/all-rules-tested", test_all_rules_tested);
  g_test_add_func ("/guide/stage-ids", test_stage_ids);
#define ADD(path, func) g_test_add ("/guide/" path, Fixture, NULL, setup, func, teardown)
#define ADD_T(path, template, func) g_test_add ("/guide/" path, Fixture, template, setup, func, teardown)
  ADD ("rule/goals.no-objective/fires", no_objective_fires);
  ADD ("rule/goals.no-objective/quiet", no_objective_quiet);
  ADD ("rule/goals.objective-without-target/fires", objective_without_target_fires);
  ADD ("rule/goals.objective-without-target/quiet", objective_without_target_quiet);
  ADD_T ("rule/goals.example-objectives/fires", "customer-support", example_objectives_fires);
  ADD_T ("rule/goals.example-objectives/quiet", "it-help-desk", example_objectives_quiet);
  ADD ("rule/goals.example-objectives/quiet-blank", example_objectives_quiet_blank);
  ADD ("rule/goals.team-hours/fires", team_hours_fires);
  ADD ("rule/goals.team-hours/quiet", team_hours_quiet);
  ADD ("rule/goals.team-languages/fires", team_languages_fires);
  ADD ("rule/goals.team-languages/quiet", team_languages_quiet);
  ADD_T ("rule/goals.example-team/fires", "back-office", example_team_fires);
  ADD_T ("rule/goals.example-team/quiet", "back-office", example_team_quiet);
  ADD ("rule/goals.example-team/quiet-blank", example_team_quiet_blank);
  ADD ("rule/goals.no-task/fires", no_task_fires);
  ADD ("rule/goals.no-task/quiet", no_task_quiet);
  ADD ("rule/goals.task-incomplete/fires", task_incomplete_fires);
  ADD ("rule/goals.task-incomplete/quiet", task_incomplete_quiet);
  ADD_T ("rule/goals.example-tasks/fires", "customer-support", example_tasks_fires);
  ADD_T ("rule/goals.example-tasks/quiet", "customer-support", example_tasks_quiet);
  ADD ("rule/goals.outsource-against-rule/fires", outsource_against_rule_fires);
  ADD ("rule/goals.outsource-against-rule/quiet", outsource_against_rule_quiet);
  ADD ("rule/goals.too-much-too-early/fires", too_much_too_early_fires);
  ADD ("rule/goals.too-much-too-early/quiet", too_much_too_early_quiet);
  ADD ("rule/vendors.too-few/fires", too_few_fires);
  ADD ("rule/vendors.too-few/quiet", too_few_quiet);
  ADD ("rule/vendors.no-shortlist/fires", no_shortlist_fires);
  ADD ("rule/vendors.no-shortlist/quiet", no_shortlist_quiet);
  ADD ("rule/vendors.no-contact/fires", no_contact_fires);
  ADD ("rule/vendors.no-contact/quiet", no_contact_quiet);
  ADD ("rule/vendors.no-delivery-model/fires", no_delivery_model_fires);
  ADD ("rule/vendors.no-delivery-model/quiet", no_delivery_model_quiet);
  ADD ("rule/vendors.rejected-without-reason/fires", rejected_without_reason_fires);
  ADD ("rule/vendors.rejected-without-reason/quiet", rejected_without_reason_quiet);
  ADD ("rule/responses.finalist-without-responses/fires", finalist_without_responses_fires);
  ADD ("rule/responses.finalist-without-responses/quiet", finalist_without_responses_quiet);
  ADD ("rule/responses.open-high-risk-gap/fires", open_high_risk_gap_fires);
  ADD ("rule/responses.open-high-risk-gap/quiet", open_high_risk_gap_quiet);
  ADD ("rule/responses.knockout-undecided/fires", knockout_undecided_fires);
  ADD ("rule/responses.knockout-undecided/quiet", knockout_undecided_quiet);
  ADD ("responses-rules-agree-with-scores", responses_rules_agree_with_scores);
  ADD ("rule/requirements.none-included/fires", none_included_fires);
  ADD ("rule/requirements.none-included/quiet", none_included_quiet);
  ADD ("rule/requirements.no-must-have/fires", no_must_have_fires);
  ADD ("rule/requirements.no-must-have/quiet", no_must_have_quiet);
  ADD_T ("rule/requirements.no-must-have/quiet-template", "customer-support", no_must_have_quiet_template);
  ADD_T ("rule/requirements.example-items/fires", "customer-support", example_items_fires);
  ADD_T ("rule/requirements.example-items/quiet", "back-office", example_items_quiet);
  ADD ("rule/requirements.example-items/quiet-blank", example_items_quiet_blank);
  ADD ("rule/security.no-questionnaire/fires", no_questionnaire_fires);
  ADD ("rule/security.no-questionnaire/quiet", no_questionnaire_quiet);
  ADD ("rule/references.finalist-not-called/fires", finalist_not_called_fires);
  ADD ("rule/references.finalist-not-called/quiet", finalist_not_called_quiet);
  ADD ("rule/references.leader-not-called/fires", leader_not_called_fires);
  ADD ("rule/references.leader-not-called/quiet", leader_not_called_quiet);
  ADD ("ordering", test_ordering);
  ADD ("stages-and-progress", test_stages_and_progress);
  ADD ("dismiss", test_dismiss);
  ADD ("dismiss-other-findings-stay", test_dismiss_other_findings_stay);
  ADD ("restore", test_restore);
#undef ADD
#undef ADD_T
  g_test_add ("/guide/template-findings", Fixture, "customer-support", setup, test_template_findings, teardown);

  return g_test_run ();
}
