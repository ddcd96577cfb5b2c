/* vb-pricing.c — a quote on the one forecast, and the return against in-house
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every quote is priced on the same staffed forecast (vb-staffing.c), so
 * the quotes compare however each vendor prices. The rules, in the order
 * they apply (docs/staffing-model.md, "Pricing"):
 *  - a line for one channel replaces a line for all channels on that
 *    channel; fixed (blended) lines always add their amount;
 *  - per FTE: paid FTE × rate; per hour: logged-in or productive hours ×
 *    rate; per minute: contacts × minutes billed × rate; per contact:
 *    contacts × rate; per outcome: contacts × share ending in one × rate;
 *  - the surcharge adds its percent to the variable charges of the share
 *    of the volume it applies to; then the minimum hours of the per-hour
 *    lines and the minimum headcount of the per-FTE lines (bill the
 *    larger, at those lines' average rate); then the monthly minimum
 *    (bill the larger); then the exchange rate;
 *  - one-time fees count in full in the first year and are spread over
 *    the term for the whole-term figures.
 * Nothing unknown is taken as zero: it is listed as a gap and the figures
 * that need it are NAN.
 */

#define G_LOG_DOMAIN "vb-pricing"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-pricing.h"

static gboolean
known (double value)
{
  return !isnan (value);
}

static void
gap_free (gpointer data)
{
  VbPriceGap *gap = data;

  g_free (gap->message);
  g_free (gap);
}

static gboolean
has_gap (GPtrArray      *gaps,
         VbPriceGapKind  kind,
         int             line,
         VbChannel       channel)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      VbPriceGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == kind && gap->line == line && gap->channel == channel)
        return TRUE;
    }
  return FALSE;
}

G_GNUC_PRINTF (5, 6)
static void
add_gap (GPtrArray      *gaps,
         VbPriceGapKind  kind,
         int             line,
         VbChannel       channel,
         const char     *format,
         ...)
{
  VbPriceGap *gap;
  va_list args;

  if (has_gap (gaps, kind, line, channel))
    return;
  gap = g_new0 (VbPriceGap, 1);
  gap->kind = kind;
  gap->line = line;
  gap->channel = channel;
  va_start (args, format);
  gap->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (gaps, gap);
}

static const char *
channel_label (VbChannel channel)
{
  return vb_enum_get_label (VB_TYPE_CHANNEL, channel);
}

static const char *
line_scope (const VbQuoteLine *line)
{
  return line->all_channels ? _("all channels") : channel_label (line->channel);
}

static gboolean
line_covers (const VbQuoteLine *line,
             VbChannel          channel)
{
  return line->all_channels || line->channel == channel;
}

static gboolean
is_fixed (const VbQuoteLine *line)
{
  return line->model == VB_QUOTE_MODEL_BLENDED;
}

/* Whether `line` charges for `channel`: a variable line for the channel
 * itself wins over one for all channels */
static gboolean
line_charges (const VbQuote     *quote,
              guint              index,
              VbChannel          channel)
{
  const VbQuoteLine *line = &quote->lines[index];

  if (is_fixed (line) || !line_covers (line, channel))
    return FALSE;
  if (!line->all_channels)
    return TRUE;
  for (guint j = 0; j < quote->n_lines; j++)
    if (!is_fixed (&quote->lines[j]) && !quote->lines[j].all_channels &&
        quote->lines[j].channel == channel)
      return FALSE;
  return TRUE;
}

/* One variable line on one channel for one month, in the quote's
 * currency; NAN with a gap when it cannot be priced */
