/* test-undo.c — edits, undo and redo, tombstones, validation, signals
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vb-project-private.h"
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
tombstones_for (VbProject  *p,
                const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tombstone WHERE uuid = '%s'", uuid);
  return vbt_count_sql (p, sql);
}

static gint64
rows_with (VbProject  *p,
           const char *table,
           const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE uuid = '%s'", table, uuid);
  return vbt_count_sql (p, sql);
}

static gint64
activity_count (VbProject *p)
{
  return vbt_count_sql (p, "SELECT count(*) FROM activity");
}

static VbRecord *
add_named (VbProject  *p,
           const char *table,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  VbRecord *r = vb_project_add (p, table, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  if (name)
    {
      g_assert_true (vb_project_set_text (p, r, vb_table_column_index (vb_record_get_table (r), "name") > 0 ? "name" : "title",
                                          name, &error));
      g_assert_no_error (error);
    }
  return r;
}

/* ------------------------------------------------------------ values */

static void
test_set_undo_redo (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *v = add_named (p, "vendor", NULL);
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (v));

  g_assert_true (vb_project_set_text (p, v, "name", "Acme", &error));
  g_assert_true (vb_project_set_text (p, v, "name", "Acme Ltd", &error));
  g_assert_true (vb_project_set_text (p, v, "status", "shortlist", &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_get_can_undo (p));
  g_assert_false (vb_project_get_can_redo (p));
  g_assert_true (vbt_contains_ci (vb_project_get_undo_summary (p), "status"));

  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_record_get_text (v, "status"), ==, "long-list");
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme Ltd");
  g_assert_true (vb_project_get_can_redo (p));
  g_assert_true (vbt_contains_ci (vb_project_get_redo_summary (p), "status"));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme");
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "");
  g_assert_no_error (error);

  /* the file agrees with the records */
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE name = '' AND status = 'long-list'"), ==, 1);

  g_assert_true (vb_project_redo (p, &error));
  g_assert_true (vb_project_redo (p, &error));
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme Ltd");
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE name = 'Acme Ltd'"), ==, 1);

  /* a new edit drops the redo stack */
  g_assert_true (vb_project_get_can_redo (p));
  g_assert_true (vb_project_set_text (p, v, "notes", "new", &error));
  g_assert_false (vb_project_get_can_redo (p));
  g_assert_false (vb_project_redo (p, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED);
  g_clear_error (&error);

  /* numbers, booleans and NULL */
  {
    VbRecord *task = add_named (p, "task", "Refunds");

    g_assert_false (vb_record_has_value (task, "monthly_volume"));
    g_assert_true (vb_project_set_real (p, task, "monthly_volume", 1234.5, &error));
    g_assert_true (vb_project_set_int (p, task, "handle_minutes", 6, &error));   /* an int into a REAL column */
    g_assert_true (vb_project_set_bool (p, task, "regulated", TRUE, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (vb_record_get_real (task, "monthly_volume"), ==, 1234.5);
    g_assert_cmpint (vb_record_get_value (task, "handle_minutes")->type, ==, VB_VALUE_REAL);
    g_assert_true (vb_record_get_bool (task, "regulated"));
    g_assert_true (vb_project_set_null (p, task, "monthly_volume", &error));
    g_assert_false (vb_record_has_value (task, "monthly_volume"));
    g_assert_true (vb_project_undo (p, &error));
    g_assert_cmpfloat (vb_record_get_real (task, "monthly_volume"), ==, 1234.5);
    g_assert_true (vb_project_undo (p, &error));
    g_assert_false (vb_record_get_bool (task, "regulated"));
    g_assert_no_error (error);
  }
  g_assert_true (vb_project_lookup (p, uuid) == v);
}

/* ------------------------------------------------------ identities */

static void
test_add_undo_redo_same_uuid (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *v = add_named (p, "vendor", NULL);
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (v));

  g_assert_true (vb_uuid_is_valid (uuid));
  g_assert_cmpint (rows_with (p, "vendor", uuid), ==, 1);
  g_assert_cmpint (tombstones_for (p, uuid), ==, 0);

  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_lookup (p, uuid));
  g_assert_cmpint (vb_project_count_rows (p, "vendor"), ==, 0);
  g_assert_cmpint (rows_with (p, "vendor", uuid), ==, 0);
  g_assert_cmpint (tombstones_for (p, uuid), ==, 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM tombstone WHERE table_name = 'vendor' AND deleted_at <> ''"), ==, 1);

  g_assert_true (vb_project_redo (p, &error));
  g_assert_no_error (error);
  v = vb_project_lookup (p, uuid);
  g_assert_nonnull (v);
  g_assert_cmpstr (vb_record_get_uuid (v), ==, uuid);
  g_assert_cmpint (rows_with (p, "vendor", uuid), ==, 1);
  g_assert_cmpint (tombstones_for (p, uuid), ==, 0);
  g_assert_cmpint (vb_project_count_rows (p, "vendor"), ==, 1);
}

static VbValue *
snapshot (VbRecord *r)
{
  return vb_row_copy (vb_record_get_table (r), vb_record_get_values (r));
}

/* equal in every column but modified */
static void
assert_same_row (VbRecord      *r,
                 const VbValue *before)
{
  const VbTable *table = vb_record_get_table (r);
  guint n = vb_table_n_columns (table);

  for (guint i = 0; i + 1 < n; i++)
    if (!vb_value_equal (&vb_record_get_values (r)[i], &before[i]))
      g_error ("column %s.%s was not restored", table->name, vb_table_get_column (table, i)->name);
}

static void
assert_file_row (VbProject     *p,
                 const VbTable *table,
                 const VbValue *row)
{
  /* the row in the file equals the snapshot in every column but modified */
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE uuid = ?1", table->name);
  sqlite3_stmt *stmt = NULL;
  guint n = vb_table_n_columns (table);

  g_assert_cmpint (sqlite3_prepare_v2 (vb_project_get_db (p), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, row[0].v.s, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  for (guint i = 0; i + 1 < n; i++)
    {
      VbValue v = VB_VALUE_INIT;

      vb_value_from_column (&v, stmt, (int) i);
      if (!vb_value_equal (&v, &row[i]))
        g_error ("the file's %s.%s was not restored", table->name, vb_table_get_column (table, i)->name);
      vb_value_clear (&v);
    }
  sqlite3_finalize (stmt);
}

static void
test_remove_restores_children (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *other = add_named (p, "vendor", "Other");
  VbRecord *v = add_named (p, "vendor", "Acme");
  VbRecord *c1, *c2, *q;
  g_autofree char *uv = g_strdup (vb_record_get_uuid (v));
  g_autofree char *u1 = NULL, *u2 = NULL, *uq = NULL;
  VbValue *sv, *s1, *s2, *sq;
  const VbTable *tv = vb_record_get_table (v);

  g_assert_true (vb_project_set_text (p, v, "status", "finalist", &error));
  g_assert_true (vb_project_set_text (p, v, "delivery_model", "nearshore", &error));
  g_assert_true (vb_project_set_text (p, v, "notes", "Line one\nLine “two” ✓", &error));
  c1 = vb_project_add_child (p, "contact", "vendor_id", v, &error);
  g_assert_true (vb_project_set_text (p, c1, "name", "Ann", &error));
  g_assert_true (vb_project_set_bool (p, c1, "is_primary", TRUE, &error));
  c2 = vb_project_add_child (p, "contact", "vendor_id", v, &error);
  g_assert_true (vb_project_set_text (p, c2, "email", "bo@acme.example", &error));
  q = vb_project_add_child (p, "quote", "vendor_id", v, &error);
  g_assert_true (vb_project_set_real (p, q, "setup_fee", 19.75, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_record_get_int (c2, "position"), ==, vb_record_get_int (c1, "position") + 1);

  u1 = g_strdup (vb_record_get_uuid (c1));
  u2 = g_strdup (vb_record_get_uuid (c2));
  uq = g_strdup (vb_record_get_uuid (q));
  sv = snapshot (v);
  s1 = snapshot (c1);
  s2 = snapshot (c2);
  sq = snapshot (q);

  {
    g_autoptr(GPtrArray) kids = vb_project_children (p, "contact", "vendor_id", v);
    g_assert_cmpuint (kids->len, ==, 2);
  }

  g_assert_true (vb_project_remove (p, v, &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_lookup (p, uv));
  g_assert_null (vb_project_lookup (p, u1));
  g_assert_null (vb_project_lookup (p, u2));
  g_assert_null (vb_project_lookup (p, uq));
  g_assert_nonnull (vb_project_lookup (p, vb_record_get_uuid (other)));
  g_assert_cmpint (vb_project_count_rows (p, "contact"), ==, 0);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM contact"), ==, 0);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM quote"), ==, 0);
  g_assert_cmpint (tombstones_for (p, uv), ==, 1);
  g_assert_cmpint (tombstones_for (p, u1), ==, 1);
  g_assert_cmpint (tombstones_for (p, u2), ==, 1);
  g_assert_cmpint (tombstones_for (p, uq), ==, 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM tombstone WHERE table_name = 'contact'"), ==, 2);

  /* one undo step brings back all of it */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  v = vb_project_lookup (p, uv);
  c1 = vb_project_lookup (p, u1);
  c2 = vb_project_lookup (p, u2);
  q = vb_project_lookup (p, uq);
  g_assert_nonnull (v);
  g_assert_nonnull (c1);
  g_assert_nonnull (c2);
  g_assert_nonnull (q);
  assert_same_row (v, sv);
  assert_same_row (c1, s1);
  assert_same_row (c2, s2);
  assert_same_row (q, sq);
  assert_file_row (p, tv, sv);
  assert_file_row (p, vb_record_get_table (c1), s1);
  assert_file_row (p, vb_record_get_table (c2), s2);
  assert_file_row (p, vb_record_get_table (q), sq);
  g_assert_cmpint (tombstones_for (p, uv) + tombstones_for (p, u1) + tombstones_for (p, u2) + tombstones_for (p, uq), ==, 0);
  /* the restored vendor is back in its place in the list */
  {
    g_autoptr(VbRecord) second = g_list_model_get_item (vb_project_get_records (p, "vendor"), 1);
    g_assert_true (second == v);
  }
  {
    g_autoptr(GPtrArray) kids = vb_project_children (p, "contact", "vendor_id", v);
    g_assert_cmpuint (kids->len, ==, 2);
    g_assert_true (g_ptr_array_index (kids, 0) == c1);
  }

  /* redo removes it all again */
  g_assert_true (vb_project_redo (p, &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_lookup (p, u2));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM contact"), ==, 0);

  vb_row_free (tv, sv);
  vb_row_free (vb_schema_lookup_table (vb_schema_current (), "contact"), s1);
  vb_row_free (vb_schema_lookup_table (vb_schema_current (), "contact"), s2);
  vb_row_free (vb_schema_lookup_table (vb_schema_current (), "quote"), sq);
}

static void
test_remove_set_null (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *o = add_named (p, "objective", "Answer faster");
  VbRecord *sla = vb_project_add (p, "sla", &error);
  g_autofree char *uo = g_strdup (vb_record_get_uuid (o));
  g_autofree char *us = g_strdup (vb_record_get_uuid (sla));

  g_assert_no_error (error);
  g_assert_true (vb_project_set_text (p, sla, "objective_id", uo, &error));
  g_assert_true (vb_project_set_text (p, sla, "kpi_key", "asa", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_record_get_text (sla, "objective_id"), ==, uo);

  g_assert_true (vb_project_remove (p, o, &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_lookup (p, uo));
  g_assert_true (vb_project_lookup (p, us) == sla);
  g_assert_false (vb_record_has_value (sla, "objective_id"));
  g_assert_cmpstr (vb_record_get_text (sla, "kpi_key"), ==, "asa");
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM sla WHERE objective_id IS NULL"), ==, 1);
  g_assert_cmpint (tombstones_for (p, us), ==, 0);

  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vb_project_lookup (p, uo));
  g_assert_cmpstr (vb_record_get_text (sla, "objective_id"), ==, uo);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sla WHERE objective_id = '%s'", uo);
    g_assert_cmpint (vbt_count_sql (p, sql), ==, 1);
  }
  g_assert_cmpint (tombstones_for (p, uo), ==, 0);
}

/* ------------------------------------------------------------ groups */

static void
test_grouping (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *v = add_named (p, "vendor", "Acme");
  gint64 activity = activity_count (p);
  VbRecord *c;

  vb_project_begin_edit (p, "Set up Acme");
  g_assert_true (vb_project_set_text (p, v, "name", "Acme Group", &error));
  g_assert_true (vb_project_set_text (p, v, "status", "shortlist", &error));
  vb_project_begin_edit (p, "nested");   /* nested groups join the outer one */
  c = vb_project_add_child (p, "contact", "vendor_id", v, &error);
  g_assert_true (vb_project_end_edit (p, &error));
  g_assert_cmpint (activity_count (p), ==, activity);   /* nothing committed yet */
  g_assert_true (vb_project_end_edit (p, &error));
  g_assert_no_error (error);
  g_assert_nonnull (c);

  g_assert_cmpint (activity_count (p), ==, activity + 1);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, "Set up Acme");

  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme");
  g_assert_cmpstr (vb_record_get_text (v, "status"), ==, "long-list");
  g_assert_cmpint (vb_project_count_rows (p, "contact"), ==, 0);
  /* the step before is the name */
  g_assert_true (vbt_contains_ci (vb_project_get_undo_summary (p), "name"));

  /* an empty group commits nothing */
  activity = activity_count (p);
  vb_project_begin_edit (p, "nothing");
  g_assert_true (vb_project_end_edit (p, &error));
  g_assert_cmpint (activity_count (p), ==, activity);
  g_assert_true (vbt_contains_ci (vb_project_get_undo_summary (p), "name"));

  /* a cancelled group leaves nothing, in the records or the file */
  vb_project_begin_edit (p, "cancelled");
  g_assert_true (vb_project_set_text (p, v, "name", "Never", &error));
  g_assert_nonnull (vb_project_add (p, "vendor", &error));
  vb_project_cancel_edit (p);
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme");
  g_assert_cmpint (vb_project_count_rows (p, "vendor"), ==, 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor"), ==, 1);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM vendor WHERE name = 'Acme'"), ==, 1);
  g_assert_cmpint (activity_count (p), ==, activity);
}

/* ------------------------------------------------------ bad values */

static void
assert_invalid (VbProject     *p,
                VbRecord      *r,
                const char    *column,
                const VbValue *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = vbt_hash_file (vb_project_get_path (p));
  const char *summary = vb_project_get_undo_summary (p);
  g_autofree char *undo = g_strdup (summary);
  VbValue *before = snapshot (r);
  gint64 activity = activity_count (p);

  const VbTable *table = vb_record_get_table (r);
  const char *label = vb_column_get_label (vb_table_get_column (table, (guint) vb_table_column_index (table, column)));

  g_assert_false (vb_project_set (p, r, column, value, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_test_message ("%s: %s", column, error->message);
  /* the message names the field in words (its label), never by its identifier */
  if (!vbt_contains_ci (error->message, label) && !vbt_contains_ci (error->message, "refers"))
    g_error ("the message “%s” does not name the %s", error->message, label);
  if (strchr (column, '_') && vbt_contains_ci (error->message, column))
    g_error ("the message “%s” shows the identifier %s", error->message, column);
  assert_same_row (r, before);
  g_assert_true (vb_value_equal (&vb_record_get_values (r)[vb_table_n_columns (vb_record_get_table (r)) - 1],
                                 &before[vb_table_n_columns (vb_record_get_table (r)) - 1]));
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, undo);
  g_assert_cmpint (activity_count (p), ==, activity);
  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);
  vb_row_free (vb_record_get_table (r), before);
}

static void
test_invalid_values (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  VbRecord *task = add_named (p, "task", "Refunds");
  VbRecord *vendor = add_named (p, "vendor", "Acme");
  VbRecord *contact = vb_project_add_child (p, "contact", "vendor_id", vendor, NULL);
  VbRecord *reference = vb_project_add_child (p, "reference", "vendor_id", vendor, NULL);
  VbValue v = VB_VALUE_INIT;
  g_autofree char *long_text = g_strnfill (VB_TEXT_MAX_BYTES + 1, 'x');
  g_autofree char *random_uuid = vb_uuid_new ();

  vb_value_set_int (&v, 200);                     /* 0 … 127 */
  assert_invalid (p, task, "cover_days", &v);
  vb_value_set_int (&v, -1);
  assert_invalid (p, task, "cover_from", &v);
  vb_value_set_real (&v, 1e13);                   /* more money than allowed */
  assert_invalid (p, task, "annual_cost", &v);
  vb_value_set_real (&v, NAN);
  assert_invalid (p, task, "monthly_volume", &v);
  vb_value_set_int (&v, 6);                       /* rating 1 … 5 */
  assert_invalid (p, reference, "rating", &v);
  vb_value_set_text (&v, "maybe");                /* not an enum value */
  assert_invalid (p, vendor, "status", &v);
  /* the word is quoted as given, and nothing of the memory after it */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (vb_project_set (p, vendor, "status", &v, &error));
    g_assert_cmpstr (error->message, ==, "“maybe” is not a valid status of a vendor.");
  }
  vb_value_set_text (&v, "Phone");                /* enum values are case-sensitive */
  assert_invalid (p, task, "channel", &v);
  vb_value_set_text (&v, long_text);
  assert_invalid (p, vendor, "notes", &v);
  vb_value_set_text (&v, "\xff\xfe not UTF-8");
  assert_invalid (p, vendor, "name", &v);
  vb_value_set_text (&v, "2026-02-30");
  assert_invalid (p, reference, "called_on", &v);
  vb_value_set_text (&v, "12 May");
  assert_invalid (p, reference, "called_on", &v);
  vb_value_set_int (&v, 2);
  assert_invalid (p, task, "regulated", &v);
  vb_value_set_text (&v, "yes");                  /* text into a number */
  assert_invalid (p, task, "monthly_volume", &v);
  vb_value_set_real (&v, 1.5);                    /* a fraction into an integer */
  assert_invalid (p, task, "cover_days", &v);
  vb_value_set_int (&v, 5);                       /* a number into a text */
  assert_invalid (p, vendor, "name", &v);
  vb_value_clear (&v);                            /* NULL where it cannot be */
  assert_invalid (p, vendor, "name", &v);
  assert_invalid (p, contact, "vendor_id", &v);
  vb_value_set_text (&v, random_uuid);            /* a reference to nothing */
  assert_invalid (p, contact, "vendor_id", &v);
  vb_value_set_text (&v, "not-a-uuid");
  assert_invalid (p, contact, "vendor_id", &v);
  vb_value_set_text (&v, vb_record_get_uuid (task));   /* a row of the wrong table */
  assert_invalid (p, contact, "vendor_id", &v);
  vb_value_clear (&v);
}

static void
test_same_value_no_commit (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *v = add_named (p, "vendor", "Acme");
  VbRecord *task = add_named (p, "task", "Refunds");
  gint64 activity;
  g_autofree char *hash = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *undo = NULL;

  g_assert_true (vb_project_set_real (p, task, "monthly_volume", 100, &error));
  activity = activity_count (p);
  hash = vbt_hash_file (vb_project_get_path (p));
  modified = g_strdup (vb_record_get_text (v, "modified"));
  undo = g_strdup (vb_project_get_undo_summary (p));

  g_assert_true (vb_project_set_text (p, v, "name", "Acme", &error));
  g_assert_true (vb_project_set_text (p, v, "status", "long-list", &error));
  g_assert_true (vb_project_set_int (p, task, "monthly_volume", 100, &error));   /* 100 == 100.0 */
  g_assert_true (vb_project_set_bool (p, task, "regulated", FALSE, &error));
  g_assert_true (vb_project_set_null (p, task, "annual_cost", &error));
  g_assert_no_error (error);

  g_assert_cmpint (activity_count (p), ==, activity);
  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);
  g_assert_cmpstr (vb_record_get_text (v, "modified"), ==, modified);
  g_assert_cmpstr (vb_project_get_undo_summary (p), ==, undo);
}

/* ---------------------------------------------------------- signals */

typedef struct {
  guint position, removed, added;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  ItemsChanged c = { position, removed, added };
  g_array_append_val (log, c);
}

static void
assert_items_changed (GArray *log,
                      guint   position,
                      guint   removed,
                      guint   added)
{
  ItemsChanged *c;

  if (log->len != 1)
    g_error ("expected one items-changed, got %u", log->len);
  c = &g_array_index (log, ItemsChanged, 0);
  g_assert_cmpuint (c->position, ==, position);
  g_assert_cmpuint (c->removed, ==, removed);
  g_assert_cmpuint (c->added, ==, added);
  g_array_set_size (log, 0);
}

static void
test_items_changed (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *vendors = vb_project_get_records (p, "vendor");
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  VbRecord *a, *b, *c;
  gulong id;

  id = g_signal_connect (vendors, "items-changed", G_CALLBACK (on_items_changed), log);

  a = vb_project_add (p, "vendor", &error);
  assert_items_changed (log, 0, 0, 1);
  b = vb_project_add (p, "vendor", &error);
  assert_items_changed (log, 1, 0, 1);
  c = vb_project_add (p, "vendor", &error);
  assert_items_changed (log, 2, 0, 1);
  g_assert_no_error (error);
  {
    g_autoptr(VbRecord) first = g_list_model_get_item (vendors, 0);
    g_assert_true (first == a);
  }

  /* an edit of a value changes no item of the list */
  g_assert_true (vb_project_set_text (p, b, "name", "B", &error));
  g_assert_cmpuint (log->len, ==, 0);

  g_assert_true (vb_project_remove (p, b, &error));
  assert_items_changed (log, 1, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 2);

  g_assert_true (vb_project_undo (p, &error));   /* back in its place */
  assert_items_changed (log, 1, 0, 1);
  b = g_list_model_get_item (vendors, 1);
  g_assert_cmpstr (vb_record_get_text (b, "name"), ==, "B");
  g_object_unref (b);

  g_assert_true (vb_project_redo (p, &error));
  assert_items_changed (log, 1, 1, 0);

  /* moving a row (vb_record_move, as the views reorder) takes it out of its
   * place and puts it in the new one: two precise signals, nothing else */
  g_assert_true (vb_record_move (c, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).position, ==, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).added, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 1).position, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 1).removed, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 1).added, ==, 1);
  g_array_set_size (log, 0);
  {
    g_autoptr(VbRecord) first = g_list_model_get_item (vendors, 0);
    g_autoptr(VbRecord) second = g_list_model_get_item (vendors, 1);
    g_assert_true (first == c);
    g_assert_true (second == a);
  }
  /* the file holds the same order */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT uuid = '%s' FROM vendor ORDER BY position, rowid LIMIT 1",
                                            vb_record_get_uuid (c));
    g_assert_cmpint (vbt_count_sql (p, sql), ==, 1);
  }

  /* undo of the first add removes item 0 (after undoing the later steps) */
  g_assert_true (vb_project_undo (p, &error));   /* position */
  g_array_set_size (log, 0);
  g_assert_true (vb_project_undo (p, &error));   /* remove of b */
  assert_items_changed (log, 1, 0, 1);
  g_assert_true (vb_project_undo (p, &error));   /* name of b */
  g_assert_cmpuint (log->len, ==, 0);
  g_assert_true (vb_project_undo (p, &error));   /* add of c */
  assert_items_changed (log, 2, 1, 0);
  g_assert_no_error (error);

  g_signal_handler_disconnect (vendors, id);
}

