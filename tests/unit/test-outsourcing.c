/* test-outsourcing.c — the rule of DOMAIN.md "Deciding what to outsource"
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vb-outsourcing.h"
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

static void
assert_suggests (const TaskSpec *spec,
                 VbRecord       *settings,
                 VbSuggestion    expected,
                 const char     *reason_has)
{
  g_autoptr(VbRecord) task = make_task (spec);
  g_autofree char *reason = NULL;
  VbSuggestion got = vb_outsourcing_suggest (task, settings, &reason);

  g_test_message ("%s → %s: %s", spec->kind, vb_suggestion_to_string (got), reason);
  g_assert_nonnull (reason);
  g_assert_cmpstr (reason, !=, "");
  if (got != expected)
    g_error ("expected “%s”, got “%s” (%s)", vb_suggestion_to_string (expected), vb_suggestion_to_string (got), reason);
  if (reason_has && !vbt_contains_ci (reason, reason_has))
    g_error ("the reason “%s” does not say “%s”", reason, reason_has);
  /* without a reason pointer, the same answer */
  g_assert_cmpint (vb_outsourcing_suggest (task, settings, NULL), ==, expected);
}

#define H(h) ((h) * 60)
#define TASK(...) (&(TaskSpec) { __VA_ARGS__ })

static void
test_keep (void)
{
  g_autoptr(VbRecord) team = london_team (40);

  /* big routine-looking volume does not matter: the first match wins */
  assert_suggests (TASK ("technical", 5000, 10, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team,
                   VB_SUGGESTION_KEEP, "technical");
  assert_suggests (TASK ("strategic", 10, 60, WEEKDAYS, H (9), H (17)), team, VB_SUGGESTION_KEEP, "strategic");
  assert_suggests (TASK ("routine", 5000, 10, SAT, H (9), H (17), "", "German", .engineering = TRUE), team,
                   VB_SUGGESTION_KEEP, "engineering");
  assert_suggests (TASK ("judgment", 5000, 10, 0, 0, 0, .engineering = TRUE), team, VB_SUGGESTION_KEEP, "engineering");
  assert_suggests (TASK ("routine", 5000, 10, 0, 0, 0, .regulated = TRUE), team, VB_SUGGESTION_KEEP, "regulated");
  assert_suggests (TASK ("routine", 5000, 10, 0, 0, 0, .regulated = TRUE, .brand = TRUE), team,
                   VB_SUGGESTION_KEEP, "regulated");
  assert_suggests (TASK ("judgment", 5000, 10, 0, 0, 0, .brand = TRUE), team, VB_SUGGESTION_KEEP, "brand");
}

static void
test_hybrid_brand_routine (void)
{
  g_autoptr(VbRecord) team = london_team (40);

  assert_suggests (TASK ("routine", 5000, 10, ALLDAYS, 0, 0, "", "Japanese", .brand = TRUE), team,
                   VB_SUGGESTION_HYBRID, "brand-critical");
  assert_suggests (TASK ("routine", 1, 1, 0, 0, 0, .brand = TRUE), team, VB_SUGGESTION_HYBRID, "brand-critical");
}

static void
test_outsource_volume (void)
{
  g_autoptr(VbRecord) team = london_team (40);
  g_autoptr(VbRecord) team100 = london_team (100);

  /* 600 contacts × 4 minutes = 40 hours: at the threshold */
  assert_suggests (TASK ("routine", 600, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team,
                   VB_SUGGESTION_OUTSOURCE, "40 hours");
  /* just below it, inside the team's hours and languages */
  assert_suggests (TASK ("routine", 599, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team,
                   VB_SUGGESTION_HYBRID, "small volume");
  /* the project's threshold decides */
  assert_suggests (TASK ("routine", 600, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team100,
                   VB_SUGGESTION_HYBRID, "small volume");
  assert_suggests (TASK ("routine", 1500, 4, WEEKDAYS, H (9), H (17), "Europe/London", "English"), team100,
                   VB_SUGGESTION_OUTSOURCE, "100");
  /* no project settings: the default 40 hours */
  assert_suggests (TASK ("routine", 600, 4), NULL, VB_SUGGESTION_OUTSOURCE, "40");
  assert_suggests (TASK ("routine", 60, 4), NULL, VB_SUGGESTION_HYBRID, NULL);
  /* unknown volume: no workload */
  assert_suggests (TASK ("routine", -1, 4, WEEKDAYS, H (9), H (17), "Europe/London"), team, VB_SUGGESTION_HYBRID, NULL);
}

static void
test_outsource_hours (void)
{
  g_autoptr(VbRecord) team = london_team (40);
  g_autoptr(VbRecord) no_hours = make_settings (40, 0, H (9), H (17), "Europe/London", "English");

  /* Saturday */
  assert_suggests (TASK ("routine", 10, 4, SAT, H (10), H (12), "Europe/London", "English"), team,
                   VB_SUGGESTION_OUTSOURCE, "outside");
  /* overnight 22:00–06:00 */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (22), H (6), "Europe/London", "English"), team,
                   VB_SUGGESTION_OUTSOURCE, "outside");
  /* evenings */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (9), H (20), "Europe/London", "English"), team,
                   VB_SUGGESTION_OUTSOURCE, "outside");
  /* the same clock hours in New York are the London afternoon and evening */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (9), H (17), "America/New_York", "English"), team,
                   VB_SUGGESTION_OUTSOURCE, "outside");
  /* New York 04:00–12:00 is London 09:00–17:00 (winter) */
  assert_suggests (TASK ("routine", 10, 4, WEEKDAYS, H (4), H (12), "America/New_York", "English"), team,
                   VB_SUGGESTION_HYBRID, "small volume");
  /* no time zone on the task: the team's */
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (16), "", "English"), team, VB_SUGGESTION_HYBRID, NULL);
  /* the team has not said its hours: no cover judgement */
  assert_suggests (TASK ("routine", 10, 4, SAT, H (22), H (6), "Europe/London", "English"), no_hours,
                   VB_SUGGESTION_HYBRID, NULL);
  /* the task has no hours: nothing to check */
  assert_suggests (TASK ("routine", 10, 4, 0, H (22), H (6), "Europe/London", "English"), team,
                   VB_SUGGESTION_HYBRID, NULL);
}

