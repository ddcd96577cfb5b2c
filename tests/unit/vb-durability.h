/* vb-durability.h — the edit script and the fingerprints that test-crash
 * and test-power-cut share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both tests interrupt a run of edits (a kill, a power cut) and then ask
 * whether the file holds exactly the edits whose commit returned, and at
 * most the one in flight besides. For that the edits are a script: step N
 * is a pure function of N and of the project's state, so a second run of
 * the same script on the same starting file makes the same edits, through
 * the same core API (entity setters, adds, removes, moves, undo, redo).
 *
 * A reference run in the test process records, after every step, a
 * fingerprint of the whole file: every row of every table the schema
 * describes, in rowid order, with what differs between two runs for no
 * reason taken out — timestamps (TIME columns and `modified`) — and every
 * UUID replaced by the order in which the dump first meets it (rows added
 * by two runs get different random UUIDs, but in the same places). The
 * activity log is part of the dump, so each step's fingerprint is new: a
 * recovered file's fingerprint names the step it stopped after.
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "vb-contact.h"
#include "vb-objective.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-schema.h"
#include "vb-task.h"
#include "vb-vendor.h"

#define VBD_SEED 0x5eedu

/* A sanitizer build runs several times slower: the tests' default number
 * of rounds is smaller there (a variable sets any number) */
#if defined(__SANITIZE_ADDRESS__)
#define VBD_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VBD_SANITIZED 1
#endif
#endif
#ifndef VBD_SANITIZED
#define VBD_SANITIZED 0
#endif

/* ------------------------------------------------------------ script */

static inline guint
vbd_n (GListModel *model)
{
  return model ? g_list_model_get_n_items (model) : 0;
}

/* A borrowed item of @model (the project's lists hold their rows) */
static inline gpointer
vbd_item (GListModel *model,
          guint       index)
{
  gpointer item = g_list_model_get_item (model, index);

  g_object_unref (item);
  return item;
}

static inline gpointer
vbd_pick (GListModel *model,
          GRand      *r)
{
  return vbd_item (model, (guint) g_rand_int_range (r, 0, (gint32) vbd_n (model)));
}

/* An enumeration value other than @current */
static inline int
vbd_other (GRand *r,
           int    current,
           int    n_values)
{
  return (current + g_rand_int_range (r, 1, n_values)) % n_values;
}

/* Every contact of every vendor, borrowed */
static inline GPtrArray *
vbd_contacts (VbProject *p)
{
  GListModel *vendors = vb_project_get_vendors (p);
  GPtrArray *all = g_ptr_array_new ();

  for (guint i = 0; i < vbd_n (vendors); i++)
    {
      GListModel *contacts = vb_vendor_get_contacts (vbd_item (vendors, i));

      for (guint c = 0; c < vbd_n (contacts); c++)
        g_ptr_array_add (all, vbd_item (contacts, c));
    }
  return all;
}

static const char *const vbd_languages[] = { "English", "English, French", "German, English", "Spanish",
                                             "Hindi, English", "Portuguese, Spanish, English" };
static const char *const vbd_zones[] = { "Europe/Paris", "America/New_York", "Asia/Kolkata", "Europe/Dublin" };

static inline const char *
vbd_other_word (GRand              *r,
                const char         *current,
                const char *const  *words,
                guint               n)
{
  for (;;)
    {
      const char *w = words[g_rand_int_range (r, 0, (gint32) n)];

      if (g_strcmp0 (w, current) != 0)
        return w;
    }
}

