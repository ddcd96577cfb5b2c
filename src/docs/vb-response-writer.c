/* vb-response-writer.c — the vendor response workbook, written
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * XLSX through libxlsxwriter (written to a private folder first, then put
 * in place whole); CSV by hand, as RFC 4180 quotes it.
 */

#define G_LOG_DOMAIN "vb-response-writer"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "vb-error.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-response.h"
#include "vb-response-workbook.h"
#include "vb-response-writer.h"
#include "vb-schema.h"

/* A spreadsheet cell holds at most this many characters (Excel's limit) */
#define MAX_CELL_CHARS 32767

typedef struct {
  lxw_workbook  *workbook;
  lxw_format    *heading;
  lxw_format    *title;
  lxw_format    *locked;     /* wrapped, locked (the sheet's default) */
  lxw_format    *unlocked;   /* wrapped, for the vendor to fill in */
  lxw_error      failed;     /* the first error */
  const char    *too_long;   /* the text that did not fit a cell */
} Writer;

static const char *
buyer_of (VbProject                     *project,
          const VbResponseWriterOptions *options)
{
  if (options && options->buyer && *options->buyer)
    return options->buyer;
  return vb_project_get_author (project);
}

static void
put (Writer        *w,
     lxw_worksheet *sheet,
     lxw_row_t      row,
     lxw_col_t      col,
     const char    *text,
     lxw_format    *format)
{
  lxw_error rc;

  if (w->failed)
    return;
  if (g_utf8_strlen (text, -1) > MAX_CELL_CHARS)
    {
      w->failed = LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED;
      w->too_long = text;
      return;
    }
  if (*text == '\0')
    rc = format ? worksheet_write_blank (sheet, row, col, format) : LXW_NO_ERROR;
  else
    rc = worksheet_write_string (sheet, row, col, text, format);
  if (rc != LXW_NO_ERROR)
    w->failed = rc;
}

static void
write_instructions (Writer                        *w,
                    VbProject                     *project,
                    VbVendor                      *vendor,
                    const VbResponseWriterOptions *options)
{
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, VB_RESPONSE_SHEET_INSTRUCTIONS);
  const char *buyer = buyer_of (project, options);
  g_autofree char *heading = NULL, *from = NULL, *deadline = NULL;
  const char *steps[] = {
    N_("1. Open the “Responses” sheet. Each row is one of our requirements or one of our security and compliance questions."),
    N_("2. In the “Answer” column, choose from the drop-down list. A requirement takes Meets, Partly, Does not meet or Not applicable; a question takes Yes, No, Partly or Not applicable."),
    N_("3. In “Details”, say how you meet the requirement or what your answer covers. In “Evidence”, name the document, certificate, policy or report that shows it (we may ask for a copy)."),
    N_("4. Leave the “Item ID” column, the other columns and the sheet names as they are, and do not add or delete rows: we read your answers back by their item IDs."),
    N_("5. Type plain text: formulas are not accepted."),
    N_("6. Save the file in the same format (XLSX) and send it back to us."),
  };
  lxw_row_t row = 0;

  heading = g_strdup_printf (_("Response workbook for %s"), vb_vendor_get_display_name (vendor));
  if (buyer && *buyer)
    from = g_strdup_printf (_("From: %s, for “%s”"), buyer, vb_project_get_name (project));
  else
    from = g_strdup_printf (_("For: “%s”"), vb_project_get_name (project));
  if (options && options->deadline && *options->deadline)
    deadline = g_strdup_printf (_("Please send your answers back by: %s"), options->deadline);

  worksheet_set_column (sheet, 0, 0, 110, w->locked);
  put (w, sheet, row++, 0, heading, w->title);
  put (w, sheet, row++, 0, from, NULL);
  if (deadline)
    put (w, sheet, row++, 0, deadline, w->heading);
  row++;
  put (w, sheet, row++, 0, _("What to do"), w->heading);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    put (w, sheet, row++, 0, _(steps[i]), w->locked);
  row++;
  put (w, sheet, row++, 0, _("Thank you: answers with details and evidence help us compare vendors fairly."), NULL);
}

/* The drop-down of one run of rows of the same kind */
static void
add_validation (Writer        *w,
                lxw_worksheet *sheet,
                VbRecord      *item,
                lxw_row_t      first,
                lxw_row_t      last)
{
  VbAnswer answers[8];
  const char *labels[9] = { 0 };
  guint n = vb_response_item_answers (item, answers);
  lxw_data_validation validation = { 0 };
  lxw_error rc;

  if (w->failed)
    return;
  for (guint i = 0; i < n; i++)
    labels[i] = vb_enum_get_label (VB_TYPE_ANSWER, answers[i]);
  validation.validate = LXW_VALIDATION_TYPE_LIST;
  validation.value_list = (char **) labels;
  validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  validation.error_title = (char *) _("Choose an answer");
  validation.error_message = (char *) _("Choose one of the answers in the drop-down list, or leave the cell empty.");
  rc = worksheet_data_validation_range (sheet, first, VB_RESPONSE_COLUMN_ANSWER, last, VB_RESPONSE_COLUMN_ANSWER,
                                        &validation);
  if (rc != LXW_NO_ERROR)
    w->failed = rc;
}

