/* test-stages.c — the Goals & scope and Vendors pages, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every page is built from its template inside a window; the tests type
 * into fields, press Enter, click buttons, pick choices and answer dialogs,
 * then read the result back from the project file on disk through a second
 * SQLite connection.
 */

#define G_LOG_DOMAIN "vb-test-stages"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "vb-edit-helpers.h"
#include "vb-format.h"
#include "vb-goals-page.h"
#include "vb-guide.h"
#include "vb-outsourcing.h"
#include "vb-project.h"
#include "vb-stage-footer.h"
#include "vb-vendors-page.h"
#include "vb-display-util.h"

typedef struct {
  char      *dir;
  char      *path;
  VbProject *project;
  VbGuide   *guide;
  GtkWidget *window;
  GtkWidget *page;
} Fixture;

/* ------------------------------------------------------------ helpers */

/* The first column of the first row of @sql, read through a connection of
 * our own: what is on disk, not what the project object holds. */
static char *
db_text (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return out;
}

static gint64
db_int (Fixture    *f,
        const char *sql)
{
  g_autofree char *text = db_text (f, sql);

  return text ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static gboolean
match_name (GtkWidget    *w,
            gconstpointer data)
{
  return g_strcmp0 (gtk_widget_get_name (w), data) == 0;
}

static gboolean
match_visible_name (GtkWidget    *w,
                    gconstpointer data)
{
  return match_name (w, data) && gtk_widget_get_visible (w);
}

static gboolean
match_action (GtkWidget    *w,
              gconstpointer data)
{
  const char *const *spec = data;   /* action name, target or NULL */
  GVariant *target;

  if (!GTK_IS_BUTTON (w) || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), spec[0]) != 0)
    return FALSE;
  if (spec[1] == NULL)
    return TRUE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w));
  return target && g_str_equal (g_variant_get_string (target, NULL), spec[1]);
}

static gboolean
match_tooltip (GtkWidget    *w,
               gconstpointer data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (w), data) == 0;
}

static gboolean
match_label (GtkWidget    *w,
             gconstpointer data)
{
  return GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (w)), data) == 0;
}

static GtkWidget *
by_name (GtkWidget  *root,
         const char *name)
{
  GtkWidget *w = vbd_find (root, match_visible_name, name);

  if (w == NULL)
    w = vbd_find (root, match_name, name);
  g_assert_nonnull (w);
  return w;
}

static GtkWidget *
button_for (GtkWidget  *root,
            const char *action,
            const char *target)
{
  const char *spec[] = { action, target };
  GtkWidget *w = vbd_find (root, match_action, spec);

  g_assert_nonnull (w);
  return w;
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  vbd_iterate (20);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_BOX_ROW (c) && gtk_widget_get_child_visible (c))
      n++;
  return n;
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vbd_iterate (20);
}

static const char *
label_text (GtkWidget *w)
{
  return gtk_label_get_text (GTK_LABEL (w));
}

static gint64
activity_count (Fixture *f)
{
  return db_int (f, "SELECT count(*) FROM activity");
}

/* ------------------------------------------------------------ fixture */

static void
fixture_setup (Fixture    *f,
               const char *template_id,
               gboolean    vendors)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vb-stages-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.vendorbench", NULL);
  f->project = vb_project_create (f->path, "Test", template_id, "EUR", &error);
  g_assert_no_error (error);
  f->guide = vb_guide_new (f->project);
  f->page = vendors ? vb_vendors_page_new (f->project, f->guide) : vb_goals_page_new (f->project, f->guide);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_present (GTK_WINDOW (f->window));
  vbd_iterate (50);
}

static void
fixture_teardown (Fixture *f)
{
  AdwMessageDialog *dialog;

  while ((dialog = find_dialog ()))
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  vbd_iterate (20);
  g_clear_object (&f->guide);
  vb_project_close (f->project);
  g_clear_object (&f->project);
  g_remove (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* ------------------------------------------------------------ footer */

static void
test_footer (void)
{
  Fixture f = { 0 };
  GtkWidget *footer;
  g_autoptr(GPtrArray) findings = NULL;

  fixture_setup (&f, "blank", FALSE);
  footer = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "footer_box")));
  g_assert_true (VB_IS_STAGE_FOOTER (footer));
  findings = vb_guide_get_stage_findings (f.guide, VB_STAGE_GOALS);
  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (vb_stage_footer_get_n_shown (VB_STAGE_FOOTER (footer)), ==, findings->len);
  /* the most important finding comes first, with its message */
  g_assert_nonnull (vbd_find (footer, match_label, vb_finding_get_message (g_ptr_array_index (findings, 0))));

  /* adding an objective changes the hint at once */
  click (button_for (f.page, "goals.add-objective", NULL));
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = vb_guide_get_stage_findings (f.guide, VB_STAGE_GOALS);
  g_assert_cmpuint (vb_stage_footer_get_n_shown (VB_STAGE_FOOTER (footer)), ==, findings->len);
  fixture_teardown (&f);
}

