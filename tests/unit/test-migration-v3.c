/* test-migration-v3.c — what file format 3 does to the rows of format 2
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/v2-selection.vendorbench was written by version 2 (see
 * test-migration.c): the sample with requirements, questions, responses
 * (good ones, answers of the wrong kind, responses linked to both kinds of
 * item and to none), references and their answers. The migration to 3
 * (vb-migrations.c) is checked here row by row, the expected values worked
 * out by hand from tests/data/v2-selection.json; the same file imported from
 * that JSON gives the same project; and the new rules hold on open, check,
 * import and every edit.
 */

#include <json-glib/json-glib.h>

#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-value.h"
#include "vb-test-util.h"

/* tests/data/v2-selection.json */
#define BRIGHTDESK   "6c69a998-22a4-49d0-9fe8-dfeb7911dc02"
#define POLYGLOT     "5c82bbd6-5271-4878-9162-a6e8c9720cf5"
#define HARBOUR      "f98441ad-1076-4e5e-8227-322f3efce249"
#define SUMMITREACH  "0d843e4c-a2ed-405a-8571-a72c9c42c21c"
#define REQ_PEAK     "9b08923d-10c6-4fd9-94b2-b8fda02f34a6"
#define REQ_TRAINING "781f9c58-d664-4fa9-a8a8-529f035efa25"
#define REQ_EXIT     "31162427-3bfd-4d33-8d00-38ec42650644"
#define Q_SIGN_IN    "3b5f3d86-268e-4c45-9c6b-f1e1a399f82a"
#define Q_LEAVERS    "ed038db4-de38-4784-a6d0-b944a2863a7f"
#define Q_CARDS      "03e0a813-bdc2-4e99-a3d2-e49085ef3430"
#define Q_DELETION   "28ce6f24-1064-4d51-86f8-da3eabe19f58"
#define R_FELLSIDE   "92f3277b-62c8-4185-955e-c1a581daad10"
#define R_ALPEN      "56363b4b-e779-4470-bb7d-ae0495918694"
/* responses */
#define RS_TRAINING_YES "633a50ee-e0f9-4038-ab8f-624fb804d820"
#define RS_TRAINING_NO  "6d4b9adb-ebcd-4f5e-89c1-8070b6d13089"
#define RS_OKTA_MEETS   "93b05a04-cd08-4b71-ba66-76b3651c5253"
#define RS_LEAVERS_DNM  "2257989f-ef82-4c88-b6ce-d90a71d2af72"
#define RS_BOTH_PARTLY  "092fdddf-18f2-441c-9d92-b243e0fd67dd"
#define RS_BOTH_YES     "420b0ebe-378c-44dc-beb0-adf422cedafb"
#define RS_ORPHAN       "c76abf43-6fa8-4dca-ac0a-e4e2f729b4c8"
#define RS_ORPHAN_EMPTY "6bd0638b-4d10-4d8f-9af0-105ba06c05a1"

static char *
data_file (const char *name)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");

  g_assert_nonnull (srcdir);
  return g_build_filename (srcdir, "tests", "data", name, NULL);
}

static char *
copy_fixture (const char *dir,
              const char *name)
{
  g_autofree char *src = data_file (name);
  char *path = g_build_filename (dir, name, NULL);

  vbt_copy (src, path);
  return path;
}

static sqlite3 *
open_plain (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_true (vb_sql_exec (db, "PRAGMA journal_mode = DELETE", NULL));
  g_assert_true (vb_sql_exec (db, "PRAGMA foreign_keys = ON", NULL));
  return db;
}

