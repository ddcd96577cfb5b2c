/* test-signing-checklist.c — the pre-signing checklist met from the data
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vb_signing_check_evaluate on a blank project (nothing selected, no SLA,
 * no pilot), then item by item as the data that meets each one is added:
 * each item goes from unmet (or unknown) to met, with a reason.
 */

#include "vb-decision-record.h"
#include "vb-objective.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-reference.h"
#include "vb-signing-checklist.h"
#include "vb-sla.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

static VbCheckState
state (VbProject *p, const char *key, const char *reason_has)
{
  g_autofree char *reason = NULL;
  VbCheckState s = vb_signing_check_evaluate (vb_signing_checklist_lookup (key), p, &reason);

  g_assert_nonnull (reason);
  g_test_message ("%s: %d %s", key, s, reason);
  if (reason_has && !vbt_contains_ci (reason, reason_has))
    g_error ("%s: the reason “%s” does not say “%s”", key, reason, reason_has);
  return s;
}

static void
test_checklist (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  VbVendor *v;
  VbTask *t;
  VbSla *sla;
  VbObjective *o;
  VbPilot *pilot;
  VbReference *r;

  /* nothing yet */
  g_assert_cmpint (state (p, "priority-channels-covered", "selected"), ==, VB_CHECK_UNKNOWN);
  g_assert_cmpint (state (p, "references-called", "selected"), ==, VB_CHECK_UNKNOWN);
  g_assert_cmpint (state (p, "slas-tied-to-objectives", "no service level"), ==, VB_CHECK_UNMET);
  g_assert_cmpint (state (p, "pilot-with-exit", "no pilot"), ==, VB_CHECK_UNMET);
  g_assert_cmpint (state (p, "visible-reporting", "no pilot"), ==, VB_CHECK_UNMET);
  g_assert_cmpint (state (p, "contract-read", "tick"), ==, VB_CHECK_UNKNOWN);

  /* a selected vendor on phone only; a task on email chosen for outsourcing */
  v = vb_project_add_vendor (p, NULL);
  OK (vb_vendor_set_name (v, "Acme", error));
  OK (vb_vendor_set_channels (v, 1u << VB_CHANNEL_PHONE, error));
  OK (vb_vendor_select (v, error));
  g_assert_cmpint (state (p, "priority-channels-covered", "not known"), ==, VB_CHECK_UNKNOWN);
  t = vb_project_add_task (p, NULL);
  OK (vb_task_set_channel (t, VB_CHANNEL_EMAIL, error));
  OK (vb_task_set_decision (t, VB_SOURCING_OUTSOURCE, error));
  g_assert_cmpint (state (p, "priority-channels-covered", "does not"), ==, VB_CHECK_UNMET);
  OK (vb_vendor_set_channels (v, (1u << VB_CHANNEL_PHONE) | (1u << VB_CHANNEL_EMAIL), error));
  g_assert_cmpint (state (p, "priority-channels-covered", "every channel"), ==, VB_CHECK_MET);
  /* a task kept in-house does not count */
  t = vb_project_add_task (p, NULL);
  OK (vb_task_set_channel (t, VB_CHANNEL_CHAT, error));
  OK (vb_task_set_decision (t, VB_SOURCING_KEEP, error));
  g_assert_cmpint (state (p, "priority-channels-covered", NULL), ==, VB_CHECK_MET);

  /* a reference, then its call */
  r = vb_vendor_add_reference (v, NULL);
  g_assert_cmpint (state (p, "references-called", "no reference call"), ==, VB_CHECK_UNMET);
  OK (vb_reference_set_called_on (r, "2026-11-20", error));
  g_assert_cmpint (state (p, "references-called", "recorded"), ==, VB_CHECK_MET);

  /* an SLA with a target but no objective, then tied to one */
  sla = vb_project_add_sla (p, "asa", NULL);
  g_assert_nonnull (sla);
  OK (vb_sla_set_target (sla, 80, error));
  g_assert_cmpint (state (p, "slas-tied-to-objectives", "serves no objective"), ==, VB_CHECK_UNMET);
  o = vb_project_add_objective (p, NULL);
  OK (vb_sla_set_objective (sla, o, error));
  g_assert_cmpint (state (p, "slas-tied-to-objectives", "every service level"), ==, VB_CHECK_MET);

  /* a pilot: dates, then the exit clause; the reporting on its own */
  pilot = vb_project_add_pilot (p, NULL);
  g_assert_nonnull (pilot);
  g_assert_cmpint (state (p, "pilot-with-exit", "date"), ==, VB_CHECK_UNMET);
  OK (vb_pilot_set_start_date (pilot, "2027-01-04", error));
  OK (vb_pilot_set_end_date (pilot, "2027-02-26", error));
  g_assert_cmpint (state (p, "pilot-with-exit", "exit clause"), ==, VB_CHECK_UNMET);
  OK (vb_pilot_set_exit_notes (pilot, "Either side may end it with two weeks' notice.", error));
  g_assert_cmpint (state (p, "pilot-with-exit", "dates and an exit"), ==, VB_CHECK_MET);
  g_assert_cmpint (state (p, "visible-reporting", "does not say"), ==, VB_CHECK_UNMET);
  OK (vb_pilot_set_reporting (pilot, "A shared dashboard, updated daily", error));
  g_assert_cmpint (state (p, "visible-reporting", "names"), ==, VB_CHECK_MET);

  /* what only the user knows stays theirs */
  g_assert_cmpint (state (p, "contract-read", NULL), ==, VB_CHECK_UNKNOWN);
  g_clear_object (&p);
  vbt_rmdir (dir);
}

