/* vb-decision-model.c — the decision engine fed from the project, once per edit
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How rows become the engine's input:
 * - forecast: one VbForecastChannel per forecast_channel row; a month
 *   without a row has no volume (NAN: the engine says so). The staffing
 *   interval and peak factor are the first channel's; the paid hours per
 *   FTE the project's. A queued channel's answer time is its response
 *   target in hours; after-contact work is not in the forecast (NAN).
 * - quotes: the first quote of each finalist; each quote_line a
 *   VbQuoteLine; the fixed monthly fee and the monthly extras a fixed
 *   (blended) line on a channel the quote's own lines already price, so
 *   they never hide a channel no line prices. Setup and integration fees
 *   once, training per agent; the three empty = not asked, all 0 = none.
 *   The surcharge is the first line's that has one. A quote in the
 *   project's currency (or "") has rate 1.
 * - ROI: the benefits and transition costs; the in-house cost is the
 *   project's entered one, else the annual cost of the tasks planned for
 *   outsourcing; no in-house cost, no ROI.
 * - scoring: the criteria tree depth-first; the weight entered (SMART
 *   points with SMART weighting); every evaluator (advisory ones marked);
 *   scores, agreed scores; compliance and reference scores of the
 *   selection stage for the computed criteria (NAN without one); a vendor
 *   with a knock-out that has no accepted exception is disqualified. The
 *   first price criterion gets the engine's price values.
 */

#define G_LOG_DOMAIN "vb-decision-model"

#include "config.h"

#include <math.h>

#include "vb-channel-forecast.h"
#include "vb-decision-model-private.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-record-list.h"
#include "vb-score-tracker.h"
#include "vb-record-private.h"
#include "vb-roi.h"
#include "vb-task.h"


G_DEFINE_FINAL_TYPE (VbDecisionModel, vb_decision_model, G_TYPE_OBJECT)

/* The indices' keys are row uuids, random from their first characters:
 * hashing 16 of them is enough, and twice as quick over 30,000 scores */
static guint
uuid_hash (gconstpointer key)
{
  const guchar *s = key;
  guint32 h = 2166136261u;

  for (guint i = 0; i < 16 && s[i] != '\0'; i++)
    h = (h ^ s[i]) * 16777619u;
  return h;
}

/* The criteria, evaluators and their scores, with the selection results
 * of the vendors, in a scoring model: kept over an edit of a quote, the
 * forecast or a task (the engine writes the price criterion anew each
 * time) */
static void
clear_scoring (VbDecisionModel *self)
{
  g_clear_pointer (&self->scoring, vb_scoring_model_free);
  g_ptr_array_set_size (self->nodes, 0);
  g_hash_table_remove_all (self->node_index);
  g_ptr_array_set_size (self->evaluators, 0);
  g_hash_table_remove_all (self->evaluator_index);
  self->scoring_valid = FALSE;
}

/* The finalists and their compliance, requirement and reference results
 * stay over an edit that none of their tables saw (a score, a weight, a
 * quote): they are the costliest part to read */
static void
clear_vendors (VbDecisionModel *self)
{
  clear_scoring (self);   /* its vendor indices are these */
  g_ptr_array_set_size (self->vendors, 0);
  g_ptr_array_set_size (self->vendor_scores, 0);
  g_hash_table_remove_all (self->vendor_index);
  self->vendors_valid = FALSE;
}

static void
clear (VbDecisionModel *self)
{
  g_clear_pointer (&self->result, vb_decision_result_free);
  g_ptr_array_set_size (self->quote_rows, 0);
  g_array_set_size (self->channels, 0);
  g_array_set_size (self->quotes, 0);
  g_array_set_size (self->decision_quotes, 0);
  g_ptr_array_set_size (self->blocks, 0);
  g_array_set_size (self->benefits, 0);
  g_array_set_size (self->transition, 0);
  memset (&self->input, 0, sizeof self->input);
  self->valid = FALSE;
}

