/* vb-result-entry.h — enter one week's result of a KPI on a channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_RESULT_ENTRY (vb_result_entry_get_type ())

G_DECLARE_FINAL_TYPE (VbResultEntry, vb_result_entry, VB, RESULT_ENTRY, GtkWidget)

GtkWidget *vb_result_entry_new          (VbProject      *project);
void       vb_result_entry_set_writable (VbResultEntry  *self,
                                         gboolean        writable);
/* Opens the form on @kpi_key and @channel (the week left as it is) */
void       vb_result_entry_open_for     (VbResultEntry  *self,
                                         const char     *kpi_key,
                                         VbChannelScope  channel);
/* The KPIs the project has SLAs for changed: offered first */
void       vb_result_entry_reload       (VbResultEntry  *self);

G_END_DECLS
