/* vb-vendors-page.h — stage 4: vendors
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-guide.h"
#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_VENDORS_PAGE (vb_vendors_page_get_type ())

G_DECLARE_FINAL_TYPE (VbVendorsPage, vb_vendors_page, VB, VENDORS_PAGE, GtkWidget)

GtkWidget *vb_vendors_page_new              (VbProject     *project,
                                             VbGuide       *guide);
void       vb_vendors_page_activate_finding (VbVendorsPage *self,
                                             const char    *rule_id,
                                             const char    *subject);

G_END_DECLS
