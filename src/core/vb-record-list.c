/* vb-record-list.c — a list model of records, in position order
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's list models: every row of a table, and the children of one
 * row through one reference (a vendor's contacts). A GSequence keeps the
 * order (position, then the order rows were added) and a hash finds a
 * record's place, so that inserting, removing and moving a row cost
 * O(log n) and emit one precise items-changed each — a project of 30,000
 * scores must not scan a list to remove one.
 */

#define G_LOG_DOMAIN "vb-record-list"

#include "config.h"

#include "vb-record-list.h"

struct _VbRecordList
{
  GObject      parent_instance;

  GType        item_type;
  gboolean     ordered;
  GSequence   *items;    /* VbRecord, owned */
  GHashTable  *iters;    /* VbRecord → GSequenceIter */
  /* The last position read: reading the list in order (every rule of the
   * guidance does) steps from it instead of searching the sequence */
  GSequenceIter *last_iter;
  guint          last_pos;
  guint64      serial;   /* tie-break: the order of insertion */
};

static void vb_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbRecordList, vb_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, vb_record_list_model_init))

static GQuark
serial_quark (void)
{
  static GQuark q;

  if (G_UNLIKELY (q == 0))
    q = g_quark_from_static_string ("vb-record-list-serial");
  return q;
}

static int
compare_records (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  VbRecordList *self = user_data;
  guint64 sa, sb;

  if (self->ordered)
    {
      guint pa = vb_record_get_position ((VbRecord *) a);
      guint pb = vb_record_get_position ((VbRecord *) b);

      if (pa != pb)
        return pa < pb ? -1 : 1;
    }
  sa = GPOINTER_TO_SIZE (g_object_get_qdata ((GObject *) a, serial_quark ()));
  sb = GPOINTER_TO_SIZE (g_object_get_qdata ((GObject *) b, serial_quark ()));
  return sa < sb ? -1 : sa > sb;
}

static GType
vb_record_list_get_item_type (GListModel *model)
{
  return VB_RECORD_LIST (model)->item_type;
}

static guint
vb_record_list_get_n_items (GListModel *model)
{
  /* the index holds every record once: its size is the length, without
   * walking the sequence's tree (the guidance asks on every loop) */
  return g_hash_table_size (VB_RECORD_LIST (model)->iters);
}

static gpointer
vb_record_list_get_item (GListModel *model,
                         guint       position)
{
  VbRecordList *self = VB_RECORD_LIST (model);
  GSequenceIter *iter;

  if (position >= g_hash_table_size (self->iters))
    return NULL;
  if (self->last_iter && position == self->last_pos)
    iter = self->last_iter;
  else if (self->last_iter && position == self->last_pos + 1)
    iter = g_sequence_iter_next (self->last_iter);
  else
    iter = g_sequence_get_iter_at_pos (self->items, (int) position);
  self->last_iter = iter;
  self->last_pos = position;
  return g_object_ref (g_sequence_get (iter));
}

static void
vb_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vb_record_list_get_item_type;
  iface->get_n_items = vb_record_list_get_n_items;
  iface->get_item = vb_record_list_get_item;
}

static void
vb_record_list_finalize (GObject *object)
{
  VbRecordList *self = VB_RECORD_LIST (object);

  g_hash_table_unref (self->iters);
  g_sequence_free (self->items);
  G_OBJECT_CLASS (vb_record_list_parent_class)->finalize (object);
}

static void
vb_record_list_class_init (VbRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vb_record_list_finalize;
}

static void
vb_record_list_init (VbRecordList *self)
{
  self->items = g_sequence_new (g_object_unref);
  self->iters = g_hash_table_new (NULL, NULL);
}

VbRecordList *
vb_record_list_new (GType    item_type,
                    gboolean ordered)
{
  VbRecordList *self = g_object_new (VB_TYPE_RECORD_LIST, NULL);

  self->item_type = item_type;
  self->ordered = ordered;
  return self;
}

/* A serial per record, once: the order in which rows entered the project
 * (the file's rowid order when it was loaded) breaks ties of position */
static void
ensure_serial (VbRecordList *self,
               VbRecord     *record)
{
  static guint64 next = 1;

  if (g_object_get_qdata (G_OBJECT (record), serial_quark ()) == NULL)
    g_object_set_qdata (G_OBJECT (record), serial_quark (), GSIZE_TO_POINTER ((gsize) next++));
}

/* Fill a new, empty list with records already in order; no signal */
void
vb_record_list_splice_loaded (VbRecordList  *self,
                              VbRecord     **records,
                              guint          n)
{
  g_return_if_fail (g_sequence_get_length (self->items) == 0);
  self->last_iter = NULL;

  for (guint i = 0; i < n; i++)
    {
      GSequenceIter *iter;

      ensure_serial (self, records[i]);
      iter = g_sequence_append (self->items, g_object_ref (records[i]));
      g_hash_table_insert (self->iters, records[i], iter);
    }
}

void
vb_record_list_insert (VbRecordList *self,
                       VbRecord     *record)
{
  GSequenceIter *iter;

  g_return_if_fail (!g_hash_table_contains (self->iters, record));
  self->last_iter = NULL;
  ensure_serial (self, record);
  iter = g_sequence_insert_sorted (self->items, g_object_ref (record), compare_records, self);
  g_hash_table_insert (self->iters, record, iter);
  g_list_model_items_changed (G_LIST_MODEL (self), (guint) g_sequence_iter_get_position (iter), 0, 1);
}

void
vb_record_list_remove (VbRecordList *self,
                       VbRecord     *record)
{
  GSequenceIter *iter = g_hash_table_lookup (self->iters, record);
  guint position;

  if (iter == NULL)
    return;
  position = (guint) g_sequence_iter_get_position (iter);
  self->last_iter = NULL;
  g_hash_table_remove (self->iters, record);
  g_sequence_remove (iter);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* The record's position changed: move it to its new place, as a removal
 * and an insertion (two precise signals; the model matches each) */
void
vb_record_list_reposition (VbRecordList *self,
                           VbRecord     *record)
{
  GSequenceIter *iter = g_hash_table_lookup (self->iters, record);
  GSequenceIter *prev, *next;
  g_autoptr(VbRecord) keep = NULL;

  if (iter == NULL || !self->ordered)
    return;
  /* still in order where it is: nothing moves */
  prev = g_sequence_iter_prev (iter);
  next = g_sequence_iter_next (iter);
  if ((g_sequence_iter_is_begin (iter) || compare_records (g_sequence_get (prev), record, self) <= 0) &&
      (g_sequence_iter_is_end (next) || compare_records (record, g_sequence_get (next), self) <= 0))
    return;
  keep = g_object_ref (record);
  vb_record_list_remove (self, record);
  vb_record_list_insert (self, record);
}

gboolean
vb_record_list_contains (VbRecordList *self,
                         VbRecord     *record)
{
  return g_hash_table_contains (self->iters, record);
}

/* Every row in order, borrowed (no reference taken): for a reader that
 * walks tens of thousands of rows at once (the decision model's scores) */
void
vb_record_list_foreach (VbRecordList *self,
                        GFunc         func,
                        gpointer      user_data)
{
  g_return_if_fail (VB_IS_RECORD_LIST (self));
  g_sequence_foreach (self->items, func, user_data);
}
