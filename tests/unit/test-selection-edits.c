/* test-selection-edits.c — the edits the Requirements and Security pages make
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choosing the Lite or Full questionnaire (every question's "asked" flag
 * in one edit, one undo step), a question asked or left out by hand making
 * the choice custom in the same edit, what a domain asks and weighs, a
 * requirement moved inside its section, and the counts the Requirements
 * page shows. Every number is worked out by hand in a comment.
 */

#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  VbProject *project;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", data ? data : "blank");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
activity_count (VbProject *p)
{
  return vbt_count_sql (p, "SELECT count(*) FROM activity");
}

/* One text from the open project's own connection ("" for none) */
static char *
text_sql (VbProject  *p,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (vb_project_get_db (p), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return out ? out : g_strdup ("");
}

static VbQuestion *
question (VbQuestionDomain *domain,
          gboolean          lite,
          gboolean          included,
          double            weight)
{
  g_autoptr(GError) error = NULL;
  VbQuestion *q = vb_question_domain_add_question (domain, &error);

  g_assert_no_error (error);
  g_assert_true (vb_question_set_lite (q, lite, &error));
  g_assert_true (vb_question_set_weight (q, weight, &error));
  g_assert_true (vb_question_set_included (q, included, &error));
  g_assert_no_error (error);
  return q;
}

/* The asked flags of @qs as a string of 0 and 1 */
static char *
asked (VbQuestion **qs,
       guint        n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_c (s, vb_question_get_included (qs[i]) ? '1' : '0');
  return g_string_free (s, FALSE);
}

#define assert_asked(qs, expected) \
  G_STMT_START { \
    g_autofree char *_a = asked (qs, G_N_ELEMENTS (qs)); \
    g_assert_cmpstr (_a, ==, expected); \
  } G_STMT_END

static void
test_choose_questionnaire (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbProjectSettings *settings = vb_project_get_settings (p);
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *access, *exit_domain;
  VbQuestion *qs[5];
  gint64 activity;

  access = vb_project_add_question_domain (p, &error);
  exit_domain = vb_project_add_question_domain (p, &error);
  g_assert_no_error (error);
  /* lite: 1 0 1 | 0 1 ; asked now: 0 1 1 | 0 0 */
  qs[0] = question (access, TRUE, FALSE, 3);
  qs[1] = question (access, FALSE, TRUE, 2);
  qs[2] = question (access, TRUE, TRUE, 1);
  qs[3] = question (exit_domain, FALSE, FALSE, 5);
  qs[4] = question (exit_domain, TRUE, FALSE, 4);
  assert_asked (qs, "01100");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_UNSET);

  /* Lite: exactly the lite ones, as one edit and one undo step */
  activity = activity_count (p);
  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_LITE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_LITE);
  assert_asked (qs, "10101");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE included = 1"), ==, 3);

  /* Full: every question */
  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_FULL, &error));
  assert_asked (qs, "11111");

  /* one undo goes back to Lite, the next to how it was */
  g_assert_true (vb_project_undo (p, &error));
  assert_asked (qs, "10101");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_LITE);
  g_assert_true (vb_project_undo (p, &error));
  assert_asked (qs, "01100");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_UNSET);
  g_assert_true (vb_project_redo (p, &error));
  assert_asked (qs, "10101");

  /* custom keeps the questions asked as they are */
  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_CUSTOM, &error));
  assert_asked (qs, "10101");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_CUSTOM);
  g_assert_no_error (error);
}

static void
test_hand_edit_makes_custom (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbProjectSettings *settings = vb_project_get_settings (p);
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *domain = vb_project_add_question_domain (p, &error);
  VbQuestion *qs[2];
  gint64 activity;

  qs[0] = question (domain, TRUE, TRUE, 1);
  qs[1] = question (domain, FALSE, TRUE, 1);
  /* while nothing is chosen, a hand edit leaves the choice alone */
  g_assert_true (vb_question_set_included (qs[1], FALSE, &error));
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_UNSET);
  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_FULL, &error));
  assert_asked (qs, "11");

  /* asking what is asked already changes nothing: still Full */
  activity = activity_count (p);
  g_assert_true (vb_question_set_included (qs[0], TRUE, &error));
  g_assert_cmpint (activity_count (p), ==, activity);
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_FULL);

  /* leaving one out: custom, in the same edit */
  g_assert_true (vb_question_set_included (qs[1], FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  assert_asked (qs, "10");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_CUSTOM);
  {
    g_autofree char *stored = text_sql (p, "SELECT questionnaire FROM project");
    g_assert_cmpstr (stored, ==, "custom");
  }
  /* one undo brings back both */
  g_assert_true (vb_project_undo (p, &error));
  assert_asked (qs, "11");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_FULL);
  /* once custom, it stays custom */
  g_assert_true (vb_project_redo (p, &error));
  g_assert_true (vb_question_set_included (qs[1], TRUE, &error));
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_CUSTOM);
  g_assert_no_error (error);
}

