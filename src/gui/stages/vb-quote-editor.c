/* vb-quote-editor.c — the finalists' quotes on the Pricing & ROI page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One section per finalist (the decision model's vendors, in its order):
 * the quote's currency, its price lines (each one channel or all, with
 * its model and what that model needs), its one-time fees with the
 * explicit "No one-time fees", its monthly fees and minimums, its term,
 * and what core says is missing to price it. The sections are rebuilt
 * when the finalists, quotes, lines or line models change; the folds the
 * user opened stay open. Every field writes through the entity: one edit.
 */

#define G_LOG_DOMAIN "vb-quote-editor"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-decision-model.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-quote-editor.h"

struct _VbQuoteEditor
{
  GtkWidget   parent_instance;

  /* borrowed: children built in init */
  GtkWidget  *box;
  GtkWidget  *placeholder;
  GtkWidget  *sections;

  /* owned */
  VbContext  *context;
  char       *signature;
  guint       rebuild_id;      /* a rebuild waiting for the main loop */
  gboolean    writable;
};

G_DEFINE_FINAL_TYPE (VbQuoteEditor, vb_quote_editor, GTK_TYPE_WIDGET)

static VbProject *
project_of (VbQuoteEditor *self)
{
  return vb_context_get_project (self->context);
}

static VbDecisionModel *
model_of (VbQuoteEditor *self)
{
  return vb_decision_model_get_for_project (project_of (self));
}

/* The priced result of @vendor's quote, or NULL */
static const VbDecisionQuoteResult *
result_of (VbQuoteEditor *self,
           VbVendor      *vendor)
{
  VbDecisionModel *model = model_of (self);
  const VbDecisionResult *result = vb_decision_model_get_result (model);
  const VbDecisionInput *input = vb_decision_model_get_input (model);
  int v = vb_decision_model_find_vendor (model, vendor);

  for (guint q = 0; v >= 0 && q < result->n_quotes; q++)
    if (input->quotes[q].vendor == (guint) v && !result->quotes[q].ignored)
      return &result->quotes[q];
  return NULL;
}

static GtkWidget *
button_row_new (const char *label,
                const char *action,
                const char *target,
                const char *name,
                const char *accessible)
{
  /* a preferences row: a group puts any other widget below its list */
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_widget_set_name (button, name);
  if (accessible)
    vb_set_accessible_label (button, accessible);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 8);
  gtk_widget_set_margin_bottom (button, 8);
  gtk_widget_set_margin_start (button, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), accessible ? accessible : label);
  vb_set_accessible_label (row, accessible ? accessible : label);
  return row;
}

static GtkWidget *
number_row (gpointer    record,
            const char *property,
            const char *title,
            int         decimals)
{
  return vb_field_entry_row_new (VB_RECORD (record), property, title, VB_FIELD_NUMBER, decimals);
}

static GtkWidget *
fold_new (const char *title,
          const char *key)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* a list row is named for screen readers only when told to (GTK 4.8) */
  if (title)
    vb_set_accessible_label (row, title);
  g_object_set_data_full (G_OBJECT (row), "vb-key", g_strdup (key), g_free);
  return row;
}

/* The first button inside @root, depth first */
static GtkWidget *
first_button (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = GTK_IS_BUTTON (c) ? c : first_button (c);

      if (found)
        return found;
    }
  return NULL;
}

/* ------------------------------------------------------------ lines */

static char *
line_title (VbVendorQuoteLine *line)
{
  return g_strdup_printf ("%s · %s", vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, vb_vendor_quote_line_get_channel (line)),
                          vb_enum_get_label (VB_TYPE_QUOTE_MODEL, vb_vendor_quote_line_get_model (line)));
}

