/* test-migration.c — files of every earlier version become current files
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures in tests/data were written by the code of their version
 * (DESIGN.md §3): v1-* by version 1; v2-* by vendorbench-cli at commit
 * a332436 (version 2): `new --sample` (and its JSON export), `new
 * --template customer-support`, and v2-selection, the sample with rows in
 * every selection table (tests/data/v2-selection.json, imported by that
 * CLI and exported again); v3-* by vendorbench-cli at commit 8cc24f7
 * (version 3): `new --template customer-support` and v3-pilot, the sample
 * with rows in every decision and pilot table (tests/data/make-v3-pilot.py,
 * imported and exported again as v3-pilot.json); v4-* by vendorbench-cli
 * at commit 536b00f (version 4): `new --template customer-support` and
 * v4-sample, the sample of that commit (`import data/sample/sample.json`,
 * with rows in every table of the journey). Each is verified against the frozen DDL of its
 * own version, migrated in one transaction by the real steps
 * (vb-migrations.c), and is then identical to a fresh file of the current
 * version — sqlite_schema's SQL normalised and the pragma dumps of every
 * table. A step that fails, a step that leaves the schema wrong and a check
 * that refuses the result each roll the whole migration back and leave the
 * file's bytes as they were. What 2 → 3 does to the rows:
 * test-migration-v3.c; 3 → 4: test-migration-v4.c; 4 → 5 adds a price
 * line's outcome share, NULL (not known) in every migrated line: checked
 * below on v4-sample.
 */

#include <json-glib/json-glib.h>

#include "vb-contact.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

static const struct {
  const char *name;
  int         version;
} fixtures[] = {
  { "v1-sample.vendorbench", 1 },
  { "v1-customer-support.vendorbench", 1 },
  { "v2-sample.vendorbench", 2 },
  { "v2-customer-support.vendorbench", 2 },
  { "v2-selection.vendorbench", 2 },
  { "v3-customer-support.vendorbench", 3 },
  { "v3-pilot.vendorbench", 3 },
  { "v4-customer-support.vendorbench", 4 },
  { "v4-sample.vendorbench", 4 },
};

static char *
data_file (const char *name)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");

  g_assert_nonnull (srcdir);
  return g_build_filename (srcdir, "tests", "data", name, NULL);
}

/* A copy of a fixture in @dir, to migrate */
static char *
copy_fixture (const char *dir,
              const char *name)
{
  g_autofree char *src = data_file (name);
  char *path = g_build_filename (dir, name, NULL);

  vbt_copy (src, path);
  return path;
}

static sqlite3 *
open_plain (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_true (vb_sql_exec (db, "PRAGMA journal_mode = DELETE", NULL));
  g_assert_true (vb_sql_exec (db, "PRAGMA foreign_keys = ON", NULL));
  return db;
}

static int
count_commit_cb (void *data)
{
  (*(guint *) data)++;
  return 0;
}

/* The rows of every table of the file, "table=count;…", in name order */
static char *
row_counts (sqlite3 *db)
{
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", (char *) tables->pdata[i]);
      g_string_append_printf (s, "%s=%" G_GINT64_FORMAT ";", (char *) tables->pdata[i], vb_sql_query_int (db, sql, -1));
    }
  return g_string_free (s, FALSE);
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

/* Every fixture is exactly a file of its own version, and of no other */
static void
test_fixtures_are_their_version (void)
{
  guint per_version[VB_SCHEMA_VERSION] = { 0 };

  /* earlier versions are described by their frozen DDL, not by tables */
  for (int v = 1; v < VB_SCHEMA_VERSION; v++)
    {
      const VbSchema *schema = vb_schema_for_version (v);
      g_autofree char *resource = g_strdup_printf ("schema/v%d.sql", v);

      g_assert_nonnull (schema);
      g_assert_cmpint (schema->version, ==, v);
      g_assert_null (schema->tables);
      g_assert_cmpstr (schema->sql_resource, ==, resource);
    }
  g_assert_true (vb_schema_for_version (VB_SCHEMA_VERSION) == vb_schema_current ());
  g_assert_null (vb_schema_for_version (0));
  g_assert_null (vb_schema_for_version (VB_SCHEMA_VERSION + 1));

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *dir = vbt_tmpdir ();
      g_autofree char *path = copy_fixture (dir, fixtures[i].name);
      sqlite3 *db = open_plain (path);

      g_test_message ("%s", fixtures[i].name);
      g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, fixtures[i].version);
      g_assert_cmpint (vb_sql_query_int (db, "PRAGMA application_id", -1), ==, VB_APPLICATION_ID);
      for (int v = 1; v <= VB_SCHEMA_VERSION; v++)
        {
          g_autoptr(GError) error = NULL;
          gboolean ok = vb_schema_verify (db, vb_schema_for_version (v), &error);

          if (v == fixtures[i].version)
            {
              g_assert_no_error (error);
              g_assert_true (ok);
            }
          else
            {
              /* the description of another version does not accept it */
              g_assert_false (ok);
              g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED);
            }
        }
      per_version[fixtures[i].version]++;
      sqlite3_close (db);
      vbt_rmdir (dir);
    }
  /* a fixture of every earlier version */
  for (int v = 1; v < VB_SCHEMA_VERSION; v++)
    g_assert_cmpuint (per_version[v], >=, 1);
}

