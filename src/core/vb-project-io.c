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
 * Copies run on a connection of their own, never the window's: an edit
 * made while a copy runs is in the copy or after it, never half (the
 * backup restarts when the file changes under it).
 */

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

/**
 * vb_write_file_atomically:
 * @replace: replace an existing regular file at @path (atomically);
 *   otherwise an existing file is an error
 *
 * Writes @data as a complete file at @path: to an unnamed file first,
 * synced, then named. Nothing is left behind on failure or crash.
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
  int fd, saved;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The folder “%s” cannot be created: %s."), dir, g_strerror (saved));
      return FALSE;
    }

#ifdef O_TMPFILE
  fd = g_open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#else
  fd = -1;
  errno = EOPNOTSUPP;
#endif
  if (fd < 0)
    {
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
    }

  if (!write_all (fd, bytes, len) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      if (tmp)
        g_unlink (tmp);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   saved == ENOSPC ? _("“%s” cannot be written: the disk is full.")
                                   : _("“%s” cannot be written."), name);
      return FALSE;
    }

  if (tmp == NULL)
    {
      g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

      if (replace)
        {
          /* link under a hidden name, then rename over the old file */
          tmp = g_build_filename (dir, TEMP_PREFIX "XXXXXX", NULL);
          for (guint attempt = 0; attempt < 100; attempt++)
            {
              g_free (tmp);
              tmp = g_strdup_printf ("%s/" TEMP_PREFIX "%08x", dir, g_random_int ());
              if (linkat (AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
                break;
              if (errno != EEXIST)
                {
                  g_clear_pointer (&tmp, g_free);
                  break;
                }
            }
        }
      else if (linkat (AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0)
        {
          saved = errno;
          close (fd);
          if (saved == EEXIST)
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                         _("“%s” already exists. Choose another name."), name);
          else
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                         _("“%s” cannot be written: %s."), name, g_strerror (saved));
          return FALSE;
        }
      else
        {
          close (fd);
          return TRUE;
        }
      if (tmp == NULL)
        {
          close (fd);
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO, _("“%s” cannot be written."), name);
          return FALSE;
        }
    }
  close (fd);

  if (replace)
    {
      if (g_rename (tmp, path) != 0)
        {
          saved = errno;
          g_unlink (tmp);
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                       _("“%s” cannot be written: %s."), name, g_strerror (saved));
          return FALSE;
        }
    }
  else if (link (tmp, path) != 0)
    {
      saved = errno;
      if (saved != EEXIST && g_rename (tmp, path) == 0)
        return TRUE;   /* file systems without hard links: rename never replaces here, we checked */
      g_unlink (tmp);
      if (saved == EEXIST)
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                     _("“%s” already exists. Choose another name."), name);
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                     _("“%s” cannot be written: %s."), name, g_strerror (saved));
      return FALSE;
    }
  else
    g_unlink (tmp);

  /* the name is on disk once the folder is synced */
  {
    int dfd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

    if (dfd >= 0)
      {
        fsync (dfd);
        close (dfd);
      }
  }
  return TRUE;
}

