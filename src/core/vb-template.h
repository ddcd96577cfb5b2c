/* vb-template.h — project templates (data/templates, translatable XML)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct {
  char *id;
  char *name;
  char *description;
} VbTemplateInfo;

void        vb_template_info_free (VbTemplateInfo *info);
GPtrArray  *vb_template_list      (void);
gboolean    vb_template_exists    (const char  *id);
gboolean    vb_template_seed      (sqlite3     *db,
                                   const char  *id,
                                   GError     **error);
GBytes     *vb_core_resource_data (const char  *name,
                                   GError     **error);

int         vb_days_from_string   (const char  *days);
char       *vb_days_to_string     (int          mask);
int         vb_minutes_from_string (const char *hhmm);

G_END_DECLS
