/* test-decision.c — the Scoring & Decision page's Ranking and Decision views
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each view is built by its constructor from a VbContext of the sample
 * project (copied into the test's folder) and hosted in a window of its
 * own, as the page will host it. Driven as a user would (the slider, the
 * buttons, the check boxes, the dialogs' fields and responses) and checked
 * against the project: the ranking against `vendorbench-cli score --json`
 * on the file, the writes read back through core and from the file.
 * A last case builds 50 finalists × 60 criteria and prints the frame times
 * while the what-if slider is dragged (figures, not an assertion on time).
 * With VB_SHOT_DIR set, the views are saved there as PNGs.
 */
#define G_LOG_DOMAIN "test-decision"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "vb-context.h"
#include "vb-criterion.h"
#include "vb-decision-model.h"
#include "vb-chart-view.h"
#include "vb-decision-dialog.h"
#include "vb-decision-record.h"
#include "vb-decision-view.h"
#include "vb-display-app.h"
#include "vb-display-util.h"
#include "vb-evaluator.h"
#include "vb-format.h"
#include "vb-json.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-ranking-view.h"
#include "vb-response.h"
#include "vb-signing-checklist.h"
#include "vb-vendor.h"

static VbApplication *app;
static char *tmp_root;

typedef struct {
  char      *path;
  VbProject *project;
  VbContext *context;
  GtkWidget *window;
  GtkWidget *view;
} Host;

static void
host_open (Host       *h,
           const char *name,
           gboolean    decision)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strconcat (name, VB_PROJECT_SUFFIX, NULL);

  h->path = g_build_filename (tmp_root, file, NULL);
  g_unlink (h->path);
  h->project = vb_project_create_sample (h->path, &error);
  g_assert_no_error (error);
  h->context = vb_context_new (h->project);
  vb_context_set_author (h->context, "Test Owner");
  h->view = decision ? vb_decision_view_new (h->context) : vb_ranking_view_new (h->context);
  h->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (h->window), 1000, 900);
  adw_window_set_content (ADW_WINDOW (h->window), h->view);
  gtk_window_present (GTK_WINDOW (h->window));
  vbd_wait_drawable (h->view);
  vbd_iterate (100);
}

/* The sample as it was before its decision: no vendor selected, no
 * record, nothing ticked on the checklist */
static void
host_undecide (Host *h)
{
  g_autoptr(GError) error = NULL;
  GListModel *items = vb_project_get_checklist_items (h->project);
  VbVendor *selected = vb_project_get_selected_vendor (h->project);

  while (g_list_model_get_n_items (items) > 0)
    {
      g_autoptr(VbRecord) item = g_list_model_get_item (items, 0);

      g_assert_true (vb_record_remove (item, &error));
      g_assert_no_error (error);
    }
  if (selected)
    g_assert_true (vb_vendor_set_status (selected, VB_VENDOR_STATUS_FINALIST, NULL, &error));
  g_assert_no_error (error);
  if (vb_project_get_decision (h->project))
    g_assert_true (vb_record_remove (VB_RECORD (vb_project_get_decision (h->project)), &error));
  g_assert_no_error (error);
  vbd_iterate (50);
}

static void
host_close (Host *h)
{
  gtk_window_destroy (GTK_WINDOW (h->window));
  vbd_iterate (30);
  g_clear_object (&h->context);
  vb_project_close (h->project);
  g_clear_object (&h->project);
  g_clear_pointer (&h->path, g_free);
}

