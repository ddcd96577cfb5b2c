/* vb-call-prompt.c — a question of the reference call sheet
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-call-prompt"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-call-prompt.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbCallPrompt
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbCallPrompt, vb_call_prompt, VB_TYPE_RECORD)

static guint col_key, col_text, col_hint, col_example_answer;

#define R(self) VB_RECORD (self)

static gboolean
vb_call_prompt_set_column (VbRecord      *record,
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
  return VB_RECORD_CLASS (vb_call_prompt_parent_class)->set_column (record, column, value, error);
}

static void
vb_call_prompt_class_init (VbCallPromptClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_call_prompt_set_column;
  vb_record_class_bind_table (record_class, "call_prompt");
  col_key = vb_record_class_column (record_class, "key");
  col_text = vb_record_class_column (record_class, "text");
  col_hint = vb_record_class_column (record_class, "hint");
  col_example_answer = vb_record_class_column (record_class, "example_answer");
}

static void
vb_call_prompt_init (VbCallPrompt *self)
{
}

const char *
vb_call_prompt_get_key (VbCallPrompt *self)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_call_prompt_get_text (VbCallPrompt *self)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), "");
  return vb_record_text_at (R (self), col_text);
}

const char *
vb_call_prompt_get_hint (VbCallPrompt *self)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), "");
  return vb_record_text_at (R (self), col_hint);
}

const char *
vb_call_prompt_get_example_answer (VbCallPrompt *self)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), "");
  return vb_record_text_at (R (self), col_example_answer);
}

gboolean
vb_call_prompt_set_text (VbCallPrompt  *self,
                         const char    *text,
                         GError       **error)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), FALSE);
  return vb_record_write_text_at (R (self), col_text, text, error);
}

gboolean
vb_call_prompt_set_hint (VbCallPrompt  *self,
                         const char    *text,
                         GError       **error)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), FALSE);
  return vb_record_write_text_at (R (self), col_hint, text, error);
}

gboolean
vb_call_prompt_set_example_answer (VbCallPrompt  *self,
                                   const char    *text,
                                   GError       **error)
{
  g_return_val_if_fail (VB_IS_CALL_PROMPT (self), FALSE);
  return vb_record_write_text_at (R (self), col_example_answer, text, error);
}

/**
 * vb_project_get_call_prompts:
 *
 * Returns: (transfer none): every call-sheet question in its order (VbCallPrompt), a list
 *   model that follows every commit
 */
GListModel *
vb_project_get_call_prompts (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "call_prompt");
}

/* Returns: (transfer none): a new call-sheet question, one edit */
VbCallPrompt *
vb_project_add_call_prompt (VbProject  *project,
                            GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "call_prompt", error);
  return row ? VB_CALL_PROMPT (row) : NULL;
}
