/* test-scoring.c — the Scoring & Decision page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is built from its template in a project window; the tests press
 * its buttons, pick its choices, type into its fields and press real keys,
 * then read the result back from the project file on disk and through
 * core. Core is used only for fixtures (finalists) and to compute what the
 * page should show.
 *
 * Promises tested: a category and its criteria are added and named
 * through the Weights view; weights typed in reach the file, a group that
 * does not add up to 100 % says so and Balance fixes it keeping the one
 * edited last; the global weight is shown; a computed criterion without
 * data says it is left out; the pairwise comparison stores the agreed
 * judgements, shows the consistency ratio core computes, warns (naming the
 * pair) when it is above 0.10, and "Use These Weights" stores the weights;
 * evaluators are added and named; an evaluator scores with the digit
 * keys and moves with the arrows, comments a cell; undoing a score is one
 * step; the combined cell flags disagreement with the scores beside it;
 * an agreed score is recorded with who and why, the individual scores
 * still shown; blind scoring hides the names; the view switcher reaches
 * the four views.
 */

#define G_LOG_DOMAIN "vb-test-scoring"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "vb-ahp-rows.h"
#include "vb-criterion.h"
#include "vb-decision-view.h"
#include "vb-evaluator.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-guide.h"
#include "vb-ranking-view.h"
#include "vb-score-cell.h"
#include "vb-scores-view.h"
#include "vb-scoring-page.h"
#include "vb-stage-page.h"
#include "vb-vendor.h"
#include "vb-weights-view.h"
#include "vb-display-keys.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

/* ------------------------------------------------------------ helpers */

static char *
project_in (const char *name)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);

  return vbd_make_project (folder, name, VB_PROJECT_TEMPLATE_BLANK);
}

static GtkWidget *
child_of (GtkWidget  *widget,
          GType       type,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (widget, type, name);

  if (w == NULL)
    g_error ("the %s has no template child “%s”", G_OBJECT_TYPE_NAME (widget), name);
  return GTK_WIDGET (w);
}

static VbVendor *
add_finalist (VbdProjectWindow *pw,
              const char       *name)
{
  g_autoptr(GError) error = NULL;
  VbVendor *vendor = vb_project_add_vendor (pw->project, &error);

  g_assert_no_error (error);
  g_assert_true (vb_vendor_set_name (vendor, name, &error));
  g_assert_true (vb_vendor_set_status (vendor, VB_VENDOR_STATUS_FINALIST, NULL, &error));
  g_assert_no_error (error);
  return vendor;
}

static GtkWidget *
show_view (GtkWidget  *page,
           const char *name)
{
  GtkWidget *stack = child_of (page, VB_TYPE_SCORING_PAGE, "view_stack");

  gtk_widget_activate_action (page, "scoring.show-view", "s", name);
  vbd_iterate (50);
  g_assert_cmpstr (vb_scoring_page_get_visible_view (VB_SCORING_PAGE (page)), ==, name);
  return adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), name);
}

typedef struct {
  const char *name;
  gpointer    record;
} RowSpec;

static gboolean
match_row (GtkWidget    *w,
           gconstpointer data)
{
  const RowSpec *spec = data;

  return g_strcmp0 (gtk_widget_get_name (w), spec->name) == 0 &&
         g_object_get_data (G_OBJECT (w), "vb-record") == spec->record;
}

/* The weights view's row of @c */
static GtkWidget *
criterion_row (GtkWidget   *view,
               VbCriterion *c)
{
  RowSpec spec = { vb_criterion_is_category (c) ? "category-row" : "criterion-row", c };
  GtkWidget *row = vbd_find (view, match_row, &spec);

  if (row == NULL)
    g_error ("no row for the criterion “%s”", vb_criterion_get_name (c));
  return row;
}

static GtkWidget *
weight_spin (GtkWidget   *view,
             VbCriterion *c)
{
  GtkWidget *spin = g_object_get_data (G_OBJECT (criterion_row (view, c)), "vb-weight");

  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  return spin;
}

/* Types a number into a spin button and presses Enter */
static void
type_weight (GtkWidget   *view,
             VbCriterion *c,
             double       value)
{
  GtkWidget *spin = weight_spin (view, c);
  g_autofree char *text = g_strdup_printf ("%g", value);

  gtk_widget_grab_focus (spin);
  vbd_type_and_enter (spin, text);
  vbd_iterate (30);
}

static VbCriterion *
only_category (VbdProjectWindow *pw)
{
  g_autoptr(GPtrArray) top = vb_project_get_top_criteria (pw->project);

  g_assert_cmpuint (top->len, ==, 1);
  return top->pdata[0];
}

