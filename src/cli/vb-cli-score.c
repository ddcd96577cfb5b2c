/* vb-cli-score.c — the decision stages' results on the command line
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   vendorbench-cli pricing FILE [--json]
 *   vendorbench-cli score FILE [--json]
 *
 * Both read the project through the decision model (vb-decision-model.h),
 * the one recompute the window and guidance use. Amounts are in the
 * project's currency. The JSON keys are what scripts rely on:
 *
 * pricing: "currency", "in_house_annual_cost", "vendors": [{"uuid", "name",
 *   "has_quote", "complete", "annual_cost", "first_year_cost", "term_cost",
 *   "cost_per_contact", "roi_first_year", "missing": [words]}]
 * score: "currency", "leader", "ranking": [{"uuid", "name", "rank",
 *   "total", "incomplete", "disqualified", "categories": [{"uuid", "name",
 *   "points", "score"}], "knockouts": [{"reason", "accepted"}],
 *   "negotiation": kind, "negotiation_target"}], "criteria": [{"uuid",
 *   "name", "category", "global_weight", "tipping_point", "direction",
 *   "new_leader", "critical"}], "disagreements": [{"vendor", "criterion",
 *   "sd", "min", "max"}]
 */

#define G_LOG_DOMAIN "vb-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "vb-cli.h"
#include "vb-decision-model.h"
#include "vb-format.h"
#include "vb-json.h"
#include "vb-text.h"

static void
json_number (GString *s,
             double   value)
{
  if (isfinite (value))
    vb_json_append_double (s, value);
  else
    g_string_append (s, "null");
}

static void
json_string (GString    *s,
             const char *text)
{
  vb_json_append_string (s, text ? text : "");
}

static VbProject *
open_project (GOptionContext  *context,
              int              argc,
              char           **argv,
              int             *rc)
{
  GError *error = NULL;
  VbProject *project;

  if (argc != 2)
    {
      *rc = vb_cli_usage_error (context, _("Give the path of a project file."));
      return NULL;
    }
  project = vb_project_open_full (argv[1], VB_OPEN_READ_ONLY, NULL, &error);
  if (project == NULL)
    *rc = vb_cli_fail (error);
  return project;
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               int             *rc)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *rc = vb_cli_usage_error (context, error->message);
      return FALSE;
    }
  return TRUE;
}

/* The result of the vendor's quote, or NULL without one */
static const VbDecisionQuoteResult *
quote_of (const VbDecisionResult *result,
          const VbDecisionInput  *input,
          guint                   vendor)
{
  for (guint q = 0; q < result->n_quotes; q++)
    if (input->quotes[q].vendor == vendor && !result->quotes[q].ignored)
      return &result->quotes[q];
  return NULL;
}

static char *
money (double      value,
       const char *currency)
{
  return vb_format_money (value, currency);
}

/* Pads @text to @width columns (characters, not bytes); project text is
 * escaped on a terminal */
static void
print_cell (const char *raw,
            int         width,
            gboolean    right)
{
  g_autofree char *text = isatty (STDOUT_FILENO) ? vb_text_for_terminal (raw) : g_utf8_make_valid (raw ? raw : "", -1);
  glong len = g_utf8_strlen (text, -1);
  int pad = width > len ? width - (int) len : 0;

  if (right)
    g_print ("%*s%s  ", pad, "", text);
  else
    g_print ("%s%*s  ", text, pad, "");
}

/* ---------------------------------------------------------------- pricing */

