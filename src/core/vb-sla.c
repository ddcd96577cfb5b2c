/* vb-sla.c — a service level: a KPI on a channel, with its target
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-sla"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-sla.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbSla
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbSla, vb_sla, VB_TYPE_RECORD)

static guint col_kpi_key, col_channel, col_objective, col_target, col_answer_seconds, col_threshold, col_method, col_data_source, col_cadence, col_credit;

#define R(self) VB_RECORD (self)

static VbDirection direction_of_key (VbSla *self, const char *key);

static gboolean
vb_sla_set_column (VbRecord      *record,
                   guint          column,
                   const GValue  *value,
                   GError       **error)
{
  VbSla *self = VB_SLA (record);

  if (column == col_kpi_key)
    return vb_sla_set_kpi_key (self, g_value_get_string (value), error);
  if (column == col_target)
    return vb_sla_set_target (self, g_value_get_double (value), error);
  if (column == col_threshold)
    return vb_sla_set_threshold (self, g_value_get_double (value), error);
  return VB_RECORD_CLASS (vb_sla_parent_class)->set_column (record, column, value, error);
}

/* Without a target the KPI is tracked only: no threshold either */
static void
vb_sla_adjust_write (VbRecord *record,
                     guint     column,
                     gpointer  row)
{
  VbValue *values = row;

  VB_RECORD_CLASS (vb_sla_parent_class)->adjust_write (record, column, row);
  if (column == col_target && values[col_target].type == VB_VALUE_NULL)
    vb_value_clear (&values[col_threshold]);
}


static void
vb_sla_class_init (VbSlaClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_sla_set_column;
  record_class->adjust_write = vb_sla_adjust_write;
  vb_record_class_bind_table (record_class, "sla");
  col_kpi_key = vb_record_class_column (record_class, "kpi_key");
  col_channel = vb_record_class_column (record_class, "channel");
  col_objective = vb_record_class_column (record_class, "objective_id");
  col_target = vb_record_class_column (record_class, "target");
  col_answer_seconds = vb_record_class_column (record_class, "answer_seconds");
  col_threshold = vb_record_class_column (record_class, "threshold");
  col_method = vb_record_class_column (record_class, "method");
  col_data_source = vb_record_class_column (record_class, "data_source");
  col_cadence = vb_record_class_column (record_class, "cadence");
  col_credit = vb_record_class_column (record_class, "credit");
}

static void
vb_sla_init (VbSla *self)
{
}

const char *
vb_sla_get_kpi_key (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), "");
  return vb_record_text_at (R (self), col_kpi_key);
}

VbChannelScope
vb_sla_get_channel (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), VB_CHANNEL_SCOPE_ALL);
  return (VbChannelScope) vb_record_enum_at (R (self), col_channel);
}

gboolean
vb_sla_set_channel (VbSla           *self,
                    VbChannelScope  channel,
                    GError         **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  return vb_record_write_enum_at (R (self), col_channel, channel, error);
}

/* Returns: (transfer none) (nullable) */
VbObjective *
vb_sla_get_objective (VbSla *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_SLA (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_objective);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_OBJECTIVE (vb_project_lookup (project, ref->v.s));
}

/* @objective: (nullable): none */
gboolean
vb_sla_set_objective (VbSla        *self,
                      VbObjective *objective,
                      GError       **error)
{
  VbValue v = VB_VALUE_INIT;
  gboolean ok;

  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  g_return_val_if_fail (objective == NULL || VB_IS_OBJECTIVE (objective), FALSE);
  if (objective)
    vb_value_set_text (&v, vb_record_get_uuid (VB_RECORD (objective)));
  ok = vb_record_write_at (R (self), col_objective, &v, error);
  vb_value_clear (&v);
  return ok;
}

double
vb_sla_get_target (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), NAN);
  return vb_record_real_at (R (self), col_target);
}

double
vb_sla_get_answer_seconds (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), NAN);
  return vb_record_real_at (R (self), col_answer_seconds);
}

gboolean
vb_sla_set_answer_seconds (VbSla   *self,
                           double  answer_seconds,
                           GError **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  return vb_record_write_real_at (R (self), col_answer_seconds, answer_seconds, error);
}

double
vb_sla_get_threshold (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), NAN);
  return vb_record_real_at (R (self), col_threshold);
}

const char *
vb_sla_get_method (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), "");
  return vb_record_text_at (R (self), col_method);
}

gboolean
vb_sla_set_method (VbSla       *self,
                   const char *method,
                   GError     **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  return vb_record_write_text_at (R (self), col_method, method, error);
}

const char *
vb_sla_get_data_source (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), "");
  return vb_record_text_at (R (self), col_data_source);
}

gboolean
vb_sla_set_data_source (VbSla       *self,
                        const char *data_source,
                        GError     **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  return vb_record_write_text_at (R (self), col_data_source, data_source, error);
}

const char *
vb_sla_get_cadence (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), "");
  return vb_record_text_at (R (self), col_cadence);
}

gboolean
vb_sla_set_cadence (VbSla       *self,
                    const char *cadence,
                    GError     **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  return vb_record_write_text_at (R (self), col_cadence, cadence, error);
}

const char *
vb_sla_get_credit (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), "");
  return vb_record_text_at (R (self), col_credit);
}

gboolean
vb_sla_set_credit (VbSla       *self,
                   const char *credit,
                   GError     **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  return vb_record_write_text_at (R (self), col_credit, credit, error);
}

