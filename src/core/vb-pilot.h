/* vb-pilot.h — the pilot: a first, limited run with the chosen vendor
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pilot has a vendor (the selected one when it is added), a scope
 * (channels, region, product line, contact types, share of the volume,
 * automation share), dates, the team on each side, a check-in cadence
 * (ISO weekday, every N weeks, "HH:MM" in the team's time zone, length
 * in minutes), the shared reporting, its go / no-go criteria and the
 * exit clause.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_PILOT (vb_pilot_get_type ())

G_DECLARE_FINAL_TYPE (VbPilot, vb_pilot, VB, PILOT, VbRecord)

typedef struct _VbGoCriterion VbGoCriterion;

VbVendor      *vb_pilot_get_vendor                (VbPilot *self);
guint          vb_pilot_get_channels              (VbPilot *self);
const char    *vb_pilot_get_region                (VbPilot *self);
const char    *vb_pilot_get_product_line          (VbPilot *self);
const char    *vb_pilot_get_contact_types         (VbPilot *self);
double         vb_pilot_get_volume_share          (VbPilot *self);
const char    *vb_pilot_get_start_date            (VbPilot *self);
const char    *vb_pilot_get_end_date              (VbPilot *self);
const char    *vb_pilot_get_team_ours             (VbPilot *self);
const char    *vb_pilot_get_team_vendor           (VbPilot *self);
int            vb_pilot_get_checkin_weekday       (VbPilot *self);
int            vb_pilot_get_checkin_every_weeks   (VbPilot *self);
const char    *vb_pilot_get_checkin_time          (VbPilot *self);
int            vb_pilot_get_checkin_minutes       (VbPilot *self);
const char    *vb_pilot_get_checkin_notes         (VbPilot *self);
double         vb_pilot_get_automation_share      (VbPilot *self);
const char    *vb_pilot_get_reporting             (VbPilot *self);
const char    *vb_pilot_get_exit_notes            (VbPilot *self);

gboolean       vb_pilot_set_vendor                (VbPilot *self, VbVendor *vendor, GError **error);
gboolean       vb_pilot_set_channels              (VbPilot *self, guint channels, GError **error);
gboolean       vb_pilot_set_region                (VbPilot *self, const char *region, GError **error);
gboolean       vb_pilot_set_product_line          (VbPilot *self, const char *product_line, GError **error);
gboolean       vb_pilot_set_contact_types         (VbPilot *self, const char *contact_types, GError **error);
gboolean       vb_pilot_set_volume_share          (VbPilot *self, double volume_share, GError **error);
gboolean       vb_pilot_set_team_ours             (VbPilot *self, const char *team_ours, GError **error);
gboolean       vb_pilot_set_team_vendor           (VbPilot *self, const char *team_vendor, GError **error);
gboolean       vb_pilot_set_checkin_weekday       (VbPilot *self, int checkin_weekday, GError **error);
gboolean       vb_pilot_set_checkin_every_weeks   (VbPilot *self, int checkin_every_weeks, GError **error);
gboolean       vb_pilot_set_checkin_minutes       (VbPilot *self, int checkin_minutes, GError **error);
gboolean       vb_pilot_set_checkin_notes         (VbPilot *self, const char *checkin_notes, GError **error);
gboolean       vb_pilot_set_automation_share      (VbPilot *self, double automation_share, GError **error);
gboolean       vb_pilot_set_reporting             (VbPilot *self, const char *reporting, GError **error);
gboolean       vb_pilot_set_exit_notes            (VbPilot *self, const char *exit_notes, GError **error);

gboolean       vb_pilot_set_start_date            (VbPilot *self, const char *date, GError **error);
gboolean       vb_pilot_set_end_date              (VbPilot *self, const char *date, GError **error);
gboolean       vb_pilot_set_checkin_time          (VbPilot *self, const char *time, GError **error);
gboolean       vb_pilot_set_checkin_cadence       (VbPilot *self, int weekday, int every_weeks,
                                                   const char *time, int minutes, GError **error);
int            vb_pilot_get_checkin_minute_of_day (VbPilot *self);
gboolean       vb_pilot_has_checkin_cadence       (VbPilot *self);

GListModel    *vb_pilot_get_criteria              (VbPilot *self);
VbGoCriterion *vb_pilot_add_criterion             (VbPilot *self, GError **error);

GListModel    *vb_project_get_pilots              (VbProject *project);
VbPilot       *vb_project_get_pilot               (VbProject *project);
VbPilot       *vb_project_add_pilot               (VbProject *project, GError **error);

G_END_DECLS
