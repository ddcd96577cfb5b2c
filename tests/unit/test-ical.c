/* test-ical.c — the iCalendar writer: escaping, folding, events, time zones
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No iCalendar parser is installed here (neither libical nor Python's
 * icalendar), so the structure RFC 5545 asks for is checked in C: CRLF
 * line ends, lines of at most 75 octets that are each valid UTF-8, BEGIN /
 * END nesting, the required properties of each component (VEVENT,
 * VTODO, VTIMEZONE and its observances), and a
 * VTIMEZONE for every TZID used.
 */

#include <string.h>
#include <gio/gio.h>

#include "vb-error.h"
#include "vb-ical.h"

#define UUID_TASK    "3F2504E0-4F89-41D3-9A0C-0305E82C3301"
#define UUID_CHECKIN "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

/* ── A small reader for what the writer produces ──────────────────────── */

/* The physical lines of `text`, each checked: CRLF-terminated, no bare CR
 * or LF, at most 75 octets, valid UTF-8 on its own (so no character was
 * split by a fold); then unfolded into logical lines */
static GPtrArray *
read_lines (const char *text,
            gsize       length)
{
  GPtrArray *logical = g_ptr_array_new_with_free_func (g_free);
  const char *p = text, *end = text + length;

  g_assert_cmpuint (length, >=, 2);
  g_assert_true (text[length - 2] == '\r' && text[length - 1] == '\n');
  while (p < end)
    {
      const char *eol = g_strstr_len (p, end - p, "\r\n");
      gsize n;

      g_assert_nonnull (eol);
      n = eol - p;
      g_assert_null (memchr (p, '\n', n));
      g_assert_null (memchr (p, '\r', n));
      g_assert_cmpuint (n, <=, 75);
      g_assert_true (g_utf8_validate (p, n, NULL));
      if (n > 0 && (p[0] == ' ' || p[0] == '\t'))
        {
          /* a continuation: its first character is dropped */
          char *previous;

          g_assert_cmpuint (logical->len, >, 0);
          previous = g_ptr_array_index (logical, logical->len - 1);
          logical->pdata[logical->len - 1] = g_strdup_printf ("%s%.*s", previous, (int) n - 1, p + 1);
          g_free (previous);
        }
      else
        {
          g_assert_cmpuint (n, >, 0);
          g_ptr_array_add (logical, g_strndup (p, n));
        }
      p = eol + 2;
    }
  return logical;
}

static gboolean
has_prefix_name (const char *line,
                 const char *name)
{
  gsize n = strlen (name);

  return strncmp (line, name, n) == 0 && (line[n] == ':' || line[n] == ';');
}

/* Components nest properly; VCALENDAR has VERSION and PRODID; each VEVENT
 * one UID, DTSTAMP and DTSTART; each observance DTSTART and both offsets;
 * every TZID= parameter names a VTIMEZONE of the calendar */
