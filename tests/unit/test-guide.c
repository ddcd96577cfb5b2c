/* test-guide.c — every rule of the guidance engine, ordering, completion,
 * progress and dismissal
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vb-guide.h"
#include "vb-project-private.h"
#include "vb-test-util.h"

/* Every rule this file tests; a rule added without a test fails /guide/all-rules-tested */
static const char *const tested_rules[] = {
  "goals.no-objective",
  "goals.objective-without-target",
  "goals.team-hours",
  "goals.team-languages",
  "goals.no-task",
  "goals.task-incomplete",
  "goals.outsource-against-rule",
  "goals.too-much-too-early",
  "vendors.too-few",
  "vendors.no-shortlist",
  "vendors.no-contact",
  "vendors.no-delivery-model",
  "vendors.rejected-without-reason",
  "vendors.several-selected",
  NULL
};

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

static VbFinding *
assert_finding (VbGuide       *guide,
                const char    *rule,
                VbStage        stage,
                VbFindingKind  kind,
                const char    *subject,
                const char    *message_has)
{
  VbFinding *f = find (guide, rule, subject);

  if (f == NULL)
    g_error ("no finding of rule %s about “%s”", rule, subject ? subject : "(any)");
  g_test_message ("%s: %s", rule, vb_finding_get_message (f));
  g_assert_cmpint (vb_finding_get_stage (f), ==, stage);
  g_assert_cmpint (vb_finding_get_kind (f), ==, kind);
  g_assert_cmpstr (vb_finding_get_message (f), !=, "");
  g_assert_nonnull (vb_finding_get_action_label (f));
  g_assert_cmpstr (vb_finding_get_action_label (f), !=, "");
  if (message_has && !vbt_contains_ci (vb_finding_get_message (f), message_has))
    g_error ("the message “%s” does not name “%s”", vb_finding_get_message (f), message_has);
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

static VbRecord *
vendor (VbProject  *p,
        const char *name,
        const char *status)
{
  VbRecord *v = add (p, "vendor", "name", name);

  set_text (p, v, "status", status);
  return v;
}

/* ------------------------------------------------------------- rules */

static void
test_all_rules_tested (void)
{
  guint n;
  const VbRule *rules = vb_guide_rules (&n);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      VbStage stage;

      if (!g_strv_contains (tested_rules, rules[i].id))
        g_error ("the rule %s has no test in test-guide.c", rules[i].id);
      g_assert_nonnull (rules[i].evaluate);
      /* the id starts with its stage's id */
      g_assert_true (vb_stage_from_id (vb_stage_get_id (rules[i].stage), &stage));
      g_assert_cmpint (stage, ==, rules[i].stage);
      g_assert_true (g_str_has_prefix (rules[i].id, vb_stage_get_id (rules[i].stage)));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (rules[i].id, !=, rules[j].id);
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) tested_rules));
}

static void
test_no_objective (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.no-objective", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "outsourcing");
  add (f->project, "objective", "title", "Faster answers");
  assert_no_finding (f->guide, "goals.no-objective");
}

static void
test_objective_without_target (Fixture *f, gconstpointer data)
{
  VbRecord *o = add (f->project, "objective", "title", "Faster answers");
  VbRecord *o2 = add (f->project, "objective", "title", "Cheaper contacts");

  set_text (f->project, o2, "target", "20% lower");
  assert_finding (f->guide, "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (o), "Faster answers");
  g_assert_null (find (f->guide, "goals.objective-without-target", vb_record_get_uuid (o2)));
  set_text (f->project, o, "target", "   ");   /* blank is no target */
  assert_finding (f->guide, "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (o), "Faster answers");
  set_text (f->project, o, "target", "Emails within 4 hours");
  assert_no_finding (f->guide, "goals.objective-without-target");
}

static void
test_team_hours (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.team-hours", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "hours");
  set_int (f->project, vb_project_get_settings (f->project), "team_days", 0x1f);
  assert_no_finding (f->guide, "goals.team-hours");
}

static void
test_team_languages (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "languages");
  set_text (f->project, vb_project_get_settings (f->project), "team_languages", "  ");
  assert_finding (f->guide, "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "languages");
  set_text (f->project, vb_project_get_settings (f->project), "team_languages", "English");
  assert_no_finding (f->guide, "goals.team-languages");
}

static void
test_no_task (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "goals.no-task", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, "", "tasks");
  add (f->project, "task", "name", "Refunds");
  assert_no_finding (f->guide, "goals.no-task");
}

static void
test_task_incomplete (Fixture *f, gconstpointer data)
{
  VbRecord *t = add (f->project, "task", "name", "Refunds");
  VbRecord *done = complete_task (f->project, "Order status", "routine", 100, 3);

  assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (t), "Refunds");
  assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (t),
                  "monthly volume");
  g_assert_null (find (f->guide, "goals.task-incomplete", vb_record_get_uuid (done)));
  set_real (f->project, t, "monthly_volume", 200);
  {
    VbFinding *fi = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                                    vb_record_get_uuid (t), "handle time");
    g_assert_false (vbt_contains_ci (vb_finding_get_message (fi), "monthly volume"));
  }
  set_real (f->project, t, "handle_minutes", 0);   /* zero is not a handle time */
  assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (t),
                  "handle time");
  set_real (f->project, t, "handle_minutes", 5);
  assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (t),
                  "kind of work");
  set_text (f->project, t, "work_kind", "judgment");
  assert_no_finding (f->guide, "goals.task-incomplete");
  /* an unnamed task still gets a name in the message */
  {
    VbRecord *u = add (f->project, "task", NULL, NULL);
    VbFinding *fi = assert_finding (f->guide, "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP,
                                    vb_record_get_uuid (u), NULL);
    g_assert_false (strstr (vb_finding_get_message (fi), "“”") != NULL);
  }
}

