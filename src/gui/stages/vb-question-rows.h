/* vb-question-rows.h — the rows of the Security & Compliance page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-question.h"

G_BEGIN_DECLS

GtkWidget *vb_domain_row_new         (VbQuestionDomain *domain);
char      *vb_domain_counts_text     (VbQuestionDomain *domain);
GtkWidget *vb_question_row_new       (VbQuestion       *question);
void       vb_question_row_open      (GtkWidget        *row,
                                      const char       *property);

G_END_DECLS
