/* vb-task.c — a task the team does in-house today
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of a task live here, so that the window, the CLI, guidance and
 * import agree: what it still needs (kind of work, monthly volume, handle
 * time), its workload, the suggestion of the outsourcing rule
 * (vb-outsourcing.c) and the plan (the user's decision, or the
 * suggestion). A new task starts from the team's own time zone, languages
 * and hours, and the channel the project uses most.
 */

#define G_LOG_DOMAIN "vb-task"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-outsourcing.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-record-private.h"
#include "vb-task.h"
#include "vb-template.h"

struct _VbTask
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbTask, vb_task, VB_TYPE_RECORD)

static guint col_name, col_function, col_channel, col_work_kind, col_volume, col_handle, col_days,
             col_from, col_to, col_timezone, col_languages, col_cost, col_engineering, col_brand,
             col_regulated, col_decision, col_decision_note, col_notes;

#define R(self) VB_RECORD (self)

static void
vb_task_class_init (VbTaskClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "task");
  col_name = vb_record_class_column (record_class, "name");
  col_function = vb_record_class_column (record_class, "function");
  col_channel = vb_record_class_column (record_class, "channel");
  col_work_kind = vb_record_class_column (record_class, "work_kind");
  col_volume = vb_record_class_column (record_class, "monthly_volume");
  col_handle = vb_record_class_column (record_class, "handle_minutes");
  col_days = vb_record_class_column (record_class, "cover_days");
  col_from = vb_record_class_column (record_class, "cover_from");
  col_to = vb_record_class_column (record_class, "cover_to");
  col_timezone = vb_record_class_column (record_class, "cover_timezone");
  col_languages = vb_record_class_column (record_class, "languages");
  col_cost = vb_record_class_column (record_class, "annual_cost");
  col_engineering = vb_record_class_column (record_class, "needs_engineering");
  col_brand = vb_record_class_column (record_class, "brand_critical");
  col_regulated = vb_record_class_column (record_class, "regulated");
  col_decision = vb_record_class_column (record_class, "decision");
  col_decision_note = vb_record_class_column (record_class, "decision_note");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_task_init (VbTask *self)
{
}

#define TEXT_GETTER(name, col) \
  const char *vb_task_get_##name (VbTask *self) \
  { g_return_val_if_fail (VB_IS_TASK (self), ""); return vb_record_text_at (R (self), col); }
#define BOOL_GETTER(name, col) \
  gboolean vb_task_get_##name (VbTask *self) \
  { g_return_val_if_fail (VB_IS_TASK (self), FALSE); return vb_record_bool_at (R (self), col); }
#define REAL_GETTER(name, col) \
  double vb_task_get_##name (VbTask *self) \
  { g_return_val_if_fail (VB_IS_TASK (self), NAN); return vb_record_real_at (R (self), col); }

TEXT_GETTER (name, col_name)
TEXT_GETTER (function, col_function)
TEXT_GETTER (cover_timezone, col_timezone)
TEXT_GETTER (languages, col_languages)
TEXT_GETTER (decision_note, col_decision_note)
TEXT_GETTER (notes, col_notes)
BOOL_GETTER (needs_engineering, col_engineering)
BOOL_GETTER (brand_critical, col_brand)
BOOL_GETTER (regulated, col_regulated)
/* NAN when not known yet */
REAL_GETTER (monthly_volume, col_volume)
REAL_GETTER (handle_minutes, col_handle)
REAL_GETTER (annual_cost, col_cost)

VbChannel
vb_task_get_channel (VbTask *self)
{
  g_return_val_if_fail (VB_IS_TASK (self), VB_CHANNEL_PHONE);
  return (VbChannel) vb_record_enum_at (R (self), col_channel);
}

VbWorkKind
vb_task_get_work_kind (VbTask *self)
{
  g_return_val_if_fail (VB_IS_TASK (self), VB_WORK_KIND_UNSET);
  return (VbWorkKind) vb_record_enum_at (R (self), col_work_kind);
}

guint
vb_task_get_cover_days (VbTask *self)
{
  g_return_val_if_fail (VB_IS_TASK (self), 0);
  return (guint) vb_record_int_at (R (self), col_days);
}