/* With VB_SHOT_DIR set, @widget rendered to DIR/@name.png */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("VB_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *file = NULL;
  GtkSnapshot *snapshot;
  cairo_surface_t *surface;
  cairo_t *cr;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    cairo_set_source_rgb (cr, 0.14, 0.14, 0.14);
  else
    cairo_set_source_rgb (cr, 0.98, 0.98, 0.98);
  cairo_paint (cr);
  if (node)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_cmpint (cairo_surface_write_to_png (surface, file), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static GtkWidget *
child (Host       *h,
       GType       type,
       const char *id)
{
  GObject *o = gtk_widget_get_template_child (h->view, type, id);

  g_assert_nonnull (o);
  return GTK_WIDGET (o);
}

static GtkWidget *
nth_row (GtkWidget *list,
         guint      i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) i);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static const char *
row_title (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
row_subtitle (GtkWidget *row)
{
  const char *s = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

  return s ? s : "";
}

/* `vendorbench-cli score FILE --json`, parsed */
static JsonNode *
cli_score (const char *path)
{
  const char *cli = g_getenv ("VB_CLI");
  const char *argv[] = { cli, "score", path, "--json", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (cli);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return json_from_string (out, &error);
}

/* A fresh model: what the file says now, not what the view holds */
static int
leader_now (VbProject *project,
            VbVendor **vendor)
{
  g_autoptr(VbDecisionModel) model = vb_decision_model_new (project);
  const VbDecisionResult *r = vb_decision_model_get_result (model);

  *vendor = r->scoring->leader >= 0 ? vb_decision_model_get_vendor (model, (guint) r->scoring->leader) : NULL;
  return r->scoring->leader;
}

static double
global_weight_now (VbProject   *project,
                   VbCriterion *criterion)
{
  g_autoptr(VbDecisionModel) model = vb_decision_model_new (project);
  const VbDecisionResult *r = vb_decision_model_get_result (model);

  return r->scoring->weights->nodes[vb_decision_model_find_node (model, criterion)].global_pct;
}

/* ---------------------------------------------------------------- ranking */

static void
test_ranking (void)
{
  Host h = { 0 };
  g_autoptr(JsonNode) json = NULL;
  JsonArray *ranking;
  GtkWidget *list, *row;
  VbDecisionModel *model;
  const VbDecisionResult *r;
  const VbVendorScores *scores;
  const VbSelectionIssue *issue;
  VbVendor *polyglot = NULL;
  VbResponse *response;
  g_autoptr(GError) error = NULL;
  int p;

  host_open (&h, "ranking", FALSE);
  shot (h.view, "ranking-view");
  if (g_getenv ("VB_SHOT_DIR"))
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      vbd_iterate (100);
      shot (h.view, "ranking-view-dark");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
      vbd_iterate (100);
    }
  list = child (&h, VB_TYPE_RANKING_VIEW, "ranking_list");

  /* the order, names and totals of `score --json` on the file */
  json = cli_score (h.path);
  ranking = json_object_get_array_member (json_node_get_object (json), "ranking");
  g_assert_cmpuint (json_array_get_length (ranking), ==, 2);
  g_assert_cmpuint (vbd_count_rows (list), ==, json_array_get_length (ranking));
  for (guint i = 0; i < json_array_get_length (ranking); i++)
    {
      JsonObject *o = json_array_get_object_element (ranking, i);
      g_autofree char *total = vb_format_number (json_object_get_double_member (o, "total"), 1);
      g_autofree char *title = g_strdup_printf ("%u. %s", (guint) json_object_get_int_member (o, "rank"),
                                                json_object_get_string_member (o, "name"));
      g_autofree char *target = vb_format_money (json_object_get_double_member (o, "negotiation_target"), "GBP");
      GtkWidget *total_label, *target_label;

      row = nth_row (list, i);
      g_assert_cmpstr (row_title (row), ==, title);
      total_label = vbd_by_name (row, "total");
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (total_label)), ==, total);
      /* the negotiation target beside it: headroom for the leader, a target for the other */
      target_label = vbd_by_name (row, "negotiation");
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (target_label)), target));
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (target_label)),
                                i == 0 ? "Keeps the lead up to" : "Would lead below"));
    }
  /* Polyglot's knock-out is shown with its exception */
  row = nth_row (list, 1);
  g_assert_nonnull (strstr (row_subtitle (row), "Knock-out, exception recorded: The vendor does not meet"));

  /* the chart has a text alternative naming the vendors */
  {
    GtkWidget *chart = child (&h, VB_TYPE_RANKING_VIEW, "ranking_chart");
    g_autofree char *words = vb_chart_describe (vb_chart_view_get_chart (VB_CHART_VIEW (chart)));

    gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words);
    g_assert_nonnull (strstr (words, "Polyglot Hub"));
  }

  /* the sensitivity rows: the price tips down to Polyglot, the leader holds on quality */
  list = child (&h, VB_TYPE_RANKING_VIEW, "sensitivity_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, 7);
  g_assert_cmpstr (row_title (nth_row (list, 0)), ==, "Quality of answers");
  g_assert_nonnull (strstr (row_subtitle (nth_row (list, 0)), "The leader holds over the whole range"));
  g_assert_cmpstr (row_title (nth_row (list, 6)), ==, "Price");
  g_assert_nonnull (strstr (row_subtitle (nth_row (list, 6)), "Lowered to 5.5%, Polyglot Hub takes the lead"));

  /* every criterion as `score --json` has it: its weight and tipping point */
  {
    JsonArray *criteria = json_object_get_array_member (json_node_get_object (json), "criteria");

    g_assert_cmpuint (json_array_get_length (criteria), ==, vbd_count_rows (list));
    for (guint i = 0; i < json_array_get_length (criteria); i++)
      {
        JsonObject *o = json_array_get_object_element (criteria, i);
        g_autofree char *weight = vb_format_percent (json_object_get_double_member (o, "global_weight"), 1);
        g_autofree char *expected = NULL;

        row = nth_row (list, i);
        g_assert_cmpstr (row_title (row), ==, json_object_get_string_member (o, "name"));
        g_assert_nonnull (vbd_find_label (row, weight));
        if (json_object_get_null_member (o, "tipping_point"))
          expected = g_strdup ("The leader holds over the whole range");
        else
          {
            g_autofree char *tip = vb_format_percent (json_object_get_double_member (o, "tipping_point"), 1);

            expected = g_strdup_printf ("%s to %s, Polyglot Hub takes the lead",
                                        g_str_equal (json_object_get_string_member (o, "direction"), "up") ? "Raised" : "Lowered",
                                        tip);
          }
        g_assert_nonnull (strstr (row_subtitle (row), expected));
      }
  }

  /* a margin of 10 points: German and French (12 % → 19.8 %) is critical, the price (25 % → 5.5 %) is not */
  g_assert_null (vbd_find (list, vbd_match_name, "critical"));
  g_assert_true (vb_project_set_real (h.project, VB_RECORD (vb_project_get_settings (h.project)), "critical_margin_pct", 10,
                                      &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  list = child (&h, VB_TYPE_RANKING_VIEW, "sensitivity_list");
  row = vbd_by_name (list, "critical");
  g_assert_cmpstr (row_title (row), ==, "German and French");
  g_assert_nonnull (vbd_find_label (row, "Critical"));
  g_assert_cmpstr (gtk_widget_get_name (nth_row (list, 6)), !=, "critical");
  if (g_getenv ("VB_SHOT_DIR"))
    {
      vbd_scroll_to (child (&h, VB_TYPE_RANKING_VIEW, "scroller"), 0.5);
      shot (h.view, "ranking-critical");
    }
  g_assert_true (vb_project_undo (h.project, &error));
  vbd_iterate (50);

  /* the exception withdrawn: Polyglot is disqualified, shown with the reason */
  model = vb_decision_model_get_for_project (h.project);
  r = vb_decision_model_get_result (model);
  p = r->scoring->order[1];
  polyglot = vb_decision_model_get_vendor (model, p);
  scores = vb_decision_model_get_vendor_scores (model, p);
  g_assert_cmpuint (scores->requirements->knockouts->len, ==, 1);
  issue = &g_array_index (scores->requirements->knockouts, VbSelectionIssue, 0);
  response = vb_requirement_get_response_of (issue->user_data, polyglot);
  g_assert_nonnull (response);
  g_assert_true (vb_response_set_exception_reason (response, "", &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  list = child (&h, VB_TYPE_RANKING_VIEW, "ranking_list");
  row = nth_row (list, 1);
  g_assert_cmpstr (row_title (row), ==, "— Polyglot Hub");
  g_assert_nonnull (strstr (row_subtitle (row), "Knocked out: The vendor does not meet the must-have requirement"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (row, "negotiation"))), "No price target"));
  {
    g_autoptr(JsonNode) again = cli_score (h.path);
    JsonObject *o = json_array_get_object_element (
        json_object_get_array_member (json_node_get_object (again), "ranking"), 1);

    g_assert_true (json_object_get_boolean_member (o, "disqualified"));
  }
  /* the scores of a cell taken away: Polyglot's total is marked
   * incomplete, as the CLI says */
  {
    GListModel *evaluators = vb_project_get_evaluators (h.project);
    VbCriterion *quality = NULL;
    g_autoptr(JsonNode) again = NULL;
    guint cleared = 0;

    g_assert_null (strstr (row_subtitle (nth_row (list, 1)), "Incomplete"));
    for (guint e = 0; e < g_list_model_get_n_items (evaluators); e++)
      {
        g_autoptr(VbEvaluator) evaluator = g_list_model_get_item (evaluators, e);
        GListModel *given = vb_evaluator_get_scores (evaluator);

        for (guint i = 0; i < g_list_model_get_n_items (given); i++)
          {
            g_autoptr(VbScore) score = g_list_model_get_item (given, i);

            if (vb_score_get_vendor (score) && vb_score_get_criterion (score) &&
                g_str_equal (vb_vendor_get_name (vb_score_get_vendor (score)), "Polyglot Hub") &&
                g_str_equal (vb_criterion_get_name (vb_score_get_criterion (score)), "Quality of answers") &&
                vb_score_get_score (score) > 0)
              {
                quality = vb_score_get_criterion (score);
                g_assert_true (vb_evaluator_set_score (evaluator, polyglot, quality, 0, NULL, &error));
                g_assert_no_error (error);
                cleared++;
                break;
              }
          }
      }
    g_assert_cmpuint (cleared, >, 0);
    g_assert_null (vb_project_find_consensus (h.project, polyglot, quality));
    vbd_iterate (50);
    again = cli_score (h.path);
    list = child (&h, VB_TYPE_RANKING_VIEW, "ranking_list");
    for (guint i = 0; i < 2; i++)
      {
        JsonObject *o = json_array_get_object_element (
            json_object_get_array_member (json_node_get_object (again), "ranking"), i);

        g_assert_true ((strstr (row_subtitle (nth_row (list, i)), "Incomplete: some scores are missing") != NULL) ==
                       json_object_get_boolean_member (o, "incomplete"));
        if (g_str_equal (json_object_get_string_member (o, "name"), "Polyglot Hub"))
          g_assert_true (json_object_get_boolean_member (o, "incomplete"));
      }
  }
  host_close (&h);
}

/* ---------------------------------------------------------------- what-if */

static VbCriterion *
criterion_named (VbProject  *project,
                 const char *name)
{
  GListModel *all = vb_project_get_criteria (project);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (all, i);

      if (g_str_equal (vb_criterion_get_name (c), name))
        return c;
    }
  g_error ("no criterion “%s”", name);
}

static void
select_what_if (Host       *h,
                const char *name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (child (h, VB_TYPE_RANKING_VIEW, "what_if_criterion"));
  GListModel *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        gtk_drop_down_set_selected (dropdown, i);
        vbd_iterate (20);
        return;
      }
  g_error ("the what-if list has no “%s”", name);
}

