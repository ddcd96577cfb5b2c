/* test-outsourcing.c — the rule of DOMAIN.md "Deciding what to outsource"
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vb-enums.h"
#include "vb-outsourcing.h"
#include "vb-project-settings.h"
#include "vb-task.h"
#include "vb-text.h"
#include "vb-record-private.h"
#include "vb-test-util.h"

#define MON (1 << 0)
#define TUE (1 << 1)
#define SAT (1 << 5)
#define SUN (1 << 6)
#define WEEKDAYS 0x1f
#define ALLDAYS 0x7f

typedef struct {
  const char *kind;
  double      volume;       /* < 0: NULL */
  double      handle;       /* < 0: NULL */
  int         days, from, to;
  const char *tz;
  const char *languages;
  gboolean    engineering, brand, regulated;
} TaskSpec;

static void
set (const VbTable *table, VbValue *row, const char *col, const char *text)
{
  vb_value_set_text (&row[vb_table_column_index (table, col)], text);
}

static void
set_i (const VbTable *table, VbValue *row, const char *col, gint64 v)
{
  vb_value_set_int (&row[vb_table_column_index (table, col)], v);
}

static void
set_d (const VbTable *table, VbValue *row, const char *col, double v)
{
  if (v < 0)
    vb_value_clear (&row[vb_table_column_index (table, col)]);
  else
    vb_value_set_real (&row[vb_table_column_index (table, col)], v);
}

static VbRecord *
make_task (const TaskSpec *s)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "task");
  VbValue *row = vb_row_new (table);
  g_autofree char *uuid = vb_uuid_new ();

  set (table, row, "uuid", uuid);
  set (table, row, "name", "A task");
  set (table, row, "work_kind", s->kind);
  set_d (table, row, "monthly_volume", s->volume);
  set_d (table, row, "handle_minutes", s->handle);
  set_i (table, row, "cover_days", s->days);
  set_i (table, row, "cover_from", s->from);
  set_i (table, row, "cover_to", s->to);
  set (table, row, "cover_timezone", s->tz ? s->tz : "");
  set (table, row, "languages", s->languages ? s->languages : "");
  set_i (table, row, "needs_engineering", s->engineering);
  set_i (table, row, "brand_critical", s->brand);
  set_i (table, row, "regulated", s->regulated);
  return vb_record_new (table, row);
}

static VbRecord *
make_settings (double      threshold,
               int         days,
               int         from,
               int         to,
               const char *tz,
               const char *languages)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "project");
  VbValue *row = vb_row_new (table);
  g_autofree char *uuid = vb_uuid_new ();

  set (table, row, "uuid", uuid);
  set_d (table, row, "outsource_threshold_hours", threshold);
  set_i (table, row, "team_days", days);
  set_i (table, row, "team_from", from);
  set_i (table, row, "team_to", to);
  set (table, row, "team_timezone", tz);
  set (table, row, "team_languages", languages);
  return vb_record_new (table, row);
}

/* the London team of the examples: weekdays 09:00–17:00, English and French */
static VbRecord *
london_team (double threshold)
{
  return make_settings (threshold, WEEKDAYS, 9 * 60, 17 * 60, "Europe/London", "English, French");
}

static const char *
nick (VbSourcing s)
{
  return vb_enum_get_nick (VB_TYPE_SOURCING, s);
}

static void
assert_suggests (const TaskSpec *spec,
                 VbRecord       *settings,
                 VbSourcing      expected,
                 const char     *reason_has)
{
  g_autoptr(VbRecord) task = make_task (spec);
  g_autofree char *reason = NULL;
  VbSourcing got = vb_outsourcing_suggest (VB_TASK (task), settings ? VB_PROJECT_SETTINGS (settings) : NULL, &reason);

  g_test_message ("%s → %s: %s", spec->kind, nick (got), reason);
  g_assert_nonnull (reason);
  g_assert_cmpstr (reason, !=, "");
  if (got != expected)
    g_error ("expected “%s”, got “%s” (%s)", nick (expected), nick (got), reason);
  if (reason_has && !vbt_contains_ci (reason, reason_has))
    g_error ("the reason “%s” does not say “%s”", reason, reason_has);
  /* without a reason pointer, the same answer */
  g_assert_cmpint (vb_outsourcing_suggest (VB_TASK (task), settings ? VB_PROJECT_SETTINGS (settings) : NULL, NULL),
                   ==, expected);
}

