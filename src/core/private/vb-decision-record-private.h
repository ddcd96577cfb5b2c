/* vb-decision-record-private.h — the vendor rule's hook into the decision
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-decision-record.h"

G_BEGIN_DECLS

/* Inside the vendor rule's edit: @selected became the selected vendor
 * (NULL: @deselected stopped being it). Makes or updates the draft, or
 * clears a draft of the deselected vendor; a recorded decision for
 * another vendor is superseded (logged in the same transaction). */
gboolean vb_decision_follow_selection (VbProject  *project,
                                       VbVendor   *selected,
                                       VbVendor   *deselected,
                                       GError    **error);

G_END_DECLS