static gboolean
vbd_edit_vendor (VbVendor *v,
                 guint     step,
                 GRand    *r,
                 GError  **error)
{
  g_autofree char *text = NULL;

  switch (g_rand_int_range (r, 0, 10))
    {
    case 0:
      text = g_strdup_printf ("Vendor %u", step);
      return vb_vendor_set_name (v, text, error);
    case 1:
      text = g_strdup_printf ("https://v%u.example.com", step);
      return vb_vendor_set_website (v, text, error);
    case 2:
      text = g_strdup_printf ("Notes written at step %u: “quoted”, ünïcode, 100 %%", step);
      return vb_vendor_set_notes (v, text, error);
    case 3:
      text = g_strdup_printf ("Site %u, Lisbon", step);
      return vb_vendor_set_locations (v, text, error);
    case 4:
      return vb_vendor_set_channels (v, vb_vendor_get_channels (v) ^ VB_CHANNEL_MASK (g_rand_int_range (r, 0, 8)),
                                     error);
    case 5:
      return vb_vendor_set_languages (v, vbd_other_word (r, vb_vendor_get_languages (v), vbd_languages,
                                                         G_N_ELEMENTS (vbd_languages)), error);
    case 6:
      return vb_vendor_set_delivery_model (v, vbd_other (r, vb_vendor_get_delivery_model (v), 5), error);
    case 7:
      /* selecting one vendor unselects another: an edit of two rows */
      if (vb_vendor_get_status (v) != VB_VENDOR_STATUS_SELECTED)
        return vb_vendor_select (v, error);
      return vb_vendor_set_status (v, VB_VENDOR_STATUS_FINALIST, NULL, error);
    case 8:
      text = g_strdup_printf ("Too slow to answer (step %u)", step);
      return vb_vendor_reject (v, text, error);
    default:
      if (vb_vendor_get_status (v) == VB_VENDOR_STATUS_REJECTED)
        return vb_vendor_reconsider (v, error);
      return vb_vendor_set_status (v, vbd_other (r, vb_vendor_get_status (v), 3), NULL, error);
    }
}

static gboolean
vbd_edit_task (VbTask  *t,
               guint    step,
               GRand   *r,
               GError **error)
{
  g_autofree char *text = NULL;

  switch (g_rand_int_range (r, 0, 16))
    {
    case 0:
      text = g_strdup_printf ("Task %u", step);
      return vb_task_set_name (t, text, error);
    case 1:
      text = g_strdup_printf ("Function %u", step);
      return vb_task_set_function (t, text, error);
    case 2:
      return vb_task_set_channel (t, vbd_other (r, vb_task_get_channel (t), 8), error);
    case 3:
      return vb_task_set_work_kind (t, vbd_other (r, vb_task_get_work_kind (t), 5), error);
    case 4:
      return vb_task_set_monthly_volume (t, 1000.0 + step + 1.0 / 3.0, error);
    case 5:
      return vb_task_set_handle_minutes (t, 1.0 + step / 7.0, error);
    case 6:
      return vb_task_set_cover_days (t, vb_task_get_cover_days (t) ^ (1u << g_rand_int_range (r, 0, 7)), error);
    case 7:
      {
        int from = (int) (step % 600), to = 700 + (int) (step % 700);

        if (from == vb_task_get_cover_from (t) && to == vb_task_get_cover_to (t))
          to++;
        return vb_task_set_cover_hours (t, from, to, error);
      }
    case 8:
      return vb_task_set_cover_timezone (t, vbd_other_word (r, vb_task_get_cover_timezone (t), vbd_zones,
                                                            G_N_ELEMENTS (vbd_zones)), error);
    case 9:
      return vb_task_set_languages (t, vbd_other_word (r, vb_task_get_languages (t), vbd_languages,
                                                       G_N_ELEMENTS (vbd_languages)), error);
    case 10:
      return vb_task_set_annual_cost (t, 50000.0 + step * 0.01, error);
    case 11:
      return vb_task_set_needs_engineering (t, !vb_task_get_needs_engineering (t), error);
    case 12:
      return vb_task_set_brand_critical (t, !vb_task_get_brand_critical (t), error);
    case 13:
      return vb_task_set_regulated (t, !vb_task_get_regulated (t), error);
    case 14:
      return vb_task_set_decision (t, vbd_other (r, vb_task_get_decision (t), 4), error);
    default:
      text = g_strdup_printf ("Decided at step %u", step);
      return vb_task_set_decision_note (t, text, error);
    }
}

