/* test-shell.c — the application shell, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds every shell window and page from its template, drives actions,
 * buttons and entries, and reads the result back from the file on disk.
 */
#define G_LOG_DOMAIN "test-shell"

#include "config.h"

#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "vb-application.h"
#include "vb-dashboard-page.h"
#include "vb-guide.h"
#include "vb-json.h"
#include "vb-new-project-dialog.h"
#include "vb-preferences-window.h"
#include "vb-project.h"
#include "vb-template.h"
#include "vb-welcome-page.h"
#include "vb-window.h"
#include "vb-display-app.h"

static VbApplication *app;
static char *tmp_root;

/* helpers */

typedef gboolean (*Cond) (gpointer data);

static gboolean
iterate_until (Cond cond, gpointer data, guint max_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) max_ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (cond (data))
        return TRUE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return cond (data);
}

static GtkWidget *
find_widget (GtkWidget *root, GType type, const char *name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type) &&
          (name == NULL || g_strcmp0 (gtk_widget_get_name (c), name) == 0))
        return c;
      if ((found = find_widget (c, type, name)))
        return found;
    }
  return NULL;
}

static gboolean
toplevel_shown (gpointer type)
{
  return vbd_shown_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static void
close_all_windows (void)
{
  GListModel *tops = gtk_window_get_toplevels ();
  guint n;

  while ((n = g_list_model_get_n_items (tops)) > 0)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, 0);
      gtk_window_destroy (w);
      vbd_iterate (10);
    }
  vbd_iterate (50);
}

static char *
make_folder (const char *name)
{
  char *dir = g_build_filename (tmp_root, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

static char *
create_project_file (const char *folder, const char *name, const char *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strconcat (name, VB_PROJECT_SUFFIX, NULL);
  char *path = g_build_filename (folder, file, NULL);
  g_autoptr(VbProject) project = vb_project_create (path, name, template_id, "EUR", &error);

  g_assert_no_error (error);
  vb_project_close (project);
  return path;
}

static VbWindow *
open_in_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window = vb_application_open_path (app, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (VB_IS_WINDOW (window));
  vbd_iterate (50);
  return VB_WINDOW (window);
}

static guint
count_windows_for (const char *path)
{
  g_autofree char *want = vb_canonical_path (path);
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    {
      VbProject *p = VB_IS_WINDOW (l->data) ? vb_window_get_project (l->data) : NULL;
      g_autofree char *have = p ? vb_canonical_path (vb_project_get_path (p)) : NULL;
      if (have && g_str_equal (have, want))
        n++;
    }
  return n;
}

static char *
read_name_from_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &error);
  char *name;

  g_assert_no_error (error);
  name = g_strdup (vb_project_get_name (p));
  vb_project_close (p);
  return name;
}

/* The first button bound to @action (and @target when not NULL) */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action,
                    const char *target_prefix)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), action) == 0)
        {
          GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (c));

          if (target_prefix == NULL ||
              (target && g_str_has_prefix (g_variant_get_string (target, NULL), target_prefix)))
            return c;
        }
      if ((found = find_action_button (c, action, target_prefix)))
        return found;
    }
  return NULL;
}

static char *
menu_label_in (GtkWidget  *root,
               const char *action)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GMenuModel *menu = GTK_IS_MENU_BUTTON (c) ? gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (c)) : NULL;
      char *label = NULL;

      for (int i = 0; menu && i < g_menu_model_get_n_items (menu) && label == NULL; i++)
        {
          g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

          for (int j = 0; section && j < g_menu_model_get_n_items (section) && label == NULL; j++)
            {
              g_autofree char *a = NULL;

              if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &a) &&
                  g_str_equal (a, action))
                g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label);
            }
        }
      if (label == NULL)
        label = menu_label_in (c, action);
      if (label)
        return label;
    }
  return NULL;
}

/* The label of the window menu's item for @action, as the menu shows it */
static const char *
menu_label_for (VbWindow   *window,
                const char *action)
{
  static char *label;

  g_clear_pointer (&label, g_free);
  label = menu_label_in (GTK_WIDGET (window), action);
  return label;
}

/* tests */

