/* vb-sla-rows.h — the rows of the SLAs page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-custom-kpi.h"
#include "vb-kpi.h"
#include "vb-sla.h"

G_BEGIN_DECLS

/* "CSAT on chat", "Average handle time on all channels" */
char       *vb_sla_title_text       (VbSla        *sla);
/* One level in the SLA's unit: "80 %", "4 h", "4.5 out of 5" */
char       *vb_sla_level_text       (VbSla        *sla,
                                     double        value);
/* The target in words: "At least 80 % answered in 20 s · at risk below
 * 75 %", "At most 4 h", "Tracked only: no target" */
char       *vb_sla_target_words     (VbSla        *sla);

GtkWidget  *vb_sla_row_new          (VbSla        *sla);
void        vb_sla_row_update       (GtkWidget    *row);
/* The latest week's status (VB_SLA_STATUS_NO_DATA: none shown) */
void        vb_sla_row_set_status   (GtkWidget    *row,
                                     VbSlaStatus   status,
                                     const char   *week);

GtkWidget  *vb_custom_kpi_row_new   (VbCustomKpi  *kpi);

G_END_DECLS
