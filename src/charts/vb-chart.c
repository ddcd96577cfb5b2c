/* vb-chart.c — the chart model, its words and its axis ticks
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painter is in vb-chart-draw.c; this file holds what a chart shows and
 * how it reads aloud (vb_chart_describe()).
 */
#define G_LOG_DOMAIN "vb-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-chart-private.h"
#include "vb-format.h"

G_DEFINE_BOXED_TYPE (VbChart, vb_chart, vb_chart_ref, vb_chart_unref)
G_DEFINE_QUARK (vb-chart-error-quark, vb_chart_error)

/* ------------------------------------------------------------- helpers */

static void
bar_clear (gpointer data)
{
  VbChartBar *bar = data;

  g_free (bar->label);
  g_free (bar->values);
}

static void
tipping_clear (gpointer data)
{
  VbChartTipping *tipping = data;

  g_free (tipping->label);
}

static void
week_clear (gpointer data)
{
  VbChartWeek *week = data;

  g_free (week->label);
}

static gboolean
check_finite (double    value,
              GError  **error)
{
  if (isfinite (value))
    return TRUE;
  g_set_error (error, VB_CHART_ERROR, VB_CHART_ERROR_INVALID_VALUE,
               _("A chart cannot show a value that is not a number."));
  return FALSE;
}

static gboolean
check_kind (VbChart   *chart,
            gboolean   ok,
            GError   **error)
{
  if (ok)
    return TRUE;
  g_set_error (error, VB_CHART_ERROR, VB_CHART_ERROR_WRONG_KIND,
               _("This kind of chart cannot show that."));
  return FALSE;
}

static int
decimals_for_step (double step)
{
  double mantissa;
  int decimals;

  if (step <= 0 || !isfinite (step))
    return 0;
  decimals = (int) MAX (0, -floor (log10 (step) + 1e-9));
  mantissa = step / pow (10, floor (log10 (step) + 1e-9));
  /* 2.5, 0.25: one digit more */
  if (fabs (mantissa - 2.5) < 1e-6)
    decimals++;
  return MIN (decimals, 6);
}

/* A duration. On an axis, in the largest unit its @step is a whole number
 * of (2 h → hours, 30 min → minutes, 30 s → seconds), so every tick is
 * exact; a value alone, by its own size. */
static char *
format_seconds (double seconds,
                double step)
{
  g_autofree char *number = NULL;
  double unit;

  if (step > 0)
    unit = fmod (step, 3600) < 1e-9 ? 3600 : fmod (step, 60) < 1e-9 ? 60 : 1;
  else
    unit = fabs (seconds) < 120 ? 1 : fabs (seconds) < 2 * 3600 ? 60 : 3600;

  if (step > 0)
    number = vb_format_number (seconds / unit, decimals_for_step (step / unit));
  else
    number = vb_format_number (seconds / unit, unit == 1 ? 0 : unit == 60 ? (fabs (seconds) < 600 ? 1 : 0) : 1);
  if (unit == 1)
    /* TRANSLATORS: a duration in seconds: "45 s" */
    return g_strdup_printf (C_("duration", "%s s"), number);
  if (unit == 60)
    /* TRANSLATORS: a duration in minutes: "12 min" */
    return g_strdup_printf (C_("duration", "%s min"), number);
  /* TRANSLATORS: a duration in hours: "3.5 h" */
  return g_strdup_printf (C_("duration", "%s h"), number);
}

/* ------------------------------------------------------------- private */

char *
vb_chart_format_value (VbChart *chart,
                       double   value,
                       double   step)
{
  int decimals = step > 0 ? decimals_for_step (step) : -1;

  if (value == 0)
    value = 0;  /* no “-0” */
  switch (chart->unit)
    {
    case VB_CHART_UNIT_MONEY:
      return vb_format_money (value, chart->currency);
    case VB_CHART_UNIT_PERCENT:
      return vb_format_percent (value, decimals >= 0 ? decimals : (fabs (value) < 10 ? 1 : 0));
    case VB_CHART_UNIT_SECONDS:
      return format_seconds (value, step);
    case VB_CHART_UNIT_SCORE:
      return vb_format_number (value, decimals >= 0 ? decimals : 1);
    case VB_CHART_UNIT_NUMBER:
    default:
      return vb_format_number (value, decimals >= 0 ? decimals
                                                    : (fabs (value) < 100 && value != floor (value) ? 1 : 0));
    }
}

