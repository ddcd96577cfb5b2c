/* vb-record-list.h — a list model of records, in position order
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_RECORD_LIST (vb_record_list_get_type ())

G_DECLARE_FINAL_TYPE (VbRecordList, vb_record_list, VB, RECORD_LIST, GObject)

VbRecordList *vb_record_list_new         (GType         item_type,
                                          gboolean      ordered);
void          vb_record_list_splice_loaded (VbRecordList *self,
                                          VbRecord    **records,
                                          guint         n);
void          vb_record_list_insert      (VbRecordList *self,
                                          VbRecord     *record);
void          vb_record_list_remove      (VbRecordList *self,
                                          VbRecord     *record);
void          vb_record_list_reposition  (VbRecordList *self,
                                          VbRecord     *record);
gboolean      vb_record_list_contains    (VbRecordList *self,
                                          VbRecord     *record);
void          vb_record_list_foreach     (VbRecordList *self,
                                          GFunc         func,
                                          gpointer      user_data);

G_END_DECLS
