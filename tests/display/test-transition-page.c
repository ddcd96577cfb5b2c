/* test-transition-page.c — the Transition Checklist page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture is a customer-support project (its seven phases and their
 * tasks come from the template, every one an example) with a pilot that
 * meets weekly on Tuesdays at 10:00 for 30 minutes, 2026-03-02 to
 * 2026-04-30. The tests click and type on the page and read the result
 * back through core, from the file on disk and through a fresh open.
 *
 * Promises tested: every phase is a group with its name and its progress
 * in words, the overall progress above them; a task added with the
 * phase's Add Task opens with the cursor in its title, and what is typed
 * in its fields reaches the file and survives reopening; a phase's entry
 * and exit criteria typed reach the file; a task due in the past and not
 * done is tagged "Overdue" (a word, not colour alone), counted in the
 * page's header and named so to a screen reader, and done it is not;
 * removing a task shows an Undo toast and undo brings it back; an example
 * task is tagged "Example" until kept; Export Calendar writes the same
 * VTODOs and VEVENT as `vendorbench-cli export --document calendar`
 * (parsed back with libical, DTSTAMP aside); a read-only file is shown,
 * not changed; the dashboard lists the three tasks due next, the overdue
 * one first in words, follows the edits, and opens the checklist.
 */

#define G_LOG_DOMAIN "vb-test-transition"

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <libical/ical.h>

#include "vb-dashboard-page.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-pilot.h"
#include "vb-stage-page.h"
#include "vb-transition-item.h"
#include "vb-transition-page.h"
#include "vb-transition-phase.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

/* ------------------------------------------------------------ fixture */

static char *
fixture (const char *name)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  char *path = vbd_make_project (folder, name, VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  g_autoptr(GError) open_error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &open_error);
  VbPilot *pilot;

  g_assert_no_error (open_error);
  pilot = vb_project_get_pilot (p) ? vb_project_get_pilot (p) : vb_project_add_pilot (p, NULL);
  g_assert_nonnull (pilot);
  OK (vb_pilot_set_start_date (pilot, "2026-03-02", error));
  OK (vb_pilot_set_end_date (pilot, "2026-04-30", error));
  OK (vb_pilot_set_checkin_cadence (pilot, G_DATE_TUESDAY, 1, "10:00", 30, error));
  vb_project_close (p);
  return path;
}

/* ------------------------------------------------------------ helpers */

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_TRANSITION_PAGE, name);

  if (w == NULL)
    g_error ("the transition page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static VbTransitionPhase *
phase_at (VbProject *p,
          guint      i)
{
  g_autoptr(VbTransitionPhase) phase = g_list_model_get_item (vb_project_get_transition_phases (p), i);

  g_assert_nonnull (phase);
  return phase;   /* the project holds it */
}

static VbTransitionItem *
item_at (VbTransitionPhase *phase,
         guint              i)
{
  g_autoptr(VbTransitionItem) item = g_list_model_get_item (vb_transition_phase_get_items (phase), i);

  g_assert_nonnull (item);
  return item;   /* the phase holds it */
}

static GtkWidget *
group_of (GtkWidget         *page,
          VbTransitionPhase *phase)
{
  for (GtkWidget *g = gtk_widget_get_first_child (child_of (page, "phases_box")); g; g = gtk_widget_get_next_sibling (g))
    if (g_object_get_data (G_OBJECT (g), "vb-record") == phase)
      return g;
  g_error ("no group for the phase %s", vb_transition_phase_get_name (phase));
}

static GtkWidget *
row_of (GtkWidget        *page,
        VbTransitionItem *item)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (group_of (page, vb_transition_item_get_phase (item))), "vb-list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == item)
        return GTK_WIDGET (row);
    }
}

/* What a screen reader is told @row is (GTK_A11Y=test) */
static void
assert_row_named (GtkWidget        *row,
                  VbTransitionItem *item,
                  const char       *tail)
{
  const char *due = vb_transition_item_get_due_date (item);
  g_autofree char *due_text = vb_str_is_blank (due) ? g_strdup ("no due date") : g_strdup_printf ("due %s", due);
  g_autofree char *facts = g_strdup_printf ("%s · %s · %s",
                                            vb_enum_get_label (VB_TYPE_ITEM_STATUS, vb_transition_item_get_status (item)),
                                            vb_str_is_blank (vb_transition_item_get_owner (item))
                                            ? "no owner yet" : vb_transition_item_get_owner (item),
                                            due_text);
  g_autofree char *want = g_strdup_printf ("Task: %s. %s%s", vb_transition_item_get_title (item), facts, tail);
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                               want);

  if (wrong)
    g_error ("the row is named “%s”, not “%s”", wrong, want);
}

