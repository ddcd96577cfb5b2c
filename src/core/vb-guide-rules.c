/* vb-guide-rules.c — the rules of the guidance engine
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place where stages add their rules. A rule reads the project
 * through the entities and emits findings: one plain sentence, the button
 * that fixes it (what it does: add, edit a field, show a list), the row it
 * is about (the subject) and a fingerprint of the data it looked at, so
 * that a dismissed finding returns when that data changes. Every rule has
 * a unit test with a project that triggers it and one that does not
 * (tests/unit/test-guide.c checks that against this table).
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-contact.h"
#include "vb-format.h"
#include "vb-guide-private.h"
#include "vb-objective.h"
#include "vb-outsourcing.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-reference.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-task.h"
#include "vb-vendor-scores.h"
#include "vb-vendor.h"

#define MIN_VENDORS 3
#define TOO_MUCH_SHARE 0.8
#define TOO_MUCH_MIN_TASKS 3

static const char *
label_or (VbRecord   *row,
          const char *fallback)
{
  const char *label = vb_record_get_label (row);
  return vb_str_is_blank (label) ? fallback : label;
}

/* The first example row of a list, and how many there are */
static VbRecord *
first_example (GListModel *rows,
               guint      *count)
{
  guint n = g_list_model_get_n_items (rows);
  VbRecord *first = NULL;

  *count = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) row = g_list_model_get_item (rows, i);

      if (vb_record_get_example (row))
        {
          if ((*count)++ == 0)
            first = row;
        }
    }
  return first;
}

/* ------------------------------------------------------ Goals & scope */

static void
rule_no_objective (VbRuleContext *ctx)
{
  if (g_list_model_get_n_items (vb_project_get_objectives (vb_rule_context_get_project (ctx))) == 0)
    vb_rule_context_emit (ctx, NULL, NULL, _("Add an objective"),
                          _("Say what you want from outsourcing — faster answers, lower cost, longer hours, "
                            "more languages — so that vendors and SLAs can be judged against it."));
}

static void
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
                                "4 hours”."), label_or (VB_RECORD (objective), _("Untitled")));
    }
}

static void
rule_example_objectives (VbRuleContext *ctx)
{
  guint count;
  VbRecord *first = first_example (vb_project_get_objectives (vb_rule_context_get_project (ctx)), &count);
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

static void
rule_team_hours (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_project_settings_get_team_days (settings) == 0)
    vb_rule_context_emit (ctx, NULL, vb_record_get_modified (VB_RECORD (settings)),
                          _("Set your team’s hours"),
                          _("Say when your own team works: tasks that need cover outside those hours are "
                            "candidates to outsource."));
}

static void
rule_team_languages (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_str_is_blank (vb_project_settings_get_team_languages (settings)))
    vb_rule_context_emit (ctx, NULL, vb_record_get_modified (VB_RECORD (settings)),
                          _("Set your team’s languages"),
                          _("List the languages your team speaks: tasks in other languages are candidates "
                            "to outsource."));
}

static void
rule_example_team (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_project_settings_get_team_example (settings) && vb_project_settings_get_team_days (settings) != 0)
    vb_rule_context_emit (ctx, NULL, NULL, _("Check your team’s hours"),
                          _("Your team’s hours, time zone and languages are the template’s example. "
                            "Check them: the suggestions depend on them."));
}

static void
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

static void
rule_task_incomplete (VbRuleContext *ctx)
{
  GListModel *tasks = vb_project_get_tasks (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (tasks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      VbTaskMissing missing = vb_task_get_missing (task);
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
                                _("The task “%s” needs its %s."), label_or (VB_RECORD (task), _("Untitled")), list);
      vb_finding_set_field (f, missing_field (missing));
    }
}

static void
rule_example_tasks (VbRuleContext *ctx)
{
  guint count;
  VbRecord *first = first_example (vb_project_get_tasks (vb_rule_context_get_project (ctx)), &count);
  g_autofree char *fingerprint = NULL;

  if (first == NULL)
    return;
  fingerprint = g_strdup_printf ("%u", count);
  vb_rule_context_emit (ctx, vb_record_get_uuid (first), fingerprint, _("Check the examples"),
                        ngettext ("%u task is an example from the template. Check its figures against your "
                                  "own, then keep, change or remove it.",
                                  "%u tasks are examples from the template. Check their figures against your "
                                  "own, then keep, change or remove each.", count),
                        count);
}

