/* vb-ical.c — an iCalendar (RFC 5545) writer for due dates and check-ins
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events are formatted as they are added; the VTIMEZONE of each time zone
 * used is written when the calendar is put together, covering the period
 * of its events. GLib does not give a zone's rules, only its offsets at any
 * moment, so each VTIMEZONE lists the changes of offset found in that
 * period one by one (an observance per change, as RFC 5545 allows), found
 * by a day-by-day walk and a search down to the second. Calendars extend
 * the last observance past the period.
 */

#define G_LOG_DOMAIN "vb-ical"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-ical.h"

#define FOLD_OCTETS 75
#define DAY_SECONDS G_GINT64_CONSTANT (86400)
/* A cadence without an end: its time zone is described for two years */
#define OPEN_END_SECONDS (2 * 366 * DAY_SECONDS)

typedef struct {
  char      *tzid;
  GTimeZone *tz;
  gint64     from;
  gint64     to;
} ZoneRange;

struct _VbIcalWriter {
  char      *dtstamp;   /* 20261202T101500Z */
  GString   *events;
  GPtrArray *zones;     /* ZoneRange, in the order of first use */
};

static void
zone_range_free (ZoneRange *zone)
{
  g_free (zone->tzid);
  g_time_zone_unref (zone->tz);
  g_free (zone);
}

VbIcalWriter *
vb_ical_writer_new (GDateTime *dtstamp)
{
  VbIcalWriter *self = g_new0 (VbIcalWriter, 1);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (dtstamp == NULL)
    dtstamp = now = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (dtstamp);
  self->dtstamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  self->events = g_string_new (NULL);
  self->zones = g_ptr_array_new_with_free_func ((GDestroyNotify) zone_range_free);
  return self;
}

void
vb_ical_writer_free (VbIcalWriter *self)
{
  if (self == NULL)
    return;
  g_free (self->dtstamp);
  g_string_free (self->events, TRUE);
  g_ptr_array_unref (self->zones);
  g_free (self);
}

/* ── Text ───────────────────────────────────────────────────────────────── */

char *
vb_ical_escape_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid) + 8);
  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append_c (out, '\t');
          break;
        default:
          /* TEXT allows no other control character */
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

void
vb_ical_append_line (GString    *out,
                     const char *line)
{
  gsize length = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (line != NULL);

  for (const guchar *p = (const guchar *) line; *p != '\0';)
    {
      gsize n = 1;

      /* the whole UTF-8 sequence goes on one line */
      while (p[n] != '\0' && (p[n] & 0xc0) == 0x80)
        n++;
      if (length + n > FOLD_OCTETS)
        {
          g_string_append (out, "\r\n ");
          length = 1;
        }
      g_string_append_len (out, (const char *) p, n);
      length += n;
      p += n;
    }
  g_string_append (out, "\r\n");
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *text)
{
  g_autofree char *escaped = NULL;
  g_autofree char *line = NULL;

  if (text == NULL || *text == '\0')
    return;
  escaped = vb_ical_escape_text (text);
  line = g_strconcat (name, ":", escaped, NULL);
  vb_ical_append_line (out, line);
}

static void
append_property (GString    *out,
                 const char *format,
                 ...) G_GNUC_PRINTF (2, 3);

static void
append_property (GString    *out,
                 const char *format,
                 ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  vb_ical_append_line (out, line);
}

/* ── Checks ─────────────────────────────────────────────────────────────── */

static gboolean
check_uuid (const char *uuid,
            GError    **error)
{
  if (uuid == NULL || !g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is not a valid identifier for a calendar event."),
                   uuid != NULL ? uuid : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_summary (const char *summary,
               GError    **error)
{
  if (summary == NULL || *summary == '\0')
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("A calendar event needs a title."));
      return FALSE;
    }
  return TRUE;
}

static void
append_component_start (VbIcalWriter *self,
                        const char   *component,
                        const char   *uuid)
{
  g_autofree char *uid = g_ascii_strdown (uuid, -1);

  append_property (self->events, "BEGIN:%s", component);
  append_property (self->events, "UID:%s", uid);
  append_property (self->events, "DTSTAMP:%s", self->dtstamp);
}

