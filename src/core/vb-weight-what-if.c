/* vb-weight-what-if.c — applying a what-if weight to the saved weights
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With criterion k moved from global weight w to x, every other global
 * weight g_j becomes g_j · s, s = (100 − x) ÷ (100 − w). Local weights
 * (each group sums to 100) that give those globals:
 *  - a top-level node (a category, or a lone criterion) other than k and
 *    its category C: its weight × s;
 *  - C (when k has a category): x + s · (W_C − w); inside C, k gets
 *    100 · x ÷ W_C' and every sibling j 100 · s · g_j ÷ W_C';
 *  - k itself at the top level: x.
 * The weights are taken from the result (normalised to 100 and with the
 * criteria without data left out), so a group that did not sum to 100 sums
 * to 100 afterwards. A node left out (a computed criterion without data, a
 * category left empty) keeps its stored weight, and the others of its
 * group share the rest of 100 in the proportions above (the engine scales
 * them up while it is left out, so the globals are the same). Weights
 * that came from AHP judgements are entered directly afterwards: the
 * judgements would give other weights.
 */

#define G_LOG_DOMAIN "vb-weight-what-if"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vb-entity-private.h"
#include "vb-project-settings.h"
#include "vb-record.h"
#include "vb-weight-what-if.h"

/* The stored weights of @group's members left out (−1: the top level) */
static double
left_out_share (VbDecisionModel    *model,
                const VbWeightNode *nodes,
                guint               n,
                int                 group,
                gboolean            smart)
{
  double sum = 0;

  for (guint node = 0; node < n; node++)
    if (nodes[node].parent == group && nodes[node].left_out != VB_LEFT_OUT_NONE)
      {
        VbCriterion *c = vb_decision_model_get_node (model, node);
        double w = smart ? vb_criterion_get_smart_points (c) : vb_criterion_get_weight (c);

        sum += isnan (w) || w < 0 ? 0 : w;
      }
  return sum < 100 ? (100 - sum) / 100 : 1;
}

static gboolean
write_weight (VbCriterion  *c,
              double        value,
              gboolean      smart,
              GError      **error)
{
  VbRecordClass *klass = VB_RECORD_GET_CLASS (c);

  if (!vb_record_write_real_at (VB_RECORD (c), vb_record_class_column (klass, "weight"), value, error))
    return FALSE;
  return !smart || vb_record_write_real_at (VB_RECORD (c), vb_record_class_column (klass, "smart_points"), value, error);
}

gboolean
vb_decision_model_apply_what_if (VbDecisionModel  *model,
                                 VbCriterion      *criterion,
                                 double            weight_pct,
                                 GError          **error)
{
  const VbDecisionResult *result;
  const VbWeights *weights;
  g_autofree VbWeightNode *nodes = NULL;
  g_autoptr(GPtrArray) criteria = NULL;
  VbProject *project;
  g_autofree char *summary = NULL;
  double w, x, s, category_new = 0, top_share, category_share;
  int k, category;
  gboolean smart = FALSE;
  int weighting = 0;
  guint n;

  g_return_val_if_fail (VB_IS_DECISION_MODEL (model), FALSE);
  g_return_val_if_fail (VB_IS_CRITERION (criterion), FALSE);

  project = vb_record_get_project (VB_RECORD (criterion));
  k = vb_decision_model_find_node (model, criterion);
  result = vb_decision_model_get_result (model);
  if (project == NULL || k < 0 || result->scoring == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This criterion is no longer in the project."));
      return FALSE;
    }
  weights = result->scoring->weights;
  n = weights->n_nodes;
  if (weights->nodes[k].kind == VB_CRITERION_KIND_CATEGORY || weights->nodes[k].left_out != VB_LEFT_OUT_NONE)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” has no weight of its own to change."), vb_criterion_get_name (criterion));
      return FALSE;
    }
  if (isnan (weight_pct) || weight_pct < 0 || weight_pct > 100)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("A weight is a percentage from 0 to 100."));
      return FALSE;
    }
  w = weights->nodes[k].global_pct;
  x = weight_pct;
  if (100 - w < 1e-9)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” holds all the weight: there are no other weights to share the rest."),
                   vb_criterion_get_name (criterion));
      return FALSE;
    }
  s = (100 - x) / (100 - w);
  category = weights->nodes[k].parent;
  if (category >= 0)
    category_new = x + s * (weights->nodes[category].global_pct - w);
  if (vb_enum_from_nick (VB_TYPE_WEIGHTING, vb_record_get_text (VB_RECORD (vb_project_get_settings (project)), "weighting"),
                         &weighting))
    smart = weighting == VB_WEIGHTING_SMART;

  /* Translators: an undo step, e.g. “Set the global weight of Price to 40 %” */
  summary = g_strdup_printf (_("Set the global weight of %s to %.1f %%"), vb_criterion_get_name (criterion), x);
  /* the result may go while the rows change: work on copies */
  nodes = g_memdup2 (weights->nodes, sizeof (VbWeightNode) * n);
  criteria = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint node = 0; node < n; node++)
    g_ptr_array_add (criteria, g_object_ref (vb_decision_model_get_node (model, node)));

  top_share = left_out_share (model, nodes, n, -1, smart);
  category_share = category >= 0 ? left_out_share (model, nodes, n, category, smart) : 1;

  vb_project_begin_edit (project, summary);
  /* weights from AHP judgements no longer follow them: entered directly
   * from now on, in the same edit (the judgements stay, to go back to) */
  if (weighting == VB_WEIGHTING_AHP &&
      !vb_project_set_text (project, VB_RECORD (vb_project_get_settings (project)), "weighting",
                            vb_enum_get_nick (VB_TYPE_WEIGHTING, VB_WEIGHTING_DIRECT), error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  for (guint node = 0; node < n; node++)
    {
      const VbWeightNode *wn = &nodes[node];
      VbCriterion *c = criteria->pdata[node];
      double value;

      if (wn->left_out != VB_LEFT_OUT_NONE)
        continue;
      if ((int) node == k)
        value = category >= 0 ? (category_new > 0 ? 100 * x / category_new : 0) * category_share : x * top_share;
      else if ((int) node == category)
        value = category_new * top_share;
      else if (wn->parent >= 0 && wn->parent == category)
        value = (category_new > 0 ? 100 * s * wn->global_pct / category_new : 0) * category_share;
      else if (wn->parent >= 0)
        continue;   /* inside another category: its local share does not change */
      else
        value = s * wn->global_pct * top_share;
      if (!write_weight (c, value, smart, error))
        {
          vb_project_cancel_edit (project);
          return FALSE;
        }
    }
  return vb_project_end_edit (project, error);
}
