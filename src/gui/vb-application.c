/* vb-application.c — the application: one window per open project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vb-application"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vb-application.h"
#include "vb-json.h"
#include "vb-preferences-window.h"
#include "vb-window.h"

struct _VbApplication
{
  AdwApplication  parent_instance;

  /* owned */
  GSettings      *settings;
  gboolean        startup_reported;
  gboolean        test_action_run;
};

G_DEFINE_FINAL_TYPE (VbApplication, vb_application, ADW_TYPE_APPLICATION)

static void run_test_action      (VbApplication *self,
                                  GtkWindow     *window);
static void maybe_report_startup (VbApplication *self,
                                  GtkWindow     *window);

/* helpers */

char *
vb_canonical_path (const char *path)
{
  g_autofree char *abs = g_canonicalize_filename (path, NULL);
  char *real = realpath (abs, NULL);

  if (real != NULL)
    {
      char *ret = g_strdup (real);
      free (real);
      return ret;
    }
  return g_steal_pointer (&abs);
}

char *
vb_display_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  gsize len = strlen (home);

  if (g_str_equal (dir, home))
    return g_strdup ("~");
  if (g_str_has_prefix (dir, home) && dir[len] == G_DIR_SEPARATOR)
    return g_strconcat ("~", dir + len, NULL);
  return g_steal_pointer (&dir);
}

/* A free path in @folder for a project called @name: “Name.vendorbench”,
 * else “Name 2.vendorbench”, … */
