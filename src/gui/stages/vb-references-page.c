/* vb-references-page.c — stage 6: reference calls
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shortlisted vendors and the finalists (finalists first, the selected
 * vendor at the top) beside one of three views (AdwLeaflet, as the Vendors
 * page): a vendor's references with its reference score, the call sheet
 * of one reference, or the project's call sheet itself. The score is
 * core's (vb_vendor_scores_compute): the mean rating of the called
 * references ÷ 5 × 100, with every "would not choose again" and every red
 * flag listed beside it.
 *
 * Calling is the easy path: Record a Call adds a reference and opens its
 * call sheet with the keyboard in its first field; a finding "call a
 * reference of …" does the same for its vendor.
 *
 * Keyboard: the arrow keys move in the vendor list; Tab leaves it for the
 * view beside it (Record a Call first). The window's back goes from a call
 * sheet to its vendor, then (narrow) to the list.
 */

#define G_LOG_DOMAIN "vb-references-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-call-sheet-editor.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reference-editor.h"
#include "vb-reference-rows.h"
#include "vb-reference.h"
#include "vb-references-page.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-vendor-scores.h"
#include "vb-vendor.h"

typedef enum {
  VIEW_NONE,
  VIEW_VENDOR,
  VIEW_REFERENCE,
  VIEW_CALL_SHEET,
} View;

struct _VbReferencesPage
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkWidget   *leaflet;
  GtkWidget   *list_pane;
  GtkWidget   *call_sheet_button;
  GtkWidget   *vendors_list;
  GtkWidget   *footer_box;
  GtkWidget   *editor_stack;
  GtkWidget   *editor_scroller;
  GtkWidget   *editor_box;

  /* owned */
  VbContext   *context;
  VbVendor    *vendor;          /* the vendor open, or NULL */
  char        *list_signature;  /* the vendors listed and their statuses */
  gboolean     writable;

  /* borrowed: the view in editor_box */
  View         view;
  GtkWidget   *content;
  GtkWidget   *reference_editor;
  GtkWidget   *record_button;
  GtkWidget   *score_label;
  GtkWidget   *score_detail;
  GtkWidget   *issues_box;
  GtkWidget   *references_list;
};

static void vb_references_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbReferencesPage, vb_references_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_references_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbReferencesPage *self)
{
  return vb_context_get_project (self->context);
}

static gboolean
is_folded (VbReferencesPage *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
}

static void
refresh_navigation (VbReferencesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh-navigation", NULL);
}

/* Which vendors are listed, in which order: selected, finalists, shortlist */
static int
list_rank (VbVendor *vendor)
{
  switch (vb_vendor_get_status (vendor))
    {
    case VB_VENDOR_STATUS_SELECTED:
      return 0;
    case VB_VENDOR_STATUS_FINALIST:
      return 1;
    case VB_VENDOR_STATUS_SHORTLIST:
      return 2;
    case VB_VENDOR_STATUS_LONG_LIST:
    case VB_VENDOR_STATUS_REJECTED:
    default:
      return -1;
    }
}

static GPtrArray *
listed_vendors (VbReferencesPage *self)
{
  GListModel *vendors = vb_project_get_vendors (project_of (self));
  guint n = g_list_model_get_n_items (vendors);
  GPtrArray *listed = g_ptr_array_new_with_free_func (g_object_unref);

  for (int rank = 0; rank <= 2; rank++)
    for (guint i = 0; i < n; i++)
      {
        VbVendor *vendor = g_list_model_get_item (vendors, i);

        if (list_rank (vendor) == rank)
          g_ptr_array_add (listed, vendor);
        else
          g_object_unref (vendor);
      }
  return listed;
}

static VbVendor *
lookup_vendor (VbReferencesPage *self,
               const char       *uuid)
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

static VbReference *
lookup_reference (VbVendor   *vendor,
                  const char *uuid)
{
  GListModel *references = vb_vendor_get_references (vendor);
  guint n = g_list_model_get_n_items (references);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbReference) reference = g_list_model_get_item (references, i);

      if (g_str_equal (vb_record_get_uuid (VB_RECORD (reference)), uuid))
        return reference;   /* the vendor's list holds it */
    }
  return NULL;
}

/* ------------------------------------------------------------ vendor list */

static GtkWidget *
find_vendor_row (VbReferencesPage *self,
                 VbVendor         *vendor)
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

