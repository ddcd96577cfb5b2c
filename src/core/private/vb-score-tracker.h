/* vb-score-tracker.h — which score rows changed since the decision model read them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-project.h"

G_BEGIN_DECLS

typedef struct _VbScoreTracker VbScoreTracker;

VbScoreTracker *vb_score_tracker_new         (VbProject      *project);
void            vb_score_tracker_free        (VbScoreTracker *self);
/* After every row was read: follow the changes from here */
void            vb_score_tracker_reset       (VbScoreTracker *self);
GPtrArray      *vb_score_tracker_get_changed (VbScoreTracker *self);
/* A change since the last reset (one announced after a result was read
 * mid-edit, say) */
gboolean        vb_score_tracker_has_changes (VbScoreTracker *self);
void            vb_score_tracker_reset_answers (VbScoreTracker *self);
GHashTable     *vb_score_tracker_get_answered  (VbScoreTracker *self);

G_END_DECLS
