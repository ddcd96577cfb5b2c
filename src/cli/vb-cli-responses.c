/* vb-cli-responses.c — the vendor response workbook on the command line
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   vendorbench-cli export FILE --document response-workbook --vendor NAME|UUID
 *                          --format xlsx|csv -o OUT
 *   (export --document calendar is handed on to vb-cli-pilot.c)
 *   vendorbench-cli import-responses FILE --vendor NAME|UUID WORKBOOK [--dry-run]
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vb-cli.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question.h"
#include "vb-requirement.h"
#include "vb-requirement-section.h"
#include "vb-response.h"
#include "vb-response-import.h"
#include "vb-response-workbook.h"
#include "vb-response-writer.h"
#include "vb-text.h"
#include "vb-vendor.h"

/* Project text for the human output: escaped on a terminal */
static char *
shown (const char *text)
{
  if (isatty (STDOUT_FILENO))
    return vb_text_for_terminal (text);
  return g_utf8_make_valid (text ? text : "", -1);
}

/* The vendor a user names, by its UUID or its name (ignoring case) */
static VbVendor *
find_vendor (VbProject   *project,
             const char  *wanted,
             GError     **error)
{
  GListModel *vendors = vb_project_get_vendors (project);
  guint n = g_list_model_get_n_items (vendors);
  g_autofree char *folded = g_utf8_casefold (wanted, -1);
  VbVendor *found = NULL;
  guint n_found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);

      if (g_ascii_strcasecmp (vb_record_get_uuid (VB_RECORD (v)), wanted) == 0)
        return g_steal_pointer (&v);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
      g_autofree char *name = g_utf8_casefold (vb_vendor_get_name (v) ? vb_vendor_get_name (v) : "", -1);

      if (strcmp (name, folded) == 0)
        {
          n_found++;
          if (found == NULL)
            found = g_steal_pointer (&v);
        }
    }
  if (n_found == 1)
    return found;
  g_clear_object (&found);
  if (n_found > 1)
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                 _("%u vendors are called “%s”; name the one you mean by its UUID (vendorbench-cli info FILE --json lists them)."),
                 n_found, wanted);
  else
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_FOUND,
                 _("This project has no vendor called “%s”."), wanted);
  return NULL;
}

/* Every document `export --document` writes; the whole project is
 * exported as JSON without --document */
static const char *const documents[] = {
  "response-workbook",
  "calendar",
};

/* "response-workbook, calendar" */
static char *
document_list (void)
{
  GString *list = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (documents); i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", documents[i]);
  return g_string_free (list, FALSE);
}

static gboolean
is_document (const char *document)
{
  for (gsize i = 0; i < G_N_ELEMENTS (documents); i++)
    if (strcmp (document, documents[i]) == 0)
      return TRUE;
  return FALSE;
}

