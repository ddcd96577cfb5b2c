/* vb-requirement-rows.h — the rows of the Requirements page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-requirement.h"

G_BEGIN_DECLS

GtkWidget *vb_section_row_new          (VbRequirementSection *section);
GtkWidget *vb_requirement_row_new      (VbRequirement        *requirement);
void       vb_requirement_row_open     (GtkWidget            *row,
                                        const char           *property);
char      *vb_requirement_counts_text  (const VbRequirementCounts *counts);

typedef struct {
  GtkWidget *example_row;
  GtkWidget *counts;
  GtkWidget *requirements_list;
} VbSectionEditorParts;

gboolean   vb_section_has_examples     (VbRequirementSection *section);
GtkWidget *vb_section_editor_new       (VbRequirementSection *section,
                                        VbSectionEditorParts *parts);

/* the lists' rows keep their record in "vb-record" */
GtkWidget *vb_list_find_row            (GtkWidget            *list,
                                        gpointer              record);
gpointer   vb_list_focused_record      (GtkWidget            *list);
gboolean   vb_focus_is_in_text         (GtkWidget            *widget);
GtkWidget *vb_find_named               (GtkWidget            *root,
                                        const char           *name);
gpointer   vb_model_lookup             (GListModel           *model,
                                        const char           *uuid);
guint      vb_model_index_of           (GListModel           *model,
                                        gpointer              item);

G_END_DECLS