static VbCriterion *
child_named (VbCriterion *category,
             const char  *name)
{
  GListModel *children = vb_criterion_get_children (category);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (children, i);

      if (vb_record_is_live (VB_RECORD (c)) && g_strcmp0 (vb_criterion_get_name (c), name) == 0)
        return c;
    }
  g_error ("no criterion “%s”", name);
}

static double
disk_weight (VbdProjectWindow *pw,
             const char       *name)
{
  g_autofree char *q = g_strdup_printf ("SELECT weight FROM criterion WHERE name = '%s'", name);
  g_autofree char *text = vbd_db_text (pw->path, q);

  return g_ascii_strtod (text, NULL);
}

/* A sum label below @root that shows @part */
static GtkWidget *
sum_label_with (GtkWidget  *root,
                const char *part)
{
  GtkWidget *label = vbd_find_label (root, part);

  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_widget_get_name (label), ==, "weights-sum");
  return label;
}

/* Adds a criterion named @name to the only category, through the view */
static VbCriterion *
add_criterion (VbdProjectWindow *pw,
               GtkWidget        *view,
               const char       *name)
{
  VbCriterion *category = only_category (pw);
  GtkWidget *entry;
  GtkWidget *row;
  VbCriterion *c;

  vbd_click (vbd_action_button (view, "weights.add-criterion", vb_record_get_uuid (VB_RECORD (category))));
  c = child_named (category, "New criterion");
  row = criterion_row (view, c);
  entry = vb_field_find (row, "name");
  vbd_assert_focus_in (pw->window, entry);
  vbd_type_and_enter (entry, name);
  g_assert_cmpstr (vb_criterion_get_name (c), ==, name);
  return c;
}

/* ------------------------------------------------------------ weights */

static void
test_weights (void)
{
  g_autofree char *path = project_in ("Weights");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *view, *entry;
  VbCriterion *category, *quality, *speed, *security;

  vbd_open (&pw, app, path, 1200, 900);
  add_finalist (&pw, "Acme Support");
  add_finalist (&pw, "Brightdesk");
  page = vbd_show_stage (&pw, VB_STAGE_SCORING);
  g_assert_true (VB_IS_SCORING_PAGE (page));
  view = show_view (page, VB_SCORING_VIEW_WEIGHTS);
  g_assert_true (VB_IS_WEIGHTS_VIEW (view));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM criterion"), ==, 0);

  /* Add Category: a category, its row open, the keyboard in its name */
  vbd_click (vbd_action_button (view, "weights.add-category", NULL));
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM criterion WHERE kind = 'category'"), ==, 1);
  category = only_category (&pw);
  entry = vb_field_find (criterion_row (view, category), "name");
  vbd_assert_focus_in (pw.window, entry);
  vbd_type_and_enter (entry, "Service");
  {
    g_autofree char *name = vbd_db_text (pw.path, "SELECT name FROM criterion WHERE kind = 'category'");
    g_assert_cmpstr (name, ==, "Service");
  }

  quality = add_criterion (&pw, view, "Quality");
  speed = add_criterion (&pw, view, "Speed");
  {
    g_autofree char *parent = vbd_db_text (pw.path, "SELECT count(*) FROM criterion c JOIN criterion p "
                                                    "ON c.parent_id = p.uuid WHERE p.name = 'Service' "
                                                    "AND c.kind = 'judged'");
    g_assert_cmpstr (parent, ==, "2");
  }

  /* weights typed in; 70 + 20 is not 100: said so, in red */
  type_weight (view, category, 100);
  type_weight (view, quality, 70);
  type_weight (view, speed, 20);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Service"), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Quality"), 70, 1e-9);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Speed"), 20, 1e-9);
  {
    g_autofree char *ninety = vb_format_percent (90, 1);
    g_autofree char *part = g_strdup_printf ("Together %s: the weights of this category", ninety);
    GtkWidget *sum = sum_label_with (view, part);

    g_assert_true (gtk_widget_has_css_class (sum, "error"));
  }
  /* Balance keeps the one edited last (Speed, 20) and scales the others: one edit */
  vbd_click (vbd_action_button (view, "weights.balance", vb_record_get_uuid (VB_RECORD (category))));
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Quality"), 80, 1e-9);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Speed"), 20, 1e-9);
  {
    g_autofree char *hundred = vb_format_percent (100, 1);
    g_autofree char *part = g_strdup_printf ("Together %s.", hundred);
    GtkWidget *sum = sum_label_with (vbd_find (view, match_row, &(RowSpec) { "category-group", category }), part);

    g_assert_false (gtk_widget_has_css_class (sum, "error"));
  }
  /* the global weight: 100 % × 80 % */
  {
    g_autofree char *eighty = vb_format_percent (80, 1);
    g_autofree char *part = g_strdup_printf ("%s of the total", eighty);

    g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (criterion_row (view, quality))), part));
  }

  /* a computed criterion no finalist has data for: left out, said so */
  security = add_criterion (&pw, view, "Security");
  {
    GtkWidget *row = criterion_row (view, security);
    RowSpec spec = { "criterion-kind", security };
    GtkWidget *kind = vbd_find (row, match_row, &spec);

    g_assert_true (ADW_IS_COMBO_ROW (kind));
    adw_combo_row_set_selected (ADW_COMBO_ROW (kind), 2);   /* judged, price, compliance, reference */
    vbd_iterate (50);
    {
      g_autofree char *k = vbd_db_text (pw.path, "SELECT kind FROM criterion WHERE name = 'Security'");
      g_assert_cmpstr (k, ==, "compliance");
    }
    type_weight (view, security, 10);
    g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (criterion_row (view, security))),
                              "left out: no finalist has a value yet, the other weights renormalised"));
  }

  /* removing a criterion is undone from its toast */
  {
    GtkWidget *toast;

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (criterion_row (view, security)), TRUE);
    vbd_iterate (50);
    vbd_click (vbd_action_button (view, "weights.remove", vb_record_get_uuid (VB_RECORD (security))));
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM criterion WHERE name = 'Security'"), ==, 0);
    toast = vbd_wait_toast (&pw, "Removed “Security”", 3000);
    g_assert_nonnull (toast);
    vbd_click (vbd_toast_button (toast));
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM criterion WHERE name = 'Security'"), ==, 1);
  }

  vbd_close (&pw);
}

