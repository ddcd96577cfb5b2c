/* test-references.c — the References page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is built from its template in a project window; the tests press
 * its buttons, type into its fields and pick its choices, then read the
 * result back from the project file on disk. Core is used only for
 * fixtures (vendors and their statuses) and for the guide's findings.
 *
 * Promises tested: finalists come first and those not called yet are
 * marked, here, on the Vendors page and on the dashboard; Record a Call
 * opens the call sheet with the keyboard in its first field; every field
 * and the call-sheet answers reach the file; the score (mean rating ÷ 5 ×
 * 100) is shown with the red flags beside it; removing a reference is
 * undone from its toast; the call sheet's questions are added, reworded,
 * moved and removed (with their answers, undone from the toast); a
 * finding opens the call sheet of its vendor, in a narrow window too.
 */

#define G_LOG_DOMAIN "vb-test-references"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-call-prompt.h"
#include "vb-dashboard-page.h"
#include "vb-field.h"
#include "vb-guide.h"
#include "vb-reference-editor.h"
#include "vb-references-page.h"
#include "vb-stage-page.h"
#include "vb-vendor.h"
#include "vb-vendors-page.h"
#include "vb-display-keys.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

/* ------------------------------------------------------------ helpers */

static char *
project_in (const char *name)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);

  return vbd_make_project (folder, name, VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
}

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, G_OBJECT_TYPE (page), name);

  if (w == NULL)
    g_error ("the %s has no template child “%s”", G_OBJECT_TYPE_NAME (page), name);
  return GTK_WIDGET (w);
}

static char *
disk_text (VbdProjectWindow *pw,
           const char       *query)
{
  return vbd_db_text (pw->path, query);
}

static gint64
disk_int (VbdProjectWindow *pw,
          const char       *query)
{
  return vbd_db_int (pw->path, query);
}

static VbVendor *
add_vendor (VbdProjectWindow *pw,
            const char       *name,
            VbVendorStatus    status)
{
  g_autoptr(GError) error = NULL;
  VbVendor *vendor = vb_project_add_vendor (pw->project, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (vendor, name, &error));
  g_assert_true (vb_vendor_set_status (vendor, status, NULL, &error));
  g_assert_no_error (error);
  return vendor;
}

/* The titles of a list box's rows, joined with "|" */
static char *
row_titles (GtkWidget *list)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        break;
      g_string_append_printf (titles, "%s%s", i ? "|" : "",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static GtkWidget *
row_titled (GtkWidget  *list,
            const char *title)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        g_error ("no row “%s” in the list", title);
      if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title))
        return GTK_WIDGET (row);
    }
}

static GtkWidget *
shown_editor (GtkWidget *page)
{
  GtkWidget *editor = vbd_by_type (page, VB_TYPE_REFERENCE_EDITOR);

  g_assert_nonnull (editor);
  vbd_wait_drawable (editor);
  return editor;
}

/* The text views of the call-sheet answers, in the prompts' order */
static GPtrArray *
answer_views (GtkWidget *editor)
{
  GPtrArray *views = g_ptr_array_new ();
  GtkWidget *w = editor;

  /* depth first, in order */
  while (w)
    {
      if (GTK_IS_TEXT_VIEW (w) && g_str_equal (gtk_widget_get_name (w), "call-sheet-answer"))
        g_ptr_array_add (views, w);
      if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w && w != editor && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w && w != editor) ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  return views;
}

/* Type into a text area and leave it, as Tab does: it commits */
static void
type_in_area (VbdProjectWindow *pw,
              GtkWidget        *view,
              GtkWidget        *next,
              const char       *text)
{
  gtk_widget_grab_focus (view);
  vbd_iterate (10);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  vbd_iterate (10);
  gtk_widget_grab_focus (next);
  vbd_iterate (30);
}

