/* test-domain.c — the rules of the typed entities, as the window, the CLI
 * and an import call them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline of a vendor (select one, reject with a reason, reconsider),
 * the primary contact, what a task still needs, the Goals totals, the
 * example marks of what a template seeds, the defaults of a new task and
 * renaming a project. Each rule is one edit: one commit, one activity row,
 * one undo step; a refused change leaves the file's bytes as they were.
 */

#include <math.h>

#include "vb-contact.h"
#include "vb-goals.h"
#include "vb-objective.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-task.h"
#include "vb-template.h"
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
  f->project = vbt_create (f->dir, "p.vendorbench", data ? data : "blank");
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

static VbVendor *
new_vendor (VbProject      *p,
            const char     *name,
            VbVendorStatus  status)
{
  g_autoptr(GError) error = NULL;
  VbVendor *v = vb_project_add_vendor (p, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (v, name, &error));
  if (status != VB_VENDOR_STATUS_LONG_LIST)
    g_assert_true (vb_vendor_set_status (v, status, status == VB_VENDOR_STATUS_REJECTED ? "Too dear" : NULL, &error));
  g_assert_no_error (error);
  return v;
}

static const char *
status_in_file (VbProject *p,
                VbVendor  *v)
{
  g_autofree char *sql = g_strdup_printf ("SELECT (CASE status WHEN 'long-list' THEN 0 WHEN 'shortlist' THEN 1 "
                                          "WHEN 'finalist' THEN 2 WHEN 'selected' THEN 3 ELSE 4 END) "
                                          "FROM vendor WHERE uuid = '%s'", vb_record_get_uuid (VB_RECORD (v)));
  return vb_enum_get_nick (VB_TYPE_VENDOR_STATUS, (int) vbt_count_sql (p, sql));
}

/* A refused change: @ok is FALSE, the error is INVALID and names @keyword,
 * and nothing changed — the file's bytes, the log, the undo history */
typedef struct {
  char       *hash;
  gint64      activity;
  char       *undo;
  gboolean    can_undo;
} Snapshot;

static void
snapshot_take (VbProject *p,
               Snapshot  *s)
{
  s->hash = vbt_hash_file (vb_project_get_path (p));
  s->activity = activity_count (p);
  s->undo = g_strdup (vb_project_get_undo_summary (p));
  s->can_undo = vb_project_get_can_undo (p);
}

/* (a macro: the call must have run before its error is read) */
#define assert_refused(p, s, call, error, keyword) \
  G_STMT_START { gboolean _ok = (call); assert_refused_after ((p), (s), _ok, (error), (keyword)); } G_STMT_END

static void
assert_refused_after (VbProject  *p,
                      Snapshot   *s,
                      gboolean    ok,
                      GError     *error,
                      const char *keyword)
{
  g_assert_false (ok);
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, keyword);
  g_test_message ("refused: %s", error->message);
  vbt_assert_hash_unchanged (vb_project_get_path (p), s->hash);
  g_assert_cmpint (activity_count (p), ==, s->activity);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, s->undo);
  g_assert_cmpint (vb_project_get_can_undo (p), ==, s->can_undo);
  g_free (s->hash);
  g_free (s->undo);
}

/* -------------------------------------------------------------- vendors */

static void
test_select (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *a = new_vendor (p, "Acme", VB_VENDOR_STATUS_FINALIST);
  VbVendor *b = new_vendor (p, "Beta", VB_VENDOR_STATUS_FINALIST);
  gint64 activity;

  g_assert_null (vb_project_get_selected_vendor (p));
  g_assert_true (vb_vendor_select (a, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_get_selected_vendor (p) == a);

  /* selecting Beta sends Acme back to the finalists, in the same edit */
  activity = activity_count (p);
  g_assert_true (vb_vendor_select (b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_FINALIST);
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_SELECTED);
  g_assert_true (vb_project_get_selected_vendor (p) == b);
  g_assert_cmpuint (vb_project_count_vendors (p, VB_VENDOR_STATUS_SELECTED), ==, 1);
  g_assert_cmpstr (status_in_file (p, a), ==, "finalist");
  g_assert_cmpstr (status_in_file (p, b), ==, "selected");
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, "Select Beta instead of Acme");

  /* one undo step restores both */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_SELECTED);
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_FINALIST);
  g_assert_cmpstr (status_in_file (p, a), ==, "selected");
  g_assert_cmpstr (status_in_file (p, b), ==, "finalist");
  g_assert_true (vb_project_redo (p, &error));
  g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_FINALIST);
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_SELECTED);

  /* selecting the selected one again does nothing */
  activity = activity_count (p);
  g_assert_true (vb_vendor_select (b, &error));
  g_assert_cmpint (activity_count (p), ==, activity);

  /* a rejected vendor can be selected: it loses its reason */
  {
    VbVendor *c = new_vendor (p, "Cee", VB_VENDOR_STATUS_REJECTED);

    g_assert_cmpstr (vb_vendor_get_rejection_reason (c), ==, "Too dear");
    g_assert_true (vb_vendor_select (c, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (vb_vendor_get_rejection_reason (c), ==, "");
    g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_FINALIST);
  }
}

