/* vb-evaluator.c — evaluators, their scores and pairwise judgements, and
 * the agreed scores
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules: a score is for a judged criterion (a category or a computed
 * criterion is not scored by hand); an agreed score names who agreed and
 * why; a pairwise judgement compares two siblings on the 1/9 … 9 scale and
 * is stored once per pair and evaluator.
 */

#define G_LOG_DOMAIN "vb-evaluator"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-ahp.h"
#include "vb-entity-private.h"
#include "vb-evaluator.h"
#include "vb-format.h"

struct _VbEvaluator { VbRecord parent_instance; };
struct _VbScore { VbRecord parent_instance; };
struct _VbConsensus { VbRecord parent_instance; };
struct _VbAhpJudgement { VbRecord parent_instance; };

G_DEFINE_FINAL_TYPE (VbEvaluator, vb_evaluator, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbScore, vb_score, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbConsensus, vb_consensus, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbAhpJudgement, vb_ahp_judgement, VB_TYPE_RECORD)

static guint col_e_name, col_e_role, col_e_advisor, col_e_advisory;
static guint col_s_evaluator, col_s_vendor, col_s_criterion, col_s_score, col_s_comment;
static guint col_c_vendor, col_c_criterion, col_c_score, col_c_reason, col_c_by;
static guint col_j_a, col_j_b, col_j_value, col_j_evaluator;

#define R(self) VB_RECORD (self)

static void
vb_evaluator_class_init (VbEvaluatorClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "evaluator");
  col_e_name = vb_record_class_column (record_class, "name");
  col_e_role = vb_record_class_column (record_class, "role");
  col_e_advisor = vb_record_class_column (record_class, "is_advisor");
  col_e_advisory = vb_record_class_column (record_class, "advisory");
}

static void vb_evaluator_init (VbEvaluator *self) { }

static VbCriterion *
criterion_at (VbRecord *row,
              guint     column)
{
  VbRecord *r = vb_entity_ref_at (row, column);

  return r ? VB_CRITERION (r) : NULL;
}

static gboolean
check_judged (VbCriterion  *criterion,
              GError      **error)
{
  if (criterion && vb_criterion_get_kind (criterion) != VB_CRITERION_KIND_JUDGED)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is not scored by hand: only judged criteria take a score from 1 to 5."),
                   vb_criterion_get_name (criterion));
      return FALSE;
    }
  return TRUE;
}

static gboolean
vb_score_set_column (VbRecord      *record,
                     guint          column,
                     const GValue  *value,
                     GError       **error)
{
  if (column == col_s_score)
    return vb_score_set_score (VB_SCORE (record), (int) MAX (0, g_value_get_int64 (value)), error);
  return VB_RECORD_CLASS (vb_score_parent_class)->set_column (record, column, value, error);
}

static void
vb_score_class_init (VbScoreClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_score_set_column;
  vb_record_class_bind_table (record_class, "score");
  col_s_evaluator = vb_record_class_column (record_class, "evaluator_id");
  col_s_vendor = vb_record_class_column (record_class, "vendor_id");
  col_s_criterion = vb_record_class_column (record_class, "criterion_id");
  col_s_score = vb_record_class_column (record_class, "score");
  col_s_comment = vb_record_class_column (record_class, "comment");
}

static void vb_score_init (VbScore *self) { }

/* An agreed score names who agreed and why, whoever writes it */
static gboolean
vb_consensus_set_column (VbRecord      *record,
                         guint          column,
                         const GValue  *value,
                         GError       **error)
{
  if ((column == col_c_reason || column == col_c_by) && vb_str_is_blank (g_value_get_string (value)))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   column == col_c_reason ? _("An agreed score needs the reason: say why, in a sentence.")
                   : _("An agreed score needs the name of who agreed it."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_consensus_parent_class)->set_column (record, column, value, error);
}

static void
vb_consensus_class_init (VbConsensusClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_consensus_set_column;
  vb_record_class_bind_table (record_class, "consensus");
  col_c_vendor = vb_record_class_column (record_class, "vendor_id");
  col_c_criterion = vb_record_class_column (record_class, "criterion_id");
  col_c_score = vb_record_class_column (record_class, "score");
  col_c_reason = vb_record_class_column (record_class, "reason");
  col_c_by = vb_record_class_column (record_class, "decided_by");
}

static void vb_consensus_init (VbConsensus *self) { }

