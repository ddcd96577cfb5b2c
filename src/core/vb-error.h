/* vb-error.h — error domains of the core
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VB_PROJECT_ERROR (vb_project_error_quark ())
#define VB_IMPORT_ERROR  (vb_import_error_quark ())

typedef enum {
  VB_PROJECT_ERROR_NOT_FOUND,     /* no such file */
  VB_PROJECT_ERROR_NOT_REGULAR,   /* a folder, a device, a pipe … */
  VB_PROJECT_ERROR_EMPTY,
  VB_PROJECT_ERROR_NOT_DATABASE,  /* random bytes, text … */
  VB_PROJECT_ERROR_TRUNCATED,
  VB_PROJECT_ERROR_FOREIGN,       /* a database of another application */
  VB_PROJECT_ERROR_TOO_NEW,
  VB_PROJECT_ERROR_ALTERED,       /* the schema is not exactly ours */
  VB_PROJECT_ERROR_CORRUPT,
  VB_PROJECT_ERROR_EXISTS,
  VB_PROJECT_ERROR_READ_ONLY,
  VB_PROJECT_ERROR_INVALID,       /* a value out of range, an unknown field … */
  VB_PROJECT_ERROR_IO,
  VB_PROJECT_ERROR_FAILED,
  VB_PROJECT_ERROR_BUSY,          /* another program holds a lock on the file */
  VB_PROJECT_ERROR_INTERRUPTED,   /* a save was interrupted and cannot be recovered where the file is */
  VB_PROJECT_ERROR_CANCELLED,
} VbProjectError;

typedef enum {
  VB_IMPORT_ERROR_TOO_LARGE,
  VB_IMPORT_ERROR_SYNTAX,
  VB_IMPORT_ERROR_TOO_DEEP,
  VB_IMPORT_ERROR_VERSION,
  VB_IMPORT_ERROR_INVALID,
  VB_IMPORT_ERROR_MISSING,
  VB_IMPORT_ERROR_REFERENCE,
  VB_IMPORT_ERROR_TEMPLATE,
  VB_IMPORT_ERROR_NOT_SPREADSHEET, /* not a CSV text file, not an XLSX workbook */
  VB_IMPORT_ERROR_DAMAGED,         /* a workbook cut short or broken inside */
  VB_IMPORT_ERROR_UNSAFE,          /* a DTD, an entity, a part named like a path */
  VB_IMPORT_ERROR_ENCODING,        /* text in no encoding a spreadsheet writes */
  VB_IMPORT_ERROR_NO_SHEET,        /* no sheet of that name or number */
} VbImportError;

GQuark vb_project_error_quark (void);
GQuark vb_import_error_quark  (void);

G_END_DECLS
