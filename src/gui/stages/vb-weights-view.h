/* vb-weights-view.h — the Scoring & Decision page's "Weights" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-criterion.h"

G_BEGIN_DECLS

#define VB_TYPE_WEIGHTS_VIEW (vb_weights_view_get_type ())

G_DECLARE_FINAL_TYPE (VbWeightsView, vb_weights_view, VB, WEIGHTS_VIEW, GtkWidget)

GtkWidget *vb_weights_view_new          (VbContext     *context);
void       vb_weights_view_set_writable (VbWeightsView *self,
                                         gboolean       writable);
/* Puts the keyboard on the weights of @category's criteria (NULL: of the
 * categories), or on the pairwise comparison with @ahp */
void       vb_weights_view_show_group   (VbWeightsView *self,
                                         VbCriterion   *category,
                                         gboolean       ahp);
GtkWidget *vb_weights_view_get_initial_focus (VbWeightsView *self);

G_END_DECLS
