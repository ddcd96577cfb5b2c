/* vb-calendar-project.h — a project's transition tasks and pilot
 * check-ins as one iCalendar export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the rows into the typed inputs of vb-calendar-writer.h; the
 * command line (export --document calendar) and the Transition Checklist
 * page both write through it, so the two files are the same.
 */

#pragma once

#include "vb-calendar-writer.h"
#include "vb-project.h"

G_BEGIN_DECLS

/* The iCalendar text of @project: every transition task (a VTODO, in the
 * checklist's order) and, with a complete cadence, the pilot's check-ins
 * (a weekly VEVENT series in the team's zone). The organizer is the
 * default author; @dtstamp the export time in Unix seconds. */
char     *vb_calendar_write_project      (VbProject   *project,
                                          gint64       dtstamp,
                                          GError     **error);
gboolean  vb_calendar_write_project_file (VbProject   *project,
                                          gint64       dtstamp,
                                          const char  *path,
                                          GError     **error);

G_END_DECLS
