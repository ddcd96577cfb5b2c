/* vb-choice-row.h — a drop-down row for an enumeration property
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-record.h"

G_BEGIN_DECLS

GtkWidget *vb_choice_row_new  (VbRecord   *record,
                               const char *property,
                               const char *title);
GtkWidget *vb_set_row_new     (VbRecord   *record,
                               const char *property,
                               GType       enum_type,
                               const char *title);

G_END_DECLS