static GtkWidget *
text_view_of (GtkWidget *row)
{
  GtkWidget *view = vbd_by_type (row, GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  return view;
}

static const char *
first_prompt_uuid (VbdProjectWindow *pw)
{
  GListModel *prompts = vb_project_get_call_prompts (pw->project);
  g_autoptr(VbCallPrompt) first = g_list_model_get_item (prompts, 0);

  g_assert_nonnull (first);
  return vb_record_get_uuid (VB_RECORD (first));   /* the project holds it */
}

/* ------------------------------------------------------------ tests */

static void
test_record_call (void)
{
  g_autofree char *path = project_in ("Calls");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *editor, *dashboard, *uncalled, *vendors_page, *toast, *field;
  g_autoptr(GPtrArray) views = NULL;
  g_autofree char *q = NULL;
  VbVendor *acme;

  vbd_open (&pw, app, path, 1200, 800);
  add_vendor (&pw, "Globex", VB_VENDOR_STATUS_SHORTLIST);
  acme = add_vendor (&pw, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  add_vendor (&pw, "Initech", VB_VENDOR_STATUS_LONG_LIST);
  add_vendor (&pw, "Brightdesk", VB_VENDOR_STATUS_FINALIST);
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_call_prompts (pw.project)), >, 0);

  /* the dashboard names the finalists not called yet */
  dashboard = vbd_show_stage (&pw, VB_STAGE_DASHBOARD);
  uncalled = vbd_find_label (dashboard, "finalists with no reference called yet");
  g_assert_nonnull (uncalled);
  g_assert_nonnull (vbd_find_label (dashboard, "Acme Support and Brightdesk"));
  /* and so does the Vendors page, under the finalist's name */
  vendors_page = vbd_show_stage (&pw, VB_STAGE_VENDORS);
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (child_of (vendors_page,
                                                                                            "vendors_list"),
                                                                                  "Acme Support"))),
                         "no reference called yet") != NULL);
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (child_of (vendors_page,
                                                                                            "vendors_list"),
                                                                                  "Globex"))),
                         "no reference"));

  /* finalists first, the shortlist after, not the long list */
  page = vbd_show_stage (&pw, VB_STAGE_REFERENCES);
  list = child_of (page, "vendors_list");
  {
    g_autofree char *titles = row_titles (list);
    g_assert_cmpstr (titles, ==, "Acme Support|Brightdesk|Globex");
  }
  g_assert_nonnull (vbd_find_label (row_titled (list, "Acme Support"), "Not called yet"));

  /* Record a Call: a new reference, its call sheet open, the keyboard in its first field */
  vbd_click (row_titled (list, "Acme Support"));
  g_assert_nonnull (vbd_find_label (page, "No reference called yet"));
  vbd_click (vbd_action_button (page, "references.record-call", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference"), ==, 1);
  editor = shown_editor (page);
  vbd_assert_focus_in (pw.window, vb_field_find (editor, "company"));

  vbd_type_and_enter (vb_field_find (editor, "company"), "Northwind Dental");
  vbd_type_and_enter (vb_field_find (editor, "contact-name"), "Ana Ruiz");
  vbd_type_and_enter (vb_field_find (editor, "relationship"), "Client for two years");
  vbd_type_and_enter (vb_field_find (editor, "called-on"), "2026-03-02");
  vbd_type_and_enter (vb_field_find (editor, "callback-days"), "2");
  adw_combo_row_set_selected (ADW_COMBO_ROW (vb_field_find (editor, "rating")), 4);
  vbd_iterate (30);
  field = vb_field_find (editor, "would-choose-again");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field), VB_CHOOSE_AGAIN_YES);
  vbd_iterate (30);
  type_in_area (&pw, text_view_of (vb_field_find (editor, "red-flags")), vb_field_find (editor, "company"),
                "Slow to answer invoices");

  /* the first answer of the call sheet: a row of its own, made on the first text */
  views = answer_views (editor);
  g_assert_cmpuint (views->len, ==, g_list_model_get_n_items (vb_project_get_call_prompts (pw.project)));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference_answer"), ==, 0);
  type_in_area (&pw, views->pdata[0], vb_field_find (editor, "company"), "Since 2024, chat and email");

  {
    g_autofree char *row = disk_text (&pw, "SELECT company || '|' || contact_name || '|' || relationship || '|' || "
                                           "called_on || '|' || callback_days || '|' || rating || '|' || "
                                           "would_choose_again || '|' || red_flags FROM reference");
    g_assert_cmpstr (row, ==, "Northwind Dental|Ana Ruiz|Client for two years|2026-03-02|2.0|4|yes|"
                              "Slow to answer invoices");
  }
  q = g_strdup_printf ("SELECT answer FROM reference_answer WHERE prompt_id = '%s'", first_prompt_uuid (&pw));
  {
    g_autofree char *answer = disk_text (&pw, q);
    g_assert_cmpstr (answer, ==, "Since 2024, chat and email");
  }

  /* the date from the calendar beside the field, and Today */
  {
    GtkWidget *button = vbd_by_type (vb_field_find (editor, "called-on"), GTK_TYPE_MENU_BUTTON);
    GtkWidget *box, *calendar, *today;
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 5, 0, 0, 0);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *shown = NULL;

    g_assert_nonnull (button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    vbd_iterate (50);
    box = gtk_popover_get_child (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    calendar = gtk_widget_get_first_child (box);
    today = gtk_widget_get_last_child (box);
    g_assert_true (GTK_IS_CALENDAR (calendar));
    gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
    vbd_iterate (50);
    {
      g_autofree char *on = disk_text (&pw, "SELECT called_on FROM reference");
      g_assert_cmpstr (on, ==, "2026-03-05");
    }
    /* the field shows it too */
    shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (vb_field_find (editor, "called-on"))));
    g_assert_cmpstr (shown, ==, "2026-03-05");
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    vbd_iterate (50);
    vbd_click (today);
    {
      g_autofree char *on = disk_text (&pw, "SELECT called_on FROM reference");
      g_assert_cmpstr (on, ==, today_iso);
    }
  }

  /* typed and left at once, without a pause or leaving the area: kept */
  gtk_widget_grab_focus (views->pdata[1]);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (views->pdata[1])), "Email only", -1);

  /* back to the vendor: the score, 4 ÷ 5 × 100 = 80, the red flag beside it */
  gtk_widget_activate_action (page, "references.show-vendor", NULL);
  vbd_iterate (30);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference_answer WHERE answer = 'Email only'"), ==, 1);
  g_assert_nonnull (vbd_find_label (page, "Reference score 80"));
  g_assert_nonnull (vbd_find_label (page, "Slow to answer invoices"));
  g_assert_null (vbd_find_label (page, "would not choose this vendor again"));
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (list, "Acme Support"))),
                         "Reference score 80") != NULL);
  /* Acme is called: the dashboard names Brightdesk only */
  dashboard = vbd_show_stage (&pw, VB_STAGE_DASHBOARD);
  g_assert_nonnull (vbd_find_label (dashboard, "1 finalist with no reference called yet"));
  g_assert_nonnull (vbd_find_label (dashboard, "Brightdesk"));

  /* remove the reference from its call sheet, and undo it from the toast */
  page = vbd_show_stage (&pw, VB_STAGE_REFERENCES);
  vbd_click (vbd_action_button (page, "references.open-reference", NULL));
  editor = shown_editor (page);
  vbd_click (vbd_action_button (editor, "references.remove-reference", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference"), ==, 0);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference_answer"), ==, 0);
  g_assert_nonnull (vbd_find_label (page, "No reference called yet"));
  toast = vbd_wait_toast (&pw, "Removed “Northwind Dental”", 2000);
  g_assert_nonnull (toast);
  vbd_click (vbd_toast_button (toast));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference"), ==, 1);
  {
    g_autofree char *answer = disk_text (&pw, q);
    g_assert_cmpstr (answer, ==, "Since 2024, chat and email");
  }
  g_assert_nonnull (vbd_find_label (page, "Reference score 80"));
  g_assert_true (vb_vendor_count_references_called (acme) == 1);

  /* "would not choose again" is listed beside the score, not averaged in */
  vbd_click (vbd_action_button (page, "references.open-reference", NULL));
  editor = shown_editor (page);
  adw_combo_row_set_selected (ADW_COMBO_ROW (vb_field_find (editor, "would-choose-again")), VB_CHOOSE_AGAIN_NO);
  vbd_iterate (30);
  {
    g_autofree char *again = disk_text (&pw, "SELECT would_choose_again FROM reference");
    g_assert_cmpstr (again, ==, "no");
  }
  vbd_click (vbd_action_button (page, "references.show-vendor", NULL));
  g_assert_nonnull (vbd_find_label (page, "Northwind Dental would not choose this vendor again."));
  g_assert_nonnull (vbd_find_label (page, "Reference score 80"));

  vbd_close (&pw);
}