/* Every table the reading below touches (the guidance rules' rows name
 * the same, vb-guide-rules.c) */
static const char *const read_tables[] = {
  "project", "task", "vendor", "forecast_channel", "forecast_month", "quote", "quote_line",
  "roi_benefit", "transition_cost", "criterion", "evaluator", "score", "ahp_judgement",
  "consensus", "reference", "response", "requirement_section", "requirement",
  "question_domain", "question",
};

/* … of which these are the ones the finalists and their scores of the
 * selection stage (vb_vendor_scores_compute) read */
static const char *const vendor_tables[] = {
  "project", "vendor", "reference", "response", "requirement_section", "requirement",
  "question_domain", "question", NULL,
};

/* … of which these hold the finalists' answers (followed row by row) */
static const char *const answer_tables[] = { "response", "reference" };

/* … and with them, the tables of the scoring model */
static const char *const scoring_tables[] = {
  "project", "vendor", "reference", "response", "requirement_section", "requirement",
  "question_domain", "question", "criterion", "evaluator", "score", "ahp_judgement", "consensus", NULL,
};

/* Serials only grow: their sum changes with any edit of these tables */
static guint64
sum_serials (VbProject         *project,
             const char *const *tables,
             guint              n_tables)
{
  guint64 sum = 0;

  for (guint i = 0; i < n_tables; i++)
    sum += vb_project_get_table_serial (project, tables[i]);
  return sum;
}

static void
on_project_changed (VbProject *project,
                    gpointer   user_data)
{
  VbDecisionModel *self = user_data;

  /* the rows may have gone: drop everything that points at them (the
   * vendors' part is checked against its tables' serials when next read) */
  clear (self);
}

static void
vb_decision_model_dispose (GObject *object)
{
  VbDecisionModel *self = VB_DECISION_MODEL (object);

  if (self->project)
    {
      if (g_signal_handler_is_connected (self->project, self->changed_id))
        g_signal_handler_disconnect (self->project, self->changed_id);
      g_object_remove_weak_pointer (G_OBJECT (self->project), (gpointer *) &self->project);
      self->project = NULL;
    }
  g_clear_pointer (&self->tracker, vb_score_tracker_free);
  G_OBJECT_CLASS (vb_decision_model_parent_class)->dispose (object);
}

static void
vb_decision_model_finalize (GObject *object)
{
  VbDecisionModel *self = VB_DECISION_MODEL (object);

  clear (self);
  clear_vendors (self);
  g_ptr_array_unref (self->vendors);
  g_ptr_array_unref (self->vendor_scores);
  g_hash_table_unref (self->vendor_index);
  g_array_unref (self->answered);
  g_ptr_array_unref (self->nodes);
  g_hash_table_unref (self->node_index);
  g_ptr_array_unref (self->evaluators);
  g_hash_table_unref (self->evaluator_index);
  g_ptr_array_unref (self->quote_rows);
  g_array_unref (self->channels);
  g_array_unref (self->quotes);
  g_array_unref (self->decision_quotes);
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->benefits);
  g_array_unref (self->transition);
  G_OBJECT_CLASS (vb_decision_model_parent_class)->finalize (object);
}

static void
vb_decision_model_class_init (VbDecisionModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vb_decision_model_dispose;
  object_class->finalize = vb_decision_model_finalize;
}

static void
vb_decision_model_init (VbDecisionModel *self)
{
  self->vendors = g_ptr_array_new_with_free_func (g_object_unref);
  self->vendor_scores = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_vendor_scores_free);
  self->vendor_index = g_hash_table_new_full (uuid_hash, g_str_equal, g_free, NULL);
  self->answered = g_array_new (FALSE, FALSE, sizeof (guint));
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  self->node_index = g_hash_table_new_full (uuid_hash, g_str_equal, g_free, NULL);
  self->evaluators = g_ptr_array_new_with_free_func (g_object_unref);
  self->evaluator_index = g_hash_table_new_full (uuid_hash, g_str_equal, g_free, NULL);
  self->quote_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->channels = g_array_new (FALSE, TRUE, sizeof (VbForecastChannel));
  self->quotes = g_array_new (FALSE, TRUE, sizeof (VbQuote));
  self->decision_quotes = g_array_new (FALSE, TRUE, sizeof (VbDecisionQuote));
  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->benefits = g_array_new (FALSE, TRUE, sizeof (VbBenefit));
  self->transition = g_array_new (FALSE, TRUE, sizeof (VbTransitionCost));
}