static void
sync_list_selection (VbReferencesPage *self)
{
  GtkWidget *row = self->vendor ? find_vendor_row (self, self->vendor) : NULL;

  if (row)
    gtk_list_box_select_row (GTK_LIST_BOX (self->vendors_list), GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->vendors_list));
}

/* The rows again when the vendors listed or their order changed; else
 * only their texts (a score moved) */
static void
update_vendor_list (VbReferencesPage *self)
{
  g_autoptr(GPtrArray) listed = listed_vendors (self);
  g_autoptr(GString) signature = g_string_new (NULL);
  GtkWidget *child;

  for (guint i = 0; i < listed->len; i++)
    g_string_append_printf (signature, "%s:%d;", vb_record_get_uuid (listed->pdata[i]),
                            list_rank (listed->pdata[i]));
  if (g_strcmp0 (signature->str, self->list_signature) != 0)
    {
      g_free (self->list_signature);
      self->list_signature = g_strdup (signature->str);
      while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), 0))) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (self->vendors_list), child);
      for (guint i = 0; i < listed->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (self->vendors_list), vb_reference_vendor_row_new (listed->pdata[i]));
      sync_list_selection (self);
      return;
    }
  for (guint i = 0; i < listed->len; i++)
    {
      GtkWidget *row = find_vendor_row (self, listed->pdata[i]);

      if (row)
        vb_reference_vendor_row_update (row);
    }
}

/* ------------------------------------------------------------ vendor view */

/* The score and what is listed beside it */
static void
update_vendor_view (VbReferencesPage *self)
{
  g_autoptr(VbVendorScores) scores = NULL;
  VbReferenceScore *score;
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;

  if (self->view != VIEW_VENDOR || self->vendor == NULL || !vb_record_is_live (VB_RECORD (self->vendor)))
    return;
  scores = vb_vendor_scores_compute (self->vendor);
  score = scores->references;
  text = vb_reference_score_text (score);
  gtk_label_set_text (GTK_LABEL (self->score_label), text);
  /* Translators: under the reference score, e.g. “2 of 3 references called, 2 rated” */
  detail = g_strdup_printf (ngettext ("%u of %u reference called, %u rated", "%u of %u references called, %u rated",
                                      score->n_references),
                            score->n_called, score->n_references, score->n_rated);
  gtk_label_set_text (GTK_LABEL (self->score_detail), detail);

  vb_reference_issues_fill (self->issues_box, score);
}

static GtkWidget *
create_reference_row_cb (gpointer item,
                         gpointer user_data)
{
  return vb_reference_row_new (item);
}

static GtkWidget *
build_vendor_view (VbReferencesPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (vb_vendor_get_display_name (self->vendor));
  GtkWidget *heading = gtk_label_new (_("References"));
  GtkWidget *record;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), title);

  self->score_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->score_label), 0);
  gtk_widget_add_css_class (self->score_label, "title-3");
  gtk_box_append (GTK_BOX (box), self->score_label);
  self->score_detail = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->score_detail), 0);
  gtk_label_set_wrap (GTK_LABEL (self->score_detail), TRUE);
  gtk_widget_add_css_class (self->score_detail, "dim-label");
  gtk_box_append (GTK_BOX (box), self->score_detail);
  self->issues_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), self->issues_box);

  record = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (record),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "call-start-symbolic",
                                      "label", _("Record a Call"), NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (record), "references.record-call");
  gtk_widget_set_tooltip_text (record, _("Add a reference and open its call sheet"));
  gtk_widget_set_halign (record, GTK_ALIGN_START);
  gtk_widget_set_margin_top (record, 6);
  gtk_widget_add_css_class (record, "pill");
  gtk_widget_add_css_class (record, "suggested-action");
  gtk_box_append (GTK_BOX (box), record);
  self->record_button = record;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (GTK_BOX (box), heading);
  self->references_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->references_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->references_list, "boxed-list");
  vb_set_accessible_label (self->references_list, _("References"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->references_list),
                                vb_placeholder_new (NULL, _("No references yet"),
                                                    _("Ask the vendor for two or three customers like you, and "
                                                      "record each call here."),
                                                    NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->references_list), vb_vendor_get_references (self->vendor),
                           create_reference_row_cb, NULL, NULL);
  gtk_box_append (GTK_BOX (box), self->references_list);
  return box;
}

/* ------------------------------------------------------------ views */

/* Shows @content (NULL: the empty page) in place of the view before; the
 * view's widget pointers are cleared first, so build the new view after */
