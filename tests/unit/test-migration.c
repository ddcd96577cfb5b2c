/* test-migration.c — the migration machinery on a test-only earlier version
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version "0" is the current description with columns taken away from
 * three tables (task: notes; vendor: website, which other tables refer to;
 * contact: phone, which has an index) and one table missing entirely
 * (checklist_item). A migration rebuilds the changed tables and creates the
 * missing one; the result must be identical to a fresh file.
 */

#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-test-util.h"

static const struct {
  const char *table;
  const char *column;
} removed_columns[] = {
  { "task", "notes" },
  { "vendor", "website" },
  { "contact", "phone" },
};
#define MISSING_TABLE "checklist_item"

static VbTable  v0_tables[64];
static VbColumn v0_columns[G_N_ELEMENTS (removed_columns)][64];
static VbSchema v0_schema;

static const VbSchema *
schema_v0 (void)
{
  const VbSchema *cur = vb_schema_current ();
  guint n = 0;

  if (v0_schema.tables != NULL)
    return &v0_schema;

  g_assert_cmpuint (cur->n_tables, <=, G_N_ELEMENTS (v0_tables));
  for (guint t = 0; t < cur->n_tables; t++)
    {
      const VbTable *table = &cur->tables[t];

      if (g_str_equal (table->name, MISSING_TABLE))
        continue;
      v0_tables[n] = *table;
      for (guint r = 0; r < G_N_ELEMENTS (removed_columns); r++)
        if (g_str_equal (table->name, removed_columns[r].table))
          {
            guint k = 0;
            gboolean found = FALSE;

            for (guint c = 0; c < table->n_columns; c++)
              {
                if (g_str_equal (table->columns[c].name, removed_columns[r].column))
                  {
                    found = TRUE;
                    continue;
                  }
                v0_columns[r][k++] = table->columns[c];
              }
            g_assert_true (found);
            v0_tables[n].columns = v0_columns[r];
            v0_tables[n].n_columns = k;
          }
      n++;
    }
  g_assert_cmpuint (n, ==, cur->n_tables - 1);
  v0_schema.version = 0;
  v0_schema.tables = v0_tables;
  v0_schema.n_tables = n;
  return &v0_schema;
}

/* ------------------------------------------------------- migrations */

static gboolean
migrate_v0_to_v1 (sqlite3         *db,
                  const VbSchema  *to,
                  GError         **error)
{
  for (guint r = 0; r < G_N_ELEMENTS (removed_columns); r++)
    if (!vb_schema_rebuild_table (db, vb_schema_lookup_table (to, removed_columns[r].table), error))
      return FALSE;
  {
    const VbTable *missing = vb_schema_lookup_table (to, MISSING_TABLE);
    g_autofree char *ddl = vb_schema_table_ddl (missing);
    g_autoptr(GPtrArray) indexes = vb_schema_index_ddl (missing);

    if (!vb_sql_exec (db, ddl, error))
      return FALSE;
    for (guint i = 0; i < indexes->len; i++)
      if (!vb_sql_exec (db, g_ptr_array_index (indexes, i), error))
        return FALSE;
  }
  return TRUE;
}

static gboolean
migrate_fails_halfway (sqlite3         *db,
                       const VbSchema  *to,
                       GError         **error)
{
  if (!vb_schema_rebuild_table (db, vb_schema_lookup_table (to, "task"), error))
    return FALSE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, "the test migration fails on purpose");
  return FALSE;
}

