/* vb-welcome-page.c — what a window without a project shows
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vb-welcome-page"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vb-application.h"
#include "vb-gui-util.h"
#include "vb-project.h"
#include "vb-welcome-page.h"

#define MAX_RECENT 12

struct _VbWelcomePage
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkWidget        *scroller;
  GtkWidget        *recent_box;
  GtkListBox       *recent_list;

  /* borrowed */
  GtkRecentManager *manager;
  guint             n_recent;
};

G_DEFINE_FINAL_TYPE (VbWelcomePage, vb_welcome_page, GTK_TYPE_WIDGET)

static void
add_toast (VbWelcomePage *self,
           AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay)
    vb_toast_overlay_add (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (VbWelcomePage *self,
            const char    *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", message);
}

static void
add_recent_uri (const char *uri,
                const char *name)
{
  g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);

  if (path)
    vb_add_recent_project (path, name);
}

static gboolean
is_project (GtkRecentInfo *info)
{
  return g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-vendorbench") == 0 ||
         g_str_has_suffix (gtk_recent_info_get_uri (info), VB_PROJECT_SUFFIX);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  if (ma == NULL || mb == NULL)
    return (ma == NULL) - (mb == NULL);
  return g_date_time_compare (mb, ma);
}

/* undo: remove from list */

static void
on_undo_remove_cb (AdwToast *toast,
                   gpointer  user_data)
{
  add_recent_uri (g_object_get_data (G_OBJECT (toast), "vb-uri"),
                  g_object_get_data (G_OBJECT (toast), "vb-name"));
}

static void
on_remove_clicked_cb (GtkButton     *button,
                      VbWelcomePage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "vb-uri");
  const char *name = g_object_get_data (G_OBJECT (button), "vb-name");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!gtk_recent_manager_remove_item (self->manager, uri, &error))
    {
      show_error (self, error->message);
      return;
    }
  title = g_strdup_printf (_("“%s” removed from the list"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "vb-uri", g_strdup (uri), g_free);
  g_object_set_data_full (G_OBJECT (toast), "vb-name", g_strdup (name), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), NULL);
  add_toast (self, toast);
}

/* undo: move to trash — find the trashed copy by its original path and move it back */

static GFile *
find_in_local_trash (const char *orig_path)
{
  g_autofree char *info_dir = g_build_filename (g_get_user_data_dir (), "Trash", "info", NULL);
  g_autoptr(GDir) dir = g_dir_open (info_dir, 0, NULL);
  g_autofree char *escaped = g_uri_escape_string (orig_path, "/", FALSE);
  GFile *found = NULL;
  GDateTime *best = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *entry;

  if (dir == NULL)
    return NULL;
  while ((entry = g_dir_read_name (dir)))
    {
      g_autofree char *ipath = NULL;
      g_autoptr(GKeyFile) kf = g_key_file_new ();
      g_autofree char *path = NULL;
      g_autofree char *when = NULL;
      g_autofree char *unescaped = NULL;
      g_autofree char *name = NULL;
      GDateTime *dt;

      if (!g_str_has_suffix (entry, ".trashinfo"))
        continue;
      ipath = g_build_filename (info_dir, entry, NULL);
      if (!g_key_file_load_from_file (kf, ipath, G_KEY_FILE_NONE, NULL))
        continue;
      path = g_key_file_get_string (kf, "Trash Info", "Path", NULL);
      if (path == NULL)
        continue;
      unescaped = g_uri_unescape_string (path, NULL);
      if (g_strcmp0 (unescaped, orig_path) != 0 && g_strcmp0 (path, escaped) != 0)
        continue;
      when = g_key_file_get_string (kf, "Trash Info", "DeletionDate", NULL);
      dt = when ? g_date_time_new_from_iso8601 (when, local) : NULL;
      if (found && best && dt && g_date_time_compare (dt, best) <= 0)
        {
          g_date_time_unref (dt);
          continue;
        }
      name = g_strndup (entry, strlen (entry) - strlen (".trashinfo"));
      g_clear_object (&found);
      found = g_file_new_build_filename (g_get_user_data_dir (), "Trash", "files", name, NULL);
      g_object_set_data_full (G_OBJECT (found), "vb-info", g_steal_pointer (&ipath), g_free);
      g_clear_pointer (&best, g_date_time_unref);
      best = dt;
    }
  g_clear_pointer (&best, g_date_time_unref);
  return found;
}

