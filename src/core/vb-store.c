/* vb-store.c — the records of an open project, and their indexes
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object per row, found by UUID, and list models of them: every row of
 * a table, and the children of one row through one reference (a vendor's
 * contacts). Two clocks run here:
 *
 *  - immediately, during an edit, the row's values, the UUID index, the
 *    children index and the index by combination of references change, so
 *    that the edit's later steps see what it wrote (add a contact, then
 *    name it; look up the score of evaluator × vendor × criterion);
 *  - after the commit, vb_store_flush() brings the list models up to date
 *    and announces every change: precise items-changed, then the records'
 *    own signals. A cancelled edit is reverted row by row and then
 *    discarded: nobody hears of it.
 *
 * A removed row's object is kept while someone holds it, so that undoing
 * the removal brings back the same object and the views bound to it.
 */

#define G_LOG_DOMAIN "vb-store"

#include "config.h"

#include <string.h>

#include "vb-record-list.h"
#include "vb-record-private.h"
#include "vb-sql.h"
#include "vb-store.h"
#include "vb-store-journal.h"

typedef struct {
  char   **parents;    /* per reference column of the table: the parent listed under, or NULL */
  guint    n_parents;  /* not a NULL-terminated vector: an optional reference may be NULL */
  guint    position;
} Listed;

typedef struct {
  const VbTable *table;
  guint          n_columns;
  guint         *ref_columns;      /* the indexes of the REF columns */
  guint          n_refs;
  VbRecordList  *rows;             /* committed */
  GHashTable   **child_lists;      /* per ref: parent uuid → VbRecordList (committed, made on demand) */
  GHashTable   **children;         /* per ref: parent uuid → GHashTable set of VbRecord (immediate) */
  GHashTable    *by_refs;          /* "uuid\x1fuuid…" → VbRecord (immediate; tables with 2+ refs) */
  GHashTable    *listed;           /* VbRecord → Listed (what the lists show) */
  guint          n_live;           /* immediate */
  gint64         max_position;     /* immediate */
  guint64        serial;           /* when a row of it last changed (vb_store_get_serial ()) */
  VbJournal      journal;          /* vb_store_changed_since () */
} TableStore;

typedef struct {
  VbRecord *record;
  guint8   *changed;
} Pending;

struct _VbStore
{
  VbProject      *project;
  const VbSchema *schema;
  GHashTable     *tables;      /* VbTable* → TableStore */
  GHashTable     *records;     /* uuid → VbRecord (owned), the live rows */
  GPtrArray      *pending;     /* Pending, in the order rows were touched */
  GHashTable     *pending_of;  /* VbRecord → Pending */
  GHashTable     *detached;    /* uuid → VbRecord (owned): removed during this edit */
  GHashTable     *graveyard;   /* uuid → GWeakRef: removed earlier, perhaps still held */
  GHashTable     *read_log;    /* table name set: the tables asked for, while someone listens */
  guint64         serial;      /* the newest serial of its tables (vb_store_get_last_serial ()) */
};

/* One clock for every store of the process, so that a serial never comes
 * back: not after an edit, not in a project opened again */
static guint64 serial_clock;

static void
listed_free (gpointer data)
{
  Listed *l = data;

  for (guint r = 0; r < l->n_parents; r++)
    g_free (l->parents[r]);
  g_free (l->parents);
  g_free (l);
}

static void
table_store_free (gpointer data)
{
  TableStore *ts = data;

  for (guint r = 0; r < ts->n_refs; r++)
    {
      g_hash_table_unref (ts->child_lists[r]);
      g_hash_table_unref (ts->children[r]);
    }
  g_free (ts->child_lists);
  g_free (ts->children);
  g_free (ts->ref_columns);
  g_clear_pointer (&ts->by_refs, g_hash_table_unref);
  g_hash_table_unref (ts->listed);
  g_clear_object (&ts->rows);
  vb_journal_clear (&ts->journal);
  g_free (ts);
}

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_object_unref (p->record);
  g_free (p->changed);
  g_free (p);
}

static void
weak_ref_free (gpointer data)
{
  GWeakRef *ref = data;

  g_weak_ref_clear (ref);
  g_free (ref);
}

static GType
item_type_of (const VbTable *table)
{
  return table->record_type ? table->record_type () : VB_TYPE_RECORD;
}

