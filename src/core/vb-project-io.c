/* vb-project-io.c — creating, copying, moving and renaming project files
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new file (a new project, an import, a saved copy) is built in memory,
 * written whole to an unnamed file in the destination folder (O_TMPFILE),
 * synced, and only then given its name — so an interrupted write leaves
 * nothing behind, and a name appears only for a complete file. Where the
 * file system has no unnamed files, a hidden temporary name is used, and
 * the leftovers of an interrupted write are removed the next time.
 *
 * Saving a copy and moving the file are in vb-project-copy.c.
 */

/* O_TMPFILE and linkat (glibc exposes them with _GNU_SOURCE) */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "vb-project-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-sql.h"
#include "vb-template-private.h"
#include "vb-text.h"

#define TEMP_PREFIX ".vendorbench-new-"
#define STALE_SECONDS (24 * 60 * 60)

/* ------------------------------------------------------------ SQL */

char *
vb_insert_sql (const VbTable *table)
{
  GString *s = g_string_new (NULL);
  guint n = vb_table_n_columns (table);

  g_string_append_printf (s, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", vb_table_get_column (table, i)->name);
  g_string_append (s, ") VALUES (");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s?%u", i ? ", " : "", i + 1);
  g_string_append (s, ")");
  return g_string_free (s, FALSE);
}

gboolean
vb_db_insert_row (sqlite3        *db,
                  const VbTable  *table,
                  const VbValue  *row,
                  GError        **error)
{
  g_autofree char *sql = vb_insert_sql (table);
  sqlite3_stmt *stmt;
  guint n = vb_table_n_columns (table);
  gboolean ok;

  /* prepared once per connection and table: imports insert many rows */
  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, db, sqlite3_errcode (db));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    vb_value_bind (&row[i], stmt, (int) i + 1);
  ok = vb_sql_step_done (db, stmt, error);
  sqlite3_finalize (stmt);
  return ok;
}

/* ------------------------------------------------------------ writing a file */

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

/* Hidden temporaries of writes that were interrupted (the fallback path
 * only): removed when they are older than a day */
static void
remove_stale_temporaries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, TEMP_PREFIX))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && now - st.st_mtime > STALE_SECONDS)
        g_unlink (path);
    }
}

/* A new name (or a name gone) is on the disk once its folder is synced */
void
vb_sync_folder (const char *dir)
{
  int dfd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (dfd >= 0)
    {
      fsync (dfd);
      close (dfd);
    }
}

static gboolean
write_error (GError     **error,
             const char  *name,
             int          saved)
{
  if (saved == EEXIST)
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                 _("“%s” already exists. Choose another name."), name);
  else if (saved == ENOSPC)
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                 _("“%s” cannot be written: the disk is full."), name);
  else
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                 _("“%s” cannot be written: %s."), name, g_strerror (saved));
  return FALSE;
}

/* The unnamed way (O_TMPFILE): written, synced, then linked under its name
 * (or under a hidden one that is renamed over the old file). Returns
 * FALSE with *unsupported set when this folder or system cannot do it, so
 * that the caller takes the named way; nothing is left behind either way. */
