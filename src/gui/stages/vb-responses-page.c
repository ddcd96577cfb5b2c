/* vb-responses-page.c — stage 5: what each vendor answered
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A drop-down picks one vendor of the shortlist (finalists first); below
 * it, the vendor's progress, compliance score and the knock-outs, must-have
 * warnings and high-risk gaps, each with its reason and the accepted
 * exception, and the grid of every included requirement and every asked
 * question of the domains that count. The editor of one item (answer,
 * details, evidence, follow-up, exception) sits beside the grid
 * (AdwLeaflet: over it in a narrow window).
 *
 * The numbers are core's (vb_vendor_scores_compute). The grid's rows are
 * made once per item and stay: after an edit they read their answer again.
 *
 * Keyboard in the grid: 1 or Y meets / yes, 2 or P partly, 3 or N does not
 * meet / no, 4 or A not applicable, 0 or Backspace clears; Up and Down
 * move; Enter opens the item's editor.
 */

#define G_LOG_DOMAIN "vb-responses-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reason-dialog.h"
#include "vb-response-editor.h"
#include "vb-response-row.h"
#include "vb-responses-page.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-vendor-scores.h"
#include "vb-workbook-actions.h"

struct _VbResponsesPage
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *content_stack;
  GtkWidget          *vendor_picker;
  GtkWidget          *progress_row;
  GtkWidget          *progress_bar;
  GtkWidget          *compliance_row;
  GtkWidget          *compliance_label;
  GtkWidget          *issues_list;
  GtkWidget          *items_list;
  GtkWidget          *footer_box;
  GtkWidget          *editor_stack;
  GtkWidget          *editor_scroller;
  GtkWidget          *editor_box;

  /* owned */
  VbContext          *context;
  GtkSortListModel   *vendors;
  GListStore         *items;          /* VbRequirement and VbQuestion, in the grid's order */
  VbVendor           *vendor;         /* shown, or NULL */
  VbVendorScores     *scores;         /* of the vendor shown */
  VbRecord           *editor_item;    /* in the editor, or NULL */
  char               *editor_state;   /* what the editor was built for */
  char               *status_key;     /* the vendors' statuses the filter saw */
  gboolean            writable;
  gboolean            updating;
  gboolean            stale;          /* an edit came while the page was not shown */

  /* borrowed: in editor_box */
  GtkWidget          *editor;
};

static void vb_responses_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbResponsesPage, vb_responses_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_responses_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static void show_item (VbResponsesPage *self, VbRecord *item, gboolean slide);
static void refresh (VbResponsesPage *self);

static VbProject *
project_of (VbResponsesPage *self)
{
  return vb_context_get_project (self->context);
}

static gboolean
is_folded (VbResponsesPage *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
}

static void
refresh_navigation (VbResponsesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh-navigation", NULL);
}

/* ------------------------------------------------------------ the items */

/* The grid changes only when the items asked change (added, removed, left
 * out, moved): then the list store is spliced; an answer changes nothing here */
static void
sync_items (VbResponsesPage *self)
{
  g_autoptr(GPtrArray) items = vb_response_items_collect (project_of (self));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean same = n == items->len;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      same = item == g_ptr_array_index (items, i);
    }
  if (!same)
    g_list_store_splice (self->items, 0, n, items->pdata, items->len);
}

static GtkWidget *
create_item_row_cb (gpointer item,
                    gpointer user_data)
{
  VbResponsesPage *self = user_data;
  GtkWidget *row = vb_response_row_new (item);

  vb_response_row_show_vendor (row, self->vendor);
  return row;
}

static GtkWidget *
find_item_row (VbResponsesPage *self,
               VbRecord        *item)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->items_list), i);

      if (row == NULL)
        return NULL;
      if (vb_response_row_get_item (GTK_WIDGET (row)) == item)
        return GTK_WIDGET (row);
    }
}

static VbRecord *
lookup_item (VbResponsesPage *self,
             const char      *uuid)
{
  return vb_response_model_find (G_LIST_MODEL (self->items), NULL, uuid, NULL);
}

/* ------------------------------------------------------------ the vendors */