/* Each fixture migrates, in one transaction, to a file identical to a fresh one */
static void
test_migrate (void)
{
  g_autofree char *fresh = dump_fresh ();
  guint n_steps;
  const VbMigration *steps = vb_schema_migrations (&n_steps);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *dir = vbt_tmpdir ();
      g_autofree char *path = copy_fixture (dir, fixtures[i].name);
      g_autoptr(GError) error = NULL;
      g_autofree char *migrated = NULL;
      g_autofree char *counts_before = NULL;
      g_autofree char *counts_after = NULL;
      guint commits = 0;
      gint64 orphans, tombstones, frameworks, prompts, superseded;
      sqlite3 *db = open_plain (path);

      g_test_message ("%s", fixtures[i].name);
      counts_before = row_counts (db);
      /* what 2 → 3 adds and removes (test-migration-v3.c): a response
       * linked to no item goes, with a tombstone; every framework tag and
       * every distinct call-sheet prompt becomes a row */
      orphans = vb_sql_query_int (db, "SELECT count(*) FROM response WHERE requirement_id IS NULL AND "
                                      "question_id IS NULL", -1);
      tombstones = vb_sql_query_int (db, "SELECT count(*) FROM tombstone", -1);
      /* 3 → 4 keeps one decision; the others leave a tombstone each */
      superseded = MAX (vb_sql_query_int (db, "SELECT count(*) FROM decision", -1) - 1, 0);
      frameworks = fixtures[i].version < 3
        ? vb_sql_query_int (db, "SELECT count(*) FROM question WHERE frameworks <> ''", -1) : 0;
      prompts = fixtures[i].version < 3 ? vb_sql_query_int (db, "SELECT count(*) FROM reference_answer", -1) : 0;
      sqlite3_commit_hook (db, count_commit_cb, &commits);
      g_assert_true (vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, NULL, NULL, &error));
      g_assert_no_error (error);
      sqlite3_commit_hook (db, NULL, NULL);
      /* one transaction: one commit, and none left open */
      g_assert_cmpuint (commits, ==, 1);
      g_assert_true (sqlite3_get_autocommit (db));

      g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, VB_SCHEMA_VERSION);
      g_assert_cmpint (vb_sql_query_int (db, "PRAGMA application_id", -1), ==, VB_APPLICATION_ID);
      g_assert_cmpint (vb_sql_query_int (db, "PRAGMA foreign_keys", -1), ==, 1);
      g_assert_true (vb_schema_verify (db, vb_schema_current (), &error));
      g_assert_no_error (error);
      g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", -1), ==, 0);
      g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'vb_old_%'", -1), ==, 0);
      g_assert_true (vb_db_validate_values (db, fixtures[i].name, &error));
      g_assert_no_error (error);

      /* every row is still there, but for the orphan responses */
      g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM tombstone WHERE table_name = 'response'", -1), ==,
                       orphans);
      g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM tombstone", -1), ==, tombstones + orphans + superseded);
      if (fixtures[i].version < 3 && frameworks == 0)
        g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM question_framework", -1), ==, 0);
      if (fixtures[i].version < 3 && prompts == 0)
        g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM call_prompt", -1), ==, 0);
      counts_after = row_counts (db);
      /* 4 → 5: every price line kept, its outcome share not known */
      if (fixtures[i].version == 4 && g_str_equal (fixtures[i].name, "v4-sample.vendorbench"))
        {
          g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM quote_line", -1), ==, 3);
          g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM quote_line WHERE outcome_pct IS NULL", -1), ==, 3);
        }
      /* v3-pilot: its rows by value in test-migration-v4.c */
      if (g_str_equal (fixtures[i].name, "v3-pilot.vendorbench"))
        ;
      else if (orphans == 0 && frameworks == 0 && prompts == 0)
        {
          /* the tables of the fixture's version have the same rows; the new ones none */
          g_auto(GStrv) before = g_strsplit (counts_before, ";", -1);
          g_auto(GStrv) after = g_strsplit (counts_after, ";", -1);

          for (guint k = 0; after[k] && *after[k]; k++)
            if (!g_strv_contains ((const char *const *) before, after[k]))
              {
                g_test_message ("new: %s", after[k]);
                g_assert_true (g_str_has_suffix (after[k], "=0"));
              }
          for (guint k = 0; before[k] && *before[k]; k++)
            g_assert_true (g_strv_contains ((const char *const *) after, before[k]));
        }
      else
        g_assert_cmpstr (fixtures[i].name, ==, "v2-selection.vendorbench");

      /* the schema is identical to a fresh file's */
      migrated = dump_schema (db);
      if (g_strcmp0 (migrated, fresh) != 0)
        {
          g_autofree char *a = g_build_filename (dir, "migrated.txt", NULL);
          g_autofree char *b = g_build_filename (dir, "fresh.txt", NULL);
          vbt_write (a, migrated, strlen (migrated));
          vbt_write (b, fresh, strlen (fresh));
          g_error ("%s migrates to another schema than a fresh file's: compare %s and %s", fixtures[i].name, a, b);
        }

      /* rows of version 1 are the user's own, not a template's examples;
       * so are the selection rows of version 2 */
      if (fixtures[i].version == 1)
        {
          g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM task WHERE example = 1", -1), ==, 0);
          g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM objective WHERE example = 1", -1), ==, 0);
          g_assert_cmpint (vb_sql_query_int (db, "SELECT team_example FROM project", -1), ==, 0);
        }
      if (fixtures[i].version < 3)
      g_assert_cmpint (vb_sql_query_int (db, "SELECT (SELECT count(*) FROM requirement_section WHERE example OR key <> '') + "
                                             "(SELECT count(*) FROM requirement WHERE example OR key <> '') + "
                                             "(SELECT count(*) FROM question_domain WHERE example OR key <> '') + "
                                             "(SELECT count(*) FROM question WHERE example OR key <> '' OR lite) + "
                                             "(SELECT count(*) FROM call_prompt WHERE example OR key <> '')", -1), ==, 0);

      /* the references work through the rebuilt tables */
      g_assert_true (vb_sql_exec (db, "DELETE FROM vendor", &error));
      g_assert_no_error (error);
      g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM contact", -1), ==, 0);
      g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM quote", -1), ==, 0);

      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
      vbt_assert_no_sidecar (path);
      vbt_rmdir (dir);
    }
}

