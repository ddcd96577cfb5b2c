/* vb-quote-editor.h — the finalists' quotes on the Pricing & ROI page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_QUOTE_EDITOR (vb_quote_editor_get_type ())

G_DECLARE_FINAL_TYPE (VbQuoteEditor, vb_quote_editor, VB, QUOTE_EDITOR, GtkWidget)

GtkWidget *vb_quote_editor_new          (VbContext     *context);
void       vb_quote_editor_set_writable (VbQuoteEditor *self,
                                         gboolean       writable);
/* Returns: (transfer none) (nullable): the section of @vendor */
GtkWidget *vb_quote_editor_get_section  (VbQuoteEditor *self,
                                         VbVendor      *vendor);
/* Shows @property of @quote (its fold opened) with the keyboard in it */
void       vb_quote_editor_focus_field  (VbQuoteEditor *self,
                                         VbVendorQuote *quote,
                                         const char    *property);
/* Adds @vendor's quote (one edit) and puts the keyboard in it */
void       vb_quote_editor_add_quote    (VbQuoteEditor *self,
                                         VbVendor      *vendor);
GtkWidget *vb_quote_editor_get_initial_focus (VbQuoteEditor *self);

G_END_DECLS