static VbVendor *
lookup_vendor (VbResponsesPage *self,
               const char      *uuid)
{
  return vb_response_model_find (G_LIST_MODEL (self->vendors), NULL, uuid, NULL);
}

/* Filter and order again when a vendor changed status */
static void
sync_vendors (VbResponsesPage *self)
{
  GListModel *all = vb_project_get_vendors (project_of (self));
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (all, i);

      g_string_append_printf (key, "%p:%d:%s;", (void *) vendor, vb_vendor_get_status (vendor),
                              vb_vendor_get_display_name (vendor));
    }
  if (g_strcmp0 (key->str, self->status_key) == 0)
    return;
  g_free (self->status_key);
  self->status_key = g_string_free (g_steal_pointer (&key), FALSE);
  self->updating = TRUE;
  vb_response_vendors_changed (self->vendors);
  self->updating = FALSE;
}

static void
select_vendor (VbResponsesPage *self,
               VbVendor        *vendor)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (vendor == NULL || vb_response_model_find (G_LIST_MODEL (self->vendors), vendor, NULL, &position) == NULL)
    position = g_list_model_get_n_items (G_LIST_MODEL (self->vendors)) > 0 ? 0 : GTK_INVALID_LIST_POSITION;
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->vendor_picker)) != position)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->vendor_picker), position);
  refresh (self);
}

static void
on_vendor_selected_cb (GtkDropDown     *picker,
                       GParamSpec      *pspec,
                       VbResponsesPage *self)
{
  if (!self->updating)
    refresh (self);
}

/* ------------------------------------------------------------ the summary */

static void
refresh_summary (VbResponsesPage *self)
{
  VbComplianceScore *compliance;
  VbRequirementCheck *requirements;
  guint answered, asked;
  g_autofree char *progress = NULL;
  g_autofree char *score = NULL;
  g_autofree char *share = NULL;
  g_autofree char *share_text = NULL;

  g_clear_pointer (&self->scores, vb_vendor_scores_free);
  if (self->vendor == NULL)
    {
      vb_response_issues_fill (GTK_LIST_BOX (self->issues_list), NULL, NULL);
      return;
    }

  self->scores = vb_vendor_scores_compute (self->vendor);
  compliance = self->scores->compliance;
  requirements = self->scores->requirements;
  answered = compliance->n_answered + requirements->n_answered;
  asked = compliance->n_asked + requirements->n_included;
  /* Translators: a vendor's progress, e.g. “12 of 40 answered” */
  progress = g_strdup_printf (ngettext ("%u of %u item answered", "%u of %u items answered", asked), answered, asked);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->progress_row), progress);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->progress_bar), asked > 0 ? (double) answered / asked : 0);

  if (compliance->has_score)
    {
      score = vb_format_number (compliance->score, 0);
      share = vb_format_percent (100.0 * compliance->answered_share, 0);
      /* Translators: beside the compliance score: how much of the questionnaire it rests on, e.g. “60% of the questions answered” */
      share_text = g_strdup_printf (_("%s of the questions answered"), share);
    }
  else
    {
      score = g_strdup (compliance->nothing_answered ? _("No answers yet") : "—");
      share_text = g_strdup (compliance->n_asked == 0 ? _("No security question is asked")
                                                      : _("Every answer so far is “not applicable”"));
      if (compliance->nothing_answered && compliance->n_asked > 0)
        g_clear_pointer (&share_text, g_free);
    }
  gtk_label_set_label (GTK_LABEL (self->compliance_label), score);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->compliance_row), share_text ? share_text : "");

  vb_response_issues_fill (GTK_LIST_BOX (self->issues_list), self->scores, self->vendor);
}

static void
refresh_rows (VbResponsesPage *self)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->items_list), i);

      if (row == NULL)
        break;
      vb_response_row_show_vendor (GTK_WIDGET (row), self->vendor);
    }
}

/* ------------------------------------------------------------ the editor */

