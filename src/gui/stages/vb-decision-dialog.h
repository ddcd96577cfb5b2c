/* vb-decision-dialog.h — "Record Decision"
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"

G_BEGIN_DECLS

/* Presents the dialog over @parent's window; it records through core
 * (vb_vendor_select, vb_decision_record) and shows an undo toast.
 * Returns: (transfer none): the dialog */
GtkWidget *vb_decision_dialog_present     (GtkWidget *parent,
                                           VbContext *context);
/* (transfer container) (element-type utf8): the labels of the checklist
 * items not met — not met from the data, or unknown and not ticked */
GPtrArray *vb_decision_dialog_unmet_items (VbProject *project);

G_END_DECLS
