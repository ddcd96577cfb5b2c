/* vb-migrations.c — bringing files of earlier versions up to date
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step per version. vb_schema_migrate() runs them in one transaction,
 * verifying the file against its own version's DDL before and against the
 * current description after, so a migrated file and a fresh one hold the
 * same schema, byte for byte in sqlite_schema (tests/unit/test-migration.c
 * proves it on fixtures made by each earlier version).
 *
 * Version 2 (this release):
 *  - a vendor's and a pilot's channels were free text ("Chat, Email,
 *    Phone"); they become sets of the channel enumeration. The words that
 *    name a channel are converted; the others are kept in the notes.
 *  - at most one vendor is selected and a vendor has at most one primary
 *    contact: partial unique indexes hold it. An older file that broke it
 *    keeps the first (in list order) and says so in the others' notes.
 *  - objectives, tasks and the team's hours gain the "example" mark of a
 *    template's rows (older rows are the user's own: not examples).
 *  - the activity log knows renames and confirmations.
 *  - time zones that are not names of the system's database were accepted
 *    by version 1 in some cases; they are cleared, with a note.
 */

#define G_LOG_DOMAIN "vb-migrations"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-schema.h"
#include "vb-sql.h"
#include "vb-text.h"

/* ------------------------------------------------------------ channels */

static const struct {
  const char *word;
  VbChannel   channel;
} channel_words[] = {
  { "phone", VB_CHANNEL_PHONE }, { "telephone", VB_CHANNEL_PHONE }, { "voice", VB_CHANNEL_PHONE },
  { "calls", VB_CHANNEL_PHONE }, { "call", VB_CHANNEL_PHONE },
  { "chat", VB_CHANNEL_CHAT }, { "live chat", VB_CHANNEL_CHAT }, { "webchat", VB_CHANNEL_CHAT },
  { "web chat", VB_CHANNEL_CHAT },
  { "email", VB_CHANNEL_EMAIL }, { "e-mail", VB_CHANNEL_EMAIL }, { "mail", VB_CHANNEL_EMAIL },
  { "emails", VB_CHANNEL_EMAIL },
  { "sms", VB_CHANNEL_SMS }, { "text", VB_CHANNEL_SMS }, { "texting", VB_CHANNEL_SMS },
  { "text messages", VB_CHANNEL_SMS },
  { "social", VB_CHANNEL_SOCIAL }, { "social media", VB_CHANNEL_SOCIAL },
  { "in-app", VB_CHANNEL_IN_APP }, { "in app", VB_CHANNEL_IN_APP }, { "app", VB_CHANNEL_IN_APP },
  { "back office", VB_CHANNEL_BACK_OFFICE }, { "back-office", VB_CHANNEL_BACK_OFFICE },
  { "backoffice", VB_CHANNEL_BACK_OFFICE },
  { "other", VB_CHANNEL_OTHER },
};

/* Split free text on , ; / | + & and " and "; every word that names a
 * channel goes into the set, the rest into @unknown */
static guint
channels_from_text (const char *text,
                    GString    *unknown)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *original = g_strdup (text);
  guint mask = 0;
  gsize start = 0, len = strlen (folded);

  /* casefolding keeps ASCII offsets for the separators we split on only if
   * the text is ASCII; otherwise compare word by word on folded copies */
  for (gsize i = 0; i <= len; i++)
    {
      gboolean sep = i == len || strchr (",;/|+&\n", folded[i]) != NULL ||
                     (strncmp (folded + i, " and ", 5) == 0);

      if (!sep)
        continue;
      {
        g_autofree char *word = g_strndup (folded + start, i - start);
        gboolean found = FALSE;

        g_strstrip (word);
        if (*word)
          {
            for (guint w = 0; w < G_N_ELEMENTS (channel_words) && !found; w++)
              if (g_str_equal (word, channel_words[w].word))
                {
                  mask |= VB_CHANNEL_MASK (channel_words[w].channel);
                  found = TRUE;
                }
            if (!found)
              {
                /* the word as the user wrote it, when the folding kept the length */
                g_autofree char *shown = strlen (folded) == strlen (original)
                  ? g_strstrip (g_strndup (original + start, i - start)) : g_strdup (word);

                g_string_append_printf (unknown, "%s%s", unknown->len ? ", " : "", shown);
              }
          }
      }
      if (i < len && strncmp (folded + i, " and ", 5) == 0)
        i += 4;
      start = i + 1;
    }
  return mask;
}