static void
test_templates (void)
{
  g_autofree char *dir = make_folder ("templates");
  g_autofree char *path = create_project_file (dir, "Templates", "customer-support");
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = vb_project_open (path, &error);
  g_autoptr(VbGuide) guide = NULL;
  GtkWidget *welcome, *dashboard, *window, *dialog, *prefs;
  g_autoptr(GtkBuilder) builder = NULL;

  g_assert_no_error (error);
  guide = vb_guide_new (project);

  welcome = g_object_ref_sink (vb_welcome_page_new ());
  g_assert_nonnull (find_widget (welcome, GTK_TYPE_LIST_BOX, NULL));
  g_object_unref (welcome);

  dashboard = g_object_ref_sink (vb_dashboard_page_new (project, guide));
  g_assert_nonnull (find_widget (dashboard, GTK_TYPE_LEVEL_BAR, NULL));
  g_assert_nonnull (find_widget (dashboard, GTK_TYPE_LIST_BOX, NULL));
  g_object_unref (dashboard);

  window = vb_window_new (GTK_APPLICATION (app));
  /* the shortcuts window is built when first asked for */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  gtk_widget_set_visible (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))), FALSE);
  g_assert_nonnull (find_widget (window, VB_TYPE_WELCOME_PAGE, NULL));
  g_assert_nonnull (find_widget (window, ADW_TYPE_LEAFLET, NULL));
  g_assert_nonnull (find_widget (window, GTK_TYPE_INFO_BAR, NULL));

  dialog = vb_new_project_dialog_new (GTK_WINDOW (window), dir);
  g_assert_nonnull (find_widget (dialog, ADW_TYPE_ENTRY_ROW, "name-row"));
  g_assert_nonnull (find_widget (dialog, ADW_TYPE_COMBO_ROW, "template-row"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  prefs = vb_preferences_window_new (GTK_WINDOW (window), vb_application_get_settings (app));
  g_assert_nonnull (find_widget (prefs, GTK_TYPE_ENTRY, NULL));
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* the shortcuts window's template */
  builder = gtk_builder_new_from_resource ("/io/github/vendorbench/Vendorbench/vb-shortcuts-window.ui");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  /* with a project: the dashboard, both stage pages and the sidebar */
  vb_window_set_project (VB_WINDOW (window), project);
  gtk_window_present (GTK_WINDOW (window));
  vbd_iterate (100);
  g_assert_nonnull (find_widget (window, VB_TYPE_DASHBOARD_PAGE, NULL));
  g_assert_cmpint (vb_window_get_visible_stage (VB_WINDOW (window)), ==, VB_STAGE_DASHBOARD);
  gtk_widget_activate_action (window, "win.show-stage", "s", "vendors");
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (VB_WINDOW (window)), ==, VB_STAGE_VENDORS);
  gtk_widget_activate_action (window, "win.show-stage", "s", "goals");
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (VB_WINDOW (window)), ==, VB_STAGE_GOALS);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Templates");

  /* the error action the stage pages use */
  gtk_widget_activate_action (window, "win.show-error", "s", "Something went wrong");
  vbd_iterate (50);
  close_all_windows ();
}