static void
write_responses (Writer    *w,
                 VbProject *project,
                 VbVendor  *vendor)
{
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, VB_RESPONSE_SHEET_RESPONSES);
  g_autoptr(GPtrArray) items = vb_response_workbook_items (project);
  static const double widths[VB_RESPONSE_N_COLUMNS] = { 38, 24, 60, 16, 18, 50, 40 };
  lxw_protection protection = { 0 };
  guint run_start = 0;

  for (guint c = 0; c < VB_RESPONSE_N_COLUMNS; c++)
    {
      gboolean open = c >= VB_RESPONSE_COLUMN_ANSWER;
      worksheet_set_column (sheet, c, c, widths[c], open ? w->unlocked : w->locked);
      put (w, sheet, 0, c, vb_response_column_title (c), w->heading);
    }
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint i = 0; i < items->len; i++)
    {
      VbRecord *item = g_ptr_array_index (items, i);
      VbResponse *response = vb_response_item_response_of (item, vendor);
      g_autofree char *priority = vb_response_item_priority (item);
      lxw_row_t row = i + 1;
      VbAnswer answer = response ? vb_response_get_answer (response) : VB_ANSWER_UNSET;
      const char *details = response ? vb_response_get_text (response) : NULL;
      const char *evidence = response ? vb_response_get_evidence (response) : NULL;

      put (w, sheet, row, VB_RESPONSE_COLUMN_ID, vb_record_get_uuid (item), w->locked);
      put (w, sheet, row, VB_RESPONSE_COLUMN_GROUP, vb_response_item_group (item), w->locked);
      put (w, sheet, row, VB_RESPONSE_COLUMN_TEXT, vb_response_item_text (item), w->locked);
      put (w, sheet, row, VB_RESPONSE_COLUMN_PRIORITY, priority, w->locked);
      put (w, sheet, row, VB_RESPONSE_COLUMN_ANSWER,
           answer == VB_ANSWER_UNSET ? "" : vb_enum_get_label (VB_TYPE_ANSWER, answer), w->unlocked);
      put (w, sheet, row, VB_RESPONSE_COLUMN_DETAILS, details ? details : "", w->unlocked);
      put (w, sheet, row, VB_RESPONSE_COLUMN_EVIDENCE, evidence ? evidence : "", w->unlocked);

      /* one drop-down per run of rows of the same kind */
      if (i + 1 == items->len ||
          G_OBJECT_TYPE (g_ptr_array_index (items, i + 1)) != G_OBJECT_TYPE (g_ptr_array_index (items, run_start)))
        {
          add_validation (w, sheet, g_ptr_array_index (items, run_start), run_start + 1, row);
          run_start = i + 1;
        }
    }

  /* locked cells stay selectable (to copy a question); columns may be
   * widened; nothing else */
  protection.format_columns = LXW_TRUE;
  protection.format_rows = LXW_TRUE;
  worksheet_protect (sheet, NULL, &protection);
  worksheet_activate (sheet);
}

static void
write_about (Writer    *w,
             VbProject *project,
             VbVendor  *vendor)
{
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, VB_RESPONSE_SHEET_ABOUT);
  g_autofree char *schema = g_strdup_printf ("%d", VB_SCHEMA_VERSION);
  const char *rows[][2] = {
    { VB_RESPONSE_ABOUT_KIND, VB_RESPONSE_DOCUMENT_NAME },
    { VB_RESPONSE_ABOUT_PROJECT, vb_record_get_uuid (VB_RECORD (vb_project_get_settings (project))) },
    { VB_RESPONSE_ABOUT_VENDOR, vb_record_get_uuid (VB_RECORD (vendor)) },
    { VB_RESPONSE_ABOUT_SCHEMA, schema },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      put (w, sheet, i, 0, rows[i][0], NULL);
      put (w, sheet, i, 1, rows[i][1], NULL);
    }
  worksheet_set_column (sheet, 0, 1, 40, NULL);
  worksheet_protect (sheet, NULL, NULL);
  worksheet_hide (sheet);
}

static gboolean
set_lxw_error (GError     **error,
               Writer      *w,
               lxw_error    rc)
{
  if (rc == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED || w->too_long)
    {
      g_autofree char *start = g_utf8_substring (w->too_long ? w->too_long : "", 0, 40);

      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A text is too long for a spreadsheet cell (more than %d characters): “%s…”. Shorten it and export again."),
                   MAX_CELL_CHARS, start);
    }
  else
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                 _("The workbook could not be written (%s)."), lxw_strerror (rc));
  return FALSE;
}