static GFile *
find_in_gvfs_trash (const char *orig_path)
{
  g_autoptr(GFile) trash = g_file_new_for_uri ("trash:///");
  g_autoptr(GFileEnumerator) e = g_file_enumerate_children (trash, "standard::name,trash::orig-path",
                                                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;

  if (e == NULL)
    return NULL;
  while ((info = g_file_enumerator_next_file (e, NULL, NULL)))
    {
      const char *orig = g_file_info_get_attribute_byte_string (info, "trash::orig-path");
      if (g_strcmp0 (orig, orig_path) == 0)
        {
          GFile *child = g_file_enumerator_get_child (e, info);
          g_object_unref (info);
          return child;
        }
      g_object_unref (info);
    }
  return NULL;
}

static gboolean
restore_from_trash (const char  *orig_path,
                    GError     **error)
{
  g_autoptr(GFile) trashed = find_in_local_trash (orig_path);
  g_autoptr(GFile) dest = g_file_new_for_path (orig_path);

  if (trashed == NULL)
    trashed = find_in_gvfs_trash (orig_path);
  if (trashed == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The project could not be found in the Trash any more; restore it from the Trash in Files."));
      return FALSE;
    }
  if (!g_file_move (trashed, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return FALSE;
  if (g_object_get_data (G_OBJECT (trashed), "vb-info"))
    g_unlink (g_object_get_data (G_OBJECT (trashed), "vb-info"));
  return TRUE;
}

/* Moving to and from the Trash can copy a whole file (another disk): in
 * the background, never on the main thread */
static void
restore_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (restore_from_trash (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AdwToast *toast = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* the page is the task's source object: still there to say it */
      if (source)
        show_error (VB_WELCOME_PAGE (source), error->message);
    }
  else
    add_recent_uri (g_object_get_data (G_OBJECT (toast), "vb-uri"),
                    g_object_get_data (G_OBJECT (toast), "vb-name"));
  g_object_unref (toast);
}

static void
on_undo_trash_cb (AdwToast      *toast,
                  VbWelcomePage *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_restored_cb, g_object_ref (toast));

  g_task_set_task_data (task, g_strdup (g_object_get_data (G_OBJECT (toast), "vb-path")), g_free);
  g_task_run_in_thread (task, restore_thread);
}

typedef struct {
  VbWelcomePage *self;   /* weak */
  char          *uri;
  char          *name;
  char          *path;
} TrashData;

static void
trash_data_free (TrashData *d)
{
  g_clear_weak_pointer (&d->self);
  g_free (d->uri);
  g_free (d->name);
  g_free (d->path);
  g_free (d);
}

static void
on_trashed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  TrashData *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!g_file_trash_finish (G_FILE (source), result, &error))
    {
      if (d->self)
        show_error (d->self, error->message);
      trash_data_free (d);
      return;
    }
  if (d->self == NULL)
    {
      trash_data_free (d);
      return;
    }
  gtk_recent_manager_remove_item (d->self->manager, d->uri, NULL);
  title = g_strdup_printf (_("“%s” moved to the Trash"), d->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "vb-uri", g_strdup (d->uri), g_free);
  g_object_set_data_full (G_OBJECT (toast), "vb-name", g_strdup (d->name), g_free);
  g_object_set_data_full (G_OBJECT (toast), "vb-path", g_strdup (d->path), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_trash_cb), d->self, 0);
  add_toast (d->self, toast);
  trash_data_free (d);
}

