/* vb-project-copy.c — save a copy of a project, move its file
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copies run on a connection of their own, never the window's: an edit
 * made while a copy runs is in the copy or after it, never half (the
 * backup restarts when the file changes under it). The copy is written
 * like every new file (vb-project-io.c): whole, synced, then named. A move
 * across file systems is a copy, then the old file goes; if the new file
 * cannot be opened, the project stays where it was.
 */

#define G_LOG_DOMAIN "vb-project"

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
  bytes = vb_db_serialize (dest, error);
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

/* Moves the closed file. In one file system a rename; across file
 * systems a copy that is synced and named before the old file goes. Both
 * folders are synced, so that a power cut finds the project in one place
 * or the other, whole. */
static gboolean
move_file (const char    *from,
           const char    *to,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *from_dir = g_path_get_dirname (from);
  g_autofree char *to_dir = g_path_get_dirname (to);
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) src = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(GError) local = NULL;
  int saved, fd;

  /* a second name, then the first goes: never over a file that appeared
   * at the destination meanwhile (a file system without hard links
   * renames) */
  if (link (from, to) == 0 || (errno != EEXIST && errno != EXDEV && g_rename (from, to) == 0))
    {
      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_unlink (from) != 0)
        g_warning ("The old name of a moved project stays at %s: %s", from, g_strerror (errno));
      vb_sync_folder (to_dir);
      if (g_strcmp0 (from_dir, to_dir) != 0)
        vb_sync_folder (from_dir);
      return TRUE;
    }
  saved = errno;
  if (saved == EEXIST)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name."), vb_display_name (to));
      return FALSE;
    }
  if (saved != EXDEV)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The project cannot be moved to “%s”: %s."), to, g_strerror (saved));
      return FALSE;
    }

  /* another disk: copy under a hidden name, sync, name it, then remove */
  tmp = g_build_filename (to_dir, ".vendorbench-new-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The project cannot be moved to “%s”: %s."), to, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  src = g_file_new_for_path (from);
  dest = g_file_new_for_path (tmp);
  if (!g_file_copy (src, dest, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS, cancellable, NULL, NULL,
                    &local))
    {
      g_unlink (tmp);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The project cannot be moved to “%s”: %s"), to, local->message);
      return FALSE;
    }
  fd = g_open (tmp, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0 || g_rename (tmp, to) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_unlink (tmp);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The project cannot be moved to “%s”: %s."), to, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  vb_sync_folder (to_dir);
  if (g_unlink (from) != 0)
    g_warning ("The old copy of a moved project stays at %s: %s", from, g_strerror (errno));
  vb_sync_folder (from_dir);
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