VbStore *
vb_store_new (VbProject      *project,
              const VbSchema *schema)
{
  VbStore *store = g_new0 (VbStore, 1);

  store->project = project;
  store->schema = schema;
  store->tables = g_hash_table_new_full (NULL, NULL, NULL, table_store_free);
  store->records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  store->pending = g_ptr_array_new_with_free_func (pending_free);
  store->pending_of = g_hash_table_new (NULL, NULL);
  store->detached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  store->graveyard = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, weak_ref_free);

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      TableStore *ts;

      if (table->flags & VB_TABLE_INTERNAL)
        continue;
      ts = g_new0 (TableStore, 1);
      ts->table = table;
      ts->n_columns = vb_table_n_columns (table);
      ts->ref_columns = g_new0 (guint, table->n_columns);
      for (guint c = 0; c < ts->n_columns; c++)
        if (vb_table_get_column (table, c)->kind == VB_COLUMN_REF)
          ts->ref_columns[ts->n_refs++] = c;
      ts->child_lists = g_new0 (GHashTable *, MAX (ts->n_refs, 1));
      ts->children = g_new0 (GHashTable *, MAX (ts->n_refs, 1));
      for (guint r = 0; r < ts->n_refs; r++)
        {
          ts->child_lists[r] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
          ts->children[r] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_hash_table_unref);
        }
      if (ts->n_refs >= 2)
        ts->by_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      ts->listed = g_hash_table_new_full (NULL, NULL, NULL, listed_free);
      ts->rows = vb_record_list_new (item_type_of (table), (table->flags & VB_TABLE_ORDERED) != 0);
      ts->serial = store->serial = ++serial_clock;
      vb_journal_note_reshape (&ts->journal, ts->serial);
      g_hash_table_insert (store->tables, (gpointer) table, ts);
    }
  return store;
}

void
vb_store_free (VbStore *store)
{
  if (store == NULL)
    return;
  vb_store_detach (store);
  g_ptr_array_unref (store->pending);
  g_hash_table_unref (store->pending_of);
  g_hash_table_unref (store->detached);
  g_hash_table_unref (store->graveyard);
  g_clear_pointer (&store->read_log, g_hash_table_unref);
  g_hash_table_unref (store->tables);
  g_hash_table_unref (store->records);
  g_free (store);
}

/* The project is closing: the records outlive it in the views, but no
 * longer belong to any project */
void
vb_store_detach (VbStore *store)
{
  GHashTableIter iter;
  VbRecord *record;

  g_hash_table_iter_init (&iter, store->records);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &record))
    vb_record_set_project (record, NULL);
}

static TableStore *
table_store (VbStore       *store,
             const VbTable *table)
{
  TableStore *ts = g_hash_table_lookup (store->tables, table);

  g_return_val_if_fail (ts != NULL, NULL);
  if (store->read_log != NULL)
    g_hash_table_add (store->read_log, (gpointer) table->name);
  return ts;
}

/**
 * vb_store_get_serial:
 *
 * Changes whenever a row of @table is added, changed or removed (also
 * during an edit, and when a cancelled edit is reverted), and never comes
 * back to an earlier value: whoever computed something from the table can
 * tell whether it still holds.
 */
guint64
vb_store_get_serial (VbStore       *store,
                     const VbTable *table)
{
  TableStore *ts = g_hash_table_lookup (store->tables, table);

  g_return_val_if_fail (ts != NULL, 0);
  return ts->serial;
}

/**
 * vb_store_get_last_serial:
 *
 * The newest of the serials of all the store's tables: while it stays the
 * same, no row of any table has changed (a reader of many tables checks
 * it before it checks theirs).
 */
guint64
vb_store_get_last_serial (VbStore *store)
{
  return store->serial;
}

/* For readers that keep an object of @table instead of asking the store
 * each time (the project's settings): the read log sees them all the same */
void
vb_store_note_read (VbStore       *store,
                    const VbTable *table)
{
  if (store->read_log != NULL)
    g_hash_table_add (store->read_log, (gpointer) table->name);
}

/**
 * vb_store_set_read_log:
 * @tables: (nullable): a set of strings, or NULL to stop
 *
 * While set, the name of every table asked for (its rows, a row's
 * children, a lookup that finds one of its rows) is added to @tables: the
 * test that every guidance rule names the tables it reads.
 */
void
vb_store_set_read_log (VbStore    *store,
                       GHashTable *tables)
{
  g_clear_pointer (&store->read_log, g_hash_table_unref);
  if (tables != NULL)
    store->read_log = g_hash_table_ref (tables);
}