/* ------------------------------------------------------------ finding buttons */

static GtkWidget *
footer_of (Fixture *f)
{
  GType type = VB_IS_GOALS_PAGE (f->page) ? VB_TYPE_GOALS_PAGE : VB_TYPE_VENDORS_PAGE;
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (f->page, type, "footer_box"));
  GtkWidget *footer = gtk_widget_get_first_child (box);

  g_assert_true (VB_IS_STAGE_FOOTER (footer));
  return footer;
}

static gboolean
match_finding_button (GtkWidget    *w,
                      gconstpointer data)
{
  const char *const *spec = data;   /* rule id, subject or NULL */
  VbFinding *finding;

  if (!GTK_IS_BUTTON (w) || !match_name (w, "finding-button"))
    return FALSE;
  finding = g_object_get_data (G_OBJECT (w), "vb-finding");
  return finding && g_str_equal (vb_finding_get_rule_id (finding), spec[0]) &&
         (spec[1] == NULL || g_strcmp0 (vb_finding_get_subject (finding), spec[1]) == 0);
}

/* The footer's button for a finding, labelled with the action that fixes it */
static GtkWidget *
finding_button (Fixture    *f,
                const char *rule_id,
                const char *subject)
{
  const char *spec[] = { rule_id, subject };
  GtkWidget *button = vbd_find (footer_of (f), match_finding_button, spec);
  VbFinding *finding;
  const char *label;

  g_assert_nonnull (button);
  finding = g_object_get_data (G_OBJECT (button), "vb-finding");
  label = vb_finding_get_action_label (finding);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
  return button;
}

static gboolean
has_finding_button (Fixture    *f,
                    const char *rule_id)
{
  const char *spec[] = { rule_id, NULL };

  return vbd_find (footer_of (f), match_finding_button, spec) != NULL;
}

/* The keyboard focus is on @w or inside it */
static void
assert_focus_in (Fixture   *f,
                 GtkWidget *w)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_nonnull (w);
  g_assert_nonnull (focus);
  if (focus != w && !gtk_widget_is_ancestor (focus, w))
    g_error ("focus is on a %s named “%s”, not in the %s named “%s”", G_OBJECT_TYPE_NAME (focus),
             gtk_widget_get_name (focus), G_OBJECT_TYPE_NAME (w), gtk_widget_get_name (w));
}

static VbRecord *
only_record (Fixture    *f,
             const char *table,
             guint       index)
{
  g_autoptr(VbRecord) r = g_list_model_get_item (vb_project_get_records (f->project, table), index);

  g_assert_nonnull (r);
  return r;   /* the project holds it */
}

/* ------------------------------------------------------------ goals */

