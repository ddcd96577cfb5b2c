/* vb-signing-checklist.c — the pre-signing checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The six checks of DOMAIN.md "Before signing" (the same six the decision
 * issue lists), each met from the project's data where it can be, plus
 * two the user confirms: the references were called and someone read the
 * contract. Keys are stable: the file stores them.
 */

#define G_LOG_DOMAIN "vb-signing-checklist"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vb-decision-record.h"
#include "vb-format.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-reference.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-signing-checklist.h"
#include "vb-sla.h"
#include "vb-task.h"
#include "vb-vendor-scores.h"
#include "vb-vendor.h"

static const VbSigningCheck checks[] = {
  { "priority-channels-covered", N_("The vendor covers your priority channels"),
    N_("Met when the selected vendor works on every channel of the tasks you chose to outsource."), TRUE },
  { "smb-case-studies", N_("The vendor showed case studies from businesses like yours"),
    N_("Met when a requirement on case studies from small and medium businesses is answered as met."), TRUE },
  { "slas-tied-to-objectives", N_("Service levels are defined and each serves a goal"),
    N_("Met when there is at least one service level with a target, and each one is tied to an objective."), TRUE },
  { "no-high-risk-gap", N_("No high-risk security gap is left open"),
    N_("Met when the selected vendor gave the expected answer to every high-risk question, or an exception was accepted."), TRUE },
  { "pilot-with-exit", N_("A pilot with dates and an exit clause is planned"),
    N_("Met when the pilot has a start and an end date and an exit clause."), TRUE },
  { "visible-reporting", N_("You can see the reporting yourself"),
    N_("Met when the pilot names the shared reporting or dashboard you will have."), TRUE },
  { "references-called", N_("You called the vendor’s references"),
    N_("Met when at least one reference call of the selected vendor is recorded."), TRUE },
  { "contract-read", N_("Someone you trust read the whole contract"),
    N_("Tick it yourself when the term, notice, exit fees and price changes are understood."), FALSE },
};

guint
vb_signing_checklist_get_n (void)
{
  return G_N_ELEMENTS (checks);
}

const VbSigningCheck *
vb_signing_checklist_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (checks), NULL);
  return &checks[index];
}

const VbSigningCheck *
vb_signing_checklist_lookup (const char *key)
{
  for (guint i = 0; key && i < G_N_ELEMENTS (checks); i++)
    if (g_str_equal (checks[i].key, key))
      return &checks[i];
  return NULL;
}

const char *
vb_signing_check_get_label (const VbSigningCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, check->label);
}

const char *
vb_signing_check_get_hint (const VbSigningCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, check->hint);
}

/* The channels of the tasks chosen for outsourcing (wholly or in part) */
static guint
outsourced_channels (VbProject *project)
{
  GListModel *tasks = vb_project_get_tasks (project);
  guint mask = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(VbTask) t = g_list_model_get_item (tasks, i);
      VbSourcing d = vb_task_get_decision (t);

      if (d == VB_SOURCING_OUTSOURCE || d == VB_SOURCING_HYBRID)
        mask |= 1u << vb_task_get_channel (t);
    }
  return mask;
}

static VbCheckState
check_channels (VbProject *project, VbVendor *vendor, char **reason)
{
  guint wanted = outsourced_channels (project);

  if (wanted == 0)
    {
      *reason = g_strdup (_("No task is chosen for outsourcing yet: its channels are not known."));
      return VB_CHECK_UNKNOWN;
    }
  if ((vb_vendor_get_channels (vendor) & wanted) == wanted)
    {
      *reason = g_strdup (_("The vendor works on every channel of the tasks you outsource."));
      return VB_CHECK_MET;
    }
  *reason = g_strdup (_("The vendor does not work on every channel of the tasks you outsource."));
  return VB_CHECK_UNMET;
}

static VbCheckState
check_slas (VbProject *project, char **reason)
{
  GListModel *slas = vb_project_get_slas (project);
  guint n = g_list_model_get_n_items (slas), untied = 0, with_target = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);

      if (!isnan (vb_sla_get_target (sla)))
        with_target++;
      if (vb_sla_get_objective (sla) == NULL)
        untied++;
    }
  if (with_target == 0)
    {
      *reason = g_strdup (_("No service level with a target is defined yet."));
      return VB_CHECK_UNMET;
    }
  if (untied > 0)
    {
      *reason = g_strdup_printf (ngettext ("%u service level serves no objective.",
                                           "%u service levels serve no objective.", untied), untied);
      return VB_CHECK_UNMET;
    }
  *reason = g_strdup (_("Every service level has a target and serves an objective."));
  return VB_CHECK_MET;
}

static VbCheckState
check_pilot (VbProject *project, gboolean reporting, char **reason)
{
  VbPilot *pilot = vb_project_get_pilot (project);

  if (pilot == NULL)
    {
      *reason = g_strdup (_("No pilot is planned yet."));
      return VB_CHECK_UNMET;
    }
  if (reporting)
    {
      if (vb_str_is_blank (vb_pilot_get_reporting (pilot)))
        {
          *reason = g_strdup (_("The pilot does not say which reporting you will see."));
          return VB_CHECK_UNMET;
        }
      *reason = g_strdup (_("The pilot names the reporting you will see."));
      return VB_CHECK_MET;
    }
  if (vb_str_is_blank (vb_pilot_get_start_date (pilot)) || vb_str_is_blank (vb_pilot_get_end_date (pilot)))
    {
      *reason = g_strdup (_("The pilot has no start or no end date."));
      return VB_CHECK_UNMET;
    }
  if (vb_str_is_blank (vb_pilot_get_exit_notes (pilot)))
    {
      *reason = g_strdup (_("The pilot has no exit clause."));
      return VB_CHECK_UNMET;
    }
  *reason = g_strdup (_("The pilot has its dates and an exit clause."));
  return VB_CHECK_MET;
}

