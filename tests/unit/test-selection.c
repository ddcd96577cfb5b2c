/* test-selection.c — the entities of the vendor-selection stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Requirement sections and requirements, question domains and questions
 * (with their framework tags), responses, references, the call sheet and
 * the answers to it, and the project's questionnaire: typed getters,
 * properties that notify, setters that make one edit each (one commit, one
 * activity row, one undo step) or refuse in words and change nothing.
 */

#include <math.h>

#include "vb-call-prompt.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-reference-answer.h"
#include "vb-reference.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-vendor.h"
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
  g_autofree char *path = g_strdup (vb_project_get_path (f->project));

  g_clear_object (&f->project);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
activity_count (VbProject *p)
{
  return vbt_count_sql (p, "SELECT count(*) FROM activity");
}

/* One edit: one more activity row, and undo names the table */
static void
assert_one_edit (VbProject  *p,
                 gint64     *activity,
                 const char *words)
{
  g_assert_cmpint (activity_count (p), ==, *activity + 1);
  *activity = activity_count (p);
  if (words && !vbt_contains_ci (vb_project_get_undo_summary (p), words))
    g_error ("the undo step “%s” does not say “%s”", vb_project_get_undo_summary (p), words);
}

/* Refused: FALSE, INVALID naming @keyword, the file's bytes and the log as they were */
#define assert_refused(p, call, keyword) \
  G_STMT_START { \
    g_autofree char *_hash = vbt_hash_file (vb_project_get_path (p)); \
    gint64 _activity = activity_count (p); \
    g_autoptr(GError) _error = NULL; \
    GError **error_out = &_error; \
    gboolean _ok = (call); \
    g_assert_false (_ok); \
    vbt_assert_error_names (_error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, (keyword)); \
    g_test_message ("refused: %s", _error->message); \
    vbt_assert_hash_unchanged (vb_project_get_path (p), _hash); \
    g_assert_cmpint (activity_count (p), ==, _activity); \
    (void) error_out; \
  } G_STMT_END

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  (*(guint *) data)++;
}

static gboolean
set_property_text (VbRecord    *r,
                   const char  *property,
                   const char  *text,
                   GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, text);
  return vb_record_set_property_value (r, property, &v, error);
}

/* ------------------------------------------------------- requirements */

static void
test_requirements (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section;
  VbRequirement *req;
  gint64 activity = activity_count (p);
  guint notified = 0;

  section = vb_project_add_requirement_section (p, &error);
  g_assert_no_error (error);
  assert_one_edit (p, &activity, "section");
  /* the user's own: custom, no key, not an example */
  g_assert_true (vb_requirement_section_get_custom (section));
  g_assert_cmpstr (vb_requirement_section_get_key (section), ==, "");
  g_assert_false (vb_record_get_example (VB_RECORD (section)));
  g_assert_true (vb_requirement_section_get_included (section));
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_requirement_sections (p)), ==, 1);

  g_signal_connect (section, "notify::title", G_CALLBACK (count_notify_cb), &notified);
  g_assert_true (vb_requirement_section_set_title (section, "Service delivery", &error));
  g_assert_no_error (error);
  assert_one_edit (p, &activity, "title");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (vb_requirement_section_get_title (section), ==, "Service delivery");
  g_assert_true (vb_requirement_section_set_description (section, "How the work is done", &error));
  assert_one_edit (p, &activity, "description");
  g_assert_true (vb_requirement_section_set_included (section, FALSE, &error));
  assert_one_edit (p, &activity, "inclusion");
  g_assert_false (vb_requirement_section_get_included (section));
  g_assert_cmpint (vbt_count_sql (p, "SELECT included FROM requirement_section"), ==, 0);

  req = vb_requirement_section_add_requirement (section, &error);
  g_assert_no_error (error);
  assert_one_edit (p, &activity, "requirement");
  g_assert_true (vb_requirement_get_custom (req));
  g_assert_true (vb_requirement_get_section (req) == section);
  g_assert_cmpuint (g_list_model_get_n_items (vb_requirement_section_get_requirements (section)), ==, 1);
  g_assert_true (vb_requirement_set_text (req, "Describe how you will train agents on our products.", &error));
  assert_one_edit (p, &activity, "text");
  g_assert_true (vb_requirement_set_priority (req, VB_PRIORITY_MUST, &error));
  assert_one_edit (p, &activity, "priority");
  g_assert_cmpint (vb_requirement_get_priority (req), ==, VB_PRIORITY_MUST);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM requirement WHERE priority = 'must'"), ==, 1);
  g_assert_true (vb_requirement_set_included (req, FALSE, &error));
  assert_one_edit (p, &activity, NULL);
  g_assert_true (vb_requirement_set_notes (req, "Ask for the training plan", &error));
  assert_one_edit (p, &activity, "notes");
  g_assert_no_error (error);
  g_assert_cmpstr (vb_requirement_get_notes (req), ==, "Ask for the training plan");

  /* the key and the section are not the user's to change */
  assert_refused (p, set_property_text (VB_RECORD (req), "key", "training", error_out), "key");
  assert_refused (p, set_property_text (VB_RECORD (req), "section-id", vb_record_get_uuid (VB_RECORD (section)),
                                        error_out), "stays in its section");
  assert_refused (p, set_property_text (VB_RECORD (section), "key", "delivery", error_out), "key");

  /* one undo step per edit */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_requirement_get_notes (req), ==, "");
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_requirement_get_included (req));
  g_assert_no_error (error);
}

