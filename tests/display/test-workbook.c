/* test-workbook.c — the response workbook, out of the window and back
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project with two requirements, one question and one vendor whose
 * answers are recorded. The Responses page exports the vendor's workbook
 * (XLSX and CSV), the answers are cleared, and the workbook is imported
 * again: the preview lists the changes, Import writes them to the file on
 * disk and one Undo takes them back. A workbook of another project is
 * refused and the project file is left as it was. The file is read in the
 * background: closing the window or pressing the busy bar's Cancel while
 * it is read shows nothing and writes nothing.
 */

#define G_LOG_DOMAIN "vb-test-workbook"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-response-workbook.h"
#include "vb-response-writer.h"
#include "vb-responses-page.h"
#include "vb-vendor.h"
#include "vb-workbook-actions.h"
#include "vb-xlsx-reader.h"
#include "vb-display-window.h"

#define MUST_TEXT "Describe how you will record and keep calls"
#define SHOULD_TEXT "Describe your training plan for new agents"
#define RISK_TEXT "Do you encrypt backups?"

static VbApplication *app;
static char *tmp_root;

/* Contoso (shortlisted) meets the must-have with details, partly meets the
 * other requirement and says yes to the question */
static void
fixture (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &error);
  VbRequirementSection *section;
  VbRequirement *must, *should;
  VbQuestionDomain *domain;
  VbQuestion *q;
  VbVendor *v;

  g_assert_no_error (error);
  section = vb_project_add_requirement_section (p, &error);
  g_assert_true (vb_requirement_section_set_title (section, "Call handling", &error));
  must = vb_requirement_section_add_requirement (section, &error);
  g_assert_true (vb_requirement_set_text (must, MUST_TEXT, &error));
  g_assert_true (vb_requirement_set_priority (must, VB_PRIORITY_MUST, &error));
  should = vb_requirement_section_add_requirement (section, &error);
  g_assert_true (vb_requirement_set_text (should, SHOULD_TEXT, &error));
  domain = vb_project_add_question_domain (p, &error);
  g_assert_true (vb_question_domain_set_title (domain, "Data handling", &error));
  q = vb_question_domain_add_question (domain, &error);
  g_assert_true (vb_question_set_text (q, RISK_TEXT, &error));
  v = vb_project_add_vendor (p, &error);
  g_assert_true (vb_vendor_set_name (v, "Contoso", &error));
  g_assert_true (vb_vendor_set_status (v, VB_VENDOR_STATUS_SHORTLIST, NULL, &error));
  g_assert_true (vb_requirement_record_answer (must, v, VB_ANSWER_MEETS, &error));
  g_assert_true (vb_response_set_text (vb_response_item_response_of (VB_RECORD (must), v),
                                       "Every call is kept for two years", &error));
  g_assert_true (vb_requirement_record_answer (should, v, VB_ANSWER_PARTLY, &error));
  g_assert_true (vb_question_record_answer (q, v, VB_ANSWER_YES, &error));
  g_assert_no_error (error);
  vb_project_close (p);
}

/* The stored answer of the item with @text ("unset" with no response) */
static char *
answer_on_disk (VbdProjectWindow *pw,
                const char       *text)
{
  g_autofree char *q = g_strdup_printf ("SELECT coalesce((SELECT r.answer FROM response r "
                                        "LEFT JOIN requirement q ON q.uuid = r.requirement_id "
                                        "LEFT JOIN question k ON k.uuid = r.question_id "
                                        "WHERE q.text = '%s' OR k.text = '%s'), 'unset')", text, text);

  return vbd_db_text (pw->path, q);
}

static void
assert_answer (VbdProjectWindow *pw,
               const char       *text,
               VbAnswer          answer)
{
  g_autofree char *stored = answer_on_disk (pw, text);

  g_assert_cmpstr (stored, ==, vb_enum_get_nick (VB_TYPE_ANSWER, answer));
}

/* The project file's hash, with its write-ahead log when there is one
 * (an edit may sit there until a checkpoint) */
static char *
file_hash (const char *path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *paths[] = { path, wal };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (i == 0 || g_file_test (paths[i], G_FILE_TEST_EXISTS))
        g_assert_true (g_file_get_contents (paths[i], &contents, &length, NULL));
      g_checksum_update (sum, (const guchar *) (contents ? contents : ""), length);
    }
  return g_strdup (g_checksum_get_string (sum));
}