static VbCheckState
check_references (VbVendor *vendor, char **reason)
{
  GListModel *refs = vb_vendor_get_references (vendor);

  for (guint i = 0; i < g_list_model_get_n_items (refs); i++)
    {
      g_autoptr(VbReference) r = g_list_model_get_item (refs, i);

      if (!vb_str_is_blank (vb_reference_get_called_on (r)))
        {
          *reason = g_strdup (_("A reference call of the vendor is recorded."));
          return VB_CHECK_MET;
        }
    }
  *reason = g_strdup (_("No reference call of the vendor is recorded."));
  return VB_CHECK_UNMET;
}

/* The templates' requirement on case studies from businesses of the
 * owner's size, by its stable key (whatever the user renamed it to) */
#define CASE_STUDIES_KEY "case-studies-small-business"

static VbCheckState
check_case_studies (VbProject *project, VbVendor *vendor, char **reason)
{
  GListModel *requirements = vb_project_get_records (project, "requirement");
  gboolean asked = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(VbRequirement) r = g_list_model_get_item (requirements, i);
      VbResponse *response;

      if (!vb_record_is_live (VB_RECORD (r)) || !vb_requirement_get_included (r) ||
          g_strcmp0 (vb_requirement_get_key (r), CASE_STUDIES_KEY) != 0)
        continue;
      asked = TRUE;
      response = vb_requirement_get_response_of (r, vendor);
      if (response != NULL && vb_response_get_answer (response) == VB_ANSWER_MEETS)
        {
          *reason = g_strdup (_("The vendor answered the requirement on case studies as met."));
          return VB_CHECK_MET;
        }
    }
  if (!asked)
    {
      *reason = g_strdup (_("The RFP asks for no case studies from businesses like yours: tick it with a note."));
      return VB_CHECK_UNKNOWN;
    }
  *reason = g_strdup (_("The vendor has not answered the requirement on case studies as met."));
  return VB_CHECK_UNMET;
}

/* Open: a high-risk question answered against the compliant answer, or
 * "partly" or not at all, without an accepted exception (the selection
 * stage's own count, vb-selection-score.h) */
static VbCheckState
check_high_risk (VbVendor *vendor, char **reason)
{
  g_autoptr(VbVendorScores) scores = vb_vendor_scores_compute (vendor);
  guint open = scores->compliance->n_knockouts_open + scores->compliance->n_gaps_open;

  if (scores->compliance->n_asked == 0)
    {
      *reason = g_strdup (_("No security question is asked yet."));
      return VB_CHECK_UNKNOWN;
    }
  if (open > 0)
    {
      *reason = g_strdup_printf (ngettext ("%u high-risk question has the wrong answer or none, and no accepted exception.",
                                           "%u high-risk questions have the wrong answer or none, and no accepted exception.",
                                           open), open);
      return VB_CHECK_UNMET;
    }
  *reason = g_strdup (_("Every high-risk question has the expected answer or an accepted exception."));
  return VB_CHECK_MET;
}

VbCheckState
vb_signing_check_evaluate (const VbSigningCheck *check,
                           VbProject            *project,
                           char                **reason)
{
  VbDecision *decision;
  VbVendor *vendor = NULL;
  g_autofree char *why = NULL;
  VbCheckState state = VB_CHECK_UNKNOWN;

  g_return_val_if_fail (check != NULL, VB_CHECK_UNKNOWN);
  g_return_val_if_fail (VB_IS_PROJECT (project), VB_CHECK_UNKNOWN);

  decision = vb_project_get_decision (project);
  if (decision != NULL)
    vendor = vb_decision_get_vendor (decision);

  if (!check->from_data)
    why = g_strdup (_("Only you can tell: tick it with a note."));
  else if (g_str_equal (check->key, "slas-tied-to-objectives"))
    state = check_slas (project, &why);
  else if (g_str_equal (check->key, "pilot-with-exit"))
    state = check_pilot (project, FALSE, &why);
  else if (g_str_equal (check->key, "visible-reporting"))
    state = check_pilot (project, TRUE, &why);
  else if (vendor == NULL)
    why = g_strdup (_("No vendor is selected yet."));
  else if (g_str_equal (check->key, "priority-channels-covered"))
    state = check_channels (project, vendor, &why);
  else if (g_str_equal (check->key, "references-called"))
    state = check_references (vendor, &why);
  else if (g_str_equal (check->key, "smb-case-studies"))
    state = check_case_studies (project, vendor, &why);
  else if (g_str_equal (check->key, "no-high-risk-gap"))
    state = check_high_risk (vendor, &why);
  else
    why = g_strdup (_("This cannot be told from the project’s data yet: tick it with a note."));

  if (reason)
    *reason = g_steal_pointer (&why);
  return state;
}