static void
line_row_update (GtkWidget *row)
{
  VbVendorQuoteLine *line = g_object_get_data (G_OBJECT (row), "vb-record");
  VbVendorQuote *quote = vb_vendor_quote_line_get_quote (line);
  g_autofree char *title = line_title (line);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  double rate = vb_vendor_quote_line_get_rate (line);
  const char *currency = quote ? vb_vendor_quote_get_currency (quote) : NULL;
  g_autofree char *money = NULL, *subtitle = NULL;

  if (vb_str_is_blank (currency) && quote)
    currency = vb_project_get_currency (vb_record_get_project (VB_RECORD (quote)));
  money = isnan (rate) ? g_strdup (_("No rate yet")) : vb_format_money_rate (rate, currency);
  subtitle = g_markup_escape_text (money, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  {
    /* Translators: a price line for screen readers, e.g. “Price line: Phone · Per minute, £0.95” */
    g_autofree char *accessible = g_strdup_printf (_("Price line: %s, %s"), title, money);

    vb_set_accessible_label (row, accessible);
  }
}

static void
on_line_notify_cb (VbVendorQuoteLine *line,
                   GParamSpec        *pspec,
                   GtkWidget         *row)
{
  if (vb_record_is_live (VB_RECORD (line)))
    line_row_update (row);
}

static GtkWidget *
line_row_new (VbVendorQuoteLine *line)
{
  VbRecord *record = VB_RECORD (line);
  GtkWidget *row = fold_new (NULL, vb_record_get_uuid (record));
  VbQuoteModel model = vb_vendor_quote_line_get_model (line);

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (line), g_object_unref);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "channel", _("Channels it prices")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "model", _("Pricing model")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            number_row (line, "rate", model == VB_QUOTE_MODEL_BLENDED ? _("Fixed amount a month")
                                                                                      : _("Rate"), 4));
  switch (model)
    {
    case VB_QUOTE_MODEL_PER_HOUR:
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "hour-basis", _("Hours paid for")));
      break;
    case VB_QUOTE_MODEL_PER_MINUTE:
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                vb_field_switch_row_new (record, "acw-billed", _("After-contact work billed"),
                                                         _("The minutes after a call, writing it up, are paid too")));
      break;
    case VB_QUOTE_MODEL_OUTCOME:
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                vb_field_entry_row_new (record, "outcome-unit", _("What is paid for, such as a sale"),
                                                        VB_FIELD_TEXT, 0));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                number_row (line, "outcome-pct", _("Contacts that end in one (%)"), 1));
      break;
    case VB_QUOTE_MODEL_PER_FTE:
    case VB_QUOTE_MODEL_PER_CONTACT:
    case VB_QUOTE_MODEL_BLENDED:
    default:
      break;
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            number_row (line, "surcharge-pct", _("Peak or holiday surcharge (%)"), 1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            number_row (line, "surcharge-share-pct", _("Share of the volume it applies to (%)"), 1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            button_row_new (_("Remove Price Line"), "quote.remove-line", vb_record_get_uuid (record),
                                            "remove-line", NULL));
  line_row_update (row);
  g_signal_connect_object (line, "notify", G_CALLBACK (on_line_notify_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ a quote */

static const char *
fees_state_text (VbFeesState state)
{
  switch (state)
    {
    case VB_FEES_NONE:
      return _("None: the vendor confirmed there are none");
    case VB_FEES_LISTED:
      return _("Listed below");
    case VB_FEES_NOT_ASKED:
    default:
      return _("Not asked yet");
    }
}

static void
section_update (VbQuoteEditor *self,
                GtkWidget     *group)
{
  VbVendor *vendor = g_object_get_data (G_OBJECT (group), "vb-vendor");
  VbVendorQuote *quote = vb_vendor_get_quote (vendor);
  GtkWidget *fees = g_object_get_data (G_OBJECT (group), "vb-fees");
  GtkWidget *missing = g_object_get_data (G_OBJECT (group), "vb-missing");
  const VbDecisionQuoteResult *q = result_of (self, vendor);
  const char *currency = vb_project_get_currency (project_of (self));
  g_autofree char *summary = NULL;

  if (quote == NULL)
    summary = g_strdup (_("No quote yet."));
  else if (q && isfinite (q->price.annual_cost))
    {
      g_autofree char *annual = vb_format_money (q->price.annual_cost, currency);
      /* Translators: a quote's annual cost, e.g. “€41,200 a year” */
      summary = g_strdup_printf (q->complete ? _("%s a year") : _("%s a year, not counting what is missing"), annual);
    }
  else
    summary = g_strdup (_("Not priced yet: see what is missing."));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), summary);
  if (fees && quote)
    {
      g_autofree char *escaped = g_markup_escape_text (fees_state_text (vb_vendor_quote_get_fees_state (quote)), -1);
      g_autofree char *accessible = g_strdup_printf ("%s: %s", _("One-Time Fees"),
                                                     fees_state_text (vb_vendor_quote_get_fees_state (quote)));

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (fees), escaped);
      vb_set_accessible_label (fees, accessible);
    }
  if (missing)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *escaped = NULL;

      for (guint g = 0; q && q->price.gaps && g < q->price.gaps->len; g++)
        {
          const VbPriceGap *gap = g_ptr_array_index (q->price.gaps, g);

          g_string_append_printf (text, "%s%s", text->len ? "\n" : "", gap->message);
        }
      escaped = g_markup_escape_text (text->str, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (missing), escaped);
      gtk_widget_set_visible (missing, text->len > 0);
      if (text->len)
        {
          g_autofree char *accessible = g_strdup_printf (_("What is missing to price it: %s"), text->str);

          vb_set_accessible_label (missing, accessible);
        }
    }
}

