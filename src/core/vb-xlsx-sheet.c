/* vb-xlsx-sheet.c — the rows of an XLSX sheet, and its shared texts
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sheet part is a list of <row r="12"> elements of <c r="B12" t="…">
 * cells; a cell holds its value in <v> (a number, TRUE/FALSE as 1/0, an
 * error value, or the index of a text in the shared-strings table), or
 * an inline text in <is>, and a formula in <f>. Texts are <t> elements,
 * alone or in rich-text runs <r>, which are joined; phonetic guides
 * (<rPh>) are not part of the text. A cell without r follows the one
 * before it; a row without r follows the row before it.
 *
 * The sheet's rows are handed over one at a time, each from one buffer
 * that the next row reuses. The shared texts are kept for the whole read
 * (they are what a workbook stores once), in one buffer, within limits.
 */

#define G_LOG_DOMAIN "vb-xlsx-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-xlsx-private.h"

#define MAX_ROW_NUMBER    1048576u  /* what Excel numbers rows up to */
#define MAX_COLUMN_NUMBER 16384u    /* columns A to XFD */

static gboolean
is_text_node (int type)
{
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

/* OOXML writes characters XML cannot hold as _xHHHH_ (a carriage return
 * is _x000D_), and an underscore that would read as one as _x005F_ */
static void
decode_escapes (GString *text)
{
  gsize in = 0, out = 0;

  if (strstr (text->str, "_x") == NULL)
    return;
  while (in < text->len)
    {
      if (in + 7 <= text->len && text->str[in] == '_' && text->str[in + 1] == 'x' && text->str[in + 6] == '_' &&
          hex_value (text->str[in + 2]) >= 0 && hex_value (text->str[in + 3]) >= 0 &&
          hex_value (text->str[in + 4]) >= 0 && hex_value (text->str[in + 5]) >= 0)
        {
          gunichar c = (gunichar) (hex_value (text->str[in + 2]) << 12 | hex_value (text->str[in + 3]) << 8 |
                                   hex_value (text->str[in + 4]) << 4 | hex_value (text->str[in + 5]));

          /* no NUL, no half of a surrogate pair: those stay as written */
          if (c != 0 && g_unichar_validate (c))
            {
              out += (gsize) g_unichar_to_utf8 (c, text->str + out);  /* at most 3 bytes: fits in 7 */
              in += 7;
              continue;
            }
        }
      text->str[out++] = text->str[in++];
    }
  g_string_truncate (text, out);
}

/* ------------------------------------------------------------ shared texts */

static gboolean
store_shared (VbXlsxReader  *self,
              GString       *text,
              gboolean       too_long,
              GError       **error)
{
  VbXlsxShared entry = { 0, G_MAXUINT32 };

  if (self->shared->len >= self->limits.max_shared_strings)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("This workbook holds more than %u different texts; a workbook can hold at most %u."),
                   self->limits.max_shared_strings, self->limits.max_shared_strings);
      return FALSE;
    }
  if (!too_long)
    {
      decode_escapes (text);
      if ((guint64) self->shared_text->len + text->len + 1 > self->limits.max_shared_bytes ||
          (guint64) self->shared_text->len + text->len + 1 > G_MAXUINT32)
        {
          g_autofree char *limit = vb_sheet_format_size (self->limits.max_shared_bytes);

          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("The texts of this workbook take more than %s together; a workbook can hold at "
                         "most %s of text."),
                       limit, limit);
          return FALSE;
        }
      entry.offset = self->shared_text->len;
      entry.length = (guint32) text->len;
      g_byte_array_append (self->shared_text, (const guint8 *) text->str, (guint) text->len + 1);
    }
  g_array_append_val (self->shared, entry);
  return TRUE;
}

