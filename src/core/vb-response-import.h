/* vb-response-import.h — a vendor's filled-in response workbook, read back
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a workbook (XLSX or CSV, see vb-response-workbook.h) checks all
 * of it and writes nothing: it must belong to this project and this
 * vendor, every row's item ID must be one of the workbook's items, every
 * answer one the item's kind takes, and no cell the vendor fills in may
 * hold a formula. What it would change is the preview; applying it writes
 * every change as one edit (one undo step), logged as an import.
 *
 * Reading is two steps. The first (vb_response_sheet_read) turns the
 * file's bytes into plain rows of text under the size limits; it touches
 * no project, so it may run in a worker thread. The second
 * (vb_response_import_check) checks those rows against the project (the
 * stamp, the item IDs, the answers) and makes the preview; it runs where
 * the project lives. vb_response_import_read does both in turn.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-sheet.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

typedef struct {
  guint       row;               /* as the spreadsheet numbers it */
  VbRecord   *item;              /* the requirement or question (a reference) */
  VbAnswer    old_answer;
  VbAnswer    new_answer;
  char       *old_details;
  char       *new_details;
  char       *old_evidence;
  char       *new_evidence;
} VbResponseChange;

typedef struct _VbResponseImport VbResponseImport;
typedef struct _VbResponseSheet VbResponseSheet;

/* The first step: read @path (".xlsx": XLSX; ".csv", ".tsv", ".txt": CSV;
 * any other name: XLSX if it is a zip, CSV otherwise) into plain rows.
 * limits NULL: the defaults. Safe in any thread; cancellable stops it
 * between rows (G_IO_ERROR_CANCELLED). NULL with a VB_IMPORT_ERROR when
 * the file cannot be read or breaks a limit. */
VbResponseSheet        *vb_response_sheet_read           (const char            *path,
                                                          const VbSheetLimits   *limits,
                                                          GCancellable          *cancellable,
                                                          GError               **error);
void                    vb_response_sheet_free           (VbResponseSheet       *self);
/* The rows kept: those with an item ID (valid or not yet checked) */
guint                   vb_response_sheet_get_n_rows     (const VbResponseSheet *self);

/* The second step, in the project's thread: the sheet is for this
 * project and this vendor, and its rows are valid. NULL with a
 * VB_IMPORT_ERROR naming every problem (with its rows). */
VbResponseImport       *vb_response_import_check         (VbProject             *project,
                                                          VbVendor              *vendor,
                                                          const VbResponseSheet *sheet,
                                                          GError               **error);

/* Both steps in turn, for @vendor of @project (the command line) */
VbResponseImport       *vb_response_import_read          (VbProject           *project,
                                                          VbVendor            *vendor,
                                                          const char          *path,
                                                          const VbSheetLimits *limits,
                                                          GError             **error);
void                    vb_response_import_free          (VbResponseImport    *self);

/* The rows read (items in the workbook) and the changes among them */
guint                   vb_response_import_get_n_rows    (VbResponseImport    *self);
guint                   vb_response_import_get_n_changes (VbResponseImport    *self);
const VbResponseChange *vb_response_import_get_change    (VbResponseImport    *self,
                                                          guint                index);
/* One line of the preview: "Row 5 — Describe how …: Not answered → Meets;
 * details changed" */
char                   *vb_response_change_describe      (const VbResponseChange *change);

/* Write every change as one edit; FALSE (and nothing written) on error */
gboolean                vb_response_import_apply         (VbResponseImport    *self,
                                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbResponseImport, vb_response_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbResponseSheet, vb_response_sheet_free)

G_END_DECLS