static void
test_outsource_against_rule (Fixture *f, gconstpointer data)
{
  VbRecord *t = complete_task (f->project, "Tier 2 troubleshooting", "technical", 400, 20);
  VbRecord *ok = complete_task (f->project, "Order status", "routine", 4000, 5);

  set_text (f->project, ok, "decision", "outsource");
  assert_no_finding (f->guide, "goals.outsource-against-rule");
  set_text (f->project, t, "decision", "hybrid");
  assert_no_finding (f->guide, "goals.outsource-against-rule");
  set_text (f->project, t, "decision", "outsource");
  assert_finding (f->guide, "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING,
                  vb_record_get_uuid (t), "Tier 2 troubleshooting");
  /* the message gives the rule's reason */
  assert_finding (f->guide, "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING,
                  vb_record_get_uuid (t), "product knowledge");
  set_text (f->project, t, "decision", "keep");
  assert_no_finding (f->guide, "goals.outsource-against-rule");
}

static void
test_too_much_too_early (Fixture *f, gconstpointer data)
{
  VbRecord *a = complete_task (f->project, "Order status", "routine", 3000, 5);
  VbRecord *b = complete_task (f->project, "Returns", "routine", 2000, 6);
  VbRecord *c;

  /* two tasks are not enough to judge */
  assert_no_finding (f->guide, "goals.too-much-too-early");
  c = complete_task (f->project, "Billing", "routine", 1000, 6);
  assert_finding (f->guide, "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, "", "100");
  /* a large kept task brings the share below 80 % */
  set_text (f->project, c, "decision", "keep");
  set_real (f->project, c, "monthly_volume", 9000);
  assert_no_finding (f->guide, "goals.too-much-too-early");
  /* the user's decisions count before the suggestions */
  set_text (f->project, c, "decision", "outsource");
  assert_finding (f->guide, "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, "", "%");
  set_text (f->project, a, "decision", "hybrid");
  set_text (f->project, b, "decision", "hybrid");
  assert_no_finding (f->guide, "goals.too-much-too-early");
}

static void
test_too_few_vendors (Fixture *f, gconstpointer data)
{
  assert_finding (f->guide, "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", "you have 0");
  vendor (f->project, "A", "long-list");
  vendor (f->project, "B", "rejected");
  assert_finding (f->guide, "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", "you have 2");
  vendor (f->project, "C", "long-list");
  assert_no_finding (f->guide, "vendors.too-few");
}

static void
test_no_shortlist (Fixture *f, gconstpointer data)
{
  VbRecord *a = vendor (f->project, "A", "long-list");

  vendor (f->project, "B", "long-list");
  assert_no_finding (f->guide, "vendors.no-shortlist");   /* too few to shortlist yet */
  vendor (f->project, "C", "rejected");
  assert_finding (f->guide, "vendors.no-shortlist", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", "shortlist");
  set_text (f->project, a, "status", "finalist");
  assert_no_finding (f->guide, "vendors.no-shortlist");
  set_text (f->project, a, "status", "selected");
  assert_no_finding (f->guide, "vendors.no-shortlist");
  set_text (f->project, a, "status", "shortlist");
  assert_no_finding (f->guide, "vendors.no-shortlist");
}

static void
test_no_contact (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (f->project, "Acme Support", "shortlist");
  VbRecord *b = vendor (f->project, "Globex", "long-list");
  VbRecord *c;

  assert_finding (f->guide, "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (a),
                  "Acme Support");
  g_assert_null (find (f->guide, "vendors.no-contact", vb_record_get_uuid (b)));
  /* a contact of another vendor does not count */
  g_assert_nonnull (vb_project_add_child (f->project, "contact", "vendor_id", b, &error));
  assert_finding (f->guide, "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (a), NULL);
  c = vb_project_add_child (f->project, "contact", "vendor_id", a, &error);
  g_assert_no_error (error);
  assert_no_finding (f->guide, "vendors.no-contact");
  g_assert_true (vb_project_remove (f->project, c, &error));
  assert_finding (f->guide, "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, vb_record_get_uuid (a), NULL);
}

static void
test_no_delivery_model (Fixture *f, gconstpointer data)
{
  VbRecord *a = vendor (f->project, "Acme Support", "finalist");

  vendor (f->project, "Globex", "long-list");
  assert_finding (f->guide, "vendors.no-delivery-model", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP,
                  vb_record_get_uuid (a), "Acme Support");
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP), >=, 1);
  set_text (f->project, a, "delivery_model", "offshore");
  assert_no_finding (f->guide, "vendors.no-delivery-model");
}

static void
test_rejected_without_reason (Fixture *f, gconstpointer data)
{
  VbRecord *a = vendor (f->project, "Initech", "rejected");
  VbRecord *b = vendor (f->project, "Globex", "rejected");

  set_text (f->project, b, "rejection_reason", "No Spanish");
  assert_finding (f->guide, "vendors.rejected-without-reason", VB_STAGE_VENDORS, VB_FINDING_WARNING,
                  vb_record_get_uuid (a), "Initech");
  g_assert_null (find (f->guide, "vendors.rejected-without-reason", vb_record_get_uuid (b)));
  set_text (f->project, a, "rejection_reason", "Too expensive");
  assert_no_finding (f->guide, "vendors.rejected-without-reason");
}

static void
test_several_selected (Fixture *f, gconstpointer data)
{
  VbRecord *a = vendor (f->project, "A", "selected");
  VbRecord *b = vendor (f->project, "B", "finalist");

  assert_no_finding (f->guide, "vendors.several-selected");
  set_text (f->project, b, "status", "selected");
  assert_finding (f->guide, "vendors.several-selected", VB_STAGE_VENDORS, VB_FINDING_BLOCKER, "", "2 vendors");
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  set_text (f->project, a, "status", "finalist");
  assert_no_finding (f->guide, "vendors.several-selected");
}

/* ---------------------------------------------- order, stages, progress */

static void
test_ordering (Fixture *f, gconstpointer data)
{
  GListModel *findings = vb_guide_get_findings (f->guide);
  guint n;
  VbFindingKind last_kind = VB_FINDING_BLOCKER;
  VbStage last_stage = VB_STAGE_DASHBOARD;

  vendor (f->project, "A", "selected");
  vendor (f->project, "B", "selected");
  vendor (f->project, "C", "rejected");
  set_text (f->project, complete_task (f->project, "Tier 2", "technical", 100, 10), "decision", "outsource");

  n = g_list_model_get_n_items (findings);
  g_assert_cmpuint (n, >=, 5);
  {
    g_autoptr(VbFinding) first = g_list_model_get_item (findings, 0);
    g_assert_cmpint (vb_finding_get_kind (first), ==, VB_FINDING_BLOCKER);
    g_assert_cmpstr (vb_finding_get_rule_id (first), ==, "vendors.several-selected");
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) fi = g_list_model_get_item (findings, i);
      VbFindingKind kind = vb_finding_get_kind (fi);

      g_assert_cmpint (kind, >=, last_kind);
      if (kind != last_kind)
        last_stage = VB_STAGE_DASHBOARD;
      g_assert_cmpint (vb_finding_get_stage (fi), >=, last_stage);
      last_kind = kind;
      last_stage = vb_finding_get_stage (fi);
    }
  /* a warning of the goals stage after the blocker of the vendors stage */
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_GOALS, VB_FINDING_WARNING), ==, 1);
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_VENDORS, VB_FINDING_WARNING), ==, 1);
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_VENDORS, VB_FINDING_BLOCKER), ==, 1);
  /* findings per stage */
  {
    g_autoptr(GPtrArray) goals = vb_guide_get_stage_findings (f->guide, VB_STAGE_GOALS);
    for (guint i = 0; i < goals->len; i++)
      g_assert_cmpint (vb_finding_get_stage (g_ptr_array_index (goals, i)), ==, VB_STAGE_GOALS);
    g_assert_cmpuint (goals->len, >=, 1);
  }
}