static void
rule_outsource_against_rule (VbRuleContext *ctx)
{
  GListModel *tasks = vb_project_get_tasks (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (tasks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *reason = NULL;

      if (vb_task_get_decision (task) != VB_SOURCING_OUTSOURCE)
        continue;
      if (vb_task_suggest (task, &reason) != VB_SOURCING_KEEP)
        continue;
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (task)), vb_record_get_modified (VB_RECORD (task)),
                            _("Review the decision"),
                            _("“%s” is set to be outsourced, but it is better kept in-house: %s"),
                            label_or (VB_RECORD (task), _("Untitled")), reason);
    }
}

/* Outsourcing too much too early: most of the team's workload at once */
static void
rule_too_much_too_early (VbRuleContext *ctx)
{
  GListModel *tasks = vb_project_get_tasks (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (tasks);
  double total = 0, outsourced = 0;
  guint n_outsourced = 0;
  g_autofree char *share = NULL;
  g_autofree char *fingerprint = NULL;
  VbFinding *f;

  if (n < TOO_MUCH_MIN_TASKS)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      double hours = vb_task_get_workload_hours (task);

      total += hours;
      if (vb_task_get_plan (task) == VB_SOURCING_OUTSOURCE)
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

/* ------------------------------------------------------------ Vendors */

static void
rule_too_few_vendors (VbRuleContext *ctx)
{
  guint n = g_list_model_get_n_items (vb_project_get_vendors (vb_rule_context_get_project (ctx)));
  g_autofree char *fingerprint = NULL;
  g_autofree char *have = NULL;

  if (n >= MIN_VENDORS)
    return;
  fingerprint = g_strdup_printf ("%u", n);
  /* Translators: the second sentence of “Add at least 3 vendors to compare. You have 1 so far.” */
  have = g_strdup_printf (ngettext ("You have %u so far.", "You have %u so far.", n), n);
  vb_rule_context_emit (ctx, NULL, fingerprint, _("Add a vendor"),
                        /* Translators: %d is the least number of vendors; %s the sentence “You have … so far.” */
                        ngettext ("Add at least %d vendor to compare. %s Rejected vendors count: they were "
                                  "considered.",
                                  "Add at least %d vendors to compare. %s Rejected vendors count: they were "
                                  "considered.", MIN_VENDORS),
                        MIN_VENDORS, have);
}

static void
rule_no_shortlist (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);
  VbFinding *f;

  if (n < MIN_VENDORS)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
      if (vb_vendor_is_shortlisted (v))
        return;
    }
  f = vb_rule_context_emit (ctx, NULL, NULL, _("Shortlist vendors"),
                            _("Move the most promising vendors from the long list to the shortlist."));
  vb_finding_set_filter (f, VB_VENDOR_STATUS_LONG_LIST);
}

static void
rule_vendor_without_contact (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_is_shortlisted (vendor) && g_list_model_get_n_items (vb_vendor_get_contacts (vendor)) == 0)
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Add a contact"),
                              _("Add a contact at “%s”: someone to send the RFP to and ask questions."),
                              vb_vendor_get_display_name (vendor));
    }
}

static void
rule_vendor_without_delivery (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_is_shortlisted (vendor) && vb_vendor_get_delivery_model (vendor) == VB_DELIVERY_MODEL_UNSET)
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Set the delivery model"),
                              _("Note where “%s” would work from — onshore, nearshore or offshore: it changes "
                                "cost, time zones and language."), vb_vendor_get_display_name (vendor));
    }
}

/* Only older files and imports can hold this: rejecting asks for the reason */
static void
rule_rejected_without_reason (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_REJECTED &&
          vb_str_is_blank (vb_vendor_get_rejection_reason (vendor)))
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), vb_record_get_modified (VB_RECORD (vendor)),
                              _("Give the reason"),
                              _("“%s” was rejected without a reason. Write it down: when someone asks later why, "
                                "the answer is here."), vb_vendor_get_display_name (vendor));
    }
}

/* ------------------------------------------------------ Requirements */

/* The first requirement in the RFP (@must: the first must-have of those),
 * or with @any the first of all */