static char *
vendor_text (sqlite3    *db,
             const char *column,
             const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM vendor WHERE name = '%s'", column, name);
  return query_text (db, sql);
}

/* The sample's vendor channels were free text; they are sets now, and the
 * words that name no channel went to the vendor's notes */
static void
test_channels (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v1-sample.vendorbench");
  g_autoptr(GError) error = NULL;
  guint n_steps;
  const VbMigration *steps = vb_schema_migrations (&n_steps);
  g_autofree char *old_notes = NULL;
  sqlite3 *db = open_plain (path);

  old_notes = vendor_text (db, "notes", "Tidewater Outsourcing");
  {
    g_autofree char *odd = vendor_text (db, "channels", "Tidewater Outsourcing");
    g_assert_cmpstr (odd, ==, "phone; chat / E-mail, Back office, Fax, WhatsApp");
  }
  g_assert_true (vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *tidewater = vendor_text (db, "channels", "Tidewater Outsourcing");
    g_autofree char *notes = vendor_text (db, "notes", "Tidewater Outsourcing");
    g_autofree char *expected_notes = g_strdup_printf ("%s\nOther channels: Fax, WhatsApp", old_notes);
    g_autofree char *brightdesk = vendor_text (db, "channels", "BrightDesk Customer Care");
    g_autofree char *quickserve = vendor_text (db, "channels", "QuickServe Global");
    g_autofree char *polyglot_notes = vendor_text (db, "notes", "Polyglot Hub");
    guint mask = 0;

    g_assert_cmpstr (tidewater, ==, "phone,chat,email,back-office");
    g_assert_true (vb_enum_set_from_string (VB_TYPE_CHANNEL, tidewater, &mask));
    g_assert_cmpuint (mask, ==, VB_CHANNEL_MASK (VB_CHANNEL_PHONE) | VB_CHANNEL_MASK (VB_CHANNEL_CHAT) |
                                VB_CHANNEL_MASK (VB_CHANNEL_EMAIL) | VB_CHANNEL_MASK (VB_CHANNEL_BACK_OFFICE));
    g_assert_cmpstr (notes, ==, expected_notes);
    g_assert_cmpstr (brightdesk, ==, "phone,chat,email,social");
    g_assert_cmpstr (quickserve, ==, "phone,chat,email,sms,in-app");
    /* a vendor whose every word was a channel keeps its notes as they were */
    g_assert_null (strstr (polyglot_notes, "Other channels"));
  }
  sqlite3_close (db);

  /* the window shows them as a set of the enumeration */
  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    GListModel *vendors;
    guint found = 0;

    g_assert_no_error (error);
    vendors = vb_project_get_vendors (p);
    for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
      {
        g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);

        if (g_str_equal (vb_vendor_get_name (v), "Tidewater Outsourcing"))
          {
            g_assert_cmpuint (vb_vendor_get_channels (v), ==,
                              VB_CHANNEL_MASK (VB_CHANNEL_PHONE) | VB_CHANNEL_MASK (VB_CHANNEL_CHAT) |
                              VB_CHANNEL_MASK (VB_CHANNEL_EMAIL) | VB_CHANNEL_MASK (VB_CHANNEL_BACK_OFFICE));
            g_assert_true (g_str_has_suffix (vb_vendor_get_notes (v), "Other channels: Fax, WhatsApp"));
            found++;
          }
      }
    g_assert_cmpuint (found, ==, 1);
  }
  vbt_rmdir (dir);
}

