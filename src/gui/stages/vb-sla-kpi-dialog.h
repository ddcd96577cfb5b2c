/* vb-sla-kpi-dialog.h — choosing the measure of a new SLA
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-project.h"

G_BEGIN_DECLS

/* Called with the chosen KPI's key (a built-in or a custom one), or with
 * NULL for "add your own measure" */
typedef void (*VbSlaKpiChosenFunc) (const char *key,
                                    gpointer    user_data);

/* A modal window over @parent listing the KPI library, grouped, each with
 * its definition, then the project's own measures; the window is named
 * "sla-kpi-dialog" and each choice's row after its key */
GtkWidget *vb_sla_kpi_dialog_new (GtkWindow          *parent,
                                  VbProject          *project,
                                  VbSlaKpiChosenFunc  chosen,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy);

G_END_DECLS
