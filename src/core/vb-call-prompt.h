/* vb-call-prompt.h — a question of the reference call sheet
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The call sheet is one list per project: the same prompts for every
 * reference, with a hint for the caller and an example of a telling
 * answer. Removing a prompt removes the answers given to it.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_CALL_PROMPT (vb_call_prompt_get_type ())

G_DECLARE_FINAL_TYPE (VbCallPrompt, vb_call_prompt, VB, CALL_PROMPT, VbRecord)

const char *vb_call_prompt_get_key            (VbCallPrompt *self);
const char *vb_call_prompt_get_text           (VbCallPrompt *self);
const char *vb_call_prompt_get_hint           (VbCallPrompt *self);
const char *vb_call_prompt_get_example_answer (VbCallPrompt *self);

gboolean    vb_call_prompt_set_text           (VbCallPrompt *self, const char *text, GError **error);
gboolean    vb_call_prompt_set_hint           (VbCallPrompt *self, const char *text, GError **error);
gboolean    vb_call_prompt_set_example_answer (VbCallPrompt *self, const char *text, GError **error);

GListModel *vb_project_get_call_prompts (VbProject *project);
VbCallPrompt *vb_project_add_call_prompt (VbProject *project, GError **error);

G_END_DECLS
