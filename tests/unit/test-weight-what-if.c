/* test-weight-what-if.c — applying a what-if weight to the saved weights
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project built here: two finalists; Service 50 % (Quality 60, Tone 40),
 * Cost 30 % (Price, a computed criterion with no quote: no data, left out,
 * and Cost with it, so Service's and Speed's weights are scaled up to
 * 100 %), and Speed 20 % (one criterion, Speed). With Price left out, the global
 * weights are Quality 50 × 0.6 ÷ 0.7 = 42.857, Tone 28.571, Speed 28.571.
 *
 * Quality to 10 %: s = (100 − 10) ÷ (100 − 42.857) = 1.575; Tone
 * 28.571 × s = 45, Speed 45. Stored: Service 55 and Speed 45 share the
 * 70 that Cost (30, left out) leaves: 38.5 and 31.5; inside Service,
 * Quality 10 ÷ 55 and Tone 45 ÷ 55. The what-if totals must equal the
 * totals computed after applying; one undo restores every stored weight; SMART
 * weighting writes the points; a category, a criterion left out and a
 * criterion that holds all the weight are refused, writing nothing.
 */

#include <math.h>

#include "vb-criterion.h"
#include "vb-decision-model.h"
#include "vb-evaluator.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-vendor.h"
#include "vb-weight-what-if.h"
#include "vb-test-util.h"

typedef struct {
  char        *dir;
  VbProject   *project;
  VbVendor    *acme, *beta;
  VbCriterion *service, *cost, *quality, *tone, *price, *speed;
} Fixture;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

static VbVendor *
finalist (VbProject  *p,
          const char *name)
{
  VbVendor *v = vb_project_add_vendor (p, NULL);

  OK (vb_vendor_set_name (v, name, error));
  OK (vb_vendor_set_status (v, VB_VENDOR_STATUS_FINALIST, NULL, error));
  return v;
}

static void
setup (Fixture *f, gconstpointer data)
{
  VbEvaluator *ann;

  f->dir = vbt_tmpdir ();
  f->project = vbt_create (f->dir, "p.vendorbench", "blank");
  f->acme = finalist (f->project, "Acme");
  f->beta = finalist (f->project, "Beta");
  f->service = vb_project_add_criterion_category (f->project, "Service", NULL);
  f->cost = vb_project_add_criterion_category (f->project, "Cost", NULL);
  f->quality = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Quality", NULL);
  f->tone = vb_criterion_add_criterion (f->service, VB_CRITERION_KIND_JUDGED, "Tone", NULL);
  f->price = vb_criterion_add_criterion (f->cost, VB_CRITERION_KIND_PRICE, "Price", NULL);
  f->speed = vb_project_add_criterion_category (f->project, "Speed", NULL);
  f->speed = vb_criterion_add_criterion (f->speed, VB_CRITERION_KIND_JUDGED, "Speed", NULL);
  OK (vb_criterion_set_weight (f->service, 50, error));
  OK (vb_criterion_set_weight (f->cost, 30, error));
  OK (vb_criterion_set_weight (vb_criterion_get_parent (f->speed), 20, error));
  OK (vb_criterion_set_weight (f->quality, 60, error));
  OK (vb_criterion_set_weight (f->tone, 40, error));
  OK (vb_criterion_set_weight (f->price, 100, error));
  OK (vb_criterion_set_weight (f->speed, 100, error));

  ann = vb_project_add_evaluator (f->project, "Ann", NULL);
  OK (vb_evaluator_set_score (ann, f->acme, f->quality, 5, NULL, error));
  OK (vb_evaluator_set_score (ann, f->beta, f->quality, 2, NULL, error));
  OK (vb_evaluator_set_score (ann, f->acme, f->tone, 2, NULL, error));
  OK (vb_evaluator_set_score (ann, f->beta, f->tone, 4, NULL, error));
  OK (vb_evaluator_set_score (ann, f->acme, f->speed, 3, NULL, error));
  OK (vb_evaluator_set_score (ann, f->beta, f->speed, 4, NULL, error));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->project);
  vbt_rmdir (f->dir);
  g_free (f->dir);
}

static double
global_of (VbDecisionModel *model,
           VbCriterion     *c)
{
  return vb_decision_model_get_result (model)->scoring->weights->nodes[vb_decision_model_find_node (model, c)].global_pct;
}

