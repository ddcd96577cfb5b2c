/* vb-bench-decision.c — the decision engine's timings for `vendorbench-cli bench`
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A synthetic decision in memory: 3 channels, 50 finalists with a quote
 * each (per minute, per contact, per FTE and blended lines), 60 criteria in
 * 6 categories (one of them the price), 10 evaluators scoring every cell.
 * Timed: the full recompute of vb_decision_compute (staffing, every quote
 * priced with its ±20 % / ±10 % table, ranking, tipping points,
 * negotiation targets) and Erlang C at 1,000 Erlangs.
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "vb-cli.h"
#include "vb-decision.h"

#define N_VENDORS     50
#define N_CATEGORIES  6
#define N_PER_CATEGORY 10
#define N_EVALUATORS  10
#define N_CHANNELS    3
#define N_RUNS        101
#define N_ERLANG_RUNS 1001

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (double *samples,
           guint   n)
{
  qsort (samples, n, sizeof *samples, compare_double);
  return samples[n / 2];
}

/* Scores that look random but are the same on every run */
static guint
bench_hash (guint v,
            guint node,
            guint e)
{
  guint32 h = (v + 1) * 2654435761u ^ (node + 1) * 40503u ^ (e + 1) * 2246822519u;

  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;
  return h;
}

static void
bench_forecast (VbForecastChannel *channels)
{
  static const VbChannel kinds[N_CHANNELS] = { VB_CHANNEL_PHONE, VB_CHANNEL_CHAT, VB_CHANNEL_EMAIL };

  for (guint i = 0; i < N_CHANNELS; i++)
    {
      VbForecastChannel *c = &channels[i];

      vb_forecast_channel_init (c);
      c->channel = kinds[i];
      c->live = kinds[i] != VB_CHANNEL_EMAIL;
      for (guint m = 0; m < 12; m++)
        c->volume[m] = (i == 0 ? 40000 : 12000) * (1.0 + 0.25 * (m == 11 || m == 0));
      c->aht_seconds = i == 2 ? 480 : 300;
      c->acw_seconds = 45;
      c->open_hours_per_week = 60;
      c->service_level_pct = 80;
      c->service_seconds = i == 2 ? NAN : 20;
      c->shrinkage_pct = 30;
      c->concurrency = kinds[i] == VB_CHANNEL_CHAT ? 2 : NAN;
    }
}