/* ------------------------------------------------------------ AHP */

static GtkWidget *
pair_row (GtkWidget   *view,
          VbCriterion *a,
          VbCriterion *b)
{
  GtkWidget *group = child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_group");

  for (GtkWidget *w = vbd_find (group, vbd_match_name, "ahp-pair"); w; w = gtk_widget_get_next_sibling (w))
    if (g_strcmp0 (gtk_widget_get_name (w), "ahp-pair") == 0 &&
        g_object_get_data (G_OBJECT (w), "vb-a") == a && g_object_get_data (G_OBJECT (w), "vb-b") == b)
      return w;
  g_error ("no pair row for %s and %s", vb_criterion_get_name (a), vb_criterion_get_name (b));
}

static void
judge (GtkWidget   *view,
       VbCriterion *a,
       VbCriterion *b,
       double       value)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (pair_row (view, a, b)), vb_ahp_scale_position (value));
  vbd_iterate (50);
}

static const char *
cr_shown (GtkWidget *view)
{
  GtkWidget *row = vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_result_group"), "ahp-cr");
  GtkWidget *value = g_object_get_data (G_OBJECT (row), "vb-value");

  g_assert_true (GTK_IS_LABEL (value));
  return gtk_label_get_label (GTK_LABEL (value));
}

static void
test_ahp (void)
{
  g_autofree char *path = project_in ("Pairwise");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *view, *method, *group_choice;
  VbCriterion *category, *quality, *speed, *cost;
  g_autoptr(VbAhpResult) expected = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GError) error = NULL;

  vbd_open (&pw, app, path, 1200, 900);
  add_finalist (&pw, "Acme Support");
  page = vbd_show_stage (&pw, VB_STAGE_SCORING);
  view = show_view (page, VB_SCORING_VIEW_WEIGHTS);
  vbd_click (vbd_action_button (view, "weights.add-category", NULL));
  category = only_category (&pw);
  quality = add_criterion (&pw, view, "Quality");
  speed = add_criterion (&pw, view, "Speed");
  cost = add_criterion (&pw, view, "Cost");

  /* SMART points: the spin buttons take points, Save Points as Weights turns them into shares */
  method = vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "method_group"), "weighting-method");
  adw_combo_row_set_selected (ADW_COMBO_ROW (method), VB_WEIGHTING_SMART);
  vbd_iterate (50);
  {
    g_autofree char *w = vbd_db_text (pw.path, "SELECT weighting FROM project");
    g_assert_cmpstr (w, ==, "smart");
  }
  type_weight (view, quality, 30);
  type_weight (view, speed, 10);
  type_weight (view, cost, 10);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT smart_points FROM criterion WHERE name = 'Quality'"), ==, 30);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Quality"), 0, 1e-9);
  vbd_click (vbd_action_button (view, "weights.apply-points", NULL));
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Quality"), 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Speed"), 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (disk_weight (&pw, "Cost"), 20, 1e-9);

  /* the method: pairwise comparison */
  adw_combo_row_set_selected (ADW_COMBO_ROW (method), VB_WEIGHTING_AHP);
  vbd_iterate (50);
  {
    g_autofree char *w = vbd_db_text (pw.path, "SELECT weighting FROM project");
    g_assert_cmpstr (w, ==, "ahp");
  }
  g_assert_true (gtk_widget_get_visible (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_group")));

  /* compare the category's criteria, as agreed by the team */
  group_choice = vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_group"), "ahp-group");
  adw_combo_row_set_selected (ADW_COMBO_ROW (group_choice), 1);
  vbd_iterate (100);
  judge (view, quality, speed, 3);
  judge (view, quality, cost, 5);
  judge (view, speed, cost, 2);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM ahp_judgement WHERE evaluator_id IS NULL"), ==, 3);
  {
    g_autofree char *v = vbd_db_text (pw.path, "SELECT value FROM ahp_judgement j JOIN criterion a "
                                               "ON j.criterion_a = a.uuid JOIN criterion b ON j.criterion_b = b.uuid "
                                               "WHERE a.name = 'Quality' AND b.name = 'Cost'");
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (v, NULL), 5, 1e-9);
  }

  /* the consistency ratio shown is core's, and under 0.10 no warning */
  expected = vb_project_solve_ahp (pw.project, category, &order, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (expected->cr, <, VB_AHP_CR_LIMIT);
  {
    g_autofree char *cr = vb_format_number (expected->cr, 2);

    g_assert_cmpstr (cr_shown (view), ==, cr);
  }
  g_assert_null (vbd_find (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_result_group"), vbd_match_visible_name,
                           "ahp-warning"));

  /* Use These Weights: the group's weights, stored in one edit */
  vbd_click (vbd_action_button (view, "weights.apply-ahp", NULL));
  for (guint i = 0; i < order->len; i++)
    g_assert_cmpfloat_with_epsilon (disk_weight (&pw, vb_criterion_get_name (order->pdata[i])),
                                    expected->geomean_weights[i] * 100, 1e-6);
  g_assert_cmpfloat (disk_weight (&pw, "Quality"), >, disk_weight (&pw, "Speed"));

  /* judgements that go round in a circle: the ratio above 0.10, the pair that fits least named */
  judge (view, speed, cost, 1.0 / 9);
  judge (view, quality, speed, 1.0 / 5);
  {
    g_autoptr(VbAhpResult) bad = vb_project_solve_ahp (pw.project, category, NULL, NULL);
    g_autofree char *cr = vb_format_number (bad->cr, 2);
    GtkWidget *warning;

    g_assert_true (bad->inconsistent);
    g_assert_cmpstr (cr_shown (view), ==, cr);
    warning = vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_result_group"), "ahp-warning");
    g_assert_true (gtk_widget_is_drawable (warning));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (warning)),
                              vb_criterion_get_name (order->pdata[bad->worst_i])));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (warning)),
                              vb_criterion_get_name (order->pdata[bad->worst_j])));
  }

  /* an evaluator's own judgements: stored with the evaluator, its own ratio shown */
  {
    g_autoptr(GError) add_error = NULL;
    VbEvaluator *anna = vb_project_add_evaluator (pw.project, "Anna", &add_error);
    GtkWidget *who;
    GtkWidget *own;

    g_assert_no_error (add_error);
    vbd_iterate (50);
    who = vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_group"), "ahp-evaluator");
    adw_combo_row_set_selected (ADW_COMBO_ROW (who), 1);
    vbd_iterate (50);
    /* 2, 2 and 4: consistent (4 = 2 × 2) */
    judge (view, quality, speed, 2);
    judge (view, speed, cost, 2);
    judge (view, quality, cost, 4);
    g_assert_cmpfloat_with_epsilon (vb_project_get_ahp_judgement (pw.project, anna, quality, cost), 4, 1e-9);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM ahp_judgement WHERE evaluator_id IS NOT NULL"), ==, 3);
    /* the agreed matrix did not change */
    g_assert_cmpfloat_with_epsilon (vb_project_get_ahp_judgement (pw.project, NULL, quality, speed), 1.0 / 5, 1e-9);
    own = vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "ahp_result_group"), "ahp-own-cr");
    /* consistent on their own, while the agreed ones, which count instead, are not */
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (g_object_get_data (G_OBJECT (own), "vb-value"))), ==, "0.00");
  }

  vbd_close (&pw);
}