int
vb_task_get_cover_from (VbTask *self)
{
  g_return_val_if_fail (VB_IS_TASK (self), 0);
  return (int) vb_record_int_at (R (self), col_from);
}

int
vb_task_get_cover_to (VbTask *self)
{
  g_return_val_if_fail (VB_IS_TASK (self), 0);
  return (int) vb_record_int_at (R (self), col_to);
}

VbSourcing
vb_task_get_decision (VbTask *self)
{
  g_return_val_if_fail (VB_IS_TASK (self), VB_SOURCING_UNSET);
  return (VbSourcing) vb_record_enum_at (R (self), col_decision);
}

#define TEXT_SETTER(name, col) \
  gboolean vb_task_set_##name (VbTask *self, const char *value, GError **error) \
  { g_return_val_if_fail (VB_IS_TASK (self), FALSE); return vb_record_write_text_at (R (self), col, value, error); }
#define BOOL_SETTER(name, col) \
  gboolean vb_task_set_##name (VbTask *self, gboolean value, GError **error) \
  { g_return_val_if_fail (VB_IS_TASK (self), FALSE); return vb_record_write_bool_at (R (self), col, value, error); }
/* NAN: not known */
#define REAL_SETTER(name, col) \
  gboolean vb_task_set_##name (VbTask *self, double value, GError **error) \
  { g_return_val_if_fail (VB_IS_TASK (self), FALSE); return vb_record_write_real_at (R (self), col, value, error); }

TEXT_SETTER (name, col_name)
TEXT_SETTER (function, col_function)
TEXT_SETTER (cover_timezone, col_timezone)
TEXT_SETTER (languages, col_languages)
TEXT_SETTER (decision_note, col_decision_note)
TEXT_SETTER (notes, col_notes)
BOOL_SETTER (needs_engineering, col_engineering)
BOOL_SETTER (brand_critical, col_brand)
BOOL_SETTER (regulated, col_regulated)
REAL_SETTER (monthly_volume, col_volume)
REAL_SETTER (handle_minutes, col_handle)
REAL_SETTER (annual_cost, col_cost)

gboolean
vb_task_set_channel (VbTask     *self,
                     VbChannel   channel,
                     GError    **error)
{
  g_return_val_if_fail (VB_IS_TASK (self), FALSE);
  return vb_record_write_enum_at (R (self), col_channel, channel, error);
}

gboolean
vb_task_set_work_kind (VbTask      *self,
                       VbWorkKind   kind,
                       GError     **error)
{
  g_return_val_if_fail (VB_IS_TASK (self), FALSE);
  return vb_record_write_enum_at (R (self), col_work_kind, kind, error);
}

gboolean
vb_task_set_cover_days (VbTask  *self,
                        guint    days,
                        GError **error)
{
  g_return_val_if_fail (VB_IS_TASK (self), FALSE);
  return vb_record_write_int_at (R (self), col_days, days & 0x7f, error);
}

