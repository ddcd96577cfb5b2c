/* vb-vendors-page.c — stage 4: vendors
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vendor pipeline (long list → shortlist → finalist → selected, or
 * rejected with a reason), a status filter with counts, and an editor for
 * one vendor with its contacts. Rejecting asks for the reason; selecting a
 * vendor while another is selected asks first and swaps them in one edit.
 */

#define G_LOG_DOMAIN "vb-vendors-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "vb-edit-helpers.h"
#include "vb-format.h"
#include "vb-stage-footer.h"
#include "vb-vendors-page.h"

struct _VbVendorsPage
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *separator;
  GtkWidget          *editor_pane;
  GtkWidget          *filter_box;
  GtkWidget          *vendors_list;
  GtkWidget          *footer_box;
  GtkWidget          *editor_stack;
  GtkWidget          *editor_box;

  /* owned */
  VbProject          *project;
  VbGuide            *guide;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkWidget          *filter_buttons[6];
  char               *filter_status;     /* "" = all */
  VbRecord           *current;           /* the vendor in the editor */
  GtkWidget          *status_buttons;    /* in the editor */
  GtkWidget          *status_pill;
  GtkWidget          *name_label;
  GtkWidget          *reason_row;
  gboolean            syncing_selection;
};

G_DEFINE_FINAL_TYPE (VbVendorsPage, vb_vendors_page, GTK_TYPE_WIDGET)

static const char *const statuses[] = { "", "long-list", "shortlist", "finalist", "selected", "rejected", NULL };
static const char *const status_labels[] = {
  N_("All"), N_("Long list"), N_("Shortlist"), N_("Finalist"), N_("Selected"), N_("Rejected"), NULL
};

static const char *const delivery_models[] = { "", "onshore", "nearshore", "offshore", "mixed", NULL };
static const char *const delivery_labels[] = {
  N_("Not known yet"), N_("Onshore"), N_("Nearshore"), N_("Offshore"), N_("Mixed"), NULL
};

static void vb_vendors_page_show_vendor (VbVendorsPage *self,
                                         VbRecord      *vendor);

static const char *
status_label (const char *status)
{
  for (guint i = 1; statuses[i]; i++)
    if (g_strcmp0 (statuses[i], status) == 0)
      return _(status_labels[i]);
  return status;
}

static const char *
delivery_label (const char *model)
{
  for (guint i = 0; delivery_models[i]; i++)
    if (g_strcmp0 (delivery_models[i], model) == 0)
      return _(delivery_labels[i]);
  return model;
}

static const char *
vendor_name (VbRecord *vendor)
{
  const char *name = vb_record_get_text (vendor, "name");

  return vb_str_is_blank (name) ? _("Unnamed vendor") : name;
}

static guint
count_contacts (VbVendorsPage *self,
                VbRecord      *vendor)
{
  g_autoptr(GPtrArray) contacts = vb_project_children (self->project, "contact", "vendor_id", vendor);

  return contacts->len;
}

/* ------------------------------------------------------------ list rows */

static void
vendor_row_update (GtkWidget *row)
{
  VbVendorsPage *self = g_object_get_data (G_OBJECT (row), "vb-page");
  VbRecord *vendor = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *pill = g_object_get_data (G_OBJECT (row), "vb-pill");
  const char *status = vb_record_get_text (vendor, "status");
  const char *model = vb_record_get_text (vendor, "delivery_model");
  guint n = count_contacts (self, vendor);
  g_autofree char *title = vb_markup_escape (vb_record_get_text (vendor, "name"), _("Unnamed vendor"));
  g_autofree char *contacts = g_strdup_printf (ngettext ("%u contact", "%u contacts", n), n);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (*model)
    subtitle = g_strdup_printf ("%s · %s", delivery_label (model), contacts);
  else
    subtitle = g_strdup (contacts);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_label (GTK_LABEL (pill), status_label (status));
  for (guint i = 1; statuses[i]; i++)
    gtk_widget_remove_css_class (pill, statuses[i]);
  gtk_widget_add_css_class (pill, status);

  /* TRANSLATORS: a vendor row for screen readers: name, status, model and contacts */
  accessible = g_strdup_printf (_("%s, %s, %s"), vendor_name (vendor), status_label (status), subtitle);
  vb_set_accessible_label (row, accessible);
}

static void
on_vendor_changed_for_row_cb (VbRecord   *vendor,
                              const char *column,
                              GtkWidget  *row)
{
  vendor_row_update (row);
}

static void
on_contacts_changed_for_row_cb (GListModel *model,
                                guint       position,
                                guint       removed,
                                guint       added,
                                GtkWidget  *row)
{
  vendor_row_update (row);
}