/* ------------------------------------------------------------ scores */

/* The grid's cell of @vendor on @criterion */
static GtkWidget *
cell_of (GtkWidget   *view,
         VbVendor    *vendor,
         VbCriterion *criterion)
{
  GtkWidget *grid = child_of (view, VB_TYPE_SCORES_VIEW, "grid");

  for (GtkWidget *w = gtk_widget_get_first_child (grid); w; w = gtk_widget_get_next_sibling (w))
    if (g_strcmp0 (gtk_widget_get_name (w), "score-cell") == 0 &&
        vb_score_cell_get_vendor (w) == vendor && vb_score_cell_get_criterion (w) == criterion)
      return w;
  g_error ("no cell for %s on %s", vb_vendor_get_name (vendor), vb_criterion_get_name (criterion));
}

static VbEvaluator *
add_evaluator (VbdProjectWindow *pw,
               GtkWidget        *view,
               const char       *name)
{
  GListModel *evaluators = vb_project_get_evaluators (pw->project);
  guint before = g_list_model_get_n_items (evaluators);
  g_autoptr(VbEvaluator) e = NULL;
  GtkWidget *entry;

  /* Add Evaluator: its row open, the keyboard in its name */
  vbd_click (vbd_action_button (view, "scores.add-evaluator", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (evaluators), ==, before + 1);
  e = g_list_model_get_item (evaluators, before);
  vbd_iterate (50);
  entry = vb_field_find (vbd_last_row (child_of (view, VB_TYPE_SCORES_VIEW, "evaluators_list")), "name");
  vbd_assert_focus_in (pw->window, entry);
  vbd_type_and_enter (entry, name);
  g_assert_cmpstr (vb_evaluator_get_name (e), ==, name);
  return e;   /* the project holds it */
}

static void
choose_evaluator (GtkWidget   *view,
                  guint        position)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child_of (view, VB_TYPE_SCORES_VIEW, "evaluator_dropdown")), position);
  vbd_iterate (50);
}