gboolean
vb_xlsx_load_shared_strings (VbXlsxReader  *self,
                             GError       **error)
{
  g_autoptr(GString) text = NULL;
  VbXlsxPart part;
  gboolean in_si = FALSE, in_t = FALSE, too_long = FALSE;
  guint phonetic = 0;
  int ret;

  if (self->shared_loaded)
    return TRUE;
  g_clear_pointer (&self->shared_text, g_byte_array_unref);
  g_clear_pointer (&self->shared, g_array_unref);
  self->shared_text = g_byte_array_new ();
  self->shared = g_array_new (FALSE, FALSE, sizeof (VbXlsxShared));
  if (self->shared_path == NULL || zip_name_locate (self->zip, self->shared_path, 0) < 0)
    {
      self->shared_loaded = TRUE;
      return TRUE;
    }

  if (!vb_xlsx_part_open (self, &part, self->shared_path, error))
    {
      vb_xlsx_part_close (&part);
      return FALSE;
    }
  part.in_shared = TRUE;
  text = g_string_new (NULL);
  while ((ret = vb_xlsx_part_next (&part, error)) > 0)
    {
      int type = xmlTextReaderNodeType (part.xml);
      gboolean empty = xmlTextReaderIsEmptyElement (part.xml) == 1;

      if (type == XML_READER_TYPE_ELEMENT)
        {
          if (vb_xlsx_part_is (&part, "si"))
            {
              in_si = TRUE;
              in_t = too_long = FALSE;
              phonetic = 0;
              g_string_truncate (text, 0);
              part.where_shared = self->shared->len;
              if (empty)
                {
                  in_si = FALSE;
                  if (!store_shared (self, text, FALSE, error))
                    break;
                }
            }
          else if (in_si && vb_xlsx_part_is (&part, "rPh") && !empty)
            phonetic++;
          else if (in_si && phonetic == 0 && vb_xlsx_part_is (&part, "t") && !empty)
            in_t = TRUE;
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (vb_xlsx_part_is (&part, "t"))
            in_t = FALSE;
          else if (vb_xlsx_part_is (&part, "rPh") && phonetic > 0)
            phonetic--;
          else if (in_si && vb_xlsx_part_is (&part, "si"))
            {
              in_si = FALSE;
              if (!store_shared (self, text, too_long, error))
                break;
            }
        }
      else if (in_t && !too_long && is_text_node (type))
        {
          const char *value = (const char *) xmlTextReaderConstValue (part.xml);
          gsize n = value ? strlen (value) : 0;

          if (text->len + n > self->limits.max_cell_bytes)
            too_long = TRUE;
          else
            g_string_append_len (text, value, (gssize) n);
        }
    }
  vb_xlsx_part_close (&part);
  if (ret != 0)
    {
      g_assert (error == NULL || *error != NULL);
      return FALSE;
    }
  self->shared_loaded = TRUE;
  return TRUE;
}

/* ------------------------------------------------------------ rows */

typedef struct {
  VbXlsxReader   *self;
  VbXlsxPart     *part;
  const char     *sheet_name;
  VbSheetRowFunc  row_func;
  gpointer        user_data;

  guint row;                 /* the row being read; 0 before the first */
  gboolean in_row;           /* between <row> and its end: cells belong to it */
  guint n_rows;              /* rows handed over */
  GString *buf;              /* the row's values, each followed by a NUL */
  GArray  *offsets;          /* gssize per column: where its value is in buf, or -1 */
  GArray  *lengths;          /* gsize per column */
  GArray  *kinds;
  GArray  *formulas;
  GPtrArray *cells;

  /* the cell being read */
  gboolean  in_cell;
  guint     column;
  gint64    last_column;     /* -1 at the start of a row */
  char     *type;
  gboolean  formula;
  GString  *value;
  gboolean  in_value;        /* in <v>, or in a <t> of <is> */
  gboolean  in_inline;       /* in <is> */
  guint     phonetic;        /* depth of <rPh> */
} Rows;

static gboolean
fail_damaged (Rows        *r,
              const char  *what,
              GError     **error)
{
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
               _("The sheet “%s” of this workbook is damaged: %s."), r->sheet_name, what);
  return FALSE;
}

