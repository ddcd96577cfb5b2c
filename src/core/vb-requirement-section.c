/* vb-requirement-section.c — a section of the RFP
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-requirement-section"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-requirement-section.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbRequirementSection
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbRequirementSection, vb_requirement_section, VB_TYPE_RECORD)

static guint col_key, col_title, col_description, col_included, col_custom;

#define R(self) VB_RECORD (self)

static gboolean
vb_requirement_section_set_column (VbRecord      *record,
                                   guint          column,
                                   const GValue  *value,
                                   GError       **error)
{
  if (column == col_key)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The key of a template item stays as it is, whatever its text says."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_requirement_section_parent_class)->set_column (record, column, value, error);
}

static void
vb_requirement_section_class_init (VbRequirementSectionClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_requirement_section_set_column;
  vb_record_class_bind_table (record_class, "requirement_section");
  col_key = vb_record_class_column (record_class, "key");
  col_title = vb_record_class_column (record_class, "title");
  col_description = vb_record_class_column (record_class, "description");
  col_included = vb_record_class_column (record_class, "included");
  col_custom = vb_record_class_column (record_class, "custom");
}

static void
vb_requirement_section_init (VbRequirementSection *self)
{
}

const char *
vb_requirement_section_get_key (VbRequirementSection *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_requirement_section_get_title (VbRequirementSection *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), "");
  return vb_record_text_at (R (self), col_title);
}

const char *
vb_requirement_section_get_description (VbRequirementSection *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), "");
  return vb_record_text_at (R (self), col_description);
}

gboolean
vb_requirement_section_get_included (VbRequirementSection *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), FALSE);
  return vb_record_bool_at (R (self), col_included);
}

gboolean
vb_requirement_section_get_custom (VbRequirementSection *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), FALSE);
  return vb_record_bool_at (R (self), col_custom);
}

gboolean
vb_requirement_section_set_title (VbRequirementSection  *self,
                                  const char            *text,
                                  GError               **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), FALSE);
  return vb_record_write_text_at (R (self), col_title, text, error);
}

gboolean
vb_requirement_section_set_description (VbRequirementSection  *self,
                                        const char            *text,
                                        GError               **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), FALSE);
  return vb_record_write_text_at (R (self), col_description, text, error);
}

gboolean
vb_requirement_section_set_included (VbRequirementSection  *self,
                                     gboolean               value,
                                     GError               **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (self), FALSE);
  return vb_record_write_bool_at (R (self), col_included, value, error);
}

/**
 * vb_project_get_requirement_sections:
 *
 * Returns: (transfer none): every requirement section in its order (VbRequirementSection), a list
 *   model that follows every commit
 */
GListModel *
vb_project_get_requirement_sections (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "requirement_section");
}

/* Returns: (transfer none): a new requirement section of the user's own (marked
 * custom), one edit */
VbRequirementSection *
vb_project_add_requirement_section (VbProject  *project,
                                    GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  vb_project_begin_edit (project, _("Add a section"));
  row = vb_project_add (project, "requirement_section", error);
  if (row == NULL || !vb_record_write_bool_at (row, col_custom, TRUE, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? VB_REQUIREMENT_SECTION (row) : NULL;
}
