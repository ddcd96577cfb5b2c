/* vb-edit-private.h — what an edit records, shared by edits and undo
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit keeps, for every row it touched, the row before and after, so
 * that undo and redo can replay either side (vb-undo.c).
 */

#pragma once

#include "vb-project-private.h"

G_BEGIN_DECLS

typedef struct {
  const VbTable *table;
  char          *uuid;
  VbValue       *before;   /* NULL: the row did not exist */
  VbValue       *after;    /* NULL: the row was deleted */
} VbEditChange;

struct _VbEdit
{
  int        action;       /* VbActivityAction, or -1: from the changes */
  char      *summary;
  gboolean   no_undo;      /* not an undo step (a rename) */
  GPtrArray *changes;
  int        subject;      /* the change the edit is about, or -1: the first
                            * (a removal's own row comes after its children) */
};

/* Write one row's new state (NULL: deleted) to the file and, silently, to
 * the store; @before is what the store held */
gboolean vb_edit_apply_state (VbProject      *self,
                              const VbTable  *table,
                              const char     *uuid,
                              const VbValue  *before,
                              const VbValue  *row,
                              GError        **error);

/* The activity row of @edit, with @action and @summary */
gboolean vb_edit_log         (VbProject      *self,
                              VbEdit         *edit,
                              int             action,
                              const char     *summary,
                              GError        **error);

G_END_DECLS
