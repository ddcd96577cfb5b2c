/* vb-kpi.h — the built-in KPI library and SLA status (docs/kpi-library.md)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions over typed inputs: no project, no store. Every built-in
 * KPI has a fixed key (the word an SLA stores in sla.kpi_key), a
 * translatable name, definition and formula, a unit, a direction and the
 * raw counts its formula is computed from. A value that is not known is NAN.
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

/* How a KPI's value is expressed. To become a GEnum in vb-enums.c when the
 * schema stores it (a custom KPI's unit). */
typedef enum {
  VB_KPI_UNIT_PERCENT,      /* 0–100 */
  VB_KPI_UNIT_SECONDS,
  VB_KPI_UNIT_MINUTES,
  VB_KPI_UNIT_HOURS,
  VB_KPI_UNIT_SCORE_5,      /* a mean on a 1–5 scale */
  VB_KPI_UNIT_SCORE_7,      /* a mean on a 1–7 scale (customer effort) */
  VB_KPI_UNIT_POINTS_100,   /* 0–100 points (a QA scorecard) */
  VB_KPI_UNIT_NPS,          /* −100 … 100 */
} VbKpiUnit;

/* The raw counts the built-in formulas are computed from; several KPIs
 * share one (offered: service level and abandonment). Durations are in
 * seconds. To become a GEnum in vb-enums.c when the schema stores raw
 * counts; the keys (vb_kpi_count_get_key) are the words it will store. */
typedef enum {
  VB_KPI_COUNT_OFFERED,
  VB_KPI_COUNT_ANSWERED_IN_TIME,
  VB_KPI_COUNT_SHORT_ABANDONED,
  VB_KPI_COUNT_ANSWERED,
  VB_KPI_COUNT_WAIT_SECONDS,
  VB_KPI_COUNT_ABANDONED,
  VB_KPI_COUNT_RESOLVED,
  VB_KPI_COUNT_RESOLUTION_SECONDS,
  VB_KPI_COUNT_HANDLED,
  VB_KPI_COUNT_TALK_SECONDS,
  VB_KPI_COUNT_HOLD_SECONDS,
  VB_KPI_COUNT_AFTER_WORK_SECONDS,
  VB_KPI_COUNT_CONTACTS,
  VB_KPI_COUNT_RESOLVED_FIRST_CONTACT,
  VB_KPI_COUNT_SURVEY_ANSWERS,
  VB_KPI_COUNT_SATISFIED,
  VB_KPI_COUNT_PROMOTERS,
  VB_KPI_COUNT_PASSIVES,
  VB_KPI_COUNT_DETRACTORS,
  VB_KPI_COUNT_EFFORT_ANSWERS,
  VB_KPI_COUNT_EFFORT_SUM,
  VB_KPI_COUNT_ESCALATED,
  VB_KPI_COUNT_EVALUATIONS,
  VB_KPI_COUNT_QA_POINTS,
  VB_KPI_COUNT_SCHEDULED_SECONDS,
  VB_KPI_COUNT_ADHERENT_SECONDS,
  VB_KPI_COUNT_HANDLE_SECONDS,
  VB_KPI_COUNT_AVAILABLE_SECONDS,
  VB_KPI_COUNT_LEAVERS,
  VB_KPI_COUNT_MEAN_HEADCOUNT,
  VB_KPI_COUNT_PERIOD_WEEKS,
  VB_KPI_N_COUNTS,
} VbKpiCount;

/* The built-in KPIs, in the library's order. The keys (vb_kpi_get_key) are
 * what the file stores; this enumeration is for code only. */
typedef enum {
  VB_KPI_SERVICE_LEVEL,
  VB_KPI_ASA,
  VB_KPI_ABANDONMENT,
  VB_KPI_FIRST_RESPONSE_MEDIAN,
  VB_KPI_FIRST_RESPONSE_P90,
  VB_KPI_RESOLUTION_TIME,
  VB_KPI_AHT,
  VB_KPI_FCR,
  VB_KPI_CSAT,
  VB_KPI_NPS,
  VB_KPI_CES,
  VB_KPI_ESCALATION,
  VB_KPI_QA_SCORE,
  VB_KPI_ADHERENCE,
  VB_KPI_OCCUPANCY,
  VB_KPI_ATTRITION,
  VB_KPI_N_BUILTIN,
} VbKpiId;

/* One value per VbKpiCount; NAN: not known */
typedef struct {
  double value[VB_KPI_N_COUNTS];
} VbKpiCounts;

