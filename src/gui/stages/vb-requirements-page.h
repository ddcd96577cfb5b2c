/* vb-requirements-page.h — stage 2: requirements
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_REQUIREMENTS_PAGE (vb_requirements_page_get_type ())

G_DECLARE_FINAL_TYPE (VbRequirementsPage, vb_requirements_page, VB, REQUIREMENTS_PAGE, GtkWidget)

G_END_DECLS
