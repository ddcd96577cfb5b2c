/* vb-go-criterion.c — one go / no-go criterion of a pilot
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-go-criterion"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-go-criterion.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbGoCriterion
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbGoCriterion, vb_go_criterion, VB_TYPE_RECORD)

static guint col_pilot, col_sla, col_condition, col_met;

#define R(self) VB_RECORD (self)

/* An SLA criterion has no condition of its own, and a condition no SLA */
static void
vb_go_criterion_adjust_write (VbRecord *record,
                              guint     column,
                              gpointer  row)
{
  VbValue *values = row;

  VB_RECORD_CLASS (vb_go_criterion_parent_class)->adjust_write (record, column, row);
  if (column == col_sla && values[col_sla].type == VB_VALUE_TEXT)
    {
      vb_value_set_text (&values[col_condition], "");
      vb_value_set_text (&values[col_met], vb_enum_get_nick (VB_TYPE_MET_STATE, VB_MET_STATE_UNSET));
    }
}

static gboolean
vb_go_criterion_set_column (VbRecord      *record,
                            guint          column,
                            const GValue  *value,
                            GError       **error)
{
  if (column == col_condition)
    return vb_go_criterion_set_condition (VB_GO_CRITERION (record), g_value_get_string (value), error);
  return VB_RECORD_CLASS (vb_go_criterion_parent_class)->set_column (record, column, value, error);
}


static void
vb_go_criterion_class_init (VbGoCriterionClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_go_criterion_set_column;
  record_class->adjust_write = vb_go_criterion_adjust_write;
  vb_record_class_bind_table (record_class, "pilot_criterion");
  col_pilot = vb_record_class_column (record_class, "pilot_id");
  col_sla = vb_record_class_column (record_class, "sla_id");
  col_condition = vb_record_class_column (record_class, "condition");
  col_met = vb_record_class_column (record_class, "met");
}

static void
vb_go_criterion_init (VbGoCriterion *self)
{
}

/* Returns: (transfer none) (nullable) */
VbPilot *
vb_go_criterion_get_pilot (VbGoCriterion *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_GO_CRITERION (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_pilot);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_PILOT (vb_project_lookup (project, ref->v.s));
}

/* Returns: (transfer none) (nullable) */
VbSla *
vb_go_criterion_get_sla (VbGoCriterion *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_GO_CRITERION (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_sla);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_SLA (vb_project_lookup (project, ref->v.s));
}

/* @sla: (nullable): none */
gboolean
vb_go_criterion_set_sla (VbGoCriterion  *self,
                         VbSla         *sla,
                         GError         **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  g_return_val_if_fail (VB_IS_GO_CRITERION (self), FALSE);
  g_return_val_if_fail (sla == NULL || VB_IS_SLA (sla), FALSE);
  if (sla)
    vb_value_set_text (&v, vb_record_get_uuid (VB_RECORD (sla)));
  ok = vb_record_write_at (R (self), col_sla, &v, error);
  vb_value_clear (&v);
  return ok;
}

const char *
vb_go_criterion_get_condition (VbGoCriterion *self)
{
  g_return_val_if_fail (VB_IS_GO_CRITERION (self), "");
  return vb_record_text_at (R (self), col_condition);
}

/* A condition in words makes it a yes / no criterion: its SLA goes, in
 * the same edit (the undo step names the condition) */
gboolean
vb_go_criterion_set_condition (VbGoCriterion  *self,
                               const char     *condition,
                               GError        **error)
{
  VbProject *project;
  VbValue none = VB_VALUE_INIT;
  g_autofree char *summary = NULL;
  const char *what;

  g_return_val_if_fail (VB_IS_GO_CRITERION (self), FALSE);
  if (vb_str_is_blank (condition) || !vb_go_criterion_is_sla (self))
    return vb_record_write_text_at (R (self), col_condition, condition, error);
  if (!vb_record_check_live (R (self), error))
    return FALSE;
  what = vb_column_get_label (vb_table_get_column (vb_record_get_table (R (self)), col_condition));
  /* Translators: e.g. “Changed the condition of go/no-go criterion “Sandbox works”” */
  summary = g_strdup_printf (_("Changed the %s of %s “%s”"), what, vb_record_get_kind_label (R (self)), condition);
  project = vb_record_get_project (R (self));
  vb_project_begin_edit (project, summary);
  if (!vb_record_write_text_at (R (self), col_condition, condition, error) ||
      !vb_record_write_at (R (self), col_sla, &none, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

VbMetState
vb_go_criterion_get_met (VbGoCriterion *self)
{
  g_return_val_if_fail (VB_IS_GO_CRITERION (self), VB_MET_STATE_UNSET);
  return (VbMetState) vb_record_enum_at (R (self), col_met);
}

gboolean
vb_go_criterion_set_met (VbGoCriterion  *self,
                         VbMetState     met,
                         GError        **error)
{
  g_return_val_if_fail (VB_IS_GO_CRITERION (self), FALSE);
  return vb_record_write_enum_at (R (self), col_met, met, error);
}

/* Tied to an SLA (else a yes / no condition) */
gboolean
vb_go_criterion_is_sla (VbGoCriterion *self)
{
  g_return_val_if_fail (VB_IS_GO_CRITERION (self), FALSE);
  return vb_record_peek (R (self), col_sla)->type == VB_VALUE_TEXT;
}
