/* test-fuzz-regressions.c — every input a fuzzer found a bug with, again
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/fuzz-regressions/TARGET/ holds the inputs (minimised where
 * libFuzzer could) that made fuzz/fuzz-TARGET crash, leak, hang or break a
 * promise before the bug was fixed. Each goes through the very code the
 * target runs (fuzz/vb-fuzz-targets.c, compiled in here), which returns
 * only when the input was accepted or refused with a clean error of ours,
 * and aborts otherwise. A folder of an unknown target, or an empty one,
 * fails the test: an input nobody runs proves nothing.
 */

/* the target code defines its own log domain and needs _GNU_SOURCE first */
#undef G_LOG_DOMAIN
#include "../../fuzz/vb-fuzz-targets.c"

typedef void (*TargetFunc) (const guint8 *data, gsize size);

static const struct {
  const char *name;
  TargetFunc  func;
} targets[] = {
  { "project", vb_fuzz_project },
  { "json-strict", vb_fuzz_json_strict },
  { "json-import", vb_fuzz_json_import },
  { "text", vb_fuzz_text },
  { "number", vb_fuzz_number },
  { "hours", vb_fuzz_hours },
  { "csv", vb_fuzz_csv },
  { "xlsx", vb_fuzz_xlsx },
  { "ticket", vb_fuzz_ticket },
};

typedef struct {
  TargetFunc  func;
  char       *path;
} Case;

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *bytes = NULL;
  g_autofree guint8 *exact = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;

  g_file_get_contents (c->path, &bytes, &size, &error);
  g_assert_no_error (error);
  /* exactly the bytes, as libFuzzer hands them over: no NUL after them */
  exact = g_memdup2 (bytes, size);
  c->func (exact, size);
}

int
main (int    argc,
      char **argv)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");
  g_autofree char *root = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cases = g_ptr_array_new ();
  const char *entry;
  int rc;

  /* first: it points TMPDIR and XDG_CACHE_HOME at a private folder */
  vb_fuzz_setup ();
  /* every refused project file is opened by the window too, not one in eight */
  vb_fuzz_thorough = TRUE;
  g_test_init (&argc, &argv, NULL);

  if (srcdir == NULL)
    g_error ("VB_TEST_SRCDIR is not set: run the test through meson test");
  root = g_build_filename (srcdir, "tests", "data", "fuzz-regressions", NULL);
  dir = g_dir_open (root, 0, NULL);
  if (dir == NULL)
    g_error ("%s cannot be read", root);
  while ((entry = g_dir_read_name (dir)))
    g_ptr_array_add (folders, g_strdup (entry));
  g_ptr_array_sort (folders, compare_strings);

  for (guint f = 0; f < folders->len; f++)
    {
      const char *name = folders->pdata[f];
      g_autofree char *folder = g_build_filename (root, name, NULL);
      g_autoptr(GDir) inputs = NULL;
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      TargetFunc func = NULL;
      const char *file;

      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        if (g_str_equal (name, targets[i].name))
          func = targets[i].func;
      if (func == NULL)
        g_error ("%s: no fuzz target is called “%s”", root, name);
      inputs = g_dir_open (folder, 0, NULL);
      while (inputs && (file = g_dir_read_name (inputs)))
        g_ptr_array_add (files, g_strdup (file));
      if (files->len == 0)
        g_error ("%s holds no input", folder);
      g_ptr_array_sort (files, compare_strings);

      for (guint i = 0; i < files->len; i++)
        {
          Case *c = g_new0 (Case, 1);
          g_autofree char *test_path = g_strdup_printf ("/fuzz-regressions/%s/%s", name,
                                                        (char *) files->pdata[i]);

          c->func = func;
          c->path = g_build_filename (folder, files->pdata[i], NULL);
          g_ptr_array_add (cases, c);
          g_test_add_data_func (test_path, c, run_case);
        }
    }

  rc = g_test_run ();
  for (guint i = 0; i < cases->len; i++)
    {
      Case *c = cases->pdata[i];
      g_free (c->path);
      g_free (c);
    }
  return rc;
}
