/* vb-channel-forecast.h — the volume forecast of one channel, and its months
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One forecast per project, one row per channel (forecast_channel) with
 * twelve monthly volumes (forecast_month). An empty number is "not known
 * yet" (NAN), never zero. The staffing maths is in vb-staffing.h; the
 * loader that feeds it is vb-decision-model.c.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_CHANNEL_FORECAST (vb_channel_forecast_get_type ())
G_DECLARE_FINAL_TYPE (VbChannelForecast, vb_channel_forecast, VB, CHANNEL_FORECAST, VbRecord)

#define VB_TYPE_FORECAST_MONTH (vb_forecast_month_get_type ())
G_DECLARE_FINAL_TYPE (VbForecastMonth, vb_forecast_month, VB, FORECAST_MONTH, VbRecord)

VbChannel  vb_channel_forecast_get_channel             (VbChannelForecast *self);
gboolean   vb_channel_forecast_get_live                (VbChannelForecast *self);
double     vb_channel_forecast_get_aht_seconds         (VbChannelForecast *self);
double     vb_channel_forecast_get_open_hours_per_week (VbChannelForecast *self);
double     vb_channel_forecast_get_service_level_pct   (VbChannelForecast *self);
double     vb_channel_forecast_get_service_seconds     (VbChannelForecast *self);
double     vb_channel_forecast_get_shrinkage_pct       (VbChannelForecast *self);
double     vb_channel_forecast_get_occupancy_pct       (VbChannelForecast *self);
int        vb_channel_forecast_get_interval_minutes    (VbChannelForecast *self);
double     vb_channel_forecast_get_peak_factor         (VbChannelForecast *self);
double     vb_channel_forecast_get_concurrency         (VbChannelForecast *self);
double     vb_channel_forecast_get_response_hours      (VbChannelForecast *self);

/* Each one edit; a number NAN empties it. Two rows for one channel are
 * refused. */
gboolean   vb_channel_forecast_set_channel             (VbChannelForecast *self, VbChannel value, GError **error);
gboolean   vb_channel_forecast_set_live                (VbChannelForecast *self, gboolean value, GError **error);
gboolean   vb_channel_forecast_set_aht_seconds         (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_open_hours_per_week (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_service_level_pct   (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_service_seconds     (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_shrinkage_pct       (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_occupancy_pct       (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_interval_minutes    (VbChannelForecast *self, int value, GError **error);
gboolean   vb_channel_forecast_set_peak_factor         (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_concurrency         (VbChannelForecast *self, double value, GError **error);
gboolean   vb_channel_forecast_set_response_hours      (VbChannelForecast *self, double value, GError **error);

GListModel *vb_channel_forecast_get_months             (VbChannelForecast *self);
/* @month 1 … 12; NAN when the month has no volume yet */
double     vb_channel_forecast_get_volume              (VbChannelForecast *self,
                                                        guint              month);
/* Sets the month's volume as one edit, adding its row when needed */
gboolean   vb_channel_forecast_set_volume              (VbChannelForecast *self,
                                                        guint              month,
                                                        double             volume,
                                                        GError           **error);

VbChannelForecast *vb_forecast_month_get_channel_forecast (VbForecastMonth *self);
guint      vb_forecast_month_get_month                 (VbForecastMonth *self);
double     vb_forecast_month_get_volume                (VbForecastMonth *self);
gboolean   vb_forecast_month_set_volume                (VbForecastMonth *self,
                                                        double           volume,
                                                        GError         **error);

GListModel        *vb_project_get_forecast_channels    (VbProject  *project);
VbChannelForecast *vb_project_get_channel_forecast     (VbProject  *project,
                                                        VbChannel   channel);
/* A new channel of the forecast, one edit: live for phone and chat */
VbChannelForecast *vb_project_add_channel_forecast     (VbProject  *project,
                                                        VbChannel   channel,
                                                        GError    **error);
/* A first forecast from the Goals & Scope task inventory (the tasks to
 * outsource, grouped by channel: vb-forecast-prefill.c), one edit, when
 * the forecast has no channel yet. Returns: the number of channels added;
 * 0 with @error when the forecast is not empty or no task to outsource
 * has a volume. */
guint              vb_project_prefill_forecast         (VbProject  *project,
                                                        GError    **error);
/* The interval length (5 … 240 minutes) and peak factor (1 … 20) of every
 * channel, one edit: the engine reads them from the first channel */
gboolean           vb_project_set_forecast_intervals   (VbProject  *project,
                                                        int         interval_minutes,
                                                        double      peak_factor,
                                                        GError    **error);

G_END_DECLS
