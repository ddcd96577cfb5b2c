/* vb-ticket-import-record.h — the record of one import of a help-desk ticket export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was imported (file name, kind of export, the header that identifies
 * it), when, how many tickets and which weeks. The import writes it;
 * removing it removes its weekly results. (VbTicketImport, the importer,
 * is another thing: it reads the export.)
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_TICKET_IMPORT_RECORD (vb_ticket_import_record_get_type ())

G_DECLARE_FINAL_TYPE (VbTicketImportRecord, vb_ticket_import_record, VB, TICKET_IMPORT_RECORD, VbRecord)

const char *vb_ticket_import_record_get_file_name    (VbTicketImportRecord *self);
const char *vb_ticket_import_record_get_preset       (VbTicketImportRecord *self);
const char *vb_ticket_import_record_get_header_key   (VbTicketImportRecord *self);
const char *vb_ticket_import_record_get_imported_at  (VbTicketImportRecord *self);
int         vb_ticket_import_record_get_tickets      (VbTicketImportRecord *self);
const char *vb_ticket_import_record_get_first_week   (VbTicketImportRecord *self);
const char *vb_ticket_import_record_get_last_week    (VbTicketImportRecord *self);


GListModel *vb_ticket_import_record_get_results      (VbTicketImportRecord *self);

GListModel *vb_project_get_ticket_imports            (VbProject *project);

G_END_DECLS
