/* vb-ticket-presets.c — help-desk export presets and column mappings
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A preset is data: the header texts that name each field (in the
 * languages the help desk writes), how durations are given and which
 * channel words mean which channel. vb_ticket_mapping_new_preset copies it
 * into a mapping the user may edit.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vb-error.h"
#include "private/vb-ticket-private.h"

static const char *const field_keys[VB_TICKET_N_FIELDS] = {
  "id", "created", "first_response", "resolved", "first_response_duration",
  "resolution_duration", "channel", "escalated", "reopened", "satisfaction",
};

static const char *const preset_keys[] = {
  "auto", "mapped", "zendesk", "freshdesk", "zammad", "osticket",
};

typedef struct {
  VbTicketField field;
  const char   *names;   /* header texts, separated by "|" */
} PresetColumn;

typedef struct {
  const char *word;
  VbChannel   channel;
} ChannelWord;

/* Words every preset knows (a preset's own come on top) */
static const ChannelWord common_words[] = {
  { "email", VB_CHANNEL_EMAIL }, { "e-mail", VB_CHANNEL_EMAIL }, { "mail", VB_CHANNEL_EMAIL },
  { "web form", VB_CHANNEL_EMAIL }, { "web", VB_CHANNEL_EMAIL }, { "portal", VB_CHANNEL_EMAIL },
  { "phone", VB_CHANNEL_PHONE }, { "voice", VB_CHANNEL_PHONE }, { "telefon", VB_CHANNEL_PHONE },
  { "téléphone", VB_CHANNEL_PHONE }, { "teléfono", VB_CHANNEL_PHONE },
  { "chat", VB_CHANNEL_CHAT }, { "messaging", VB_CHANNEL_CHAT }, { "whatsapp", VB_CHANNEL_CHAT },
  { "sms", VB_CHANNEL_SMS }, { "text", VB_CHANNEL_SMS },
  { "twitter", VB_CHANNEL_SOCIAL }, { "facebook", VB_CHANNEL_SOCIAL }, { "social", VB_CHANNEL_SOCIAL },
  { "in-app", VB_CHANNEL_IN_APP }, { "mobile sdk", VB_CHANNEL_IN_APP },
  { "api", VB_CHANNEL_OTHER }, { "other", VB_CHANNEL_OTHER },
};

static const PresetColumn zendesk_columns[] = {
  { VB_TICKET_FIELD_ID, "Id" },
  { VB_TICKET_FIELD_CREATED, "Created at" },
  { VB_TICKET_FIELD_RESOLVED, "Solved at" },
  { VB_TICKET_FIELD_FIRST_RESPONSE_DURATION, "First reply time in minutes" },
  { VB_TICKET_FIELD_RESOLUTION_DURATION, "Full resolution time in minutes" },
  { VB_TICKET_FIELD_CHANNEL, "Via" },
  { VB_TICKET_FIELD_ESCALATED, "Group stations" },
  { VB_TICKET_FIELD_REOPENED, "Reopens" },
  { VB_TICKET_FIELD_SATISFACTION, "Satisfaction Score" },
};

static const ChannelWord zendesk_words[] = {
  { "closed ticket", VB_CHANNEL_EMAIL }, { "mobile", VB_CHANNEL_IN_APP },
};

static const PresetColumn freshdesk_columns[] = {
  { VB_TICKET_FIELD_ID, "Ticket ID" },
  { VB_TICKET_FIELD_CREATED, "Created time" },
  { VB_TICKET_FIELD_FIRST_RESPONSE, "Initial response time" },
  { VB_TICKET_FIELD_RESOLVED, "Resolved time" },
  { VB_TICKET_FIELD_CHANNEL, "Source" },
  { VB_TICKET_FIELD_SATISFACTION, "Survey results" },
  { VB_TICKET_FIELD_ESCALATED, "Tags" },
};

static const ChannelWord freshdesk_words[] = {
  { "feedback widget", VB_CHANNEL_EMAIL }, { "outbound email", VB_CHANNEL_EMAIL },
  { "mobihelp", VB_CHANNEL_IN_APP }, { "forum", VB_CHANNEL_SOCIAL },
};

