/* vb-pilot-page.h — stage 9: the pilot plan
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VB_TYPE_PILOT_PAGE (vb_pilot_page_get_type ())

G_DECLARE_FINAL_TYPE (VbPilotPage, vb_pilot_page, VB, PILOT_PAGE, GtkWidget)

char *vb_pilot_page_describe_cadence (int weekday, int every_weeks, const char *time);

G_END_DECLS