VbDecisionModel *
vb_decision_model_new (VbProject *project)
{
  VbDecisionModel *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  self = g_object_new (VB_TYPE_DECISION_MODEL, NULL);
  self->project = project;
  g_object_add_weak_pointer (G_OBJECT (project), (gpointer *) &self->project);
  self->changed_id = g_signal_connect (project, "changed", G_CALLBACK (on_project_changed), self);
  self->tracker = vb_score_tracker_new (project);
  return self;
}

VbDecisionModel *
vb_decision_model_get_for_project (VbProject *project)
{
  VbDecisionModel *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  self = g_object_get_data (G_OBJECT (project), "vb-decision-model");
  if (self == NULL)
    {
      self = vb_decision_model_new (project);
      g_object_set_data_full (G_OBJECT (project), "vb-decision-model", self, g_object_unref);
    }
  return self;
}

/* ------------------------------------------------------------ reading */

static int
setting_enum (VbProjectSettings *settings,
              const char        *column,
              GType              type)
{
  int value = 0;

  if (!vb_enum_from_nick (type, vb_record_get_text (VB_RECORD (settings), column), &value))
    value = 0;
  return value;
}

static void
read_forecast (VbDecisionModel *self)
{
  GListModel *rows = vb_project_get_forecast_channels (self->project);
  guint n = g_list_model_get_n_items (rows);
  gboolean first = TRUE;

  vb_staffing_params_init (&self->input.params);
  self->input.params.paid_hours_per_fte =
    vb_project_settings_get_paid_hours_per_fte (vb_project_get_settings (self->project));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) row = g_list_model_get_item (rows, i);
      VbForecastChannel c;

      if (!vb_record_is_live (VB_RECORD (row)))
        continue;
      vb_forecast_channel_init (&c);
      c.channel = vb_channel_forecast_get_channel (row);
      c.live = vb_channel_forecast_get_live (row);
      for (guint m = 0; m < 12; m++)
        c.volume[m] = vb_channel_forecast_get_volume (row, m + 1);
      c.aht_seconds = vb_channel_forecast_get_aht_seconds (row);
      c.acw_seconds = NAN;
      c.open_hours_per_week = vb_channel_forecast_get_open_hours_per_week (row);
      c.service_level_pct = vb_channel_forecast_get_service_level_pct (row);
      c.service_seconds = c.live ? vb_channel_forecast_get_service_seconds (row)
                                 : vb_channel_forecast_get_response_hours (row) * 3600;
      c.shrinkage_pct = vb_channel_forecast_get_shrinkage_pct (row);
      c.max_occupancy_pct = vb_channel_forecast_get_occupancy_pct (row);
      c.concurrency = vb_channel_forecast_get_concurrency (row);
      if (first)
        {
          self->input.params.interval_minutes = vb_channel_forecast_get_interval_minutes (row);
          self->input.params.peak_factor = vb_channel_forecast_get_peak_factor (row);
          first = FALSE;
        }
      g_array_append_val (self->channels, c);
    }
  self->input.channels = (const VbForecastChannel *) self->channels->data;
  self->input.n_channels = self->channels->len;
}

static gboolean
same_currency (VbProject  *project,
               const char *currency)
{
  return currency == NULL || *currency == '\0' || g_ascii_strcasecmp (currency, vb_project_get_currency (project)) == 0;
}

