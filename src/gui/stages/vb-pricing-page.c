/* vb-pricing-page.c — stage 7: pricing & ROI
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three views under a view switcher: the forecast (vb-forecast-editor.c),
 * the finalists' quotes (vb-quote-editor.c) and the comparison — every
 * quote's annual cost, whole-term cost, cost per contact, first-year
 * saving and what ending early costs, the ±20 % volume / ±10 % handle-time
 * table of the selected vendor, the bar chart of annual cost with the
 * in-house line, and the in-house cost, benefits and transition costs the
 * savings are worked out from. Every figure is the decision model's
 * result, the one `vendorbench-cli pricing` prints; the page computes
 * nothing itself and writes only through the entities' setters.
 */

#define G_LOG_DOMAIN "vb-pricing-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-chart-view.h"
#include "vb-channel-forecast.h"
#include "vb-chart.h"
#include "vb-decision-model.h"
#include "vb-field.h"
#include "vb-forecast-editor.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-pricing-page.h"
#include "vb-project-settings.h"
#include "vb-quote-editor.h"
#include "vb-roi.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"

struct _VbPricingPage
{
  GtkWidget     parent_instance;

  /* template widgets */
  GtkWidget    *layout;
  GtkWidget    *stack;
  GtkWidget    *forecast_box;
  GtkWidget    *forecast_slot;
  GtkWidget    *footer_box;
  GtkWidget    *quotes_slot;
  GtkWidget    *quotes_footer_slot;
  GtkWidget    *comparison_footer_slot;
  GtkWidget    *table_list;
  GtkWidget    *sensitivity_group;
  GtkWidget    *sensitivity_grid;
  GtkWidget    *chart_box;
  GtkWidget    *inhouse_group;
  GtkWidget    *benefits_list;
  GtkWidget    *costs_list;

  /* borrowed */
  GtkWidget    *forecast_editor;
  GtkWidget    *quote_editor;
  GtkWidget    *chart_view;
  GtkWidget    *inhouse_note;

  /* owned */
  VbContext    *context;
  GtkSizeGroup *columns[6];
  char         *selected;     /* uuid of the vendor whose table is shown */
  gboolean      writable;
  gboolean      updating;
};

static void vb_pricing_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbPricingPage, vb_pricing_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_pricing_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

enum {
  COL_VENDOR,
  COL_ANNUAL,
  COL_TERM,
  COL_PER_CONTACT,
  COL_SAVING,
  COL_EXPOSURE,
  N_COLS
};

static VbProject *
project_of (VbPricingPage *self)
{
  return vb_context_get_project (self->context);
}

static VbDecisionModel *
model_of (VbPricingPage *self)
{
  return vb_decision_model_get_for_project (project_of (self));
}

/* The priced result of the model's vendor @v, or NULL without a quote */
static const VbDecisionQuoteResult *
quote_result (VbPricingPage *self,
              guint          v)
{
  VbDecisionModel *model = model_of (self);
  const VbDecisionResult *result = vb_decision_model_get_result (model);
  const VbDecisionInput *input = vb_decision_model_get_input (model);

  for (guint q = 0; q < result->n_quotes; q++)
    if (input->quotes[q].vendor == v && !result->quotes[q].ignored)
      return &result->quotes[q];
  return NULL;
}

static char *
money (VbPricingPage *self,
       double         value)
{
  return vb_format_money (value, vb_project_get_currency (project_of (self)));
}

static void
clear_container (GtkWidget *w)
{
  GtkWidget *child;

  /* GTK 4.8 has no gtk_list_box_remove_all () */
  while ((child = gtk_widget_get_first_child (w)))
    {
      if (GTK_IS_LIST_BOX (w))
        gtk_list_box_remove (GTK_LIST_BOX (w), child);
      else
        gtk_grid_remove (GTK_GRID (w), child);
    }
}

/* ------------------------------------------------------------ the table */