/* A generic write of the status, as a field editor makes it (by property,
 * from a GValue), goes through the same rule */
static void
test_select_by_property (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *a = new_vendor (p, "Acme", VB_VENDOR_STATUS_SELECTED);
  VbVendor *b = new_vendor (p, "Beta", VB_VENDOR_STATUS_SHORTLIST);
  g_auto(GValue) v = G_VALUE_INIT;
  Snapshot s;

  g_value_init (&v, VB_TYPE_VENDOR_STATUS);
  g_value_set_enum (&v, VB_VENDOR_STATUS_SELECTED);
  g_assert_true (vb_record_set_property_value (VB_RECORD (b), "status", &v, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_FINALIST);
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_SELECTED);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_SELECTED);
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_SHORTLIST);

  /* rejecting that way has no reason to give: refused, nothing written */
  snapshot_take (p, &s);
  g_value_set_enum (&v, VB_VENDOR_STATUS_REJECTED);
  assert_refused (p, &s, vb_record_set_property_value (VB_RECORD (b), "status", &v, &error), error, "reason");
  g_clear_error (&error);
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_SHORTLIST);

  /* the reason of a vendor that is not rejected cannot be written */
  {
    g_auto(GValue) text = G_VALUE_INIT;

    g_value_init (&text, G_TYPE_STRING);
    g_value_set_string (&text, "Because");
    snapshot_take (p, &s);
    assert_refused (p, &s, vb_record_set_property_value (VB_RECORD (b), "rejection-reason", &text, &error), error,
                    "rejected");
    g_clear_error (&error);
    g_assert_cmpstr (vb_vendor_get_rejection_reason (b), ==, "");
  }
}

/* The core's generic write by column name (JSON, the bench, the tests) of
 * the status keeps the invariant too: it cannot leave two selected */
static void
test_select_by_column (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *a = new_vendor (p, "Acme", VB_VENDOR_STATUS_SELECTED);
  VbVendor *b = new_vendor (p, "Beta", VB_VENDOR_STATUS_SHORTLIST);
  gboolean ok = vb_project_set_text (p, VB_RECORD (b), "status", "selected", &error);

  g_test_message ("generic write of status: %s", ok ? "written" : error->message);
  /* either the rule ran (Acme a finalist) or the write was refused */
  g_assert_cmpuint (vb_project_count_vendors (p, VB_VENDOR_STATUS_SELECTED), ==, 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor NOT INDEXED WHERE status = 'selected'"), ==, 1);
  if (ok)
    g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_FINALIST);
  else
    {
      g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
      g_assert_true (vbt_contains_ci (error->message, "at most one vendor is selected"));
      g_assert_cmpint (vb_vendor_get_status (a), ==, VB_VENDOR_STATUS_SELECTED);
      g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_SHORTLIST);
    }
  /* leaving "rejected" by that write takes the reason away */
  g_clear_error (&error);
  {
    VbVendor *c = new_vendor (p, "Cee", VB_VENDOR_STATUS_REJECTED);

    g_assert_true (vb_project_set_text (p, VB_RECORD (c), "status", "shortlist", &error));
    g_assert_no_error (error);
    g_assert_cmpstr (vb_vendor_get_rejection_reason (c), ==, "");
    g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE name = 'Cee' AND rejection_reason = ''"), ==, 1);
  }
}

static void
test_reject_needs_reason (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *v = new_vendor (p, "Acme", VB_VENDOR_STATUS_SHORTLIST);
  static const char *const blanks[] = { NULL, "", "   ", "\t\n" };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      Snapshot s;

      snapshot_take (p, &s);
      assert_refused (p, &s, vb_vendor_reject (v, blanks[i], &error), error, "reason");
      g_clear_error (&error);
      snapshot_take (p, &s);
      assert_refused (p, &s, vb_vendor_set_status (v, VB_VENDOR_STATUS_REJECTED, blanks[i], &error), error, "reason");
      g_clear_error (&error);
      g_assert_cmpint (vb_vendor_get_status (v), ==, VB_VENDOR_STATUS_SHORTLIST);
      g_assert_cmpstr (status_in_file (p, v), ==, "shortlist");
    }

  /* with a reason: one edit, the reason kept without its blanks */
  g_assert_true (vb_vendor_reject (v, "  No weekend cover \n", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_get_status (v), ==, VB_VENDOR_STATUS_REJECTED);
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "No weekend cover");
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, "Reject Acme");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE status = 'rejected' AND "
                                     "rejection_reason = 'No weekend cover'"), ==, 1);

  /* the reason can change, never to nothing */
  g_assert_true (vb_vendor_reject (v, "No weekend cover, and too dear", &error));
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "No weekend cover, and too dear");
  {
    g_auto(GValue) text = G_VALUE_INIT;
    Snapshot s;

    g_value_init (&text, G_TYPE_STRING);
    g_value_set_string (&text, "  ");
    snapshot_take (p, &s);
    assert_refused (p, &s, vb_record_set_property_value (VB_RECORD (v), "rejection-reason", &text, &error), error,
                    "reason");
    g_clear_error (&error);
  }

  /* one undo step takes back the rejection with its reason */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "No weekend cover");
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_get_status (v), ==, VB_VENDOR_STATUS_SHORTLIST);
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "");
}

