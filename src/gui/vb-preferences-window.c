/* vb-preferences-window.c — the user's own preferences
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The name the activity log records (empty: the system's name for the
 * user, which the group says) and the folder new projects go to. The
 * window opens with the cursor in the name, so typing is never lost.
 */
#define G_LOG_DOMAIN "vb-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-application.h"
#include "vb-preferences-window.h"
#include "vb-project.h"

struct _VbPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  GtkWidget            *author_group;
  GtkWidget            *author_row;
  AdwActionRow         *folder_row;
  GtkWidget            *reset_button;

  /* owned */
  GSettings            *settings;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (VbPreferencesWindow, vb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_folder (VbPreferencesWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "projects-folder");
  g_autofree char *shown = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *probe = NULL;

  if (*folder == '\0')
    {
      g_free (folder);
      folder = vb_default_projects_folder ();
    }
  probe = g_build_filename (folder, "x", NULL);
  shown = vb_display_folder (probe);
  escaped = g_markup_escape_text (shown, -1);
  adw_action_row_set_subtitle (self->folder_row, escaped);
  g_free (probe);
  probe = g_settings_get_string (self->settings, "projects-folder");
  gtk_widget_set_visible (self->reset_button, *probe != '\0');
}

static void
on_folder_changed_cb (GSettings           *settings,
                      const char          *key,
                      VbPreferencesWindow *self)
{
  update_folder (self);
}

static void
on_reset_clicked_cb (GtkButton           *button,
                     VbPreferencesWindow *self)
{
  g_settings_reset (self->settings, "projects-folder");
}

static void
on_chooser_response_cb (GtkNativeDialog     *dialog,
                        int                  response,
                        VbPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path)
    g_settings_set_string (self->settings, "projects-folder", path);
}

static void
on_folder_row_activated_cb (AdwActionRow        *row,
                            VbPreferencesWindow *self)
{
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose the Projects Folder"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
vb_preferences_window_dispose (GObject *object)
{
  VbPreferencesWindow *self = VB_PREFERENCES_WINDOW (object);

  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (vb_preferences_window_parent_class)->dispose (object);
}

static void
vb_preferences_window_class_init (VbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VbPreferencesWindow, author_group);
  gtk_widget_class_bind_template_child (widget_class, VbPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, VbPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, VbPreferencesWindow, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folder_row_activated_cb);
}

/* AdwPreferencesWindow 1.2 keeps a search entry (hidden with search off)
 * that GTK 4.8 shows to screen readers by its type name: name it. */
static void
name_search_entries (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_SEARCH_ENTRY (c))
        gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Search Preferences"), -1);
      name_search_entries (c);
    }
}

static void
vb_preferences_window_init (VbPreferencesWindow *self)
{
  g_autofree char *real = vb_default_author ();
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: %s is the user's name as the system knows it */
  description = g_strdup_printf (_("Recorded beside your changes in a project’s activity log. Left empty, the log "
                                   "says “%s”."), real);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->author_group), description);
  name_search_entries (GTK_WIDGET (self));
}

GtkWidget *
vb_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  VbPreferencesWindow *self = g_object_new (VB_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent,
                                            NULL);

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::projects-folder", G_CALLBACK (on_folder_changed_cb), self, 0);
  update_folder (self);
  /* the cursor in the field, not on its row: typing goes where it is seen */
  gtk_window_set_focus (GTK_WINDOW (self), self->author_row);
  return GTK_WIDGET (self);
}