static void
check_structure (GPtrArray *lines)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) used = g_ptr_array_new_with_free_func (g_free);
  guint version = 0, prodid = 0, uid = 0, dtstamp = 0, dtstart = 0, due = 0, from = 0, to = 0;

  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *top = stack->len ? g_ptr_array_index (stack, stack->len - 1) : NULL;
      const char *tzid;

      g_assert_nonnull (strchr (line, ':'));
      if (g_str_has_prefix (line, "BEGIN:"))
        {
          const char *name = line + 6;

          if (strcmp (name, "VCALENDAR") == 0)
            g_assert_null (top);
          else if (strcmp (name, "VEVENT") == 0 || strcmp (name, "VTODO") == 0
                   || strcmp (name, "VTIMEZONE") == 0)
            g_assert_cmpstr (top, ==, "VCALENDAR");
          else if (strcmp (name, "STANDARD") == 0 || strcmp (name, "DAYLIGHT") == 0)
            g_assert_cmpstr (top, ==, "VTIMEZONE");
          else
            g_assert_not_reached ();
          g_ptr_array_add (stack, (gpointer) name);
          uid = dtstamp = dtstart = due = from = to = 0;
          continue;
        }
      if (g_str_has_prefix (line, "END:"))
        {
          g_assert_nonnull (top);
          g_assert_cmpstr (line + 4, ==, top);
          if (strcmp (top, "VEVENT") == 0)
            {
              g_assert_cmpuint (uid, ==, 1);
              g_assert_cmpuint (dtstamp, ==, 1);
              g_assert_cmpuint (dtstart, ==, 1);
            }
          else if (strcmp (top, "VTODO") == 0)
            {
              g_assert_cmpuint (uid, ==, 1);
              g_assert_cmpuint (dtstamp, ==, 1);
              g_assert_cmpuint (due, ==, 1);
            }
          else if (strcmp (top, "STANDARD") == 0 || strcmp (top, "DAYLIGHT") == 0)
            {
              g_assert_cmpuint (dtstart, ==, 1);
              g_assert_cmpuint (from, ==, 1);
              g_assert_cmpuint (to, ==, 1);
            }
          else if (strcmp (top, "VCALENDAR") == 0)
            {
              g_assert_cmpuint (version, ==, 1);
              g_assert_cmpuint (prodid, ==, 1);
            }
          g_ptr_array_remove_index (stack, stack->len - 1);
          continue;
        }
      g_assert_nonnull (top);
      if (strcmp (top, "VCALENDAR") == 0)
        {
          version += strcmp (line, "VERSION:2.0") == 0;
          prodid += g_str_has_prefix (line, "PRODID:");
        }
      if (strcmp (top, "VTIMEZONE") == 0 && g_str_has_prefix (line, "TZID:"))
        g_hash_table_add (zones, g_strdup (line + 5));
      uid += has_prefix_name (line, "UID");
      dtstamp += has_prefix_name (line, "DTSTAMP");
      dtstart += has_prefix_name (line, "DTSTART");
      due += has_prefix_name (line, "DUE");
      from += has_prefix_name (line, "TZOFFSETFROM");
      to += has_prefix_name (line, "TZOFFSETTO");
      if (has_prefix_name (line, "DTSTAMP"))
        g_assert_true (g_str_has_suffix (line, "Z"));
      tzid = strstr (line, ";TZID=");
      if (tzid != NULL)
        g_ptr_array_add (used, g_strndup (tzid + 6, strcspn (tzid + 6, ":;")));
    }
  g_assert_cmpuint (stack->len, ==, 0);
  for (guint i = 0; i < used->len; i++)
    g_assert_true (g_hash_table_contains (zones, g_ptr_array_index (used, i)));
}

static GPtrArray *
read_calendar (VbIcalWriter *writer)
{
  g_autoptr(GBytes) bytes = vb_ical_writer_to_bytes (writer);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  GPtrArray *lines = read_lines (data, size);

  check_structure (lines);
  return lines;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *wanted)
{
  for (guint i = 0; i < lines->len; i++)
    if (strcmp (g_ptr_array_index (lines, i), wanted) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_lines (GPtrArray  *lines,
             const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    n += g_str_has_prefix (g_ptr_array_index (lines, i), prefix);
  return n;
}

/* TEXT unescaped, as a calendar reads it */
static char *
unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* ── Escaping and folding ──────────────────────────────────────────────── */

static void
test_escape (void)
{
  g_autofree char *a = vb_ical_escape_text ("Call Ana, Ben; then C:\\share\nline two\r\nthree\rfour\x01!");
  g_autofree char *b = vb_ical_escape_text ("a\xff" "b");
  g_autofree char *c = vb_ical_escape_text ("tab\there: colons stay");
  g_autofree char *back = unescape (a);

  g_assert_cmpstr (a, ==, "Call Ana\\, Ben\\; then C:\\\\share\\nline two\\nthree\\nfour!");
  /* every line break is one \n when read back; the control character is gone */
  g_assert_cmpstr (back, ==, "Call Ana, Ben; then C:\\share\nline two\nthree\nfour!");
  g_assert_cmpstr (b, ==, "a\xef\xbf\xbd" "b");
  g_assert_cmpstr (c, ==, "tab\there: colons stay");
}

static void
check_fold (const char *line)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = NULL;

  vb_ical_append_line (out, line);
  lines = read_lines (out->str, out->len);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, line);
}