static void
on_record_changed (VbRecord   *record,
                   const char *column,
                   GPtrArray  *log)
{
  g_ptr_array_add (log, g_strdup (column));
}

static void
test_record_changed (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  VbRecord *v = add_named (p, "vendor", NULL);
  g_autoptr(GPtrArray) name_log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) all_log = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (v, "changed::name", G_CALLBACK (on_record_changed), name_log);
  g_signal_connect (v, "changed", G_CALLBACK (on_record_changed), all_log);

  g_assert_true (vb_project_set_text (p, v, "name", "Acme", &error));
  g_assert_cmpuint (name_log->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (name_log, 0), ==, "name");
  g_assert_true (g_ptr_array_find_with_equal_func (all_log, "modified", g_str_equal, NULL));

  g_assert_true (vb_project_set_text (p, v, "notes", "x", &error));
  g_assert_cmpuint (name_log->len, ==, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (all_log, "notes", g_str_equal, NULL));

  g_assert_true (vb_project_undo (p, &error));   /* notes */
  g_assert_cmpuint (name_log->len, ==, 1);
  g_assert_true (vb_project_undo (p, &error));   /* name */
  g_assert_cmpuint (name_log->len, ==, 2);
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "");
  g_assert_true (vb_project_redo (p, &error));
  g_assert_cmpuint (name_log->len, ==, 3);
  g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme");
  g_assert_no_error (error);
}

