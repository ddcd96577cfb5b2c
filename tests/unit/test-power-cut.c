/* test-power-cut.c — the power cut at random moments during edits, through
 * a test SQLite VFS that forgets every write not yet synced: no committed
 * edit is ever lost
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SIGKILL (test-crash.c) leaves the kernel's page cache alone, so it
 * cannot catch a missing fsync. Here a VFS of the test's own wraps the
 * default unix VFS and keeps a model of what a disk would still hold if
 * the power went now:
 *
 *  - per file (per inode: a name can be unlinked and created again), the
 *    bytes as of its last xSync and the writes and truncations since;
 *  - per folder, the names as of its last sync and the creations and
 *    unlinks since. SQLite syncs a folder itself inside the unix VFS (after
 *    the first sync of a new journal, and after unlinking one when asked
 *    to), so the model learns of it by wrapping that VFS's own
 *    "openDirectory" system call (sqlite3_vfs.xSetSystemCall), which opens
 *    the folder for exactly that fsync. A journal created, or deleted, since
 *    the folder's last sync is the subtle case: after the cut it is gone,
 *    or back.
 *
 * Every xOpen that creates, xWrite, xTruncate, xSync, xDelete and folder
 * sync is an event; after a random number of them the power is cut: the
 * event does not happen, every later call fails, and the folder is put
 * back as the model says the disk holds it. Three ways of losing what was
 * not synced, in turn: all of it (the model the issue asks for); a random
 * part of it, in 512-byte pieces and a random prefix of the folder's
 * changes (a disk that wrote some of its cache); and the same with some
 * of the pieces not written filled with garbage instead (a torn write).
 * SQLite's rollback journal is designed for all three, given the syncs
 * it asks for.
 *
 * The core opens files with the default VFS (sqlite3_open_v2 with no VFS
 * name), so registering this one as the default puts it under the app's
 * own open and commit code, unchanged; no hook in core is needed. After
 * the cut the project is closed (its I/O failing), the real VFS becomes
 * the default again, and the file is checked as in test-crash.c: check
 * calls it sound, vb_project_open() opens it, and its fingerprint is the
 * reference run's after N or N + 1 edits, N the number of edits whose
 * setter returned TRUE before the cut.
 *
 * VB_POWER_CUT_ROUNDS (default 300; 100 in a sanitizer build) sets the
 * number of cuts, VB_POWER_CUT_STEPS (default 120) the length of the
 * script.
 */

#include <fcntl.h>

#include "vb-test-util.h"
#include "vb-durability.h"

/* ------------------------------------------------------------ the model */

typedef struct {
  gboolean  truncate;
  gint64    offset;    /* a truncation: the new size */
  GBytes   *data;
} Op;

typedef struct {
  GByteArray *synced;   /* the bytes as of the last xSync */
  GPtrArray  *pending;  /* Op: the changes since */
} Inode;

typedef struct {
  char  *name;
  Inode *inode;         /* NULL: an unlink */
} DirOp;

typedef enum {
  LOSE_ALL,             /* nothing that was not synced survives */
  LOSE_SOME,            /* a random part of it does */
  LOSE_SOME_TORN,       /* and some of the rest is garbage */
  N_LOSS_MODES
} LossMode;

static const char *const loss_mode_names[] = { "all unsynced writes lost", "some kept",
                                               "some kept, some torn" };

typedef enum {
  EVENT_CREATE,
  EVENT_WRITE_FILE,
  EVENT_WRITE_JOURNAL,
  EVENT_TRUNCATE,
  EVENT_SYNC_FILE,
  EVENT_SYNC_JOURNAL,
  EVENT_SYNC_FOLDER,
  EVENT_DELETE,
  N_EVENTS
} EventKind;

static const char *const event_names[] = { "creating the journal", "writing the file", "writing the journal",
                                           "truncating", "syncing the file", "syncing the journal",
                                           "syncing the folder", "deleting the journal" };

typedef struct {
  char        *dir;          /* the folder modelled (canonical) */
  GHashTable  *durable;      /* name → Inode: the folder as the disk holds it */
  GHashTable  *current;      /* name → Inode: as programs see it */
  GPtrArray   *dir_pending;  /* DirOp since the folder's last sync */
  GPtrArray   *inodes;       /* Inode, owned */

  gboolean     armed;
  gint64       countdown;    /* events left before the cut; 0: none */
  gint64       events;
  gboolean     cut;
  EventKind    cut_at;
  LossMode     mode;
  GRand       *rand;
  GHashTable  *image;        /* name → GBytes: the folder after the cut */
  Inode       *syncing;      /* the file in an xSync, for the folder hook */
  guint        folder_syncs;
} Model;