static void
record_answer (VbResponsesPage *self,
               VbRecord        *item,
               VbAnswer         answer)
{
  g_autoptr(GError) error = NULL;

  if (self->vendor == NULL || !self->writable)
    return;
  if (!vb_response_record (item, self->vendor, answer, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static char *
editor_state (VbResponsesPage *self)
{
  VbResponse *response;

  if (self->editor_item == NULL)
    return NULL;
  response = vb_response_of (self->editor_item, self->vendor);
  return g_strdup_printf ("%p:%p:%p:%d:%d:%d", (void *) self->editor_item, (void *) self->vendor, (void *) response,
                          vb_response_scores_mention (self->scores, self->editor_item),
                          response && !vb_str_is_blank (vb_response_get_exception_reason (response)),
                          self->writable);
}

/* Rebuilt when the item, the vendor or the response's presence changed;
 * otherwise only the answer shown follows */
static void
refresh_editor (VbResponsesPage *self)
{
  g_autofree char *state = NULL;

  if (self->editor_item && (!vb_record_is_live (self->editor_item) ||
                            lookup_item (self, vb_record_get_uuid (self->editor_item)) == NULL))
    {
      g_clear_object (&self->editor_item);
      gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "empty");
    }
  if (self->editor_item == NULL || self->vendor == NULL)
    {
      g_clear_pointer (&self->editor_state, g_free);
      gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "empty");
      return;
    }
  state = editor_state (self);
  if (g_strcmp0 (state, self->editor_state) != 0)
    {
      g_free (self->editor_state);
      self->editor_state = g_steal_pointer (&state);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
      /* the first answer makes the response: keep the keyboard on the answer */
      gboolean had_focus = self->editor && focus && gtk_widget_is_ancestor (focus, self->editor);

      if (self->editor)
        gtk_box_remove (GTK_BOX (self->editor_box), self->editor);
      self->editor = vb_response_editor_new (self->editor_item, self->vendor,
                                             vb_response_scores_mention (self->scores, self->editor_item),
                                             self->writable);
      gtk_box_append (GTK_BOX (self->editor_box), self->editor);
      if (had_focus)
        vb_focus_widget (vb_response_editor_get_answer_row (self->editor));
      return;
    }
  vb_response_editor_sync (self->editor);
}

static void
sync_item_selection (VbResponsesPage *self)
{
  GtkWidget *row = self->editor_item ? find_item_row (self, self->editor_item) : NULL;

  if (row && gtk_list_box_get_selected_row (GTK_LIST_BOX (self->items_list)) != GTK_LIST_BOX_ROW (row))
    gtk_list_box_select_row (GTK_LIST_BOX (self->items_list), GTK_LIST_BOX_ROW (row));
}

static void
show_item (VbResponsesPage *self,
           VbRecord        *item,
           gboolean         slide)
{
  if (item != self->editor_item)
    g_set_object (&self->editor_item, item);
  refresh_editor (self);
  if (item)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "editor");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->editor_scroller)), 0);
    }
  sync_item_selection (self);
  /* only over the grid: beside it, the leaflet's own Alt+Left would take
   * the key that goes back to the stages */
  if (item && slide && is_folded (self))
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_stack);
  refresh_navigation (self);
}

/* ------------------------------------------------------------ refresh */

static void
refresh (VbResponsesPage *self)
{
  VbVendor *vendor = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (self->vendor_picker));
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->vendors)) > 0;

  g_autofree char *label = vendor ? vb_response_vendor_label (vendor) : NULL;

  if (vendor != self->vendor)
    g_set_object (&self->vendor, vendor);
  /* the button may show the name cut short */
  gtk_widget_set_tooltip_text (self->vendor_picker, label);
  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack), any ? "vendor" : "empty");
  refresh_rows (self);
  refresh_summary (self);
  refresh_editor (self);
}

static void
on_project_changed_cb (VbProject       *project,
                       VbResponsesPage *self)
{
  /* a page not shown catches up when it is shown */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  sync_items (self);
  sync_vendors (self);
  select_vendor (self, self->vendor);
}

/* ------------------------------------------------------------ the grid's keys */

/* The grid's row that has the focus (the list box's own cursor may be
 * elsewhere after a row was focused from code) */
static GtkListBoxRow *
focused_row (VbResponsesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  for (GtkWidget *w = root ? gtk_root_get_focus (root) : NULL; w; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) == self->items_list && GTK_IS_LIST_BOX_ROW (w))
      return GTK_LIST_BOX_ROW (w);
  return NULL;
}

