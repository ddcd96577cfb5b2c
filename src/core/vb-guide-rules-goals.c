/* vb-guide-rules-goals.c — the guidance rules of Goals & scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the Goals & scope stage: objectives, the team and the task
 * inventory. Their rows are in the one rules table (vb-guide-rules.c).
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-guide-rules.h"
#include "vb-objective.h"
#include "vb-outsourcing.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-record-list.h"
#include "vb-record-private.h"
#include "vb-task.h"
#define TOO_MUCH_SHARE 0.8
#define TOO_MUCH_MIN_TASKS 3

/* ------------------------------------------------------ Goals & scope */

void
rule_no_objective (VbRuleContext *ctx)
{
  if (g_list_model_get_n_items (vb_project_get_objectives (vb_rule_context_get_project (ctx))) == 0)
    vb_rule_context_emit (ctx, NULL, NULL, _("Add an objective"),
                          _("Say what you want from outsourcing — faster answers, lower cost, longer hours, "
                            "more languages — so that vendors and SLAs can be judged against it."));
}

void
rule_objective_without_target (VbRuleContext *ctx)
{
  GListModel *objectives = vb_project_get_objectives (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (objectives);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbObjective) objective = g_list_model_get_item (objectives, i);

      if (!vb_objective_has_target (objective))
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (objective)),
                              vb_record_get_modified (VB_RECORD (objective)), _("Set a target"),
                              _("Give the objective “%s” a target in words, such as “emails answered within "
                                "4 hours”."), vb_guide_label_or (VB_RECORD (objective), _("Untitled")));
    }
}

void
rule_example_objectives (VbRuleContext *ctx)
{
  guint count;
  VbRecord *first = vb_guide_first_example (vb_project_get_objectives (vb_rule_context_get_project (ctx)), &count);
  g_autofree char *fingerprint = NULL;

  if (first == NULL)
    return;
  fingerprint = g_strdup_printf ("%u", count);
  vb_rule_context_emit (ctx, vb_record_get_uuid (first), fingerprint, _("Check the examples"),
                        ngettext ("%u objective is an example from the template. Keep it, change it or "
                                  "remove it: it is yours once you have checked it.",
                                  "%u objectives are examples from the template. Keep, change or remove "
                                  "each: they are yours once you have checked them.", count),
                        count);
}

void
rule_team_hours (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_project_settings_get_team_days (settings) == 0)
    vb_rule_context_emit (ctx, NULL, vb_record_get_modified (VB_RECORD (settings)),
                          _("Set your team’s hours"),
                          _("Say when your own team works: tasks that need cover outside those hours are "
                            "candidates to outsource."));
}

void
rule_team_languages (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_str_is_blank (vb_project_settings_get_team_languages (settings)))
    vb_rule_context_emit (ctx, NULL, vb_record_get_modified (VB_RECORD (settings)),
                          _("Set your team’s languages"),
                          _("List the languages your team speaks: tasks in other languages are candidates "
                            "to outsource."));
}

void
rule_example_team (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_project_settings_get_team_example (settings) && vb_project_settings_get_team_days (settings) != 0)
    vb_rule_context_emit (ctx, NULL, NULL, _("Check your team’s hours"),
                          _("Your team’s hours, time zone and languages are the template’s example. "
                            "Check them: the suggestions depend on them."));
}

void
rule_no_task (VbRuleContext *ctx)
{
  if (g_list_model_get_n_items (vb_project_get_tasks (vb_rule_context_get_project (ctx))) == 0)
    vb_rule_context_emit (ctx, NULL, NULL, _("Add a task"),
                          _("List the tasks your team does today, with their monthly volume and handle time: "
                            "they show what to outsource and what it costs in-house."));
}

/* The property of the first field a task still needs, in the editor's order */
static const char *
missing_field (VbTaskMissing missing)
{
  if (missing & VB_TASK_MISSING_WORK_KIND)
    return "work-kind";
  if (missing & VB_TASK_MISSING_VOLUME)
    return "monthly-volume";
  return "handle-minutes";
}

/* The task inventory as the Goals rules of a pass read it, with what the
 * four rules that go over every task ask of each. What a task gives is
 * kept from pass to pass: after an edit of tasks in place the store names
 * the ones that changed (vb_project_get_changed_rows ()) and only those
 * are read again; after a task was added, removed or moved the rows are
 * walked (borrowed: nothing changes during a pass), and a task unchanged
 * at its last place (its revision tells) is not read again either. */
typedef struct {
  VbTask        *task;
  guint64        revision;     /* the task's when these were read */
  VbTaskMissing  missing;
  VbSourcing     decision;
  double         hours;        /* workload a month */
  gboolean       example;
  guint64        settings;     /* the settings' serial when the plan was made, 0: not yet */
  VbSourcing     plan;         /* the decision, else the suggestion (task_plans ()) */
  gboolean       against_rule; /* outsourced, but the rule says keep (task_plans ()) */
} TaskFacts;

/* Kept from pass to pass (vb_rule_context_get_kept ()) */
typedef struct {
  GArray     *tasks;         /* TaskFacts of the last pass, in their order */
  GHashTable *index;         /* VbTask → its place in @tasks + 1 */
  guint64     serial;        /* the task table's then */
} TaskKept;