static Model model;
static sqlite3_vfs *real_vfs;

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_pointer (&op->data, g_bytes_unref);
  g_free (op);
}

static void
dir_op_free (gpointer data)
{
  DirOp *op = data;

  g_free (op->name);
  g_free (op);
}

static void
inode_free (gpointer data)
{
  Inode *inode = data;

  g_byte_array_unref (inode->synced);
  g_ptr_array_unref (inode->pending);
  g_free (inode);
}

static Inode *
inode_new (const guint8 *bytes,
           gsize         len)
{
  Inode *inode = g_new0 (Inode, 1);

  inode->synced = g_byte_array_new ();
  g_byte_array_append (inode->synced, bytes, (guint) len);
  inode->pending = g_ptr_array_new_with_free_func (op_free);
  g_ptr_array_add (model.inodes, inode);
  return inode;
}

static void
apply_write (GByteArray   *bytes,
             gint64        offset,
             const guint8 *data,
             gsize         len)
{
  if ((gsize) offset + len > bytes->len)
    {
      guint old = bytes->len;

      g_byte_array_set_size (bytes, (guint) (offset + (gint64) len));
      memset (bytes->data + old, 0, bytes->len - old);
    }
  memcpy (bytes->data + offset, data, len);
}

static void
apply_truncate (GByteArray *bytes,
                gint64      size)
{
  guint old = bytes->len;

  g_byte_array_set_size (bytes, (guint) size);
  if (bytes->len > old)
    memset (bytes->data + old, 0, bytes->len - old);
}

/* xSync returned: what was written is on the disk */
static void
inode_synced (Inode *inode)
{
  for (guint i = 0; i < inode->pending->len; i++)
    {
      Op *op = inode->pending->pdata[i];

      if (op->truncate)
        apply_truncate (inode->synced, op->offset);
      else
        {
          gsize len;
          const guint8 *data = g_bytes_get_data (op->data, &len);

          apply_write (inode->synced, op->offset, data, len);
        }
    }
  g_ptr_array_set_size (inode->pending, 0);
}

/* The folder was synced: its names are on the disk */
static void
folder_synced (void)
{
  for (guint i = 0; i < model.dir_pending->len; i++)
    {
      DirOp *op = model.dir_pending->pdata[i];

      if (op->inode)
        g_hash_table_insert (model.durable, g_strdup (op->name), op->inode);
      else
        g_hash_table_remove (model.durable, op->name);
    }
  g_ptr_array_set_size (model.dir_pending, 0);
  model.folder_syncs++;
}

/* What the disk holds of @inode after the cut */
static GBytes *
surviving_bytes (Inode *inode)
{
  GByteArray *bytes = g_byte_array_new ();

  g_byte_array_append (bytes, inode->synced->data, inode->synced->len);
  for (guint i = 0; model.mode != LOSE_ALL && i < inode->pending->len; i++)
    {
      Op *op = inode->pending->pdata[i];
      gsize len;
      const guint8 *data;

      if (op->truncate)
        {
          if (g_rand_boolean (model.rand))
            apply_truncate (bytes, op->offset);
          continue;
        }
      data = g_bytes_get_data (op->data, &len);
      /* in 512-byte pieces, each written, not written or torn */
      for (gsize at = 0; at < len;)
        {
          gint64 offset = op->offset + (gint64) at;
          gsize piece = MIN (len - at, (gsize) (512 - offset % 512));
          int fate = g_rand_int_range (model.rand, 0, 3);

          if (fate == 0)
            apply_write (bytes, offset, data + at, piece);
          else if (fate == 1 && model.mode == LOSE_SOME_TORN)
            {
              g_autofree guint8 *garbage = g_malloc (piece);

              for (gsize b = 0; b < piece; b++)
                garbage[b] = (guint8) g_rand_int (model.rand);
              apply_write (bytes, offset, garbage, piece);
            }
          at += piece;
        }
    }
  return g_byte_array_free_to_bytes (bytes);
}

