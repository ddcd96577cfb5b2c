/* vb-task.h — a task the team does in-house today
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_TASK (vb_task_get_type ())

G_DECLARE_FINAL_TYPE (VbTask, vb_task, VB, TASK, VbRecord)

/* What a task still needs before the rule can suggest anything */
typedef enum {
  VB_TASK_MISSING_NONE        = 0,
  VB_TASK_MISSING_WORK_KIND   = 1 << 0,
  VB_TASK_MISSING_VOLUME      = 1 << 1,
  VB_TASK_MISSING_HANDLE_TIME = 1 << 2,
} VbTaskMissing;

const char  *vb_task_get_name              (VbTask *self);
const char  *vb_task_get_function          (VbTask *self);
VbChannel    vb_task_get_channel           (VbTask *self);
VbWorkKind   vb_task_get_work_kind         (VbTask *self);
double       vb_task_get_monthly_volume    (VbTask *self);
double       vb_task_get_handle_minutes    (VbTask *self);
guint        vb_task_get_cover_days        (VbTask *self);
int          vb_task_get_cover_from        (VbTask *self);
int          vb_task_get_cover_to          (VbTask *self);
const char  *vb_task_get_cover_timezone    (VbTask *self);
const char  *vb_task_get_languages         (VbTask *self);
double       vb_task_get_annual_cost       (VbTask *self);
gboolean     vb_task_get_needs_engineering (VbTask *self);
gboolean     vb_task_get_brand_critical    (VbTask *self);
gboolean     vb_task_get_regulated         (VbTask *self);
VbSourcing   vb_task_get_decision          (VbTask *self);
const char  *vb_task_get_decision_note     (VbTask *self);
const char  *vb_task_get_notes             (VbTask *self);

gboolean     vb_task_set_name              (VbTask *self, const char *name, GError **error);
gboolean     vb_task_set_function          (VbTask *self, const char *function, GError **error);
gboolean     vb_task_set_channel           (VbTask *self, VbChannel channel, GError **error);
gboolean     vb_task_set_work_kind         (VbTask *self, VbWorkKind kind, GError **error);
gboolean     vb_task_set_monthly_volume    (VbTask *self, double volume, GError **error);
gboolean     vb_task_set_handle_minutes    (VbTask *self, double minutes, GError **error);
gboolean     vb_task_set_cover_days        (VbTask *self, guint days, GError **error);
gboolean     vb_task_set_cover_hours       (VbTask *self, int from, int to, GError **error);
gboolean     vb_task_set_cover_timezone    (VbTask *self, const char *timezone, GError **error);
gboolean     vb_task_set_languages         (VbTask *self, const char *languages, GError **error);
gboolean     vb_task_set_annual_cost       (VbTask *self, double cost, GError **error);
gboolean     vb_task_set_needs_engineering (VbTask *self, gboolean value, GError **error);
gboolean     vb_task_set_brand_critical    (VbTask *self, gboolean value, GError **error);
gboolean     vb_task_set_regulated         (VbTask *self, gboolean value, GError **error);
gboolean     vb_task_set_decision          (VbTask *self, VbSourcing decision, GError **error);
gboolean     vb_task_set_decision_note     (VbTask *self, const char *note, GError **error);
gboolean     vb_task_set_notes             (VbTask *self, const char *notes, GError **error);

VbTaskMissing vb_task_get_missing          (VbTask *self);
gboolean     vb_task_is_complete           (VbTask *self);
double       vb_task_get_workload_hours    (VbTask *self);
VbSourcing   vb_task_suggest               (VbTask *self,
                                            char  **reason);
VbSourcing   vb_task_get_plan              (VbTask *self);

GListModel  *vb_project_get_tasks          (VbProject *project);
VbTask      *vb_project_add_task           (VbProject *project,
                                            GError   **error);

G_END_DECLS
