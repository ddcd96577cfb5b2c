/* vb-goals-page.h — stage 1: goals & scope
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_GOALS_PAGE (vb_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (VbGoalsPage, vb_goals_page, VB, GOALS_PAGE, GtkWidget)

G_END_DECLS
