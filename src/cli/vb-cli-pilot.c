/* vb-cli-pilot.c — the pilot's results on the command line
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   vendorbench-cli kpis FILE [--json]
 *
 * Each SLA (kpi, channel, target, threshold) with its weeks (week_start,
 * value, status) from the stored results (vb-sla-history.h), and the go /
 * no-go recommendation from the pilot's criteria:
 *  - a criterion tied to an SLA reads the SLA's latest week with a value:
 *    breached blocks, at risk is a caution, no value at all blocks ("not
 *    measured yet"), an SLA with no target cannot decide (a caution);
 *  - a yes / no condition blocks when it is not met or not decided yet;
 *  - no pilot, or a pilot without criteria, is no recommendation to go.
 * "go" is true when nothing blocks; the reasons list what blocks first,
 * then the cautions.
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vb-cli.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-pilot.h"
#include "vb-sla-history.h"
#include "vb-sla.h"

typedef struct {
  gboolean   go;
  GPtrArray *blocks;    /* char * */
  GPtrArray *cautions;  /* char * */
} Recommendation;

/* The word the JSON gives a status */
static const char *
status_nick (VbSlaStatus status)
{
  switch (status)
    {
    case VB_SLA_STATUS_MET:
      return "met";
    case VB_SLA_STATUS_AT_RISK:
      return "at-risk";
    case VB_SLA_STATUS_BREACHED:
      return "breached";
    case VB_SLA_STATUS_NO_TARGET:
      return "tracked";
    case VB_SLA_STATUS_NO_DATA:
    default:
      return "no-data";
    }
}

/* "Service level on Phone", "Service level on all channels" */
static char *
sla_title (const VbSlaHistory *h)
{
  if (h->channel == VB_CHANNEL_SCOPE_ALL)
    /* Translators: a KPI on every channel, "Service level on all channels" */
    return g_strdup_printf (_("%s on all channels"), h->kpi_name);
  /* Translators: a KPI on one channel, "Service level on Phone" */
  return g_strdup_printf (_("%s on %s"), h->kpi_name, vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, h->channel));
}

static const VbSlaHistory *
history_of (GPtrArray *histories,
            VbSla     *sla)
{
  for (guint i = 0; i < histories->len; i++)
    {
      const VbSlaHistory *h = g_ptr_array_index (histories, i);

      if (h->sla == sla)
        return h;
    }
  return NULL;
}

static void
judge_sla (Recommendation     *r,
           const VbSlaHistory *h)
{
  g_autofree char *title = sla_title (h);
  gssize latest = vb_sla_history_latest_week (h);
  g_autofree char *value = NULL;

  if (latest < 0)
    {
      g_ptr_array_add (r->blocks, g_strdup_printf (_("%s is not measured yet."), title));
      return;
    }
  value = vb_format_number (h->values[latest], 1);
  switch (h->statuses[latest])
    {
    case VB_SLA_STATUS_BREACHED:
      g_ptr_array_add (r->blocks, g_strdup_printf (_("%s was breached in the week of %s (%s)."), title,
                                                   h->week_dates[latest], value));
      break;
    case VB_SLA_STATUS_AT_RISK:
      g_ptr_array_add (r->cautions, g_strdup_printf (_("%s was at risk in the week of %s (%s)."), title,
                                                     h->week_dates[latest], value));
      break;
    case VB_SLA_STATUS_NO_TARGET:
      g_ptr_array_add (r->cautions, g_strdup_printf (_("%s has no target, so it cannot decide."), title));
      break;
    case VB_SLA_STATUS_MET:
    case VB_SLA_STATUS_NO_DATA:
    default:
      break;
    }
}

static void
judge_condition (Recommendation *r,
                 VbGoCriterion  *criterion)
{
  const char *condition = vb_go_criterion_get_condition (criterion);

  if (vb_str_is_blank (condition))
    {
      g_ptr_array_add (r->cautions, g_strdup (_("A criterion names neither a service level nor a condition.")));
      return;
    }
  switch (vb_go_criterion_get_met (criterion))
    {
    case VB_MET_STATE_NOT_MET:
      g_ptr_array_add (r->blocks, g_strdup_printf (_("Not met: %s."), condition));
      break;
    case VB_MET_STATE_UNSET:
      g_ptr_array_add (r->blocks, g_strdup_printf (_("Not decided yet: %s."), condition));
      break;
    case VB_MET_STATE_MET:
    default:
      break;
    }
}

