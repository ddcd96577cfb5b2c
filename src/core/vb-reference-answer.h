/* vb-reference-answer.h — what a reference said to one call-sheet question
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The call sheet is the project's (VbCallPrompt); each reference's answers
 * point at its prompts, so rewording a prompt rewords it for every
 * reference, and removing a prompt removes the answers given to it.
 */

#pragma once

#include "vb-call-prompt.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-reference.h"

G_BEGIN_DECLS

#define VB_TYPE_REFERENCE_ANSWER (vb_reference_answer_get_type ())

G_DECLARE_FINAL_TYPE (VbReferenceAnswer, vb_reference_answer, VB, REFERENCE_ANSWER, VbRecord)

VbReference       *vb_reference_answer_get_reference (VbReferenceAnswer *self);
VbCallPrompt      *vb_reference_answer_get_prompt    (VbReferenceAnswer *self);
const char        *vb_reference_answer_get_answer    (VbReferenceAnswer *self);

gboolean           vb_reference_answer_set_answer    (VbReferenceAnswer *self, const char *text, GError **error);

GListModel        *vb_reference_get_answers          (VbReference *reference);
VbReferenceAnswer *vb_reference_get_answer_to        (VbReference *reference, VbCallPrompt *prompt);
gboolean           vb_reference_set_answer_to        (VbReference *reference, VbCallPrompt *prompt, const char *text,
                                                      GError **error);

G_END_DECLS