static void
test_what_if (void)
{
  Host h = { 0 };
  g_autoptr(GError) error = NULL;
  VbCriterion *price, *quality;
  VbVendor *leader = NULL, *before = NULL;
  GtkRange *scale;
  GtkWidget *what_if_list, *leader_label, *apply, *reset;
  g_autofree char *undo_before = NULL;
  double price_before, quality_before;

  host_open (&h, "what-if", FALSE);
  price = criterion_named (h.project, "Price");
  quality = criterion_named (h.project, "Quality of answers");
  price_before = vb_criterion_get_weight (price);
  quality_before = global_weight_now (h.project, quality);
  leader_now (h.project, &before);
  g_assert_cmpstr (vb_vendor_get_name (before), ==, "BrightDesk Customer Care");
  undo_before = g_strdup (vb_project_get_undo_summary (h.project));

  scale = GTK_RANGE (child (&h, VB_TYPE_RANKING_VIEW, "what_if_scale"));
  what_if_list = child (&h, VB_TYPE_RANKING_VIEW, "what_if_list");
  leader_label = child (&h, VB_TYPE_RANKING_VIEW, "what_if_leader");
  apply = child (&h, VB_TYPE_RANKING_VIEW, "what_if_apply");
  reset = child (&h, VB_TYPE_RANKING_VIEW, "what_if_reset");
  select_what_if (&h, "Price");
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), 25, 1e-9);
  g_assert_false (gtk_widget_get_sensitive (apply));
  g_assert_cmpstr (row_title (nth_row (what_if_list, 0)), ==, "1. BrightDesk Customer Care");

  /* the price down to 3 %, below its tipping point of 5.5 %: Polyglot leads, live */
  gtk_range_set_value (scale, 3);
  vbd_iterate (30);
  g_assert_cmpstr (row_title (nth_row (what_if_list, 0)), ==, "1. Polyglot Hub");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (leader_label)), "Polyglot Hub would lead"));
  if (g_getenv ("VB_SHOT_DIR"))
    {
      vbd_scroll_to (child (&h, VB_TYPE_RANKING_VIEW, "scroller"), 1);
      shot (h.view, "ranking-what-if");
    }
  /* … and nothing was written */
  g_assert_cmpfloat (vb_criterion_get_weight (price), ==, price_before);
  g_assert_cmpstr (vb_project_get_undo_summary (h.project), ==, undo_before);
  leader_now (h.project, &leader);
  g_assert_true (leader == before);

  /* Reset: the saved weight again */
  vbd_click (reset);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), 25, 1e-9);
  g_assert_cmpstr (row_title (nth_row (what_if_list, 0)), ==, "1. BrightDesk Customer Care");

  /* Apply: one edit; the project now ranks as the slider did (not while
   * the page is read-only) */
  gtk_range_set_value (scale, 3);
  vbd_iterate (30);
  g_assert_true (gtk_widget_get_sensitive (apply));
  vb_ranking_view_set_writable (VB_RANKING_VIEW (h.view), FALSE);
  g_assert_false (gtk_widget_get_sensitive (apply));
  vb_ranking_view_set_writable (VB_RANKING_VIEW (h.view), TRUE);
  vbd_click (apply);
  vbd_iterate (50);
  g_assert_cmpfloat_with_epsilon (global_weight_now (h.project, price), 3, 1e-6);
  /* the others scaled by (100 − 3) ÷ (100 − 25) */
  g_assert_cmpfloat_with_epsilon (global_weight_now (h.project, quality), quality_before * 97 / 75, 1e-6);
  leader_now (h.project, &leader);
  g_assert_cmpstr (vb_vendor_get_name (leader), ==, "Polyglot Hub");
  g_assert_nonnull (strstr (vb_project_get_undo_summary (h.project), "Price"));
  /* on disk: the Cost category (the price alone in it) now weighs 3 */
  g_assert_cmpint (vbd_db_int (h.path, "SELECT count(*) FROM criterion WHERE name = 'Cost' AND abs(weight - 3) < 1e-6"), ==, 1);
  {
    g_autoptr(GArray) problems = vb_project_check_weights (h.project);

    g_assert_cmpuint (problems->len, ==, 0);
  }
  /* the ranking shown follows the file */
  g_assert_cmpstr (row_title (nth_row (child (&h, VB_TYPE_RANKING_VIEW, "ranking_list"), 0)), ==, "1. Polyglot Hub");
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), 3, 1e-6);

  /* one undo step puts every weight back */
  g_assert_true (vb_project_undo (h.project, &error));
  g_assert_no_error (error);
  vbd_iterate (50);
  g_assert_cmpfloat_with_epsilon (global_weight_now (h.project, price), 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (global_weight_now (h.project, quality), quality_before, 1e-9);
  g_assert_cmpfloat (vb_criterion_get_weight (price), ==, price_before);
  g_assert_cmpstr (vb_project_get_undo_summary (h.project), ==, undo_before);
  leader_now (h.project, &leader);
  g_assert_true (leader == before);

  /* a criterion with a sibling in its category: German and French from
   * 12 % to 30 %; every other global weight × 70 ÷ 88, the sibling too */
  {
    g_autoptr(VbDecisionModel) model = vb_decision_model_new (h.project);
    const VbScoringResult *sr = vb_decision_model_get_result (model)->scoring;
    guint n = vb_decision_model_get_n_nodes (model);
    g_autofree double *globals = g_new0 (double, n);
    VbCriterion *german = criterion_named (h.project, "German and French");
    double sum = 0;

    for (guint i = 0; i < n; i++)
      globals[i] = sr->weights->nodes[i].global_pct;
    select_what_if (&h, "German and French");
    g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), 12, 1e-9);
    gtk_range_set_value (scale, 30);
    vbd_iterate (30);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (leader_label)), "Polyglot Hub would lead"));
    vbd_click (apply);
    vbd_iterate (50);
    for (guint i = 0; i < n; i++)
      {
        VbCriterion *c = vb_decision_model_get_node (model, i);

        if (vb_criterion_is_category (c))
          continue;
        sum += global_weight_now (h.project, c);
        g_assert_cmpfloat_with_epsilon (global_weight_now (h.project, c), c == german ? 30 : globals[i] * 70 / 88, 1e-6);
      }
    g_assert_cmpfloat_with_epsilon (sum, 100, 1e-6);
    leader_now (h.project, &leader);
    g_assert_cmpstr (vb_vendor_get_name (leader), ==, "Polyglot Hub");
    g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), 30, 1e-6);
  }

  /* an edit while the view is off screen (the page shows the other view):
   * right again when it comes back */
  gtk_widget_set_visible (h.view, FALSE);
  vbd_iterate (20);
  g_assert_true (vb_project_undo (h.project, &error));
  g_assert_no_error (error);
  vbd_iterate (20);
  gtk_widget_set_visible (h.view, TRUE);
  vbd_iterate (50);
  g_assert_cmpstr (row_title (nth_row (child (&h, VB_TYPE_RANKING_VIEW, "ranking_list"), 0)), ==,
                   "1. BrightDesk Customer Care");
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), 12, 1e-6);
  host_close (&h);
}

