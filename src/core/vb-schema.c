/* vb-schema.c — the table description: DDL and migrations
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One description drives the DDL (columns, and the table-level CHECKs of
 * rules over several columns), the exact-schema verification
 * (vb-schema-verify.c), the JSON and every write. A file of an older
 * version is migrated step by step inside one transaction, verified
 * against each version it passes through.
 */

#define G_LOG_DOMAIN "vb-schema"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-error.h"
#include "vb-resource.h"
#include "vb-schema.h"
#include "vb-sql.h"

static const VbColumn uuid_column = { "uuid", VB_COLUMN_UUID, FALSE, NULL, NULL, NULL, 0, 0, 0, N_("identity") };
static const VbColumn position_column = { "position", VB_COLUMN_INT, FALSE, "0", NULL, NULL, 0, 0, 0, N_("position") };
static const VbColumn modified_column = { "modified", VB_COLUMN_TIME, FALSE, "''", NULL, NULL, 0, 0, 0, N_("time of the last change") };

guint
vb_table_n_columns (const VbTable *table)
{
  return table->n_columns + 2 + ((table->flags & VB_TABLE_ORDERED) ? 1 : 0);
}

int
vb_table_position_index (const VbTable *table)
{
  return (table->flags & VB_TABLE_ORDERED) ? (int) table->n_columns + 1 : -1;
}

guint
vb_table_modified_index (const VbTable *table)
{
  return vb_table_n_columns (table) - 1;
}

const char *
vb_table_get_label (const VbTable *table)
{
  return table->label ? _(table->label) : table->name;
}

const char *
vb_column_get_label (const VbColumn *column)
{
  return column->label ? _(column->label) : column->name;
}

const VbColumn *
vb_table_get_column (const VbTable *table,
                     guint          index)
{
  guint n = vb_table_n_columns (table);

  g_return_val_if_fail (index < n, NULL);

  if (index == 0)
    return &uuid_column;
  if (index == n - 1)
    return &modified_column;
  if (index - 1 < table->n_columns)
    return &table->columns[index - 1];
  return &position_column;
}

/* Columns are looked up by name on every record read: the guidance rules
 * do it thousands of times per refresh. Each table gets a hash of its
 * column names, built once; in front of it, a small per-thread cache keyed
 * by the address of the name (callers mostly pass string literals), checked
 * against the name itself. */
typedef struct {
  const VbTable *table;
  const char    *name;      /* the caller's pointer */
  const char    *column;    /* the description's name */
  int            index;
} ColumnCacheEntry;

static int lookup_column_slow (const VbTable *table, const char *column);

int
vb_table_column_index (const VbTable *table,
                       const char    *column)
{
  static __thread ColumnCacheEntry cache[256];
  guint slot = (guint) (((guintptr) column >> 3) ^ ((guintptr) table >> 4)) & 255;
  ColumnCacheEntry *e = &cache[slot];
  int index;

  /* the name is compared too: a freed string's address may come back */
  if (e->table == table && e->name == column && strcmp (e->column, column) == 0)
    return e->index;
  index = lookup_column_slow (table, column);
  if (index >= 0)
    *e = (ColumnCacheEntry) { table, column, vb_table_get_column (table, (guint) index)->name, index };
  return index;
}

static int
lookup_column_slow (const VbTable *table,
                    const char    *column)
{
  G_LOCK_DEFINE_STATIC (indexes);
  static GHashTable *indexes;   /* VbTable* → GHashTable (name → index + 1) */
  GHashTable *names;
  int index;

  G_LOCK (indexes);
  if (indexes == NULL)
    indexes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  names = g_hash_table_lookup (indexes, table);
  if (names == NULL)
    {
      guint n = vb_table_n_columns (table);

      names = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        g_hash_table_insert (names, (gpointer) vb_table_get_column (table, i)->name, GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (indexes, (gpointer) table, names);
    }
  index = GPOINTER_TO_INT (g_hash_table_lookup (names, column)) - 1;
  G_UNLOCK (indexes);
  return index;
}

/* The current schema's tables by name: the guidance and the decision model
 * ask for tables by name thousands of times a pass */
static GHashTable *
current_tables (void)
{
  static gsize once;
  static GHashTable *by_name;

  if (g_once_init_enter (&once))
    {
      const VbSchema *schema = vb_schema_current ();

      by_name = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < schema->n_tables; i++)
        g_hash_table_insert (by_name, (gpointer) schema->tables[i].name, (gpointer) &schema->tables[i]);
      g_once_init_leave (&once, 1);
    }
  return by_name;
}