/* Both ends of the hours of cover, as one edit */
gboolean
vb_task_set_cover_hours (VbTask  *self,
                         int      from,
                         int      to,
                         GError **error)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_TASK (self), FALSE);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    return vb_record_write_int_at (R (self), col_from, from, error);
  vb_project_begin_edit (project, NULL);
  if (!vb_record_write_int_at (R (self), col_from, from, error) ||
      !vb_record_write_int_at (R (self), col_to, to, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

gboolean
vb_task_set_decision (VbTask      *self,
                      VbSourcing   decision,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_TASK (self), FALSE);
  return vb_record_write_enum_at (R (self), col_decision, decision, error);
}

/* ------------------------------------------------------------ rules */

static gboolean
positive (double value)
{
  return !isnan (value) && value > 0;
}

/**
 * vb_task_get_missing:
 *
 * What the task still needs before the outsourcing rule can judge it: its
 * kind of work, its monthly volume and its handle time (DOMAIN.md).
 */
VbTaskMissing
vb_task_get_missing (VbTask *self)
{
  VbTaskMissing missing = VB_TASK_MISSING_NONE;

  g_return_val_if_fail (VB_IS_TASK (self), VB_TASK_MISSING_NONE);
  if (vb_task_get_work_kind (self) == VB_WORK_KIND_UNSET)
    missing |= VB_TASK_MISSING_WORK_KIND;
  if (!positive (vb_task_get_monthly_volume (self)))
    missing |= VB_TASK_MISSING_VOLUME;
  if (!positive (vb_task_get_handle_minutes (self)))
    missing |= VB_TASK_MISSING_HANDLE_TIME;
  return missing;
}

gboolean
vb_task_is_complete (VbTask *self)
{
  return vb_task_get_missing (self) == VB_TASK_MISSING_NONE;
}

/* Workload hours a month = monthly volume × handle time (0 when unknown) */
double
vb_task_get_workload_hours (VbTask *self)
{
  double volume = vb_task_get_monthly_volume (self);
  double minutes = vb_task_get_handle_minutes (self);

  if (isnan (volume) || isnan (minutes))
    return 0;
  return volume * minutes / 60.0;
}

/**
 * vb_task_suggest:
 * @reason: (out) (optional): the reason that decided it, in words
 *
 * The outsourcing rule's suggestion for the task, with the project's team
 * and threshold (vb_outsourcing_suggest).
 */
VbSourcing
vb_task_suggest (VbTask  *self,
                 char   **reason)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_TASK (self), VB_SOURCING_UNSET);
  project = vb_record_get_project (R (self));
  return vb_outsourcing_suggest (self, project ? vb_project_get_settings (project) : NULL, reason);
}

/* What will happen to the task: the user's decision, else the suggestion */
VbSourcing
vb_task_get_plan (VbTask *self)
{
  VbSourcing decision = vb_task_get_decision (self);

  return decision != VB_SOURCING_UNSET ? decision : vb_task_suggest (self, NULL);
}

/* ------------------------------------------------------------ project */

/**
 * vb_project_get_tasks:
 *
 * Returns: (transfer none): the task inventory in its order (VbTask)
 */
GListModel *
vb_project_get_tasks (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "task");
}

/* The channel the project's tasks use most, else the template's */
static VbChannel
usual_channel (VbProject *project)
{
  GListModel *tasks = vb_project_get_tasks (project);
  guint counts[32] = { 0 };
  guint n = g_list_model_get_n_items (tasks), best = 0;
  int channel = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
      counts[vb_task_get_channel (task)]++;
    }
  for (guint c = 0; c < vb_enum_get_n_values (VB_TYPE_CHANNEL); c++)
    if (counts[c] > best)
      {
        best = counts[c];
        channel = (int) c;
      }
  if (channel >= 0)
    return (VbChannel) channel;
  return vb_template_get_default_channel (vb_project_settings_get_template (vb_project_get_settings (project)));
}

/**
 * vb_project_add_task:
 *
 * Adds a task at the end of the inventory, as one edit, starting from the
 * team's own days, hours, time zone and languages and the channel the
 * project uses most.
 *
 * Returns: (transfer none): the new task
 */
VbTask *
vb_project_add_task (VbProject  *project,
                     GError    **error)
{
  VbProjectSettings *settings;
  VbRecord *row;
  VbTask *task;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  settings = vb_project_get_settings (project);
  vb_project_begin_edit (project, _("Add a task"));
  row = vb_project_add (project, "task", error);
  if (row == NULL)
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  task = VB_TASK (row);
  if (!vb_task_set_channel (task, usual_channel (project), error) ||
      (vb_project_settings_get_team_days (settings) != 0 &&
       (!vb_task_set_cover_days (task, vb_project_settings_get_team_days (settings), error) ||
        !vb_record_write_int_at (row, col_from, vb_project_settings_get_team_from (settings), error) ||
        !vb_record_write_int_at (row, col_to, vb_project_settings_get_team_to (settings), error))) ||
      !vb_task_set_cover_timezone (task, vb_project_settings_get_team_timezone (settings), error) ||
      !vb_task_set_languages (task, vb_project_settings_get_team_languages (settings), error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return task;
}
