/* test-guide-pilot.c — the guidance rules of the pilot and onboarding stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule of vb-guide-rules-pilot.c fires on a project made for it and
 * stays quiet on one that is fine (test-guide.c's /guide/all-rules-tested
 * lists this program's tests beside its own). The stages have no page
 * yet, so the guide runs them only with the tests' switch; a last test
 * checks that without it they stay hidden.
 *
 * The fixture: a blank project, Acme selected, and "today" 10 March 2026
 * (vb_guide_rules_set_today ()). A pilot, SLAs, tiers and the transition
 * phases are added by each test as it needs them; phases and items take
 * the stable keys the template gives them (templates/transition.xml).
 */

#include <math.h>
#include <string.h>

#include "vb-channel-forecast.h"
#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-go-criterion.h"
#include "vb-guide.h"
#include "vb-guide-private.h"
#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-sla.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor.h"
#include "vb-workflow.h"
#include "vb-stage-private.h"
#include "vb-test-util.h"

typedef struct {
  char      *dir;
  VbProject *project;
  VbGuide   *guide;
  VbVendor  *acme;
} Fixture;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

static void
set_today (VbProject *project,
           int        day,
           GDateMonth month,
           int        year)
{
  GDate *today = g_date_new_dmy (day, month, year);

  vb_guide_rules_set_today (project, today);
  g_date_free (today);
}

static void
setup_with (Fixture    *f,
            const char *template_id)
{
  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", template_id);
  set_today (f->project, 10, G_DATE_MARCH, 2026);
  f->acme = vb_project_add_vendor (f->project, NULL);
  OK (vb_vendor_set_name (f->acme, "Acme", error));
  OK (vb_vendor_set_status (f->acme, VB_VENDOR_STATUS_FINALIST, NULL, error));
  OK (vb_vendor_select (f->acme, error));
  f->guide = vb_guide_new (f->project);
  vb_guide_set_include_unavailable (f->guide, TRUE);
}

static void
setup (Fixture *f, gconstpointer data)
{
  setup_with (f, "blank");
}

static void
setup_template (Fixture *f, gconstpointer data)
{
  setup_with (f, "customer-support");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->guide);
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static const char *
uuid (gpointer row)
{
  return vb_record_get_uuid (VB_RECORD (row));
}

/* The open finding of @rule about @subject (NULL: any), after a refresh */
static VbFinding *
find (Fixture    *f,
      const char *rule,
      const char *subject)
{
  GListModel *findings;

  vb_guide_refresh (f->guide);
  findings = vb_guide_get_findings (f->guide);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(VbFinding) fi = g_list_model_get_item (findings, i);

      if (g_str_equal (vb_finding_get_rule_id (fi), rule) &&
          (subject == NULL || g_strcmp0 (vb_finding_get_subject (fi), subject) == 0))
        return fi;   /* the model keeps its reference */
    }
  return NULL;
}

static VbFinding *
assert_fires (Fixture       *f,
              const char    *rule,
              VbStage        stage,
              VbFindingKind  kind,
              const char    *subject,
              const char    *message_has)
{
  VbFinding *fi = find (f, rule, subject);

  if (fi == NULL)
    g_error ("no finding of rule %s about “%s”", rule, subject ? subject : "(any)");
  g_test_message ("%s: %s", rule, vb_finding_get_message (fi));
  g_assert_cmpint (vb_finding_get_stage (fi), ==, stage);
  g_assert_cmpint (vb_finding_get_kind (fi), ==, kind);
  g_assert_cmpstr (vb_finding_get_action_label (fi), !=, "");
  if (vb_finding_get_field (fi) != NULL)
    {
      GObjectClass *klass = g_type_class_ref (vb_finding_get_subject_type (fi));

      if (g_object_class_find_property (klass, vb_finding_get_field (fi)) == NULL)
        g_error ("%s: the field “%s” is not a property of %s", rule, vb_finding_get_field (fi),
                 g_type_name (vb_finding_get_subject_type (fi)));
      g_type_class_unref (klass);
    }
  if (message_has && !vbt_contains_ci (vb_finding_get_message (fi), message_has))
    g_error ("the message “%s” does not name “%s”", vb_finding_get_message (fi), message_has);
  return fi;
}

static void
assert_quiet (Fixture    *f,
              const char *rule)
{
  VbFinding *fi = find (f, rule, NULL);

  if (fi != NULL)
    g_error ("rule %s fired: %s", rule, vb_finding_get_message (fi));
}

static VbPilot *
add_pilot (Fixture *f)
{
  g_autoptr(GError) err = NULL;
  VbPilot *pilot = vb_project_add_pilot (f->project, &err);

  g_assert_no_error (err);
  g_assert_nonnull (pilot);
  return pilot;
}