int
vb_cli_pricing (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — every finalist’s quote priced on the forecast"));
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbDecisionModel) model = NULL;
  const VbDecisionResult *result;
  const VbDecisionInput *input;
  const char *currency;
  double in_house;
  int rc = 0;
  guint n;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &rc) || !(project = open_project (context, argc, argv, &rc)))
    return rc;
  model = vb_decision_model_new (project);
  result = vb_decision_model_get_result (model);
  input = vb_decision_model_get_input (model);
  currency = vb_project_get_currency (project);
  in_house = vb_decision_model_get_in_house_cost (model, NULL);
  n = vb_decision_model_get_n_vendors (model);

  if (json)
    {
      g_autoptr(GString) s = g_string_new ("{\n  \"currency\": ");

      json_string (s, currency);
      g_string_append (s, ",\n  \"in_house_annual_cost\": ");
      json_number (s, in_house);
      g_string_append (s, ",\n  \"vendors\": [");
      for (guint v = 0; v < n; v++)
        {
          VbVendor *vendor = vb_decision_model_get_vendor (model, v);
          const VbDecisionQuoteResult *q = quote_of (result, input, v);

          g_string_append (s, v ? ",\n    {\"uuid\": " : "\n    {\"uuid\": ");
          json_string (s, vb_record_get_uuid (VB_RECORD (vendor)));
          g_string_append (s, ", \"name\": ");
          json_string (s, vb_vendor_get_name (vendor));
          g_string_append_printf (s, ", \"has_quote\": %s, \"complete\": %s",
                                  q ? "true" : "false", q && q->complete ? "true" : "false");
          g_string_append (s, ",\n      \"annual_cost\": ");
          json_number (s, q ? q->price.annual_cost : NAN);
          g_string_append (s, ", \"first_year_cost\": ");
          json_number (s, q ? q->price.first_year_cost : NAN);
          g_string_append (s, ", \"term_cost\": ");
          json_number (s, q ? q->price.term_cost : NAN);
          g_string_append (s, ", \"cost_per_contact\": ");
          json_number (s, q ? q->price.cost_per_contact : NAN);
          g_string_append (s, ", \"roi_first_year\": ");
          json_number (s, q && q->has_roi ? q->roi.first_year_saving : NAN);
          g_string_append (s, ",\n      \"missing\": [");
          if (q == NULL)
            json_string (s, _("There is no quote from this vendor yet."));
          for (guint g = 0; q && q->price.gaps && g < q->price.gaps->len; g++)
            {
              const VbPriceGap *gap = g_ptr_array_index (q->price.gaps, g);

              if (g)
                g_string_append (s, ", ");
              json_string (s, gap->message);
            }
          g_string_append (s, "]}");
        }
      g_string_append (s, n ? "\n  ]\n}\n" : "]\n}\n");
      fputs (s->str, stdout);
      return 0;
    }

  if (n == 0)
    {
      g_print ("%s\n", _("No finalist yet: move vendors to the finalists to compare their quotes."));
      return 0;
    }
  print_cell (_("Vendor"), 24, FALSE);
  print_cell (_("A year"), 14, TRUE);
  print_cell (_("Whole term"), 14, TRUE);
  print_cell (_("Per contact"), 12, TRUE);
  print_cell (_("First-year saving"), 18, TRUE);
  g_print ("\n");
  for (guint v = 0; v < n; v++)
    {
      VbVendor *vendor = vb_decision_model_get_vendor (model, v);
      const VbDecisionQuoteResult *q = quote_of (result, input, v);
      g_autofree char *annual = money (q ? q->price.annual_cost : NAN, currency);
      g_autofree char *term = money (q ? q->price.term_cost : NAN, currency);
      g_autofree char *per = vb_format_money_rate (q ? q->price.cost_per_contact : NAN, currency);
      g_autofree char *roi = money (q && q->has_roi ? q->roi.first_year_saving : NAN, currency);

      print_cell (vb_vendor_get_display_name (vendor), 24, FALSE);
      print_cell (annual, 14, TRUE);
      print_cell (term, 14, TRUE);
      print_cell (per, 12, TRUE);
      print_cell (roi, 18, TRUE);
      g_print ("\n");
      if (q == NULL)
        g_print ("    %s\n", _("There is no quote from this vendor yet."));
      for (guint g = 0; q && q->price.gaps && g < q->price.gaps->len; g++)
        {
          g_print ("    ");
          print_cell (((const VbPriceGap *) g_ptr_array_index (q->price.gaps, g))->message, 0, FALSE);
          g_print ("\n");
        }
    }
  if (isnan (in_house))
    g_print ("\n%s\n", _("No in-house cost yet: enter it, or the cost of the tasks to outsource, for the savings."));
  return 0;
}

/* ---------------------------------------------------------------- score */

static const char *
negotiation_word (VbNegotiationKind kind)
{
  switch (kind)
    {
    case VB_NEGOTIATION_TARGET:
      return "target";
    case VB_NEGOTIATION_NO_PRICE:
      return "no-price";
    case VB_NEGOTIATION_HEADROOM:
      return "headroom";
    case VB_NEGOTIATION_UNLIMITED:
      return "unlimited";
    case VB_NEGOTIATION_NOT_APPLICABLE:
    default:
      return "not-applicable";
    }
}

static void
append_knockouts (GString *s,
                  GArray  *issues,
                  gboolean *first)
{
  for (guint i = 0; i < issues->len; i++)
    {
      VbSelectionIssue *issue = &g_array_index (issues, VbSelectionIssue, i);

      g_string_append (s, *first ? "{\"reason\": " : ", {\"reason\": ");
      json_string (s, issue->reason);
      g_string_append_printf (s, ", \"accepted\": %s}", issue->accepted ? "true" : "false");
      *first = FALSE;
    }
}

