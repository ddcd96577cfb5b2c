/* vb-vendor.h — a vendor considered for the work
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline: long list → shortlist → finalist → selected, or rejected
 * with a reason. At most one vendor is selected: selecting one sends the
 * one selected before back to the finalists, in the same edit.
 */

#pragma once

#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_VENDOR (vb_vendor_get_type ())

G_DECLARE_FINAL_TYPE (VbVendor, vb_vendor, VB, VENDOR, VbRecord)

typedef struct _VbContact VbContact;

const char      *vb_vendor_get_name             (VbVendor *self);
const char      *vb_vendor_get_display_name     (VbVendor *self);
VbVendorStatus   vb_vendor_get_status           (VbVendor *self);
const char      *vb_vendor_get_rejection_reason (VbVendor *self);
VbDeliveryModel  vb_vendor_get_delivery_model   (VbVendor *self);
const char      *vb_vendor_get_website          (VbVendor *self);
const char      *vb_vendor_get_locations        (VbVendor *self);
guint            vb_vendor_get_channels         (VbVendor *self);
const char      *vb_vendor_get_languages        (VbVendor *self);
const char      *vb_vendor_get_notes            (VbVendor *self);
gboolean         vb_vendor_is_shortlisted       (VbVendor *self);

gboolean         vb_vendor_set_name             (VbVendor        *self,
                                                 const char      *name,
                                                 GError         **error);
gboolean         vb_vendor_set_status           (VbVendor        *self,
                                                 VbVendorStatus   status,
                                                 const char      *reason,
                                                 GError         **error);
gboolean         vb_vendor_select               (VbVendor        *self,
                                                 GError         **error);
gboolean         vb_vendor_reject               (VbVendor        *self,
                                                 const char      *reason,
                                                 GError         **error);
gboolean         vb_vendor_reconsider           (VbVendor        *self,
                                                 GError         **error);
gboolean         vb_vendor_set_delivery_model   (VbVendor        *self,
                                                 VbDeliveryModel  model,
                                                 GError         **error);
gboolean         vb_vendor_set_website          (VbVendor        *self,
                                                 const char      *website,
                                                 GError         **error);
gboolean         vb_vendor_set_locations        (VbVendor        *self,
                                                 const char      *locations,
                                                 GError         **error);
gboolean         vb_vendor_set_channels         (VbVendor        *self,
                                                 guint            channels,
                                                 GError         **error);
gboolean         vb_vendor_set_languages        (VbVendor        *self,
                                                 const char      *languages,
                                                 GError         **error);
gboolean         vb_vendor_set_notes            (VbVendor        *self,
                                                 const char      *notes,
                                                 GError         **error);

GListModel      *vb_vendor_get_contacts         (VbVendor        *self);
VbContact       *vb_vendor_get_primary_contact  (VbVendor        *self);
VbContact       *vb_vendor_add_contact          (VbVendor        *self,
                                                 GError         **error);

GListModel      *vb_project_get_vendors         (VbProject       *project);
VbVendor        *vb_project_add_vendor          (VbProject       *project,
                                                 GError         **error);
VbVendor        *vb_project_get_selected_vendor (VbProject       *project);
guint            vb_project_count_vendors       (VbProject       *project,
                                                 VbVendorStatus   status);

G_END_DECLS
