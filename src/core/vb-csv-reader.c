/* vb-csv-reader.c — CSV files from spreadsheets and help desks, streamed
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read in chunks of 64 KiB and never held whole. The first
 * chunk says the encoding (a byte-order mark: UTF-8, UTF-16 LE or BE,
 * which a GCharsetConverter turns into UTF-8 as it comes); the first
 * 64 KiB of text say the delimiter (the one of comma, semicolon and tab
 * that the first lines use the same number of times). Then one pass of a
 * small state machine: a cell's bytes are copied once, into the buffer of
 * its row, in runs up to the next byte that matters (the delimiter, a
 * quotation mark, a line end), and each cell ends with a NUL, so that the
 * row's cells point into that buffer. (The delimiter is found in
 * vb-csv-detect.c.)
 *
 * Without a byte-order mark, UTF-8 and Windows-1252 agree on ASCII; the
 * first row that holds other bytes decides: valid UTF-8 makes the file
 * UTF-8 (a later row that is not is an error), otherwise it is read as
 * Windows-1252 from then on (every row before was ASCII, so it reads the
 * same either way).
 */

#define G_LOG_DOMAIN "vb-csv-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-csv-private.h"
#include "vb-csv-reader.h"
#include "vb-error.h"

#define CHUNK_BYTES    (64 * 1024)
#define SAMPLE_BYTES   (64 * 1024)  /* text looked at to find the delimiter */

typedef enum {
  TEXT_ASCII,   /* nothing but ASCII so far: UTF-8 and Windows-1252 agree */
  TEXT_UTF8,
  TEXT_1252,
} TextMode;

typedef enum {
  ST_ROW_START,    /* nothing of the record yet */
  ST_FIELD_START,  /* a cell begins */
  ST_UNQUOTED,
  ST_QUOTED,
  ST_QUOTE,        /* a quotation mark in a quoted cell: its end, or the first of two */
  ST_COMMENT,
} State;

typedef struct {
  const VbCsvOptions *options;
  VbSheetRowFunc      row_func;
  gpointer            user_data;
  VbCsvInfo          *info;

  /* the delimiter, once known; until then the text is kept in sample */
  char        delimiter;
  GByteArray *sample;
  guint8      stop[256];       /* bytes that end a run of an unquoted cell */

  TextMode    mode;
  GConverter *utf16;           /* UTF-16 to UTF-8, for a file that starts with its mark */
  GByteArray *pending;         /* bytes the converter has not taken yet */
  guint8     *decoded;         /* the converter's output */

  State    state;
  gboolean after_cr;           /* a CR ended a line: a LF right after it is part of it */
  gboolean in_data;            /* past the leading comment lines */
  guint    number;             /* the record being read, from 1 */
  guint    quote_row;          /* where the open quoted cell began */
  gboolean cell_has_break;     /* that cell holds a line break */

  GString *buf;                /* the cells of the record, each followed by a NUL */
  gsize   *starts;             /* where each cell starts in buf */
  guint    n_cells;
  GString *converted;          /* the cells read as Windows-1252, in UTF-8 */
  gssize  *conv_starts;        /* where cell i is in converted, or -1 */

  /* the row handed over; every array holds `capacity` cells */
  guint            capacity;
  const char     **cells;
  gsize           *lengths;
  gboolean        *formulas;   /* all FALSE */
  VbSheetCellKind *kinds;

  guint64 raw_bytes;
} Csv;

/* ------------------------------------------------------------ errors */

static gboolean
fail_too_large_cell (Csv     *c,
                     GError **error)
{
  g_autofree char *limit = vb_sheet_format_size (c->options->limits.max_cell_bytes);

  if (c->state == ST_QUOTED && c->cell_has_break)
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                 _("Row %u has a cell of more than %s; a cell can hold at most %s. Perhaps the quotation "
                   "mark (\") that opens that cell is never closed."),
                 c->quote_row, limit, limit);
  else
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                 _("Row %u has a cell of more than %s; a cell can hold at most %s."),
                 c->number, limit, limit);
  return FALSE;
}