static void
migrate (sqlite3 *db)
{
  g_autoptr(GError) error = NULL;
  guint n_steps;
  const VbMigration *steps = vb_schema_migrations (&n_steps);

  g_assert_true (vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Every row of @sql as "a|b|c" lines */
static char *
rows_text (sqlite3    *db,
           const char *sql)
{
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *v = (const char *) sqlite3_column_text (stmt, c);
          g_string_append_printf (s, "%s%s", c ? "|" : "", v ? v : "NULL");
        }
      g_string_append_c (s, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (s, FALSE);
}

static char *
one_text (sqlite3    *db,
          const char *sql)
{
  char *all = rows_text (db, sql);
  gsize len = strlen (all);

  /* one row: its line without the newline (a value may hold some) */
  if (len > 0 && all[len - 1] == '\n')
    all[len - 1] = '\0';
  return all;
}

/* What the migration made, without the UUIDs and times of the rows it
 * created (random, and the time of the migration) */
static char *
selection_summary (sqlite3 *db)
{
  static const char *const queries[] = {
    "SELECT questionnaire FROM project",
    "SELECT uuid, key, custom, example FROM requirement_section ORDER BY position",
    "SELECT uuid, key, text, example FROM requirement ORDER BY position",
    "SELECT uuid, key, example FROM question_domain ORDER BY position",
    "SELECT uuid, key, lite, example FROM question ORDER BY position",
    "SELECT question_id, tag, position FROM question_framework ORDER BY position",
    "SELECT key, text, hint, example_answer, example, position FROM call_prompt ORDER BY position",
    "SELECT a.uuid, a.reference_id, p.text, a.answer, a.position FROM reference_answer AS a "
      "JOIN call_prompt AS p ON p.uuid = a.prompt_id ORDER BY a.position",
    "SELECT uuid, vendor_id, requirement_id, question_id, answer, text, evidence, followup, exception_reason "
      "FROM response ORDER BY uuid",
    "SELECT uuid, table_name FROM tombstone ORDER BY uuid",
    "SELECT uuid, notes FROM vendor ORDER BY position",
  };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *rows = rows_text (db, queries[i]);
      g_string_append_printf (s, "%s\n%s", queries[i], rows);
    }
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------- tests */

static void
test_rows (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  sqlite3 *db = open_plain (path);

  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM response", -1), ==, 11);
  migrate (db);

  /* the project already had questions, made by hand: a custom questionnaire */
  {
    g_autofree char *q = one_text (db, "SELECT questionnaire FROM project");
    g_assert_cmpstr (q, ==, "custom");
  }
  /* the user's own items: no key, no example mark, not on the Lite screen,
   * and the sections are not marked custom (version 2 could not say) */
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM requirement_section WHERE key = '' AND NOT example "
                                         "AND NOT custom", -1), ==, 2);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM requirement WHERE key = '' AND NOT example", -1), ==, 3);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM requirement WHERE custom", -1), ==, 1);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM question_domain WHERE key = '' AND NOT example", -1), ==, 2);
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM question WHERE key = '' AND NOT example AND NOT lite",
                                     -1), ==, 4);
  /* the domains' and questions' inclusion is kept: "Data handling" is out */
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM question_domain WHERE NOT included", -1), ==, 1);

  /* frameworks: "ISO 27001 A.5.17, GDPR 32" → 2 tags; "  ISO 27001 A.5.18
   * ;PCI DSS 8.2.6\n\n SOC 2 CC6.2 ,, ISO 27001 A.5.18" → 3 (trimmed, the
   * empty ones and the repeat dropped); "" → none; "GDPR 28(3)(g)\r\nCCPA
   * 1798.105" → 2: 7 tags, in question order */
  {
    g_autofree char *tags = rows_text (db, "SELECT question_id, tag, position FROM question_framework ORDER BY position");
    g_assert_cmpstr (tags, ==,
                     Q_SIGN_IN "|ISO 27001 A.5.17|0\n"
                     Q_SIGN_IN "|GDPR 32|1\n"
                     Q_LEAVERS "|ISO 27001 A.5.18|2\n"
                     Q_LEAVERS "|PCI DSS 8.2.6|3\n"
                     Q_LEAVERS "|SOC 2 CC6.2|4\n"
                     Q_DELETION "|GDPR 28(3)(g)|5\n"
                     Q_DELETION "|CCPA 1798.105|6\n");
    g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM question_framework AS f JOIN question AS q "
                                           "ON q.uuid = f.question_id WHERE f.modified = q.modified", -1), ==, 7);
  }

  /* the call sheet: 7 answers, 5 distinct prompts in the order first seen
   * ("… products?  " is the same prompt trimmed; the empty one gets a name) */
  {
    g_autofree char *prompts = rows_text (db, "SELECT text, position FROM call_prompt ORDER BY position");
    g_autofree char *answers = rows_text (db, "SELECT p.position, a.answer FROM reference_answer AS a "
                                              "JOIN call_prompt AS p ON p.uuid = a.prompt_id ORDER BY a.position");

    g_assert_cmpstr (prompts, ==,
                     "How quickly did they learn your products?|0\n"
                     "What went wrong, and how did they handle it?|1\n"
                     "Would you choose them again?|2\n"
                     "Did they keep to the service levels in the peak?|3\n"
                     "Other notes from the call|4\n");
    g_assert_cmpstr (answers, ==,
                     "0|About three weeks.\n"
                     "1|A missed weekend rota; fixed the next day.\n"
                     "2|Yes.\n"
                     "0|Not called yet.\n"
                     "1|Nothing serious.\n"
                     "3|Every week but one.\n"
                     "4|They also offered a discount for a second year.\n");
  }

  /* responses: 11 − 2 linked to nothing = 9 */
  g_assert_cmpint (vb_sql_query_int (db, "SELECT count(*) FROM response", -1), ==, 9);
  {
    g_autofree char *a = one_text (db, "SELECT answer, text FROM response WHERE uuid = '" RS_TRAINING_YES "'");
    g_autofree char *b = one_text (db, "SELECT answer FROM response WHERE uuid = '" RS_TRAINING_NO "'");
    g_autofree char *c = one_text (db, "SELECT answer FROM response WHERE uuid = '" RS_OKTA_MEETS "'");
    g_autofree char *d = one_text (db, "SELECT answer, followup FROM response WHERE uuid = '" RS_LEAVERS_DNM "'");

    /* a requirement's "yes" / "no": meets / does not meet; a question's
     * "meets" / "does not meet": yes / no; the details unchanged */
    g_assert_cmpstr (a, ==, "meets|Two-week academy.");
    g_assert_cmpstr (b, ==, "does-not-meet");
    g_assert_cmpstr (c, ==, "yes");
    g_assert_cmpstr (d, ==, "no|open");
  }
  {
    /* both links and "partly": a requirement's word too, so the
     * requirement stays; the question is named in the details */
    g_autofree char *partly = one_text (db, "SELECT requirement_id, question_id, answer, text, evidence FROM response "
                                            "WHERE uuid = '" RS_BOTH_PARTLY "'");
    /* both links and "yes": the question stays, the requirement is named */
    g_autofree char *yes = one_text (db, "SELECT requirement_id, question_id, answer, text FROM response "
                                         "WHERE uuid = '" RS_BOTH_YES "'");

    g_assert_cmpstr (partly, ==, REQ_PEAK "|NULL|partly|Lisbon adds 12 agents; Kraków cannot.\n"
                                 "This answer was also linked to the question “Is customer data deleted at the end "
                                 "of the contract?”.|Staffing sheet");
    g_assert_cmpstr (yes, ==, "NULL|" Q_LEAVERS "|yes|Same day, from the HR system.\n"
                              "This answer was also linked to the requirement “Describe how we can leave the "
                              "contract and take our data with us.”.");
  }
  {
    /* linked to nothing: gone, with a tombstone; its words in the vendor's notes */
    g_autofree char *tombs = rows_text (db, "SELECT uuid, table_name FROM tombstone ORDER BY uuid");
    g_autofree char *harbour = one_text (db, "SELECT notes FROM vendor WHERE uuid = '" HARBOUR "'");
    g_autofree char *summit = one_text (db, "SELECT notes FROM vendor WHERE uuid = '" SUMMITREACH "'");

    g_assert_cmpstr (tombs, ==, RS_ORPHAN_EMPTY "|response\n" RS_ORPHAN "|response\n");
    g_assert_true (g_str_has_suffix (harbour, "not only at peak.\nAn answer whose requirement or question had been "
                                              "removed: Meets. We answer chat within a minute. — Evidence: SLA "
                                              "report — Exception: Accepted for the pilot"));
    /* an empty one leaves no note */
    g_assert_false (vbt_contains_ci (summit, "removed"));
  }
  g_assert_true (vb_db_validate_values (db, "v2-selection", NULL));
  sqlite3_close (db);
  vbt_rmdir (dir);
}

