/* vb-store-journal.c — the rows of a table changed in place, for readers that keep what they read
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store notes, per table, the last rows changed in place with the
 * table's serial at each change, and when a row was last added, removed
 * or moved (to another parent, or to another place). A reader that keeps
 * what it computed of each row of a big table (the guidance's walks) asks
 * which rows changed since it last read and reads only those again; when
 * the table was reshaped since, or more rows changed than the ring holds,
 * it is told to read every row.
 */

#define G_LOG_DOMAIN "vb-store"

#include "config.h"

#include "vb-store-journal.h"

void
vb_journal_clear (VbJournal *journal)
{
  g_clear_pointer (&journal->ring, g_free);
}

void
vb_journal_note_change (VbJournal *journal,
                        guint64    serial,
                        VbRecord  *record)
{
  VbJournalEntry *e;

  if (journal->ring == NULL)
    journal->ring = g_new0 (VbJournalEntry, VB_JOURNAL_SIZE);
  e = &journal->ring[journal->next];
  journal->forgotten = MAX (journal->forgotten, e->serial);
  *e = (VbJournalEntry) { serial, record };
  journal->next = (journal->next + 1) % VB_JOURNAL_SIZE;
}

void
vb_journal_note_reshape (VbJournal *journal,
                         guint64    serial)
{
  journal->reshaped = serial;
}

/* FALSE: not known since @serial; else the rows changed since are added
 * to @rows (a row changed twice, twice) */
gboolean
vb_journal_changed_since (VbJournal *journal,
                          guint64    serial,
                          GPtrArray *rows)
{
  if (journal->reshaped > serial || journal->forgotten > serial)
    return FALSE;
  for (guint k = 0; journal->ring != NULL && k < VB_JOURNAL_SIZE; k++)
    {
      const VbJournalEntry *e = &journal->ring[(journal->next + k) % VB_JOURNAL_SIZE];

      if (e->record != NULL && e->serial > serial)
        g_ptr_array_add (rows, e->record);
    }
  return TRUE;
}