static gboolean
write_unnamed (const char    *dir,
               const char    *path,
               const guint8  *bytes,
               gsize          len,
               gboolean       replace,
               gboolean      *unsupported,
               GError       **error)
{
  g_autofree char *proc = NULL;
  g_autofree char *tmp = NULL;
  int fd, saved;

  *unsupported = TRUE;
#ifdef O_TMPFILE
  fd = g_open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#else
  fd = -1;
#endif
  if (fd < 0)
    return FALSE;
  *unsupported = FALSE;
  if (!write_all (fd, bytes, len) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      return write_error (error, vb_display_name (path), saved);
    }
  proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  if (!replace)
    {
      if (linkat (AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0)
        {
          saved = errno;
          close (fd);
          /* no /proc, or a file system that cannot link: the named way */
          *unsupported = saved != EEXIST && saved != ENOSPC && saved != EDQUOT;
          return *unsupported ? FALSE : write_error (error, vb_display_name (path), saved);
        }
      close (fd);
      vb_sync_folder (dir);
      return TRUE;
    }
  /* replacing: link under a hidden name, then rename over the old file */
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_free (tmp);
      tmp = g_strdup_printf ("%s/" TEMP_PREFIX "%08x", dir, g_random_int ());
      if (linkat (AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
        break;
      saved = errno;
      g_clear_pointer (&tmp, g_free);
      if (saved != EEXIST)
        break;
    }
  close (fd);
  if (tmp == NULL)
    {
      *unsupported = TRUE;
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      saved = errno;
      g_unlink (tmp);
      return write_error (error, vb_display_name (path), saved);
    }
  vb_sync_folder (dir);
  return TRUE;
}

/**
 * vb_write_file_atomically:
 * @replace: replace an existing regular file at @path (atomically);
 *   otherwise an existing file is an error
 *
 * Writes @data as a complete file at @path: to an unnamed file first
 * (O_TMPFILE), synced, then named — or, where the folder cannot hold
 * unnamed files, to a hidden temporary name that the next write in the
 * folder removes if a crash left it. A name appears only for a complete
 * file; an existing file is never replaced unless asked.
 */
gboolean
vb_write_file_atomically (const char  *path,
                          GBytes      *data,
                          gboolean     replace,
                          GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = NULL;
  gsize len;
  const guint8 *bytes = g_bytes_get_data (data, &len);
  const char *name = vb_display_name (path);
  gboolean unsupported;
  int fd, saved;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The folder “%s” cannot be created: %s."), dir, g_strerror (saved));
      return FALSE;
    }
  if (write_unnamed (dir, path, bytes, len, replace, &unsupported, error))
    return TRUE;
  if (!unsupported)
    return FALSE;

  /* no unnamed files here: a hidden name, cleaned up if we crash */
  remove_stale_temporaries (dir);
  tmp = g_build_filename (dir, TEMP_PREFIX "XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("“%s” cannot be written in “%s”: %s."), name, dir, g_strerror (saved));
      return FALSE;
    }
  if (!write_all (fd, bytes, len) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      g_unlink (tmp);
      return write_error (error, name, saved);
    }
  close (fd);

  if (replace)
    {
      if (g_rename (tmp, path) != 0)
        {
          saved = errno;
          g_unlink (tmp);
          return write_error (error, name, saved);
        }
    }
  else if (link (tmp, path) != 0)
    {
      saved = errno;
      if (saved != EEXIST && g_rename (tmp, path) == 0)
        {
          /* file systems without hard links: rename never replaces here, we checked */
          vb_sync_folder (dir);
          return TRUE;
        }
      g_unlink (tmp);
      return write_error (error, name, saved);
    }
  else
    g_unlink (tmp);

  vb_sync_folder (dir);
  return TRUE;
}

/* The bytes of an in-memory database, as a file holds them */
GBytes *
vb_db_serialize (sqlite3  *db,
                 GError  **error)
{
  sqlite3_int64 size = 0;
  unsigned char *data = sqlite3_serialize (db, "main", &size, 0);

  if (data == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, _("The project could not be written."));
      return NULL;
    }
  return g_bytes_new_with_free_func (data, (gsize) size, sqlite3_free, data);
}

/**
 * vb_project_write_new_file:
 * @version: the schema version to create (an import of an older JSON
 *   fills an older schema and migrates it)
 *
 * Writes a new project file: built in memory in one transaction, checked
 * (references, and every value), then written whole and named only if
 * nothing is at @path. A failure leaves nothing behind.
 */
gboolean
vb_project_write_new_file (const char  *path,
                           int          version,
                           VbFillFunc   fill,
                           gpointer     user_data,
                           GError     **error)
{
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", VB_APPLICATION_ID);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
  const VbSchema *schema = vb_schema_for_version (version);
  g_autoptr(GBytes) bytes = NULL;
  sqlite3 *db = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (schema != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name."), vb_display_name (path));
      return FALSE;
    }

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, db, sqlite3_errcode (db));
      goto out;
    }
  vb_sql_harden (db);

  if (!vb_sql_exec (db, "PRAGMA foreign_keys = ON", error) ||
      !vb_sql_exec (db, "BEGIN IMMEDIATE", error) ||
      !vb_sql_exec (db, set_id, error) ||
      !vb_sql_exec (db, set_version, error) ||
      !vb_schema_create (db, schema, error))
    goto out;
  if (version == VB_SCHEMA_VERSION)
    vb_schema_prime_reference (db);

  if (!fill (db, user_data, error))
    goto out;

  if (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", 0) != 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_REFERENCE,
                   _("Some rows refer to rows that do not exist."));
      goto out;
    }
  if (!vb_sql_exec (db, "COMMIT", error))
    goto out;

  if (version < VB_SCHEMA_VERSION)
    {
      guint n_steps;
      const VbMigration *steps = vb_schema_migrations (&n_steps);

      if (!vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, NULL, NULL, error))
        goto out;
    }
  if (!vb_db_validate_values (db, vb_display_name (path), error))
    goto out;
  /* the file on disk is in rollback-journal mode, like every project file */
  bytes = vb_db_serialize (db, error);
  if (bytes == NULL)
    goto out;
  ok = vb_write_file_atomically (path, bytes, FALSE, error);