/* Editing a template's item ends its example mark; the key stays */
static void
test_template_items (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *section = vb_project_add (p, "requirement_section", &error);
  VbRecord *req = vb_project_add_child (p, "requirement", "section_id", section, &error);
  VbRecord *domain = vb_project_add (p, "question_domain", &error);
  VbRecord *question = vb_project_add_child (p, "question", "domain_id", domain, &error);
  VbRecord *prompt = vb_project_add (p, "call_prompt", &error);
  VbRecord *items[] = { section, req, domain, question, prompt };

  /* as a template writes them: a key, marked as examples, not custom */
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_assert_true (vb_project_set_text (p, items[i], "key", "exit-clause", &error));
      g_assert_true (vb_project_set_int (p, items[i], "example", 1, &error));
      g_assert_no_error (error);
      g_assert_true (vb_record_get_example (items[i]));
    }
  g_assert_false (vb_requirement_get_custom (VB_REQUIREMENT (req)));

  g_assert_true (vb_requirement_section_set_title (VB_REQUIREMENT_SECTION (section), "Leaving", &error));
  g_assert_true (vb_requirement_set_text (VB_REQUIREMENT (req), "Describe how we can leave.", &error));
  g_assert_true (vb_question_domain_set_title (VB_QUESTION_DOMAIN (domain), "Exit", &error));
  g_assert_true (vb_question_set_text (VB_QUESTION (question), "Can we take our data?", &error));
  g_assert_true (vb_call_prompt_set_text (VB_CALL_PROMPT (prompt), "How did the exit go?", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE key = 'exit-clause' AND example = 0",
                                              vb_record_get_table_name (items[i]));

      g_assert_false (vb_record_get_example (items[i]));
      g_assert_cmpint (vbt_count_sql (p, sql), ==, 1);
    }
  g_assert_cmpstr (vb_requirement_get_key (VB_REQUIREMENT (req)), ==, "exit-clause");
  g_assert_cmpstr (vb_question_get_key (VB_QUESTION (question)), ==, "exit-clause");
  g_assert_cmpstr (vb_call_prompt_get_key (VB_CALL_PROMPT (prompt)), ==, "exit-clause");
}

/* ---------------------------------------------------------- questions */