/* "First seen": references in their list order, each one's answers in
 * theirs — with Alpen Mode moved first, its prompts come first */
static void
test_prompt_order (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  sqlite3 *db = open_plain (path);
  g_autofree char *prompts = NULL;

  g_assert_true (vb_sql_exec (db, "UPDATE reference SET position = -1 WHERE uuid = '" R_ALPEN "'", NULL));
  migrate (db);
  prompts = rows_text (db, "SELECT text FROM call_prompt ORDER BY position");
  g_assert_cmpstr (prompts, ==,
                   "What went wrong, and how did they handle it?\n"
                   "Did they keep to the service levels in the peak?\n"
                   "Other notes from the call\n"
                   "How quickly did they learn your products?\n"
                   "Would you choose them again?\n");
  sqlite3_close (db);
  vbt_rmdir (dir);
}

/* The other item of a response linked to both is named by its text; an
 * item without text is named as such, and a long one is cut short */
static void
test_other_item_named (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  sqlite3 *db = open_plain (path);
  g_autofree char *partly = NULL;
  g_autofree char *yes = NULL;

  g_assert_true (vb_sql_exec (db, "UPDATE question SET text = '' WHERE uuid = '" Q_DELETION "';"
                                  "UPDATE requirement SET text = replace(hex(zeroblob(50)), '00', 'ab') "
                                  "WHERE uuid = '" REQ_EXIT "'", NULL));
  migrate (db);
  partly = one_text (db, "SELECT text FROM response WHERE uuid = '" RS_BOTH_PARTLY "'");
  yes = one_text (db, "SELECT text FROM response WHERE uuid = '" RS_BOTH_YES "'");
  g_assert_cmpstr (partly, ==, "Lisbon adds 12 agents; Kraków cannot.\n"
                               "This answer was also linked to a question without text.");
  /* 100 characters: the first 79 and "…" */
  {
    g_autofree char *cut = g_strdup_printf ("Same day, from the HR system.\nThis answer was also linked to the "
                                            "requirement “%.79s…”.",
                                            "abababababababababababababababababababababababababababababababababab"
                                            "ababababababababababababab");
    g_assert_cmpstr (yes, ==, cut);
  }
  sqlite3_close (db);
  vbt_rmdir (dir);
}

