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
 * This file opens the zip, checks its member names and reads the list
 * of sheets; vb-xlsx-part.c streams one part into the XML reader, and
 * vb-xlsx-sheet.c reads a sheet and the shared strings.
 */

#define G_LOG_DOMAIN "vb-xlsx-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-error.h"
#include "vb-xlsx-private.h"

#define MAX_ENTRIES 10000  /* parts of a zip; a workbook has a few dozen */

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

/* ------------------------------------------------------------ the zip's directory */

/* libzip allocates as many entries as the zip's end record declares
 * before it reads one, several times the bytes each takes in the file:
 * a directory of millions of tiny entries would fill the memory inside
 * zip_open, before any limit of ours. So the end records are read here
 * first: every "end of central directory" near the end of the file (the
 * one libzip picks is among them) and the ZIP64 record it points to. */

typedef gboolean (*ReadAt) (gpointer  source,
                            guint64   offset,
                            guint8   *buffer,
                            gsize     length);

static guint64
le (const guint8 *p,
    guint         bytes)
{
  guint64 v = 0;

  for (guint i = bytes; i > 0; i--)
    v = v << 8 | p[i - 1];
  return v;
}

/* The most entries any end record declares, 0 when there is none */
static guint64
declared_entries (ReadAt    read_at,
                  gpointer  source,
                  guint64   size)
{
  gsize tail_length = (gsize) MIN (size, (guint64) 0xffff + 22);
  g_autofree guint8 *tail = NULL;
  guint64 most = 0;

  if (tail_length < 22)
    return 0;
  tail = g_malloc (tail_length);
  if (!read_at (source, size - tail_length, tail, tail_length))
    return 0;
  for (gsize i = tail_length - 22 + 1; i-- > 0;)
    {
      guint64 n;

      if (memcmp (tail + i, "PK\5\6", 4) != 0)
        continue;
      /* the entries on this disk, and in all */
      n = MAX (le (tail + i + 8, 2), le (tail + i + 10, 2));
      if (i >= 20 && memcmp (tail + i - 20, "PK\6\7", 4) == 0)
        {
          guint64 offset = le (tail + i - 20 + 8, 8);
          guint8 record[56];

          if (offset <= size - sizeof record && read_at (source, offset, record, sizeof record) &&
              memcmp (record, "PK\6\6", 4) == 0)
            n = MAX (n, MAX (le (record + 24, 8), le (record + 32, 8)));
        }
      most = MAX (most, n);
    }
  return most;
}

static gboolean
read_file_at (gpointer  source,
              guint64   offset,
              guint8   *buffer,
              gsize     length)
{
  FILE *f = source;

  return fseeko (f, (off_t) offset, SEEK_SET) == 0 && fread (buffer, 1, length, f) == length;
}

static gboolean
read_bytes_at (gpointer  source,
               guint64   offset,
               guint8   *buffer,
               gsize     length)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (source, &size);

  if (offset > size || length > size - offset)
    return FALSE;
  memcpy (buffer, data + offset, length);
  return TRUE;
}

static gboolean
check_declared_entries (ReadAt    read_at,
                        gpointer  source,
                        guint64   size,
                        GError  **error)
{
  if (declared_entries (read_at, source, size) <= MAX_ENTRIES)
    return TRUE;
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
               _("This workbook is made of more than %u parts; a workbook can have at most %u."),
               MAX_ENTRIES, MAX_ENTRIES);
  return FALSE;
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
  gboolean entries_ok = TRUE;
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
      entries_ok = check_declared_entries (read_file_at, f, (guint64) st.st_size, error);
      fclose (f);
    }
  if (!entries_ok)
    {
      vb_xlsx_reader_free (self);
      return NULL;
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
  if (!check_declared_entries (read_bytes_at, bytes, size, error))
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