/* Version 1 let two vendors be selected and a vendor have two primary
 * contacts; the migration keeps the first of each (list order) and says
 * so in the others' notes */
static void
test_invariants_keep_first (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v1-sample.vendorbench");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  /* Polyglot Hub (position 1) and Harbour & Pine (2) selected; both of
   * BrightDesk's contacts primary */
  vbt_sql_file (path, "UPDATE vendor SET status = 'selected' WHERE name IN ('Harbour & Pine Support', 'Polyglot Hub');"
                      "UPDATE contact SET is_primary = 1 WHERE name = 'Tom Okafor'");
  g_assert_cmpint (vbt_query_int (path, "SELECT count(*) FROM vendor WHERE status = 'selected'"), ==, 2);
  before = vbt_hash_file (path);

  /* a command that only reads sees the migrated project and leaves the file */
  {
    int version = 0;
    g_assert_true (vb_project_check_file (path, &version, &error));
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, 1);
    vbt_assert_hash_unchanged (path, before);
  }

  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    GListModel *vendors;
    VbVendor *selected;

    g_assert_no_error (error);
    g_assert_cmpint (vbt_query_int (path, "PRAGMA user_version"), ==, VB_SCHEMA_VERSION);
    selected = vb_project_get_selected_vendor (p);
    g_assert_nonnull (selected);
    g_assert_cmpstr (vb_vendor_get_name (selected), ==, "Polyglot Hub");
    g_assert_cmpuint (vb_project_count_vendors (p, VB_VENDOR_STATUS_SELECTED), ==, 1);
    vendors = vb_project_get_vendors (p);
    for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
      {
        g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
        guint primaries = 0;
        GListModel *contacts = vb_vendor_get_contacts (v);

        if (g_str_equal (vb_vendor_get_name (v), "Harbour & Pine Support"))
          {
            g_assert_cmpint (vb_vendor_get_status (v), ==, VB_VENDOR_STATUS_FINALIST);
            g_assert_true (vbt_contains_ci (vb_vendor_get_notes (v), "Only one vendor can be selected"));
          }
        else
          g_assert_false (vbt_contains_ci (vb_vendor_get_notes (v), "Only one vendor can be selected"));
        for (guint k = 0; k < g_list_model_get_n_items (contacts); k++)
          {
            g_autoptr(VbContact) c = g_list_model_get_item (contacts, k);

            primaries += vb_contact_get_is_primary (c);
            if (g_str_equal (vb_contact_get_name (c), "Hannah Whitfield"))
              g_assert_true (vb_contact_get_is_primary (c));
            if (g_str_equal (vb_contact_get_name (c), "Tom Okafor"))
              g_assert_false (vb_contact_get_is_primary (c));
          }
        g_assert_cmpuint (primaries, <=, 1);
      }
  }
  vbt_rmdir (dir);
}

