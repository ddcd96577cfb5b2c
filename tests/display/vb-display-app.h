/* vb-display-app.h — the application the window tests run in
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A registered, held VbApplication whose recent list, trash, cache (the
 * sample's copy) and settings live in a temporary folder, never in the
 * user's home.
 */

#pragma once

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <linux/fs.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "vb-application.h"
#include "vb-display-util.h"

/* Sets or clears the immutable attribute of @path (chattr +i): as root it
 * is the one way to make a file or a folder that cannot be written to
 * without a read-only mount, since root ignores the mode bits. */
static inline gboolean
vbd_app_set_immutable (const char *path,
                       gboolean    immutable)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
  int flags = 0;
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok && immutable != ((flags & FS_IMMUTABLE_FL) != 0))
    {
      flags = immutable ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);
  return ok;
}

/* A test's folder and everything in it, read-only and immutable entries
 * included (a failed read-only test may leave some behind) */
static inline void
vbd_app_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  vbd_app_set_immutable (path, FALSE);
  dir = g_dir_open (path, 0, NULL);
  if (dir)
    {
      g_chmod (path, 0755);
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            vbd_app_remove_tree (child);
          else
            {
              vbd_app_set_immutable (child, FALSE);
              g_unlink (child);
            }
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

/* G_DEBUG=fatal-criticals makes every critical end the test, ours and
 * GTK's alike — except one of GTK 4.8's X11 backend: now and then, under
 * a freshly started Xvfb, it asks a monitor that is not there yet for its
 * geometry while placing a new window (gdk_monitor_get_geometry with no
 * monitor; no caller of ours). That one is noted in the test's log and
 * let go; every other message of GDK goes on as before. */
static gboolean
vbd_app_known_gtk_critical (const char     *domain,
                            GLogLevelFlags  level,
                            const char     *message)
{
  return g_strcmp0 (domain, "Gdk") == 0 && (level & G_LOG_LEVEL_CRITICAL) &&
         g_str_has_prefix (message, "gdk_monitor_get_geometry: assertion 'GDK_IS_MONITOR (monitor)' failed");
}

static void
vbd_app_gdk_log (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        user_data)
{
  if (vbd_app_known_gtk_critical (domain, level, message))
    g_test_message ("GTK's own critical, let go: %s", message);
  else
    g_log_default_handler (domain, level, message, user_data);
}

static gboolean
vbd_app_fatal_log (const char     *domain,
                   GLogLevelFlags  level,
                   const char     *message,
                   gpointer        user_data)
{
  return !vbd_app_known_gtk_critical (domain, level, message);
}

/* Sets the environment, starts GTK and libadwaita and returns the
 * application; *tmp_root is the test's folder. Call first in main(). */
static inline VbApplication *
vbd_app_start (int          *argc,
               char       ***argv,
               const char   *name,
               char        **tmp_root)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("vb-test-%s-XXXXXX", name);
  VbApplication *app;

  *tmp_root = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", *tmp_root, TRUE);
  g_setenv ("XDG_CACHE_HOME", *tmp_root, TRUE);
  g_setenv ("XDG_CONFIG_HOME", *tmp_root, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  gtk_test_init (argc, argv, NULL);
  g_log_set_handler ("Gdk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL, vbd_app_gdk_log, NULL);
  g_test_log_set_fatal_handler (vbd_app_fatal_log, NULL);
  /* a freshly started Xvfb may not have told GDK of its screen yet: a
   * window placed then finds no monitor (the critical above, and a test
   * program that ended without a word in two CI runs). Wait for it, 5 s
   * at most. */
  {
    GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
    gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (g_list_model_get_n_items (monitors) == 0 && g_get_monotonic_time () < until)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10 * 1000);
      }
    if (g_list_model_get_n_items (monitors) == 0)
      g_test_message ("no monitor after 5 s: the windows are placed without one");
  }
  adw_init ();

  app = vb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  return app;
}

static inline void
vbd_app_stop (VbApplication **app,
              char          **tmp_root)
{
  g_application_release (G_APPLICATION (*app));
  g_clear_object (app);
  vbd_app_remove_tree (*tmp_root);
  g_clear_pointer (tmp_root, g_free);
}