static gboolean
vbd_edit_contact (VbContact *c,
                  guint      step,
                  GRand     *r,
                  GError   **error)
{
  g_autofree char *text = NULL;

  switch (g_rand_int_range (r, 0, 4))
    {
    case 0:
      text = g_strdup_printf ("Contact %u", step);
      return vb_contact_set_name (c, text, error);
    case 1:
      text = g_strdup_printf ("c%u@example.com", step);
      return vb_contact_set_email (c, text, error);
    case 2:
      text = g_strdup_printf ("+351 21 %07u", step);
      return vb_contact_set_phone (c, text, error);
    default:
      /* primary unsets the vendor's other primary contact */
      return vb_contact_set_primary (c, !vb_contact_get_is_primary (c), error);
    }
}

static gboolean
vbd_edit_objective (VbObjective *o,
                    guint        step,
                    GRand       *r,
                    GError     **error)
{
  g_autofree char *text = NULL;

  switch (g_rand_int_range (r, 0, 3))
    {
    case 0:
      text = g_strdup_printf ("Objective %u", step);
      return vb_objective_set_title (o, text, error);
    case 1:
      text = g_strdup_printf ("Answer within %u minutes", step);
      return vb_objective_set_target (o, text, error);
    default:
      return vb_objective_set_kind (o, vbd_other (r, vb_objective_get_kind (o), 6), error);
    }
}

/* Step @step of the script: one edit, one commit, through the core's API.
 * Each step changes the file (the values carry the step number, an
 * enumeration or a flag always moves), so each step is one commit. */
static gboolean
vbd_step (VbProject  *p,
          guint       step,
          GError    **error)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (VBD_SEED + step * 7919u);
  GListModel *vendors = vb_project_get_vendors (p);
  GListModel *tasks = vb_project_get_tasks (p);
  GListModel *objectives = vb_project_get_objectives (p);
  g_autoptr(GPtrArray) contacts = vbd_contacts (p);
  guint nv = vbd_n (vendors), nt = vbd_n (tasks), no = vbd_n (objectives);
  int k = g_rand_int_range (r, 0, 100);

  if (nv < 2 || k < 7)
    return vb_project_add_vendor (p, error) != NULL;
  if (nt < 2 || k < 12)
    return vb_project_add_task (p, error) != NULL;
  if (k < 15)
    return vb_project_add_objective (p, error) != NULL;
  if (k < 19)
    return vb_vendor_add_contact (vbd_pick (vendors, r), error) != NULL;
  if (k < 27 && vb_project_get_can_undo (p))
    return vb_project_undo (p, error);
  if (k < 32 && vb_project_get_can_redo (p))
    return vb_project_redo (p, error);
  if (k < 37)
    {
      /* a vendor takes its contacts with it; undo brings them back */
      switch (g_rand_int_range (r, 0, 4))
        {
        case 0:
          if (nv > 2)
            return vb_record_remove (vbd_pick (vendors, r), error);
          G_GNUC_FALLTHROUGH;
        case 1:
          if (contacts->len > 0)
            return vb_record_remove (contacts->pdata[g_rand_int_range (r, 0, (gint32) contacts->len)], error);
          G_GNUC_FALLTHROUGH;
        case 2:
          if (no > 0)
            return vb_record_remove (vbd_pick (objectives, r), error);
          G_GNUC_FALLTHROUGH;
        default:
          return vb_record_remove (vbd_pick (tasks, r), error);
        }
    }
  if (k < 40)
    {
      GListModel *list = g_rand_boolean (r) ? tasks : vendors;
      guint from = (guint) g_rand_int_range (r, 0, (gint32) vbd_n (list));
      guint to = (from + (guint) g_rand_int_range (r, 1, (gint32) vbd_n (list))) % vbd_n (list);

      return vb_record_move (vbd_item (list, from), to, error);
    }
  if (k < 65)
    return vbd_edit_vendor (vbd_pick (vendors, r), step, r, error);
  if (k < 88)
    return vbd_edit_task (vbd_pick (tasks, r), step, r, error);
  if (k < 92 && contacts->len > 0)
    return vbd_edit_contact (contacts->pdata[g_rand_int_range (r, 0, (gint32) contacts->len)], step, r, error);
  if (k < 96 && no > 0)
    return vbd_edit_objective (vbd_pick (objectives, r), step, r, error);
  {
    g_autofree char *text = g_strdup_printf ("Project notes of step %u", step);

    return vb_project_settings_set_notes (vb_project_get_settings (p), text, error);
  }
}