static int
score_of (VbEvaluator *e,
          VbVendor    *v,
          VbCriterion *c)
{
  VbScore *s = vb_evaluator_find_score (e, v, c);

  return s ? vb_score_get_score (s) : 0;
}

/* A project with one category of two judged criteria, weights that add
 * up, and two finalists */
static void
scoring_fixture (VbdProjectWindow *pw,
                 VbVendor        **acme,
                 VbVendor        **bright,
                 VbCriterion     **quality,
                 VbCriterion     **speed)
{
  g_autoptr(GError) error = NULL;
  VbCriterion *category;

  *acme = add_finalist (pw, "Acme Support");
  *bright = add_finalist (pw, "Brightdesk");
  category = vb_project_add_criterion_category (pw->project, "Service", &error);
  g_assert_no_error (error);
  g_assert_true (vb_criterion_set_weight (category, 100, &error));
  *quality = vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, "Quality", &error);
  *speed = vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, "Speed", &error);
  g_assert_no_error (error);
  g_assert_true (vb_criterion_set_weight (*quality, 60, &error));
  g_assert_true (vb_criterion_set_weight (*speed, 40, &error));
  vbd_iterate (30);
}

static void
test_scores (void)
{
  g_autofree char *path = project_in ("Scores");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *view, *cell;
  VbVendor *acme, *bright;
  VbCriterion *quality, *speed;
  VbEvaluator *anna, *ben;

  vbd_open (&pw, app, path, 1200, 900);
  scoring_fixture (&pw, &acme, &bright, &quality, &speed);
  page = vbd_show_stage (&pw, VB_STAGE_SCORING);
  view = show_view (page, VB_SCORING_VIEW_SCORES);
  g_assert_true (VB_IS_SCORES_VIEW (view));

  /* evaluators, added and named here */
  anna = add_evaluator (&pw, view, "Anna");
  ben = add_evaluator (&pw, view, "Ben");
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM evaluator WHERE name IN ('Anna', 'Ben')"), ==, 2);

  /* Anna scores with the keys: 4, Right, 2, Down, 5 */
  choose_evaluator (view, 1);
  g_assert_true (vb_scores_view_get_evaluator (VB_SCORES_VIEW (view)) == anna);
  vbd_watch_keys ();
  cell = cell_of (view, acme, quality);
  gtk_widget_grab_focus (cell);
  vbd_iterate (30);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_4, 0);
  g_assert_cmpint (score_of (anna, acme, quality), ==, 4);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT s.score FROM score s JOIN evaluator e ON s.evaluator_id = e.uuid "
                                        "JOIN vendor v ON s.vendor_id = v.uuid JOIN criterion c ON s.criterion_id = c.uuid "
                                        "WHERE e.name = 'Anna' AND v.name = 'Acme Support' AND c.name = 'Quality'"), ==, 4);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Right, 0);
  vbd_assert_focus_in (pw.window, cell_of (view, bright, quality));
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_2, 0);
  g_assert_cmpint (score_of (anna, bright, quality), ==, 2);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_Down, 0);
  vbd_assert_focus_in (pw.window, cell_of (view, bright, speed));
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_5, 0);
  g_assert_cmpint (score_of (anna, bright, speed), ==, 5);
  g_assert_cmpint (score_of (anna, acme, quality), ==, 4);

  /* undo of one score is one step: 5 → 3, Ctrl+Z, back to 5 and the rest as it was */
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_3, 0);
  g_assert_cmpint (score_of (anna, bright, speed), ==, 3);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_z, GDK_CONTROL_MASK);
  vbd_iterate (50);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT s.score FROM score s JOIN vendor v ON s.vendor_id = v.uuid "
                                        "JOIN criterion c ON s.criterion_id = c.uuid "
                                        "WHERE v.name = 'Brightdesk' AND c.name = 'Speed'"), ==, 5);
  g_assert_cmpint (score_of (anna, bright, quality), ==, 2);
  g_assert_cmpint (score_of (anna, acme, quality), ==, 4);

  /* a comment, from the cell's popover */
  cell = cell_of (view, acme, quality);
  vb_score_cell_open (cell);
  vbd_iterate (50);
  {
    GtkWidget *entry = vbd_by_name (cell, "score-comment");

    vbd_type_and_enter (entry, "Clear, friendly answers");
  }
  g_assert_cmpstr (vb_score_get_comment (vb_evaluator_find_score (anna, acme, quality)), ==, "Clear, friendly answers");
  g_assert_cmpint (score_of (anna, acme, quality), ==, 4);

  /* Ben disagrees on Acme's quality: 1 against 4 */
  choose_evaluator (view, 2);
  g_assert_true (vb_scores_view_get_evaluator (VB_SCORES_VIEW (view)) == ben);
  cell = cell_of (view, acme, quality);
  gtk_widget_grab_focus (cell);
  vbd_iterate (30);
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_1, 0);
  g_assert_cmpint (score_of (ben, acme, quality), ==, 1);

  /* combined: the mean 2.5, flagged, with the two scores beside it */
  choose_evaluator (view, 0);
  g_assert_null (vb_scores_view_get_evaluator (VB_SCORES_VIEW (view)));
  cell = cell_of (view, acme, quality);
  g_assert_true (gtk_widget_has_css_class (cell, "vb-score-disagree"));
  {
    g_autofree char *mean = vb_format_number (2.5, 1);

    g_assert_nonnull (vbd_find_label (cell, mean));
    g_assert_nonnull (vbd_find_label (cell, "4 · 1"));
  }
  g_assert_false (gtk_widget_has_css_class (cell_of (view, bright, quality), "vb-score-disagree"));

  /* an agreed score: 3, who agreed and why; the evaluators' own scores stay */
  vb_score_cell_open (cell);
  vbd_iterate (50);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (vbd_by_name (cell, "agreed-score")), 2);
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (cell, "agreed-by")), "Anna and Ben");
  vbd_click (vbd_by_name (cell, "agree-score"));
  {
    GtkWindow *dialog = vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    GtkWidget *reason;

    g_assert_nonnull (dialog);
    reason = vbd_by_name (GTK_WIDGET (dialog), "reason-entry");
    gtk_editable_set_text (GTK_EDITABLE (reason), "Listened to the calls together");
    vbd_iterate (20);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
    vbd_iterate (50);
  }
  {
    VbConsensus *agreed = vb_project_find_consensus (pw.project, acme, quality);
    g_autofree char *row = vbd_db_text (pw.path, "SELECT score || '|' || reason || '|' || decided_by FROM consensus");

    g_assert_nonnull (agreed);
    g_assert_cmpint (vb_consensus_get_score (agreed), ==, 3);
    g_assert_cmpstr (row, ==, "3|Listened to the calls together|Anna and Ben");
  }
  cell = cell_of (view, acme, quality);
  g_assert_nonnull (vbd_find_label (cell, "3 agreed"));
  g_assert_nonnull (vbd_find_label (cell, "4 · 1"));
  g_assert_cmpint (score_of (anna, acme, quality), ==, 4);
  g_assert_cmpint (score_of (ben, acme, quality), ==, 1);

  /* blind: Vendor A and B, no name in the grid; and back */
  {
    GtkWidget *grid = child_of (view, VB_TYPE_SCORES_VIEW, "grid");
    GtkWidget *blind = child_of (view, VB_TYPE_SCORES_VIEW, "blind_button");

    GtkWidget *footer = child_of (page, VB_TYPE_SCORING_PAGE, "footer_box");

    g_autoptr(GError) error = NULL;

    /* a disagreement on Brightdesk: the footer's finding names it */
    g_assert_true (vb_evaluator_set_score (anna, bright, quality, 5, NULL, &error));
    g_assert_true (vb_evaluator_set_score (ben, bright, quality, 1, NULL, &error));
    vbd_iterate (50);
    g_assert_nonnull (vbd_find_label (grid, "Acme Support"));
    g_assert_nonnull (vbd_find_label (footer, "Brightdesk"));
    vbd_click (blind);
    vbd_iterate (30);
    g_assert_nonnull (vbd_find_label (grid, "Vendor A"));
    g_assert_nonnull (vbd_find_label (grid, "Vendor B"));
    /* nowhere on the page a name while scoring blind */
    g_assert_null (vbd_find_label (page, "Acme Support"));
    g_assert_null (vbd_find_label (page, "Brightdesk"));
    g_assert_false (gtk_widget_is_drawable (footer));
    /* blind is about scoring: the Ranking view names them, with its footer */
    show_view (page, VB_SCORING_VIEW_RANKING);
    vbd_iterate (30);
    g_assert_true (gtk_widget_is_drawable (footer));
    show_view (page, VB_SCORING_VIEW_SCORES);
    vbd_iterate (30);
    g_assert_false (gtk_widget_is_drawable (footer));
    vbd_click (blind);
    vbd_iterate (30);
    g_assert_nonnull (vbd_find_label (grid, "Acme Support"));
    g_assert_null (vbd_find_label (grid, "Vendor A"));
    g_assert_nonnull (vbd_find_label (footer, "Brightdesk"));
  }

  /* Ben removed from the evaluators list: he and his scores leave the
   * file (the agreed score stays), and undo brings both back */
  {
    g_autofree char *ben_uuid = g_strdup (vb_record_get_uuid (VB_RECORD (ben)));
    g_autofree char *his = g_strdup_printf ("SELECT count(*) FROM score WHERE evaluator_id = '%s'", ben_uuid);
    int n_his = vbd_db_int (pw.path, his);

    g_assert_cmpint (n_his, ==, 2);
    vbd_click (vbd_action_button (child_of (view, VB_TYPE_SCORES_VIEW, "evaluators_list"),
                                  "scores.remove-evaluator", ben_uuid));
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM evaluator"), ==, 1);
    g_assert_cmpint (vbd_db_int (pw.path, his), ==, 0);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM consensus"), ==, 1);
    g_assert_null (vbd_find_label (child_of (view, VB_TYPE_SCORES_VIEW, "evaluators_list"), "Ben"));
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (
                        GTK_DROP_DOWN (child_of (view, VB_TYPE_SCORES_VIEW, "evaluator_dropdown")))), ==, 2);
    gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
    vbd_iterate (50);
    g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM evaluator"), ==, 2);
    g_assert_cmpint (vbd_db_int (pw.path, his), ==, n_his);
    g_assert_nonnull (vbd_find_label (child_of (view, VB_TYPE_SCORES_VIEW, "evaluators_list"), "Ben"));
  }

  vbd_close (&pw);
}

