/* vb-project-settings.c — the project's own row
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules: the name changes only with the file's name (vb_project_rename);
 * the template, the sample mark and the creation time never change; the
 * team's hours a template seeded are an example until the user confirms
 * or edits any of them.
 */

#define G_LOG_DOMAIN "vb-project-settings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-question.h"
#include "vb-record-private.h"
#include "vb-text.h"

struct _VbProjectSettings
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbProjectSettings, vb_project_settings, VB_TYPE_RECORD)

static guint col_name, col_description, col_template, col_currency, col_is_sample, col_created,
             col_paid_hours, col_threshold, col_team_days, col_team_from, col_team_to, col_team_timezone,
             col_team_languages, col_notes, col_team_example, col_questionnaire;

#define SELF_RECORD(s) VB_RECORD (s)

static gboolean
is_team_column (guint column)
{
  return column == col_team_days || column == col_team_from || column == col_team_to ||
         column == col_team_timezone || column == col_team_languages;
}

static gboolean
vb_project_settings_set_column (VbRecord      *record,
                                guint          column,
                                const GValue  *value,
                                GError       **error)
{
  if (column == col_name)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Rename the project to change its name: its file is renamed with it."));
      return FALSE;
    }
  if (column == col_template || column == col_is_sample || column == col_created || column == col_team_example)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This setting of a project cannot be changed."));
      return FALSE;
    }
  /* choosing Lite or Full asks its questions, for the views' drop-down too */
  if (column == col_questionnaire)
    return vb_project_settings_choose_questionnaire (VB_PROJECT_SETTINGS (record), g_value_get_enum (value), error);
  return VB_RECORD_CLASS (vb_project_settings_parent_class)->set_column (record, column, value, error);
}

/* The team's hours stop being the template's example once the user
 * changes any of them */
static void
vb_project_settings_adjust_write (VbRecord *record,
                                  guint     column,
                                  gpointer  row)
{
  VbValue *values = row;

  if (is_team_column (column))
    vb_value_set_int (&values[col_team_example], 0);
}

static void
vb_project_settings_class_init (VbProjectSettingsClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_project_settings_set_column;
  record_class->adjust_write = vb_project_settings_adjust_write;
  vb_record_class_bind_table (record_class, "project");

  col_name = vb_record_class_column (record_class, "name");
  col_description = vb_record_class_column (record_class, "description");
  col_template = vb_record_class_column (record_class, "template");
  col_currency = vb_record_class_column (record_class, "currency");
  col_is_sample = vb_record_class_column (record_class, "is_sample");
  col_created = vb_record_class_column (record_class, "created");
  col_paid_hours = vb_record_class_column (record_class, "paid_hours_per_fte");
  col_threshold = vb_record_class_column (record_class, "outsource_threshold_hours");
  col_team_days = vb_record_class_column (record_class, "team_days");
  col_team_from = vb_record_class_column (record_class, "team_from");
  col_team_to = vb_record_class_column (record_class, "team_to");
  col_team_timezone = vb_record_class_column (record_class, "team_timezone");
  col_team_languages = vb_record_class_column (record_class, "team_languages");
  col_notes = vb_record_class_column (record_class, "notes");
  col_team_example = vb_record_class_column (record_class, "team_example");
  col_questionnaire = vb_record_class_column (record_class, "questionnaire");
}

static void
vb_project_settings_init (VbProjectSettings *self)
{
}

const char *
vb_project_settings_get_name (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), "");
  return vb_record_text_at (SELF_RECORD (self), col_name);
}

const char *
vb_project_settings_get_description (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), "");
  return vb_record_text_at (SELF_RECORD (self), col_description);
}

VbProjectTemplate
vb_project_settings_get_template (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), VB_PROJECT_TEMPLATE_BLANK);
  return (VbProjectTemplate) vb_record_enum_at (SELF_RECORD (self), col_template);
}

const char *
vb_project_settings_get_currency (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), "EUR");
  return vb_record_text_at (SELF_RECORD (self), col_currency);
}

gboolean
vb_project_settings_get_is_sample (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_bool_at (SELF_RECORD (self), col_is_sample);
}

double
vb_project_settings_get_paid_hours_per_fte (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), 160);
  return vb_record_real_at (SELF_RECORD (self), col_paid_hours);
}

double
vb_project_settings_get_outsource_threshold_hours (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), 40);
  return vb_record_real_at (SELF_RECORD (self), col_threshold);
}

/* bit 0 = Monday … bit 6 = Sunday */
guint
vb_project_settings_get_team_days (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), 0);
  return (guint) vb_record_int_at (SELF_RECORD (self), col_team_days);
}

/* minutes after midnight */
int
vb_project_settings_get_team_from (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), 0);
  return (int) vb_record_int_at (SELF_RECORD (self), col_team_from);
}

int
vb_project_settings_get_team_to (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), 0);
  return (int) vb_record_int_at (SELF_RECORD (self), col_team_to);
}

const char *
vb_project_settings_get_team_timezone (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), "");
  return vb_record_text_at (SELF_RECORD (self), col_team_timezone);
}

const char *
vb_project_settings_get_team_languages (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), "");
  return vb_record_text_at (SELF_RECORD (self), col_team_languages);
}

/* Whether the team's hours are still the template's example */
gboolean
vb_project_settings_get_team_example (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_bool_at (SELF_RECORD (self), col_team_example);
}

const char *
vb_project_settings_get_notes (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), "");
  return vb_record_text_at (SELF_RECORD (self), col_notes);
}

gboolean
vb_project_settings_set_description (VbProjectSettings  *self,
                                     const char         *text,
                                     GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_text_at (SELF_RECORD (self), col_description, text, error);
}

