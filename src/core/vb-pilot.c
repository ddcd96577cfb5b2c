/* vb-pilot.c — the pilot: a first, limited run with the chosen vendor
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-pilot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vb-pilot.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-go-criterion.h"

struct _VbPilot
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbPilot, vb_pilot, VB_TYPE_RECORD)

static guint col_vendor, col_channels, col_region, col_product_line, col_contact_types, col_volume_share_pct, col_start_date, col_end_date, col_team_ours, col_team_vendor, col_checkin_weekday, col_checkin_every_weeks, col_checkin_time, col_checkin_minutes, col_checkin_notes, col_automation_share_pct, col_reporting, col_exit_notes;

#define R(self) VB_RECORD (self)

/* "HH:MM", 00:00 to 23:59, or "" for not set */
static gboolean
time_is_valid (const char *text)
{
  if (text == NULL || *text == '\0')
    return TRUE;
  return strlen (text) == 5 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && text[2] == ':' &&
         g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]) &&
         (text[0] - '0') * 10 + (text[1] - '0') < 24 && (text[3] - '0') * 10 + (text[4] - '0') < 60;
}

static gboolean
check_time (const char  *text,
            GError     **error)
{
  if (time_is_valid (text))
    return TRUE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("The check-in time is a time of day such as 09:30, not “%s”."), text);
  return FALSE;
}

/* An end before the start is refused; either may be missing */
static gboolean
check_dates (const char  *start,
             const char  *end,
             GError     **error)
{
  if (vb_str_is_blank (start) || vb_str_is_blank (end) || strcmp (start, end) <= 0)
    return TRUE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("The pilot cannot end (%s) before it starts (%s)."), end, start);
  return FALSE;
}

static gboolean
vb_pilot_set_column (VbRecord      *record,
                     guint          column,
                     const GValue  *value,
                     GError       **error)
{
  VbPilot *self = VB_PILOT (record);

  if (column == col_checkin_time)
    return vb_pilot_set_checkin_time (self, g_value_get_string (value), error);
  if (column == col_start_date)
    return vb_pilot_set_start_date (self, g_value_get_string (value), error);
  if (column == col_end_date)
    return vb_pilot_set_end_date (self, g_value_get_string (value), error);
  return VB_RECORD_CLASS (vb_pilot_parent_class)->set_column (record, column, value, error);
}

/* 0 writes "not set" (NULL) */
static gboolean
write_optional_int (VbRecord  *record,
                    guint      column,
                    int        value,
                    GError   **error)
{
  VbValue v = VB_VALUE_INIT;

  if (value != 0)
    vb_value_set_int (&v, value);
  return vb_record_write_at (record, column, &v, error);
}

static void
vb_pilot_class_init (VbPilotClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_pilot_set_column;
  vb_record_class_bind_table (record_class, "pilot");
  col_vendor = vb_record_class_column (record_class, "vendor_id");
  col_channels = vb_record_class_column (record_class, "channels");
  col_region = vb_record_class_column (record_class, "region");
  col_product_line = vb_record_class_column (record_class, "product_line");
  col_contact_types = vb_record_class_column (record_class, "contact_types");
  col_volume_share_pct = vb_record_class_column (record_class, "volume_share_pct");
  col_start_date = vb_record_class_column (record_class, "start_date");
  col_end_date = vb_record_class_column (record_class, "end_date");
  col_team_ours = vb_record_class_column (record_class, "team_ours");
  col_team_vendor = vb_record_class_column (record_class, "team_vendor");
  col_checkin_weekday = vb_record_class_column (record_class, "checkin_weekday");
  col_checkin_every_weeks = vb_record_class_column (record_class, "checkin_every_weeks");
  col_checkin_time = vb_record_class_column (record_class, "checkin_time");
  col_checkin_minutes = vb_record_class_column (record_class, "checkin_minutes");
  col_checkin_notes = vb_record_class_column (record_class, "checkin_notes");
  col_automation_share_pct = vb_record_class_column (record_class, "automation_share_pct");
  col_reporting = vb_record_class_column (record_class, "reporting");
  col_exit_notes = vb_record_class_column (record_class, "exit_notes");
}

static void
vb_pilot_init (VbPilot *self)
{
}

/* Returns: (transfer none) (nullable) */
VbVendor *
vb_pilot_get_vendor (VbPilot *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_PILOT (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_vendor);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_VENDOR (vb_project_lookup (project, ref->v.s));
}

/* @vendor: (nullable): none */
gboolean
vb_pilot_set_vendor (VbPilot   *self,
                     VbVendor *vendor,
                     GError    **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  g_return_val_if_fail (vendor == NULL || VB_IS_VENDOR (vendor), FALSE);
  if (vendor)
    vb_value_set_text (&v, vb_record_get_uuid (VB_RECORD (vendor)));
  ok = vb_record_write_at (R (self), col_vendor, &v, error);
  vb_value_clear (&v);
  return ok;
}

