/* vb-sheet.h — what the spreadsheet readers (CSV, XLSX) have in common
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both readers stream a sheet as rows of cells, each cell a UTF-8 string,
 * to a callback: a file of a million rows is never held in memory at
 * once. Every file they read is untrusted, so every size is capped by a
 * limit of VbSheetLimits, and a file past a limit is refused with a
 * VB_IMPORT_ERROR (TOO_LARGE) whose message names the limit and the row.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits are taken literally (0 allows nothing); vb_sheet_limits_init
 * gives the defaults. */
typedef struct {
  gsize   max_cell_bytes;      /* one cell, as UTF-8: 1 MiB */
  guint   max_cells_per_row;   /* cells (columns) in one row: 1,000 */
  guint   max_rows;            /* rows of one sheet: 1,000,000 */
  guint64 max_total_bytes;     /* CSV: the file; XLSX: the file, and what all
                                * its parts read unpack to together: 256 MiB */
  gsize   max_row_bytes;       /* the text of one row together: 16 MiB */
  /* XLSX only */
  guint64 max_entry_bytes;     /* what one part of the zip unpacks to: 64 MiB */
  guint   max_shared_strings;  /* texts in the shared-strings table: 1,000,000 */
  guint64 max_shared_bytes;    /* their bytes together: 32 MiB */
  guint   max_sheets;          /* sheets of a workbook: 1,000 */
} VbSheetLimits;

void vb_sheet_limits_init (VbSheetLimits *limits);

typedef enum {
  VB_SHEET_CELL_EMPTY,
  VB_SHEET_CELL_TEXT,      /* CSV: every cell that is not empty */
  VB_SHEET_CELL_NUMBER,    /* as the file writes it: "1.5", "1E-3"; dates too (serial numbers) */
  VB_SHEET_CELL_BOOLEAN,   /* "TRUE" or "FALSE" */
  VB_SHEET_CELL_ERROR,     /* "#N/A", "#DIV/0!" … */
  VB_SHEET_CELL_DATE,      /* an ISO 8601 date, as the file writes it */
} VbSheetCellKind;

/* One row, valid only during the callback. number is 1-based, as a
 * spreadsheet shows it: in a CSV file every record counts (comment lines
 * too, and a record whose quoted cells hold line breaks counts once); in
 * an XLSX sheet it is the row's own number, and rows without any value
 * or formula are not passed on, so numbers may skip. cells[i] is the
 * value of column i (A = 0), "" for an empty or missing cell; a CSV row
 * has at least one cell, an XLSX row ends at its last cell with a value
 * or a formula. formulas[i] says that the cell holds a formula (cells[i]
 * is then its last computed value); always FALSE in CSV. */
typedef struct {
  guint                  number;
  guint                  n_cells;
  const char *const     *cells;
  const gsize           *lengths;    /* strlen of each cell */
  const gboolean        *formulas;
  const VbSheetCellKind *kinds;
} VbSheetRow;

/* Return FALSE and set error to stop reading: the reader returns that
 * error as it is. */
typedef gboolean (*VbSheetRowFunc) (const VbSheetRow  *row,
                                    gpointer           user_data,
                                    GError           **error);

/* "B" for column 1, "AB" for 27: a column's letters (0-based index) */
char *vb_sheet_column_name (guint column);

/* A size as a limit is told, "1 MB", "256 MB", "512 KB" (in binary units,
 * as the limits are set) */
char *vb_sheet_format_size (guint64 bytes);

G_END_DECLS
