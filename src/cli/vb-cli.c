/* vb-cli.c — vendorbench-cli: every export and check, headless
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit status: 0 success, 1 failure (message on standard error), 2 wrong
 * usage. Commands that only read (check, info, guide, export) never change
 * the file they read. Every write to standard output is checked: a full
 * disk or a closed output is a failure, not a silent success. Text from a
 * project printed on a terminal has its control characters escaped.
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "vb-cli.h"
#include "vb-enums.h"
#include "vb-format.h"
#include "vb-goals.h"
#include "vb-guide.h"
#include "vb-guide-private.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-schema.h"
#include "vb-stage.h"
#include "vb-template.h"
#include "vb-text.h"
#include "vb-vendor-scores.h"

#define EXIT_USAGE 2

typedef int (*CommandFunc) (int argc, char **argv);

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("%s\n\n%s", message, help);
  return EXIT_USAGE;
}

static int
fail (GError *error)
{
  g_autofree char *shown = vb_text_for_terminal (error->message);

  g_printerr ("vendorbench-cli: %s\n", shown);
  g_error_free (error);
  return 1;
}

int
vb_cli_usage_error (GOptionContext *context,
                    const char     *message)
{
  return usage_error (context, message);
}

int
vb_cli_fail (GError *error)
{
  return fail (error);
}

/* Project text for the human output: escaped on a terminal */
static char *
shown (const char *text)
{
  if (isatty (STDOUT_FILENO))
    return vb_text_for_terminal (text);
  return g_utf8_make_valid (text ? text : "", -1);
}

static void
print_json_string (GString    *s,
                   const char *text)
{
  vb_json_append_string (s, text ? text : "");
}

/* Parse the options of one command; returns -1 when parsing succeeded */
static int
parse (GOptionContext  *context,
       int             *argc,
       char          ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (context, error->message);
  return -1;
}

static VbProject *
open_for_reading (const char  *path,
                  GError     **error)
{
  return vb_project_open_full (path, VB_OPEN_READ_ONLY, NULL, error);
}

/* ---------------------------------------------------------------- new */

static char *
template_names (void)
{
  GString *s = g_string_new (NULL);
  guint n = vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, (int) i));
  return g_string_free (s, FALSE);
}

static int
cmd_new (int argc, char **argv)
{
  g_autofree char *name = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *currency = NULL;
  gboolean sample = FALSE;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The project’s name (default: the file name)"), N_("NAME") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("customer-support, back-office, it-help-desk or blank (default)"), N_("ID") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency code (default: from the locale)"), N_("CODE") },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample, N_("Write the worked sample project"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — create a new project file"));
  g_autoptr(VbProject) project = NULL;
  GError *error = NULL;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of the new project file."));
  if (sample && (template_id || name || currency))
    return usage_error (context, _("--sample cannot be used with --template, --name or --currency."));

  if (sample)
    project = vb_project_create_sample (argv[1], &error);
  else
    {
      g_autofree char *base = g_path_get_basename (argv[1]);
      g_autofree char *fallback_currency = vb_currency_default ();
      g_autofree char *code = currency ? g_ascii_strup (currency, -1) : NULL;
      int template_value = VB_PROJECT_TEMPLATE_BLANK;

      if (template_id && !vb_enum_from_nick (VB_TYPE_PROJECT_TEMPLATE, template_id, &template_value))
        {
          g_autofree char *names = template_names ();
          g_autofree char *message = g_strdup_printf (_("There is no project template “%s”. Choose one of: %s."),
                                                      template_id, names);
          return usage_error (context, message);
        }
      if (name == NULL)
        {
          name = g_strdup (base);
          if (g_str_has_suffix (name, VB_PROJECT_SUFFIX))
            name[strlen (name) - strlen (VB_PROJECT_SUFFIX)] = '\0';
        }
      project = vb_project_create (argv[1], name, (VbProjectTemplate) template_value,
                                   code ? code : fallback_currency, &error);
    }
  if (project == NULL)
    return fail (error);
  g_print ("%s\n", vb_project_get_path (project));
  return 0;
}