typedef struct {
  GArray     *tasks;         /* TaskFacts, in their order: the kept ones */
  guint       n_examples;
  VbTask     *first_example;
  gboolean    planned;       /* plan and against_rule are set */
  GArray     *last;          /* the walk's: the tasks of the last pass */
} TaskWalk;

static void
task_kept_free (gpointer data)
{
  TaskKept *kept = data;

  g_clear_pointer (&kept->tasks, g_array_unref);
  g_hash_table_unref (kept->index);
  g_free (kept);
}

static gpointer
task_kept_new (VbProject *project)
{
  TaskKept *kept = g_new0 (TaskKept, 1);

  kept->index = g_hash_table_new (NULL, NULL);
  return kept;
}

static void
task_walk_free (gpointer data)
{
  TaskWalk *walk = data;

  g_clear_pointer (&walk->tasks, g_array_unref);
  g_free (walk);
}

static gpointer
task_walk_new (VbProject *project)
{
  return g_new0 (TaskWalk, 1);
}

static TaskFacts
task_facts (VbTask  *task,
            guint64  revision)
{
  return (TaskFacts) { task, revision, vb_task_get_missing (task), vb_task_get_decision (task),
                       vb_task_get_workload_hours (task), vb_record_get_example ((VbRecord *) task),
                       0, VB_SOURCING_UNSET, FALSE };
}

static void
task_walk_add (gpointer data,
               gpointer user_data)
{
  VbTask *task = data;
  TaskWalk *walk = user_data;
  /* a plain cast: the list holds tasks, and this runs for every one */
  guint64 revision = vb_record_get_revision ((VbRecord *) task);
  guint i = walk->tasks->len;
  TaskFacts facts;

  /* the same task at the same place, unchanged (a revision is never the
   * same for two tasks, nor after a change); else read again, as after a
   * task was added or moved above it */
  if (walk->last != NULL && i < walk->last->len && g_array_index (walk->last, TaskFacts, i).task == task &&
      g_array_index (walk->last, TaskFacts, i).revision == revision)
    facts = g_array_index (walk->last, TaskFacts, i);
  else
    facts = task_facts (task, revision);
  g_array_append_val (walk->tasks, facts);
}

/* Only the tasks the store names as changed in place since the last pass,
 * read again; FALSE: it cannot name them */
static gboolean
task_walk_update (TaskKept  *kept,
                  VbProject *project)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();

  if (kept->tasks == NULL || !vb_project_get_changed_rows (project, "task", kept->serial, changed))
    return FALSE;
  for (guint k = 0; k < changed->len; k++)
    {
      VbTask *task = changed->pdata[k];
      guint i = GPOINTER_TO_UINT (g_hash_table_lookup (kept->index, task));
      guint64 revision = vb_record_get_revision (VB_RECORD (task));
      TaskFacts *facts;

      if (i == 0)
        return FALSE;   /* cannot be: every task is in the walk */
      facts = &g_array_index (kept->tasks, TaskFacts, i - 1);
      if (facts->revision != revision)
        *facts = task_facts (task, revision);
    }
  return TRUE;
}

static TaskWalk *
task_walk (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  TaskWalk *walk = vb_rule_context_get_fact (ctx, "task-walk", task_walk_new, task_walk_free);
  TaskKept *kept;

  if (walk->tasks != NULL)
    return walk;
  kept = vb_rule_context_get_kept (ctx, "task-facts", task_kept_new, task_kept_free);
  if (task_walk_update (kept, project))
    walk->tasks = g_array_ref (kept->tasks);
  else
    {
      GListModel *tasks = vb_project_get_tasks (project);

      walk->tasks = g_array_sized_new (FALSE, FALSE, sizeof (TaskFacts), g_list_model_get_n_items (tasks));
      walk->last = kept->tasks;
      vb_record_list_foreach (VB_RECORD_LIST (tasks), task_walk_add, walk);
      walk->last = NULL;
      /* this pass's for the next (the plans task_plans () makes go with it) */
      g_clear_pointer (&kept->tasks, g_array_unref);
      kept->tasks = g_array_ref (walk->tasks);
      g_hash_table_remove_all (kept->index);
      for (guint i = 0; i < kept->tasks->len; i++)
        g_hash_table_insert (kept->index, g_array_index (kept->tasks, TaskFacts, i).task, GUINT_TO_POINTER (i + 1));
    }
  kept->serial = vb_project_get_table_serial (project, "task");
  for (guint i = 0; i < walk->tasks->len; i++)
    if (g_array_index (walk->tasks, TaskFacts, i).example && walk->n_examples++ == 0)
      walk->first_example = g_array_index (walk->tasks, TaskFacts, i).task;
  return walk;
}

/* The walk with each task's plan: the outsourcing rule's suggestion reads
 * the team's settings, so only the rules that name the project's table
 * ask for it. Kept as the rest, until the task or the settings change. */
