/* vb-scoring-page.h — stage 8: scoring & decision
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_SCORING_PAGE (vb_scoring_page_get_type ())

G_DECLARE_FINAL_TYPE (VbScoringPage, vb_scoring_page, VB, SCORING_PAGE, GtkWidget)

/* The names of the page's four views, for "scoring.show-view" */
#define VB_SCORING_VIEW_WEIGHTS  "weights"
#define VB_SCORING_VIEW_SCORES   "scores"
#define VB_SCORING_VIEW_RANKING  "ranking"
#define VB_SCORING_VIEW_DECISION "decision"

const char *vb_scoring_page_get_visible_view (VbScoringPage *self);

G_END_DECLS
