/* vb-go-criterion-row.h — one go / no-go criterion of the Pilot Plan
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-go-criterion.h"

G_BEGIN_DECLS

GtkWidget *vb_go_criterion_row_new    (VbGoCriterion *criterion,
                                       VbProject     *project,
                                       const char    *remove_action);
/* The title and subtitle again (an SLA's results changed) */
void       vb_go_criterion_row_update (GtkWidget     *row);
/* “First response time (median), Email”: newly allocated */
char      *vb_go_criterion_sla_name   (VbSla         *sla);

G_END_DECLS
