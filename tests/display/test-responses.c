/* test-responses.c — the Responses page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project with two requirements (one a must-have), two questions (one
 * high-risk) and three vendors is opened in a real window. The grid is
 * filled from the keyboard (real key presses, vb-display-keys.h), an
 * exception is accepted through the reason dialog, withdrawn and brought
 * back from the undo toast, an answer is changed in the editor's
 * drop-down, and every result is read back from the file on disk.
 */

#define G_LOG_DOMAIN "vb-test-responses"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-format.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-response-row.h"
#include "vb-responses-page.h"
#include "vb-vendor.h"
#include "vb-display-window.h"
#include "vb-display-keys.h"

#define MUST_TEXT "Describe how you will record and keep calls"
#define SHOULD_TEXT "Describe your training plan for new agents"
#define RISK_TEXT "Do you encrypt backups?"
#define LOW_TEXT "Do you check references of new staff?"

static VbApplication *app;
static char *tmp_root;

static void
fixture (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &error);
  VbRequirementSection *section;
  VbRequirement *r;
  VbQuestionDomain *domain;
  VbQuestion *q;
  const char *names[] = { "Contoso", "Northwind", "Initech" };
  VbVendorStatus statuses[] = { VB_VENDOR_STATUS_SHORTLIST, VB_VENDOR_STATUS_FINALIST, VB_VENDOR_STATUS_LONG_LIST };

  g_assert_no_error (error);
  section = vb_project_add_requirement_section (p, &error);
  g_assert_true (vb_requirement_section_set_title (section, "Call handling", &error));
  r = vb_requirement_section_add_requirement (section, &error);
  g_assert_true (vb_requirement_set_text (r, MUST_TEXT, &error));
  g_assert_true (vb_requirement_set_priority (r, VB_PRIORITY_MUST, &error));
  r = vb_requirement_section_add_requirement (section, &error);
  g_assert_true (vb_requirement_set_text (r, SHOULD_TEXT, &error));
  domain = vb_project_add_question_domain (p, &error);
  g_assert_true (vb_question_domain_set_title (domain, "Data handling", &error));
  q = vb_question_domain_add_question (domain, &error);
  g_assert_true (vb_question_set_text (q, RISK_TEXT, &error));
  g_assert_true (vb_question_set_high_risk (q, TRUE, &error));
  g_assert_true (vb_question_set_weight (q, 2, &error));
  q = vb_question_domain_add_question (domain, &error);
  g_assert_true (vb_question_set_text (q, LOW_TEXT, &error));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      VbVendor *v = vb_project_add_vendor (p, &error);

      g_assert_true (vb_vendor_set_name (v, names[i], &error));
      g_assert_true (vb_vendor_set_status (v, statuses[i], NULL, &error));
    }
  g_assert_no_error (error);
  vb_project_close (p);
}

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_RESPONSES_PAGE, name);

  if (w == NULL)
    g_error ("the Responses page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static GtkWidget *
row_at (GtkWidget *list,
        int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* Northwind's answer to the item with @text, as stored */
static char *
answer_on_disk (VbdProjectWindow *pw,
                const char       *vendor,
                const char       *text)
{
  g_autofree char *q = g_strdup_printf ("SELECT r.answer FROM response r JOIN vendor v ON v.uuid = r.vendor_id "
                                        "LEFT JOIN requirement q ON q.uuid = r.requirement_id "
                                        "LEFT JOIN question k ON k.uuid = r.question_id "
                                        "WHERE v.name = '%s' AND (q.text = '%s' OR k.text = '%s')",
                                        vendor, text, text);

  return vbd_db_text (pw->path, q);
}

static void
assert_answer (VbdProjectWindow *pw,
               const char       *vendor,
               const char       *text,
               VbAnswer          answer)
{
  g_autofree char *stored = answer_on_disk (pw, vendor, text);

  g_assert_cmpstr (stored, ==, vb_enum_get_nick (VB_TYPE_ANSWER, answer));
}

static gint64
activity (VbdProjectWindow *pw)
{
  return vbd_db_int (pw->path, "SELECT count(*) FROM activity");
}

static void
key (VbdProjectWindow *pw,
     guint             keyval)
{
  vbd_key (GTK_WINDOW (pw->window), keyval, 0);
  vbd_iterate (30);
}

static const char *
compliance_shown (GtkWidget *page)
{
  return gtk_label_get_label (GTK_LABEL (child_of (page, "compliance_label")));
}

/* The row of the issues list whose reason names @part */
static GtkWidget *
issue_row (GtkWidget  *page,
           const char *part)
{
  GtkWidget *list = child_of (page, "issues_list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), part))
        return GTK_WIDGET (row);
    }
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

static void
test_grid (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Responses", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *picker, *list, *row, *button, *toast, *combo;
  GListModel *vendors, *labels;
  gint64 before;
  g_autofree char *hundred = NULL;

  fixture (path);
  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  g_assert_true (VB_IS_RESPONSES_PAGE (page));

  /* the shortlist only, the finalist first */
  picker = child_of (page, "vendor_picker");
  vendors = gtk_drop_down_get_model (GTK_DROP_DOWN (picker));
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 2);
  {
    g_autoptr(VbVendor) first = g_list_model_get_item (vendors, 0);
    g_autoptr(VbVendor) second = g_list_model_get_item (vendors, 1);

    g_assert_cmpstr (vb_vendor_get_name (first), ==, "Northwind");
    g_assert_cmpstr (vb_vendor_get_name (second), ==, "Contoso");
  }
  g_assert_cmpstr (compliance_shown (page), ==, "No answers yet");

  /* every included requirement and asked question, once */
  list = child_of (page, "items_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, 4);

  /* keys: 3 = does not meet on the must-have — a knock-out; one edit */
  before = activity (&pw);
  row = row_at (list, 0);
  gtk_widget_grab_focus (row);
  vbd_iterate (30);
  key (&pw, GDK_KEY_3);
  assert_answer (&pw, "Northwind", MUST_TEXT, VB_ANSWER_DOES_NOT_MEET);
  g_assert_cmpint (activity (&pw), ==, before + 1);
  g_assert_nonnull (issue_row (page, MUST_TEXT));
  /* the focus stays on the row: Down moves to the next item */
  vbd_assert_focus_in (GTK_WINDOW (pw.window), row);
  key (&pw, GDK_KEY_Down);
  vbd_assert_focus_in (GTK_WINDOW (pw.window), row_at (list, 1));
  key (&pw, GDK_KEY_y);
  assert_answer (&pw, "Northwind", SHOULD_TEXT, VB_ANSWER_MEETS);
  /* the questions: N = no to the high-risk one (its safe answer is yes), 1 = yes */
  key (&pw, GDK_KEY_Down);
  key (&pw, GDK_KEY_n);
  assert_answer (&pw, "Northwind", RISK_TEXT, VB_ANSWER_NO);
  g_assert_nonnull (issue_row (page, RISK_TEXT));
  key (&pw, GDK_KEY_Down);
  key (&pw, GDK_KEY_1);
  assert_answer (&pw, "Northwind", LOW_TEXT, VB_ANSWER_YES);
  /* by hand: weight 2 × 0 + weight 1 × 1 over 3 = 33 */
  g_assert_cmpstr (compliance_shown (page), ==, "33");
  /* 0 clears: 0 ÷ 2 = 0, half the questions answered */
  key (&pw, GDK_KEY_0);
  assert_answer (&pw, "Northwind", LOW_TEXT, VB_ANSWER_UNSET);
  g_assert_cmpstr (compliance_shown (page), ==, "0");
  /* undo brings the yes back */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  assert_answer (&pw, "Northwind", LOW_TEXT, VB_ANSWER_YES);
  g_assert_cmpstr (compliance_shown (page), ==, "33");
  hundred = vb_format_percent (100, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child_of (page, "compliance_row"))), hundred));
  /* one response per item answered */
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM response"), ==, 4);

  /* accept the must-have knock-out with a reason, through the one reason dialog */
  row = issue_row (page, MUST_TEXT);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "no decision yet"));
  button = vbd_action_button (row, "responses.accept-exception", NULL);
  vbd_click (button);
  {
    GtkWindow *dialog = vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    GtkWidget *entry;

    g_assert_nonnull (dialog);
    entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
    g_assert_true (GTK_IS_EDITABLE (entry));
    gtk_editable_set_text (GTK_EDITABLE (entry), "Recording is in the contract from day one");
    vbd_click (vbd_find (GTK_WIDGET (dialog), match_button_label, "_Accept"));
    g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  }
  {
    g_autofree char *q = g_strdup_printf ("SELECT r.exception_reason FROM response r JOIN requirement q "
                                          "ON q.uuid = r.requirement_id WHERE q.text = '%s'", MUST_TEXT);
    g_autofree char *reason = vbd_db_text (pw.path, q);

    g_assert_cmpstr (reason, ==, "Recording is in the contract from day one");
  }
  row = issue_row (page, MUST_TEXT);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Recording is in the contract"));

  /* withdraw it: an undo toast brings it back */
  vbd_click (vbd_action_button (row, "responses.withdraw-exception", NULL));
  {
    g_autofree char *q = g_strdup_printf ("SELECT r.exception_reason FROM response r JOIN requirement q "
                                          "ON q.uuid = r.requirement_id WHERE q.text = '%s'", MUST_TEXT);
    g_autofree char *reason = vbd_db_text (pw.path, q);

    g_assert_cmpstr (reason, ==, "");
    toast = vbd_wait_toast (&pw, "Exception withdrawn", 2000);
    g_assert_nonnull (toast);
    vbd_click (vbd_toast_button (toast));
    vbd_iterate (200);
    g_free (reason);
    reason = vbd_db_text (pw.path, q);
    g_assert_cmpstr (reason, ==, "Recording is in the contract from day one");
  }

  /* Enter opens the editor: the drop-down offers exactly a requirement's answers */
  gtk_widget_grab_focus (row_at (list, 3));
  vbd_iterate (30);
  for (int i = 0; i < 3; i++)
    key (&pw, GDK_KEY_Up);
  vbd_assert_focus_in (GTK_WINDOW (pw.window), row_at (list, 0));
  key (&pw, GDK_KEY_Return);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child_of (page, "editor_stack"))), ==, "editor");
  combo = vbd_by_type (child_of (page, "editor_box"), ADW_TYPE_COMBO_ROW);
  labels = adw_combo_row_get_model (ADW_COMBO_ROW (combo));
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 5);
  {
    const char *expected[] = { "Not answered", "Meets", "Partly", "Does not meet", "Not applicable" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), ==, expected[i]);
  }
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 3);
  /* "partly" on a must-have: a warning that asks for the decision */
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 2);
  vbd_iterate (50);
  assert_answer (&pw, "Northwind", MUST_TEXT, VB_ANSWER_PARTLY);
  row = issue_row (page, MUST_TEXT);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Partly meets a must-have"));

  /* the other vendor: its own answers, none yet */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (picker), 1);
  vbd_iterate (50);
  g_assert_cmpstr (compliance_shown (page), ==, "No answers yet");
  row = row_at (list, 2);
  gtk_widget_grab_focus (row);
  vbd_iterate (30);
  key (&pw, GDK_KEY_a);
  assert_answer (&pw, "Contoso", RISK_TEXT, VB_ANSWER_NOT_APPLICABLE);
  assert_answer (&pw, "Northwind", RISK_TEXT, VB_ANSWER_NO);

  /* Alt+Left from the grid: back to the stages (the page is not folded) */
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Left, GDK_ALT_MASK);
  vbd_iterate (30);
  g_assert_true (vbd_focus_is_in (GTK_WINDOW (pw.window), GTK_WIDGET (vbd_view_child (&pw, "stage_list"))));

  vbd_close (&pw);
}

