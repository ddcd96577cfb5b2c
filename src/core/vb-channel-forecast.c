/* vb-channel-forecast.c — the volume forecast of one channel, and its months
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules: one row per channel in the forecast, one row per month of a
 * channel (1 … 12). Writing a month's volume adds its row when it has none,
 * in the same edit.
 */

#define G_LOG_DOMAIN "vb-forecast"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-channel-forecast.h"
#include "vb-entity-private.h"
#include "vb-format.h"

struct _VbChannelForecast
{
  VbRecord parent_instance;
};

struct _VbForecastMonth
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbChannelForecast, vb_channel_forecast, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbForecastMonth, vb_forecast_month, VB_TYPE_RECORD)

static guint col_channel, col_live, col_aht, col_open, col_sl, col_seconds, col_shrinkage, col_occupancy,
             col_interval, col_peak, col_concurrency, col_response;
static guint col_m_channel, col_m_month, col_m_volume;

#define R(self) VB_RECORD (self)

static gboolean
channel_taken (VbChannelForecast *self,
               VbChannel          channel)
{
  VbProject *project = vb_record_get_project (R (self));
  VbChannelForecast *other = project ? vb_project_get_channel_forecast (project, channel) : NULL;

  return other != NULL && other != self;
}

static gboolean
vb_channel_forecast_set_column (VbRecord      *record,
                                guint          column,
                                const GValue  *value,
                                GError       **error)
{
  if (column == col_channel)
    return vb_channel_forecast_set_channel (VB_CHANNEL_FORECAST (record), g_value_get_enum (value), error);
  return VB_RECORD_CLASS (vb_channel_forecast_parent_class)->set_column (record, column, value, error);
}

static void
vb_channel_forecast_class_init (VbChannelForecastClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_channel_forecast_set_column;
  vb_record_class_bind_table (record_class, "forecast_channel");
  col_channel = vb_record_class_column (record_class, "channel");
  col_live = vb_record_class_column (record_class, "live");
  col_aht = vb_record_class_column (record_class, "aht_seconds");
  col_open = vb_record_class_column (record_class, "open_hours_per_week");
  col_sl = vb_record_class_column (record_class, "service_level_pct");
  col_seconds = vb_record_class_column (record_class, "service_seconds");
  col_shrinkage = vb_record_class_column (record_class, "shrinkage_pct");
  col_occupancy = vb_record_class_column (record_class, "occupancy_pct");
  col_interval = vb_record_class_column (record_class, "interval_minutes");
  col_peak = vb_record_class_column (record_class, "peak_factor");
  col_concurrency = vb_record_class_column (record_class, "concurrency");
  col_response = vb_record_class_column (record_class, "response_hours");
}

static void
vb_channel_forecast_init (VbChannelForecast *self)
{
}

static void
vb_forecast_month_class_init (VbForecastMonthClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "forecast_month");
  col_m_channel = vb_record_class_column (record_class, "channel_id");
  col_m_month = vb_record_class_column (record_class, "month");
  col_m_volume = vb_record_class_column (record_class, "volume");
}

static void
vb_forecast_month_init (VbForecastMonth *self)
{
}

#define CF(name, col) VB_ENTITY_REAL (vb_channel_forecast, VbChannelForecast, VB_IS_CHANNEL_FORECAST, name, col)

VbChannel
vb_channel_forecast_get_channel (VbChannelForecast *self)
{
  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), VB_CHANNEL_PHONE);
  return (VbChannel) vb_record_enum_at (R (self), col_channel);
}

gboolean
vb_channel_forecast_set_channel (VbChannelForecast  *self,
                                 VbChannel           channel,
                                 GError            **error)
{
  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), FALSE);
  if (channel_taken (self, channel))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The forecast already has %s: change that channel’s numbers instead."),
                   vb_enum_get_label (VB_TYPE_CHANNEL, channel));
      return FALSE;
    }
  return vb_record_write_enum_at (R (self), col_channel, channel, error);
}
VB_ENTITY_BOOL (vb_channel_forecast, VbChannelForecast, VB_IS_CHANNEL_FORECAST, live, col_live)
CF (aht_seconds, col_aht)
CF (open_hours_per_week, col_open)
CF (service_level_pct, col_sl)
CF (service_seconds, col_seconds)
CF (shrinkage_pct, col_shrinkage)
CF (occupancy_pct, col_occupancy)
CF (peak_factor, col_peak)
CF (concurrency, col_concurrency)
CF (response_hours, col_response)

int
vb_channel_forecast_get_interval_minutes (VbChannelForecast *self)
{
  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), 30);
  return (int) vb_record_int_at (R (self), col_interval);
}

