/* vb-forecast-editor.h — the volume forecast of the Pricing & ROI page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"

G_BEGIN_DECLS

#define VB_TYPE_FORECAST_EDITOR (vb_forecast_editor_get_type ())

G_DECLARE_FINAL_TYPE (VbForecastEditor, vb_forecast_editor, VB, FORECAST_EDITOR, GtkWidget)

GtkWidget *vb_forecast_editor_new          (VbContext        *context);
void       vb_forecast_editor_set_writable (VbForecastEditor *self,
                                            gboolean          writable);
/* The entry of @month (1 … 12) of @channel's section, or NULL */
GtkWidget *vb_forecast_editor_get_month_entry (VbForecastEditor *self,
                                            VbChannel         channel,
                                            guint             month);
/* The first widget to focus: the first channel's first month, or the
 * button that starts the forecast */
GtkWidget *vb_forecast_editor_get_initial_focus (VbForecastEditor *self);
/* Opens what adds a channel: the menu of channels */
void       vb_forecast_editor_start_adding (VbForecastEditor *self);

G_END_DECLS
