/* vb-welcome-page.h — what a window without a project shows
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_WELCOME_PAGE (vb_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (VbWelcomePage, vb_welcome_page, VB, WELCOME_PAGE, GtkWidget)

GtkWidget *vb_welcome_page_new     (void);
void       vb_welcome_page_reload  (VbWelcomePage *self);
guint      vb_welcome_page_get_n_recent (VbWelcomePage *self);

G_END_DECLS
