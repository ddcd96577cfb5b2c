/* vb-requirement.h — one requirement of the RFP
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Describe how you will …": a priority (must / should / nice), in the RFP
 * or not ("included"), the user's own or the template's ("custom"), and a
 * stable "key" that stays when the text is edited.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-requirement-section.h"

G_BEGIN_DECLS

#define VB_TYPE_REQUIREMENT (vb_requirement_get_type ())

G_DECLARE_FINAL_TYPE (VbRequirement, vb_requirement, VB, REQUIREMENT, VbRecord)

/* What a project's (or a section's) requirements add up to */
typedef struct {
  guint n_sections;
  guint n_sections_included;
  guint n_requirements;
  guint n_included;   /* in the RFP: included, in an included section */
  guint n_must;       /* of those, the must-haves */
} VbRequirementCounts;

VbRequirementSection *vb_requirement_get_section  (VbRequirement *self);
const char           *vb_requirement_get_key      (VbRequirement *self);
const char           *vb_requirement_get_text     (VbRequirement *self);
VbPriority            vb_requirement_get_priority (VbRequirement *self);
gboolean              vb_requirement_get_included (VbRequirement *self);
gboolean              vb_requirement_get_custom   (VbRequirement *self);
const char           *vb_requirement_get_notes    (VbRequirement *self);

gboolean              vb_requirement_set_text     (VbRequirement *self, const char *text, GError **error);
gboolean              vb_requirement_set_priority (VbRequirement *self, VbPriority value, GError **error);
gboolean              vb_requirement_set_included (VbRequirement *self, gboolean value, GError **error);
gboolean              vb_requirement_set_notes    (VbRequirement *self, const char *text, GError **error);
gboolean              vb_requirement_move         (VbRequirement *self, guint index, GError **error);

GListModel *vb_requirement_section_get_requirements (VbRequirementSection *section);
VbRequirement *vb_requirement_section_add_requirement (VbRequirementSection *section, GError **error);
void        vb_requirement_section_count (VbRequirementSection *section, VbRequirementCounts *counts);
void        vb_project_count_requirements (VbProject *project, VbRequirementCounts *counts);
gboolean    vb_requirement_section_confirm_all (VbRequirementSection *section, GError **error);
guint       vb_project_count_requirement_examples (VbProject *project, VbRequirementSection **first);

G_END_DECLS
