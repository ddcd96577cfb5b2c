/* vb-value.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-value"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"
#include "vb-error.h"
#include "vb-text.h"
#include "vb-value.h"

void
vb_value_clear (VbValue *value)
{
  if (value->type == VB_VALUE_TEXT)
    g_free (value->v.s);
  value->type = VB_VALUE_NULL;
  value->v.i = 0;
}

void
vb_value_copy (const VbValue *src,
               VbValue       *dest)
{
  vb_value_clear (dest);
  dest->type = src->type;
  if (src->type == VB_VALUE_TEXT)
    dest->v.s = g_strdup (src->v.s);
  else
    dest->v = src->v;
}

gboolean
vb_value_equal (const VbValue *a,
                const VbValue *b)
{
  if (a->type != b->type)
    return FALSE;
  switch (a->type)
    {
    case VB_VALUE_NULL: return TRUE;
    case VB_VALUE_INT:  return a->v.i == b->v.i;
    case VB_VALUE_REAL: return a->v.d == b->v.d;
    case VB_VALUE_TEXT: return g_strcmp0 (a->v.s, b->v.s) == 0;
    default:            g_assert_not_reached ();
    }
}

void
vb_value_set_text (VbValue    *value,
                   const char *text)
{
  vb_value_clear (value);
  value->type = VB_VALUE_TEXT;
  value->v.s = g_strdup (text ? text : "");
}

void
vb_value_set_int (VbValue *value,
                  gint64   i)
{
  vb_value_clear (value);
  value->type = VB_VALUE_INT;
  value->v.i = i;
}

void
vb_value_set_real (VbValue *value,
                   double   d)
{
  vb_value_clear (value);
  value->type = VB_VALUE_REAL;
  value->v.d = d;
}

void
vb_value_bind (const VbValue *value,
               sqlite3_stmt  *stmt,
               int            index)
{
  switch (value->type)
    {
    case VB_VALUE_NULL: sqlite3_bind_null (stmt, index); break;
    case VB_VALUE_INT:  sqlite3_bind_int64 (stmt, index, value->v.i); break;
    case VB_VALUE_REAL: sqlite3_bind_double (stmt, index, value->v.d); break;
    case VB_VALUE_TEXT: sqlite3_bind_text (stmt, index, value->v.s, -1, SQLITE_TRANSIENT); break;
    default:            g_assert_not_reached ();
    }
}

void
vb_value_from_column (VbValue      *value,
                      sqlite3_stmt *stmt,
                      int           index)
{
  vb_value_clear (value);
  switch (sqlite3_column_type (stmt, index))
    {
    case SQLITE_INTEGER:
      vb_value_set_int (value, sqlite3_column_int64 (stmt, index));
      break;
    case SQLITE_FLOAT:
      vb_value_set_real (value, sqlite3_column_double (stmt, index));
      break;
    case SQLITE_TEXT:
      vb_value_set_text (value, (const char *) sqlite3_column_text (stmt, index));
      break;
    default:
      break;
    }
}

gboolean
vb_uuid_is_valid (const char *uuid)
{
  return uuid != NULL && strlen (uuid) == 36 && g_uuid_string_is_valid (uuid);
}

static gboolean
text_format_ok (const char      *text,
                const VbTable   *table,
                const VbColumn  *column,
                GError         **error)
{
  const char *what = vb_column_get_label (column);
  const char *row = vb_table_get_label (table);
  g_autofree char *problem = NULL;
  g_autofree char *shown = NULL;

  switch (column->format)
    {
    case VB_TEXT_FORMAT_TIMEZONE:
      if (vb_timezone_is_valid (text))
        return TRUE;
      shown = g_utf8_make_valid (text, (gssize) strnlen (text, 64));
      /* Translators: e.g. “The time zone of a task is not a time zone Vendorbench knows: “Mars/Base”.” */
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The %s of a %s is not a time zone this computer knows (such as Europe/London): “%s”."),
                   what, row, shown);
      return FALSE;

    case VB_TEXT_FORMAT_LANGUAGES:
      if (vb_languages_check (text, &problem))
        return TRUE;
      /* Translators: e.g. “The languages of a task cannot be used: it lists more than 64 languages.” */
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The %s of a %s cannot be used: %s."), what, row, problem);
      return FALSE;

    case VB_TEXT_FORMAT_CURRENCY_OPT:
    case VB_TEXT_FORMAT_CURRENCY:
      if (vb_currency_code_is_valid (text) || (column->format == VB_TEXT_FORMAT_CURRENCY_OPT && *text == '\0'))
        return TRUE;
      shown = g_utf8_make_valid (text, (gssize) strnlen (text, 16));
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("“%s” is not a currency code (three capital letters, such as EUR or USD)."), shown);
      return FALSE;

    case VB_TEXT_FORMAT_PLAIN:
    default:
      return TRUE;
    }
}

