/* vb-selection-score.c — compliance score, requirement check, reference score
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formulas of the vendor-selection stages (DOMAIN.md "Scoring" and
 * "References"), each one pass over its items. Reasons name the item when
 * its text is given, so a knock-out read on its own (in `info --json`, in
 * the report) still says which question it is about.
 */

#define G_LOG_DOMAIN "vb-selection-score"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-selection-score.h"

/* Credit of a "partly" answer */
#define PARTLY_CREDIT 0.5

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
issue_clear (gpointer data)
{
  VbSelectionIssue *issue = data;

  g_clear_pointer (&issue->reason, g_free);
}

static GArray *
issue_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (VbSelectionIssue));

  g_array_set_clear_func (array, issue_clear);
  return array;
}

/* Takes the reason */
static void
issue_append (GArray   *array,
              gsize     index,
              gpointer  user_data,
              char     *reason,
              gboolean  accepted)
{
  VbSelectionIssue issue = {
    .index = (guint) index,
    .user_data = user_data,
    .reason = reason,
    .accepted = accepted,
  };

  g_array_append_val (array, issue);
}

static double
share (guint part,
       guint whole)
{
  return whole > 0 ? (double) part / whole : NAN;
}

/* ------------------------------------------------------------ questionnaire */

static const char *
yes_no_label (VbYesNo value)
{
  return vb_enum_get_label (VB_TYPE_YES_NO, value);
}

static char *
question_knockout_reason (const VbComplianceItem *item)
{
  VbYesNo given = item->expected == VB_YES_NO_YES ? VB_YES_NO_NO : VB_YES_NO_YES;

  if (!is_blank (item->text))
    /* Translators: 1st %s is the vendor's answer ("No"), 2nd the question,
     * 3rd the answer a safe vendor gives ("Yes") */
    return g_strdup_printf (_("The vendor answered “%s” to the high-risk question “%s”; the safe answer is “%s”."),
                            yes_no_label (given), item->text, yes_no_label (item->expected));
  /* Translators: 1st %s is the vendor's answer ("No"), 2nd the safe answer ("Yes") */
  return g_strdup_printf (_("The vendor answered “%s” to a high-risk question; the safe answer is “%s”."),
                          yes_no_label (given), yes_no_label (item->expected));
}

static char *
question_gap_reason (const VbComplianceItem *item,
                     gboolean                partly)
{
  gboolean named = !is_blank (item->text);

  if (partly)
    return named
      ? g_strdup_printf (_("The vendor only partly meets the high-risk question “%s”: ask what is missing and by when it will be in place."), item->text)
      : g_strdup (_("The vendor only partly meets a high-risk question: ask what is missing and by when it will be in place."));
  return named
    ? g_strdup_printf (_("The vendor has not answered the high-risk question “%s” yet."), item->text)
    : g_strdup (_("The vendor has not answered a high-risk question yet."));
}

/**
 * vb_compliance_score_compute:
 * @items: (array length=n_items): one vendor's answers to the questionnaire
 * @n_items: how many
 *
 * The compliance score, the share answered, the knock-outs and the open
 * high-risk gaps of one vendor (see vb-selection-score.h).
 *
 * Returns: (transfer full): the result, free with vb_compliance_score_free()
 */
VbComplianceScore *
vb_compliance_score_compute (const VbComplianceItem *items,
                             gsize                   n_items)
{
  VbComplianceScore *result;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  result = g_new0 (VbComplianceScore, 1);
  result->knockouts = issue_array_new ();
  result->gaps = issue_array_new ();

  for (gsize i = 0; i < n_items; i++)
    {
      const VbComplianceItem *item = &items[i];
      VbAnswer compliant = item->expected == VB_YES_NO_YES ? VB_ANSWER_YES : VB_ANSWER_NO;
      VbAnswer opposite = item->expected == VB_YES_NO_YES ? VB_ANSWER_NO : VB_ANSWER_YES;
      double weight = isfinite (item->weight) && item->weight > 0 ? item->weight : 0;
      gboolean accepted = !is_blank (item->exception_reason);
      double credit = 0;

      if (!item->asked || !item->domain_counts)
        continue;

      result->n_asked++;

      if (item->answer == VB_ANSWER_NOT_APPLICABLE)
        {
          result->n_answered++;
          result->n_not_applicable++;
          continue;
        }

      if (item->answer == compliant)
        credit = 1;
      else if (item->answer == VB_ANSWER_PARTLY)
        credit = PARTLY_CREDIT;

      if (item->answer == compliant || item->answer == opposite
          || item->answer == VB_ANSWER_PARTLY)
        result->n_answered++;

      result->weight_total += weight;
      result->weight_earned += weight * credit;

      if (!item->high_risk)
        continue;

      if (item->answer == opposite)
        {
          issue_append (result->knockouts, i, item->user_data,
                        question_knockout_reason (item), accepted);
          if (!accepted)
            result->n_knockouts_open++;
        }
      else if (item->answer != compliant)
        {
          /* "partly", or no (valid) answer */
          issue_append (result->gaps, i, item->user_data,
                        question_gap_reason (item, item->answer == VB_ANSWER_PARTLY),
                        accepted);
          if (!accepted)
            result->n_gaps_open++;
        }
    }

  result->nothing_answered = result->n_answered == 0;
  result->answered_share = share (result->n_answered, result->n_asked);
  result->has_score = !result->nothing_answered && result->weight_total > 0;
  result->score = result->has_score
    ? 100.0 * result->weight_earned / result->weight_total
    : NAN;

  return result;
}