static void
score_json (VbDecisionModel        *model,
            const VbDecisionResult *result,
            const char             *currency)
{
  const VbScoringResult *sr = result->scoring;
  g_autoptr(GString) s = g_string_new ("{\n  \"currency\": ");
  guint n_nodes = vb_decision_model_get_n_nodes (model);
  gboolean first;

  json_string (s, currency);
  g_string_append (s, ",\n  \"leader\": ");
  if (sr->leader >= 0)
    json_string (s, vb_record_get_uuid (VB_RECORD (vb_decision_model_get_vendor (model, (guint) sr->leader))));
  else
    g_string_append (s, "null");
  g_string_append (s, ",\n  \"ranking\": [");
  for (guint i = 0; i < sr->n_vendors; i++)
    {
      guint v = sr->order[i];
      VbVendor *vendor = vb_decision_model_get_vendor (model, v);
      const VbVendorTotal *t = &sr->vendors[v];
      const VbVendorScores *scores = vb_decision_model_get_vendor_scores (model, v);
      const VbNegotiationTarget *target = &result->negotiation[v];

      g_string_append (s, i ? ",\n    {\"uuid\": " : "\n    {\"uuid\": ");
      json_string (s, vb_record_get_uuid (VB_RECORD (vendor)));
      g_string_append (s, ", \"name\": ");
      json_string (s, vb_vendor_get_name (vendor));
      g_string_append_printf (s, ", \"rank\": %u, \"total\": ", t->rank);
      json_number (s, t->total);
      g_string_append_printf (s, ", \"incomplete\": %s, \"disqualified\": %s,\n      \"categories\": [",
                              t->incomplete ? "true" : "false", t->disqualified ? "true" : "false");
      first = TRUE;
      for (guint node = 0; node < n_nodes; node++)
        {
          VbCriterion *c = vb_decision_model_get_node (model, node);

          if (!vb_criterion_is_category (c))
            continue;
          g_string_append (s, first ? "{\"uuid\": " : ", {\"uuid\": ");
          json_string (s, vb_record_get_uuid (VB_RECORD (c)));
          g_string_append (s, ", \"name\": ");
          json_string (s, vb_criterion_get_name (c));
          g_string_append (s, ", \"points\": ");
          json_number (s, vb_scoring_result_points (sr, v, node));
          g_string_append (s, ", \"score\": ");
          json_number (s, vb_scoring_result_category_score (sr, v, node));
          g_string_append (s, "}");
          first = FALSE;
        }
      g_string_append (s, "],\n      \"knockouts\": [");
      first = TRUE;
      append_knockouts (s, scores->requirements->knockouts, &first);
      append_knockouts (s, scores->compliance->knockouts, &first);
      g_string_append (s, "],\n      \"negotiation\": ");
      json_string (s, negotiation_word (target->kind));
      g_string_append (s, ", \"negotiation_target\": ");
      json_number (s, target->kind == VB_NEGOTIATION_TARGET || target->kind == VB_NEGOTIATION_HEADROOM
                      ? target->target_price : NAN);
      g_string_append (s, "}");
    }
  g_string_append (s, sr->n_vendors ? "\n  ],\n  \"criteria\": [" : "],\n  \"criteria\": [");
  first = TRUE;
  for (guint node = 0; node < n_nodes; node++)
    {
      VbCriterion *c = vb_decision_model_get_node (model, node);
      VbCriterion *parent = vb_criterion_get_parent (c);
      const VbTippingPoint *tp = &sr->tipping[node];
      gboolean has_tip = tp->defined && isfinite (tp->tip_pct);

      if (vb_criterion_is_category (c))
        continue;
      g_string_append (s, first ? "\n    {\"uuid\": " : ",\n    {\"uuid\": ");
      json_string (s, vb_record_get_uuid (VB_RECORD (c)));
      g_string_append (s, ", \"name\": ");
      json_string (s, vb_criterion_get_name (c));
      g_string_append (s, ", \"category\": ");
      if (parent)
        json_string (s, vb_record_get_uuid (VB_RECORD (parent)));
      else
        g_string_append (s, "null");
      g_string_append (s, ",\n      \"global_weight\": ");
      json_number (s, sr->weights->nodes[node].global_pct);
      g_string_append (s, ", \"tipping_point\": ");
      json_number (s, has_tip ? tp->tip_pct : NAN);
      g_string_append (s, ", \"direction\": ");
      if (has_tip)
        json_string (s, tp->direction == VB_DIRECTION_HIGHER ? "up" : "down");
      else
        g_string_append (s, "null");
      g_string_append (s, ", \"new_leader\": ");
      if (has_tip && tp->new_leader >= 0)
        json_string (s, vb_record_get_uuid (VB_RECORD (vb_decision_model_get_vendor (model, (guint) tp->new_leader))));
      else
        g_string_append (s, "null");
      g_string_append_printf (s, ", \"critical\": %s}", tp->defined && tp->critical ? "true" : "false");
      first = FALSE;
    }
  g_string_append (s, first ? "],\n  \"disagreements\": [" : "\n  ],\n  \"disagreements\": [");
  first = TRUE;
  for (guint v = 0; v < sr->n_vendors; v++)
    for (guint node = 0; node < n_nodes; node++)
      {
        const VbScoreCell *cell = vb_scoring_result_cell (sr, v, node);

        if (!cell->disagreement)
          continue;
        g_string_append (s, first ? "\n    {\"vendor\": " : ",\n    {\"vendor\": ");
        json_string (s, vb_record_get_uuid (VB_RECORD (vb_decision_model_get_vendor (model, v))));
        g_string_append (s, ", \"criterion\": ");
        json_string (s, vb_record_get_uuid (VB_RECORD (vb_decision_model_get_node (model, node))));
        g_string_append (s, ", \"sd\": ");
        json_number (s, cell->sd);
        g_string_append_printf (s, ", \"min\": %d, \"max\": %d}", cell->min, cell->max);
        first = FALSE;
      }
  g_string_append (s, first ? "]\n}\n" : "\n  ]\n}\n");
  fputs (s->str, stdout);
}