/* A generic write goes through vb_project_set_ahp_judgement's checks */
static gboolean
vb_ahp_judgement_set_column (VbRecord      *record,
                             guint          column,
                             const GValue  *value,
                             GError       **error)
{
  if (column == col_j_a || column == col_j_b || column == col_j_evaluator)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A pairwise judgement stays with its two criteria: judge the other pair instead."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_ahp_judgement_parent_class)->set_column (record, column, value, error);
}

static void
vb_ahp_judgement_class_init (VbAhpJudgementClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_ahp_judgement_set_column;
  vb_record_class_bind_table (record_class, "ahp_judgement");
  col_j_a = vb_record_class_column (record_class, "criterion_a");
  col_j_b = vb_record_class_column (record_class, "criterion_b");
  col_j_value = vb_record_class_column (record_class, "value");
  col_j_evaluator = vb_record_class_column (record_class, "evaluator_id");
}

static void vb_ahp_judgement_init (VbAhpJudgement *self) { }

#define E_TEXT(name, col) VB_ENTITY_TEXT (vb_evaluator, VbEvaluator, VB_IS_EVALUATOR, name, col)
#define E_BOOL(name, col) VB_ENTITY_BOOL (vb_evaluator, VbEvaluator, VB_IS_EVALUATOR, name, col)

E_TEXT (name, col_e_name)
E_TEXT (role, col_e_role)
E_BOOL (is_advisor, col_e_advisor)
E_BOOL (advisory, col_e_advisory)

/* Whether reference column @column of @row names @target (NULL: empty) */
static gboolean
refers_to (VbRecord *row,
           guint     column,
           VbRecord *target)
{
  const VbValue *v = vb_record_peek (row, column);

  if (target == NULL)
    return v->type != VB_VALUE_TEXT || *v->v.s == '\0';
  return v->type == VB_VALUE_TEXT && g_str_equal (v->v.s, vb_record_get_uuid (target));
}

static GListModel *
children_or_empty (VbRecord   *parent,
                   const char *table,
                   const char *column,
                   GType       type)
{
  VbProject *project = vb_record_get_project (parent);

  if (project == NULL)
    {
      /* a removed row: an empty list of the right type, made each time */
      static GHashTable *empties;
      GListStore *empty;

      if (empties == NULL)
        empties = g_hash_table_new (NULL, NULL);
      empty = g_hash_table_lookup (empties, GSIZE_TO_POINTER (type));
      if (empty == NULL)
        g_hash_table_insert (empties, GSIZE_TO_POINTER (type), empty = g_list_store_new (type));
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, table, column, parent);
}

/* Returns: (transfer none): the evaluator's scores (VbScore) */
GListModel *
vb_evaluator_get_scores (VbEvaluator *self)
{
  g_return_val_if_fail (VB_IS_EVALUATOR (self), NULL);
  return children_or_empty (R (self), "score", "evaluator_id", VB_TYPE_SCORE);
}

VbScore *
vb_evaluator_find_score (VbEvaluator *self,
                         VbVendor    *vendor,
                         VbCriterion *criterion)
{
  GListModel *scores;
  guint n;

  g_return_val_if_fail (VB_IS_EVALUATOR (self), NULL);
  scores = vb_evaluator_get_scores (self);
  n = g_list_model_get_n_items (scores);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbScore) s = g_list_model_get_item (scores, i);

      if (vb_record_is_live (R (s)) && refers_to (R (s), col_s_vendor, R (vendor)) &&
          refers_to (R (s), col_s_criterion, R (criterion)))
        return s;
    }
  return NULL;
}

gboolean
vb_evaluator_set_score (VbEvaluator  *self,
                        VbVendor     *vendor,
                        VbCriterion  *criterion,
                        int           score,
                        const char   *comment,
                        GError      **error)
{
  VbProject *project;
  VbRecord *row;
  VbValue none = VB_VALUE_INIT;

  g_return_val_if_fail (VB_IS_EVALUATOR (self) && VB_IS_VENDOR (vendor) && VB_IS_CRITERION (criterion), FALSE);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, _("This evaluator is no longer in the project."));
      return FALSE;
    }
  if (!check_judged (criterion, error))
    return FALSE;
  row = (VbRecord *) vb_evaluator_find_score (self, vendor, criterion);
  vb_project_begin_edit (project, NULL);
  if (row == NULL)
    {
      const char *refs[] = { "evaluator_id", "vendor_id", "criterion_id" };
      VbRecord *parents[] = { R (self), R (vendor), R (criterion) };

      row = vb_project_add_row (project, "score", refs, parents, 3, error);
      if (row == NULL)
        goto fail;
    }
  if (!(score == 0 ? vb_record_write_at (row, col_s_score, &none, error)
                   : vb_record_write_int_at (row, col_s_score, score, error)) ||
      (comment && !vb_record_write_text_at (row, col_s_comment, comment, error)))
    goto fail;
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

