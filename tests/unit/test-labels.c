/* test-labels.c — undo and activity summaries are in words
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A summary is read by a business owner (the Undo menu, the activity log,
 * the decision memo): it names a row by its kind and label and a field by
 * its label, never by a schema identifier — no column name with an
 * underscore ("rejection_reason"), no table name ("requirement_section").
 * Every column of every table is written through the generic setter, and
 * every row added, removed, undone and redone; then the entities' own
 * edits.
 */

#include "vb-contact.h"
#include "vb-guide.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-test-util.h"

/* The schema's identifiers that are not plain words */
static GPtrArray *
identifiers (void)
{
  const VbSchema *schema = vb_schema_current ();
  GPtrArray *ids = g_ptr_array_new ();

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];

      if (strchr (table->name, '_'))
        g_ptr_array_add (ids, (gpointer) table->name);
      for (guint c = 0; c < vb_table_n_columns (table); c++)
        if (strchr (vb_table_get_column (table, c)->name, '_'))
          g_ptr_array_add (ids, (gpointer) vb_table_get_column (table, c)->name);
    }
  return ids;
}

static guint n_checked;

static void
assert_words (const char *summary,
              const char *what)
{
  static GPtrArray *ids;

  if (ids == NULL)
    ids = identifiers ();
  if (summary == NULL || *summary == '\0')
    g_error ("%s: no summary", what);
  if (strchr (summary, '_') != NULL)
    g_error ("%s: the summary “%s” shows an identifier", what, summary);
  for (guint i = 0; i < ids->len; i++)
    if (strstr (summary, ids->pdata[i]) != NULL)
      g_error ("%s: the summary “%s” shows the identifier %s", what, summary, (char *) ids->pdata[i]);
  if (strchr (summary, '%') != NULL || strstr (summary, "(null)") != NULL)
    g_error ("%s: the summary “%s” is not filled in", what, summary);
  n_checked++;
}

/* The undo summary and the newest activity row's summary, both in words */
static void
assert_last_edit_in_words (VbProject  *p,
                           const char *what,
                           const char *must_have)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = vb_project_read_activity (p, &error);
  VbRecord *last;

  g_assert_no_error (error);
  g_assert_cmpuint (log->len, >, 0);
  last = g_ptr_array_index (log, log->len - 1);
  assert_words (vb_project_get_undo_summary (p), what);
  assert_words (vb_record_get_text (last, "summary"), what);
  if (must_have && !vbt_contains_ci (vb_project_get_undo_summary (p), must_have))
    g_error ("%s: the summary “%s” does not say “%s”", what, vb_project_get_undo_summary (p), must_have);
}

static void
assert_last_log_in_words (VbProject  *p,
                          const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = vb_project_read_activity (p, &error);

  g_assert_no_error (error);
  assert_words (vb_record_get_text (g_ptr_array_index (log, log->len - 1), "summary"), what);
}

