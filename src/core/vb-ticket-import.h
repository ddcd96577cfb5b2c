/* vb-ticket-import.h — help-desk ticket exports summed per week and channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ticket export (Zendesk, Freshdesk, Zammad, osTicket, or any CSV or
 * XLSX with a column mapping) becomes, per week (Monday 00:00 in the
 * team's time zone, the week a ticket was created) and channel, the raw
 * counts of the KPI library and the KPI values computed from them:
 * first response median and p90 (exact, by nearest rank), resolution
 * time, an FCR proxy (solved without a reopen ÷ solved), escalation rate
 * and CSAT. A large CSV file is parsed in place, in one pass; only the
 * first-response durations are kept (one double per ticket) until the
 * percentiles are read at the end. A bad export gives an error and no
 * result at all.
 */

#pragma once

#include <gio/gio.h>

#include "vb-enums.h"
#include "vb-kpi.h"
#include "vb-project.h"

G_BEGIN_DECLS

typedef enum {
  VB_TICKET_PRESET_AUTO,       /* recognise from the header */
  VB_TICKET_PRESET_MAPPED,     /* no preset: the explicit mapping only */
  VB_TICKET_PRESET_ZENDESK,
  VB_TICKET_PRESET_FRESHDESK,  /* Freshservice too */
  VB_TICKET_PRESET_ZAMMAD,
  VB_TICKET_PRESET_OSTICKET,
} VbTicketPreset;

/* The mapping keys, as --map names them */
typedef enum {
  VB_TICKET_FIELD_ID,
  VB_TICKET_FIELD_CREATED,
  VB_TICKET_FIELD_FIRST_RESPONSE,
  VB_TICKET_FIELD_RESOLVED,
  VB_TICKET_FIELD_FIRST_RESPONSE_DURATION,
  VB_TICKET_FIELD_RESOLUTION_DURATION,
  VB_TICKET_FIELD_CHANNEL,
  VB_TICKET_FIELD_ESCALATED,
  VB_TICKET_FIELD_REOPENED,
  VB_TICKET_FIELD_SATISFACTION,
  VB_TICKET_N_FIELDS,
} VbTicketField;

typedef enum {
  VB_TICKET_DURATION_MINUTES,
  VB_TICKET_DURATION_HOURS,
  VB_TICKET_DURATION_HMS,      /* HH:MM:SS (hours may exceed 24) */
} VbTicketDurationUnit;

/* How the export reads; a preset fills it in, the user may change any of
 * it (it is data: the columns by header text, the channel words) */
typedef struct _VbTicketMapping VbTicketMapping;

VbTicketMapping *vb_ticket_mapping_new            (void);
void             vb_ticket_mapping_free           (VbTicketMapping *mapping);
/* The defaults of a preset (not AUTO or MAPPED): its column names, units
 * and channel words */
VbTicketMapping *vb_ticket_mapping_new_preset     (VbTicketPreset   preset);
VbTicketPreset   vb_ticket_mapping_get_preset     (const VbTicketMapping *mapping);
/* `column`: the header text (compared without case and surrounding
 * spaces); NULL unmaps */
void             vb_ticket_mapping_set_column     (VbTicketMapping *mapping,
                                                   VbTicketField    field,
                                                   const char      *column);
const char      *vb_ticket_mapping_get_column     (const VbTicketMapping *mapping,
                                                   VbTicketField    field);
void             vb_ticket_mapping_set_duration_unit (VbTicketMapping *mapping,
                                                   VbTicketDurationUnit unit);
/* Durations are given in business hours: labelled so, and never mixed
 * with calendar durations (timestamps then give no duration) */
void             vb_ticket_mapping_set_business_hours (VbTicketMapping *mapping,
                                                   gboolean         business_hours);
gboolean         vb_ticket_mapping_get_business_hours (const VbTicketMapping *mapping);
/* "Web form" → email …; compared without case */
void             vb_ticket_mapping_set_channel_word (VbTicketMapping *mapping,
                                                   const char      *word,
                                                   VbChannel        channel);
gboolean         vb_ticket_mapping_lookup_channel (const VbTicketMapping *mapping,
                                                   const char      *word,
                                                   gsize            length,
                                                   VbChannel       *channel);
/* Dates like 02/03/2026: day first (the default) or month first */
void             vb_ticket_mapping_set_month_first (VbTicketMapping *mapping,
                                                   gboolean         month_first);
VbTicketMapping *vb_ticket_mapping_copy           (const VbTicketMapping *mapping);
/* "created=Opened,channel=Source,…" (the --map syntax) over `mapping` */
gboolean         vb_ticket_mapping_parse          (VbTicketMapping *mapping,
                                                   const char      *spec,
                                                   GError         **error);
const char      *vb_ticket_field_get_key          (VbTicketField    field);
gboolean         vb_ticket_field_from_key         (const char      *key,
                                                   VbTicketField   *field);
const char      *vb_ticket_preset_get_key         (VbTicketPreset   preset);
gboolean         vb_ticket_preset_from_key        (const char      *key,
                                                   VbTicketPreset  *preset);
/* The preset a header row belongs to; MAPPED when none */
VbTicketPreset   vb_ticket_preset_detect          (const char *const *cells,
                                                   guint             n_cells);

/* ── A first look ─────────────────────────────────────────────────── */

/* The header and first rows of an export, for a preview where the user
 * maps its columns: the header is the first row (of a workbook, the
 * first of its first rows a preset recognises, else the fullest of
 * them); `rows` holds up to max_rows rows after it, each a GStrv */
