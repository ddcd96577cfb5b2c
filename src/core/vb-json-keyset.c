/* vb-json-keyset.c — the field names of one open JSON object
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The strict check (vb-json-strict.c) refuses a field that is there twice
 * in one object; this set remembers the names seen so far, in time linear
 * in the names however a hostile file chooses them.
 */

#include "config.h"

#include "vb-json-keyset.h"

void
vb_json_bytes_grow (Bytes *b,
                    gsize  more)
{
  b->allocated = MAX (MAX (64, 2 * b->allocated), b->len + more);
  b->data = g_realloc (b->data, b->allocated);
}

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_ROUND(v0, v1, v2, v3) G_STMT_START {                                \
    v0 += v1; v1 = ROTL64 (v1, 13); v1 ^= v0; v0 = ROTL64 (v0, 32);              \
    v2 += v3; v3 = ROTL64 (v3, 16); v3 ^= v2;                                    \
    v0 += v3; v3 = ROTL64 (v3, 21); v3 ^= v0;                                    \
    v2 += v1; v1 = ROTL64 (v1, 17); v1 ^= v2; v2 = ROTL64 (v2, 32);              \
  } G_STMT_END

/* SipHash-1-3 (Aumasson and Bernstein, 2012) */
static guint64
siphash13 (const guint64  key[2],
           const guchar  *data,
           gsize          length)
{
  guint64 v0 = key[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575);
  guint64 v1 = key[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d);
  guint64 v2 = key[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261);
  guint64 v3 = key[1] ^ G_GUINT64_CONSTANT (0x7465646279746573);
  guint64 last = (guint64) length << 56;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 m;

      memcpy (&m, data + i, 8);
      m = GUINT64_FROM_LE (m);
      v3 ^= m;
      SIP_ROUND (v0, v1, v2, v3);
      v0 ^= m;
    }
  for (guint j = 0; i + j < length; j++)
    last |= (guint64) data[i + j] << (8 * j);
  v3 ^= last;
  SIP_ROUND (v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  SIP_ROUND (v0, v1, v2, v3);
  SIP_ROUND (v0, v1, v2, v3);
  SIP_ROUND (v0, v1, v2, v3);
  return v0 ^ v1 ^ v2 ^ v3;
}

#define KEY_SET_LINEAR    8     /* names searched one by one before a table is built */
#define KEY_SET_MIN_SLOTS 32
#define KEY_SET_BATCH     64    /* names placed in the table together */

KeySet *
vb_json_key_set_new (void)
{
  return g_new0 (KeySet, 1);
}

void
vb_json_key_set_free (gpointer data)
{
  KeySet *set = data;

  if (set == NULL)
    return;
  g_free (set->names.data);
  g_free (set->entries);
  g_free (set->slots);
  g_free (set);
}

/* A table much larger than the names it held goes, so that the cost of
 * emptying it stays proportional to them */
void
vb_json_key_set_clear (KeySet *set)
{
  if (set->slots != NULL)
    {
      if (set->n_slots > 4 * set->n_entries)
        g_clear_pointer (&set->slots, g_free);
      else
        memset (set->slots, 0, set->n_slots * sizeof (KeySlot));
    }
  set->names.len = 0;
  set->n_entries = 0;
  set->n_placed = 0;
}

static gboolean
key_set_same (const KeySet *set,
              gsize         a,
              gsize         b)
{
  if (set->entries[a].length != set->entries[b].length)
    return FALSE;
  return set->entries[a].length == 0 ||   /* then names.data may still be NULL */
         memcmp (set->names.data + set->entries[a].offset, set->names.data + set->entries[b].offset,
                 set->entries[a].length) == 0;
}

