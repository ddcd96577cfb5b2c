/* vb-pilot-outcome.h — the go / no-go recommendation from a pilot's
 * criteria, and the SLA series the kpis command prints
 * (docs/kpi-library.md "Go / no-go")
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over typed inputs: the caller reads the SLAs, their
 * weekly values and the criteria from the project.
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "vb-enums.h"
#include "vb-kpi.h"

G_BEGIN_DECLS

/* How many of the latest weeks a reason counts over */
#define VB_PILOT_OUTCOME_WINDOW 4

/* One SLA and its weekly values, oldest first */
typedef struct {
  const char     *kpi_key;      /* a built-in key or a custom KPI's */
  const char     *kpi_name;     /* NULL: the built-in KPI's name */
  VbChannelScope  channel;      /* VB_CHANNEL_SCOPE_ALL: every channel */
  VbDirection     direction;
  double          target;       /* NAN: tracked only */
  double          threshold;    /* NAN: none */
  const gint64   *week_starts;  /* Unix seconds, Monday 00:00 in the team's zone */
  const double   *values;       /* NAN: no data that week */
  gsize           n_weeks;
} VbSlaSeries;

typedef enum {
  VB_PILOT_CRITERION_SLA,
  VB_PILOT_CRITERION_CONDITION,
} VbPilotCriterionKind;

typedef struct {
  VbPilotCriterionKind kind;
  const VbSlaSeries   *sla;   /* VB_PILOT_CRITERION_SLA */
  const char          *name;  /* VB_PILOT_CRITERION_CONDITION: what must hold */
  VbMetState           met;   /* VB_PILOT_CRITERION_CONDITION */
} VbPilotCriterion;

typedef struct {
  gboolean  go;
  /* Translated sentences: what blocks first, then the cautions */
  GStrv     reasons;
} VbPilotOutcome;

/* The recommendation; see docs/kpi-library.md for what decides */
VbPilotOutcome *vb_pilot_outcome_decide    (const VbPilotCriterion *criteria,
                                            gsize                   n_criteria);
void            vb_pilot_outcome_free      (VbPilotOutcome         *outcome);

/* The stored word of an SLA status: "met", "at-risk", "breached",
 * "no-data", "tracked" */
const char     *vb_sla_status_get_nick     (VbSlaStatus             status);

/* { "slas": [ { "kpi", "channel" ("" for all channels), "target", "threshold",
 *   "weeks": [ { "week_start", "value", "status" } ] } ],
 *   "recommendation": { "go", "reasons" } }; unknown numbers are null,
 * week_start is the date (YYYY-MM-DD) in `tz` (NULL: UTC) */
JsonNode       *vb_pilot_outcome_to_json   (const VbSlaSeries      *slas,
                                            gsize                   n_slas,
                                            const VbPilotOutcome   *outcome,
                                            GTimeZone              *tz);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbPilotOutcome, vb_pilot_outcome_free)

G_END_DECLS
