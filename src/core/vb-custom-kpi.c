/* vb-custom-kpi.c — a KPI of the project's own, beside the built-in library
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-custom-kpi"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vb-custom-kpi.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-kpi.h"
#include "vb-kpi-result.h"
#include "vb-sla.h"

struct _VbCustomKpi
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbCustomKpi, vb_custom_kpi, VB_TYPE_RECORD)

static guint col_key, col_name, col_unit, col_direction, col_definition, col_formula;

#define R(self) VB_RECORD (self)

/* A built-in key belongs to the library: an SLA naming it must mean one KPI */
static gboolean
check_key (const char  *key,
           GError     **error)
{
  const VbKpi *builtin = vb_kpi_lookup (key);

  if (builtin == NULL)
    return TRUE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("“%s” is the key of the built-in KPI “%s”: give your own KPI another key."), key,
               vb_kpi_get_name (builtin));
  return FALSE;
}

static gboolean
vb_custom_kpi_set_column (VbRecord      *record,
                          guint          column,
                          const GValue  *value,
                          GError       **error)
{
  if (column == col_key)
    return vb_custom_kpi_set_key (VB_CUSTOM_KPI (record), g_value_get_string (value), error);
  return VB_RECORD_CLASS (vb_custom_kpi_parent_class)->set_column (record, column, value, error);
}

/* A measure an SLA still names stays: the SLA would measure nothing */
static gboolean
vb_custom_kpi_remove_first (VbRecord  *record,
                            GError   **error)
{
  VbCustomKpi *self = VB_CUSTOM_KPI (record);
  VbProject *project = vb_record_get_project (record);
  GListModel *slas = project ? vb_project_get_slas (project) : NULL;
  const char *key = vb_custom_kpi_get_key (self);
  guint n = 0;

  for (guint i = 0; slas && !vb_str_is_blank (key) && i < g_list_model_get_n_items (slas); i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);

      n += vb_record_is_live (VB_RECORD (sla)) && g_strcmp0 (vb_sla_get_kpi_key (sla), key) == 0;
    }
  if (n == 0)
    return TRUE;
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               ngettext ("“%s” is measured by %u SLA: remove that SLA first.",
                         "“%s” is measured by %u SLAs: remove those SLAs first.", n),
               vb_custom_kpi_get_display_name (self), n);
  return FALSE;
}

static void
vb_custom_kpi_class_init (VbCustomKpiClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_custom_kpi_set_column;
  record_class->remove_first = vb_custom_kpi_remove_first;
  vb_record_class_bind_table (record_class, "kpi");
  col_key = vb_record_class_column (record_class, "key");
  col_name = vb_record_class_column (record_class, "name");
  col_unit = vb_record_class_column (record_class, "unit");
  col_direction = vb_record_class_column (record_class, "direction");
  col_definition = vb_record_class_column (record_class, "definition");
  col_formula = vb_record_class_column (record_class, "formula");
}

static void
vb_custom_kpi_init (VbCustomKpi *self)
{
}

const char *
vb_custom_kpi_get_key (VbCustomKpi *self)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_custom_kpi_get_name (VbCustomKpi *self)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), "");
  return vb_record_text_at (R (self), col_name);
}

gboolean
vb_custom_kpi_set_name (VbCustomKpi  *self,
                        const char  *name,
                        GError      **error)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), FALSE);
  return vb_record_write_text_at (R (self), col_name, name, error);
}

const char *
vb_custom_kpi_get_unit (VbCustomKpi *self)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), "");
  return vb_record_text_at (R (self), col_unit);
}

gboolean
vb_custom_kpi_set_unit (VbCustomKpi  *self,
                        const char  *unit,
                        GError      **error)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), FALSE);
  return vb_record_write_text_at (R (self), col_unit, unit, error);
}

VbDirection
vb_custom_kpi_get_direction (VbCustomKpi *self)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), VB_DIRECTION_HIGHER);
  return (VbDirection) vb_record_enum_at (R (self), col_direction);
}

gboolean
vb_custom_kpi_set_direction (VbCustomKpi  *self,
                             VbDirection  direction,
                             GError      **error)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), FALSE);
  return vb_record_write_enum_at (R (self), col_direction, direction, error);
}

const char *
vb_custom_kpi_get_definition (VbCustomKpi *self)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), "");
  return vb_record_text_at (R (self), col_definition);
}

gboolean
vb_custom_kpi_set_definition (VbCustomKpi  *self,
                              const char  *definition,
                              GError      **error)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), FALSE);
  return vb_record_write_text_at (R (self), col_definition, definition, error);
}

const char *
vb_custom_kpi_get_formula (VbCustomKpi *self)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), "");
  return vb_record_text_at (R (self), col_formula);
}

