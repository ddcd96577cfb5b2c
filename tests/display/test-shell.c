/* test-shell.c — the application shell, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Windows, dialogs and the actions around a project: new, open, the
 * sample, read-only files, undo, dismissing a finding, rename, copy and
 * move, the recent list, preferences. Each test clicks buttons found by
 * name or action, types into fields and presses Enter, answers dialogs,
 * and reads the result back from the project file on disk through a
 * SQLite connection of its own. The core API is used only to set up a
 * fixture. Waits are bounded loops over the main context: opening,
 * copying and moving run in the background.
 */
#define G_LOG_DOMAIN "test-shell"

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "vb-application.h"
#include "vb-dashboard-page.h"
#include "vb-field.h"
#include "vb-new-project-dialog.h"
#include "vb-objective.h"
#include "vb-preferences-window.h"
#include "vb-project.h"
#include "vb-project-settings.h"
#include "vb-stage.h"
#include "vb-task.h"
#include "vb-template.h"
#include "vb-vendor.h"
#include "vb-welcome-page.h"
#include "vb-window.h"
#include "vb-display-app.h"

/* How long anything may take before a test gives up: generous, since the
 * machine may be busy; a pass never waits for it */
#define WAIT_MS 20000

static VbApplication *app;
static char *tmp_root;

/* ------------------------------------------------------------ the main loop */

static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  do
    while (g_main_context_iteration (NULL, FALSE))
      ;
  while (g_get_monotonic_time () < end && (g_usleep (1000), TRUE));
}

typedef gboolean (*Cond) (gpointer data);

/* Iterate until @cond holds, for at most @max_ms */
static gboolean
wait_until (Cond     cond,
            gpointer data,
            guint    max_ms)
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

/* ------------------------------------------------------------ widgets */

typedef gboolean (*Match) (GtkWidget *w, gconstpointer data);

static void
collect (GtkWidget     *root,
         Match          match,
         gconstpointer  data,
         GPtrArray     *out)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (match (c, data))
        g_ptr_array_add (out, c);
      collect (c, match, data, out);
    }
}

/* Every descendant of @root that @match accepts, depth first */
static GPtrArray *
find_all (GtkWidget     *root,
          Match          match,
          gconstpointer  data)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, match, data, out);
  return out;
}

static GtkWidget *
find_first (GtkWidget     *root,
            Match          match,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) all = find_all (root, match, data);

  return all->len ? all->pdata[0] : NULL;
}

static gboolean
match_name (GtkWidget *w, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (w), name) == 0;
}

static gboolean
match_type (GtkWidget *w, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (w, GPOINTER_TO_SIZE (type));
}

static const char *
action_of (GtkWidget *w)
{
  return GTK_IS_ACTIONABLE (w) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) : NULL;
}

static gboolean
match_action (GtkWidget *w, gconstpointer action)
{
  return g_strcmp0 (action_of (w), action) == 0;
}

/* “ACTION” or “ACTION TARGET-PREFIX”: an actionable with that action
 * whose string target starts so */
static gboolean
match_action_target (GtkWidget *w, gconstpointer spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, " ", 2);
  GVariant *target;

  if (g_strcmp0 (action_of (w), parts[0]) != 0)
    return FALSE;
  if (parts[1] == NULL)
    return TRUE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w));
  return target && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING) &&
         g_str_has_prefix (g_variant_get_string (target, NULL), parts[1]);
}

/* A button (or a row) that shows on screen */
static gboolean
match_mapped_action (GtkWidget *w, gconstpointer action)
{
  return match_action (w, action) && gtk_widget_get_mapped (w);
}

static gboolean
match_label (GtkWidget *w, gconstpointer text)
{
  return GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), text) == 0;
}

/* The widget named @name below @root; fails the test when there is none */
static GtkWidget *
named (GtkWidget  *root,
       const char *name)
{
  GtkWidget *w = find_first (root, match_name, name);

  if (w == NULL)
    g_error ("no widget named “%s” below %s", name, G_OBJECT_TYPE_NAME (root));
  return w;
}

/* What a user's click does, refused on a control that is off or hidden;
 * the main loop has not run yet when it returns */
static void
press (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  if (GTK_IS_BUTTON (button))
    g_signal_emit_by_name (button, "clicked");
  else
    g_assert_true (gtk_widget_activate (button));
}

static void
click (GtkWidget *button)
{
  press (button);
  run_for (20);
}

/* The GtkText a user types into: the field itself, or the one inside it */
static GtkWidget *
text_of (GtkWidget *field)
{
  GtkWidget *text = GTK_IS_TEXT (field) ? field : find_first (field, match_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT));

  g_assert_nonnull (text);
  return text;
}

/* Type @s over what the field holds, as one paste */
static void
type_text (GtkWidget  *field,
           const char *s)
{
  GtkWidget *text = text_of (field);
  int pos = 0;

  g_assert_true (gtk_widget_is_sensitive (text));
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (text)));
  gtk_widget_grab_focus (text);
  gtk_editable_delete_text (GTK_EDITABLE (text), 0, -1);
  gtk_editable_insert_text (GTK_EDITABLE (text), s, -1, &pos);
  run_for (10);
}

/* Enter in a text field: GtkText's "activate", as its key binding does */
static void
press_enter (GtkWidget *field)
{
  g_signal_emit_by_name (text_of (field), "activate");
  run_for (20);
}

static gboolean
focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
focus_within_cb (gpointer widget)
{
  return focus_within (widget);
}

/* ------------------------------------------------------------ windows */

static GtkWindow *
shown_toplevel (GType type)
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

static gboolean
toplevel_shown_cb (gpointer type)
{
  return shown_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* Waits for a toplevel of @type; fails the test when none comes */
static GtkWidget *
wait_for_toplevel (GType type)
{
  if (!wait_until (toplevel_shown_cb, GSIZE_TO_POINTER (type), WAIT_MS))
    g_error ("no %s was shown", g_type_name (type));
  return GTK_WIDGET (shown_toplevel (type));
}

static gboolean
toplevel_gone_cb (gpointer type)
{
  return shown_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

/* Enter activates a dialog's default button the way a key press does: the
 * button shows itself pressed for a moment first */
static void
wait_for_toplevel_gone (GType type)
{
  if (!wait_until (toplevel_gone_cb, GSIZE_TO_POINTER (type), WAIT_MS))
    g_error ("the %s is still shown", g_type_name (type));
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
      run_for (10);
    }
  run_for (50);
}

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The windows that show the project file at @path */
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

static VbWindow *
window_for (const char *path)
{
  g_autofree char *want = vb_canonical_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    {
      VbProject *p = VB_IS_WINDOW (l->data) ? vb_window_get_project (l->data) : NULL;
      g_autofree char *have = p ? vb_canonical_path (vb_project_get_path (p)) : NULL;

      if (have && g_str_equal (have, want))
        return l->data;
    }
  return NULL;
}

static gboolean
window_for_cb (gpointer path)
{
  return window_for (path) != NULL;
}

static gboolean
window_has_project_cb (gpointer window)
{
  return vb_window_get_project (window) != NULL && !vb_window_get_loading (window);
}

static void
wait_for_project (VbWindow *window)
{
  if (!wait_until (window_has_project_cb, window, WAIT_MS))
    g_error ("the window did not show its project within %u ms", WAIT_MS);
  run_for (50);
}

static VbWindow *
new_welcome_window (void)
{
  GtkWindow *window = vb_application_new_window (app);

  gtk_window_set_default_size (window, 1000, 760);
  gtk_window_present (window);
  run_for (50);
  return VB_WINDOW (window);
}

/* Opens @path as the Open dialog and the recent list do, and waits */
static VbWindow *
open_in_window (const char *path)
{
  VbWindow *window = new_welcome_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-path", "s", path));
  wait_for_project (window);
  return window;
}

/* The page the window shows for @stage, after showing it */
static GtkWidget *
show_stage (VbWindow *window,
            VbStage   stage)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-stage", "s", vb_stage_get_id (stage)));
  run_for (100);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, stage);
  page = vb_window_get_stage_page (window, stage);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

/* ------------------------------------------------------------ files */

static char *
make_folder (const char *name)
{
  char *dir = g_build_filename (tmp_root, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

/* A fixture: a project file made by the core, closed again */
static char *
create_project_file (const char        *folder,
                     const char        *name,
                     VbProjectTemplate  template_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strconcat (name, VB_PROJECT_SUFFIX, NULL);
  char *path = g_build_filename (folder, file, NULL);
  g_autoptr(VbProject) project = vb_project_create (path, name, template_id, "EUR", &error);

  g_assert_no_error (error);
  vb_project_close (project);
  return path;
}

/* A fixture: vendors named @names added to the project at @path */
static void
add_vendors (const char        *path,
             const char *const *names)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = vb_project_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; names[i]; i++)
    {
      VbVendor *vendor = vb_project_add_vendor (project, &error);

      g_assert_no_error (error);
      g_assert_true (vb_vendor_set_name (vendor, names[i], &error));
      g_assert_no_error (error);
    }
  vb_project_close (project);
}

static char *
hash_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* The first column of the first row of @sql in the file at @path, read
 * through a connection of our own: what is on disk, not what the window
 * holds. NULL when there is no row. */
static char *
db_text (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;
  int rc;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return out;
}

static gint64
db_int (const char *path,
        const char *sql)
{
  g_autofree char *text = db_text (path, sql);

  g_assert_nonnull (text);
  return g_ascii_strtoll (text, NULL, 10);
}

/* The project's name in the file */
static char *
name_on_disk (const char *path)
{
  return db_text (path, "SELECT name FROM project");
}

/* ------------------------------------------------------------ tests */

