/* vb-fuzz-targets.c — what each fuzz target does with one input
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See vb-fuzz.h. The project file is written to a file of its own (on
 * /dev/shm, a memory file system) for every input and opened by path,
 * exactly as the window and the CLI open it: the checks of the first bytes
 * (check_header), the private copy a read-only open reads a WAL file or an
 * older version from, the migration, the schema verification, the value
 * checks and the loading are the ones a real file meets — there is no
 * second, in-memory way in to keep in step with the real one.
 *
 * Core is called as the CLI and the window call it; the insides (the
 * schema description) only to walk every table and column.
 */

#define G_LOG_DOMAIN "vb-fuzz"
#define _GNU_SOURCE   /* memmem */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <zip.h>

#include "vb-contact.h"
#include "vb-context.h"
#include "vb-csv-reader.h"
#include "vb-ticket-import.h"
#include "vb-dismissal.h"
#include "vb-enums.h"
#include "vb-error.h"
#include "vb-format.h"
#include "vb-goals.h"
#include "vb-guide.h"
#include "vb-json.h"
#include "vb-json-strict.h"
#include "vb-objective.h"
#include "vb-outsourcing.h"
#include "vb-project.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-schema.h"
#include "vb-stage.h"
#include "vb-task.h"
#include "vb-text.h"
#include "vb-value.h"
#include "vb-vendor.h"
#include "vb-xlsx-reader.h"

#include "vb-fuzz.h"

static char *work_dir;    /* ours alone: everything below is removed at exit */
static char *files_dir;   /* the files a target writes */
static char *tmp_dir;     /* TMPDIR: the private copies read-only opens make */
static char *cache_dir;   /* XDG_CACHE_HOME: the copies kept of older versions */

/* The input being handled: a message may quote it */
static const guint8 *input;
static gsize input_size;

/* ------------------------------------------------------------ failing */

/* A broken promise: say what, and abort as a sanitizer would */
G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN static void
die (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  fputs ("vb-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  fflush (stderr);
  abort ();
}

/* Criticals (a g_return_if_fail that fired) and warnings are bugs; the
 * rest is noise */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      die ("a %s was logged", (level & G_LOG_LEVEL_WARNING) ? "warning" : "critical or error");
    }
  return G_LOG_WRITER_HANDLED;
}

/* What a refusal must look like: an error of ours, in words, naming no
 * SQL (issue 13: “No message shows SQL”) */
static void
assert_clean_error (const GError *error,
                    const char   *what)
{
  static const char *const sql_words[] = {
    "constraint failed", "no such table", "no such column", "syntax error", "SQL logic error", NULL
  };

  if (error == NULL)
    die ("%s failed without an error", what);
  if (error->domain != VB_PROJECT_ERROR && error->domain != VB_IMPORT_ERROR)
    die ("%s failed with an error of domain %s: %s", what, g_quark_to_string (error->domain), error->message);
  if (error->message == NULL || *error->message == '\0')
    die ("%s failed with an empty message", what);
  if (!g_utf8_validate (error->message, -1, NULL))
    {
      g_autofree char *shown = g_utf8_make_valid (error->message, -1);
      die ("%s failed with a message that is not valid UTF-8: %s", what, shown);
    }
  /* (unless the message quotes the input, which holds the words) */
  for (guint i = 0; sql_words[i]; i++)
    if (strstr (error->message, sql_words[i]) != NULL &&
        (input == NULL || memmem (input, input_size, sql_words[i], strlen (sql_words[i])) == NULL))
      die ("%s failed with a message that shows SQL: %s", what, error->message);
}

static void
assert_text (const char *text,
             const char *what)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    die ("%s is %s", what, text ? "not valid UTF-8" : "NULL");
}

/* ------------------------------------------------------------ files */

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      GDir *dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir && (name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_clear_pointer (&dir, g_dir_close);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* For g_ptr_array_sort, which passes pointers to the elements */
static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The names in @dir, sorted and joined by spaces ("" when empty) */
static char *
list_dir (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_dir_holds (const char *dir,
                  const char *expected,
                  const char *when)
{
  g_autofree char *names = list_dir (dir);

  if (g_strcmp0 (names, expected) != 0)
    die ("%s, %s holds “%s” instead of “%s”", when, dir, names, expected);
}

static void
empty_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      remove_tree (child);
    }
}

static void
write_file (const char   *path,
            const guint8 *data,
            gsize         size)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, (const char *) data, (gssize) size, &error))
    die ("cannot write %s: %s", path, error->message);
}

static char *
hash_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return g_strdup ("<missing>");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* The input a message may quote, so that its words are not taken for ours */
static void
begin_input (const guint8 *data,
             gsize         size)
{
  g_assert (work_dir != NULL);
  input = data;
  input_size = size;
}

static void
cleanup_at_exit (void)
{
  if (work_dir)
    remove_tree (work_dir);
}

void
vb_fuzz_setup (void)
{
  const char *base = g_getenv ("VB_FUZZ_TMPDIR");
  g_autofree char *template = NULL;
  GStatBuf st;

  if (work_dir != NULL)
    return;

  /* a memory file system when there is one: a file per input is cheap */
  if (base == NULL || *base == '\0')
    base = g_stat ("/dev/shm", &st) == 0 && S_ISDIR (st.st_mode) && g_access ("/dev/shm", W_OK) == 0
           ? "/dev/shm" : g_getenv ("TMPDIR");
  if (base == NULL || *base == '\0')
    base = "/tmp";
  template = g_build_filename (base, "vb-fuzz-XXXXXX", NULL);
  if (g_mkdtemp (template) == NULL)
    die ("cannot make a folder in %s: %s", base, g_strerror (errno));
  work_dir = g_steal_pointer (&template);
  files_dir = g_build_filename (work_dir, "files", NULL);
  tmp_dir = g_build_filename (work_dir, "tmp", NULL);
  cache_dir = g_build_filename (work_dir, "cache", NULL);
  if (g_mkdir (files_dir, 0700) != 0 || g_mkdir (tmp_dir, 0700) != 0 || g_mkdir (cache_dir, 0700) != 0)
    die ("cannot make folders in %s: %s", work_dir, g_strerror (errno));
  atexit (cleanup_at_exit);

  /* before GLib reads them for the first time */
  g_setenv ("TMPDIR", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_strcmp0 (g_get_tmp_dir (), tmp_dir) != 0)
    die ("GLib read TMPDIR before vb_fuzz_setup: call it first");

  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");
  g_log_set_writer_func (log_writer, NULL, NULL);
}

/* ------------------------------------------------------------ a project */

/* Every property of @object, read as a view binding would */
static void
read_properties (GObject *object)
{
  guint n = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
        assert_text (g_value_get_string (&value), specs[i]->name);
    }
}

