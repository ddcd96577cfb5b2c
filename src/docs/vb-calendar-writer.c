/* vb-calendar-writer.c — the transition tasks and pilot check-ins as an
 * iCalendar file, written with libical
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical names its built-in zones with a prefix
 * ("/freeassociation.sourceforge.net/Europe/Berlin"). Calendars show such a
 * TZID as an unknown zone, so the VTIMEZONE is a copy of libical's with the
 * plain IANA name as its TZID, and every DTSTART names that plain zone.
 * libical's global prefix is left alone (icaltimezone_set_tzid_prefix
 * would change it for the whole process).
 */

#define G_LOG_DOMAIN "vb-calendar-writer"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "vb-calendar-writer.h"
#include "vb-error.h"

#define PRODID "-//Vendorbench//Vendorbench " PACKAGE_VERSION "//EN"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static gboolean
has_text (const char *s)
{
  return s != NULL && s[0] != '\0';
}

static char *
make_uid (const char *uuid)
{
  return g_strdup_printf ("%s@vendorbench", uuid);
}

static struct icaltimetype
date_value (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.is_date = 1;
  return t;
}

static struct icaltimetype
utc_value (gint64 unix_seconds)
{
  return icaltime_from_timet_with_zone ((time_t) unix_seconds, 0,
                                        icaltimezone_get_utc_timezone ());
}

static icalproperty *
organizer_property (const VbCalendarExport *export,
                    const char             *uuid)
{
  g_autofree char *address = has_text (export->organizer_email)
                             ? g_strconcat ("mailto:", export->organizer_email, NULL)
                             : g_strconcat ("urn:uuid:", uuid, NULL);
  icalproperty *organizer = icalproperty_new_organizer (address);

  if (has_text (export->organizer_name))
    icalproperty_add_parameter (organizer, icalparameter_new_cn (export->organizer_name));
  return organizer;
}

static icalcomponent *
task_component (const VbCalendarExport *export,
                const VbCalendarTask   *task,
                struct icaltimetype     stamp,
                GError                **error)
{
  GDate start;
  g_autoptr(icalcomponent) todo = NULL;
  g_autofree char *uid = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  enum icalproperty_status status;

  if (!has_text (task->uuid) || !has_text (task->title))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("A transition task has no name, so it cannot go into the calendar."));
      return NULL;
    }

  switch (task->status)
    {
    case VB_ITEM_STATUS_IN_PROGRESS:
      status = ICAL_STATUS_INPROCESS;
      break;
    case VB_ITEM_STATUS_DONE:
      status = ICAL_STATUS_COMPLETED;
      break;
    case VB_ITEM_STATUS_TODO:
    case VB_ITEM_STATUS_BLOCKED:  /* iCalendar has no "blocked": still to do, with a category */
    default:
      status = ICAL_STATUS_NEEDSACTION;
      break;
    }

  uid = make_uid (task->uuid);
  todo = icalcomponent_new_vtodo ();
  icalcomponent_add_property (todo, icalproperty_new_uid (uid));
  icalcomponent_add_property (todo, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (todo, organizer_property (export, task->uuid));
  icalcomponent_add_property (todo, icalproperty_new_summary (task->title));
  icalcomponent_add_property (todo, icalproperty_new_status (status));
  icalcomponent_add_property (todo, icalproperty_new_priority (0));  /* undefined */

  if (g_date_valid (&task->start))
    start = task->start;
  else
    {
      g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (export->dtstamp);

      g_date_clear (&start, 1);
      g_date_set_dmy (&start, g_date_time_get_day_of_month (day),
                      g_date_time_get_month (day), g_date_time_get_year (day));
    }
  if (g_date_valid (&task->due) && g_date_compare (&start, &task->due) >= 0)
    {
      start = task->due;
      g_date_subtract_days (&start, 1);
    }
  icalcomponent_add_property (todo, icalproperty_new_dtstart (date_value (&start)));
  if (task->status == VB_ITEM_STATUS_DONE)
    icalcomponent_add_property (todo, icalproperty_new_percentcomplete (100));
  if (g_date_valid (&task->due))
    icalcomponent_add_property (todo, icalproperty_new_due (date_value (&task->due)));
  if (has_text (task->phase))
    icalcomponent_add_property (todo, icalproperty_new_categories (task->phase));
  if (task->status == VB_ITEM_STATUS_BLOCKED)
    icalcomponent_add_property (todo, icalproperty_new_categories (_("Blocked")));

  if (has_text (task->owner))
    g_string_append_printf (description, _("Owner: %s"), task->owner);
  if (has_text (task->notes))
    {
      if (description->len > 0)
        g_string_append (description, "\n\n");
      g_string_append (description, task->notes);
    }
  if (description->len > 0)
    icalcomponent_add_property (todo, icalproperty_new_description (description->str));

  return g_steal_pointer (&todo);
}