static GArray *
task_plans (VbRuleContext *ctx)
{
  TaskWalk *walk = task_walk (ctx);
  VbProject *project = vb_rule_context_get_project (ctx);
  VbProjectSettings *settings = vb_project_get_settings (project);
  guint64 serial = vb_project_get_table_serial (project, "project");

  if (walk->planned)
    return walk->tasks;
  for (guint i = 0; i < walk->tasks->len; i++)
    {
      TaskFacts *facts = &g_array_index (walk->tasks, TaskFacts, i);

      if (facts->settings != serial)
        {
          /* the suggestion only where it counts: it is the dearest part */
          facts->plan = facts->decision != VB_SOURCING_UNSET
                          ? facts->decision : vb_outsourcing_suggest (facts->task, settings, NULL);
          facts->against_rule = facts->decision == VB_SOURCING_OUTSOURCE &&
                                vb_outsourcing_suggest (facts->task, settings, NULL) == VB_SOURCING_KEEP;
          facts->settings = serial;
        }
    }
  walk->planned = TRUE;
  return walk->tasks;
}

void
rule_task_incomplete (VbRuleContext *ctx)
{
  GArray *tasks = task_walk (ctx)->tasks;

  for (guint i = 0; i < tasks->len; i++)
    {
      VbTask *task = g_array_index (tasks, TaskFacts, i).task;
      VbTaskMissing missing = g_array_index (tasks, TaskFacts, i).missing;
      g_autoptr(GPtrArray) parts = NULL;
      g_autofree char *list = NULL;
      VbFinding *f;

      if (missing == VB_TASK_MISSING_NONE)
        continue;
      parts = g_ptr_array_new ();
      if (missing & VB_TASK_MISSING_VOLUME)
        g_ptr_array_add (parts, _("monthly volume"));
      if (missing & VB_TASK_MISSING_HANDLE_TIME)
        g_ptr_array_add (parts, _("handle time"));
      if (missing & VB_TASK_MISSING_WORK_KIND)
        g_ptr_array_add (parts, _("kind of work"));
      g_ptr_array_add (parts, NULL);
      list = vb_format_list ((const char *const *) parts->pdata);
      f = vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (task)), vb_record_get_modified (VB_RECORD (task)),
                                _("Complete the task"),
                                _("The task “%s” needs its %s."), vb_guide_label_or (VB_RECORD (task), _("Untitled")), list);
      vb_finding_set_field (f, missing_field (missing));
    }
}

void
rule_example_tasks (VbRuleContext *ctx)
{
  TaskWalk *walk = task_walk (ctx);
  guint count = walk->n_examples;
  g_autofree char *fingerprint = NULL;

  if (walk->first_example == NULL)
    return;
  fingerprint = g_strdup_printf ("%u", count);
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (walk->first_example)), fingerprint,
                        _("Check the examples"),
                        ngettext ("%u task is an example from the template. Check its figures against your "
                                  "own, then keep, change or remove it.",
                                  "%u tasks are examples from the template. Check their figures against your "
                                  "own, then keep, change or remove each.", count),
                        count);
}

void
rule_outsource_against_rule (VbRuleContext *ctx)
{
  GArray *tasks = task_plans (ctx);

  for (guint i = 0; i < tasks->len; i++)
    {
      VbTask *task = g_array_index (tasks, TaskFacts, i).task;
      g_autofree char *reason = NULL;

      if (!g_array_index (tasks, TaskFacts, i).against_rule)
        continue;
      vb_task_suggest (task, &reason);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (task)), vb_record_get_modified (VB_RECORD (task)),
                            _("Review the decision"),
                            _("“%s” is set to be outsourced, but it is better kept in-house: %s"),
                            vb_guide_label_or (VB_RECORD (task), _("Untitled")), reason);
    }
}

/* Outsourcing too much too early: most of the team's workload at once */
void
rule_too_much_too_early (VbRuleContext *ctx)
{
  GArray *tasks = task_plans (ctx);
  guint n = tasks->len;
  double total = 0, outsourced = 0;
  guint n_outsourced = 0;
  g_autofree char *share = NULL;
  g_autofree char *fingerprint = NULL;
  VbFinding *f;

  if (n < TOO_MUCH_MIN_TASKS)
    return;
  for (guint i = 0; i < n; i++)
    {
      const TaskFacts *facts = &g_array_index (tasks, TaskFacts, i);
      double hours = facts->hours;

      total += hours;
      if (facts->plan == VB_SOURCING_OUTSOURCE)
        {
          outsourced += hours;
          n_outsourced++;
        }
    }
  if (total <= 0 || outsourced / total <= TOO_MUCH_SHARE || n_outsourced < 2)
    return;

  /* the fingerprint is locale-free: a dismissal holds in every language */
  fingerprint = g_strdup_printf ("%u/%.0f", n_outsourced, 100 * outsourced / total);
  share = vb_format_percent (100 * outsourced / total, 0);
  f = vb_rule_context_emit (ctx, NULL, fingerprint, _("Review the decisions"),
                            _("%s of your team’s workload would go to a vendor at once. Start with part of it "
                              "— one channel or the routine questions — and widen the scope after a pilot."),
                            share);
  vb_finding_set_filter (f, VB_SOURCING_OUTSOURCE);
}

