/* vb-selection-score.h — the scores of Responses and References
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over arrays of typed values, no project file: the pages,
 * `info --json`, the guidance rules and the evaluation report read the
 * values from the entities and hand them here, so the maths is tested on
 * its own. Each function makes one pass over its items (a project of 50
 * finalists × 150 items is 7,500 items, never 7,500²).
 *
 * Scores are 0–100. A score that cannot be given (nothing answered, no
 * weight, no reference called) has `has_score` FALSE and `score` NAN, so a
 * caller that forgets the flag shows "NaN" instead of a plausible 0:
 * always test `has_score` and write null.
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

/* One thing to show beside a score: a knock-out, a high-risk gap, a
 * must-have warning, a reference who would not choose again or a red flag.
 * Lists of them are in the order of the items they come from. */
typedef struct {
  guint     index;      /* position of the item in the input array */
  gpointer  user_data;  /* the item's user_data: which question, requirement, reference */
  char     *reason;     /* a translated sentence for the business owner */
  gboolean  accepted;   /* an exception with a reason is recorded (knock-outs, gaps, warnings) */
} VbSelectionIssue;

/* ------------------------------------------------------------ questionnaire */

/* One question of the questionnaire with one vendor's answer. Only the
 * questions that are asked (the question's included flag) in a domain that
 * counts (the domain's included flag) take part: in the score, in the
 * share answered, in the knock-outs and in the gaps. A question's answer
 * is YES, NO, PARTLY, NOT_APPLICABLE or UNSET; a requirement's word
 * (MEETS, DOES_NOT_MEET) counts as not answered. A negative or
 * non-finite weight counts as 0. */
typedef struct {
  VbYesNo      expected;          /* the compliant answer */
  double       weight;
  gboolean     high_risk;
  gboolean     asked;             /* the question's included flag */
  gboolean     domain_counts;     /* its domain's included flag */
  VbAnswer     answer;
  const char  *exception_reason;  /* an accepted exception when not blank */
  const char  *text;              /* the question, named in reasons; may be NULL */
  gpointer     user_data;
} VbComplianceItem;

typedef struct {
  /* score = 100 × Σ weight × credit ÷ Σ weight over the asked questions of
   * the domains that count, not-applicable ones left out of both sums;
   * credit: the compliant answer 1, "partly" 0.5, the other answer or none 0.
   * No score when nothing is answered or Σ weight is 0 (all not
   * applicable, or only weights of 0). */
  gboolean  has_score;
  double    score;              /* 0–100; NAN without a score */
  double    weight_total;       /* Σ weight, not-applicable ones left out */
  double    weight_earned;      /* Σ weight × credit */

  guint     n_asked;            /* asked questions of domains that count */
  guint     n_answered;         /* of them, answered ("not applicable" is an answer) */
  guint     n_not_applicable;
  gboolean  nothing_answered;   /* n_answered == 0 (also when nothing is asked) */
  double    answered_share;     /* n_answered ÷ n_asked, 0–1; NAN when nothing is asked */

  /* a high-risk question answered with the opposite of the compliant yes/no */
  GArray   *knockouts;          /* of VbSelectionIssue */
  /* a high-risk question answered "partly" or not answered (an open gap) */
  GArray   *gaps;               /* of VbSelectionIssue */
  guint     n_knockouts_open;   /* knock-outs without an accepted exception */
  guint     n_gaps_open;        /* gaps without an accepted exception */
} VbComplianceScore;

VbComplianceScore *vb_compliance_score_compute (const VbComplianceItem *items,
                                                gsize                   n_items);
void               vb_compliance_score_free    (VbComplianceScore      *score);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbComplianceScore, vb_compliance_score_free)

/* ------------------------------------------------------------ requirements */

/* One requirement with one vendor's answer. Only included requirements (in
 * the RFP) take part. A requirement's answer is MEETS, PARTLY,
 * DOES_NOT_MEET, NOT_APPLICABLE or UNSET; a question's word (YES, NO)
 * counts as not answered. */
typedef struct {
  VbPriority   priority;
  gboolean     included;
  VbAnswer     answer;
  const char  *exception_reason;  /* an accepted exception when not blank */
  const char  *text;              /* the requirement, named in reasons; may be NULL */
  gpointer     user_data;
} VbRequirementItem;

typedef struct {
  guint     n_included;
  guint     n_answered;         /* "not applicable" is an answer */
  double    answered_share;     /* n_answered ÷ n_included, 0–1; NAN when none is included */

  /* "does not meet" on a must-have */
  GArray   *knockouts;          /* of VbSelectionIssue */
  /* "partly" on a must-have: asks for a decision, resolved (accepted) when
   * an exception is recorded */
  GArray   *warnings;           /* of VbSelectionIssue */
  guint     n_knockouts_open;
  guint     n_warnings_open;
} VbRequirementCheck;

VbRequirementCheck *vb_requirement_check_compute (const VbRequirementItem *items,
                                                  gsize                    n_items);
void                vb_requirement_check_free    (VbRequirementCheck      *check);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbRequirementCheck, vb_requirement_check_free)

/* ------------------------------------------------------------ references */

/* One reference of a vendor. A rating outside 1–5 counts as none. */
typedef struct {
  gboolean       called;              /* the date called is set */
  int            rating;              /* 0 = none, 1–5 */
  VbChooseAgain  would_choose_again;
  const char    *red_flags;           /* a red flag when not blank */
  const char    *name;                /* the reference (company or contact), named in reasons; may be NULL */
  gpointer       user_data;
} VbReferenceItem;

typedef struct {
  /* score = mean rating of the called references with a rating ÷ 5 × 100;
   * none when no called reference has a rating */
  gboolean  has_score;
  double    score;              /* 20–100; NAN without a score */
  guint     n_references;
  guint     n_called;
  guint     n_rated;            /* called and rated: the ones averaged */

  /* listed beside the score, never averaged into it; from every
   * reference, called or not, so nothing written down is hidden */
  GArray   *would_not_choose_again;  /* of VbSelectionIssue */
  GArray   *red_flags;               /* of VbSelectionIssue */
} VbReferenceScore;

VbReferenceScore *vb_reference_score_compute (const VbReferenceItem *items,
                                              gsize                  n_items);
void              vb_reference_score_free    (VbReferenceScore      *score);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbReferenceScore, vb_reference_score_free)

G_END_DECLS