guint
vb_pilot_get_channels (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), 0);
  return vb_record_mask_at (R (self), col_channels);
}

gboolean
vb_pilot_set_channels (VbPilot  *self,
                       guint    channels,
                       GError  **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_set_at (R (self), col_channels, channels, error);
}

const char *
vb_pilot_get_region (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_region);
}

gboolean
vb_pilot_set_region (VbPilot     *self,
                     const char *region,
                     GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_region, region, error);
}

const char *
vb_pilot_get_product_line (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_product_line);
}

gboolean
vb_pilot_set_product_line (VbPilot     *self,
                           const char *product_line,
                           GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_product_line, product_line, error);
}

const char *
vb_pilot_get_contact_types (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_contact_types);
}

gboolean
vb_pilot_set_contact_types (VbPilot     *self,
                            const char *contact_types,
                            GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_contact_types, contact_types, error);
}

double
vb_pilot_get_volume_share (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), NAN);
  return vb_record_real_at (R (self), col_volume_share_pct);
}

gboolean
vb_pilot_set_volume_share (VbPilot  *self,
                           double   volume_share,
                           GError  **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_real_at (R (self), col_volume_share_pct, volume_share, error);
}

const char *
vb_pilot_get_start_date (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_start_date);
}

const char *
vb_pilot_get_end_date (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_end_date);
}

const char *
vb_pilot_get_team_ours (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_team_ours);
}

gboolean
vb_pilot_set_team_ours (VbPilot     *self,
                        const char *team_ours,
                        GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_team_ours, team_ours, error);
}

const char *
vb_pilot_get_team_vendor (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_team_vendor);
}

gboolean
vb_pilot_set_team_vendor (VbPilot     *self,
                          const char *team_vendor,
                          GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_team_vendor, team_vendor, error);
}

int
vb_pilot_get_checkin_weekday (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), 0);
  return vb_record_peek (R (self), col_checkin_weekday)->type == VB_VALUE_NULL ? 0 : (int) vb_record_int_at (R (self), col_checkin_weekday);
}

gboolean
vb_pilot_set_checkin_weekday (VbPilot  *self,
                              int      checkin_weekday,
                              GError  **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return write_optional_int (R (self), col_checkin_weekday, checkin_weekday, error);
}

int
vb_pilot_get_checkin_every_weeks (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), 0);
  return vb_record_peek (R (self), col_checkin_every_weeks)->type == VB_VALUE_NULL ? 0 : (int) vb_record_int_at (R (self), col_checkin_every_weeks);
}

gboolean
vb_pilot_set_checkin_every_weeks (VbPilot  *self,
                                  int      checkin_every_weeks,
                                  GError  **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return write_optional_int (R (self), col_checkin_every_weeks, checkin_every_weeks, error);
}

const char *
vb_pilot_get_checkin_time (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_checkin_time);
}

int
vb_pilot_get_checkin_minutes (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), 0);
  return vb_record_peek (R (self), col_checkin_minutes)->type == VB_VALUE_NULL ? 0 : (int) vb_record_int_at (R (self), col_checkin_minutes);
}

gboolean
vb_pilot_set_checkin_minutes (VbPilot  *self,
                              int      checkin_minutes,
                              GError  **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return write_optional_int (R (self), col_checkin_minutes, checkin_minutes, error);
}

const char *
vb_pilot_get_checkin_notes (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_checkin_notes);
}

gboolean
vb_pilot_set_checkin_notes (VbPilot     *self,
                            const char *checkin_notes,
                            GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_checkin_notes, checkin_notes, error);
}

double
vb_pilot_get_automation_share (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), NAN);
  return vb_record_real_at (R (self), col_automation_share_pct);
}

gboolean
vb_pilot_set_automation_share (VbPilot  *self,
                               double   automation_share,
                               GError  **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_real_at (R (self), col_automation_share_pct, automation_share, error);
}

const char *
vb_pilot_get_reporting (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_reporting);
}

gboolean
vb_pilot_set_reporting (VbPilot     *self,
                        const char *reporting,
                        GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_reporting, reporting, error);
}

const char *
vb_pilot_get_exit_notes (VbPilot *self)
{
  g_return_val_if_fail (VB_IS_PILOT (self), "");
  return vb_record_text_at (R (self), col_exit_notes);
}

gboolean
vb_pilot_set_exit_notes (VbPilot     *self,
                         const char *exit_notes,
                         GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  return vb_record_write_text_at (R (self), col_exit_notes, exit_notes, error);
}