static void
test_new_project (void)
{
  g_autofree char *folder = make_folder ("new-project");
  GtkWindow *window;
  VbNewProjectDialog *dialog;
  AdwComboRow *template_row;
  GListModel *names;
  g_autoptr(GPtrArray) templates = vb_template_list ();
  guint back_office = G_MAXUINT;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) check = NULL;

  g_settings_set_string (vb_application_get_settings (app), "projects-folder", folder);
  window = vb_application_new_window (app);
  gtk_window_present (window);
  vbd_iterate (50);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (VB_TYPE_NEW_PROJECT_DIALOG), 2000));
  dialog = VB_NEW_PROJECT_DIALOG (vbd_shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG));

  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "name-row")),
                         "Acme Support");
  template_row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "template-row"));
  names = adw_combo_row_get_model (template_row);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, templates->len);
  for (guint i = 0; i < templates->len; i++)
    if (g_str_equal (((VbTemplateInfo *) templates->pdata[i])->id, "back-office"))
      back_office = i;
  g_assert_cmpuint (back_office, !=, G_MAXUINT);
  adw_combo_row_set_selected (template_row, back_office);

  path = vb_new_project_dialog_dup_path (dialog);
  g_assert_true (g_str_has_prefix (path, folder));
  g_assert_true (g_str_has_suffix (path, "/Acme Support.vendorbench"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  vbd_iterate (100);
  g_assert_null (vbd_shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG));

  /* the file on disk holds the name and template chosen */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  check = vb_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vb_project_get_name (check), ==, "Acme Support");
  g_assert_cmpstr (vb_record_get_text (vb_project_get_settings (check), "template"), ==, "back-office");
  vb_project_close (check);

  /* it opened in the same window */
  g_assert_nonnull (vb_window_get_project (VB_WINDOW (window)));
  g_assert_cmpuint (count_windows_for (path), ==, 1);

  /* a second project with the same name gets “ 2” */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (VB_TYPE_NEW_PROJECT_DIALOG), 2000));
  dialog = VB_NEW_PROJECT_DIALOG (vbd_shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "name-row")),
                         "Acme Support");
  g_free (path);
  path = vb_new_project_dialog_dup_path (dialog);
  g_assert_true (g_str_has_suffix (path, "/Acme Support 2.vendorbench"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  vbd_iterate (100);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* the first window already had a project: a second window */
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  g_settings_reset (vb_application_get_settings (app), "projects-folder");
  close_all_windows ();
}

static void
test_sample (void)
{
  GtkWindow *window = vb_application_new_window (app);
  VbProject *project;
  const char *message = NULL;
  g_autofree char *expected = g_build_filename (g_get_user_cache_dir (), "vendorbench", "Sample.vendorbench", NULL);

  gtk_window_present (window);
  vbd_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  vbd_iterate (100);

  project = vb_window_get_project (VB_WINDOW (window));
  g_assert_nonnull (project);
  g_assert_true (vb_project_get_is_sample (project));
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_true (vb_window_get_info_bar_visible (VB_WINDOW (window), &message));
  g_assert_nonnull (strstr (message, "sample project"));

  /* the sample is not added to the recent list */
  {
    g_autofree char *uri = g_filename_to_uri (expected, NULL, NULL);
    g_assert_false (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }
  close_all_windows ();
}

static void
test_open_twice (void)
{
  g_autofree char *folder = make_folder ("twice");
  g_autofree char *path = create_project_file (folder, "Twice", "blank");
  g_autofree char *other_spelling = g_build_filename (folder, ".", "..", "twice", "Twice.vendorbench", NULL);
  GtkWindow *welcome = vb_application_new_window (app);

  gtk_window_present (welcome);
  vbd_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (welcome), "win.open-path", "s", path);
  vbd_iterate (50);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_true (vb_window_get_project (VB_WINDOW (welcome)) != NULL);

  gtk_widget_activate_action (GTK_WIDGET (welcome), "win.open-path", "s", other_spelling);
  vbd_iterate (50);
  open_in_window (path);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* a file that is not a project: the message is shown, no window opens */
  {
    g_autofree char *bad = g_build_filename (folder, "bad.vendorbench", NULL);
    g_autoptr(GError) error = NULL;

    AdwMessageDialog *dialog;

    g_assert_true (g_file_set_contents (bad, "not a project", -1, NULL));
    g_assert_null (vb_application_open_path (app, bad, NULL, &error));
    g_assert_nonnull (error);
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

    /* through the window, as the Open dialog and the recent list do */
    gtk_widget_activate_action (GTK_WIDGET (welcome), "win.open-path", "s", bad);
    g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 2000));
    dialog = ADW_MESSAGE_DIALOG (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
    g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "bad.vendorbench"));
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  }
  close_all_windows ();
}

/* A folder the process cannot write to. As root (CI) a read-only bind
 * mount is the only way; otherwise the folder's mode. */
static gboolean
make_read_only (const char *folder,
                const char *mountpoint)
{
  if (geteuid () != 0)
    return g_chmod (folder, 0555) == 0;
  {
    const char *bind[] = { "mount", "--bind", folder, mountpoint, NULL };
    const char *remount[] = { "mount", "-o", "remount,bind,ro", mountpoint, NULL };
    int status = -1;

    if (!g_spawn_sync (NULL, (char **) bind, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL) ||
        status != 0)
      return FALSE;
    if (!g_spawn_sync (NULL, (char **) remount, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL) ||
        status != 0)
      return FALSE;
    return TRUE;
  }
}

static void
undo_read_only (const char *folder,
                const char *mountpoint)
{
  if (geteuid () != 0)
    g_chmod (folder, 0755);
  else
    {
      const char *umount[] = { "umount", mountpoint, NULL };
      g_spawn_sync (NULL, (char **) umount, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }
}

static void
test_read_only (void)
{
  g_autofree char *folder = make_folder ("read-only");
  g_autofree char *mountpoint = make_folder ("read-only-mount");
  g_autofree char *path = create_project_file (folder, "Locked", "blank");
  g_autofree char *seen = NULL;
  g_autofree char *hash_before = NULL;
  g_autofree char *hash_after = NULL;
  g_autoptr(GError) error = NULL;
  VbWindow *window;
  VbProject *project;
  const char *message = NULL;

  g_assert_true (g_file_get_contents (path, &seen, NULL, NULL));
  hash_before = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seen, -1);
  g_clear_pointer (&seen, g_free);

  if (!make_read_only (folder, mountpoint))
    g_error ("a read-only folder could not be made (as root this needs mount --bind; as a user chmod)");
  if (geteuid () == 0)
    {
      g_free (path);
      path = g_build_filename (mountpoint, "Locked.vendorbench", NULL);
    }

  window = open_in_window (path);
  project = vb_window_get_project (window);
  g_assert_true (vb_project_get_read_only (project));
  g_assert_true (vb_window_get_info_bar_visible (window, &message));
  g_assert_nonnull (strstr (message, "read-only"));

  /* edits are refused and the file is untouched */
  g_assert_false (vb_project_set_text (project, vb_project_get_settings (project), "name", "Changed", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_READ_ONLY);
  close_all_windows ();

  g_assert_true (g_file_get_contents (path, &seen, NULL, NULL));
  hash_after = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seen, -1);
  g_assert_cmpstr (hash_before, ==, hash_after);
  undo_read_only (folder, mountpoint);
}