gboolean
vb_chart_is_empty (VbChart *chart)
{
  switch (chart->kind)
    {
    case VB_CHART_KIND_RANKING:
    case VB_CHART_KIND_BARS:
      return chart->bars->len == 0;
    case VB_CHART_KIND_TIPPING:
      return chart->tippings->len == 0;
    case VB_CHART_KIND_TREND:
      for (guint i = 0; i < chart->weeks->len; i++)
        if (!g_array_index (chart->weeks, VbChartWeek, i).missing)
          return FALSE;
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

double
vb_chart_bar_total (const VbChartBar *bar)
{
  double total = 0;

  for (guint i = 0; i < bar->n_values; i++)
    total += bar->values[i];
  return total;
}

/* -------------------------------------------------------------- public */

VbChart *
vb_chart_new (VbChartKind  kind,
              const char  *title)
{
  VbChart *chart;

  g_return_val_if_fail (kind <= VB_CHART_KIND_TREND, NULL);

  chart = g_new0 (VbChart, 1);
  g_atomic_ref_count_init (&chart->ref_count);
  chart->kind = kind;
  chart->title = g_strdup (title ? title : "");
  chart->unit = kind == VB_CHART_KIND_RANKING ? VB_CHART_UNIT_SCORE
                : kind == VB_CHART_KIND_TIPPING ? VB_CHART_UNIT_PERCENT
                : VB_CHART_UNIT_NUMBER;
  chart->segments = g_ptr_array_new_with_free_func (g_free);
  chart->bars = g_array_new (FALSE, TRUE, sizeof (VbChartBar));
  g_array_set_clear_func (chart->bars, bar_clear);
  chart->tippings = g_array_new (FALSE, TRUE, sizeof (VbChartTipping));
  g_array_set_clear_func (chart->tippings, tipping_clear);
  chart->weeks = g_array_new (FALSE, TRUE, sizeof (VbChartWeek));
  g_array_set_clear_func (chart->weeks, week_clear);
  chart->higher_is_better = TRUE;
  return chart;
}

VbChart *
vb_chart_ref (VbChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  g_atomic_ref_count_inc (&chart->ref_count);
  return chart;
}

void
vb_chart_unref (VbChart *chart)
{
  g_return_if_fail (chart != NULL);

  if (!g_atomic_ref_count_dec (&chart->ref_count))
    return;
  g_free (chart->title);
  g_free (chart->currency);
  g_free (chart->reference_label);
  g_ptr_array_unref (chart->segments);
  g_array_unref (chart->bars);
  g_array_unref (chart->tippings);
  g_array_unref (chart->weeks);
  g_free (chart);
}

VbChartKind
vb_chart_get_kind (VbChart *chart)
{
  g_return_val_if_fail (chart != NULL, VB_CHART_KIND_BARS);

  return chart->kind;
}

const char *
vb_chart_get_title (VbChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->title;
}

void
vb_chart_set_unit (VbChart     *chart,
                   VbChartUnit  unit,
                   const char  *currency)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (unit <= VB_CHART_UNIT_SCORE);

  chart->unit = unit;
  g_free (chart->currency);
  chart->currency = g_strdup (currency);
}

VbChartUnit
vb_chart_get_unit (VbChart *chart)
{
  g_return_val_if_fail (chart != NULL, VB_CHART_UNIT_NUMBER);

  return chart->unit;
}

void
vb_chart_set_horizontal (VbChart  *chart,
                         gboolean  horizontal)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->kind == VB_CHART_KIND_BARS);

  chart->horizontal = !!horizontal;
}

void
vb_chart_set_segments (VbChart            *chart,
                       const char * const *names)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->kind == VB_CHART_KIND_RANKING || chart->kind == VB_CHART_KIND_BARS);
  g_return_if_fail (chart->bars->len == 0);

  g_ptr_array_set_size (chart->segments, 0);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    g_ptr_array_add (chart->segments, g_strdup (names[i]));
}

guint
vb_chart_get_n_items (VbChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  switch (chart->kind)
    {
    case VB_CHART_KIND_TIPPING:
      return chart->tippings->len;
    case VB_CHART_KIND_TREND:
      return chart->weeks->len;
    case VB_CHART_KIND_RANKING:
    case VB_CHART_KIND_BARS:
    default:
      return chart->bars->len;
    }
}

