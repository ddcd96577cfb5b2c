/* vb-stage-footer.c — the "next step" card at the foot of a stage page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the open findings of one stage, most important first (the guide
 * sorts them), each with the button that fixes it; "This stage is
 * complete." when there are none. It only displays: the guide decides,
 * and the window does the fixing (win.show-finding).
 */

#define G_LOG_DOMAIN "vb-stage-footer"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-finding-row.h"
#include "vb-gui-util.h"
#include "vb-stage-footer.h"

struct _VbStageFooter
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *card;        /* the only child: bound, so that dispose_template unparents it */
  GtkWidget *heading;
  GtkWidget *items;

  /* owned */
  VbGuide   *guide;
  VbStage    stage;
  guint      n_shown;
};

G_DEFINE_FINAL_TYPE (VbStageFooter, vb_stage_footer, GTK_TYPE_WIDGET)

/* Several findings may share an action ("Set a target" for two
 * objectives): their buttons then say which finding they fix */
gboolean
vb_findings_share_label (GListModel *findings,
                         VbFinding  *finding)
{
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) other = g_list_model_get_item (findings, i);

      if (other != finding &&
          g_strcmp0 (vb_finding_get_action_label (other), vb_finding_get_action_label (finding)) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
vb_stage_footer_update (VbStageFooter *self)
{
  g_autoptr(GPtrArray) findings = vb_guide_get_stage_findings (self->guide, self->stage);
  g_autoptr(GListStore) mine = g_list_store_new (VB_TYPE_FINDING);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->items)))
    gtk_box_remove (GTK_BOX (self->items), child);

  self->n_shown = findings->len;
  if (findings->len == 0)
    {
      GtkWidget *done = vb_finding_row_new_message ("object-select-symbolic", _("This stage is complete."), "success");

      gtk_box_append (GTK_BOX (self->items), done);
      gtk_label_set_label (GTK_LABEL (self->heading), _("Next Step"));
      return;
    }

  gtk_label_set_label (GTK_LABEL (self->heading),
                       vb_finding_get_kind (g_ptr_array_index (findings, 0)) == VB_FINDING_NEXT_STEP
                       ? _("Next Step") : _("Before You Go On"));
  for (guint i = 0; i < findings->len; i++)
    g_list_store_append (mine, findings->pdata[i]);
  for (guint i = 0; i < findings->len; i++)
    gtk_box_append (GTK_BOX (self->items),
                    vb_finding_row_new (findings->pdata[i], vb_findings_share_label (G_LIST_MODEL (mine), findings->pdata[i])));
}

static void
on_findings_changed_cb (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        VbStageFooter *self)
{
  vb_stage_footer_update (self);
}

static void
vb_stage_footer_dispose (GObject *object)
{
  VbStageFooter *self = VB_STAGE_FOOTER (object);

  if (self->guide)
    g_signal_handlers_disconnect_by_data (vb_guide_get_findings (self->guide), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_STAGE_FOOTER);
  g_clear_object (&self->guide);
  G_OBJECT_CLASS (vb_stage_footer_parent_class)->dispose (object);
}

static void
vb_stage_footer_class_init (VbStageFooterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_stage_footer_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-stage-footer.ui");
  gtk_widget_class_bind_template_child (widget_class, VbStageFooter, card);
  gtk_widget_class_bind_template_child (widget_class, VbStageFooter, heading);
  gtk_widget_class_bind_template_child (widget_class, VbStageFooter, items);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vb_stage_footer_init (VbStageFooter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vb_stage_footer_new (VbGuide *guide,
                     VbStage  stage)
{
  VbStageFooter *self;

  g_return_val_if_fail (VB_IS_GUIDE (guide), NULL);

  self = g_object_new (VB_TYPE_STAGE_FOOTER, NULL);
  self->guide = g_object_ref (guide);
  self->stage = stage;
  g_signal_connect (vb_guide_get_findings (guide), "items-changed", G_CALLBACK (on_findings_changed_cb), self);
  vb_set_accessible_label (GTK_WIDGET (self), _("Next step"));
  vb_stage_footer_update (self);
  return GTK_WIDGET (self);
}

guint
vb_stage_footer_get_n_shown (VbStageFooter *self)
{
  g_return_val_if_fail (VB_IS_STAGE_FOOTER (self), 0);
  return self->n_shown;
}
