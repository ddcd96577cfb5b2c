/* vb-xlsx-part.c — one part of a workbook's zip, streamed into libxml2
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A part is unpacked as xmlTextReader asks for bytes, through a read
 * callback over zip_fread that counts what it has handed over, per part
 * and for the whole workbook; past a limit it stops the parse. The XML is
 * parsed without the network, without loading any DTD and without
 * replacing entities, and a part that declares a document type (which no
 * spreadsheet program writes) is refused outright. A text node is
 * complete only when the parser has it whole, so the read callback also
 * counts the bytes since the last “<”: a run of text far longer than a
 * cell may hold stops the parse before libxml2 collects it.
 */

#define G_LOG_DOMAIN "vb-xlsx-reader"
#define _GNU_SOURCE   /* memrchr */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-xlsx-private.h"

/* xmlTextReader keeps every comment and processing instruction it has
 * passed until the end of their parent element (it frees elements and
 * texts as it goes): a sheet of nothing but comments would fill the memory
 * within the part's limit, about 7 bytes of memory per byte of XML.
 * Spreadsheet programs write hardly any. */
#define MAX_COMMENTS       1000
#define MAX_COMMENT_BYTES  (1024 * 1024)

static void
on_xml_error_cb (void        *user_data,
                 xmlErrorPtr  xml_error)
{
  VbXlsxPart *part = user_data;

  if (part->xml_message == NULL && xml_error != NULL && xml_error->level >= XML_ERR_ERROR)
    {
      g_autofree char *message = g_strdup (xml_error->message ? xml_error->message : "");

      part->xml_message = g_utf8_make_valid (g_strstrip (message), -1);
      part->xml_line = xml_error->line;
      part->xml_code = xml_error->code;
    }
}

static int
part_read_cb (void *context,
              char *buffer,
              int   len)
{
  VbXlsxPart *part = context;
  VbXlsxReader *self = part->reader;
  zip_int64_t n;
  const char *lt;

  if (part->problem != VB_XLSX_PART_OK)
    return -1;
  n = zip_fread (part->file, buffer, (zip_uint64_t) MAX (len, 0));
  if (n < 0)
    {
      part->problem = VB_XLSX_PART_READ_FAILED;
      part->zip_message = g_strdup (zip_file_strerror (part->file));
      return -1;
    }
  part->read += (guint64) n;
  self->total_read += (guint64) n;
  if (part->read > self->limits.max_entry_bytes)
    {
      part->problem = VB_XLSX_PART_OVER_ENTRY;
      return -1;
    }
  if (self->total_read > self->limits.max_total_bytes)
    {
      part->problem = VB_XLSX_PART_OVER_TOTAL;
      return -1;
    }
  /* the run of text since the last "<" */
  lt = n > 0 ? memrchr (buffer, '<', (size_t) n) : NULL;
  if (lt != NULL)
    part->text_run = (guint64) (buffer + n - lt - 1);
  else
    part->text_run += (guint64) n;
  if (part->text_run > part->max_text_run)
    {
      part->problem = VB_XLSX_PART_LONG_TEXT;
      return -1;
    }
  return (int) n;
}

static int
part_close_cb (void *context)
{
  return 0;
}

/* The part at path (as the zip names it), ready to read */
gboolean
vb_xlsx_part_open (VbXlsxReader  *self,
                   VbXlsxPart    *part,
                   const char    *path,
                   GError       **error)
{
  zip_int64_t index = zip_name_locate (self->zip, path, 0);
  zip_stat_t st;

  memset (part, 0, sizeof *part);
  part->reader = self;
  part->name = g_strdup (path);
  /* a text of the longest cell, written with the longest escapes */
  part->max_text_run = self->limits.max_cell_bytes > G_MAXUINT64 / 8 - 64 ? G_MAXUINT64
                       : 8 * (guint64) self->limits.max_cell_bytes + 64;
  if (index < 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                   _("This workbook is incomplete: its part “%s” is missing."), path);
      return FALSE;
    }
  zip_stat_init (&st);
  if (zip_stat_index (self->zip, (zip_uint64_t) index, 0, &st) == 0 &&
      (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("This workbook is protected with a password. Save it again without a password, "
                     "then import it."));
      return FALSE;
    }
  part->file = zip_fopen_index (self->zip, (zip_uint64_t) index, 0);
  if (part->file == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                   _("Part “%s” of the workbook is damaged and cannot be read (%s)."),
                   path, zip_strerror (self->zip));
      return FALSE;
    }
  part->xml = xmlReaderForIO (part_read_cb, part_close_cb, part, path, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (part->xml == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                   _("Part “%s” of the workbook cannot be read: it is empty or damaged."), path);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (part->xml, on_xml_error_cb, part);
  return TRUE;
}

