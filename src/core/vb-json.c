/* vb-json.c — import of a whole project from JSON (export: vb-json-export.c)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every table of the schema description, every column, in the order of the
 * description (stable keys, rows in the order they were written), so that
 * a project can be diffed, scripted and round-tripped exactly: numbers are
 * written in the shortest form that reads back to the same bits. Exporting
 * writes nothing to the project; importing writes a new file in one
 * transaction and restores the activity log as it was.
 *
 * An import is untrusted: the text must pass our own RFC 8259 check before
 * json-glib sees it (json-glib 1.6 accepts much that is not JSON and
 * recurses without a limit), then every value is checked against the
 * description, every reference against the rows, and the invariants (one
 * selected vendor, one primary contact). A JSON export of an earlier
 * version fills that version's schema and is migrated, as a file would be.
 * No message shows SQL: each names the table, the row and the field.
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
#include <json-glib/json-glib.h>

#include "vb-json-strict.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-resource.h"
#include "vb-sql.h"
#include "vb-value.h"

/* ------------------------------------------------------------- import */

static const VbJsonLimits limits = { VB_JSON_MAX_BYTES, VB_JSON_MAX_DEPTH, VB_JSON_MAX_STRING, VB_JSON_MAX_MEMBERS };

typedef struct {
  JsonObject *tables;
  GHashTable *uuids;    /* uuid → table name */
  int         version;
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
  /* Translators: e.g. “Table “vendor”, row 3: …” */
  g_set_error (error, VB_IMPORT_ERROR, code, _("Table “%s”, row %u: %s"), table, row + 1, detail);
  return FALSE;
}

/* A JSON value as the column holds it; FALSE when its kind is wrong */
static gboolean
node_to_value (JsonNode        *node,
               const VbColumn  *column,
               VbValue         *value)
{
  vb_value_clear (value);

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (column->kind == VB_COLUMN_SET)
    {
      JsonArray *array;
      guint mask = 0, n;
      int last = -1;
      g_autofree char *text = NULL;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return FALSE;
      array = json_node_get_array (node);
      n = json_array_get_length (array);
      for (guint i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          int v;

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
              !vb_enum_from_nick (column->enum_type (), json_node_get_string (element), &v) ||
              v <= last || v >= 32)
            return FALSE;   /* not a word of the set, repeated, or out of order */
          mask |= 1u << v;
          last = v;
        }
      text = vb_enum_set_to_string (column->enum_type (), mask);
      vb_value_set_text (value, text);
      return TRUE;
    }

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
        {
          gint64 i = json_node_get_int (node);

          /* a whole number a double cannot hold exactly is refused, not rounded */
          if (i > ((gint64) 1 << 53) || i < -((gint64) 1 << 53))
            return FALSE;
          vb_value_set_real (value, (double) i);
        }
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
    case VB_COLUMN_SET:  return _("a list of known words, each once, in the usual order");
    default:             return _("a text");
    }
}

static const char *
row_label (JsonObject *row)
{
  static const char *const names[] = { "name", "title", "company", "text", NULL };

  for (guint i = 0; names[i]; i++)
    {
      JsonNode *n = json_object_get_member (row, names[i]);

      if (n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING &&
          *json_node_get_string (n))
        return json_node_get_string (n);
    }
  return NULL;
}

static gboolean
check_tables_member (ImportData  *data,
                     const char  *member,
                     JsonNode   **out,
                     GError     **error)
{
  JsonNode *table_node = json_object_get_member (data->tables, member);

  if (table_node == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING, _("The file has no table “%s”."), member);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (table_node))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID, _("The table “%s” is not a list of rows."), member);
      return FALSE;
    }
  *out = table_node;
  return TRUE;
}

