/* vb-gui-util.c — small things every view uses
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-gui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-window.h"

void
vb_set_accessible_label (GtkWidget  *widget,
                         const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

GtkWidget *
vb_row_action_button_new (const char *label,
                          const char *action,
                          const char *uuid,
                          const char *name)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uuid);
  gtk_widget_set_name (button, name);
  return button;
}

GtkWidget *
vb_actions_row_new (GtkWidget  *box,
                    const char *accessible_name)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_end (box, 12);
  /* a list row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (row, accessible_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* An icon-only button that a screen reader can name, with the same tooltip */
GtkWidget *
vb_icon_button_new (const char *icon_name,
                    const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  vb_set_accessible_label (button, label);
  return button;
}

/* A small rounded label beside a row's title: “Example”, “Outsource” */
GtkWidget *
vb_tag_new (const char *text,
            const char *css_class)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_add_css_class (tag, "vb-tag");
  if (css_class)
    gtk_widget_add_css_class (tag, css_class);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  return tag;
}

/* @text with its spaces and hyphens made unbreakable (U+00A0, U+2011):
 * a phone number or an amount is never split over two lines */
char *
vb_unbreakable (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        g_string_append (s, "\u00a0");
      else if (c == '-')
        g_string_append (s, "\u2011");
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* An expander row's subtitle on one line, cut with an ellipsis: the whole
 * text is in the fields it opens. libadwaita 1.2 has no subtitle-lines on
 * AdwExpanderRow, but its header is an AdwActionRow, which has. */
static GtkWidget *
header_row (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (c))
        return c;
      /* not into the rows it opens */
      if (!GTK_IS_REVEALER (c) && (found = header_row (c)))
        return found;
    }
  return NULL;
}

void
vb_expander_row_limit_subtitle (GtkWidget *row)
{
  GtkWidget *header;

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  header = header_row (row);
  if (header)
    adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (header), 1);
}

/* A tag's colour for one value of an enumeration: the style class
 * “PREFIX-VALUE” (vb-status-3), and none of the others */
void
vb_tag_set_variant (GtkWidget  *tag,
                    const char *prefix,
                    guint       value,
                    guint       n_values)
{
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *css = g_strdup_printf ("%s-%u", prefix, i);

      if (i == value)
        gtk_widget_add_css_class (tag, css);
      else
        gtk_widget_remove_css_class (tag, css);
    }
}

/* User text for a row title (AdwPreferencesRow uses markup) */
char *
vb_markup_escape (const char *text,
                  const char *fallback)
{
  return g_markup_escape_text (vb_str_is_blank (text) ? fallback : text, -1);
}

/* ------------------------------------------------------------ focus */

/* What the scrolled window scrolls, in the coordinates of the adjustment:
 * a child that is not scrollable itself sits in a GtkViewport, which is
 * only as large as the view — its child is the content */
static GtkWidget *
scrolled_content (GtkWidget  *widget,
                  GtkWidget **scroller)
{
  GtkWidget *child;

  *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  child = *scroller ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (*scroller)) : NULL;
  if (GTK_IS_VIEWPORT (child) && gtk_viewport_get_child (GTK_VIEWPORT (child)))
    child = gtk_viewport_get_child (GTK_VIEWPORT (child));
  return child;
}

/* Scrolls @widget into view; returns where it lies in the content (and
 * how tall the content is), to tell when the layout has settled */
static double
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scroller;
  GtkWidget *content = scrolled_content (widget, &scroller);
  graphene_rect_t bounds;

  if (content && gtk_widget_compute_bounds (widget, content, &bounds))
    {
      GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      double top = bounds.origin.y - 12, bottom = bounds.origin.y + bounds.size.height + 12;

      /* a tall editor: show its top */
      if (bottom - top > gtk_adjustment_get_page_size (vadj))
        bottom = top + gtk_adjustment_get_page_size (vadj);
      gtk_adjustment_clamp_page (vadj, top, bottom);
      return bounds.origin.y + bounds.size.height * 1e-3 + gtk_adjustment_get_upper (vadj) * 1e6;
    }
  return -1;
}

#define SCROLL_STABLE_FRAMES 3
#define SCROLL_MAX_FRAMES 90

