/* vb-vendors-page.c — stage 4: vendors
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of vendors beside the editor of one (AdwLeaflet: in a narrow
 * window the editor slides over the list, and the window's one back button
 * goes back to it). A drop-down filters the list by status and shows the
 * count of each. The pipeline's rules (one selected vendor, a reason for a
 * rejection, the reason cleared when a vendor is reconsidered) are core's:
 * the page calls them and says what they did in a toast.
 *
 * Keyboard: the arrow keys move in the list; Tab leaves it for the editor
 * of the vendor shown. After a removal, focus goes to the neighbour row.
 */

#define G_LOG_DOMAIN "vb-vendors-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-contact.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reason-dialog.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-vendor-editor.h"
#include "vb-vendor-row.h"
#include "vb-vendor.h"
#include "vb-vendors-page.h"

/* The filter's entries: every vendor, then one per status */
#define FILTER_ALL 0
#define N_STATUSES (VB_VENDOR_STATUS_REJECTED + 1)

struct _VbVendorsPage
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *add_vendor_button;
  GtkWidget          *filter;
  GtkWidget          *vendors_list;
  GtkWidget          *footer_box;
  GtkWidget          *editor_stack;
  GtkWidget          *editor_scroller;
  GtkWidget          *editor_box;

  /* owned */
  VbContext          *context;
  GtkStringList      *filter_labels;
  GtkCustomFilter    *status_filter;
  GtkFilterListModel *filtered;
  guint               counts[N_STATUSES + 1];  /* [0] all, [status + 1] */
  gboolean            updating_filter;
  gboolean            writable;

  /* borrowed */
  GtkWidget          *editor;      /* in editor_box, or NULL */
};

static void vb_vendors_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbVendorsPage, vb_vendors_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_vendors_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbVendorsPage *self)
{
  return vb_context_get_project (self->context);
}

static VbVendor *
current_vendor (VbVendorsPage *self)
{
  return self->editor ? vb_vendor_editor_get_vendor (VB_VENDOR_EDITOR (self->editor)) : NULL;
}

static GtkWidget *
find_row_for (VbVendorsPage *self,
              VbVendor      *vendor)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == vendor)
        return GTK_WIDGET (row);
    }
}

static VbVendor *
lookup_vendor (VbVendorsPage *self,
               const char    *uuid)
{
  GListModel *vendors = vb_project_get_vendors (project_of (self));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (g_str_equal (vb_record_get_uuid (VB_RECORD (vendor)), uuid))
        return vendor;   /* the project holds it */
    }
  return NULL;
}

static gboolean
is_folded (VbVendorsPage *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
}

static void
refresh_navigation (VbVendorsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh-navigation", NULL);
}

static GtkWidget *
create_vendor_row_cb (gpointer item,
                      gpointer user_data)
{
  return vb_vendor_row_new (item);
}

/* The list shows the vendor in the editor as selected (when it is in the list) */
static void
sync_list_selection (VbVendorsPage *self)
{
  VbVendor *vendor = current_vendor (self);
  GtkWidget *row = vendor ? find_row_for (self, vendor) : NULL;

  if (row)
    gtk_list_box_select_row (GTK_LIST_BOX (self->vendors_list), GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->vendors_list));
}

/* ------------------------------------------------------------ editor */

static void
show_vendor (VbVendorsPage *self,
             VbVendor      *vendor,
             gboolean       slide)
{
  if (current_vendor (self) != vendor)
    {
      if (self->editor)
        gtk_box_remove (GTK_BOX (self->editor_box), self->editor);
      self->editor = NULL;
      if (vendor)
        {
          self->editor = vb_vendor_editor_new (vendor);
          gtk_box_append (GTK_BOX (self->editor_box), self->editor);
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->editor_scroller)), 0);
        }
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), vendor ? "editor" : "empty");
  sync_list_selection (self);
  if (vendor && slide)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_stack);
  else if (vendor == NULL)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
  refresh_navigation (self);
}

/* Clicking a row or pressing Enter on it opens the vendor */
static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     VbVendorsPage *self)
{
  VbVendor *vendor = g_object_get_data (G_OBJECT (row), "vb-record");

  show_vendor (self, vendor, TRUE);
  if (is_folded (self))
    vb_vendor_editor_focus_field (VB_VENDOR_EDITOR (self->editor), NULL);
}

