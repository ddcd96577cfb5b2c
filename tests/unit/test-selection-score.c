/* test-selection-score.c — compliance score, requirement check, reference score
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number is worked out by hand in the comment beside it.
 */

#include <math.h>
#include <string.h>
#include <glib.h>

#include "vb-enums.h"
#include "vb-selection-score.h"

#define EPS 1e-9

/* the tags that identify an item: its position + 1, so NULL never appears */
#define TAG(i) GUINT_TO_POINTER ((i) + 1)

/* An asked question of a domain that counts */
static VbComplianceItem
question (VbYesNo  expected,
          double   weight,
          gboolean high_risk,
          VbAnswer answer)
{
  return (VbComplianceItem) {
    .expected = expected,
    .weight = weight,
    .high_risk = high_risk,
    .asked = TRUE,
    .domain_counts = TRUE,
    .answer = answer,
  };
}

static void
tag_all (VbComplianceItem *items,
         gsize             n)
{
  for (gsize i = 0; i < n; i++)
    items[i].user_data = TAG (i);
}

static const VbSelectionIssue *
issue_at (GArray *array,
          guint   i)
{
  g_assert_cmpuint (i, <, array->len);
  return &g_array_index (array, VbSelectionIssue, i);
}

/* ------------------------------------------------------------ questionnaire */

static void
test_compliance_hand_computed (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 3, FALSE, VB_ANSWER_YES),            /* 3 × 1   = 3 */
    question (VB_YES_NO_NO, 2, FALSE, VB_ANSWER_NO),              /* 2 × 1   = 2 */
    question (VB_YES_NO_YES, 4, FALSE, VB_ANSWER_PARTLY),         /* 4 × 0.5 = 2 */
    question (VB_YES_NO_YES, 1, FALSE, VB_ANSWER_NO),             /* 1 × 0   = 0 */
    question (VB_YES_NO_NO, 5, FALSE, VB_ANSWER_UNSET),           /* 5 × 0   = 0, not answered */
    question (VB_YES_NO_YES, 10, FALSE, VB_ANSWER_NOT_APPLICABLE),/* out of both sums */
  };
  g_autoptr(VbComplianceScore) s = NULL;

  tag_all (items, G_N_ELEMENTS (items));
  s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  /* Σ weight = 3 + 2 + 4 + 1 + 5 = 15; Σ weight × credit = 3 + 2 + 2 = 7;
   * score = 100 × 7 ÷ 15 = 46.666… */
  g_assert_true (s->has_score);
  g_assert_cmpfloat_with_epsilon (s->weight_total, 15, EPS);
  g_assert_cmpfloat_with_epsilon (s->weight_earned, 7, EPS);
  g_assert_cmpfloat_with_epsilon (s->score, 700.0 / 15.0, EPS);

  /* asked 6; answered: yes, no, partly, no, n/a = 5 (the unset one is not);
   * share = 5 ÷ 6 */
  g_assert_cmpuint (s->n_asked, ==, 6);
  g_assert_cmpuint (s->n_answered, ==, 5);
  g_assert_cmpuint (s->n_not_applicable, ==, 1);
  g_assert_false (s->nothing_answered);
  g_assert_cmpfloat_with_epsilon (s->answered_share, 5.0 / 6.0, EPS);

  /* nothing is high risk */
  g_assert_cmpuint (s->knockouts->len, ==, 0);
  g_assert_cmpuint (s->gaps->len, ==, 0);
}

static void
test_compliance_nothing_answered (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 3, FALSE, VB_ANSWER_UNSET),
    question (VB_YES_NO_NO, 2, FALSE, VB_ANSWER_UNSET),
    /* a requirement's word is no answer to a question */
    question (VB_YES_NO_YES, 1, FALSE, VB_ANSWER_MEETS),
  };
  g_autoptr(VbComplianceScore) s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));
  g_autoptr(VbComplianceScore) empty = vb_compliance_score_compute (NULL, 0);

  /* 0 of 3 answered: no score (not 0 = 100 × 0 ÷ 6), share 0 ÷ 3 = 0 */
  g_assert_true (s->nothing_answered);
  g_assert_false (s->has_score);
  g_assert_true (isnan (s->score));
  g_assert_cmpuint (s->n_asked, ==, 3);
  g_assert_cmpuint (s->n_answered, ==, 0);
  g_assert_cmpfloat_with_epsilon (s->answered_share, 0, EPS);

  /* no question at all: nothing answered, no share (0 ÷ 0) */
  g_assert_true (empty->nothing_answered);
  g_assert_false (empty->has_score);
  g_assert_true (isnan (empty->score));
  g_assert_cmpuint (empty->n_asked, ==, 0);
  g_assert_true (isnan (empty->answered_share));
}