/* A valid value of @col other than its default, in words */
static void
value_for (const VbColumn *col,
           GHashTable     *first_of,
           VbValue        *v)
{
  vb_value_clear (v);
  switch (col->kind)
    {
    case VB_COLUMN_TEXT:
      if (col->format == VB_TEXT_FORMAT_TIMEZONE)
        vb_value_set_text (v, "Europe/Paris");
      else if (col->format == VB_TEXT_FORMAT_LANGUAGES)
        vb_value_set_text (v, "English, Welsh");
      else if (col->format == VB_TEXT_FORMAT_CURRENCY || col->format == VB_TEXT_FORMAT_CURRENCY_OPT)
        vb_value_set_text (v, "GBP");
      else
        vb_value_set_text (v, "Written by the user ✓");
      break;
    case VB_COLUMN_TIME:
      vb_value_set_text (v, "2026-01-02T03:04:05.678Z");
      break;
    case VB_COLUMN_DATE:
      vb_value_set_text (v, "2026-03-04");
      break;
    case VB_COLUMN_ENUM:
      vb_value_set_text (v, vb_enum_get_nick (col->enum_type (), vb_enum_get_value (col->enum_type (), 1)));
      break;
    case VB_COLUMN_SET:
      {
        g_autofree char *text = vb_enum_set_to_string (col->enum_type (), 0x6);
        vb_value_set_text (v, text);
      }
      break;
    case VB_COLUMN_BOOL:
      vb_value_set_int (v, g_strcmp0 (col->default_sql, "1") == 0 ? 0 : 1);
      break;
    case VB_COLUMN_INT:
      {
        gint64 def = col->default_sql ? g_ascii_strtoll (col->default_sql, NULL, 10) : G_MININT64;
        gint64 x = col->min < col->max ? (gint64) col->min + 1 : 7;
        vb_value_set_int (v, x == def ? x + 1 : x);
      }
      break;
    case VB_COLUMN_REAL:
      {
        double def = col->default_sql ? g_ascii_strtod (col->default_sql, NULL) : -1e300;
        double x = col->min < col->max ? col->min + (col->max - col->min > 1 ? 0.5 : (col->max - col->min) / 3) : 0.1;
        vb_value_set_real (v, x == def ? x + 0.25 : x);
      }
      break;
    case VB_COLUMN_REF:
      vb_value_set_text (v, g_hash_table_lookup (first_of, col->ref_table));
      g_assert_nonnull (v->v.s);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The first column of an "exactly one of" rule: the row is added with it */
static gboolean
check_first_of_pair (const VbTable *table,
                     const char    *column)
{
  for (guint i = 0; i < table->n_checks; i++)
    if (table->checks[i].kind == VB_CHECK_EXACTLY_ONE && g_str_equal (table->checks[i].column, column))
      return TRUE;
  return FALSE;
}

/* A row holds the first of an "exactly one of" pair: setting the second
 * breaks the rule, and so does an answer outside the list its item takes.
 * Each is refused in the rule's words, the row unchanged. Returns whether
 * @col is the second of a pair (nothing else to set there). */
static gboolean
assert_check_refuses (VbProject      *p,
                      VbRecord       *r,
                      const VbTable  *table,
                      const VbColumn *col,
                      GHashTable     *first_of)
{
  gboolean second_of_pair = FALSE;

  for (guint i = 0; i < table->n_checks; i++)
    {
      const VbCheck *check = &table->checks[i];
      const VbValue *set = vb_record_peek (r, (guint) vb_table_column_index (table, check->column));
      g_autoptr(GError) error = NULL;
      VbValue v = VB_VALUE_INIT;
      g_autofree char *before = g_strdup (vb_project_get_undo_summary (p));

      if (check->kind == VB_CHECK_EXACTLY_ONE && g_str_equal (check->other, col->name))
        {
          value_for (col, first_of, &v);
          second_of_pair = TRUE;
        }
      else if (check->kind == VB_CHECK_VALUES_IF_SET && g_str_equal (check->other, col->name) &&
               set->type != VB_VALUE_NULL)
        {
          GType type = col->enum_type ();
          guint k = 0;

          while (k < vb_enum_get_n_values (type) && (check->values & (1u << k)))
            k++;
          g_assert_cmpuint (k, <, vb_enum_get_n_values (type));
          vb_value_set_text (&v, vb_enum_get_nick (type, vb_enum_get_value (type, k)));
        }
      else
        continue;
      g_assert_false (vb_project_set (p, r, col->name, &v, &error));
      g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
      g_test_message ("%s.%s refused: %s", table->name, col->name, error->message);
      g_assert_true (vbt_contains_ci (error->message, check->rule));
      g_assert_false (vb_value_equal (vb_record_peek (r, (guint) vb_table_column_index (table, col->name)), &v));
      g_assert_cmpstr (vb_project_get_undo_summary (p), ==, before);
      vb_value_clear (&v);
    }
  return second_of_pair;
}

static void
test_every_column (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  const VbSchema *schema = vb_schema_current ();
  g_autoptr(GHashTable) first_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) second_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) forward = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint columns = 0;

  for (guint t = 0; t < schema->n_tables; t++)
    {
      const VbTable *table = &schema->tables[t];
      guint n = vb_table_n_columns (table);
      VbRecord *r;

      if (table->flags & VB_TABLE_INTERNAL)
        continue;
      if (table->flags & VB_TABLE_SINGLE_ROW)
        r = VB_RECORD (vb_project_get_settings (p));
      else
        {
          const char *ref_columns[8];
          VbRecord *parents[8];
          guint n_refs = 0;

          for (guint c = 0; c < table->n_columns; c++)
            if (table->columns[c].kind == VB_COLUMN_REF &&
                (!table->columns[c].nullable || check_first_of_pair (table, table->columns[c].name)))
              {
                ref_columns[n_refs] = table->columns[c].name;
                parents[n_refs] = vb_project_lookup (p, g_hash_table_lookup (first_of, table->columns[c].ref_table));
                g_assert_nonnull (parents[n_refs]);
                n_refs++;
              }
          r = vb_project_add_row (p, table->name, ref_columns, parents, n_refs, &error);
          g_assert_no_error (error);
          /* an unnamed row: “Added a requirement section” */
          assert_last_edit_in_words (p, table->name, vb_table_get_label (table));
          /* a second row, for the references to point elsewhere (not in
           * a table of at most one row: the decision) */
          if (!(table->n_uniques > 0 && table->uniques[0].column == NULL && table->uniques[0].where_column == NULL))
          {
            VbRecord *second = vb_project_add_row (p, table->name, ref_columns, parents, n_refs, &error);

            g_assert_no_error (error);
            g_hash_table_insert (second_of, (gpointer) table->name, g_strdup (vb_record_get_uuid (second)));
          }
        }
      g_hash_table_insert (first_of, (gpointer) table->name, g_strdup (vb_record_get_uuid (r)));

      for (guint c = 1; c + 1 < n; c++)
        {
          const VbColumn *col = vb_table_get_column (table, c);
          g_autofree char *what = g_strdup_printf ("%s.%s", table->name, col->name);
          VbValue v = VB_VALUE_INIT;
          gboolean named_field = (int) c != vb_table_position_index (table) && g_strcmp0 (col->name, "example") != 0;

          /* a table-level rule refuses what breaks it, in its words */
          if (assert_check_refuses (p, r, table, col, first_of))
            {
              columns++;
              continue;
            }
          /* a reference to a table further down (the project's emergency
           * path): later; to a table of one row (the decision): no other
           * row to point to */
          if (col->kind == VB_COLUMN_REF && !g_hash_table_contains (second_of, col->ref_table))
            {
              if (!g_hash_table_contains (first_of, col->ref_table))
                {
                  g_ptr_array_add (forward, r);
                  g_ptr_array_add (forward, (gpointer) col);
                }
              columns++;
              continue;
            }
          /* a reference to the other row of its table: a change */
          value_for (col, col->kind == VB_COLUMN_REF ? second_of : first_of, &v);
          if (!vb_project_set (p, r, col->name, &v, &error))
            g_error ("%s cannot be set: %s", what, error->message);
          vb_value_clear (&v);
          g_test_message ("%s: %s", what, vb_project_get_undo_summary (p));
          /* the field by its label, the row by its kind */
          assert_last_edit_in_words (p, what, named_field ? vb_column_get_label (col) : NULL);
          if (!(table->flags & VB_TABLE_SINGLE_ROW))
            g_assert_true (vbt_contains_ci (vb_project_get_undo_summary (p), vb_table_get_label (table)));
          columns++;
        }
      g_ptr_array_add (rows, r);
    }
  g_assert_cmpuint (columns, >, 200);
  for (guint i = 0; i < forward->len; i += 2)
    {
      VbRecord *r = forward->pdata[i];
      const VbColumn *col = forward->pdata[i + 1];
      VbValue v = VB_VALUE_INIT;

      value_for (col, second_of, &v);
      if (!vb_project_set (p, r, col->name, &v, &error))
        g_error ("%s cannot be set: %s", col->name, error->message);
      vb_value_clear (&v);
      assert_last_edit_in_words (p, col->name, vb_column_get_label (col));
    }

  /* removed (children first, in one edit), undone and redone, each logged */
  for (guint i = rows->len; i > 1; i--)
    {
      VbRecord *r = g_ptr_array_index (rows, i - 1);
      const VbTable *table = vb_record_get_table (r);
      g_autoptr(VbRecord) keep = g_object_ref (r);

      if (!vb_record_is_live (r))
        continue;   /* gone with its parent */
      g_assert_true (vb_project_remove (p, r, &error));
      g_assert_no_error (error);
      assert_last_edit_in_words (p, table->name, vb_table_get_label (table));
      g_assert_true (vb_project_undo (p, &error));
      assert_last_log_in_words (p, table->name);
      assert_words (vb_project_get_redo_summary (p), table->name);
      g_assert_true (vb_project_redo (p, &error));
      g_assert_no_error (error);
      assert_last_log_in_words (p, table->name);
    }
  vbt_rmdir (dir);
}

