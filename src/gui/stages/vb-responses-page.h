/* vb-responses-page.h — stage 5: what each vendor answered
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_RESPONSES_PAGE (vb_responses_page_get_type ())

G_DECLARE_FINAL_TYPE (VbResponsesPage, vb_responses_page, VB, RESPONSES_PAGE, GtkWidget)

G_END_DECLS
