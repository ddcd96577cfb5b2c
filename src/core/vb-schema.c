/* vb-schema.c — DDL, exact-schema verification and migrations
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
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

const VbTable *
vb_schema_lookup_table (const VbSchema *schema,
                        const char     *name)
{
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
      g_string_append (s, i + 1 < n ? ",\n" : "\n");
    }
  g_string_append (s, ") STRICT");
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
      const VbColumn *where = vb_table_get_column (table, (guint) vb_table_column_index (table, unique->where_column));
      g_autofree char *value = NULL;

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

/* White space folded, identifier quotes removed, everything outside string
 * literals lower-cased, no blanks around punctuation: two statements that
 * SQLite reads the same way compare equal. */
char *
vb_schema_normalise_sql (const char *sql)
{
  GString *s = g_string_new (NULL);
  gboolean pending_space = FALSE;

  if (sql == NULL)
    return g_string_free (s, FALSE);

  for (const char *p = sql; *p; p++)
    {
      char c = *p;

      if (g_ascii_isspace (c))
        {
          pending_space = s->len > 0;
          continue;
        }

      if (c == '\'')
        {
          if (pending_space)
            g_string_append_c (s, ' ');
          pending_space = FALSE;
          g_string_append_c (s, c);
          for (p++; *p; p++)
            {
              g_string_append_c (s, *p);
              if (*p == '\'')
                {
                  if (p[1] == '\'')
                    g_string_append_c (s, *++p);
                  else
                    break;
                }
            }
          if (!*p)
            break;
          continue;
        }

      if (c == '"' || c == '`' || c == '[' || c == ']')
        continue;

      if (strchr ("(),=<>", c) != NULL)
        {
          pending_space = FALSE;
          g_string_append_c (s, c);
          /* swallow blanks after punctuation */
          while (g_ascii_isspace (p[1]))
            p++;
          continue;
        }

      if (pending_space && s->len > 0 && strchr ("(),=<>", s->str[s->len - 1]) == NULL)
        g_string_append_c (s, ' ');
      pending_space = FALSE;
      g_string_append_c (s, g_ascii_tolower (c));
    }
  return g_string_free (s, FALSE);
}

typedef struct {
  char *type;
  char *name;
  char *tbl_name;
  char *sql;
} SchemaEntry;

static void
schema_entry_free (gpointer data)
{
  SchemaEntry *e = data;

  g_free (e->type);
  g_free (e->name);
  g_free (e->tbl_name);
  g_free (e->sql);
  g_free (e);
}

static GHashTable *
read_schema_entries (sqlite3  *db,
                     GError  **error)
{
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, schema_entry_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      vb_sql_set_error (error, db, rc);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaEntry *e = g_new0 (SchemaEntry, 1);

      e->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      e->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      e->tbl_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      e->sql = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      if (e->type == NULL || e->name == NULL)
        {
          schema_entry_free (e);
          continue;
        }
      g_hash_table_replace (entries, e->name, e);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, db, rc);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/* What the pragmas show of a table or index, every row as one string, so
 * that two databases compare simply. One prepared statement per pragma,
 * the name bound: a file has dozens of tables. */
enum {
  DUMP_TABLE_XINFO,
  DUMP_FOREIGN_KEYS,
  DUMP_INDEX_LIST,
  DUMP_INDEX_XINFO,
  N_DUMPS
};

static const char *const dump_sql[N_DUMPS] = {
  "SELECT * FROM pragma_table_xinfo(?1)",
  "SELECT * FROM pragma_foreign_key_list(?1)",
  "SELECT * FROM pragma_index_list(?1)",
  "SELECT * FROM pragma_index_xinfo(?1)",
};

typedef struct {
  sqlite3      *db;
  sqlite3_stmt *stmts[N_DUMPS];
} Dumper;

static void
dumper_clear (Dumper *d)
{
  for (guint i = 0; i < N_DUMPS; i++)
    g_clear_pointer (&d->stmts[i], sqlite3_finalize);
}

