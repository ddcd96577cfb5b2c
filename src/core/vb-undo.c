/* vb-undo.c — undo and redo
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo keep identities: a removed row comes back with its UUID
 * (and its object, if a view still holds it), and its tombstone goes. An
 * update is undone column by column: only what the edit changed goes back,
 * so an undo never takes back a change made outside the undo history (a
 * rename). An undo is itself one transaction and one activity row; if it
 * fails, the file and the store stay as they were.
 */

#define G_LOG_DOMAIN "vb-undo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-edit-private.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-sql.h"

gboolean
vb_project_get_can_undo (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  return !self->read_only && self->undo_stack->len > 0;
}

gboolean
vb_project_get_can_redo (VbProject *self)
{
  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  return !self->read_only && self->redo_stack->len > 0;
}

const char *
vb_project_get_undo_summary (VbProject *self)
{
  VbEdit *e;

  if (!vb_project_get_can_undo (self))
    return NULL;
  e = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  return e->summary;
}

const char *
vb_project_get_redo_summary (VbProject *self)
{
  VbEdit *e;

  if (!vb_project_get_can_redo (self))
    return NULL;
  e = g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1);
  return e->summary;
}

/* What the store held before a replayed row, to put back if the undo fails */
typedef struct {
  const VbTable *table;
  char          *uuid;
  VbValue       *row;     /* NULL: there was no row */
} Undone;

static void
undone_free (gpointer data)
{
  Undone *u = data;

  vb_row_free (u->table, u->row);
  g_free (u->uuid);
  g_free (u);
}

/* Apply one side of an edit, stamping the rows it restores with the time
 * of the undo or redo (a later merge must see them as changed). An update
 * goes back (or forward) only in the columns the edit changed. */
static gboolean
replay (VbProject  *self,
        VbEdit     *edit,
        gboolean    backwards,
        GPtrArray  *undone,
        GError    **error)
{
  g_autofree char *now = vb_timestamp_now ();
  guint n = edit->changes->len;

  for (guint k = 0; k < n; k++)
    {
      VbEditChange *c = g_ptr_array_index (edit->changes, backwards ? n - 1 - k : k);
      const VbValue *target = backwards ? c->before : c->after;
      const VbValue *source = backwards ? c->after : c->before;
      VbRecord *current = vb_store_lookup (self->store, c->uuid);
      const VbValue *existing = current ? vb_record_get_values (current) : NULL;
      VbValue *row = NULL;
      Undone *u;
      gboolean ok;

      if (target != NULL)
        {
          guint cols = vb_table_n_columns (c->table);

          if (source != NULL && existing != NULL)
            {
              /* an update: only what the edit changed */
              row = vb_row_copy (c->table, existing);
              for (guint i = 1; i < cols; i++)
                if (!vb_value_equal (&source[i], &target[i]))
                  vb_value_copy (&target[i], &row[i]);
            }
          else
            row = vb_row_copy (c->table, target);
          vb_value_set_text (&row[vb_table_modified_index (c->table)], now);
        }

      u = g_new0 (Undone, 1);
      u->table = c->table;
      u->uuid = g_strdup (c->uuid);
      u->row = existing ? vb_row_copy (c->table, existing) : NULL;
      g_ptr_array_add (undone, u);

      ok = vb_edit_apply_state (self, c->table, c->uuid, existing, row, error);
      vb_row_free (c->table, row);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
undo_redo (VbProject  *self,
           gboolean    undo,
           GError    **error)
{
  GPtrArray *from = undo ? self->undo_stack : self->redo_stack;
  GPtrArray *to = undo ? self->redo_stack : self->undo_stack;
  g_autoptr(GPtrArray) undone = g_ptr_array_new_with_free_func (undone_free);
  VbEdit *edit;
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;

  if (!vb_project_check_writable (self, error))
    return FALSE;
  g_return_val_if_fail (self->pending == NULL, FALSE);
  if (from->len == 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED,
                   undo ? _("There is nothing to undo.") : _("There is nothing to redo."));
      return FALSE;
    }

  edit = g_ptr_array_steal_index (from, from->len - 1);
  summary = g_strdup_printf (undo ? _("Undid: %s") : _("Redid: %s"), edit->summary);

  if (!(stmt = vb_project_statement (self, "BEGIN IMMEDIATE", error)) || !vb_sql_step_done (self->db, stmt, error))
    {
      g_ptr_array_add (from, edit);
      return FALSE;
    }
  if (!replay (self, edit, undo, undone, error) ||
      !vb_edit_log (self, edit, undo ? VB_ACTIVITY_UNDO : VB_ACTIVITY_REDO, summary, error) ||
      !(stmt = vb_project_statement (self, "COMMIT", error)) ||
      !vb_sql_step_done (self->db, stmt, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      /* the store back as the file still has it, silently */
      for (guint i = undone->len; i > 0; i--)
        {
          Undone *u = undone->pdata[i - 1];
          vb_store_apply (self->store, u->table, u->uuid, u->row);
        }
      vb_store_discard (self->store);
      g_ptr_array_add (from, edit);
      return FALSE;
    }

  g_ptr_array_add (to, edit);
  vb_store_flush (self->store);
  vb_project_notify_undo (self);
  vb_project_emit_changed (self);
  return TRUE;
}

gboolean
vb_project_undo (VbProject  *self,
                 GError    **error)
{
  return undo_redo (self, TRUE, error);
}

gboolean
vb_project_redo (VbProject  *self,
                 GError    **error)
{
  return undo_redo (self, FALSE, error);
}
