/* test-json.c — the JSON interchange: exact round trips, and bad input
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <json-glib/json-glib.h>

#include "vb-contact.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

/* export → import into a new file → export: the same bytes; returns the JSON */
static char *
assert_round_trip (VbProject  *p,
                   const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = vbt_hash_file (vb_project_get_path (p));
  gint64 activity = vbt_count_sql (p, "SELECT count(*) FROM activity");
  gint64 tombstones = vbt_count_sql (p, "SELECT count(*) FROM tombstone");
  g_autofree char *copy = g_build_filename (dir, "round-trip.vendorbench", NULL);
  g_autofree char *json1 = NULL;
  g_autofree char *json2 = NULL;
  gsize len1 = 0, len2 = 0;

  json1 = vb_json_export (p, &len1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json1);
  g_assert_cmpuint (len1, ==, strlen (json1));

  /* exporting writes nothing */
  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM activity"), ==, activity);
  {
    g_autofree char *again = vb_json_export (p, NULL, &error);
    g_assert_cmpstr (again, ==, json1);   /* stable */
  }

  g_assert_true (vb_json_import_data (json1, len1, copy, &error));
  g_assert_no_error (error);
  {
    g_autoptr(VbProject) q = vb_project_open (copy, &error);

    g_assert_no_error (error);
    g_assert_nonnull (q);
    json2 = vb_json_export (q, &len2, &error);
    g_assert_no_error (error);
    /* importing restores the log as it was and adds nothing */
    g_assert_cmpint (vbt_count_sql (q, "SELECT count(*) FROM activity"), ==, activity);
    g_assert_cmpint (vbt_count_sql (q, "SELECT count(*) FROM tombstone"), ==, tombstones);
    g_assert_cmpint (vbt_count_sql (q, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  }
  if (len1 != len2 || memcmp (json1, json2, len1) != 0)
    {
      g_autofree char *a = g_build_filename (dir, "first.json", NULL);
      g_autofree char *b = g_build_filename (dir, "second.json", NULL);
      vbt_write (a, json1, len1);
      vbt_write (b, json2, len2);
      g_error ("the JSON changed in a round trip: compare %s and %s", a, b);
    }
  g_assert_true (vb_project_check_file (copy, NULL, &error));
  vbt_assert_no_sidecar (copy);
  g_unlink (copy);
  return g_steal_pointer (&json1);
}

/* ------------------------------------------------------------ sample */

static void
test_sample (void)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");
  g_autofree char *sample = g_build_filename (srcdir ? srcdir : ".", "data", "sample", "sample.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sample.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = NULL;
  g_autofree char *json = NULL;

  g_assert_nonnull (srcdir);
  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  if (g_strcmp0 (g_strstrip (contents), "{}") == 0)
    {
      g_test_fail_printf ("data/sample/sample.json is still the placeholder “{}”: the sample project must be "
                          "written before the JSON round trip of the sample can pass");
      vbt_rmdir (dir);
      return;
    }

  p = vb_project_create_sample (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (p);
  g_assert_true (vb_project_get_is_sample (p));
  json = assert_round_trip (p, dir);
  /* the bundled file is itself an export: the same bytes */
  {
    g_autofree char *bundled = NULL;
    gsize len;
    g_assert_true (g_file_get_contents (sample, &bundled, &len, NULL));
    if (g_strcmp0 (bundled, json) != 0)
      g_test_message ("note: data/sample/sample.json is not byte-identical to its own re-export");
  }
  g_clear_object (&p);
  vbt_rmdir (dir);
}

/* ------------------------------------------------------ every column */

static void
value_for (const VbTable  *table,
           const VbColumn *col,
           VbProject      *p,
           GHashTable     *first_of,
           VbValue        *v)
{
  vb_value_clear (v);
  switch (col->kind)
    {
    case VB_COLUMN_TEXT:
      /* a text of the column's format (DESIGN.md: every value is checked) */
      if (col->format == VB_TEXT_FORMAT_TIMEZONE)
        vb_value_set_text (v, "America/Argentina/Buenos_Aires");
      else if (col->format == VB_TEXT_FORMAT_LANGUAGES)
        vb_value_set_text (v, "English, Cymraeg, Español");
      else if (col->format == VB_TEXT_FORMAT_CURRENCY || col->format == VB_TEXT_FORMAT_CURRENCY_OPT)
        vb_value_set_text (v, "GBP");
      else
        {
          g_autofree char *text = g_strdup_printf ("x %s.%s ✓ < > & \" ' \\ /\ttab\nline", table->name, col->name);
          vb_value_set_text (v, text);
        }
      break;
    case VB_COLUMN_SET:
      {
        GType type = col->enum_type ();
        guint mask = (1u << vb_enum_get_value (type, 1)) | (1u << vb_enum_get_value (type, vb_enum_get_n_values (type) - 1));
        g_autofree char *text = vb_enum_set_to_string (type, mask);

        vb_value_set_text (v, text);
      }
      break;
    case VB_COLUMN_TIME:
      vb_value_set_text (v, "2026-01-02T03:04:05.678Z");
      break;
    case VB_COLUMN_DATE:
      vb_value_set_text (v, "2026-03-04");
      break;
    case VB_COLUMN_ENUM:
      vb_value_set_text (v, vb_enum_get_nick (col->enum_type (), vb_enum_get_value (col->enum_type (), 1)));
      break;
    case VB_COLUMN_BOOL:
      vb_value_set_int (v, g_strcmp0 (col->default_sql, "1") == 0 ? 0 : 1);
      break;
    case VB_COLUMN_INT:
      {
        gint64 def = col->default_sql ? g_ascii_strtoll (col->default_sql, NULL, 10) : G_MININT64;
        gint64 x = col->min < col->max ? (gint64) col->min + 1 : 7;
        if (x == def)
          x++;
        if (col->min < col->max)
          g_assert_cmpfloat (x, <=, col->max);
        vb_value_set_int (v, x);
      }
      break;
    case VB_COLUMN_REAL:
      {
        double def = col->default_sql ? g_ascii_strtod (col->default_sql, NULL) : -1e300;
        double x = col->min < col->max ? col->min + (col->max - col->min > 1 ? 0.5 : (col->max - col->min) / 3) : 0.1;
        if (x == def)
          x += 0.25;
        vb_value_set_real (v, x);
      }
      break;
    case VB_COLUMN_REF:
      {
        const char *target = g_hash_table_lookup (first_of, col->ref_table);
        g_assert_nonnull (target);
        vb_value_set_text (v, target);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
assert_json_value (JsonNode       *node,
                   const VbColumn *col,
                   const VbValue  *want,
                   const char     *where)
{
  if (node == NULL)
    g_error ("%s is not in the JSON", where);
  if (col->kind == VB_COLUMN_SET)
    {
      /* a set is a list of its words, in the enumeration's order */
      JsonArray *array;
      g_autoptr(GString) joined = g_string_new (NULL);

      if (!JSON_NODE_HOLDS_ARRAY (node))
        g_error ("%s: a set is not a list in the JSON", where);
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_string_append_printf (joined, "%s%s", i ? "," : "", json_array_get_string_element (array, i));
      g_assert_cmpint (want->type, ==, VB_VALUE_TEXT);
      if (g_strcmp0 (joined->str, want->v.s) != 0)
        g_error ("%s: [%s] in the JSON, “%s” expected", where, joined->str, want->v.s);
      g_assert_cmpuint (json_array_get_length (array), ==, 2);
      return;
    }
  switch (want->type)
    {
    case VB_VALUE_TEXT:
      g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
      if (g_strcmp0 (json_node_get_string (node), want->v.s) != 0)
        g_error ("%s: “%s” in the JSON, “%s” expected", where, json_node_get_string (node), want->v.s);
      break;
    case VB_VALUE_INT:
      if (col->kind == VB_COLUMN_BOOL)
        {
          g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_BOOLEAN);
          g_assert_cmpint (json_node_get_boolean (node), ==, want->v.i);
        }
      else
        {
          g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
          g_assert_cmpint (json_node_get_int (node), ==, want->v.i);
        }
      break;
    case VB_VALUE_REAL:
      g_assert_cmpfloat (json_node_get_double (node), ==, want->v.d);
      break;
    default:
      g_assert_true (JSON_NODE_HOLDS_NULL (node));
    }
}

static void
test_every_column (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "full.vendorbench", "blank");
  const VbSchema *schema = vb_schema_current ();
  g_autoptr(GHashTable) first_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);   /* uuid → values */
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) forward = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  guint covered_columns = 0;

  vb_project_set_author (p, "Round “Trip” Tester");
  for (guint t = 0, variant = 0; t < schema->n_tables; t += variant == 0)
    {
      const VbTable *table = &schema->tables[t];
      VbRecord *r;
      guint n = vb_table_n_columns (table);
      /* "exactly one of" two columns (a response answers a requirement or a
       * question): one row with each, so that every column is covered */
      const VbCheck *pair = NULL;
      const char *chosen = NULL;
      const char *left_out = NULL;

      if (table->flags & VB_TABLE_INTERNAL)
        continue;
      for (guint i = 0; i < table->n_checks; i++)
        if (table->checks[i].kind == VB_CHECK_EXACTLY_ONE)
          pair = &table->checks[i];
      if (pair)
        {
          chosen = variant == 0 ? pair->column : pair->other;
          left_out = variant == 0 ? pair->other : pair->column;
        }
      if (table->flags & VB_TABLE_SINGLE_ROW)
        r = VB_RECORD (vb_project_get_settings (p));
      else
        {
          const char *ref_columns[8];
          VbRecord *parents[8];
          guint n_refs = 0;

          /* every required reference filled at once (a score refers to an
           * evaluator, a vendor and a criterion) */
          for (guint c = 0; c < table->n_columns; c++)
            if (table->columns[c].kind == VB_COLUMN_REF &&
                (!table->columns[c].nullable || g_strcmp0 (table->columns[c].name, chosen) == 0))
              {
                g_assert_cmpuint (n_refs, <, G_N_ELEMENTS (parents));
                ref_columns[n_refs] = table->columns[c].name;
                parents[n_refs] = vb_project_lookup (p, g_hash_table_lookup (first_of, table->columns[c].ref_table));
                g_assert_nonnull (parents[n_refs]);
                n_refs++;
              }
          r = vb_project_add_row (p, table->name, ref_columns, parents, n_refs, &error);
          g_assert_no_error (error);
          g_assert_nonnull (r);
        }
      g_hash_table_insert (first_of, (gpointer) table->name, g_strdup (vb_record_get_uuid (r)));

      for (guint c = 1; c + 1 < n; c++)
        {
          const VbColumn *col = vb_table_get_column (table, c);
          VbValue v = VB_VALUE_INIT;
          VbValue def = VB_VALUE_INIT;

          if (g_strcmp0 (col->name, left_out) == 0)
            continue;   /* covered by the other row */
          if (col->kind == VB_COLUMN_REF && !g_hash_table_contains (first_of, col->ref_table))
            {
              /* a table further down (the project's emergency path): later */
              g_ptr_array_add (forward, r);
              g_ptr_array_add (forward, (gpointer) col);
              covered_columns++;
              continue;
            }
          value_for (table, col, p, first_of, &v);
          /* an answer the row's kind of item takes: the first after "not answered" */
          for (guint i = 0; i < table->n_checks; i++)
            if (table->checks[i].kind == VB_CHECK_VALUES_IF_SET && g_str_equal (table->checks[i].other, col->name) &&
                vb_record_peek (r, (guint) vb_table_column_index (table, table->checks[i].column))->type != VB_VALUE_NULL)
              {
                guint k = 1;

                while (!(table->checks[i].values & (1u << k)))
                  k++;
                vb_value_set_text (&v, vb_enum_get_nick (col->enum_type (), vb_enum_get_value (col->enum_type (), k)));
              }
          vb_value_default (&def, col);
          if (vb_value_equal (&v, &def))
            g_error ("no non-default value for %s.%s", table->name, col->name);
          if (!vb_project_set (p, r, col->name, &v, &error))
            g_error ("%s.%s cannot be set: %s", table->name, col->name, error->message);
          vb_value_clear (&v);
          vb_value_clear (&def);
          covered_columns++;
        }
      g_ptr_array_add (rows, r);
      /* the same table again, with the other column of the pair */
      variant = pair && variant == 0;
    }

  for (guint i = 0; i < forward->len; i += 2)
    {
      VbRecord *r = forward->pdata[i];
      const VbColumn *col = forward->pdata[i + 1];
      VbValue v = VB_VALUE_INIT;

      value_for (vb_record_get_table (r), col, p, first_of, &v);
      if (!vb_project_set (p, r, col->name, &v, &error))
        g_error ("%s cannot be set: %s", col->name, error->message);
      vb_value_clear (&v);
    }

  /* tombstones and more activity */
  {
    VbRecord *gone = vb_project_add (p, "vendor", &error);
    g_assert_true (vb_project_remove (p, gone, &error));
    g_assert_true (vb_project_undo (p, &error));
    g_assert_true (vb_project_redo (p, &error));
    g_assert_no_error (error);
    g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM tombstone"), ==, 1);
  }

  json = assert_round_trip (p, dir);

  /* every column of every table is in the JSON with its value */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *tables;

    g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
    g_assert_no_error (error);
    tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "tables");
    g_assert_cmpuint (json_object_get_size (tables), ==, schema->n_tables);
    for (guint i = 0; i < rows->len; i++)
      {
        VbRecord *r = g_ptr_array_index (rows, i);
        const VbTable *table = vb_record_get_table (r);
        JsonArray *array = json_object_get_array_member (tables, table->name);
        JsonObject *row = NULL;

        g_assert_nonnull (array);
        for (guint k = 0; k < json_array_get_length (array); k++)
          {
            JsonObject *o = json_array_get_object_element (array, k);
            if (g_strcmp0 (json_object_get_string_member (o, "uuid"), vb_record_get_uuid (r)) == 0)
              row = o;
          }
        g_assert_nonnull (row);
        g_assert_cmpuint (json_object_get_size (row), ==, vb_table_n_columns (table));
        for (guint c = 0; c < vb_table_n_columns (table); c++)
          {
            const VbColumn *col = vb_table_get_column (table, c);
            g_autofree char *where = g_strdup_printf ("%s.%s", table->name, col->name);
            assert_json_value (json_object_get_member (row, col->name), col, &vb_record_get_values (r)[c], where);
          }
      }
    /* the internal tables too */
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tables, "tombstone")), ==, 1);
    g_assert_cmpint (json_array_get_length (json_object_get_array_member (tables, "activity")), ==,
                     vbt_count_sql (p, "SELECT count(*) FROM activity"));
  }
  g_assert_cmpuint (covered_columns, >, 200);
  (void) expected;
  vbt_rmdir (dir);
}