static char *
dumper_dump (Dumper     *d,
             guint       which,
             const char *name)
{
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt;

  if (d->stmts[which] == NULL &&
      sqlite3_prepare_v2 (d->db, dump_sql[which], -1, &d->stmts[which], NULL) != SQLITE_OK)
    return g_string_free (s, FALSE);
  stmt = d->stmts[which];
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *v = (const char *) sqlite3_column_text (stmt, i);
          g_string_append_printf (s, "%s|", v ? v : "<null>");
        }
      g_string_append_c (s, '\n');
    }
  sqlite3_reset (stmt);
  return g_string_free (s, FALSE);
}

/* The column names of a table, from its table_xinfo dump (the second field
 * of every row), space-separated. */
static char *
names_from_xinfo (const char *dump)
{
  g_auto(GStrv) rows = g_strsplit (dump, "\n", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; rows[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], "|", 3);

      if (fields[0] && fields[1])
        g_string_append_printf (s, "%s%s", s->len ? " " : "", fields[1]);
    }
  return g_string_free (s, FALSE);
}

static char *
column_names (sqlite3    *db,
              const char *table)
{
  Dumper d = { db, { NULL } };
  g_autofree char *dump = dumper_dump (&d, DUMP_TABLE_XINFO, table);

  dumper_clear (&d);
  return names_from_xinfo (dump);
}

static char *
dump_key (guint       which,
          const char *name)
{
  return g_strdup_printf ("%u\x1f%s", which, name);
}

/* What a fresh file of a schema looks like: its sqlite_schema entries and
 * the pragma dumps of its tables and indexes, read from a database built
 * from the description in memory. The current schema's is built once per
 * process (every open needs it); others (a migration's older versions, a
 * test's) each time. */
typedef struct {
  GHashTable *entries;   /* name → SchemaEntry */
  GHashTable *dumps;     /* dump_key → char* */
} Reference;

static void
reference_free (Reference *r)
{
  g_clear_pointer (&r->entries, g_hash_table_unref);
  g_clear_pointer (&r->dumps, g_hash_table_unref);
  g_free (r);
}

/* Read the reference from @db, a database that holds exactly what
 * vb_schema_create wrote for the schema and nothing else yet. */
static Reference *
reference_read (sqlite3  *db,
                GError  **error)
{
  g_autoptr(GHashTable) entries = read_schema_entries (db, error);
  Dumper d = { db, { NULL } };
  GHashTableIter iter;
  SchemaEntry *e;
  Reference *r;

  if (entries == NULL)
    return NULL;
  r = g_new0 (Reference, 1);
  r->entries = g_steal_pointer (&entries);
  r->dumps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, r->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &e))
    {
      if (g_strcmp0 (e->type, "table") == 0)
        for (guint which = DUMP_TABLE_XINFO; which <= DUMP_INDEX_LIST; which++)
          g_hash_table_insert (r->dumps, dump_key (which, e->name), dumper_dump (&d, which, e->name));
      else if (g_strcmp0 (e->type, "index") == 0)
        g_hash_table_insert (r->dumps, dump_key (DUMP_INDEX_XINFO, e->name),
                             dumper_dump (&d, DUMP_INDEX_XINFO, e->name));
    }
  dumper_clear (&d);
  return r;
}