static void
test_questions (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *domain = vb_project_add_question_domain (p, &error);
  VbQuestion *q;
  gint64 activity;
  static const char *const tags[] = { "ISO 27001 A.5.19", "  GDPR 28(3)(d) ", "", "ISO 27001 A.5.19",
                                      "PCI DSS 3.3.1", NULL };
  static const char *const fewer[] = { "GDPR 28(3)(d)", NULL };
  static const char *const none[] = { NULL };

  g_assert_no_error (error);
  g_assert_true (vb_question_domain_set_code (domain, "AC", &error));
  g_assert_true (vb_question_domain_set_title (domain, "Access control", &error));
  g_assert_true (vb_question_domain_set_included (domain, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_question_domain_get_code (domain), ==, "AC");
  g_assert_false (vb_question_domain_get_included (domain));
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_question_domains (p)), ==, 1);

  q = vb_question_domain_add_question (domain, &error);
  g_assert_no_error (error);
  g_assert_true (vb_question_get_domain (q) == domain);
  g_assert_cmpuint (g_list_model_get_n_items (vb_question_domain_get_questions (domain)), ==, 1);
  activity = activity_count (p);
  g_assert_true (vb_question_set_text (q, "Is every agent's account removed on their last day?", &error));
  assert_one_edit (p, &activity, "text");
  g_assert_true (vb_question_set_expected_answer (q, VB_YES_NO_NO, &error));
  assert_one_edit (p, &activity, "compliant answer");
  g_assert_cmpint (vb_question_get_expected_answer (q), ==, VB_YES_NO_NO);
  g_assert_true (vb_question_set_weight (q, 3, &error));
  assert_one_edit (p, &activity, "weight");
  g_assert_cmpfloat (vb_question_get_weight (q), ==, 3);
  g_assert_true (vb_question_set_high_risk (q, TRUE, &error));
  assert_one_edit (p, &activity, "high-risk");
  g_assert_true (vb_question_set_guidance (q, "Ask for the leaver checklist.", &error));
  assert_one_edit (p, &activity, "guidance");
  g_assert_true (vb_question_set_included (q, FALSE, &error));
  assert_one_edit (p, &activity, "inclusion");
  g_assert_true (vb_question_set_lite (q, TRUE, &error));
  assert_one_edit (p, &activity, "Lite");
  g_assert_no_error (error);
  g_assert_true (vb_question_get_high_risk (q));
  g_assert_false (vb_question_get_included (q));
  g_assert_true (vb_question_get_lite (q));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE lite AND high_risk AND NOT included "
                                     "AND weight = 3 AND expected_answer = 'no'"), ==, 1);
  /* a weight is 0 to 100 */
  assert_refused (p, vb_question_set_weight (q, 101, error_out), "weight");
  assert_refused (p, set_property_text (VB_RECORD (q), "domain-id", vb_record_get_uuid (VB_RECORD (domain)),
                                        error_out), "stays in its domain");

  /* framework tags: trimmed, the empty and the repeated left out, in order, one edit */
  g_assert_true (vb_question_set_frameworks (q, tags, &error));
  g_assert_no_error (error);
  assert_one_edit (p, &activity, "framework");
  {
    g_auto(GStrv) have = vb_question_dup_frameworks (q);
    g_autofree char *joined = g_strjoinv ("|", have);

    g_assert_cmpstr (joined, ==, "ISO 27001 A.5.19|GDPR 28(3)(d)|PCI DSS 3.3.1");
  }
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_framework"), ==, 3);
  /* the same tags again: nothing to do */
  g_assert_true (vb_question_set_frameworks (q, tags, &error));
  g_assert_cmpint (activity_count (p), ==, activity);
  /* fewer: one edit again, undone in one step */
  g_assert_true (vb_question_set_frameworks (q, fewer, &error));
  assert_one_edit (p, &activity, "framework");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_framework"), ==, 1);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  {
    g_auto(GStrv) have = vb_question_dup_frameworks (q);
    g_assert_cmpuint (g_strv_length (have), ==, 3);
    g_assert_cmpstr (have[1], ==, "GDPR 28(3)(d)");
  }
  g_assert_true (vb_question_set_frameworks (q, none, &error));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_framework"), ==, 0);
  /* the tags go with their question */
  g_assert_true (vb_question_set_frameworks (q, fewer, &error));
  g_assert_true (vb_record_remove (VB_RECORD (q), &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_framework"), ==, 0);
}

/* ---------------------------------------------------------- responses */

static void
test_responses (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *vendor = vb_project_add_vendor (p, &error);
  VbRequirementSection *section = vb_project_add_requirement_section (p, &error);
  VbRequirement *req = vb_requirement_section_add_requirement (section, &error);
  VbQuestionDomain *domain = vb_project_add_question_domain (p, &error);
  VbQuestion *q = vb_question_domain_add_question (domain, &error);
  VbResponse *to_req, *to_q;
  g_autofree char *uuid = NULL;
  gint64 activity;

  g_assert_no_error (error);
  to_req = vb_requirement_add_response (req, vendor, &error);
  g_assert_no_error (error);
  to_q = vb_question_add_response (q, vendor, &error);
  g_assert_no_error (error);
  g_assert_true (vb_response_get_vendor (to_req) == vendor);
  g_assert_true (vb_response_get_requirement (to_req) == req);
  g_assert_null (vb_response_get_question (to_req));
  g_assert_true (vb_response_get_question (to_q) == q);
  g_assert_null (vb_response_get_requirement (to_q));
  g_assert_cmpint (vb_response_get_answer (to_req), ==, VB_ANSWER_UNSET);
  g_assert_true (vb_requirement_get_response_of (req, vendor) == to_req);
  g_assert_true (vb_question_get_response_of (q, vendor) == to_q);
  g_assert_cmpuint (g_list_model_get_n_items (vb_vendor_get_responses (vendor)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vb_requirement_get_responses (req)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (vb_question_get_responses (q)), ==, 1);
  /* a vendor answers an item once */
  assert_refused (p, vb_requirement_add_response (req, vendor, error_out) != NULL, "already");

  /* the answers each kind takes */
  g_assert_true (vb_response_allows_answer (to_req, VB_ANSWER_DOES_NOT_MEET));
  g_assert_false (vb_response_allows_answer (to_req, VB_ANSWER_YES));
  g_assert_true (vb_response_allows_answer (to_q, VB_ANSWER_NO));
  g_assert_false (vb_response_allows_answer (to_q, VB_ANSWER_MEETS));
  activity = activity_count (p);
  g_assert_true (vb_response_set_answer (to_req, VB_ANSWER_PARTLY, &error));
  assert_one_edit (p, &activity, "answer");
  g_assert_true (vb_response_set_answer (to_q, VB_ANSWER_NO, &error));
  assert_one_edit (p, &activity, "answer");
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response WHERE answer = 'partly' AND "
                                     "requirement_id IS NOT NULL"), ==, 1);
  assert_refused (p, vb_response_set_answer (to_req, VB_ANSWER_YES, error_out), "meets, partly");
  assert_refused (p, vb_response_set_answer (to_q, VB_ANSWER_MEETS, error_out), "yes, no, partly");
  {
    /* the same through the property a drop-down writes */
    g_auto(GValue) v = G_VALUE_INIT;

    g_value_init (&v, VB_TYPE_ANSWER);
    g_value_set_enum (&v, VB_ANSWER_NO);
    assert_refused (p, vb_record_set_property_value (VB_RECORD (to_req), "answer", &v, error_out), "meets, partly");
    g_value_set_enum (&v, VB_ANSWER_NOT_APPLICABLE);
    g_assert_true (vb_record_set_property_value (VB_RECORD (to_req), "answer", &v, &error));
    g_assert_no_error (error);
    g_assert_cmpint (vb_response_get_answer (to_req), ==, VB_ANSWER_NOT_APPLICABLE);
  }
  assert_refused (p, set_property_text (VB_RECORD (to_q), "question-id", NULL, error_out), "stays with");
  activity = activity_count (p);
  g_assert_true (vb_response_set_text (to_q, "Accounts are closed within a week.", &error));
  assert_one_edit (p, &activity, "details");
  g_assert_true (vb_response_set_evidence (to_q, "HR leaver procedure", &error));
  assert_one_edit (p, &activity, "evidence");
  g_assert_true (vb_response_set_followup (to_q, VB_FOLLOWUP_OPEN, &error));
  assert_one_edit (p, &activity, "follow-up");
  g_assert_true (vb_response_set_exception_reason (to_q, "Closed the same day from next month", &error));
  assert_one_edit (p, &activity, "exception");
  g_assert_no_error (error);
  g_assert_cmpstr (vb_response_get_evidence (to_q), ==, "HR leaver procedure");
  g_assert_cmpint (vb_response_get_followup (to_q), ==, VB_FOLLOWUP_OPEN);
  g_assert_cmpstr (vb_response_get_exception_reason (to_q), ==, "Closed the same day from next month");

  /* removing the question removes its response; undo brings both back */
  uuid = g_strdup (vb_record_get_uuid (VB_RECORD (to_q)));
  g_assert_true (vb_record_remove (VB_RECORD (q), &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_lookup (p, uuid));
  g_assert_cmpuint (g_list_model_get_n_items (vb_vendor_get_responses (vendor)), ==, 1);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_project_lookup (p, uuid));
  g_assert_cmpstr (vb_response_get_text (VB_RESPONSE (vb_project_lookup (p, uuid))), ==,
                   "Accounts are closed within a week.");
  /* and the vendor's removal removes them all */
  g_assert_true (vb_record_remove (VB_RECORD (vendor), &error));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response"), ==, 0);
}