char *
vb_unique_project_path (const char *folder,
                        const char *name)
{
  g_autofree char *base = vb_project_file_name_for (name);

  for (guint i = 1; i < 10000; i++)
    {
      g_autofree char *candidate = i == 1 ? g_strconcat (base, VB_PROJECT_SUFFIX, NULL)
                                          : g_strdup_printf ("%s %u%s", base, i, VB_PROJECT_SUFFIX);
      char *path = g_build_filename (folder, candidate, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
  return NULL;
}

GSettings *
vb_application_get_settings (VbApplication *self)
{
  g_return_val_if_fail (VB_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* ~/Documents/Vendorbench, or ~/Vendorbench without a documents folder */
char *
vb_default_projects_folder (void)
{
  const char *docs = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (docs && !g_str_equal (docs, g_get_home_dir ()) && g_file_test (docs, G_FILE_TEST_IS_DIR))
    return g_build_filename (docs, "Vendorbench", NULL);
  return g_build_filename (g_get_home_dir (), "Vendorbench", NULL);
}

char *
vb_application_dup_projects_folder (VbApplication *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "projects-folder");

  if (folder && *folder)
    return g_steal_pointer (&folder);
  return vb_default_projects_folder ();
}

char *
vb_application_dup_author (VbApplication *self)
{
  g_autofree char *author = g_settings_get_string (self->settings, "author-name");

  g_strstrip (author);
  if (*author)
    return g_steal_pointer (&author);
  return NULL;
}

/* The name in the activity log: the preference, else the system's name */
static void
apply_author (VbApplication *self,
              VbProject     *project)
{
  g_autofree char *author = vb_application_dup_author (self);

  if (author == NULL)
    author = vb_default_author ();
  vb_project_set_author (project, author);
}

static void
on_author_changed_cb (GSettings     *settings,
                      const char    *key,
                      VbApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (VB_IS_WINDOW (l->data) && vb_window_get_project (l->data))
      apply_author (self, vb_window_get_project (l->data));
}

GtkWindow *
vb_application_new_window (VbApplication *self)
{
  return GTK_WINDOW (vb_window_new (GTK_APPLICATION (self)));
}

GtkWindow *
vb_application_find_project_window (VbApplication *self,
                                    const char    *path)
{
  g_autofree char *want = vb_canonical_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      VbProject *project;
      g_autofree char *have = NULL;

      const char *loading = g_object_get_data (l->data, "vb-loading-path");

      if (VB_IS_WINDOW (l->data) && loading && g_str_equal (loading, want))
        return l->data;
      if (!VB_IS_WINDOW (l->data) || !(project = vb_window_get_project (l->data)))
        continue;
      have = vb_canonical_path (vb_project_get_path (project));
      if (g_str_equal (have, want))
        return l->data;
    }
  return NULL;
}

/* Adds a project file to the recent list (GtkRecentManager) */
void
vb_add_recent_project (const char *path,
                       const char *name)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentData data = { 0 };

  if (uri == NULL)
    return;
  data.display_name = (char *) name;   /* NULL: the file's name */
  data.mime_type = (char *) "application/x-vendorbench";
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "vendorbench %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
add_to_recent (VbProject *project)
{
  /* the sample is a fresh copy each time: nothing to come back to */
  if (!vb_project_get_is_sample (project))
    vb_add_recent_project (vb_project_get_path (project), vb_project_get_name (project));
}

/* Shows @project: in @from when it has no project yet, else in a new window. */
GtkWindow *
vb_application_show_project (VbApplication *self,
                             VbProject     *project,
                             GtkWindow     *from)
{
  GtkWindow *window = vb_application_find_project_window (self, vb_project_get_path (project));

  if (window == NULL)
    {
      if (from && VB_IS_WINDOW (from) && vb_window_get_project (VB_WINDOW (from)) == NULL)
        window = from;
      else
        window = vb_application_new_window (self);
      apply_author (self, project);
      add_to_recent (project);
      vb_window_set_project (VB_WINDOW (window), project);
    }
  gtk_window_present (window);
  maybe_report_startup (self, window);
  run_test_action (self, window);
  return window;
}

/* A window for a project about to be opened: @from when it shows the
 * welcome page, else a new one */
static GtkWindow *
window_for_opening (VbApplication *self,
                    GtkWindow     *from)
{
  if (from && VB_IS_WINDOW (from) && vb_window_get_project (VB_WINDOW (from)) == NULL &&
      !vb_window_get_loading (VB_WINDOW (from)))
    return from;
  return vb_application_new_window (self);
}

static void
begin_loading (GtkWindow  *window,
               const char *path,
               const char *what)
{
  g_object_set_data_full (G_OBJECT (window), "vb-loading-path", vb_canonical_path (path), g_free);
  vb_window_set_loading (VB_WINDOW (window), what);
  gtk_window_present (window);
}

static void
end_loading (GtkWindow *window)
{
  g_object_set_data (G_OBJECT (window), "vb-loading-path", NULL);
}

typedef struct {
  VbApplication *app;
  GtkWindow     *window;
  char          *path;
  char          *pristine;   /* the sample's pristine copy, or NULL */
} OpenData;

static void
open_data_free (OpenData *d)
{
  g_object_unref (d->app);
  g_object_unref (d->window);
  g_free (d->path);
  g_free (d->pristine);
  g_free (d);
}

static void
on_project_opened_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OpenData *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = vb_project_open_finish (result, &error);

  end_loading (d->window);
  if (project == NULL && d->pristine)
    g_unlink (d->pristine);
  /* the window was closed meanwhile: nothing to show it in */
  if (gtk_widget_in_destruction (GTK_WIDGET (d->window)) ||
      gtk_window_get_application (d->window) == NULL)
    {
      open_data_free (d);
      return;
    }
  vb_window_set_loading (VB_WINDOW (d->window), NULL);
  if (project == NULL)
    vb_window_show_open_error (VB_WINDOW (d->window), d->path, error->message);
  else
    vb_application_show_project (d->app, project, d->window);
  open_data_free (d);
}

static void
open_in (VbApplication *self,
         GtkWindow     *window,
         const char    *path,
         const char    *pristine)
{
  OpenData *d = g_new0 (OpenData, 1);

  d->app = g_object_ref (self);
  d->window = g_object_ref (window);
  d->path = g_strdup (path);
  d->pristine = g_strdup (pristine);
  vb_project_open_async (path, VB_OPEN_DEFAULT, NULL, on_project_opened_cb, d);
}

/**
 * vb_application_open_path:
 * @from: (nullable): the window the user asked from
 *
 * Opens the project file at @path in the background: in @from when it shows
 * the welcome page, else in a new window, which says “Opening …” meanwhile.
 * A project open already is brought to the front instead; a file that
 * cannot be opened is explained in the window.
 */
void
vb_application_open_path (VbApplication *self,
                          const char    *path,
                          GtkWindow     *from)
{
  GtkWindow *window;
  g_autofree char *name = NULL;

  g_return_if_fail (VB_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  window = vb_application_find_project_window (self, path);
  if (window)
    {
      gtk_window_present (window);
      return;
    }
  window = window_for_opening (self, from);
  name = g_path_get_basename (path);
  begin_loading (window, path, name);
  open_in (self, window, path, NULL);
}

/* The sample is written in a worker, then opened like any project. It is
 * made once per version of Vendorbench from the bundled JSON (a pristine
 * copy, kept in the cache), and each “Open the Sample Project” copies that:
 * a fresh sample every time, without importing it every time. The copy is
 * verified on open like any file; a pristine copy that fails its check is
 * made again. Its name carries the version and a checksum of the bundled
 * sample, so that a build with another sample never copies a stale one. */
static char *
pristine_sample_path (const char *dir)
{
  g_autofree char *fingerprint = vb_sample_dup_fingerprint ();
  g_autofree char *name = g_strdup_printf (".sample-%s-%s%s", PACKAGE_VERSION, fingerprint ? fingerprint : "x",
                                           VB_PROJECT_SUFFIX);

  return g_build_filename (dir, name, NULL);
}

static gboolean
prepare_pristine_sample (const char  *pristine,
                         GError     **error)
{
  g_autoptr(VbProject) project = NULL;
  g_autoptr(GError) local = NULL;

  /* the copy is verified when it opens; if that fails, this copy goes
   * (on_project_opened_cb) and the next one is made again */
  if (g_file_test (pristine, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  g_unlink (pristine);
  project = vb_project_create_sample (pristine, error);
  if (project == NULL)
    return FALSE;
  vb_project_close (project);
  return TRUE;
}

static void
create_sample_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pristine = pristine_sample_path (dir);
  g_autoptr(GFile) from = g_file_new_for_path (pristine);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  GError *error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("The sample project could not be prepared in “%s”: %s."), dir, g_strerror (saved));
      return;
    }
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("The old copy of the sample project could not be removed: %s."), g_strerror (saved));
      return;
    }
  if (!prepare_pristine_sample (pristine, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* a throwaway copy: nothing to sync */
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS, cancellable, NULL, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_sample_created_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OpenData *d = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      end_loading (d->window);
      if (gtk_window_get_application (d->window) != NULL)
        {
          vb_window_set_loading (VB_WINDOW (d->window), NULL);
          vb_window_show_open_error (VB_WINDOW (d->window), NULL, error->message);
        }
      open_data_free (d);
      return;
    }
  open_in (d->app, d->window, d->path, d->pristine);
  open_data_free (d);
}

