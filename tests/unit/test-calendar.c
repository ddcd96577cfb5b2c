/* test-calendar.c — the iCalendar export, parsed back with libical
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libical/ical.h>

#include "vb-calendar-writer.h"
#include "vb-error.h"

/* 2026-12-02 06:00:00 UTC */
#define STAMP G_GINT64_CONSTANT (1796191200)

static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  return calendar;
}

static icalcomponent *
find_uid (icalcomponent      *calendar,
          icalcomponent_kind  kind,
          const char         *uid)
{
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, kind);
       c != NULL; c = icalcomponent_get_next_component (calendar, kind))
    if (g_strcmp0 (icalcomponent_get_uid (c), uid) == 0)
      return c;
  return NULL;
}

static void
fill (VbCalendarTask    *tasks,
      VbCalendarCheckin *checkin)
{
  memset (tasks, 0, 3 * sizeof *tasks);
  for (guint i = 0; i < 3; i++)
    g_date_clear (&tasks[i].start, 1);
  tasks[0].uuid = "0b0e7c2a-1111-4c1a-9a55-000000000001";
  tasks[0].title = "Sandbox access, part 1; ask IT, then test\nand report";
  tasks[0].notes = "Least privilege, please";
  tasks[0].owner = "Dana";
  g_date_set_dmy (&tasks[0].due, 15, G_DATE_JANUARY, 2027);
  tasks[0].status = VB_ITEM_STATUS_IN_PROGRESS;
  tasks[0].phase = "Knowledge transfer";
  tasks[1].uuid = "0b0e7c2a-1111-4c1a-9a55-000000000002";
  tasks[1].title = "Tone-of-voice guide";
  g_date_clear (&tasks[1].due, 1);
  tasks[1].status = VB_ITEM_STATUS_DONE;
  tasks[2].uuid = "0b0e7c2a-1111-4c1a-9a55-000000000003";
  tasks[2].title = "Rollback plan";
  g_date_set_dmy (&tasks[2].due, 1, G_DATE_MARCH, 2027);
  tasks[2].status = VB_ITEM_STATUS_BLOCKED;

  memset (checkin, 0, sizeof *checkin);
  checkin->uuid = "7d1f0a00-2222-4b2b-8b66-000000000009";
  checkin->summary = "Pilot check-in, weekly";
  /* Wednesday 2027-03-17: the first Tuesday on or after it is 2027-03-23 */
  g_date_set_dmy (&checkin->first, 17, G_DATE_MARCH, 2027);
  checkin->weekday = G_DATE_TUESDAY;
  checkin->every_n_weeks = 2;
  checkin->hour = 9;
  checkin->minute = 0;
  checkin->duration_minutes = 45;
  g_date_set_dmy (&checkin->until, 27, G_DATE_APRIL, 2027);
  checkin->time_zone = "Europe/Berlin";
}

static char *
write_all (const VbCalendarTask    *tasks,
           gsize                    n_tasks,
           const VbCalendarCheckin *checkin,
           const char              *email,
           GError                 **error)
{
  VbCalendarExport export = {
    tasks, n_tasks, checkin, checkin != NULL ? 1 : 0,
    "Dana, Operations", email, STAMP,
  };

  return vb_calendar_write (&export, error);
}

