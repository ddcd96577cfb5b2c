/* vb-cli-tickets.c — vendorbench-cli import-tickets
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a help-desk export into weekly KPI values per channel, prints
 * them and (without --dry-run) stores them in the project, replacing an
 * earlier import of the same export.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vb-cli.h"
#include "vb-enums.h"
#include "vb-error.h"
#include "vb-project-settings.h"
#include "vb-text.h"
#include "vb-ticket-import.h"

static const VbKpiId preview_kpis[] = {
  VB_KPI_FIRST_RESPONSE_MEDIAN, VB_KPI_FIRST_RESPONSE_P90, VB_KPI_RESOLUTION_TIME,
  VB_KPI_FCR, VB_KPI_ESCALATION, VB_KPI_CSAT,
};

static void
print_preview (VbTicketImport *import)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  const char *const *warnings = vb_ticket_import_get_warnings (import);

  g_print (_("Preset: %s; %'lu tickets; header key %s\n"),
           vb_ticket_preset_get_key (vb_ticket_import_get_preset (import)),
           (gulong) vb_ticket_import_get_n_tickets (import), vb_ticket_import_get_header_key (import));
  for (guint i = 0; warnings[i]; i++)
    g_print ("%s\n", warnings[i]);
  /* TRANSLATORS: the columns of the weekly preview */
  g_print ("%s\n", _("week\tchannel\tKPI\tvalue\ttickets"));
  for (guint i = 0; i < vb_ticket_import_get_n_weeks (import); i++)
    {
      const VbTicketWeek *week = vb_ticket_import_get_week (import, i);
      g_autoptr (GDateTime) start = g_date_time_new_from_unix_utc (week->week_start);
      g_autofree char *when = g_date_time_format_iso8601 (start);

      for (guint k = 0; k < G_N_ELEMENTS (preview_kpis); k++)
        {
          const VbKpi *kpi = vb_kpi_get_builtin (preview_kpis[k]);
          double value = vb_ticket_week_get_value (week, preview_kpis[k]);
          char number[G_ASCII_DTOSTR_BUF_SIZE] = "-";

          if (!isnan (value))
            g_ascii_formatd (number, sizeof number, "%.1f", value);
          g_print ("%s\t%s\t%s\t%s\t%" G_GUINT64_FORMAT "\n", when,
                   vb_enum_get_nick (VB_TYPE_CHANNEL, week->channel),
                   vb_kpi_get_key (kpi), number, week->tickets);
        }
    }
}

int
vb_cli_import_tickets (int    argc,
                       char **argv)
{
  g_autofree char *preset_key = NULL;
  g_autofree char *map = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *zone = NULL;
  gboolean business_hours = FALSE;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "preset", 0, 0, G_OPTION_ARG_STRING, &preset_key, N_("Which help desk wrote the export"),
      "auto|zendesk|freshdesk|zammad|osticket" },
    { "map", 0, 0, G_OPTION_ARG_STRING, &map, N_("Which column holds what"), "created=COL,first_response=COL,…" },
    { "duration-unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("How durations are given"), "minutes|hours|hms" },
    { "business-hours", 0, 0, G_OPTION_ARG_NONE, &business_hours, N_("Durations are in business hours"), NULL },
    { "time-zone", 0, 0, G_OPTION_ARG_STRING, &zone, N_("The team’s time zone (default: the project’s)"), N_("ZONE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show the weekly values; write nothing"), NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context =
    g_option_context_new (_("FILE EXPORT — weekly KPIs from a help desk’s ticket export (CSV or XLSX)"));
  g_autoptr (VbProject) project = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  g_autoptr (VbTicketMapping) mapping = NULL;
  g_autoptr (GTimeZone) tz = NULL;
  g_autoptr (GHashTable) remembered = NULL;
  VbTicketOptions options;
  VbTicketPreset preset = VB_TICKET_PRESET_AUTO;
  GError *error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      int rc = vb_cli_usage_error (context, error->message);
      g_error_free (error);
      return rc;
    }
  if (argc != 3)
    return vb_cli_usage_error (context, _("Give the path of a project file and of the export."));
  if (preset_key && (!vb_ticket_preset_from_key (preset_key, &preset) || preset == VB_TICKET_PRESET_MAPPED))
    return vb_cli_usage_error (context, _("--preset is one of auto, zendesk, freshdesk, zammad, osticket."));

  vb_ticket_options_init (&options);
  options.preset = preset;
  if (g_strcmp0 (unit, "minutes") == 0)
    options.duration_unit = VB_TICKET_DURATION_MINUTES;
  else if (g_strcmp0 (unit, "hours") == 0)
    options.duration_unit = VB_TICKET_DURATION_HOURS;
  else if (g_strcmp0 (unit, "hms") == 0)
    options.duration_unit = VB_TICKET_DURATION_HMS;
  else if (unit)
    return vb_cli_usage_error (context, _("--duration-unit is one of minutes, hours, hms."));
  options.business_hours = business_hours;
  if (map)
    {
      /* the preset's columns (none with auto) and the ones given */
      mapping = preset == VB_TICKET_PRESET_AUTO ? vb_ticket_mapping_new () : vb_ticket_mapping_new_preset (preset);
      if (!vb_ticket_mapping_parse (mapping, map, &error))
        {
          int rc = vb_cli_usage_error (context, error->message);
          g_error_free (error);
          return rc;
        }
      if (options.duration_unit >= 0)
        vb_ticket_mapping_set_duration_unit (mapping, options.duration_unit);
      vb_ticket_mapping_set_business_hours (mapping, business_hours);
      options.mapping = mapping;
    }

  project = dry_run ? vb_project_open_full (argv[1], VB_OPEN_READ_ONLY, NULL, &error)
                    : vb_project_open (argv[1], &error);
  if (project == NULL)
    return vb_cli_fail (error);
  if (zone == NULL)
    zone = g_strdup (vb_project_settings_get_team_timezone (vb_project_get_settings (project)));
  if (zone != NULL && *zone != '\0')
    {
      tz = vb_timezone_is_valid (zone) ? g_time_zone_new_identifier (zone) : NULL;
      if (tz == NULL)
        return vb_cli_usage_error (context, _("The time zone is not known: write it like Europe/Berlin."));
    }
  options.time_zone = tz;
  /* with no --map, an export mapped before reads as it was mapped */
  remembered = vb_project_get_ticket_mappings (project);
  if (mapping == NULL && preset == VB_TICKET_PRESET_AUTO)
    options.remembered = remembered;

  import = vb_ticket_import_file (argv[2], &options, &error);
  if (import == NULL)
    return vb_cli_fail (error);
  if (vb_ticket_import_get_mapping_remembered (import))
    g_print ("%s\n", _("Read with the columns mapped for this export before."));
  print_preview (import);
  if (dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was written."));
      return 0;
    }
  {
    g_autofree char *name = g_path_get_basename (argv[2]);
    guint n_results = 0;

    /* the same export imported again replaces its weeks */
    if (!vb_ticket_import_store (import, project, name, &n_results, &error))
      return vb_cli_fail (error);
    g_print (ngettext ("%u weekly result stored.\n", "%u weekly results stored.\n", n_results), n_results);
  }
  return 0;
}