static void
test_goals_tasks (void)
{
  Fixture f = { 0 };
  GtkWidget *tasks_list, *row, *suggestion, *decision_label;
  GListModel *tasks;
  g_autoptr(VbRecord) task = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *value = NULL;
  guint before;
  VbSuggestion s;

  fixture_setup (&f, "customer-support", FALSE);
  tasks = vb_project_get_records (f.project, "task");
  tasks_list = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "tasks_list"));
  before = g_list_model_get_n_items (tasks);
  g_assert_cmpuint (before, >, 0);   /* the template seeds some */
  g_assert_cmpuint (count_rows (tasks_list), ==, before);

  /* add a task and fill it in through its editor */
  click (button_for (f.page, "goals.add-task", NULL));
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM task"), ==, before + 1);
  row = vbd_last_row (tasks_list);
  vbd_type_and_enter (by_name (row, "name"), "Order status emails");
  vbd_type_and_enter (by_name (row, "monthly_volume"), "1200");
  vbd_type_and_enter (by_name (row, "handle_minutes"), "6");
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (row, "work_kind")), 1);   /* routine */
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (row, "channel")), 2);     /* email */
  vbd_iterate (20);

  value = db_text (&f, "SELECT name || '|' || monthly_volume || '|' || handle_minutes || '|' || work_kind || '|' || channel "
                       "FROM task ORDER BY position DESC LIMIT 1");
  g_assert_cmpstr (value, ==, "Order status emails|1200.0|6.0|routine|email");

  /* a number that is not one is refused and marked */
  vbd_type_and_enter (by_name (row, "handle_minutes"), "six");
  g_assert_true (gtk_widget_has_css_class (by_name (row, "handle_minutes"), "error"));
  g_assert_cmpint (db_int (&f, "SELECT handle_minutes FROM task WHERE name = 'Order status emails'"), ==, 6);
  vbd_type_and_enter (by_name (row, "handle_minutes"), "6");
  g_assert_false (gtk_widget_has_css_class (by_name (row, "handle_minutes"), "error"));

  /* the suggestion shown is the core's, with its reason */
  task = g_list_model_get_item (tasks, g_list_model_get_n_items (tasks) - 1);
  s = vb_outsourcing_suggest (task, vb_project_get_settings (f.project), &reason);
  g_assert_cmpint (s, ==, VB_SUGGESTION_OUTSOURCE);
  expected = g_strdup_printf ("Suggested: %s — %s", vb_suggestion_label (s), reason);
  suggestion = by_name (row, "suggestion");
  g_assert_cmpstr (label_text (suggestion), ==, expected);
  decision_label = by_name (row, "decision-label");
  g_assert_false (gtk_widget_get_visible (decision_label));

  /* override: both are shown, the decision is stored */
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (row, "decision")), 2);   /* keep */
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT decision FROM task WHERE name = 'Order status emails'");
  g_assert_cmpstr (value, ==, "keep");
  g_assert_true (gtk_widget_get_visible (decision_label));
  g_assert_cmpstr (label_text (decision_label), ==, "Your decision: Keep in-house");
  g_assert_cmpstr (label_text (suggestion), ==, expected);

  /* totals follow */
  {
    double volume = 0;
    g_autofree char *text = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(VbRecord) t = g_list_model_get_item (tasks, i);
        volume += vb_record_get_real (t, "monthly_volume");
      }
    text = vb_format_number (volume, 0);
    g_assert_cmpstr (label_text (GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "volume_label"))), ==, text);
  }

  /* undo (the window's Ctrl+Z calls this): the override goes, on disk and on screen */
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT decision FROM task WHERE name = 'Order status emails'");
  g_assert_cmpstr (value, ==, "");
  g_assert_false (gtk_widget_get_visible (decision_label));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (by_name (row, "decision"))), ==, 0);

  /* a warning about this task shows on its row and in the footer */
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (row, "work_kind")), 3);   /* technical: keep */
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (row, "decision")), 1);    /* outsource */
  vbd_iterate (20);
  g_assert_cmpint (vb_outsourcing_suggest (task, vb_project_get_settings (f.project), NULL), ==, VB_SUGGESTION_KEEP);
  {
    GtkWidget *findings = by_name (row, "findings");
    GtkWidget *footer = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "footer_box")));
    g_autoptr(GPtrArray) stage = vb_guide_get_stage_findings (f.guide, VB_STAGE_GOALS);
    VbFinding *warning = NULL;

    for (guint i = 0; i < stage->len; i++)
      if (g_strcmp0 (vb_finding_get_subject (g_ptr_array_index (stage, i)), vb_record_get_uuid (task)) == 0)
        warning = g_ptr_array_index (stage, i);
    g_assert_nonnull (warning);
    g_assert_cmpint (vb_finding_get_kind (warning), ==, VB_FINDING_WARNING);
    g_assert_true (gtk_widget_get_visible (findings));
    g_assert_true (gtk_widget_has_css_class (findings, "warning"));
    g_assert_nonnull (strstr (label_text (findings), vb_finding_get_message (warning)));
    g_assert_nonnull (vbd_find (footer, match_label, vb_finding_get_message (warning)));
  }
  g_assert_true (vb_project_undo (f.project, NULL));
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_assert_false (gtk_widget_get_visible (by_name (row, "findings")) &&
                  gtk_widget_has_css_class (by_name (row, "findings"), "warning"));

  /* remove the task, after confirming */
  click (by_name (row, "remove-task"));
  {
    AdwMessageDialog *dialog = find_dialog ();

    g_assert_nonnull (dialog);
    answer_dialog (dialog, "cancel");
    g_assert_cmpint (db_int (&f, "SELECT count(*) FROM task"), ==, before + 1);
    click (by_name (row, "remove-task"));
    dialog = find_dialog ();
    answer_dialog (dialog, "remove");
  }
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM task"), ==, before);
  g_assert_cmpuint (count_rows (tasks_list), ==, before);
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM task WHERE name = 'Order status emails'"), ==, 1);
  g_assert_cmpuint (count_rows (tasks_list), ==, before + 1);

  fixture_teardown (&f);
}