static void
read_cover (int         days,
            int         from,
            int         to,
            const char *zone)
{
  g_autofree char *d = vb_format_days (days);
  g_autofree char *f = vb_format_time_of_day (from);
  g_autofree char *t = vb_format_time_of_day (to);
  g_autoptr(GTimeZone) tz = vb_timezone_new (zone);

  assert_text (d, "days");
  assert_text (f, "a time of day");
  assert_text (t, "a time of day");
  if (tz != NULL)
    assert_text (g_time_zone_get_identifier (tz), "a time zone");
}

static void
read_task (VbProject         *project,
           VbTask            *task,
           VbProjectSettings *settings)
{
  g_autofree char *reason = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *cost = vb_format_money (vb_task_get_annual_cost (task), vb_project_get_currency (project));
  g_autofree char *hours = vb_format_number (vb_task_get_workload_hours (task), 1);
  VbCover need = {
    (int) vb_task_get_cover_days (task), vb_task_get_cover_from (task), vb_task_get_cover_to (task),
    vb_task_get_cover_timezone (task),
  };
  VbCover team = {
    (int) vb_project_settings_get_team_days (settings), vb_project_settings_get_team_from (settings),
    vb_project_settings_get_team_to (settings), vb_project_settings_get_team_timezone (settings),
  };

  vb_task_get_missing (task);
  vb_task_is_complete (task);
  vb_task_get_plan (task);
  vb_task_suggest (task, &reason);
  if (reason)
    assert_text (reason, "the reason of a suggestion");
  read_cover (need.days, need.from, need.to, need.timezone);
  vb_cover_within (&need, &team);
  vb_cover_within (&team, &need);
  vb_languages_within (vb_task_get_languages (task), vb_project_settings_get_team_languages (settings), &missing);
  if (missing)
    assert_text (missing, "a missing language");
  assert_text (cost, "a cost");
  assert_text (hours, "hours");
}

static void
read_vendor (VbVendor *vendor)
{
  GListModel *contacts = vb_vendor_get_contacts (vendor);
  g_autofree char *channels = vb_enum_set_to_labels (VB_TYPE_CHANNEL, vb_vendor_get_channels (vendor));

  assert_text (vb_vendor_get_display_name (vendor), "a vendor's name");
  assert_text (channels, "channels");
  vb_vendor_is_shortlisted (vendor);
  vb_vendor_get_primary_contact (vendor);
  for (guint i = 0; contacts && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(VbContact) contact = g_list_model_get_item (contacts, i);

      if (vb_contact_get_vendor (contact) != vendor)
        die ("a contact of a vendor belongs to another");
    }
}

/* Every row of every list, as the window and the CLI read them */
static void
read_project (VbProject *project)
{
  const VbSchema *schema = vb_schema_current ();
  VbProjectSettings *settings = vb_project_get_settings (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activity = NULL;
  g_autofree char *cost = NULL;
  VbGoalsTotals totals;

  assert_text (vb_project_get_name (project), "the project's name");
  if (!vb_currency_code_is_valid (vb_project_get_currency (project)))
    die ("a project opened with the currency “%s”", vb_project_get_currency (project));
  read_properties (G_OBJECT (project));
  read_properties (G_OBJECT (settings));
  read_cover ((int) vb_project_settings_get_team_days (settings), vb_project_settings_get_team_from (settings),
              vb_project_settings_get_team_to (settings), vb_project_settings_get_team_timezone (settings));
  g_ptr_array_unref (vb_languages_parse (vb_project_settings_get_team_languages (settings)));

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      GListModel *rows;

      if (table->flags & VB_TABLE_INTERNAL)
        continue;
      rows = vb_project_get_records (project, table->name);
      if (rows == NULL)
        die ("the table %s has no list", table->name);
      if ((gint64) g_list_model_get_n_items (rows) != vb_project_count_rows (project, table->name))
        die ("the list of %s holds %u rows, the file %" G_GINT64_FORMAT, table->name,
             g_list_model_get_n_items (rows), vb_project_count_rows (project, table->name));

      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(VbRecord) record = g_list_model_get_item (rows, i);

          assert_text (vb_record_get_uuid (record), "a UUID");
          assert_text (vb_record_get_label (record), "a row's label");
          assert_text (vb_record_get_kind_label (record), "a row's kind");
          vb_record_get_modified (record);
          vb_record_get_position (record);
          vb_record_get_example (record);
          if (!vb_record_is_live (record) || vb_project_lookup (project, vb_record_get_uuid (record)) != record)
            die ("a row of %s cannot be looked up by its UUID", table->name);
          read_properties (G_OBJECT (record));
          if (VB_IS_TASK (record))
            read_task (project, VB_TASK (record), settings);
          else if (VB_IS_VENDOR (record))
            read_vendor (VB_VENDOR (record));
          else if (VB_IS_OBJECTIVE (record))
            vb_objective_has_target (VB_OBJECTIVE (record));

          /* its children through every reference to its table */
          for (guint s = 0; s < schema->n_tables; s++)
            {
              const VbTable *child = &schema->tables[s];

              if (child->flags & VB_TABLE_INTERNAL)
                continue;
              for (guint c = 0; c < vb_table_n_columns (child); c++)
                {
                  const VbColumn *column = vb_table_get_column (child, c);
                  GListModel *children;

                  if (column->kind != VB_COLUMN_REF || g_strcmp0 (column->ref_table, table->name) != 0)
                    continue;
                  children = vb_project_get_children (project, child->name, column->name, record);
                  for (guint k = 0; children && k < g_list_model_get_n_items (children); k++)
                    {
                      g_autoptr(VbRecord) kid = g_list_model_get_item (children, k);
                      assert_text (vb_record_get_uuid (kid), "a child's UUID");
                    }
                }
            }
        }
    }

  vb_goals_compute_totals (project, &totals);
  cost = vb_format_money (totals.annual_cost, vb_project_get_currency (project));
  assert_text (cost, "the annual cost");
  vb_project_get_selected_vendor (project);
  /* the remembered ticket mappings, as the next import reads them */
  {
    g_autoptr(GHashTable) mappings = vb_project_get_ticket_mappings (project);
    GHashTableIter iter;
    gpointer key, mapping;

    g_hash_table_iter_init (&iter, mappings);
    while (g_hash_table_iter_next (&iter, &key, &mapping))
      {
        assert_text (key, "a remembered mapping's header key");
        if (vb_ticket_mapping_get_column (mapping, VB_TICKET_FIELD_CREATED) == NULL)
          die ("a remembered mapping without the creation date was read");
      }
  }
  for (guint s = 0; s < vb_enum_get_n_values (VB_TYPE_VENDOR_STATUS); s++)
    vb_project_count_vendors (project, (VbVendorStatus) vb_enum_get_value (VB_TYPE_VENDOR_STATUS, s));

  activity = vb_project_read_activity (project, &error);
  if (activity == NULL)
    assert_clean_error (error, "reading the activity log");
  for (guint i = 0; activity && i < activity->len; i++)
    read_properties (activity->pdata[i]);
}

