/* vb-chart-painter.c — text, shapes, legend and axes for the chart kinds
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is measured before it is placed and kept inside the surface; every
 * piece placed is recorded in the geometry, so the tests can check that
 * none leaves the surface or overlaps another.
 */
#define G_LOG_DOMAIN "vb-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-chart-painter.h"
#include "vb-format.h"

#define RGB(r, g, b) { (r) / 255., (g) / 255., (b) / 255., 1 }

/* libadwaita 1.2's named colours and the GNOME palette, as values */
static const VbChartStyle styles[] = {
  [VB_CHART_STYLE_LIGHT] = {
    .units_per_point = 96. / 72., .fill_background = TRUE,
    .background = RGB (0xff, 0xff, 0xff), .foreground = { 0, 0, 0, 0.8 },
    .dim = { 0, 0, 0, 0.55 }, .grid = { 0, 0, 0, 0.1 },
    .accent = RGB (0x35, 0x84, 0xe4), .reference = RGB (0x3d, 0x38, 0x46),
    .success = RGB (0x26, 0xa2, 0x69), .warning = RGB (0xe5, 0xa5, 0x0a), .error = RGB (0xe0, 0x1b, 0x24),
    .series = { RGB (0x35, 0x84, 0xe4), RGB (0x2e, 0xc2, 0x7e), RGB (0xf5, 0xc2, 0x11),
                RGB (0xff, 0x78, 0x00), RGB (0x91, 0x41, 0xac), RGB (0x98, 0x6a, 0x44) },
    .font_family = "Cantarell, sans-serif", .font_size = 9, .title_size = 11,
  },
  [VB_CHART_STYLE_DARK] = {
    .units_per_point = 96. / 72., .fill_background = TRUE,
    .background = RGB (0x30, 0x30, 0x30), .foreground = RGB (0xff, 0xff, 0xff),
    .dim = { 1, 1, 1, 0.6 }, .grid = { 1, 1, 1, 0.12 },
    .accent = RGB (0x78, 0xae, 0xed), .reference = RGB (0xde, 0xdd, 0xda),
    .success = RGB (0x8f, 0xf0, 0xa4), .warning = RGB (0xf8, 0xe4, 0x5c), .error = RGB (0xff, 0x7b, 0x63),
    .series = { RGB (0x62, 0xa0, 0xea), RGB (0x57, 0xe3, 0x89), RGB (0xf8, 0xe4, 0x5c),
                RGB (0xff, 0xa3, 0x48), RGB (0xc0, 0x61, 0xcb), RGB (0xb5, 0x83, 0x5a) },
    .font_family = "Cantarell, sans-serif", .font_size = 9, .title_size = 11,
  },
  [VB_CHART_STYLE_PRINT] = {
    .units_per_point = 1, .fill_background = TRUE,
    .background = RGB (0xff, 0xff, 0xff), .foreground = RGB (0x24, 0x1f, 0x31),
    .dim = RGB (0x5e, 0x5c, 0x64), .grid = RGB (0xde, 0xdd, 0xda),
    .accent = RGB (0x1c, 0x71, 0xd8), .reference = RGB (0x24, 0x1f, 0x31),
    .success = RGB (0x26, 0xa2, 0x69), .warning = RGB (0xc6, 0x46, 0x00), .error = RGB (0xc0, 0x1c, 0x28),
    .series = { RGB (0x1c, 0x71, 0xd8), RGB (0x26, 0xa2, 0x69), RGB (0xe5, 0xa5, 0x0a),
                RGB (0xc6, 0x46, 0x00), RGB (0x81, 0x3d, 0x9c), RGB (0x86, 0x5e, 0x3c) },
    .font_family = "Cantarell, sans-serif", .font_size = 8, .title_size = 10,
  },
};

/* ------------------------------------------------------------- text */

