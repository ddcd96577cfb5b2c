/* vb-kpi-result.h — one week's result of a KPI on a channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A result entered by hand is either the KPI's value or the raw counts
 * it is computed from (count_a … count_d in the order of vb_kpi_get_counts);
 * given counts, the value is computed from them, in the same edit.
 * Results of a ticket import (import_id set) are changed by importing
 * again, not by hand. week_start is a Monday.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-kpi.h"

G_BEGIN_DECLS

#define VB_TYPE_KPI_RESULT (vb_kpi_result_get_type ())

G_DECLARE_FINAL_TYPE (VbKpiResult, vb_kpi_result, VB, KPI_RESULT, VbRecord)

typedef struct _VbTicketImportRecord VbTicketImportRecord;

const char           *vb_kpi_result_get_kpi_key        (VbKpiResult *self);
VbChannelScope        vb_kpi_result_get_channel        (VbKpiResult *self);
const char           *vb_kpi_result_get_week_start     (VbKpiResult *self);
double                vb_kpi_result_get_value          (VbKpiResult *self);
double                vb_kpi_result_get_count_a        (VbKpiResult *self);
double                vb_kpi_result_get_count_b        (VbKpiResult *self);
double                vb_kpi_result_get_count_c        (VbKpiResult *self);
double                vb_kpi_result_get_count_d        (VbKpiResult *self);
gboolean              vb_kpi_result_get_business_hours (VbKpiResult *self);
VbTicketImportRecord *vb_kpi_result_get_import         (VbKpiResult *self);
const char           *vb_kpi_result_get_notes          (VbKpiResult *self);

gboolean              vb_kpi_result_set_notes          (VbKpiResult *self, const char *notes, GError **error);
gboolean              vb_kpi_result_set_value          (VbKpiResult *self, double value, GError **error);
gboolean              vb_kpi_result_set_counts         (VbKpiResult *self, const double *counts, guint n_counts,
                                                        GError **error);
gboolean              vb_kpi_result_is_imported        (VbKpiResult *self);
gboolean              vb_kpi_result_has_counts         (VbKpiResult *self);
void                  vb_kpi_result_get_counts         (VbKpiResult *self, VbKpiCounts *counts);
double                vb_kpi_result_compute_value      (VbKpiResult *self);
/* for vb_custom_kpi_set_key (): the results follow their KPI's new key */
gboolean              vb_kpi_result_rename_kpi         (VbKpiResult *self, const char *key, GError **error);

GListModel           *vb_project_get_kpi_results       (VbProject *project);
VbKpiResult          *vb_project_add_kpi_result        (VbProject *project, const char *kpi_key, VbChannelScope channel,
                                                        const char *week_start, GError **error);
/* A week entered by hand, in one edit (one undo step): the result of
 * @kpi_key on @channel for the Monday @week_start, added or, when that
 * week was entered by hand before, changed; given as its value
 * (@counts NULL) or as the raw counts of vb_kpi_result_set_counts.
 * Nothing changes when the week, the value or the counts are refused.
 * Returns: (transfer none): the result */
VbKpiResult          *vb_project_enter_kpi_result      (VbProject *project, const char *kpi_key, VbChannelScope channel,
                                                        const char *week_start, double value, const double *counts,
                                                        guint n_counts, GError **error);
/* The week entered by hand of @kpi_key on @channel, or NULL */
VbKpiResult          *vb_project_find_kpi_result       (VbProject *project, const char *kpi_key, VbChannelScope channel,
                                                        const char *week_start);
VbKpiResult          *vb_project_find_imported_kpi_result (VbProject *project, const char *kpi_key,
                                                          VbChannelScope channel, const char *week_start);

G_END_DECLS