gboolean
vb_cli_bench_decision (GError **error)
{
  VbForecastChannel channels[N_CHANNELS];
  VbQuoteLine lines[N_VENDORS][2];
  VbQuote quotes[N_VENDORS];
  VbDecisionQuote decision_quotes[N_VENDORS];
  VbBenefit benefit = { "fewer customers lost", 120000 };
  VbTransitionCost transition = { "our time to hand over", 40000 };
  VbRoiInput roi = { 2500000, &benefit, 1, &transition, 1 };
  VbDecisionInput input = { 0 };
  g_autoptr(VbScoringModel) model = vb_scoring_model_new (N_VENDORS, N_EVALUATORS);
  double samples[N_RUNS], erlang[N_ERLANG_RUNS], fastest;
  guint price_node = 0, n_critical = 0, n_targets = 0;
  VbErlangResult r;

  bench_forecast (channels);
  for (guint v = 0; v < N_VENDORS; v++)
    {
      VbQuote *q = &quotes[v];

      for (guint l = 0; l < 2; l++)
        {
          VbQuoteLine *line = &lines[v][l];

          *line = (VbQuoteLine) { 0 };
          line->outcome_pct = NAN;
          line->hour_basis = VB_HOUR_BASIS_LOGGED_IN;
          line->all_channels = l == 1;
          line->channel = VB_CHANNEL_PHONE;
        }
      switch (v % 4)
        {
        case 0:
          lines[v][0].model = VB_QUOTE_MODEL_PER_MINUTE;
          lines[v][0].rate = 0.80 + 0.01 * v;
          lines[v][0].acw_billed = TRUE;
          lines[v][1].model = VB_QUOTE_MODEL_PER_CONTACT;
          lines[v][1].rate = 2.5 + 0.02 * v;
          break;
        case 1:
          lines[v][0].model = VB_QUOTE_MODEL_PER_HOUR;
          lines[v][0].rate = 24 + 0.1 * v;
          lines[v][1].model = VB_QUOTE_MODEL_PER_FTE;
          lines[v][1].rate = 3200 + 10 * v;
          break;
        case 2:
          lines[v][0].model = VB_QUOTE_MODEL_PER_CONTACT;
          lines[v][0].rate = 3.2 + 0.01 * v;
          lines[v][1].model = VB_QUOTE_MODEL_PER_CONTACT;
          lines[v][1].rate = 2.9 + 0.02 * v;
          break;
        default:
          lines[v][0].model = VB_QUOTE_MODEL_BLENDED;
          lines[v][0].rate = 20000 + 100 * v;
          lines[v][1].model = VB_QUOTE_MODEL_PER_CONTACT;
          lines[v][1].rate = 2.0 + 0.01 * v;
          break;
        }
      *q = (VbQuote) { 0 };
      q->lines = lines[v];
      q->n_lines = 2;
      q->fees_state = VB_FEES_NONE;
      q->minimum_monthly = v % 5 == 0 ? 150000 : NAN;
      q->term_months = 24 + 12 * (v % 2);
      q->surcharge_pct = v % 3 == 0 ? 15 : NAN;
      q->surcharge_share_pct = v % 3 == 0 ? 10 : NAN;
      q->exchange_rate = v % 7 == 0 ? 1.08 : 1;
      decision_quotes[v].vendor = v;
      decision_quotes[v].quote = q;
    }

  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      guint category = vb_scoring_model_add (model, -1, VB_CRITERION_KIND_CATEGORY, c == 0 ? 25 : 15);

      for (guint k = 0; k < N_PER_CATEGORY; k++)
        {
          gboolean price = c == 0 && k == 0;
          guint node = vb_scoring_model_add (model, category,
                                             price ? VB_CRITERION_KIND_PRICE : VB_CRITERION_KIND_JUDGED,
                                             price ? 19 : 9);

          if (price)
            price_node = node;
          else
            for (guint v = 0; v < N_VENDORS; v++)
              for (guint e = 0; e < N_EVALUATORS; e++)
                vb_scoring_model_set_score (model, e, v, node, 1 + bench_hash (v, node, e) % 5);
        }
    }
  vb_scoring_model_set_advisory (model, N_EVALUATORS - 1, TRUE);
  vb_scoring_model_set_disqualified (model, 3, TRUE);

  vb_staffing_params_init (&input.params);
  input.channels = channels;
  input.n_channels = N_CHANNELS;
  input.quotes = decision_quotes;
  input.n_quotes = N_VENDORS;
  input.roi = &roi;
  input.scoring = model;
  input.price_criterion = price_node;

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(VbDecisionResult) result = vb_decision_compute (&input);

      samples[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (result->scoring == NULL || result->scoring->leader < 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the bench decision has no leader");
          return FALSE;
        }
      if (i == 0)
        {
          n_critical = result->scoring->n_critical;
          for (guint v = 0; v < N_VENDORS; v++)
            n_targets += result->negotiation[v].kind == VB_NEGOTIATION_TARGET;
        }
    }
  fastest = samples[0];
  for (guint i = 1; i < N_RUNS; i++)
    fastest = MIN (fastest, samples[i]);

  /* 6,000 calls of 300 s in a half hour: 1,000 Erlangs */
  for (guint i = 0; i < N_ERLANG_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!vb_erlang_staff (6000, 1800, 300, 80, 20, NAN, NAN, &r, error))
        return FALSE;
      erlang[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("\ndecision engine: %d vendors with a quote each, %d criteria, %d evaluators, %d channels\n",
           N_VENDORS, N_CATEGORIES * N_PER_CATEGORY, N_EVALUATORS, N_CHANNELS);
  g_print ("%-44s %10.3f ms  (fastest %.3f ms; %u critical criteria, %u negotiation targets; target < 5 ms)\n",
           "full decision recompute (median)", median_of (samples, N_RUNS), fastest, n_critical, n_targets);
  g_print ("%-44s %10.3f ms  (%u agents for 80 %% in 20 s; target < 1 ms)\n",
           "Erlang C staffing at 1,000 Erlangs (median)", median_of (erlang, N_ERLANG_RUNS), r.agents);
  return TRUE;
}