static void
test_undo_redo (void)
{
  g_autofree char *folder = make_folder ("undo");
  g_autofree char *path = create_project_file (folder, "Before", "blank");
  VbWindow *window = open_in_window (path);
  VbProject *project = vb_window_get_project (window);
  GtkWidget *undo_button = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GtkShortcutAction) undo = gtk_named_action_new ("win.undo");

  /* the header bar's undo button follows the action's state */
  {
    /* walk every button: the one bound to win.undo */
    GPtrArray *stack = g_ptr_array_new ();
    g_ptr_array_add (stack, window);
    while (stack->len > 0 && undo_button == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), "win.undo") == 0)
          undo_button = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (undo_button);
  g_assert_false (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Nothing to undo");
  g_assert_cmpstr (menu_label_for (window, "win.undo"), ==, "_Undo");
  /* the Ctrl+Z binding does nothing (and lets the key go) while there is nothing to undo */
  g_assert_false (gtk_shortcut_action_activate (undo, 0, GTK_WIDGET (window), NULL));

  g_assert_true (vb_project_set_text (project, vb_project_get_settings (project), "name", "After", &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  g_assert_true (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "After");
  /* the button and the menu item name the edit */
  {
    g_autofree char *tip = g_strdup_printf ("Undo: %s", vb_project_get_undo_summary (project));
    g_autofree char *item = g_strdup_printf ("_Undo: %s", vb_project_get_undo_summary (project));

    g_assert_cmpstr (vb_project_get_undo_summary (project), !=, "");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, tip);
    g_assert_cmpstr (menu_label_for (window, "win.undo"), ==, item);
    g_assert_cmpstr (menu_label_for (window, "win.redo"), ==, "_Redo");
  }

  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "After");
  g_clear_pointer (&name, g_free);

  /* Ctrl+Z: the same activation the key binding does */
  g_assert_true (gtk_shortcut_action_activate (undo, 0, GTK_WIDGET (window), NULL));
  vbd_iterate (50);
  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "Before");
  g_clear_pointer (&name, g_free);
  g_assert_false (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Before");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Nothing to undo");
  {
    GtkWidget *redo_button = find_action_button (GTK_WIDGET (window), "win.redo", NULL);
    g_autofree char *tip = g_strdup_printf ("Redo: %s", vb_project_get_redo_summary (project));

    g_assert_nonnull (redo_button);
    g_assert_true (gtk_widget_get_sensitive (redo_button));
    g_assert_cmpstr (vb_project_get_redo_summary (project), !=, "");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (redo_button), ==, tip);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  vbd_iterate (50);
  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "After");
  g_clear_pointer (&name, g_free);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  vbd_iterate (50);
  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "Before");
  close_all_windows ();
}

/* Ctrl+Z in a text field undoes the typing not yet committed first (GtkText's
 * own undo); with nothing uncommitted it undoes the last project edit. The
 * window decides in a capture-phase key handler, driven here with the key
 * event's signal. */
static gboolean
key_ctrl_z (VbWindow *window, gboolean shift)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      if (g_strcmp0 (gtk_event_controller_get_name (c), "vb-undo-keys") == 0)
        keys = c;
    }
  g_object_unref (controllers);
  g_assert_nonnull (keys);
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (keys), ==, GTK_PHASE_CAPTURE);
  g_signal_emit_by_name (keys, "key-pressed", shift ? GDK_KEY_Z : GDK_KEY_z, 0,
                         GDK_CONTROL_MASK | (shift ? GDK_SHIFT_MASK : 0), &handled);
  return handled;
}

