/* vb-transition-phase.c — a phase of the transition to the vendor
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-transition-phase"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-transition-phase.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-transition-item.h"

struct _VbTransitionPhase
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbTransitionPhase, vb_transition_phase, VB_TYPE_RECORD)

static guint col_key, col_name, col_entry_criteria, col_exit_criteria;

#define R(self) VB_RECORD (self)


static void
vb_transition_phase_class_init (VbTransitionPhaseClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "transition_phase");
  col_key = vb_record_class_column (record_class, "key");
  col_name = vb_record_class_column (record_class, "name");
  col_entry_criteria = vb_record_class_column (record_class, "entry_criteria");
  col_exit_criteria = vb_record_class_column (record_class, "exit_criteria");
}

static void
vb_transition_phase_init (VbTransitionPhase *self)
{
}

const char *
vb_transition_phase_get_key (VbTransitionPhase *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_transition_phase_get_name (VbTransitionPhase *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), "");
  return vb_record_text_at (R (self), col_name);
}

gboolean
vb_transition_phase_set_name (VbTransitionPhase  *self,
                              const char        *name,
                              GError            **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), FALSE);
  return vb_record_write_text_at (R (self), col_name, name, error);
}

const char *
vb_transition_phase_get_entry_criteria (VbTransitionPhase *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), "");
  return vb_record_text_at (R (self), col_entry_criteria);
}

gboolean
vb_transition_phase_set_entry_criteria (VbTransitionPhase  *self,
                                        const char        *entry_criteria,
                                        GError            **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), FALSE);
  return vb_record_write_text_at (R (self), col_entry_criteria, entry_criteria, error);
}

const char *
vb_transition_phase_get_exit_criteria (VbTransitionPhase *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), "");
  return vb_record_text_at (R (self), col_exit_criteria);
}

gboolean
vb_transition_phase_set_exit_criteria (VbTransitionPhase  *self,
                                       const char        *exit_criteria,
                                       GError            **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), FALSE);
  return vb_record_write_text_at (R (self), col_exit_criteria, exit_criteria, error);
}

/**
 * vb_transition_phase_get_items:
 *
 * Returns: (transfer none): its tasks in their order (VbTransitionItem); empty
 *   once it is removed
 */
GListModel *
vb_transition_phase_get_items (VbTransitionPhase *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_TRANSITION_ITEM);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "transition_item", "phase_id", R (self));
}

/* Returns: (transfer none): a new task at the end, one edit */
VbTransitionItem *
vb_transition_phase_add_item (VbTransitionPhase  *self,
                              GError            **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_TRANSITION_PHASE (self), NULL);
  if (!vb_record_check_live (R (self), error))
    return NULL;
  row = vb_project_add_child (vb_record_get_project (R (self)), "transition_item", "phase_id", R (self), error);
  return row ? VB_TRANSITION_ITEM (row) : NULL;
}

/**
 * vb_project_get_transition_phases:
 *
 * Returns: (transfer none): every phase in its order (VbTransitionPhase)
 */
GListModel *
vb_project_get_transition_phases (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "transition_phase");
}

/* Returns: (transfer none): a new phase, one edit */
VbTransitionPhase *
vb_project_add_transition_phase (VbProject  *project,
                                 GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "transition_phase", error);
  return row ? VB_TRANSITION_PHASE (row) : NULL;
}