static double
charge (const VbQuote                 *quote,
        guint                          index,
        const VbForecastChannel       *channel,
        const VbStaffingChannelResult *staffing,
        gboolean                       staffed,
        guint                          m,
        GPtrArray                     *gaps)
{
  const VbQuoteLine *line = &quote->lines[index];
  const char *name = channel_label (channel->channel);
  double volume = channel->volume[m];
  double seconds;

  if (!known (line->rate))
    {
      add_gap (gaps, VB_PRICE_GAP_NO_RATE, (int) index, line->channel,
               /* Translators: the first %s is a pricing model ("Per hour"), the second a channel or "all channels" */
               _("The line “%s” for %s has no rate."),
               vb_enum_get_label (VB_TYPE_QUOTE_MODEL, line->model), line_scope (line));
      return NAN;
    }

  switch (line->model)
    {
    case VB_QUOTE_MODEL_PER_FTE:
    case VB_QUOTE_MODEL_PER_HOUR:
      if (!staffed)
        {
          add_gap (gaps, VB_PRICE_GAP_NO_STAFFING, (int) index, channel->channel,
                   _("The forecast for %s is not complete, so the number of agents it needs is not known."),
                   name);
          return NAN;
        }
      if (line->model == VB_QUOTE_MODEL_PER_FTE)
        return staffing->months[m].fte * line->rate;
      if (line->hour_basis == VB_HOUR_BASIS_PRODUCTIVE)
        return staffing->months[m].handle_hours * line->rate;
      return staffing->months[m].logged_in_hours * line->rate;

    case VB_QUOTE_MODEL_PER_MINUTE:
      if (volume == 0)
        return 0;
      seconds = channel->aht_seconds;
      if (!known (seconds))
        {
          add_gap (gaps, VB_PRICE_GAP_NO_STAFFING, (int) index, channel->channel,
                   _("The average handle time of %s is not known."), name);
          return NAN;
        }
      if (!line->acw_billed)
        {
          if (!known (channel->acw_seconds))
            {
              add_gap (gaps, VB_PRICE_GAP_NO_ACW, (int) index, channel->channel,
                       _("This quote does not bill the work after a contact, and how long that work takes on %s is not known."),
                       name);
              return NAN;
            }
          seconds = MAX (0, seconds - channel->acw_seconds);
        }
      return volume * seconds / 60.0 * line->rate;

    case VB_QUOTE_MODEL_PER_CONTACT:
      return volume * line->rate;

    case VB_QUOTE_MODEL_OUTCOME:
      if (volume == 0)
        return 0;
      if (!known (line->outcome_pct))
        {
          add_gap (gaps, VB_PRICE_GAP_NO_OUTCOME_SHARE, (int) index, channel->channel,
                   /* Translators: the first %s is a channel, the second what the vendor is paid for ("sale") */
                   _("How many contacts on %s end in a paid outcome (%s) is not known."),
                   name, line->outcome_unit && *line->outcome_unit ? line->outcome_unit : _("outcome"));
          return NAN;
        }
      return volume * line->outcome_pct / 100.0 * line->rate;

    case VB_QUOTE_MODEL_BLENDED:
      g_assert_not_reached ();
    default:
      break;
    }
  g_return_val_if_reached (NAN);
}

/* The agents a per-agent fee trains: the most people on the forecast's
 * payroll in any month, rounded up */
static double
agents_to_train (const VbStaffingChannelResult *staffing,
                 const gboolean                *staffed,
                 guint                          n_channels)
{
  double most = 0;

  for (guint m = 0; m < 12; m++)
    {
      double fte = 0;

      for (guint i = 0; i < n_channels; i++)
        if (staffed == NULL || staffed[i])
          fte += staffing[i].months[m].fte;
      most = MAX (most, fte);
    }
  return ceil (most - 1e-9);
}

