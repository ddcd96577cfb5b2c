/* vb-reason-dialog.h — the one dialog that asks “why”
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with the reason (stripped, never empty) when the user accepts */
typedef void (*VbReasonFunc) (const char *reason,
                              gpointer    user_data);

GtkWidget *vb_reason_dialog_present (GtkWidget      *parent,
                                     const char     *heading,
                                     const char     *body,
                                     const char     *accept_label,
                                     const char     *initial,
                                     VbReasonFunc    callback,
                                     gpointer        user_data,
                                     GDestroyNotify  destroy);

G_END_DECLS