/* Every shell window and page builds from its template */
static void
test_build (void)
{
  g_autofree char *dir = make_folder ("build");
  g_autofree char *path = create_project_file (dir, "Built", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  g_autoptr(GtkBuilder) builder = NULL;
  VbWindow *window;
  GtkWidget *dialog, *prefs;

  window = new_welcome_window ();
  g_assert_true (gtk_widget_get_mapped (find_first (GTK_WIDGET (window), match_type,
                                                    GSIZE_TO_POINTER (VB_TYPE_WELCOME_PAGE))));
  /* the shortcuts window is built when first asked for */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (wait_for_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)));
  g_assert_true (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) ==
                 GTK_WIDGET (shown_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)));
  gtk_window_close (GTK_WINDOW (shown_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)));

  dialog = vb_new_project_dialog_new (GTK_WINDOW (window), dir);
  g_assert_true (ADW_IS_ENTRY_ROW (named (dialog, "name-row")));
  g_assert_true (ADW_IS_COMBO_ROW (named (dialog, "currency-row")));
  g_assert_true (ADW_IS_ACTION_ROW (named (dialog, "location-row")));
  gtk_window_destroy (GTK_WINDOW (dialog));

  prefs = vb_preferences_window_new (GTK_WINDOW (window), vb_application_get_settings (app));
  g_assert_true (ADW_IS_ENTRY_ROW (named (prefs, "author-row")));
  g_assert_true (ADW_IS_ACTION_ROW (named (prefs, "folder-row")));
  g_assert_true (GTK_IS_BUTTON (named (prefs, "reset-folder")));
  gtk_window_destroy (GTK_WINDOW (prefs));

  builder = gtk_builder_new_from_resource ("/io/github/vendorbench/Vendorbench/vb-shortcuts-window.ui");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  /* with a project: the dashboard, every stage page there is, the sidebar */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-path", "s", path));
  wait_for_project (window);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_DASHBOARD);
  g_assert_true (VB_IS_DASHBOARD_PAGE (vb_window_get_stage_page (window, VB_STAGE_DASHBOARD)));
  for (VbStage s = VB_STAGE_DASHBOARD; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s))
      show_stage (window, s);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Built");

  /* the error action the pages use shows a toast, not a dialog */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error", "s", "Something went wrong");
  run_for (50);
  g_assert_nonnull (find_first (GTK_WIDGET (window), match_label, "Something went wrong"));
  g_assert_null (shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  close_all_windows ();
}

/* Creates a project of @template_id through the New Project dialog of a
 * welcome window, as a user does; returns the new file's path */
static char *
create_through_dialog (VbWindow          *window,
                       const char        *name,
                       VbProjectTemplate  template_id)
{
  g_autofree char *check_name = g_strdup_printf ("template-%s", vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, template_id));
  VbNewProjectDialog *dialog;
  GtkWidget *check, *row;
  char *path;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL));
  dialog = VB_NEW_PROJECT_DIALOG (wait_for_toplevel (VB_TYPE_NEW_PROJECT_DIALOG));
  run_for (50);
  type_text (named (GTK_WIDGET (dialog), "name-row"), name);
  check = named (GTK_WIDGET (dialog), check_name);
  row = gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW);
  click (row);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  path = vb_new_project_dialog_dup_path (dialog);
  click (find_first (GTK_WIDGET (dialog), match_mapped_action, "dialog.create"));
  g_assert_null (shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG));
  return path;
}

/* What the dashboard's journey list says of @stage (“Complete”, “2 open
 * next steps”, …) */
static char *
journey_state (VbWindow *window,
               VbStage   stage)
{
  GtkWidget *dashboard = vb_window_get_stage_page (window, VB_STAGE_DASHBOARD);
  g_autoptr(GPtrArray) rows = find_all (dashboard, match_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), vb_stage_get_title (stage)) == 0)
      return g_strdup (adw_action_row_get_subtitle (rows->pdata[i]));
  g_error ("the dashboard does not list %s", vb_stage_get_title (stage));
}

/* Each template makes a project whose seeded rows are examples */
static void
test_templates (void)
{
  g_autofree char *folder = make_folder ("templates");
  g_autoptr(GPtrArray) templates = vb_template_list ();
  guint n_seeded = 0;

  g_settings_set_string (vb_application_get_settings (app), "projects-folder", folder);
  g_assert_cmpuint (templates->len, >=, 2);
  for (guint i = 0; i < templates->len; i++)
    {
      VbTemplateInfo *info = templates->pdata[i];
      const char *nick = vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, info->id);
      g_autofree char *name = g_strdup_printf ("From %s", nick);
      VbWindow *window = new_welcome_window ();
      g_autofree char *path = create_through_dialog (window, name, info->id);
      g_autofree char *template = NULL;
      gint64 objectives, tasks, examples, team_example;
      GtkWidget *goals;
      g_autoptr(GPtrArray) tags = NULL;

      wait_for_project (window);
      g_test_message ("template %s: %s", nick, path);
      template = db_text (path, "SELECT template FROM project");
      g_assert_cmpstr (template, ==, nick);
      objectives = db_int (path, "SELECT count(*) FROM objective");
      tasks = db_int (path, "SELECT count(*) FROM task");
      examples = db_int (path, "SELECT (SELECT count(*) FROM objective WHERE example = 1) + "
                               "(SELECT count(*) FROM task WHERE example = 1)");
      team_example = db_int (path, "SELECT team_example FROM project");
      /* every seeded row is an example; a blank project has none */
      g_assert_cmpint (examples, ==, objectives + tasks);
      if (info->id == VB_PROJECT_TEMPLATE_BLANK)
        {
          g_assert_cmpint (objectives + tasks, ==, 0);
          g_assert_cmpint (team_example, ==, 0);
        }
      else
        {
          g_assert_cmpint (objectives, >, 0);
          g_assert_cmpint (tasks, >, 0);
          g_assert_cmpint (team_example, ==, 1);
          n_seeded++;
        }

      /* on screen: each objective and task shows its Example tag, and the
       * stage is not complete until they are checked */
      goals = show_stage (window, VB_STAGE_GOALS);
      tags = find_all (goals, match_label, "Example");
      {
        guint shown = 0;

        for (guint t = 0; t < tags->len; t++)
          shown += gtk_widget_get_visible (tags->pdata[t]) && gtk_widget_get_child_visible (tags->pdata[t]);
        g_assert_cmpuint (shown, ==, (guint) (objectives + tasks));
      }
      if (info->id != VB_PROJECT_TEMPLATE_BLANK)
        {
          g_autofree char *state = journey_state (window, VB_STAGE_GOALS);

          g_assert_cmpstr (state, !=, "Complete");
        }
      close_all_windows ();
    }
  g_assert_cmpuint (n_seeded, >=, 1);
  g_settings_reset (vb_application_get_settings (app), "projects-folder");
}

/* The active template radio buttons of the dialog */
static GPtrArray *
active_templates (GtkWidget *dialog)
{
  GPtrArray *out = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = find_all (dialog, match_type, GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON));

  for (guint i = 0; i < checks->len; i++)
    if (g_str_has_prefix (gtk_widget_get_name (checks->pdata[i]), "template-") &&
        gtk_check_button_get_active (checks->pdata[i]))
      g_ptr_array_add (out, (gpointer) gtk_widget_get_name (checks->pdata[i]));
  return out;
}

static void
test_new_project (void)
{
  g_autofree char *folder = make_folder ("new-project");
  g_autofree char *other = make_folder ("new-project-elsewhere");
  g_autofree char *path = NULL;
  g_autofree char *second = NULL;
  g_autofree char *name = NULL;
  g_autofree char *template = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) templates = vb_template_list ();
  VbWindow *window;
  GtkWidget *dialog, *location, *chooser;

  g_settings_set_string (vb_application_get_settings (app), "projects-folder", folder);
  window = new_welcome_window ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  dialog = wait_for_toplevel (VB_TYPE_NEW_PROJECT_DIALOG);
  run_for (50);
  /* the cursor starts in the name */
  g_assert_true (focus_within (named (dialog, "name-row")));
  /* one radio row per template, one of them marked as the current choice */
  {
    g_autoptr(GPtrArray) checks = find_all (dialog, match_type, GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON));
    guint n = 0;

    for (guint i = 0; i < checks->len; i++)
      n += g_str_has_prefix (gtk_widget_get_name (checks->pdata[i]), "template-");
    g_assert_cmpuint (n, ==, templates->len);
  }
  active = active_templates (dialog);
  g_assert_cmpuint (active->len, ==, 1);
  g_clear_pointer (&active, g_ptr_array_unref);

  /* choosing another template moves the mark */
  click (gtk_widget_get_ancestor (named (dialog, "template-back-office"), GTK_TYPE_LIST_BOX_ROW));
  active = active_templates (dialog);
  g_assert_cmpuint (active->len, ==, 1);
  g_assert_cmpstr (active->pdata[0], ==, "template-back-office");

  /* nothing to create without a name */
  g_assert_false (gtk_widget_is_sensitive (find_first (dialog, match_mapped_action, "dialog.create")));
  type_text (named (dialog, "name-row"), "Acme Support");
  g_assert_true (gtk_widget_is_sensitive (find_first (dialog, match_mapped_action, "dialog.create")));

  /* the folder row shows where the file goes, and opens a folder chooser */
  location = named (dialog, "location-row");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (location)), "/new-project/Acme Support.vendorbench"));
  click (location);
  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  run_for (100);
  /* the folder the user picked there */
  vb_new_project_dialog_set_folder (VB_NEW_PROJECT_DIALOG (dialog), other);
  g_assert_cmpstr (vb_new_project_dialog_get_folder (VB_NEW_PROJECT_DIALOG (dialog)), ==, other);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (location)),
                            "/new-project-elsewhere/Acme Support.vendorbench"));

  path = vb_new_project_dialog_dup_path (VB_NEW_PROJECT_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (path, other));
  g_assert_true (g_str_has_suffix (path, "/Acme Support.vendorbench"));
  /* Enter in the name creates it */
  press_enter (named (dialog, "name-row"));
  g_assert_null (shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG));

  /* the file on disk, in the other folder, holds the name and template chosen */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *in_default = g_build_filename (folder, "Acme Support.vendorbench", NULL);
    g_assert_false (g_file_test (in_default, G_FILE_TEST_EXISTS));
  }
  name = name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Support");
  template = db_text (path, "SELECT template FROM project");
  g_assert_cmpstr (template, ==, "back-office");

  /* it opened in the same window, with the keyboard on the page */
  wait_for_project (window);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_true (window_for (path) == window);
  g_assert_true (focus_within (vb_window_get_stage_page (window, VB_STAGE_DASHBOARD)));

  /* a second project of the same name in the same folder gets “ 2”; the
   * window has a project already, so it opens in a second one */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  dialog = wait_for_toplevel (VB_TYPE_NEW_PROJECT_DIALOG);
  /* the folder is Preferences' again: the choice was for one project */
  g_assert_cmpstr (vb_new_project_dialog_get_folder (VB_NEW_PROJECT_DIALOG (dialog)), ==, folder);
  vb_new_project_dialog_set_folder (VB_NEW_PROJECT_DIALOG (dialog), other);
  type_text (named (dialog, "name-row"), "Acme Support");
  second = vb_new_project_dialog_dup_path (VB_NEW_PROJECT_DIALOG (dialog));
  g_assert_true (g_str_has_suffix (second, "/Acme Support 2.vendorbench"));
  click (find_first (dialog, match_mapped_action, "dialog.create"));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_windows_for (second), ==, 1);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_cmpuint (n_windows (), ==, 2);

  g_settings_reset (vb_application_get_settings (app), "projects-folder");
  close_all_windows ();
}