static gboolean
fail_cell_too_large (Rows     *r,
                     GError  **error)
{
  g_autofree char *limit = vb_sheet_format_size (r->self->limits.max_cell_bytes);
  g_autofree char *column = vb_sheet_column_name (r->column);

  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
               _("Row %u has a cell of more than %s (cell %s%u); a cell can hold at most %s."),
               r->row, limit, column, r->row, limit);
  return FALSE;
}

/* "AB12": the column (0-based) of a cell reference, or -1 */
static gint64
parse_column (const char *ref)
{
  gint64 column = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++)
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > MAX_COLUMN_NUMBER)
        return -1;
    }
  if (p == ref)
    return -1;
  for (; g_ascii_isdigit (*p); p++)
    ;
  return *p == '\0' ? column - 1 : -1;
}

static gboolean
parse_number (const char *text,
              guint64     max,
              guint64    *value)
{
  guint64 v = 0;
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      v = v * 10 + (guint64) (*p - '0');
      if (v > max)
        return FALSE;
    }
  while (g_ascii_isspace (*p))
    p++;
  *value = v;
  return *p == '\0';
}

static gboolean
begin_row (Rows     *r,
           GError  **error)
{
  g_autofree char *ref = vb_xlsx_part_attribute (r->part, "r");
  guint64 number = (guint64) r->row + 1;

  /* a row inside a row (a fuzzed file) would hand the outer one over twice */
  if (r->in_row)
    return fail_damaged (r, _("a row is inside another row"), error);
  if (ref != NULL && !parse_number (ref, MAX_ROW_NUMBER, &number))
    return fail_damaged (r, _("a row has a number that is not valid"), error);
  if (number <= r->row || number > MAX_ROW_NUMBER)
    return fail_damaged (r, _("its rows are not in order"), error);
  r->row = (guint) number;
  r->in_row = TRUE;
  r->last_column = -1;
  g_string_truncate (r->buf, 0);
  g_array_set_size (r->offsets, 0);
  g_array_set_size (r->lengths, 0);
  g_array_set_size (r->kinds, 0);
  g_array_set_size (r->formulas, 0);
  return TRUE;
}

static gboolean
end_row (Rows     *r,
         GError  **error)
{
  VbSheetRow row;
  gboolean ok;

  r->in_row = FALSE;
  if (r->offsets->len == 0)
    return TRUE;  /* nothing but formatting: not a row of data */
  if (r->n_rows >= r->self->limits.max_rows)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("The sheet “%s” has more than %u rows; a sheet can have at most %u rows."),
                   r->sheet_name, r->self->limits.max_rows, r->self->limits.max_rows);
      return FALSE;
    }
  r->n_rows++;
  g_ptr_array_set_size (r->cells, 0);
  for (guint i = 0; i < r->offsets->len; i++)
    {
      gssize offset = g_array_index (r->offsets, gssize, i);
      g_ptr_array_add (r->cells, offset >= 0 ? r->buf->str + offset : (char *) "");
    }
  row = (VbSheetRow) {
    .number = r->row,
    .n_cells = r->offsets->len,
    .cells = (const char *const *) r->cells->pdata,
    .lengths = (const gsize *) (gpointer) r->lengths->data,
    .formulas = (const gboolean *) (gpointer) r->formulas->data,
    .kinds = (const VbSheetCellKind *) (gpointer) r->kinds->data,
  };
  ok = r->row_func (&row, r->user_data, error);
  g_assert (ok || error == NULL || *error != NULL);
  return ok;
}

static gboolean
begin_cell (Rows     *r,
            GError  **error)
{
  g_autofree char *ref = vb_xlsx_part_attribute (r->part, "r");
  gint64 column = r->last_column + 1;

  if (ref != NULL)
    column = parse_column (ref);
  if (column < 0 || column >= MAX_COLUMN_NUMBER)
    return fail_damaged (r, _("a cell has a reference that is not valid"), error);
  r->column = (guint) column;
  r->last_column = column;
  g_clear_pointer (&r->type, g_free);
  r->type = vb_xlsx_part_attribute (r->part, "t");
  r->formula = FALSE;
  r->in_value = r->in_inline = FALSE;
  r->phonetic = 0;
  r->in_cell = TRUE;
  g_string_truncate (r->value, 0);
  r->part->where_row = r->row;
  r->part->where_column = r->column;
  return TRUE;
}

