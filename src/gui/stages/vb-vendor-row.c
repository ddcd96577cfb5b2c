/* vb-vendor-row.c — one vendor in the Vendors list
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is a title, one subtitle line and a tag: the vendor's name, its
 * delivery model and how many contacts it has (and, for a finalist, that
 * no reference is called yet), and where it stands. It follows the vendor
 * (notify), its contacts (items-changed) and its references (the
 * project's changes); screen readers hear all of it in one sentence.
 */

#define G_LOG_DOMAIN "vb-vendors-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-gui-util.h"
#include "vb-reference.h"
#include "vb-vendor-row.h"

static void
vendor_row_update (GtkWidget *row)
{
  VbVendor *vendor = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "vb-tag");
  VbVendorStatus status = vb_vendor_get_status (vendor);
  VbDeliveryModel model = vb_vendor_get_delivery_model (vendor);
  guint n_contacts = g_list_model_get_n_items (vb_vendor_get_contacts (vendor));
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *title = vb_markup_escape (vb_vendor_get_name (vendor), vb_vendor_get_display_name (vendor));
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (model != VB_DELIVERY_MODEL_UNSET)
    g_string_append (facts, vb_enum_get_label (VB_TYPE_DELIVERY_MODEL, model));
  if (facts->len)
    g_string_append (facts, " · ");
  if (n_contacts == 0)
    g_string_append (facts, _("no contact yet"));
  else
    /* Translators: under a vendor's name, e.g. “Offshore · 2 contacts” */
    g_string_append_printf (facts, ngettext ("%u contact", "%u contacts", n_contacts), n_contacts);
  if (vb_vendor_awaits_reference_call (vendor))
    /* Translators: under a finalist's name, e.g. “Offshore · 2 contacts · no reference called yet” */
    g_string_append (facts, _(" · no reference called yet"));
  subtitle = g_markup_escape_text (facts->str, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_label (GTK_LABEL (tag), vb_enum_get_label (VB_TYPE_VENDOR_STATUS, status));
  vb_tag_set_variant (tag, "vb-status", (guint) status, vb_enum_get_n_values (VB_TYPE_VENDOR_STATUS));

  /* Translators: a vendor row for screen readers: name, status, facts */
  accessible = g_strdup_printf (_("Vendor: %s, %s. %s"), vb_vendor_get_display_name (vendor),
                                vb_enum_get_label (VB_TYPE_VENDOR_STATUS, status), facts->str);
  vb_set_accessible_label (row, accessible);
}

static void
on_vendor_notify_for_row_cb (VbVendor   *vendor,
                             GParamSpec *pspec,
                             GtkWidget  *row)
{
  vendor_row_update (row);
}

/* a reference called, or its call undone */
static void
on_project_changed_for_row_cb (VbProject *project,
                               GtkWidget *row)
{
  vendor_row_update (row);
}

static void
on_contacts_changed_for_row_cb (GListModel *contacts,
                                guint       position,
                                guint       removed,
                                guint       added,
                                GtkWidget  *row)
{
  vendor_row_update (row);
}

/**
 * vb_vendor_row_new:
 *
 * Returns: (transfer floating): the vendor's row in the list: its name,
 *   one line of facts and its status as a tag; it follows the vendor
 */
GtkWidget *
vb_vendor_row_new (VbVendor *vendor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *tag = vb_tag_new (NULL, "vb-status");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (vendor), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", tag);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  vendor_row_update (row);
  g_signal_connect_object (vendor, "notify", G_CALLBACK (on_vendor_notify_for_row_cb), row, 0);
  g_signal_connect_object (vb_vendor_get_contacts (vendor), "items-changed",
                           G_CALLBACK (on_contacts_changed_for_row_cb), row, 0);
  if (vb_record_get_project (VB_RECORD (vendor)))
    g_signal_connect_object (vb_record_get_project (VB_RECORD (vendor)), "changed",
                             G_CALLBACK (on_project_changed_for_row_cb), row, 0);
  return row;
}

