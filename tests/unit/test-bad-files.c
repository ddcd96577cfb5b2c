/* test-bad-files.c — every kind of bad file is refused with a message that
 * names the problem, and is never modified (DESIGN.md §3, §6, §7)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <signal.h>

#include "vb-contact.h"
#include "vb-project-private.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

/* vb_project_open, vb_project_check_file and `vendorbench-cli check` all
 * refuse @path with @code and a message containing @keyword (and @keyword2);
 * the file's bytes do not change and nothing appears beside it. */
static void
assert_refused (const char     *path,
                VbProjectError  code,
                const char     *keyword,
                const char     *keyword2)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = vbt_hash_file (path);
  guint entries = vbt_count_entries (dir);
  gboolean existed = vbt_exists (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *argv[] = { vbt_cli (), "check", path, NULL };
  VbProject *p;
  int version = -1;

  alarm (20);   /* a FIFO or a lock must not block */

  p = vb_project_open (path, &error);
  g_assert_null (p);
  vbt_assert_error_names (error, VB_PROJECT_ERROR, code, keyword);
  if (keyword2)
    vbt_assert_error_names (error, VB_PROJECT_ERROR, code, keyword2);
  g_test_message ("open: %s", error->message);
  g_clear_error (&error);

  g_assert_false (vb_project_check_file (path, &version, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, code, keyword);
  if (keyword2)
    vbt_assert_error_names (error, VB_PROJECT_ERROR, code, keyword2);
  g_assert_cmpint (version, ==, -1);
  g_clear_error (&error);

  g_assert_cmpint (vbt_run (argv, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  if (!vbt_contains_ci (err, keyword) || (keyword2 && !vbt_contains_ci (err, keyword2)))
    g_error ("vendorbench-cli check printed “%s”, which does not name the problem (%s)", err, keyword);

  alarm (0);

  vbt_assert_hash_unchanged (path, before);
  g_assert_cmpint (vbt_exists (path), ==, existed);
  vbt_assert_no_sidecar (path);
  g_assert_cmpuint (vbt_count_entries (dir), ==, entries);
}

static char *plain_quick_check (const char *path);

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = vbt_tmpdir ();
  f->path = g_build_filename (f->dir, "bad.vendorbench", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  vbt_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A real project, written elsewhere and copied to f->path */
static void
make_project (Fixture    *f,
              const char *template_id,
              guint       extra_vendors)
{
  g_autofree char *src = g_build_filename (f->dir, "src", NULL);
  g_autofree char *real = g_build_filename (src, "real.vendorbench", NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir (src, 0755);
  {
    g_autoptr(VbProject) p = vb_project_create (real, "Real", vbt_template (template_id), "EUR", &error);

    g_assert_no_error (error);
    if (extra_vendors)
      {
        vb_project_begin_edit (p, "many vendors");
        for (guint i = 0; i < extra_vendors; i++)
          {
            VbRecord *v = vb_project_add (p, "vendor", &error);
            g_autofree char *name = g_strdup_printf ("Vendor %u with a fairly long name to fill the pages", i);

            g_assert_no_error (error);
            g_assert_true (vb_project_set_text (p, v, "name", name, &error));
            g_assert_true (vb_project_set_text (p, v, "notes", "Lorem ipsum dolor sit amet, consectetur adipiscing "
                                                "elit, sed do eiusmod tempor incididunt ut labore", &error));
          }
        g_assert_true (vb_project_end_edit (p, &error));
        g_assert_no_error (error);
      }
  }
  vbt_copy (real, f->path);
  vbt_rmdir (src);
  /* the good copy passes */
  g_assert_true (vb_project_check_file (f->path, NULL, &error));
  g_assert_no_error (error);
}

static void
test_missing (Fixture *f, gconstpointer data)
{
  assert_refused (f->path, VB_PROJECT_ERROR_NOT_FOUND, "no file", NULL);
  g_assert_false (vbt_exists (f->path));
}

static void
test_folder (Fixture *f, gconstpointer data)
{
  g_assert_cmpint (g_mkdir (f->path, 0755), ==, 0);
  assert_refused (f->path, VB_PROJECT_ERROR_NOT_REGULAR, "folder", NULL);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (vbt_count_entries (f->path), ==, 0);
}

static void
test_fifo (Fixture *f, gconstpointer data)
{
  g_assert_cmpint (mkfifo (f->path, 0644), ==, 0);
  assert_refused (f->path, VB_PROJECT_ERROR_NOT_REGULAR, "not a regular file", NULL);
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  vbt_write (f->path, "", 0);
  assert_refused (f->path, VB_PROJECT_ERROR_EMPTY, "empty", NULL);
}

static void
test_random (Fixture *f, gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  g_autofree guint32 *buf = g_new (guint32, 16 * 1024);

  for (guint i = 0; i < 16 * 1024; i++)
    buf[i] = g_rand_int (rand);
  ((guint8 *) buf)[10] = 0;
  vbt_write (f->path, buf, 64 * 1024);
  assert_refused (f->path, VB_PROJECT_ERROR_NOT_DATABASE, "not a Vendorbench project", NULL);
}

static void
test_text (Fixture *f, gconstpointer data)
{
  const char *text = "Vendor shortlist\n- Acme — 24/7 chat, Spanish\n- Globex\n";

  vbt_write (f->path, text, strlen (text));
  assert_refused (f->path, VB_PROJECT_ERROR_NOT_DATABASE, "text file", NULL);
}

static void
truncate_to (Fixture *f,
             gsize    size)
{
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (f->path, &data, &len, NULL));
  g_assert_cmpuint (size, <, len);
  vbt_write (f->path, data, size);
}

static void
test_truncated_half (Fixture *f, gconstpointer data)
{
  GStatBuf st;

  make_project (f, "customer-support", 200);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  truncate_to (f, (gsize) st.st_size / 2);
  assert_refused (f->path, VB_PROJECT_ERROR_TRUNCATED, "incomplete", NULL);
}

static void
test_truncated_whole_pages (Fixture *f, gconstpointer data)
{
  GStatBuf st;

  /* cut on a page boundary: only the header's page count tells */
  make_project (f, "customer-support", 200);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  truncate_to (f, ((gsize) st.st_size / 2) & ~(gsize) 4095);
  assert_refused (f->path, VB_PROJECT_ERROR_TRUNCATED, "incomplete", NULL);
}

static void
test_truncated_small (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  truncate_to (f, 100 + 37);
  assert_refused (f->path, VB_PROJECT_ERROR_TRUNCATED, "incomplete", NULL);
}

static void
test_truncated_tiny (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  truncate_to (f, 50);
  assert_refused (f->path, VB_PROJECT_ERROR_TRUNCATED, "incomplete", NULL);
}

static void
make_foreign_db (const char *path,
                 int         application_id)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1; "
                                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); "
                                          "INSERT INTO notes (body) VALUES ('hello');", application_id);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_foreign_zero (Fixture *f, gconstpointer data)
{
  make_foreign_db (f->path, 0);
  assert_refused (f->path, VB_PROJECT_ERROR_FOREIGN, "another application", NULL);
}

static void
test_foreign_other (Fixture *f, gconstpointer data)
{
  make_foreign_db (f->path, 0x47504B47);   /* GeoPackage */
  assert_refused (f->path, VB_PROJECT_ERROR_FOREIGN, "another application", NULL);
}

static void
test_newer_version (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "PRAGMA user_version = 99");
  g_assert_cmpint (vbt_query_int (f->path, "PRAGMA user_version"), ==, 99);
  assert_refused (f->path, VB_PROJECT_ERROR_TOO_NEW, "newer version", NULL);
}

static void
test_no_version (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "PRAGMA user_version = 0");
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "damaged", NULL);
}

