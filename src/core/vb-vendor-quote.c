/* vb-vendor-quote.c — a vendor's quote and its price lines
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules: a one-time fee is empty (not asked) or an amount (0: none);
 * "no one-time fees" writes the three as 0 in one edit. Two lines of one
 * quote that charge by volume or time cannot price the same scope (two
 * rates for email would be ambiguous); a fixed (blended) line may sit
 * beside them.
 */

#define G_LOG_DOMAIN "vb-quote"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-entity-private.h"
#include "vb-vendor-quote.h"

struct _VbVendorQuote
{
  VbRecord parent_instance;
};

struct _VbVendorQuoteLine
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbVendorQuote, vb_vendor_quote, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbVendorQuoteLine, vb_vendor_quote_line, VB_TYPE_RECORD)

static guint col_vendor, col_currency, col_rate, col_fixed, col_setup, col_training, col_integration, col_extras,
             col_min_fee, col_min_hours, col_min_fte, col_term, col_termination, col_notes;
static guint col_l_quote, col_l_channel, col_l_model, col_l_rate, col_l_basis, col_l_acw, col_l_unit,
             col_l_surcharge, col_l_share, col_l_outcome;

#define R(self) VB_RECORD (self)

static void
vb_vendor_quote_class_init (VbVendorQuoteClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "quote");
  col_vendor = vb_record_class_column (record_class, "vendor_id");
  col_currency = vb_record_class_column (record_class, "currency");
  col_rate = vb_record_class_column (record_class, "exchange_rate");
  col_fixed = vb_record_class_column (record_class, "fixed_monthly");
  col_setup = vb_record_class_column (record_class, "setup_fee");
  col_training = vb_record_class_column (record_class, "training_per_agent");
  col_integration = vb_record_class_column (record_class, "integration_fee");
  col_extras = vb_record_class_column (record_class, "monthly_extras");
  col_min_fee = vb_record_class_column (record_class, "minimum_monthly_fee");
  col_min_hours = vb_record_class_column (record_class, "minimum_hours");
  col_min_fte = vb_record_class_column (record_class, "minimum_fte");
  col_term = vb_record_class_column (record_class, "term_months");
  col_termination = vb_record_class_column (record_class, "termination_fee");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_vendor_quote_init (VbVendorQuote *self)
{
}

/* Another variable line of the same quote on @scope */
static VbVendorQuoteLine *
clashing_line (VbVendorQuoteLine *self,
               VbChannelScope     scope,
               VbQuoteModel       model)
{
  VbVendorQuote *quote = vb_vendor_quote_line_get_quote (self);
  GListModel *lines;
  guint n;

  if (quote == NULL || model == VB_QUOTE_MODEL_BLENDED)
    return NULL;
  lines = vb_vendor_quote_get_lines (quote);
  n = g_list_model_get_n_items (lines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendorQuoteLine) other = g_list_model_get_item (lines, i);

      if (other != self && vb_record_is_live (R (other)) &&
          vb_vendor_quote_line_get_channel (other) == scope &&
          vb_vendor_quote_line_get_model (other) != VB_QUOTE_MODEL_BLENDED)
        return other;
    }
  return NULL;
}

static gboolean
refuse_clash (VbVendorQuoteLine  *self,
              VbChannelScope      scope,
              VbQuoteModel        model,
              GError            **error)
{
  if (clashing_line (self, scope, model) == NULL)
    return TRUE;
  if (scope == VB_CHANNEL_SCOPE_ALL)
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                 _("This quote already has a price for all channels: change that line, or make this one for a single channel."));
  else
    g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                 _("This quote already has a price for %s: change that line instead."),
                 vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, scope));
  return FALSE;
}

static gboolean
vb_vendor_quote_line_set_column (VbRecord      *record,
                                 guint          column,
                                 const GValue  *value,
                                 GError       **error)
{
  VbVendorQuoteLine *self = VB_VENDOR_QUOTE_LINE (record);

  if (column == col_l_channel)
    return vb_vendor_quote_line_set_channel (self, g_value_get_enum (value), error);
  if (column == col_l_model)
    return vb_vendor_quote_line_set_model (self, g_value_get_enum (value), error);
  return VB_RECORD_CLASS (vb_vendor_quote_line_parent_class)->set_column (record, column, value, error);
}

