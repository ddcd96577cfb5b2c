/* vb-guide-tally.h — counts per vendor over a walk of responses, kept from pass to pass
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-response.h"

G_BEGIN_DECLS

/* What a response adds: one bit per count (VB_TALLY_N_COUNTS at most) */
typedef guint (*VbTallyClassify) (VbResponse *response,
                                  gpointer    user_data);

#define VB_TALLY_N_COUNTS 2

typedef struct _VbTally VbTally;

gpointer    vb_tally_new        (VbProject       *project);
void        vb_tally_free       (gpointer         tally);
gboolean    vb_tally_update     (VbTally         *self,
                                 VbProject       *project,
                                 guint64          context);
void        vb_tally_begin      (VbTally         *self,
                                 VbProject       *project,
                                 guint64          context);
void        vb_tally_walk       (VbTally         *self,
                                 GListModel      *responses,
                                 VbTallyClassify  classify,
                                 gpointer         user_data);
void        vb_tally_end        (VbTally         *self);
guint       vb_tally_get        (VbTally         *self,
                                 guint            count,
                                 const char      *vendor_uuid);
GHashTable *vb_tally_get_counts (VbTally         *self,
                                 guint            count);
guint       vb_tally_get_extra  (VbTally         *self);
void        vb_tally_set_extra  (VbTally         *self,
                                 guint            extra);

G_END_DECLS