static gboolean
migrate_forgets_table (sqlite3         *db,
                       const VbSchema  *to,
                       GError         **error)
{
  for (guint r = 0; r < G_N_ELEMENTS (removed_columns); r++)
    if (!vb_schema_rebuild_table (db, vb_schema_lookup_table (to, removed_columns[r].table), error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------ files */

#define PROJECT_UUID "10000000-0000-4000-8000-000000000001"
#define TASK_UUID    "20000000-0000-4000-8000-000000000002"
#define VENDOR_UUID  "30000000-0000-4000-8000-000000000003"
#define CONTACT_UUID "40000000-0000-4000-8000-000000000004"
#define QUOTE_UUID   "50000000-0000-4000-8000-000000000005"

static sqlite3 *
open_plain (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  g_assert_true (vb_sql_exec (db, "PRAGMA journal_mode = DELETE", NULL));
  g_assert_true (vb_sql_exec (db, "PRAGMA foreign_keys = ON", NULL));
  return db;
}

static void
write_v0_fixture (const char *path,
                  const char *extra_sql)
{
  sqlite3 *db = open_plain (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", VB_APPLICATION_ID);

  g_assert_true (vb_sql_exec (db, set_id, &error));
  g_assert_true (vb_sql_exec (db, "PRAGMA user_version = 0", &error));
  g_assert_true (vb_schema_create (db, schema_v0 (), &error));
  g_assert_no_error (error);
  g_assert_true (vb_schema_verify (db, schema_v0 (), &error));
  g_assert_no_error (error);
  g_assert_true (vb_sql_exec (db,
    "INSERT INTO project (uuid, name, currency, created, modified) VALUES "
    "  ('" PROJECT_UUID "', 'Old project', 'GBP', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');"
    "INSERT INTO task (uuid, name, work_kind, monthly_volume, handle_minutes, position, modified) VALUES "
    "  ('" TASK_UUID "', 'Password resets', 'routine', 900, 4.5, 0, '2025-01-02T00:00:00.000Z');"
    "INSERT INTO vendor (uuid, name, status, position, modified) VALUES "
    "  ('" VENDOR_UUID "', 'Acme', 'shortlist', 0, '2025-01-03T00:00:00.000Z');"
    "INSERT INTO contact (uuid, vendor_id, name, email, position, modified) VALUES "
    "  ('" CONTACT_UUID "', '" VENDOR_UUID "', 'Ann', 'ann@acme.example', 0, '2025-01-04T00:00:00.000Z');"
    "INSERT INTO quote (uuid, vendor_id, model, rate, modified) VALUES "
    "  ('" QUOTE_UUID "', '" VENDOR_UUID "', 'per-hour', 21.5, '2025-01-05T00:00:00.000Z');",
    &error));
  g_assert_no_error (error);
  if (extra_sql)
    g_assert_true (vb_sql_exec (db, extra_sql, NULL));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Everything a schema is: sqlite_schema (normalised SQL) and, per table,
 * the pragmas; one string to compare. */
static char *
dump_schema (sqlite3 *db)
{
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  static const char *const pragmas[] = { "table_xinfo", "foreign_key_list", "index_list" };

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                           "ORDER BY type, name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *norm = vb_schema_normalise_sql ((const char *) sqlite3_column_text (stmt, 3));

      g_string_append_printf (s, "%s %s on %s: %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                              sqlite3_column_text (stmt, 2), norm);
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "table") == 0)
        g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    for (guint p = 0; p < G_N_ELEMENTS (pragmas); p++)
      {
        /* index_list: seq and name order can differ only by creation order;
         * compare as a sorted set of rows without seq */
        g_autofree char *sql = g_str_equal (pragmas[p], "index_list")
          ? g_strdup_printf ("SELECT name, \"unique\", origin, partial FROM pragma_index_list('%s') ORDER BY name",
                             (char *) tables->pdata[t])
          : g_strdup_printf ("SELECT * FROM pragma_%s('%s')", pragmas[p], (char *) tables->pdata[t]);

        g_string_append_printf (s, "%s(%s):\n", pragmas[p], (char *) tables->pdata[t]);
        g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          {
            for (int c = 0; c < sqlite3_column_count (stmt); c++)
              {
                const char *v = (const char *) sqlite3_column_text (stmt, c);
                g_string_append_printf (s, " %s", v ? v : "NULL");
              }
            g_string_append_c (s, '\n');
          }
        sqlite3_finalize (stmt);
      }
  return g_string_free (s, FALSE);
}

static char *
dump_fresh (void)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  char *dump;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (vb_schema_create (db, vb_schema_current (), &error));
  g_assert_no_error (error);
  dump = dump_schema (db);
  sqlite3_close (db);
  return dump;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return out;
}

/* ------------------------------------------------------------- tests */

static void
test_v0_description (void)
{
  const VbSchema *v0 = schema_v0 ();
  const VbTable *task = vb_schema_lookup_table (v0, "task");

  g_assert_null (vb_schema_lookup_table (v0, MISSING_TABLE));
  g_assert_nonnull (vb_schema_lookup_table (vb_schema_current (), MISSING_TABLE));
  g_assert_cmpint (vb_table_column_index (task, "notes"), ==, -1);
  g_assert_cmpint (vb_table_column_index (vb_schema_lookup_table (vb_schema_current (), "task"), "notes"), >, 0);
  g_assert_cmpuint (vb_table_n_columns (task) + 1, ==,
                    vb_table_n_columns (vb_schema_lookup_table (vb_schema_current (), "task")));
}

static void
test_migrate (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.vendorbench", NULL);
  VbMigration step = { schema_v0 (), vb_schema_current (), migrate_v0_to_v1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *migrated = NULL;
  g_autofree char *fresh = dump_fresh ();
  sqlite3 *db;

  write_v0_fixture (path, NULL);

  /* the current description does not accept the old file */
  db = open_plain (path);
  g_assert_false (vb_schema_verify (db, vb_schema_current (), &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED);
  g_clear_error (&error);

  g_assert_true (vb_schema_migrate (db, &step, 1, VB_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  g_assert_true (sqlite3_get_autocommit (db));

  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, VB_SCHEMA_VERSION);
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA application_id", -1), ==, VB_APPLICATION_ID);
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA foreign_keys", -1), ==, 1);
  g_assert_true (vb_schema_verify (db, vb_schema_current (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", -1), ==, 0);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'vb_old_%'", -1), ==, 0);

  /* the rows survived, the new columns have their defaults */
  {
    g_autofree char *name = query_text (db, "SELECT name FROM task WHERE uuid = '" TASK_UUID "'");
    g_autofree char *notes = query_text (db, "SELECT notes FROM task WHERE uuid = '" TASK_UUID "'");
    g_autofree char *vendor = query_text (db, "SELECT name || '/' || status || '/' || website FROM vendor");
    g_autofree char *contact = query_text (db, "SELECT vendor_id || '/' || email || '/' || phone FROM contact");
    g_autofree char *modified = query_text (db, "SELECT modified FROM task");

    g_assert_cmpstr (name, ==, "Password resets");
    g_assert_cmpstr (notes, ==, "");
    g_assert_cmpstr (vendor, ==, "Acme/shortlist/");
    g_assert_cmpstr (contact, ==, VENDOR_UUID "/ann@acme.example/");
    g_assert_cmpstr (modified, ==, "2025-01-02T00:00:00.000Z");
    g_assert_cmpint (vb_sql_query_int (db, "SELECT monthly_volume * 10 FROM task", -1), ==, 9000);
    g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM quote WHERE vendor_id = '" VENDOR_UUID "'", -1), ==, 1);
    g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM " MISSING_TABLE, -1), ==, 0);
  }

  /* the schema is identical to a fresh file's */
  migrated = dump_schema (db);
  g_assert_cmpstr (migrated, ==, fresh);

  /* and the references still work (cascade through the rebuilt vendor) */
  g_assert_true (vb_sql_exec (db, "DELETE FROM vendor", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM contact", -1), ==, 0);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM quote", -1), ==, 0);

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

/* a migrated file opens as a project and passes the full check */
static void
test_migrated_file_opens (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.vendorbench", NULL);
  VbMigration step = { schema_v0 (), vb_schema_current (), migrate_v0_to_v1 };
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  write_v0_fixture (path, NULL);
  /* the core itself refuses a version-0 file: no version 0 was ever released */
  g_assert_null (vb_project_open (path, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT);
  g_clear_error (&error);

  db = open_plain (path);
  g_assert_true (vb_schema_migrate (db, &step, 1, VB_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  g_assert_true (vb_project_verify_file (path, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    VbRecord *task;

    g_assert_no_error (error);
    g_assert_cmpstr (vb_project_get_name (p), ==, "Old project");
    task = vb_project_lookup (p, TASK_UUID);
    g_assert_nonnull (task);
    g_assert_true (vb_project_set_text (p, task, "notes", "a column the old version lacked", &error));
    g_assert_no_error (error);
  }
  vbt_rmdir (dir);
}

static void
test_refuses_bad_v0 (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.vendorbench", NULL);
  VbMigration step = { schema_v0 (), vb_schema_current (), migrate_v0_to_v1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  sqlite3 *db;

  write_v0_fixture (path, "ALTER TABLE vendor ADD COLUMN extra TEXT");
  before = vbt_hash_file (path);

  db = open_plain (path);
  schema_before = dump_schema (db);
  g_assert_false (vb_schema_migrate (db, &step, 1, VB_SCHEMA_VERSION, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED, "extra");
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, 0);
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA foreign_keys", -1), ==, 1);
  schema_after = dump_schema (db);
  g_assert_cmpstr (schema_before, ==, schema_after);
  sqlite3_close (db);

  vbt_assert_hash_unchanged (path, before);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

static void
assert_rolled_back (VbMigrationFunc apply,
                    VbProjectError  code)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.vendorbench", NULL);
  VbMigration step = { schema_v0 (), vb_schema_current (), apply };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  sqlite3 *db;

  write_v0_fixture (path, NULL);
  before = vbt_hash_file (path);

  db = open_plain (path);
  schema_before = dump_schema (db);
  g_assert_false (vb_schema_migrate (db, &step, 1, VB_SCHEMA_VERSION, &error));
  g_assert_error (error, VB_PROJECT_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, 0);
  schema_after = dump_schema (db);
  g_assert_cmpstr (schema_before, ==, schema_after);
  g_assert_true (vb_schema_verify (db, schema_v0 (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM task", -1), ==, 1);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM contact", -1), ==, 1);
  sqlite3_close (db);

  vbt_assert_hash_unchanged (path, before);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

static void
test_failing_apply_rolls_back (void)
{
  assert_rolled_back (migrate_fails_halfway, VB_PROJECT_ERROR_FAILED);
}

static void
test_incomplete_migration_rolls_back (void)
{
  /* the result is verified against the target description */
  assert_rolled_back (migrate_forgets_table, VB_PROJECT_ERROR_ALTERED);
}

static void
test_no_path (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  write_v0_fixture (path, NULL);
  db = open_plain (path);
  /* no step from version 0 */
  g_assert_false (vb_schema_migrate (db, NULL, 0, VB_SCHEMA_VERSION, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TOO_NEW);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, 0);
  g_clear_error (&error);
  /* already at the target: nothing to do */
  g_assert_true (vb_schema_migrate (db, NULL, 0, 0, &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  {
    guint n = 99;
    vb_schema_migrations (&n);
    /* every real step goes from an older version to a newer one, ending at the current */
    for (guint i = 0; i < n; i++)
      {
        const VbMigration *steps = vb_schema_migrations (&n);
        g_assert_cmpint (steps[i].from->version, <, steps[i].to->version);
        g_assert_cmpint (steps[i].to->version, <=, VB_SCHEMA_VERSION);
      }
  }
  vbt_rmdir (dir);
}

static void
assert_norm_equal (const char *a,
                   const char *b)
{
  g_autofree char *na = vb_schema_normalise_sql (a);
  g_autofree char *nb = vb_schema_normalise_sql (b);

  if (g_strcmp0 (na, nb) != 0)
    g_error ("“%s” and “%s” should normalise the same: “%s” ≠ “%s”", a, b, na, nb);
}

static void
assert_norm_differ (const char *a,
                    const char *b)
{
  g_autofree char *na = vb_schema_normalise_sql (a);
  g_autofree char *nb = vb_schema_normalise_sql (b);

  if (g_strcmp0 (na, nb) == 0)
    g_error ("“%s” and “%s” should differ once normalised, both give “%s”", a, b, na);
}

static void
test_normalise (void)
{
  g_autofree char *empty = vb_schema_normalise_sql (NULL);
  g_autofree char *simple = vb_schema_normalise_sql ("  CREATE   TABLE \"t\" (\n\tx  TEXT )  ");

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (simple, ==, "create table t(x text)");

  /* white space */
  assert_norm_equal ("CREATE TABLE t (a TEXT, b INTEGER)", "CREATE TABLE t(a TEXT,b INTEGER)");
  assert_norm_equal ("CREATE TABLE t (\n  a TEXT,\n  b INTEGER\n) STRICT", "CREATE TABLE t ( a TEXT , b INTEGER ) STRICT");
  assert_norm_equal ("CHECK (x = 1)", "CHECK(x=1)");
  assert_norm_equal ("CHECK (x <= 1)", "CHECK (x<=1)");
  assert_norm_equal ("a\tb\r\nc", "a b c");
  /* quoting of identifiers */
  assert_norm_equal ("CREATE TABLE \"vendor\" (\"name\" TEXT)", "CREATE TABLE vendor (name TEXT)");
  assert_norm_equal ("CREATE TABLE [vendor] ([name] TEXT)", "CREATE TABLE vendor (name TEXT)");
  assert_norm_equal ("CREATE TABLE `vendor` (`name` TEXT)", "CREATE TABLE vendor (name TEXT)");
  /* keyword case */
  assert_norm_equal ("create table vendor (name text not null default '')",
                     "CREATE TABLE vendor (name TEXT NOT NULL DEFAULT '')");
  assert_norm_equal ("x IN ('a', 'b')", "x in ('a','b')");

  /* what must not be folded */
  assert_norm_differ ("CHECK (rating BETWEEN 1 AND 5)", "CHECK (rating BETWEEN 1 AND 50)");
  assert_norm_differ ("CHECK (x IN ('a', 'b'))", "CHECK (x IN ('a', 'c'))");
  assert_norm_differ ("DEFAULT 'Abc'", "DEFAULT 'abc'");
  assert_norm_differ ("DEFAULT 'a  b'", "DEFAULT 'a b'");
  assert_norm_differ ("DEFAULT 'it''s'", "DEFAULT 'its'");
  assert_norm_differ ("DEFAULT 'x\"y'", "DEFAULT 'xy'");
  assert_norm_differ ("a b", "ab");
  assert_norm_differ ("name TEXT COLLATE NOCASE", "name TEXT");
  assert_norm_differ ("x TEXT NOT NULL", "x TEXT NULL");
  /* a quote inside a string does not end it */
  {
    g_autofree char *n = vb_schema_normalise_sql ("DEFAULT 'It''s  HERE' CHECK (X)");
    g_assert_cmpstr (n, ==, "default 'It''s  HERE' check(x)");
  }
  /* an unterminated string does not run past the end */
  {
    g_autofree char *n = vb_schema_normalise_sql ("DEFAULT 'abc");
    g_assert_cmpstr (n, ==, "default 'abc");
  }
  /* the current DDL normalises to something stable and different per table */
  {
    const VbSchema *cur = vb_schema_current ();
    for (guint t = 0; t + 1 < cur->n_tables; t++)
      {
        g_autofree char *a = vb_schema_table_ddl (&cur->tables[t]);
        g_autofree char *b = vb_schema_table_ddl (&cur->tables[t + 1]);
        assert_norm_differ (a, b);
        assert_norm_equal (a, a);
      }
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migration/v0-description", test_v0_description);
  g_test_add_func ("/migration/migrate", test_migrate);
  g_test_add_func ("/migration/migrated-file-opens", test_migrated_file_opens);
  g_test_add_func ("/migration/refuses-bad-v0", test_refuses_bad_v0);
  g_test_add_func ("/migration/failing-apply-rolls-back", test_failing_apply_rolls_back);
  g_test_add_func ("/migration/incomplete-migration-rolls-back", test_incomplete_migration_rolls_back);
  g_test_add_func ("/migration/no-path", test_no_path);
  g_test_add_func ("/migration/normalise", test_normalise);

  return g_test_run ();
}
