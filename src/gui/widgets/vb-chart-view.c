/* vb-chart-view.c — a chart of src/charts in the window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a VbChart with vb_chart_draw() in the widget's snapshot, in the
 * light or dark style as AdwStyleManager says, on a card. It asks for the
 * height at which every label fits at its width (never less than
 * MIN_HEIGHT), so in a scrolled page a chart of sixty criteria grows
 * rather than leaving names out. For a screen reader it is an image whose
 * label is the chart's title and whose description is the chart in words
 * (vb_chart_describe()).
 */

#define G_LOG_DOMAIN "vb-chart-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <adwaita.h>

#include "vb-chart-view.h"

#define MIN_HEIGHT 200
#define MIN_WIDTH 240

struct _VbChartView
{
  GtkWidget  parent_instance;

  /* owned */
  VbChart   *chart;
};

G_DEFINE_FINAL_TYPE (VbChartView, vb_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (VbChartView *self)
{
  g_autofree char *description = NULL;
  const char *title;

  if (self->chart == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("No chart to show yet"),
                                      -1);
      return;
    }
  description = vb_chart_describe (self->chart);
  title = vb_chart_get_title (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title[0] != '\0' ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
on_dark_changed_cb (AdwStyleManager *manager,
                    GParamSpec      *pspec,
                    VbChartView     *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static VbChartStyle
current_style (VbChartView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  VbChartStyle style = *vb_chart_style_get (dark ? VB_CHART_STYLE_DARK : VB_CHART_STYLE_LIGHT);

  /* the card behind draws the background, corners and all */
  style.fill_background = FALSE;
  return style;
}

static void
vb_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  VbChartView *self = VB_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  VbChartStyle style;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  style = current_style (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  vb_chart_draw (self->chart, cr, width, height, &style);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
vb_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vb_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  VbChartView *self = VB_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = 600;
    }
  else
    {
      VbChartStyle style = current_style (self);
      double width = for_size > 0 ? for_size : 600;
      double wanted = self->chart ? vb_chart_get_natural_height (self->chart, width, &style) : 0;

      *minimum = MIN_HEIGHT;
      *natural = MAX (MIN_HEIGHT, (int) ceil (wanted));
    }
}

static void
vb_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VbChartView *self = VB_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VbChartView *self = VB_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      vb_chart_view_set_chart (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_chart_view_finalize (GObject *object)
{
  VbChartView *self = VB_CHART_VIEW (object);

  g_clear_pointer (&self->chart, vb_chart_unref);

  G_OBJECT_CLASS (vb_chart_view_parent_class)->finalize (object);
}

static void
vb_chart_view_class_init (VbChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vb_chart_view_finalize;
  object_class->get_property = vb_chart_view_get_property;
  object_class->set_property = vb_chart_view_set_property;
  widget_class->snapshot = vb_chart_view_snapshot;
  widget_class->measure = vb_chart_view_measure;
  widget_class->get_request_mode = vb_chart_view_get_request_mode;

  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL, VB_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
vb_chart_view_init (VbChartView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, 0);
  update_accessible (self);
}

/**
 * vb_chart_view_new:
 * @chart: (nullable): the chart to show
 */
GtkWidget *
vb_chart_view_new (VbChart *chart)
{
  return g_object_new (VB_TYPE_CHART_VIEW, "chart", chart, NULL);
}

/* Shows @chart (a reference is taken), redraws, and tells a screen reader */
void
vb_chart_view_set_chart (VbChartView *self,
                         VbChart     *chart)
{
  g_return_if_fail (VB_IS_CHART_VIEW (self));

  if (chart == self->chart)
    return;
  g_clear_pointer (&self->chart, vb_chart_unref);
  if (chart != NULL)
    self->chart = vb_chart_ref (chart);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

VbChart *
vb_chart_view_get_chart (VbChartView *self)
{
  g_return_val_if_fail (VB_IS_CHART_VIEW (self), NULL);

  return self->chart;
}