static void
test_reconsider (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *v = new_vendor (p, "Acme", VB_VENDOR_STATUS_FINALIST);
  gint64 activity;

  g_assert_true (vb_vendor_reject (v, "Too expensive", &error));
  activity = activity_count (p);
  g_assert_true (vb_vendor_reconsider (v, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_vendor_get_status (v), ==, VB_VENDOR_STATUS_LONG_LIST);
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "");
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE status = 'long-list' AND rejection_reason = ''"),
                   ==, 1);
  /* undo brings back the rejection and its reason, in one step */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpint (vb_vendor_get_status (v), ==, VB_VENDOR_STATUS_REJECTED);
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "Too expensive");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE rejection_reason = 'Too expensive'"), ==, 1);
  /* any status but rejected clears it: here the shortlist */
  g_assert_true (vb_vendor_set_status (v, VB_VENDOR_STATUS_SHORTLIST, "ignored", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_vendor_get_rejection_reason (v), ==, "");
}

static void
test_primary_contact (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *acme = new_vendor (p, "Acme", VB_VENDOR_STATUS_SHORTLIST);
  VbVendor *beta = new_vendor (p, "Beta", VB_VENDOR_STATUS_SHORTLIST);
  VbContact *ann, *bo, *cy, *dee;
  gint64 activity;

  /* the vendor's first contact is its primary one, in the edit that adds it */
  activity = activity_count (p);
  ann = vb_vendor_add_contact (acme, &error);
  g_assert_no_error (error);
  g_assert_true (vb_contact_get_is_primary (ann));
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_true (vb_contact_get_vendor (ann) == acme);
  g_assert_true (vb_vendor_get_primary_contact (acme) == ann);
  g_assert_true (vb_contact_set_name (ann, "Ann", &error));
  bo = vb_vendor_add_contact (acme, &error);
  g_assert_true (vb_contact_set_name (bo, "Bo", &error));
  g_assert_false (vb_contact_get_is_primary (bo));
  /* each vendor has its own */
  dee = vb_vendor_add_contact (beta, &error);
  g_assert_true (vb_contact_get_is_primary (dee));
  g_assert_no_error (error);
  /* undoing the first add takes the contact and its mark in one step */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_null (vb_vendor_get_primary_contact (beta));
  g_assert_true (vb_project_redo (p, &error));
  dee = vb_vendor_get_primary_contact (beta);
  g_assert_nonnull (dee);

  /* making Bo primary makes Ann not, in the same edit */
  activity = activity_count (p);
  g_assert_true (vb_contact_set_primary (bo, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (vb_contact_get_is_primary (bo));
  g_assert_false (vb_contact_get_is_primary (ann));
  g_assert_true (vb_contact_get_is_primary (dee));
  g_assert_true (vb_vendor_get_primary_contact (acme) == bo);
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, "Make Bo the primary contact");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM contact NOT INDEXED WHERE is_primary = 1"), ==, 2);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_contact_get_is_primary (ann));
  g_assert_false (vb_contact_get_is_primary (bo));

  /* the generic write by property goes through the rule */
  {
    g_auto(GValue) v = G_VALUE_INIT;

    g_value_init (&v, G_TYPE_BOOLEAN);
    g_value_set_boolean (&v, TRUE);
    cy = vb_vendor_add_contact (acme, &error);
    g_assert_true (vb_record_set_property_value (VB_RECORD (cy), "is-primary", &v, &error));
    g_assert_no_error (error);
    g_assert_true (vb_contact_get_is_primary (cy));
    g_assert_false (vb_contact_get_is_primary (ann));
    g_assert_false (vb_contact_get_is_primary (bo));
  }
  /* no primary is allowed: the mark taken off */
  g_assert_true (vb_contact_set_primary (cy, FALSE, &error));
  g_assert_null (vb_vendor_get_primary_contact (acme));
  /* the core's generic write cannot make two */
  {
    gboolean ok;

    g_assert_true (vb_contact_set_primary (ann, TRUE, &error));
    ok = vb_project_set_bool (p, VB_RECORD (bo), "is_primary", TRUE, &error);
    g_test_message ("generic write of is_primary: %s", ok ? "written" : error->message);
    g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM contact NOT INDEXED WHERE is_primary = 1 AND "
                                       "vendor_id = (SELECT uuid FROM vendor WHERE name = 'Acme')"), ==, 1);
    g_clear_error (&error);
  }
  /* a contact stays with its vendor */
  {
    g_auto(GValue) v = G_VALUE_INIT;
    Snapshot s;

    g_value_init (&v, G_TYPE_STRING);
    g_value_set_string (&v, vb_record_get_uuid (VB_RECORD (beta)));
    snapshot_take (p, &s);
    assert_refused (p, &s, vb_record_set_property_value (VB_RECORD (ann), "vendor-id", &v, &error), error, "vendor");
  }
}

/* ---------------------------------------------------------------- tasks */

