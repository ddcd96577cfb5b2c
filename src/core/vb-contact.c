/* vb-contact.c — a person at a vendor
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-contact.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbContact
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbContact, vb_contact, VB_TYPE_RECORD)

static guint col_vendor, col_name, col_role, col_email, col_phone, col_primary;

#define R(self) VB_RECORD (self)

static gboolean
vb_contact_set_column (VbRecord      *record,
                       guint          column,
                       const GValue  *value,
                       GError       **error)
{
  if (column == col_primary)
    return vb_contact_set_primary (VB_CONTACT (record), g_value_get_boolean (value), error);
  if (column == col_vendor)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A contact stays with its vendor: add a contact to the other vendor instead."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_contact_parent_class)->set_column (record, column, value, error);
}

static void
vb_contact_class_init (VbContactClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_contact_set_column;
  vb_record_class_bind_table (record_class, "contact");
  col_vendor = vb_record_class_column (record_class, "vendor_id");
  col_name = vb_record_class_column (record_class, "name");
  col_role = vb_record_class_column (record_class, "role");
  col_email = vb_record_class_column (record_class, "email");
  col_phone = vb_record_class_column (record_class, "phone");
  col_primary = vb_record_class_column (record_class, "is_primary");
}

static void
vb_contact_init (VbContact *self)
{
}

/* Returns: (transfer none) (nullable): the vendor, NULL for a removed contact */
VbVendor *
vb_contact_get_vendor (VbContact *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_CONTACT (self), NULL);
  project = vb_record_get_project (R (self));
  return project ? VB_VENDOR (vb_project_lookup (project, vb_record_text_at (R (self), col_vendor))) : NULL;
}

const char *
vb_contact_get_name (VbContact *self)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), "");
  return vb_record_text_at (R (self), col_name);
}

const char *
vb_contact_get_role (VbContact *self)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), "");
  return vb_record_text_at (R (self), col_role);
}

const char *
vb_contact_get_email (VbContact *self)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), "");
  return vb_record_text_at (R (self), col_email);
}

const char *
vb_contact_get_phone (VbContact *self)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), "");
  return vb_record_text_at (R (self), col_phone);
}

gboolean
vb_contact_get_is_primary (VbContact *self)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), FALSE);
  return vb_record_bool_at (R (self), col_primary);
}

gboolean
vb_contact_set_name (VbContact   *self,
                     const char  *name,
                     GError     **error)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), FALSE);
  return vb_record_write_text_at (R (self), col_name, name, error);
}

gboolean
vb_contact_set_role (VbContact   *self,
                     const char  *role,
                     GError     **error)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), FALSE);
  return vb_record_write_text_at (R (self), col_role, role, error);
}

gboolean
vb_contact_set_email (VbContact   *self,
                      const char  *email,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), FALSE);
  return vb_record_write_text_at (R (self), col_email, email, error);
}

gboolean
vb_contact_set_phone (VbContact   *self,
                      const char  *phone,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_CONTACT (self), FALSE);
  return vb_record_write_text_at (R (self), col_phone, phone, error);
}

/**
 * vb_contact_set_primary:
 *
 * Makes the contact its vendor's primary one — the other contacts stop
 * being so, in the same edit (one undo step) — or not primary.
 */
gboolean
vb_contact_set_primary (VbContact  *self,
                        gboolean    primary,
                        GError    **error)
{
  VbProject *project;
  VbVendor *vendor;
  g_autoptr(GPtrArray) siblings = NULL;
  g_autofree char *summary = NULL;
  const char *name;

  g_return_val_if_fail (VB_IS_CONTACT (self), FALSE);
  if (primary == vb_contact_get_is_primary (self))
    return TRUE;
  if (!primary)
    return vb_record_write_bool_at (R (self), col_primary, FALSE, error);

  project = vb_record_get_project (R (self));
  vendor = vb_contact_get_vendor (self);
  if (project == NULL || vendor == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This contact is no longer in the project."));
      return FALSE;
    }
  name = vb_contact_get_name (self);
  /* Translators: an undo step, e.g. “Make Dana Ortiz the primary contact” */
  summary = g_strdup_printf (_("Make %s the primary contact"), vb_str_is_blank (name) ? _("the new contact") : name);
  siblings = vb_project_children (project, "contact", "vendor_id", R (vendor));
  vb_project_begin_edit (project, summary);
  /* the others first: the file holds one primary contact at a time */
  for (guint i = 0; i < siblings->len; i++)
    {
      VbContact *other = g_ptr_array_index (siblings, i);

      if (other != self && vb_contact_get_is_primary (other) &&
          !vb_record_write_bool_at (R (other), col_primary, FALSE, error))
        {
          vb_project_cancel_edit (project);
          return FALSE;
        }
    }
  if (!vb_record_write_bool_at (R (self), col_primary, TRUE, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}