/* What the views' switch and drop-down write (vb_record_set_property_value)
 * goes through the same rules */
static void
test_generic_writes (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbProjectSettings *settings = vb_project_get_settings (p);
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *domain = vb_project_add_question_domain (p, &error);
  VbQuestion *qs[3];
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 activity;

  qs[0] = question (domain, TRUE, FALSE, 1);
  qs[1] = question (domain, FALSE, TRUE, 1);
  qs[2] = question (domain, TRUE, FALSE, 1);
  g_value_init (&value, VB_TYPE_QUESTIONNAIRE);
  g_value_set_enum (&value, VB_QUESTIONNAIRE_LITE);
  activity = activity_count (p);
  g_assert_true (vb_record_set_property_value (VB_RECORD (settings), "questionnaire", &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  assert_asked (qs, "101");
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, FALSE);
  g_assert_true (vb_record_set_property_value (VB_RECORD (qs[2]), "included", &value, &error));
  g_assert_no_error (error);
  assert_asked (qs, "100");
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_CUSTOM);
}

static void
test_domain_counts (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *domain = vb_project_add_question_domain (f->project, &error);
  VbQuestion *q;
  guint n = 99;
  double weight = -1;

  vb_question_domain_count_asked (domain, &n, &weight);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpfloat (weight, ==, 0);
  question (domain, TRUE, TRUE, 3);
  question (domain, FALSE, FALSE, 5);
  q = question (domain, FALSE, TRUE, 1.5);
  /* asked: 3 and 1.5 → 2 questions, weight 4.5; the one left out (5) does not count */
  vb_question_domain_count_asked (domain, &n, &weight);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat_with_epsilon (weight, 4.5, 1e-9);
  /* a domain switched out of the score still asks its questions */
  g_assert_true (vb_question_domain_set_included (domain, FALSE, &error));
  vb_question_domain_count_asked (domain, &n, NULL);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (vb_question_set_included (q, FALSE, &error));
  vb_question_domain_count_asked (domain, NULL, &weight);
  g_assert_cmpfloat_with_epsilon (weight, 3, 1e-9);
  g_assert_no_error (error);
}

static char *
texts (VbRequirementSection *section)
{
  GListModel *list = vb_requirement_section_get_requirements (section);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VbRequirement) r = g_list_model_get_item (list, i);

      g_string_append (s, vb_requirement_get_text (r));
    }
  return g_string_free (s, FALSE);
}

#define assert_texts(section, expected) \
  G_STMT_START { \
    g_autofree char *_t = texts (section); \
    g_assert_cmpstr (_t, ==, expected); \
  } G_STMT_END

static VbRequirement *
requirement (VbRequirementSection *section,
             const char           *text,
             VbPriority            priority,
             gboolean              included)
{
  g_autoptr(GError) error = NULL;
  VbRequirement *r = vb_requirement_section_add_requirement (section, &error);

  g_assert_no_error (error);
  g_assert_true (vb_requirement_set_text (r, text, &error));
  g_assert_true (vb_requirement_set_priority (r, priority, &error));
  g_assert_true (vb_requirement_set_included (r, included, &error));
  g_assert_no_error (error);
  return r;
}