static VbSla *
add_sla (Fixture    *f,
         const char *kpi,
         double      target,
         double      threshold)
{
  g_autoptr(GError) err = NULL;
  VbSla *sla = vb_project_add_sla (f->project, kpi, &err);

  g_assert_no_error (err);
  g_assert_nonnull (sla);
  if (!isnan (target))
    OK (vb_sla_set_levels (sla, target, threshold, error));
  return sla;
}

/* An SLA nobody can call vague */
static VbSla *
add_full_sla (Fixture    *f,
              const char *kpi,
              double      target,
              double      threshold)
{
  VbSla *sla = add_sla (f, kpi, target, threshold);

  OK (vb_sla_set_method (sla, "Survey after each closed ticket", error));
  OK (vb_sla_set_data_source (sla, "Help desk report", error));
  OK (vb_sla_set_cadence (sla, "Weekly", error));
  return sla;
}

static VbTransitionPhase *
add_phase (Fixture    *f,
           const char *key,
           const char *name)
{
  g_autoptr(GError) err = NULL;
  VbTransitionPhase *phase = vb_project_add_transition_phase (f->project, &err);

  g_assert_no_error (err);
  OK (vb_project_set_text (f->project, VB_RECORD (phase), "key", key, error));
  OK (vb_transition_phase_set_name (phase, name, error));
  g_assert_cmpstr (vb_transition_phase_get_key (phase), ==, key);
  return phase;
}

static VbTransitionItem *
add_item (Fixture           *f,
          VbTransitionPhase *phase,
          const char        *key,
          const char        *title)
{
  g_autoptr(GError) err = NULL;
  VbTransitionItem *item = vb_transition_phase_add_item (phase, &err);

  g_assert_no_error (err);
  if (key != NULL)
    OK (vb_project_set_text (f->project, VB_RECORD (item), "key", key, error));
  OK (vb_transition_item_set_title (item, title, error));
  return item;
}

static VbEscalationTier *
add_tier (Fixture *f,
          int      level)
{
  g_autoptr(GError) err = NULL;
  VbEscalationTier *tier = vb_project_add_escalation_tier (f->project, &err);

  g_assert_no_error (err);
  OK (vb_escalation_tier_set_level (tier, level, error));
  return tier;
}

static VbEscalationPath *
add_path (Fixture    *f,
          int         from_tier,
          const char *name,
          const char *phone,
          const char *email)
{
  g_autoptr(GError) err = NULL;
  VbEscalationPath *path = vb_project_add_escalation_path (f->project, &err);

  g_assert_no_error (err);
  OK (vb_escalation_path_set_from_tier (path, from_tier, error));
  OK (vb_escalation_path_set_contact_name (path, name, error));
  if (phone)
    OK (vb_escalation_path_set_phone (path, phone, error));
  if (email)
    OK (vb_escalation_path_set_email (path, email, error));
  return path;
}

static void
forecast (Fixture  *f,
          VbChannel channel)
{
  g_assert_nonnull (vb_project_add_channel_forecast (f->project, channel, NULL));
}

/* ------------------------------------------------------------ Pilot */

static void
no_pilot_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "pilot.no-pilot", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, "", "Acme");
}

static void
no_pilot_quiet (Fixture *f, gconstpointer data)
{
  add_pilot (f);
  assert_quiet (f, "pilot.no-pilot");
}

static void
no_pilot_quiet_unselected (Fixture *f, gconstpointer data)
{
  /* no vendor chosen yet: too early for a pilot */
  OK (vb_vendor_set_status (f->acme, VB_VENDOR_STATUS_FINALIST, NULL, error));
  assert_quiet (f, "pilot.no-pilot");
}

static void
no_dates_fires (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);
  VbFinding *fi;

  fi = assert_fires (f, "pilot.no-dates", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, uuid (pilot), "Acme");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "start-date");
  /* a start without an end is not enough */
  OK (vb_pilot_set_start_date (pilot, "2026-04-06", error));
  fi = assert_fires (f, "pilot.no-dates", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, uuid (pilot), "end date");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "end-date");
}

static void
no_dates_quiet (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  OK (vb_pilot_set_start_date (pilot, "2026-04-06", error));
  OK (vb_pilot_set_end_date (pilot, "2026-05-29", error));
  assert_quiet (f, "pilot.no-dates");
}

static void
no_scope_fires (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  assert_fires (f, "pilot.no-scope", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, uuid (pilot), "channels");
}