static void
read_finding (VbFinding *finding)
{
  assert_text (vb_finding_get_rule_id (finding), "a finding's rule");
  assert_text (vb_finding_get_message (finding), "a finding's message");
  assert_text (vb_finding_get_action_label (finding), "a finding's action");
  assert_text (vb_finding_get_fingerprint (finding), "a finding's fingerprint");
  vb_finding_get_stage (finding);
  vb_finding_get_kind (finding);
  vb_finding_get_action (finding);
  vb_finding_get_subject_type (finding);
  vb_finding_get_subject (finding);
  vb_finding_get_field (finding);
  vb_finding_get_filter (finding);
  vb_finding_get_dismissal_reason (finding);
  vb_finding_get_dismissed_by (finding);
}

/* Guidance, as the dashboard and every stage page show it */
static void
read_guide (VbGuide *guide)
{
  GListModel *findings = vb_guide_get_findings (guide);
  GListModel *dismissed = vb_guide_get_dismissed (guide);
  VbStage next;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(VbFinding) finding = g_list_model_get_item (findings, i);

      read_finding (finding);
      if (vb_finding_get_subject (finding))
        g_ptr_array_unref (vb_guide_get_subject_findings (guide, vb_finding_get_subject (finding)));
      vb_guide_lookup (guide, vb_finding_get_rule_id (finding), vb_finding_get_subject (finding));
    }
  for (guint i = 0; i < g_list_model_get_n_items (dismissed); i++)
    {
      g_autoptr(VbFinding) finding = g_list_model_get_item (dismissed, i);
      read_finding (finding);
    }
  for (int s = 0; s < VB_N_STAGES; s++)
    {
      g_ptr_array_unref (vb_guide_get_stage_findings (guide, (VbStage) s));
      vb_guide_stage_is_complete (guide, (VbStage) s);
      vb_guide_count_next_steps (guide, (VbStage) s);
      for (int k = VB_FINDING_BLOCKER; k <= VB_FINDING_NEXT_STEP; k++)
        vb_guide_count_open (guide, (VbStage) s, (VbFindingKind) k);
    }
  if (!isfinite (vb_guide_get_progress (guide)))
    die ("the progress is not a number");
  vb_guide_get_next_stage (guide, &next);
}

/* One edit as the window makes it, undone and redone: dismiss the first
 * finding, or rename the project when there is none */
static void
edit_once (VbProject *project,
           VbGuide   *guide)
{
  GListModel *findings = vb_guide_get_findings (guide);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_list_model_get_n_items (findings) > 0)
    {
      g_autoptr(VbFinding) finding = g_list_model_get_item (findings, 0);
      ok = vb_guide_dismiss (guide, finding, "fuzz", &error);
    }
  else
    ok = vb_project_settings_set_notes (vb_project_get_settings (project), "fuzz", &error);
  if (!ok)
    {
      assert_clean_error (error, "an edit");
      return;
    }
  read_guide (guide);
  if (!vb_project_undo (project, &error))
    assert_clean_error (error, "undo");
  else if (!vb_project_redo (project, &error))
    assert_clean_error (error, "redo");
  read_guide (guide);
}

static char *
export_json (VbProject  *project,
             gsize      *length,
             const char *what)
{
  g_autoptr(GError) error = NULL;
  char *json = vb_json_export (project, length, &error);

  if (json == NULL)
    {
      assert_clean_error (error, "an export");
      die ("%s opened but does not export: %s", what, error->message);
    }
  return json;
}

/* An export is strict JSON, imports again, opens, and exports the same
 * bytes: a round trip is exact (DESIGN.md §3) */
static void
assert_round_trip (const char *json,
                   gsize       length)
{
  g_autofree char *path = g_build_filename (files_dir, "round-trip.vendorbench", NULL);
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) imported = NULL;
  gsize length_again = 0;

  if (!vb_json_strict_validate (json, length,
                                &(VbJsonLimits) { VB_JSON_MAX_BYTES, VB_JSON_MAX_DEPTH, VB_JSON_MAX_STRING,
                                                  VB_JSON_MAX_MEMBERS },
                                &error))
    die ("an export is not strict JSON: %s", error->message);
  if (!vb_json_import_data (json, length, path, &error))
    die ("an export does not import again: %s", error->message);
  imported = vb_project_open_full (path, VB_OPEN_READ_ONLY, NULL, &error);
  if (imported == NULL)
    die ("the import of an export does not open: %s", error->message);
  again = export_json (imported, &length_again, "the import of an export");
  if (length != length_again || memcmp (json, again, length) != 0)
    die ("export, import, export is not exact:\n%s\n----\n%s", json, again);
  vb_project_close (imported);
  g_clear_object (&imported);
  g_unlink (path);
  assert_dir_holds (tmp_dir, "", "after the import of an export was closed");
}

/* An input is a project file, or a file and a sidecar SQLite left beside
 * it when a program stopped in the middle of a save: SIDECAR_MAGIC, one
 * byte (even: "-journal", a rollback journal; odd: "-wal", a write-ahead
 * log), the file's length in 4 bytes (little-endian), the file, and the
 * rest is the sidecar. */
#define SIDECAR_MAGIC     "VB-FUZZ-SIDECAR\n"
#define SIDECAR_MAGIC_LEN 16

gboolean vb_fuzz_thorough;

/* SHA-256 of the file and its sidecars, named: what a change would show */
static char *
hash_project (const char *path)
{
  static const char *const suffixes[] = { "", "-journal", "-wal", "-shm", NULL };
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; suffixes[i]; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *hash = hash_file (file);

      g_string_append_printf (all, "%s=%s ", suffixes[i], hash);
    }
  return g_strdup (all->str);
}