#define REF_GETTER(prefix, Type, CHECK, RetType, RET_CAST, name, col) \
  RetType *prefix##_get_##name (Type *self) \
  { \
    VbRecord *r; \
    g_return_val_if_fail (CHECK (self), NULL); \
    r = vb_entity_ref_at (R (self), col); \
    return r ? RET_CAST (r) : NULL; \
  }

REF_GETTER (vb_score, VbScore, VB_IS_SCORE, VbEvaluator, VB_EVALUATOR, evaluator, col_s_evaluator)
REF_GETTER (vb_score, VbScore, VB_IS_SCORE, VbVendor, VB_VENDOR, vendor, col_s_vendor)
REF_GETTER (vb_score, VbScore, VB_IS_SCORE, VbCriterion, VB_CRITERION, criterion, col_s_criterion)
int
vb_score_get_score (VbScore *self)
{
  g_return_val_if_fail (VB_IS_SCORE (self), 0);
  return (int) vb_record_int_at (R (self), col_s_score);
}

/* 1 … 5, 0 empties it; only a judged criterion takes one */
gboolean
vb_score_set_score (VbScore  *self,
                    int       value,
                    GError  **error)
{
  VbValue none = VB_VALUE_INIT;

  g_return_val_if_fail (VB_IS_SCORE (self), FALSE);
  if (!check_judged (criterion_at (R (self), col_s_criterion), error))
    return FALSE;
  if (value == 0)
    return vb_record_write_at (R (self), col_s_score, &none, error);
  return vb_record_write_int_at (R (self), col_s_score, value, error);
}
VB_ENTITY_TEXT (vb_score, VbScore, VB_IS_SCORE, comment, col_s_comment)

REF_GETTER (vb_consensus, VbConsensus, VB_IS_CONSENSUS, VbVendor, VB_VENDOR, vendor, col_c_vendor)
REF_GETTER (vb_consensus, VbConsensus, VB_IS_CONSENSUS, VbCriterion, VB_CRITERION, criterion, col_c_criterion)

int
vb_consensus_get_score (VbConsensus *self)
{
  g_return_val_if_fail (VB_IS_CONSENSUS (self), 0);
  return (int) vb_record_int_at (R (self), col_c_score);
}

const char *
vb_consensus_get_reason (VbConsensus *self)
{
  g_return_val_if_fail (VB_IS_CONSENSUS (self), "");
  return vb_record_text_at (R (self), col_c_reason);
}

const char *
vb_consensus_get_decided_by (VbConsensus *self)
{
  g_return_val_if_fail (VB_IS_CONSENSUS (self), "");
  return vb_record_text_at (R (self), col_c_by);
}

REF_GETTER (vb_ahp_judgement, VbAhpJudgement, VB_IS_AHP_JUDGEMENT, VbCriterion, VB_CRITERION, criterion_a, col_j_a)
REF_GETTER (vb_ahp_judgement, VbAhpJudgement, VB_IS_AHP_JUDGEMENT, VbCriterion, VB_CRITERION, criterion_b, col_j_b)
REF_GETTER (vb_ahp_judgement, VbAhpJudgement, VB_IS_AHP_JUDGEMENT, VbEvaluator, VB_EVALUATOR, evaluator, col_j_evaluator)

double
vb_ahp_judgement_get_value (VbAhpJudgement *self)
{
  g_return_val_if_fail (VB_IS_AHP_JUDGEMENT (self), 1);
  return vb_record_real_at (R (self), col_j_value);
}

/* Returns: (transfer none): the evaluators in their order (VbEvaluator) */
GListModel *
vb_project_get_evaluators (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "evaluator");
}

/* Returns: (transfer none) (nullable): a new evaluator, one edit */
VbEvaluator *
vb_project_add_evaluator (VbProject   *project,
                          const char  *name,
                          GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  vb_project_begin_edit (project, NULL);
  row = vb_project_add (project, "evaluator", error);
  if (row == NULL || !vb_record_write_text_at (row, col_e_name, name, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? VB_EVALUATOR (row) : NULL;
}

/* Returns: (transfer none): every agreed score (VbConsensus) */
GListModel *
vb_project_get_consensus (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "consensus");
}

VbConsensus *
vb_project_find_consensus (VbProject   *project,
                           VbVendor    *vendor,
                           VbCriterion *criterion)
{
  GListModel *rows;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  rows = vb_project_get_children (project, "consensus", "vendor_id", R (vendor));
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbConsensus) c = g_list_model_get_item (rows, i);

      if (vb_record_is_live (R (c)) && refers_to (R (c), col_c_criterion, R (criterion)))
        return c;
    }
  return NULL;
}

