/* vb-column-mapping.h — a remembered column mapping for one kind of ticket export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keyed by the export's header (one mapping per header): the columns as
 * field=column lines with the keys of import-tickets --map, how durations
 * are given and whether in business hours, and the export's channel
 * words (VbChannelWord).
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-record.h"

G_BEGIN_DECLS

#define VB_TYPE_COLUMN_MAPPING (vb_column_mapping_get_type ())

G_DECLARE_FINAL_TYPE (VbColumnMapping, vb_column_mapping, VB, COLUMN_MAPPING, VbRecord)

typedef struct _VbChannelWord VbChannelWord;

const char      *vb_column_mapping_get_header_key     (VbColumnMapping *self);
const char      *vb_column_mapping_get_preset         (VbColumnMapping *self);
const char      *vb_column_mapping_get_fields         (VbColumnMapping *self);
VbDurationUnit   vb_column_mapping_get_duration_unit  (VbColumnMapping *self);
gboolean         vb_column_mapping_get_business_hours (VbColumnMapping *self);

gboolean         vb_column_mapping_set_fields         (VbColumnMapping *self, const char *fields, GError **error);
gboolean         vb_column_mapping_set_duration_unit  (VbColumnMapping *self, VbDurationUnit duration_unit, GError **error);
gboolean         vb_column_mapping_set_business_hours (VbColumnMapping *self, gboolean business_hours, GError **error);

GListModel      *vb_column_mapping_get_channel_words  (VbColumnMapping *self);
VbChannelWord   *vb_column_mapping_add_channel_word   (VbColumnMapping *self, GError **error);

GListModel      *vb_project_get_column_mappings       (VbProject *project);
VbColumnMapping *vb_project_lookup_column_mapping     (VbProject *project, const char *header_key);

G_END_DECLS