static GtkWidget *
section_new (VbQuoteEditor *self,
             VbVendor      *vendor)
{
  GtkWidget *group = adw_preferences_group_new ();
  VbVendorQuote *quote = vb_vendor_get_quote (vendor);
  const char *name = vb_vendor_get_display_name (vendor);
  g_autofree char *escaped = g_markup_escape_text (name, -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  g_object_set_data_full (G_OBJECT (group), "vb-vendor", g_object_ref (vendor), g_object_unref);
  if (quote == NULL)
    {
      g_autofree char *accessible = g_strdup_printf (_("Add the quote of %s"), name);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 button_row_new (_("Add Quote"), "quote.add", vb_record_get_uuid (VB_RECORD (vendor)),
                                                 "add-quote", accessible));
    }
  else
    {
      VbRecord *record = VB_RECORD (quote);
      const char *uuid = vb_record_get_uuid (record);
      GListModel *lines = vb_vendor_quote_get_lines (quote);
      guint n = g_list_model_get_n_items (lines);
      g_autofree char *fees_key = g_strconcat (uuid, ":fees", NULL);
      g_autofree char *monthly_key = g_strconcat (uuid, ":monthly", NULL);
      g_autofree char *term_key = g_strconcat (uuid, ":term", NULL);
      g_autofree char *rate_title = g_strdup_printf (_("One unit of its currency in %s (exchange rate)"),
                                                     vb_project_get_currency (project_of (self)));
      GtkWidget *fees = fold_new (_("One-Time Fees"), fees_key);
      GtkWidget *monthly = fold_new (_("Monthly Fees and Minimums"), monthly_key);
      GtkWidget *term = fold_new (_("Term and Notes"), term_key);
      GtkWidget *missing = adw_action_row_new ();

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vb_field_entry_row_new (record, "currency",
                                                         _("Currency of the quote, such as USD (empty: the project’s)"),
                                                         VB_FIELD_TEXT, 0));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), number_row (quote, "exchange-rate", rate_title, 4));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbVendorQuoteLine) line = g_list_model_get_item (lines, i);

          if (vb_record_is_live (VB_RECORD (line)))
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), line_row_new (line));
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 button_row_new (_("Add Price Line"), "quote.add-line", uuid, "add-line", NULL));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (fees), number_row (quote, "setup-fee", _("Setup fee"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (fees),
                                number_row (quote, "training-per-agent", _("Training, per agent trained"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (fees), number_row (quote, "integration-fee", _("Integration fee"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (fees),
                                button_row_new (_("No One-Time Fees"), "quote.no-fees", uuid, "no-fees",
                                                _("Record that there are no one-time fees")));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), fees);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (monthly),
                                number_row (quote, "fixed-monthly", _("Fixed fee a month"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (monthly),
                                number_row (quote, "monthly-extras", _("Extras a month: licences, connectors"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (monthly),
                                number_row (quote, "minimum-monthly-fee", _("Minimum bill a month"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (monthly),
                                number_row (quote, "minimum-hours", _("Minimum hours a month"), 1));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (monthly),
                                number_row (quote, "minimum-fte", _("Minimum headcount (FTE)"), 1));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), monthly);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (term), number_row (quote, "term-months", _("Term (months)"), 0));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (term),
                                number_row (quote, "termination-fee", _("Fee to end the contract early"), 2));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (term), vb_field_text_area_new (record, "notes", _("Notes")));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), term);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (missing), _("What is missing to price it"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (missing), 0);
      gtk_widget_set_focusable (missing, FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (missing), FALSE);
      gtk_widget_add_css_class (missing, "vb-missing");
      gtk_widget_set_name (missing, "missing");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), missing);
      g_object_set_data (G_OBJECT (group), "vb-fees", fees);
      g_object_set_data (G_OBJECT (group), "vb-missing", missing);
    }
  section_update (self, group);
  return group;
}