static GtkWidget *
cells_new (VbPricingPage     *self,
           const char *const  texts[N_COLS],
           gboolean           header)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  static const char *const names[N_COLS] = {
    "vendor", "annual-cost", "term-cost", "cost-per-contact", "first-year-saving", "termination-exposure",
  };

  for (guint c = 0; c < N_COLS; c++)
    {
      GtkWidget *label = gtk_label_new (texts[c]);

      gtk_widget_set_name (label, names[c]);
      gtk_label_set_xalign (GTK_LABEL (label), c == COL_VENDOR ? 0 : 1);
      gtk_label_set_wrap (GTK_LABEL (label), header);
      gtk_label_set_ellipsize (GTK_LABEL (label), header ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, c == COL_VENDOR);
      if (c != COL_VENDOR)
        gtk_label_set_width_chars (GTK_LABEL (label), 10);
      gtk_widget_add_css_class (label, header ? "caption-heading" : "numeric");
      gtk_size_group_add_widget (self->columns[c], label);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
add_table_row (VbPricingPage *self,
               guint          v)
{
  VbVendor *vendor = vb_decision_model_get_vendor (model_of (self), v);
  const VbDecisionQuoteResult *q = quote_result (self, v);
  const char *name = vb_vendor_get_display_name (vendor);
  g_autofree char *annual = money (self, q ? q->price.annual_cost : NAN);
  g_autofree char *term = money (self, q ? q->price.term_cost : NAN);
  g_autofree char *per = vb_format_money_rate (q ? q->price.cost_per_contact : NAN,
                                               vb_project_get_currency (project_of (self)));
  g_autofree char *saving = money (self, q && q->has_roi ? q->roi.first_year_saving : NAN);
  g_autofree char *exposure = money (self, q ? q->price.termination_exposure : NAN);
  const char *const texts[N_COLS] = { name, annual, term, per, saving, exposure };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *accessible = NULL;
  const char *note = NULL;

  gtk_box_append (GTK_BOX (box), cells_new (self, texts, FALSE));
  if (q == NULL)
    note = _("No quote yet: enter it under Quotes.");
  else if (!q->complete)
    note = _("Not complete: what is missing is listed under Quotes.");
  if (note)
    {
      GtkWidget *label = gtk_label_new (note);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "vb-vendor", g_strdup (vb_record_get_uuid (VB_RECORD (vendor))), g_free);
  g_object_set_data (G_OBJECT (row), "vb-index", GUINT_TO_POINTER (v));
  /* Translators: a row of the cost table for screen readers */
  accessible = g_strdup_printf (_("%s: %s a year, %s over the whole term, %s a contact, first-year saving %s, "
                                  "ending early costs %s.%s%s"),
                                name, annual, term, per, saving, exposure, note ? " " : "", note ? note : "");
  vb_set_accessible_label (row, accessible);
  gtk_list_box_append (GTK_LIST_BOX (self->table_list), row);
}

static void
update_sensitivity (VbPricingPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->table_list));
  guint v = row ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "vb-index")) : 0;
  const VbDecisionQuoteResult *q = row ? quote_result (self, v) : NULL;
  static const char *const volume[] = { N_("Volume −20 %"), N_("Volume as forecast"), N_("Volume +20 %") };
  static const char *const aht[] = { N_("Handle time −10 %"), N_("As forecast"), N_("Handle time +10 %") };
  g_autofree char *title = NULL;

  clear_container (self->sensitivity_grid);
  if (q == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->sensitivity_group),
                                             row ? _("This vendor has no quote yet.")
                                                 : _("Select a vendor in the table to see its annual cost if the "
                                                     "volume or the handle time turns out different."));
      gtk_widget_set_visible (gtk_widget_get_parent (self->sensitivity_grid), FALSE);
      return;
    }
  title = g_strdup_printf (_("The annual cost of %s if the volume or the handle time turns out different."),
                           vb_vendor_get_display_name (vb_decision_model_get_vendor (model_of (self), v)));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->sensitivity_group), title);
  gtk_widget_set_visible (gtk_widget_get_parent (self->sensitivity_grid), TRUE);
  for (guint c = 0; c < 3; c++)
    {
      GtkWidget *label = gtk_label_new (_(aht[c]));

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (GTK_GRID (self->sensitivity_grid), label, (int) c + 1, 0, 1, 1);
    }
  for (guint r = 0; r < 3; r++)
    {
      GtkWidget *label = gtk_label_new (_(volume[r]));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (GTK_GRID (self->sensitivity_grid), label, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < 3; c++)
        {
          g_autofree char *cost = money (self, q->cost_table[r][c]);
          g_autofree char *accessible = g_strdup_printf ("%s, %s: %s", _(volume[r]), _(aht[c]), cost);
          GtkWidget *cell = gtk_label_new (cost);

          gtk_label_set_xalign (GTK_LABEL (cell), 1);
          gtk_widget_add_css_class (cell, "numeric");
          if (r == 1 && c == 1)
            gtk_widget_add_css_class (cell, "heading");
          g_autofree char *cell_name = g_strdup_printf ("sensitivity-%u-%u", r, c);

          gtk_widget_set_name (cell, cell_name);
          vb_set_accessible_label (cell, accessible);
          gtk_grid_attach (GTK_GRID (self->sensitivity_grid), cell, (int) c + 1, (int) r + 1, 1, 1);
        }
    }
}

