/* vb-decision-dialog.c — "Record Decision": who was chosen, why, when,
 * by whom, and why the others were not
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwMessageDialog with the fields as its extra child. The vendor is
 * the selected one by default (else the leader of the ranking); choosing
 * another selects it through the vendor rule (vb_vendor_select, which
 * makes the draft decision). "Record" stays disabled until the rationale,
 * a valid date and who decided are given; a vendor turned down is one with
 * a reason. With checklist items not met, a second dialog names them and
 * asks to confirm, and the decision is stored with that confirmation
 * (vb_decision_record, one edit).
 */

#define G_LOG_DOMAIN "vb-decision-dialog"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vb-decision-dialog.h"
#include "vb-decision-model.h"
#include "vb-decision-record.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-scoring-util.h"
#include "vb-signing-checklist.h"
#include "vb-text.h"

typedef struct {
  GtkWidget  *parent;       /* (weak) the view */
  VbContext  *context;
  GPtrArray  *vendors;      /* VbVendor, the dropdown's */
  GtkWidget  *vendor;
  GtkWidget  *rationale;    /* GtkTextView */
  GtkWidget  *date;
  GtkWidget  *who;
  GtkWidget  *hint;
  GPtrArray  *reason_entries; /* GtkEntry, "vb-vendor" set */
} DialogData;

typedef struct {
  GtkWidget        *parent;  /* (weak) */
  VbContext        *context;
  VbVendor         *vendor;
  char             *rationale;
  char             *date;
  char             *who;
  GPtrArray        *rejected;  /* VbVendor */
  GPtrArray        *reasons;   /* char * */
  char             *selected;  /* the undo step of the selection made for it, or NULL */
} Pending;

static void
dialog_data_free (gpointer data)
{
  DialogData *d = data;

  g_clear_weak_pointer (&d->parent);
  g_clear_object (&d->context);
  g_clear_pointer (&d->vendors, g_ptr_array_unref);
  g_clear_pointer (&d->reason_entries, g_ptr_array_unref);
  g_free (d);
}

static void
pending_free (Pending *p)
{
  g_clear_weak_pointer (&p->parent);
  g_clear_object (&p->context);
  g_clear_object (&p->vendor);
  g_free (p->rationale);
  g_free (p->date);
  g_free (p->who);
  g_clear_pointer (&p->rejected, g_ptr_array_unref);
  g_clear_pointer (&p->reasons, g_ptr_array_unref);
  g_free (p->selected);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

GPtrArray *
vb_decision_dialog_unmet_items (VbProject *project)
{
  GPtrArray *unmet = g_ptr_array_new ();

  g_return_val_if_fail (VB_IS_PROJECT (project), unmet);
  for (guint i = 0; i < vb_signing_checklist_get_n (); i++)
    {
      const VbSigningCheck *check = vb_signing_checklist_get (i);
      VbChecklistItem *item = vb_project_find_checklist_item (project, check->key);
      VbCheckState state = vb_signing_check_evaluate (check, project, NULL);

      if (state == VB_CHECK_MET || (state == VB_CHECK_UNKNOWN && item && vb_checklist_item_get_met (item)))
        continue;
      g_ptr_array_add (unmet, (gpointer) vb_signing_check_get_label (check));
    }
  return unmet;
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static gboolean
valid_date (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  int y, m, d;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || strlen (text) != 10)
    return FALSE;
  parsed = g_date_time_new_utc (y, m, d, 0, 0, 0);
  return parsed != NULL;
}

/* Enables "Record" when what it needs is given, and says what is missing */
static void
validate (GtkWidget *dialog)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "vb-decision");
  g_autofree char *rationale = text_view_text (d->rationale);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (d->date));
  const char *who = gtk_editable_get_text (GTK_EDITABLE (d->who));
  const char *missing = NULL;

  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (d->vendor)) >= d->vendors->len)
    missing = _("Choose the vendor you decided for.");
  else if (vb_str_is_blank (rationale))
    missing = _("Say why you chose this vendor: the decision memo prints it.");
  else if (!valid_date (date))
    missing = _("Give the date of the decision as year-month-day, for example 2026-12-02.");
  else if (vb_str_is_blank (who))
    missing = _("Say who decided.");
  gtk_label_set_text (GTK_LABEL (d->hint), missing ? missing : "");
  gtk_widget_set_visible (d->hint, missing != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record", missing == NULL);
}