static void
no_scope_quiet (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  OK (vb_pilot_set_channels (pilot, VB_CHANNEL_MASK (VB_CHANNEL_CHAT), error));
  assert_quiet (f, "pilot.no-scope");
}

static void
no_scope_quiet_region (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  OK (vb_pilot_set_region (pilot, "Benelux", error));
  assert_quiet (f, "pilot.no-scope");
}

static void
no_criteria_fires (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  assert_fires (f, "pilot.no-criteria", VB_STAGE_PILOT, VB_FINDING_NEXT_STEP, uuid (pilot), "go / no-go");
}

static void
no_criteria_quiet (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);
  VbGoCriterion *c = vb_pilot_add_criterion (pilot, NULL);

  g_assert_nonnull (c);
  OK (vb_go_criterion_set_condition (c, "No complaint reaches the CEO", error));
  assert_quiet (f, "pilot.no-criteria");
}

static VbTransitionItem *
cut_over_started (Fixture *f)
{
  VbTransitionPhase *phase = add_phase (f, "cut-over", "Staged cut-over");
  VbTransitionItem *item = add_item (f, phase, "cut-over-plan", "Move email to the vendor");

  OK (vb_transition_item_set_status (item, VB_ITEM_STATUS_IN_PROGRESS, error));
  return item;
}

static void
launch_without_pilot_fires (Fixture *f, gconstpointer data)
{
  cut_over_started (f);
  assert_fires (f, "pilot.launch-without-pilot", VB_STAGE_PILOT, VB_FINDING_WARNING, "",
                "Move email to the vendor");
}

static void
launch_without_pilot_quiet (Fixture *f, gconstpointer data)
{
  cut_over_started (f);
  add_pilot (f);
  assert_quiet (f, "pilot.launch-without-pilot");
}

static void
launch_without_pilot_quiet_not_started (Fixture *f, gconstpointer data)
{
  VbTransitionItem *item = cut_over_started (f);

  /* planned, not started; and knowledge transfer under way does not launch */
  OK (vb_transition_item_set_status (item, VB_ITEM_STATUS_TODO, error));
  OK (vb_transition_item_set_status (add_item (f, add_phase (f, "knowledge-transfer", "Knowledge transfer"),
                                               "gather-training-material", "Gather the scripts"),
                                     VB_ITEM_STATUS_DONE, error));
  assert_quiet (f, "pilot.launch-without-pilot");
}

static void
too_big_fires (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);
  VbFinding *fi;

  OK (vb_pilot_set_volume_share (pilot, 100, error));
  fi = assert_fires (f, "pilot.too-big", VB_STAGE_PILOT, VB_FINDING_WARNING, uuid (pilot), "whole volume");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "volume-share-pct");
}

static void
too_big_fires_channels (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);
  VbFinding *fi;

  forecast (f, VB_CHANNEL_PHONE);
  forecast (f, VB_CHANNEL_EMAIL);
  OK (vb_pilot_set_volume_share (pilot, 30, error));
  OK (vb_pilot_set_channels (pilot, VB_CHANNEL_MASK (VB_CHANNEL_PHONE) | VB_CHANNEL_MASK (VB_CHANNEL_EMAIL), error));
  fi = assert_fires (f, "pilot.too-big", VB_STAGE_PILOT, VB_FINDING_WARNING, uuid (pilot), "every channel");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "channels");
}

static void
too_big_quiet (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  forecast (f, VB_CHANNEL_PHONE);
  forecast (f, VB_CHANNEL_EMAIL);
  OK (vb_pilot_set_volume_share (pilot, 30, error));
  OK (vb_pilot_set_channels (pilot, VB_CHANNEL_MASK (VB_CHANNEL_EMAIL), error));
  assert_quiet (f, "pilot.too-big");
}

static void
too_big_quiet_one_channel (Fixture *f, gconstpointer data)
{
  /* one channel outsourced: piloting it is not "every channel at once" */
  VbPilot *pilot = add_pilot (f);

  forecast (f, VB_CHANNEL_EMAIL);
  OK (vb_pilot_set_channels (pilot, VB_CHANNEL_MASK (VB_CHANNEL_EMAIL), error));
  assert_quiet (f, "pilot.too-big");
}

/* ------------------------------------------------------------ SLAs */

static void
no_sla_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "slas.no-sla", VB_STAGE_SLAS, VB_FINDING_NEXT_STEP, "", "service levels");
}

static void
no_sla_quiet (Fixture *f, gconstpointer data)
{
  add_sla (f, "csat", NAN, NAN);
  assert_quiet (f, "slas.no-sla");
}