static void
test_compliance_all_not_applicable (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 3, TRUE, VB_ANSWER_NOT_APPLICABLE),
    question (VB_YES_NO_NO, 2, FALSE, VB_ANSWER_NOT_APPLICABLE),
  };
  g_autoptr(VbComplianceScore) s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  /* both answered (share 2 ÷ 2 = 1), but both left out of the sums:
   * Σ weight = 0, no score; a high-risk "not applicable" is no gap */
  g_assert_false (s->nothing_answered);
  g_assert_cmpuint (s->n_answered, ==, 2);
  g_assert_cmpuint (s->n_not_applicable, ==, 2);
  g_assert_cmpfloat_with_epsilon (s->answered_share, 1, EPS);
  g_assert_cmpfloat_with_epsilon (s->weight_total, 0, EPS);
  g_assert_false (s->has_score);
  g_assert_true (isnan (s->score));
  g_assert_cmpuint (s->gaps->len, ==, 0);
  g_assert_cmpuint (s->knockouts->len, ==, 0);
}

static void
test_compliance_domain_switched_out (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 1, FALSE, VB_ANSWER_YES),  /* 1 × 1 = 1 */
    question (VB_YES_NO_YES, 3, TRUE, VB_ANSWER_NO),    /* its domain is out */
    question (VB_YES_NO_NO, 2, TRUE, VB_ANSWER_UNSET),  /* its domain is out */
  };
  g_autoptr(VbComplianceScore) s = NULL;

  items[1].domain_counts = FALSE;
  items[2].domain_counts = FALSE;
  s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  /* only the first counts: 100 × 1 ÷ 1 = 100 (with the others it would be
   * 100 × 1 ÷ 6 = 16.7); asked and counting 1, answered 1 */
  g_assert_true (s->has_score);
  g_assert_cmpfloat_with_epsilon (s->score, 100, EPS);
  g_assert_cmpuint (s->n_asked, ==, 1);
  g_assert_cmpuint (s->n_answered, ==, 1);
  g_assert_cmpfloat_with_epsilon (s->answered_share, 1, EPS);
  /* a domain out of the score knocks nothing out and leaves no gap */
  g_assert_cmpuint (s->knockouts->len, ==, 0);
  g_assert_cmpuint (s->gaps->len, ==, 0);
}

static void
test_compliance_question_not_asked (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 2, FALSE, VB_ANSWER_PARTLY), /* 2 × 0.5 = 1 */
    question (VB_YES_NO_NO, 2, FALSE, VB_ANSWER_NO),      /* 2 × 1 = 2 */
    question (VB_YES_NO_YES, 4, TRUE, VB_ANSWER_NO),      /* not asked */
    question (VB_YES_NO_YES, 4, TRUE, VB_ANSWER_UNSET),   /* not asked */
  };
  g_autoptr(VbComplianceScore) s = NULL;

  items[2].asked = FALSE;
  items[3].asked = FALSE;
  s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  /* 100 × (1 + 2) ÷ (2 + 2) = 75 (asked too it would be 100 × 3 ÷ 12 = 25);
   * share 2 ÷ 2 */
  g_assert_cmpfloat_with_epsilon (s->score, 75, EPS);
  g_assert_cmpuint (s->n_asked, ==, 2);
  g_assert_cmpfloat_with_epsilon (s->answered_share, 1, EPS);
  g_assert_cmpuint (s->knockouts->len, ==, 0);
  g_assert_cmpuint (s->gaps->len, ==, 0);
}

