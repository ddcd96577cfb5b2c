/* vb-goals-page.h — stage 1: goals & scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-guide.h"
#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_GOALS_PAGE (vb_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (VbGoalsPage, vb_goals_page, VB, GOALS_PAGE, GtkWidget)

GtkWidget *vb_goals_page_new              (VbProject   *project,
                                           VbGuide     *guide);
void       vb_goals_page_activate_finding (VbGoalsPage *self,
                                           const char  *rule_id,
                                           const char  *subject);

G_END_DECLS
