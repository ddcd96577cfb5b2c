/* vb-store.h — the records of an open project, and their indexes
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "vb-record.h"
#include "vb-schema.h"
#include "vb-value.h"

G_BEGIN_DECLS

typedef struct _VbStore VbStore;

VbStore    *vb_store_new            (VbProject      *project,
                                     const VbSchema *schema);
void        vb_store_free           (VbStore        *store);
gboolean    vb_store_load           (VbStore        *store,
                                     sqlite3        *db,
                                     GError        **error);
void        vb_store_detach         (VbStore        *store);

VbRecord   *vb_store_lookup         (VbStore        *store,
                                     const char     *uuid);
GListModel *vb_store_get_rows       (VbStore        *store,
                                     const VbTable  *table);
GListModel *vb_store_get_children   (VbStore        *store,
                                     const VbTable  *table,
                                     guint           ref_column,
                                     const char     *parent_uuid);
VbRecord   *vb_store_find_by_refs   (VbStore        *store,
                                     const VbTable  *table,
                                     const char *const *uuids);
GPtrArray  *vb_store_live_children  (VbStore        *store,
                                     const VbTable  *table,
                                     guint           ref_column,
                                     const char     *parent_uuid);
guint       vb_store_count_live     (VbStore        *store,
                                     const VbTable  *table);
gint64      vb_store_next_position  (VbStore        *store,
                                     const VbTable  *table);

void        vb_store_apply          (VbStore        *store,
                                     const VbTable  *table,
                                     const char     *uuid,
                                     const VbValue  *row);
guint64     vb_store_get_serial     (VbStore        *store,
                                     const VbTable  *table);
guint64     vb_store_get_last_serial (VbStore       *store);
gboolean    vb_store_changed_since  (VbStore        *store,
                                     const VbTable  *table,
                                     guint64         serial,
                                     GPtrArray      *rows);
void        vb_store_note_read      (VbStore        *store,
                                     const VbTable  *table);
void        vb_store_set_read_log   (VbStore        *store,
                                     GHashTable     *tables);
gboolean    vb_store_has_pending    (VbStore        *store);
void        vb_store_flush          (VbStore        *store);
void        vb_store_discard        (VbStore        *store);

G_END_DECLS
