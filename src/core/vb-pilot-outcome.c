/* vb-pilot-outcome.c — the go / no-go recommendation from a pilot's
 * criteria, and the SLA series the kpis command prints
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What decides is written out in docs/kpi-library.md "Go / no-go" and
 * checked on hand cases by tests/unit/test-pilot-outcome.c.
 */

#define G_LOG_DOMAIN "vb-pilot-outcome"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-pilot-outcome.h"

/* "Service level on Phone"; a custom KPI without a name shows its key */
static char *
sla_title (const VbSlaSeries *sla)
{
  const VbKpi *kpi = sla->kpi_key != NULL ? vb_kpi_lookup (sla->kpi_key) : NULL;
  const char *name = sla->kpi_name;

  if (name == NULL)
    name = kpi != NULL ? vb_kpi_get_name (kpi) : sla->kpi_key;
  if (name == NULL)
    name = _("An SLA");
  if (sla->channel == VB_CHANNEL_SCOPE_ALL)
    /* Translators: a KPI on every channel, "Service level on all channels" */
    return g_strdup_printf (_("%s on all channels"), name);
  /* TRANSLATORS: a KPI on a channel, "Service level on Phone" */
  return g_strdup_printf (_("%s on %s"), name,
                          vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, sla->channel));
}

static VbSlaStatus
week_status (const VbSlaSeries *sla,
             gsize              week)
{
  return vb_sla_status (sla->direction, sla->target, sla->threshold, sla->values[week]);
}

/* Adds the SLA's reason to `blocks` (no-go) or `cautions` (go, but look) */
static void
judge_sla (const VbSlaSeries *sla,
           GPtrArray         *blocks,
           GPtrArray         *cautions)
{
  g_autofree char *title = sla_title (sla);
  guint window, breached = 0, short_of_target = 0;
  VbSlaStatus last;

  if (isnan (sla->target))
    {
      g_ptr_array_add (blocks, g_strdup_printf (_("%s has no target, so it cannot decide the pilot: set a target or choose another criterion."), title));
      return;
    }
  if (sla->n_weeks == 0 || isnan (sla->values[sla->n_weeks - 1]))
    {
      g_ptr_array_add (blocks, g_strdup_printf (_("%s is not measured yet: enter or import the last week's figures."), title));
      return;
    }

  window = (guint) MIN (sla->n_weeks, VB_PILOT_OUTCOME_WINDOW);
  for (gsize i = sla->n_weeks - window; i < sla->n_weeks; i++)
    {
      VbSlaStatus s = week_status (sla, i);

      if (s == VB_SLA_STATUS_BREACHED)
        breached++;
      if (s == VB_SLA_STATUS_BREACHED || s == VB_SLA_STATUS_AT_RISK)
        short_of_target++;
    }

  last = week_status (sla, sla->n_weeks - 1);
  if (last == VB_SLA_STATUS_BREACHED)
    g_ptr_array_add (blocks, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%s was breached in %u of the last %u week, the last one included.",
                                                          "%s was breached in %u of the last %u weeks, the last one included.",
                                                          window),
                                             title, breached, window));
  else if (last == VB_SLA_STATUS_AT_RISK)
    g_ptr_array_add (cautions, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s is at risk: short of its target in %u of the last %u week.",
                                                            "%s is at risk: short of its target in %u of the last %u weeks.",
                                                            window),
                                               title, short_of_target, window));
  else if (breached > 0)
    g_ptr_array_add (cautions, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s is met in the last week but was breached in %u of the last %u week.",
                                                            "%s is met in the last week but was breached in %u of the last %u weeks.",
                                                            window),
                                               title, breached, window));
}