static void
count_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_project_changed_signal (Fixture *f, gconstpointer data)
{
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  guint changed = 0, can_undo = 0;
  VbRecord *v;
  VbValue bad = VB_VALUE_INIT;

  g_signal_connect_swapped (p, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect_swapped (p, "notify::can-undo", G_CALLBACK (count_cb), &can_undo);

  v = add_named (p, "vendor", NULL);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (can_undo, >=, 1);
  g_assert_true (vb_project_set_text (p, v, "name", "A", &error));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (vb_project_set_text (p, v, "name", "A", &error));   /* no change, no signal */
  g_assert_cmpuint (changed, ==, 2);
  vb_value_set_text (&bad, "maybe");
  g_assert_false (vb_project_set (p, v, "status", &bad, NULL));
  vb_value_clear (&bad);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (vb_project_redo (p, &error));
  g_assert_cmpuint (changed, ==, 4);
  g_assert_no_error (error);
}

static void
test_persisted_after_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (vb_project_get_path (f->project));
  VbRecord *v = add_named (f->project, "vendor", "Kept");
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (v));
  VbRecord *gone = add_named (f->project, "vendor", "Gone");

  g_assert_true (vb_project_remove (f->project, gone, &error));
  g_assert_no_error (error);
  g_clear_object (&f->project);

  f->project = vb_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vb_project_count_rows (f->project, "vendor"), ==, 1);
  g_assert_cmpstr (vb_record_get_text (vb_project_lookup (f->project, uuid), "name"), ==, "Kept");
  /* a new session starts with empty undo/redo */
  g_assert_false (vb_project_get_can_undo (f->project));
  g_assert_false (vb_project_get_can_redo (f->project));
  g_assert_cmpint (vbt_count_sql (f->project, "SELECT count(*) FROM tombstone"), ==, 1);
}

