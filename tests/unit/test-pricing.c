/* test-pricing.c — quotes priced on one forecast, and their return
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The forecast of every test (its staffing is checked in test-staffing.c):
 *   phone: 52,000 calls a month, AHT 180 s (30 s of it after-contact work),
 *          60 open hours a week, 80 % in 20 s, shrinkage 30 % → a month:
 *          14 agents, 3,640 logged-in hours, 2,600 handle hours, 32.5 FTE;
 *   email: 3,120 a month, AHT 600 s, 60 open hours a week, occupancy 80 %,
 *          shrinkage 35 % → 650 logged-in hours, 520 handle hours, 6.25 FTE.
 *   Together 55,120 contacts a month, 661,440 a year; 38.75 FTE.
 */

#include <math.h>
#include <string.h>

#include "vb-pricing.h"
#include "vb-staffing.h"

#define assert_near(a, b, tol) g_assert_cmpfloat_with_epsilon ((a), (b), (tol))

typedef struct {
  VbForecastChannel       channels[2];
  VbStaffingChannelResult staffing[2];
} Forecast;

static void
forecast_init (Forecast *f)
{
  VbStaffingParams params;
  VbForecastChannel *phone = &f->channels[0], *email = &f->channels[1];

  vb_staffing_params_init (&params);
  vb_forecast_channel_init (phone);
  phone->channel = VB_CHANNEL_PHONE;
  phone->live = TRUE;
  for (guint m = 0; m < 12; m++)
    phone->volume[m] = 52000;
  phone->aht_seconds = 180;
  phone->acw_seconds = 30;
  phone->open_hours_per_week = 60;
  phone->service_level_pct = 80;
  phone->service_seconds = 20;
  phone->shrinkage_pct = 30;

  vb_forecast_channel_init (email);
  email->channel = VB_CHANNEL_EMAIL;
  for (guint m = 0; m < 12; m++)
    email->volume[m] = 3120;
  email->aht_seconds = 600;
  email->open_hours_per_week = 60;
  email->shrinkage_pct = 35;
  email->max_occupancy_pct = 80;

  for (guint i = 0; i < 2; i++)
    g_assert_true (vb_staffing_compute_channel (&params, &f->channels[i], &f->staffing[i], NULL));
  assert_near (f->staffing[0].months[0].fte, 32.5, 1e-9);
  assert_near (f->staffing[1].months[0].fte, 6.25, 1e-9);
}

static VbQuote
quote_new (const VbQuoteLine *lines,
           guint              n_lines)
{
  VbQuote q = { 0 };

  q.lines = lines;
  q.n_lines = n_lines;
  q.fees_state = VB_FEES_NONE;
  q.minimum_monthly = NAN;
  q.term_months = 12;
  q.surcharge_pct = NAN;
  q.surcharge_share_pct = NAN;
  q.exchange_rate = 1;
  return q;
}

static VbQuoteLine
line (gboolean all, VbChannel channel, VbQuoteModel model, double rate)
{
  VbQuoteLine l = { 0 };

  l.all_channels = all;
  l.channel = channel;
  l.model = model;
  l.rate = rate;
  l.outcome_pct = NAN;
  return l;
}

static gboolean
has_gap (const VbQuotePrice *price, VbPriceGapKind kind)
{
  for (guint i = 0; i < price->gaps->len; i++)
    if (((VbPriceGap *) g_ptr_array_index (price->gaps, i))->kind == kind)
      return TRUE;
  return FALSE;
}

static double
price_month (const Forecast *f, const VbQuote *q, VbQuotePrice *price)
{
  vb_quote_price (q, f->channels, f->staffing, NULL, 2, price);
  return price->monthly_cost[0];
}

/* Per FTE, 3,000 a month: 38.75 × 3,000 = 116,250 a month, 1,395,000 a
 * year; no fees, 12 months: cost per contact 1,395,000 ÷ 661,440 = 2.109035 */