static void
update_chart (VbPricingPage *self)
{
  VbDecisionModel *model = model_of (self);
  guint n = vb_decision_model_get_n_vendors (model);
  double in_house = vb_decision_model_get_in_house_cost (model, NULL);
  g_autoptr(VbChart) chart = vb_chart_new (VB_CHART_KIND_BARS, _("Annual cost per vendor"));

  vb_chart_set_unit (chart, VB_CHART_UNIT_MONEY, vb_project_get_currency (project_of (self)));
  for (guint v = 0; v < n; v++)
    {
      const VbDecisionQuoteResult *q = quote_result (self, v);

      if (q == NULL || !isfinite (q->price.annual_cost))
        continue;
      vb_chart_add_bar (chart, vb_vendor_get_display_name (vb_decision_model_get_vendor (model, v)),
                        &q->price.annual_cost, 1, q->complete ? VB_CHART_MARK_NONE : VB_CHART_MARK_INCOMPLETE, NULL);
    }
  if (isfinite (in_house))
    vb_chart_set_reference (chart, _("In-house"), in_house, NULL);
  vb_chart_view_set_chart (VB_CHART_VIEW (self->chart_view), chart);
}

static void
update_in_house (VbPricingPage *self)
{
  gboolean from_tasks = FALSE;
  double in_house = vb_decision_model_get_in_house_cost (model_of (self), &from_tasks);
  g_autofree char *amount = money (self, in_house);
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;

  if (isnan (in_house))
    text = g_strdup (_("Not known yet: enter it above, or give the tasks to outsource their in-house cost on "
                       "Goals & Scope. Without it there are no savings to show."));
  else if (from_tasks)
    /* Translators: %s is an amount a year */
    text = g_strdup_printf (_("%s a year from the task inventory: the tasks to outsource on Goals & Scope. "
                              "Enter a figure above to use your own."), amount);
  else
    text = g_strdup_printf (_("%s a year, as entered above."), amount);
  escaped = g_markup_escape_text (text, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->inhouse_note), escaped);
  {
    g_autofree char *accessible = g_strdup_printf ("%s: %s", _("In-house cost used"), text);

    vb_set_accessible_label (self->inhouse_note, accessible);
  }
}

