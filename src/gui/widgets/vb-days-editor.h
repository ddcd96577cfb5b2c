/* vb-days-editor.h — the days of the week a property covers
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-record.h"

G_BEGIN_DECLS

GtkWidget *vb_days_editor_new (VbRecord   *record,
                               const char *property,
                               const char *title);

G_END_DECLS
