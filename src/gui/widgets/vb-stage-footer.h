/* vb-stage-footer.h — the "next step" card at the foot of a stage page
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

GtkWidget  *vb_stage_footer_new         (VbGuide       *guide,
                                         VbStage        stage);
guint       vb_stage_footer_get_n_shown (VbStageFooter *self);

/* Whether another finding in @findings has a button that reads the same */
gboolean    vb_findings_share_label     (GListModel    *findings,
                                         VbFinding     *finding);

G_END_DECLS
