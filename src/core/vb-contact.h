/* vb-contact.h — a person at a vendor
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vendor has at most one primary contact: making one primary makes the
 * others not, in the same edit.
 */

#pragma once

#include "vb-record.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_CONTACT (vb_contact_get_type ())

G_DECLARE_FINAL_TYPE (VbContact, vb_contact, VB, CONTACT, VbRecord)

VbVendor    *vb_contact_get_vendor     (VbContact   *self);
const char  *vb_contact_get_name       (VbContact   *self);
const char  *vb_contact_get_role       (VbContact   *self);
const char  *vb_contact_get_email      (VbContact   *self);
const char  *vb_contact_get_phone      (VbContact   *self);
gboolean     vb_contact_get_is_primary (VbContact   *self);

gboolean     vb_contact_set_name       (VbContact   *self,
                                        const char  *name,
                                        GError     **error);
gboolean     vb_contact_set_role       (VbContact   *self,
                                        const char  *role,
                                        GError     **error);
gboolean     vb_contact_set_email      (VbContact   *self,
                                        const char  *email,
                                        GError     **error);
gboolean     vb_contact_set_phone      (VbContact   *self,
                                        const char  *phone,
                                        GError     **error);
gboolean     vb_contact_set_primary    (VbContact   *self,
                                        gboolean     primary,
                                        GError     **error);

G_END_DECLS