static void
test_task_missing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbTask *t = vb_project_add_task (f->project, &error);

  g_assert_no_error (error);
  g_assert_cmpint (vb_task_get_missing (t), ==,
                   VB_TASK_MISSING_WORK_KIND | VB_TASK_MISSING_VOLUME | VB_TASK_MISSING_HANDLE_TIME);
  g_assert_false (vb_task_is_complete (t));
  g_assert_true (isnan (vb_task_get_monthly_volume (t)));
  g_assert_cmpfloat (vb_task_get_workload_hours (t), ==, 0);
  g_assert_cmpint (vb_task_suggest (t, NULL), ==, VB_SOURCING_UNSET);

  g_assert_true (vb_task_set_work_kind (t, VB_WORK_KIND_ROUTINE, &error));
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_VOLUME | VB_TASK_MISSING_HANDLE_TIME);
  g_assert_true (vb_task_set_monthly_volume (t, 0, &error));   /* zero is not a volume */
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_VOLUME | VB_TASK_MISSING_HANDLE_TIME);
  g_assert_true (vb_task_set_monthly_volume (t, 1200, &error));
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_HANDLE_TIME);
  g_assert_true (vb_task_set_handle_minutes (t, 0, &error));
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_HANDLE_TIME);
  g_assert_true (vb_task_set_handle_minutes (t, 4.5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_NONE);
  g_assert_true (vb_task_is_complete (t));
  g_assert_cmpfloat (vb_task_get_workload_hours (t), ==, 90.0);
  /* NaN writes "not known" */
  g_assert_true (vb_task_set_monthly_volume (t, NAN, &error));
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_VOLUME);
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM task WHERE monthly_volume IS NULL"), ==, 1);
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_true (vb_task_is_complete (t));
  g_assert_true (vb_task_set_work_kind (t, VB_WORK_KIND_UNSET, &error));
  g_assert_cmpint (vb_task_get_missing (t), ==, VB_TASK_MISSING_WORK_KIND);
  g_assert_no_error (error);

  /* the plan is the decision, else the suggestion */
  g_assert_true (vb_task_set_work_kind (t, VB_WORK_KIND_TECHNICAL, &error));
  g_assert_cmpint (vb_task_get_plan (t), ==, VB_SOURCING_KEEP);
  g_assert_true (vb_task_set_decision (t, VB_SOURCING_HYBRID, &error));
  g_assert_cmpint (vb_task_get_plan (t), ==, VB_SOURCING_HYBRID);
  g_assert_cmpint (vb_task_suggest (t, NULL), ==, VB_SOURCING_KEEP);
}

static VbTask *
task_with (VbProject  *p,
           VbWorkKind  kind,
           double      volume,
           double      minutes,
           double      cost)
{
  g_autoptr(GError) error = NULL;
  VbTask *t = vb_project_add_task (p, &error);

  g_assert_no_error (error);
  g_assert_true (vb_task_set_work_kind (t, kind, &error));
  g_assert_true (vb_task_set_monthly_volume (t, volume, &error));
  g_assert_true (vb_task_set_handle_minutes (t, minutes, &error));
  g_assert_true (vb_task_set_annual_cost (t, cost, &error));
  g_assert_no_error (error);
  return t;
}

static void
test_goals_totals (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbGoalsTotals t;
  VbTask *d;

  vb_goals_compute_totals (p, &t);
  g_assert_cmpuint (t.n_tasks, ==, 0);
  g_assert_cmpfloat (t.volume, ==, 0);
  g_assert_cmpfloat (t.fte, ==, 0);

  /* by hand: 1200 × 5 min = 100 h; 300 × 12 min = 60 h; volume unknown: 0 h;
   * handle time unknown: 0 h. Volume 1200 + 300 + 90 = 1590 a month,
   * workload 160 h, 160 paid hours per person: 1 FTE; cost
   * 48 000 + 21 500 + 50 000 + 7 250 = 126 750 a year */
  task_with (p, VB_WORK_KIND_ROUTINE, 1200, 5, 48000);            /* 100 h ≥ 40: outsource */
  task_with (p, VB_WORK_KIND_JUDGMENT, 300, 12, 21500);           /* hybrid */
  task_with (p, VB_WORK_KIND_TECHNICAL, NAN, 10, 50000);          /* keep */
  d = task_with (p, VB_WORK_KIND_UNSET, 90, NAN, 7250);            /* no suggestion */
  vb_goals_compute_totals (p, &t);
  g_assert_cmpuint (t.n_tasks, ==, 4);
  g_assert_cmpfloat (t.volume, ==, 1590);
  g_assert_cmpfloat_with_epsilon (t.workload_hours, 160, 1e-9);
  g_assert_cmpfloat (vb_project_settings_get_paid_hours_per_fte (vb_project_get_settings (p)), ==, 160);
  g_assert_cmpfloat_with_epsilon (t.fte, 1.0, 1e-12);
  g_assert_cmpfloat (t.annual_cost, ==, 126750);
  g_assert_cmpuint (t.suggested[VB_SOURCING_OUTSOURCE], ==, 1);
  g_assert_cmpuint (t.suggested[VB_SOURCING_HYBRID], ==, 1);
  g_assert_cmpuint (t.suggested[VB_SOURCING_KEEP], ==, 1);
  g_assert_cmpuint (t.suggested[VB_SOURCING_UNSET], ==, 1);
  g_assert_cmpuint (t.planned[VB_SOURCING_OUTSOURCE], ==, 1);

  /* the project's paid hours decide the FTE; the user's decision the plan */
  g_assert_true (vb_project_settings_set_paid_hours_per_fte (vb_project_get_settings (p), 128, &error));
  g_assert_true (vb_task_set_decision (d, VB_SOURCING_OUTSOURCE, &error));
  g_assert_no_error (error);
  vb_goals_compute_totals (p, &t);
  g_assert_cmpfloat_with_epsilon (t.fte, 160.0 / 128, 1e-12);
  g_assert_cmpuint (t.suggested[VB_SOURCING_UNSET], ==, 1);
  g_assert_cmpuint (t.planned[VB_SOURCING_OUTSOURCE], ==, 2);
  g_assert_cmpuint (t.planned[VB_SOURCING_UNSET], ==, 0);

  /* a removed task is not counted; undo counts it again */
  g_assert_true (vb_record_remove (VB_RECORD (d), &error));
  vb_goals_compute_totals (p, &t);
  g_assert_cmpuint (t.n_tasks, ==, 3);
  g_assert_cmpfloat (t.volume, ==, 1500);
  g_assert_cmpfloat (t.annual_cost, ==, 119500);
  g_assert_true (vb_project_undo (p, &error));
  vb_goals_compute_totals (p, &t);
  g_assert_cmpfloat (t.volume, ==, 1590);
}