static void
set_content (VbReferencesPage *self,
             View              view,
             GtkWidget        *content)
{
  if (self->content && self->content != content)
    {
      if (self->references_list)
        gtk_list_box_bind_model (GTK_LIST_BOX (self->references_list), NULL, NULL, NULL, NULL);
      gtk_box_remove (GTK_BOX (self->editor_box), self->content);
    }
  self->content = NULL;
  self->reference_editor = NULL;
  if (view != VIEW_VENDOR || content == NULL)
    {
      self->record_button = self->score_label = self->score_detail = self->issues_box = NULL;
      self->references_list = NULL;
    }
  self->view = view;
  if (content)
    {
      self->content = content;
      gtk_box_append (GTK_BOX (self->editor_box), content);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->editor_scroller)), 0);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), content ? "editor" : "empty");
}

static void
slide_to_editor (VbReferencesPage *self,
                 gboolean          slide)
{
  if (slide)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_stack);
  refresh_navigation (self);
}

static void
show_vendor (VbReferencesPage *self,
             VbVendor         *vendor,
             gboolean          slide)
{
  if (vendor != self->vendor)
    g_set_object (&self->vendor, vendor);
  if (vendor == NULL)
    {
      set_content (self, VIEW_NONE, NULL);
      adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
      sync_list_selection (self);
      refresh_navigation (self);
      return;
    }
  set_content (self, VIEW_NONE, NULL);
  set_content (self, VIEW_VENDOR, build_vendor_view (self));
  update_vendor_view (self);
  sync_list_selection (self);
  slide_to_editor (self, slide);
}

static void
show_reference (VbReferencesPage *self,
                VbReference      *reference,
                const char       *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *back = gtk_button_new ();
  g_autofree char *back_label = NULL;

  /* Translators: the button above a reference's call sheet, e.g. “Back to Acme Support” */
  back_label = g_strdup_printf (_("Back to %s"), vb_vendor_get_display_name (self->vendor));
  gtk_button_set_child (GTK_BUTTON (back),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "go-previous-symbolic",
                                      "label", back_label, "use-underline", FALSE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "references.show-vendor");
  gtk_widget_set_halign (back, GTK_ALIGN_START);
  gtk_widget_add_css_class (back, "flat");
  gtk_box_append (GTK_BOX (box), back);
  set_content (self, VIEW_REFERENCE, box);
  self->reference_editor = vb_reference_editor_new (reference);
  vb_reference_editor_set_writable (VB_REFERENCE_EDITOR (self->reference_editor), self->writable);
  gtk_box_append (GTK_BOX (box), self->reference_editor);
  slide_to_editor (self, TRUE);
  vb_reference_editor_focus_field (VB_REFERENCE_EDITOR (self->reference_editor), field);
}

static void
show_call_sheet (VbReferencesPage *self)
{
  GtkWidget *editor = vb_call_sheet_editor_new (project_of (self));

  vb_call_sheet_editor_set_writable (VB_CALL_SHEET_EDITOR (editor), self->writable);
  set_content (self, VIEW_CALL_SHEET, editor);
  slide_to_editor (self, TRUE);
  vb_call_sheet_editor_focus_first (VB_CALL_SHEET_EDITOR (editor));
}

static VbReference *
current_reference (VbReferencesPage *self)
{
  return self->reference_editor
    ? vb_reference_editor_get_reference (VB_REFERENCE_EDITOR (self->reference_editor)) : NULL;
}

/* Back to the vendor's references, focus on @reference's row (or Record a Call) */
static void
back_to_vendor (VbReferencesPage *self,
                VbReference      *reference)
{
  GtkWidget *focus = NULL;

  show_vendor (self, self->vendor, FALSE);
  for (int i = 0; reference && self->references_list; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->references_list), i);

      if (row == NULL)
        break;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == reference)
        focus = GTK_WIDGET (row);
    }
  vb_focus_widget (focus ? focus : self->record_button);
}

/* ------------------------------------------------------------ signals */

static void
on_vendor_row_activated_cb (GtkListBox       *list,
                            GtkListBoxRow    *row,
                            VbReferencesPage *self)
{
  show_vendor (self, g_object_get_data (G_OBJECT (row), "vb-record"), TRUE);
  if (is_folded (self) && self->record_button)
    vb_focus_widget (self->record_button);
}

static void
on_vendor_row_selected_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           VbReferencesPage *self)
{
  VbVendor *vendor = row ? g_object_get_data (G_OBJECT (row), "vb-record") : NULL;

  if (vendor && vendor != self->vendor && !is_folded (self))
    show_vendor (self, vendor, FALSE);
}