static GtkWidget *
create_vendor_row_cb (gpointer item,
                      gpointer user_data)
{
  VbVendorsPage *self = user_data;
  VbRecord *vendor = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (pill, "vb-status-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (vendor), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-page", self);
  g_object_set_data (G_OBJECT (row), "vb-pill", pill);
  vendor_row_update (row);
  g_signal_connect_object (vendor, "changed", G_CALLBACK (on_vendor_changed_for_row_cb), row, 0);
  g_signal_connect_object (vb_project_get_records (self->project, "contact"), "items-changed",
                           G_CALLBACK (on_contacts_changed_for_row_cb), row, 0);
  return row;
}

static void
sync_list_selection (VbVendorsPage *self)
{
  self->syncing_selection = TRUE;
  gtk_list_box_unselect_all (GTK_LIST_BOX (self->vendors_list));
  for (int i = 0; self->current; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), i);

      if (row == NULL)
        break;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == self->current)
        {
          gtk_list_box_select_row (GTK_LIST_BOX (self->vendors_list), row);
          break;
        }
    }
  self->syncing_selection = FALSE;
}

static void
on_vendor_row_selected_cb (GtkListBox    *list,
                           GtkListBoxRow *row,
                           VbVendorsPage *self)
{
  VbRecord *vendor;

  if (self->syncing_selection || row == NULL)
    return;
  vendor = g_object_get_data (G_OBJECT (row), "vb-record");
  if (vendor != self->current)
    vb_vendors_page_show_vendor (self, vendor);
}

static void
on_vendor_row_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            VbVendorsPage *self)
{
  vb_vendors_page_show_vendor (self, g_object_get_data (G_OBJECT (row), "vb-record"));
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_pane);
}

/* ------------------------------------------------------------ filter */

static gboolean
filter_vendor_cb (gpointer item,
                  gpointer user_data)
{
  VbVendorsPage *self = user_data;

  return *self->filter_status == '\0' ||
         g_strcmp0 (vb_record_get_text (item, "status"), self->filter_status) == 0;
}

static void
update_filter_counts (VbVendorsPage *self)
{
  GListModel *vendors = vb_project_get_records (self->project, "vendor");
  guint n = g_list_model_get_n_items (vendors);
  guint counts[G_N_ELEMENTS (statuses)] = { 0 };

  counts[0] = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) vendor = g_list_model_get_item (vendors, i);

      for (guint s = 1; statuses[s]; s++)
        if (g_str_equal (statuses[s], vb_record_get_text (vendor, "status")))
          counts[s]++;
    }
  for (guint s = 0; statuses[s]; s++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %u", _(status_labels[s]), counts[s]);
      /* TRANSLATORS: a status filter button for screen readers, e.g. “Shortlist: 3 vendors” */
      g_autofree char *accessible = g_strdup_printf (ngettext ("%s: %u vendor", "%s: %u vendors", counts[s]),
                                                     _(status_labels[s]), counts[s]);

      gtk_button_set_label (GTK_BUTTON (self->filter_buttons[s]), label);
      vb_set_accessible_label (self->filter_buttons[s], accessible);
    }
}

static void
on_filter_toggled_cb (GtkToggleButton *button,
                      VbVendorsPage   *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  g_free (self->filter_status);
  self->filter_status = g_strdup (g_object_get_data (G_OBJECT (button), "vb-status"));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_list_selection (self);
}

static void
build_filter (VbVendorsPage *self)
{
  for (guint s = 0; statuses[s]; s++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(status_labels[s]));

      g_object_set_data (G_OBJECT (button), "vb-status", (gpointer) statuses[s]);
      gtk_widget_set_name (button, s == 0 ? "all" : statuses[s]);
      if (s > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (self->filter_buttons[0]));
      g_signal_connect (button, "toggled", G_CALLBACK (on_filter_toggled_cb), self);
      gtk_widget_add_css_class (button, "pill");
      gtk_flow_box_append (GTK_FLOW_BOX (self->filter_box), button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->filter_buttons[s] = button;
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->filter_buttons[0]), TRUE);
}

/* ------------------------------------------------------------ status changes */