/* The same through a JSON export of version 1 */
static void
test_invariants_keep_first_json (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *json_path = data_file ("v1-sample.json");
  g_autofree char *out = g_build_filename (dir, "imported.vendorbench", NULL);
  g_autofree char *json = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GError) error = NULL;
  const char *at;

  g_assert_true (g_file_get_contents (json_path, &json, NULL, NULL));
  /* BrightDesk (the first finalist, position 0) and Harbour & Pine (the
   * first on the shortlist, position 2) both selected */
  at = strstr (json, "\"status\": \"finalist\"");
  g_assert_nonnull (at);
  {
    GString *s = g_string_new_len (json, at - json);

    g_string_append (s, "\"status\": \"selected\"");
    g_string_append (s, at + strlen ("\"status\": \"finalist\""));
    at = strstr (s->str, "\"status\": \"shortlist\"");
    g_assert_nonnull (at);
    g_string_erase (s, at - s->str, strlen ("\"status\": \"shortlist\""));
    g_string_insert (s, at - s->str, "\"status\": \"selected\"");
    broken = g_string_free (s, FALSE);
  }
  g_assert_true (vb_json_import_data (broken, strlen (broken), out, &error));
  g_assert_no_error (error);
  {
    g_autoptr(VbProject) p = vb_project_open (out, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (vb_project_count_vendors (p, VB_VENDOR_STATUS_SELECTED), ==, 1);
    g_assert_cmpstr (vb_vendor_get_name (vb_project_get_selected_vendor (p)), ==, "BrightDesk Customer Care");
    g_assert_cmpuint (vb_project_count_vendors (p, VB_VENDOR_STATUS_FINALIST), ==, 2);
  }
  vbt_rmdir (dir);
}

/* The window updates a v1 file in place and keeps the old bytes in the
 * cache; a command that only reads never changes it */
static void
test_open_in_place (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v1-customer-support.vendorbench");
  g_autofree char *original = vbt_hash_file (path);
  g_autofree char *kept_dir = g_build_filename (g_get_user_cache_dir (), "vendorbench", "older-versions", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(VbProject) p = vb_project_open_full (path, VB_OPEN_READ_ONLY, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (vb_project_get_read_only (p));
    g_assert_cmpint (vb_project_get_read_only_reason (p), ==, VB_READ_ONLY_COMMAND);
    g_assert_cmpint (vb_project_count_rows (p, "task"), ==, 9);
  }
  vbt_assert_hash_unchanged (path, original);
  vbt_assert_no_sidecar (path);
  g_assert_cmpuint (vbt_count_entries (dir), ==, 1);

  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);

    g_assert_no_error (error);
    g_assert_false (vb_project_get_read_only (p));
    g_assert_cmpint (vb_project_count_rows (p, "task"), ==, 9);
  }
  g_assert_cmpint (vbt_query_int (path, "PRAGMA user_version"), ==, VB_SCHEMA_VERSION);
  vbt_assert_no_sidecar (path);
  {
    int version = 0;
    g_assert_true (vb_project_check_file (path, &version, &error));
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, VB_SCHEMA_VERSION);
  }
  /* the older file, kept byte for byte */
  {
    g_autoptr(GDir) d = g_dir_open (kept_dir, 0, &error);
    const char *name;
    guint kept = 0;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (d)))
      {
        g_autofree char *full = g_build_filename (kept_dir, name, NULL);
        g_autofree char *hash = vbt_hash_file (full);

        g_test_message ("kept: %s", name);
        if (g_str_has_prefix (name, "v1-customer-support (format 1, ") && g_strcmp0 (hash, original) == 0)
          kept++;
      }
    g_assert_cmpuint (kept, ==, 1);
  }
  vbt_rmdir (dir);
}

/* ------------------------------------------------------- roll backs */

static gboolean
step_fails_halfway (sqlite3  *db,
                    GError  **error)
{
  if (!vb_schema_rebuild_table (db, vb_schema_lookup_table (vb_schema_current (), "task"), error))
    return FALSE;
  if (!vb_sql_exec (db, "UPDATE vendor SET name = 'changed'", error))
    return FALSE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, "the test migration fails on purpose");
  return FALSE;
}