/* Every label shown below @root, joined */
static void
append_shown_labels (GtkWidget *root,
                     GString   *out)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (!gtk_widget_get_mapped (c))
        continue;
      if (GTK_IS_LABEL (c))
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (c)));
          g_string_append_c (out, '\n');
        }
      append_shown_labels (c, out);
    }
}

static void
test_sample (void)
{
  VbWindow *window = new_welcome_window ();
  g_autofree char *expected = g_build_filename (g_get_user_cache_dir (), "vendorbench", "Sample.vendorbench", NULL);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autofree char *uri = g_filename_to_uri (expected, NULL, NULL);
  GtkWidget *dashboard, *level, *banner, *placeholder;
  VbStage next;
  const char *next_title;
  g_autoptr(GPtrArray) labels = NULL;

  /* a pristine copy an earlier build left in the cache, of another sample,
   * is not the one copied: the name of the copy carries the sample's
   * checksum */
  {
    g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "vendorbench", NULL);
    g_autofree char *stale = g_build_filename (cache, ".sample-" PACKAGE_VERSION VB_PROJECT_SUFFIX, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(VbProject) old = NULL;

    g_assert_cmpint (g_mkdir_with_parents (cache, 0700), ==, 0);
    old = vb_project_create (stale, "Stale sample", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
    g_assert_no_error (error);
    vb_project_close (old);
  }
  press (find_first (GTK_WIDGET (window), match_mapped_action, "win.open-sample"));
  /* the sample is made in the background: the window says so meanwhile */
  g_assert_true (vb_window_get_loading (window));
  g_assert_nonnull (find_first (GTK_WIDGET (window), match_label, "Opening “Sample Project”…"));
  wait_for_project (window);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (db_int (expected, "SELECT is_sample FROM project"), ==, 1);
  g_assert_cmpint (db_int (expected, "SELECT count(*) FROM vendor"), >=, 3);
  g_assert_cmpint (db_int (expected, "SELECT count(*) FROM requirement"), >, 0);

  /* the banner says what the sample is */
  banner = find_first (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (GTK_TYPE_INFO_BAR));
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (banner)));
  append_shown_labels (banner, shown);
  g_assert_nonnull (strstr (shown->str, "sample project"));
  g_assert_nonnull (strstr (shown->str, "Save a copy"));
  g_string_truncate (shown, 0);

  /* progress tells the truth: the sample is far from done */
  dashboard = vb_window_get_stage_page (window, VB_STAGE_DASHBOARD);
  g_assert_true (gtk_widget_get_mapped (dashboard));
  level = find_first (dashboard, match_type, GSIZE_TO_POINTER (GTK_TYPE_LEVEL_BAR));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (level)), >, 0.0);
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (level)), <, 1.0);
  append_shown_labels (dashboard, shown);
  g_test_message ("the sample's dashboard:\n%s", shown->str);
  g_assert_null (strstr (shown->str, "100%"));
  g_assert_null (strstr (shown->str, "Nothing to do"));
  g_assert_null (strstr (shown->str, "Well done"));

  /* mid-transition: the one stage its journey list does not show as
   * complete is the Transition Checklist, and what to do next names its
   * overdue task and leads to it */
  next = VB_N_STAGES;
  for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
    {
      g_autofree char *state = journey_state (window, s);

      if (g_strcmp0 (state, "Complete") != 0)
        {
          g_assert_cmpint (next, ==, VB_N_STAGES);
          next = s;
        }
    }
  g_assert_cmpint (next, ==, VB_STAGE_TRANSITION);
  next_title = vb_stage_get_title (next);
  labels = find_all (dashboard, match_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  placeholder = NULL;
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      if (gtk_widget_get_mapped (labels->pdata[i]) && strstr (text, "was due on 2026-11-27 and is not done"))
        placeholder = labels->pdata[i];
    }
  g_assert_nonnull (placeholder);
  g_assert_nonnull (next_title);

  /* the sample is not added to the recent list; opening it again brings
   * the same window forward */
  g_assert_false (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  run_for (100);
  g_assert_cmpuint (n_windows (), ==, 1);
  close_all_windows ();
}

