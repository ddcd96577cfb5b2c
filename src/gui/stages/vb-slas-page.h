/* vb-slas-page.h — stage 10: the SLAs
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_SLAS_PAGE (vb_slas_page_get_type ())

G_DECLARE_FINAL_TYPE (VbSlasPage, vb_slas_page, VB, SLAS_PAGE, GtkWidget)

G_END_DECLS
