/* vb-json.c — export and import of a whole project as JSON
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every table of the schema description, every column, in the order of the
 * description (stable keys, rows in the order they were written), so that
 * a project can be diffed, scripted and round-tripped exactly. Exporting
 * writes nothing to the project; importing writes a new file in one
 * transaction and restores the activity log as it was.
 *
 * An import is untrusted: its size, nesting and string lengths are checked
 * before json-glib sees it (json-glib 1.6 recurses without a limit), then
 * every value against the description, every reference against the rows.
 */

#define G_LOG_DOMAIN "vb-json"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-template.h"
#include "vb-value.h"

/* ------------------------------------------------------------- export */

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
          if (*p < 0x20)
            g_string_append_printf (s, "\\u%04x", *p);
          else
            g_string_append_c (s, (char) *p);
        }
    }
  g_string_append_c (s, '"');
}

static void
append_value (GString        *s,
              const VbColumn *column,
              sqlite3_stmt   *stmt,
              int             index)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (sqlite3_column_type (stmt, index))
    {
    case SQLITE_NULL:
      g_string_append (s, "null");
      return;
    case SQLITE_INTEGER:
      if (column->kind == VB_COLUMN_BOOL)
        g_string_append (s, sqlite3_column_int64 (stmt, index) ? "true" : "false");
      else if (column->kind == VB_COLUMN_REAL)
        g_string_append (s, g_ascii_dtostr (buf, sizeof buf, (double) sqlite3_column_int64 (stmt, index)));
      else
        g_string_append_printf (s, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, index));
      return;
    case SQLITE_FLOAT:
      g_string_append (s, g_ascii_dtostr (buf, sizeof buf, sqlite3_column_double (stmt, index)));
      return;
    default:
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
  sqlite3 *db = vb_project_get_db (project);
  g_autoptr(GString) s = g_string_sized_new (64 * 1024);

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);

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

gboolean
vb_json_export_to_file (VbProject   *project,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) local = NULL;

  data = vb_json_export (project, &length, error);
  if (data == NULL)
    return FALSE;
  if (!g_file_set_contents (path, data, (gssize) length, &local))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The export cannot be written: %s"), local->message);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------- import */

/* Nesting depth and string length, outside json-glib's recursion. The
 * syntax itself is left to the parser. */
gboolean
vb_json_check_shape (const char  *data,
                     gsize        length,
                     GError     **error)
{
  int depth = 0;
  gsize line = 1;

  if (length > VB_JSON_MAX_BYTES)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a project export (%lu MB; at most %lu MB)."),
                   (unsigned long) (length / (1024 * 1024)), (unsigned long) (VB_JSON_MAX_BYTES / (1024 * 1024)));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;
      else if (c == '{' || c == '[')
        {
          if (++depth > VB_JSON_MAX_DEPTH)
            {
              g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_DEEP,
                           _("The file is nested too deeply to be a project export (line %lu)."),
                           (unsigned long) line);
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        depth--;
      else if (c == '"')
        {
          gsize start = i;

          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\' && i + 1 < length)
              i++;
          if (i - start > VB_JSON_MAX_STRING)
            {
              g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                           _("The file holds a text of %lu MB on line %lu, longer than any field of a project."),
                           (unsigned long) ((i - start) / (1024 * 1024)), (unsigned long) line);
              return FALSE;
            }
        }
    }
  return TRUE;
}

typedef struct {
  JsonObject *tables;
  GHashTable *uuids;    /* uuid → table name */
} ImportData;

static gboolean
invalid (GError     **error,
         int          code,
         const char  *table,
         guint        row,
         const char  *format,
         ...) G_GNUC_PRINTF (5, 6);

static gboolean
invalid (GError     **error,
         int          code,
         const char  *table,
         guint        row,
         const char  *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, VB_IMPORT_ERROR, code, _("Table “%s”, row %u: %s"), table, row + 1, detail);
  return FALSE;
}

static gboolean
node_to_value (JsonNode        *node,
               const VbColumn  *column,
               VbValue         *value)
{
  vb_value_clear (value);

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (column->kind)
    {
    case VB_COLUMN_BOOL:
      if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return FALSE;
      vb_value_set_int (value, json_node_get_boolean (node) ? 1 : 0);
      return TRUE;

    case VB_COLUMN_INT:
      if (json_node_get_value_type (node) != G_TYPE_INT64)
        return FALSE;
      vb_value_set_int (value, json_node_get_int (node));
      return TRUE;

    case VB_COLUMN_REAL:
      if (json_node_get_value_type (node) == G_TYPE_INT64)
        vb_value_set_real (value, (double) json_node_get_int (node));
      else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        vb_value_set_real (value, json_node_get_double (node));
      else
        return FALSE;
      return TRUE;

    default:
      if (json_node_get_value_type (node) != G_TYPE_STRING)
        return FALSE;
      vb_value_set_text (value, json_node_get_string (node));
      return TRUE;
    }
}

