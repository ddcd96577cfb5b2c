/* vb-guide-rules-selection.c — the guidance rules of vendor selection
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Requirements, Security & compliance, References and Responses (issue 15).
 * Their rows are in the one rules table (vb-guide-rules.c).
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-guide-rules.h"
#include "vb-guide-tally.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-reference.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-record-list.h"
#include "vb-response.h"
#include "vb-vendor-scores.h"
#include "vb-vendor.h"
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

void
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

void
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

void
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

void
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

/* The two References rules ask the same question: computed once a pass */
static gpointer
compute_leader_awaiting_call (VbProject *project)
{
  return leader_awaiting_call (project, any_awaits_reference_call (vb_project_get_vendors (project)));
}

static VbVendor *
leader_of_pass (VbRuleContext *ctx)
{
  return vb_rule_context_get_fact (ctx, "leader-awaiting-call", compute_leader_awaiting_call, NULL);
}

/* A finalist none of whose references has been called; the leading vendor
 * gets the warning below instead */
void
rule_finalist_not_called (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  guint n = g_list_model_get_n_items (vendors);
  VbVendor *leader = leader_of_pass (ctx);
  gboolean any_finalist = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      VbVendorStatus status = vb_vendor_get_status (vendor);

      any_finalist |= status == VB_VENDOR_STATUS_FINALIST || status == VB_VENDOR_STATUS_SELECTED;
      if (vendor != leader && vb_vendor_awaits_reference_call (vendor))
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Record a call"),
                              _("Call a reference of “%s”: one of its customers will tell you what the sales "
                                "pitch does not."), vb_vendor_get_display_name (vendor));
    }
  /* nobody to call yet is not a stage done: it has not begun */
  if (!any_finalist)
    vb_rule_context_emit (ctx, NULL, NULL, _("Show the vendors"),
                          _("No vendor is a finalist yet. Once you have picked your finalists on the Vendors "
                            "page, call a reference of each one here."));
}

void
rule_leader_not_called (VbRuleContext *ctx)
{
  VbVendor *leader = leader_of_pass (ctx);

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

void
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

/* Per vendor, counts found by walking the items that can hold a problem
 * and only their responses (vb-guide-tally.c: kept from pass to pass, so
 * that after an edit only the responses that changed are read again) */
enum {
  CLOSED = 1 << 0,   /* a high-risk question closed: yes or no, not applicable, or an exception */
  UNSAFE = 1 << 1,   /* … answered the unsafe way, without an exception: a knock-out */
};

/* The answers to the asked, high-risk questions of the domains that
 * count, walked once a pass for the two Responses warnings that read
 * them: per vendor, the closed questions and the unsafe answers */
typedef struct {
  VbTally *tally;
  guint    n_questions;
} HighRiskWalk;

static guint
classify_answer (VbResponse *response,
                 gpointer    user_data)
{
  VbAnswer unsafe = GPOINTER_TO_INT (user_data);
  VbAnswer answer = vb_response_get_answer (response);
  gboolean answered = answer == VB_ANSWER_YES || answer == VB_ANSWER_NO || answer == VB_ANSWER_NOT_APPLICABLE;
  gboolean excepted;

  /* the safe answer, the common case, needs no look at the exception */
  if (answered && answer != unsafe)
    return CLOSED;
  excepted = !vb_str_is_blank (vb_response_get_exception_reason (response));
  return (answer == unsafe && !excepted ? UNSAFE : 0) | (answered || excepted ? CLOSED : 0);
}

static gpointer
high_risk_walk_new (VbProject *project)
{
  return g_new0 (HighRiskWalk, 1);
}

/* What a question's answers count for depends on the question (its
 * expected answer) and its domain, not only on the responses */
static guint64
questions_serial (VbProject *project)
{
  return vb_project_get_table_serial (project, "question_domain") * 31 +
         vb_project_get_table_serial (project, "question");
}

static HighRiskWalk *
high_risk_walk (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  HighRiskWalk *walk = vb_rule_context_get_fact (ctx, "high-risk-walk", high_risk_walk_new, g_free);
  GListModel *domains = vb_project_get_question_domains (project);

  if (walk->tally != NULL)
    return walk;
  walk->tally = vb_rule_context_get_kept (ctx, "high-risk-tally", vb_tally_new, vb_tally_free);
  if (vb_tally_update (walk->tally, project, questions_serial (project)))
    {
      walk->n_questions = vb_tally_get_extra (walk->tally);
      return walk;
    }
  vb_tally_begin (walk->tally, project, questions_serial (project));
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, d);
      GListModel *questions = vb_question_domain_get_questions (domain);

      if (!vb_question_domain_get_included (domain))
        continue;
      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(VbQuestion) question = g_list_model_get_item (questions, q);
          VbAnswer unsafe;

          if (!vb_question_get_included (question) || !vb_question_get_high_risk (question))
            continue;
          walk->n_questions++;
          unsafe = vb_question_get_expected_answer (question) == VB_YES_NO_YES ? VB_ANSWER_NO : VB_ANSWER_YES;
          vb_tally_walk (walk->tally, vb_question_get_responses (question), classify_answer,
                         GINT_TO_POINTER (unsafe));
        }
    }
  vb_tally_end (walk->tally);
  vb_tally_set_extra (walk->tally, walk->n_questions);
  return walk;
}