/* The power goes: what the disk holds now is all there will be */
static void
cut_power (EventKind at)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer name, inode;

  g_assert_false (model.cut);
  model.cut = TRUE;
  model.cut_at = at;

  g_hash_table_iter_init (&iter, model.durable);
  while (g_hash_table_iter_next (&iter, &name, &inode))
    g_hash_table_insert (names, name, inode);
  if (model.mode != LOSE_ALL)
    {
      /* a journalled file system: its changes reach the disk in order */
      guint kept = (guint) g_rand_int_range (model.rand, 0, (gint32) model.dir_pending->len + 1);

      for (guint i = 0; i < kept; i++)
        {
          DirOp *op = model.dir_pending->pdata[i];

          if (op->inode)
            g_hash_table_insert (names, op->name, op->inode);
          else
            g_hash_table_remove (names, op->name);
        }
    }

  model.image = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, &inode))
    g_hash_table_insert (model.image, g_strdup (name), surviving_bytes (inode));
}

/* One event: FALSE when the power is off (now or before) */
static gboolean
event (EventKind kind)
{
  if (model.cut)
    return FALSE;
  model.events++;
  if (model.countdown > 0 && --model.countdown == 0)
    {
      cut_power (kind);
      return FALSE;
    }
  return TRUE;
}

/* The name in the modelled folder, or NULL */
static const char *
modelled_name (const char *path)
{
  gsize n;

  if (!model.armed || path == NULL)
    return NULL;
  n = strlen (model.dir);
  if (strncmp (path, model.dir, n) != 0 || path[n] != '/' || strchr (path + n + 1, '/') != NULL)
    return NULL;
  return path + n + 1;
}

/* ------------------------------------------------------------ the VFS */

typedef struct {
  sqlite3_file  base;
  Inode        *inode;      /* NULL: not modelled (a temporary file, another folder) */
  gboolean      journal;
} CutFile;

#define REAL_OFFSET ((sizeof (CutFile) + 15) & ~(gsize) 15)
#define REAL(f) ((sqlite3_file *) ((char *) (f) + REAL_OFFSET))

static int
cut_close (sqlite3_file *file)
{
  sqlite3_file *real = REAL (file);
  int rc = real->pMethods->xClose (real);

  return model.cut ? SQLITE_OK : rc;
}

static int
cut_read (sqlite3_file *file,
          void         *buf,
          int           amount,
          sqlite3_int64 offset)
{
  sqlite3_file *real = REAL (file);

  if (model.cut)
    return SQLITE_IOERR_READ;
  return real->pMethods->xRead (real, buf, amount, offset);
}

static int
cut_write (sqlite3_file *file,
           const void   *buf,
           int           amount,
           sqlite3_int64 offset)
{
  CutFile *f = (CutFile *) file;
  sqlite3_file *real = REAL (file);
  int rc;

  if (model.cut || (f->inode && !event (f->journal ? EVENT_WRITE_JOURNAL : EVENT_WRITE_FILE)))
    return SQLITE_IOERR_WRITE;
  rc = real->pMethods->xWrite (real, buf, amount, offset);
  if (rc == SQLITE_OK && f->inode)
    {
      Op *op = g_new0 (Op, 1);

      op->offset = offset;
      op->data = g_bytes_new (buf, (gsize) amount);
      g_ptr_array_add (f->inode->pending, op);
    }
  return rc;
}

static int
cut_truncate (sqlite3_file *file,
              sqlite3_int64 size)
{
  CutFile *f = (CutFile *) file;
  sqlite3_file *real = REAL (file);
  int rc;

  if (model.cut || (f->inode && !event (EVENT_TRUNCATE)))
    return SQLITE_IOERR_TRUNCATE;
  rc = real->pMethods->xTruncate (real, size);
  if (rc == SQLITE_OK && f->inode)
    {
      Op *op = g_new0 (Op, 1);

      op->truncate = TRUE;
      op->offset = size;
      g_ptr_array_add (f->inode->pending, op);
    }
  return rc;
}

static int
cut_sync (sqlite3_file *file,
          int           flags)
{
  CutFile *f = (CutFile *) file;
  sqlite3_file *real = REAL (file);
  int rc;

  if (model.cut || (f->inode && !event (f->journal ? EVENT_SYNC_JOURNAL : EVENT_SYNC_FILE)))
    return SQLITE_IOERR_FSYNC;
  model.syncing = f->inode;
  rc = real->pMethods->xSync (real, flags);
  model.syncing = NULL;
  if (model.cut)
    return SQLITE_IOERR_FSYNC;   /* in the folder's sync, after the file's */
  if (rc == SQLITE_OK && f->inode)
    inode_synced (f->inode);
  return rc;
}

