/* vb-response-workbook.h — the layout of the vendor response workbook
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vendor fills in a workbook (XLSX or CSV) with one row per included
 * requirement and asked question, and the buyer imports it back. Its
 * writer (src/docs) and its importer (vb-response-import.h) share what is
 * declared here: which items it holds, its columns, the answers each
 * item's drop-down offers and how a cell's text is read back as an
 * answer, and the line that says which project and vendor it belongs to.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-response.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

/* The sheets, found again by these names whatever the language */
#define VB_RESPONSE_SHEET_INSTRUCTIONS "Instructions"
#define VB_RESPONSE_SHEET_RESPONSES    "Responses"
#define VB_RESPONSE_SHEET_ABOUT        "About"

/* The keys of the About sheet (column A; the value in column B) */
#define VB_RESPONSE_ABOUT_KIND    "document"
#define VB_RESPONSE_ABOUT_PROJECT "project"
#define VB_RESPONSE_ABOUT_VENDOR  "vendor"
#define VB_RESPONSE_ABOUT_SCHEMA  "schema"
#define VB_RESPONSE_DOCUMENT_NAME "vendorbench response workbook"

typedef enum {
  VB_RESPONSE_COLUMN_ID,        /* the item's UUID (locked) */
  VB_RESPONSE_COLUMN_GROUP,     /* its section or domain */
  VB_RESPONSE_COLUMN_TEXT,
  VB_RESPONSE_COLUMN_PRIORITY,  /* a requirement's priority, a question's weight */
  VB_RESPONSE_COLUMN_ANSWER,    /* the three the vendor fills in */
  VB_RESPONSE_COLUMN_DETAILS,
  VB_RESPONSE_COLUMN_EVIDENCE,
  VB_RESPONSE_N_COLUMNS,
} VbResponseColumn;

/* The heading of a column, translated */
const char *vb_response_column_title        (VbResponseColumn  column);

/* The rows of a vendor's workbook, in order: the included requirements of
 * the included sections, then the asked questions (included) of the
 * domains that count; each a VbRequirement or a VbQuestion (a new
 * reference each) */
GPtrArray  *vb_response_workbook_items      (VbProject        *project);

/* Whether @item (a requirement or a question) is one of those rows */
gboolean    vb_response_workbook_has_item   (VbRecord         *item);

/* The answers @item's drop-down offers: meets, partly, does not meet, not
 * applicable; yes, no, partly, not applicable ("not answered" is an empty
 * cell); returns how many (at most 4) */
guint       vb_response_item_answers        (VbRecord         *item,
                                             VbAnswer         *answers);
gboolean    vb_response_item_allows         (VbRecord         *item,
                                             VbAnswer          answer);
/* The section's or the domain's title, the text, the priority or weight */
const char *vb_response_item_group          (VbRecord         *item);
const char *vb_response_item_text           (VbRecord         *item);
char       *vb_response_item_priority       (VbRecord         *item);
VbResponse *vb_response_item_response_of    (VbRecord         *item,
                                             VbVendor         *vendor);

/* A cell's text as an answer: the translated label or the stored word,
 * ignoring case and surrounding spaces; "" is "not answered". FALSE when
 * it is neither. */
gboolean    vb_response_parse_answer        (const char       *text,
                                             VbAnswer         *answer);

/* "vendorbench response workbook; project=UUID; vendor=UUID; schema=3",
 * the CSV's first line after its "#" */
char       *vb_response_workbook_stamp      (VbProject        *project,
                                             VbVendor         *vendor);
/* Read that line back; FALSE when it is no such line */
gboolean    vb_response_workbook_parse_stamp (const char      *text,
                                             char            **project_uuid,
                                             char            **vendor_uuid,
                                             int              *schema);

/* CSV cells a spreadsheet could take for a formula (OWASP "CSV
 * injection"): a text starting with = + - @, a tab or a carriage return,
 * or with apostrophes before one of those, is written after one more
 * apostrophe ("=HYPERLINK(…)" → "'=HYPERLINK(…)", "'-5" → "''-5").
 * Restoring takes exactly that apostrophe off again, so that
 * restore (guard (text)) is text for every text. Both return a new
 * string. */
char       *vb_response_csv_guard           (const char       *text);
char       *vb_response_csv_restore         (const char       *text);

G_END_DECLS