void
vb_fuzz_project (const guint8 *data,
                 gsize         size)
{
  g_autofree char *path = g_build_filename (files_dir, "project.vendorbench", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = NULL;
  const char *sidecar = NULL;
  gboolean sound;
  gsize length = 0;
  int version = 0;

  begin_input (data, size);
  empty_dir (files_dir);
  empty_dir (cache_dir);
  if (size >= SIDECAR_MAGIC_LEN + 5 && memcmp (data, SIDECAR_MAGIC, SIDECAR_MAGIC_LEN) == 0)
    {
      const guint8 *p = data + SIDECAR_MAGIC_LEN;
      gsize left = size - SIDECAR_MAGIC_LEN - 5;
      gsize file_size = MIN ((gsize) (p[1] | (p[2] << 8) | (p[3] << 16) | ((guint32) p[4] << 24)), left);
      g_autofree char *side_path = NULL;

      sidecar = p[0] % 2 ? "-wal" : "-journal";
      side_path = g_strconcat (path, sidecar, NULL);
      write_file (path, p + 5, file_size);
      write_file (side_path, p + 5 + file_size, left - file_size);
      listing = g_strdup_printf ("project.vendorbench project.vendorbench%s", sidecar);
    }
  else
    {
      write_file (path, data, size);
      listing = g_strdup ("project.vendorbench");
    }
  before = hash_project (path);

  /* `check`: judges the file and never changes it or leaves anything */
  sound = vb_project_check_file (path, &version, &check_error);
  if (!sound)
    assert_clean_error (check_error, "check");
  after = hash_project (path);
  if (g_strcmp0 (before, after) != 0)
    die ("check changed the file or its sidecar");
  assert_dir_holds (files_dir, listing, "after check");
  assert_dir_holds (tmp_dir, "", "after check");

  /* A refused file is opened by the window too, to see that it refuses it
   * as well and leaves it as it was — for one input in eight, picked by
   * its bytes (a second verification would halve the inputs tried). */
  if (!sound && !vb_fuzz_thorough && g_str_hash (before) % 8 != 0)
    return;

  /* the window: opens the user's own file, recovered and updated in place */
  project = vb_project_open_full (path, VB_OPEN_DEFAULT, NULL, &error);
  if (project == NULL)
    {
      g_autofree char *unchanged = hash_project (path);
      g_autofree char *names = list_dir (files_dir);

      assert_clean_error (error, "open");
      if (sound)
        die ("check calls the file sound, but it does not open: %s", error->message);
      /* A failure never changes the file. With a sidecar, reading the
       * file is recovering it (SQLite rolls an interrupted save back, or
       * folds the log in when it closes): it may change, and the sidecar
       * go, but nothing may be added */
      if (sidecar == NULL && g_strcmp0 (before, unchanged) != 0)
        die ("a failed open changed the file: %s", error->message);
      if (g_strcmp0 (names, listing) != 0 && g_strcmp0 (names, "project.vendorbench") != 0)
        die ("after a failed open, the folder holds “%s”", names);
      assert_dir_holds (tmp_dir, "", "after a failed open");
      return;
    }
  if (!sound)
    die ("the file opens, but check refuses it: %s", check_error->message);
  if (vb_project_get_read_only (project))
    die ("a file of our own in a folder of our own opened read-only");

  read_project (project);
  {
    g_autoptr(VbGuide) guide = vb_guide_new (project);
    g_autoptr(VbContext) context = vb_context_new (project);

    read_guide (guide);
    read_guide (vb_context_get_guide (context));
    json = export_json (project, &length, "the file");
    edit_once (project, guide);
  }
  vb_project_close (project);
  g_clear_object (&project);
  /* closed, the file is alone: no journal, no log, no shared memory */
  assert_dir_holds (files_dir, "project.vendorbench", "after the window closed the file");
  assert_dir_holds (tmp_dir, "", "after the window closed the file");
  empty_dir (cache_dir);
  if (!vb_project_check_file (path, NULL, &error))
    die ("after the window opened, edited and closed it, the file is refused: %s", error->message);

  assert_round_trip (json, length);
  empty_dir (files_dir);
}

/* ------------------------------------------------------------ JSON */

static const VbJsonLimits import_limits = {
  VB_JSON_MAX_BYTES, VB_JSON_MAX_DEPTH, VB_JSON_MAX_STRING, VB_JSON_MAX_MEMBERS
};

/* Tight limits, so that every limit is reached by small inputs */
static const VbJsonLimits tight_limits = { 256, 3, 8, 3 };

static guint
node_depth (JsonNode *node)
{
  guint deepest = 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        deepest = MAX (deepest, node_depth (json_array_get_element (array, i)));
      return deepest + 1;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *child;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &child))
        {
          assert_text (name, "a field name");
          deepest = MAX (deepest, node_depth (child));
        }
      return deepest + 1;
    }
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE && !isfinite (json_node_get_double (node)))
        die ("the validator passed a number json-glib reads as %g", json_node_get_double (node));
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        assert_text (json_node_get_string (node), "a string");
    }
  return 0;
}

void
vb_fuzz_json_strict (const guint8 *data,
                     gsize         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) tight_error = NULL;
  gboolean ok, tight;

  begin_input (data, size);
  ok = vb_json_strict_validate ((const char *) data, size, &import_limits, &error);
  if (!ok)
    assert_clean_error (error, "the validator");
  tight = vb_json_strict_validate ((const char *) data, size, &tight_limits, &tight_error);
  if (!tight)
    assert_clean_error (tight_error, "the validator under tight limits");
  if (tight && !ok)
    die ("accepted under tight limits, refused under wide ones: %s", error->message);

  if (ok)
    {
      /* what it passes json-glib reads, as written, within the limits */
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) local = NULL;
      g_autofree char *text = g_malloc (size + 1);
      JsonNode *root;

      /* NUL-terminated, as an import reads a file (g_file_get_contents) */
      memcpy (text, data, size);
      text[size] = '\0';
      if (!json_parser_load_from_data (parser, text, (gssize) size, &local))
        die ("the validator passed what json-glib refuses: %s", local->message);
      root = json_parser_get_root (parser);
      if (root == NULL)
        die ("the validator passed an empty document");
      if (node_depth (root) > import_limits.max_depth)
        die ("the validator passed a document deeper than its limit");
      if (tight && node_depth (root) > tight_limits.max_depth)
        die ("the validator passed a document deeper than the tight limit");
    }
}

