/* vb-guide-tally.c — counts per vendor over a walk of responses, kept from pass to pass
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Responses rules count, per vendor, the answers of every finalist to
 * the high-risk questions and the must-haves: thousands of rows, of which
 * an edit changes one. After an edit of responses in place the store
 * names the rows that changed (vb_project_get_changed_rows ()): the tally
 * classifies those again and moves their counts from what each added
 * before to what it adds now, without a walk. Otherwise (a response added
 * or removed, or a new @context: the questions themselves changed) the
 * rules walk the rows again in the same order; a row unchanged at its last
 * place (its revision tells) adds what it added before, and a row out of
 * place makes the tally count every row again.
 *
 * The counts are keyed by the vendor's UUID, interned: there are few
 * vendors, and a row's count must still be found when the row has gone.
 */

#define G_LOG_DOMAIN "vb-guide"

#include "config.h"

#include "vb-guide-tally.h"
#include "vb-project-private.h"
#include "vb-record-list.h"
#include "vb-record-private.h"

typedef struct {
  VbResponse *response;   /* borrowed: a response removed makes the next walk a full one */
  guint64     revision;
  const char *vendor;     /* interned, or NULL */
  guint       counts;     /* the bits it adds */
  VbTallyClassify classify;
  gpointer    user_data;
} Entry;

struct _VbTally
{
  GArray     *last;       /* Entry, of the last walk in its order */
  GArray     *now;        /* Entry, of this walk so far */
  GArray     *changes;    /* Entry pairs (before, now) of the rows that changed in place */
  gboolean    shifted;    /* a row not at its last place, or a new context: count all again */
  guint64     context;
  GHashTable *counts[VB_TALLY_N_COUNTS];   /* interned vendor UUID → count */
  VbTallyClassify classify;
  gpointer    user_data;
  GHashTable *index;      /* VbResponse → its place in @last + 1 */
  gboolean    indexed;    /* @index is that of @last */
  VbProject  *project;    /* during a walk */
  guint64     serial;     /* the responses' serial at the last walk or update, 0: none yet */
  guint       extra;      /* vb_tally_get_extra () */
};

gpointer
vb_tally_new (VbProject *project)
{
  VbTally *self = g_new0 (VbTally, 1);

  self->last = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->now = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->changes = g_array_new (FALSE, FALSE, sizeof (Entry));
  for (guint c = 0; c < VB_TALLY_N_COUNTS; c++)
    self->counts[c] = g_hash_table_new (NULL, NULL);
  self->index = g_hash_table_new (NULL, NULL);
  return self;
}

void
vb_tally_free (gpointer tally)
{
  VbTally *self = tally;

  if (self == NULL)
    return;
  g_array_unref (self->last);
  g_array_unref (self->now);
  g_array_unref (self->changes);
  for (guint c = 0; c < VB_TALLY_N_COUNTS; c++)
    g_hash_table_unref (self->counts[c]);
  g_hash_table_unref (self->index);
  g_free (self);
}

/* @context: what else the classification reads (the questions' serials);
 * when it differs from the last walk's, every row is classified again */
void
vb_tally_begin (VbTally   *self,
                VbProject *project,
                guint64    context)
{
  self->project = project;
  g_array_set_size (self->now, 0);
  g_array_set_size (self->changes, 0);
  self->shifted = context != self->context;
  self->context = context;
}

static Entry
classify (VbTally    *self,
          VbResponse *response,
          guint64     revision)
{
  const char *vendor = vb_response_get_vendor_uuid (response);
  Entry e = { response, revision, NULL, self->classify (response, self->user_data), self->classify,
              self->user_data };

  if (vendor != NULL && *vendor != '\0')
    e.vendor = g_intern_string (vendor);
  return e;
}

static void
walk_row (gpointer data,
          gpointer user_data)
{
  VbTally *self = user_data;
  VbResponse *response = data;
  /* a plain cast: the list holds responses, and this runs for each */
  guint64 revision = vb_record_get_revision ((VbRecord *) response);
  guint i = self->now->len;
  Entry e;

  if (!self->shifted && i < self->last->len && g_array_index (self->last, Entry, i).response == response)
    {
      const Entry *before = &g_array_index (self->last, Entry, i);

      /* a revision is never the same for two rows, nor after a change */
      if (before->revision == revision)
        e = *before;
      else
        {
          e = classify (self, response, revision);
          g_array_append_vals (self->changes, before, 1);
          g_array_append_val (self->changes, e);
        }
    }
  else
    {
      self->shifted = TRUE;
      e = classify (self, response, revision);
    }
  g_array_append_val (self->now, e);
}

