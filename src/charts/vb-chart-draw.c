/* vb-chart-draw.c — the painter: a VbChart on a cairo context, with pango
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is laid out from the size it is given: the title on top, a
 * legend at the bottom, the plot in between. Text is measured before it is
 * placed: a label that is too long is ellipsized, and a label that has no
 * room left (a 60-row chart in 300 pixels) is left out rather than drawn
 * over its neighbour. Narrow vertical bars turn into horizontal ones, whose
 * labels have room. Nothing is drawn outside (0, 0, width, height).
 */
#define G_LOG_DOMAIN "vb-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "vb-chart-private.h"
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

/* ------------------------------------------------------------- text */

static void
set_color (cairo_t            *cr,
           const VbChartColor *c,
           double              alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

static void
measure (Painter                    *p,
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
  *tw = MIN ((double) logical.width / PANGO_SCALE, max_w > 0 ? max_w : G_MAXDOUBLE);
  *th = (double) logical.height / PANGO_SCALE;
}

static double
text_width (Painter                    *p,
            const char                 *text,
            const PangoFontDescription *font)
{
  double tw, th;

  measure (p, text, font, -1, &tw, &th);
  return tw;
}

/* @x is the left edge, the centre or the right edge for an @xalign of 0,
 * 0.5 or 1; @y the top. Kept inside the surface; returns the box drawn. */
static Box
draw_text (Painter                    *p,
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
  measure (p, text, font, max_w, &box.w, &box.h);
  box.x = CLAMP (x - xalign * box.w, 0, MAX (0, p->w - box.w));
  box.y = CLAMP (y, 0, MAX (0, p->h - box.h));
  set_color (p->cr, color, 1);
  cairo_move_to (p->cr, box.x, box.y);
  pango_cairo_show_layout (p->cr, p->layout);
  rect = (cairo_rectangle_t) { box.x, box.y, box.w, box.h };
  if (p->g != NULL)
    g_array_append_val (p->g->text_boxes, rect);
  return box;
}

static void
skipped (Painter *p)
{
  if (p->g != NULL)
    p->g->texts_skipped++;
}

/* ------------------------------------------------------------ shapes */

static void
hatch (Painter            *p,
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
  set_color (cr, c, 0.3);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  set_color (cr, c, 1);
  cairo_set_line_width (cr, 1.2 * p->u);
  for (double d = -h; d < w + h; d += step)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
outline (Painter            *p,
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
  set_color (p->cr, c, 1);
  cairo_set_line_width (p->cr, lw);
  cairo_set_dash (p->cr, dash, 2, 0);
  cairo_stroke (p->cr);
  cairo_restore (p->cr);
}

static void
dashed_line (Painter            *p,
             double              x0,
             double              y0,
             double              x1,
             double              y1,
             const VbChartColor *c)
{
  double dash[] = { 5 * p->u, 3 * p->u };

  cairo_save (p->cr);
  set_color (p->cr, c, 1);
  cairo_set_line_width (p->cr, 1.5 * p->u);
  cairo_set_dash (p->cr, dash, 2, 0);
  cairo_move_to (p->cr, x0, y0);
  cairo_line_to (p->cr, x1, y1);
  cairo_stroke (p->cr);
  cairo_restore (p->cr);
}

/* a marker centred on (@x, @y), @r its radius */
static void
marker (Painter            *p,
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
      set_color (cr, c, 1);
      cairo_fill (cr);
      break;
    case SHAPE_HATCH:
      hatch (p, x - r, y - r, 2 * r, 2 * r, c);
      break;
    case SHAPE_OUTLINE:
      outline (p, x - r, y - r, 2 * r, 2 * r, c);
      break;
    case SHAPE_DASH:
      dashed_line (p, x - 1.6 * r, y, x + 1.6 * r, y, c);
      break;
    case SHAPE_BAND:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      set_color (cr, c, 0.25);
      cairo_fill (cr);
      break;
    case SHAPE_CIRCLE:
    case SHAPE_RING:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      set_color (cr, &p->s->background, 1);
      cairo_fill_preserve (cr);
      set_color (cr, c, 1);
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
      set_color (cr, c, 1);
      cairo_fill (cr);
      break;
    case SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - 1.25 * r);
      cairo_line_to (cr, x + 1.25 * r, y);
      cairo_line_to (cr, x, y + 1.25 * r);
      cairo_line_to (cr, x - 1.25 * r, y);
      cairo_close_path (cr);
      set_color (cr, c, 1);
      cairo_fill (cr);
      break;
    case SHAPE_CROSS:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      set_color (cr, c, 1);
      cairo_fill (cr);
      set_color (cr, &p->s->background, 1);
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

static void
legend_add (Painter            *p,
            Shape               shape,
            const VbChartColor *color,
            const char         *label)
{
  LegendItem item = { shape, color, g_strdup (label) };

  g_array_append_val (p->legend, item);
}

static void
legend_item_clear (gpointer data)
{
  g_free (((LegendItem *) data)->label);
}

/* lays out (and with @draw, draws) the legend flowing in @width from (@x,
 * @y); returns its height */
static double
legend_run (Painter  *p,
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
      double lw = MIN (text_width (p, item->label, p->font), max_label);
      double item_w = key + p->gap / 2 + lw;

      if (cx > x && cx + item_w > x + width)
        {
          cx = x;
          cy += p->line_h;
          lines++;
        }
      if (draw && cy + p->line_h <= p->h)
        {
          marker (p, item->shape, cx + key / 2, cy + p->line_h / 2, key * 0.38, item->color);
          draw_text (p, item->label, p->font, cx + key + p->gap / 2, cy, max_label, 0, &p->s->dim);
        }
      cx += item_w + 1.5 * p->gap;
    }
  return lines * p->line_h;
}

/* takes the legend off the bottom of the area (y, h) */
static void
place_legend (Painter *p,
              double   x,
              double   width,
              double   y,
              double  *h)
{
  double lh;

  if (p->legend->len == 0)
    return;
  lh = legend_run (p, x, 0, width, FALSE);
  if (lh + p->gap > *h / 2)
    return;  /* no room: the chart matters more */
  legend_run (p, x, y + *h - lh, width, TRUE);
  *h -= lh + p->gap;
}

/* ------------------------------------------------------------ axes */

typedef struct
{
  double ticks[16];
  guint  n;
  double step;
} Axis;

static double
axis_pos (const VbChartGeometry *g,
          double                 value)
{
  double span = g->hi - g->lo;
  double t = span > 0 ? (value - g->lo) / span : 0;

  if (g->value_is_x)
    return g->x + t * g->width;
  return g->y + g->height - t * g->height;
}

static void
axis_make (Axis   *axis,
           double  lo,
           double  hi,
           guint   count)
{
  axis->n = vb_chart_nice_ticks (lo, hi, MAX (count, 1), axis->ticks, G_N_ELEMENTS (axis->ticks));
  axis->step = axis->n > 1 ? axis->ticks[1] - axis->ticks[0] : 1;
}

static double
axis_label_width (Painter *p,
                  Axis    *axis)
{
  double widest = 0;

  for (guint i = 0; i < axis->n; i++)
    {
      g_autofree char *text = vb_chart_format_value (p->chart, axis->ticks[i], axis->step);
      widest = MAX (widest, text_width (p, text, p->font));
    }
  return widest;
}

/* ticks along x: as many as fit side by side in @width */
static void
axis_make_x (Painter *p,
             Axis    *axis,
             double   lo,
             double   hi,
             double   width)
{
  for (guint count = 6; count >= 1; count--)
    {
      axis_make (axis, lo, hi, count);
      if (axis->n <= 1 || axis_label_width (p, axis) + p->gap <= width / (axis->n - 1))
        return;
    }
}

static void
grid_lines (Painter *p,
            Axis    *axis)
{
  VbChartGeometry *g = p->g;

  cairo_save (p->cr);
  cairo_set_line_width (p->cr, p->u);
  for (guint i = 0; i < axis->n; i++)
    {
      double pos = axis_pos (g, axis->ticks[i]);

      set_color (p->cr, axis->ticks[i] == 0 ? &p->s->dim : &p->s->grid, axis->ticks[i] == 0 ? 0.6 : 1);
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

static void
tick_labels (Painter *p,
             Axis    *axis)
{
  VbChartGeometry *g = p->g;
  double room = axis->n > 1 ? (g->value_is_x ? g->width : g->height) / (axis->n - 1) : g->width;

  for (guint i = 0; i < axis->n; i++)
    {
      g_autofree char *text = vb_chart_format_value (p->chart, axis->ticks[i], axis->step);
      double pos = axis_pos (g, axis->ticks[i]);

      if (g->value_is_x)
        draw_text (p, text, p->font, pos, g->y + g->height + p->gap / 2, room - p->gap / 2, 0.5, &p->s->dim);
      else if (room >= p->line_h)
        draw_text (p, text, p->font, g->x - p->gap, pos - p->line_h / 2, g->x - p->gap, 1, &p->s->dim);
    }
}

/* ------------------------------------------------------------ bars */

static char *
bar_value_text (Painter          *p,
                const VbChartBar *bar)
{
  g_autofree char *value = vb_chart_format_value (p->chart, vb_chart_bar_total (bar), 0);

  if (bar->mark == VB_CHART_MARK_INCOMPLETE)
    /* TRANSLATORS: a bar's value and the word for a total that lacks data */
    return g_strdup_printf (_("%s · incomplete"), value);
  if (bar->mark == VB_CHART_MARK_DISQUALIFIED)
    return g_strdup_printf (_("%s · disqualified"), value);
  return g_steal_pointer (&value);
}

static void
bar_range (VbChart *chart,
           double  *lo,
           double  *hi)
{
  *lo = 0;
  *hi = 0;
  for (guint i = 0; i < chart->bars->len; i++)
    {
      const VbChartBar *bar = &g_array_index (chart->bars, VbChartBar, i);
      double neg = 0, pos = 0;

      for (guint k = 0; k < bar->n_values; k++)
        if (bar->values[k] < 0)
          neg += bar->values[k];
        else
          pos += bar->values[k];
      *lo = MIN (*lo, neg);
      *hi = MAX (*hi, pos);
    }
  if (chart->has_reference)
    {
      *lo = MIN (*lo, chart->reference);
      *hi = MAX (*hi, chart->reference);
    }
}

static void
bars_legend (Painter *p)
{
  VbChart *chart = p->chart;
  gboolean incomplete = FALSE, disqualified = FALSE;

  if (chart->segments->len > 1)
    for (guint i = 0; i < chart->segments->len; i++)
      legend_add (p, SHAPE_SWATCH, &p->s->series[i % G_N_ELEMENTS (p->s->series)],
                  g_ptr_array_index (chart->segments, i));
  for (guint i = 0; i < chart->bars->len; i++)
    {
      VbChartMark mark = g_array_index (chart->bars, VbChartBar, i).mark;
      incomplete |= mark == VB_CHART_MARK_INCOMPLETE;
      disqualified |= mark == VB_CHART_MARK_DISQUALIFIED;
    }
  if (incomplete)
    legend_add (p, SHAPE_HATCH, &p->s->accent, _("Incomplete: data missing"));
  if (disqualified)
    legend_add (p, SHAPE_OUTLINE, &p->s->dim, _("Disqualified"));
  if (chart->has_reference)
    {
      g_autofree char *value = vb_chart_format_value (chart, chart->reference, 0);
      g_autofree char *text = g_strdup_printf ("%s %s", chart->reference_label, value);
      legend_add (p, SHAPE_DASH, &p->s->reference, text);
    }
}

/* one bar from the value @from to @to, @across its centre and @thickness */
static void
bar_piece (Painter            *p,
           const VbChartBar   *bar,
           double              from,
           double              to,
           double              across,
           double              thickness,
           const VbChartColor *color)
{
  VbChartGeometry *g = p->g;
  double a = axis_pos (g, from), b = axis_pos (g, to);
  double x, y, w, h;

  if (g->value_is_x)
    {
      x = MIN (a, b);
      w = fabs (b - a);
      y = across - thickness / 2;
      h = thickness;
    }
  else
    {
      y = MIN (a, b);
      h = fabs (b - a);
      x = across - thickness / 2;
      w = thickness;
    }
  if (bar->mark == VB_CHART_MARK_DISQUALIFIED)
    outline (p, x, y, w, h, &p->s->dim);
  else if (bar->mark == VB_CHART_MARK_INCOMPLETE)
    hatch (p, x, y, w, h, color);
  else
    {
      set_color (p->cr, color, 1);
      cairo_rectangle (p->cr, x, y, w, h);
      cairo_fill (p->cr);
    }
}

static void
bar_pieces (Painter          *p,
            const VbChartBar *bar,
            double            across,
            double            thickness)
{
  double pos = 0, neg = 0;

  for (guint k = 0; k < bar->n_values; k++)
    {
      const VbChartColor *color = p->chart->segments->len > 1
                                    ? &p->s->series[k % G_N_ELEMENTS (p->s->series)]
                                    : &p->s->accent;
      double v = bar->values[k];
      double *acc = v < 0 ? &neg : &pos;

      bar_piece (p, bar, *acc, *acc + v, across, thickness, color);
      *acc += v;
    }
}

static void
draw_bars_horizontal (Painter *p,
                      double   x,
                      double   y,
                      double   w,
                      double   h)
{
  VbChart *chart = p->chart;
  VbChartGeometry *g = p->g;
  guint n = chart->bars->len;
  double label_w = 0, value_w = 0, lo, hi, pitch, thickness, last_bottom = -G_MAXDOUBLE;
  double track_x, track_w;
  Axis axis;

  bars_legend (p);
  place_legend (p, x, w, y, &h);

  for (guint i = 0; i < n; i++)
    {
      const VbChartBar *bar = &g_array_index (chart->bars, VbChartBar, i);
      g_autofree char *value = bar_value_text (p, bar);

      label_w = MAX (label_w, text_width (p, bar->label, p->font));
      value_w = MAX (value_w, text_width (p, value, p->font));
    }
  label_w = MIN (label_w, w * 0.32);
  value_w = MIN (value_w, w * 0.28);
  track_x = x + label_w + p->gap;
  track_w = w - label_w - value_w - 2 * p->gap;

  bar_range (chart, &lo, &hi);
  axis_make_x (p, &axis, lo, hi, track_w);
  g->value_is_x = TRUE;
  g->x = track_x;
  g->width = MAX (track_w, 1);
  g->y = y;
  g->height = MAX (h - p->line_h - p->gap / 2, 1);
  g->lo = axis.ticks[0];
  g->hi = axis.ticks[axis.n - 1];

  grid_lines (p, &axis);
  tick_labels (p, &axis);

  pitch = g->height / n;
  thickness = MIN (pitch * 0.64, 20 * p->u);
  for (guint i = 0; i < n; i++)
    {
      const VbChartBar *bar = &g_array_index (chart->bars, VbChartBar, i);
      double cy = g->y + pitch * (i + 0.5);

      g_array_append_val (g->item_centres, cy);
      bar_pieces (p, bar, cy, thickness);
      if (cy - p->line_h / 2 >= last_bottom && cy + p->line_h / 2 <= g->y + g->height + p->gap / 4)
        {
          g_autofree char *value = bar_value_text (p, bar);

          draw_text (p, bar->label, p->font, x, cy - p->line_h / 2, label_w, 0, &p->s->foreground);
          draw_text (p, value, p->font, x + w, cy - p->line_h / 2, value_w, 1,
                     bar->mark == VB_CHART_MARK_NONE ? &p->s->foreground : &p->s->dim);
          last_bottom = cy + p->line_h / 2;
        }
      else
        skipped (p);
    }

  if (chart->has_reference)
    {
      double rx = axis_pos (g, chart->reference);
      dashed_line (p, rx, g->y, rx, g->y + g->height, &p->s->reference);
    }
}

static void
draw_bars_vertical (Painter *p,
                    double   x,
                    double   y,
                    double   w,
                    double   h)
{
  VbChart *chart = p->chart;
  VbChartGeometry *g = p->g;
  guint n = chart->bars->len;
  gboolean marks = FALSE;
  double lo, hi, label_h, slot, thickness, axis_w, below, names_y;
  Axis axis;

  bars_legend (p);
  place_legend (p, x, w, y, &h);
  for (guint i = 0; i < n; i++)
    marks |= g_array_index (chart->bars, VbChartBar, i).mark != VB_CHART_MARK_NONE;

  /* category labels below (two lines with a mark), values above the bars */
  bar_range (chart, &lo, &hi);
  /* below a negative bar, its value: a line between the plot and the names */
  below = lo < 0 ? p->line_h : 0;
  label_h = p->line_h * (marks ? 2 : 1) + p->gap / 2 + below;
  axis_make (&axis, lo, hi, (guint) CLAMP ((h - label_h) / (3 * p->line_h), 2, 6));
  axis_w = axis_label_width (p, &axis);

  g->value_is_x = FALSE;
  g->x = x + axis_w + p->gap;
  g->width = MAX (w - axis_w - p->gap, 1);
  g->y = y + p->line_h;
  g->height = MAX (h - label_h - p->line_h, 1);
  g->lo = axis.ticks[0];
  g->hi = axis.ticks[axis.n - 1];

  grid_lines (p, &axis);
  tick_labels (p, &axis);

  slot = g->width / n;
  thickness = MIN (slot * 0.6, 56 * p->u);
  names_y = g->y + g->height + p->gap / 2 + below;
  for (guint i = 0; i < n; i++)
    {
      const VbChartBar *bar = &g_array_index (chart->bars, VbChartBar, i);
      double cx = g->x + slot * (i + 0.5);
      double total = vb_chart_bar_total (bar);
      g_autofree char *value = vb_chart_format_value (chart, total, 0);
      double vy, tw;

      g_array_append_val (g->item_centres, cx);
      bar_pieces (p, bar, cx, thickness);

      /* the value above a bar (below a negative one) */
      tw = text_width (p, value, p->font);
      vy = total >= 0 ? axis_pos (g, total) - p->line_h - 1 : axis_pos (g, total) + 1;
      if (tw <= slot - p->gap / 2)
        draw_text (p, value, p->font, cx, vy, slot, 0.5,
                   bar->mark == VB_CHART_MARK_NONE ? &p->s->foreground : &p->s->dim);
      else
        skipped (p);

      draw_text (p, bar->label, p->font, cx, names_y, slot - p->gap / 2, 0.5, &p->s->foreground);
      if (bar->mark != VB_CHART_MARK_NONE)
        draw_text (p, bar->mark == VB_CHART_MARK_INCOMPLETE ? _("incomplete") : _("disqualified"),
                   p->font, cx, names_y + p->line_h, slot - p->gap / 2, 0.5,
                   &p->s->dim);
    }

  if (chart->has_reference)
    {
      double ry = axis_pos (g, chart->reference);
      dashed_line (p, g->x, ry, g->x + g->width, ry, &p->s->reference);
    }
}

/* vertical bars need room for their labels: a slot of 64 points at least,
 * else the bars turn horizontal */
static gboolean
bars_fit_vertically (Painter *p,
                     double   w)
{
  return !p->chart->horizontal
         && w / MAX (p->chart->bars->len, 1) >= 64 * p->u;
}

/* ------------------------------------------------------------ tipping */

static char *
tipping_note (const VbChartTipping *t)
{
  g_autofree char *tipping = NULL;

  if (!t->has_tipping)
    /* TRANSLATORS: the leader stays the leader whatever this weight */
    return g_strdup (_("holds"));
  tipping = vb_format_percent (t->tipping, 0);
  if (t->critical)
    /* TRANSLATORS: "critical: tips at 34%" */
    return g_strdup_printf (_("critical: tips at %s"), tipping);
  return g_strdup_printf (_("tips at %s"), tipping);
}

static void
draw_tipping (Painter *p,
              double   x,
              double   y,
              double   w,
              double   h)
{
  VbChart *chart = p->chart;
  VbChartGeometry *g = p->g;
  guint n = chart->tippings->len;
  double label_w = 0, note_w = 0, pitch, r, last_bottom = -G_MAXDOUBLE;
  gboolean critical = FALSE;
  Axis axis;

  legend_add (p, SHAPE_CIRCLE, &p->s->accent, _("Current weight"));
  legend_add (p, SHAPE_RING, &p->s->foreground, _("Tipping point"));
  for (guint i = 0; i < n; i++)
    critical |= g_array_index (chart->tippings, VbChartTipping, i).critical;
  if (critical)
    legend_add (p, SHAPE_DIAMOND, &p->s->error, _("Critical: close to the current weight"));
  place_legend (p, x, w, y, &h);

  for (guint i = 0; i < n; i++)
    {
      const VbChartTipping *t = &g_array_index (chart->tippings, VbChartTipping, i);
      g_autofree char *note = tipping_note (t);

      label_w = MAX (label_w, text_width (p, t->label, t->critical ? p->bold : p->font));
      note_w = MAX (note_w, text_width (p, note, p->font));
    }
  label_w = MIN (label_w, w * 0.34);
  note_w = MIN (note_w, w * 0.26);

  g->value_is_x = TRUE;
  g->x = x + label_w + p->gap;
  g->width = MAX (w - label_w - note_w - 2 * p->gap, 1);
  g->y = y;
  g->height = MAX (h - p->line_h - p->gap / 2, 1);
  axis_make_x (p, &axis, 0, 100, g->width);
  g->lo = 0;
  g->hi = 100;
  grid_lines (p, &axis);
  tick_labels (p, &axis);

  pitch = g->height / n;
  r = MIN (pitch * 0.32, 5 * p->u);
  for (guint i = 0; i < n; i++)
    {
      const VbChartTipping *t = &g_array_index (chart->tippings, VbChartTipping, i);
      double cy = g->y + pitch * (i + 0.5);
      double wx = axis_pos (g, t->weight);

      g_array_append_val (g->item_centres, cy);
      if (t->has_tipping)
        {
          double tx = axis_pos (g, t->tipping);

          cairo_save (p->cr);
          set_color (p->cr, t->critical ? &p->s->error : &p->s->dim, 0.7);
          cairo_set_line_width (p->cr, MAX (r * 0.5, p->u));
          cairo_move_to (p->cr, wx, cy);
          cairo_line_to (p->cr, tx, cy);
          cairo_stroke (p->cr);
          cairo_restore (p->cr);
          if (t->critical)
            marker (p, SHAPE_DIAMOND, tx, cy, r * 1.1, &p->s->error);
          else
            marker (p, SHAPE_RING, tx, cy, r, &p->s->foreground);
        }
      marker (p, SHAPE_CIRCLE, wx, cy, r, &p->s->accent);

      if (cy - p->line_h / 2 >= last_bottom && cy + p->line_h / 2 <= g->y + g->height + p->gap / 4)
        {
          g_autofree char *note = tipping_note (t);

          draw_text (p, t->label, t->critical ? p->bold : p->font, x, cy - p->line_h / 2, label_w, 0,
                     &p->s->foreground);
          draw_text (p, note, p->font, x + w, cy - p->line_h / 2, note_w, 1,
                     t->critical ? &p->s->error : &p->s->dim);
          last_bottom = cy + p->line_h / 2;
        }
      else
        skipped (p);
    }
}

/* ------------------------------------------------------------ trend */

static void
status_marker (Painter       *p,
               VbChartStatus  status,
               double         x,
               double         y,
               double         r)
{
  switch (status)
    {
    case VB_CHART_STATUS_MET:
      marker (p, SHAPE_CIRCLE, x, y, r, &p->s->success);
      break;
    case VB_CHART_STATUS_AT_RISK:
      marker (p, SHAPE_TRIANGLE, x, y, r * 1.15, &p->s->warning);
      break;
    case VB_CHART_STATUS_BREACHED:
      marker (p, SHAPE_CROSS, x, y, r, &p->s->error);
      break;
    case VB_CHART_STATUS_NONE:
    default:
      marker (p, SHAPE_RING, x, y, r, &p->s->accent);
      break;
    }
}

static void
draw_trend (Painter *p,
            double   x,
            double   y,
            double   w,
            double   h)
{
  VbChart *chart = p->chart;
  VbChartGeometry *g = p->g;
  guint n = chart->weeks->len, every;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, slot, axis_w, label_w = 0, r;
  gboolean seen[4] = { FALSE, };
  gboolean pen_down = FALSE;
  Axis axis;

  for (guint i = 0; i < n; i++)
    {
      const VbChartWeek *week = &g_array_index (chart->weeks, VbChartWeek, i);

      label_w = MAX (label_w, text_width (p, week->label, p->font));
      if (week->missing)
        continue;
      lo = MIN (lo, week->value);
      hi = MAX (hi, week->value);
      seen[week->status] = TRUE;
    }
  if (seen[VB_CHART_STATUS_MET])
    legend_add (p, SHAPE_CIRCLE, &p->s->success, _("Met"));
  if (seen[VB_CHART_STATUS_AT_RISK])
    legend_add (p, SHAPE_TRIANGLE, &p->s->warning, _("At risk"));
  if (seen[VB_CHART_STATUS_BREACHED])
    legend_add (p, SHAPE_CROSS, &p->s->error, _("Breached"));
  if (chart->has_target)
    {
      g_autofree char *value = vb_chart_format_value (chart, chart->target, 0);
      g_autofree char *text = g_strdup_printf (_("Target %s"), value);

      legend_add (p, SHAPE_DASH, &p->s->reference, text);
      lo = MIN (lo, MIN (chart->target, chart->threshold));
      hi = MAX (hi, MAX (chart->target, chart->threshold));
      if (chart->has_threshold)
        legend_add (p, SHAPE_BAND, &p->s->warning, _("At-risk band"));
    }
  place_legend (p, x, w, y, &h);

  /* a little air above and below the values */
  if (hi > lo)
    {
      double air = (hi - lo) * 0.08;
      lo = lo >= 0 && lo - air < 0 ? 0 : lo - air;
      hi += air;
      if (chart->unit == VB_CHART_UNIT_PERCENT && hi > 100 && hi - air <= 100)
        hi = 100;
    }
  axis_make (&axis, lo, hi, (guint) CLAMP ((h - p->line_h) / (3 * p->line_h), 2, 6));
  axis_w = axis_label_width (p, &axis);

  g->value_is_x = FALSE;
  g->x = x + axis_w + p->gap;
  g->width = MAX (w - axis_w - p->gap, 1);
  g->y = y + p->line_h / 2;
  g->height = MAX (h - 1.5 * p->line_h - p->gap / 2, 1);
  g->lo = axis.ticks[0];
  g->hi = axis.ticks[axis.n - 1];

  if (chart->has_target && chart->has_threshold)
    {
      double a = axis_pos (g, chart->target), b = axis_pos (g, chart->threshold);

      set_color (p->cr, &p->s->warning, 0.18);
      cairo_rectangle (p->cr, g->x, MIN (a, b), g->width, fabs (b - a));
      cairo_fill (p->cr);
    }
  grid_lines (p, &axis);
  tick_labels (p, &axis);
  if (chart->has_target)
    {
      double ty = axis_pos (g, chart->target);
      dashed_line (p, g->x, ty, g->x + g->width, ty, &p->s->reference);
    }

  slot = g->width / n;
  every = (guint) MAX (1, ceil ((label_w + p->gap) / slot));
  r = CLAMP (slot * 0.3, 2 * p->u, 4.5 * p->u);

  cairo_save (p->cr);
  set_color (p->cr, &p->s->accent, 1);
  cairo_set_line_width (p->cr, 2 * p->u);
  cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const VbChartWeek *week = &g_array_index (chart->weeks, VbChartWeek, i);
      double cx = g->x + slot * (i + 0.5);

      g_array_append_val (g->item_centres, cx);
      if (week->missing)
        {
          pen_down = FALSE;
          continue;
        }
      if (pen_down)
        cairo_line_to (p->cr, cx, axis_pos (g, week->value));
      else
        cairo_move_to (p->cr, cx, axis_pos (g, week->value));
      pen_down = TRUE;
    }
  cairo_stroke (p->cr);
  cairo_restore (p->cr);

  for (guint i = 0; i < n; i++)
    {
      const VbChartWeek *week = &g_array_index (chart->weeks, VbChartWeek, i);
      double cx = g_array_index (g->item_centres, double, i);

      if (!week->missing)
        status_marker (p, week->status, cx, axis_pos (g, week->value), r);
      if (i % every == 0)
        draw_text (p, week->label, p->font, cx, g->y + g->height + p->gap / 2,
                   slot * every - p->gap / 2, 0.5, &p->s->dim);
      else
        skipped (p);
    }
}

/* ------------------------------------------------------------ frame */

static PangoFontDescription *
font_new (const VbChartStyle *s,
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

static void
painter_init (Painter            *p,
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
  p->font = font_new (style, style->font_size, FALSE);
  p->bold = font_new (style, style->font_size, TRUE);
  p->title = font_new (style, style->title_size, TRUE);
  measure (p, "Ág", p->font, -1, &tw, &p->line_h);
  p->legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (p->legend, legend_item_clear);
}

static void
painter_clear (Painter *p)
{
  g_clear_object (&p->layout);
  g_clear_pointer (&p->font, pango_font_description_free);
  g_clear_pointer (&p->bold, pango_font_description_free);
  g_clear_pointer (&p->title, pango_font_description_free);
  g_clear_pointer (&p->legend, g_array_unref);
}

void
vb_chart_geometry_init (VbChartGeometry *geometry)
{
  memset (geometry, 0, sizeof *geometry);
  geometry->item_centres = g_array_new (FALSE, FALSE, sizeof (double));
  geometry->text_boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
}

void
vb_chart_geometry_clear (VbChartGeometry *geometry)
{
  g_clear_pointer (&geometry->item_centres, g_array_unref);
  g_clear_pointer (&geometry->text_boxes, g_array_unref);
}

double
vb_chart_geometry_pos (const VbChartGeometry *geometry,
                       double                 value)
{
  return axis_pos (geometry, value);
}

void
vb_chart_draw_recorded (VbChart            *chart,
                        cairo_t            *cr,
                        double              width,
                        double              height,
                        const VbChartStyle *style,
                        VbChartGeometry    *geometry)
{
  Painter p = { 0, };
  double x, y, w, h;
  Box title;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (geometry != NULL);

  if (!(width > 0 && height > 0 && isfinite (width) && isfinite (height)))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_new_path (cr);
  painter_init (&p, chart, cr, width, height, style, geometry);

  if (style->fill_background)
    {
      set_color (cr, &style->background, 1);
      cairo_paint (cr);
    }

  title = draw_text (&p, chart->title, p.title, p.pad, p.pad, width - 2 * p.pad, 0, &style->foreground);
  x = p.pad;
  y = title.y + title.h + p.gap * 1.5;
  w = MAX (width - 2 * p.pad, 1);
  h = height - y - p.pad;

  if (h < 3 * p.line_h)
    skipped (&p);  /* no room for a plot */
  else if (vb_chart_is_empty (chart))
    {
      double cy = y + h / 2 - p.line_h / 2;
      draw_text (&p, _("No data to show yet"), p.font, width / 2, cy, w, 0.5, &style->dim);
    }
  else
    switch (chart->kind)
      {
      case VB_CHART_KIND_RANKING:
        draw_bars_horizontal (&p, x, y, w, h);
        break;
      case VB_CHART_KIND_BARS:
        if (bars_fit_vertically (&p, w))
          draw_bars_vertical (&p, x, y, w, h);
        else
          draw_bars_horizontal (&p, x, y, w, h);
        break;
      case VB_CHART_KIND_TIPPING:
        draw_tipping (&p, x, y, w, h);
        break;
      case VB_CHART_KIND_TREND:
        draw_trend (&p, x, y, w, h);
        break;
      default:
        g_assert_not_reached ();
      }

  painter_clear (&p);
  cairo_restore (cr);
}

void
vb_chart_draw (VbChart            *chart,
               cairo_t            *cr,
               double              width,
               double              height,
               const VbChartStyle *style)
{
  VbChartGeometry geometry;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  vb_chart_geometry_init (&geometry);
  vb_chart_draw_recorded (chart, cr, width, height, style ? style : vb_chart_style_get (VB_CHART_STYLE_LIGHT),
                          &geometry);
  vb_chart_geometry_clear (&geometry);
}

double
vb_chart_get_natural_height (VbChart            *chart,
                             double              width,
                             const VbChartStyle *style)
{
  double u, line, rows;

  g_return_val_if_fail (chart != NULL, 0);

  if (style == NULL)
    style = vb_chart_style_get (VB_CHART_STYLE_LIGHT);
  u = style->units_per_point;
  line = style->font_size * u * 1.3;
  /* title, legend (two lines), axis labels, padding */
  rows = 24 * u + style->title_size * u * 1.3 + 9 * u + 3 * line + 12 * u;
  if (chart->kind == VB_CHART_KIND_RANKING || chart->kind == VB_CHART_KIND_TIPPING
      || (chart->kind == VB_CHART_KIND_BARS
          && (chart->horizontal || width / MAX (chart->bars->len, 1) < 64 * u + 24 * u)))
    return rows + MAX (vb_chart_get_n_items (chart), 1) * line * 1.6;
  return CLAMP (width * 0.5, 200 * u, 320 * u);
}

const VbChartStyle *
vb_chart_style_get (VbChartStyleKind kind)
{
  g_return_val_if_fail (kind <= VB_CHART_STYLE_PRINT, &styles[VB_CHART_STYLE_LIGHT]);

  return &styles[kind];
}