/* The rules the DDL's CHECK constraints enforce, and what no CHECK can say
 * (a real calendar date, valid UTF-8, a set in its one spelling), checked
 * before SQL so that the message can say in words what is wrong. */
gboolean
vb_value_check (const VbValue   *value,
                const VbTable   *table,
                const VbColumn  *column,
                GError         **error)
{
  const char *what = vb_column_get_label (column);
  const char *row = vb_table_get_label (table);

  if (value->type == VB_VALUE_NULL)
    {
      if (column->nullable)
        return TRUE;
      /* Translators: e.g. “The name of a vendor cannot be empty.” */
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The %s of a %s cannot be empty."), what, row);
      return FALSE;
    }

  switch (column->kind)
    {
    case VB_COLUMN_UUID:
    case VB_COLUMN_REF:
      if (value->type != VB_VALUE_TEXT || !vb_uuid_is_valid (value->v.s))
        goto wrong_type;
      return TRUE;

    case VB_COLUMN_TEXT:
    case VB_COLUMN_TIME:
    case VB_COLUMN_SET:
      {
        gsize max = column->kind == VB_COLUMN_TEXT ? VB_TEXT_MAX_BYTES
                  : column->kind == VB_COLUMN_TIME ? VB_TIME_MAX_BYTES : VB_SET_MAX_BYTES;

        if (value->type != VB_VALUE_TEXT)
          goto wrong_type;
        if (strlen (value->v.s) > max)
          {
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                         _("The %s of a %s is too long (at most %lu bytes)."), what, row, (unsigned long) max);
            return FALSE;
          }
        if (!g_utf8_validate (value->v.s, -1, NULL))
          {
            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                         _("The %s of a %s is not valid text."), what, row);
            return FALSE;
          }
        if (column->kind == VB_COLUMN_TEXT && !text_format_ok (value->v.s, table, column, error))
          return FALSE;
        if (column->kind == VB_COLUMN_SET)
          {
            guint mask;

            if (!vb_enum_set_from_string (column->enum_type (), value->v.s, &mask))
              {
                g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                             _("“%s” is not a valid list of %s of a %s."), value->v.s, what, row);
                return FALSE;
              }
          }
        return TRUE;
      }

    case VB_COLUMN_DATE:
      if (value->type != VB_VALUE_TEXT)
        goto wrong_type;
      if (value->v.s[0] != '\0' && !vb_date_is_valid (value->v.s))
        {
          g_autofree char *shown = g_utf8_make_valid (value->v.s, (gssize) strnlen (value->v.s, 40));

          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("The %s of a %s is not a date (YYYY-MM-DD): “%s”."), what, row, shown);
          return FALSE;
        }
      return TRUE;

    case VB_COLUMN_BOOL:
      if (value->type != VB_VALUE_INT || (value->v.i != 0 && value->v.i != 1))
        goto wrong_type;
      return TRUE;

    case VB_COLUMN_ENUM:
      if (value->type != VB_VALUE_TEXT)
        goto wrong_type;
      if (!vb_enum_from_nick (column->enum_type (), value->v.s, NULL))
        {
          g_autofree char *shown = g_utf8_make_valid (value->v.s, (gssize) strnlen (value->v.s, 40));

          /* Translators: e.g. ““pending” is not a valid status of a vendor.” */
          g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                       _("“%s” is not a valid %s of a %s."), shown, what, row);
          return FALSE;
        }
      return TRUE;

    case VB_COLUMN_INT:
    case VB_COLUMN_REAL:
      {
        double d;

        if (value->type == VB_VALUE_INT)
          d = (double) value->v.i;
        else if (value->type == VB_VALUE_REAL && column->kind == VB_COLUMN_REAL)
          d = value->v.d;
        else
          goto wrong_type;

        if (!isfinite (d) || (column->min < column->max && (d < column->min || d > column->max)))
          {
            char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

            g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                         _("The %s of a %s must be between %s and %s."), what, row,
                         g_ascii_formatd (lo, sizeof lo, "%g", column->min),
                         g_ascii_formatd (hi, sizeof hi, "%g", column->max));
            return FALSE;
          }
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }

wrong_type:
  g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
               _("The %s of a %s has a value of the wrong kind."), what, row);
  return FALSE;
}

/* YYYY-MM-DD, a real calendar date */
gboolean
vb_date_is_valid (const char *text)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);
  return y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

void
vb_value_default (VbValue        *value,
                  const VbColumn *column)
{
  vb_value_clear (value);
  switch (column->kind)
    {
    case VB_COLUMN_UUID:
    case VB_COLUMN_REF:
      break;
    case VB_COLUMN_TEXT:
    case VB_COLUMN_TIME:
    case VB_COLUMN_DATE:
    case VB_COLUMN_SET:
      vb_value_set_text (value, "");
      break;
    case VB_COLUMN_ENUM:
      {
        GType type = column->enum_type ();
        vb_value_set_text (value, vb_enum_get_nick (type, vb_enum_get_value (type, 0)));
      }
      break;
    case VB_COLUMN_BOOL:
    case VB_COLUMN_INT:
      if (column->default_sql)
        vb_value_set_int (value, g_ascii_strtoll (column->default_sql, NULL, 10));
      break;
    case VB_COLUMN_REAL:
      if (column->default_sql)
        vb_value_set_real (value, g_ascii_strtod (column->default_sql, NULL));
      break;
    default:
      g_assert_not_reached ();
    }
}

VbValue *
vb_row_new (const VbTable *table)
{
  guint n = vb_table_n_columns (table);
  VbValue *row = g_new0 (VbValue, n);

  for (guint i = 0; i < n; i++)
    vb_value_default (&row[i], vb_table_get_column (table, i));
  return row;
}

VbValue *
vb_row_copy (const VbTable *table,
             const VbValue *row)
{
  guint n = vb_table_n_columns (table);
  VbValue *copy = g_new0 (VbValue, n);

  for (guint i = 0; i < n; i++)
    vb_value_copy (&row[i], &copy[i]);
  return copy;
}

void
vb_row_free (const VbTable *table,
             VbValue       *row)
{
  guint n;

  if (row == NULL)
    return;
  n = vb_table_n_columns (table);
  for (guint i = 0; i < n; i++)
    vb_value_clear (&row[i]);
  g_free (row);
}

/**
 * vb_row_failed_check:
 * @row: every column of a row of @table, as vb_row_new () lays them out
 *
 * The table-level rules (VbCheck) the DDL's CHECKs hold, read in C: JSON
 * import, the value check of open and check, and every edit see the same
 * rule as SQLite, and can name it in words.
 *
 * Returns: (nullable): the first rule @row breaks, or NULL
 */