static void
test_goals_team_and_objectives (void)
{
  Fixture f = { 0 };
  GtkWidget *team, *days, *saturday, *tz, *objectives_list, *row;
  g_autofree char *value = NULL;
  gint64 days_before;

  fixture_setup (&f, "blank", FALSE);
  team = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "team_group"));

  vbd_type_and_enter (by_name (team, "team_from"), "08:00");
  vbd_type_and_enter (by_name (team, "team_to"), "18:30");
  g_assert_cmpint (db_int (&f, "SELECT team_from FROM project"), ==, 480);
  g_assert_cmpint (db_int (&f, "SELECT team_to FROM project"), ==, 1110);
  vbd_type_and_enter (by_name (team, "team_to"), "25:00");
  g_assert_true (gtk_widget_has_css_class (by_name (team, "team_to"), "error"));
  g_assert_cmpint (db_int (&f, "SELECT team_to FROM project"), ==, 1110);

  days = by_name (team, "team-days-row");
  days_before = db_int (&f, "SELECT team_days FROM project");
  saturday = vbd_find (days, match_tooltip, "Saturday");
  g_assert_nonnull (saturday);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (saturday),
                                !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (saturday)));
  vbd_iterate (20);
  g_assert_cmpint (db_int (&f, "SELECT team_days FROM project"), ==, days_before ^ (1 << 5));

  tz = by_name (team, "team_timezone");
  vbd_type_and_enter (tz, "Mars/Olympus_Mons");
  g_assert_true (gtk_widget_has_css_class (tz, "error"));
  vbd_type_and_enter (tz, "Europe/London");
  g_assert_false (gtk_widget_has_css_class (tz, "error"));
  value = db_text (&f, "SELECT team_timezone FROM project");
  g_assert_cmpstr (value, ==, "Europe/London");
  vbd_type_and_enter (by_name (team, "team_languages"), "English, French");
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT team_languages FROM project");
  g_assert_cmpstr (value, ==, "English, French");

  /* assumptions */
  vbd_type_and_enter (by_name (GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "assumptions_group")),
                           "paid_hours_per_fte"), "150");
  g_assert_cmpint (db_int (&f, "SELECT paid_hours_per_fte FROM project"), ==, 150);

  /* an objective */
  objectives_list = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "objectives_list"));
  g_assert_cmpuint (count_rows (objectives_list), ==, 0);
  click (button_for (f.page, "goals.add-objective", NULL));
  g_assert_cmpuint (count_rows (objectives_list), ==, 1);
  row = vbd_last_row (objectives_list);
  vbd_type_and_enter (by_name (row, "objective-title"), "Answer chats faster");
  vbd_type_and_enter (by_name (row, "objective-target"), "80 % of chats answered within 30 seconds");
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT kind || '|' || title || '|' || target FROM objective");
  g_assert_cmpstr (value, ==, "faster-response|Answer chats faster|80 % of chats answered within 30 seconds");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Answer chats faster");

  /* undo the target: the field shows the old text again */
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT target FROM objective");
  g_assert_cmpstr (value, ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (by_name (row, "objective-target"))), ==, "");

  fixture_teardown (&f);
}

/* A text field commits once: on Enter, not on every keystroke; and on
 * its own after a pause in typing. */
static void
test_text_commit_once (void)
{
  Fixture f = { 0 };
  GtkWidget *row, *name;
  const char *word = "Refunds";
  gint64 before;
  g_autofree char *value = NULL;

  fixture_setup (&f, "blank", FALSE);
  click (button_for (f.page, "goals.add-task", NULL));
  row = vbd_last_row (GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "tasks_list")));
  name = by_name (row, "name");

  before = activity_count (&f);
  for (gsize i = 1; i <= strlen (word); i++)
    {
      g_autofree char *prefix = g_strndup (word, i);

      gtk_editable_set_text (GTK_EDITABLE (name), prefix);
      vbd_iterate (50);   /* typing, well under VB_EDIT_IDLE_MS apart */
    }
  g_assert_cmpint (activity_count (&f), ==, before);
  vbd_press_enter (name);
  g_assert_cmpint (activity_count (&f), ==, before + 1);
  value = db_text (&f, "SELECT name FROM task");
  g_assert_cmpstr (value, ==, "Refunds");
  g_assert_cmpstr (vb_project_get_undo_summary (f.project), !=, NULL);

  /* Enter again with nothing new: no edit */
  vbd_press_enter (name);
  g_assert_cmpint (activity_count (&f), ==, before + 1);

  /* a pause commits on its own */
  gtk_editable_set_text (GTK_EDITABLE (name), "Refunds and returns");
  vbd_iterate (VB_EDIT_IDLE_MS / 2);
  g_assert_cmpint (activity_count (&f), ==, before + 1);
  vbd_iterate (VB_EDIT_IDLE_MS + 400);
  g_assert_cmpint (activity_count (&f), ==, before + 2);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT name FROM task");
  g_assert_cmpstr (value, ==, "Refunds and returns");

  /* undo brings the field back with the file */
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Refunds");

  fixture_teardown (&f);
}