/* A note that would overflow a text is cut at the limit, with "…" */
static void
test_note_within_limit (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  sqlite3 *db = open_plain (path);
  /* 65,530 bytes of notes: "é" is 2 bytes, so the cut must not split one */
  g_autofree char *update = g_strdup_printf ("UPDATE vendor SET notes = replace(hex(zeroblob(%d)), '00', 'é') "
                                             "WHERE uuid = '" HARBOUR "'", VB_TEXT_MAX_BYTES / 2 - 3);
  g_autofree char *tail = NULL;

  g_assert_true (vb_sql_exec (db, update, NULL));
  g_assert_cmpint (vb_sql_query_int (db, "SELECT length(CAST(notes AS BLOB)) FROM vendor WHERE uuid = '" HARBOUR "'", -1),
                   ==, VB_TEXT_MAX_BYTES - 6);
  migrate (db);
  /* 65,530 + "\n" + the note > 65,536: cut to 65,536 − 3 bytes of "…" → 65,533,
   * which ends on a whole "é" (65,530 + "\n" + "An"… of one byte each) */
  g_assert_cmpint (vb_sql_query_int (db, "SELECT length(CAST(notes AS BLOB)) FROM vendor WHERE uuid = '" HARBOUR "'", -1),
                   ==, VB_TEXT_MAX_BYTES);
  tail = one_text (db, "SELECT substr(notes, -5) FROM vendor WHERE uuid = '" HARBOUR "'");
  g_assert_cmpstr (tail, ==, "é\nAn…");
  g_assert_true (vb_db_validate_values (db, "v2-selection", NULL));
  sqlite3_close (db);
  vbt_rmdir (dir);
}