/* The template's own figures, summed by hand from data/templates/customer-support.xml */
static void
test_goals_totals_template (Fixture *f, gconstpointer data)
{
  VbGoalsTotals t;
  static const double volume[] = { 3200, 1400, 240, 180, 600, 160, 120, 260, 80 };
  static const double minutes[] = { 6.5, 7, 6, 9, 5, 7, 18, 25, 20 };
  static const double cost[] = { 48000, 51000, 11500, 14000, 18000, 6000, 13800, 49400, 14400 };
  double v = 0, h = 0, c = 0;

  for (guint i = 0; i < G_N_ELEMENTS (volume); i++)
    {
      v += volume[i];
      h += volume[i] * minutes[i] / 60;
      c += cost[i];
    }
  vb_goals_compute_totals (f->project, &t);
  g_assert_cmpuint (t.n_tasks, ==, G_N_ELEMENTS (volume));
  g_assert_cmpfloat (t.volume, ==, 6240);
  g_assert_cmpfloat (t.volume, ==, v);
  g_assert_cmpfloat_with_epsilon (t.workload_hours, h, 1e-9);
  /* Σ volume × minutes = 48 040 minutes */
  g_assert_cmpfloat_with_epsilon (t.workload_hours, 48040.0 / 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.fte, h / 160, 1e-12);
  g_assert_cmpfloat (t.annual_cost, ==, c);
  g_assert_cmpfloat (t.annual_cost, ==, 226100);
}

/* ---------------------------------------------------------- examples */

static void
test_template_examples (void)
{
  static const char *const templates[] = { "blank", "customer-support", "back-office", "it-help-desk" };

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *dir = vbt_tmpdir ();
      g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", templates[i]);
      GListModel *lists[] = { vb_project_get_objectives (p), vb_project_get_tasks (p) };
      gboolean blank = i == 0;

      g_test_message ("%s", templates[i]);
      g_assert_cmpint (vb_project_settings_get_team_example (vb_project_get_settings (p)), ==, !blank);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          g_assert_cmpuint (g_list_model_get_n_items (lists[l]) > 0, ==, !blank);
          for (guint k = 0; k < g_list_model_get_n_items (lists[l]); k++)
            {
              g_autoptr(VbRecord) r = g_list_model_get_item (lists[l], k);
              g_assert_true (vb_record_get_example (r));
            }
        }
      /* what the user adds is not an example */
      {
        g_autoptr(GError) error = NULL;
        g_assert_false (vb_record_get_example (VB_RECORD (vb_project_add_task (p, &error))));
        g_assert_false (vb_record_get_example (VB_RECORD (vb_project_add_objective (p, &error))));
        g_assert_no_error (error);
      }
      g_clear_object (&p);
      vbt_rmdir (dir);
    }
}

/* A GValue for @pspec, a valid value other than the record's */
static void
other_value (VbRecord   *r,
             GParamSpec *pspec,
             GValue     *v)
{
  const char *name = pspec->name;

  g_value_init (v, pspec->value_type);
  g_object_get_property (G_OBJECT (r), name, v);
  if (G_IS_PARAM_SPEC_STRING (pspec))
    {
      if (g_str_equal (name, "cover-timezone") || g_str_equal (name, "team-timezone"))
        g_value_set_string (v, g_strcmp0 (g_value_get_string (v), "Asia/Tokyo") ? "Asia/Tokyo" : "Europe/Paris");
      else if (g_str_equal (name, "languages") || g_str_equal (name, "team-languages"))
        g_value_set_string (v, "Welsh, Basque");
      else
        g_value_set_string (v, "Changed by the user");
    }
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_value_set_boolean (v, !g_value_get_boolean (v));
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_value_set_int64 (v, g_value_get_int64 (v) == 3 ? 4 : 3);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    g_value_set_double (v, isnan (g_value_get_double (v)) || g_value_get_double (v) != 42.5 ? 42.5 : 43.5);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GType type = pspec->value_type;
      int now = g_value_get_enum (v);
      g_value_set_enum (v, vb_enum_get_value (type, (guint) (now + 1) % vb_enum_get_n_values (type)));
    }
  else
    g_assert_not_reached ();
}

