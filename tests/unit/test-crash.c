/* test-crash.c — the program killed (SIGKILL) at random moments during
 * thousands of edits: no committed edit is ever lost
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each round copies the same starting project, forks a child that opens it
 * with vb_project_open() and runs the edit script of vb-durability.h (adds,
 * removes, moves, every kind of setter, undo, redo), writing the number of
 * committed edits to a pipe after each setter has returned TRUE. The parent
 * kills it with SIGKILL after a random delay, so the kill lands anywhere —
 * inside a commit, between two, while the file is opened. In some rounds a
 * second child then opens the interrupted file (rolling the hot journal
 * back) and is killed too, during that recovery.
 *
 * Then the parent checks the file as the window would find it: `check`
 * calls it sound without changing a byte or leaving anything beside it (in
 * every fourth round, and after every hot journal); vb_project_open()
 * opens it; its fingerprint is the reference run's after N or N + 1 edits,
 * N the last count the child reported (the edit in flight may have
 * committed or not; nothing before it may be missing, and nothing the
 * script never reached may be there); after closing, the folder holds the
 * project file and nothing else, and `check` calls that file sound.
 *
 * SIGKILL leaves the kernel's page cache alone, so this proves what the
 * program does (commits, journal, recovery on open), not the disk: the
 * power cut is test-power-cut.c. The files live in /dev/shm where it can
 * be written (VB_CRASH_DIR to choose another folder: a kill sees the same
 * page cache on any file system, and tmpfs makes each fsync cheap). On
 * tmpfs most of a run is the program's own work between writes, so in
 * every other round the child's writes to the project file are slowed
 * down (a slower disk) to make kills while the journal is hot common.
 *
 * VB_CRASH_ROUNDS (default 200; 60 in a sanitizer build) sets the number
 * of kills, VB_CRASH_STEPS (default 400) the length of the script.
 */

/* F_SETPIPE_SZ */
#define _GNU_SOURCE

#include <fcntl.h>
#include <time.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "vb-test-util.h"
#include "vb-durability.h"

typedef struct {
  guint  rounds;
  guint  steps;
  char  *dir;        /* the rounds' folder */
  char  *path;       /* the project in it */
  char  *initial;    /* the starting file, outside it */
  GPtrArray *fingerprints;

  /* what the rounds saw */
  guint  kills;
  guint  completed;
  guint  hot_journals;
  guint  cold_journals;
  guint  recovery_kills;
  guint  in_flight_committed;
  guint64 edits_checked;
  guint64 lost;
  gint64  checking_us;
} Crash;

/* /dev/shm when it can be written: see the top of the file */
static char *
make_work_dir (void)
{
  const char *base = g_getenv ("VB_CRASH_DIR");
  g_autofree char *tmpl = NULL;
  char *dir;

  if (base == NULL && g_access ("/dev/shm", W_OK) == 0)
    base = "/dev/shm";
  if (base != NULL)
    {
      tmpl = g_build_filename (base, "vb-crash-XXXXXX", NULL);
      dir = g_mkdtemp (tmpl);
      if (dir != NULL)
        return g_steal_pointer (&tmpl);
    }
  return vbt_tmpdir ();
}

/* fork() copies only the calling thread: a thread holding a lock at that
 * moment would leave the child stuck. The test makes none; say so if GLib
 * ever does. */
static void
assert_single_threaded (void)
{
  guint n = vbt_count_entries ("/proc/self/task");

  if (n > 1)
    g_error ("the test process runs %u threads: fork() is not safe here", n);
}

static void
reset_folder (Crash *c)
{
  g_autoptr(GDir) d = g_dir_open (c->dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (c->dir, name, NULL);
      g_unlink (p);
    }
  vbt_copy (c->initial, c->path);
}

/* ------------------------------------------------------------ children */

/* A slower disk under the file: in half the rounds every write of the
 * child to the project file itself takes a little longer, so that more
 * kills land where the journal is hot — while a commit writes the file —
 * rather than in the program's own work between writes, which is most of
 * the time on tmpfs. Only the time changes, not what is written: the unix
 * VFS's own system calls are wrapped (sqlite3_vfs.xSetSystemCall). */
#define SLOW_WRITE_US 50

