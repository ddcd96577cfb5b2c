/* vb-calendar-writer.h — the transition tasks and pilot check-ins as an
 * iCalendar file, written with libical
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typed inputs, not the store: the export command reads the rows and fills
 * these structs. One VCALENDAR (METHOD PUBLISH) holds a VTODO per task and a
 * weekly VEVENT series per check-in cadence, with the VTIMEZONE of every
 * zone used, its TZID the plain IANA name ("Europe/Berlin").
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

typedef struct {
  const char   *uuid;      /* the row's UUID: UID is "<uuid>@vendorbench" */
  const char   *title;
  const char   *notes;     /* NULL or "": none */
  const char   *owner;     /* NULL or "": none */
  GDate         due;       /* g_date_clear: no due date (no DUE) */
  /* DTSTART (PUBLISH requires one): this date; cleared, the export day;
   * moved to the day before DUE when it is not before it */
  GDate         start;
  VbItemStatus  status;
  const char   *phase;     /* the phase's name (a CATEGORIES word); NULL: none */
} VbCalendarTask;

typedef struct {
  const char   *uuid;
  const char   *summary;
  GDate         first;         /* the series starts on the first `weekday` on or after it */
  GDateWeekday  weekday;
  guint         every_n_weeks; /* ≥ 1 */
  guint         hour;          /* local time in `time_zone` */
  guint         minute;
  guint         duration_minutes; /* ≥ 1 */
  GDate         until;         /* g_date_clear: no end */
  /* The team's IANA zone; NULL or "": UTC (a floating time would move
   * the meeting for everyone in another zone) */
  const char   *time_zone;
} VbCalendarCheckin;

/* What one export holds. iCalendar's PUBLISH requires an ORGANIZER on
 * every event and task: CN = `organizer_name`, the address mailto: the
 * e-mail, or, with none, the URI "urn:uuid:<uuid>" of the row. */
typedef struct {
  const VbCalendarTask    *tasks;
  gsize                    n_tasks;
  const VbCalendarCheckin *checkins;
  gsize                    n_checkins;
  const char              *organizer_name;   /* NULL: no CN */
  const char              *organizer_email;  /* NULL: urn:uuid: */
  gint64                   dtstamp;          /* the export time, Unix seconds */
} VbCalendarExport;

/* The iCalendar text: one VCALENDAR, the same DTSTAMP on every
 * component. Fails (VB_PROJECT_ERROR_INVALID) on a row without a UUID or
 * title, an unknown time zone, a bad time, an interval of 0 weeks or an
 * end before the start. */
char     *vb_calendar_write         (const VbCalendarExport  *export,
                                     GError                 **error);
gboolean  vb_calendar_write_file    (const VbCalendarExport  *export,
                                     const char              *path,
                                     GError                 **error);

G_END_DECLS