static gboolean
set_status_in_edit (VbVendorsPage *self,
                    const char    *summary,
                    VbRecord      *vendor,
                    const char    *status,
                    const char    *reason,
                    VbRecord      *other,
                    const char    *other_status)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  vb_project_begin_edit (self->project, summary);
  ok = vb_project_set_text (self->project, vendor, "status", status, &error);
  if (ok && reason)
    ok = vb_project_set_text (self->project, vendor, "rejection_reason", reason, &error);
  if (ok && other)
    ok = vb_project_set_text (self->project, other, "status", other_status, &error);
  if (!ok)
    {
      vb_project_cancel_edit (self->project);
      vb_report_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  if (!vb_project_end_edit (self->project, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return TRUE;
}

static void
on_reason_changed_cb (GtkEditable      *editable,
                      AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "reject", !vb_str_is_blank (gtk_editable_get_text (editable)));
}

static void
on_reject_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VbVendorsPage    *self)
{
  VbRecord *vendor = g_object_get_data (G_OBJECT (dialog), "vb-record");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "vb-reason");
  g_autofree char *reason = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "reject") != 0)
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (*reason == '\0')
    return;
  summary = g_strdup_printf (_("Reject %s"), vendor_name (vendor));
  set_status_in_edit (self, summary, vendor, "rejected", reason, NULL, NULL);
}