static void
test_call_sheet (void)
{
  g_autofree char *path = project_in ("Sheet");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *sheet, *field, *toast, *editor;
  g_autoptr(GPtrArray) views = NULL;
  guint n;
  VbVendor *acme;
  g_autofree char *last_uuid = NULL;
  g_autofree char *q = NULL;

  vbd_open (&pw, app, path, 1200, 800);
  acme = add_vendor (&pw, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  g_assert_nonnull (acme);
  n = g_list_model_get_n_items (vb_project_get_call_prompts (pw.project));
  page = vbd_show_stage (&pw, VB_STAGE_REFERENCES);

  /* add a question: its text field has the keyboard */
  vbd_click (child_of (page, "call_sheet_button"));
  vbd_click (vbd_action_button (page, "call-sheet.add", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM call_prompt"), ==, n + 1);
  field = gtk_root_get_focus (GTK_ROOT (pw.window));
  g_assert_nonnull (field);
  field = gtk_widget_get_ancestor (field, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (field);
  g_assert_cmpstr (vb_field_get_property_name (field), ==, "text");
  vbd_type_and_enter (field, "Would you renew the contract today?");
  sheet = gtk_widget_get_ancestor (field, ADW_TYPE_PREFERENCES_GROUP);
  vbd_type_and_enter (vb_field_find (sheet, "hint"), "Listen for a pause.");
  {
    g_autofree char *last = disk_text (&pw, "SELECT text || '|' || hint FROM call_prompt "
                                            "ORDER BY position DESC LIMIT 1");
    g_assert_cmpstr (last, ==, "Would you renew the contract today?|Listen for a pause.");
  }
  last_uuid = disk_text (&pw, "SELECT uuid FROM call_prompt ORDER BY position DESC LIMIT 1");

  /* move it up with its button, then with Alt+Up's action twin: one place each */
  vbd_click (vbd_action_button (page, "call-sheet.move-up", last_uuid));
  /* its place among the questions: how many come before it */
  q = g_strdup_printf ("SELECT count(*) FROM call_prompt WHERE position < "
                       "(SELECT position FROM call_prompt WHERE uuid = '%s')", last_uuid);
  g_assert_cmpint (disk_int (&pw, q), ==, n - 1);
  g_assert_true (vbd_focus_is_in (GTK_WINDOW (pw.window), vbd_find_action (page, "call-sheet.move-up", last_uuid)));
  vbd_click (vbd_action_button (page, "call-sheet.move-down", last_uuid));
  g_assert_cmpint (disk_int (&pw, q), ==, n);
  /* the last question cannot move down */
  g_assert_null (vbd_find_action (page, "call-sheet.move-down", last_uuid));

  /* an answer to it, then the question removed: the answer goes with it,
   * and both come back from the toast */
  vbd_click (vbd_action_button (page, "references.close-call-sheet", NULL));
  vbd_click (vbd_action_button (page, "references.record-call", NULL));
  editor = shown_editor (page);
  views = answer_views (editor);
  g_assert_cmpuint (views->len, ==, n + 1);
  type_in_area (&pw, views->pdata[n], vb_field_find (editor, "company"), "Yes, without a second thought");
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference_answer"), ==, 1);
  vbd_click (vbd_action_button (editor, "references.edit-call-sheet", NULL));
  vbd_click (vbd_action_button (page, "call-sheet.remove", last_uuid));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM call_prompt"), ==, n);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference_answer"), ==, 0);
  toast = vbd_wait_toast (&pw, "and its answers", 2000);
  g_assert_nonnull (toast);
  vbd_click (vbd_toast_button (toast));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM call_prompt"), ==, n + 1);
  {
    g_autofree char *answer = disk_text (&pw, "SELECT answer FROM reference_answer");
    g_assert_cmpstr (answer, ==, "Yes, without a second thought");
  }

  vbd_close (&pw);
}

/* A finding "call a reference of …" opens that vendor's new call sheet,
 * ready to type into, in a narrow window as in a wide one */
static void
test_finding_opens_call (gconstpointer data)
{
  int width = GPOINTER_TO_INT (data);
  g_autofree char *path = project_in (width < 600 ? "Narrow" : "Wide");
  VbdProjectWindow pw = { 0 };
  VbGuide *guide;
  VbFinding *finding;
  VbVendor *brightdesk;
  GtkWidget *page, *editor;

  vbd_open (&pw, app, path, width, 760);
  add_vendor (&pw, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  brightdesk = add_vendor (&pw, "Brightdesk", VB_VENDOR_STATUS_FINALIST);
  vbd_iterate (50);
  guide = vb_window_get_guide (pw.window);
  finding = vb_guide_lookup (guide, "references.finalist-not-called", vb_record_get_uuid (VB_RECORD (brightdesk)));
  g_assert_nonnull (finding);

  page = vbd_show_stage (&pw, VB_STAGE_REFERENCES);
  vb_stage_page_show_finding (VB_STAGE_PAGE (page), finding);
  vbd_iterate (50);
  editor = shown_editor (page);
  g_assert_true (vb_reference_get_vendor (vb_reference_editor_get_reference (VB_REFERENCE_EDITOR (editor))) ==
                 brightdesk);
  g_assert_true (vbd_in_view (vb_field_find (editor, "company")));
  vbd_assert_focus_in (pw.window, vb_field_find (editor, "company"));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference"), ==, 1);
  /* the window's back goes to the vendor, then (narrow) to the list */
  g_assert_true (vb_stage_page_can_navigate_back (VB_STAGE_PAGE (page)));
  g_assert_true (vb_stage_page_navigate_back (VB_STAGE_PAGE (page)));
  vbd_iterate (50);
  g_assert_nonnull (vbd_find_action (page, "references.record-call", NULL));
  if (width < 600)
    {
      g_assert_true (vb_stage_page_navigate_back (VB_STAGE_PAGE (page)));
      vbd_iterate (300);
      g_assert_true (vbd_in_view (row_titled (child_of (page, "vendors_list"), "Brightdesk")));
    }
  g_assert_false (vb_stage_page_can_navigate_back (VB_STAGE_PAGE (page)));

  vbd_close (&pw);
}

/* Every text field and area below @root: none can be typed into */
static guint
count_editable (GtkWidget *root,
                guint     *n_fields)
{
  guint editable = 0;

  for (GtkWidget *w = gtk_widget_get_first_child (root); w; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_TEXT (w) && gtk_widget_get_mapped (w))
        {
          (*n_fields)++;
          editable += gtk_widget_is_sensitive (w) && gtk_editable_get_editable (GTK_EDITABLE (w));
        }
      else if (GTK_IS_TEXT_VIEW (w) && gtk_widget_get_mapped (w))
        {
          (*n_fields)++;
          editable += gtk_widget_is_sensitive (w) && gtk_text_view_get_editable (GTK_TEXT_VIEW (w));
        }
      editable += count_editable (w, n_fields);
    }
  return editable;
}

/* A project that cannot be written to: its call sheet can be read, not changed */
static void
test_read_only (void)
{
  g_autofree char *path = project_in ("Locked");
  g_autoptr(GError) error = NULL;
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *editor, *sheet;
  guint n_fields = 0;

  {
    g_autoptr(VbProject) project = vb_project_open (path, &error);
    VbVendor *v;
    VbReference *r;

    g_assert_no_error (error);
    v = vb_project_add_vendor (project, &error);
    g_assert_true (vb_vendor_set_name (v, "Acme Support", &error));
    g_assert_true (vb_vendor_set_status (v, VB_VENDOR_STATUS_FINALIST, NULL, &error));
    r = vb_vendor_add_reference (v, &error);
    g_assert_true (vb_reference_set_company (r, "Northwind Dental", &error));
    g_assert_no_error (error);
    vb_project_close (project);
  }
  g_assert_true (vbd_app_set_immutable (path, TRUE));
  vbd_open (&pw, app, path, 1200, 800);
  g_assert_true (vb_project_get_read_only (pw.project));

  page = vbd_show_stage (&pw, VB_STAGE_REFERENCES);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (page, "references.record-call", NULL)));
  vbd_click (vbd_action_button (page, "references.open-reference", NULL));
  editor = shown_editor (page);
  g_assert_cmpuint (count_editable (editor, &n_fields), ==, 0);
  g_assert_cmpuint (n_fields, >=, 5);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (editor, "references.remove-reference", NULL)));
  g_assert_false (gtk_widget_is_sensitive (vb_field_find (editor, "rating")));
  g_assert_false (gtk_widget_is_sensitive (vb_field_find (editor, "would-choose-again")));
  /* the call sheet too */
  vbd_click (vbd_action_button (editor, "references.edit-call-sheet", NULL));
  sheet = vbd_find_label (page, "The questions you ask every reference");
  g_assert_nonnull (sheet);
  n_fields = 0;
  g_assert_cmpuint (count_editable (page, &n_fields), ==, 0);
  g_assert_cmpuint (n_fields, >, 0);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (page, "call-sheet.add", NULL)));
  g_assert_false (gtk_widget_is_sensitive (vbd_find (page, vbd_match_action,
                                                     &(VbdActionSpec) { "call-sheet.remove", NULL, TRUE })));

  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, FALSE));
  g_assert_cmpint (vbd_db_int (path, "SELECT count(*) FROM reference"), ==, 1);
}

