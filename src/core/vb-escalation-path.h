/* vb-escalation-path.h — a line of the escalation matrix
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When (the trigger), from which tier (1–3, or 0: any), to whom (name,
 * role, phone, email) and the response time expected, in minutes. What
 * counts as an emergency, and the path that is called then, are the
 * project's (vb_project_get_emergency_definition).
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_ESCALATION_PATH (vb_escalation_path_get_type ())

G_DECLARE_FINAL_TYPE (VbEscalationPath, vb_escalation_path, VB, ESCALATION_PATH, VbRecord)

const char       *vb_escalation_path_get_trigger          (VbEscalationPath *self);
int               vb_escalation_path_get_from_tier        (VbEscalationPath *self);
const char       *vb_escalation_path_get_contact_name     (VbEscalationPath *self);
const char       *vb_escalation_path_get_contact_role     (VbEscalationPath *self);
const char       *vb_escalation_path_get_phone            (VbEscalationPath *self);
const char       *vb_escalation_path_get_email            (VbEscalationPath *self);
double            vb_escalation_path_get_response_minutes (VbEscalationPath *self);

gboolean          vb_escalation_path_set_trigger          (VbEscalationPath *self, const char *trigger, GError **error);
gboolean          vb_escalation_path_set_from_tier        (VbEscalationPath *self, int from_tier, GError **error);
gboolean          vb_escalation_path_set_contact_name     (VbEscalationPath *self, const char *contact_name, GError **error);
gboolean          vb_escalation_path_set_contact_role     (VbEscalationPath *self, const char *contact_role, GError **error);
gboolean          vb_escalation_path_set_phone            (VbEscalationPath *self, const char *phone, GError **error);
gboolean          vb_escalation_path_set_email            (VbEscalationPath *self, const char *email, GError **error);
gboolean          vb_escalation_path_set_response_minutes (VbEscalationPath *self, double response_minutes, GError **error);

GListModel       *vb_project_get_escalation_paths         (VbProject *project);
VbEscalationPath *vb_project_add_escalation_path          (VbProject *project, GError **error);
VbEscalationPath *vb_project_add_escalation_path_from (VbProject *project, int from_tier, GError **error);

const char       *vb_project_get_emergency_definition     (VbProject *project);
gboolean          vb_project_set_emergency_definition     (VbProject *project, const char *definition,
                                                           GError **error);
VbEscalationPath *vb_project_get_emergency_path           (VbProject *project);
gboolean          vb_project_set_emergency_path           (VbProject *project, VbEscalationPath *path,
                                                           GError **error);

G_END_DECLS