static void
on_reason_activated_cb (AdwEntryRow      *row,
                        AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "reject"))
    {
      adw_message_dialog_response (dialog, "reject");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
ask_reject (VbVendorsPage *self,
            VbRecord      *vendor)
{
  g_autofree char *heading = g_strdup_printf (_("Reject %s?"), vendor_name (vendor));
  GtkWidget *dialog = vb_message_dialog_new (GTK_WIDGET (self), heading,
                                             _("Say why, in a sentence: the decision memo quotes it, and it "
                                               "helps when someone asks later."),
                                             "reject", _("_Reject"), TRUE);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Reason"));
  gtk_widget_set_name (entry, "rejection-reason");
  gtk_editable_set_text (GTK_EDITABLE (entry), vb_record_get_text (vendor, "rejection_reason"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reject",
                                           !vb_str_is_blank (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_object_set_data_full (G_OBJECT (dialog), "vb-record", g_object_ref (vendor), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "vb-reason", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect (entry, "entry-activated", G_CALLBACK (on_reason_activated_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reject_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_select_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VbVendorsPage    *self)
{
  VbRecord *vendor = g_object_get_data (G_OBJECT (dialog), "vb-record");
  VbRecord *other = g_object_get_data (G_OBJECT (dialog), "vb-other");
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "select") != 0)
    return;
  summary = g_strdup_printf (_("Select %s instead of %s"), vendor_name (vendor), vendor_name (other));
  set_status_in_edit (self, summary, vendor, "selected", NULL, other, "finalist");
}

static VbRecord *
find_selected_other (VbVendorsPage *self,
                     VbRecord      *vendor)
{
  GListModel *vendors = vb_project_get_records (self->project, "vendor");
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) v = g_list_model_get_item (vendors, i);

      if (v != vendor && g_str_equal (vb_record_get_text (v, "status"), "selected"))
        return v;
    }
  return NULL;
}

static void
change_status (VbVendorsPage *self,
               VbRecord      *vendor,
               const char    *status)
{
  g_autofree char *summary = NULL;

  if (g_str_equal (status, vb_record_get_text (vendor, "status")))
    return;

  if (g_str_equal (status, "rejected"))
    {
      ask_reject (self, vendor);
      return;
    }

  if (g_str_equal (status, "selected"))
    {
      VbRecord *other = find_selected_other (self, vendor);

      if (other)
        {
          g_autofree char *heading = g_strdup_printf (_("Select %s instead of %s?"), vendor_name (vendor),
                                                      vendor_name (other));
          g_autofree char *body = g_strdup_printf (_("Only one vendor can be selected. %s goes back to the finalists."),
                                                   vendor_name (other));
          GtkWidget *dialog = vb_message_dialog_new (GTK_WIDGET (self), heading, body, "select", _("_Select"), FALSE);

          g_object_set_data_full (G_OBJECT (dialog), "vb-record", g_object_ref (vendor), g_object_unref);
          g_object_set_data_full (G_OBJECT (dialog), "vb-other", g_object_ref (other), g_object_unref);
          g_signal_connect_object (dialog, "response", G_CALLBACK (on_select_response_cb), self, 0);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
    }

  /* TRANSLATORS: an undo step, e.g. “Move Acme to Shortlist” */
  summary = g_strdup_printf (_("Move %s to %s"), vendor_name (vendor), status_label (status));
  /* leaving “rejected” clears the reason with it, in the same edit */
  set_status_in_edit (self, summary, vendor, status,
                      g_str_equal (vb_record_get_text (vendor, "status"), "rejected") ? "" : NULL, NULL, NULL);
}

static void
set_status_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);

  if (self->current)
    change_status (self, self->current, g_variant_get_string (parameter, NULL));
}

/* ------------------------------------------------------------ editor */

typedef struct {
  const char *from;
  const char *to;
  const char *label;
  gboolean    suggested;
} Transition;

static const Transition transitions[] = {
  { "long-list", "shortlist", N_("Move to Shortlist"), TRUE },
  { "shortlist", "finalist", N_("Move to Finalists"), TRUE },
  { "shortlist", "long-list", N_("Back to Long List"), FALSE },
  { "finalist", "selected", N_("Select This Vendor"), TRUE },
  { "finalist", "shortlist", N_("Back to Shortlist"), FALSE },
  { "selected", "finalist", N_("Back to Finalists"), FALSE },
  { "rejected", "long-list", N_("Reconsider"), FALSE },
  { NULL, "rejected", N_("Reject…"), FALSE },
};

static void
update_status_section (VbVendorsPage *self)
{
  const char *status;
  GtkWidget *child;
  g_autofree char *name = NULL;

  if (self->current == NULL || self->status_buttons == NULL)
    return;
  status = vb_record_get_text (self->current, "status");

  for (GtkWidget *line = gtk_widget_get_first_child (self->status_buttons); line; line = gtk_widget_get_next_sibling (line))
    while ((child = gtk_widget_get_first_child (line)))
      gtk_box_remove (GTK_BOX (line), child);
  for (guint i = 0; i < G_N_ELEMENTS (transitions); i++)
    {
      const Transition *t = &transitions[i];
      GtkWidget *button;

      if (t->from ? !g_str_equal (t->from, status) : g_str_equal (status, "rejected"))
        continue;
      button = gtk_button_new_with_label (_(t->label));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "vendors.set-status");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", t->to);
      if (t->suggested)
        gtk_widget_add_css_class (button, "suggested-action");
      if (g_str_equal (t->to, "rejected"))
        gtk_widget_add_css_class (button, "destructive-action");
      if (t->suggested || g_str_equal (t->to, "rejected"))
        gtk_box_append (GTK_BOX (gtk_widget_get_first_child (self->status_buttons)), button);
      else
        {
          /* moving back is the rarer choice: quieter, on its own line */
          gtk_widget_add_css_class (button, "flat");
          gtk_box_append (GTK_BOX (gtk_widget_get_last_child (self->status_buttons)), button);
        }
    }

  child = gtk_widget_get_last_child (self->status_buttons);
  gtk_widget_set_visible (child, gtk_widget_get_first_child (child) != NULL);
  gtk_label_set_label (GTK_LABEL (self->status_pill), status_label (status));
  for (guint i = 1; statuses[i]; i++)
    gtk_widget_remove_css_class (self->status_pill, statuses[i]);
  gtk_widget_add_css_class (self->status_pill, status);
  gtk_widget_set_visible (self->reason_row, g_str_equal (status, "rejected"));
  gtk_label_set_label (GTK_LABEL (self->name_label), vendor_name (self->current));
}

static void
on_current_changed_cb (VbRecord      *vendor,
                       const char    *column,
                       VbVendorsPage *self)
{
  update_status_section (self);
}

static void
contact_row_update (GtkWidget *row)
{
  VbRecord *contact = g_object_get_data (G_OBJECT (row), "vb-record");
  const char *name = vb_record_get_text (contact, "name");
  g_autoptr(GString) sub = g_string_new (NULL);
  g_autofree char *title = vb_markup_escape (name, _("New contact"));
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  const char *parts[] = { vb_record_get_text (contact, "role"), vb_record_get_text (contact, "email"),
                          vb_record_get_text (contact, "phone") };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!vb_str_is_blank (parts[i]))
      g_string_append_printf (sub, "%s%s", sub->len ? " · " : "", parts[i]);
  if (vb_record_get_bool (contact, "is_primary"))
    g_string_append_printf (sub, "%s%s", sub->len ? " · " : "", _("Primary contact"));
  subtitle = g_markup_escape_text (sub->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  accessible = g_strdup_printf (_("Contact: %s"), vb_str_is_blank (name) ? _("New contact") : name);
  vb_set_accessible_label (row, accessible);
}

static void
on_contact_changed_cb (VbRecord   *contact,
                       const char *column,
                       GtkWidget  *row)
{
  contact_row_update (row);
}

static void
on_remove_contact_clicked_cb (GtkButton     *button,
                              VbVendorsPage *self)
{
  VbRecord *contact = g_object_get_data (G_OBJECT (button), "vb-record");
  g_autoptr(GError) error = NULL;

  if (!vb_project_remove (self->project, contact, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static GtkWidget *
contact_entry (VbVendorsPage *self,
               VbRecord      *contact,
               const char    *column,
               const char    *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, column);
  vb_bind_text_commit (GTK_EDITABLE (row), self->project, contact, column);
  return row;
}

/* A vendor has one primary contact: switching it on for one contact
 * switches it off for the others, in the same edit (one undo step). */
static gboolean
set_primary (VbVendorsPage *self,
             VbRecord      *contact,
             gboolean       primary,
             GError       **error)
{
  VbRecord *vendor;
  g_autoptr(GPtrArray) siblings = NULL;
  g_autofree char *summary = NULL;
  const char *name = vb_record_get_text (contact, "name");

  if (!primary)
    return vb_project_set_bool (self->project, contact, "is_primary", FALSE, error);

  vendor = vb_project_lookup (self->project, vb_record_get_text (contact, "vendor_id"));
  siblings = vendor ? vb_project_children (self->project, "contact", "vendor_id", vendor) : NULL;
  /* TRANSLATORS: an undo step, e.g. “Make Dana Ortiz the primary contact” */
  summary = g_strdup_printf (_("Make %s the primary contact"), vb_str_is_blank (name) ? _("New contact") : name);
  vb_project_begin_edit (self->project, summary);
  for (guint i = 0; siblings && i < siblings->len; i++)
    {
      VbRecord *other = g_ptr_array_index (siblings, i);

      if (other != contact && vb_record_get_bool (other, "is_primary") &&
          !vb_project_set_bool (self->project, other, "is_primary", FALSE, error))
        {
          vb_project_cancel_edit (self->project);
          return FALSE;
        }
    }
  if (!vb_project_set_bool (self->project, contact, "is_primary", TRUE, error))
    {
      vb_project_cancel_edit (self->project);
      return FALSE;
    }
  return vb_project_end_edit (self->project, error);
}

static void
on_primary_active_cb (GtkSwitch     *sw,
                      GParamSpec    *pspec,
                      VbVendorsPage *self)
{
  VbRecord *contact = g_object_get_data (G_OBJECT (sw), "vb-record");
  gboolean active = gtk_switch_get_active (sw);
  g_autoptr(GError) error = NULL;

  if (active == vb_record_get_bool (contact, "is_primary"))
    return;
  if (!set_primary (self, contact, active, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      gtk_switch_set_active (sw, vb_record_get_bool (contact, "is_primary"));
    }
}

static void
on_primary_changed_cb (VbRecord   *contact,
                       const char *column,
                       GtkSwitch  *sw)
{
  /* the handler above sees the record agree and does nothing */
  gtk_switch_set_active (sw, vb_record_get_bool (contact, "is_primary"));
}

static GtkWidget *
create_contact_row_cb (gpointer item,
                       gpointer user_data)
{
  VbVendorsPage *self = user_data;
  VbRecord *contact = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *child, *sw, *remove;

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (contact), g_object_unref);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), contact_entry (self, contact, "name", _("Name")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), contact_entry (self, contact, "role", _("Role")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), contact_entry (self, contact, "email", _("Email")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), contact_entry (self, contact, "phone", _("Phone")));

  child = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Primary contact"));
  sw = gtk_switch_new ();
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_widget_set_name (sw, "is_primary");
  /* named by its row: the row's activatable widget is labelled by its title */
  g_object_set_data_full (G_OBJECT (sw), "vb-record", g_object_ref (contact), g_object_unref);
  gtk_switch_set_active (GTK_SWITCH (sw), vb_record_get_bool (contact, "is_primary"));
  gtk_widget_set_sensitive (sw, !vb_project_get_read_only (self->project));
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_primary_active_cb), self);
  g_signal_connect_object (contact, "changed::is_primary", G_CALLBACK (on_primary_changed_cb), sw, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (child), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (child), sw);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  remove = vb_icon_button_new ("user-trash-symbolic", _("Remove contact"));
  gtk_widget_set_name (remove, "remove-contact");
  g_object_set_data_full (G_OBJECT (remove), "vb-record", g_object_ref (contact), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_contact_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  contact_row_update (row);
  g_signal_connect_object (contact, "changed", G_CALLBACK (on_contact_changed_cb), row, 0);
  return row;
}