/**
 * vb_application_open_sample:
 * @from: (nullable): the window the user asked from
 *
 * Opens a fresh copy of the sample project (in the cache folder: nothing
 * to keep unless the user saves a copy), or brings it to the front when it
 * is open already — a fresh copy would pull the file from under it.
 */
void
vb_application_open_sample (VbApplication *self,
                            GtkWindow     *from)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "vendorbench", "Sample" VB_PROJECT_SUFFIX, NULL);
  g_autoptr(GTask) task = NULL;
  GtkWindow *window;
  OpenData *d;

  g_return_if_fail (VB_IS_APPLICATION (self));

  window = vb_application_find_project_window (self, path);
  if (window)
    {
      gtk_window_present (window);
      return;
    }
  window = window_for_opening (self, from);
  begin_loading (window, path, _("Sample Project"));
  d = g_new0 (OpenData, 1);
  d->app = g_object_ref (self);
  d->window = g_object_ref (window);
  d->path = g_strdup (path);
  {
    g_autofree char *dir = g_path_get_dirname (path);

    d->pristine = pristine_sample_path (dir);
  }
  task = g_task_new (NULL, NULL, on_sample_created_cb, d);
  g_task_set_source_tag (task, vb_application_open_sample);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, create_sample_thread);
}

/* start-up benchmark (DESIGN.md §7): the time from the harness's
 * timestamp to the first frame really drawn — the frame clock's first
 * after-paint that follows a render of the window's surface (the very first
 * after-paint can come before the surface is viewable and draws nothing).
 * bench/bare-window.c measures the same way. */