static Reference *
reference_build (const VbSchema  *schema,
                 GError         **error)
{
  Reference *r = NULL;
  sqlite3 *ref = NULL;

  if (sqlite3_open_v2 (":memory:", &ref, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
      vb_sql_exec (ref, "BEGIN", error) &&
      vb_schema_create (ref, schema, error) &&
      vb_sql_exec (ref, "COMMIT", error))
    r = reference_read (ref, error);
  sqlite3_close (ref);
  return r;
}

G_LOCK_DEFINE_STATIC (current_reference);
static Reference *current_reference;

/**
 * vb_schema_prime_reference:
 * @db: a database in which vb_schema_create has just written the current
 *   schema, and nothing else
 *
 * A new project file is itself the reference of the schema check: reading
 * it saves building one in memory when the file is opened next.
 */
void
vb_schema_prime_reference (sqlite3 *db)
{
  G_LOCK (current_reference);
  if (current_reference == NULL)
    current_reference = reference_read (db, NULL);
  G_UNLOCK (current_reference);
}

static const Reference *
reference_get (const VbSchema  *schema,
               Reference      **owned,
               GError         **error)
{
  const Reference *r;

  *owned = NULL;
  if (schema != vb_schema_current ())
    return *owned = reference_build (schema, error);

  G_LOCK (current_reference);
  if (current_reference == NULL)
    current_reference = reference_build (schema, error);
  r = current_reference;
  G_UNLOCK (current_reference);
  return r;
}

static const char *
reference_dump (const Reference *r,
                guint            which,
                const char      *name)
{
  g_autofree char *key = dump_key (which, name);
  const char *dump = g_hash_table_lookup (r->dumps, key);

  return dump ? dump : "";
}

static const char *
entry_kind (const char *type)
{
  if (g_strcmp0 (type, "table") == 0)
    return _("table");
  if (g_strcmp0 (type, "index") == 0)
    return _("index");
  if (g_strcmp0 (type, "trigger") == 0)
    return _("trigger");
  if (g_strcmp0 (type, "view") == 0)
    return _("view");
  return type;
}

static gboolean
altered (GError     **error,
         const char  *detail)
{
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED,
               _("The project file has been changed by another program: %s. "
                 "Vendorbench does not open it, to keep your data safe."), detail);
  return FALSE;
}

/* The file's schema must be exactly the description: the same tables,
 * indexes and nothing else (no triggers, no views), and per table the same
 * columns, types, defaults, constraints, keys and indexes. A reference
 * database built from the description in memory gives the expected pragmas. */
gboolean
vb_schema_verify (sqlite3         *db,
                  const VbSchema  *schema,
                  GError         **error)
{
  g_autoptr(GHashTable) have = NULL;
  Reference *owned = NULL;
  const Reference *want;
  Dumper d = { db, { NULL } };
  GHashTableIter iter;
  SchemaEntry *e;
  gboolean ok = FALSE;

  have = read_schema_entries (db, error);
  if (have == NULL)
    return FALSE;
  want = reference_get (schema, &owned, error);
  if (want == NULL)
    return FALSE;

  /* extra objects first: the most likely tampering */
  g_hash_table_iter_init (&iter, have);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &e))
    {
      SchemaEntry *w = g_hash_table_lookup (want->entries, e->name);

      if (w == NULL || g_strcmp0 (w->type, e->type) != 0)
        {
          g_autofree char *detail = g_strdup_printf (_("it has an extra %s “%s”"),
                                                     entry_kind (e->type), e->name);
          altered (error, detail);
          goto out;
        }
    }

  g_hash_table_iter_init (&iter, want->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &e))
    {
      SchemaEntry *h = g_hash_table_lookup (have, e->name);
      g_autofree char *nh = NULL;
      g_autofree char *nw = NULL;

      if (h == NULL)
        {
          g_autofree char *detail = g_strdup_printf (_("its %s “%s” is missing"),
                                                     entry_kind (e->type), e->name);
          altered (error, detail);
          goto out;
        }

      if (g_strcmp0 (e->type, "table") == 0)
        {
          g_autofree char *xinfo = dumper_dump (&d, DUMP_TABLE_XINFO, e->name);
          const char *xinfo_want = reference_dump (want, DUMP_TABLE_XINFO, e->name);

          if (g_strcmp0 (xinfo, xinfo_want) != 0)
            {
              g_autofree char *cols_have = names_from_xinfo (xinfo);
              g_autofree char *cols_want = names_from_xinfo (xinfo_want);
              g_auto(GStrv) hv = g_strsplit (cols_have, " ", -1);
              g_auto(GStrv) wv = g_strsplit (cols_want, " ", -1);
              g_autofree char *detail = NULL;

              for (guint i = 0; hv[i] && !detail; i++)
                if (!g_strv_contains ((const char *const *) wv, hv[i]))
                  detail = g_strdup_printf (_("table “%s” has an extra column “%s”"), e->name, hv[i]);
              for (guint i = 0; wv[i] && !detail; i++)
                if (!g_strv_contains ((const char *const *) hv, wv[i]))
                  detail = g_strdup_printf (_("table “%s” lacks its column “%s”"), e->name, wv[i]);
              if (!detail && g_strcmp0 (cols_have, cols_want) != 0)
                detail = g_strdup_printf (_("the columns of table “%s” are in another order"), e->name);
              if (!detail)
                detail = g_strdup_printf (_("the definition of table “%s” differs"), e->name);
              altered (error, detail);
              goto out;
            }

          for (guint which = DUMP_FOREIGN_KEYS; which <= DUMP_INDEX_LIST; which++)
            {
              g_autofree char *dump = dumper_dump (&d, which, e->name);

              if (g_strcmp0 (dump, reference_dump (want, which, e->name)) != 0)
                {
                  g_autofree char *detail = g_strdup_printf (_("the definition of table “%s” differs"), e->name);
                  altered (error, detail);
                  goto out;
                }
            }
        }
      else if (g_strcmp0 (e->type, "index") == 0)
        {
          g_autofree char *dump = dumper_dump (&d, DUMP_INDEX_XINFO, e->name);

          if (g_strcmp0 (dump, reference_dump (want, DUMP_INDEX_XINFO, e->name)) != 0 ||
              g_strcmp0 (h->tbl_name, e->tbl_name) != 0)
            {
              g_autofree char *detail = g_strdup_printf (_("index “%s” differs"), e->name);
              altered (error, detail);
              goto out;
            }
        }

      /* what no pragma shows: CHECK constraints, collations */
      nh = vb_schema_normalise_sql (h->sql);
      nw = vb_schema_normalise_sql (e->sql);
      if (g_strcmp0 (nh, nw) != 0)
        {
          g_autofree char *detail = g_strdup_printf (_("the definition of %s “%s” differs"),
                                                     entry_kind (e->type), e->name);
          altered (error, detail);
          goto out;
        }
    }

  ok = TRUE;