typedef ssize_t (*WriteFunc)   (int, const void *, size_t);
typedef ssize_t (*PwriteFunc)  (int, const void *, size_t, off_t);

static WriteFunc real_write;
static PwriteFunc real_pwrite;
static PwriteFunc real_pwrite64;
static dev_t slow_dev;
static ino_t slow_ino;

static void
wait_if_slow (int fd)
{
  struct stat st;

  if (fstat (fd, &st) == 0 && st.st_dev == slow_dev && st.st_ino == slow_ino)
    {
      /* a busy wait: a sleep this short would take the scheduler's time */
      gint64 until = g_get_monotonic_time () + SLOW_WRITE_US;

      while (g_get_monotonic_time () < until)
        ;
    }
}

static ssize_t
slow_write (int fd, const void *buf, size_t n)
{
  wait_if_slow (fd);
  return real_write (fd, buf, n);
}

static ssize_t
slow_pwrite (int fd, const void *buf, size_t n, off_t offset)
{
  wait_if_slow (fd);
  return real_pwrite (fd, buf, n, offset);
}

static ssize_t
slow_pwrite64 (int fd, const void *buf, size_t n, off_t offset)
{
  wait_if_slow (fd);
  return real_pwrite64 (fd, buf, n, offset);
}

static void
slow_down_writes (const char *path)
{
  sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  slow_dev = st.st_dev;
  slow_ino = st.st_ino;
  g_assert_nonnull (vfs->xGetSystemCall);
  real_write = (WriteFunc) vfs->xGetSystemCall (vfs, "write");
  real_pwrite = (PwriteFunc) vfs->xGetSystemCall (vfs, "pwrite");
  real_pwrite64 = (PwriteFunc) vfs->xGetSystemCall (vfs, "pwrite64");
  if (real_write)
    vfs->xSetSystemCall (vfs, "write", (sqlite3_syscall_ptr) slow_write);
  if (real_pwrite)
    vfs->xSetSystemCall (vfs, "pwrite", (sqlite3_syscall_ptr) slow_pwrite);
  if (real_pwrite64)
    vfs->xSetSystemCall (vfs, "pwrite64", (sqlite3_syscall_ptr) slow_pwrite64);
}

static void G_GNUC_NORETURN
run_editor (const char *path,
            guint       steps,
            gboolean    slow,
            int         fd)
{
  GError *error = NULL;
  VbProject *p;

  if (slow)
    slow_down_writes (path);
  p = vb_project_open (path, &error);
  if (p == NULL)
    {
      g_printerr ("child: the project does not open: %s\n", error->message);
      _exit (2);
    }
  for (guint i = 0; i < steps; i++)
    {
      guint32 n = i + 1;

      if (!vbd_step (p, i, &error))
        {
          g_printerr ("child: step %u failed: %s\n", i, error ? error->message : "(no message)");
          _exit (3);
        }
      /* reported only once the setter has returned: the edit is committed */
      if (write (fd, &n, sizeof n) != sizeof n)
        _exit (4);
    }
  vb_project_close (p);
  _exit (0);
}

static void G_GNUC_NORETURN
run_recovery (const char *path)
{
  GError *error = NULL;
  VbProject *p = vb_project_open (path, &error);

  _exit (p != NULL ? 0 : 2);
}

/* The counts a child wrote to its pipe: the last whole one */
static guint32
read_last_count (int fd)
{
  guint8 partial[sizeof (guint32)];
  gsize n_partial = 0;
  guint32 last = 0;

  for (;;)
    {
      guint8 buf[4096];
      ssize_t len = read (fd, buf, sizeof buf);

      if (len < 0 && errno == EINTR)
        continue;
      if (len < 0)
        g_error ("read: %s", g_strerror (errno));
      if (len == 0)
        return last;
      for (ssize_t i = 0; i < len; i++)
        {
          partial[n_partial++] = buf[i];
          if (n_partial == sizeof partial)
            {
              memcpy (&last, partial, sizeof last);
              n_partial = 0;
            }
        }
    }
}

/* Runs the editor (@slow: on a slower disk) and kills it after @delay_us
 * (< 0: lets it finish). Returns the last count it reported; @killed says
 * whether the kill came first. */