/* One VbQuote from @row, its lines and fees in blocks the model owns */
static void
read_quote (VbDecisionModel *self,
            VbVendorQuote   *row,
            VbQuote         *q)
{
  GListModel *rows = vb_vendor_quote_get_lines (row);
  guint n = g_list_model_get_n_items (rows), n_lines = 0;
  VbQuoteLine *lines = g_new0 (VbQuoteLine, n + 1);
  VbOneTimeFee *fees = g_new0 (VbOneTimeFee, 3);
  double fixed = 0;
  gboolean any_fixed = FALSE;

  *q = (VbQuote) { 0 };
  q->surcharge_pct = NAN;
  q->surcharge_share_pct = NAN;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendorQuoteLine) l = g_list_model_get_item (rows, i);
      VbQuoteLine *line = &lines[n_lines];
      VbChannelScope scope;

      if (!vb_record_is_live (VB_RECORD (l)))
        continue;
      scope = vb_vendor_quote_line_get_channel (l);
      line->all_channels = scope == VB_CHANNEL_SCOPE_ALL;
      line->channel = line->all_channels ? VB_CHANNEL_PHONE : (VbChannel) (scope - 1);
      line->model = vb_vendor_quote_line_get_model (l);
      line->rate = vb_vendor_quote_line_get_rate (l);
      line->hour_basis = vb_vendor_quote_line_get_hour_basis (l);
      line->acw_billed = vb_vendor_quote_line_get_acw_billed (l);
      line->outcome_unit = vb_vendor_quote_line_get_outcome_unit (l);
      line->outcome_pct = vb_vendor_quote_line_get_outcome_pct (l);
      if (isnan (q->surcharge_pct) && !isnan (vb_vendor_quote_line_get_surcharge_pct (l)))
        {
          q->surcharge_pct = vb_vendor_quote_line_get_surcharge_pct (l);
          q->surcharge_share_pct = vb_vendor_quote_line_get_surcharge_share_pct (l);
        }
      n_lines++;
    }
  /* the fixed monthly fee and extras: a fixed line on a channel already priced */
  if (!isnan (vb_vendor_quote_get_fixed_monthly (row)))
    fixed += vb_vendor_quote_get_fixed_monthly (row), any_fixed = TRUE;
  if (!isnan (vb_vendor_quote_get_monthly_extras (row)))
    fixed += vb_vendor_quote_get_monthly_extras (row), any_fixed = TRUE;
  if (any_fixed && fixed > 0 && n_lines > 0)
    {
      VbQuoteLine *line = &lines[n_lines++];

      *line = lines[0];
      line->model = VB_QUOTE_MODEL_BLENDED;
      line->rate = fixed;
      line->outcome_unit = NULL;
    }
  q->lines = lines;
  q->n_lines = n_lines;
  q->fees_state = vb_vendor_quote_get_fees_state (row);
  fees[0] = (VbOneTimeFee) { "setup", vb_vendor_quote_get_setup_fee (row), FALSE };
  fees[1] = (VbOneTimeFee) { "training", vb_vendor_quote_get_training_per_agent (row), TRUE };
  fees[2] = (VbOneTimeFee) { "integration", vb_vendor_quote_get_integration_fee (row), FALSE };
  q->fees = fees;
  q->n_fees = 3;
  q->minimum_monthly = vb_vendor_quote_get_minimum_monthly_fee (row);
  q->minimum_hours = vb_vendor_quote_get_minimum_hours (row);
  q->minimum_fte = vb_vendor_quote_get_minimum_fte (row);
  q->term_months = (guint) MAX (0, vb_vendor_quote_get_term_months (row));
  q->exchange_rate = same_currency (self->project, vb_vendor_quote_get_currency (row))
                     ? 1 : vb_vendor_quote_get_exchange_rate (row);
  q->termination_fee = vb_vendor_quote_get_termination_fee (row);
  g_ptr_array_add (self->blocks, lines);
  g_ptr_array_add (self->blocks, fees);
}