/* GdkSurface::render is emitted when the surface is really drawn. GTK's
 * own handler stops the emission, so a hook (which runs first) sees it. */
static gboolean
on_surface_render_hook (GSignalInvocationHint *hint,
                        guint                  n_params,
                        const GValue          *params,
                        gpointer               data)
{
  GObject *surface = g_value_get_object (&params[0]);

  g_object_set_data (surface, "vb-rendered", GINT_TO_POINTER (1));
  return TRUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  const char *t0 = g_getenv ("VB_STARTUP_T0");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || g_object_get_data (G_OBJECT (surface), "vb-rendered") == NULL)
    return;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  printf ("%.3f\n", (g_get_monotonic_time () - g_ascii_strtoll (t0, NULL, 10)) / 1000.0);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_window_mapped_cb (GtkWidget     *window,
                     VbApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped_cb, self);
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              on_surface_render_hook, NULL, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static void
maybe_report_startup (VbApplication *self,
                      GtkWindow     *window)
{
  if (self->startup_reported || g_getenv ("VB_STARTUP_T0") == NULL)
    return;
  self->startup_reported = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_mapped_cb (GTK_WIDGET (window), self);
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped_cb), self);
}

/* For screenshots and the accessibility walk: VB_TEST_ACTION runs one
 * action on the first window, once it shows what it opens — a detailed
 * name (“win.show-stage::vendors”, “app.preferences”), several separated
 * by spaces. */
static void
run_test_action (VbApplication *self,
                 GtkWindow     *window)
{
  const char *actions = g_getenv ("VB_TEST_ACTION");
  g_auto(GStrv) names = NULL;

  if (actions == NULL || *actions == '\0' || self->test_action_run)
    return;
  self->test_action_run = TRUE;
  names = g_strsplit (actions, " ", -1);
  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autoptr(GError) error = NULL;

      if (*names[i] == '\0')
        continue;
      if (!g_action_parse_detailed_name (names[i], &name, &target, &error))
        {
          g_warning ("VB_TEST_ACTION: %s", error->message);
          continue;
        }
      /* a page's own action (goals.add-task) is found from the page shown */
      if (!g_str_has_prefix (name, "win.") && !g_str_has_prefix (name, "app.") && VB_IS_WINDOW (window) &&
          vb_window_get_project (VB_WINDOW (window)))
        {
          VbWindow *w = VB_WINDOW (window);
          GtkWidget *page = vb_window_get_stage_page (w, vb_window_get_visible_stage (w));

          if (page && gtk_widget_activate_action_variant (page, name, target))
            continue;
        }
      if (!gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target))
        g_warning ("VB_TEST_ACTION: no action %s here", names[i]);
    }
}

static gboolean
opens_sample_at_start (void)
{
  return g_strcmp0 (g_getenv ("VB_STARTUP_OPEN_SAMPLE"), "1") == 0 ||
         g_strcmp0 (g_getenv ("VB_TEST_OPEN_SAMPLE"), "1") == 0;
}

/* actions */

static void
new_window_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gtk_window_present (vb_application_new_window (user_data));
}

static void
preferences_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  VbApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (vb_preferences_window_new (parent, self->settings)));
}

static void
about_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  VbApplication *self = user_data;
  const char *developers[] = { "The Vendorbench developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (parent,
                         "application-name", _("Vendorbench"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Vendorbench developers"),
                         "developers", developers,
                         "comments", _("Choose an outsourcing vendor and plan the hand-over, one clear step at a time."),
                         "website", "https://github.com/vendorbench/vendorbench",
                         "issue-url", "https://github.com/vendorbench/vendorbench/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Vendorbench developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* GTK 4.8 shows the shortcuts window's own controls (its search entry and
 * search button, the sections menu) to screen readers by their type names,
 * and the window itself too when it has no title: name them. */
static void
name_shortcuts_controls (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_SEARCH_ENTRY (c))
        gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Shortcuts"), -1);
      else if (GTK_IS_MENU_BUTTON (c))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"), -1);
          for (GtkWidget *b = gtk_widget_get_first_child (c); b; b = gtk_widget_get_next_sibling (b))
            if (GTK_IS_BUTTON (b))
              gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"), -1);
        }
      else if (GTK_IS_TOGGLE_BUTTON (c) && gtk_button_get_label (GTK_BUTTON (c)) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Shortcuts"), -1);
      name_shortcuts_controls (c);
    }
}

