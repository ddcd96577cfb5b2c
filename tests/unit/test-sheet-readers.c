/* test-sheet-readers.c — the CSV and XLSX readers, on good files and bad
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbooks are written here, with libzip, from XML strings: a test
 * holds exactly the bytes it means. Every bad case is otherwise a valid
 * file, and its test asserts that the message names the limit or the
 * problem (and the row where there is one).
 */

#include <stdio.h>
#include <string.h>
#include <zip.h>

#include "vb-csv-reader.h"
#include "vb-error.h"
#include "vb-xlsx-reader.h"
#include "vb-test-util.h"

/* AddressSanitizer keeps freed memory in quarantine (256 MB) and adds its
 * shadow: the peak memory of a read is measured in plain builds only */
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

/* The peak memory of a read, from before to after, under 50 MB */
static void
assert_peak_memory (guint64 before_kb,
                    guint64 after_kb)
{
  if (SANITIZED)
    return;
  g_assert_cmpuint (after_kb - before_kb, <, 50 * 1024);
}

/* ------------------------------------------------------------ collecting rows */

/* Each row as "NUMBER:cell|cell|…", and "F" or "." per cell for formulas */
typedef struct {
  GPtrArray *rows;
  GPtrArray *formulas;
  GPtrArray *comments;   /* "NUMBER:text" */
  guint      n_rows;
  gboolean   keep;       /* FALSE: only count (a million rows) */
} Collected;

static void
collected_init (Collected *c)
{
  c->rows = g_ptr_array_new_with_free_func (g_free);
  c->formulas = g_ptr_array_new_with_free_func (g_free);
  c->comments = g_ptr_array_new_with_free_func (g_free);
  c->n_rows = 0;
  c->keep = TRUE;
}

static void
collected_clear (Collected *c)
{
  g_clear_pointer (&c->rows, g_ptr_array_unref);
  g_clear_pointer (&c->formulas, g_ptr_array_unref);
  g_clear_pointer (&c->comments, g_ptr_array_unref);
}

static gboolean
collect_row (const VbSheetRow  *row,
             gpointer           user_data,
             GError           **error)
{
  Collected *c = user_data;
  GString *s, *f;

  c->n_rows++;
  if (!c->keep)
    return TRUE;
  s = g_string_new (NULL);
  f = g_string_new (NULL);
  g_string_append_printf (s, "%u:", row->number);
  for (guint i = 0; i < row->n_cells; i++)
    {
      g_assert_true (g_utf8_validate (row->cells[i], -1, NULL));
      g_assert_cmpuint (strlen (row->cells[i]), ==, row->lengths[i]);
      g_string_append_printf (s, "%s%s", i ? "|" : "", row->cells[i]);
      g_string_append_c (f, row->formulas[i] ? 'F' : '.');
    }
  g_ptr_array_add (c->rows, g_string_free (s, FALSE));
  g_ptr_array_add (c->formulas, g_string_free (f, FALSE));
  return TRUE;
}

static gboolean
collect_comment (guint        number,
                 const char  *text,
                 gpointer     user_data,
                 GError     **error)
{
  Collected *c = user_data;

  g_ptr_array_add (c->comments, g_strdup_printf ("%u:%s", number, text));
  return TRUE;
}

static void
assert_rows (GPtrArray          *rows,
             const char *const  *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, rows->len); i++)
    g_assert_cmpstr (rows->pdata[i], ==, expected[i]);
  g_assert_cmpuint (rows->len, ==, n);
}

/* The error is a VB_IMPORT_ERROR of that code whose message holds every
 * one of the words */
static void
assert_message (const GError *error,
                int           code,
                ...)
{
  va_list args;
  const char *word;

  g_assert_nonnull (error);
  g_test_message ("message: %s", error->message);
  g_assert_error (error, VB_IMPORT_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  va_start (args, code);
  while ((word = va_arg (args, const char *)) != NULL)
    if (strstr (error->message, word) == NULL)
      g_error ("the message “%s” does not say “%s”", error->message, word);
  va_end (args);
}

/* ------------------------------------------------------------ CSV */

static gboolean
read_csv (const char          *data,
          gssize               length,
          const VbCsvOptions  *options,
          Collected           *c,
          VbCsvInfo           *info,
          GError             **error)
{
  return vb_csv_read_data (data, length < 0 ? strlen (data) : (gsize) length, options, collect_row, c, info,
                           error);
}

static void
test_csv_quoting (void)
{
  Collected c;
  VbCsvInfo info;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "1:id|text|note", "2:R-1|Describe how you will, with commas|plain",
    "3:R-2|Say \"yes\" or \"no\"|", "4:R-3|two\nlines|three\nlines\nhere", "5:", "6:last|row", NULL
  };

  collected_init (&c);
  /* CRLF, LF and CR line endings in one file; a line break in a quoted
   * cell is "\n" whatever it was written as; an empty line is a row of one
   * empty cell; the last line has no line end */
  g_assert_true (read_csv ("id,text,note\r\n"
                           "R-1,\"Describe how you will, with commas\",plain\n"
                           "R-2,\"Say \"\"yes\"\" or \"\"no\"\"\",\r"
                           "R-3,\"two\r\nlines\",\"three\nlines\rhere\"\n"
                           "\n"
                           "last,row", -1, NULL, &c, &info, &error));
  g_assert_no_error (error);
  assert_rows (c.rows, expected);
  g_assert_cmpint (info.delimiter, ==, ',');
  g_assert_cmpint (info.encoding, ==, VB_CSV_ENCODING_UTF8);
  g_assert_cmpuint (info.n_rows, ==, 6);
  collected_clear (&c);
}

