/* vb-schema.h — the one description of the project file's tables
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every table of the project file is described once, here. The description
 * drives the DDL, the exact-schema check of untrusted files, the validation
 * of every value a file or an import holds, the JSON interchange, the labels
 * of undo and activity summaries, the class of each row's object and the
 * counts of `vendorbench-cli info`, so that none of them can drift from the
 * others. Core only: views use the typed entities (vb-vendor.h, …).
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "VBNC" — PRAGMA application_id of every project file */
#define VB_APPLICATION_ID 0x56424E43
#define VB_SCHEMA_VERSION 5

typedef enum {
  VB_COLUMN_UUID,   /* the implicit primary key */
  VB_COLUMN_TEXT,   /* free text, length-limited */
  VB_COLUMN_INT,    /* integer */
  VB_COLUMN_REAL,   /* floating point number */
  VB_COLUMN_BOOL,   /* 0 or 1 */
  VB_COLUMN_ENUM,   /* one word of a GEnum (its nick) */
  VB_COLUMN_REF,    /* the UUID of a row of another table */
  VB_COLUMN_TIME,   /* ISO 8601 UTC timestamp, e.g. 2026-11-23T10:00:00.000Z */
  VB_COLUMN_DATE,   /* ISO 8601 date, YYYY-MM-DD, or empty */
  VB_COLUMN_SET,    /* a set of words of a GEnum: nicks joined by commas */
} VbColumnKind;

typedef enum {
  VB_ON_DELETE_CASCADE,
  VB_ON_DELETE_SET_NULL,
} VbOnDelete;

/* What a TEXT column's words must be, beyond valid UTF-8 of bounded length */
typedef enum {
  VB_TEXT_FORMAT_PLAIN,
  VB_TEXT_FORMAT_TIMEZONE,   /* a time-zone name of the system's database, or empty */
  VB_TEXT_FORMAT_LANGUAGES,  /* languages separated by commas: bounded in number and length */
  VB_TEXT_FORMAT_CURRENCY,   /* an ISO 4217 code: three capital letters */
  VB_TEXT_FORMAT_CURRENCY_OPT, /* an ISO 4217 code, or empty (the project's currency) */
} VbTextFormat;

typedef struct {
  const char        *name;
  VbColumnKind       kind;
  gboolean           nullable;     /* NULL allowed (REF and numbers only) */
  const char        *default_sql;  /* SQL literal, or NULL for none */
  GType            (*enum_type) (void);  /* ENUM, SET */
  const char        *ref_table;    /* REF: the table referred to */
  VbOnDelete         on_delete;    /* REF */
  double             min;          /* INT/REAL: range checked when min < max */
  double             max;
  const char        *label;        /* N_(): what a summary calls it */
  VbTextFormat       format;       /* TEXT */
} VbColumn;

/* A partial unique index: at most one row per value of @column among the
 * rows whose @where_column holds @where_value (an ENUM's value, or the
 * integer of a BOOL) — one selected vendor, one primary contact */
typedef struct {
  const char *column;
  const char *where_column;
  int         where_value;
  const char *rule;            /* N_(): the invariant, in words */
} VbUnique;

/* A rule over several columns of one row: a table-level CHECK of the DDL,
 * and the same rule for JSON import, the value check of open and check,
 * and every edit (vb_table_check_row) */
typedef enum {
  VB_CHECK_EXACTLY_ONE,     /* exactly one of @column and @other is set (not NULL) */
  VB_CHECK_VALUES_IF_SET,   /* while @column is set, the ENUM @other is one of @values */
} VbCheckKind;

typedef struct {
  VbCheckKind  kind;
  const char  *column;
  const char  *other;
  guint        values;      /* VALUES_IF_SET: a mask of the enumeration's values, 1 << value */
  const char  *rule;        /* N_(): the rule, in words */
} VbCheck;

