/* vb-references-page.h — stage 6: reference calls
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_REFERENCES_PAGE (vb_references_page_get_type ())

G_DECLARE_FINAL_TYPE (VbReferencesPage, vb_references_page, VB, REFERENCES_PAGE, GtkWidget)

G_END_DECLS