/* A new item in the RFP appears in the grid; one left out goes */
static void
test_items_follow (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Follow", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbRequirementSection) section = NULL;
  VbRequirement *r;

  fixture (path);
  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  list = child_of (page, "items_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, 4);
  section = g_list_model_get_item (vb_project_get_requirement_sections (pw.project), 0);
  r = vb_requirement_section_add_requirement (section, &error);
  g_assert_no_error (error);
  vbd_iterate (30);
  g_assert_cmpuint (vbd_count_rows (list), ==, 5);
  g_assert_true (vb_requirement_set_included (r, FALSE, &error));
  g_assert_no_error (error);
  vbd_iterate (30);
  g_assert_cmpuint (vbd_count_rows (list), ==, 4);
  g_assert_true (vb_requirement_section_set_included (section, FALSE, &error));
  vbd_iterate (30);
  g_assert_cmpuint (vbd_count_rows (list), ==, 2);
  vbd_close (&pw);
}

/* A whole template's RFP and questionnaire: the page shown, each answer
 * costs the page little (its rows are refreshed in place, not rebuilt) */
static void
test_many_items (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Many", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *first;
  g_autoptr(GError) error = NULL;
  VbVendor *vendor;
  g_autoptr(VbRequirementSection) section = NULL;
  g_autoptr(VbRequirement) item = NULL;
  guint n;
  gint64 start, shown, hidden;

  vbd_open (&pw, app, path, 1200, 800);
  vendor = vb_project_add_vendor (pw.project, &error);
  g_assert_true (vb_vendor_set_status (vendor, VB_VENDOR_STATUS_FINALIST, NULL, &error));
  g_assert_no_error (error);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  list = child_of (page, "items_list");
  n = vbd_count_rows (list);
  g_test_message ("%u items", n);
  g_assert_cmpuint (n, >=, 40);
  first = row_at (list, 0);
  section = g_list_model_get_item (vb_project_get_requirement_sections (pw.project), 0);
  item = g_list_model_get_item (vb_requirement_section_get_requirements (section), 0);

  /* 20 answers with the page shown, 20 with it hidden: the rows stay the same widgets */
  start = g_get_monotonic_time ();
  for (int i = 0; i < 20; i++)
    {
      g_assert_true (vb_requirement_record_answer (item, vendor,
                                                   i % 2 ? VB_ANSWER_MEETS : VB_ANSWER_PARTLY, &error));
      vbd_iterate (1);
    }
  shown = g_get_monotonic_time () - start;
  g_assert_true (row_at (list, 0) == first);
  vbd_show_stage (&pw, VB_STAGE_DASHBOARD);
  start = g_get_monotonic_time ();
  for (int i = 0; i < 20; i++)
    {
      g_assert_true (vb_requirement_record_answer (item, vendor,
                                                   i % 2 ? VB_ANSWER_MEETS : VB_ANSWER_PARTLY, &error));
      vbd_iterate (1);
    }
  hidden = g_get_monotonic_time () - start;
  g_test_message ("20 answers: %.1f ms with the page shown, %.1f ms without", shown / 1000.0, hidden / 1000.0);
  vbd_close (&pw);
}

/* The page's footer button of a finding of @rule about @subject */
static GtkWidget *
finding_button (GtkWidget  *page,
                const char *rule_id,
                const char *subject)
{
  g_autofree char *target = g_strconcat (rule_id, VB_FINDING_TARGET_SEPARATOR, subject ? subject : "", NULL);

  return vbd_action_button (child_of (page, "footer_box"), "win.show-finding", target);
}

/* Each finding's button does what fixes it: the finalist's first item,
 * ready for the keys; the knock-out to decide; the vendors to pick */
static void
test_findings (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Findings", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *issues;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbVendor) northwind = NULL;
  const char *uuid;

  fixture (path);
  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  list = child_of (page, "items_list");
  issues = child_of (page, "issues_list");
  northwind = g_list_model_get_item (vb_project_get_vendors (pw.project), 1);
  g_assert_cmpstr (vb_vendor_get_name (northwind), ==, "Northwind");
  uuid = vb_record_get_uuid (VB_RECORD (northwind));

  /* a finalist without answers: its first item, focused */
  vbd_click (finding_button (page, "responses.finalist-without-responses", uuid));
  vbd_assert_focus_in (GTK_WINDOW (pw.window), row_at (list, 0));
  key (&pw, GDK_KEY_3);
  assert_answer (&pw, "Northwind", MUST_TEXT, VB_ANSWER_DOES_NOT_MEET);

  /* the knock-out: the list of them, at the undecided one */
  vbd_click (finding_button (page, "responses.knockout-undecided", uuid));
  vbd_assert_focus_in (GTK_WINDOW (pw.window), row_at (issues, 0));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (issues, 0))), MUST_TEXT));

  /* the high-risk question not answered: the row that counts them */
  vbd_click (finding_button (page, "responses.open-high-risk-gap", uuid));
  vbd_assert_focus_in (GTK_WINDOW (pw.window), issues);

  /* no finalist left: the button goes to the Vendors page */
  g_assert_true (vb_vendor_set_status (northwind, VB_VENDOR_STATUS_SHORTLIST, NULL, &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  vbd_click (finding_button (page, "responses.finalist-without-responses", NULL));
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_VENDORS);
  vbd_close (&pw);
}

