/* vb-stage-pages.h — which page shows which stage
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-context.h"
#include "vb-stage.h"

G_BEGIN_DECLS

typedef struct {
  VbStage   stage;
  GType   (*get_type) (void);
} VbStagePageEntry;

const VbStagePageEntry *vb_stage_pages          (guint     *n_pages);
GType                   vb_stage_page_type_for  (VbStage    stage);
GtkWidget              *vb_stage_page_new_for   (VbStage    stage,
                                                 VbContext *context);

G_END_DECLS