static gboolean
end_cell (Rows     *r,
          GError  **error)
{
  const VbSheetLimits *limits = &r->self->limits;
  const char *text = r->value->str;
  gsize length = r->value->len;
  VbSheetCellKind kind = VB_SHEET_CELL_NUMBER;
  gssize offset;

  r->in_cell = FALSE;
  r->part->where_row = 0;
  if (g_strcmp0 (r->type, "s") == 0)
    {
      guint64 index;
      VbXlsxShared shared;

      kind = VB_SHEET_CELL_TEXT;
      if (length > 0 || !r->formula)
        {
          if (!parse_number (text, G_MAXUINT32, &index) || index >= r->self->shared->len)
            {
              g_autofree char *column = vb_sheet_column_name (r->column);

              g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                           _("Cell %s%u of the sheet “%s” refers to a shared text (“%s”) that the workbook "
                             "does not have: the workbook is damaged."),
                           column, r->row, r->sheet_name, text);
              return FALSE;
            }
          shared = g_array_index (r->self->shared, VbXlsxShared, index);
          if (shared.length == G_MAXUINT32)
            return fail_cell_too_large (r, error);
          text = (const char *) r->self->shared_text->data + shared.offset;
          length = shared.length;
        }
    }
  else if (g_strcmp0 (r->type, "inlineStr") == 0 || g_strcmp0 (r->type, "str") == 0)
    {
      kind = VB_SHEET_CELL_TEXT;
      decode_escapes (r->value);
      text = r->value->str;
      length = r->value->len;
    }
  else if (g_strcmp0 (r->type, "b") == 0)
    {
      kind = VB_SHEET_CELL_BOOLEAN;
      if (strcmp (text, "1") == 0 || strcmp (text, "0") == 0)
        {
          text = text[0] == '1' ? "TRUE" : "FALSE";
          length = strlen (text);
        }
    }
  else if (g_strcmp0 (r->type, "e") == 0)
    kind = VB_SHEET_CELL_ERROR;
  else if (g_strcmp0 (r->type, "d") == 0)
    kind = VB_SHEET_CELL_DATE;
  if (length == 0)
    kind = VB_SHEET_CELL_EMPTY;
  if (length == 0 && !r->formula)
    return TRUE;  /* an empty cell, perhaps formatted */

  if (r->column >= limits->max_cells_per_row)
    {
      g_autofree char *column = vb_sheet_column_name (r->column);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("Row %u has a cell in column %s (cell %s%u), past the %u cells a row can have; a row "
                     "can have at most %u cells."),
                   r->row, column, column, r->row, limits->max_cells_per_row, limits->max_cells_per_row);
      return FALSE;
    }
  if (r->buf->len + length + 1 > limits->max_row_bytes)
    {
      g_autofree char *limit = vb_sheet_format_size (limits->max_row_bytes);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("Row %u holds more than %s of text; a row can hold at most %s."), r->row, limit, limit);
      return FALSE;
    }
  while (r->offsets->len <= r->column)
    {
      gssize none = -1;
      gsize zero = 0;
      gboolean no = FALSE;
      VbSheetCellKind empty = VB_SHEET_CELL_EMPTY;

      g_array_append_val (r->offsets, none);
      g_array_append_val (r->lengths, zero);
      g_array_append_val (r->formulas, no);
      g_array_append_val (r->kinds, empty);
    }
  offset = (gssize) r->buf->len;
  g_string_append_len (r->buf, text, (gssize) length);
  g_string_append_c (r->buf, '\0');
  g_array_index (r->offsets, gssize, r->column) = offset;
  g_array_index (r->lengths, gsize, r->column) = length;
  g_array_index (r->formulas, gboolean, r->column) = r->formula;
  g_array_index (r->kinds, VbSheetCellKind, r->column) = kind;
  return TRUE;
}

/* One node of the sheet; FALSE with an error to stop, *done at the end
 * of its data */
