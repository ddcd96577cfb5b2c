/* vb-entity-private.h — the small pieces every entity class repeats
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typed getters and setters of one column, written once: each setter is
 * one edit through vb_record_write_*_at, so the column's rules and the
 * class's set_column apply. A reference column is read as the object it
 * names (NULL when empty or removed).
 */

#pragma once

#include <math.h>

#include "vb-project-private.h"
#include "vb-record-private.h"

G_BEGIN_DECLS

#define VB_ENTITY_TEXT(prefix, Type, CHECK, name, col) \
  const char *prefix##_get_##name (Type *self) \
  { g_return_val_if_fail (CHECK (self), ""); return vb_record_text_at (VB_RECORD (self), col); } \
  gboolean prefix##_set_##name (Type *self, const char *value, GError **error) \
  { g_return_val_if_fail (CHECK (self), FALSE); return vb_record_write_text_at (VB_RECORD (self), col, value, error); }

#define VB_ENTITY_BOOL(prefix, Type, CHECK, name, col) \
  gboolean prefix##_get_##name (Type *self) \
  { g_return_val_if_fail (CHECK (self), FALSE); return vb_record_bool_at (VB_RECORD (self), col); } \
  gboolean prefix##_set_##name (Type *self, gboolean value, GError **error) \
  { g_return_val_if_fail (CHECK (self), FALSE); return vb_record_write_bool_at (VB_RECORD (self), col, value, error); }

/* NAN: not known (an empty cell) */
#define VB_ENTITY_REAL(prefix, Type, CHECK, name, col) \
  double prefix##_get_##name (Type *self) \
  { g_return_val_if_fail (CHECK (self), NAN); return vb_record_real_at (VB_RECORD (self), col); } \
  gboolean prefix##_set_##name (Type *self, double value, GError **error) \
  { g_return_val_if_fail (CHECK (self), FALSE); return vb_record_write_real_at (VB_RECORD (self), col, value, error); }

#define VB_ENTITY_ENUM(prefix, Type, CHECK, EnumType, name, col) \
  EnumType prefix##_get_##name (Type *self) \
  { g_return_val_if_fail (CHECK (self), (EnumType) 0); return (EnumType) vb_record_enum_at (VB_RECORD (self), col); } \
  gboolean prefix##_set_##name (Type *self, EnumType value, GError **error) \
  { g_return_val_if_fail (CHECK (self), FALSE); return vb_record_write_enum_at (VB_RECORD (self), col, value, error); }

/* An optional whole number: 0 = empty (not given) */
#define VB_ENTITY_INT_OPT(prefix, Type, CHECK, name, col) \
  int prefix##_get_##name (Type *self) \
  { g_return_val_if_fail (CHECK (self), 0); return (int) vb_record_int_at (VB_RECORD (self), col); } \
  gboolean prefix##_set_##name (Type *self, int value, GError **error) \
  { \
    VbValue none = VB_VALUE_INIT; \
    g_return_val_if_fail (CHECK (self), FALSE); \
    if (value == 0) \
      return vb_record_write_at (VB_RECORD (self), col, &none, error); \
    return vb_record_write_int_at (VB_RECORD (self), col, value, error); \
  }

/* Returns: (transfer none) (nullable): the row a reference column names */
static inline VbRecord *
vb_entity_ref_at (VbRecord *self,
                  guint     column)
{
  VbProject *project = vb_record_get_project (self);
  const VbValue *ref = vb_record_peek (self, column);

  if (project == NULL || ref->type != VB_VALUE_TEXT || *ref->v.s == '\0')
    return NULL;
  return vb_project_lookup (project, ref->v.s);
}

/* Write a reference column: @target NULL empties it */
static inline gboolean
vb_entity_write_ref_at (VbRecord  *self,
                        guint      column,
                        VbRecord  *target,
                        GError   **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  if (target)
    vb_value_set_text (&v, vb_record_get_uuid (target));
  ok = vb_record_write_at (self, column, &v, error);
  vb_value_clear (&v);
  return ok;
}

G_END_DECLS
