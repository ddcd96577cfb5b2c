/* vb-vendor.c — a vendor considered for the work
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the pipeline live here, whoever moves a vendor (the window,
 * the CLI, an import, a merge): a rejection needs a reason; leaving
 * "rejected" clears it; selecting a vendor sends the one selected before
 * back to the finalists in the same edit. The file holds the invariant too
 * (a partial unique index): at most one selected vendor. Selecting is the
 * one way to choose the vendor of the decision: the same edit makes or
 * updates the draft decision, and deselecting clears a draft
 * (vb-decision-record.c).
 */

#define G_LOG_DOMAIN "vb-vendor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-contact.h"
#include "vb-decision-record-private.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-vendor.h"

struct _VbVendor
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbVendor, vb_vendor, VB_TYPE_RECORD)

static guint col_name, col_status, col_reason, col_delivery, col_website, col_locations, col_channels,
             col_languages, col_notes;

#define R(self) VB_RECORD (self)

static gboolean
vb_vendor_set_column (VbRecord      *record,
                      guint          column,
                      const GValue  *value,
                      GError       **error)
{
  if (column == col_status)
    return vb_vendor_set_status (VB_VENDOR (record), g_value_get_enum (value), NULL, error);
  if (column == col_reason && vb_vendor_get_status (VB_VENDOR (record)) != VB_VENDOR_STATUS_REJECTED)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Only a rejected vendor has a reason for rejecting it."));
      return FALSE;
    }
  if (column == col_reason && vb_str_is_blank (g_value_get_string (value)))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A rejected vendor needs the reason: say why, in a sentence."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_vendor_parent_class)->set_column (record, column, value, error);
}

/* A vendor that leaves "rejected" loses its reason, in the same change */
static void
vb_vendor_adjust_write (VbRecord *record,
                        guint     column,
                        gpointer  row)
{
  VbValue *values = row;

  VB_RECORD_CLASS (vb_vendor_parent_class)->adjust_write (record, column, row);
  if (column == col_status && values[col_status].type == VB_VALUE_TEXT &&
      g_strcmp0 (values[col_status].v.s, vb_enum_get_nick (VB_TYPE_VENDOR_STATUS, VB_VENDOR_STATUS_REJECTED)) != 0)
    vb_value_set_text (&values[col_reason], "");
}

/* The decision follows its vendor: a draft goes with it; a recorded
 * decision keeps it (the record would name nobody) */
static gboolean
vb_vendor_remove_first (VbRecord  *record,
                        GError   **error)
{
  VbProject *project = vb_record_get_project (record);
  VbDecision *decision = project ? vb_project_get_decision (project) : NULL;

  if (decision == NULL || vb_decision_get_vendor (decision) != VB_VENDOR (record))
    return TRUE;
  if (vb_decision_is_recorded (decision))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is the vendor of the recorded decision, so it stays in the project. "
                     "To remove it, record a decision for another vendor first."),
                   vb_vendor_get_display_name (VB_VENDOR (record)));
      return FALSE;
    }
  return vb_project_remove (project, VB_RECORD (decision), error);
}

static void
vb_vendor_class_init (VbVendorClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_vendor_set_column;
  record_class->adjust_write = vb_vendor_adjust_write;
  record_class->remove_first = vb_vendor_remove_first;
  vb_record_class_bind_table (record_class, "vendor");
  col_name = vb_record_class_column (record_class, "name");
  col_status = vb_record_class_column (record_class, "status");
  col_reason = vb_record_class_column (record_class, "rejection_reason");
  col_delivery = vb_record_class_column (record_class, "delivery_model");
  col_website = vb_record_class_column (record_class, "website");
  col_locations = vb_record_class_column (record_class, "locations");
  col_channels = vb_record_class_column (record_class, "channels");
  col_languages = vb_record_class_column (record_class, "languages");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_vendor_init (VbVendor *self)
{
}

const char *
vb_vendor_get_name (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), "");
  return vb_record_text_at (R (self), col_name);
}

/* The name, or “Unnamed vendor” (translated) for one not named yet */
const char *
vb_vendor_get_display_name (VbVendor *self)
{
  const char *name = vb_vendor_get_name (self);

  return vb_str_is_blank (name) ? _("Unnamed vendor") : name;
}

VbVendorStatus
vb_vendor_get_status (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), VB_VENDOR_STATUS_LONG_LIST);
  return (VbVendorStatus) vb_record_enum_at (R (self), col_status);
}

const char *
vb_vendor_get_rejection_reason (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), "");
  return vb_record_text_at (R (self), col_reason);
}