typedef struct {
  VbTicketPreset  preset;     /* MAPPED: none recognised */
  GStrv           header;
  GPtrArray      *rows;
} VbTicketPeek;

VbTicketPeek    *vb_ticket_peek_file             (const char            *path,
                                                  guint                  max_rows,
                                                  GError               **error);
void             vb_ticket_peek_free             (VbTicketPeek          *peek);
/* The column of `header` that @mapping reads @field from, or -1 */
int              vb_ticket_peek_find_column      (const VbTicketPeek    *peek,
                                                  const VbTicketMapping *mapping,
                                                  VbTicketField          field);

/* ── The result ──────────────────────────────────────────────────────── */

/* One week × channel. Counts are exact; values NAN when their
 * denominator is 0. Durations in seconds. */
typedef struct {
  gint64    week_start;               /* Unix seconds: Monday 00:00 local */
  VbChannel channel;
  guint64   tickets;
  guint64   resolved;                 /* with a resolution time or date */
  guint64   resolved_without_reopen;
  guint64   escalated;
  guint64   first_responses;          /* tickets with a first-response time */
  double    first_response_sum;
  double    resolution_sum;
  guint64   resolutions;              /* resolved tickets with a resolution time */
  guint64   survey_answers;
  guint64   satisfied;
  guint64   promoters;                /* 0–10 answers only */
  guint64   passives;
  guint64   detractors;
  double    first_response_median;    /* nearest rank */
  double    first_response_p90;
  double    resolution_mean;
  double    fcr_proxy;                /* percent */
  double    escalation_rate;          /* percent */
  double    csat;                     /* percent */
} VbTicketWeek;

typedef struct _VbTicketImport VbTicketImport;

typedef struct {
  GTimeZone            *time_zone;    /* the team's; NULL: UTC */
  VbTicketPreset        preset;       /* AUTO (the default) */
  const VbTicketMapping *mapping;     /* NULL: the preset's; else used as is */
  gsize                 max_field_bytes; /* 10 MB */
  /* with no mapping, applied to the preset the header names: */
  gboolean              business_hours;
  int                   duration_unit;   /* a VbTicketDurationUnit; -1: the preset's */
  /* header key → VbTicketMapping (vb_project_get_ticket_mappings): with no
   * mapping given, an export whose header one was remembered for reads
   * with it. Plain data: a worker may read with it. */
  GHashTable           *remembered;
} VbTicketOptions;

void             vb_ticket_options_init          (VbTicketOptions *options);

/* A CSV (UTF-8, with or without a byte-order mark, or UTF-16 with one) or
 * XLSX file. NULL and an error in words a business owner understands
 * when the file cannot give a result (every bad line listed, up to 10). */
VbTicketImport  *vb_ticket_import_file           (const char            *path,
                                                  const VbTicketOptions *options,
                                                  GError               **error);
/* CSV text only */
VbTicketImport  *vb_ticket_import_data           (const char            *data,
                                                  gsize                  size,
                                                  const VbTicketOptions *options,
                                                  GError               **error);
void             vb_ticket_import_free           (VbTicketImport        *self);

VbTicketPreset   vb_ticket_import_get_preset     (VbTicketImport        *self);
/* A stable fingerprint of the header row (its cells, trimmed and folded
 * to lower case): the key a remembered mapping is stored under */
const char      *vb_ticket_import_get_header_key (VbTicketImport        *self);
gboolean         vb_ticket_import_get_business_hours (VbTicketImport    *self);
/* Whether the export was read with a mapping remembered from an earlier
 * import of the same header (VbTicketOptions.remembered) */
gboolean         vb_ticket_import_get_mapping_remembered (VbTicketImport *self);
guint64          vb_ticket_import_get_n_tickets  (VbTicketImport        *self);
/* By week, then channel */
guint            vb_ticket_import_get_n_weeks    (VbTicketImport        *self);
const VbTicketWeek *vb_ticket_import_get_week    (VbTicketImport        *self,
                                                  guint                  index);
/* Translated: things the user should know that did not stop the import */
const char *const *vb_ticket_import_get_warnings (VbTicketImport        *self);

/* The raw counts of the KPI library a week gives (the others NAN) */
void             vb_ticket_week_get_counts       (const VbTicketWeek    *week,
                                                  VbKpiCounts           *counts);
/* The value of one of the KPIs tickets give (first response median and
 * p90, resolution time, FCR, escalation, CSAT); NAN for the others */
double           vb_ticket_week_get_value        (const VbTicketWeek    *week,
                                                  VbKpiId                kpi);

/* ── Storing ─────────────────────────────────────────────────────────── */

/* The column mappings remembered in @project (ticket_mapping and its
 * channel words), by header key: copies, for VbTicketOptions.remembered.
 * Returns: (transfer full) */
GHashTable      *vb_project_get_ticket_mappings  (VbProject             *project);


/* The weekly results into @project (kpi_result rows per KPI, channel and
 * week, tagged with a ticket_import row), in one edit: all or nothing.
 * An earlier import of the same export (the same header key and file
 * name) is replaced, its weeks removed with it, rather than added twice.
 * A mapping the user gave (VbTicketOptions.mapping) is remembered for the
 * export's header in the same edit, its channel words with it.
 * @n_results: (out) (optional): the kpi_result rows written */
gboolean         vb_ticket_import_store          (VbTicketImport        *self,
                                                  VbProject             *project,
                                                  const char            *file_name,
                                                  guint                 *n_results,
                                                  GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTicketMapping, vb_ticket_mapping_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTicketImport, vb_ticket_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTicketPeek, vb_ticket_peek_free)

G_END_DECLS
