/* vb-display-window.h — a project in a real window, for the stage tests
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project file made in the test's folder (the fixture), opened in a
 * VbWindow of the application at a given size, and the pieces of that
 * window the stage tests look at: the stage pages, the sidebar, the
 * toasts. What the tests check is read back from the file on disk
 * (vbd_db_text) through a connection of their own.
 */

#pragma once

#include <sqlite3.h>

#include "vb-display-app.h"
#include "vb-project.h"
#include "vb-project-view.h"
#include "vb-stage-page.h"
#include "vb-window.h"

typedef struct {
  char      *path;
  VbWindow  *window;
  VbProject *project;   /* the window's: for fixtures and reading results */
} VbdProjectWindow;

/* Creates a project file from @template in @folder and closes it */
static inline char *
vbd_make_project (const char        *folder,
                  const char        *name,
                  VbProjectTemplate  template_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strconcat (name, VB_PROJECT_SUFFIX, NULL);
  char *path = g_build_filename (folder, file, NULL);
  g_autoptr(VbProject) project = NULL;

  g_mkdir_with_parents (folder, 0755);
  g_unlink (path);
  project = vb_project_create (path, name, template_id, "EUR", &error);
  g_assert_no_error (error);
  vb_project_close (project);
  return path;
}

/* Opens @path in a new window of @width × @height */
static inline void
vbd_open (VbdProjectWindow *pw,
          VbApplication    *app,
          const char       *path,
          int               width,
          int               height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = vb_project_open (path, &error);
  GtkWindow *window;

  g_assert_no_error (error);
  window = vb_application_new_window (app);
  gtk_window_set_default_size (window, width, height);
  window = vb_application_show_project (app, project, window);
  g_assert_true (VB_IS_WINDOW (window));
  pw->path = g_strdup (path);
  pw->window = VB_WINDOW (window);
  pw->project = vb_window_get_project (pw->window);
  g_assert_true (pw->project == project);
  gtk_widget_grab_focus (GTK_WIDGET (window));
  vbd_iterate (100);
  /* the size asked for, less the frame the window draws itself */
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width), <=, 24);
}

static inline void
vbd_close (VbdProjectWindow *pw)
{
  GListModel *tops = gtk_window_get_toplevels ();

  /* dialogs and editors first, then the windows; a hidden window is a
   * file chooser's, which its window destroys with it */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = g_list_model_get_n_items (tops); i > 0; i--)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i - 1);

        if (w == NULL || VB_IS_WINDOW (w) != (pass == 1) || (pass == 0 && !gtk_widget_get_visible (GTK_WIDGET (w))))
          continue;
        gtk_window_destroy (w);
        vbd_iterate (10);
        i = MIN (i, g_list_model_get_n_items (tops) + 1);
      }
  vbd_iterate (30);
  g_clear_pointer (&pw->path, g_free);
  pw->window = NULL;
  pw->project = NULL;
}

/* The page of @stage, shown through the sidebar as a click does */
static inline GtkWidget *
vbd_show_stage (VbdProjectWindow *pw,
                VbStage           stage)
{
  gtk_widget_activate_action (GTK_WIDGET (pw->window), "win.show-stage", "s", vb_stage_get_id (stage));
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (pw->window), ==, stage);
  return vb_window_get_stage_page (pw->window, stage);
}

/* A named child of the window's project view (vb-project-view.ui) */
static inline gpointer
vbd_view_child (VbdProjectWindow *pw,
                const char       *name)
{
  GtkWidget *view = vb_window_get_project_view (pw->window);

  g_assert_true (VB_IS_PROJECT_VIEW (view));
  return vb_project_view_get_child (VB_PROJECT_VIEW (view), name);
}

/* The sidebar: the window's list of stages */
static inline GtkWidget *
vbd_sidebar (VbdProjectWindow *pw)
{
  GObject *list = vbd_view_child (pw, "stage_list");

  g_assert_true (GTK_IS_LIST_BOX (list));
  return GTK_WIDGET (list);
}

/* The sidebar's row of @stage (the rows keep their stage in "vb-stage") */
static inline GtkWidget *
vbd_sidebar_row (VbdProjectWindow *pw,
                 VbStage           stage)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (vbd_sidebar (pw)), i);

      if (row == NULL)
        g_error ("the sidebar has no row for the stage “%s”", vb_stage_get_id (stage));
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage")) == (int) stage)
        return GTK_WIDGET (row);
    }
}

/* A toast shown now whose title contains @part: its widget, or NULL */
static inline GtkWidget *
vbd_find_toast (VbdProjectWindow *pw,
                const char       *part)
{
  GtkWidget *overlay = adw_application_window_get_content (ADW_APPLICATION_WINDOW (pw->window));
  GtkWidget *label;

  g_assert_true (ADW_IS_TOAST_OVERLAY (overlay));
  /* the toast is the last child of the overlay, over its content */
  for (GtkWidget *c = gtk_widget_get_last_child (overlay); c; c = gtk_widget_get_prev_sibling (c))
    {
      if (c == adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay)))
        continue;
      if ((label = vbd_find_label (c, part)))
        return c;
    }
  return NULL;
}

/* How many toasts the overlay holds now, showing or still leaving */
static inline guint
vbd_count_toasts (VbdProjectWindow *pw)
{
  GtkWidget *overlay = adw_application_window_get_content (ADW_APPLICATION_WINDOW (pw->window));
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (overlay); c; c = gtk_widget_get_next_sibling (c))
    if (c != adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay)))
      n++;
  return n;
}

/* The toast that says @part, waiting for it a bounded time: a toast that
 * follows another waits until the old one has left (libadwaita 1.2
 * crashes otherwise, vb-gui-util.c) */
static inline GtkWidget *
vbd_wait_toast (VbdProjectWindow *pw,
                const char       *part,
                guint             ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;
  GtkWidget *toast;

  while (!(toast = vbd_find_toast (pw, part)) && g_get_monotonic_time () < end)
    vbd_iterate (20);
  return toast;
}

/* The toast's button (Undo) */
static inline GtkWidget *
vbd_toast_button (GtkWidget *toast)
{
  GtkWidget *button = vbd_find (toast, vbd_match_type, GSIZE_TO_POINTER (GTK_TYPE_BUTTON));

  /* the first button is the toast's own (Undo), the last its close button */
  g_assert_nonnull (button);
  return button;
}