/* The RFP's case-studies requirement (the templates' stable key) answered
 * as met; every high-risk question with its expected answer or an
 * accepted exception */
static void
test_case_studies_and_high_risk (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) blank = vbt_create (dir, "blank.vendorbench", "blank");
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "customer-support");
  GListModel *rows;
  VbRequirement *case_studies = NULL;
  VbResponse *response;
  VbVendor *v;
  guint n_high_risk = 0;

  /* nothing to tell from: a blank project asks no case studies, no questions */
  v = vb_project_add_vendor (blank, NULL);
  OK (vb_vendor_select (v, error));
  g_assert_cmpint (state (blank, "smb-case-studies", "asks for no case studies"), ==, VB_CHECK_UNKNOWN);
  g_assert_cmpint (state (blank, "no-high-risk-gap", "no security question"), ==, VB_CHECK_UNKNOWN);

  v = vb_project_add_vendor (p, NULL);
  OK (vb_vendor_set_name (v, "Acme", error));
  OK (vb_vendor_select (v, error));
  rows = vb_project_get_records (p, "requirement");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(VbRequirement) r = g_list_model_get_item (rows, i);

      if (g_strcmp0 (vb_requirement_get_key (r), "case-studies-small-business") == 0)
        case_studies = r;
    }
  g_assert_nonnull (case_studies);
  g_assert_cmpint (state (p, "smb-case-studies", "not answered"), ==, VB_CHECK_UNMET);
  response = vb_requirement_add_response (case_studies, v, NULL);
  OK (vb_response_set_answer (response, VB_ANSWER_PARTLY, error));
  g_assert_cmpint (state (p, "smb-case-studies", "not answered"), ==, VB_CHECK_UNMET);
  OK (vb_response_set_answer (response, VB_ANSWER_MEETS, error));
  g_assert_cmpint (state (p, "smb-case-studies", "answered the requirement"), ==, VB_CHECK_MET);
  /* renamed, it is still the one */
  OK (vb_requirement_set_text (case_studies, "Show us clients like us", error));
  g_assert_cmpint (state (p, "smb-case-studies", NULL), ==, VB_CHECK_MET);

  /* the questionnaire: every high-risk question open, then answered */
  OK (vb_project_settings_choose_questionnaire (vb_project_get_settings (p), VB_QUESTIONNAIRE_LITE, error));
  rows = vb_project_get_records (p, "question");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(VbQuestion) q = g_list_model_get_item (rows, i);

      n_high_risk += vb_question_get_included (q) && vb_question_get_high_risk (q);
    }
  g_assert_cmpuint (n_high_risk, >, 1);
  g_assert_cmpint (state (p, "no-high-risk-gap", "high-risk questions have"), ==, VB_CHECK_UNMET);
  for (guint i = 0, done = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(VbQuestion) q = g_list_model_get_item (rows, i);
      VbResponse *answer;

      if (!vb_question_get_included (q) || !vb_question_get_high_risk (q))
        continue;
      answer = vb_question_add_response (q, v, NULL);
      g_assert_nonnull (answer);
      if (++done == n_high_risk)
        {
          /* the last one answered wrongly: still open, until an exception */
          OK (vb_response_set_answer (answer, vb_question_get_expected_answer (q) == VB_YES_NO_YES ? VB_ANSWER_NO
                                                                                                   : VB_ANSWER_YES, error));
          g_assert_cmpint (state (p, "no-high-risk-gap", "1 high-risk question has"), ==, VB_CHECK_UNMET);
          OK (vb_response_set_exception_reason (answer, "Covered by their insurer; checked with our lawyer", error));
        }
      else
        OK (vb_response_set_answer (answer, vb_question_get_expected_answer (q) == VB_YES_NO_YES ? VB_ANSWER_YES
                                                                                                : VB_ANSWER_NO, error));
    }
  g_assert_cmpint (state (p, "no-high-risk-gap", "every high-risk question"), ==, VB_CHECK_MET);
  g_clear_object (&p);
  g_clear_object (&blank);
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/signing-checklist/from-data", test_checklist);
  g_test_add_func ("/signing-checklist/case-studies-and-high-risk", test_case_studies_and_high_risk);
  return g_test_run ();
}