static void
test_template_round_trips (void)
{
  static const char *const templates[] = { "blank", "customer-support", "back-office", "it-help-desk" };

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *dir = vbt_tmpdir ();
      g_autoptr(VbProject) p = vbt_create (dir, "t.vendorbench", templates[i]);
      g_autofree char *json = assert_round_trip (p, dir);

      g_clear_object (&p);
      vbt_rmdir (dir);
    }
}

/* ----------------------------------------------------------- bad JSON */

typedef struct {
  char      *dir;
  char      *out_dir;
  char      *out;
  char      *json;    /* a valid export to break */
  VbProject *project;
} Bad;

#define VENDOR_UUID "30000000-0000-4000-8000-000000000003"

static void
bad_setup (Bad *b, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbRecord *v, *t, *c;

  b->dir = vbt_tmpdir ();
  b->out_dir = g_build_filename (b->dir, "out", NULL);
  g_mkdir (b->out_dir, 0755);
  b->out = g_build_filename (b->out_dir, "imported.vendorbench", NULL);
  b->project = vbt_create (b->dir, "src.vendorbench", "blank");
  v = vb_project_add (b->project, "vendor", &error);
  g_assert_true (vb_project_set_text (b->project, v, "name", "Acme", &error));
  c = vb_project_add_child (b->project, "contact", "vendor_id", v, &error);
  g_assert_true (vb_project_set_text (b->project, c, "name", "Ann", &error));
  t = vb_project_add (b->project, "task", &error);
  g_assert_true (vb_project_set_text (b->project, t, "name", "Refunds", &error));
  g_assert_true (vb_project_set_real (b->project, t, "monthly_volume", 100, &error));
  g_assert_true (vb_project_set_int (b->project, t, "cover_days", 31, &error));
  g_assert_no_error (error);
  b->json = vb_json_export (b->project, NULL, &error);
  g_assert_no_error (error);
  /* the base is good */
  {
    g_autofree char *ok = g_build_filename (b->dir, "ok.vendorbench", NULL);
    g_assert_true (vb_json_import_data (b->json, strlen (b->json), ok, &error));
    g_assert_no_error (error);
    g_unlink (ok);
  }
}

