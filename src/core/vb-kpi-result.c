/* vb-kpi-result.c — one week's result of a KPI on a channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-kpi-result"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vb-kpi-result.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-custom-kpi.h"
#include "vb-ticket-import-record.h"

struct _VbKpiResult
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbKpiResult, vb_kpi_result, VB_TYPE_RECORD)

static guint col_kpi_key, col_channel, col_week_start, col_value, col_count_a, col_count_b, col_count_c, col_count_d, col_business_hours, col_import, col_notes;

#define R(self) VB_RECORD (self)

#define N_COUNT_COLUMNS 4

static guint col_counts[N_COUNT_COLUMNS];

static gboolean
check_by_hand (VbKpiResult  *self,
               GError      **error)
{
  if (!vb_kpi_result_is_imported (self))
    return vb_record_check_live (R (self), error);
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("This result comes from a ticket import: import the export again to change it."));
  return FALSE;
}

static gboolean
vb_kpi_result_set_column (VbRecord      *record,
                          guint          column,
                          const GValue  *value,
                          GError       **error)
{
  VbKpiResult *self = VB_KPI_RESULT (record);

  if (column == col_value)
    return vb_kpi_result_set_value (self, g_value_get_double (value), error);
  if (column == col_notes)
    return VB_RECORD_CLASS (vb_kpi_result_parent_class)->set_column (record, column, value, error);
  /* the week, the KPI, the source and the counts are set by the functions below */
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("Change a result through its value or its counts; to move it to another week or measure, "
                 "enter it there instead."));
  return FALSE;
}

/* A value entered on its own replaces counts entered before */
static void
vb_kpi_result_adjust_write (VbRecord *record,
                            guint     column,
                            gpointer  row)
{
  VbValue *values = row;

  VB_RECORD_CLASS (vb_kpi_result_parent_class)->adjust_write (record, column, row);
  if (column == col_value)
    for (guint i = 0; i < N_COUNT_COLUMNS; i++)
      vb_value_clear (&values[col_counts[i]]);
}


static void
vb_kpi_result_class_init (VbKpiResultClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_kpi_result_set_column;
  record_class->adjust_write = vb_kpi_result_adjust_write;
  vb_record_class_bind_table (record_class, "kpi_result");
  col_kpi_key = vb_record_class_column (record_class, "kpi_key");
  col_channel = vb_record_class_column (record_class, "channel");
  col_week_start = vb_record_class_column (record_class, "week_start");
  col_value = vb_record_class_column (record_class, "value");
  col_count_a = vb_record_class_column (record_class, "count_a");
  col_count_b = vb_record_class_column (record_class, "count_b");
  col_count_c = vb_record_class_column (record_class, "count_c");
  col_count_d = vb_record_class_column (record_class, "count_d");
  col_business_hours = vb_record_class_column (record_class, "business_hours");
  col_import = vb_record_class_column (record_class, "import_id");
  col_notes = vb_record_class_column (record_class, "notes");
  col_counts[0] = col_count_a;
  col_counts[1] = col_count_b;
  col_counts[2] = col_count_c;
  col_counts[3] = col_count_d;
}

static void
vb_kpi_result_init (VbKpiResult *self)
{
}

const char *
vb_kpi_result_get_kpi_key (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), "");
  return vb_record_text_at (R (self), col_kpi_key);
}

VbChannelScope
vb_kpi_result_get_channel (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), VB_CHANNEL_SCOPE_ALL);
  return (VbChannelScope) vb_record_enum_at (R (self), col_channel);
}

const char *
vb_kpi_result_get_week_start (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), "");
  return vb_record_text_at (R (self), col_week_start);
}

double
vb_kpi_result_get_value (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), NAN);
  return vb_record_real_at (R (self), col_value);
}

double
vb_kpi_result_get_count_a (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), NAN);
  return vb_record_real_at (R (self), col_count_a);
}

double
vb_kpi_result_get_count_b (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), NAN);
  return vb_record_real_at (R (self), col_count_b);
}

double
vb_kpi_result_get_count_c (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), NAN);
  return vb_record_real_at (R (self), col_count_c);
}

double
vb_kpi_result_get_count_d (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), NAN);
  return vb_record_real_at (R (self), col_count_d);
}

gboolean
vb_kpi_result_get_business_hours (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  return vb_record_bool_at (R (self), col_business_hours);
}

/* Returns: (transfer none) (nullable) */
VbTicketImportRecord *
vb_kpi_result_get_import (VbKpiResult *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_KPI_RESULT (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_import);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_TICKET_IMPORT_RECORD (vb_project_lookup (project, ref->v.s));
}

const char *
vb_kpi_result_get_notes (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), "");
  return vb_record_text_at (R (self), col_notes);
}

gboolean
vb_kpi_result_set_notes (VbKpiResult  *self,
                         const char  *notes,
                         GError      **error)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  return vb_record_write_text_at (R (self), col_notes, notes, error);
}

