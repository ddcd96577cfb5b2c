/* vb-security-page.h — stage 3: security & compliance
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_SECURITY_PAGE (vb_security_page_get_type ())

G_DECLARE_FINAL_TYPE (VbSecurityPage, vb_security_page, VB, SECURITY_PAGE, GtkWidget)

G_END_DECLS