static void
update_comparison (VbPricingPage *self)
{
  VbDecisionModel *model = model_of (self);
  guint n = vb_decision_model_get_n_vendors (model);
  static const char *const headers[N_COLS] = {
    N_("Vendor"), N_("A year"), N_("Whole term"), N_("Per contact"), N_("First-year saving"), N_("Ending early"),
  };
  const char *texts[N_COLS];
  GtkWidget *header;
  GtkListBoxRow *select = NULL;

  self->updating = TRUE;
  clear_container (self->table_list);
  for (guint c = 0; c < N_COLS; c++)
    texts[c] = _(headers[c]);
  if (n > 0)
    {
      header = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (header), cells_new (self, texts, TRUE));
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (header), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (header), FALSE);
      gtk_widget_set_focusable (header, FALSE);
      vb_set_accessible_label (header, _("Columns: vendor, cost a year, over the whole term, per contact, "
                                         "first-year saving, cost of ending early"));
      gtk_list_box_append (GTK_LIST_BOX (self->table_list), header);
    }
  for (guint v = 0; v < n; v++)
    add_table_row (self, v);
  for (int i = 1; self->selected; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->table_list), i);

      if (row == NULL)
        break;
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "vb-vendor"), self->selected) == 0)
        select = row;
    }
  if (select == NULL && n > 0)
    select = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->table_list), 1);
  gtk_list_box_select_row (GTK_LIST_BOX (self->table_list), select);
  self->updating = FALSE;
  update_sensitivity (self);
  update_chart (self);
  update_in_house (self);
}

static void
on_table_row_selected_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          VbPricingPage *self)
{
  if (self->updating)
    return;
  g_free (self->selected);
  self->selected = row ? g_strdup (g_object_get_data (G_OBJECT (row), "vb-vendor")) : NULL;
  update_sensitivity (self);
}

static void
on_project_changed_cb (VbProject     *project,
                       VbPricingPage *self)
{
  update_comparison (self);
}

/* ------------------------------------------------------------ benefits and costs */

static void
roi_row_update (GtkWidget *row)
{
  VbRecord *record = g_object_get_data (G_OBJECT (row), "vb-record");
  VbPricingPage *self = g_object_get_data (G_OBJECT (row), "vb-page");
  gboolean benefit = VB_IS_ROI_BENEFIT (record);
  const char *description = benefit ? vb_roi_benefit_get_description (VB_ROI_BENEFIT (record))
                                    : vb_roi_cost_get_description (VB_ROI_COST (record));
  double amount = benefit ? vb_roi_benefit_get_annual_amount (VB_ROI_BENEFIT (record))
                          : vb_roi_cost_get_amount (VB_ROI_COST (record));
  const char *untitled = benefit ? _("Untitled benefit") : _("Untitled cost");
  g_autofree char *title = vb_markup_escape (description, untitled);
  g_autofree char *value = money (self, amount);
  g_autofree char *subtitle = benefit ? g_strdup_printf (_("%s a year"), value) : g_strdup_printf (_("%s once"), value);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", vb_str_is_blank (description) ? untitled : description,
                                                 subtitle);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  vb_set_accessible_label (row, accessible);
}

static void
on_roi_notify_cb (VbRecord   *record,
                  GParamSpec *pspec,
                  GtkWidget  *row)
{
  if (vb_record_is_live (record))
    roi_row_update (row);
}

static GtkWidget *
create_roi_row_cb (gpointer item,
                   gpointer user_data)
{
  VbPricingPage *self = user_data;
  VbRecord *record = item;
  gboolean benefit = VB_IS_ROI_BENEFIT (record);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *actions = gtk_list_box_row_new ();
  GtkWidget *remove = gtk_button_new_with_label (_("Remove"));

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-page", self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "description", _("Description"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, benefit ? "annual-amount" : "amount",
                                                    benefit ? _("Amount a year") : _("Amount, once"),
                                                    VB_FIELD_NUMBER, 2));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), benefit ? "pricing.remove-benefit" : "pricing.remove-cost");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (record));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_margin_top (remove, 8);
  gtk_widget_set_margin_bottom (remove, 8);
  gtk_widget_set_margin_end (remove, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions), remove);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions), FALSE);
  gtk_widget_set_focusable (actions, FALSE);
  vb_set_accessible_label (actions, benefit ? _("Remove the benefit") : _("Remove the cost"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);
  roi_row_update (row);
  g_signal_connect_object (record, "notify", G_CALLBACK (on_roi_notify_cb), row, 0);
  return row;
}