static const char *
ref_value (VbRecord *record,
           guint     column)
{
  const VbValue *v = vb_record_peek (record, column);

  return v->type == VB_VALUE_TEXT ? v->v.s : NULL;
}

static char *
refs_key_of_values (TableStore    *ts,
                    const VbValue *row)
{
  GString *s = g_string_new (NULL);

  for (guint r = 0; r < ts->n_refs; r++)
    {
      const VbValue *v = &row[ts->ref_columns[r]];

      if (r)
        g_string_append_c (s, '\x1f');
      if (v->type == VB_VALUE_TEXT)
        g_string_append (s, v->v.s);
    }
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------ immediate indexes */

static void
index_add (TableStore *ts,
           VbRecord   *record)
{
  for (guint r = 0; r < ts->n_refs; r++)
    {
      const char *parent = ref_value (record, ts->ref_columns[r]);
      GHashTable *set;

      if (parent == NULL)
        continue;
      set = g_hash_table_lookup (ts->children[r], parent);
      if (set == NULL)
        {
          set = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (ts->children[r], g_strdup (parent), set);
        }
      g_hash_table_add (set, record);
    }
  if (ts->by_refs)
    g_hash_table_insert (ts->by_refs, refs_key_of_values (ts, vb_record_get_values (record)), record);
}

static void
index_remove (TableStore *ts,
              VbRecord   *record)
{
  for (guint r = 0; r < ts->n_refs; r++)
    {
      const char *parent = ref_value (record, ts->ref_columns[r]);
      GHashTable *set;

      if (parent == NULL || (set = g_hash_table_lookup (ts->children[r], parent)) == NULL)
        continue;
      g_hash_table_remove (set, record);
      if (g_hash_table_size (set) == 0)
        g_hash_table_remove (ts->children[r], parent);
    }
  if (ts->by_refs)
    {
      g_autofree char *key = refs_key_of_values (ts, vb_record_get_values (record));

      if (g_hash_table_lookup (ts->by_refs, key) == record)
        g_hash_table_remove (ts->by_refs, key);
    }
}

static void
note_position (TableStore    *ts,
               const VbValue *row)
{
  int index = vb_table_position_index (ts->table);

  if (index >= 0 && row[index].type == VB_VALUE_INT)
    ts->max_position = MAX (ts->max_position, row[index].v.i);
}

/* ------------------------------------------------------------ load */

static Listed *
listed_now (TableStore *ts,
            VbRecord   *record)
{
  Listed *l = g_new0 (Listed, 1);

  l->parents = g_new0 (char *, ts->n_refs);
  l->n_parents = ts->n_refs;
  for (guint r = 0; r < ts->n_refs; r++)
    l->parents[r] = g_strdup (ref_value (record, ts->ref_columns[r]));
  l->position = vb_record_get_position (record);
  return l;
}

gboolean
vb_store_load (VbStore  *store,
               sqlite3  *db,
               GError  **error)
{
  GHashTableIter iter;
  TableStore *ts;

  g_hash_table_iter_init (&iter, store->tables);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &ts))
    {
      const VbTable *table = ts->table;
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY %s", table->name,
                                              (table->flags & VB_TABLE_ORDERED) ? "position, rowid" : "rowid");
      g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);
      g_autoptr(GPtrArray) loaded = g_ptr_array_new ();
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          VbValue *row = g_new0 (VbValue, ts->n_columns);
          VbRecord *record;

          for (guint i = 0; i < ts->n_columns; i++)
            vb_value_from_column (&row[i], stmt, (int) i);
          note_position (ts, row);
          record = vb_record_new (table, row);
          vb_record_set_project (record, store->project);
          g_hash_table_insert (store->records, (gpointer) vb_record_get_uuid (record), record);
          index_add (ts, record);
          g_hash_table_insert (ts->listed, record, listed_now (ts, record));
          ts->n_live++;
          g_ptr_array_add (loaded, record);
        }
      if (rc != SQLITE_DONE)
        {
          vb_sql_set_error (error, db, rc);
          return FALSE;
        }
      vb_record_list_splice_loaded (ts->rows, (VbRecord **) loaded->pdata, loaded->len);
      ts->serial = store->serial = ++serial_clock;
      vb_journal_note_reshape (&ts->journal, ts->serial);
    }
  return TRUE;
}

/* ------------------------------------------------------------ lookups */

VbRecord *
vb_store_lookup (VbStore    *store,
                 const char *uuid)
{
  VbRecord *record = uuid ? g_hash_table_lookup (store->records, uuid) : NULL;

  if (record != NULL && store->read_log != NULL)
    g_hash_table_add (store->read_log, (gpointer) vb_record_get_table (record)->name);
  return record;
}