/* The shortcuts window is built the first time it is asked for, not with
 * every window as GtkApplication does for gtk/help-overlay.ui: start-up
 * does not pay for it. */
static void
shortcuts_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkShortcutsWindow *overlay;

  if (!GTK_IS_APPLICATION_WINDOW (window))
    return;
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/vendorbench/Vendorbench/vb-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      if (gtk_window_get_title (GTK_WINDOW (overlay)) == NULL)
        gtk_window_set_title (GTK_WINDOW (overlay), _("Keyboard Shortcuts"));
      name_shortcuts_controls (GTK_WIDGET (overlay));
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (window), overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
quit_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "shortcuts", shortcuts_activated },
  { "quit", quit_activated },
};

/* GApplication */

static void
report_open_error (VbApplication *self,
                   GtkWindow     *window,
                   const char    *path,
                   const GError  *error)
{
  if (window == NULL)
    window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = vb_application_new_window (self);
  gtk_window_present (window);
  vb_window_show_open_error (VB_WINDOW (window), path, error->message);
}

/* libadwaita adds its icons to the icon theme after GTK has begun reading
 * the theme in a thread, which makes the theme stale: the first icon the
 * window draws then reads every icon folder again on the main thread,
 * about a tenth of the work before the first frame. A worker asks for an
 * icon instead, so the theme is read again while the window is built (the
 * icon theme locks itself; GTK reads it from a thread the same way). */
static void
read_icon_theme_thread (GTask        *task,
                        gpointer      source,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  gtk_icon_theme_has_icon (GTK_ICON_THEME (source), "open-menu-symbolic");
  g_task_return_boolean (task, TRUE);
}

static void
read_icon_theme_soon (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  task = g_task_new (gtk_icon_theme_get_for_display (display), NULL, NULL, NULL);
  g_task_run_in_thread (task, read_icon_theme_thread);
}

static void
vb_application_startup (GApplication *app)
{
  VbApplication *self = VB_APPLICATION (app);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *prefs_accels[] = { "<Control>comma", NULL };
  const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (vb_application_parent_class)->startup (app);
  read_icon_theme_soon ();

  g_set_application_name (_("Vendorbench"));
  gtk_window_set_default_icon_name (APP_ID);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::author-name",
                           G_CALLBACK (on_author_changed_cb), self, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
}

static void
vb_application_activate (GApplication *app)
{
  VbApplication *self = VB_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = vb_application_new_window (self);
      if (opens_sample_at_start ())
        vb_application_open_sample (self, window);
    }
  gtk_window_present (window);
  /* with the sample, start-up ends when the sample is drawn */
  if (!opens_sample_at_start ())
    {
      maybe_report_startup (self, window);
      run_test_action (self, window);
    }
}

static void
vb_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  VbApplication *self = VB_APPLICATION (app);
  GtkWindow *first = NULL;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("“%s” is not a file on this computer; copy it to a folder first."), uri);
          report_open_error (self, first, NULL, error);
          continue;
        }
      vb_application_open_path (self, path, first);
      if (first == NULL)
        first = vb_application_find_project_window (self, path);
    }
  if (first == NULL)
    first = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (first == NULL)
    first = vb_application_new_window (self);
  maybe_report_startup (self, first);
  /* windows shown above are presented already; presenting again would raise
   * them over an error dialog where no window manager keeps it on top */
  if (!gtk_widget_get_visible (GTK_WIDGET (first)))
    gtk_window_present (first);
  if (n_files == 0)
    run_test_action (self, first);
}

static void
vb_application_dispose (GObject *object)
{
  VbApplication *self = VB_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (vb_application_parent_class)->dispose (object);
}

static void
vb_application_class_init (VbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vb_application_dispose;
  app_class->startup = vb_application_startup;
  app_class->activate = vb_application_activate;
  app_class->open = vb_application_open;
}

static void
vb_application_init (VbApplication *self)
{
}

VbApplication *
vb_application_new (void)
{
  return g_object_new (VB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/vendorbench/Vendorbench",
                       NULL);
}
