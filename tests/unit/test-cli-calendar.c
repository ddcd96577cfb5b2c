/* test-cli-calendar.c — vendorbench-cli export FILE --document calendar
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test writes a project with a transition checklist and a pilot with
 * a check-in cadence, exports the calendar and parses it back with
 * libical: one VTODO per task (UID from the row's UUID, DUE from its due
 * date), one VEVENT series for the check-ins (RRULE from the cadence, in
 * the team's time zone with its VTIMEZONE), and a file that passes
 * icalrestriction_check.
 */

#include <string.h>
#include <libical/ical.h>

#include "vb-pilot.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

typedef struct {
  char             *dir;
  char             *path;
  char             *out;
  VbProject        *project;
  VbTransitionItem *guide;
  VbPilot          *pilot;
} Fixture;

/* Team in Berlin; pilot from Monday 2 March to 24 April 2026, check-ins
 * every second Tuesday at 09:30 for 45 minutes; two tasks, one due on
 * 6 March, one done without a date */
static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  VbVendor *vendor;
  VbTransitionPhase *phase;
  VbTransitionItem *sandbox;

  f->dir = vbt_tmpdir ();
  f->path = g_build_filename (f->dir, "p.vendorbench", NULL);
  f->out = g_build_filename (f->dir, "pilot.ics", NULL);
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
  g_assert_true (vb_project_settings_set_team_timezone (vb_project_get_settings (f->project), "Europe/Berlin", &error));
  vendor = vb_project_add_vendor (f->project, &error);
  g_assert_true (vb_vendor_set_name (vendor, "Acme", &error));
  g_assert_true (vb_vendor_select (vendor, &error));
  f->pilot = vb_project_add_pilot (f->project, &error);
  g_assert_true (vb_pilot_set_start_date (f->pilot, "2026-03-02", &error));
  g_assert_true (vb_pilot_set_end_date (f->pilot, "2026-04-24", &error));
  g_assert_true (vb_pilot_set_checkin_cadence (f->pilot, 2, 2, "09:30", 45, &error));
  phase = vb_project_add_transition_phase (f->project, &error);
  g_assert_true (vb_transition_phase_set_name (phase, "Knowledge transfer", &error));
  f->guide = vb_transition_phase_add_item (phase, &error);
  g_assert_true (vb_transition_item_set_title (f->guide, "Tone-of-voice guide", &error));
  g_assert_true (vb_transition_item_set_due_date (f->guide, "2026-03-06", &error));
  sandbox = vb_transition_phase_add_item (phase, &error);
  g_assert_true (vb_transition_item_set_title (sandbox, "Sandbox access", &error));
  g_assert_true (vb_transition_item_set_status (sandbox, VB_ITEM_STATUS_DONE, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->out);
}

static int
export (Fixture *f, const char *format, gboolean force)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *argv[] = { vbt_cli (), "export", f->path, "--document", "calendar", "--format", format,
                         "-o", f->out, force ? "--force" : NULL, NULL };

  return vbt_run (argv, &out, &err);
}

static icalcomponent *
parse_back (Fixture *f)
{
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  g_assert_true (g_file_get_contents (f->out, &text, NULL, NULL));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  return calendar;
}

static void
test_tasks_and_checkins (Fixture *f, gconstpointer data)
{
  icalcomponent *calendar, *c, *tz;
  g_autofree char *uid = g_strdup_printf ("%s@vendorbench", vb_record_get_uuid (VB_RECORD (f->guide)));
  struct icaltimetype due, start;
  struct icalrecurrencetype rule;
  icalproperty *dtstart;
  icalparameter *tzid;
  guint n_todos = 0, n_events = 0;
  gboolean found_guide = FALSE;

  g_assert_cmpint (export (f, "ics", FALSE), ==, 0);
  calendar = parse_back (f);
  g_assert_cmpint (icalrestriction_check (calendar), ==, 1);

  for (c = icalcomponent_get_first_component (calendar, ICAL_VTODO_COMPONENT); c;
       c = icalcomponent_get_next_component (calendar, ICAL_VTODO_COMPONENT))
    {
      n_todos++;
      if (strcmp (icalcomponent_get_uid (c), uid) == 0)
        {
          found_guide = TRUE;
          g_assert_cmpstr (icalcomponent_get_summary (c), ==, "Tone-of-voice guide");
          due = icalcomponent_get_due (c);
          g_assert_cmpint (due.year, ==, 2026);
          g_assert_cmpint (due.month, ==, 3);
          g_assert_cmpint (due.day, ==, 6);
        }
    }
  g_assert_cmpuint (n_todos, ==, 2);
  g_assert_true (found_guide);

  for (c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); c;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      n_events++;
      g_assert_true (g_str_has_prefix (icalcomponent_get_uid (c), vb_record_get_uuid (VB_RECORD (f->pilot))));
      g_assert_cmpstr (icalcomponent_get_summary (c), ==, "Pilot check-in with Acme");
      rule = icalproperty_get_rrule (icalcomponent_get_first_property (c, ICAL_RRULE_PROPERTY));
      g_assert_cmpint (rule.freq, ==, ICAL_WEEKLY_RECURRENCE);
      g_assert_cmpint (rule.interval, ==, 2);
      g_assert_cmpint (icalrecurrencetype_day_day_of_week (rule.by_day[0]), ==, ICAL_TUESDAY_WEEKDAY);
      /* the first Tuesday on or after Monday 2 March: 3 March, 09:30 Berlin time */
      dtstart = icalcomponent_get_first_property (c, ICAL_DTSTART_PROPERTY);
      tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
      g_assert_nonnull (tzid);
      g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Berlin");
      start = icalproperty_get_dtstart (dtstart);
      g_assert_cmpint (start.day, ==, 3);
      g_assert_cmpint (start.hour, ==, 9);
      g_assert_cmpint (start.minute, ==, 30);
      g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (c)), ==, 45 * 60);
    }
  g_assert_cmpuint (n_events, ==, 1);
  tz = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (tz);
  g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (tz, ICAL_TZID_PROPERTY)), ==,
                   "Europe/Berlin");
  icalcomponent_free (calendar);
}

/* Without a complete cadence there is no check-in series, only tasks */
static void
test_no_cadence (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;

  g_assert_true (vb_pilot_set_checkin_weekday (f->pilot, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (export (f, "ics", FALSE), ==, 0);
  calendar = parse_back (f);
  g_assert_null (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT));
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTODO_COMPONENT));
  icalcomponent_free (calendar);
}

/* A file there already needs --force; another format is a usage error */
static void
test_refusals (Fixture *f, gconstpointer data)
{
  g_assert_cmpint (export (f, "ics", FALSE), ==, 0);
  g_assert_cmpint (export (f, "ics", FALSE), ==, 1);
  g_assert_cmpint (export (f, "ics", TRUE), ==, 0);
  g_assert_cmpint (export (f, "xlsx", TRUE), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli-calendar/tasks-and-checkins", Fixture, NULL, setup, test_tasks_and_checkins, teardown);
  g_test_add ("/cli-calendar/no-cadence", Fixture, NULL, setup, test_no_cadence, teardown);
  g_test_add ("/cli-calendar/refusals", Fixture, NULL, setup, test_refusals, teardown);
  return g_test_run ();
}