static void
test_text_undo_first (void)
{
  g_autofree char *folder = make_folder ("text-undo");
  g_autofree char *path = create_project_file (folder, "Typing", "customer-support");
  VbWindow *window = open_in_window (path);
  VbProject *project = vb_window_get_project (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkWidget *page, *text;

  /* one project edit to undo */
  g_assert_true (vb_project_set_text (project, vb_project_get_settings (project), "name", "Typed Over", &error));
  vbd_iterate (50);

  /* focus not in a text field: the key is left to the window's bindings */
  gtk_widget_grab_focus (GTK_WIDGET (window));
  g_assert_false (key_ctrl_z (window, FALSE));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-stage", "s", "goals");
  vbd_iterate (100);
  {
    GType goals = g_type_from_name ("VbGoalsPage");
    page = goals ? find_widget (GTK_WIDGET (window), goals, NULL) : NULL;
  }
  text = page ? find_widget (page, GTK_TYPE_TEXT, NULL) : NULL;
  if (text == NULL)
    {
      g_test_skip ("the Goals page has no text field to type in");
      close_all_windows ();
      return;
    }
  g_assert_true (gtk_widget_grab_focus (text));
  vbd_iterate (50);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == text);

  /* typing not committed yet: GtkText keeps the key */
  {
    int pos = -1;
    gtk_editable_set_position (GTK_EDITABLE (text), -1);
    pos = gtk_editable_get_position (GTK_EDITABLE (text));
    gtk_editable_insert_text (GTK_EDITABLE (text), " typed", -1, &pos);
  }
  g_assert_false (key_ctrl_z (window, FALSE));
  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "Typed Over");
  g_clear_pointer (&name, g_free);

  /* GtkText undoes the typing: the field is back to what the project holds */
  gtk_widget_activate_action (text, "text.undo", NULL);
  vbd_iterate (50);

  /* nothing of its own left to undo: the key undoes the project edit */
  g_assert_true (key_ctrl_z (window, FALSE));
  vbd_iterate (50);
  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "Typing");
  g_clear_pointer (&name, g_free);

  g_assert_true (key_ctrl_z (window, TRUE));
  vbd_iterate (50);
  name = read_name_from_file (path);
  g_assert_cmpstr (name, ==, "Typed Over");
  close_all_windows ();
}

/* The dismissal rows in the file at @path, read through a second connection */
static guint
count_dismissals_on_disk (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) check = vb_project_open (path, &error);
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (vb_project_get_records (check, "dismissal"));
  vb_project_close (check);
  return n;
}

static gboolean
model_has_message (GListModel *model,
                   const char *message)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (model, i);

      if (g_strcmp0 (vb_finding_get_message (f), message) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_dismiss (void)
{
  g_autofree char *folder = make_folder ("dismiss");
  g_autofree char *path = create_project_file (folder, "Dismiss", "blank");
  VbWindow *window = open_in_window (path);
  VbProject *project = vb_window_get_project (window);
  VbGuide *guide = vb_window_get_guide (window);
  GtkWidget *dashboard = find_widget (GTK_WIDGET (window), VB_TYPE_DASHBOARD_PAGE, NULL);
  GtkWidget *button, *group, *label;
  AdwMessageDialog *dialog;
  g_autoptr(VbFinding) first = NULL;
  g_autofree char *message = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) check = NULL;
  g_autoptr(GPtrArray) activity = NULL;
  GListModel *dismissals;
  guint n_before;

  g_assert_nonnull (dashboard);
  vb_project_set_author (project, "Dana Reviewer");
  n_before = g_list_model_get_n_items (vb_guide_get_findings (guide));
  g_assert_cmpuint (n_before, >, 0);
  first = g_list_model_get_item (vb_guide_get_findings (guide), 0);
  message = g_strdup (vb_finding_get_message (first));

  /* nothing dismissed yet: no Dismissed section, no Restore button */
  g_assert_null (find_widget (dashboard, GTK_TYPE_BUTTON, "restore-button"));

  button = find_widget (dashboard, GTK_TYPE_BUTTON, "dismiss-button");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 2000));
  dialog = ADW_MESSAGE_DIALOG (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL)),
                         "We handle this by email");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  adw_message_dialog_response (dialog, "dismiss");
  gtk_window_destroy (GTK_WINDOW (dialog));
  vbd_iterate (100);

  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_findings (guide)), ==, n_before - 1);
  g_assert_false (model_has_message (vb_guide_get_findings (guide), message));

  check = vb_project_open (path, &error);
  g_assert_no_error (error);
  dismissals = vb_project_get_records (check, "dismissal");
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 1);
  {
    g_autoptr(VbRecord) row = g_list_model_get_item (dismissals, 0);
    g_assert_cmpstr (vb_record_get_text (row, "reason"), ==, "We handle this by email");
    g_assert_cmpstr (vb_record_get_text (row, "rule_id"), ==, vb_finding_get_rule_id (first));
    g_assert_cmpstr (vb_record_get_text (row, "dismissed_by"), ==, "Dana Reviewer");
  }
  vb_project_close (check);
  g_clear_object (&check);

  /* the Dismissed section shows it: the message, who and why, a Restore button */
  button = find_widget (dashboard, GTK_TYPE_BUTTON, "restore-button");
  g_assert_nonnull (button);
  group = gtk_widget_get_ancestor (button, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_nonnull (group);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Dismissed");
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_true (gtk_widget_is_drawable (button));
  label = find_widget (group, GTK_TYPE_LABEL, "dismissed-message");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, message);
  g_assert_true (gtk_widget_has_css_class (label, "dim-label"));
  label = find_widget (group, GTK_TYPE_LABEL, "dismissed-reason");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Dismissed by Dana Reviewer: We handle this by email");
  {
    g_autofree char *name = g_strdup_printf ("Restore: %s", message);
    gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  }

  /* Restore: the point is back, the row is gone from the file, one undo step */
  g_signal_emit_by_name (button, "clicked");
  vbd_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_findings (guide)), ==, n_before);
  g_assert_true (model_has_message (vb_guide_get_findings (guide), message));
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_dismissed (guide)), ==, 0);
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_null (find_widget (dashboard, GTK_TYPE_BUTTON, "restore-button"));
  g_assert_cmpuint (count_dismissals_on_disk (path), ==, 0);

  check = vb_project_open (path, &error);
  g_assert_no_error (error);
  activity = vb_project_read_activity (check, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity->len, >, 0);
  g_assert_cmpstr (vb_record_get_text (g_ptr_array_index (activity, activity->len - 1), "action"), ==, "restore");
  vb_project_close (check);
  g_clear_object (&check);

  summary = g_strdup_printf ("Restored “%s”", message);
  g_assert_cmpstr (vb_project_get_undo_summary (project), ==, summary);

  /* one undo brings the dismissal back, on screen and in the file */
  g_assert_true (vb_project_undo (project, &error));
  g_assert_no_error (error);
  vbd_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (vb_guide_get_findings (guide)), ==, n_before - 1);
  g_assert_true (model_has_message (vb_guide_get_dismissed (guide), message));
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_nonnull (find_widget (dashboard, GTK_TYPE_BUTTON, "restore-button"));
  g_assert_cmpuint (count_dismissals_on_disk (path), ==, 1);
  close_all_windows ();
}