gboolean
vb_project_set_consensus (VbProject    *project,
                          VbVendor     *vendor,
                          VbCriterion  *criterion,
                          int           score,
                          const char   *reason,
                          const char   *decided_by,
                          GError      **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project) && VB_IS_VENDOR (vendor) && VB_IS_CRITERION (criterion), FALSE);
  row = (VbRecord *) vb_project_find_consensus (project, vendor, criterion);
  if (score == 0)
    return row == NULL || vb_record_remove (row, error);
  if (!check_judged (criterion, error))
    return FALSE;
  if (vb_str_is_blank (reason) || vb_str_is_blank (decided_by))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   vb_str_is_blank (reason) ? _("An agreed score needs the reason: say why, in a sentence.")
                   : _("An agreed score needs the name of who agreed it."));
      return FALSE;
    }
  /* Translators: an undo step, e.g. “Agree a score for Acme on Quality” */
  {
    g_autofree char *summary = g_strdup_printf (_("Agree a score for %s on %s"), vb_vendor_get_display_name (vendor),
                                                vb_criterion_get_name (criterion));

    vb_project_begin_edit (project, summary);
  }
  if (row == NULL)
    {
      const char *refs[] = { "vendor_id", "criterion_id" };
      VbRecord *parents[] = { R (vendor), R (criterion) };

      row = vb_project_add_row (project, "consensus", refs, parents, 2, error);
    }
  if (row == NULL ||
      !vb_record_write_int_at (row, col_c_score, score, error) ||
      !vb_record_write_text_at (row, col_c_reason, reason, error) ||
      !vb_record_write_text_at (row, col_c_by, decided_by, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/* Returns: (transfer none): every pairwise judgement (VbAhpJudgement) */
GListModel *
vb_project_get_ahp_judgements (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "ahp_judgement");
}

/* The row of the pair (either way round) for @evaluator; *reversed when
 * it is stored as (b, a) */
static VbRecord *
find_judgement (VbProject   *project,
                VbEvaluator *evaluator,
                VbCriterion *a,
                VbCriterion *b,
                gboolean    *reversed)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      VbCriterion *first = pass ? b : a, *second = pass ? a : b;
      GListModel *rows = vb_project_get_children (project, "ahp_judgement", "criterion_a", R (first));
      guint n = g_list_model_get_n_items (rows);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbRecord) j = g_list_model_get_item (rows, i);

          if (vb_record_is_live (j) && refers_to (j, col_j_b, R (second)) &&
              refers_to (j, col_j_evaluator, evaluator ? R (evaluator) : NULL))
            {
              *reversed = pass == 1;
              return j;
            }
        }
    }
  return NULL;
}

double
vb_project_get_ahp_judgement (VbProject   *project,
                              VbEvaluator *evaluator,
                              VbCriterion *a,
                              VbCriterion *b)
{
  gboolean reversed = FALSE;
  VbRecord *row;
  double v;

  g_return_val_if_fail (VB_IS_PROJECT (project) && VB_IS_CRITERION (a) && VB_IS_CRITERION (b), NAN);
  row = find_judgement (project, evaluator, a, b, &reversed);
  if (row == NULL)
    return NAN;
  v = vb_record_real_at (row, col_j_value);
  return reversed ? 1 / v : v;
}