static void
test_per_fte (void)
{
  Forecast f;
  VbQuoteLine l[] = { line (TRUE, 0, VB_QUOTE_MODEL_PER_FTE, 3000) };
  VbQuote q = quote_new (l, 1);
  VbQuotePrice p;

  forecast_init (&f);
  g_assert_true (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_cmpuint (p.gaps->len, ==, 0);
  assert_near (p.monthly_cost[0], 116250, 1e-6);
  assert_near (p.monthly_cost[11], 116250, 1e-6);
  assert_near (p.annual_cost, 1395000, 1e-5);
  assert_near (p.one_time_fees, 0, 1e-12);
  assert_near (p.first_year_cost, 1395000, 1e-5);
  assert_near (p.term_cost, 1395000, 1e-5);
  assert_near (p.contacts, 661440, 1e-9);
  assert_near (p.cost_per_contact, 2.109035, 1e-6);
  vb_quote_price_clear (&p);
}

/* Per hour, 20: logged in (3,640 + 650) × 20 = 85,800 a month;
 * productive (2,600 + 520) × 20 = 62,400 */
static void
test_per_hour (void)
{
  Forecast f;
  VbQuoteLine l[] = { line (TRUE, 0, VB_QUOTE_MODEL_PER_HOUR, 20) };
  VbQuote q = quote_new (l, 1);
  VbQuotePrice p;

  forecast_init (&f);
  assert_near (price_month (&f, &q, &p), 85800, 1e-6);
  vb_quote_price_clear (&p);
  l[0].hour_basis = VB_HOUR_BASIS_PRODUCTIVE;
  assert_near (price_month (&f, &q, &p), 62400, 1e-6);
  vb_quote_price_clear (&p);
}

/* Per minute, 0.50, phone only: with after-contact work 52,000 × 3 min ×
 * 0.5 = 78,000; without it 52,000 × 2.5 × 0.5 = 65,000. Email has no
 * line: the quote says so and its cost is unknown. */
static void
test_per_minute (void)
{
  Forecast f;
  VbQuoteLine l[] = {
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_MINUTE, 0.5),
    line (FALSE, VB_CHANNEL_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 0),
  };
  VbQuote q = quote_new (l, 2);
  VbQuotePrice p;

  forecast_init (&f);
  l[0].acw_billed = TRUE;
  assert_near (price_month (&f, &q, &p), 78000, 1e-6);
  g_assert_cmpuint (p.gaps->len, ==, 0);
  vb_quote_price_clear (&p);

  l[0].acw_billed = FALSE;
  assert_near (price_month (&f, &q, &p), 65000, 1e-6);
  vb_quote_price_clear (&p);

  /* the length of after-contact work unknown: not guessed */
  f.channels[0].acw_seconds = NAN;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_NO_ACW));
  g_assert_true (isnan (p.annual_cost));
  vb_quote_price_clear (&p);

  /* email not covered */
  q.n_lines = 1;
  l[0].acw_billed = TRUE;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_cmpuint (p.gaps->len, ==, 1);
  g_assert_true (has_gap (&p, VB_PRICE_GAP_CHANNEL_NOT_COVERED));
  g_assert_cmpint (((VbPriceGap *) p.gaps->pdata[0])->channel, ==, VB_CHANNEL_EMAIL);
  g_assert_true (isnan (p.annual_cost));
  vb_quote_price_clear (&p);
}

/* Per contact: phone 1.20, email 2.00 → 62,400 + 6,240 = 68,640 a month;
 * per outcome: a sale on 10 % of the calls at 15 → 52,000 × 0.1 × 15 =
 * 78,000, plus email 6,240 = 84,240 */
static void
test_per_contact_and_outcome (void)
{
  Forecast f;
  VbQuoteLine l[] = {
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.2),
    line (FALSE, VB_CHANNEL_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2),
  };
  VbQuote q = quote_new (l, 2);
  VbQuotePrice p;

  forecast_init (&f);
  assert_near (price_month (&f, &q, &p), 68640, 1e-6);
  vb_quote_price_clear (&p);

  l[0] = line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_OUTCOME, 15);
  l[0].outcome_unit = "sale";
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_NO_OUTCOME_SHARE));
  g_assert_nonnull (strstr (((VbPriceGap *) p.gaps->pdata[0])->message, "sale"));
  vb_quote_price_clear (&p);

  l[0].outcome_pct = 10;
  assert_near (price_month (&f, &q, &p), 84240, 1e-6);
  g_assert_cmpuint (p.gaps->len, ==, 0);
  vb_quote_price_clear (&p);
}

/* Blended: 10,000 a month fixed for all channels plus 1.00 a contact for
 * all: 10,000 + 55,120 = 65,120. A phone line per minute (0.50, with
 * after-contact work: 78,000) replaces the all-channel contact rate on
 * phone only: 10,000 + 78,000 + 3,120 = 91,120. */