static void
vb_vendor_quote_line_class_init (VbVendorQuoteLineClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_vendor_quote_line_set_column;
  vb_record_class_bind_table (record_class, "quote_line");
  col_l_quote = vb_record_class_column (record_class, "quote_id");
  col_l_channel = vb_record_class_column (record_class, "channel");
  col_l_model = vb_record_class_column (record_class, "model");
  col_l_rate = vb_record_class_column (record_class, "rate");
  col_l_basis = vb_record_class_column (record_class, "hour_basis");
  col_l_acw = vb_record_class_column (record_class, "acw_billed");
  col_l_unit = vb_record_class_column (record_class, "outcome_unit");
  col_l_outcome = vb_record_class_column (record_class, "outcome_pct");
  col_l_surcharge = vb_record_class_column (record_class, "surcharge_pct");
  col_l_share = vb_record_class_column (record_class, "surcharge_share_pct");
}

static void
vb_vendor_quote_line_init (VbVendorQuoteLine *self)
{
}

/* Returns: (transfer none) (nullable) */
VbVendor *
vb_vendor_quote_get_vendor (VbVendorQuote *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_VENDOR_QUOTE (self), NULL);
  r = vb_entity_ref_at (R (self), col_vendor);
  return r ? VB_VENDOR (r) : NULL;
}

#define Q_TEXT(name, col) VB_ENTITY_TEXT (vb_vendor_quote, VbVendorQuote, VB_IS_VENDOR_QUOTE, name, col)
#define Q_REAL(name, col) VB_ENTITY_REAL (vb_vendor_quote, VbVendorQuote, VB_IS_VENDOR_QUOTE, name, col)

Q_TEXT (currency, col_currency)
Q_TEXT (notes, col_notes)
Q_REAL (exchange_rate, col_rate)
Q_REAL (fixed_monthly, col_fixed)
Q_REAL (setup_fee, col_setup)
Q_REAL (training_per_agent, col_training)
Q_REAL (integration_fee, col_integration)
Q_REAL (monthly_extras, col_extras)
Q_REAL (minimum_monthly_fee, col_min_fee)
Q_REAL (minimum_hours, col_min_hours)
Q_REAL (minimum_fte, col_min_fte)
Q_REAL (termination_fee, col_termination)
VB_ENTITY_INT_OPT (vb_vendor_quote, VbVendorQuote, VB_IS_VENDOR_QUOTE, term_months, col_term)

VbFeesState
vb_vendor_quote_get_fees_state (VbVendorQuote *self)
{
  double fees[3];
  gboolean any = FALSE, all_zero = TRUE;

  g_return_val_if_fail (VB_IS_VENDOR_QUOTE (self), VB_FEES_NOT_ASKED);
  fees[0] = vb_vendor_quote_get_setup_fee (self);
  fees[1] = vb_vendor_quote_get_training_per_agent (self);
  fees[2] = vb_vendor_quote_get_integration_fee (self);
  for (guint i = 0; i < G_N_ELEMENTS (fees); i++)
    {
      any |= !isnan (fees[i]);
      all_zero &= !isnan (fees[i]) && fees[i] == 0;
    }
  if (!any)
    return VB_FEES_NOT_ASKED;
  return all_zero ? VB_FEES_NONE : VB_FEES_LISTED;
}

