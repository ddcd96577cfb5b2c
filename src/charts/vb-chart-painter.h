/* vb-chart-painter.h — what the chart kinds draw with: text, shapes, legend, axes
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to src/charts. A Painter is one drawing of one chart: the cairo
 * context, the style, the fonts and the legend being built.
 */

#pragma once

#include <pango/pangocairo.h>

#include "vb-chart-private.h"

G_BEGIN_DECLS

typedef enum
{
  SHAPE_SWATCH,
  SHAPE_HATCH,
  SHAPE_OUTLINE,
  SHAPE_DASH,
  SHAPE_BAND,
  SHAPE_CIRCLE,
  SHAPE_TRIANGLE,
  SHAPE_CROSS,
  SHAPE_DIAMOND,
  SHAPE_RING,
} Shape;

typedef struct
{
  Shape               shape;
  const VbChartColor *color;
  char               *label;
} LegendItem;

typedef struct
{
  double x, y, w, h;
} Box;

typedef struct
{
  VbChart               *chart;
  cairo_t               *cr;
  const VbChartStyle    *s;
  VbChartGeometry       *g;
  double                 w, h, u, pad, gap, line_h;
  PangoLayout           *layout;
  PangoFontDescription  *font;
  PangoFontDescription  *bold;
  PangoFontDescription  *title;
  GArray                *legend;   /* LegendItem */
} Painter;

typedef struct
{
  double ticks[16];
  guint  n;
  double step;
} Axis;

void
vb_painter_set_color (cairo_t            *cr,
                      const VbChartColor *c,
                      double              alpha);

void
vb_painter_measure (Painter                    *p,
                    const char                 *text,
                    const PangoFontDescription *font,
                    double                      max_w,
                    double                     *tw,
                    double                     *th);

double
vb_painter_text_width (Painter                    *p,
                       const char                 *text,
                       const PangoFontDescription *font);

Box
vb_painter_draw_text (Painter                    *p,
                      const char                 *text,
                      const PangoFontDescription *font,
                      double                      x,
                      double                      y,
                      double                      max_w,
                      double                      xalign,
                      const VbChartColor         *color);

void
vb_painter_skipped (Painter *p);

void
vb_painter_hatch (Painter            *p,
                  double              x,
                  double              y,
                  double              w,
                  double              h,
                  const VbChartColor *c);

void
vb_painter_outline (Painter            *p,
                    double              x,
                    double              y,
                    double              w,
                    double              h,
                    const VbChartColor *c);

void
vb_painter_dashed_line (Painter            *p,
                        double              x0,
                        double              y0,
                        double              x1,
                        double              y1,
                        const VbChartColor *c);

void
vb_painter_marker (Painter            *p,
                   Shape               shape,
                   double              x,
                   double              y,
                   double              r,
                   const VbChartColor *c);

void
vb_painter_legend_add (Painter            *p,
                       Shape               shape,
                       const VbChartColor *color,
                       const char         *label);

void
vb_painter_legend_item_clear (gpointer data);

double
vb_painter_legend_run (Painter  *p,
                       double    x,
                       double    y,
                       double    width,
                       gboolean  draw);

void
vb_painter_place_legend (Painter *p,
                         double   x,
                         double   width,
                         double   y,
                         double  *h);

double
vb_painter_axis_pos (const VbChartGeometry *g,
                     double                 value);

void
vb_painter_axis_make (Axis        *axis,
                      VbChartUnit  unit,
                      double       lo,
                      double       hi,
                      guint        count);

double
vb_painter_axis_label_width (Painter *p,
                             Axis    *axis);

void
vb_painter_axis_make_x (Painter *p,
                        Axis    *axis,
                        double   lo,
                        double   hi,
                        double   width);

void
vb_painter_grid_lines (Painter *p,
                       Axis    *axis);

void
vb_painter_tick_labels (Painter *p,
                        Axis    *axis);

PangoFontDescription *
vb_painter_font_new (const VbChartStyle *s,
                     double              points,
                     gboolean            bold);

void
vb_painter_painter_init (Painter            *p,
                         VbChart            *chart,
                         cairo_t            *cr,
                         double              width,
                         double              height,
                         const VbChartStyle *style,
                         VbChartGeometry    *geometry);

void
vb_painter_painter_clear (Painter *p);

G_END_DECLS
