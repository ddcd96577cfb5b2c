/* vb-ticket-remember.c — column mappings of ticket exports, remembered per header
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the user says which column holds what (import-tickets --map, or
 * the preview's mapping), the mapping is stored under the export's header
 * key (ticket_mapping: the columns as "field=column" lines with the --map
 * keys, the unit of durations, business hours, the preset it started
 * from) with its channel words (ticket_channel_word). The next export
 * with the same header reads with it, without asking again. Not stored:
 * day-or-month-first dates and the preset's escalation threshold, which
 * come back from the preset.
 */

#define G_LOG_DOMAIN "vb-ticket"

#include "config.h"

#include <string.h>

#include "vb-channel-word.h"
#include "vb-column-mapping.h"
#include "vb-project-private.h"
#include "vb-ticket-import.h"
#include "private/vb-ticket-private.h"

static GPtrArray *
copy_strings (GPtrArray *strings)
{
  GPtrArray *copy = g_ptr_array_new_full (strings->len, g_free);

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

VbTicketMapping *
vb_ticket_mapping_copy (const VbTicketMapping *mapping)
{
  VbTicketMapping *copy;
  GHashTableIter iter;
  gpointer word, channel;

  g_return_val_if_fail (mapping != NULL, NULL);

  copy = g_new0 (VbTicketMapping, 1);
  copy->preset = mapping->preset;
  for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
    {
      copy->columns[f] = copy_strings (mapping->columns[f]);
      copy->labels[f] = copy_strings (mapping->labels[f]);
    }
  copy->unit = mapping->unit;
  copy->business_hours = mapping->business_hours;
  copy->month_first = mapping->month_first;
  copy->escalation_above = mapping->escalation_above;
  copy->channel_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, mapping->channel_words);
  while (g_hash_table_iter_next (&iter, &word, &channel))
    g_hash_table_insert (copy->channel_words, g_strdup (word), channel);
  return copy;
}

static VbDurationUnit
stored_unit (VbTicketDurationUnit unit)
{
  switch (unit)
    {
    case VB_TICKET_DURATION_HOURS:
      return VB_DURATION_UNIT_HOURS;
    case VB_TICKET_DURATION_HMS:
      return VB_DURATION_UNIT_HMS;
    case VB_TICKET_DURATION_MINUTES:
    default:
      return VB_DURATION_UNIT_MINUTES;
    }
}

static VbTicketDurationUnit
mapping_unit (VbDurationUnit unit)
{
  switch (unit)
    {
    case VB_DURATION_UNIT_HOURS:
      return VB_TICKET_DURATION_HOURS;
    case VB_DURATION_UNIT_HMS:
      return VB_TICKET_DURATION_HMS;
    case VB_DURATION_UNIT_MINUTES:
    default:
      return VB_TICKET_DURATION_MINUTES;
    }
}

/* "created=Opened\nchannel=Source\n…": every name of every field */
static char *
fields_text (const VbTicketMapping *mapping)
{
  GString *text = g_string_new (NULL);

  for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
    for (guint i = 0; i < mapping->labels[f]->len; i++)
      g_string_append_printf (text, "%s=%s\n", vb_ticket_field_get_key (f),
                              (const char *) g_ptr_array_index (mapping->labels[f], i));
  return g_string_free (text, FALSE);
}