void
vb_fuzz_json_import (const guint8 *data,
                     gsize         size)
{
  g_autofree char *path = g_build_filename (files_dir, "imported.vendorbench", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = NULL;

  begin_input (data, size);
  empty_dir (files_dir);
  /* NUL-terminated, as an import reads a file (g_file_get_contents): the
   * validator alone is fed the bare bytes, by fuzz-json-strict */
  text = g_malloc (size + 1);
  memcpy (text, data, size);
  text[size] = '\0';
  if (!vb_json_import_data (text, size, path, &error))
    {
      assert_clean_error (error, "an import");
      /* nothing half imported, nothing left behind */
      assert_dir_holds (files_dir, "", "after a failed import");
      return;
    }
  assert_dir_holds (files_dir, "imported.vendorbench", "after an import");

  /* what imports opens, as `check` and the window see it */
  if (!vb_project_check_file (path, NULL, &error))
    die ("an imported file is refused by check: %s", error->message);
  project = vb_project_open_full (path, VB_OPEN_READ_ONLY, NULL, &error);
  if (project == NULL)
    die ("an imported file does not open: %s", error->message);
  read_project (project);
  {
    g_autoptr(VbGuide) guide = vb_guide_new (project);
    g_autofree char *json = NULL;
    gsize length;

    read_guide (guide);
    json = export_json (project, &length, "an imported file");
    vb_project_close (project);
    assert_dir_holds (tmp_dir, "", "after an imported file was closed");
    assert_round_trip (json, length);
  }
  empty_dir (files_dir);
}

/* ------------------------------------------------------------ text */

void
vb_fuzz_text (const guint8 *data,
              gsize         size)
{
  /* a file's text is cut at its first NUL, as SQLite hands it over */
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *problem = NULL;
  g_autofree char *terminal = NULL;
  /* two lists, for a task and a team: "English, French|english" */
  const char *bar = strchr (text, '|');
  g_autofree char *left = bar ? g_strndup (text, (gsize) (bar - text)) : g_strdup (text);
  const char *right = bar ? bar + 1 : text;
  guint n_types = 0;
  const GType *types = vb_enum_types (&n_types);

  begin_input (data, size);

  /* time zones: a name of the system's database, never a path */
  if (vb_timezone_is_valid (text))
    {
      g_autoptr(GTimeZone) tz = vb_timezone_new (text);

      if (text[0] == '/' || strstr (text, "..") != NULL)
        die ("“%s” passed as a time zone", text);
      if (tz)
        assert_text (g_time_zone_get_identifier (tz), "a time zone's name");
    }
  else if (vb_timezone_new (text) != NULL)
    die ("a time zone was made of “%s”, which is not valid", text);

  /* language lists: bounded, linear; a team speaks what it speaks */
  if (vb_languages_check (text, &problem))
    {
      g_autoptr(GPtrArray) parsed = vb_languages_parse (text);
      g_autofree char *missing = NULL;

      if (parsed->len > VB_LANGUAGES_MAX)
        die ("%u languages parsed", parsed->len);
      for (guint i = 0; i < parsed->len; i++)
        assert_text (parsed->pdata[i], "a language");
      if (g_utf8_validate (text, -1, NULL) && !vb_languages_within (text, text, &missing))
        die ("a list of languages does not cover itself (missing “%s”)", missing);
    }
  else
    assert_text (problem, "what is wrong with a list of languages");
  {
    g_autoptr(GPtrArray) parsed = vb_languages_parse (text);
    g_autofree char *missing = NULL;

    if (parsed->len > VB_LANGUAGES_MAX)
      die ("%u languages parsed", parsed->len);
    if (g_utf8_validate (text, -1, NULL) && !vb_languages_within (left, right, &missing))
      assert_text (missing, "a missing language");
  }

  /* sets of enumeration words: one spelling per set */
  for (guint t = 0; t < n_types; t++)
    {
      guint mask = 0;

      if (vb_enum_set_from_string (types[t], text, &mask))
        {
          g_autofree char *again = vb_enum_set_to_string (types[t], mask);
          g_autofree char *labels = vb_enum_set_to_labels (types[t], mask);

          if (g_strcmp0 (again, text) != 0)
            die ("the set “%s” of %s reads back as “%s”", text, g_type_name (types[t]), again);
          assert_text (labels, "the labels of a set");
        }
      vb_enum_from_nick (types[t], text, NULL);
    }

  /* dates and currency codes */
  if (vb_date_is_valid (text) && strlen (text) != 10)
    die ("“%s” passed as a date", text);
  if (vb_currency_code_is_valid (text))
    {
      g_autofree char *money = vb_format_money (1234.5, text);
      assert_text (money, "money");
      assert_text (vb_currency_symbol (text), "a currency symbol");
    }

  /* text printed on a terminal: no control character gets through */
  terminal = vb_text_for_terminal (text);
  assert_text (terminal, "text for a terminal");
  for (const char *p = terminal; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
          c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        die ("a control character U+%04X reached the terminal", c);
    }
}

/* ------------------------------------------------------------ numbers */

typedef struct {
  const char *name;    /* as setlocale knows it */
  const char *source;  /* localedef's input */
} FuzzLocale;

static const FuzzLocale locales[] = {
  { "C.UTF-8", NULL },
  { "en_US.UTF-8", "en_US" },
  { "de_DE.UTF-8", "de_DE" },
  { "de_CH.UTF-8", "de_CH" },   /* ’ groups */
  { "fr_FR.UTF-8", "fr_FR" },   /* narrow no-break spaces group */
  { "en_IN.UTF-8", "en_IN" },   /* 2,30,800 */
  { "ar_EG.UTF-8", "ar_EG" },   /* Arabic digits and marks */
};

static gboolean locale_ok[G_N_ELEMENTS (locales)];

static gboolean locale_tried[G_N_ELEMENTS (locales)];

/* Locale @i, compiled with localedef (from the `locales` package) the first
 * time it is needed into $VB_FUZZ_LOCALES — kept from one run to the next —
 * or else into the private folder. One that cannot be made is left out,
 * and said so once. */
static gboolean
ensure_locale (guint i)
{
  const char *kept = g_getenv ("VB_FUZZ_LOCALES");
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *numeric = NULL;
  g_autofree char *localedef = NULL;

  g_assert (work_dir != NULL && i < G_N_ELEMENTS (locales));
  if (locale_tried[i])
    return locale_ok[i];
  locale_tried[i] = TRUE;
  if (locales[i].source == NULL)
    return locale_ok[i] = setlocale (LC_NUMERIC, locales[i].name) != NULL;

  dir = kept && *kept ? g_canonicalize_filename (kept, NULL) : g_build_filename (work_dir, "locale", NULL);
  out = g_build_filename (dir, locales[i].name, NULL);
  numeric = g_build_filename (out, "LC_NUMERIC", NULL);
  g_mkdir_with_parents (dir, 0700);
  g_setenv ("LOCPATH", dir, TRUE);
  localedef = g_find_program_in_path ("localedef");
  if (localedef != NULL && !g_file_test (numeric, G_FILE_TEST_EXISTS))
    {
      const char *argv[] = { localedef, "-i", locales[i].source, "-f", "UTF-8", out, NULL };
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &status, NULL);
    }
  locale_ok[i] = setlocale (LC_NUMERIC, locales[i].name) != NULL;
  if (!locale_ok[i])
    fprintf (stderr, "vb-fuzz: the locale %s cannot be made here (localedef%s); numbers are read in C instead\n",
             locales[i].name, localedef ? " failed" : " is missing");
  setlocale (LC_NUMERIC, "C.UTF-8");
  return locale_ok[i];
}