static void
no_threshold_fires (Fixture *f, gconstpointer data)
{
  VbSla *sla = add_full_sla (f, "csat", 85, NAN);

  OK (vb_sla_set_channel (sla, VB_CHANNEL_SCOPE_CHAT, error));
  assert_fires (f, "slas.no-threshold", VB_STAGE_SLAS, VB_FINDING_NEXT_STEP, uuid (sla), "CSAT");
  assert_fires (f, "slas.no-threshold", VB_STAGE_SLAS, VB_FINDING_NEXT_STEP, uuid (sla), "chat");
}

static void
no_threshold_quiet (Fixture *f, gconstpointer data)
{
  add_full_sla (f, "csat", 85, 80);
  assert_quiet (f, "slas.no-threshold");
}

static void
no_threshold_quiet_tracked (Fixture *f, gconstpointer data)
{
  /* tracked only: no target, so no threshold either */
  add_sla (f, "nps", NAN, NAN);
  assert_quiet (f, "slas.no-threshold");
}

static void
vague_fires (Fixture *f, gconstpointer data)
{
  VbSla *sla = add_sla (f, "aht", 360, 420);
  VbFinding *fi;

  fi = assert_fires (f, "slas.vague", VB_STAGE_SLAS, VB_FINDING_WARNING, uuid (sla), "a measurement method");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "method");
  g_assert_false (vbt_contains_ci (vb_finding_get_message (fi), "threshold"));
  g_assert_true (vbt_contains_ci (vb_finding_get_message (fi), "Average handle time"));
  g_assert_true (vbt_contains_ci (vb_finding_get_message (fi), "a data source"));
  /* only the cadence left: that is what it names and opens */
  OK (vb_sla_set_method (sla, "Talk + hold + wrap-up ÷ handled", error));
  OK (vb_sla_set_data_source (sla, "Telephony report", error));
  fi = assert_fires (f, "slas.vague", VB_STAGE_SLAS, VB_FINDING_WARNING, uuid (sla), "reporting cadence");
  g_assert_false (vbt_contains_ci (vb_finding_get_message (fi), "measurement"));
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "cadence");
}

static void
vague_fires_threshold (Fixture *f, gconstpointer data)
{
  /* no threshold either: named with the rest */
  VbSla *sla = add_sla (f, "csat", 85, NAN);

  OK (vb_sla_set_method (sla, "Survey after each closed ticket", error));
  OK (vb_sla_set_data_source (sla, "Help desk report", error));
  assert_fires (f, "slas.vague", VB_STAGE_SLAS, VB_FINDING_WARNING, uuid (sla), "a “not quite” threshold and a reporting cadence");
}

static void
vague_quiet_threshold_only (Fixture *f, gconstpointer data)
{
  /* only the threshold missing: slas.no-threshold says it, once */
  VbSla *sla = add_full_sla (f, "csat", 85, NAN);

  assert_quiet (f, "slas.vague");
  g_assert_nonnull (find (f, "slas.no-threshold", uuid (sla)));
}

static void
vague_quiet (Fixture *f, gconstpointer data)
{
  add_full_sla (f, "aht", 360, 420);
  /* a KPI tracked only promises nothing: nothing vague about it */
  add_sla (f, "nps", NAN, NAN);
  assert_quiet (f, "slas.vague");
}

static void
speed_without_quality_fires (Fixture *f, gconstpointer data)
{
  add_full_sla (f, "aht", 360, 420);
  add_full_sla (f, "service-level", 80, 75);
  add_full_sla (f, "nps", 30, 20);
  assert_fires (f, "slas.speed-without-quality", VB_STAGE_SLAS, VB_FINDING_WARNING, "", "Average handle time");
  assert_fires (f, "slas.speed-without-quality", VB_STAGE_SLAS, VB_FINDING_WARNING, "", "Service level");
}

static void
speed_without_quality_quiet (Fixture *f, gconstpointer data)
{
  add_full_sla (f, "aht", 360, 420);
  add_full_sla (f, "fcr", 70, 65);
  assert_quiet (f, "slas.speed-without-quality");
}

static void
speed_without_quality_quiet_no_speed (Fixture *f, gconstpointer data)
{
  add_full_sla (f, "nps", 30, 20);
  assert_quiet (f, "slas.speed-without-quality");
}

static void
over_automation_fires (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  OK (vb_pilot_set_automation_share (pilot, 40, error));
  add_full_sla (f, "fcr", 70, 65);
  assert_fires (f, "slas.over-automation", VB_STAGE_SLAS, VB_FINDING_WARNING, "", "40");
}

