/* test-results-page.c — the Pilot Results page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture is a blank project with a pilot whose one go / no-go
 * criterion is its service level on Phone (target 80 %, at risk down to
 * 75 %, answered within 20 s), and a first-response SLA on Chat. The
 * tests type and click on the page and in the import dialog, and read
 * the result back through core, from the file on disk and after
 * reopening.
 *
 * Promises tested: with no results the empty state offers Import
 * Tickets…; a week entered as raw counts (72 answered within 20 s of 90
 * offered) shows its computed value (80 %) as it is typed, is stored
 * with that value, and the SLA's group shows the week, its status in
 * words ("Met"), the trend chart and its text alternative; a week
 * breached turns the recommendation to no-go, in words with its reason;
 * one Undo takes a whole entry back; removing a week shows an Undo toast
 * and Undo brings it back; an export no preset knows shows the core's
 * error and offers no Import until its columns are mapped in drop-downs
 * of its headers, its channel word mapped to a channel, then Import
 * stores the weeks (the SLA on that channel shows them) in one undoable
 * edit, and importing it again (read with the remembered columns)
 * replaces its weeks rather than doubling them; a Zendesk export is
 * named as one; a bad export shows which line is wrong and changes
 * nothing; the export is read in a worker (the dialog shows and says it
 * reads, Import waits, the last change's read is the one shown, closing
 * it while it reads stores nothing); an imported week names its export;
 * a read-only file is shown, not changed.
 */

#define G_LOG_DOMAIN "vb-test-results"

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "vb-go-criterion.h"
#include "vb-kpi-result.h"
#include "vb-pilot.h"
#include "vb-results-page.h"
#include "vb-sla-history.h"
#include "vb-sla.h"
#include "vb-stage-page.h"
#include "vb-ticket-import-dialog.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

/* ------------------------------------------------------------ fixture */

static char *
fixture (const char *name,
         gboolean    with_week)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  char *path = vbd_make_project (folder, name, VB_PROJECT_TEMPLATE_BLANK);
  g_autoptr(GError) open_error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &open_error);
  VbPilot *pilot;
  VbSla *level, *reply;
  VbGoCriterion *criterion;

  g_assert_no_error (open_error);
  pilot = vb_project_add_pilot (p, NULL);
  g_assert_nonnull (pilot);
  OK (vb_pilot_set_start_date (pilot, "2026-03-02", error));
  OK (vb_pilot_set_end_date (pilot, "2026-04-30", error));
  level = vb_project_add_sla (p, "service-level", NULL);
  g_assert_nonnull (level);
  OK (vb_sla_set_channel (level, VB_CHANNEL_SCOPE_PHONE, error));
  OK (vb_sla_set_target (level, 80, error));
  OK (vb_sla_set_threshold (level, 75, error));
  OK (vb_sla_set_answer_seconds (level, 20, error));
  reply = vb_project_add_sla (p, "first-response-median", NULL);
  g_assert_nonnull (reply);
  OK (vb_sla_set_channel (reply, VB_CHANNEL_SCOPE_CHAT, error));
  criterion = vb_pilot_add_criterion (pilot, NULL);
  g_assert_nonnull (criterion);
  OK (vb_go_criterion_set_sla (criterion, level, error));
  if (with_week)
    g_assert_nonnull (vb_project_enter_kpi_result (p, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-03-02",
                                                   82, NULL, 0, NULL));
  vb_project_close (p);
  return path;
}

static char *
ticket_file (const char *name)
{
  const char *src = g_getenv ("VB_TEST_SRCDIR");

  if (src == NULL)
    g_error ("VB_TEST_SRCDIR is not set (run the tests with meson test)");
  return g_build_filename (src, "tests", "data", "tickets", name, NULL);
}

