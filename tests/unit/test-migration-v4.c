/* test-migration-v4.c — what file format 4 does to the rows of format 3
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/v3-pilot.vendorbench (made by tests/data/make-v3-pilot.py and
 * the version-3 CLI) migrated by the real steps; every conversion of
 * vb-migration-4.c checked by value. That the result is a file identical
 * to a fresh one, in one transaction, and that a failed step leaves the
 * file as it was: test-migration.c.
 */

#include "vb-enums.h"
#include "vb-project-private.h"
#include "vb-sql.h"
#include "vb-value.h"
#include "vb-test-util.h"

/* the rows of tests/data/make-v3-pilot.py, in the order it makes them */
#define ROW(n)        "3a000000-0000-4000-8000-0000000000" #n
#define QUOTE_HOUR    ROW (27)
#define QUOTE_CONTACT ROW (28)
#define DECISION_OLD  ROW (39)
#define DECISION_NEW  ROW (40)
#define KPI_CLASH     ROW (42)
#define KPI_OWN       ROW (43)
#define SLA_CHAT      ROW (44)
#define SLA_MAIL      ROW (45)
#define SLA_PIGEON    ROW (46)
#define PILOT         ROW (47)
#define PATH_SITE     ROW (54)
#define RESULT_CHAT   ROW (58)
#define RESULT_MAIL   ROW (59)
#define RESULT_PIGEON ROW (60)
/* added by the test: a newer result of the same KPI, channel and week */
#define RESULT_NEWER  "3a000000-0000-4000-8000-000000000999"

