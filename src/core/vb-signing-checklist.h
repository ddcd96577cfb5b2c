/* vb-signing-checklist.h — the pre-signing checklist (DOMAIN.md "Before
 * signing")
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The items a decision must pass before it is recorded, with the stable
 * keys checklist_item.item_key stores. An item marked from_data can be
 * met from the project's own data (the selected vendor's channels, a
 * requirement or response about case studies, SLAs tied to objectives, no
 * open high-risk gap, a pilot with dates and an exit clause, shared
 * reporting); the others are ticked by the user with a note. No UI here.
 */

#pragma once

#include <glib.h>

#include "vb-project.h"

G_BEGIN_DECLS

typedef struct {
  const char *key;        /* what checklist_item.item_key stores */
  const char *label;      /* translated by vb_signing_check_get_label() */
  const char *hint;       /* how the item is met */
  gboolean    from_data;  /* can be met from the project's own data */
} VbSigningCheck;

guint                 vb_signing_checklist_get_n  (void);
const VbSigningCheck *vb_signing_checklist_get    (guint        index);
/* NULL when @key names no item */
const VbSigningCheck *vb_signing_checklist_lookup (const char  *key);
const char           *vb_signing_check_get_label  (const VbSigningCheck *check);
const char           *vb_signing_check_get_hint   (const VbSigningCheck *check);

/* What the project's data says about an item (a result: no GEnum) */
typedef enum {
  VB_CHECK_UNKNOWN,   /* the data cannot tell: the user ticks it */
  VB_CHECK_MET,
  VB_CHECK_UNMET,
} VbCheckState;

/* Whether @check is met from @project's own data, for the vendor of the
 * current decision (the selected one); UNKNOWN without one, and for the
 * items only the user can tick. @reason: (out) (transfer full) (optional):
 * why, in words */
VbCheckState          vb_signing_check_evaluate   (const VbSigningCheck *check,
                                                   VbProject            *project,
                                                   char                **reason);

G_END_DECLS
