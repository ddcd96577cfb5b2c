/* vb-ticket-import-dialog.h — a help-desk ticket export, previewed and imported
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_TICKET_IMPORT_DIALOG (vb_ticket_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VbTicketImportDialog, vb_ticket_import_dialog, VB, TICKET_IMPORT_DIALOG, AdwWindow)

/* @toast_target: where the toast of a finished import goes (the page) */
GtkWidget *vb_ticket_import_dialog_new (VbProject  *project,
                                        const char *path,
                                        GtkWindow  *parent,
                                        GtkWidget  *toast_target);
gboolean   vb_ticket_import_dialog_is_reading (VbTicketImportDialog *self);

G_END_DECLS
