/* vb-project-file.c — checking and opening a project file
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file may come from someone else (DESIGN.md §3, §6), or be the user's own
 * after a crash. Opening it, in order:
 *
 *  1. the bytes SQLite would read first are checked by hand: a regular
 *     file, not empty, not too large, SQLite's header, our application id,
 *     a version this program knows — each failure its own message;
 *  2. what reading needs to write is done first: an interrupted save (a hot
 *     journal) is rolled back, a WAL file's log is folded in, an older
 *     version is migrated. The window does it to the user's file in place
 *     (keeping a copy of an older version in the cache); a command that
 *     only reads (check, info, guide, export) does it on a private copy of
 *     the file and its sidecars, so the user's bytes never change. So does
 *     the window when the file's folder cannot be written to: the project
 *     then opens read-only;
 *  3. on the same connection the rows will be read from: the schema is
 *     exactly ours, quick_check, one settings row, every reference
 *     resolves, and every value passes the checks JSON import applies —
 *     so whatever `check` calls sound opens, exports and imports again;
 *  4. the rows are loaded.
 *
 * Check and open are the same function: `check` is open without loading.
 */

#define G_LOG_DOMAIN "vb-project-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-project-private.h"
#include "vb-sql.h"

typedef struct {
  int      version;
  gboolean wal;
} HeaderInfo;

const char *
vb_display_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

static gboolean
looks_like_text (const guint8 *buf,
                 gsize         len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (buf[i] == 0)
      return FALSE;
  /* a cut in the middle of a character is fine */
  return g_utf8_validate ((const char *) buf, len > 4 ? len - 4 : len, NULL);
}

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
io_error (GError     **error,
          const char  *path,
          int          saved)
{
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
               _("“%s” cannot be read: %s."), vb_display_name (path), g_strerror (saved));
  return FALSE;
}

/* The first bytes, read before SQLite sees the file: nothing that is not a
 * regular file is opened, and most bad files get their own message. With
 * @interrupted (a hot journal beside it) the header may be half-written:
 * only what a rollback cannot change is checked, the rest after recovery. */