/* ------------------------------------------------------------ the list */

static char *
signature_of (VbQuoteEditor *self)
{
  VbDecisionModel *model = model_of (self);
  guint n = vb_decision_model_get_n_vendors (model);
  GString *s = g_string_new (NULL);

  for (guint v = 0; v < n; v++)
    {
      VbVendor *vendor = vb_decision_model_get_vendor (model, v);
      VbVendorQuote *quote = vb_vendor_get_quote (vendor);
      GListModel *lines;
      guint n_lines;

      g_string_append_printf (s, "%s[", vb_record_get_uuid (VB_RECORD (vendor)));
      if (quote == NULL)
        {
          g_string_append (s, "]");
          continue;
        }
      g_string_append (s, vb_record_get_uuid (VB_RECORD (quote)));
      lines = vb_vendor_quote_get_lines (quote);
      n_lines = g_list_model_get_n_items (lines);
      for (guint i = 0; i < n_lines; i++)
        {
          g_autoptr(VbVendorQuoteLine) line = g_list_model_get_item (lines, i);

          if (vb_record_is_live (VB_RECORD (line)))
            g_string_append_printf (s, ",%s:%d", vb_record_get_uuid (VB_RECORD (line)),
                                    vb_vendor_quote_line_get_model (line));
        }
      g_string_append (s, "]");
    }
  return g_string_free (s, FALSE);
}

static void
collect_expanded (GtkWidget  *root,
                  GHashTable *keys)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      const char *key = g_object_get_data (G_OBJECT (c), "vb-key");

      if (key && ADW_IS_EXPANDER_ROW (c) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (c)))
        g_hash_table_add (keys, g_strdup (key));
      collect_expanded (c, keys);
    }
}

static void
restore_expanded (GtkWidget  *root,
                  GHashTable *keys)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      const char *key = g_object_get_data (G_OBJECT (c), "vb-key");

      if (key && ADW_IS_EXPANDER_ROW (c) && g_hash_table_contains (keys, key))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (c), TRUE);
      restore_expanded (c, keys);
    }
}

static void
rebuild (VbQuoteEditor *self)
{
  VbDecisionModel *model = model_of (self);
  guint n = vb_decision_model_get_n_vendors (model);
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;

  collect_expanded (self->sections, expanded);
  while ((child = gtk_widget_get_first_child (self->sections)))
    gtk_box_remove (GTK_BOX (self->sections), child);
  for (guint v = 0; v < n; v++)
    gtk_box_append (GTK_BOX (self->sections), section_new (self, vb_decision_model_get_vendor (model, v)));
  restore_expanded (self->sections, expanded);
  gtk_widget_set_visible (self->placeholder, n == 0);
}

