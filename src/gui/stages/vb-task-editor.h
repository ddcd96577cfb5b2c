/* vb-task-editor.h — the editor of one task, in its own window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-task.h"

G_BEGIN_DECLS

#define VB_TYPE_TASK_EDITOR (vb_task_editor_get_type ())

G_DECLARE_FINAL_TYPE (VbTaskEditor, vb_task_editor, VB, TASK_EDITOR, AdwWindow)

GtkWidget *vb_task_editor_new        (GtkWindow    *parent,
                                      VbContext    *context,
                                      VbTask       *task);
VbTask    *vb_task_editor_get_task   (VbTaskEditor *self);
void       vb_task_editor_focus_field (VbTaskEditor *self,
                                      const char   *property);

G_END_DECLS