/* The bytes of an in-memory database, as a file holds them */
static GBytes *
serialize (sqlite3  *db,
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
  bytes = serialize (db, error);
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

/* ------------------------------------------------------------ copy */

typedef struct {
  char                 *source;
  char                 *dest;
  GFileProgressCallback progress;
  gpointer              progress_data;
  GMainContext         *context;
} CopyData;

static void
copy_data_free (gpointer data)
{
  CopyData *d = data;

  g_free (d->source);
  g_free (d->dest);
  g_clear_pointer (&d->context, g_main_context_unref);
  g_free (d);
}

typedef struct {
  GFileProgressCallback progress;
  gpointer              data;
  goffset               current;
  goffset               total;
} ProgressEvent;

static gboolean
report_progress_cb (gpointer user_data)
{
  ProgressEvent *e = user_data;

  e->progress (e->current, e->total, e->data);
  return G_SOURCE_REMOVE;
}

/* A clean single-file copy of @source through the backup API, on a
 * connection of its own, in steps: the backup restarts by itself when
 * the project is edited meanwhile, so the copy is whole and consistent */
static gboolean
copy_file (CopyData      *d,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = g_uri_escape_string (d->source, "/", FALSE);
  g_autoptr(GBytes) bytes = NULL;
  sqlite3 *src = NULL, *dest = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  uri = g_strdup_printf ("file:%s?mode=ro", escaped);
  if (sqlite3_open_v2 (uri, &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
      sqlite3_open_v2 (":memory:", &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, src, sqlite3_errcode (src));
      goto out;
    }
  vb_sql_harden (src);
  sqlite3_busy_timeout (src, 5000);

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      vb_sql_set_error (error, dest, sqlite3_errcode (dest));
      goto out;
    }
  do
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          sqlite3_backup_finish (backup);
          g_cancellable_set_error_if_cancelled (cancellable, error);
          goto out;
        }
      rc = sqlite3_backup_step (backup, 64);
      if (d->progress && d->context)
        {
          ProgressEvent *e = g_new0 (ProgressEvent, 1);

          e->progress = d->progress;
          e->data = d->progress_data;
          e->total = sqlite3_backup_pagecount (backup);
          e->current = e->total - sqlite3_backup_remaining (backup);
          g_main_context_invoke_full (d->context, G_PRIORITY_DEFAULT, report_progress_cb, e, g_free);
        }
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (20 * 1000);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, dest, rc);
      goto out;
    }
  /* a kept copy of the sample is an ordinary project */
  if (!vb_sql_exec (dest, "UPDATE project SET is_sample = 0 WHERE is_sample = 1", error))
    goto out;
  bytes = serialize (dest, error);
  if (bytes == NULL)
    goto out;
  ok = vb_write_file_atomically (d->dest, bytes, TRUE, error);

out:
  sqlite3_close (src);
  sqlite3_close (dest);
  return ok;
}

static gboolean
check_copy_destination (VbProject   *self,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *want = g_canonicalize_filename (path, NULL);
  GStatBuf st;

  if (g_strcmp0 (self->path, want) == 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("Choose another name for the copy: this is the project’s own file."));
      return FALSE;
    }
  if (g_stat (want, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file, so a copy cannot be saved there."), vb_display_name (want));
      return FALSE;
    }
  if (self->db == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, _("The project is closed."));
      return FALSE;
    }
  return TRUE;
}

static const char *
copy_source (VbProject *self)
{
  /* a project read from a private copy is copied from that copy */
  return sqlite3_db_filename (self->db, "main");
}

/**
 * vb_project_save_copy:
 * @path: where the copy goes; an existing regular file there is replaced
 *   (the file chooser asked)
 *
 * A clean single-file copy (a kept copy of the sample is an ordinary
 * project). The project itself is not changed.
 */
gboolean
vb_project_save_copy (VbProject     *self,
                      const char    *path,
                      GCancellable  *cancellable,
                      GError       **error)
{
  CopyData d = { NULL };
  gboolean ok;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);

  if (!check_copy_destination (self, path, error))
    return FALSE;
  d.source = g_strdup (copy_source (self));
  d.dest = g_canonicalize_filename (path, NULL);
  ok = copy_file (&d, cancellable, error);
  g_free (d.source);
  g_free (d.dest);
  return ok;
}

static void
copy_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (copy_file (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * vb_project_save_copy_async:
 * @progress: (nullable): called in the caller's main context with pages
 *   copied and the total
 *
 * vb_project_save_copy() in a worker thread, on a connection of its own.
 */
void
vb_project_save_copy_async (VbProject            *self,
                            const char           *path,
                            GCancellable         *cancellable,
                            GFileProgressCallback progress,
                            gpointer              progress_data,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  GError *error = NULL;
  CopyData *d;

  g_task_set_source_tag (task, vb_project_save_copy_async);
  if (!check_copy_destination (self, path, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  d = g_new0 (CopyData, 1);
  d->source = g_strdup (copy_source (self));
  d->dest = g_canonicalize_filename (path, NULL);
  d->progress = progress;
  d->progress_data = progress_data;
  d->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, d, copy_data_free);
  g_task_run_in_thread (task, copy_thread);
}

gboolean
vb_project_save_copy_finish (VbProject     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------ move */

/* Put the connection back on the file at @path after a move (or a failed
 * one): verified as any open, read-only if it must be */
static gboolean
reconnect (VbProject   *self,
           const char  *path,
           GError     **error)
{
  g_autoptr(VbProject) fresh = vb_project_open_full (path, VB_OPEN_DEFAULT, NULL, error);

  if (fresh == NULL)
    return FALSE;
  /* keep our rows, history and objects; take the new connection */
  self->db = g_steal_pointer (&fresh->db);
  g_free (self->path);
  self->path = g_strdup (fresh->path);
  self->read_only = fresh->read_only;
  g_object_set_data (G_OBJECT (self), "vb-read-only-reason",
                     g_object_get_data (G_OBJECT (fresh), "vb-read-only-reason"));
  return TRUE;
}

static gboolean
move_file (const char    *from,
           const char    *to,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) local = NULL;

  if (!g_file_move (src, dest, G_FILE_COPY_NOFOLLOW_SYMLINKS, cancellable, NULL, NULL, &local))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The project cannot be moved to “%s”: %s"), to, local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_move_destination (VbProject   *self,
                        const char  *new_path,
                        GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (new_path);

  if (!vb_project_check_writable (self, error))
    return FALSE;
  if (self->pending != NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_BUSY, _("Finish the change in progress first."));
      return FALSE;
    }
  if (g_file_test (new_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("There is already a file called “%s” there. Choose another name or folder."),
                   vb_display_name (new_path));
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) || g_access (dir, W_OK) != 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY,
                   _("The project cannot be moved to “%s”: that folder cannot be written to."), dir);
      return FALSE;
    }
  return TRUE;
}

