/* vb-scoring-page.c — stage 8: scoring & decision
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four views in one stack, reached through a view switcher: the weights
 * (criteria tree, method, pairwise comparison), the scores (evaluators and
 * the grid), the ranking and the decision. The page owns the shell, the
 * footer and the dispatch of findings; each view reads the project and
 * writes through core's setters.
 */

#define G_LOG_DOMAIN "vb-scoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-decision-view.h"
#include "vb-evaluator.h"
#include "vb-ranking-view.h"
#include "vb-scores-view.h"
#include "vb-scoring-page.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-weights-view.h"

struct _VbScoringPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *content;
  GtkWidget  *switcher;
  GtkWidget  *view_stack;
  GtkWidget  *footer_box;

  /* borrowed: the views in the stack */
  GtkWidget  *weights;
  GtkWidget  *scores;
  GtkWidget  *ranking;
  GtkWidget  *decision;

  /* owned */
  VbContext  *context;
};

static void vb_scoring_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbScoringPage, vb_scoring_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_scoring_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbScoringPage *self)
{
  return vb_context_get_project (self->context);
}

static void
show_view (VbScoringPage *self,
           const char    *name)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), name);
}

static VbEvaluator *
find_evaluator (VbScoringPage *self,
                const char    *uuid)
{
  GListModel *evaluators = vb_project_get_evaluators (project_of (self));
  guint n = g_list_model_get_n_items (evaluators);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      if (g_strcmp0 (vb_record_get_uuid (VB_RECORD (e)), uuid) == 0)
        return e;   /* the project holds it */
    }
  return NULL;
}

static VbCriterion *
find_criterion (VbScoringPage *self,
                const char    *uuid)
{
  GListModel *criteria = vb_project_get_criteria (project_of (self));
  guint n = g_list_model_get_n_items (criteria);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (criteria, i);

      if (g_strcmp0 (vb_record_get_uuid (VB_RECORD (c)), uuid) == 0)
        return c;
    }
  return NULL;
}

/* ------------------------------------------------------------ actions */

static void
show_view_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  VbScoringPage *self = VB_SCORING_PAGE (widget);
  const char *view = g_variant_get_string (param, NULL);

  if (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (self->view_stack), view) == NULL)
    {
      g_warning ("no view “%s” on the scoring page", view);
      return;
    }
  show_view (self, view);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_scoring_page_show_finding (VbStagePage *page,
                              VbFinding   *finding)
{
  VbScoringPage *self = VB_SCORING_PAGE (page);
  GType type = vb_finding_get_subject_type (finding);
  const char *subject = vb_finding_get_subject (finding);
  const char *rule = vb_finding_get_rule_id (finding);

  if (type == VB_TYPE_EVALUATOR)
    {
      show_view (self, VB_SCORING_VIEW_SCORES);
      vb_scores_view_set_evaluator (VB_SCORES_VIEW (self->scores), find_evaluator (self, subject));
      vb_scores_view_focus_cell (VB_SCORES_VIEW (self->scores), NULL, NULL);
    }
  else if (g_strcmp0 (rule, "scoring.evaluators-disagree") == 0)
    {
      show_view (self, VB_SCORING_VIEW_SCORES);
      vb_scores_view_set_evaluator (VB_SCORES_VIEW (self->scores), NULL);
      vb_scores_view_focus_cell (VB_SCORES_VIEW (self->scores), NULL, NULL);
    }
  else if (g_strcmp0 (rule, "scoring.critical-criterion") == 0)
    show_view (self, VB_SCORING_VIEW_RANKING);
  else if (type == VB_TYPE_CRITERION)
    {
      VbCriterion *c = find_criterion (self, subject);

      show_view (self, VB_SCORING_VIEW_WEIGHTS);
      if (vb_finding_get_action (finding) == VB_FINDING_ACTION_ADD)
        gtk_widget_activate_action (self->weights, "weights.add-category", NULL);
      else
        vb_weights_view_show_group (VB_WEIGHTS_VIEW (self->weights), c && vb_criterion_is_category (c) ? c : NULL,
                                    g_strcmp0 (rule, "scoring.ahp-inconsistent") == 0);
    }
  else
    show_view (self, VB_SCORING_VIEW_DECISION);
}