/* From the keyboard: Tab from the vendor list reaches Record a Call,
 * Enter on it opens the new call sheet with the keyboard in its first field */
static void
test_keyboard (void)
{
  g_autofree char *path = project_in ("Keys");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *record;

  vbd_open (&pw, app, path, 1200, 800);
  add_vendor (&pw, "Acme Support", VB_VENDOR_STATUS_FINALIST);
  page = vbd_show_stage (&pw, VB_STAGE_REFERENCES);
  list = child_of (page, "vendors_list");
  vbd_watch_keys ();
  gtk_widget_grab_focus (row_titled (list, "Acme Support"));
  vbd_iterate (30);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Tab, 0);
  record = vbd_action_button (page, "references.record-call", NULL);
  vbd_assert_focus_in (pw.window, record);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Return, 0);
  vbd_iterate (50);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM reference"), ==, 1);
  vbd_assert_focus_in (pw.window, vb_field_find (shown_editor (page), "company"));
  /* Shift+Tab from the list goes up to Edit Call Sheet */
  gtk_widget_grab_focus (row_titled (list, "Acme Support"));
  vbd_iterate (30);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Tab, GDK_SHIFT_MASK);
  vbd_assert_focus_in (pw.window, child_of (page, "call_sheet_button"));

  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "references", &tmp_root);

  g_test_add_func ("/references/record-call", test_record_call);
  g_test_add_func ("/references/call-sheet", test_call_sheet);
  g_test_add_func ("/references/read-only", test_read_only);
  g_test_add_func ("/references/keyboard", test_keyboard);
  g_test_add_data_func ("/references/finding/wide", GINT_TO_POINTER (1100), test_finding_opens_call);
  g_test_add_data_func ("/references/finding/narrow", GINT_TO_POINTER (360), test_finding_opens_call);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