static double
one_time_fees (const VbQuote                 *quote,
               const VbStaffingChannelResult *staffing,
               const gboolean                *staffed,
               guint                          n_channels,
               GPtrArray                     *gaps)
{
  double total = 0;

  switch (quote->fees_state)
    {
    case VB_FEES_NOT_ASKED:
      add_gap (gaps, VB_PRICE_GAP_FEES_NOT_ASKED, -1, 0,
               _("The one-time fees (setup, training, integration) have not been asked yet: ask the vendor, even if the answer is none."));
      return NAN;
    case VB_FEES_NONE:
      return 0;
    case VB_FEES_LISTED:
    default:
      break;
    }

  for (guint i = 0; i < quote->n_fees; i++)
    {
      const VbOneTimeFee *fee = &quote->fees[i];

      if (!known (fee->amount))
        {
          add_gap (gaps, VB_PRICE_GAP_FEE_AMOUNT, (int) i, 0,
                   _("The amount of the one-time fee “%s” is not known."),
                   fee->name && *fee->name ? fee->name : _("fee"));
          total = NAN;
          continue;
        }
      if (fee->per_agent)
        {
          for (guint c = 0; staffed && c < n_channels; c++)
            if (!staffed[c])
              {
                add_gap (gaps, VB_PRICE_GAP_NO_STAFFING, -1, staffing[c].channel,
                         _("The forecast for %s is not complete, so the number of agents to train is not known."),
                         channel_label (staffing[c].channel));
                total = NAN;
              }
          total += fee->amount * agents_to_train (staffing, staffed, n_channels);
        }
      else
        total += fee->amount;
    }
  return total;
}

/* What one variable line bills of the minimum hours (per hour) or the
 * minimum headcount (per FTE) in month m: the hours or FTE it is paid on */
static double
billed_quantity (const VbQuoteLine             *line,
                 const VbStaffingChannelResult *staffing,
                 guint                          m)
{
  if (line->model == VB_QUOTE_MODEL_PER_FTE)
    return staffing->months[m].fte;
  if (line->hour_basis == VB_HOUR_BASIS_PRODUCTIVE)
    return staffing->months[m].handle_hours;
  return staffing->months[m].logged_in_hours;
}

/* The shortfall of a month under a minimum of hours or headcount, priced
 * at the average rate of the lines of that model (their first rate when
 * nothing was billed); 0 when the minimum is met or there is none */
static double
minimum_top_up (const VbQuote                 *quote,
                VbQuoteModel                   model,
                double                         minimum,
                const VbForecastChannel       *channels,
                const VbStaffingChannelResult *staffing,
                const gboolean                *staffed,
                guint                          n_channels,
                guint                          m)
{
  double quantity = 0, cost = 0, first_rate = NAN;

  if (!known (minimum) || minimum <= 0)
    return 0;
  for (guint j = 0; j < quote->n_lines; j++)
    if (quote->lines[j].model == model && isnan (first_rate))
      first_rate = quote->lines[j].rate;
  if (isnan (first_rate))
    return 0;     /* no line of that model: the minimum does not apply */
  for (guint i = 0; i < n_channels; i++)
    for (guint j = 0; j < quote->n_lines; j++)
      {
        const VbQuoteLine *line = &quote->lines[j];

        if (line->model != model || !line_charges (quote, j, channels[i].channel))
          continue;
        if ((staffed != NULL && !staffed[i]) || !known (line->rate))
          return NAN;   /* already a gap of its line */
        quantity += billed_quantity (line, &staffing[i], m);
        cost += billed_quantity (line, &staffing[i], m) * line->rate;
      }
  if (quantity >= minimum)
    return 0;
  return (minimum - quantity) * (quantity > 0 ? cost / quantity : first_rate);
}

void
vb_quote_price_clear (VbQuotePrice *price)
{
  g_return_if_fail (price != NULL);

  g_clear_pointer (&price->gaps, g_ptr_array_unref);
}