/* ── Due dates ──────────────────────────────────────────────────────────── */

gboolean
vb_ical_writer_add_due_date (VbIcalWriter *self,
                             const char   *uuid,
                             const GDate  *date,
                             const char   *summary,
                             const char   *description,
                             GError      **error)
{
  GDate next;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_uuid (uuid, error) || !check_summary (summary, error))
    return FALSE;
  if (!g_date_valid (date))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("The task has no valid due date."));
      return FALSE;
    }

  next = *date;
  g_date_add_days (&next, 1);
  append_component_start (self, "VEVENT", uuid);
  append_property (self->events, "DTSTART;VALUE=DATE:%04u%02u%02u",
                   g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  /* the end of an all-day event is the next day, not included */
  append_property (self->events, "DTEND;VALUE=DATE:%04u%02u%02u",
                   g_date_get_year (&next), g_date_get_month (&next), g_date_get_day (&next));
  append_text_property (self->events, "SUMMARY", summary);
  append_text_property (self->events, "DESCRIPTION", description);
  vb_ical_append_line (self->events, "TRANSP:TRANSPARENT");
  vb_ical_append_line (self->events, "END:VEVENT");
  return TRUE;
}

gboolean
vb_ical_writer_add_task (VbIcalWriter *self,
                         const char   *uuid,
                         const GDate  *date,
                         const char   *summary,
                         const char   *description,
                         VbItemStatus  status,
                         GError      **error)
{
  const char *state;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_uuid (uuid, error) || !check_summary (summary, error))
    return FALSE;
  if (!g_date_valid (date))
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("The task has no valid due date."));
      return FALSE;
    }
  switch (status)
    {
    case VB_ITEM_STATUS_IN_PROGRESS:
      state = "IN-PROCESS";
      break;
    case VB_ITEM_STATUS_DONE:
      state = "COMPLETED";
      break;
    case VB_ITEM_STATUS_TODO:
    case VB_ITEM_STATUS_BLOCKED:
    default:
      state = "NEEDS-ACTION";
      break;
    }

  append_component_start (self, "VTODO", uuid);
  append_property (self->events, "DUE;VALUE=DATE:%04u%02u%02u",
                   g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  append_text_property (self->events, "SUMMARY", summary);
  append_text_property (self->events, "DESCRIPTION", description);
  append_property (self->events, "STATUS:%s", state);
  vb_ical_append_line (self->events, "END:VTODO");
  return TRUE;
}

/* ── Check-ins ──────────────────────────────────────────────────────────── */