/* ---------------------------------------------------------------- checklist */

static AdwMessageDialog *
shown_dialog (const char *name)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      GListModel *tops = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
        {
          g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);

          if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
              !g_object_get_data (G_OBJECT (w), "vbd-answered") &&
              (name == NULL || g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (w)), name) == 0))
            return ADW_MESSAGE_DIALOG (w);
        }
      vbd_iterate (20);
    }
  return NULL;
}

/* A response, as a click on its button; the dialog is never found again */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_set_data (G_OBJECT (dialog), "vbd-answered", GINT_TO_POINTER (1));
  adw_message_dialog_response (dialog, response);
  vbd_iterate (50);
}

static void
test_checklist (void)
{
  Host h = { 0 };
  GtkWidget *list, *row, *button, *entry;
  AdwMessageDialog *dialog;
  VbChecklistItem *item;

  host_open (&h, "checklist", TRUE);
  shot (h.view, "decision-view");
  list = child (&h, VB_TYPE_DECISION_VIEW, "checklist_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, vb_signing_checklist_get_n ());

  /* an item the data cannot tell: ticked by the user with a note (the
   * sample ticked it when its decision was recorded: not yet, here) */
  item = vb_project_find_checklist_item (h.project, "contract-read");
  if (item != NULL)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (vb_record_remove (VB_RECORD (item), &error));
      g_assert_no_error (error);
      vbd_iterate (20);
    }
  item = vb_project_find_checklist_item (h.project, "contract-read");
  g_assert_true (item == NULL || !vb_checklist_item_get_met (item));
  row = vbd_by_name (list, "contract-read");
  g_assert_nonnull (strstr (row_subtitle (row), "Not known yet"));
  button = vbd_by_type (row, GTK_TYPE_CHECK_BUTTON);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Done: Someone you trust read the whole contract");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
  dialog = shown_dialog (NULL);
  g_assert_nonnull (dialog);
  entry = vbd_by_name (GTK_WIDGET (dialog), "reason-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Our solicitor read it on 1 December");
  respond (dialog, "accept");
  vbd_iterate (50);

  item = vb_project_find_checklist_item (h.project, "contract-read");
  g_assert_nonnull (item);
  g_assert_true (vb_checklist_item_get_met (item));
  g_assert_cmpstr (vb_checklist_item_get_note (item), ==, "Our solicitor read it on 1 December");
  g_assert_cmpint (vbd_db_int (h.path, "SELECT met FROM checklist_item WHERE item_key = 'contract-read'"), ==, 1);
  row = vbd_by_name (child (&h, VB_TYPE_DECISION_VIEW, "checklist_list"), "contract-read");
  g_assert_nonnull (strstr (row_subtitle (row), "Ticked by you"));
  g_assert_nonnull (strstr (row_subtitle (row), "Our solicitor read it"));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (vbd_by_type (row, GTK_TYPE_CHECK_BUTTON))));

  /* read-only: nothing to tick, nothing to record */
  vb_decision_view_set_writable (VB_DECISION_VIEW (h.view), FALSE);
  row = vbd_by_name (child (&h, VB_TYPE_DECISION_VIEW, "checklist_list"), "contract-read");
  g_assert_false (gtk_widget_get_sensitive (vbd_by_type (row, GTK_TYPE_CHECK_BUTTON)));
  g_assert_false (gtk_widget_get_sensitive (child (&h, VB_TYPE_DECISION_VIEW, "record_button")));
  vb_decision_view_set_writable (VB_DECISION_VIEW (h.view), TRUE);
  row = vbd_by_name (child (&h, VB_TYPE_DECISION_VIEW, "checklist_list"), "contract-read");

  /* unticked: stored too */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (vbd_by_type (row, GTK_TYPE_CHECK_BUTTON)), FALSE);
  vbd_iterate (50);
  g_assert_false (vb_checklist_item_get_met (vb_project_find_checklist_item (h.project, "contract-read")));

  /* ticked elsewhere while the view is off screen: shown when it comes back */
  gtk_widget_set_visible (h.view, FALSE);
  vbd_iterate (20);
  g_assert_true (vb_project_tick_checklist_item (h.project, "contract-read", TRUE, "Read again", NULL));
  gtk_widget_set_visible (h.view, TRUE);
  vbd_iterate (50);
  row = vbd_by_name (child (&h, VB_TYPE_DECISION_VIEW, "checklist_list"), "contract-read");
  g_assert_nonnull (strstr (row_subtitle (row), "Read again"));
  host_close (&h);
}