static gboolean
filter_contact_cb (gpointer item,
                   gpointer user_data)
{
  return g_strcmp0 (vb_record_get_text (item, "vendor_id"), user_data) == 0;
}

static GtkWidget *
group_new (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
vendor_entry (VbVendorsPage *self,
              const char    *column,
              const char    *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, column);
  vb_bind_text_commit (GTK_EDITABLE (row), self->project, self->current, column);
  return row;
}

static void
clear_editor (VbVendorsPage *self)
{
  GtkWidget *child;

  if (self->current)
    g_signal_handlers_disconnect_by_data (self->current, self);
  g_clear_object (&self->current);
  self->status_buttons = NULL;
  self->status_pill = NULL;
  self->name_label = NULL;
  self->reason_row = NULL;
  while ((child = gtk_widget_get_first_child (self->editor_box)))
    gtk_box_remove (GTK_BOX (self->editor_box), child);
}

static void
build_editor (VbVendorsPage *self)
{
  GtkWidget *header, *group, *row, *list, *button, *box;
  GtkCustomFilter *contact_filter;
  GtkFilterListModel *contacts;

  /* name and status */
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->name_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->name_label), TRUE);
  gtk_widget_set_hexpand (self->name_label, TRUE);
  gtk_widget_add_css_class (self->name_label, "title-2");
  gtk_box_append (GTK_BOX (header), self->name_label);
  self->status_pill = gtk_label_new (NULL);
  gtk_widget_set_valign (self->status_pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->status_pill, "vb-status-pill");
  gtk_box_append (GTK_BOX (header), self->status_pill);
  gtk_box_append (GTK_BOX (self->editor_box), header);

  group = group_new (_("Where it stands"), _("Move the vendor along as you learn more about it."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->status_buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (self->status_buttons), gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_box_append (GTK_BOX (self->status_buttons), gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_widget_set_halign (self->status_buttons, GTK_ALIGN_START);
  gtk_widget_set_name (self->status_buttons, "status-buttons");
  gtk_box_append (GTK_BOX (box), self->status_buttons);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), vendor_entry (self, "rejection_reason", _("Why it was rejected")));
  self->reason_row = list;
  gtk_box_append (GTK_BOX (box), list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  gtk_box_append (GTK_BOX (self->editor_box), group);

  /* details */
  group = group_new (_("Details"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vendor_entry (self, "name", _("Name")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vendor_entry (self, "website", _("Website")));
  row = adw_combo_row_new ();
  gtk_widget_set_name (row, "delivery_model");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Delivery model"));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), FALSE);
  vb_bind_combo_row (row, self->project, self->current, "delivery_model", delivery_models, delivery_labels);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vendor_entry (self, "locations", _("Sites and countries")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vendor_entry (self, "channels", _("Channels they handle")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vendor_entry (self, "languages", _("Languages")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vendor_entry (self, "notes", _("Notes")));
  gtk_box_append (GTK_BOX (self->editor_box), group);

  /* contacts */
  group = group_new (_("Contacts"), _("The people you deal with at this vendor."));
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                      "label", _("Add _Contact"), "use-underline", TRUE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "vendors.add-contact");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "contacts");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  vb_set_accessible_label (list, _("Contacts"));
  {
    GtkWidget *placeholder = gtk_label_new (_("No contacts yet."));

    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_widget_add_css_class (placeholder, "vb-placeholder");
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
  }
  contact_filter = gtk_custom_filter_new (filter_contact_cb, g_strdup (vb_record_get_uuid (self->current)), g_free);
  contacts = gtk_filter_list_model_new (g_object_ref (vb_project_get_records (self->project, "contact")),
                                        GTK_FILTER (contact_filter));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (contacts), create_contact_row_cb, self, NULL);
  g_object_unref (contacts);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (self->editor_box), group);

  /* remove */
  /* no mnemonic: GTK 4.8 reads the underscore into the accessible name */
  button = gtk_button_new_with_label (_("Remove Vendor…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "vendors.remove-vendor");
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->editor_box), button);

  update_status_section (self);
  g_signal_connect (self->current, "changed", G_CALLBACK (on_current_changed_cb), self);
}

static void
update_actions (VbVendorsPage *self)
{
  gboolean writable = !vb_project_get_read_only (self->project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vendors.add-vendor", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vendors.add-contact", writable && self->current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vendors.remove-vendor", writable && self->current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vendors.set-status", writable && self->current);
}

static void
vb_vendors_page_show_vendor (VbVendorsPage *self,
                             VbRecord      *vendor)
{
  if (vendor == self->current && vendor != NULL)
    return;
  clear_editor (self);
  if (vendor)
    {
      self->current = g_object_ref (vendor);
      build_editor (self);
      gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "editor");
    }
  else
    gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "empty");
  sync_list_selection (self);
  update_actions (self);
}