#define H(h) ((h) * 60)
#define TASK(...) (&(TaskSpec) { __VA_ARGS__ })

static void
test_keep (void)
{
  g_autoptr(VbRecord) team = london_team (40);

  /* big routine-looking volume does not matter: the first match wins */
  assert_suggests (TASK ("technical", 5000, 10, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team,
                   VB_SOURCING_KEEP, "technical");
  assert_suggests (TASK ("strategic", 10, 60, WEEKDAYS, H (9), H (17)), team, VB_SOURCING_KEEP, "strategic");
  assert_suggests (TASK ("routine", 5000, 10, SAT, H (9), H (17), "", "German", .engineering = TRUE), team,
                   VB_SOURCING_KEEP, "engineering");
  assert_suggests (TASK ("judgment", 5000, 10, 0, 0, 0, .engineering = TRUE), team, VB_SOURCING_KEEP, "engineering");
  assert_suggests (TASK ("routine", 5000, 10, 0, 0, 0, .regulated = TRUE), team, VB_SOURCING_KEEP, "regulated");
  assert_suggests (TASK ("routine", 5000, 10, 0, 0, 0, .regulated = TRUE, .brand = TRUE), team,
                   VB_SOURCING_KEEP, "regulated");
  assert_suggests (TASK ("judgment", 5000, 10, 0, 0, 0, .brand = TRUE), team, VB_SOURCING_KEEP, "brand");
}

static void
test_hybrid_brand_routine (void)
{
  g_autoptr(VbRecord) team = london_team (40);

  assert_suggests (TASK ("routine", 5000, 10, ALLDAYS, 0, 0, "", "Japanese", .brand = TRUE), team,
                   VB_SOURCING_HYBRID, "brand-critical");
  assert_suggests (TASK ("routine", 1, 1, 0, 0, 0, .brand = TRUE), team, VB_SOURCING_HYBRID, "brand-critical");
}

static void
test_outsource_volume (void)
{
  g_autoptr(VbRecord) team = london_team (40);
  g_autoptr(VbRecord) team100 = london_team (100);

  /* 600 contacts × 4 minutes = 40 hours: at the threshold */
  assert_suggests (TASK ("routine", 600, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team,
                   VB_SOURCING_OUTSOURCE, "40 hours");
  /* just below it, inside the team's hours and languages */
  assert_suggests (TASK ("routine", 599, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team,
                   VB_SOURCING_HYBRID, "small volume");
  /* the project's threshold decides */
  assert_suggests (TASK ("routine", 600, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team100,
                   VB_SOURCING_HYBRID, "small volume");
  assert_suggests (TASK ("routine", 1500, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team100,
                   VB_SOURCING_OUTSOURCE, "100");
  /* no project settings: the default 40 hours */
  assert_suggests (TASK ("routine", 600, 4), NULL, VB_SOURCING_OUTSOURCE, "40");
  assert_suggests (TASK ("routine", 60, 4), NULL, VB_SOURCING_HYBRID, NULL);
  /* unknown volume: no workload */
  assert_suggests (TASK ("routine", -1, 4, WEEKDAYS, H (9), H (17), "Europe/London"), team, VB_SOURCING_HYBRID, NULL);
}

static void
test_outsource_hours (void)
{
  g_autoptr(VbRecord) team = london_team (40);
  g_autoptr(VbRecord) no_hours = make_settings (40, 0, H (9), H (17), "Europe/London", "English");

  /* Saturday */
  assert_suggests (TASK ("routine", 10, 4, SAT, H (10), H (12), "Europe/London", "English"), team,
                   VB_SOURCING_OUTSOURCE, "outside");
  /* overnight 22:00–06:00 */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (22), H (6), "Europe/London", "English"), team,
                   VB_SOURCING_OUTSOURCE, "outside");
  /* evenings */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (9), H (20), "Europe/London", "English"), team,
                   VB_SOURCING_OUTSOURCE, "outside");
  /* the same clock hours in New York are the London afternoon and evening */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (9), H (17), "America/New_York", "English"), team,
                   VB_SOURCING_OUTSOURCE, "outside");
  /* New York 04:00–12:00 is London 09:00–17:00 (winter) */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (4), H (12), "America/New_York", "English"), team,
                   VB_SOURCING_HYBRID, "small volume");
  /* no time zone on the task: the team's */
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (16), "", "English"), team, VB_SOURCING_HYBRID, NULL);
  /* the team has not said its hours: no cover judgement */
  assert_suggests (TASK ("routine", 10, 4, SAT, H (22), H (6), "Europe/London", "English"), no_hours,
                   VB_SOURCING_HYBRID, NULL);
  /* the task has no hours: nothing to check */
  assert_suggests (TASK ("routine", 10, 4, 0, H (22), H (6), "Europe/London", "English"), team,
                   VB_SOURCING_HYBRID, NULL);
}