static void
over_automation_quiet (Fixture *f, gconstpointer data)
{
  VbPilot *pilot = add_pilot (f);

  OK (vb_pilot_set_automation_share (pilot, 40, error));
  add_sla (f, "csat", NAN, NAN);
  assert_quiet (f, "slas.over-automation");
}

static void
over_automation_quiet_no_bots (Fixture *f, gconstpointer data)
{
  add_pilot (f);
  assert_quiet (f, "slas.over-automation");
}

/* ------------------------------------------------- Workflows & escalation */

static void
no_workflow_fires (Fixture *f, gconstpointer data)
{
  assert_fires (f, "workflows.no-workflow", VB_STAGE_WORKFLOWS, VB_FINDING_NEXT_STEP, "", "ticket arrives");
}

static void
no_workflow_quiet (Fixture *f, gconstpointer data)
{
  g_assert_nonnull (vb_project_add_workflow (f->project, NULL));
  assert_quiet (f, "workflows.no-workflow");
}

static void
tier_without_path_fires (Fixture *f, gconstpointer data)
{
  VbEscalationTier *one = add_tier (f, 1);
  VbEscalationTier *two = add_tier (f, 2);
  VbEscalationTier *three = add_tier (f, 3);

  add_path (f, 1, "Dana", "+31 20 555 0101", "dana@example.com");
  assert_fires (f, "workflows.tier-without-path", VB_STAGE_WORKFLOWS, VB_FINDING_NEXT_STEP, uuid (two), "Tier 2");
  g_assert_null (find (f, "workflows.tier-without-path", uuid (one)));
  /* the top tier has no tier above it */
  g_assert_null (find (f, "workflows.tier-without-path", uuid (three)));
}

static void
tier_without_path_quiet (Fixture *f, gconstpointer data)
{
  add_tier (f, 1);
  add_tier (f, 2);
  add_tier (f, 3);
  add_path (f, 1, "Dana", "+31 20 555 0101", "dana@example.com");
  add_path (f, 2, "Eli", "+31 20 555 0102", "eli@example.com");
  assert_quiet (f, "workflows.tier-without-path");
}

static void
no_emergency_fires (Fixture *f, gconstpointer data)
{
  VbFinding *fi;

  add_tier (f, 1);
  fi = assert_fires (f, "workflows.no-emergency", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, "", "emergency");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "emergency-definition");
  /* defined, but nobody to call */
  OK (vb_project_set_emergency_definition (f->project, "The shop is down", error));
  fi = assert_fires (f, "workflows.no-emergency", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, "", "who is called");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "emergency-path-id");
}

static void
no_emergency_quiet (Fixture *f, gconstpointer data)
{
  VbEscalationPath *path;

  add_tier (f, 1);
  path = add_path (f, 1, "Dana", "+31 20 555 0101", "dana@example.com");
  OK (vb_project_set_emergency_definition (f->project, "The shop is down", error));
  OK (vb_project_set_emergency_path (f->project, path, error));
  assert_quiet (f, "workflows.no-emergency");
}

static void
no_emergency_quiet_blank (Fixture *f, gconstpointer data)
{
  /* no escalation set up yet: the next steps come first */
  assert_quiet (f, "workflows.no-emergency");
}

static void
unreachable_contact_fires (Fixture *f, gconstpointer data)
{
  VbEscalationPath *no_phone = add_path (f, 1, "Dana", NULL, "dana@example.com");
  VbEscalationPath *fine = add_path (f, 2, "Eli", "+31 20 555 0102", "eli@example.com");
  VbFinding *fi;

  fi = assert_fires (f, "workflows.unreachable-contact", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, uuid (no_phone),
                     "Dana");
  g_assert_true (vbt_contains_ci (vb_finding_get_message (fi), "no phone"));
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "phone");
  g_assert_null (find (f, "workflows.unreachable-contact", uuid (fine)));
  OK (vb_escalation_path_set_phone (no_phone, "+31 20 555 0101", error));
  OK (vb_escalation_path_set_email (no_phone, "", error));
  fi = assert_fires (f, "workflows.unreachable-contact", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, uuid (no_phone),
                     "no email");
  g_assert_cmpstr (vb_finding_get_field (fi), ==, "email");
  g_assert_true (vbt_contains_ci (vb_finding_get_message (fi), "from tier 1 goes to Dana"));
  /* a path from any tier is said so, not “tier 0” */
  OK (vb_escalation_path_set_from_tier (no_phone, 0, error));
  fi = assert_fires (f, "workflows.unreachable-contact", VB_STAGE_WORKFLOWS, VB_FINDING_WARNING, uuid (no_phone),
                     "from any tier goes to Dana");
  g_assert_null (strstr (vb_finding_get_message (fi), "tier 0"));
}