static VbRequirement *
first_requirement (VbProject *project,
                   gboolean   any)
{
  GListModel *sections = vb_project_get_requirement_sections (project);
  guint n = g_list_model_get_n_items (sections);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);
      guint m = g_list_model_get_n_items (requirements);

      for (guint j = 0; j < m; j++)
        {
          g_autoptr(VbRequirement) requirement = g_list_model_get_item (requirements, j);

          if (any || (vb_requirement_section_get_included (section) && vb_requirement_get_included (requirement)))
            return requirement;   /* the project holds it */
        }
    }
  return NULL;
}

static void
rule_no_requirement_included (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbRequirementCounts counts;
  VbRequirement *first;
  g_autofree char *fingerprint = NULL;

  vb_project_count_requirements (project, &counts);
  if (counts.n_included > 0)
    return;
  first = first_requirement (project, TRUE);
  if (first == NULL)
    {
      vb_rule_context_emit (ctx, NULL, NULL, _("Add a requirement"),
                            _("List what the vendor must do for you, such as “Describe how you will train your "
                              "agents on our products”: the requirements are the checklist of your request for "
                              "proposal."));
      return;
    }
  fingerprint = g_strdup_printf ("%u", counts.n_requirements);
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (first)), fingerprint, _("Include requirements"),
                        _("None of your requirements is in the request for proposal yet. Include the ones "
                          "vendors should answer."));
}

static void
rule_no_must_have (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbRequirementCounts counts;
  VbRequirement *first;
  g_autofree char *fingerprint = NULL;

  vb_project_count_requirements (project, &counts);
  if (counts.n_included == 0 || counts.n_must > 0)
    return;
  first = first_requirement (project, FALSE);
  fingerprint = g_strdup_printf ("%u", counts.n_included);
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (first)), fingerprint, _("Mark a must-have"),
                        _("None of the requirements in your request for proposal is a must-have. Mark the ones "
                          "a vendor cannot do without: a vendor that does not meet one is out."));
}

static void
rule_example_requirements (VbRuleContext *ctx)
{
  VbRequirementSection *first;
  guint count = vb_project_count_requirement_examples (vb_rule_context_get_project (ctx), &first);
  g_autofree char *fingerprint = NULL;

  if (count == 0)
    return;
  fingerprint = g_strdup_printf ("%u", count);
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (first)), fingerprint, _("Check the examples"),
                        ngettext ("%u section or requirement is an example from the template. Check each "
                                  "section: keep it, change it or leave it out of the RFP.",
                                  "%u sections and requirements are examples from the template. Check each "
                                  "section: keep it, change it or leave it out of the RFP.", count),
                        count);
}

/* ------------------------------------------------------ Security & compliance */

static void
rule_no_questionnaire (VbRuleContext *ctx)
{
  VbProjectSettings *settings = vb_project_get_settings (vb_rule_context_get_project (ctx));

  if (vb_project_settings_get_questionnaire (settings) == VB_QUESTIONNAIRE_UNSET)
    vb_rule_context_emit (ctx, NULL, NULL, _("Choose the questionnaire"),
                          _("Choose the security questionnaire vendors answer: the short Lite screen, the Full "
                            "questionnaire, or your own choice of questions."));
}

/* ------------------------------------------------------ References */

/* The leading vendor (vb_project_get_leading_vendor) when it awaits a
 * call, looked for only when some vendor awaits one: the common case, every
 * finalist called, costs no compliance score */
static VbVendor *
leader_awaiting_call (VbProject *project,
                      gboolean   any_awaiting)
{
  VbVendor *leader;

  if (!any_awaiting)
    return NULL;
  leader = vb_project_get_leading_vendor (project);
  return leader && vb_vendor_awaits_reference_call (leader) ? leader : NULL;
}

static gboolean
any_awaits_reference_call (GListModel *vendors)
{
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_awaits_reference_call (vendor))
        return TRUE;
    }
  return FALSE;
}

/* A finalist none of whose references has been called; the leading vendor
 * gets the warning below instead */
static void
rule_finalist_not_called (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  guint n = g_list_model_get_n_items (vendors);
  VbVendor *leader = leader_awaiting_call (project, any_awaits_reference_call (vendors));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vendor != leader && vb_vendor_awaits_reference_call (vendor))
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Record a call"),
                              _("Call a reference of “%s”: one of its customers will tell you what the sales "
                                "pitch does not."), vb_vendor_get_display_name (vendor));
    }
}

