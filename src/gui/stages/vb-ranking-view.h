/* vb-ranking-view.h — the Scoring & Decision page's "Ranking" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"

G_BEGIN_DECLS

#define VB_TYPE_RANKING_VIEW (vb_ranking_view_get_type ())

G_DECLARE_FINAL_TYPE (VbRankingView, vb_ranking_view, VB, RANKING_VIEW, GtkWidget)

GtkWidget *vb_ranking_view_new          (VbContext     *context);
void       vb_ranking_view_set_writable (VbRankingView *self,
                                         gboolean       writable);

G_END_DECLS
