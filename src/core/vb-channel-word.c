/* vb-channel-word.c — a word of a ticket export and the channel it means
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-channel-word"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-channel-word.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbChannelWord
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbChannelWord, vb_channel_word, VB_TYPE_RECORD)

static guint col_mapping, col_word, col_channel;

#define R(self) VB_RECORD (self)


static void
vb_channel_word_class_init (VbChannelWordClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "ticket_channel_word");
  col_mapping = vb_record_class_column (record_class, "mapping_id");
  col_word = vb_record_class_column (record_class, "word");
  col_channel = vb_record_class_column (record_class, "channel");
}

static void
vb_channel_word_init (VbChannelWord *self)
{
}

/* Returns: (transfer none) (nullable) */
VbColumnMapping *
vb_channel_word_get_mapping (VbChannelWord *self)
{
  VbProject *project;
  const VbValue *ref;

  g_return_val_if_fail (VB_IS_CHANNEL_WORD (self), NULL);
  project = vb_record_get_project (R (self));
  ref = vb_record_peek (R (self), col_mapping);
  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return VB_COLUMN_MAPPING (vb_project_lookup (project, ref->v.s));
}

const char *
vb_channel_word_get_word (VbChannelWord *self)
{
  g_return_val_if_fail (VB_IS_CHANNEL_WORD (self), "");
  return vb_record_text_at (R (self), col_word);
}

gboolean
vb_channel_word_set_word (VbChannelWord  *self,
                          const char    *word,
                          GError        **error)
{
  g_return_val_if_fail (VB_IS_CHANNEL_WORD (self), FALSE);
  return vb_record_write_text_at (R (self), col_word, word, error);
}

VbChannel
vb_channel_word_get_channel (VbChannelWord *self)
{
  g_return_val_if_fail (VB_IS_CHANNEL_WORD (self), VB_CHANNEL_OTHER);
  return (VbChannel) vb_record_enum_at (R (self), col_channel);
}

gboolean
vb_channel_word_set_channel (VbChannelWord  *self,
                             VbChannel      channel,
                             GError        **error)
{
  g_return_val_if_fail (VB_IS_CHANNEL_WORD (self), FALSE);
  return vb_record_write_enum_at (R (self), col_channel, channel, error);
}