static void
test_open_twice (void)
{
  g_autofree char *folder = make_folder ("twice");
  g_autofree char *path = create_project_file (folder, "Twice", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *other_spelling = g_build_filename (folder, ".", "..", "twice", "Twice.vendorbench", NULL);
  VbWindow *welcome = new_welcome_window ();

  /* twice before the first open is done: one window */
  gtk_widget_activate_action (GTK_WIDGET (welcome), "win.open-path", "s", path);
  vb_application_open_path (app, other_spelling, NULL);
  g_assert_cmpuint (n_windows (), ==, 1);
  wait_for_project (welcome);
  g_assert_cmpuint (count_windows_for (path), ==, 1);

  /* and again once it is open, from the window and from outside */
  gtk_widget_activate_action (GTK_WIDGET (welcome), "win.open-path", "s", other_spelling);
  vb_application_open_path (app, path, NULL);
  run_for (200);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_cmpuint (n_windows (), ==, 1);
  close_all_windows ();
}

/* A file that cannot be opened: the window says why, in words, and the
 * file is left as it was */
typedef struct {
  const char *file;
  const char *says;
} BadFile;

static gboolean
dialog_or_project_cb (gpointer window)
{
  return shown_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL || vb_window_get_project (window) != NULL;
}

static void
test_open_errors (void)
{
  g_autofree char *folder = make_folder ("bad-files");
  g_autofree char *good = create_project_file (folder, "Good", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  const BadFile files[] = {
    { "text.vendorbench", "is a text file, not a Vendorbench project" },
    { "empty.vendorbench", "is empty" },
    { "cut.vendorbench", "is incomplete" },
    { "other.vendorbench", "database of another application" },
    { "folder.vendorbench", "is a folder, not a project file" },
    { "missing.vendorbench", "There is no file" },
  };
  /* what a business owner should never have to read */
  const char *jargon[] = { "sqlite", "SQLITE", "SQL", "errno", "(null)", "malformed", "database disk image",
                           "Error", "0x", NULL };

  /* the fixtures: text, nothing, the first 5000 bytes of a real project,
   * another program's database, a folder, and a name with no file */
  {
    g_autofree char *p = g_build_filename (folder, "text.vendorbench", NULL);
    g_autofree char *contents = NULL;
    gsize len;
    sqlite3 *db = NULL;

    g_assert_true (g_file_set_contents (p, "Vendors to call:\nAcme\nBrightDesk\n", -1, NULL));
    g_free (p);
    p = g_build_filename (folder, "empty.vendorbench", NULL);
    g_assert_true (g_file_set_contents (p, "", 0, NULL));
    g_free (p);
    g_assert_true (g_file_get_contents (good, &contents, &len, NULL));
    g_assert_cmpuint (len, >, 8192);
    p = g_build_filename (folder, "cut.vendorbench", NULL);
    g_assert_true (g_file_set_contents (p, contents, 5000, NULL));
    g_free (p);
    p = g_build_filename (folder, "other.vendorbench", NULL);
    g_assert_cmpint (sqlite3_open (p, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_free (p);
    p = g_build_filename (folder, "folder.vendorbench", NULL);
    g_assert_cmpint (g_mkdir (p, 0755), ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *p = g_build_filename (folder, files[i].file, NULL);
      gboolean regular = g_file_test (p, G_FILE_TEST_IS_REGULAR);
      g_autofree char *before = regular ? hash_file (p) : NULL;
      g_autofree char *after = NULL;
      VbWindow *window = new_welcome_window ();
      AdwMessageDialog *dialog;
      const char *heading, *body;

      g_test_message ("opening %s", files[i].file);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-path", "s", p);
      g_assert_true (wait_until (dialog_or_project_cb, window, WAIT_MS));
      g_assert_null (vb_window_get_project (window));
      dialog = ADW_MESSAGE_DIALOG (shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      heading = adw_message_dialog_get_heading (dialog);
      body = adw_message_dialog_get_body (dialog);
      g_test_message ("%s: %s", heading, body);
      g_assert_nonnull (strstr (heading, files[i].file));
      g_assert_nonnull (strstr (body, files[i].says));
      for (guint j = 0; jargon[j]; j++)
        if (strstr (body, jargon[j]))
          g_error ("the message for %s says “%s”: %s", files[i].file, jargon[j], body);
      g_assert_true (g_str_has_suffix (body, "."));
      /* the window goes back to its welcome page; no other window opened */
      g_assert_false (vb_window_get_loading (window));
      g_assert_true (gtk_widget_get_mapped (find_first (GTK_WIDGET (window), match_type,
                                                        GSIZE_TO_POINTER (VB_TYPE_WELCOME_PAGE))));
      g_assert_cmpuint (n_windows (), ==, 1);
      /* the file is untouched, and nothing was left beside it */
      if (regular)
        {
          after = hash_file (p);
          g_assert_cmpstr (before, ==, after);
        }
      else
        g_assert_cmpint (g_file_test (p, G_FILE_TEST_EXISTS), ==, g_str_equal (files[i].file, "folder.vendorbench"));
      {
        g_autofree char *journal = g_strconcat (p, "-journal", NULL);
        g_autofree char *wal = g_strconcat (p, "-wal", NULL);

        g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
        g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      }
      close_all_windows ();
    }
}

/* ------------------------------------------------------------ read-only */

/* The actions that only show or copy: allowed in a read-only project */
static gboolean
is_reading_action (const char *action)
{
  static const char *const allowed[] = {
    "win.show-stage", "win.show-stage-number", "win.back", "win.focus-sidebar", "win.save-copy",
    "win.new-project", "win.open", "win.close", "win.cancel-busy", "goals.edit-task",
    /* on only with something to undo: test-undo-redo checks them */
    "win.undo", "win.redo", NULL,
  };

  return g_str_has_prefix (action, "app.") || g_str_has_prefix (action, "window.") || g_strv_contains (allowed, action);
}

typedef struct {
  gboolean writable;
  guint    actions;      /* editing buttons and rows */
  guint    fields;       /* text a user could type into */
  guint    toggles;      /* switches, check and toggle buttons, choice rows */
  guint    fixes;        /* a finding's button (win.show-finding) */
  guint    dismisses;    /* a finding's dismiss button */
  GString *wrong;
} Editability;

static void check_editability (GtkWidget *root, Editability *e);

/* A menu label as shown: “_Undo: Rename __x” reads “Undo: Rename _x” */
static char *
strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The action of the item that reads @label in @menu (sections and
 * submenus included), or NULL */
static char *
menu_action_for_label (GMenuModel *menu,
                       const char *label)
{
  for (int i = 0; menu && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *l = NULL;
      g_autofree char *shown = NULL;
      char *action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &l) &&
          g_str_equal ((shown = strip_mnemonic (l)), label) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        return action;
      if ((action = menu_action_for_label (section, label)) || (action = menu_action_for_label (submenu, label)))
        return action;
    }
  return NULL;
}

static void note (Editability *e, GtkWidget *w, const char *what, gboolean editable);

/* Menu items appear only when their menu is open: open it and look. A
 * popover menu's item does not say its action (a menu tracker activates
 * it), so it is found in the menu model by its label. */
static void
check_menu (GtkWidget   *menu_button,
            Editability *e)
{
  GMenuModel *model;
  guint n_items = 0;

  /* the window's menus are built the first time they open */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  run_for (100);
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (model);
  for (GtkWidget *c = gtk_widget_get_first_child (menu_button); c; c = gtk_widget_get_next_sibling (c))
    {
      g_autoptr(GPtrArray) items = NULL;

      if (!GTK_IS_POPOVER (c))
        continue;
      g_assert_true (gtk_widget_get_mapped (c));
      items = find_all (c, match_type, GSIZE_TO_POINTER (g_type_from_name ("GtkModelButton")));
      for (guint i = 0; i < items->len; i++)
        {
          g_autofree char *text = NULL;
          g_autofree char *action = NULL;

          if (!gtk_widget_get_mapped (items->pdata[i]))
            continue;
          g_object_get (items->pdata[i], "text", &text, NULL);
          action = text ? menu_action_for_label (model, text) : NULL;
          if (action == NULL)
            g_error ("the menu item “%s” is not in its menu model", text);
          n_items++;
          if (!is_reading_action (action))
            {
              e->actions++;
              note (e, items->pdata[i], action, gtk_widget_is_sensitive (items->pdata[i]));
            }
        }
    }
  g_assert_cmpuint (n_items, >, 0);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  run_for (50);
}

static void
note (Editability *e,
      GtkWidget   *w,
      const char  *what,
      gboolean     editable)
{
  if (editable != e->writable)
    g_string_append_printf (e->wrong, "%s: %s “%s” (%s) is %s\n", what, G_OBJECT_TYPE_NAME (w),
                            gtk_widget_get_name (w), action_of (w) ? action_of (w) : "",
                            editable ? "on" : "off");
}

/* Every control on screen below @root that changes the project is on when
 * the project is writable and off when it is not */
static void
check_editability (GtkWidget   *root,
                   Editability *e)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      const char *action = action_of (w);
      gboolean sensitive = gtk_widget_is_sensitive (w);

      if (!gtk_widget_get_mapped (w))
        continue;
      if (GTK_IS_MENU_BUTTON (w))
        {
          check_menu (w, e);
          continue;   /* its own toggle only opens the menu */
        }
      if (GTK_IS_DROP_DOWN (w))
        continue;     /* the vendor list's filter: it only shows; choices are combo rows */
      if (action && !is_reading_action (action))
        {
          e->actions++;
          e->fixes += g_str_equal (action, "win.show-finding") && GTK_IS_BUTTON (w);
          e->dismisses += g_str_equal (action, "win.dismiss-finding");
          /* off in a read-only project means its action is off, not only
           * that the row around it is (gtk_widget_get_sensitive follows
           * the action of an actionable widget) */
          note (e, w, "the control", e->writable ? sensitive : gtk_widget_get_sensitive (w));
        }
      else if (GTK_IS_TEXT (w))
        {
          e->fields++;
          note (e, w, "the field", sensitive && gtk_editable_get_editable (GTK_EDITABLE (w)));
        }
      else if (GTK_IS_TEXT_VIEW (w))
        {
          e->fields++;
          note (e, w, "the text area", sensitive && gtk_text_view_get_editable (GTK_TEXT_VIEW (w)));
          continue;
        }
      else if (GTK_IS_SWITCH (w) || GTK_IS_CHECK_BUTTON (w) || GTK_IS_TOGGLE_BUTTON (w) || ADW_IS_COMBO_ROW (w))
        {
          e->toggles++;
          note (e, w, "the choice", sensitive);
          continue;
        }
      check_editability (w, e);
    }
}

static void
assert_editability (GtkWidget   *root,
                    gboolean     writable,
                    const char  *where,
                    Editability *totals)
{
  Editability e = { writable, 0, 0, 0, 0, 0, g_string_new (NULL) };

  check_editability (root, &e);
  g_test_message ("%s: %u editing controls, %u fields, %u choices, %u fix and %u dismiss buttons, all should be %s",
                  where, e.actions, e.fields, e.toggles, e.fixes, e.dismisses, writable ? "on" : "off");
  if (e.wrong->len)
    g_error ("%s, %s project:\n%s", where, writable ? "a writable" : "a read-only", e.wrong->str);
  g_string_free (e.wrong, TRUE);
  totals->actions += e.actions;
  totals->fields += e.fields;
  totals->toggles += e.toggles;
  totals->fixes += e.fixes;
  totals->dismisses += e.dismisses;
}

/* The text of the window's banner, or NULL when it is hidden */
static char *
banner_text (VbWindow *window)
{
  GtkWidget *bar = find_first (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (GTK_TYPE_INFO_BAR));
  GString *text = g_string_new (NULL);

  g_assert_nonnull (bar);
  if (!gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)))
    return NULL;
  append_shown_labels (bar, text);
  return g_string_free (text, FALSE);
}

/* Walks the dashboard, Goals & Scope (an objective open, a task's editor
 * open) and Vendors (a vendor open) and checks that every control that
 * edits is on, or off, as @writable says; returns what it saw */
static Editability
walk_pages (VbWindow *window,
            gboolean  writable)
{
  Editability totals = { writable, 0, 0, 0, 0, 0, NULL };
  GtkWidget *page, *row, *editor;

  page = show_stage (window, VB_STAGE_DASHBOARD);
  assert_editability (GTK_WIDGET (window), writable, "the dashboard and the header bar", &totals);
  g_assert_cmpuint (totals.fixes, >, 0);
  g_assert_cmpuint (totals.dismisses, >, 0);

  page = show_stage (window, VB_STAGE_GOALS);
  row = find_first (page, match_type, GSIZE_TO_POINTER (ADW_TYPE_EXPANDER_ROW));
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  run_for (100);
  assert_editability (page, writable, "Goals & Scope with an objective open", &totals);

  /* a task's editor: opening it only shows it */
  click (find_first (page, match_mapped_action, "goals.edit-task"));
  editor = wait_for_toplevel (g_type_from_name ("VbTaskEditor"));
  run_for (100);
  assert_editability (editor, writable, "the task editor", &totals);
  gtk_window_close (GTK_WINDOW (editor));
  run_for (100);

  page = show_stage (window, VB_STAGE_VENDORS);
  {
    Editability before = totals;

    assert_editability (page, writable, "Vendors with a vendor open", &totals);
    /* the vendor list's Add button, the footer's fix button, the editor */
    g_assert_nonnull (find_first (page, match_mapped_action, "vendors.add-vendor"));
    g_assert_nonnull (find_first (page, match_mapped_action, "vendors.remove-vendor"));
    g_assert_cmpuint (totals.fixes, >, before.fixes);
  }
  g_assert_cmpuint (totals.actions, >=, 10);
  g_assert_cmpuint (totals.fields, >=, 5);
  g_assert_cmpuint (totals.toggles, >=, 3);
  return totals;
}

/* A file (or folder) that cannot be written to: as root the immutable
 * attribute (root ignores the mode bits), else the mode */
static void
lock (const char *path,
      gboolean    folder)
{
  if (geteuid () == 0)
    {
      if (!vbd_app_set_immutable (path, TRUE))
        g_error ("chattr +i %s failed: %s (the test needs a file system with the immutable attribute)",
                 path, g_strerror (errno));
    }
  else
    g_assert_cmpint (g_chmod (path, folder ? 0555 : 0444), ==, 0);
  g_assert_cmpint (g_access (path, W_OK), !=, 0);
}

static void
unlock (const char *path,
        gboolean    folder)
{
  if (geteuid () == 0)
    g_assert_true (vbd_app_set_immutable (path, FALSE));
  else
    g_assert_cmpint (g_chmod (path, folder ? 0755 : 0644), ==, 0);
}

static char *
read_only_fixture (const char *folder_name)
{
  g_autofree char *folder = make_folder (folder_name);
  const char *vendors[] = { "Acme Outsourcing", "BrightDesk", NULL };
  char *path = create_project_file (folder, "Locked", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);

  add_vendors (path, vendors);
  return path;
}

/* Opens @path read-only, checks the banner and that nothing edits, that
 * the file is unchanged; returns the banner's text */
static char *
check_read_only (const char *path,
                 const char *lock_path,
                 gboolean    folder,
                 Editability *seen)
{
  g_autofree char *before = hash_file (path);
  g_autofree char *after = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  char *banner;
  VbWindow *window;
  GtkWidget *page;
  guint vendors_before;

  lock (lock_path, folder);
  window = open_in_window (path);
  banner = banner_text (window);
  g_assert_nonnull (banner);
  g_test_message ("banner: %s", banner);
  /* what to do about it */
  g_assert_nonnull (strstr (banner, "Save a copy"));

  *seen = walk_pages (window, FALSE);

  /* the header bar: no undo, redo, move or rename; a copy can be saved */
  g_assert_false (gtk_widget_is_sensitive (find_first (GTK_WIDGET (window), match_action, "win.undo")));

  /* trying anyway does nothing: the actions behind the buttons are off */
  page = show_stage (window, VB_STAGE_VENDORS);
  vendors_before = g_list_model_get_n_items (vb_project_get_vendors (vb_window_get_project (window)));
  gtk_widget_activate_action (page, "vendors.add-vendor", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-finding", "s", "vendors.too-few" VB_FINDING_TARGET_SEPARATOR);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-finding", "s", "vendors.too-few" VB_FINDING_TARGET_SEPARATOR);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename", NULL);
  run_for (100);
  g_assert_null (shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_vendors (vb_window_get_project (window))), ==,
                    vendors_before);
  close_all_windows ();

  unlock (lock_path, folder);
  after = hash_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM vendor"), ==, 2);
  return banner;
}

