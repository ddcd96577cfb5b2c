/* test-file-format.c — the project file: templates, pragmas, schema and the
 * three file properties of DESIGN.md §3
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <grp.h>
#include <json-glib/json-glib.h>

#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-test-util.h"

static const char *const templates[] = { "blank", "customer-support", "back-office", "it-help-desk" };

static void
test_templates (void)
{
  g_autofree char *dir = vbt_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *file = g_strconcat (templates[i], ".vendorbench", NULL);
      g_autoptr(VbProject) p = vbt_create (dir, file, templates[i]);
      VbRecord *settings = VB_RECORD (vb_project_get_settings (p));
      gboolean blank = g_str_equal (templates[i], "blank");

      g_assert_nonnull (settings);
      g_assert_cmpstr (vb_record_get_text (settings, "template"), ==, templates[i]);
      g_assert_cmpstr (vb_project_get_name (p), ==, "Test project");
      g_assert_cmpstr (vb_project_get_currency (p), ==, "EUR");
      g_assert_false (vb_project_get_read_only (p));
      if (blank)
        {
          g_assert_cmpint (vb_project_count_rows (p, "objective"), ==, 0);
          g_assert_cmpint (vb_project_count_rows (p, "task"), ==, 0);
          g_assert_cmpint (vb_record_get_int (settings, "team_days"), ==, 0);
        }
      else
        {
          GListModel *tasks = vb_project_get_records (p, "task");
          g_assert_cmpint (vb_project_count_rows (p, "objective"), >, 0);
          g_assert_cmpint (vb_project_count_rows (p, "task"), >, 0);
          g_assert_cmpint (vb_record_get_int (settings, "team_days"), !=, 0);
          g_assert_cmpint (vb_record_get_int (settings, "team_from"), <, vb_record_get_int (settings, "team_to"));
          g_assert_false (vb_str_is_blank (vb_record_get_text (settings, "team_languages")));
          /* seeded tasks have what the outsourcing rule needs */
          for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
            {
              g_autoptr(VbRecord) task = g_list_model_get_item (tasks, t);
              g_assert_cmpstr (vb_record_get_label (task), !=, "");
              g_assert_cmpstr (vb_record_get_text (task, "work_kind"), !=, "");
              g_assert_cmpint (vb_record_get_int (task, "position"), ==, t);
            }
        }
    }

  /* an unknown template and a bad currency are refused and write nothing */
  {
    g_autofree char *path = g_build_filename (dir, "x.vendorbench", NULL);
    g_autoptr(GError) error = NULL;
    VbProject *p = vb_project_create (path, "X", (VbProjectTemplate) 99, "EUR", &error);

    g_assert_null (p);
    g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
    g_assert_false (vbt_exists (path));
    g_clear_error (&error);
    p = vb_project_create (path, "X", VB_PROJECT_TEMPLATE_BLANK, "EURO", &error);
    g_assert_null (p);
    g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
    g_assert_false (vbt_exists (path));
  }
  /* an existing file is never overwritten */
  {
    g_autofree char *path = g_build_filename (dir, "blank.vendorbench", NULL);
    g_autofree char *before = vbt_hash_file (path);
    g_autoptr(GError) error = NULL;
    VbProject *p = vb_project_create (path, "X", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);

    g_assert_null (p);
    g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS);
    vbt_assert_hash_unchanged (path, before);
  }
  /* nothing but the projects is left in the folder (no temporary files) */
  g_assert_cmpuint (vbt_count_entries (dir), ==, G_N_ELEMENTS (templates));
  vbt_rmdir (dir);
}