static void
bad_teardown (Bad *b, gconstpointer data)
{
  g_clear_object (&b->project);
  vbt_rmdir (b->dir);
  g_free (b->dir);
  g_free (b->out_dir);
  g_free (b->out);
  g_free (b->json);
}

/* @from must occur in the JSON; the first occurrence becomes @to */
static char *
replace_once (const char *json,
              const char *from,
              const char *to)
{
  const char *at = strstr (json, from);
  GString *s;

  if (at == NULL)
    g_error ("“%s” is not in the export", from);
  s = g_string_new_len (json, at - json);
  g_string_append (s, to);
  g_string_append (s, at + strlen (from));
  return g_string_free (s, FALSE);
}

static void
assert_import_fails (Bad        *b,
                     const char *json,
                     gssize      length,
                     int         code,
                     const char *keyword)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json_path = g_build_filename (b->dir, "bad.json", NULL);
  g_autofree char *out = NULL, *err = NULL;
  const char *argv[] = { vbt_cli (), "import", json_path, "-o", b->out, NULL };
  gsize len = length < 0 ? strlen (json) : (gsize) length;

  g_assert_false (vb_json_import_data (json, len, b->out, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (code == VB_PROJECT_ERROR_EXISTS + 1000)
    g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS);
  else
    g_assert_error (error, VB_IMPORT_ERROR, code);
  if (!vbt_contains_ci (error->message, keyword))
    g_error ("the message “%s” does not name the problem (“%s”)", error->message, keyword);
  if (code != VB_PROJECT_ERROR_EXISTS + 1000)
    {
      g_assert_false (vbt_exists (b->out));
      g_assert_cmpuint (vbt_count_entries (b->out_dir), ==, 0);   /* no temporary file left */
    }

  /* the same through a file and through the CLI */
  vbt_write (json_path, json, len);
  g_clear_error (&error);
  g_assert_false (vb_json_import_file (json_path, b->out, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (error->code, ==, code == VB_PROJECT_ERROR_EXISTS + 1000 ? VB_PROJECT_ERROR_EXISTS : code);
  g_assert_cmpint (vbt_run (argv, &out, &err), ==, 1);
  if (!vbt_contains_ci (err, keyword))
    g_error ("vendorbench-cli import printed “%s”, which does not name the problem (“%s”)", err, keyword);
  if (code != VB_PROJECT_ERROR_EXISTS + 1000)
    {
      g_assert_false (vbt_exists (b->out));
      g_assert_cmpuint (vbt_count_entries (b->out_dir), ==, 0);
    }
  g_unlink (json_path);
}

#define BAD(name) static void name (Bad *b, gconstpointer data)

BAD (bad_syntax)
{
  g_autofree char *j = g_strndup (b->json, strlen (b->json) / 2);
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_SYNTAX, "not valid JSON");
  assert_import_fails (b, "{ \"format\": \"vendorbench-project\", }", -1, VB_IMPORT_ERROR_SYNTAX, "not valid JSON");
}

BAD (bad_not_object)
{
  assert_import_fails (b, "[1, 2, 3]", -1, VB_IMPORT_ERROR_INVALID, "not a Vendorbench project export");
}

BAD (bad_format)
{
  g_autofree char *j = replace_once (b->json, "\"vendorbench-project\"", "\"vendorbench-projekt\"");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "format");
}