const VbTable *
vb_schema_lookup_table (const VbSchema *schema,
                        const char     *name)
{
  if (schema == vb_schema_current ())
    return g_hash_table_lookup (current_tables (), name);
  for (guint i = 0; i < schema->n_tables; i++)
    if (strcmp (schema->tables[i].name, name) == 0)
      return &schema->tables[i];
  return NULL;
}

static void
append_number (GString *s,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, g_ascii_dtostr (buf, sizeof buf, value));
}

static void
append_column_ddl (GString        *s,
                   const VbColumn *col)
{
  g_string_append (s, col->name);

  switch (col->kind)
    {
    case VB_COLUMN_UUID:
      g_string_append_printf (s, " TEXT NOT NULL PRIMARY KEY CHECK (length(%s) = 36)", col->name);
      return;

    case VB_COLUMN_TEXT:
      g_string_append_printf (s, " TEXT NOT NULL DEFAULT '' CHECK (length(%s) <= %d)",
                              col->name, VB_TEXT_MAX_BYTES);
      return;

    case VB_COLUMN_TIME:
      g_string_append_printf (s, " TEXT NOT NULL DEFAULT '' CHECK (length(%s) <= %d)", col->name,
                              VB_TIME_MAX_BYTES);
      return;

    case VB_COLUMN_SET:
      g_string_append_printf (s, " TEXT NOT NULL DEFAULT '' CHECK (length(%s) <= %d)", col->name,
                              VB_SET_MAX_BYTES);
      return;

    case VB_COLUMN_DATE:
      g_string_append_printf (s, " TEXT NOT NULL DEFAULT '' CHECK (%s = '' OR %s GLOB "
                              "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')",
                              col->name, col->name);
      return;

    case VB_COLUMN_BOOL:
      g_string_append_printf (s, " INTEGER NOT NULL DEFAULT %s CHECK (%s IN (0, 1))",
                              col->default_sql, col->name);
      return;

    case VB_COLUMN_ENUM:
      {
        GType type = col->enum_type ();
        guint n = vb_enum_get_n_values (type);

        g_string_append_printf (s, " TEXT NOT NULL DEFAULT '%s' CHECK (%s IN (",
                                vb_enum_get_nick (type, vb_enum_get_value (type, 0)), col->name);
        for (guint i = 0; i < n; i++)
          g_string_append_printf (s, "%s'%s'", i ? ", " : "", vb_enum_get_nick (type, vb_enum_get_value (type, i)));
        g_string_append (s, "))");
      }
      return;

    case VB_COLUMN_REF:
      g_string_append_printf (s, " TEXT%s REFERENCES %s (uuid) ON DELETE %s",
                              col->nullable ? "" : " NOT NULL", col->ref_table,
                              col->on_delete == VB_ON_DELETE_CASCADE ? "CASCADE" : "SET NULL");
      return;

    case VB_COLUMN_INT:
    case VB_COLUMN_REAL:
      g_string_append (s, col->kind == VB_COLUMN_INT ? " INTEGER" : " REAL");
      if (!col->nullable)
        g_string_append_printf (s, " NOT NULL DEFAULT %s", col->default_sql);
      if (col->min < col->max)
        {
          g_string_append_printf (s, " CHECK (%s BETWEEN ", col->name);
          append_number (s, col->min);
          g_string_append (s, " AND ");
          append_number (s, col->max);
          g_string_append (s, ")");
        }
      return;

    default:
      g_assert_not_reached ();
    }
}

/* The expression of a table-level CHECK, e.g.
 * "(requirement_id IS NULL) <> (question_id IS NULL)" */
