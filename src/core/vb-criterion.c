/* vb-criterion.c — the criteria tree and its local weights
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules: a category is at the top level and stays one; a criterion's
 * parent is a category. Moving one weight with its siblings rebalanced is
 * one edit, as is turning SMART points into weights.
 */

#define G_LOG_DOMAIN "vb-criterion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-criterion.h"
#include "vb-entity-private.h"

struct _VbCriterion
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbCriterion, vb_criterion, VB_TYPE_RECORD)

static guint col_parent, col_kind, col_name, col_description, col_weight, col_cost, col_points;

#define R(self) VB_RECORD (self)
#define WEIGHT_EPSILON 0.01

static gboolean
vb_criterion_set_column (VbRecord      *record,
                         guint          column,
                         const GValue  *value,
                         GError       **error)
{
  VbCriterion *self = VB_CRITERION (record);

  if (column == col_kind)
    return vb_criterion_set_kind (self, g_value_get_enum (value), error);
  if (column == col_parent)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A criterion stays in its category: add it again in the other one."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_criterion_parent_class)->set_column (record, column, value, error);
}

static void
vb_criterion_class_init (VbCriterionClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_criterion_set_column;
  vb_record_class_bind_table (record_class, "criterion");
  col_parent = vb_record_class_column (record_class, "parent_id");
  col_kind = vb_record_class_column (record_class, "kind");
  col_name = vb_record_class_column (record_class, "name");
  col_description = vb_record_class_column (record_class, "description");
  col_weight = vb_record_class_column (record_class, "weight");
  col_cost = vb_record_class_column (record_class, "cost");
  col_points = vb_record_class_column (record_class, "smart_points");
}

static void
vb_criterion_init (VbCriterion *self)
{
}

VbCriterion *
vb_criterion_get_parent (VbCriterion *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_CRITERION (self), NULL);
  r = vb_entity_ref_at (R (self), col_parent);
  return r ? VB_CRITERION (r) : NULL;
}

VbCriterionKind
vb_criterion_get_kind (VbCriterion *self)
{
  g_return_val_if_fail (VB_IS_CRITERION (self), VB_CRITERION_KIND_JUDGED);
  return (VbCriterionKind) vb_record_enum_at (R (self), col_kind);
}

gboolean
vb_criterion_is_category (VbCriterion *self)
{
  return vb_criterion_get_kind (self) == VB_CRITERION_KIND_CATEGORY;
}

VB_ENTITY_TEXT (vb_criterion, VbCriterion, VB_IS_CRITERION, name, col_name)
VB_ENTITY_TEXT (vb_criterion, VbCriterion, VB_IS_CRITERION, description, col_description)
VB_ENTITY_BOOL (vb_criterion, VbCriterion, VB_IS_CRITERION, cost, col_cost)
VB_ENTITY_REAL (vb_criterion, VbCriterion, VB_IS_CRITERION, smart_points, col_points)
VB_ENTITY_REAL (vb_criterion, VbCriterion, VB_IS_CRITERION, weight, col_weight)

gboolean
vb_criterion_set_kind (VbCriterion      *self,
                       VbCriterionKind   kind,
                       GError          **error)
{
  g_return_val_if_fail (VB_IS_CRITERION (self), FALSE);
  if ((kind == VB_CRITERION_KIND_CATEGORY) != vb_criterion_is_category (self))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   kind == VB_CRITERION_KIND_CATEGORY
                   ? _("A criterion cannot become a category: add a category instead.")
                   : _("A category cannot become a criterion: add a criterion to it instead."));
      return FALSE;
    }
  return vb_record_write_enum_at (R (self), col_kind, kind, error);
}

/* The rows of the group @self is in, live, in their order */
static GPtrArray *
siblings_of (VbProject   *project,
             VbCriterion *parent)
{
  GPtrArray *out;

  if (parent == NULL)
    return vb_project_get_top_criteria (project);
  out = g_ptr_array_new ();
  {
    GListModel *children = vb_criterion_get_children (parent);
    guint n = g_list_model_get_n_items (children);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(VbCriterion) c = g_list_model_get_item (children, i);

        if (vb_record_is_live (R (c)))
          g_ptr_array_add (out, c);
      }
  }
  return out;
}

gboolean
vb_criterion_set_weight_balanced (VbCriterion  *self,
                                  double        value,
                                  GError      **error)
{
  VbProject *project;
  g_autoptr(GPtrArray) group = NULL;
  double others = 0, rest;
  guint n_others = 0;

  g_return_val_if_fail (VB_IS_CRITERION (self), FALSE);
  project = vb_record_get_project (R (self));
  if (project == NULL || isnan (value) || value < 0 || value > 100)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   project ? _("A weight is a percentage from 0 to 100.") : _("This criterion is no longer in the project."));
      return FALSE;
    }
  group = siblings_of (project, vb_criterion_get_parent (self));
  for (guint i = 0; i < group->len; i++)
    if (group->pdata[i] != self)
      {
        others += vb_criterion_get_weight (group->pdata[i]);
        n_others++;
      }
  rest = 100 - value;
  /* Translators: an undo step, e.g. “Set the weight of Price to 40 %” */
  {
    g_autofree char *summary = g_strdup_printf (_("Set the weight of %s to %g %%"), vb_criterion_get_name (self), value);

    vb_project_begin_edit (project, summary);
  }
  if (!vb_record_write_real_at (R (self), col_weight, n_others ? value : 100, error))
    goto fail;
  for (guint i = 0; i < group->len; i++)
    {
      VbCriterion *c = group->pdata[i];
      double w;

      if (c == self)
        continue;
      w = others > 0 ? vb_criterion_get_weight (c) / others * rest : rest / n_others;
      if (!vb_record_write_real_at (R (c), col_weight, w, error))
        goto fail;
    }
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

