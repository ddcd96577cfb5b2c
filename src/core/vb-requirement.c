/* vb-requirement.c — one requirement of the RFP
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-requirement"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-requirement.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbRequirement
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbRequirement, vb_requirement, VB_TYPE_RECORD)

static guint col_section_id, col_key, col_text, col_priority, col_included, col_custom, col_notes;

#define R(self) VB_RECORD (self)

static gboolean
vb_requirement_set_column (VbRecord      *record,
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
  if (column == col_section_id)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A requirement stays in its section: add one to the other section instead."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_requirement_parent_class)->set_column (record, column, value, error);
}

static void
vb_requirement_class_init (VbRequirementClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_requirement_set_column;
  vb_record_class_bind_table (record_class, "requirement");
  col_section_id = vb_record_class_column (record_class, "section_id");
  col_key = vb_record_class_column (record_class, "key");
  col_text = vb_record_class_column (record_class, "text");
  col_priority = vb_record_class_column (record_class, "priority");
  col_included = vb_record_class_column (record_class, "included");
  col_custom = vb_record_class_column (record_class, "custom");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_requirement_init (VbRequirement *self)
{
}

/* Returns: (transfer none) (nullable): NULL once removed */
VbRequirementSection *
vb_requirement_get_section (VbRequirement *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_REQUIREMENT (self), NULL);
  project = vb_record_get_project (R (self));
  return project ? VB_REQUIREMENT_SECTION (vb_project_lookup (project, vb_record_text_at (R (self), col_section_id))) : NULL;
}

const char *
vb_requirement_get_key (VbRequirement *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_requirement_get_text (VbRequirement *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), "");
  return vb_record_text_at (R (self), col_text);
}

VbPriority
vb_requirement_get_priority (VbRequirement *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), 0);
  return (VbPriority) vb_record_enum_at (R (self), col_priority);
}

gboolean
vb_requirement_get_included (VbRequirement *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  return vb_record_bool_at (R (self), col_included);
}

gboolean
vb_requirement_get_custom (VbRequirement *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  return vb_record_bool_at (R (self), col_custom);
}

const char *
vb_requirement_get_notes (VbRequirement *self)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), "");
  return vb_record_text_at (R (self), col_notes);
}

gboolean
vb_requirement_set_text (VbRequirement  *self,
                         const char     *text,
                         GError        **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  return vb_record_write_text_at (R (self), col_text, text, error);
}

gboolean
vb_requirement_set_priority (VbRequirement  *self,
                             VbPriority      value,
                             GError        **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  return vb_record_write_enum_at (R (self), col_priority, value, error);
}

gboolean
vb_requirement_set_included (VbRequirement  *self,
                             gboolean        value,
                             GError        **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  return vb_record_write_bool_at (R (self), col_included, value, error);
}

gboolean
vb_requirement_set_notes (VbRequirement  *self,
                          const char     *text,
                          GError        **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  return vb_record_write_text_at (R (self), col_notes, text, error);
}

/**
 * vb_requirement_section_get_requirements:
 *
 * Returns: (transfer none): the section's requirements in their order
 *   (VbRequirement), a list model that follows every commit; empty once the
 *   section is removed
 */
GListModel *
vb_requirement_section_get_requirements (VbRequirementSection *section)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (section), NULL);
  project = vb_record_get_project (VB_RECORD (section));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_REQUIREMENT);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "requirement", "section_id", VB_RECORD (section));
}

/* Returns: (transfer none): a new requirement of the user's own (marked
 * custom) in the section, one edit */
VbRequirement *
vb_requirement_section_add_requirement (VbRequirementSection  *section,
                                        GError               **error)
{
  VbProject *project;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (section), NULL);
  if (!vb_record_check_live (VB_RECORD (section), error))
    return NULL;
  project = vb_record_get_project (VB_RECORD (section));
  vb_project_begin_edit (project, _("Add a requirement"));
  row = vb_project_add_child (project, "requirement", "section_id", VB_RECORD (section), error);
  if (row == NULL || !vb_record_write_bool_at (row, col_custom, TRUE, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? VB_REQUIREMENT (row) : NULL;
}

/**
 * vb_requirement_move:
 * @index: the place the requirement takes among its section's
 *
 * Reorders the requirement inside its section, one edit.
 */
gboolean
vb_requirement_move (VbRequirement  *self,
                     guint           index,
                     GError        **error)
{
  VbProject *project;
  GListModel *siblings, *all;
  g_autoptr(VbRequirement) target = NULL;
  guint n;

  g_return_val_if_fail (VB_IS_REQUIREMENT (self), FALSE);
  if (!vb_record_check_live (R (self), error))
    return FALSE;
  project = vb_record_get_project (R (self));
  siblings = vb_requirement_section_get_requirements (vb_requirement_get_section (self));
  n = g_list_model_get_n_items (siblings);
  g_assert (n > 0);
  target = g_list_model_get_item (siblings, MIN (index, n - 1));
  if (target == self)
    return TRUE;
  /* the rows of the table are in one order: take the place of the sibling
   * that is there now (before it moving up, after it moving down) */
  all = vb_project_get_records (project, "requirement");
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) row = g_list_model_get_item (all, i);

      if (row == VB_RECORD (target))
        return vb_record_move (R (self), i, error);
    }
  g_assert_not_reached ();
  return FALSE;
}