/* The JSON of version 2 imports to the same project as the file migrates */
static void
test_json_like_file (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  g_autofree char *json = data_file ("v2-selection.json");
  g_autofree char *imported = g_build_filename (dir, "imported.vendorbench", NULL);
  g_autofree char *from_file = NULL;
  g_autofree char *from_json = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_plain (path);

  migrate (db);
  from_file = selection_summary (db);
  sqlite3_close (db);

  g_assert_true (vb_json_import_file (json, imported, &error));
  g_assert_no_error (error);
  db = open_plain (imported);
  g_assert_cmpint (vb_sql_query_int (db, "PRAGMA user_version", -1), ==, VB_SCHEMA_VERSION);
  from_json = selection_summary (db);
  sqlite3_close (db);
  g_assert_cmpstr (from_json, ==, from_file);
  vbt_rmdir (dir);
}

/* Deleting a requirement or a question deletes its responses, as one edit
 * that undo restores */
static void
test_delete_cascades (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = vb_project_open (path, &error);
  VbRecord *peak, *leavers;

  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response"), ==, 9);
  peak = vb_project_lookup (p, REQ_PEAK);
  leavers = vb_project_lookup (p, Q_LEAVERS);
  g_assert_nonnull (peak);
  g_assert_nonnull (leavers);

  /* two responses answer the peak requirement */
  g_assert_true (vb_project_remove (p, peak, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response"), ==, 7);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response WHERE requirement_id IS NULL AND "
                                     "question_id IS NULL"), ==, 0);
  g_assert_null (vb_project_lookup (p, RS_BOTH_PARTLY));
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response"), ==, 9);
  g_assert_nonnull (vb_project_lookup (p, RS_BOTH_PARTLY));

  /* two answer the leavers question; its three framework tags go too */
  g_assert_true (vb_project_remove (p, leavers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM response"), ==, 7);
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_framework"), ==, 4);
  g_assert_null (vb_project_lookup (p, RS_BOTH_YES));
  vbt_rmdir (dir);
}

/* The rules hold for an edit, an import and a file from someone else */
static void
test_rules_enforced (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *path = copy_fixture (dir, "v2-selection.vendorbench");
  g_autofree char *out = g_build_filename (dir, "imported.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  {
    g_autoptr(VbProject) p = vb_project_open (path, &error);
    VbRecord *vendor, *item, *r;
    g_autofree char *before = NULL;

    g_assert_no_error (error);
    vendor = vb_project_lookup (p, BRIGHTDESK);
    item = vb_project_lookup (p, REQ_EXIT);

    /* a response to no item cannot be added */
    g_assert_null (vb_project_add_child (p, "response", "vendor_id", vendor, &error));
    vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                            "answers either a requirement or a question");
    g_clear_error (&error);
    {
      const char *refs[] = { "vendor_id", "requirement_id" };
      VbRecord *parents[] = { vendor, item };

      r = vb_project_add_row (p, "response", refs, parents, 2, &error);
      g_assert_no_error (error);
    }
    before = vbt_hash_file (path);
    /* a question's word on a requirement, and a second link */
    g_assert_false (vb_project_set_text (p, r, "answer", "no", &error));
    vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "meets, partly, does not meet");
    g_clear_error (&error);
    g_assert_false (vb_project_set_text (p, r, "question_id", Q_CARDS, &error));
    vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "either a requirement or a question");
    g_clear_error (&error);
    vbt_assert_hash_unchanged (path, before);
    g_assert_true (vb_project_set_text (p, r, "answer", "not-applicable", &error));
    g_assert_no_error (error);

    json = vb_json_export (p, NULL, &error);
    g_assert_no_error (error);
  }

  /* an import that breaks a rule is refused, naming it */
  {
    static const struct {
      const char *from;
      const char *to;
      const char *words;
    } breaks[] = {
      { "\"question_id\": \"" Q_SIGN_IN "\",\n        \"answer\": \"yes\"",
        "\"question_id\": null,\n        \"answer\": \"yes\"", "either a requirement or a question" },
      { "\"question_id\": \"" Q_SIGN_IN "\",\n        \"answer\": \"yes\"",
        "\"question_id\": \"" Q_SIGN_IN "\",\n        \"answer\": \"meets\"", "yes, no, partly or not applicable" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
      {
        const char *at = strstr (json, breaks[i].from);
        g_autoptr(GString) broken = g_string_new (json);

        g_assert_nonnull (at);
        g_string_erase (broken, at - json, (gssize) strlen (breaks[i].from));
        g_string_insert (broken, at - json, breaks[i].to);
        g_assert_false (vb_json_import_data (broken->str, broken->len, out, &error));
        vbt_assert_error_names (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID, breaks[i].words);
        g_test_message ("%s", error->message);
        g_clear_error (&error);
        g_assert_false (vbt_exists (out));
      }
    g_assert_true (vb_json_import_data (json, strlen (json), out, &error));
    g_assert_no_error (error);
  }

  /* a file whose CHECKs were bypassed is refused by check and open */
  vbt_sql_file (out, "PRAGMA ignore_check_constraints = ON;"
                     "UPDATE response SET answer = 'yes' WHERE uuid = '" RS_TRAINING_YES "'");
  {
    g_autofree char *before = vbt_hash_file (out);

    g_assert_false (vb_project_check_file (out, NULL, &error));
    vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_CORRUPT, "meets, partly, does not meet");
    g_test_message ("%s", error->message);
    g_clear_error (&error);
    vbt_assert_hash_unchanged (out, before);
  }
  vbt_rmdir (dir);
}