static int
cut_file_size (sqlite3_file  *file,
               sqlite3_int64 *size)
{
  sqlite3_file *real = REAL (file);

  if (model.cut)
    return SQLITE_IOERR_FSTAT;
  return real->pMethods->xFileSize (real, size);
}

static int
cut_lock (sqlite3_file *file,
          int           level)
{
  sqlite3_file *real = REAL (file);

  if (model.cut)
    return SQLITE_IOERR_LOCK;
  return real->pMethods->xLock (real, level);
}

static int
cut_unlock (sqlite3_file *file,
            int           level)
{
  sqlite3_file *real = REAL (file);

  return real->pMethods->xUnlock (real, level);
}

static int
cut_check_reserved_lock (sqlite3_file *file,
                         int          *out)
{
  sqlite3_file *real = REAL (file);

  if (model.cut)
    return SQLITE_IOERR_CHECKRESERVEDLOCK;
  return real->pMethods->xCheckReservedLock (real, out);
}

static int
cut_file_control (sqlite3_file *file,
                  int           op,
                  void         *arg)
{
  sqlite3_file *real = REAL (file);

  if (model.cut)
    return SQLITE_NOTFOUND;
  return real->pMethods->xFileControl (real, op, arg);
}

static int
cut_sector_size (sqlite3_file *file)
{
  sqlite3_file *real = REAL (file);

  return real->pMethods->xSectorSize (real);
}

static int
cut_device_characteristics (sqlite3_file *file)
{
  sqlite3_file *real = REAL (file);

  return real->pMethods->xDeviceCharacteristics (real);
}

static int
cut_shm_map (sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
  sqlite3_file *real = REAL (file);

  if (model.cut)
    return SQLITE_IOERR_SHMMAP;
  return real->pMethods->xShmMap (real, region, size, extend, out);
}

static int
cut_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  sqlite3_file *real = REAL (file);

  return real->pMethods->xShmLock (real, offset, n, flags);
}

static void
cut_shm_barrier (sqlite3_file *file)
{
  sqlite3_file *real = REAL (file);

  real->pMethods->xShmBarrier (real);
}

static int
cut_shm_unmap (sqlite3_file *file, int delete_flag)
{
  sqlite3_file *real = REAL (file);

  return real->pMethods->xShmUnmap (real, delete_flag);
}

/* No memory mapping: every read and write goes through the model */
static int
cut_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  *out = NULL;
  return SQLITE_OK;
}

static int
cut_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *p)
{
  return SQLITE_OK;
}

static const sqlite3_io_methods cut_io_methods = {
  3,
  cut_close,
  cut_read,
  cut_write,
  cut_truncate,
  cut_sync,
  cut_file_size,
  cut_lock,
  cut_unlock,
  cut_check_reserved_lock,
  cut_file_control,
  cut_sector_size,
  cut_device_characteristics,
  cut_shm_map,
  cut_shm_lock,
  cut_shm_barrier,
  cut_shm_unmap,
  cut_fetch,
  cut_unfetch,
};

static int
cut_open (sqlite3_vfs  *vfs,
          const char   *path,
          sqlite3_file *file,
          int           flags,
          int          *out_flags)
{
  CutFile *f = (CutFile *) file;
  sqlite3_file *real = REAL (file);
  const char *name = modelled_name (path);
  Inode *inode = NULL;
  gboolean creating = FALSE;
  int rc;

  memset (f, 0, sizeof *f);
  if (model.cut)
    return SQLITE_CANTOPEN;
  if (name != NULL)
    {
      inode = g_hash_table_lookup (model.current, name);
      creating = inode == NULL && (flags & SQLITE_OPEN_CREATE) && !g_file_test (path, G_FILE_TEST_EXISTS);
      if (inode == NULL && !creating)
        g_error ("SQLite opened “%s”, which the model never saw", path);
      if (creating && !event (EVENT_CREATE))
        return SQLITE_CANTOPEN;
    }
  rc = real_vfs->xOpen (real_vfs, path, real, flags, out_flags);
  if (rc != SQLITE_OK)
    return rc;
  if (creating)
    {
      DirOp *op = g_new0 (DirOp, 1);

      inode = inode_new (NULL, 0);
      g_hash_table_insert (model.current, g_strdup (name), inode);
      op->name = g_strdup (name);
      op->inode = inode;
      g_ptr_array_add (model.dir_pending, op);
    }
  f->inode = inode;
  f->journal = name != NULL && !g_str_has_suffix (name, VB_PROJECT_SUFFIX);
  f->base.pMethods = &cut_io_methods;
  return SQLITE_OK;
}