static void
test_compliance_zero_weights (void)
{
  VbComplianceItem some[] = {
    question (VB_YES_NO_YES, 0, FALSE, VB_ANSWER_YES),  /* 0 × 1 = 0 */
    question (VB_YES_NO_YES, 2, FALSE, VB_ANSWER_NO),   /* 2 × 0 = 0 */
    question (VB_YES_NO_NO, -5, FALSE, VB_ANSWER_NO),   /* a negative weight counts as 0 */
    question (VB_YES_NO_NO, NAN, FALSE, VB_ANSWER_NO),  /* so does NaN */
  };
  VbComplianceItem none[] = {
    question (VB_YES_NO_YES, 0, FALSE, VB_ANSWER_YES),
    question (VB_YES_NO_NO, 0, FALSE, VB_ANSWER_PARTLY),
  };
  g_autoptr(VbComplianceScore) s = vb_compliance_score_compute (some, G_N_ELEMENTS (some));
  g_autoptr(VbComplianceScore) z = vb_compliance_score_compute (none, G_N_ELEMENTS (none));

  /* Σ weight = 0 + 2 + 0 + 0 = 2, Σ weight × credit = 0: score 0, a real
   * score (all four answered) */
  g_assert_true (s->has_score);
  g_assert_cmpfloat_with_epsilon (s->weight_total, 2, EPS);
  g_assert_cmpfloat_with_epsilon (s->score, 0, EPS);
  g_assert_cmpuint (s->n_answered, ==, 4);

  /* all weights 0: answered, but Σ weight = 0 gives no score (not 0 ÷ 0) */
  g_assert_false (z->nothing_answered);
  g_assert_false (z->has_score);
  g_assert_true (isnan (z->score));
}

static void
test_compliance_partly (void)
{
  VbComplianceItem one[] = {
    question (VB_YES_NO_NO, 2, FALSE, VB_ANSWER_PARTLY),
  };
  VbComplianceItem two[] = {
    question (VB_YES_NO_YES, 1, FALSE, VB_ANSWER_PARTLY),  /* 1 × 0.5 = 0.5 */
    question (VB_YES_NO_NO, 3, FALSE, VB_ANSWER_YES),      /* 3 × 0 = 0 */
  };
  g_autoptr(VbComplianceScore) s1 = vb_compliance_score_compute (one, G_N_ELEMENTS (one));
  g_autoptr(VbComplianceScore) s2 = vb_compliance_score_compute (two, G_N_ELEMENTS (two));

  /* 100 × 2 × 0.5 ÷ 2 = 50 */
  g_assert_cmpfloat_with_epsilon (s1->score, 50, EPS);
  /* 100 × 0.5 ÷ 4 = 12.5 */
  g_assert_cmpfloat_with_epsilon (s2->score, 12.5, EPS);
  g_assert_cmpuint (s2->n_answered, ==, 2);
}

static void
test_compliance_knockouts (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 2, TRUE, VB_ANSWER_NO),      /* 0: knock-out, "yes" expected */
    question (VB_YES_NO_YES, 2, TRUE, VB_ANSWER_YES),     /* 1: compliant */
    question (VB_YES_NO_NO, 2, TRUE, VB_ANSWER_NO),       /* 2: compliant */
    question (VB_YES_NO_YES, 2, FALSE, VB_ANSWER_NO),     /* 3: not high risk: no knock-out */
    question (VB_YES_NO_NO, 2, TRUE, VB_ANSWER_YES),      /* 4: knock-out, "no" expected */
  };
  g_autoptr(VbComplianceScore) s = NULL;
  const VbSelectionIssue *k;

  tag_all (items, G_N_ELEMENTS (items));
  items[0].text = "Are all laptops encrypted?";
  s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  /* a knock-out still counts in the score as a 0: 100 × (2 + 2) ÷ 10 = 40 */
  g_assert_cmpfloat_with_epsilon (s->score, 40, EPS);

  g_assert_cmpuint (s->knockouts->len, ==, 2);
  g_assert_cmpuint (s->n_knockouts_open, ==, 2);
  g_assert_cmpuint (s->gaps->len, ==, 0);

  /* in item order, naming the item */
  k = issue_at (s->knockouts, 0);
  g_assert_cmpuint (k->index, ==, 0);
  g_assert_true (k->user_data == TAG (0));
  g_assert_false (k->accepted);
  g_assert_nonnull (strstr (k->reason, "Are all laptops encrypted?"));
  g_assert_nonnull (strstr (k->reason, "“No”"));

  k = issue_at (s->knockouts, 1);
  g_assert_cmpuint (k->index, ==, 4);
  g_assert_true (k->user_data == TAG (4));
  g_assert_false (k->accepted);
  /* no text given: a sentence all the same, with the answer given first */
  g_assert_nonnull (k->reason);
  g_assert_cmpuint (strlen (k->reason), >, 20);
  g_assert_true (strstr (k->reason, "“Yes”") < strstr (k->reason, "“No”"));
}

