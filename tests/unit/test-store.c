/* test-store.c — the store of an open project: signals after the commit
 * only, precise list models, identities, and the indexes
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * During an edit the rows' values change at once, silently, so that the
 * edit's later steps read what it wrote; once the edit is committed the
 * list models change (one precise items-changed each) and then the records
 * notify. A cancelled or failed edit is heard by nobody.
 */

#include "vb-contact.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-store.h"
#include "vb-task.h"
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

static VbVendor *
new_vendor (VbProject  *p,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  VbVendor *v = vb_project_add_vendor (p, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (v, name, &error));
  g_assert_no_error (error);
  return v;
}

/* ------------------------------------------------------------ a log */

/* Every signal heard, in order, as one line each */
typedef struct {
  VbProject *project;
  GPtrArray *lines;
  gboolean   in_edit_seen;    /* a signal arrived while an edit was open */
  char      *path;            /* to read the file from another connection */
  char      *name_in_file;    /* the vendor's name as the file had it at the notify */
  VbRecord  *watched;
} Log;

static void
log_init (Log       *log,
          VbProject *p)
{
  memset (log, 0, sizeof *log);
  log->project = p;
  log->lines = g_ptr_array_new_with_free_func (g_free);
  log->path = g_strdup (vb_project_get_path (p));
}

static void
log_clear (Log *log)
{
  g_ptr_array_unref (log->lines);
  g_free (log->path);
  g_free (log->name_in_file);
}

static void
log_add (Log  *log,
         char *line)
{
  if (vb_project_in_edit (log->project))
    log->in_edit_seen = TRUE;
  g_ptr_array_add (log->lines, line);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Log        *log)
{
  const char *name = g_object_get_data (G_OBJECT (model), "vbt-name");

  log_add (log, g_strdup_printf ("%s %u-%u+%u", name ? name : "list", position, removed, added));
}

static char *
name_in_file (const char *path,
              VbRecord   *record)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  char *name = NULL;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM vendor WHERE uuid = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, vb_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return name;
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              Log        *log)
{
  log_add (log, g_strdup_printf ("notify %s", pspec->name));
  if (log->watched == (VbRecord *) object && g_str_equal (pspec->name, "name"))
    {
      /* the commit is done: another connection reads the new value */
      g_free (log->name_in_file);
      log->name_in_file = name_in_file (log->path, VB_RECORD (object));
    }
}

static void
on_changed_cb (GObject *object,
               Log     *log)
{
  log_add (log, g_strdup ("project changed"));
}

static void
watch_list (Log        *log,
            GListModel *model,
            const char *name)
{
  g_object_set_data_full (G_OBJECT (model), "vbt-name", g_strdup (name), g_free);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), log);
}

static void
unwatch (gpointer  instance,
         Log      *log)
{
  g_signal_handlers_disconnect_by_data (instance, log);
}

static int
compare_lines (const char **a,
               const char **b)
{
  return strcmp (*a, *b);
}

static void
assert_log (Log        *log,
            const char *expected)
{
  g_autofree char *got = NULL;

  /* one record's notifies come out of one thaw, in no promised order:
   * each run of them is compared sorted */
  for (guint i = 0; i < log->lines->len;)
    {
      guint j = i;

      while (j < log->lines->len && g_str_has_prefix (log->lines->pdata[j], "notify "))
        j++;
      if (j > i + 1)
        qsort (log->lines->pdata + i, j - i, sizeof (gpointer), (GCompareFunc) compare_lines);
      i = j > i ? j : i + 1;
    }
  g_ptr_array_add (log->lines, NULL);
  got = g_strjoinv ("; ", (char **) log->lines->pdata);
  g_ptr_array_set_size (log->lines, 0);
  if (g_strcmp0 (got, expected) != 0)
    g_error ("heard “%s”, expected “%s”", got, expected);
  g_assert_false (log->in_edit_seen);
}

/* ------------------------------------------------------------- tests */

