/* vb-reference.c — a customer of a vendor, called for a reference
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-reference"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-reference.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbReference
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbReference, vb_reference, VB_TYPE_RECORD)

static guint col_vendor_id, col_company, col_contact_name, col_relationship, col_called_on, col_callback_days,
             col_rating, col_would_choose_again, col_red_flags, col_notes;

#define R(self) VB_RECORD (self)

static gboolean
vb_reference_set_column (VbRecord      *record,
                         guint          column,
                         const GValue  *value,
                         GError       **error)
{
  if (column == col_vendor_id)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A reference belongs to its vendor: add one to the other vendor instead."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_reference_parent_class)->set_column (record, column, value, error);
}

static void
vb_reference_class_init (VbReferenceClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_reference_set_column;
  vb_record_class_bind_table (record_class, "reference");
  col_vendor_id = vb_record_class_column (record_class, "vendor_id");
  col_company = vb_record_class_column (record_class, "company");
  col_contact_name = vb_record_class_column (record_class, "contact_name");
  col_relationship = vb_record_class_column (record_class, "relationship");
  col_called_on = vb_record_class_column (record_class, "called_on");
  col_callback_days = vb_record_class_column (record_class, "callback_days");
  col_rating = vb_record_class_column (record_class, "rating");
  col_would_choose_again = vb_record_class_column (record_class, "would_choose_again");
  col_red_flags = vb_record_class_column (record_class, "red_flags");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_reference_init (VbReference *self)
{
}

/* Returns: (transfer none) (nullable): NULL once removed */
VbVendor *
vb_reference_get_vendor (VbReference *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_REFERENCE (self), NULL);
  project = vb_record_get_project (R (self));
  return project ? VB_VENDOR (vb_project_lookup (project, vb_record_text_at (R (self), col_vendor_id))) : NULL;
}

const char *
vb_reference_get_company (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), "");
  return vb_record_text_at (R (self), col_company);
}

const char *
vb_reference_get_contact_name (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), "");
  return vb_record_text_at (R (self), col_contact_name);
}

const char *
vb_reference_get_relationship (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), "");
  return vb_record_text_at (R (self), col_relationship);
}

const char *
vb_reference_get_called_on (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), "");
  return vb_record_text_at (R (self), col_called_on);
}

/* NAN when not filled in */
double
vb_reference_get_callback_days (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), NAN);
  return vb_record_real_at (R (self), col_callback_days);
}

/* 0 when not filled in */
int
vb_reference_get_rating (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), 0);
  if (!vb_record_has_value (R (self), "rating"))
    return 0;
  return (int) vb_record_int_at (R (self), col_rating);
}

VbChooseAgain
vb_reference_get_would_choose_again (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), 0);
  return (VbChooseAgain) vb_record_enum_at (R (self), col_would_choose_again);
}

const char *
vb_reference_get_red_flags (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), "");
  return vb_record_text_at (R (self), col_red_flags);
}

const char *
vb_reference_get_notes (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), "");
  return vb_record_text_at (R (self), col_notes);
}

gboolean
vb_reference_set_company (VbReference  *self,
                          const char   *text,
                          GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_text_at (R (self), col_company, text, error);
}

gboolean
vb_reference_set_contact_name (VbReference  *self,
                               const char   *text,
                               GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_text_at (R (self), col_contact_name, text, error);
}

gboolean
vb_reference_set_relationship (VbReference  *self,
                               const char   *text,
                               GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_text_at (R (self), col_relationship, text, error);
}

gboolean
vb_reference_set_called_on (VbReference  *self,
                            const char   *date,
                            GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_text_at (R (self), col_called_on, date, error);
}

/* NAN: not filled in */
gboolean
vb_reference_set_callback_days (VbReference  *self,
                                double        value,
                                GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_real_at (R (self), col_callback_days, value, error);
}

/* 0: not filled in */
gboolean
vb_reference_set_rating (VbReference  *self,
                         int           value,
                         GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  if (value == 0)
    {
      VbValue none = VB_VALUE_INIT;

      return vb_record_write_at (R (self), col_rating, &none, error);
    }
  return vb_record_write_int_at (R (self), col_rating, value, error);
}

gboolean
vb_reference_set_would_choose_again (VbReference    *self,
                                     VbChooseAgain   value,
                                     GError        **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_enum_at (R (self), col_would_choose_again, value, error);
}

gboolean
vb_reference_set_red_flags (VbReference  *self,
                            const char   *text,
                            GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_text_at (R (self), col_red_flags, text, error);
}

gboolean
vb_reference_set_notes (VbReference  *self,
                        const char   *text,
                        GError      **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return vb_record_write_text_at (R (self), col_notes, text, error);
}

/**
 * vb_vendor_get_references:
 *
 * Returns: (transfer none): the vendor's references in their order
 *   (VbReference), a list model that follows every commit; empty once the
 *   vendor is removed
 */
GListModel *
vb_vendor_get_references (VbVendor *vendor)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  project = vb_record_get_project (VB_RECORD (vendor));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_REFERENCE);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "reference", "vendor_id", VB_RECORD (vendor));
}

/* Returns: (transfer none): a new reference of the vendor, one edit */
VbReference *
vb_vendor_add_reference (VbVendor  *vendor,
                         GError   **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  if (!vb_record_check_live (VB_RECORD (vendor), error))
    return NULL;
  row = vb_project_add_child (vb_record_get_project (VB_RECORD (vendor)), "reference", "vendor_id",
                              VB_RECORD (vendor), error);
  return row ? VB_REFERENCE (row) : NULL;
}

/**
 * vb_reference_is_called:
 *
 * Returns: whether the reference was called: its date called is set. The
 *   reference score averages the ratings of these only.
 */
gboolean
vb_reference_is_called (VbReference *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE (self), FALSE);
  return !vb_str_is_blank (vb_reference_get_called_on (self));
}

/* Returns: how many of the vendor's references were called */
guint
vb_vendor_count_references_called (VbVendor *vendor)
{
  GListModel *references;
  guint n, called = 0;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), 0);
  references = vb_vendor_get_references (vendor);
  n = g_list_model_get_n_items (references);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbReference) reference = g_list_model_get_item (references, i);

      if (vb_reference_is_called (reference))
        called++;
    }
  return called;
}

/**
 * vb_vendor_awaits_reference_call:
 *
 * Returns: whether the vendor is a finalist (or the selected vendor) and
 *   none of its references has been called yet: what the vendor list, the
 *   dashboard and the guidance point out
 */
gboolean
vb_vendor_awaits_reference_call (VbVendor *vendor)
{
  VbVendorStatus status;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), FALSE);
  status = vb_vendor_get_status (vendor);
  if (status != VB_VENDOR_STATUS_FINALIST && status != VB_VENDOR_STATUS_SELECTED)
    return FALSE;
  return vb_vendor_count_references_called (vendor) == 0;
}