/* --------------------------------------------------------------- info */

static void
append_number_json (GString *s,
                    double   value)
{
  vb_json_append_double (s, value);
}

static void
append_score_json (GString  *s,
                   gboolean  has_score,
                   double    score)
{
  if (has_score)
    append_number_json (s, score);
  else
    g_string_append (s, "null");
}

static void
append_knockouts_json (GString *s,
                       GArray  *issues,
                       gboolean *first)
{
  for (guint i = 0; i < issues->len; i++)
    {
      VbSelectionIssue *issue = &g_array_index (issues, VbSelectionIssue, i);

      g_string_append (s, *first ? "\n        {\"reason\": " : ",\n        {\"reason\": ");
      print_json_string (s, issue->reason);
      g_string_append_printf (s, ", \"accepted\": %s}", issue->accepted ? "true" : "false");
      *first = FALSE;
    }
}

/* "vendors": each with its status, its compliance and reference scores
 * (0–100, null while nothing is answered or no reference is called) and
 * its knock-outs, from the core's one computation (vb-vendor-scores.c) */
static void
append_vendors_json (GString   *s,
                     VbProject *project)
{
  GListModel *vendors = vb_project_get_vendors (project);
  guint n = g_list_model_get_n_items (vendors);

  g_string_append (s, "  \"vendors\": [");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      g_autoptr(VbVendorScores) scores = vb_vendor_scores_compute (vendor);
      gboolean first = TRUE;

      g_string_append (s, i == 0 ? "\n    {\"uuid\": " : ",\n    {\"uuid\": ");
      print_json_string (s, vb_record_get_uuid (VB_RECORD (vendor)));
      g_string_append (s, ", \"name\": ");
      print_json_string (s, vb_vendor_get_name (vendor));
      g_string_append (s, ", \"status\": ");
      print_json_string (s, vb_enum_get_nick (VB_TYPE_VENDOR_STATUS, vb_vendor_get_status (vendor)));
      g_string_append (s, ",\n      \"compliance_score\": ");
      append_score_json (s, scores->compliance->has_score, scores->compliance->score);
      g_string_append (s, ", \"reference_score\": ");
      append_score_json (s, scores->references->has_score, scores->references->score);
      g_string_append (s, ",\n      \"knockouts\": [");
      append_knockouts_json (s, scores->requirements->knockouts, &first);
      append_knockouts_json (s, scores->compliance->knockouts, &first);
      g_string_append (s, first ? "]}" : "\n      ]}");
    }
  g_string_append (s, n ? "\n  ],\n" : "],\n");
}