static gboolean
check_header (const char  *path,
              gboolean     interrupted,
              HeaderInfo  *info,
              GError     **error)
{
  const char *name = vb_display_name (path);
  guint8 buf[4096];
  struct stat st;
  ssize_t len;
  guint32 page_size, pages, change_counter, valid_for;
  int fd;

  memset (info, 0, sizeof *info);
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_FOUND,
                     _("There is no file “%s”: it may have been moved, renamed or deleted."), path);
      else
        io_error (error, path, saved);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR,
                   _("“%s” is a folder, not a project file."), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file, so it cannot be a project."), name);
      return FALSE;
    }
  if (st.st_size == 0 && !interrupted)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EMPTY,
                   _("“%s” is empty: it holds no project. It may not have finished copying or downloading."), name);
      return FALSE;
    }
  if (st.st_size > VB_PROJECT_MAX_BYTES)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_DATABASE,
                   _("“%s” is far too large to be a Vendorbench project."), name);
      return FALSE;
    }
  if (interrupted)
    return TRUE;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return io_error (error, path, errno);
  len = read (fd, buf, sizeof buf);
  if (len < 0)
    {
      int saved = errno;
      close (fd);
      return io_error (error, path, saved);
    }
  close (fd);

  if (len < 16 || memcmp (buf, "SQLite format 3", 16) != 0)
    {
      if (looks_like_text (buf, (gsize) len))
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_DATABASE,
                     _("“%s” is a text file, not a Vendorbench project."), name);
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_DATABASE,
                     _("“%s” is not a Vendorbench project: its contents are not a project file."), name);
      return FALSE;
    }
  if (len < 100)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TRUNCATED,
                   _("“%s” is incomplete: the file was cut short, perhaps while it was copied or downloaded."), name);
      return FALSE;
    }

  info->wal = buf[18] == 2 || buf[19] == 2;

  page_size = ((guint32) buf[16] << 8) | buf[17];
  if (page_size == 1)
    page_size = 65536;
  pages = be32 (buf + 28);
  change_counter = be32 (buf + 24);
  valid_for = be32 (buf + 92);

  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its first page cannot be read."), name);
      return FALSE;
    }
  if (st.st_size % page_size != 0 ||
      (!info->wal && change_counter == valid_for && (guint64) pages * page_size > (guint64) st.st_size))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TRUNCATED,
                   _("“%s” is incomplete: the file was cut short, perhaps while it was copied or downloaded."), name);
      return FALSE;
    }

  if (be32 (buf + 68) != VB_APPLICATION_ID)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FOREIGN,
                   _("“%s” is a database of another application, not a Vendorbench project."), name);
      return FALSE;
    }

  info->version = (int) be32 (buf + 60);
  if (info->version > VB_SCHEMA_VERSION)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Vendorbench (file format %d; this version reads up to %d). "
                     "Update Vendorbench to open it."), name, info->version, VB_SCHEMA_VERSION);
      return FALSE;
    }
  if (info->version < 1 || vb_schema_for_version (info->version) == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: it does not say which version of Vendorbench made it."), name);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ sidecars */

static gboolean
sidecar_has_bytes (const char *path,
                   const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_lstat (side, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0;
}

/* An interrupted save: a rollback journal that is not empty */
static gboolean
has_hot_journal (const char *path)
{
  return sidecar_has_bytes (path, "-journal");
}

static VbReadOnlyReason
read_only_reason (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statvfs vfs;

  if (statvfs (dir, &vfs) == 0 && (vfs.f_flag & ST_RDONLY))
    return VB_READ_ONLY_MEDIA;
  if (g_access (path, W_OK) != 0)
    return errno == EROFS ? VB_READ_ONLY_MEDIA : VB_READ_ONLY_FILE;
  if (g_access (dir, W_OK) != 0)
    return errno == EROFS ? VB_READ_ONLY_MEDIA : VB_READ_ONLY_FOLDER;
  return VB_READ_ONLY_NONE;
}

static gboolean
copy_bytes (const char  *from,
            const char  *to,
            GError     **error)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) local = NULL;

  if (!g_file_copy (src, dest, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &local))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("A private copy of “%s” could not be made: %s"), vb_display_name (from), local->message);
      return FALSE;
    }
  return TRUE;
}

/* The file and the sidecars SQLite reads (the journal, the WAL; not the
 * shared memory, which it rebuilds), copied into a private folder under
 * the same name. Returns the copy's path; the folder in @dir. */
static char *
make_private_copy (const char  *path,
                   char       **dir,
                   GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *folder = g_dir_make_tmp ("vendorbench-read-XXXXXX", &local);
  g_autofree char *copy = NULL;
  static const char *const sidecars[] = { "-journal", "-wal", NULL };

  if (folder == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("A private copy of “%s” could not be made: %s"), vb_display_name (path), local->message);
      return NULL;
    }
  copy = g_build_filename (folder, vb_display_name (path), NULL);
  if (!copy_bytes (path, copy, error))
    goto fail;
  for (guint i = 0; sidecars[i]; i++)
    {
      g_autofree char *side = g_strconcat (path, sidecars[i], NULL);
      g_autofree char *side_copy = g_strconcat (copy, sidecars[i], NULL);

      if (g_file_test (side, G_FILE_TEST_IS_REGULAR) && !copy_bytes (side, side_copy, error))
        goto fail;
    }
  *dir = g_steal_pointer (&folder);
  return g_steal_pointer (&copy);

fail:
  {
    g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
    const char *child;

    while (d && (child = g_dir_read_name (d)))
      {
        g_autofree char *p = g_build_filename (folder, child, NULL);
        g_unlink (p);
      }
    g_rmdir (folder);
  }
  return NULL;
}

/* ------------------------------------------------------------ connection */

static sqlite3 *
open_connection (const char  *path,
                 gboolean     read_only,
                 GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  sqlite3 *db = NULL;
  int rc;

  uri = g_strdup_printf ("file:%s?mode=%s", escaped, read_only ? "ro" : "rw");
  rc = sqlite3_open_v2 (uri, &db, (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                                  SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("“%s” cannot be opened: %s."), vb_display_name (path),
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }
  vb_sql_harden (db);
  /* another program's lock: wait a little before saying the file is busy */
  sqlite3_busy_timeout (db, 2000);
  return db;
}

gboolean
vb_busy_error (GError     **error,
               const char  *name)
{
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_BUSY,
               _("Another program is using “%s” right now. Close it there, or wait for it to finish, "
                 "and try again."), name);
  return FALSE;
}