void
vb_xlsx_part_close (VbXlsxPart *part)
{
  g_clear_pointer (&part->xml, xmlFreeTextReader);
  g_clear_pointer (&part->file, zip_fclose);
  g_clear_pointer (&part->name, g_free);
  g_clear_pointer (&part->zip_message, g_free);
  g_clear_pointer (&part->xml_message, g_free);
}

/* Where a text too long was: a cell, or somewhere else in the part */
static void
fail_long_text (VbXlsxPart  *part,
                GError     **error)
{
  VbXlsxReader *self = part->reader;
  g_autofree char *limit = vb_sheet_format_size (self->limits.max_cell_bytes);

  if (part->where_row > 0)
    {
      g_autofree char *column = vb_sheet_column_name (part->where_column);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("Row %u has a cell of more than %s (cell %s%u); a cell can hold at most %s."),
                   part->where_row, limit, column, part->where_row, limit);
    }
  else if (part->in_shared)
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                 _("The workbook holds a text of more than %s (text number %u of its shared texts); a cell "
                   "can hold at most %s."),
                 limit, part->where_shared + 1, limit);
  else
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                 _("Part “%s” of the workbook holds a text of more than %s; a cell can hold at most %s."),
                 part->name, limit, limit);
}

/* The next node: 1, or 0 at the end of the part, or -1 and an error */
int
vb_xlsx_part_next (VbXlsxPart  *part,
                   GError     **error)
{
  VbXlsxReader *self = part->reader;
  int ret = xmlTextReaderRead (part->xml);
  int type;

  if (ret < 0 || part->problem != VB_XLSX_PART_OK)
    {
      g_autofree char *entry_limit = vb_sheet_format_size (self->limits.max_entry_bytes);
      g_autofree char *total_limit = vb_sheet_format_size (self->limits.max_total_bytes);

      switch (part->problem)
        {
        case VB_XLSX_PART_OVER_ENTRY:
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("Part “%s” of the workbook unpacks to more than %s; a part of a workbook can be at "
                         "most %s. The file may be a “zip bomb”, made to fill the computer’s memory."),
                       part->name, entry_limit, entry_limit);
          break;
        case VB_XLSX_PART_OVER_TOTAL:
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("The parts of this workbook unpack to more than %s together; a workbook can be at "
                         "most %s. The file may be a “zip bomb”, made to fill the computer’s memory."),
                       total_limit, total_limit);
          break;
        case VB_XLSX_PART_LONG_TEXT:
          fail_long_text (part, error);
          break;
        case VB_XLSX_PART_READ_FAILED:
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                       _("Part “%s” of the workbook is damaged and cannot be read (%s)."),
                       part->name, part->zip_message);
          break;
        case VB_XLSX_PART_OK:
        default:
          if (part->xml_code == XML_ERR_NO_MEMORY)
            fail_long_text (part, error);
          else
            g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                         _("Part “%s” of the workbook is not valid XML (line %d: %s). The workbook is "
                           "damaged."),
                         part->name, part->xml_line, part->xml_message ? part->xml_message : "");
          break;
        }
      return -1;
    }
  if (ret == 0)
    return 0;

  type = xmlTextReaderNodeType (part->xml);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY ||
      type == XML_READER_TYPE_ENTITY_REFERENCE || type == XML_READER_TYPE_NOTATION)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_UNSAFE,
                   _("Part “%s” of the workbook declares a document type (a DTD) or uses entities. "
                     "Spreadsheet programs never write these, and they can hide harmful content, so "
                     "Vendorbench does not read this file."),
                   part->name);
      return -1;
    }
  if (type == XML_READER_TYPE_COMMENT || type == XML_READER_TYPE_PROCESSING_INSTRUCTION)
    {
      const xmlChar *value = xmlTextReaderConstValue (part->xml);

      part->n_comments++;
      part->comment_bytes += value ? strlen ((const char *) value) : 0;
      if (part->n_comments > MAX_COMMENTS || part->comment_bytes > MAX_COMMENT_BYTES)
        {
          g_autofree char *limit = vb_sheet_format_size (MAX_COMMENT_BYTES);

          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("Part “%s” of the workbook holds more comments or processing instructions than "
                         "Vendorbench reads (at most %u, of %s together); spreadsheet programs write hardly "
                         "any."),
                       part->name, MAX_COMMENTS, limit);
          return -1;
        }
    }
  return 1;
}

/* The node's local name is name (an element, or the end of one) */
gboolean
vb_xlsx_part_is (VbXlsxPart *part,
                 const char *name)
{
  const xmlChar *local = xmlTextReaderConstLocalName (part->xml);

  return local != NULL && strcmp ((const char *) local, name) == 0;
}

char *
vb_xlsx_part_attribute (VbXlsxPart *part,
                        const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (part->xml, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}