static void
test_signals_after_commit (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *vendors = vb_project_get_vendors (p);
  VbVendor *a = new_vendor (p, "Acme");
  VbVendor *b;
  Log log;

  log_init (&log, p);
  log.watched = VB_RECORD (a);
  watch_list (&log, vendors, "vendors");
  g_signal_connect (a, "notify", G_CALLBACK (on_notify_cb), &log);
  g_signal_connect (p, "changed", G_CALLBACK (on_changed_cb), &log);

  /* one edit of two changes: nothing is heard until it is committed, but
   * the edit's later steps read what it wrote */
  vb_project_begin_edit (p, "Rename and add");
  g_assert_true (vb_vendor_set_name (a, "Acme Group", &error));
  g_assert_cmpstr (vb_vendor_get_name (a), ==, "Acme Group");
  b = vb_project_add_vendor (p, &error);
  g_assert_nonnull (b);
  g_assert_true (vb_vendor_set_name (b, "Beta", &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_lookup (p, vb_record_get_uuid (VB_RECORD (b))) == VB_RECORD (b));
  g_assert_cmpuint (log.lines->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 1);   /* the list is the committed one */
  {
    g_autofree char *before = name_in_file (log.path, VB_RECORD (a));
    g_assert_cmpstr (before, ==, "Acme");   /* not committed yet */
  }
  g_assert_true (vb_project_end_edit (p, &error));
  g_assert_no_error (error);
  /* the list first, then the record's properties, then the project */
  assert_log (&log, "vendors 1-0+1; notify label; notify modified; notify name; project changed");
  g_assert_cmpstr (log.name_in_file, ==, "Acme Group");
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 2);

  /* an edit of one value: its property and the label, after the commit */
  g_assert_true (vb_vendor_set_notes (a, "UK", &error));
  assert_log (&log, "notify modified; notify notes; project changed");
  /* the same value again: no commit, no signal */
  g_assert_true (vb_vendor_set_notes (a, "UK", &error));
  assert_log (&log, "");

  /* undo and redo are commits too */
  g_assert_true (vb_project_undo (p, &error));
  assert_log (&log, "notify modified; notify notes; project changed");
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  assert_log (&log, "vendors 1-1+0; notify label; notify modified; notify name; project changed");
  g_assert_cmpstr (log.name_in_file, ==, "Acme");

  unwatch (vendors, &log);
  unwatch (a, &log);
  unwatch (p, &log);
  log_clear (&log);
}

static void
test_cancelled_edit_silent (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *vendors = vb_project_get_vendors (p);
  VbVendor *a = new_vendor (p, "Acme");
  VbVendor *b = new_vendor (p, "Beta");
  g_autoptr(VbVendor) keep_b = g_object_ref (b);
  GListModel *contacts = vb_vendor_get_contacts (a);
  g_autofree char *hash = vbt_hash_file (vb_project_get_path (p));
  Log log;

  log_init (&log, p);
  watch_list (&log, vendors, "vendors");
  watch_list (&log, contacts, "contacts");
  g_signal_connect (a, "notify", G_CALLBACK (on_notify_cb), &log);
  g_signal_connect (b, "notify", G_CALLBACK (on_notify_cb), &log);
  g_signal_connect (p, "changed", G_CALLBACK (on_changed_cb), &log);

  vb_project_begin_edit (p, "Never");
  g_assert_true (vb_vendor_set_name (a, "Never", &error));
  g_assert_nonnull (vb_project_add_vendor (p, &error));
  g_assert_nonnull (vb_vendor_add_contact (a, &error));
  g_assert_true (vb_record_remove (VB_RECORD (b), &error));
  g_assert_no_error (error);
  g_assert_false (vb_record_is_live (VB_RECORD (b)));
  vb_project_cancel_edit (p);

  assert_log (&log, "");
  g_assert_cmpstr (vb_vendor_get_name (a), ==, "Acme");
  g_assert_true (vb_record_is_live (VB_RECORD (b)));
  g_assert_true (vb_project_lookup (p, vb_record_get_uuid (VB_RECORD (b))) == VB_RECORD (b));
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);
  g_assert_cmpint (vb_project_count_rows (p, "vendor"), ==, 2);
  g_assert_cmpint (vb_project_count_rows (p, "contact"), ==, 0);
  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);
  /* and the store works on: the next edit is heard as usual */
  g_assert_true (vb_vendor_set_name (b, "Beta Ltd", &error));
  assert_log (&log, "notify label; notify modified; notify name; project changed");

  unwatch (vendors, &log);
  unwatch (contacts, &log);
  unwatch (a, &log);
  unwatch (b, &log);
  unwatch (p, &log);
  log_clear (&log);
}

