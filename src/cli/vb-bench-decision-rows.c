/* vb-bench-decision-rows.c — the decision stages' data in the bench project
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For `vendorbench-cli bench`, after the vendor-selection stages: the
 * bench project gains a forecast of 3 channels, a quote for each of its
 * 50 finalists (per minute, per contact, per FTE, per hour and fixed
 * lines; fees listed or not asked; two currencies), 60 criteria in 6
 * categories (one the price, one the compliance score, one the reference
 * score) and 10 evaluators scoring every finalist on every judged
 * criterion, written in one edit through the core's typed API. Then, after
 * an edit of one score, as the window runs it:
 *  - the decision model's recompute (read the rows, price, rank, tipping
 *    points, negotiation targets; target 5 ms), and
 *  - the guidance pass with the decision rules on, reading that result
 *    (target 2 ms; the recompute is not part of it).
 */

#define G_LOG_DOMAIN "vb-bench"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "vb-channel-forecast.h"
#include "vb-cli.h"
#include "vb-criterion.h"
#include "vb-decision-model.h"
#include "vb-evaluator.h"
#include "vb-guide-private.h"
#include "vb-project-private.h"
#include "vb-vendor-quote.h"
#include "vb-vendor.h"

#define N_CATEGORIES   6
#define N_PER_CATEGORY 10
#define N_EVALUATORS   10
#define N_EDITS        51

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
quantile (GArray *samples,
          double  q)
{
  qsort (samples->data, samples->len, sizeof (double), compare_double);
  return g_array_index (samples, double, (guint) (q * (samples->len - 1) + 0.5));
}

static guint32
bench_hash (guint v,
            guint c,
            guint e)
{
  guint32 h = (v + 1) * 2654435761u ^ (c + 1) * 40503u ^ (e + 1) * 2246822519u;

  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;
  return h;
}

/* A score 1–5 that looks random but is the same on every run: the
 * evaluators of a cell agree within a point, as a team mostly does, except
 * one in about a hundred cells where the last evaluator sees it 3 points
 * apart */
static int
bench_score (guint v,
             guint c,
             guint e)
{
  int base = 1 + (int) (bench_hash (v, c, 0) % 4);

  if (e == N_EVALUATORS - 1 && bench_hash (v, c, 1) % 100 == 0)
    return base <= 2 ? base + 3 : base - 2;
  return base + (int) (bench_hash (v, c, e) % 2);
}

static gboolean
add_forecast (VbProject  *project,
              GError    **error)
{
  static const VbChannel channels[] = { VB_CHANNEL_PHONE, VB_CHANNEL_CHAT, VB_CHANNEL_EMAIL };
  static const double volumes[] = { 42000, 18000, 25000 };

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      VbChannelForecast *c = vb_project_add_channel_forecast (project, channels[i], error);
      gboolean live = channels[i] != VB_CHANNEL_EMAIL;

      if (c == NULL)
        return FALSE;
      for (guint m = 1; m <= 12; m++)
        if (!vb_channel_forecast_set_volume (c, m, volumes[i] * (m >= 10 ? 1.4 : 1.0), error))
          return FALSE;
      if (!vb_channel_forecast_set_live (c, live, error) ||
          !vb_channel_forecast_set_aht_seconds (c, live ? 300 : 480, error) ||
          !vb_channel_forecast_set_open_hours_per_week (c, 60, error) ||
          !vb_channel_forecast_set_service_level_pct (c, 80, error) ||
          !vb_channel_forecast_set_shrinkage_pct (c, 30, error))
        return FALSE;
      if (live && !vb_channel_forecast_set_service_seconds (c, channels[i] == VB_CHANNEL_CHAT ? 60 : 20, error))
        return FALSE;
      if (!live && !vb_channel_forecast_set_response_hours (c, 24, error))
        return FALSE;
      if (channels[i] == VB_CHANNEL_CHAT && !vb_channel_forecast_set_concurrency (c, 2, error))
        return FALSE;
    }
  return TRUE;
}