/* The arrow keys move the selection; beside the list, the editor follows it */
static void
on_row_selected_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    VbVendorsPage *self)
{
  VbVendor *vendor = row ? g_object_get_data (G_OBJECT (row), "vb-record") : NULL;

  if (vendor && vendor != current_vendor (self) && !is_folded (self))
    show_vendor (self, vendor, FALSE);
}

/* Tab leaves the list for the vendor it shows; Shift+Tab for the filter */
static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        VbVendorsPage         *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && mods == GDK_SHIFT_MASK))
    return gtk_widget_grab_focus (self->filter);
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && mods == 0)
    {
      if (self->editor && !is_folded (self))
        {
          vb_vendor_editor_focus_field (VB_VENDOR_EDITOR (self->editor), NULL);
          return TRUE;
        }
      return gtk_widget_child_focus (self->footer_box, GTK_DIR_TAB_FORWARD) ||
             gtk_widget_child_focus (self->editor_stack, GTK_DIR_TAB_FORWARD);
    }
  return FALSE;
}

/* The vendor in the editor went away (undo of its adding, another window) */
static void
on_vendors_changed_cb (GListModel    *vendors,
                       guint          position,
                       guint          removed,
                       guint          added,
                       VbVendorsPage *self)
{
  VbVendor *vendor = current_vendor (self);

  if (vendor && !vb_record_is_live (VB_RECORD (vendor)))
    show_vendor (self, NULL, FALSE);
}

/* ------------------------------------------------------------ filter */

static gboolean
filter_vendor_cb (gpointer item,
                  gpointer user_data)
{
  VbVendorsPage *self = user_data;
  guint shown = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter));

  return shown == FILTER_ALL || shown == GTK_INVALID_LIST_POSITION ||
         (guint) vb_vendor_get_status (item) + 1 == shown;
}

static char *
filter_label (guint index,
              guint count)
{
  /* Translators: an entry of the vendor filter, with its count, e.g. “All vendors (5)” */
  if (index == FILTER_ALL)
    return g_strdup_printf (_("All vendors (%u)"), count);
  /* Translators: an entry of the vendor filter: a status and its count, e.g. “Shortlist (2)” */
  return g_strdup_printf (_("%s (%u)"), vb_enum_get_label (VB_TYPE_VENDOR_STATUS, index - 1), count);
}

/* The counts in the drop-down; the list filtered again when a vendor
 * changed status */
static void
update_filter (VbVendorsPage *self)
{
  GListModel *vendors = vb_project_get_vendors (project_of (self));
  guint n = g_list_model_get_n_items (vendors);
  guint counts[G_N_ELEMENTS (self->counts)] = { 0 };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter));
  gboolean statuses_changed = FALSE;

  counts[FILTER_ALL] = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      counts[vb_vendor_get_status (vendor) + 1]++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *label = filter_label (i, counts[i]);

      g_strv_builder_add (builder, label);
      if (i != FILTER_ALL && counts[i] != self->counts[i])
        statuses_changed = TRUE;
    }
  if (memcmp (counts, self->counts, sizeof counts) == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filter_labels)) == G_N_ELEMENTS (counts))
    return;
  memcpy (self->counts, counts, sizeof counts);

  labels = g_strv_builder_end (builder);
  self->updating_filter = TRUE;
  gtk_string_list_splice (self->filter_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->filter_labels)),
                          (const char *const *) labels);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->filter),
                              selected == GTK_INVALID_LIST_POSITION ? FILTER_ALL : selected);
  self->updating_filter = FALSE;
  if (statuses_changed && selected != FILTER_ALL)
    {
      gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
      sync_list_selection (self);
    }
}

static void
on_filter_selected_cb (GtkDropDown   *filter,
                       GParamSpec    *pspec,
                       VbVendorsPage *self)
{
  if (self->updating_filter)
    return;
  gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
  sync_list_selection (self);
}

static void
show_status (VbVendorsPage *self,
             guint          index)
{
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter)) != index)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->filter), index);
}

static void
on_project_changed_cb (VbProject     *project,
                       VbVendorsPage *self)
{
  update_filter (self);
}

/* ------------------------------------------------------------ actions */

static void
add_vendor_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbVendor *vendor = vb_project_add_vendor (project_of (self), &error);

  if (vendor == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  /* a new vendor starts on the long list: make sure the list shows it */
  if (!filter_vendor_cb (vendor, self))
    show_status (self, FILTER_ALL);
  show_vendor (self, vendor, TRUE);
  vb_vendor_editor_focus_field (VB_VENDOR_EDITOR (self->editor), "name");
}

