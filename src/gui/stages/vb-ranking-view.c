/* vb-ranking-view.c — the Scoring & Decision page's "Ranking" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here reads the decision model's one result per edit
 * (vb-decision-model.h), the same figures `vendorbench-cli score` prints:
 * the vendors in rank order with their totals per category, the
 * knock-outs, the negotiation target beside each vendor, the ranking
 * chart; per criterion its global weight and tipping point with the
 * tipping chart; and the what-if slider, which asks core for the totals
 * with one weight moved (vb_scoring_result_what_if, nothing written) and
 * applies them as one edit (vb_decision_model_apply_what_if). The words of
 * the rows are vb-ranking-text.c's.
 */

#define G_LOG_DOMAIN "vb-ranking-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vb-chart-view.h"
#include "vb-decision-model.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-ranking-text.h"
#include "vb-ranking-view.h"
#include "vb-scoring-util.h"
#include "vb-weight-what-if.h"

struct _VbRankingView
{
  GtkWidget        parent_instance;

  /* template widgets */
  GtkWidget       *scroller;
  GtkLabel        *summary_label;
  GtkListBox      *ranking_list;
  VbChartView     *ranking_chart;
  GtkListBox      *sensitivity_list;
  VbChartView     *tipping_chart;
  GtkWidget       *what_if_box;
  GtkDropDown     *what_if_criterion;
  GtkRange        *what_if_scale;
  GtkLabel        *what_if_leader;
  GtkListBox      *what_if_list;
  GtkWidget       *what_if_reset;
  GtkWidget       *what_if_apply;
  GtkWidget       *what_if_empty;

  /* owned references */
  VbContext       *context;
  VbDecisionModel *model;         /* the project's: borrowed from it, kept alive */
  GArray          *what_if_nodes; /* guint: the dropdown's criteria, as model nodes */
  GPtrArray       *what_if_rows;  /* AdwActionRow, one per ranked vendor, best first */
  GPtrArray       *what_if_totals_labels; /* GtkLabel, beside each what-if row */
  double          *what_if_totals; /* n_vendors */
  guint           *what_if_order;  /* n_vendors */

  gboolean         updating;      /* the view sets the slider itself */
  gboolean         writable;      /* the page's say (vb_ranking_view_set_writable) */
  gboolean         stale;         /* an edit came while the view was not on screen */
};

G_DEFINE_FINAL_TYPE (VbRankingView, vb_ranking_view, GTK_TYPE_WIDGET)

static void update_what_if (VbRankingView *self);

/* ---------------------------------------------------------------- helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static GtkWidget *
value_label (const char *text,
             gboolean    large)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  if (large)
    gtk_widget_add_css_class (label, "title-3");
  return label;
}

static GtkWidget *
info_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* ---------------------------------------------------------------- ranking */