static void
test_pragmas_and_schema (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "customer-support");
  g_autofree char *path = g_strdup (vb_project_get_path (p));
  const VbSchema *schema = vb_schema_current ();
  sqlite3 *db = vb_project_get_db (p);

  g_assert_cmpint (vbt_query_int (path, "PRAGMA application_id"), ==, 0x56424E43);
  g_assert_cmpint (VB_APPLICATION_ID, ==, 0x56424E43);
  g_assert_cmpint (vbt_query_int (path, "PRAGMA user_version"), ==, VB_SCHEMA_VERSION);
  g_assert_cmpint (VB_SCHEMA_VERSION, ==, 5);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
    sqlite3_finalize (stmt);
  }

  /* foreign keys are enforced on the project's own connection */
  {
    sqlite3_stmt *stmt = NULL;
    int rc;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_keys", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);

    rc = sqlite3_exec (db, "INSERT INTO contact (uuid, vendor_id, position, modified) VALUES "
                           "('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 0, '')",
                       NULL, NULL, NULL);
    g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
    g_assert_cmpint (sqlite3_extended_errcode (db), ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  }

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      g_autofree char *exists = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%s'",
                                                 table->name);
      g_autofree char *strict = g_strdup_printf ("SELECT strict FROM pragma_table_list WHERE name = '%s'", table->name);
      g_autofree char *ncols = g_strdup_printf ("SELECT count(*) FROM pragma_table_xinfo('%s')", table->name);

      g_test_message ("table %s", table->name);
      g_assert_cmpint (vbt_query_int (path, exists), ==, 1);
      g_assert_cmpint (vbt_query_int (path, strict), ==, 1);
      g_assert_cmpint (vbt_query_int (path, ncols), ==, vb_table_n_columns (table));

      for (guint c = 0; c < vb_table_n_columns (table); c++)
        {
          const VbColumn *col = vb_table_get_column (table, c);
          g_autofree char *indexed = NULL;
          g_autofree char *fk = NULL;

          if (col->kind != VB_COLUMN_REF)
            continue;
          indexed = g_strdup_printf ("SELECT count(*) FROM pragma_index_list('%s') AS l, pragma_index_info(l.name) AS i "
                                     "WHERE i.seqno = 0 AND i.name = '%s'", table->name, col->name);
          fk = g_strdup_printf ("SELECT count(*) FROM pragma_foreign_key_list('%s') WHERE \"from\" = '%s' AND "
                                "\"table\" = '%s' AND \"to\" = 'uuid' AND on_delete = '%s'", table->name, col->name,
                                col->ref_table, col->on_delete == VB_ON_DELETE_CASCADE ? "CASCADE" : "SET NULL");
          g_test_message ("  REF %s.%s", table->name, col->name);
          g_assert_cmpint (vbt_query_int (path, indexed), >=, 1);
          g_assert_cmpint (vbt_query_int (path, fk), ==, 1);
        }
    }
  /* the invariants are held by the file itself: one partial unique index
   * per rule (one selected vendor, one primary contact per vendor), and
   * whole-table ones: a custom KPI's key, a remembered mapping's header, a
   * week of a KPI per channel and source (4 columns), one decision (on no
   * column) */
  {
    guint n_uniques = 0;

    for (guint t = 0; t < schema->n_tables; t++)
      for (guint u = 0; u < schema->tables[t].n_uniques; u++)
        {
          const VbTable *table = &schema->tables[t];
          const VbUnique *unique = &table->uniques[u];
          g_autofree char *sql = NULL;

          if (unique->where_column == NULL)
            {
              g_auto(GStrv) columns = unique->column ? g_strsplit (unique->column, ",", -1) : g_new0 (char *, 1);
              g_autofree char *name = columns[0] ? g_strdup_printf ("%s_unique_%s_idx", table->name, columns[0])
                                                 : g_strdup_printf ("%s_one_row_idx", table->name);

              sql = g_strdup_printf ("SELECT count(*) FROM pragma_index_list('%s') AS l, pragma_index_info(l.name) AS i "
                                     "WHERE l.\"unique\" = 1 AND l.partial = 0 AND l.name = '%s'", table->name, name);
              g_test_message ("UNIQUE %s (%s)", table->name, unique->column ? unique->column : "");
              g_assert_cmpint (vbt_query_int (path, sql), ==, MAX (g_strv_length (columns), 1));
              n_uniques++;
              continue;
            }
          sql = g_strdup_printf ("SELECT count(*) FROM pragma_index_list('%s') AS l, "
                                                  "pragma_index_info(l.name) AS i WHERE l.\"unique\" = 1 AND "
                                                  "l.partial = 1 AND i.name = '%s' AND l.name = '%s_one_%s_idx'",
                                                  table->name, unique->column, table->name, unique->where_column);
          g_test_message ("UNIQUE %s.%s where %s", table->name, unique->column, unique->where_column);
          g_assert_cmpint (vbt_query_int (path, sql), ==, 1);
          n_uniques++;
        }
    g_assert_cmpuint (n_uniques, ==, 6);
    g_assert_cmpint (vbt_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                          "name = 'kpi_result_unique_kpi_key_idx' AND "
                                          "sql LIKE '%(nullif(kpi_key, ''''), channel, week_start, ifnull(import_id, ''''))'"), ==, 1);
    g_assert_cmpint (vbt_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                          "name = 'vendor_one_status_idx' AND "
                                          "sql LIKE '%UNIQUE%(status)%WHERE status = ''selected'''"), ==, 1);
    g_assert_cmpint (vbt_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                          "name = 'contact_one_is_primary_idx' AND "
                                          "sql LIKE '%UNIQUE%(vendor_id)%WHERE is_primary = 1'"), ==, 1);
  }
  /* the rules over several columns are CHECKs of the file itself: a
   * response answers exactly one item, with a word of that item's kind */
  {
    guint n_checks = 0;
    /* (uuid, vendor_id, requirement_id, question_id, answer): neither,
     * both, a question's word on a requirement, a requirement's on a question */
    static const char *const refused[][3] = {
      { NULL, NULL, "" }, { "r", "q", "" }, { "r", NULL, "yes" }, { NULL, "q", "meets" },
    };
    static const char *const accepted[][3] = {
      { "r", NULL, "does-not-meet" }, { NULL, "q", "partly" }, { "r", NULL, "" }, { NULL, "q", "no" },
    };
    const char *ven = "00000000-0000-4000-8000-0000000000a1";
    const char *sec = "00000000-0000-4000-8000-0000000000a2";
    const char *req = "00000000-0000-4000-8000-0000000000a3";
    const char *dom = "00000000-0000-4000-8000-0000000000a4";
    const char *que = "00000000-0000-4000-8000-0000000000a5";
    g_autofree char *parents = g_strdup_printf ("INSERT INTO vendor (uuid) VALUES ('%s');"
                                                "INSERT INTO requirement_section (uuid) VALUES ('%s');"
                                                "INSERT INTO requirement (uuid, section_id) VALUES ('%s', '%s');"
                                                "INSERT INTO question_domain (uuid) VALUES ('%s');"
                                                "INSERT INTO question (uuid, domain_id) VALUES ('%s', '%s')",
                                                ven, sec, req, sec, dom, que, dom);

    for (guint t = 0; t < schema->n_tables; t++)
      for (guint i = 0; i < schema->tables[t].n_checks; i++)
        {
          g_autofree char *expr = vb_schema_check_sql (&schema->tables[t], &schema->tables[t].checks[i]);
          g_autofree char *norm = vb_schema_normalise_sql (expr);
          g_autofree char *sql = g_strdup_printf ("SELECT sql FROM sqlite_schema WHERE name = '%s'",
                                                  schema->tables[t].name);
          sqlite3_stmt *stmt = NULL;
          g_autofree char *table_sql = NULL;

          g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          table_sql = vb_schema_normalise_sql ((const char *) sqlite3_column_text (stmt, 0));
          sqlite3_finalize (stmt);
          g_test_message ("CHECK %s: %s", schema->tables[t].name, expr);
          g_assert_nonnull (strstr (table_sql, norm));
          n_checks++;
        }
    g_assert_cmpuint (n_checks, ==, 3);
    g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, parents, NULL, NULL, NULL), ==, SQLITE_OK);
    for (guint i = 0; i < G_N_ELEMENTS (refused) + G_N_ELEMENTS (accepted); i++)
      {
        const char *const *row = i < G_N_ELEMENTS (refused) ? refused[i] : accepted[i - G_N_ELEMENTS (refused)];
        g_autofree char *sql = g_strdup_printf ("INSERT INTO response (uuid, vendor_id, requirement_id, question_id, "
                                                "answer) VALUES ('00000000-0000-4000-8000-0000000000c%u', '%s', "
                                                "%s%s%s, %s%s%s, '%s')", i, ven,
                                                row[0] ? "'" : "", row[0] ? req : "NULL", row[0] ? "'" : "",
                                                row[1] ? "'" : "", row[1] ? que : "NULL", row[1] ? "'" : "", row[2]);

        g_test_message ("%s: %s", i < G_N_ELEMENTS (refused) ? "refused" : "accepted", sql);
        if (i < G_N_ELEMENTS (refused))
          {
            g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
            g_assert_cmpint (sqlite3_extended_errcode (db), ==, SQLITE_CONSTRAINT_CHECK);
          }
        else
          g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      }
    /* deleting an item deletes its responses */
    {
      g_autofree char *del = g_strdup_printf ("DELETE FROM requirement WHERE uuid = '%s'; "
                                              "DELETE FROM question WHERE uuid = '%s'", req, que);

      g_assert_cmpint (sqlite3_exec (db, del, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response"), ==, 0);
    }
    g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  }
  /* no table that the description does not have */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    g_assert_cmpint (vbt_query_int (path, sql), ==, schema->n_tables);
    g_assert_cmpint (vbt_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type IN ('view', 'trigger')"), ==, 0);
  }
  vb_project_close (p);
  vbt_rmdir (dir);
}

