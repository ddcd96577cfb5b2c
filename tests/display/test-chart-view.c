/* test-chart-view.c — a chart in the window: drawn, sized, named for a screen reader
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A VbChartView in a window: it comes on screen and draws the chart (the
 * widget is rendered to pixels and the bars' colour is found, the dark
 * accent once the style manager turns dark); it is an image whose label is
 * the title and whose description is the chart in words, both following
 * set_chart; it asks for the height every label needs.
 */
#define G_LOG_DOMAIN "test-chart-view"

#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "vb-application.h"
#include "vb-chart-view.h"
#include "vb-display-app.h"
#include "vb-display-util.h"

static VbApplication *app;
static char *tmp_root;

static VbChart *
cost_chart (void)
{
  VbChart *chart = vb_chart_new (VB_CHART_KIND_BARS, "Annual cost per vendor");
  double acme = 120000, bright = 180000;

  vb_chart_set_unit (chart, VB_CHART_UNIT_MONEY, "EUR");
  g_assert_true (vb_chart_add_bar (chart, "Acme", &acme, 1, VB_CHART_MARK_NONE, NULL));
  g_assert_true (vb_chart_add_bar (chart, "Brightdesk", &bright, 1, VB_CHART_MARK_NONE, NULL));
  g_assert_true (vb_chart_set_reference (chart, "In-house", 150000, NULL));
  return chart;
}

/* how many pixels of the widget, rendered, are @color; with
 * VB_CHART_PNG_DIR set, the rendering is saved there as @name.png */
static guint
count_pixels (GtkWidget          *widget,
              const VbChartColor *color,
              const char         *name)
{
  const char *dir = g_getenv ("VB_CHART_PNG_DIR");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  const guint8 *data;
  guint count = 0;
  int stride;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (dir != NULL && name != NULL)
    {
      g_autofree char *file = g_strdup_printf ("%s/%s.png", dir, name);
      g_assert_cmpint (cairo_surface_write_to_png (surface, file), ==, CAIRO_STATUS_SUCCESS);
    }
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + x * 4);
        if (abs ((int) ((px >> 16) & 0xff) - (int) (color->red * 255)) < 8
            && abs ((int) ((px >> 8) & 0xff) - (int) (color->green * 255)) < 8
            && abs ((int) (px & 0xff) - (int) (color->blue * 255)) < 8)
          count++;
      }
  cairo_surface_destroy (surface);
  return count;
}

static void
test_draws_and_speaks (void)
{
  g_autoptr(VbChart) chart = cost_chart ();
  g_autoptr(VbChart) empty = vb_chart_new (VB_CHART_KIND_TREND, "Service level, chat");
  g_autofree char *description = vb_chart_describe (chart);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = vb_chart_view_new (chart);
  guint light, dark;

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 400);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  vbd_wait_drawable (view);
  vbd_iterate (100);

  /* an image, named by its title, described in words */
  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Annual cost per vendor");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_nonnull (strstr (description, "In-house"));

  /* the bars are drawn in the light accent (#3584e4), then the dark one */
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  vbd_iterate (100);
  light = count_pixels (view, &vb_chart_style_get (VB_CHART_STYLE_LIGHT)->accent, "widget-light");
  g_assert_cmpuint (light, >, 1000);
  /* (an antialiased edge of a light bar may blend into the dark accent) */
  g_assert_cmpuint (count_pixels (view, &vb_chart_style_get (VB_CHART_STYLE_DARK)->accent, NULL), <, light / 10);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  vbd_iterate (100);
  dark = count_pixels (view, &vb_chart_style_get (VB_CHART_STYLE_DARK)->accent, "widget-dark");
  g_assert_cmpuint (dark, >, 1000);
  g_assert_cmpuint (count_pixels (view, &vb_chart_style_get (VB_CHART_STYLE_LIGHT)->accent, NULL), <, dark / 10);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  /* another chart: a new label and description, and the bars are gone */
  vb_chart_view_set_chart (VB_CHART_VIEW (view), empty);
  vbd_iterate (100);
  g_assert_true (vb_chart_view_get_chart (VB_CHART_VIEW (view)) == empty);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Service level, chat");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Service level, chat: no data yet.");
  g_assert_cmpuint (count_pixels (view, &vb_chart_style_get (VB_CHART_STYLE_LIGHT)->accent, NULL), <, 50);

  gtk_window_destroy (GTK_WINDOW (window));
  vbd_iterate (50);
}

/* sixty criteria ask for more height than four, and never less than 200 */
static void
test_height (void)
{
  g_autoptr(VbChart) few = vb_chart_new (VB_CHART_KIND_TIPPING, "Tipping points");
  g_autoptr(VbChart) many = vb_chart_new (VB_CHART_KIND_TIPPING, "Tipping points");
  GtkWidget *view = g_object_ref_sink (vb_chart_view_new (few));
  int min_few, nat_few, min_many, nat_many;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Criterion %u", i + 1);

      if (i < 4)
        g_assert_true (vb_chart_add_tipping (few, name, 25, TRUE, 40, FALSE, NULL));
      g_assert_true (vb_chart_add_tipping (many, name, 100. / 60, FALSE, 0, FALSE, NULL));
    }
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 360, &min_few, &nat_few, NULL, NULL);
  vb_chart_view_set_chart (VB_CHART_VIEW (view), many);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 360, &min_many, &nat_many, NULL, NULL);
  g_assert_cmpint (min_few, ==, 200);
  g_assert_cmpint (nat_few, >=, 200);
  /* sixty rows of at least a line each: far more than 60 × 12 px */
  g_assert_cmpint (nat_many, >, 60 * 12);
  g_assert_cmpint (nat_many, >, nat_few);
  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "chart-view", &tmp_root);
  g_test_add_func ("/chart-view/draws-and-speaks", test_draws_and_speaks);
  g_test_add_func ("/chart-view/height", test_height);
  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