static void
fill_ranking (VbRankingView          *self,
              const VbDecisionResult *result)
{
  const VbScoringResult *sr = result->scoring;
  VbProject *project = vb_context_get_project (self->context);
  const char *currency = vb_project_get_currency (project);
  guint n_nodes = vb_decision_model_get_n_nodes (self->model);
  g_autoptr(GPtrArray) segments = g_ptr_array_new ();
  g_autoptr(GArray) top = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(VbChart) chart = vb_chart_new (VB_CHART_KIND_RANKING, _("Ranking"));
  g_autofree char *summary = NULL;

  clear_list (self->ranking_list);
  for (guint node = 0; node < n_nodes; node++)
    if (sr->weights->nodes[node].parent < 0)
      {
        g_ptr_array_add (segments, (gpointer) vb_criterion_get_name (vb_decision_model_get_node (self->model, node)));
        g_array_append_val (top, node);
      }
  g_ptr_array_add (segments, NULL);
  vb_chart_set_unit (chart, VB_CHART_UNIT_SCORE, NULL);
  if (top->len > 1)
    vb_chart_set_segments (chart, (const char * const *) segments->pdata);

  summary = vb_ranking_text_summary (self->model, result);
  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < sr->n_vendors; i++)
    {
      guint v = sr->order[i];
      VbVendor *vendor = vb_decision_model_get_vendor (self->model, v);
      const VbVendorTotal *t = &sr->vendors[v];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = vb_ranking_text_vendor_details (self->model, result, v);
      g_autofree char *total = vb_format_number (t->total, 1);
      g_autofree char *target = vb_ranking_text_negotiation (&result->negotiation[v], currency);
      g_autofree double *values = g_new0 (double, MAX (top->len, 1));
      GtkWidget *row, *box, *target_label;
      VbChartMark mark = t->disqualified ? VB_CHART_MARK_DISQUALIFIED
                       : t->incomplete ? VB_CHART_MARK_INCOMPLETE : VB_CHART_MARK_NONE;

      if (t->disqualified)
        /* Translators: a vendor knocked out, in the ranking */
        title = g_strdup_printf (_("— %s"), vb_vendor_get_display_name (vendor));
      else
        /* Translators: rank and vendor, “1. Acme” */
        title = g_strdup_printf (_("%u. %s"), t->rank, vb_vendor_get_display_name (vendor));
      row = info_row (title, subtitle);
      g_object_set_data (G_OBJECT (row), "vb-vendor", vendor);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      target_label = gtk_label_new (target);
      gtk_label_set_wrap (GTK_LABEL (target_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (target_label), 28);
      gtk_label_set_width_chars (GTK_LABEL (target_label), 20);
      gtk_label_set_xalign (GTK_LABEL (target_label), 1);
      gtk_widget_set_valign (target_label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (target_label, "dim-label");
      gtk_widget_set_name (target_label, "negotiation");
      gtk_box_append (GTK_BOX (box), target_label);
      {
        GtkWidget *total_label = value_label (total, TRUE);

        gtk_widget_set_name (total_label, "total");
        gtk_box_append (GTK_BOX (box), total_label);
      }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      gtk_list_box_append (self->ranking_list, row);

      if (top->len > 1)
        for (guint s = 0; s < top->len; s++)
          values[s] = vb_scoring_result_points (sr, v, g_array_index (top, guint, s));
      else
        values[0] = t->total;
      for (guint s = 0; s < MAX (top->len, 1); s++)
        if (!isfinite (values[s]))
          values[s] = 0;
      vb_chart_add_bar (chart, vb_vendor_get_display_name (vendor), values, top->len > 1 ? top->len : 1, mark, NULL);
    }
  if (sr->n_vendors == 0)
    gtk_list_box_append (self->ranking_list,
                         info_row (_("No finalist yet"), _("Move vendors to the finalists on the Vendors page to rank them.")));
  vb_chart_view_set_chart (self->ranking_chart, chart);
}

/* ---------------------------------------------------------------- sensitivity */

static void
fill_sensitivity (VbRankingView          *self,
                  const VbDecisionResult *result)
{
  const VbScoringResult *sr = result->scoring;
  guint n_nodes = vb_decision_model_get_n_nodes (self->model);
  g_autoptr(VbChart) chart = vb_chart_new (VB_CHART_KIND_TIPPING, _("Tipping points"));
  guint n_criteria = 0;

  clear_list (self->sensitivity_list);
  for (guint node = 0; node < n_nodes; node++)
    {
      VbCriterion *c = vb_decision_model_get_node (self->model, node);
      const VbWeightNode *wn = &sr->weights->nodes[node];
      const VbTippingPoint *tp = &sr->tipping[node];
      g_autofree char *subtitle = NULL;
      g_autofree char *weight = NULL;
      GtkWidget *row;

      if (vb_criterion_is_category (c))
        continue;
      n_criteria++;
      subtitle = vb_ranking_text_tipping (self->model, result, node);
      weight = vb_format_percent (wn->global_pct, 1);
      row = info_row (vb_criterion_get_name (c), subtitle);
      g_object_set_data (G_OBJECT (row), "vb-criterion", c);
      if (tp->defined && tp->critical)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), vb_tag_new (_("Critical"), "vb-tag-critical"));
          gtk_widget_add_css_class (row, "warning");
          gtk_widget_set_name (row, "critical");
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label (weight, FALSE));
      gtk_list_box_append (self->sensitivity_list, row);
      if (wn->left_out == VB_LEFT_OUT_NONE)
        vb_chart_add_tipping (chart, vb_criterion_get_name (c), wn->global_pct,
                              tp->defined && isfinite (tp->tip_pct), tp->defined ? tp->tip_pct : 0,
                              tp->defined && tp->critical, NULL);
    }
  if (n_criteria == 0)
    gtk_list_box_append (self->sensitivity_list,
                         info_row (_("No criteria yet"), _("Add the criteria and their weights to see how firm the lead is.")));
  vb_chart_view_set_chart (self->tipping_chart, chart);
}

