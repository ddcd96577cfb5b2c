/* vb-vendor-editor.c — one vendor: where it stands, its details, contacts
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One suggested action per view (GNOME HIG): the next step forward along
 * the pipeline; the others (back a step, reject, reconsider) in a menu.
 * Rejecting asks why in the one reason dialog; nothing here is styled as
 * destructive but removal, and removal needs no confirmation: a toast
 * offers Undo. The actions are the page's (vendors.*), so that the
 * window's one update function turns them off for a read-only project.
 */

#define G_LOG_DOMAIN "vb-vendor-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-contact.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-vendor-editor.h"

struct _VbVendorEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *name_label;
  GtkWidget  *status_tag;
  GtkWidget  *forward_button;
  GtkWidget  *more_button;
  GtkWidget  *reason_group;
  GtkWidget  *contacts_list;
  GtkWidget  *add_contact_button;

  VbVendor   *vendor;
};

G_DEFINE_FINAL_TYPE (VbVendorEditor, vb_vendor_editor, GTK_TYPE_WIDGET)

typedef struct {
  VbVendorStatus from;
  VbVendorStatus to;
  const char    *label;
} Step;

/* The next step forward from each status */
static const Step forward_steps[] = {
  { VB_VENDOR_STATUS_LONG_LIST, VB_VENDOR_STATUS_SHORTLIST, N_("Move to Shortlist") },
  { VB_VENDOR_STATUS_SHORTLIST, VB_VENDOR_STATUS_FINALIST, N_("Move to Finalists") },
  { VB_VENDOR_STATUS_FINALIST, VB_VENDOR_STATUS_SELECTED, N_("Select This Vendor") },
};

/* The quieter choices, in the menu */
static const Step other_steps[] = {
  { VB_VENDOR_STATUS_SHORTLIST, VB_VENDOR_STATUS_LONG_LIST, N_("Back to the Long List") },
  { VB_VENDOR_STATUS_FINALIST, VB_VENDOR_STATUS_SHORTLIST, N_("Back to the Shortlist") },
  { VB_VENDOR_STATUS_SELECTED, VB_VENDOR_STATUS_FINALIST, N_("Back to the Finalists") },
};

static void
update_status (VbVendorEditor *self)
{
  VbVendorStatus status = vb_vendor_get_status (self->vendor);
  g_autoptr(GMenu) menu = g_menu_new ();
  const Step *forward = NULL;

  gtk_label_set_label (GTK_LABEL (self->name_label), vb_vendor_get_display_name (self->vendor));
  gtk_label_set_label (GTK_LABEL (self->status_tag), vb_enum_get_label (VB_TYPE_VENDOR_STATUS, status));
  vb_tag_set_variant (self->status_tag, "vb-status", (guint) status, vb_enum_get_n_values (VB_TYPE_VENDOR_STATUS));

  for (guint i = 0; i < G_N_ELEMENTS (forward_steps); i++)
    if (forward_steps[i].from == status)
      forward = &forward_steps[i];
  /* the target first, then the action: a button with the action and no
   * target (a selected vendor has no step forward) is a type mismatch */
  if (forward)
    {
      gtk_button_set_label (GTK_BUTTON (self->forward_button), _(forward->label));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->forward_button), "i", (int) forward->to);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->forward_button), "vendors.set-status");
    }
  else if (status == VB_VENDOR_STATUS_REJECTED)
    {
      gtk_button_set_label (GTK_BUTTON (self->forward_button), _("Reconsider"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->forward_button), "i", (int) VB_VENDOR_STATUS_LONG_LIST);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->forward_button), "vendors.set-status");
    }
  else
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->forward_button), NULL);
  gtk_widget_set_visible (self->forward_button, forward != NULL || status == VB_VENDOR_STATUS_REJECTED);
  if (forward)
    gtk_widget_add_css_class (self->forward_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->forward_button, "suggested-action");

  for (guint i = 0; i < G_N_ELEMENTS (other_steps); i++)
    if (other_steps[i].from == status)
      {
        g_autoptr(GMenuItem) item = g_menu_item_new (_(other_steps[i].label), NULL);

        g_menu_item_set_action_and_target (item, "vendors.set-status", "i", (int) other_steps[i].to);
        g_menu_append_item (menu, item);
      }
  if (status != VB_VENDOR_STATUS_REJECTED)
    g_menu_append (menu, _("Reject…"), "vendors.reject");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->more_button), G_MENU_MODEL (menu));
  gtk_widget_set_visible (self->more_button, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
  gtk_widget_set_visible (self->reason_group, status == VB_VENDOR_STATUS_REJECTED);
}

