/* test-requirements.c — the Requirements page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A blank project: the empty state's Add Section, a section and its
 * requirements typed in, a priority and "in the RFP" chosen, reordering by
 * Alt+Up and Alt+Down (real keys, vb-display-keys.h) and by the buttons,
 * Delete and Undo; a template's project: editing a seeded requirement and
 * keeping another clear their example marks, the counts follow, and the
 * findings of the stage do what fixes them. Every result is read back from
 * the project file on disk.
 */

#define G_LOG_DOMAIN "vb-test-requirements"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-field.h"
#include "vb-guide.h"
#include "vb-gui-util.h"
#include "vb-requirement.h"
#include "vb-requirements-page.h"
#include "vb-display-window.h"
#include "vb-display-keys.h"

static VbApplication *app;
static char *tmp_root;

static char *
project_in (const char        *name,
            VbProjectTemplate  template_id)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);

  return vbd_make_project (folder, name, template_id);
}

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_REQUIREMENTS_PAGE, name);

  if (w == NULL)
    g_error ("the requirements page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static char *
db_text (VbdProjectWindow *pw,
         const char       *sql)
{
  return vbd_db_text (pw->path, sql);
}

static gint64
db_int (VbdProjectWindow *pw,
        const char       *sql)
{
  return vbd_db_int (pw->path, sql);
}

#define assert_db_text(pw, sql, expected) \
  G_STMT_START { \
    g_autofree char *_t = db_text (pw, sql); \
    g_assert_cmpstr (_t, ==, expected); \
  } G_STMT_END

/* The list of the open section's requirements (below the editor box) */
static GtkWidget *
requirements_list (GtkWidget *page)
{
  GtkWidget *box = child_of (page, "editor_box");
  /* the editor's list box follows the header that holds Add Requirement */
  GtkWidget *add = vbd_action_button (box, "requirements.add-requirement", NULL);
  GtkWidget *list = gtk_widget_get_next_sibling (gtk_widget_get_parent (add));

  g_assert_true (GTK_IS_LIST_BOX (list));
  return list;
}

/* What a click on a switch row does */
static void
toggle (GtkWidget *switch_row)
{
  GtkWidget *sw = vbd_by_type (switch_row, GTK_TYPE_SWITCH);

  gtk_switch_set_active (GTK_SWITCH (sw), !gtk_switch_get_active (GTK_SWITCH (sw)));
  vbd_iterate (50);
}

static GtkWidget *
row_at (GtkWidget *list,
        int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static GtkWidget *
field_of (GtkWidget  *root,
          const char *property)
{
  GtkWidget *w = vb_field_find (root, property);

  if (w == NULL)
    g_error ("no field for “%s”", property);
  return w;
}

static char *
order_on_disk (VbdProjectWindow *pw)
{
  return db_text (pw, "SELECT group_concat(text, ',') FROM (SELECT text FROM requirement ORDER BY position)");
}

#define assert_order(pw, expected) \
  G_STMT_START { \
    g_autofree char *_o = order_on_disk (pw); \
    g_assert_cmpstr (_o, ==, expected); \
  } G_STMT_END

/* Expands the row and returns it; the fields are made on the first expand */
static GtkWidget *
expand (GtkWidget *row)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  vbd_iterate (50);
  return row;
}

static void
type_requirement (GtkWidget  *list,
                  int         index,
                  const char *text)
{
  GtkWidget *row = expand (row_at (list, index));

  vbd_type_and_enter (field_of (row, "text"), text);
  vbd_iterate (20);
}

static void
test_blank_section_and_items (void)
{
  g_autofree char *path = project_in ("Blank", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *toast;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_REQUIREMENTS);
  g_assert_true (VB_IS_REQUIREMENTS_PAGE (page));

  /* the empty state says what to do, and its button does it */
  g_assert_nonnull (vbd_find_label (page, "No Requirements Yet"));
  vbd_click (vbd_action_button (child_of (page, "sections_list"), "requirements.add-section", NULL));
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement_section"), ==, 1);
  g_assert_cmpint (db_int (&pw, "SELECT custom FROM requirement_section"), ==, 1);
  /* the cursor is in the new section's title */
  vbd_assert_focus_in (pw.window, field_of (child_of (page, "editor_box"), "title"));
  vbd_type_and_enter (field_of (child_of (page, "editor_box"), "title"), "Staffing");
  assert_db_text (&pw, "SELECT title FROM requirement_section", "Staffing");

  /* three requirements, the user's own */
  for (int i = 0; i < 3; i++)
    vbd_click (vbd_action_button (child_of (page, "editor_box"), "requirements.add-requirement", NULL));
  list = requirements_list (page);
  g_assert_cmpuint (vbd_count_rows (list), ==, 3);
  type_requirement (list, 0, "A");
  type_requirement (list, 1, "B");
  type_requirement (list, 2, "C");
  assert_order (&pw, "A,B,C");
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement WHERE custom = 1"), ==, 3);

  /* priority and "in the RFP" */
  adw_combo_row_set_selected (ADW_COMBO_ROW (field_of (row_at (list, 0), "priority")), VB_PRIORITY_MUST);
  vbd_iterate (20);
  assert_db_text (&pw, "SELECT priority FROM requirement WHERE text = 'A'", "must");
  toggle (field_of (expand (row_at (list, 2)), "included"));
  g_assert_cmpint (db_int (&pw, "SELECT included FROM requirement WHERE text = 'C'"), ==, 0);
  /* the counts: A, B in the RFP (2 of 3), A a must-have (1) */
  g_assert_nonnull (vbd_find_label (page, "2 of 3 in the RFP · 1 must-have"));
  {
    GtkWidget *summary = child_of (page, "summary_label");

    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), "2 of 3 in the RFP"));
  }

  /* Alt+Up on C's row (real keys): C goes before B, and keeps the focus */
  vb_focus_widget (row_at (list, 2));
  vbd_iterate (20);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Up, GDK_ALT_MASK);
  vbd_iterate (50);
  assert_order (&pw, "A,C,B");
  g_assert_true (vbd_focus_is_in (GTK_WINDOW (pw.window), row_at (list, 1)));
  /* Alt+Down twice: to the end, and no further */
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Down, GDK_ALT_MASK);
  vbd_iterate (50);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Down, GDK_ALT_MASK);
  vbd_iterate (50);
  assert_order (&pw, "A,B,C");
  /* the button moves it too: A down one */
  vbd_click (vbd_action_button (expand (row_at (list, 0)), "requirements.move-down", NULL));
  assert_order (&pw, "B,A,C");
  /* one undo puts it back */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  assert_order (&pw, "A,B,C");

  /* Delete on B's row removes it; the toast's Undo brings it back */
  vb_focus_widget (row_at (list, 1));
  vbd_iterate (20);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Delete, 0);
  vbd_iterate (50);
  assert_order (&pw, "A,C");
  g_assert_true (vbd_focus_is_in (GTK_WINDOW (pw.window), row_at (list, 1)));   /* the neighbour, C */
  toast = vbd_wait_toast (&pw, "Removed “B”", 2000);
  g_assert_nonnull (toast);
  vbd_click (vbd_toast_button (toast));
  vbd_iterate (50);
  assert_order (&pw, "A,B,C");

  /* Remove on an expanded row, then the section: its requirements go with it */
  vbd_click (vbd_action_button (expand (row_at (list, 2)), "requirements.remove", NULL));
  assert_order (&pw, "A,B");
  vbd_click (vbd_action_button (child_of (page, "editor_box"), "requirements.remove-section", NULL));
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement_section"), ==, 0);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement"), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  assert_order (&pw, "A,B");
  vbd_close (&pw);
}

