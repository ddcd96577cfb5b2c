/* vb-schema-verify.c — a file's schema is exactly the description
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project file may come from someone else: before any row is read, its
 * sqlite_schema and what the pragmas show of every table and index must
 * equal what a fresh file of the same version holds — no extra table,
 * trigger or view, no altered column, constraint or index. The reference
 * is built once per version in memory and kept.
 */

#define G_LOG_DOMAIN "vb-schema"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-schema.h"
#include "vb-sql.h"

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

/* The column names of @table in @db, comma-separated (for a rebuild) */
char *
vb_schema_column_names (sqlite3    *db,
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

/* @detail names tables, indexes and columns as the file spells them, which
 * need not be UTF-8: the message must be, for the window to show it */
static gboolean
altered (GError     **error,
         const char  *detail)
{
  g_autofree char *shown = g_utf8_make_valid (detail, -1);

  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_ALTERED,
               _("The project file has been changed by another program: %s. "
                 "Vendorbench does not open it, to keep your data safe."), shown);
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