void
vb_fuzz_setup_locales (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    ensure_locale (i);
}

/* A number the app shows must read back as that number */
static void
assert_reads_back (double      value,
                   int         decimals,
                   const char *typed)
{
  g_autofree char *shown = vb_format_number (value, decimals);
  double back = NAN;
  double step = pow (10, -decimals);

  if (!vb_parse_number (shown, &back))
    die ("“%s” was read as %.17g, shown with %d decimals as “%s” in %s, which does not read back",
         typed, value, decimals, shown, setlocale (LC_NUMERIC, NULL));
  if (fabs (back - value) > step / 2 * (1 + 1e-9) + fabs (value) * 1e-15)
    die ("“%s” was read as %.17g, shown as “%s”, and read back as %.17g in %s",
         typed, value, shown, back, setlocale (LC_NUMERIC, NULL));
}

void
vb_fuzz_number (const guint8 *data,
                gsize         size)
{
  g_autofree char *text = NULL;
  guint which;
  double value = NAN;

  begin_input (data, size);
  if (size == 0)
    return;
  which = data[0] % G_N_ELEMENTS (locales);
  if (!ensure_locale (which))
    which = 0;
  if (setlocale (LC_NUMERIC, locales[which].name) == NULL)
    die ("the locale %s went away", locales[which].name);
  text = g_strndup ((const char *) data + 1, size - 1);

  if (vb_parse_number (text, &value))
    {
      if (!isfinite (value))
        die ("“%s” was read as %g", text, value);
      /* what the window shows of it (vb-field.c: 0 decimals for whole numbers) */
      if (fabs (value) < 1e15)
        {
          assert_reads_back (value, 0, text);
          assert_reads_back (value, 2, text);
        }
    }
  vb_str_is_blank (text);
  setlocale (LC_NUMERIC, "C.UTF-8");
}

/* ------------------------------------------------------------ days and hours */

static const VbTable *
table_named (const char *name)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), name);

  if (table == NULL)
    die ("no table %s", name);
  return table;
}

/* A value as the file holds it passes the file's own check, or is refused
 * as opening refuses it */
static gboolean
value_ok (const char    *table_name,
          const char    *column_name,
          const VbValue *value)
{
  const VbTable *table = table_named (table_name);
  int index = vb_table_column_index (table, column_name);
  g_autoptr(GError) error = NULL;

  if (index < 0)
    die ("no column %s.%s", table_name, column_name);
  if (vb_value_check (value, table, vb_table_get_column (table, (guint) index), &error))
    return TRUE;
  assert_clean_error (error, "a value check");
  return FALSE;
}

static gint64
take_int (const guint8 **p,
          gsize         *left)
{
  /* two bytes: most values land near the range, some far outside */
  gint64 v = 0;

  if (*left >= 2)
    {
      v = (gint16) ((*p)[0] | ((*p)[1] << 8));
      *p += 2;
      *left -= 2;
    }
  return v;
}

static gboolean
take_cover (const guint8 **p,
            gsize         *left,
            const char    *table,
            const char    *prefix,
            VbCover       *cover,
            char         **tz)
{
  VbValue days = VB_VALUE_INIT, from = VB_VALUE_INIT, to = VB_VALUE_INIT, zone = VB_VALUE_INIT;
  g_autofree char *days_col = g_strconcat (prefix, "_days", NULL);
  g_autofree char *from_col = g_strconcat (prefix, "_from", NULL);
  g_autofree char *to_col = g_strconcat (prefix, "_to", NULL);
  g_autofree char *tz_col = g_strconcat (prefix, "_timezone", NULL);
  gsize tz_len = 0;
  gboolean ok;

  vb_value_set_int (&days, take_int (p, left));
  vb_value_set_int (&from, take_int (p, left));
  vb_value_set_int (&to, take_int (p, left));
  if (*left > 0)
    {
      tz_len = MIN ((gsize) **p, *left - 1);
      (*p)++;
      (*left)--;
    }
  *tz = g_strndup ((const char *) *p, tz_len);
  *p += tz_len;
  *left -= tz_len;
  vb_value_set_text (&zone, *tz);

  ok = value_ok (table, days_col, &days) & value_ok (table, from_col, &from) &
       value_ok (table, to_col, &to) & value_ok (table, tz_col, &zone);
  *cover = (VbCover) { (int) days.v.i, (int) from.v.i, (int) to.v.i, *tz };
  vb_value_clear (&zone);
  return ok;
}

void
vb_fuzz_hours (const guint8 *data,
               gsize         size)
{
  const guint8 *p = data;
  gsize left = size;
  g_autofree char *tz_task = NULL;
  g_autofree char *tz_team = NULL;
  VbCover need, team;
  gboolean need_ok, team_ok;

  begin_input (data, size);
  need_ok = take_cover (&p, &left, "task", "cover", &need, &tz_task);
  team_ok = take_cover (&p, &left, "project", "team", &team, &tz_team);
  if (need_ok)
    {
      g_autofree char *days = vb_format_days (need.days);
      g_autofree char *from = vb_format_time_of_day (need.from);
      g_autofree char *to = vb_format_time_of_day (need.to);

      assert_text (days, "days");
      /* HH:MM, as the window's time field reads it back */
      if (strlen (from) != 5 || from[2] != ':' || strlen (to) != 5 || to[2] != ':')
        die ("the times %d and %d are shown as “%s” and “%s”", need.from, need.to, from, to);
      if (!vb_cover_within (&need, &need))
        die ("a cover (days %d, %d–%d, “%s”) does not cover itself", need.days, need.from, need.to, need.timezone);
    }
  if (need_ok && team_ok)
    {
      VbCover every_day = team;

      vb_cover_within (&need, &team);
      vb_cover_within (&team, &need);
      /* a team that works every day, all day, covers any task */
      every_day.days = 0x7f;
      every_day.from = every_day.to = 0;
      if (!vb_cover_within (&need, &every_day))
        die ("a team that works around the clock does not cover days %d, %d–%d “%s”",
             need.days, need.from, need.to, need.timezone);
    }
}

/* ------------------------------------------------------------ spreadsheets */

/* Limits small enough that small inputs reach every one of them */
static void
tight_sheet_limits (VbSheetLimits *limits)
{
  vb_sheet_limits_init (limits);
  limits->max_cell_bytes = 64;
  limits->max_cells_per_row = 8;
  limits->max_rows = 16;
  limits->max_total_bytes = 64 * 1024;
  limits->max_row_bytes = 256;
  limits->max_entry_bytes = 16 * 1024;
  limits->max_shared_strings = 8;
  limits->max_shared_bytes = 256;
  limits->max_sheets = 4;
}

