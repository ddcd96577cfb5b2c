/* vb-escalation-tier.c — a support tier (1–3) and what it handles
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-escalation-tier"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-error.h"
#include "vb-escalation-tier.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbEscalationTier
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbEscalationTier, vb_escalation_tier, VB_TYPE_RECORD)

static guint col_level, col_handles;

#define R(self) VB_RECORD (self)


static void
vb_escalation_tier_class_init (VbEscalationTierClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "escalation_tier");
  col_level = vb_record_class_column (record_class, "level");
  col_handles = vb_record_class_column (record_class, "handles");
}

static void
vb_escalation_tier_init (VbEscalationTier *self)
{
}

int
vb_escalation_tier_get_level (VbEscalationTier *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_TIER (self), 0);
  return (int) vb_record_int_at (R (self), col_level);
}

gboolean
vb_escalation_tier_set_level (VbEscalationTier  *self,
                              int               level,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_TIER (self), FALSE);
  return vb_record_write_int_at (R (self), col_level, level, error);
}

const char *
vb_escalation_tier_get_handles (VbEscalationTier *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_TIER (self), "");
  return vb_record_text_at (R (self), col_handles);
}

gboolean
vb_escalation_tier_set_handles (VbEscalationTier  *self,
                                const char       *handles,
                                GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_TIER (self), FALSE);
  return vb_record_write_text_at (R (self), col_handles, handles, error);
}

/**
 * vb_project_get_escalation_tiers:
 *
 * Returns: (transfer none): every tier in its order (VbEscalationTier)
 */
GListModel *
vb_project_get_escalation_tiers (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "escalation_tier");
}

/* Returns: (transfer none): a new tier, one edit (level 1: set its level) */
VbEscalationTier *
vb_project_add_escalation_tier (VbProject  *project,
                                GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "escalation_tier", error);
  return row ? VB_ESCALATION_TIER (row) : NULL;
}

/**
 * vb_project_add_next_escalation_tier:
 *
 * A new tier at the lowest level of 1–3 no tier has yet, in one edit (one
 * undo step, also when its level is not 1).
 *
 * Returns: (transfer none): the tier, or NULL with @error when the three
 *   levels are taken
 */
VbEscalationTier *
vb_project_add_next_escalation_tier (VbProject  *project,
                                     GError    **error)
{
  GListModel *tiers;
  gboolean used[4] = { FALSE, };
  VbEscalationTier *tier;
  int level = 1;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  tiers = vb_project_get_escalation_tiers (project);
  for (guint i = 0; i < g_list_model_get_n_items (tiers); i++)
    {
      g_autoptr(VbEscalationTier) each = g_list_model_get_item (tiers, i);

      used[CLAMP (vb_escalation_tier_get_level (each), 0, 3)] = TRUE;
    }
  while (level <= 3 && used[level])
    level++;
  if (level > 3)
    {
      g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                           _("There are three tiers already: a tier of each level 1 to 3."));
      return NULL;
    }
  vb_project_begin_edit (project, _("Add tier"));
  tier = vb_project_add_escalation_tier (project, error);
  if (tier == NULL || (level != vb_escalation_tier_get_level (tier) &&
                       !vb_escalation_tier_set_level (tier, level, error)))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? tier : NULL;
}
