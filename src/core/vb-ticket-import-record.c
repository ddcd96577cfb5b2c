/* vb-ticket-import-record.c — the record of one import of a help-desk ticket export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-ticket-import-record"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-ticket-import-record.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-kpi-result.h"

struct _VbTicketImportRecord
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbTicketImportRecord, vb_ticket_import_record, VB_TYPE_RECORD)

static guint col_file_name, col_preset, col_header_key, col_imported_at, col_tickets, col_first_week, col_last_week;

#define R(self) VB_RECORD (self)


static void
vb_ticket_import_record_class_init (VbTicketImportRecordClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "ticket_import");
  col_file_name = vb_record_class_column (record_class, "file_name");
  col_preset = vb_record_class_column (record_class, "preset");
  col_header_key = vb_record_class_column (record_class, "header_key");
  col_imported_at = vb_record_class_column (record_class, "imported_at");
  col_tickets = vb_record_class_column (record_class, "tickets");
  col_first_week = vb_record_class_column (record_class, "first_week");
  col_last_week = vb_record_class_column (record_class, "last_week");
}

static void
vb_ticket_import_record_init (VbTicketImportRecord *self)
{
}

const char *
vb_ticket_import_record_get_file_name (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), "");
  return vb_record_text_at (R (self), col_file_name);
}

const char *
vb_ticket_import_record_get_preset (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), "");
  return vb_record_text_at (R (self), col_preset);
}

const char *
vb_ticket_import_record_get_header_key (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), "");
  return vb_record_text_at (R (self), col_header_key);
}

const char *
vb_ticket_import_record_get_imported_at (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), "");
  return vb_record_text_at (R (self), col_imported_at);
}

int
vb_ticket_import_record_get_tickets (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), 0);
  return (int) vb_record_int_at (R (self), col_tickets);
}

const char *
vb_ticket_import_record_get_first_week (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), "");
  return vb_record_text_at (R (self), col_first_week);
}

const char *
vb_ticket_import_record_get_last_week (VbTicketImportRecord *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), "");
  return vb_record_text_at (R (self), col_last_week);
}

/**
 * vb_ticket_import_record_get_results:
 *
 * Returns: (transfer none): its weekly results in their order (VbKpiResult); empty
 *   once it is removed
 */
GListModel *
vb_ticket_import_record_get_results (VbTicketImportRecord *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_TICKET_IMPORT_RECORD (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_KPI_RESULT);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "kpi_result", "import_id", R (self));
}

/**
 * vb_project_get_ticket_imports:
 *
 * Returns: (transfer none): every ticket import recorded (VbTicketImportRecord)
 */
GListModel *
vb_project_get_ticket_imports (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "ticket_import");
}