static void on_item_activated_cb (GtkListBox *list, GtkListBoxRow *row, VbResponsesPage *self);

/* Answer keys set the focused item's answer; Up and Down move from the focused row, Enter opens it */
static gboolean
on_items_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         VbResponsesPage       *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask () & ~GDK_SHIFT_MASK;
  GtkListBoxRow *row = focused_row (self);
  VbRecord *item;
  int answer, index;

  if (mods != 0 || row == NULL)
    return FALSE;
  item = vb_response_row_get_item (GTK_WIDGET (row));
  index = gtk_list_box_row_get_index (row);
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down || keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    {
      gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;
      GtkListBoxRow *next = down || index > 0
        ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->items_list), index + (down ? 1 : -1)) : NULL;

      if (next == NULL)
        return FALSE;
      gtk_list_box_select_row (GTK_LIST_BOX (self->items_list), next);
      gtk_widget_grab_focus (GTK_WIDGET (next));
      return TRUE;
    }
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      on_item_activated_cb (GTK_LIST_BOX (self->items_list), row, self);
      return TRUE;
    }
  if ((answer = vb_response_answer_for_key (item, keyval)) < 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "responses.set-answer", "(si)",
                              vb_record_get_uuid (item), answer);
  return TRUE;
}

static void
on_item_activated_cb (GtkListBox      *list,
                      GtkListBoxRow   *row,
                      VbResponsesPage *self)
{
  show_item (self, vb_response_row_get_item (GTK_WIDGET (row)), TRUE);
  if (self->editor)
    vb_focus_widget (vb_response_editor_get_answer_row (self->editor));
}

/* The arrow keys move; beside the grid, the editor follows */
static void
on_item_selected_cb (GtkListBox      *list,
                     GtkListBoxRow   *row,
                     VbResponsesPage *self)
{
  VbRecord *item = row ? vb_response_row_get_item (GTK_WIDGET (row)) : NULL;

  if (item && item != self->editor_item && !is_folded (self))
    show_item (self, item, FALSE);
}

static void
on_issue_activated_cb (GtkListBox      *list,
                       GtkListBoxRow   *row,
                       VbResponsesPage *self)
{
  VbRecord *item = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *item_row = item ? find_item_row (self, item) : NULL;

  if (item == NULL)
    return;
  show_item (self, item, TRUE);
  if (item_row && !is_folded (self))
    vb_focus_widget (item_row);
}

/* ------------------------------------------------------------ actions */

static void
set_answer_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (widget);
  const char *uuid = NULL;
  int answer = 0;
  VbRecord *item;

  g_variant_get (param, "(&si)", &uuid, &answer);
  item = lookup_item (self, uuid);
  if (item == NULL || answer < 0 || (guint) answer >= vb_enum_get_n_values (VB_TYPE_ANSWER))
    return;
  record_answer (self, item, (VbAnswer) answer);
}

typedef struct {
  VbResponsesPage *page;
  VbResponse      *response;
} ExceptionData;

static void
exception_data_free (gpointer data)
{
  ExceptionData *d = data;

  g_object_unref (d->page);
  g_object_unref (d->response);
  g_free (d);
}

static void
on_exception_reason_cb (const char *reason,
                        gpointer    user_data)
{
  ExceptionData *d = user_data;
  g_autoptr(GError) error = NULL;

  if (!vb_record_is_live (VB_RECORD (d->response)))
    return;
  if (!vb_response_set_exception_reason (d->response, reason, &error))
    {
      vb_report_error (GTK_WIDGET (d->page), error);
      return;
    }
  vb_show_undo_toast (GTK_WIDGET (d->page), _("Exception accepted"));
}

