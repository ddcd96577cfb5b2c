/* vb-cli-pilot.c — the pilot's results on the command line
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   vendorbench-cli kpis FILE [--json]
 *   vendorbench-cli export FILE --document calendar --format ics [-o OUT]
 *
 * Each SLA (kpi, channel, target, threshold) with its weeks (week_start,
 * value, status) from the stored results (vb-sla-history.h), and the go /
 * no-go recommendation from the pilot's criteria, decided and written by
 * vb-pilot-outcome.h (docs/kpi-library.md "Go / no-go"); this file reads
 * the project into its typed inputs. No pilot: no-go, "No pilot is planned
 * yet". Beside the members vb_pilot_outcome_to_json writes, each SLA says
 * `kpi_name` and `business_hours` (which results it reads).
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vb-calendar-project.h"
#include "vb-cli.h"
#include "vb-error.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-pilot-outcome.h"
#include "vb-pilot.h"
#include "vb-project-settings.h"
#include "vb-sla-history.h"
#include "vb-sla.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"

/* What the pilot-outcome module reads, from the file (borrowed from the
 * histories) */
typedef struct {
  GArray         *series;     /* VbSlaSeries, one per history */
  VbPilotOutcome *outcome;
} Inputs;

/* "Service level on Phone", "Service level on all channels": the same
 * words as the reasons of vb-pilot-outcome use */
static char *
series_title (const VbSlaHistory *h)
{
  if (h->channel == VB_CHANNEL_SCOPE_ALL)
    /* Translators: a KPI on every channel, "Service level on all channels" */
    return g_strdup_printf (_("%s on all channels"), h->kpi_name);
  /* TRANSLATORS: a KPI on a channel, "Service level on Phone" */
  return g_strdup_printf (_("%s on %s"), h->kpi_name, vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, h->channel));
}

static void
read_inputs (VbProject *project,
             GPtrArray *histories,
             Inputs    *in)
{
  in->series = g_array_sized_new (FALSE, TRUE, sizeof (VbSlaSeries), histories->len);
  for (guint i = 0; i < histories->len; i++)
    {
      VbSlaSeries s = vb_sla_history_get_series (g_ptr_array_index (histories, i));

      g_array_append_val (in->series, s);
    }
  in->outcome = vb_project_decide_pilot (project, histories);
}

static char *
to_json (VbProject *project,
         GPtrArray *histories,
         Inputs    *in)
{
  g_autoptr(GTimeZone) tz = vb_project_get_team_time_zone (project);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = vb_pilot_outcome_to_json ((const VbSlaSeries *) in->series->data, in->series->len,
                                                       in->outcome, tz);
  JsonArray *slas = json_object_get_array_member (json_node_get_object (root), "slas");

  for (guint i = 0; i < histories->len; i++)
    {
      const VbSlaHistory *h = g_ptr_array_index (histories, i);
      JsonObject *o = json_array_get_object_element (slas, i);

      json_object_set_string_member (o, "kpi_name", h->kpi_name);
      /* which results it reads: durations in business hours or calendar time */
      json_object_set_boolean_member (o, "business_hours", h->business_hours);
    }
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static void
print_text (GPtrArray *histories,
            Inputs    *in)
{
  if (histories->len == 0)
    g_print ("%s\n", _("No service levels yet."));
  for (guint i = 0; i < histories->len; i++)
    {
      const VbSlaHistory *h = g_ptr_array_index (histories, i);
      g_autofree char *title = series_title (h);
      g_autofree char *target = vb_format_number (h->target, 1);
      g_autofree char *threshold = vb_format_number (h->threshold, 1);

      if (isnan (h->target))
        g_print (_("%s: tracked only\n"), title);
      else if (isnan (h->threshold))
        g_print (_("%s: target %s\n"), title, target);
      else
        /* Translators: the threshold is the "not quite" level, between at risk and breached */
        g_print (_("%s: target %s, threshold %s\n"), title, target, threshold);
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
  g_print ("\n%s\n", in->outcome->go ? _("Recommendation: go") : _("Recommendation: no-go"));
  for (guint i = 0; in->outcome->reasons[i]; i++)
    g_print ("  – %s\n", in->outcome->reasons[i]);
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
  Inputs in = { 0 };
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
  read_inputs (project, histories, &in);
  if (json)
    {
      g_autofree char *text = to_json (project, histories, &in);

      g_print ("%s\n", text);
    }
  else
    print_text (histories, &in);
  g_array_unref (in.series);
  vb_pilot_outcome_free (in.outcome);
  return 0;
}

/* ----------------------------------------------------------- calendar */

/**
 * vb_cli_export_calendar:
 *
 * export FILE --document calendar --format ics [-o OUT [--force]]: the
 * transition tasks and the pilot's check-ins as one iCalendar file
 * (vb-calendar-writer.h); standard output without -o.
 */
int
vb_cli_export_calendar (GOptionContext *context,
                        const char     *file,
                        const char     *format,
                        const char     *output,
                        gboolean        force)
{
  g_autoptr(VbProject) project = NULL;
  g_autofree char *text = NULL;
  gint64 dtstamp = g_get_real_time () / G_USEC_PER_SEC;
  GError *error = NULL;

  if (format == NULL && output && g_str_has_suffix (output, ".ics"))
    format = "ics";
  if (format == NULL || strcmp (format, "ics") != 0)
    return vb_cli_usage_error (context, _("A calendar is exported with --format ics."));
  if (force && output == NULL)
    return vb_cli_usage_error (context, _("--force replaces the file given with -o; give one."));
  if (output && !force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("%s exists already: add --force to replace it."), output);
      return vb_cli_fail (error);
    }

  project = vb_project_open_full (file, VB_OPEN_READ_ONLY, NULL, &error);
  if (project == NULL)
    return vb_cli_fail (error);
  if (output)
    {
      if (!vb_calendar_write_project_file (project, dtstamp, output, &error))
        return vb_cli_fail (error);
      return 0;
    }
  text = vb_calendar_write_project (project, dtstamp, &error);
  if (text == NULL)
    return vb_cli_fail (error);
  g_print ("%s", text);
  return 0;
}
