/* test-pricing.c — the Pricing & ROI page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture is made through core before the window opens: two finalists,
 * a phone forecast (1,000 calls every month, 300 s, 40 h a week, 80 % in
 * 20 s, shrinkage 30 %) and an email one (500 a month, 600 s); Acme's
 * quote prices all channels per contact at 2.00 with no one-time fees, a
 * 12-month term and no termination fee; Beta's prices phone per contact
 * at 1.50 and email at 2.50, its fees never asked; in-house 50,000 a year.
 * The tests type and click on the page and read the result back from the
 * file on disk and through a fresh open of it.
 *
 * Promises tested: a month's volume typed in the forecast reaches the file
 * and the staffing shown follows it, and undo takes it back (field too); a
 * rate typed in a quote line reaches the file and the comparison row shows
 * core's annual cost for it (18,000 contacts × 2.50 = 45,000), the same the
 * CLI prints; "No one-time fees" stores 0 in each fee (not empty: not
 * asked) and the warning goes; the ±20 % / ±10 % table shows core's cells;
 * the chart has the vendors and the in-house line in its accessible text;
 * the values survive closing and reopening the file; "Fill from Goals &
 * Scope" makes the forecast from the tasks to outsource; a read-only file
 * is shown, not changed.
 */

#define G_LOG_DOMAIN "vb-test-pricing"

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "vb-channel-forecast.h"
#include "vb-chart-view.h"
#include "vb-decision-model.h"
#include "vb-field.h"
#include "vb-forecast-editor.h"
#include "vb-format.h"
#include "vb-pricing-page.h"
#include "vb-project-settings.h"
#include "vb-quote-editor.h"
#include "vb-stage-page.h"
#include "vb-task.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

/* ------------------------------------------------------------ fixture */

static VbVendor *
finalist (VbProject  *p,
          const char *name)
{
  VbVendor *v = vb_project_add_vendor (p, NULL);

  OK (vb_vendor_set_name (v, name, error));
  OK (vb_vendor_set_status (v, VB_VENDOR_STATUS_FINALIST, NULL, error));
  return v;
}

static void
forecast (VbProject *p,
          VbChannel  channel,
          double     volume)
{
  VbChannelForecast *c = vb_project_add_channel_forecast (p, channel, NULL);

  g_assert_nonnull (c);
  for (guint m = 1; m <= 12; m++)
    OK (vb_channel_forecast_set_volume (c, m, volume, error));
  OK (vb_channel_forecast_set_aht_seconds (c, channel == VB_CHANNEL_PHONE ? 300 : 600, error));
  OK (vb_channel_forecast_set_open_hours_per_week (c, 40, error));
  if (channel == VB_CHANNEL_PHONE)
    {
      OK (vb_channel_forecast_set_service_level_pct (c, 80, error));
      OK (vb_channel_forecast_set_service_seconds (c, 20, error));
    }
  OK (vb_channel_forecast_set_shrinkage_pct (c, 30, error));
}

static char *
fixture (const char *name)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  char *path = vbd_make_project (folder, name, VB_PROJECT_TEMPLATE_BLANK);
  g_autoptr(GError) open_error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &open_error);
  VbVendorQuote *q;

  g_assert_no_error (open_error);
  forecast (p, VB_CHANNEL_PHONE, 1000);
  forecast (p, VB_CHANNEL_EMAIL, 500);
  q = vb_vendor_add_quote (finalist (p, "Acme"), NULL);
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 2, NULL));
  OK (vb_vendor_quote_set_no_fees (q, error));
  OK (vb_vendor_quote_set_term_months (q, 12, error));
  OK (vb_vendor_quote_set_termination_fee (q, 0, error));
  q = vb_vendor_add_quote (finalist (p, "Beta"), NULL);
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.5, NULL));
  g_assert_nonnull (vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2.5, NULL));
  OK (vb_vendor_quote_set_term_months (q, 24, error));
  {
    g_auto(GValue) cost = G_VALUE_INIT;

    g_value_init (&cost, G_TYPE_DOUBLE);
    g_value_set_double (&cost, 50000);
    OK (vb_record_set_property_value (VB_RECORD (vb_project_get_settings (p)), "inhouse-annual-cost", &cost, error));
  }
  vb_project_close (p);
  return path;
}

