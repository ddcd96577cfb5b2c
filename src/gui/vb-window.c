/* vb-window.c — a project window (or the welcome page when it has none)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window starts on the welcome page and shows one project at most.
 * The project view (sidebar of stages, the page shown, title, banner) is
 * in vb-window-view.c; the actions, and the one function that enables
 * them, are in vb-window-actions.c.
 */
#define G_LOG_DOMAIN "vb-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vb-application.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"
#include "vb-welcome-page.h"
#include "vb-window-private.h"

G_DEFINE_FINAL_TYPE (VbWindow, vb_window, ADW_TYPE_APPLICATION_WINDOW)

static void on_project_changed_cb (VbProject *project, VbWindow *self);

/* ------------------------------------------------------------ messages */

void
vb_window_add_toast (VbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (VB_IS_WINDOW (self));
  vb_toast_overlay_add (self->toast_overlay, toast);
}

void
vb_window_show_error (VbWindow   *self,
                      const char *message)
{
  AdwToast *toast;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_debug ("%s", message);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 10);
  vb_toast_overlay_add (self->toast_overlay, toast);
}

/* Opening a file can fail for many reasons; the core's message says which,
 * in words for a business owner: show it whole, in a dialog. */
void
vb_window_show_open_error (VbWindow   *self,
                           const char *path,
                           const char *message)
{
  GtkWidget *dialog;
  g_autofree char *base = path ? g_path_get_basename (path) : NULL;
  g_autofree char *heading = base ? g_strdup_printf (_("Could Not Open “%s”"), base)
                                  : g_strdup (_("Could Not Open the Project"));

  g_return_if_fail (VB_IS_WINDOW (self));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------ project */

static void
on_project_notify_cb (VbProject  *project,
                      GParamSpec *pspec,
                      VbWindow   *self)
{
  vb_window_update_title (self);
  vb_window_update_info_bar (self);
  vb_window_update_actions (self);
}

/* The window shows “Opening …” while a project is read in the background;
 * NULL goes back to the welcome page */
void
vb_window_set_loading (VbWindow   *self,
                       const char *what)
{
  g_return_if_fail (VB_IS_WINDOW (self));

  if (self->context != NULL)
    return;
  if (what)
    {
      g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), what);

      gtk_label_set_text (GTK_LABEL (self->loading_label), text);
      gtk_stack_set_visible_child_name (self->main_stack, "loading");
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  vb_window_update_actions (self);
}

gboolean
vb_window_get_loading (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "loading") == 0;
}

void
vb_window_set_project (VbWindow  *self,
                       VbProject *project)
{
  const char *initial;
  VbStage stage;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (self->context == NULL);

  self->context = vb_context_new (project);
  vb_window_build_project_view (self);

  g_signal_connect_object (project, "notify", G_CALLBACK (on_project_notify_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect_object (vb_project_get_settings (project), "notify::name",
                           G_CALLBACK (vb_window_update_title), self, G_CONNECT_SWAPPED);
  vb_window_update_title (self);
  vb_window_update_info_bar (self);
  gtk_stack_set_visible_child_name (self->main_stack, "project");

  initial = g_getenv ("VB_TEST_STAGE");
  if (initial == NULL || !vb_stage_from_id (initial, &stage))
    stage = VB_STAGE_DASHBOARD;
  vb_window_show_stage (self, stage);
  vb_window_update_actions (self);
  /* the page takes the keyboard, not the menu button */
  vb_window_focus_content (self);
}

VbProject *
vb_window_get_project (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->context ? vb_context_get_project (self->context) : NULL;
}

VbContext *
vb_window_get_context (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->context;
}

VbGuide *
vb_window_get_guide (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->context ? vb_context_get_guide (self->context) : NULL;
}

/* ------------------------------------------------------------ Ctrl+Z in a field
 *
 * GtkText binds Ctrl+Z to its own text.undo, and in GTK 4.8 that action is
 * always enabled, so the key never reaches the window when a field has focus.
 * A capture-phase handler decides instead: typing not yet committed to the
 * project is GtkText's to undo; otherwise the key undoes the last project
 * edit. After each commit the focused field's own history is cleared, so its
 * history only ever holds typing that is not in the project yet.
 */

static void
set_focus_text (VbWindow  *self,
                GtkWidget *text)
{
  if (self->focus_text)
    g_object_remove_weak_pointer (G_OBJECT (self->focus_text), (gpointer *) &self->focus_text);
  self->focus_text = text;
  if (text)
    g_object_add_weak_pointer (G_OBJECT (text), (gpointer *) &self->focus_text);
  g_free (self->focus_committed);
  self->focus_committed = text ? g_strdup (gtk_editable_get_text (GTK_EDITABLE (text))) : NULL;
}

static void
on_focus_widget_changed_cb (GtkWindow  *window,
                            GParamSpec *pspec,
                            VbWindow   *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus != self->focus_text)
    set_focus_text (self, GTK_IS_TEXT (focus) ? focus : NULL);
}

static gboolean
snapshot_focus_text_cb (gpointer data)
{
  VbWindow *self = data;
  GtkWidget *text = self->focus_text;

  self->snapshot_idle = 0;
  if (text && gtk_editable_get_enable_undo (GTK_EDITABLE (text)))
    {
      /* switching undo off and on drops the field's own history */
      gtk_editable_set_enable_undo (GTK_EDITABLE (text), FALSE);
      gtk_editable_set_enable_undo (GTK_EDITABLE (text), TRUE);
    }
  set_focus_text (self, text);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (VbProject *project,
                       VbWindow  *self)
{
  if (self->snapshot_idle == 0)
    self->snapshot_idle = g_idle_add (snapshot_focus_text_cb, self);
}

static gboolean
on_undo_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        VbWindow              *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  GtkWidget *focus;
  gboolean redo;

  if (keyval == GDK_KEY_z && mods == GDK_CONTROL_MASK)
    redo = FALSE;
  else if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z) && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    redo = TRUE;
  else
    return FALSE;

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (!GTK_IS_TEXT (focus) || self->context == NULL)
    return FALSE;   /* the bubble-phase bindings (or the focused widget) handle it */
  if (focus != self->focus_text)
    set_focus_text (self, focus);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (focus)), self->focus_committed) != 0)
    return FALSE;   /* uncommitted typing: GtkText undoes it itself */
  gtk_widget_activate_action (GTK_WIDGET (self), redo ? "win.redo" : "win.undo", NULL);
  return TRUE;
}

