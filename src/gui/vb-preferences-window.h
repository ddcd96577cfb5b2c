/* vb-preferences-window.h — the user's own preferences
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VB_TYPE_PREFERENCES_WINDOW (vb_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (VbPreferencesWindow, vb_preferences_window, VB, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *vb_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings);

G_END_DECLS