char *
vb_schema_check_sql (const VbTable *table,
                     const VbCheck *check)
{
  GString *s = g_string_new (NULL);

  switch (check->kind)
    {
    case VB_CHECK_EXACTLY_ONE:
      g_string_append_printf (s, "(%s IS NULL) <> (%s IS NULL)", check->column, check->other);
      break;

    case VB_CHECK_VALUES_IF_SET:
      {
        int index = vb_table_column_index (table, check->other);
        const VbColumn *col = vb_table_get_column (table, (guint) index);
        GType type = col->enum_type ();
        guint n = vb_enum_get_n_values (type);
        gboolean first = TRUE;

        g_assert (col->kind == VB_COLUMN_ENUM);
        g_string_append_printf (s, "%s IS NULL OR %s IN (", check->column, check->other);
        for (guint i = 0; i < n && i < 32; i++)
          if (check->values & (1u << i))
            {
              g_string_append_printf (s, "%s'%s'", first ? "" : ", ",
                                      vb_enum_get_nick (type, vb_enum_get_value (type, i)));
              first = FALSE;
            }
        g_string_append (s, ")");
      }
      break;

    default:
      g_assert_not_reached ();
    }
  return g_string_free (s, FALSE);
}

char *
vb_schema_table_ddl (const VbTable *table)
{
  GString *s = g_string_new (NULL);
  guint n = vb_table_n_columns (table);

  g_string_append_printf (s, "CREATE TABLE %s (\n", table->name);
  for (guint i = 0; i < n; i++)
    {
      g_string_append (s, "  ");
      append_column_ddl (s, vb_table_get_column (table, i));
      g_string_append (s, i + 1 < n || table->n_checks > 0 ? ",\n" : "\n");
    }
  for (guint i = 0; i < table->n_checks; i++)
    {
      g_autofree char *expr = vb_schema_check_sql (table, &table->checks[i]);

      g_string_append_printf (s, "  CHECK (%s)%s", expr, i + 1 < table->n_checks ? ",\n" : "\n");
    }
  g_string_append (s, ") STRICT");
  return g_string_free (s, FALSE);
}

/* A unique index over one or more columns ("kpi_key,channel"): a nullable
 * one as ifnull (c, '') so that NULL counts as one value, not as distinct
 * ones; a text as nullif (c, '') so that rows whose text is not filled in
 * yet (a new KPI's key) are not held to it. On no column at all: (0),
 * which holds the table to one row. */
static char *
unconditional_unique_ddl (const VbTable  *table,
                          const VbUnique *unique)
{
  g_auto(GStrv) columns = NULL;
  GString *s;

  if (unique->column == NULL)
    return g_strdup_printf ("CREATE UNIQUE INDEX %s_one_row_idx ON %s ((0))", table->name, table->name);
  columns = g_strsplit (unique->column, ",", -1);
  s = g_string_new (NULL);
  g_string_append_printf (s, "CREATE UNIQUE INDEX %s_unique_%s_idx ON %s (", table->name, columns[0], table->name);
  for (guint i = 0; columns[i]; i++)
    {
      const VbColumn *col = vb_table_get_column (table, (guint) vb_table_column_index (table, columns[i]));

      g_string_append (s, i ? ", " : "");
      if (col->nullable)
        g_string_append_printf (s, "ifnull(%s, '')", col->name);
      else if (col->kind == VB_COLUMN_TEXT)
        g_string_append_printf (s, "nullif(%s, '')", col->name);
      else
        g_string_append (s, col->name);
    }
  g_string_append (s, ")");
  return g_string_free (s, FALSE);
}

/* An index on every reference (ON DELETE and the store's lookups need
 * them), then the partial unique indexes that hold the invariants */
GPtrArray *
vb_schema_index_ddl (const VbTable *table)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].kind == VB_COLUMN_REF)
      g_ptr_array_add (out, g_strdup_printf ("CREATE INDEX %s_%s_idx ON %s (%s)",
                                             table->name, table->columns[i].name,
                                             table->name, table->columns[i].name));
  for (guint u = 0; u < table->n_uniques; u++)
    {
      const VbUnique *unique = &table->uniques[u];
      const VbColumn *where;
      g_autofree char *value = NULL;

      if (unique->where_column == NULL)
        {
          g_ptr_array_add (out, unconditional_unique_ddl (table, unique));
          continue;
        }
      where = vb_table_get_column (table, (guint) vb_table_column_index (table, unique->where_column));
      if (where->kind == VB_COLUMN_ENUM)
        value = g_strdup_printf ("'%s'", vb_enum_get_nick (where->enum_type (), unique->where_value));
      else
        value = g_strdup_printf ("%d", unique->where_value);
      g_ptr_array_add (out, g_strdup_printf ("CREATE UNIQUE INDEX %s_one_%s_idx ON %s (%s) WHERE %s = %s",
                                             table->name, unique->where_column, table->name,
                                             unique->column, unique->where_column, value));
    }
  return out;
}