out:
  if (db != NULL)
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close (db);
    }
  return ok;
}

/* ------------------------------------------------------------ create */

typedef struct {
  const char        *name;
  VbProjectTemplate  template_id;
  const char        *currency;
} CreateData;

static gboolean
fill_new_project (sqlite3   *db,
                  gpointer   user_data,
                  GError   **error)
{
  CreateData *data = user_data;
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "project");
  VbValue *row = vb_row_new (table);
  g_autofree char *uuid = vb_uuid_new ();
  g_autofree char *now = vb_timestamp_now ();
  g_autofree char *author = vb_default_author ();
  g_autofree char *summary = NULL;
  gboolean ok;

  vb_value_set_text (&row[0], uuid);
  vb_value_set_text (&row[vb_table_column_index (table, "name")], data->name);
  vb_value_set_text (&row[vb_table_column_index (table, "template")],
                     vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, data->template_id));
  vb_value_set_text (&row[vb_table_column_index (table, "currency")], data->currency);
  vb_value_set_text (&row[vb_table_column_index (table, "created")], now);
  vb_value_set_text (&row[vb_table_modified_index (table)], now);

  ok = vb_db_insert_row (db, table, row, error) &&
       vb_template_seed (db, data->template_id, error);
  vb_row_free (table, row);
  if (!ok)
    return FALSE;

  summary = g_strdup_printf (_("Created the project “%s”"), data->name);
  return vb_db_log (db, author, VB_ACTIVITY_CREATE, "project", uuid, summary, error);
}

/**
 * vb_project_create:
 * @currency: an ISO 4217 code (three capital letters)
 *
 * Writes a new project file from a template and opens it.
 */
VbProject *
vb_project_create (const char         *path,
                   const char         *name,
                   VbProjectTemplate   template_id,
                   const char         *currency,
                   GError            **error)
{
  g_autofree char *valid_name = NULL;
  CreateData data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!vb_currency_code_is_valid (currency))
    {
      g_autofree char *shown = g_utf8_make_valid (currency ? currency : "", (gssize) strnlen (currency ? currency : "", 16));

      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is not a currency code (three letters, such as EUR or USD)."), shown);
      return NULL;
    }
  if ((guint) template_id >= vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("There is no such project template."));
      return NULL;
    }
  valid_name = g_utf8_make_valid (name, -1);
  data.name = valid_name;
  data.template_id = template_id;
  data.currency = currency;
  if (!vb_project_write_new_file (path, VB_SCHEMA_VERSION, fill_new_project, &data, error))
    return NULL;
  return vb_project_open (path, error);
}

/* ------------------------------------------------------------ rename */

/**
 * vb_project_rename:
 *
 * Gives the project a new name and its file the matching name, in the
 * same folder, as one operation. A rename is recorded in the activity log
 * but is not an undo step (undo could not rename the file back safely);
 * rename again to change it. Undoing earlier edits leaves the name alone.
 */
gboolean
vb_project_rename (VbProject   *self,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (name ? name : "", -1);
  g_autofree char *stripped = g_strstrip (g_strdup (valid));
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *summary = NULL;
  VbProjectSettings *settings;
  gboolean moved = FALSE;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);

  if (*stripped == '\0')
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("A project needs a name."));
      return FALSE;
    }
  if (!vb_project_check_writable (self, error))
    return FALSE;
  if (vb_project_get_is_sample (self))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The sample project cannot be renamed. Save a copy of it first."));
      return FALSE;
    }

  old_path = g_strdup (self->path);
  dir = g_path_get_dirname (self->path);
  base = vb_project_file_name_for (stripped);
  new_path = g_strdup_printf ("%s%s%s%s", dir, G_DIR_SEPARATOR_S, base, VB_PROJECT_SUFFIX);
  if (g_strcmp0 (new_path, self->path) != 0)
    {
      if (!vb_project_move (self, new_path, NULL, error))
        return FALSE;
      moved = TRUE;
    }

  settings = vb_project_get_settings (self);
  summary = g_strdup_printf (_("Renamed the project to “%s”"), stripped);
  vb_project_begin_edit_no_undo (self, VB_ACTIVITY_RENAME, summary);
  if (!vb_project_set_text (self, VB_RECORD (settings), "name", stripped, error))
    {
      vb_project_cancel_edit (self);
      if (moved)
        vb_project_move (self, old_path, NULL, NULL);
      return FALSE;
    }
  if (!vb_project_end_edit (self, error))
    {
      if (moved)
        vb_project_move (self, old_path, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