static void
rule_leader_not_called (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  VbVendor *leader = leader_awaiting_call (project, any_awaits_reference_call (vendors));

  if (leader == NULL)
    return;
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (leader)), NULL, _("Record a call"),
                        vb_vendor_get_status (leader) == VB_VENDOR_STATUS_SELECTED
                        ? _("“%s” is selected, but none of its references has been called. Call one before "
                            "you sign: a customer who would not choose it again is worth knowing about now.")
                        : _("“%s” is leading, but none of its references has been called. Call one before "
                            "you decide: a customer who would not choose it again is worth knowing about now."),
                        vb_vendor_get_display_name (leader));
}

/* ------------------------------------------------------------ Responses */

/* The finalists and the selected vendor: the ones the decision is between */
static gboolean
is_finalist (VbVendor *vendor)
{
  VbVendorStatus status = vb_vendor_get_status (vendor);

  return status == VB_VENDOR_STATUS_FINALIST || status == VB_VENDOR_STATUS_SELECTED;
}

/* Whether the RFP or the questionnaire asks anything at all */
static gboolean
anything_asked (VbProject *project)
{
  GListModel *sections = vb_project_get_requirement_sections (project);
  GListModel *domains = vb_project_get_question_domains (project);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);

      if (!vb_requirement_section_get_included (section))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(VbRequirement) requirement = g_list_model_get_item (requirements, j);

          if (vb_requirement_get_included (requirement))
            return TRUE;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      GListModel *questions = vb_question_domain_get_questions (domain);

      if (!vb_question_domain_get_included (domain))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(VbQuestion) question = g_list_model_get_item (questions, j);

          if (vb_question_get_included (question))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
has_an_answer (VbVendor *vendor)
{
  GListModel *responses = vb_vendor_get_responses (vendor);

  for (guint i = 0; i < g_list_model_get_n_items (responses); i++)
    {
      g_autoptr(VbResponse) response = g_list_model_get_item (responses, i);

      if (vb_response_get_answer (response) != VB_ANSWER_UNSET)
        return TRUE;
    }
  return FALSE;
}

static void
rule_finalist_without_responses (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  int asked = -1;   /* not looked at yet */
  gboolean any_finalist = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (!is_finalist (vendor))
        continue;
      any_finalist = TRUE;
      if (has_an_answer (vendor))
        continue;
      if (asked == -1)
        asked = anything_asked (project);
      if (!asked)
        return;
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Enter the answers"),
                            _("“%s” is a finalist but none of its answers to your requirements and questions "
                              "are entered yet."), vb_vendor_get_display_name (vendor));
    }
  /* the stage is not done before it has begun */
  if (!any_finalist)
    vb_rule_context_emit (ctx, NULL, NULL, _("Show the vendors"),
                          _("No vendor is a finalist yet. Once you have picked your finalists on the Vendors "
                            "page, enter each one’s answers here."));
}

/* Per vendor, a count found by walking the items that can hold a problem
 * and only their responses: a bad or open answer is rare, so most
 * responses cost one enum read (50 finalists × 150 items stay well under
 * a millisecond) */
static void
tally (GHashTable *counts,
       VbResponse *response)
{
  /* keyed by the vendor's UUID as the response holds it (borrowed while
   * the rule runs): no lookup of the vendor's object per response */
  const char *vendor = vb_response_get_vendor_uuid (response);

  if (vendor != NULL && *vendor != '\0')
    g_hash_table_insert (counts, (gpointer) vendor,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, vendor)) + 1));
}

/* The count tally () made for @vendor */
static guint
tally_of (GHashTable *counts,
          VbVendor   *vendor)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, vb_record_get_uuid (VB_RECORD (vendor))));
}

/* The asked, high-risk questions of the domains that count: @func on each */
static void
each_high_risk_question (VbProject *project,
                         void     (*func) (VbQuestion *question, GHashTable *counts),
                         GHashTable *counts,
                         guint      *n_questions)
{
  GListModel *domains = vb_project_get_question_domains (project);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, d);
      GListModel *questions = vb_question_domain_get_questions (domain);

      if (!vb_question_domain_get_included (domain))
        continue;
      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(VbQuestion) question = g_list_model_get_item (questions, q);

          if (vb_question_get_included (question) && vb_question_get_high_risk (question))
            {
              if (n_questions)
                (*n_questions)++;
              func (question, counts);
            }
        }
    }
}

