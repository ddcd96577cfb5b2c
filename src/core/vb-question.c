/* vb-question.c — one question of the security questionnaire
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-question"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-project-settings.h"
#include "vb-question.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbQuestion
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbQuestion, vb_question, VB_TYPE_RECORD)

static guint col_domain_id, col_key, col_text, col_expected_answer, col_weight, col_high_risk, col_guidance,
             col_included, col_lite;

#define R(self) VB_RECORD (self)

static gboolean
vb_question_set_column (VbRecord      *record,
                        guint          column,
                        const GValue  *value,
                        GError       **error)
{
  if (column == col_key)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The key of a template item stays as it is, whatever its text says."));
      return FALSE;
    }
  if (column == col_domain_id)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A question stays in its domain: add one to the other domain instead."));
      return FALSE;
    }
  /* the rule of the questionnaire, for the views' switch too */
  if (column == col_included)
    return vb_question_set_included (VB_QUESTION (record), g_value_get_boolean (value), error);
  return VB_RECORD_CLASS (vb_question_parent_class)->set_column (record, column, value, error);
}

static void
vb_question_class_init (VbQuestionClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_question_set_column;
  vb_record_class_bind_table (record_class, "question");
  col_domain_id = vb_record_class_column (record_class, "domain_id");
  col_key = vb_record_class_column (record_class, "key");
  col_text = vb_record_class_column (record_class, "text");
  col_expected_answer = vb_record_class_column (record_class, "expected_answer");
  col_weight = vb_record_class_column (record_class, "weight");
  col_high_risk = vb_record_class_column (record_class, "high_risk");
  col_guidance = vb_record_class_column (record_class, "guidance");
  col_included = vb_record_class_column (record_class, "included");
  col_lite = vb_record_class_column (record_class, "lite");
}

static void
vb_question_init (VbQuestion *self)
{
}

/* Returns: (transfer none) (nullable): NULL once removed */
VbQuestionDomain *
vb_question_get_domain (VbQuestion *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_QUESTION (self), NULL);
  project = vb_record_get_project (R (self));
  return project ? VB_QUESTION_DOMAIN (vb_project_lookup (project, vb_record_text_at (R (self), col_domain_id))) : NULL;
}

const char *
vb_question_get_key (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_question_get_text (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), "");
  return vb_record_text_at (R (self), col_text);
}

VbYesNo
vb_question_get_expected_answer (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), 0);
  return (VbYesNo) vb_record_enum_at (R (self), col_expected_answer);
}

double
vb_question_get_weight (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), 0);
  return vb_record_real_at (R (self), col_weight);
}

gboolean
vb_question_get_high_risk (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_bool_at (R (self), col_high_risk);
}

const char *
vb_question_get_guidance (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), "");
  return vb_record_text_at (R (self), col_guidance);
}

gboolean
vb_question_get_included (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_bool_at (R (self), col_included);
}

gboolean
vb_question_get_lite (VbQuestion *self)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_bool_at (R (self), col_lite);
}

gboolean
vb_question_set_text (VbQuestion  *self,
                      const char  *text,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_write_text_at (R (self), col_text, text, error);
}

gboolean
vb_question_set_expected_answer (VbQuestion  *self,
                                 VbYesNo      value,
                                 GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_write_enum_at (R (self), col_expected_answer, value, error);
}

gboolean
vb_question_set_weight (VbQuestion  *self,
                        double       value,
                        GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_write_real_at (R (self), col_weight, value, error);
}

gboolean
vb_question_set_high_risk (VbQuestion  *self,
                           gboolean     value,
                           GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_write_bool_at (R (self), col_high_risk, value, error);
}

gboolean
vb_question_set_guidance (VbQuestion  *self,
                          const char  *text,
                          GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_write_text_at (R (self), col_guidance, text, error);
}

/* Asks the question or leaves it out. When the project uses the Lite or
 * the Full questionnaire, its choice becomes custom in the same edit: the
 * questions asked are no longer that set. */
gboolean
vb_question_set_included (VbQuestion  *self,
                          gboolean     value,
                          GError     **error)
{
  VbProject *project;
  VbProjectSettings *settings;
  VbQuestionnaire questionnaire;

  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  if (!vb_record_check_live (R (self), error))
    return FALSE;
  project = vb_record_get_project (R (self));
  settings = vb_project_get_settings (project);
  questionnaire = vb_project_settings_get_questionnaire (settings);
  if ((questionnaire != VB_QUESTIONNAIRE_LITE && questionnaire != VB_QUESTIONNAIRE_FULL) ||
      !value == !vb_question_get_included (self))
    return vb_record_write_bool_at (R (self), col_included, value, error);

  /* Translators: an undo step */
  vb_project_begin_edit (project, value ? _("Ask a question") : _("Leave a question out"));
  if (!vb_record_write_bool_at (R (self), col_included, value, error) ||
      !vb_project_settings_set_questionnaire (settings, VB_QUESTIONNAIRE_CUSTOM, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

gboolean
vb_question_set_lite (VbQuestion  *self,
                      gboolean     value,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  return vb_record_write_bool_at (R (self), col_lite, value, error);
}

/**
 * vb_question_domain_get_questions:
 *
 * Returns: (transfer none): the domain's questions in their order
 *   (VbQuestion), a list model that follows every commit; empty once the
 *   domain is removed
 */
GListModel *
vb_question_domain_get_questions (VbQuestionDomain *domain)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (domain), NULL);
  project = vb_record_get_project (VB_RECORD (domain));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_QUESTION);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "question", "domain_id", VB_RECORD (domain));
}