static void
open_roi_row (GtkWidget *list,
              gpointer   record)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        {
          GtkWidget *field = vb_field_find (GTK_WIDGET (row), "description");

          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          vb_focus_widget (field ? field : GTK_WIDGET (row));
          return;
        }
    }
}

static void
add_benefit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPricingPage *self = VB_PRICING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRoiBenefit *benefit = vb_project_add_roi_benefit (project_of (self), "", NAN, &error);

  if (benefit == NULL)
    vb_report_error (widget, error);
  else
    open_roi_row (self->benefits_list, benefit);
}

static void
add_cost_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPricingPage *self = VB_PRICING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRoiCost *cost = vb_project_add_transition_cost (project_of (self), "", NAN, &error);

  if (cost == NULL)
    vb_report_error (widget, error);
  else
    open_roi_row (self->costs_list, cost);
}

static void
remove_from (VbPricingPage *self,
             GListModel    *model,
             GtkWidget     *list,
             const char    *uuid,
             const char    *toast)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) record = g_list_model_get_item (model, i);
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (vb_record_get_uuid (record), uuid) != 0)
        continue;
      if (!vb_record_remove (record, &error))
        {
          vb_report_error (GTK_WIDGET (self), error);
          return;
        }
      vb_show_undo_toast (GTK_WIDGET (self), toast);
      vb_focus_widget (list);
      return;
    }
}

static void
remove_benefit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPricingPage *self = VB_PRICING_PAGE (widget);

  remove_from (self, vb_project_get_roi_benefits (project_of (self)), self->benefits_list,
               g_variant_get_string (param, NULL), _("Removed the benefit"));
}

static void
remove_cost_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPricingPage *self = VB_PRICING_PAGE (widget);

  remove_from (self, vb_project_get_transition_costs (project_of (self)), self->costs_list,
               g_variant_get_string (param, NULL), _("Removed the transition cost"));
}

/* Shows the view @param names: "forecast", "quotes" or "comparison" */
static void
show_view_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPricingPage *self = VB_PRICING_PAGE (widget);
  const char *view = g_variant_get_string (param, NULL);

  if (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (self->stack), view))
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), view);
}

/* ------------------------------------------------------------ the footer */

/* The stage footer follows the view shown, at its foot */
static void
on_visible_child_cb (GObject       *stack,
                     GParamSpec    *pspec,
                     VbPricingPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->stack));
  GtkWidget *slot = g_strcmp0 (name, "quotes") == 0 ? self->quotes_footer_slot
                    : g_strcmp0 (name, "comparison") == 0 ? self->comparison_footer_slot : self->forecast_box;

  if (gtk_widget_get_parent (self->footer_box) == slot)
    return;
  g_object_ref (self->footer_box);
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->footer_box)), self->footer_box);
  gtk_box_append (GTK_BOX (slot), self->footer_box);
  g_object_unref (self->footer_box);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_pricing_page_show_finding (VbStagePage *page,
                              VbFinding   *finding)
{
  VbPricingPage *self = VB_PRICING_PAGE (page);
  GType type = vb_finding_get_subject_type (finding);
  const char *subject = vb_finding_get_subject (finding);
  VbProject *project = project_of (self);

  if (type == VB_TYPE_CHANNEL_FORECAST)
    {
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), "forecast");
      if (self->writable && vb_finding_get_action (finding) == VB_FINDING_ACTION_ADD)
        vb_forecast_editor_start_adding (VB_FORECAST_EDITOR (self->forecast_editor));
      else
        vb_focus_widget (vb_forecast_editor_get_initial_focus (VB_FORECAST_EDITOR (self->forecast_editor)));
    }
  else if (type == VB_TYPE_VENDOR_QUOTE)
    {
      VbVendor *vendor = vb_project_find_row (project, subject, VB_TYPE_VENDOR);
      VbVendorQuote *quote = vb_project_find_row (project, subject, VB_TYPE_VENDOR_QUOTE);

      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), "quotes");
      if (vendor && self->writable && vb_finding_get_action (finding) == VB_FINDING_ACTION_ADD)
        vb_quote_editor_add_quote (VB_QUOTE_EDITOR (self->quote_editor), vendor);
      else if (vendor)
        vb_focus_widget (vb_quote_editor_get_section (VB_QUOTE_EDITOR (self->quote_editor), vendor));
      else if (quote)
        vb_quote_editor_focus_field (VB_QUOTE_EDITOR (self->quote_editor), quote, vb_finding_get_field (finding));
    }
  else
    {
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), "comparison");
      vb_focus_widget (self->table_list);
    }
}