/* The VTIMEZONE of `name` with the plain name as its TZID; NULL with an
 * error for a name libical does not know */
static icalcomponent *
zone_component (const char *name,
                GError    **error)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (name);
  icalcomponent *copy;
  icalproperty *tzid;

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The time zone “%s” is not known. Choose one such as Europe/Berlin."),
                   name);
      return NULL;
    }

  copy = icalcomponent_new_clone (icaltimezone_get_component (zone));
  tzid = icalcomponent_get_first_property (copy, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, name);
  else
    icalcomponent_add_property (copy, icalproperty_new_tzid (name));
  return copy;
}

static icalrecurrencetype_weekday
ical_weekday (GDateWeekday weekday)
{
  /* GLib: Monday 1 … Sunday 7; libical: Sunday 1 … Saturday 7 */
  return weekday == G_DATE_SUNDAY ? ICAL_SUNDAY_WEEKDAY
                                  : (icalrecurrencetype_weekday) (weekday + 1);
}

static icalcomponent *
checkin_component (const VbCalendarExport  *export,
                   const VbCalendarCheckin *checkin,
                   struct icaltimetype      stamp,
                   GHashTable              *zones_used,
                   GError                 **error)
{
  g_autoptr(icalcomponent) event = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree char *uid = NULL;
  const char *zone_name = has_text (checkin->time_zone) ? checkin->time_zone : NULL;
  gboolean utc = zone_name == NULL || g_strcmp0 (zone_name, "UTC") == 0;
  struct icalrecurrencetype rule;
  struct icaltimetype start;
  icalproperty *dtstart;
  GDate first;

  if (!has_text (checkin->uuid) || !has_text (checkin->summary))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("A check-in has no name, so it cannot go into the calendar."));
      return NULL;
    }
  if (!g_date_valid (&checkin->first) || !g_date_valid_weekday (checkin->weekday))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The check-in “%s” needs a start date and a weekday."), checkin->summary);
      return NULL;
    }
  if (checkin->hour > 23 || checkin->minute > 59 || checkin->duration_minutes == 0
      || checkin->duration_minutes > 24 * 60)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The check-in “%s” needs a time of day and a length of up to a day."),
                   checkin->summary);
      return NULL;
    }
  if (checkin->every_n_weeks == 0 || checkin->every_n_weeks > 52)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The check-in “%s” must repeat every 1 to 52 weeks."), checkin->summary);
      return NULL;
    }

  /* the first meeting: the first `weekday` on or after the start date */
  first = checkin->first;
  g_date_add_days (&first, (checkin->weekday - g_date_get_weekday (&first) + 7) % 7);
  if (g_date_valid (&checkin->until) && g_date_compare (&checkin->until, &first) < 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The check-in “%s” ends before its first meeting."), checkin->summary);
      return NULL;
    }

  if (utc)
    tz = g_time_zone_new_utc ();
  else
    {
      tz = g_time_zone_new_identifier (zone_name);
      if (tz == NULL)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("The time zone “%s” is not known. Choose one such as Europe/Berlin."),
                       zone_name);
          return NULL;
        }
      if (!g_hash_table_contains (zones_used, zone_name))
        {
          icalcomponent *vtimezone = zone_component (zone_name, error);

          if (vtimezone == NULL)
            return NULL;
          g_hash_table_insert (zones_used, g_strdup (zone_name), vtimezone);
        }
    }

  start = date_value (&first);
  start.is_date = 0;
  start.hour = checkin->hour;
  start.minute = checkin->minute;
  start.second = 0;
  if (utc)
    start = icaltime_set_timezone (&start, icaltimezone_get_utc_timezone ());
  dtstart = icalproperty_new_dtstart (start);
  if (!utc)
    icalproperty_add_parameter (dtstart, icalparameter_new_tzid (zone_name));

  icalrecurrencetype_clear (&rule);
  rule.freq = ICAL_WEEKLY_RECURRENCE;
  rule.interval = (short) checkin->every_n_weeks;
  rule.by_day[0] = (short) ical_weekday (checkin->weekday);
  rule.by_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
  if (g_date_valid (&checkin->until))
    {
      /* RFC 5545: with a zoned DTSTART, UNTIL is in UTC; the last
       * meeting's start on the end date, in the team's zone */
      GDate last = checkin->until;
      g_autoptr(GDateTime) local = NULL;

      local = g_date_time_new (tz, g_date_get_year (&last), g_date_get_month (&last),
                               g_date_get_day (&last), checkin->hour, checkin->minute, 0);
      if (local == NULL)
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("The check-in “%s” has an end date that cannot be shown."),
                       checkin->summary);
          return NULL;
        }
      rule.until = utc_value (g_date_time_to_unix (local));
    }

  uid = make_uid (checkin->uuid);
  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_summary (checkin->summary));
  icalcomponent_add_property (event, organizer_property (export, checkin->uuid));
  icalcomponent_add_property (event, dtstart);
  icalcomponent_add_property (event,
                              icalproperty_new_duration (icaldurationtype_from_int ((int) checkin->duration_minutes * 60)));
  icalcomponent_add_property (event, icalproperty_new_rrule (rule));
  return g_steal_pointer (&event);
}