static void
on_vendor_notify_cb (VbVendor       *vendor,
                     GParamSpec     *pspec,
                     VbVendorEditor *self)
{
  update_status (self);
}

/* ------------------------------------------------------------ contacts */

static void
contact_row_update (GtkWidget *row)
{
  VbContact *contact = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "vb-tag");
  const char *name = vb_contact_get_name (contact);
  g_autoptr(GString) sub = g_string_new (NULL);
  g_autofree char *title = vb_markup_escape (name, _("New contact"));
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *phone = vb_unbreakable (vb_contact_get_phone (contact));
  const char *parts[] = { vb_contact_get_role (contact), vb_contact_get_email (contact), phone };

  /* a line may break between the parts, never inside a number */
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!vb_str_is_blank (parts[i]))
      g_string_append_printf (sub, "%s%s", sub->len ? " · " : "", parts[i]);
  subtitle = g_markup_escape_text (sub->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_visible (tag, vb_contact_get_is_primary (contact));
  /* Translators: a contact row for screen readers */
  accessible = g_strdup_printf (vb_contact_get_is_primary (contact) ? _("Contact: %s, primary") : _("Contact: %s"),
                                vb_str_is_blank (name) ? _("New contact") : name);
  vb_set_accessible_label (row, accessible);
}

static void
on_contact_notify_cb (VbContact  *contact,
                      GParamSpec *pspec,
                      GtkWidget  *row)
{
  contact_row_update (row);
}

static GtkWidget *
create_contact_row_cb (gpointer item,
                       gpointer user_data)
{
  VbContact *contact = item;
  VbRecord *record = VB_RECORD (contact);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *tag = vb_tag_new (_("Primary"), NULL);
  GtkWidget *remove = vb_icon_button_new ("user-trash-symbolic", _("Remove contact"));
  GtkWidget *phone;

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (contact), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", tag);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), tag);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "name", _("Name"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "role", _("Role"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "email", _("Email"), VB_FIELD_TEXT, 0));
  phone = vb_field_entry_row_new (record, "phone", _("Phone"), VB_FIELD_TEXT, 0);
  gtk_widget_add_css_class (phone, "numeric");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), phone);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_switch_row_new (record, "is-primary", _("Primary contact"),
                                                     _("The one to send the RFP to")));

  gtk_widget_set_name (remove, "remove-contact");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "vendors.remove-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (record));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  contact_row_update (row);
  g_signal_connect_object (contact, "notify", G_CALLBACK (on_contact_notify_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ building */

static GtkWidget *
group_new (VbVendorEditor *self,
           const char     *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->box), group);
  return group;
}

