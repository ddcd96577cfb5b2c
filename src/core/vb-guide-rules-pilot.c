/* vb-guide-rules-pilot.c — the guidance rules of the pilot and onboarding
 * stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Next steps and pitfalls (DOMAIN.md "Pilot and transition", "KPI
 * definitions") of Pilot Plan, SLAs, Workflows & Escalation and the
 * Transition Checklist. Their rows are in the one rules table
 * (vb-guide-rules.c).
 *
 * "Today" (for overdue tasks) is the day in the team's time zone, or the
 * day a test set on the project (vb_guide_rules_set_today ()). The guide
 * reruns a rule only when one of its tables changes: a guide left open
 * over midnight shows the tasks that became overdue at the next edit.
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vb-channel-forecast.h"
#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-guide-rules.h"
#include "vb-pilot.h"
#include "vb-sla-history.h"
#include "vb-sla.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor.h"
#include "vb-workflow.h"

#define TODAY_KEY "vb-guide-today"

/* The phases from which on the service is in the vendor's hands */
static const char *const launch_phases[] = { "cut-over", "hypercare", "steady-state", NULL };

/* The items of the knowledge transfer that carry the brand's voice */
#define TONE_OF_VOICE_KEY "tone-of-voice-guide"
#define SAMPLE_REVIEW_KEY "sample-interaction-review"

/* At most this many rows named in one sentence */
#define MAX_NAMED 3

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

static void
today_of (VbRuleContext *ctx,
          GDate         *today)
{
  VbProject *project = vb_rule_context_get_project (ctx);
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

static const char *
vendor_name (VbVendor *vendor)
{
  const char *name = vendor ? vb_vendor_get_display_name (vendor) : NULL;

  return vb_str_is_blank (name) ? _("the vendor") : name;
}

static const char *
pilot_vendor_name (VbPilot *pilot)
{
  return vendor_name (vb_pilot_get_vendor (pilot));
}

/* “CSAT on chat”, “Average handle time” (all channels) */
static char *
sla_label (VbSla *sla)
{
  const char *kpi = vb_sla_get_kpi_name (sla);
  VbChannelScope channel = vb_sla_get_channel (sla);

  if (vb_str_is_blank (kpi))
    kpi = _("a measure");
  if (channel == VB_CHANNEL_SCOPE_ALL)
    return g_strdup (kpi);
  /* Translators: an SLA, “CSAT on chat”: a measure, then a channel */
  return g_strdup_printf (_("%s on %s"), kpi, vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, (int) channel));
}

/* “A”, “A and B”, “A, B, C and 2 more” (vb_format_list) */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < names->len && i < MAX_NAMED; i++)
    g_ptr_array_add (shown, g_strdup (names->pdata[i]));
  if (names->len > MAX_NAMED)
    /* Translators: the last item of a list of names, “A, B, C and 2 more” */
    g_ptr_array_add (shown, g_strdup_printf (ngettext ("%u more", "%u more", names->len - MAX_NAMED),
                                             names->len - MAX_NAMED));
  g_ptr_array_add (shown, NULL);
  return vb_format_list ((const char *const *) shown->pdata);
}

static VbTransitionPhase *
find_phase (VbProject  *project,
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

/* ------------------------------------------------------------ Pilot */

void
rule_no_pilot (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbVendor *selected = vb_project_get_selected_vendor (project);

  if (selected == NULL || vb_project_get_pilot (project) != NULL)
    return;
  vb_rule_context_emit (ctx, NULL, vb_record_get_uuid (VB_RECORD (selected)), _("Plan the pilot"),
                        /* Translators: %s is the selected vendor's name */
                        _("You chose %s: plan a pilot before handing it all your customers. Start small (one "
                          "channel, one region or one product line) for a few weeks, with go / no-go "
                          "criteria agreed up front."),
                        vendor_name (selected));
}

void
rule_pilot_without_dates (VbRuleContext *ctx)
{
  VbPilot *pilot = vb_project_get_pilot (vb_rule_context_get_project (ctx));
  gboolean no_start, no_end;
  VbFinding *f;

  if (pilot == NULL)
    return;
  no_start = vb_str_is_blank (vb_pilot_get_start_date (pilot));
  no_end = vb_str_is_blank (vb_pilot_get_end_date (pilot));
  if (!no_start && !no_end)
    return;
  f = vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (pilot)), no_start ? "start" : "end",
                            _("Set the dates"),
                            no_start && no_end
                            /* Translators: %s is a vendor's name */
                            ? _("Give the pilot with %s a start and an end date: without an end, nobody knows "
                                "when to decide whether it goes on.")
                            : no_start
                            /* Translators: %s is a vendor's name */
                            ? _("Give the pilot with %s a start date, so that the check-ins and the first "
                                "weeks of results can be planned.")
                            /* Translators: %s is a vendor's name */
                            : _("Give the pilot with %s an end date: without one, nobody knows when to decide "
                                "whether it goes on."),
                            pilot_vendor_name (pilot));
  vb_finding_set_field (f, no_start ? "start-date" : "end-date");
}

