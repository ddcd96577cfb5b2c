/* vb-staffing.h — agents and FTE for one volume forecast (docs/staffing-model.md)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over typed inputs: no project, no store. A value that is
 * not known is NAN (as vb_record_real_at returns for an empty cell).
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

#define VB_STAFFING_DEFAULT_INTERVAL_MINUTES 30.0
#define VB_STAFFING_DEFAULT_PEAK_FACTOR      1.5
#define VB_STAFFING_DEFAULT_PAID_HOURS       160.0

/* Weeks in a month on average: 52 ÷ 12 */
#define VB_WEEKS_PER_MONTH (52.0 / 12.0)

/* ── One interval of a live channel (Erlang C) ─────────────────────────── */

/* The probability that every one of `agents` servers is busy and a contact
 * is lost, offered `traffic` Erlangs (iterative, stable for any size) */
double   vb_erlang_b                (double  traffic,
                                     guint   agents);
/* The probability that a contact waits; 1 when agents <= traffic */
double   vb_erlang_c                (double  traffic,
                                     guint   agents);
/* The share of contacts answered within answer_seconds, 0–1 */
double   vb_erlang_service_level    (double  traffic,
                                     guint   agents,
                                     double  aht_seconds,
                                     double  answer_seconds);
/* The average wait of all contacts; INFINITY when agents <= traffic */
double   vb_erlang_asa              (double  traffic,
                                     guint   agents,
                                     double  aht_seconds);

typedef struct {
  double   traffic;           /* Erlangs: contacts × effective handle time ÷ interval */
  guint    agents;            /* the smallest number meeting the targets */
  double   wait_probability;  /* 0–1 */
  double   service_level;     /* 0–1, within the answer time */
  double   asa_seconds;
  double   occupancy;         /* 0–1: traffic ÷ agents */
  gboolean occupancy_bound;   /* the occupancy cap, not the service target, set the number */
} VbErlangResult;

/* The smallest number of agents for one interval: `volume` contacts arrive
 * in `interval_seconds`, each takes `aht_seconds` (an agent handles
 * `concurrency` at once, NAN or < 1 meaning 1); `service_level_pct` % must
 * be answered within `answer_seconds`; `max_occupancy_pct` caps traffic ÷
 * agents only when given (NAN: no cap). No volume needs no agent. */
gboolean vb_erlang_staff            (double          volume,
                                     double          interval_seconds,
                                     double          aht_seconds,
                                     double          service_level_pct,
                                     double          answer_seconds,
                                     double          max_occupancy_pct,
                                     double          concurrency,
                                     VbErlangResult *result,
                                     GError        **error);

/* ── A channel over the 12 months of the forecast ─────────────────────── */

typedef struct {
  double interval_minutes;    /* 30 */
  double peak_factor;         /* busiest interval ÷ average interval: 1.5 */
  double paid_hours_per_fte;  /* a month: 160 */
} VbStaffingParams;

typedef struct {
  VbChannel channel;
  gboolean  live;                 /* answered as it comes (Erlang C); otherwise worked from a queue */
  double    volume[12];           /* contacts a month, January … December */
  double    aht_seconds;          /* handle time of one contact, after-contact work included */
  double    acw_seconds;          /* the after-contact part of it (NAN: not known) */
  double    open_hours_per_week;
  double    service_level_pct;    /* live: the share answered within service_seconds */
  double    service_seconds;      /* live: the answer time; queued work: the response time (NAN: within the month) */
  double    shrinkage_pct;        /* paid time away from contacts: breaks, training, leave (NAN: 0) */
  double    max_occupancy_pct;    /* NAN: live channels uncapped, queued work 100 % */
  double    concurrency;          /* contacts an agent handles at once (chat); NAN: 1 */
} VbForecastChannel;

typedef struct {
  double   volume;                /* contacts */
  double   handle_hours;          /* agent time on contacts: volume × handle time ÷ concurrency */
  double   open_hours;            /* open hours a week × 52 ÷ 12 */
  double   agents;                /* logged in during an average open interval (whole for live channels) */
  double   peak_agents;           /* logged in during the busiest interval */
  double   scheduled_fte;         /* agents ÷ (1 − shrinkage): people on the schedule for an average interval */
  double   peak_scheduled_fte;
  double   logged_in_hours;       /* agents × open hours */
  double   paid_hours;            /* logged-in hours ÷ (1 − shrinkage) */
  double   fte;                   /* paid hours ÷ paid hours per FTE */
  VbErlangResult average;         /* live channels: the average and the busiest interval */
  VbErlangResult peak;
} VbStaffingMonth;

typedef struct {
  VbChannel       channel;
  gboolean        live;
  VbStaffingMonth months[12];
  /* the year */
  double          volume;
  double          handle_hours;
  double          logged_in_hours;
  double          paid_hours;
  double          fte;            /* the mean of the 12 months */
  double          max_fte;        /* the busiest month */
  double          max_peak_agents;
} VbStaffingChannelResult;

typedef struct {
  double volume;
  double handle_hours;
  double logged_in_hours;
  double paid_hours;
  double fte;                     /* Σ channels of the mean FTE of the year */
  double month_fte[12];           /* Σ channels, per month */
} VbStaffingTotals;

void     vb_staffing_params_init    (VbStaffingParams             *params);
void     vb_forecast_channel_init   (VbForecastChannel            *channel);

gboolean vb_staffing_compute_channel (const VbStaffingParams      *params,
                                      const VbForecastChannel     *channel,
                                      VbStaffingChannelResult     *result,
                                      GError                     **error);

/* Every channel of the forecast into `results` (n_channels of them) and
 * their sum; a channel that cannot be staffed is left out of the totals
 * and its error message is put in `errors[i]` (NULL for the others; the
 * caller frees them). Returns the number of channels that failed. */
guint    vb_staffing_compute_all    (const VbStaffingParams       *params,
                                     const VbForecastChannel      *channels,
                                     guint                         n_channels,
                                     VbStaffingChannelResult      *results,
                                     char                        **errors,
                                     VbStaffingTotals             *totals);

G_END_DECLS
