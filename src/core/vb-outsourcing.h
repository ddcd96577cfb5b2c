/* vb-outsourcing.h — which tasks to outsource (DOMAIN.md, "Deciding what to outsource")
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-record.h"

G_BEGIN_DECLS

typedef enum {
  VB_SUGGESTION_NONE,       /* not enough known yet */
  VB_SUGGESTION_OUTSOURCE,
  VB_SUGGESTION_KEEP,
  VB_SUGGESTION_HYBRID,
} VbSuggestion;

typedef struct {
  int         days;        /* bit 0 = Monday … bit 6 = Sunday */
  int         from;        /* minutes after midnight */
  int         to;          /* minutes after midnight; to <= from runs past midnight */
  const char *timezone;    /* IANA name; empty = the same as the other side */
} VbCover;

VbSuggestion  vb_outsourcing_suggest        (VbRecord   *task,
                                             VbRecord   *settings,
                                             char      **reason);
const char   *vb_suggestion_to_string       (VbSuggestion suggestion);
VbSuggestion  vb_suggestion_from_string     (const char  *decision);
const char   *vb_suggestion_label           (VbSuggestion suggestion);
double        vb_task_workload_hours        (VbRecord   *task);
gboolean      vb_cover_within               (const VbCover *inner,
                                             const VbCover *outer);
gboolean      vb_languages_within           (const char *inner,
                                             const char *outer,
                                             char      **missing);

G_END_DECLS