static sqlite3 *
open_migrated (const char *dir,
               const char *extra_sql)
{
  g_autofree char *src = g_build_filename (g_getenv ("VB_TEST_SRCDIR"), "tests", "data", "v3-pilot.vendorbench", NULL);
  g_autofree char *path = g_build_filename (dir, "v3-pilot.vendorbench", NULL);
  g_autoptr(GError) error = NULL;
  guint n_steps;
  const VbMigration *steps = vb_schema_migrations (&n_steps);
  sqlite3 *db = NULL;

  vbt_copy (src, path);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_true (vb_sql_exec (db, "PRAGMA journal_mode = DELETE", NULL));
  g_assert_true (vb_sql_exec (db, "PRAGMA foreign_keys = ON", NULL));
  if (extra_sql)
    g_assert_true (vb_sql_exec (db, extra_sql, NULL));
  g_assert_true (vb_schema_migrate (db, steps, n_steps, VB_SCHEMA_VERSION, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
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

#define assert_rows(db, sql, expected) \
  G_STMT_START { g_autofree char *_got = rows_text (db, sql); g_assert_cmpstr (_got, ==, expected); } G_STMT_END

/* A quote's model and rate: one line for all channels */
static void
test_quote_lines (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT quote_id, channel, model, rate, hour_basis, acw_billed, position FROM quote_line "
                   "ORDER BY quote_id",
               QUOTE_HOUR "||per-hour|17.5|logged-in|0|0\n"
               QUOTE_CONTACT "||per-contact|2.9|logged-in|0|0\n");
  /* the fees stay on the quote: a setup fee of 0 is "none", NULL "not asked" */
  assert_rows (db, "SELECT uuid, setup_fee, integration_fee, currency, exchange_rate FROM quote ORDER BY uuid",
               QUOTE_HOUR "|2500.0|NULL||NULL\n"
               QUOTE_CONTACT "|0.0|NULL||NULL\n");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* The pilot's team is ours; the check-in text is kept as notes */
static void
test_pilot (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT team_ours, team_vendor, checkin_notes, checkin_weekday, checkin_every_weeks, checkin_time, "
                   "automation_share_pct FROM pilot WHERE uuid = '" PILOT "'",
               "Sarah (lead), Priya (QA); BrightDesk: Jonas||Weekly, Tuesdays 10:00|NULL|NULL||NULL\n");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* The first path marked as an emergency is the project's; the other one
 * is named in the definition */
static void
test_emergency (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT emergency_path_id, emergency_definition FROM project",
               PATH_SITE "|Also marked as an emergency before the update: “Data breach”\n");
  /* and it goes with the path */
  g_assert_true (vb_sql_exec (db, "DELETE FROM escalation_path WHERE uuid = '" PATH_SITE "'", NULL));
  assert_rows (db, "SELECT emergency_path_id FROM project", "NULL\n");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* SLA channel words: Chat → chat, e-mail → email, carrier pigeon → all
 * channels with the word in the method */
static void
test_sla_channels (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT uuid, channel, method, answer_seconds, example FROM sla ORDER BY position",
               SLA_CHAT "|chat|80 % in 60 s|NULL|0\n"
               SLA_MAIL "|email|Survey after closing|NULL|0\n"
               SLA_PIGEON "||Ticket reopen rate\nChannel: carrier pigeon|NULL|0\n");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* Results per KPI and channel; numerator and denominator as the first two
 * counts; of two for the same KPI, channel and week the newer stays */
static void
test_results (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, "INSERT INTO kpi_result (uuid, sla_id, week_start, value, notes, modified) VALUES ('"
                                    RESULT_NEWER "', '" SLA_CHAT "', '2026-09-07', 81.0, 'corrected', "
                                    "'2026-09-20T10:00:00.000Z')");

  assert_rows (db, "SELECT uuid, kpi_key, channel, week_start, value, count_a, count_b, count_c, count_d, "
                   "business_hours, import_id, notes FROM kpi_result ORDER BY week_start, kpi_key",
               RESULT_MAIL "|csat|email|2026-09-07|NULL|172.0|190.0|NULL|NULL|0|NULL|survey\n"
               RESULT_NEWER "|service-level|chat|2026-09-07|81.0|NULL|NULL|NULL|NULL|0|NULL|corrected\n"
               RESULT_PIGEON "|fcr||2026-09-14|71.0|NULL|NULL|NULL|NULL|0|NULL|\n");
  assert_rows (db, "SELECT uuid FROM tombstone WHERE table_name = 'kpi_result'", RESULT_CHAT "\n");
  /* the file holds the rule: the same week of a KPI on a channel from the
   * same source (entered by hand) once */
  g_assert_false (vb_sql_exec (db, "INSERT INTO kpi_result (uuid, kpi_key, channel, week_start) VALUES "
                                   "('3a000000-0000-4000-8000-000000000998', 'csat', 'email', '2026-09-07')", NULL));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* The newest decision stays, recorded; the older one is in the log */
static void
test_decisions (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT uuid, status, unmet_confirmed, decided_on FROM decision",
               DECISION_NEW "|recorded|0|2026-07-24\n");
  assert_rows (db, "SELECT author, action, table_name, row_uuid, summary FROM activity WHERE table_name = 'decision'",
               "Sarah Okafor|delete|decision|" DECISION_OLD "|Superseded decision: “Polyglot Hub” on 2026-07-10 by "
               "Sarah Okafor — Cheapest per contact\n");
  assert_rows (db, "SELECT uuid FROM tombstone WHERE table_name = 'decision'", DECISION_OLD "\n");
  /* one current decision: the file refuses a second */
  g_assert_false (vb_sql_exec (db, "INSERT INTO decision (uuid) VALUES ('3a000000-0000-4000-8000-000000000997')",
                               NULL));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* A custom KPI with a built-in key gets its own */
static void
test_kpi_keys (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT uuid, key, formula, example FROM kpi ORDER BY position",
               KPI_CLASH "|service-level-custom||0\n"
               KPI_OWN "|refund-accuracy||0\n");
  /* keys are unique; an empty one is "not given yet" and may repeat */
  g_assert_false (vb_sql_exec (db, "INSERT INTO kpi (uuid, key, position) VALUES "
                                   "('3a000000-0000-4000-8000-000000000996', 'refund-accuracy', 5)", NULL));
  g_assert_true (vb_sql_exec (db, "INSERT INTO kpi (uuid, position) VALUES ('3a000000-0000-4000-8000-000000000995', 6);"
                                  "INSERT INTO kpi (uuid, position) VALUES ('3a000000-0000-4000-8000-000000000994', 7)",
                              NULL));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

/* The rest keeps its rows; new columns hold their defaults */
static void
test_defaults (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  sqlite3 *db = open_migrated (dir, NULL);

  assert_rows (db, "SELECT channel, interval_minutes, peak_factor, concurrency, response_hours FROM forecast_channel "
                   "ORDER BY position",
               "chat|30|1.5|NULL|NULL\nemail|30|1.5|NULL|NULL\n");
  assert_rows (db, "SELECT evaluator_id, value FROM ahp_judgement", "NULL|3.0\n");
  assert_rows (db, "SELECT count(*), sum(advisory) FROM evaluator", "2|0\n");
  assert_rows (db, "SELECT key, example FROM transition_phase", "|0\n");
  assert_rows (db, "SELECT key, example, title FROM transition_item", "|0|Tone-of-voice guide\n");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/migration-v4/quote-lines", test_quote_lines);
  g_test_add_func ("/migration-v4/pilot", test_pilot);
  g_test_add_func ("/migration-v4/emergency", test_emergency);
  g_test_add_func ("/migration-v4/sla-channels", test_sla_channels);
  g_test_add_func ("/migration-v4/results", test_results);
  g_test_add_func ("/migration-v4/decisions", test_decisions);
  g_test_add_func ("/migration-v4/kpi-keys", test_kpi_keys);
  g_test_add_func ("/migration-v4/defaults", test_defaults);
  return g_test_run ();
}