static void
refresh (VbQuoteEditor *self)
{
  g_autofree char *signature = signature_of (self);

  if (g_strcmp0 (signature, self->signature) != 0)
    {
      g_free (self->signature);
      self->signature = g_steal_pointer (&signature);
      rebuild (self);
      return;
    }
  for (GtkWidget *g = gtk_widget_get_first_child (self->sections); g; g = gtk_widget_get_next_sibling (g))
    section_update (self, g);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  VbQuoteEditor *self = data;

  self->rebuild_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A change of the sections' shape (a channel, a model) is often made by a
 * field of the sections themselves, from inside its own signal: the
 * sections are rebuilt once that has returned, the figures at once */
static void
on_project_changed_cb (VbProject *project,
                       VbQuoteEditor *self)
{
  g_autofree char *signature = signature_of (self);

  if (g_strcmp0 (signature, self->signature) == 0)
    refresh (self);
  else if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

/* ------------------------------------------------------------ actions */

static void
add_quote_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  VbQuoteEditor *self = VB_QUOTE_EDITOR (widget);
  VbVendor *vendor = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_VENDOR);

  if (vendor)
    vb_quote_editor_add_quote (self, vendor);
}

static void
add_line_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  VbQuoteEditor *self = VB_QUOTE_EDITOR (widget);
  VbVendorQuote *quote = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_VENDOR_QUOTE);
  g_autoptr(GError) error = NULL;
  VbVendorQuoteLine *line = NULL;
  guint n = vb_enum_get_n_values (VB_TYPE_CHANNEL_SCOPE);

  if (quote == NULL)
    return;
  /* all channels first, then the first channel no line prices yet */
  for (guint i = 0; i < n && line == NULL; i++)
    {
      g_clear_error (&error);
      line = vb_vendor_quote_add_line (quote, vb_enum_get_value (VB_TYPE_CHANNEL_SCOPE, i),
                                       VB_QUOTE_MODEL_PER_CONTACT, NAN, &error);
    }
  if (line == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  vb_quote_editor_focus_field (self, quote, NULL);
}

static void
remove_line_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbQuoteEditor *self = VB_QUOTE_EDITOR (widget);
  VbVendorQuoteLine *line = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                                 VB_TYPE_VENDOR_QUOTE_LINE);
  g_autoptr(GError) error = NULL;

  if (line == NULL)
    return;
  if (!vb_record_remove (VB_RECORD (line), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, _("Removed the price line"));
  refresh (self);
}

static void
no_fees_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VbQuoteEditor *self = VB_QUOTE_EDITOR (widget);
  VbVendorQuote *quote = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_VENDOR_QUOTE);
  g_autoptr(GError) error = NULL;

  if (quote && !vb_vendor_quote_set_no_fees (quote, &error))
    vb_report_error (widget, error);
}

/* ------------------------------------------------------------ GObject */

static void
vb_quote_editor_dispose (GObject *object)
{
  VbQuoteEditor *self = VB_QUOTE_EDITOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_quote_editor_parent_class)->dispose (object);
}

static void
vb_quote_editor_finalize (GObject *object)
{
  VbQuoteEditor *self = VB_QUOTE_EDITOR (object);

  g_free (self->signature);
  G_OBJECT_CLASS (vb_quote_editor_parent_class)->finalize (object);
}