static void
test_stages_and_progress (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbRecord *settings = vb_project_get_settings (p);
  VbRecord *o, *a, *tier2;
  g_autoptr(GError) error = NULL;

  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  g_assert_cmpfloat (vb_guide_get_progress (f->guide), ==, 0);
  /* a stage that has no rules yet is complete */
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_PRICING));

  o = add (p, "objective", "title", "Faster answers");
  set_text (p, o, "target", "Chats within a minute");
  set_int (p, settings, "team_days", 0x1f);
  set_text (p, settings, "team_languages", "English");
  tier2 = complete_task (p, "Tier 2", "technical", 100, 10);
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));

  /* the available stages besides the dashboard */
  {
    guint available = 0;
    for (VbStage s = VB_STAGE_GOALS; s < VB_N_STAGES; s++)
      available += vb_stage_is_available (s);
    g_assert_cmpuint (available, >=, 2);
    g_assert_cmpfloat_with_epsilon (vb_guide_get_progress (f->guide), 1.0 / available, 1e-9);
  }

  /* a warning does not keep a stage from being complete */
  set_text (p, tier2, "decision", "outsource");
  g_assert_cmpuint (vb_guide_count_open (f->guide, VB_STAGE_GOALS, VB_FINDING_WARNING), ==, 1);
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_GOALS));

  a = vendor (p, "A", "shortlist");
  vendor (p, "B", "long-list");
  vendor (p, "C", "rejected");
  set_text (p, a, "delivery_model", "onshore");
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));   /* no contact yet */
  g_assert_nonnull (vb_project_add_child (p, "contact", "vendor_id", a, &error));
  g_assert_true (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  g_assert_cmpfloat (vb_guide_get_progress (f->guide), ==, 1.0);

  /* undo reopens the stage */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_false (vb_guide_stage_is_complete (f->guide, VB_STAGE_VENDORS));
  g_assert_cmpfloat (vb_guide_get_progress (f->guide), <, 1.0);
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
    }
  {
    VbStage back = VB_STAGE_GOALS;
    g_assert_false (vb_stage_from_id ("nope", &back));
  }
  g_assert_cmpstr (vb_finding_kind_to_string (VB_FINDING_BLOCKER), ==, "blocker");
  g_assert_cmpstr (vb_finding_kind_to_string (VB_FINDING_WARNING), ==, "warning");
  g_assert_cmpstr (vb_finding_kind_to_string (VB_FINDING_NEXT_STEP), ==, "next-step");
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
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *a = vendor (p, "Acme", "shortlist");
  VbRecord *b = vendor (p, "Globex", "shortlist");
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
  VbRecord *a = vendor (p, "Acme", "shortlist");
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
  /* a seeded template has its goals mostly done: objectives with targets,
   * team hours and languages, complete tasks */
  assert_no_finding (f->guide, "goals.no-objective");
  assert_no_finding (f->guide, "goals.objective-without-target");
  assert_no_finding (f->guide, "goals.team-hours");
  assert_no_finding (f->guide, "goals.team-languages");
  assert_no_finding (f->guide, "goals.no-task");
  assert_no_finding (f->guide, "goals.task-incomplete");
  assert_finding (f->guide, "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, "", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide/all-rules-tested", test_all_rules_tested);
  g_test_add_func ("/guide/stage-ids", test_stage_ids);