static const char *
label_text (GtkWidget *page,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (child_of (page, name)));
}

/* ------------------------------------------------------------ tests */

static void
test_phases_and_tasks (void)
{
  g_autofree char *path = fixture ("Transition");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *group, *add, *row, *field;
  VbTransitionPhase *plan, *kt;
  VbTransitionItem *item;
  g_autofree char *uuid = NULL;
  guint n_before;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_TRANSITION);
  g_assert_true (VB_IS_TRANSITION_PAGE (page));

  /* the template's seven phases, a group each, in order */
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_transition_phases (pw.project)), ==, 7);
  g_assert_false (gtk_widget_get_visible (child_of (page, "empty_page")));
  plan = phase_at (pw.project, 0);
  kt = phase_at (pw.project, 1);
  group = group_of (page, plan);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                   vb_transition_phase_get_name (plan));
  n_before = g_list_model_get_n_items (vb_transition_phase_get_items (plan));
  g_assert_cmpuint (n_before, >, 0);
  {
    g_autofree char *want = g_strdup_printf ("0 of %u tasks done", n_before);

    g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==, want);
  }
  g_assert_true (g_str_has_prefix (label_text (page, "progress_label"), "Overall: 0 of "));

  /* Add Task: a new row, open, the cursor in its title */
  add = vbd_action_button (group, "transition.add-task", vb_record_get_uuid (VB_RECORD (plan)));
  vbd_click (add);
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_transition_phase_get_items (plan)), ==, n_before + 1);
  item = item_at (plan, n_before);
  uuid = g_strdup (vb_record_get_uuid (VB_RECORD (item)));
  row = row_of (page, item);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  field = vb_field_find (row, "title");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (pw.window)), field) ||
                 gtk_root_get_focus (GTK_ROOT (pw.window)) == field);
  g_assert_false (vb_record_get_example (VB_RECORD (item)));

  /* typed in its fields: in the file */
  vbd_type_and_enter (field, "Sign the data-processing agreement");
  vbd_type_and_enter (vb_field_find (row, "owner"), "Priya Shah");
  vbd_type_and_enter (vb_field_find (row, "due-date"), "2026-02-01");
  vbd_type_and_enter (vb_field_find (row, "notes"), "Legal has the draft");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT title || '|' || owner || '|' || due_date || '|' || notes "
                                            "FROM transition_item WHERE uuid = '%s'", uuid);
    g_autofree char *disk = vbd_db_text (pw.path, sql);

    g_assert_cmpstr (disk, ==, "Sign the data-processing agreement|Priya Shah|2026-02-01|Legal has the draft");
  }

  /* due in the past and not done: tagged Overdue in words, counted in the header */
  g_assert_true (gtk_widget_get_visible (vbd_by_name (row, "overdue-tag")));
  g_assert_nonnull (vbd_find_label (vbd_by_name (row, "overdue-tag"), "Overdue"));
  assert_row_named (row, item, ". Overdue");
  g_assert_true (gtk_widget_get_visible (child_of (page, "overdue_box")));
  {
    GDate today;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    guint n_overdue;
    g_autofree char *words = NULL;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
    n_overdue = vb_project_count_overdue_transition_tasks (pw.project, &today);
    g_assert_cmpuint (n_overdue, >=, 1);
    words = g_strdup_printf ("%u task", n_overdue);
    g_assert_true (g_str_has_prefix (label_text (page, "overdue_label"), words));
  }
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), "overdue"));

  /* done: no longer overdue, and the phase's progress counts it */
  OK (vb_transition_item_set_status (item, VB_ITEM_STATUS_DONE, error));
  vbd_iterate (20);
  g_assert_false (gtk_widget_get_visible (vbd_by_name (row, "overdue-tag")));
  {
    g_autofree char *want = g_strdup_printf ("1 of %u tasks done", n_before + 1);

    g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), want));
  }

  /* the entry and exit criteria of a phase, typed: in the file */
  {
    GtkWidget *criteria = vbd_by_name (group_of (page, kt), "criteria");
    g_autofree char *sql = g_strdup_printf ("SELECT entry_criteria || '|' || exit_criteria FROM transition_phase "
                                            "WHERE uuid = '%s'", vb_record_get_uuid (VB_RECORD (kt)));
    g_autofree char *disk = NULL;

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (criteria), TRUE);
    vbd_iterate (20);
    vbd_type_and_enter (vb_field_find (criteria, "entry-criteria"), "The contract is signed");
    vbd_type_and_enter (vb_field_find (criteria, "exit-criteria"), "Agents pass the product quiz");
    disk = vbd_db_text (pw.path, sql);
    g_assert_cmpstr (disk, ==, "The contract is signed|Agents pass the product quiz");
  }

  /* removed: a toast offers Undo, and undo brings the task back */
  gtk_widget_activate_action (page, "transition.remove-task", "s", uuid);
  vbd_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (vb_transition_phase_get_items (plan)), ==, n_before);
  g_assert_null (vb_project_find_row (pw.project, uuid, VB_TYPE_TRANSITION_ITEM));
  g_assert_nonnull (vbd_wait_toast (&pw, "Removed “Sign the data-processing agreement”", 500));
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  item = vb_project_find_row (pw.project, uuid, VB_TYPE_TRANSITION_ITEM);
  g_assert_nonnull (item);
  g_assert_cmpstr (vb_transition_item_get_title (item), ==, "Sign the data-processing agreement");
  g_assert_nonnull (row_of (page, item));

  vbd_close (&pw);

  /* reopened: the same */
  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_TRANSITION);
  item = vb_project_find_row (pw.project, uuid, VB_TYPE_TRANSITION_ITEM);
  g_assert_nonnull (item);
  g_assert_cmpstr (vb_transition_item_get_owner (item), ==, "Priya Shah");
  g_assert_cmpstr (vb_transition_item_get_due_date (item), ==, "2026-02-01");
  g_assert_cmpint (vb_transition_item_get_status (item), ==, VB_ITEM_STATUS_DONE);
  g_assert_cmpstr (vb_transition_phase_get_exit_criteria (phase_at (pw.project, 1)), ==, "Agents pass the product quiz");
  g_assert_nonnull (row_of (page, item));
  vbd_close (&pw);
}