VbPilotOutcome *
vb_pilot_outcome_decide (const VbPilotCriterion *criteria,
                         gsize                   n_criteria)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cautions = g_ptr_array_new_with_free_func (g_free);
  VbPilotOutcome *outcome;

  g_return_val_if_fail (criteria != NULL || n_criteria == 0, NULL);

  if (n_criteria == 0)
    g_ptr_array_add (blocks, g_strdup (_("The pilot has no go / no-go criteria yet: add the SLAs and conditions that decide it.")));

  for (gsize i = 0; i < n_criteria; i++)
    {
      const VbPilotCriterion *c = &criteria[i];

      if (c->kind == VB_PILOT_CRITERION_SLA)
        {
          g_return_val_if_fail (c->sla != NULL, NULL);
          g_return_val_if_fail (c->sla->values != NULL || c->sla->n_weeks == 0, NULL);
          judge_sla (c->sla, blocks, cautions);
        }
      else if (c->met == VB_MET_STATE_NOT_MET)
        g_ptr_array_add (blocks, g_strdup_printf (_("“%s” was not met."), c->name));
      else if (c->met != VB_MET_STATE_MET)
        g_ptr_array_add (blocks, g_strdup_printf (_("Nobody has said yet whether “%s” was met."), c->name));
    }

  outcome = g_new0 (VbPilotOutcome, 1);
  outcome->go = blocks->len == 0;
  if (outcome->go && cautions->len == 0)
    g_ptr_array_add (cautions, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "The %u criterion is met.",
                                                            "All %u criteria are met.",
                                                            (gulong) n_criteria),
                                               (guint) n_criteria));
  for (guint i = 0; i < cautions->len; i++)
    g_ptr_array_add (blocks, g_steal_pointer (&cautions->pdata[i]));
  g_ptr_array_add (blocks, NULL);
  outcome->reasons = (GStrv) g_ptr_array_free (g_steal_pointer (&blocks), FALSE);
  return outcome;
}

void
vb_pilot_outcome_free (VbPilotOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_strfreev (outcome->reasons);
  g_free (outcome);
}

const char *
vb_sla_status_get_nick (VbSlaStatus status)
{
  switch (status)
    {
    case VB_SLA_STATUS_NO_DATA:
      return "no-data";
    case VB_SLA_STATUS_NO_TARGET:
      return "tracked";
    case VB_SLA_STATUS_MET:
      return "met";
    case VB_SLA_STATUS_AT_RISK:
      return "at-risk";
    case VB_SLA_STATUS_BREACHED:
      return "breached";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_number (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (isnan (value) || isinf (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

JsonNode *
vb_pilot_outcome_to_json (const VbSlaSeries    *slas,
                          gsize                 n_slas,
                          const VbPilotOutcome *outcome,
                          GTimeZone            *tz)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_return_val_if_fail (slas != NULL || n_slas == 0, NULL);
  g_return_val_if_fail (outcome != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "slas");
  json_builder_begin_array (builder);
  for (gsize i = 0; i < n_slas; i++)
    {
      const VbSlaSeries *sla = &slas[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kpi");
      json_builder_add_string_value (builder, sla->kpi_key);
      json_builder_set_member_name (builder, "channel");
      json_builder_add_string_value (builder, vb_enum_get_nick (VB_TYPE_CHANNEL_SCOPE, sla->channel));
      add_number (builder, "target", sla->target);
      add_number (builder, "threshold", sla->threshold);
      json_builder_set_member_name (builder, "weeks");
      json_builder_begin_array (builder);
      for (gsize w = 0; w < sla->n_weeks; w++)
        {
          g_autoptr(GDateTime) utc_start = g_date_time_new_from_unix_utc (sla->week_starts[w]);
          g_autoptr(GDateTime) start = g_date_time_to_timezone (utc_start, tz != NULL ? tz : utc);
          g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "week_start");
          json_builder_add_string_value (builder, day);
          add_number (builder, "value", sla->values[w]);
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, vb_sla_status_get_nick (week_status (sla, w)));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "recommendation");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "go");
  json_builder_add_boolean_value (builder, outcome->go);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; outcome->reasons[i] != NULL; i++)
    json_builder_add_string_value (builder, outcome->reasons[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