static void
set_status_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  VbVendor *vendor = current_vendor (self);
  VbVendorStatus status = (VbVendorStatus) g_variant_get_int32 (param);
  g_autoptr(VbVendor) before = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (vendor == NULL || status < 0 || status >= N_STATUSES || status == vb_vendor_get_status (vendor))
    return;
  if (status == VB_VENDOR_STATUS_REJECTED)
    {
      gtk_widget_activate_action (widget, "vendors.reject", NULL);
      return;
    }
  before = vb_project_get_selected_vendor (project_of (self));
  if (before)
    g_object_ref (before);
  if (status == VB_VENDOR_STATUS_SELECTED)
    ok = vb_vendor_select (vendor, &error);
  else if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_REJECTED && status == VB_VENDOR_STATUS_LONG_LIST)
    ok = vb_vendor_reconsider (vendor, &error);
  else
    ok = vb_vendor_set_status (vendor, status, NULL, &error);
  if (!ok)
    {
      vb_report_error (widget, error);
      return;
    }

  if (status == VB_VENDOR_STATUS_SELECTED && before && before != vendor)
    {
      g_autofree char *title = NULL;

      /* Translators: after selecting a vendor: the one selected before, e.g. “Selected Northwind; Contoso went back to the finalists” */
      title = g_strdup_printf (_("Selected “%s”; “%s” went back to the finalists"),
                               vb_vendor_get_display_name (vendor), vb_vendor_get_display_name (before));
      vb_show_undo_toast (widget, title);
    }
  /* the button that was pressed may be gone (Select turns into nothing to do) */
  if (self->editor)
    vb_vendor_editor_focus_field (VB_VENDOR_EDITOR (self->editor), NULL);
}

typedef struct {
  VbVendorsPage *page;
  VbVendor      *vendor;
} RejectData;

static void
reject_data_free (gpointer data)
{
  RejectData *d = data;

  g_object_unref (d->page);
  g_object_unref (d->vendor);
  g_free (d);
}

static void
on_reject_reason_cb (const char *reason,
                     gpointer    user_data)
{
  RejectData *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!vb_record_is_live (VB_RECORD (d->vendor)))
    return;
  if (!vb_vendor_reject (d->vendor, reason, &error))
    {
      vb_report_error (GTK_WIDGET (d->page), error);
      return;
    }
  title = g_strdup_printf (_("Rejected “%s”"), vb_vendor_get_display_name (d->vendor));
  vb_show_undo_toast (GTK_WIDGET (d->page), title);
  if (current_vendor (d->page) == d->vendor)
    vb_vendor_editor_focus_field (VB_VENDOR_EDITOR (d->page->editor), NULL);
}

static void
reject_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  VbVendor *vendor = current_vendor (self);
  RejectData *d;
  g_autofree char *heading = NULL;

  if (vendor == NULL || vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_REJECTED)
    return;
  d = g_new0 (RejectData, 1);
  d->page = g_object_ref (self);
  d->vendor = g_object_ref (vendor);
  heading = g_strdup_printf (_("Reject “%s”?"), vb_vendor_get_display_name (vendor));
  vb_reason_dialog_present (widget, heading,
                            _("Say why. The reason is kept with the vendor, so that the answer is at hand when "
                              "someone asks later. You can reconsider the vendor at any time."),
                            _("_Reject"), vb_vendor_get_rejection_reason (vendor),
                            on_reject_reason_cb, d, reject_data_free);
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  VbVendor *vendor = current_vendor (self);
  g_autoptr(GError) error = NULL;
  VbContact *contact;

  if (vendor == NULL)
    return;
  contact = vb_vendor_add_contact (vendor, &error);
  if (contact == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  vb_vendor_editor_open_contact (VB_VENDOR_EDITOR (self->editor), contact);
}

