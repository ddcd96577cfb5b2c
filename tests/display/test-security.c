/* test-security.c — the Security & Compliance page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template's project: choosing Lite asks exactly the Lite questions (one
 * undo step), a question left out by hand makes the choice custom, a
 * domain switched out of the score, a question's weight, high-risk mark
 * and framework tags edited, Delete with Undo, the counts that follow, and
 * the finding of the stage. Every result is read back from the project
 * file on disk.
 */

#define G_LOG_DOMAIN "vb-test-security"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-field.h"
#include "vb-guide.h"
#include "vb-gui-util.h"
#include "vb-security-page.h"
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
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_SECURITY_PAGE, name);

  if (w == NULL)
    g_error ("the security page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static gint64
db_int (VbdProjectWindow *pw,
        const char       *sql)
{
  return vbd_db_int (pw->path, sql);
}

#define assert_db_text(pw, sql, expected) \
  G_STMT_START { \
    g_autofree char *_t = vbd_db_text ((pw)->path, sql); \
    g_assert_cmpstr (_t, ==, expected); \
  } G_STMT_END

static GtkWidget *
field_of (GtkWidget  *root,
          const char *property)
{
  GtkWidget *w = vb_field_find (root, property);

  if (w == NULL)
    g_error ("no field for “%s”", property);
  return w;
}

static GtkWidget *
questions_list (GtkWidget *page)
{
  GtkWidget *add = vbd_action_button (child_of (page, "editor_box"), "security.add-question", NULL);
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
expand (GtkWidget *row)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  vbd_iterate (50);
  return row;
}

static void
choose (GtkWidget       *page,
        VbQuestionnaire  questionnaire)
{
  GtkWidget *row = field_of (child_of (page, "questionnaire_list"), "questionnaire");

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) questionnaire);
  vbd_iterate (50);
}

static void
test_questionnaire (void)
{
  g_autofree char *path = project_in ("Questionnaire", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *row;
  gint64 all, lite;
  VbFinding *finding;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_SECURITY);
  g_assert_true (VB_IS_SECURITY_PAGE (page));
  all = db_int (&pw, "SELECT count(*) FROM question");
  lite = db_int (&pw, "SELECT count(*) FROM question WHERE lite = 1");
  g_assert_cmpint (lite, >, 0);
  g_assert_cmpint (lite, <, all);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question WHERE included = 1"), ==, all);

  /* the finding's button goes to the drop-down */
  finding = vb_guide_lookup (vb_window_get_guide (pw.window), "security.no-questionnaire", "");
  g_assert_nonnull (finding);
  vb_stage_page_show_finding (VB_STAGE_PAGE (page), finding);
  vbd_iterate (30);
  vbd_assert_focus_in (pw.window, field_of (child_of (page, "questionnaire_list"), "questionnaire"));

  /* Lite: exactly the Lite questions asked, in one undo step */
  choose (page, VB_QUESTIONNAIRE_LITE);
  assert_db_text (&pw, "SELECT questionnaire FROM project", "lite");
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question WHERE included = 1"), ==, lite);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question WHERE included <> lite"), ==, 0);
  g_assert_null (vb_guide_lookup (vb_window_get_guide (pw.window), "security.no-questionnaire", ""));
  {
    g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " questions asked",
                                             lite, all);

    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child_of (page, "summary_label"))), text));
  }
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  assert_db_text (&pw, "SELECT questionnaire FROM project", "");
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question WHERE included = 1"), ==, all);

  /* Full, then one question left out by hand: custom */
  choose (page, VB_QUESTIONNAIRE_FULL);
  assert_db_text (&pw, "SELECT questionnaire FROM project", "full");
  list = questions_list (page);
  row = expand (row_at (list, 0));
  toggle (field_of (row, "included"));
  assert_db_text (&pw, "SELECT questionnaire FROM project", "custom");
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question WHERE included = 1"), ==, all - 1);
  /* the drop-down follows */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field_of (child_of (page, "questionnaire_list"),
                                                                         "questionnaire"))),
                    ==, VB_QUESTIONNAIRE_CUSTOM);
  vbd_close (&pw);
}

