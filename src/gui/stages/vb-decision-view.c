/* vb-decision-view.c — the Scoring & Decision page's "Decision" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pre-signing checklist (vb-signing-checklist.h): each item met, not
 * met or unknown from the project's data, with why and how it is met; an
 * item the data cannot tell is ticked by the user with a note
 * (vb_project_tick_checklist_item, one edit). Below, "Record Decision…"
 * (vb-decision-dialog.c) and the current decision as core keeps it: one
 * row per project, a later decision superseding the earlier one.
 */

#define G_LOG_DOMAIN "vb-decision-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-decision-dialog.h"
#include "vb-decision-record.h"
#include "vb-decision-view.h"
#include "vb-gui-util.h"
#include "vb-reason-dialog.h"
#include "vb-signing-checklist.h"

struct _VbDecisionView
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkLabel   *checklist_summary;
  GtkListBox *checklist_list;
  GtkWidget  *record_button;
  GtkListBox *record_list;

  /* owned references */
  VbContext  *context;

  gboolean    updating;   /* the view sets the check buttons itself */
  gboolean    writable;   /* the page's say (vb_decision_view_set_writable) */
  gboolean    stale;      /* an edit came while the view was not on screen */
};

G_DEFINE_FINAL_TYPE (VbDecisionView, vb_decision_view, GTK_TYPE_WIDGET)

typedef struct {
  VbDecisionView *view;   /* (weak) */
  char           *key;
} TickData;

static void refresh (VbDecisionView *self);

/* ---------------------------------------------------------------- helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static GtkWidget *
info_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle && *subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
tick_data_free (gpointer data)
{
  TickData *d = data;

  g_clear_weak_pointer (&d->view);
  g_free (d->key);
  g_free (d);
}

/* ---------------------------------------------------------------- checklist */

static void
on_note_given_cb (const char *note,
                  gpointer    user_data)
{
  TickData *d = user_data;
  g_autoptr(GError) error = NULL;

  if (d->view == NULL)
    return;
  if (!vb_project_tick_checklist_item (vb_context_get_project (d->view->context), d->key, TRUE, note, &error))
    vb_report_error (GTK_WIDGET (d->view), error);
  else
    vb_show_undo_toast (GTK_WIDGET (d->view), _("Checklist item ticked"));
  /* cancelled or refused: the check button goes back to what is stored */
  refresh (d->view);
}

static void
on_tick_toggled_cb (GtkCheckButton *button,
                    VbDecisionView *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "vb-key");
  const VbSigningCheck *check = vb_signing_checklist_lookup (key);
  VbProject *project = vb_context_get_project (self->context);
  g_autoptr(GError) error = NULL;
  TickData *d;

  if (self->updating || check == NULL)
    return;
  if (!gtk_check_button_get_active (button))
    {
      if (!vb_project_tick_checklist_item (project, key, FALSE, NULL, &error))
        {
          vb_report_error (GTK_WIDGET (self), error);
          refresh (self);
        }
      return;
    }
  d = g_new0 (TickData, 1);
  g_set_weak_pointer (&d->view, self);
  d->key = g_strdup (key);
  {
    VbChecklistItem *item = vb_project_find_checklist_item (project, key);

    vb_reason_dialog_present (GTK_WIDGET (self), vb_signing_check_get_label (check),
                              _("How do you know? The note is kept with the decision."), _("_Tick"),
                              item ? vb_checklist_item_get_note (item) : NULL, on_note_given_cb, d, tick_data_free);
  }
  /* until the note is given, the box shows what is stored */
  self->updating = TRUE;
  gtk_check_button_set_active (button, FALSE);
  self->updating = FALSE;
}

