/* vb-question-domain.c — a domain of the security questionnaire
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-question-domain"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-question-domain.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbQuestionDomain
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbQuestionDomain, vb_question_domain, VB_TYPE_RECORD)

static guint col_key, col_code, col_title, col_included;

#define R(self) VB_RECORD (self)

static gboolean
vb_question_domain_set_column (VbRecord      *record,
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
  return VB_RECORD_CLASS (vb_question_domain_parent_class)->set_column (record, column, value, error);
}

static void
vb_question_domain_class_init (VbQuestionDomainClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_question_domain_set_column;
  vb_record_class_bind_table (record_class, "question_domain");
  col_key = vb_record_class_column (record_class, "key");
  col_code = vb_record_class_column (record_class, "code");
  col_title = vb_record_class_column (record_class, "title");
  col_included = vb_record_class_column (record_class, "included");
}

static void
vb_question_domain_init (VbQuestionDomain *self)
{
}

const char *
vb_question_domain_get_key (VbQuestionDomain *self)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_question_domain_get_code (VbQuestionDomain *self)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), "");
  return vb_record_text_at (R (self), col_code);
}

const char *
vb_question_domain_get_title (VbQuestionDomain *self)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), "");
  return vb_record_text_at (R (self), col_title);
}

gboolean
vb_question_domain_get_included (VbQuestionDomain *self)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), FALSE);
  return vb_record_bool_at (R (self), col_included);
}

gboolean
vb_question_domain_set_code (VbQuestionDomain  *self,
                             const char        *text,
                             GError           **error)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), FALSE);
  return vb_record_write_text_at (R (self), col_code, text, error);
}

gboolean
vb_question_domain_set_title (VbQuestionDomain  *self,
                              const char        *text,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), FALSE);
  return vb_record_write_text_at (R (self), col_title, text, error);
}

gboolean
vb_question_domain_set_included (VbQuestionDomain  *self,
                                 gboolean           value,
                                 GError           **error)
{
  g_return_val_if_fail (VB_IS_QUESTION_DOMAIN (self), FALSE);
  return vb_record_write_bool_at (R (self), col_included, value, error);
}

/**
 * vb_project_get_question_domains:
 *
 * Returns: (transfer none): every question domain in its order (VbQuestionDomain), a list
 *   model that follows every commit
 */
GListModel *
vb_project_get_question_domains (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "question_domain");
}

/* Returns: (transfer none): a new question domain, one edit */
VbQuestionDomain *
vb_project_add_question_domain (VbProject  *project,
                                GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "question_domain", error);
  return row ? VB_QUESTION_DOMAIN (row) : NULL;
}