/* A high-risk question answered the unsafe way, without an exception */
static void
count_unsafe_answers (VbQuestion *question,
                      GHashTable *counts)
{
  GListModel *responses = vb_question_get_responses (question);
  VbAnswer unsafe = vb_question_get_expected_answer (question) == VB_YES_NO_YES ? VB_ANSWER_NO : VB_ANSWER_YES;

  for (guint r = 0; r < g_list_model_get_n_items (responses); r++)
    {
      g_autoptr(VbResponse) response = g_list_model_get_item (responses, r);

      if (vb_response_get_answer (response) == unsafe && vb_str_is_blank (vb_response_get_exception_reason (response)))
        tally (counts, response);
    }
}

/* A high-risk question closed: a yes or no either way (the unsafe one is a
 * knock-out), not applicable, or an accepted exception */
static void
count_closed_gaps (VbQuestion *question,
                   GHashTable *counts)
{
  GListModel *responses = vb_question_get_responses (question);

  for (guint r = 0; r < g_list_model_get_n_items (responses); r++)
    {
      g_autoptr(VbResponse) response = g_list_model_get_item (responses, r);
      VbAnswer answer = vb_response_get_answer (response);

      if (answer == VB_ANSWER_YES || answer == VB_ANSWER_NO || answer == VB_ANSWER_NOT_APPLICABLE ||
          !vb_str_is_blank (vb_response_get_exception_reason (response)))
        tally (counts, response);
    }
}

/* The knock-outs of vb-selection-score.c without an accepted exception: a
 * must-have not met, a high-risk question answered the unsafe way */
static GHashTable *
count_open_knockouts (VbProject *project)
{
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *sections = vb_project_get_requirement_sections (project);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);

      if (!vb_requirement_section_get_included (section))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(VbRequirement) requirement = g_list_model_get_item (requirements, j);
          GListModel *responses;

          if (!vb_requirement_get_included (requirement) || vb_requirement_get_priority (requirement) != VB_PRIORITY_MUST)
            continue;
          responses = vb_requirement_get_responses (requirement);
          for (guint r = 0; r < g_list_model_get_n_items (responses); r++)
            {
              g_autoptr(VbResponse) response = g_list_model_get_item (responses, r);

              if (vb_response_get_answer (response) == VB_ANSWER_DOES_NOT_MEET &&
                  vb_str_is_blank (vb_response_get_exception_reason (response)))
                tally (counts, response);
            }
        }
    }
  each_high_risk_question (project, count_unsafe_answers, counts, NULL);
  return counts;
}

static void
rule_knockout_undecided (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  g_autoptr(GHashTable) counts = count_open_knockouts (project);

  for (guint i = 0; g_hash_table_size (counts) > 0 && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      g_autofree char *fingerprint = NULL;
      guint count = tally_of (counts, vendor);

      if (!vb_vendor_is_shortlisted (vendor) || count == 0)
        continue;
      fingerprint = g_strdup_printf ("%u", count);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), fingerprint, _("Decide"),
                            ngettext ("“%s” fails %u must-have or high-risk item. Reject the vendor, or record "
                                      "why you accept it anyway.",
                                      "“%s” fails %u must-have or high-risk items. Reject the vendor, or record "
                                      "for each why you accept it anyway.", count),
                            vb_vendor_get_display_name (vendor), count);
    }
}

/* A gap is a high-risk question answered "partly" or not at all */
static void
rule_open_high_risk_gap (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  g_autoptr(GHashTable) closed = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_high_risk = 0;

  each_high_risk_question (project, count_closed_gaps, closed, &n_high_risk);
  for (guint i = 0; n_high_risk > 0 && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      g_autofree char *fingerprint = NULL;
      guint open;

      if (!is_finalist (vendor))
        continue;
      open = n_high_risk - tally_of (closed, vendor);
      if (open == 0)
        continue;
      fingerprint = g_strdup_printf ("%u", open);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), fingerprint, _("Show the gaps"),
                            ngettext ("The finalist “%s” leaves %u high-risk question open (not answered or "
                                      "only partly met). Ask for the missing answer before you decide.",
                                      "The finalist “%s” leaves %u high-risk questions open (not answered or "
                                      "only partly met). Ask for the missing answers before you decide.", open),
                            vb_vendor_get_display_name (vendor), open);
    }
}

