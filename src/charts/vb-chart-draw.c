/* vb-chart-draw.c — the chart kinds laid out, and the frame around them
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

#include "vb-chart-painter.h"
#include "vb-format.h"

/* ------------------------------------------------------------ bars */

static const char *
mark_word (VbChartMark mark)
{
  switch (mark)
    {
    case VB_CHART_MARK_INCOMPLETE:
      /* TRANSLATORS: a total that lacks data */
      return _("incomplete");
    case VB_CHART_MARK_DISQUALIFIED:
      return _("disqualified");
    case VB_CHART_MARK_NONE:
    default:
      return NULL;
    }
}

/* the value, with the mark's word unless it goes under the name */
static char *
bar_value_text (Painter          *p,
                const VbChartBar *bar,
                gboolean          with_mark)
{
  g_autofree char *value = vb_chart_format_value (p->chart, vb_chart_bar_total (bar), 0);

  if (!with_mark)
    return g_steal_pointer (&value);
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
      vb_painter_legend_add (p, SHAPE_SWATCH, &p->s->series[i % G_N_ELEMENTS (p->s->series)],
                             g_ptr_array_index (chart->segments, i));
  for (guint i = 0; i < chart->bars->len; i++)
    {
      VbChartMark mark = g_array_index (chart->bars, VbChartBar, i).mark;
      incomplete |= mark == VB_CHART_MARK_INCOMPLETE;
      disqualified |= mark == VB_CHART_MARK_DISQUALIFIED;
    }
  if (incomplete)
    vb_painter_legend_add (p, SHAPE_HATCH, &p->s->accent, _("Incomplete: data missing"));
  if (disqualified)
    vb_painter_legend_add (p, SHAPE_OUTLINE, &p->s->dim, _("Disqualified"));
  if (chart->has_reference)
    {
      g_autofree char *value = vb_chart_format_value (chart, chart->reference, 0);
      g_autofree char *text = g_strdup_printf ("%s %s", chart->reference_label, value);
      vb_painter_legend_add (p, SHAPE_DASH, &p->s->reference, text);
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
  double a = vb_painter_axis_pos (g, from), b = vb_painter_axis_pos (g, to);
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
    vb_painter_outline (p, x, y, w, h, &p->s->dim);
  else if (bar->mark == VB_CHART_MARK_INCOMPLETE)
    vb_painter_hatch (p, x, y, w, h, color);
  else
    {
      vb_painter_set_color (p->cr, color, 1);
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
  gboolean two_lines;
  Axis axis;

  bars_legend (p);
  vb_painter_place_legend (p, x, w, y, &h);
  /* room for two lines a row: the mark's word goes under the name */
  two_lines = (h - p->line_h) / n >= 2.2 * p->line_h;

  for (guint i = 0; i < n; i++)
    {
      const VbChartBar *bar = &g_array_index (chart->bars, VbChartBar, i);
      g_autofree char *value = bar_value_text (p, bar, !two_lines);

      label_w = MAX (label_w, vb_painter_text_width (p, bar->label, p->font));
      if (two_lines && bar->mark != VB_CHART_MARK_NONE)
        label_w = MAX (label_w, vb_painter_text_width (p, mark_word (bar->mark), p->font));
      value_w = MAX (value_w, vb_painter_text_width (p, value, p->font));
    }
  label_w = MIN (label_w, w * 0.32);
  value_w = MIN (value_w, w * 0.28);
  track_x = x + label_w + p->gap;
  track_w = w - label_w - value_w - 2 * p->gap;

  bar_range (chart, &lo, &hi);
  vb_painter_axis_make_x (p, &axis, lo, hi, track_w);
  g->value_is_x = TRUE;
  g->x = track_x;
  g->width = MAX (track_w, 1);
  g->y = y;
  g->height = MAX (h - p->line_h - p->gap / 2, 1);
  g->lo = axis.ticks[0];
  g->hi = axis.ticks[axis.n - 1];

  vb_painter_grid_lines (p, &axis);
  vb_painter_tick_labels (p, &axis);

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
          g_autofree char *value = bar_value_text (p, bar, !two_lines);
          gboolean under = two_lines && bar->mark != VB_CHART_MARK_NONE;
          double top = under ? cy - p->line_h : cy - p->line_h / 2;

          vb_painter_draw_text (p, bar->label, p->font, x, top, label_w, 0, &p->s->foreground);
          if (under)
            vb_painter_draw_text (p, mark_word (bar->mark), p->font, x, cy, label_w, 0, &p->s->dim);
          vb_painter_draw_text (p, value, p->font, x + w, cy - p->line_h / 2, value_w, 1,
                                bar->mark == VB_CHART_MARK_NONE ? &p->s->foreground : &p->s->dim);
          last_bottom = cy + p->line_h / 2;
        }
      else
        vb_painter_skipped (p);
    }

  if (chart->has_reference)
    {
      double rx = vb_painter_axis_pos (g, chart->reference);
      vb_painter_dashed_line (p, rx, g->y, rx, g->y + g->height, &p->s->reference);
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
  vb_painter_place_legend (p, x, w, y, &h);
  for (guint i = 0; i < n; i++)
    marks |= g_array_index (chart->bars, VbChartBar, i).mark != VB_CHART_MARK_NONE;

  /* category labels below (two lines with a mark), values above the bars */
  bar_range (chart, &lo, &hi);
  /* below a negative bar, its value: a line between the plot and the names */
  below = lo < 0 ? p->line_h : 0;
  label_h = p->line_h * (marks ? 2 : 1) + p->gap / 2 + below;
  vb_painter_axis_make (&axis, chart->unit, lo, hi, (guint) CLAMP ((h - label_h) / (3 * p->line_h), 2, 6));
  axis_w = vb_painter_axis_label_width (p, &axis);

  g->value_is_x = FALSE;
  g->x = x + axis_w + p->gap;
  g->width = MAX (w - axis_w - p->gap, 1);
  g->y = y + p->line_h;
  g->height = MAX (h - label_h - p->line_h, 1);
  g->lo = axis.ticks[0];
  g->hi = axis.ticks[axis.n - 1];

  vb_painter_grid_lines (p, &axis);
  vb_painter_tick_labels (p, &axis);

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
      tw = vb_painter_text_width (p, value, p->font);
      vy = total >= 0 ? vb_painter_axis_pos (g, total) - p->line_h - 1 : vb_painter_axis_pos (g, total) + 1;
      if (tw <= slot - p->gap / 2)
        vb_painter_draw_text (p, value, p->font, cx, vy, slot, 0.5,
                              bar->mark == VB_CHART_MARK_NONE ? &p->s->foreground : &p->s->dim);
      else
        vb_painter_skipped (p);

      vb_painter_draw_text (p, bar->label, p->font, cx, names_y, slot - p->gap / 2, 0.5, &p->s->foreground);
      if (bar->mark != VB_CHART_MARK_NONE)
        vb_painter_draw_text (p, mark_word (bar->mark), p->font, cx, names_y + p->line_h, slot - p->gap / 2, 0.5,
                              &p->s->dim);
    }

  if (chart->has_reference)
    {
      double ry = vb_painter_axis_pos (g, chart->reference);
      vb_painter_dashed_line (p, g->x, ry, g->x + g->width, ry, &p->s->reference);
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

  vb_painter_legend_add (p, SHAPE_CIRCLE, &p->s->accent, _("Current weight"));
  vb_painter_legend_add (p, SHAPE_RING, &p->s->foreground, _("Tipping point"));
  for (guint i = 0; i < n; i++)
    critical |= g_array_index (chart->tippings, VbChartTipping, i).critical;
  if (critical)
    vb_painter_legend_add (p, SHAPE_DIAMOND, &p->s->error, _("Critical: close to the current weight"));
  vb_painter_place_legend (p, x, w, y, &h);

  for (guint i = 0; i < n; i++)
    {
      const VbChartTipping *t = &g_array_index (chart->tippings, VbChartTipping, i);
      g_autofree char *note = tipping_note (t);

      label_w = MAX (label_w, vb_painter_text_width (p, t->label, t->critical ? p->bold : p->font));
      note_w = MAX (note_w, vb_painter_text_width (p, note, p->font));
    }
  label_w = MIN (label_w, w * 0.34);
  note_w = MIN (note_w, w * 0.26);

  g->value_is_x = TRUE;
  g->x = x + label_w + p->gap;
  g->width = MAX (w - label_w - note_w - 2 * p->gap, 1);
  g->y = y;
  g->height = MAX (h - p->line_h - p->gap / 2, 1);
  vb_painter_axis_make_x (p, &axis, 0, 100, g->width);
  g->lo = 0;
  g->hi = 100;
  vb_painter_grid_lines (p, &axis);
  vb_painter_tick_labels (p, &axis);

  pitch = g->height / n;
  r = MIN (pitch * 0.32, 5 * p->u);
  for (guint i = 0; i < n; i++)
    {
      const VbChartTipping *t = &g_array_index (chart->tippings, VbChartTipping, i);
      double cy = g->y + pitch * (i + 0.5);
      double wx = vb_painter_axis_pos (g, t->weight);

      g_array_append_val (g->item_centres, cy);
      if (t->has_tipping)
        {
          double tx = vb_painter_axis_pos (g, t->tipping);

          cairo_save (p->cr);
          vb_painter_set_color (p->cr, t->critical ? &p->s->error : &p->s->dim, 0.7);
          cairo_set_line_width (p->cr, MAX (r * 0.5, p->u));
          cairo_move_to (p->cr, wx, cy);
          cairo_line_to (p->cr, tx, cy);
          cairo_stroke (p->cr);
          cairo_restore (p->cr);
          if (t->critical)
            vb_painter_marker (p, SHAPE_DIAMOND, tx, cy, r * 1.1, &p->s->error);
          else
            vb_painter_marker (p, SHAPE_RING, tx, cy, r, &p->s->foreground);
        }
      vb_painter_marker (p, SHAPE_CIRCLE, wx, cy, r, &p->s->accent);

      if (cy - p->line_h / 2 >= last_bottom && cy + p->line_h / 2 <= g->y + g->height + p->gap / 4)
        {
          g_autofree char *note = tipping_note (t);

          vb_painter_draw_text (p, t->label, t->critical ? p->bold : p->font, x, cy - p->line_h / 2, label_w, 0,
                                &p->s->foreground);
          vb_painter_draw_text (p, note, p->font, x + w, cy - p->line_h / 2, note_w, 1,
                                t->critical && t->has_tipping ? &p->s->error : &p->s->dim);
          last_bottom = cy + p->line_h / 2;
        }
      else
        vb_painter_skipped (p);
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
      vb_painter_marker (p, SHAPE_CIRCLE, x, y, r, &p->s->success);
      break;
    case VB_CHART_STATUS_AT_RISK:
      vb_painter_marker (p, SHAPE_TRIANGLE, x, y, r * 1.15, &p->s->warning);
      break;
    case VB_CHART_STATUS_BREACHED:
      vb_painter_marker (p, SHAPE_CROSS, x, y, r, &p->s->error);
      break;
    case VB_CHART_STATUS_NONE:
    default:
      vb_painter_marker (p, SHAPE_RING, x, y, r, &p->s->accent);
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

      label_w = MAX (label_w, vb_painter_text_width (p, week->label, p->font));
      if (week->missing)
        continue;
      lo = MIN (lo, week->value);
      hi = MAX (hi, week->value);
      seen[week->status] = TRUE;
    }
  if (seen[VB_CHART_STATUS_MET])
    vb_painter_legend_add (p, SHAPE_CIRCLE, &p->s->success, _("Met"));
  if (seen[VB_CHART_STATUS_AT_RISK])
    vb_painter_legend_add (p, SHAPE_TRIANGLE, &p->s->warning, _("At risk"));
  if (seen[VB_CHART_STATUS_BREACHED])
    vb_painter_legend_add (p, SHAPE_CROSS, &p->s->error, _("Breached"));
  if (chart->has_target)
    {
      g_autofree char *value = vb_chart_format_value (chart, chart->target, 0);
      g_autofree char *text = g_strdup_printf (_("Target %s"), value);

      vb_painter_legend_add (p, SHAPE_DASH, &p->s->reference, text);
      lo = MIN (lo, MIN (chart->target, chart->threshold));
      hi = MAX (hi, MAX (chart->target, chart->threshold));
      if (chart->has_threshold)
        vb_painter_legend_add (p, SHAPE_BAND, &p->s->warning, _("At-risk band"));
    }
  vb_painter_place_legend (p, x, w, y, &h);

  /* a little air above and below the values */
  if (hi > lo)
    {
      double air = (hi - lo) * 0.08;
      lo = lo >= 0 && lo - air < 0 ? 0 : lo - air;
      hi += air;
      if (chart->unit == VB_CHART_UNIT_PERCENT && hi > 100 && hi - air <= 100)
        hi = 100;
    }
  vb_painter_axis_make (&axis, chart->unit, lo, hi, (guint) CLAMP ((h - p->line_h) / (3 * p->line_h), 2, 6));
  axis_w = vb_painter_axis_label_width (p, &axis);

  g->value_is_x = FALSE;
  g->x = x + axis_w + p->gap;
  g->width = MAX (w - axis_w - p->gap, 1);
  g->y = y + p->line_h / 2;
  g->height = MAX (h - 1.5 * p->line_h - p->gap / 2, 1);
  g->lo = axis.ticks[0];
  g->hi = axis.ticks[axis.n - 1];

  if (chart->has_target && chart->has_threshold)
    {
      double a = vb_painter_axis_pos (g, chart->target), b = vb_painter_axis_pos (g, chart->threshold);

      vb_painter_set_color (p->cr, &p->s->warning, 0.18);
      cairo_rectangle (p->cr, g->x, MIN (a, b), g->width, fabs (b - a));
      cairo_fill (p->cr);
    }
  vb_painter_grid_lines (p, &axis);
  vb_painter_tick_labels (p, &axis);
  if (chart->has_target)
    {
      double ty = vb_painter_axis_pos (g, chart->target);
      vb_painter_dashed_line (p, g->x, ty, g->x + g->width, ty, &p->s->reference);
    }

  slot = g->width / n;
  every = (guint) MAX (1, ceil ((label_w + p->gap) / slot));
  r = CLAMP (slot * 0.3, 2 * p->u, 4.5 * p->u);

  cairo_save (p->cr);
  vb_painter_set_color (p->cr, &p->s->accent, 1);
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
        cairo_line_to (p->cr, cx, vb_painter_axis_pos (g, week->value));
      else
        cairo_move_to (p->cr, cx, vb_painter_axis_pos (g, week->value));
      pen_down = TRUE;
    }
  cairo_stroke (p->cr);
  cairo_restore (p->cr);

  for (guint i = 0; i < n; i++)
    {
      const VbChartWeek *week = &g_array_index (chart->weeks, VbChartWeek, i);
      double cx = g_array_index (g->item_centres, double, i);

      if (!week->missing)
        status_marker (p, week->status, cx, vb_painter_axis_pos (g, week->value), r);
      if (i % every == 0)
        vb_painter_draw_text (p, week->label, p->font, cx, g->y + g->height + p->gap / 2,
                              slot * every - p->gap / 2, 0.5, &p->s->dim);
      else
        vb_painter_skipped (p);
    }
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
  return vb_painter_axis_pos (geometry, value);
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
  vb_painter_painter_init (&p, chart, cr, width, height, style, geometry);

  if (style->fill_background)
    {
      vb_painter_set_color (cr, &style->background, 1);
      cairo_paint (cr);
    }

  title = vb_painter_draw_text (&p, chart->title, p.title, p.pad, p.pad, width - 2 * p.pad, 0, &style->foreground);
  x = p.pad;
  y = title.y + title.h + p.gap * 1.5;
  w = MAX (width - 2 * p.pad, 1);
  h = height - y - p.pad;

  if (h < 3 * p.line_h)
    vb_painter_skipped (&p);  /* no room for a plot */
  else if (vb_chart_is_empty (chart))
    {
      double cy = y + h / 2 - p.line_h / 2;
      vb_painter_draw_text (&p, _("No data to show yet"), p.font, width / 2, cy, w, 0.5, &style->dim);
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

  vb_painter_painter_clear (&p);
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
