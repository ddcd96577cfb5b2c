/* vb-roi.c — the return on the decision: benefits and transition costs
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-roi"

#include "config.h"

#include "vb-entity-private.h"
#include "vb-roi.h"

struct _VbRoiBenefit
{
  VbRecord parent_instance;
};

struct _VbRoiCost
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbRoiBenefit, vb_roi_benefit, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbRoiCost, vb_roi_cost, VB_TYPE_RECORD)

static guint col_b_description, col_b_amount, col_c_description, col_c_amount;

static void
vb_roi_benefit_class_init (VbRoiBenefitClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "roi_benefit");
  col_b_description = vb_record_class_column (record_class, "description");
  col_b_amount = vb_record_class_column (record_class, "annual_amount");
}

static void
vb_roi_benefit_init (VbRoiBenefit *self)
{
}

static void
vb_roi_cost_class_init (VbRoiCostClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "transition_cost");
  col_c_description = vb_record_class_column (record_class, "description");
  col_c_amount = vb_record_class_column (record_class, "amount");
}

static void
vb_roi_cost_init (VbRoiCost *self)
{
}

VB_ENTITY_TEXT (vb_roi_benefit, VbRoiBenefit, VB_IS_ROI_BENEFIT, description, col_b_description)
VB_ENTITY_REAL (vb_roi_benefit, VbRoiBenefit, VB_IS_ROI_BENEFIT, annual_amount, col_b_amount)
VB_ENTITY_TEXT (vb_roi_cost, VbRoiCost, VB_IS_ROI_COST, description, col_c_description)
VB_ENTITY_REAL (vb_roi_cost, VbRoiCost, VB_IS_ROI_COST, amount, col_c_amount)

/* Returns: (transfer none): the benefits in their order (VbRoiBenefit) */
GListModel *
vb_project_get_roi_benefits (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "roi_benefit");
}

/* Returns: (transfer none): the transition costs in their order (VbRoiCost) */
GListModel *
vb_project_get_transition_costs (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "transition_cost");
}

static VbRecord *
add_row (VbProject   *project,
         const char  *table,
         const char  *description,
         double       amount,
         GError     **error)
{
  VbRecord *row;

  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, table, error);
  if (row == NULL ||
      !vb_record_write_text_at (row, vb_table_column_index (vb_record_get_table (row), "description"),
                                description, error) ||
      !vb_record_write_real_at (row, vb_table_column_index (vb_record_get_table (row),
                                                            g_str_equal (table, "roi_benefit") ? "annual_amount" : "amount"),
                                amount, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? row : NULL;
}

/* Returns: (transfer none) (nullable) */
VbRoiBenefit *
vb_project_add_roi_benefit (VbProject   *project,
                            const char  *description,
                            double       annual_amount,
                            GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = add_row (project, "roi_benefit", description, annual_amount, error);
  return row ? VB_ROI_BENEFIT (row) : NULL;
}

/* Returns: (transfer none) (nullable) */
VbRoiCost *
vb_project_add_transition_cost (VbProject   *project,
                                const char  *description,
                                double       amount,
                                GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = add_row (project, "transition_cost", description, amount, error);
  return row ? VB_ROI_COST (row) : NULL;
}