/* Editing any field of an example row ends the example, in the same edit */
static void
assert_every_field_ends_example (VbProject  *p,
                                 GListModel *rows)
{
  g_autoptr(VbRecord) r = g_list_model_get_item (rows, 0);
  guint n_props = 0;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (r), &n_props);
  guint edited = 0;

  for (guint i = 0; i < n_props; i++)
    {
      const char *name = props[i]->name;
      g_auto(GValue) v = G_VALUE_INIT;
      g_autoptr(GError) error = NULL;
      gint64 activity;

      if (props[i]->owner_type == VB_TYPE_RECORD || g_str_equal (name, "uuid") || g_str_equal (name, "modified") ||
          g_str_equal (name, "position") || g_str_equal (name, "example"))
        continue;
      g_assert_true (vb_record_get_example (r));
      other_value (r, props[i], &v);
      activity = activity_count (p);
      if (!vb_record_set_property_value (r, name, &v, &error))
        g_error ("%s.%s cannot be edited: %s", vb_record_get_table_name (r), name, error->message);
      g_test_message ("edited %s: %s", name, vb_project_get_undo_summary (p));
      g_assert_false (vb_record_get_example (r));
      g_assert_cmpint (activity_count (p), ==, activity + 1);
      {
        g_autofree char *sql = g_strdup_printf ("SELECT example FROM %s WHERE uuid = '%s'",
                                                vb_record_get_table_name (r), vb_record_get_uuid (r));
        g_assert_cmpint (vbt_count_sql (p, sql), ==, 0);
      }
      /* one undo step: the value and the mark */
      g_assert_true (vb_project_undo (p, &error));
      g_assert_no_error (error);
      g_assert_true (vb_record_get_example (r));
      edited++;
    }
  g_assert_cmpuint (edited, >=, 4);
}

static void
test_editing_ends_example (Fixture *f, gconstpointer data)
{
  assert_every_field_ends_example (f->project, vb_project_get_tasks (f->project));
  assert_every_field_ends_example (f->project, vb_project_get_objectives (f->project));
}

static void
test_confirm_and_move (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *tasks = vb_project_get_tasks (p);
  g_autoptr(VbRecord) first = g_list_model_get_item (tasks, 0);
  g_autoptr(VbRecord) second = g_list_model_get_item (tasks, 1);
  gint64 activity;

  /* reordering is not editing: still an example */
  g_assert_true (vb_record_move (second, 0, &error));
  g_assert_no_error (error);
  g_assert_true (vb_record_get_example (second));
  g_assert_true (vb_record_get_example (first));

  /* confirming keeps the row as it is and ends the example: one edit, logged as such */
  activity = activity_count (p);
  g_assert_true (vb_record_confirm (first, &error));
  g_assert_no_error (error);
  g_assert_false (vb_record_get_example (first));
  g_assert_true (vb_record_get_example (second));
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity WHERE action = 'confirm'"), ==, 1);
  g_assert_true (vbt_contains_ci (vb_project_get_undo_summary (p), vb_record_get_label (first)));
  /* confirming what is not an example does nothing */
  g_assert_true (vb_record_confirm (first, &error));
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  /* undo makes it an example again */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_record_get_example (first));
  /* a removed example, undone, is still one */
  g_assert_true (vb_record_remove (second, &error));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_true (vb_record_get_example (second));
}

static void
test_team_example (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbProjectSettings *s = vb_project_get_settings (p);
  g_autoptr(GError) error = NULL;

  /* fields that are not the team's leave the mark */
  g_assert_true (vb_project_settings_get_team_example (s));
  g_assert_true (vb_project_settings_set_notes (s, "A note", &error));
  g_assert_true (vb_project_settings_set_currency (s, "GBP", &error));
  g_assert_true (vb_project_settings_set_paid_hours_per_fte (s, 150, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_settings_get_team_example (s));

  /* each team field ends it, in the same edit; one undo restores both */
  g_assert_true (vb_project_settings_set_team_days (s, 0x3f, &error));
  g_assert_false (vb_project_settings_get_team_example (s));
  g_assert_cmpint (vbt_count_sql (p, "SELECT team_example FROM project"), ==, 0);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_project_settings_get_team_example (s));
  g_assert_cmpuint (vb_project_settings_get_team_days (s), ==, 0x1f);

  g_assert_true (vb_project_settings_set_team_hours (s, 8 * 60, 18 * 60, &error));
  g_assert_false (vb_project_settings_get_team_example (s));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_project_settings_get_team_example (s));
  g_assert_cmpint (vb_project_settings_get_team_from (s), ==, 9 * 60);
  g_assert_cmpint (vb_project_settings_get_team_to (s), ==, 17 * 60 + 30);

  g_assert_true (vb_project_settings_set_team_timezone (s, "Europe/Dublin", &error));
  g_assert_false (vb_project_settings_get_team_example (s));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_project_settings_set_team_languages (s, "English, Irish", &error));
  g_assert_false (vb_project_settings_get_team_example (s));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_settings_get_team_example (s));

  /* the mark itself cannot be written by a field editor */
  {
    g_auto(GValue) v = G_VALUE_INIT;
    Snapshot snap;

    g_value_init (&v, G_TYPE_BOOLEAN);
    g_value_set_boolean (&v, FALSE);
    snapshot_take (p, &snap);
    assert_refused (p, &snap, vb_record_set_property_value (VB_RECORD (s), "team-example", &v, &error), error,
                    "cannot be changed");
    g_clear_error (&error);
  }
  /* confirming ends it */
  g_assert_true (vb_project_settings_confirm_team (s, &error));
  g_assert_no_error (error);
  g_assert_false (vb_project_settings_get_team_example (s));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity WHERE action = 'confirm'"), ==, 1);
}