static void
remove_contact_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  VbVendor *vendor = current_vendor (self);
  const char *uuid = g_variant_get_string (param, NULL);
  g_autoptr(VbContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GListModel *contacts;
  guint n;

  if (vendor == NULL)
    return;
  contacts = vb_vendor_get_contacts (vendor);
  n = g_list_model_get_n_items (contacts);
  for (guint i = 0; contact == NULL && i < n; i++)
    {
      VbContact *c = g_list_model_get_item (contacts, i);

      if (g_str_equal (vb_record_get_uuid (VB_RECORD (c)), uuid))
        contact = c;
      else
        g_object_unref (c);
    }
  if (contact == NULL)
    return;
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_contact_get_name (contact))
                           ? _("the contact") : vb_contact_get_name (contact));
  if (!vb_record_remove (VB_RECORD (contact), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  vb_vendor_editor_focus_contacts (VB_VENDOR_EDITOR (self->editor));
}

static void
remove_vendor_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (widget);
  VbVendor *vendor = current_vendor (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row;
  GtkListBoxRow *next;
  int position = -1;

  if (vendor == NULL)
    return;
  row = find_row_for (self, vendor);
  if (row)
    position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  title = g_strdup_printf (_("Removed “%s”"), vb_vendor_get_display_name (vendor));
  g_object_ref (vendor);
  if (!vb_record_remove (VB_RECORD (vendor), &error))
    {
      g_object_unref (vendor);
      vb_report_error (widget, error);
      return;
    }
  g_object_unref (vendor);
  show_vendor (self, NULL, FALSE);
  vb_show_undo_toast (widget, title);

  /* focus goes to the neighbour, never to nowhere */
  next = position >= 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), position) : NULL;
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), position - 1);
  if (next)
    {
      if (!is_folded (self))
        show_vendor (self, g_object_get_data (G_OBJECT (next), "vb-record"), FALSE);
      vb_focus_widget (GTK_WIDGET (next));
    }
  else
    vb_focus_widget (gtk_widget_get_visible (self->vendors_list) ? self->vendors_list : self->list_pane);
}

/* ------------------------------------------------------------ VbStagePage */

static void
open_vendor (VbVendorsPage *self,
             VbVendor      *vendor,
             const char    *field)
{
  if (!filter_vendor_cb (vendor, self))
    show_status (self, FILTER_ALL);
  show_vendor (self, vendor, TRUE);
  vb_vendor_editor_focus_field (VB_VENDOR_EDITOR (self->editor), field);
}

static void
vb_vendors_page_show_finding (VbStagePage *page,
                              VbFinding   *finding)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (page);
  GType type = vb_finding_get_subject_type (finding);
  VbVendor *vendor = lookup_vendor (self, vb_finding_get_subject (finding));

  switch (vb_finding_get_action (finding))
    {
    case VB_FINDING_ACTION_ADD:
      if (type == VB_TYPE_CONTACT && vendor)
        {
          open_vendor (self, vendor, NULL);
          gtk_widget_activate_action (GTK_WIDGET (self), "vendors.add-contact", NULL);
        }
      else if (type == VB_TYPE_VENDOR)
        gtk_widget_activate_action (GTK_WIDGET (self), "vendors.add-vendor", NULL);
      break;

    case VB_FINDING_ACTION_EDIT:
      if (vendor)
        open_vendor (self, vendor, vb_finding_get_field (finding));
      break;

    case VB_FINDING_ACTION_LIST:
    case VB_FINDING_ACTION_SHOW:
    default:
      {
        int filter = vb_finding_get_filter (finding);
        GtkListBoxRow *first;

        if (vendor)
          {
            open_vendor (self, vendor, NULL);
            break;
          }
        show_status (self, filter >= 0 && filter < N_STATUSES ? (guint) filter + 1 : FILTER_ALL);
        adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
        refresh_navigation (self);
        first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), 0);
        vb_focus_widget (first ? GTK_WIDGET (first) : self->vendors_list);
      }
      break;
    }
}

static void
vb_vendors_page_set_writable (VbStagePage *page,
                              gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);
  static const char *const actions[] = {
    "vendors.add-vendor", "vendors.set-status", "vendors.reject", "vendors.add-contact",
    "vendors.remove-contact", "vendors.remove-vendor",
  };

  VB_VENDORS_PAGE (page)->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (widget, actions[i], writable);
}

static GtkWidget *
vb_vendors_page_get_initial_focus (VbStagePage *page)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (page);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->vendors_list));

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), 0);
  /* named, not left to the first focusable widget: a page just built has
   * no allocation yet, and GTK orders Tab stops by their place */
  return row ? GTK_WIDGET (row) : self->add_vendor_button;
}