/* Two findings whose buttons read the same (“Complete the task”) are told
 * apart by their accessible names: the action, then the message */
static void
test_dashboard_shared_labels (void)
{
  g_autofree char *folder = make_folder ("shared-labels");
  g_autofree char *path = create_project_file (folder, "Shared", "blank");
  VbWindow *window = open_in_window (path);
  VbProject *project = vb_window_get_project (window);
  VbGuide *guide = vb_window_get_guide (window);
  GtkWidget *dashboard = find_widget (GTK_WIDGET (window), VB_TYPE_DASHBOARD_PAGE, NULL);
  const char *names[] = { "Billing questions", "Returns" };
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  guint n_tasks = 0;

  g_assert_nonnull (dashboard);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      VbRecord *task = vb_project_add (project, "task", &error);

      g_assert_no_error (error);
      g_assert_true (vb_project_set_text (project, task, "name", names[i], &error));
      g_assert_no_error (error);
    }
  vbd_iterate (100);

  for (guint i = 0; i < g_list_model_get_n_items (vb_guide_get_findings (guide)); i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (vb_guide_get_findings (guide), i);
      g_autofree char *target = NULL;
      g_autofree char *expected = NULL;

      if (!g_str_equal (vb_finding_get_rule_id (f), "goals.task-incomplete"))
        continue;
      n_tasks++;
      target = g_strconcat (vb_finding_get_rule_id (f), VB_FINDING_TARGET_SEPARATOR,
                            vb_finding_get_subject (f), NULL);
      button = find_action_button (dashboard, "win.show-finding", target);
      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Complete the task");
      expected = g_strdup_printf ("Complete the task: %s", vb_finding_get_message (f));
      gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
    }
  g_assert_cmpuint (n_tasks, ==, 2);

  /* a label no other finding shares stays as it reads */
  button = find_action_button (dashboard, "win.show-finding", "goals.no-objective" VB_FINDING_TARGET_SEPARATOR);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Add an objective");
  close_all_windows ();
}

/* A finding's button on the dashboard shows its stage and does what fixes
 * it there, through the same path as the stage footer's button */
static gboolean
focus_is_in (gpointer data)
{
  GtkWidget *w = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (w));

  return focus && (focus == w || gtk_widget_is_ancestor (focus, w));
}

static void
test_show_finding (void)
{
  g_autofree char *folder = make_folder ("show-finding");
  g_autofree char *path = create_project_file (folder, "Findings", "blank");
  VbWindow *window = open_in_window (path);
  VbProject *project = vb_window_get_project (window);
  GtkWidget *dashboard = find_widget (GTK_WIDGET (window), VB_TYPE_DASHBOARD_PAGE, NULL);
  GtkWidget *button, *title;

  g_assert_nonnull (dashboard);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_DASHBOARD);
  g_assert_cmpint (vb_project_count_rows (project, "objective"), ==, 0);

  /* “Add an objective”: the Goals page, a new objective, the cursor in its title */
  button = find_action_button (dashboard, "win.show-finding", "goals.no-objective" VB_FINDING_TARGET_SEPARATOR);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Add an objective");
  g_signal_emit_by_name (button, "clicked");
  vbd_iterate (100);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_GOALS);
  g_assert_cmpint (vb_project_count_rows (project, "objective"), ==, 1);
  title = find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "objective-title");
  g_assert_nonnull (title);
  g_assert_true (iterate_until (focus_is_in, title, 1000));

  /* “Add a vendor”, through the action as the dashboard's row fires it */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-finding", "s",
                              "vendors.too-few" VB_FINDING_TARGET_SEPARATOR);
  vbd_iterate (100);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_VENDORS);
  g_assert_cmpint (vb_project_count_rows (project, "vendor"), ==, 1);

  /* a rule nobody knows: nothing moves */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-finding", "s", "nothing.such" VB_FINDING_TARGET_SEPARATOR);
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_VENDORS);
  g_assert_cmpint (vb_project_count_rows (project, "vendor"), ==, 1);
  close_all_windows ();
}

