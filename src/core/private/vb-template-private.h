/* vb-template-private.h — seeding a new project from a template
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <libxml/tree.h>

#include "vb-schema.h"
#include "vb-template.h"
#include "vb-value.h"

G_BEGIN_DECLS

gboolean    vb_template_seed        (sqlite3            *db,
                                     VbProjectTemplate   id,
                                     GError            **error);
/* vb-template-seed.c: one seeded row (with @db NULL only checked) */
gboolean    vb_template_insert_seeded  (sqlite3         *db,
                                        const VbTable   *table,
                                        VbValue         *row,
                                        gint64           position,
                                        const char      *now,
                                        GError         **error);
gboolean    vb_template_seed_selection (sqlite3         *db,
                                        VbProjectTemplate id,
                                        GError         **error);
/* vb-template-stages.c: criteria, SLAs, tiers and workflows of the
 * template whose root is @root; the shared transition plan */
gboolean    vb_template_seed_stages    (sqlite3         *db,
                                        xmlNode         *root,
                                        const char      *source,
                                        GHashTable      *objectives,
                                        const char      *now,
                                        GError         **error);
gboolean    vb_template_seed_transition       (sqlite3     *db,
                                               GError     **error);
gboolean    vb_template_seed_transition_bytes (sqlite3     *db,
                                               GBytes      *xml,
                                               GError     **error);
/* The phase keys of DESIGN.md §1, in order */
extern const char *const vb_transition_phase_keys[];

gboolean    vb_template_check       (VbProjectTemplate   id,
                                     GError            **error);
gboolean    vb_template_check_bytes (GBytes             *template_xml,
                                     const char         *id,
                                     GError            **error);

/* The vendor-selection lists read from bytes (@source names the document
 * in messages), so that a test can feed a broken one */
GPtrArray  *vb_template_parse_requirement_sections  (GBytes      *template_xml,
                                                     const char  *source,
                                                     GError     **error);
GPtrArray  *vb_questionnaire_parse                  (GBytes      *questionnaire_xml,
                                                     GError     **error);
GPtrArray  *vb_call_sheet_parse                     (GBytes      *call_sheet_xml,
                                                     GBytes      *template_xml,
                                                     const char  *source,
                                                     GError     **error);

int         vb_days_from_string     (const char  *days);
char       *vb_days_to_string       (int          mask);
int         vb_minutes_from_string  (const char  *hhmm);

G_END_DECLS
