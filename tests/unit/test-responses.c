/* test-responses.c — recording a vendor's answers
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vb_requirement_record_answer() and vb_question_record_answer(), as the
 * Responses page calls them: the first answer creates the response with
 * its answer in one edit (one activity row, one undo step), later ones
 * change it, an answer the kind of item does not take is refused and
 * writes nothing.
 */

#include "vb-project-private.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

typedef struct {
  char          *dir;
  VbProject     *project;
  VbVendor      *vendor;
  VbRequirement *requirement;
  VbQuestion    *question;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section;
  VbQuestionDomain *domain;

  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
  f->vendor = vb_project_add_vendor (f->project, &error);
  g_assert_no_error (error);
  section = vb_project_add_requirement_section (f->project, &error);
  g_assert_no_error (error);
  f->requirement = vb_requirement_section_add_requirement (section, &error);
  g_assert_no_error (error);
  domain = vb_project_add_question_domain (f->project, &error);
  g_assert_no_error (error);
  f->question = vb_question_domain_add_question (domain, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
activity (Fixture *f)
{
  return vbt_count_sql (f->project, "SELECT count(*) FROM activity");
}

static void
test_first_answer_is_one_edit (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = activity (f);
  VbResponse *response;

  g_assert_null (vb_requirement_get_response_of (f->requirement, f->vendor));
  g_assert_true (vb_requirement_record_answer (f->requirement, f->vendor, VB_ANSWER_PARTLY, &error));
  g_assert_no_error (error);
  response = vb_requirement_get_response_of (f->requirement, f->vendor);
  g_assert_nonnull (response);
  g_assert_cmpint (vb_response_get_answer (response), ==, VB_ANSWER_PARTLY);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM response WHERE answer = 'partly' "
                                  "AND requirement_id IS NOT NULL"), ==, 1);
  /* one edit: one activity row */
  g_assert_cmpint (activity (f), ==, before + 1);

  /* one undo step takes the whole response away; redo brings it back answered */
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_null (vb_requirement_get_response_of (f->requirement, f->vendor));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM response"), ==, 0);
  g_assert_true (vb_project_redo (f->project, &error));
  g_assert_no_error (error);
  response = vb_requirement_get_response_of (f->requirement, f->vendor);
  g_assert_nonnull (response);
  g_assert_cmpint (vb_response_get_answer (response), ==, VB_ANSWER_PARTLY);
}

static void
test_later_answers_change_it (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbResponse *response;
  gint64 before;

  g_assert_true (vb_question_record_answer (f->question, f->vendor, VB_ANSWER_NO, &error));
  g_assert_no_error (error);
  response = vb_question_get_response_of (f->question, f->vendor);
  g_assert_nonnull (response);
  g_assert_true (vb_question_record_answer (f->question, f->vendor, VB_ANSWER_YES, &error));
  g_assert_no_error (error);
  /* the same response, changed */
  g_assert_true (vb_question_get_response_of (f->question, f->vendor) == response);
  g_assert_cmpint (vb_response_get_answer (response), ==, VB_ANSWER_YES);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM response"), ==, 1);

  /* the answer it has already writes nothing */
  before = activity (f);
  g_assert_true (vb_question_record_answer (f->question, f->vendor, VB_ANSWER_YES, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity (f), ==, before);

  /* clearing keeps the row (its notes stay) with no answer */
  g_assert_true (vb_response_set_text (response, "Backups are encrypted at rest", &error));
  g_assert_true (vb_question_record_answer (f->question, f->vendor, VB_ANSWER_UNSET, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_response_get_answer (response), ==, VB_ANSWER_UNSET);
  g_assert_cmpstr (vb_response_get_text (response), ==, "Backups are encrypted at rest");
}

static void
test_clearing_nothing_writes_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = activity (f);

  g_assert_true (vb_requirement_record_answer (f->requirement, f->vendor, VB_ANSWER_UNSET, &error));
  g_assert_no_error (error);
  g_assert_null (vb_requirement_get_response_of (f->requirement, f->vendor));
  g_assert_cmpint (activity (f), ==, before);
}

static void
test_wrong_kind_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = activity (f);

  /* "yes" is a question's answer: no response is left behind */
  g_assert_false (vb_requirement_record_answer (f->requirement, f->vendor, VB_ANSWER_YES, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_true (vbt_contains_ci (error->message, "meets"));
  g_clear_error (&error);
  g_assert_null (vb_requirement_get_response_of (f->requirement, f->vendor));

  g_assert_false (vb_question_record_answer (f->question, f->vendor, VB_ANSWER_MEETS, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (vb_question_get_response_of (f->question, f->vendor));

  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM response"), ==, 0);
  g_assert_cmpint (activity (f), ==, before);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/responses/" path, Fixture, NULL, setup, func, teardown)
  ADD ("first-answer-is-one-edit", test_first_answer_is_one_edit);
  ADD ("later-answers-change-it", test_later_answers_change_it);
  ADD ("clearing-nothing-writes-nothing", test_clearing_nothing_writes_nothing);
  ADD ("wrong-kind-refused", test_wrong_kind_refused);
#undef ADD
  return g_test_run ();
}
