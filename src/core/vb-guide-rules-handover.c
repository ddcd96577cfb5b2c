/* vb-guide-rules-handover.c — the guidance rules of Workflows & Escalation
 * and the Transition Checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Next steps and pitfalls (DOMAIN.md "Pilot and transition") of the
 * hand-over to the vendor: workflows, escalation, the transition phases
 * and their tasks (the pilot's own rules are in vb-guide-rules-pilot.c).
 * Their rows are in the one rules table (vb-guide-rules.c).
 *
 * "Today" (for overdue tasks) is the day in the team's time zone, or the
 * day a test set on the project (vb_guide_rules_set_today ()). The guide
 * reruns a rule only when one of its tables changes: a guide left open
 * over midnight shows the tasks that became overdue at the next edit.
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-format.h"
#include "vb-guide-rules.h"
#include "vb-sla-history.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-workflow.h"

#define TODAY_KEY "vb-guide-today"

/* The items of the knowledge transfer that carry the brand's voice */
#define TONE_OF_VOICE_KEY "tone-of-voice-guide"
#define SAMPLE_REVIEW_KEY "sample-interaction-review"

/**
 * vb_guide_rules_set_today:
 * @today: (nullable): the day the rules of @project judge by; NULL: the
 *   real today in the team's time zone
 *
 * For the tests and the bench. The guide does not rerun the rules when
 * the day changes: set it before the guide's next pass.
 */
void
vb_guide_rules_set_today (VbProject   *project,
                          const GDate *today)
{
  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (today == NULL || g_date_valid (today));
  g_object_set_data_full (G_OBJECT (project), TODAY_KEY,
                          today ? g_date_new_julian (g_date_get_julian (today)) : NULL,
                          (GDestroyNotify) g_date_free);
}

/* The day the rules judge by: the one a test set, or today in the team's
 * time zone (which reads the project's settings) */
void
vb_guide_today (VbProject *project,
                GDate     *today)
{
  const GDate *set = g_object_get_data (G_OBJECT (project), TODAY_KEY);
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_date_clear (today, 1);
  if (set != NULL)
    {
      g_date_set_julian (today, g_date_get_julian (set));
      return;
    }
  tz = vb_project_get_team_time_zone (project);
  now = g_date_time_new_now (tz);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* The phase of @key (a stable key of templates/transition.xml), or NULL */
VbTransitionPhase *
vb_guide_find_phase (VbProject  *project,
                     const char *key)
{
  GListModel *phases = vb_project_get_transition_phases (project);
  guint n = g_list_model_get_n_items (phases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTransitionPhase) phase = g_list_model_get_item (phases, i);

      if (g_strcmp0 (vb_transition_phase_get_key (phase), key) == 0)
        return phase;   /* the project's list keeps it */
    }
  return NULL;
}

static gboolean
phase_has_item (VbTransitionPhase *phase,
                const char        *key)
{
  GListModel *items = vb_transition_phase_get_items (phase);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (vb_transition_item_get_key (item), key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------- Workflows & escalation */

void
rule_no_workflow (VbRuleContext *ctx)
{
  if (g_list_model_get_n_items (vb_project_get_workflows (vb_rule_context_get_project (ctx))) > 0)
    return;
  vb_rule_context_emit (ctx, NULL, NULL, _("Add a workflow"),
                        _("Write down what happens when a ticket arrives: who picks it up, which steps and "
                          "tools, and when it is escalated. The vendor is trained from it."));
}

static gboolean
tier_has_path (GListModel *paths,
               int         level)
{
  guint n = g_list_model_get_n_items (paths);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEscalationPath) path = g_list_model_get_item (paths, i);

      if (vb_escalation_path_get_from_tier (path) == level)
        return TRUE;
    }
  return FALSE;
}

/* Every tier but the highest needs a way up */
void
rule_tier_without_path (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  GListModel *tiers = vb_project_get_escalation_tiers (project);
  GListModel *paths = vb_project_get_escalation_paths (project);
  guint n = g_list_model_get_n_items (tiers);
  int top = G_MININT;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEscalationTier) tier = g_list_model_get_item (tiers, i);

      top = MAX (top, vb_escalation_tier_get_level (tier));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEscalationTier) tier = g_list_model_get_item (tiers, i);
      int level = vb_escalation_tier_get_level (tier);
      g_autofree char *fingerprint = NULL;

      if (level >= top || tier_has_path (paths, level))
        continue;
      fingerprint = g_strdup_printf ("%d", level);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (tier)), fingerprint, _("Add a path"),
                            /* Translators: %d is a support tier, 1 or 2 */
                            _("Tier %d has no way up: say when it escalates a ticket and to whom (name, role, "
                              "phone, email), or its agents will sit on problems they cannot solve."),
                            level);
    }
}

/* Pitfall: escalation set up, but no emergency defined, or nobody to call
 * in one */
void
rule_no_emergency (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbFinding *f;

  if (g_list_model_get_n_items (vb_project_get_escalation_tiers (project)) == 0 &&
      g_list_model_get_n_items (vb_project_get_escalation_paths (project)) == 0)
    return;
  if (vb_str_is_blank (vb_project_get_emergency_definition (project)))
    {
      f = vb_rule_context_emit (ctx, NULL, "definition", _("Define an emergency"),
                                _("Say what counts as an emergency (the shop is down, a data leak, a threat "
                                  "against a customer…) and who is called then: without it, each agent "
                                  "decides alone at 3 a.m."));
      vb_finding_set_field (f, "emergency-definition");
    }
  else if (vb_project_get_emergency_path (project) == NULL)
    {
      f = vb_rule_context_emit (ctx, NULL, "path", _("Choose who is called"),
                                _("You defined an emergency but not who is called in one: choose the "
                                  "escalation path it takes."));
      vb_finding_set_field (f, "emergency-path-id");
    }
}