/* The DDL of a frozen earlier version, as one script */
static char *
frozen_sql (const VbSchema  *schema,
            GError         **error)
{
  g_autoptr(GBytes) bytes = vb_core_resource_data (schema->sql_resource, error);
  gsize size;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

gboolean
vb_schema_create (sqlite3         *db,
                  const VbSchema  *schema,
                  GError         **error)
{
  if (schema->tables == NULL)
    {
      g_autofree char *sql = frozen_sql (schema, error);

      return sql != NULL && vb_sql_exec (db, sql, error);
    }
  for (guint i = 0; i < schema->n_tables; i++)
    {
      g_autofree char *ddl = vb_schema_table_ddl (&schema->tables[i]);
      g_autoptr(GPtrArray) indexes = vb_schema_index_ddl (&schema->tables[i]);

      if (!vb_sql_exec (db, ddl, error))
        return FALSE;
      for (guint j = 0; j < indexes->len; j++)
        if (!vb_sql_exec (db, g_ptr_array_index (indexes, j), error))
          return FALSE;
    }
  return TRUE;
}

/* Rebuild a table from @ddl (and its @indexes), keeping the columns both
 * versions share: a migrated file and a fresh one then hold the same SQL
 * text. The caller runs it inside the migration's transaction with
 * foreign keys off; legacy_alter_table keeps the other tables' references
 * pointing at the table's name while the old copy is moved aside. */
static gboolean
rebuild (sqlite3            *db,
         const char         *name,
         const char         *ddl,
         const char *const  *new_columns,
         GPtrArray          *indexes,
         GError            **error)
{
  g_autofree char *old_name = g_strdup_printf ("vb_old_%s", name);
  g_autofree char *old_cols = vb_schema_column_names (db, name);
  g_auto(GStrv) old = g_strsplit (old_cols, " ", -1);
  g_autoptr(GString) common = g_string_new (NULL);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *move = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *drop = NULL;
  g_autofree char *list_sql = NULL;
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; new_columns[i]; i++)
    if (g_strv_contains ((const char *const *) old, new_columns[i]))
      g_string_append_printf (common, "%s%s", common->len ? ", " : "", new_columns[i]);

  list_sql = g_strdup_printf ("SELECT name FROM pragma_index_list('%s') WHERE origin = 'c'", name);
  if (sqlite3_prepare_v2 (db, list_sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autofree char *quoted = vb_sql_quote_ident ((const char *) sqlite3_column_text (stmt, 0));
        g_ptr_array_add (drops, g_strdup_printf ("DROP INDEX %s", quoted));
      }
  sqlite3_finalize (stmt);

  move = g_strdup_printf ("ALTER TABLE %s RENAME TO %s", name, old_name);
  copy = g_strdup_printf ("INSERT INTO %s (%s) SELECT %s FROM %s", name, common->str, common->str, old_name);
  drop = g_strdup_printf ("DROP TABLE %s", old_name);

  for (guint i = 0; i < drops->len; i++)
    if (!vb_sql_exec (db, g_ptr_array_index (drops, i), error))
      return FALSE;

  if (!vb_sql_exec (db, "PRAGMA legacy_alter_table = ON", error))
    return FALSE;
  if (!vb_sql_exec (db, move, error) ||
      !vb_sql_exec (db, ddl, error) ||
      !vb_sql_exec (db, copy, error) ||
      !vb_sql_exec (db, drop, error))
    {
      vb_sql_exec (db, "PRAGMA legacy_alter_table = OFF", NULL);
      return FALSE;
    }
  vb_sql_exec (db, "PRAGMA legacy_alter_table = OFF", NULL);

  for (guint i = 0; i < indexes->len; i++)
    if (!vb_sql_exec (db, g_ptr_array_index (indexes, i), error))
      return FALSE;
  return TRUE;
}

/* Rebuild a table from the current description */
gboolean
vb_schema_rebuild_table (sqlite3        *db,
                         const VbTable  *table,
                         GError        **error)
{
  g_autofree char *ddl = vb_schema_table_ddl (table);
  g_autoptr(GPtrArray) indexes = vb_schema_index_ddl (table);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = vb_table_n_columns (table);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, (gpointer) vb_table_get_column (table, i)->name);
  g_ptr_array_add (names, NULL);
  return rebuild (db, table->name, ddl, (const char *const *) names->pdata, indexes, error);
}

