/* vb-display-util.h — what the display tests share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running the main loop for a bounded time, finding widgets and windows,
 * typing into a field as a user does, and removing a test's folder.
 */

#pragma once

#include <glib/gstdio.h>
#include <gtk/gtk.h>

/* Run the main loop for @ms milliseconds (bounded: a test never hangs) */
static inline void
vbd_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  do
    while (g_main_context_iteration (NULL, FALSE))
      ;
  while (g_get_monotonic_time () < end && (g_usleep (1000), TRUE));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef gboolean (*VbdMatch) (GtkWidget *w, gconstpointer data);

/* The first descendant of @root, depth first, that @match accepts */
static inline GtkWidget *
vbd_find (GtkWidget     *root,
          VbdMatch       match,
          gconstpointer  data)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (match (c, data))
        return c;
      if ((found = vbd_find (c, match, data)))
        return found;
    }
  return NULL;
}

/* The first visible toplevel of @type (a dialog, a window) */
static inline GtkWindow *
vbd_shown_toplevel (GType type)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

/* What Enter does in a text field: GtkText emits "activate" */
static inline void
vbd_press_enter (GtkWidget *editable)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));

  g_signal_emit_by_name (delegate ? delegate : GTK_EDITABLE (editable), "activate");
  vbd_iterate (20);
}

/* Type @text into a field and press Enter */
static inline void
vbd_type_and_enter (GtkWidget  *editable,
                    const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  vbd_iterate (10);
  vbd_press_enter (editable);
}

static inline GtkWidget *
vbd_last_row (GtkWidget *list)
{
  GtkWidget *last = NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_BOX_ROW (c))
      last = c;
  g_assert_nonnull (last);
  return last;
}

/* A test's folder and everything in it, read-only folders included */
static inline void
vbd_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir)
    {
      g_chmod (path, 0755);
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            vbd_remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}