/* ------------------------------------------------------------ helpers */

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_PRICING_PAGE, name);

  if (w == NULL)
    g_error ("the pricing page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static void
show_view (GtkWidget  *page,
           const char *name)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (child_of (page, "stack")), name);
  vbd_iterate (50);
}

static VbVendor *
vendor_named (VbProject  *p,
              const char *name)
{
  GListModel *vendors = vb_project_get_vendors (p);

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);

      if (g_strcmp0 (vb_vendor_get_name (v), name) == 0)
        return v;   /* the project holds it */
    }
  g_error ("no vendor %s", name);
}

static const VbDecisionQuoteResult *
core_result (VbProject *p,
             VbVendor  *vendor)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (p);
  const VbDecisionResult *result = vb_decision_model_get_result (model);
  const VbDecisionInput *input = vb_decision_model_get_input (model);
  int v = vb_decision_model_find_vendor (model, vendor);

  for (guint q = 0; q < result->n_quotes; q++)
    if ((int) input->quotes[q].vendor == v && !result->quotes[q].ignored)
      return &result->quotes[q];
  g_error ("no priced quote of %s", vb_vendor_get_name (vendor));
}

/* The comparison table's row of @vendor */
static GtkWidget *
table_row (GtkWidget *page,
           VbVendor  *vendor)
{
  GtkWidget *list = child_of (page, "table_list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        g_error ("no row of %s in the cost table", vb_vendor_get_name (vendor));
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "vb-vendor"), vb_record_get_uuid (VB_RECORD (vendor))) == 0)
        return GTK_WIDGET (row);
    }
}

static char *
money (VbProject *p,
       double     value)
{
  return vb_format_money (value, vb_project_get_currency (p));
}

static double
disk_real (const char *path,
           const char *sql)
{
  g_autofree char *text = vbd_db_text (path, sql);

  return *text ? g_ascii_strtod (text, NULL) : NAN;
}

/* @vendor's "annual_cost" in `vendorbench-cli pricing FILE --json` */
static double
cli_annual_cost (const char *path,
                 const char *vendor)
{
  const char *cli = g_getenv ("VB_CLI");
  const char *argv[] = { cli, "pricing", path, "--json", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *vendors;
  int status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("VB_CLI is not set to the vendorbench-cli program (run the tests with meson test)");
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  vendors = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "vendors");
  for (guint i = 0; i < json_array_get_length (vendors); i++)
    {
      JsonObject *v = json_array_get_object_element (vendors, i);

      if (g_strcmp0 (json_object_get_string_member (v, "name"), vendor) == 0)
        return json_object_get_double_member (v, "annual_cost");
    }
  g_error ("the CLI prints no vendor %s", vendor);
}

#define PHONE_MARCH "SELECT m.volume FROM forecast_month m JOIN forecast_channel c ON m.channel_id = c.uuid " \
                    "WHERE c.channel = 'phone' AND m.month = 3"
#define ACME_RATE "SELECT l.rate FROM quote_line l JOIN quote q ON l.quote_id = q.uuid " \
                  "JOIN vendor v ON q.vendor_id = v.uuid WHERE v.name = 'Acme'"

/* ------------------------------------------------------------ tests */

