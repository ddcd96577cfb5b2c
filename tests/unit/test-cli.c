/* test-cli.c — vendorbench-cli: every command, its usage errors and failures
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>

#include "vb-json.h"
#include "vb-test-util.h"

#define RUN(out, err, ...) vbt_run ((const char *const[]) { vbt_cli (), __VA_ARGS__, NULL }, out, err)

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("not valid JSON (%s):\n%s", error->message, text);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_version_and_help (void)
{
  static const char *const commands[] = { "new", "info", "check", "export", "import", "guide", "bench" };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (RUN (&out, &err, "--version"), ==, 0);
  g_assert_true (g_str_has_prefix (out, "vendorbench-cli "));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (RUN (&out, NULL, "--help"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_nonnull (strstr (out, commands[i]));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *o = NULL;
      g_assert_cmpint (RUN (&o, NULL, commands[i], "--help"), ==, 0);
      g_assert_true (vbt_contains_ci (o, "usage"));
    }
}

static void
test_usage_errors (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autofree char *json = g_build_filename (dir, "p.json", NULL);
  struct {
    const char *args[6];
  } cases[] = {
    { { "frobnicate" } },
    { { "new" } },
    { { "new", "--colour", path } },
    { { "new", path, "extra" } },
    { { "new", "--sample", "--template", "blank", path } },
    { { "info" } },
    { { "check" } },
    { { "export", path } },                        /* no --format */
    { { "export", path, "--format", "pdf" } },
    { { "import", json } },                        /* no -o */
    { { "guide" } },
    { { "guide", "--bogus", path } },
  };
  const char *argv[8];
  g_autofree char *o = NULL, *e = NULL;

  g_assert_cmpint (vbt_run ((const char *const[]) { vbt_cli (), NULL }, &o, &e), ==, 2);
  g_assert_true (vbt_contains_ci (e, "usage"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      guint k = 0;

      argv[k++] = vbt_cli ();
      for (guint j = 0; cases[i].args[j]; j++)
        argv[k++] = cases[i].args[j];
      argv[k] = NULL;
      if (vbt_run (argv, &out, &err) != 2)
        g_error ("“%s” should be a usage error (exit 2)", cases[i].args[0]);
      g_assert_cmpstr (err, !=, "");
    }
  /* nothing was written */
  g_assert_cmpuint (vbt_count_entries (dir), ==, 0);
  vbt_rmdir (dir);
}

static void
test_commands (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "Shop support.vendorbench", NULL);
  g_autofree char *json = g_build_filename (dir, "shop.json", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.vendorbench", NULL);
  g_autoptr(GError) error = NULL;

  /* new */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", "--template", "customer-support", "--currency", "GBP", path), ==, 0);
    g_assert_true (g_str_has_suffix (g_strstrip (out), "Shop support.vendorbench"));
    g_assert_true (vb_project_verify_file (path, NULL, &error));
    g_assert_no_error (error);
    vbt_assert_no_sidecar (path);
  }
  /* new refuses to overwrite */
  {
    g_autofree char *hash = vbt_hash_file (path);
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "already exists"));
    vbt_assert_hash_unchanged (path, hash);
  }
  /* info --json: valid JSON whose counts match the project */
  {
    g_autofree char *out = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    const VbSchema *schema = vb_schema_current ();
    JsonObject *root, *counts;

    g_assert_no_error (error);
    g_assert_cmpint (RUN (&out, NULL, "info", path, "--json"), ==, 0);
    root = parse_object (parser, out);
    g_assert_cmpstr (json_object_get_string_member (root, "name"), ==, "Shop support");
    g_assert_cmpstr (json_object_get_string_member (root, "currency"), ==, "GBP");
    g_assert_cmpint (json_object_get_int_member (root, "schema_version"), ==, VB_SCHEMA_VERSION);
    g_assert_false (json_object_get_boolean_member (root, "read_only"));
    g_assert_false (json_object_get_boolean_member (root, "sample"));
    counts = json_object_get_object_member (root, "counts");
    g_assert_cmpuint (json_object_get_size (counts), ==, schema->n_tables);
    for (guint i = 0; i < schema->n_tables; i++)
      g_assert_cmpint (json_object_get_int_member (counts, schema->tables[i].name), ==,
                       vb_project_count_rows (p, schema->tables[i].name));
    g_assert_cmpint (json_object_get_int_member (counts, "task"), >, 0);
    g_assert_cmpint (json_object_get_int_member (counts, "activity"), ==, 1);
  }
  /* info, plain */
  {
    g_autofree char *out = NULL;
    g_assert_cmpint (RUN (&out, NULL, "info", path), ==, 0);
    g_assert_nonnull (strstr (out, "Shop support"));
  }
  /* check */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "check", path), ==, 0);
    g_assert_true (vbt_contains_ci (out, "sound"));
    g_assert_cmpstr (err, ==, "");
  }
  /* export, import, and they agree */
  {
    g_autofree char *out = NULL, *again = NULL;
    g_autofree char *hash = vbt_hash_file (path);

    g_assert_cmpint (RUN (&out, NULL, "export", path, "--format", "json", "-o", json), ==, 0);
    vbt_assert_hash_unchanged (path, hash);
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (RUN (&out, NULL, "import", json, "-o", copy), ==, 0);
    g_assert_true (vb_project_verify_file (copy, NULL, &error));
    g_assert_cmpint (RUN (&again, NULL, "export", copy, "--format", "json"), ==, 0);
    {
      g_autofree char *first = NULL;
      g_assert_true (g_file_get_contents (json, &first, NULL, NULL));
      g_assert_cmpstr (again, ==, first);
    }
  }
  /* guide --json: the findings parse and match the guide */
  {
    g_autofree char *out = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *root;
    JsonArray *findings, *stages;

    g_assert_cmpint (RUN (&out, NULL, "guide", path, "--json"), ==, 0);
    root = parse_object (parser, out);
    g_assert_true (json_object_has_member (root, "progress"));
    findings = json_object_get_array_member (root, "findings");
    stages = json_object_get_array_member (root, "stages");
    g_assert_nonnull (findings);
    g_assert_nonnull (stages);
    g_assert_cmpuint (json_array_get_length (stages), >=, 2);
    g_assert_cmpuint (json_array_get_length (findings), >, 0);
    for (guint i = 0; i < json_array_get_length (findings); i++)
      {
        JsonObject *f = json_array_get_object_element (findings, i);
        g_assert_cmpstr (json_object_get_string_member (f, "rule"), !=, "");
        g_assert_cmpstr (json_object_get_string_member (f, "message"), !=, "");
        g_assert_true (json_object_has_member (f, "kind"));
        g_assert_true (json_object_has_member (f, "stage"));
        g_assert_true (json_object_has_member (f, "subject"));
      }
    /* a template project still needs vendors */
    {
      gboolean seen = FALSE;
      for (guint i = 0; i < json_array_get_length (findings); i++)
        seen |= g_str_equal (json_object_get_string_member (json_array_get_object_element (findings, i), "rule"),
                             "vendors.too-few");
      g_assert_true (seen);
    }
  }
  /* guide, plain */
  {
    g_autofree char *out = NULL;
    g_assert_cmpint (RUN (&out, NULL, "guide", path), ==, 0);
    g_assert_true (vbt_contains_ci (out, "progress"));
  }
  /* new --sample */
  {
    g_autofree char *sample = g_build_filename (dir, "sample.vendorbench", NULL);
    g_autofree char *out = NULL, *err = NULL;
    int status = RUN (&out, &err, "new", "--sample", sample);

    if (status != 0)
      g_test_fail_printf ("vendorbench-cli new --sample failed: %s", err);
    else
      {
        g_autofree char *info = NULL;
        g_autoptr(JsonParser) parser = json_parser_new ();
        g_assert_cmpint (RUN (&info, NULL, "info", "--json", sample), ==, 0);
        g_assert_true (json_object_get_boolean_member (parse_object (parser, info), "sample"));
      }
  }
  vbt_assert_no_sidecar (path);
  vbt_rmdir (dir);
}