static void
test_read_only (void)
{
  g_autofree char *writable_path = read_only_fixture ("read-only-writable");
  g_autofree char *file_path = read_only_fixture ("read-only-file");
  g_autofree char *folder_path = read_only_fixture ("read-only-folder");
  g_autofree char *folder = g_path_get_dirname (folder_path);
  g_autofree char *file_banner = NULL;
  g_autofree char *folder_banner = NULL;
  Editability writable, file_seen, folder_seen;
  VbWindow *window;

  /* the same pages of a writable project: everything that edits is on
   * (and the walk below really finds the controls) */
  window = open_in_window (writable_path);
  g_assert_null (banner_text (window));
  writable = walk_pages (window, TRUE);
  close_all_windows ();

  /* a write-protected file, in a folder that can be written to */
  file_banner = check_read_only (file_path, file_path, FALSE, &file_seen);
  g_assert_nonnull (strstr (file_banner, "file"));
  g_assert_nonnull (strstr (file_banner, "write-protected"));
  g_assert_null (strstr (file_banner, "folder of this project"));

  /* a file that could be written, in a folder that cannot */
  folder_banner = check_read_only (folder_path, folder, TRUE, &folder_seen);
  g_assert_nonnull (strstr (folder_banner, "folder"));
  g_assert_null (strstr (folder_banner, "write-protected"));
  g_assert_cmpstr (file_banner, !=, folder_banner);

  /* the read-only walks saw what the writable one saw */
  g_assert_cmpuint (file_seen.actions, ==, writable.actions);
  g_assert_cmpuint (folder_seen.actions, ==, writable.actions);
  g_assert_cmpuint (file_seen.fixes, ==, writable.fixes);
  g_assert_cmpuint (file_seen.dismisses, ==, writable.dismisses);
  g_assert_cmpuint (file_seen.fields, ==, writable.fields);
}

/* ------------------------------------------------------------ undo */

static GtkWidget *
undo_button (VbWindow *window)
{
  return find_first (GTK_WIDGET (window), match_mapped_action, "win.undo");
}

static GtkWidget *
redo_button (VbWindow *window)
{
  return find_first (GTK_WIDGET (window), match_mapped_action, "win.redo");
}

static char *
menu_label_in (GMenuModel *menu,
               const char *action)
{
  for (int i = 0; menu && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *a = NULL;
      char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &a) && g_str_equal (a, action))
        {
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          return label;
        }
      if (section && (label = menu_label_in (section, action)))
        return label;
    }
  return NULL;
}

/* The label of the shown main menu's item for @action */
static char *
menu_label_for (VbWindow   *window,
                const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));

  for (guint i = 0; i < buttons->len; i++)
    {
      char *label;

      if (!gtk_widget_get_mapped (buttons->pdata[i]))
        continue;
      if (gtk_menu_button_get_menu_model (buttons->pdata[i]) == NULL)
        {
          /* built the first time it opens (vb-window.c) */
          gtk_menu_button_popup (buttons->pdata[i]);
          gtk_menu_button_popdown (buttons->pdata[i]);
        }
      label = menu_label_in (gtk_menu_button_get_menu_model (buttons->pdata[i]), action);
      if (label)
        return label;
    }
  return NULL;
}

static char *
vendor_name_on_disk (const char *path)
{
  return db_text (path, "SELECT name FROM vendor ORDER BY position LIMIT 1");
}

static void
test_undo_redo (void)
{
  g_autofree char *folder = make_folder ("undo");
  g_autofree char *path = create_project_file (folder, "Undoing", VB_PROJECT_TEMPLATE_BLANK);
  VbWindow *window = open_in_window (path);
  GtkWidget *page, *name_field, *undo, *redo;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  const char *summary = "Changed the name of vendor “Acme Outsourcing”";
  g_autofree char *tip = g_strdup_printf ("Undo: %s", summary);
  g_autofree char *item = g_strdup_printf ("_Undo: %s", summary);

  undo = undo_button (window);
  redo = redo_button (window);
  g_assert_nonnull (undo);
  g_assert_nonnull (redo);
  g_assert_false (gtk_widget_is_sensitive (undo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Nothing to undo");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo), ==, "Nothing to redo");
  label = menu_label_for (window, "win.undo");
  g_assert_cmpstr (label, ==, "_Undo");
  g_clear_pointer (&label, g_free);

  /* two edits through the Vendors page: add a vendor, type its name */
  page = show_stage (window, VB_STAGE_VENDORS);
  click (find_first (page, match_mapped_action, "vendors.add-vendor"));
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM vendor"), ==, 1);
  name_field = vb_field_find (page, "name");
  g_assert_nonnull (name_field);
  g_assert_true (wait_until (focus_within_cb, name_field, WAIT_MS));
  type_text (name_field, "Acme Outsourcing");
  press_enter (name_field);
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Outsourcing");
  g_clear_pointer (&name, g_free);

  /* the button and the menu item name the edit they undo */
  g_assert_true (gtk_widget_is_sensitive (undo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, tip);
  label = menu_label_for (window, "win.undo");
  g_assert_cmpstr (label, ==, item);
  g_clear_pointer (&label, g_free);
  label = menu_label_for (window, "win.redo");
  g_assert_cmpstr (label, ==, "_Redo");
  g_clear_pointer (&label, g_free);

  /* Undo: the name goes, on disk; Redo names what it brings back */
  click (undo);
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "");
  g_clear_pointer (&name, g_free);
  g_assert_true (gtk_widget_is_sensitive (redo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo), ==, "Redo: Changed the name of vendor “Acme Outsourcing”");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Undo: Added a vendor");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_field)), ==, "");

  click (redo);
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Outsourcing");
  g_clear_pointer (&name, g_free);
  g_assert_false (gtk_widget_is_sensitive (redo));

  /* undo both: nothing left, nothing more to undo */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  run_for (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  run_for (50);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM vendor"), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (undo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Nothing to undo");
  close_all_windows ();
}

/* Ctrl+Z in a text field undoes the typing not yet committed first (GtkText's
 * own undo); with nothing uncommitted it undoes the last project edit. The
 * window decides in a capture-phase key handler, which the test sends the
 * key to. */
static gboolean
press_ctrl_z (VbWindow *window,
              gboolean  shift)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE &&
          g_strcmp0 (gtk_event_controller_get_name (c), "vb-undo-keys") == 0)
        keys = c;
    }
  g_object_unref (controllers);
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", shift ? GDK_KEY_Z : GDK_KEY_z, 0,
                         GDK_CONTROL_MASK | (shift ? GDK_SHIFT_MASK : 0), &handled);
  run_for (50);
  return handled;
}

static void
test_text_undo_first (void)
{
  g_autofree char *folder = make_folder ("text-undo");
  g_autofree char *path = create_project_file (folder, "Typing", VB_PROJECT_TEMPLATE_BLANK);
  const char *vendors[] = { "Acme Outsourcing", NULL };
  VbWindow *window;
  GtkWidget *page, *field, *text;
  g_autofree char *name = NULL;

  add_vendors (path, vendors);
  window = open_in_window (path);
  page = show_stage (window, VB_STAGE_VENDORS);
  field = vb_field_find (page, "name");
  g_assert_nonnull (field);
  g_assert_true (gtk_widget_get_mapped (field));
  text = text_of (field);

  /* one project edit to undo: a new name, typed and committed */
  type_text (field, "Acme Ltd");
  press_enter (field);
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Ltd");
  g_clear_pointer (&name, g_free);

  /* focus not in a text field: the key is left to the window's bindings */
  gtk_widget_grab_focus (undo_button (window));
  g_assert_false (press_ctrl_z (window, FALSE));
  g_assert_true (gtk_widget_grab_focus (text));
  run_for (50);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == text);

  /* typing not committed yet: the field keeps the key for itself */
  {
    int pos = gtk_editable_get_position (GTK_EDITABLE (text));

    gtk_editable_set_position (GTK_EDITABLE (text), -1);
    pos = gtk_editable_get_position (GTK_EDITABLE (text));
    gtk_editable_insert_text (GTK_EDITABLE (text), " Group", -1, &pos);
  }
  g_assert_false (press_ctrl_z (window, FALSE));
  /* … and GtkText's own undo, which the key then reaches, takes it back */
  gtk_widget_activate_action (text, "text.undo", NULL);
  run_for (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text)), ==, "Acme Ltd");
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Ltd");
  g_clear_pointer (&name, g_free);

  /* nothing of its own left to undo: the key undoes the project's edit,
   * and the field shows it; nothing commits the old text again later */
  g_assert_true (press_ctrl_z (window, FALSE));
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Outsourcing");
  g_clear_pointer (&name, g_free);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text)), ==, "Acme Outsourcing");
  run_for (2 * VB_FIELD_IDLE_MS);
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Outsourcing");
  g_clear_pointer (&name, g_free);

  /* Ctrl+Shift+Z redoes it */
  g_assert_true (press_ctrl_z (window, TRUE));
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Acme Ltd");
  close_all_windows ();
}