static const PresetColumn zammad_columns[] = {
  { VB_TICKET_FIELD_ID, "#" },
  { VB_TICKET_FIELD_CREATED, "Created At" },
  { VB_TICKET_FIELD_FIRST_RESPONSE, "First Response At" },
  { VB_TICKET_FIELD_RESOLVED, "Closed At" },
  { VB_TICKET_FIELD_CHANNEL, "Create Channel" },
};

static const ChannelWord zammad_words[] = {
  { "telegram", VB_CHANNEL_CHAT }, { "form", VB_CHANNEL_EMAIL },
};

/* English, German, French, Spanish */
static const PresetColumn osticket_columns[] = {
  { VB_TICKET_FIELD_ID, "Ticket Number|Ticketnummer|Numéro du ticket|Número de ticket" },
  { VB_TICKET_FIELD_CREATED, "Date Created|Erstellungsdatum|Erstellt am|Date de création|Fecha de creación" },
  { VB_TICKET_FIELD_RESOLVED, "Closed Date|Schließungsdatum|Geschlossen am|Date de fermeture|Fecha de cierre" },
  { VB_TICKET_FIELD_CHANNEL, "Source|Quelle|Origen|Fuente" },
  { VB_TICKET_FIELD_REOPENED, "Reopen Count|Anzahl Wiedereröffnungen|Nombre de réouvertures|Número de reaperturas" },
};

static const ChannelWord osticket_words[] = {
  { "webformular", VB_CHANNEL_EMAIL }, { "formulaire web", VB_CHANNEL_EMAIL },
  { "correo electrónico", VB_CHANNEL_EMAIL }, { "courriel", VB_CHANNEL_EMAIL },
  { "andere", VB_CHANNEL_OTHER }, { "autre", VB_CHANNEL_OTHER }, { "otro", VB_CHANNEL_OTHER },
};

typedef struct {
  VbTicketPreset      preset;
  const PresetColumn *columns;
  guint               n_columns;
  const ChannelWord  *words;
  guint               n_words;
  VbTicketDurationUnit unit;
  guint               escalation_above;
} PresetInfo;

static const PresetInfo presets[] = {
  /* the order detection tries them in */
  { VB_TICKET_PRESET_ZAMMAD, zammad_columns, G_N_ELEMENTS (zammad_columns),
    zammad_words, G_N_ELEMENTS (zammad_words), VB_TICKET_DURATION_MINUTES, 0 },
  { VB_TICKET_PRESET_ZENDESK, zendesk_columns, G_N_ELEMENTS (zendesk_columns),
    zendesk_words, G_N_ELEMENTS (zendesk_words), VB_TICKET_DURATION_MINUTES, 1 },
  { VB_TICKET_PRESET_FRESHDESK, freshdesk_columns, G_N_ELEMENTS (freshdesk_columns),
    freshdesk_words, G_N_ELEMENTS (freshdesk_words), VB_TICKET_DURATION_HMS, 0 },
  { VB_TICKET_PRESET_OSTICKET, osticket_columns, G_N_ELEMENTS (osticket_columns),
    osticket_words, G_N_ELEMENTS (osticket_words), VB_TICKET_DURATION_MINUTES, 0 },
};

char *
vb_ticket_fold (const char *text,
                gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  char *folded = g_utf8_casefold (valid, -1);

  return g_strstrip (folded);
}

const char *
vb_ticket_field_get_key (VbTicketField field)
{
  g_return_val_if_fail (field < VB_TICKET_N_FIELDS, NULL);
  return field_keys[field];
}