static void
test_compliance_gaps (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 1, TRUE, VB_ANSWER_PARTLY),          /* 0: gap, not knock-out */
    question (VB_YES_NO_NO, 1, TRUE, VB_ANSWER_UNSET),            /* 1: gap (not answered) */
    question (VB_YES_NO_YES, 1, TRUE, VB_ANSWER_NOT_APPLICABLE),  /* 2: neither */
    question (VB_YES_NO_YES, 1, TRUE, VB_ANSWER_NO),              /* 3: knock-out */
    question (VB_YES_NO_NO, 1, FALSE, VB_ANSWER_PARTLY),          /* 4: not high risk */
    question (VB_YES_NO_NO, 1, TRUE, VB_ANSWER_PARTLY),           /* 5: gap */
  };
  g_autoptr(VbComplianceScore) s = NULL;

  tag_all (items, G_N_ELEMENTS (items));
  items[0].text = "Do you screen new staff?";
  items[1].text = "Do agents write card numbers down?";
  s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  g_assert_cmpuint (s->gaps->len, ==, 3);
  g_assert_cmpuint (s->n_gaps_open, ==, 3);
  g_assert_cmpuint (issue_at (s->gaps, 0)->index, ==, 0);
  g_assert_cmpuint (issue_at (s->gaps, 1)->index, ==, 1);
  g_assert_cmpuint (issue_at (s->gaps, 2)->index, ==, 5);
  g_assert_true (issue_at (s->gaps, 2)->user_data == TAG (5));
  g_assert_nonnull (strstr (issue_at (s->gaps, 0)->reason, "Do you screen new staff?"));
  g_assert_nonnull (strstr (issue_at (s->gaps, 1)->reason, "Do agents write card numbers down?"));
  /* "partly" and "not answered" say different things */
  g_assert_nonnull (strstr (issue_at (s->gaps, 0)->reason, "partly"));
  g_assert_nonnull (strstr (issue_at (s->gaps, 1)->reason, "not answered"));
  g_assert_nonnull (strstr (issue_at (s->gaps, 2)->reason, "partly"));

  g_assert_cmpuint (s->knockouts->len, ==, 1);
  g_assert_cmpuint (issue_at (s->knockouts, 0)->index, ==, 3);
}

static void
test_compliance_exceptions (void)
{
  VbComplianceItem items[] = {
    question (VB_YES_NO_YES, 4, TRUE, VB_ANSWER_NO),      /* knock-out, accepted */
    question (VB_YES_NO_YES, 4, TRUE, VB_ANSWER_NO),      /* knock-out, blank reason: open */
    question (VB_YES_NO_NO, 2, TRUE, VB_ANSWER_PARTLY),   /* gap, accepted */
    question (VB_YES_NO_NO, 2, TRUE, VB_ANSWER_UNSET),    /* gap, no reason: open */
  };
  g_autoptr(VbComplianceScore) s = NULL;

  items[0].exception_reason = "We take no card payments by phone.";
  items[1].exception_reason = "  \t ";
  items[2].exception_reason = "They move to encrypted backups in March; we checked the plan.";
  s = vb_compliance_score_compute (items, G_N_ELEMENTS (items));

  g_assert_cmpuint (s->knockouts->len, ==, 2);
  g_assert_true (issue_at (s->knockouts, 0)->accepted);
  g_assert_false (issue_at (s->knockouts, 1)->accepted);
  g_assert_cmpuint (s->n_knockouts_open, ==, 1);

  g_assert_cmpuint (s->gaps->len, ==, 2);
  g_assert_true (issue_at (s->gaps, 0)->accepted);
  g_assert_false (issue_at (s->gaps, 1)->accepted);
  g_assert_cmpuint (s->n_gaps_open, ==, 1);

  /* an exception is a decision, not a better answer: the score is the
   * same, 100 × (0 + 0 + 2 × 0.5 + 0) ÷ 12 = 8.333… */
  g_assert_cmpfloat_with_epsilon (s->score, 100.0 / 12.0, EPS);
}