/* A task from the template is an example until kept */
static void
test_examples (void)
{
  g_autofree char *path = fixture ("Examples");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *row;
  VbTransitionItem *item;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_TRANSITION);
  item = item_at (phase_at (pw.project, 0), 0);
  g_assert_true (vb_record_get_example (VB_RECORD (item)));
  row = row_of (page, item);
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "vb-tag")));
  assert_row_named (row, item, ". An example from the template");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  vbd_iterate (400);   /* the row's reveal */
  vbd_click (vbd_action_button (row, "transition.confirm", vb_record_get_uuid (VB_RECORD (item))));
  vbd_iterate (20);
  g_assert_false (vb_record_get_example (VB_RECORD (item)));
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "vb-tag")));
  vbd_close (&pw);
}

/* ------------------------------------------------------------ calendar */

/* The components of an iCalendar text, one line of "KIND UID" and its
 * properties each (DTSTAMP aside: the export time), sorted */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

static char *
normalized (const char *text)
{
  icalcomponent *cal = icalparser_parse_string (text);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (cal);
  g_assert_true (icalcomponent_isa (cal) == ICAL_VCALENDAR_COMPONENT);
  for (icalcomponent *c = icalcomponent_get_first_component (cal, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component (cal, ICAL_ANY_COMPONENT))
    {
      GString *line = g_string_new (icalcomponent_kind_to_string (icalcomponent_isa (c)));

      for (icalproperty *p = icalcomponent_get_first_property (c, ICAL_ANY_PROPERTY); p;
           p = icalcomponent_get_next_property (c, ICAL_ANY_PROPERTY))
        {
          char *s;

          if (icalproperty_isa (p) == ICAL_DTSTAMP_PROPERTY)
            continue;
          s = icalproperty_as_ical_string_r (p);
          g_string_append (line, " | ");
          g_string_append (line, g_strstrip (s));
          free (s);
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  icalcomponent_free (cal);
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) lines->pdata[i]);
  return g_string_free (out, FALSE);
}

static int
count_lines_with (const char *text,
                  const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  int n = 0;

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      n++;
  return n;
}

static void
test_export_calendar (void)
{
  g_autofree char *path = fixture ("Calendar");
  g_autofree char *out = g_build_filename (tmp_root, "transition.ics", NULL);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;
  g_autofree char *ours = NULL, *cli_text = NULL, *a = NULL, *b = NULL;
  guint n_tasks = 0;
  const char *cli = g_getenv ("VB_CLI");
  g_autoptr(GError) spawn_error = NULL;
  int status = 0;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_TRANSITION);
  /* an edit first: the export is of the project as it is now */
  OK (vb_transition_item_set_owner (item_at (phase_at (pw.project, 2), 0), "Daniel Brooks", error));
  OK (vb_transition_item_set_due_date (item_at (phase_at (pw.project, 2), 0), "2026-05-04", error));
  for (guint i = 0; i < g_list_model_get_n_items (vb_project_get_transition_phases (pw.project)); i++)
    n_tasks += g_list_model_get_n_items (vb_transition_phase_get_items (phase_at (pw.project, i)));

  /* the chooser's button is there; the file itself through the action it calls */
  g_assert_true (gtk_widget_is_sensitive (vbd_action_button (page, "transition.choose-export-calendar", NULL)));
  g_unlink (out);
  gtk_widget_activate_action (page, "transition.export-calendar", "s", out);
  vbd_iterate (30);
  g_assert_true (g_file_get_contents (out, &ours, NULL, &spawn_error));
  g_assert_no_error (spawn_error);
  g_assert_nonnull (vbd_wait_toast (&pw, "Saved the calendar", 500));

  /* the command line's export of the same file */
  {
    const char *argv[] = { cli, "export", pw.path, "--document", "calendar", "--format", "ics", NULL };

    if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
      g_error ("VB_CLI is not set to the vendorbench-cli program (run the tests with meson test)");
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &cli_text, NULL, &status, &spawn_error);
    g_assert_no_error (spawn_error);
    g_assert_cmpint (status, ==, 0);
  }
  a = normalized (ours);
  b = normalized (cli_text);
  g_assert_cmpstr (a, ==, b);
  /* a VTODO per task, the check-ins one weekly VEVENT series */
  g_assert_cmpint (count_lines_with (a, "VTODO"), ==, (int) n_tasks);
  g_assert_cmpint (count_lines_with (a, "VEVENT"), ==, 1);
  g_assert_nonnull (strstr (a, "RRULE:FREQ=WEEKLY"));
  g_assert_nonnull (strstr (a, "Daniel Brooks"));
  g_assert_nonnull (strstr (a, "DUE;VALUE=DATE:20260504"));
  vbd_close (&pw);
}