void
rule_pilot_without_scope (VbRuleContext *ctx)
{
  VbPilot *pilot = vb_project_get_pilot (vb_rule_context_get_project (ctx));
  double share;

  if (pilot == NULL)
    return;
  share = vb_pilot_get_volume_share (pilot);
  if (vb_pilot_get_channels (pilot) != 0 || !vb_str_is_blank (vb_pilot_get_region (pilot)) ||
      !vb_str_is_blank (vb_pilot_get_product_line (pilot)) ||
      !vb_str_is_blank (vb_pilot_get_contact_types (pilot)) || (!isnan (share) && share > 0))
    return;
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (pilot)), NULL, _("Set the scope"),
                        /* Translators: %s is a vendor's name */
                        _("Say what the pilot with %s covers: which channels, region, product line or kinds "
                          "of contact, and what share of the volume. Otherwise its results prove little."),
                        pilot_vendor_name (pilot));
}

void
rule_pilot_without_criteria (VbRuleContext *ctx)
{
  VbPilot *pilot = vb_project_get_pilot (vb_rule_context_get_project (ctx));

  if (pilot == NULL || g_list_model_get_n_items (vb_pilot_get_criteria (pilot)) > 0)
    return;
  vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (pilot)), NULL, _("Add a criterion"),
                        /* Translators: %s is a vendor's name */
                        _("Agree before the pilot with %s starts what makes it a success: go / no-go "
                          "criteria, each tied to an SLA or a yes / no condition. Decided afterwards, the "
                          "verdict is a matter of opinion."),
                        pilot_vendor_name (pilot));
}

/* Pitfall: no pilot before the full launch (a task of the cut-over or a
 * later phase started) */
void
rule_launch_without_pilot (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);

  if (vb_project_get_pilot (project) != NULL)
    return;
  for (guint p = 0; launch_phases[p]; p++)
    {
      VbTransitionPhase *phase = find_phase (project, launch_phases[p]);
      GListModel *items;
      guint n;

      if (phase == NULL)
        continue;
      items = vb_transition_phase_get_items (phase);
      n = g_list_model_get_n_items (items);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);
          VbItemStatus status = vb_transition_item_get_status (item);

          if (status != VB_ITEM_STATUS_IN_PROGRESS && status != VB_ITEM_STATUS_DONE)
            continue;
          vb_rule_context_emit (ctx, NULL, vb_record_get_uuid (VB_RECORD (item)), _("Plan the pilot"),
                                /* Translators: %s is a task of the transition, %s its phase */
                                _("“%s” (%s) has started, but there was no pilot: the vendor takes over "
                                  "all your customers untested. Run a pilot on one channel or region "
                                  "first, with go / no-go criteria."),
                                vb_guide_label_or (VB_RECORD (item), _("A task")),
                                vb_guide_label_or (VB_RECORD (phase), _("the cut-over")));
          return;
        }
    }
}

/* Pitfall: a pilot that takes the whole volume, or every channel the
 * forecast lists (two or more) at once */