typedef struct {
  guint  n_rows;
  char  *must_answer;   /* the Answer cell of the must-have's row */
} SheetRead;

static gboolean
read_row_cb (const VbSheetRow *row,
             gpointer          user_data,
             GError          **error)
{
  SheetRead *s = user_data;

  s->n_rows++;
  for (guint i = 0; i < row->n_cells; i++)
    if (g_strcmp0 (row->cells[i], MUST_TEXT) == 0)
      for (guint j = i + 1; j < row->n_cells; j++)
        if (g_strcmp0 (row->cells[j], vb_enum_get_label (VB_TYPE_ANSWER, VB_ANSWER_MEETS)) == 0)
          {
            g_free (s->must_answer);
            s->must_answer = g_strdup (row->cells[j]);
          }
  return TRUE;
}

static gboolean
match_button_label (GtkWidget    *w,
                    gconstpointer data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), data) == 0;
}

static gboolean
no_dialog_cb (gpointer data)
{
  return vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static gboolean
nothing_reading_cb (gpointer data)
{
  return vb_workbook_actions_get_n_reading () == 0;
}

/* Until the worker's rows came back to the main thread */
static void
wait_read (void)
{
  g_assert_true (vbd_wait_for (nothing_reading_cb, NULL, 10000));
  vbd_iterate (20);
}

static void
clear_answers (VbdProjectWindow *pw,
               VbVendor         *vendor)
{
  g_autoptr(GError) error = NULL;
  GListModel *sections = vb_project_get_requirement_sections (pw->project);
  g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, 0);
  GListModel *requirements = vb_requirement_section_get_requirements (section);
  GListModel *domains = vb_project_get_question_domains (pw->project);
  g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, 0);
  g_autoptr(VbQuestion) q = g_list_model_get_item (vb_question_domain_get_questions (domain), 0);

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(VbRequirement) r = g_list_model_get_item (requirements, i);
      VbResponse *response = vb_response_item_response_of (VB_RECORD (r), vendor);

      g_assert_true (vb_requirement_record_answer (r, vendor, VB_ANSWER_UNSET, &error));
      if (response)
        g_assert_true (vb_response_set_text (response, NULL, &error));
    }
  g_assert_true (vb_question_record_answer (q, vendor, VB_ANSWER_UNSET, &error));
  g_assert_no_error (error);
  vbd_iterate (50);
}

