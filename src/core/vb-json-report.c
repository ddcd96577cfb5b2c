/* vb-json-report.c — what the strict JSON check says when a file fails it
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A message names the line and column and says, in words a business owner
 * can act on, what was expected and what was found instead.
 */

#define G_LOG_DOMAIN "vb-json-strict"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-json-scanner.h"

#define SHOWN_CHARS 40

/* 1-based line and column (in characters) of offset. Every byte before an
 * error has been read and found valid, so counting lead bytes counts
 * characters. LF, CR LF and a lone CR each end a line. */
static void
position_of (const Scanner *s,
             gsize          offset,
             gsize         *line,
             gsize         *column)
{
  gsize l = 1, c = 1;

  for (gsize i = 0; i < offset && i < s->length; i++)
    {
      guchar b = s->data[i];

      if (b == '\n')
        {
          l++;
          c = 1;
        }
      else if (b == '\r')
        {
          if (i + 1 < s->length && s->data[i + 1] == '\n')
            continue;
          l++;
          c = 1;
        }
      else if ((b & 0xC0) != 0x80)
        c++;
    }
  *line = l;
  *column = c;
}

static gboolean report_pending_duplicate (Scanner *s);

/* Sets the error: what is wrong (translated), at offset */
static gboolean
report (Scanner    *s,
        int         code,
        gsize       offset,
        const char *what)
{
  gsize line, column;

  position_of (s, offset, &line, &column);
  switch (code)
    {
    case VB_IMPORT_ERROR_TOO_DEEP:
      g_set_error (s->error, VB_IMPORT_ERROR, code,
                   _("The file is nested too deeply to be a project export: line %lu, column %lu: %s."),
                   (unsigned long) line, (unsigned long) column, what);
      break;
    case VB_IMPORT_ERROR_TOO_LARGE:
      g_set_error (s->error, VB_IMPORT_ERROR, code,
                   _("The file holds a text too long for any field of a project: line %lu, column %lu: %s."),
                   (unsigned long) line, (unsigned long) column, what);
      break;
    default:
      g_set_error (s->error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_SYNTAX,
                   _("The file is not valid JSON: line %lu, column %lu: %s."),
                   (unsigned long) line, (unsigned long) column, what);
      break;
    }
  return FALSE;
}

gboolean
vb_json_fail (Scanner    *s,
              int         code,
              gsize       offset,
              const char *format,
              ...)
{
  g_autofree char *what = NULL;
  va_list args;

  /* a field name read before offset may still wait for its check */
  if (report_pending_duplicate (s))
    return FALSE;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  return report (s, code, offset, what);
}

/* The bytes [start, start + length) for a message, cut after SHOWN_CHARS
 * characters. They must be valid UTF-8 (they have been read). */
char *
vb_json_shorten (const char *start,
                 gsize       length)
{
  const char *end = start + length;
  const char *p = start;
  guint n = 0;

  if (length == 0)
    return g_strdup ("");
  while (p < end && n < SHOWN_CHARS)
    {
      p = g_utf8_next_char (p);
      n++;
    }
  if (p >= end)
    return g_strndup (start, length);
  return g_strdup_printf ("%.*s…", (int) (p - start), start);
}

/* A decoded field name for a message: shortened, its control characters
 * written as escapes again */
static char *
shown_name (const char *name,
            gsize       length)
{
  g_autofree char *cut = vb_json_shorten (name, length);
  GString *shown = g_string_new (NULL);

  for (const char *p = cut; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7F)
      g_string_append_printf (shown, "\\u%04X", (guchar) *p);
    else
      g_string_append_c (shown, *p);
  return g_string_free (shown, FALSE);
}

/* What is at offset, for “… but found X” */
char *
vb_json_describe_at (const Scanner *s,
                     gsize          offset)
{
  gunichar c;
  gsize n;
  char buf[8] = { 0 };

  if (offset >= s->length)
    return g_strdup (_("the end of the file"));
  if (s->data[offset] < 0x20 || s->data[offset] == 0x7F)
    return g_strdup_printf (_("the control character U+%04X"), s->data[offset]);
  n = vb_json_utf8_sequence_length (s->data + offset, s->length - offset);
  g_assert (n > 0);
  c = g_utf8_get_char ((const char *) s->data + offset);
  if (!g_unichar_isgraph (c))
    return g_strdup_printf (_("the invisible character U+%04X"), c);
  g_unichar_to_utf8 (c, buf);
  return g_strdup_printf ("“%s”", buf);
}

gboolean
vb_json_fail_utf8 (Scanner *s,
                   gsize    offset)
{
  return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, offset,
                       _("the text here is not valid UTF-8 (it begins with the byte 0x%02X); "
                         "the file must be saved as UTF-8"),
                       s->data[offset]);
}

/* A comment of any kind: // or slash-star (JavaScript), # (YAML, shell) */
static gboolean
is_comment_at (const Scanner *s,
               gsize          p)
{
  if (s->data[p] == '#')
    return TRUE;
  return s->data[p] == '/' && p + 1 < s->length && (s->data[p + 1] == '/' || s->data[p + 1] == '*');
}