/* Alt+Up in the list of sections moves the section */
static void
test_sections_reorder (void)
{
  g_autofree char *path = project_in ("Template", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *sections;
  g_autofree char *first = NULL, *second = NULL, *now = NULL;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_REQUIREMENTS);
  sections = child_of (page, "sections_list");
  first = db_text (&pw, "SELECT title FROM requirement_section ORDER BY position LIMIT 1");
  second = db_text (&pw, "SELECT title FROM requirement_section ORDER BY position LIMIT 1 OFFSET 1");
  vb_focus_widget (row_at (sections, 1));
  vbd_iterate (20);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Up, GDK_ALT_MASK);
  vbd_iterate (50);
  now = db_text (&pw, "SELECT title FROM requirement_section ORDER BY position LIMIT 1");
  g_assert_cmpstr (now, ==, second);
  g_assert_true (vbd_focus_is_in (GTK_WINDOW (pw.window), row_at (sections, 0)));
  /* the section's own buttons: back down */
  gtk_widget_activate (row_at (sections, 0));
  vbd_iterate (30);
  vbd_click (vbd_action_button (child_of (page, "editor_box"), "requirements.section-down", NULL));
  g_free (now);
  now = db_text (&pw, "SELECT title FROM requirement_section ORDER BY position LIMIT 1");
  g_assert_cmpstr (now, ==, first);
  vbd_close (&pw);
}

