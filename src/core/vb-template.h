/* vb-template.h — project templates (data/templates, translatable XML)
 * and the vendor-selection lists they bring: requirement (RFP) sections,
 * the security and compliance questionnaire, the reference call sheet
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

typedef struct {
  VbProjectTemplate  id;
  char              *name;
  char              *description;
} VbTemplateInfo;

void        vb_template_info_free            (VbTemplateInfo    *info);
GPtrArray  *vb_template_list                 (void);
VbChannel   vb_template_get_default_channel  (VbProjectTemplate  id);

/* Every key below is stable (a kebab-case word list, unique in its
 * file): rules find an item by its key whatever its wording. Every text
 * is translated. */

/* One item of a request for proposal */
typedef struct {
  char       *key;
  char       *text;         /* “Describe how you will …” / “Send …” */
  VbPriority  priority;
} VbTemplateRequirement;

typedef struct {
  char       *key;
  char       *title;
  char       *description;  /* "" when there is none */
  GPtrArray  *requirements; /* (element-type VbTemplateRequirement) */
} VbTemplateSection;

/* One yes/no question of the security and compliance questionnaire */
typedef struct {
  char       *key;
  char       *text;
  VbYesNo     answer;       /* the compliant answer */
  double      weight;       /* 1 to 5, 5 the most important */
  gboolean    high_risk;    /* the wrong answer is a deal-breaker */
  gboolean    lite;         /* part of the short (Lite) screen */
  char       *guidance;     /* what to ask or require after the wrong answer */
  GStrv       frameworks;   /* tags such as “ISO 27001 A.5.19”, never NULL */
} VbTemplateQuestion;

typedef struct {
  char       *key;
  char       *code;         /* short code, e.g. “AC” */
  char       *title;
  char       *description;  /* "" when there is none */
  GPtrArray  *questions;    /* (element-type VbTemplateQuestion) */
} VbTemplateDomain;

/* One question of the reference call sheet */
typedef struct {
  char       *key;
  char       *text;
  char       *hint;         /* what a good or bad answer sounds like; "" when none */
} VbTemplatePrompt;

void        vb_template_requirement_free          (VbTemplateRequirement  *requirement);
void        vb_template_section_free              (VbTemplateSection      *section);
void        vb_template_question_free             (VbTemplateQuestion     *question);
void        vb_template_domain_free               (VbTemplateDomain       *domain);
void        vb_template_prompt_free               (VbTemplatePrompt       *prompt);

GPtrArray  *vb_template_get_requirement_sections  (VbProjectTemplate       id,
                                                   GError                **error);
GPtrArray  *vb_questionnaire_load                 (GError                **error);
GPtrArray  *vb_call_sheet_load                    (VbProjectTemplate       id,
                                                   GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTemplateRequirement, vb_template_requirement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTemplateSection, vb_template_section_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTemplateQuestion, vb_template_question_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTemplateDomain, vb_template_domain_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTemplatePrompt, vb_template_prompt_free)

G_END_DECLS