/* ---------------------------------------------------------------- recording */

static void
fill_dialog (AdwMessageDialog *dialog,
             const char       *rationale,
             const char       *date,
             const char       *who,
             const char       *reject_reason)
{
  GtkWidget *d = GTK_WIDGET (dialog);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (vbd_by_name (d, "decision-rationale"))),
                            rationale, -1);
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (d, "decision-date")), date);
  gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (d, "decision-who")), who);
  if (reject_reason)
    gtk_editable_set_text (GTK_EDITABLE (vbd_by_name (d, "reject-reason")), reject_reason);
  vbd_iterate (20);
}

static AdwMessageDialog *
open_record_dialog (Host *h)
{
  AdwMessageDialog *dialog;

  vbd_click (child (h, VB_TYPE_DECISION_VIEW, "record_button"));
  dialog = shown_dialog ("record-decision");
  g_assert_nonnull (dialog);
  return dialog;
}

static const char *
dialog_vendor (AdwMessageDialog *dialog)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (vbd_by_name (GTK_WIDGET (dialog), "decision-vendor"));

  return gtk_string_object_get_string (GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (dropdown)));
}

static gboolean
same (VbVendor *a,
      VbVendor *b)
{
  return a && b && g_str_equal (vb_record_get_uuid (VB_RECORD (a)), vb_record_get_uuid (VB_RECORD (b)));
}