/* A must-have not met, without an accepted exception */
static guint
classify_unmet (VbResponse *response,
                gpointer    user_data)
{
  return vb_response_get_answer (response) == VB_ANSWER_DOES_NOT_MEET &&
         vb_str_is_blank (vb_response_get_exception_reason (response)) ? UNSAFE : 0;
}

/* The must-haves' responses, walked as the high-risk questions' are: per
 * vendor, the must-haves not met without an accepted exception (with the
 * unsafe high-risk answers, the knock-outs of vb-selection-score.c) */
static VbTally *
walk_must_haves (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbTally *tally = vb_rule_context_get_kept (ctx, "unmet-tally", vb_tally_new, vb_tally_free);
  GListModel *sections = vb_project_get_requirement_sections (project);
  guint64 context = vb_project_get_table_serial (project, "requirement_section") * 31 +
                    vb_project_get_table_serial (project, "requirement");

  if (vb_tally_update (tally, project, context))
    return tally;
  vb_tally_begin (tally, project, context);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);

      if (!vb_requirement_section_get_included (section))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(VbRequirement) requirement = g_list_model_get_item (requirements, j);

          if (vb_requirement_get_included (requirement) && vb_requirement_get_priority (requirement) == VB_PRIORITY_MUST)
            vb_tally_walk (tally, vb_requirement_get_responses (requirement), classify_unmet, NULL);
        }
    }
  vb_tally_end (tally);
  return tally;
}

void
rule_knockout_undecided (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  VbTally *unmet = walk_must_haves (ctx);
  VbTally *unsafe = high_risk_walk (ctx)->tally;

  if (g_hash_table_size (vb_tally_get_counts (unmet, 1)) == 0 &&
      g_hash_table_size (vb_tally_get_counts (unsafe, 1)) == 0)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      const char *uuid = vb_record_get_uuid (VB_RECORD (vendor));
      g_autofree char *fingerprint = NULL;
      guint count;

      if (!vb_vendor_is_shortlisted (vendor))
        continue;
      count = vb_tally_get (unmet, 1, uuid) + vb_tally_get (unsafe, 1, uuid);
      if (count == 0)
        continue;
      fingerprint = g_strdup_printf ("%u", count);
      vb_rule_context_emit (ctx, uuid, fingerprint, _("Decide"),
                            ngettext ("“%s” fails %u must-have or high-risk item. Reject the vendor, or record "
                                      "why you accept it anyway.",
                                      "“%s” fails %u must-have or high-risk items. Reject the vendor, or record "
                                      "for each why you accept it anyway.", count),
                            vb_vendor_get_display_name (vendor), count);
    }
}

/* A gap is a high-risk question answered "partly" or not at all */
void
rule_open_high_risk_gap (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *vendors = vb_project_get_vendors (project);
  HighRiskWalk *walk = high_risk_walk (ctx);
  guint n_high_risk = walk->n_questions;

  for (guint i = 0; n_high_risk > 0 && i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      g_autofree char *fingerprint = NULL;
      guint open;

      if (!is_finalist (vendor))
        continue;
      open = n_high_risk - vb_tally_get (walk->tally, 0, vb_record_get_uuid (VB_RECORD (vendor)));
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