/* ------------------------------------------------------------ actions */

static void
add_vendor_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRecord *vendor;

  vendor = vb_project_add (self->project, "vendor", &error);
  if (vendor == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  /* a new vendor starts on the long list: show it even when filtered */
  if (*self->filter_status && !g_str_equal (self->filter_status, vb_record_get_text (vendor, "status")))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->filter_buttons[0]), TRUE);
  vb_vendors_page_show_vendor (self, vendor);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_pane);
  {
    GtkWidget *name = vb_find_named (self->editor_box, "name");

    if (name)
      vb_focus_widget (name);
  }
}

/* Expand a contact's row in the editor and put the cursor in its name */
static void
open_contact (VbVendorsPage *self,
              VbRecord      *contact)
{
  GtkWidget *list = vb_find_named (self->editor_box, "contacts");

  for (int i = 0; list; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        break;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == contact)
        {
          GtkWidget *name = vb_find_named (GTK_WIDGET (row), "name");

          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          vb_focus_widget (name ? name : GTK_WIDGET (row));
          break;
        }
    }
}

static void
add_contact_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRecord *contact;

  if (self->current == NULL)
    return;
  contact = vb_project_add_child (self->project, "contact", "vendor_id", self->current, &error);
  if (contact == NULL)
    vb_report_error (widget, error);
  else
    open_contact (self, contact);
}

