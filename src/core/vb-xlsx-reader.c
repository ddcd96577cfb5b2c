/* vb-xlsx-reader.c — XLSX workbooks, read without trusting them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An XLSX file is a zip of XML parts. libzip opens the zip; each part is
 * unpacked as libxml2's streaming reader (xmlTextReader) asks for bytes,
 * through a read callback over zip_fread that counts what it has handed
 * over: the sizes the zip declares are the sender's word, the count is
 * ours, and past a limit the callback stops the parse, so a “zip bomb”
 * (a small file that unpacks to gigabytes) is refused with memory
 * bounded. No part is ever held whole: the parser keeps a window of the
 * text and the nodes around the one being read.
 *
 * The XML is parsed without the network, without loading any DTD and
 * without replacing entities, and a part that declares a document type
 * (which no spreadsheet program writes) is refused outright. A text node
 * is complete only when the parser has it whole, so the read callback
 * also counts the bytes since the last “<”: a run of text far longer
 * than a cell may hold stops the parse before libxml2 collects it.
 *
 * The sheet and the shared strings are read in vb-xlsx-sheet.c.
 */

#define G_LOG_DOMAIN "vb-xlsx-reader"
#define _GNU_SOURCE   /* memrchr */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-error.h"
#include "vb-xlsx-private.h"

#define MAX_ENTRIES 10000  /* parts of a zip; a workbook has a few dozen */

/* xmlTextReader keeps every comment and processing instruction it has
 * passed until the end of their parent element (it frees elements and
 * texts as it goes): a sheet of nothing but comments would fill the memory
 * within the part's limit, about 7 bytes of memory per byte of XML.
 * Spreadsheet programs write hardly any. */
#define MAX_COMMENTS       1000
#define MAX_COMMENT_BYTES  (1024 * 1024)

static const char *const relationship_namespaces[] = {
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",  /* “Strict Open XML” */
};

typedef struct {
  char             *name;
  VbXlsxSheetState  state;
  char             *rel_id;
  char             *path;      /* the part, or NULL if the relationship is missing */
  gboolean          external;  /* the relationship points outside the file */
} Sheet;

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet->rel_id);
  g_free (sheet->path);
  g_free (sheet);
}

/* ------------------------------------------------------------ parts */

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

/* ------------------------------------------------------------ the workbook */

/* A member name that would lead out of a folder it was unpacked in */
static gboolean
name_is_path (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name[0] == '/' || name[0] == '\\' || strchr (name, '\\') != NULL)
    return TRUE;
  if (g_ascii_isalpha (name[0]) && name[1] == ':')
    return TRUE;
  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i]; i++)
    if (strcmp (parts[i], "..") == 0)
      return TRUE;
  return FALSE;
}

/* A relationship's target, as the zip names it: relative to xl/, or
 * absolute from the root; NULL when it leads out of the file */
static char *
resolve_target (const char *target)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  const char *rest = target;

  if (target[0] != '/')
    g_ptr_array_add (path, "xl");
  else
    while (*rest == '/')
      rest++;
  parts = g_strsplit (rest, "/", -1);
  for (guint i = 0; parts[i]; i++)
    {
      if (*parts[i] == '\0' || strcmp (parts[i], ".") == 0)
        continue;
      if (strcmp (parts[i], "..") == 0)
        {
          if (path->len == 0)
            return NULL;
          g_ptr_array_remove_index (path, path->len - 1);
          continue;
        }
      g_ptr_array_add (path, parts[i]);
    }
  if (path->len == 0)
    return NULL;
  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **) path->pdata);
}

static char *
relationship_id (VbXlsxPart *part)
{
  for (guint i = 0; i < G_N_ELEMENTS (relationship_namespaces); i++)
    {
      xmlChar *value = xmlTextReaderGetAttributeNs (part->xml, (const xmlChar *) "id",
                                                    (const xmlChar *) relationship_namespaces[i]);
      if (value != NULL)
        {
          char *copy = g_strdup ((const char *) value);
          xmlFree (value);
          return copy;
        }
    }
  return NULL;
}