/* Check every row of every table of the current version; collect the
 * UUIDs for the references; the invariants too, before any SQL runs */
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
      JsonNode *table_node;
      JsonArray *rows;
      guint n_rows;
      g_autofree GHashTable **seen = g_new0 (GHashTable *, MAX (table->n_uniques, 1));
      gboolean ok = TRUE;

      if (!check_tables_member (data, table->name, &table_node, error))
        return FALSE;
      rows = json_node_get_array (table_node);
      n_rows = json_array_get_length (rows);

      if ((table->flags & VB_TABLE_SINGLE_ROW) && n_rows != 1)
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                       _("The table “%s” must have exactly one row; it has %u."), table->name, n_rows);
          return FALSE;
        }
      for (guint u = 0; u < table->n_uniques; u++)
        seen[u] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint r = 0; r < n_rows && ok; r++)
        {
          JsonNode *row_node = json_array_get_element (rows, r);
          JsonObject *row;
          JsonObjectIter row_iter;
          const char *key;
          JsonNode *cell;

          if (!JSON_NODE_HOLDS_OBJECT (row_node))
            {
              ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r, _("it is not an object."));
              break;
            }
          row = json_node_get_object (row_node);

          json_object_iter_init (&row_iter, row);
          while (ok && json_object_iter_next (&row_iter, &key, &cell))
            if (vb_table_column_index (table, key) < 0)
              ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                            _("it has a field “%s” that Vendorbench does not know."), key);

          g_autofree VbValue *values = g_new0 (VbValue, n_cols);

          for (guint c = 0; c < n_cols && ok; c++)
            {
              const VbColumn *column = vb_table_get_column (table, c);
              VbValue value = VB_VALUE_INIT;
              g_autoptr(GError) local = NULL;

              cell = json_object_get_member (row, column->name);
              if (cell == NULL)
                {
                  ok = invalid (error, VB_IMPORT_ERROR_MISSING, table->name, r,
                                _("the field “%s” is missing."), column->name);
                  break;
                }
              if (!node_to_value (cell, column, &value))
                {
                  ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                                _("“%s” must be %s."), column->name, kind_words (column));
                  break;
                }
              if (!vb_value_check (&value, table, column, &local))
                ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r, "%s", local->message);
              else if (column->kind == VB_COLUMN_UUID)
                {
                  if (g_hash_table_contains (data->uuids, value.v.s))
                    ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                                  _("its UUID is used twice in the file."));
                  else if (!(table->flags & VB_TABLE_INTERNAL))
                    g_hash_table_insert (data->uuids, g_strdup (value.v.s), (gpointer) table->name);
                }
              values[c] = value;   /* owned by the row now */
            }

          /* the rules over several columns (a response answers one item) */
          if (ok)
            {
              const VbCheck *broken = vb_row_failed_check (table, values);

              if (broken)
                ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                              /* Translators: e.g. “it breaks the rule that a response answers either a
                               * requirement or a question.” */
                              _("it breaks the rule that %s."), _(broken->rule));
            }
          /* one selected vendor, one primary contact per vendor */
          for (guint u = 0; u < table->n_uniques && ok; u++)
            {
              const VbUnique *unique = &table->uniques[u];
              g_autofree char *group = vb_row_unique_key (table, unique, values);
              g_autofree char *label = NULL;
              const char *other;

              if (group == NULL)
                continue;
              /* a row without a name (a decision) is named by its place */
              label = row_label (row) ? g_strdup_printf ("“%s”", row_label (row))
                                      /* Translators: a row of a table in a file, e.g. “row 2” */
                                      : g_strdup_printf (_("row %u"), r + 1);
              other = g_hash_table_lookup (seen[u], group);
              if (other)
                ok = invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                              /* Translators: e.g. “it breaks the rule that at most one vendor is selected
                               * (“Acme” and “Beta” both do).” or “(row 1 and row 2 both do)” */
                              _("it breaks the rule that %s (%s and %s both do)."), _(unique->rule), other, label);
              else
                g_hash_table_insert (seen[u], g_steal_pointer (&group), g_steal_pointer (&label));
            }
          for (guint c = 0; c < n_cols; c++)
            vb_value_clear (&values[c]);
        }
      for (guint u = 0; u < table->n_uniques; u++)
        g_hash_table_unref (seen[u]);
      if (!ok)
        return FALSE;
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

              if (target == NULL)
                continue;
              if (g_strcmp0 (g_hash_table_lookup (data->uuids, target), column->ref_table) != 0)
                return invalid (error, VB_IMPORT_ERROR_REFERENCE, table->name, r,
                                _("“%s” refers to a %s that is not in the file."), column->name,
                                vb_table_get_label (vb_schema_lookup_table (schema, column->ref_table)));
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
      g_autofree char *sql = vb_insert_sql (table);
      g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);
      g_autofree VbValue *row = g_new0 (VbValue, n_cols);

      if (stmt == NULL)
        return FALSE;
      for (guint r = 0; r < n_rows; r++)
        {
          JsonObject *object = json_array_get_object_element (rows, r);
          gboolean ok;

          sqlite3_reset (stmt);
          for (guint c = 0; c < n_cols; c++)
            {
              node_to_value (json_object_get_member (object, vb_table_get_column (table, c)->name),
                             vb_table_get_column (table, c), &row[c]);
              vb_value_bind (&row[c], stmt, (int) c + 1);
            }
          ok = vb_sql_step_done (db, stmt, NULL);
          for (guint c = 0; c < n_cols; c++)
            vb_value_clear (&row[c]);
          if (!ok)
            return invalid (error, VB_IMPORT_ERROR_INVALID, table->name, r,
                            _("it cannot be stored with the other rows."));
        }
    }
  return TRUE;
}