static void
test_record (void)
{
  Host h = { 0 };
  AdwMessageDialog *dialog, *confirm;
  VbDecision *decision;
  g_autoptr(GPtrArray) unmet = NULL;
  VbVendor *brightdesk, *polyglot;
  GtkWidget *record_list;
  g_autofree char *on_disk = NULL;

  host_open (&h, "record", TRUE);
  host_undecide (&h);
  g_assert_null (vb_project_get_decision (h.project));
  g_assert_cmpint (vbd_db_int (h.path, "SELECT count(*) FROM decision"), ==, 0);
  vbd_by_name (child (&h, VB_TYPE_DECISION_VIEW, "record_list"), "none");

  /* the dialog: the leader by default; Record needs every field */
  dialog = open_record_dialog (&h);
  g_assert_cmpstr (dialog_vendor (dialog), ==, "BrightDesk Customer Care");
  shot (GTK_WIDGET (dialog), "record-dialog");
  fill_dialog (dialog, "Best answers in the pilot calls", "2 December", "Test Owner", "Dearer for the same quality");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (vbd_by_name (GTK_WIDGET (dialog), "decision-hint"))),
                            "year-month-day"));
  fill_dialog (dialog, "Best answers in the pilot calls", "2026-12-02", "  ", NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  fill_dialog (dialog, "   ", "2026-12-02", "Test Owner", NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  fill_dialog (dialog, "Best answers in the pilot calls", "2026-12-02", "Test Owner", NULL);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "record"));

  /* with items not met it asks; cancelling records nothing, and the
   * vendor selected for it (the vendor rule) goes back */
  respond (dialog, "record");
  confirm = shown_dialog ("confirm-unmet");
  g_assert_nonnull (confirm);
  unmet = vb_decision_dialog_unmet_items (h.project);
  g_assert_cmpuint (unmet->len, >, 0);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), unmet->pdata[0]));
  respond (confirm, "cancel");
  vbd_iterate (50);
  g_assert_null (vb_project_get_decision (h.project));
  g_assert_null (vb_project_get_selected_vendor (h.project));
  g_assert_cmpint (vbd_db_int (h.path, "SELECT count(*) FROM decision"), ==, 0);
  g_assert_cmpint (vbd_db_int (h.path, "SELECT count(*) FROM vendor WHERE status = 'selected'"), ==, 0);
  vbd_by_name (child (&h, VB_TYPE_DECISION_VIEW, "record_list"), "none");

  /* again, confirmed: stored with the confirmation */
  dialog = open_record_dialog (&h);
  fill_dialog (dialog, "Best answers in the pilot calls", "2026-12-02", "Test Owner", "Dearer for the same quality");
  respond (dialog, "record");
  confirm = shown_dialog ("confirm-unmet");
  g_assert_nonnull (confirm);
  respond (confirm, "record");
  vbd_iterate (50);

  decision = vb_project_get_decision (h.project);
  g_assert_true (vb_decision_is_recorded (decision));
  brightdesk = vb_decision_get_vendor (decision);
  g_assert_cmpstr (vb_vendor_get_name (brightdesk), ==, "BrightDesk Customer Care");
  g_assert_true (same (brightdesk, vb_project_get_selected_vendor (h.project)));
  g_assert_cmpstr (vb_decision_get_rationale (decision), ==, "Best answers in the pilot calls");
  g_assert_cmpstr (vb_decision_get_decided_on (decision), ==, "2026-12-02");
  g_assert_cmpstr (vb_decision_get_decided_by (decision), ==, "Test Owner");
  g_assert_true (vb_decision_get_unmet_confirmed (decision));
  g_assert_cmpuint (g_list_model_get_n_items (vb_decision_get_rejections (decision)), ==, 1);
  {
    g_autoptr(VbDecisionRejection) rejection = g_list_model_get_item (vb_decision_get_rejections (decision), 0);

    polyglot = vb_decision_rejection_get_vendor (rejection);
    g_assert_cmpstr (vb_vendor_get_name (polyglot), ==, "Polyglot Hub");
    g_assert_cmpstr (vb_decision_rejection_get_reason (rejection), ==, "Dearer for the same quality");
  }
  g_assert_cmpint (vbd_db_int (h.path, "SELECT count(*) FROM decision"), ==, 1);
  on_disk = vbd_db_text (h.path, "SELECT rationale FROM decision");
  g_assert_cmpstr (on_disk, ==, "Best answers in the pilot calls");

  /* the record is shown */
  record_list = child (&h, VB_TYPE_DECISION_VIEW, "record_list");
  g_assert_cmpstr (row_subtitle (vbd_by_name (record_list, "record-why")), ==, "Best answers in the pilot calls");
  g_assert_cmpstr (row_subtitle (vbd_by_name (record_list, "decided")), ==, "2026-12-02, by Test Owner");
  g_assert_cmpstr (row_title (vbd_by_name (record_list, "rejection")), ==, "Not chosen: Polyglot Hub");
  vbd_by_name (record_list, "record-open-checks");
  shot (h.view, "decision-recorded");

  /* a later decision for the other vendor supersedes it: still one row */
  dialog = open_record_dialog (&h);
  g_assert_cmpstr (dialog_vendor (dialog), ==, "BrightDesk Customer Care");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (vbd_by_name (GTK_WIDGET (dialog), "decision-vendor")), 1);
  vbd_iterate (20);
  g_assert_cmpstr (dialog_vendor (dialog), ==, "Polyglot Hub");
  fill_dialog (dialog, "German and French matter more", "2026-12-09", "Test Owner", "Weaker in German");
  respond (dialog, "record");
  confirm = shown_dialog ("confirm-unmet");
  g_assert_nonnull (confirm);
  respond (confirm, "record");
  vbd_iterate (50);
  decision = vb_project_get_decision (h.project);
  g_assert_true (vb_decision_is_recorded (decision));
  g_assert_true (same (vb_decision_get_vendor (decision), polyglot));
  g_assert_true (same (vb_project_get_selected_vendor (h.project), polyglot));
  g_assert_cmpstr (vb_decision_get_rationale (decision), ==, "German and French matter more");
  g_assert_cmpuint (g_list_model_get_n_items (vb_decision_get_rejections (decision)), ==, 1);
  {
    g_autoptr(VbDecisionRejection) rejection = g_list_model_get_item (vb_decision_get_rejections (decision), 0);

    g_assert_true (same (vb_decision_rejection_get_vendor (rejection), brightdesk));
    g_assert_cmpstr (vb_decision_rejection_get_reason (rejection), ==, "Weaker in German");
  }
  g_assert_cmpint (vbd_db_int (h.path, "SELECT count(*) FROM decision"), ==, 1);
  record_list = child (&h, VB_TYPE_DECISION_VIEW, "record_list");
  g_assert_cmpstr (row_subtitle (vbd_by_name (record_list, "vendor")), ==, "Polyglot Hub");
  host_close (&h);
}

/* ---------------------------------------------------------------- frame times */

typedef struct {
  GtkRange *scale;
  GArray   *intervals;  /* double, ms between frames, by the frame clock */
  GArray   *wall;       /* double, ms between tick callbacks, by the wall clock */
  gint64    last_wall;
  GArray   *updates;    /* double, ms in the slider's update */
  gint64    last;
  guint     step;
  guint     n_steps;
} Drag;

