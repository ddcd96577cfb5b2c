/* vb-escalation-rows.h — the rows of the tiers and the escalation matrix
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"

G_BEGIN_DECLS

/* "within 30 min", "within 4 h", "within 1 h 30 min"; "no response time
 * yet" when not set */
char      *vb_escalation_response_text   (double            minutes);
/* "Tier 1 to Ravi Patel (team leader)": where a path goes, in words */
char      *vb_escalation_path_describe   (VbEscalationPath *path);
/* Neither a phone number nor an email */
gboolean   vb_escalation_path_unreachable (VbEscalationPath *path);

GtkWidget *vb_escalation_path_row_new    (VbEscalationPath *path);
GtkWidget *vb_escalation_tier_row_new    (VbEscalationTier *tier);
/* Shows whether @row's tier has a way up (word and icon) */
void       vb_escalation_tier_row_set_no_way_up (GtkWidget     *row,
                                                 gboolean       no_way_up);

/* Tags the tier rows of @list that have no way up (the highest needs
 * none); FALSE when a tier's level changed under its row (undo): rebuild */
gboolean   vb_escalation_tiers_update    (GtkWidget        *list,
                                          VbProject        *project);

/* An AdwComboRow of who is called in an emergency: "Nobody chosen yet"
 * and every path of the matrix; it follows the project, a choice is one
 * edit */
GtkWidget *vb_emergency_path_row_new     (VbProject        *project);

G_END_DECLS