/* Tab leaves the list for the view beside it; Shift+Tab for Edit Call Sheet */
static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        VbReferencesPage      *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && mods == GDK_SHIFT_MASK))
    return gtk_widget_grab_focus (self->call_sheet_button);
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && mods == 0 && self->content && !is_folded (self))
    {
      if (self->record_button && gtk_widget_is_sensitive (self->record_button))
        return gtk_widget_grab_focus (self->record_button);
      return gtk_widget_child_focus (self->content, GTK_DIR_TAB_FORWARD);
    }
  return FALSE;
}

static void
on_project_changed_cb (VbProject        *project,
                       VbReferencesPage *self)
{
  VbReference *reference = current_reference (self);

  update_vendor_list (self);
  /* what is open went away (an undo of its adding, a removal elsewhere) */
  if (self->vendor && (!vb_record_is_live (VB_RECORD (self->vendor)) || list_rank (self->vendor) < 0))
    {
      show_vendor (self, NULL, FALSE);
      return;
    }
  if (reference && !vb_record_is_live (VB_RECORD (reference)))
    {
      show_vendor (self, self->vendor, FALSE);
      return;
    }
  update_vendor_view (self);
}

/* ------------------------------------------------------------ actions */

static void
record_call_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbReference *reference;

  if (self->vendor == NULL)
    return;
  reference = vb_vendor_add_reference (self->vendor, &error);
  if (reference == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  show_reference (self, reference, "company");
}

static void
open_reference_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (widget);
  VbReference *reference = self->vendor ? lookup_reference (self->vendor, g_variant_get_string (param, NULL)) : NULL;

  if (reference)
    show_reference (self, reference, NULL);
}

static void
show_vendor_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (widget);

  back_to_vendor (self, current_reference (self));
}

static void
remove_reference_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (widget);
  VbReference *reference = current_reference (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *company;

  if (reference == NULL)
    return;
  company = vb_reference_get_company (reference);
  title = vb_str_is_blank (company) ? g_strdup (_("Removed the reference"))
    /* Translators: after removing a reference, e.g. “Removed “Northwind Dental”” */
    : g_strdup_printf (_("Removed “%s”"), company);
  g_object_ref (reference);
  if (!vb_record_remove (VB_RECORD (reference), &error))
    {
      g_object_unref (reference);
      vb_report_error (widget, error);
      return;
    }
  g_object_unref (reference);
  vb_show_undo_toast (widget, title);
  if (self->view == VIEW_REFERENCE)
    back_to_vendor (self, NULL);
}

static void
edit_call_sheet_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  show_call_sheet (VB_REFERENCES_PAGE (widget));
}

static void
close_call_sheet_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (widget);

  if (self->vendor)
    back_to_vendor (self, NULL);
  else
    {
      show_vendor (self, NULL, FALSE);
      vb_focus_widget (self->call_sheet_button);
    }
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_references_page_show_finding (VbStagePage *page,
                                 VbFinding   *finding)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (page);
  VbVendor *vendor = lookup_vendor (self, vb_finding_get_subject (finding));

  if (vendor == NULL || list_rank (vendor) < 0)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), 0);

      adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
      refresh_navigation (self);
      vb_focus_widget (first ? GTK_WIDGET (first) : self->call_sheet_button);
      return;
    }
  show_vendor (self, vendor, TRUE);
  /* a vendor not called yet: record the call, ready to type */
  if (vb_finding_get_action (finding) == VB_FINDING_ACTION_ADD &&
      vb_finding_get_subject_type (finding) == VB_TYPE_REFERENCE && self->writable)
    gtk_widget_activate_action (GTK_WIDGET (self), "references.record-call", NULL);
  else if (self->record_button)
    vb_focus_widget (self->record_button);
}

static void
vb_references_page_set_writable (VbStagePage *page,
                                 gboolean     writable)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (page);
  static const char *const actions[] = {
    "references.record-call", "references.remove-reference",
  };

  self->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (page), actions[i], writable);
  if (self->reference_editor)
    vb_reference_editor_set_writable (VB_REFERENCE_EDITOR (self->reference_editor), writable);
  if (self->view == VIEW_CALL_SHEET)
    vb_call_sheet_editor_set_writable (VB_CALL_SHEET_EDITOR (self->content), writable);
}

static GtkWidget *
vb_references_page_get_initial_focus (VbStagePage *page)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (page);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->vendors_list));

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->vendors_list), 0);
  return row ? GTK_WIDGET (row) : self->call_sheet_button;
}

