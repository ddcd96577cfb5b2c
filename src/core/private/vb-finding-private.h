/* vb-finding-private.h — a finding's fields, for the guidance engine
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-guide-private.h"

G_BEGIN_DECLS

struct _VbFinding
{
  GObject parent_instance;

  const VbRule  *rule;
  guint          rule_index;
  char          *message;
  char          *action_label;
  char          *subject;
  char          *fingerprint;
  const char    *field;
  int            filter;
  char          *dismissal_reason;
  char          *dismissed_by;
};

VbFinding *vb_finding_copy  (VbFinding *f);
gboolean   vb_finding_equal (VbFinding *a,
                             VbFinding *b);

G_END_DECLS
