/* test-activity.c — the activity log: one row per edit, who, what, when
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vb-guide.h"
#include "vb-vendor.h"
#include "vb-project-private.h"
#include "vb-test-util.h"

typedef struct {
  const char *action;
  const char *author;
  const char *table;
  const char *summary_has;
} Expected;

static void
assert_log (VbProject      *p,
            const Expected *expected,
            guint           n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = vb_project_read_activity (p, &error);
  const char *previous = "";

  g_assert_no_error (error);
  g_assert_nonnull (log);
  for (guint i = 0; i < log->len; i++)
    {
      VbRecord *r = g_ptr_array_index (log, i);
      g_test_message ("%u: %s | %s | %s | %s | %s", i, vb_record_get_text (r, "at"), vb_record_get_text (r, "author"),
                      vb_record_get_text (r, "action"), vb_record_get_text (r, "table_name"),
                      vb_record_get_text (r, "summary"));
    }
  g_assert_cmpuint (log->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      VbRecord *r = g_ptr_array_index (log, i);
      const char *at = vb_record_get_text (r, "at");

      g_assert_cmpstr (vb_record_get_table_name (r), ==, "activity");
      g_assert_true (vb_uuid_is_valid (vb_record_get_uuid (r)));
      g_assert_cmpstr (vb_record_get_text (r, "action"), ==, expected[i].action);
      if (expected[i].author)
        g_assert_cmpstr (vb_record_get_text (r, "author"), ==, expected[i].author);
      else
        g_assert_cmpstr (vb_record_get_text (r, "author"), !=, "");
      if (expected[i].table)
        g_assert_cmpstr (vb_record_get_text (r, "table_name"), ==, expected[i].table);
      g_assert_cmpstr (vb_record_get_text (r, "summary"), !=, "");
      if (expected[i].summary_has && !vbt_contains_ci (vb_record_get_text (r, "summary"), expected[i].summary_has))
        g_error ("activity %u: “%s” does not mention “%s”", i, vb_record_get_text (r, "summary"), expected[i].summary_has);
      /* ISO 8601 UTC, in order */
      g_assert_true (g_str_has_suffix (at, "Z"));
      g_assert_cmpuint (strlen (at), >=, 20);
      {
        g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (at, NULL);
        g_assert_nonnull (dt);
      }
      g_assert_cmpint (strcmp (previous, at), <=, 0);
      previous = at;
    }
}

static void
test_log (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autoptr(GError) error = NULL;
  g_autofree char *me = vb_default_author ();
  VbRecord *v, *c;

  /* creation */
  {
    const Expected e[] = { { "create", me, "project", "Test project" } };
    assert_log (p, e, G_N_ELEMENTS (e));
  }
  g_assert_cmpstr (vb_project_get_author (p), ==, me);

  vb_project_set_author (p, "Alice Adviser");
  g_assert_cmpstr (vb_project_get_author (p), ==, "Alice Adviser");
  v = vb_project_add (p, "vendor", &error);
  g_assert_true (vb_project_set_text (p, v, "name", "Acme", &error));
  vb_project_set_author (p, "Bob Owner");
  c = vb_project_add_child (p, "contact", "vendor_id", v, &error);
  g_assert_true (vb_project_remove (p, c, &error));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_project_redo (p, &error));
  vb_project_begin_edit (p, "Shortlisted Acme with notes");
  g_assert_true (vb_project_set_text (p, v, "status", "shortlist", &error));
  g_assert_true (vb_project_set_text (p, v, "notes", "good", &error));
  g_assert_true (vb_project_end_edit (p, &error));
  vb_project_set_author (p, NULL);   /* back to the system's name */
  g_assert_cmpstr (vb_project_get_author (p), ==, me);
  g_assert_true (vb_project_set_text (p, v, "website", "https://acme.example", &error));
  g_assert_no_error (error);

  {
    const Expected e[] = {
      { "create", me, "project", NULL },
      { "add", "Alice Adviser", "vendor", "vendor" },
      { "edit", "Alice Adviser", "vendor", "name" },
      { "add", "Bob Owner", "contact", "contact" },
      { "delete", "Bob Owner", "contact", "contact" },
      { "undo", "Bob Owner", "contact", "Undid" },
      { "redo", "Bob Owner", "contact", "Redid" },
      { "edit", "Bob Owner", "vendor", "Shortlisted Acme with notes" },
      { "edit", me, "vendor", "website" },
    };
    assert_log (p, e, G_N_ELEMENTS (e));
  }

  /* the summaries name the row */
  {
    g_autoptr(GPtrArray) log = vb_project_read_activity (p, &error);
    VbRecord *edit = g_ptr_array_index (log, 2);
    VbRecord *website = g_ptr_array_index (log, 8);
    g_assert_cmpstr (vb_record_get_text (edit, "row_uuid"), ==, vb_record_get_uuid (v));
    g_assert_true (vbt_contains_ci (vb_record_get_text (website, "summary"), "Acme"));
  }

  /* what commits nothing logs nothing */
  {
    VbValue bad = VB_VALUE_INIT;
    gint64 n;
    g_autoptr(GPtrArray) before = vb_project_read_activity (p, &error);

    n = before->len;
    g_assert_true (vb_project_set_text (p, v, "name", "Acme", &error));   /* same value */
    vb_value_set_text (&bad, "perhaps");
    g_assert_false (vb_project_set (p, v, "status", &bad, NULL));
    vb_value_clear (&bad);
    vb_project_begin_edit (p, "cancelled");
    g_assert_true (vb_project_set_text (p, v, "name", "Nope", &error));
    vb_project_cancel_edit (p);
    {
      g_autoptr(GPtrArray) after = vb_project_read_activity (p, &error);
      g_assert_cmpint (after->len, ==, n);
    }
  }

  /* the log survives closing */
  {
    g_autofree char *path = g_strdup (vb_project_get_path (p));
    g_clear_object (&p);
    p = vb_project_open (path, &error);
    g_assert_no_error (error);
    {
      g_autoptr(GPtrArray) log = vb_project_read_activity (p, &error);
      g_assert_cmpuint (log->len, ==, 9);
    }
  }
  vbt_rmdir (dir);
}

