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

#include <adwaita.h>

#include "vb-application.h"
#include "vb-display-util.h"

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
  vbd_remove_tree (*tmp_root);
  g_clear_pointer (tmp_root, g_free);
}
