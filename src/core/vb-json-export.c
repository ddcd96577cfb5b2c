/* vb-json-export.c — a whole project as JSON
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every table of the schema description, every column, in the order of the
 * description (stable keys, rows in the order they were written), so that
 * a project can be diffed, scripted and round-tripped exactly: numbers are
 * written in the shortest form that reads back to the same bits, sets as
 * arrays of their words, text with every control character (C1 and the
 * line separators included) escaped. Exporting writes nothing to the
 * project; an output file is never the project itself, never a device or
 * a FIFO, and an existing one is replaced only when asked, atomically.
 */

#define G_LOG_DOMAIN "vb-json"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-value.h"

void
vb_json_append_string (GString    *s,
                       const char *text)
{
  g_string_append_c (s, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (s, "\\\""); break;
        case '\\': g_string_append (s, "\\\\"); break;
        case '\n': g_string_append (s, "\\n"); break;
        case '\r': g_string_append (s, "\\r"); break;
        case '\t': g_string_append (s, "\\t"); break;
        case '\b': g_string_append (s, "\\b"); break;
        case '\f': g_string_append (s, "\\f"); break;
        default:
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (s, "\\u%04x", *p);
          else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
            {
              /* C1 controls, escaped so that no terminal acts on them */
              g_string_append_printf (s, "\\u%04x", p[1]);
              p++;
            }
          else if (*p == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9))
            {
              /* line and paragraph separators */
              g_string_append_printf (s, "\\u%04x", 0x2000 | ((p[2] & 0xff) - 0x80));
              p += 2;
            }
          else
            g_string_append_c (s, (char) *p);
        }
    }
  g_string_append_c (s, '"');
}

/**
 * vb_json_append_double:
 *
 * The shortest decimal that reads back to exactly the same double (1/3
 * needs 16 digits, 0.1 one), written without an exponent where a person
 * would (6240.0, 0.000125) and always with a fraction or an exponent, so
 * that it reads back as a number with a fraction.
 */
void
vb_json_append_double (GString *s,
                       double   d)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  char format[16];
  int digits = 17;
  int exponent;

  g_return_if_fail (isfinite (d));
  if (d == 0)
    {
      g_string_append (s, signbit (d) ? "-0.0" : "0.0");
      return;
    }
  for (int p = 1; p <= 17; p++)
    {
      g_snprintf (format, sizeof format, "%%.%dg", p);
      g_ascii_formatd (buf, sizeof buf, format, d);
      if (g_ascii_strtod (buf, NULL) == d)
        {
          digits = p;
          break;
        }
    }
  exponent = (int) floor (log10 (fabs (d)));
  if (exponent >= -5 && exponent < 17)
    {
      int decimals = MAX (0, digits - 1 - exponent);

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, d);
      /* log10 can be one off near a power of ten: never lose a bit */
      if (g_ascii_strtod (buf, NULL) != d)
        {
          g_snprintf (format, sizeof format, "%%.%df", decimals + 1);
          g_ascii_formatd (buf, sizeof buf, format, d);
        }
      if (g_ascii_strtod (buf, NULL) != d)
        g_ascii_formatd (buf, sizeof buf, "%.17g", d);
    }
  else
    {
      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, d);
    }
  g_string_append (s, buf);
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append (s, ".0");
}

static void
append_value (GString        *s,
              const VbColumn *column,
              sqlite3_stmt   *stmt,
              int             index)
{
  switch (sqlite3_column_type (stmt, index))
    {
    case SQLITE_NULL:
      g_string_append (s, "null");
      return;
    case SQLITE_INTEGER:
      if (column->kind == VB_COLUMN_BOOL)
        g_string_append (s, sqlite3_column_int64 (stmt, index) ? "true" : "false");
      else if (column->kind == VB_COLUMN_REAL)
        vb_json_append_double (s, (double) sqlite3_column_int64 (stmt, index));
      else
        g_string_append_printf (s, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, index));
      return;
    case SQLITE_FLOAT:
      vb_json_append_double (s, sqlite3_column_double (stmt, index));
      return;
    default:
      if (column->kind == VB_COLUMN_SET)
        {
          /* a set as a list of its words */
          g_auto(GStrv) words = g_strsplit ((const char *) sqlite3_column_text (stmt, index), ",", -1);

          g_string_append_c (s, '[');
          for (guint i = 0; words[i] && *words[i]; i++)
            {
              if (i)
                g_string_append (s, ", ");
              vb_json_append_string (s, words[i]);
            }
          g_string_append_c (s, ']');
          return;
        }
      vb_json_append_string (s, (const char *) sqlite3_column_text (stmt, index));
      return;
    }
}

char *
vb_json_export (VbProject  *project,
                gsize      *length,
                GError    **error)
{
  const VbSchema *schema = vb_schema_current ();
  sqlite3 *db;
  g_autoptr(GString) s = g_string_sized_new (64 * 1024);

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  db = vb_project_get_db (project);

  g_string_append_printf (s, "{\n  \"format\": \"%s\",\n  \"format_version\": %d,\n  \"schema_version\": %d,\n"
                             "  \"tables\": {\n", VB_JSON_FORMAT, VB_JSON_FORMAT_VERSION, schema->version);

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      guint n = vb_table_n_columns (table);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", table->name);
      g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);
      gboolean first = TRUE;
      int rc;

      if (stmt == NULL)
        return NULL;

      g_string_append_printf (s, "    \"%s\": [", table->name);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_string_append (s, first ? "\n      {\n" : ",\n      {\n");
          first = FALSE;
          for (guint i = 0; i < n; i++)
            {
              const VbColumn *column = vb_table_get_column (table, i);

              g_string_append_printf (s, "        \"%s\": ", column->name);
              append_value (s, column, stmt, (int) i);
              g_string_append (s, i + 1 < n ? ",\n" : "\n");
            }
          g_string_append (s, "      }");
        }
      if (rc != SQLITE_DONE)
        {
          vb_sql_set_error (error, db, rc);
          return NULL;
        }
      g_string_append (s, first ? "]" : "\n    ]");
      g_string_append (s, t + 1 < schema->n_tables ? ",\n" : "\n");
    }
  g_string_append (s, "  }\n}\n");

  if (length)
    *length = s->len;
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * vb_json_export_to_file:
 * @replace: replace an existing regular file at @path (the user asked)
 *
 * Writes the export to @path atomically. @path may not be the project's own
 * file, a folder, a device, a FIFO or anything but a regular file; an
 * existing file is replaced only with @replace.
 */
gboolean
vb_json_export_to_file (VbProject   *project,
                        const char  *path,
                        gboolean     replace,
                        GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *target = g_canonicalize_filename (path, NULL);
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf st, own;
  gsize length;

  if (g_stat (target, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR,
                       _("“%s” is not a regular file: the export is not written there."), path);
          return FALSE;
        }
      if ((g_stat (vb_project_get_path (project), &own) == 0 && own.st_dev == st.st_dev && own.st_ino == st.st_ino) ||
          g_strcmp0 (target, vb_project_get_path (project)) == 0)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                       _("“%s” is the project file itself: choose another file for the export."), path);
          return FALSE;
        }
      if (!replace)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS,
                       _("“%s” already exists. Choose another name, or replace it on purpose (--force)."), path);
          return FALSE;
        }
    }
  data = vb_json_export (project, &length, error);
  if (data == NULL)
    return FALSE;
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  return vb_write_file_atomically (target, bytes, replace, error);
}