static void
test_rename (void)
{
  g_autofree char *folder = make_folder ("rename");
  g_autofree char *path = create_project_file (folder, "Old Name", "blank");
  g_autofree char *new_path = g_build_filename (folder, "New Name.vendorbench", NULL);
  VbWindow *window = open_in_window (path);
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL;
  g_autofree char *subtitle_folder = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename", NULL);
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 2000));
  dialog = ADW_MESSAGE_DIALOG (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL)), "New Name");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));
  vbd_iterate (100);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Name");
  close_all_windows ();
  name = read_name_from_file (new_path);
  g_assert_cmpstr (name, ==, "New Name");
}

static void
test_recent_remove_and_trash (void)
{
  g_autofree char *folder = make_folder ("recent");
  g_autofree char *path = create_project_file (folder, "Recent One", "blank");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GtkWindow *window;
  VbWelcomePage *welcome;
  GtkWidget *button;
  AdwToastOverlay *overlay;

  /* opening a project adds it to the recent list */
  open_in_window (path);
  close_all_windows ();
  vbd_iterate (200);
  g_assert_true (gtk_recent_manager_has_item (manager, uri));

  window = vb_application_new_window (app);
  gtk_window_present (window);
  welcome = VB_WELCOME_PAGE (find_widget (GTK_WIDGET (window), VB_TYPE_WELCOME_PAGE, NULL));
  vb_welcome_page_reload (welcome);
  g_assert_cmpuint (vb_welcome_page_get_n_recent (welcome), >=, 1);
  overlay = ADW_TOAST_OVERLAY (find_widget (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, NULL));
  g_assert_nonnull (overlay);

  /* Move to Trash, then undo through the toast's signal */
  button = NULL;
  {
    GPtrArray *stack = g_ptr_array_new ();
    g_ptr_array_add (stack, welcome);
    while (stack->len > 0 && button == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), "Move to Trash") == 0 &&
            g_strcmp0 (g_object_get_data (G_OBJECT (w), "vb-uri"), uri) == 0)
          button = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  vbd_iterate (200);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_recent_manager_has_item (manager, uri));

  /* the toast's Undo button restores the file (the toast is the last one shown) */
  {
    GtkWidget *undo = NULL;
    GPtrArray *stack = g_ptr_array_new ();
    g_ptr_array_add (stack, overlay);
    while (stack->len > 0 && undo == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Undo") == 0)
          undo = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
  }
  vbd_iterate (300);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (gtk_recent_manager_has_item (manager, uri));
  close_all_windows ();
}

/* GtkFileChooserNative falls back to a GtkFileChooserDialog without a portal:
 * answer it as a user would. FALSE when no dialog came (a portal took it). */
static gboolean
answer_file_chooser (const char *folder,
                     const char *file_name)
{
  GtkWindow *chooser;
  g_autoptr(GFile) dir = g_file_new_for_path (folder);

  if (!iterate_until (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG), 3000))
    return FALSE;
  chooser = vbd_shown_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  if (file_name)
    {
      /* the window opened the chooser in the projects folder (set by the test) */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), dir, NULL));
  vbd_iterate (1500);
  {
    g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    g_autofree char *p = chosen ? g_file_get_path (chosen) : NULL;
    g_test_message ("file chooser answers %s", p);
    /* never let a test write outside its folder */
    if (p == NULL || !g_str_has_prefix (p, folder))
      {
        gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
        vbd_iterate (100);
        return FALSE;
      }
  }
  g_signal_emit_by_name (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT), "clicked");
  vbd_iterate (1000);
  return TRUE;
}

