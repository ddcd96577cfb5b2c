/* vb-chart-view.h — a chart of src/charts in the window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-chart.h"

G_BEGIN_DECLS

#define VB_TYPE_CHART_VIEW (vb_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (VbChartView, vb_chart_view, VB, CHART_VIEW, GtkWidget)

GtkWidget *vb_chart_view_new       (VbChart     *chart);
void       vb_chart_view_set_chart (VbChartView *self,
                                    VbChart     *chart);
VbChart   *vb_chart_view_get_chart (VbChartView *self);

G_END_DECLS