static gboolean
sheet_node (Rows      *r,
            gboolean  *done,
            GError   **error)
{
  VbXlsxPart *part = r->part;
  int type = xmlTextReaderNodeType (part->xml);
  gboolean empty;

  if (type == XML_READER_TYPE_ELEMENT)
    {
      empty = xmlTextReaderIsEmptyElement (part->xml) == 1;
      if (!r->in_cell)
        {
          if (vb_xlsx_part_is (part, "row"))
            return begin_row (r, error) && (!empty || end_row (r, error));
          if (vb_xlsx_part_is (part, "c") && r->in_row)
            return begin_cell (r, error) && (!empty || end_cell (r, error));
          return TRUE;
        }
      if (vb_xlsx_part_is (part, "f"))
        r->formula = TRUE;
      else if (vb_xlsx_part_is (part, "v") && !r->in_inline)
        r->in_value = !empty;
      else if (vb_xlsx_part_is (part, "is"))
        r->in_inline = !empty;
      else if (r->in_inline && vb_xlsx_part_is (part, "rPh") && !empty)
        r->phonetic++;
      else if (r->in_inline && r->phonetic == 0 && vb_xlsx_part_is (part, "t"))
        r->in_value = !empty;
      return TRUE;
    }
  if (type == XML_READER_TYPE_END_ELEMENT)
    {
      if (r->in_cell)
        {
          if (vb_xlsx_part_is (part, "c"))
            return end_cell (r, error);
          if (vb_xlsx_part_is (part, "v") || vb_xlsx_part_is (part, "t"))
            r->in_value = FALSE;
          else if (vb_xlsx_part_is (part, "rPh") && r->phonetic > 0)
            r->phonetic--;
          else if (vb_xlsx_part_is (part, "is"))
            r->in_inline = FALSE;
          return TRUE;
        }
      if (vb_xlsx_part_is (part, "row") && r->in_row)
        return end_row (r, error);
      if (vb_xlsx_part_is (part, "sheetData"))
        *done = TRUE;
      return TRUE;
    }
  if (r->in_value && is_text_node (type))
    {
      const char *value = (const char *) xmlTextReaderConstValue (part->xml);
      gsize n = value ? strlen (value) : 0;

      if (r->value->len + n > r->self->limits.max_cell_bytes)
        return fail_cell_too_large (r, error);
      g_string_append_len (r->value, value, (gssize) n);
    }
  return TRUE;
}

gboolean
vb_xlsx_read_rows (VbXlsxReader    *self,
                   const char      *path,
                   const char      *sheet_name,
                   VbSheetRowFunc   row_func,
                   gpointer         user_data,
                   GError         **error)
{
  VbXlsxPart part;
  gboolean done = FALSE, ok = TRUE;
  int ret = 0;
  Rows r = {
    .self = self,
    .part = &part,
    .sheet_name = sheet_name,
    .row_func = row_func,
    .user_data = user_data,
    .last_column = -1,
  };

  if (!vb_xlsx_part_open (self, &part, path, error))
    {
      vb_xlsx_part_close (&part);
      return FALSE;
    }
  r.buf = g_string_sized_new (1024);
  r.value = g_string_new (NULL);
  r.offsets = g_array_new (FALSE, FALSE, sizeof (gssize));
  r.lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  r.kinds = g_array_new (FALSE, FALSE, sizeof (VbSheetCellKind));
  r.formulas = g_array_new (FALSE, FALSE, sizeof (gboolean));
  r.cells = g_ptr_array_new ();

  while (!done && (ret = vb_xlsx_part_next (&part, error)) > 0)
    if (!sheet_node (&r, &done, error))
      {
        ok = FALSE;
        break;
      }
  if (ret < 0)
    ok = FALSE;

  vb_xlsx_part_close (&part);
  g_string_free (r.buf, TRUE);
  g_string_free (r.value, TRUE);
  g_array_unref (r.offsets);
  g_array_unref (r.lengths);
  g_array_unref (r.kinds);
  g_array_unref (r.formulas);
  g_ptr_array_unref (r.cells);
  g_free (r.type);
  return ok;
}
