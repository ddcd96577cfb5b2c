/* vb-sla.h — a service level: a KPI on a channel, with its target
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SLA names a built-in KPI (vb-kpi.h) or a custom one by its key, a
 * channel or all of them, and a target with a "not quite" threshold on
 * the worse side of it; without a target the KPI is tracked only (and
 * has no threshold). Also: the answer time of a service level, the
 * measurement method and data source, the reporting cadence, the service
 * credit and the objective it serves.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-custom-kpi.h"
#include "vb-kpi.h"
#include "vb-objective.h"

G_BEGIN_DECLS

#define VB_TYPE_SLA (vb_sla_get_type ())

G_DECLARE_FINAL_TYPE (VbSla, vb_sla, VB, SLA, VbRecord)

const char     *vb_sla_get_kpi_key        (VbSla *self);
VbChannelScope  vb_sla_get_channel        (VbSla *self);
VbObjective    *vb_sla_get_objective      (VbSla *self);
double          vb_sla_get_target         (VbSla *self);
double          vb_sla_get_answer_seconds (VbSla *self);
double          vb_sla_get_threshold      (VbSla *self);
const char     *vb_sla_get_method         (VbSla *self);
const char     *vb_sla_get_data_source    (VbSla *self);
const char     *vb_sla_get_cadence        (VbSla *self);
const char     *vb_sla_get_credit         (VbSla *self);

gboolean        vb_sla_set_channel        (VbSla *self, VbChannelScope channel, GError **error);
gboolean        vb_sla_set_objective      (VbSla *self, VbObjective *objective, GError **error);
gboolean        vb_sla_set_answer_seconds (VbSla *self, double answer_seconds, GError **error);
gboolean        vb_sla_set_method         (VbSla *self, const char *method, GError **error);
gboolean        vb_sla_set_data_source    (VbSla *self, const char *data_source, GError **error);
gboolean        vb_sla_set_cadence        (VbSla *self, const char *cadence, GError **error);
gboolean        vb_sla_set_credit         (VbSla *self, const char *credit, GError **error);
gboolean        vb_sla_set_kpi_key        (VbSla *self, const char *key, GError **error);
gboolean        vb_sla_set_target         (VbSla *self, double target, GError **error);
gboolean        vb_sla_set_threshold      (VbSla *self, double threshold, GError **error);
gboolean        vb_sla_set_levels         (VbSla *self, double target, double threshold, GError **error);

const VbKpi    *vb_sla_get_builtin_kpi    (VbSla *self);
VbCustomKpi    *vb_sla_get_custom_kpi     (VbSla *self);
const char     *vb_sla_get_kpi_name       (VbSla *self);
VbDirection     vb_sla_get_direction      (VbSla *self);
gboolean        vb_sla_is_tracked_only    (VbSla *self);
VbSlaStatus     vb_sla_get_status_of      (VbSla *self, double value);

GListModel     *vb_project_get_slas       (VbProject *project);
VbSla          *vb_project_add_sla        (VbProject *project, const char *kpi_key, GError **error);

G_END_DECLS
