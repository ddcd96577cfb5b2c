/* vb-reference-editor.h — the call sheet of one reference
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-reference.h"

G_BEGIN_DECLS

#define VB_TYPE_REFERENCE_EDITOR (vb_reference_editor_get_type ())

G_DECLARE_FINAL_TYPE (VbReferenceEditor, vb_reference_editor, VB, REFERENCE_EDITOR, GtkWidget)

GtkWidget   *vb_reference_editor_new           (VbReference       *reference);
VbReference *vb_reference_editor_get_reference (VbReferenceEditor *self);
void         vb_reference_editor_focus_field   (VbReferenceEditor *self,
                                                const char        *property);
void         vb_reference_editor_set_writable  (VbReferenceEditor *self,
                                                gboolean           writable);

G_END_DECLS