static void
test_extra_trigger (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "CREATE TRIGGER sneaky_trigger AFTER INSERT ON vendor BEGIN "
                         "DELETE FROM activity; END");
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "sneaky_trigger");
}

static void
test_extra_view (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "CREATE VIEW sneaky_view AS SELECT name FROM vendor");
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "sneaky_view");
}

static void
test_extra_table (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "CREATE TABLE sneaky_table (x TEXT)");
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "sneaky_table");
}

static void
test_extra_column (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "ALTER TABLE vendor ADD COLUMN x TEXT");
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "“x”");
}

static void
test_extra_index (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "CREATE INDEX sneaky_index ON vendor (name)");
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "sneaky_index");
}

static void
test_missing_index (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "DROP INDEX contact_vendor_id_idx");
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "contact_vendor_id_idx");
}

/* Pragmas show the same table; only the normalised SQL shows the CHECK */
static void
test_changed_check (Fixture *f, gconstpointer data)
{
  const char *pragmas = "SELECT group_concat(cid || name || type || \"notnull\" || ifnull(dflt_value, '') || pk "
                        "|| hidden, ';') FROM pragma_table_xinfo('reference')";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 cookie;

  make_project (f, "blank", 0);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, pragmas, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  before = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  cookie = vbt_query_int (f->path, "PRAGMA schema_version");
  {
    g_autofree char *sql = g_strdup_printf (
      "PRAGMA writable_schema = ON;"
      "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (rating BETWEEN 1 AND 5)', "
      "  'CHECK (rating BETWEEN 1 AND 50)') WHERE name = 'reference';"
      "PRAGMA schema_version = %" G_GINT64_FORMAT ";"
      "PRAGMA writable_schema = OFF;", cookie + 1);
    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  g_assert_cmpint (sqlite3_changes (db), >=, 0);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  g_assert_cmpint (vbt_query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%rating BETWEEN 1 AND 50%'"), ==, 1);
  {
    g_autofree char *qc = plain_quick_check (f->path);
    g_assert_cmpstr (qc, ==, "ok");   /* the file is sound: only its schema was changed */
  }
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, pragmas, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  after = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpstr (before, ==, after);   /* the pragmas cannot see it */

  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "reference");
}

static int
pick_table_page (const char *path,
                 const char *table,
                 int        *page_size)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  int page = -1;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  *page_size = (int) vbt_query_int (path, "PRAGMA page_size");
  /* a leaf page of the table in the later half of the file */
  if (sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' "
                              "ORDER BY pageno DESC LIMIT 1", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        page = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
    }
  if (page < 0)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT rootpage FROM sqlite_schema WHERE name = '%s'", table);
      page = (int) vbt_query_int (path, sql);
    }
  sqlite3_close (db);
  return page;
}