/* ------------------------------------------------------------ findings */

static void
test_dismiss (void)
{
  g_autofree char *folder = make_folder ("dismiss");
  g_autofree char *path = create_project_file (folder, "Dismiss", VB_PROJECT_TEMPLATE_BLANK);
  VbWindow *window;
  GtkWidget *dashboard, *button, *group, *label, *entry, *findings_list;
  AdwMessageDialog *dialog;
  g_autofree char *message = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *who = NULL;
  g_autofree char *action = NULL;
  g_autofree char *dismiss_tip = NULL;
  guint n_before;

  /* the author the log records is the one in Preferences */
  g_settings_set_string (vb_application_get_settings (app), "author-name", "Dana Reviewer");
  window = open_in_window (path);
  dashboard = vb_window_get_stage_page (window, VB_STAGE_DASHBOARD);
  findings_list = gtk_widget_get_parent (gtk_widget_get_ancestor (named (dashboard, "dismiss-button"), GTK_TYPE_LIST_BOX_ROW));
  n_before = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (findings_list); c; c = gtk_widget_get_next_sibling (c))
    n_before += GTK_IS_LIST_BOX_ROW (c) && gtk_widget_get_mapped (c);
  g_assert_cmpuint (n_before, >, 1);

  /* nothing dismissed yet: no Dismissed section, no Restore button */
  g_assert_null (find_first (dashboard, match_name, "restore-button"));

  /* the first point's dismiss button: the reason dialog */
  button = named (dashboard, "dismiss-button");
  {
    GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
    GtkWidget *row_label = find_first (row, match_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));

    message = g_strdup (gtk_label_get_text (GTK_LABEL (row_label)));
  }
  dismiss_tip = g_strdup (gtk_widget_get_tooltip_text (button));
  g_assert_cmpstr (dismiss_tip, ==, "Dismiss…");
  click (button);
  dialog = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  run_for (50);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), message));
  /* it promises nothing that does not exist yet */
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "memo"));
  entry = named (GTK_WIDGET (dialog), "reason-entry");
  g_assert_true (focus_within (entry));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), !=, NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, adw_message_dialog_get_default_response (dialog)));
  /* Enter with no reason does nothing */
  press_enter (entry);
  run_for (400);
  g_assert_true (shown_toplevel (ADW_TYPE_MESSAGE_DIALOG) == GTK_WINDOW (dialog));
  type_text (entry, "We handle this by email");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, adw_message_dialog_get_default_response (dialog)));
  /* Enter in the field: the default response, as the button would */
  press_enter (entry);
  wait_for_toplevel_gone (ADW_TYPE_MESSAGE_DIALOG);
  run_for (50);

  /* on disk: the reason, the rule and who */
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM dismissal"), ==, 1);
  reason = db_text (path, "SELECT reason FROM dismissal");
  who = db_text (path, "SELECT dismissed_by FROM dismissal");
  rule = db_text (path, "SELECT rule_id FROM dismissal");
  g_assert_cmpstr (reason, ==, "We handle this by email");
  g_assert_cmpstr (who, ==, "Dana Reviewer");
  g_assert_nonnull (rule);

  /* the point left What to Do Next; the Dismissed section shows who and why */
  {
    guint n = 0;

    for (GtkWidget *c = gtk_widget_get_first_child (findings_list); c; c = gtk_widget_get_next_sibling (c))
      n += GTK_IS_LIST_BOX_ROW (c) && gtk_widget_get_mapped (c);
    g_assert_cmpuint (n, ==, n_before - 1);
  }
  button = named (dashboard, "restore-button");
  group = gtk_widget_get_ancestor (button, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_nonnull (group);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Dismissed");
  g_assert_true (gtk_widget_get_mapped (button));
  label = named (group, "dismissed-message");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, message);
  label = named (group, "dismissed-reason");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Dismissed by Dana Reviewer: We handle this by email");
  {
    g_autofree char *accessible = g_strdup_printf ("Restore: %s", message);
    gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
  }

  /* Restore: the point is back, the row gone from the file; one undo step */
  click (button);
  run_for (100);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM dismissal"), ==, 0);
  g_assert_false (gtk_widget_get_mapped (group));
  g_assert_null (find_first (dashboard, match_name, "restore-button"));
  action = db_text (path, "SELECT action FROM activity ORDER BY rowid DESC LIMIT 1");
  g_assert_cmpstr (action, ==, "restore");
  {
    g_autofree char *tip = g_strdup_printf ("Undo: Restored “%s”", message);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button (window)), ==, tip);
  }

  /* one undo brings the dismissal back, on screen and in the file */
  click (undo_button (window));
  run_for (100);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM dismissal"), ==, 1);
  g_assert_true (gtk_widget_get_mapped (group));
  g_assert_nonnull (find_first (dashboard, match_name, "restore-button"));
  g_settings_reset (vb_application_get_settings (app), "author-name");
  close_all_windows ();
}

/* Two findings whose buttons read the same (“Complete the task”) are told
 * apart by their accessible names: the action, then the message */
static void
test_dashboard_shared_labels (void)
{
  g_autofree char *folder = make_folder ("shared-labels");
  g_autofree char *path = create_project_file (folder, "Shared", VB_PROJECT_TEMPLATE_BLANK);
  VbWindow *window;
  GtkWidget *dashboard;
  g_autoptr(GPtrArray) buttons = NULL;
  guint n_tasks = 0;

  {
    const char *names[] = { "Billing questions", "Returns" };
    g_autoptr(GError) error = NULL;
    g_autoptr(VbProject) project = vb_project_open (path, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        VbTask *task = vb_project_add_task (project, &error);

        g_assert_no_error (error);
        g_assert_true (vb_task_set_name (task, names[i], &error));
        g_assert_no_error (error);
      }
    vb_project_close (project);
  }
  window = open_in_window (path);
  dashboard = vb_window_get_stage_page (window, VB_STAGE_DASHBOARD);
  buttons = find_all (dashboard, match_action_target, "win.show-finding goals.task-incomplete" VB_FINDING_TARGET_SEPARATOR);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];
      GtkWidget *row, *message;
      g_autofree char *expected = NULL;

      if (!GTK_IS_BUTTON (button))
        continue;
      n_tasks++;
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Complete the task");
      row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
      message = find_first (row, match_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
      expected = g_strdup_printf ("Complete the task: %s", gtk_label_get_text (GTK_LABEL (message)));
      gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
    }
  g_assert_cmpuint (n_tasks, ==, 2);

  /* a label no other finding shares stays as it reads */
  {
    GtkWidget *button = NULL;
    g_autoptr(GPtrArray) all = find_all (dashboard, match_action_target,
                                         "win.show-finding goals.no-objective" VB_FINDING_TARGET_SEPARATOR);

    for (guint i = 0; i < all->len; i++)
      if (GTK_IS_BUTTON (all->pdata[i]))
        button = all->pdata[i];
    g_assert_nonnull (button);
    gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Add an objective");
  }
  close_all_windows ();
}

/* A finding's button on the dashboard shows its stage and does what fixes
 * it there, through the same path as the stage footer's button */
static GtkWidget *
fix_button (GtkWidget  *root,
            const char *rule)
{
  g_autofree char *spec = g_strdup_printf ("win.show-finding %s" VB_FINDING_TARGET_SEPARATOR, rule);
  g_autoptr(GPtrArray) all = find_all (root, match_action_target, spec);

  for (guint i = 0; i < all->len; i++)
    if (GTK_IS_BUTTON (all->pdata[i]) && gtk_widget_get_mapped (all->pdata[i]))
      return all->pdata[i];
  return NULL;
}

static void
test_show_finding (void)
{
  g_autofree char *folder = make_folder ("show-finding");
  g_autofree char *path = create_project_file (folder, "Findings", VB_PROJECT_TEMPLATE_BLANK);
  VbWindow *window = open_in_window (path);
  GtkWidget *dashboard = vb_window_get_stage_page (window, VB_STAGE_DASHBOARD);
  GtkWidget *button, *page, *title, *row;

  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_DASHBOARD);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM objective"), ==, 0);

  /* “Add an objective”: the Goals page, a new objective, the cursor in its title */
  button = fix_button (dashboard, "goals.no-objective");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Add an objective");
  click (button);
  run_for (100);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_GOALS);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM objective"), ==, 1);
  page = vb_window_get_stage_page (window, VB_STAGE_GOALS);
  title = vb_field_find (page, "title");
  g_assert_nonnull (title);
  g_assert_true (wait_until (focus_within_cb, title, WAIT_MS));

  /* Enter on a dashboard row does what its button does: “Add a vendor” */
  show_stage (window, VB_STAGE_DASHBOARD);
  button = fix_button (dashboard, "vendors.too-few");
  g_assert_nonnull (button);
  row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpstr (action_of (row), ==, "win.show-finding");
  click (row);
  run_for (100);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_VENDORS);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM vendor"), ==, 1);
  page = vb_window_get_stage_page (window, VB_STAGE_VENDORS);
  g_assert_true (wait_until (focus_within_cb, vb_field_find (page, "name"), WAIT_MS));

  /* the footer's button of the Vendors page: the same fix */
  button = fix_button (page, "vendors.too-few");
  g_assert_nonnull (button);
  click (button);
  run_for (100);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM vendor"), ==, 2);

  /* a rule nobody knows: nothing moves */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-finding", "s", "nothing.such" VB_FINDING_TARGET_SEPARATOR);
  run_for (50);
  g_assert_cmpint (vb_window_get_visible_stage (window), ==, VB_STAGE_VENDORS);
  g_assert_cmpint (db_int (path, "SELECT count(*) FROM vendor"), ==, 2);
  close_all_windows ();
}

/* ------------------------------------------------------------ files */

