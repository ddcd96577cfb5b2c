/* vb-chart.h — the charts of the window and the documents, drawn with cairo
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One chart model, several kinds. A VbChart holds what a chart shows — its
 * title, its kind, the unit of its values, the bars, criteria or weeks —
 * and nothing about pixels. vb_chart_draw() draws it on any cairo context
 * at any size: an image surface for a PNG, a PDF surface for a document (in
 * points), or the window's GtkDrawingArea (in logical pixels).
 * vb_chart_describe() says the same in words, for a screen reader and for a
 * document's alternative text. The module needs only GLib, cairo and pango
 * (and core's number formatting); it never includes GTK.
 *
 * The kinds:
 *  - VB_CHART_KIND_RANKING: horizontal bars, one per vendor (the total),
 *    optionally stacked per category (vb_chart_set_segments());
 *  - VB_CHART_KIND_BARS: vertical bars (or horizontal ones:
 *    vb_chart_set_horizontal()) with an optional reference line, e.g. the
 *    annual cost per vendor with the in-house cost;
 *  - VB_CHART_KIND_TIPPING: per criterion the current global weight and its
 *    tipping point on a 0–100 % axis, critical ones marked;
 *  - VB_CHART_KIND_TREND: one value per week with a target line and an
 *    at-risk band; a missing week leaves a gap; each point's status (met, at
 *    risk, breached) is shown by its shape as well as its colour.
 *
 * A bar may be marked incomplete or disqualified: it is drawn differently
 * (hatched, or as an outline) and labelled in words, never by colour alone.
 *
 * Values must be finite: the add functions refuse NaN and infinities with
 * VB_CHART_ERROR_INVALID_VALUE, and the chart is left unchanged.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define VB_TYPE_CHART (vb_chart_get_type ())
#define VB_CHART_ERROR (vb_chart_error_quark ())

typedef enum
{
  VB_CHART_ERROR_INVALID_VALUE,
  VB_CHART_ERROR_WRONG_KIND,
} VbChartError;

typedef enum
{
  VB_CHART_KIND_RANKING,
  VB_CHART_KIND_BARS,
  VB_CHART_KIND_TIPPING,
  VB_CHART_KIND_TREND,
} VbChartKind;

/* How values are written: through core's vb-format.h, in the locale */
typedef enum
{
  VB_CHART_UNIT_NUMBER,
  VB_CHART_UNIT_MONEY,    /* whole units of the chart's currency */
  VB_CHART_UNIT_PERCENT,  /* 0–100 */
  VB_CHART_UNIT_SECONDS,  /* a duration */
  VB_CHART_UNIT_SCORE,    /* a total 0–100, one decimal */
} VbChartUnit;

typedef enum
{
  VB_CHART_MARK_NONE,
  VB_CHART_MARK_INCOMPLETE,
  VB_CHART_MARK_DISQUALIFIED,
} VbChartMark;

typedef enum
{
  VB_CHART_STATUS_NONE,
  VB_CHART_STATUS_MET,
  VB_CHART_STATUS_AT_RISK,
  VB_CHART_STATUS_BREACHED,
} VbChartStatus;

typedef enum
{
  VB_CHART_STYLE_LIGHT,
  VB_CHART_STYLE_DARK,
  VB_CHART_STYLE_PRINT,
} VbChartStyleKind;

typedef struct
{
  double red, green, blue, alpha;
} VbChartColor;

/* Colours are libadwaita's named colours (and the GNOME palette for the
 * series), given as values; lengths are in points and multiplied by
 * units_per_point to give cairo user units (1 for PDF, 96/72 on screen). */
typedef struct
{
  double       units_per_point;
  gboolean     fill_background;
  VbChartColor background;
  VbChartColor foreground;     /* titles, labels */
  VbChartColor dim;            /* axis labels, notes */
  VbChartColor grid;
  VbChartColor accent;         /* a single series */
  VbChartColor reference;      /* reference and target lines */
  VbChartColor success;
  VbChartColor warning;
  VbChartColor error;
  VbChartColor series[6];      /* stacked segments, in order */
  const char  *font_family;
  double       font_size;      /* labels, in points */
  double       title_size;     /* in points */
} VbChartStyle;

