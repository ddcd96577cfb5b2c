/* vb-test-util.h — small helpers shared by the unit tests
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sqlite3.h>

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

/* A fresh temporary folder, removed (with everything in it) by vbt_rmdir */
static inline char *
vbt_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vb-unit-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
vbt_rmdir (const char *path)
{
  GDir *dir;
  const char *name;
  GStatBuf st;

  if (path == NULL || g_lstat (path, &st) != 0)
    return;
  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0755);
  dir = g_dir_open (path, 0, NULL);
  if (dir)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          vbt_rmdir (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

/* SHA-256 of a file's bytes, or "<missing>" */
static inline char *
vbt_hash_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return g_strdup ("<missing>");
  if (!S_ISREG (st.st_mode))
    return g_strdup_printf ("<not a regular file: mode %o>", (unsigned) st.st_mode);
  if (!g_file_get_contents (path, &data, &len, NULL))
    return g_strdup ("<missing>");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* Assert that the file at @path still hashes to @hash (from vbt_hash_file) */
#define vbt_assert_hash_unchanged(path, hash) \
  G_STMT_START { \
    g_autofree char *_now = vbt_hash_file (path); \
    g_assert_cmpstr (_now, ==, (hash)); \
  } G_STMT_END

static inline gboolean
vbt_exists (const char *path)
{
  GStatBuf st;
  return g_lstat (path, &st) == 0;
}

/* No -journal, -wal or -shm file beside @path */
static inline void
vbt_assert_no_sidecar (const char *path)
{
  static const char *const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      if (vbt_exists (side))
        g_error ("a sidecar file was left beside the project: %s", side);
    }
}

/* Number of entries in a folder */
static inline guint
vbt_count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir))
    n++;
  g_dir_close (dir);
  return n;
}

static inline void
vbt_write (const char *path,
           const void *data,
           gsize       len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) len, &error);
  g_assert_no_error (error);
}

static inline void
vbt_copy (const char *from,
          const char *to)
{
  g_autofree char *data = NULL;
  gsize len;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (from, &data, &len, &error);
  g_assert_no_error (error);
  vbt_write (to, data, len);
}

/* Run SQL on a file with plain SQLite, outside the core (to forge files) */
static inline void
vbt_sql_file (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  char *err = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, &err);
  if (rc != SQLITE_OK)
    g_error ("SQL failed on %s: %s\n%s", path, err, sql);
  sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static inline gint64
vbt_query_int (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 v = G_MININT64;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

/* One number from the open project's own connection */
static inline gint64
vbt_count_sql (VbProject  *p,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (vb_project_get_db (p), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static inline const char *
vbt_cli (void)
{
  const char *cli = g_getenv ("VB_CLI");

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("VB_CLI is not set to the vendorbench-cli program (run the tests with meson test)");
  return cli;
}

/* Run a program; returns its exit status (or 128 + signal) */
static inline int
vbt_run (const char *const *argv,
         char              **out,
         char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  char *o = NULL, *e = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &o, &e, &status, &error);
  g_assert_no_error (error);
  if (out)
    *out = o;
  else
    g_free (o);
  if (err)
    *err = e;
  else
    g_free (e);
  if (WIFEXITED (status))
    return WEXITSTATUS (status);
  return 128 + WTERMSIG (status);
}

/* Assert that @error matches and its message contains @keyword (case-insensitive) */
#define vbt_assert_error_names(error, domain, code, keyword) \
  G_STMT_START { \
    g_assert_error ((error), (domain), (int) (code)); \
    { \
      g_autofree char *_m = g_utf8_casefold ((error)->message, -1); \
      g_autofree char *_k = g_utf8_casefold ((keyword), -1); \
      if (strstr (_m, _k) == NULL) \
        g_error ("the message “%s” does not name the problem (“%s”)", (error)->message, (keyword)); \
    } \
  } G_STMT_END

static inline gboolean
vbt_contains_ci (const char *haystack,
                 const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack ? haystack : "", -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);
  return strstr (h, n) != NULL;
}

/* A template by the word the CLI takes ("customer-support"), as the CLI
 * turns it into the enumeration value */
static inline VbProjectTemplate
vbt_template (const char *nick)
{
  int value = -1;

  if (!vb_enum_from_nick (VB_TYPE_PROJECT_TEMPLATE, nick, &value))
    g_error ("no project template “%s”", nick);
  return (VbProjectTemplate) value;
}

static inline VbProject *
vbt_create (const char *dir,
            const char *file,
            const char *template_id)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  VbProject *p = vb_project_create (path, "Test project", vbt_template (template_id), "EUR", &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  return p;
}