static void
accept_exception_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (widget);
  VbRecord *item = lookup_item (self, g_variant_get_string (param, NULL));
  VbResponse *response = item ? vb_response_of (item, self->vendor) : NULL;
  ExceptionData *d;
  g_autofree char *heading = NULL;

  if (response == NULL)
    return;
  d = g_new0 (ExceptionData, 1);
  d->page = g_object_ref (self);
  d->response = g_object_ref (response);
  heading = g_strdup_printf (_("Accept “%s” Anyway?"), vb_vendor_get_display_name (self->vendor));
  vb_reason_dialog_present (widget, heading,
                            _("Say why you accept this answer — a clause in the contract, a date by which it will "
                              "be fixed, a risk you take knowingly. The reason is kept with the answer and shown "
                              "beside the vendor’s score."),
                            _("_Accept"), vb_response_get_exception_reason (response),
                            on_exception_reason_cb, d, exception_data_free);
}

static void
withdraw_exception_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *param)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (widget);
  VbRecord *item = lookup_item (self, g_variant_get_string (param, NULL));
  VbResponse *response = item ? vb_response_of (item, self->vendor) : NULL;
  g_autoptr(GError) error = NULL;

  if (response == NULL || vb_str_is_blank (vb_response_get_exception_reason (response)))
    return;
  if (!vb_response_set_exception_reason (response, "", &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, _("Exception withdrawn"));
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_responses_page_show_finding (VbStagePage *page,
                                VbFinding   *finding)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (page);
  VbVendor *vendor = lookup_vendor (self, vb_finding_get_subject (finding));
  GtkListBoxRow *row;

  /* no finalist yet: the vendors are picked on their own page */
  if (vb_str_is_blank (vb_finding_get_subject (finding)))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-stage", "s", vb_stage_get_id (VB_STAGE_VENDORS));
      return;
    }

  if (vendor)
    select_vendor (self, vendor);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
  refresh_navigation (self);
  /* a knock-out or a gap: the list of them, at its first undecided one;
   * a finalist without answers: its first item, ready for the keys */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->issues_list), 0);
  if (vb_finding_get_action (finding) == VB_FINDING_ACTION_SHOW && row)
    {
      for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->issues_list), i)) != NULL; i++)
        if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-open")))
          break;
      vb_focus_widget (GTK_WIDGET (row ? row : gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->issues_list), 0)));
      return;
    }
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->items_list), 0);
  if (row)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (self->items_list), row);
      vb_focus_widget (GTK_WIDGET (row));
    }
  else
    vb_focus_widget (self->vendor_picker);
}

static void
vb_responses_page_set_writable (VbStagePage *page,
                                gboolean     writable)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (page);
  static const char *const actions[] = {
    "responses.set-answer", "responses.accept-exception", "responses.withdraw-exception",
    "responses.import-workbook", "responses.choose-import-workbook",
  };

  self->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (page), actions[i], writable);
  refresh_editor (self);
}

static GtkWidget *
vb_responses_page_get_initial_focus (VbStagePage *page)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (page);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->items_list));

  if (self->vendor == NULL)
    return NULL;
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->items_list), 0);
  return row ? GTK_WIDGET (row) : self->vendor_picker;
}

static gboolean
vb_responses_page_can_navigate_back (VbStagePage *page)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (page);

  return is_folded (self) &&
         adw_leaflet_get_visible_child (ADW_LEAFLET (self->leaflet)) == self->editor_stack;
}

static gboolean
vb_responses_page_navigate_back (VbStagePage *page)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (page);
  GtkWidget *row;

  if (!vb_responses_page_can_navigate_back (page))
    return FALSE;
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  row = self->editor_item ? find_item_row (self, self->editor_item) : NULL;
  vb_focus_widget (row ? row : self->items_list);
  refresh_navigation (self);
  return TRUE;
}

static void
vb_responses_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_responses_page_show_finding;
  iface->set_writable = vb_responses_page_set_writable;
  iface->get_initial_focus = vb_responses_page_get_initial_focus;
  iface->navigate_back = vb_responses_page_navigate_back;
  iface->can_navigate_back = vb_responses_page_can_navigate_back;
}

/* ------------------------------------------------------------ GObject */

static void
on_leaflet_notify_cb (AdwLeaflet      *leaflet,
                      GParamSpec      *pspec,
                      VbResponsesPage *self)
{
  if (!is_folded (self) && adw_leaflet_get_visible_child (leaflet) != self->list_pane)
    adw_leaflet_set_visible_child (leaflet, self->list_pane);
  refresh_navigation (self);
}