static void
test_all_channel_lines (void)
{
  Forecast f;
  VbQuoteLine l[] = {
    line (TRUE, 0, VB_QUOTE_MODEL_BLENDED, 10000),
    line (TRUE, 0, VB_QUOTE_MODEL_PER_CONTACT, 1),
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_MINUTE, 0.5),
  };
  VbQuote q = quote_new (l, 2);
  VbQuotePrice p;

  forecast_init (&f);
  assert_near (price_month (&f, &q, &p), 65120, 1e-6);
  vb_quote_price_clear (&p);

  q.n_lines = 3;
  l[2].acw_billed = TRUE;
  assert_near (price_month (&f, &q, &p), 91120, 1e-6);
  g_assert_cmpuint (p.gaps->len, ==, 0);
  vb_quote_price_clear (&p);

  /* a line without a rate is named, and the cost is unknown */
  l[1].rate = NAN;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_cmpuint (p.gaps->len, ==, 1);
  g_assert_true (has_gap (&p, VB_PRICE_GAP_NO_RATE));
  g_assert_cmpint (((VbPriceGap *) p.gaps->pdata[0])->line, ==, 1);
  g_assert_true (isnan (p.annual_cost));
  vb_quote_price_clear (&p);
}

/* 0.10 a contact: 5,512 a month. A minimum of 8,000 binds every month
 * (96,000 a year); a minimum of 5,000 does not (66,144). */
static void
test_minimum (void)
{
  Forecast f;
  VbQuoteLine l[] = { line (TRUE, 0, VB_QUOTE_MODEL_PER_CONTACT, 0.1) };
  VbQuote q = quote_new (l, 1);
  VbQuotePrice p;

  forecast_init (&f);
  q.minimum_monthly = 8000;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  assert_near (p.monthly_cost[3], 8000, 1e-9);
  g_assert_true (p.minimum_applied[3]);
  assert_near (p.annual_cost, 96000, 1e-6);
  vb_quote_price_clear (&p);

  q.minimum_monthly = 5000;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  assert_near (p.monthly_cost[3], 5512, 1e-9);
  g_assert_false (p.minimum_applied[3]);
  assert_near (p.annual_cost, 66144, 1e-6);
  vb_quote_price_clear (&p);
}

/* Minimum hours and headcount, billed at the lines' average rate.
 * Per hour 20, logged in: 4,290 hours a month (85,800). A minimum of
 * 5,000 hours bills 710 more hours (100,000); 4,000 does not bind.
 * Phone per FTE 3,000 (32.5 FTE, 97,500) and email per FTE 2,000 (6.25,
 * 12,500): 38.75 FTE for 110,000, an average of 2,838.71; a minimum of
 * 40 FTE adds 1.25 × that = 3,548.39. The minimum of hours is of no
 * per-hour line here and does not apply. */
static void
test_minimum_hours_and_fte (void)
{
  Forecast f;
  VbQuoteLine hourly[] = { line (TRUE, 0, VB_QUOTE_MODEL_PER_HOUR, 20) };
  VbQuoteLine fte[] = {
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_FTE, 3000),
    line (FALSE, VB_CHANNEL_EMAIL, VB_QUOTE_MODEL_PER_FTE, 2000),
  };
  VbQuote q = quote_new (hourly, 1);
  VbQuotePrice p;

  forecast_init (&f);
  q.minimum_hours = 5000;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  assert_near (p.monthly_cost[0], 100000, 1e-6);
  g_assert_true (p.minimum_applied[0]);
  vb_quote_price_clear (&p);

  q.minimum_hours = 4000;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  assert_near (p.monthly_cost[0], 85800, 1e-6);
  g_assert_false (p.minimum_applied[0]);
  vb_quote_price_clear (&p);

  q = quote_new (fte, 2);
  q.minimum_fte = 40;
  q.minimum_hours = 1e6;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  assert_near (p.monthly_cost[0], 110000 + 1.25 * 110000 / 38.75, 1e-6);
  g_assert_true (p.minimum_applied[0]);
  vb_quote_price_clear (&p);

  /* the minimum headcount with nothing staffed: the first line's rate */
  for (guint m = 0; m < 12; m++)
    f.staffing[0].months[m].fte = f.staffing[1].months[m].fte = 0;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  assert_near (p.monthly_cost[0], 40 * 3000, 1e-6);
  vb_quote_price_clear (&p);
}

