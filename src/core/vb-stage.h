/* vb-stage.h — the stages of the journey, listed once
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DESIGN.md §1: the dashboard and thirteen stages, in journey order. The
 * guidance engine, the CLI and the window read this one list; the window
 * keeps beside it one table from stage to page type (vb-stage-pages.c),
 * and a test fails when a stage marked available has no page or a page no
 * stage. The nicks of VB_TYPE_STAGE are the stages' ids.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  VB_STAGE_DASHBOARD,
  VB_STAGE_GOALS,
  VB_STAGE_REQUIREMENTS,
  VB_STAGE_SECURITY,
  VB_STAGE_VENDORS,
  VB_STAGE_RESPONSES,
  VB_STAGE_REFERENCES,
  VB_STAGE_PRICING,
  VB_STAGE_SCORING,
  VB_STAGE_PILOT,
  VB_STAGE_SLAS,
  VB_STAGE_WORKFLOWS,
  VB_STAGE_TRANSITION,
  VB_STAGE_RESULTS,
  VB_N_STAGES
} VbStage;

#define VB_TYPE_STAGE (vb_stage_get_type ())
GType        vb_stage_get_type        (void) G_GNUC_CONST;

const char  *vb_stage_get_id          (VbStage     stage);
const char  *vb_stage_get_title       (VbStage     stage);
const char  *vb_stage_get_summary     (VbStage     stage);
const char  *vb_stage_get_icon_name   (VbStage     stage);
gboolean     vb_stage_is_available    (VbStage     stage);
gboolean     vb_stage_from_id         (const char *id,
                                       VbStage    *stage);

G_END_DECLS