static void
on_remove_vendor_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              VbVendorsPage    *self)
{
  VbRecord *vendor = g_object_get_data (G_OBJECT (dialog), "vb-record");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!vb_project_remove (self->project, vendor, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static void
remove_vendor_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  guint n;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->current == NULL)
    return;
  n = count_contacts (self, self->current);
  heading = g_strdup_printf (_("Remove %s?"), vendor_name (self->current));
  body = n > 0
    ? g_strdup_printf (ngettext ("Its %u contact goes with it. Undo brings everything back.",
                                 "Its %u contacts go with it. Undo brings everything back.", n), n)
    : g_strdup (_("Undo brings it back."));
  dialog = vb_message_dialog_new (widget, heading, body, "remove", _("_Remove"), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "vb-record", g_object_ref (self->current), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_vendor_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
}

/* ------------------------------------------------------------ findings */

static void
set_filter (VbVendorsPage *self,
            const char    *status)
{
  for (guint s = 0; statuses[s]; s++)
    if (g_str_equal (statuses[s], status))
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->filter_buttons[s]), TRUE);
}

/* Show @vendor in the editor, on screen even when the list is filtered */
static void
reveal_vendor (VbVendorsPage *self,
               VbRecord      *vendor)
{
  if (*self->filter_status && !g_str_equal (self->filter_status, vb_record_get_text (vendor, "status")))
    set_filter (self, "");
  vb_vendors_page_show_vendor (self, vendor);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_pane);
}

static void
focus_editor_field (VbVendorsPage *self,
                    const char    *name)
{
  GtkWidget *field = vb_find_named (self->editor_box, name);

  if (field)
    vb_focus_widget (field);
}

static void
on_finding_activated_cb (VbStageFooter *footer,
                         VbFinding     *finding,
                         VbVendorsPage *self)
{
  vb_vendors_page_activate_finding (self, vb_finding_get_rule_id (finding), vb_finding_get_subject (finding));
}

/* ------------------------------------------------------------ model */

static void
on_project_changed_cb (VbProject     *project,
                       VbVendorsPage *self)
{
  update_filter_counts (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_list_selection (self);
}

static void
on_vendors_changed_cb (GListModel    *model,
                       guint          position,
                       guint          removed,
                       guint          added,
                       VbVendorsPage *self)
{
  /* the vendor in the editor was removed (or its addition undone) */
  if (self->current && vb_project_lookup (self->project, vb_record_get_uuid (self->current)) != self->current)
    {
      VbRecord *again = vb_project_lookup (self->project, vb_record_get_uuid (self->current));

      vb_vendors_page_show_vendor (self, again);
    }
  update_filter_counts (self);
}

static void
on_filtered_changed_cb (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        VbVendorsPage *self)
{
  sync_list_selection (self);
}

/* ------------------------------------------------------------ GObject */

static void
vb_vendors_page_dispose (GObject *object)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (object);

  if (self->project)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (vb_project_get_records (self->project, "vendor"), self);
    }
  if (self->filtered)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  if (self->current)
    g_signal_handlers_disconnect_by_data (self->current, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_VENDORS_PAGE);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->current);
  g_clear_object (&self->filtered);
  g_clear_object (&self->project);
  g_clear_object (&self->guide);
  G_OBJECT_CLASS (vb_vendors_page_parent_class)->dispose (object);
}

static void
vb_vendors_page_finalize (GObject *object)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (object);

  g_free (self->filter_status);
  G_OBJECT_CLASS (vb_vendors_page_parent_class)->finalize (object);
}

