/* vb-ticket-peek.c — the header and first rows of a ticket export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a preview shows before anything is imported: the export's column
 * names (for the drop-downs that map them) and its first rows (for the
 * channel words). Read with the sheet readers of core (CSV in any of its
 * encodings, XLSX), stopping after the rows asked for.
 */

#define G_LOG_DOMAIN "vb-ticket-peek"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-csv-reader.h"
#include "vb-error.h"
#include "vb-ticket-import.h"
#include "private/vb-ticket-private.h"
#include "vb-xlsx-reader.h"

#define PEEK_STOP (g_quark_from_static_string ("vb-ticket-peek-stop"))

typedef struct {
  gboolean   from_sheet;
  guint      max_rows;
  GPtrArray *candidates;   /* a workbook's first rows, GStrv */
  VbTicketPeek *peek;
} PeekState;

static GStrv
row_strv (const VbSheetRow *row)
{
  GStrv cells = g_new0 (char *, row->n_cells + 1);

  for (guint i = 0; i < row->n_cells; i++)
    cells[i] = g_strndup (row->cells[i] ? row->cells[i] : "", row->lengths[i]);
  return cells;
}

static guint
n_filled (GStrv cells)
{
  guint n = 0;

  for (guint i = 0; cells[i]; i++)
    n += cells[i][0] != '\0';
  return n;
}

/* A workbook's header: the first of its first rows a preset knows, else
 * the fullest; the rows after it are the data */
static void
choose_header (PeekState *state)
{
  GPtrArray *c = state->candidates;
  guint best = 0;

  for (guint i = 0; i < c->len; i++)
    {
      GStrv cells = g_ptr_array_index (c, i);

      if (vb_ticket_preset_detect ((const char *const *) cells, g_strv_length (cells)) != VB_TICKET_PRESET_MAPPED)
        {
          best = i;
          goto found;
        }
      if (n_filled (cells) > n_filled (g_ptr_array_index (c, best)))
        best = i;
    }
found:
  state->peek->header = g_steal_pointer (&c->pdata[best]);
  for (guint i = best + 1; i < c->len && state->peek->rows->len < state->max_rows; i++)
    g_ptr_array_add (state->peek->rows, g_steal_pointer (&c->pdata[i]));
}

static gboolean
peek_row (const VbSheetRow *row,
          gpointer          user_data,
          GError          **error)
{
  PeekState *state = user_data;

  if (state->from_sheet && state->peek->header == NULL)
    {
      g_ptr_array_add (state->candidates, row_strv (row));
      if (state->candidates->len < VB_TICKET_MAX_HEADER_ROW + state->max_rows)
        return TRUE;
      choose_header (state);
    }
  else if (state->peek->header == NULL)
    state->peek->header = row_strv (row);
  else if (state->peek->rows->len < state->max_rows)
    g_ptr_array_add (state->peek->rows, row_strv (row));
  if (state->peek->rows->len < state->max_rows)
    return TRUE;
  g_set_error_literal (error, PEEK_STOP, 0, "enough rows");
  return FALSE;
}

/**
 * vb_ticket_peek_file:
 * @max_rows: how many rows after the header
 *
 * Returns: (transfer full): the header and first rows, or NULL and an
 *   error in words (an empty file, not a spreadsheet, a bad encoding)
 */
VbTicketPeek *
vb_ticket_peek_file (const char  *path,
                     guint        max_rows,
                     GError     **error)
{
  g_autoptr(VbTicketPeek) peek = g_new0 (VbTicketPeek, 1);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) local_error = NULL;
  PeekState state = { FALSE, max_rows, candidates, peek };
  char magic[4] = { 0 };
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  peek->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  {
    FILE *f = fopen (path, "rb");

    if (f == NULL)
      {
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING, _("The export cannot be opened: %s"),
                     g_strerror (errno));
        return NULL;
      }
    state.from_sheet = fread (magic, 1, 4, f) == 4 && memcmp (magic, "PK\x03\x04", 4) == 0;
    fclose (f);
  }
  if (state.from_sheet)
    {
      g_autoptr(VbXlsxReader) reader = vb_xlsx_reader_open (path, NULL, &local_error);

      ok = reader != NULL && vb_xlsx_reader_read_sheet (reader, 0, peek_row, &state, &local_error);
    }
  else
    ok = vb_csv_read_file (path, NULL, peek_row, &state, NULL, &local_error);
  if (!ok && !g_error_matches (local_error, PEEK_STOP, 0))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (peek->header == NULL && candidates->len > 0)
    choose_header (&state);
  if (peek->header == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING, _("The file is empty."));
      return NULL;
    }
  peek->preset = vb_ticket_preset_detect ((const char *const *) peek->header, g_strv_length (peek->header));
  return g_steal_pointer (&peek);
}

void
vb_ticket_peek_free (VbTicketPeek *peek)
{
  if (peek == NULL)
    return;
  g_strfreev (peek->header);
  g_clear_pointer (&peek->rows, g_ptr_array_unref);
  g_free (peek);
}

int
vb_ticket_peek_find_column (const VbTicketPeek    *peek,
                            const VbTicketMapping *mapping,
                            VbTicketField          field)
{
  GPtrArray *names;

  g_return_val_if_fail (peek != NULL && mapping != NULL, -1);
  g_return_val_if_fail (field < VB_TICKET_N_FIELDS, -1);
  names = mapping->columns[field];
  for (guint n = 0; n < names->len; n++)
    for (guint i = 0; peek->header[i]; i++)
      {
        g_autofree char *folded = vb_ticket_fold (peek->header[i], -1);

        if (strcmp (folded, g_ptr_array_index (names, n)) == 0)
          return (int) i;
      }
  return -1;
}