gboolean
vb_project_set_ahp_judgement (VbProject    *project,
                              VbEvaluator  *evaluator,
                              VbCriterion  *a,
                              VbCriterion  *b,
                              double        value,
                              GError      **error)
{
  gboolean reversed = FALSE;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project) && VB_IS_CRITERION (a) && VB_IS_CRITERION (b), FALSE);
  if (a == b || vb_criterion_get_parent (a) != vb_criterion_get_parent (b))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Compare two criteria of the same category, or two categories."));
      return FALSE;
    }
  if (!isnan (value) && (value < VB_AHP_MIN_JUDGEMENT - 1e-4 || value > VB_AHP_MAX_JUDGEMENT + 1e-9))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A comparison is from 1/9 (far less important) to 9 (far more important); 1 is equal."));
      return FALSE;
    }
  row = find_judgement (project, evaluator, a, b, &reversed);
  if (isnan (value))
    return row == NULL || vb_record_remove (row, error);
  if (reversed)
    value = 1 / value;
  /* the column's lower bound is 0.1111 (1/9 rounded down) */
  value = CLAMP (value, 0.1111, VB_AHP_MAX_JUDGEMENT);
  if (row)
    return vb_record_write_real_at (row, col_j_value, value, error);

  vb_project_begin_edit (project, NULL);
  {
    const char *refs[] = { "criterion_a", "criterion_b", "evaluator_id" };
    VbRecord *parents[] = { R (a), R (b), evaluator ? R (evaluator) : NULL };

    row = vb_project_add_row (project, "ahp_judgement", refs, parents, evaluator ? 3 : 2, error);
  }
  if (row == NULL || !vb_record_write_real_at (row, col_j_value, value, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/* The matrix of @evaluator (NULL: agreed) over @group; NULL when it holds
 * no judgement */
static VbAhpMatrix *
matrix_of (VbProject   *project,
           VbEvaluator *evaluator,
           GPtrArray   *group)
{
  g_autoptr(VbAhpMatrix) m = vb_ahp_matrix_new (group->len);
  gboolean any = FALSE;

  for (guint i = 0; i < group->len; i++)
    for (guint j = i + 1; j < group->len; j++)
      {
        double v = vb_project_get_ahp_judgement (project, evaluator, group->pdata[i], group->pdata[j]);

        if (!isnan (v) && vb_ahp_matrix_set (m, i, j, v))
          any = TRUE;
      }
  return any ? g_steal_pointer (&m) : NULL;
}

/* The group's combined matrix solved, with the group (VbCriterion, reffed
 * by the project) */
VbAhpResult *
vb_project_solve_ahp (VbProject    *project,
                      VbCriterion  *category,
                      GPtrArray   **criteria,
                      GError      **error)
{
  g_autoptr(GPtrArray) group = NULL;
  g_autoptr(GPtrArray) matrices = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_ahp_matrix_free);
  g_autoptr(VbAhpMatrix) agreed = NULL;
  g_autoptr(VbAhpMatrix) combined = NULL;
  GListModel *evaluators;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  if (category)
    {
      GListModel *children = vb_criterion_get_children (category);

      group = g_ptr_array_new ();
      n = g_list_model_get_n_items (children);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbCriterion) c = g_list_model_get_item (children, i);

          if (vb_record_is_live (R (c)))
            g_ptr_array_add (group, c);
        }
    }
  else
    group = vb_project_get_top_criteria (project);
  if (group->len < 2)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Pairwise comparison needs at least two criteria to compare."));
      return NULL;
    }
  evaluators = vb_project_get_evaluators (project);
  n = g_list_model_get_n_items (evaluators);
  for (guint e = 0; e < n; e++)
    {
      g_autoptr(VbEvaluator) evaluator = g_list_model_get_item (evaluators, e);
      VbAhpMatrix *m;

      if (!vb_record_is_live (R (evaluator)) || vb_evaluator_get_advisory (evaluator))
        continue;
      if ((m = matrix_of (project, evaluator, group)))
        g_ptr_array_add (matrices, m);
    }
  agreed = matrix_of (project, NULL, group);
  if (matrices->len == 0 && agreed == NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("No pair has been compared yet."));
      return NULL;
    }
  combined = vb_ahp_combine ((VbAhpMatrix * const *) matrices->pdata, matrices->len, agreed);
  if (criteria)
    *criteria = g_steal_pointer (&group);
  return vb_ahp_solve (combined);
}

gboolean
vb_project_apply_ahp (VbProject    *project,
                      VbCriterion  *category,
                      double       *cr,
                      GError      **error)
{
  g_autoptr(GPtrArray) group = NULL;
  g_autoptr(VbAhpResult) result = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  result = vb_project_solve_ahp (project, category, &group, error);
  if (result == NULL)
    return FALSE;
  if (cr)
    *cr = result->cr;
  /* Translators: an undo step */
  vb_project_begin_edit (project, _("Weights from the pairwise comparison"));
  for (guint i = 0; i < group->len; i++)
    if (!vb_record_write_real_at (R (group->pdata[i]), vb_table_column_index (vb_record_get_table (R (group->pdata[i])), "weight"),
                                  result->geomean_weights[i] * 100, error))
      {
        vb_project_cancel_edit (project);
        return FALSE;
      }
  return vb_project_end_edit (project, error);
}