static int
cmd_info (int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — the project’s name, file format, "
                                                              "totals and row counts"));
  g_autoptr(VbProject) project = NULL;
  const VbSchema *schema = vb_schema_current ();
  VbGoalsTotals totals;
  GError *error = NULL;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a project file."));

  project = open_for_reading (argv[1], &error);
  if (project == NULL)
    return fail (error);
  vb_goals_compute_totals (project, &totals);

  if (json)
    {
      g_autoptr(GString) s = g_string_new ("{\n  \"name\": ");

      print_json_string (s, vb_project_get_name (project));
      g_string_append (s, ",\n  \"currency\": ");
      print_json_string (s, vb_project_get_currency (project));
      g_string_append_printf (s, ",\n  \"schema_version\": %d,\n"
                                 "  \"read_only\": %s,\n  \"sample\": %s,\n  \"totals\": {\n    \"volume\": ",
                              schema->version,
                              (vb_project_get_read_only_reason (project) != VB_READ_ONLY_NONE &&
                               vb_project_get_read_only_reason (project) != VB_READ_ONLY_COMMAND) ? "true" : "false",
                              vb_project_get_is_sample (project) ? "true" : "false");
      append_number_json (s, totals.volume);
      g_string_append (s, ",\n    \"workload_hours\": ");
      append_number_json (s, totals.workload_hours);
      g_string_append (s, ",\n    \"fte\": ");
      append_number_json (s, totals.fte);
      g_string_append (s, ",\n    \"annual_cost\": ");
      append_number_json (s, totals.annual_cost);
      g_string_append (s, "\n  },\n");
      append_vendors_json (s, project);
      g_string_append (s, "  \"counts\": {\n");
      for (guint i = 0; i < schema->n_tables; i++)
        g_string_append_printf (s, "    \"%s\": %" G_GINT64_FORMAT "%s\n", schema->tables[i].name,
                                vb_project_count_rows (project, schema->tables[i].name),
                                i + 1 < schema->n_tables ? "," : "");
      g_string_append (s, "  }\n}\n");
      g_print ("%s", s->str);
    }
  else
    {
      g_autofree char *name = shown (vb_project_get_name (project));
      g_autofree char *volume = vb_format_number (totals.volume, 0);
      g_autofree char *hours = vb_format_number (totals.workload_hours, 0);
      g_autofree char *fte = vb_format_number (totals.fte, 1);
      g_autofree char *cost = vb_format_money (totals.annual_cost, vb_project_get_currency (project));

      g_print (_("Name: %s\n"), name);
      g_print (_("File format: %d\n"), schema->version);
      g_print (_("Currency: %s\n"), vb_project_get_currency (project));
      if (vb_project_get_read_only_reason (project) != VB_READ_ONLY_NONE &&
          vb_project_get_read_only_reason (project) != VB_READ_ONLY_COMMAND)
        g_print (_("Read-only\n"));
      if (vb_project_get_is_sample (project))
        g_print (_("This is the sample project\n"));
      g_print (ngettext ("Tasks: %u\n", "Tasks: %u\n", totals.n_tasks), totals.n_tasks);
      /* Translators: the totals of the task inventory */
      g_print (_("Volume: %s a month\n"), volume);
      g_print (_("Workload: %s hours a month (%s full-time people)\n"), hours, fte);
      g_print (_("In-house cost: %s a year\n"), cost);
      g_print (_("Rows:\n"));
      for (guint i = 0; i < schema->n_tables; i++)
        g_print ("  %-22s %" G_GINT64_FORMAT "\n", schema->tables[i].name,
                 vb_project_count_rows (project, schema->tables[i].name));
    }
  return 0;
}

/* -------------------------------------------------------------- check */

static int
cmd_check (int argc, char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — verify a project file from someone else; never modifies it"));
  GError *error = NULL;
  int version = 0;
  int rc;

  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a project file."));

  if (!vb_project_check_file (argv[1], &version, &error))
    return fail (error);
  {
    g_autofree char *path = shown (argv[1]);

    if (version < VB_SCHEMA_VERSION)
      g_print (_("%s: a sound Vendorbench project (file format %d; Vendorbench updates it to %d when it opens it)\n"),
               path, version, VB_SCHEMA_VERSION);
    else
      g_print (_("%s: a sound Vendorbench project (file format %d)\n"), path, version);
  }
  return 0;
}

/* ------------------------------------------------------------- export */

