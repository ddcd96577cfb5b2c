/* vb-ticket-read.c — a ticket export's bytes to the importer's rows
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A UTF-8 CSV file is mapped and split in place; a workbook or UTF-16
 * text goes through core's spreadsheet readers. Either way a row reaches
 * vb_ticket_row, and the result exists only when no row was wrong.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vb-csv-reader.h"
#include "vb-error.h"
#include "vb-xlsx-reader.h"
#include "private/vb-ticket-private.h"

/* ── Reading ───────────────────────────────────────────────────────── */

void
vb_ticket_state_init (VbTicketState                 *state,
            const VbTicketOptions *options)
{
  memset (state, 0, sizeof *state);
  state->options = options;
  state->tz = options->time_zone;
  for (guint i = 0; i < VB_TICKET_N_FIELDS; i++)
    state->column[i] = -1;
  state->cells = g_array_new (FALSE, FALSE, sizeof (VbTicketCellSum));
  state->week_rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  state->rows = g_array_new (FALSE, FALSE, sizeof (gint));
  for (guint i = 0; i < VB_TICKET_DAY_CACHE; i++)
    state->local_days[i].day = state->utc_days[i].day = G_MININT64;
  state->unknown_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->errors = g_string_new (NULL);
}

void
vb_ticket_state_clear (VbTicketState *state)
{
  for (guint i = 0; i < state->cells->len; i++)
    g_array_unref (g_array_index (state->cells, VbTicketCellSum, i).first_responses);
  g_array_unref (state->cells);
  g_hash_table_unref (state->week_rows);
  g_array_unref (state->rows);
  for (guint i = 0; i < VB_TICKET_WORD_CACHE; i++)
    g_free (state->words[i].raw);
  g_hash_table_unref (state->unknown_words);
  g_string_free (state->errors, TRUE);
  g_free (state->header_key);
  vb_ticket_mapping_free (state->mapping);
}

/* The result, or the errors the rows had (none of them used) */
static VbTicketImport *
conclude (VbTicketState   *state,
          GError **error)
{
  if (!state->header_done)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                   _("The file holds no tickets: it is empty or has no header row."));
      return NULL;
    }
  if (state->n_errors > 0)
    {
      g_autofree char *more = state->n_errors > VB_TICKET_MAX_LISTED_ERRORS
                              ? g_strdup_printf (_("… and %'lu more.\n"),
                                                 (gulong) (state->n_errors - VB_TICKET_MAX_LISTED_ERRORS))
                              : g_strdup ("");

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Nothing was imported: %'lu line of the export cannot be read.\n%s%s",
                                "Nothing was imported: %'lu lines of the export cannot be read.\n%s%s",
                                state->n_errors),
                   (gulong) state->n_errors, state->errors->str, more);
      return NULL;
    }
  if (state->n_tickets == 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                   _("The export has a header but no tickets."));
      return NULL;
    }
  return vb_ticket_finish (state);
}

static VbTicketImport *
import_data (const char            *data,
             gsize                  size,
             gboolean               mapped,
             const VbTicketOptions *options,
             GError               **error)
{
  VbTicketOptions defaults;
  VbTicketState state;
  VbTicketImport *result = NULL;
  gsize check = MIN (size, 65536);
  const char *bad = NULL;

  if (options == NULL)
    {
      vb_ticket_options_init (&defaults);
      options = &defaults;
    }
  if (size == 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING, _("The file is empty."));
      return NULL;
    }
  /* the start of the file is checked in full; later, every text the
   * import reads (channels) is checked as it comes */
  if (!g_utf8_validate_len (data, check, &bad) && (check == size || data + check - bad > 3))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_ENCODING,
                   _("The file is not in UTF-8 (it looks like an export in a Windows or "
                     "Latin-1 encoding). Export it again as UTF-8 (or UTF-16 with a "
                     "byte-order mark)."));
      return NULL;
    }
  vb_ticket_state_init (&state, options);
  if (vb_ticket_csv_split (data, size, options->max_field_bytes, mapped, vb_ticket_row, &state, error))
    result = conclude (&state, error);
  vb_ticket_state_clear (&state);
  return result;
}

VbTicketImport *
vb_ticket_import_data (const char            *data,
                       gsize                  size,
                       const VbTicketOptions *options,
                       GError               **error)
{
  return import_data (data, size, FALSE, options, error);
}

typedef struct {
  VbTicketState  *state;
  GArray *cells;
} SheetAdaptor;

static gboolean
sheet_row (const VbSheetRow *row,
           gpointer          user_data,
           GError          **error)
{
  SheetAdaptor *adaptor = user_data;

  g_array_set_size (adaptor->cells, row->n_cells);
  for (guint i = 0; i < row->n_cells; i++)
    {
      VbTicketCell *cell = &g_array_index (adaptor->cells, VbTicketCell, i);

      cell->text = row->cells[i];
      cell->length = row->lengths[i];
      if (cell->length > adaptor->state->options->max_field_bytes)
        {
          g_autofree char *limit = g_format_size (adaptor->state->options->max_field_bytes);

          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("Line %'u holds a value larger than %s: this is not a ticket export a help desk "
                         "writes (or a quote is missing)."), row->number, limit);
          return FALSE;
        }
    }
  return vb_ticket_row ((const VbTicketCell *) adaptor->cells->data, row->n_cells, row->number,
                     adaptor->state, error);
}