/* The responses of one item, in their order (borrowed: nothing changes
 * while the rules run) */
void
vb_tally_walk (VbTally         *self,
               GListModel      *responses,
               VbTallyClassify  classify_func,
               gpointer         user_data)
{
  self->classify = classify_func;
  self->user_data = user_data;
  vb_record_list_foreach (VB_RECORD_LIST (responses), walk_row, self);
}

static void
add (VbTally     *self,
     const Entry *e,
     int          sign)
{
  if (e->vendor == NULL)
    return;
  for (guint c = 0; c < VB_TALLY_N_COUNTS; c++)
    if (e->counts & (1u << c))
      {
        int n = GPOINTER_TO_INT (g_hash_table_lookup (self->counts[c], e->vendor)) + sign;

        g_assert (n >= 0);
        if (n == 0)
          g_hash_table_remove (self->counts[c], e->vendor);
        else
          g_hash_table_insert (self->counts[c], (gpointer) e->vendor, GINT_TO_POINTER (n));
      }
}

void
vb_tally_end (VbTally *self)
{
  GArray *swap;

  if (self->shifted || self->now->len != self->last->len)
    {
      for (guint c = 0; c < VB_TALLY_N_COUNTS; c++)
        g_hash_table_remove_all (self->counts[c]);
      for (guint i = 0; i < self->now->len; i++)
        add (self, &g_array_index (self->now, Entry, i), 1);
      self->indexed = FALSE;
    }
  else
    for (guint i = 0; i + 1 < self->changes->len; i += 2)
      {
        add (self, &g_array_index (self->changes, Entry, i), -1);
        add (self, &g_array_index (self->changes, Entry, i + 1), 1);
      }
  swap = self->last;
  self->last = self->now;
  self->now = swap;
  g_array_set_size (self->now, 0);
  g_array_set_size (self->changes, 0);
  if (!self->indexed)
    {
      g_hash_table_remove_all (self->index);
      for (guint i = 0; i < self->last->len; i++)
        g_hash_table_insert (self->index, g_array_index (self->last, Entry, i).response, GUINT_TO_POINTER (i + 1));
      self->indexed = TRUE;
    }
  self->serial = vb_project_get_table_serial (self->project, "response");
  self->project = NULL;
}

/**
 * vb_tally_update:
 * @context: as for vb_tally_begin ()
 *
 * Brings the counts up to date with the responses changed in place since
 * the last walk, if the store can name them and @context is the same.
 *
 * Returns: FALSE when the rules must walk the rows again
 */
gboolean
vb_tally_update (VbTally   *self,
                 VbProject *project,
                 guint64    context)
{
  g_autoptr(GPtrArray) changed = NULL;

  if (self->serial == 0 || context != self->context)
    return FALSE;
  changed = g_ptr_array_new ();
  if (!vb_project_get_changed_rows (project, "response", self->serial, changed))
    return FALSE;
  for (guint k = 0; k < changed->len; k++)
    {
      VbResponse *response = changed->pdata[k];
      guint i = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, response));
      Entry *before, e;
      guint64 revision;

      /* not an answer the rules count (its question is not high-risk) */
      if (i == 0)
        continue;
      before = &g_array_index (self->last, Entry, i - 1);
      revision = vb_record_get_revision (VB_RECORD (response));
      if (before->revision == revision)
        continue;   /* named twice */
      self->classify = before->classify;
      self->user_data = before->user_data;
      e = classify (self, response, revision);
      add (self, before, -1);
      add (self, &e, 1);
      *before = e;
    }
  self->serial = vb_project_get_table_serial (project, "response");
  return TRUE;
}

/* What the caller keeps with the walk (the questions it counted) */
guint
vb_tally_get_extra (VbTally *self)
{
  return self->extra;
}

void
vb_tally_set_extra (VbTally *self,
                    guint    extra)
{
  self->extra = extra;
}

/* How many rows of @vendor_uuid added bit @count */
guint
vb_tally_get (VbTally    *self,
              guint       count,
              const char *vendor_uuid)
{
  g_return_val_if_fail (count < VB_TALLY_N_COUNTS, 0);
  if (vendor_uuid == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts[count], g_intern_string (vendor_uuid)));
}

/* Returns: (transfer none): interned vendor UUID → count (GINT_TO_POINTER),
 * the vendors with none left out */
GHashTable *
vb_tally_get_counts (VbTally *self,
                     guint    count)
{
  g_return_val_if_fail (count < VB_TALLY_N_COUNTS, NULL);
  return self->counts[count];
}