/* The per-contact quote (68,640 a month) in a currency of which 1 unit =
 * 0.9 of the project's: 61,776 a month, 741,312 a year. A surcharge of
 * 25 % on 10 % of the volume adds 2.5 % to the variable part only:
 * (68,640 × 1.025 + 1,000 fixed) × 0.9 = 64,220.4. */
static void
test_currency_and_surcharge (void)
{
  Forecast f;
  VbQuoteLine l[] = {
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.2),
    line (FALSE, VB_CHANNEL_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2),
    line (TRUE, 0, VB_QUOTE_MODEL_BLENDED, 1000),
  };
  VbQuote q = quote_new (l, 2);
  VbQuotePrice p;

  forecast_init (&f);
  q.exchange_rate = 0.9;
  assert_near (price_month (&f, &q, &p), 61776, 1e-6);
  assert_near (p.annual_cost, 741312, 1e-5);
  vb_quote_price_clear (&p);

  q.n_lines = 3;
  q.surcharge_pct = 25;
  q.surcharge_share_pct = 10;
  assert_near (price_month (&f, &q, &p), 64220.4, 1e-6);
  vb_quote_price_clear (&p);

  /* a surcharge on an unknown share: not guessed */
  q.surcharge_share_pct = NAN;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_SURCHARGE_SHARE));
  g_assert_true (isnan (p.annual_cost));
  vb_quote_price_clear (&p);

  /* termination exposure: a fee of 20,000 in the quote's currency is
   * 18,000 in the project's; none (0) is 0; not known is a gap */
  q.surcharge_share_pct = 10;
  q.termination_fee = 20000;
  g_assert_true (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  assert_near (p.termination_exposure, 18000, 1e-9);
  vb_quote_price_clear (&p);
  q.termination_fee = 0;
  g_assert_true (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  assert_near (p.termination_exposure, 0, 1e-12);
  vb_quote_price_clear (&p);
  q.termination_fee = NAN;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_TERMINATION_FEE));
  g_assert_true (isnan (p.termination_exposure));
  vb_quote_price_clear (&p);
  q.termination_fee = 0;

  q.exchange_rate = NAN;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_NO_EXCHANGE_RATE));
  g_assert_true (isnan (p.annual_cost));
  vb_quote_price_clear (&p);
}

/* One-time fees, on the per-contact quote (68,640 a month = 823,680 a
 * year): not asked → a gap, the year known, the first year not; a fee
 * without amount → a gap; setup 5,000 and training 200 for each of
 * ceil (38.75) = 39 agents = 12,800: first year 836,480; a 24-month term
 * 2 × 823,680 + 12,800 = 1,660,160, 830,080 a year spread, 1.254959 a
 * contact (830,080 ÷ 661,440). No term: the whole-term figures unknown. */
static void
test_one_time_fees (void)
{
  Forecast f;
  VbQuoteLine l[] = {
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.2),
    line (FALSE, VB_CHANNEL_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2),
  };
  VbOneTimeFee fees[] = { { "setup", 5000, FALSE }, { "training", 200, TRUE } };
  VbQuote q = quote_new (l, 2);
  VbQuotePrice p;

  forecast_init (&f);
  q.fees_state = VB_FEES_NOT_ASKED;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_cmpuint (p.gaps->len, ==, 1);
  g_assert_true (has_gap (&p, VB_PRICE_GAP_FEES_NOT_ASKED));
  assert_near (p.annual_cost, 823680, 1e-5);
  g_assert_true (isnan (p.first_year_cost));
  g_assert_true (isnan (p.term_cost));
  vb_quote_price_clear (&p);

  q.fees_state = VB_FEES_LISTED;
  q.fees = fees;
  q.n_fees = 2;
  fees[1].amount = NAN;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_FEE_AMOUNT));
  g_assert_true (isnan (p.first_year_cost));
  vb_quote_price_clear (&p);

  fees[1].amount = 200;
  q.term_months = 24;
  g_assert_true (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  assert_near (p.one_time_fees, 12800, 1e-9);
  assert_near (p.first_year_cost, 836480, 1e-5);
  assert_near (p.term_cost, 1660160, 1e-5);
  assert_near (p.annual_cost_spread, 830080, 1e-5);
  assert_near (p.cost_per_contact, 1.254959, 1e-6);
  vb_quote_price_clear (&p);

  q.term_months = 0;
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  g_assert_true (has_gap (&p, VB_PRICE_GAP_NO_TERM));
  g_assert_true (isnan (p.term_cost));
  assert_near (p.first_year_cost, 836480, 1e-5);
  vb_quote_price_clear (&p);
}

