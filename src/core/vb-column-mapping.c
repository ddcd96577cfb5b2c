/* vb-column-mapping.c — a remembered column mapping for one kind of ticket export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-column-mapping"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vb-column-mapping.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-channel-word.h"

struct _VbColumnMapping
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbColumnMapping, vb_column_mapping, VB_TYPE_RECORD)

static guint col_header_key, col_preset, col_fields, col_duration_unit, col_business_hours;

#define R(self) VB_RECORD (self)


static void
vb_column_mapping_class_init (VbColumnMappingClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "ticket_mapping");
  col_header_key = vb_record_class_column (record_class, "header_key");
  col_preset = vb_record_class_column (record_class, "preset");
  col_fields = vb_record_class_column (record_class, "fields");
  col_duration_unit = vb_record_class_column (record_class, "duration_unit");
  col_business_hours = vb_record_class_column (record_class, "business_hours");
}

static void
vb_column_mapping_init (VbColumnMapping *self)
{
}

const char *
vb_column_mapping_get_header_key (VbColumnMapping *self)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), "");
  return vb_record_text_at (R (self), col_header_key);
}

const char *
vb_column_mapping_get_preset (VbColumnMapping *self)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), "");
  return vb_record_text_at (R (self), col_preset);
}

const char *
vb_column_mapping_get_fields (VbColumnMapping *self)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), "");
  return vb_record_text_at (R (self), col_fields);
}

gboolean
vb_column_mapping_set_fields (VbColumnMapping  *self,
                              const char      *fields,
                              GError          **error)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), FALSE);
  return vb_record_write_text_at (R (self), col_fields, fields, error);
}

VbDurationUnit
vb_column_mapping_get_duration_unit (VbColumnMapping *self)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), VB_DURATION_UNIT_MINUTES);
  return (VbDurationUnit) vb_record_enum_at (R (self), col_duration_unit);
}

gboolean
vb_column_mapping_set_duration_unit (VbColumnMapping  *self,
                                     VbDurationUnit   duration_unit,
                                     GError          **error)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), FALSE);
  return vb_record_write_enum_at (R (self), col_duration_unit, duration_unit, error);
}

gboolean
vb_column_mapping_get_business_hours (VbColumnMapping *self)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), FALSE);
  return vb_record_bool_at (R (self), col_business_hours);
}

gboolean
vb_column_mapping_set_business_hours (VbColumnMapping  *self,
                                      gboolean         business_hours,
                                      GError          **error)
{
  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), FALSE);
  return vb_record_write_bool_at (R (self), col_business_hours, business_hours, error);
}

/**
 * vb_column_mapping_get_channel_words:
 *
 * Returns: (transfer none): its channel words in their order (VbChannelWord); empty
 *   once it is removed
 */
GListModel *
vb_column_mapping_get_channel_words (VbColumnMapping *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_CHANNEL_WORD);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "ticket_channel_word", "mapping_id", R (self));
}

/* Returns: (transfer none): a new channel word at the end, one edit */
VbChannelWord *
vb_column_mapping_add_channel_word (VbColumnMapping  *self,
                                    GError  **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_COLUMN_MAPPING (self), NULL);
  if (!vb_record_check_live (R (self), error))
    return NULL;
  row = vb_project_add_child (vb_record_get_project (R (self)), "ticket_channel_word", "mapping_id", R (self), error);
  return row ? VB_CHANNEL_WORD (row) : NULL;
}

/**
 * vb_project_get_column_mappings:
 *
 * Returns: (transfer none): every remembered mapping (VbColumnMapping)
 */
GListModel *
vb_project_get_column_mappings (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "ticket_mapping");
}

/* Returns: (transfer none) (nullable): the mapping remembered for this header */
VbColumnMapping *
vb_project_lookup_column_mapping (VbProject  *project,
                                  const char *header_key)
{
  GListModel *mappings;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  if (vb_str_is_blank (header_key))
    return NULL;
  mappings = vb_project_get_column_mappings (project);
  n = g_list_model_get_n_items (mappings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbColumnMapping) mapping = g_list_model_get_item (mappings, i);

      if (vb_record_is_live (R (mapping)) && strcmp (vb_column_mapping_get_header_key (mapping), header_key) == 0)
        return mapping;
    }
  return NULL;
}