gboolean
vb_custom_kpi_set_formula (VbCustomKpi  *self,
                           const char  *formula,
                           GError      **error)
{
  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), FALSE);
  return vb_record_write_text_at (R (self), col_formula, formula, error);
}

/* @key: the word SLAs name it by; never a built-in key (vb_kpi_lookup),
 * unique in the project (the file holds that). A new key is also written
 * into every SLA and every weekly result that named the old one, in the
 * same edit (one undo step), so nothing is left pointing at nothing */
gboolean
vb_custom_kpi_set_key (VbCustomKpi  *self,
                       const char   *key,
                       GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (key ? key : ""));
  g_autofree char *old = NULL;
  VbProject *project;
  GListModel *slas, *results;
  guint n;

  g_return_val_if_fail (VB_IS_CUSTOM_KPI (self), FALSE);
  if (!check_key (stripped, error))
    return FALSE;
  project = vb_record_get_project (R (self));
  old = g_strdup (vb_custom_kpi_get_key (self));
  /* a blank key names nothing: an SLA without a measure stays so */
  if (project == NULL || vb_str_is_blank (old) || strcmp (old, stripped) == 0)
    return vb_record_write_text_at (R (self), col_key, stripped, error);

  vb_project_begin_edit (project, NULL);
  if (!vb_record_write_text_at (R (self), col_key, stripped, error))
    goto fail;
  slas = vb_project_get_slas (project);
  n = g_list_model_get_n_items (slas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);

      if (vb_record_is_live (VB_RECORD (sla)) && g_strcmp0 (vb_sla_get_kpi_key (sla), old) == 0 &&
          !vb_sla_set_kpi_key (sla, stripped, error))
        goto fail;
    }
  /* and the weeks measured on it, or the SLAs would lose their history */
  results = vb_project_get_kpi_results (project);
  n = g_list_model_get_n_items (results);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbKpiResult) result = g_list_model_get_item (results, i);

      if (vb_record_is_live (VB_RECORD (result)) && g_strcmp0 (vb_kpi_result_get_kpi_key (result), old) == 0 &&
          !vb_kpi_result_rename_kpi (result, stripped, error))
        goto fail;
    }
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

/* The name, or “Unnamed measure” (translated) */
const char *
vb_custom_kpi_get_display_name (VbCustomKpi *self)
{
  const char *name = vb_custom_kpi_get_name (self);

  if (!vb_str_is_blank (name))
    return name;
  return vb_str_is_blank (vb_custom_kpi_get_key (self)) ? _("Unnamed measure") : vb_custom_kpi_get_key (self);
}

/**
 * vb_project_get_custom_kpis:
 *
 * Returns: (transfer none): the project's own KPIs in their order (VbCustomKpi)
 */
GListModel *
vb_project_get_custom_kpis (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "kpi");
}

/* Returns: (transfer none): a new custom KPI, one edit */
VbCustomKpi *
vb_project_add_custom_kpi (VbProject  *project,
                           GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "kpi", error);
  return row ? VB_CUSTOM_KPI (row) : NULL;
}

/* Returns: (transfer none): a new custom KPI with a key of its own
 * ("own-1", "own-2", …: the first one no KPI of the project or the library
 * has), so that an SLA can name it before the user has thought of a key;
 * one edit */
VbCustomKpi *
vb_project_add_keyed_custom_kpi (VbProject  *project,
                                 GError    **error)
{
  g_autofree char *key = NULL;
  VbCustomKpi *kpi;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  for (guint i = 1; key == NULL; i++)
    {
      char *candidate = g_strdup_printf ("own-%u", i);

      if (vb_kpi_lookup (candidate) == NULL && vb_project_lookup_custom_kpi (project, candidate) == NULL)
        key = candidate;
      else
        g_free (candidate);
    }
  vb_project_begin_edit (project, NULL);
  kpi = vb_project_add_custom_kpi (project, error);
  if (kpi == NULL || !vb_custom_kpi_set_key (kpi, key, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return kpi;
}

/* Returns: (transfer none) (nullable): the custom KPI with this key */
VbCustomKpi *
vb_project_lookup_custom_kpi (VbProject  *project,
                              const char *key)
{
  GListModel *kpis;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  if (vb_str_is_blank (key))
    return NULL;
  kpis = vb_project_get_custom_kpis (project);
  n = g_list_model_get_n_items (kpis);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbCustomKpi) kpi = g_list_model_get_item (kpis, i);

      if (vb_record_is_live (R (kpi)) && strcmp (vb_custom_kpi_get_key (kpi), key) == 0)
        return kpi;
    }
  return NULL;
}