static void
test_fold (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *exact = g_strnfill (75, 'x');
  g_autofree char *over = g_strnfill (76, 'y');
  /* one-, two-, three- and four-octet characters */
  const char *words = "Übergabe – 引き継ぎ 🚀 Kundenservice, ça marche; ";
  g_autoptr(GString) summary = g_string_new (NULL);

  vb_ical_append_line (out, exact);
  g_assert_cmpstr (out->str, ==, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n");
  g_string_truncate (out, 0);
  vb_ical_append_line (out, over);
  /* 75 octets, then a space and the 76th */
  g_assert_cmpuint (out->len, ==, 75 + 2 + 1 + 1 + 2);
  g_assert_true (g_str_has_suffix (out->str, "y\r\n y\r\n"));

  /* every alignment of the characters against the fold */
  for (guint shift = 0; shift < 8; shift++)
    {
      g_autofree char *escaped = NULL;
      g_autofree char *line = NULL;
      g_autofree char *pad = g_strnfill (shift, 'a');

      g_string_assign (summary, pad);
      for (guint i = 0; i < 12; i++)
        g_string_append (summary, words);
      escaped = vb_ical_escape_text (summary->str);
      line = g_strconcat ("SUMMARY:", escaped, NULL);
      g_assert_cmpuint (strlen (line), >, 600);
      check_fold (line);
    }
}

/* ── Calendars ─────────────────────────────────────────────────────────── */

static VbIcalWriter *
new_writer (void)
{
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 12, 2, 10, 15, 0);

  return vb_ical_writer_new (stamp);
}

static void
init_check_ins (VbIcalCheckIns *c)
{
  memset (c, 0, sizeof *c);
  c->uuid = UUID_CHECKIN;
  c->summary = "Pilot check-in";
  c->description = "Weekly numbers, open issues; escalations";
  c->tzid = "Europe/Berlin";
  g_date_set_dmy (&c->first_day, 1, G_DATE_JANUARY, 2027);
  g_date_clear (&c->last_day, 1);
  g_date_set_dmy (&c->last_day, 30, G_DATE_JUNE, 2027);
  c->weekday = G_DATE_TUESDAY;
  c->interval_weeks = 2;
  c->hour = 10;
  c->minute = 0;
  c->duration_minutes = 30;
}

static void
test_calendar (void)
{
  g_autoptr(VbIcalWriter) writer = new_writer ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  const char *summary = "Hand over the tone-of-voice guide, scripts; and the KB — Übergabe 引き継ぎ, "
                        "with a summary long enough to be folded twice over the 75-octet limit";
  g_autofree char *summary_line = NULL;
  VbIcalCheckIns c;
  GDate due;

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 31, G_DATE_JANUARY, 2027);
  g_assert_true (vb_ical_writer_add_due_date (writer, UUID_TASK, &due, summary,
                                              "Owner: Ana\nStatus: to do", &error));
  g_assert_no_error (error);
  init_check_ins (&c);
  g_assert_true (vb_ical_writer_add_check_ins (writer, &c, &error));
  g_assert_no_error (error);

  lines = read_calendar (writer);
  g_assert_true (has_line (lines, "VERSION:2.0"));
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 2);
  /* the UIDs are the rows' UUIDs, in lower case */
  g_assert_true (has_line (lines, "UID:3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
  g_assert_true (has_line (lines, "UID:" UUID_CHECKIN));
  g_assert_cmpuint (count_lines (lines, "DTSTAMP:20261202T101500Z"), ==, 2);

  /* the due date: all day on 31 January, ending (not included) on 1 February */
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20270131"));
  g_assert_true (has_line (lines, "DTEND;VALUE=DATE:20270201"));
  g_assert_true (has_line (lines, "DESCRIPTION:Owner: Ana\\nStatus: to do"));
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), "SUMMARY:Hand"))
      summary_line = unescape ((const char *) g_ptr_array_index (lines, i) + strlen ("SUMMARY:"));
  g_assert_cmpstr (summary_line, ==, summary);

  /* the check-ins: 1 January 2027 is a Friday, the first Tuesday is the 5th;
   * every other week at 10:00 for 30 minutes in Berlin, until the end of
   * 30 June there (23:59:59 at UTC+2 = 21:59:59 UTC) */
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Berlin:20270105T100000"));
  g_assert_true (has_line (lines, "DTEND;TZID=Europe/Berlin:20270105T103000"));
  g_assert_true (has_line (lines, "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T215959Z"));
  g_assert_true (has_line (lines, "SUMMARY:Pilot check-in"));
  g_assert_true (has_line (lines, "DESCRIPTION:Weekly numbers\\, open issues\\; escalations"));

  /* Berlin's VTIMEZONE: winter time from the start, summer time from
   * 28 March 2027 01:00 UTC (02:00 local, in the offset before) */
  g_assert_cmpuint (count_lines (lines, "BEGIN:VTIMEZONE"), ==, 1);
  g_assert_true (has_line (lines, "TZID:Europe/Berlin"));
  g_assert_true (has_line (lines, "DTSTART:20270328T020000"));
  g_assert_true (has_line (lines, "TZOFFSETTO:+0200"));
  g_assert_true (has_line (lines, "TZNAME:CEST"));
  g_assert_true (has_line (lines, "TZNAME:CET"));
  /* the period ends in July: no autumn change */
  g_assert_cmpuint (count_lines (lines, "BEGIN:DAYLIGHT"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "BEGIN:STANDARD"), ==, 1);
}