gboolean
vb_pilot_set_start_date (VbPilot     *self,
                         const char  *date,
                         GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  if (!check_dates (date, vb_pilot_get_end_date (self), error))
    return FALSE;
  return vb_record_write_text_at (R (self), col_start_date, date, error);
}

gboolean
vb_pilot_set_end_date (VbPilot     *self,
                       const char  *date,
                       GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  if (!check_dates (vb_pilot_get_start_date (self), date, error))
    return FALSE;
  return vb_record_write_text_at (R (self), col_end_date, date, error);
}

/* @time: "HH:MM" in the team's time zone, or "" */
gboolean
vb_pilot_set_checkin_time (VbPilot     *self,
                           const char  *time,
                           GError     **error)
{
  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  if (!check_time (time, error))
    return FALSE;
  return vb_record_write_text_at (R (self), col_checkin_time, time, error);
}

/* The check-in time in minutes after midnight; -1 when not set */
int
vb_pilot_get_checkin_minute_of_day (VbPilot *self)
{
  const char *time = vb_pilot_get_checkin_time (self);

  if (vb_str_is_blank (time) || !time_is_valid (time))
    return -1;
  return ((time[0] - '0') * 10 + (time[1] - '0')) * 60 + (time[3] - '0') * 10 + (time[4] - '0');
}

/**
 * vb_pilot_set_checkin_cadence:
 * @weekday: ISO weekday, Monday = 1 … Sunday = 7
 * @every_weeks: 1 for weekly
 * @time: "HH:MM" in the team's time zone
 * @minutes: length of a check-in
 *
 * The whole cadence as one edit (each part is checked as its setter does).
 */
gboolean
vb_pilot_set_checkin_cadence (VbPilot     *self,
                              int          weekday,
                              int          every_weeks,
                              const char  *time,
                              int          minutes,
                              GError     **error)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_PILOT (self), FALSE);
  if (!vb_record_check_live (R (self), error) || !check_time (time, error))
    return FALSE;
  project = vb_record_get_project (R (self));
  vb_project_begin_edit (project, NULL);
  if (!write_optional_int (R (self), col_checkin_weekday, weekday, error) ||
      !write_optional_int (R (self), col_checkin_every_weeks, every_weeks, error) ||
      !vb_record_write_text_at (R (self), col_checkin_time, time, error) ||
      !write_optional_int (R (self), col_checkin_minutes, minutes, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/* Weekday, time and length are set: the check-ins can go into a calendar */
gboolean
vb_pilot_has_checkin_cadence (VbPilot *self)
{
  return vb_pilot_get_checkin_weekday (self) != 0 && vb_pilot_get_checkin_minute_of_day (self) >= 0 &&
         vb_pilot_get_checkin_minutes (self) != 0;
}

/**
 * vb_pilot_get_criteria:
 *
 * Returns: (transfer none): the go / no-go criteria in their order
 *   (VbGoCriterion); empty for a removed pilot
 */
GListModel *
vb_pilot_get_criteria (VbPilot *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_PILOT (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_GO_CRITERION);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "pilot_criterion", "pilot_id", R (self));
}

/* Returns: (transfer none): a new criterion of the pilot, one edit */
VbGoCriterion *
vb_pilot_add_criterion (VbPilot  *self,
                        GError  **error)
{
  VbProject *project;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PILOT (self), NULL);
  if (!vb_record_check_live (R (self), error))
    return NULL;
  project = vb_record_get_project (R (self));
  row = vb_project_add_child (project, "pilot_criterion", "pilot_id", R (self), error);
  return row ? VB_GO_CRITERION (row) : NULL;
}

/**
 * vb_project_get_pilots:
 *
 * Returns: (transfer none): every pilot (VbPilot)
 */
GListModel *
vb_project_get_pilots (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "pilot");
}

/* Returns: (transfer none) (nullable): the project's pilot (the first,
 * should there be several), NULL before one is planned */
VbPilot *
vb_project_get_pilot (VbProject *project)
{
  GListModel *pilots = vb_project_get_pilots (project);
  g_autoptr(VbPilot) pilot = NULL;

  if (g_list_model_get_n_items (pilots) == 0)
    return NULL;
  pilot = g_list_model_get_item (pilots, 0);
  return pilot;
}

/**
 * vb_project_add_pilot:
 *
 * Returns: (transfer none): a new pilot with the selected vendor (none
 *   when no vendor is selected yet), one edit
 */
VbPilot *
vb_project_add_pilot (VbProject  *project,
                      GError    **error)
{
  VbVendor *selected;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  selected = vb_project_get_selected_vendor (project);
  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, "pilot", error);
  if (row == NULL || (selected && !vb_pilot_set_vendor (VB_PILOT (row), selected, error)))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return VB_PILOT (row);
}