/* -------------------------------------------------------- a new task */

static void
test_add_task_defaults (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbProjectSettings *s = vb_project_get_settings (p);
  g_autoptr(GError) error = NULL;
  gint64 activity = activity_count (p);
  GListModel *tasks = vb_project_get_tasks (p);
  guint n = g_list_model_get_n_items (tasks);
  VbTask *t;

  /* the team's own days, hours, time zone and languages (back office:
   * weekdays 08:30–17:00 in New York, English) */
  t = vb_project_add_task (p, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vb_task_get_cover_days (t), ==, vb_project_settings_get_team_days (s));
  g_assert_cmpuint (vb_task_get_cover_days (t), ==, 0x1f);
  g_assert_cmpint (vb_task_get_cover_from (t), ==, 8 * 60 + 30);
  g_assert_cmpint (vb_task_get_cover_to (t), ==, 17 * 60);
  g_assert_cmpstr (vb_task_get_cover_timezone (t), ==, "America/New_York");
  g_assert_cmpstr (vb_task_get_languages (t), ==, "English");
  g_assert_false (vb_record_get_example (VB_RECORD (t)));
  /* at the end, as one edit */
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n + 1);
  {
    g_autoptr(VbTask) last = g_list_model_get_item (tasks, n);
    g_assert_true (last == t);
  }
  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, "Add a task");
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n);
  g_assert_no_error (error);

  /* the channel the project uses most: the seeded tasks are back office
   * but one (email) */
  {
    guint back_office = 0;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
        back_office += vb_task_get_channel (task) == VB_CHANNEL_BACK_OFFICE;
      }
    g_assert_cmpuint (back_office, ==, n - 1);
  }
  t = vb_project_add_task (p, &error);
  g_assert_cmpint (vb_task_get_channel (t), ==, VB_CHANNEL_BACK_OFFICE);
  /* most of them chat now: 6 of the 10 */
  g_assert_cmpuint (n, ==, 9);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      g_assert_true (vb_task_set_channel (task, VB_CHANNEL_CHAT, &error));
    }
  g_assert_no_error (error);
  {
    guint chat = 0, email = 0, other = 0;
    for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
        VbChannel c = vb_task_get_channel (task);
        chat += c == VB_CHANNEL_CHAT;
        email += c == VB_CHANNEL_EMAIL;
        other += c != VB_CHANNEL_CHAT && c != VB_CHANNEL_EMAIL;
      }
    g_assert_cmpuint (chat, >, email);
    g_assert_cmpuint (chat, >, other);
  }
  t = vb_project_add_task (p, &error);
  g_assert_cmpint (vb_task_get_channel (t), ==, VB_CHANNEL_CHAT);

  /* the team's hours as they are now */
  g_assert_true (vb_project_settings_set_team_timezone (s, "Asia/Kolkata", &error));
  g_assert_true (vb_project_settings_set_team_languages (s, "Hindi, English", &error));
  g_assert_true (vb_project_settings_set_team_days (s, 0x7f, &error));
  g_assert_true (vb_project_settings_set_team_hours (s, 0, 1440, &error));
  g_assert_no_error (error);
  t = vb_project_add_task (p, &error);
  g_assert_cmpstr (vb_task_get_cover_timezone (t), ==, "Asia/Kolkata");
  g_assert_cmpstr (vb_task_get_languages (t), ==, "Hindi, English");
  g_assert_cmpuint (vb_task_get_cover_days (t), ==, 0x7f);
  g_assert_cmpint (vb_task_get_cover_from (t), ==, 0);
  g_assert_cmpint (vb_task_get_cover_to (t), ==, 1440);
}

static void
test_add_task_defaults_blank (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbTask *t = vb_project_add_task (p, &error);

  /* no tasks yet: the template's channel; no team yet: nothing to copy */
  g_assert_no_error (error);
  g_assert_cmpint (vb_task_get_channel (t), ==, vb_template_get_default_channel (VB_PROJECT_TEMPLATE_BLANK));
  g_assert_cmpint (vb_task_get_channel (t), ==, VB_CHANNEL_EMAIL);
  g_assert_cmpuint (vb_task_get_cover_days (t), ==, 0);
  g_assert_cmpstr (vb_task_get_cover_timezone (t), ==, "");
  g_assert_cmpstr (vb_task_get_languages (t), ==, "");
  g_assert_true (vb_task_set_channel (t, VB_CHANNEL_PHONE, &error));
  t = vb_project_add_task (p, &error);
  g_assert_cmpint (vb_task_get_channel (t), ==, VB_CHANNEL_PHONE);
  g_assert_no_error (error);
}