static gboolean
read_workbook (VbXlsxReader  *self,
               GError       **error)
{
  VbXlsxPart part;
  int ret;

  if (!vb_xlsx_part_open (self, &part, "xl/workbook.xml", error))
    {
      vb_xlsx_part_close (&part);
      return FALSE;
    }
  while ((ret = vb_xlsx_part_next (&part, error)) > 0)
    {
      Sheet *sheet;
      g_autofree char *state = NULL;

      if (xmlTextReaderNodeType (part.xml) != XML_READER_TYPE_ELEMENT || !vb_xlsx_part_is (&part, "sheet"))
        continue;
      if (self->sheets->len >= self->limits.max_sheets)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                       _("This workbook has more than %u sheets; a workbook can have at most %u."),
                       self->limits.max_sheets, self->limits.max_sheets);
          ret = -1;
          break;
        }
      sheet = g_new0 (Sheet, 1);
      sheet->name = vb_xlsx_part_attribute (&part, "name");
      sheet->rel_id = relationship_id (&part);
      state = vb_xlsx_part_attribute (&part, "state");
      sheet->state = g_strcmp0 (state, "hidden") == 0 ? VB_XLSX_SHEET_HIDDEN
                     : g_strcmp0 (state, "veryHidden") == 0 ? VB_XLSX_SHEET_VERY_HIDDEN
                     : VB_XLSX_SHEET_VISIBLE;
      if (sheet->name == NULL)
        sheet->name = g_strdup_printf (_("Sheet %u"), self->sheets->len + 1);
      g_ptr_array_add (self->sheets, sheet);
    }
  vb_xlsx_part_close (&part);
  return ret == 0;
}

static gboolean
read_relationships (VbXlsxReader  *self,
                    GError       **error)
{
  VbXlsxPart part;
  int ret;

  if (!vb_xlsx_part_open (self, &part, "xl/_rels/workbook.xml.rels", error))
    {
      vb_xlsx_part_close (&part);
      return FALSE;
    }
  while ((ret = vb_xlsx_part_next (&part, error)) > 0)
    {
      g_autofree char *id = NULL, *type = NULL, *target = NULL, *mode = NULL, *path = NULL;

      if (xmlTextReaderNodeType (part.xml) != XML_READER_TYPE_ELEMENT || !vb_xlsx_part_is (&part, "Relationship"))
        continue;
      id = vb_xlsx_part_attribute (&part, "Id");
      type = vb_xlsx_part_attribute (&part, "Type");
      target = vb_xlsx_part_attribute (&part, "Target");
      mode = vb_xlsx_part_attribute (&part, "TargetMode");
      if (id == NULL || target == NULL)
        continue;
      path = g_strcmp0 (mode, "External") == 0 ? NULL : resolve_target (target);
      if (type != NULL && g_str_has_suffix (type, "/sharedStrings") && path != NULL && self->shared_path == NULL)
        self->shared_path = g_strdup (path);
      for (guint i = 0; i < self->sheets->len; i++)
        {
          Sheet *sheet = self->sheets->pdata[i];

          if (g_strcmp0 (sheet->rel_id, id) == 0 && sheet->path == NULL)
            {
              sheet->path = g_strdup (path);
              sheet->external = path == NULL;
            }
        }
    }
  vb_xlsx_part_close (&part);
  return ret == 0;
}

