/* test-reference-calls.c — which vendors still need a reference call, and
 * which vendor leads
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vb_reference_is_called, vb_vendor_count_references_called,
 * vb_vendor_awaits_reference_call and vb_project_get_leading_vendor on
 * real project files, through the entities as the page and the rules use
 * them; every case is worked out by hand in its comments.
 */

#include "config.h"

#include "vb-question.h"
#include "vb-question-domain.h"
#include "vb-reference.h"
#include "vb-response.h"
#include "vb-vendor.h"
#include "vb-vendor-scores.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  VbProject *project;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static VbVendor *
vendor (Fixture        *f,
        const char     *name,
        VbVendorStatus  status)
{
  g_autoptr(GError) error = NULL;
  VbVendor *v = vb_project_add_vendor (f->project, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (v, name, &error));
  g_assert_true (vb_vendor_set_status (v, status, status == VB_VENDOR_STATUS_REJECTED ? "Too dear" : NULL, &error));
  g_assert_no_error (error);
  return v;
}

static VbReference *
reference (VbVendor   *v,
           const char *called_on)
{
  g_autoptr(GError) error = NULL;
  VbReference *r = vb_vendor_add_reference (v, &error);

  g_assert_no_error (error);
  if (called_on)
    g_assert_true (vb_reference_set_called_on (r, called_on, &error));
  g_assert_no_error (error);
  return r;
}

/* A question of @weight expecting "yes" */
static VbQuestion *
question (VbQuestionDomain *d,
          double            weight)
{
  g_autoptr(GError) error = NULL;
  VbQuestion *q = vb_question_domain_add_question (d, &error);

  g_assert_no_error (error);
  g_assert_true (vb_question_set_expected_answer (q, VB_YES_NO_YES, &error));
  g_assert_true (vb_question_set_weight (q, weight, &error));
  g_assert_no_error (error);
  return q;
}

static void
answer (VbQuestion *q,
        VbVendor   *v,
        VbAnswer    a)
{
  g_autoptr(GError) error = NULL;
  VbResponse *r = vb_question_add_response (q, v, &error);

  g_assert_no_error (error);
  g_assert_true (vb_response_set_answer (r, a, &error));
  g_assert_no_error (error);
}

static void
test_called (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *a = vendor (f, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbReference *r1, *r2;

  /* no reference at all: awaits a call */
  g_assert_cmpuint (vb_vendor_count_references_called (a), ==, 0);
  g_assert_true (vb_vendor_awaits_reference_call (a));
  /* a reference written down, not called: still awaits */
  r1 = reference (a, NULL);
  g_assert_false (vb_reference_is_called (r1));
  g_assert_true (vb_vendor_awaits_reference_call (a));
  /* a rating alone does not make a call */
  g_assert_true (vb_reference_set_rating (r1, 4, &error));
  g_assert_no_error (error);
  g_assert_false (vb_reference_is_called (r1));
  /* called: 1 of 2 */
  r2 = reference (a, "2026-03-02");
  g_assert_true (vb_reference_is_called (r2));
  g_assert_cmpuint (vb_vendor_count_references_called (a), ==, 1);
  g_assert_false (vb_vendor_awaits_reference_call (a));
  /* the same count as the reference score's */
  {
    g_autoptr(VbVendorScores) scores = vb_vendor_scores_compute (a);
    g_assert_cmpuint (scores->references->n_called, ==, 1);
  }
  /* undo the date: awaits again */
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vb_vendor_count_references_called (a), ==, 0);
  g_assert_true (vb_vendor_awaits_reference_call (a));
  /* removed: not counted */
  g_assert_true (vb_reference_set_called_on (r1, "2026-03-03", &error));
  g_assert_cmpuint (vb_vendor_count_references_called (a), ==, 1);
  g_assert_true (vb_record_remove (VB_RECORD (r1), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vb_vendor_count_references_called (a), ==, 0);
}

/* Only finalists and the selected vendor await a call */
static void
test_awaits_by_status (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *l = vendor (f, "Long", VB_VENDOR_STATUS_LONG_LIST);
  VbVendor *s = vendor (f, "Short", VB_VENDOR_STATUS_SHORTLIST);
  VbVendor *fi = vendor (f, "Final", VB_VENDOR_STATUS_FINALIST);
  VbVendor *r = vendor (f, "Gone", VB_VENDOR_STATUS_REJECTED);

  g_assert_false (vb_vendor_awaits_reference_call (l));
  g_assert_false (vb_vendor_awaits_reference_call (s));
  g_assert_true (vb_vendor_awaits_reference_call (fi));
  g_assert_false (vb_vendor_awaits_reference_call (r));
  g_assert_true (vb_vendor_select (fi, &error));
  g_assert_no_error (error);
  g_assert_true (vb_vendor_awaits_reference_call (fi));
}

static void
test_leading (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *d;
  VbQuestion *q1, *q2;
  VbVendor *a, *b, *c;

  /* nobody: none leads */
  g_assert_null (vb_project_get_leading_vendor (f->project));
  /* a shortlisted vendor does not lead; a lone finalist does */
  vendor (f, "Short", VB_VENDOR_STATUS_SHORTLIST);
  g_assert_null (vb_project_get_leading_vendor (f->project));
  a = vendor (f, "A", VB_VENDOR_STATUS_FINALIST);
  g_assert_true (vb_project_get_leading_vendor (f->project) == a);
  /* two finalists, no compliance score: none */
  b = vendor (f, "B", VB_VENDOR_STATUS_FINALIST);
  g_assert_null (vb_project_get_leading_vendor (f->project));

  /* q1 weight 3, q2 weight 1, both expect yes.
   * A: q1 yes, q2 no → 100 × 3 ÷ 4 = 75; B: q1 partly, q2 yes → 100 × (1.5 + 1) ÷ 4 = 62.5 */
  d = vb_project_add_question_domain (f->project, &error);
  g_assert_no_error (error);
  q1 = question (d, 3);
  q2 = question (d, 1);
  answer (q1, a, VB_ANSWER_YES);
  answer (q2, a, VB_ANSWER_NO);
  answer (q1, b, VB_ANSWER_PARTLY);
  answer (q2, b, VB_ANSWER_YES);
  g_assert_true (vb_project_get_leading_vendor (f->project) == a);
  /* C scores 75 too: a tie goes to the first in the list, A */
  c = vendor (f, "C", VB_VENDOR_STATUS_FINALIST);
  answer (q1, c, VB_ANSWER_YES);
  answer (q2, c, VB_ANSWER_NO);
  g_assert_true (vb_project_get_leading_vendor (f->project) == a);
  /* A leaves the finalists: C (75) beats B (62.5) */
  g_assert_true (vb_vendor_set_status (a, VB_VENDOR_STATUS_SHORTLIST, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_get_leading_vendor (f->project) == c);
  /* the selected vendor leads whatever the scores: B (62.5) */
  g_assert_true (vb_vendor_select (b, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_get_leading_vendor (f->project) == b);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/reference-calls/" path, Fixture, NULL, setup, func, teardown)
  ADD ("called", test_called);
  ADD ("awaits-by-status", test_awaits_by_status);
  ADD ("leading", test_leading);
#undef ADD
  return g_test_run ();
}
