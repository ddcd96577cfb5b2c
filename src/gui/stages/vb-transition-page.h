/* vb-transition-page.h — stage 12: the transition checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_TRANSITION_PAGE (vb_transition_page_get_type ())

G_DECLARE_FINAL_TYPE (VbTransitionPage, vb_transition_page, VB, TRANSITION_PAGE, GtkWidget)

G_END_DECLS
