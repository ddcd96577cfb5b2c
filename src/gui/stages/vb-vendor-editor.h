/* vb-vendor-editor.h — one vendor: where it stands, its details, contacts
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-contact.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_VENDOR_EDITOR (vb_vendor_editor_get_type ())

G_DECLARE_FINAL_TYPE (VbVendorEditor, vb_vendor_editor, VB, VENDOR_EDITOR, GtkWidget)

GtkWidget *vb_vendor_editor_new          (VbVendor       *vendor);
VbVendor  *vb_vendor_editor_get_vendor   (VbVendorEditor *self);
void       vb_vendor_editor_open_contact (VbVendorEditor *self,
                                          VbContact      *contact);
void       vb_vendor_editor_focus_field  (VbVendorEditor *self,
                                          const char     *property);
void       vb_vendor_editor_focus_contacts (VbVendorEditor *self);

G_END_DECLS
