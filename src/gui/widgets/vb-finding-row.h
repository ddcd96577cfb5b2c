/* vb-finding-row.h — one finding: its sentence and the button that fixes it
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-guide.h"

G_BEGIN_DECLS

#define VB_TYPE_FINDING_ROW (vb_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (VbFindingRow, vb_finding_row, VB, FINDING_ROW, GtkWidget)

GtkWidget  *vb_finding_row_new          (VbFinding    *finding,
                                         gboolean      label_shared);
GtkWidget  *vb_finding_row_new_message  (const char   *icon_name,
                                         const char   *message,
                                         const char   *css_class);
VbFinding  *vb_finding_row_get_finding  (VbFindingRow *self);
GtkWidget  *vb_finding_row_get_button   (VbFindingRow *self);
void        vb_finding_row_add_action   (VbFindingRow *self,
                                         GtkWidget    *button);
gboolean    vb_finding_row_get_stacked  (VbFindingRow *self);
const char *vb_finding_kind_icon_name   (VbFindingKind kind);

G_END_DECLS