/* The column a constraint message of SQLite names ("CHECK constraint
 * failed: status IN (…)", "NOT NULL constraint failed: vendor.name") */
static char *
constraint_column (const char *message)
{
  const char *p = strstr (message ? message : "", "failed: ");
  const char *dot;
  gsize len = 0;

  if (p == NULL)
    return NULL;
  p += strlen ("failed: ");
  dot = strchr (p, '.');
  if (dot && (strchr (p, ' ') == NULL || dot < strchr (p, ' ')))
    p = dot + 1;
  while (g_ascii_isalnum (p[len]) || p[len] == '_')
    len++;
  return len ? g_strndup (p, len) : NULL;
}

/* An export of an earlier version: its rows go into that version's schema,
 * checked by the schema's own constraints, and are migrated after */
static gboolean
fill_older (sqlite3   *db,
            gpointer   user_data,
            GError   **error)
{
  ImportData *data = user_data;
  g_autoptr(sqlite3_stmt) tables = NULL;
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;
  int rc;

  if (!vb_sql_exec (db, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  tables = vb_sql_prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid", error);
  if (tables == NULL)
    return FALSE;

  while ((rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *info_sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s') ORDER BY cid", name);
      g_autoptr(sqlite3_stmt) info = vb_sql_prepare (db, info_sql, error);
      g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) insert = g_string_new (NULL);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      JsonNode *table_node;
      JsonArray *rows;
      guint n_rows;

      if (info == NULL)
        return FALSE;
      g_hash_table_add (known, g_strdup (name));
      while (sqlite3_step (info) == SQLITE_ROW)
        g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (info, 0)));
      if (!check_tables_member (data, name, &table_node, error))
        return FALSE;
      rows = json_node_get_array (table_node);
      n_rows = json_array_get_length (rows);

      g_string_append_printf (insert, "INSERT INTO %s VALUES (", name);
      for (guint c = 0; c < columns->len; c++)
        g_string_append_printf (insert, "%s?%u", c ? ", " : "", c + 1);
      g_string_append (insert, ")");
      stmt = vb_sql_prepare (db, insert->str, error);
      if (stmt == NULL)
        return FALSE;

      for (guint r = 0; r < n_rows; r++)
        {
          JsonNode *row_node = json_array_get_element (rows, r);
          JsonObject *row;

          if (!JSON_NODE_HOLDS_OBJECT (row_node))
            return invalid (error, VB_IMPORT_ERROR_INVALID, name, r, _("it is not an object."));
          row = json_node_get_object (row_node);
          if (json_object_get_size (row) != columns->len)
            return invalid (error, VB_IMPORT_ERROR_INVALID, name, r,
                            _("it does not have the fields of this version of the format."));
          sqlite3_reset (stmt);
          for (guint c = 0; c < columns->len; c++)
            {
              JsonNode *cell = json_object_get_member (row, columns->pdata[c]);

              if (cell == NULL)
                return invalid (error, VB_IMPORT_ERROR_MISSING, name, r,
                                _("the field “%s” is missing."), (const char *) columns->pdata[c]);
              if (JSON_NODE_HOLDS_NULL (cell))
                sqlite3_bind_null (stmt, (int) c + 1);
              else if (JSON_NODE_HOLDS_ARRAY (cell))
                {
                  /* a set (version 2 on): words joined by commas as the
                   * file stores them; the words and their order are
                   * checked with every value once the file is migrated */
                  JsonArray *words = json_node_get_array (cell);
                  g_autoptr(GString) joined = g_string_new (NULL);

                  for (guint w = 0; w < json_array_get_length (words); w++)
                    {
                      JsonNode *word = json_array_get_element (words, w);

                      if (!JSON_NODE_HOLDS_VALUE (word) || json_node_get_value_type (word) != G_TYPE_STRING)
                        return invalid (error, VB_IMPORT_ERROR_INVALID, name, r,
                                        _("“%s” must be a list of words."), (const char *) columns->pdata[c]);
                      g_string_append_printf (joined, "%s%s", w ? "," : "", json_node_get_string (word));
                    }
                  sqlite3_bind_text (stmt, (int) c + 1, joined->str, -1, SQLITE_TRANSIENT);
                }
              else if (!JSON_NODE_HOLDS_VALUE (cell))
                return invalid (error, VB_IMPORT_ERROR_INVALID, name, r,
                                _("“%s” must be a single value."), (const char *) columns->pdata[c]);
              else if (json_node_get_value_type (cell) == G_TYPE_BOOLEAN)
                sqlite3_bind_int (stmt, (int) c + 1, json_node_get_boolean (cell));
              else if (json_node_get_value_type (cell) == G_TYPE_INT64)
                sqlite3_bind_int64 (stmt, (int) c + 1, json_node_get_int (cell));
              else if (json_node_get_value_type (cell) == G_TYPE_DOUBLE)
                sqlite3_bind_double (stmt, (int) c + 1, json_node_get_double (cell));
              else
                sqlite3_bind_text (stmt, (int) c + 1, json_node_get_string (cell), -1, SQLITE_TRANSIENT);
            }
          if (!vb_sql_step_done (db, stmt, NULL))
            {
              g_autofree char *column = constraint_column (sqlite3_errmsg (db));

              if (column)
                return invalid (error, VB_IMPORT_ERROR_INVALID, name, r,
                                _("the field “%s” holds a value this version of the format does not allow."), column);
              return invalid (error, VB_IMPORT_ERROR_INVALID, name, r,
                              _("a field holds a value this version of the format does not allow."));
            }
        }
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, db, rc);
      return FALSE;
    }

  json_object_iter_init (&iter, data->tables);
  while (json_object_iter_next (&iter, &member, &node))
    if (!g_hash_table_contains (known, member))
      {
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                     _("The file has a table “%s” that Vendorbench does not know."), member);
        return FALSE;
      }
  return TRUE;
}

