/* vb-reference-answer.c — what a reference said to one call-sheet question
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-reference-answer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-reference-answer.h"

struct _VbReferenceAnswer
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbReferenceAnswer, vb_reference_answer, VB_TYPE_RECORD)

static guint col_reference_id, col_prompt_id, col_answer;

#define R(self) VB_RECORD (self)

static gboolean
vb_reference_answer_set_column (VbRecord      *record,
                                guint          column,
                                const GValue  *value,
                                GError       **error)
{
  if (column == col_reference_id || column == col_prompt_id)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("An answer stays with its reference and its question of the call sheet."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_reference_answer_parent_class)->set_column (record, column, value, error);
}

static void
vb_reference_answer_class_init (VbReferenceAnswerClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_reference_answer_set_column;
  vb_record_class_bind_table (record_class, "reference_answer");
  col_reference_id = vb_record_class_column (record_class, "reference_id");
  col_prompt_id = vb_record_class_column (record_class, "prompt_id");
  col_answer = vb_record_class_column (record_class, "answer");
}

static void
vb_reference_answer_init (VbReferenceAnswer *self)
{
}

/* Returns: (transfer none) (nullable): NULL once removed */
VbReference *
vb_reference_answer_get_reference (VbReferenceAnswer *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_REFERENCE_ANSWER (self), NULL);
  project = vb_record_get_project (R (self));
  return project ? VB_REFERENCE (vb_project_lookup (project, vb_record_text_at (R (self), col_reference_id))) : NULL;
}

/* Returns: (transfer none) (nullable): NULL once removed */
VbCallPrompt *
vb_reference_answer_get_prompt (VbReferenceAnswer *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_REFERENCE_ANSWER (self), NULL);
  project = vb_record_get_project (R (self));
  return project ? VB_CALL_PROMPT (vb_project_lookup (project, vb_record_text_at (R (self), col_prompt_id))) : NULL;
}

const char *
vb_reference_answer_get_answer (VbReferenceAnswer *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE_ANSWER (self), "");
  return vb_record_text_at (R (self), col_answer);
}

gboolean
vb_reference_answer_set_answer (VbReferenceAnswer  *self,
                                const char         *text,
                                GError            **error)
{
  g_return_val_if_fail (VB_IS_REFERENCE_ANSWER (self), FALSE);
  return vb_record_write_text_at (R (self), col_answer, text, error);
}

/**
 * vb_reference_get_answers:
 *
 * Returns: (transfer none): the reference's answers (VbReferenceAnswer) in
 *   the order they were written; empty once the reference is removed
 */
GListModel *
vb_reference_get_answers (VbReference *reference)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_REFERENCE (reference), NULL);
  project = vb_record_get_project (VB_RECORD (reference));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_REFERENCE_ANSWER);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "reference_answer", "reference_id", VB_RECORD (reference));
}

/* Returns: (transfer none) (nullable): the reference's answer to @prompt */
VbReferenceAnswer *
vb_reference_get_answer_to (VbReference  *reference,
                            VbCallPrompt *prompt)
{
  GListModel *answers;
  guint n;

  g_return_val_if_fail (VB_IS_REFERENCE (reference), NULL);
  g_return_val_if_fail (VB_IS_CALL_PROMPT (prompt), NULL);
  answers = vb_reference_get_answers (reference);
  n = g_list_model_get_n_items (answers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbReferenceAnswer) a = g_list_model_get_item (answers, i);

      if (g_strcmp0 (vb_record_text_at (R (a), col_prompt_id), vb_record_get_uuid (VB_RECORD (prompt))) == 0)
        return a;
    }
  return NULL;
}

/**
 * vb_reference_set_answer_to:
 *
 * What the reference said to @prompt of the call sheet: the answer row is
 * made the first time, in the same edit (the call sheet opens ready to
 * type into, without a row per prompt beforehand).
 */
gboolean
vb_reference_set_answer_to (VbReference   *reference,
                            VbCallPrompt  *prompt,
                            const char    *text,
                            GError       **error)
{
  VbReferenceAnswer *answer;
  VbProject *project;
  const char *refs[] = { "reference_id", "prompt_id" };
  VbRecord *parents[] = { VB_RECORD (reference), VB_RECORD (prompt) };
  VbRecord *row;

  g_return_val_if_fail (VB_IS_REFERENCE (reference), FALSE);
  g_return_val_if_fail (VB_IS_CALL_PROMPT (prompt), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  if (!vb_record_check_live (VB_RECORD (reference), error) || !vb_record_check_live (VB_RECORD (prompt), error))
    return FALSE;
  answer = vb_reference_get_answer_to (reference, prompt);
  if (answer != NULL)
    return vb_reference_answer_set_answer (answer, text, error);

  project = vb_record_get_project (VB_RECORD (reference));
  /* Translators: an undo step */
  vb_project_begin_edit (project, _("Note a reference’s answer"));
  row = vb_project_add_row (project, "reference_answer", refs, parents, 2, error);
  if (row == NULL || !vb_record_write_text_at (row, col_answer, text, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}