void
vb_painter_set_color (cairo_t            *cr,
                      const VbChartColor *c,
                      double              alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

void
vb_painter_measure (Painter                    *p,
                    const char                 *text,
                    const PangoFontDescription *font,
                    double                      max_w,
                    double                     *tw,
                    double                     *th)
{
  PangoRectangle logical;

  pango_layout_set_font_description (p->layout, font);
  pango_layout_set_width (p->layout, max_w > 0 ? (int) (max_w * PANGO_SCALE) : -1);
  pango_layout_set_text (p->layout, text, -1);
  pango_layout_get_extents (p->layout, NULL, &logical);
  /* what is drawn: an ellipsized layout is no wider than max_w */
  *tw = (double) logical.width / PANGO_SCALE;
  *th = (double) logical.height / PANGO_SCALE;
}

double
vb_painter_text_width (Painter                    *p,
                       const char                 *text,
                       const PangoFontDescription *font)
{
  double tw, th;

  vb_painter_measure (p, text, font, -1, &tw, &th);
  return tw;
}

/* @x is the left edge, the centre or the right edge for an @xalign of 0,
 * 0.5 or 1; @y the top. Kept inside the surface; returns the box drawn. */
Box
vb_painter_draw_text (Painter                    *p,
                      const char                 *text,
                      const PangoFontDescription *font,
                      double                      x,
                      double                      y,
                      double                      max_w,
                      double                      xalign,
                      const VbChartColor         *color)
{
  Box box;
  cairo_rectangle_t rect;

  max_w = MIN (max_w, p->w);
  vb_painter_measure (p, text, font, max_w, &box.w, &box.h);
  box.x = CLAMP (x - xalign * box.w, 0, MAX (0, p->w - box.w));
  box.y = CLAMP (y, 0, MAX (0, p->h - box.h));
  vb_painter_set_color (p->cr, color, 1);
  cairo_move_to (p->cr, box.x, box.y);
  pango_cairo_show_layout (p->cr, p->layout);
  rect = (cairo_rectangle_t) { box.x, box.y, box.w, box.h };
  if (p->g != NULL)
    g_array_append_val (p->g->text_boxes, rect);
  return box;
}

void
vb_painter_skipped (Painter *p)
{
  if (p->g != NULL)
    p->g->texts_skipped++;
}

/* ------------------------------------------------------------ shapes */

void
vb_painter_hatch (Painter            *p,
                  double              x,
                  double              y,
                  double              w,
                  double              h,
                  const VbChartColor *c)
{
  cairo_t *cr = p->cr;
  double step = 4 * p->u;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  vb_painter_set_color (cr, c, 0.3);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  vb_painter_set_color (cr, c, 1);
  cairo_set_line_width (cr, 1.2 * p->u);
  for (double d = -h; d < w + h; d += step)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
vb_painter_outline (Painter            *p,
                    double              x,
                    double              y,
                    double              w,
                    double              h,
                    const VbChartColor *c)
{
  double dash[] = { 3 * p->u, 2 * p->u };
  double lw = 1.2 * p->u;

  cairo_save (p->cr);
  cairo_rectangle (p->cr, x + lw / 2, y + lw / 2, MAX (0, w - lw), MAX (0, h - lw));
  vb_painter_set_color (p->cr, c, 1);
  cairo_set_line_width (p->cr, lw);
  cairo_set_dash (p->cr, dash, 2, 0);
  cairo_stroke (p->cr);
  cairo_restore (p->cr);
}

void
vb_painter_dashed_line (Painter            *p,
                        double              x0,
                        double              y0,
                        double              x1,
                        double              y1,
                        const VbChartColor *c)
{
  double dash[] = { 5 * p->u, 3 * p->u };

  cairo_save (p->cr);
  vb_painter_set_color (p->cr, c, 1);
  cairo_set_line_width (p->cr, 1.5 * p->u);
  cairo_set_dash (p->cr, dash, 2, 0);
  cairo_move_to (p->cr, x0, y0);
  cairo_line_to (p->cr, x1, y1);
  cairo_stroke (p->cr);
  cairo_restore (p->cr);
}

/* a marker centred on (@x, @y), @r its radius */
void
vb_painter_marker (Painter            *p,
                   Shape               shape,
                   double              x,
                   double              y,
                   double              r,
                   const VbChartColor *c)
{
  cairo_t *cr = p->cr;

  cairo_save (cr);
  cairo_new_path (cr);
  switch (shape)
    {
    case SHAPE_SWATCH:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      vb_painter_set_color (cr, c, 1);
      cairo_fill (cr);
      break;
    case SHAPE_HATCH:
      vb_painter_hatch (p, x - r, y - r, 2 * r, 2 * r, c);
      break;
    case SHAPE_OUTLINE:
      vb_painter_outline (p, x - r, y - r, 2 * r, 2 * r, c);
      break;
    case SHAPE_DASH:
      vb_painter_dashed_line (p, x - 1.6 * r, y, x + 1.6 * r, y, c);
      break;
    case SHAPE_BAND:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      vb_painter_set_color (cr, c, 0.25);
      cairo_fill (cr);
      break;
    case SHAPE_CIRCLE:
    case SHAPE_RING:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      vb_painter_set_color (cr, &p->s->background, 1);
      cairo_fill_preserve (cr);
      vb_painter_set_color (cr, c, 1);
      if (shape == SHAPE_CIRCLE)
        cairo_fill (cr);
      else
        {
          cairo_set_line_width (cr, 1.5 * p->u);
          cairo_stroke (cr);
        }
      break;
    case SHAPE_TRIANGLE:
      cairo_move_to (cr, x, y - 1.2 * r);
      cairo_line_to (cr, x + 1.15 * r, y + 0.85 * r);
      cairo_line_to (cr, x - 1.15 * r, y + 0.85 * r);
      cairo_close_path (cr);
      vb_painter_set_color (cr, c, 1);
      cairo_fill (cr);
      break;
    case SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - 1.25 * r);
      cairo_line_to (cr, x + 1.25 * r, y);
      cairo_line_to (cr, x, y + 1.25 * r);
      cairo_line_to (cr, x - 1.25 * r, y);
      cairo_close_path (cr);
      vb_painter_set_color (cr, c, 1);
      cairo_fill (cr);
      break;
    case SHAPE_CROSS:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      vb_painter_set_color (cr, c, 1);
      cairo_fill (cr);
      vb_painter_set_color (cr, &p->s->background, 1);
      cairo_set_line_width (cr, 1.3 * p->u);
      cairo_move_to (cr, x - 0.55 * r, y - 0.55 * r);
      cairo_line_to (cr, x + 0.55 * r, y + 0.55 * r);
      cairo_move_to (cr, x + 0.55 * r, y - 0.55 * r);
      cairo_line_to (cr, x - 0.55 * r, y + 0.55 * r);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------ legend */

void
vb_painter_legend_add (Painter            *p,
                       Shape               shape,
                       const VbChartColor *color,
                       const char         *label)
{
  LegendItem item = { shape, color, g_strdup (label) };

  g_array_append_val (p->legend, item);
}

void
vb_painter_legend_item_clear (gpointer data)
{
  g_free (((LegendItem *) data)->label);
}

/* lays out (and with @draw, draws) the legend flowing in @width from (@x,
 * @y); returns its height */
double
vb_painter_legend_run (Painter  *p,
                       double    x,
                       double    y,
                       double    width,
                       gboolean  draw)
{
  double cx = x, cy = y, key = p->line_h * 0.8;
  guint lines = p->legend->len > 0 ? 1 : 0;

  for (guint i = 0; i < p->legend->len; i++)
    {
      LegendItem *item = &g_array_index (p->legend, LegendItem, i);
      double max_label = MAX (0, width - key - p->gap / 2);
      double lw = MIN (vb_painter_text_width (p, item->label, p->font), max_label);
      double item_w = key + p->gap / 2 + lw;

      if (cx > x && cx + item_w > x + width)
        {
          cx = x;
          cy += p->line_h;
          lines++;
        }
      if (draw && cy + p->line_h <= p->h)
        {
          vb_painter_marker (p, item->shape, cx + key / 2, cy + p->line_h / 2, key * 0.38, item->color);
          vb_painter_draw_text (p, item->label, p->font, cx + key + p->gap / 2, cy, max_label, 0, &p->s->dim);
        }
      cx += item_w + 1.5 * p->gap;
    }
  return lines * p->line_h;
}

/* takes the legend off the bottom of the area (y, h) */
void
vb_painter_place_legend (Painter *p,
                         double   x,
                         double   width,
                         double   y,
                         double  *h)
{
  double lh;

  if (p->legend->len == 0)
    return;
  lh = vb_painter_legend_run (p, x, 0, width, FALSE);
  if (lh + p->gap > *h / 2)
    return;  /* no room: the chart matters more */
  vb_painter_legend_run (p, x, y + *h - lh, width, TRUE);
  *h -= lh + p->gap;
}

/* ------------------------------------------------------------ axes */

double
vb_painter_axis_pos (const VbChartGeometry *g,
                     double                 value)
{
  double span = g->hi - g->lo;
  double t = span > 0 ? (value - g->lo) / span : 0;

  if (g->value_is_x)
    return g->x + t * g->width;
  return g->y + g->height - t * g->height;
}

void
vb_painter_axis_make (Axis        *axis,
                      VbChartUnit  unit,
                      double       lo,
                      double       hi,
                      guint        count)
{
  double factor = 1;

  /* durations: nice numbers of seconds, minutes or hours */
  if (unit == VB_CHART_UNIT_SECONDS)
    factor = hi - lo >= 4 * 3600 ? 3600 : hi - lo >= 240 ? 60 : 1;
  axis->n = vb_chart_nice_ticks (lo / factor, hi / factor, MAX (count, 1), axis->ticks,
                                 G_N_ELEMENTS (axis->ticks));
  for (guint i = 0; i < axis->n; i++)
    axis->ticks[i] *= factor;
  axis->step = axis->n > 1 ? axis->ticks[1] - axis->ticks[0] : factor;
}

double
vb_painter_axis_label_width (Painter *p,
                             Axis    *axis)
{
  double widest = 0;

  for (guint i = 0; i < axis->n; i++)
    {
      g_autofree char *text = vb_chart_format_value (p->chart, axis->ticks[i], axis->step);
      widest = MAX (widest, vb_painter_text_width (p, text, p->font));
    }
  return widest;
}

/* ticks along x: as many as fit side by side in @width */
void
vb_painter_axis_make_x (Painter *p,
                        Axis    *axis,
                        double   lo,
                        double   hi,
                        double   width)
{
  for (guint count = 6; count >= 1; count--)
    {
      vb_painter_axis_make (axis, p->chart->unit, lo, hi, count);
      if (axis->n <= 1 || vb_painter_axis_label_width (p, axis) + p->gap <= width / (axis->n - 1))
        return;
    }
}

void
vb_painter_grid_lines (Painter *p,
                       Axis    *axis)
{
  VbChartGeometry *g = p->g;

  cairo_save (p->cr);
  cairo_set_line_width (p->cr, p->u);
  for (guint i = 0; i < axis->n; i++)
    {
      double pos = vb_painter_axis_pos (g, axis->ticks[i]);

      vb_painter_set_color (p->cr, axis->ticks[i] == 0 ? &p->s->dim : &p->s->grid, axis->ticks[i] == 0 ? 0.6 : 1);
      if (g->value_is_x)
        {
          cairo_move_to (p->cr, pos, g->y);
          cairo_line_to (p->cr, pos, g->y + g->height);
        }
      else
        {
          cairo_move_to (p->cr, g->x, pos);
          cairo_line_to (p->cr, g->x + g->width, pos);
        }
      cairo_stroke (p->cr);
    }
  cairo_restore (p->cr);
}

void
vb_painter_tick_labels (Painter *p,
                        Axis    *axis)
{
  VbChartGeometry *g = p->g;
  double room = axis->n > 1 ? (g->value_is_x ? g->width : g->height) / (axis->n - 1) : g->width;

  for (guint i = 0; i < axis->n; i++)
    {
      g_autofree char *text = vb_chart_format_value (p->chart, axis->ticks[i], axis->step);
      double pos = vb_painter_axis_pos (g, axis->ticks[i]);

      if (g->value_is_x)
        vb_painter_draw_text (p, text, p->font, pos, g->y + g->height + p->gap / 2, room - p->gap / 2, 0.5, &p->s->dim);
      else if (room >= p->line_h)
        vb_painter_draw_text (p, text, p->font, g->x - p->gap, pos - p->line_h / 2, g->x - p->gap, 1, &p->s->dim);
    }
}

/* ------------------------------------------------------------ frame */

PangoFontDescription *
vb_painter_font_new (const VbChartStyle *s,
                     double              points,
                     gboolean            bold)
{
  PangoFontDescription *font = pango_font_description_from_string (s->font_family);

  /* absolute: in cairo user units, whatever the resolution */
  pango_font_description_set_absolute_size (font, points * s->units_per_point * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

void
vb_painter_painter_init (Painter            *p,
                         VbChart            *chart,
                         cairo_t            *cr,
                         double              width,
                         double              height,
                         const VbChartStyle *style,
                         VbChartGeometry    *geometry)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  double tw;

  p->chart = chart;
  p->cr = cr;
  p->s = style;
  p->g = geometry;
  p->w = width;
  p->h = height;
  p->u = style->units_per_point;
  p->pad = MIN (12 * p->u, MIN (width, height) * 0.04);
  p->gap = 6 * p->u;
  p->layout = pango_cairo_create_layout (cr);
  /* the same layout on screen and on paper */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (p->layout), options);
  pango_layout_context_changed (p->layout);
  cairo_font_options_destroy (options);
  pango_layout_set_ellipsize (p->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (p->layout, TRUE);
  p->font = vb_painter_font_new (style, style->font_size, FALSE);
  p->bold = vb_painter_font_new (style, style->font_size, TRUE);
  p->title = vb_painter_font_new (style, style->title_size, TRUE);
  vb_painter_measure (p, "Ág", p->font, -1, &tw, &p->line_h);
  p->legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (p->legend, vb_painter_legend_item_clear);
}

void
vb_painter_painter_clear (Painter *p)
{
  g_clear_object (&p->layout);
  g_clear_pointer (&p->font, pango_font_description_free);
  g_clear_pointer (&p->bold, pango_font_description_free);
  g_clear_pointer (&p->title, pango_font_description_free);
  g_clear_pointer (&p->legend, g_array_unref);
}

const VbChartStyle *
vb_chart_style_get (VbChartStyleKind kind)
{
  g_return_val_if_fail (kind <= VB_CHART_STYLE_PRINT, &styles[VB_CHART_STYLE_LIGHT]);

  return &styles[kind];
}
