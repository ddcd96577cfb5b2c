/* vb-display-keys.h — real key presses, as a user's keyboard makes them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4 has no public way to make a key event (gtk_test_widget_send_key
 * went with GTK 3), and a widget call or an action activation skips what a
 * key press goes through: the capture handlers, the shortcut controllers,
 * the bindings, the focus chain. So these helpers press keys on the X
 * server itself with the XTEST extension, which Xvfb has: the event comes
 * back to the application exactly as one from a keyboard. libXtst is
 * opened at run time (at-spi2-core, a test package, depends on it), so the
 * build needs no development package for it.
 *
 * No window manager runs under Xvfb. A window manager gives the keyboard
 * to the window the user sees — the modal dialog in front, else the
 * window — and back to the window when a dialog closes; vbd_key() does
 * that one thing before each key, and nothing else.
 */

#pragma once

#include <dlfcn.h>
#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>
#include <X11/keysym.h>

#include "vb-display-util.h"

typedef int (*VbdFakeKeyFunc) (Display *display, unsigned int keycode, Bool is_press, unsigned long delay);

typedef struct {
  guint keycode;
  guint presses;
  guint releases;
} VbdKeyLog;

static VbdKeyLog vbd_key_log;

static inline VbdFakeKeyFunc
vbd_fake_key_func (void)
{
  static VbdFakeKeyFunc func;

  if (func == NULL)
    {
      void *lib = dlopen ("libXtst.so.6", RTLD_NOW | RTLD_LOCAL);

      if (lib == NULL)
        g_error ("key presses need libXtst.so.6 (Debian: libxtst6, which at-spi2-core brings): %s", dlerror ());
      func = (VbdFakeKeyFunc) dlsym (lib, "XTestFakeKeyEvent");
      if (func == NULL)
        g_error ("libXtst.so.6 has no XTestFakeKeyEvent");
    }
  return func;
}

static inline gboolean
vbd_key_logged_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   gpointer               pressed)
{
  if (keycode == vbd_key_log.keycode)
    {
      if (pressed)
        vbd_key_log.presses++;
      else
        vbd_key_log.releases++;
    }
  return FALSE;   /* only watching */
}

static inline void
vbd_key_released_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     gpointer               data)
{
  vbd_key_logged_cb (controller, keyval, keycode, state, NULL);
}

static inline void
vbd_watch_keys_of (GtkWidget *w)
{
  GtkEventController *keys;

  if (g_object_get_data (G_OBJECT (w), "vbd-keys"))
    return;
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (vbd_key_logged_cb), GINT_TO_POINTER (1));
  g_signal_connect (keys, "key-released", G_CALLBACK (vbd_key_released_cb), NULL);
  gtk_widget_add_controller (w, keys);
  g_object_set_data (G_OBJECT (w), "vbd-keys", keys);
}

/* A popover (a menu) is a surface of its own, which gets the keys while
 * it is open: its events start at it, not at the window */
static inline void
vbd_watch_popovers (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_POPOVER (c) && gtk_widget_get_mapped (c))
        vbd_watch_keys_of (c);
      if (gtk_widget_get_mapped (c))
        vbd_watch_popovers (c);
    }
}

/* Every window and open popover notes the keys that reach it (in the
 * capture phase, before anything can handle them), so that a press is
 * known to have arrived */
static inline void
vbd_watch_keys (void)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (tops, i);

      vbd_watch_keys_of (w);
      if (gtk_widget_get_mapped (w))
        vbd_watch_popovers (w);
    }
}

static inline gboolean
vbd_transient_of (GtkWindow *w,
                  GtkWindow *ancestor)
{
  for (GtkWindow *p = gtk_window_get_transient_for (w); p; p = gtk_window_get_transient_for (p))
    if (p == ancestor)
      return TRUE;
  return FALSE;
}

/* The window a window manager would give the keyboard to: the modal
 * dialog in front of @window (the last one shown), else @window */
static inline GtkWindow *
vbd_key_window (GtkWindow *window)
{
  GListModel *tops = gtk_window_get_toplevels ();
  GtkWindow *target = window;

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);

      if (w != window && gtk_widget_get_mapped (GTK_WIDGET (w)) && gtk_window_get_modal (w) &&
          vbd_transient_of (w, window) && (target == window || vbd_transient_of (w, target)))
        target = w;
    }
  return target;
}

static inline gboolean
vbd_key_arrived_cb (gpointer data)
{
  return vbd_key_log.presses > GPOINTER_TO_UINT (data);
}