/* ------------------------------------------------------------ read-only, findings */

/* A file that cannot be written opens read-only: nothing on the page edits it */
static void
test_read_only (void)
{
  g_autofree char *path = project_in ("Read-only");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *view, *cell;
  VbVendor *acme, *bright;
  VbCriterion *quality, *speed;

  vbd_open (&pw, app, path, 1200, 900);
  scoring_fixture (&pw, &acme, &bright, &quality, &speed);
  g_assert_nonnull (vb_project_add_evaluator (pw.project, "Anna", NULL));
  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, TRUE));
  vbd_open (&pw, app, path, 1200, 900);
  g_assert_true (vb_project_get_read_only (pw.project));
  /* the rows of the project opened again */
  acme = g_list_model_get_item (vb_project_get_vendors (pw.project), 0);
  g_object_unref (acme);   /* the project holds it */
  quality = child_named (only_category (&pw), "Quality");

  page = vbd_show_stage (&pw, VB_STAGE_SCORING);
  view = show_view (page, VB_SCORING_VIEW_WEIGHTS);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (view, "weights.add-category", NULL)));
  g_assert_false (gtk_widget_is_sensitive (weight_spin (view, quality)));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (child_of (view, VB_TYPE_WEIGHTS_VIEW, "method_group"),
                                                        "weighting-method")));
  view = show_view (page, VB_SCORING_VIEW_SCORES);
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (view, "scores.add-evaluator", NULL)));
  choose_evaluator (view, 1);
  cell = cell_of (view, acme, quality);
  gtk_widget_grab_focus (cell);
  vbd_iterate (30);
  vbd_watch_keys ();
  vbd_key (GTK_WINDOW (pw.window), GDK_KEY_4, 0);
  {
    g_autoptr(VbEvaluator) anna = g_list_model_get_item (vb_project_get_evaluators (pw.project), 0);

    g_assert_cmpint (score_of (anna, acme, quality), ==, 0);
  }
  vb_score_cell_open (cell);
  vbd_iterate (50);
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (cell, "score-choice")));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (cell, "score-comment")));

  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, FALSE));
  g_assert_cmpint (vbd_db_int (path, "SELECT count(*) FROM score"), ==, 0);
}