typedef struct {
  const VbSheetLimits *limits;
  gboolean             xlsx;
  guint                last;     /* the number of the row before */
  guint                n_rows;
  guint                n_comments;
  guint64              checksum; /* of every cell, to compare two reads */
} SheetCheck;

static gboolean
check_row_cb (const VbSheetRow  *row,
              gpointer           user_data,
              GError           **error)
{
  SheetCheck *check = user_data;

  if (row->number <= check->last)
    die ("row %u came after row %u", row->number, check->last);
  if (row->n_cells > check->limits->max_cells_per_row)
    die ("row %u has %u cells, past the limit of %u", row->number, row->n_cells,
         check->limits->max_cells_per_row);
  if (!check->xlsx && row->n_cells == 0)
    die ("a CSV row %u without a cell", row->number);
  if (check->xlsx && row->n_cells > 0 && row->kinds[row->n_cells - 1] == VB_SHEET_CELL_EMPTY &&
      !row->formulas[row->n_cells - 1])
    die ("row %u ends with an empty cell", row->number);
  for (guint i = 0; i < row->n_cells; i++)
    {
      assert_text (row->cells[i], "a cell");
      if (strlen (row->cells[i]) != row->lengths[i])
        die ("row %u, cell %u: its length is %zu, not %zu", row->number, i, row->lengths[i],
             strlen (row->cells[i]));
      /* Windows-1252 may take up to three bytes a character in UTF-8 */
      if (row->lengths[i] > 3 * check->limits->max_cell_bytes)
        die ("row %u, cell %u holds %zu bytes, past the limit", row->number, i, row->lengths[i]);
      if (!check->xlsx && row->formulas[i])
        die ("a CSV cell that is a formula");
      if ((row->lengths[i] == 0) != (row->kinds[i] == VB_SHEET_CELL_EMPTY))
        die ("row %u, cell %u: its kind does not match its text “%s”", row->number, i, row->cells[i]);
      check->checksum = check->checksum * 31 + g_str_hash (row->cells[i]) + row->formulas[i];
    }
  check->checksum = check->checksum * 131 + row->number;
  check->last = row->number;
  check->n_rows++;
  if (check->n_rows > check->limits->max_rows)
    die ("%u rows passed a limit of %u", check->n_rows, check->limits->max_rows);
  return TRUE;
}

static gboolean
check_comment_cb (guint        number,
                  const char  *text,
                  gpointer     user_data,
                  GError     **error)
{
  SheetCheck *check = user_data;

  assert_text (text, "a comment");
  if (number <= check->last)
    die ("comment line %u came after row %u", number, check->last);
  check->last = number;
  check->n_comments++;
  return TRUE;
}

static gboolean
fuzz_csv_once (const guint8        *data,
               gsize                size,
               const VbSheetLimits *limits,
               char                 delimiter,
               gboolean             comments,
               SheetCheck          *check)
{
  g_autoptr(GError) error = NULL;
  VbCsvOptions options;
  VbCsvInfo info;

  vb_csv_options_init (&options);
  options.limits = *limits;
  options.delimiter = delimiter;
  options.comment_func = comments ? check_comment_cb : NULL;
  *check = (SheetCheck) { .limits = limits };
  if (!vb_csv_read_data (data, size, &options, check_row_cb, check, &info, &error))
    {
      assert_clean_error (error, "the CSV reader");
      return FALSE;
    }
  if (info.delimiter != ',' && info.delimiter != ';' && info.delimiter != '\t')
    die ("the CSV reader found the delimiter %d", info.delimiter);
  if (info.n_rows != check->n_rows + check->n_comments)
    die ("the CSV reader counted %u rows, and passed %u rows and %u comments", info.n_rows, check->n_rows,
         check->n_comments);
  return TRUE;
}

void
vb_fuzz_csv (const guint8 *data,
             gsize         size)
{
  VbSheetLimits wide, tight;
  SheetCheck a, b;
  gboolean ok, tight_ok;

  begin_input (data, size);
  vb_sheet_limits_init (&wide);
  tight_sheet_limits (&tight);

  ok = fuzz_csv_once (data, size, &wide, 0, TRUE, &a);
  tight_ok = fuzz_csv_once (data, size, &tight, 0, TRUE, &b);
  /* what passes tight limits passes wide ones, read the same way */
  if (tight_ok && !ok)
    die ("a CSV file read under tight limits is refused under wide ones");
  if (tight_ok && (a.checksum != b.checksum || a.n_rows != b.n_rows))
    die ("a CSV file reads differently under tight and wide limits");
  /* a fixed delimiter, and no comments */
  fuzz_csv_once (data, size, &wide, ';', FALSE, &a);
}

/* The input as a workbook: a zip as it is (it starts with “PK”), or else
 * the XML of its Responses sheet, then after a NUL the shared strings,
 * packed into a workbook here (uncompressed) so that the fuzzer works on
 * the XML rather than on deflated bytes */
static GBytes *
wrap_workbook (const guint8 *data,
               gsize         size)
{
  static const char content_types[] =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  static const char workbook[] =
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"Responses\" r:id=\"rId1\"/><sheet name=\"About\" state=\"hidden\" r:id=\"rId2\"/>"
    "</sheets></workbook>";
  static const char rels[] =
    "<Relationships><Relationship Id=\"rId1\" Type=\"t/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"t/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"t/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
  const guint8 *nul = memchr (data, '\0', size);
  gsize sheet_size = nul ? (gsize) (nul - data) : size;
  struct { const char *name; const void *content; gsize size; } parts[] = {
    { "[Content_Types].xml", content_types, sizeof content_types - 1 },
    { "xl/workbook.xml", workbook, sizeof workbook - 1 },
    { "xl/_rels/workbook.xml.rels", rels, sizeof rels - 1 },
    { "xl/worksheets/sheet1.xml", data, sheet_size },
    { "xl/sharedStrings.xml", nul ? nul + 1 : (const guint8 *) "", nul ? size - sheet_size - 1 : 0 },
  };
  zip_source_t *buffer;
  zip_t *zip;
  zip_stat_t st;
  guint8 *out;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    return g_bytes_new (data, size);

  buffer = zip_source_buffer_create (NULL, 0, 0, NULL);
  zip_source_keep (buffer);
  zip = zip_open_from_source (buffer, ZIP_TRUNCATE, NULL);
  if (zip == NULL)
    die ("libzip cannot make a zip in memory");
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      zip_source_t *source = zip_source_buffer (zip, parts[i].content, parts[i].size, 0);
      zip_int64_t index = source ? zip_file_add (zip, parts[i].name, source, 0) : -1;

      if (index < 0 || zip_set_file_compression (zip, (zip_uint64_t) index, ZIP_CM_STORE, 0) != 0)
        die ("libzip cannot add %s", parts[i].name);
    }
  if (zip_close (zip) != 0)
    die ("libzip cannot write a zip in memory");
  zip_stat_init (&st);
  if (zip_source_stat (buffer, &st) != 0 || zip_source_open (buffer) != 0)
    die ("libzip cannot read back its zip");
  out = g_malloc (st.size ? st.size : 1);
  if (zip_source_read (buffer, out, st.size) != (zip_int64_t) st.size)
    die ("libzip cannot read back its zip");
  zip_source_close (buffer);
  zip_source_free (buffer);
  return g_bytes_new_take (out, st.size);
}