/* Gives entry i a slot; FALSE if an entry with a slot has the same name */
static gboolean
key_set_place (KeySet *set,
               gsize   i)
{
  gsize mask = set->n_slots - 1;
  guint32 hash = set->entries[i].hash;
  gsize j;

  for (j = hash & mask; set->slots[j].entry != 0; j = (j + 1) & mask)
    if (set->slots[j].hash == hash && key_set_same (set, set->slots[j].entry - 1, i))
      return FALSE;
  set->slots[j] = (KeySlot) { hash, (guint32) i + 1 };
  return TRUE;
}

/* Places the waiting entries; FALSE with *repeated, the first of them
 * whose name came before */
gboolean
vb_json_key_set_flush (KeySet *set,
                       gsize  *repeated)
{
  for (; set->n_placed < set->n_entries; set->n_placed++)
    if (!key_set_place (set, set->n_placed))
      {
        *repeated = set->n_placed;
        return FALSE;
      }
  return TRUE;
}

/* Doubles the table. Walking the old slots in order, each lands at its own
 * position or that plus the old size: two streams through memory rather
 * than a jump per name. */
static void
key_set_grow (KeySet *set)
{
  KeySlot *old = set->slots;
  gsize n_old = set->n_slots;
  gsize mask;

  set->n_slots = 2 * n_old;
  set->slots = g_new0 (KeySlot, set->n_slots);
  mask = set->n_slots - 1;
  for (gsize i = 0; i < n_old; i++)
    if (old[i].entry != 0)
      {
        gsize j = old[i].hash & mask;

        while (set->slots[j].entry != 0)
          j = (j + 1) & mask;
        set->slots[j] = old[i];
      }
  g_free (old);
}

static void
key_set_hash (KeySet        *set,
              const guint64  hash_key[2],
              gsize          i)
{
  set->entries[i].hash = (guint32) siphash13 (hash_key, (const guchar *) set->names.data + set->entries[i].offset,
                                              set->entries[i].length);
}

/* Adds the name at [offset, end of names), whose opening quote is at start.
 * FALSE with *repeated when a name is there twice: this one, or (in a
 * large object) one of the few read before it. */
gboolean
vb_json_key_set_add (KeySet        *set,
                     const guint64  hash_key[2],
                     gsize          offset,
                     gsize          start,
                     gsize         *repeated)
{
  gsize i = set->n_entries;

  if (set->n_entries == set->n_allocated)
    {
      set->n_allocated = MAX (16, 2 * set->n_allocated);
      set->entries = g_renew (KeyEntry, set->entries, set->n_allocated);
    }
  set->entries[i] = (KeyEntry) { offset, set->names.len - offset, start, 0 };
  set->n_entries++;

  if (set->slots == NULL && i < KEY_SET_LINEAR)
    {
      for (gsize k = 0; k < i; k++)
        if (key_set_same (set, k, i))
          {
            *repeated = i;
            return FALSE;
          }
      return TRUE;
    }

  if (set->slots == NULL)
    {
      /* the names so far are all different */
      for (gsize k = 0; k <= i; k++)
        key_set_hash (set, hash_key, k);
      set->n_slots = KEY_SET_MIN_SLOTS;
      set->slots = g_new0 (KeySlot, set->n_slots);
      set->n_placed = 0;
      return vb_json_key_set_flush (set, repeated);
    }

  key_set_hash (set, hash_key, i);
  if (set->n_entries * 4 > set->n_slots * 3)
    key_set_grow (set);
#if defined(__GNUC__)
  __builtin_prefetch (&set->slots[set->entries[i].hash & (set->n_slots - 1)], 1);
#endif
  if (set->n_entries - set->n_placed >= KEY_SET_BATCH)
    return vb_json_key_set_flush (set, repeated);
  return TRUE;
}

/* The bytes of one name. Empty names store none, so names.data is NULL
 * while every name so far is "" — and NULL + 0 is undefined in C. */
const char *
vb_json_key_name (const KeySet   *set,
                  const KeyEntry *entry)
{
  return entry->length ? set->names.data + entry->offset : "";
}
