/* vb-finding-row.c — one finding: its sentence and the button that fixes it
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentence is the guidance: it is readable at every width. The row
 * lays itself out by the width it is given — the buttons beside the
 * sentence only when the sentence keeps at least VB_FINDING_TEXT_MIN pixels
 * of its own, below it otherwise (libadwaita 1.2 has no breakpoints) — and
 * the sentence wraps between words, never inside one.
 *
 * The button activates "win.show-finding" with the finding's rule and
 * subject: the window shows the stage and the page does what fixes it. A
 * read-only project disables that action, and with it every fix button.
 */

#define G_LOG_DOMAIN "vb-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-finding-row.h"
#include "vb-gui-util.h"
#include "vb-window.h"

#define SPACING 12
#define VB_FINDING_TEXT_MIN 280

struct _VbFindingRow
{
  GtkWidget  parent_instance;

  GtkWidget *icon;
  GtkWidget *label;
  GtkWidget *actions;      /* a box of buttons, or NULL */
  GtkWidget *button;       /* the fix, in actions */
  VbFinding *finding;
  gboolean   stacked;
};

G_DEFINE_FINAL_TYPE (VbFindingRow, vb_finding_row, GTK_TYPE_WIDGET)

const char *
vb_finding_kind_icon_name (VbFindingKind kind)
{
  switch (kind)
    {
    case VB_FINDING_BLOCKER: return "dialog-error-symbolic";
    case VB_FINDING_WARNING: return "dialog-warning-symbolic";
    case VB_FINDING_NEXT_STEP:
    default:                 return "checkbox-symbolic";   /* a thing to do, not a link */
    }
}

static int
natural_width (GtkWidget *widget)
{
  int min = 0, nat = 0;

  if (widget == NULL || !gtk_widget_get_visible (widget))
    return 0;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return nat;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int min = 0, nat = 0;

  if (widget == NULL || !gtk_widget_get_visible (widget))
    return 0;
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, MAX (width, 0), &min, &nat, NULL, NULL);
  return nat;
}

static gboolean
has_actions (VbFindingRow *self)
{
  return self->actions != NULL && gtk_widget_get_visible (self->actions) &&
         gtk_widget_get_first_child (self->actions) != NULL;
}

/* Whether the buttons fit beside the sentence at @width */
static gboolean
fits_side_by_side (VbFindingRow *self,
                   int           width)
{
  if (!has_actions (self))
    return TRUE;
  return width - natural_width (self->icon) - natural_width (self->actions) - 2 * SPACING >= VB_FINDING_TEXT_MIN;
}

static void
vb_finding_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  VbFindingRow *self = VB_FINDING_ROW (widget);
  int icon_w = natural_width (self->icon);
  int actions_w = has_actions (self) ? natural_width (self->actions) : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int label_min = 0, label_nat = 0, actions_min = 0, dummy;

      gtk_widget_measure (self->label, GTK_ORIENTATION_HORIZONTAL, -1, &label_min, &label_nat, NULL, NULL);
      if (has_actions (self))
        gtk_widget_measure (self->actions, GTK_ORIENTATION_HORIZONTAL, -1, &actions_min, &dummy, NULL, NULL);
      *minimum = icon_w + SPACING + MAX (label_min, actions_min);
      *natural = icon_w + SPACING + label_nat + (has_actions (self) ? SPACING + actions_w : 0);
    }
  else
    {
      int width = for_size;
      int h;

      if (width < 0)
        {
          int min = 0, nat = 0;

          vb_finding_row_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          width = nat;
        }
      if (fits_side_by_side (self, width))
        {
          int text_w = width - icon_w - SPACING - (has_actions (self) ? actions_w + SPACING : 0);

          h = MAX (height_for (self->label, text_w), height_for (self->actions, actions_w));
        }
      else
        h = height_for (self->label, width - icon_w - SPACING) + SPACING / 2 + height_for (self->actions, actions_w);
      h = MAX (h, height_for (self->icon, icon_w));
      *minimum = *natural = h;
    }
  if (minimum_baseline)
    *minimum_baseline = -1;
  if (natural_baseline)
    *natural_baseline = -1;
}

static void
vb_finding_row_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  VbFindingRow *self = VB_FINDING_ROW (widget);
  int icon_w = natural_width (self->icon);
  int icon_h = height_for (self->icon, icon_w);
  int actions_w = has_actions (self) ? natural_width (self->actions) : 0;
  int actions_h = has_actions (self) ? height_for (self->actions, actions_w) : 0;
  int text_x = icon_w + SPACING;

  self->stacked = !fits_side_by_side (self, width);
  if (!self->stacked)
    {
      int text_w = width - text_x - (has_actions (self) ? actions_w + SPACING : 0);
      int label_h = height_for (self->label, text_w);

      gtk_widget_size_allocate (self->icon, &(GtkAllocation) { 0, MAX (0, (MIN (label_h, height) - icon_h) / 2), icon_w, icon_h }, -1);
      gtk_widget_size_allocate (self->label, &(GtkAllocation) { text_x, (height - label_h) / 2, MAX (text_w, 0), label_h }, -1);
      if (has_actions (self))
        gtk_widget_size_allocate (self->actions,
                                  &(GtkAllocation) { width - actions_w, (height - actions_h) / 2, actions_w, actions_h }, -1);
    }
  else
    {
      int text_w = width - text_x;
      int label_h = height_for (self->label, text_w);

      gtk_widget_size_allocate (self->icon, &(GtkAllocation) { 0, 0, icon_w, icon_h }, -1);
      gtk_widget_size_allocate (self->label, &(GtkAllocation) { text_x, 0, MAX (text_w, 0), label_h }, -1);
      if (has_actions (self))
        gtk_widget_size_allocate (self->actions,
                                &(GtkAllocation) { text_x, label_h + SPACING / 2, MIN (actions_w, MAX (text_w, 0)), actions_h },
                                -1);
    }
}