/* Every finding in the Goals footer is a button that does what fixes it */
static void
test_goals_findings (void)
{
  Fixture f = { 0 };
  GtkWidget *objectives, *tasks, *row, *w;
  VbRecord *objective, *task;
  gint64 n_tasks;

  fixture_setup (&f, "blank", FALSE);
  objectives = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "objectives_list"));
  tasks = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_GOALS_PAGE, "tasks_list"));

  /* no objective: the button adds one and puts the cursor in its title */
  click (finding_button (&f, "goals.no-objective", NULL));
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM objective"), ==, 1);
  g_assert_false (has_finding_button (&f, "goals.no-objective"));
  row = vbd_last_row (objectives);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  assert_focus_in (&f, by_name (row, "objective-title"));
  vbd_type_and_enter (by_name (row, "objective-title"), "Faster email answers");

  /* objective without a target: the button opens that objective at its target */
  objective = only_record (&f, "objective", 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  vbd_iterate (20);
  click (finding_button (&f, "goals.objective-without-target", vb_record_get_uuid (objective)));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  assert_focus_in (&f, by_name (row, "objective-target"));
  vbd_type_and_enter (by_name (row, "objective-target"), "within 4 hours");
  {
    g_autofree char *target = db_text (&f, "SELECT target FROM objective");
    g_assert_cmpstr (target, ==, "within 4 hours");
  }
  g_assert_false (has_finding_button (&f, "goals.objective-without-target"));

  /* the team's days and languages */
  click (finding_button (&f, "goals.team-hours", NULL));
  w = by_name (f.page, "team-days");
  assert_focus_in (&f, w);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (gtk_root_get_focus (GTK_ROOT (f.window))));
  click (finding_button (&f, "goals.team-languages", NULL));
  assert_focus_in (&f, by_name (f.page, "team_languages"));

  /* no task: the button adds one, opens its editor at the name */
  click (finding_button (&f, "goals.no-task", NULL));
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM task"), ==, 1);
  row = vbd_last_row (tasks);
  assert_focus_in (&f, by_name (row, "name"));
  vbd_type_and_enter (by_name (row, "name"), "Order emails");

  /* an incomplete task: close its editor; the button opens it at the first missing field */
  task = only_record (&f, "task", 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (by_name (row, "edit-task")), FALSE);
  vbd_iterate (20);
  click (finding_button (&f, "goals.task-incomplete", vb_record_get_uuid (task)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_name (row, "edit-task"))));
  assert_focus_in (&f, by_name (row, "work_kind"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (row, "work_kind")), 1);   /* routine */
  vbd_iterate (20);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (by_name (row, "edit-task")), FALSE);
  vbd_iterate (20);
  click (finding_button (&f, "goals.task-incomplete", vb_record_get_uuid (task)));
  assert_focus_in (&f, by_name (row, "monthly_volume"));

  /* the same path, as the dashboard takes it: a decision against the rule
   * opens the task at its decision; too much too early goes to the list */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (by_name (row, "edit-task")), FALSE);
  vbd_iterate (20);
  vb_goals_page_activate_finding (VB_GOALS_PAGE (f.page), "goals.outsource-against-rule", vb_record_get_uuid (task));
  vbd_iterate (20);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_name (row, "edit-task"))));
  assert_focus_in (&f, by_name (row, "decision"));
  vb_goals_page_activate_finding (VB_GOALS_PAGE (f.page), "goals.too-much-too-early", NULL);
  vbd_iterate (20);
  assert_focus_in (&f, row);

  /* a rule of a later stage: nothing happens */
  n_tasks = db_int (&f, "SELECT count(*) FROM task");
  w = gtk_root_get_focus (GTK_ROOT (f.window));
  vb_goals_page_activate_finding (VB_GOALS_PAGE (f.page), "pricing.no-quote", NULL);
  vbd_iterate (20);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) == w);
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM task"), ==, n_tasks);
  fixture_teardown (&f);
}

/* ------------------------------------------------------------ vendors */

static GtkWidget *
editor (Fixture *f)
{
  return GTK_WIDGET (gtk_widget_get_template_child (f->page, VB_TYPE_VENDORS_PAGE, "editor_box"));
}

