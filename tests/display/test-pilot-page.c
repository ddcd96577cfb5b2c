/* test-pilot-page.c — the Pilot Plan page driven through its widgets
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Empty state → Plan the Pilot (the selected vendor by default); scope,
 * dates (an end before the start is refused, in words), the cadence in
 * words, a go / no-go criterion added, edited and removed; all of it read
 * back after closing and reopening the project. A criterion measured by
 * an SLA says the SLA's latest week in words and follows new results; a
 * condition has its own result; the SLAs and vendors offered follow the
 * project.
 */

#include "config.h"

#include <adwaita.h>

#include "vb-field.h"
#include "vb-go-criterion.h"
#include "vb-kpi-result.h"
#include "vb-sla.h"
#include "vb-pilot.h"
#include "vb-pilot-page.h"
#include "vb-stage-page.h"
#include "vb-vendor.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

static GtkWidget *
child_of (GtkWidget *page, const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, G_OBJECT_TYPE (page), name);

  g_assert_nonnull (w);
  return GTK_WIDGET (w);
}

static void
test_plan (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Pilot", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  g_autoptr(GError) error = NULL;
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *field;
  VbVendor *vendor;
  VbPilot *pilot;
  VbGoCriterion *criterion;

  vbd_open (&pw, app, path, 1200, 800);
  vendor = vb_project_add_vendor (pw.project, &error);
  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (vendor, "Acme Support", &error));
  g_assert_true (vb_vendor_set_status (vendor, VB_VENDOR_STATUS_SELECTED, NULL, &error));
  g_assert_no_error (error);
  vbd_iterate (30);

  page = vbd_show_stage (&pw, VB_STAGE_PILOT);
  g_assert_true (gtk_widget_get_visible (child_of (page, "empty_page")));
  g_assert_false (gtk_widget_get_visible (child_of (page, "plan_box")));
  vbd_click (child_of (page, "plan_button"));
  vbd_iterate (30);
  pilot = vb_project_get_pilot (pw.project);
  g_assert_nonnull (pilot);
  g_assert_true (vb_pilot_get_vendor (pilot) == vendor);
  g_assert_false (gtk_widget_get_visible (child_of (page, "empty_page")));

  vbd_type_and_enter (vb_field_find (page, "region"), "Spain");
  vbd_type_and_enter (vb_field_find (page, "product-line"), "Dental chairs");
  vbd_type_and_enter (vb_field_find (page, "volume-share-pct"), "20");
  vbd_type_and_enter (vb_field_find (page, "team-ours"), "Ana Ruiz, support lead");
  vbd_type_and_enter (vb_field_find (page, "team-vendor"), "Tom Berg, account manager");
  vbd_type_and_enter (vb_field_find (page, "exit-notes"), "30 days notice");
  vbd_type_and_enter (vb_field_find (page, "reporting"), "Weekly SLA report");
  g_assert_cmpstr (vb_pilot_get_region (pilot), ==, "Spain");
  g_assert_cmpfloat (vb_pilot_get_volume_share (pilot), ==, 20);

  /* dates: an end before the start is refused and said in words */
  vbd_type_and_enter (vb_field_find (page, "start-date"), "2026-03-02");
  vbd_type_and_enter (vb_field_find (page, "end-date"), "2026-02-01");
  g_assert_cmpstr (vb_pilot_get_end_date (pilot), ==, "");
  vbd_type_and_enter (vb_field_find (page, "end-date"), "2026-04-30");
  g_assert_cmpstr (vb_pilot_get_end_date (pilot), ==, "2026-04-30");
  g_assert_nonnull (vbd_find_label (page, "The pilot runs from 2026-03-02 to 2026-04-30."));

  /* the cadence in words */
  g_assert_true (vb_pilot_set_checkin_cadence (pilot, 1, 1, "10:00", 30, &error));
  g_assert_no_error (error);
  vbd_iterate (30);
  g_assert_nonnull (vbd_find_label (page, "Every Monday at 10:00"));
  vbd_type_and_enter (vb_field_find (page, "checkin-every-weeks"), "2");
  g_assert_nonnull (vbd_find_label (page, "Every 2 weeks on Monday at 10:00"));

  /* criteria: add, edit, remove */
  vbd_click (vbd_action_button (page, "pilot.add-criterion", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (vb_pilot_get_criteria (pilot)), ==, 1);
  field = vb_field_find (page, "condition");
  vbd_type_and_enter (field, "No lost tickets");
  vbd_click (vbd_action_button (page, "pilot.add-criterion", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (vb_pilot_get_criteria (pilot)), ==, 2);
  criterion = g_list_model_get_item (vb_pilot_get_criteria (pilot), 1);
  {
    g_autoptr(GVariant) target = g_variant_new_string (vb_record_get_uuid (VB_RECORD (criterion)));
    g_object_unref (criterion);
    gtk_widget_activate_action_variant (page, "pilot.remove-criterion", target);
  }
  vbd_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (vb_pilot_get_criteria (pilot)), ==, 1);
  vbd_close (&pw);

  /* everything after reopening */
  vbd_open (&pw, app, path, 1200, 800);
  pilot = vb_project_get_pilot (pw.project);
  g_assert_nonnull (pilot);
  g_assert_cmpstr (vb_vendor_get_name (vb_pilot_get_vendor (pilot)), ==, "Acme Support");
  g_assert_cmpstr (vb_pilot_get_product_line (pilot), ==, "Dental chairs");
  g_assert_cmpstr (vb_pilot_get_team_ours (pilot), ==, "Ana Ruiz, support lead");
  g_assert_cmpstr (vb_pilot_get_team_vendor (pilot), ==, "Tom Berg, account manager");
  g_assert_cmpstr (vb_pilot_get_exit_notes (pilot), ==, "30 days notice");
  g_assert_cmpstr (vb_pilot_get_reporting (pilot), ==, "Weekly SLA report");
  g_assert_cmpstr (vb_pilot_get_start_date (pilot), ==, "2026-03-02");
  g_assert_cmpstr (vb_pilot_get_end_date (pilot), ==, "2026-04-30");
  g_assert_cmpint (vb_pilot_get_checkin_every_weeks (pilot), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vb_pilot_get_criteria (pilot)), ==, 1);
  criterion = g_list_model_get_item (vb_pilot_get_criteria (pilot), 0);
  g_assert_cmpstr (vb_go_criterion_get_condition (criterion), ==, "No lost tickets");
  g_object_unref (criterion);
  page = vbd_show_stage (&pw, VB_STAGE_PILOT);
  g_assert_nonnull (vbd_find_label (page, "Every 2 weeks on Monday at 10:00"));
  vbd_close (&pw);
}

