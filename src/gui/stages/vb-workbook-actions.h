/* vb-workbook-actions.h — the Responses page's response workbook, out and back
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page's actions (the vendor is the one the page shows):
 *   responses.choose-export-workbook  asks where to save, then exports
 *   responses.export-workbook (s)     exports to the path (".csv": CSV,
 *                                     anything else XLSX), replacing it
 *   responses.choose-import-workbook  asks for a file, then imports it
 *   responses.import-workbook (s)     reads the path in the background (the
 *                                     window's busy bar), then shows the
 *                                     preview; its Import applies as one edit
 * The import actions are the page's to switch off in a read-only project.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From the page's class_init: installs the actions on @widget_class */
void       vb_workbook_actions_install        (GtkWidgetClass *widget_class);

/* The preview dialog shown last by @page, or NULL (for tests) */
GtkWidget *vb_workbook_actions_get_preview    (GtkWidget      *page);

/* Stop @page's import while its file is read (the page going away does
 * too); nothing is shown or written then */
void       vb_workbook_actions_cancel         (GtkWidget      *page);
/* Whether @page's import is reading its file */
gboolean   vb_workbook_actions_get_reading    (GtkWidget      *page);
/* Reads still running, of all pages, until their results came back to
 * the main thread (for tests) */
guint      vb_workbook_actions_get_n_reading  (void);

G_END_DECLS
