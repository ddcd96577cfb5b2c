/* vb-display-util.h — what the display tests share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running the main loop for a bounded time, finding widgets and windows,
 * typing into a field as a user does, whether a widget has the focus or is
 * in view, reading the project file on disk through a connection of our own
 * (include sqlite3.h first), and removing a test's folder.
 */

#pragma once

#include <string.h>
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

/* ------------------------------------------------------------ waiting */

typedef gboolean (*VbdCondition) (gpointer data);

/* Run the main loop until @cond holds, for at most @ms milliseconds (a
 * bound, not a measure: the caller asserts on the result) */
static inline gboolean
vbd_wait_for (VbdCondition cond,
              gpointer     data,
              guint        ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  for (;;)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (cond (data))
        return TRUE;
      if (g_get_monotonic_time () >= end)
        return FALSE;
      g_usleep (1000);
    }
}

/* ------------------------------------------------------------ finding widgets */

static inline gboolean
vbd_match_name (GtkWidget    *w,
                gconstpointer data)
{
  return g_strcmp0 (gtk_widget_get_name (w), data) == 0;
}

static inline gboolean
vbd_match_type (GtkWidget    *w,
                gconstpointer data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (w, GPOINTER_TO_SIZE (data));
}

static inline gboolean
vbd_match_visible_name (GtkWidget    *w,
                        gconstpointer data)
{
  return vbd_match_name (w, data) && gtk_widget_is_visible (w);
}

/* A widget named @name below @root (a visible one first); asserts */
static inline GtkWidget *
vbd_by_name (GtkWidget  *root,
             const char *name)
{
  GtkWidget *w = vbd_find (root, vbd_match_visible_name, name);

  if (w == NULL)
    w = vbd_find (root, vbd_match_name, name);
  if (w == NULL)
    g_error ("no widget named “%s” below the %s", name, G_OBJECT_TYPE_NAME (root));
  return w;
}

static inline GtkWidget *
vbd_by_type (GtkWidget *root,
             GType      type)
{
  GtkWidget *w = vbd_find (root, vbd_match_type, GSIZE_TO_POINTER (type));

  if (w == NULL)
    g_error ("no %s below the %s", g_type_name (type), G_OBJECT_TYPE_NAME (root));
  return w;
}

typedef struct {
  const char *action;
  const char *target;   /* a string target, NULL: any */
  gboolean    visible;  /* only a button the user can see */
} VbdActionSpec;

static inline gboolean
vbd_match_action (GtkWidget    *w,
                  gconstpointer data)
{
  const VbdActionSpec *spec = data;
  GVariant *target;

  if (!GTK_IS_ACTIONABLE (w) || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), spec->action) != 0)
    return FALSE;
  if (spec->visible && !gtk_widget_is_drawable (w))
    return FALSE;
  if (spec->target == NULL)
    return TRUE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w));
  return target && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING) &&
         g_str_equal (g_variant_get_string (target, NULL), spec->target);
}

/* The button (or row) bound to @action (with the string @target, when not
 * NULL) that is on screen; NULL when there is none */
static inline GtkWidget *
vbd_find_action (GtkWidget  *root,
                 const char *action,
                 const char *target)
{
  VbdActionSpec spec = { action, target, TRUE };

  return vbd_find (root, vbd_match_action, &spec);
}

static inline GtkWidget *
vbd_action_button (GtkWidget  *root,
                   const char *action,
                   const char *target)
{
  GtkWidget *w = vbd_find_action (root, action, target);

  if (w == NULL)
    g_error ("no button on screen for %s%s%s", action, target ? " " : "", target ? target : "");
  return w;
}

static inline gboolean
vbd_match_label_part (GtkWidget    *w,
                      gconstpointer data)
{
  return GTK_IS_LABEL (w) && gtk_widget_is_drawable (w) && strstr (gtk_label_get_text (GTK_LABEL (w)), data) != NULL;
}

/* A label on screen below @root whose text contains @part, or NULL */
static inline GtkWidget *
vbd_find_label (GtkWidget  *root,
                const char *part)
{
  return vbd_find (root, vbd_match_label_part, part);
}

static inline gboolean
vbd_drawable_cb (gpointer data)
{
  return gtk_widget_is_drawable (data);
}

/* Waits (bounded) until @w is on screen: a row that expands, a page that
 * slides in, reveal their content over a few frames */
static inline GtkWidget *
vbd_wait_drawable (GtkWidget *w)
{
  g_assert_nonnull (w);
  if (!vbd_wait_for (vbd_drawable_cb, w, 2000))
    g_error ("the %s “%s” never came on screen", G_OBJECT_TYPE_NAME (w), gtk_widget_get_name (w));
  return w;
}

/* A click: the button must be on screen (it may still be coming) and sensitive */
static inline void
vbd_click (GtkWidget *button)
{
  vbd_wait_drawable (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  if (GTK_IS_BUTTON (button))
    g_signal_emit_by_name (button, "clicked");
  else
    gtk_widget_activate (button);
  vbd_iterate (30);
}

static inline guint
vbd_count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_BOX_ROW (c) && gtk_widget_get_child_visible (c) && gtk_widget_get_visible (c))
      n++;
  return n;
}

/* ------------------------------------------------------------ focus and view */

/* The keyboard focus of @window is on @w or inside it */
static inline gboolean
vbd_focus_is_in (GtkWindow *window,
                 GtkWidget *w)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus && w && (focus == w || gtk_widget_is_ancestor (focus, w));
}