void
rule_pilot_too_big (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbPilot *pilot = vb_project_get_pilot (project);
  GListModel *forecast = vb_project_get_forecast_channels (project);
  guint n = g_list_model_get_n_items (forecast);
  guint forecast_mask = 0, mask;
  double share;
  VbFinding *f;

  if (pilot == NULL)
    return;
  share = vb_pilot_get_volume_share (pilot);
  if (!isnan (share) && share >= 100)
    {
      f = vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (pilot)), "volume", _("Narrow the scope"),
                                /* Translators: %s is a vendor's name */
                                _("The pilot with %s takes the whole volume: that is a launch, not a pilot. "
                                  "Start with a share of it (one channel, region or product line), so a "
                                  "problem touches few customers and you can still go back."),
                                pilot_vendor_name (pilot));
      vb_finding_set_field (f, "volume-share-pct");
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) c = g_list_model_get_item (forecast, i);

      forecast_mask |= VB_CHANNEL_MASK (vb_channel_forecast_get_channel (c));
    }
  mask = vb_pilot_get_channels (pilot);
  if (n < 2 || (mask & forecast_mask) != forecast_mask)
    return;
  {
    g_autofree char *labels = vb_enum_set_to_labels (VB_TYPE_CHANNEL, forecast_mask);
    g_autofree char *fingerprint = g_strdup_printf ("channels-%x", forecast_mask);

    f = vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (pilot)), fingerprint, _("Narrow the scope"),
                              /* Translators: %s is a vendor's name, then a list of channels */
                              _("The pilot with %s takes every channel at once (%s): start with one, learn "
                                "from it, then add the others."),
                              pilot_vendor_name (pilot), labels);
    vb_finding_set_field (f, "channels");
  }
}

/* ------------------------------------------------------------ SLAs */

void
rule_no_sla (VbRuleContext *ctx)
{
  if (g_list_model_get_n_items (vb_project_get_slas (vb_rule_context_get_project (ctx))) > 0)
    return;
  vb_rule_context_emit (ctx, NULL, NULL, _("Add an SLA"),
                        _("Set the service levels the vendor must meet (answer times, resolution, customer "
                          "satisfaction…): without them “good service” means whatever each side thinks."));
}

void
rule_sla_without_threshold (VbRuleContext *ctx)
{
  GListModel *slas = vb_project_get_slas (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (slas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);
      g_autofree char *label = NULL;

      if (vb_sla_is_tracked_only (sla) || !isnan (vb_sla_get_threshold (sla)))
        continue;
      label = sla_label (sla);
      vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (sla)), NULL, _("Set the threshold"),
                            /* Translators: %s is an SLA, “CSAT on chat” */
                            _("“%s” has a target but no “not quite” level: set the value between the target and "
                              "a breach, so that a slipping week shows as at risk before it is breached."),
                            label);
    }
}

/* Pitfall: a target nobody can check — no measurement method, no data
 * source or no reporting cadence, and no threshold with them (a threshold
 * alone is the next step of slas.no-threshold: not said twice) */
void
rule_vague_sla (VbRuleContext *ctx)
{
  GListModel *slas = vb_project_get_slas (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (slas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);
      g_autoptr(GPtrArray) missing = NULL;
      g_autofree char *label = NULL, *list = NULL, *fingerprint = NULL;
      const char *field = NULL;
      gboolean no[4];
      VbFinding *f;

      if (vb_sla_is_tracked_only (sla))
        continue;
      no[0] = isnan (vb_sla_get_threshold (sla));
      no[1] = vb_str_is_blank (vb_sla_get_method (sla));
      no[2] = vb_str_is_blank (vb_sla_get_data_source (sla));
      no[3] = vb_str_is_blank (vb_sla_get_cadence (sla));
      if (!no[1] && !no[2] && !no[3])
        continue;
      missing = g_ptr_array_new ();
      if (no[0])
        g_ptr_array_add (missing, _("a “not quite” threshold"));
      if (no[1])
        g_ptr_array_add (missing, _("a measurement method"));
      if (no[2])
        g_ptr_array_add (missing, _("a data source"));
      if (no[3])
        g_ptr_array_add (missing, _("a reporting cadence"));
      field = no[1] ? "method" : no[2] ? "data-source" : no[3] ? "cadence" : "threshold";
      label = sla_label (sla);
      list = join_names (missing);
      fingerprint = g_strdup_printf ("%d%d%d%d", no[0], no[1], no[2], no[3]);
      f = vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (sla)), fingerprint, _("Complete the SLA"),
                                /* Translators: %s is an SLA, “CSAT on chat”; then what it lacks */
                                _("“%s” is vague: it is missing %s. A vendor can then measure and report it "
                                  "the way that suits it best."),
                                label, list);
      vb_finding_set_field (f, field);
    }
}