typedef struct {
  const char     *name;
  const VbColumn *columns;       /* own columns; uuid, position and modified are implicit */
  guint           n_columns;
  guint           flags;
  GType         (*record_type) (void);  /* the class of its rows; NULL: VbRecord */
  const char     *label;         /* N_(): one row, as a summary names it ("vendor") */
  const VbUnique *uniques;
  guint           n_uniques;
  const VbCheck  *checks;
  guint           n_checks;
} VbTable;

typedef enum {
  VB_TABLE_SINGLE_ROW = 1 << 0,  /* exactly one row (project settings) */
  VB_TABLE_ORDERED    = 1 << 1,  /* has a "position" column that orders it */
  VB_TABLE_INTERNAL   = 1 << 2,  /* bookkeeping: not edited through undo */
} VbTableFlags;

typedef struct {
  int             version;
  const VbTable  *tables;        /* the current version: its description */
  guint           n_tables;
  const char     *sql_resource;  /* an earlier version: its DDL as that version wrote it */
} VbSchema;

/* Text columns are limited to this many bytes (a long answer or a note). */
#define VB_TEXT_MAX_BYTES (64 * 1024)
#define VB_TIME_MAX_BYTES 40
#define VB_SET_MAX_BYTES  1000

const VbSchema *vb_schema_current           (void);
const VbSchema *vb_schema_for_version       (int             version);
const VbTable  *vb_schema_lookup_table      (const VbSchema *schema,
                                             const char     *name);
int             vb_table_column_index       (const VbTable  *table,
                                             const char     *column);
const VbColumn *vb_table_get_column         (const VbTable  *table,
                                             guint           index);
guint           vb_table_n_columns          (const VbTable  *table);
int             vb_table_position_index     (const VbTable  *table);
guint           vb_table_modified_index     (const VbTable  *table);
const char     *vb_table_get_label          (const VbTable  *table);
const char     *vb_column_get_label         (const VbColumn *column);

char           *vb_schema_table_ddl         (const VbTable  *table);
char           *vb_schema_check_sql         (const VbTable  *table,
                                             const VbCheck  *check);
GPtrArray      *vb_schema_index_ddl         (const VbTable  *table);
gboolean        vb_schema_create            (sqlite3        *db,
                                             const VbSchema *schema,
                                             GError        **error);
char           *vb_schema_normalise_sql     (const char     *sql);
void            vb_schema_prime_reference   (sqlite3        *db);
gboolean        vb_schema_verify            (sqlite3        *db,
                                             const VbSchema *schema,
                                             GError        **error);
char           *vb_schema_column_names      (sqlite3        *db,
                                             const char     *table);
gboolean        vb_schema_rebuild_table     (sqlite3        *db,
                                             const VbTable  *table,
                                             GError        **error);
gboolean        vb_schema_rebuild_table_as  (sqlite3        *db,
                                             const VbSchema *schema,
                                             const char     *table,
                                             GError        **error);

typedef gboolean (*VbMigrationFunc) (sqlite3 *db, GError **error);

typedef struct {
  int              from;        /* the version it reads … */
  int              to;          /* … and the one it writes */
  VbMigrationFunc  apply;
} VbMigration;

/* Run on the migrated file inside the migration's transaction: refusing
 * rolls the whole migration back */
typedef gboolean (*VbMigrationCheck) (sqlite3 *db, gpointer user_data, GError **error);

gboolean        vb_schema_migrate           (sqlite3            *db,
                                             const VbMigration  *steps,
                                             guint               n_steps,
                                             int                 target_version,
                                             VbMigrationCheck    check,
                                             gpointer            check_data,
                                             GError            **error);

const VbMigration *vb_schema_migrations     (guint *n_steps);

/* The steps' helpers (vb-migrations.c, vb-migration-4.c) */
gboolean        vb_migration_channel_from_word (const char *word,
                                                int        *channel);
gboolean        vb_migrate_3_to_4           (sqlite3            *db,
                                             GError            **error);

G_END_DECLS