/* Size, then our strict RFC 8259 check: json-glib sees only real JSON */
gboolean
vb_json_check_shape (const char  *data,
                     gsize        length,
                     GError     **error)
{
  return vb_json_strict_validate (data, length, &limits, error);
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
  gint64 version;

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

  node = json_object_get_member (root, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), VB_JSON_FORMAT) != 0)
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
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("The file does not say which version of Vendorbench’s file format it holds."));
      return FALSE;
    }
  version = json_node_get_int (node);
  if (version > VB_SCHEMA_VERSION)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("The file was exported by a newer version of Vendorbench (file format %lld; this version "
                     "reads up to %d). Update Vendorbench to import it."), (long long) version, VB_SCHEMA_VERSION);
      return FALSE;
    }
  if (version < 1 || vb_schema_for_version ((int) version) == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("The file names a file format (%lld) that no version of Vendorbench wrote."), (long long) version);
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
  import.version = (int) version;
  if (version < VB_SCHEMA_VERSION)
    return vb_project_write_new_file (project_path, (int) version, fill_older, &import, error);
  if (!validate (&import, error))
    return FALSE;
  return vb_project_write_new_file (project_path, VB_SCHEMA_VERSION, fill_from_json, &import, error);
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

/**
 * vb_sample_dup_fingerprint:
 *
 * Returns: (transfer full): a short checksum of the bundled sample, which
 *   changes whenever the sample does (a copy made from an earlier one is
 *   then known as stale), or NULL when the sample cannot be read
 */
char *
vb_sample_dup_fingerprint (void)
{
  g_autoptr(GBytes) bytes = vb_core_resource_data ("sample/sample.json", NULL);
  g_autofree char *sum = bytes ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes) : NULL;

  return sum ? g_strndup (sum, 12) : NULL;
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
