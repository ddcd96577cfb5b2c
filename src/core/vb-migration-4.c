/* vb-migration-4.c — file format 3 → 4: the decision and pilot stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What format 4 holds that format 3 could not (docs/json-format.md,
 * "Changes in format 4"). The step first gives the old tables the columns
 * whose values it computes (ALTER TABLE … ADD COLUMN, named as in format
 * 4), fills them, then rebuilds every changed table from the current
 * description, which copies the columns both have and drops the rest:
 *
 * - a quote's model and rate become one price line for all channels;
 * - the pilot's team text becomes our team, its check-in text the notes;
 * - the first escalation path marked as an emergency becomes the
 *   project's emergency path (the others are named in the definition);
 * - an SLA's channel words become a channel of the enumeration, an
 *   unknown word "" (all channels) with the word kept in its method;
 * - a weekly result of an SLA becomes one of its KPI and channel; of two
 *   for the same KPI, channel and week the newer stays;
 * - the newest decision stays, the older ones go to the activity log as
 *   superseded (with a tombstone each);
 * - a custom KPI whose key is a built-in one, empty or taken gets a key
 *   of its own ("service-level-custom").
 */

#define G_LOG_DOMAIN "vb-migrations"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-kpi.h"
#include "vb-project.h"
#include "vb-project-private.h"
#include "vb-schema.h"
#include "vb-sql.h"
#include "vb-value.h"

/* @sql once with the texts @a, @b, @c as ?1, ?2, ?3 (NULL binds NULL) */
static gboolean
exec3 (sqlite3     *db,
       const char  *sql,
       const char  *a,
       const char  *b,
       const char  *c,
       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, b, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, c, -1, SQLITE_STATIC);
  return vb_sql_step_done (db, stmt, error);
}

static char *
with_line (const char *text,
           const char *line)
{
  return *text ? g_strconcat (text, "\n", line, NULL) : g_strdup (line);
}

/* A table format 3 lacked, from the current description (rebuilt as
 * format 4 had it after, where it changed since) */