static void
vb_pricing_page_set_writable (VbStagePage *page,
                              gboolean     writable)
{
  VbPricingPage *self = VB_PRICING_PAGE (page);
  static const char *const actions[] = {
    "pricing.add-benefit", "pricing.add-cost", "pricing.remove-benefit", "pricing.remove-cost",
  };

  self->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (page), actions[i], writable);
  vb_forecast_editor_set_writable (VB_FORECAST_EDITOR (self->forecast_editor), writable);
  vb_quote_editor_set_writable (VB_QUOTE_EDITOR (self->quote_editor), writable);
}

static GtkWidget *
vb_pricing_page_get_initial_focus (VbStagePage *page)
{
  VbPricingPage *self = VB_PRICING_PAGE (page);
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->stack));
  GtkWidget *focus = NULL;

  if (g_strcmp0 (name, "quotes") == 0)
    focus = vb_quote_editor_get_initial_focus (VB_QUOTE_EDITOR (self->quote_editor));
  else if (g_strcmp0 (name, "comparison") == 0)
    focus = self->table_list;
  else
    focus = vb_forecast_editor_get_initial_focus (VB_FORECAST_EDITOR (self->forecast_editor));
  return focus ? focus : self->stack;
}

static void
vb_pricing_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_pricing_page_show_finding;
  iface->set_writable = vb_pricing_page_set_writable;
  iface->get_initial_focus = vb_pricing_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbPricingPage *self)
{
  VbProject *project = project_of (self);
  VbProjectSettings *settings = vb_project_get_settings (project);
  VbDecisionModel *model = model_of (self);
  g_autofree char *inhouse_title = g_strdup_printf (_("In-house cost a year (%s)"), vb_project_get_currency (project));
  gboolean all_quoted = TRUE;

  self->forecast_editor = vb_forecast_editor_new (self->context);
  gtk_box_append (GTK_BOX (self->forecast_slot), self->forecast_editor);
  self->quote_editor = vb_quote_editor_new (self->context);
  gtk_box_append (GTK_BOX (self->quotes_slot), self->quote_editor);

  self->chart_view = vb_chart_view_new (NULL);
  gtk_widget_set_name (self->chart_view, "cost-chart");
  gtk_box_append (GTK_BOX (self->chart_box), self->chart_view);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->inhouse_group),
                             vb_field_entry_row_new (VB_RECORD (settings), "inhouse-annual-cost", inhouse_title,
                                                     VB_FIELD_NUMBER, 2));
  self->inhouse_note = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->inhouse_note), _("In-house cost used"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->inhouse_note), 0);
  gtk_widget_set_focusable (self->inhouse_note, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->inhouse_note), FALSE);
  gtk_widget_add_css_class (self->inhouse_note, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->inhouse_group), self->inhouse_note);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->benefits_list),
                                vb_placeholder_new (NULL, _("No benefits yet"),
                                                    _("Fewer customers lost, more sales from longer hours …"),
                                                    NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->benefits_list), vb_project_get_roi_benefits (project),
                           create_roi_row_cb, self, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->costs_list),
                                vb_placeholder_new (NULL, _("No transition costs yet"),
                                                    _("Your team’s time to write the knowledge base and train the "
                                                      "vendor …"), NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->costs_list), vb_project_get_transition_costs (project),
                           create_roi_row_cb, self, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->table_list),
                                vb_placeholder_new (NULL, _("No finalists yet"),
                                                    _("Move vendors to the finalists on the Vendors page, then enter "
                                                      "their quotes."), NULL, NULL));
  g_signal_connect (self->table_list, "row-selected", G_CALLBACK (on_table_row_selected_cb), self);

  gtk_box_append (GTK_BOX (self->footer_box), vb_stage_footer_new (vb_context_get_guide (self->context),
                                                                   VB_STAGE_PRICING));
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self->stack, "notify::visible-child", G_CALLBACK (on_visible_child_cb), self);
  update_comparison (self);

  /* where the work is: the forecast first, then the missing quotes, then the comparison */
  for (guint v = 0; v < vb_decision_model_get_n_vendors (model); v++)
    all_quoted = all_quoted && vb_vendor_get_quote (vb_decision_model_get_vendor (model, v)) != NULL;
  if (vb_decision_model_get_input (model)->n_channels == 0)
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), "forecast");
  else if (!all_quoted || vb_decision_model_get_n_vendors (model) == 0)
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), "quotes");
  else
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->stack), "comparison");
  vb_pricing_page_set_writable (VB_STAGE_PAGE (self), !vb_project_get_read_only (project));
}