/* Transition tasks as to-dos: due all day, with their status */
static void
test_tasks (void)
{
  g_autoptr(VbIcalWriter) writer = new_writer ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  GDate due;

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 15, G_DATE_FEBRUARY, 2027);
  g_assert_true (vb_ical_writer_add_task (writer, UUID_TASK, &due, "Sandbox access", "For 4 agents",
                                          VB_ITEM_STATUS_IN_PROGRESS, &error));
  g_assert_true (vb_ical_writer_add_task (writer, UUID_CHECKIN, &due, "Tone-of-voice guide", NULL,
                                          VB_ITEM_STATUS_DONE, &error));
  g_assert_true (vb_ical_writer_add_task (writer, "0e4a2b8c-1111-4222-8333-444455556666", &due,
                                          "Blocked one", NULL, VB_ITEM_STATUS_BLOCKED, &error));
  g_assert_no_error (error);
  g_assert_false (vb_ical_writer_add_task (writer, "not-a-uuid", &due, "x", NULL,
                                           VB_ITEM_STATUS_TODO, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);

  lines = read_calendar (writer);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VTODO"), ==, 3);
  g_assert_cmpuint (count_lines (lines, "DUE;VALUE=DATE:20270215"), ==, 3);
  g_assert_true (has_line (lines, "STATUS:IN-PROCESS"));
  g_assert_true (has_line (lines, "STATUS:COMPLETED"));
  g_assert_true (has_line (lines, "STATUS:NEEDS-ACTION"));
  g_assert_true (has_line (lines, "SUMMARY:Sandbox access"));
  g_assert_cmpuint (count_lines (lines, "DTSTAMP:20261202T101500Z"), ==, 3);
}

/* A cadence in UTC needs no VTIMEZONE; one without an end has no UNTIL,
 * and its zone's changes are described for two years */