static void
test_round_trip (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Workbook", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *xlsx = g_build_filename (tmp_root, "contoso.xlsx", NULL);
  g_autofree char *csv = g_build_filename (tmp_root, "contoso.csv", NULL);
  VbdProjectWindow pw = { 0 };
  g_autoptr(VbVendor) contoso = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page, *dialog, *list, *toast, *button;
  SheetRead sheet = { 0 };
  gint64 edits;

  fixture (path);
  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  g_assert_true (VB_IS_RESPONSES_PAGE (page));
  contoso = g_list_model_get_item (vb_project_get_vendors (pw.project), 0);

  /* export: the file is there and our reader reads the answers back */
  g_assert_true (gtk_widget_activate_action (page, "responses.export-workbook", "s", xlsx));
  vbd_iterate (50);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (vbd_wait_toast (&pw, "contoso.xlsx", 2000));
  {
    g_autoptr(VbXlsxReader) reader = vb_xlsx_reader_open (xlsx, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (vb_xlsx_reader_read_sheet_named (reader, VB_RESPONSE_SHEET_RESPONSES, read_row_cb, &sheet,
                                                    &error));
    g_assert_no_error (error);
    /* at least a header and the three items */
    g_assert_cmpuint (sheet.n_rows, >=, 4);
    g_assert_cmpstr (sheet.must_answer, ==, vb_enum_get_label (VB_TYPE_ANSWER, VB_ANSWER_MEETS));
    g_free (sheet.must_answer);
  }
  /* and as CSV, by its name */
  g_assert_true (gtk_widget_activate_action (page, "responses.export-workbook", "s", csv));
  vbd_iterate (50);
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, MUST_TEXT));
    g_assert_null (strstr (text, "PK"));
  }

  /* clear the answers, then import them back */
  clear_answers (&pw, contoso);
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_UNSET);
  edits = vbd_db_int (pw.path, "SELECT count(*) FROM activity");
  g_assert_true (gtk_widget_activate_action (page, "responses.import-workbook", "s", xlsx));
  wait_read ();
  dialog = vb_workbook_actions_get_preview (page);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (dialog));
  /* nothing written before Import */
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM activity"), ==, edits);
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_UNSET);
  /* three items changed: the must-have (answer and details), the other
   * requirement and the question */
  list = vbd_by_type (dialog, GTK_TYPE_LIST_BOX);
  g_assert_cmpuint (vbd_count_rows (list), ==, 3);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    g_autofree char *change = g_strdup_printf ("%s → %s", vb_enum_get_label (VB_TYPE_ANSWER, VB_ANSWER_UNSET),
                                               vb_enum_get_label (VB_TYPE_ANSWER, VB_ANSWER_MEETS));

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, MUST_TEXT);
    g_assert_nonnull (strstr (subtitle, change));
    g_assert_nonnull (strstr (subtitle, "details changed"));
  }
  /* VB_TEST_SHOT=FILE.png: a picture of the screen with the preview */
  if (g_getenv ("VB_TEST_SHOT"))
    {
      g_autofree char *command = g_strdup_printf ("import -window root %s", g_getenv ("VB_TEST_SHOT"));

      vbd_wait_drawable (dialog);
      vbd_iterate (500);
      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
    }
  vbd_click (vbd_find (dialog, match_button_label, "_Import"));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_MEETS);
  assert_answer (&pw, SHOULD_TEXT, VB_ANSWER_PARTLY);
  assert_answer (&pw, RISK_TEXT, VB_ANSWER_YES);
  /* one edit */
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM activity"), ==, edits + 1);
  toast = vbd_wait_toast (&pw, "Imported 3 answers of Contoso", 2000);
  g_assert_nonnull (toast);

  /* one undo takes all three back */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_UNSET);
  assert_answer (&pw, SHOULD_TEXT, VB_ANSWER_UNSET);
  assert_answer (&pw, RISK_TEXT, VB_ANSWER_UNSET);

  /* the CSV imports too; Cancel writes nothing */
  g_assert_true (gtk_widget_activate_action (page, "responses.import-workbook", "s", csv));
  wait_read ();
  dialog = vb_workbook_actions_get_preview (page);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (vbd_count_rows (vbd_by_type (dialog, GTK_TYPE_LIST_BOX)), ==, 3);
  vbd_click (vbd_find (dialog, match_button_label, "_Cancel"));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_UNSET);

  /* read-only: import is off, export still works */
  vb_stage_page_set_writable (VB_STAGE_PAGE (page), FALSE);
  /* (an action switched off still "activates": nothing happens) */
  gtk_widget_activate_action (page, "responses.import-workbook", "s", xlsx);
  g_assert_false (vb_workbook_actions_get_reading (page));
  vbd_iterate (50);
  g_assert_null (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_unlink (csv);
  g_assert_true (gtk_widget_activate_action (page, "responses.export-workbook", "s", csv));
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
  vb_stage_page_set_writable (VB_STAGE_PAGE (page), TRUE);

  /* no vendor on the shortlist: no workbook to send */
  button = vbd_by_type (page, GTK_TYPE_MENU_BUTTON);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (vb_vendor_set_status (contoso, VB_VENDOR_STATUS_LONG_LIST, NULL, &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  g_assert_false (gtk_widget_get_sensitive (button));
  vbd_close (&pw);
}

static void
test_refused (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Mine", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *other_path = vbd_make_project (folder, "Theirs", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *workbook = g_build_filename (tmp_root, "theirs.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  VbdProjectWindow pw = { 0 };
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkWidget *page;
  gint64 edits;

  fixture (path);
  fixture (other_path);
  /* the other project's workbook, for its own Contoso */
  {
    g_autoptr(VbProject) other = vb_project_open (other_path, &error);
    g_autoptr(VbVendor) vendor = NULL;

    g_assert_no_error (error);
    vendor = g_list_model_get_item (vb_project_get_vendors (other), 0);
    g_assert_true (vb_response_writer_write_xlsx (other, vendor, NULL, workbook, TRUE, &error));
    g_assert_no_error (error);
    vb_project_close (other);
  }

  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  vbd_iterate (50);
  before = file_hash (path);
  edits = vbd_db_int (pw.path, "SELECT count(*) FROM activity");
  g_assert_true (gtk_widget_activate_action (page, "responses.import-workbook", "s", workbook));
  wait_read ();
  g_assert_null (vb_workbook_actions_get_preview (page));
  dialog = vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "another project"));
  vbd_click (vbd_find (GTK_WIDGET (dialog), match_button_label, "_Close"));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  vbd_iterate (50);
  after = file_hash (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM activity"), ==, edits);
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_MEETS);
  vbd_close (&pw);
}