/* ------------------------------------------------------------ rename */

static void
test_rename (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_strdup (vb_project_get_path (p));
  g_autofree char *new_path = g_build_filename (f->dir, "Shop support 2027.vendorbench", NULL);
  g_autofree char *undo = NULL;
  guint notified = 0;
  VbVendor *v = new_vendor (p, "Acme", VB_VENDOR_STATUS_LONG_LIST);

  undo = g_strdup (vb_project_get_undo_summary (p));
  g_signal_connect_swapped (p, "notify::name", G_CALLBACK (g_atomic_int_inc), &notified);
  g_assert_true (vb_project_rename (p, "  Shop support 2027 ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_project_get_name (p), ==, "Shop support 2027");
  g_assert_cmpuint (notified, ==, 1);
  /* the file is renamed with it */
  g_assert_cmpstr (vb_project_get_path (p), ==, new_path);
  g_assert_false (vbt_exists (old_path));
  g_assert_true (vbt_exists (new_path));
  /* logged as a rename, and not an undo step */
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity WHERE action = 'rename' AND "
                                     "summary LIKE '%Shop support 2027%'"), ==, 1);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, undo);
  /* undoing the earlier edits leaves the name and the file alone */
  g_assert_true (vb_project_undo (p, &error));   /* the vendor's name */
  g_assert_true (vb_project_undo (p, &error));   /* the vendor */
  g_assert_no_error (error);
  g_assert_cmpstr (vb_project_get_name (p), ==, "Shop support 2027");
  g_assert_cmpstr (vb_project_get_path (p), ==, new_path);
  (void) v;

  /* the name is refused by a field editor, and an empty one by rename */
  {
    g_auto(GValue) name = G_VALUE_INIT;
    Snapshot s;

    g_value_init (&name, G_TYPE_STRING);
    g_value_set_string (&name, "Sneaky");
    snapshot_take (p, &s);
    assert_refused (p, &s, vb_record_set_property_value (VB_RECORD (vb_project_get_settings (p)), "name", &name, &error),
                    error, "rename");
    g_clear_error (&error);
    snapshot_take (p, &s);
    assert_refused (p, &s, vb_project_rename (p, "   ", &error), error, "name");
    g_clear_error (&error);
  }
  /* reopened from its new place, under its new name */
  g_clear_object (&f->project);
  f->project = vb_project_open (new_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vb_project_get_name (f->project), ==, "Shop support 2027");
}

/* The serial of some tables changes with their rows (an edit, an undo, a
 * redo), not with the rows of others */
static void
test_tables_serial (Fixture *f, gconstpointer data)
{
  static const char *const vendors[] = { "vendor", NULL };
  static const char *const objectives[] = { "objective", "task", NULL };
  g_autoptr(GError) error = NULL;
  guint64 v0 = vb_project_get_tables_serial (f->project, vendors);
  guint64 o0 = vb_project_get_tables_serial (f->project, objectives);
  guint64 v1, v2;
  VbVendor *vendor = vb_project_add_vendor (f->project, &error);

  g_assert_no_error (error);
  v1 = vb_project_get_tables_serial (f->project, vendors);
  g_assert_cmpuint (v1, !=, v0);
  g_assert_cmpuint (vb_project_get_tables_serial (f->project, objectives), ==, o0);
  g_assert_true (vb_vendor_set_name (vendor, "Acme", &error));
  v2 = vb_project_get_tables_serial (f->project, vendors);
  g_assert_cmpuint (v2, !=, v1);
  g_assert_true (vb_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vb_project_get_tables_serial (f->project, vendors), !=, v2);
  g_assert_cmpuint (vb_project_get_tables_serial (f->project, objectives), ==, o0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, template, func) g_test_add ("/domain/" path, Fixture, template, setup, func, teardown)
  ADD ("vendor/select", NULL, test_select);
  ADD ("vendor/select-by-property", NULL, test_select_by_property);
  ADD ("vendor/select-by-column", NULL, test_select_by_column);
  ADD ("vendor/reject-needs-reason", NULL, test_reject_needs_reason);
  ADD ("vendor/reconsider", NULL, test_reconsider);
  ADD ("contact/primary", NULL, test_primary_contact);
  ADD ("task/missing", NULL, test_task_missing);
  ADD ("task/add-defaults", "back-office", test_add_task_defaults);
  ADD ("task/add-defaults-blank", NULL, test_add_task_defaults_blank);
  ADD ("goals/totals", NULL, test_goals_totals);
  ADD ("goals/totals-template", "customer-support", test_goals_totals_template);
  ADD ("example/editing-ends-it", "it-help-desk", test_editing_ends_example);
  ADD ("example/confirm-and-move", "customer-support", test_confirm_and_move);
  ADD ("example/team", "customer-support", test_team_example);
  ADD ("project/rename", NULL, test_rename);
  ADD ("project/tables-serial", NULL, test_tables_serial);
#undef ADD
  g_test_add_func ("/domain/example/templates", test_template_examples);

  return g_test_run ();
}
