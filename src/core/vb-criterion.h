/* vb-criterion.h — the criteria tree and its local weights
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Categories at the top, criteria in them. "weight" is the local weight in
 * percent: a category's criteria sum to 100, the categories sum to 100; a
 * criterion's global weight is the product and is never stored. Whatever
 * the method (direct, SMART points, AHP), the weight holds the result.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_CRITERION (vb_criterion_get_type ())
G_DECLARE_FINAL_TYPE (VbCriterion, vb_criterion, VB, CRITERION, VbRecord)

/* Returns: (transfer none) (nullable): the category, NULL at the top level */
VbCriterion     *vb_criterion_get_parent        (VbCriterion *self);
VbCriterionKind  vb_criterion_get_kind          (VbCriterion *self);
gboolean         vb_criterion_is_category       (VbCriterion *self);
const char      *vb_criterion_get_name          (VbCriterion *self);
const char      *vb_criterion_get_description   (VbCriterion *self);
double           vb_criterion_get_weight        (VbCriterion *self);
gboolean         vb_criterion_get_cost          (VbCriterion *self);
double           vb_criterion_get_smart_points  (VbCriterion *self);

gboolean         vb_criterion_set_name          (VbCriterion *self, const char *value, GError **error);
gboolean         vb_criterion_set_description   (VbCriterion *self, const char *value, GError **error);
gboolean         vb_criterion_set_cost          (VbCriterion *self, gboolean value, GError **error);
gboolean         vb_criterion_set_smart_points  (VbCriterion *self, double value, GError **error);
/* A criterion's kind; a category stays a category (and a criterion cannot
 * become one) */
gboolean         vb_criterion_set_kind          (VbCriterion *self, VbCriterionKind value, GError **error);
/* The weight alone, one edit (its siblings may no longer sum to 100) */
gboolean         vb_criterion_set_weight        (VbCriterion *self, double value, GError **error);
/* The weight, and its siblings scaled in proportion so that the group sums
 * to 100 again, all in ONE edit (equal shares when the others are all 0;
 * a criterion alone in its group gets 100) */
gboolean         vb_criterion_set_weight_balanced (VbCriterion *self, double value, GError **error);

/* The criteria of a category in their order (VbCriterion) */
GListModel      *vb_criterion_get_children      (VbCriterion *self);
VbCriterion     *vb_criterion_add_criterion     (VbCriterion     *category,
                                                 VbCriterionKind  kind,
                                                 const char      *name,
                                                 GError         **error);

GListModel      *vb_project_get_criteria        (VbProject   *project);
/* (transfer container) (element-type VbCriterion): the categories (and
 * lone top-level criteria) in their order */
GPtrArray       *vb_project_get_top_criteria    (VbProject   *project);
VbCriterion     *vb_project_add_criterion_category (VbProject  *project,
                                                 const char  *name,
                                                 GError     **error);

/* A group whose weights do not sum to 100 */
typedef struct {
  VbCriterion *category;   /* NULL: the categories themselves */
  double       sum;
} VbWeightProblem;

/* (transfer full) (element-type VbWeightProblem): every group (the top
 * level, each category with criteria) whose weights are not 100 ± 0.01;
 * empty when all sum to 100 */
GArray          *vb_project_check_weights       (VbProject   *project);
/* SMART: every group's weights from its points (points ÷ Σ points × 100),
 * one edit; a group without points keeps its weights */
gboolean         vb_project_apply_smart_points  (VbProject   *project,
                                                 GError     **error);

G_END_DECLS