VbDeliveryModel
vb_vendor_get_delivery_model (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), VB_DELIVERY_MODEL_UNSET);
  return (VbDeliveryModel) vb_record_enum_at (R (self), col_delivery);
}

const char *
vb_vendor_get_website (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), "");
  return vb_record_text_at (R (self), col_website);
}

const char *
vb_vendor_get_locations (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), "");
  return vb_record_text_at (R (self), col_locations);
}

/* A set of VbChannel: VB_CHANNEL_MASK (channel) per channel */
guint
vb_vendor_get_channels (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), 0);
  return vb_record_mask_at (R (self), col_channels);
}

const char *
vb_vendor_get_languages (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), "");
  return vb_record_text_at (R (self), col_languages);
}

const char *
vb_vendor_get_notes (VbVendor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), "");
  return vb_record_text_at (R (self), col_notes);
}

/* On the shortlist or further along, and not rejected */
gboolean
vb_vendor_is_shortlisted (VbVendor *self)
{
  VbVendorStatus status = vb_vendor_get_status (self);

  return status == VB_VENDOR_STATUS_SHORTLIST || status == VB_VENDOR_STATUS_FINALIST ||
         status == VB_VENDOR_STATUS_SELECTED;
}

gboolean
vb_vendor_set_name (VbVendor    *self,
                    const char  *name,
                    GError     **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_text_at (R (self), col_name, name, error);
}

static VbVendor *
selected_other (VbVendor *self)
{
  VbProject *project = vb_record_get_project (R (self));
  VbVendor *selected = project ? vb_project_get_selected_vendor (project) : NULL;

  return selected != self ? selected : NULL;
}

/**
 * vb_vendor_set_status:
 * @reason: (nullable): why, for VB_VENDOR_STATUS_REJECTED (required
 *   there); ignored otherwise
 *
 * Moves the vendor through the pipeline as one edit, with the rules of
 * the top of this file. Setting the status it has does nothing.
 */
gboolean
vb_vendor_set_status (VbVendor        *self,
                      VbVendorStatus   status,
                      const char      *reason,
                      GError         **error)
{
  VbProject *project;
  VbVendor *other = NULL;
  gboolean was_selected;
  g_autofree char *summary = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  g_return_val_if_fail ((guint) status < vb_enum_get_n_values (VB_TYPE_VENDOR_STATUS), FALSE);

  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This vendor is no longer in the project."));
      return FALSE;
    }
  stripped = g_strstrip (g_strdup (reason ? reason : ""));
  if (status == VB_VENDOR_STATUS_REJECTED && *stripped == '\0')
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A rejected vendor needs the reason: say why, in a sentence."));
      return FALSE;
    }
  if (status == vb_vendor_get_status (self) &&
      (status != VB_VENDOR_STATUS_REJECTED || g_strcmp0 (stripped, vb_vendor_get_rejection_reason (self)) == 0))
    return TRUE;

  if (status == VB_VENDOR_STATUS_SELECTED)
    other = selected_other (self);
  was_selected = vb_vendor_get_status (self) == VB_VENDOR_STATUS_SELECTED;

  if (status == VB_VENDOR_STATUS_REJECTED)
    /* Translators: an undo step, e.g. “Reject Acme” */
    summary = g_strdup_printf (_("Reject %s"), vb_vendor_get_display_name (self));
  else if (other)
    /* Translators: an undo step, e.g. “Select Acme instead of Beta” */
    summary = g_strdup_printf (_("Select %s instead of %s"), vb_vendor_get_display_name (self),
                               vb_vendor_get_display_name (other));
  else
    /* Translators: an undo step, e.g. “Move Acme to Shortlist” */
    summary = g_strdup_printf (_("Move %s to %s"), vb_vendor_get_display_name (self),
                               vb_enum_get_label (VB_TYPE_VENDOR_STATUS, status));

  vb_project_begin_edit (project, summary);
  /* the one selected before steps back first: the file holds one at a time */
  if ((other && !vb_record_write_enum_at (R (other), col_status, VB_VENDOR_STATUS_FINALIST, error)) ||
      !vb_record_write_enum_at (R (self), col_status, status, error) ||
      (status == VB_VENDOR_STATUS_REJECTED && !vb_record_write_text_at (R (self), col_reason, stripped, error)) ||
      /* the decision follows the selection, in the same edit */
      (status == VB_VENDOR_STATUS_SELECTED && !vb_decision_follow_selection (project, self, NULL, error)) ||
      (was_selected && status != VB_VENDOR_STATUS_SELECTED &&
       !vb_decision_follow_selection (project, NULL, self, error)))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/* Select the vendor: the one selected before goes back to the finalists */
