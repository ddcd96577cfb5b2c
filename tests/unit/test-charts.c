/* test-charts.c — the chart module: ticks, words, and what lands on the page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each kind is drawn into a cairo image surface and the pixels are read
 * back where the painter says a bar, a line or a marker is (the geometry it
 * records): the longest bar belongs to the highest value, the reference
 * line sits at its value, a missing week breaks the line. Every piece of
 * text stays inside the surface and clear of the others, at 800×400 and at
 * 360×300, with 200-character names and 60 criteria. Nothing is drawn
 * outside the rectangle given. With VB_CHART_PNG_DIR set, every kind is
 * also saved as PNG in light and dark, and as PDF in the print style,
 * to look at.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>

#include "vb-chart-private.h"

typedef VbChart *(*ChartMaker) (void);

/* ------------------------------------------------------------ helpers */

static gboolean
pixel_is (cairo_surface_t    *surface,
          double              x,
          double              y,
          const VbChartColor *color)
{
  int stride = cairo_image_surface_get_stride (surface);
  int ix = (int) floor (x), iy = (int) floor (y);
  const guint8 *data;
  guint32 px;
  double r, g, b;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  px = *(const guint32 *) (data + iy * stride + ix * 4);
  r = ((px >> 16) & 0xff) / 255.;
  g = ((px >> 8) & 0xff) / 255.;
  b = (px & 0xff) / 255.;
  return fabs (r - color->red) < 0.06 && fabs (g - color->green) < 0.06 && fabs (b - color->blue) < 0.06;
}

static cairo_surface_t *
render (VbChart            *chart,
        int                 width,
        int                 height,
        const VbChartStyle *style,
        VbChartGeometry    *geometry)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  vb_chart_draw_recorded (chart, cr, width, height, style, geometry);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* every text box inside (0, 0, w, h), none overlapping another */
static void
assert_texts_clear (const VbChartGeometry *g,
                    double                 width,
                    double                 height)
{
  const double eps = 0.5;

  g_assert_cmpuint (g->text_boxes->len, >, 0);
  for (guint i = 0; i < g->text_boxes->len; i++)
    {
      const cairo_rectangle_t *a = &g_array_index (g->text_boxes, cairo_rectangle_t, i);

      g_assert_cmpfloat (a->x, >=, -eps);
      g_assert_cmpfloat (a->y, >=, -eps);
      g_assert_cmpfloat (a->x + a->width, <=, width + eps);
      g_assert_cmpfloat (a->y + a->height, <=, height + eps);
      for (guint k = i + 1; k < g->text_boxes->len; k++)
        {
          const cairo_rectangle_t *b = &g_array_index (g->text_boxes, cairo_rectangle_t, k);
          gboolean apart = a->x + a->width <= b->x + eps || b->x + b->width <= a->x + eps
                           || a->y + a->height <= b->y + eps || b->y + b->height <= a->y + eps;

          if (!apart)
            g_error ("text %u (%g,%g %g×%g) overlaps text %u (%g,%g %g×%g)", i, a->x, a->y, a->width,
                     a->height, k, b->x, b->y, b->width, b->height);
        }
    }
}

