/* vb-reference.h — a customer of a vendor, called for a reference
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who was called, when, how long they took to call back, the answers to
 * the call sheet, a rating of 1 to 5, whether they would choose the vendor
 * again and any red flags.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_REFERENCE (vb_reference_get_type ())

G_DECLARE_FINAL_TYPE (VbReference, vb_reference, VB, REFERENCE, VbRecord)

VbVendor      *vb_reference_get_vendor             (VbReference *self);
const char    *vb_reference_get_company            (VbReference *self);
const char    *vb_reference_get_contact_name       (VbReference *self);
const char    *vb_reference_get_relationship       (VbReference *self);
const char    *vb_reference_get_called_on          (VbReference *self);
double         vb_reference_get_callback_days      (VbReference *self);
int            vb_reference_get_rating             (VbReference *self);
VbChooseAgain  vb_reference_get_would_choose_again (VbReference *self);
const char    *vb_reference_get_red_flags          (VbReference *self);
const char    *vb_reference_get_notes              (VbReference *self);

gboolean       vb_reference_set_company            (VbReference *self, const char *text, GError **error);
gboolean       vb_reference_set_contact_name       (VbReference *self, const char *text, GError **error);
gboolean       vb_reference_set_relationship       (VbReference *self, const char *text, GError **error);
gboolean       vb_reference_set_called_on          (VbReference *self, const char *date, GError **error);
gboolean       vb_reference_set_callback_days      (VbReference *self, double value, GError **error);
gboolean       vb_reference_set_rating             (VbReference *self, int value, GError **error);
gboolean       vb_reference_set_would_choose_again (VbReference *self, VbChooseAgain value, GError **error);
gboolean       vb_reference_set_red_flags          (VbReference *self, const char *text, GError **error);
gboolean       vb_reference_set_notes              (VbReference *self, const char *text, GError **error);

GListModel *vb_vendor_get_references (VbVendor *vendor);
VbReference *vb_vendor_add_reference (VbVendor *vendor, GError **error);

/* Called: the date called is set (the same test as the reference score) */
gboolean     vb_reference_is_called              (VbReference *self);
guint        vb_vendor_count_references_called   (VbVendor    *vendor);
gboolean     vb_vendor_awaits_reference_call     (VbVendor    *vendor);

G_END_DECLS
