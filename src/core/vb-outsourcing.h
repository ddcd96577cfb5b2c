/* vb-outsourcing.h — which tasks to outsource (DOMAIN.md, "Deciding what to outsource")
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"
#include "vb-project-settings.h"
#include "vb-task.h"

G_BEGIN_DECLS

typedef struct {
  int         days;        /* bit 0 = Monday … bit 6 = Sunday */
  int         from;        /* minutes after midnight */
  int         to;          /* minutes after midnight; to <= from runs past midnight */
  const char *timezone;    /* IANA name; empty = the same as the other side */
} VbCover;

VbSourcing    vb_outsourcing_suggest        (VbTask            *task,
                                             VbProjectSettings *settings,
                                             char             **reason);
gboolean      vb_cover_within               (const VbCover *inner,
                                             const VbCover *outer);
gboolean      vb_languages_within           (const char *inner,
                                             const char *outer,
                                             char      **missing);

G_END_DECLS