/* The finding "an evaluator who has not scored" opens that evaluator's grid */
static void
test_finding (void)
{
  g_autofree char *path = project_in ("Finding");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *view;
  VbVendor *acme, *bright;
  VbCriterion *quality, *speed;
  VbEvaluator *ben;
  g_autoptr(GPtrArray) findings = NULL;
  VbFinding *not_scored = NULL;

  vbd_open (&pw, app, path, 1200, 900);
  scoring_fixture (&pw, &acme, &bright, &quality, &speed);
  g_assert_nonnull (vb_project_add_evaluator (pw.project, "Anna", NULL));
  ben = vb_project_add_evaluator (pw.project, "Ben", NULL);
  g_assert_nonnull (ben);
  vbd_iterate (50);
  page = vbd_show_stage (&pw, VB_STAGE_SCORING);
  g_assert_cmpstr (vb_scoring_page_get_visible_view (VB_SCORING_PAGE (page)), ==, VB_SCORING_VIEW_WEIGHTS);
  findings = vb_guide_get_stage_findings (vb_window_get_guide (pw.window), VB_STAGE_SCORING);
  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (vb_finding_get_subject (findings->pdata[i]), vb_record_get_uuid (VB_RECORD (ben))) == 0)
      not_scored = findings->pdata[i];
  g_assert_nonnull (not_scored);
  vb_stage_page_show_finding (VB_STAGE_PAGE (page), not_scored);
  vbd_iterate (50);
  g_assert_cmpstr (vb_scoring_page_get_visible_view (VB_SCORING_PAGE (page)), ==, VB_SCORING_VIEW_SCORES);
  view = show_view (page, VB_SCORING_VIEW_SCORES);
  g_assert_true (vb_scores_view_get_evaluator (VB_SCORES_VIEW (view)) == ben);
  vbd_assert_focus_in (pw.window, child_of (view, VB_TYPE_SCORES_VIEW, "grid"));
  vbd_close (&pw);
}