static GtkSizeRequestMode
vb_finding_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vb_finding_row_dispose (GObject *object)
{
  VbFindingRow *self = VB_FINDING_ROW (object);

  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->actions, gtk_widget_unparent);
  g_clear_object (&self->finding);
  G_OBJECT_CLASS (vb_finding_row_parent_class)->dispose (object);
}

static void
vb_finding_row_class_init (VbFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_finding_row_dispose;
  widget_class->measure = vb_finding_row_measure;
  widget_class->size_allocate = vb_finding_row_size_allocate;
  widget_class->get_request_mode = vb_finding_row_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "finding");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vb_finding_row_init (VbFindingRow *self)
{
}

static VbFindingRow *
row_new (const char *icon_name,
         const char *message)
{
  VbFindingRow *self = g_object_new (VB_TYPE_FINDING_ROW, NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self), "vb-finding");
  self->icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_set_valign (self->icon, GTK_ALIGN_START);
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));
  self->label = gtk_label_new (message);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  /* between words only: never a word cut into a column */
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (self->label), GTK_NATURAL_WRAP_WORD);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  return self;
}

/* A row that is only a message (“This stage is complete.”) */
GtkWidget *
vb_finding_row_new_message (const char *icon_name,
                            const char *message,
                            const char *css_class)
{
  VbFindingRow *self = row_new (icon_name, message);

  if (css_class)
    gtk_widget_add_css_class (GTK_WIDGET (self), css_class);
  vb_set_accessible_label (GTK_WIDGET (self), message);
  return GTK_WIDGET (self);
}

/**
 * vb_finding_row_new:
 * @label_shared: another finding shown beside it has a button that reads
 *   the same: a screen reader then hears which finding each fixes
 */
GtkWidget *
vb_finding_row_new (VbFinding *finding,
                    gboolean   label_shared)
{
  VbFindingKind kind = vb_finding_get_kind (finding);
  const char *action = vb_finding_get_action_label (finding);
  const char *subject = vb_finding_get_subject (finding);
  VbFindingRow *self = row_new (vb_finding_kind_icon_name (kind), vb_finding_get_message (finding));
  g_autofree char *target = NULL;
  g_autofree char *accessible = NULL;

  self->finding = g_object_ref (finding);
  if (kind == VB_FINDING_WARNING)
    gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  else if (kind == VB_FINDING_BLOCKER)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  vb_set_accessible_label (self->icon, vb_enum_get_label (VB_TYPE_FINDING_KIND, kind));
  /* Translators: a finding for screen readers: its kind, then its sentence */
  accessible = g_strdup_printf (_("%s: %s"), vb_enum_get_label (VB_TYPE_FINDING_KIND, kind),
                                vb_finding_get_message (finding));
  vb_set_accessible_label (GTK_WIDGET (self), accessible);

  if (action == NULL || *action == '\0')
    action = vb_stage_get_title (vb_finding_get_stage (finding));
  self->button = gtk_button_new_with_label (action);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "vb-finding-action");
  target = g_strconcat (vb_finding_get_rule_id (finding), VB_FINDING_TARGET_SEPARATOR, subject ? subject : "", NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.show-finding");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button), "s", target);
  if (label_shared)
    {
      /* Translators: a fix button for screen readers: the action, then the finding it fixes */
      g_autofree char *named = g_strdup_printf (_("%s: %s"), action, vb_finding_get_message (finding));
      vb_set_accessible_label (self->button, named);
    }
  else
    vb_set_accessible_label (self->button, action);
  vb_finding_row_add_action (self, self->button);
  return GTK_WIDGET (self);
}

void
vb_finding_row_add_action (VbFindingRow *self,
                           GtkWidget    *button)
{
  g_return_if_fail (VB_IS_FINDING_ROW (self));

  if (self->actions == NULL)
    {
      self->actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_valign (self->actions, GTK_ALIGN_CENTER);
      gtk_widget_set_parent (self->actions, GTK_WIDGET (self));
    }
  gtk_box_append (GTK_BOX (self->actions), button);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

VbFinding *
vb_finding_row_get_finding (VbFindingRow *self)
{
  g_return_val_if_fail (VB_IS_FINDING_ROW (self), NULL);
  return self->finding;
}

GtkWidget *
vb_finding_row_get_button (VbFindingRow *self)
{
  g_return_val_if_fail (VB_IS_FINDING_ROW (self), NULL);
  return self->button;
}

/* Whether the buttons sit below the sentence at the current width */
gboolean
vb_finding_row_get_stacked (VbFindingRow *self)
{
  g_return_val_if_fail (VB_IS_FINDING_ROW (self), FALSE);
  return self->stacked;
}
