/* vb-xlsx-private.h — the insides of the XLSX reader, shared by its two files
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <zip.h>
#include <libxml/xmlreader.h>

#include "vb-xlsx-reader.h"

G_BEGIN_DECLS

struct _VbXlsxReader {
  VbSheetLimits limits;
  zip_t        *zip;
  GBytes       *bytes;         /* what the zip is read from, when opened from memory */
  GPtrArray    *sheets;        /* Sheet (vb-xlsx-reader.c), in the workbook's order */
  guint64       total_read;    /* bytes unpacked from every part read so far */

  /* the shared-strings table, read once, before the first sheet */
  char         *shared_path;   /* NULL when the workbook has none */
  gboolean      shared_loaded;
  GByteArray   *shared_text;   /* the texts, each followed by a NUL */
  GArray       *shared;        /* VbXlsxShared */
};

/* A text of the table: where it starts in shared_text, its length, or
 * G_MAXUINT32 for a text longer than a cell may be (refused when a cell
 * uses it, naming the cell) */
typedef struct {
  guint32 offset;
  guint32 length;
} VbXlsxShared;

typedef enum {
  VB_XLSX_PART_OK,
  VB_XLSX_PART_OVER_ENTRY,   /* the part unpacked past max_entry_bytes */
  VB_XLSX_PART_OVER_TOTAL,   /* all parts together past max_total_bytes */
  VB_XLSX_PART_LONG_TEXT,    /* a run of text far past max_cell_bytes */
  VB_XLSX_PART_READ_FAILED,  /* libzip could not unpack it */
} VbXlsxPartProblem;

/* One part of the zip, streamed into an xmlTextReader */
typedef struct {
  VbXlsxReader     *reader;
  char             *name;
  zip_file_t       *file;
  xmlTextReaderPtr  xml;
  guint64           read;          /* bytes handed to the parser */
  guint64           text_run;      /* bytes since the last "<" */
  guint64           max_text_run;
  VbXlsxPartProblem problem;
  char             *zip_message;
  char             *xml_message;   /* libxml2's first error */
  int               xml_line;
  int               xml_code;
  guint             n_comments;    /* comments and processing instructions passed */
  guint64           comment_bytes;

  /* where the parse is, for a message about a text too long */
  guint    where_row;              /* 0 outside a cell */
  guint    where_column;
  gboolean in_shared;
  guint    where_shared;
} VbXlsxPart;

gboolean vb_xlsx_part_open           (VbXlsxReader    *self,
                                      VbXlsxPart      *part,
                                      const char      *path,
                                      GError         **error);
void     vb_xlsx_part_close          (VbXlsxPart      *part);
int      vb_xlsx_part_next           (VbXlsxPart      *part,
                                      GError         **error);
gboolean vb_xlsx_part_is             (VbXlsxPart      *part,
                                      const char      *name);
char    *vb_xlsx_part_attribute      (VbXlsxPart      *part,
                                      const char      *name);

/* vb-xlsx-sheet.c */
gboolean vb_xlsx_load_shared_strings (VbXlsxReader    *self,
                                      GError         **error);
gboolean vb_xlsx_read_rows           (VbXlsxReader    *self,
                                      const char      *path,
                                      const char      *sheet_name,
                                      VbSheetRowFunc   row_func,
                                      gpointer         user_data,
                                      GError         **error);

G_END_DECLS