out:
  dumper_clear (&d);
  if (owned)
    reference_free (owned);
  return ok;
}

/* Rebuild a table from the current DDL, keeping the columns both versions
 * share: a migrated file and a fresh one then hold the same SQL text. The
 * caller runs it inside the migration's transaction with foreign keys off;
 * legacy_alter_table keeps the other tables' references pointing at the
 * table's name while the old copy is moved aside. */
gboolean
vb_schema_rebuild_table (sqlite3        *db,
                         const VbTable  *table,
                         GError        **error)
{
  g_autofree char *ddl = vb_schema_table_ddl (table);
  g_autofree char *old_name = g_strdup_printf ("vb_old_%s", table->name);
  g_autofree char *old_cols = column_names (db, table->name);
  g_auto(GStrv) old = g_strsplit (old_cols, " ", -1);
  g_autoptr(GString) common = g_string_new (NULL);
  g_autoptr(GPtrArray) indexes = vb_schema_index_ddl (table);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *move = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *drop = NULL;
  g_autofree char *list_sql = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = vb_table_n_columns (table);

  for (guint i = 0; i < n; i++)
    {
      const char *name = vb_table_get_column (table, i)->name;

      if (g_strv_contains ((const char *const *) old, name))
        g_string_append_printf (common, "%s%s", common->len ? ", " : "", name);
    }

  list_sql = g_strdup_printf ("SELECT name FROM pragma_index_list('%s') WHERE origin = 'c'", table->name);
  if (sqlite3_prepare_v2 (db, list_sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autofree char *quoted = vb_sql_quote_ident ((const char *) sqlite3_column_text (stmt, 0));
        g_ptr_array_add (drops, g_strdup_printf ("DROP INDEX %s", quoted));
      }
  sqlite3_finalize (stmt);

  move = g_strdup_printf ("ALTER TABLE %s RENAME TO %s", table->name, old_name);
  copy = g_strdup_printf ("INSERT INTO %s (%s) SELECT %s FROM %s", table->name, common->str, common->str, old_name);
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