/* Five ways of pricing, in turn */
static gboolean
add_quote (VbVendor  *vendor,
           guint      v,
           GError   **error)
{
  VbVendorQuote *q = vb_vendor_add_quote (vendor, error);
  double scale = 1.0 + (v % 17) / 40.0;
  gboolean ok = q != NULL;

  if (!ok)
    return FALSE;
  switch (v % 5)
    {
    case 0:
      ok = vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_PHONE, VB_QUOTE_MODEL_PER_MINUTE, 0.9 * scale, error) &&
           vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 3.1 * scale, error);
      break;
    case 1:
      ok = vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 4.2 * scale, error) != NULL;
      break;
    case 2:
      ok = vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_FTE, 3400 * scale, error) != NULL &&
           vb_vendor_quote_set_minimum_fte (q, 40, error);
      break;
    case 3:
      ok = vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_HOUR, 24 * scale, error) != NULL &&
           vb_vendor_quote_set_minimum_hours (q, 6000, error);
      break;
    default:
      ok = vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_BLENDED, 60000 * scale, error) &&
           vb_vendor_quote_add_line (q, VB_CHANNEL_SCOPE_ALL, VB_QUOTE_MODEL_PER_CONTACT, 2.0 * scale, error);
      break;
    }
  if (!ok ||
      !vb_vendor_quote_set_term_months (q, v % 3 == 0 ? 24 : 36, error) ||
      !vb_vendor_quote_set_termination_fee (q, 5000, error) ||
      !vb_vendor_quote_set_minimum_monthly_fee (q, v % 4 == 0 ? 150000 : 0, error))
    return FALSE;
  if (v % 7 == 3)
    return TRUE;    /* one-time fees not asked yet: a finding */
  if (v % 2 == 0)
    return vb_vendor_quote_set_no_fees (q, error);
  if (!vb_vendor_quote_set_setup_fee (q, 25000, error) ||
      !vb_vendor_quote_set_training_per_agent (q, 400, error))
    return FALSE;
  if (v % 6 == 1)
    return vb_vendor_quote_set_currency (q, "EUR", error) &&
           vb_vendor_quote_set_exchange_rate (q, 0.86, error);
  return TRUE;
}

typedef struct {
  GPtrArray *finalists;     /* of VbVendor, transfer none */
  GPtrArray *judged;        /* of VbCriterion, transfer none */
  GPtrArray *evaluators;    /* of VbEvaluator, transfer none */
} Rows;

static gboolean
add_criteria (VbProject  *project,
              Rows       *rows,
              GError    **error)
{
  for (guint k = 0; k < N_CATEGORIES; k++)
    {
      g_autofree char *name = g_strdup_printf ("Category %u", k + 1);
      VbCriterion *category = vb_project_add_criterion_category (project, name, error);

      if (category == NULL ||
          !vb_criterion_set_weight (category, k == 0 ? 25 : 15, error))
        return FALSE;
      for (guint j = 0; j < N_PER_CATEGORY; j++)
        {
          VbCriterionKind kind = VB_CRITERION_KIND_JUDGED;
          g_autofree char *child = NULL;
          VbCriterion *c;

          if (k == 0 && j == 0)
            kind = VB_CRITERION_KIND_PRICE;
          else if (k == 1 && j == 0)
            kind = VB_CRITERION_KIND_COMPLIANCE;
          else if (k == 2 && j == 0)
            kind = VB_CRITERION_KIND_REFERENCE;
          child = g_strdup_printf ("Criterion %u.%u", k + 1, j + 1);
          c = vb_criterion_add_criterion (category, kind, child, error);
          if (c == NULL ||
              !vb_criterion_set_weight (c, j == 0 ? 19 : 9, error))
            return FALSE;
          if (kind == VB_CRITERION_KIND_JUDGED)
            g_ptr_array_add (rows->judged, c);
        }
    }
  return TRUE;
}