static void
test_forecast_and_quote (void)
{
  g_autofree char *path = fixture ("Pricing");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *editor, *entry, *quotes, *section, *rate, *row, *chart;
  VbChannelForecast *phone;
  VbVendor *acme, *beta;
  const VbDecisionQuoteResult *q;
  g_autofree char *annual = NULL, *cell = NULL, *description = NULL, *in_house = NULL;
  /* as the user's locale writes them */
  g_autofree char *n1000 = vb_format_number (1000, 0), *n1200 = vb_format_number (1200, 0);

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_PRICING);
  g_assert_true (VB_IS_PRICING_PAGE (page));
  acme = vendor_named (pw.project, "Acme");
  beta = vendor_named (pw.project, "Beta");
  phone = vb_project_get_channel_forecast (pw.project, VB_CHANNEL_PHONE);

  /* a month's volume, typed in the forecast: in the file, and the staffing follows */
  show_view (page, "forecast");
  editor = vbd_by_type (page, VB_TYPE_FORECAST_EDITOR);
  entry = vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (editor), VB_CHANNEL_PHONE, 3);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, n1000);
  vbd_type_and_enter (entry, n1200);
  g_assert_cmpfloat (vb_channel_forecast_get_volume (phone, 3), ==, 1200);
  g_assert_cmpfloat (disk_real (pw.path, PHONE_MARCH), ==, 1200);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, n1200);
  /* bad input is refused in words, and the stored value comes back */
  vbd_type_and_enter (entry, "lots");
  g_assert_cmpfloat (disk_real (pw.path, PHONE_MARCH), ==, 1200);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, n1200);
  /* undo: the file and the field */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_cmpfloat (disk_real (pw.path, PHONE_MARCH), ==, 1000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, n1000);

  /* a rate typed in Acme's price line */
  show_view (page, "quotes");
  quotes = vbd_by_type (page, VB_TYPE_QUOTE_EDITOR);
  section = vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), acme);
  g_assert_nonnull (section);
  rate = vb_field_find (section, "rate");
  g_assert_nonnull (rate);
  {
    double before = disk_real (pw.path, ACME_RATE);

    vbd_type_and_enter (rate, "2.5");
    g_assert_cmpfloat (disk_real (pw.path, ACME_RATE), ==, 2.5);
    /* undone and redone: the file and the field follow */
    g_assert_cmpfloat (before, !=, 2.5);
    gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
    vbd_iterate (50);
    g_assert_true ((isnan (before) && isnan (disk_real (pw.path, ACME_RATE))) || disk_real (pw.path, ACME_RATE) == before);
    g_assert_false (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (vb_field_find (section, "rate"))), "2.5"));
    gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.redo", NULL);
    vbd_iterate (50);
    g_assert_cmpfloat (disk_real (pw.path, ACME_RATE), ==, 2.5);
    g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (vb_field_find (section, "rate"))), "2.5"));
  }

  /* the comparison shows core's annual cost: 18,000 contacts × 2.50 */
  show_view (page, "comparison");
  q = core_result (pw.project, acme);
  g_assert_cmpfloat_with_epsilon (q->price.annual_cost, 45000, 1e-6);
  annual = money (pw.project, q->price.annual_cost);
  row = table_row (page, acme);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (row, "annual-cost"))), ==, annual);
  /* and the whole term, the cost per contact, the first-year saving: core's too */
  {
    g_autofree char *term = money (pw.project, q->price.term_cost);
    g_autofree char *saving = money (pw.project, q->roi.first_year_saving);

    g_assert_true (q->has_roi);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (row, "term-cost"))), ==, term);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (row, "first-year-saving"))), ==, saving);
    /* in-house 50,000 − 45,000, no fees, no benefits or transition costs */
    g_assert_cmpfloat_with_epsilon (q->roi.first_year_saving, 5000, 1e-6);
  }
  /* the ±20 % / ±10 % table of the selected vendor: core's cells */
  gtk_list_box_select_row (GTK_LIST_BOX (child_of (page, "table_list")), GTK_LIST_BOX_ROW (row));
  vbd_iterate (20);
  for (guint r = 0; r < 3; r++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *name = g_strdup_printf ("sensitivity-%u-%u", r, c);

        g_clear_pointer (&cell, g_free);
        cell = money (pw.project, q->cost_table[r][c]);
        g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (child_of (page, "sensitivity_grid"), name))), ==,
                         cell);
      }
  /* volume +20 %: 54,000, whatever the handle time (a price per contact) */
  g_assert_cmpfloat_with_epsilon (q->cost_table[2][0], 45000 * 1.2, 1e-6);
  g_assert_cmpfloat_with_epsilon (q->cost_table[0][2], 45000 * 0.8, 1e-6);

  /* the chart: the vendors and the in-house line, in words for a screen reader */
  chart = vbd_by_name (page, "cost-chart");
  g_assert_nonnull (vb_chart_view_get_chart (VB_CHART_VIEW (chart)));
  description = vb_chart_describe (vb_chart_view_get_chart (VB_CHART_VIEW (chart)));
  in_house = money (pw.project, 50000);
  g_assert_nonnull (strstr (description, "Acme"));
  g_assert_nonnull (strstr (description, "In-house"));
  g_assert_nonnull (strstr (description, annual));
  g_assert_nonnull (strstr (description, in_house));
  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* "No one-time fees" on Beta's quote: stored as none (0), not as not asked (empty) */
  g_assert_cmpint (vb_vendor_quote_get_fees_state (vb_vendor_get_quote (beta)), ==, VB_FEES_NOT_ASKED);
  show_view (page, "quotes");
  section = vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), beta);
  vb_quote_editor_focus_field (VB_QUOTE_EDITOR (quotes), vb_vendor_get_quote (beta), "setup-fee");
  vbd_iterate (30);
  /* what is missing to price it: core's words, under the quote */
  {
    const VbDecisionQuoteResult *bq = core_result (pw.project, beta);
    const char *missing = adw_action_row_get_subtitle (ADW_ACTION_ROW (vbd_by_name (section, "missing")));

    g_assert_false (bq->complete);
    g_assert_cmpuint (bq->price.gaps->len, >, 0);
    for (guint g = 0; g < bq->price.gaps->len; g++)
      {
        g_autofree char *escaped = g_markup_escape_text (((VbPriceGap *) g_ptr_array_index (bq->price.gaps, g))->message, -1);

        g_assert_nonnull (strstr (missing, escaped));
      }
    g_assert_nonnull (strstr (missing, "one-time fees"));
  }
  vbd_click (vbd_by_name (section, "no-fees"));
  g_assert_cmpint (vb_vendor_quote_get_fees_state (vb_vendor_get_quote (beta)), ==, VB_FEES_NONE);
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (vbd_by_name (section, "missing"))),
                         "one-time fees"));
  /* Add Price Line: a line for the first channel not priced yet, its rate still to give */
  vbd_click (vbd_by_name (section, "add-line"));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote_line l JOIN quote q ON l.quote_id = q.uuid "
                                        "JOIN vendor v ON q.vendor_id = v.uuid WHERE v.name = 'Beta'"), ==, 3);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote_line l JOIN quote q ON l.quote_id = q.uuid "
                                        "JOIN vendor v ON q.vendor_id = v.uuid WHERE v.name = 'Beta' "
                                        "AND l.channel = '' AND l.rate IS NULL"), ==, 1);
  g_assert_false (core_result (pw.project, beta)->complete);
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote_line l JOIN quote q ON l.quote_id = q.uuid "
                                        "JOIN vendor v ON q.vendor_id = v.uuid WHERE v.name = 'Beta'"), ==, 2);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote q JOIN vendor v ON q.vendor_id = v.uuid "
                                        "WHERE v.name = 'Beta' AND setup_fee = 0 AND training_per_agent = 0 "
                                        "AND integration_fee = 0"), ==, 1);

  /* closed and opened again: what was typed is in the file */
  vbd_close (&pw);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    VbVendorQuote *beta_quote;
    g_autoptr(VbVendorQuoteLine) line = NULL;

    g_assert_no_error (error);
    phone = vb_project_get_channel_forecast (p, VB_CHANNEL_PHONE);
    g_assert_cmpfloat (vb_channel_forecast_get_volume (phone, 3), ==, 1000);
    line = g_list_model_get_item (vb_vendor_quote_get_lines (vb_vendor_get_quote (vendor_named (p, "Acme"))), 0);
    g_assert_cmpfloat (vb_vendor_quote_line_get_rate (line), ==, 2.5);
    beta_quote = vb_vendor_get_quote (vendor_named (p, "Beta"));
    g_assert_cmpint (vb_vendor_quote_get_fees_state (beta_quote), ==, VB_FEES_NONE);
    g_assert_cmpfloat_with_epsilon (core_result (p, vendor_named (p, "Acme"))->price.annual_cost, 45000, 1e-6);
    vb_project_close (p);
  }
  /* and the command line prints the figure the page showed */
  g_assert_cmpfloat_with_epsilon (cli_annual_cost (path, "Acme"), 45000, 1e-6);
}