static void
read_vendors (VbDecisionModel *self)
{
  GListModel *vendors = vb_project_get_vendors (self->project);
  guint n = g_list_model_get_n_items (vendors);
  guint64 serials = sum_serials (self->project, vendor_tables, G_N_ELEMENTS (vendor_tables) - 1);

  guint64 answers = sum_serials (self->project, answer_tables, G_N_ELEMENTS (answer_tables));
  GHashTable *answered = vb_score_tracker_get_answered (self->tracker);

  g_array_set_size (self->answered, 0);
  if (self->vendors_valid && self->vendor_serials == serials)
    return;
  if (self->vendors_valid && answered != NULL && self->vendor_serials - self->answer_serials == serials - answers)
    {
      /* only answers changed: compute again the finalists who gave them */
      GHashTableIter iter;
      gpointer uuid;

      g_hash_table_iter_init (&iter, answered);
      while (g_hash_table_iter_next (&iter, &uuid, NULL))
        {
          guint v = GPOINTER_TO_UINT (g_hash_table_lookup (self->vendor_index, uuid));

          if (v == 0)
            continue;
          vb_vendor_scores_free (self->vendor_scores->pdata[v - 1]);
          self->vendor_scores->pdata[v - 1] = vb_vendor_scores_compute (self->vendors->pdata[v - 1]);
          self->n_vendor_computes++;
          v--;
          g_array_append_val (self->answered, v);
        }
      goto done;
    }
  clear_vendors (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
      VbVendorStatus status = vb_vendor_get_status (v);

      if (!vb_record_is_live (VB_RECORD (v)) ||
          (status != VB_VENDOR_STATUS_FINALIST && status != VB_VENDOR_STATUS_SELECTED))
        continue;
      g_hash_table_insert (self->vendor_index, g_strdup (vb_record_get_uuid (VB_RECORD (v))),
                           GUINT_TO_POINTER (self->vendors->len + 1));
      g_ptr_array_add (self->vendors, g_object_ref (v));
      g_ptr_array_add (self->vendor_scores, vb_vendor_scores_compute (v));
      self->n_vendor_computes++;
    }
  self->vendors_valid = TRUE;
done:
  self->vendor_serials = serials;
  self->answer_serials = answers;
  vb_score_tracker_reset_answers (self->tracker);
}

static void
read_quotes (VbDecisionModel *self)
{
  /* the quotes: sized first, so that the pointers into the array hold */
  for (guint v = 0; v < self->vendors->len; v++)
    {
      VbVendorQuote *row = vb_vendor_get_quote (self->vendors->pdata[v]);

      if (row)
        g_ptr_array_add (self->quote_rows, g_object_ref (row));
    }
  g_array_set_size (self->quotes, self->quote_rows->len);
  g_array_set_size (self->decision_quotes, self->quote_rows->len);
  for (guint i = 0; i < self->quote_rows->len; i++)
    {
      VbVendorQuote *row = self->quote_rows->pdata[i];
      VbDecisionQuote *dq = &g_array_index (self->decision_quotes, VbDecisionQuote, i);

      read_quote (self, row, &g_array_index (self->quotes, VbQuote, i));
      dq->vendor = (guint) vb_decision_model_find_vendor (self, vb_vendor_quote_get_vendor (row));
      dq->quote = &g_array_index (self->quotes, VbQuote, i);
    }
  self->input.quotes = (const VbDecisionQuote *) self->decision_quotes->data;
  self->input.n_quotes = self->decision_quotes->len;
}