static const char *const byday[] = { NULL, "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

static gboolean
is_utc (const char *tzid)
{
  return g_strcmp0 (tzid, "UTC") == 0 || g_strcmp0 (tzid, "Etc/UTC") == 0;
}

static void
use_zone (VbIcalWriter *self,
          const char   *tzid,
          GTimeZone    *tz,
          gint64        from,
          gint64        to)
{
  ZoneRange *zone;

  for (guint i = 0; i < self->zones->len; i++)
    {
      zone = g_ptr_array_index (self->zones, i);
      if (strcmp (zone->tzid, tzid) == 0)
        {
          zone->from = MIN (zone->from, from);
          zone->to = MAX (zone->to, to);
          return;
        }
    }
  zone = g_new0 (ZoneRange, 1);
  zone->tzid = g_strdup (tzid);
  zone->tz = g_time_zone_ref (tz);
  zone->from = from;
  zone->to = to;
  g_ptr_array_add (self->zones, zone);
}

static char *
format_local (GDateTime  *time,
              gboolean    utc)
{
  if (utc)
    {
      g_autoptr(GDateTime) u = g_date_time_to_utc (time);

      return g_date_time_format (u, "%Y%m%dT%H%M%SZ");
    }
  return g_date_time_format (time, "%Y%m%dT%H%M%S");
}

gboolean
vb_ical_writer_add_check_ins (VbIcalWriter         *self,
                              const VbIcalCheckIns *c,
                              GError              **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autoptr(GString) rule = NULL;
  gboolean utc;
  GDate first;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (c != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_uuid (c->uuid, error) || !check_summary (c->summary, error))
    return FALSE;
  if (!g_date_valid (&c->first_day) || !g_date_valid_weekday (c->weekday)
      || c->interval_weeks < 1 || c->interval_weeks > 52
      || c->hour > 23 || c->minute > 59
      || c->duration_minutes < 1 || c->duration_minutes > 24 * 60)
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("The check-in cadence is incomplete: it needs a first day, a weekday, "
                             "every 1 to 52 weeks, a time and a length."));
      return FALSE;
    }
  utc = is_utc (c->tzid);
  tz = c->tzid == NULL ? NULL : utc ? g_time_zone_new_utc () : g_time_zone_new_identifier (c->tzid);
  if (tz == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is not a time zone this computer knows."),
                   c->tzid != NULL ? c->tzid : "");
      return FALSE;
    }
  if (g_date_valid (&c->last_day) && g_date_compare (&c->last_day, &c->first_day) < 0)
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("The check-ins end before they start."));
      return FALSE;
    }

  /* the first check-in: the first such weekday on or after the first day */
  first = c->first_day;
  g_date_add_days (&first, (c->weekday - g_date_get_weekday (&first) + 7) % 7);
  start = g_date_time_new (tz, g_date_get_year (&first), g_date_get_month (&first),
                           g_date_get_day (&first), c->hour, c->minute, 0);
  end = start != NULL ? g_date_time_add_minutes (start, c->duration_minutes) : NULL;
  if (end == NULL)
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("The check-ins’ first day is out of range."));
      return FALSE;
    }

  rule = g_string_new ("RRULE:FREQ=WEEKLY");
  g_string_append_printf (rule, ";INTERVAL=%u;BYDAY=%s", c->interval_weeks, byday[c->weekday]);
  if (g_date_valid (&c->last_day))
    {
      g_autoptr(GDateTime) last = NULL;
      g_autoptr(GDateTime) last_utc = NULL;
      g_autofree char *text = NULL;

      /* with a TZID start, UNTIL is in UTC: the end of the last day there */
      last = g_date_time_new (tz, g_date_get_year (&c->last_day), g_date_get_month (&c->last_day),
                              g_date_get_day (&c->last_day), 23, 59, 59);
      if (last == NULL)
        {
          g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                               _("The check-ins’ last day is out of range."));
          return FALSE;
        }
      last_utc = g_date_time_to_utc (last);
      text = g_date_time_format (last_utc, "%Y%m%dT%H%M%SZ");
      g_string_append_printf (rule, ";UNTIL=%s", text);
      until = g_steal_pointer (&last);
    }

  start_text = format_local (start, utc);
  end_text = format_local (end, utc);
  append_component_start (self, "VEVENT", c->uuid);
  if (utc)
    {
      append_property (self->events, "DTSTART:%s", start_text);
      append_property (self->events, "DTEND:%s", end_text);
    }
  else
    {
      append_property (self->events, "DTSTART;TZID=%s:%s", c->tzid, start_text);
      append_property (self->events, "DTEND;TZID=%s:%s", c->tzid, end_text);
      use_zone (self, c->tzid, tz, g_date_time_to_unix (start) - DAY_SECONDS,
                until != NULL ? g_date_time_to_unix (until) + DAY_SECONDS
                              : g_date_time_to_unix (start) + OPEN_END_SECONDS);
    }
  vb_ical_append_line (self->events, rule->str);
  append_text_property (self->events, "SUMMARY", c->summary);
  append_text_property (self->events, "DESCRIPTION", c->description);
  vb_ical_append_line (self->events, "END:VEVENT");
  return TRUE;
}

/* ── Time zones ─────────────────────────────────────────────────────────── */

