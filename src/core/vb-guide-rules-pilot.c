/* vb-guide-rules-pilot.c — the guidance rules of Pilot Plan and SLAs
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Next steps and pitfalls (DOMAIN.md "Pilot and transition", "KPI
 * definitions") of the pilot and its service levels; those of Workflows &
 * Escalation and the Transition Checklist are in vb-guide-rules-handover.c.
 * Their rows are in the one rules table (vb-guide-rules.c).
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vb-channel-forecast.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-guide-rules.h"
#include "vb-pilot.h"
#include "vb-sla.h"
#include "vb-transition-item.h"
#include "vb-vendor.h"

/* The phases from which on the service is in the vendor's hands */
static const char *const launch_phases[] = { "cut-over", "hypercare", "steady-state", NULL };

/* At most this many rows named in one sentence */
#define MAX_NAMED 3

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
      VbTransitionPhase *phase = vb_guide_find_phase (project, launch_phases[p]);
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