static guint32
edit_and_kill (Crash    *c,
               gint64    delay_us,
               gboolean  slow,
               gboolean *killed)
{
  int fds[2];
  pid_t pid;
  int status = 0;
  guint32 last;

  g_assert_cmpint (pipe (fds), ==, 0);
  /* room for every count: the parent reads them only after the kill, so
   * that its waking up never tells when the child is paused */
  fcntl (fds[1], F_SETPIPE_SZ, 1 << 20);
  assert_single_threaded ();
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_editor (c->path, c->steps, slow, fds[1]);
    }
  close (fds[1]);

  if (delay_us >= 0)
    {
      struct timespec until;

      clock_gettime (CLOCK_MONOTONIC, &until);
      until.tv_sec += (time_t) (delay_us / G_USEC_PER_SEC);
      until.tv_nsec += (long) (delay_us % G_USEC_PER_SEC) * 1000;
      if (until.tv_nsec >= 1000000000L)
        {
          until.tv_sec++;
          until.tv_nsec -= 1000000000L;
        }
      while (clock_nanosleep (CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == EINTR)
        ;
      kill (pid, SIGKILL);
    }
  last = read_last_count (fds[0]);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  if (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL && delay_us >= 0)
    *killed = TRUE;
  else if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
    *killed = FALSE;
  else
    g_error ("the editing child failed (status %d) after %u edits", status, last);
  return last;
}

/* A second crash, during the recovery of the first: a child opens the
 * interrupted file and is killed after @delay_us */
static gboolean
recover_and_kill (Crash  *c,
                  gint64  delay_us)
{
  pid_t pid;
  int status = 0;

  assert_single_threaded ();
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    run_recovery (c->path);
  g_usleep ((gulong) delay_us);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFEXITED (status) && WEXITSTATUS (status) != 0)
    g_error ("the interrupted file did not open in the recovering child");
  return WIFSIGNALED (status);
}

/* ------------------------------------------------------------ checking */

typedef enum {
  JOURNAL_NONE,
  JOURNAL_COLD,   /* left by a kill before it held anything: SQLite ignores it */
  JOURNAL_HOT,    /* its header written: the interrupted edit is rolled back */
} JournalState;

static JournalState
journal_state (const char *path)
{
  static const guint8 magic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (journal, &data, &len, NULL))
    return JOURNAL_NONE;
  return len >= sizeof magic && memcmp (data, magic, sizeof magic) == 0 ? JOURNAL_HOT : JOURNAL_COLD;
}

/* The file as the window finds it after the crash; @reported: the last
 * count the child reported; @finished: the child was not killed */
static void
check_after_crash (Crash    *c,
                   guint    round,
                   guint32  reported,
                   gboolean finished)
{
  g_autofree char *listing = vbd_listing (c->dir);
  g_autofree char *fingerprint = NULL;
  g_autofree char *base = g_path_get_basename (c->path);
  gint64 start = g_get_monotonic_time ();
  int found;

  /* a child that was not killed closed the project itself: nothing of
   * its session may stay beside the file */
  if (finished && !g_str_equal (listing, base))
    g_error ("round %u: after the program closed the project, the folder holds “%s”", round, listing);

  /* check reads a private copy: the interrupted file stays as it is (in
   * every fourth round and after every hot journal: it takes time); the
   * window's own open path rolls an interrupted edit back */
  fingerprint = vbd_recover (c->path, c->dir, round % 4 == 0 || journal_state (c->path) == JOURNAL_HOT,
                             "the crash", round);

  found = vbd_find (c->fingerprints, fingerprint);
  if (found < 0)
    g_error ("round %u: after %u reported edits the file matches no step of the script", round, reported);
  if ((guint32) found < reported)
    {
      g_test_message ("round %u: LOST %u committed edits (reported %u, the file holds %d)",
                      round, reported - found, reported, found);
      c->lost += reported - (guint32) found;
    }
  else if ((guint32) found > reported + 1)
    g_error ("round %u: the file holds %d edits, %u were reported: more than the one in flight",
             round, found, reported);
  else if ((guint32) found == reported + 1)
    c->in_flight_committed++;
  c->edits_checked += reported;
  c->checking_us += g_get_monotonic_time () - start;
}

/* ------------------------------------------------------------ test */