/* ---------------------------------------------------------------- what-if */

static int
compare_totals (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const double *totals = data;
  double x = totals[*(const guint *) a], y = totals[*(const guint *) b];

  return (x < y) - (x > y);
}

static gboolean
what_if_node (VbRankingView *self,
              guint         *node)
{
  guint selected = gtk_drop_down_get_selected (self->what_if_criterion);

  /* (the rows of an edit made off screen are not built yet) */
  if (self->stale || self->what_if_nodes == NULL || selected >= self->what_if_nodes->len)
    return FALSE;
  *node = g_array_index (self->what_if_nodes, guint, selected);
  return *node < vb_decision_model_get_n_nodes (self->model);
}

static void
update_what_if_actions (VbRankingView *self)
{
  const VbDecisionResult *result = vb_decision_model_get_result (self->model);
  gboolean moved = FALSE;
  guint node;

  if (what_if_node (self, &node))
    moved = fabs (gtk_range_get_value (self->what_if_scale) - result->scoring->weights->nodes[node].global_pct) > 0.05;
  gtk_widget_set_sensitive (self->what_if_reset, moved);
  gtk_widget_set_sensitive (self->what_if_apply, moved && self->writable && !vb_context_get_read_only (self->context));
}

/* The ranking with the slider's weight, from core; nothing is written */
static void
update_what_if (VbRankingView *self)
{
  const VbDecisionResult *result = vb_decision_model_get_result (self->model);
  const VbScoringResult *sr = result->scoring;
  double weight = gtk_range_get_value (self->what_if_scale);
  g_autofree char *leader = NULL;
  guint node, n = 0;

  if (!what_if_node (self, &node) || self->what_if_totals == NULL)
    return;
  vb_scoring_result_what_if (sr, node, weight, self->what_if_totals);
  for (guint v = 0; v < sr->n_vendors; v++)
    if (!sr->vendors[v].disqualified)
      self->what_if_order[n++] = v;
  g_qsort_with_data (self->what_if_order, n, sizeof (guint), compare_totals, self->what_if_totals);

  for (guint i = 0; i < self->what_if_rows->len && i < n; i++)
    {
      guint v = self->what_if_order[i];
      g_autofree char *title = g_strdup_printf (_("%u. %s"), i + 1,
                                                vb_vendor_get_display_name (vb_decision_model_get_vendor (self->model, v)));
      g_autofree char *total = vb_format_number (self->what_if_totals[v], 1);

      adw_preferences_row_set_title (self->what_if_rows->pdata[i], title);
      gtk_label_set_text (self->what_if_totals_labels->pdata[i], total);
      g_object_set_data (G_OBJECT (self->what_if_rows->pdata[i]), "vb-vendor",
                         vb_decision_model_get_vendor (self->model, v));
    }
  leader = vb_ranking_text_what_if_leader (self->model, result, node, weight, self->what_if_totals,
                                           n ? (int) self->what_if_order[0] : -1);
  gtk_label_set_text (self->what_if_leader, leader);
  update_what_if_actions (self);
}

static void
reset_scale (VbRankingView *self)
{
  const VbDecisionResult *result = vb_decision_model_get_result (self->model);
  guint node;

  if (!what_if_node (self, &node))
    return;
  self->updating = TRUE;
  gtk_range_set_value (self->what_if_scale, result->scoring->weights->nodes[node].global_pct);
  self->updating = FALSE;
  update_what_if (self);
}