static gboolean
check_members (VbXlsxReader  *self,
               GError       **error)
{
  zip_int64_t n = zip_get_num_entries (self->zip, 0);

  if (n > MAX_ENTRIES)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("This workbook is made of more than %u parts; a workbook can have at most %u."),
                   MAX_ENTRIES, MAX_ENTRIES);
      return FALSE;
    }
  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (self->zip, (zip_uint64_t) i, 0);

      if (name == NULL)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                       _("This workbook is damaged: the name of one of its parts cannot be read."));
          return FALSE;
        }
      if (name_is_path (name))
        {
          g_autofree char *shown = g_utf8_make_valid (name, -1);

          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_UNSAFE,
                       _("This workbook holds a part named “%s”, a path that leads outside the workbook. "
                         "Spreadsheet programs never write such names, so Vendorbench does not read this "
                         "file."),
                       shown);
          return FALSE;
        }
    }
  if (zip_name_locate (self->zip, "[Content_Types].xml", 0) < 0 ||
      zip_name_locate (self->zip, "xl/workbook.xml", 0) < 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("This file is a zip archive, but not an Excel workbook (XLSX): it lacks the parts every "
                     "workbook has."));
      return FALSE;
    }
  return TRUE;
}

static VbXlsxReader *
reader_new (const VbSheetLimits *limits)
{
  VbXlsxReader *self = g_new0 (VbXlsxReader, 1);

  xmlInitParser ();
  if (limits)
    self->limits = *limits;
  else
    vb_sheet_limits_init (&self->limits);
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  return self;
}

static gboolean
fail_open (int           code,
           gboolean      starts_like_zip,
           GError      **error)
{
  if (code == ZIP_ER_NOZIP && !starts_like_zip)
    g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NOT_SPREADSHEET,
                 _("This file is not a spreadsheet (it is not a valid XLSX zip)."));
  else
    {
      zip_error_t zip_error;
      g_autofree char *message = NULL;

      zip_error_init_with_code (&zip_error, code);
      message = g_strdup (zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                   _("This workbook is damaged or incomplete: it may have been cut short while it was "
                     "copied or downloaded (%s)."),
                   message);
    }
  return FALSE;
}

static VbXlsxReader *
reader_finish_open (VbXlsxReader  *self,
                    GError       **error)
{
  if (!check_members (self, error) || !read_workbook (self, error) || !read_relationships (self, error))
    {
      vb_xlsx_reader_free (self);
      return NULL;
    }
  return self;
}

static gboolean
check_size (VbXlsxReader  *self,
            guint64        size,
            GError       **error)
{
  g_autofree char *limit = vb_sheet_format_size (self->limits.max_total_bytes);

  if (size <= self->limits.max_total_bytes)
    return TRUE;
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
               _("This file is larger than %s; a file to import can be at most %s."), limit, limit);
  return FALSE;
}

/* ------------------------------------------------------------ public */

VbXlsxReader *
vb_xlsx_reader_open (const char           *path,
                     const VbSheetLimits  *limits,
                     GError              **error)
{
  VbXlsxReader *self;
  GStatBuf st;
  int code = 0;
  gboolean starts_like_zip = FALSE;
  FILE *f;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                   _("The file “%s” cannot be opened: it does not exist or is not a file."), name);
      return NULL;
    }
  self = reader_new (limits);
  if (!check_size (self, (guint64) st.st_size, error))
    {
      vb_xlsx_reader_free (self);
      return NULL;
    }
  f = g_fopen (path, "rb");
  if (f != NULL)
    {
      char magic[4];

      starts_like_zip = fread (magic, 1, 4, f) == 4 && memcmp (magic, "PK\3\4", 4) == 0;
      fclose (f);
    }
  self->zip = zip_open (path, ZIP_RDONLY, &code);
  if (self->zip == NULL)
    {
      if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_NOENT)
        {
          g_autofree char *name = g_filename_display_name (path);

          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                       _("The file “%s” cannot be opened."), name);
        }
      else
        fail_open (code, starts_like_zip, error);
      vb_xlsx_reader_free (self);
      return NULL;
    }
  return reader_finish_open (self, error);
}