static void
read_roi (VbDecisionModel *self)
{
  VbProjectSettings *settings = vb_project_get_settings (self->project);
  GListModel *benefits = vb_project_get_roi_benefits (self->project);
  GListModel *costs = vb_project_get_transition_costs (self->project);
  guint n;

  self->in_house = vb_record_has_value (VB_RECORD (settings), "inhouse_annual_cost")
                   ? vb_record_get_real (VB_RECORD (settings), "inhouse_annual_cost") : NAN;
  self->in_house_from_tasks = FALSE;
  if (isnan (self->in_house))
    {
      GListModel *tasks = vb_project_get_tasks (self->project);
      double total = 0;
      gboolean any = FALSE;

      n = g_list_model_get_n_items (tasks);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbTask) task = g_list_model_get_item (tasks, i);
          double cost = vb_task_get_annual_cost (task);

          if (vb_task_get_plan (task) == VB_SOURCING_OUTSOURCE && !isnan (cost))
            total += cost, any = TRUE;
        }
      self->in_house = any ? total : NAN;
      self->in_house_from_tasks = any;
    }
  n = g_list_model_get_n_items (benefits);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRoiBenefit) b = g_list_model_get_item (benefits, i);
      VbBenefit item = { vb_roi_benefit_get_description (b), vb_roi_benefit_get_annual_amount (b) };

      if (!isnan (item.annual_amount))
        g_array_append_val (self->benefits, item);
    }
  n = g_list_model_get_n_items (costs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRoiCost) c = g_list_model_get_item (costs, i);
      VbTransitionCost item = { vb_roi_cost_get_description (c), vb_roi_cost_get_amount (c) };

      if (!isnan (item.amount))
        g_array_append_val (self->transition, item);
    }
  self->roi = (VbRoiInput) { self->in_house, (const VbBenefit *) self->benefits->data, self->benefits->len,
                             (const VbTransitionCost *) self->transition->data, self->transition->len };
  self->input.roi = isnan (self->in_house) ? NULL : &self->roi;
}

static void
add_node (VbDecisionModel *self,
          VbCriterion     *c,
          int              parent,
          gboolean         smart)
{
  double w = smart ? vb_criterion_get_smart_points (c) : vb_criterion_get_weight (c);
  guint node = vb_scoring_model_add (self->scoring, parent, vb_criterion_get_kind (c), isnan (w) || w < 0 ? 0 : w);

  g_return_if_fail (node == self->nodes->len);
  g_hash_table_insert (self->node_index, g_strdup (vb_record_get_uuid (VB_RECORD (c))), GUINT_TO_POINTER (node + 1));
  g_ptr_array_add (self->nodes, g_object_ref (c));
  if (vb_criterion_get_kind (c) == VB_CRITERION_KIND_PRICE && self->price_criterion < 0)
    self->price_criterion = (int) node;
}

/* The score table's columns (the uuid column is 0: never one of these) */
static guint col_score_vendor, col_score_criterion, col_score_value;

typedef struct {
  VbDecisionModel *self;
  int              evaluator;   /* −1: the row's own, looked up */
} ScoreWalk;

static guint col_score_evaluator;

/* One score row of an evaluator (borrowed): its reference columns are
 * looked up in the model's own indices by uuid, without resolving the
 * rows they name */
static void
read_score (gpointer data,
            gpointer user_data)
{
  VbRecord *r = data;
  ScoreWalk *walk = user_data;
  VbDecisionModel *self = walk->self;
  int v, node, e = walk->evaluator, score;

  /* a patched row may have been cleared or removed: its cell is emptied */
  score = vb_record_is_live (r) ? (int) vb_record_int_at (r, col_score_value) : 0;
  if (score <= 0 && e >= 0)
    return;
  if (e < 0)
    e = (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->evaluator_index,
                                                     vb_record_text_at (r, col_score_evaluator))) - 1;
  v = (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->vendor_index,
                                                   vb_record_text_at (r, col_score_vendor))) - 1;
  node = (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index,
                                                      vb_record_text_at (r, col_score_criterion))) - 1;
  if (e >= 0 && v >= 0 && node >= 0 &&
      vb_criterion_get_kind (self->nodes->pdata[node]) == VB_CRITERION_KIND_JUDGED)
    vb_scoring_model_set_score (self->scoring, (guint) e, (guint) v, (guint) node, MAX (score, 0));
}

/* The selection stage's part of one finalist: its computed criteria and
 * knock-outs */