/* The answers each kind of item takes, for the drop-downs */
static void
test_answers_by_kind (void)
{
  /* requirement: not answered, meets, partly, does not meet, not applicable */
  static const gboolean requirement[] = { TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, FALSE };
  /* question: not answered, partly, not applicable, yes, no */
  static const gboolean question[] = { TRUE, FALSE, TRUE, FALSE, TRUE, TRUE, TRUE };

  g_assert_cmpuint (vb_enum_get_n_values (VB_TYPE_ANSWER), ==, G_N_ELEMENTS (requirement));
  for (guint i = 0; i < G_N_ELEMENTS (requirement); i++)
    {
      g_assert_cmpint (vb_answer_allowed_for_requirement ((VbAnswer) i), ==, requirement[i]);
      g_assert_cmpint (vb_answer_allowed_for_question ((VbAnswer) i), ==, question[i]);
    }
  g_assert_false (vb_answer_allowed_for_requirement ((VbAnswer) 40));
  g_assert_false (vb_answer_allowed_for_question ((VbAnswer) -1));

  /* the questionnaire's words and labels */
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_QUESTIONNAIRE, VB_QUESTIONNAIRE_UNSET), ==, "");
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_QUESTIONNAIRE, VB_QUESTIONNAIRE_LITE), ==, "lite");
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_QUESTIONNAIRE, VB_QUESTIONNAIRE_FULL), ==, "full");
  g_assert_cmpstr (vb_enum_get_nick (VB_TYPE_QUESTIONNAIRE, VB_QUESTIONNAIRE_CUSTOM), ==, "custom");
  g_assert_cmpstr (vb_enum_get_label (VB_TYPE_QUESTIONNAIRE, VB_QUESTIONNAIRE_UNSET), ==, "Not chosen yet");
}

int
main (int argc, char **argv)
{
  g_autofree char *cache = g_dir_make_tmp ("vb-unit-cache-XXXXXX", NULL);
  int rc;

  g_assert_nonnull (cache);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migration-v3/rows", test_rows);
  g_test_add_func ("/migration-v3/prompt-order", test_prompt_order);
  g_test_add_func ("/migration-v3/other-item-named", test_other_item_named);
  g_test_add_func ("/migration-v3/note-within-limit", test_note_within_limit);
  g_test_add_func ("/migration-v3/json-like-file", test_json_like_file);
  g_test_add_func ("/migration-v3/delete-cascades", test_delete_cascades);
  g_test_add_func ("/migration-v3/rules-enforced", test_rules_enforced);
  g_test_add_func ("/migration-v3/answers-by-kind", test_answers_by_kind);

  rc = g_test_run ();
  vbt_rmdir (cache);
  return rc;
}