static char *
plain_quick_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  char *out = NULL;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  else
    out = g_strdup (sqlite3_errmsg (db));
  sqlite3_close (db);
  return out ? out : g_strdup ("<error>");
}

static void
test_corrupt_page (Fixture *f, gconstpointer data)
{
  int page_size = 0;
  int page;
  int fd;
  guint8 junk[512];
  g_autofree char *qc = NULL;
  g_autofree char *header_before = NULL;
  g_autofree char *header_after = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  make_project (f, "customer-support", 600);
  page = pick_table_page (f->path, "vendor", &page_size);
  g_assert_cmpint (page, >, 2);
  g_assert_cmpint (page_size, >=, 1024);
  g_test_message ("corrupting page %d of %d bytes", page, page_size);

  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  header_before = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, 100);
  g_clear_pointer (&contents, g_free);

  /* garbage over the cell pointer array and into the middle of the page */
  memset (junk, 0xA5, sizeof junk);
  fd = g_open (f->path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, junk, sizeof junk, (off_t) (page - 1) * page_size + 8), ==, sizeof junk);
  g_assert_cmpint (pwrite (fd, junk, 64, (off_t) (page - 1) * page_size + page_size / 2), ==, 64);
  close (fd);

  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  header_after = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, 100);
  g_assert_cmpstr (header_before, ==, header_after);

  qc = plain_quick_check (f->path);
  g_test_message ("quick_check: %s", qc);
  g_assert_cmpstr (qc, !=, "ok");

  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "damaged", NULL);
}