static void
set_selection_cells (VbDecisionModel *self,
                     guint            v)
{
  const VbVendorScores *scores = self->vendor_scores->pdata[v];

  vb_scoring_model_set_disqualified (self->scoring, v,
                                     scores->requirements->n_knockouts_open + scores->compliance->n_knockouts_open > 0);
  for (guint node = 0; node < self->nodes->len; node++)
    {
      VbCriterionKind kind = vb_criterion_get_kind (self->nodes->pdata[node]);

      if (kind == VB_CRITERION_KIND_COMPLIANCE)
        vb_scoring_model_set_computed (self->scoring, v, node,
                                       scores->compliance->has_score ? scores->compliance->score : NAN);
      else if (kind == VB_CRITERION_KIND_REFERENCE)
        vb_scoring_model_set_computed (self->scoring, v, node,
                                       scores->references->has_score ? scores->references->score : NAN);
    }
}

static void
read_scoring (VbDecisionModel *self)
{
  VbProjectSettings *settings = vb_project_get_settings (self->project);
  VbWeighting weighting = setting_enum (settings, "weighting", VB_TYPE_WEIGHTING);
  GListModel *evaluators = vb_project_get_evaluators (self->project);
  GListModel *agreed = vb_project_get_consensus (self->project);
  g_autoptr(GPtrArray) top = NULL;
  guint n = g_list_model_get_n_items (evaluators);
  guint64 score_serial = vb_project_get_table_serial (self->project, "score");
  guint64 others = sum_serials (self->project, scoring_tables, G_N_ELEMENTS (scoring_tables) - 1) - score_serial -
                   self->answer_serials;

  /* the finalists whose answers changed: their computed cells (the
   * scoring model is still valid when read_vendors () kept the others) */
  if (self->scoring_valid && self->scoring_others == others)
    for (guint i = 0; i < self->answered->len; i++)
      set_selection_cells (self, g_array_index (self->answered, guint, i));
  if (self->scoring_valid && self->scoring_others == others)
    {
      /* only scores changed (or none): patch their cells, if the tracker
       * followed them */
      g_autoptr(GPtrArray) changed = vb_score_tracker_get_changed (self->tracker);

      if (changed != NULL)
        {
          ScoreWalk walk = { self, -1 };

          for (guint i = 0; i < changed->len; i++)
            read_score (changed->pdata[i], &walk);
          vb_score_tracker_reset (self->tracker);
          self->score_serial = score_serial;
          goto done;
        }
    }
  clear_scoring (self);
  top = vb_project_get_top_criteria (self->project);
  if (G_UNLIKELY (col_score_vendor == 0))
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (VB_TYPE_SCORE);

      col_score_evaluator = vb_record_class_column (VB_RECORD_CLASS (klass), "evaluator_id");
      col_score_vendor = vb_record_class_column (VB_RECORD_CLASS (klass), "vendor_id");
      col_score_criterion = vb_record_class_column (VB_RECORD_CLASS (klass), "criterion_id");
      col_score_value = vb_record_class_column (VB_RECORD_CLASS (klass), "score");
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      if (!vb_record_is_live (VB_RECORD (e)))
        continue;
      g_hash_table_insert (self->evaluator_index, g_strdup (vb_record_get_uuid (VB_RECORD (e))),
                           GUINT_TO_POINTER (self->evaluators->len + 1));
      g_ptr_array_add (self->evaluators, g_object_ref (e));
    }
  self->scoring = vb_scoring_model_new (self->vendors->len, self->evaluators->len);
  vb_scoring_model_set_weighting (self->scoring, weighting);
  vb_scoring_model_set_combination (self->scoring, setting_enum (settings, "combination", VB_TYPE_COMBINATION));
  vb_scoring_model_set_disagreement_sd (self->scoring, vb_record_get_real (VB_RECORD (settings), "disagreement_sd"));
  vb_scoring_model_set_critical_margin (self->scoring, vb_record_get_real (VB_RECORD (settings), "critical_margin_pct"));
  self->price_criterion = -1;

  for (guint i = 0; i < top->len; i++)
    {
      VbCriterion *c = top->pdata[i];
      int parent = (int) self->nodes->len;

      add_node (self, c, -1, weighting == VB_WEIGHTING_SMART);
      if (vb_criterion_is_category (c))
        {
          GListModel *children = vb_criterion_get_children (c);
          guint n_children = g_list_model_get_n_items (children);

          for (guint j = 0; j < n_children; j++)
            {
              g_autoptr(VbCriterion) child = g_list_model_get_item (children, j);

              if (vb_record_is_live (VB_RECORD (child)))
                add_node (self, child, parent, weighting == VB_WEIGHTING_SMART);
            }
        }
    }

  for (guint e = 0; e < self->evaluators->len; e++)
    {
      VbEvaluator *evaluator = self->evaluators->pdata[e];
      GListModel *scores = vb_evaluator_get_scores (evaluator);
      guint n_scores = g_list_model_get_n_items (scores);

      vb_scoring_model_set_advisory (self->scoring, e, vb_evaluator_get_advisory (evaluator));
      /* the bulk of the rows (50 vendors × 60 criteria × 10 evaluators is
       * 30,000), walked without a reference or a lookup by position each */
      if (VB_IS_RECORD_LIST (scores))
        {
          ScoreWalk walk = { self, (int) e };

          vb_record_list_foreach (VB_RECORD_LIST (scores), read_score, &walk);
        }
      else
        for (guint i = 0; i < n_scores; i++)
          {
            g_autoptr(VbScore) s = g_list_model_get_item (scores, i);
            ScoreWalk walk = { self, (int) e };

            read_score (s, &walk);
          }
    }
  n = g_list_model_get_n_items (agreed);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbConsensus) c = g_list_model_get_item (agreed, i);
      int v = vb_decision_model_find_vendor (self, vb_consensus_get_vendor (c));
      int node = vb_decision_model_find_node (self, vb_consensus_get_criterion (c));

      if (vb_record_is_live (VB_RECORD (c)) && v >= 0 && node >= 0 && vb_consensus_get_score (c) > 0)
        vb_scoring_model_set_consensus (self->scoring, (guint) v, (guint) node, vb_consensus_get_score (c));
    }

  for (guint v = 0; v < self->vendors->len; v++)
    set_selection_cells (self, v);
  self->scoring_others = others;
  self->score_serial = score_serial;
  self->scoring_valid = TRUE;
  vb_score_tracker_reset (self->tracker);