/* ------------------------------------------------------------ fingerprint */

static inline void
vbd_dump_value (GString      *out,
                GHashTable   *uuids,
                sqlite3_stmt *stmt,
                int           i)
{
  switch (sqlite3_column_type (stmt, i))
    {
    case SQLITE_NULL:
      g_string_append (out, "N");
      break;
    case SQLITE_INTEGER:
      g_string_append_printf (out, "I%lld", (long long) sqlite3_column_int64 (stmt, i));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "R%.17g", sqlite3_column_double (stmt, i));
      break;
    default:
      {
        const char *text = (const char *) sqlite3_column_text (stmt, i);
        gpointer label;

        if (text == NULL || !g_uuid_string_is_valid (text))
          {
            g_string_append_printf (out, "T%d:%s", sqlite3_column_bytes (stmt, i), text ? text : "");
            break;
          }
        /* a UUID: named by the order the dump first meets it */
        if (!g_hash_table_lookup_extended (uuids, text, NULL, &label))
          {
            label = GUINT_TO_POINTER (g_hash_table_size (uuids) + 1);
            g_hash_table_insert (uuids, g_strdup (text), label);
          }
        g_string_append_printf (out, "U%u", GPOINTER_TO_UINT (label));
      }
    }
}

/* The whole file in words (see the top of this file); @rows: rows dumped */
static inline char *
vbd_dump (sqlite3 *db,
          guint   *rows)
{
  const VbSchema *schema = vb_schema_current ();
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *out = g_string_new (NULL);

  if (rows)
    *rows = 0;
  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      g_autoptr(GString) sql = g_string_new ("SELECT ");
      sqlite3_stmt *stmt = NULL;
      guint n = 0;
      int rc;

      for (guint c = 0; c < vb_table_n_columns (table); c++)
        {
          const VbColumn *column = vb_table_get_column (table, c);

          if (column->kind == VB_COLUMN_TIME || c == vb_table_modified_index (table))
            continue;
          g_string_append_printf (sql, "%s\"%s\"", n++ ? ", " : "", column->name);
        }
      g_string_append_printf (sql, " FROM \"%s\" ORDER BY rowid", table->name);
      if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
        g_error ("the dump cannot read %s: %s", table->name, sqlite3_errmsg (db));
      g_string_append_printf (out, "[%s]\n", table->name);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              if (i)
                g_string_append_c (out, '|');
              vbd_dump_value (out, uuids, stmt, i);
            }
          g_string_append_c (out, '\n');
          if (rows)
            (*rows)++;
        }
      if (rc != SQLITE_DONE)
        g_error ("the dump cannot read %s: %s", table->name, sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

static inline char *
vbd_fingerprint (sqlite3 *db)
{
  g_autofree char *dump = vbd_dump (db, NULL);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, dump, -1);
}

/* The step a fingerprint names: -1 for none */
static inline int
vbd_find (GPtrArray  *fingerprints,
          const char *fingerprint)
{
  for (guint i = 0; i < fingerprints->len; i++)
    if (g_str_equal (fingerprints->pdata[i], fingerprint))
      return (int) i;
  return -1;
}

