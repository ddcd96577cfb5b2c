/* vb-context.h — what the views of one project window share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one object handed to every view (as GNOME Calendar hands its
 * GcalContext): the open project, its guidance, and the name the activity
 * log records for this user. No globals.
 */

#pragma once

#include "vb-guide.h"
#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_CONTEXT (vb_context_get_type ())

G_DECLARE_FINAL_TYPE (VbContext, vb_context, VB, CONTEXT, GObject)

VbContext  *vb_context_new         (VbProject  *project);
VbProject  *vb_context_get_project (VbContext  *self);
VbGuide    *vb_context_get_guide   (VbContext  *self);
const char *vb_context_get_author  (VbContext  *self);
void        vb_context_set_author  (VbContext  *self,
                                    const char *author);
gboolean    vb_context_get_read_only (VbContext *self);

G_END_DECLS
