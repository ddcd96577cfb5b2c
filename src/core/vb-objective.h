/* vb-objective.h — what the business wants from outsourcing
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_OBJECTIVE (vb_objective_get_type ())

G_DECLARE_FINAL_TYPE (VbObjective, vb_objective, VB, OBJECTIVE, VbRecord)

VbObjectiveKind vb_objective_get_kind    (VbObjective     *self);
const char     *vb_objective_get_title   (VbObjective     *self);
const char     *vb_objective_get_target  (VbObjective     *self);
const char     *vb_objective_get_notes   (VbObjective     *self);
gboolean        vb_objective_has_target  (VbObjective     *self);

gboolean        vb_objective_set_kind    (VbObjective     *self,
                                          VbObjectiveKind  kind,
                                          GError         **error);
gboolean        vb_objective_set_title   (VbObjective     *self,
                                          const char      *title,
                                          GError         **error);
gboolean        vb_objective_set_target  (VbObjective     *self,
                                          const char      *target,
                                          GError         **error);
gboolean        vb_objective_set_notes   (VbObjective     *self,
                                          const char      *notes,
                                          GError         **error);

GListModel     *vb_project_get_objectives (VbProject      *project);
VbObjective    *vb_project_add_objective  (VbProject      *project,
                                           GError        **error);

G_END_DECLS