typedef struct {
  guint  frames;
  guint  stable;
  double last;
} ScrollTick;

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ScrollTick *tick = g_object_get_data (G_OBJECT (widget), "vb-scroll-tick");
  double where;

  /* a widget just built has no allocation on its first frame, and a row
   * that expands or a page that slides in moves it for a few more: keep
   * it in view until its place has not changed for a few frames */
  where = scroll_into_view (widget);
  tick->stable = where >= 0 && where == tick->last ? tick->stable + 1 : 0;
  tick->last = where;
  if (tick->stable >= SCROLL_STABLE_FRAMES || ++tick->frames >= SCROLL_MAX_FRAMES)
    {
      g_object_set_data (G_OBJECT (widget), "vb-scroll-tick", NULL);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * vb_focus_widget:
 *
 * Moves the keyboard focus to @widget — or, if it takes no focus itself,
 * to its first focusable descendant — and scrolls it into view, once it
 * has been laid out (a widget just revealed or built has no allocation
 * yet).
 */
void
vb_focus_widget (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!gtk_widget_grab_focus (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  scroll_into_view (widget);
  if (g_object_get_data (G_OBJECT (widget), "vb-scroll-tick") == NULL)
    {
      gtk_widget_add_tick_callback (widget, scroll_tick_cb, NULL, NULL);
      g_object_set_data_full (G_OBJECT (widget), "vb-scroll-tick", g_new0 (ScrollTick, 1), g_free);
    }
  else
    {
      ScrollTick *tick = g_object_get_data (G_OBJECT (widget), "vb-scroll-tick");

      tick->frames = tick->stable = 0;
    }
}

/* Whether the widget lies wholly inside its scrolled window's view */
gboolean
vb_widget_is_on_screen (GtkWidget *widget)
{
  GtkWidget *scroller;
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller == NULL)
    return TRUE;
  if (!gtk_widget_compute_bounds (widget, scroller, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller) + 1;
}

/* ------------------------------------------------------------ messages */

/* Show a failed write to the user: the window shows "win.show-error" as a
 * toast; the message is the core's, in words for a business owner */
void
vb_report_error (GtkWidget    *widget,
                 const GError *error)
{
  if (error == NULL)
    return;
  g_debug ("%s", error->message);
  if (widget == NULL)
    return;
  gtk_widget_activate_action (widget, "win.show-error", "s", error->message);
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *content;

  if (!ADW_IS_APPLICATION_WINDOW (root))
    return NULL;
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (root));
  return ADW_IS_TOAST_OVERLAY (content) ? ADW_TOAST_OVERLAY (content) : NULL;
}

/* Toasts, one at a time per overlay, each only once the last has gone.
 *
 * libadwaita 1.2 frees a toast's bookkeeping when its hide animation ends,
 * while its show animation may still be running and write into it later: a
 * crash (a bad unref in AdwToastOverlay, or "assertion failed:
 * (!info->widget)"). That happens when a toast shown while another one is
 * leaving (its show then takes 500 ms) is dismissed within 200 ms — by a
 * quick click on its button, or by a newer toast replacing it. So a toast
 * is added only when the overlay holds no toast at all, showing and hiding
 * alike: its show then takes 300 ms, as long as any hide that follows it,
 * which therefore ends later. The toast shown gives way to a newer one (it
 * is dismissed) once it has been seen for TOAST_SEEN_MS, an undo toast at
 * once when it no longer names the latest edit. */
#define TOAST_QUEUE_KEY "vb-toast-queue"
#define TOAST_SEEN_MS   700
#define TOAST_POLL_MS   50

typedef struct {
  AdwToastOverlay *overlay;   /* weak: the queue is its data */
  AdwToast        *shown;     /* in the overlay, or NULL */
  gint64           shown_at;
  GQueue           pending;   /* owned toasts waiting, oldest first */
  guint            source;
} ToastQueue;

static void
toast_queue_free (gpointer data)
{
  ToastQueue *q = data;

  g_clear_handle_id (&q->source, g_source_remove);
  g_queue_clear_full (&q->pending, g_object_unref);
  g_free (q);
}

static ToastQueue *
toast_queue_for (AdwToastOverlay *overlay)
{
  ToastQueue *q = g_object_get_data (G_OBJECT (overlay), TOAST_QUEUE_KEY);

  if (q == NULL)
    {
      q = g_new0 (ToastQueue, 1);
      q->overlay = overlay;
      g_queue_init (&q->pending);
      g_object_set_data_full (G_OBJECT (overlay), TOAST_QUEUE_KEY, q, toast_queue_free);
    }
  return q;
}

static gint64
ms_since (gint64 then)
{
  return (g_get_monotonic_time () - then) / 1000;
}

/* A toast widget (shown, or still leaving) is a child beside the content */
static gboolean
overlay_holds_toast (AdwToastOverlay *overlay)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != content)
      return TRUE;
  return FALSE;
}

static void
on_toast_dismissed_cb (AdwToast        *toast,
                       AdwToastOverlay *overlay)
{
  ToastQueue *q = toast_queue_for (overlay);

  if (q->shown == toast)
    q->shown = NULL;
}

/* Shows the next toast if the overlay is ready for it; TRUE when there is
 * nothing left to wait for */