int
vb_cli_export_document (GOptionContext *context,
                        const char     *file,
                        const char     *document,
                        const char     *vendor_name,
                        const char     *format,
                        const char     *deadline,
                        const char     *output,
                        gboolean        force)
{
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbVendor) vendor = NULL;
  VbResponseWriterOptions options = { NULL, deadline };
  GError *error = NULL;
  gboolean csv;

  if (!is_document (document))
    {
      g_autofree char *list = document_list ();
      /* Translators: the second %s is the list of document words, "response-workbook, calendar" */
      g_autofree char *message = g_strdup_printf (_("There is no document called “%s”. This version exports "
                                                    "these documents: %s; without --document, the whole "
                                                    "project as JSON."),
                                                  document, list);

      return vb_cli_usage_error (context, message);
    }
  if (strcmp (document, "calendar") == 0)
    return (vendor_name || deadline)
           ? vb_cli_usage_error (context, _("--vendor and --deadline go with the response workbook."))
           : vb_cli_export_calendar (context, file, format, output, force);
  if (vendor_name == NULL)
    return vb_cli_usage_error (context, _("Say whose workbook to export with --vendor NAME or UUID."));
  if (format == NULL && output && g_str_has_suffix (output, ".csv"))
    format = "csv";
  else if (format == NULL && output && g_str_has_suffix (output, ".xlsx"))
    format = "xlsx";
  if (format == NULL)
    return vb_cli_usage_error (context, _("Say which format to export with --format (xlsx or csv)."));
  if (strcmp (format, "xlsx") != 0 && strcmp (format, "csv") != 0)
    return vb_cli_usage_error (context, _("A response workbook is exported as xlsx or csv."));
  csv = strcmp (format, "csv") == 0;
  if (!csv && output == NULL)
    return vb_cli_usage_error (context, _("Say where to write the workbook with -o FILE."));
  if (force && output == NULL)
    return vb_cli_usage_error (context, _("--force replaces the file given with -o; give one."));

  project = vb_project_open_full (file, VB_OPEN_READ_ONLY, NULL, &error);
  if (project == NULL)
    return vb_cli_fail (error);
  vendor = find_vendor (project, vendor_name, &error);
  if (vendor == NULL)
    return vb_cli_fail (error);

  if (csv && output == NULL)
    {
      g_autoptr(GBytes) bytes = vb_response_writer_csv_bytes (project, vendor);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_set_error (&error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_IO, _("The output cannot be written."));
          return vb_cli_fail (error);
        }
      return 0;
    }
  if (csv ? !vb_response_writer_write_csv (project, vendor, &options, output, force, &error)
          : !vb_response_writer_write_xlsx (project, vendor, &options, output, force, &error))
    return vb_cli_fail (error);
  return 0;
}

int
vb_cli_import_responses (int argc, char **argv)
{
  g_autofree char *vendor_name = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "vendor", 0, 0, G_OPTION_ARG_STRING, &vendor_name, N_("The vendor who filled it in"), N_("NAME|UUID") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show what would change; write nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE WORKBOOK — import a vendor’s filled-in response workbook (XLSX or CSV)"));
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbVendor) vendor = NULL;
  g_autoptr(VbResponseImport) import = NULL;
  GError *error = NULL;
  guint n_changes;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      int rc = vb_cli_usage_error (context, error->message);
      g_error_free (error);
      return rc;
    }
  if (argc != 3)
    return vb_cli_usage_error (context, _("Give the path of a project file and of the workbook."));
  if (vendor_name == NULL)
    return vb_cli_usage_error (context, _("Say whose answers these are with --vendor NAME or UUID."));

  project = dry_run ? vb_project_open_full (argv[1], VB_OPEN_READ_ONLY, NULL, &error)
                    : vb_project_open (argv[1], &error);
  if (project == NULL)
    return vb_cli_fail (error);
  vendor = find_vendor (project, vendor_name, &error);
  if (vendor == NULL)
    return vb_cli_fail (error);
  import = vb_response_import_read (project, vendor, argv[2], NULL, &error);
  if (import == NULL)
    return vb_cli_fail (error);

  n_changes = vb_response_import_get_n_changes (import);
  for (guint i = 0; i < n_changes; i++)
    {
      g_autofree char *line = vb_response_change_describe (vb_response_import_get_change (import, i));
      g_autofree char *text = shown (line);

      g_print ("%s\n", text);
    }
  if (dry_run)
    {
      g_print (ngettext ("%u of %u answers would change (dry run: nothing was written).\n",
                         "%u of %u answers would change (dry run: nothing was written).\n",
                         vb_response_import_get_n_rows (import)),
               n_changes, vb_response_import_get_n_rows (import));
      return 0;
    }
  if (!vb_response_import_apply (import, &error))
    return vb_cli_fail (error);
  if (n_changes == 0)
    g_print (_("Nothing to import: the workbook holds the answers the project has already.\n"));
  else
    {
      g_autofree char *name = shown (vb_vendor_get_display_name (vendor));

      g_print (ngettext ("Imported %u changed answer of %s (undo it in the window with Undo).\n",
                         "Imported %u changed answers of %s (undo it in the window with Undo).\n", n_changes),
               n_changes, name);
    }
  return 0;
}