static void
test_outsource_languages (void)
{
  g_autoptr(VbRecord) team = london_team (40);
  g_autoptr(VbRecord) no_languages = make_settings (40, WEEKDAYS, H (9), H (17), "Europe/London", "");

  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "German"), team, VB_SOURCING_OUTSOURCE, "German");
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "english, Spanish"), team,
                   VB_SOURCING_OUTSOURCE, "Spanish");
  /* case-insensitive, comma lists with or without blanks */
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "FRENCH"), team, VB_SOURCING_HYBRID, NULL);
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "french,English"), team, VB_SOURCING_HYBRID, NULL);
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", ""), team, VB_SOURCING_HYBRID, NULL);
  /* the team has not said its languages */
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "German"), no_languages, VB_SOURCING_HYBRID, NULL);
}

static void
test_judgment_and_none (void)
{
  g_autoptr(VbRecord) team = london_team (40);

  /* judgment work outside hours, in another language, of large volume: still hybrid */
  assert_suggests (TASK ("judgment", 5000, 10, SAT, H (22), H (6), "", "German"), team, VB_SOURCING_HYBRID, "judgment");
  assert_suggests (TASK ("", 5000, 10), team, VB_SOURCING_UNSET, "kind of work");
}

/* The suggestion is a VbSourcing (it was VbSuggestion, with its own
 * strings): its words are the nicks of the GEnum, which is the task's
 * "decision" column too */
static void
test_strings (void)
{
  VbSourcing all[] = { VB_SOURCING_OUTSOURCE, VB_SOURCING_KEEP, VB_SOURCING_HYBRID };
  int value = -1;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_true (vb_enum_from_nick (VB_TYPE_SOURCING, nick (all[i]), &value));
      g_assert_cmpint (value, ==, all[i]);
      g_assert_cmpstr (vb_enum_get_label (VB_TYPE_SOURCING, all[i]), !=, "");
      g_assert_cmpstr (vb_enum_get_label (VB_TYPE_SOURCING, all[i]), !=, nick (all[i]));
    }
  g_assert_cmpstr (nick (VB_SOURCING_UNSET), ==, "");
  g_assert_true (vb_enum_from_nick (VB_TYPE_SOURCING, "", &value));
  g_assert_cmpint (value, ==, VB_SOURCING_UNSET);
  g_assert_false (vb_enum_from_nick (VB_TYPE_SOURCING, NULL, &value));
  g_assert_false (vb_enum_from_nick (VB_TYPE_SOURCING, "Outsource", &value));
  g_assert_cmpstr (nick (VB_SOURCING_OUTSOURCE), ==, "outsource");
  g_assert_cmpstr (nick (VB_SOURCING_KEEP), ==, "keep");
  g_assert_cmpstr (nick (VB_SOURCING_HYBRID), ==, "hybrid");
  /* the words are the task's "decision" enum values */
  {
    const VbTable *task = vb_schema_lookup_table (vb_schema_current (), "task");
    const VbColumn *decision = vb_table_get_column (task, vb_table_column_index (task, "decision"));

    g_assert_cmpint (decision->kind, ==, VB_COLUMN_ENUM);
    g_assert_true (decision->enum_type () == VB_TYPE_SOURCING);
  }
}

static void
test_workload (void)
{
  g_autoptr(VbRecord) a = make_task (TASK ("routine", 600, 4));
  g_autoptr(VbRecord) b = make_task (TASK ("routine", 3200, 6.5));
  g_autoptr(VbRecord) c = make_task (TASK ("routine", -1, 6.5));
  g_autoptr(VbRecord) d = make_task (TASK ("routine", 100, -1));

  g_assert_cmpfloat_with_epsilon (vb_task_get_workload_hours (VB_TASK (a)), 40.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_task_get_workload_hours (VB_TASK (b)), 3200 * 6.5 / 60, 1e-9);
  g_assert_cmpfloat (vb_task_get_workload_hours (VB_TASK (c)), ==, 0);
  g_assert_cmpfloat (vb_task_get_workload_hours (VB_TASK (d)), ==, 0);
}