static void
add_bar (VbChart     *chart,
         const char  *label,
         double       value,
         VbChartMark  mark)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_chart_add_bar (chart, label, &value, 1, mark, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------------------ the charts */

static VbChart *
make_ranking (void)
{
  static const char *const categories[] = { "Price", "Quality", "Fit", NULL };
  static const double totals[][3] = { { 30, 40, 12.5 }, { 20, 30, 10 }, { 25, 20, 5 }, { 10, 15, 3 } };
  static const char *const names[] = { "Acme Contact Centres", "Brightdesk", "Callisto Support Services", "Delta" };
  VbChart *chart = vb_chart_new (VB_CHART_KIND_RANKING, "Ranking");

  vb_chart_set_segments (chart, categories);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (vb_chart_add_bar (chart, names[i], totals[i], 3,
                                     i == 2 ? VB_CHART_MARK_INCOMPLETE
                                            : i == 3 ? VB_CHART_MARK_DISQUALIFIED : VB_CHART_MARK_NONE,
                                     NULL));
  return chart;
}

static VbChart *
make_cost (void)
{
  VbChart *chart = vb_chart_new (VB_CHART_KIND_BARS, "Annual cost per vendor");

  vb_chart_set_unit (chart, VB_CHART_UNIT_MONEY, "EUR");
  add_bar (chart, "Acme", 120000, VB_CHART_MARK_NONE);
  add_bar (chart, "Brightdesk", 180000, VB_CHART_MARK_NONE);
  add_bar (chart, "Callisto", 95000, VB_CHART_MARK_INCOMPLETE);
  add_bar (chart, "Delta", 130000, VB_CHART_MARK_DISQUALIFIED);
  g_assert_true (vb_chart_set_reference (chart, "In-house", 150000, NULL));
  return chart;
}

static VbChart *
make_tipping (void)
{
  VbChart *chart = vb_chart_new (VB_CHART_KIND_TIPPING, "Weight tipping points");

  vb_chart_set_unit (chart, VB_CHART_UNIT_PERCENT, NULL);
  g_assert_true (vb_chart_add_tipping (chart, "Price", 30, TRUE, 34, TRUE, NULL));
  g_assert_true (vb_chart_add_tipping (chart, "Service quality", 25, TRUE, 60, FALSE, NULL));
  g_assert_true (vb_chart_add_tipping (chart, "Security", 15, FALSE, 0, FALSE, NULL));
  g_assert_true (vb_chart_add_tipping (chart, "Reporting", 10, TRUE, 2, FALSE, NULL));
  return chart;
}

static VbChart *
make_trend (void)
{
  static const double values[] = { 92, 88, -1, 83, 79, 86, 91, 90 };
  VbChart *chart = vb_chart_new (VB_CHART_KIND_TREND, "Service level, chat");

  vb_chart_set_unit (chart, VB_CHART_UNIT_PERCENT, NULL);
  g_assert_true (vb_chart_set_target (chart, 85, TRUE, 80, TRUE, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *label = g_strdup_printf ("%u May", 4 + 7 * i > 31 ? 4 + 7 * i - 31 : 4 + 7 * i);

      if (values[i] < 0)
        vb_chart_add_missing_week (chart, label);
      else
        g_assert_true (vb_chart_add_week (chart, label, values[i],
                                          values[i] >= 85 ? VB_CHART_STATUS_MET
                                            : values[i] >= 80 ? VB_CHART_STATUS_AT_RISK
                                            : VB_CHART_STATUS_BREACHED, NULL));
    }
  return chart;
}

static VbChart *
make_empty (void)
{
  return vb_chart_new (VB_CHART_KIND_BARS, "Annual cost per vendor");
}

static VbChart *
make_long_names (void)
{
  VbChart *chart = vb_chart_new (VB_CHART_KIND_BARS, "Annual cost per vendor, with names far too long to fit");
  GString *name = g_string_new (NULL);

  vb_chart_set_unit (chart, VB_CHART_UNIT_MONEY, "EUR");
  while (name->len < 200)
    g_string_append (name, "Outsourcing ");
  g_string_truncate (name, 200);
  for (guint i = 0; i < 5; i++)
    {
      name->str[0] = 'A' + i;
      add_bar (chart, name->str, 10000 * (i + 1), VB_CHART_MARK_NONE);
    }
  g_string_free (name, TRUE);
  return chart;
}

static VbChart *
make_sixty (void)
{
  VbChart *chart = vb_chart_new (VB_CHART_KIND_TIPPING, "Sixty criteria");

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Criterion %u", i + 1);
      g_assert_true (vb_chart_add_tipping (chart, name, 100. / 60, i % 3 != 0, (i * 7) % 100, i % 10 == 0, NULL));
    }
  return chart;
}

static VbChart *
make_roi (void)
{
  VbChart *chart = vb_chart_new (VB_CHART_KIND_BARS, "First-year savings");

  vb_chart_set_unit (chart, VB_CHART_UNIT_MONEY, "EUR");
  add_bar (chart, "Acme", 30000, VB_CHART_MARK_NONE);
  add_bar (chart, "Brightdesk", -20000, VB_CHART_MARK_NONE);
  add_bar (chart, "Callisto", 5000, VB_CHART_MARK_NONE);
  return chart;
}

static const ChartMaker makers[] = {
  make_ranking, make_cost, make_tipping, make_trend, make_empty, make_long_names, make_sixty, make_roi,
};

/* ------------------------------------------------------------ tests */

static void
test_ticks (void)
{
  double t[16];
  guint n;

  /* 137 / 4 = 34.25 → the next nice step is 50 */
  n = vb_chart_nice_ticks (0, 137, 4, t, 16);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (t[0], ==, 0);
  g_assert_cmpfloat (t[1], ==, 50);
  g_assert_cmpfloat (t[2], ==, 100);
  g_assert_cmpfloat (t[3], ==, 150);

  /* -30 … 120 in 4: 37.5 → 50, from -50 */
  n = vb_chart_nice_ticks (-30, 120, 4, t, 16);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat (t[0], ==, -50);
  g_assert_cmpfloat (t[1], ==, 0);
  g_assert_cmpfloat (t[4], ==, 150);

  /* 0 … 1 in 4: 0.25 is nice */
  n = vb_chart_nice_ticks (0, 1, 4, t, 16);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat_with_epsilon (t[1], 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (t[4], 1, 1e-12);

  /* 78 … 93 in 5: 3 → 5, from 75 to 95 */
  n = vb_chart_nice_ticks (78, 93, 5, t, 16);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat (t[0], ==, 75);
  g_assert_cmpfloat (t[4], ==, 95);

  /* all zero: 0 … 1 */
  n = vb_chart_nice_ticks (0, 0, 4, t, 16);
  g_assert_cmpfloat (t[0], ==, 0);
  g_assert_cmpfloat_with_epsilon (t[n - 1], 1, 1e-12);

  /* 0 … 180,000 in 5: 36,000 → 50,000 */
  n = vb_chart_nice_ticks (0, 180000, 5, t, 16);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat (t[4], ==, 200000);
}

static void
test_describe (void)
{
  g_autoptr(VbChart) cost = make_cost ();
  g_autoptr(VbChart) tipping = make_tipping ();
  g_autoptr(VbChart) trend = make_trend ();
  g_autoptr(VbChart) empty = make_empty ();
  g_autoptr(VbChart) ranking = make_ranking ();
  g_autofree char *text = NULL;

  text = vb_chart_describe (cost);
  /* C.UTF-8: ICU's root locale, the symbol and a no-break space, no grouping
   * (the locales themselves are test-format's business) */
  g_assert_cmpstr (text, ==, "Annual cost per vendor: Acme €\u00a0120000; Brightdesk €\u00a0180000; "
                             "Callisto €\u00a095000 (incomplete); Delta €\u00a0130000 (disqualified); "
                             "In-house €\u00a0150000.");
  g_free (text);
  text = vb_chart_describe (tipping);
  g_assert_cmpstr (text, ==, "Weight tipping points: Price: weight 30%, the leader changes at 34% (critical); "
                             "Service quality: weight 25%, the leader changes at 60%; "
                             "Security: weight 15%, the leader holds at any weight; "
                             "Reporting: weight 10%, the leader changes at 2%.");
  g_free (text);
  text = vb_chart_describe (trend);
  g_assert_true (g_str_has_prefix (text, "Service level, chat (target 85%, at risk from 80%): "
                                         "4 May: 92% (met); 11 May: 88% (met); 18 May: no data; "
                                         "25 May: 83% (at risk); 1 May: 79% (breached)"));
  g_free (text);
  /* 30 + 40 + 12.5 = 82.5 */
  text = vb_chart_describe (ranking);
  g_assert_true (g_str_has_prefix (text, "Ranking: Acme Contact Centres 82.5 (Price 30.0, Quality 40.0, Fit 12.5); "));
  g_assert_nonnull (strstr (text, "Delta 28.0 (Price 10.0, Quality 15.0, Fit 3.0) (disqualified)."));
  g_free (text);
  text = vb_chart_describe (empty);
  g_assert_cmpstr (text, ==, "Annual cost per vendor: no data yet.");
}

static void
test_nan_refused (void)
{
  g_autoptr(VbChart) bars = vb_chart_new (VB_CHART_KIND_BARS, "Cost");
  g_autoptr(VbChart) tipping = vb_chart_new (VB_CHART_KIND_TIPPING, "Tipping");
  g_autoptr(VbChart) trend = vb_chart_new (VB_CHART_KIND_TREND, "Trend");
  g_autoptr(GError) error = NULL;
  double nan_value = NAN;

  g_assert_false (vb_chart_add_bar (bars, "A", &nan_value, 1, VB_CHART_MARK_NONE, &error));
  g_assert_error (error, VB_CHART_ERROR, VB_CHART_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (vb_chart_set_reference (bars, "In-house", INFINITY, &error));
  g_assert_error (error, VB_CHART_ERROR, VB_CHART_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (vb_chart_add_tipping (tipping, "Price", 30, TRUE, NAN, FALSE, &error));
  g_assert_error (error, VB_CHART_ERROR, VB_CHART_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  /* no tipping point: the value is not looked at */
  g_assert_true (vb_chart_add_tipping (tipping, "Price", 30, FALSE, NAN, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (vb_chart_add_week (trend, "1 May", -INFINITY, VB_CHART_STATUS_MET, &error));
  g_assert_error (error, VB_CHART_ERROR, VB_CHART_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (vb_chart_add_week (bars, "1 May", 1, VB_CHART_STATUS_MET, &error));
  g_assert_error (error, VB_CHART_ERROR, VB_CHART_ERROR_WRONG_KIND);

  g_assert_cmpuint (vb_chart_get_n_items (bars), ==, 0);
  g_assert_cmpuint (vb_chart_get_n_items (tipping), ==, 1);
  g_assert_cmpuint (vb_chart_get_n_items (trend), ==, 0);
}

/* the longest bar is the highest value's: at 85 % of the best total, only
 * its bar is coloured */
static void
test_ranking_longest (void)
{
  g_autoptr(VbChart) chart = vb_chart_new (VB_CHART_KIND_RANKING, "Ranking");
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double at_85, at_30;

  add_bar (chart, "Acme", 40, VB_CHART_MARK_NONE);
  add_bar (chart, "Brightdesk", 90, VB_CHART_MARK_NONE);
  add_bar (chart, "Callisto", 60, VB_CHART_MARK_NONE);
  vb_chart_geometry_init (&g);
  surface = render (chart, 800, 400, style, &g);

  g_assert_true (g.value_is_x);
  g_assert_cmpuint (g.item_centres->len, ==, 3);
  at_85 = vb_chart_geometry_pos (&g, 85);
  at_30 = vb_chart_geometry_pos (&g, 30);
  for (guint i = 0; i < 3; i++)
    {
      double cy = g_array_index (g.item_centres, double, i);

      g_assert_true (pixel_is (surface, at_30, cy, &style->accent));
      g_assert_cmpint (pixel_is (surface, at_85, cy, &style->accent), ==, i == 1);
    }
  /* the axis covers the values: 0 … 100 */
  g_assert_cmpfloat (g.lo, ==, 0);
  g_assert_cmpfloat (g.hi, ==, 100);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* the in-house line at its value: 150,000 on a 0–200,000 axis lies at
 * three quarters of the plot's height from the bottom */
static void
test_cost_reference (void)
{
  g_autoptr(VbChart) chart = make_cost ();
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double ry, gap_x;
  gboolean on_line = FALSE;

  vb_chart_geometry_init (&g);
  surface = render (chart, 800, 400, style, &g);
  g_assert_false (g.value_is_x);
  g_assert_cmpfloat (g.hi, ==, 200000);
  ry = vb_chart_geometry_pos (&g, 150000);
  g_assert_cmpfloat_with_epsilon (ry, g.y + g.height * 0.25, 1e-6);

  /* between the first two bars, along the dashes */
  gap_x = (g_array_index (g.item_centres, double, 0) + g_array_index (g.item_centres, double, 1)) / 2;
  for (double x = gap_x - 8; x <= gap_x + 8; x++)
    on_line |= pixel_is (surface, x, ry, &style->reference);
  g_assert_true (on_line);
  g_assert_false (pixel_is (surface, gap_x, ry - 6, &style->reference));
  g_assert_false (pixel_is (surface, gap_x, ry + 6, &style->reference));

  /* Brightdesk (180,000) reaches above the line, Acme (120,000) does not */
  g_assert_true (pixel_is (surface, g_array_index (g.item_centres, double, 1), ry - 4, &style->accent));
  g_assert_false (pixel_is (surface, g_array_index (g.item_centres, double, 0), ry - 4, &style->accent));
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);

  /* at 360 pixels the bars turn horizontal, so the names have room */
  vb_chart_geometry_init (&g);
  surface = render (chart, 360, 300, style, &g);
  g_assert_true (g.value_is_x);
  g_assert_cmpuint (g.texts_skipped, ==, 0);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* ROI: a negative bar grows left of zero */
static void
test_negative (void)
{
  g_autoptr(VbChart) chart = make_roi ();
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double cx;

  vb_chart_geometry_init (&g);
  surface = render (chart, 800, 400, style, &g);
  g_assert_cmpfloat (g.lo, <, -19999);
  cx = g_array_index (g.item_centres, double, 1);
  g_assert_true (pixel_is (surface, cx, vb_chart_geometry_pos (&g, -10000), &style->accent));
  g_assert_false (pixel_is (surface, cx, vb_chart_geometry_pos (&g, 10000), &style->accent));
  cx = g_array_index (g.item_centres, double, 0);
  g_assert_true (pixel_is (surface, cx, vb_chart_geometry_pos (&g, 10000), &style->accent));
  g_assert_false (pixel_is (surface, cx, vb_chart_geometry_pos (&g, -10000), &style->accent));
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* one vendor at zero, and one vendor alone */
static void
test_one_and_zero (void)
{
  g_autoptr(VbChart) zero = vb_chart_new (VB_CHART_KIND_BARS, "Cost");
  g_autoptr(VbChart) one = vb_chart_new (VB_CHART_KIND_RANKING, "Ranking");
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double cx;

  add_bar (zero, "Acme", 0, VB_CHART_MARK_NONE);
  add_bar (zero, "Brightdesk", 0, VB_CHART_MARK_NONE);
  vb_chart_geometry_init (&g);
  surface = render (zero, 800, 400, style, &g);
  g_assert_cmpfloat (g.lo, ==, 0);
  g_assert_cmpfloat (g.hi, >, 0);
  cx = g_array_index (g.item_centres, double, 0);
  g_assert_false (pixel_is (surface, cx, vb_chart_geometry_pos (&g, g.hi / 2), &style->accent));
  assert_texts_clear (&g, 800, 400);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);

  add_bar (one, "Acme", 72.5, VB_CHART_MARK_NONE);
  vb_chart_geometry_init (&g);
  surface = render (one, 360, 300, style, &g);
  g_assert_cmpuint (g.item_centres->len, ==, 1);
  g_assert_true (pixel_is (surface, vb_chart_geometry_pos (&g, 70), g_array_index (g.item_centres, double, 0),
                           &style->accent));
  assert_texts_clear (&g, 360, 300);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* the current weight is a blue dot, a critical tipping point a red mark */
static void
test_tipping_markers (void)
{
  g_autoptr(VbChart) chart = make_tipping ();
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double price_y, security_y;

  vb_chart_geometry_init (&g);
  surface = render (chart, 800, 400, style, &g);
  g_assert_cmpfloat (g.hi, ==, 100);
  price_y = g_array_index (g.item_centres, double, 0);
  security_y = g_array_index (g.item_centres, double, 2);
  g_assert_true (pixel_is (surface, vb_chart_geometry_pos (&g, 30), price_y, &style->accent));
  g_assert_true (pixel_is (surface, vb_chart_geometry_pos (&g, 34), price_y, &style->error));
  g_assert_true (pixel_is (surface, vb_chart_geometry_pos (&g, 15), security_y, &style->accent));
  /* Security holds: nothing at 50 % on its row */
  g_assert_true (pixel_is (surface, vb_chart_geometry_pos (&g, 55), security_y, &style->background));
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* the points by status, and a gap where a week is missing */
static void
test_trend (void)
{
  g_autoptr(VbChart) chart = make_trend ();
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double x1, x2, x3, y_mid, y_target;

  vb_chart_geometry_init (&g);
  surface = render (chart, 800, 400, style, &g);
  g_assert_cmpuint (g.item_centres->len, ==, 8);
  x1 = g_array_index (g.item_centres, double, 1);
  x2 = g_array_index (g.item_centres, double, 2);
  x3 = g_array_index (g.item_centres, double, 3);
  /* week 1 met (88), week 3 at risk (83), week 4 breached (79) */
  g_assert_true (pixel_is (surface, x1, vb_chart_geometry_pos (&g, 88), &style->success));
  g_assert_true (pixel_is (surface, x3, vb_chart_geometry_pos (&g, 83) + 1, &style->warning));
  g_assert_true (pixel_is (surface, g_array_index (g.item_centres, double, 4) - 3,
                           vb_chart_geometry_pos (&g, 79), &style->error));
  /* a line joins weeks 0 and 1; none crosses the missing week 2: halfway
   * between 88 and 83 at week 2 there is no accent */
  y_mid = (vb_chart_geometry_pos (&g, 92) + vb_chart_geometry_pos (&g, 88)) / 2;
  g_assert_true (pixel_is (surface, (g_array_index (g.item_centres, double, 0) + x1) / 2, y_mid, &style->accent));
  y_mid = (vb_chart_geometry_pos (&g, 88) + vb_chart_geometry_pos (&g, 83)) / 2;
  g_assert_false (pixel_is (surface, x2, y_mid, &style->accent));
  /* the at-risk band lies between 80 and 85 */
  g_assert_false (pixel_is (surface, x2, vb_chart_geometry_pos (&g, 82.5), &style->background));
  g_assert_true (pixel_is (surface, x2, vb_chart_geometry_pos (&g, 87.5), &style->background));
  y_target = vb_chart_geometry_pos (&g, 85);
  g_assert_cmpfloat (y_target, <, vb_chart_geometry_pos (&g, 80));
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* durations: a value by its size, an axis in whole minutes */
static void
test_seconds (void)
{
  g_autoptr(VbChart) chart = vb_chart_new (VB_CHART_KIND_TREND, "First response time, email");
  static const double values[] = { 1500, 2100, 2700, 3300 };
  VbChartGeometry g;
  cairo_surface_t *surface;
  char *text;

  vb_chart_set_unit (chart, VB_CHART_UNIT_SECONDS, NULL);
  g_assert_true (vb_chart_set_target (chart, 2400, TRUE, 3000, FALSE, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_true (vb_chart_add_week (chart, "week", values[i], VB_CHART_STATUS_NONE, NULL));

#define CHECK_FORMAT(value, step, expected) \
  text = vb_chart_format_value (chart, value, step); \
  g_assert_cmpstr (text, ==, expected); \
  g_free (text)
  CHECK_FORMAT (45, 0, "45 s");
  CHECK_FORMAT (300, 0, "5.0 min");     /* 300 / 60 */
  CHECK_FORMAT (1500, 0, "25 min");
  CHECK_FORMAT (5400, 0, "90 min");     /* under two hours: minutes */
  CHECK_FORMAT (9000, 0, "2.5 h");      /* 9000 / 3600 */
  CHECK_FORMAT (90, 30, "90 s");        /* an axis in steps of 30 s */
  CHECK_FORMAT (1800, 600, "30 min");   /* … of 10 min */
  CHECK_FORMAT (5400, 1800, "90 min");  /* … of half an hour: whole minutes */
  CHECK_FORMAT (7200, 3600, "2 h");     /* … of an hour */
  CHECK_FORMAT (1.5, 0.25, "1.50 s");   /* … of a quarter second */
#undef CHECK_FORMAT

  /* 1500 … 3300 s with 8 % air is 22.6 … 57.4 min: ticks every 10 min
   * from 20 to 60 min, not every 500 s */
  vb_chart_geometry_init (&g);
  surface = render (chart, 800, 400, vb_chart_style_get (VB_CHART_STYLE_LIGHT), &g);
  g_assert_cmpfloat (g.lo, ==, 1200);
  g_assert_cmpfloat (g.hi, ==, 3600);
  assert_texts_clear (&g, 800, 400);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* the empty state says so */
static void
test_empty (void)
{
  g_autoptr(VbChart) chart = make_empty ();
  VbChartGeometry g;
  cairo_surface_t *surface;
  const cairo_rectangle_t *message;

  vb_chart_geometry_init (&g);
  surface = render (chart, 360, 300, vb_chart_style_get (VB_CHART_STYLE_DARK), &g);
  /* the title and the message, the message in the middle */
  g_assert_cmpuint (g.text_boxes->len, ==, 2);
  message = &g_array_index (g.text_boxes, cairo_rectangle_t, 1);
  g_assert_cmpfloat (fabs (message->x + message->width / 2 - 180), <, 1);
  g_assert_cmpfloat (message->y, >, 100);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* every chart, both sizes: text inside and apart; nothing outside the
 * rectangle given (drawn at an offset on a larger surface) */
static void
test_bounds (void)
{
  static const int sizes[][2] = { { 800, 400 }, { 360, 300 }, { 200, 120 }, { 40, 30 } };
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);

  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(VbChart) chart = makers[m] ();
        int w = sizes[s][0], h = sizes[s][1];
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w + 100, h + 100);
        cairo_t *cr = cairo_create (surface);
        VbChartGeometry g;
        const guint8 *data;
        int stride = cairo_image_surface_get_stride (surface);

        vb_chart_geometry_init (&g);
        cairo_translate (cr, 50, 50);
        vb_chart_draw_recorded (chart, cr, w, h, style, &g);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        data = cairo_image_surface_get_data (surface);
        for (int y = 0; y < h + 100; y++)
          for (int x = 0; x < w + 100; x++)
            if (x < 50 || y < 50 || x >= w + 50 || y >= h + 50)
              g_assert_cmpuint (*(const guint32 *) (data + y * stride + x * 4), ==, 0);
        if (w >= 200)
          {
            g_test_message ("chart %u at %d×%d: %u texts, %u left out", m, w, h, g.text_boxes->len,
                            g.texts_skipped);
            assert_texts_clear (&g, w, h);
          }
        vb_chart_geometry_clear (&g);
        cairo_surface_destroy (surface);
      }
}

/* 200-character names are cut short, not run over the bars */
static void
test_long_names (void)
{
  g_autoptr(VbChart) chart = make_long_names ();
  VbChartGeometry g;
  cairo_surface_t *surface;

  vb_chart_geometry_init (&g);
  surface = render (chart, 360, 300, vb_chart_style_get (VB_CHART_STYLE_LIGHT), &g);
  g_assert_true (g.value_is_x);
  for (guint i = 0; i < g.text_boxes->len; i++)
    {
      const cairo_rectangle_t *box = &g_array_index (g.text_boxes, cairo_rectangle_t, i);
      /* a label left of the plot ends before it */
      if (box->y >= g.y && box->y + box->height <= g.y + g.height && box->x < g.x)
        g_assert_cmpfloat (box->x + box->width, <=, g.x + 0.5);
    }
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

/* sixty criteria in 300 pixels: labels left out, none overlapping; at the
 * natural height all of them */
static void
test_sixty (void)
{
  g_autoptr(VbChart) chart = make_sixty ();
  const VbChartStyle *style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  VbChartGeometry g;
  cairo_surface_t *surface;
  double natural = vb_chart_get_natural_height (chart, 360, style);

  vb_chart_geometry_init (&g);
  surface = render (chart, 360, 300, style, &g);
  g_assert_cmpuint (g.texts_skipped, >, 0);
  assert_texts_clear (&g, 360, 300);
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);

  vb_chart_geometry_init (&g);
  surface = render (chart, 360, (int) ceil (natural), style, &g);
  g_assert_cmpuint (g.texts_skipped, ==, 0);
  assert_texts_clear (&g, 360, ceil (natural));
  cairo_surface_destroy (surface);
  vb_chart_geometry_clear (&g);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* on a PDF surface, in points, in the print style */
static void
test_pdf (void)
{
  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    {
      g_autoptr(VbChart) chart = makers[m] ();
      g_autoptr(GByteArray) pdf = g_byte_array_new ();
      cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_cb, pdf, 595, 842);
      cairo_t *cr = cairo_create (surface);
      VbChartGeometry g;

      vb_chart_geometry_init (&g);
      cairo_translate (cr, 56, 72);
      vb_chart_draw_recorded (chart, cr, 483, 260, vb_chart_style_get (VB_CHART_STYLE_PRINT), &g);
      assert_texts_clear (&g, 483, 260);
      cairo_show_page (cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      g_assert_cmpuint (pdf->len, >, 1000);
      g_assert_true (memcmp (pdf->data, "%PDF", 4) == 0);
      vb_chart_geometry_clear (&g);
    }
}

/* with VB_CHART_PNG_DIR: every kind, light and dark, 800×400 and 360×300 */
static void
test_save_pngs (void)
{
  static const char *const names[] = { "ranking", "cost", "tipping", "trend", "empty", "long-names",
                                       "sixty", "roi" };
  static const int sizes[][2] = { { 800, 400 }, { 360, 300 } };
  const char *dir = g_getenv ("VB_CHART_PNG_DIR");

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (makers));
  if (dir == NULL)
    {
      g_test_skip ("VB_CHART_PNG_DIR is not set");
      return;
    }
  g_mkdir_with_parents (dir, 0755);
  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (VbChartStyleKind k = VB_CHART_STYLE_LIGHT; k <= VB_CHART_STYLE_DARK; k++)
        {
          g_autoptr(VbChart) chart = makers[m] ();
          VbChartGeometry g;
          cairo_surface_t *surface;
          g_autofree char *file = g_strdup_printf ("%s/%s-%s-%dx%d.png", dir, names[m],
                                                   k == VB_CHART_STYLE_DARK ? "dark" : "light",
                                                   sizes[s][0], sizes[s][1]);

          vb_chart_geometry_init (&g);
          surface = render (chart, sizes[s][0], sizes[s][1], vb_chart_style_get (k), &g);
          g_assert_cmpint (cairo_surface_write_to_png (surface, file), ==, CAIRO_STATUS_SUCCESS);
          cairo_surface_destroy (surface);
          vb_chart_geometry_clear (&g);
        }
  /* and on paper: every kind on one A4 page each, in the print style */
  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    {
      g_autoptr(VbChart) chart = makers[m] ();
      g_autofree char *file = g_strdup_printf ("%s/%s-print.pdf", dir, names[m]);
      cairo_surface_t *surface = cairo_pdf_surface_create (file, 595, 842);
      cairo_t *cr = cairo_create (surface);

      cairo_translate (cr, 56, 72);
      vb_chart_draw (chart, cr, 483, 260, vb_chart_style_get (VB_CHART_STYLE_PRINT));
      cairo_show_page (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/ticks", test_ticks);
  g_test_add_func ("/charts/describe", test_describe);
  g_test_add_func ("/charts/nan-refused", test_nan_refused);
  g_test_add_func ("/charts/ranking-longest", test_ranking_longest);
  g_test_add_func ("/charts/cost-reference", test_cost_reference);
  g_test_add_func ("/charts/negative", test_negative);
  g_test_add_func ("/charts/one-and-zero", test_one_and_zero);
  g_test_add_func ("/charts/tipping-markers", test_tipping_markers);
  g_test_add_func ("/charts/trend", test_trend);
  g_test_add_func ("/charts/seconds", test_seconds);
  g_test_add_func ("/charts/empty", test_empty);
  g_test_add_func ("/charts/bounds", test_bounds);
  g_test_add_func ("/charts/long-names", test_long_names);
  g_test_add_func ("/charts/sixty", test_sixty);
  g_test_add_func ("/charts/pdf", test_pdf);
  /* a tool for looking at the charts, not a promise: only when asked */
  if (g_getenv ("VB_CHART_PNG_DIR") != NULL)
    g_test_add_func ("/charts/save-pngs", test_save_pngs);
  return g_test_run ();
}
