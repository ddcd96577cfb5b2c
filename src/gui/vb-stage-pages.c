/* vb-stage-pages.c — which page shows which stage
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's one table beside the core's list of stages (vb-stage.c).
 * Add a stage: its page (a file pair implementing VbStagePage) and one row
 * here; tests/display/test-shell.c fails when an available stage has no
 * page here or a page here has no available stage.
 */

#define G_LOG_DOMAIN "vb-stage-pages"

#include "config.h"

#include "vb-dashboard-page.h"
#include "vb-goals-page.h"
#include "vb-pilot-page.h"
#include "vb-pricing-page.h"
#include "vb-results-page.h"
#include "vb-references-page.h"
#include "vb-responses-page.h"
#include "vb-scoring-page.h"
#include "vb-stage-pages.h"
#include "vb-vendors-page.h"
#include "vb-requirements-page.h"
#include "vb-security-page.h"
#include "vb-slas-page.h"
#include "vb-transition-page.h"
#include "vb-workflows-page.h"

static const VbStagePageEntry pages[] = {
  { VB_STAGE_DASHBOARD, vb_dashboard_page_get_type },
  { VB_STAGE_GOALS, vb_goals_page_get_type },
  { VB_STAGE_VENDORS, vb_vendors_page_get_type },
  { VB_STAGE_REQUIREMENTS, vb_requirements_page_get_type },
  { VB_STAGE_SECURITY, vb_security_page_get_type },
  { VB_STAGE_REFERENCES, vb_references_page_get_type },
  { VB_STAGE_RESPONSES, vb_responses_page_get_type },
  { VB_STAGE_PRICING, vb_pricing_page_get_type },
  { VB_STAGE_SCORING, vb_scoring_page_get_type },
  { VB_STAGE_TRANSITION, vb_transition_page_get_type },
  { VB_STAGE_PILOT, vb_pilot_page_get_type },
  { VB_STAGE_RESULTS, vb_results_page_get_type },
  { VB_STAGE_WORKFLOWS, vb_workflows_page_get_type },
  { VB_STAGE_SLAS, vb_slas_page_get_type },
};

const VbStagePageEntry *
vb_stage_pages (guint *n_pages)
{
  *n_pages = G_N_ELEMENTS (pages);
  return pages;
}

/* The page type of @stage, or G_TYPE_NONE when this version has none */
GType
vb_stage_page_type_for (VbStage stage)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (pages[i].stage == stage)
      return pages[i].get_type ();
  return G_TYPE_NONE;
}

/* Returns: (transfer floating) (nullable): the page of @stage */
GtkWidget *
vb_stage_page_new_for (VbStage    stage,
                       VbContext *context)
{
  GType type = vb_stage_page_type_for (stage);

  if (type == G_TYPE_NONE)
    return NULL;
  return g_object_new (type, "context", context, NULL);
}