static void
test_calendar_round_trip (void)
{
  VbCalendarTask tasks[3];
  VbCalendarCheckin checkin;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar, *todo, *event, *vtimezone;
  icalproperty *prop;
  struct icaltimetype due, stamp;
  struct icalrecurrencetype rule;
  icaltimezone *zone;
  icalrecur_iterator *it;
  int n_meetings = 0;

  fill (tasks, &checkin);
  text = write_all (tasks, 3, &checkin, "dana@example.com", &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  /* the prefixed built-in TZIDs never appear */
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Berlin:20270323T090000"));
  g_assert_nonnull (strstr (text, "DUE;VALUE=DATE:20270115"));

  calendar = parse (text);
  g_assert_cmpint (icalrestriction_check (calendar), ==, 1);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));

  /* tasks: UID from the UUID, DTSTAMP, DUE as a date, status, text read back equal */
  todo = find_uid (calendar, ICAL_VTODO_COMPONENT, "0b0e7c2a-1111-4c1a-9a55-000000000001@vendorbench");
  g_assert_nonnull (todo);
  g_assert_cmpstr (icalcomponent_get_summary (todo), ==, tasks[0].title);
  g_assert_cmpstr (icalcomponent_get_description (todo), ==, "Owner: Dana\n\nLeast privilege, please");
  g_assert_cmpint (icalcomponent_get_status (todo), ==, ICAL_STATUS_INPROCESS);
  stamp = icalcomponent_get_dtstamp (todo);
  g_assert_true (icaltime_is_utc (stamp));
  g_assert_cmpint (icaltime_as_timet (stamp), ==, STAMP);
  prop = icalcomponent_get_first_property (todo, ICAL_DUE_PROPERTY);
  g_assert_nonnull (prop);
  due = icalproperty_get_due (prop);
  g_assert_true (due.is_date);
  g_assert_cmpint (due.year, ==, 2027);
  g_assert_cmpint (due.month, ==, 1);
  g_assert_cmpint (due.day, ==, 15);
  /* no start given: the export day, 2026-12-02 */
  g_assert_cmpint (icalcomponent_get_dtstart (todo).day, ==, 2);
  g_assert_cmpint (icalcomponent_get_dtstart (todo).month, ==, 12);
  g_assert_true (icalcomponent_get_dtstart (todo).is_date);
  g_assert_cmpstr (icalproperty_get_categories (icalcomponent_get_first_property (todo, ICAL_CATEGORIES_PROPERTY)), ==, "Knowledge transfer");

  todo = find_uid (calendar, ICAL_VTODO_COMPONENT, "0b0e7c2a-1111-4c1a-9a55-000000000002@vendorbench");
  g_assert_nonnull (todo);
  g_assert_null (icalcomponent_get_first_property (todo, ICAL_DUE_PROPERTY));
  g_assert_cmpint (icalcomponent_get_status (todo), ==, ICAL_STATUS_COMPLETED);
  todo = find_uid (calendar, ICAL_VTODO_COMPONENT, "0b0e7c2a-1111-4c1a-9a55-000000000003@vendorbench");
  g_assert_nonnull (todo);
  g_assert_cmpint (icalcomponent_get_status (todo), ==, ICAL_STATUS_NEEDSACTION);

  /* the check-in series */
  event = find_uid (calendar, ICAL_VEVENT_COMPONENT, "7d1f0a00-2222-4b2b-8b66-000000000009@vendorbench");
  g_assert_nonnull (event);
  prop = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  g_assert_cmpstr (icalparameter_get_tzid (icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER)), ==, "Europe/Berlin");
  rule = icalproperty_get_rrule (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  g_assert_cmpint (rule.freq, ==, ICAL_WEEKLY_RECURRENCE);
  g_assert_cmpint (rule.interval, ==, 2);
  g_assert_cmpint (rule.by_day[0], ==, ICAL_TUESDAY_WEEKDAY);
  g_assert_cmpint (rule.by_day[1], ==, ICAL_RECURRENCE_ARRAY_MAX);
  /* 2027-04-27 09:00 CEST (UTC+2) = 07:00 UTC */
  g_assert_true (icaltime_is_utc (rule.until));
  g_assert_cmpint (rule.until.month, ==, 4);
  g_assert_cmpint (rule.until.day, ==, 27);
  g_assert_cmpint (rule.until.hour, ==, 7);
  prop = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  g_assert_cmpstr (icalproperty_get_organizer (prop), ==, "mailto:dana@example.com");
  g_assert_cmpstr (icalparameter_get_cn (icalproperty_get_first_parameter (prop, ICAL_CN_PARAMETER)), ==, "Dana, Operations");
  g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (event)), ==, 45 * 60);

  /* a VTIMEZONE whose TZID is the plain name */
  vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (vtimezone);
  g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY)), ==, "Europe/Berlin");
  g_assert_null (icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT));

  /* across the start of summer time (28 March 2027) every meeting stays
   * at 09:00 local: 2027-03-23 is 08:00 UTC (CET), 04-06 / 04-20 07:00 UTC */
  zone = icaltimezone_new ();
  g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)));
  {
    struct icaltimetype start = icalcomponent_get_dtstart (event);
    struct icaltimetype t;
    const int want_utc_hour[] = { 8, 7, 7 };
    const int want_day[] = { 23, 6, 20 };

    start = icaltime_set_timezone (&start, zone);
    it = icalrecur_iterator_new (rule, start);
    for (t = icalrecur_iterator_next (it); !icaltime_is_null_time (t);
         t = icalrecur_iterator_next (it))
      {
        struct icaltimetype u = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());

        g_assert_cmpint (n_meetings, <, 3);
        g_assert_cmpint (t.hour, ==, 9);
        g_assert_cmpint (u.day, ==, want_day[n_meetings]);
        g_assert_cmpint (u.hour, ==, want_utc_hour[n_meetings]);
        n_meetings++;
      }
    icalrecur_iterator_free (it);
  }
  g_assert_cmpint (n_meetings, ==, 3);
  icaltimezone_free (zone, 1);

  /* stable across exports: the same UIDs again */
  {
    g_autofree char *again = write_all (tasks, 3, &checkin, "dana@example.com", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (again, ==, text);
  }
  icalcomponent_free (calendar);
}