/* A per-FTE line on a channel whose staffing failed: named, not guessed */
static void
test_unstaffed_channel (void)
{
  Forecast f;
  VbQuoteLine l[] = { line (TRUE, 0, VB_QUOTE_MODEL_PER_FTE, 3000) };
  VbQuote q = quote_new (l, 1);
  VbQuotePrice p;
  gboolean staffed[2] = { TRUE, FALSE };

  forecast_init (&f);
  g_assert_false (vb_quote_price (&q, f.channels, f.staffing, staffed, 2, &p));
  g_assert_cmpuint (p.gaps->len, ==, 1);
  g_assert_true (has_gap (&p, VB_PRICE_GAP_NO_STAFFING));
  g_assert_cmpint (((VbPriceGap *) p.gaps->pdata[0])->channel, ==, VB_CHANNEL_EMAIL);
  g_assert_true (isnan (p.annual_cost));
  vb_quote_price_clear (&p);
}

/* Volume ±20 % and handle time ±10 %: a per-contact quote (68,640 a
 * month, 823,680 a year) follows the volume only: 658,944 and 988,416;
 * per productive hour (62,400 a month, 748,800 a year) follows both:
 * × 1.2 × 1.1 = 988,416, × 0.8 × 0.9 = 539,136 */
static void
test_sensitivity (void)
{
  Forecast f;
  VbStaffingParams params;
  VbQuoteLine l[] = {
    line (FALSE, VB_CHANNEL_PHONE, VB_QUOTE_MODEL_PER_CONTACT, 1.2),
    line (FALSE, VB_CHANNEL_EMAIL, VB_QUOTE_MODEL_PER_CONTACT, 2),
  };
  VbQuote q = quote_new (l, 2);
  double cost[3][3];

  forecast_init (&f);
  vb_staffing_params_init (&params);
  vb_quote_price_sensitivity (&q, &params, f.channels, 2, cost);
  assert_near (cost[1][1], 823680, 1e-5);
  assert_near (cost[0][1], 658944, 1e-5);
  assert_near (cost[2][1], 988416, 1e-5);
  assert_near (cost[2][0], 988416, 1e-5);
  assert_near (cost[0][2], 658944, 1e-5);

  l[0] = line (TRUE, 0, VB_QUOTE_MODEL_PER_HOUR, 20);
  l[0].hour_basis = VB_HOUR_BASIS_PRODUCTIVE;
  q.n_lines = 1;
  vb_quote_price_sensitivity (&q, &params, f.channels, 2, cost);
  assert_near (cost[1][1], 748800, 1e-5);
  assert_near (cost[2][2], 988416, 1e-5);
  assert_near (cost[0][0], 539136, 1e-5);

  /* the forecast itself is left as it was */
  assert_near (f.channels[0].volume[0], 52000, 1e-12);
  assert_near (f.channels[0].aht_seconds, 180, 1e-12);
}

/* DOMAIN.md: in-house 50,000 a year, the vendor 30,000 (2,500 a month
 * fixed), churn saving 10,000 → first year 50,000 − 30,000 + 10,000 =
 * 30,000; nothing to invest: pays back at once; 12 months: net 30,000 on
 * 30,000 spent = 100 %; 3-year TCO 150,000 in-house, 90,000 the vendor. */