/* The reference run: @n_steps steps of the script on a copy of @initial,
 * opened in @dir; returns n_steps + 1 fingerprints, [i] the file after the
 * first i steps. Every step must commit exactly one change. */
static inline GPtrArray *
vbd_reference (const char *initial,
               const char *dir,
               guint       n_steps)
{
  g_autofree char *path = g_build_filename (dir, "reference.vendorbench", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbProject) p = NULL;
  GPtrArray *fingerprints = g_ptr_array_new_with_free_func (g_free);
  gsize len;

  g_file_get_contents (initial, &data, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, data, (gssize) len, &error);
  g_assert_no_error (error);

  p = vb_project_open (path, &error);
  g_assert_no_error (error);
  g_ptr_array_add (fingerprints, vbd_fingerprint (vb_project_get_db (p)));
  for (guint i = 0; i < n_steps; i++)
    {
      char *fp;

      if (!vbd_step (p, i, &error))
        g_error ("step %u of the edit script failed: %s", i, error ? error->message : "(no message)");
      fp = vbd_fingerprint (vb_project_get_db (p));
      if (vbd_find (fingerprints, fp) >= 0)
        g_error ("step %u of the edit script changed nothing: the script must commit at every step", i);
      g_ptr_array_add (fingerprints, fp);
    }
  vb_project_close (p);
  g_unlink (path);
  return fingerprints;
}

/* ------------------------------------------------------------ folders */

static inline int
vbd_compare_names (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in a folder, sorted, joined by spaces */
static inline char *
vbd_listing (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  if (d)
    g_dir_close (d);
  g_ptr_array_sort (names, vbd_compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The file after a crash or a power cut (@what: "the crash"), as the
 * window finds it. With @check_first, check reads a private copy and
 * leaves the file and its folder as they were; then the window's own open
 * path rolls an interrupted edit back, after which the file stands alone
 * in its folder and passes check. Returns the fingerprint of what the
 * file holds, for vbd_find. Needs vb-test-util.h. */
static inline char *
vbd_recover (const char *path,
             const char *dir,
             gboolean    check_first,
             const char *what,
             guint       round)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *after = NULL;
  char *fingerprint;
  VbProject *p;

  if (check_first)
    {
      g_autofree char *listing = vbd_listing (dir);
      g_autofree char *hash = vbt_hash_file (path);

      if (!vb_project_check_file (path, NULL, &error))
        g_error ("round %u: check refuses the file after %s: %s", round, what, error->message);
      vbt_assert_hash_unchanged (path, hash);
      after = vbd_listing (dir);
      g_assert_cmpstr (after, ==, listing);
      g_clear_pointer (&after, g_free);
    }

  p = vb_project_open (path, &error);
  if (p == NULL)
    g_error ("round %u: the file does not open after %s: %s", round, what, error->message);
  fingerprint = vbd_fingerprint (vb_project_get_db (p));
  vb_project_close (p);
  g_object_unref (p);
  vbt_assert_no_sidecar (path);
  after = vbd_listing (dir);
  g_assert_cmpstr (after, ==, base);
  if (!vb_project_check_file (path, NULL, &error))
    g_error ("round %u: check refuses the recovered file: %s", round, error->message);
  return fingerprint;
}

/* A positive whole number from the environment (VB_CRASH_ROUNDS, …), or
 * @fallback when it is unset */
static inline guint
vbd_env_uint (const char *name,
              guint       fallback)
{
  const char *s = g_getenv (name);
  guint64 v;

  if (s == NULL || *s == '\0')
    return fallback;
  if (!g_ascii_string_to_unsigned (s, 10, 1, G_MAXUINT32, &v, NULL))
    g_error ("%s must be a positive number, not “%s”", name, s);
  return (guint) v;
}