/* The workbook of @pw's Contoso exported, then its answers cleared: an
 * import would change three answers */
static char *
export_and_clear (VbdProjectWindow *pw,
                  GtkWidget        *page,
                  const char       *name)
{
  char *xlsx = g_build_filename (tmp_root, name, NULL);
  g_autoptr(VbVendor) contoso = g_list_model_get_item (vb_project_get_vendors (pw->project), 0);

  g_assert_true (gtk_widget_activate_action (page, "responses.export-workbook", "s", xlsx));
  vbd_iterate (50);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  clear_answers (pw, contoso);
  return xlsx;
}

/* The busy bar's Cancel while the file is read: no preview, nothing
 * written, and the window takes edits again */
static void
test_cancel_busy (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Cancelled", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *xlsx = NULL;
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;
  gint64 edits;

  fixture (path);
  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  xlsx = export_and_clear (&pw, page, "cancelled.xlsx");
  edits = vbd_db_int (pw.path, "SELECT count(*) FROM activity");

  g_assert_true (gtk_widget_activate_action (page, "responses.import-workbook", "s", xlsx));
  g_assert_true (vb_workbook_actions_get_reading (page));
  g_assert_cmpuint (vb_workbook_actions_get_n_reading (), ==, 1);
  /* busy: the window takes no edit meanwhile */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.cancel-busy", NULL));
  wait_read ();
  g_assert_false (vb_workbook_actions_get_reading (page));
  g_assert_null (vb_workbook_actions_get_preview (page));
  g_assert_null (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM activity"), ==, edits);
  assert_answer (&pw, MUST_TEXT, VB_ANSWER_UNSET);

  /* not busy any more: the same workbook imports */
  g_assert_true (gtk_widget_activate_action (page, "responses.import-workbook", "s", xlsx));
  wait_read ();
  g_assert_nonnull (vb_workbook_actions_get_preview (page));
  vbd_close (&pw);
}

/* The window closed (the project with it) while the file is read: the
 * result finds nothing to show, nothing crashes, nothing is written */
static void
test_close_while_reading (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Closed", VB_PROJECT_TEMPLATE_BLANK);
  g_autofree char *xlsx = NULL;
  g_autofree char *stored = NULL;
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;
  gint64 edits;

  fixture (path);
  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  xlsx = export_and_clear (&pw, page, "closed.xlsx");
  edits = vbd_db_int (pw.path, "SELECT count(*) FROM activity");

  g_assert_true (gtk_widget_activate_action (page, "responses.import-workbook", "s", xlsx));
  g_assert_cmpuint (vb_workbook_actions_get_n_reading (), ==, 1);
  vbd_close (&pw);
  wait_read ();
  g_assert_null (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  /* on disk: no import logged, the must-have still unanswered */
  g_assert_cmpint (vbd_db_int (path, "SELECT count(*) FROM activity"), ==, edits);
  stored = vbd_db_text (path, "SELECT coalesce((SELECT r.answer FROM response r JOIN requirement q "
                              "ON q.uuid = r.requirement_id WHERE q.text = '" MUST_TEXT "'), 'unset')");
  g_assert_cmpstr (stored, ==, vb_enum_get_nick (VB_TYPE_ANSWER, VB_ANSWER_UNSET));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "workbook", &tmp_root);
  g_test_add_func ("/workbook/round-trip", test_round_trip);
  g_test_add_func ("/workbook/refused", test_refused);
  g_test_add_func ("/workbook/cancel-busy", test_cancel_busy);
  g_test_add_func ("/workbook/close-while-reading", test_close_while_reading);
  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
