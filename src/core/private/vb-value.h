/* vb-value.h — one cell of a row
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "vb-schema.h"

G_BEGIN_DECLS

typedef enum {
  VB_VALUE_NULL,
  VB_VALUE_INT,
  VB_VALUE_REAL,
  VB_VALUE_TEXT,
} VbValueType;

typedef struct {
  VbValueType type;
  union {
    gint64  i;
    double  d;
    char   *s;
  } v;
} VbValue;

#define VB_VALUE_INIT { VB_VALUE_NULL, { 0 } }

void      vb_value_clear      (VbValue       *value);
void      vb_value_copy       (const VbValue *src,
                               VbValue       *dest);
gboolean  vb_value_equal      (const VbValue *a,
                               const VbValue *b);
void      vb_value_set_text   (VbValue       *value,
                               const char    *text);
void      vb_value_set_int    (VbValue       *value,
                               gint64         i);
void      vb_value_set_real   (VbValue       *value,
                               double         d);
void      vb_value_bind       (const VbValue *value,
                               sqlite3_stmt  *stmt,
                               int            index);
void      vb_value_from_column (VbValue      *value,
                                sqlite3_stmt *stmt,
                                int           index);
gboolean  vb_value_check      (const VbValue  *value,
                               const VbTable  *table,
                               const VbColumn *column,
                               GError        **error);
void      vb_value_default    (VbValue        *value,
                               const VbColumn *column);

VbValue  *vb_row_new          (const VbTable  *table);
VbValue  *vb_row_copy         (const VbTable  *table,
                               const VbValue  *row);
void      vb_row_free         (const VbTable  *table,
                               VbValue        *row);
const VbCheck *vb_row_failed_check (const VbTable *table,
                                    const VbValue *row);
char     *vb_row_unique_key   (const VbTable  *table,
                               const VbUnique *unique,
                               const VbValue  *row);

gboolean  vb_date_is_valid    (const char     *text);

char     *vb_uuid_new         (void);
char     *vb_uuid_new_ordered (void);
char     *vb_timestamp_now    (void);
gboolean  vb_uuid_is_valid    (const char     *uuid);

G_END_DECLS
