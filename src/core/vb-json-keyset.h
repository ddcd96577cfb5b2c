/* vb-json-keyset.h — the field names of one open JSON object (internal)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by the strict JSON check (vb-json-strict.c) only.
 */

#pragma once

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

/* Bytes one after the other; a GString costs a call for each append */
typedef struct {
  char  *data;
  gsize  len;
  gsize  allocated;
} Bytes;

/* The field names of one open object: their decoded bytes one after the
 * other in names and an entry per name, in the order of the file. An
 * object with few fields is searched from end to end. Past KEY_SET_LINEAR
 * names an open-addressing table of 8-byte slots is built over the entries;
 * a name gets its slot in a batch with the next few, so that the memory
 * holding their slots is fetched in parallel (a large object's table does
 * not fit in the cache, and one fetch at a time dominated the check).
 * Emptying the set for the next object at the same depth costs at most a
 * few slots per name it held; no name is allocated on its own. The hash is
 * SipHash-1-3 under a key drawn for each check, so that a file cannot be
 * made of names that all collide (as it could with g_str_hash). */
typedef struct {
  gsize   offset;         /* in names */
  gsize   length;
  gsize   start;          /* its opening quote in the file */
  guint32 hash;           /* once the set has a table */
} KeyEntry;

typedef struct {
  guint32 hash;
  guint32 entry;          /* 1 + index in entries; 0 for a free slot */
} KeySlot;

typedef struct {
  Bytes     names;
  KeyEntry *entries;
  gsize     n_entries;
  gsize     n_allocated;
  KeySlot  *slots;        /* NULL while the set is small */
  gsize     n_slots;      /* a power of two */
  gsize     n_placed;     /* entries [n_placed, n_entries) still wait for a slot */
} KeySet;

void vb_json_bytes_grow (Bytes *b,
                         gsize  more);

static inline void
vb_json_bytes_append (Bytes      *b,
                      const void *data,
                      gsize       n)
{
  if (n == 0)
    return;
  if (b->allocated - b->len < n)
    vb_json_bytes_grow (b, n);
  memcpy (b->data + b->len, data, n);
  b->len += n;
}

KeySet     *vb_json_key_set_new   (void);
void        vb_json_key_set_free  (gpointer       data);
void        vb_json_key_set_clear (KeySet        *set);
gboolean    vb_json_key_set_flush (KeySet        *set,
                                   gsize         *repeated);
gboolean    vb_json_key_set_add   (KeySet        *set,
                                   const guint64  hash_key[2],
                                   gsize          offset,
                                   gsize          start,
                                   gsize         *repeated);
const char *vb_json_key_name      (const KeySet   *set,
                                   const KeyEntry *entry);

G_END_DECLS
