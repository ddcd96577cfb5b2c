/* vb-results-util.h — small things the Pilot Results views share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-kpi.h"
#include "vb-project.h"
#include "vb-sla-history.h"

G_BEGIN_DECLS

/* A KPI's value in its unit, in words: "80.0 %", "4 min 30 s", "4.2 of 5";
 * "—" when not known. @kpi_key: a built-in key or the project's own KPI
 * (a plain number) */
char       *vb_results_format_value   (const char     *kpi_key,
                                       double          value);
/* "Service level on Phone", "CSAT on all channels" */
char       *vb_results_series_title   (const char     *kpi_name,
                                       VbChannelScope  channel);
/* A tag with the status's icon and word (never colour alone) */
GtkWidget  *vb_results_status_tag_new (VbSlaStatus     status);
const char *vb_results_status_icon    (VbSlaStatus     status);
/* The Monday of the week of @date (NULL: today), YYYY-MM-DD */
char       *vb_results_monday_of      (GDateTime      *date);

G_END_DECLS