static void
test_dangling_reference (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  /* plain SQLite has foreign keys off by default */
  vbt_sql_file (f->path, "PRAGMA foreign_keys = OFF;"
                         "INSERT INTO contact (uuid, vendor_id, name, position, modified) VALUES "
                         "('11111111-2222-4333-8444-555555555555', '99999999-2222-4333-8444-555555555555', "
                         "'Orphan', 0, '2026-01-01T00:00:00.000Z')");
  g_assert_cmpint (vbt_query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 1);
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "do not exist", NULL);
}

/* ------------------------------------------------------------ invariants */

/* A project with vendors Acme (selected) and Globex (finalist), Acme with
 * two contacts (Ann primary, Bo not), made through the core */
static void
make_selected_project (Fixture *f)
{
  g_autofree char *src = g_build_filename (f->dir, "src", NULL);
  g_autofree char *real = g_build_filename (src, "real.vendorbench", NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir (src, 0755);
  {
    g_autoptr(VbProject) p = vb_project_create (real, "Real", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
    VbVendor *acme, *globex;
    VbContact *ann, *bo;

    g_assert_no_error (error);
    acme = vb_project_add_vendor (p, &error);
    g_assert_true (vb_vendor_set_name (acme, "Acme", &error));
    g_assert_true (vb_vendor_select (acme, &error));
    globex = vb_project_add_vendor (p, &error);
    g_assert_true (vb_vendor_set_name (globex, "Globex", &error));
    g_assert_true (vb_vendor_set_status (globex, VB_VENDOR_STATUS_FINALIST, NULL, &error));
    ann = vb_vendor_add_contact (acme, &error);
    g_assert_true (vb_contact_set_name (ann, "Ann", &error));
    bo = vb_vendor_add_contact (acme, &error);
    g_assert_true (vb_contact_set_name (bo, "Bo", &error));
    g_assert_no_error (error);
    g_assert_true (vb_contact_get_is_primary (ann));
    g_assert_false (vb_contact_get_is_primary (bo));
  }
  vbt_copy (real, f->path);
  vbt_rmdir (src);
  g_assert_true (vb_project_check_file (f->path, NULL, &error));
  g_assert_no_error (error);
}

static char *
index_sql (const char *path,
           const char *index)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *sql = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, index, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return sql;
}

/* Break an invariant that a partial unique index holds: drop the index,
 * write rows that break it, and build the same index without UNIQUE —
 * which builds, the rows being what they are. That file's schema is not
 * ours and says so in its pragmas. */
static void
replace_unique_index (const char *path,
                      const char *index,
                      const char *breaking_sql)
{
  g_autofree char *unique_sql = index_sql (path, index);
  g_autofree char *plain_sql = NULL;
  g_autofree char *script = NULL;
  const char *at = strstr (unique_sql, "UNIQUE ");

  g_assert_nonnull (at);
  plain_sql = g_strdup_printf ("%.*s%s", (int) (at - unique_sql), unique_sql, at + strlen ("UNIQUE "));
  script = g_strdup_printf ("DROP INDEX %s; %s; %s", index, breaking_sql, plain_sql);
  vbt_sql_file (path, script);
}

/* … and then put the index's own SQL back into sqlite_schema by hand: the
 * schema is byte for byte ours (an index b-tree is the same with or
 * without UNIQUE), only the rows break the rule — which quick_check does
 * not look at. Only the check of the values can find it. */
static void
forge_unique_violation (const char *path,
                        const char *index,
                        const char *breaking_sql)
{
  g_autofree char *unique_sql = index_sql (path, index);
  g_autofree char *escaped = NULL;
  g_autofree char *script = NULL;
  g_auto(GStrv) parts = g_strsplit (unique_sql, "'", -1);
  gint64 cookie;

  escaped = g_strjoinv ("''", parts);
  replace_unique_index (path, index, breaking_sql);
  cookie = vbt_query_int (path, "PRAGMA schema_version");
  script = g_strdup_printf ("PRAGMA writable_schema = ON;"
                            "UPDATE sqlite_schema SET sql = '%s' WHERE type = 'index' AND name = '%s';"
                            "PRAGMA schema_version = %" G_GINT64_FORMAT ";"
                            "PRAGMA writable_schema = OFF;", escaped, index, cookie + 1);
  vbt_sql_file (path, script);
  {
    g_autofree char *now = index_sql (path, index);
    g_autofree char *qc = plain_quick_check (path);

    g_assert_cmpstr (now, ==, unique_sql);
    g_assert_cmpstr (qc, ==, "ok");
  }
}

#define SELECT_GLOBEX "UPDATE vendor SET status = 'selected' WHERE name = 'Globex'"
#define PRIMARY_BO "UPDATE contact SET is_primary = 1 WHERE name = 'Bo'"

static void
test_invariant_two_selected (Fixture *f, gconstpointer data)
{
  make_selected_project (f);
  forge_unique_violation (f->path, "vendor_one_status_idx", SELECT_GLOBEX);
  g_assert_cmpint (vbt_query_int (f->path, "SELECT count(*) FROM vendor NOT INDEXED WHERE status = 'selected'"), ==, 2);
  /* the message names the rule and both vendors */
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "at most one vendor is selected", "“Globex”");
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "“Acme”", NULL);
}