/* The entities' own edits, and the guidance's */
static void
test_entity_edits (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "customer-support");
  g_autoptr(GError) error = NULL;
  VbProjectSettings *s = vb_project_get_settings (p);
  VbVendor *a, *b;
  VbContact *ann, *bo;
  VbTask *t;

  a = vb_project_add_vendor (p, &error);
  assert_last_edit_in_words (p, "add vendor", "vendor");
  g_assert_true (vb_vendor_set_name (a, "Acme", &error));
  assert_last_edit_in_words (p, "vendor name", "name");
  b = vb_project_add_vendor (p, &error);
  g_assert_true (vb_vendor_set_name (b, "Beta", &error));
  g_assert_true (vb_vendor_set_status (a, VB_VENDOR_STATUS_SHORTLIST, NULL, &error));
  assert_last_edit_in_words (p, "shortlist", "Shortlist");
  g_assert_true (vb_vendor_select (a, &error));
  assert_last_edit_in_words (p, "select", "Acme");
  g_assert_true (vb_vendor_select (b, &error));
  assert_last_edit_in_words (p, "select instead", "instead of");
  g_assert_true (vb_vendor_reject (a, "Too dear", &error));
  assert_last_edit_in_words (p, "reject", "Reject");
  g_assert_true (vb_vendor_reconsider (a, &error));
  assert_last_edit_in_words (p, "reconsider", "Long list");
  g_assert_true (vb_vendor_set_delivery_model (a, VB_DELIVERY_MODEL_NEARSHORE, &error));
  assert_last_edit_in_words (p, "delivery model", "delivery model");
  g_assert_true (vb_vendor_set_channels (a, VB_CHANNEL_MASK (VB_CHANNEL_CHAT), &error));
  assert_last_edit_in_words (p, "channels", "channels");
  ann = vb_vendor_add_contact (a, &error);
  assert_last_edit_in_words (p, "add contact", "contact");
  g_assert_true (vb_contact_set_name (ann, "Ann", &error));
  bo = vb_vendor_add_contact (a, &error);
  g_assert_true (vb_contact_set_primary (bo, TRUE, &error));
  assert_last_edit_in_words (p, "primary", "primary contact");
  g_assert_true (vb_contact_set_primary (bo, FALSE, &error));
  assert_last_edit_in_words (p, "not primary", "primary");

  t = vb_project_add_task (p, &error);
  assert_last_edit_in_words (p, "add task", "task");
  g_assert_true (vb_task_set_cover_hours (t, 60, 120, &error));
  assert_last_edit_in_words (p, "cover hours", "cover");
  g_assert_true (vb_record_move (VB_RECORD (t), 0, &error));
  assert_last_edit_in_words (p, "move", "task");
  {
    g_autoptr(VbRecord) example = g_list_model_get_item (vb_project_get_tasks (p), 1);
    g_assert_true (vb_record_confirm (example, &error));
    assert_last_edit_in_words (p, "confirm", "example");
  }
  g_assert_true (vb_project_settings_set_team_hours (s, 8 * 60, 16 * 60, &error));
  assert_last_edit_in_words (p, "team hours", "team");
  g_assert_true (vb_project_settings_set_team_languages (s, "English, Polish", &error));
  assert_last_edit_in_words (p, "team languages", "team’s languages");
  g_assert_true (vb_project_settings_set_paid_hours_per_fte (s, 150, &error));
  assert_last_edit_in_words (p, "paid hours", "paid hours");
  g_assert_true (vb_record_remove (VB_RECORD (a), &error));
  assert_last_edit_in_words (p, "remove vendor", "Acme");
  g_assert_true (vb_project_undo (p, &error));
  assert_last_log_in_words (p, "undo");
  g_assert_no_error (error);

  /* dismissing and restoring a finding */
  {
    g_autoptr(VbGuide) guide = vb_guide_new (p);
    g_autoptr(VbFinding) finding = g_list_model_get_item (vb_guide_get_findings (guide), 0);
    g_autoptr(VbFinding) dismissed = NULL;

    g_assert_true (vb_guide_dismiss (guide, finding, "Not for us", &error));
    assert_last_edit_in_words (p, "dismiss", "Not for us");
    dismissed = g_list_model_get_item (vb_guide_get_dismissed (guide), 0);
    g_assert_true (vb_guide_restore (guide, dismissed, &error));
    assert_last_edit_in_words (p, "restore", NULL);
    g_assert_no_error (error);
  }
  /* a rename is in the log, not in the undo history */
  g_assert_true (vb_project_rename (p, "Renamed project", &error));
  g_assert_no_error (error);
  assert_last_log_in_words (p, "rename");
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/labels/every-column", test_every_column);
  g_test_add_func ("/labels/entity-edits", test_entity_edits);
  rc = g_test_run ();
  if (rc == 0 && !g_test_subprocess ())
    g_test_message ("%u summaries checked", n_checked);
  return rc;
}