#define ADD(path, func) g_test_add ("/guide/" path, Fixture, NULL, setup, func, teardown)
  ADD ("rule/no-objective", test_no_objective);
  ADD ("rule/objective-without-target", test_objective_without_target);
  ADD ("rule/team-hours", test_team_hours);
  ADD ("rule/team-languages", test_team_languages);
  ADD ("rule/no-task", test_no_task);
  ADD ("rule/task-incomplete", test_task_incomplete);
  ADD ("rule/outsource-against-rule", test_outsource_against_rule);
  ADD ("rule/too-much-too-early", test_too_much_too_early);
  ADD ("rule/too-few-vendors", test_too_few_vendors);
  ADD ("rule/no-shortlist", test_no_shortlist);
  ADD ("rule/no-contact", test_no_contact);
  ADD ("rule/no-delivery-model", test_no_delivery_model);
  ADD ("rule/rejected-without-reason", test_rejected_without_reason);
  ADD ("rule/several-selected", test_several_selected);
  ADD ("ordering", test_ordering);
  ADD ("stages-and-progress", test_stages_and_progress);
  ADD ("dismiss", test_dismiss);
  ADD ("dismiss-other-findings-stay", test_dismiss_other_findings_stay);
  ADD ("restore", test_restore);
#undef ADD
  g_test_add ("/guide/template-findings", Fixture, "customer-support", setup, test_template_findings, teardown);

  return g_test_run ();
}