typedef struct _VbKpi VbKpi;

/* ── Raw counts ─────────────────────────────────────────────────────────── */

void         vb_kpi_counts_init          (VbKpiCounts     *counts);
const char  *vb_kpi_count_get_key        (VbKpiCount       count);
gboolean     vb_kpi_count_from_key       (const char      *key,
                                          VbKpiCount      *count);
/* Translated */
const char  *vb_kpi_count_get_label      (VbKpiCount       count);
gboolean     vb_kpi_count_is_duration    (VbKpiCount       count);

/* ── The library ───────────────────────────────────────────────────────── */

guint        vb_kpi_get_n_builtin        (void);
const VbKpi *vb_kpi_get_builtin          (VbKpiId          id);
/* NULL when `key` names no built-in KPI (it may be a project's own KPI) */
const VbKpi *vb_kpi_lookup               (const char      *key);

VbKpiId      vb_kpi_get_id               (const VbKpi     *kpi);
const char  *vb_kpi_get_key              (const VbKpi     *kpi);
/* Translated */
const char  *vb_kpi_get_name             (const VbKpi     *kpi);
const char  *vb_kpi_get_definition       (const VbKpi     *kpi);
const char  *vb_kpi_get_formula          (const VbKpi     *kpi);
VbKpiUnit    vb_kpi_get_unit             (const VbKpi     *kpi);
VbDirection  vb_kpi_get_direction        (const VbKpi     *kpi);
/* The counts the formula reads, in the order a form shows them; a
 * percentile KPI needs none (it is computed from durations) */
const VbKpiCount *vb_kpi_get_counts      (const VbKpi     *kpi,
                                          guint           *n_counts);
/* 0.5 or 0.9 for a KPI computed from a list of durations; NAN otherwise */
double       vb_kpi_get_percentile       (const VbKpi     *kpi);

/* The KPI's value from raw counts: NAN when a count it needs is unknown or
 * its denominator is 0 (and for a percentile KPI) */
double       vb_kpi_compute              (const VbKpi       *kpi,
                                          const VbKpiCounts *counts);
/* Counts a person entered: none negative, no part larger than its whole
 * (answered in time ≤ offered, satisfied ≤ answers, …) */
gboolean     vb_kpi_check_counts         (const VbKpi       *kpi,
                                          const VbKpiCounts *counts,
                                          GError           **error);

/* ── Percentiles ───────────────────────────────────────────────────────── */

/* The p-th percentile (0 < p ≤ 1) of `n` values by nearest rank: the
 * value at rank ⌈p·n⌉ of the sorted list (no interpolation: the median of
 * 4 values is the 2nd). NAN for an empty list. `values` is not changed. */
double       vb_kpi_percentile           (const double    *values,
                                          gsize            n,
                                          double           p);
/* The rank ⌈p·n⌉ (1 … n) the p-th percentile of n values takes; p·n
 * within rounding of a whole number is that number */
gsize        vb_kpi_nearest_rank         (gsize            n,
                                          double           p);
/* A percentile KPI's value from the durations in seconds */
double       vb_kpi_compute_durations    (const VbKpi     *kpi,
                                          const double    *seconds,
                                          gsize            n);

/* ── SLA status ────────────────────────────────────────────────────────── */

/* To become a GEnum in vb-enums.c when the schema stores it */
typedef enum {
  VB_SLA_STATUS_NO_DATA,     /* a target, but no value for the period */
  VB_SLA_STATUS_NO_TARGET,   /* tracked only */
  VB_SLA_STATUS_MET,
  VB_SLA_STATUS_AT_RISK,
  VB_SLA_STATUS_BREACHED,
} VbSlaStatus;

/* Met at or better than the target; at risk between the target and the
 * "not quite" threshold, the threshold itself included; breached worse
 * than the threshold (worse than the target when there is no threshold).
 * `target` NAN: tracked only, whatever the value; `value` NAN: no data. */
VbSlaStatus  vb_sla_status               (VbDirection      direction,
                                          double           target,
                                          double           threshold,
                                          double           value);
/* Translated */
const char  *vb_sla_status_get_label     (VbSlaStatus      status);
/* The threshold lies on the worse side of the target: below it when higher
 * is better, above it when lower is better; NAN threshold is allowed, a
 * threshold without a target is not. */
gboolean     vb_sla_check_threshold      (VbDirection      direction,
                                          double           target,
                                          double           threshold,
                                          GError         **error);

G_END_DECLS