static void
test_rename (void)
{
  g_autofree char *folder = make_folder ("rename");
  g_autofree char *path = create_project_file (folder, "Old Name", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *new_path = g_build_filename (folder, "New Name.vendorbench", NULL);
  g_autofree char *old_uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *new_uri = g_filename_to_uri (new_path, NULL, NULL);
  const char *vendors[] = { "Acme Outsourcing", NULL };
  VbWindow *window;
  GtkWidget *dialog, *entry, *field;
  g_autofree char *name = NULL;
  g_autofree char *tip = NULL;

  add_vendors (path, vendors);
  window = open_in_window (path);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), old_uri));

  /* an edit before the rename, for Undo to name */
  field = vb_field_find (show_stage (window, VB_STAGE_VENDORS), "name");
  type_text (field, "Acme Ltd");
  press_enter (field);
  tip = g_strdup (gtk_widget_get_tooltip_text (undo_button (window)));
  g_assert_cmpstr (tip, ==, "Undo: Changed the name of vendor “Acme Ltd”");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename", NULL);
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  run_for (50);
  entry = find_first (dialog, match_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  g_assert_nonnull (entry);
  g_assert_true (focus_within (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Old Name");
  /* the dialog says that Undo does not take a rename back */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Undo"));
  type_text (entry, "New Name");
  press_enter (entry);
  wait_for_toplevel_gone (ADW_TYPE_MESSAGE_DIALOG);
  run_for (100);

  /* the file and the name change together */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Name");
  name = name_on_disk (new_path);
  g_assert_cmpstr (name, ==, "New Name");
  g_clear_pointer (&name, g_free);
  g_assert_false (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), old_uri));
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), new_uri));

  /* not an undo step: Undo still names the edit before, and takes that back */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button (window)), ==, tip);
  click (undo_button (window));
  name = name_on_disk (new_path);
  g_assert_cmpstr (name, ==, "New Name");
  g_clear_pointer (&name, g_free);
  name = vendor_name_on_disk (new_path);
  g_assert_cmpstr (name, ==, "Acme Outsourcing");
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  close_all_windows ();
}

static GtkWidget *
find_toast_button (VbWindow   *window,
                   const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (GTK_TYPE_BUTTON));

  for (guint i = buttons->len; i > 0; i--)
    {
      GtkWidget *b = buttons->pdata[i - 1];

      if (gtk_widget_get_mapped (b) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), label) == 0 &&
          gtk_widget_get_ancestor (b, ADW_TYPE_TOAST_OVERLAY) && g_type_from_name ("AdwToastWidget") &&
          gtk_widget_get_ancestor (b, g_type_from_name ("AdwToastWidget")))
        return b;
    }
  return NULL;
}

static gboolean
toast_button_shown_cb (gpointer data)
{
  gpointer *args = data;

  return find_toast_button (args[0], args[1]) != NULL;
}

static gboolean
no_toast_cb (gpointer window)
{
  GType type = g_type_from_name ("AdwToastWidget");
  g_autoptr(GPtrArray) toasts = type ? find_all (window, match_type, GSIZE_TO_POINTER (type)) : NULL;

  return toasts == NULL || toasts->len == 0;
}

/* A toast shown, answered and gone (its animation over), before the next step */
static void
wait_for_no_toast (VbWindow *window)
{
  if (!wait_until (no_toast_cb, window, WAIT_MS))
    g_error ("a toast is still shown");
}

static GtkWidget *
wait_for_toast_button (VbWindow   *window,
                       const char *label)
{
  gpointer args[] = { window, (gpointer) label };

  if (!wait_until (toast_button_shown_cb, args, WAIT_MS))
    g_error ("no toast with a “%s” button", label);
  /* let it finish sliding in, as a user sees it before clicking:
   * libadwaita 1.2 frees a toast whose hiding ends before its showing
   * (dismissed in the frame it appears) and then crashes when the show
   * animation ends (500 ms at most) */
  run_for (600);
  return find_toast_button (window, label);
}

/* The row of the recent list for @path, in @window's welcome page */
static GtkWidget *
recent_row (VbWindow   *window,
            const char *name)
{
  GtkWidget *welcome = find_first (GTK_WIDGET (window), match_type, GSIZE_TO_POINTER (VB_TYPE_WELCOME_PAGE));
  g_autoptr(GPtrArray) rows = find_all (welcome, match_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), name) == 0 && gtk_widget_get_mapped (rows->pdata[i]))
      return rows->pdata[i];
  return NULL;
}

static gboolean
recent_row_gone_cb (gpointer window)
{
  return recent_row (window, "Recent One") == NULL;
}

static gboolean
recent_row_back_cb (gpointer window)
{
  return recent_row (window, "Recent One") != NULL;
}

static GtkWidget *
row_button (GtkWidget  *row,
            const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = find_all (row, match_type, GSIZE_TO_POINTER (GTK_TYPE_BUTTON));

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), tooltip) == 0)
      return buttons->pdata[i];
  return NULL;
}

static gboolean
file_exists_cb (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
file_gone_cb (gpointer path)
{
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_recent (void)
{
  g_autofree char *folder = make_folder ("recent");
  g_autofree char *path = create_project_file (folder, "Recent One", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  VbWindow *window;
  GtkWidget *row, *remove, *trash;

  /* opening a project adds it to the recent list */
  open_in_window (path);
  close_all_windows ();
  run_for (200);
  g_assert_true (gtk_recent_manager_has_item (manager, uri));

  window = new_welcome_window ();
  row = recent_row (window, "Recent One");
  g_assert_nonnull (row);

  /* the “−” button says what it does, to the eye and to a screen reader */
  remove = row_button (row, "Remove from List");
  g_assert_nonnull (remove);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (remove)), ==, "list-remove-symbolic");
  gtk_test_accessible_assert_property (remove, GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove from List");
  trash = row_button (row, "Move to Trash");
  g_assert_nonnull (trash);
  gtk_test_accessible_assert_property (trash, GTK_ACCESSIBLE_PROPERTY_LABEL, "Move to Trash");

  /* Remove from List: the file stays; the toast's Undo puts it back */
  click (remove);
  g_assert_false (gtk_recent_manager_has_item (manager, uri));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (wait_until (recent_row_gone_cb, window, WAIT_MS));
  click (wait_for_toast_button (window, "_Undo"));
  g_assert_true (gtk_recent_manager_has_item (manager, uri));
  g_assert_true (wait_until (recent_row_back_cb, window, WAIT_MS));
  wait_for_no_toast (window);
  row = recent_row (window, "Recent One");

  /* Move to Trash, then Undo */
  click (row_button (row, "Move to Trash"));
  g_assert_true (wait_until (file_gone_cb, path, WAIT_MS));
  run_for (200);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_recent_manager_has_item (manager, uri));
  click (wait_for_toast_button (window, "_Undo"));
  g_assert_true (wait_until (file_exists_cb, path, WAIT_MS));
  wait_for_no_toast (window);
  g_assert_true (gtk_recent_manager_has_item (manager, uri));
  close_all_windows ();
}

/* GtkFileChooserNative falls back to a GtkFileChooserDialog without a
 * portal: answer it as a user would */
static void
answer_file_chooser (const char *folder,
                     const char *file_name)
{
  GtkWidget *chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(GFile) chosen = NULL;
  g_autofree char *p = NULL;

  run_for (300);
  if (file_name)
    {
      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), dir, NULL));
  run_for (1000);
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  p = chosen ? g_file_get_path (chosen) : NULL;
  g_test_message ("the file chooser answers %s", p);
  /* never let a test write outside its folder */
  g_assert_nonnull (p);
  g_assert_true (g_str_has_prefix (p, folder));
  /* no iteration after the click: the caller looks at what it started */
  g_signal_emit_by_name (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT), "clicked");
}

/* The window's busy bar (a revealer with a progress bar) is hidden */
static gboolean
not_busy_cb (gpointer window)
{
  g_autoptr(GPtrArray) revealers = find_all (window, match_type, GSIZE_TO_POINTER (GTK_TYPE_REVEALER));

  for (guint i = 0; i < revealers->len; i++)
    if (gtk_revealer_get_reveal_child (revealers->pdata[i]) &&
        find_first (revealers->pdata[i], match_type, GSIZE_TO_POINTER (GTK_TYPE_PROGRESS_BAR)))
      return FALSE;
  return TRUE;
}

static gboolean
busy_cb (gpointer window)
{
  return !not_busy_cb (window);
}