VbTicketImport *
vb_ticket_import_file (const char            *path,
                       const VbTicketOptions *options,
                       GError               **error)
{
  g_autoptr (GMappedFile) file = NULL;
  g_autoptr (GError) local_error = NULL;
  VbTicketOptions defaults;
  const char *data;
  gsize size;

  if (options == NULL)
    {
      vb_ticket_options_init (&defaults);
      options = &defaults;
    }
  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                   _("The export cannot be opened: %s"), local_error->message);
      return NULL;
    }
  data = g_mapped_file_get_contents (file);
  size = g_mapped_file_get_length (file);

  if ((size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
      || (size >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0)))
    {
      /* a workbook, or UTF-16 text: through the spreadsheet readers */
      VbTicketState state;
      SheetAdaptor adaptor = { &state, g_array_new (FALSE, FALSE, sizeof (VbTicketCell)) };
      VbTicketImport *result = NULL;
      gboolean ok;

      vb_ticket_state_init (&state, options);
      if (data[0] == 'P')
        {
          g_autoptr (VbXlsxReader) reader = vb_xlsx_reader_open (path, NULL, error);

          state.from_sheet = TRUE;
          ok = reader != NULL && vb_xlsx_reader_read_sheet (reader, 0, sheet_row, &adaptor, error);
        }
      else
        {
          VbCsvOptions csv;

          vb_csv_options_init (&csv);
          csv.limits.max_cell_bytes = options->max_field_bytes + 1;
          csv.limits.max_rows = G_MAXUINT;
          csv.limits.max_total_bytes = G_MAXUINT64;
          ok = vb_csv_read_file (path, &csv, sheet_row, &adaptor, NULL, error);
        }
      if (ok)
        result = conclude (&state, error);
      g_array_unref (adaptor.cells);
      vb_ticket_state_clear (&state);
      return result;
    }
  return import_data (data, size, size > 0, options, error);
}

void
vb_ticket_import_free (VbTicketImport *self)
{
  if (self == NULL)
    return;
  g_free (self->header_key);
  vb_ticket_mapping_free (self->given_mapping);
  g_array_unref (self->weeks);
  g_ptr_array_unref (self->warnings);
  g_time_zone_unref (self->tz);
  g_free (self);
}

VbTicketPreset
vb_ticket_import_get_preset (VbTicketImport *self)
{
  return self->preset;
}

const char *
vb_ticket_import_get_header_key (VbTicketImport *self)
{
  return self->header_key;
}

gboolean
vb_ticket_import_get_business_hours (VbTicketImport *self)
{
  return self->business_hours;
}

gboolean
vb_ticket_import_get_mapping_remembered (VbTicketImport *self)
{
  return self->remembered;
}

guint64
vb_ticket_import_get_n_tickets (VbTicketImport *self)
{
  return self->n_tickets;
}

guint
vb_ticket_import_get_n_weeks (VbTicketImport *self)
{
  return self->weeks->len;
}

const VbTicketWeek *
vb_ticket_import_get_week (VbTicketImport *self,
                           guint           index)
{
  g_return_val_if_fail (index < self->weeks->len, NULL);
  return &g_array_index (self->weeks, VbTicketWeek, index);
}

const char *const *
vb_ticket_import_get_warnings (VbTicketImport *self)
{
  return (const char *const *) self->warnings->pdata;
}

void
vb_ticket_week_get_counts (const VbTicketWeek *week,
                           VbKpiCounts        *counts)
{
  vb_kpi_counts_init (counts);
  counts->value[VB_KPI_COUNT_HANDLED] = week->tickets;
  counts->value[VB_KPI_COUNT_ESCALATED] = week->escalated;
  counts->value[VB_KPI_COUNT_RESOLVED] = week->resolved;
  /* a mean over every resolved ticket only when each gave its time */
  if (!isnan (week->resolution_mean))
    counts->value[VB_KPI_COUNT_RESOLUTION_SECONDS] = week->resolution_mean * week->resolved;
  counts->value[VB_KPI_COUNT_CONTACTS] = week->resolved;
  counts->value[VB_KPI_COUNT_RESOLVED_FIRST_CONTACT] = week->resolved_without_reopen;
  counts->value[VB_KPI_COUNT_SURVEY_ANSWERS] = week->survey_answers;
  counts->value[VB_KPI_COUNT_SATISFIED] = week->satisfied;
  counts->value[VB_KPI_COUNT_PROMOTERS] = week->promoters;
  counts->value[VB_KPI_COUNT_PASSIVES] = week->passives;
  counts->value[VB_KPI_COUNT_DETRACTORS] = week->detractors;
}

double
vb_ticket_week_get_value (const VbTicketWeek *week,
                          VbKpiId             kpi)
{
  switch (kpi)
    {
    case VB_KPI_FIRST_RESPONSE_MEDIAN:
      return week->first_response_median;
    case VB_KPI_FIRST_RESPONSE_P90:
      return week->first_response_p90;
    case VB_KPI_RESOLUTION_TIME:
      return week->resolution_mean;
    case VB_KPI_FCR:
      return week->fcr_proxy;
    case VB_KPI_ESCALATION:
      return week->escalation_rate;
    case VB_KPI_CSAT:
      return week->csat;
    default:
      return NAN;
    }
}