/* (a) the file alone is complete after every commit */
static void
test_file_alone_complete (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autofree char *copy = g_build_filename (dir, "copy", "attached.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  VbRecord *vendor;

  vendor = vb_project_add (p, "vendor", &error);
  g_assert_no_error (error);
  g_assert_true (vb_project_set_text (p, vendor, "name", "Acme Contact Centres", &error));
  g_assert_no_error (error);
  g_assert_true (vb_project_set_text (p, VB_RECORD (vb_project_get_settings (p)), "team_languages", "English, Welsh", &error));
  g_assert_no_error (error);

  /* the project is still open: copy only the main file, as an email client would */
  {
    g_autofree char *copy_dir = g_path_get_dirname (copy);
    g_assert_cmpint (g_mkdir_with_parents (copy_dir, 0755), ==, 0);
  }
  vbt_copy (vb_project_get_path (p), copy);
  {
    g_autoptr(VbProject) q = vb_project_open (copy, &error);
    g_autoptr(GPtrArray) vendors = NULL;
    VbRecord *v;

    g_assert_no_error (error);
    g_assert_nonnull (q);
    g_assert_cmpint (vb_project_count_rows (q, "vendor"), ==, 1);
    v = vb_project_lookup (q, vb_record_get_uuid (vendor));
    g_assert_nonnull (v);
    g_assert_cmpstr (vb_record_get_text (v, "name"), ==, "Acme Contact Centres");
    g_assert_cmpstr (vb_record_get_text (VB_RECORD (vb_project_get_settings (q)), "team_languages"), ==, "English, Welsh");
  }

  /* and after an undo, too */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_unlink (copy);
  vbt_copy (vb_project_get_path (p), copy);
  {
    g_autoptr(VbProject) q = vb_project_open (copy, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (vb_record_get_text (VB_RECORD (vb_project_get_settings (q)), "team_languages"), ==, "");
  }
  vb_project_close (p);
  vbt_rmdir (dir);
}

/* (b) no sidecar after close and after a check */
static void
test_no_sidecar (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  int version = 0;

  {
    VbProject *p = vbt_create (dir, "p.vendorbench", "it-help-desk");
    VbRecord *v = vb_project_add (p, "vendor", &error);

    g_assert_no_error (error);
    g_assert_true (vb_project_set_text (p, v, "name", "Helpdesk Co", &error));
    g_assert_true (vb_project_undo (p, &error));
    g_assert_true (vb_project_redo (p, &error));
    g_assert_no_error (error);
    vbt_assert_no_sidecar (path);   /* between commits, too */
    vb_project_close (p);
    vbt_assert_no_sidecar (path);
    g_object_unref (p);
    vbt_assert_no_sidecar (path);
  }
  {
    /* dropped without an explicit close */
    VbProject *p = vb_project_open (path, &error);
    g_assert_no_error (error);
    vb_project_add (p, "objective", &error);
    g_assert_no_error (error);
    g_object_unref (p);
    vbt_assert_no_sidecar (path);
  }

  g_assert_true (vb_project_check_file (path, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, VB_SCHEMA_VERSION);
  vbt_assert_no_sidecar (path);
  g_assert_cmpuint (vbt_count_entries (dir), ==, 1);
  vbt_rmdir (dir);
}

/* (c) a file in a read-only folder opens read-only */

static void
assert_read_only_in_process (const char *path)
{
  g_autofree char *before = vbt_hash_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &error);
  GListModel *tasks;
  g_autoptr(VbRecord) task = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (p);
  g_assert_true (vb_project_get_read_only (p));
  g_assert_false (vb_project_get_can_undo (p));

  tasks = vb_project_get_records (p, "task");
  g_assert_cmpuint (g_list_model_get_n_items (tasks), >, 0);
  task = g_list_model_get_item (tasks, 0);

  g_assert_false (vb_project_set_text (p, task, "name", "changed", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_null (vb_project_add (p, "vendor", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (vb_project_remove (p, task, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (vb_project_undo (p, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpstr (vb_record_get_text (task, "name"), !=, "changed");
  g_assert_cmpint (vb_project_count_rows (p, "vendor"), ==, 0);

  vb_project_close (p);
  vbt_assert_hash_unchanged (path, before);
  vbt_assert_no_sidecar (path);
}

static char *
read_only_root (GPid parent)
{
  return g_strdup_printf ("/tmp/vb-unit-ro-%d", (int) parent);
}

static void
make_read_only_fixture (const char *root)
{
  g_autofree char *ro = g_build_filename (root, "ro", NULL);
  g_autofree char *path = g_build_filename (ro, "p.vendorbench", NULL);
  g_autoptr(GError) error = NULL;

  vbt_rmdir (root);
  g_assert_cmpint (g_mkdir (root, 0755), ==, 0);
  g_assert_cmpint (g_chmod (root, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (ro, 0755), ==, 0);
  {
    g_autoptr(VbProject) p = vb_project_create (path, "Read-only", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT, "EUR", &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (ro, 0555), ==, 0);
}

/* The edits in-process, in a subprocess of the test that becomes nobody */
static void
read_only_folder_as_nobody (void)
{
  g_autofree char *root = read_only_root (getppid ());
  g_autofree char *path = g_build_filename (root, "ro", "p.vendorbench", NULL);

  if (getuid () == 0)
    {
      if (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0)
        g_error ("cannot become nobody: %s", g_strerror (errno));
    }
  g_assert_cmpint (g_access (path, W_OK), !=, 0);
  assert_read_only_in_process (path);
}

static void
test_read_only_folder (void)
{
  g_autofree char *root = read_only_root (getpid ());
  g_autofree char *path = g_build_filename (root, "ro", "p.vendorbench", NULL);
  g_autofree char *before = NULL;

  if (g_test_subprocess ())
    {
      read_only_folder_as_nobody ();
      return;
    }
  make_read_only_fixture (root);
  before = vbt_hash_file (path);

  if (getuid () != 0)
    assert_read_only_in_process (path);
  else
    {
      /* root writes anywhere: drop to nobody in a child, with setpriv for the CLI … */
      g_autofree char *setpriv = g_find_program_in_path ("setpriv");
      g_autofree char *out = NULL, *err = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *root_obj;
      const char *argv[] = { NULL, "--reuid=65534", "--regid=65534", "--clear-groups",
                             vbt_cli (), "info", path, "--json", NULL };
      int status;

      if (setpriv == NULL)
        g_error ("setpriv (util-linux) is needed to test the read-only folder as an unprivileged user");
      argv[0] = setpriv;
      status = vbt_run (argv, &out, &err);
      if (status != 0)
        g_error ("vendorbench-cli info as nobody failed (%d): %s", status, err);
      g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
      g_assert_no_error (error);
      root_obj = json_node_get_object (json_parser_get_root (parser));
      g_assert_true (json_object_get_boolean_member (root_obj, "read_only"));
      g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root_obj, "counts"), "project"), ==, 1);

      /* the same check, as nobody, must pass too */
      argv[5] = "check";
      argv[7] = NULL;
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (vbt_run (argv, &out, &err), ==, 0);

      /* … and in-process in a subprocess, for the edits */
      g_test_trap_subprocess (NULL, 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
    }

  vbt_assert_hash_unchanged (path, before);
  vbt_assert_no_sidecar (path);
  {
    g_autofree char *ro_dir = g_path_get_dirname (path);
    g_assert_cmpuint (vbt_count_entries (ro_dir), ==, 1);
  }
  vbt_rmdir (root);
}

/* a read-only file in a writable folder is read-only too */
static void
test_read_only_file (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);

  g_object_unref (vbt_create (dir, "p.vendorbench", "back-office"));
  g_chmod (path, 0444);
  if (getuid () != 0)
    assert_read_only_in_process (path);
  else
    g_test_message ("running as root: a 0444 file is writable for root; covered by the read-only folder test");
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-format/templates", test_templates);
  g_test_add_func ("/file-format/pragmas-and-schema", test_pragmas_and_schema);
  g_test_add_func ("/file-format/file-alone-complete", test_file_alone_complete);
  g_test_add_func ("/file-format/no-sidecar", test_no_sidecar);
  g_test_add_func ("/file-format/read-only-folder", test_read_only_folder);
  g_test_add_func ("/file-format/read-only-file", test_read_only_file);

  return g_test_run ();
}
