/* vb-xlsx-reader.h — XLSX workbooks, read without trusting them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-sheet.h"

G_BEGIN_DECLS

typedef enum {
  VB_XLSX_SHEET_VISIBLE,
  VB_XLSX_SHEET_HIDDEN,       /* hidden; the user can show it again */
  VB_XLSX_SHEET_VERY_HIDDEN,  /* hidden so that only a macro can show it */
} VbXlsxSheetState;

typedef struct _VbXlsxReader VbXlsxReader;

/* Open a workbook: the zip, its member names (none absolute, none with
 * “..”), its list of sheets (xl/workbook.xml and its relationships).
 * limits NULL: the defaults. Returns NULL with a VB_IMPORT_ERROR:
 * NOT_SPREADSHEET (not a zip, a zip that is no workbook, a password),
 * DAMAGED (cut short, broken inside), UNSAFE (a DTD, a part named like a
 * path), TOO_LARGE (a limit), MISSING (the file cannot be opened). */
VbXlsxReader     *vb_xlsx_reader_open            (const char           *path,
                                                  const VbSheetLimits  *limits,
                                                  GError              **error);
/* The same from bytes in memory (kept, with a reference, until freed) */
VbXlsxReader     *vb_xlsx_reader_open_bytes      (GBytes               *bytes,
                                                  const VbSheetLimits  *limits,
                                                  GError              **error);
void              vb_xlsx_reader_free            (VbXlsxReader         *self);

/* The sheets in the workbook's order, hidden ones too */
guint             vb_xlsx_reader_get_n_sheets    (VbXlsxReader         *self);
const char       *vb_xlsx_reader_get_sheet_name  (VbXlsxReader         *self,
                                                  guint                 index);
VbXlsxSheetState  vb_xlsx_reader_get_sheet_state (VbXlsxReader         *self,
                                                  guint                 index);
/* The sheet of that name, ignoring case as spreadsheets do */
gboolean          vb_xlsx_reader_find_sheet      (VbXlsxReader         *self,
                                                  const char           *name,
                                                  guint                *index);

/* Stream the rows of a sheet to row_func (see VbSheetRow): texts from the
 * shared-strings table (rich text runs joined) or inline, numbers as
 * written, TRUE/FALSE, error values; each cell in its column; formulas
 * flagged. The XML is parsed as it is unpacked, and every part read
 * counts against the limits. Returns FALSE with a VB_IMPORT_ERROR (or the
 * callback's error). A reader reads one sheet at a time, in one thread. */
gboolean          vb_xlsx_reader_read_sheet      (VbXlsxReader         *self,
                                                  guint                 index,
                                                  VbSheetRowFunc        row_func,
                                                  gpointer              user_data,
                                                  GError              **error);
/* The same by name; NO_SHEET when the workbook has no such sheet */
gboolean          vb_xlsx_reader_read_sheet_named (VbXlsxReader        *self,
                                                   const char          *name,
                                                   VbSheetRowFunc       row_func,
                                                   gpointer             user_data,
                                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbXlsxReader, vb_xlsx_reader_free)

G_END_DECLS