/* ------------------------------------------------------------ helpers */

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_RESULTS_PAGE, name);

  if (w == NULL)
    g_error ("the results page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static VbSla *
sla_at (VbProject *p,
        guint      i)
{
  g_autoptr(VbSla) sla = g_list_model_get_item (vb_project_get_slas (p), i);

  g_assert_nonnull (sla);
  return sla;   /* the project holds it */
}

static GtkWidget *
group_of (GtkWidget *page,
          VbSla     *sla)
{
  for (GtkWidget *g = gtk_widget_get_first_child (child_of (page, "slas_box")); g; g = gtk_widget_get_next_sibling (g))
    if (g_object_get_data (G_OBJECT (g), "vb-record") == sla)
      return g;
  g_error ("no group for the SLA %s", vb_sla_get_kpi_key (sla));
}

static GtkWidget *
week_row (GtkWidget  *page,
          VbSla      *sla,
          const char *week)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (group_of (page, sla)), "vb-list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "vb-week"), week) == 0)
        return GTK_WIDGET (row);
    }
}

static const char *
label_text (GtkWidget  *page,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (child_of (page, name)));
}

/* The combo row's choice whose text is @text */
static void
choose (GtkWidget  *root,
        const char *row_name,
        const char *text)
{
  GtkWidget *row = vbd_by_name (root, row_name);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          vbd_iterate (20);
          return;
        }
    }
  g_error ("the drop-down %s has no choice “%s”", row_name, text);
}

static const char *
subtitle_of (GtkWidget  *root,
             const char *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (vbd_by_name (root, name)));
}

/* The dialog reads the export in a worker: until it has read it */
static void
wait_read (GtkWidget *dialog)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (vb_ticket_import_dialog_is_reading (VB_TICKET_IMPORT_DIALOG (dialog)))
    {
      if (g_get_monotonic_time () > until)
        g_error ("the import dialog still reads the export after 20 s");
      vbd_iterate (10);
    }
  vbd_iterate (10);
}