static gboolean
show_next (ToastQueue *q)
{
  gboolean stale;

  /* a window closing takes its toasts with it (libadwaita 1.2's toast keeps
   * a plain pointer to its overlay: leave them alone) */
  if (gtk_widget_get_root (GTK_WIDGET (q->overlay)) == NULL)
    {
      g_queue_clear_full (&q->pending, g_object_unref);
      q->shown = NULL;
      return TRUE;
    }

  stale = q->shown && g_object_get_data (G_OBJECT (q->shown), "vb-stale");
  /* the one shown gives way, once it has been seen, to a newer toast or
   * because it no longer says what is true */
  if (q->shown && (stale || !g_queue_is_empty (&q->pending)) && ms_since (q->shown_at) >= TOAST_SEEN_MS)
    {
      adw_toast_dismiss (q->shown);   /* on_toast_dismissed_cb clears q->shown */
      q->shown = NULL;
      stale = FALSE;
    }
  if (g_queue_is_empty (&q->pending))
    return !stale;
  if (q->shown != NULL || overlay_holds_toast (q->overlay))
    return FALSE;
  q->shown = g_queue_pop_head (&q->pending);
  q->shown_at = g_get_monotonic_time ();
  g_signal_connect_object (q->shown, "dismissed", G_CALLBACK (on_toast_dismissed_cb), q->overlay, 0);
  adw_toast_overlay_add_toast (q->overlay, q->shown);   /* takes our reference */
  return g_queue_is_empty (&q->pending);
}

static gboolean
show_next_cb (gpointer data)
{
  ToastQueue *q = data;

  if (!show_next (q))
    return G_SOURCE_CONTINUE;
  q->source = 0;
  return G_SOURCE_REMOVE;
}

static void
toast_queue_push (AdwToastOverlay *overlay,
                  AdwToast        *toast)
{
  ToastQueue *q = toast_queue_for (overlay);

  g_queue_push_tail (&q->pending, g_object_ref_sink (toast));
  if (!show_next (q) && q->source == 0)
    q->source = g_timeout_add (TOAST_POLL_MS, show_next_cb, q);
}

/**
 * vb_toast_overlay_add:
 * @overlay: the overlay
 * @toast: (transfer full): a toast
 *
 * Shows @toast in @overlay after the toasts before it, one at a time (see
 * above: every toast of the application goes through here).
 */
void
vb_toast_overlay_add (AdwToastOverlay *overlay,
                      AdwToast        *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));
  toast_queue_push (overlay, toast);
}

void
vb_show_toast (GtkWidget *widget,
               AdwToast  *toast)
{
  AdwToastOverlay *overlay = find_overlay (widget);

  if (overlay)
    toast_queue_push (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* The undo toast no longer names the edit Undo takes back: away with it.
 * One still waiting is dropped; the one shown is dismissed once it has been
 * seen for TOAST_SEEN_MS (show_next, polled until then). */
static void
retire (ToastQueue *q,
        AdwToast   *toast)
{
  if (g_queue_remove (&q->pending, toast))
    {
      g_object_unref (toast);
      return;
    }
  if (toast != q->shown)
    return;
  g_object_set_data (G_OBJECT (toast), "vb-stale", GINT_TO_POINTER (1));
  if (!show_next (q) && q->source == 0)
    q->source = g_timeout_add (TOAST_POLL_MS, show_next_cb, q);
}

static void
on_undo_toast_project_changed_cb (VbProject *project,
                                  AdwToast  *toast)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (toast), "vb-overlay");
  g_autoptr(AdwToastOverlay) overlay = ref ? g_weak_ref_get (ref) : NULL;

  if (overlay)
    retire (toast_queue_for (overlay), toast);
}

/* “Vendor removed” with Undo: removal without a confirmation (GNOME HIG).
 *
 * The button is the window's Undo, which takes back the latest edit: the
 * toast stays only while that is the edit it names. A newer undo toast
 * takes its place (rather than pushing it back into the overlay's queue,
 * from which it would come back naming an edit that is no longer the
 * latest), and any later edit, undo or redo of the project takes it away. */
void
vb_show_undo_toast (GtkWidget  *widget,
                    const char *title)
{
  AdwToastOverlay *overlay = find_overlay (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast = adw_toast_new (title);
  GWeakRef *ref;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  if (overlay == NULL)
    {
      g_object_unref (g_object_ref_sink (toast));
      return;
    }
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, overlay);
  g_object_set_data_full (G_OBJECT (toast), "vb-overlay", ref, weak_ref_free);
  if (VB_IS_WINDOW (root) && vb_window_get_project (VB_WINDOW (root)))
    g_signal_connect_object (vb_window_get_project (VB_WINDOW (root)), "changed",
                             G_CALLBACK (on_undo_toast_project_changed_cb), toast, 0);
  toast_queue_push (overlay, toast);
}

/**
 * vb_placeholder_new:
 * @button_label: (nullable): the empty state's primary action
 *
 * An empty state that offers its primary action (GNOME HIG).
 */
GtkWidget *
vb_placeholder_new (const char *icon_name,
                    const char *title,
                    const char *description,
                    const char *button_label,
                    const char *action_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_add_css_class (box, "vb-placeholder");
  if (icon_name)
    {
      GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

      gtk_image_set_pixel_size (GTK_IMAGE (image), 32);
      gtk_widget_add_css_class (image, "dim-label");
      gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), image);
    }
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  if (description)
    {
      GtkWidget *text = gtk_label_new (description);

      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (text, "dim-label");
      gtk_box_append (GTK_BOX (box), text);
    }
  if (button_label)
    {
      /* no mnemonic: GTK 4.8 reads the underscore into the accessible name */
      GtkWidget *button = gtk_button_new_with_label (button_label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_set_margin_top (button, 6);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}
