/* vb-schema.h — the one description of the project file's tables
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every table of the project file is described once, here. The description
 * drives the DDL, the exact-schema check of untrusted files, the JSON
 * interchange and the counts of `vendorbench-cli info`, so that none of them
 * can drift from the others.
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "VBNC" — PRAGMA application_id of every project file */
#define VB_APPLICATION_ID 0x56424E43
#define VB_SCHEMA_VERSION 1

typedef enum {
  VB_COLUMN_UUID,   /* the implicit primary key */
  VB_COLUMN_TEXT,   /* free text, length-limited */
  VB_COLUMN_INT,    /* integer */
  VB_COLUMN_REAL,   /* floating point number */
  VB_COLUMN_BOOL,   /* 0 or 1 */
  VB_COLUMN_ENUM,   /* one of a fixed list of words */
  VB_COLUMN_REF,    /* the UUID of a row of another table */
  VB_COLUMN_TIME,   /* ISO 8601 UTC timestamp, e.g. 2026-11-23T10:00:00.000Z */
  VB_COLUMN_DATE,   /* ISO 8601 date, YYYY-MM-DD, or empty */
} VbColumnKind;

typedef enum {
  VB_ON_DELETE_CASCADE,
  VB_ON_DELETE_SET_NULL,
} VbOnDelete;

typedef struct {
  const char        *name;
  VbColumnKind       kind;
  gboolean           nullable;     /* NULL allowed (REF and numbers only) */
  const char        *default_sql;  /* SQL literal, or NULL for none */
  const char *const *values;       /* ENUM: NULL-terminated list */
  const char        *ref_table;    /* REF: the table referred to */
  VbOnDelete         on_delete;    /* REF */
  double             min;          /* INT/REAL: range checked when min < max */
  double             max;
} VbColumn;

typedef struct {
  const char     *name;
  const VbColumn *columns;       /* own columns; uuid and modified are implicit */
  guint           n_columns;
  guint           flags;
} VbTable;

typedef enum {
  VB_TABLE_SINGLE_ROW = 1 << 0,  /* exactly one row (project settings) */
  VB_TABLE_ORDERED    = 1 << 1,  /* has a "position" column that orders it */
  VB_TABLE_INTERNAL   = 1 << 2,  /* bookkeeping: not edited through undo */
} VbTableFlags;

typedef struct {
  int             version;
  const VbTable  *tables;
  guint           n_tables;
} VbSchema;

/* Text columns are limited to this many bytes (a long answer or a note). */
#define VB_TEXT_MAX_BYTES (64 * 1024)

const VbSchema *vb_schema_current           (void);
const VbTable  *vb_schema_lookup_table      (const VbSchema *schema,
                                             const char     *name);
int             vb_table_column_index       (const VbTable  *table,
                                             const char     *column);
const VbColumn *vb_table_get_column         (const VbTable  *table,
                                             guint           index);
guint           vb_table_n_columns          (const VbTable  *table);

char           *vb_schema_table_ddl         (const VbTable  *table);
GPtrArray      *vb_schema_index_ddl         (const VbTable  *table);
gboolean        vb_schema_create            (sqlite3        *db,
                                             const VbSchema *schema,
                                             GError        **error);
char           *vb_schema_normalise_sql     (const char     *sql);
void            vb_schema_prime_reference   (sqlite3        *db);
gboolean        vb_schema_verify            (sqlite3        *db,
                                             const VbSchema *schema,
                                             GError        **error);
gboolean        vb_schema_rebuild_table     (sqlite3        *db,
                                             const VbTable  *table,
                                             GError        **error);

typedef gboolean (*VbMigrationFunc) (sqlite3 *db, const VbSchema *to, GError **error);

typedef struct {
  const VbSchema  *from;
  const VbSchema  *to;
  VbMigrationFunc  apply;
} VbMigration;

gboolean        vb_schema_migrate           (sqlite3            *db,
                                             const VbMigration  *steps,
                                             guint               n_steps,
                                             int                 target_version,
                                             GError            **error);

const VbMigration *vb_schema_migrations     (guint *n_steps);

G_END_DECLS