static VbTicketImportDialog *
open_import (GtkWidget  *page,
             const char *file)
{
  g_autofree char *path = ticket_file (file);
  GtkWindow *dialog;

  gtk_widget_activate_action (page, "results.import-file", "s", path);
  vbd_iterate (100);
  dialog = vbd_shown_toplevel (VB_TYPE_TICKET_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  wait_read (GTK_WIDGET (dialog));
  return VB_TICKET_IMPORT_DIALOG (dialog);
}

static gint64
results_on_disk (VbdProjectWindow *pw)
{
  return vbd_db_int (pw->path, "SELECT count(*) FROM kpi_result");
}

/* ------------------------------------------------------------ tests */

static void
test_enter_week (void)
{
  g_autofree char *path = fixture ("Results", FALSE);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *entry, *group, *row;
  VbSla *level;
  VbKpiResult *result;
  g_autofree char *uuid = NULL;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  g_assert_true (VB_IS_RESULTS_PAGE (page));
  level = sla_at (pw.project, 0);

  /* no results: the empty state, its primary action, and no-go */
  g_assert_true (gtk_widget_get_visible (child_of (page, "empty_page")));
  g_assert_false (gtk_widget_get_visible (child_of (page, "slas_box")));
  g_assert_true (gtk_widget_is_sensitive (vbd_action_button (child_of (page, "empty_page"), "results.choose-import", NULL)));
  g_assert_cmpstr (label_text (page, "outcome_label"), ==, "Recommendation: do not go ahead yet");

  /* the form: the SLA's measure first; 72 of 90 as counts, the value shown as typed */
  entry = vbd_by_name (page, "enter-result");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (entry), TRUE);
  vbd_iterate (50);
  choose (entry, "kpi", "Service level");
  choose (entry, "channel-choice", "Phone");
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "week")), "2026-03-02");
  choose (entry, "mode", "The counts it is computed from");
  g_assert_false (gtk_widget_get_visible (vbd_by_name (entry, "value")));
  g_assert_true (gtk_widget_get_visible (vbd_by_name (entry, "count-0")));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (vbd_by_name (entry, "count-0"))), ==,
                   "Contacts answered within 20 s");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (vbd_by_name (entry, "count-1"))), ==,
                   "Contacts offered (answered or abandoned)");
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "count-0")), "72");
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "count-1")), "90");
  vbd_iterate (20);
  g_assert_nonnull (strstr (subtitle_of (entry, "computed"), "80"));
  g_assert_nonnull (strstr (subtitle_of (entry, "computed"), "%"));
  /* Enter in the last count adds it */
  vbd_press_enter (vbd_by_name (entry, "count-1"));
  vbd_iterate (50);

  result = vb_project_find_kpi_result (pw.project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-03-02");
  g_assert_nonnull (result);
  uuid = g_strdup (vb_record_get_uuid (VB_RECORD (result)));
  g_assert_cmpfloat_with_epsilon (vb_kpi_result_get_value (result), 80, 1e-9);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT printf('%%.1f|%%d|%%d', value, count_a, count_b) FROM kpi_result "
                                            "WHERE uuid = '%s'", uuid);
    g_autofree char *disk = vbd_db_text (pw.path, sql);

    g_assert_cmpstr (disk, ==, "80.0|72|90");
  }

  /* the SLA's group: the week in words, the chart and its words, go */
  g_assert_false (gtk_widget_get_visible (child_of (page, "empty_page")));
  group = group_of (page, level);
  row = week_row (page, level, "2026-03-02");
  g_assert_nonnull (row);
  g_assert_nonnull (vbd_find_label (vbd_by_name (row, "status-tag"), "Met"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "entered by hand"));
  g_assert_nonnull (vbd_by_name (group, "trend-chart"));
  {
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (vbd_by_name (group, "trend-chart")),
                                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

    /* described in words, not left empty */
    g_assert_nonnull (wrong);
  }
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), "Met"));
  g_assert_cmpstr (label_text (page, "outcome_label"), ==, "Recommendation: go ahead with the vendor");

  /* a breached week, by value: no-go, with the reason in words */
  choose (entry, "mode", "The measure’s value");
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "week")), "2026-03-09");
  vbd_type_and_enter (vbd_by_name (entry, "value"), "70");
  vbd_iterate (50);
  g_assert_cmpfloat (vb_kpi_result_get_value (vb_project_find_kpi_result (pw.project, "service-level",
                                                                          VB_CHANNEL_SCOPE_PHONE, "2026-03-09")),
                     ==, 70);
  row = week_row (page, level, "2026-03-09");
  g_assert_nonnull (vbd_find_label (vbd_by_name (row, "status-tag"), "Breached"));
  g_assert_cmpstr (label_text (page, "outcome_label"), ==, "Recommendation: do not go ahead yet");
  g_assert_nonnull (vbd_find_label (child_of (page, "reasons_box"), "Service level on Phone"));

  /* one Undo takes the whole entry back */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_null (vb_project_find_kpi_result (pw.project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-03-09"));
  g_assert_null (week_row (page, level, "2026-03-09"));
  g_assert_cmpstr (label_text (page, "outcome_label"), ==, "Recommendation: go ahead with the vendor");

  /* removed with its button: a toast offers Undo, and undo brings it back */
  row = week_row (page, level, "2026-03-02");
  vbd_click (vbd_action_button (row, "results.remove", uuid));
  vbd_iterate (50);
  g_assert_null (vb_project_find_row (pw.project, uuid, VB_TYPE_KPI_RESULT));
  g_assert_cmpint (results_on_disk (&pw), ==, 0);
  g_assert_nonnull (vbd_wait_toast (&pw, "Removed the week of 2026-03-02", 3000));
  g_assert_true (gtk_widget_get_visible (child_of (page, "empty_page")));
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_nonnull (vb_project_find_row (pw.project, uuid, VB_TYPE_KPI_RESULT));
  g_assert_nonnull (week_row (page, level, "2026-03-02"));
  vbd_close (&pw);

  /* reopened: the same */
  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  result = vb_project_find_row (pw.project, uuid, VB_TYPE_KPI_RESULT);
  g_assert_nonnull (result);
  g_assert_cmpfloat (vb_kpi_result_get_count_a (result), ==, 72);
  g_assert_nonnull (week_row (page, sla_at (pw.project, 0), "2026-03-02"));
  vbd_close (&pw);
}

/* Refused input changes nothing and says why */
static void
test_enter_refused (void)
{
  g_autofree char *path = fixture ("Refused", FALSE);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *entry;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  entry = vbd_by_name (page, "enter-result");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (entry), TRUE);
  vbd_iterate (50);
  choose (entry, "kpi", "Service level");
  choose (entry, "mode", "The counts it is computed from");
  /* more answered in time than offered */
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "count-0")), "100");
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "count-1")), "90");
  vbd_iterate (20);
  g_assert_null (strstr (subtitle_of (entry, "computed"), "%"));
  vbd_click (vbd_action_button (entry, "result-entry.add", NULL));
  vbd_iterate (50);
  /* a Tuesday */
  choose (entry, "mode", "The measure’s value");
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (entry, "week")), "2026-03-03");
  vbd_type_and_enter (vbd_by_name (entry, "value"), "81");
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_kpi_results (pw.project)), ==, 0);
  g_assert_cmpint (results_on_disk (&pw), ==, 0);
  vbd_close (&pw);
}

