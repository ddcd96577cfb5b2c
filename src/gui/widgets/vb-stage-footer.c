/* vb-stage-footer.c — the "next step" hint at the foot of a stage page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the open findings of one stage, most important first (the guide
 * sorts them), warnings styled as warnings; "This stage is complete." when
 * there are none. Each finding has a button named after the action that
 * fixes it; clicking it emits "finding-activated" and the page that holds
 * the footer does the fixing. It only displays: the guide decides.
 */

#define G_LOG_DOMAIN "vb-stage-footer"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "vb-edit-helpers.h"
#include "vb-stage-footer.h"

struct _VbStageFooter
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *heading;
  GtkWidget *items;

  /* owned */
  VbGuide   *guide;
  VbStage    stage;
  guint      n_shown;
};

G_DEFINE_FINAL_TYPE (VbStageFooter, vb_stage_footer, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_icon (VbFindingKind kind)
{
  switch (kind)
    {
    case VB_FINDING_BLOCKER: return "dialog-error-symbolic";
    case VB_FINDING_WARNING: return "dialog-warning-symbolic";
    case VB_FINDING_NEXT_STEP:
    default:                 return "go-next-symbolic";
    }
}

static GtkWidget *
item_new (const char    *icon,
          const char    *message,
          VbFindingKind  kind)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  GtkWidget *label;

  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_set_margin_top (image, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind == VB_FINDING_WARNING ? _("Warning")
                                  : kind == VB_FINDING_BLOCKER ? _("Blocker") : _("Next step"), -1);
  gtk_box_append (GTK_BOX (box), image);

  label = gtk_label_new (message);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_add_css_class (box, "vb-finding");
  if (kind == VB_FINDING_WARNING)
    gtk_widget_add_css_class (box, "warning");
  else if (kind == VB_FINDING_BLOCKER)
    gtk_widget_add_css_class (box, "error");
  return box;
}

static void
on_finding_clicked_cb (GtkButton     *button,
                       VbStageFooter *self)
{
  /* the fix usually changes the findings, and with them this button:
   * hold the finding for the length of the emission */
  g_autoptr(VbFinding) finding = g_object_ref (g_object_get_data (G_OBJECT (button), "vb-finding"));

  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
}

/* Several findings may share an action ("Set a target" for two objectives):
 * their buttons then say which finding they fix to a screen reader. */
static gboolean
label_is_shared (GPtrArray  *findings,
                 VbFinding  *finding)
{
  for (guint i = 0; i < findings->len; i++)
    {
      VbFinding *other = g_ptr_array_index (findings, i);

      if (other != finding &&
          g_strcmp0 (vb_finding_get_action_label (other), vb_finding_get_action_label (finding)) == 0)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
finding_item_new (VbStageFooter *self,
                  GPtrArray     *findings,
                  VbFinding     *finding,
                  GtkSizeGroup  *buttons)
{
  VbFindingKind kind = vb_finding_get_kind (finding);
  const char *action = vb_finding_get_action_label (finding);
  GtkWidget *box = item_new (kind_icon (kind), vb_finding_get_message (finding), kind);
  GtkWidget *button;

  if (action == NULL || *action == '\0')
    action = vb_stage_get_title (vb_finding_get_stage (finding));
  button = gtk_button_new_with_label (action);
  gtk_widget_set_name (button, "finding-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "vb-finding-action");
  if (label_is_shared (findings, finding))
    {
      /* TRANSLATORS: a footer button for screen readers: the action, then the finding it fixes */
      g_autofree char *accessible = g_strdup_printf (_("%s: %s"), action, vb_finding_get_message (finding));
      vb_set_accessible_label (button, accessible);
    }
  else
    vb_set_accessible_label (button, action);
  g_object_set_data_full (G_OBJECT (button), "vb-finding", g_object_ref (finding), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_finding_clicked_cb), self);
  gtk_size_group_add_widget (buttons, button);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
vb_stage_footer_update (VbStageFooter *self)
{
  g_autoptr(GPtrArray) findings = vb_guide_get_stage_findings (self->guide, self->stage);
  g_autoptr(GtkSizeGroup) buttons = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->items)))
    gtk_box_remove (GTK_BOX (self->items), child);

  self->n_shown = findings->len;
  if (findings->len == 0)
    {
      GtkWidget *done = item_new ("object-select-symbolic", _("This stage is complete."), VB_FINDING_NEXT_STEP);

      gtk_widget_add_css_class (done, "success");
      gtk_box_append (GTK_BOX (self->items), done);
      gtk_label_set_label (GTK_LABEL (self->heading), _("Next step"));
      return;
    }

  gtk_label_set_label (GTK_LABEL (self->heading),
                       vb_finding_get_kind (g_ptr_array_index (findings, 0)) == VB_FINDING_NEXT_STEP
                       ? _("Next step") : _("Before you go on"));
  /* buttons of one width keep the messages in one column */
  buttons = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  for (guint i = 0; i < findings->len; i++)
    gtk_box_append (GTK_BOX (self->items),
                    finding_item_new (self, findings, g_ptr_array_index (findings, i), buttons));
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

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_STAGE_FOOTER);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  if (self->guide)
    g_signal_handlers_disconnect_by_data (vb_guide_get_findings (self->guide), self);
  g_clear_object (&self->guide);
  G_OBJECT_CLASS (vb_stage_footer_parent_class)->dispose (object);
}

static void
vb_stage_footer_class_init (VbStageFooterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_stage_footer_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-stage-footer.ui");
  gtk_widget_class_bind_template_child (widget_class, VbStageFooter, heading);
  gtk_widget_class_bind_template_child (widget_class, VbStageFooter, items);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * VbStageFooter::finding-activated:
   * @finding: the finding whose button was clicked
   *
   * The user asked to fix @finding; the page holding the footer acts on it.
   */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  g_cclosure_marshal_VOID__OBJECT,
                  G_TYPE_NONE, 1, VB_TYPE_FINDING);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next step"), -1);
  vb_stage_footer_update (self);
  return GTK_WIDGET (self);
}

guint
vb_stage_footer_get_n_shown (VbStageFooter *self)
{
  g_return_val_if_fail (VB_IS_STAGE_FOOTER (self), 0);
  return self->n_shown;
}

char *
vb_guide_describe_subject (VbGuide    *guide,
                           const char *subject,
                           gboolean   *has_warning)
{
  GListModel *findings = vb_guide_get_findings (guide);
  GString *s = NULL;
  guint n = g_list_model_get_n_items (findings);

  if (has_warning)
    *has_warning = FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (findings, i);

      if (g_strcmp0 (vb_finding_get_subject (f), subject) != 0)
        continue;
      if (s == NULL)
        s = g_string_new (NULL);
      else
        g_string_append_c (s, '\n');
      g_string_append (s, vb_finding_get_message (f));
      if (has_warning && vb_finding_get_kind (f) != VB_FINDING_NEXT_STEP)
        *has_warning = TRUE;
    }
  return s ? g_string_free (s, FALSE) : NULL;
}
