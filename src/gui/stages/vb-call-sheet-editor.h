/* vb-call-sheet-editor.h — the project's reference call sheet
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-project.h"

G_BEGIN_DECLS

#define VB_TYPE_CALL_SHEET_EDITOR (vb_call_sheet_editor_get_type ())

G_DECLARE_FINAL_TYPE (VbCallSheetEditor, vb_call_sheet_editor, VB, CALL_SHEET_EDITOR, GtkWidget)

GtkWidget *vb_call_sheet_editor_new          (VbProject         *project);
void       vb_call_sheet_editor_set_writable (VbCallSheetEditor *self,
                                              gboolean           writable);
void       vb_call_sheet_editor_focus_first  (VbCallSheetEditor *self);

G_END_DECLS