gboolean
vb_channel_forecast_set_interval_minutes (VbChannelForecast  *self,
                                          int                 value,
                                          GError            **error)
{
  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), FALSE);
  return vb_record_write_int_at (R (self), col_interval, value, error);
}

/**
 * vb_channel_forecast_get_months:
 *
 * Returns: (transfer none): the channel's months (VbForecastMonth), in no
 *   particular order; a list model that follows every commit
 */
GListModel *
vb_channel_forecast_get_months (VbChannelForecast *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_FORECAST_MONTH);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "forecast_month", "channel_id", R (self));
}

static VbForecastMonth *
month_row (VbChannelForecast *self,
           guint              month)
{
  GListModel *months = vb_channel_forecast_get_months (self);
  guint n = g_list_model_get_n_items (months);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbForecastMonth) row = g_list_model_get_item (months, i);

      if (vb_record_is_live (R (row)) && vb_forecast_month_get_month (row) == month)
        return row;
    }
  return NULL;
}

double
vb_channel_forecast_get_volume (VbChannelForecast *self,
                                guint              month)
{
  VbForecastMonth *row;

  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), NAN);
  row = month >= 1 && month <= 12 ? month_row (self, month) : NULL;
  return row ? vb_forecast_month_get_volume (row) : NAN;
}

gboolean
vb_channel_forecast_set_volume (VbChannelForecast  *self,
                                guint               month,
                                double              volume,
                                GError            **error)
{
  VbProject *project;
  VbForecastMonth *row;
  VbRecord *added;

  g_return_val_if_fail (VB_IS_CHANNEL_FORECAST (self), FALSE);
  if (month < 1 || month > 12)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("A month is 1 (January) to 12 (December)."));
      return FALSE;
    }
  row = month_row (self, month);
  if (row)
    return vb_forecast_month_set_volume (row, volume, error);
  project = vb_record_get_project (R (self));
  if (project == NULL || !vb_record_check_live (R (self), error))
    {
      if (project == NULL)
        g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This channel is no longer in the forecast."));
      return FALSE;
    }
  vb_project_begin_edit (project, NULL);
  added = vb_project_add_child (project, "forecast_month", "channel_id", R (self), error);
  if (added == NULL ||
      !vb_record_write_int_at (added, col_m_month, month, error) ||
      !vb_record_write_real_at (added, col_m_volume, volume, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/* Returns: (transfer none) (nullable) */
VbChannelForecast *
vb_forecast_month_get_channel_forecast (VbForecastMonth *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_FORECAST_MONTH (self), NULL);
  r = vb_entity_ref_at (R (self), col_m_channel);
  return r ? VB_CHANNEL_FORECAST (r) : NULL;
}

guint
vb_forecast_month_get_month (VbForecastMonth *self)
{
  g_return_val_if_fail (VB_IS_FORECAST_MONTH (self), 1);
  return (guint) vb_record_int_at (R (self), col_m_month);
}

double
vb_forecast_month_get_volume (VbForecastMonth *self)
{
  g_return_val_if_fail (VB_IS_FORECAST_MONTH (self), NAN);
  return vb_record_real_at (R (self), col_m_volume);
}

gboolean
vb_forecast_month_set_volume (VbForecastMonth  *self,
                              double            volume,
                              GError          **error)
{
  g_return_val_if_fail (VB_IS_FORECAST_MONTH (self), FALSE);
  return vb_record_write_real_at (R (self), col_m_volume, isnan (volume) ? 0 : volume, error);
}

/* Returns: (transfer none): the forecast's channels in their order */
GListModel *
vb_project_get_forecast_channels (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "forecast_channel");
}

/* Returns: (transfer none) (nullable): the forecast of @channel */
VbChannelForecast *
vb_project_get_channel_forecast (VbProject *project,
                                 VbChannel  channel)
{
  GListModel *channels = vb_project_get_forecast_channels (project);
  guint n = g_list_model_get_n_items (channels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) row = g_list_model_get_item (channels, i);

      if (vb_record_is_live (R (row)) && vb_channel_forecast_get_channel (row) == channel)
        return row;
    }
  return NULL;
}

/* Returns: (transfer none) (nullable) */
VbChannelForecast *
vb_project_add_channel_forecast (VbProject  *project,
                                 VbChannel   channel,
                                 GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  if (vb_project_get_channel_forecast (project, channel))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The forecast already has %s: change that channel’s numbers instead."),
                   vb_enum_get_label (VB_TYPE_CHANNEL, channel));
      return NULL;
    }
  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, "forecast_channel", error);
  if (row == NULL ||
      !vb_record_write_enum_at (row, col_channel, channel, error) ||
      !vb_record_write_bool_at (row, col_live, channel == VB_CHANNEL_PHONE || channel == VB_CHANNEL_CHAT, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return VB_CHANNEL_FORECAST (row);
}