static int
cut_delete (sqlite3_vfs *vfs,
            const char  *path,
            int          sync_dir)
{
  const char *name = modelled_name (path);
  int rc;

  if (model.cut || (name != NULL && !event (EVENT_DELETE)))
    return SQLITE_IOERR_DELETE;
  if (name != NULL && g_hash_table_contains (model.current, name))
    {
      DirOp *op = g_new0 (DirOp, 1);

      g_hash_table_remove (model.current, name);
      op->name = g_strdup (name);
      g_ptr_array_add (model.dir_pending, op);
    }
  /* the unlink, then (with @sync_dir) the folder's sync: cut_open_directory */
  rc = real_vfs->xDelete (real_vfs, path, sync_dir);
  if (model.cut)
    return SQLITE_IOERR_DELETE;
  return rc;
}

static int
cut_access (sqlite3_vfs *vfs,
            const char  *path,
            int          flags,
            int         *out)
{
  if (model.cut)
    return SQLITE_IOERR_ACCESS;
  return real_vfs->xAccess (real_vfs, path, flags, out);
}

static int
cut_full_pathname (sqlite3_vfs *vfs, const char *path, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, path, n, out);
}

static void *
cut_dl_open (sqlite3_vfs *vfs, const char *path)
{
  return NULL;   /* no extension is ever loaded */
}

static void
cut_dl_error (sqlite3_vfs *vfs, int n, char *out)
{
  g_strlcpy (out, "no extensions", (gsize) n);
}

static void (*cut_dl_sym (sqlite3_vfs *vfs, void *handle, const char *symbol)) (void)
{
  return NULL;
}

static void
cut_dl_close (sqlite3_vfs *vfs, void *handle)
{
}

static int
cut_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
cut_sleep (sqlite3_vfs *vfs, int us)
{
  return real_vfs->xSleep (real_vfs, us);
}

static int
cut_current_time (sqlite3_vfs *vfs, double *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
cut_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError ? real_vfs->xGetLastError (real_vfs, n, out) : 0;
}

static int
cut_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static sqlite3_vfs cut_vfs = {
  2,
  0,                       /* szOsFile: set when registered */
  0,                       /* mxPathname: the real VFS's */
  NULL,
  "vb-power-cut",
  NULL,
  cut_open,
  cut_delete,
  cut_access,
  cut_full_pathname,
  cut_dl_open,
  cut_dl_error,
  cut_dl_sym,
  cut_dl_close,
  cut_randomness,
  cut_sleep,
  cut_current_time,
  cut_get_last_error,
  cut_current_time_int64,
  NULL, NULL, NULL,
};

typedef int (*OpenDirectoryFunc) (const char *path, int *fd);

static OpenDirectoryFunc real_open_directory;

/* The unix VFS opens a folder only to fsync it: after the first sync of a
 * new journal, after unlinking one with its sync flag. The fsync comes
 * right after this returns; failing here (as a cut does) makes it skip the
 * folder's sync. */
static int
cut_open_directory (const char *path,
                    int        *fd)
{
  const char *name = modelled_name (path);

  if (name == NULL)
    return real_open_directory (path, fd);
  /* in an xSync, the file itself was synced before its folder */
  if (model.syncing && !model.cut)
    inode_synced (model.syncing);
  if (!event (EVENT_SYNC_FOLDER))
    return SQLITE_CANTOPEN;
  if (real_open_directory (path, fd) != SQLITE_OK)
    return SQLITE_CANTOPEN;
  folder_synced ();
  return SQLITE_OK;
}

static void
install_vfs (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  g_assert_cmpstr (real_vfs->zName, ==, "unix");
  cut_vfs.szOsFile = (int) REAL_OFFSET + real_vfs->szOsFile;
  cut_vfs.mxPathname = real_vfs->mxPathname;
  g_assert_cmpint (sqlite3_vfs_register (&cut_vfs, 0), ==, SQLITE_OK);

  real_open_directory = (OpenDirectoryFunc) real_vfs->xGetSystemCall (real_vfs, "openDirectory");
  if (real_open_directory == NULL)
    g_error ("SQLite's unix VFS has no “openDirectory” system call to wrap: the folder syncs cannot be seen");
  g_assert_cmpint (real_vfs->xSetSystemCall (real_vfs, "openDirectory", (sqlite3_syscall_ptr) cut_open_directory),
                   ==, SQLITE_OK);
}