static void
vb_quote_editor_class_init (VbQuoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_quote_editor_dispose;
  object_class->finalize = vb_quote_editor_finalize;
  gtk_widget_class_install_action (widget_class, "quote.add", "s", add_quote_action);
  gtk_widget_class_install_action (widget_class, "quote.add-line", "s", add_line_action);
  gtk_widget_class_install_action (widget_class, "quote.remove-line", "s", remove_line_action);
  gtk_widget_class_install_action (widget_class, "quote.no-fees", "s", no_fees_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_quote_editor_init (VbQuoteEditor *self)
{
  self->writable = TRUE;
}

/* ------------------------------------------------------------ public */

GtkWidget *
vb_quote_editor_new (VbContext *context)
{
  VbQuoteEditor *self;
  GtkWidget *header = adw_preferences_group_new ();

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);
  self = g_object_new (VB_TYPE_QUOTE_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (header), _("Quotes of the Finalists"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (header),
                                         _("Enter each quote as the vendor priced it: every model is priced on the "
                                           "same forecast, so the totals compare."));
  self->placeholder = vb_placeholder_new (NULL, _("No finalists yet"),
                                          _("Move the vendors you are considering to the finalists on the Vendors "
                                            "page; their quotes are entered here."),
                                          NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (header), self->placeholder);
  gtk_box_append (GTK_BOX (self->box), header);
  self->sections = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_box_append (GTK_BOX (self->box), self->sections);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  g_signal_connect_object (project_of (self), "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  refresh (self);
  vb_quote_editor_set_writable (self, !vb_project_get_read_only (project_of (self)));
  return GTK_WIDGET (self);
}

void
vb_quote_editor_set_writable (VbQuoteEditor *self,
                              gboolean       writable)
{
  static const char *const actions[] = { "quote.add", "quote.add-line", "quote.remove-line", "quote.no-fees" };

  g_return_if_fail (VB_IS_QUOTE_EDITOR (self));
  self->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], writable);
}

GtkWidget *
vb_quote_editor_get_section (VbQuoteEditor *self,
                             VbVendor      *vendor)
{
  g_return_val_if_fail (VB_IS_QUOTE_EDITOR (self), NULL);
  refresh (self);
  for (GtkWidget *g = gtk_widget_get_first_child (self->sections); g; g = gtk_widget_get_next_sibling (g))
    if (g_object_get_data (G_OBJECT (g), "vb-vendor") == (gpointer) vendor)
      return g;
  return NULL;
}

void
vb_quote_editor_focus_field (VbQuoteEditor *self,
                             VbVendorQuote *quote,
                             const char    *property)
{
  GtkWidget *section, *field;

  g_return_if_fail (VB_IS_QUOTE_EDITOR (self));
  section = vb_quote_editor_get_section (self, vb_vendor_quote_get_vendor (quote));
  if (section == NULL)
    return;
  field = property ? vb_field_find (section, property) : NULL;
  if (field == NULL)
    {
      /* the last price line, opened at its rate: where a new line is filled in */
      GtkWidget *last = NULL;

      for (GtkWidget *w = section; w; )
        {
          if (ADW_IS_EXPANDER_ROW (w) && VB_IS_VENDOR_QUOTE_LINE (g_object_get_data (G_OBJECT (w), "vb-record")))
            last = w;
          if (gtk_widget_get_first_child (w))
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w && w != section && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = (w && w != section) ? gtk_widget_get_next_sibling (w) : NULL;
            }
        }
      field = last ? vb_field_find (last, "rate") : vb_field_find (section, "currency");
    }
  for (GtkWidget *w = field; w && w != section; w = gtk_widget_get_parent (w))
    if (ADW_IS_EXPANDER_ROW (w))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
  vb_focus_widget (field ? field : section);
}

void
vb_quote_editor_add_quote (VbQuoteEditor *self,
                           VbVendor      *vendor)
{
  g_autoptr(GError) error = NULL;
  VbVendorQuote *quote;

  g_return_if_fail (VB_IS_QUOTE_EDITOR (self));
  quote = vb_vendor_get_quote (vendor);
  if (quote == NULL && (quote = vb_vendor_add_quote (vendor, &error)) == NULL)
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  refresh (self);
  vb_quote_editor_focus_field (self, quote, "currency");
}

GtkWidget *
vb_quote_editor_get_initial_focus (VbQuoteEditor *self)
{
  g_return_val_if_fail (VB_IS_QUOTE_EDITOR (self), NULL);
  for (GtkWidget *g = gtk_widget_get_first_child (self->sections); g; g = gtk_widget_get_next_sibling (g))
    {
      GtkWidget *first = vb_field_find (g, "currency");

      /* a finalist without a quote: its Add Quote button */
      return first ? first : first_button (g);
    }
  return NULL;
}