gboolean
vb_chart_add_bar (VbChart       *chart,
                  const char    *label,
                  const double  *values,
                  guint          n_values,
                  VbChartMark    mark,
                  GError       **error)
{
  VbChartBar bar = { 0, };
  guint wanted;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (values != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_kind (chart, chart->kind == VB_CHART_KIND_RANKING || chart->kind == VB_CHART_KIND_BARS, error))
    return FALSE;
  wanted = MAX (chart->segments->len, 1);
  g_return_val_if_fail (n_values == wanted, FALSE);
  for (guint i = 0; i < n_values; i++)
    if (!check_finite (values[i], error))
      return FALSE;

  bar.label = g_strdup (label ? label : "");
  bar.values = g_memdup2 (values, n_values * sizeof (double));
  bar.n_values = n_values;
  bar.mark = mark;
  g_array_append_val (chart->bars, bar);
  return TRUE;
}

gboolean
vb_chart_set_reference (VbChart     *chart,
                        const char  *label,
                        double       value,
                        GError     **error)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_kind (chart, chart->kind == VB_CHART_KIND_BARS, error)
      || !check_finite (value, error))
    return FALSE;
  chart->has_reference = TRUE;
  chart->reference = value;
  g_free (chart->reference_label);
  chart->reference_label = g_strdup (label ? label : "");
  return TRUE;
}

gboolean
vb_chart_add_tipping (VbChart     *chart,
                      const char  *criterion,
                      double       weight,
                      gboolean     has_tipping,
                      double       tipping,
                      gboolean     critical,
                      GError     **error)
{
  VbChartTipping item = { 0, };

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_kind (chart, chart->kind == VB_CHART_KIND_TIPPING, error)
      || !check_finite (weight, error)
      || (has_tipping && !check_finite (tipping, error)))
    return FALSE;

  item.label = g_strdup (criterion ? criterion : "");
  item.weight = CLAMP (weight, 0, 100);
  item.has_tipping = !!has_tipping;
  item.tipping = has_tipping ? CLAMP (tipping, 0, 100) : 0;
  item.critical = !!critical;
  g_array_append_val (chart->tippings, item);
  return TRUE;
}

gboolean
vb_chart_set_target (VbChart     *chart,
                     double       target,
                     gboolean     has_threshold,
                     double       threshold,
                     gboolean     higher_is_better,
                     GError     **error)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_kind (chart, chart->kind == VB_CHART_KIND_TREND, error)
      || !check_finite (target, error)
      || (has_threshold && !check_finite (threshold, error)))
    return FALSE;
  chart->has_target = TRUE;
  chart->target = target;
  chart->has_threshold = !!has_threshold;
  chart->threshold = has_threshold ? threshold : target;
  chart->higher_is_better = !!higher_is_better;
  return TRUE;
}

gboolean
vb_chart_add_week (VbChart        *chart,
                   const char     *label,
                   double          value,
                   VbChartStatus   status,
                   GError        **error)
{
  VbChartWeek week = { 0, };

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_kind (chart, chart->kind == VB_CHART_KIND_TREND, error)
      || !check_finite (value, error))
    return FALSE;
  week.label = g_strdup (label ? label : "");
  week.value = value;
  week.status = status;
  g_array_append_val (chart->weeks, week);
  return TRUE;
}

void
vb_chart_add_missing_week (VbChart    *chart,
                           const char *label)
{
  VbChartWeek week = { 0, };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->kind == VB_CHART_KIND_TREND);

  week.label = g_strdup (label ? label : "");
  week.missing = TRUE;
  g_array_append_val (chart->weeks, week);
}

guint
vb_chart_nice_ticks (double  lo,
                     double  hi,
                     guint   target_count,
                     double *ticks,
                     guint   max_ticks)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double raw, magnitude, step = 1, first;
  guint n = 0;

  g_return_val_if_fail (ticks != NULL || max_ticks == 0, 0);
  g_return_val_if_fail (isfinite (lo) && isfinite (hi), 0);

  if (hi < lo)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (hi - lo < 1e-12)
    {
      /* one value: a range around it, from zero */
      if (fabs (hi) < 1e-12)
        hi = 1;
      else if (hi > 0)
        lo = 0;
      else
        hi = 0;
    }
  target_count = MAX (target_count, 1);
  raw = (hi - lo) / target_count;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      step = steps[i] * magnitude;
      if (step >= raw * (1 - 1e-9))
        break;
    }
  first = floor (lo / step + 1e-9) * step;
  for (double t = first; n < max_ticks; t = first + n * step)
    {
      ticks[n++] = fabs (t) < step * 1e-9 ? 0 : t;
      if (t >= hi - step * 1e-9)
        break;
    }
  return n;
}

static void
append_item (GString    *text,
             const char *item)
{
  if (text->len > 0)
    g_string_append (text, "; ");
  g_string_append (text, item);
}

