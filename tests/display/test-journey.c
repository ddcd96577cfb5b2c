/* test-journey.c — the foundation's path, end to end, in the real window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As a user would: create a project through the New Project dialog, open
 * Goals & Scope from the sidebar and add a task in its editor, open
 * Vendors and add two vendors, reject one with a reason; read all of it
 * back from the file on disk through a connection of our own; then press
 * Ctrl+Z until the work is undone and find the file without it.
 */

#define G_LOG_DOMAIN "vb-test-journey"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-field.h"
#include "vb-goals-page.h"
#include "vb-new-project-dialog.h"
#include "vb-task-editor.h"
#include "vb-vendors-page.h"
#include "vb-display-window.h"
#include "vb-display-keys.h"

static VbApplication *app;
static char *tmp_root;

static gboolean
toplevel_of_type_cb (gpointer type)
{
  return vbd_shown_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
no_toplevel_of_type_cb (gpointer type)
{
  return vbd_shown_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

/* A click on the sidebar's row of @stage */
static GtkWidget *
click_stage (VbdProjectWindow *pw,
             VbStage           stage)
{
  GtkWidget *row = vbd_sidebar_row (pw, stage);

  gtk_list_box_select_row (GTK_LIST_BOX (vbd_sidebar (pw)), GTK_LIST_BOX_ROW (row));
  g_signal_emit_by_name (vbd_sidebar (pw), "row-activated", row);
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (pw->window), ==, stage);
  return vb_window_get_stage_page (pw->window, stage);
}

static GtkWidget *
editor_field (GtkWidget  *root,
              const char *property)
{
  GtkWidget *field = vb_field_find (root, property);

  g_assert_nonnull (field);
  return field;
}

static void
test_journey (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = NULL;
  g_autofree char *value = NULL;
  VbdProjectWindow pw = { 0 };
  GtkWindow *window, *dialog, *editor;
  GtkWidget *page, *editor_box, *more, *entry;
  GMenuModel *menu;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_settings_set_string (vb_application_get_settings (app), "projects-folder", folder);

  /* the welcome page: New Project…, a name, the blank template, Create */
  window = vb_application_new_window (app);
  gtk_window_set_default_size (window, 1200, 800);
  gtk_window_present (window);
  vbd_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  g_assert_true (vbd_wait_for (toplevel_of_type_cb, GSIZE_TO_POINTER (VB_TYPE_NEW_PROJECT_DIALOG), 2000));
  dialog = vbd_shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (GTK_WIDGET (dialog), "name-row")), "Journey");
  vbd_click (vbd_by_name (GTK_WIDGET (dialog), "template-blank"));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (vbd_by_name (GTK_WIDGET (dialog), "template-blank"))));
  path = vb_new_project_dialog_dup_path (VB_NEW_PROJECT_DIALOG (dialog));
  vbd_click (vbd_action_button (GTK_WIDGET (dialog), "dialog.create", NULL));
  g_assert_true (vbd_wait_for (no_toplevel_of_type_cb, GSIZE_TO_POINTER (VB_TYPE_NEW_PROJECT_DIALOG), 2000));
  vbd_iterate (100);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  pw.window = VB_WINDOW (window);
  pw.project = vb_window_get_project (pw.window);
  pw.path = g_strdup (path);
  g_assert_nonnull (pw.project);
  value = vbd_db_text (path, "SELECT name || '|' || template FROM project");
  g_assert_cmpstr (value, ==, "Journey|blank");

  /* Goals & Scope: Add Task, filled in in its editor */
  page = click_stage (&pw, VB_STAGE_GOALS);
  vbd_click (vbd_action_button (page, "goals.add-task", NULL));
  editor = vbd_shown_toplevel (VB_TYPE_TASK_EDITOR);
  g_assert_nonnull (editor);
  vbd_type_and_enter (editor_field (GTK_WIDGET (editor), "name"), "Order status chats");
  vbd_type_and_enter (editor_field (GTK_WIDGET (editor), "monthly-volume"), "2400");
  vbd_type_and_enter (editor_field (GTK_WIDGET (editor), "handle-minutes"), "5");
  gtk_window_close (editor);
  vbd_iterate (50);
  g_free (value);
  value = vbd_db_text (path, "SELECT name || '|' || monthly_volume || '|' || handle_minutes FROM task");
  g_assert_cmpstr (value, ==, "Order status chats|2400.0|5.0");

  /* Vendors: add two, reject one with a reason */
  page = click_stage (&pw, VB_STAGE_VENDORS);
  editor_box = GTK_WIDGET (gtk_widget_get_template_child (page, VB_TYPE_VENDORS_PAGE, "editor_box"));
  vbd_click (vbd_action_button (page, "vendors.add-vendor", NULL));
  vbd_type_and_enter (editor_field (editor_box, "name"), "Brightdesk");
  vbd_click (vbd_action_button (page, "vendors.add-vendor", NULL));
  vbd_type_and_enter (editor_field (editor_box, "name"), "QuickServe");
  more = vbd_by_name (editor_box, "status-more");
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (more));
  {
    g_autofree char *label = NULL, *action = NULL;
    int last = g_menu_model_get_n_items (menu) - 1;

    g_assert_true (g_menu_model_get_item_attribute (menu, last, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "Reject…");
    g_assert_true (g_menu_model_get_item_attribute (menu, last, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    g_assert_true (gtk_widget_activate_action (more, action, NULL));
  }
  g_assert_true (vbd_wait_for (toplevel_of_type_cb, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 2000));
  entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  vbd_type_and_enter (entry, "No weekend cover");
  g_assert_true (vbd_wait_for (no_toplevel_of_type_cb, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 2000));

  g_free (value);
  value = vbd_db_text (path, "SELECT group_concat(name || ':' || status || ':' || rejection_reason, ',') "
                             "FROM (SELECT * FROM vendor ORDER BY position)");
  g_assert_cmpstr (value, ==, "Brightdesk:long-list:,QuickServe:rejected:No weekend cover");
  g_free (value);
  value = vbd_db_text (path, "SELECT author FROM activity ORDER BY rowid DESC LIMIT 1");
  g_assert_cmpstr (value, !=, "");

  /* Ctrl+Z, pressed with the keyboard in the sidebar, until the project is
   * as it was created */
  vbd_key (window, GDK_KEY_F6, 0);
  for (int i = 0; i < 50 && vb_project_get_can_undo (pw.project); i++)
    vbd_key (window, GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_false (vb_project_get_can_undo (pw.project));
  g_free (value);
  value = vbd_db_text (path, "SELECT (SELECT count(*) FROM task) || '|' || (SELECT count(*) FROM vendor)");
  g_assert_cmpstr (value, ==, "0|0");
  /* what was undone left tombstones, so that a later merge knows it is gone */
  g_free (value);
  value = vbd_db_text (path, "SELECT count(*) FROM tombstone WHERE table_name IN ('task', 'vendor')");
  g_assert_cmpstr (value, ==, "3");
  /* and the log kept every step, the undos included */
  g_free (value);
  value = vbd_db_text (path, "SELECT count(*) > 0 FROM activity WHERE action = 'undo'");
  g_assert_cmpstr (value, ==, "1");

  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "journey", &tmp_root);

  g_test_add_func ("/journey/create-add-reject-undo", test_journey);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