GListModel *
vb_store_get_rows (VbStore       *store,
                   const VbTable *table)
{
  TableStore *ts = table_store (store, table);

  return ts ? G_LIST_MODEL (ts->rows) : NULL;
}

static guint
ref_slot (TableStore *ts,
          guint       column)
{
  for (guint r = 0; r < ts->n_refs; r++)
    if (ts->ref_columns[r] == column)
      return r;
  g_return_val_if_reached (0);
}

/**
 * vb_store_get_children:
 *
 * The committed children of one row through one reference, as a list
 * model kept up to date (made on first use from the committed rows).
 */
GListModel *
vb_store_get_children (VbStore       *store,
                       const VbTable *table,
                       guint          ref_column,
                       const char    *parent_uuid)
{
  TableStore *ts = table_store (store, table);
  guint r;
  VbRecordList *list;

  g_return_val_if_fail (ts != NULL && parent_uuid != NULL, NULL);
  r = ref_slot (ts, ref_column);
  list = g_hash_table_lookup (ts->child_lists[r], parent_uuid);
  if (list == NULL)
    {
      GHashTableIter iter;
      VbRecord *record;
      Listed *l;
      g_autoptr(GPtrArray) kids = g_ptr_array_new ();

      list = vb_record_list_new (item_type_of (table), (table->flags & VB_TABLE_ORDERED) != 0);
      g_hash_table_iter_init (&iter, ts->listed);
      while (g_hash_table_iter_next (&iter, (gpointer *) &record, (gpointer *) &l))
        if (g_strcmp0 (l->parents[r], parent_uuid) == 0)
          g_ptr_array_add (kids, record);
      /* in the order of the table's own list */
      for (guint i = 0; i < kids->len; i++)
        vb_record_list_insert (list, kids->pdata[i]);
      g_hash_table_insert (ts->child_lists[r], g_strdup (parent_uuid), list);
    }
  return G_LIST_MODEL (list);
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  guint pa = vb_record_get_position (*(VbRecord **) a);
  guint pb = vb_record_get_position (*(VbRecord **) b);

  return pa < pb ? -1 : pa > pb;
}

/* The children as the edit in progress sees them, in position order */
GPtrArray *
vb_store_live_children (VbStore       *store,
                        const VbTable *table,
                        guint          ref_column,
                        const char    *parent_uuid)
{
  TableStore *ts = table_store (store, table);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTable *set;

  if (ts == NULL || parent_uuid == NULL)
    return out;
  set = g_hash_table_lookup (ts->children[ref_slot (ts, ref_column)], parent_uuid);
  if (set != NULL)
    {
      GHashTableIter iter;
      VbRecord *record;

      g_hash_table_iter_init (&iter, set);
      while (g_hash_table_iter_next (&iter, (gpointer *) &record, NULL))
        g_ptr_array_add (out, g_object_ref (record));
    }
  g_ptr_array_sort (out, compare_position);
  return out;
}

/**
 * vb_store_find_by_refs:
 * @uuids: one UUID per reference column of @table, in column order (NULL
 *   for a reference that is empty)
 *
 * The row with exactly these references (the score of evaluator × vendor ×
 * criterion), from an index: no scan.
 */
VbRecord *
vb_store_find_by_refs (VbStore            *store,
                       const VbTable      *table,
                       const char *const  *uuids)
{
  TableStore *ts = table_store (store, table);
  GString *key;
  VbRecord *found;

  g_return_val_if_fail (ts != NULL && ts->by_refs != NULL, NULL);
  key = g_string_new (NULL);
  for (guint r = 0; r < ts->n_refs; r++)
    {
      if (r)
        g_string_append_c (key, '\x1f');
      if (uuids[r])
        g_string_append (key, uuids[r]);
    }
  found = g_hash_table_lookup (ts->by_refs, key->str);
  g_string_free (key, TRUE);
  return found;
}

guint
vb_store_count_live (VbStore       *store,
                     const VbTable *table)
{
  TableStore *ts = table_store (store, table);

  return ts ? ts->n_live : 0;
}

gint64
vb_store_next_position (VbStore       *store,
                        const VbTable *table)
{
  TableStore *ts = table_store (store, table);

  return ts && ts->n_live > 0 ? ts->max_position + 1 : 0;
}

/* ------------------------------------------------------------ changes */