/* The widest minimum under @w, for a failure's message: what holds the page wide */
static void
report_wide (GtkWidget *w,
             int        limit,
             int        depth)
{
  int min = 0;

  gtk_widget_measure (w, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min <= limit)
    return;
  g_test_message ("%*s%s: %d px", depth * 2, "", G_OBJECT_TYPE_NAME (w), min);
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    report_wide (c, limit, depth + 1);
}

/* The text of the first label in sight under @w: what a drop-down's button shows */
static const char *
first_label_text (GtkWidget *w)
{
  if (!gtk_widget_get_mapped (w))
    return NULL;
  if (GTK_IS_LABEL (w))
    return gtk_label_get_label (GTK_LABEL (w));
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      const char *text = first_label_text (c);

      if (text)
        return text;
    }
  return NULL;
}

/* Whether a label in sight under @w shows @part */
static gboolean
shows_text (GtkWidget  *w,
            const char *part)
{
  if (!gtk_widget_get_mapped (w))
    return FALSE;
  if (GTK_IS_LABEL (w) && strstr (gtk_label_get_text (GTK_LABEL (w)), part))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, part))
      return TRUE;
  return FALSE;
}

/* Eight finalists with long names (about 80 characters) and the
 * customer-support items: the page fits a 360 px window (the window keeps
 * its size), and at 1280 px the grid and the editor are side by side (the
 * leaflet is not folded). Before the picker's label was cut short, the name
 * held the list pane at 796 px: the 360 px window grew to 796 px, and at
 * 1280 px (a 1029 px page) 796 + 1 + 360 px did not fit side by side */