/* 50 finalists × 150 questions, every third high risk and answered wrong:
 * the knock-outs come back in item order, each one once */
static void
test_compliance_many (void)
{
  enum { N = 150, VENDORS = 50 };
  g_autofree VbComplianceItem *items = g_new0 (VbComplianceItem, N);

  for (guint i = 0; i < N; i++)
    {
      items[i] = question (i % 2 ? VB_YES_NO_YES : VB_YES_NO_NO, 1, i % 3 == 0,
                           i % 2 ? VB_ANSWER_NO : VB_ANSWER_YES);
      items[i].user_data = TAG (i);
    }

  for (guint v = 0; v < VENDORS; v++)
    {
      g_autoptr(VbComplianceScore) s = vb_compliance_score_compute (items, N);

      /* every answer is the opposite: score 0; 150 ÷ 3 = 50 high risk */
      g_assert_cmpfloat_with_epsilon (s->score, 0, EPS);
      g_assert_cmpuint (s->knockouts->len, ==, 50);
      for (guint k = 0; k < s->knockouts->len; k++)
        {
          g_assert_cmpuint (issue_at (s->knockouts, k)->index, ==, 3 * k);
          g_assert_true (issue_at (s->knockouts, k)->user_data == TAG (3 * k));
        }
    }
}

/* ------------------------------------------------------------ requirements */

static VbRequirementItem
requirement (VbPriority priority,
             gboolean   included,
             VbAnswer   answer)
{
  return (VbRequirementItem) {
    .priority = priority,
    .included = included,
    .answer = answer,
  };
}

static void
test_requirements (void)
{
  VbRequirementItem items[] = {
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_DOES_NOT_MEET),   /* 0: knock-out */
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_PARTLY),          /* 1: warning */
    requirement (VB_PRIORITY_SHOULD, TRUE, VB_ANSWER_DOES_NOT_MEET), /* 2: fine */
    requirement (VB_PRIORITY_NICE, TRUE, VB_ANSWER_PARTLY),          /* 3: fine */
    requirement (VB_PRIORITY_MUST, FALSE, VB_ANSWER_DOES_NOT_MEET),  /* 4: not in the RFP */
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_MEETS),           /* 5: fine */
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_NOT_APPLICABLE),  /* 6: fine, answered */
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_UNSET),           /* 7: not answered yet */
    requirement (VB_PRIORITY_SHOULD, TRUE, VB_ANSWER_YES),           /* 8: a question's word: not answered */
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_DOES_NOT_MEET),   /* 9: knock-out, accepted */
    requirement (VB_PRIORITY_MUST, TRUE, VB_ANSWER_PARTLY),          /* 10: warning, decided */
  };
  g_autoptr(VbRequirementCheck) c = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i].user_data = TAG (i);
  items[0].text = "Describe how you will cover the phones on public holidays.";
  items[9].exception_reason = "We cover holidays ourselves for the first year.";
  items[10].exception_reason = "A weekly QA audit is enough for a pilot.";
  c = vb_requirement_check_compute (items, G_N_ELEMENTS (items));

  /* included: all but 4 = 10; answered: 0 1 2 3 5 6 9 10 = 8; 8 ÷ 10 */
  g_assert_cmpuint (c->n_included, ==, 10);
  g_assert_cmpuint (c->n_answered, ==, 8);
  g_assert_cmpfloat_with_epsilon (c->answered_share, 0.8, EPS);

  g_assert_cmpuint (c->knockouts->len, ==, 2);
  g_assert_cmpuint (issue_at (c->knockouts, 0)->index, ==, 0);
  g_assert_true (issue_at (c->knockouts, 0)->user_data == TAG (0));
  g_assert_false (issue_at (c->knockouts, 0)->accepted);
  g_assert_nonnull (strstr (issue_at (c->knockouts, 0)->reason, "public holidays"));
  g_assert_cmpuint (issue_at (c->knockouts, 1)->index, ==, 9);
  g_assert_true (issue_at (c->knockouts, 1)->accepted);
  g_assert_cmpuint (c->n_knockouts_open, ==, 1);

  g_assert_cmpuint (c->warnings->len, ==, 2);
  g_assert_cmpuint (issue_at (c->warnings, 0)->index, ==, 1);
  g_assert_false (issue_at (c->warnings, 0)->accepted);
  g_assert_cmpuint (issue_at (c->warnings, 1)->index, ==, 10);
  g_assert_true (issue_at (c->warnings, 1)->accepted);
  g_assert_cmpuint (c->n_warnings_open, ==, 1);
  g_assert_cmpstr (issue_at (c->warnings, 0)->reason, !=, issue_at (c->knockouts, 1)->reason);
}