static void
build (VbVendorEditor *self)
{
  VbRecord *vendor = VB_RECORD (self->vendor);
  GtkWidget *header, *group, *buttons, *add, *box, *remove, *row;

  /* name and where it stands */
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->name_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->name_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->name_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (self->name_label, TRUE);
  gtk_widget_add_css_class (self->name_label, "title-2");
  gtk_box_append (GTK_BOX (header), self->name_label);
  self->status_tag = vb_tag_new (NULL, "vb-status");
  gtk_box_append (GTK_BOX (header), self->status_tag);
  gtk_box_append (GTK_BOX (self->box), header);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->forward_button = gtk_button_new_with_label ("");
  gtk_widget_set_name (self->forward_button, "status-forward");
  gtk_widget_add_css_class (self->forward_button, "pill");
  gtk_box_append (GTK_BOX (buttons), self->forward_button);
  self->more_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->more_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (self->more_button, _("More choices"));
  gtk_widget_set_name (self->more_button, "status-more");
  gtk_widget_add_css_class (self->more_button, "circular");
  vb_set_accessible_label (self->more_button, _("More choices"));
  for (GtkWidget *c = gtk_widget_get_first_child (self->more_button); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c))
      vb_set_accessible_label (c, _("More choices"));
  gtk_box_append (GTK_BOX (buttons), self->more_button);
  gtk_box_append (GTK_BOX (self->box), buttons);

  self->reason_group = group_new (self, _("Why It Was Rejected"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->reason_group),
                             vb_field_text_area_new (vendor, "rejection-reason", _("Reason")));

  group = group_new (self, _("Details"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vb_field_entry_row_new (vendor, "name", _("Name"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vb_choice_row_new (vendor, "delivery-model", _("Delivery model")));
  row = vb_field_entry_row_new (vendor, "website", _("Website"), VB_FIELD_TEXT, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (vendor, "locations", _("Where its sites are"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_set_row_new (vendor, "channels", VB_TYPE_CHANNEL, _("Channels it handles")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (vendor, "languages", _("Languages, separated by commas"),
                                                     VB_FIELD_TEXT, 0));

  group = group_new (self, _("Contacts"));
  add = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (add), adw_button_content_new ());
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))), _("Add Contact"));
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "vendors.add-contact");
  gtk_widget_set_name (add, "add-contact");
  self->add_contact_button = add;
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  self->contacts_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->contacts_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->contacts_list, "boxed-list");
  gtk_widget_set_name (self->contacts_list, "contacts");
  vb_set_accessible_label (self->contacts_list, _("Contacts"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->contacts_list),
                                vb_placeholder_new (NULL, _("No contacts yet"),
                                                    _("Someone to send the RFP to and ask questions."),
                                                    _("Add Contact"), "vendors.add-contact"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->contacts_list), vb_vendor_get_contacts (self->vendor),
                           create_contact_row_cb, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->contacts_list);

  group = group_new (self, _("Notes"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vb_field_text_area_new (vendor, "notes", _("Notes")));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  remove = gtk_button_new_with_label (_("Remove Vendor"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "vendors.remove-vendor");
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_add_css_class (remove, "pill");
  gtk_widget_set_name (remove, "remove-vendor");
  gtk_box_append (GTK_BOX (box), remove);
  gtk_box_append (GTK_BOX (self->box), box);

  update_status (self);
  g_signal_connect_object (self->vendor, "notify", G_CALLBACK (on_vendor_notify_cb), self, 0);
}

/* ------------------------------------------------------------ GObject */

static void
vb_vendor_editor_dispose (GObject *object)
{
  VbVendorEditor *self = VB_VENDOR_EDITOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->vendor);
  G_OBJECT_CLASS (vb_vendor_editor_parent_class)->dispose (object);
}

static void
vb_vendor_editor_class_init (VbVendorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_vendor_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_vendor_editor_init (VbVendorEditor *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
vb_vendor_editor_new (VbVendor *vendor)
{
  VbVendorEditor *self;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);

  self = g_object_new (VB_TYPE_VENDOR_EDITOR, NULL);
  self->vendor = g_object_ref (vendor);
  build (self);
  return GTK_WIDGET (self);
}

VbVendor *
vb_vendor_editor_get_vendor (VbVendorEditor *self)
{
  g_return_val_if_fail (VB_IS_VENDOR_EDITOR (self), NULL);
  return self->vendor;
}

/* Expand a contact's row and put the cursor in its name */
void
vb_vendor_editor_open_contact (VbVendorEditor *self,
                               VbContact      *contact)
{
  g_return_if_fail (VB_IS_VENDOR_EDITOR (self));

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->contacts_list), i);

      if (row == NULL)
        break;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == contact)
        {
          GtkWidget *name = vb_field_find (GTK_WIDGET (row), "name");

          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          vb_focus_widget (name ? name : GTK_WIDGET (row));
          break;
        }
    }
}

/* Put the cursor in the field that edits @property (NULL: the status) */
void
vb_vendor_editor_focus_field (VbVendorEditor *self,
                              const char     *property)
{
  GtkWidget *field;

  g_return_if_fail (VB_IS_VENDOR_EDITOR (self));
  field = property ? vb_field_find (self->box, property) : NULL;
  vb_focus_widget (field ? field : gtk_widget_get_visible (self->forward_button) ? self->forward_button : self->box);
}

/* After a contact went: the first contact left, else the add button */
void
vb_vendor_editor_focus_contacts (VbVendorEditor *self)
{
  GtkListBoxRow *first;

  g_return_if_fail (VB_IS_VENDOR_EDITOR (self));
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->contacts_list), 0);
  vb_focus_widget (first ? GTK_WIDGET (first) : self->add_contact_button);
}