/**
 * vb_project_move:
 *
 * Moves or renames the project file while it is open: the connection is
 * closed, the file moved (copied across file systems), and opened again at
 * its new place with the usual checks. On failure the project stays where
 * it was and open; if even that fails, the project is closed and @error
 * says so.
 */
gboolean
vb_project_move (VbProject     *self,
                 const char    *new_path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *old_path = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);

  target = g_canonicalize_filename (new_path, NULL);
  if (g_strcmp0 (target, self->path) == 0)
    return TRUE;
  if (!check_move_destination (self, target, error))
    return FALSE;

  old_path = g_strdup (self->path);
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;

  if (!move_file (old_path, target, cancellable, &local))
    {
      if (!reconnect (self, old_path, NULL))
        g_prefix_error (&local, _("The project was closed: "));
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!reconnect (self, target, &local))
    {
      /* the moved file does not open: put it back where it was */
      g_autoptr(GError) back = NULL;

      if (move_file (target, old_path, NULL, &back) && reconnect (self, old_path, NULL))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                     _("The project was moved to “%s” but cannot be opened there: %s"), target, local->message);
      return FALSE;
    }
  vb_project_notify_path (self);
  return TRUE;
}

typedef struct {
  char *target;
  char *old_path;
} MoveData;

static void
move_data_free (gpointer data)
{
  MoveData *d = data;

  g_free (d->target);
  g_free (d->old_path);
  g_free (d);
}

static void
move_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MoveData *d = task_data;
  GError *error = NULL;

  if (move_file (d->old_path, d->target, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * vb_project_move_async:
 *
 * vb_project_move() with the moving (a copy across file systems can take
 * a while) in a worker thread. The project is closed meanwhile: the window
 * takes no edits until it finishes.
 */
void
vb_project_move_async (VbProject           *self,
                       const char          *new_path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *target = g_canonicalize_filename (new_path, NULL);
  GError *error = NULL;
  MoveData *d;

  g_task_set_source_tag (task, vb_project_move_async);
  if (g_strcmp0 (target, self->path) == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (!check_move_destination (self, target, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  d = g_new0 (MoveData, 1);
  d->target = g_steal_pointer (&target);
  d->old_path = g_strdup (self->path);
  g_task_set_task_data (task, d, move_data_free);
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;
  g_task_run_in_thread (task, move_thread);
}

gboolean
vb_project_move_finish (VbProject     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  MoveData *d;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  d = g_task_get_task_data (G_TASK (result));
  if (d == NULL)
    return g_task_propagate_boolean (G_TASK (result), error);
  if (!g_task_propagate_boolean (G_TASK (result), &local))
    {
      if (!reconnect (self, d->old_path, NULL))
        g_prefix_error (&local, _("The project was closed: "));
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!reconnect (self, d->target, &local))
    {
      g_autoptr(GError) back = NULL;

      if (move_file (d->target, d->old_path, NULL, &back) && reconnect (self, d->old_path, NULL))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                     _("The project was moved to “%s” but cannot be opened there: %s"), d->target, local->message);
      return FALSE;
    }
  vb_project_notify_path (self);
  return TRUE;
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