/* The staffing shown under a channel is core's */
static void
test_staffing_shown (void)
{
  g_autofree char *path = fixture ("Staffing");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;
  const VbDecisionResult *result;
  g_autofree char *fte = NULL, *mean = NULL, *max = NULL;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_PRICING);
  show_view (page, "forecast");
  result = vb_decision_model_get_result (vb_decision_model_get_for_project (pw.project));
  g_assert_cmpuint (result->n_channels, ==, 2);
  g_assert_true (result->staffed[0]);
  mean = vb_format_number (result->staffing[0].fte, 1);
  max = vb_format_number (result->staffing[0].max_fte, 1);
  fte = g_strdup_printf ("%s on average, %s in the busiest month", mean, max);
  g_assert_nonnull (vbd_find_label (page, fte));
  g_assert_nonnull (vbd_find_label (page, "Erlang C"));

  /* the interval length is the forecast's: written to every channel, in one edit */
  {
    GtkWidget *interval = vb_field_find (vbd_by_type (page, VB_TYPE_FORECAST_EDITOR), "interval-minutes");

    g_assert_nonnull (interval);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (interval)), ==, "30");
    vbd_type_and_enter (interval, "15");
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel WHERE interval_minutes = 15"), ==, 2);
    /* too short: refused in words, nothing changed */
    vbd_type_and_enter (interval, "2");
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel WHERE interval_minutes = 15"), ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (interval)), ==, "15");
    gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel WHERE interval_minutes = 30"), ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (interval)), ==, "30");
  }

  /* email answered live instead: stored, and its section asks for the live target */
  {
    GtkWidget *editor = vbd_by_type (page, VB_TYPE_FORECAST_EDITOR);
    GtkWidget *email = gtk_widget_get_ancestor (vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (editor),
                                                                                    VB_CHANNEL_EMAIL, 1),
                                                ADW_TYPE_PREFERENCES_GROUP);
    GtkWidget *sw;

    g_assert_null (vb_field_find (email, "service-seconds"));
    g_assert_nonnull (vb_field_find (email, "response-hours"));
    sw = vbd_by_type (vb_field_find (email, "live"), GTK_TYPE_SWITCH);
    g_assert_true (gtk_widget_is_sensitive (sw));
    gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT live FROM forecast_channel WHERE channel = 'email'"), ==, 1);
    email = gtk_widget_get_ancestor (vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (editor),
                                                                         VB_CHANNEL_EMAIL, 1),
                                     ADW_TYPE_PREFERENCES_GROUP);
    g_assert_nonnull (vb_field_find (email, "service-seconds"));
    g_assert_null (vb_field_find (email, "response-hours"));
  }
  vbd_close (&pw);
}