static gboolean
write_stdout (const char  *data,
              gsize        length,
              GError     **error)
{
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      int saved = errno;

      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO,
                   _("The output cannot be written: %s."), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static int
cmd_export (int argc, char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *document = NULL;
  g_autofree char *vendor = NULL;
  g_autofree char *deadline = NULL;
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: json; for the response workbook xlsx or csv, for the calendar ics"), N_("FORMAT") },
    { "document", 0, 0, G_OPTION_ARG_STRING, &document, N_("Export a document instead of the project: response-workbook or calendar"), N_("DOCUMENT") },
    { "vendor", 0, 0, G_OPTION_ARG_STRING, &vendor, N_("The vendor the document is for"), N_("NAME|UUID") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline, N_("The date to answer by, shown in the workbook"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace FILE if it exists"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — export a project"));
  g_autoptr(VbProject) project = NULL;
  GError *error = NULL;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a project file."));
  if (document)
    return vb_cli_export_document (context, argv[1], document, vendor, format, deadline, output, force);
  if (vendor || deadline)
    return usage_error (context, _("--vendor and --deadline go with --document."));
  if (format == NULL)
    return usage_error (context, _("Say which format to export with --format."));
  if (g_strcmp0 (format, "json") != 0)
    return usage_error (context, _("Unknown format; this version exports: json."));
  if (force && output == NULL)
    return usage_error (context, _("--force replaces the file given with -o; give one."));

  project = open_for_reading (argv[1], &error);
  if (project == NULL)
    return fail (error);

  if (output)
    {
      if (!vb_json_export_to_file (project, output, force, &error))
        return fail (error);
    }
  else
    {
      gsize length;
      g_autofree char *data = vb_json_export (project, &length, &error);

      if (data == NULL || !write_stdout (data, length, &error))
        return fail (error);
    }
  return 0;
}

/* ------------------------------------------------------------- import */

static int
cmd_import (int argc, char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The new project file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JSON — import a project export into a new file"));
  GError *error = NULL;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a JSON export."));
  if (output == NULL)
    return usage_error (context, _("Say where to write the project with -o FILE."));

  if (!vb_json_import_file (argv[1], output, &error))
    return fail (error);
  g_print ("%s\n", output);
  return 0;
}

/* -------------------------------------------------------------- guide */

static int
cmd_guide (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *today_text = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Judge due dates as of this day instead of today"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — what to do next, and the pitfalls"));
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbGuide) guide = NULL;
  GListModel *findings;
  GError *error = NULL;
  GDate today;
  VbStage next;
  guint n;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a project file."));

  if (today_text != NULL)
    {
      int y, m, d;
      char end;

      if (sscanf (today_text, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3
          || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        return usage_error (context, _("Give the day for --today as YYYY-MM-DD, a real calendar date."));
      g_date_set_dmy (&today, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
    }

  project = open_for_reading (argv[1], &error);
  if (project == NULL)
    return fail (error);
  if (today_text != NULL)
    vb_guide_rules_set_today (project, &today);
  guide = vb_guide_new (project);
  findings = vb_guide_get_findings (guide);
  n = g_list_model_get_n_items (findings);

  if (json)
    {
      g_autoptr(GString) s = g_string_new ("{\n  \"progress\": ");
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      gboolean first = TRUE;

      g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.3f", vb_guide_get_progress (guide)));
      g_string_append (s, ",\n  \"stages\": [");
      for (VbStage st = VB_STAGE_GOALS; st < VB_N_STAGES; st++)
        {
          g_string_append_printf (s, "%s\n    { \"stage\": \"%s\", \"available\": %s, \"complete\": %s }",
                                  first ? "" : ",", vb_stage_get_id (st),
                                  vb_stage_is_available (st) ? "true" : "false",
                                  vb_guide_stage_is_complete (guide, st) ? "true" : "false");
          first = FALSE;
        }
      g_string_append (s, "\n  ],\n  \"findings\": [");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbFinding) f = g_list_model_get_item (findings, i);

          g_string_append_printf (s, "%s\n    { \"rule\": \"%s\", \"stage\": \"%s\", \"kind\": \"%s\", \"subject\": ",
                                  i ? "," : "", vb_finding_get_rule_id (f),
                                  vb_stage_get_id (vb_finding_get_stage (f)),
                                  vb_enum_get_nick (VB_TYPE_FINDING_KIND, vb_finding_get_kind (f)));
          print_json_string (s, vb_finding_get_subject (f));
          g_string_append (s, ", \"message\": ");
          print_json_string (s, vb_finding_get_message (f));
          g_string_append (s, ", \"action\": ");
          print_json_string (s, vb_finding_get_action_label (f));
          g_string_append (s, " }");
        }
      g_string_append (s, n ? "\n  ]\n}\n" : "]\n}\n");
      g_print ("%s", s->str);
      return 0;
    }

  {
    g_autofree char *progress = vb_format_percent (100 * vb_guide_get_progress (guide), 0);

    g_print (_("Progress: %s of the journey\n"), progress);
  }
  for (VbStage st = VB_STAGE_GOALS; st < VB_N_STAGES; st++)
    {
      const char *mark = vb_guide_stage_is_complete (guide, st) ? "✓" : vb_stage_is_available (st) ? "·" : " ";

      if (vb_stage_is_available (st))
        g_print ("  %s %s\n", mark, vb_stage_get_title (st));
      else
        /* Translators: a stage this version does not have yet, in the CLI's list */
        g_print (_("  %s %s (to come)\n"), mark, vb_stage_get_title (st));
    }
  if (n == 0 && vb_guide_get_next_stage (guide, &next))
    g_print (_("Up next: %s — %s.\n"), vb_stage_get_title (next), vb_stage_get_summary (next));
  else if (n == 0)
    g_print (_("Nothing to do: every stage is complete.\n"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (findings, i);
      g_autofree char *message = shown (vb_finding_get_message (f));

      g_print ("[%s] %s: %s\n", vb_enum_get_label (VB_TYPE_FINDING_KIND, vb_finding_get_kind (f)),
               vb_stage_get_title (vb_finding_get_stage (f)), message);
    }
  return 0;
}

/* ---------------------------------------------------- describe-schema */

/* Hidden: the table description as JSON, for data/sample/make-sample.py
 * (the sample and the JSON Schema are generated from it, so they cannot
 * drift from the code) and the validate tests. A faithful print: the
 * limits of text, times, sets and lists of languages; every table in
 * schema order with its flags and label; every column in column order
 * (the implicit ones included) with its kind, nullability, text format,
 * default as the SQL literal of the description, enumeration words,
 * reference, range (only where one is checked) and label; the
 * invariants (partial unique indexes), the value as the JSON holds it; and
 * the rules over several columns (table-level CHECKs). */
static int
cmd_describe_schema (int argc, char **argv)
{
  const VbSchema *schema = vb_schema_current ();
  g_autoptr(GString) s = g_string_new ("{\n");
  static const char *const kinds[] = { "uuid", "text", "int", "real", "bool", "enum", "ref", "time", "date", "set" };
  static const char *const formats[] = { "plain", "timezone", "languages", "currency", "currency-or-empty" };
  GError *error = NULL;

  g_string_append_printf (s, "  \"format\": \"%s\",\n  \"format_version\": %d,\n  \"schema_version\": %d,\n"
                             "  \"text_max_bytes\": %d,\n  \"time_max_bytes\": %d,\n  \"set_max_bytes\": %d,\n"
                             "  \"languages_max\": %d,\n  \"language_max_bytes\": %d,\n"
                             "  \"tables\": [",
                          VB_JSON_FORMAT, VB_JSON_FORMAT_VERSION, schema->version, VB_TEXT_MAX_BYTES,
                          VB_TIME_MAX_BYTES, VB_SET_MAX_BYTES, VB_LANGUAGES_MAX, VB_LANGUAGE_MAX_BYTES);
  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      guint n = vb_table_n_columns (table);

      g_string_append_printf (s, "%s\n    { \"name\": \"%s\", \"single_row\": %s, \"ordered\": %s, \"internal\": %s,"
                                 " \"label\": ", t ? "," : "", table->name,
                              (table->flags & VB_TABLE_SINGLE_ROW) ? "true" : "false",
                              (table->flags & VB_TABLE_ORDERED) ? "true" : "false",
                              (table->flags & VB_TABLE_INTERNAL) ? "true" : "false");
      print_json_string (s, table->label ? table->label : table->name);
      g_string_append (s, ", \"columns\": [");
      for (guint c = 0; c < n; c++)
        {
          const VbColumn *col = vb_table_get_column (table, c);

          g_string_append_printf (s, "%s\n        { \"name\": \"%s\", \"kind\": \"%s\", \"nullable\": %s",
                                  c ? "," : "", col->name, kinds[col->kind], col->nullable ? "true" : "false");
          if (col->kind == VB_COLUMN_TEXT)
            g_string_append_printf (s, ", \"format\": \"%s\"", formats[col->format]);
          if (col->default_sql)
            {
              g_string_append (s, ", \"default\": ");
              print_json_string (s, col->default_sql);
            }
          if (col->kind == VB_COLUMN_ENUM || col->kind == VB_COLUMN_SET)
            {
              GType type = col->enum_type ();

              g_string_append (s, ", \"values\": [");
              for (guint v = 0; v < vb_enum_get_n_values (type); v++)
                {
                  g_string_append (s, v ? ", " : "");
                  print_json_string (s, vb_enum_get_nick (type, vb_enum_get_value (type, v)));
                }
              g_string_append (s, "]");
            }
          if (col->kind == VB_COLUMN_REF)
            g_string_append_printf (s, ", \"ref\": \"%s\", \"on_delete\": \"%s\"", col->ref_table,
                                    col->on_delete == VB_ON_DELETE_CASCADE ? "cascade" : "set-null");
          if ((col->kind == VB_COLUMN_INT || col->kind == VB_COLUMN_REAL) && col->min < col->max)
            {
              g_string_append (s, ", \"min\": ");
              vb_json_append_double (s, col->min);
              g_string_append (s, ", \"max\": ");
              vb_json_append_double (s, col->max);
            }
          g_string_append (s, ", \"label\": ");
          print_json_string (s, col->label ? col->label : col->name);
          g_string_append (s, " }");
        }
      g_string_append (s, "\n      ], \"uniques\": [");
      for (guint u = 0; u < table->n_uniques; u++)
        {
          const VbUnique *unique = &table->uniques[u];
          const VbColumn *where = NULL;
          g_auto(GStrv) columns = unique->column ? g_strsplit (unique->column, ",", -1) : g_new0 (char *, 1);

          /* the columns of the key (none: at most one row); the value as the
           * JSON holds it: an enumeration's word, or true/false */
          g_string_append_printf (s, "%s\n        { \"columns\": [", u ? "," : "");
          for (guint k = 0; columns[k]; k++)
            g_string_append_printf (s, "%s\"%s\"", k ? ", " : "", columns[k]);
          if (unique->where_column == NULL)
            {
              g_string_append (s, "], \"rule\": ");
              print_json_string (s, unique->rule);
              g_string_append (s, " }");
              continue;
            }
          where = vb_table_get_column (table, (guint) vb_table_column_index (table, unique->where_column));
          g_string_append_printf (s, "], \"where_column\": \"%s\", \"where_value\": ", unique->where_column);
          if (where->kind == VB_COLUMN_ENUM)
            print_json_string (s, vb_enum_get_nick (where->enum_type (), unique->where_value));
          else
            g_string_append (s, unique->where_value ? "true" : "false");
          g_string_append (s, ", \"rule\": ");
          print_json_string (s, unique->rule);
          g_string_append (s, " }");
        }
      g_string_append (s, table->n_uniques ? "\n      ], \"checks\": [" : "], \"checks\": [");
      for (guint k = 0; k < table->n_checks; k++)
        {
          const VbCheck *check = &table->checks[k];

          g_string_append_printf (s, "%s\n        { \"kind\": \"%s\", \"column\": \"%s\", \"other\": \"%s\"",
                                  k ? "," : "",
                                  check->kind == VB_CHECK_EXACTLY_ONE ? "exactly-one" : "values-if-set",
                                  check->column, check->other);
          if (check->kind == VB_CHECK_VALUES_IF_SET)
            {
              const VbColumn *other = vb_table_get_column (table, (guint) vb_table_column_index (table, check->other));
              GType type = other->enum_type ();
              gboolean first = TRUE;

              g_string_append (s, ", \"values\": [");
              for (guint v = 0; v < vb_enum_get_n_values (type) && v < 32; v++)
                if (check->values & (1u << v))
                  {
                    g_string_append (s, first ? "" : ", ");
                    print_json_string (s, vb_enum_get_nick (type, vb_enum_get_value (type, v)));
                    first = FALSE;
                  }
              g_string_append (s, "]");
            }
          g_string_append (s, ", \"rule\": ");
          print_json_string (s, check->rule);
          g_string_append (s, " }");
        }
      g_string_append (s, table->n_checks ? "\n      ] }" : "] }");
    }
  g_string_append (s, "\n  ]\n}\n");
  (void) argc;
  (void) argv;
  if (!write_stdout (s->str, s->len, &error))
    return fail (error);
  return 0;
}

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;   /* NULL: hidden */
} commands[] = {
  { "new", cmd_new, N_("Create a project file (from a template, or the sample)") },
  { "info", cmd_info, N_("Name, file format, totals and row counts of a project") },
  { "check", cmd_check, N_("Verify a project file from someone else (never modifies it)") },
  { "export", cmd_export, N_("Export a project (--format json) or a vendor’s response workbook") },
  { "import", cmd_import, N_("Import a JSON export into a new project file") },
  { "import-responses", vb_cli_import_responses, N_("Import a vendor’s filled-in response workbook") },
  { "import-tickets", vb_cli_import_tickets, N_("Weekly KPIs from a help desk’s ticket export") },
  { "guide", cmd_guide, N_("What to do next, and the pitfalls") },
  { "staffing", vb_cli_staffing, N_("Agents needed for one interval to meet a service level") },
  { "kpis", vb_cli_kpis, N_("Each service level week by week, and the go / no-go after the pilot") },
  { "pricing", vb_cli_pricing, N_("Every finalist’s quote priced on the forecast, with the savings") },
  { "score", vb_cli_score, N_("The finalists ranked on the weighted criteria, with tipping points") },
  { "bench", vb_cli_bench, N_("Build a large synthetic project and print timings") },
  { "describe-schema", cmd_describe_schema, NULL },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: vendorbench-cli [--version] COMMAND [OPTIONS…] [ARGS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].summary)
      fprintf (out, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("“vendorbench-cli COMMAND --help” describes a command."));
}

/* Whatever was printed must have reached its destination (a command that
 * failed has said why already: once is enough) */
static int
finish (int rc)
{
  if (rc != 0)
    {
      fclose (stdout);
      return rc;
    }
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved = errno;

      g_printerr (_("vendorbench-cli: The output cannot be written: %s.\n"), g_strerror (saved ? saved : EIO));
      return 1;
    }
  if (fclose (stdout) != 0)
    {
      int saved = errno;

      /* a closed standard output (EBADF) is a failure too */
      g_printerr (_("vendorbench-cli: The output cannot be written: %s.\n"), g_strerror (saved));
      return 1;
    }
  return rc;
}

int
main (int argc, char **argv)
{
  g_autofree char *prgname = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("vendorbench-cli %s\n", PACKAGE_VERSION);
      return finish (0);
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return finish (0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        prgname = g_strdup_printf ("vendorbench-cli %s", commands[i].name);
        g_set_prgname (prgname);
        return finish (commands[i].func (argc - 1, argv + 1));
      }

  g_printerr (_("Unknown command “%s”.\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_USAGE;
}