static gboolean
step_forgets_tables (sqlite3  *db,
                     GError  **error)
{
  /* the real step's conversions, but only one of its rebuilt tables */
  return vb_schema_rebuild_table (db, vb_schema_lookup_table (vb_schema_current (), "task"), error);
}

/* The real step 1 → 2, leaving a column that step 2 → 3 would rebuild away */
static gboolean
step_leaves_extra (sqlite3  *db,
                   GError  **error)
{
  guint n_steps;
  const VbMigration *real = vb_schema_migrations (&n_steps);

  g_assert_cmpint (real[0].from, ==, 1);
  return real[0].apply (db, error) && vb_sql_exec (db, "ALTER TABLE project ADD COLUMN extra TEXT", error);
}

static gboolean
check_refuses (sqlite3   *db,
               gpointer   data,
               GError   **error)
{
  (*(guint *) data)++;
  /* the check sees the migrated file */
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, VB_SCHEMA_VERSION);
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "the test check refuses on purpose");
  return FALSE;
}

static void
assert_rolled_back_from (const char        *fixture,
                         int                version,
                         const VbMigration *steps,
                         guint              n_steps,
                         VbMigrationCheck   check,
                         VbProjectError     code,
                         const char        *keyword)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, fixture);
  g_autofree char *before = vbt_hash_file (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  g_autofree char *counts_before = NULL;
  g_autofree char *counts_after = NULL;
  guint checked = 0;
  sqlite3 *db = open_plain (path);

  schema_before = dump_schema (db);
  counts_before = row_counts (db);
  g_assert_false (vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, check, &checked, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, code, keyword);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  if (check)
    g_assert_cmpuint (checked, ==, 1);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, version);
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA foreign_keys", -1), ==, 1);
  schema_after = dump_schema (db);
  g_assert_cmpstr (schema_before, ==, schema_after);
  counts_after = row_counts (db);
  g_assert_cmpstr (counts_before, ==, counts_after);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM vendor WHERE name = 'changed'", -1), ==, 0);
  g_assert_true (vb_schema_verify (db, vb_schema_for_version (version), &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  /* byte for byte */
  vbt_assert_hash_unchanged (path, before);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

/* From a fixture of each earlier version, with the real steps but
 * @replacement in place of each step in turn (NULL: the real steps) */
static void
assert_rolled_back (VbMigrationFunc    replacement,
                    VbMigrationCheck   check,
                    VbProjectError     code,
                    const char        *keyword)
{
  static const struct { const char *fixture; int version; } from[] = {
    { "v1-sample.vendorbench", 1 },
    { "v2-selection.vendorbench", 2 },
    { "v3-pilot.vendorbench", 3 },
  };
  guint n_steps;
  const VbMigration *real = vb_schema_migrations (&n_steps);

  for (guint f = 0; f < G_N_ELEMENTS (from); f++)
    for (guint replaced = 0; replaced < n_steps; replaced++)
      {
        g_autofree VbMigration *steps = g_memdup2 (real, n_steps * sizeof *real);

        if (real[replaced].from < from[f].version)
          continue;
        if (replacement)
          steps[replaced].apply = replacement;
        g_test_message ("from %s, step %d → %d replaced", from[f].fixture, real[replaced].from, real[replaced].to);
        assert_rolled_back_from (from[f].fixture, from[f].version, steps, n_steps, check, code, keyword);
        if (replacement == NULL)
          break;
      }
}

static void
test_failing_step_rolls_back (void)
{
  assert_rolled_back (step_fails_halfway, NULL, VB_PROJECT_ERROR_FAILED, "on purpose");
}

static void
test_incomplete_step_rolls_back (void)
{
  /* the result of each step is verified against its version's description */
  assert_rolled_back (step_forgets_tables, NULL, VB_PROJECT_ERROR_ALTERED, "changed by another program");
}

/* Each step is verified against its own version: a later step cannot
 * hide what an earlier one got wrong */
static void
test_every_version_verified (void)
{
  guint n_steps;
  const VbMigration *real = vb_schema_migrations (&n_steps);
  g_autofree VbMigration *steps = g_memdup2 (real, n_steps * sizeof (VbMigration));

  steps[0].apply = step_leaves_extra;
  assert_rolled_back_from ("v1-sample.vendorbench", 1, steps, n_steps, NULL, VB_PROJECT_ERROR_ALTERED,
                           "extra column “extra”");
}

static void
test_refused_check_rolls_back (void)
{
  /* the real steps succeed; the caller's check of the result refuses */
  assert_rolled_back (NULL, check_refuses, VB_PROJECT_ERROR_INVALID, "on purpose");
}

/* A file of an earlier version that is not exactly that version is
 * refused before any step runs */
static void
assert_refuses_altered (const char *fixture,
                        int         version)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, fixture);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  guint n_steps;
  const VbMigration *steps = vb_schema_migrations (&n_steps);
  sqlite3 *db;

  vbt_sql_file (path, "ALTER TABLE vendor ADD COLUMN extra TEXT");
  before = vbt_hash_file (path);
  db = open_plain (path);
  g_assert_false (vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, NULL, NULL, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED, "extra");
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, version);
  sqlite3_close (db);
  vbt_assert_hash_unchanged (path, before);
  g_clear_error (&error);

  /* and by open and check, naming it, the file unchanged */
  g_assert_null (vb_project_open (path, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED, "extra");
  g_clear_error (&error);
  g_assert_false (vb_project_check_file (path, NULL, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED, "extra");
  vbt_assert_hash_unchanged (path, before);
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

static void
test_refuses_altered (void)
{
  assert_refuses_altered ("v1-sample.vendorbench", 1);
  assert_refuses_altered ("v2-sample.vendorbench", 2);
  assert_refuses_altered ("v3-customer-support.vendorbench", 3);
}

static void
test_no_path (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v1-sample.vendorbench");
  g_autofree char *before = vbt_hash_file (path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_plain (path);

  /* no step from version 1 */
  g_assert_false (vb_schema_migrate (db, NULL, 0, VB_SCHEMA_VERSION, NULL, NULL, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TOO_NEW);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, 1);
  g_clear_error (&error);
  /* already at the target: nothing to do */
  g_assert_true (vb_schema_migrate (db, NULL, 0, 1, NULL, NULL, &error));
  g_assert_no_error (error);
  sqlite3_close (db);
  vbt_assert_hash_unchanged (path, before);

  /* every real step goes from an older version to the next, and they lead
   * from version 1 to the current one */
  {
    guint n = 0;
    const VbMigration *steps = vb_schema_migrations (&n);
    int version = 1;

    g_assert_cmpuint (n, >=, 1);
    for (guint i = 0; i < n; i++)
      {
        g_assert_cmpint (steps[i].from, <, steps[i].to);
        g_assert_cmpint (steps[i].to, <=, VB_SCHEMA_VERSION);
        g_assert_nonnull (steps[i].apply);
        g_assert_nonnull (vb_schema_for_version (steps[i].from));
      }
    for (guint i = 0; i < n; i++)
      if (steps[i].from == version)
        version = steps[i].to;
    g_assert_cmpint (version, ==, VB_SCHEMA_VERSION);
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
  g_autofree char *cache = NULL;
  int rc;

  /* the window's open keeps a copy of an older file in the cache folder:
   * a folder of the test's own */
  cache = g_dir_make_tmp ("vb-unit-cache-XXXXXX", NULL);
  g_assert_nonnull (cache);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migration/fixtures-are-their-version", test_fixtures_are_their_version);
  g_test_add_func ("/migration/migrate", test_migrate);
  g_test_add_func ("/migration/channels", test_channels);
  g_test_add_func ("/migration/invariants-keep-first", test_invariants_keep_first);
  g_test_add_func ("/migration/invariants-keep-first-json", test_invariants_keep_first_json);
  g_test_add_func ("/migration/open-in-place", test_open_in_place);
  g_test_add_func ("/migration/failing-step-rolls-back", test_failing_step_rolls_back);
  g_test_add_func ("/migration/incomplete-step-rolls-back", test_incomplete_step_rolls_back);
  g_test_add_func ("/migration/refused-check-rolls-back", test_refused_check_rolls_back);
  g_test_add_func ("/migration/every-version-verified", test_every_version_verified);
  g_test_add_func ("/migration/refuses-altered", test_refuses_altered);
  g_test_add_func ("/migration/no-path", test_no_path);
  g_test_add_func ("/migration/normalise", test_normalise);

  rc = g_test_run ();
  vbt_rmdir (cache);
  return rc;
}