static gboolean
create_table (sqlite3     *db,
              const char  *name,
              GError     **error)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), name);
  g_autofree char *ddl = vb_schema_table_ddl (table);
  g_autoptr(GPtrArray) indexes = vb_schema_index_ddl (table);

  if (!vb_sql_exec (db, ddl, error))
    return FALSE;
  for (guint i = 0; i < indexes->len; i++)
    if (!vb_sql_exec (db, indexes->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* The columns whose values this step computes, on the old tables */
static gboolean
add_columns (sqlite3  *db,
             GError  **error)
{
  return vb_sql_exec (db,
                      "ALTER TABLE pilot ADD COLUMN team_ours TEXT;"
                      "ALTER TABLE pilot ADD COLUMN checkin_notes TEXT;"
                      "UPDATE pilot SET team_ours = team, checkin_notes = checkin_cadence;"
                      "ALTER TABLE project ADD COLUMN emergency_path_id TEXT;"
                      "ALTER TABLE project ADD COLUMN emergency_definition TEXT NOT NULL DEFAULT '';"
                      "ALTER TABLE decision ADD COLUMN status TEXT;"
                      "ALTER TABLE kpi_result ADD COLUMN kpi_key TEXT;"
                      "ALTER TABLE kpi_result ADD COLUMN channel TEXT;"
                      "ALTER TABLE kpi_result ADD COLUMN count_a REAL;"
                      "ALTER TABLE kpi_result ADD COLUMN count_b REAL;"
                      "UPDATE kpi_result SET count_a = numerator, count_b = denominator;",
                      error);
}

/* The first path marked as an emergency is the project's emergency path */
static gboolean
convert_emergency (sqlite3  *db,
                   GError  **error)
{
  g_autoptr(GPtrArray) paths = vb_sql_read_rows (db, "SELECT uuid, trigger FROM escalation_path WHERE is_emergency = 1 "
                                                 "ORDER BY position, rowid", error);
  g_autofree char *definition = g_strdup ("");

  if (paths == NULL)
    return FALSE;
  if (paths->len == 0)
    return TRUE;
  for (guint i = 1; i < paths->len; i++)
    {
      char **path = paths->pdata[i];
      /* Translators: the project's definition of an emergency, when an
       * older file marked several escalation paths as emergencies */
      g_autofree char *line = g_strdup_printf (_("Also marked as an emergency before the update: “%s”"),
                                               path[1]);
      char *next = with_line (definition, line);

      g_free (definition);
      definition = next;
    }
  return exec3 (db, "UPDATE project SET emergency_path_id = ?1, emergency_definition = ?2",
                ((char **) paths->pdata[0])[0], definition, NULL, error);
}

/* "e-mail" → email; "" or "all" → all channels; an unknown word → all
 * channels, with the word in the method */
static gboolean
convert_sla_channels (sqlite3  *db,
                      GError  **error)
{
  g_autoptr(GPtrArray) slas = vb_sql_read_rows (db, "SELECT uuid, channel, method FROM sla", error);

  if (slas == NULL)
    return FALSE;
  for (guint i = 0; i < slas->len; i++)
    {
      char **sla = slas->pdata[i];
      g_autofree char *word = g_strstrip (g_strdup (sla[1]));
      g_autofree char *method = g_strdup (sla[2]);
      const char *nick = "";
      int channel;

      if (vb_migration_channel_from_word (word, &channel))
        nick = vb_enum_get_nick (VB_TYPE_CHANNEL, channel);
      else if (*word && g_ascii_strcasecmp (word, "all") != 0)
        {
          /* Translators: added to an SLA's measurement method when the
           * channel of an older file named no channel Vendorbench knows */
          g_autofree char *line = g_strdup_printf (_("Channel: %s"), word);

          g_free (method);
          method = with_line (sla[2], line);
        }
      if (!exec3 (db, "UPDATE sla SET channel = ?2, method = ?3 WHERE uuid = ?1", sla[0], nick, method, error))
        return FALSE;
    }
  return TRUE;
}

/* A result of an SLA becomes one of its KPI and channel; of two for the
 * same KPI, channel and week, the newer stays */
static gboolean
convert_results (sqlite3  *db,
                 GError  **error)
{
  return vb_sql_exec (db,
                      "UPDATE kpi_result SET "
                      "  kpi_key = ifnull((SELECT kpi_key FROM sla WHERE sla.uuid = kpi_result.sla_id), ''), "
                      "  channel = ifnull((SELECT channel FROM sla WHERE sla.uuid = kpi_result.sla_id), '');"
                      "CREATE TEMP TABLE vb_gone AS SELECT r.uuid FROM kpi_result AS r WHERE EXISTS ("
                      "  SELECT 1 FROM kpi_result AS o WHERE o.kpi_key = r.kpi_key AND o.channel = r.channel AND "
                      "  o.week_start = r.week_start AND (o.modified > r.modified OR "
                      "  (o.modified = r.modified AND o.rowid > r.rowid)));"
                      "INSERT INTO tombstone (uuid, table_name, deleted_at, modified) "
                      "  SELECT uuid, 'kpi_result', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                      "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM vb_gone;"
                      "DELETE FROM kpi_result WHERE uuid IN (SELECT uuid FROM vb_gone);"
                      "DROP TABLE vb_gone;",
                      error);
}

/* One current decision: the newest; the older ones are logged as superseded */
static gboolean
keep_newest_decision (sqlite3  *db,
                      GError  **error)
{
  g_autoptr(GPtrArray) decisions = vb_sql_read_rows (db, "SELECT d.uuid, ifnull(v.name, ''), d.rationale, d.decided_on, "
                                                     "d.decided_by FROM decision AS d "
                                                     "LEFT JOIN vendor AS v ON v.uuid = d.vendor_id "
                                                     "ORDER BY d.modified DESC, d.decided_on DESC, d.rowid DESC", error);
  g_autofree char *author = vb_default_author ();
  g_autofree char *recorded = NULL;

  if (decisions == NULL)
    return FALSE;
  for (guint i = 1; i < decisions->len; i++)
    {
      char **d = decisions->pdata[i];
      /* Translators: the activity log's entry for an older decision that a
       * file of an earlier version kept beside the current one: vendor,
       * date, who, rationale */
      g_autofree char *summary = g_strdup_printf (_("Superseded decision: “%s” on %s by %s — %s"),
                                                  d[1], *d[3] ? d[3] : "?", *d[4] ? d[4] : "?", d[2]);

      if (!vb_db_log (db, *d[4] ? d[4] : author, VB_ACTIVITY_DELETE, "decision", d[0], summary, error) ||
          !exec3 (db, "INSERT INTO tombstone (uuid, table_name, deleted_at, modified) VALUES "
                      "(?1, 'decision', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                  d[0], NULL, NULL, error) ||
          !exec3 (db, "DELETE FROM decision WHERE uuid = ?1", d[0], NULL, NULL, error))
        return FALSE;
    }
  /* a decision with a vendor and a date was recorded; otherwise a draft */
  recorded = g_strdup_printf ("UPDATE decision SET status = CASE WHEN vendor_id IS NOT NULL AND decided_on <> '' "
                              "THEN '%s' ELSE '%s' END",
                              vb_enum_get_nick (VB_TYPE_DECISION_STATUS, VB_DECISION_STATUS_RECORDED),
                              vb_enum_get_nick (VB_TYPE_DECISION_STATUS, VB_DECISION_STATUS_DRAFT));
  return vb_sql_exec (db, recorded, error);
}

/* A custom KPI's key is its own: not a built-in one, not empty, not taken */
static gboolean
rename_kpi_keys (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(GPtrArray) kpis = vb_sql_read_rows (db, "SELECT uuid, key FROM kpi ORDER BY position, rowid", error);
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (kpis == NULL)
    return FALSE;
  for (guint i = 0; i < kpis->len; i++)
    {
      char **kpi = kpis->pdata[i];
      g_autofree char *key = g_strdup (kpi[1]);

      if (!*key || vb_kpi_lookup (key) != NULL || g_hash_table_contains (taken, key))
        {
          g_autofree char *base = g_strconcat (*kpi[1] ? kpi[1] : "custom", *kpi[1] ? "-custom" : "", NULL);

          g_free (key);
          key = g_strdup (base);
          for (guint n = 2; vb_kpi_lookup (key) != NULL || g_hash_table_contains (taken, key); n++)
            {
              g_free (key);
              key = g_strdup_printf ("%s-%u", base, n);
            }
          if (!exec3 (db, "UPDATE kpi SET key = ?2 WHERE uuid = ?1", kpi[0], key, NULL, error))
            return FALSE;
        }
      g_hash_table_add (taken, g_steal_pointer (&key));
    }
  return TRUE;
}

/* Each quote with a rate (or a model other than the default) gets one
 * price line for all channels */
static gboolean
make_quote_lines (sqlite3  *db,
                  GError  **error)
{
  g_autoptr(GPtrArray) quotes = vb_sql_read_rows (db, "SELECT uuid, model, rate, modified FROM quote "
                                                  "WHERE rate IS NOT NULL OR model <> 'per-fte' ORDER BY rowid", error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (quotes == NULL)
    return FALSE;
  stmt = vb_sql_prepare (db, "INSERT INTO quote_line (uuid, quote_id, model, rate, position, modified) "
                             "VALUES (?1, ?2, ?3, CAST(?4 AS REAL), 0, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < quotes->len; i++)
    {
      char **q = quotes->pdata[i];
      g_autofree char *uuid = vb_uuid_new ();

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, q[0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, q[1], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, q[2], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, q[3], -1, SQLITE_STATIC);
      if (!vb_sql_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
vb_migrate_3_to_4 (sqlite3  *db,
                   GError  **error)
{
  /* the tables as format 4 had them (the created ones come from the
   * current description, and quote_line has changed since: rebuilt) */
  const VbSchema *to = vb_schema_for_version (4);
  static const char *const rebuilt[] = { "project", "forecast_channel", "quote", "quote_line", "criterion", "evaluator",
                                         "ahp_judgement", "decision", "kpi", "sla", "pilot", "workflow",
                                         "workflow_step", "escalation_path", "transition_phase",
                                         "transition_item", "kpi_result", NULL };
  static const char *const created[] = { "quote_line", "roi_benefit", "transition_cost", "decision_rejection",
                                         "ticket_import", "ticket_mapping", "ticket_channel_word", NULL };

  if (!add_columns (db, error) ||
      !convert_emergency (db, error) ||
      !convert_sla_channels (db, error) ||
      !convert_results (db, error) ||
      !keep_newest_decision (db, error) ||
      !rename_kpi_keys (db, error))
    return FALSE;

  for (guint i = 0; created[i]; i++)
    if (!create_table (db, created[i], error))
      return FALSE;
  if (!make_quote_lines (db, error))
    return FALSE;
  for (guint i = 0; rebuilt[i]; i++)
    if (!vb_schema_rebuild_table_as (db, to, rebuilt[i], error))
      return FALSE;
  return TRUE;
}