static void
test_custom_action (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autoptr(GError) error = NULL;
  g_autoptr(VbGuide) guide = vb_guide_new (p);
  g_autoptr(VbFinding) finding = NULL;
  g_autoptr(GPtrArray) log = NULL;

  vb_project_set_author (p, "Carol");
  finding = g_list_model_get_item (vb_guide_get_findings (guide), 0);
  g_assert_nonnull (finding);
  g_assert_true (vb_guide_dismiss (guide, finding, "We know", &error));
  g_assert_no_error (error);

  log = vb_project_read_activity (p, &error);
  g_assert_cmpuint (log->len, ==, 2);
  {
    VbRecord *r = g_ptr_array_index (log, 1);
    g_assert_cmpstr (vb_record_get_text (r, "action"), ==, "dismiss");
    g_assert_cmpstr (vb_record_get_text (r, "author"), ==, "Carol");
    g_assert_cmpstr (vb_record_get_text (r, "table_name"), ==, "dismissal");
    g_assert_true (vbt_contains_ci (vb_record_get_text (r, "summary"), "We know"));
  }

  /* an explicit action and summary for a group */
  vb_project_begin_edit_full (p, VB_ACTIVITY_RESTORE, "Restored the vendors");
  g_assert_nonnull (vb_project_add (p, "vendor", &error));
  g_assert_true (vb_project_end_edit (p, &error));
  g_clear_pointer (&log, g_ptr_array_unref);
  log = vb_project_read_activity (p, &error);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpstr (vb_record_get_text (g_ptr_array_index (log, 2), "action"), ==, "restore");
  g_assert_cmpstr (vb_record_get_text (g_ptr_array_index (log, 2), "summary"), ==, "Restored the vendors");

  /* removing a row with children is the removal of that row — its
   * children go first, but the log and the undo step name the row */
  {
    VbVendor *globex = vb_project_add_vendor (p, &error);
    VbRecord *r;

    g_assert_true (vb_vendor_set_name (globex, "Globex", &error));
    g_assert_nonnull (vb_vendor_add_contact (globex, &error));
    g_assert_nonnull (vb_vendor_add_contact (globex, &error));
    g_assert_true (vb_record_remove (VB_RECORD (globex), &error));
    g_assert_no_error (error);
    g_assert_cmpstr (vb_project_get_undo_summary (p), ==, "Removed vendor “Globex”");
    g_clear_pointer (&log, g_ptr_array_unref);
    log = vb_project_read_activity (p, &error);
    r = g_ptr_array_index (log, log->len - 1);
    g_assert_cmpstr (vb_record_get_text (r, "action"), ==, "delete");
    g_assert_cmpstr (vb_record_get_text (r, "table_name"), ==, "vendor");
    g_assert_cmpstr (vb_record_get_text (r, "summary"), ==, "Removed vendor “Globex”");
    g_assert_true (vb_project_undo (p, &error));
    g_clear_pointer (&log, g_ptr_array_unref);
    log = vb_project_read_activity (p, &error);
    r = g_ptr_array_index (log, log->len - 1);
    g_assert_cmpstr (vb_record_get_text (r, "action"), ==, "undo");
    g_assert_cmpstr (vb_record_get_text (r, "table_name"), ==, "vendor");
    g_assert_cmpstr (vb_record_get_text (r, "summary"), ==, "Undid: Removed vendor “Globex”");
    g_assert_true (vb_project_redo (p, &error));
    g_assert_no_error (error);
  }
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/activity/log", test_log);
  g_test_add_func ("/activity/custom-action", test_custom_action);

  return g_test_run ();
}
