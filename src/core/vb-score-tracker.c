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
 */

#define G_LOG_DOMAIN "vb-decision-model"

#include "config.h"

#include "vb-evaluator.h"
#include "vb-project-private.h"
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
};

static gboolean
on_record_changed (GSignalInvocationHint *hint,
                   guint                  n_params,
                   const GValue          *params,
                   gpointer               user_data)
{
  VbScoreTracker *self = user_data;
  GObject *row = g_value_get_object (&params[0]);
  const char *column;

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

VbScoreTracker *
vb_score_tracker_new (VbProject *project)
{
  VbScoreTracker *self = g_new0 (VbScoreTracker, 1);

  self->project = project;
  self->changed = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->rows = g_object_ref (vb_project_get_records (project, "score"));
  self->items_id = g_signal_connect (self->rows, "items-changed", G_CALLBACK (on_items_changed), self);
  self->signal_id = g_signal_lookup ("changed", VB_TYPE_RECORD);
  self->hook_id = g_signal_add_emission_hook (self->signal_id, 0, on_record_changed, self, NULL);
  self->lost = TRUE;   /* nothing read yet */
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