gboolean
vb_ticket_field_from_key (const char    *key,
                          VbTicketField *field)
{
  for (guint i = 0; i < VB_TICKET_N_FIELDS; i++)
    if (g_strcmp0 (key, field_keys[i]) == 0)
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vb_ticket_preset_get_key (VbTicketPreset preset)
{
  g_return_val_if_fail (preset < G_N_ELEMENTS (preset_keys), NULL);
  return preset_keys[preset];
}

gboolean
vb_ticket_preset_from_key (const char     *key,
                           VbTicketPreset *preset)
{
  for (guint i = 0; i < G_N_ELEMENTS (preset_keys); i++)
    if (g_strcmp0 (key, preset_keys[i]) == 0)
      {
        *preset = i;
        return TRUE;
      }
  return FALSE;
}

VbTicketMapping *
vb_ticket_mapping_new (void)
{
  VbTicketMapping *mapping = g_new0 (VbTicketMapping, 1);

  mapping->preset = VB_TICKET_PRESET_MAPPED;
  for (guint i = 0; i < VB_TICKET_N_FIELDS; i++)
    {
      mapping->columns[i] = g_ptr_array_new_with_free_func (g_free);
      mapping->labels[i] = g_ptr_array_new_with_free_func (g_free);
    }
  mapping->unit = VB_TICKET_DURATION_MINUTES;
  mapping->channel_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (common_words); i++)
    vb_ticket_mapping_set_channel_word (mapping, common_words[i].word, common_words[i].channel);
  return mapping;
}

void
vb_ticket_mapping_free (VbTicketMapping *mapping)
{
  if (mapping == NULL)
    return;
  for (guint i = 0; i < VB_TICKET_N_FIELDS; i++)
    {
      g_ptr_array_unref (mapping->columns[i]);
      g_ptr_array_unref (mapping->labels[i]);
    }
  g_hash_table_unref (mapping->channel_words);
  g_free (mapping);
}

static void
add_names (VbTicketMapping *mapping,
           VbTicketField    field,
           const char      *names)
{
  g_auto (GStrv) parts = g_strsplit (names, "|", -1);

  for (guint i = 0; parts[i]; i++)
    {
      g_ptr_array_add (mapping->columns[field], vb_ticket_fold (parts[i], -1));
      g_ptr_array_add (mapping->labels[field], g_strstrip (g_strdup (parts[i])));
    }
}

VbTicketMapping *
vb_ticket_mapping_new_preset (VbTicketPreset preset)
{
  VbTicketMapping *mapping = vb_ticket_mapping_new ();

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      const PresetInfo *info = &presets[i];

      if (info->preset != preset)
        continue;
      mapping->preset = preset;
      mapping->unit = info->unit;
      mapping->escalation_above = info->escalation_above;
      for (guint c = 0; c < info->n_columns; c++)
        add_names (mapping, info->columns[c].field, info->columns[c].names);
      for (guint w = 0; w < info->n_words; w++)
        vb_ticket_mapping_set_channel_word (mapping, info->words[w].word, info->words[w].channel);
    }
  return mapping;
}

VbTicketPreset
vb_ticket_mapping_get_preset (const VbTicketMapping *mapping)
{
  return mapping->preset;
}

void
vb_ticket_mapping_set_column (VbTicketMapping *mapping,
                              VbTicketField    field,
                              const char      *column)
{
  g_return_if_fail (field < VB_TICKET_N_FIELDS);

  g_ptr_array_set_size (mapping->columns[field], 0);
  g_ptr_array_set_size (mapping->labels[field], 0);
  if (column != NULL)
    {
      g_ptr_array_add (mapping->columns[field], vb_ticket_fold (column, -1));
      g_ptr_array_add (mapping->labels[field], g_strstrip (g_strdup (column)));
    }
}

const char *
vb_ticket_mapping_get_column (const VbTicketMapping *mapping,
                              VbTicketField          field)
{
  g_return_val_if_fail (field < VB_TICKET_N_FIELDS, NULL);
  return mapping->labels[field]->len ? g_ptr_array_index (mapping->labels[field], 0) : NULL;
}

void
vb_ticket_mapping_set_duration_unit (VbTicketMapping     *mapping,
                                     VbTicketDurationUnit unit)
{
  mapping->unit = unit;
}