/* ---------------------------------------------------------- references */

static void
test_references (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *vendor = vb_project_add_vendor (p, &error);
  VbReference *ref = vb_vendor_add_reference (vendor, &error);
  VbReference *other = vb_vendor_add_reference (vendor, &error);
  VbCallPrompt *prompt = vb_project_add_call_prompt (p, &error);
  VbCallPrompt *second = vb_project_add_call_prompt (p, &error);
  gint64 activity;

  g_assert_no_error (error);
  g_assert_true (vb_reference_get_vendor (ref) == vendor);
  g_assert_cmpuint (g_list_model_get_n_items (vb_vendor_get_references (vendor)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_call_prompts (p)), ==, 2);

  activity = activity_count (p);
  g_assert_true (vb_reference_set_company (ref, "Fellside Boots", &error));
  assert_one_edit (p, &activity, "company");
  g_assert_true (vb_reference_set_contact_name (ref, "Ruth Askew", &error));
  assert_one_edit (p, &activity, "contact");
  g_assert_true (vb_reference_set_relationship (ref, "Client for three years", &error));
  assert_one_edit (p, &activity, "relationship");
  g_assert_true (vb_reference_set_called_on (ref, "2026-07-10", &error));
  assert_one_edit (p, &activity, "date called");
  g_assert_true (vb_reference_set_callback_days (ref, 2.5, &error));
  assert_one_edit (p, &activity, "call back");
  g_assert_true (vb_reference_set_rating (ref, 4, &error));
  assert_one_edit (p, &activity, "rating");
  g_assert_true (vb_reference_set_would_choose_again (ref, VB_CHOOSE_AGAIN_YES, &error));
  assert_one_edit (p, &activity, "choose again");
  g_assert_true (vb_reference_set_red_flags (ref, "Slow to answer email in August", &error));
  assert_one_edit (p, &activity, "red flags");
  g_assert_true (vb_reference_set_notes (ref, "Called back the next day", &error));
  assert_one_edit (p, &activity, "notes");
  g_assert_no_error (error);
  g_assert_cmpstr (vb_reference_get_company (ref), ==, "Fellside Boots");
  g_assert_cmpstr (vb_reference_get_called_on (ref), ==, "2026-07-10");
  g_assert_cmpfloat (vb_reference_get_callback_days (ref), ==, 2.5);
  g_assert_cmpint (vb_reference_get_rating (ref), ==, 4);
  g_assert_cmpint (vb_reference_get_would_choose_again (ref), ==, VB_CHOOSE_AGAIN_YES);
  /* not filled in: NAN and 0, NULL in the file */
  g_assert_true (isnan (vb_reference_get_callback_days (other)));
  g_assert_cmpint (vb_reference_get_rating (other), ==, 0);
  g_assert_true (vb_reference_set_rating (ref, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_reference_get_rating (ref), ==, 0);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM reference WHERE rating IS NULL"), ==, 2);
  assert_refused (p, vb_reference_set_rating (ref, 6, error_out), "rating");
  assert_refused (p, vb_reference_set_called_on (ref, "10 July", error_out), "date");
  assert_refused (p, set_property_text (VB_RECORD (ref), "vendor-id", vb_record_get_uuid (VB_RECORD (vendor)),
                                        error_out), "belongs to its vendor");

  /* the call sheet: the same prompts for every reference */
  g_assert_true (vb_call_prompt_set_text (prompt, "What went wrong, and how did they handle it?", &error));
  g_assert_true (vb_call_prompt_set_hint (prompt, "Listen for who noticed first", &error));
  g_assert_true (vb_call_prompt_set_example_answer (prompt, "They told us before we saw it", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_call_prompt_get_hint (prompt), ==, "Listen for who noticed first");
  g_assert_cmpstr (vb_call_prompt_get_example_answer (prompt), ==, "They told us before we saw it");
  assert_refused (p, set_property_text (VB_RECORD (prompt), "key", "incident", error_out), "key");

  /* the first answer to a prompt makes its row: one edit */
  activity = activity_count (p);
  g_assert_null (vb_reference_get_answer_to (ref, prompt));
  g_assert_true (vb_reference_set_answer_to (ref, prompt, "A missed rota, fixed the next day", &error));
  g_assert_no_error (error);
  assert_one_edit (p, &activity, "answer");
  g_assert_cmpstr (vb_reference_answer_get_answer (vb_reference_get_answer_to (ref, prompt)), ==,
                   "A missed rota, fixed the next day");
  g_assert_true (vb_reference_answer_get_prompt (vb_reference_get_answer_to (ref, prompt)) == prompt);
  g_assert_true (vb_reference_answer_get_reference (vb_reference_get_answer_to (ref, prompt)) == ref);
  /* then it is edited in place */
  g_assert_true (vb_reference_set_answer_to (ref, prompt, "A missed rota; fixed at once", &error));
  assert_one_edit (p, &activity, "answer");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM reference_answer"), ==, 1);
  g_assert_true (vb_reference_set_answer_to (ref, second, "Yes", &error));
  g_assert_true (vb_reference_set_answer_to (other, prompt, "Nothing went wrong", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vb_reference_get_answers (ref)), ==, 2);
  /* undo of the first answer removes its row */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_null (vb_reference_get_answer_to (other, prompt));
  g_assert_true (vb_project_redo (p, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_reference_get_answer_to (other, prompt));

  /* removing a prompt removes the answers given to it, for every reference */
  g_assert_true (vb_record_remove (VB_RECORD (prompt), &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM reference_answer"), ==, 1);
  g_assert_null (vb_reference_get_answer_to (other, second));
  g_assert_cmpuint (g_list_model_get_n_items (vb_reference_get_answers (other)), ==, 0);
}

static void
test_questionnaire (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbProjectSettings *s = vb_project_get_settings (p);
  guint notified = 0;
  gint64 activity = activity_count (p);

  g_assert_cmpint (vb_project_settings_get_questionnaire (s), ==, VB_QUESTIONNAIRE_UNSET);
  g_signal_connect (s, "notify::questionnaire", G_CALLBACK (count_notify_cb), &notified);
  g_assert_true (vb_project_settings_set_questionnaire (s, VB_QUESTIONNAIRE_LITE, &error));
  g_assert_no_error (error);
  assert_one_edit (p, &activity, "questionnaire");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (vb_project_settings_get_questionnaire (s), ==, VB_QUESTIONNAIRE_LITE);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM project WHERE questionnaire = 'lite'"), ==, 1);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpint (vb_project_settings_get_questionnaire (s), ==, VB_QUESTIONNAIRE_UNSET);
  g_assert_cmpuint (notified, ==, 2);
}

/* Each table of the stage makes objects of its own class */
static void
test_classes (Fixture *f, gconstpointer data)
{
  static const struct {
    const char *table;
    GType     (*type) (void);
  } classes[] = {
    { "requirement_section", vb_requirement_section_get_type },
    { "requirement", vb_requirement_get_type },
    { "question_domain", vb_question_domain_get_type },
    { "question", vb_question_get_type },
    { "response", vb_response_get_type },
    { "call_prompt", vb_call_prompt_get_type },
    { "reference", vb_reference_get_type },
    { "reference_answer", vb_reference_answer_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      const VbTable *table = vb_schema_lookup_table (vb_schema_current (), classes[i].table);
      GObjectClass *klass;

      g_assert_nonnull (table);
      g_assert_true (table->record_type == classes[i].type);
      /* every column a property */
      klass = g_type_class_ref (classes[i].type ());
      for (guint c = 1; c < vb_table_n_columns (table); c++)
        {
          g_autofree char *name = g_strdelimit (g_strdup (vb_table_get_column (table, c)->name), "_", '-');

          if (g_object_class_find_property (klass, name) == NULL)
            g_error ("%s has no property “%s”", g_type_name (classes[i].type ()), name);
        }
      g_type_class_unref (klass);
    }
}

#define ADD(path, func) g_test_add ("/selection/" path, Fixture, NULL, setup, func, teardown)

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("requirements", test_requirements);
  ADD ("template-items", test_template_items);
  ADD ("questions", test_questions);
  ADD ("responses", test_responses);
  ADD ("references", test_references);
  ADD ("questionnaire", test_questionnaire);
  ADD ("classes", test_classes);

  return g_test_run ();
}
