/* vb-guide-rules.c — the rules of the guidance engine
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place where stages add their rules. A rule reads the project and
 * emits findings: one plain sentence, what to do about it, the row it is
 * about (the subject) and a fingerprint of the data it looked at, so that a
 * dismissed finding returns when that data changes. Every rule has a unit
 * test with a project that triggers it and one that does not.
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-guide.h"
#include "vb-outsourcing.h"

#define MIN_VENDORS 3
#define TOO_MUCH_SHARE 0.8
#define TOO_MUCH_MIN_TASKS 3

typedef void (*RowFunc) (VbGuideContext *ctx, VbRecord *row);

static void
for_each (VbGuideContext *ctx,
          const char     *table,
          RowFunc         func)
{
  GListModel *model = vb_project_get_records (vb_guide_context_get_project (ctx), table);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) row = g_list_model_get_item (model, i);
      func (ctx, row);
    }
}

static guint
count (VbGuideContext *ctx,
       const char     *table)
{
  GListModel *model = vb_project_get_records (vb_guide_context_get_project (ctx), table);
  return model ? g_list_model_get_n_items (model) : 0;
}

static const char *
label_or (VbRecord   *row,
          const char *fallback)
{
  const char *label = vb_record_get_label (row);
  return *label ? label : fallback;
}

static gboolean
is_shortlisted (VbRecord *vendor)
{
  const char *status = vb_record_get_text (vendor, "status");

  return g_str_equal (status, "shortlist") || g_str_equal (status, "finalist") ||
         g_str_equal (status, "selected");
}

/* ------------------------------------------------------ Goals & scope */

static void
rule_no_objective (VbGuideContext *ctx)
{
  if (count (ctx, "objective") == 0)
    vb_guide_context_emit (ctx, NULL, NULL, _("Add an objective"),
                           _("Say what you want from outsourcing — faster answers, lower cost, longer hours, "
                             "more languages — so that vendors and SLAs can be judged against it."));
}

static void
objective_without_target (VbGuideContext *ctx,
                          VbRecord       *objective)
{
  if (vb_str_is_blank (vb_record_get_text (objective, "target")))
    vb_guide_context_emit (ctx, vb_record_get_uuid (objective), vb_record_get_text (objective, "modified"),
                           _("Set a target"),
                           _("Give the objective “%s” a target in words, such as “emails answered within 4 hours”."),
                           label_or (objective, _("Untitled")));
}

static void
rule_objective_without_target (VbGuideContext *ctx)
{
  for_each (ctx, "objective", objective_without_target);
}

static void
rule_no_task (VbGuideContext *ctx)
{
  if (count (ctx, "task") == 0)
    vb_guide_context_emit (ctx, NULL, NULL, _("Add a task"),
                           _("List the tasks your team does today, with their monthly volume and handle time: "
                             "they show what to outsource and what it costs in-house."));
}

static void
task_incomplete (VbGuideContext *ctx,
                 VbRecord       *task)
{
  gboolean no_volume = !vb_record_has_value (task, "monthly_volume") || vb_record_get_real (task, "monthly_volume") <= 0;
  gboolean no_time = !vb_record_has_value (task, "handle_minutes") || vb_record_get_real (task, "handle_minutes") <= 0;
  gboolean no_kind = *vb_record_get_text (task, "work_kind") == '\0';
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *list = NULL;

  if (!no_volume && !no_time && !no_kind)
    return;
  missing = g_ptr_array_new ();
  if (!vb_record_has_value (task, "monthly_volume") || vb_record_get_real (task, "monthly_volume") <= 0)
    g_ptr_array_add (missing, _("monthly volume"));
  if (!vb_record_has_value (task, "handle_minutes") || vb_record_get_real (task, "handle_minutes") <= 0)
    g_ptr_array_add (missing, _("handle time"));
  if (*vb_record_get_text (task, "work_kind") == '\0')
    g_ptr_array_add (missing, _("kind of work"));
  if (missing->len == 0)
    return;

  g_ptr_array_add (missing, NULL);
  list = g_strjoinv (", ", (char **) missing->pdata);
  vb_guide_context_emit (ctx, vb_record_get_uuid (task), vb_record_get_text (task, "modified"),
                         _("Complete the task"),
                         _("The task “%s” needs its %s."), label_or (task, _("Untitled")), list);
}