static void
test_failed_edit_silent (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *vendors = vb_project_get_vendors (p);
  VbVendor *a = new_vendor (p, "Acme");
  VbVendor *b = new_vendor (p, "Beta");
  g_autofree char *hash = NULL;
  g_autofree char *undo = NULL;
  Log log;

  g_assert_true (vb_vendor_select (a, &error));
  hash = vbt_hash_file (vb_project_get_path (p));
  undo = g_strdup (vb_project_get_undo_summary (p));
  log_init (&log, p);
  watch_list (&log, vendors, "vendors");
  g_signal_connect (a, "notify", G_CALLBACK (on_notify_cb), &log);
  g_signal_connect (b, "notify", G_CALLBACK (on_notify_cb), &log);
  g_signal_connect (p, "changed", G_CALLBACK (on_changed_cb), &log);

  /* a value the description refuses, after a good one in the same edit:
   * refused at once, and the edit given up (as the core's rules do) */
  vb_project_begin_edit (p, "Half good");
  g_assert_true (vb_vendor_set_name (a, "Acme Group", &error));
  g_assert_nonnull (vb_project_add_vendor (p, &error));
  g_assert_false (vb_project_set_text (p, VB_RECORD (b), "status", "maybe", &error));
  g_clear_error (&error);
  assert_log (&log, "");
  vb_project_cancel_edit (p);
  assert_log (&log, "");
  g_assert_cmpstr (vb_vendor_get_name (a), ==, "Acme");
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 2);

  /* a write the file refuses (the unique index: two selected) */
  vb_project_begin_edit (p, "Two selected");
  g_assert_true (vb_vendor_set_notes (b, "will not stay", &error));
  g_assert_false (vb_project_set_text (p, VB_RECORD (b), "status", "selected", &error));
  g_clear_error (&error);
  /* the edit has failed: it is not committed, not even its good part */
  g_assert_false (vb_project_end_edit (p, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED);
  g_clear_error (&error);
  assert_log (&log, "");
  g_assert_cmpstr (vb_vendor_get_notes (b), ==, "");
  g_assert_cmpint (vb_vendor_get_status (b), ==, VB_VENDOR_STATUS_LONG_LIST);

  /* a rule that refuses, on its own */
  g_assert_false (vb_vendor_reject (b, "", &error));
  g_clear_error (&error);
  assert_log (&log, "");

  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, undo);
  unwatch (vendors, &log);
  unwatch (a, &log);
  unwatch (b, &log);
  unwatch (p, &log);
  log_clear (&log);
}