static gboolean
within (int days_in, int from_in, int to_in, const char *tz_in,
        int days_out, int from_out, int to_out, const char *tz_out)
{
  VbCover inner = { days_in, from_in, to_in, tz_in };
  VbCover outer = { days_out, from_out, to_out, tz_out };
  return vb_cover_within (&inner, &outer);
}

static void
test_cover_within (void)
{
  /* plain day hours */
  g_assert_true (within (MON, H (10), H (12), "", WEEKDAYS, H (9), H (17), ""));
  g_assert_true (within (WEEKDAYS, H (9), H (17), "", WEEKDAYS, H (9), H (17), ""));
  g_assert_false (within (MON, H (8), H (12), "", WEEKDAYS, H (9), H (17), ""));
  g_assert_false (within (MON, H (16), H (18), "", WEEKDAYS, H (9), H (17), ""));
  /* days mask */
  g_assert_false (within (SAT, H (10), H (12), "", WEEKDAYS, H (9), H (17), ""));
  g_assert_true (within (SAT, H (10), H (12), "", WEEKDAYS | SAT, H (9), H (17), ""));
  g_assert_false (within (ALLDAYS, H (10), H (12), "", WEEKDAYS | SAT, H (9), H (17), ""));
  g_assert_true (within (0, H (10), H (12), "", WEEKDAYS, H (9), H (17), ""));   /* no days needed */
  g_assert_false (within (MON, H (10), H (12), "", 0, H (9), H (17), ""));        /* a team with no days */

  /* 24-hour cover: 00:00–00:00 and 0–1440 */
  g_assert_true (within (ALLDAYS, 0, 0, "", ALLDAYS, 0, 0, ""));
  g_assert_true (within (ALLDAYS, 0, 1440, "", ALLDAYS, 0, 0, ""));
  g_assert_true (within (ALLDAYS, 0, 0, "", ALLDAYS, 0, 1440, ""));
  g_assert_true (within (ALLDAYS, H (22), H (6), "", ALLDAYS, 0, 1440, ""));
  g_assert_false (within (MON, 0, 0, "", ALLDAYS, H (9), H (17), ""));
}

static void
test_cover_within_24h (void)
{
  g_assert_true (within (MON, 0, 0, "", MON, 0, 0, ""));
  g_assert_true (within (MON, 0, 0, "", MON, 0, 1440, ""));
  g_assert_true (within (MON | TUE, H (0), H (0), "", MON | TUE, 0, 1440, ""));
  g_assert_false (within (MON | TUE, 0, 0, "", MON, 0, 1440, ""));
}

static void
test_cover_within_overnight (void)
{
  /* overnight needs the next morning too */
  g_assert_true (within (MON, H (22), H (6), "", MON | TUE, H (18), H (8), ""));
  g_assert_false (within (MON, H (22), H (6), "", MON, H (20), 1440, ""));
  g_assert_true (within (MON, H (22), H (6), "", MON | TUE, 0, 1440, ""));   /* two full days meet at midnight */
  g_assert_false (within (MON, H (22), H (6), "", WEEKDAYS, H (9), H (17), ""));
  /* Sunday night runs into Monday: the week wraps */
  g_assert_true (within (SUN, H (22), H (6), "", SUN | MON, 0, 1440, ""));
  g_assert_true (within (SUN, H (22), H (6), "", SUN, H (22), H (6), ""));
  g_assert_false (within (SUN, H (22), H (6), "", SUN, H (20), 1440, ""));
  g_assert_false (within (SUN, H (22), H (6), "", SUN | TUE, 0, 1440, ""));
  g_assert_true (within (SUN, H (22), H (6), "", ALLDAYS, H (18), H (8), ""));
}

