/* vb-stage-page.h — what every stage page does
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every stage page (and the dashboard) implements this interface: it is
 * built with the window's VbContext, it does what fixes a finding of its
 * stage (add the row, open the editor at the field, show the list), it
 * turns its editing actions on and off when the window says so (the one
 * update function of vb-window-actions.c), and it says where the keyboard
 * focus goes when it is shown. The window knows pages only through this
 * interface and the table of vb-stage-pages.c.
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-context.h"
#include "vb-guide.h"

G_BEGIN_DECLS

#define VB_TYPE_STAGE_PAGE (vb_stage_page_get_type ())

G_DECLARE_INTERFACE (VbStagePage, vb_stage_page, VB, STAGE_PAGE, GtkWidget)

struct _VbStagePageInterface
{
  GTypeInterface parent_iface;

  void        (*show_finding)      (VbStagePage *self,
                                    VbFinding   *finding);
  void        (*set_writable)      (VbStagePage *self,
                                    gboolean     writable);
  GtkWidget * (*get_initial_focus) (VbStagePage *self);
  /* Go back one level inside the page (an editor to its list); FALSE when
   * the page is at its top: the window then shows the stages */
  gboolean    (*navigate_back)     (VbStagePage *self);
  gboolean    (*can_navigate_back) (VbStagePage *self);
};

VbContext  *vb_stage_page_get_context       (VbStagePage *self);
void        vb_stage_page_show_finding      (VbStagePage *self,
                                             VbFinding   *finding);
void        vb_stage_page_set_writable      (VbStagePage *self,
                                             gboolean     writable);
GtkWidget  *vb_stage_page_get_initial_focus (VbStagePage *self);
gboolean    vb_stage_page_navigate_back     (VbStagePage *self);
gboolean    vb_stage_page_can_navigate_back (VbStagePage *self);

G_END_DECLS