/* ------------------------------------------------------------- bench */

#define BENCH_ROWS 2000

static gboolean
bench_answer_all (VbProject  *project,
                  VbVendor   *vendor,
                  GPtrArray  *items,
                  GError    **error)
{
  vb_project_begin_edit (project, "answers");
  for (guint i = 0; i < items->len; i++)
    {
      VbRecord *item = g_ptr_array_index (items, i);
      VbResponse *r = VB_IS_REQUIREMENT (item) ? vb_requirement_add_response (VB_REQUIREMENT (item), vendor, error)
                                               : vb_question_add_response (VB_QUESTION (item), vendor, error);

      if (r == NULL ||
          !vb_response_set_answer (r, VB_IS_REQUIREMENT (item) ? VB_ANSWER_MEETS : VB_ANSWER_YES, error) ||
          !vb_response_set_text (r, "We do this every day, with a named team lead.", error) ||
          !vb_response_set_evidence (r, "Process manual, section 4", error))
        {
          vb_project_cancel_edit (project);
          return FALSE;
        }
    }
  return vb_project_end_edit (project, error);
}

/* A customer-support project grown to 2,000 workbook rows; the workbook
 * of a vendor who answered every one, imported into a copy made before
 * the answers: the time to read and check it, and to write it */
gboolean
vb_cli_bench_response_import (const char  *dir,
                              double      *read_ms,
                              double      *apply_ms,
                              GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "workbook.vendorbench", NULL);
  g_autofree char *fresh = g_build_filename (dir, "workbook-fresh.vendorbench", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "workbook.xlsx", NULL);
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbProject) copy = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(VbRequirementSection) section = NULL;
  g_autoptr(VbResponseImport) import = NULL;
  VbVendor *vendor;
  VbRecord *copy_vendor;
  gint64 t0, t1;
  guint n;

  g_unlink (path);
  g_unlink (fresh);
  g_unlink (xlsx);
  project = vb_project_create (path, "Bench workbook", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT, "EUR", error);
  if (project == NULL || (vendor = vb_project_add_vendor (project, error)) == NULL)
    return FALSE;
  section = g_list_model_get_item (vb_project_get_requirement_sections (project), 0);
  items = vb_response_workbook_items (project);
  n = items->len;
  vb_project_begin_edit (project, "requirements");
  for (; n < BENCH_ROWS; n++)
    {
      VbRequirement *r = vb_requirement_section_add_requirement (section, error);
      g_autofree char *text = g_strdup_printf ("Describe how you will handle case %u.", n);

      if (r == NULL || !vb_requirement_set_text (r, text, error))
        {
          vb_project_cancel_edit (project);
          return FALSE;
        }
    }
  if (!vb_project_end_edit (project, error))
    return FALSE;
  g_ptr_array_unref (items);
  items = vb_response_workbook_items (project);
  if (!vb_project_save_copy (project, fresh, NULL, error) ||
      !bench_answer_all (project, vendor, items, error) ||
      !vb_response_writer_write_xlsx (project, vendor, NULL, xlsx, TRUE, error))
    return FALSE;

  copy = vb_project_open (fresh, error);
  if (copy == NULL)
    return FALSE;
  copy_vendor = vb_project_lookup (copy, vb_record_get_uuid (VB_RECORD (vendor)));
  t0 = g_get_monotonic_time ();
  import = vb_response_import_read (copy, VB_VENDOR (copy_vendor), xlsx, NULL, error);
  if (import == NULL)
    return FALSE;
  t1 = g_get_monotonic_time ();
  if (vb_response_import_get_n_changes (import) != items->len)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, "the bench workbook reads back wrong");
      return FALSE;
    }
  if (!vb_response_import_apply (import, error))
    return FALSE;
  *read_ms = (t1 - t0) / 1000.0;
  *apply_ms = (g_get_monotonic_time () - t1) / 1000.0;
  return TRUE;
}