/* Rebuild a table as @schema has it: the current description, or the DDL
 * an earlier version wrote (its frozen script, read from a database built
 * from it in memory), so that each step of a migration writes exactly its
 * own version and the next step starts from that. */
gboolean
vb_schema_rebuild_table_as (sqlite3         *db,
                            const VbSchema  *schema,
                            const char      *table,
                            GError         **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *ddl = NULL;
  g_autofree char *cols = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *ref = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (schema->tables != NULL)
    return vb_schema_rebuild_table (db, vb_schema_lookup_table (schema, table), error);

  sql = frozen_sql (schema, error);
  if (sql == NULL)
    return FALSE;
  if (sqlite3_open_v2 (":memory:", &ref, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
      !vb_sql_exec (ref, sql, error))
    goto out;
  if (sqlite3_prepare_v2 (ref, "SELECT type, sql FROM sqlite_schema WHERE tbl_name = ?1 AND sql IS NOT NULL "
                               "ORDER BY rowid", -1, &stmt, NULL) != SQLITE_OK)
    {
      vb_sql_set_error (error, ref, sqlite3_errcode (ref));
      goto out;
    }
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);

      if (g_strcmp0 (type, "table") == 0)
        ddl = g_strdup (text);
      else if (g_strcmp0 (type, "index") == 0)
        g_ptr_array_add (indexes, g_strdup (text));
    }
  sqlite3_finalize (stmt);
  if (ddl == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED,
                   "file format %d has no table “%s”", schema->version, table);
      goto out;
    }
  cols = vb_schema_column_names (ref, table);
  names = g_strsplit (cols, " ", -1);
  ok = rebuild (db, table, ddl, (const char *const *) names, indexes, error);

out:
  sqlite3_close (ref);
  return ok;
}

static gboolean
rollback (sqlite3 *db)
{
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return FALSE;
}

/* Bring a file from its version to target_version through the steps, all
 * in one transaction. The file is verified against the description of its
 * own version first and against the target afterwards; anything wrong rolls
 * the whole migration back and leaves the file as it was. The caller has
 * opened @db read-write and takes care of keeping a copy of the file. */
gboolean
vb_schema_migrate (sqlite3            *db,
                   const VbMigration  *steps,
                   guint               n_steps,
                   int                 target_version,
                   VbMigrationCheck    check,
                   gpointer            check_data,
                   GError            **error)
{
  int version = (int) vb_sql_query_int (db, "PRAGMA user_version", -1);
  const VbSchema *target = vb_schema_for_version (target_version);
  const VbSchema *own = vb_schema_for_version (version);

  if (version == target_version)
    return TRUE;
  if (own == NULL || target == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TOO_NEW,
                   _("This project was made by a version of Vendorbench that this one cannot update "
                     "(file format %d)."), version);
      return FALSE;
    }

  if (!vb_sql_exec (db, "PRAGMA foreign_keys = OFF", error) ||
      !vb_sql_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!vb_schema_verify (db, own, error))
    return rollback (db);

  while (version != target_version)
    {
      const VbMigration *step = NULL;
      g_autofree char *set_version = NULL;

      for (guint i = 0; i < n_steps; i++)
        if (steps[i].from == version)
          step = &steps[i];

      if (step == NULL)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_TOO_NEW,
                       _("This project was made by a version of Vendorbench that this one cannot update "
                         "(file format %d)."), version);
          return rollback (db);
        }

      if (!step->apply (db, error))
        return rollback (db);

      set_version = g_strdup_printf ("PRAGMA user_version = %d", step->to);
      if (!vb_sql_exec (db, set_version, error))
        return rollback (db);
      version = step->to;

      /* each step writes exactly its own version: the next one starts
       * from a file that version would have written */
      if (version != target_version && vb_schema_for_version (version) != NULL &&
          !vb_schema_verify (db, vb_schema_for_version (version), error))
        return rollback (db);
    }

  if (!vb_schema_verify (db, target, error))
    return rollback (db);

  if (vb_sql_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", 0) != 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT,
                   _("The project could not be updated: some of its rows refer to rows that do not exist."));
      return rollback (db);
    }

  if (check && !check (db, check_data, error))
    return rollback (db);

  if (!vb_sql_exec (db, "COMMIT", error))
    return rollback (db);
  return vb_sql_exec (db, "PRAGMA foreign_keys = ON", error);
}