static void
uninstall_vfs (void)
{
  real_vfs->xSetSystemCall (real_vfs, "openDirectory", NULL);
  sqlite3_vfs_register (real_vfs, 1);
  sqlite3_vfs_unregister (&cut_vfs);
}

/* ------------------------------------------------------------ arming */

static void
model_arm (const char *dir,
           gint64      countdown,
           LossMode    mode,
           guint32     seed)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  memset (&model, 0, sizeof model);
  model.dir = g_canonicalize_filename (dir, NULL);
  model.durable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  model.current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  model.dir_pending = g_ptr_array_new_with_free_func (dir_op_free);
  model.inodes = g_ptr_array_new_with_free_func (inode_free);
  model.countdown = countdown;
  model.mode = mode;
  model.rand = g_rand_new_with_seed (seed);

  /* what is in the folder now is on the disk: the test wrote and synced it */
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len;
      Inode *inode;

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      inode = inode_new ((const guint8 *) data, len);
      g_hash_table_insert (model.durable, g_strdup (name), inode);
      g_hash_table_insert (model.current, g_strdup (name), inode);
    }
  model.armed = TRUE;
  sqlite3_vfs_register (&cut_vfs, 1);
}

/* After the cut and the close: the folder as the disk held it */
static void
model_impose (void)
{
  g_autoptr(GDir) d = g_dir_open (model.dir, 0, NULL);
  GHashTableIter iter;
  gpointer name, bytes;
  const char *entry;

  sqlite3_vfs_register (real_vfs, 1);
  g_assert_true (model.cut);
  while (d && (entry = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (model.dir, entry, NULL);

      if (!g_hash_table_contains (model.current, entry) && !g_hash_table_contains (model.image, entry))
        g_error ("“%s” appeared beside the project, not through SQLite: the model cannot tell whether it "
                 "would survive a power cut", entry);
      if (!g_hash_table_contains (model.image, entry))
        g_unlink (path);
    }
  g_hash_table_iter_init (&iter, model.image);
  while (g_hash_table_iter_next (&iter, &name, &bytes))
    {
      g_autofree char *path = g_build_filename (model.dir, name, NULL);
      gsize len;
      const guint8 *data = g_bytes_get_data (bytes, &len);
      int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, data, len), ==, (ssize_t) len);
      close (fd);
    }
}

static void
model_disarm (void)
{
  sqlite3_vfs_register (real_vfs, 1);
  g_free (model.dir);
  g_hash_table_unref (model.durable);
  g_hash_table_unref (model.current);
  g_ptr_array_unref (model.dir_pending);
  g_ptr_array_unref (model.inodes);
  g_clear_pointer (&model.image, g_hash_table_unref);
  g_rand_free (model.rand);
  memset (&model, 0, sizeof model);
}

/* ------------------------------------------------------------ the test */

typedef struct {
  guint      rounds;
  guint      steps;
  char      *dir;
  char      *path;
  char      *initial;
  GPtrArray *fingerprints;

  guint      cuts_at[N_EVENTS];
  guint      cuts_in_mode[N_LOSS_MODES];
  guint      cuts_during_open;
  guint      cuts_after_script;
  guint      hot_journals;
  guint      recovery_cuts_during;
  guint      recovery_cuts_after;
  guint      in_flight_committed;
  guint64    edits_checked;
  guint64    lost;
  guint      lossy_rounds;

  /* the round being checked */
  LossMode   mode;
  const char *cut_at;
} PowerCut;

/* /dev/shm when it can be written: the model, not the disk, decides what
 * survives, and tmpfs makes the real fsyncs under it cheap */
static char *
make_work_dir (void)
{
  g_autofree char *tmpl = NULL;

  if (g_access ("/dev/shm", W_OK) == 0)
    {
      tmpl = g_strdup ("/dev/shm/vb-power-cut-XXXXXX");
      if (g_mkdtemp (tmpl) != NULL)
        return g_steal_pointer (&tmpl);
    }
  return vbt_tmpdir ();
}