gboolean
vb_vendor_select (VbVendor  *self,
                  GError   **error)
{
  return vb_vendor_set_status (self, VB_VENDOR_STATUS_SELECTED, NULL, error);
}

gboolean
vb_vendor_reject (VbVendor    *self,
                  const char  *reason,
                  GError     **error)
{
  return vb_vendor_set_status (self, VB_VENDOR_STATUS_REJECTED, reason, error);
}

/* A rejected vendor goes back to the long list, without its reason */
gboolean
vb_vendor_reconsider (VbVendor  *self,
                      GError   **error)
{
  return vb_vendor_set_status (self, VB_VENDOR_STATUS_LONG_LIST, NULL, error);
}

gboolean
vb_vendor_set_delivery_model (VbVendor         *self,
                              VbDeliveryModel   model,
                              GError          **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_enum_at (R (self), col_delivery, model, error);
}

gboolean
vb_vendor_set_website (VbVendor    *self,
                       const char  *website,
                       GError     **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_text_at (R (self), col_website, website, error);
}

gboolean
vb_vendor_set_locations (VbVendor    *self,
                         const char  *locations,
                         GError     **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_text_at (R (self), col_locations, locations, error);
}

gboolean
vb_vendor_set_channels (VbVendor  *self,
                        guint      channels,
                        GError   **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_set_at (R (self), col_channels, channels, error);
}

gboolean
vb_vendor_set_languages (VbVendor    *self,
                         const char  *languages,
                         GError     **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_text_at (R (self), col_languages, languages, error);
}

gboolean
vb_vendor_set_notes (VbVendor    *self,
                     const char  *notes,
                     GError     **error)
{
  g_return_val_if_fail (VB_IS_VENDOR (self), FALSE);
  return vb_record_write_text_at (R (self), col_notes, notes, error);
}

/**
 * vb_vendor_get_contacts:
 *
 * Returns: (transfer none): the vendor's contacts in their order (VbContact),
 *   a list model that follows every commit; empty for a removed vendor
 */
GListModel *
vb_vendor_get_contacts (VbVendor *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_VENDOR (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      /* a removed vendor has no contacts to show: an empty list of the right type */
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_CONTACT);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "contact", "vendor_id", R (self));
}

/* Returns: (transfer none) (nullable) */
VbContact *
vb_vendor_get_primary_contact (VbVendor *self)
{
  GListModel *contacts = vb_vendor_get_contacts (self);
  guint n = g_list_model_get_n_items (contacts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbContact) contact = g_list_model_get_item (contacts, i);

      if (vb_contact_get_is_primary (contact))
        return contact;
    }
  return NULL;
}

/**
 * vb_vendor_add_contact:
 *
 * Returns: (transfer none): a new contact of the vendor, one edit; the
 *   vendor's first contact is its primary one
 */
VbContact *
vb_vendor_add_contact (VbVendor  *self,
                       GError   **error)
{
  VbProject *project;
  VbRecord *row;
  gboolean first;

  g_return_val_if_fail (VB_IS_VENDOR (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This vendor is no longer in the project."));
      return NULL;
    }
  first = g_list_model_get_n_items (vb_vendor_get_contacts (self)) == 0;
  vb_project_begin_edit (project, NULL);
  row = vb_project_add_child (project, "contact", "vendor_id", R (self), error);
  if (row == NULL || (first && !vb_contact_set_primary (VB_CONTACT (row), TRUE, error)))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return VB_CONTACT (row);
}

/**
 * vb_project_get_vendors:
 *
 * Returns: (transfer none): every vendor in its order (VbVendor)
 */
GListModel *
vb_project_get_vendors (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "vendor");
}

/* Returns: (transfer none): a new vendor on the long list, one edit */
VbVendor *
vb_project_add_vendor (VbProject  *project,
                       GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "vendor", error);
  return row ? VB_VENDOR (row) : NULL;
}

/**
 * vb_project_get_selected_vendor:
 *
 * Returns: (transfer none) (nullable): the selected vendor, as the edit in
 *   progress sees it; there is at most one
 */
VbVendor *
vb_project_get_selected_vendor (VbProject *project)
{
  GListModel *vendors = vb_project_get_vendors (project);
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_record_is_live (R (vendor)) && vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_SELECTED)
        return vendor;
    }
  return NULL;
}

guint
vb_project_count_vendors (VbProject      *project,
                          VbVendorStatus  status)
{
  GListModel *vendors = vb_project_get_vendors (project);
  guint n = g_list_model_get_n_items (vendors), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      count += vb_vendor_get_status (vendor) == status;
    }
  return count;
}