static gboolean
add_rows (VbProject  *project,
          Rows       *rows,
          guint      *n_scores,
          GError    **error)
{
  GListModel *vendors = vb_project_get_vendors (project);

  vb_project_begin_edit_no_undo (project, -1, "Bench decision data");
  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_FINALIST)
        g_ptr_array_add (rows->finalists, vendor);
    }
  if (!add_forecast (project, error))
    goto fail;
  for (guint v = 0; v < rows->finalists->len; v++)
    if (!add_quote (rows->finalists->pdata[v], v, error))
      goto fail;
  if (!add_criteria (project, rows, error))
    goto fail;
  for (guint e = 0; e < N_EVALUATORS; e++)
    {
      g_autofree char *name = g_strdup_printf ("Evaluator %u", e + 1);
      VbEvaluator *evaluator = vb_project_add_evaluator (project, name, error);

      if (evaluator == NULL)
        goto fail;
      g_ptr_array_add (rows->evaluators, evaluator);
      for (guint v = 0; v < rows->finalists->len; v++)
        for (guint c = 0; c < rows->judged->len; c++)
          {
            if (!vb_evaluator_set_score (evaluator, rows->finalists->pdata[v], rows->judged->pdata[c],
                                         bench_score (v, c, e), NULL, error))
              goto fail;
            (*n_scores)++;
          }
    }
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

/* The rows found again in the reopened project */
static void
find_rows (VbProject *project,
           Rows      *rows)
{
  GListModel *vendors = vb_project_get_vendors (project);
  GListModel *criteria = vb_project_get_criteria (project);
  GListModel *evaluators = vb_project_get_evaluators (project);

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_FINALIST)
        g_ptr_array_add (rows->finalists, vendor);
    }
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (criteria, i);

      if (vb_criterion_get_kind (c) == VB_CRITERION_KIND_JUDGED)
        g_ptr_array_add (rows->judged, c);
    }
  for (guint i = 0; i < g_list_model_get_n_items (evaluators); i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      g_ptr_array_add (rows->evaluators, e);
    }
}

static void
rows_clear (Rows *rows)
{
  g_clear_pointer (&rows->finalists, g_ptr_array_unref);
  g_clear_pointer (&rows->judged, g_ptr_array_unref);
  g_clear_pointer (&rows->evaluators, g_ptr_array_unref);
}

static void
rows_init (Rows *rows)
{
  rows->finalists = g_ptr_array_new ();
  rows->judged = g_ptr_array_new ();
  rows->evaluators = g_ptr_array_new ();
}