gboolean
vb_response_writer_write_xlsx (VbProject                     *project,
                               VbVendor                      *vendor,
                               const VbResponseWriterOptions *options,
                               const char                    *path,
                               gboolean                       replace,
                               GError                       **error)
{
  g_autofree char *dir = NULL, *scratch = NULL, *title = NULL;
  g_autoptr(GError) local = NULL;
  lxw_workbook_options wb_options = { 0 };
  lxw_doc_properties properties = { 0 };
  Writer w = { 0 };
  lxw_error rc;
  char *data = NULL;
  gsize length = 0;
  gboolean ok;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!replace && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                   _("“%s” exists already; choose another name."), name);
      return FALSE;
    }
  dir = g_dir_make_tmp ("vendorbench-workbook-XXXXXX", &local);
  if (dir == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The workbook could not be written: %s"), local->message);
      return FALSE;
    }
  scratch = g_build_filename (dir, "workbook.xlsx", NULL);
  wb_options.tmpdir = dir;
  w.workbook = workbook_new_opt (scratch, &wb_options);
  if (w.workbook == NULL)
    {
      g_rmdir (dir);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO, _("The workbook could not be written."));
      return FALSE;
    }
  w.title = workbook_add_format (w.workbook);
  format_set_bold (w.title);
  format_set_font_size (w.title, 16);
  w.heading = workbook_add_format (w.workbook);
  format_set_bold (w.heading);
  format_set_text_wrap (w.heading);
  w.locked = workbook_add_format (w.workbook);
  format_set_text_wrap (w.locked);
  format_set_align (w.locked, LXW_ALIGN_VERTICAL_TOP);
  w.unlocked = workbook_add_format (w.workbook);
  format_set_text_wrap (w.unlocked);
  format_set_align (w.unlocked, LXW_ALIGN_VERTICAL_TOP);
  format_set_unlocked (w.unlocked);
  format_set_bg_color (w.unlocked, 0xFFF8DC);

  title = g_strdup_printf (_("Response workbook for %s"), vb_vendor_get_display_name (vendor));
  properties.title = title;
  properties.author = (char *) buyer_of (project, options);
  workbook_set_properties (w.workbook, &properties);

  write_instructions (&w, project, vendor, options);
  write_responses (&w, project, vendor);
  write_about (&w, project, vendor);

  rc = workbook_close (w.workbook);
  if (w.failed || rc != LXW_NO_ERROR)
    {
      g_unlink (scratch);
      g_rmdir (dir);
      return set_lxw_error (error, &w, w.failed ? w.failed : rc);
    }
  ok = g_file_get_contents (scratch, &data, &length, &local);
  g_unlink (scratch);
  g_rmdir (dir);
  if (!ok)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The workbook could not be written: %s"), local->message);
      return FALSE;
    }
  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (data, length);
    return vb_write_file_atomically (path, bytes, replace, error);
  }
}

/* ---------------------------------------------------------------- CSV */

/* A cell as RFC 4180 quotes it, after the formula guard: a spreadsheet
 * opening the file shows "'=…" as text instead of running it */
static void
csv_cell (GString    *s,
          const char *raw,
          gboolean    first)
{
  g_autofree char *text = vb_response_csv_guard (raw);

  if (!first)
    g_string_append_c (s, ',');
  if (strpbrk (text, ",\"\r\n") == NULL && !g_ascii_isspace (*text) && *text != '#')
    {
      g_string_append (s, text);
      return;
    }
  g_string_append_c (s, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
}

GBytes *
vb_response_writer_csv_bytes (VbProject *project,
                              VbVendor  *vendor)
{
  g_autoptr(GPtrArray) items = vb_response_workbook_items (project);
  g_autofree char *stamp = vb_response_workbook_stamp (project, vendor);
  GString *s = g_string_new ("\xEF\xBB\xBF");

  g_string_append_printf (s, "# %s\r\n", stamp);
  for (guint c = 0; c < VB_RESPONSE_N_COLUMNS; c++)
    csv_cell (s, vb_response_column_title (c), c == 0);
  g_string_append (s, "\r\n");
  for (guint i = 0; i < items->len; i++)
    {
      VbRecord *item = g_ptr_array_index (items, i);
      VbResponse *response = vb_response_item_response_of (item, vendor);
      g_autofree char *priority = vb_response_item_priority (item);
      VbAnswer answer = response ? vb_response_get_answer (response) : VB_ANSWER_UNSET;
      const char *details = response ? vb_response_get_text (response) : NULL;
      const char *evidence = response ? vb_response_get_evidence (response) : NULL;

      csv_cell (s, vb_record_get_uuid (item), TRUE);
      csv_cell (s, vb_response_item_group (item), FALSE);
      csv_cell (s, vb_response_item_text (item), FALSE);
      csv_cell (s, priority, FALSE);
      csv_cell (s, answer == VB_ANSWER_UNSET ? "" : vb_enum_get_label (VB_TYPE_ANSWER, answer), FALSE);
      csv_cell (s, details ? details : "", FALSE);
      csv_cell (s, evidence ? evidence : "", FALSE);
      g_string_append (s, "\r\n");
    }
  return g_string_free_to_bytes (s);
}

gboolean
vb_response_writer_write_csv (VbProject                     *project,
                              VbVendor                      *vendor,
                              const VbResponseWriterOptions *options,
                              const char                    *path,
                              gboolean                       replace,
                              GError                       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), FALSE);

  bytes = vb_response_writer_csv_bytes (project, vendor);
  return vb_write_file_atomically (path, bytes, replace, error);
}