gboolean
vb_sqlite_is_busy (int rc)
{
  return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* The structure: the schema exactly ours (of the file's own version),
 * quick_check, one settings row, every reference resolved */
static gboolean
verify_connection (sqlite3     *db,
                   const char  *name,
                   int          version,
                   GError     **error)
{
  const VbSchema *schema = vb_schema_for_version (version);
  g_autoptr(GError) local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  if (schema == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” has a file format (%d) that no version of Vendorbench wrote."), name, version);
      return FALSE;
    }

  if (!vb_schema_verify (db, schema, &local))
    {
      if (g_error_matches (local, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local), "“%s”: ", name);
          return FALSE;
        }
      if (g_error_matches (local, VB_PROJECT_ERROR, VB_PROJECT_ERROR_BUSY))
        return vb_busy_error (error, name);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its table of contents cannot be read."), name);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);
    }
  else
    ok = FALSE;
  if (!ok && vb_sqlite_is_busy (rc))
    return vb_busy_error (error, name);
  if (!ok)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: part of it cannot be read. If you have a backup or a copy you sent by email, "
                     "open that instead."), name);
      return FALSE;
    }

  if (vb_sql_query_int (db, "SELECT count(*) FROM project", -1) != 1)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: its project settings are missing."), name);
      return FALSE;
    }
  if (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", -1) != 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("“%s” is damaged: some of its rows refer to rows that do not exist."), name);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ open */

static gboolean
configure_connection (sqlite3     *db,
                      gboolean     read_only,
                      GError     **error)
{
  g_autofree char *mode = g_strdup_printf ("PRAGMA journal_mode = %s", vb_project_get_journal_mode ());

  if (!vb_sql_exec (db, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (read_only)
    return TRUE;
  if (!vb_sql_exec (db, mode, error) ||
      !vb_sql_exec (db, "PRAGMA synchronous = " VB_PROJECT_SYNCHRONOUS, error))
    return FALSE;
  if (g_ascii_strcasecmp (vb_project_get_journal_mode (), "WAL") == 0)
    return vb_sql_exec (db, "PRAGMA wal_autocheckpoint = 1", error);
  return TRUE;
}

static gboolean
validate_for_migration (sqlite3  *db,
                        gpointer  user_data,
                        GError  **error)
{
  return vb_db_validate_values (db, user_data, error);
}

/* Before the window updates an older file in place, a copy of it goes to
 * the user's cache folder */
static gboolean
keep_older_copy (const char  *path,
                 int          version,
                 GError     **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "vendorbench", "older-versions", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strdup (vb_display_name (path));
  g_autofree char *copy = NULL;

  if (g_str_has_suffix (base, VB_PROJECT_SUFFIX))
    base[strlen (base) - strlen (VB_PROJECT_SUFFIX)] = '\0';
  copy = g_strdup_printf ("%s/%s (format %d, %s)%s", dir, base, version, stamp, VB_PROJECT_SUFFIX);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("“%s” was made by an older version of Vendorbench, and no copy of it could be kept "
                     "before updating it (%s), so it was not updated."), vb_display_name (path), g_strerror (saved));
      return FALSE;
    }
  return copy_bytes (path, copy, error);
}

/* A program killed early in an edit leaves a journal SQLite need not roll
 * back — created, or written but not yet synced, so its header is still
 * zero, and the file itself not yet touched — and SQLite leaves it where it
 * is. Once this connection holds the write lock no other program is in an
 * edit, so the journal is nobody's: it goes, and nothing stays beside the
 * file after it is closed. Best effort: a journal that stays is harmless. */
static void
remove_cold_journal (sqlite3    *db,
                     const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  if (g_lstat (journal, &st) != 0)
    return;
  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return;
  if (g_lstat (journal, &st) == 0 && S_ISREG (st.st_mode))
    g_unlink (journal);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
}

typedef struct {
  char             *path;        /* what the user opened */
  char             *read_path;   /* what SQLite reads: the file, or a private copy */
  char             *private_dir;
  gboolean          read_only;
  VbReadOnlyReason  reason;
  int               version;
} OpenPlan;

static void
open_plan_clear (OpenPlan *plan)
{
  g_free (plan->path);
  g_free (plan->read_path);
  if (plan->private_dir)
    {
      g_autoptr(GDir) d = g_dir_open (plan->private_dir, 0, NULL);
      const char *child;

      while (d && (child = g_dir_read_name (d)))
        {
          g_autofree char *p = g_build_filename (plan->private_dir, child, NULL);
          g_unlink (p);
        }
      g_rmdir (plan->private_dir);
      g_free (plan->private_dir);
    }
  memset (plan, 0, sizeof *plan);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OpenPlan, open_plan_clear)

/* Steps 1–3 of the comment at the top: the connection the rows are read
 * from, the file verified and at the current version */
static sqlite3 *
open_verified (OpenPlan     *plan,
               VbOpenFlags   flags,
               GCancellable *cancellable,
               GError      **error)
{
  const char *name = vb_display_name (plan->path);
  gboolean interrupted = has_hot_journal (plan->path);
  gboolean wal_sidecar = sidecar_has_bytes (plan->path, "-wal");
  gboolean needs_write;
  HeaderInfo header;
  sqlite3 *db;
  int version;

  if (!check_header (plan->path, interrupted, &header, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* what reading needs to write first */
  needs_write = interrupted || wal_sidecar || header.wal ||
                (header.version != 0 && header.version < VB_SCHEMA_VERSION);
  /* the file's own reason comes first: a command reading a writable file
   * says COMMAND, one reading a write-protected file says FILE */
  plan->reason = read_only_reason (plan->path);
  if (plan->reason == VB_READ_ONLY_NONE && (flags & VB_OPEN_READ_ONLY))
    plan->reason = VB_READ_ONLY_COMMAND;
  plan->read_only = plan->reason != VB_READ_ONLY_NONE;

  /* an older file with a log or an interrupted save: folding them in
   * changes the file before the migration can judge it, so the whole open
   * is tried on a private copy first and the user's file is touched only
   * once it is known to succeed */
  if (!plan->read_only && header.version != 0 && header.version < VB_SCHEMA_VERSION &&
      (interrupted || wal_sidecar || header.wal) && !vb_project_check_file (plan->path, NULL, error))
    return NULL;

  if (needs_write && plan->read_only)
    {
      plan->read_path = make_private_copy (plan->path, &plan->private_dir, error);
      if (plan->read_path == NULL)
        return NULL;
    }
  else
    plan->read_path = g_strdup (plan->path);

  db = open_connection (plan->read_path, plan->read_only && plan->private_dir == NULL, error);
  if (db == NULL)
    return NULL;

  /* the first read rolls back an interrupted save; the header is whole now */
  version = (int) vb_sql_query_int (db, "PRAGMA user_version", -1);
  if (version < 0)
    {
      int rc = sqlite3_extended_errcode (db);

      if (vb_sqlite_is_busy (rc))
        vb_busy_error (error, name);
      else if (interrupted)
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INTERRUPTED,
                     _("“%s” was being saved when Vendorbench or the computer stopped, and it cannot be "
                       "recovered: %s."), name, sqlite3_errmsg (db));
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                     _("“%s” is damaged: its table of contents cannot be read."), name);
      sqlite3_close (db);
      return NULL;
    }
  if (interrupted && !check_header (plan->read_path, FALSE, &header, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  plan->version = header.version;

  if (!verify_connection (db, name, header.version, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  /* a file of the current version is judged whole before anything is
   * written to it, so that a refused WAL file stays as it was */
  if (header.version == VB_SCHEMA_VERSION && !vb_db_validate_values (db, name, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  /* a WAL file: fold the log into the file and leave no sidecars (an older
   * version first, so that the copy kept of it holds what the log held) */
  if (!(plan->read_only && plan->private_dir == NULL) &&
      (header.wal || wal_sidecar) && !vb_sql_exec (db, "PRAGMA journal_mode = DELETE", error))
    {
      sqlite3_close (db);
      return NULL;
    }

  if (header.version < VB_SCHEMA_VERSION)
    {
      guint n_steps;
      const VbMigration *steps = vb_schema_migrations (&n_steps);

      if (plan->private_dir == NULL && !keep_older_copy (plan->path, header.version, error))
        {
          sqlite3_close (db);
          return NULL;
        }
      if (!vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, validate_for_migration, (gpointer) name, error))
        {
          g_prefix_error (error, _("“%s” was made by an older version of Vendorbench and could not be updated: "), name);
          sqlite3_close (db);
          return NULL;
        }
    }

  if (!configure_connection (db, plan->read_only, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  if (!plan->read_only)
    remove_cold_journal (db, plan->read_path);
  return db;
}

/**
 * vb_project_open_full:
 * @flags: VB_OPEN_READ_ONLY for a command that only reads
 *
 * Checks and opens a project file (see the comment at the top of
 * vb-project-file.c). The window passes VB_OPEN_DEFAULT: an interrupted
 * save is recovered and an older version updated in place (a copy of it
 * is kept in the cache folder). A file that cannot be written to opens
 * read-only, from a private copy when reading it needs a write.
 *
 * Returns: (transfer full): the project, or NULL with @error in words a
 *   business owner understands; a failure never changes the file
 */
VbProject *
vb_project_open_full (const char    *path,
                      VbOpenFlags    flags,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_auto(OpenPlan) plan = { NULL };
  VbProject *project;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  plan.path = g_canonicalize_filename (path, NULL);
  db = open_verified (&plan, flags, cancellable, error);
  if (db == NULL)
    return NULL;
  project = vb_project_new_for_db (plan.path, db, plan.read_only, error);
  if (project == NULL)
    return NULL;
  project->private_dir = g_steal_pointer (&plan.private_dir);
  g_object_set_data (G_OBJECT (project), "vb-read-only-reason", GINT_TO_POINTER (plan.reason));
  return project;
}

VbProject *
vb_project_open (const char  *path,
                 GError     **error)
{
  return vb_project_open_full (path, VB_OPEN_DEFAULT, NULL, error);
}

VbReadOnlyReason
vb_project_get_read_only_reason (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), VB_READ_ONLY_NONE);
  return self->read_only
    ? (VbReadOnlyReason) GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "vb-read-only-reason"))
    : VB_READ_ONLY_NONE;
}

/**
 * vb_project_check_file:
 * @version: (out) (optional): the file format the file was written in
 *
 * Everything an untrusted file must pass, exactly as opening it: the file
 * is never modified and nothing is left beside it.
 */
gboolean
vb_project_check_file (const char  *path,
                       int         *version,
                       GError     **error)
{
  g_auto(OpenPlan) plan = { NULL };
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, FALSE);

  plan.path = g_canonicalize_filename (path, NULL);
  db = open_verified (&plan, VB_OPEN_READ_ONLY, NULL, error);
  if (db == NULL)
    return FALSE;
  sqlite3_close (db);
  if (version)
    *version = plan.version;
  return TRUE;
}

/* ------------------------------------------------------------ async */

typedef struct {
  char        *path;
  VbOpenFlags  flags;
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *d = data;

  g_free (d->path);
  g_free (d);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *d = task_data;
  GError *error = NULL;
  VbProject *project = vb_project_open_full (d->path, d->flags, cancellable, &error);

  if (project)
    g_task_return_pointer (task, project, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * vb_project_open_async:
 *
 * vb_project_open_full() in a worker thread: the connection and the
 * objects it makes are handed to the caller's thread when it finishes and
 * used there only.
 */
void
vb_project_open_async (const char          *path,
                       VbOpenFlags          flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  OpenData *d = g_new0 (OpenData, 1);

  d->path = g_strdup (path);
  d->flags = flags;
  g_task_set_source_tag (task, vb_project_open_async);
  g_task_set_task_data (task, d, open_data_free);
  g_task_run_in_thread (task, open_thread);
}

VbProject *
vb_project_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