static gboolean
convert_channels (sqlite3     *db,
                  const char  *table,
                  const char  *notes_column,
                  GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT uuid, channels%s%s FROM %s", notes_column ? ", " : "",
                                             notes_column ? notes_column : "", table);
  g_autofree char *update = notes_column
    ? g_strdup_printf ("UPDATE %s SET channels = ?2, %s = ?3 WHERE uuid = ?1", table, notes_column)
    : g_strdup_printf ("UPDATE %s SET channels = ?2 WHERE uuid = ?1", table);
  g_autoptr(sqlite3_stmt) read = vb_sql_prepare (db, select, error);
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int rc;

  if (read == NULL || (write = vb_sql_prepare (db, update, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      char **row = g_new0 (char *, 4);

      for (int c = 0; c < (notes_column ? 3 : 2); c++)
        row[c] = g_strdup ((const char *) sqlite3_column_text (read, c));
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, db, rc);
      return FALSE;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      g_autoptr(GString) unknown = g_string_new (NULL);
      guint mask = channels_from_text (row[1] ? row[1] : "", unknown);
      g_autofree char *set = vb_enum_set_to_string (VB_TYPE_CHANNEL, mask);
      g_autofree char *notes = NULL;

      if (notes_column)
        {
          const char *old = row[2] ? row[2] : "";

          if (unknown->len)
            /* Translators: added to a vendor's notes when an older file is updated */
            notes = g_strdup_printf (_("%s%sOther channels: %s"), old, *old ? "\n" : "", unknown->str);
          else
            notes = g_strdup (old);
        }
      sqlite3_reset (write);
      sqlite3_bind_text (write, 1, row[0], -1, SQLITE_STATIC);
      sqlite3_bind_text (write, 2, set, -1, SQLITE_STATIC);
      if (notes)
        sqlite3_bind_text (write, 3, notes, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (db, write, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ invariants */

/* Keep the first row (list order) where several break a rule; the others
 * get @fix and a note saying why */
static gboolean
keep_first_only (sqlite3     *db,
                 const char  *select_sql,
                 const char  *fix_sql,
                 const char  *note,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) read = vb_sql_prepare (db, select_sql, error);
  g_autoptr(sqlite3_stmt) fix = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) demote = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (read == NULL || (fix = vb_sql_prepare (db, fix_sql, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      const char *uuid = (const char *) sqlite3_column_text (read, 0);
      const char *group = (const char *) sqlite3_column_text (read, 1);

      if (!g_hash_table_add (groups, g_strdup (group ? group : "")))
        g_ptr_array_add (demote, g_strdup (uuid));
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, db, rc);
      return FALSE;
    }
  for (guint i = 0; i < demote->len; i++)
    {
      sqlite3_reset (fix);
      sqlite3_bind_text (fix, 1, demote->pdata[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (fix, 2, note, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (db, fix, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
clear_bad_timezones (sqlite3     *db,
                     const char  *table,
                     const char  *column,
                     const char  *notes_column,
                     GError     **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT uuid, %s FROM %s WHERE %s <> ''", column, table, column);
  g_autofree char *update = notes_column
    ? g_strdup_printf ("UPDATE %s SET %s = '', %s = %s || (CASE WHEN %s = '' THEN '' ELSE char(10) END) || ?2 "
                       "WHERE uuid = ?1", table, column, notes_column, notes_column, notes_column)
    : g_strdup_printf ("UPDATE %s SET %s = '' WHERE uuid = ?1 AND ?2 IS NOT NULL", table, column);
  g_autoptr(sqlite3_stmt) read = vb_sql_prepare (db, select, error);
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int rc;

  if (read == NULL || (write = vb_sql_prepare (db, update, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      const char *tz = (const char *) sqlite3_column_text (read, 1);

      if (!vb_timezone_is_valid (tz ? tz : ""))
        {
          char **row = g_new0 (char *, 3);

          row[0] = g_strdup ((const char *) sqlite3_column_text (read, 0));
          row[1] = g_utf8_make_valid (tz ? tz : "", (gssize) strnlen (tz ? tz : "", 64));
          g_ptr_array_add (bad, row);
        }
    }
  if (rc != SQLITE_DONE)
    {
      vb_sql_set_error (error, db, rc);
      return FALSE;
    }
  for (guint i = 0; i < bad->len; i++)
    {
      char **row = bad->pdata[i];
      /* Translators: added to the notes when an unknown time zone is cleared */
      g_autofree char *note = g_strdup_printf (_("Time zone “%s” was not recognised and was cleared."), row[1]);

      sqlite3_reset (write);
      sqlite3_bind_text (write, 1, row[0], -1, SQLITE_STATIC);
      sqlite3_bind_text (write, 2, note, -1, SQLITE_STATIC);
      if (!vb_sql_step_done (db, write, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
migrate_1_to_2 (sqlite3  *db,
                GError  **error)
{
  const VbSchema *to = vb_schema_current ();
  static const char *const rebuilt[] = { "project", "objective", "task", "vendor", "pilot", "activity", NULL };
  g_autofree char *selected_note = NULL;
  g_autofree char *primary_note = NULL;
  g_autofree char *select_selected = NULL;
  g_autofree char *demote_selected = NULL;

  if (!convert_channels (db, "vendor", "notes", error) ||
      !convert_channels (db, "pilot", "exit_notes", error))
    return FALSE;

  /* Translators: added to a vendor's notes when an older file had two selected */
  selected_note = g_strdup (_("Was marked as selected together with another vendor; set back to finalist "
                              "when the project was updated. Only one vendor can be selected."));
  primary_note = g_strdup (_("primary contact"));
  select_selected = g_strdup_printf ("SELECT uuid, status FROM vendor WHERE status = '%s' ORDER BY position, rowid",
                                     vb_enum_get_nick (VB_TYPE_VENDOR_STATUS, VB_VENDOR_STATUS_SELECTED));
  demote_selected = g_strdup_printf ("UPDATE vendor SET status = '%s', "
                                     "notes = notes || (CASE WHEN notes = '' THEN '' ELSE char(10) END) || ?2 "
                                     "WHERE uuid = ?1",
                                     vb_enum_get_nick (VB_TYPE_VENDOR_STATUS, VB_VENDOR_STATUS_FINALIST));
  if (!keep_first_only (db, select_selected, demote_selected, selected_note, error) ||
      !keep_first_only (db, "SELECT uuid, vendor_id FROM contact WHERE is_primary = 1 ORDER BY position, rowid",
                        "UPDATE contact SET is_primary = 0 WHERE uuid = ?1 AND ?2 IS NOT NULL",
                        primary_note, error))
    return FALSE;

  if (!clear_bad_timezones (db, "project", "team_timezone", "notes", error) ||
      !clear_bad_timezones (db, "task", "cover_timezone", "notes", error))
    return FALSE;

  for (guint i = 0; rebuilt[i]; i++)
    if (!vb_schema_rebuild_table (db, vb_schema_lookup_table (to, rebuilt[i]), error))
      return FALSE;

  /* the contact table is unchanged but for its new index */
  {
    g_autoptr(GPtrArray) indexes = vb_schema_index_ddl (vb_schema_lookup_table (to, "contact"));

    for (guint i = 0; i < indexes->len; i++)
      if (strstr (indexes->pdata[i], "UNIQUE") && !vb_sql_exec (db, indexes->pdata[i], error))
        return FALSE;
  }
  return TRUE;
}

static const VbMigration migrations[] = {
  { 1, 2, migrate_1_to_2 },
};

const VbMigration *
vb_schema_migrations (guint *n_steps)
{
  *n_steps = G_N_ELEMENTS (migrations);
  return migrations;
}