/* "Fill from Goals & Scope": the forecast from the tasks to outsource */
static void
test_prefill (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Prefill", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;

  {
    g_autoptr(GError) open_error = NULL;
    g_autoptr(VbProject) p = vb_project_open (path, &open_error);
    VbTask *t = vb_project_add_task (p, NULL);

    g_assert_no_error (open_error);
    OK (vb_task_set_name (t, "Order emails", error));
    OK (vb_task_set_channel (t, VB_CHANNEL_EMAIL, error));
    OK (vb_task_set_monthly_volume (t, 800, error));
    OK (vb_task_set_handle_minutes (t, 6, error));
    OK (vb_task_set_decision (t, VB_SOURCING_OUTSOURCE, error));
    vb_project_close (p);
  }
  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_PRICING);
  /* an empty forecast opens on the forecast, and says what to do */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (child_of (page, "stack"))), ==, "forecast");
  g_assert_nonnull (vbd_find_label (page, "No forecast yet"));
  vbd_click (vbd_action_button (page, "forecast.prefill", NULL));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_month m JOIN forecast_channel c "
                                        "ON m.channel_id = c.uuid WHERE c.channel = 'email' AND m.volume = 800"), ==, 12);
  g_assert_cmpfloat (disk_real (pw.path, "SELECT aht_seconds FROM forecast_channel"), ==, 360);
  g_assert_nonnull (vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (vbd_by_type (page, VB_TYPE_FORECAST_EDITOR)),
                                                        VB_CHANNEL_EMAIL, 12));
  /* a channel added from the Add Channel menu, and removed from its section (undone from the toast) */
  {
    GtkWidget *editor = vbd_by_type (page, VB_TYPE_FORECAST_EDITOR);
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (vbd_by_name (editor, "add-channel")));
    g_autoptr(GVariant) target = NULL;
    GtkWidget *toast;
    int chat = -1;

    /* the menu offers the channels not in the forecast yet: chat, not email */
    for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
      {
        g_autoptr(GVariant) t = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);

        g_assert_cmpint (g_variant_get_int32 (t), !=, VB_CHANNEL_EMAIL);
        if (g_variant_get_int32 (t) == VB_CHANNEL_CHAT)
          chat = i;
      }
    g_assert_cmpint (chat, >=, 0);
    target = g_menu_model_get_item_attribute_value (menu, chat, G_MENU_ATTRIBUTE_TARGET, NULL);
    gtk_widget_activate_action_variant (editor, "forecast.add-channel", target);
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel WHERE channel = 'chat' AND live = 1"),
                     ==, 1);
    vbd_type_and_enter (vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (editor), VB_CHANNEL_CHAT, 1), "40");
    g_assert_cmpfloat (disk_real (pw.path, "SELECT m.volume FROM forecast_month m JOIN forecast_channel c "
                                           "ON m.channel_id = c.uuid WHERE c.channel = 'chat'"), ==, 40);
    vbd_click (vbd_action_button (editor, "forecast.remove-channel",
                                  vb_record_get_uuid (VB_RECORD (vb_project_get_channel_forecast (pw.project,
                                                                                                  VB_CHANNEL_CHAT)))));
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel WHERE channel = 'chat'"), ==, 0);
    g_assert_null (vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (editor), VB_CHANNEL_CHAT, 1));
    toast = vbd_wait_toast (&pw, "Removed", 2000);
    g_assert_nonnull (toast);
    vbd_click (vbd_toast_button (toast));
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_month m JOIN forecast_channel c "
                                          "ON m.channel_id = c.uuid WHERE c.channel = 'chat' AND m.volume = 40"), ==, 1);
    g_assert_nonnull (vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (editor), VB_CHANNEL_CHAT, 1));
    /* back before the chat channel */
    gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
    vbd_iterate (50);
    gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel WHERE channel = 'chat'"), ==, 0);
  }
  /* the prefill is one undo step */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM forecast_channel"), ==, 0);
  g_assert_nonnull (vbd_find_label (page, "No forecast yet"));
  vbd_close (&pw);
}

