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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/signing-checklist/from-data", test_checklist);
  return g_test_run ();
}