static void
reset_folder (PowerCut *pc)
{
  g_autoptr(GDir) d = g_dir_open (pc->dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (pc->dir, name, NULL);
      g_unlink (p);
    }
  vbt_copy (pc->initial, pc->path);
}

/* One round: the script until the power goes after @countdown events (0:
 * after the script). Returns the number of edits whose commit returned. */
static guint
edit_until_cut (PowerCut *pc,
                gint64    countdown,
                LossMode  mode,
                guint32   seed,
                gint64   *events)
{
  g_autoptr(GError) error = NULL;
  VbProject *p;
  guint committed = 0;

  reset_folder (pc);
  model_arm (pc->dir, countdown, mode, seed);
  p = vb_project_open (pc->path, &error);
  if (p == NULL)
    {
      if (!model.cut)
        g_error ("the project does not open before the power cut: %s", error->message);
      pc->cuts_during_open++;
    }
  for (guint i = 0; p != NULL && i < pc->steps; i++)
    {
      if (!vbd_step (p, i, &error))
        {
          if (!model.cut)
            g_error ("step %u failed with the power on: %s", i, error ? error->message : "(no message)");
          g_clear_error (&error);
          break;
        }
      committed = i + 1;
    }
  if (!model.cut)
    {
      /* the power goes right after the last commit returned */
      cut_power (N_EVENTS);
      pc->cuts_after_script++;
      pc->cut_at = "after the last edit";
    }
  else
    {
      pc->cuts_at[model.cut_at]++;
      pc->cut_at = event_names[model.cut_at];
    }
  pc->mode = mode;
  pc->cuts_in_mode[mode]++;
  *events = model.events;

  /* the program notices nothing more: its I/O fails as it closes */
  if (p != NULL)
    {
      vb_project_close (p);
      g_object_unref (p);
    }
  model_impose ();
  model_disarm ();
  return committed;
}

static gboolean journal_is_hot (const char *path);

/* A second cut, while the window rolls the first one's journal back: the
 * open goes through the model too, and the power goes after @countdown
 * events of the recovery (or right after it). Returns TRUE if the cut
 * came before the open returned. */
static gboolean
recover_until_cut (PowerCut *pc,
                   gint64    countdown,
                   LossMode  mode,
                   guint32   seed)
{
  g_autoptr(GError) error = NULL;
  VbProject *p;
  gboolean during;

  model_arm (pc->dir, countdown, mode, seed);
  p = vb_project_open (pc->path, &error);
  if (p == NULL && !model.cut)
    g_error ("the interrupted file does not open with the power on: %s", error->message);
  during = model.cut;
  if (p != NULL)
    {
      vb_project_close (p);
      g_object_unref (p);
    }
  if (!model.cut)
    cut_power (N_EVENTS);
  model_impose ();
  model_disarm ();
  return during;
}

static gboolean
journal_is_hot (const char *path)
{
  static const guint8 magic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *data = NULL;
  gsize len = 0;

  return g_file_get_contents (journal, &data, &len, NULL) && len >= sizeof magic &&
         memcmp (data, magic, sizeof magic) == 0;
}

/* The file as the window finds it when the power is back */
static void
check_after_cut (PowerCut *pc,
                 guint     round,
                 guint     committed)
{
  g_autofree char *fingerprint = NULL;
  int found;

  /* check reads a private copy: the file stays as the cut left it (in
   * every fourth round and after every hot journal: it takes time) */
  fingerprint = vbd_recover (pc->path, pc->dir, round % 4 == 0 || journal_is_hot (pc->path),
                             "the power cut", round);

  found = vbd_find (pc->fingerprints, fingerprint);
  if (found < 0)
    g_error ("round %u: after %u committed edits the file matches no step of the script", round, committed);
  if ((guint) found < committed)
    {
      g_test_message ("round %u (cut %s, %s): LOST %u committed edits (%u returned, the file holds %d)",
                      round, pc->cut_at, loss_mode_names[pc->mode], committed - (guint) found, committed, found);
      pc->lost += committed - (guint) found;
      pc->lossy_rounds++;
    }
  else if ((guint) found > committed + 1)
    g_error ("round %u: the file holds %d edits, %u returned: more than the one in flight",
             round, found, committed);
  else if ((guint) found == committed + 1)
    pc->in_flight_committed++;
  pc->edits_checked += committed;
}