/* The savings: the in-house cost and a benefit typed on the comparison,
 * the first-year saving shown is core's. Acme: 18,000 × 2.00 = 36,000 a
 * year; 50,000 − 36,000 + 10,000 = 24,000; with a transition cost of
 * 4,000: 20,000; in-house 60,000: 30,000. */
static void
test_roi (void)
{
  g_autofree char *path = fixture ("Savings");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *row, *field, *toast;
  VbVendor *acme;
  g_autofree char *s20 = NULL, *s30 = NULL, *n60 = vb_format_number (60000, 0);

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_PRICING);
  show_view (page, "comparison");
  acme = vendor_named (pw.project, "Acme");
  g_assert_nonnull (vbd_find_label (page, "as entered above"));

  vbd_click (vbd_action_button (page, "pricing.add-benefit", NULL));
  list = child_of (page, "benefits_list");
  row = vbd_last_row (list);
  field = vb_field_find (row, "description");
  g_assert_nonnull (field);
  vbd_type_and_enter (field, "Fewer customers lost");
  vbd_type_and_enter (vb_field_find (row, "annual-amount"), "10000");
  {
    g_autofree char *description = vbd_db_text (pw.path, "SELECT description FROM roi_benefit");

    g_assert_cmpstr (description, ==, "Fewer customers lost");
  }
  g_assert_cmpfloat (disk_real (pw.path, "SELECT annual_amount FROM roi_benefit"), ==, 10000);
  g_assert_cmpfloat_with_epsilon (core_result (pw.project, acme)->roi.first_year_saving, 24000, 1e-6);
  s20 = money (pw.project, 24000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (table_row (page, acme), "first-year-saving"))), ==, s20);

  /* a transition cost counts in full in the first year: 24,000 − 4,000 */
  vbd_click (vbd_action_button (page, "pricing.add-cost", NULL));
  row = vbd_last_row (child_of (page, "costs_list"));
  vbd_type_and_enter (vb_field_find (row, "description"), "Our time to hand over");
  vbd_type_and_enter (vb_field_find (row, "amount"), "4000");
  g_assert_cmpfloat (disk_real (pw.path, "SELECT amount FROM transition_cost"), ==, 4000);
  g_assert_cmpfloat_with_epsilon (core_result (pw.project, acme)->roi.first_year_saving, 20000, 1e-6);
  g_clear_pointer (&s20, g_free);
  s20 = money (pw.project, 20000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (table_row (page, acme), "first-year-saving"))), ==, s20);

  /* the in-house cost, typed */
  vbd_type_and_enter (vb_field_find (child_of (page, "inhouse_group"), "inhouse-annual-cost"), n60);
  g_assert_cmpfloat (disk_real (pw.path, "SELECT inhouse_annual_cost FROM project"), ==, 60000);
  s30 = money (pw.project, 30000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (table_row (page, acme), "first-year-saving"))), ==, s30);

  /* removing the benefit is undone from its toast */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (vbd_last_row (list)), TRUE);
  vbd_iterate (30);
  vbd_click (vbd_action_button (list, "pricing.remove-benefit", NULL));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM roi_benefit"), ==, 0);
  toast = vbd_wait_toast (&pw, "Removed the benefit", 2000);
  g_assert_nonnull (toast);
  vbd_click (vbd_toast_button (toast));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM roi_benefit"), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (table_row (page, acme), "first-year-saving"))), ==, s30);
  vbd_close (&pw);
}