/* ------------------------------------------------------------ the switcher */

static void
test_switcher (void)
{
  g_autofree char *path = project_in ("Views");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *switcher, *stack;
  const char *const names[] = { VB_SCORING_VIEW_WEIGHTS, VB_SCORING_VIEW_SCORES, VB_SCORING_VIEW_RANKING,
                                VB_SCORING_VIEW_DECISION };
  const GType types[] = { VB_TYPE_WEIGHTS_VIEW, VB_TYPE_SCORES_VIEW, VB_TYPE_RANKING_VIEW, VB_TYPE_DECISION_VIEW };
  guint n_buttons = 0;

  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_SCORING);
  switcher = child_of (page, VB_TYPE_SCORING_PAGE, "switcher");
  stack = child_of (page, VB_TYPE_SCORING_PAGE, "view_stack");
  g_assert_true (vbd_wait_drawable (switcher) != NULL);

  /* each button of the switcher, clicked, shows its view */
  for (GtkWidget *b = vbd_find (switcher, vbd_match_type, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON)); b;
       b = gtk_widget_get_next_sibling (b))
    {
      if (!GTK_IS_TOGGLE_BUTTON (b))
        continue;
      g_assert_cmpuint (n_buttons, <, G_N_ELEMENTS (names));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), TRUE);
      vbd_iterate (50);
      g_assert_cmpstr (vb_scoring_page_get_visible_view (VB_SCORING_PAGE (page)), ==, names[n_buttons]);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack)),
                                                 types[n_buttons]));
      n_buttons++;
    }
  g_assert_cmpuint (n_buttons, ==, G_N_ELEMENTS (names));
  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "scoring", &tmp_root);

  g_test_add_func ("/scoring/weights", test_weights);
  g_test_add_func ("/scoring/ahp", test_ahp);
  g_test_add_func ("/scoring/scores", test_scores);
  g_test_add_func ("/scoring/read-only", test_read_only);
  g_test_add_func ("/scoring/finding", test_finding);
  g_test_add_func ("/scoring/switcher", test_switcher);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