/* From a ticket import (else entered by hand) */
gboolean
vb_kpi_result_is_imported (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  return vb_record_peek (R (self), col_import)->type == VB_VALUE_TEXT;
}

/* The result was given as raw counts (count_a is set) */
gboolean
vb_kpi_result_has_counts (VbKpiResult *self)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  for (guint i = 0; i < N_COUNT_COLUMNS; i++)
    if (!isnan (vb_record_real_at (R (self), col_counts[i])))
      return TRUE;
  return FALSE;
}

/* The built-in KPI's raw counts held in count_a … count_d (the others NAN) */
void
vb_kpi_result_get_counts (VbKpiResult *self,
                          VbKpiCounts *counts)
{
  const VbKpi *kpi;
  const VbKpiCount *inputs;
  guint n = 0;

  g_return_if_fail (VB_IS_KPI_RESULT (self));
  vb_kpi_counts_init (counts);
  kpi = vb_kpi_lookup (vb_kpi_result_get_kpi_key (self));
  if (kpi == NULL)
    return;
  inputs = vb_kpi_get_counts (kpi, &n);
  for (guint i = 0; i < n && i < N_COUNT_COLUMNS; i++)
    counts->value[inputs[i]] = vb_record_real_at (R (self), col_counts[i]);
}

/* The value stored, or computed from the counts when only they are there;
 * NAN when not known */
double
vb_kpi_result_compute_value (VbKpiResult *self)
{
  double value = vb_kpi_result_get_value (self);
  const VbKpi *kpi;
  VbKpiCounts counts;

  if (!isnan (value) || !vb_kpi_result_has_counts (self))
    return value;
  kpi = vb_kpi_lookup (vb_kpi_result_get_kpi_key (self));
  if (kpi == NULL)
    return NAN;
  vb_kpi_result_get_counts (self, &counts);
  return vb_kpi_compute (kpi, &counts);
}

/* @value: the KPI's value for the week, entered by hand (NAN: not known);
 * counts entered before go, in the same edit */
gboolean
vb_kpi_result_set_value (VbKpiResult  *self,
                         double        value,
                         GError      **error)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  if (!check_by_hand (self, error))
    return FALSE;
  return vb_record_write_real_at (R (self), col_value, value, error);
}

/**
 * vb_kpi_result_set_counts:
 * @counts: the raw counts, in the order of vb_kpi_get_counts() (a missing
 *   optional count NAN)
 * @n_counts: how many (at most 4)
 *
 * Enters the week as raw counts of a built-in KPI: they are checked
 * (vb_kpi_check_counts: none negative, no part larger than its whole) and
 * the value is computed from them, all in one edit.
 */
gboolean
vb_kpi_result_set_counts (VbKpiResult   *self,
                          const double  *counts,
                          guint          n_counts,
                          GError       **error)
{
  VbProject *project;
  const VbKpi *kpi;
  const VbKpiCount *inputs;
  VbKpiCounts all;
  guint n = 0;
  double value;

  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  g_return_val_if_fail (counts != NULL || n_counts == 0, FALSE);
  if (!check_by_hand (self, error))
    return FALSE;
  kpi = vb_kpi_lookup (vb_kpi_result_get_kpi_key (self));
  inputs = kpi ? vb_kpi_get_counts (kpi, &n) : NULL;
  if (kpi == NULL || n == 0 || n > N_COUNT_COLUMNS)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This measure is entered as its value: it is not computed from counts."));
      return FALSE;
    }
  if (n_counts != n)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   ngettext ("%s is computed from %u count.", "%s is computed from %u counts.", n),
                   vb_kpi_get_name (kpi), n);
      return FALSE;
    }
  vb_kpi_counts_init (&all);
  for (guint i = 0; i < n; i++)
    all.value[inputs[i]] = counts[i];
  if (!vb_kpi_check_counts (kpi, &all, error))
    return FALSE;
  value = vb_kpi_compute (kpi, &all);

  project = vb_record_get_project (R (self));
  vb_project_begin_edit (project, NULL);
  /* the value first: writing it clears the counts (adjust_write) */
  if (!vb_record_write_real_at (R (self), col_value, value, error))
    goto cancel;
  for (guint i = 0; i < n; i++)
    if (!vb_record_write_real_at (R (self), col_counts[i], counts[i], error))
      goto cancel;
  return vb_project_end_edit (project, error);

cancel:
  vb_project_cancel_edit (project);
  return FALSE;
}

/* A Monday as YYYY-MM-DD */
static gboolean
check_week (const char  *week_start,
            GError     **error)
{
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (week_start && strlen (week_start) == 10 && sscanf (week_start, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      g_date_valid_dmy (d, m, y))
    date = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (date == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A week is given by its Monday as a date (YYYY-MM-DD), not “%s”."), week_start ? week_start : "");
      return FALSE;
    }
  if (g_date_time_get_day_of_week (date) != 1)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Weeks start on a Monday: %s is not one."), week_start);
      return FALSE;
    }
  return TRUE;
}

/**
 * vb_project_get_kpi_results:
 *
 * Returns: (transfer none): every weekly result (VbKpiResult)
 */
