/* vb-edit.c — edits: one transaction, one activity row, one undo step
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit is one finished change (DESIGN.md §3): one transaction, one
 * activity row, one undo step. Its changes are written to the file at once
 * and applied to the store's objects silently; the commit then lets the
 * store announce them. A failed or cancelled edit is rolled back in the
 * file and reverted in the store, and nobody hears of it.
 *
 * Undo and redo are in vb-undo.c; the edit's record of its changes is in
 * vb-edit-private.h, which both share.
 */

#define G_LOG_DOMAIN "vb-edit"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-edit-private.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-sql.h"

static void
change_free (gpointer data)
{
  VbEditChange *c = data;

  vb_row_free (c->table, c->before);
  vb_row_free (c->table, c->after);
  g_free (c->uuid);
  g_free (c);
}

void
vb_edit_free (VbEdit *e)
{
  if (e == NULL)
    return;
  g_ptr_array_unref (e->changes);
  g_free (e->summary);
  g_free (e);
}

static VbEdit *
edit_new (int         action,
          const char *summary)
{
  VbEdit *e = g_new0 (VbEdit, 1);

  e->action = action;
  e->subject = -1;
  e->summary = g_strdup (summary);
  e->changes = g_ptr_array_new_with_free_func (change_free);
  return e;
}

/* ------------------------------------------------------------ writing */

/* The rule a failed partial unique index holds, in words */
static void
set_write_error (VbProject      *self,
                 const VbTable  *table,
                 GError        **error)
{
  int rc = sqlite3_extended_errcode (self->db);

  if (rc == SQLITE_CONSTRAINT_UNIQUE && table->n_uniques > 0)
    {
      /* Translators: %s is a rule, e.g. “at most one vendor is selected” */
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This change is not possible: %s."), _(table->uniques[0].rule));
      return;
    }
  vb_sql_set_error (error, self->db, rc);
}

static gboolean
step_done (VbProject      *self,
           const VbTable  *table,
           sqlite3_stmt   *stmt,
           GError        **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  set_write_error (self, table, error);
  return FALSE;
}

/* Write one row's new state to the file and to the store: NULL deletes it
 * and leaves a tombstone; a row that does not exist is inserted and loses
 * its tombstone; otherwise only the columns that differ are updated. */
