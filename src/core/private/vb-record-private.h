/* vb-record-private.h — the row under a record, for core only
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generic accessors by column name serve the core's own generic code
 * (JSON, the bench, tests); the entity classes read by column index, which
 * their class_init looks up once. Views never include this header.
 */

#pragma once

#include "vb-record.h"
#include "vb-schema.h"
#include "vb-value.h"

G_BEGIN_DECLS

VbRecord       *vb_record_new           (const VbTable  *table,
                                         VbValue        *values);
const VbTable  *vb_record_get_table     (VbRecord       *self);
const char     *vb_record_get_table_name (VbRecord      *self);
const VbValue  *vb_record_get_values    (VbRecord       *self);
const VbValue  *vb_record_peek          (VbRecord       *self,
                                         guint           index);
guint64         vb_record_get_revision  (VbRecord       *self);
void            vb_record_set_project   (VbRecord       *self,
                                         VbProject      *project);

/* The store: write the row's values without a signal (during an edit), and
 * announce what changed once the edit is committed */
void            vb_record_store_values  (VbRecord       *self,
                                         const VbValue  *values,
                                         guint8         *changed);
void            vb_record_emit_changed  (VbRecord       *self,
                                         const guint8   *changed);

/* Generic access by column name: core and tests only */
const VbValue  *vb_record_get_value     (VbRecord       *self,
                                         const char     *column);
const char     *vb_record_get_text      (VbRecord       *self,
                                         const char     *column);
gint64          vb_record_get_int       (VbRecord       *self,
                                         const char     *column);
double          vb_record_get_real      (VbRecord       *self,
                                         const char     *column);
gboolean        vb_record_get_bool      (VbRecord       *self,
                                         const char     *column);
gboolean        vb_record_has_value     (VbRecord       *self,
                                         const char     *column);

/* Typed access by column index, for the entity classes */
guint           vb_record_class_column  (VbRecordClass  *klass,
                                         const char     *column);
void            vb_record_class_bind_table (VbRecordClass *klass,
                                         const char     *table);
const char     *vb_record_text_at       (VbRecord       *self,
                                         guint           index);
gint64          vb_record_int_at        (VbRecord       *self,
                                         guint           index);
double          vb_record_real_at       (VbRecord       *self,
                                         guint           index);
gboolean        vb_record_bool_at       (VbRecord       *self,
                                         guint           index);
int             vb_record_enum_at       (VbRecord       *self,
                                         guint           index);
guint           vb_record_mask_at       (VbRecord       *self,
                                         guint           index);

gboolean        vb_record_check_live    (VbRecord       *self,
                                         GError        **error);
gboolean        vb_record_write_at      (VbRecord       *self,
                                         guint           index,
                                         const VbValue  *value,
                                         GError        **error);
gboolean        vb_record_write_text_at (VbRecord       *self,
                                         guint           index,
                                         const char     *text,
                                         GError        **error);
gboolean        vb_record_write_int_at  (VbRecord       *self,
                                         guint           index,
                                         gint64          value,
                                         GError        **error);
gboolean        vb_record_write_real_at (VbRecord       *self,
                                         guint           index,
                                         double          value,
                                         GError        **error);
gboolean        vb_record_write_bool_at (VbRecord       *self,
                                         guint           index,
                                         gboolean        value,
                                         GError        **error);
gboolean        vb_record_write_enum_at (VbRecord       *self,
                                         guint           index,
                                         int             value,
                                         GError        **error);
gboolean        vb_record_write_set_at  (VbRecord       *self,
                                         guint           index,
                                         guint           mask,
                                         GError        **error);

G_END_DECLS