static void
fill_what_if (VbRankingView          *self,
              const VbDecisionResult *result)
{
  const VbScoringResult *sr = result->scoring;
  guint n_nodes = vb_decision_model_get_n_nodes (self->model);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  VbCriterion *keep = NULL;
  guint selected = 0, n_ranked = 0;

  /* keep the criterion chosen before the edit (Apply, undo) */
  if (self->what_if_nodes && self->what_if_nodes->len)
    keep = g_object_get_data (G_OBJECT (self->what_if_criterion), "vb-criterion");

  g_clear_pointer (&self->what_if_nodes, g_array_unref);
  self->what_if_nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint node = 0; node < n_nodes; node++)
    {
      VbCriterion *c = vb_decision_model_get_node (self->model, node);
      const VbWeightNode *wn = &sr->weights->nodes[node];

      if (vb_criterion_is_category (c) || wn->left_out != VB_LEFT_OUT_NONE)
        continue;
      if (c == keep)
        selected = self->what_if_nodes->len;
      g_array_append_val (self->what_if_nodes, node);
      gtk_string_list_append (names, vb_criterion_get_name (c));
    }

  g_clear_pointer (&self->what_if_totals, g_free);
  g_clear_pointer (&self->what_if_order, g_free);
  self->what_if_totals = g_new0 (double, MAX (sr->n_vendors, 1));
  self->what_if_order = g_new0 (guint, MAX (sr->n_vendors, 1));
  g_ptr_array_set_size (self->what_if_rows, 0);
  g_ptr_array_set_size (self->what_if_totals_labels, 0);
  clear_list (self->what_if_list);
  for (guint v = 0; v < sr->n_vendors; v++)
    if (!sr->vendors[v].disqualified)
      n_ranked++;
  for (guint i = 0; i < n_ranked; i++)
    {
      GtkWidget *row = info_row ("", NULL);
      GtkWidget *label = value_label ("", FALSE);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->what_if_list, row);
      g_ptr_array_add (self->what_if_rows, row);
      g_ptr_array_add (self->what_if_totals_labels, label);
    }

  self->updating = TRUE;
  /* its items and its own button named for screen readers */
  vb_drop_down_set_strings (GTK_WIDGET (self->what_if_criterion), names, _("Criterion to weigh"));
  if (self->what_if_nodes->len)
    gtk_drop_down_set_selected (self->what_if_criterion, selected);
  self->updating = FALSE;
  gtk_widget_set_visible (self->what_if_box, self->what_if_nodes->len > 0 && n_ranked > 0);
  gtk_widget_set_visible (self->what_if_empty, !(self->what_if_nodes->len > 0 && n_ranked > 0));
  if (self->what_if_nodes->len)
    g_object_set_data (G_OBJECT (self->what_if_criterion), "vb-criterion",
                       vb_decision_model_get_node (self->model,
                                                   g_array_index (self->what_if_nodes, guint,
                                                                  gtk_drop_down_get_selected (self->what_if_criterion))));
  reset_scale (self);
}

static void
refresh (VbRankingView *self)
{
  const VbDecisionResult *result = vb_decision_model_get_result (self->model);

  self->stale = FALSE;
  fill_ranking (self, result);
  fill_sensitivity (self, result);
  fill_what_if (self, result);
}

/* ---------------------------------------------------------------- signal callbacks */

/* An edit: rebuilt now when on screen, else when it comes on screen (the
 * page shows one view at a time; a rebuild of a large project's rows
 * costs tens of milliseconds) */