static void
test_requirements_none (void)
{
  VbRequirementItem items[] = {
    requirement (VB_PRIORITY_MUST, FALSE, VB_ANSWER_DOES_NOT_MEET),
  };
  g_autoptr(VbRequirementCheck) c = vb_requirement_check_compute (items, G_N_ELEMENTS (items));
  g_autoptr(VbRequirementCheck) e = vb_requirement_check_compute (NULL, 0);

  /* nothing included: no progress to show (0 ÷ 0), nothing knocked out */
  g_assert_cmpuint (c->n_included, ==, 0);
  g_assert_true (isnan (c->answered_share));
  g_assert_cmpuint (c->knockouts->len, ==, 0);
  g_assert_true (isnan (e->answered_share));
}

/* ------------------------------------------------------------ references */

static VbReferenceItem
reference (gboolean      called,
           int           rating,
           VbChooseAgain again,
           const char   *red_flags)
{
  return (VbReferenceItem) {
    .called = called,
    .rating = rating,
    .would_choose_again = again,
    .red_flags = red_flags,
  };
}

static void
test_references (void)
{
  VbReferenceItem items[] = {
    reference (TRUE, 4, VB_CHOOSE_AGAIN_YES, NULL),             /* 0: 4 */
    reference (TRUE, 5, VB_CHOOSE_AGAIN_UNSURE, ""),            /* 1: 5 */
    reference (TRUE, 0, VB_CHOOSE_AGAIN_UNSET, "   "),          /* 2: called, no rating */
    reference (FALSE, 1, VB_CHOOSE_AGAIN_NO, "Never returned our calls"), /* 3: not called */
    reference (TRUE, 2, VB_CHOOSE_AGAIN_NO, " Missed go-live by six weeks\n"), /* 4: 2 */
    reference (TRUE, 7, VB_CHOOSE_AGAIN_YES, NULL),             /* 5: out of range: no rating */
  };
  g_autoptr(VbReferenceScore) r = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i].user_data = TAG (i);
  items[4].name = "Harbour Bikes";
  r = vb_reference_score_compute (items, G_N_ELEMENTS (items));

  /* rated and called: 4, 5, 2; mean 11 ÷ 3 = 3.667; ÷ 5 × 100 = 73.333…
   * (with the uncalled 1: 12 ÷ 4 = 3 → 60; the unrated as 0: 11 ÷ 4 → 55) */
  g_assert_true (r->has_score);
  g_assert_cmpfloat_with_epsilon (r->score, 1100.0 / 15.0, EPS);
  g_assert_cmpuint (r->n_references, ==, 6);
  g_assert_cmpuint (r->n_called, ==, 5);
  g_assert_cmpuint (r->n_rated, ==, 3);

  /* beside the number, from every reference, in order */
  g_assert_cmpuint (r->would_not_choose_again->len, ==, 2);
  g_assert_cmpuint (issue_at (r->would_not_choose_again, 0)->index, ==, 3);
  g_assert_true (issue_at (r->would_not_choose_again, 0)->user_data == TAG (3));
  g_assert_cmpuint (issue_at (r->would_not_choose_again, 1)->index, ==, 4);
  g_assert_nonnull (strstr (issue_at (r->would_not_choose_again, 1)->reason, "Harbour Bikes"));

  /* blank red flags are none; the text is shown trimmed */
  g_assert_cmpuint (r->red_flags->len, ==, 2);
  g_assert_cmpuint (issue_at (r->red_flags, 0)->index, ==, 3);
  g_assert_nonnull (strstr (issue_at (r->red_flags, 0)->reason, "Never returned our calls"));
  g_assert_cmpuint (issue_at (r->red_flags, 1)->index, ==, 4);
  g_assert_true (issue_at (r->red_flags, 1)->user_data == TAG (4));
  g_assert_nonnull (strstr (issue_at (r->red_flags, 1)->reason, "Harbour Bikes"));
  g_assert_true (g_str_has_suffix (issue_at (r->red_flags, 1)->reason, ": Missed go-live by six weeks"));
}