static void
test_cover_within_time_zones (void)
{
  /* the same clock hours, five hours apart */
  g_assert_false (within (WEEKDAYS, H (9), H (17), "America/New_York", WEEKDAYS, H (9), H (17), "Europe/London"));
  g_assert_true (within (WEEKDAYS, H (4), H (12), "America/New_York", WEEKDAYS, H (9), H (17), "Europe/London"));
  /* UTC Monday 00:00–08:00 is Tokyo Monday 09:00–17:00 */
  g_assert_true (within (MON, H (0), H (8), "UTC", MON, H (9), H (17), "Asia/Tokyo"));
  g_assert_false (within (MON, H (0), H (9), "UTC", MON, H (9), H (17), "Asia/Tokyo"));
  /* Berlin Monday 00:00–02:00 is UTC Sunday 23:00 – Monday 01:00: across the week's end */
  g_assert_true (within (SUN, H (23), 1440, "UTC", MON, H (0), H (2), "Europe/Berlin"));
  g_assert_true (within (MON, H (0), H (1), "UTC", MON, H (0), H (2), "Europe/Berlin"));
  g_assert_false (within (MON, H (1), H (2), "UTC", MON, H (0), H (2), "Europe/Berlin"));
  /* an empty zone on one side is the other's */
  g_assert_true (within (WEEKDAYS, H (9), H (17), "", WEEKDAYS, H (9), H (17), ""));
  g_assert_true (within (WEEKDAYS, H (9), H (17), "America/New_York", WEEKDAYS, H (9), H (17), ""));
  g_assert_true (within (WEEKDAYS, H (9), H (17), "", WEEKDAYS, H (9), H (17), "Asia/Kolkata"));
  /* half-hour zones */
  g_assert_true (within (MON, H (3) + 30, H (11) + 30, "UTC", MON, H (9), H (17), "Asia/Kolkata"));
  g_assert_false (within (MON, H (3), H (11), "UTC", MON, H (9), H (17), "Asia/Kolkata"));
}

static void
test_languages_within (void)
{
  g_autofree char *missing = NULL;

  g_assert_true (vb_languages_within ("", "English", NULL));
  g_assert_true (vb_languages_within (NULL, "English", NULL));
  g_assert_true (vb_languages_within ("english", "English", NULL));
  g_assert_true (vb_languages_within (" French ,  english", "English,French", NULL));
  g_assert_true (vb_languages_within ("Español", "español", NULL));
  g_assert_true (vb_languages_within ("English,,", "English", NULL));
  g_assert_false (vb_languages_within ("English, Polish", "English", &missing));
  g_assert_cmpstr (missing, ==, "Polish");
  g_clear_pointer (&missing, g_free);
  g_assert_false (vb_languages_within ("Eng", "English", &missing));
  g_assert_cmpstr (missing, ==, "Eng");
  g_clear_pointer (&missing, g_free);
  g_assert_false (vb_languages_within ("English", "", &missing));
  g_assert_cmpstr (missing, ==, "English");
}

/* vb_languages_within reads each list once: a list twice as long as any
 * field can hold (VB_TEXT_MAX_BYTES), of 14 000 entries, costs about a
 * millisecond; a scan of the rest of the text per entry reads a billion
 * bytes, which would run into the test's time-out rather than fail an
 * assertion here (the machines that run the tests are too uneven for a
 * timed assertion). (Not larger: under AddressSanitizer the strstr
 * interceptor that g_strsplit goes through reads the whole rest of the text
 * on each call.) */
static void
test_languages_within_linear (void)
{
  gsize n = 2 * VB_TEXT_MAX_BYTES;
  GString *many = g_string_sized_new (n + 16);
  GString *commas = g_string_sized_new (n + 16);
  g_autofree char *missing = NULL;

  while (many->len < n)
    g_string_append (many, "Klingon, ");
  while (commas->len < n)
    g_string_append_c (commas, ',');
  g_string_append (commas, "Welsh");

  g_assert_true (vb_languages_within (many->str, "English, Klingon", NULL));
  g_assert_false (vb_languages_within (many->str, "English", &missing));
  g_assert_cmpstr (missing, ==, "Klingon");
  /* 128 Ki empty entries before one: read once, in a moment */
  (void) vb_languages_within (commas->str, "English", NULL);
  g_assert_true (vb_languages_within ("klingon", many->str, NULL));
  g_assert_false (vb_languages_within ("English", many->str, NULL));

  /* and such a list is refused as a task's languages */
  {
    g_autofree char *problem = NULL;
    g_assert_false (vb_languages_check (many->str, &problem));
    g_assert_nonnull (problem);
  }
  g_string_free (many, TRUE);
  g_string_free (commas, TRUE);
}

