/* test-journey.c — the foundation's path, end to end, in the real window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As a user would: create a project through the New Project dialog, open
 * Goals & Scope from the sidebar and add a task, open Vendors and add a
 * vendor, reject one with a reason; read all of it back from the file on
 * disk through a connection of our own; then press Ctrl+Z until the work is
 * undone and find the file without it.
 */

#define G_LOG_DOMAIN "vb-test-journey"

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "vb-application.h"
#include "vb-goals-page.h"
#include "vb-guide.h"
#include "vb-new-project-dialog.h"
#include "vb-project.h"
#include "vb-template.h"
#include "vb-vendors-page.h"
#include "vb-window.h"
#include "vb-display-app.h"

static VbApplication *app;
static char *tmp_root;

static gboolean
match_name (GtkWidget *w, gconstpointer data)
{
  return g_strcmp0 (gtk_widget_get_name (w), data) == 0 && gtk_widget_get_visible (w);
}

static gboolean
match_type (GtkWidget *w, gconstpointer data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (w, GPOINTER_TO_SIZE (data));
}

static gboolean
match_action (GtkWidget *w, gconstpointer data)
{
  const char *const *spec = data;
  GVariant *target;

  if (!GTK_IS_BUTTON (w) || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), spec[0]) != 0)
    return FALSE;
  if (spec[1] == NULL)
    return TRUE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w));
  return target && g_str_equal (g_variant_get_string (target, NULL), spec[1]);
}

static gboolean
match_stage_row (GtkWidget *w, gconstpointer data)
{
  return GTK_IS_LIST_BOX_ROW (w) &&
         g_object_get_data (G_OBJECT (w), "vb-stage") == data;
}

static GtkWidget *
by_name (GtkWidget *root, const char *name)
{
  GtkWidget *w = vbd_find (root, match_name, name);

  g_assert_nonnull (w);
  return w;
}

static void
click_action (GtkWidget *root, const char *action, const char *target)
{
  const char *spec[] = { action, target };
  GtkWidget *button = vbd_find (root, match_action, spec);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  vbd_iterate (30);
}

/* what is on disk, read through a connection of our own */
static char *
disk_text (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return out ? out : g_strdup ("");
}

/* Ctrl+Z as the window gets it, with the focus on the window itself */
static void
press_ctrl_z (GtkWindow *window)
{
  g_autoptr(GtkShortcutAction) undo = gtk_named_action_new ("win.undo");

  gtk_widget_grab_focus (GTK_WIDGET (window));
  g_assert_true (gtk_shortcut_action_activate (undo, 0, GTK_WIDGET (window), NULL));
  vbd_iterate (30);
}

static void
show_stage (GtkWindow *window, VbStage stage)
{
  GtkWidget *row = vbd_find (GTK_WIDGET (window), match_stage_row, GINT_TO_POINTER (stage));

  g_assert_nonnull (row);
  /* a click on a sidebar row selects it */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (VB_WINDOW (window)), ==, stage);
}

