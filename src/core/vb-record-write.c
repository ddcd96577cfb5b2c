/* vb-record-write.c — an entity writes one of its columns
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The typed setters of the entities (vb_vendor_set_website, …) come here:
 * each write is one edit (or part of the edit in progress), and the
 * project checks the value against the column and the rules that hold
 * for every row. A row that was removed cannot be written. The setters by
 * column name (vb_project_set_text, …) are here too, for core's rows that
 * have no entity class (a dismissal), the bench and the tests; views use
 * the typed ones.
 */

#define G_LOG_DOMAIN "vb-record"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

/* FALSE with a message when the row was removed from the project */
gboolean
vb_record_check_live (VbRecord  *self,
                      GError   **error)
{
  if (vb_record_get_project (self) != NULL)
    return TRUE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("This %s is no longer in the project."), vb_table_get_label (vb_record_get_table (self)));
  return FALSE;
}

/**
 * vb_record_write_at:
 *
 * Writes one column as one edit (or as part of the edit in progress): the
 * project checks the value and the rules that hold for every row.
 */
gboolean
vb_record_write_at (VbRecord       *self,
                    guint           index,
                    const VbValue  *value,
                    GError        **error)
{
  g_return_val_if_fail (VB_IS_RECORD (self), FALSE);
  if (!vb_record_check_live (self, error))
    return FALSE;
  return vb_project_write (vb_record_get_project (self), self, index, value, error);
}

gboolean
vb_record_write_text_at (VbRecord    *self,
                         guint        index,
                         const char  *text,
                         GError     **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  vb_value_set_text (&v, text);
  ok = vb_record_write_at (self, index, &v, error);
  vb_value_clear (&v);
  return ok;
}

gboolean
vb_record_write_int_at (VbRecord  *self,
                        guint      index,
                        gint64     value,
                        GError   **error)
{
  VbValue v = VB_VALUE_INIT;

  vb_value_set_int (&v, value);
  return vb_record_write_at (self, index, &v, error);
}

/* NAN writes "not known" (NULL) */
gboolean
vb_record_write_real_at (VbRecord  *self,
                         guint      index,
                         double     value,
                         GError   **error)
{
  VbValue v = VB_VALUE_INIT;

  if (!isnan (value))
    vb_value_set_real (&v, value);
  return vb_record_write_at (self, index, &v, error);
}

gboolean
vb_record_write_bool_at (VbRecord  *self,
                         guint      index,
                         gboolean   value,
                         GError   **error)
{
  return vb_record_write_int_at (self, index, value ? 1 : 0, error);
}

gboolean
vb_record_write_enum_at (VbRecord  *self,
                         guint      index,
                         int        value,
                         GError   **error)
{
    const VbColumn *col = vb_table_get_column (vb_record_get_table (self), index);

  g_return_val_if_fail (col->kind == VB_COLUMN_ENUM, FALSE);
  g_return_val_if_fail (value >= 0 && (guint) value < vb_enum_get_n_values (col->enum_type ()), FALSE);
  return vb_record_write_text_at (self, index, vb_enum_get_nick (col->enum_type (), value), error);
}

gboolean
vb_record_write_set_at (VbRecord  *self,
                        guint      index,
                        guint      mask,
                        GError   **error)
{
    const VbColumn *col = vb_table_get_column (vb_record_get_table (self), index);
  g_autofree char *text = NULL;

  g_return_val_if_fail (col->kind == VB_COLUMN_SET, FALSE);
  text = vb_enum_set_to_string (col->enum_type (), mask);
  return vb_record_write_text_at (self, index, text, error);
}

gboolean
vb_project_set (VbProject      *self,
                VbRecord       *record,
                const char     *column,
                const VbValue  *value,
                GError        **error)
{
  int index;

  g_return_val_if_fail (VB_IS_RECORD (record), FALSE);
  index = vb_table_column_index (vb_record_get_table (record), column);
  g_return_val_if_fail (index > 0, FALSE);
  return vb_project_write (self, record, (guint) index, value, error);
}

gboolean
vb_project_set_text (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     const char  *text,
                     GError     **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  vb_value_set_text (&v, text);
  ok = vb_project_set (self, record, column, &v, error);
  vb_value_clear (&v);
  return ok;
}

gboolean
vb_project_set_int (VbProject   *self,
                    VbRecord    *record,
                    const char  *column,
                    gint64       value,
                    GError     **error)
{
  VbValue v = VB_VALUE_INIT;

  vb_value_set_int (&v, value);
  return vb_project_set (self, record, column, &v, error);
}

gboolean
vb_project_set_real (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     double       value,
                     GError     **error)
{
  VbValue v = VB_VALUE_INIT;

  vb_value_set_real (&v, value);
  return vb_project_set (self, record, column, &v, error);
}

gboolean
vb_project_set_bool (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     gboolean     value,
                     GError     **error)
{
  return vb_project_set_int (self, record, column, value ? 1 : 0, error);
}

gboolean
vb_project_set_null (VbProject   *self,
                     VbRecord    *record,
                     const char  *column,
                     GError     **error)
{
  VbValue v = VB_VALUE_INIT;

  return vb_project_set (self, record, column, &v, error);
}