/* ------------------------------------------------------------ drag and drop */

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            VbWindow      *self)
{
  GSList *files;
  gboolean any = FALSE;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !VB_IS_APPLICATION (app))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path == NULL)
        continue;
      any = TRUE;
      vb_application_open_path (VB_APPLICATION (app), path, GTK_WINDOW (self));
    }
  g_slist_free (files);
  return any;
}

/* ------------------------------------------------------------ GObject */

static gboolean
vb_window_close_request (GtkWindow *window)
{
  VbWindow *self = VB_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);

  if (self->busy_cancellable)
    g_cancellable_cancel (self->busy_cancellable);
  if (VB_IS_APPLICATION (app))
    {
      GSettings *settings = vb_application_get_settings (VB_APPLICATION (app));
      gboolean maximized = gtk_window_is_maximized (window);

      g_settings_set_boolean (settings, "window-maximized", maximized);
      if (!maximized)
        {
          int w = gtk_widget_get_width (GTK_WIDGET (window));
          int h = gtk_widget_get_height (GTK_WIDGET (window));

          if (w > 0 && h > 0)
            {
              g_settings_set_int (settings, "window-width", w);
              g_settings_set_int (settings, "window-height", h);
            }
        }
    }
  return GTK_WINDOW_CLASS (vb_window_parent_class)->close_request (window);
}

static void
vb_window_dispose (GObject *object)
{
  VbWindow *self = VB_WINDOW (object);

  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->busy_cancellable)
    g_cancellable_cancel (self->busy_cancellable);
  g_clear_object (&self->busy_cancellable);
  g_clear_handle_id (&self->snapshot_idle, g_source_remove);
  g_clear_handle_id (&self->navigation_idle, g_source_remove);
  set_focus_text (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_WINDOW);
  vb_window_forget_project_view (self);
  memset (self->pages, 0, sizeof self->pages);
  if (self->context)
    vb_project_close (vb_context_get_project (self->context));
  g_clear_object (&self->context);
  g_clear_pointer (&self->stage_rows, g_array_unref);
  g_clear_pointer (&self->undo_shown, g_free);
  g_clear_pointer (&self->redo_shown, g_free);
  G_OBJECT_CLASS (vb_window_parent_class)->dispose (object);
}

static void
vb_window_class_init (VbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vb_window_dispose;
  window_class->close_request = vb_window_close_request;

  g_type_ensure (VB_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_menu);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, undo_section);

  vb_window_class_init_actions (widget_class);
}

static void
vb_window_init (VbWindow *self)
{
  GtkDropTarget *target;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stage_rows = g_array_new (FALSE, TRUE, sizeof (VbStageRow));
  vb_window_prepare_menu_button (self->welcome_menu_button, self->welcome_menu);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "vb-undo-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_undo_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed_cb), self);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  vb_window_update_actions (self);
}

GtkWidget *
vb_window_new (GtkApplication *app)
{
  VbWindow *self = g_object_new (VB_TYPE_WINDOW, "application", app, NULL);

  /* new windows open at the size of the last one closed */
  if (VB_IS_APPLICATION (app))
    {
      GSettings *settings = vb_application_get_settings (VB_APPLICATION (app));
      GSettingsBindFlags flags = G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES;

      g_settings_bind (settings, "window-width", self, "default-width", flags);
      g_settings_bind (settings, "window-height", self, "default-height", flags);
      g_settings_bind (settings, "window-maximized", self, "maximized", flags);
    }
  return GTK_WIDGET (self);
}