static void
unreachable_contact_quiet (Fixture *f, gconstpointer data)
{
  add_path (f, 1, "Dana", "+31 20 555 0101", "dana@example.com");
  assert_quiet (f, "workflows.unreachable-contact");
}

/* ------------------------------------------------------------ Transition */

static void
overdue_fires (Fixture *f, gconstpointer data)
{
  VbTransitionPhase *phase = add_phase (f, "plan", "Plan and governance");
  VbTransitionItem *late = add_item (f, phase, "named-owners", "Name an owner on each side");
  VbTransitionItem *due_today = add_item (f, phase, "document-workflows", "Document the workflows");
  VbFinding *fi;

  OK (vb_transition_item_set_due_date (late, "2026-03-09", error));
  OK (vb_transition_item_set_owner (late, "Ann", error));
  OK (vb_transition_item_set_due_date (due_today, "2026-03-10", error));
  fi = assert_fires (f, "transition.overdue", VB_STAGE_TRANSITION, VB_FINDING_NEXT_STEP, uuid (late),
                     "Name an owner on each side");
  g_assert_true (vbt_contains_ci (vb_finding_get_message (fi), "2026-03-09"));
  g_assert_true (vbt_contains_ci (vb_finding_get_message (fi), "Ann"));
  g_assert_null (find (f, "transition.overdue", uuid (due_today)));
}

static void
overdue_quiet (Fixture *f, gconstpointer data)
{
  VbTransitionPhase *phase = add_phase (f, "plan", "Plan and governance");
  VbTransitionItem *done = add_item (f, phase, "named-owners", "Name an owner on each side");
  VbTransitionItem *later = add_item (f, phase, "document-workflows", "Document the workflows");

  add_item (f, phase, NULL, "Undated task");
  OK (vb_transition_item_set_due_date (done, "2026-03-01", error));
  OK (vb_transition_item_set_status (done, VB_ITEM_STATUS_DONE, error));
  OK (vb_transition_item_set_due_date (later, "2026-03-10", error));
  assert_quiet (f, "transition.overdue");
}

/* "today" is the rules' clock: the same task, judged a day earlier */
static void
overdue_quiet_earlier (Fixture *f, gconstpointer data)
{
  VbTransitionItem *late = add_item (f, add_phase (f, "plan", "Plan"), "named-owners", "Name the owners");

  set_today (f->project, 9, G_DATE_MARCH, 2026);
  OK (vb_transition_item_set_due_date (late, "2026-03-09", error));
  assert_quiet (f, "transition.overdue");
  /* the guide does not rerun a rule when only the day changes: a fresh
   * pass (as after the next edit of its tables) sees the new day */
  set_today (f->project, 10, G_DATE_MARCH, 2026);
  vb_guide_set_incremental (f->guide, FALSE);
  g_assert_nonnull (find (f, "transition.overdue", uuid (late)));
}

static void
brand_voice_fires (Fixture *f, gconstpointer data)
{
  VbTransitionPhase *phase = add_phase (f, "knowledge-transfer", "Knowledge transfer");

  add_item (f, phase, "tone-of-voice-guide", "Share the brand book");
  assert_fires (f, "transition.brand-voice", VB_STAGE_TRANSITION, VB_FINDING_WARNING, uuid (phase),
                "sample interactions");
  /* a task titled like one, without its key, is not it */
  add_item (f, phase, NULL, "Review sample interactions");
  assert_fires (f, "transition.brand-voice", VB_STAGE_TRANSITION, VB_FINDING_WARNING, uuid (phase),
                "Knowledge transfer");
}

static void
brand_voice_quiet (Fixture *f, gconstpointer data)
{
  VbTransitionPhase *phase = add_phase (f, "knowledge-transfer", "Knowledge transfer");

  /* renamed by the user: found by their keys */
  add_item (f, phase, "tone-of-voice-guide", "Share the brand book");
  add_item (f, phase, "sample-interaction-review", "Listen to ten calls together");
  assert_quiet (f, "transition.brand-voice");
}

/* The template's own transition plan has both, found by their keys;
 * removing one makes the rule fire */