/* A time zone from a file is a name of the system's database, never a path:
 * g_time_zone_new_identifier would open "/etc/passwd" or a FIFO */
static void
test_timezone_names (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autofree char *zone_dir = g_build_filename (dir, "Europe", NULL);
  g_autofree char *fifo = g_build_filename (zone_dir, "Fifo", NULL);
  g_autofree char *real = g_build_filename (zone_dir, "Testville", NULL);
  static const char *const bad[] = { "/etc/passwd", "../../../etc/passwd", "Europe/../../etc/passwd",
                                     "Europe//London", "Europe/London/", "./UTC", "Mars/Olympus_Mons",
                                     "Europe/London\n", "Europe/London ", "", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (vb_timezone_is_valid ("Europe/London"));
  g_assert_true (vb_timezone_is_valid ("America/Argentina/Buenos_Aires"));
  g_assert_true (vb_timezone_is_valid ("UTC"));
  g_assert_true (vb_timezone_is_valid ("+05:30"));
  g_assert_true (vb_timezone_is_valid (""));   /* not set */
  for (guint i = 0; bad[i]; i++)
    if (*bad[i])
      {
        g_autoptr(GTimeZone) tz = vb_timezone_new (bad[i]);
        if (vb_timezone_is_valid (bad[i]))
          g_error ("“%s” was taken for a time zone", bad[i]);
        g_assert_null (tz);
      }
  {
    g_autoptr(GTimeZone) tz = vb_timezone_new ("");
    g_assert_null (tz);
  }

  /* a FIFO where the database has a zone is not read (nothing blocks) */
  g_assert_cmpint (g_mkdir (zone_dir, 0755), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  vbt_copy ("/usr/share/zoneinfo/Europe/London", real);
  g_setenv ("TZDIR", dir, TRUE);
  alarm (10);
  g_assert_false (vb_timezone_is_valid ("Europe/Fifo"));
  g_assert_null (vb_timezone_new ("Europe/Fifo"));
  g_assert_true (vb_timezone_is_valid ("Europe/Testville"));
  alarm (0);
  g_unsetenv ("TZDIR");

  /* a task refuses such a name, as every write and every import does */
  {
    g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
    VbTask *task = vb_project_add_task (p, &error);

    g_assert_no_error (error);
    g_assert_false (vb_task_set_cover_timezone (task, "/etc/passwd", &error));
    g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
    g_assert_true (vbt_contains_ci (error->message, "time zone"));
    g_clear_error (&error);
    g_assert_false (vb_project_settings_set_team_timezone (vb_project_get_settings (p), "../etc/passwd", &error));
    g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (vb_task_set_cover_timezone (task, "Asia/Tokyo", &error));
    g_assert_no_error (error);
    g_assert_cmpstr (vb_task_get_cover_timezone (task), ==, "Asia/Tokyo");
  }
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outsourcing/keep", test_keep);
  g_test_add_func ("/outsourcing/hybrid-brand-routine", test_hybrid_brand_routine);
  g_test_add_func ("/outsourcing/outsource-volume", test_outsource_volume);
  g_test_add_func ("/outsourcing/outsource-hours", test_outsource_hours);
  g_test_add_func ("/outsourcing/outsource-languages", test_outsource_languages);
  g_test_add_func ("/outsourcing/judgment-and-none", test_judgment_and_none);
  g_test_add_func ("/outsourcing/strings", test_strings);
  g_test_add_func ("/outsourcing/workload", test_workload);
  g_test_add_func ("/outsourcing/cover-within", test_cover_within);
  g_test_add_func ("/outsourcing/cover-within-24h", test_cover_within_24h);
  g_test_add_func ("/outsourcing/cover-within-overnight", test_cover_within_overnight);
  g_test_add_func ("/outsourcing/cover-within-time-zones", test_cover_within_time_zones);
  g_test_add_func ("/outsourcing/languages-within", test_languages_within);
  g_test_add_func ("/outsourcing/languages-within-linear", test_languages_within_linear);
  g_test_add_func ("/outsourcing/timezone-names", test_timezone_names);

  return g_test_run ();
}