gboolean
vb_ticket_mapping_remember (const VbTicketMapping  *mapping,
                            VbProject              *project,
                            const char             *header_key,
                            GError                **error)
{
  VbColumnMapping *row = vb_project_lookup_column_mapping (project, header_key);
  g_autofree char *fields = fields_text (mapping);
  g_autoptr (GPtrArray) words = NULL;
  GHashTableIter iter;
  gpointer word, channel;

  if (row == NULL)
    {
      VbRecord *added = vb_project_add (project, "ticket_mapping", error);

      if (added == NULL || !vb_project_set_text (project, added, "header_key", header_key, error))
        return FALSE;
      row = VB_COLUMN_MAPPING (added);
    }
  if (!vb_project_set_text (project, VB_RECORD (row), "preset", vb_ticket_preset_get_key (mapping->preset), error) ||
      !vb_column_mapping_set_fields (row, fields, error) ||
      !vb_column_mapping_set_duration_unit (row, stored_unit (mapping->unit), error) ||
      !vb_column_mapping_set_business_hours (row, mapping->business_hours, error))
    return FALSE;

  /* the channel words as they are now: the old ones go */
  words = vb_project_children (project, "ticket_channel_word", "mapping_id", VB_RECORD (row));
  for (guint i = 0; i < words->len; i++)
    if (!vb_project_remove (project, g_ptr_array_index (words, i), error))
      return FALSE;
  g_hash_table_iter_init (&iter, mapping->channel_words);
  while (g_hash_table_iter_next (&iter, &word, &channel))
    {
      VbChannelWord *w = vb_column_mapping_add_channel_word (row, error);

      if (w == NULL ||
          !vb_channel_word_set_word (w, word, error) ||
          !vb_channel_word_set_channel (w, (VbChannel) (GPOINTER_TO_UINT (channel) - 1), error))
        return FALSE;
    }
  return TRUE;
}

/* A stored mapping as the reader takes it; NULL when its lines name no
 * creation date (a row written by hand) */
static VbTicketMapping *
read_mapping (VbColumnMapping *row)
{
  g_autoptr (VbTicketMapping) mapping = NULL;
  g_auto (GStrv) lines = g_strsplit (vb_column_mapping_get_fields (row), "\n", -1);
  GListModel *words = vb_column_mapping_get_channel_words (row);
  VbTicketPreset preset;
  gboolean named[VB_TICKET_N_FIELDS] = { FALSE };

  if (vb_ticket_preset_from_key (vb_column_mapping_get_preset (row), &preset) &&
      preset != VB_TICKET_PRESET_AUTO && preset != VB_TICKET_PRESET_MAPPED)
    mapping = vb_ticket_mapping_new_preset (preset);
  else
    mapping = vb_ticket_mapping_new ();
  /* the stored columns replace the preset's */
  for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
    vb_ticket_mapping_set_column (mapping, f, NULL);
  for (guint i = 0; lines[i]; i++)
    {
      const char *eq = strchr (lines[i], '=');
      g_autofree char *key = eq ? g_strndup (lines[i], eq - lines[i]) : NULL;
      VbTicketField field;

      if (key == NULL || !vb_ticket_field_from_key (g_strstrip (key), &field) || eq[1] == '\0')
        continue;
      if (!named[field])
        vb_ticket_mapping_set_column (mapping, field, eq + 1);
      else
        {
          g_ptr_array_add (mapping->columns[field], vb_ticket_fold (eq + 1, -1));
          g_ptr_array_add (mapping->labels[field], g_strstrip (g_strdup (eq + 1)));
        }
      named[field] = TRUE;
    }
  if (!named[VB_TICKET_FIELD_CREATED])
    return NULL;
  vb_ticket_mapping_set_duration_unit (mapping, mapping_unit (vb_column_mapping_get_duration_unit (row)));
  vb_ticket_mapping_set_business_hours (mapping, vb_column_mapping_get_business_hours (row));
  for (guint i = 0; i < g_list_model_get_n_items (words); i++)
    {
      g_autoptr (VbChannelWord) w = g_list_model_get_item (words, i);

      if (*vb_channel_word_get_word (w) != '\0')
        vb_ticket_mapping_set_channel_word (mapping, vb_channel_word_get_word (w), vb_channel_word_get_channel (w));
    }
  return g_steal_pointer (&mapping);
}

GHashTable *
vb_project_get_ticket_mappings (VbProject *project)
{
  GHashTable *by_header = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) vb_ticket_mapping_free);
  GListModel *rows;

  g_return_val_if_fail (VB_IS_PROJECT (project), by_header);
  rows = vb_project_get_column_mappings (project);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (VbColumnMapping) row = g_list_model_get_item (rows, i);
      VbTicketMapping *mapping;

      if (!vb_record_is_live (VB_RECORD (row)) || *vb_column_mapping_get_header_key (row) == '\0')
        continue;
      mapping = read_mapping (row);
      if (mapping != NULL)
        g_hash_table_replace (by_header, g_strdup (vb_column_mapping_get_header_key (row)), mapping);
    }
  return by_header;
}
