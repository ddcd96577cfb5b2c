/* vb-ical.h — an iCalendar (RFC 5545) writer for due dates and check-ins
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One VCALENDAR: an all-day VEVENT (or a VTODO) per due date, a weekly recurring VEVENT
 * per check-in cadence (with the VTIMEZONE of its IANA time zone), UIDs
 * taken from the rows' UUIDs so that a second export updates the events a
 * calendar already has instead of adding them again. Text is escaped, lines
 * are folded at 75 octets (never inside a UTF-8 character) and end in CRLF.
 */

#pragma once

#include <gio/gio.h>

#include "vb-enums.h"

G_BEGIN_DECLS

typedef struct _VbIcalWriter VbIcalWriter;

/* A meeting every `interval_weeks` weeks on `weekday` at hour:minute in
 * the time zone `tzid`, from the first such day on or after `first_day`
 * to `last_day` (included; an invalid date — g_date_clear — for no end) */
typedef struct {
  const char   *uuid;
  const char   *summary;
  const char   *description;        /* NULL: none */
  const char   *tzid;               /* an IANA name ("Europe/Berlin") or "UTC" */
  GDate         first_day;
  GDate         last_day;
  GDateWeekday  weekday;
  guint         interval_weeks;     /* 1: every week */
  guint         hour;
  guint         minute;
  guint         duration_minutes;
} VbIcalCheckIns;

/* `dtstamp`: the time written as every event's DTSTAMP (NULL: now) */
VbIcalWriter *vb_ical_writer_new          (GDateTime            *dtstamp);
void          vb_ical_writer_free         (VbIcalWriter         *writer);

/* An all-day event on `date` (a task's due date) */
gboolean      vb_ical_writer_add_due_date (VbIcalWriter         *writer,
                                           const char           *uuid,
                                           const GDate          *date,
                                           const char           *summary,
                                           const char           *description,
                                           GError              **error);
/* The same task as a VTODO, due (all day) on `date`, with its status:
 * to do and blocked NEEDS-ACTION, in progress IN-PROCESS, done COMPLETED */
gboolean      vb_ical_writer_add_task     (VbIcalWriter         *writer,
                                           const char           *uuid,
                                           const GDate          *date,
                                           const char           *summary,
                                           const char           *description,
                                           VbItemStatus          status,
                                           GError              **error);
gboolean      vb_ical_writer_add_check_ins (VbIcalWriter        *writer,
                                            const VbIcalCheckIns *check_ins,
                                            GError             **error);

/* The whole calendar as it stands */
GBytes       *vb_ical_writer_to_bytes     (VbIcalWriter         *writer);
gboolean      vb_ical_writer_write        (VbIcalWriter         *writer,
                                           GOutputStream        *stream,
                                           GCancellable         *cancellable,
                                           GError              **error);

/* TEXT escaping: \ ; , and line breaks (any of CRLF, LF, CR become \n);
 * other control characters are dropped, invalid UTF-8 is replaced */
char         *vb_ical_escape_text         (const char           *text);
/* Appends one content line to `out`, folded (lines of at most 75 octets,
 * continuation lines starting with a space, no UTF-8 character split) and
 * ended with CRLF */
void          vb_ical_append_line         (GString              *out,
                                           const char           *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbIcalWriter, vb_ical_writer_free)

G_END_DECLS