typedef struct _VbChart VbChart;

GType         vb_chart_get_type        (void) G_GNUC_CONST;
GQuark        vb_chart_error_quark     (void);

VbChart      *vb_chart_new             (VbChartKind  kind,
                                        const char  *title);
VbChart      *vb_chart_ref             (VbChart     *chart);
void          vb_chart_unref           (VbChart     *chart);

VbChartKind   vb_chart_get_kind        (VbChart     *chart);
const char   *vb_chart_get_title       (VbChart     *chart);
/* @currency: an ISO 4217 code, for VB_CHART_UNIT_MONEY (NULL otherwise) */
void          vb_chart_set_unit        (VbChart     *chart,
                                        VbChartUnit  unit,
                                        const char  *currency);
VbChartUnit   vb_chart_get_unit        (VbChart     *chart);
/* VB_CHART_KIND_BARS only: bars grow to the right instead of upwards */
void          vb_chart_set_horizontal  (VbChart     *chart,
                                        gboolean     horizontal);
/* RANKING and BARS: the names of the stacked segments (the categories);
 * every bar added after this gives one value per segment */
void          vb_chart_set_segments    (VbChart            *chart,
                                        const char * const *names);
guint         vb_chart_get_n_items     (VbChart     *chart);

/* RANKING and BARS: one bar; @values holds one value, or one per segment */
gboolean      vb_chart_add_bar         (VbChart       *chart,
                                        const char    *label,
                                        const double  *values,
                                        guint          n_values,
                                        VbChartMark    mark,
                                        GError       **error);
/* BARS: a line across the bars, e.g. "In-house" at the in-house cost */
gboolean      vb_chart_set_reference   (VbChart     *chart,
                                        const char  *label,
                                        double       value,
                                        GError     **error);

/* TIPPING: weights in percent (0–100); @has_tipping FALSE when the leader
 * holds over the whole range (@tipping is then ignored) */
gboolean      vb_chart_add_tipping     (VbChart     *chart,
                                        const char  *criterion,
                                        double       weight,
                                        gboolean     has_tipping,
                                        double       tipping,
                                        gboolean     critical,
                                        GError     **error);

/* TREND: the target and the "not quite" threshold (the at-risk band lies
 * between them); @higher_is_better says which side of the target is met
 * (kept with the chart; the points' statuses come from the caller, which
 * computes them with core's SLA rule) */
gboolean      vb_chart_set_target      (VbChart     *chart,
                                        double       target,
                                        gboolean     has_threshold,
                                        double       threshold,
                                        gboolean     higher_is_better,
                                        GError     **error);
/* TREND: one week (label e.g. "12 May"), in order */
gboolean      vb_chart_add_week        (VbChart        *chart,
                                        const char     *label,
                                        double          value,
                                        VbChartStatus   status,
                                        GError        **error);
/* TREND: a week without a value: the line breaks there */
void          vb_chart_add_missing_week (VbChart    *chart,
                                         const char *label);

const VbChartStyle *vb_chart_style_get (VbChartStyleKind kind);

/* Draws @chart in the rectangle (0, 0, @width, @height) of @cr's user space,
 * and nowhere else; a chart without data draws its title and a message.
 * @style: vb_chart_style_get() or a copy of one (NULL: the light style) */
void          vb_chart_draw            (VbChart            *chart,
                                        cairo_t            *cr,
                                        double              width,
                                        double              height,
                                        const VbChartStyle *style);
/* The height at which every label of @chart fits at @width (a chart drawn
 * smaller leaves labels out rather than overlap them) */
double        vb_chart_get_natural_height (VbChart            *chart,
                                           double              width,
                                           const VbChartStyle *style);
/* The chart in words: newly allocated, translated */
char         *vb_chart_describe        (VbChart     *chart);

/* Nice axis ticks covering [@lo, @hi]: about @target_count steps of 1, 2,
 * 2.5 or 5 × 10ⁿ; returns the number of ticks written to @ticks (at most
 * @max_ticks) */
guint         vb_chart_nice_ticks      (double       lo,
                                        double       hi,
                                        guint        target_count,
                                        double      *ticks,
                                        guint        max_ticks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbChart, vb_chart_unref)

G_END_DECLS