const VbCheck *
vb_row_failed_check (const VbTable *table,
                     const VbValue *row)
{
  for (guint i = 0; i < table->n_checks; i++)
    {
      const VbCheck *check = &table->checks[i];
      const VbValue *a = &row[vb_table_column_index (table, check->column)];
      const VbValue *b = &row[vb_table_column_index (table, check->other)];

      switch (check->kind)
        {
        case VB_CHECK_EXACTLY_ONE:
          if ((a->type == VB_VALUE_NULL) == (b->type == VB_VALUE_NULL))
            return check;
          break;

        case VB_CHECK_VALUES_IF_SET:
          {
            const VbColumn *col = vb_table_get_column (table, (guint) vb_table_column_index (table, check->other));
            int value;

            if (a->type == VB_VALUE_NULL)
              break;
            if (b->type != VB_VALUE_TEXT || !vb_enum_from_nick (col->enum_type (), b->v.s, &value) ||
                value < 0 || value >= 32 || !(check->values & (1u << value)))
              return check;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  return NULL;
}

/**
 * vb_row_unique_key:
 * @row: every column of a row of @table
 *
 * What @unique's index holds of @row: its columns' values joined (NULL as
 * empty, as the index's ifnull () has it), "" for an index on no column.
 * Two rows with the same key break the rule.
 *
 * Returns: (transfer full) (nullable): the key, or NULL when @row is not
 *   held to the rule: not in the partial index (its where_column does not
 *   hold where_value), or a text of the key is empty (nullif () in the
 *   index: not filled in yet)
 */
char *
vb_row_unique_key (const VbTable  *table,
                   const VbUnique *unique,
                   const VbValue  *row)
{
  g_auto(GStrv) columns = NULL;
  GString *key;

  if (unique->where_column != NULL)
    {
      int index = vb_table_column_index (table, unique->where_column);
      const VbColumn *where = vb_table_get_column (table, (guint) index);
      const VbValue *w = &row[index];
      gboolean holds = where->kind == VB_COLUMN_ENUM
        ? (w->type == VB_VALUE_TEXT && g_str_equal (w->v.s, vb_enum_get_nick (where->enum_type (), unique->where_value)))
        : (w->type == VB_VALUE_INT && w->v.i == unique->where_value);

      if (!holds)
        return NULL;
    }
  key = g_string_new (NULL);
  if (unique->column == NULL)
    return g_string_free (key, FALSE);
  columns = g_strsplit (unique->column, ",", -1);
  for (guint i = 0; columns[i]; i++)
    {
      int index = vb_table_column_index (table, columns[i]);
      const VbValue *k = &row[index];

      if (unique->where_column == NULL && vb_table_get_column (table, (guint) index)->kind == VB_COLUMN_TEXT &&
          !vb_table_get_column (table, (guint) index)->nullable && k->type == VB_VALUE_TEXT && *k->v.s == '\0')
        {
          g_string_free (key, TRUE);
          return NULL;
        }
      if (i > 0)
        g_string_append_c (key, '\x1f');
      if (k->type == VB_VALUE_TEXT)
        g_string_append (key, k->v.s);
      else if (k->type == VB_VALUE_INT)
        g_string_append_printf (key, "%" G_GINT64_FORMAT, k->v.i);
      else if (k->type == VB_VALUE_REAL)
        g_string_append_printf (key, "%.17g", k->v.d);
    }
  return g_string_free (key, FALSE);
}

char *
vb_uuid_new (void)
{
  return g_uuid_string_random ();
}

/* A UUID whose first 48 bits are the time in milliseconds (the layout of
 * RFC 9562's version 7): rows that are only ever appended, such as the
 * activity log, then land at the end of their primary-key index instead of
 * on a random page, and a commit writes fewer pages. */
char *
vb_uuid_new_ordered (void)
{
  guint64 ms = (guint64) (g_get_real_time () / 1000);
  guint32 r1 = g_random_int (), r2 = g_random_int (), r3 = g_random_int ();

  return g_strdup_printf ("%08x-%04x-7%03x-%04x-%04x%08x",
                          (guint32) (ms >> 16), (guint32) (ms & 0xffff),
                          r1 & 0xfff, 0x8000 | ((r1 >> 12) & 0x3fff),
                          r2 & 0xffff, r3);
}

char *
vb_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}
