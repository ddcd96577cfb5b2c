/* vb-project-view.c — the stages in a sidebar and the shown stage beside them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only a template: the window builds one when its first project opens, so
 * a window that starts on the welcome page does not pay for the leaflet,
 * the header bars, the info bar and the progress bar it does not show yet.
 * The window drives every part of it (vb-window.c); its named children are
 * reached with vb_project_view_get_child(), as the display tests do.
 */

#define G_LOG_DOMAIN "vb-project-view"

#include "config.h"

#include "vb-project-view.h"

struct _VbProjectView
{
  AdwBin  parent_instance;
};

G_DEFINE_FINAL_TYPE (VbProjectView, vb_project_view, ADW_TYPE_BIN)

/* The children the window drives, by their ID in vb-project-view.ui */
static const char * const children[] = {
  "leaflet", "sidebar", "sidebar_menu_button", "stage_list", "content_box",
  "window_title", "back_button", "undo_button", "redo_button",
  "primary_menu_button", "info_bar", "info_label", "info_button",
  "busy_revealer", "busy_label", "busy_progress", "content_stack",
};

static void
vb_project_view_class_init (VbProjectViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-project-view.ui");
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    gtk_widget_class_bind_template_child_full (widget_class, children[i], FALSE, 0);
}

static void
vb_project_view_init (VbProjectView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vb_project_view_new (void)
{
  return g_object_new (VB_TYPE_PROJECT_VIEW, NULL);
}

/**
 * vb_project_view_get_child:
 * @self: a #VbProjectView
 * @name: the ID of a child in vb-project-view.ui
 *
 * Returns: (transfer none): the child; it is a programming error to ask for
 *   one that is not listed in children[]
 */
gpointer
vb_project_view_get_child (VbProjectView *self,
                           const char    *name)
{
  GObject *child;

  g_return_val_if_fail (VB_IS_PROJECT_VIEW (self), NULL);

  child = gtk_widget_get_template_child (GTK_WIDGET (self), VB_TYPE_PROJECT_VIEW, name);
  g_return_val_if_fail (child != NULL, NULL);
  return child;
}