gboolean
vb_edit_apply_state (VbProject      *self,
             const VbTable  *table,
             const char     *uuid,
             const VbValue  *before,
             const VbValue  *row,
             GError        **error)
{
  sqlite3_stmt *stmt;

  if (row == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE uuid = ?1", table->name);
      g_autofree char *now = vb_timestamp_now ();

      if (!(stmt = vb_project_statement (self, sql, error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      if (!step_done (self, table, stmt, error))
        return FALSE;
      if (!(stmt = vb_project_statement (self, "INSERT OR REPLACE INTO tombstone (uuid, table_name, deleted_at, modified) "
                                               "VALUES (?1, ?2, ?3, ?3)", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, table->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
      if (!step_done (self, table, stmt, error))
        return FALSE;
    }
  else if (before == NULL)
    {
      g_autofree char *sql = vb_insert_sql (table);
      guint n = vb_table_n_columns (table);

      if (!(stmt = vb_project_statement (self, sql, error)))
        return FALSE;
      for (guint i = 0; i < n; i++)
        vb_value_bind (&row[i], stmt, (int) i + 1);
      if (!step_done (self, table, stmt, error))
        return FALSE;
      if (!(stmt = vb_project_statement (self, "DELETE FROM tombstone WHERE uuid = ?1", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      if (!step_done (self, table, stmt, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      guint n = vb_table_n_columns (table);
      int bound = 1;

      g_string_append_printf (sql, "UPDATE %s SET ", table->name);
      for (guint i = 1; i < n; i++)
        if (!vb_value_equal (&before[i], &row[i]))
          {
            g_string_append_printf (sql, "%s%s = ?%d", bound > 1 ? ", " : "",
                                    vb_table_get_column (table, i)->name, bound);
            bound++;
          }
      if (bound == 1)
        return TRUE;
      g_string_append_printf (sql, " WHERE uuid = ?%d", bound);

      if (!(stmt = vb_project_statement (self, sql->str, error)))
        return FALSE;
      bound = 1;
      for (guint i = 1; i < n; i++)
        if (!vb_value_equal (&before[i], &row[i]))
          vb_value_bind (&row[i], stmt, bound++);
      sqlite3_bind_text (stmt, bound, uuid, -1, SQLITE_STATIC);
      if (!step_done (self, table, stmt, error))
        return FALSE;
    }

  vb_store_apply (self->store, table, uuid, row);
  return TRUE;
}

/* Record a change inside the pending edit and write it */
static gboolean
change_row (VbProject      *self,
            const VbTable  *table,
            const char     *uuid,
            const VbValue  *before,
            const VbValue  *after,
            GError        **error)
{
  VbEditChange *c;
  const VbCheck *broken;

  g_assert (self->pending != NULL);

  /* a rule over several columns, in words before SQLite's CHECK refuses it */
  if (after != NULL && (broken = vb_row_failed_check (table, after)) != NULL)
    {
      /* Translators: %s is a rule, e.g. “a response answers either a requirement or a question” */
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This change is not possible: %s."), _(broken->rule));
      self->edit_failed = TRUE;
      return FALSE;
    }
  if (!vb_edit_apply_state (self, table, uuid, before, after, error))
    {
      self->edit_failed = TRUE;
      return FALSE;
    }
  c = g_new0 (VbEditChange, 1);
  c->table = table;
  c->uuid = g_strdup (uuid);
  c->before = before ? vb_row_copy (table, before) : NULL;
  c->after = after ? vb_row_copy (table, after) : NULL;
  g_ptr_array_add (self->pending->changes, c);
  return TRUE;
}

/* Put the store back as the file has it again after a rollback */
static void
revert_store (VbProject *self,
              VbEdit    *edit)
{
  for (guint i = edit->changes->len; i > 0; i--)
    {
      VbEditChange *c = g_ptr_array_index (edit->changes, i - 1);
      vb_store_apply (self->store, c->table, c->uuid, c->before);
    }
  vb_store_discard (self->store);
}

/* ------------------------------------------------------------ edits */

void
vb_project_begin_edit_full (VbProject  *self,
                            int         action,
                            const char *summary)
{
  g_return_if_fail (VB_IS_PROJECT (self));

  if (self->edit_depth++ > 0)
    return;
  self->pending = edit_new (action, summary);
  self->edit_failed = FALSE;
}

void
vb_project_begin_edit (VbProject  *self,
                       const char *summary)
{
  vb_project_begin_edit_full (self, -1, summary);
}

/* An edit that is committed and logged but is not an undo step: a rename,
 * which moves the file too */
void
vb_project_begin_edit_no_undo (VbProject  *self,
                               int         action,
                               const char *summary)
{
  vb_project_begin_edit_full (self, action, summary);
  if (self->edit_depth == 1)
    self->pending->no_undo = TRUE;
}

gboolean
vb_project_in_edit (VbProject *self)
{
  return self->pending != NULL;
}

static gboolean
ensure_transaction (VbProject  *self,
                    GError    **error)
{
  if (!vb_project_check_writable (self, error))
    return FALSE;
  g_return_val_if_fail (self->pending != NULL, FALSE);
  if (sqlite3_get_autocommit (self->db))
    {
      sqlite3_stmt *stmt = vb_project_statement (self, "BEGIN IMMEDIATE", error);

      if (stmt == NULL || !vb_sql_step_done (self->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Cancels the edit begun last. Inside another (an entity's edit within an
 * edit of its caller: a new vendor's first contact made primary) it only
 * marks the whole edit failed, as a failed write does, and the outermost
 * cancel or end rolls it back: the caller still holds its begin to balance. */
void
vb_project_cancel_edit (VbProject *self)
{
  VbEdit *edit;

  g_return_if_fail (VB_IS_PROJECT (self));
  g_return_if_fail (self->pending != NULL);

  if (self->edit_depth > 1)
    {
      self->edit_depth--;
      self->edit_failed = TRUE;
      return;
    }
  edit = g_steal_pointer (&self->pending);
  self->edit_depth = 0;
  if (self->db && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  revert_store (self, edit);
  vb_edit_free (edit);
}

static int
default_action (VbEdit *edit)
{
  VbEditChange *c;

  if (edit->changes->len != 1)
    return VB_ACTIVITY_EDIT;
  c = g_ptr_array_index (edit->changes, 0);
  if (c->before == NULL)
    return VB_ACTIVITY_ADD;
  if (c->after == NULL)
    return VB_ACTIVITY_DELETE;
  return VB_ACTIVITY_EDIT;
}

static VbEditChange *
subject_change (VbEdit *edit)
{
  if (edit->changes->len == 0)
    return NULL;
  return g_ptr_array_index (edit->changes, edit->subject >= 0 ? (guint) edit->subject : 0);
}

static char *
row_label (const VbTable *table,
           const VbValue *row)
{
  g_autoptr(VbRecord) probe = NULL;

  /* a record gives the label; a temporary one serves for a deleted row */
  probe = vb_record_new (table, vb_row_copy (table, row));
  return g_strdup (vb_record_get_label (probe));
}

/* “Added vendor “Acme””, “Changed the website of vendor “Acme”” — in
 * words, never with a schema identifier */
static char *
default_summary (VbEdit *edit)
{
  VbEditChange *c = subject_change (edit);
  const char *kind = vb_table_get_label (c->table);
  g_autofree char *label = row_label (c->table, c->after ? c->after : c->before);

  if (c->before == NULL)
    return *label ? g_strdup_printf (_("Added %s “%s”"), kind, label) : g_strdup_printf (_("Added a %s"), kind);
  if (c->after == NULL)
    return *label ? g_strdup_printf (_("Removed %s “%s”"), kind, label) : g_strdup_printf (_("Removed a %s"), kind);
  for (guint i = 1; i + 1 < vb_table_n_columns (c->table); i++)
    if (!vb_value_equal (&c->before[i], &c->after[i]) && (int) i != vb_table_position_index (c->table) &&
        g_strcmp0 (vb_table_get_column (c->table, i)->name, "example") != 0)
      {
        const char *column = vb_column_get_label (vb_table_get_column (c->table, i));

        if (c->table->flags & VB_TABLE_SINGLE_ROW)
          /* Translators: e.g. “Changed the team’s languages” */
          return g_strdup_printf (_("Changed the %s"), column);
        if (*label)
          /* Translators: e.g. “Changed the website of vendor “Acme”” */
          return g_strdup_printf (_("Changed the %s of %s “%s”"), column, kind, label);
        return g_strdup_printf (_("Changed the %s of a %s"), column, kind);
      }
  if (*label)
    return g_strdup_printf (_("Changed %s “%s”"), kind, label);
  return g_strdup_printf (_("Changed a %s"), kind);
}

gboolean
vb_edit_log (VbProject   *self,
          VbEdit      *edit,
          int          action,
          const char  *summary,
          GError     **error)
{
  VbEditChange *first = subject_change (edit);

  return vb_project_log (self, action, first ? first->table->name : "", first ? first->uuid : "",
                         summary, error);
}

gboolean
vb_project_end_edit (VbProject  *self,
                     GError    **error)
{
  VbEdit *edit;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (self->pending != NULL, FALSE);

  if (--self->edit_depth > 0)
    return !self->edit_failed;

  if (self->edit_failed)
    {
      vb_project_cancel_edit (self);
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_FAILED, _("The change could not be saved."));
      return FALSE;
    }

  if (self->pending->changes->len == 0)
    {
      /* nothing changed: no commit, no undo step */
      vb_project_cancel_edit (self);
      return TRUE;
    }

  edit = self->pending;
  if (edit->summary == NULL)
    edit->summary = default_summary (edit);
  if (edit->action < 0)
    edit->action = default_action (edit);

  if (!vb_edit_log (self, edit, edit->action, edit->summary, error) ||
      !(stmt = vb_project_statement (self, "COMMIT", error)) ||
      !vb_sql_step_done (self->db, stmt, error))
    {
      vb_project_cancel_edit (self);
      return FALSE;
    }

  self->pending = NULL;
  if (edit->no_undo)
    vb_edit_free (edit);
  else
    {
      g_ptr_array_add (self->undo_stack, edit);
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  vb_store_flush (self->store);
  vb_project_notify_undo (self);
  vb_project_emit_changed (self);
  return TRUE;
}

static gboolean
auto_begin (VbProject  *self,
            gboolean   *began,
            GError    **error)
{
  *began = FALSE;
  if (!vb_project_check_writable (self, error))
    return FALSE;
  if (self->pending == NULL)
    {
      vb_project_begin_edit (self, NULL);
      *began = TRUE;
    }
  if (!ensure_transaction (self, error))
    {
      if (*began)
        vb_project_cancel_edit (self);
      else
        self->edit_failed = TRUE;
      return FALSE;
    }
  return TRUE;
}

static gboolean
auto_end (VbProject  *self,
          gboolean    began,
          gboolean    ok,
          GError    **error)
{
  if (!began)
    {
      if (!ok)
        self->edit_failed = TRUE;
      return ok;
    }
  if (!ok)
    {
      vb_project_cancel_edit (self);
      return FALSE;
    }
  return vb_project_end_edit (self, error);
}

/**
 * vb_project_add_row:
 * @ref_columns: (array length=n_refs): the reference columns to fill
 * @parents: (array length=n_refs): the rows they refer to
 *
 * Adds a row with default values, at the end of its table, its required
 * references filled (a score refers to an evaluator, a vendor and a
 * criterion at once).
 *
 * Returns: (transfer none): the new row's object, owned by the project
 */
VbRecord *
vb_project_add_row (VbProject          *self,
                    const char         *table_name,
                    const char *const  *ref_columns,
                    VbRecord *const    *parents,
                    guint               n_refs,
                    GError            **error)
{
  const VbTable *table;
  VbValue *row;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gboolean began, ok;
  int position;

  g_return_val_if_fail (VB_IS_PROJECT (self), NULL);
  table = vb_schema_lookup_table (self->schema, table_name);
  g_return_val_if_fail (table != NULL && !(table->flags & VB_TABLE_INTERNAL), NULL);

  for (guint i = 0; i < n_refs; i++)
    {
      int index = vb_table_column_index (table, ref_columns[i]);
      const VbColumn *col = index > 0 ? vb_table_get_column (table, index) : NULL;

      g_return_val_if_fail (col != NULL && col->kind == VB_COLUMN_REF, NULL);
      g_return_val_if_fail (VB_IS_RECORD (parents[i]), NULL);
      if (g_strcmp0 (vb_record_get_table_name (parents[i]), col->ref_table) != 0 ||
          !vb_record_is_live (parents[i]))
        {
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("The row this %s belongs to is no longer in the project."), vb_table_get_label (table));
          return NULL;
        }
    }

  if ((table->flags & VB_TABLE_SINGLE_ROW) && vb_store_count_live (self->store, table) > 0)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("A project has one set of settings."));
      return NULL;
    }

  if (!auto_begin (self, &began, error))
    return NULL;

  uuid = vb_uuid_new ();
  now = vb_timestamp_now ();
  row = vb_row_new (table);
  vb_value_set_text (&row[0], uuid);
  vb_value_set_text (&row[vb_table_modified_index (table)], now);
  position = vb_table_position_index (table);
  if (position >= 0)
    vb_value_set_int (&row[position], vb_store_next_position (self->store, table));
  for (guint i = 0; i < n_refs; i++)
    vb_value_set_text (&row[vb_table_column_index (table, ref_columns[i])], vb_record_get_uuid (parents[i]));

  ok = change_row (self, table, uuid, NULL, row, error);
  vb_row_free (table, row);

  if (!auto_end (self, began, ok, error))
    return NULL;
  return vb_project_lookup (self, uuid);
}

VbRecord *
vb_project_add_child (VbProject   *self,
                      const char  *table,
                      const char  *ref_column,
                      VbRecord    *parent,
                      GError     **error)
{
  g_return_val_if_fail (ref_column != NULL, NULL);
  return vb_project_add_row (self, table, &ref_column, &parent, 1, error);
}

VbRecord *
vb_project_add (VbProject   *self,
                const char  *table,
                GError     **error)
{
  return vb_project_add_row (self, table, NULL, NULL, 0, error);
}

/**
 * vb_project_write:
 * @index: the column (not the uuid, not "modified")
 *
 * Writes one column of one row: checked against the description, a
 * reference against the rows, then the entity's rules that hold for
 * every write (adjust_write), as one change of the edit in progress or as
 * an edit of its own. Writing the value a row already holds does nothing.
 */
gboolean
vb_project_write (VbProject      *self,
                  VbRecord       *record,
                  guint           index,
                  const VbValue  *value,
                  GError        **error)
{
  const VbTable *table;
  const VbColumn *col;
  VbValue converted = VB_VALUE_INIT;
  VbValue *before, *after;
  g_autofree char *now = NULL;
  gboolean began, ok;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (VB_IS_RECORD (record), FALSE);

  table = vb_record_get_table (record);
  g_return_val_if_fail (index > 0 && index < vb_table_modified_index (table), FALSE);
  col = vb_table_get_column (table, index);

  if (vb_store_lookup (self->store, vb_record_get_uuid (record)) != record)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This %s is no longer in the project."), vb_table_get_label (table));
      return FALSE;
    }

  vb_value_copy (value, &converted);
  if (col->kind == VB_COLUMN_REAL && converted.type == VB_VALUE_INT)
    vb_value_set_real (&converted, (double) converted.v.i);

  if (!vb_value_check (&converted, table, col, error))
    {
      vb_value_clear (&converted);
      return FALSE;
    }
  if (col->kind == VB_COLUMN_REF && converted.type == VB_VALUE_TEXT)
    {
      VbRecord *target = vb_store_lookup (self->store, converted.v.s);

      if (target == NULL || g_strcmp0 (vb_record_get_table_name (target), col->ref_table) != 0)
        {
          vb_value_clear (&converted);
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("The row this refers to is no longer in the project."));
          return FALSE;
        }
    }

  if (vb_value_equal (vb_record_peek (record, index), &converted))
    {
      vb_value_clear (&converted);
      return TRUE;
    }

  if (!auto_begin (self, &began, error))
    {
      vb_value_clear (&converted);
      return FALSE;
    }

  {
    g_autoptr(VbRecord) keep G_GNUC_UNUSED = g_object_ref (record);

    before = vb_row_copy (table, vb_record_get_values (record));
    after = vb_row_copy (table, before);
    vb_value_copy (&converted, &after[index]);
    VB_RECORD_GET_CLASS (record)->adjust_write (record, index, after);
    now = vb_timestamp_now ();
    vb_value_set_text (&after[vb_table_modified_index (table)], now);
    ok = change_row (self, table, vb_record_get_uuid (record), before, after, error);
    vb_row_free (table, after);
    vb_row_free (table, before);
  }
  vb_value_clear (&converted);

  return auto_end (self, began, ok, error);
}

/* Delete a row and, first, what refers to it: children are removed
 * (ON DELETE CASCADE) or let go (SET NULL), each as its own recorded
 * change, so that undo restores all of it exactly. */
static gboolean
remove_recursive (VbProject  *self,
                  VbRecord   *record,
                  GError    **error)
{
  const VbTable *table = vb_record_get_table (record);
  g_autoptr(VbRecord) keep G_GNUC_UNUSED = g_object_ref (record);

  if (vb_store_lookup (self->store, vb_record_get_uuid (record)) != record)
    return TRUE;   /* reached twice (two references to the same row): gone already */
  if (VB_RECORD_GET_CLASS (record)->remove_first != NULL &&
      !VB_RECORD_GET_CLASS (record)->remove_first (record, error))
    return FALSE;

  for (guint t = 0; t < self->schema->n_tables; t++)
    {
      const VbTable *child = &self->schema->tables[t];

      if (child->flags & VB_TABLE_INTERNAL)
        continue;
      for (guint c = 0; c < child->n_columns; c++)
        {
          const VbColumn *col = &child->columns[c];
          g_autoptr(GPtrArray) kids = NULL;

          if (col->kind != VB_COLUMN_REF || strcmp (col->ref_table, table->name) != 0)
            continue;
          kids = vb_project_children (self, child->name, col->name, record);
          for (guint k = 0; k < kids->len; k++)
            {
              VbRecord *kid = g_ptr_array_index (kids, k);

              if (kid == record)
                continue;
              if (col->on_delete == VB_ON_DELETE_CASCADE)
                {
                  if (!remove_recursive (self, kid, error))
                    return FALSE;
                }
              else if (vb_store_lookup (self->store, vb_record_get_uuid (kid)) == kid &&
                       !vb_project_set_null (self, kid, col->name, error))
                return FALSE;
            }
        }
    }

  {
    VbValue *before = vb_row_copy (table, vb_record_get_values (record));
    g_autofree char *uuid = g_strdup (vb_record_get_uuid (record));
    gboolean ok = change_row (self, table, uuid, before, NULL, error);

    vb_row_free (table, before);
    return ok;
  }
}

gboolean
vb_project_remove (VbProject  *self,
                   VbRecord   *record,
                   GError    **error)
{
  gboolean began, ok;

  g_return_val_if_fail (VB_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (VB_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!(vb_record_get_table (record)->flags & (VB_TABLE_SINGLE_ROW | VB_TABLE_INTERNAL)), FALSE);

  if (vb_store_lookup (self->store, vb_record_get_uuid (record)) != record)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This %s is no longer in the project."), vb_record_get_kind_label (record));
      return FALSE;
    }
  if (!auto_begin (self, &began, error))
    return FALSE;
  ok = remove_recursive (self, record, error);
  if (ok && began)
    {
      /* the row's children go first; the edit is the removal of the row,
       * which is the last change: “Removed vendor “Acme”” */
      self->pending->subject = (int) self->pending->changes->len - 1;
      self->pending->action = VB_ACTIVITY_DELETE;
    }
  return auto_end (self, began, ok, error);
}

static gboolean
write_position (VbProject  *self,
                VbRecord   *record,
                gint64      position,
                GError    **error)
{
  VbValue v = VB_VALUE_INIT;

  vb_value_set_int (&v, position);
  return vb_project_write (self, record, (guint) vb_table_position_index (vb_record_get_table (record)), &v, error);
}

/**
 * vb_project_move_row:
 * @position: the index @record takes among the rows of its table
 *
 * Reorders an ordered table as one edit: the row takes a position between
 * its new neighbours, and the table is renumbered only when there is no
 * room between them.
 */
gboolean
vb_project_move_row (VbProject  *self,
                     VbRecord   *record,
                     guint       position,
                     GError    **error)
{
  const VbTable *table = vb_record_get_table (record);
  GListModel *rows = vb_store_get_rows (self->store, table);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  guint n, from = G_MAXUINT;
  gboolean ok = TRUE;

  g_return_val_if_fail (vb_table_position_index (table) >= 0, FALSE);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      VbRecord *r = g_list_model_get_item (rows, i);

      if (r == record)
        from = i;
      g_ptr_array_add (order, r);
    }
  if (from == G_MAXUINT)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This %s is no longer in the project."), vb_table_get_label (table));
      return FALSE;
    }
  position = MIN (position, n - 1);
  if (position == from)
    return TRUE;
  g_ptr_array_remove_index (order, from);
  g_ptr_array_insert (order, (int) position, g_object_ref (record));

  /* Translators: an undo step, e.g. “Move the task “Billing questions”” */
  summary = *vb_record_get_label (record)
    ? g_strdup_printf (_("Move the %s “%s”"), vb_table_get_label (table), vb_record_get_label (record))
    : g_strdup_printf (_("Move a %s"), vb_table_get_label (table));
  vb_project_begin_edit (self, summary);
  {
    VbRecord *prev = position > 0 ? order->pdata[position - 1] : NULL;
    VbRecord *next = position + 1 < order->len ? order->pdata[position + 1] : NULL;
    gint64 p = prev ? (gint64) vb_record_get_position (prev) : 0;
    gint64 q = next ? (gint64) vb_record_get_position (next) : 0;

    if (prev == NULL && next != NULL && q > 0)
      ok = write_position (self, record, q - 1, error);
    else if (next == NULL && prev != NULL)
      ok = write_position (self, record, p + 1, error);
    else if (prev != NULL && next != NULL && q - p > 1)
      ok = write_position (self, record, p + (q - p) / 2, error);
    else
      for (guint i = 0; i < order->len && ok; i++)
        if ((gint64) vb_record_get_position (order->pdata[i]) != (gint64) i)
          ok = write_position (self, order->pdata[i], (gint64) i, error);
  }
  if (!ok)
    {
      vb_project_cancel_edit (self);
      return FALSE;
    }
  return vb_project_end_edit (self, error);
}