/* Nothing at all, or only a byte-order mark: no rows (a fuzzer found
 * that an empty file made the reader add 0 to a NULL pointer) */
static void
test_csv_empty (void)
{
  static const char *const inputs[] = { "", "\xef\xbb\xbf", "\xff\xfe" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      VbCsvInfo info;
      Collected c;

      collected_init (&c);
      g_assert_true (vb_csv_read_data (inputs[i], strlen (inputs[i]), NULL, collect_row, &c, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (c.rows->len, ==, 0);
      g_assert_cmpuint (info.n_rows, ==, 0);
      collected_clear (&c);
    }
}

static void
test_csv_delimiters (void)
{
  static const struct {
    const char *text;
    char        delimiter;
    const char *second_row;
  } cases[] = {
    /* European: semicolons, decimal commas in the data */
    { "Name;Amount;Note\nSmith;3,50;\"a;b\"\nJones;4,25;x\n", ';', "2:Smith|3,50|a;b" },
    { "Name\tAmount\nSmith, John\t3.50\n", '\t', "2:Smith, John|3.50" },
    { "a,b;c\n1,2;3\n4,5;6\n", ',', "2:1|2;3" },
    /* one column: a comma, and the semicolon is text */
    { "Only\nx;y z\n", ',', "2:x;y z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Collected c;
      VbCsvInfo info;
      g_autoptr(GError) error = NULL;

      collected_init (&c);
      g_assert_true (read_csv (cases[i].text, -1, NULL, &c, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpint (info.delimiter, ==, cases[i].delimiter);
      g_assert_cmpstr (c.rows->pdata[1], ==, cases[i].second_row);
      collected_clear (&c);
    }
}

static void
test_csv_encodings (void)
{
  /* "Café;Zürich" in each encoding; € is 0x80 in Windows-1252 */
  static const char utf8_bom[] = "\xef\xbb\xbfid;name\n1;Caf\xc3\xa9 Z\xc3\xbcrich\n";
  static const char cp1252[] = "id;name\n1;Caf\xe9 Z\xfcrich \x80\n";
  static const char utf16le[] = "\xff\xfei\0d\0;\0n\0\n\0" "1\0;\0C\0a\0f\0\xe9\0\n\0";
  static const char utf16be[] = "\xfe\xff\0i\0d\0;\0n\0\n\0" "1\0;\0C\0a\0f\0\xe9\0\n";
  static const char broken_utf8[] = "id;name\n1;Caf\xc3\xa9\n2;Caf\xe9\n";
  static const char undefined_1252[] = "id;name\n1;x\x81y\n";
  static const char odd_utf16[] = "\xff\xfei\0d\0\n";
  static const char binary[] = "id,name\n1,a\0b\n";
  Collected c;
  VbCsvInfo info;
  g_autoptr(GError) error = NULL;

  collected_init (&c);
  g_assert_true (read_csv (utf8_bom, sizeof utf8_bom - 1, NULL, &c, &info, &error));
  g_assert_cmpint (info.encoding, ==, VB_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpstr (c.rows->pdata[0], ==, "1:id|name");
  g_assert_cmpstr (c.rows->pdata[1], ==, "2:1|Café Zürich");
  collected_clear (&c);

  collected_init (&c);
  g_assert_true (read_csv (cp1252, sizeof cp1252 - 1, NULL, &c, &info, &error));
  g_assert_cmpint (info.encoding, ==, VB_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (c.rows->pdata[1], ==, "2:1|Café Zürich €");
  collected_clear (&c);

  collected_init (&c);
  g_assert_true (read_csv (utf16le, sizeof utf16le - 1, NULL, &c, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.encoding, ==, VB_CSV_ENCODING_UTF16LE);
  g_assert_cmpint (info.delimiter, ==, ';');
  g_assert_cmpstr (c.rows->pdata[1], ==, "2:1|Café");
  collected_clear (&c);

  collected_init (&c);
  g_assert_true (read_csv (utf16be, sizeof utf16be - 1, NULL, &c, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.encoding, ==, VB_CSV_ENCODING_UTF16BE);
  g_assert_cmpstr (c.rows->pdata[1], ==, "2:1|Café");
  collected_clear (&c);

  collected_init (&c);
  g_assert_false (read_csv (broken_utf8, sizeof broken_utf8 - 1, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_ENCODING, "Row 3", "UTF-8", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  collected_init (&c);
  g_assert_false (read_csv (undefined_1252, sizeof undefined_1252 - 1, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_ENCODING, "Row 2", "Windows-1252", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  collected_init (&c);
  g_assert_false (read_csv (odd_utf16, sizeof odd_utf16 - 1, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_ENCODING, "UTF-16", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  collected_init (&c);
  g_assert_false (read_csv (binary, sizeof binary - 1, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_NOT_SPREADSHEET, "row 2", "not a CSV", NULL);
  collected_clear (&c);
}

static void
test_csv_comments (void)
{
  VbCsvOptions options;
  Collected c;
  VbCsvInfo info;
  g_autoptr(GError) error = NULL;
  const char *comments[] = { "1: vendorbench project=1234 vendor=5678 schema=7", "2:second", NULL };
  const char *rows[] = { "3:id|answer", "4:#1|yes", NULL };
  /* the comment line as a spreadsheet saves it again: filled up with
   * delimiters; a "#" after the first row is data */
  const char *text = "# vendorbench project=1234 vendor=5678 schema=7;;;\n#second\nid;answer\n#1;yes\n";

  vb_csv_options_init (&options);
  options.comment_func = collect_comment;
  collected_init (&c);
  g_assert_true (read_csv (text, -1, &options, &c, &info, &error));
  g_assert_no_error (error);
  assert_rows (c.comments, comments);
  assert_rows (c.rows, rows);
  g_assert_cmpint (info.delimiter, ==, ';');
  collected_clear (&c);

  /* without a comment callback, a "#" line is a row */
  collected_init (&c);
  g_assert_true (read_csv (text, -1, NULL, &c, NULL, &error));
  g_assert_cmpuint (c.rows->len, ==, 4);
  g_assert_cmpstr (c.rows->pdata[1], ==, "2:#second");
  collected_clear (&c);
}

static void
test_csv_unterminated_quote (void)
{
  Collected c;
  g_autoptr(GError) error = NULL;

  collected_init (&c);
  /* the quote opens in row 3 and the file ends inside it */
  g_assert_false (read_csv ("id,text\nR-1,fine\nR-2,\"never closed\nR-3,more\n", -1, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_SYNTAX, "Row 3", "quotation mark", "never closed", NULL);
  /* the rows before it were read */
  g_assert_cmpuint (c.rows->len, ==, 2);
  collected_clear (&c);
}

static void
test_csv_limits (void)
{
  VbCsvOptions options;
  Collected c;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new ("id,text\n1,short\n2,");
  g_autoptr(GString) wide = g_string_new ("a");
  g_autoptr(GString) many = g_string_sized_new (2000010);

  /* a cell of 10 MB in row 3, under the default limit of 1 MB */
  for (guint i = 0; i < 10 * 1024 * 1024; i++)
    g_string_append_c (big, 'x');
  collected_init (&c);
  g_assert_false (read_csv (big->str, (gssize) big->len, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "Row 3", "1 MB", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  /* 1,001 cells in row 1 */
  for (guint i = 0; i < 1000; i++)
    g_string_append (wide, ",a");
  collected_init (&c);
  g_assert_false (read_csv (wide->str, -1, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "Row 1", "1000 cells", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  /* 1,000,001 rows under the real limit of 1,000,000 */
  for (guint i = 0; i < 1000001; i++)
    g_string_append (many, "1\n");
  collected_init (&c);
  c.keep = FALSE;
  g_assert_false (read_csv (many->str, (gssize) many->len, NULL, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "1000000 rows", NULL);
  g_assert_cmpuint (c.n_rows, ==, 1000000);
  g_clear_error (&error);
  collected_clear (&c);

  /* the total, and a row's bytes, with lowered limits */
  vb_csv_options_init (&options);
  options.limits.max_total_bytes = 64 * 1024;
  collected_init (&c);
  g_assert_false (read_csv (many->str, (gssize) many->len, &options, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "64 KB", "larger", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  vb_csv_options_init (&options);
  options.limits.max_row_bytes = 1024;
  collected_init (&c);
  g_assert_false (read_csv (wide->str, -1, &options, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "Row 1", "1 KB", NULL);
  g_clear_error (&error);
  collected_clear (&c);

  /* an unclosed quote that runs past the cell limit says so */
  vb_csv_options_init (&options);
  options.limits.max_cell_bytes = 16;
  collected_init (&c);
  g_assert_false (read_csv ("a,b\n1,\"open\n2,x\n3,y\n4,z\n5,w\n", -1, &options, &c, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "Row 2", "16 bytes", "never closed", NULL);
  collected_clear (&c);
}

/* The callback's error comes back as it is, and reading stops */
static gboolean
stop_at_two (const VbSheetRow  *row,
             gpointer           user_data,
             GError           **error)
{
  (*(guint *) user_data)++;
  if (row->number < 2)
    return TRUE;
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID, "stopped at row %u", row->number);
  return FALSE;
}

static void
test_csv_callback_stops (void)
{
  g_autoptr(GError) error = NULL;
  guint calls = 0;

  g_assert_false (vb_csv_read_data ("a\nb\nc\n", 6, NULL, stop_at_two, &calls, NULL, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "stopped at row 2");
  g_assert_cmpuint (calls, ==, 2);
}

/* ------------------------------------------------------------ workbooks */

#define NS_MAIN "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define NS_REL "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
static const char workbook[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<workbook " NS_MAIN " " NS_REL "><sheets>"
  "<sheet name=\"Instructions\" sheetId=\"1\" r:id=\"rId1\"/>"
  "<sheet name=\"Responses\" sheetId=\"2\" r:id=\"rId2\"/>"
  "<sheet name=\"About\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"
  "</sheets></workbook>";
static const char workbook_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL_TYPE "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/./sheet3.xml\"/>"
  "<Relationship Id=\"rId4\" Type=\"" REL_TYPE "sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "</Relationships>";
static const char instructions[] =
  "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Fill in column E</t>"
  "</is></c></row></sheetData></worksheet>";
static const char about[] =
  "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>project</t></is></c>"
  "<c r=\"B1\" t=\"inlineStr\"><is><t>0b5e0c4e-1d2f-4f4a-9a51-2f7c2b0e6d11</t></is></c></row>"
  "</sheetData></worksheet>";
/* 0 "ID", 1 "Answer", 2 rich text "Meets" + " fully", 3 "R-1" with a
 * phonetic guide left out, 4 "a_x000D_b" (a carriage return), 5 "" */
static const char shared_strings[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<sst " NS_MAIN " count=\"6\" uniqueCount=\"6\">"
  "<si><t>ID</t></si><si><t>Answer</t></si>"
  "<si><r><rPr><b/></rPr><t>Meets</t></r><r><t xml:space=\"preserve\"> fully</t></r></si>"
  "<si><t>R-1</t><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
  "<si><t>a_x000D_b</t></si><si><t/></si></sst>";
/* Row 1 a header; row 2 shared texts, a number, a boolean, an inline
 * text; row 3 missing (skipped); row 4 cells C and E only (A, B, D
 * missing), a formula in E; row 5 only formatting (not a row); row 6
 * without r (so 6), cells without r (A, then B), a cached formula text,
 * an error value */
static const char responses[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<worksheet " NS_MAIN "><dimension ref=\"A1:E6\"/><sheetData>"
  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
  "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>1.5</v></c>"
  "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"
  "<c r=\"F2\" t=\"s\"><v>4</v></c></row>"
  "<row r=\"4\"><c r=\"C4\"><v>42</v></c><c r=\"E4\"><f>C4*2</f><v>84</v></c></row>"
  "<row r=\"5\" customFormat=\"1\"><c r=\"A5\" s=\"3\"/><c r=\"B5\" t=\"s\" s=\"1\"><v>5</v></c></row>"
  "<row><c t=\"str\"><f>A1&amp;\"!\"</f><v>ID!</v></c><c t=\"e\"><v>#N/A</v></c></row>"
  "</sheetData></worksheet>";

typedef struct {
  const char *name;
  const char *content;   /* NULL: leave the part out */
} Part;

/* A zip of the parts, NULL-named last; each later part of the same name
 * replaces an earlier one */
static void
write_zip (const char *path,
           const Part *parts)
{
  int code = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);

  g_assert_nonnull (zip);
  for (guint i = 0; parts[i].name; i++)
    {
      zip_source_t *source;
      gboolean later = FALSE;

      for (guint j = i + 1; parts[j].name; j++)
        if (strcmp (parts[j].name, parts[i].name) == 0)
          later = TRUE;
      if (later || parts[i].content == NULL)
        continue;
      source = zip_source_buffer (zip, parts[i].content, strlen (parts[i].content), 0);
      g_assert_nonnull (source);
      g_assert_cmpint (zip_file_add (zip, parts[i].name, source, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
}

/* The test workbook, with the part name replaced by content (or left out
 * when content is NULL) */
static char *
write_workbook (const char *dir,
                const char *name,
                const char *content)
{
  char *path = g_build_filename (dir, "workbook.xlsx", NULL);
  Part parts[] = {
    { "[Content_Types].xml", content_types },
    { "xl/workbook.xml", workbook },
    { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/worksheets/sheet1.xml", instructions },
    { "xl/worksheets/sheet2.xml", responses },
    { "xl/worksheets/sheet3.xml", about },
    { "xl/sharedStrings.xml", shared_strings },
    { name, content },
    { NULL, NULL },
  };

  write_zip (path, parts);
  return path;
}

static gboolean
read_workbook_sheet (const char           *path,
                     const char           *sheet,
                     const VbSheetLimits  *limits,
                     Collected            *c,
                     GError              **error)
{
  g_autoptr(VbXlsxReader) reader = vb_xlsx_reader_open (path, limits, error);

  if (reader == NULL)
    return FALSE;
  return vb_xlsx_reader_read_sheet_named (reader, sheet, collect_row, c, error);
}

static void
test_xlsx_good (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = write_workbook (dir, "unused", NULL);
  g_autoptr(VbXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  Collected c;
  guint index = 99;
  const char *rows[] = {
    "1:ID|Answer", "2:R-1|Meets fully|1.5|TRUE|inline|a\rb", "4:||42||84", "6:ID!|#N/A", NULL
  };
  const char *formulas[] = { "..", "......", "....F", "F.", NULL };
  const char *about_rows[] = { "1:project|0b5e0c4e-1d2f-4f4a-9a51-2f7c2b0e6d11", NULL };

  reader = vb_xlsx_reader_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vb_xlsx_reader_get_n_sheets (reader), ==, 3);
  g_assert_cmpstr (vb_xlsx_reader_get_sheet_name (reader, 0), ==, "Instructions");
  g_assert_cmpstr (vb_xlsx_reader_get_sheet_name (reader, 1), ==, "Responses");
  g_assert_cmpstr (vb_xlsx_reader_get_sheet_name (reader, 2), ==, "About");
  g_assert_cmpint (vb_xlsx_reader_get_sheet_state (reader, 0), ==, VB_XLSX_SHEET_VISIBLE);
  g_assert_cmpint (vb_xlsx_reader_get_sheet_state (reader, 2), ==, VB_XLSX_SHEET_HIDDEN);
  g_assert_true (vb_xlsx_reader_find_sheet (reader, "responses", &index));
  g_assert_cmpuint (index, ==, 1);

  collected_init (&c);
  g_assert_true (vb_xlsx_reader_read_sheet (reader, 1, collect_row, &c, &error));
  g_assert_no_error (error);
  assert_rows (c.rows, rows);
  assert_rows (c.formulas, formulas);
  collected_clear (&c);

  /* the hidden sheet, from the same reader, and the same from memory */
  collected_init (&c);
  g_assert_true (vb_xlsx_reader_read_sheet_named (reader, "About", collect_row, &c, &error));
  assert_rows (c.rows, about_rows);
  collected_clear (&c);

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  g_clear_pointer (&reader, vb_xlsx_reader_free);
  reader = vb_xlsx_reader_open_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  collected_init (&c);
  g_assert_true (vb_xlsx_reader_read_sheet_named (reader, "Responses", collect_row, &c, &error));
  assert_rows (c.rows, rows);
  collected_clear (&c);

  g_assert_false (vb_xlsx_reader_read_sheet_named (reader, "Answers", collect_row, &c, &error));
  assert_message (error, VB_IMPORT_ERROR_NO_SHEET, "Answers", NULL);
  vbt_rmdir (dir);
}

/* ------------------------------------------------------------ bad workbooks */

static void
assert_refused (const char          *name,
                const char          *content,
                const VbSheetLimits *limits,
                int                  code,
                const char          *word1,
                const char          *word2)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = write_workbook (dir, name, content);
  g_autoptr(GError) error = NULL;
  Collected c;

  collected_init (&c);
  g_assert_false (read_workbook_sheet (path, "Responses", limits, &c, &error));
  assert_message (error, code, word1, word2, NULL);
  collected_clear (&c);
  vbt_rmdir (dir);
}

static void
test_xlsx_not_zip (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *text = g_build_filename (dir, "answers.xlsx", NULL);
  g_autofree char *other = g_build_filename (dir, "other.zip", NULL);
  g_autofree char *good = write_workbook (dir, "unused", NULL);
  g_autofree char *cut = g_build_filename (dir, "cut.xlsx", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  const Part other_parts[] = { { "notes.txt", "hello" }, { NULL, NULL } };
  gsize size;

  /* CSV text saved under the name of a workbook */
  g_assert_true (g_file_set_contents (text, "id,answer\nR-1,yes\n", -1, NULL));
  g_assert_null (vb_xlsx_reader_open (text, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_NOT_SPREADSHEET, "not a spreadsheet", "XLSX", NULL);
  g_clear_error (&error);

  write_zip (other, other_parts);
  g_assert_null (vb_xlsx_reader_open (other, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_NOT_SPREADSHEET, "zip archive", "not an Excel workbook", NULL);
  g_clear_error (&error);

  /* a zip whose directory declares 60,000 entries (libzip would allocate
   * them all before reading one) */
  {
    g_autofree char *patched = NULL;
    g_autoptr(GBytes) bytes = NULL;
    gsize length;
    guint8 *end;

    g_assert_true (g_file_get_contents (good, &patched, &length, NULL));
    /* the end record is the last 22 bytes: no zip comment */
    end = (guint8 *) patched + length - 22;
    g_assert_cmpmem (end, 4, "PK\5\6", 4);
    end[8] = end[10] = 0x60;   /* 60,000 = 0xea60, little-endian */
    end[9] = end[11] = 0xea;
    bytes = g_bytes_new (patched, length);
    g_assert_null (vb_xlsx_reader_open_bytes (bytes, NULL, &error));
    assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "more than 10000 parts", NULL);
    g_clear_error (&error);
  }

  /* a good workbook cut in two, as an interrupted download leaves it */
  g_assert_true (g_file_get_contents (good, &data, &size, NULL));
  g_assert_true (g_file_set_contents (cut, data, (gssize) (size / 2), NULL));
  g_assert_null (vb_xlsx_reader_open (cut, NULL, &error));
  assert_message (error, VB_IMPORT_ERROR_DAMAGED, "cut short", NULL);
  vbt_rmdir (dir);
}

static void
test_xlsx_unsafe (void)
{
  /* an external entity in a DTD, used in a cell */
  assert_refused ("xl/worksheets/sheet2.xml",
                  "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                  "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t>"
                  "</is></c></row></sheetData></worksheet>",
                  NULL, VB_IMPORT_ERROR_UNSAFE, "xl/worksheets/sheet2.xml", "DTD");
  /* in the shared texts too, without any entity */
  assert_refused ("xl/sharedStrings.xml",
                  "<?xml version=\"1.0\"?><!DOCTYPE sst><sst " NS_MAIN "><si><t>x</t></si></sst>",
                  NULL, VB_IMPORT_ERROR_UNSAFE, "xl/sharedStrings.xml", "DTD");
  /* member names that are paths */
  assert_refused ("../../outside.xml", "<x/>", NULL, VB_IMPORT_ERROR_UNSAFE, "../../outside.xml", "path");
  assert_refused ("/etc/cron.d/x", "<x/>", NULL, VB_IMPORT_ERROR_UNSAFE, "/etc/cron.d/x", "path");
  assert_refused ("xl\\..\\x.xml", "<x/>", NULL, VB_IMPORT_ERROR_UNSAFE, "xl\\..\\x.xml", "path");
}

static void
test_xlsx_damaged (void)
{
  /* a shared text that is not there: 6 texts, index 6 */
  assert_refused ("xl/worksheets/sheet2.xml",
                  "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                  "<row r=\"7\"><c r=\"C7\" t=\"s\"><v>6</v></c></row></sheetData></worksheet>",
                  NULL, VB_IMPORT_ERROR_DAMAGED, "Cell C7", "shared text");
  assert_refused ("xl/worksheets/sheet2.xml",
                  "<worksheet " NS_MAIN "><sheetData><row r=\"2\"/><row r=\"1\"/></sheetData></worksheet>",
                  NULL, VB_IMPORT_ERROR_DAMAGED, "Responses", "not in order");
  assert_refused ("xl/worksheets/sheet2.xml", "<worksheet " NS_MAIN "><sheetData><row>",
                  NULL, VB_IMPORT_ERROR_DAMAGED, "xl/worksheets/sheet2.xml", "not valid XML");
  assert_refused ("xl/worksheets/sheet2.xml", NULL, NULL, VB_IMPORT_ERROR_DAMAGED, "xl/worksheets/sheet2.xml",
                  "missing");
  /* no shared texts at all, and a cell that uses one */
  assert_refused ("xl/sharedStrings.xml", NULL, NULL, VB_IMPORT_ERROR_DAMAGED, "Cell A1", "shared text");
}

static void
test_xlsx_limits (void)
{
  g_autoptr(GString) big = g_string_new ("<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>"
                                         "</c></row><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>");
  g_autoptr(GString) big_shared = g_string_new ("<sst " NS_MAIN "><si><t>ID</t></si><si><t>");
  g_autoptr(GString) mid_shared = g_string_new ("<sst " NS_MAIN "><si><t>ID</t></si><si><t>");
  g_autoptr(GString) wide = g_string_new ("<worksheet " NS_MAIN "><sheetData><row r=\"1\">");
  VbSheetLimits limits;

  /* a cell of 10 MB: inline, then as a shared text (the parse stops at a
   * run of 8 MB of text, before libxml2 collects it whole) */
  for (guint i = 0; i < 10 * 1024 * 1024; i++)
    {
      g_string_append_c (big, 'x');
      g_string_append_c (big_shared, 'x');
    }
  g_string_append (big, "</t></is></c></row></sheetData></worksheet>");
  g_string_append (big_shared, "</t></si></sst>");
  assert_refused ("xl/worksheets/sheet2.xml", big->str, NULL, VB_IMPORT_ERROR_TOO_LARGE, "Row 2", "cell B2");
  assert_refused ("xl/worksheets/sheet2.xml", big->str, NULL, VB_IMPORT_ERROR_TOO_LARGE, "1 MB", NULL);
  assert_refused ("xl/sharedStrings.xml", big_shared->str, NULL, VB_IMPORT_ERROR_TOO_LARGE, "1 MB",
                  "text number 2");
  /* a shared text of 2 MB, refused where a cell uses it: B5 uses text 1 */
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (mid_shared, 'y');
  g_string_append (mid_shared, "</t></si></sst>");
  {
    g_autofree char *dir = vbt_tmpdir ();
    g_autofree char *path = NULL;
    g_autoptr(GError) error = NULL;
    Collected c;
    Part parts[] = {
      { "[Content_Types].xml", content_types }, { "xl/workbook.xml", workbook },
      { "xl/_rels/workbook.xml.rels", workbook_rels }, { "xl/sharedStrings.xml", mid_shared->str },
      { "xl/worksheets/sheet2.xml", "<worksheet " NS_MAIN "><sheetData><row r=\"5\"><c r=\"A5\" t=\"s\"><v>0</v>"
        "</c><c r=\"B5\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>" },
      { NULL, NULL },
    };

    path = g_build_filename (dir, "mid.xlsx", NULL);
    write_zip (path, parts);
    collected_init (&c);
    g_assert_false (read_workbook_sheet (path, "Responses", NULL, &c, &error));
    assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "Row 5", "cell B5", "1 MB", NULL);
    collected_clear (&c);
    vbt_rmdir (dir);
  }

  /* a cell in column ALM (the 1,001st) */
  g_string_append (wide, "<c r=\"ALL1\"><v>1</v></c><c r=\"ALM1\"><v>2</v></c></row></sheetData></worksheet>");
  assert_refused ("xl/worksheets/sheet2.xml", wide->str, NULL, VB_IMPORT_ERROR_TOO_LARGE, "column ALM",
                  "1000 cells");

  /* comments, which libxml2's reader keeps until their element ends */
  {
    g_autoptr(GString) comments = g_string_new ("<worksheet " NS_MAIN "><sheetData>");

    for (guint i = 0; i < 1001; i++)
      g_string_append (comments, "<!-- x -->");
    g_string_append (comments, "</sheetData></worksheet>");
    assert_refused ("xl/worksheets/sheet2.xml", comments->str, NULL, VB_IMPORT_ERROR_TOO_LARGE, "comments",
                    "at most 1000");
  }

  /* the shared texts: count and bytes (6 texts of 27 bytes with NULs) */
  vb_sheet_limits_init (&limits);
  limits.max_shared_strings = 5;
  assert_refused ("unused", NULL, &limits, VB_IMPORT_ERROR_TOO_LARGE, "more than 5 different texts", NULL);
  vb_sheet_limits_init (&limits);
  limits.max_shared_bytes = 20;
  assert_refused ("unused", NULL, &limits, VB_IMPORT_ERROR_TOO_LARGE, "20 bytes", "texts");
  vb_sheet_limits_init (&limits);
  limits.max_rows = 3;
  assert_refused ("unused", NULL, &limits, VB_IMPORT_ERROR_TOO_LARGE, "Responses", "more than 3 rows");
  vb_sheet_limits_init (&limits);
  limits.max_sheets = 2;
  assert_refused ("unused", NULL, &limits, VB_IMPORT_ERROR_TOO_LARGE, "more than 2 sheets", NULL);
}

/* ------------------------------------------------------------ generated parts */

/* A part of size bytes: head, then pattern over and over (cut where the
 * size ends), then nothing: made as libzip asks for it, so that neither
 * the test nor the zip it writes holds it */
typedef struct {
  const char *head;
  const char *pattern;
  guint64     size;
  guint64     pos;
  guint       row;       /* for rows: the next row number, 0 after the last */
  guint       last_row;
  GString    *pending;
  gsize       pending_pos;
} Generated;

static void
generate (Generated *g,
          guint8    *out,
          gsize      n)
{
  gsize head = strlen (g->head), done = 0;

  while (done < n)
    {
      gsize k;

      if (g->pos < head)
        {
          k = MIN (head - g->pos, n - done);
          memcpy (out + done, g->head + g->pos, k);
        }
      else if (g->pattern != NULL)
        {
          gsize length = strlen (g->pattern), offset = (gsize) ((g->pos - head) % length);

          k = MIN (length - offset, n - done);
          memcpy (out + done, g->pattern + offset, k);
        }
      else
        {
          /* rows, one after another, then the end of the sheet */
          if (g->pending_pos == g->pending->len)
            {
              g_string_truncate (g->pending, 0);
              g->pending_pos = 0;
              if (g->row == 0)
                g_string_append (g->pending, "</sheetData></worksheet>");
              else
                g_string_append_printf (g->pending, "<row r=\"%u\"><c r=\"A%u\"><v>%u</v></c></row>",
                                        g->row, g->row, g->row);
              g->row = g->row == 0 || g->row == g->last_row ? 0 : g->row + 1;
            }
          k = MIN (g->pending->len - g->pending_pos, n - done);
          memcpy (out + done, g->pending->str + g->pending_pos, k);
          g->pending_pos += k;
        }
      done += k;
      g->pos += k;
    }
}

static zip_int64_t
generated_cb (void             *user_data,
              void             *data,
              zip_uint64_t      len,
              zip_source_cmd_t  cmd)
{
  Generated *g = user_data;

  switch (cmd)
    {
    case ZIP_SOURCE_OPEN:
      g->pos = 0;
      g->row = g->last_row ? 1 : 0;
      if (g->pending)
        g_string_truncate (g->pending, 0);
      g->pending_pos = 0;
      return 0;
    case ZIP_SOURCE_READ:
      {
        gsize n = (gsize) MIN ((guint64) len, g->size - g->pos);
        generate (g, data, n);
        return (zip_int64_t) n;
      }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT:
      {
        zip_stat_t *st = data;
        zip_stat_init (st);
        st->size = g->size;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof (*st);
      }
    case ZIP_SOURCE_ERROR:
      return 0;
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return ZIP_SOURCE_SUPPORTS_READABLE;
    default:
      return -1;
    }
}

/* The test workbook with its Responses sheet generated */
static void
write_generated_workbook (const char *path,
                          Generated  *g)
{
  int code = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  const Part parts[] = {
    { "[Content_Types].xml", content_types }, { "xl/workbook.xml", workbook },
    { "xl/_rels/workbook.xml.rels", workbook_rels }, { "xl/sharedStrings.xml", shared_strings },
  };
  zip_source_t *source;
  zip_int64_t index;

  g_assert_nonnull (zip);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_assert_cmpint (zip_file_add (zip, parts[i].name,
                                   zip_source_buffer (zip, parts[i].content, strlen (parts[i].content), 0),
                                   0), >=, 0);
  source = zip_source_function (zip, generated_cb, g);
  index = zip_file_add (zip, "xl/worksheets/sheet2.xml", source, 0);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (zip_set_file_compression (zip, (zip_uint64_t) index, ZIP_CM_DEFLATE, 9), ==, 0);
  g_assert_cmpint (zip_close (zip), ==, 0);
}

static guint64
peak_memory_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);
  return g_ascii_strtoull (line + 6, NULL, 10);
}

static void
test_xlsx_zip_bomb (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bomb.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  /* 320 MiB (five times the limit of a part; 2 GiB takes 20 s to pack)
   * of empty elements after a sheet's start: valid XML to the end of what
   * is read, that no reader keeps, so only the byte count stops it */
  Generated g = { "<worksheet " NS_MAIN "><sheetData>", "<x/>", G_GUINT64_CONSTANT (320) << 20, 0, 0, 0, NULL, 0 };
  VbSheetLimits limits;
  guint64 before, after;
  GStatBuf st;
  Collected c;

  write_generated_workbook (path, &g);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  fprintf (stderr, "# zip bomb: a zip of %ld bytes that unpacks to 320 MiB\n", (long) st.st_size);
  g_assert_cmpint (st.st_size, <, 8 * 1024 * 1024);

  collected_init (&c);
  before = peak_memory_kb ();
  g_assert_false (read_workbook_sheet (path, "Responses", NULL, &c, &error));
  after = peak_memory_kb ();
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "xl/worksheets/sheet2.xml", "64 MB", NULL);
  g_test_message ("peak memory before %" G_GUINT64_FORMAT " kB, after %" G_GUINT64_FORMAT " kB (+%"
                  G_GUINT64_FORMAT " kB)", before, after, after - before);
  fprintf (stderr, "# zip bomb: peak memory +%" G_GUINT64_FORMAT " kB\n", after - before);
  assert_peak_memory (before, after);
  g_clear_error (&error);

  /* and the limit of all parts together, lowered under that of a part */
  vb_sheet_limits_init (&limits);
  limits.max_total_bytes = 8 * 1024 * 1024;
  g_assert_false (read_workbook_sheet (path, "Responses", &limits, &c, &error));
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "8 MB", "together", NULL);
  collected_clear (&c);
  vbt_rmdir (dir);
}

static void
test_xlsx_many_rows (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "rows.xlsx", NULL);
  g_autoptr(GString) pending = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  /* rows 1 to 100,001 under a limit of 100,000 rows (a million takes 7 s
   * through libxml2's reader; the CSV test reads the real million) */
  Generated g = { "<worksheet " NS_MAIN "><sheetData>", NULL, 0, 0, 1, 100001, pending, 0 };
  VbSheetLimits limits;
  guint64 before, after;
  Collected c;

  vb_sheet_limits_init (&limits);
  limits.max_rows = 100000;

  /* the size of the rows and the end: counted by generating them */
  {
    g_autoptr(GString) probe = g_string_new (NULL);
    guint64 size = strlen (g.head) + strlen ("</sheetData></worksheet>");

    for (guint r = 1; r <= g.last_row; r++)
      {
        g_string_printf (probe, "<row r=\"%u\"><c r=\"A%u\"><v>%u</v></c></row>", r, r, r);
        size += probe->len;
      }
    g.size = size;
  }
  write_generated_workbook (path, &g);

  collected_init (&c);
  c.keep = FALSE;
  before = peak_memory_kb ();
  g_assert_false (read_workbook_sheet (path, "Responses", &limits, &c, &error));
  after = peak_memory_kb ();
  assert_message (error, VB_IMPORT_ERROR_TOO_LARGE, "more than 100000 rows", NULL);
  g_assert_cmpuint (c.n_rows, ==, 100000);
  fprintf (stderr, "# 100,001 rows: peak memory +%" G_GUINT64_FORMAT " kB\n", after - before);
  assert_peak_memory (before, after);
  collected_clear (&c);
  vbt_rmdir (dir);
}

/* A workbook of 2,000 response rows, as the export writes them: the time
 * to read it (the import's budget is 300 ms) */
static void
test_xlsx_speed (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = NULL;
  g_autoptr(GString) sheet = g_string_new ("<worksheet " NS_MAIN "><sheetData>");
  g_autoptr(GString) shared = g_string_new ("<sst " NS_MAIN ">");
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;
  Collected c;

  for (guint r = 1; r <= 2000; r++)
    {
      g_string_append_printf (shared, "<si><t>R-%u</t></si><si><t>Describe how you will handle item %u, with the "
                              "people, tools and reports you would use</t></si>", r, r);
      g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"A%u\" t=\"s\"><v>%u</v></c><c r=\"B%u\" t=\"inlineStr\">"
                              "<is><t>Section %u</t></is></c><c r=\"C%u\" t=\"s\"><v>%u</v></c><c r=\"D%u\">"
                              "<v>3</v></c><c r=\"E%u\" t=\"inlineStr\"><is><t>Meets</t></is></c>"
                              "<c r=\"F%u\" t=\"inlineStr\"><is><t>Our team of twelve works in two shifts "
                              "and reports weekly.</t></is></c></row>",
                              r, r, 2 * (r - 1), r, r % 12, r, 2 * (r - 1) + 1, r, r, r);
    }
  g_string_append (sheet, "</sheetData></worksheet>");
  g_string_append (shared, "</sst>");
  path = write_workbook (dir, "xl/worksheets/sheet2.xml", sheet->str);
  {
    /* with the shared texts of these rows */
    Part parts[] = {
      { "[Content_Types].xml", content_types }, { "xl/workbook.xml", workbook },
      { "xl/_rels/workbook.xml.rels", workbook_rels }, { "xl/sharedStrings.xml", shared->str },
      { "xl/worksheets/sheet2.xml", sheet->str }, { NULL, NULL },
    };
    write_zip (path, parts);
  }

  collected_init (&c);
  start = g_get_monotonic_time ();
  g_assert_true (read_workbook_sheet (path, "Responses", NULL, &c, &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_assert_cmpuint (c.n_rows, ==, 2000);
  g_assert_cmpstr (c.rows->pdata[1999], ==, "2000:R-2000|Section 8|Describe how you will handle item 2000, with "
                   "the people, tools and reports you would use|3|Meets|Our team of twelve works in two shifts "
                   "and reports weekly.");
  g_test_message ("2,000 rows read in %.1f ms", elapsed / 1000.0);
  fprintf (stderr, "# 2,000-row workbook: %.1f ms\n", elapsed / 1000.0);
  collected_clear (&c);
  vbt_rmdir (dir);
}

/* In a process of its own, so that the peak memory it measures is its own */
static void
test_in_subprocess (gconstpointer data)
{
  GTestFunc func = (GTestFunc) data;

  if (g_test_subprocess ())
    {
      func ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoting", test_csv_quoting);
  g_test_add_func ("/csv/empty", test_csv_empty);
  g_test_add_func ("/csv/delimiters", test_csv_delimiters);
  g_test_add_func ("/csv/encodings", test_csv_encodings);
  g_test_add_func ("/csv/comments", test_csv_comments);
  g_test_add_func ("/csv/unterminated-quote", test_csv_unterminated_quote);
  g_test_add_func ("/csv/limits", test_csv_limits);
  g_test_add_func ("/csv/callback-stops", test_csv_callback_stops);
  g_test_add_func ("/xlsx/good", test_xlsx_good);
  g_test_add_func ("/xlsx/not-zip", test_xlsx_not_zip);
  g_test_add_func ("/xlsx/unsafe", test_xlsx_unsafe);
  g_test_add_func ("/xlsx/damaged", test_xlsx_damaged);
  g_test_add_func ("/xlsx/limits", test_xlsx_limits);
  g_test_add_data_func ("/xlsx/zip-bomb", test_xlsx_zip_bomb, test_in_subprocess);
  g_test_add_data_func ("/xlsx/many-rows", test_xlsx_many_rows, test_in_subprocess);
  g_test_add_func ("/xlsx/speed", test_xlsx_speed);
  return g_test_run ();
}