static void
test_narrow (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Narrow", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list_pane, *leaflet, *picker, *list, *row;
  g_autoptr(GError) error = NULL;
  VbVendor *vendor;
  VbRecord *item;
  int min = 0, expected;

  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);

    g_assert_no_error (error);
    for (int i = 0; i < 8; i++)
      {
        VbVendor *v = vb_project_add_vendor (p, &error);
        g_autofree char *name = g_strdup_printf ("Northwind Customer Care Outsourcing Services %d "
                                                 "and Multilingual Contact Centres Ltd", i + 1);

        g_assert_true (vb_vendor_set_name (v, name, &error));
        g_assert_true (vb_vendor_set_status (v, VB_VENDOR_STATUS_FINALIST, NULL, &error));
      }
    g_assert_no_error (error);
    vb_project_close (p);
  }

  /* 360 px: the window stays narrow; the list pane asks for no more than its 360 */
  vbd_open (&pw, app, path, 360, 700);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  vbd_iterate (100);
  list_pane = child_of (page, "list_pane");
  leaflet = child_of (page, "leaflet");
  gtk_widget_measure (list_pane, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  report_wide (list_pane, 360, 0);
  g_test_message ("360 px window: %d px wide, list pane at least %d px",
                  gtk_widget_get_width (GTK_WIDGET (pw.window)), min);
  g_assert_cmpint (min, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (pw.window)), <=, 400);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));

  /* the vendor's whole name is in the picker's tooltip and in its label; a
   * rename follows */
  picker = child_of (page, "vendor_picker");
  g_assert_nonnull (gtk_widget_get_tooltip_text (picker));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (picker), "Outsourcing Services 1"));
  g_assert_nonnull (strstr (first_label_text (picker), "Outsourcing Services 1"));
  vendor = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (picker));
  g_assert_true (vb_vendor_set_name (vendor, "Northwind Customer Care & Outsourcing Renamed", &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (picker), "Renamed"));
  g_assert_nonnull (strstr (first_label_text (picker), "Renamed"));

  /* the keys work at 360 px: ten rows down, the focused row scrolls into
   * view, 1 answers it (on disk) */
  list = child_of (page, "items_list");
  gtk_widget_grab_focus (row_at (list, 0));
  for (int i = 0; i < 10; i++)
    key (&pw, GDK_KEY_Down);
  row = row_at (list, 10);
  vbd_assert_focus_in (GTK_WINDOW (pw.window), row);
  vbd_assert_in_view (row);
  item = vb_response_row_get_item (row);
  expected = vb_response_answer_for_key (item, GDK_KEY_1);
  g_assert_cmpint (expected, >, VB_ANSWER_UNSET);
  key (&pw, GDK_KEY_1);
  {
    g_autofree char *q = g_strdup_printf ("SELECT answer FROM response WHERE vendor_id = '%s' "
                                          "AND (requirement_id = '%s' OR question_id = '%s')",
                                          vb_record_get_uuid (VB_RECORD (vendor)), vb_record_get_uuid (item),
                                          vb_record_get_uuid (item));
    g_autofree char *stored = vbd_db_text (pw.path, q);

    g_assert_cmpstr (stored, ==, vb_enum_get_nick (VB_TYPE_ANSWER, expected));
  }

  /* Enter: the editor over the grid, and the window still narrow */
  key (&pw, GDK_KEY_Return);
  vbd_iterate (100);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == child_of (page, "editor_stack"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (pw.window)), <=, 400);
  /* its heading names the vendor, “&” and all */
  g_assert_true (shows_text (child_of (page, "editor_box"), "Care & Outsourcing Renamed"));
  vbd_close (&pw);

  /* 1280 px: grid and editor side by side */
  vbd_open (&pw, app, path, 1280, 800);
  page = vbd_show_stage (&pw, VB_STAGE_RESPONSES);
  vbd_iterate (100);
  leaflet = child_of (page, "leaflet");
  g_test_message ("1280 px window: the page is %d px wide", gtk_widget_get_width (page));
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_true (gtk_widget_get_mapped (child_of (page, "editor_stack")));
  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "responses", &tmp_root);
  g_test_add_func ("/responses/grid", test_grid);
  g_test_add_func ("/responses/items-follow", test_items_follow);
  g_test_add_func ("/responses/findings", test_findings);
  g_test_add_func ("/responses/many-items", test_many_items);
  g_test_add_func ("/responses/narrow", test_narrow);
  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