/**
 * vb_requirement_section_count:
 * @counts: (inout): what the section holds, added to it
 *
 * A requirement is in the RFP when it is included and so is its section.
 */
void
vb_requirement_section_count (VbRequirementSection *section,
                              VbRequirementCounts  *counts)
{
  GListModel *requirements;
  gboolean section_in;
  guint n;

  g_return_if_fail (VB_IS_REQUIREMENT_SECTION (section));
  g_return_if_fail (counts != NULL);
  requirements = vb_requirement_section_get_requirements (section);
  section_in = vb_requirement_section_get_included (section);
  n = g_list_model_get_n_items (requirements);
  counts->n_sections++;
  counts->n_sections_included += section_in;
  counts->n_requirements += n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRequirement) requirement = g_list_model_get_item (requirements, i);

      if (section_in && vb_requirement_get_included (requirement))
        {
          counts->n_included++;
          counts->n_must += vb_requirement_get_priority (requirement) == VB_PRIORITY_MUST;
        }
    }
}

/* @counts: (out): every section's counts added up */
void
vb_project_count_requirements (VbProject           *project,
                               VbRequirementCounts *counts)
{
  GListModel *sections;
  guint n;

  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (counts != NULL);
  memset (counts, 0, sizeof *counts);
  sections = vb_project_get_requirement_sections (project);
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);

      vb_requirement_section_count (section, counts);
    }
}

/**
 * vb_requirement_section_confirm_all:
 *
 * Keeps a template's section and every one of its requirements that is
 * still an example as they are: one edit, one undo step.
 */
gboolean
vb_requirement_section_confirm_all (VbRequirementSection  *section,
                                    GError               **error)
{
  VbProject *project;
  GListModel *requirements;
  guint n;

  g_return_val_if_fail (VB_IS_REQUIREMENT_SECTION (section), FALSE);
  if (!vb_record_check_live (VB_RECORD (section), error))
    return FALSE;
  project = vb_record_get_project (VB_RECORD (section));
  requirements = vb_requirement_section_get_requirements (section);
  n = g_list_model_get_n_items (requirements);
  /* Translators: an undo step, e.g. “Keep the section “Staffing” as it is” */
  {
    g_autofree char *summary = g_strdup_printf (_("Keep the section “%s” as it is"),
                                                vb_requirement_section_get_title (section));
    vb_project_begin_edit (project, summary);
  }
  if (!vb_record_confirm (VB_RECORD (section), error))
    goto failed;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) requirement = g_list_model_get_item (requirements, i);

      if (!vb_record_confirm (requirement, error))
        goto failed;
    }
  return vb_project_end_edit (project, error);

failed:
  vb_project_cancel_edit (project);
  return FALSE;
}

/* How many sections and requirements are still the template's examples;
 * @first: (out) (optional): the first section that is one or holds one */
guint
vb_project_count_requirement_examples (VbProject             *project,
                                       VbRequirementSection **first)
{
  GListModel *sections;
  guint n, count = 0;

  g_return_val_if_fail (VB_IS_PROJECT (project), 0);
  if (first)
    *first = NULL;
  sections = vb_project_get_requirement_sections (project);
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);
      guint m = g_list_model_get_n_items (requirements);
      guint before = count;

      count += vb_record_get_example (VB_RECORD (section));
      for (guint j = 0; j < m; j++)
        {
          g_autoptr(VbRecord) requirement = g_list_model_get_item (requirements, j);

          count += vb_record_get_example (requirement);
        }
      if (first && *first == NULL && count > before)
        *first = section;   /* the project holds it */
    }
  return count;
}
