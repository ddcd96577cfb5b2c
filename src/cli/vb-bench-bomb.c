/* vb-bench-bomb.c — the memory a refused zip bomb costs
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bench writes a response workbook whose Responses sheet is 320 MiB
 * of empty elements deflated into a small zip (libzip streams it from a
 * callback, so the bench holds none of it), imports it into a project,
 * and reports how far the import raised the process's peak resident size
 * above what it used before: the kernel's high-water mark is reset first
 * (clear_refs 5), so the figure is the import's own. The target is under
 * 50 MB: the readers stream the sheet and count the bytes read from each
 * zip entry.
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <zip.h>
#include <glib/gstdio.h>

#include "vb-cli.h"
#include "vb-project-settings.h"
#include "vb-response-workbook.h"
#include "vb-response-import.h"
#include "vb-vendor.h"

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define BOMB_BYTES (G_GUINT64_CONSTANT (320) << 20)

typedef struct {
  guint64 pos;
} Bomb;

static const char sheet_start[] = "<worksheet " NS "><sheetData>";

static zip_int64_t
bomb_cb (void             *user_data,
         void             *data,
         zip_uint64_t      len,
         zip_source_cmd_t  cmd)
{
  Bomb *b = user_data;

  switch (cmd)
    {
    case ZIP_SOURCE_OPEN:
      b->pos = 0;
      return 0;
    case ZIP_SOURCE_READ:
      {
        gsize n = (gsize) MIN ((guint64) len, BOMB_BYTES - b->pos);
        char *out = data;

        /* the sheet's start, then "<x/>" repeated: valid XML as far as
         * it is read, that no reader keeps */
        for (gsize i = 0; i < n; i++)
          {
            guint64 at = b->pos + i;

            out[i] = at < sizeof sheet_start - 1 ? sheet_start[at]
                                                 : "<x/>"[(at - (sizeof sheet_start - 1)) % 4];
          }
        b->pos += n;
        return (zip_int64_t) n;
      }
    case ZIP_SOURCE_STAT:
      {
        zip_stat_t *st = data;

        zip_stat_init (st);
        st->size = BOMB_BYTES;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof (*st);
      }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_ERROR:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return ZIP_SOURCE_SUPPORTS_READABLE;
    default:
      return -1;
    }
}

static gboolean
add_part (zip_t      *zip,
          const char *name,
          const char *content)
{
  zip_source_t *source = zip_source_buffer (zip, content, strlen (content), 0);

  return source && zip_file_add (zip, name, source, 0) >= 0;
}

/* A cell of inline text */
static void
append_cell (GString    *s,
             const char *ref,
             const char *text)
{
  g_string_append_printf (s, "<c r=\"%s\" t=\"inlineStr\"><is><t>%s</t></is></c>", ref, text);
}

/* The hidden About sheet of a real export for @project and @vendor, so that
 * the import reads on into the Responses sheet */
static char *
about_sheet (VbProject *project,
             VbVendor  *vendor)
{
  const char *rows[][2] = {
    { VB_RESPONSE_ABOUT_KIND, VB_RESPONSE_DOCUMENT_NAME },
    { VB_RESPONSE_ABOUT_PROJECT, vb_record_get_uuid (VB_RECORD (vb_project_get_settings (project))) },
    { VB_RESPONSE_ABOUT_VENDOR, vb_record_get_uuid (VB_RECORD (vendor)) },
    { VB_RESPONSE_ABOUT_SCHEMA, "3" },
  };
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " NS "><sheetData>");

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *a = g_strdup_printf ("A%u", i + 1);
      g_autofree char *b = g_strdup_printf ("B%u", i + 1);

      g_string_append_printf (s, "<row r=\"%u\">", i + 1);
      append_cell (s, a, rows[i][0]);
      append_cell (s, b, rows[i][1]);
      g_string_append (s, "</row>");
    }
  g_string_append (s, "</sheetData></worksheet>");
  return g_string_free (s, FALSE);
}

static gboolean
write_bomb (const char  *path,
            VbProject   *project,
            VbVendor    *vendor,
            GError     **error)
{
  g_autofree char *about = about_sheet (project, vendor);
  static Bomb bomb;
  int code = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  zip_source_t *source;
  zip_int64_t index;
  gboolean ok;

  if (zip == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s (libzip error %d)", path, code);
      return FALSE;
    }
  ok = add_part (zip, "[Content_Types].xml",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>") &&
       add_part (zip, "xl/workbook.xml",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " NS " xmlns:r=\"http://schemas."
                 "openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Responses\" "
                 "sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"About\" sheetId=\"2\" state=\"hidden\" "
                 "r:id=\"rId2\"/></sheets></workbook>") &&
       add_part (zip, "xl/_rels/workbook.xml.rels",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                 "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                 "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                 "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas."
                 "openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                 "Target=\"worksheets/sheet2.xml\"/></Relationships>") &&
       add_part (zip, "xl/worksheets/sheet2.xml", about);
  source = ok ? zip_source_function (zip, bomb_cb, &bomb) : NULL;
  index = source ? zip_file_add (zip, "xl/worksheets/sheet1.xml", source, 0) : -1;
  ok = index >= 0 && zip_set_file_compression (zip, (zip_uint64_t) index, ZIP_CM_DEFLATE, 9) == 0;
  if (zip_close (zip) != 0)
    {
      zip_discard (zip);
      ok = FALSE;
    }
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write the zip bomb %s", path);
  return ok;
}

/* VmRSS or VmHWM of this process, in kB; 0 when it cannot be read */
static guint64
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

/**
 * vb_cli_bench_zip_bomb:
 * @project: a project with @vendor
 * @zip_bytes: (out): the size of the zip file
 * @peak_kb: (out): how far importing it raised the peak resident size
 * @message: (out): the refusal the user sees
 */
gboolean
vb_cli_bench_zip_bomb (const char  *dir,
                       VbProject   *project,
                       VbVendor    *vendor,
                       goffset     *zip_bytes,
                       guint64     *peak_kb,
                       char       **message,
                       GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "bomb.xlsx", NULL);
  g_autoptr(GError) refused = NULL;
  VbResponseImport *import;
  GStatBuf st;
  guint64 before;

  if (!write_bomb (path, project, vendor, error))
    return FALSE;
  *zip_bytes = g_stat (path, &st) == 0 ? st.st_size : 0;
  /* the high-water mark from now on (Linux: 5 resets it to the present size) */
  {
    FILE *f = fopen ("/proc/self/clear_refs", "w");

    if (f == NULL || fputs ("5", f) == EOF || fclose (f) != 0)
      g_printerr ("bench: the peak memory could not be reset; the figure includes earlier work\n");
  }
  before = status_kb ("VmRSS:");
  import = vb_response_import_read (project, vendor, path, NULL, &refused);
  *peak_kb = status_kb ("VmHWM:") > before ? status_kb ("VmHWM:") - before : 0;
  g_unlink (path);
  if (import != NULL)
    {
      vb_response_import_free (import);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the zip bomb was not refused");
      return FALSE;
    }
  *message = g_strdup (refused->message);
  return TRUE;
}