static void
test_items_changed_precise (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *vendors = vb_project_get_vendors (p);
  GListModel *tasks = vb_project_get_tasks (p);
  VbVendor *v[5];
  Log log;

  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    {
      g_autofree char *name = g_strdup_printf ("V%u", i);
      v[i] = new_vendor (p, name);
    }
  log_init (&log, p);
  watch_list (&log, vendors, "vendors");
  watch_list (&log, tasks, "tasks");

  /* added at the end of an ordered list */
  g_assert_nonnull (vb_project_add_vendor (p, &error));
  assert_log (&log, "vendors 5-0+1");
  /* a task is added with its defaults in one edit: one insertion */
  g_assert_nonnull (vb_project_add_task (p, &error));
  assert_log (&log, "tasks 0-0+1");
  g_assert_nonnull (vb_project_add_task (p, &error));
  assert_log (&log, "tasks 1-0+1");
  /* a value changes no item */
  g_assert_true (vb_vendor_set_name (v[3], "V3 Ltd", &error));
  assert_log (&log, "");
  /* removed from the middle (held, so that undo brings back this object) */
  g_object_ref (v[2]);
  g_assert_true (vb_record_remove (VB_RECORD (v[2]), &error));
  assert_log (&log, "vendors 2-1+0");
  g_assert_true (vb_project_undo (p, &error));
  assert_log (&log, "vendors 2-0+1");
  {
    g_autoptr(VbVendor) back = g_list_model_get_item (vendors, 2);
    g_assert_true (back == v[2]);
    g_object_unref (v[2]);   /* the store holds it again */
  }
  /* reordered: out of its place, into the new one */
  g_assert_true (vb_record_move (VB_RECORD (v[4]), 1, &error));
  assert_log (&log, "vendors 4-1+0; vendors 1-0+1");
  {
    g_autoptr(VbVendor) second = g_list_model_get_item (vendors, 1);
    g_assert_true (second == v[4]);
  }
  g_assert_true (vb_record_move (VB_RECORD (v[0]), 5, &error));
  assert_log (&log, "vendors 0-1+0; vendors 5-0+1");
  /* moving to where it is does nothing */
  g_assert_true (vb_record_move (VB_RECORD (v[0]), 5, &error));
  assert_log (&log, "");
  /* the order that results */
  {
    static const char *const order[] = { "V4", "V1", "V2", "V3 Ltd", "", "V0" };
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_autoptr(VbVendor) item = g_list_model_get_item (vendors, i);
        g_assert_cmpstr (vb_vendor_get_name (item), ==, order[i]);
      }
  }
  g_assert_true (vb_project_undo (p, &error));
  assert_log (&log, "vendors 5-1+0; vendors 0-0+1");
  g_assert_no_error (error);

  unwatch (vendors, &log);
  unwatch (tasks, &log);
  log_clear (&log);
}

static void
test_contacts_follow (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *a = new_vendor (p, "Acme");
  VbVendor *b = new_vendor (p, "Beta");
  g_autoptr(VbVendor) held = g_object_ref (a);
  GListModel *contacts = vb_vendor_get_contacts (a);
  GListModel *others = vb_vendor_get_contacts (b);
  VbContact *ann, *bo;
  Log log;

  g_assert_true (g_list_model_get_item_type (contacts) == VB_TYPE_CONTACT);
  g_assert_true (vb_vendor_get_contacts (a) == contacts);   /* one model per vendor */
  log_init (&log, p);
  watch_list (&log, contacts, "acme");
  watch_list (&log, others, "beta");

  ann = vb_vendor_add_contact (a, &error);
  assert_log (&log, "acme 0-0+1");
  bo = vb_vendor_add_contact (a, &error);
  assert_log (&log, "acme 1-0+1");
  g_assert_nonnull (vb_vendor_add_contact (b, &error));
  assert_log (&log, "beta 0-0+1");
  g_assert_no_error (error);
  {
    g_autoptr(VbContact) first = g_list_model_get_item (contacts, 0);
    g_autoptr(VbContact) second = g_list_model_get_item (contacts, 1);
    g_assert_true (first == ann);
    g_assert_true (second == bo);
  }
  g_assert_true (vb_record_remove (VB_RECORD (ann), &error));
  assert_log (&log, "acme 0-1+0");
  g_assert_true (vb_project_undo (p, &error));
  assert_log (&log, "acme 0-0+1");
  g_assert_true (vb_project_redo (p, &error));
  assert_log (&log, "acme 0-1+0");
  g_assert_true (vb_project_undo (p, &error));
  assert_log (&log, "acme 0-0+1");

  /* the vendor removed: its contacts leave the list with it, and come back */
  g_assert_true (vb_record_remove (VB_RECORD (a), &error));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);
  g_ptr_array_set_size (log.lines, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vb_vendor_get_contacts (a)), ==, 0);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_ptr_array_set_size (log.lines, 0);
  g_assert_true (vb_vendor_get_contacts (a) == contacts);
  g_assert_cmpuint (g_list_model_get_n_items (others), ==, 1);

  unwatch (contacts, &log);
  unwatch (others, &log);
  log_clear (&log);
}

