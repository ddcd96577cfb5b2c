/* vb-objective.c — what the business wants from outsourcing
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-objective"

#include "config.h"

#include "vb-format.h"
#include "vb-objective.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbObjective
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbObjective, vb_objective, VB_TYPE_RECORD)

static guint col_kind, col_title, col_target, col_notes;

static void
vb_objective_class_init (VbObjectiveClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "objective");
  col_kind = vb_record_class_column (record_class, "kind");
  col_title = vb_record_class_column (record_class, "title");
  col_target = vb_record_class_column (record_class, "target");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_objective_init (VbObjective *self)
{
}

VbObjectiveKind
vb_objective_get_kind (VbObjective *self)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), VB_OBJECTIVE_KIND_OTHER);
  return (VbObjectiveKind) vb_record_enum_at (VB_RECORD (self), col_kind);
}

const char *
vb_objective_get_title (VbObjective *self)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), "");
  return vb_record_text_at (VB_RECORD (self), col_title);
}

const char *
vb_objective_get_target (VbObjective *self)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), "");
  return vb_record_text_at (VB_RECORD (self), col_target);
}

const char *
vb_objective_get_notes (VbObjective *self)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), "");
  return vb_record_text_at (VB_RECORD (self), col_notes);
}

/* An objective is complete when it says what success looks like */
gboolean
vb_objective_has_target (VbObjective *self)
{
  return !vb_str_is_blank (vb_objective_get_target (self));
}

gboolean
vb_objective_set_kind (VbObjective      *self,
                       VbObjectiveKind   kind,
                       GError          **error)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), FALSE);
  return vb_record_write_enum_at (VB_RECORD (self), col_kind, kind, error);
}

gboolean
vb_objective_set_title (VbObjective  *self,
                        const char   *title,
                        GError      **error)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), FALSE);
  return vb_record_write_text_at (VB_RECORD (self), col_title, title, error);
}

gboolean
vb_objective_set_target (VbObjective  *self,
                         const char   *target,
                         GError      **error)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), FALSE);
  return vb_record_write_text_at (VB_RECORD (self), col_target, target, error);
}

gboolean
vb_objective_set_notes (VbObjective  *self,
                        const char   *notes,
                        GError      **error)
{
  g_return_val_if_fail (VB_IS_OBJECTIVE (self), FALSE);
  return vb_record_write_text_at (VB_RECORD (self), col_notes, notes, error);
}

/**
 * vb_project_get_objectives:
 *
 * Returns: (transfer none): the objectives in their order, a list model of
 *   VbObjective that changes after each commit
 */
GListModel *
vb_project_get_objectives (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "objective");
}

/**
 * vb_project_add_objective:
 *
 * Returns: (transfer none): a new objective at the end, one edit
 */
VbObjective *
vb_project_add_objective (VbProject  *project,
                          GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "objective", error);
  return row ? VB_OBJECTIVE (row) : NULL;
}