static char *
format_offset (gint32 offset)
{
  char sign = offset < 0 ? '-' : '+';
  guint32 a = (guint32) ABS (offset);

  if (a % 60 != 0)
    return g_strdup_printf ("%c%02u%02u%02u", sign, a / 3600, a / 60 % 60, a % 60);
  return g_strdup_printf ("%c%02u%02u", sign, a / 3600, a / 60 % 60);
}

static int
interval_at (GTimeZone *tz,
             gint64     t)
{
  return g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, t);
}

/* One observance from `onset` (UTC) on: the offset before and after */
static void
append_observance (GString   *out,
                   GTimeZone *tz,
                   int        before,
                   int        after,
                   gint64     onset)
{
  gint32 from = g_time_zone_get_offset (tz, before);
  gint32 to = g_time_zone_get_offset (tz, after);
  const char *kind = g_time_zone_is_dst (tz, after) ? "DAYLIGHT" : "STANDARD";
  /* DTSTART is the local time of the onset, in the offset before it */
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_utc (onset + from);
  g_autofree char *start = g_date_time_format (local, "%Y%m%dT%H%M%S");
  g_autofree char *from_text = format_offset (from);
  g_autofree char *to_text = format_offset (to);
  const char *name = g_time_zone_get_abbreviation (tz, after);

  append_property (out, "BEGIN:%s", kind);
  append_property (out, "DTSTART:%s", start);
  append_property (out, "TZOFFSETFROM:%s", from_text);
  append_property (out, "TZOFFSETTO:%s", to_text);
  if (name != NULL && *name != '\0')
    append_text_property (out, "TZNAME", name);
  append_property (out, "END:%s", kind);
}

static void
append_vtimezone (GString         *out,
                  const ZoneRange *zone)
{
  int current = interval_at (zone->tz, zone->from);

  vb_ical_append_line (out, "BEGIN:VTIMEZONE");
  append_property (out, "TZID:%s", zone->tzid);
  append_observance (out, zone->tz, current, current, zone->from);
  for (gint64 t = zone->from; t < zone->to; t += DAY_SECONDS)
    {
      gint64 lo = t, hi = t + DAY_SECONDS;
      int next = interval_at (zone->tz, hi);

      if (next == current)
        continue;
      /* the first second of the new offset */
      while (hi - lo > 1)
        {
          gint64 mid = lo + (hi - lo) / 2;

          if (interval_at (zone->tz, mid) == current)
            lo = mid;
          else
            hi = mid;
        }
      next = interval_at (zone->tz, hi);
      if (g_time_zone_get_offset (zone->tz, next) != g_time_zone_get_offset (zone->tz, current)
          || g_time_zone_is_dst (zone->tz, next) != g_time_zone_is_dst (zone->tz, current))
        append_observance (out, zone->tz, current, next, hi);
      current = next;
      t = hi - DAY_SECONDS + 1;
    }
  vb_ical_append_line (out, "END:VTIMEZONE");
}

/* ── The calendar ───────────────────────────────────────────────────────── */

GBytes *
vb_ical_writer_to_bytes (VbIcalWriter *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_sized_new (self->events->len + 256);
  vb_ical_append_line (out, "BEGIN:VCALENDAR");
  vb_ical_append_line (out, "VERSION:2.0");
  vb_ical_append_line (out, "PRODID:-//Vendorbench//Vendorbench " PACKAGE_VERSION "//EN");
  vb_ical_append_line (out, "CALSCALE:GREGORIAN");
  for (guint i = 0; i < self->zones->len; i++)
    append_vtimezone (out, g_ptr_array_index (self->zones, i));
  g_string_append_len (out, self->events->str, self->events->len);
  vb_ical_append_line (out, "END:VCALENDAR");
  return g_string_free_to_bytes (out);
}

gboolean
vb_ical_writer_write (VbIcalWriter  *self,
                      GOutputStream *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = vb_ical_writer_to_bytes (self);
  data = g_bytes_get_data (bytes, &size);
  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}
