/* vb-question-domain.h — a domain of the security questionnaire
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Access control, data handling, … with a short code. "included" decides
 * whether the domain counts in the compliance score (its questions and
 * answers stay either way).
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_QUESTION_DOMAIN (vb_question_domain_get_type ())

G_DECLARE_FINAL_TYPE (VbQuestionDomain, vb_question_domain, VB, QUESTION_DOMAIN, VbRecord)

const char *vb_question_domain_get_key      (VbQuestionDomain *self);
const char *vb_question_domain_get_code     (VbQuestionDomain *self);
const char *vb_question_domain_get_title    (VbQuestionDomain *self);
gboolean    vb_question_domain_get_included (VbQuestionDomain *self);

gboolean    vb_question_domain_set_code     (VbQuestionDomain *self, const char *text, GError **error);
gboolean    vb_question_domain_set_title    (VbQuestionDomain *self, const char *text, GError **error);
gboolean    vb_question_domain_set_included (VbQuestionDomain *self, gboolean value, GError **error);

GListModel *vb_project_get_question_domains (VbProject *project);
VbQuestionDomain *vb_project_add_question_domain (VbProject *project, GError **error);

G_END_DECLS
