/* vb-requirement-section.h — a section of the RFP
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading of the request for proposal with its requirements. "included":
 * the section's requirements go into the RFP; "custom": the user added
 * it; "key": a template section's stable name (kept when its title is
 * edited, empty for the user's own).
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_REQUIREMENT_SECTION (vb_requirement_section_get_type ())

G_DECLARE_FINAL_TYPE (VbRequirementSection, vb_requirement_section, VB, REQUIREMENT_SECTION, VbRecord)

const char *vb_requirement_section_get_key         (VbRequirementSection *self);
const char *vb_requirement_section_get_title       (VbRequirementSection *self);
const char *vb_requirement_section_get_description (VbRequirementSection *self);
gboolean    vb_requirement_section_get_included    (VbRequirementSection *self);
gboolean    vb_requirement_section_get_custom      (VbRequirementSection *self);

gboolean    vb_requirement_section_set_title       (VbRequirementSection *self, const char *text, GError **error);
gboolean    vb_requirement_section_set_description (VbRequirementSection *self, const char *text, GError **error);
gboolean    vb_requirement_section_set_included    (VbRequirementSection *self, gboolean value, GError **error);

GListModel *vb_project_get_requirement_sections (VbProject *project);
VbRequirementSection *vb_project_add_requirement_section (VbProject *project, GError **error);

G_END_DECLS