static gboolean
fail_encoding (Csv     *c,
               GError **error)
{
  if (c->mode == TEXT_UTF8 && c->utf16 == NULL)
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_ENCODING,
                 _("Row %u holds characters that are not valid UTF-8 text, while the rows before it are "
                   "UTF-8. Save the file again as “CSV UTF-8” from your spreadsheet."),
                 c->number);
  else
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_ENCODING,
                 _("Row %u holds characters that are neither UTF-8 nor Windows-1252 text. Save the file "
                   "again as “CSV UTF-8” from your spreadsheet."),
                 c->number);
  return FALSE;
}

/* ------------------------------------------------------------ rows */

static gboolean
begin_record (Csv     *c,
              GError **error)
{
  if (c->number >= c->options->limits.max_rows)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("This file has more than %u rows; a file can have at most %u rows."),
                   c->options->limits.max_rows, c->options->limits.max_rows);
      return FALSE;
    }
  c->number++;
  g_string_truncate (c->buf, 0);
  c->n_cells = 0;
  return TRUE;
}

static gboolean
begin_cell (Csv     *c,
            GError **error)
{
  if (c->n_cells >= c->options->limits.max_cells_per_row)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("Row %u has more than %u cells; a row can have at most %u cells."),
                   c->number, c->options->limits.max_cells_per_row, c->options->limits.max_cells_per_row);
      return FALSE;
    }
  if (c->n_cells == c->capacity)
    {
      c->capacity = MAX (16, 2 * c->capacity);
      c->starts = g_renew (gsize, c->starts, c->capacity);
      c->conv_starts = g_renew (gssize, c->conv_starts, c->capacity);
      c->cells = g_renew (const char *, c->cells, c->capacity);
      c->lengths = g_renew (gsize, c->lengths, c->capacity);
      c->kinds = g_renew (VbSheetCellKind, c->kinds, c->capacity);
      c->formulas = g_renew (gboolean, c->formulas, c->capacity);
      memset (c->formulas, 0, c->capacity * sizeof (gboolean));
    }
  c->starts[c->n_cells++] = c->buf->len;
  return TRUE;
}

static gboolean
append (Csv          *c,
        const guint8 *bytes,
        gsize         n,
        GError      **error)
{
  gsize cell_start = c->starts[c->n_cells - 1];
  const VbSheetLimits *limits = &c->options->limits;

  if (c->buf->len - cell_start + n > limits->max_cell_bytes)
    return fail_too_large_cell (c, error);
  if (c->buf->len + n > limits->max_row_bytes)
    {
      g_autofree char *limit = vb_sheet_format_size (limits->max_row_bytes);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("Row %u holds more than %s of text; a row can hold at most %s."), c->number, limit, limit);
      return FALSE;
    }
  if (c->buf->len + n < c->buf->allocated_len)
    {
      /* as g_string_append_len, without its checks and its call */
      memcpy (c->buf->str + c->buf->len, bytes, n);
      c->buf->len += n;
      c->buf->str[c->buf->len] = '\0';
    }
  else
    g_string_append_len (c->buf, (const char *) bytes, (gssize) n);
  return TRUE;
}

static void
end_cell (Csv *c)
{
  g_string_append_c (c->buf, '\0');
}

static gsize
cell_length (Csv  *c,
             guint i)
{
  gsize start = c->starts[i];
  gsize end = i + 1 < c->n_cells ? c->starts[i + 1] : c->buf->len;

  return end - start - 1;
}