/* Pitfall: an escalation contact without a phone number or an email */
void
rule_unreachable_contact (VbRuleContext *ctx)
{
  GListModel *paths = vb_project_get_escalation_paths (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (paths);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEscalationPath) path = g_list_model_get_item (paths, i);
      gboolean no_phone = vb_str_is_blank (vb_escalation_path_get_phone (path));
      gboolean no_email = vb_str_is_blank (vb_escalation_path_get_email (path));
      const char *who = vb_escalation_path_get_contact_name (path);
      int tier = vb_escalation_path_get_from_tier (path);
      /* Translators: where an escalation starts, “tier 1”; 0 is any tier */
      g_autofree char *from = tier > 0 ? g_strdup_printf (_("tier %d"), tier) : g_strdup (_("any tier"));
      VbFinding *f;

      if (!no_phone && !no_email)
        continue;
      if (vb_str_is_blank (who))
        who = vb_escalation_path_get_contact_role (path);
      if (vb_str_is_blank (who))
        who = NULL;
      f = vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (path)),
                                no_phone && no_email ? "both" : no_phone ? "phone" : "email",
                                _("Add the contact details"),
                                no_phone && no_email
                                /* Translators: the first %s is where it starts (“tier 1”, “any tier”), the second the contact */
                                ? _("The escalation from %s goes to %s with no phone number and no "
                                    "email: nobody can reach them when it matters.")
                                : no_phone
                                /* Translators: the first %s is where it starts (“tier 1”, “any tier”), the second the contact */
                                ? _("The escalation from %s goes to %s with no phone number: an "
                                    "urgent case cannot wait for an email to be read.")
                                /* Translators: the first %s is where it starts (“tier 1”, “any tier”), the second the contact */
                                : _("The escalation from %s goes to %s with no email: add one, so "
                                    "that cases can be handed over in writing."),
                                from, who ? who : _("someone unnamed"));
      vb_finding_set_field (f, no_phone ? "phone" : "email");
    }
}

/* ------------------------------------------------------------ Transition */

void
rule_overdue_tasks (VbRuleContext *ctx)
{
  GListModel *phases = vb_project_get_transition_phases (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (phases);
  GDate today;

  vb_guide_today (vb_rule_context_get_project (ctx), &today);
  for (guint p = 0; p < n; p++)
    {
      g_autoptr(VbTransitionPhase) phase = g_list_model_get_item (phases, p);
      GListModel *items = vb_transition_phase_get_items (phase);
      guint m = g_list_model_get_n_items (items);

      for (guint i = 0; i < m; i++)
        {
          g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);
          const char *owner = vb_transition_item_get_owner (item);

          if (!vb_transition_item_is_overdue (item, &today))
            continue;
          if (vb_str_is_blank (owner))
            vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (item)), vb_transition_item_get_due_date (item),
                                  _("Update the task"),
                                  /* Translators: %s a task, %s its phase, %s its due date; nobody owns it */
                                  _("“%s” (%s) was due on %s and is not done, and nobody owns it. Name an "
                                    "owner and a new date, or mark it done."),
                                  vb_guide_label_or (VB_RECORD (item), _("A task")),
                                  vb_guide_label_or (VB_RECORD (phase), _("the transition")),
                                  vb_transition_item_get_due_date (item));
          else
            vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (item)), vb_transition_item_get_due_date (item),
                                  _("Update the task"),
                                  /* Translators: %s a task, %s its phase, %s its due date, %s its owner */
                                  _("“%s” (%s) was due on %s and is not done. Check with %s: mark it done, or "
                                    "set a new date."),
                                  vb_guide_label_or (VB_RECORD (item), _("A task")),
                                  vb_guide_label_or (VB_RECORD (phase), _("the transition")),
                                  vb_transition_item_get_due_date (item), owner);
        }
    }
}

/* Pitfall: the knowledge transfer leaves out the brand's voice (no
 * tone-of-voice guide, no review of sample interactions), found by the
 * items' stable keys whatever the user renamed them to */
void
rule_brand_voice_ignored (VbRuleContext *ctx)
{
  VbTransitionPhase *phase = vb_guide_find_phase (vb_rule_context_get_project (ctx), "knowledge-transfer");
  gboolean no_guide, no_review;

  if (phase == NULL)
    return;
  no_guide = !phase_has_item (phase, TONE_OF_VOICE_KEY);
  no_review = !phase_has_item (phase, SAMPLE_REVIEW_KEY);
  if (!no_guide && !no_review)
    return;
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (phase)),
                        no_guide && no_review ? "both" : no_guide ? TONE_OF_VOICE_KEY : SAMPLE_REVIEW_KEY,
                        _("Add a task"),
                        no_guide && no_review
                        /* Translators: %s is the knowledge-transfer phase */
                        ? _("“%s” has no tone-of-voice guide and no review of sample interactions: the "
                            "vendor's agents will answer correctly but not sound like you. Add both tasks.")
                        : no_guide
                        /* Translators: %s is the knowledge-transfer phase */
                        ? _("“%s” has no tone-of-voice guide: give the vendor how your brand sounds, the "
                            "words to use and to avoid.")
                        /* Translators: %s is the knowledge-transfer phase */
                        : _("“%s” has no review of sample interactions: go through real answers with the "
                            "vendor, so its agents learn how you sound."),
                        vb_guide_label_or (VB_RECORD (phase), _("The knowledge transfer")));
}