/**
 * vb_criterion_get_children:
 *
 * Returns: (transfer none): the category's criteria (VbCriterion), a list
 *   model of the store's index that follows every commit
 */
GListModel *
vb_criterion_get_children (VbCriterion *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_CRITERION (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_CRITERION);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "criterion", "parent_id", R (self));
}

/* Returns: (transfer none) (nullable): a new criterion of @category, one edit */
VbCriterion *
vb_criterion_add_criterion (VbCriterion      *category,
                            VbCriterionKind   kind,
                            const char       *name,
                            GError          **error)
{
  VbProject *project;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_CRITERION (category), NULL);
  project = vb_record_get_project (R (category));
  if (project == NULL || !vb_criterion_is_category (category) || kind == VB_CRITERION_KIND_CATEGORY)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   project == NULL ? _("This category is no longer in the project.")
                   : _("Criteria go into a category, and a category cannot go into another."));
      return NULL;
    }
  vb_project_begin_edit (project, NULL);
  row = vb_project_add_child (project, "criterion", "parent_id", R (category), error);
  if (row == NULL ||
      !vb_record_write_enum_at (row, col_kind, kind, error) ||
      !vb_record_write_text_at (row, col_name, name, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? VB_CRITERION (row) : NULL;
}

/* Returns: (transfer none): every criterion and category in their order */
GListModel *
vb_project_get_criteria (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "criterion");
}

GPtrArray *
vb_project_get_top_criteria (VbProject *project)
{
  GListModel *all = vb_project_get_criteria (project);
  guint n = g_list_model_get_n_items (all);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (all, i);

      if (vb_record_is_live (R (c)) && vb_record_peek (R (c), col_parent)->type != VB_VALUE_TEXT)
        g_ptr_array_add (out, c);
    }
  return out;
}

/* Returns: (transfer none) (nullable): a new category, one edit */
VbCriterion *
vb_project_add_criterion_category (VbProject   *project,
                                   const char  *name,
                                   GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, "criterion", error);
  if (row == NULL ||
      !vb_record_write_enum_at (row, col_kind, VB_CRITERION_KIND_CATEGORY, error) ||
      !vb_record_write_text_at (row, col_name, name, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? VB_CRITERION (row) : NULL;
}

static void
check_group (GArray      *problems,
             VbCriterion *category,
             GPtrArray   *group)
{
  double sum = 0;

  if (group->len == 0)
    return;
  for (guint i = 0; i < group->len; i++)
    sum += vb_criterion_get_weight (group->pdata[i]);
  if (fabs (sum - 100) > WEIGHT_EPSILON)
    {
      VbWeightProblem p = { category, sum };

      g_array_append_val (problems, p);
    }
}

GArray *
vb_project_check_weights (VbProject *project)
{
  GArray *problems = g_array_new (FALSE, FALSE, sizeof (VbWeightProblem));
  g_autoptr(GPtrArray) top = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (project), problems);
  top = vb_project_get_top_criteria (project);
  check_group (problems, NULL, top);
  for (guint i = 0; i < top->len; i++)
    if (vb_criterion_is_category (top->pdata[i]))
      {
        g_autoptr(GPtrArray) group = siblings_of (project, top->pdata[i]);

        check_group (problems, top->pdata[i], group);
      }
  return problems;
}

static gboolean
apply_points (GPtrArray  *group,
              GError    **error)
{
  double total = 0;

  for (guint i = 0; i < group->len; i++)
    {
      double p = vb_criterion_get_smart_points (group->pdata[i]);

      total += isnan (p) ? 0 : p;
    }
  if (total <= 0)
    return TRUE;
  for (guint i = 0; i < group->len; i++)
    {
      double p = vb_criterion_get_smart_points (group->pdata[i]);

      if (!vb_record_write_real_at (R (group->pdata[i]), col_weight, (isnan (p) ? 0 : p) / total * 100, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
vb_project_apply_smart_points (VbProject  *project,
                               GError    **error)
{
  g_autoptr(GPtrArray) top = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  top = vb_project_get_top_criteria (project);
  /* Translators: an undo step */
  vb_project_begin_edit (project, _("Weights from the SMART points"));
  if (!apply_points (top, error))
    goto fail;
  for (guint i = 0; i < top->len; i++)
    if (vb_criterion_is_category (top->pdata[i]))
      {
        g_autoptr(GPtrArray) group = siblings_of (project, top->pdata[i]);

        if (!apply_points (group, error))
          goto fail;
      }
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}
