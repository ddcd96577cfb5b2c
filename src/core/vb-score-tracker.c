/* vb-score-tracker.c — which score rows changed since the decision model read them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scoring one cell is the commonest edit of the Scoring stage, and the
 * rows it touches are few among tens of thousands (50 finalists × 60
 * criteria × 10 evaluators). The tracker notes the score rows of one
 * project whose score changed (the record's "changed" signal, through an
 * emission hook: one for every score row) and the rows added (the score
 * table's list), so that the decision model patches those cells instead
 * of walking every row again. Anything it cannot follow cell by cell — a
 * row removed, a reference rewritten — makes it say so, and the model
 * reads every row.
 *
 * It follows the finalists' answers the same way: the vendors whose
 * responses or references changed, so that the model computes only their
 * compliance, requirement and reference scores again. A row removed or
 * moved to another vendor loses the trail, and every finalist is
 * computed again.
 */

#define G_LOG_DOMAIN "vb-decision-model"

#include "config.h"

#include "vb-evaluator.h"
#include "vb-reference.h"
#include "vb-response.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-score-tracker.h"

struct _VbScoreTracker
{
  VbProject  *project;    /* weak: the model's */
  GListModel *rows;       /* the score table's list */
  gulong      items_id;
  guint       signal_id;
  gulong      hook_id;
  GHashTable *changed;    /* VbScore, reffed */
  gboolean    lost;       /* a change it cannot follow */

  GListModel *answer_rows[2]; /* the response and reference tables' lists */
  gulong      answer_ids[2];
  GHashTable *answered;   /* vendor uuids (g_strdup) whose answers changed */
  gboolean    answers_lost;
};

static void
note_answer (VbScoreTracker *self,
             GObject        *row)
{
  const char *vendor = vb_record_get_text (VB_RECORD (row), "vendor_id");

  if (vendor != NULL)
    g_hash_table_add (self->answered, g_strdup (vendor));
}

static gboolean
on_record_changed (GSignalInvocationHint *hint,
                   guint                  n_params,
                   const GValue          *params,
                   gpointer               user_data)
{
  VbScoreTracker *self = user_data;
  GObject *row = g_value_get_object (&params[0]);
  const char *column;

  if ((VB_IS_RESPONSE (row) || VB_IS_REFERENCE (row)) && vb_record_get_project (VB_RECORD (row)) == self->project)
    {
      column = g_quark_to_string (hint->detail);
      if (g_strcmp0 (column, "vendor_id") == 0)
        self->answers_lost = TRUE;
      else
        note_answer (self, row);
      return TRUE;
    }
  if (!VB_IS_SCORE (row) || vb_record_get_project (VB_RECORD (row)) != self->project)
    return TRUE;
  column = g_quark_to_string (hint->detail);
  /* its value or its comment: that cell; anything else moves the row */
  if (g_strcmp0 (column, "score") == 0 || g_strcmp0 (column, "comment") == 0 ||
      g_strcmp0 (column, "modified") == 0)
    g_hash_table_add (self->changed, g_object_ref (row));
  else
    self->lost = TRUE;
  return TRUE;   /* stay connected */
}

static void
on_items_changed (GListModel *rows,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  VbScoreTracker *self = user_data;

  if (removed > 0)
    self->lost = TRUE;
  for (guint i = 0; i < added && !self->lost; i++)
    g_hash_table_add (self->changed, g_list_model_get_item (rows, position + i));
}

static void
on_answers_changed (GListModel *rows,
                    guint       position,
                    guint       removed,
                    guint       added,
                    gpointer    user_data)
{
  VbScoreTracker *self = user_data;

  if (removed > 0)
    self->answers_lost = TRUE;
  for (guint i = 0; i < added && !self->answers_lost; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, position + i);

      note_answer (self, row);
    }
}

VbScoreTracker *
vb_score_tracker_new (VbProject *project)
{
  static const char *const answer_tables[] = { "response", "reference" };
  VbScoreTracker *self = g_new0 (VbScoreTracker, 1);

  self->project = project;
  self->changed = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->rows = g_object_ref (vb_project_get_records (project, "score"));
  self->items_id = g_signal_connect (self->rows, "items-changed", G_CALLBACK (on_items_changed), self);
  self->signal_id = g_signal_lookup ("changed", VB_TYPE_RECORD);
  self->hook_id = g_signal_add_emission_hook (self->signal_id, 0, on_record_changed, self, NULL);
  self->lost = TRUE;   /* nothing read yet */
  self->answered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (answer_tables); i++)
    {
      self->answer_rows[i] = g_object_ref (vb_project_get_records (project, answer_tables[i]));
      self->answer_ids[i] = g_signal_connect (self->answer_rows[i], "items-changed",
                                              G_CALLBACK (on_answers_changed), self);
    }
  self->answers_lost = TRUE;
  return self;
}

void
vb_score_tracker_free (VbScoreTracker *self)
{
  if (self == NULL)
    return;
  g_signal_remove_emission_hook (self->signal_id, self->hook_id);
  g_signal_handler_disconnect (self->rows, self->items_id);
  g_object_unref (self->rows);
  g_hash_table_unref (self->changed);
  for (guint i = 0; i < G_N_ELEMENTS (self->answer_rows); i++)
    {
      g_signal_handler_disconnect (self->answer_rows[i], self->answer_ids[i]);
      g_object_unref (self->answer_rows[i]);
    }
  g_hash_table_unref (self->answered);
  g_free (self);
}

void
vb_score_tracker_reset (VbScoreTracker *self)
{
  g_hash_table_remove_all (self->changed);
  self->lost = FALSE;
}

/* Returns: (transfer container) (nullable): the score rows changed or
 * added since the last reset, or NULL when the changes cannot be followed
 * row by row (read every row, then reset) */
GPtrArray *
vb_score_tracker_get_changed (VbScoreTracker *self)
{
  GPtrArray *rows;
  GHashTableIter iter;
  gpointer row;

  if (self->lost)
    return NULL;
  rows = g_ptr_array_new_full (g_hash_table_size (self->changed), g_object_unref);
  g_hash_table_iter_init (&iter, self->changed);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    g_ptr_array_add (rows, g_object_ref (row));
  return rows;
}

gboolean
vb_score_tracker_has_changes (VbScoreTracker *self)
{
  return self->lost || g_hash_table_size (self->changed) > 0;
}

/* The answers' trail starts again: the model has every finalist's scores */
void
vb_score_tracker_reset_answers (VbScoreTracker *self)
{
  g_hash_table_remove_all (self->answered);
  self->answers_lost = FALSE;
}

/* Returns: (transfer none) (nullable): the uuids of the vendors whose
 * responses or references changed since the last reset (a set), or NULL
 * when that cannot be told (compute every finalist, then reset) */
GHashTable *
vb_score_tracker_get_answered (VbScoreTracker *self)
{
  return self->answers_lost ? NULL : self->answered;
}
