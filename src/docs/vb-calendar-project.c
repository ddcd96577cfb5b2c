/* vb-calendar-project.c — a project's transition tasks and pilot
 * check-ins as one iCalendar export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-calendar-project"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-calendar-project.h"
#include "vb-format.h"
#include "vb-pilot.h"
#include "vb-project-settings.h"
#include "vb-transition-item.h"
#include "vb-transition-phase.h"
#include "vb-vendor.h"

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* Every transition task (a VTODO; DUE from its due date, none without),
 * in the checklist's order */
static GArray *
read_tasks (VbProject *project)
{
  GListModel *phases = vb_project_get_transition_phases (project);
  guint n_phases = g_list_model_get_n_items (phases);
  GArray *tasks = g_array_new (FALSE, TRUE, sizeof (VbCalendarTask));

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(VbTransitionPhase) phase = g_list_model_get_item (phases, p);
      GListModel *items = vb_transition_phase_get_items (phase);
      guint n = g_list_model_get_n_items (items);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);
          VbCalendarTask task = { 0 };
          const char *title = vb_transition_item_get_title (item);

          task.uuid = vb_record_get_uuid (VB_RECORD (item));
          task.title = vb_str_is_blank (title) ? _("Transition task") : title;
          task.notes = vb_transition_item_get_notes (item);
          task.owner = vb_transition_item_get_owner (item);
          parse_date (vb_transition_item_get_due_date (item), &task.due);
          g_date_clear (&task.start, 1);
          task.status = vb_transition_item_get_status (item);
          task.phase = vb_str_is_blank (vb_transition_phase_get_name (phase)) ? NULL
                       : vb_transition_phase_get_name (phase);
          g_array_append_val (tasks, task);
        }
    }
  return tasks;
}

/* The pilot's check-ins, when its cadence is complete (a weekly VEVENT
 * series from the pilot's start, or today, to its end) */
static gboolean
read_checkin (VbProject         *project,
              const char        *zone,
              char             **summary,
              VbCalendarCheckin *checkin)
{
  VbPilot *pilot = vb_project_get_pilot (project);
  VbVendor *vendor;
  int minute_of_day;

  if (pilot == NULL || !vb_pilot_has_checkin_cadence (pilot))
    return FALSE;
  vendor = vb_pilot_get_vendor (pilot);
  minute_of_day = vb_pilot_get_checkin_minute_of_day (pilot);
  /* Translators: a calendar event, "Pilot check-in with Acme" */
  *summary = vendor ? g_strdup_printf (_("Pilot check-in with %s"), vb_vendor_get_display_name (vendor))
                    : g_strdup (_("Pilot check-in"));
  memset (checkin, 0, sizeof *checkin);
  checkin->uuid = vb_record_get_uuid (VB_RECORD (pilot));
  checkin->summary = *summary;
  if (!parse_date (vb_pilot_get_start_date (pilot), &checkin->first))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&checkin->first, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  checkin->weekday = (GDateWeekday) vb_pilot_get_checkin_weekday (pilot);
  checkin->every_n_weeks = MAX (vb_pilot_get_checkin_every_weeks (pilot), 1);
  checkin->hour = minute_of_day / 60;
  checkin->minute = minute_of_day % 60;
  checkin->duration_minutes = vb_pilot_get_checkin_minutes (pilot);
  parse_date (vb_pilot_get_end_date (pilot), &checkin->until);
  checkin->time_zone = zone;
  return TRUE;
}

static gboolean
write_project (VbProject   *project,
               gint64       dtstamp,
               const char  *path,
               char       **text,
               GError     **error)
{
  g_autoptr(GArray) tasks = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *author = NULL;
  VbCalendarCheckin checkin;
  VbCalendarExport export = { 0 };
  const char *zone;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);

  zone = vb_project_settings_get_team_timezone (vb_project_get_settings (project));
  tasks = read_tasks (project);
  export.tasks = (const VbCalendarTask *) tasks->data;
  export.n_tasks = tasks->len;
  if (read_checkin (project, zone, &summary, &checkin))
    {
      export.checkins = &checkin;
      export.n_checkins = 1;
    }
  author = vb_default_author ();
  export.organizer_name = vb_str_is_blank (author) ? NULL : author;
  export.dtstamp = dtstamp;

  if (path)
    return vb_calendar_write_file (&export, path, error);
  *text = vb_calendar_write (&export, error);
  return *text != NULL;
}

char *
vb_calendar_write_project (VbProject  *project,
                           gint64      dtstamp,
                           GError    **error)
{
  char *text = NULL;

  return write_project (project, dtstamp, NULL, &text, error) ? text : NULL;
}

gboolean
vb_calendar_write_project_file (VbProject   *project,
                                gint64       dtstamp,
                                const char  *path,
                                GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return write_project (project, dtstamp, path, NULL, error);
}