static void
test_template_examples (void)
{
  g_autofree char *path = project_in ("Examples", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *row;
  gint64 examples;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_REQUIREMENTS);
  examples = db_int (&pw, "SELECT count(*) FROM requirement WHERE example = 1");
  g_assert_cmpint (examples, >, 2);
  list = requirements_list (page);
  /* editing a seeded requirement's text makes it the user's: no longer an example */
  row = expand (row_at (list, 0));
  vbd_type_and_enter (field_of (row, "text"), "Describe how you will hire for our account");
  assert_db_text (&pw, "SELECT example FROM requirement WHERE text = 'Describe how you will hire for our account'",
                  "0");
  /* its key stays, for the rules that look for it */
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement WHERE text LIKE 'Describe how you will hire%' "
                                "AND key <> ''"), ==, 1);
  /* Keep as It Is on the next one */
  vbd_click (vbd_action_button (expand (row_at (list, 1)), "requirements.confirm", NULL));
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement WHERE example = 1"), ==, examples - 2);
  vbd_close (&pw);
}

/* The findings' buttons: a blank project's "Add a requirement" adds a
 * section; "Mark a must-have" opens the requirement at its priority */
static void
test_findings (void)
{
  g_autofree char *path = project_in ("Findings", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  VbGuide *guide;
  VbFinding *finding;
  GtkWidget *page, *list;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_REQUIREMENTS);
  guide = vb_window_get_guide (pw.window);
  finding = vb_guide_lookup (guide, "requirements.none-included", "");
  g_assert_nonnull (finding);
  vb_stage_page_show_finding (VB_STAGE_PAGE (page), finding);
  vbd_iterate (50);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement_section"), ==, 1);
  /* again: now a requirement in that section */
  finding = vb_guide_lookup (guide, "requirements.none-included", "");
  g_assert_nonnull (finding);
  vb_stage_page_show_finding (VB_STAGE_PAGE (page), finding);
  vbd_iterate (50);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM requirement"), ==, 1);
  list = requirements_list (page);
  vbd_type_and_enter (field_of (row_at (list, 0), "text"), "Describe your hiring");

  /* it is in the RFP, a should-have: the next finding asks for a must-have */
  {
    g_autofree char *uuid = db_text (&pw, "SELECT uuid FROM requirement");

    finding = vb_guide_lookup (guide, "requirements.no-must-have", uuid);
    g_assert_nonnull (finding);
    vb_stage_page_show_finding (VB_STAGE_PAGE (page), finding);
    vbd_iterate (50);
    vbd_assert_focus_in (pw.window, field_of (row_at (list, 0), "priority"));
    adw_combo_row_set_selected (ADW_COMBO_ROW (field_of (row_at (list, 0), "priority")), VB_PRIORITY_MUST);
    vbd_iterate (50);
    g_assert_null (vb_guide_lookup (guide, "requirements.no-must-have", uuid));
    g_assert_true (vb_guide_stage_is_complete (guide, VB_STAGE_REQUIREMENTS));
  }
  vbd_close (&pw);
}

static gboolean
leaflet_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (leaflet));
}

/* In a narrow window the section's editor slides over the list, and back */
static void
test_narrow (void)
{
  g_autofree char *path = project_in ("Narrow", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *sections, *leaflet;

  vbd_open (&pw, app, path, 360, 700);
  page = vbd_show_stage (&pw, VB_STAGE_REQUIREMENTS);
  leaflet = child_of (page, "leaflet");
  sections = child_of (page, "sections_list");
  /* a page of 74 rows is laid out a moment after it is shown */
  g_assert_true (vbd_wait_for (leaflet_folded, leaflet, 5000));
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == child_of (page, "list_pane"));
  gtk_widget_activate (row_at (sections, 0));
  vbd_iterate (400);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == child_of (page, "editor_stack"));
  g_assert_true (vb_stage_page_can_navigate_back (VB_STAGE_PAGE (page)));
  g_assert_true (vb_stage_page_navigate_back (VB_STAGE_PAGE (page)));
  vbd_iterate (400);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == child_of (page, "list_pane"));
  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "requirements", &tmp_root);

  g_test_add_func ("/requirements/blank-section-and-items", test_blank_section_and_items);
  g_test_add_func ("/requirements/sections-reorder", test_sections_reorder);
  g_test_add_func ("/requirements/template-examples", test_template_examples);
  g_test_add_func ("/requirements/findings", test_findings);
  g_test_add_func ("/requirements/narrow", test_narrow);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