static void
test_kill_during_edits (void)
{
  Crash c = { 0 };
  g_autofree char *initial_dir = vbt_tmpdir ();
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  gint64 test_start = g_get_monotonic_time ();
  gint64 start, full_run[2];
  gboolean killed;
  guint32 n;

  c.rounds = vbd_env_uint ("VB_CRASH_ROUNDS", VBD_SANITIZED ? 60 : 200);
  c.steps = vbd_env_uint ("VB_CRASH_STEPS", 400);
  c.dir = make_work_dir ();
  c.path = g_build_filename (c.dir, "p.vendorbench", NULL);
  c.initial = g_build_filename (initial_dir, "initial.vendorbench", NULL);
  rand = g_rand_new_with_seed (vbd_env_uint ("VB_CRASH_SEED", 20261123));
  g_test_message ("files in %s; %u kills, %u edits per run", c.dir, c.rounds, c.steps);

  /* the starting file: the customer-support template's seeded rows */
  {
    VbProject *p = vb_project_create (c.initial, "Crash test", vbt_template ("customer-support"), "EUR", &error);

    g_assert_no_error (error);
    vb_project_close (p);
    g_object_unref (p);
  }
  c.fingerprints = vbd_reference (c.initial, c.dir, c.steps);

  /* runs that are not killed: every edit, and how long they take */
  for (guint slow = 0; slow < 2; slow++)
    {
      reset_folder (&c);
      start = g_get_monotonic_time ();
      n = edit_and_kill (&c, -1, slow, &killed);
      full_run[slow] = g_get_monotonic_time () - start;
      g_assert_false (killed);
      g_assert_cmpuint (n, ==, c.steps);
      check_after_crash (&c, 0, n, TRUE);
      c.completed++;
      g_test_message ("an uninterrupted run of %u edits takes %.0f ms%s", c.steps, full_run[slow] / 1000.0,
                      slow ? " with slower writes to the file" : "");
    }

  for (guint round = 1; round <= c.rounds; round++)
    {
      gboolean slow = round % 2;
      /* slower runs are killed in their first third: the time is spent in
       * the more interesting moments, not in more of the same edits */
      gint64 span = slow ? full_run[1] / 3 : full_run[0];
      gint64 delay = g_rand_int_range (rand, 0, (gint32) MIN (span, G_MAXINT32));

      reset_folder (&c);
      n = edit_and_kill (&c, delay, slow, &killed);
      if (!killed)
        c.completed++;
      else
        c.kills++;
      switch (journal_state (c.path))
        {
        case JOURNAL_NONE:
          break;
        case JOURNAL_COLD:
          c.cold_journals++;
          break;
        case JOURNAL_HOT:
          c.hot_journals++;
          /* every other interrupted edit is interrupted again while it is
           * rolled back */
          if (c.hot_journals % 2 == 0 && recover_and_kill (&c, g_rand_int_range (rand, 0, 4000)))
            c.recovery_kills++;
          break;
        }
      check_after_crash (&c, round, n, !killed);
    }

  g_test_message ("runs: %u; kills: %u, of which %u left a hot journal (%u more kills during its "
                  "recovery) and %u a journal with nothing in it yet; runs finished before the kill: %u",
                  c.rounds + 2, c.kills, c.hot_journals, c.recovery_kills, c.cold_journals, c.completed);
  g_test_message ("committed edits checked: %" G_GUINT64_FORMAT "; the edit in flight had committed in %u kills",
                  c.edits_checked, c.in_flight_committed);
  g_test_message ("time: %.1f s in all, %.1f s of it checking the files",
                  (g_get_monotonic_time () - test_start) / 1e6, c.checking_us / 1e6);
  g_test_message ("lost committed edits: %" G_GUINT64_FORMAT, c.lost);
  g_assert_cmpuint (c.lost, ==, 0);
  /* the kills must land inside commits, not only between them */
  if (c.rounds >= 50)
    g_assert_cmpuint (c.hot_journals + c.cold_journals, >, 0);

  g_ptr_array_unref (c.fingerprints);
  vbt_rmdir (c.dir);
  vbt_rmdir (initial_dir);
  g_free (c.dir);
  g_free (c.path);
  g_free (c.initial);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-during-edits", test_kill_during_edits);
  return g_test_run ();
}