static void
test_save_copy_and_move (void)
{
  g_autofree char *folder = make_folder ("copy-move");
  g_autofree char *elsewhere = make_folder ("copy-move-elsewhere");
  g_autofree char *path = create_project_file (folder, "Keep Me", "blank");
  g_autofree char *copy = g_build_filename (folder, "Copy of Keep Me.vendorbench", NULL);
  g_autofree char *moved = g_build_filename (elsewhere, "Keep Me.vendorbench", NULL);
  VbWindow *window = open_in_window (path);
  g_autofree char *name = NULL;
  gboolean answered;

  g_settings_set_string (vb_application_get_settings (app), "projects-folder", folder);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-copy", NULL);
  answered = answer_file_chooser (folder, "Copy of Keep Me.vendorbench");
  g_settings_reset (vb_application_get_settings (app), "projects-folder");
  if (!answered)
    {
      g_test_skip ("the fallback file chooser dialog could not be answered here");
      close_all_windows ();
      return;
    }
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  name = read_name_from_file (copy);
  g_assert_cmpstr (name, ==, "Keep Me");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.move", NULL);
  if (!answer_file_chooser (elsewhere, NULL))
    {
      g_test_message ("Move…: the fallback folder chooser could not be answered here; not checked");
      close_all_windows ();
      return;
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *want = vb_canonical_path (moved);
    g_autofree char *have = vb_canonical_path (vb_project_get_path (vb_window_get_project (window)));
    g_assert_cmpstr (have, ==, want);
  }
  close_all_windows ();
}

static gboolean
about_shown (gpointer data)
{
  return vbd_shown_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

/* preferences in GSettings reach windows and projects; app actions work */
static void
test_settings_and_app_actions (void)
{
  GSettings *settings = vb_application_get_settings (app);
  g_autofree char *folder = make_folder ("settings");
  g_autofree char *path = create_project_file (folder, "Settings", "blank");
  GtkWindow *window;
  VbWindow *project_window;
  int w = 0, h = 0;

  g_settings_set_int (settings, "window-width", 901);
  g_settings_set_int (settings, "window-height", 603);
  window = vb_application_new_window (app);
  gtk_window_get_default_size (window, &w, &h);
  g_assert_cmpint (w, ==, 901);
  g_assert_cmpint (h, ==, 603);

  /* the author in the activity log follows the preference, live */
  g_settings_set_string (settings, "author-name", "Dana Owner");
  project_window = open_in_window (path);
  g_assert_cmpstr (vb_project_get_author (vb_window_get_project (project_window)), ==, "Dana Owner");
  g_settings_set_string (settings, "author-name", "Sam Advisor");
  vbd_iterate (20);
  g_assert_cmpstr (vb_project_get_author (vb_window_get_project (project_window)), ==, "Sam Advisor");
  g_settings_reset (settings, "author-name");

  /* the projects folder preference drives where new projects go */
  g_settings_set_string (settings, "projects-folder", folder);
  {
    g_autofree char *got = vb_application_dup_projects_folder (app);
    g_assert_cmpstr (got, ==, folder);
  }
  g_settings_reset (settings, "projects-folder");
  {
    g_autofree char *got = vb_application_dup_projects_folder (app);
    g_assert_true (g_str_has_suffix (got, "/Vendorbench"));
  }

  gtk_window_present (GTK_WINDOW (project_window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (iterate_until (about_shown, NULL, 2000));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (VB_TYPE_PREFERENCES_WINDOW), 2000));
  close_all_windows ();
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* dropping a project file on a window opens it */
static void
test_drop (void)
{
  g_autofree char *folder = make_folder ("drop");
  g_autofree char *path = create_project_file (folder, "Dropped", "blank");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *window = vb_application_new_window (app);
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GSList *files = g_slist_append (NULL, file);
  GValue value = G_VALUE_INIT;
  gboolean ok = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (c))
        target = GTK_DROP_TARGET (c);
    }
  g_object_unref (controllers);
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &ok);
  g_value_unset (&value);
  g_slist_free (files);
  vbd_iterate (50);
  g_assert_true (ok);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_true (vb_window_get_project (VB_WINDOW (window)) != NULL);
  close_all_windows ();
}

int
main (int argc, char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "shell", &tmp_root);

  g_test_add_func ("/shell/templates", test_templates);
  g_test_add_func ("/shell/new-project", test_new_project);
  g_test_add_func ("/shell/sample", test_sample);
  g_test_add_func ("/shell/open-twice", test_open_twice);
  g_test_add_func ("/shell/read-only", test_read_only);
  g_test_add_func ("/shell/undo-redo", test_undo_redo);
  g_test_add_func ("/shell/text-undo-first", test_text_undo_first);
  g_test_add_func ("/shell/dismiss", test_dismiss);
  g_test_add_func ("/shell/dashboard-shared-labels", test_dashboard_shared_labels);
  g_test_add_func ("/shell/show-finding", test_show_finding);
  g_test_add_func ("/shell/rename", test_rename);
  g_test_add_func ("/shell/recent", test_recent_remove_and_trash);
  g_test_add_func ("/shell/settings", test_settings_and_app_actions);
  g_test_add_func ("/shell/drop", test_drop);
  g_test_add_func ("/shell/save-copy-and-move", test_save_copy_and_move);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