static gboolean
drag_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  Drag *d = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  gint64 t0;
  double ms;

  if (d->last)
    {
      ms = (now - d->last) / 1000.0;
      g_array_append_val (d->intervals, ms);
    }
  d->last = now;
  if (d->last_wall)
    {
      ms = (g_get_monotonic_time () - d->last_wall) / 1000.0;
      g_array_append_val (d->wall, ms);
    }
  d->last_wall = g_get_monotonic_time ();
  if (d->step >= d->n_steps)
    return G_SOURCE_REMOVE;
  t0 = g_get_monotonic_time ();
  /* there and back across the range, as a hand drags it */
  gtk_range_set_value (d->scale, 50.0 - 45.0 * cos (d->step * G_PI / 30.0));
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_array_append_val (d->updates, ms);
  d->step++;
  return G_SOURCE_CONTINUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_figures (const char *what,
               GArray     *samples)
{
  double *v = (double *) samples->data;

  g_array_sort (samples, compare_doubles);
  g_printerr ("# %s: n %u, median %.2f ms, p95 %.2f ms, max %.2f ms\n", what, samples->len,
              v[samples->len / 2], v[MIN (samples->len - 1, samples->len * 95 / 100)], v[samples->len - 1]);
}

/* A copy of a row (json_node_copy shares the object) */
static JsonNode *
copy_row (JsonNode *row)
{
  JsonObject *from = json_node_get_object (row);
  JsonObject *to = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (from);

  for (GList *m = members; m; m = m->next)
    json_object_set_member (to, m->data, json_node_copy (json_object_get_member (from, m->data)));
  JsonNode *node = json_node_init_object (json_node_alloc (), to);

  json_object_unref (to);
  return node;
}

/* A clone of @table's first row with a new uuid, appended to it */
static JsonObject *
clone_row_at (JsonObject *tables,
              const char *table,
              guint       template_row,
              guint       n)
{
  JsonArray *rows = json_object_get_array_member (tables, table);
  JsonNode *copy = copy_row (json_array_get_element (rows, template_row));
  JsonObject *o = json_node_get_object (copy);
  g_autofree char *uuid = g_uuid_string_random ();

  json_object_set_string_member (o, "uuid", uuid);
  if (json_object_has_member (o, "position"))
    json_object_set_int_member (o, "position", n);
  json_array_add_element (rows, copy);
  return o;
}

static JsonObject *
clone_row (JsonObject *tables,
           const char *table,
           guint       n)
{
  return clone_row_at (tables, table, 0, n);
}

static const char *
uuid_of (JsonObject *tables,
         const char *table,
         guint       i)
{
  return json_object_get_string_member (
      json_array_get_object_element (json_object_get_array_member (tables, table), i), "uuid");
}

/* 50 finalists × 60 criteria in 6 categories × 10 evaluators scoring every
 * cell: one of each made through core, exported, cloned in the JSON and
 * imported (30,000 score edits one by one would take minutes) */
