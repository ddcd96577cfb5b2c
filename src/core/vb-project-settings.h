/* vb-project-settings.h — the project's own row
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Name, template, currency, the team's own hours and languages, and the
 * settings that change results (thresholds, paid hours per FTE): they live
 * in the project, so an advisor opening the file sees what the owner sees.
 */

#pragma once

#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_PROJECT_SETTINGS (vb_project_settings_get_type ())

G_DECLARE_FINAL_TYPE (VbProjectSettings, vb_project_settings, VB, PROJECT_SETTINGS, VbRecord)

const char        *vb_project_settings_get_name        (VbProjectSettings *self);
const char        *vb_project_settings_get_description (VbProjectSettings *self);
VbProjectTemplate  vb_project_settings_get_template    (VbProjectSettings *self);
const char        *vb_project_settings_get_currency    (VbProjectSettings *self);
gboolean           vb_project_settings_get_is_sample   (VbProjectSettings *self);
double             vb_project_settings_get_paid_hours_per_fte (VbProjectSettings *self);
double             vb_project_settings_get_outsource_threshold_hours (VbProjectSettings *self);
guint              vb_project_settings_get_team_days   (VbProjectSettings *self);
int                vb_project_settings_get_team_from   (VbProjectSettings *self);
int                vb_project_settings_get_team_to     (VbProjectSettings *self);
const char        *vb_project_settings_get_team_timezone (VbProjectSettings *self);
const char        *vb_project_settings_get_team_languages (VbProjectSettings *self);
gboolean           vb_project_settings_get_team_example (VbProjectSettings *self);
const char        *vb_project_settings_get_notes       (VbProjectSettings *self);
VbQuestionnaire    vb_project_settings_get_questionnaire (VbProjectSettings *self);

gboolean           vb_project_settings_set_description (VbProjectSettings *self,
                                                        const char        *text,
                                                        GError           **error);
gboolean           vb_project_settings_set_currency    (VbProjectSettings *self,
                                                        const char        *code,
                                                        GError           **error);
gboolean           vb_project_settings_set_paid_hours_per_fte (VbProjectSettings *self,
                                                        double             hours,
                                                        GError           **error);
gboolean           vb_project_settings_set_outsource_threshold_hours (VbProjectSettings *self,
                                                        double             hours,
                                                        GError           **error);
gboolean           vb_project_settings_set_team_days   (VbProjectSettings *self,
                                                        guint              days,
                                                        GError           **error);
gboolean           vb_project_settings_set_team_hours  (VbProjectSettings *self,
                                                        int                from,
                                                        int                to,
                                                        GError           **error);
gboolean           vb_project_settings_set_team_timezone (VbProjectSettings *self,
                                                        const char        *zone,
                                                        GError           **error);
gboolean           vb_project_settings_set_team_languages (VbProjectSettings *self,
                                                        const char        *languages,
                                                        GError           **error);
gboolean           vb_project_settings_confirm_team    (VbProjectSettings *self,
                                                        GError           **error);
gboolean           vb_project_settings_set_notes       (VbProjectSettings *self,
                                                        const char        *text,
                                                        GError           **error);
gboolean           vb_project_settings_set_questionnaire (VbProjectSettings *self,
                                                        VbQuestionnaire    questionnaire,
                                                        GError           **error);
gboolean           vb_project_settings_choose_questionnaire (VbProjectSettings *self,
                                                        VbQuestionnaire    questionnaire,
                                                        GError           **error);

G_END_DECLS
