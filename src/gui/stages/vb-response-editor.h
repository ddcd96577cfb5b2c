/* vb-response-editor.h — one vendor's answer to one item, and the list of
 * what needs a decision
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-record.h"
#include "vb-vendor-scores.h"

G_BEGIN_DECLS

GtkWidget *vb_response_editor_new            (VbRecord        *item,
                                              VbVendor        *vendor,
                                              gboolean         has_issue,
                                              gboolean         writable);
void       vb_response_editor_sync           (GtkWidget       *editor);
GtkWidget *vb_response_editor_get_answer_row (GtkWidget       *editor);

gboolean   vb_response_scores_mention        (VbVendorScores  *scores,
                                              VbRecord        *item);
void       vb_response_issues_fill           (GtkListBox      *list,
                                              VbVendorScores  *scores,
                                              VbVendor        *vendor);

G_END_DECLS