done:
  self->input.scoring = self->scoring;
  self->input.price_criterion = self->price_criterion;
}

/* Reads the rows again and computes, when an edit came since */
void
vb_decision_model_ensure (VbDecisionModel *self)
{
  /* a handler of "changed" that ran before ours (a guide made before
   * this model) must not read the result of before the edit; no row of
   * the project changed since it last held, the quick answer (every
   * reader asks, a guidance pass some thousand times) */
  if (self->valid && self->project != NULL && self->project_serial == vb_project_get_serial (self->project) &&
      !vb_score_tracker_has_changes (self->tracker))
    return;
  if (self->valid &&
      (self->project == NULL ||
       (self->serials == sum_serials (self->project, read_tables, G_N_ELEMENTS (read_tables)) &&
        !vb_score_tracker_has_changes (self->tracker))))
    {
      if (self->project != NULL)
        self->project_serial = vb_project_get_serial (self->project);
      return;
    }
  clear (self);
  if (self->project == NULL)
    {
      clear_vendors (self);
      self->valid = TRUE;
      self->result = vb_decision_compute (&self->input);
      return;
    }
  self->building = TRUE;
  read_forecast (self);
  read_vendors (self);
  read_quotes (self);
  read_roi (self);
  read_scoring (self);
  self->building = FALSE;
  self->result = vb_decision_compute (&self->input);
  self->n_computes++;
  self->serials = sum_serials (self->project, read_tables, G_N_ELEMENTS (read_tables));
  self->project_serial = vb_project_get_serial (self->project);
  self->valid = TRUE;
}
