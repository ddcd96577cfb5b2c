/* vb-error.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-error"

#include "vb-error.h"

G_DEFINE_QUARK (vb-project-error-quark, vb_project_error)
G_DEFINE_QUARK (vb-import-error-quark, vb_import_error)
