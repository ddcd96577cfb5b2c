/* vb-stage-footer.h — the "next step" hint at the foot of a stage page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-guide.h"

G_BEGIN_DECLS

#define VB_TYPE_STAGE_FOOTER (vb_stage_footer_get_type ())

G_DECLARE_FINAL_TYPE (VbStageFooter, vb_stage_footer, VB, STAGE_FOOTER, GtkWidget)

/* Signals: "finding-activated" (VbFinding *finding) — the user clicked the
 * button of @finding; the page holding the footer does what fixes it. */

GtkWidget  *vb_stage_footer_new        (VbGuide       *guide,
                                        VbStage        stage);
guint       vb_stage_footer_get_n_shown (VbStageFooter *self);

/* For editors: the open findings of @guide about @subject (a row's uuid),
 * most important first, as one line each; NULL when there are none. */
char       *vb_guide_describe_subject  (VbGuide       *guide,
                                        const char    *subject,
                                        gboolean      *has_warning);

G_END_DECLS