static gboolean
kpi_is_speed (const VbKpi *kpi)
{
  switch (vb_kpi_get_id (kpi))
    {
    case VB_KPI_SERVICE_LEVEL:
    case VB_KPI_ASA:
    case VB_KPI_FIRST_RESPONSE_MEDIAN:
    case VB_KPI_FIRST_RESPONSE_P90:
    case VB_KPI_RESOLUTION_TIME:
    case VB_KPI_AHT:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
kpi_is_quality (const VbKpi *kpi)
{
  VbKpiId id = vb_kpi_get_id (kpi);

  return id == VB_KPI_CSAT || id == VB_KPI_FCR || id == VB_KPI_QA_SCORE;
}

/* Pitfall: SLAs on speed only (answer, response, resolution, handle
 * times), none on CSAT, first contact resolution or QA */
void
rule_speed_without_quality (VbRuleContext *ctx)
{
  GListModel *slas = vb_project_get_slas (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (slas);
  g_autoptr(GPtrArray) speed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL, *fingerprint = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);
      const VbKpi *kpi = vb_sla_get_builtin_kpi (sla);

      if (kpi == NULL)
        continue;
      if (kpi_is_quality (kpi))
        return;
      if (kpi_is_speed (kpi))
        g_ptr_array_add (speed, sla_label (sla));
    }
  if (speed->len == 0)
    return;
  list = join_names (speed);
  fingerprint = g_strdup_printf ("%u", speed->len);
  vb_rule_context_emit (ctx, NULL, fingerprint, _("Add an SLA"),
                        /* Translators: %s is a list of SLAs, “Average handle time and Service level” */
                        _("Your SLAs measure only speed (%s): a vendor can meet them by rushing customers "
                          "off the line. Add one on quality: CSAT, first contact resolution or a QA score."),
                        list);
}

/* Pitfall: bots or AI handle part of the pilot and no SLA watches CSAT */
void
rule_over_automation (VbRuleContext *ctx)
{
  VbProject *project = vb_rule_context_get_project (ctx);
  VbPilot *pilot = vb_project_get_pilot (project);
  GListModel *slas = vb_project_get_slas (project);
  guint n = g_list_model_get_n_items (slas);
  g_autofree char *fingerprint = NULL, *percent = NULL;
  double share;

  if (pilot == NULL)
    return;
  share = vb_pilot_get_automation_share (pilot);
  if (isnan (share) || share <= 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);

      if (g_strcmp0 (vb_sla_get_kpi_key (sla), vb_kpi_get_key (vb_kpi_get_builtin (VB_KPI_CSAT))) == 0)
        return;
    }
  fingerprint = g_strdup_printf ("%g", share);
  percent = vb_format_percent (share, 0);
  vb_rule_context_emit (ctx, NULL, fingerprint, _("Add a CSAT SLA"),
                        /* Translators: %s is a vendor's name, then the share of contacts bots handle (“40 %”) */
                        _("In the pilot with %s, bots or AI handle %s of the contacts, and no SLA watches "
                          "customer satisfaction. Add a CSAT SLA: automation that frustrates customers shows "
                          "there first."),
                        pilot_vendor_name (pilot), percent);
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
                                /* Translators: %d is the tier a ticket escalates from, %s the contact */
                                ? _("The escalation from tier %d goes to %s with no phone number and no "
                                    "email: nobody can reach them when it matters.")
                                : no_phone
                                /* Translators: %d is the tier a ticket escalates from, %s the contact */
                                ? _("The escalation from tier %d goes to %s with no phone number: an "
                                    "urgent case cannot wait for an email to be read.")
                                /* Translators: %d is the tier a ticket escalates from, %s the contact */
                                : _("The escalation from tier %d goes to %s with no email: add one, so "
                                    "that cases can be handed over in writing."),
                                vb_escalation_path_get_from_tier (path), who ? who : _("someone unnamed"));
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

  today_of (ctx, &today);
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
  VbTransitionPhase *phase = find_phase (vb_rule_context_get_project (ctx), "knowledge-transfer");
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