static void
brand_voice_quiet_template (Fixture *f, gconstpointer data)
{
  GListModel *phases = vb_project_get_transition_phases (f->project);
  g_autoptr(VbTransitionPhase) kt = NULL;
  GListModel *items;

  for (guint i = 0; kt == NULL && i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(VbTransitionPhase) p = g_list_model_get_item (phases, i);

      if (g_strcmp0 (vb_transition_phase_get_key (p), "knowledge-transfer") == 0)
        kt = g_steal_pointer (&p);
    }
  g_assert_nonnull (kt);
  assert_quiet (f, "transition.brand-voice");
  items = vb_transition_phase_get_items (kt);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (vb_transition_item_get_key (item), "tone-of-voice-guide") == 0)
        {
          OK (vb_record_remove (VB_RECORD (item), error));
          break;
        }
    }
  assert_fires (f, "transition.brand-voice", VB_STAGE_TRANSITION, VB_FINDING_WARNING, uuid (kt), "tone-of-voice");
}

/* ------------------------------------------------------------ tables */

/* Each rule of these stages, run alone, reads only the tables its row
 * names (test-guide-cache.c checks the same on the sample and the
 * templates, which have no pilot) */
static void
check_tables (Fixture    *f,
              const char *where)
{
  guint n_rules;
  const VbRule *rules = vb_guide_rules (&n_rules);
  guint checked = 0;

  for (guint i = 0; i < n_rules; i++)
    {
      g_autoptr(GHashTable) read = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) found = NULL;
      GHashTableIter iter;
      const char *table;

      if (rules[i].stage < VB_STAGE_PILOT)
        continue;
      vb_project_set_read_log (f->project, read);
      found = vb_guide_evaluate_rule (f->guide, i);
      vb_project_set_read_log (f->project, NULL);
      g_hash_table_iter_init (&iter, read);
      while (g_hash_table_iter_next (&iter, (gpointer *) &table, NULL))
        if (!g_strv_contains ((const char *const *) rules[i].tables, table))
          g_error ("%s: the rule %s reads the table %s, which its row in vb-guide-rules.c does not name",
                   where, rules[i].id, table);
      g_test_message ("%s: %s found %u", where, rules[i].id, found->len);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 17);
}

/* Every rule on its longest path: first with no pilot and the cut-over
 * started, then with a pilot that has everything to complain about */
static void
tables_declared (Fixture *f, gconstpointer data)
{
  VbTransitionPhase *kt = add_phase (f, "knowledge-transfer", "Knowledge transfer");
  VbTransitionItem *late = add_item (f, kt, "gather-training-material", "Gather the scripts");
  VbSla *sla = add_sla (f, "aht", 360, NAN);
  VbPilot *pilot;

  cut_over_started (f);
  OK (vb_transition_item_set_due_date (late, "2026-03-01", error));
  OK (vb_transition_item_set_owner (late, "Ann", error));
  OK (vb_sla_set_channel (sla, VB_CHANNEL_SCOPE_PHONE, error));
  add_tier (f, 1);
  add_tier (f, 2);
  add_path (f, 2, "Eli", NULL, NULL);
  OK (vb_project_set_emergency_definition (f->project, "The shop is down", error));
  forecast (f, VB_CHANNEL_PHONE);
  forecast (f, VB_CHANNEL_EMAIL);
  check_tables (f, "no pilot");

  pilot = add_pilot (f);
  OK (vb_pilot_set_channels (pilot, VB_CHANNEL_MASK (VB_CHANNEL_PHONE) | VB_CHANNEL_MASK (VB_CHANNEL_EMAIL), error));
  OK (vb_pilot_set_automation_share (pilot, 25, error));
  check_tables (f, "a pilot on every channel");
  OK (vb_pilot_set_volume_share (pilot, 100, error));
  OK (vb_pilot_set_start_date (pilot, "2026-04-06", error));
  check_tables (f, "a pilot on the whole volume");
}

/* ------------------------------------------------------------ hidden */

/* Without the tests' switch, a stage's rules show exactly when the stage
 * has a page: the fixture fires a rule of the Pilot Plan, of the SLAs and
 * of Workflows & Escalation, the last taken away for the test (every
 * stage has its page now) */