/* Returns: (transfer none): a new question of the domain, one edit */
VbQuestion *
vb_question_domain_add_question (VbQuestionDomain  *domain,
                                 GError           **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (domain), NULL);
  if (!vb_record_check_live (VB_RECORD (domain), error))
    return NULL;
  row = vb_project_add_child (vb_record_get_project (VB_RECORD (domain)), "question", "domain_id",
                              VB_RECORD (domain), error);
  return row ? VB_QUESTION (row) : NULL;
}

/**
 * vb_question_dup_frameworks:
 *
 * Returns: (transfer full): the question's framework tags in their order
 *   ("ISO 27001 A.5.19", "GDPR 28(3)(d)")
 */
char **
vb_question_dup_frameworks (VbQuestion *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  VbProject *project;
  char **out;

  g_return_val_if_fail (VB_IS_QUESTION (self), NULL);
  project = vb_record_get_project (R (self));
  if (project != NULL)
    {
      g_autoptr(GPtrArray) tags = vb_project_children (project, "question_framework", "question_id", R (self));

      for (guint i = 0; i < tags->len; i++)
        g_strv_builder_add (builder, vb_record_get_text (g_ptr_array_index (tags, i), "tag"));
    }
  out = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return out;
}

/**
 * vb_question_set_frameworks:
 * @tags: (array zero-terminated=1): the tags, in their order
 *
 * Replaces the question's framework tags as one edit: each tag trimmed,
 * empty ones and repeats left out. Tags that stay keep their rows.
 */
gboolean
vb_question_set_frameworks (VbQuestion         *self,
                            const char *const  *tags,
                            GError            **error)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = NULL;
  VbProject *project;

  g_return_val_if_fail (VB_IS_QUESTION (self), FALSE);
  g_return_val_if_fail (tags != NULL, FALSE);
  if (!vb_record_check_live (R (self), error))
    return FALSE;
  for (guint i = 0; tags[i]; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));

      if (*tag && !g_ptr_array_find_with_equal_func (wanted, tag, g_str_equal, NULL))
        g_ptr_array_add (wanted, g_steal_pointer (&tag));
    }

  project = vb_record_get_project (R (self));
  rows = vb_project_children (project, "question_framework", "question_id", R (self));
  if (rows->len == wanted->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < rows->len && same; i++)
        same = g_str_equal (vb_record_get_text (g_ptr_array_index (rows, i), "tag"), wanted->pdata[i]);
      if (same)
        return TRUE;
    }

  /* Translators: an undo step */
  vb_project_begin_edit (project, _("Change the framework tags"));
  /* the rows in order: reuse them for the first tags, add or remove the rest */
  for (guint i = 0; i < MAX (rows->len, wanted->len); i++)
    {
      gboolean ok;

      if (i < rows->len && i < wanted->len)
        ok = vb_project_set_text (project, g_ptr_array_index (rows, i), "tag", wanted->pdata[i], error);
      else if (i < rows->len)
        ok = vb_project_remove (project, g_ptr_array_index (rows, i), error);
      else
        {
          VbRecord *row = vb_project_add_child (project, "question_framework", "question_id", R (self), error);

          ok = row != NULL && vb_project_set_text (project, row, "tag", wanted->pdata[i], error);
        }
      if (!ok)
        {
          vb_project_cancel_edit (project);
          return FALSE;
        }
    }
  return vb_project_end_edit (project, error);
}

/**
 * vb_question_domain_count_asked:
 * @n_asked: (out) (optional): how many of the domain's questions are asked
 * @weight: (out) (optional): the sum of their weights
 *
 * What the domain asks, whether or not it counts in the score.
 */
void
vb_question_domain_count_asked (VbQuestionDomain *domain,
                                guint            *n_asked,
                                double           *weight)
{
  GListModel *questions;
  guint n, asked = 0;
  double sum = 0;

  g_return_if_fail (VB_IS_QUESTION_DOMAIN (domain));
  questions = vb_question_domain_get_questions (domain);
  n = g_list_model_get_n_items (questions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbQuestion) question = g_list_model_get_item (questions, i);

      if (vb_question_get_included (question))
        {
          asked++;
          sum += vb_question_get_weight (question);
        }
    }
  if (n_asked)
    *n_asked = asked;
  if (weight)
    *weight = sum;
}
