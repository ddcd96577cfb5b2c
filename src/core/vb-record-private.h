/* vb-record-private.h — what only the project may do to a record
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-record.h"

G_BEGIN_DECLS

VbRecord *vb_record_new         (const VbTable *table,
                                 VbValue       *values);
void      vb_record_set_values  (VbRecord      *self,
                                 const VbValue *values);

G_END_DECLS