static const char *
kind_words (const VbColumn *column)
{
  switch (column->kind)
    {
    case VB_COLUMN_BOOL: return _("true or false");
    case VB_COLUMN_INT:  return _("a whole number");
    case VB_COLUMN_REAL: return _("a number");
    default:             return _("a text");
    }
}

/* Check every row of every table; collect the UUIDs for the references. */
static gboolean
validate (ImportData  *data,
          GError     **error)
{
  const VbSchema *schema = vb_schema_current ();
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, data->tables);
  while (json_object_iter_next (&iter, &member, &node))
    if (vb_schema_lookup_table (schema, member) == NULL)
      {
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                     _("The file has a table “%s” that Vendorbench does not know."), member);
        return FALSE;
      }

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      guint n_cols = vb_table_n_columns (table);
      JsonNode *table_node = json_object_get_member (data->tables, table->name);
      JsonArray *rows;
      guint n_rows;

      if (table_node == NULL)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                       _("The file has no table “%s”."), table->name);
          return FALSE;
        }
      if (!JSON_NODE_HOLDS_ARRAY (table_node))
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                       _("The table “%s” is not a list of rows."), table->name);
          return FALSE;
        }
      rows = json_node_get_array (table_node);
      n_rows = json_array_get_length (rows);

      if ((table->flags & VB_TABLE_SINGLE_ROW) && n_rows != 1)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                       _("The table “%s” must have exactly one row; it has %u."), table->name, n_rows);
          return FALSE;
        }

      for (guint r = 0; r < n_rows; r++)
        {
          JsonNode *row_node = json_array_get_element (rows, r);
          JsonObject *row;
          JsonObjectIter row_iter;
          const char *key;
          JsonNode *cell;

          if (!JSON_NODE_HOLDS_OBJECT (row_node))
            return invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r, _("it is not an object."));
          row = json_node_get_object (row_node);

          json_object_iter_init (&row_iter, row);
          while (json_object_iter_next (&row_iter, &key, &cell))
            if (vb_table_column_index (table, key) < 0)
              return invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                              _("it has a field “%s” that Vendorbench does not know."), key);

          for (guint c = 0; c < n_cols; c++)
            {
              const VbColumn *column = vb_table_get_column (table, c);
              VbValue value = VB_VALUE_INIT;
              g_autoptr(GError) local = NULL;
              gboolean ok;

              cell = json_object_get_member (row, column->name);
              if (cell == NULL)
                return invalid (error, VB_IMPORT_ERROR_MISSING, table->name, r,
                                _("the field “%s” is missing."), column->name);
              if (!node_to_value (cell, column, &value))
                return invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                                _("“%s” must be %s."), column->name, kind_words (column));
              ok = vb_value_check (&value, table, column, &local);
              if (ok && column->kind == VB_COLUMN_UUID)
                {
                  if (g_hash_table_contains (data->uuids, value.v.s))
                    {
                      vb_value_clear (&value);
                      return invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                                      _("its UUID is used twice in the file."));
                    }
                  if (!(table->flags & VB_TABLE_INTERNAL))
                    g_hash_table_insert (data->uuids, g_strdup (value.v.s), (gpointer) table->name);
                }
              vb_value_clear (&value);
              if (!ok)
                return invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r, "%s", local->message);
            }
        }
    }

  /* references, once every UUID is known */
  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      JsonArray *rows = json_object_get_array_member (data->tables, table->name);
      guint n_rows = json_array_get_length (rows);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const VbColumn *column = &table->columns[c];

          if (column->kind != VB_COLUMN_REF)
            continue;
          for (guint r = 0; r < n_rows; r++)
            {
              JsonObject *row = json_array_get_object_element (rows, r);
              const char *target = json_object_get_string_member_with_default (row, column->name, NULL);
              const char *target_table;

              if (target == NULL)
                continue;
              target_table = g_hash_table_lookup (data->uuids, target);
              if (g_strcmp0 (target_table, column->ref_table) != 0)
                return invalid (error, VB_IMPORT_ERROR_REFERENCE, table->name, r,
                                _("“%s” refers to a %s that is not in the file."), column->name, column->ref_table);
            }
        }
    }
  return TRUE;
}