static void
test_power_cut (void)
{
  PowerCut pc = { 0 };
  g_autofree char *initial_dir = vbt_tmpdir ();
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) where = g_string_new (NULL);
  gint64 test_start = g_get_monotonic_time ();
  gint64 events = 0, total_events;
  guint committed;

  pc.rounds = vbd_env_uint ("VB_POWER_CUT_ROUNDS", VBD_SANITIZED ? 100 : 300);
  pc.steps = vbd_env_uint ("VB_POWER_CUT_STEPS", 120);
  pc.dir = make_work_dir ();
  pc.path = g_build_filename (pc.dir, "p.vendorbench", NULL);
  pc.initial = g_build_filename (initial_dir, "initial.vendorbench", NULL);
  rand = g_rand_new_with_seed (vbd_env_uint ("VB_POWER_CUT_SEED", 20261123));
  g_test_message ("files in %s; %u power cuts, %u edits per run", pc.dir, pc.rounds, pc.steps);

  {
    VbProject *p = vb_project_create (pc.initial, "Power cut test", vbt_template ("customer-support"), "EUR",
                                      &error);

    g_assert_no_error (error);
    vb_project_close (p);
    g_object_unref (p);
  }
  pc.fingerprints = vbd_reference (pc.initial, pc.dir, pc.steps);
  install_vfs ();

  /* the whole script, then the power goes: the last commit too must be
   * on the disk; and how many events the script makes */
  for (LossMode mode = 0; mode < N_LOSS_MODES; mode++)
    {
      committed = edit_until_cut (&pc, 0, mode, g_rand_int (rand), &events);
      g_assert_cmpuint (committed, ==, pc.steps);
      check_after_cut (&pc, 0, committed);
    }
  total_events = events;
  g_test_message ("the script makes %" G_GINT64_FORMAT " events (writes, syncs, creations, deletions)",
                  total_events);
  g_assert_cmpint (total_events, >, pc.steps);

  for (guint round = 1; round <= pc.rounds; round++)
    {
      LossMode mode = round % N_LOSS_MODES;
      gint64 countdown = g_rand_int_range (rand, 1, (gint32) total_events + 1);

      committed = edit_until_cut (&pc, countdown, mode, g_rand_int (rand), &events);
      /* every other hot journal: the power goes again while it is rolled
       * back, or right after */
      if (journal_is_hot (pc.path) && ++pc.hot_journals % 2 == 0)
        {
          if (recover_until_cut (&pc, g_rand_int_range (rand, 1, 25), (mode + 1) % N_LOSS_MODES, g_rand_int (rand)))
            pc.recovery_cuts_during++;
          else
            pc.recovery_cuts_after++;
        }
      check_after_cut (&pc, round, committed);
    }
  uninstall_vfs ();

  for (guint i = 0; i < N_EVENTS; i++)
    g_string_append_printf (where, "%s%s %u", i ? ", " : "", event_names[i], pc.cuts_at[i]);
  g_test_message ("runs: %u; power cuts: %u (%u while the file was opened, %u right after the script's last "
                  "edit; during the script: %s)", pc.rounds + N_LOSS_MODES, pc.rounds + N_LOSS_MODES,
                  pc.cuts_during_open, pc.cuts_after_script, where->str);
  g_test_message ("ways of losing the unsynced writes: %s %u, %s %u, %s %u",
                  loss_mode_names[0], pc.cuts_in_mode[0], loss_mode_names[1], pc.cuts_in_mode[1],
                  loss_mode_names[2], pc.cuts_in_mode[2]);
  g_test_message ("hot journals rolled back after the cut: %u; second cuts during their recovery: %u, "
                  "right after it: %u", pc.hot_journals, pc.recovery_cuts_during, pc.recovery_cuts_after);
  g_test_message ("committed edits checked: %" G_GUINT64_FORMAT "; the edit in flight had committed in %u cuts",
                  pc.edits_checked, pc.in_flight_committed);
  g_test_message ("time: %.1f s", (g_get_monotonic_time () - test_start) / 1e6);
  g_test_message ("lost committed edits: %" G_GUINT64_FORMAT " (in %u rounds)", pc.lost, pc.lossy_rounds);
  g_assert_cmpuint (pc.lost, ==, 0);

  g_ptr_array_unref (pc.fingerprints);
  vbt_rmdir (pc.dir);
  vbt_rmdir (initial_dir);
  g_free (pc.dir);
  g_free (pc.path);
  g_free (pc.initial);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/power-cut/no-committed-edit-lost", test_power_cut);
  return g_test_run ();
}