gboolean
vb_vendor_quote_set_no_fees (VbVendorQuote  *self,
                             GError        **error)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_VENDOR_QUOTE (self), FALSE);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This quote is no longer in the project."));
      return FALSE;
    }
  /* Translators: an undo step */
  vb_project_begin_edit (project, _("Record that the quote has no one-time fees"));
  if (!vb_record_write_real_at (R (self), col_setup, 0, error) ||
      !vb_record_write_real_at (R (self), col_training, 0, error) ||
      !vb_record_write_real_at (R (self), col_integration, 0, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/**
 * vb_vendor_quote_get_lines:
 *
 * Returns: (transfer none): the quote's price lines in their order
 *   (VbVendorQuoteLine), following every commit
 */
GListModel *
vb_vendor_quote_get_lines (VbVendorQuote *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_VENDOR_QUOTE (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_VENDOR_QUOTE_LINE);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "quote_line", "quote_id", R (self));
}

/* Returns: (transfer none) (nullable) */
VbVendorQuoteLine *
vb_vendor_quote_add_line (VbVendorQuote   *self,
                          VbChannelScope   scope,
                          VbQuoteModel     model,
                          double           rate,
                          GError         **error)
{
  VbProject *project;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_VENDOR_QUOTE (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This quote is no longer in the project."));
      return NULL;
    }
  vb_project_begin_edit (project, NULL);
  row = vb_project_add_child (project, "quote_line", "quote_id", R (self), error);
  /* the model first: the new row's default scope is "all channels" */
  if (row == NULL ||
      !vb_record_write_enum_at (row, col_l_model, VB_QUOTE_MODEL_BLENDED, error) ||
      !vb_record_write_enum_at (row, col_l_channel, scope, error) ||
      !refuse_clash (VB_VENDOR_QUOTE_LINE (row), scope, model, error) ||
      !vb_record_write_enum_at (row, col_l_model, model, error) ||
      !vb_record_write_real_at (row, col_l_rate, rate, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  if (!vb_project_end_edit (project, error))
    return NULL;
  return VB_VENDOR_QUOTE_LINE (row);
}

/* Returns: (transfer none) (nullable) */
VbVendorQuote *
vb_vendor_quote_line_get_quote (VbVendorQuoteLine *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_VENDOR_QUOTE_LINE (self), NULL);
  r = vb_entity_ref_at (R (self), col_l_quote);
  return r ? VB_VENDOR_QUOTE (r) : NULL;
}

#define L_ENUM(T, name, col) VB_ENTITY_ENUM (vb_vendor_quote_line, VbVendorQuoteLine, VB_IS_VENDOR_QUOTE_LINE, T, name, col)
#define L_REAL(name, col) VB_ENTITY_REAL (vb_vendor_quote_line, VbVendorQuoteLine, VB_IS_VENDOR_QUOTE_LINE, name, col)

VbChannelScope
vb_vendor_quote_line_get_channel (VbVendorQuoteLine *self)
{
  g_return_val_if_fail (VB_IS_VENDOR_QUOTE_LINE (self), VB_CHANNEL_SCOPE_ALL);
  return (VbChannelScope) vb_record_enum_at (R (self), col_l_channel);
}

VbQuoteModel
vb_vendor_quote_line_get_model (VbVendorQuoteLine *self)
{
  g_return_val_if_fail (VB_IS_VENDOR_QUOTE_LINE (self), VB_QUOTE_MODEL_PER_FTE);
  return (VbQuoteModel) vb_record_enum_at (R (self), col_l_model);
}

gboolean
vb_vendor_quote_line_set_channel (VbVendorQuoteLine  *self,
                                  VbChannelScope      scope,
                                  GError            **error)
{
  g_return_val_if_fail (VB_IS_VENDOR_QUOTE_LINE (self), FALSE);
  return refuse_clash (self, scope, vb_vendor_quote_line_get_model (self), error) &&
         vb_record_write_enum_at (R (self), col_l_channel, scope, error);
}

gboolean
vb_vendor_quote_line_set_model (VbVendorQuoteLine  *self,
                                VbQuoteModel        model,
                                GError            **error)
{
  g_return_val_if_fail (VB_IS_VENDOR_QUOTE_LINE (self), FALSE);
  return refuse_clash (self, vb_vendor_quote_line_get_channel (self), model, error) &&
         vb_record_write_enum_at (R (self), col_l_model, model, error);
}
L_ENUM (VbHourBasis, hour_basis, col_l_basis)
L_REAL (rate, col_l_rate)
L_REAL (surcharge_pct, col_l_surcharge)
L_REAL (outcome_pct, col_l_outcome)
L_REAL (surcharge_share_pct, col_l_share)
VB_ENTITY_BOOL (vb_vendor_quote_line, VbVendorQuoteLine, VB_IS_VENDOR_QUOTE_LINE, acw_billed, col_l_acw)
VB_ENTITY_TEXT (vb_vendor_quote_line, VbVendorQuoteLine, VB_IS_VENDOR_QUOTE_LINE, outcome_unit, col_l_unit)

/* VB_CHANNEL_SCOPE_ALL covers every channel; the others their own
 * (VbChannelScope is VbChannel shifted by one) */
gboolean
vb_channel_scope_covers (VbChannelScope scope,
                         VbChannel      channel)
{
  return scope == VB_CHANNEL_SCOPE_ALL || (int) scope == (int) channel + 1;
}

/* Returns: (transfer none): every quote of the project (VbVendorQuote) */
GListModel *
vb_project_get_quotes (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "quote");
}

VbVendorQuote *
vb_vendor_get_quote (VbVendor *vendor)
{
  VbProject *project;
  GListModel *quotes;
  guint n;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  project = vb_record_get_project (R (vendor));
  if (project == NULL)
    return NULL;
  quotes = vb_project_get_children (project, "quote", "vendor_id", R (vendor));
  n = g_list_model_get_n_items (quotes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendorQuote) quote = g_list_model_get_item (quotes, i);

      if (vb_record_is_live (R (quote)))
        return quote;
    }
  return NULL;
}

/* Returns: (transfer none) (nullable) */
VbVendorQuote *
vb_vendor_add_quote (VbVendor  *vendor,
                     GError   **error)
{
  VbProject *project;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  project = vb_record_get_project (R (vendor));
  if (project == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This vendor is no longer in the project."));
      return NULL;
    }
  row = vb_project_add_child (project, "quote", "vendor_id", R (vendor), error);
  return row ? VB_VENDOR_QUOTE (row) : NULL;
}
