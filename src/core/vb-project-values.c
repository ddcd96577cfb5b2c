/* vb-project-values.c — every value of a project file, checked
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's quick_check on a read-only connection skips CHECK constraints,
 * and a file from someone else may hold anything a CHECK would refuse: a
 * count out of range, a word that is no value of its enumeration, a date
 * that is not one, invalid UTF-8, a text larger than any field, a NUL, the
 * same UUID twice, a tombstone for a live row. Open and check read every
 * value through the same checks JSON import applies (vb_value_check), so
 * whatever `check` calls sound opens, exports and imports again. Each
 * message names the table, the row and the field, never the SQL.
 */

#define G_LOG_DOMAIN "vb-project-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-value.h"

static gboolean
value_error (GError        **error,
             const char     *name,
             const VbTable  *table,
             guint           row,
             const char     *label,
             const char     *detail)
{
  g_autofree char *shown = label && *label ? g_utf8_make_valid (label, (gssize) strnlen (label, 80)) : NULL;

  if (shown)
    /* Translators: e.g. “x.vendorbench” holds something Vendorbench cannot use: vendor “Acme”: … */
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                 _("“%s” holds something Vendorbench cannot use — %s “%s”: %s"),
                 name, vb_table_get_label (table), shown, detail);
  else
    /* Translators: e.g. “x.vendorbench” holds something Vendorbench cannot use — task 3: … */
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                 _("“%s” holds something Vendorbench cannot use — %s %u: %s"),
                 name, vb_table_get_label (table), row + 1, detail);
  return FALSE;
}

/* The row's label column, for messages */
static int
label_column (const VbTable *table)
{
  static const char *const names[] = { "name", "title", "company", "text", "summary", NULL };

  for (guint i = 0; names[i]; i++)
    {
      int index = vb_table_column_index (table, names[i]);
      if (index >= 0)
        return index;
    }
  return -1;
}

/**
 * vb_db_validate_values:
 * @name: the file's name, for messages
 *
 * Every value of every row passes the same checks JSON import applies
 * (kind, range, enumeration word, date, UTF-8 without NUL, length, time
 * zone, list), UUIDs are unique in the whole file, no tombstone names a
 * live row, and the invariants hold (one selected vendor, one primary
 * contact per vendor, the table-level rules such as a response answering
 * exactly one item with an answer of its kind). The message names the table, the row and the
 * field in words. @db holds the current schema.
 */
gboolean
vb_db_validate_values (sqlite3     *db,
                       const char  *name,
                       GError     **error)
{
  const VbSchema *schema = vb_schema_current ();
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) tombstones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      guint n = vb_table_n_columns (table);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", table->name);
      g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);
      g_autofree GHashTable **seen = g_new0 (GHashTable *, MAX (table->n_uniques, 1));
      int label = label_column (table);
      guint row = 0;
      int rc;

      if (stmt == NULL)
        return FALSE;
      for (guint u = 0; u < table->n_uniques; u++)
        seen[u] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree VbValue *values = g_new0 (VbValue, n);
          const char *row_label = NULL;
          gboolean ok = TRUE;

          for (guint c = 0; c < n; c++)
            {
              vb_value_from_column (&values[c], stmt, (int) c);
              /* a text with a NUL inside is cut short by C: refuse it */
              if (values[c].type == VB_VALUE_TEXT &&
                  (gsize) sqlite3_column_bytes (stmt, (int) c) != strlen (values[c].v.s))
                {
                  const char *what = vb_column_get_label (vb_table_get_column (table, c));
                  g_autofree char *detail = g_strdup_printf (_("its %s holds a NUL character"), what);

                  ok = value_error (error, name, table, row, NULL, detail);
                }
            }
          if (label >= 0 && values[label].type == VB_VALUE_TEXT && g_utf8_validate (values[label].v.s, -1, NULL))
            row_label = values[label].v.s;

          for (guint c = 0; c < n && ok; c++)
            {
              g_autoptr(GError) local = NULL;

              if (!vb_value_check (&values[c], table, vb_table_get_column (table, c), &local))
                ok = value_error (error, name, table, row, row_label, local->message);
            }

          if (ok)
            {
              const VbCheck *broken = vb_row_failed_check (table, values);

              if (broken)
                {
                  g_autofree char *detail = g_strdup_printf (_("it breaks the rule that %s"), _(broken->rule));

                  ok = value_error (error, name, table, row, row_label, detail);
                }
            }

          if (ok && !(table->flags & VB_TABLE_INTERNAL))
            {
              if (!g_hash_table_insert (uuids, g_strdup (values[0].v.s), (gpointer) table))
                ok = value_error (error, name, table, row, row_label,
                                  _("its identity (UUID) is used by another row as well"));
            }
          if (ok && g_str_equal (table->name, "tombstone"))
            g_hash_table_add (tombstones, g_strdup (values[0].v.s));

          for (guint u = 0; u < table->n_uniques && ok; u++)
            {
              const VbUnique *unique = &table->uniques[u];
              g_autofree char *key = vb_row_unique_key (table, unique, values);
              const char *other;

              if (key == NULL)
                continue;
              other = g_hash_table_lookup (seen[u], key);
              if (other != NULL)
                {
                  g_autofree char *detail = NULL;

                  /* Translators: e.g. “it breaks the rule that at most one vendor is selected (so is “Beta”)” */
                  detail = g_strdup_printf (_("it breaks the rule that %s (so does “%s”)"), _(unique->rule), other);
                  ok = value_error (error, name, table, row, row_label, detail);
                }
              else
                g_hash_table_insert (seen[u], g_steal_pointer (&key), g_strdup (row_label ? row_label : "?"));
            }

          for (guint c = 0; c < n; c++)
            vb_value_clear (&values[c]);
          for (guint u = 0; u < table->n_uniques && !ok; u++)
            g_clear_pointer (&seen[u], g_hash_table_unref);
          if (!ok)
            return FALSE;
          row++;
        }
      for (guint u = 0; u < table->n_uniques; u++)
        g_clear_pointer (&seen[u], g_hash_table_unref);
      if (rc != SQLITE_DONE)
        {
          if (vb_sqlite_is_busy (rc))
            return vb_busy_error (error, name);
          vb_sql_set_error (error, db, rc);
          return FALSE;
        }
    }

  /* a tombstone says a row was deleted: that row cannot still be there */
  {
    GHashTableIter iter;
    const char *uuid;

    g_hash_table_iter_init (&iter, tombstones);
    while (g_hash_table_iter_next (&iter, (gpointer *) &uuid, NULL))
      {
        const VbTable *table = g_hash_table_lookup (uuids, uuid);

        if (table != NULL)
          {
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                         _("“%s” holds something Vendorbench cannot use — a %s is marked as deleted and is "
                           "still there."), name, vb_table_get_label (table));
            return FALSE;
          }
      }
  }
  return TRUE;
}