int
vb_cli_score (int    argc,
              char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — the finalists ranked on the weighted criteria"));
  g_autoptr(VbProject) project = NULL;
  g_autoptr(VbDecisionModel) model = NULL;
  const VbDecisionResult *result;
  const VbScoringResult *sr;
  const char *currency;
  guint n_nodes;
  int rc = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &rc) || !(project = open_project (context, argc, argv, &rc)))
    return rc;
  model = vb_decision_model_new (project);
  result = vb_decision_model_get_result (model);
  sr = result->scoring;
  currency = vb_project_get_currency (project);
  if (json)
    {
      score_json (model, result, currency);
      return 0;
    }

  if (sr->n_vendors == 0)
    {
      g_print ("%s\n", _("No finalist yet: move vendors to the finalists to score them."));
      return 0;
    }
  n_nodes = vb_decision_model_get_n_nodes (model);
  print_cell ("#", 3, TRUE);
  print_cell (_("Vendor"), 24, FALSE);
  print_cell (_("Total"), 7, TRUE);
  print_cell (_("Price target"), 16, TRUE);
  g_print ("\n");
  for (guint i = 0; i < sr->n_vendors; i++)
    {
      guint v = sr->order[i];
      const VbVendorTotal *t = &sr->vendors[v];
      const VbNegotiationTarget *target = &result->negotiation[v];
      g_autofree char *rank = t->disqualified ? g_strdup ("—") : g_strdup_printf ("%u", t->rank);
      g_autofree char *total = vb_format_number (t->total, 1);
      g_autofree char *price = NULL;

      if (target->kind == VB_NEGOTIATION_TARGET || target->kind == VB_NEGOTIATION_HEADROOM)
        price = money (target->target_price, currency);
      else if (target->kind == VB_NEGOTIATION_NO_PRICE)
        price = g_strdup (_("no price is low enough"));
      else if (target->kind == VB_NEGOTIATION_UNLIMITED)
        price = g_strdup (_("any price"));
      else
        price = g_strdup ("—");
      print_cell (rank, 3, TRUE);
      print_cell (vb_vendor_get_display_name (vb_decision_model_get_vendor (model, v)), 24, FALSE);
      print_cell (total, 7, TRUE);
      print_cell (price, 16, TRUE);
      if (t->disqualified)
        g_print ("%s", _("knocked out"));
      else if (t->incomplete)
        g_print ("%s", _("incomplete"));
      g_print ("\n");
    }
  g_print ("\n");
  print_cell (_("Criterion"), 28, FALSE);
  print_cell (_("Weight"), 7, TRUE);
  print_cell (_("Tipping point"), 14, TRUE);
  g_print ("\n");
  for (guint node = 0; node < n_nodes; node++)
    {
      VbCriterion *c = vb_decision_model_get_node (model, node);
      const VbTippingPoint *tp = &sr->tipping[node];
      g_autofree char *weight = NULL;
      g_autofree char *tip = NULL;

      if (vb_criterion_is_category (c))
        continue;
      weight = vb_format_percent (sr->weights->nodes[node].global_pct, 1);
      tip = tp->defined && isfinite (tp->tip_pct) ? vb_format_percent (tp->tip_pct, 1) : g_strdup (_("never"));
      print_cell (vb_criterion_get_name (c), 28, FALSE);
      print_cell (weight, 7, TRUE);
      print_cell (tip, 14, TRUE);
      if (tp->defined && tp->critical)
        g_print ("%s", _("critical"));
      g_print ("\n");
    }
  if (sr->n_disagreements)
    {
      g_print ("\n");
      g_print (ngettext ("Evaluators disagree on %u score.\n", "Evaluators disagree on %u scores.\n",
                         sr->n_disagreements), sr->n_disagreements);
    }
  return 0;
}
