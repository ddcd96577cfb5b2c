/* vb-decision-view.h — the Scoring & Decision page's "Decision" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"

G_BEGIN_DECLS

#define VB_TYPE_DECISION_VIEW (vb_decision_view_get_type ())

G_DECLARE_FINAL_TYPE (VbDecisionView, vb_decision_view, VB, DECISION_VIEW, GtkWidget)

GtkWidget *vb_decision_view_new          (VbContext      *context);
void       vb_decision_view_set_writable (VbDecisionView *self,
                                          gboolean        writable);

G_END_DECLS