static void
vb_vendors_page_class_init (VbVendorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_vendors_page_dispose;
  object_class->finalize = vb_vendors_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-vendors-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, separator);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, vendors_list);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, editor_box);

  gtk_widget_class_install_action (widget_class, "vendors.add-vendor", NULL, add_vendor_cb);
  gtk_widget_class_install_action (widget_class, "vendors.add-contact", NULL, add_contact_cb);
  gtk_widget_class_install_action (widget_class, "vendors.remove-vendor", NULL, remove_vendor_cb);
  gtk_widget_class_install_action (widget_class, "vendors.set-status", "s", set_status_cb);
  gtk_widget_class_install_action (widget_class, "vendors.back", NULL, back_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_vendors_page_init (VbVendorsPage *self)
{
  vb_stages_ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter_status = g_strdup ("");
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (ADW_LEAFLET (self->leaflet), self->separator), FALSE);
  vb_set_accessible_label (gtk_widget_get_first_child (self->editor_pane), _("Back to the list of vendors"));
}

GtkWidget *
vb_vendors_page_new (VbProject *project,
                     VbGuide   *guide)
{
  VbVendorsPage *self;
  GtkWidget *placeholder, *footer;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (VB_IS_GUIDE (guide), NULL);

  self = g_object_new (VB_TYPE_VENDORS_PAGE, NULL);
  self->project = g_object_ref (project);
  self->guide = g_object_ref (guide);

  self->filter = gtk_custom_filter_new (filter_vendor_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (vb_project_get_records (project, "vendor")),
                                              GTK_FILTER (self->filter));
  build_filter (self);
  placeholder = gtk_label_new (_("No vendors here."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "vb-placeholder");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->vendors_list), placeholder);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->vendors_list), G_LIST_MODEL (self->filtered),
                           create_vendor_row_cb, self, NULL);
  g_signal_connect (self->vendors_list, "row-selected", G_CALLBACK (on_vendor_row_selected_cb), self);
  g_signal_connect (self->vendors_list, "row-activated", G_CALLBACK (on_vendor_row_activated_cb), self);

  footer = vb_stage_footer_new (guide, VB_STAGE_VENDORS);
  g_signal_connect (footer, "finding-activated", G_CALLBACK (on_finding_activated_cb), self);
  gtk_box_append (GTK_BOX (self->footer_box), footer);

  g_signal_connect (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  g_signal_connect (vb_project_get_records (project, "vendor"), "items-changed",
                    G_CALLBACK (on_vendors_changed_cb), self);
  g_signal_connect_after (self->filtered, "items-changed", G_CALLBACK (on_filtered_changed_cb), self);
  update_filter_counts (self);
  update_actions (self);
  return GTK_WIDGET (self);
}

/**
 * vb_vendors_page_activate_finding:
 * @rule_id: the finding's rule (vb_finding_get_rule_id)
 * @subject: (nullable): the vendor it is about (vb_finding_get_subject)
 *
 * Does what fixes a finding of this stage: adds a vendor, filters the list,
 * or shows the vendor and the field the finding is about. The stage
 * footer's buttons and the dashboard's come here. Unknown rules do nothing.
 */
void
vb_vendors_page_activate_finding (VbVendorsPage *self,
                                  const char    *rule_id,
                                  const char    *subject)
{
  VbRecord *vendor;

  g_return_if_fail (VB_IS_VENDORS_PAGE (self));
  g_return_if_fail (rule_id != NULL);

  vendor = subject && *subject ? vb_project_lookup (self->project, subject) : NULL;

  if (g_str_equal (rule_id, "vendors.too-few"))
    gtk_widget_activate_action (GTK_WIDGET (self), "vendors.add-vendor", NULL);
  else if (g_str_equal (rule_id, "vendors.no-shortlist"))
    set_filter (self, "long-list");
  else if (g_str_equal (rule_id, "vendors.several-selected"))
    set_filter (self, "selected");
  else if (vendor == NULL)
    return;
  else if (g_str_equal (rule_id, "vendors.no-contact"))
    {
      reveal_vendor (self, vendor);
      gtk_widget_activate_action (GTK_WIDGET (self), "vendors.add-contact", NULL);
    }
  else if (g_str_equal (rule_id, "vendors.no-delivery-model"))
    {
      reveal_vendor (self, vendor);
      focus_editor_field (self, "delivery_model");
    }
  else if (g_str_equal (rule_id, "vendors.rejected-without-reason"))
    {
      reveal_vendor (self, vendor);
      focus_editor_field (self, "rejection_reason");
    }
}