static void
on_mapped_cb (GtkWidget       *widget,
              VbResponsesPage *self)
{
  if (self->stale)
    on_project_changed_cb (project_of (self), self);
}

static void
build (VbResponsesPage *self)
{
  VbProject *project = project_of (self);
  GtkEventController *keys;

  self->writable = !vb_context_get_read_only (self->context);
  self->vendors = vb_response_vendors_new (vb_project_get_vendors (project));
  vb_response_vendor_picker_setup (GTK_DROP_DOWN (self->vendor_picker), G_LIST_MODEL (self->vendors));
  g_signal_connect (self->vendor_picker, "notify::selected", G_CALLBACK (on_vendor_selected_cb), self);

  self->items = g_list_store_new (VB_TYPE_RECORD);
  sync_items (self);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->items_list),
                                vb_placeholder_new (NULL, _("Nothing Asked Yet"),
                                                    _("Include requirements in the RFP and choose a security "
                                                      "questionnaire: what you ask the vendors is answered here."),
                                                    NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->items_list), G_LIST_MODEL (self->items),
                           create_item_row_cb, self, NULL);
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->items_list), vb_response_items_header_cb, NULL, NULL);
  g_signal_connect (self->items_list, "row-activated", G_CALLBACK (on_item_activated_cb), self);
  g_signal_connect (self->items_list, "row-selected", G_CALLBACK (on_item_selected_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_items_key_pressed_cb), self);
  gtk_widget_add_controller (self->items_list, keys);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->issues_list),
                                vb_placeholder_new (NULL, _("Nothing to Decide"),
                                                    _("No knock-out, must-have warning or open high-risk question "
                                                      "so far."), NULL, NULL));
  g_signal_connect (self->issues_list, "row-activated", G_CALLBACK (on_issue_activated_cb), self);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_RESPONSES));

  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self, "map", G_CALLBACK (on_mapped_cb), self);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify_cb), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify_cb), self);

  sync_vendors (self);
  select_vendor (self, NULL);
  /* open with the first item shown beside the grid */
  if (self->vendor && g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    {
      g_autoptr(VbRecord) first = g_list_model_get_item (G_LIST_MODEL (self->items), 0);

      show_item (self, first, FALSE);
    }
}

static void
vb_responses_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (object);

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
vb_responses_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (object);

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
vb_responses_page_constructed (GObject *object)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (object);

  G_OBJECT_CLASS (vb_responses_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_responses_page_dispose (GObject *object)
{
  VbResponsesPage *self = VB_RESPONSES_PAGE (object);

  if (self->leaflet)
    g_signal_handlers_disconnect_by_data (self->leaflet, self);
  if (self->vendor_picker)
    g_signal_handlers_disconnect_by_data (self->vendor_picker, self);
  if (self->items_list)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->items_list), NULL, NULL, NULL, NULL);
  self->editor = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_RESPONSES_PAGE);
  g_clear_pointer (&self->scores, vb_vendor_scores_free);
  g_clear_pointer (&self->editor_state, g_free);
  g_clear_pointer (&self->status_key, g_free);
  g_clear_object (&self->editor_item);
  g_clear_object (&self->vendor);
  g_clear_object (&self->items);
  g_clear_object (&self->vendors);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_responses_page_parent_class)->dispose (object);
}

static void
vb_responses_page_class_init (VbResponsesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_responses_page_dispose;
  object_class->constructed = vb_responses_page_constructed;
  object_class->set_property = vb_responses_page_set_property;
  object_class->get_property = vb_responses_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-responses-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, vendor_picker);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, progress_row);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, compliance_row);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, compliance_label);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, issues_list);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, items_list);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, VbResponsesPage, editor_box);

  gtk_widget_class_install_action (widget_class, "responses.set-answer", "(si)", set_answer_action);
  gtk_widget_class_install_action (widget_class, "responses.accept-exception", "s", accept_exception_action);
  gtk_widget_class_install_action (widget_class, "responses.withdraw-exception", "s", withdraw_exception_action);
  vb_workbook_actions_install (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_responses_page_init (VbResponsesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