static gboolean
match_combo_titled (GtkWidget    *w,
                    gconstpointer title)
{
  return ADW_IS_COMBO_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0;
}

/* The criterion's row of @page (one criterion) */
static GtkWidget *
criterion_row (GtkWidget *page)
{
  GtkWidget *measure = vbd_by_name (page, "criterion-measure");

  g_assert_nonnull (measure);
  return gtk_widget_get_ancestor (measure, ADW_TYPE_EXPANDER_ROW);
}

static void
assert_row_says (GtkWidget  *row,
                 const char *title,
                 const char *subtitle)
{
  g_autofree char *want = g_strdup_printf ("Criterion: %s. %s", title, subtitle);
  g_autofree char *wrong = NULL;

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, subtitle);
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, want);
  if (wrong)
    g_error ("the criterion is named “%s”, not “%s”", wrong, want);
}

/* A criterion tied to an SLA says whether the SLA holds in its latest
 * week; a condition has a result of its own; the SLAs and vendors offered
 * follow the project */
static void
test_criteria (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Criteria", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  g_autoptr(GError) error = NULL;
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *row, *measure, *result;
  VbGoCriterion *criterion;
  VbKpiResult *week;
  VbPilot *pilot;
  VbSla *sla;
  guint index = 0, n_slas;

  vbd_open (&pw, app, path, 1200, 800);
  sla = vb_project_add_sla (pw.project, "csat", &error);
  g_assert_no_error (error);
  g_assert_true (vb_sla_set_channel (sla, VB_CHANNEL_SCOPE_SMS, &error));
  g_assert_true (vb_sla_set_levels (sla, 85, 80, &error));
  week = vb_project_add_kpi_result (pw.project, "csat", VB_CHANNEL_SCOPE_SMS, "2026-03-02", &error);
  g_assert_no_error (error);
  g_assert_true (vb_kpi_result_set_value (week, 90, &error));
  week = vb_project_add_kpi_result (pw.project, "csat", VB_CHANNEL_SCOPE_SMS, "2026-03-09", &error);
  g_assert_no_error (error);
  g_assert_true (vb_kpi_result_set_value (week, 82, &error));
  pilot = vb_project_add_pilot (pw.project, &error);
  g_assert_no_error (error);
  n_slas = g_list_model_get_n_items (vb_project_get_slas (pw.project));
  for (guint i = 0; i < n_slas; i++)
    {
      g_autoptr(VbSla) each = g_list_model_get_item (vb_project_get_slas (pw.project), i);

      if (each == sla)
        index = i + 1;
    }
  g_assert_cmpuint (index, >, 0);
  vbd_iterate (30);

  page = vbd_show_stage (&pw, VB_STAGE_PILOT);
  vbd_click (vbd_action_button (page, "pilot.add-criterion", NULL));
  row = criterion_row (page);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  assert_row_says (row, "A condition not written down yet", "Not judged yet");
  measure = vbd_by_name (row, "criterion-measure");
  result = vbd_by_name (row, "criterion-result");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (measure))), ==, n_slas + 1);

  /* measured by the SLA: stored, the condition's fields gone, the SLA's
   * latest week in words */
  adw_combo_row_set_selected (ADW_COMBO_ROW (measure), index);
  vbd_iterate (30);
  criterion = g_list_model_get_item (vb_pilot_get_criteria (pilot), 0);
  g_object_unref (criterion);
  g_assert_true (vb_go_criterion_get_sla (criterion) == sla);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM pilot_criterion WHERE sla_id IS NOT NULL"), ==, 1);
  row = criterion_row (page);
  assert_row_says (row, "SLA: Customer satisfaction (CSAT), SMS",
                   "Met when the SLA is met · latest week: At risk (week of 2026-03-09)");
  g_assert_false (gtk_widget_get_visible (vb_field_find (row, "condition")));
  g_assert_false (gtk_widget_get_visible (vbd_by_name (row, "criterion-result")));

  /* a better week: the row follows */
  week = vb_project_add_kpi_result (pw.project, "csat", VB_CHANNEL_SCOPE_SMS, "2026-03-16", &error);
  g_assert_no_error (error);
  g_assert_true (vb_kpi_result_set_value (week, 88, &error));
  vbd_iterate (30);
  assert_row_says (criterion_row (page), "SLA: Customer satisfaction (CSAT), SMS",
                   "Met when the SLA is met · latest week: Met (week of 2026-03-16)");

  /* back to a condition, written and judged */
  row = criterion_row (page);
  adw_combo_row_set_selected (ADW_COMBO_ROW (vbd_by_name (row, "criterion-measure")), 0);
  vbd_iterate (30);
  g_assert_null (vb_go_criterion_get_sla (criterion));
  row = criterion_row (page);
  g_assert_true (gtk_widget_get_visible (vb_field_find (row, "condition")));
  vbd_type_and_enter (vb_field_find (row, "condition"), "No lost tickets");
  result = vbd_by_name (row, "criterion-result");
  adw_combo_row_set_selected (ADW_COMBO_ROW (result), VB_MET_STATE_MET);
  vbd_iterate (30);
  g_assert_cmpint (vb_go_criterion_get_met (criterion), ==, VB_MET_STATE_MET);
  assert_row_says (criterion_row (page), "No lost tickets", "Met");

  /* an SLA added elsewhere is offered at once; so is a vendor */
  g_assert_nonnull (vb_project_add_sla (pw.project, "asa", &error));
  g_assert_no_error (error);
  {
    VbVendor *vendor = vb_project_add_vendor (pw.project, &error);

    g_assert_no_error (error);
    g_assert_true (vb_vendor_set_name (vendor, "Late Arrival Ltd", &error));
  }
  vbd_iterate (30);
  measure = vbd_by_name (criterion_row (page), "criterion-measure");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (measure))), ==, n_slas + 2);
  {
    GListModel *vendors = adw_combo_row_get_model (ADW_COMBO_ROW (vbd_find (page, match_combo_titled, "Vendor")));
    guint n = g_list_model_get_n_items (vendors);

    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (vendors), n - 1), ==, "Late Arrival Ltd");
  }
  vbd_close (&pw);
}

int
main (int argc, char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "pilot-page", &tmp_root);
  g_test_add_func ("/pilot-page/plan", test_plan);
  g_test_add_func ("/pilot-page/criteria", test_criteria);
  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