static void
test_save_copy_and_move (void)
{
  g_autofree char *folder = make_folder ("copy-move");
  g_autofree char *elsewhere = make_folder ("copy-move-elsewhere");
  g_autofree char *path = create_project_file (folder, "Keep Me", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  g_autofree char *copy = g_build_filename (folder, "Kept Copy.vendorbench", NULL);
  g_autofree char *moved = g_build_filename (elsewhere, "Keep Me.vendorbench", NULL);
  VbWindow *window, *copy_window;
  GtkWidget *field;
  g_autofree char *name = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *vendor = NULL;
  gint64 logged;

  /* a project big enough that a copy takes several steps */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VbProject) project = vb_project_open (path, &error);
    g_autoptr(GString) notes = g_string_new (NULL);

    g_assert_no_error (error);
    while (notes->len < 30000)
      g_string_append (notes, "Called them about the pilot; waiting for the quote. ");
    for (guint i = 0; i < 40; i++)
      {
        VbVendor *v = vb_project_add_vendor (project, &error);
        g_autofree char *vname = g_strdup_printf ("Vendor %u", i);

        g_assert_no_error (error);
        g_assert_true (vb_vendor_set_name (v, vname, &error) && vb_vendor_set_notes (v, notes->str, &error));
      }
    vb_project_close (project);
  }
  window = open_in_window (path);
  /* the Vendors page opens with the first vendor in its editor */
  field = vb_field_find (show_stage (window, VB_STAGE_VENDORS), "name");
  g_assert_nonnull (field);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "Vendor 0");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-copy", NULL);
  answer_file_chooser (folder, "Kept Copy.vendorbench");
  /* the copy runs in the background: the window shows it, and stays
   * responsive; an edit made meanwhile (typed and committed as soon as the
   * window shows the copy running, before the main loop runs again, so
   * before the window can learn that it is done) is in the copy or after
   * it, never half in it */
  g_assert_true (wait_until (busy_cb, window, WAIT_MS));
  {
    GtkWidget *text = text_of (field);

    g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (text)));
    gtk_editable_set_text (GTK_EDITABLE (text), "Edited During the Copy");
    g_signal_emit_by_name (text, "activate");
  }
  g_assert_false (not_busy_cb (window));
  g_assert_true (wait_until (not_busy_cb, window, WAIT_MS));
  run_for (100);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

  /* the copy is whole, and holds the edit with its log entry, or neither */
  integrity = db_text (copy, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  name = name_on_disk (copy);
  g_assert_cmpstr (name, ==, "Keep Me");
  g_clear_pointer (&name, g_free);
  vendor = vendor_name_on_disk (copy);
  logged = db_int (copy, "SELECT count(*) FROM activity WHERE summary LIKE '%Edited During the Copy%'");
  g_test_message ("the copy holds “%s”, %" G_GINT64_FORMAT " log entries of the edit", vendor, logged);
  if (g_str_equal (vendor, "Edited During the Copy"))
    g_assert_cmpint (logged, ==, 1);
  else
    {
      g_assert_cmpstr (vendor, ==, "Vendor 0");
      g_assert_cmpint (logged, ==, 0);
    }
  g_assert_cmpint (db_int (copy, "SELECT count(*) FROM vendor"), ==, 40);
  /* and the project itself has the edit */
  name = vendor_name_on_disk (path);
  g_assert_cmpstr (name, ==, "Edited During the Copy");
  g_clear_pointer (&name, g_free);

  /* the toast opens the copy, in a window of its own */
  click (wait_for_toast_button (window, "_Open"));
  g_assert_true (wait_until (window_for_cb, copy, WAIT_MS));
  copy_window = window_for (copy);
  wait_for_project (copy_window);
  g_assert_true (copy_window != window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (copy_window)), ==, "Keep Me");
  gtk_window_destroy (GTK_WINDOW (copy_window));
  run_for (100);

  /* Move: to another folder, in the background; the window follows */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move", NULL);
  answer_file_chooser (elsewhere, NULL);
  g_assert_true (wait_until (not_busy_cb, window, WAIT_MS));
  run_for (100);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
  g_assert_true (window_for (moved) == window);
  name = name_on_disk (moved);
  g_assert_cmpstr (name, ==, "Keep Me");
  g_clear_pointer (&name, g_free);
  /* it goes on editing the moved file */
  type_text (field, "After the Move");
  press_enter (field);
  name = vendor_name_on_disk (moved);
  g_assert_cmpstr (name, ==, "After the Move");
  close_all_windows ();
}

/* preferences in GSettings reach windows and projects; app actions work */
static void
test_settings_and_app_actions (void)
{
  GSettings *settings = vb_application_get_settings (app);
  g_autofree char *folder = make_folder ("settings");
  g_autofree char *path = create_project_file (folder, "Settings", VB_PROJECT_TEMPLATE_BLANK);
  VbWindow *window;
  GtkWidget *page;
  int w = 0, h = 0;
  g_autofree char *author = NULL;

  g_settings_set_int (settings, "window-width", 901);
  g_settings_set_int (settings, "window-height", 603);
  {
    GtkWindow *fresh = vb_application_new_window (app);

    gtk_window_get_default_size (fresh, &w, &h);
    g_assert_cmpint (w, ==, 901);
    g_assert_cmpint (h, ==, 603);
    gtk_window_destroy (fresh);
  }

  /* the author in the activity log follows the preference, live */
  g_settings_set_string (settings, "author-name", "Dana Owner");
  window = open_in_window (path);
  page = show_stage (window, VB_STAGE_VENDORS);
  click (find_first (page, match_mapped_action, "vendors.add-vendor"));
  author = db_text (path, "SELECT author FROM activity ORDER BY rowid DESC LIMIT 1");
  g_assert_cmpstr (author, ==, "Dana Owner");
  g_clear_pointer (&author, g_free);
  g_settings_set_string (settings, "author-name", "Sam Advisor");
  run_for (20);
  click (find_first (page, match_mapped_action, "vendors.add-vendor"));
  author = db_text (path, "SELECT author FROM activity ORDER BY rowid DESC LIMIT 1");
  g_assert_cmpstr (author, ==, "Sam Advisor");
  g_settings_reset (settings, "author-name");

  /* the projects folder preference is where the New Project dialog starts */
  g_settings_set_string (settings, "projects-folder", folder);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  g_assert_cmpstr (vb_new_project_dialog_get_folder (VB_NEW_PROJECT_DIALOG (wait_for_toplevel (VB_TYPE_NEW_PROJECT_DIALOG))),
                   ==, folder);
  gtk_window_destroy (GTK_WINDOW (shown_toplevel (VB_TYPE_NEW_PROJECT_DIALOG)));
  g_settings_reset (settings, "projects-folder");
  {
    g_autofree char *got = vb_application_dup_projects_folder (app);
    g_assert_true (g_str_has_suffix (got, "/Vendorbench"));
  }

  /* the application's actions */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  gtk_window_destroy (GTK_WINDOW (wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  gtk_window_destroy (GTK_WINDOW (wait_for_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)));
  {
    guint before = n_windows ();

    g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
    run_for (100);
    g_assert_cmpuint (n_windows (), ==, before + 1);
  }
  close_all_windows ();
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static gboolean
preferences_focused_cb (gpointer data)
{
  GtkWidget *prefs = GTK_WIDGET (shown_toplevel (VB_TYPE_PREFERENCES_WINDOW));

  return prefs && gtk_widget_get_mapped (prefs) && gtk_root_get_focus (GTK_ROOT (prefs)) != NULL;
}

/* Preferences opens with the cursor in “Your Name”; what is typed there
 * is the preference */
static void
test_preferences (void)
{
  GSettings *settings = vb_application_get_settings (app);
  g_autofree char *folder = make_folder ("preferences");
  VbWindow *window = new_welcome_window ();
  GtkWidget *prefs, *row, *focus, *reset;
  g_autofree char *author = NULL;

  g_settings_set_string (settings, "projects-folder", folder);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = wait_for_toplevel (VB_TYPE_PREFERENCES_WINDOW);
  g_assert_true (wait_until (preferences_focused_cb, NULL, WAIT_MS));
  run_for (100);
  row = named (prefs, "author-row");
  focus = gtk_root_get_focus (GTK_ROOT (prefs));
  g_test_message ("focus on %s", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, row));

  /* typing goes where the cursor is, into the preference */
  {
    int pos = 0;

    gtk_editable_insert_text (GTK_EDITABLE (focus), "Dana Owner", -1, &pos);
  }
  run_for (50);
  author = g_settings_get_string (settings, "author-name");
  g_assert_cmpstr (author, ==, "Dana Owner");

  /* the folder row shows the folder; “Use Default” goes back to the default */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (named (prefs, "folder-row"))), "/preferences"));
  reset = named (prefs, "reset-folder");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reset)), ==, "Use Default");
  click (reset);
  {
    g_autofree char *now = g_settings_get_string (settings, "projects-folder");
    g_assert_cmpstr (now, ==, "");
  }
  g_assert_false (gtk_widget_get_visible (reset));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (named (prefs, "folder-row"))), "Vendorbench"));

  (void) window;
  g_settings_reset (settings, "author-name");
  close_all_windows ();
}

/* Opening a project puts the keyboard on the page, never on the main
 * menu button */
static void
assert_focus_on_page (VbWindow *window)
{
  GtkWidget *page = vb_window_get_stage_page (window, vb_window_get_visible_stage (window));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_test_message ("focus on %s “%s”", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing",
                  focus ? gtk_widget_get_name (focus) : "");
  g_assert_nonnull (focus);
  g_assert_null (gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON));
  g_assert_true (gtk_widget_is_ancestor (focus, page));
}

static void
test_open_focus (void)
{
  g_autofree char *folder = make_folder ("open-focus");
  g_autofree char *path = create_project_file (folder, "Focus", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbWindow *window;

  window = open_in_window (path);
  assert_focus_on_page (window);
  close_all_windows ();

  window = new_welcome_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  wait_for_project (window);
  assert_focus_on_page (window);
  close_all_windows ();
}

/* dropping a project file on a window opens it */
static void
test_drop (void)
{
  g_autofree char *folder = make_folder ("drop");
  g_autofree char *path = create_project_file (folder, "Dropped", VB_PROJECT_TEMPLATE_BLANK);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VbWindow *window = new_welcome_window ();
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
  g_assert_true (ok);
  wait_for_project (window);
  g_assert_cmpuint (count_windows_for (path), ==, 1);
  g_assert_true (window_for (path) == window);
  close_all_windows ();
}

int
main (int argc, char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "shell", &tmp_root);

  g_test_add_func ("/shell/build", test_build);
  g_test_add_func ("/shell/templates", test_templates);
  g_test_add_func ("/shell/new-project", test_new_project);
  g_test_add_func ("/shell/sample", test_sample);
  g_test_add_func ("/shell/open-twice", test_open_twice);
  g_test_add_func ("/shell/open-errors", test_open_errors);
  g_test_add_func ("/shell/read-only", test_read_only);
  g_test_add_func ("/shell/undo-redo", test_undo_redo);
  g_test_add_func ("/shell/text-undo-first", test_text_undo_first);
  g_test_add_func ("/shell/dismiss", test_dismiss);
  g_test_add_func ("/shell/dashboard-shared-labels", test_dashboard_shared_labels);
  g_test_add_func ("/shell/show-finding", test_show_finding);
  g_test_add_func ("/shell/rename", test_rename);
  g_test_add_func ("/shell/recent", test_recent);
  g_test_add_func ("/shell/settings", test_settings_and_app_actions);
  g_test_add_func ("/shell/preferences", test_preferences);
  g_test_add_func ("/shell/open-focus", test_open_focus);
  g_test_add_func ("/shell/drop", test_drop);
  g_test_add_func ("/shell/save-copy-and-move", test_save_copy_and_move);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