char *
vb_calendar_write (const VbCalendarExport *export,
                   GError                **error)
{
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GHashTable) zones = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) icalcomponent_free);
  g_autoptr(GList) zone_names = NULL;
  struct icaltimetype stamp;
  char *text;

  g_return_val_if_fail (export != NULL, NULL);
  g_return_val_if_fail (export->tasks != NULL || export->n_tasks == 0, NULL);
  g_return_val_if_fail (export->checkins != NULL || export->n_checkins == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stamp = utc_value (export->dtstamp);
  zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) icalcomponent_free);
  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  for (gsize i = 0; i < export->n_checkins; i++)
    {
      icalcomponent *event = checkin_component (export, &export->checkins[i], stamp, zones, error);

      if (event == NULL)
        return NULL;
      g_ptr_array_add (events, event);
    }

  /* the zones first, in name order, so the file is the same every time */
  zone_names = g_list_sort (g_hash_table_get_keys (zones), (GCompareFunc) strcmp);
  for (GList *l = zone_names; l != NULL; l = l->next)
    {
      gpointer key, zone;

      g_hash_table_lookup_extended (zones, l->data, &key, &zone);
      g_hash_table_steal (zones, key);
      icalcomponent_add_component (calendar, zone);
      g_free (key);
    }
  for (guint i = 0; i < events->len; i++)
    icalcomponent_add_component (calendar, g_ptr_array_index (events, i));
  /* the calendar owns them now */
  g_ptr_array_set_free_func (events, NULL);

  for (gsize i = 0; i < export->n_tasks; i++)
    {
      icalcomponent *todo = task_component (export, &export->tasks[i], stamp, error);

      if (todo == NULL)
        return NULL;
      icalcomponent_add_component (calendar, todo);
    }

  /* libical allocates with malloc, which g_free releases (GLib ≥ 2.46) */
  text = icalcomponent_as_ical_string_r (calendar);
  return text;
}

gboolean
vb_calendar_write_file (const VbCalendarExport *export,
                        const char             *path,
                        GError                **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  text = vb_calendar_write (export, error);
  if (text == NULL)
    return FALSE;
  return g_file_set_contents (path, text, -1, error);
}