gboolean
vb_quote_price (const VbQuote                 *quote,
                const VbForecastChannel       *channels,
                const VbStaffingChannelResult *staffing,
                const gboolean                *staffed,
                guint                          n_channels,
                VbQuotePrice                  *price)
{
  double rate, uplift = 1.0, fees, minimum;

  g_return_val_if_fail (quote != NULL && price != NULL, FALSE);
  g_return_val_if_fail (quote->n_lines == 0 || quote->lines != NULL, FALSE);
  g_return_val_if_fail (n_channels == 0 || (channels != NULL && staffing != NULL), FALSE);

  memset (price, 0, sizeof *price);
  price->gaps = g_ptr_array_new_with_free_func (gap_free);

  rate = quote->exchange_rate;
  if (!known (rate) || rate <= 0)
    {
      add_gap (price->gaps, VB_PRICE_GAP_NO_EXCHANGE_RATE, -1, 0,
               _("The exchange rate between the quote's currency and the project's is not known."));
      rate = NAN;
    }
  if (known (quote->surcharge_pct) && quote->surcharge_pct != 0)
    {
      if (known (quote->surcharge_share_pct))
        uplift = 1.0 + quote->surcharge_pct / 100.0 * quote->surcharge_share_pct / 100.0;
      else
        {
          add_gap (price->gaps, VB_PRICE_GAP_SURCHARGE_SHARE, -1, 0,
                   _("The quote adds a surcharge at peak times or on holidays, but the share of the volume it applies to is not known."));
          uplift = NAN;
        }
    }
  minimum = known (quote->minimum_monthly) ? quote->minimum_monthly : 0;

  /* every channel with volume must be priced by some line */
  for (guint i = 0; i < n_channels; i++)
    {
      gboolean covered = FALSE;

      for (guint m = 0; m < 12; m++)
        price->contacts += channels[i].volume[m];
      for (guint j = 0; j < quote->n_lines && !covered; j++)
        covered = line_covers (&quote->lines[j], channels[i].channel);
      if (!covered)
        {
          double volume = 0;

          for (guint m = 0; m < 12; m++)
            volume += channels[i].volume[m];
          if (volume > 0)
            add_gap (price->gaps, VB_PRICE_GAP_CHANNEL_NOT_COVERED, -1, channels[i].channel,
                     _("No line of the quote prices %s, which is in the forecast."),
                     channel_label (channels[i].channel));
        }
    }

  for (guint m = 0; m < 12; m++)
    {
      double variable = 0, fixed = 0, top_up, month;

      for (guint j = 0; j < quote->n_lines; j++)
        {
          const VbQuoteLine *line = &quote->lines[j];

          if (!is_fixed (line))
            continue;
          if (!known (line->rate))
            {
              add_gap (price->gaps, VB_PRICE_GAP_NO_RATE, (int) j, line->channel,
                       _("The fixed monthly amount for %s is not known."), line_scope (line));
              fixed = NAN;
            }
          else
            fixed += line->rate;
        }
      for (guint i = 0; i < n_channels; i++)
        for (guint j = 0; j < quote->n_lines; j++)
          if (line_charges (quote, j, channels[i].channel))
            variable += charge (quote, j, &channels[i], &staffing[i],
                                staffed == NULL || staffed[i], m, price->gaps);

      top_up = minimum_top_up (quote, VB_QUOTE_MODEL_PER_HOUR, quote->minimum_hours,
                               channels, staffing, staffed, n_channels, m) +
               minimum_top_up (quote, VB_QUOTE_MODEL_PER_FTE, quote->minimum_fte,
                               channels, staffing, staffed, n_channels, m);
      if (top_up > 0)
        price->minimum_applied[m] = TRUE;
      month = (variable + top_up) * uplift + fixed;
      if (known (month) && month < minimum)
        {
          month = minimum;
          price->minimum_applied[m] = TRUE;
        }
      price->monthly_cost[m] = month * rate;
      price->annual_cost += price->monthly_cost[m];
    }
  /* a channel no line prices leaves the recurring cost unknown */
  for (guint i = 0; i < price->gaps->len; i++)
    if (((VbPriceGap *) g_ptr_array_index (price->gaps, i))->kind == VB_PRICE_GAP_CHANNEL_NOT_COVERED)
      {
        for (guint m = 0; m < 12; m++)
          price->monthly_cost[m] = NAN;
        price->annual_cost = NAN;
        break;
      }

  if (isnan (quote->termination_fee))
    {
      add_gap (price->gaps, VB_PRICE_GAP_TERMINATION_FEE, -1, 0,
               _("What ending the contract early costs (the termination fee) is not known: ask the vendor."));
      price->termination_exposure = NAN;
    }
  else
    price->termination_exposure = MAX (quote->termination_fee, 0.0) * rate;

  fees = one_time_fees (quote, staffing, staffed, n_channels, price->gaps);
  price->one_time_fees = fees * rate;
  price->first_year_cost = price->annual_cost + price->one_time_fees;
  if (quote->term_months == 0)
    {
      add_gap (price->gaps, VB_PRICE_GAP_NO_TERM, -1, 0,
               _("The length of the contract is not known."));
      price->term_cost = price->annual_cost_spread = price->cost_per_contact = NAN;
    }
  else
    {
      /* the term on the forecast's average month: no start month is known */
      price->term_cost = price->annual_cost * quote->term_months / 12.0 + price->one_time_fees;
      price->annual_cost_spread = price->term_cost / quote->term_months * 12.0;
      price->cost_per_contact = price->contacts > 0 ? price->annual_cost_spread / price->contacts : NAN;
    }
  return price->gaps->len == 0;
}