static void
test_outsource_languages (void)
{
  g_autoptr(VbRecord) team = london_team (40);
  g_autoptr(VbRecord) no_languages = make_settings (40, WEEKDAYS, H (9), H (17), "Europe/London", "");

  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "German"), team, VB_SUGGESTION_OUTSOURCE, "German");
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "english, Spanish"), team,
                   VB_SUGGESTION_OUTSOURCE, "Spanish");
  /* case-insensitive, comma lists with or without blanks */
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "FRENCH"), team, VB_SUGGESTION_HYBRID, NULL);
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "french,English"), team, VB_SUGGESTION_HYBRID, NULL);
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", ""), team, VB_SUGGESTION_HYBRID, NULL);
  /* the team has not said its languages */
  assert_suggests (TASK ("routine", 10, 4, MON, H (10), H (12), "", "German"), no_languages, VB_SUGGESTION_HYBRID, NULL);
}

static void
test_judgment_and_none (void)
{
  g_autoptr(VbRecord) team = london_team (40);

  /* judgment work outside hours, in another language, of large volume: still hybrid */
  assert_suggests (TASK ("judgment", 5000, 10, SAT, H (22), H (6), "", "German"), team, VB_SUGGESTION_HYBRID, "judgment");
  assert_suggests (TASK ("", 5000, 10), team, VB_SUGGESTION_NONE, "kind of work");
}

static void
test_strings (void)
{
  VbSuggestion all[] = { VB_SUGGESTION_OUTSOURCE, VB_SUGGESTION_KEEP, VB_SUGGESTION_HYBRID };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_cmpint (vb_suggestion_from_string (vb_suggestion_to_string (all[i])), ==, all[i]);
      g_assert_cmpstr (vb_suggestion_label (all[i]), !=, "");
    }
  g_assert_cmpstr (vb_suggestion_to_string (VB_SUGGESTION_NONE), ==, "");
  g_assert_cmpint (vb_suggestion_from_string (""), ==, VB_SUGGESTION_NONE);
  g_assert_cmpint (vb_suggestion_from_string (NULL), ==, VB_SUGGESTION_NONE);
  g_assert_cmpint (vb_suggestion_from_string ("Outsource"), ==, VB_SUGGESTION_NONE);
  /* the words are the task's "decision" enum values */
  {
    const VbTable *task = vb_schema_lookup_table (vb_schema_current (), "task");
    const VbColumn *decision = vb_table_get_column (task, vb_table_column_index (task, "decision"));
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      g_assert_true (g_strv_contains (decision->values, vb_suggestion_to_string (all[i])));
  }
}

static void
test_workload (void)
{
  g_autoptr(VbRecord) a = make_task (TASK ("routine", 600, 4));
  g_autoptr(VbRecord) b = make_task (TASK ("routine", 3200, 6.5));
  g_autoptr(VbRecord) c = make_task (TASK ("routine", -1, 6.5));
  g_autoptr(VbRecord) d = make_task (TASK ("routine", 100, -1));

  g_assert_cmpfloat_with_epsilon (vb_task_workload_hours (a), 40.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_task_workload_hours (b), 3200 * 6.5 / 60, 1e-9);
  g_assert_cmpfloat (vb_task_workload_hours (c), ==, 0);
  g_assert_cmpfloat (vb_task_workload_hours (d), ==, 0);
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

  return g_test_run ();
}