static Pending *
touch (VbStore  *store,
       VbRecord *record)
{
  Pending *p = g_hash_table_lookup (store->pending_of, record);

  if (p == NULL)
    {
      p = g_new0 (Pending, 1);
      p->record = g_object_ref (record);
      p->changed = g_new0 (guint8, vb_table_n_columns (vb_record_get_table (record)));
      g_ptr_array_add (store->pending, p);
      g_hash_table_insert (store->pending_of, record, p);
    }
  return p;
}

static VbRecord *
resurrect (VbStore    *store,
           const char *uuid)
{
  VbRecord *record = g_hash_table_lookup (store->detached, uuid);
  GWeakRef *ref;

  if (record != NULL)
    {
      g_object_ref (record);
      g_hash_table_remove (store->detached, uuid);
      return record;
    }
  ref = g_hash_table_lookup (store->graveyard, uuid);
  if (ref != NULL)
    {
      record = g_weak_ref_get (ref);
      g_hash_table_remove (store->graveyard, uuid);
    }
  return record;
}

/* Whether writing @row moves @record: to another parent, or to another
 * place in its table's order */
static gboolean
moves (TableStore    *ts,
       VbRecord      *record,
       const VbValue *row)
{
  int position = vb_table_position_index (ts->table);

  for (guint r = 0; r < ts->n_refs; r++)
    if (!vb_value_equal (vb_record_peek (record, ts->ref_columns[r]), &row[ts->ref_columns[r]]))
      return TRUE;
  return position >= 0 && !vb_value_equal (vb_record_peek (record, (guint) position), &row[position]);
}

/**
 * vb_store_apply:
 * @row: (nullable): the row's new values; NULL: it was deleted
 *
 * Brings the row's object and the immediate indexes to the state the edit
 * in progress has just written to the file. Announced by vb_store_flush().
 */
void
vb_store_apply (VbStore       *store,
                const VbTable *table,
                const char    *uuid,
                const VbValue *row)
{
  TableStore *ts = g_hash_table_lookup (store->tables, table);
  VbRecord *record;

  if (ts == NULL)
    return;   /* internal tables have no objects */
  ts->serial = store->serial = ++serial_clock;
  record = g_hash_table_lookup (store->records, uuid);

  if (record == NULL || row == NULL || moves (ts, record, row))
    vb_journal_note_reshape (&ts->journal, ts->serial);
  else
    vb_journal_note_change (&ts->journal, ts->serial, record);
  if (row == NULL)
    {
      if (record == NULL)
        return;
      touch (store, record);
      index_remove (ts, record);
      vb_record_set_project (record, NULL);
      g_hash_table_insert (store->detached, g_strdup (uuid), g_object_ref (record));
      g_hash_table_remove (store->records, uuid);
      ts->n_live--;
    }
  else if (record == NULL)
    {
      record = resurrect (store, uuid);
      if (record != NULL)
        vb_record_store_values (record, row, touch (store, record)->changed);
      else
        {
          record = vb_record_new (table, vb_row_copy (table, row));
          touch (store, record);
        }
      vb_record_set_project (record, store->project);
      g_hash_table_insert (store->records, (gpointer) vb_record_get_uuid (record), record);
      index_add (ts, record);
      note_position (ts, row);
      ts->n_live++;
    }
  else
    {
      index_remove (ts, record);
      vb_record_store_values (record, row, touch (store, record)->changed);
      index_add (ts, record);
      note_position (ts, row);
    }
}

/**
 * vb_store_changed_since:
 * @serial: a serial of @table (vb_store_get_serial ()) a reader last read it at
 * @rows: (element-type VbRecord): the rows of @table changed in place since
 *   then are added to it (borrowed; a row changed twice, twice)
 *
 * For a reader that keeps what it computed of each row of a big table:
 * after an edit of one row of thousands it reads that one again.
 *
 * Returns: FALSE when that is not known — a row was added, removed or
 *   moved (to another parent, or to another place) since, or more rows
 *   changed than the store remembers: read every row again
 */
gboolean
vb_store_changed_since (VbStore       *store,
                        const VbTable *table,
                        guint64        serial,
                        GPtrArray     *rows)
{
  TableStore *ts = g_hash_table_lookup (store->tables, table);

  g_return_val_if_fail (ts != NULL, FALSE);
  return vb_journal_changed_since (&ts->journal, serial, rows);
}

gboolean
vb_store_has_pending (VbStore *store)
{
  return store->pending->len > 0;
}

