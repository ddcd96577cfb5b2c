/* vb-dismissal.h — a guidance finding the user dismissed, with the reason
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_DISMISSAL (vb_dismissal_get_type ())

G_DECLARE_FINAL_TYPE (VbDismissal, vb_dismissal, VB, DISMISSAL, VbRecord)

const char *vb_dismissal_get_rule_id      (VbDismissal *self);
const char *vb_dismissal_get_subject      (VbDismissal *self);
const char *vb_dismissal_get_fingerprint  (VbDismissal *self);
const char *vb_dismissal_get_reason       (VbDismissal *self);
const char *vb_dismissal_get_dismissed_by (VbDismissal *self);

GListModel *vb_project_get_dismissals     (VbProject   *project);

G_END_DECLS
