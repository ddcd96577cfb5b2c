/* vb-vendor-scores.c — a vendor's compliance, requirement and reference
 * results, read from the project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Gathers one vendor's answers from the entities and hands them to the
 * maths of vb-selection-score.c, so the CLI, the pages and the reports
 * show the same numbers. The questionnaire counts the questions of the
 * domains switched into the score and asked; the requirements are those
 * included in the RFP (a section left out leaves out its items). Each
 * answer is found through the store's index on (item, vendor): the whole
 * computation is one pass over the items.
 */

#define G_LOG_DOMAIN "vb-vendor-scores"

#include "config.h"

#include "vb-question.h"
#include "vb-question-domain.h"
#include "vb-reference.h"
#include "vb-requirement.h"
#include "vb-requirement-section.h"
#include "vb-response.h"
#include "vb-vendor-scores.h"

static GArray *
compliance_items (VbProject *project,
                  VbVendor  *vendor)
{
  GListModel *domains = vb_project_get_question_domains (project);
  GArray *items = g_array_new (FALSE, TRUE, sizeof (VbComplianceItem));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      GListModel *questions = vb_question_domain_get_questions (domain);

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(VbQuestion) question = g_list_model_get_item (questions, j);
          VbResponse *response = vb_question_get_response_of (question, vendor);
          VbComplianceItem item = {
            .expected = vb_question_get_expected_answer (question),
            .weight = vb_question_get_weight (question),
            .high_risk = vb_question_get_high_risk (question),
            .asked = vb_question_get_included (question),
            .domain_counts = vb_question_domain_get_included (domain),
            .answer = response ? vb_response_get_answer (response) : VB_ANSWER_UNSET,
            .exception_reason = response ? vb_response_get_exception_reason (response) : NULL,
            .text = vb_question_get_text (question),
            .user_data = question,   /* borrowed: the domain's list holds it */
          };

          g_array_append_val (items, item);
        }
    }
  return items;
}

static GArray *
requirement_items (VbProject *project,
                   VbVendor  *vendor)
{
  GListModel *sections = vb_project_get_requirement_sections (project);
  GArray *items = g_array_new (FALSE, TRUE, sizeof (VbRequirementItem));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);

      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(VbRequirement) requirement = g_list_model_get_item (requirements, j);
          VbResponse *response = vb_requirement_get_response_of (requirement, vendor);
          VbRequirementItem item = {
            .priority = vb_requirement_get_priority (requirement),
            .included = vb_requirement_section_get_included (section) && vb_requirement_get_included (requirement),
            .answer = response ? vb_response_get_answer (response) : VB_ANSWER_UNSET,
            .exception_reason = response ? vb_response_get_exception_reason (response) : NULL,
            .text = vb_requirement_get_text (requirement),
            .user_data = requirement,
          };

          g_array_append_val (items, item);
        }
    }
  return items;
}

static GArray *
reference_items (VbVendor *vendor)
{
  GListModel *references = vb_vendor_get_references (vendor);
  GArray *items = g_array_new (FALSE, TRUE, sizeof (VbReferenceItem));

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(VbReference) reference = g_list_model_get_item (references, i);
      const char *called_on = vb_reference_get_called_on (reference);
      VbReferenceItem item = {
        .called = called_on != NULL && *called_on != '\0',
        .rating = vb_reference_get_rating (reference),
        .would_choose_again = vb_reference_get_would_choose_again (reference),
        .red_flags = vb_reference_get_red_flags (reference),
        .name = vb_reference_get_company (reference),
        .user_data = reference,
      };

      g_array_append_val (items, item);
    }
  return items;
}

/**
 * vb_vendor_scores_compute:
 * @vendor: a vendor of an open project
 *
 * Returns: (transfer full): the vendor's compliance score, requirement
 *   check and reference score
 */
VbVendorScores *
vb_vendor_scores_compute (VbVendor *vendor)
{
  VbProject *project;
  VbVendorScores *scores;
  g_autoptr(GArray) questions = NULL;
  g_autoptr(GArray) requirements = NULL;
  g_autoptr(GArray) references = NULL;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);

  project = vb_record_get_project (VB_RECORD (vendor));
  questions = compliance_items (project, vendor);
  requirements = requirement_items (project, vendor);
  references = reference_items (vendor);

  scores = g_new0 (VbVendorScores, 1);
  scores->compliance = vb_compliance_score_compute ((VbComplianceItem *) questions->data, questions->len);
  scores->requirements = vb_requirement_check_compute ((VbRequirementItem *) requirements->data, requirements->len);
  scores->references = vb_reference_score_compute ((VbReferenceItem *) references->data, references->len);
  return scores;
}

void
vb_vendor_scores_free (VbVendorScores *scores)
{
  if (scores == NULL)
    return;
  vb_compliance_score_free (scores->compliance);
  vb_requirement_check_free (scores->requirements);
  vb_reference_score_free (scores->references);
  g_free (scores);
}

/**
 * vb_project_get_leading_vendor:
 * @project: an open project
 *
 * The vendor the project is heading for, before the Scoring stage exists:
 * the selected vendor; else, of the finalists, the one with the best
 * compliance score (the first in the list on a tie); else, when no
 * finalist has a compliance score yet, the finalist when there is only
 * one. With several finalists and nothing to tell them apart, none leads.
 *
 * Returns: (transfer none) (nullable): the leading vendor
 */
VbVendor *
vb_project_get_leading_vendor (VbProject *project)
{
  GListModel *vendors;
  VbVendor *selected, *best = NULL, *only = NULL;
  double best_score = -1;
  guint n, n_finalists = 0;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  selected = vb_project_get_selected_vendor (project);
  if (selected)
    return selected;

  vendors = vb_project_get_vendors (project);
  n = g_list_model_get_n_items (vendors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      g_autoptr(GArray) questions = NULL;
      g_autoptr(VbComplianceScore) compliance = NULL;

      if (vb_vendor_get_status (vendor) != VB_VENDOR_STATUS_FINALIST)
        continue;
      n_finalists++;
      only = vendor;   /* borrowed: the project's list holds it */
      questions = compliance_items (project, vendor);
      compliance = vb_compliance_score_compute ((VbComplianceItem *) questions->data, questions->len);
      if (compliance->has_score && compliance->score > best_score)
        {
          best_score = compliance->score;
          best = vendor;
        }
    }
  if (best)
    return best;
  return n_finalists == 1 ? only : NULL;
}
