/* vb-transition-item.c — a task of the transition checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-transition-item"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vb-transition-item.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbTransitionItem
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbTransitionItem, vb_transition_item, VB_TYPE_RECORD)

static guint col_phase, col_key, col_title, col_owner, col_due_date, col_status, col_notes;

#define R(self) VB_RECORD (self)


static void
vb_transition_item_class_init (VbTransitionItemClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "transition_item");
  col_phase = vb_record_class_column (record_class, "phase_id");
  col_key = vb_record_class_column (record_class, "key");
  col_title = vb_record_class_column (record_class, "title");
  col_owner = vb_record_class_column (record_class, "owner");
  col_due_date = vb_record_class_column (record_class, "due_date");
  col_status = vb_record_class_column (record_class, "status");
  col_notes = vb_record_class_column (record_class, "notes");
}

static void
vb_transition_item_init (VbTransitionItem *self)
{
}

/* Returns: (transfer none) (nullable) */
VbTransitionPhase *
vb_transition_item_get_phase (VbTransitionItem *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_phase);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_TRANSITION_PHASE (vb_project_lookup (project, ref->v.s));
}

const char *
vb_transition_item_get_key (VbTransitionItem *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), "");
  return vb_record_text_at (R (self), col_key);
}

const char *
vb_transition_item_get_title (VbTransitionItem *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), "");
  return vb_record_text_at (R (self), col_title);
}

gboolean
vb_transition_item_set_title (VbTransitionItem  *self,
                              const char       *title,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), FALSE);
  return vb_record_write_text_at (R (self), col_title, title, error);
}

const char *
vb_transition_item_get_owner (VbTransitionItem *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), "");
  return vb_record_text_at (R (self), col_owner);
}

gboolean
vb_transition_item_set_owner (VbTransitionItem  *self,
                              const char       *owner,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), FALSE);
  return vb_record_write_text_at (R (self), col_owner, owner, error);
}

const char *
vb_transition_item_get_due_date (VbTransitionItem *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), "");
  return vb_record_text_at (R (self), col_due_date);
}

gboolean
vb_transition_item_set_due_date (VbTransitionItem  *self,
                                 const char       *date,
                                 GError           **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), FALSE);
  return vb_record_write_text_at (R (self), col_due_date, date, error);
}

VbItemStatus
vb_transition_item_get_status (VbTransitionItem *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), VB_ITEM_STATUS_TODO);
  return (VbItemStatus) vb_record_enum_at (R (self), col_status);
}

gboolean
vb_transition_item_set_status (VbTransitionItem  *self,
                               VbItemStatus      status,
                               GError           **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), FALSE);
  return vb_record_write_enum_at (R (self), col_status, status, error);
}

const char *
vb_transition_item_get_notes (VbTransitionItem *self)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), "");
  return vb_record_text_at (R (self), col_notes);
}

gboolean
vb_transition_item_set_notes (VbTransitionItem  *self,
                              const char       *notes,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), FALSE);
  return vb_record_write_text_at (R (self), col_notes, notes, error);
}

/* The date as a GDate; FALSE when it is not one */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * vb_transition_item_is_overdue:
 * @today: the day to judge by (the caller's today, in the team's zone)
 *
 * Returns: whether the task has a due date before @today and is not done
 */
gboolean
vb_transition_item_is_overdue (VbTransitionItem *self,
                               const GDate      *today)
{
  GDate due;

  g_return_val_if_fail (VB_IS_TRANSITION_ITEM (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  if (vb_transition_item_get_status (self) == VB_ITEM_STATUS_DONE)
    return FALSE;
  if (!parse_date (vb_transition_item_get_due_date (self), &due))
    return FALSE;
  return g_date_compare (&due, today) < 0;
}

static int
compare_due_cb (gconstpointer a,
                gconstpointer b)
{
  VbTransitionItem *x = *(VbTransitionItem **) a;
  VbTransitionItem *y = *(VbTransitionItem **) b;
  int order = strcmp (vb_transition_item_get_due_date (x), vb_transition_item_get_due_date (y));

  return order != 0 ? order : (int) vb_record_get_position (VB_RECORD (x)) - (int) vb_record_get_position (VB_RECORD (y));
}

/**
 * vb_project_next_transition_tasks:
 * @today: the day to judge by
 * @n: at most this many (0: all)
 *
 * The tasks the dashboard shows: not done, with a due date, earliest due
 * first (so the overdue ones lead; vb_transition_item_is_overdue() tells
 * them apart), then by their place in the checklist.
 *
 * Returns: (transfer full): a new list of VbTransitionItem
 */
GListModel *
vb_project_next_transition_tasks (VbProject   *project,
                                  const GDate *today,
                                  guint        n)
{
  GListModel *items;
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  guint count;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  items = vb_project_get_records (project, "transition_item");
  count = g_list_model_get_n_items (items);
  for (guint i = 0; i < count; i++)
    {
      VbTransitionItem *item = g_list_model_get_item (items, i);
      GDate date;

      if (vb_transition_item_get_status (item) != VB_ITEM_STATUS_DONE &&
          parse_date (vb_transition_item_get_due_date (item), &date))
        g_ptr_array_add (due, item);
      else
        g_object_unref (item);
    }
  g_ptr_array_sort (due, compare_due_cb);
  store = g_list_store_new (VB_TYPE_TRANSITION_ITEM);
  for (guint i = 0; i < due->len && (n == 0 || i < n); i++)
    g_list_store_append (store, g_ptr_array_index (due, i));
  return G_LIST_MODEL (store);
}

/**
 * vb_project_count_overdue_transition_tasks:
 *
 * Returns: how many tasks are overdue on @today
 */
guint
vb_project_count_overdue_transition_tasks (VbProject   *project,
                                           const GDate *today)
{
  GListModel *items;
  guint count, overdue = 0;

  g_return_val_if_fail (VB_IS_PROJECT (project), 0);
  items = vb_project_get_records (project, "transition_item");
  count = g_list_model_get_n_items (items);
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(VbTransitionItem) item = g_list_model_get_item (items, i);

      overdue += vb_transition_item_is_overdue (item, today);
    }
  return overdue;
}