static void
test_open_end_and_utc (void)
{
  g_autoptr(VbIcalWriter) writer = new_writer ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  VbIcalCheckIns c;

  init_check_ins (&c);
  c.tzid = "UTC";
  c.weekday = G_DATE_FRIDAY;
  c.interval_weeks = 1;
  c.hour = 9;
  c.minute = 45;
  c.duration_minutes = 90;
  g_date_clear (&c.last_day, 1);
  g_assert_true (vb_ical_writer_add_check_ins (writer, &c, &error));
  g_assert_no_error (error);
  lines = read_calendar (writer);
  g_assert_true (has_line (lines, "DTSTART:20270101T094500Z"));
  g_assert_true (has_line (lines, "DTEND:20270101T111500Z"));
  g_assert_true (has_line (lines, "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR"));
  g_assert_cmpuint (count_lines (lines, "BEGIN:VTIMEZONE"), ==, 0);
  g_clear_pointer (&lines, g_ptr_array_unref);

  init_check_ins (&c);
  c.uuid = "0e4a2b8c-1111-4222-8333-444455556666";
  c.tzid = "America/New_York";
  g_date_clear (&c.last_day, 1);
  g_assert_true (vb_ical_writer_add_check_ins (writer, &c, &error));
  g_assert_no_error (error);
  lines = read_calendar (writer);
  g_assert_true (has_line (lines, "DTSTART;TZID=America/New_York:20270105T100000"));
  g_assert_true (has_line (lines, "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"));
  /* 2027 and 2028: two springs, two autumns, and the first observance */
  g_assert_cmpuint (count_lines (lines, "BEGIN:DAYLIGHT"), ==, 2);
  g_assert_cmpuint (count_lines (lines, "BEGIN:STANDARD"), ==, 3);
  /* spring 2027: 14 March 02:00 local; autumn: 7 November 02:00 local */
  g_assert_true (has_line (lines, "DTSTART:20270314T020000"));
  g_assert_true (has_line (lines, "DTSTART:20271107T020000"));
  g_assert_true (has_line (lines, "TZOFFSETFROM:-0500"));
}

static void
assert_refused (VbIcalWriter         *writer,
                const VbIcalCheckIns *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vb_ical_writer_add_check_ins (writer, c, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
}

static void
test_refused (void)
{
  g_autoptr(VbIcalWriter) writer = new_writer ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = NULL;
  VbIcalCheckIns c;
  GDate due;

  g_date_clear (&due, 1);
  g_assert_false (vb_ical_writer_add_due_date (writer, UUID_TASK, &due, "Task", NULL, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_date_set_dmy (&due, 1, G_DATE_MARCH, 2027);
  g_assert_false (vb_ical_writer_add_due_date (writer, "task-7", &due, "Task", NULL, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vb_ical_writer_add_due_date (writer, UUID_TASK, &due, "", NULL, &error));
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  init_check_ins (&c);
  c.tzid = "Mars/Olympus_Mons";
  assert_refused (writer, &c);
  init_check_ins (&c);
  c.tzid = NULL;
  assert_refused (writer, &c);
  init_check_ins (&c);
  c.interval_weeks = 0;
  assert_refused (writer, &c);
  init_check_ins (&c);
  c.hour = 24;
  assert_refused (writer, &c);
  init_check_ins (&c);
  c.duration_minutes = 0;
  assert_refused (writer, &c);
  init_check_ins (&c);
  g_date_set_dmy (&c.last_day, 31, G_DATE_DECEMBER, 2026);
  assert_refused (writer, &c);
  init_check_ins (&c);
  c.weekday = G_DATE_BAD_WEEKDAY;
  assert_refused (writer, &c);

  /* nothing refused was written: an empty calendar */
  {
    g_autoptr(GPtrArray) lines = read_calendar (writer);

    g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 0);
    g_assert_cmpuint (count_lines (lines, "BEGIN:VTIMEZONE"), ==, 0);
  }
}

/* The same rows give the same bytes; the stream gets them too */
static void
test_stable_and_stream (void)
{
  g_autoptr(VbIcalWriter) one = new_writer ();
  g_autoptr(VbIcalWriter) two = new_writer ();
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GBytes) streamed = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  VbIcalCheckIns c;

  init_check_ins (&c);
  g_assert_true (vb_ical_writer_add_check_ins (one, &c, NULL));
  g_assert_true (vb_ical_writer_add_check_ins (two, &c, NULL));
  a = vb_ical_writer_to_bytes (one);
  b = vb_ical_writer_to_bytes (two);
  g_assert_true (g_bytes_equal (a, b));

  g_assert_true (vb_ical_writer_write (one, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  streamed = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_bytes_equal (a, streamed));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/escape", test_escape);
  g_test_add_func ("/ical/fold", test_fold);
  g_test_add_func ("/ical/calendar", test_calendar);
  g_test_add_func ("/ical/tasks", test_tasks);
  g_test_add_func ("/ical/open-end-and-utc", test_open_end_and_utc);
  g_test_add_func ("/ical/refused", test_refused);
  g_test_add_func ("/ical/stable-and-stream", test_stable_and_stream);

  return g_test_run ();
}
