/* test-pilot-page.c — the Pilot Plan page driven through its widgets
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Empty state → Plan the Pilot (the selected vendor by default); scope,
 * dates (an end before the start is refused, in words), the cadence in
 * words, a go / no-go criterion added, edited and removed; all of it read
 * back after closing and reopening the project.
 */

#include "config.h"

#include <adwaita.h>

#include "vb-field.h"
#include "vb-go-criterion.h"
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

int
main (int argc, char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "pilot-page", &tmp_root);
  g_test_add_func ("/pilot-page/plan", test_plan);
  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
