/* vb-question.h — one question of the security questionnaire
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliant answer (yes or no), a weight, a high-risk mark, guidance
 * for a non-compliant answer and framework tags (question_framework rows,
 * one tag each). "included": the question is asked; "lite": it is on the
 * Lite screen.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-question-domain.h"

G_BEGIN_DECLS

#define VB_TYPE_QUESTION (vb_question_get_type ())

G_DECLARE_FINAL_TYPE (VbQuestion, vb_question, VB, QUESTION, VbRecord)

VbQuestionDomain *vb_question_get_domain          (VbQuestion *self);
const char       *vb_question_get_key             (VbQuestion *self);
const char       *vb_question_get_text            (VbQuestion *self);
VbYesNo           vb_question_get_expected_answer (VbQuestion *self);
double            vb_question_get_weight          (VbQuestion *self);
gboolean          vb_question_get_high_risk       (VbQuestion *self);
const char       *vb_question_get_guidance        (VbQuestion *self);
gboolean          vb_question_get_included        (VbQuestion *self);
gboolean          vb_question_get_lite            (VbQuestion *self);

gboolean          vb_question_set_text            (VbQuestion *self, const char *text, GError **error);
gboolean          vb_question_set_expected_answer (VbQuestion *self, VbYesNo value, GError **error);
gboolean          vb_question_set_weight          (VbQuestion *self, double value, GError **error);
gboolean          vb_question_set_high_risk       (VbQuestion *self, gboolean value, GError **error);
gboolean          vb_question_set_guidance        (VbQuestion *self, const char *text, GError **error);
gboolean          vb_question_set_included        (VbQuestion *self, gboolean value, GError **error);
gboolean          vb_question_set_lite            (VbQuestion *self, gboolean value, GError **error);

char      **vb_question_dup_frameworks (VbQuestion *self);
gboolean    vb_question_set_frameworks (VbQuestion *self, const char *const *tags, GError **error);

GListModel *vb_question_domain_get_questions (VbQuestionDomain *domain);
VbQuestion *vb_question_domain_add_question (VbQuestionDomain *domain, GError **error);
void        vb_question_domain_count_asked (VbQuestionDomain *domain, guint *n_asked, double *weight);

G_END_DECLS
