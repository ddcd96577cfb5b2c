/* vb-cli-decision.c — the decision maths on the command line
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   vendorbench-cli staffing --volume N --interval-seconds S --aht SECONDS
 *                            --service-level PERCENT --answer-seconds T
 *                            [--shrinkage PERCENT] [--max-occupancy PERCENT]
 *                            [--concurrency N] [--json]
 *
 * The smallest number of agents for one interval (Erlang C, vb-staffing.h);
 * no project file is needed.
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "vb-cli.h"
#include "vb-staffing.h"

/* A number the user gave for @option: NAN with an error when it is not
 * one, @fallback when it was not given */
static gboolean
read_number (GOptionContext *context,
             const char     *option,
             const char     *text,
             double          fallback,
             double         *value,
             int            *rc)
{
  char *end = NULL;

  if (text == NULL)
    {
      *value = fallback;
      return TRUE;
    }
  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    {
      g_autofree char *message = g_strdup_printf (_("--%s needs a number, not “%s”."), option, text);

      *rc = vb_cli_usage_error (context, message);
      return FALSE;
    }
  return TRUE;
}

static void
append_number (GString    *s,
               const char *key,
               const char *format,
               double      value,
               gboolean    last)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (s, "  \"%s\": %s%s\n", key,
                          isfinite (value) ? g_ascii_formatd (buf, sizeof buf, format, value) : "null",
                          last ? "" : ",");
}

int
vb_cli_staffing (int    argc,
                 char **argv)
{
  g_autofree char *volume_text = NULL, *interval_text = NULL, *aht_text = NULL;
  g_autofree char *sl_text = NULL, *answer_text = NULL, *shrinkage_text = NULL;
  g_autofree char *occupancy_text = NULL, *concurrency_text = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "volume", 0, 0, G_OPTION_ARG_STRING, &volume_text, N_("Contacts arriving in the interval"), "N" },
    { "interval-seconds", 0, 0, G_OPTION_ARG_STRING, &interval_text, N_("Length of the interval, in seconds"), "S" },
    { "aht", 0, 0, G_OPTION_ARG_STRING, &aht_text, N_("Average handle time of a contact, in seconds"), "SECONDS" },
    { "service-level", 0, 0, G_OPTION_ARG_STRING, &sl_text, N_("Share of contacts to answer within the answer time"), "PERCENT" },
    { "answer-seconds", 0, 0, G_OPTION_ARG_STRING, &answer_text, N_("The answer time of the service level, in seconds"), "T" },
    { "shrinkage", 0, 0, G_OPTION_ARG_STRING, &shrinkage_text, N_("Paid time away from contacts (default 0)"), "PERCENT" },
    { "max-occupancy", 0, 0, G_OPTION_ARG_STRING, &occupancy_text, N_("Busiest an agent may be (default: no cap)"), "PERCENT" },
    { "concurrency", 0, 0, G_OPTION_ARG_STRING, &concurrency_text, N_("Contacts an agent handles at once, as in chat (default 1)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("— the smallest number of agents meeting a service level (Erlang C)"));
  g_autoptr(GError) error = NULL;
  double volume, interval, aht, sl, answer, shrinkage, occupancy, concurrency, fte;
  VbErlangResult r;
  int rc = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return vb_cli_usage_error (context, error->message);
  if (argc != 1)
    return vb_cli_usage_error (context, _("staffing takes no file: give the numbers as options."));
  if (volume_text == NULL || interval_text == NULL || aht_text == NULL || sl_text == NULL || answer_text == NULL)
    return vb_cli_usage_error (context, _("Give --volume, --interval-seconds, --aht, --service-level and --answer-seconds."));

  if (!read_number (context, "volume", volume_text, NAN, &volume, &rc) ||
      !read_number (context, "interval-seconds", interval_text, NAN, &interval, &rc) ||
      !read_number (context, "aht", aht_text, NAN, &aht, &rc) ||
      !read_number (context, "service-level", sl_text, NAN, &sl, &rc) ||
      !read_number (context, "answer-seconds", answer_text, NAN, &answer, &rc) ||
      !read_number (context, "shrinkage", shrinkage_text, 0, &shrinkage, &rc) ||
      !read_number (context, "max-occupancy", occupancy_text, NAN, &occupancy, &rc) ||
      !read_number (context, "concurrency", concurrency_text, 1, &concurrency, &rc))
    return rc;

  if (volume < 0)
    return vb_cli_usage_error (context, _("--volume cannot be negative."));
  if (interval <= 0)
    return vb_cli_usage_error (context, _("--interval-seconds must be more than zero."));
  if (aht <= 0)
    return vb_cli_usage_error (context, _("--aht must be more than zero."));
  if (sl <= 0 || sl >= 100)
    return vb_cli_usage_error (context, _("--service-level is a percentage above 0 and below 100, such as 80."));
  if (answer < 0)
    return vb_cli_usage_error (context, _("--answer-seconds cannot be negative."));
  if (shrinkage < 0 || shrinkage >= 100)
    return vb_cli_usage_error (context, _("--shrinkage is a percentage from 0 to below 100, such as 30."));
  if (occupancy_text && (occupancy <= 0 || occupancy > 100))
    return vb_cli_usage_error (context, _("--max-occupancy is a percentage above 0 and up to 100, such as 85."));
  if (concurrency < 1)
    return vb_cli_usage_error (context, _("--concurrency is 1 or more."));

  if (!vb_erlang_staff (volume, interval, aht, sl, answer, occupancy, concurrency, &r, &error))
    return vb_cli_fail (g_steal_pointer (&error));
  fte = r.agents / (1.0 - shrinkage / 100.0);

  if (json)
    {
      g_autoptr(GString) s = g_string_new ("{\n");

      g_string_append_printf (s, "  \"agents\": %u,\n", r.agents);
      append_number (s, "scheduled_fte", "%.4f", fte, FALSE);
      append_number (s, "traffic_erlangs", "%.4f", r.traffic, FALSE);
      append_number (s, "service_level", "%.4f", 100.0 * r.service_level, FALSE);
      append_number (s, "asa_seconds", "%.4f", r.asa_seconds, FALSE);
      append_number (s, "occupancy", "%.4f", 100.0 * r.occupancy, FALSE);
      append_number (s, "wait_probability", "%.6f", r.wait_probability, TRUE);
      g_string_append (s, "}\n");
      fputs (s->str, stdout);
      return 0;
    }

  g_print (_("Agents logged in: %u\n"), r.agents);
  g_print (_("Scheduled FTE (with %.1f %% shrinkage): %.2f\n"), shrinkage, fte);
  g_print (_("Traffic: %.2f Erlangs\n"), r.traffic);
  g_print (_("Answered within %.0f s: %.1f %%\n"), answer, 100.0 * r.service_level);
  g_print (_("Average wait: %.1f s\n"), r.asa_seconds);
  g_print (_("Occupancy: %.1f %%\n"), 100.0 * r.occupancy);
  g_print (_("Chance a contact waits: %.3f\n"), r.wait_probability);
  if (r.occupancy_bound)
    g_print (_("The occupancy cap, not the service level, set the number of agents.\n"));
  return 0;
}