static gboolean
fill_from_json (sqlite3   *db,
                gpointer   user_data,
                GError   **error)
{
  ImportData *data = user_data;
  const VbSchema *schema = vb_schema_current ();

  /* parents before children: the description's order; a table that refers
   * to itself (criterion) is inserted with checks deferred */
  if (!vb_sql_exec (db, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      JsonArray *rows = json_object_get_array_member (data->tables, table->name);
      guint n_rows = json_array_get_length (rows);
      guint n_cols = vb_table_n_columns (table);
      g_autofree VbValue *row = g_new0 (VbValue, n_cols);

      for (guint r = 0; r < n_rows; r++)
        {
          JsonObject *object = json_array_get_object_element (rows, r);
          gboolean ok;

          for (guint c = 0; c < n_cols; c++)
            node_to_value (json_object_get_member (object, vb_table_get_column (table, c)->name),
                           vb_table_get_column (table, c), &row[c]);
          ok = vb_db_insert_row (db, table, row, error);
          for (guint c = 0; c < n_cols; c++)
            vb_value_clear (&row[c]);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
vb_json_import_data (const char  *data,
                     gsize        length,
                     const char  *project_path,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GHashTable) uuids = NULL;
  JsonObject *root;
  JsonNode *node;
  ImportData import;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (project_path != NULL, FALSE);

  if (!vb_json_check_shape (data, length, error))
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"), local->message);
      return FALSE;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   _("The file is not a Vendorbench project export."));
      return FALSE;
    }
  root = json_node_get_object (node);

  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), VB_JSON_FORMAT) != 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   _("The file is not a Vendorbench project export (its “format” is not “%s”)."), VB_JSON_FORMAT);
      return FALSE;
    }
  node = json_object_get_member (root, "format_version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("The file does not say which version of the export format it uses."));
      return FALSE;
    }
  if (json_node_get_int (node) != VB_JSON_FORMAT_VERSION)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("The file uses version %lld of the export format; this Vendorbench reads "
                     "version %d. Update Vendorbench to import it."), (long long) json_node_get_int (node),
                   VB_JSON_FORMAT_VERSION);
      return FALSE;
    }
  node = json_object_get_member (root, "schema_version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != VB_SCHEMA_VERSION)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("The file was exported from a project of another file format version; this Vendorbench "
                     "imports version %d."), VB_SCHEMA_VERSION);
      return FALSE;
    }
  node = json_object_get_member (root, "tables");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                   _("The file has no “tables”: it holds no project."));
      return FALSE;
    }
  {
    JsonObjectIter iter;
    const char *member;
    JsonNode *child;

    json_object_iter_init (&iter, root);
    while (json_object_iter_next (&iter, &member, &child))
      if (!g_strv_contains ((const char *const[]) { "format", "format_version", "schema_version", "tables", NULL },
                            member))
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                       _("The file has a field “%s” that Vendorbench does not know."), member);
          return FALSE;
        }
  }

  uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.tables = json_node_get_object (node);
  import.uuids = uuids;
  if (!validate (&import, error))
    return FALSE;

  return vb_project_write_new_file (project_path, fill_from_json, &import, error);
}

gboolean
vb_json_import_file (const char  *json_path,
                     const char  *project_path,
                     GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  GStatBuf st;
  gsize length;

  if (g_stat (json_path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   _("“%s” cannot be read: %s."), json_path, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   _("“%s” is not a regular file."), json_path);
      return FALSE;
    }
  if ((guint64) st.st_size > VB_JSON_MAX_BYTES)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a project export (%lu MB; at most %lu MB)."),
                   (unsigned long) ((guint64) st.st_size / (1024 * 1024)),
                   (unsigned long) (VB_JSON_MAX_BYTES / (1024 * 1024)));
      return FALSE;
    }
  if (!g_file_get_contents (json_path, &data, &length, &local))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   _("The file cannot be read: %s"), local->message);
      return FALSE;
    }
  return vb_json_import_data (data, length, project_path, error);
}

/* The bundled sample (data/sample/sample.json), written to @path. */
VbProject *
vb_project_create_sample (const char  *path,
                          GError     **error)
{
  g_autoptr(GBytes) bytes = vb_core_resource_data ("sample/sample.json", error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (!vb_json_import_data (data, length, path, error))
    return NULL;
  return vb_project_open (path, error);
}