static void
add_vendor (Fixture    *f,
            const char *name)
{
  click (button_for (f->page, "vendors.add-vendor", NULL));
  vbd_type_and_enter (by_name (editor (f), "name"), name);
}

static void
open_vendor (Fixture    *f,
             const char *name)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (f->page, VB_TYPE_VENDORS_PAGE, "vendors_list"));

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      g_assert_nonnull (row);
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
        {
          gtk_list_box_select_row (GTK_LIST_BOX (list), row);
          vbd_iterate (20);
          return;
        }
    }
}

static void
set_status (Fixture    *f,
            const char *status)
{
  click (button_for (editor (f), "vendors.set-status", status));
}

static char *
vendor_status (Fixture    *f,
               const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT status FROM vendor WHERE name = '%s'", name);

  return db_text (f, sql);
}

static void
test_vendors (void)
{
  Fixture f = { 0 };
  GtkWidget *list, *contacts, *contact_row;
  AdwMessageDialog *dialog;
  g_autofree char *value = NULL;
  gint64 before;

  fixture_setup (&f, "blank", TRUE);
  list = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_VENDORS_PAGE, "vendors_list"));

  add_vendor (&f, "Acme Support");
  add_vendor (&f, "Brightdesk");
  add_vendor (&f, "Callwise");
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM vendor"), ==, 3);
  g_assert_cmpuint (count_rows (list), ==, 3);
  value = db_text (&f, "SELECT group_concat(name || ':' || status, ',') FROM vendor");
  g_assert_cmpstr (value, ==, "Acme Support:long-list,Brightdesk:long-list,Callwise:long-list");
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Callwise");
  g_assert_cmpstr (value, ==, "long-list");

  /* details and a contact */
  adw_combo_row_set_selected (ADW_COMBO_ROW (by_name (editor (&f), "delivery_model")), 2);   /* nearshore */
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT delivery_model FROM vendor WHERE name = 'Callwise'");
  g_assert_cmpstr (value, ==, "nearshore");

  click (button_for (editor (&f), "vendors.add-contact", NULL));
  contacts = by_name (editor (&f), "contacts");
  g_assert_cmpuint (count_rows (contacts), ==, 1);
  contact_row = vbd_last_row (contacts);
  vbd_type_and_enter (by_name (contact_row, "name"), "Dana Ortiz");
  vbd_type_and_enter (by_name (contact_row, "email"), "dana@callwise.example");
  gtk_switch_set_active (GTK_SWITCH (by_name (contact_row, "is_primary")), TRUE);
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT c.name || '|' || c.email || '|' || c.is_primary FROM contact c "
                       "JOIN vendor v ON v.uuid = c.vendor_id WHERE v.name = 'Callwise'");
  g_assert_cmpstr (value, ==, "Dana Ortiz|dana@callwise.example|1");
  {
    GtkListBoxRow *r = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
    g_assert_nonnull (r);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (r)), "1 contact"));
  }

  /* reject with a reason; Cancel first changes nothing */
  open_vendor (&f, "Acme Support");
  before = activity_count (&f);
  set_status (&f, "rejected");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (by_name (adw_message_dialog_get_extra_child (dialog), "rejection-reason")),
                         "No weekend cover");
  answer_dialog (dialog, "cancel");
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Acme Support");
  g_assert_cmpstr (value, ==, "long-list");
  g_assert_cmpint (activity_count (&f), ==, before);

  set_status (&f, "rejected");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reject"));
  gtk_editable_set_text (GTK_EDITABLE (by_name (adw_message_dialog_get_extra_child (dialog), "rejection-reason")),
                         "No weekend cover");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reject"));
  answer_dialog (dialog, "reject");
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT status || '|' || rejection_reason FROM vendor WHERE name = 'Acme Support'");
  g_assert_cmpstr (value, ==, "rejected|No weekend cover");
  g_assert_cmpint (activity_count (&f), ==, before + 1);   /* one edit */

  /* Brightdesk all the way to selected */
  open_vendor (&f, "Brightdesk");
  set_status (&f, "shortlist");
  set_status (&f, "finalist");
  set_status (&f, "selected");
  g_assert_null (find_dialog ());
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Brightdesk");
  g_assert_cmpstr (value, ==, "selected");

  /* selecting Callwise asks, then swaps in one edit */
  open_vendor (&f, "Callwise");
  set_status (&f, "shortlist");
  set_status (&f, "finalist");
  before = activity_count (&f);
  set_status (&f, "selected");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Select Callwise instead of Brightdesk?");
  answer_dialog (dialog, "select");
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Callwise");
  g_assert_cmpstr (value, ==, "selected");
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Brightdesk");
  g_assert_cmpstr (value, ==, "finalist");
  g_assert_cmpint (activity_count (&f), ==, before + 1);

  /* the filter, with counts */
  click (by_name (f.page, "rejected"));
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (by_name (f.page, "rejected"))), ==, "Rejected  1");
  click (by_name (f.page, "finalist"));
  g_assert_cmpuint (count_rows (list), ==, 1);
  click (by_name (f.page, "all"));
  g_assert_cmpuint (count_rows (list), ==, 3);

  /* undo the swap: one step puts both back */
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Callwise");
  g_assert_cmpstr (value, ==, "finalist");
  g_clear_pointer (&value, g_free);
  value = vendor_status (&f, "Brightdesk");
  g_assert_cmpstr (value, ==, "selected");
  click (by_name (f.page, "selected"));
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0))),
                   ==, "Brightdesk");
  click (by_name (f.page, "all"));

  /* remove a vendor: its contacts go with it; undo restores both */
  open_vendor (&f, "Callwise");
  click (button_for (editor (&f), "vendors.remove-vendor", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  answer_dialog (dialog, "remove");
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM vendor"), ==, 2);
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM contact"), ==, 0);
  g_assert_cmpuint (count_rows (list), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_VENDORS_PAGE, "editor_stack")))),
                   ==, "empty");
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM vendor"), ==, 3);
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpuint (count_rows (list), ==, 3);

  fixture_teardown (&f);
}