static void
vb_pricing_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VbPricingPage *self = VB_PRICING_PAGE (object);

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
vb_pricing_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VbPricingPage *self = VB_PRICING_PAGE (object);

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
vb_pricing_page_constructed (GObject *object)
{
  VbPricingPage *self = VB_PRICING_PAGE (object);

  G_OBJECT_CLASS (vb_pricing_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_pricing_page_dispose (GObject *object)
{
  VbPricingPage *self = VB_PRICING_PAGE (object);

  if (self->stack)
    g_signal_handlers_disconnect_by_func (self->stack, on_visible_child_cb, self);
  if (self->table_list)
    g_signal_handlers_disconnect_by_func (self->table_list, on_table_row_selected_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_PRICING_PAGE);
  for (guint c = 0; c < N_COLS; c++)
    g_clear_object (&self->columns[c]);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_pricing_page_parent_class)->dispose (object);
}

static void
vb_pricing_page_finalize (GObject *object)
{
  VbPricingPage *self = VB_PRICING_PAGE (object);

  g_free (self->selected);
  G_OBJECT_CLASS (vb_pricing_page_parent_class)->finalize (object);
}

static void
vb_pricing_page_class_init (VbPricingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_pricing_page_dispose;
  object_class->finalize = vb_pricing_page_finalize;
  object_class->constructed = vb_pricing_page_constructed;
  object_class->set_property = vb_pricing_page_set_property;
  object_class->get_property = vb_pricing_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-pricing-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, layout);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, forecast_box);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, forecast_slot);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, quotes_slot);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, quotes_footer_slot);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, comparison_footer_slot);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, table_list);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, sensitivity_group);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, sensitivity_grid);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, chart_box);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, inhouse_group);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, benefits_list);
  gtk_widget_class_bind_template_child (widget_class, VbPricingPage, costs_list);

  gtk_widget_class_install_action (widget_class, "pricing.add-benefit", NULL, add_benefit_action);
  gtk_widget_class_install_action (widget_class, "pricing.add-cost", NULL, add_cost_action);
  gtk_widget_class_install_action (widget_class, "pricing.remove-benefit", "s", remove_benefit_action);
  gtk_widget_class_install_action (widget_class, "pricing.remove-cost", "s", remove_cost_action);
  gtk_widget_class_install_action (widget_class, "pricing.show-view", "s", show_view_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_pricing_page_init (VbPricingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint c = 0; c < N_COLS; c++)
    self->columns[c] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
}
