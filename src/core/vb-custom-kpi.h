/* vb-custom-kpi.h — a KPI of the project's own, beside the built-in library
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in KPIs (vb-kpi.h) have fixed keys; a custom KPI has a key
 * of its own, unique in the project and never a built-in key, so that an
 * SLA's kpi_key names one KPI only.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_CUSTOM_KPI (vb_custom_kpi_get_type ())

G_DECLARE_FINAL_TYPE (VbCustomKpi, vb_custom_kpi, VB, CUSTOM_KPI, VbRecord)

const char  *vb_custom_kpi_get_key           (VbCustomKpi *self);
const char  *vb_custom_kpi_get_name          (VbCustomKpi *self);
const char  *vb_custom_kpi_get_unit          (VbCustomKpi *self);
VbDirection  vb_custom_kpi_get_direction     (VbCustomKpi *self);
const char  *vb_custom_kpi_get_definition    (VbCustomKpi *self);
const char  *vb_custom_kpi_get_formula       (VbCustomKpi *self);

gboolean     vb_custom_kpi_set_name          (VbCustomKpi *self, const char *name, GError **error);
gboolean     vb_custom_kpi_set_unit          (VbCustomKpi *self, const char *unit, GError **error);
gboolean     vb_custom_kpi_set_direction     (VbCustomKpi *self, VbDirection direction, GError **error);
gboolean     vb_custom_kpi_set_definition    (VbCustomKpi *self, const char *definition, GError **error);
gboolean     vb_custom_kpi_set_formula       (VbCustomKpi *self, const char *formula, GError **error);
gboolean     vb_custom_kpi_set_key           (VbCustomKpi *self, const char *key, GError **error);
const char  *vb_custom_kpi_get_display_name  (VbCustomKpi *self);

GListModel  *vb_project_get_custom_kpis      (VbProject *project);
VbCustomKpi *vb_project_add_custom_kpi       (VbProject *project, GError **error);
/* With a fresh key ("own-1", …) in the same edit */
VbCustomKpi *vb_project_add_keyed_custom_kpi (VbProject *project, GError **error);
VbCustomKpi *vb_project_lookup_custom_kpi    (VbProject *project, const char *key);

G_END_DECLS
