/* vb-results-page.h — stage 13: the pilot's results
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_RESULTS_PAGE (vb_results_page_get_type ())

G_DECLARE_FINAL_TYPE (VbResultsPage, vb_results_page, VB, RESULTS_PAGE, GtkWidget)

G_END_DECLS
