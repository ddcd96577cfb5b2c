/* vb-json.h — the JSON interchange format (data/vendorbench-project.schema.json)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-project.h"

G_BEGIN_DECLS

#define VB_JSON_FORMAT          "vendorbench-project"
#define VB_JSON_FORMAT_VERSION  1
#define VB_JSON_MAX_BYTES       ((gsize) 64 * 1024 * 1024)
#define VB_JSON_MAX_DEPTH       32
#define VB_JSON_MAX_STRING      ((gsize) 1024 * 1024)
#define VB_JSON_MAX_MEMBERS     4096   /* fields in one object */

char     *vb_json_export          (VbProject   *project,
                                   gsize       *length,
                                   GError     **error);
gboolean  vb_json_export_to_file  (VbProject   *project,
                                   const char  *path,
                                   gboolean     replace,
                                   GError     **error);
gboolean  vb_json_import_data     (const char  *data,
                                   gsize        length,
                                   const char  *project_path,
                                   GError     **error);
gboolean  vb_json_import_file     (const char  *json_path,
                                   const char  *project_path,
                                   GError     **error);
gboolean  vb_json_check_shape     (const char  *data,
                                   gsize        length,
                                   GError     **error);
void      vb_json_append_string   (GString     *s,
                                   const char  *text);
void      vb_json_append_double   (GString     *s,
                                   double       d);
char      *vb_sample_dup_fingerprint (void);
VbProject *vb_project_create_sample (const char *path,
                                    GError    **error);

G_END_DECLS
