/* vb-ticket-private.h — what the ticket importer's files share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-ticket-import.h"

G_BEGIN_DECLS

#define VB_TICKET_MAX_ALTERNATIVES 8

struct _VbTicketMapping {
  VbTicketPreset       preset;
  /* per field, the header texts that name it (casefolded, trimmed) */
  GPtrArray           *columns[VB_TICKET_N_FIELDS];
  /* the same as given (for messages) */
  GPtrArray           *labels[VB_TICKET_N_FIELDS];
  VbTicketDurationUnit unit;
  gboolean             business_hours;
  gboolean             month_first;
  /* an escalation count above this is an escalation (1: "Group stations") */
  guint                escalation_above;
  GHashTable          *channel_words;   /* casefolded word → VbChannel + 1 */
};

/* Casefolded and trimmed: how header cells and channel words compare */
char    *vb_ticket_fold            (const char *text,
                                    gssize      length);

/* ── In-place parsing (vb-ticket-parse.c) ─────────────────────────────── */

/* A local or UTC date-time: civil seconds since 1970-01-01 00:00 as if
 * the clock were UTC, and whether the text gave its own offset (then
 * `seconds` is true UTC already) */
typedef struct {
  gint64   seconds;
  gboolean has_offset;
} VbTicketTime;

/* ISO 8601 (YYYY-MM-DD[ T]HH:MM[:SS[.f]][Z|±HH[:MM]]), DD.MM.YYYY,
 * DD/MM/YYYY (MM/DD/YYYY if month_first), with an optional time HH:MM[:SS]
 * [AM|PM]; an Excel serial day number when `serial_ok`. FALSE: not a date. */
gboolean vb_ticket_parse_time      (const char   *text,
                                    gsize         length,
                                    gboolean      month_first,
                                    gboolean      serial_ok,
                                    VbTicketTime *time);
/* A duration in seconds from minutes, hours (decimal point or comma) or
 * HH:MM[:SS]; FALSE: not a duration */
gboolean vb_ticket_parse_duration  (const char   *text,
                                    gsize         length,
                                    VbTicketDurationUnit unit,
                                    double       *seconds);
/* A whole number ≥ 0; FALSE otherwise */
gboolean vb_ticket_parse_count     (const char   *text,
                                    gsize         length,
                                    guint64      *count);
/* Yes / no in the four languages; FALSE: neither */
gboolean vb_ticket_parse_flag      (const char   *text,
                                    gsize         length,
                                    gboolean     *flag);
/* Days since 1970-01-01 of a civil date */
gint64   vb_ticket_days_from_civil (gint64 year,
                                    guint  month,
                                    guint  day);

/* A record's fields, split in place: each points into the file's bytes
 * or, for a quoted field with doubled quotes, into the scratch buffer */
typedef struct {
  const char *text;
  gsize       length;
} VbTicketCell;

typedef gboolean (*VbTicketRowFunc) (const VbTicketCell *cells,
                                     guint               n_cells,
                                     guint               line,
                                     gpointer            user_data,
                                     GError            **error);

/* Split UTF-8 CSV text in place (a leading byte-order mark skipped; the
 * delimiter `,`, `;` or tab found on the first line); a field over
 * max_field_bytes is refused with its line */
/* `release`: `data` is a page-aligned read-only mapping whose pages
 * behind the record being read may be given back (so that a large
 * file's bytes do not stay resident) */
gboolean vb_ticket_csv_split       (const char      *data,
                                    gsize            size,
                                    gsize            max_field_bytes,
                                    gboolean         release,
                                    VbTicketRowFunc  func,
                                    gpointer         user_data,
                                    GError         **error);

/* ── The importer's state (vb-ticket-import.c, vb-ticket-read.c) ────── */

#define VB_TICKET_MAX_LISTED_ERRORS 10
#define VB_TICKET_MAX_WEEKS 600               /* more than ten years of weeks */
#define VB_TICKET_MAX_HEADER_ROW 10           /* an XLSX report's header comes by row 10 */
#define VB_TICKET_DAY_CACHE 1024
#define VB_TICKET_WORD_CACHE 16

typedef struct {
  VbTicketWeek week;
  GArray      *first_responses;     /* double seconds */
  guint64      resolutions;         /* resolved with a resolution time */
  guint64      ratings[11];         /* answers 0–10 */
} VbTicketCellSum;

typedef struct {
  gint64 day;                       /* G_MININT64: empty */
  gint32 offset_start;
  gint32 offset_end;
} VbTicketDayOffset;

typedef struct {
  char      *raw;                   /* the bytes as the file writes them */
  gsize      length;
  VbChannel  channel;
} VbTicketWordCache;

struct _VbTicketImport {
  VbTicketPreset   preset;
  char            *header_key;
  VbTicketMapping *given_mapping;   /* the user's, to remember; NULL: a preset's */
  gboolean         remembered;      /* read with a remembered mapping */
  gboolean         business_hours;
  guint64          n_tickets;
  GArray          *weeks;           /* VbTicketWeek, sorted */
  GPtrArray       *warnings;
  GTimeZone       *tz;              /* the team's: the weeks' dates */
};

typedef struct {
  const VbTicketOptions *options;
  VbTicketMapping *mapping;
  GTimeZone       *tz;
  gboolean         header_done;
  int              column[VB_TICKET_N_FIELDS];
  char            *header_key;
  gboolean         remembered;      /* `mapping` is a remembered one's copy */
  gboolean         from_sheet;      /* XLSX: dates may be serial numbers */
  GArray          *cells;           /* VbTicketCellSum */
  GHashTable      *week_rows;       /* week day → index + 1 into rows */
  GArray          *rows;            /* gint[VB_CHANNEL_OTHER + 1] cell index + 1 */
  gint64           last_week_day;   /* the week the last ticket went to … */
  guint            last_row;        /* … and its row + 1 (0: none) */
  VbTicketDayOffset        local_days[VB_TICKET_DAY_CACHE];
  VbTicketDayOffset        utc_days[VB_TICKET_DAY_CACHE];
  VbTicketWordCache        words[VB_TICKET_WORD_CACHE];
  guint            next_word;
  GHashTable      *unknown_words;
  guint64          n_tickets;
  guint64          backwards;       /* replies or resolutions before creation */
  guint64          n_errors;
  GString         *errors;
} VbTicketState;

/* The mapping stored for @header_key in @project, in the edit in progress
 * (vb-ticket-remember.c) */
gboolean               vb_ticket_mapping_remember (const VbTicketMapping      *mapping,
                                                  VbProject                  *project,
                                                  const char                 *header_key,
                                                  GError                    **error);

void                   vb_ticket_state_init    (VbTicketState                 *state,
                                                const VbTicketOptions *options);
void                   vb_ticket_state_clear   (VbTicketState                 *state);
const VbTicketMapping *vb_ticket_state_mapping (VbTicketState                 *state);
/* Adds a row's errors to the state; FALSE only for an error that stops
 * the whole import (encoding, missing columns) */
gboolean               vb_ticket_row           (const VbTicketCell    *cells,
                                                guint                  n_cells,
                                                guint                  line,
                                                gpointer               user_data,
                                                GError               **error);
VbTicketImport        *vb_ticket_finish        (VbTicketState                 *state);

G_END_DECLS