static GtkWidget *
filter_button (Fixture    *f,
               const char *status)
{
  return by_name (GTK_WIDGET (gtk_widget_get_template_child (f->page, VB_TYPE_VENDORS_PAGE, "filter_box")), status);
}

static const char *
editor_vendor_name (Fixture *f)
{
  return gtk_editable_get_text (GTK_EDITABLE (by_name (editor (f), "name")));
}

/* Every finding in the Vendors footer is a button that does what fixes it */
static void
test_vendors_findings (void)
{
  Fixture f = { 0 };
  GtkWidget *list, *contacts;
  VbRecord *acme, *bright, *call;
  const char *names[] = { "Acme Support", "Brightdesk", "Callwise" };

  fixture_setup (&f, "blank", TRUE);
  list = GTK_WIDGET (gtk_widget_get_template_child (f.page, VB_TYPE_VENDORS_PAGE, "vendors_list"));

  /* too few vendors: each click adds one, with the cursor in its name */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      click (finding_button (&f, "vendors.too-few", NULL));
      g_assert_cmpint (db_int (&f, "SELECT count(*) FROM vendor"), ==, i + 1);
      assert_focus_in (&f, by_name (editor (&f), "name"));
      vbd_type_and_enter (by_name (editor (&f), "name"), names[i]);
    }
  g_assert_false (has_finding_button (&f, "vendors.too-few"));
  acme = only_record (&f, "vendor", 0);
  bright = only_record (&f, "vendor", 1);
  call = only_record (&f, "vendor", 2);

  /* no shortlist: the button filters the list to the long list */
  click (finding_button (&f, "vendors.no-shortlist", NULL));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (filter_button (&f, "long-list"))));
  g_assert_cmpuint (count_rows (list), ==, 3);

  open_vendor (&f, "Acme Support");
  set_status (&f, "shortlist");
  g_assert_false (has_finding_button (&f, "vendors.no-shortlist"));

  /* no contact: from another vendor and a filter that hides Acme, the button
   * shows Acme, adds a contact and puts the cursor in its name */
  open_vendor (&f, "Brightdesk");
  click (filter_button (&f, "rejected"));
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_cmpstr (editor_vendor_name (&f), ==, "Brightdesk");
  click (finding_button (&f, "vendors.no-contact", vb_record_get_uuid (acme)));
  g_assert_cmpstr (editor_vendor_name (&f), ==, "Acme Support");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (filter_button (&f, "all"))));
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM contact c JOIN vendor v ON v.uuid = c.vendor_id "
                               "WHERE v.name = 'Acme Support'"), ==, 1);
  contacts = by_name (editor (&f), "contacts");
  g_assert_cmpuint (count_rows (contacts), ==, 1);
  assert_focus_in (&f, by_name (vbd_last_row (contacts), "name"));
  g_assert_false (has_finding_button (&f, "vendors.no-contact"));

  /* no delivery model: shows the vendor at its delivery model */
  open_vendor (&f, "Callwise");
  click (finding_button (&f, "vendors.no-delivery-model", vb_record_get_uuid (acme)));
  g_assert_cmpstr (editor_vendor_name (&f), ==, "Acme Support");
  assert_focus_in (&f, by_name (editor (&f), "delivery_model"));

  /* rejected without a reason (an older file, or another program): shows the vendor at the reason */
  g_assert_true (vb_project_set_text (f.project, bright, "status", "rejected", NULL));
  vbd_iterate (20);
  click (finding_button (&f, "vendors.rejected-without-reason", vb_record_get_uuid (bright)));
  g_assert_cmpstr (editor_vendor_name (&f), ==, "Brightdesk");
  assert_focus_in (&f, by_name (editor (&f), "rejection_reason"));

  /* several selected: the button filters the list to the selected */
  g_assert_true (vb_project_set_text (f.project, acme, "status", "selected", NULL));
  g_assert_true (vb_project_set_text (f.project, call, "status", "selected", NULL));
  vbd_iterate (20);
  click (finding_button (&f, "vendors.several-selected", NULL));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (filter_button (&f, "selected"))));
  g_assert_cmpuint (count_rows (list), ==, 2);

  /* a rule of a later stage: nothing happens */
  vb_vendors_page_activate_finding (VB_VENDORS_PAGE (f.page), "pricing.no-quote", NULL);
  vbd_iterate (20);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (filter_button (&f, "selected"))));
  g_assert_cmpint (db_int (&f, "SELECT count(*) FROM vendor"), ==, 3);
  fixture_teardown (&f);
}

