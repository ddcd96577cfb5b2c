/* vb-sla-history.h — each SLA's weekly values and status, from the
 * stored results
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SLA reads the kpi_result rows of its KPI key and its channel scope
 * (an SLA on all channels reads the all-channel rows, not a sum of the
 * channels). Durations in business hours never mix with calendar ones:
 * an SLA reads the calendar-time results, or, when its KPI and channel
 * have only business-hours results, those (and says so). Of several
 * results for one week (a hand-entered one, one per import), the one
 * entered by hand wins, else the latest import. The weeks run from the
 * first to the last with a result, a week with none is "no data".
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"
#include "vb-kpi.h"
#include "vb-pilot-outcome.h"
#include "vb-project.h"
#include "vb-sla.h"

G_BEGIN_DECLS

typedef struct {
  VbSla          *sla;             /* owned */
  const char     *kpi_key;         /* the SLA's; valid while it lives */
  const char     *kpi_name;        /* translated for a built-in KPI */
  VbChannelScope  channel;
  VbDirection     direction;
  double          target;          /* NAN: tracked only */
  double          threshold;       /* NAN: none */
  gboolean        business_hours;  /* the weeks are business-hours results */
  gsize           n_weeks;
  char          **week_dates;      /* the Mondays, YYYY-MM-DD, oldest first; NULL-terminated */
  gint64         *week_starts;     /* Monday 00:00 in the team's time zone, Unix seconds */
  double         *values;          /* NAN: no data that week */
  VbSlaStatus    *statuses;        /* vb_sla_status() of each week */
} VbSlaHistory;

void          vb_sla_history_free         (VbSlaHistory *history);
/* The latest week with a value, or -1 */
gssize        vb_sla_history_latest_week  (const VbSlaHistory *history);

/* One SLA's weeks */
VbSlaHistory *vb_sla_get_history          (VbSla        *sla);
/* Every SLA's, in the SLAs' order: a GPtrArray of VbSlaHistory (one pass
 * over the results) */
GPtrArray    *vb_project_get_sla_histories (VbProject   *project);

/* An SLA's weeks as the go / no-go reads them (pointers into @history) */
VbSlaSeries   vb_sla_history_get_series   (const VbSlaHistory *history);
/* The go / no-go of @project's pilot: its criteria over @histories
 * (vb_project_get_sla_histories ()); no pilot is no-go, with that reason.
 * The command line's `kpis` and Pilot Results both read it here. */
VbPilotOutcome *vb_project_decide_pilot   (VbProject   *project,
                                           GPtrArray   *histories);

/* Changes with every commit that may change the histories or the go /
 * no-go (the SLAs, own measures, results, ticket imports, the pilot and
 * its criteria, the team's time zone): for a view that shows them */
guint64       vb_project_get_sla_histories_serial (VbProject *project);

/* The team's time zone (UTC when not set or not known); free it */
GTimeZone    *vb_project_get_team_time_zone (VbProject  *project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbSlaHistory, vb_sla_history_free)

G_END_DECLS