static void
test_roi_domain_example (void)
{
  Forecast f;
  VbQuoteLine l[] = { line (TRUE, 0, VB_QUOTE_MODEL_BLENDED, 2500) };
  VbQuote q = quote_new (l, 1);
  VbQuotePrice p;
  VbBenefit benefits[] = { { "fewer customers lost", 10000 } };
  VbRoiInput in = { 50000, benefits, 1, NULL, 0 };
  VbRoiResult r;

  forecast_init (&f);
  g_assert_true (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  assert_near (p.annual_cost, 30000, 1e-9);
  vb_roi_compute (&in, &q, &p, &r);
  assert_near (r.annual_saving, 30000, 1e-9);
  assert_near (r.first_year_saving, 30000, 1e-9);
  assert_near (r.payback_months, 0, 1e-12);
  g_assert_false (r.payback_never);
  assert_near (r.tco_in_house, 150000, 1e-9);
  assert_near (r.tco_vendor, 90000, 1e-9);
  assert_near (r.roi_pct, 100, 1e-9);
  vb_quote_price_clear (&p);
}

/* With a setup fee of 5,000 and 10,000 of our own transition work: 15,000
 * invested, 30,000 saved a year = 2,500 a month → pays back in exactly 6
 * months; first year 30,000 − 15,000 = 15,000; a 24-month term: 22,500 a
 * year with the 15,000 spread (7,500 a year), net 60,000 − 15,000 =
 * 45,000 on 60,000 + 15,000 spent = 60 %; TCO 90,000 + 15,000 = 105,000.
 * In-house 20,000 with no benefit: −10,000 a year, never pays back. */
static void
test_roi_payback (void)
{
  Forecast f;
  VbQuoteLine l[] = { line (TRUE, 0, VB_QUOTE_MODEL_BLENDED, 2500) };
  VbOneTimeFee fees[] = { { "setup", 5000, FALSE } };
  VbQuote q = quote_new (l, 1);
  VbQuotePrice p;
  VbBenefit benefits[] = { { "fewer customers lost", 10000 }, { "not known yet", NAN } };
  VbTransitionCost transition[] = { { "writing the knowledge base", 10000 } };
  VbRoiInput in = { 50000, benefits, 2, transition, 1 };
  VbRoiResult r;

  forecast_init (&f);
  q.fees_state = VB_FEES_LISTED;
  q.fees = fees;
  q.n_fees = 1;
  q.term_months = 24;
  g_assert_true (vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p));
  vb_roi_compute (&in, &q, &p, &r);
  assert_near (r.benefits, 10000, 1e-9);
  assert_near (r.transition, 10000, 1e-9);
  assert_near (r.first_year_saving, 15000, 1e-9);
  assert_near (r.payback_months, 6, 1e-12);
  assert_near (r.term_annual_saving, 22500, 1e-9);
  assert_near (r.term_net, 45000, 1e-9);
  assert_near (r.roi_pct, 60, 1e-9);
  assert_near (r.tco_vendor, 105000, 1e-9);

  in.in_house_annual = 20000;
  in.n_benefits = 0;
  vb_roi_compute (&in, &q, &p, &r);
  assert_near (r.annual_saving, -10000, 1e-9);
  g_assert_true (r.payback_never);
  g_assert_true (isnan (r.payback_months));
  vb_quote_price_clear (&p);

  /* fees not asked: the payback is unknown, not "never" */
  q.fees_state = VB_FEES_NOT_ASKED;
  in.in_house_annual = 50000;
  vb_quote_price (&q, f.channels, f.staffing, NULL, 2, &p);
  vb_roi_compute (&in, &q, &p, &r);
  g_assert_false (r.payback_never);
  g_assert_true (isnan (r.payback_months));
  g_assert_true (isnan (r.first_year_saving));
  vb_quote_price_clear (&p);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pricing/per-fte", test_per_fte);
  g_test_add_func ("/pricing/per-hour", test_per_hour);
  g_test_add_func ("/pricing/per-minute", test_per_minute);
  g_test_add_func ("/pricing/per-contact-and-outcome", test_per_contact_and_outcome);
  g_test_add_func ("/pricing/all-channel-lines", test_all_channel_lines);
  g_test_add_func ("/pricing/minimum", test_minimum);
  g_test_add_func ("/pricing/minimum-hours-and-fte", test_minimum_hours_and_fte);
  g_test_add_func ("/pricing/currency-and-surcharge", test_currency_and_surcharge);
  g_test_add_func ("/pricing/one-time-fees", test_one_time_fees);
  g_test_add_func ("/pricing/unstaffed-channel", test_unstaffed_channel);
  g_test_add_func ("/pricing/sensitivity", test_sensitivity);
  g_test_add_func ("/pricing/roi/domain-example", test_roi_domain_example);
  g_test_add_func ("/pricing/roi/payback", test_roi_payback);

  return g_test_run ();
}