static void
hidden_without_page (Fixture *f, gconstpointer data)
{
  g_autoptr(VbGuide) guide = NULL;
  GListModel *findings;
  const VbStage firing[] = { VB_STAGE_PILOT, VB_STAGE_SLAS, VB_STAGE_WORKFLOWS };
  guint n_available = 0;

  /* every stage has its page now: Workflows & Escalation is taken away */
  vb_stage_set_withheld (VB_STAGE_WORKFLOWS, TRUE);
  guide = vb_guide_new (f->project);
  findings = vb_guide_get_findings (guide);

  g_assert_nonnull (find (f, "pilot.no-pilot", NULL));
  g_assert_nonnull (find (f, "slas.no-sla", NULL));
  g_assert_nonnull (find (f, "workflows.no-workflow", NULL));
  for (guint s = 0; s < G_N_ELEMENTS (firing); s++)
    {
      guint n = 0;

      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(VbFinding) fi = g_list_model_get_item (findings, i);

          n += vb_finding_get_stage (fi) == firing[s];
        }
      g_test_message ("%s: %u findings", vb_stage_get_id (firing[s]), n);
      g_assert_cmpint (n > 0, ==, vb_stage_is_available (firing[s]));
      n_available += vb_stage_is_available (firing[s]);
    }
  /* both sides are seen while some have a page and some not */
  g_assert_cmpuint (n_available, >, 0);
  g_assert_cmpuint (n_available, <, G_N_ELEMENTS (firing));
  vb_stage_set_withheld (VB_STAGE_WORKFLOWS, FALSE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define T(path, func) g_test_add ("/guide/rule/" path, Fixture, NULL, setup, func, teardown)
  T ("pilot.no-pilot/fires", no_pilot_fires);
  T ("pilot.no-pilot/quiet", no_pilot_quiet);
  T ("pilot.no-pilot/quiet-unselected", no_pilot_quiet_unselected);
  T ("pilot.no-dates/fires", no_dates_fires);
  T ("pilot.no-dates/quiet", no_dates_quiet);
  T ("pilot.no-scope/fires", no_scope_fires);
  T ("pilot.no-scope/quiet", no_scope_quiet);
  T ("pilot.no-scope/quiet-region", no_scope_quiet_region);
  T ("pilot.no-criteria/fires", no_criteria_fires);
  T ("pilot.no-criteria/quiet", no_criteria_quiet);
  T ("pilot.launch-without-pilot/fires", launch_without_pilot_fires);
  T ("pilot.launch-without-pilot/quiet", launch_without_pilot_quiet);
  T ("pilot.launch-without-pilot/quiet-not-started", launch_without_pilot_quiet_not_started);
  T ("pilot.too-big/fires", too_big_fires);
  T ("pilot.too-big/fires-channels", too_big_fires_channels);
  T ("pilot.too-big/quiet", too_big_quiet);
  T ("pilot.too-big/quiet-one-channel", too_big_quiet_one_channel);
  T ("slas.no-sla/fires", no_sla_fires);
  T ("slas.no-sla/quiet", no_sla_quiet);
  T ("slas.no-threshold/fires", no_threshold_fires);
  T ("slas.no-threshold/quiet", no_threshold_quiet);
  T ("slas.no-threshold/quiet-tracked", no_threshold_quiet_tracked);
  T ("slas.vague/fires", vague_fires);
  T ("slas.vague/fires-threshold", vague_fires_threshold);
  T ("slas.vague/quiet", vague_quiet);
  T ("slas.vague/quiet-threshold-only", vague_quiet_threshold_only);
  T ("slas.speed-without-quality/fires", speed_without_quality_fires);
  T ("slas.speed-without-quality/quiet", speed_without_quality_quiet);
  T ("slas.speed-without-quality/quiet-no-speed", speed_without_quality_quiet_no_speed);
  T ("slas.over-automation/fires", over_automation_fires);
  T ("slas.over-automation/quiet", over_automation_quiet);
  T ("slas.over-automation/quiet-no-bots", over_automation_quiet_no_bots);
  T ("workflows.no-workflow/fires", no_workflow_fires);
  T ("workflows.no-workflow/quiet", no_workflow_quiet);
  T ("workflows.tier-without-path/fires", tier_without_path_fires);
  T ("workflows.tier-without-path/quiet", tier_without_path_quiet);
  T ("workflows.no-emergency/fires", no_emergency_fires);
  T ("workflows.no-emergency/quiet", no_emergency_quiet);
  T ("workflows.no-emergency/quiet-blank", no_emergency_quiet_blank);
  T ("workflows.unreachable-contact/fires", unreachable_contact_fires);
  T ("workflows.unreachable-contact/quiet", unreachable_contact_quiet);
  T ("transition.overdue/fires", overdue_fires);
  T ("transition.overdue/quiet", overdue_quiet);
  T ("transition.overdue/quiet-earlier", overdue_quiet_earlier);
  T ("transition.brand-voice/fires", brand_voice_fires);
  T ("transition.brand-voice/quiet", brand_voice_quiet);
#undef T
  g_test_add ("/guide/rule/transition.brand-voice/quiet-template", Fixture, NULL, setup_template,
              brand_voice_quiet_template, teardown);
  g_test_add ("/guide/pilot/tables-declared", Fixture, NULL, setup, tables_declared, teardown);
  g_test_add ("/guide/pilot/hidden-without-page", Fixture, NULL, setup, hidden_without_page, teardown);
  return g_test_run ();
}