static void
vb_scoring_page_set_writable (VbStagePage *page,
                              gboolean     writable)
{
  VbScoringPage *self = VB_SCORING_PAGE (page);

  vb_weights_view_set_writable (VB_WEIGHTS_VIEW (self->weights), writable);
  vb_scores_view_set_writable (VB_SCORES_VIEW (self->scores), writable);
}

static GtkWidget *
vb_scoring_page_get_initial_focus (VbStagePage *page)
{
  VbScoringPage *self = VB_SCORING_PAGE (page);
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));

  if (g_strcmp0 (name, VB_SCORING_VIEW_WEIGHTS) == 0)
    return vb_weights_view_get_initial_focus (VB_WEIGHTS_VIEW (self->weights));
  if (g_strcmp0 (name, VB_SCORING_VIEW_SCORES) == 0)
    return vb_scores_view_get_initial_focus (VB_SCORES_VIEW (self->scores));
  return self->switcher;
}

static void
vb_scoring_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_scoring_page_show_finding;
  iface->set_writable = vb_scoring_page_set_writable;
  iface->get_initial_focus = vb_scoring_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
add_view (VbScoringPage *self,
          GtkWidget     *view,
          const char    *name,
          const char    *title,
          const char    *icon)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->view_stack), view, name, title);

  adw_view_stack_page_set_icon_name (page, icon);
}

/* Blind scoring hides the vendors' names: the footer's findings name
 * them, so it goes while the Scores view is shown blind */
static void
sync_footer (VbScoringPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));
  gboolean blind = g_strcmp0 (name, VB_SCORING_VIEW_SCORES) == 0 &&
                   vb_scores_view_get_blind (VB_SCORES_VIEW (self->scores));

  gtk_widget_set_visible (self->footer_box, !blind);
}

static void
on_blind_or_view_changed_cb (GObject       *object,
                             GParamSpec    *pspec,
                             VbScoringPage *self)
{
  sync_footer (self);
}

static void
build (VbScoringPage *self)
{
  self->weights = vb_weights_view_new (self->context);
  self->scores = vb_scores_view_new (self->context);
  self->ranking = vb_ranking_view_new (self->context);
  self->decision = vb_decision_view_new (self->context);
  add_view (self, self->weights, VB_SCORING_VIEW_WEIGHTS, _("Weights"), "view-list-bullet-symbolic");
  add_view (self, self->scores, VB_SCORING_VIEW_SCORES, _("Scores"), "starred-symbolic");
  add_view (self, self->ranking, VB_SCORING_VIEW_RANKING, _("Ranking"), "view-sort-descending-symbolic");
  add_view (self, self->decision, VB_SCORING_VIEW_DECISION, _("Decision"), "emblem-ok-symbolic");
  show_view (self, VB_SCORING_VIEW_WEIGHTS);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_SCORING));
  g_signal_connect_object (self->scores, "notify::blind",
                           G_CALLBACK (on_blind_or_view_changed_cb), self, 0);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_blind_or_view_changed_cb), self, 0);
}

static void
vb_scoring_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VbScoringPage *self = VB_SCORING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_scoring_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VbScoringPage *self = VB_SCORING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_scoring_page_constructed (GObject *object)
{
  VbScoringPage *self = VB_SCORING_PAGE (object);

  G_OBJECT_CLASS (vb_scoring_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_scoring_page_dispose (GObject *object)
{
  VbScoringPage *self = VB_SCORING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_SCORING_PAGE);
  self->weights = self->scores = self->ranking = self->decision = NULL;
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_scoring_page_parent_class)->dispose (object);
}

static void
vb_scoring_page_class_init (VbScoringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_scoring_page_dispose;
  object_class->constructed = vb_scoring_page_constructed;
  object_class->set_property = vb_scoring_page_set_property;
  object_class->get_property = vb_scoring_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-scoring-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbScoringPage, content);
  gtk_widget_class_bind_template_child (widget_class, VbScoringPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, VbScoringPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VbScoringPage, footer_box);

  gtk_widget_class_install_action (widget_class, "scoring.show-view", "s", show_view_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_scoring_page_init (VbScoringPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The name of the view shown: "weights", "scores", "ranking" or "decision" */
const char *
vb_scoring_page_get_visible_view (VbScoringPage *self)
{
  g_return_val_if_fail (VB_IS_SCORING_PAGE (self), NULL);
  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));
}