void
vb_quote_price_sensitivity (const VbQuote           *quote,
                            const VbStaffingParams  *params,
                            const VbForecastChannel *channels,
                            guint                    n_channels,
                            double                   annual_cost[3][3])
{
  g_autofree VbForecastChannel *scaled = NULL;
  g_autofree VbStaffingChannelResult *staffing = NULL;
  g_autofree gboolean *staffed = NULL;

  g_return_if_fail (quote != NULL && params != NULL && annual_cost != NULL);
  g_return_if_fail (n_channels == 0 || channels != NULL);

  scaled = g_new (VbForecastChannel, MAX (n_channels, 1));
  staffing = g_new0 (VbStaffingChannelResult, MAX (n_channels, 1));
  staffed = g_new0 (gboolean, MAX (n_channels, 1));
  for (int v = 0; v < 3; v++)
    for (int a = 0; a < 3; a++)
      {
        double volume_factor = 1.0 + (v - 1) * VB_PRICING_VOLUME_SWING;
        double aht_factor = 1.0 + (a - 1) * VB_PRICING_AHT_SWING;
        VbQuotePrice price;

        for (guint i = 0; i < n_channels; i++)
          {
            scaled[i] = channels[i];
            for (guint m = 0; m < 12; m++)
              scaled[i].volume[m] *= volume_factor;
            scaled[i].aht_seconds *= aht_factor;
            scaled[i].acw_seconds *= aht_factor;
            staffed[i] = vb_staffing_compute_channel (params, &scaled[i], &staffing[i], NULL);
          }
        vb_quote_price (quote, scaled, staffing, staffed, n_channels, &price);
        annual_cost[v][a] = price.annual_cost;
        vb_quote_price_clear (&price);
      }
}

void
vb_roi_compute (const VbRoiInput   *input,
                const VbQuote      *quote,
                const VbQuotePrice *price,
                VbRoiResult        *result)
{
  double invest, term_years, spent;

  g_return_if_fail (input != NULL && quote != NULL && price != NULL && result != NULL);

  memset (result, 0, sizeof *result);
  for (guint i = 0; i < input->n_benefits; i++)
    if (known (input->benefits[i].annual_amount))
      result->benefits += input->benefits[i].annual_amount;
  for (guint i = 0; i < input->n_transition; i++)
    if (known (input->transition[i].amount))
      result->transition += input->transition[i].amount;

  invest = price->one_time_fees + result->transition;
  result->annual_saving = input->in_house_annual - price->annual_cost + result->benefits;
  result->first_year_saving = result->annual_saving - invest;

  if (known (result->annual_saving) && result->annual_saving <= 0)
    {
      result->payback_never = TRUE;
      result->payback_months = NAN;
    }
  else
    result->payback_months = invest / (result->annual_saving / 12.0);

  result->tco_in_house = VB_TCO_YEARS * input->in_house_annual;
  result->tco_vendor = VB_TCO_YEARS * price->annual_cost + invest;

  if (quote->term_months == 0)
    {
      result->term_annual_saving = result->term_net = result->roi_pct = NAN;
      return;
    }
  term_years = quote->term_months / 12.0;
  result->term_annual_saving = result->annual_saving - invest / term_years;
  result->term_net = result->annual_saving * term_years - invest;
  spent = price->annual_cost * term_years + invest;
  result->roi_pct = spent > 0 ? result->term_net / spent * 100.0 : NAN;
}
