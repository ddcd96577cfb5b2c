/* vb-ranking-view.c — the Scoring & Decision page's "Ranking" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Skeleton: the view's owner fills it in (issue 16).
 */

#define G_LOG_DOMAIN "vb-ranking-view"

#include "config.h"

#include "vb-ranking-view.h"

struct _VbRankingView
{
  GtkWidget  parent_instance;
  VbContext *context;
  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (VbRankingView, vb_ranking_view, GTK_TYPE_WIDGET)

static void
vb_ranking_view_dispose (GObject *object)
{
  VbRankingView *self = VB_RANKING_VIEW (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_ranking_view_parent_class)->dispose (object);
}

static void
vb_ranking_view_class_init (VbRankingViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vb_ranking_view_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
vb_ranking_view_init (VbRankingView *self)
{
  self->child = adw_status_page_new ();
  gtk_widget_set_parent (self->child, GTK_WIDGET (self));
}

GtkWidget *
vb_ranking_view_new (VbContext *context)
{
  VbRankingView *self = g_object_new (VB_TYPE_RANKING_VIEW, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}