static void
test_references_none_called (void)
{
  VbReferenceItem uncalled[] = {
    reference (FALSE, 5, VB_CHOOSE_AGAIN_YES, NULL),
    reference (FALSE, 0, VB_CHOOSE_AGAIN_UNSET, NULL),
  };
  VbReferenceItem unrated[] = {
    reference (TRUE, 0, VB_CHOOSE_AGAIN_YES, NULL),
  };
  VbReferenceItem one[] = {
    reference (TRUE, 3, VB_CHOOSE_AGAIN_YES, NULL),
  };
  g_autoptr(VbReferenceScore) a = vb_reference_score_compute (uncalled, G_N_ELEMENTS (uncalled));
  g_autoptr(VbReferenceScore) b = vb_reference_score_compute (unrated, G_N_ELEMENTS (unrated));
  g_autoptr(VbReferenceScore) c = vb_reference_score_compute (one, G_N_ELEMENTS (one));
  g_autoptr(VbReferenceScore) e = vb_reference_score_compute (NULL, 0);

  /* none called: no score, even with a rating typed in */
  g_assert_false (a->has_score);
  g_assert_true (isnan (a->score));
  g_assert_cmpuint (a->n_called, ==, 0);
  g_assert_cmpuint (a->n_references, ==, 2);

  /* called but not rated: counted as called, still no score */
  g_assert_false (b->has_score);
  g_assert_cmpuint (b->n_called, ==, 1);
  g_assert_cmpuint (b->n_rated, ==, 0);

  /* one called, rated 3: 3 ÷ 5 × 100 = 60 */
  g_assert_true (c->has_score);
  g_assert_cmpfloat_with_epsilon (c->score, 60, EPS);

  g_assert_false (e->has_score);
  g_assert_cmpuint (e->would_not_choose_again->len, ==, 0);
  g_assert_cmpuint (e->red_flags->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/selection-score/compliance/hand-computed", test_compliance_hand_computed);
  g_test_add_func ("/selection-score/compliance/nothing-answered", test_compliance_nothing_answered);
  g_test_add_func ("/selection-score/compliance/all-not-applicable", test_compliance_all_not_applicable);
  g_test_add_func ("/selection-score/compliance/domain-switched-out", test_compliance_domain_switched_out);
  g_test_add_func ("/selection-score/compliance/question-not-asked", test_compliance_question_not_asked);
  g_test_add_func ("/selection-score/compliance/zero-weights", test_compliance_zero_weights);
  g_test_add_func ("/selection-score/compliance/partly", test_compliance_partly);
  g_test_add_func ("/selection-score/compliance/knockouts", test_compliance_knockouts);
  g_test_add_func ("/selection-score/compliance/gaps", test_compliance_gaps);
  g_test_add_func ("/selection-score/compliance/exceptions", test_compliance_exceptions);
  g_test_add_func ("/selection-score/compliance/many", test_compliance_many);
  g_test_add_func ("/selection-score/requirements/check", test_requirements);
  g_test_add_func ("/selection-score/requirements/none-included", test_requirements_none);
  g_test_add_func ("/selection-score/references/score", test_references);
  g_test_add_func ("/selection-score/references/none-called", test_references_none_called);

  return g_test_run ();
}