static void
rule_task_incomplete (VbGuideContext *ctx)
{
  for_each (ctx, "task", task_incomplete);
}

static void
rule_team_hours (VbGuideContext *ctx)
{
  VbRecord *settings = vb_project_get_settings (vb_guide_context_get_project (ctx));

  if (settings && vb_record_get_int (settings, "team_days") == 0)
    vb_guide_context_emit (ctx, NULL, vb_record_get_text (settings, "modified"), _("Set your team’s hours"),
                           _("Say when your own team works: tasks that need cover outside those hours are "
                             "candidates to outsource."));
}

static void
rule_team_languages (VbGuideContext *ctx)
{
  VbRecord *settings = vb_project_get_settings (vb_guide_context_get_project (ctx));

  if (settings && vb_str_is_blank (vb_record_get_text (settings, "team_languages")))
    vb_guide_context_emit (ctx, NULL, vb_record_get_text (settings, "modified"), _("Set your team’s languages"),
                           _("List the languages your team speaks: tasks in other languages are candidates "
                             "to outsource."));
}

static void
outsource_against_rule (VbGuideContext *ctx,
                        VbRecord       *task)
{
  VbRecord *settings = vb_project_get_settings (vb_guide_context_get_project (ctx));
  g_autofree char *reason = NULL;

  if (!g_str_equal (vb_record_get_text (task, "decision"), "outsource"))
    return;
  if (vb_outsourcing_suggest (task, settings, &reason) != VB_SUGGESTION_KEEP)
    return;
  vb_guide_context_emit (ctx, vb_record_get_uuid (task), vb_record_get_text (task, "modified"),
                         _("Review the decision"),
                         _("“%s” is set to be outsourced, but it is better kept in-house: %s"),
                         label_or (task, _("Untitled")), reason);
}

static void
rule_outsource_against_rule (VbGuideContext *ctx)
{
  for_each (ctx, "task", outsource_against_rule);
}

/* Outsourcing too much too early: most of the team's workload at once */
static void
rule_too_much_too_early (VbGuideContext *ctx)
{
  VbProject *project = vb_guide_context_get_project (ctx);
  VbRecord *settings = vb_project_get_settings (project);
  GListModel *tasks = vb_project_get_records (project, "task");
  guint n = g_list_model_get_n_items (tasks);
  double total = 0, outsourced = 0;
  guint n_outsourced = 0;
  g_autofree char *share = NULL;

  if (n < TOO_MUCH_MIN_TASKS)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) task = g_list_model_get_item (tasks, i);
      double hours = vb_task_workload_hours (task);
      const char *decision = vb_record_get_text (task, "decision");
      VbSuggestion s = *decision ? vb_suggestion_from_string (decision)
                                 : vb_outsourcing_suggest (task, settings, NULL);

      total += hours;
      if (s == VB_SUGGESTION_OUTSOURCE)
        {
          outsourced += hours;
          n_outsourced++;
        }
    }
  if (total <= 0 || outsourced / total <= TOO_MUCH_SHARE || n_outsourced < 2)
    return;

  share = vb_format_number (100 * outsourced / total, 0);
  {
    g_autofree char *fingerprint = g_strdup_printf ("%u/%s", n_outsourced, share);
    vb_guide_context_emit (ctx, NULL, fingerprint, _("Review the decisions"),
                           _("%s %% of your team’s workload would go to a vendor at once. Start with part of it "
                             "— one channel or the routine questions — and widen the scope after a pilot."),
                           share);
  }
}

/* ------------------------------------------------------------ Vendors */

static void
rule_too_few_vendors (VbGuideContext *ctx)
{
  guint n = count (ctx, "vendor");

  if (n < MIN_VENDORS)
    {
      g_autofree char *fingerprint = g_strdup_printf ("%u", n);
      vb_guide_context_emit (ctx, NULL, fingerprint, _("Add a vendor"),
                             ngettext ("Add at least %d vendors to compare; you have %u. Rejected vendors count: "
                                       "they were considered.",
                                       "Add at least %d vendors to compare; you have %u. Rejected vendors count: "
                                       "they were considered.", n),
                             MIN_VENDORS, n);
    }
}