static guint64
fuzz_xlsx_once (GBytes              *bytes,
                const VbSheetLimits *limits,
                gboolean            *ok)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbXlsxReader) reader = vb_xlsx_reader_open_bytes (bytes, limits, &error);
  guint64 checksum = 0;
  guint n;

  *ok = FALSE;
  if (reader == NULL)
    {
      assert_clean_error (error, "opening a workbook");
      return 0;
    }
  n = vb_xlsx_reader_get_n_sheets (reader);
  if (n > limits->max_sheets)
    die ("a workbook of %u sheets passed a limit of %u", n, limits->max_sheets);
  *ok = TRUE;
  for (guint i = 0; i < n; i++)
    {
      SheetCheck check = { .limits = limits, .xlsx = TRUE };
      const char *name = vb_xlsx_reader_get_sheet_name (reader, i);
      guint found = G_MAXUINT;

      assert_text (name, "a sheet's name");
      if (!vb_xlsx_reader_find_sheet (reader, name, &found) || found > i)
        die ("the sheet “%s” is not found by its name", name);
      if (vb_xlsx_reader_get_sheet_state (reader, i) > VB_XLSX_SHEET_VERY_HIDDEN)
        die ("a sheet's state is out of range");
      if (!vb_xlsx_reader_read_sheet (reader, i, check_row_cb, &check, &error))
        {
          assert_clean_error (error, "reading a sheet");
          g_clear_error (&error);
          *ok = FALSE;
        }
      checksum = checksum * 1000003 + check.checksum;
    }
  return checksum;
}

void
vb_fuzz_xlsx (const guint8 *data,
              gsize         size)
{
  g_autoptr(GBytes) bytes = NULL;
  VbSheetLimits wide, tight;
  gboolean ok, tight_ok;
  guint64 a, b;

  begin_input (data, size);
  vb_sheet_limits_init (&wide);
  tight_sheet_limits (&tight);
  bytes = wrap_workbook (data, size);
  a = fuzz_xlsx_once (bytes, &wide, &ok);
  b = fuzz_xlsx_once (bytes, &tight, &tight_ok);
  if (tight_ok && !ok)
    die ("a workbook read under tight limits is refused under wide ones");
  if (tight_ok && a != b)
    die ("a workbook reads differently under tight and wide limits");
}

/* ------------------------------------------------------------ ticket */

static void
check_ticket_import (VbTicketImport *import,
                     const char     *what)
{
  gint64 previous = G_MININT64;
  guint64 total = 0;

  if (strlen (vb_ticket_import_get_header_key (import)) != 64)
    die ("%s: a header key that is no SHA-256", what);
  for (guint i = 0; vb_ticket_import_get_warnings (import)[i]; i++)
    assert_text (vb_ticket_import_get_warnings (import)[i], what);
  for (guint i = 0; i < vb_ticket_import_get_n_weeks (import); i++)
    {
      const VbTicketWeek *w = vb_ticket_import_get_week (import, i);

      if (w->week_start < previous)
        die ("%s: weeks out of order", what);
      previous = w->week_start;
      total += w->tickets;
      if (w->tickets == 0 || w->resolved > w->tickets || w->resolved_without_reopen > w->resolved
          || w->escalated > w->tickets || w->satisfied > w->survey_answers
          || w->first_responses > w->tickets
          || w->promoters + w->passives + w->detractors > w->survey_answers)
        die ("%s: a part larger than its whole", what);
      if (w->first_response_median > w->first_response_p90 || w->first_response_median < 0)
        die ("%s: a median above its p90, or negative", what);
      if ((w->first_responses == 0) != (isnan (w->first_response_median) != 0))
        die ("%s: a median without replies, or none with them", what);
      if (w->channel > VB_CHANNEL_OTHER)
        die ("%s: a channel out of range", what);
    }
  if (total != vb_ticket_import_get_n_tickets (import))
    die ("%s: the weeks do not add up to the tickets", what);
}

/* A ticket export: auto-detected (first byte even) or mapped by the first
 * byte's bits, as text in memory and as a file (workbooks, UTF-16), in
 * UTC and in Europe/Berlin; every result checked for parts larger than
 * their wholes, every refusal in words */
void
vb_fuzz_ticket (const guint8 *data,
                gsize         size)
{
  static const char *const columns[] = { "id", "created", "replied", "solved", "reply", "resolution",
                                         "channel", "escalated", "reopened", "score" };
  g_autoptr(VbTicketMapping) mapping = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *path = NULL;
  VbTicketOptions options;
  guint8 flags;

  begin_input (data, size);
  if (size == 0)
    return;
  flags = data[0];
  data++;
  size--;
  vb_ticket_options_init (&options);
  options.max_field_bytes = 4096;
  if (flags & 1)
    {
      mapping = vb_ticket_mapping_new ();
      for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
        vb_ticket_mapping_set_column (mapping, f, columns[f]);
      vb_ticket_mapping_set_duration_unit (mapping, (flags >> 1) % 3);
      vb_ticket_mapping_set_business_hours (mapping, (flags & 8) != 0);
      vb_ticket_mapping_set_month_first (mapping, (flags & 16) != 0);
      options.mapping = mapping;
    }
  for (guint z = 0; z < 2; z++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VbTicketImport) import = NULL;

      options.time_zone = z ? berlin : NULL;
      import = vb_ticket_import_data ((const char *) data, size, &options, &error);
      if (import)
        check_ticket_import (import, "a ticket export");
      else
        assert_clean_error (error, "a ticket export");
    }
  if (size >= 2 && (data[0] == 'P' || data[0] == 0xFF || data[0] == 0xFE))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VbTicketImport) import = NULL;

      path = g_build_filename (files_dir, "tickets.input", NULL);
      write_file (path, data, size);
      import = vb_ticket_import_file (path, &options, &error);
      if (import)
        check_ticket_import (import, "a ticket file");
      else
        assert_clean_error (error, "a ticket file");
      g_unlink (path);
    }
}