GListModel *
vb_project_get_kpi_results (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "kpi_result");
}

/**
 * vb_project_add_kpi_result:
 * @kpi_key: a built-in KPI's key or one of the project's own
 * @channel: the channel, or VB_CHANNEL_SCOPE_ALL
 * @week_start: the week's Monday, YYYY-MM-DD
 *
 * Returns: (transfer none): a new result entered by hand, with no value
 *   yet (set it or its counts); one edit. A week entered by hand once per
 *   KPI and channel: the file refuses a second.
 */
VbKpiResult *
vb_project_add_kpi_result (VbProject       *project,
                           const char      *kpi_key,
                           VbChannelScope   channel,
                           const char      *week_start,
                           GError         **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  if (vb_kpi_lookup (kpi_key) == NULL && vb_project_lookup_custom_kpi (project, kpi_key) == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("There is no KPI “%s”: choose one from the library or add your own first."),
                   kpi_key ? kpi_key : "");
      return NULL;
    }
  if (!check_week (week_start, error))
    return NULL;
  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, "kpi_result", error);
  if (row == NULL || !vb_record_write_text_at (row, col_kpi_key, kpi_key, error) ||
      !vb_record_write_enum_at (row, col_channel, channel, error) ||
      !vb_record_write_text_at (row, col_week_start, week_start, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return VB_KPI_RESULT (row);
}

/* A custom KPI's key changed: its results keep pointing at it, whether
 * entered by hand or (for a key a mapping once produced) imported */
gboolean
vb_kpi_result_rename_kpi (VbKpiResult  *self,
                          const char   *key,
                          GError      **error)
{
  g_return_val_if_fail (VB_IS_KPI_RESULT (self), FALSE);
  g_return_val_if_fail (key != NULL && *key != '\0', FALSE);
  return vb_record_write_text_at (R (self), col_kpi_key, key, error);
}

/* The result of @kpi_key on @channel for the week of @week_start, entered
 * by hand or (@imported) from a ticket import */
static VbKpiResult *
find_result (VbProject      *project,
             const char     *kpi_key,
             VbChannelScope  channel,
             const char     *week_start,
             gboolean        imported)
{
  GListModel *results;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  results = vb_project_get_kpi_results (project);
  n = g_list_model_get_n_items (results);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbKpiResult) result = g_list_model_get_item (results, i);

      if (vb_kpi_result_is_imported (result) == imported && vb_kpi_result_get_channel (result) == channel &&
          g_strcmp0 (vb_kpi_result_get_kpi_key (result), kpi_key) == 0 &&
          g_strcmp0 (vb_kpi_result_get_week_start (result), week_start) == 0)
        return result;   /* the project holds it */
    }
  return NULL;
}

/**
 * vb_project_find_kpi_result:
 *
 * Returns: (transfer none) (nullable): the result entered by hand of
 *   @kpi_key on @channel for the week of @week_start
 */
VbKpiResult *
vb_project_find_kpi_result (VbProject      *project,
                            const char     *kpi_key,
                            VbChannelScope  channel,
                            const char     *week_start)
{
  return find_result (project, kpi_key, channel, week_start, FALSE);
}

/**
 * vb_project_find_imported_kpi_result:
 *
 * Returns: (transfer none) (nullable): the result a ticket import gave for
 *   @kpi_key on @channel in the week of @week_start, or NULL (an SLA on
 *   every channel may add up the weeks of several)
 */
VbKpiResult *
vb_project_find_imported_kpi_result (VbProject      *project,
                                     const char     *kpi_key,
                                     VbChannelScope  channel,
                                     const char     *week_start)
{
  return find_result (project, kpi_key, channel, week_start, TRUE);
}

/**
 * vb_project_enter_kpi_result:
 * @value: the KPI's value (ignored when @counts is given)
 * @counts: (nullable): the raw counts, in the order of vb_kpi_get_counts()
 *
 * A week's result entered by hand in one edit: added, or the week entered
 * before changed. All or nothing.
 *
 * Returns: (transfer none): the result, or NULL and @error
 */
VbKpiResult *
vb_project_enter_kpi_result (VbProject       *project,
                             const char      *kpi_key,
                             VbChannelScope   channel,
                             const char      *week_start,
                             double           value,
                             const double    *counts,
                             guint            n_counts,
                             GError         **error)
{
  VbKpiResult *result;
  gboolean ok;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  if (counts == NULL && !isfinite (value))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Enter the week’s value, or the counts it is computed from."));
      return NULL;
    }
  vb_project_begin_edit (project, NULL);
  result = vb_project_find_kpi_result (project, kpi_key, channel, week_start);
  if (result == NULL)
    result = vb_project_add_kpi_result (project, kpi_key, channel, week_start, error);
  if (result == NULL)
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  ok = counts ? vb_kpi_result_set_counts (result, counts, n_counts, error)
              : vb_kpi_result_set_value (result, value, error);
  if (!ok)
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return result;
}