/* The footer's fixes: a finalist without a quote gets one, with the
 * keyboard in it; fees never asked open the quote's fees */
static void
test_findings (void)
{
  g_autofree char *path = fixture ("Findings");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *footer, *quotes;
  g_autofree char *target = NULL, *fees_target = NULL;
  VbVendor *cato;

  {
    g_autoptr(GError) open_error = NULL;
    g_autoptr(VbProject) p = vb_project_open (path, &open_error);

    g_assert_no_error (open_error);
    finalist (p, "Cato");
    vb_project_close (p);
  }
  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_PRICING);
  cato = vendor_named (pw.project, "Cato");
  footer = child_of (page, "footer_box");
  target = g_strconcat ("pricing.finalist-without-quote", VB_FINDING_TARGET_SEPARATOR,
                        vb_record_get_uuid (VB_RECORD (cato)), NULL);
  vbd_click (vbd_action_button (footer, "win.show-finding", target));
  vbd_iterate (50);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (child_of (page, "stack"))), ==, "quotes");
  g_assert_nonnull (vb_vendor_get_quote (cato));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote q JOIN vendor v ON q.vendor_id = v.uuid "
                                        "WHERE v.name = 'Cato'"), ==, 1);
  quotes = vbd_by_type (page, VB_TYPE_QUOTE_EDITOR);
  vbd_assert_focus_in (GTK_WINDOW (pw.window),
                       vb_field_find (vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), cato), "currency"));

  /* Beta's fees, never asked: its setup fee, its fold opened */
  fees_target = g_strconcat ("pricing.fees-not-asked", VB_FINDING_TARGET_SEPARATOR,
                             vb_record_get_uuid (VB_RECORD (vb_vendor_get_quote (vendor_named (pw.project, "Beta")))),
                             NULL);
  vbd_click (vbd_action_button (child_of (page, "footer_box"), "win.show-finding", fees_target));
  vbd_iterate (50);
  vbd_assert_focus_in (GTK_WINDOW (pw.window),
                       vb_field_find (vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes),
                                                                   vendor_named (pw.project, "Beta")), "setup-fee"));

  /* Beta's phone line priced per minute instead: stored, and the line asks whether after-call work is billed */
  {
    VbVendor *beta = vendor_named (pw.project, "Beta");
    GtkWidget *section = vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), beta);
    GtkWidget *model = vb_field_find (section, "model");
    int index = -1;

    g_assert_null (vb_field_find (section, "acw-billed"));
    for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_QUOTE_MODEL); i++)
      if (vb_enum_get_value (VB_TYPE_QUOTE_MODEL, i) == VB_QUOTE_MODEL_PER_MINUTE)
        index = (int) i;
    g_assert_cmpint (index, >=, 0);
    adw_combo_row_set_selected (ADW_COMBO_ROW (model), (guint) index);
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote_line l JOIN quote q ON l.quote_id = q.uuid "
                                          "JOIN vendor v ON q.vendor_id = v.uuid WHERE v.name = 'Beta' "
                                          "AND l.model = 'per-minute'"), ==, 1);
    section = vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), beta);
    g_assert_nonnull (vb_field_find (section, "acw-billed"));

    /* … then per outcome: it cannot be priced until the share of calls
     * that end in one is typed, and then it is */
    for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_QUOTE_MODEL); i++)
      if (vb_enum_get_value (VB_TYPE_QUOTE_MODEL, i) == VB_QUOTE_MODEL_OUTCOME)
        index = (int) i;
    g_assert_null (vb_field_find (section, "outcome-pct"));
    adw_combo_row_set_selected (ADW_COMBO_ROW (vb_field_find (section, "model")), (guint) index);
    vbd_iterate (50);
    section = vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), beta);
    g_assert_nonnull (vb_field_find (section, "outcome-pct"));
    g_assert_true (isnan (core_result (pw.project, beta)->price.annual_cost));
    vbd_type_and_enter (vb_field_find (section, "outcome-pct"), "12");
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM quote_line l JOIN quote q ON l.quote_id = q.uuid "
                                          "JOIN vendor v ON q.vendor_id = v.uuid WHERE v.name = 'Beta' "
                                          "AND l.model = 'outcome' AND l.outcome_pct = 12"), ==, 1);
    g_assert_false (isnan (core_result (pw.project, beta)->price.annual_cost));
  }
  vbd_close (&pw);
}