static void
on_trash_clicked_cb (GtkButton     *button,
                     VbWelcomePage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "vb-uri");
  const char *name = g_object_get_data (G_OBJECT (button), "vb-name");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *path = g_file_get_path (file);
  GtkApplication *app = GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)))
                      ? gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
                      : NULL;
  TrashData *d;

  if (path && VB_IS_APPLICATION (app) && vb_application_find_project_window (VB_APPLICATION (app), path))
    {
      show_error (self, _("This project is open in a window. Close it before moving it to the Trash."));
      return;
    }
  d = g_new0 (TrashData, 1);
  g_set_weak_pointer (&d->self, self);
  d->uri = g_strdup (uri);
  d->name = g_strdup (name);
  d->path = g_steal_pointer (&path);
  g_file_trash_async (file, G_PRIORITY_DEFAULT, NULL, on_trashed_cb, d);
}

static void
on_row_activated_cb (AdwActionRow  *row,
                     VbWelcomePage *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "vb-path");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-path", "s", path);
}

static GtkWidget *
make_icon_button (const char *icon,
                  const char *label,
                  const char *uri,
                  const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "vb-uri", g_strdup (uri), g_free);
  g_object_set_data_full (G_OBJECT (button), "vb-name", g_strdup (name), g_free);
  return button;
}

void
vb_welcome_page_reload (VbWelcomePage *self)
{
  GList *items = gtk_recent_manager_get_items (self->manager);
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l; l = l->next)
    if (is_project (l->data) && gtk_recent_info_is_local (l->data) && gtk_recent_info_exists (l->data))
      g_ptr_array_add (list, l->data);
  g_ptr_array_sort (list, compare_recent);

  self->n_recent = 0;
  for (guint i = 0; i < list->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = list->pdata[i];
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      g_autofree char *base = NULL;
      g_autofree char *folder = NULL;
      g_autofree char *row_label = NULL;
      const char *name = gtk_recent_info_get_display_name (info);
      GtkWidget *row, *remove, *trash;

      if (path == NULL)
        continue;
      base = g_path_get_basename (path);
      if (g_str_has_suffix (base, VB_PROJECT_SUFFIX))
        base[strlen (base) - strlen (VB_PROJECT_SUFFIX)] = '\0';
      if (name == NULL || *name == '\0' || g_str_has_suffix (name, VB_PROJECT_SUFFIX))
        name = base;
      folder = vb_display_folder (path);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "vb-path", g_strdup (path), g_free);
      /* Translators: a recent project row: “Name, in ~/Documents/Vendorbench” */
      row_label = g_strdup_printf (_("%s, in %s"), name, folder);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), self);

      remove = make_icon_button ("list-remove-symbolic", _("Remove from List"), uri, name);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
      trash = make_icon_button ("user-trash-symbolic", _("Move to Trash"), uri, name);
      g_signal_connect (trash, "clicked", G_CALLBACK (on_trash_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), trash);
      gtk_list_box_append (self->recent_list, row);
      self->n_recent++;
    }
  gtk_widget_set_visible (self->recent_box, self->n_recent > 0);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

guint
vb_welcome_page_get_n_recent (VbWelcomePage *self)
{
  g_return_val_if_fail (VB_IS_WELCOME_PAGE (self), 0);
  return self->n_recent;
}

static void
on_recent_changed_cb (GtkRecentManager *manager,
                      VbWelcomePage    *self)
{
  vb_welcome_page_reload (self);
}

static void
vb_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VB_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (vb_welcome_page_parent_class)->dispose (object);
}

static void
vb_welcome_page_class_init (VbWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_welcome_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbWelcomePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbWelcomePage, recent_box);
  gtk_widget_class_bind_template_child (widget_class, VbWelcomePage, recent_list);
}

static void
vb_welcome_page_init (VbWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->manager, "changed", G_CALLBACK (on_recent_changed_cb), self, 0);
  vb_welcome_page_reload (self);
}

GtkWidget *
vb_welcome_page_new (void)
{
  return g_object_new (VB_TYPE_WELCOME_PAGE, NULL);
}