static char *
make_large_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed_path = g_build_filename (tmp_root, "seed" VB_PROJECT_SUFFIX, NULL);
  char *path = g_build_filename (tmp_root, "large" VB_PROJECT_SUFFIX, NULL);
  g_autoptr(VbProject) seed = vb_project_create (seed_path, "Large", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  g_autofree char *out = NULL;
  JsonObject *tables;
  VbVendor *vendor;
  VbCriterion *category, *criterion;
  VbEvaluator *evaluator;
  gsize length;
  guint seed_criterion = 0;

  g_assert_no_error (error);
  vendor = vb_project_add_vendor (seed, &error);
  g_assert_true (vb_vendor_set_name (vendor, "Vendor 01", &error));
  g_assert_true (vb_vendor_set_status (vendor, VB_VENDOR_STATUS_FINALIST, NULL, &error));
  category = vb_project_add_criterion_category (seed, "Category 1", &error);
  g_assert_true (vb_criterion_set_weight (category, 100.0 / 6, &error));
  criterion = vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, "Criterion 1.1", &error);
  g_assert_true (vb_criterion_set_weight (criterion, 10, &error));
  evaluator = vb_project_add_evaluator (seed, "Evaluator 1", &error);
  g_assert_true (vb_evaluator_set_score (evaluator, vendor, criterion, 3, NULL, &error));
  g_assert_no_error (error);
  data = vb_json_export (seed, &length, &error);
  g_assert_no_error (error);
  vb_project_close (seed);

  g_assert_true (json_parser_load_from_data (parser, data, (gssize) length, &error));
  tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "tables");
  for (guint v = 1; v < 50; v++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor %02u", v + 1);

      json_object_set_string_member (clone_row (tables, "vendor", v), "name", name);
    }
  /* the categories after the first, then each one's criteria (the seed
   * has one of each: rows 0 and 1, in some order) */
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (tables, "criterion")); i++)
    if (!g_str_equal (json_object_get_string_member (
          json_array_get_object_element (json_object_get_array_member (tables, "criterion"), i), "kind"), "category"))
      seed_criterion = i;
  for (guint c = 1; c < 6; c++)
    {
      g_autofree char *name = g_strdup_printf ("Category %u", c + 1);

      json_object_set_string_member (clone_row_at (tables, "criterion", 1 - seed_criterion, c), "name", name);
    }
  for (guint c = 0; c < 6; c++)
    {
      const char *parent = NULL;
      JsonArray *rows = json_object_get_array_member (tables, "criterion");
      guint seen = 0;

      for (guint i = 0; i < json_array_get_length (rows); i++)
        {
          JsonObject *o = json_array_get_object_element (rows, i);

          if (g_str_equal (json_object_get_string_member (o, "kind"), "category") && seen++ == c)
            parent = json_object_get_string_member (o, "uuid");
        }
      for (guint k = c == 0 ? 1 : 0; k < 10; k++)
        {
          g_autofree char *name = g_strdup_printf ("Criterion %u.%u", c + 1, k + 1);
          g_autofree char *parent_copy = g_strdup (parent);
          JsonNode *copy = copy_row (json_array_get_element (rows, seed_criterion));
          JsonObject *row = json_node_get_object (copy);
          g_autofree char *uuid = g_uuid_string_random ();

          json_object_set_string_member (row, "uuid", uuid);
          json_object_set_string_member (row, "name", name);
          json_object_set_string_member (row, "parent_id", parent_copy);
          json_object_set_int_member (row, "position", 100 + c * 10 + k);
          json_array_add_element (rows, copy);
        }
    }
  for (guint e = 1; e < 10; e++)
    {
      g_autofree char *name = g_strdup_printf ("Evaluator %u", e + 1);

      json_object_set_string_member (clone_row (tables, "evaluator", e), "name", name);
    }
  {
    JsonArray *criteria = json_object_get_array_member (tables, "criterion");
    g_autoptr(GPtrArray) judged = g_ptr_array_new ();

    for (guint i = 0; i < json_array_get_length (criteria); i++)
      {
        JsonObject *o = json_array_get_object_element (criteria, i);

        if (!g_str_equal (json_object_get_string_member (o, "kind"), "category"))
          g_ptr_array_add (judged, (gpointer) json_object_get_string_member (o, "uuid"));
      }
    g_assert_cmpuint (judged->len, ==, 60);
    for (guint e = 0; e < 10; e++)
      for (guint v = 0; v < 50; v++)
        for (guint k = 0; k < judged->len; k++)
          {
            JsonObject *o;

            if (e == 0 && v == 0 && k == 0)
              continue;
            o = clone_row (tables, "score", 0);
            json_object_set_string_member (o, "evaluator_id", uuid_of (tables, "evaluator", e));
            json_object_set_string_member (o, "vendor_id", uuid_of (tables, "vendor", v));
            json_object_set_string_member (o, "criterion_id", judged->pdata[k]);
            json_object_set_int_member (o, "score", 1 + (int) ((v * 7 + k * 13 + e * 3 + v * k) % 5));
          }
  }
  json_generator_set_root (generator, json_parser_get_root (parser));
  out = json_generator_to_data (generator, &length);
  g_unlink (path);
  vb_json_import_data (out, length, path, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_frame_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbContext) context = NULL;
  g_autofree char *path = NULL;
  Drag drag = { 0 };
  GtkWidget *window, *view;
  VbDecisionModel *model;
  gint64 t0 = g_get_monotonic_time ();

  path = make_large_project ();
  project = vb_project_open (path, &error);
  g_assert_no_error (error);
  model = vb_decision_model_get_for_project (project);
  g_assert_cmpuint (vb_decision_model_get_n_vendors (model), ==, 50);
  g_assert_cmpuint (vb_decision_model_get_n_nodes (model), ==, 66);
  g_assert_cmpuint (vb_decision_model_get_n_evaluators (model), ==, 10);
  g_assert_cmpuint (vb_decision_model_get_result (model)->scoring->missing->len, ==, 0);
  g_test_message ("built 50 finalists × 60 criteria × 10 evaluators in %.1f s", (g_get_monotonic_time () - t0) / 1e6);

  context = vb_context_new (project);
  view = vb_ranking_view_new (context);
  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 1000);
  adw_window_set_content (ADW_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  vbd_wait_drawable (view);
  vbd_iterate (300);

  drag.scale = GTK_RANGE (gtk_widget_get_template_child (view, VB_TYPE_RANKING_VIEW, "what_if_scale"));
  drag.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  drag.wall = g_array_new (FALSE, FALSE, sizeof (double));
  drag.updates = g_array_new (FALSE, FALSE, sizeof (double));
  drag.n_steps = 120;
  gtk_widget_add_tick_callback (view, drag_tick_cb, &drag, NULL);
  for (guint i = 0; i < 400 && drag.step < drag.n_steps; i++)
    vbd_iterate (50);
  g_assert_cmpuint (drag.step, ==, drag.n_steps);
  vbd_iterate (100);
  /* the project was not written while dragging */
  g_assert_null (vb_project_get_undo_summary (project));
  g_assert_false (vb_project_get_can_undo (project));
  /* one edit: the model recomputes and the view rebuilds its rows (figures) */
  {
    g_autoptr(GArray) rebuilds = g_array_new (FALSE, FALSE, sizeof (double));
    VbCriterion *first = vb_decision_model_get_node (model, 1);

    for (guint i = 0; i < 10; i++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        g_assert_true (vb_criterion_set_weight (first, i % 2 ? 10 : 12, &error));
        g_assert_no_error (error);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (rebuilds, ms);
        vbd_iterate (20);
      }
    print_figures ("one edit, 50 × 60 × 10: commit, recompute and rebuild of the Ranking view", rebuilds);
  }
  print_figures ("what-if drag, 50 × 60 × 10: frame clock interval", drag.intervals);
  print_figures ("what-if drag, 50 × 60 × 10: wall time between frames (update, layout, paint)", drag.wall);
  print_figures ("what-if drag, 50 × 60 × 10: slider update (core what-if + 50 rows)", drag.updates);
  g_array_unref (drag.intervals);
  g_array_unref (drag.wall);
  g_array_unref (drag.updates);
  gtk_window_destroy (GTK_WINDOW (window));
  vbd_iterate (30);
  vb_project_close (project);
}

int
main (int argc, char **argv)
{
  int rc;

  app = vbd_app_start (&argc, &argv, "decision", &tmp_root);
  g_test_add_func ("/decision/ranking", test_ranking);
  g_test_add_func ("/decision/what-if", test_what_if);
  g_test_add_func ("/decision/checklist", test_checklist);
  g_test_add_func ("/decision/record", test_record);
  g_test_add_func ("/decision/frame-times", test_frame_times);
  rc = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return rc;
}
