/* vb-stage.c — the stages of the journey, listed once
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Make a stage available: mark it here, add its page type to the window's
 * table (src/gui/vb-stage-pages.c) and its rules to vb-guide-rules.c.
 */

#define G_LOG_DOMAIN "vb-stage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-stage.h"
#include "vb-stage-private.h"

static const struct {
  VbStage     stage;
  const char *value_name;
  const char *id;
  const char *title;
  const char *summary;
  const char *icon;
  gboolean    available;
} stages[VB_N_STAGES] = {
  { VB_STAGE_DASHBOARD, "VB_STAGE_DASHBOARD", "dashboard", N_("Dashboard"),
    N_("Progress, vendors and what to do next"), "view-grid-symbolic", TRUE },
  { VB_STAGE_GOALS, "VB_STAGE_GOALS", "goals", N_("Goals & Scope"),
    N_("What you want, and which work to hand over"), "find-location-symbolic", TRUE },
  { VB_STAGE_REQUIREMENTS, "VB_STAGE_REQUIREMENTS", "requirements", N_("Requirements"),
    N_("The checklist of the request for proposal"), "view-list-bullet-symbolic", TRUE },
  { VB_STAGE_SECURITY, "VB_STAGE_SECURITY", "security", N_("Security & Compliance"),
    N_("The questionnaire on data handling and security"), "security-high-symbolic", TRUE },
  { VB_STAGE_VENDORS, "VB_STAGE_VENDORS", "vendors", N_("Vendors"),
    N_("From the long list to the one you choose"), "system-users-symbolic", TRUE },
  { VB_STAGE_RESPONSES, "VB_STAGE_RESPONSES", "responses", N_("Responses"),
    N_("What each vendor answered"), "mail-read-symbolic", TRUE },
  { VB_STAGE_REFERENCES, "VB_STAGE_REFERENCES", "references", N_("References"),
    N_("Calls to the vendors’ other clients"), "call-start-symbolic", TRUE },
  { VB_STAGE_PRICING, "VB_STAGE_PRICING", "pricing", N_("Pricing & ROI"),
    N_("Every quote priced on one forecast"), "accessories-calculator-symbolic", TRUE },
  { VB_STAGE_SCORING, "VB_STAGE_SCORING", "scoring", N_("Scoring & Decision"),
    N_("Weighted scores, and the decision"), "starred-symbolic", TRUE },
  { VB_STAGE_PILOT, "VB_STAGE_PILOT", "pilot", N_("Pilot Plan"),
    N_("A controlled test before the full launch"), "media-playback-start-symbolic", TRUE },
  { VB_STAGE_SLAS, "VB_STAGE_SLAS", "slas", N_("SLAs"),
    N_("Service levels from the measure library"), "alarm-symbolic", TRUE },
  { VB_STAGE_WORKFLOWS, "VB_STAGE_WORKFLOWS", "workflows", N_("Workflows & Escalation"),
    N_("How work flows, and who is called when"), "network-workgroup-symbolic", TRUE },
  { VB_STAGE_TRANSITION, "VB_STAGE_TRANSITION", "transition", N_("Transition Checklist"),
    N_("The hand-over, phase by phase"), "view-list-ordered-symbolic", TRUE },
  { VB_STAGE_RESULTS, "VB_STAGE_RESULTS", "results", N_("Pilot Results"),
    N_("The pilot measured against the SLAs"), "x-office-presentation-symbolic", TRUE },
};

GType
vb_stage_get_type (void)
{
  static gsize id = 0;

  if (g_once_init_enter (&id))
    {
      static GEnumValue values[VB_N_STAGES + 1];

      for (guint i = 0; i < VB_N_STAGES; i++)
        {
          g_assert (stages[i].stage == (VbStage) i);
          values[i].value = (int) i;
          values[i].value_name = stages[i].value_name;
          values[i].value_nick = stages[i].id;
        }
      g_once_init_leave (&id, g_enum_register_static ("VbStage", values));
    }
  return id;
}

const char *
vb_stage_get_id (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);
  return stages[stage].id;
}

const char *
vb_stage_get_title (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);
  return _(stages[stage].title);
}

/* One line on what the stage is for */
const char *
vb_stage_get_summary (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);
  return _(stages[stage].summary);
}

const char *
vb_stage_get_icon_name (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);
  return stages[stage].icon;
}

/* the stages a test has taken away (vb-stage-private.h) */
static gboolean withheld[VB_N_STAGES];

/* Whether this version has the stage's page (the others are still to come) */
gboolean
vb_stage_is_available (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, FALSE);
  return stages[stage].available && !withheld[stage];
}

/* For the tests: @stage as if this version had no page for it (set before
 * the guide's next pass) */
void
vb_stage_set_withheld (VbStage  stage,
                       gboolean is_withheld)
{
  g_return_if_fail (stage < VB_N_STAGES);
  withheld[stage] = is_withheld;
}

gboolean
vb_stage_from_id (const char *id,
                  VbStage    *stage)
{
  for (guint i = 0; i < VB_N_STAGES; i++)
    if (g_strcmp0 (stages[i].id, id) == 0)
      {
        *stage = i;
        return TRUE;
      }
  return FALSE;
}
