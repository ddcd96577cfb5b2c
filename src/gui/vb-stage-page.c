/* vb-stage-page.c — what every stage page does
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-stage-page"

#include "config.h"

#include "vb-stage-page.h"

G_DEFINE_INTERFACE (VbStagePage, vb_stage_page, GTK_TYPE_WIDGET)

static void
vb_stage_page_default_init (VbStagePageInterface *iface)
{
  /**
   * VbStagePage:context:
   *
   * The window's context: the project, its guidance, the user's name.
   * Given once, at construction.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("context", NULL, NULL, VB_TYPE_CONTEXT,
                                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                            G_PARAM_STATIC_STRINGS));
}

/* Returns: (transfer none) */
VbContext *
vb_stage_page_get_context (VbStagePage *self)
{
  VbContext *context = NULL;

  g_return_val_if_fail (VB_IS_STAGE_PAGE (self), NULL);
  g_object_get (self, "context", &context, NULL);
  /* the page holds it for its whole life */
  if (context)
    g_object_unref (context);
  return context;
}

/* Do what fixes @finding (a finding of the page's stage) */
void
vb_stage_page_show_finding (VbStagePage *self,
                            VbFinding   *finding)
{
  VbStagePageInterface *iface;

  g_return_if_fail (VB_IS_STAGE_PAGE (self));
  g_return_if_fail (VB_IS_FINDING (finding));
  iface = VB_STAGE_PAGE_GET_IFACE (self);
  if (iface->show_finding)
    iface->show_finding (self, finding);
}

void
vb_stage_page_set_writable (VbStagePage *self,
                            gboolean     writable)
{
  VbStagePageInterface *iface;

  g_return_if_fail (VB_IS_STAGE_PAGE (self));
  iface = VB_STAGE_PAGE_GET_IFACE (self);
  if (iface->set_writable)
    iface->set_writable (self, writable);
}

/* Returns: (transfer none) (nullable): where focus goes when the page is
 * shown; NULL: the page's first focusable widget */
GtkWidget *
vb_stage_page_get_initial_focus (VbStagePage *self)
{
  VbStagePageInterface *iface;

  g_return_val_if_fail (VB_IS_STAGE_PAGE (self), NULL);
  iface = VB_STAGE_PAGE_GET_IFACE (self);
  return iface->get_initial_focus ? iface->get_initial_focus (self) : NULL;
}

gboolean
vb_stage_page_navigate_back (VbStagePage *self)
{
  VbStagePageInterface *iface;

  g_return_val_if_fail (VB_IS_STAGE_PAGE (self), FALSE);
  iface = VB_STAGE_PAGE_GET_IFACE (self);
  return iface->navigate_back ? iface->navigate_back (self) : FALSE;
}

/* Whether the page is below its top level (the window's back button then
 * goes back inside the page) */
gboolean
vb_stage_page_can_navigate_back (VbStagePage *self)
{
  VbStagePageInterface *iface;

  g_return_val_if_fail (VB_IS_STAGE_PAGE (self), FALSE);
  iface = VB_STAGE_PAGE_GET_IFACE (self);
  return iface->can_navigate_back ? iface->can_navigate_back (self) : FALSE;
}