static void
lists_insert (TableStore *ts,
              VbRecord   *record,
              Listed     *l)
{
  vb_record_list_insert (ts->rows, record);
  for (guint r = 0; r < ts->n_refs; r++)
    {
      VbRecordList *list = l->parents[r] ? g_hash_table_lookup (ts->child_lists[r], l->parents[r]) : NULL;

      if (list)
        vb_record_list_insert (list, record);
    }
}

static void
lists_remove (TableStore *ts,
              VbRecord   *record,
              Listed     *l)
{
  for (guint r = 0; r < ts->n_refs; r++)
    {
      VbRecordList *list = l->parents[r] ? g_hash_table_lookup (ts->child_lists[r], l->parents[r]) : NULL;

      if (list)
        vb_record_list_remove (list, record);
    }
  vb_record_list_remove (ts->rows, record);
}

static void
lists_update (TableStore *ts,
              VbRecord   *record,
              Listed     *l)
{
  guint position = vb_record_get_position (record);
  gboolean moved = position != l->position;

  l->position = position;
  if (moved)
    vb_record_list_reposition (ts->rows, record);
  for (guint r = 0; r < ts->n_refs; r++)
    {
      const char *now = ref_value (record, ts->ref_columns[r]);
      VbRecordList *list;

      if (g_strcmp0 (now, l->parents[r]) == 0)
        {
          if (moved && now && (list = g_hash_table_lookup (ts->child_lists[r], now)))
            vb_record_list_reposition (list, record);
          continue;
        }
      if (l->parents[r] && (list = g_hash_table_lookup (ts->child_lists[r], l->parents[r])))
        vb_record_list_remove (list, record);
      g_free (l->parents[r]);
      l->parents[r] = g_strdup (now);
      if (now && (list = g_hash_table_lookup (ts->child_lists[r], now)))
        vb_record_list_insert (list, record);
    }
}

static gboolean
any_changed (const guint8 *changed,
             guint         n)
{
  for (guint i = 0; i < n; i++)
    if (changed[i])
      return TRUE;
  return FALSE;
}

/**
 * vb_store_flush:
 *
 * After a commit: the list models take the rows the edit added, removed
 * or moved (one precise items-changed each), then every changed record
 * emits its signals. Handlers may read anything: the store is consistent
 * before the first signal.
 */
void
vb_store_flush (VbStore *store)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&store->pending);
  g_autoptr(GPtrArray) announce = g_ptr_array_new ();

  store->pending = g_ptr_array_new_with_free_func (pending_free);
  g_hash_table_remove_all (store->pending_of);

  /* the removed rows' objects stay findable while someone holds them */
  {
    GHashTableIter iter;
    const char *uuid;
    VbRecord *record;

    g_hash_table_iter_init (&iter, store->detached);
    while (g_hash_table_iter_next (&iter, (gpointer *) &uuid, (gpointer *) &record))
      {
        GWeakRef *ref = g_new0 (GWeakRef, 1);

        g_weak_ref_init (ref, record);
        g_hash_table_replace (store->graveyard, g_strdup (uuid), ref);
      }
    g_hash_table_remove_all (store->detached);
  }

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = pending->pdata[i];
      const VbTable *table = vb_record_get_table (p->record);
      TableStore *ts = g_hash_table_lookup (store->tables, table);
      gboolean live = g_hash_table_lookup (store->records, vb_record_get_uuid (p->record)) == p->record;
      Listed *l;

      g_assert (ts != NULL);
      l = g_hash_table_lookup (ts->listed, p->record);

      if (live && l == NULL)
        {
          l = listed_now (ts, p->record);
          g_hash_table_insert (ts->listed, p->record, l);
          lists_insert (ts, p->record, l);
        }
      else if (!live && l != NULL)
        {
          lists_remove (ts, p->record, l);
          g_hash_table_remove (ts->listed, p->record);
        }
      else if (live)
        lists_update (ts, p->record, l);

      if (live && any_changed (p->changed, vb_table_n_columns (table)))
        g_ptr_array_add (announce, p);
    }

  for (guint i = 0; i < announce->len; i++)
    {
      Pending *p = announce->pdata[i];
      vb_record_emit_changed (p->record, p->changed);
    }
}

/* After a cancelled edit was reverted row by row: forget it, silently */
void
vb_store_discard (VbStore *store)
{
  g_ptr_array_set_size (store->pending, 0);
  g_hash_table_remove_all (store->pending_of);
  g_hash_table_remove_all (store->detached);
}