static void
fill_checklist (VbDecisionView *self)
{
  VbProject *project = vb_context_get_project (self->context);
  gboolean writable = self->writable && !vb_context_get_read_only (self->context);
  guint n = vb_signing_checklist_get_n (), n_met = 0;
  g_autofree char *summary = NULL;

  clear_list (self->checklist_list);
  for (guint i = 0; i < n; i++)
    {
      const VbSigningCheck *check = vb_signing_checklist_get (i);
      VbChecklistItem *item = vb_project_find_checklist_item (project, check->key);
      g_autofree char *reason = NULL;
      VbCheckState state = vb_signing_check_evaluate (check, project, &reason);
      gboolean ticked = item && vb_checklist_item_get_met (item);
      const char *note = item ? vb_checklist_item_get_note (item) : NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      const char *word, *icon;
      gboolean met = FALSE;
      GtkWidget *row, *image;

      if (state == VB_CHECK_MET || (state == VB_CHECK_UNKNOWN && ticked))
        {
          word = state == VB_CHECK_MET ? _("Met") : _("Ticked by you");
          icon = "emblem-ok-symbolic";
          met = TRUE;
          n_met++;
        }
      else if (state == VB_CHECK_UNMET)
        word = _("Not met"), icon = "dialog-warning-symbolic";
      else
        word = _("Not known yet"), icon = "dialog-question-symbolic";

      g_string_append (subtitle, word);
      if (reason && *reason && !(state == VB_CHECK_UNKNOWN && ticked))
        g_string_append_printf (subtitle, " — %s", reason);
      if (state == VB_CHECK_UNKNOWN && note && *note)
        /* Translators: the user's note on a ticked checklist item */
        g_string_append_printf (subtitle, _("\nNote: %s"), note);
      if (state != VB_CHECK_MET && vb_signing_check_get_hint (check))
        g_string_append_printf (subtitle, "\n%s", vb_signing_check_get_hint (check));

      row = info_row (vb_signing_check_get_label (check), subtitle->str);
      gtk_widget_set_name (row, check->key);
      image = gtk_image_new_from_icon_name (icon);
      if (met)
        gtk_widget_add_css_class (image, "success");
      else if (state == VB_CHECK_UNMET)
        gtk_widget_add_css_class (image, "error");
      else
        gtk_widget_add_css_class (image, "warning");
      /* the state is in words in the subtitle: the icon is decoration */
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, word, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
      if (state == VB_CHECK_UNKNOWN)
        {
          GtkWidget *button = gtk_check_button_new ();
          g_autofree char *name = g_strdup_printf (_("Done: %s"), vb_signing_check_get_label (check));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (button), ticked);
          gtk_widget_set_sensitive (button, writable);
          gtk_widget_set_tooltip_text (button, _("Tick it when you have checked it yourself"));
          vb_set_accessible_label (button, name);
          g_object_set_data_full (G_OBJECT (button), "vb-key", g_strdup (check->key), g_free);
          g_signal_connect_object (button, "toggled", G_CALLBACK (on_tick_toggled_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        }
      gtk_list_box_append (self->checklist_list, row);
    }
  /* Translators: “5 of 8 items are met.” */
  summary = g_strdup_printf (ngettext ("%u of %u item is met. Check the others before you sign, or record the decision knowing what is open.",
                                       "%u of %u items are met. Check the others before you sign, or record the decision knowing what is open.",
                                       n), n_met, n);
  gtk_label_set_text (self->checklist_summary, summary);
}

/* ---------------------------------------------------------------- the record */

static void
fill_record (VbDecisionView *self)
{
  VbProject *project = vb_context_get_project (self->context);
  VbDecision *decision = vb_project_get_decision (project);
  VbVendor *vendor = decision ? vb_decision_get_vendor (decision) : NULL;
  GListModel *rejections;
  GtkWidget *row;

  clear_list (self->record_list);
  gtk_widget_set_sensitive (self->record_button, self->writable && !vb_context_get_read_only (self->context));
  if (decision == NULL || vendor == NULL)
    {
      row = info_row (_("No decision yet"), _("Select a vendor on the Vendors page, or record your decision here."));
      gtk_widget_set_name (row, "none");
      gtk_list_box_append (self->record_list, row);
      return;
    }
  if (!vb_decision_is_recorded (decision))
    {
      g_autofree char *title = g_strdup_printf (_("%s is selected"), vb_vendor_get_display_name (vendor));

      row = info_row (title, _("A draft: record the decision with why, when and who decided."));
      gtk_widget_set_name (row, "draft");
      gtk_list_box_append (self->record_list, row);
      return;
    }
  row = info_row (_("Chosen vendor"), vb_vendor_get_display_name (vendor));
  gtk_widget_set_name (row, "vendor");
  gtk_list_box_append (self->record_list, row);
  row = info_row (_("Why"), vb_decision_get_rationale (decision));
  gtk_widget_set_name (row, "record-why");
  gtk_list_box_append (self->record_list, row);
  {
    /* Translators: “2026-12-02, by Ann Smith” */
    g_autofree char *when = g_strdup_printf (_("%s, by %s"), vb_decision_get_decided_on (decision),
                                             vb_decision_get_decided_by (decision));

    row = info_row (_("Decided"), when);
    gtk_widget_set_name (row, "decided");
    gtk_list_box_append (self->record_list, row);
  }
  if (vb_decision_get_unmet_confirmed (decision))
    {
      row = info_row (_("Recorded with checklist items not met"),
                      _("You confirmed the decision knowing some checks were still open."));
      gtk_widget_set_name (row, "record-open-checks");
      gtk_list_box_append (self->record_list, row);
    }
  rejections = vb_decision_get_rejections (decision);
  for (guint i = 0; rejections && i < g_list_model_get_n_items (rejections); i++)
    {
      g_autoptr(VbDecisionRejection) r = g_list_model_get_item (rejections, i);
      VbVendor *rejected = vb_decision_rejection_get_vendor (r);
      g_autofree char *title = g_strdup_printf (_("Not chosen: %s"),
                                                rejected ? vb_vendor_get_display_name (rejected) : _("a removed vendor"));

      row = info_row (title, vb_decision_rejection_get_reason (r));
      gtk_widget_set_name (row, "rejection");
      gtk_list_box_append (self->record_list, row);
    }
}

static void
refresh (VbDecisionView *self)
{
  self->stale = FALSE;
  self->updating = TRUE;
  fill_checklist (self);
  fill_record (self);
  self->updating = FALSE;
}

/* ---------------------------------------------------------------- signal callbacks */

/* An edit: rebuilt now when on screen, else when it comes on screen */
static void
on_project_changed_cb (VbProject      *project,
                       VbDecisionView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
on_record_clicked_cb (VbDecisionView *self)
{
  vb_decision_dialog_present (GTK_WIDGET (self), self->context);
}

/* ---------------------------------------------------------------- GObject */

static void
vb_decision_view_map (GtkWidget *widget)
{
  VbDecisionView *self = VB_DECISION_VIEW (widget);

  if (self->stale)
    refresh (self);
  GTK_WIDGET_CLASS (vb_decision_view_parent_class)->map (widget);
}

static void
vb_decision_view_dispose (GObject *object)
{
  VbDecisionView *self = VB_DECISION_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_DECISION_VIEW);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_decision_view_parent_class)->dispose (object);
}

static void
vb_decision_view_class_init (VbDecisionViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vb_decision_view_dispose;
  widget_class->map = vb_decision_view_map;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-decision-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VbDecisionView, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbDecisionView, checklist_summary);
  gtk_widget_class_bind_template_child (widget_class, VbDecisionView, checklist_list);
  gtk_widget_class_bind_template_child (widget_class, VbDecisionView, record_button);
  gtk_widget_class_bind_template_child (widget_class, VbDecisionView, record_list);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_decision_view_init (VbDecisionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->writable = TRUE;
}

/* ---------------------------------------------------------------- public API */

GtkWidget *
vb_decision_view_new (VbContext *context)
{
  VbDecisionView *self;

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);

  self = g_object_new (VB_TYPE_DECISION_VIEW, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (vb_context_get_project (context), "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  refresh (self);
  return GTK_WIDGET (self);
}

/* Whether the checklist can be ticked and a decision recorded (the page
 * passes on vb_stage_page_set_writable); a read-only project never can */
void
vb_decision_view_set_writable (VbDecisionView *self,
                               gboolean        writable)
{
  g_return_if_fail (VB_IS_DECISION_VIEW (self));

  self->writable = !!writable;
  if (self->context)
    refresh (self);
}