static void
rule_no_shortlist (VbGuideContext *ctx)
{
  GListModel *vendors = vb_project_get_records (vb_guide_context_get_project (ctx), "vendor");
  guint n = g_list_model_get_n_items (vendors);

  if (n < MIN_VENDORS)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) v = g_list_model_get_item (vendors, i);
      if (is_shortlisted (v))
        return;
    }
  vb_guide_context_emit (ctx, NULL, NULL, _("Shortlist vendors"),
                         _("Move the most promising vendors from the long list to the shortlist."));
}

static void
rule_vendor_without_contact (VbGuideContext *ctx)
{
  VbProject *project = vb_guide_context_get_project (ctx);
  GListModel *contacts = vb_project_get_records (project, "contact");
  GListModel *vendors = vb_project_get_records (project, "vendor");
  g_autoptr(GHashTable) reachable = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  n = g_list_model_get_n_items (contacts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) c = g_list_model_get_item (contacts, i);
      g_hash_table_add (reachable, (gpointer) vb_record_get_text (c, "vendor_id"));
    }

  n = g_list_model_get_n_items (vendors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) vendor = g_list_model_get_item (vendors, i);

      if (is_shortlisted (vendor) && !g_hash_table_contains (reachable, vb_record_get_uuid (vendor)))
        vb_guide_context_emit (ctx, vb_record_get_uuid (vendor), NULL, _("Add a contact"),
                               _("Add a contact at “%s”: someone to send the RFP to and ask questions."),
                               label_or (vendor, _("Unnamed vendor")));
    }
}

static void
vendor_without_delivery (VbGuideContext *ctx,
                         VbRecord       *vendor)
{
  if (is_shortlisted (vendor) && *vb_record_get_text (vendor, "delivery_model") == '\0')
    vb_guide_context_emit (ctx, vb_record_get_uuid (vendor), NULL, _("Set the delivery model"),
                           _("Note where “%s” would work from — onshore, nearshore or offshore: it changes cost, "
                             "time zones and language."),
                           label_or (vendor, _("Unnamed vendor")));
}

static void
rule_vendor_without_delivery (VbGuideContext *ctx)
{
  for_each (ctx, "vendor", vendor_without_delivery);
}

static void
rejected_without_reason (VbGuideContext *ctx,
                         VbRecord       *vendor)
{
  if (g_str_equal (vb_record_get_text (vendor, "status"), "rejected") &&
      vb_str_is_blank (vb_record_get_text (vendor, "rejection_reason")))
    vb_guide_context_emit (ctx, vb_record_get_uuid (vendor), vb_record_get_text (vendor, "modified"),
                           _("Give the reason"),
                           _("“%s” was rejected without a reason. Write it down: the decision memo needs it."),
                           label_or (vendor, _("Unnamed vendor")));
}

static void
rule_rejected_without_reason (VbGuideContext *ctx)
{
  for_each (ctx, "vendor", rejected_without_reason);
}

static void
rule_several_selected (VbGuideContext *ctx)
{
  GListModel *vendors = vb_project_get_records (vb_guide_context_get_project (ctx), "vendor");
  guint n = g_list_model_get_n_items (vendors);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) v = g_list_model_get_item (vendors, i);
      selected += g_str_equal (vb_record_get_text (v, "status"), "selected");
    }
  if (selected > 1)
    vb_guide_context_emit (ctx, NULL, NULL, _("Choose one vendor"),
                           _("%u vendors are marked as selected. Select one and set the others back to finalist."),
                           selected);
}

static const VbRule rules[] = {
  { "goals.no-objective", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_no_objective },
  { "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_objective_without_target },
  { "goals.team-hours", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_team_hours },
  { "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_team_languages },
  { "goals.no-task", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_no_task },
  { "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_task_incomplete },
  { "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING, rule_outsource_against_rule },
  { "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, rule_too_much_too_early },
  { "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_too_few_vendors },
  { "vendors.no-shortlist", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_no_shortlist },
  { "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_vendor_without_contact },
  { "vendors.no-delivery-model", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_vendor_without_delivery },
  { "vendors.rejected-without-reason", VB_STAGE_VENDORS, VB_FINDING_WARNING, rule_rejected_without_reason },
  { "vendors.several-selected", VB_STAGE_VENDORS, VB_FINDING_BLOCKER, rule_several_selected },
};

const VbRule *
vb_guide_rules (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}