gboolean
vb_project_settings_set_currency (VbProjectSettings  *self,
                                  const char         *code,
                                  GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_text_at (SELF_RECORD (self), col_currency, code, error);
}

gboolean
vb_project_settings_set_paid_hours_per_fte (VbProjectSettings  *self,
                                            double              hours,
                                            GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_real_at (SELF_RECORD (self), col_paid_hours, hours, error);
}

gboolean
vb_project_settings_set_outsource_threshold_hours (VbProjectSettings  *self,
                                                   double              hours,
                                                   GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_real_at (SELF_RECORD (self), col_threshold, hours, error);
}

gboolean
vb_project_settings_set_team_days (VbProjectSettings  *self,
                                   guint               days,
                                   GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_int_at (SELF_RECORD (self), col_team_days, days & 0x7f, error);
}

/* Both ends of the team's day, as one edit */
gboolean
vb_project_settings_set_team_hours (VbProjectSettings  *self,
                                    int                 from,
                                    int                 to,
                                    GError            **error)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  project = vb_record_get_project (SELF_RECORD (self));
  if (project == NULL)
    return vb_record_write_int_at (SELF_RECORD (self), col_team_from, from, error);
  vb_project_begin_edit (project, _("Change the team’s working hours"));
  if (!vb_record_write_int_at (SELF_RECORD (self), col_team_from, from, error) ||
      !vb_record_write_int_at (SELF_RECORD (self), col_team_to, to, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

gboolean
vb_project_settings_set_team_timezone (VbProjectSettings  *self,
                                       const char         *zone,
                                       GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_text_at (SELF_RECORD (self), col_team_timezone, zone, error);
}

gboolean
vb_project_settings_set_team_languages (VbProjectSettings  *self,
                                        const char         *languages,
                                        GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_text_at (SELF_RECORD (self), col_team_languages, languages, error);
}

/**
 * vb_project_settings_confirm_team:
 *
 * The user checked the team's hours and languages a template filled in
 * and keeps them: they stop being an example. One edit.
 */
gboolean
vb_project_settings_confirm_team (VbProjectSettings  *self,
                                  GError            **error)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  if (!vb_project_settings_get_team_example (self))
    return TRUE;
  project = vb_record_get_project (SELF_RECORD (self));
  if (project == NULL)
    return vb_record_write_int_at (SELF_RECORD (self), col_team_example, 0, error);
  vb_project_begin_edit_full (project, VB_ACTIVITY_CONFIRM, _("Confirm the team’s hours and languages"));
  if (!vb_record_write_int_at (SELF_RECORD (self), col_team_example, 0, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

gboolean
vb_project_settings_set_notes (VbProjectSettings  *self,
                               const char         *text,
                               GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_text_at (SELF_RECORD (self), col_notes, text, error);
}

/* Which security questionnaire the project uses: not chosen yet, the Lite
 * screen (the questions marked "lite"), the Full questionnaire or the
 * user's own choice of questions */
VbQuestionnaire
vb_project_settings_get_questionnaire (VbProjectSettings *self)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), VB_QUESTIONNAIRE_UNSET);
  return (VbQuestionnaire) vb_record_enum_at (SELF_RECORD (self), col_questionnaire);
}

gboolean
vb_project_settings_set_questionnaire (VbProjectSettings  *self,
                                       VbQuestionnaire     questionnaire,
                                       GError            **error)
{
  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  return vb_record_write_enum_at (SELF_RECORD (self), col_questionnaire, questionnaire, error);
}

/**
 * vb_project_settings_choose_questionnaire:
 *
 * Chooses the questionnaire the project uses, as one edit (one undo step):
 * Lite asks exactly the questions marked "lite", Full asks every question;
 * custom and "not chosen yet" keep which questions are asked as it is.
 * Changing by hand which questions are asked afterwards makes the choice
 * custom (vb_question_set_included).
 */
gboolean
vb_project_settings_choose_questionnaire (VbProjectSettings  *self,
                                          VbQuestionnaire     questionnaire,
                                          GError            **error)
{
  VbProject *project;
  GListModel *domains;
  guint n_domains;

  g_return_val_if_fail (VB_IS_PROJECT_SETTINGS (self), FALSE);
  g_return_val_if_fail (questionnaire <= VB_QUESTIONNAIRE_CUSTOM, FALSE);
  if (!vb_record_check_live (SELF_RECORD (self), error))
    return FALSE;
  project = vb_record_get_project (SELF_RECORD (self));
  domains = vb_project_get_question_domains (project);
  n_domains = g_list_model_get_n_items (domains);

  /* Translators: an undo step */
  vb_project_begin_edit (project, _("Choose the questionnaire"));
  if (!vb_record_write_enum_at (SELF_RECORD (self), col_questionnaire, questionnaire, error))
    goto failed;
  for (guint d = 0; d < n_domains && (questionnaire == VB_QUESTIONNAIRE_LITE || questionnaire == VB_QUESTIONNAIRE_FULL); d++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, d);
      GListModel *questions = vb_question_domain_get_questions (domain);
      guint n = g_list_model_get_n_items (questions);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbQuestion) question = g_list_model_get_item (questions, i);
          gboolean asked = questionnaire == VB_QUESTIONNAIRE_FULL || vb_question_get_lite (question);

          if (vb_question_get_included (question) != asked &&
              !vb_project_set_bool (project, VB_RECORD (question), "included", asked, error))
            goto failed;
        }
    }
  return vb_project_end_edit (project, error);

failed:
  vb_project_cancel_edit (project);
  return FALSE;
}
