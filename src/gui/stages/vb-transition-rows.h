/* vb-transition-rows.h — the rows of the transition checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-transition-item.h"
#include "vb-transition-phase.h"

G_BEGIN_DECLS

/* Today in local time, the day overdue is counted from */
void        vb_transition_today          (GDate             *today);
/* "3 of 7 tasks done · 1 overdue" for @phase (NULL: every phase) */
char       *vb_transition_progress_text  (VbProject         *project,
                                          VbTransitionPhase *phase,
                                          double            *fraction);
GtkWidget  *vb_transition_task_row_new   (VbTransitionItem  *item);
void        vb_transition_task_row_update (GtkWidget        *row);
GtkWidget  *vb_transition_criteria_row_new (VbTransitionPhase *phase);

G_END_DECLS