static void
test_apply (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  const VbScoringResult *sr = vb_decision_model_get_result (model)->scoring;
  g_autoptr(GError) undo_error = NULL;
  double what_if[2], weights_before[8];
  VbCriterion *all[] = { f->service, f->cost, f->quality, f->tone, f->price, f->speed,
                         vb_criterion_get_parent (f->speed), NULL };
  int q = vb_decision_model_find_node (model, f->quality);

  g_assert_cmpint (sr->weights->nodes[vb_decision_model_find_node (model, f->price)].left_out, ==, VB_LEFT_OUT_NO_DATA);
  g_assert_cmpfloat_with_epsilon (global_of (model, f->quality), 300.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (global_of (model, f->tone), 200.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (global_of (model, f->speed), 200.0 / 7, 1e-9);
  for (guint i = 0; all[i]; i++)
    weights_before[i] = vb_criterion_get_weight (all[i]);
  vb_scoring_result_what_if (sr, (guint) q, 10, what_if);

  OK (vb_decision_model_apply_what_if (model, f->quality, 10, error));
  g_assert_cmpstr (vb_project_get_undo_summary (f->project), ==, "Set the global weight of Quality to 10.0 %");
  g_assert_cmpfloat_with_epsilon (global_of (model, f->quality), 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (global_of (model, f->tone), 45, 1e-9);
  g_assert_cmpfloat_with_epsilon (global_of (model, f->speed), 45, 1e-9);
  sr = vb_decision_model_get_result (model)->scoring;
  g_assert_cmpfloat_with_epsilon (sr->vendors[0].total, what_if[0], 1e-9);
  g_assert_cmpfloat_with_epsilon (sr->vendors[1].total, what_if[1], 1e-9);
  /* every group still sums to 100: Cost keeps its 30, the others share 70 */
  {
    g_autoptr(GArray) problems = vb_project_check_weights (f->project);

    g_assert_cmpuint (problems->len, ==, 0);
  }
  g_assert_cmpfloat (vb_criterion_get_weight (f->cost), ==, 30);
  g_assert_cmpfloat (vb_criterion_get_weight (f->price), ==, 100);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (f->service), 38.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (vb_criterion_get_parent (f->speed)), 31.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (f->quality), 1000.0 / 55, 1e-9);
  g_assert_cmpfloat_with_epsilon (vb_criterion_get_weight (f->tone), 4500.0 / 55, 1e-9);

  /* one undo: every stored weight as before */
  g_assert_true (vb_project_undo (f->project, &undo_error));
  g_assert_no_error (undo_error);
  for (guint i = 0; all[i]; i++)
    g_assert_cmpfloat (vb_criterion_get_weight (all[i]), ==, weights_before[i]);
  g_assert_false (vb_project_get_can_undo (f->project) &&
                  g_strcmp0 (vb_project_get_undo_summary (f->project), "Set the global weight of Quality to 10.0 %") == 0);
}

static void
test_smart (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  VbRecord *settings = VB_RECORD (vb_project_get_settings (f->project));
  VbCriterion *all[] = { f->service, f->quality, f->tone, f->speed, vb_criterion_get_parent (f->speed), f->cost, f->price, NULL };

  OK (vb_project_set_text (f->project, settings, "weighting", "smart", error));
  for (guint i = 0; all[i]; i++)
    OK (vb_criterion_set_smart_points (all[i], vb_criterion_get_weight (all[i]), error));
  g_assert_cmpfloat_with_epsilon (global_of (model, f->quality), 300.0 / 7, 1e-9);
  OK (vb_decision_model_apply_what_if (model, f->quality, 10, error));
  g_assert_cmpfloat_with_epsilon (global_of (model, f->quality), 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (global_of (model, f->tone), 45, 1e-9);
  g_assert_cmpfloat (vb_criterion_get_smart_points (f->quality), ==, vb_criterion_get_weight (f->quality));
}

/* Weights from AHP judgements: applied, the weighting is direct in the
 * same edit (the judgements would give other weights), and one undo
 * brings AHP back with its weights */
static void
test_ahp (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  VbRecord *settings = VB_RECORD (vb_project_get_settings (f->project));
  g_autoptr(GError) undo_error = NULL;
  double quality_before;

  OK (vb_project_set_text (f->project, settings, "weighting", "ahp", error));
  quality_before = vb_criterion_get_weight (f->quality);
  OK (vb_decision_model_apply_what_if (model, f->quality, 10, error));
  g_assert_cmpstr (vb_record_get_text (settings, "weighting"), ==, "direct");
  g_assert_cmpfloat_with_epsilon (global_of (model, f->quality), 10, 1e-9);
  g_assert_true (vb_project_undo (f->project, &undo_error));
  g_assert_no_error (undo_error);
  g_assert_cmpstr (vb_record_get_text (settings, "weighting"), ==, "ahp");
  g_assert_cmpfloat (vb_criterion_get_weight (f->quality), ==, quality_before);
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (f->project);
  g_autofree char *before = g_strdup (vb_project_get_undo_summary (f->project));
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GError) e4 = NULL;

  g_assert_false (vb_decision_model_apply_what_if (model, f->service, 10, &e1));
  g_assert_error (e1, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_false (vb_decision_model_apply_what_if (model, f->price, 10, &e2));
  g_assert_error (e2, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_false (vb_decision_model_apply_what_if (model, f->quality, 101, &e3));
  g_assert_error (e3, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  /* all the weight on Quality: nothing left to share the rest */
  OK (vb_criterion_set_weight (f->service, 100, error));
  OK (vb_criterion_set_weight (vb_criterion_get_parent (f->speed), 0, error));
  OK (vb_criterion_set_weight (f->tone, 0, error));
  g_free (before);
  before = g_strdup (vb_project_get_undo_summary (f->project));
  g_assert_cmpfloat_with_epsilon (global_of (model, f->quality), 100, 1e-9);
  g_assert_false (vb_decision_model_apply_what_if (model, f->quality, 50, &e4));
  g_assert_error (e4, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (e4->message, "holds all the weight"));
  g_assert_cmpstr (vb_project_get_undo_summary (f->project), ==, before);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/weight-what-if/apply", Fixture, NULL, setup, test_apply, teardown);
  g_test_add ("/weight-what-if/smart", Fixture, NULL, setup, test_smart, teardown);
  g_test_add ("/weight-what-if/ahp", Fixture, NULL, setup, test_ahp, teardown);
  g_test_add ("/weight-what-if/refused", Fixture, NULL, setup, test_refused, teardown);
  return g_test_run ();
}