static void
test_domain_and_questions (void)
{
  g_autofree char *path = project_in ("Domains", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *row, *tags, *toast;
  g_autofree char *first_domain = NULL;
  g_autofree char *sql = NULL;
  gint64 n_questions;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_SECURITY);
  first_domain = vbd_db_text (pw.path, "SELECT uuid FROM question_domain ORDER BY position LIMIT 1");

  /* the first domain out of the score: its questions stay */
  n_questions = db_int (&pw, "SELECT count(*) FROM question");
  toggle (field_of (child_of (page, "editor_box"), "included"));
  sql = g_strdup_printf ("SELECT included FROM question_domain WHERE uuid = '%s'", first_domain);
  g_assert_cmpint (db_int (&pw, sql), ==, 0);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question"), ==, n_questions);
  g_assert_nonnull (vbd_find_label (page, "Not in the score"));

  /* a question's weight, high-risk mark and framework tags */
  list = questions_list (page);
  row = expand (row_at (list, 0));
  vbd_type_and_enter (field_of (row, "weight"), "7");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT weight FROM question WHERE domain_id = '%s' ORDER BY position LIMIT 1", first_domain);
  g_assert_cmpint (db_int (&pw, sql), ==, 7);
  {
    /* the domain's total weight follows: the label shows the sum on disk */
    g_autofree char *sum_sql = g_strdup_printf ("SELECT CAST(sum(weight) AS INTEGER) FROM question "
                                                "WHERE domain_id = '%s' AND included = 1", first_domain);
    g_autofree char *label = g_strdup_printf ("total weight %" G_GINT64_FORMAT, db_int (&pw, sum_sql));

    g_assert_nonnull (vbd_find_label (child_of (page, "editor_box"), label));
  }
  tags = field_of (row, "frameworks");
  gtk_editable_set_text (GTK_EDITABLE (tags), "ISO 27001 A.5.15 ; GDPR 28(3)(d), , ISO 27001 A.5.15");
  g_signal_emit_by_name (tags, "apply");
  vbd_iterate (50);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT group_concat(tag, '|') FROM (SELECT tag FROM question_framework WHERE question_id = "
                         "(SELECT uuid FROM question WHERE domain_id = '%s' ORDER BY position LIMIT 1) "
                         "ORDER BY position)", first_domain);
  assert_db_text (&pw, sql, "ISO 27001 A.5.15|GDPR 28(3)(d)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tags)), ==, "ISO 27001 A.5.15, GDPR 28(3)(d)");
  {
    GtkWidget *high_risk = field_of (row, "high-risk");
    g_autofree char *risk_sql = g_strdup_printf ("SELECT high_risk FROM question WHERE domain_id = '%s' "
                                                 "ORDER BY position LIMIT 1", first_domain);
    gint64 before = db_int (&pw, risk_sql);

    toggle (high_risk);
    g_assert_cmpint (db_int (&pw, risk_sql), ==, !before);
  }

  /* Delete on the second question's row, then Undo from the toast */
  vb_focus_widget (row_at (list, 1));
  vbd_iterate (20);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Delete, 0);
  vbd_iterate (50);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question"), ==, n_questions - 1);
  toast = vbd_wait_toast (&pw, "Removed", 2000);
  g_assert_nonnull (toast);
  vbd_click (vbd_toast_button (toast));
  vbd_iterate (50);
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question"), ==, n_questions);

  /* a question of the user's own */
  vbd_click (vbd_action_button (child_of (page, "editor_box"), "security.add-question", NULL));
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question"), ==, n_questions + 1);
  vbd_type_and_enter (gtk_root_get_focus (GTK_ROOT (pw.window)), "Do you test your backups every month?");
  assert_db_text (&pw, "SELECT count(*) FROM question WHERE text = 'Do you test your backups every month?'", "1");
  vbd_close (&pw);
}

/* A blank project: the empty state, and a domain of its own */
static void
test_blank (void)
{
  g_autofree char *path = project_in ("Blank", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;

  vbd_open (&pw, app, path, 1100, 760);
  page = vbd_show_stage (&pw, VB_STAGE_SECURITY);
  g_assert_nonnull (vbd_find_label (page, "No Questions Yet"));
  vbd_click (vbd_action_button (child_of (page, "domains_list"), "security.add-domain", NULL));
  g_assert_cmpint (db_int (&pw, "SELECT count(*) FROM question_domain"), ==, 1);
  vbd_type_and_enter (field_of (child_of (page, "editor_box"), "title"), "Access control");
  assert_db_text (&pw, "SELECT title FROM question_domain", "Access control");
  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "security", &tmp_root);

  g_test_add_func ("/security/questionnaire", test_questionnaire);
  g_test_add_func ("/security/domain-and-questions", test_domain_and_questions);
  g_test_add_func ("/security/blank", test_blank);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
