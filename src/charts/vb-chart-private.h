/* vb-chart-private.h — the chart's insides, for the painter and the tests
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char        *label;
  double      *values;   /* one, or one per segment */
  guint        n_values;
  VbChartMark  mark;
} VbChartBar;

typedef struct
{
  char     *label;
  double    weight;
  gboolean  has_tipping;
  double    tipping;
  gboolean  critical;
} VbChartTipping;

typedef struct
{
  char          *label;
  gboolean       missing;
  double         value;
  VbChartStatus  status;
} VbChartWeek;

struct _VbChart
{
  gatomicrefcount  ref_count;
  VbChartKind      kind;
  char            *title;
  VbChartUnit      unit;
  char            *currency;
  gboolean         horizontal;
  GPtrArray       *segments;   /* char * */
  GArray          *bars;       /* VbChartBar */
  GArray          *tippings;   /* VbChartTipping */
  GArray          *weeks;      /* VbChartWeek */
  gboolean         has_reference;
  char            *reference_label;
  double           reference;
  gboolean         has_target;
  double           target;
  gboolean         has_threshold;
  double           threshold;
  gboolean         higher_is_better;
};

/* Where the painter put things, for the tests: the plot rectangle, the
 * value axis (along x when value_is_x) from lo to hi, the items' centres
 * along the other axis, and every piece of text as a rectangle */
typedef struct
{
  double    x, y, width, height;
  double    lo, hi;
  gboolean  value_is_x;
  GArray   *item_centres;   /* double, one per item */
  GArray   *text_boxes;     /* cairo_rectangle_t */
  guint     texts_skipped;  /* labels left out for want of room */
} VbChartGeometry;

void    vb_chart_geometry_init   (VbChartGeometry *geometry);
void    vb_chart_geometry_clear  (VbChartGeometry *geometry);
double  vb_chart_geometry_pos    (const VbChartGeometry *geometry,
                                  double                 value);

void    vb_chart_draw_recorded   (VbChart            *chart,
                                  cairo_t            *cr,
                                  double              width,
                                  double              height,
                                  const VbChartStyle *style,
                                  VbChartGeometry    *geometry);

/* Values as the chart writes them; @step is the axis step (0 for a value
 * label), which decides the decimals of a tick */
char   *vb_chart_format_value    (VbChart *chart,
                                  double   value,
                                  double   step);
gboolean vb_chart_is_empty       (VbChart *chart);
double  vb_chart_bar_total       (const VbChartBar *bar);

G_END_DECLS