#define vbd_assert_focus_in(window, w) \
  G_STMT_START { \
    GtkWidget *vbd_f_ = gtk_root_get_focus (GTK_ROOT (window)); \
    GtkWidget *vbd_w_ = (w); \
    if (!vbd_focus_is_in (GTK_WINDOW (window), vbd_w_)) \
      g_error ("%s:%d: focus is on %s “%s”, not in the %s “%s”", __FILE__, __LINE__, \
               vbd_f_ ? G_OBJECT_TYPE_NAME (vbd_f_) : "nothing", vbd_f_ ? gtk_widget_get_name (vbd_f_) : "", \
               vbd_w_ ? G_OBJECT_TYPE_NAME (vbd_w_) : "(null)", vbd_w_ ? gtk_widget_get_name (vbd_w_) : ""); \
  } G_STMT_END

/* Whether @w is drawn and lies wholly inside the visible part of its
 * scrolled window (its viewport) and inside its window */
static inline gboolean
vbd_in_view (GtkWidget *w)
{
  GtkWidget *scroller, *root;
  graphene_rect_t b;

  if (w == NULL || !gtk_widget_is_drawable (w))
    return FALSE;
  root = GTK_WIDGET (gtk_widget_get_root (w));
  for (scroller = gtk_widget_get_ancestor (w, GTK_TYPE_SCROLLED_WINDOW); scroller;
       scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (scroller), GTK_TYPE_SCROLLED_WINDOW))
    {
      if (!gtk_widget_compute_bounds (w, scroller, &b))
        return FALSE;
      if (b.origin.y < -1 || b.origin.y + b.size.height > gtk_widget_get_height (scroller) + 1 ||
          b.origin.x < -1 || b.origin.x + b.size.width > gtk_widget_get_width (scroller) + 1)
        return FALSE;
      if (gtk_widget_get_parent (scroller) == NULL)
        break;
    }
  if (!gtk_widget_compute_bounds (w, root, &b))
    return FALSE;
  return b.origin.y >= -1 && b.origin.y + b.size.height <= gtk_widget_get_height (root) + 1 &&
         b.origin.x >= -1 && b.origin.x + b.size.width <= gtk_widget_get_width (root) + 1;
}

static inline gboolean
vbd_in_view_cb (gpointer data)
{
  return vbd_in_view (data);
}

/* Waits (bounded) for @w to be scrolled into view, then asserts it is */
#define vbd_assert_in_view(w) \
  G_STMT_START { \
    GtkWidget *vbd_v_ = (w); \
    if (!vbd_wait_for (vbd_in_view_cb, vbd_v_, 2000)) \
      { \
        graphene_rect_t vbd_b_ = GRAPHENE_RECT_INIT (0, 0, 0, 0); \
        GtkWidget *vbd_s_ = gtk_widget_get_ancestor (vbd_v_, GTK_TYPE_SCROLLED_WINDOW); \
        if (vbd_s_ && !gtk_widget_compute_bounds (vbd_v_, vbd_s_, &vbd_b_)) \
          vbd_b_ = GRAPHENE_RECT_INIT (-1, -1, 0, 0); \
        g_error ("%s:%d: the %s “%s” is not in view: at y %.0f, %.0f high, in a view %d high (drawable %d)", \
                 __FILE__, __LINE__, G_OBJECT_TYPE_NAME (vbd_v_), gtk_widget_get_name (vbd_v_), \
                 vbd_b_.origin.y, vbd_b_.size.height, vbd_s_ ? gtk_widget_get_height (vbd_s_) : -1, \
                 gtk_widget_is_drawable (vbd_v_)); \
      } \
  } G_STMT_END

/* Scroll the scrolled window of @w (@w itself, the one it is in, or for a
 * page the first one in it) as a user does with the wheel: to the top (0)
 * or the bottom (1) */
static inline void
vbd_scroll_to (GtkWidget *w,
               double     where)
{
  GtkWidget *scroller = GTK_IS_SCROLLED_WINDOW (w) ? w : gtk_widget_get_ancestor (w, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj;

  if (scroller == NULL)
    scroller = vbd_find (w, vbd_match_type, GSIZE_TO_POINTER (GTK_TYPE_SCROLLED_WINDOW));

  g_assert_nonnull (scroller);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* again until the page stops growing: a layout still settling (an editor
   * just closed) moves “the end” after the first try (bounded) */
  for (guint tries = 0; tries < 40; tries++)
    {
      double target = gtk_adjustment_get_lower (adj) +
                      where * (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));

      gtk_adjustment_set_value (adj, target);
      vbd_iterate (50);
      if (G_APPROX_VALUE (gtk_adjustment_get_value (adj),
                          gtk_adjustment_get_lower (adj) +
                          where * (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)), 0.5))
        break;
    }
}

/* ------------------------------------------------------------ the file on disk */

/* The first column of the first row of @sql, read through a connection of
 * our own: what is on disk, not what the project object holds ("" for
 * no row or NULL) */
#ifdef SQLITE_OK
static inline char *
vbd_db_text (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return out ? out : g_strdup ("");
}

static inline gint64
vbd_db_int (const char *path,
            const char *sql)
{
  g_autofree char *text = vbd_db_text (path, sql);

  return *text ? g_ascii_strtoll (text, NULL, 10) : -1;
}
#endif