BAD (bad_format_version)
{
  g_autofree char *j = replace_once (b->json, "\"format_version\": 1", "\"format_version\": 2");
  g_autofree char *k = replace_once (b->json, "\"format_version\": 1", "\"format_version\": \"1\"");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_VERSION, "version 2");
  assert_import_fails (b, k, -1, VB_IMPORT_ERROR_VERSION, "version");
}

BAD (bad_schema_version)
{
  /* the export is of file format 5 now; 6 is from a newer Vendorbench and 0
   * was never written */
  g_autofree char *j = replace_once (b->json, "\"schema_version\": 5", "\"schema_version\": 6");
  g_autofree char *k = replace_once (b->json, "\"schema_version\": 5", "\"schema_version\": 0");
  g_autofree char *l = replace_once (b->json, "\"schema_version\": 5", "\"schema_version\": \"4\"");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_VERSION, "newer version");
  assert_import_fails (b, k, -1, VB_IMPORT_ERROR_VERSION, "no version of Vendorbench wrote");
  assert_import_fails (b, l, -1, VB_IMPORT_ERROR_VERSION, "version");
}

BAD (bad_types)
{
  g_autofree char *a = replace_once (b->json, "\"monthly_volume\": 100.0", "\"monthly_volume\": \"100\"");
  g_autofree char *c = replace_once (b->json, "\"name\": \"Acme\"", "\"name\": 5");
  g_autofree char *d = replace_once (b->json, "\"is_primary\": false", "\"is_primary\": \"yes\"");
  g_autofree char *e = replace_once (b->json, "\"cover_days\": 31", "\"cover_days\": 31.5");
  g_autofree char *f = replace_once (b->json, "\"name\": \"Acme\"", "\"name\": { \"a\": 1 }");

  assert_import_fails (b, a, -1, VB_IMPORT_ERROR_INVALID, "monthly_volume");
  assert_import_fails (b, c, -1, VB_IMPORT_ERROR_INVALID, "“name” must be a text");
  assert_import_fails (b, d, -1, VB_IMPORT_ERROR_INVALID, "is_primary");
  assert_import_fails (b, e, -1, VB_IMPORT_ERROR_INVALID, "cover_days");
  assert_import_fails (b, f, -1, VB_IMPORT_ERROR_INVALID, "name");
}

BAD (bad_missing_field)
{
  g_autofree char *j = replace_once (b->json, "\"name\": \"Acme\",\n", "");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_MISSING, "“name” is missing");
}

BAD (bad_unknown_field)
{
  g_autofree char *j = replace_once (b->json, "\"name\": \"Acme\",", "\"name\": \"Acme\", \"colour\": \"red\",");
  g_autofree char *k = replace_once (b->json, "\"tables\": {", "\"comment\": \"hi\", \"tables\": {");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "colour");
  assert_import_fails (b, k, -1, VB_IMPORT_ERROR_INVALID, "comment");
}

BAD (bad_missing_table)
{
  g_autofree char *j = replace_once (b->json, "\"kpi\": [],\n", "");
  g_autofree char *k = replace_once (b->json, "\"tables\": {", "\"tablez\": {");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_MISSING, "kpi");
  assert_import_fails (b, k, -1, VB_IMPORT_ERROR_MISSING, "tables");
}

BAD (bad_unknown_table)
{
  g_autofree char *j = replace_once (b->json, "\"kpi\": [],", "\"kpi\": [], \"widgets\": [],");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "widgets");
}

static char *
row_of (const char *json,
        const char *table)
{
  /* the text of the first row of @table: from "{" to "}" */
  g_autofree char *key = g_strdup_printf ("\"%s\": [\n", table);
  const char *start = strstr (json, key);
  const char *end;

  g_assert_nonnull (start);
  start += strlen (key);
  end = strstr (start, "      }");
  g_assert_nonnull (end);
  return g_strndup (start, end + strlen ("      }") - start);
}

BAD (bad_two_project_rows)
{
  g_autofree char *row = row_of (b->json, "project");
  g_autofree char *second = g_strdup_printf ("%s,\n%s", row, row);
  g_autofree char *j = replace_once (b->json, row, second);
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "exactly one row");
}