static void
on_field_changed_cb (GObject    *field,
                     GtkWidget  *dialog)
{
  validate (dialog);
}

static void
on_vendor_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       GtkWidget   *dialog)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "vb-decision");
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* the chosen vendor is not turned down */
  for (guint i = 0; i < d->reason_entries->len; i++)
    {
      GtkWidget *entry = d->reason_entries->pdata[i];
      GtkWidget *box = gtk_widget_get_parent (entry);

      gtk_widget_set_visible (box, selected >= d->vendors->len ||
                                   g_object_get_data (G_OBJECT (entry), "vb-vendor") != d->vendors->pdata[selected]);
    }
  validate (dialog);
}

static gboolean
same_vendor (VbVendor *a,
             VbVendor *b)
{
  return a && b && g_strcmp0 (vb_record_get_uuid (VB_RECORD (a)), vb_record_get_uuid (VB_RECORD (b))) == 0;
}

static void
record_now (Pending  *p,
            gboolean  unmet_confirmed)
{
  VbProject *project = vb_context_get_project (p->context);
  VbDecision *decision = vb_project_get_decision (project);
  g_autofree VbRejectedVendor *rejections = g_new0 (VbRejectedVendor, p->rejected->len + 1);
  g_autoptr(GError) error = NULL;

  if (decision == NULL || !same_vendor (vb_decision_get_vendor (decision), p->vendor))
    {
      g_set_error (&error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The vendor could not be selected: the decision is not recorded."));
      vb_report_error (p->parent, error);
      return;
    }
  for (guint i = 0; i < p->rejected->len; i++)
    rejections[i] = (VbRejectedVendor) { p->rejected->pdata[i], p->reasons->pdata[i] };
  if (!vb_decision_record (decision, p->rationale, p->date, p->who, rejections, unmet_confirmed, &error))
    vb_report_error (p->parent, error);
  else if (p->parent)
    vb_show_undo_toast (p->parent, _("Decision recorded"));
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Pending          *p)
{
  VbProject *project = vb_context_get_project (p->context);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "record"))
    record_now (p, TRUE);
  /* not recorded: the vendor selected for it goes back, so that a
   * cancelled decision leaves the project as it was */
  else if (p->selected != NULL && vb_project_get_can_undo (project) &&
           g_strcmp0 (vb_project_get_undo_summary (project), p->selected) == 0 &&
           !vb_project_undo (project, &error))
    vb_report_error (p->parent, error);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          user_data)
{
  DialogData *d = g_object_get_data (G_OBJECT (dialog), "vb-decision");
  g_autoptr(Pending) p = NULL;
  g_autoptr(GPtrArray) unmet = NULL;
  g_autoptr(GError) error = NULL;
  VbProject *project;
  VbDecision *decision;
  guint selected;

  if (!g_str_equal (response, "record") || d->parent == NULL)
    return;
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (d->vendor));
  g_return_if_fail (selected < d->vendors->len);

  p = g_new0 (Pending, 1);
  g_set_weak_pointer (&p->parent, d->parent);
  p->context = g_object_ref (d->context);
  p->vendor = g_object_ref (d->vendors->pdata[selected]);
  p->rationale = text_view_text (d->rationale);
  p->date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->date))));
  p->who = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->who))));
  p->rejected = g_ptr_array_new_with_free_func (g_object_unref);
  p->reasons = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < d->reason_entries->len; i++)
    {
      GtkWidget *entry = d->reason_entries->pdata[i];
      VbVendor *vendor = g_object_get_data (G_OBJECT (entry), "vb-vendor");
      g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

      if (vendor == p->vendor || *reason == '\0')
        continue;
      g_ptr_array_add (p->rejected, g_object_ref (vendor));
      g_ptr_array_add (p->reasons, g_steal_pointer (&reason));
    }

  /* the vendor rule: another vendor is selected first (the draft) */
  project = vb_context_get_project (p->context);
  decision = vb_project_get_decision (project);
  if (decision == NULL || !same_vendor (vb_decision_get_vendor (decision), p->vendor))
    {
      if (!vb_vendor_select (p->vendor, &error))
        {
          vb_report_error (p->parent, error);
          return;
        }
      p->selected = g_strdup (vb_project_get_undo_summary (project));
    }

  unmet = vb_decision_dialog_unmet_items (project);
  if (unmet->len == 0)
    {
      record_now (p, FALSE);
      return;
    }
  {
    g_autoptr(GString) body = g_string_new (NULL);
    GtkRoot *root = gtk_widget_get_root (p->parent);
    GtkWidget *confirm;

    g_string_append_printf (body, ngettext ("%u checklist item is not met:", "%u checklist items are not met:", unmet->len),
                            unmet->len);
    for (guint i = 0; i < unmet->len; i++)
      g_string_append_printf (body, "\n• %s", (const char *) unmet->pdata[i]);
    g_string_append (body, _("\n\nRecord the decision anyway? The record keeps that you confirmed it."));
    confirm = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      _("Record With Open Checks?"), body->str);
    gtk_widget_set_name (confirm, "confirm-unmet");
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                      "cancel", _("_Cancel"),
                                      "record", _("_Record Anyway"),
                                      NULL);
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "record", ADW_RESPONSE_DESTRUCTIVE);
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
    adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
    gtk_window_set_modal (GTK_WINDOW (confirm), TRUE);
    g_signal_connect_data (confirm, "response", G_CALLBACK (on_confirm_response_cb), g_steal_pointer (&p),
                           (GClosureNotify) (void (*) (void)) pending_free, 0);
    gtk_window_present (GTK_WINDOW (confirm));
  }
}