static void
recommend (VbProject      *project,
           GPtrArray      *histories,
           Recommendation *r)
{
  VbPilot *pilot = vb_project_get_pilot (project);
  GListModel *criteria;
  guint n;

  r->blocks = g_ptr_array_new_with_free_func (g_free);
  r->cautions = g_ptr_array_new_with_free_func (g_free);
  if (pilot == NULL)
    {
      g_ptr_array_add (r->blocks, g_strdup (_("No pilot is planned yet.")));
      r->go = FALSE;
      return;
    }
  criteria = vb_pilot_get_criteria (pilot);
  n = g_list_model_get_n_items (criteria);
  if (n == 0)
    g_ptr_array_add (r->blocks, g_strdup (_("The pilot has no go / no-go criteria yet: say what must hold to go ahead.")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbGoCriterion) criterion = g_list_model_get_item (criteria, i);
      VbSla *sla = vb_go_criterion_get_sla (criterion);
      const VbSlaHistory *h = sla ? history_of (histories, sla) : NULL;

      if (h)
        judge_sla (r, h);
      else
        judge_condition (r, criterion);
    }
  r->go = r->blocks->len == 0;
  if (r->go && r->cautions->len == 0)
    g_ptr_array_add (r->cautions, g_strdup (_("Every criterion is met.")));
}

static void
add_number (JsonBuilder *b,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (b, member);
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

static char *
to_json (GPtrArray      *histories,
         Recommendation *r)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "slas");
  json_builder_begin_array (b);
  for (guint i = 0; i < histories->len; i++)
    {
      const VbSlaHistory *h = g_ptr_array_index (histories, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kpi");
      json_builder_add_string_value (b, h->kpi_key);
      json_builder_set_member_name (b, "kpi_name");
      json_builder_add_string_value (b, h->kpi_name);
      /* the file's word: "" for all channels */
      json_builder_set_member_name (b, "channel");
      json_builder_add_string_value (b, vb_enum_get_nick (VB_TYPE_CHANNEL_SCOPE, h->channel));
      add_number (b, "target", h->target);
      add_number (b, "threshold", h->threshold);
      json_builder_set_member_name (b, "business_hours");
      json_builder_add_boolean_value (b, h->business_hours);
      json_builder_set_member_name (b, "weeks");
      json_builder_begin_array (b);
      for (gsize w = 0; w < h->n_weeks; w++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "week_start");
          json_builder_add_string_value (b, h->week_dates[w]);
          add_number (b, "value", h->values[w]);
          json_builder_set_member_name (b, "status");
          json_builder_add_string_value (b, status_nick (h->statuses[w]));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "recommendation");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "go");
  json_builder_add_boolean_value (b, r->go);
  json_builder_set_member_name (b, "reasons");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->blocks->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (r->blocks, i));
  for (guint i = 0; i < r->cautions->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (r->cautions, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static void
print_text (GPtrArray      *histories,
            Recommendation *r)
{
  if (histories->len == 0)
    g_print ("%s\n", _("No service levels yet."));
  for (guint i = 0; i < histories->len; i++)
    {
      const VbSlaHistory *h = g_ptr_array_index (histories, i);
      g_autofree char *title = sla_title (h);
      g_autofree char *target = vb_format_number (h->target, 1);
      g_autofree char *threshold = vb_format_number (h->threshold, 1);

      if (isnan (h->target))
        g_print (_("%s: tracked only\n"), title);
      else if (isnan (h->threshold))
        g_print (_("%s: target %s\n"), title, target);
      else
        g_print (_("%s: target %s, at risk down to %s\n"), title, target, threshold);
      if (h->business_hours)
        g_print ("  %s\n", _("(durations in business hours)"));
      if (h->n_weeks == 0)
        g_print ("  %s\n", _("no results yet"));
      for (gsize w = 0; w < h->n_weeks; w++)
        {
          g_autofree char *value = isnan (h->values[w]) ? g_strdup ("—") : vb_format_number (h->values[w], 1);

          g_print ("  %s  %10s  %s\n", h->week_dates[w], value, vb_sla_status_get_label (h->statuses[w]));
        }
    }
  g_print ("\n%s\n", r->go ? _("Recommendation: go") : _("Recommendation: no-go"));
  for (guint i = 0; i < r->blocks->len; i++)
    g_print ("  – %s\n", (const char *) g_ptr_array_index (r->blocks, i));
  for (guint i = 0; i < r->cautions->len; i++)
    g_print ("  – %s\n", (const char *) g_ptr_array_index (r->cautions, i));
}

int
vb_cli_kpis (int    argc,
             char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — each service level week by week, and whether to go ahead after the pilot"));
  g_autoptr(VbProject) project = NULL;
  g_autoptr(GPtrArray) histories = NULL;
  g_autoptr(GError) parse_error = NULL;
  Recommendation r = { 0 };
  GError *error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &parse_error))
    return vb_cli_usage_error (context, parse_error->message);
  if (argc != 2)
    return vb_cli_usage_error (context, _("Give the path of a project file."));

  project = vb_project_open_full (argv[1], VB_OPEN_READ_ONLY, NULL, &error);
  if (project == NULL)
    return vb_cli_fail (error);
  histories = vb_project_get_sla_histories (project);
  recommend (project, histories, &r);
  if (json)
    {
      g_autofree char *text = to_json (histories, &r);

      g_print ("%s\n", text);
    }
  else
    print_text (histories, &r);
  g_ptr_array_unref (r.blocks);
  g_ptr_array_unref (r.cautions);
  return 0;
}