VbXlsxReader *
vb_xlsx_reader_open_bytes (GBytes               *bytes,
                           const VbSheetLimits  *limits,
                           GError              **error)
{
  VbXlsxReader *self;
  zip_error_t zip_error;
  zip_source_t *source;
  gsize size = 0;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = reader_new (limits);
  data = g_bytes_get_data (bytes, &size);
  if (!check_size (self, size, error))
    {
      vb_xlsx_reader_free (self);
      return NULL;
    }
  self->bytes = g_bytes_ref (bytes);
  zip_error_init (&zip_error);
  source = zip_source_buffer_create (size ? data : (const guint8 *) "", size, 0, &zip_error);
  if (source != NULL)
    {
      self->zip = zip_open_from_source (source, ZIP_RDONLY, &zip_error);
      if (self->zip == NULL)
        zip_source_free (source);
    }
  if (self->zip == NULL)
    {
      fail_open (zip_error_code_zip (&zip_error), size >= 4 && memcmp (data, "PK\3\4", 4) == 0, error);
      zip_error_fini (&zip_error);
      vb_xlsx_reader_free (self);
      return NULL;
    }
  zip_error_fini (&zip_error);
  return reader_finish_open (self, error);
}

void
vb_xlsx_reader_free (VbXlsxReader *self)
{
  if (self == NULL)
    return;
  if (self->zip)
    zip_discard (self->zip);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_ptr_array_unref (self->sheets);
  g_free (self->shared_path);
  g_clear_pointer (&self->shared_text, g_byte_array_unref);
  g_clear_pointer (&self->shared, g_array_unref);
  g_free (self);
}

guint
vb_xlsx_reader_get_n_sheets (VbXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->sheets->len;
}

const char *
vb_xlsx_reader_get_sheet_name (VbXlsxReader *self,
                               guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sheets->len, NULL);
  return ((Sheet *) self->sheets->pdata[index])->name;
}

VbXlsxSheetState
vb_xlsx_reader_get_sheet_state (VbXlsxReader *self,
                                guint         index)
{
  g_return_val_if_fail (self != NULL, VB_XLSX_SHEET_VISIBLE);
  g_return_val_if_fail (index < self->sheets->len, VB_XLSX_SHEET_VISIBLE);
  return ((Sheet *) self->sheets->pdata[index])->state;
}

gboolean
vb_xlsx_reader_find_sheet (VbXlsxReader *self,
                           const char   *name,
                           guint        *index)
{
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  wanted = g_utf8_casefold (name, -1);
  for (guint i = 0; i < self->sheets->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (((Sheet *) self->sheets->pdata[i])->name, -1);

      if (strcmp (folded, wanted) == 0)
        {
          if (index)
            *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
vb_xlsx_reader_read_sheet (VbXlsxReader    *self,
                           guint            index,
                           VbSheetRowFunc   row_func,
                           gpointer         user_data,
                           GError         **error)
{
  Sheet *sheet;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (row_func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (index >= self->sheets->len)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NO_SHEET,
                   _("This workbook has no sheet number %u: it has %u."), index + 1, self->sheets->len);
      return FALSE;
    }
  sheet = self->sheets->pdata[index];
  if (sheet->path == NULL)
    {
      if (sheet->external)
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_UNSAFE,
                     _("The sheet “%s” of this workbook points to a file outside the workbook, which "
                       "Vendorbench does not read."),
                     sheet->name);
      else
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_DAMAGED,
                     _("This workbook is damaged: the contents of its sheet “%s” cannot be found."),
                     sheet->name);
      return FALSE;
    }
  if (!vb_xlsx_load_shared_strings (self, error))
    return FALSE;
  return vb_xlsx_read_rows (self, sheet->path, sheet->name, row_func, user_data, error);
}

gboolean
vb_xlsx_reader_read_sheet_named (VbXlsxReader    *self,
                                 const char      *name,
                                 VbSheetRowFunc   row_func,
                                 gpointer         user_data,
                                 GError         **error)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!vb_xlsx_reader_find_sheet (self, name, &index))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NO_SHEET,
                   _("This workbook has no sheet called “%s”."), name);
      return FALSE;
    }
  return vb_xlsx_reader_read_sheet (self, index, row_func, user_data, error);
}