static void
test_invariant_two_primary (Fixture *f, gconstpointer data)
{
  make_selected_project (f);
  forge_unique_violation (f->path, "contact_one_is_primary_idx", PRIMARY_BO);
  g_assert_cmpint (vbt_query_int (f->path, "SELECT count(*) FROM contact NOT INDEXED WHERE is_primary = 1"), ==, 2);
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "at most one primary contact", "“Bo”");
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "“Ann”", NULL);
}

static void
test_altered_unique_index (Fixture *f, gconstpointer data)
{
  /* the same rows behind an index of the same name that is not UNIQUE:
   * another schema, refused as such before any row is read */
  make_selected_project (f);
  replace_unique_index (f->path, "vendor_one_status_idx", SELECT_GLOBEX);
  g_assert_cmpint (vbt_query_int (f->path, "SELECT count(*) FROM pragma_index_list('vendor') "
                                           "WHERE name = 'vendor_one_status_idx' AND \"unique\" = 0"), ==, 1);
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "vendor");
}

static void
test_altered_unique_index_contact (Fixture *f, gconstpointer data)
{
  make_selected_project (f);
  replace_unique_index (f->path, "contact_one_is_primary_idx", PRIMARY_BO);
  assert_refused (f->path, VB_PROJECT_ERROR_ALTERED, "changed by another program", "contact");
}

static void
test_no_settings (Fixture *f, gconstpointer data)
{
  make_project (f, "blank", 0);
  vbt_sql_file (f->path, "DELETE FROM project");
  assert_refused (f->path, VB_PROJECT_ERROR_CORRUPT, "settings", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/bad-files/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("missing", test_missing);
  ADD ("folder", test_folder);
  ADD ("fifo", test_fifo);
  ADD ("empty", test_empty);
  ADD ("random", test_random);
  ADD ("text", test_text);
  ADD ("truncated/half", test_truncated_half);
  ADD ("truncated/whole-pages", test_truncated_whole_pages);
  ADD ("truncated/small", test_truncated_small);
  ADD ("truncated/tiny", test_truncated_tiny);
  ADD ("foreign/zero", test_foreign_zero);
  ADD ("foreign/other", test_foreign_other);
  ADD ("newer-version", test_newer_version);
  ADD ("no-version", test_no_version);
  ADD ("altered/trigger", test_extra_trigger);
  ADD ("altered/view", test_extra_view);
  ADD ("altered/table", test_extra_table);
  ADD ("altered/column", test_extra_column);
  ADD ("altered/index", test_extra_index);
  ADD ("altered/missing-index", test_missing_index);
  ADD ("altered/check", test_changed_check);
  ADD ("corrupt-page", test_corrupt_page);
  ADD ("dangling-reference", test_dangling_reference);
  ADD ("no-settings", test_no_settings);
  ADD ("invariant/two-selected", test_invariant_two_selected);
  ADD ("invariant/two-primary-contacts", test_invariant_two_primary);
  ADD ("altered/unique-index-not-unique", test_altered_unique_index);
  ADD ("altered/unique-index-not-unique-contact", test_altered_unique_index_contact);
#undef ADD

  return g_test_run ();
}