gboolean
vb_json_report_duplicate (Scanner      *s,
                          const KeySet *set,
                          gsize         repeated)
{
  const KeyEntry *entry = &set->entries[repeated];
  g_autofree char *shown = shown_name (vb_json_key_name (set, entry), entry->length);
  g_autofree char *what = g_strdup_printf (_("the field “%s” appears twice in one object"), shown);

  return report (s, VB_IMPORT_ERROR_SYNTAX, entry->start, what);
}

/* Before another error is reported: the names still waiting for their
 * check come earlier in the file, so a repeated one among them wins */
static gboolean
report_pending_duplicate (Scanner *s)
{
  const KeySet *first_set = NULL;
  gsize first = 0;

  for (gsize d = 0; d < s->depth; d++)
    {
      KeySet *set = s->frames[d].keys;
      gsize repeated;

      if (set == NULL || set->slots == NULL || vb_json_key_set_flush (set, &repeated))
        continue;
      if (first_set == NULL || set->entries[repeated].start < first_set->entries[first].start)
        {
          first_set = set;
          first = repeated;
        }
    }
  return first_set != NULL && !vb_json_report_duplicate (s, first_set, first);
}

/* The last field name of the innermost object, for a message */
static char *
shown_last_key (const Frame *frame)
{
  const KeySet *set = frame->keys;
  const KeyEntry *entry;

  g_assert (set->n_entries > 0);
  entry = &set->entries[set->n_entries - 1];
  return shown_name (vb_json_key_name (set, entry), entry->length);
}

/* The byte at p does not fit the grammar in this state: say why */
gboolean
vb_json_fail_unexpected (Scanner *s,
                         State    state,
                         gsize    p)
{
  const Frame *top = s->depth ? &s->frames[s->depth - 1] : NULL;
  g_autofree char *found = NULL;
  g_autofree char *field = NULL;
  guchar c = s->data[p];

  if (is_comment_at (s, p))
    return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s", _("comments (// …, /* … */ or # …) are not allowed in JSON"));
  if (c >= 0x80 && vb_json_utf8_sequence_length (s->data + p, s->length - p) == 0)
    return vb_json_fail_utf8 (s, p);
  found = vb_json_describe_at (s, p);
  if (top && top->is_object && state != EXPECT_KEY && state != EXPECT_KEY_OR_CLOSE)
    field = shown_last_key (top);   /* after a field name */

  switch (state)
    {
    case EXPECT_VALUE:
    case EXPECT_VALUE_OR_CLOSE:
      if (top && !top->is_object && c == ']')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a comma (,) is followed by a closing bracket (]): there is one comma too many "
                               "after the last item of the array"));
      if (top && !top->is_object && c == ',')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a value is missing in the array: there is a comma (,) with no value before it"));
      if (top && top->is_object && (c == '}' || c == ','))
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, _("the field “%s” has no value after its colon (:)"), field);
      if (c == '\'')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a text must be in double quotes (\"…\"), not in single quotes"));
      if (c == '+')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a number cannot start with a plus sign (+): write 5, not +5"));
      if (c == '.')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a number must have a digit before its decimal point (write 0.5, not .5)"));
      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                           _("a value was expected here (a text in double quotes, a number, true, false, null, "
                             "an array […] or an object {…}), but found %s"), found);

    case EXPECT_KEY:
    case EXPECT_KEY_OR_CLOSE:
      if (state == EXPECT_KEY && c == '}')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a comma (,) is followed by a closing brace (}): there is one comma too many "
                               "after the last field of the object"));
      if (c == '\'')
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                             _("a field name must be in double quotes (\"…\"), not in single quotes"));
      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                           _("a field name in double quotes (\"…\") was expected here, but found %s"), found);

    case EXPECT_COLON:
      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                           _("a colon (:) must follow the field name “%s”, but found %s"), field, found);

    case EXPECT_COMMA_OR_CLOSE:
      if (top->is_object)
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                             _("a comma (,) or a closing brace (}) was expected after the value of the field “%s”, "
                               "but found %s"), field, found);
      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                           _("a comma (,) or a closing bracket (]) was expected after an item of the array, "
                             "but found %s"), found);

    case EXPECT_END:
      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                           _("there is more after the end of the data (%s): a file holds exactly one value, "
                             "not a second document or stray characters"), found);

    default:
      g_assert_not_reached ();
    }
}

gboolean
vb_json_fail_end_of_file (Scanner *s)
{
  const Frame *top = s->depth ? &s->frames[s->depth - 1] : NULL;
  g_autofree char *where = NULL;
  gsize line, column;

  if (top == NULL)
    return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, s->length, "%s", _("the file holds only blank space, no data"));
  position_of (s, top->open, &line, &column);
  where = g_strdup_printf (_("line %lu, column %lu"), (unsigned long) line, (unsigned long) column);
  if (top->is_object)
    return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, s->length,
                         _("the file ends before the object that starts on %s is closed: a closing brace (}) "
                           "or more is missing"), where);
  return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, s->length,
                       _("the file ends before the array that starts on %s is closed: a closing bracket (]) "
                         "or more is missing"), where);
}