static gboolean
has_high_bytes (const char *s,
                gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if ((guchar) s[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* Every cell of the record as UTF-8, or an error naming the row */
static gboolean
decode_record (Csv     *c,
               GError **error)
{
  gboolean high = FALSE;
  guint8 all = 0;
  gsize zeros = 0;

  /* most rows are ASCII: one pass over the row says so (its only zero
   * bytes the ends of its cells) */
  for (gsize i = 0; i < c->buf->len; i++)
    {
      guint8 b = (guint8) c->buf->str[i];
      all |= b;
      zeros += b == 0;
    }
  for (guint i = 0; i < c->n_cells; i++)
    c->conv_starts[i] = -1;
  if (!(all & 0x80) && zeros == c->n_cells)
    return TRUE;

  g_string_truncate (c->converted, 0);
  for (guint i = 0; i < c->n_cells; i++)
    {
      const char *s = c->buf->str + c->starts[i];
      gsize n = cell_length (c, i);

      if (memchr (s, '\0', n) != NULL)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NOT_SPREADSHEET,
                       _("This is not a CSV text file: row %u holds binary data. Save the spreadsheet as "
                         "CSV or XLSX and import that file."),
                       c->number);
          return FALSE;
        }
      if (!high && has_high_bytes (s, n))
        high = TRUE;
    }
  if (!high)
    return TRUE;

  /* the first row beyond ASCII decides between UTF-8 and Windows-1252 */
  if (c->mode == TEXT_ASCII)
    {
      c->mode = TEXT_UTF8;
      for (guint i = 0; i < c->n_cells; i++)
        if (!g_utf8_validate_len (c->buf->str + c->starts[i], cell_length (c, i), NULL))
          c->mode = TEXT_1252;
      if (c->info)
        c->info->encoding = c->mode == TEXT_1252 ? VB_CSV_ENCODING_WINDOWS_1252 : VB_CSV_ENCODING_UTF8;
    }

  for (guint i = 0; i < c->n_cells; i++)
    {
      const char *s = c->buf->str + c->starts[i];
      gsize n = cell_length (c, i);

      if (c->mode == TEXT_UTF8)
        {
          if (!g_utf8_validate_len (s, n, NULL))
            return fail_encoding (c, error);
        }
      else if (has_high_bytes (s, n))
        {
          g_autofree char *utf8 = NULL;
          gsize written = 0;

          utf8 = g_convert (s, (gssize) n, "UTF-8", "WINDOWS-1252", NULL, &written, NULL);
          if (utf8 == NULL)
            return fail_encoding (c, error);
          c->conv_starts[i] = (gssize) c->converted->len;
          g_string_append_len (c->converted, utf8, (gssize) written);
          g_string_append_c (c->converted, '\0');
        }
    }
  return TRUE;
}

static const char *
decoded_cell (Csv   *c,
              guint  i,
              gsize *length)
{
  gssize conv = c->conv_starts[i];

  if (conv >= 0)
    {
      const char *s = c->converted->str + conv;
      *length = strlen (s);
      return s;
    }
  *length = cell_length (c, i);
  return c->buf->str + c->starts[i];
}

static gboolean
end_record (Csv     *c,
            GError **error)
{
  VbSheetRow row;
  guint n = c->n_cells;
  gboolean ok;

  if (!decode_record (c, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      gsize length;

      c->cells[i] = decoded_cell (c, i, &length);
      c->lengths[i] = length;
      c->kinds[i] = length ? VB_SHEET_CELL_TEXT : VB_SHEET_CELL_EMPTY;
    }
  if (c->info)
    c->info->n_rows = c->number;

  row = (VbSheetRow) {
    .number = c->number,
    .n_cells = n,
    .cells = (const char *const *) c->cells,
    .lengths = c->lengths,
    .formulas = c->formulas,
    .kinds = c->kinds,
  };
  ok = c->row_func (&row, c->user_data, error);
  g_assert (ok || error == NULL || *error != NULL);
  return ok;
}

static gboolean
end_comment (Csv     *c,
             GError **error)
{
  g_autofree char *text = NULL;
  gsize length;
  const char *s;

  if (!decode_record (c, error))
    return FALSE;
  if (c->info)
    c->info->n_rows = c->number;
  s = decoded_cell (c, 0, &length);
  /* a spreadsheet that saved the file again fills the line up with
   * delimiters to the width of the sheet */
  while (length > 0 && s[length - 1] == c->delimiter)
    length--;
  text = g_strndup (s, length);
  if (!c->options->comment_func (c->number, text, c->user_data, error))
    {
      g_assert (error == NULL || *error != NULL);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ parsing */

/* One pass over decoded text (UTF-8, Windows-1252 or ASCII bytes) */
static gboolean
parse (Csv          *c,
       const guint8 *p,
       gsize         len,
       GError      **error)
{
  const guint8 *end;

  /* an empty sample's data is NULL, and NULL + 0 is undefined in C */
  if (len == 0)
    return TRUE;
  end = p + len;
  while (p < end)
    {
      guint8 b = *p;
      const guint8 *q;

      if (c->after_cr)
        {
          c->after_cr = FALSE;
          if (b == '\n')
            {
              p++;
              continue;
            }
        }

      switch (c->state)
        {
        case ST_ROW_START:
          if (!begin_record (c, error) || !begin_cell (c, error))
            return FALSE;
          if (c->options->comment_func != NULL && !c->in_data && b == '#')
            {
              c->state = ST_COMMENT;
              p++;
              break;
            }
          c->in_data = TRUE;
          c->state = ST_FIELD_START;
          break;

        case ST_FIELD_START:
          if (b == '"')
            {
              c->state = ST_QUOTED;
              c->quote_row = c->number;
              c->cell_has_break = FALSE;
              p++;
            }
          else
            c->state = ST_UNQUOTED;
          break;

        case ST_UNQUOTED:
          for (q = p; q < end && !c->stop[*q]; q++)
            ;
          if (q > p)
            {
              if (!append (c, p, (gsize) (q - p), error))
                return FALSE;
              p = q;
              break;
            }
          p++;
          if (b == (guint8) c->delimiter)
            {
              end_cell (c);
              if (!begin_cell (c, error))
                return FALSE;
              c->state = ST_FIELD_START;
            }
          else if (b == '\r' || b == '\n')
            {
              end_cell (c);
              if (!end_record (c, error))
                return FALSE;
              c->state = ST_ROW_START;
              c->after_cr = b == '\r';
            }
          else if (!append (c, &b, 1, error))  /* a quotation mark inside a cell: kept */
            return FALSE;
          break;

        case ST_QUOTED:
          for (q = p; q < end && *q != '"' && *q != '\r' && *q != '\n'; q++)
            ;
          if (q > p && !append (c, p, (gsize) (q - p), error))
            return FALSE;
          p = q;
          if (p == end)
            break;
          if (*p == '"')
            c->state = ST_QUOTE;
          else
            {
              /* a line break inside the cell, kept as "\n" whatever it was */
              c->cell_has_break = TRUE;
              c->after_cr = *p == '\r';
              if (!append (c, (const guint8 *) "\n", 1, error))
                return FALSE;
            }
          p++;
          break;

        case ST_QUOTE:
          if (b == '"')
            {
              if (!append (c, &b, 1, error))
                return FALSE;
              c->state = ST_QUOTED;
              p++;
            }
          else
            /* the cell's closing quotation mark: what follows (the
             * delimiter, a line end, or text kept as it is) is read as
             * after an unquoted cell */
            c->state = ST_UNQUOTED;
          break;

        case ST_COMMENT:
          for (q = p; q < end && *q != '\r' && *q != '\n'; q++)
            ;
          if (q > p && !append (c, p, (gsize) (q - p), error))
            return FALSE;
          p = q;
          if (p == end)
            break;
          c->after_cr = *p == '\r';
          p++;
          end_cell (c);
          if (!end_comment (c, error))
            return FALSE;
          c->state = ST_ROW_START;
          break;
        }
    }
  return TRUE;
}

static void
set_delimiter (Csv  *c,
               char  delimiter)
{
  c->delimiter = delimiter;
  memset (c->stop, 0, sizeof c->stop);
  c->stop[(guint8) delimiter] = 1;
  c->stop['"'] = 1;
  c->stop['\r'] = 1;
  c->stop['\n'] = 1;
  if (c->info)
    c->info->delimiter = delimiter;
}

static gboolean
flush_sample (Csv      *c,
              gboolean  complete,
              GError  **error)
{
  g_autoptr(GByteArray) sample = g_steal_pointer (&c->sample);

  set_delimiter (c, vb_csv_detect_delimiter (sample->data, sample->len, complete,
                                             c->options->comment_func != NULL));
  return parse (c, sample->data, sample->len, error);
}

/* Text in UTF-8 (or ASCII-compatible bytes), in order */
static gboolean
feed_decoded (Csv          *c,
              const guint8 *data,
              gsize         len,
              GError      **error)
{
  if (c->delimiter != 0)
    return parse (c, data, len, error);
  g_byte_array_append (c->sample, data, (guint) len);
  if (c->sample->len >= SAMPLE_BYTES)
    return flush_sample (c, FALSE, error);
  return TRUE;
}

/* Bytes of the file, after its byte-order mark */
static gboolean
feed_raw (Csv          *c,
          const guint8 *data,
          gsize         len,
          gboolean      at_end,
          GError      **error)
{
  if (c->utf16 == NULL)
    return feed_decoded (c, data, len, error);

  g_byte_array_append (c->pending, data, (guint) len);
  while (c->pending->len > 0)
    {
      g_autoptr(GError) local = NULL;
      gsize read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (c->utf16, c->pending->data, c->pending->len, c->decoded, CHUNK_BYTES,
                                    at_end ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                    &read, &written, &local);
      if (result == G_CONVERTER_ERROR)
        {
          if (!at_end && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
            break;  /* half a character: the rest comes with the next chunk */
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_ENCODING,
                       _("This file starts with the mark of UTF-16 text, but it holds bytes that are not "
                         "UTF-16 text. Save the file again as “CSV UTF-8” from your spreadsheet."));
          return FALSE;
        }
      g_byte_array_remove_range (c->pending, 0, (guint) read);
      if (!feed_decoded (c, c->decoded, written, error))
        return FALSE;
      if (read == 0 && written == 0)
        break;
    }
  return TRUE;
}

static gboolean
finish (Csv     *c,
        GError **error)
{
  if (c->delimiter == 0 && !flush_sample (c, TRUE, error))
    return FALSE;

  switch (c->state)
    {
    case ST_ROW_START:
      return TRUE;
    case ST_QUOTED:
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_SYNTAX,
                   _("Row %u has a quotation mark (\") that opens a cell and is never closed, so the rest of "
                     "the file would be one cell. Correct that row, or save the file again from your "
                     "spreadsheet."),
                   c->quote_row);
      return FALSE;
    case ST_COMMENT:
      end_cell (c);
      return end_comment (c, error);
    case ST_FIELD_START:
    case ST_UNQUOTED:
    case ST_QUOTE:
    default:
      end_cell (c);
      return end_record (c, error);
    }
}

/* ------------------------------------------------------------ public */

void
vb_csv_options_init (VbCsvOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  vb_sheet_limits_init (&options->limits);
}

gboolean
vb_csv_read_stream (GInputStream       *stream,
                    const VbCsvOptions *options,
                    VbSheetRowFunc      row_func,
                    gpointer            user_data,
                    VbCsvInfo          *info,
                    GError            **error)
{
  VbCsvOptions defaults;
  g_autofree guint8 *chunk = NULL;
  gboolean first = TRUE, ok = FALSE;
  Csv c = { 0 };

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (row_func != NULL, FALSE);
  g_return_val_if_fail (options == NULL || options->delimiter == 0 || options->delimiter == ',' ||
                        options->delimiter == ';' || options->delimiter == '\t', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      vb_csv_options_init (&defaults);
      options = &defaults;
    }
  c.options = options;
  c.row_func = row_func;
  c.user_data = user_data;
  c.info = info;
  c.sample = g_byte_array_new ();
  c.buf = g_string_sized_new (1024);
  c.converted = g_string_new (NULL);
  if (info)
    *info = (VbCsvInfo) { ',', VB_CSV_ENCODING_UTF8, 0 };
  if (options->delimiter != 0)
    {
      g_clear_pointer (&c.sample, g_byte_array_unref);
      set_delimiter (&c, options->delimiter);
    }

  chunk = g_malloc (CHUNK_BYTES);
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      gsize n = 0, skip = 0;

      if (!g_input_stream_read_all (stream, chunk, CHUNK_BYTES, &n, NULL, &local))
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                       _("The file could not be read to the end: %s"), local->message);
          goto out;
        }
      c.raw_bytes += n;
      if (c.raw_bytes > options->limits.max_total_bytes)
        {
          g_autofree char *limit = vb_sheet_format_size (options->limits.max_total_bytes);

          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("This file is larger than %s; a file to import can be at most %s."), limit, limit);
          goto out;
        }
      if (first)
        {
          const char *from = NULL;
          VbCsvEncoding encoding = VB_CSV_ENCODING_UTF8;

          first = FALSE;
          if (n >= 3 && memcmp (chunk, "\xef\xbb\xbf", 3) == 0)
            {
              skip = 3;
              encoding = VB_CSV_ENCODING_UTF8_BOM;
              c.mode = TEXT_UTF8;
            }
          else if (n >= 2 && chunk[0] == 0xff && chunk[1] == 0xfe)
            {
              from = "UTF-16LE";
              encoding = VB_CSV_ENCODING_UTF16LE;
            }
          else if (n >= 2 && chunk[0] == 0xfe && chunk[1] == 0xff)
            {
              from = "UTF-16BE";
              encoding = VB_CSV_ENCODING_UTF16BE;
            }
          if (from != NULL)
            {
              skip = 2;
              c.mode = TEXT_UTF8;
              c.utf16 = G_CONVERTER (g_charset_converter_new ("UTF-8", from, &local));
              g_assert_no_error (local);
              c.pending = g_byte_array_new ();
              c.decoded = g_malloc (CHUNK_BYTES);
            }
          if (info)
            info->encoding = encoding;
        }
      if (!feed_raw (&c, chunk + skip, n - skip, n < CHUNK_BYTES, error))
        goto out;
      if (n < CHUNK_BYTES)
        break;
    }
  if (c.pending != NULL && c.pending->len > 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_ENCODING,
                   _("This file starts with the mark of UTF-16 text, but it ends in the middle of a "
                     "character. Save the file again as “CSV UTF-8” from your spreadsheet."));
      goto out;
    }
  ok = finish (&c, error);