static VbDirection
direction_of_key (VbSla      *self,
                  const char *key)
{
  const VbKpi *builtin = vb_kpi_lookup (key);
  VbProject *project = vb_record_get_project (R (self));
  VbCustomKpi *custom;

  if (builtin)
    return vb_kpi_get_direction (builtin);
  custom = project ? vb_project_lookup_custom_kpi (project, key) : NULL;
  return custom ? vb_custom_kpi_get_direction (custom) : VB_DIRECTION_HIGHER;
}

/* Returns: (nullable): the built-in KPI it names, NULL for a custom one */
const VbKpi *
vb_sla_get_builtin_kpi (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), NULL);
  return vb_kpi_lookup (vb_sla_get_kpi_key (self));
}

/* Returns: (transfer none) (nullable): the custom KPI it names */
VbCustomKpi *
vb_sla_get_custom_kpi (VbSla *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_SLA (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL || vb_sla_get_builtin_kpi (self))
    return NULL;
  return vb_project_lookup_custom_kpi (project, vb_sla_get_kpi_key (self));
}

/* The KPI's name (translated for a built-in one), or its key */
const char *
vb_sla_get_kpi_name (VbSla *self)
{
  const VbKpi *builtin = vb_sla_get_builtin_kpi (self);
  VbCustomKpi *custom;

  if (builtin)
    return vb_kpi_get_name (builtin);
  custom = vb_sla_get_custom_kpi (self);
  if (custom)
    return vb_custom_kpi_get_display_name (custom);
  return vb_str_is_blank (vb_sla_get_kpi_key (self)) ? _("No measure chosen") : vb_sla_get_kpi_key (self);
}

/* Higher or lower is better, from the KPI it names */
VbDirection
vb_sla_get_direction (VbSla *self)
{
  g_return_val_if_fail (VB_IS_SLA (self), VB_DIRECTION_HIGHER);
  return direction_of_key (self, vb_sla_get_kpi_key (self));
}

/* No target: the KPI is tracked, not held to a level */
gboolean
vb_sla_is_tracked_only (VbSla *self)
{
  return isnan (vb_sla_get_target (self));
}

/* The status of one value against the target and threshold */
VbSlaStatus
vb_sla_get_status_of (VbSla  *self,
                      double  value)
{
  g_return_val_if_fail (VB_IS_SLA (self), VB_SLA_STATUS_NO_DATA);
  return vb_sla_status (vb_sla_get_direction (self), vb_sla_get_target (self), vb_sla_get_threshold (self), value);
}

/* @key: a built-in KPI's key or one of the project's own ("" : none yet).
 * A threshold that the new KPI's direction puts on the wrong side of the
 * target is refused. */
gboolean
vb_sla_set_kpi_key (VbSla       *self,
                    const char  *key,
                    GError     **error)
{
  VbProject *project;
  g_autofree char *stripped = g_strstrip (g_strdup (key ? key : ""));

  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    return vb_record_check_live (R (self), error);
  if (*stripped != '\0' && vb_kpi_lookup (stripped) == NULL && vb_project_lookup_custom_kpi (project, stripped) == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("There is no KPI “%s”: choose one from the library or add your own first."), stripped);
      return FALSE;
    }
  if (!vb_sla_check_threshold (direction_of_key (self, stripped), vb_sla_get_target (self),
                               vb_sla_get_threshold (self), error))
    return FALSE;
  return vb_record_write_text_at (R (self), col_kpi_key, stripped, error);
}

/* @target: NAN for tracked only (the threshold goes with it) */
gboolean
vb_sla_set_target (VbSla   *self,
                   double   target,
                   GError **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  if (!isnan (target) &&
      !vb_sla_check_threshold (vb_sla_get_direction (self), target, vb_sla_get_threshold (self), error))
    return FALSE;
  return vb_record_write_real_at (R (self), col_target, target, error);
}

/* @threshold: the "not quite" level, on the worse side of the target; NAN: none */
gboolean
vb_sla_set_threshold (VbSla   *self,
                      double   threshold,
                      GError **error)
{
  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  if (!vb_sla_check_threshold (vb_sla_get_direction (self), vb_sla_get_target (self), threshold, error))
    return FALSE;
  return vb_record_write_real_at (R (self), col_threshold, threshold, error);
}

/* Target and threshold together, as one edit */
gboolean
vb_sla_set_levels (VbSla   *self,
                   double   target,
                   double   threshold,
                   GError **error)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_SLA (self), FALSE);
  if (!vb_record_check_live (R (self), error) ||
      !vb_sla_check_threshold (vb_sla_get_direction (self), target, threshold, error))
    return FALSE;
  project = vb_record_get_project (R (self));
  vb_project_begin_edit (project, NULL);
  if (!vb_record_write_real_at (R (self), col_target, target, error) ||
      !vb_record_write_real_at (R (self), col_threshold, threshold, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/**
 * vb_project_get_slas:
 *
 * Returns: (transfer none): every SLA in its order (VbSla)
 */
GListModel *
vb_project_get_slas (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "sla");
}

/* Returns: (transfer none): a new SLA on @kpi_key for all channels,
 * tracked only until it has a target; one edit */
VbSla *
vb_project_add_sla (VbProject   *project,
                    const char  *kpi_key,
                    GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, "sla", error);
  if (row == NULL || !vb_sla_set_kpi_key (VB_SLA (row), kpi_key, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return VB_SLA (row);
}