/* A blank project: no phases, the empty state offers Add Phase */
static void
test_empty (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Blank", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_TRANSITION);
  g_assert_true (gtk_widget_get_visible (child_of (page, "empty_page")));
  vbd_click (vbd_action_button (page, "transition.add-phase", NULL));
  vbd_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_transition_phases (pw.project)), ==, 1);
  g_assert_false (gtk_widget_get_visible (child_of (page, "empty_page")));
  g_assert_nonnull (group_of (page, phase_at (pw.project, 0)));
  vbd_close (&pw);
}

/* The dashboard lists the three tasks due next, not done, the overdue one
 * first and said so in words; it follows the edits; a row opens the
 * Transition Checklist */
static GtkWidget *
dashboard_task_row (GtkWidget *dashboard,
                    int        i)
{
  GObject *list = gtk_widget_get_template_child (dashboard, VB_TYPE_DASHBOARD_PAGE, "tasks_list");

  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i));
}

static void
assert_task_row (GtkWidget  *row,
                 const char *title,
                 const char *subtitle)
{
  g_autofree char *want = g_strdup_printf ("%s, %s", title, subtitle);
  g_autofree char *wrong = NULL;

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, subtitle);
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, want);
  if (wrong)
    g_error ("the dashboard's task row is named “%s”, not “%s”", wrong, want);
}

