/* vb-reason-dialog.c — the one dialog that asks “why”
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rejecting a vendor, dismissing a finding and every later "why" prompt
 * use this one: an AdwMessageDialog with a reason field as its extra child,
 * Enter accepts (activates-default) once a reason is typed, Escape
 * cancels, and focus starts in the field. The accept button is the
 * suggested action: nothing is destroyed.
 */

#define G_LOG_DOMAIN "vb-reason-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reason-dialog.h"

typedef struct {
  VbReasonFunc    callback;
  gpointer        user_data;
  GDestroyNotify  destroy;
  GtkWidget      *entry;
} ReasonData;

static void
reason_data_free (gpointer data)
{
  ReasonData *d = data;

  if (d->destroy)
    d->destroy (d->user_data);
  g_free (d);
}

static void
on_changed_cb (GtkEditable      *entry,
               AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "accept", !vb_str_is_blank (gtk_editable_get_text (entry)));
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          user_data)
{
  ReasonData *d = g_object_get_data (G_OBJECT (dialog), "vb-reason");
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "accept") != 0)
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->entry))));
  if (*reason)
    d->callback (reason, d->user_data);
}

/**
 * vb_reason_dialog_present:
 * @initial: (nullable): a reason to start from (editing one)
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWidget *
vb_reason_dialog_present (GtkWidget      *parent,
                          const char     *heading,
                          const char     *body,
                          const char     *accept_label,
                          const char     *initial,
                          VbReasonFunc    callback,
                          gpointer        user_data,
                          GDestroyNotify  destroy)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  GtkWidget *entry = gtk_entry_new ();
  ReasonData *d = g_new0 (ReasonData, 1);

  d->callback = callback;
  d->user_data = user_data;
  d->destroy = destroy;
  d->entry = entry;
  g_object_set_data_full (G_OBJECT (dialog), "vb-reason", d, reason_data_free);

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
  vb_set_accessible_label (entry, _("Reason"));
  gtk_widget_set_name (entry, "reason-entry");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept",
                                           !vb_str_is_blank (initial));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}
