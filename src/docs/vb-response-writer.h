/* vb-response-writer.h — the vendor response workbook, written
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per vendor, a workbook to fill in (layout: vb-response-workbook.h):
 * XLSX with an Instructions sheet, a Responses sheet protected except its
 * Answer (a drop-down of the answers each item takes), Details and
 * Evidence columns, and a hidden About sheet naming the project, the
 * vendor and the file format; or CSV with the same columns, its first line
 * a comment naming the same. Answers already recorded are filled in.
 */

#pragma once

#include "vb-project.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

typedef struct {
  const char *buyer;     /* who sends it; NULL: the project's author */
  const char *deadline;  /* "answer by", as the user wrote it; NULL: none */
} VbResponseWriterOptions;

/* Write to @path (replaced only if @replace); options may be NULL.
 * FALSE with a VB_PROJECT_ERROR (EXISTS, IO, INVALID for a text too long
 * for a spreadsheet cell) on failure; no partial file is left. */
gboolean vb_response_writer_write_xlsx (VbProject                     *project,
                                        VbVendor                      *vendor,
                                        const VbResponseWriterOptions *options,
                                        const char                    *path,
                                        gboolean                       replace,
                                        GError                       **error);
gboolean vb_response_writer_write_csv  (VbProject                     *project,
                                        VbVendor                      *vendor,
                                        const VbResponseWriterOptions *options,
                                        const char                    *path,
                                        gboolean                       replace,
                                        GError                       **error);

/* The CSV text itself (UTF-8 with a byte-order mark, CRLF line endings) */
GBytes  *vb_response_writer_csv_bytes  (VbProject                     *project,
                                        VbVendor                      *vendor);

G_END_DECLS