static void
test_journey (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = NULL;
  g_autofree char *value = NULL;
  GtkWindow *window, *dialog;
  AdwMessageDialog *reject;
  GtkWidget *page, *tasks, *row;
  VbProject *project;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_settings_set_string (vb_application_get_settings (app), "projects-folder", folder);

  /* the welcome page: New Project… */
  window = vb_application_new_window (app);
  gtk_window_present (window);
  vbd_iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  vbd_iterate (100);
  dialog = vbd_shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (by_name (GTK_WIDGET (dialog), "name-row")), "Journey");
  {
    g_autoptr(GPtrArray) templates = vb_template_list ();
    guint blank = G_MAXUINT;

    for (guint i = 0; i < templates->len; i++)
      if (g_str_equal (((VbTemplateInfo *) templates->pdata[i])->id, "blank"))
        blank = i;
    g_assert_cmpuint (blank, !=, G_MAXUINT);
    adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (GTK_WIDGET (dialog), "template-row")), blank);
  }
  path = vb_new_project_dialog_dup_path (VB_NEW_PROJECT_DIALOG (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  vbd_iterate (150);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  project = vb_window_get_project (VB_WINDOW (window));
  g_assert_nonnull (project);
  value = disk_text (path, "SELECT name FROM project");
  g_assert_cmpstr (value, ==, "Journey");

  /* Goals & Scope: add a task and fill it in */
  show_stage (window, VB_STAGE_GOALS);
  page = vbd_find (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (VB_TYPE_GOALS_PAGE));
  g_assert_nonnull (page);
  click_action (page, "goals.add-task", NULL);
  tasks = GTK_WIDGET (gtk_widget_get_template_child (page, VB_TYPE_GOALS_PAGE, "tasks_list"));
  row = vbd_last_row (tasks);
  vbd_type_and_enter (by_name (row, "name"), "Order status chats");
  vbd_type_and_enter (by_name (row, "monthly_volume"), "2400");
  vbd_type_and_enter (by_name (row, "handle_minutes"), "5");
  g_free (value);
  value = disk_text (path, "SELECT name || '|' || monthly_volume || '|' || handle_minutes FROM task");
  g_assert_cmpstr (value, ==, "Order status chats|2400.0|5.0");

  /* Vendors: add two, reject one with a reason */
  show_stage (window, VB_STAGE_VENDORS);
  page = vbd_find (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (VB_TYPE_VENDORS_PAGE));
  g_assert_nonnull (page);
  click_action (page, "vendors.add-vendor", NULL);
  vbd_type_and_enter (by_name (GTK_WIDGET (gtk_widget_get_template_child (page, VB_TYPE_VENDORS_PAGE, "editor_box")), "name"),
                  "Brightdesk");
  click_action (page, "vendors.add-vendor", NULL);
  vbd_type_and_enter (by_name (GTK_WIDGET (gtk_widget_get_template_child (page, VB_TYPE_VENDORS_PAGE, "editor_box")), "name"),
                  "QuickServe");
  click_action (GTK_WIDGET (gtk_widget_get_template_child (page, VB_TYPE_VENDORS_PAGE, "editor_box")),
                "vendors.set-status", "rejected");
  reject = ADW_MESSAGE_DIALOG (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (reject);
  gtk_editable_set_text (GTK_EDITABLE (by_name (adw_message_dialog_get_extra_child (reject), "rejection-reason")),
                         "No weekend cover");
  adw_message_dialog_response (reject, "reject");
  gtk_window_destroy (GTK_WINDOW (reject));
  vbd_iterate (50);

  g_free (value);
  value = disk_text (path, "SELECT group_concat(name || ':' || status || ':' || rejection_reason, ',') "
                           "FROM (SELECT * FROM vendor ORDER BY position)");
  g_assert_cmpstr (value, ==, "Brightdesk:long-list:,QuickServe:rejected:No weekend cover");
  g_free (value);
  value = disk_text (path, "SELECT author FROM activity ORDER BY rowid DESC LIMIT 1");
  g_assert_cmpstr (value, !=, "");

  /* Ctrl+Z until the project is as it was created */
  for (int i = 0; i < 50 && vb_project_get_can_undo (project); i++)
    press_ctrl_z (window);
  g_assert_false (vb_project_get_can_undo (project));
  g_free (value);
  value = disk_text (path, "SELECT (SELECT count(*) FROM task) || '|' || (SELECT count(*) FROM vendor)");
  g_assert_cmpstr (value, ==, "0|0");
  /* what was undone left tombstones, so a later merge knows it is gone */
  g_free (value);
  value = disk_text (path, "SELECT count(*) FROM tombstone WHERE table_name IN ('task', 'vendor')");
  g_assert_cmpstr (value, ==, "3");
  /* and the log kept every step, the undos included */
  g_free (value);
  value = disk_text (path, "SELECT count(*) > 0 FROM activity WHERE action = 'undo'");
  g_assert_cmpstr (value, ==, "1");

  gtk_window_destroy (window);
  vbd_iterate (50);
}

int
main (int argc, char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "journey", &tmp_root);

  g_test_add_func ("/journey/create-add-reject-undo", test_journey);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