static gboolean
vb_references_page_can_navigate_back (VbStagePage *page)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (page);

  if ((self->view == VIEW_REFERENCE && self->vendor) || (self->view == VIEW_CALL_SHEET && self->vendor))
    return TRUE;
  return is_folded (self) &&
         adw_leaflet_get_visible_child (ADW_LEAFLET (self->leaflet)) == self->editor_stack;
}

static gboolean
vb_references_page_navigate_back (VbStagePage *page)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (page);
  GtkWidget *row;

  if (!vb_references_page_can_navigate_back (page))
    return FALSE;
  if ((self->view == VIEW_REFERENCE || self->view == VIEW_CALL_SHEET) && self->vendor)
    {
      back_to_vendor (self, current_reference (self));
      return TRUE;
    }
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  row = self->vendor ? find_vendor_row (self, self->vendor) : NULL;
  vb_focus_widget (row ? row : self->vendors_list);
  refresh_navigation (self);
  return TRUE;
}

static void
vb_references_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_references_page_show_finding;
  iface->set_writable = vb_references_page_set_writable;
  iface->get_initial_focus = vb_references_page_get_initial_focus;
  iface->navigate_back = vb_references_page_navigate_back;
  iface->can_navigate_back = vb_references_page_can_navigate_back;
}

/* ------------------------------------------------------------ GObject */

static void
on_leaflet_notify_cb (AdwLeaflet       *leaflet,
                      GParamSpec       *pspec,
                      VbReferencesPage *self)
{
  refresh_navigation (self);
}

static void
build (VbReferencesPage *self)
{
  VbProject *project = project_of (self);
  g_autoptr(GPtrArray) listed = NULL;
  GtkEventController *keys;

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->vendors_list),
                                vb_placeholder_new (NULL, _("No finalists yet"),
                                                    _("References are called for the shortlisted vendors and the "
                                                      "finalists. Move vendors forward on the Vendors page."),
                                                    NULL, NULL));
  update_vendor_list (self);
  g_signal_connect (self->vendors_list, "row-activated", G_CALLBACK (on_vendor_row_activated_cb), self);
  g_signal_connect (self->vendors_list, "row-selected", G_CALLBACK (on_vendor_row_selected_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (self->vendors_list, keys);
  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_REFERENCES));
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify_cb), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify_cb), self);

  /* open with the first vendor shown beside the list */
  self->writable = !vb_project_get_read_only (project);
  listed = listed_vendors (self);
  if (listed->len > 0)
    show_vendor (self, listed->pdata[0], FALSE);
}

static void
vb_references_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (object);

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
vb_references_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (object);

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
vb_references_page_constructed (GObject *object)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (object);

  G_OBJECT_CLASS (vb_references_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_references_page_dispose (GObject *object)
{
  VbReferencesPage *self = VB_REFERENCES_PAGE (object);

  if (self->leaflet)
    g_signal_handlers_disconnect_by_data (self->leaflet, self);
  if (self->vendors_list)
    g_signal_handlers_disconnect_by_data (self->vendors_list, self);
  if (self->references_list)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->references_list), NULL, NULL, NULL, NULL);
  self->content = NULL;
  self->reference_editor = NULL;
  self->references_list = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_REFERENCES_PAGE);
  g_clear_object (&self->vendor);
  g_clear_pointer (&self->list_signature, g_free);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_references_page_parent_class)->dispose (object);
}

static void
vb_references_page_class_init (VbReferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_references_page_dispose;
  object_class->constructed = vb_references_page_constructed;
  object_class->set_property = vb_references_page_set_property;
  object_class->get_property = vb_references_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-references-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, call_sheet_button);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, vendors_list);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, VbReferencesPage, editor_box);

  gtk_widget_class_install_action (widget_class, "references.record-call", NULL, record_call_action);
  gtk_widget_class_install_action (widget_class, "references.open-reference", "s", open_reference_action);
  gtk_widget_class_install_action (widget_class, "references.show-vendor", NULL, show_vendor_action);
  gtk_widget_class_install_action (widget_class, "references.remove-reference", NULL, remove_reference_action);
  gtk_widget_class_install_action (widget_class, "references.edit-call-sheet", NULL, edit_call_sheet_action);
  gtk_widget_class_install_action (widget_class, "references.close-call-sheet", NULL, close_call_sheet_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_references_page_init (VbReferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