static void
test_requirement_move (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRequirementSection *s1 = vb_project_add_requirement_section (p, &error);
  VbRequirementSection *s2 = vb_project_add_requirement_section (p, &error);
  VbRequirement *a, *c, *e;
  gint64 activity;

  /* added across both sections, so the table's order interleaves them
   * and a place in the section is not the place in the table:
   * x(s2) a(s1) y(s2) b(s1) c(s1) */
  requirement (s2, "x", VB_PRIORITY_SHOULD, TRUE);
  a = requirement (s1, "a", VB_PRIORITY_MUST, TRUE);
  requirement (s2, "y", VB_PRIORITY_SHOULD, TRUE);
  requirement (s1, "b", VB_PRIORITY_SHOULD, TRUE);
  c = requirement (s1, "c", VB_PRIORITY_NICE, TRUE);
  assert_texts (s1, "abc");

  /* c up one: before b */
  activity = activity_count (p);
  g_assert_true (vb_requirement_move (c, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  assert_texts (s1, "acb");
  assert_texts (s2, "xy");
  /* a down one: after c */
  g_assert_true (vb_requirement_move (a, 1, &error));
  assert_texts (s1, "cab");
  /* a to the end (past it: the last place) */
  g_assert_true (vb_requirement_move (a, 10, &error));
  assert_texts (s1, "cba");
  /* to its own place: nothing changes */
  activity = activity_count (p);
  g_assert_true (vb_requirement_move (a, 2, &error));
  g_assert_cmpint (activity_count (p), ==, activity);
  /* the order is on disk, in the section */
  {
    g_autofree char *stored = text_sql (p, "SELECT group_concat(text, '') FROM (SELECT text FROM requirement "
                                           "WHERE section_id = (SELECT section_id FROM requirement WHERE text = 'a') "
                                           "ORDER BY position)");
    g_assert_cmpstr (stored, ==, "cba");
  }
  g_assert_true (vb_project_undo (p, &error));
  assert_texts (s1, "cab");
  assert_texts (s2, "xy");

  /* a one-item section */
  e = requirement (vb_project_add_requirement_section (p, &error), "e", VB_PRIORITY_MUST, TRUE);
  g_assert_true (vb_requirement_move (e, 0, &error));
  g_assert_true (vb_requirement_move (e, 1, &error));
  g_assert_no_error (error);
}

static void
test_requirement_counts (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRequirementSection *s1 = vb_project_add_requirement_section (p, &error);
  VbRequirementSection *s2 = vb_project_add_requirement_section (p, &error);
  VbRequirementCounts counts;

  vb_project_count_requirements (p, &counts);
  g_assert_cmpuint (counts.n_sections, ==, 2);
  g_assert_cmpuint (counts.n_requirements, ==, 0);
  requirement (s1, "a", VB_PRIORITY_MUST, TRUE);
  requirement (s1, "b", VB_PRIORITY_MUST, FALSE);
  requirement (s1, "c", VB_PRIORITY_SHOULD, TRUE);
  requirement (s2, "d", VB_PRIORITY_MUST, TRUE);
  /* s1: 3, of which a and c in the RFP, a a must (b is left out); s2: d,
   * a must → 4 requirements, 3 in the RFP, 2 musts */
  vb_project_count_requirements (p, &counts);
  g_assert_cmpuint (counts.n_sections, ==, 2);
  g_assert_cmpuint (counts.n_sections_included, ==, 2);
  g_assert_cmpuint (counts.n_requirements, ==, 4);
  g_assert_cmpuint (counts.n_included, ==, 3);
  g_assert_cmpuint (counts.n_must, ==, 2);
  /* s2 left out: its d is out of the RFP with it → 2 in the RFP, 1 must */
  g_assert_true (vb_requirement_section_set_included (s2, FALSE, &error));
  vb_project_count_requirements (p, &counts);
  g_assert_cmpuint (counts.n_sections_included, ==, 1);
  g_assert_cmpuint (counts.n_included, ==, 2);
  g_assert_cmpuint (counts.n_must, ==, 1);
  /* one section's counts */
  memset (&counts, 0, sizeof counts);
  vb_requirement_section_count (s1, &counts);
  g_assert_cmpuint (counts.n_requirements, ==, 3);
  g_assert_cmpuint (counts.n_included, ==, 2);
  g_assert_no_error (error);
}

/* A seeded template: every question asked, nothing chosen yet; Lite asks
 * fewer, Full every one again */
static void
test_template_questionnaire (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbProjectSettings *settings = vb_project_get_settings (p);
  g_autoptr(GError) error = NULL;
  gint64 all = vbt_count_sql (p, "SELECT count(*) FROM question");
  gint64 lite = vbt_count_sql (p, "SELECT count(*) FROM question WHERE lite = 1");

  g_assert_cmpint (all, >, lite);
  g_assert_cmpint (lite, >, 0);
  g_assert_cmpint (vb_project_settings_get_questionnaire (settings), ==, VB_QUESTIONNAIRE_UNSET);
  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_LITE, &error));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE included = 1"), ==, lite);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE included = 1 AND lite = 0"), ==, 0);
  g_assert_true (vb_project_settings_choose_questionnaire (settings, VB_QUESTIONNAIRE_FULL, &error));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE included = 1"), ==, all);
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/selection-edits/" path, Fixture, NULL, setup, func, teardown)
  ADD ("choose-questionnaire", test_choose_questionnaire);
  ADD ("hand-edit-makes-custom", test_hand_edit_makes_custom);
  ADD ("generic-writes", test_generic_writes);
  ADD ("domain-counts", test_domain_counts);
  ADD ("requirement-move", test_requirement_move);
  ADD ("requirement-counts", test_requirement_counts);
#undef ADD
  g_test_add ("/selection-edits/template-questionnaire", Fixture, "customer-support", setup,
              test_template_questionnaire, teardown);

  return g_test_run ();
}
