/* vb-channel-word.h — a word of a ticket export and the channel it means
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Web form" → chat, "Voice" → phone: editable in the import preview, kept
 * with its column mapping.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"
#include "vb-column-mapping.h"

G_BEGIN_DECLS

#define VB_TYPE_CHANNEL_WORD (vb_channel_word_get_type ())

G_DECLARE_FINAL_TYPE (VbChannelWord, vb_channel_word, VB, CHANNEL_WORD, VbRecord)

VbColumnMapping *vb_channel_word_get_mapping  (VbChannelWord *self);
const char      *vb_channel_word_get_word     (VbChannelWord *self);
VbChannel        vb_channel_word_get_channel  (VbChannelWord *self);

gboolean         vb_channel_word_set_word     (VbChannelWord *self, const char *word, GError **error);
gboolean         vb_channel_word_set_channel  (VbChannelWord *self, VbChannel channel, GError **error);


G_END_DECLS