static void
on_project_changed_cb (VbProject     *project,
                       VbRankingView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
on_scale_value_changed_cb (GtkRange      *range,
                           VbRankingView *self)
{
  if (!self->updating)
    update_what_if (self);
}

static void
on_criterion_selected_cb (GtkDropDown   *dropdown,
                          GParamSpec    *pspec,
                          VbRankingView *self)
{
  guint node;

  if (self->updating || !what_if_node (self, &node))
    return;
  g_object_set_data (G_OBJECT (dropdown), "vb-criterion", vb_decision_model_get_node (self->model, node));
  reset_scale (self);
}

static void
on_reset_clicked_cb (VbRankingView *self)
{
  reset_scale (self);
}

static void
on_apply_clicked_cb (VbRankingView *self)
{
  g_autoptr(GError) error = NULL;
  double weight = gtk_range_get_value (self->what_if_scale);
  g_autofree char *text = vb_format_percent (weight, 1);
  g_autofree char *title = NULL;
  VbCriterion *criterion;
  VbProject *project;
  int weighting = VB_WEIGHTING_DIRECT;
  guint node;

  if (!what_if_node (self, &node))
    return;
  criterion = g_object_ref (vb_decision_model_get_node (self->model, node));
  project = vb_record_get_project (VB_RECORD (criterion));
  if (project)
    g_object_get (vb_project_get_settings (project), "weighting", &weighting, NULL);
  if (weighting == VB_WEIGHTING_AHP)
    /* Translators: a toast after the what-if weights are saved over weights from AHP comparisons */
    title = g_strdup_printf (_("Weight of “%s” set to %s; the weights are entered directly now "
                               "(your comparisons are kept)"), vb_criterion_get_name (criterion), text);
  else
    /* Translators: a toast after the what-if weights are saved */
    title = g_strdup_printf (_("Weight of “%s” set to %s"), vb_criterion_get_name (criterion), text);
  if (!vb_decision_model_apply_what_if (self->model, criterion, weight, &error))
    vb_report_error (GTK_WIDGET (self), error);
  else
    vb_show_undo_toast (GTK_WIDGET (self), title);
  g_object_unref (criterion);
}

/* ---------------------------------------------------------------- GObject */

static void
vb_ranking_view_map (GtkWidget *widget)
{
  VbRankingView *self = VB_RANKING_VIEW (widget);

  if (self->stale)
    refresh (self);
  GTK_WIDGET_CLASS (vb_ranking_view_parent_class)->map (widget);
}

static void
vb_ranking_view_dispose (GObject *object)
{
  VbRankingView *self = VB_RANKING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_RANKING_VIEW);
  g_clear_object (&self->model);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_ranking_view_parent_class)->dispose (object);
}

static void
vb_ranking_view_finalize (GObject *object)
{
  VbRankingView *self = VB_RANKING_VIEW (object);

  g_clear_pointer (&self->what_if_nodes, g_array_unref);
  g_clear_pointer (&self->what_if_rows, g_ptr_array_unref);
  g_clear_pointer (&self->what_if_totals_labels, g_ptr_array_unref);
  g_clear_pointer (&self->what_if_totals, g_free);
  g_clear_pointer (&self->what_if_order, g_free);
  G_OBJECT_CLASS (vb_ranking_view_parent_class)->finalize (object);
}

static void
vb_ranking_view_class_init (VbRankingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_ranking_view_dispose;
  object_class->finalize = vb_ranking_view_finalize;
  widget_class->map = vb_ranking_view_map;

  g_type_ensure (VB_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-ranking-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, ranking_list);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, ranking_chart);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, sensitivity_list);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, tipping_chart);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_box);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_criterion);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_scale);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_leader);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_list);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_reset);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_apply);
  gtk_widget_class_bind_template_child (widget_class, VbRankingView, what_if_empty);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_ranking_view_init (VbRankingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->writable = TRUE;
  self->what_if_rows = g_ptr_array_new ();
  self->what_if_totals_labels = g_ptr_array_new ();
  g_signal_connect_object (self->what_if_scale, "value-changed", G_CALLBACK (on_scale_value_changed_cb), self, 0);
  g_signal_connect_object (self->what_if_criterion, "notify::selected", G_CALLBACK (on_criterion_selected_cb), self, 0);
}

/* ---------------------------------------------------------------- public API */

GtkWidget *
vb_ranking_view_new (VbContext *context)
{
  VbRankingView *self;
  VbProject *project;

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);

  self = g_object_new (VB_TYPE_RANKING_VIEW, NULL);
  self->context = g_object_ref (context);
  project = vb_context_get_project (context);
  self->model = g_object_ref (vb_decision_model_get_for_project (project));
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  refresh (self);
  return GTK_WIDGET (self);
}

/* Whether Apply may write (the page passes on vb_stage_page_set_writable);
 * a read-only project never is. The what-if slider moves either way: it
 * writes nothing. */
void
vb_ranking_view_set_writable (VbRankingView *self,
                              gboolean       writable)
{
  g_return_if_fail (VB_IS_RANKING_VIEW (self));

  self->writable = !!writable;
  if (self->model)
    update_what_if_actions (self);
}