/* no time zone: the meeting is in UTC (09:00Z), not a floating time, and
 * no VTIMEZONE is written */
static void
test_calendar_no_zone (void)
{
  VbCalendarTask tasks[3];
  VbCalendarCheckin checkin;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar, *event;
  struct icaltimetype start;

  fill (tasks, &checkin);
  checkin.time_zone = NULL;
  text = write_all (NULL, 0, &checkin, NULL, &error);
  g_assert_no_error (error);
  calendar = parse (text);
  g_assert_cmpint (icalrestriction_check (calendar), ==, 1);
  g_assert_null (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  start = icalcomponent_get_dtstart (event);
  g_assert_true (icaltime_is_utc (start));
  g_assert_cmpint (start.hour, ==, 9);
  g_assert_cmpstr (icalproperty_get_organizer (icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY)), ==, "urn:uuid:7d1f0a00-2222-4b2b-8b66-000000000009");
  icalcomponent_free (calendar);
}

static void
test_calendar_bad_input (void)
{
  VbCalendarTask tasks[3];
  VbCalendarCheckin checkin;
  g_autoptr(GError) error = NULL;
  char *text;

  fill (tasks, &checkin);
  checkin.time_zone = "Mars/Olympus_Mons";
  text = write_all (tasks, 3, &checkin, "dana@example.com", &error);
  g_assert_null (text);
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
  g_clear_error (&error);

  fill (tasks, &checkin);
  checkin.every_n_weeks = 0;
  g_assert_null (write_all (tasks, 3, &checkin, "dana@example.com", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  fill (tasks, &checkin);
  g_date_set_dmy (&checkin.until, 1, G_DATE_MARCH, 2027);
  g_assert_null (write_all (tasks, 3, &checkin, "dana@example.com", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  fill (tasks, &checkin);
  tasks[1].title = "";
  g_assert_null (write_all (tasks, 3, &checkin, "dana@example.com", &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/calendar/round-trip", test_calendar_round_trip);
  g_test_add_func ("/calendar/no-zone", test_calendar_no_zone);
  g_test_add_func ("/calendar/bad-input", test_calendar_bad_input);
  return g_test_run ();
}