static void
test_dashboard_next_tasks (void)
{
  g_autofree char *path = fixture ("Due next");
  VbdProjectWindow pw = { 0 };
  GtkWidget *dashboard, *group;
  VbTransitionPhase *plan, *kt;
  VbTransitionItem *late, *soon, *later, *last, *done;

  vbd_open (&pw, app, path, 1200, 900);
  dashboard = vbd_show_stage (&pw, VB_STAGE_DASHBOARD);
  group = GTK_WIDGET (gtk_widget_get_template_child (dashboard, VB_TYPE_DASHBOARD_PAGE, "tasks_group"));
  /* the template's tasks have no due date: nothing is due */
  g_assert_false (gtk_widget_get_visible (group));

  plan = phase_at (pw.project, 0);
  kt = phase_at (pw.project, 1);
  late = item_at (plan, 0);
  soon = item_at (plan, 1);
  later = item_at (kt, 0);
  last = item_at (kt, 1);
  done = item_at (kt, 2);
  OK (vb_transition_item_set_due_date (later, "2099-02-01", error));
  OK (vb_transition_item_set_due_date (last, "2099-03-01", error));
  OK (vb_transition_item_set_due_date (soon, "2099-01-15", error));
  OK (vb_transition_item_set_due_date (late, "2020-01-10", error));
  OK (vb_transition_item_set_owner (late, "Priya Shah", error));
  OK (vb_transition_item_set_owner (soon, "", error));
  OK (vb_transition_item_set_owner (later, "Vendor", error));
  OK (vb_transition_item_set_owner (last, "Vendor", error));
  OK (vb_transition_item_set_due_date (done, "2020-01-01", error));
  OK (vb_transition_item_set_status (done, VB_ITEM_STATUS_DONE, error));
  vbd_iterate (30);

  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpint (vbd_count_rows (GTK_WIDGET (gtk_widget_get_template_child (dashboard, VB_TYPE_DASHBOARD_PAGE,
                                                                              "tasks_list"))), ==, 3);
  assert_task_row (dashboard_task_row (dashboard, 0), vb_transition_item_get_title (late),
                   "Overdue: due 2020-01-10 · Priya Shah");
  assert_task_row (dashboard_task_row (dashboard, 1), vb_transition_item_get_title (soon), "Due 2099-01-15");
  assert_task_row (dashboard_task_row (dashboard, 2), vb_transition_item_get_title (later), "Due 2099-02-01 · Vendor");

  /* done, the overdue task leaves the list and the fourth comes in */
  OK (vb_transition_item_set_status (late, VB_ITEM_STATUS_DONE, error));
  vbd_iterate (30);
  assert_task_row (dashboard_task_row (dashboard, 0), vb_transition_item_get_title (soon), "Due 2099-01-15");
  assert_task_row (dashboard_task_row (dashboard, 2), vb_transition_item_get_title (last), "Due 2099-03-01 · Vendor");
  g_assert_null (dashboard_task_row (dashboard, 3));

  /* a row opens the checklist */
  g_signal_emit_by_name (dashboard_task_row (dashboard, 0), "activate");
  vbd_iterate (50);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_TRANSITION);
  vbd_close (&pw);
}

/* A file that cannot be written to: shown, not changed */
static void
test_read_only (void)
{
  g_autofree char *path = fixture ("Locked");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;
  VbTransitionPhase *plan;

  g_assert_true (vbd_app_set_immutable (path, TRUE));
  vbd_open (&pw, app, path, 1200, 900);
  g_assert_true (vb_project_get_read_only (pw.project));
  page = vbd_show_stage (&pw, VB_STAGE_TRANSITION);
  plan = phase_at (pw.project, 0);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (group_of (page, plan), "transition.add-task",
                                                             vb_record_get_uuid (VB_RECORD (plan)))));
  /* the export writes another file: allowed */
  g_assert_true (gtk_widget_is_sensitive (vbd_action_button (page, "transition.choose-export-calendar", NULL)));
  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, FALSE));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "transition", &tmp_root);

  g_test_add_func ("/transition/phases-and-tasks", test_phases_and_tasks);
  g_test_add_func ("/transition/examples", test_examples);
  g_test_add_func ("/transition/export-calendar", test_export_calendar);
  g_test_add_func ("/transition/empty", test_empty);
  g_test_add_func ("/transition/read-only", test_read_only);
  g_test_add_func ("/transition/dashboard-next-tasks", test_dashboard_next_tasks);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
