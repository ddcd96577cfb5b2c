/* vb-record.h — one row of a project table
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vb-schema.h"
#include "vb-value.h"

G_BEGIN_DECLS

#define VB_TYPE_RECORD (vb_record_get_type ())

G_DECLARE_FINAL_TYPE (VbRecord, vb_record, VB, RECORD, GObject)

const VbTable *vb_record_get_table     (VbRecord   *self);
const char    *vb_record_get_table_name (VbRecord  *self);
const char    *vb_record_get_uuid      (VbRecord   *self);
const VbValue *vb_record_get_value     (VbRecord   *self,
                                        const char *column);
const VbValue *vb_record_get_values    (VbRecord   *self);
const char    *vb_record_get_text      (VbRecord   *self,
                                        const char *column);
gint64         vb_record_get_int       (VbRecord   *self,
                                        const char *column);
double         vb_record_get_real      (VbRecord   *self,
                                        const char *column);
gboolean       vb_record_get_bool      (VbRecord   *self,
                                        const char *column);
gboolean       vb_record_has_value     (VbRecord   *self,
                                        const char *column);
const char    *vb_record_get_label     (VbRecord   *self);

G_END_DECLS