static void
test_names_need_escaping (void)
{
  /* a name with quotes, a backslash and non-ASCII letters still gives valid JSON */
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  const char *name = "Café “Größe” \"quoted\" back\\slash\ttab";
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_cmpint (RUN (&out, &err, "new", "--name", name, path), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (RUN (&out, NULL, "info", "--json", path), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (parse_object (parser, out), "name"), ==, name);
  g_clear_pointer (&out, g_free);
  /* the guide's messages quote names with “ ” */
  g_assert_cmpint (RUN (&out, NULL, "guide", "--json", path), ==, 0);
  {
    g_autoptr(JsonParser) p2 = json_parser_new ();
    JsonArray *findings = json_object_get_array_member (parse_object (p2, out), "findings");
    g_assert_cmpuint (json_array_get_length (findings), >, 0);
  }
  vbt_rmdir (dir);
}

static void
test_failures (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "missing.vendorbench", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *bad_json = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.vendorbench", NULL);
  const char *cmds[] = { "info", "check", "guide" };

  vbt_write (text, "hello\n", 6);
  vbt_write (bad_json, "{ nope", 6);
  for (guint i = 0; i < G_N_ELEMENTS (cmds); i++)
    {
      g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

      g_assert_cmpint (RUN (&out, &err, cmds[i], missing), ==, 1);
      g_assert_true (vbt_contains_ci (err, "no file"));
      g_assert_cmpint (RUN (&out2, &err2, cmds[i], text), ==, 1);
      g_assert_true (vbt_contains_ci (err2, "text file"));
    }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "export", missing, "--format", "json"), ==, 1);
    g_assert_true (vbt_contains_ci (err, "no file"));
    g_assert_cmpstr (out, ==, "");
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "import", bad_json, "-o", out_path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "not valid JSON"));
    g_assert_false (vbt_exists (out_path));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", "--template", "nope", out_path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "template"));
    g_assert_false (vbt_exists (out_path));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    g_assert_cmpint (RUN (&out, &err, "new", "--currency", "EURO", out_path), ==, 1);
    g_assert_true (vbt_contains_ci (err, "currency"));
    g_assert_false (vbt_exists (out_path));
  }
  g_assert_cmpuint (vbt_count_entries (dir), ==, 2);
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/commands", test_commands);
  g_test_add_func ("/cli/names-need-escaping", test_names_need_escaping);
  g_test_add_func ("/cli/failures", test_failures);

  return g_test_run ();
}
