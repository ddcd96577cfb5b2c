/* vb-cli.c — vendorbench-cli: every export and check, headless
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit status: 0 success, 1 failure (message on standard error), 2 wrong usage.
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vb-cli.h"
#include "vb-format.h"
#include "vb-guide.h"
#include "vb-json.h"
#include "vb-outsourcing.h"
#include "vb-project.h"

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
  g_printerr ("vendorbench-cli: %s\n", error->message);
  g_error_free (error);
  return 1;
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

/* ---------------------------------------------------------------- new */

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
  if (sample && template_id)
    return usage_error (context, _("--sample and --template cannot be used together."));

  if (sample)
    project = vb_project_create_sample (argv[1], &error);
  else
    {
      g_autofree char *base = g_path_get_basename (argv[1]);
      g_autofree char *fallback_currency = vb_currency_default ();

      if (name == NULL)
        {
          name = g_strdup (base);
          if (g_str_has_suffix (name, VB_PROJECT_SUFFIX))
            name[strlen (name) - strlen (VB_PROJECT_SUFFIX)] = '\0';
        }
      g_autofree char *code = currency ? g_ascii_strup (currency, -1) : NULL;

      project = vb_project_create (argv[1], name, template_id ? template_id : "blank",
                                   code ? code : fallback_currency, &error);
    }
  if (project == NULL)
    return fail (error);
  g_print ("%s\n", vb_project_get_path (project));
  return 0;
}

/* --------------------------------------------------------------- info */

static int
cmd_info (int argc, char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — the project’s name, file format and row counts"));
  g_autoptr(VbProject) project = NULL;
  const VbSchema *schema = vb_schema_current ();
  GError *error = NULL;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a project file."));

  project = vb_project_open (argv[1], &error);
  if (project == NULL)
    return fail (error);

  if (json)
    {
      g_autoptr(GString) s = g_string_new ("{\n  \"name\": ");

      print_json_string (s, vb_project_get_name (project));
      g_string_append (s, ",\n  \"currency\": ");
      print_json_string (s, vb_project_get_currency (project));
      g_string_append_printf (s, ",\n  \"schema_version\": %d,\n"
                                 "  \"read_only\": %s,\n  \"sample\": %s,\n  \"counts\": {\n",
                              schema->version,
                              vb_project_get_read_only (project) ? "true" : "false",
                              vb_project_get_is_sample (project) ? "true" : "false");
      for (guint i = 0; i < schema->n_tables; i++)
        g_string_append_printf (s, "    \"%s\": %" G_GINT64_FORMAT "%s\n", schema->tables[i].name,
                                vb_project_count_rows (project, schema->tables[i].name),
                                i + 1 < schema->n_tables ? "," : "");
      g_string_append (s, "  }\n}\n");
      g_print ("%s", s->str);
    }
  else
    {
      g_print (_("Name: %s\n"), vb_project_get_name (project));
      g_print (_("File format: %d\n"), schema->version);
      g_print (_("Currency: %s\n"), vb_project_get_currency (project));
      if (vb_project_get_read_only (project))
        g_print (_("Read-only\n"));
      if (vb_project_get_is_sample (project))
        g_print (_("This is the sample project\n"));
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

  if (!vb_project_verify_file (argv[1], &version, &error))
    return fail (error);
  g_print (_("%s: a sound Vendorbench project (file format %d)\n"), argv[1], version);
  return 0;
}

/* ------------------------------------------------------------- export */

static int
cmd_export (int argc, char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
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
  if (format == NULL)
    return usage_error (context, _("Say which format to export with --format."));
  if (g_strcmp0 (format, "json") != 0)
    return usage_error (context, _("Unknown format; this version exports: json."));

  project = vb_project_open (argv[1], &error);
  if (project == NULL)
    return fail (error);

  if (output)
    {
      if (!vb_json_export_to_file (project, output, &error))
        return fail (error);
    }
  else
    {
      gsize length;
      g_autofree char *data = vb_json_export (project, &length, &error);

      if (data == NULL)
        return fail (error);
      fwrite (data, 1, length, stdout);
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
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — what to do next, and the pitfalls"));
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbGuide) guide = NULL;
  GListModel *findings;
  GError *error = NULL;
  guint n;
  int rc;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv)) >= 0)
    return rc;
  if (argc != 2)
    return usage_error (context, _("Give the path of a project file."));

  project = vb_project_open (argv[1], &error);
  if (project == NULL)
    return fail (error);
  guide = vb_guide_new (project);
  findings = vb_guide_get_findings (guide);
  n = g_list_model_get_n_items (findings);

  if (json)
    {
      g_autoptr(GString) s = g_string_new ("{\n  \"progress\": ");
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.3f", vb_guide_get_progress (guide)));
      g_string_append (s, ",\n  \"stages\": [");
      for (VbStage st = VB_STAGE_GOALS; st < VB_N_STAGES; st++)
        if (vb_stage_is_available (st))
          g_string_append_printf (s, "%s\n    { \"stage\": \"%s\", \"complete\": %s }",
                                  st == VB_STAGE_GOALS ? "" : ",", vb_stage_get_id (st),
                                  vb_guide_stage_is_complete (guide, st) ? "true" : "false");
      g_string_append (s, "\n  ],\n  \"findings\": [");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbFinding) f = g_list_model_get_item (findings, i);

          g_string_append_printf (s, "%s\n    { \"rule\": \"%s\", \"stage\": \"%s\", \"kind\": \"%s\", \"subject\": ",
                                  i ? "," : "", vb_finding_get_rule_id (f),
                                  vb_stage_get_id (vb_finding_get_stage (f)),
                                  vb_finding_kind_to_string (vb_finding_get_kind (f)));
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

  g_print (_("Progress: %.0f %%\n"), 100 * vb_guide_get_progress (guide));
  for (VbStage st = VB_STAGE_GOALS; st < VB_N_STAGES; st++)
    if (vb_stage_is_available (st))
      g_print ("  %s %s\n", vb_guide_stage_is_complete (guide, st) ? "✓" : "·", vb_stage_get_title (st));
  if (n == 0)
    g_print (_("Nothing to do: every stage is complete.\n"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (findings, i);
      const char *kind;

      switch (vb_finding_get_kind (f))
        {
        case VB_FINDING_BLOCKER: kind = _("Blocker"); break;
        case VB_FINDING_WARNING: kind = _("Warning"); break;
        default:                 kind = _("Next step"); break;
        }
      g_print ("[%s] %s: %s\n", kind, vb_stage_get_title (vb_finding_get_stage (f)), vb_finding_get_message (f));
    }
  return 0;
}

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "new", cmd_new, N_("Create a project file (from a template, or the sample)") },
  { "info", cmd_info, N_("Name, file format and row counts of a project") },
  { "check", cmd_check, N_("Verify a project file from someone else (never modifies it)") },
  { "export", cmd_export, N_("Export a project (--format json)") },
  { "import", cmd_import, N_("Import a JSON export into a new project file") },
  { "guide", cmd_guide, N_("What to do next, and the pitfalls") },
  { "bench", vb_cli_bench, N_("Build a large synthetic project and print timings") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: vendorbench-cli [--version] COMMAND [OPTIONS…] [ARGS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("“vendorbench-cli COMMAND --help” describes a command."));
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
      return 0;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        prgname = g_strdup_printf ("vendorbench-cli %s", commands[i].name);
        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  g_printerr (_("Unknown command “%s”.\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_USAGE;
}