static void
test_same_object_after_undo (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *a = new_vendor (p, "Acme");
  g_autoptr(VbVendor) held = g_object_ref (a);
  g_autoptr(VbContact) ann = NULL;
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (VB_RECORD (a)));
  g_autofree char *ann_uuid = NULL;

  ann = g_object_ref (vb_vendor_add_contact (a, &error));
  g_assert_true (vb_contact_set_name (ann, "Ann", &error));
  ann_uuid = g_strdup (vb_record_get_uuid (VB_RECORD (ann)));
  g_assert_no_error (error);

  g_assert_true (vb_record_remove (VB_RECORD (a), &error));
  g_assert_no_error (error);
  g_assert_false (vb_record_is_live (VB_RECORD (held)));
  g_assert_null (vb_record_get_project (VB_RECORD (held)));
  g_assert_null (vb_project_lookup (p, uuid));
  g_assert_null (vb_contact_get_vendor (ann));
  /* a removed vendor refuses edits */
  g_assert_false (vb_vendor_set_name (held, "Ghost", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  for (guint round = 0; round < 2; round++)
    {
      g_assert_true (vb_project_undo (p, &error));
      g_assert_no_error (error);
      /* the same objects, live again, with what they held */
      g_assert_true (vb_project_lookup (p, uuid) == VB_RECORD (held));
      g_assert_true (vb_project_lookup (p, ann_uuid) == VB_RECORD (ann));
      g_assert_true (vb_record_is_live (VB_RECORD (held)));
      g_assert_true (vb_record_get_project (VB_RECORD (held)) == p);
      g_assert_cmpstr (vb_vendor_get_name (held), ==, "Acme");
      g_assert_true (vb_contact_get_vendor (ann) == held);
      {
        g_autoptr(VbVendor) item = g_list_model_get_item (vb_project_get_vendors (p), 0);
        g_autoptr(VbContact) contact = g_list_model_get_item (vb_vendor_get_contacts (held), 0);
        g_assert_true (item == held);
        g_assert_true (contact == ann);
      }
      g_assert_true (vb_project_redo (p, &error));
      g_assert_false (vb_record_is_live (VB_RECORD (held)));
    }
  g_assert_true (vb_project_undo (p, &error));
  g_assert_true (vb_vendor_set_name (held, "Acme again", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE name = 'Acme again'"), ==, 1);
}

/* An undo of an update puts back only the columns the edit changed */
static void
test_undo_by_column (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbProjectSettings *s = vb_project_get_settings (p);
  VbVendor *a = new_vendor (p, "Acme");

  /* a rename of the project is not an undo step: undoing the description
   * edit of the same row before it leaves the new name */
  g_assert_true (vb_project_settings_set_description (s, "Peak season", &error));
  g_assert_true (vb_project_rename (p, "Renamed", &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_project_settings_get_description (s), ==, "");
  g_assert_cmpstr (vb_project_get_name (p), ==, "Renamed");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM project WHERE name = 'Renamed' AND description = ''"), ==, 1);
  g_assert_true (vb_project_redo (p, &error));
  g_assert_cmpstr (vb_project_settings_get_description (s), ==, "Peak season");
  g_assert_cmpstr (vb_project_get_name (p), ==, "Renamed");

  /* the same for any row: a change outside the history is kept */
  g_assert_true (vb_vendor_set_website (a, "https://acme.example", &error));
  vb_project_begin_edit_no_undo (p, VB_ACTIVITY_EDIT, "Outside the history");
  g_assert_true (vb_vendor_set_notes (a, "kept", &error));
  g_assert_true (vb_project_end_edit (p, &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_vendor_get_website (a), ==, "");
  g_assert_cmpstr (vb_vendor_get_notes (a), ==, "kept");
  g_assert_cmpstr (vb_vendor_get_name (a), ==, "Acme");
}

/* ------------------------------------------------------------- indexes */

static VbRecord *
add_score (VbProject *p,
           VbRecord  *evaluator,
           VbRecord  *vendor,
           VbRecord  *criterion)
{
  static const char *const columns[] = { "evaluator_id", "vendor_id", "criterion_id" };
  VbRecord *parents[] = { evaluator, vendor, criterion };
  g_autoptr(GError) error = NULL;
  VbRecord *r = vb_project_add_row (p, "score", columns, parents, 3, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static VbRecord *
find_score (VbProject *p,
            VbRecord  *evaluator,
            VbRecord  *vendor,
            VbRecord  *criterion)
{
  const char *uuids[] = { vb_record_get_uuid (evaluator), vb_record_get_uuid (vendor), vb_record_get_uuid (criterion) };

  return vb_store_find_by_refs (vb_project_get_store (p), vb_schema_lookup_table (vb_schema_current (), "score"),
                                uuids);
}

static void
test_find_by_refs (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *e[2], *v[2], *c[2], *s[2][2][2];
  g_autofree char *uuid000 = NULL;

  for (guint i = 0; i < 2; i++)
    {
      e[i] = vb_project_add (p, "evaluator", &error);
      v[i] = VB_RECORD (new_vendor (p, i ? "Beta" : "Acme"));
      c[i] = vb_project_add (p, "criterion", &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      for (guint k = 0; k < 2; k++)
        if (i + j + k < 3)   /* one combination left out */
          s[i][j][k] = add_score (p, e[i], v[j], c[k]);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      for (guint k = 0; k < 2; k++)
        g_assert_true (find_score (p, e[i], v[j], c[k]) == (i + j + k < 3 ? s[i][j][k] : NULL));

  /* during an edit, before the commit: what it wrote is found */
  vb_project_begin_edit (p, "Late score");
  s[1][1][1] = add_score (p, e[1], v[1], c[1]);
  g_assert_true (find_score (p, e[1], v[1], c[1]) == s[1][1][1]);
  vb_project_cancel_edit (p);
  g_assert_null (find_score (p, e[1], v[1], c[1]));

  /* (held: removed rows are brought back as the same objects) */
  g_object_ref (s[0][0][1]);
  g_object_ref (v[0]);
  /* a reference changed: found under its new combination only */
  g_assert_true (vb_project_set_text (p, s[0][0][0], "criterion_id", vb_record_get_uuid (c[1]), &error));
  g_assert_true (vb_project_remove (p, s[0][0][1], &error));
  g_assert_no_error (error);
  g_assert_null (find_score (p, e[0], v[0], c[0]));
  g_assert_true (find_score (p, e[0], v[0], c[1]) == s[0][0][0]);
  g_assert_true (vb_project_undo (p, &error));   /* the removal */
  g_assert_true (vb_project_undo (p, &error));   /* the reference */
  g_assert_no_error (error);
  g_assert_true (find_score (p, e[0], v[0], c[0]) == s[0][0][0]);
  g_assert_true (find_score (p, e[0], v[0], c[1]) == s[0][0][1]);

  /* removing the vendor takes its scores, and the index forgets them */
  uuid000 = g_strdup (vb_record_get_uuid (s[0][0][0]));
  g_assert_true (vb_record_remove (v[0], &error));
  g_assert_null (find_score (p, e[0], v[0], c[0]));
  g_assert_nonnull (find_score (p, e[0], v[1], c[0]));
  g_assert_true (vb_project_undo (p, &error));
  /* s[0][0][1] is held: the same object; s[0][0][0] is not: the same row */
  g_assert_true (find_score (p, e[0], v[0], c[1]) == s[0][0][1]);
  g_assert_cmpstr (vb_record_get_uuid (find_score (p, e[0], v[0], c[0])), ==, uuid000);
  g_object_unref (s[0][0][1]);
  g_object_unref (v[0]);
}

/* 30 × 30 × 30 = 27 000 scores: as many lookups, each from the index; a
 * scan of the rows per lookup would take minutes, not a moment */
static void
test_find_by_refs_scale (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  enum { N = 30 };
  VbRecord *e[N], *v[N], *c[N];
  gint64 start, took;
  guint found = 0;

  vb_project_begin_edit (p, "Many scores");
  for (guint i = 0; i < N; i++)
    {
      e[i] = vb_project_add (p, "evaluator", &error);
      v[i] = vb_project_add (p, "vendor", &error);
      c[i] = vb_project_add (p, "criterion", &error);
    }
  for (guint i = 0; i < N; i++)
    for (guint j = 0; j < N; j++)
      for (guint k = 0; k < N; k++)
        add_score (p, e[i], v[j], c[k]);
  g_assert_true (vb_project_end_edit (p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_project_count_rows (p, "score"), ==, N * N * N);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N; i++)
    for (guint j = 0; j < N; j++)
      for (guint k = 0; k < N; k++)
        {
          VbRecord *s = find_score (p, e[i], v[j], c[k]);

          if (s && g_str_equal (vb_record_get_text (s, "vendor_id"), vb_record_get_uuid (v[j])))
            found++;
        }
  took = g_get_monotonic_time () - start;
  g_test_message ("%u lookups in %" G_GINT64_FORMAT " µs", N * N * N, took);
  g_assert_cmpuint (found, ==, N * N * N);
}

/* What the guidance's tallies ask: the rows changed in place since a
 * serial are named; a row added, removed or moved, or more changes than
 * the store keeps, and it cannot say */
static gboolean
changed_since (VbProject  *p,
               const char *table,
               guint64     since,
               VbRecord   *expected)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  if (!vb_project_get_changed_rows (p, table, since, rows))
    return FALSE;
  g_assert_cmpuint (rows->len, >=, expected ? 1 : 0);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (rows->pdata[i] == expected);
  return TRUE;
}

static void
test_changed_rows (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbVendor *a = new_vendor (p, "Acme");
  VbVendor *b = new_vendor (p, "Beta");
  VbVendor *c = new_vendor (p, "Cera");
  VbContact *ann = vb_vendor_add_contact (a, &error);
  guint64 since = vb_project_get_table_serial (p, "vendor");

  g_assert_no_error (error);
  g_assert_true (changed_since (p, "vendor", since, NULL));
  g_assert_true (vb_vendor_set_name (b, "Beta Ltd", &error));
  g_assert_true (changed_since (p, "vendor", since, VB_RECORD (b)));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_true (changed_since (p, "vendor", since, VB_RECORD (b)));
  /* another table's rows are its own */
  g_assert_true (changed_since (p, "contact", vb_project_get_table_serial (p, "contact"), NULL));

  since = vb_project_get_table_serial (p, "vendor");
  g_assert_true (vb_record_move (VB_RECORD (a), 2, &error));
  g_assert_no_error (error);
  g_assert_false (changed_since (p, "vendor", since, NULL));

  since = vb_project_get_table_serial (p, "vendor");
  new_vendor (p, "Dune");
  g_assert_false (changed_since (p, "vendor", since, NULL));

  since = vb_project_get_table_serial (p, "vendor");
  g_assert_true (vb_record_remove (VB_RECORD (c), &error));
  g_assert_no_error (error);
  g_assert_false (changed_since (p, "vendor", since, NULL));

  /* more changes than it keeps since then */
  since = vb_project_get_table_serial (p, "vendor");
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Beta %d", i);

      g_assert_true (vb_vendor_set_name (b, name, &error));
      g_assert_no_error (error);
    }
  g_assert_false (changed_since (p, "vendor", since, NULL));
  since = vb_project_get_table_serial (p, "vendor");
  g_assert_true (vb_vendor_set_name (a, "Acme Group", &error));
  g_assert_true (changed_since (p, "vendor", since, VB_RECORD (a)));

  /* a contact given to another vendor has moved */
  since = vb_project_get_table_serial (p, "contact");
  g_assert_true (vb_project_set_text (p, VB_RECORD (ann), "vendor_id", vb_record_get_uuid (VB_RECORD (b)), &error));
  g_assert_no_error (error);
  g_assert_false (changed_since (p, "contact", since, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/store/" path, Fixture, NULL, setup, func, teardown)
  ADD ("signals-after-commit", test_signals_after_commit);
  ADD ("cancelled-edit-silent", test_cancelled_edit_silent);
  ADD ("failed-edit-silent", test_failed_edit_silent);
  ADD ("items-changed-precise", test_items_changed_precise);
  ADD ("contacts-follow", test_contacts_follow);
  ADD ("same-object-after-undo", test_same_object_after_undo);
  ADD ("undo-by-column", test_undo_by_column);
  ADD ("find-by-refs", test_find_by_refs);
  ADD ("find-by-refs-scale", test_find_by_refs_scale);
  ADD ("changed-rows", test_changed_rows);
#undef ADD

  return g_test_run ();
}