static void
test_template_rows_editable (Fixture *f, gconstpointer data)
{
  /* seeded rows are ordinary rows: remove one and undo */
  VbProject *p = f->project;
  g_autoptr(GError) error = NULL;
  GListModel *tasks = vb_project_get_records (p, "task");
  guint n = g_list_model_get_n_items (tasks);
  g_autoptr(VbRecord) first = g_list_model_get_item (tasks, 0);
  g_autofree char *uuid = g_strdup (vb_record_get_uuid (first));

  g_assert_cmpuint (n, >, 2);
  g_assert_true (vb_project_remove (p, first, &error));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n - 1);
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n);
  {
    g_autoptr(VbRecord) again = g_list_model_get_item (tasks, 0);
    g_assert_cmpstr (vb_record_get_uuid (again), ==, uuid);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/undo/" path, Fixture, NULL, setup, func, teardown)
  ADD ("set-undo-redo", test_set_undo_redo);
  ADD ("add-undo-redo-same-uuid", test_add_undo_redo_same_uuid);
  ADD ("remove-restores-children", test_remove_restores_children);
  ADD ("remove-set-null", test_remove_set_null);
  ADD ("grouping", test_grouping);
  ADD ("invalid-values", test_invalid_values);
  ADD ("same-value-no-commit", test_same_value_no_commit);
  ADD ("items-changed", test_items_changed);
  ADD ("record-changed", test_record_changed);
  ADD ("project-changed", test_project_changed_signal);
  ADD ("persisted-after-reopen", test_persisted_after_reopen);
#undef ADD
  g_test_add ("/undo/template-rows-editable", Fixture, "customer-support", setup, test_template_rows_editable, teardown);

  return g_test_run ();
}
