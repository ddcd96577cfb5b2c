/* vb-store-journal.h — the rows of a table changed in place, for readers that keep what they read
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-record.h"

G_BEGIN_DECLS

typedef struct {
  guint64   serial;
  VbRecord *record;    /* borrowed: a row removed reshapes the table first */
} VbJournalEntry;

/* One per table of the store */
typedef struct {
  VbJournalEntry *ring;       /* VB_JOURNAL_SIZE; NULL until the first change */
  guint           next;
  guint64         forgotten;  /* the newest serial the ring no longer holds */
  guint64         reshaped;   /* when a row was last added, removed or moved */
} VbJournal;

#define VB_JOURNAL_SIZE 128

void     vb_journal_clear         (VbJournal *journal);
void     vb_journal_note_change   (VbJournal *journal,
                                   guint64    serial,
                                   VbRecord  *record);
void     vb_journal_note_reshape  (VbJournal *journal,
                                   guint64    serial);
gboolean vb_journal_changed_since (VbJournal *journal,
                                   guint64    serial,
                                   GPtrArray *rows);

G_END_DECLS
