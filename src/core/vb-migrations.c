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
 * Version 2:
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
 *
 * Version 3 (this release), the vendor-selection stages:
 *  - the project says which security questionnaire it uses (Lite, Full or
 *    custom). A file that already holds questions made them by hand (no
 *    template seeded any before): "custom"; otherwise not chosen yet.
 *  - requirement sections, requirements, question domains, questions and
 *    call-sheet prompts gain a stable "key" (empty: the user's own) and the
 *    "example" mark (older rows are the user's own: not examples);
 *    sections gain the "custom" mark, questions the "lite" mark (off).
 *  - a question's frameworks were one text; they become one
 *    question_framework row per tag, split on commas, semicolons and line
 *    breaks, trimmed, empty and repeated tags dropped, in their order.
 *  - a reference's answers copied their prompt's text; the call sheet is
 *    one list per project now (call_prompt). Every distinct prompt text
 *    (trimmed) becomes a prompt, in the order first seen (references in
 *    list order, each one's answers in list order); each answer points at
 *    its prompt. Answers without a prompt text get one prompt, "Other
 *    notes from the call".
 *  - a response answers exactly one item, with a word of that item's kind
 *    (CHECKs), and goes when its item is deleted (ON DELETE CASCADE).
 *    Older rows that break it are mended, keeping every word the user
 *    wrote:
 *    · a requirement answered "yes" / "no" meets / does not meet it; a
 *      question answered "meets" / "does not meet" is "yes" / "no";
 *    · a response linked to both a requirement and a question keeps the
 *      link its answer fits ("yes" and "no": the question; otherwise the
 *      requirement), and its details say which other item it was linked
 *      to;
 *    · a response linked to neither (left behind by version 2 when its
 *      item was deleted) cannot be kept as a response: its answer, details,
 *      evidence and reason for an exception are added to the vendor's
 *      notes, and the row is deleted with a tombstone, as any deletion.
 *  A note that would make a text longer than any field can hold is cut
 *  short at that limit, with "…".
 */

#define G_LOG_DOMAIN "vb-migrations"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-schema.h"
#include "vb-sql.h"
#include "vb-text.h"
#include "vb-value.h"

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

/**
 * vb_migration_channel_from_word:
 * @word: a channel as a user wrote it ("E-mail", "live chat")
 *
 * Returns: whether @word names a channel, in @channel
 */
gboolean
vb_migration_channel_from_word (const char *word,
                                int        *channel)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  g_strstrip (folded);
  for (guint w = 0; w < G_N_ELEMENTS (channel_words); w++)
    if (g_str_equal (folded, channel_words[w].word))
      {
        *channel = channel_words[w].channel;
        return TRUE;
      }
  return FALSE;
}

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
  const VbSchema *to = vb_schema_for_version (2);
  /* the contact table is unchanged but for its new index */
  static const char *const rebuilt[] = { "project", "objective", "task", "vendor", "contact", "pilot", "activity",
                                         NULL };
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
    if (!vb_schema_rebuild_table_as (db, to, rebuilt[i], error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------ 2 → 3 */

/* @text with @note on a line of its own, within the limit of a text */
static char *
append_note (const char *text,
             const char *note)
{
  GString *s = g_string_new (text);

  if (s->len)
    g_string_append_c (s, '\n');
  g_string_append (s, note);
  if (s->len > VB_TEXT_MAX_BYTES)
    {
      const char *ellipsis = "…";
      const char *end = s->str + VB_TEXT_MAX_BYTES - strlen (ellipsis);

      /* back to the start of a character */
      while (end > s->str && ((guchar) *end & 0xC0) == 0x80)
        end--;
      g_string_truncate (s, (gsize) (end - s->str));
      g_string_append (s, ellipsis);
    }
  return g_string_free (s, FALSE);
}

/* A short quotation of an item's text for a note */
static char *
quote_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);

  if (g_utf8_strlen (valid, -1) <= 80)
    return g_steal_pointer (&valid);
  {
    g_autofree char *cut = g_utf8_substring (valid, 0, 79);
    return g_strconcat (g_strstrip (cut), "…", NULL);
  }
}

static const char *
answer_nick (VbAnswer answer)
{
  return vb_enum_get_nick (VB_TYPE_ANSWER, answer);
}

static char *
query_text (sqlite3    *db,
            const char *sql,
            const char *arg)
{
  g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, NULL);
  char *out = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return out;
}

/* Run @sql once per row of @rows, binding the row's strings as ?1, ?2, … */
static gboolean
exec_rows (sqlite3     *db,
           const char  *sql,
           GPtrArray   *rows,
           guint        n_binds,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = vb_sql_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      sqlite3_reset (stmt);
      for (guint b = 0; b < n_binds; b++)
        sqlite3_bind_text (stmt, (int) b + 1, row[b], -1, SQLITE_STATIC);
      if (!vb_sql_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Responses linked to both kinds of item keep the link their answer fits;
 * then every answer is a word of its item's kind */
static gboolean
mend_responses (sqlite3  *db,
                GError  **error)
{
  g_autoptr(GPtrArray) both = vb_sql_read_rows (db, "SELECT uuid, answer, text, requirement_id, question_id FROM response "
                                                "WHERE requirement_id IS NOT NULL AND question_id IS NOT NULL "
                                                "ORDER BY rowid", error);
  g_autofree char *fix_sql = NULL;

  if (both == NULL)
    return FALSE;
  for (guint i = 0; i < both->len; i++)
    {
      char **row = both->pdata[i];
      int answer = VB_ANSWER_UNSET;
      gboolean keep_question;
      g_autofree char *other = NULL;
      g_autofree char *quoted = NULL;
      g_autofree char *note = NULL;
      g_autofree char *text = NULL;
      g_autofree char *update = NULL;

      vb_enum_from_nick (VB_TYPE_ANSWER, row[1] ? row[1] : "", &answer);
      keep_question = answer == VB_ANSWER_YES || answer == VB_ANSWER_NO;
      other = query_text (db, keep_question ? "SELECT text FROM requirement WHERE uuid = ?1"
                                            : "SELECT text FROM question WHERE uuid = ?1",
                          keep_question ? row[3] : row[4]);
      quoted = quote_text (other);
      if (*quoted == '\0')
        note = g_strdup (keep_question
                         /* Translators: added to a vendor's answer when an older file is updated */
                         ? _("This answer was also linked to a requirement without text.")
                         /* Translators: added to a vendor's answer when an older file is updated */
                         : _("This answer was also linked to a question without text."));
      else
        note = keep_question
          /* Translators: added to a vendor's answer when an older file is updated */
          ? g_strdup_printf (_("This answer was also linked to the requirement “%s”."), quoted)
          /* Translators: added to a vendor's answer when an older file is updated */
          : g_strdup_printf (_("This answer was also linked to the question “%s”."), quoted);
      text = append_note (row[2] ? row[2] : "", note);
      update = g_strdup_printf ("UPDATE response SET %s = NULL, text = ?2 WHERE uuid = ?1",
                                keep_question ? "requirement_id" : "question_id");
      g_free (row[1]);
      row[1] = g_steal_pointer (&text);
      {
        g_autoptr(GPtrArray) one = g_ptr_array_new ();

        g_ptr_array_add (one, row);
        if (!exec_rows (db, update, one, 2, error))
          return FALSE;
      }
    }

  /* the same meaning in the words of the item's kind */
  fix_sql = g_strdup_printf ("UPDATE response SET answer = CASE answer "
                             "WHEN '%s' THEN '%s' WHEN '%s' THEN '%s' ELSE answer END "
                             "WHERE requirement_id IS NOT NULL;"
                             "UPDATE response SET answer = CASE answer "
                             "WHEN '%s' THEN '%s' WHEN '%s' THEN '%s' ELSE answer END "
                             "WHERE question_id IS NOT NULL",
                             answer_nick (VB_ANSWER_YES), answer_nick (VB_ANSWER_MEETS),
                             answer_nick (VB_ANSWER_NO), answer_nick (VB_ANSWER_DOES_NOT_MEET),
                             answer_nick (VB_ANSWER_MEETS), answer_nick (VB_ANSWER_YES),
                             answer_nick (VB_ANSWER_DOES_NOT_MEET), answer_nick (VB_ANSWER_NO));
  return vb_sql_exec (db, fix_sql, error);
}

/* Responses whose item is gone: their words go to the vendor's notes, the
 * rows go, with a tombstone */
static gboolean
remove_orphan_responses (sqlite3  *db,
                         GError  **error)
{
  g_autoptr(GPtrArray) orphans = vb_sql_read_rows (db, "SELECT uuid, vendor_id, answer, text, evidence, exception_reason "
                                                   "FROM response WHERE requirement_id IS NULL AND question_id IS NULL "
                                                   "ORDER BY rowid", error);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *now = vb_timestamp_now ();

  if (orphans == NULL)
    return FALSE;
  for (guint i = 0; i < orphans->len; i++)
    {
      char **row = orphans->pdata[i];
      int answer = VB_ANSWER_UNSET;
      g_autoptr(GString) words = g_string_new (NULL);
      char **tomb = g_new0 (char *, 3);

      tomb[0] = g_strdup (row[0]);
      tomb[1] = g_strdup (now);
      g_ptr_array_add (gone, tomb);

      if (!vb_enum_from_nick (VB_TYPE_ANSWER, row[2] ? row[2] : "", &answer))
        answer = VB_ANSWER_UNSET;
      if (answer != VB_ANSWER_UNSET)
        g_string_append (words, vb_enum_get_label (VB_TYPE_ANSWER, answer));
      if (row[3] && *row[3])
        g_string_append_printf (words, "%s%s", words->len ? ". " : "", row[3]);
      if (row[4] && *row[4])
        {
          g_string_append (words, words->len ? " — " : "");
          /* Translators: part of a note kept from a removed answer */
          g_string_append_printf (words, _("Evidence: %s"), row[4]);
        }
      if (row[5] && *row[5])
        {
          g_string_append (words, words->len ? " — " : "");
          /* Translators: part of a note kept from a removed answer */
          g_string_append_printf (words, _("Exception: %s"), row[5]);
        }
      if (words->len && row[1])
        {
          g_autofree char *notes = query_text (db, "SELECT notes FROM vendor WHERE uuid = ?1", row[1]);
          /* Translators: added to a vendor's notes when an older file is updated */
          g_autofree char *note = g_strdup_printf (_("An answer whose requirement or question had been removed: %s"),
                                                   words->str);
          g_autofree char *merged = append_note (notes ? notes : "", note);
          g_autoptr(GPtrArray) one = g_ptr_array_new ();
          char *binds[] = { row[1], merged, NULL };

          g_ptr_array_add (one, binds);
          if (!exec_rows (db, "UPDATE vendor SET notes = ?2 WHERE uuid = ?1", one, 2, error))
            return FALSE;
        }
    }
  return exec_rows (db, "DELETE FROM response WHERE uuid = ?1", gone, 1, error) &&
         exec_rows (db, "INSERT INTO tombstone (uuid, table_name, deleted_at, modified) "
                        "VALUES (?1, 'response', ?2, ?2)", gone, 2, error);
}

/* Create a table of the current description that earlier versions lacked
 * (call_prompt and question_framework are the same in versions 3 and 4;
 * the verification against version 3 after this step would say if not) */
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

/* "ISO 27001 A.5.19, GDPR 28(3)(d)\nPCI DSS 3.3.1" → one row per tag */
static gboolean
split_frameworks (sqlite3  *db,
                  GError  **error)
{
  g_autoptr(GPtrArray) questions = vb_sql_read_rows (db, "SELECT uuid, frameworks, modified FROM question "
                                                     "ORDER BY position, rowid", error);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint position = 0;

  if (questions == NULL || !create_table (db, "question_framework", error))
    return FALSE;
  for (guint i = 0; i < questions->len; i++)
    {
      char **row = questions->pdata[i];
      g_auto(GStrv) parts = g_regex_split_simple ("[,;\r\n]", row[1] ? row[1] : "", 0, 0);
      g_autoptr(GPtrArray) seen = g_ptr_array_new ();

      for (guint k = 0; parts[k]; k++)
        {
          char *tag = g_strstrip (parts[k]);
          char **out;

          if (*tag == '\0' || g_ptr_array_find_with_equal_func (seen, tag, g_str_equal, NULL))
            continue;
          g_ptr_array_add (seen, tag);
          out = g_new0 (char *, 6);
          out[0] = vb_uuid_new ();
          out[1] = g_strdup (row[0]);
          out[2] = g_strdup (tag);
          out[3] = g_strdup_printf ("%u", position++);
          out[4] = g_strdup (row[2]);
          g_ptr_array_add (tags, out);
        }
    }
  return exec_rows (db, "INSERT INTO question_framework (uuid, question_id, tag, position, modified) "
                        "VALUES (?1, ?2, ?3, CAST(?4 AS INTEGER), ?5)", tags, 5, error);
}

/* The prompts the answers copied become the project's call sheet */
static gboolean
make_call_sheet (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(GPtrArray) answers = vb_sql_read_rows (db, "SELECT a.uuid, a.prompt, a.modified FROM reference_answer AS a "
                                                   "LEFT JOIN reference AS r ON r.uuid = a.reference_id "
                                                   "ORDER BY r.position, r.rowid, a.position, a.rowid", error);
  g_autoptr(GHashTable) prompts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) new_prompts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (answers == NULL || !create_table (db, "call_prompt", error) ||
      !vb_sql_exec (db, "ALTER TABLE reference_answer ADD COLUMN prompt_id TEXT", error))
    return FALSE;
  for (guint i = 0; i < answers->len; i++)
    {
      char **row = answers->pdata[i];
      g_autofree char *text = g_strstrip (g_strdup (row[1] ? row[1] : ""));
      const char *uuid;
      char **link;

      if (*text == '\0')
        {
          g_free (text);
          /* Translators: the call-sheet question of answers that had none, in an older file */
          text = g_strdup (_("Other notes from the call"));
        }
      uuid = g_hash_table_lookup (prompts, text);
      if (uuid == NULL)
        {
          char **prompt = g_new0 (char *, 5);

          prompt[0] = vb_uuid_new ();
          prompt[1] = g_strdup (text);
          prompt[2] = g_strdup_printf ("%u", new_prompts->len);
          prompt[3] = g_strdup (row[2]);
          g_ptr_array_add (new_prompts, prompt);
          g_hash_table_insert (prompts, g_strdup (text), g_strdup (prompt[0]));
          uuid = prompt[0];
        }
      link = g_new0 (char *, 3);
      link[0] = g_strdup (row[0]);
      link[1] = g_strdup (uuid);
      g_ptr_array_add (links, link);
    }
  return exec_rows (db, "INSERT INTO call_prompt (uuid, text, position, modified) "
                        "VALUES (?1, ?2, CAST(?3 AS INTEGER), ?4)", new_prompts, 4, error) &&
         exec_rows (db, "UPDATE reference_answer SET prompt_id = ?2 WHERE uuid = ?1", links, 2, error);
}

static gboolean
migrate_2_to_3 (sqlite3  *db,
                GError  **error)
{
  const VbSchema *to = vb_schema_for_version (3);
  static const char *const rebuilt[] = { "project", "requirement_section", "requirement", "question_domain",
                                         "question", "response", "reference_answer", NULL };
  g_autofree char *custom = NULL;

  if (!mend_responses (db, error) ||
      !remove_orphan_responses (db, error) ||
      !split_frameworks (db, error) ||
      !make_call_sheet (db, error))
    return FALSE;

  for (guint i = 0; rebuilt[i]; i++)
    if (!vb_schema_rebuild_table_as (db, to, rebuilt[i], error))
      return FALSE;

  custom = g_strdup_printf ("UPDATE project SET questionnaire = '%s' WHERE EXISTS (SELECT 1 FROM question)",
                            vb_enum_get_nick (VB_TYPE_QUESTIONNAIRE, VB_QUESTIONNAIRE_CUSTOM));
  return vb_sql_exec (db, custom, error);
}

/* 4 → 5: a price line paid per outcome says which share of the contacts
 * ends in one (outcome_pct, NULL: not known yet; before, such a line
 * could not be priced) */
static gboolean
migrate_4_to_5 (sqlite3  *db,
                GError  **error)
{
  return vb_schema_rebuild_table_as (db, vb_schema_current (), "quote_line", error);
}

static const VbMigration migrations[] = {
  { 1, 2, migrate_1_to_2 },
  { 2, 3, migrate_2_to_3 },
  { 3, 4, vb_migrate_3_to_4 },   /* vb-migration-4.c */
  { 4, 5, migrate_4_to_5 },
};

const VbMigration *
vb_schema_migrations (guint *n_steps)
{
  *n_steps = G_N_ELEMENTS (migrations);
  return migrations;
}