/* One primary contact per vendor: switching it on for one switches it off
 * for the other, in one edit */
static void
test_vendors_primary_contact (void)
{
  Fixture f = { 0 };
  GtkWidget *contacts, *first, *second;
  g_autofree char *value = NULL;
  gint64 before;

  fixture_setup (&f, "blank", TRUE);
  add_vendor (&f, "Acme Support");
  click (button_for (editor (&f), "vendors.add-contact", NULL));
  contacts = by_name (editor (&f), "contacts");
  first = vbd_last_row (contacts);
  vbd_type_and_enter (by_name (first, "name"), "Ann");
  click (button_for (editor (&f), "vendors.add-contact", NULL));
  second = vbd_last_row (contacts);
  g_assert_true (first != second);
  vbd_type_and_enter (by_name (second, "name"), "Ben");

  gtk_switch_set_active (GTK_SWITCH (by_name (first, "is_primary")), TRUE);
  vbd_iterate (20);
  value = db_text (&f, "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact ORDER BY name)");
  g_assert_cmpstr (value, ==, "Ann:1,Ben:0");

  before = activity_count (&f);
  gtk_switch_set_active (GTK_SWITCH (by_name (second, "is_primary")), TRUE);
  vbd_iterate (20);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (by_name (first, "is_primary"))));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (by_name (second, "is_primary"))));
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact ORDER BY name)");
  g_assert_cmpstr (value, ==, "Ann:0,Ben:1");
  g_assert_cmpint (activity_count (&f), ==, before + 1);   /* one edit */
  g_assert_cmpstr (vb_project_get_undo_summary (f.project), ==, "Make Ben the primary contact");

  /* one undo restores both */
  g_assert_true (vb_project_undo (f.project, NULL));
  vbd_iterate (20);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (by_name (first, "is_primary"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (by_name (second, "is_primary"))));
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact ORDER BY name)");
  g_assert_cmpstr (value, ==, "Ann:1,Ben:0");

  /* switching the primary off touches only that contact */
  gtk_switch_set_active (GTK_SWITCH (by_name (first, "is_primary")), FALSE);
  vbd_iterate (20);
  g_clear_pointer (&value, g_free);
  value = db_text (&f, "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact ORDER BY name)");
  g_assert_cmpstr (value, ==, "Ann:0,Ben:0");
  fixture_teardown (&f);
}

/* Every template builds, with both seeds */
static void
test_build_all (void)
{
  const char *templates[] = { "blank", "customer-support" };

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    for (int v = 0; v < 2; v++)
      {
        Fixture f = { 0 };

        fixture_setup (&f, templates[t], v);
        g_assert_true (gtk_widget_get_mapped (f.page));
        fixture_teardown (&f);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/stages/build", test_build_all);
  g_test_add_func ("/stages/footer", test_footer);
  g_test_add_func ("/stages/goals/tasks", test_goals_tasks);
  g_test_add_func ("/stages/goals/team-and-objectives", test_goals_team_and_objectives);
  g_test_add_func ("/stages/goals/text-commit-once", test_text_commit_once);
  g_test_add_func ("/stages/vendors", test_vendors);
  g_test_add_func ("/stages/goals/findings", test_goals_findings);
  g_test_add_func ("/stages/vendors/findings", test_vendors_findings);
  g_test_add_func ("/stages/vendors/primary-contact", test_vendors_primary_contact);
  return g_test_run ();
}