static char *
describe_bar (VbChart          *chart,
              const VbChartBar *bar)
{
  g_autofree char *total = vb_chart_format_value (chart, vb_chart_bar_total (bar), 0);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s", bar->label, total);
  if (chart->segments->len > 1)
    {
      g_string_append (text, " (");
      for (guint i = 0; i < bar->n_values; i++)
        {
          g_autofree char *part = vb_chart_format_value (chart, bar->values[i], 0);
          g_string_append_printf (text, "%s%s %s", i > 0 ? ", " : "",
                                  (const char *) g_ptr_array_index (chart->segments, i), part);
        }
      g_string_append (text, ")");
    }
  if (bar->mark == VB_CHART_MARK_INCOMPLETE)
    g_string_append_printf (text, " (%s)", _("incomplete"));
  else if (bar->mark == VB_CHART_MARK_DISQUALIFIED)
    g_string_append_printf (text, " (%s)", _("disqualified"));
  return g_string_free (text, FALSE);
}

static const char *
status_word (VbChartStatus status)
{
  switch (status)
    {
    case VB_CHART_STATUS_MET:
      return _("met");
    case VB_CHART_STATUS_AT_RISK:
      return _("at risk");
    case VB_CHART_STATUS_BREACHED:
      return _("breached");
    case VB_CHART_STATUS_NONE:
    default:
      return NULL;
    }
}

char *
vb_chart_describe (VbChart *chart)
{
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *extra = NULL;

  g_return_val_if_fail (chart != NULL, NULL);

  if (vb_chart_is_empty (chart))
    /* TRANSLATORS: a chart's title, then this */
    return g_strdup_printf (_("%s: no data yet."), chart->title);

  switch (chart->kind)
    {
    case VB_CHART_KIND_RANKING:
    case VB_CHART_KIND_BARS:
      for (guint i = 0; i < chart->bars->len; i++)
        {
          g_autofree char *item = describe_bar (chart, &g_array_index (chart->bars, VbChartBar, i));
          append_item (items, item);
        }
      if (chart->has_reference)
        {
          g_autofree char *value = vb_chart_format_value (chart, chart->reference, 0);
          extra = g_strdup_printf ("%s %s", chart->reference_label, value);
        }
      break;

    case VB_CHART_KIND_TIPPING:
      for (guint i = 0; i < chart->tippings->len; i++)
        {
          const VbChartTipping *t = &g_array_index (chart->tippings, VbChartTipping, i);
          g_autofree char *weight = vb_format_percent (t->weight, 0);
          g_autofree char *item = NULL;

          if (!t->has_tipping)
            /* TRANSLATORS: a criterion, its weight */
            item = g_strdup_printf (_("%s: weight %s, the leader holds at any weight"), t->label, weight);
          else
            {
              g_autofree char *tipping = vb_format_percent (t->tipping, 0);
              /* TRANSLATORS: a criterion, its weight, the weight at which the leader changes */
              item = g_strdup_printf (_("%s: weight %s, the leader changes at %s"), t->label, weight, tipping);
            }
          if (t->critical)
            {
              char *marked = g_strdup_printf ("%s (%s)", item, _("critical"));
              g_free (item);
              item = marked;
            }
          append_item (items, item);
        }
      break;

    case VB_CHART_KIND_TREND:
      if (chart->has_target)
        {
          g_autofree char *target = vb_chart_format_value (chart, chart->target, 0);
          g_autofree char *threshold = vb_chart_format_value (chart, chart->threshold, 0);

          if (chart->has_threshold)
            /* TRANSLATORS: "target 90%, at risk from 85%" */
            extra = g_strdup_printf (_("target %s, at risk from %s"), target, threshold);
          else
            extra = g_strdup_printf (_("target %s"), target);
        }
      for (guint i = 0; i < chart->weeks->len; i++)
        {
          const VbChartWeek *w = &g_array_index (chart->weeks, VbChartWeek, i);
          g_autofree char *item = NULL;

          if (w->missing)
            /* TRANSLATORS: a week without results */
            item = g_strdup_printf (_("%s: no data"), w->label);
          else
            {
              g_autofree char *value = vb_chart_format_value (chart, w->value, 0);
              const char *status = status_word (w->status);

              item = status ? g_strdup_printf ("%s: %s (%s)", w->label, value, status)
                            : g_strdup_printf ("%s: %s", w->label, value);
            }
          append_item (items, item);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  if (extra != NULL && chart->kind == VB_CHART_KIND_TREND)
    return g_strdup_printf ("%s (%s): %s.", chart->title, extra, items->str);
  if (extra != NULL)
    return g_strdup_printf ("%s: %s; %s.", chart->title, items->str, extra);
  return g_strdup_printf ("%s: %s.", chart->title, items->str);
}