out:
  g_clear_object (&c.utf16);
  g_clear_pointer (&c.pending, g_byte_array_unref);
  g_free (c.decoded);
  g_clear_pointer (&c.sample, g_byte_array_unref);
  g_string_free (c.buf, TRUE);
  g_string_free (c.converted, TRUE);
  g_free (c.starts);
  g_free (c.conv_starts);
  g_free (c.cells);
  g_free (c.lengths);
  g_free (c.formulas);
  g_free (c.kinds);
  return ok;
}

gboolean
vb_csv_read_file (const char         *path,
                  const VbCsvOptions *options,
                  VbSheetRowFunc      row_func,
                  gpointer            user_data,
                  VbCsvInfo          *info,
                  GError            **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &local);
  if (stream == NULL)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                   _("The file “%s” cannot be opened: %s"), name, local->message);
      return FALSE;
    }
  return vb_csv_read_stream (G_INPUT_STREAM (stream), options, row_func, user_data, info, error);
}

gboolean
vb_csv_read_data (const void         *data,
                  gsize               size,
                  const VbCsvOptions *options,
                  VbSheetRowFunc      row_func,
                  gpointer            user_data,
                  VbCsvInfo          *info,
                  GError            **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  stream = g_memory_input_stream_new_from_data (size ? data : "", (gssize) size, NULL);
  return vb_csv_read_stream (stream, options, row_func, user_data, info, error);
}