static gboolean
vb_vendors_page_can_navigate_back (VbStagePage *page)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (page);

  return is_folded (self) &&
         adw_leaflet_get_visible_child (ADW_LEAFLET (self->leaflet)) == self->editor_stack;
}

static gboolean
vb_vendors_page_navigate_back (VbStagePage *page)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (page);
  VbVendor *vendor = current_vendor (self);
  GtkWidget *row;

  if (!vb_vendors_page_can_navigate_back (page))
    return FALSE;
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  row = vendor ? find_row_for (self, vendor) : NULL;
  vb_focus_widget (row ? row : self->vendors_list);
  refresh_navigation (self);
  return TRUE;
}

static void
vb_vendors_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_vendors_page_show_finding;
  iface->set_writable = vb_vendors_page_set_writable;
  iface->get_initial_focus = vb_vendors_page_get_initial_focus;
  iface->navigate_back = vb_vendors_page_navigate_back;
  iface->can_navigate_back = vb_vendors_page_can_navigate_back;
}

/* ------------------------------------------------------------ GObject */

static void
on_leaflet_notify_cb (AdwLeaflet    *leaflet,
                      GParamSpec    *pspec,
                      VbVendorsPage *self)
{
  refresh_navigation (self);
}

static void
build (VbVendorsPage *self)
{
  VbProject *project = project_of (self);
  GListModel *vendors = vb_project_get_vendors (project);
  GtkEventController *keys;

  self->status_filter = gtk_custom_filter_new (filter_vendor_cb, self, NULL);
  self->filter_labels = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->filter), G_LIST_MODEL (self->filter_labels));
  /* GTK 4.8 names the drop-down's own button by its type: name it too */
  for (GtkWidget *c = gtk_widget_get_first_child (self->filter); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c))
      vb_set_accessible_label (c, _("Show vendors"));
  update_filter (self);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->filter), FILTER_ALL);
  g_signal_connect (self->filter, "notify::selected", G_CALLBACK (on_filter_selected_cb), self);

  self->filtered = gtk_filter_list_model_new (g_object_ref (vendors), g_object_ref (GTK_FILTER (self->status_filter)));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->vendors_list),
                                vb_placeholder_new (NULL, _("No vendors here"),
                                                    _("Add the vendors you are considering: a name is enough to "
                                                      "start."),
                                                    _("Add Vendor"), "vendors.add-vendor"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->vendors_list), G_LIST_MODEL (self->filtered),
                           create_vendor_row_cb, NULL, NULL);
  g_signal_connect (self->vendors_list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->vendors_list, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (self->vendors_list, keys);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_VENDORS));

  g_signal_connect_object (vendors, "items-changed", G_CALLBACK (on_vendors_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify_cb), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify_cb), self);

  /* open with the first vendor shown beside the list */
  if (g_list_model_get_n_items (vendors) > 0)
    {
      g_autoptr(VbVendor) first = g_list_model_get_item (vendors, 0);
      show_vendor (self, first, FALSE);
    }
}

static void
vb_vendors_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_vendors_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_vendors_page_constructed (GObject *object)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (object);

  G_OBJECT_CLASS (vb_vendors_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_vendors_page_dispose (GObject *object)
{
  VbVendorsPage *self = VB_VENDORS_PAGE (object);

  if (self->leaflet)
    g_signal_handlers_disconnect_by_data (self->leaflet, self);
  if (self->filter)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->vendors_list)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->vendors_list), NULL, NULL, NULL, NULL);
  self->editor = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_VENDORS_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->status_filter);
  g_clear_object (&self->filter_labels);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_vendors_page_parent_class)->dispose (object);
}

static void
vb_vendors_page_class_init (VbVendorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_vendors_page_dispose;
  object_class->constructed = vb_vendors_page_constructed;
  object_class->set_property = vb_vendors_page_set_property;
  object_class->get_property = vb_vendors_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-vendors-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, add_vendor_button);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, filter);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, vendors_list);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, VbVendorsPage, editor_box);

  gtk_widget_class_install_action (widget_class, "vendors.add-vendor", NULL, add_vendor_action);
  gtk_widget_class_install_action (widget_class, "vendors.set-status", "i", set_status_action);
  gtk_widget_class_install_action (widget_class, "vendors.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "vendors.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "vendors.remove-contact", "s", remove_contact_action);
  gtk_widget_class_install_action (widget_class, "vendors.remove-vendor", NULL, remove_vendor_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_vendors_page_init (VbVendorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