static const VbRule rules[] = {
  { "goals.no-objective", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_no_objective,
    VB_FINDING_ACTION_ADD, vb_objective_get_type, NULL },
  { "goals.objective-without-target", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_objective_without_target,
    VB_FINDING_ACTION_EDIT, vb_objective_get_type, "target" },
  { "goals.example-objectives", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_example_objectives,
    VB_FINDING_ACTION_EDIT, vb_objective_get_type, NULL },
  { "goals.team-hours", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_team_hours,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "team-days" },
  { "goals.team-languages", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_team_languages,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "team-languages" },
  { "goals.example-team", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_example_team,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "team-days" },
  { "goals.no-task", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_no_task,
    VB_FINDING_ACTION_ADD, vb_task_get_type, NULL },
  { "goals.task-incomplete", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_task_incomplete,
    VB_FINDING_ACTION_EDIT, vb_task_get_type, NULL },
  { "goals.example-tasks", VB_STAGE_GOALS, VB_FINDING_NEXT_STEP, rule_example_tasks,
    VB_FINDING_ACTION_EDIT, vb_task_get_type, NULL },
  { "goals.outsource-against-rule", VB_STAGE_GOALS, VB_FINDING_WARNING, rule_outsource_against_rule,
    VB_FINDING_ACTION_EDIT, vb_task_get_type, "decision" },
  { "goals.too-much-too-early", VB_STAGE_GOALS, VB_FINDING_WARNING, rule_too_much_too_early,
    VB_FINDING_ACTION_LIST, vb_task_get_type, NULL },
  { "vendors.too-few", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_too_few_vendors,
    VB_FINDING_ACTION_ADD, vb_vendor_get_type, NULL },
  { "vendors.no-shortlist", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_no_shortlist,
    VB_FINDING_ACTION_LIST, vb_vendor_get_type, NULL },
  { "vendors.no-contact", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_vendor_without_contact,
    VB_FINDING_ACTION_ADD, vb_contact_get_type, NULL },
  { "vendors.no-delivery-model", VB_STAGE_VENDORS, VB_FINDING_NEXT_STEP, rule_vendor_without_delivery,
    VB_FINDING_ACTION_EDIT, vb_vendor_get_type, "delivery-model" },
  { "vendors.rejected-without-reason", VB_STAGE_VENDORS, VB_FINDING_WARNING, rule_rejected_without_reason,
    VB_FINDING_ACTION_EDIT, vb_vendor_get_type, "rejection-reason" },
  { "requirements.none-included", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, rule_no_requirement_included,
    VB_FINDING_ACTION_ADD, vb_requirement_get_type, NULL },
  { "requirements.no-must-have", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, rule_no_must_have,
    VB_FINDING_ACTION_EDIT, vb_requirement_get_type, "priority" },
  { "requirements.example-items", VB_STAGE_REQUIREMENTS, VB_FINDING_NEXT_STEP, rule_example_requirements,
    VB_FINDING_ACTION_EDIT, vb_requirement_section_get_type, NULL },
  { "security.no-questionnaire", VB_STAGE_SECURITY, VB_FINDING_NEXT_STEP, rule_no_questionnaire,
    VB_FINDING_ACTION_EDIT, vb_project_settings_get_type, "questionnaire" },
  { "references.finalist-not-called", VB_STAGE_REFERENCES, VB_FINDING_NEXT_STEP, rule_finalist_not_called,
    VB_FINDING_ACTION_ADD, vb_reference_get_type, NULL },
  { "references.leader-not-called", VB_STAGE_REFERENCES, VB_FINDING_WARNING, rule_leader_not_called,
    VB_FINDING_ACTION_ADD, vb_reference_get_type, NULL },
  { "responses.finalist-without-responses", VB_STAGE_RESPONSES, VB_FINDING_NEXT_STEP, rule_finalist_without_responses,
    VB_FINDING_ACTION_EDIT, vb_vendor_get_type, NULL },
  { "responses.open-high-risk-gap", VB_STAGE_RESPONSES, VB_FINDING_WARNING, rule_open_high_risk_gap,
    VB_FINDING_ACTION_SHOW, vb_vendor_get_type, NULL },
  { "responses.knockout-undecided", VB_STAGE_RESPONSES, VB_FINDING_WARNING, rule_knockout_undecided,
    VB_FINDING_ACTION_SHOW, vb_vendor_get_type, NULL },
};

const VbRule *
vb_guide_rules (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}
