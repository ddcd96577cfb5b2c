/* vb-csv-reader.h — CSV files from spreadsheets and help desks, streamed
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vb-sheet.h"

G_BEGIN_DECLS

typedef enum {
  VB_CSV_ENCODING_UTF8,          /* UTF-8 without a byte-order mark (or plain ASCII) */
  VB_CSV_ENCODING_UTF8_BOM,
  VB_CSV_ENCODING_UTF16LE,       /* with its byte-order mark */
  VB_CSV_ENCODING_UTF16BE,       /* with its byte-order mark */
  VB_CSV_ENCODING_WINDOWS_1252,  /* not valid UTF-8: what Excel writes as “CSV” on Windows */
} VbCsvEncoding;

/* A leading comment line ("#" first), the text after the "#" (UTF-8,
 * without the line ending, and without the delimiters a spreadsheet adds
 * at the end of a line it saved again). Return FALSE and set error to
 * stop reading. */
typedef gboolean (*VbCsvCommentFunc) (guint        number,
                                      const char  *text,
                                      gpointer     user_data,
                                      GError     **error);

typedef struct {
  VbSheetLimits    limits;
  char             delimiter;     /* ',', ';' or '\t'; 0 (the default): the one of the
                                   * three the first lines use consistently */
  VbCsvCommentFunc comment_func;  /* NULL (the default): a line starting with "#" is a
                                   * row like any other; otherwise the lines starting
                                   * with "#" before the first other row are comments */
} VbCsvOptions;

/* What a read found out, filled in as far as it got */
typedef struct {
  char          delimiter;
  VbCsvEncoding encoding;
  guint         n_rows;      /* records read, comment lines included */
} VbCsvInfo;

void     vb_csv_options_init (VbCsvOptions       *options);

/* Read CSV (RFC 4180 quoting; CRLF, LF or CR line endings; a UTF-8 or
 * UTF-16 byte-order mark; UTF-8, or Windows-1252 when the text is not
 * valid UTF-8) and pass every row to row_func in order. Cells are UTF-8;
 * a line break inside a quoted cell is "\n". options NULL: the defaults;
 * info may be NULL. Returns FALSE with a VB_IMPORT_ERROR (TOO_LARGE for a
 * limit, SYNTAX for a quotation mark never closed, ENCODING,
 * NOT_SPREADSHEET for binary data) or the callback's error. */
gboolean vb_csv_read_stream  (GInputStream       *stream,
                              const VbCsvOptions *options,
                              VbSheetRowFunc      row_func,
                              gpointer            user_data,
                              VbCsvInfo          *info,
                              GError            **error);
gboolean vb_csv_read_file    (const char         *path,
                              const VbCsvOptions *options,
                              VbSheetRowFunc      row_func,
                              gpointer            user_data,
                              VbCsvInfo          *info,
                              GError            **error);
gboolean vb_csv_read_data    (const void         *data,
                              gsize               size,
                              const VbCsvOptions *options,
                              VbSheetRowFunc      row_func,
                              gpointer            user_data,
                              VbCsvInfo          *info,
                              GError            **error);

G_END_DECLS
