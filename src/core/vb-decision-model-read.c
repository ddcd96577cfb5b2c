/* vb-decision-model-read.c — what the decision model read and computed, read out
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every getter brings the model up to date first (vb-decision-model.c).
 */

#define G_LOG_DOMAIN "vb-decision-model"

#include "config.h"

#include <math.h>

#include "vb-decision-model-private.h"
#include "vb-record.h"

/* ------------------------------------------------------------ reading out */

const VbDecisionResult *
vb_decision_model_get_result (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  return self->result;
}

const VbDecisionInput *
vb_decision_model_get_input (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  return &self->input;
}

guint
vb_decision_model_get_n_computes (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), 0);
  return self->n_computes;
}

guint
vb_decision_model_get_n_vendor_computes (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), 0);
  return self->n_vendor_computes;
}

guint
vb_decision_model_get_n_vendors (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), 0);
  vb_decision_model_ensure (self);
  return self->vendors->len;
}

/* Returns: (transfer none) */
VbVendor *
vb_decision_model_get_vendor (VbDecisionModel *self,
                              guint            vendor)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  g_return_val_if_fail (vendor < self->vendors->len, NULL);
  return self->vendors->pdata[vendor];
}

int
vb_decision_model_find_vendor (VbDecisionModel *self,
                               VbVendor        *vendor)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), -1);
  if (vendor == NULL)
    return -1;
  /* an edit cleared the index with the result: the engine's order is the
   * one of the next result */
  if (!self->building)
    vb_decision_model_ensure (self);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->vendor_index, vb_record_get_uuid (VB_RECORD (vendor)))) - 1;
}

const VbVendorScores *
vb_decision_model_get_vendor_scores (VbDecisionModel *self,
                                     guint            vendor)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  g_return_val_if_fail (vendor < self->vendor_scores->len, NULL);
  return self->vendor_scores->pdata[vendor];
}

guint
vb_decision_model_get_n_nodes (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), 0);
  vb_decision_model_ensure (self);
  return self->nodes->len;
}

/* Returns: (transfer none) */
VbCriterion *
vb_decision_model_get_node (VbDecisionModel *self,
                            guint            node)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  g_return_val_if_fail (node < self->nodes->len, NULL);
  return self->nodes->pdata[node];
}

int
vb_decision_model_find_node (VbDecisionModel *self,
                             VbCriterion     *criterion)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), -1);
  if (criterion == NULL)
    return -1;
  if (!self->building)
    vb_decision_model_ensure (self);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, vb_record_get_uuid (VB_RECORD (criterion)))) - 1;
}

guint
vb_decision_model_get_n_evaluators (VbDecisionModel *self)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), 0);
  vb_decision_model_ensure (self);
  return self->evaluators->len;
}

/* Returns: (transfer none) */
VbEvaluator *
vb_decision_model_get_evaluator (VbDecisionModel *self,
                                 guint            evaluator)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  g_return_val_if_fail (evaluator < self->evaluators->len, NULL);
  return self->evaluators->pdata[evaluator];
}

/* Returns: (transfer none) */
VbVendorQuote *
vb_decision_model_get_quote (VbDecisionModel *self,
                             guint            quote)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NULL);
  vb_decision_model_ensure (self);
  g_return_val_if_fail (quote < self->quote_rows->len, NULL);
  return self->quote_rows->pdata[quote];
}

double
vb_decision_model_get_in_house_cost (VbDecisionModel *self,
                                     gboolean        *from_tasks)
{
  g_return_val_if_fail (VB_IS_DECISION_MODEL (self), NAN);
  vb_decision_model_ensure (self);
  if (from_tasks)
    *from_tasks = self->in_house_from_tasks;
  return self->in_house;
}