BAD (bad_duplicate_uuid)
{
  g_autofree char *row = row_of (b->json, "vendor");
  g_autofree char *second = g_strdup_printf ("%s,\n%s", row, row);
  g_autofree char *j = replace_once (b->json, row, second);
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "used twice");
}

BAD (bad_invalid_uuid)
{
  g_autofree char *row = row_of (b->json, "vendor");
  const char *uuid_at = strstr (row, "\"uuid\": \"");
  g_autofree char *uuid = g_strndup (uuid_at + 9, 36);
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", uuid);
  g_autofree char *j = NULL;
  g_autofree char *broken = g_strdup_printf ("\"%.35sg\"", uuid);

  j = replace_once (b->json, quoted, broken);
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "identity");
}

BAD (bad_enum)
{
  g_autofree char *j = replace_once (b->json, "\"status\": \"long-list\"", "\"status\": \"maybe\"");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "maybe");
}

BAD (bad_range)
{
  g_autofree char *j = replace_once (b->json, "\"cover_days\": 31", "\"cover_days\": 200");
  g_autofree char *k = replace_once (b->json, "\"monthly_volume\": 100.0", "\"monthly_volume\": -1.0");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "between");
  assert_import_fails (b, k, -1, VB_IMPORT_ERROR_INVALID, "monthly volume");
}

BAD (bad_dangling_reference)
{
  g_autofree char *row = row_of (b->json, "contact");
  const char *ref_at = strstr (row, "\"vendor_id\": \"");
  g_autofree char *ref = g_strndup (ref_at, strlen ("\"vendor_id\": \"") + 36);
  g_autofree char *fixed = g_strdup ("\"vendor_id\": \"" VENDOR_UUID);
  g_autofree char *j = replace_once (b->json, ref, fixed);
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_REFERENCE, "vendor");
}

BAD (bad_deep)
{
  gsize depth = 100000;
  GString *s = g_string_sized_new (2 * depth + 2);

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  assert_import_fails (b, s->str, (gssize) s->len, VB_IMPORT_ERROR_TOO_DEEP, "nested too deeply");
  g_string_free (s, TRUE);
}

BAD (bad_long_string)
{
  /* a 2 MB text in a field: longer than any field */
  gsize n = 2 * 1024 * 1024;
  g_autofree char *big = g_strnfill (n, 'a');
  g_autofree char *field = g_strdup_printf ("\"name\": \"%s\"", big);
  g_autofree char *j = replace_once (b->json, "\"name\": \"Acme\"", field);
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_TOO_LARGE, "text");
}