static inline gboolean
vbd_key_released_arrived_cb (gpointer data)
{
  return vbd_key_log.releases > GPOINTER_TO_UINT (data);
}

static inline void
vbd_fake (Display *display,
          KeySym   keysym,
          gboolean press)
{
  KeyCode code = XKeysymToKeycode (display, keysym);

  g_assert_cmpuint (code, !=, 0);
  vbd_fake_key_func () (display, code, press, CurrentTime);
}

/**
 * vbd_key:
 * @window: the project window (its modal dialog, if one is in front,
 *   gets the key)
 * @keyval: a GDK key value (GDK_KEY_Tab, GDK_KEY_a, GDK_KEY_question …)
 * @mods: GDK_CONTROL_MASK, GDK_SHIFT_MASK and GDK_ALT_MASK held with it
 *
 * Presses and releases the key on the X server, holding the modifiers
 * (and Shift, when the key value is on the key's shifted level), and runs
 * the main loop until the press has reached the application and what it
 * set off has run (bounded).
 */
static inline void
vbd_key (GtkWindow       *window,
         guint            keyval,
         GdkModifierType  mods)
{
  GtkWindow *target = vbd_key_window (window);
  GdkDisplay *gdisplay = gtk_widget_get_display (GTK_WIDGET (target));
  Display *display = gdk_x11_display_get_xdisplay (gdisplay);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (target));
  KeyCode code = XKeysymToKeycode (display, keyval);
  gboolean shift = (mods & GDK_SHIFT_MASK) != 0;
  guint presses, releases;
  Window focus;
  int revert;

  if (code == 0)
    g_error ("no key on the keyboard makes %s", gdk_keyval_name (keyval));
  if (XkbKeycodeToKeysym (display, code, 0, 0) != keyval && XkbKeycodeToKeysym (display, code, 0, 1) == keyval)
    shift = TRUE;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (target)));
  vbd_watch_keys ();
  XGetInputFocus (display, &focus, &revert);
  if (focus != gdk_x11_surface_get_xid (surface))
    {
      XSetInputFocus (display, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
      XSync (display, False);
      vbd_iterate (20);
    }

  vbd_key_log.keycode = code;
  presses = vbd_key_log.presses;
  releases = vbd_key_log.releases;
  if (mods & GDK_CONTROL_MASK)
    vbd_fake (display, XK_Control_L, TRUE);
  if (mods & GDK_ALT_MASK)
    vbd_fake (display, XK_Alt_L, TRUE);
  if (shift)
    vbd_fake (display, XK_Shift_L, TRUE);
  vbd_fake_key_func () (display, code, True, CurrentTime);
  XSync (display, False);
  if (!vbd_wait_for (vbd_key_arrived_cb, GUINT_TO_POINTER (presses), 3000))
    g_error ("the key %s never reached the application", gdk_keyval_name (keyval));
  vbd_fake_key_func () (display, code, False, CurrentTime);
  if (shift)
    vbd_fake (display, XK_Shift_L, FALSE);
  if (mods & GDK_ALT_MASK)
    vbd_fake (display, XK_Alt_L, FALSE);
  if (mods & GDK_CONTROL_MASK)
    vbd_fake (display, XK_Control_L, FALSE);
  XSync (display, False);
  /* the release goes to whichever window has the keyboard now (a dialog
   * the press opened has no watcher yet): wait for it a little only */
  vbd_watch_keys ();
  vbd_wait_for (vbd_key_released_arrived_cb, GUINT_TO_POINTER (releases), 300);
  vbd_iterate (30);
}

/* Types @text (printable ASCII) key by key */
static inline void
vbd_type (GtkWindow  *window,
          const char *text)
{
  for (const char *p = text; *p; p++)
    vbd_key (window, gdk_unicode_to_keyval ((guchar) *p), 0);
}

/* Presses @keyval (with @mods) until @cond holds, at most @max times;
 * returns how many presses it took, or fails */
static inline guint
vbd_key_until (GtkWindow       *window,
               guint            keyval,
               GdkModifierType  mods,
               VbdCondition     cond,
               gpointer         data,
               guint            max,
               const char      *what)
{
  for (guint i = 1; i <= max; i++)
    {
      vbd_key (window, keyval, mods);
      if (cond (data))
        return i;
    }
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (vbd_key_window (window)));

    g_error ("%u presses of %s did not reach %s; focus is on %s “%s”", max, gdk_keyval_name (keyval), what,
             focus ? G_OBJECT_TYPE_NAME (focus) : "nothing", focus ? gtk_widget_get_name (focus) : "");
  }
  return 0;
}