void
vb_ticket_mapping_set_business_hours (VbTicketMapping *mapping,
                                      gboolean         business_hours)
{
  business_hours = !!business_hours;
  if (mapping->business_hours == business_hours)
    return;
  mapping->business_hours = business_hours;
  /* Zendesk writes both: pick the column that matches */
  if (mapping->preset == VB_TICKET_PRESET_ZENDESK)
    {
      const char *suffix = business_hours ? " within business hours" : "";
      g_autofree char *reply = g_strconcat ("First reply time in minutes", suffix, NULL);
      g_autofree char *full = g_strconcat ("Full resolution time in minutes", suffix, NULL);

      vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_FIRST_RESPONSE_DURATION, reply);
      vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_RESOLUTION_DURATION, full);
    }
  /* Freshdesk's durations are business hours, its timestamps calendar time */
  if (mapping->preset == VB_TICKET_PRESET_FRESHDESK)
    {
      vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_FIRST_RESPONSE_DURATION,
                                    business_hours ? "First response time (in hrs)" : NULL);
      vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_RESOLUTION_DURATION,
                                    business_hours ? "Resolution time (in hrs)" : NULL);
    }
}

gboolean
vb_ticket_mapping_get_business_hours (const VbTicketMapping *mapping)
{
  return mapping->business_hours;
}

void
vb_ticket_mapping_set_month_first (VbTicketMapping *mapping,
                                   gboolean         month_first)
{
  mapping->month_first = !!month_first;
}

void
vb_ticket_mapping_set_channel_word (VbTicketMapping *mapping,
                                    const char      *word,
                                    VbChannel        channel)
{
  g_return_if_fail (channel <= VB_CHANNEL_OTHER);
  g_hash_table_insert (mapping->channel_words, vb_ticket_fold (word, -1),
                       GUINT_TO_POINTER (channel + 1));
}

gboolean
vb_ticket_mapping_lookup_channel (const VbTicketMapping *mapping,
                                  const char            *word,
                                  gsize                  length,
                                  VbChannel             *channel)
{
  g_autofree char *folded = vb_ticket_fold (word, length);
  gpointer value = g_hash_table_lookup (mapping->channel_words, folded);

  if (value == NULL)
    return FALSE;
  *channel = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

gboolean
vb_ticket_mapping_parse (VbTicketMapping *mapping,
                         const char      *spec,
                         GError         **error)
{
  g_auto (GStrv) pairs = g_strsplit (spec, ",", -1);

  for (guint i = 0; pairs[i]; i++)
    {
      const char *eq = strchr (pairs[i], '=');
      g_autofree char *key = NULL;
      VbTicketField field;

      if (*g_strstrip (pairs[i]) == '\0')
        continue;
      eq = strchr (pairs[i], '=');
      key = eq ? g_strndup (pairs[i], eq - pairs[i]) : g_strdup (pairs[i]);
      g_strstrip (key);
      if (eq == NULL || eq[1] == '\0' || !vb_ticket_field_from_key (key, &field))
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                       _("“%s” is not a column mapping: write KEY=COLUMN, KEY one of id, created, "
                         "first_response, resolved, first_response_duration, resolution_duration, "
                         "channel, escalated, reopened, satisfaction."), pairs[i]);
          return FALSE;
        }
      vb_ticket_mapping_set_column (mapping, field, eq + 1);
    }
  return TRUE;
}

static gboolean
header_has (char *const *folded,
            guint        n_cells,
            GPtrArray   *names)
{
  for (guint n = 0; n < names->len; n++)
    for (guint i = 0; i < n_cells; i++)
      if (strcmp (folded[i], g_ptr_array_index (names, n)) == 0)
        return TRUE;
  return FALSE;
}

VbTicketPreset
vb_ticket_preset_detect (const char *const *cells,
                         guint              n_cells)
{
  g_autoptr (GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (folded, vb_ticket_fold (cells[i], -1));

  for (guint p = 0; p < G_N_ELEMENTS (presets); p++)
    {
      g_autoptr (VbTicketMapping) mapping = vb_ticket_mapping_new_preset (presets[p].preset);
      guint found = 0, wanted = 0;

      /* every column the preset names must be there */
      for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
        if (mapping->columns[f]->len > 0)
          {
            wanted++;
            found += header_has ((char *const *) folded->pdata, n_cells, mapping->columns[f]);
          }
      if (wanted > 0 && found == wanted)
        return presets[p].preset;
    }
  return VB_TICKET_PRESET_MAPPED;
}