gboolean
vb_cli_bench_decision_project (const char  *path,
                               GError     **error)
{
  g_autoptr(VbProject) project = vb_project_open (path, error);
  g_autoptr(VbGuide) guide = NULL;
  g_autoptr(GArray) recompute = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) guidance = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) after_quote = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) after_answer = g_array_new (FALSE, FALSE, sizeof (double));
  VbDecisionModel *model;
  const VbDecisionResult *result;
  Rows rows;
  guint n_scores = 0, n_findings, n_decision_findings = 0;
  double t0, t_add, t_open;

  if (project == NULL)
    return FALSE;
  rows_init (&rows);
  t0 = now_ms ();
  if (!add_rows (project, &rows, &n_scores, error))
    {
      rows_clear (&rows);
      return FALSE;
    }
  t_add = now_ms () - t0;
  rows_clear (&rows);
  g_clear_object (&project);

  t0 = now_ms ();
  project = vb_project_open (path, error);
  if (project == NULL)
    return FALSE;
  t_open = now_ms () - t0;
  rows_init (&rows);
  find_rows (project, &rows);

  model = vb_decision_model_get_for_project (project);
  guide = vb_guide_new (project);
  vb_guide_set_include_unavailable (guide, TRUE);
  vb_decision_model_get_result (model);
  vb_guide_refresh (guide);

  for (guint i = 0; i < N_EDITS; i++)
    {
      VbEvaluator *evaluator = rows.evaluators->pdata[i % rows.evaluators->len];
      VbVendor *vendor = rows.finalists->pdata[(i * 7) % rows.finalists->len];
      VbCriterion *criterion = rows.judged->pdata[(i * 13) % rows.judged->len];
      VbScore *score = vb_evaluator_find_score (evaluator, vendor, criterion);
      int value = score ? vb_score_get_score (score) % 5 + 1 : 3;
      double dt;
      gboolean ok;

      g_signal_handlers_block_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      ok = vb_evaluator_set_score (evaluator, vendor, criterion, value, NULL, error);
      g_signal_handlers_unblock_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      if (!ok)
        {
          rows_clear (&rows);
          return FALSE;
        }
      t0 = now_ms ();
      vb_decision_model_get_result (model);
      dt = now_ms () - t0;
      g_array_append_val (recompute, dt);
      t0 = now_ms ();
      vb_guide_refresh (guide);
      dt = now_ms () - t0;
      g_array_append_val (guidance, dt);
    }

  /* a quote's rate: the scores are kept, the pricing read again */
  for (guint i = 0; i < N_EDITS; i++)
    {
      VbVendorQuote *quote = vb_vendor_get_quote (rows.finalists->pdata[(i * 7) % rows.finalists->len]);
      g_autoptr(VbVendorQuoteLine) line = g_list_model_get_item (vb_vendor_quote_get_lines (quote), 0);
      double dt;
      gboolean ok;

      g_signal_handlers_block_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      ok = vb_vendor_quote_line_set_rate (line, vb_vendor_quote_line_get_rate (line) * 1.01, error);
      g_signal_handlers_unblock_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      if (!ok)
        {
          rows_clear (&rows);
          return FALSE;
        }
      t0 = now_ms ();
      vb_decision_model_get_result (model);
      dt = now_ms () - t0;
      g_array_append_val (after_quote, dt);
      vb_guide_refresh (guide);
    }

  /* an answer: that finalist's compliance and requirement results again,
   * its computed cells and knock-out patched in the kept scores */
  for (guint i = 0; i < N_EDITS; i++)
    {
      double dt;
      gboolean ok;

      g_signal_handlers_block_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      ok = vb_cli_bench_edit_response_answer (project, (int) i, error);
      g_signal_handlers_unblock_matched (project, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, guide);
      if (!ok)
        {
          rows_clear (&rows);
          return FALSE;
        }
      t0 = now_ms ();
      vb_decision_model_get_result (model);
      dt = now_ms () - t0;
      g_array_append_val (after_answer, dt);
      vb_guide_refresh (guide);
    }

  result = vb_decision_model_get_result (model);
  n_findings = g_list_model_get_n_items (vb_guide_get_findings (guide));
  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(VbFinding) finding = g_list_model_get_item (vb_guide_get_findings (guide), i);
      VbStage stage = vb_finding_get_stage (finding);

      n_decision_findings += stage == VB_STAGE_PRICING || stage == VB_STAGE_SCORING;
    }

  g_print ("\nthe decision stages in the bench project: a forecast of 3 channels, quotes of %u finalists,\n"
           "%d criteria in %d categories, %u evaluators (%u scores; one edit)\n",
           result->n_vendors, N_CATEGORIES * N_PER_CATEGORY, N_CATEGORIES, rows.evaluators->len, n_scores);
  g_print ("%-44s %10.1f ms\n", "add the rows (one commit)", t_add);
  g_print ("%-44s %10.1f ms\n", "open the bigger project (verify + load)", t_open);
  g_print ("%-44s %10.3f ms  (p99 %.3f ms; target < 5 ms)\n", "decision recompute after a score edit (median)",
           quantile (recompute, 0.5), quantile (recompute, 0.99));
  g_print ("%-44s %10.3f ms  (p99 %.3f ms; target < 5 ms)\n", "decision recompute after a quote edit (median)",
           quantile (after_quote, 0.5), quantile (after_quote, 0.99));
  g_print ("%-44s %10.3f ms  (p99 %.3f ms; target < 5 ms)\n", "decision recompute after a response edit (median)",
           quantile (after_answer, 0.5), quantile (after_answer, 0.99));
  g_print ("%-44s %10.3f ms  (p99 %.3f ms, %u findings, %u of them Pricing or Scoring; target < 2 ms)\n",
           "guidance after a score edit (median)", quantile (guidance, 0.5), quantile (guidance, 0.99),
           n_findings, n_decision_findings);
  if (quantile (guidance, 0.5) >= 2 || quantile (recompute, 0.5) >= 5)
    g_print ("  over a target on this project\n");
  rows_clear (&rows);
  return TRUE;
}