void
vb_compliance_score_free (VbComplianceScore *score)
{
  if (score == NULL)
    return;
  g_clear_pointer (&score->knockouts, g_array_unref);
  g_clear_pointer (&score->gaps, g_array_unref);
  g_free (score);
}

/* ------------------------------------------------------------ requirements */

static gboolean
is_requirement_answer (VbAnswer answer)
{
  return answer == VB_ANSWER_MEETS || answer == VB_ANSWER_PARTLY
    || answer == VB_ANSWER_DOES_NOT_MEET || answer == VB_ANSWER_NOT_APPLICABLE;
}

/**
 * vb_requirement_check_compute:
 * @items: (array length=n_items): one vendor's answers to the requirements
 * @n_items: how many
 *
 * The progress, the must-have knock-outs and the must-have warnings of one
 * vendor (see vb-selection-score.h).
 *
 * Returns: (transfer full): the result, free with vb_requirement_check_free()
 */
VbRequirementCheck *
vb_requirement_check_compute (const VbRequirementItem *items,
                              gsize                    n_items)
{
  VbRequirementCheck *result;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  result = g_new0 (VbRequirementCheck, 1);
  result->knockouts = issue_array_new ();
  result->warnings = issue_array_new ();

  for (gsize i = 0; i < n_items; i++)
    {
      const VbRequirementItem *item = &items[i];
      gboolean accepted = !is_blank (item->exception_reason);
      gboolean named = !is_blank (item->text);

      if (!item->included)
        continue;

      result->n_included++;
      if (is_requirement_answer (item->answer))
        result->n_answered++;

      if (item->priority != VB_PRIORITY_MUST)
        continue;

      if (item->answer == VB_ANSWER_DOES_NOT_MEET)
        {
          char *reason = named
            ? g_strdup_printf (_("The vendor does not meet the must-have requirement “%s”."), item->text)
            : g_strdup (_("The vendor does not meet a must-have requirement."));

          issue_append (result->knockouts, i, item->user_data, reason, accepted);
          if (!accepted)
            result->n_knockouts_open++;
        }
      else if (item->answer == VB_ANSWER_PARTLY)
        {
          char *reason = named
            ? g_strdup_printf (_("The vendor only partly meets the must-have requirement “%s”: decide whether that is enough, and record why."), item->text)
            : g_strdup (_("The vendor only partly meets a must-have requirement: decide whether that is enough, and record why."));

          issue_append (result->warnings, i, item->user_data, reason, accepted);
          if (!accepted)
            result->n_warnings_open++;
        }
    }

  result->answered_share = share (result->n_answered, result->n_included);
  return result;
}

void
vb_requirement_check_free (VbRequirementCheck *check)
{
  if (check == NULL)
    return;
  g_clear_pointer (&check->knockouts, g_array_unref);
  g_clear_pointer (&check->warnings, g_array_unref);
  g_free (check);
}

/* ------------------------------------------------------------ references */

/**
 * vb_reference_score_compute:
 * @items: (array length=n_items): one vendor's references
 * @n_items: how many
 *
 * The reference score of one vendor, with the references who would not
 * choose it again and the red flags beside it (see vb-selection-score.h).
 *
 * Returns: (transfer full): the result, free with vb_reference_score_free()
 */
VbReferenceScore *
vb_reference_score_compute (const VbReferenceItem *items,
                            gsize                  n_items)
{
  VbReferenceScore *result;
  guint rating_sum = 0;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  result = g_new0 (VbReferenceScore, 1);
  result->would_not_choose_again = issue_array_new ();
  result->red_flags = issue_array_new ();
  result->n_references = (guint) n_items;

  for (gsize i = 0; i < n_items; i++)
    {
      const VbReferenceItem *item = &items[i];
      gboolean named = !is_blank (item->name);

      if (item->called)
        {
          result->n_called++;
          if (item->rating >= 1 && item->rating <= 5)
            {
              result->n_rated++;
              rating_sum += (guint) item->rating;
            }
        }

      if (item->would_choose_again == VB_CHOOSE_AGAIN_NO)
        {
          char *reason = named
            /* Translators: %s is the reference, a company or a person */
            ? g_strdup_printf (_("%s would not choose this vendor again."), item->name)
            : g_strdup (_("A reference would not choose this vendor again."));

          issue_append (result->would_not_choose_again, i, item->user_data, reason, FALSE);
        }

      if (!is_blank (item->red_flags))
        {
          g_autofree char *flags = g_strstrip (g_strdup (item->red_flags));
          char *reason = named
            /* Translators: 1st %s is the reference, 2nd what they warned about */
            ? g_strdup_printf (_("%s raised a red flag: %s"), item->name, flags)
            /* Translators: %s is what the reference warned about */
            : g_strdup_printf (_("A reference raised a red flag: %s"), flags);

          issue_append (result->red_flags, i, item->user_data, reason, FALSE);
        }
    }

  /* r = s ÷ 5 (DOMAIN.md "Scoring"), on the mean of the ratings */
  result->has_score = result->n_rated > 0;
  result->score = result->has_score
    ? (double) rating_sum / result->n_rated / 5.0 * 100.0
    : NAN;

  return result;
}

void
vb_reference_score_free (VbReferenceScore *score)
{
  if (score == NULL)
    return;
  g_clear_pointer (&score->would_not_choose_again, g_array_unref);
  g_clear_pointer (&score->red_flags, g_array_unref);
  g_free (score);
}