BAD (bad_huge_string_file)
{
  /* a 100 MB string, written to a file */
  g_autofree char *json_path = g_build_filename (b->dir, "huge.json", NULL);
  gsize n = 100 * 1024 * 1024;
  char *buf = g_malloc (n + 16);
  g_autoptr(GError) error = NULL;

  memcpy (buf, "{\"x\": \"", 7);
  memset (buf + 7, 'a', n);
  memcpy (buf + 7 + n, "\"}", 3);
  vbt_write (json_path, buf, n + 9);
  g_free (buf);

  g_assert_false (vb_json_import_file (json_path, b->out, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (vbt_contains_ci (error->message, "too large"));
  g_assert_false (vbt_exists (b->out));
  g_assert_cmpuint (vbt_count_entries (b->out_dir), ==, 0);
  g_unlink (json_path);
}

BAD (bad_2gb_file)
{
  g_autofree char *json_path = g_build_filename (b->dir, "sparse.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *argv[] = { vbt_cli (), "import", json_path, "-o", b->out, NULL };
  int fd;

  fd = g_open (json_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "{", 1), ==, 1);
  g_assert_cmpint (ftruncate (fd, (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  close (fd);

  /* refused from its size, without reading 2 GB */
  g_assert_false (vb_json_import_file (json_path, b->out, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (vbt_contains_ci (error->message, "too large"));
  g_assert_cmpint (vbt_run (argv, &out, &err), ==, 1);
  g_assert_true (vbt_contains_ci (err, "too large"));
  g_assert_false (vbt_exists (b->out));
  g_assert_cmpuint (vbt_count_entries (b->out_dir), ==, 0);
}

BAD (bad_output_exists)
{
  g_autofree char *before = NULL;

  vbt_write (b->out, "precious", 8);
  before = vbt_hash_file (b->out);
  assert_import_fails (b, b->json, -1, VB_PROJECT_ERROR_EXISTS + 1000, "already exists");
  vbt_assert_hash_unchanged (b->out, before);
  g_assert_cmpuint (vbt_count_entries (b->out_dir), ==, 1);
}

BAD (bad_missing_json_file)
{
  g_autofree char *json_path = g_build_filename (b->dir, "nothing.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (vb_json_import_file (json_path, b->out, &error));
  g_assert_nonnull (error);
  g_assert_false (vbt_exists (b->out));
  g_clear_error (&error);
  g_assert_false (vb_json_import_file (b->dir, b->out, &error));   /* a folder */
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  g_assert_false (vbt_exists (b->out));
}

/* the CLI writes the same JSON as the core */
BAD (cli_export_same)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *file_out = g_build_filename (b->dir, "export.json", NULL);
  g_autofree char *from_file = NULL;
  const char *argv[] = { vbt_cli (), "export", vb_project_get_path (b->project), "--format", "json", NULL };
  const char *argv_o[] = { vbt_cli (), "export", vb_project_get_path (b->project), "--format", "json", "-o", file_out, NULL };
  g_autofree char *hash = vbt_hash_file (vb_project_get_path (b->project));

  g_assert_cmpint (vbt_run (argv, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, b->json);
  g_assert_cmpint (vbt_run (argv_o, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (file_out, &from_file, NULL, NULL));
  g_assert_cmpstr (from_file, ==, b->json);
  vbt_assert_hash_unchanged (vb_project_get_path (b->project), hash);

  /* and the CLI's import of it round-trips */
  {
    const char *imp[] = { vbt_cli (), "import", file_out, "-o", b->out, NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(VbProject) q = NULL;
    g_autofree char *again = NULL;

    g_assert_cmpint (vbt_run (imp, NULL, NULL), ==, 0);
    q = vb_project_open (b->out, &error);
    g_assert_no_error (error);
    again = vb_json_export (q, NULL, &error);
    g_assert_cmpstr (again, ==, b->json);
  }
}

/* ------------------------------------------------------- invariants */

/* A project with Acme (selected, contacts Ann — primary — and Bo) and Beta
 * (finalist), exported */
static char *
selected_json (Bad *b)
{
  g_autofree char *path = g_build_filename (b->dir, "selected.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_create (path, "Selected", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
  VbVendor *acme, *beta;
  VbContact *ann, *bo;
  char *json;

  g_assert_no_error (error);
  acme = vb_project_add_vendor (p, &error);
  g_assert_true (vb_vendor_set_name (acme, "Acme", &error));
  g_assert_true (vb_vendor_select (acme, &error));
  beta = vb_project_add_vendor (p, &error);
  g_assert_true (vb_vendor_set_name (beta, "Beta", &error));
  g_assert_true (vb_vendor_set_status (beta, VB_VENDOR_STATUS_FINALIST, NULL, &error));
  ann = vb_vendor_add_contact (acme, &error);
  g_assert_true (vb_contact_set_name (ann, "Ann", &error));
  bo = vb_vendor_add_contact (acme, &error);
  g_assert_true (vb_contact_set_name (bo, "Bo", &error));
  g_assert_no_error (error);
  json = vb_json_export (p, NULL, &error);
  g_assert_no_error (error);
  /* the base imports */
  {
    g_autofree char *ok = g_build_filename (b->dir, "selected-ok.vendorbench", NULL);
    g_assert_true (vb_json_import_data (json, strlen (json), ok, &error));
    g_assert_no_error (error);
    g_unlink (ok);
  }
  return json;
}

BAD (bad_two_selected)
{
  g_autofree char *base = selected_json (b);
  g_autofree char *j = replace_once (base, "\"status\": \"finalist\"", "\"status\": \"selected\"");

  g_assert_null (strstr (j, "\"finalist\""));
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "at most one vendor is selected");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "“Acme” and “Beta” both do");
}

BAD (bad_two_primary)
{
  g_autofree char *base = selected_json (b);
  g_autofree char *j = replace_once (base, "\"is_primary\": false", "\"is_primary\": true");

  g_assert_null (strstr (j, "\"is_primary\": false"));
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "at most one primary contact");
  assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "“Ann” and “Bo” both do");
}

/* Whole-table rules of format 4: a custom KPI's key once (an empty one is
 * not given yet and may repeat); a week of a KPI on a channel once per
 * source; one decision. Edits and imports refuse them in words. */
BAD (bad_unique_keys)
{
  g_autoptr(GError) error = NULL;
  VbRecord *k1 = vb_project_add (b->project, "kpi", &error);
  VbRecord *k2 = vb_project_add (b->project, "kpi", &error);
  VbRecord *r1 = vb_project_add (b->project, "kpi_result", &error);
  VbRecord *r2 = vb_project_add (b->project, "kpi_result", &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (vb_project_add (b->project, "kpi", &error));   /* three empty keys */
  g_assert_no_error (error);
  g_assert_true (vb_project_set_text (b->project, k1, "key", "refund-accuracy", &error));
  g_assert_true (vb_project_set_text (b->project, k2, "key", "tone-score", &error));
  g_assert_true (vb_project_set_text (b->project, r1, "kpi_key", "csat", &error));
  g_assert_true (vb_project_set_text (b->project, r1, "week_start", "2026-09-07", &error));
  g_assert_true (vb_project_set_text (b->project, r2, "kpi_key", "csat", &error));
  g_assert_true (vb_project_set_text (b->project, r2, "week_start", "2026-09-14", &error));
  g_assert_nonnull (vb_project_add (b->project, "decision", &error));
  g_assert_no_error (error);

  g_assert_false (vb_project_set_text (b->project, k2, "key", "refund-accuracy", &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "two measures cannot have the same key");
  g_clear_error (&error);
  g_assert_false (vb_project_set_text (b->project, r2, "week_start", "2026-09-07", &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "one result a week");
  g_clear_error (&error);
  g_assert_null (vb_project_add (b->project, "decision", &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "one current decision");
  g_clear_error (&error);

  json = vb_json_export (b->project, NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *ok = g_build_filename (b->dir, "keys-ok.vendorbench", NULL);
    g_autofree char *same_key = replace_once (json, "\"key\": \"tone-score\"", "\"key\": \"refund-accuracy\"");
    g_autofree char *same_week = replace_once (json, "\"week_start\": \"2026-09-14\"", "\"week_start\": \"2026-09-07\"");

    g_assert_true (vb_json_import_data (json, strlen (json), ok, &error));
    g_assert_no_error (error);
    assert_import_fails (b, same_key, -1, VB_IMPORT_ERROR_INVALID, "two measures cannot have the same key");
    assert_import_fails (b, same_week, -1, VB_IMPORT_ERROR_INVALID, "one result a week");
  }
  /* a second decision: rows without a name are named by their place */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(JsonGenerator) generator = json_generator_new ();
    JsonObject *tables;
    JsonArray *decisions;
    JsonObject *copy;
    JsonNode *node;
    g_autofree char *two = NULL;

    g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
    tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "tables");
    decisions = json_object_get_array_member (tables, "decision");
    g_assert_cmpuint (json_array_get_length (decisions), ==, 1);
    /* json_node_copy shares the object: copy member by member */
    copy = json_object_new ();
    {
      JsonObjectIter iter;
      const char *member;

      json_object_iter_init (&iter, json_array_get_object_element (decisions, 0));
      while (json_object_iter_next (&iter, &member, &node))
        json_object_set_member (copy, member, json_node_copy (node));
    }
    json_object_set_string_member (copy, "uuid", "0b7d6c2e-3f41-4c1a-9e55-8d2f1a6b7c90");
    json_array_add_object_element (decisions, copy);   /* the array owns it now */
    json_generator_set_root (generator, json_parser_get_root (parser));
    two = json_generator_to_data (generator, NULL);
    assert_import_fails (b, two, -1, VB_IMPORT_ERROR_INVALID, "one current decision");
    assert_import_fails (b, two, -1, VB_IMPORT_ERROR_INVALID, "(row 1 and row 2 both do)");
  }
}

/* ---------------------------------------------------------------- sets */

BAD (sets_are_lists)
{
  g_autofree char *path = g_build_filename (b->dir, "sets.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  {
    g_autoptr(VbProject) p = vb_project_create (path, "Sets", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
    VbVendor *v = vb_project_add_vendor (p, &error);
    VbVendor *none = vb_project_add_vendor (p, &error);

    g_assert_true (vb_vendor_set_name (v, "Acme", &error));
    g_assert_true (vb_vendor_set_channels (v, VB_CHANNEL_MASK (VB_CHANNEL_EMAIL) | VB_CHANNEL_MASK (VB_CHANNEL_CHAT),
                                           &error));
    g_assert_true (vb_vendor_set_name (none, "Nothing yet", &error));
    g_assert_no_error (error);
    json = vb_json_export (p, NULL, &error);
    g_assert_no_error (error);
  }
  /* the words of the set, in the enumeration's order, as a JSON list */
  g_assert_nonnull (strstr (json, "\"channels\": [\"chat\", \"email\"]"));
  g_assert_nonnull (strstr (json, "\"channels\": []"));

  {
    static const struct { const char *to; } bad[] = {
      { "\"channels\": [\"email\", \"chat\"]" },       /* out of order */
      { "\"channels\": [\"chat\", \"chat\"]" },        /* repeated */
      { "\"channels\": [\"chat\", \"fax\"]" },         /* not a channel */
      { "\"channels\": [\"Chat\"]" },                  /* words are case-sensitive */
      { "\"channels\": \"chat,email\"" },              /* the file's spelling is not the JSON's */
      { "\"channels\": [1]" },
      { "\"channels\": [[\"chat\"]]" },
      { "\"channels\": null" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *j = replace_once (json, "\"channels\": [\"chat\", \"email\"]", bad[i].to);

        g_test_message ("%s", bad[i].to);
        assert_import_fails (b, j, -1, VB_IMPORT_ERROR_INVALID, "channels");
      }
  }
}

/* ------------------------------------------------------------- doubles */

static void
assert_same_bits (double a,
                  double b)
{
  if (memcmp (&a, &b, sizeof a) != 0)
    g_error ("%.17g and %.17g are not the same double", a, b);
}

static void
test_doubles (void)
{
  static const double values[] = { 1.0 / 3, 0.1 + 0.2, 1234.5678901234567, 1e-7, 6240.0 };
  static const char *const written[] = { "0.3333333333333333", "0.30000000000000004", "1234.5678901234567",
                                         "1e-07", "6240.0" };
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "copy.vendorbench", NULL);
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json1 = NULL;
  g_autofree char *json2 = NULL;
  gsize len1, len2;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      VbTask *task = vb_project_add_task (p, &error);

      g_assert_no_error (error);
      /* in three columns of different ranges */
      g_assert_true (vb_task_set_annual_cost (task, values[i], &error));
      g_assert_true (vb_task_set_monthly_volume (task, values[i], &error));
      g_assert_true (vb_task_set_handle_minutes (task, values[i], &error));
      g_assert_no_error (error);
      g_ptr_array_add (uuids, g_strdup (vb_record_get_uuid (VB_RECORD (task))));
    }

  json1 = vb_json_export (p, &len1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    {
      g_autofree char *member = g_strdup_printf ("\"annual_cost\": %s,", written[i]);
      if (strstr (json1, member) == NULL)
        g_error ("%.17g is not written as %s", values[i], written[i]);
    }

  g_assert_true (vb_json_import_data (json1, len1, copy, &error));
  g_assert_no_error (error);
  {
    g_autoptr(VbProject) q = vb_project_open (copy, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < uuids->len; i++)
      {
        VbTask *task = VB_TASK (vb_project_lookup (q, uuids->pdata[i]));

        assert_same_bits (vb_task_get_annual_cost (task), values[i]);
        assert_same_bits (vb_task_get_monthly_volume (task), values[i]);
        assert_same_bits (vb_task_get_handle_minutes (task), values[i]);
      }
    json2 = vb_json_export (q, &len2, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (len1, ==, len2);
  g_assert_true (memcmp (json1, json2, len1) == 0);

  /* vb_json_append_double on its own: shortest form, the same bits back */
  {
    static const double more[] = { 0.1, 100, 1e21, 1e-300, 5e-324, 1.7976931348623157e308, -2.5, 123456789012345680.0,
                                   0.000125, 1e16, 9007199254740993.0 };

    for (guint i = 0; i < G_N_ELEMENTS (more); i++)
      {
        g_autoptr(GString) s = g_string_new (NULL);

        vb_json_append_double (s, more[i]);
        g_test_message ("%.17g → %s", more[i], s->str);
        assert_same_bits (g_ascii_strtod (s->str, NULL), more[i]);
        g_assert_nonnull (strpbrk (s->str, ".eE"));
      }
    {
      g_autoptr(GString) s = g_string_new (NULL);
      vb_json_append_double (s, 0.1);
      g_assert_cmpstr (s->str, ==, "0.1");
      g_string_truncate (s, 0);
      vb_json_append_double (s, 0.000125);
      g_assert_cmpstr (s->str, ==, "0.000125");
    }
  }
  vbt_rmdir (dir);
}

/* ------------------------------------------------- version 1 exports */

static char *
data_file (const char *name)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");

  g_assert_nonnull (srcdir);
  return g_build_filename (srcdir, "tests", "data", name, NULL);
}

/* A JSON export of an earlier file format imports as the file of that
 * version opens: migrated, to the same project, byte for byte in their
 * exports (v2-selection, whose migration makes rows of its own:
 * test-migration-v3.c) */
static void
assert_older_json (const char *json_name,
                   const char *file_name)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *json_path = data_file (json_name);
  g_autofree char *v1_path = data_file (file_name);
  g_autofree char *v1_copy = g_build_filename (dir, "v1.vendorbench", NULL);
  g_autofree char *imported = g_build_filename (dir, "imported.vendorbench", NULL);
  g_autofree char *hash = vbt_hash_file (json_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *from_json = NULL;
  g_autofree char *from_file = NULL;

  g_assert_true (vb_json_import_file (json_path, imported, &error));
  g_assert_no_error (error);
  vbt_assert_hash_unchanged (json_path, hash);
  {
    int version = 0;
    g_assert_true (vb_project_check_file (imported, &version, &error));
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, VB_SCHEMA_VERSION);
  }
  {
    g_autoptr(VbProject) p = vb_project_open (imported, &error);
    g_assert_no_error (error);
    from_json = vb_json_export (p, NULL, &error);
    g_assert_no_error (error);
  }

  vbt_copy (v1_path, v1_copy);
  {
    g_autoptr(VbProject) p = vb_project_open_full (v1_copy, VB_OPEN_READ_ONLY, NULL, &error);
    g_assert_no_error (error);
    from_file = vb_json_export (p, NULL, &error);
    g_assert_no_error (error);
  }
  if (g_strcmp0 (from_json, from_file) != 0)
    {
      g_autofree char *a = g_build_filename (dir, "from-json.json", NULL);
      g_autofree char *b = g_build_filename (dir, "from-file.json", NULL);
      vbt_write (a, from_json, strlen (from_json));
      vbt_write (b, from_file, strlen (from_file));
      g_error ("the v1 JSON and the v1 file migrate differently: compare %s and %s", a, b);
    }
  {
    g_autofree char *version = g_strdup_printf ("\"schema_version\": %d", VB_SCHEMA_VERSION);
    g_assert_nonnull (strstr (from_json, version));
  }
  if (g_str_has_prefix (json_name, "v1-"))
    {
      /* the odd channels are a set now, the unknown words in the notes */
      g_assert_nonnull (strstr (from_json, "\"channels\": [\"phone\", \"chat\", \"email\", \"back-office\"]"));
      g_assert_nonnull (strstr (from_json, "Other channels: Fax, WhatsApp"));
    }
  else
    g_assert_nonnull (strstr (from_json, "\"questionnaire\": \"\""));
  vbt_rmdir (dir);
}

static void
test_older_json (void)
{
  assert_older_json ("v1-sample.json", "v1-sample.vendorbench");
  assert_older_json ("v2-sample.json", "v2-sample.vendorbench");
}

static void
test_export_to_file (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "customer-support");
  g_autofree char *hash = vbt_hash_file (vb_project_get_path (p));
  g_autofree char *json = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;

  json = vb_json_export (p, NULL, &error);
  g_assert_no_error (error);

  g_assert_false (vb_json_export_to_file (p, vb_project_get_path (p), TRUE, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS);
  g_clear_error (&error);
  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);

  g_assert_false (vb_json_export_to_file (p, dir, TRUE, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  g_assert_true (vb_json_export_to_file (p, out, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, json);
  g_clear_pointer (&written, g_free);

  vbt_write (out, "old", 3);
  g_assert_false (vb_json_export_to_file (p, out, FALSE, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, "old");
  g_clear_pointer (&written, g_free);

  g_assert_true (vb_json_export_to_file (p, out, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, json);

  /* nothing else was left in the folder, nothing written to the project */
  g_assert_cmpuint (vbt_count_entries (dir), ==, 2);
  vbt_assert_hash_unchanged (vb_project_get_path (p), hash);
  vbt_rmdir (dir);
}

static void
test_check_shape (void)
{
  g_autoptr(GError) error = NULL;

  const char *nested = "{\"a\": [1, {\"b\": \"[[[[\"}]}";
  const char *quoted = "\"\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"";

  g_assert_true (vb_json_check_shape (nested, strlen (nested), &error));
  g_assert_no_error (error);
  /* brackets inside strings do not count, escaped quotes do not end them */
  g_assert_true (vb_json_check_shape (quoted, strlen (quoted), &error));
  g_assert_no_error (error);
  /* the check is the strict RFC 8259 one now, not only a depth count: the
   * same text one byte short (an unclosed object) is not JSON */
  g_assert_false (vb_json_check_shape (nested, strlen (nested) - 1, &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_SYNTAX);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/sample", test_sample);
  g_test_add_func ("/json/every-column", test_every_column);
  g_test_add_func ("/json/template-round-trips", test_template_round_trips);
  g_test_add_func ("/json/check-shape", test_check_shape);
  g_test_add_func ("/json/doubles", test_doubles);
  g_test_add_func ("/json/older-json", test_older_json);
  g_test_add_func ("/json/export-to-file", test_export_to_file);
#define ADD(path, func) g_test_add ("/json/" path, Bad, NULL, bad_setup, func, bad_teardown)
  ADD ("bad/syntax", bad_syntax);
  ADD ("bad/not-object", bad_not_object);
  ADD ("bad/format", bad_format);
  ADD ("bad/format-version", bad_format_version);
  ADD ("bad/schema-version", bad_schema_version);
  ADD ("bad/types", bad_types);
  ADD ("bad/missing-field", bad_missing_field);
  ADD ("bad/unknown-field", bad_unknown_field);
  ADD ("bad/missing-table", bad_missing_table);
  ADD ("bad/unknown-table", bad_unknown_table);
  ADD ("bad/two-project-rows", bad_two_project_rows);
  ADD ("bad/duplicate-uuid", bad_duplicate_uuid);
  ADD ("bad/invalid-uuid", bad_invalid_uuid);
  ADD ("bad/enum", bad_enum);
  ADD ("bad/range", bad_range);
  ADD ("bad/dangling-reference", bad_dangling_reference);
  ADD ("bad/deep", bad_deep);
  ADD ("bad/long-string", bad_long_string);
  ADD ("bad/huge-string-file", bad_huge_string_file);
  ADD ("bad/2gb-file", bad_2gb_file);
  ADD ("bad/output-exists", bad_output_exists);
  ADD ("bad/missing-json-file", bad_missing_json_file);
  ADD ("cli-export-same", cli_export_same);
  ADD ("bad/two-selected-vendors", bad_two_selected);
  ADD ("bad/unique-keys", bad_unique_keys);
  ADD ("bad/two-primary-contacts", bad_two_primary);
  ADD ("sets-are-lists", sets_are_lists);
#undef ADD

  return g_test_run ();
}