/* An export no preset knows: mapped in the preview, imported, imported again */
static void
test_import_mapped (void)
{
  g_autofree char *path = fixture ("Mapped", FALSE);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *dialog;
  VbSla *reply;
  gint64 n_first;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  reply = sla_at (pw.project, 1);
  dialog = GTK_WIDGET (open_import (page, "mapped.tsv"));

  /* not known: the core's words, no Import, the columns open */
  g_assert_nonnull (strstr (subtitle_of (dialog, "preset-row"), "Not an export the app knows"));
  g_assert_true (gtk_widget_is_visible (vbd_by_name (dialog, "error")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (dialog, "error"))), "not one the app recognises"));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  g_assert_true (gtk_widget_is_visible (vbd_by_name (dialog, "map-created")));

  /* the drop-downs hold the export's headers */
  choose (dialog, "map-created", "Opened");
  choose (dialog, "map-first_response_duration", "Reply after");
  choose (dialog, "map-resolution_duration", "Done after");
  choose (dialog, "map-satisfaction", "Score");
  choose (dialog, "duration-unit", "Hours");
  choose (dialog, "map-channel", "Kanal");
  /* its channel word, to a channel */
  choose (dialog, "channel-word", "Chat");
  wait_read (dialog);
  if (gtk_widget_is_visible (vbd_by_name (dialog, "error")))
    g_test_message ("the dialog says: %s", gtk_label_get_text (GTK_LABEL (vbd_by_name (dialog, "error"))));
  g_assert_false (gtk_widget_is_visible (vbd_by_name (dialog, "error")));
  g_assert_true (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  g_assert_nonnull (vbd_find_label (dialog, "Week of 2026-03-02 · Chat · 4 tickets"));
  g_assert_cmpint (results_on_disk (&pw), ==, 0);   /* a preview writes nothing */

  vbd_click (vbd_by_name (dialog, "import-button"));
  vbd_iterate (100);
  g_assert_null (vbd_shown_toplevel (VB_TYPE_TICKET_IMPORT_DIALOG));
  g_assert_nonnull (vbd_wait_toast (&pw, "from “mapped.tsv”", 3000));
  n_first = results_on_disk (&pw);
  g_assert_cmpint (n_first, >, 0);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM kpi_result WHERE channel <> 'chat'"), ==, 0);
  /* the SLA on Chat sees the week: 1.5 h, by nearest rank */
  {
    g_autoptr(VbSlaHistory) h = vb_sla_get_history (reply);

    g_assert_cmpuint (h->n_weeks, ==, 1);
    g_assert_cmpstr (h->week_dates[0], ==, "2026-03-02");
    g_assert_cmpfloat (h->values[0], ==, 5400);
  }
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (week_row (page, reply, "2026-03-02"))),
                            "from “mapped.tsv”"));

  /* one edit: undone, nothing is left */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_cmpint (results_on_disk (&pw), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.redo", NULL);
  vbd_iterate (50);
  g_assert_cmpint (results_on_disk (&pw), ==, n_first);

  /* again: read with the columns remembered, and its weeks replaced */
  dialog = GTK_WIDGET (open_import (page, "mapped.tsv"));
  g_assert_nonnull (strstr (subtitle_of (dialog, "preset-row"), "mapped for this export before"));
  g_assert_true (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  g_assert_nonnull (vbd_find_label (dialog, "Week of 2026-03-02 · Chat · 4 tickets"));
  vbd_click (vbd_by_name (dialog, "import-button"));
  vbd_iterate (100);
  g_assert_cmpint (results_on_disk (&pw), ==, n_first);
  vbd_close (&pw);
}

/* A Zendesk export is named as one; a bad export changes nothing */
static void
test_import_preset_and_bad (void)
{
  g_autofree char *path = fixture ("Zendesk", TRUE);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *dialog, *error_label;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  dialog = GTK_WIDGET (open_import (page, "zendesk.csv"));
  g_assert_cmpstr (subtitle_of (dialog, "preset-row"), ==, "A Zendesk ticket export");
  g_assert_false (gtk_widget_is_visible (vbd_by_name (dialog, "map-created")));
  g_assert_false (gtk_widget_is_visible (vbd_by_name (dialog, "error")));
  g_assert_nonnull (vbd_by_name (dialog, "preview-week"));
  g_assert_nonnull (vbd_by_name (dialog, "import-warning"));
  /* its channel words, editable */
  g_assert_nonnull (vbd_by_name (dialog, "channel-word"));
  gtk_widget_activate_action (dialog, "import.cancel", NULL);
  vbd_iterate (50);
  g_assert_null (vbd_shown_toplevel (VB_TYPE_TICKET_IMPORT_DIALOG));
  g_assert_cmpint (results_on_disk (&pw), ==, 1);

  dialog = GTK_WIDGET (open_import (page, "bad-date.csv"));
  error_label = vbd_by_name (dialog, "error");
  g_assert_true (gtk_widget_is_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "line 3"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "31/02/2026"));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  /* even asked to, it stores nothing */
  gtk_widget_activate_action (dialog, "import.store", NULL);
  vbd_iterate (50);
  g_assert_cmpint (results_on_disk (&pw), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  vbd_iterate (50);
  vbd_close (&pw);
}

/* The export is read in a worker: the dialog is shown while it reads,
 * says so, and Import waits; a change while it reads starts another read,
 * and what it shows at the end is what the last choice reads; closed
 * while it reads, nothing is stored */
static void
test_import_reads_in_background (void)
{
  g_autofree char *path = fixture ("Background", FALSE);
  g_autofree char *export = ticket_file ("zendesk.csv");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *dialog;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  dialog = vb_ticket_import_dialog_new (pw.project, export, GTK_WINDOW (pw.window), page);
  /* just made: nothing has been read on the window's thread */
  g_assert_true (vb_ticket_import_dialog_is_reading (VB_TICKET_IMPORT_DIALOG (dialog)));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  g_assert_cmpstr (subtitle_of (dialog, "preset-row"), ==, "Reading the export…");
  g_assert_true (gtk_widget_get_visible (vbd_by_name (dialog, "reading")));
  g_assert_null (vbd_find (dialog, vbd_match_visible_name, (gpointer) "preview-week"));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  g_assert_cmpstr (subtitle_of (dialog, "preset-row"), ==, "A Zendesk ticket export");
  g_assert_false (gtk_widget_get_visible (vbd_by_name (dialog, "reading")));
  g_assert_true (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  g_assert_nonnull (vbd_by_name (dialog, "preview-week"));

  /* two changes in a row: the first read is cancelled, the second shown */
  gtk_switch_set_active (GTK_SWITCH (vbd_by_type (vbd_by_name (dialog, "map-columns"), GTK_TYPE_SWITCH)), TRUE);
  g_assert_true (vb_ticket_import_dialog_is_reading (VB_TICKET_IMPORT_DIALOG (dialog)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (vbd_by_name (dialog, "map-created")), 0);   /* “Not in the export” */
  g_assert_true (vb_ticket_import_dialog_is_reading (VB_TICKET_IMPORT_DIALOG (dialog)));
  wait_read (dialog);
  /* no creation date: the importer's error, and no Import */
  g_assert_true (gtk_widget_is_visible (vbd_by_name (dialog, "error")));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (dialog, "import-button")));
  g_assert_null (vbd_find (dialog, vbd_match_visible_name, (gpointer) "preview-week"));
  g_assert_cmpint (results_on_disk (&pw), ==, 0);

  /* closed while it reads: the read's result goes nowhere */
  choose (dialog, "duration-unit", "Hours");
  gtk_window_destroy (GTK_WINDOW (dialog));
  vbd_iterate (300);
  g_assert_null (vbd_shown_toplevel (VB_TYPE_TICKET_IMPORT_DIALOG));
  g_assert_cmpint (results_on_disk (&pw), ==, 0);
  vbd_close (&pw);
}

/* A blank project: no SLA, no results; the empty state offers the import */
static void
test_empty (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Blank", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  g_assert_true (gtk_widget_get_visible (child_of (page, "empty_page")));
  g_assert_true (gtk_widget_get_visible (child_of (page, "no_sla_label")));
  g_assert_true (gtk_widget_is_sensitive (child_of (page, "empty_import_button")));
  g_assert_true (vb_stage_page_get_initial_focus (VB_STAGE_PAGE (page)) == child_of (page, "empty_import_button"));
  g_assert_nonnull (vbd_find_label (child_of (page, "reasons_box"), "No pilot is planned yet."));
  vbd_close (&pw);
}

/* The page is built again after the commits that touch what it shows,
 * and only after them: a vendor added leaves its groups as they are, a
 * result entered elsewhere shows at once */
static void
test_follows_its_tables (void)
{
  g_autofree char *path = fixture ("Follows", TRUE);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *group;
  g_autoptr(GError) error = NULL;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  group = group_of (page, sla_at (pw.project, 0));
  g_object_add_weak_pointer (G_OBJECT (group), (gpointer *) &group);
  g_assert_nonnull (vb_project_add_vendor (pw.project, &error));
  g_assert_no_error (error);
  vbd_iterate (30);
  g_assert_nonnull (group);
  g_assert_true (group == group_of (page, sla_at (pw.project, 0)));

  g_assert_nonnull (vb_project_enter_kpi_result (pw.project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-03-09",
                                                 70, NULL, 0, &error));
  g_assert_no_error (error);
  vbd_iterate (30);
  g_assert_null (group);
  g_assert_nonnull (vbd_find_label (group_of (page, sla_at (pw.project, 0)), "Week of 2026-03-09"));
  vbd_close (&pw);
}

/* A file that cannot be written to: shown, not changed */
static void
test_read_only (void)
{
  g_autofree char *path = fixture ("Locked", TRUE);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *row;
  VbKpiResult *result;

  g_assert_true (vbd_app_set_immutable (path, TRUE));
  vbd_open (&pw, app, path, 1200, 900);
  g_assert_true (vb_project_get_read_only (pw.project));
  page = vbd_show_stage (&pw, VB_STAGE_RESULTS);
  result = vb_project_find_kpi_result (pw.project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-03-02");
  g_assert_nonnull (result);
  row = week_row (page, sla_at (pw.project, 0), "2026-03-02");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (row, "results.remove",
                                                             vb_record_get_uuid (VB_RECORD (result)))));
  g_assert_false (gtk_widget_is_sensitive (child_of (page, "import_button")));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (page, "enter-result")));
  /* asked anyway, nothing changes */
  gtk_widget_activate_action (page, "results.remove", "s", vb_record_get_uuid (VB_RECORD (result)));
  vbd_iterate (30);
  g_assert_nonnull (vb_project_find_kpi_result (pw.project, "service-level", VB_CHANNEL_SCOPE_PHONE, "2026-03-02"));
  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, FALSE));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "results", &tmp_root);

  g_test_add_func ("/results/enter-week", test_enter_week);
  g_test_add_func ("/results/enter-refused", test_enter_refused);
  g_test_add_func ("/results/import-mapped", test_import_mapped);
  g_test_add_func ("/results/import-preset-and-bad", test_import_preset_and_bad);
  g_test_add_func ("/results/import-reads-in-background", test_import_reads_in_background);
  g_test_add_func ("/results/empty", test_empty);
  g_test_add_func ("/results/read-only", test_read_only);
  g_test_add_func ("/results/follows-its-tables", test_follows_its_tables);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