/* A file that cannot be written to: shown, not changed */
static void
test_read_only (void)
{
  g_autofree char *path = fixture ("Locked");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *entry, *quotes, *section;

  g_assert_true (vbd_app_set_immutable (path, TRUE));
  vbd_open (&pw, app, path, 1200, 900);
  g_assert_true (vb_project_get_read_only (pw.project));
  page = vbd_show_stage (&pw, VB_STAGE_PRICING);
  show_view (page, "forecast");
  entry = vb_forecast_editor_get_month_entry (VB_FORECAST_EDITOR (vbd_by_type (page, VB_TYPE_FORECAST_EDITOR)),
                                              VB_CHANNEL_PHONE, 1);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (entry)));
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (page, "forecast.remove-channel", NULL)));
  show_view (page, "quotes");
  quotes = vbd_by_type (page, VB_TYPE_QUOTE_EDITOR);
  section = vb_quote_editor_get_section (VB_QUOTE_EDITOR (quotes), vendor_named (pw.project, "Beta"));
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (section, "quote.add-line", NULL)));
  show_view (page, "comparison");
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (page, "pricing.add-benefit", NULL)));
  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, FALSE));
  g_assert_cmpfloat (disk_real (path, PHONE_MARCH), ==, 1000);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "pricing", &tmp_root);

  g_test_add_func ("/pricing/forecast-and-quote", test_forecast_and_quote);
  g_test_add_func ("/pricing/staffing", test_staffing_shown);
  g_test_add_func ("/pricing/prefill", test_prefill);
  g_test_add_func ("/pricing/savings", test_roi);
  g_test_add_func ("/pricing/findings", test_findings);
  g_test_add_func ("/pricing/read-only", test_read_only);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
