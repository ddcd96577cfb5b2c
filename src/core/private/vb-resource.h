/* vb-resource.h — the data compiled into core (templates, sample, old schemas)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *vb_core_resource_data (const char  *name,
                               GError     **error);

G_END_DECLS