static GtkWidget *
field_label (const char *text,
             GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

GtkWidget *
vb_decision_dialog_present (GtkWidget *parent,
                            VbContext *context)
{
  VbProject *project = vb_context_get_project (context);
  VbDecisionModel *model = vb_decision_model_get_for_project (project);
  const VbDecisionResult *result = vb_decision_model_get_result (model);
  VbDecision *decision = vb_project_get_decision (project);
  VbVendor *current = decision ? vb_decision_get_vendor (decision) : NULL;
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *dialog, *box, *scroller, *reject_box;
  DialogData *d = g_new0 (DialogData, 1);
  guint selected = G_MAXUINT;

  g_set_weak_pointer (&d->parent, parent);
  d->context = g_object_ref (context);
  d->vendors = g_ptr_array_new_with_free_func (g_object_unref);
  d->reason_entries = g_ptr_array_new ();
  /* the finalists (and the selected vendor), in rank order */
  for (guint i = 0; result->scoring && i < result->scoring->n_vendors; i++)
    {
      VbVendor *v = vb_decision_model_get_vendor (model, result->scoring->order[i]);

      if (same_vendor (v, current) || (current == NULL && selected == G_MAXUINT && i == 0 && !result->scoring->vendors[result->scoring->order[i]].disqualified))
        selected = d->vendors->len;
      g_ptr_array_add (d->vendors, g_object_ref (v));
      gtk_string_list_append (names, vb_vendor_get_display_name (v));
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Record Decision"),
                                   _("The decision memo prints what you write here. Recording again later replaces this decision; the activity log keeps the earlier one."));
  gtk_widget_set_name (dialog, "record-decision");
  g_object_set_data_full (G_OBJECT (dialog), "vb-decision", d, dialog_data_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  d->vendor = gtk_drop_down_new (NULL, NULL);
  vb_drop_down_set_strings (d->vendor, names, _("Chosen vendor"));
  gtk_widget_set_name (d->vendor, "decision-vendor");
  if (selected != G_MAXUINT)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (d->vendor), selected);
  vb_set_accessible_label (d->vendor, _("Chosen vendor"));
  gtk_box_append (GTK_BOX (box), field_label (_("_Vendor"), d->vendor));
  gtk_box_append (GTK_BOX (box), d->vendor);

  d->rationale = gtk_text_view_new ();
  gtk_widget_set_name (d->rationale, "decision-rationale");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (d->rationale), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (d->rationale), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (d->rationale), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (d->rationale), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (d->rationale), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (d->rationale), 6);
  vb_set_accessible_label (d->rationale, _("Why this vendor"));
  if (decision && vb_decision_get_rationale (decision))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->rationale)), vb_decision_get_rationale (decision), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), d->rationale);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 80);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (GTK_BOX (box), field_label (_("_Why this vendor"), d->rationale));
  gtk_box_append (GTK_BOX (box), scroller);

  d->date = gtk_entry_new ();
  gtk_widget_set_name (d->date, "decision-date");
  gtk_editable_set_text (GTK_EDITABLE (d->date), today);
  gtk_entry_set_placeholder_text (GTK_ENTRY (d->date), _("Year-month-day"));
  vb_set_accessible_label (d->date, _("Date of the decision"));
  gtk_box_append (GTK_BOX (box), field_label (_("_Date"), d->date));
  gtk_box_append (GTK_BOX (box), d->date);

  d->who = gtk_entry_new ();
  gtk_widget_set_name (d->who, "decision-who");
  gtk_editable_set_text (GTK_EDITABLE (d->who), vb_context_get_author (context) ? vb_context_get_author (context) : "");
  vb_set_accessible_label (d->who, _("Who decided"));
  gtk_box_append (GTK_BOX (box), field_label (_("Decided _by"), d->who));
  gtk_box_append (GTK_BOX (box), d->who);

  reject_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < d->vendors->len; i++)
    {
      VbVendor *v = d->vendors->pdata[i];
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *label = g_strdup_printf (_("Why not %s?"), vb_vendor_get_display_name (v));
      GListModel *rejections = decision ? vb_decision_get_rejections (decision) : NULL;

      gtk_widget_set_name (entry, "reject-reason");
      g_object_set_data (G_OBJECT (entry), "vb-vendor", v);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Leave empty if you do not turn it down"));
      for (guint r = 0; rejections && r < g_list_model_get_n_items (rejections); r++)
        {
          g_autoptr(VbDecisionRejection) rej = g_list_model_get_item (rejections, r);

          if (same_vendor (vb_decision_rejection_get_vendor (rej), v))
            gtk_editable_set_text (GTK_EDITABLE (entry), vb_decision_rejection_get_reason (rej));
        }
      vb_set_accessible_label (entry, label);
      gtk_box_append (GTK_BOX (row), field_label (label, entry));
      gtk_box_append (GTK_BOX (row), entry);
      gtk_box_append (GTK_BOX (reject_box), row);
      g_ptr_array_add (d->reason_entries, entry);
    }
  if (d->vendors->len > 1)
    {
      GtkWidget *heading = gtk_label_new (_("Vendors turned down"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_set_margin_top (heading, 12);
      gtk_widget_add_css_class (heading, "title-4");
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), reject_box);
    }
  else
    g_object_ref_sink (reject_box), g_object_unref (reject_box);

  d->hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (d->hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (d->hint), 0);
  gtk_widget_set_name (d->hint, "decision-hint");
  gtk_widget_add_css_class (d->hint, "error");
  gtk_box_append (GTK_BOX (box), d->hint);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (d->vendor, "notify::selected", G_CALLBACK (on_vendor_selected_cb), dialog);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (d->rationale)), "changed", G_CALLBACK (on_field_changed_cb), dialog);
  g_signal_connect (d->date, "changed", G_CALLBACK (on_field_changed_cb), dialog);
  g_signal_connect (d->who, "changed", G_CALLBACK (on_field_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), NULL);
  on_vendor_selected_cb (GTK_DROP_DOWN (d->vendor), NULL, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (d->rationale);
  return dialog;
}
