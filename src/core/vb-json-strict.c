/* vb-json-strict.c — a strict RFC 8259 check of untrusted JSON
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 is lenient (single quotes, comments, a second document,
 * hexadecimal numbers, 1e400 as infinity, integers wrapped past int64) and
 * recursive without a limit, so an import hands it only text that passed
 * this check: exactly one RFC 8259 value, valid UTF-8 throughout, no NUL
 * character, no lone surrogate, every number finite and every whole number
 * inside int64, no field twice in one object, within the caller's limits.
 *
 * One pass over the bytes with an explicit stack on the heap (no recursion,
 * so no depth can overflow the C stack); the field names of each open
 * object sit in a set (vb-json-keyset.c), so the whole check is linear.
 * Line and column are worked out only when there is an error to report,
 * and the messages are written in vb-json-report.c.
 */

#define G_LOG_DOMAIN "vb-json-strict"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-json-strict.h"
#include "vb-json-scanner.h"

/* 2^1024 − 2^970 without its trailing zeros: a decimal number at least this
 * large rounds to infinity as a double (round half to even, and DBL_MAX has
 * an odd significand), anything smaller rounds to a finite value. It has 309
 * digits before the decimal point. */
static const char overflow_digits[] =
  "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901"
  "79775872070963302864166928879109465555478519404026306574886715058206819089020007083836762"
  "73854845817711531764475730270069855571366959622842914819860834936475292719074168444365510"
  "704342711559699508093042880177904174497792";
#define OVERFLOW_EXPONENT 309

static gboolean
is_space (guchar b)
{
  return b == ' ' || b == '\n' || b == '\r' || b == '\t';
}

static gboolean
is_plain_string_byte (guchar b)
{
  return b >= 0x20 && b < 0x80 && b != '"' && b != '\\';
}

static gboolean
is_word_byte (guchar b)
{
  return g_ascii_isalnum (b) || b == '_';
}

/* ------------------------------------------------------------ values */

static gboolean
word_is (const char *word,
         gsize       length,
         const char *literal,
         gboolean    ignore_case)
{
  if (length != strlen (literal))
    return FALSE;
  return ignore_case ? g_ascii_strncasecmp (word, literal, length) == 0 : memcmp (word, literal, length) == 0;
}

/* A word where a value belongs: true, false, null, or an error naming it.
 * *pos is where its letters start; word_start is before a minus sign if
 * there is one (-Infinity). */
static gboolean
scan_word (Scanner *s,
           gsize   *pos,
           gsize    word_start)
{
  const char *d = (const char *) s->data;
  gsize start = *pos, p = *pos;
  g_autofree char *word = NULL;

  while (p < s->length && is_word_byte (s->data[p]))
    p++;
  if (word_start == start &&
      (word_is (d + start, p - start, "true", FALSE) || word_is (d + start, p - start, "false", FALSE) ||
       word_is (d + start, p - start, "null", FALSE)))
    {
      *pos = p;
      return TRUE;
    }

  word = vb_json_shorten (d + word_start, p - word_start);
  if (word_start == start &&
      (word_is (d + start, p - start, "true", TRUE) || word_is (d + start, p - start, "false", TRUE) ||
       word_is (d + start, p - start, "null", TRUE)))
    return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, word_start,
                         _("“%s” is not a value: true, false and null are written in small letters"), word);
  if (word_is (d + start, p - start, "nan", TRUE) || word_is (d + start, p - start, "inf", TRUE) ||
      word_is (d + start, p - start, "infinity", TRUE))
    return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, word_start,
                         _("“%s” is not a number JSON allows: a number is written in digits and is finite"), word);
  return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, word_start,
                       _("“%s” is not a value: a text must be in double quotes (\"…\"), and the only words "
                         "JSON knows are true, false and null"), word);
}

/* Is the number with these digits finite as a double? The value is
 * 0.DIGITS × 10^e after leading zeros; compare with overflow_digits. */
static gboolean
number_is_finite (const guchar *d,
                  gsize         int_start,
                  gsize         int_end,
                  gsize         frac_start,
                  gsize         frac_end,
                  gint64        exponent)
{
  gsize seg_start[2], seg_end[2];
  guint segments;
  gint64 e;
  gsize i = 0;

  if (int_end - int_start > 1 || d[int_start] != '0')
    {
      e = (gint64) (int_end - int_start) + exponent;
      seg_start[0] = int_start;
      seg_end[0] = int_end;
      seg_start[1] = frac_start;
      seg_end[1] = frac_end;
      segments = 2;
    }
  else
    {
      gsize z = frac_start;

      while (z < frac_end && d[z] == '0')
        z++;
      if (z == frac_end)
        return TRUE;    /* zero */
      e = exponent - (gint64) (z - frac_start);
      seg_start[0] = z;
      seg_end[0] = frac_end;
      segments = 1;
    }

  if (e < OVERFLOW_EXPONENT)
    return TRUE;
  if (e > OVERFLOW_EXPONENT)
    return FALSE;
  for (guint k = 0; k < segments; k++)
    for (gsize q = seg_start[k]; q < seg_end[k]; q++, i++)
      {
        if (overflow_digits[i] == '\0')
          return FALSE;   /* at least the threshold */
        if (d[q] != overflow_digits[i])
          return d[q] < overflow_digits[i];
      }
  /* a prefix of the threshold, which ends in a non-zero digit: smaller */
  return overflow_digits[i] == '\0' ? FALSE : TRUE;
}

/* -? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?, finite, and inside
 * int64 when it is a whole number (no fraction, no exponent) */
static gboolean
scan_number (Scanner *s,
             gsize   *pos)
{
  const guchar *d = s->data;
  gsize n = s->length;
  gsize start = *pos, p = start;
  gsize int_start, int_end, frac_start, frac_end;
  gboolean negative = FALSE, whole = TRUE;
  gint64 exponent = 0;

  if (d[p] == '-')
    {
      negative = TRUE;
      p++;
      if (p < n && g_ascii_isalpha (d[p]))
        {
          *pos = p;
          return scan_word (s, pos, start);
        }
      if (p >= n || !g_ascii_isdigit (d[p]))
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, start, "%s", _("a minus sign (-) must be followed by a digit"));
    }

  int_start = p;
  if (d[p] == '0')
    {
      p++;
      if (p < n && (d[p] == 'x' || d[p] == 'X'))
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, start, "%s",
                             _("hexadecimal numbers (0x…) are not allowed: write the number in decimal digits"));
      if (p < n && g_ascii_isdigit (d[p]))
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, start, "%s",
                             _("a number cannot start with a leading zero followed by more digits (write 7, not 07)"));
    }
  else
    while (p < n && g_ascii_isdigit (d[p]))
      p++;
  int_end = frac_start = frac_end = p;

  if (p < n && d[p] == '.')
    {
      p++;
      frac_start = p;
      while (p < n && g_ascii_isdigit (d[p]))
        p++;
      frac_end = p;
      if (frac_end == frac_start)
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, frac_start - 1, "%s",
                             _("a decimal point must be followed by at least one digit (write 1.0 or 1, not 1.)"));
      whole = FALSE;
    }

  if (p < n && (d[p] == 'e' || d[p] == 'E'))
    {
      gsize e_at = p;
      gboolean exponent_negative = FALSE;

      p++;
      if (p < n && (d[p] == '+' || d[p] == '-'))
        exponent_negative = d[p++] == '-';
      if (p >= n || !g_ascii_isdigit (d[p]))
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, e_at, "%s",
                             _("the exponent of a number (e or E) must be followed by digits, as in 1e6"));
      for (; p < n && g_ascii_isdigit (d[p]); p++)
        if (exponent < 1000000000)   /* beyond that, only its sign matters */
          exponent = exponent * 10 + (d[p] - '0');
      if (exponent_negative)
        exponent = -exponent;
      whole = FALSE;
    }
  *pos = p;

  if (whole)
    {
      gsize digits = int_end - int_start;
      const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

      if (digits > 19 || (digits == 19 && memcmp (d + int_start, limit, 19) > 0))
        {
          g_autofree char *shown = vb_json_shorten ((const char *) d + start, p - start);
          return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, start,
                               _("the whole number %s is too large: whole numbers must lie between "
                                 "-9223372036854775808 and 9223372036854775807"), shown);
        }
    }
  else if (!number_is_finite (d, int_start, int_end, frac_start, frac_end, exponent))
    {
      g_autofree char *shown = vb_json_shorten ((const char *) d + start, p - start);
      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, start,
                           _("the number %s is too large to be stored (numbers must lie between "
                             "-1.7976931348623157e308 and 1.7976931348623157e308)"), shown);
    }
  return TRUE;
}

/* Four hexadecimal digits at p */
static gboolean
read_hex4 (const Scanner *s,
           gsize          p,
           gunichar      *value)
{
  gunichar v = 0;

  if (p + 4 > s->length)
    return FALSE;
  for (gsize i = p; i < p + 4; i++)
    {
      int x = g_ascii_xdigit_value (s->data[i]);
      if (x < 0)
        return FALSE;
      v = v * 16 + (gunichar) x;
    }
  *value = v;
  return TRUE;
}

static gboolean
fail_too_long (Scanner *s,
               gsize    open)
{
  g_autofree char *size = g_format_size (s->limits->max_string_bytes);

  return vb_json_fail (s, VB_IMPORT_ERROR_TOO_LARGE, open,
                       _("the text that starts here is longer than %s (%lu bytes)"),
                       size, (unsigned long) s->limits->max_string_bytes);
}

/* The string whose opening quote is at *pos; with decoded, its value in
 * UTF-8 is appended there (for field names). On success *pos is past the
 * closing quote. */
static gboolean
scan_string (Scanner *s,
             gsize   *pos,
             Bytes   *decoded)
{
  const guchar *d = s->data;
  gsize n = s->length;
  gsize open = *pos;
  gsize content = open + 1;
  gsize max = s->limits->max_string_bytes;
  gsize stop = n - content > max ? content + max + 1 : n;   /* reading further cannot help */
  gsize p = content;

  for (;;)
    {
      gsize run = p;
      gsize esc;

      while (p < stop && is_plain_string_byte (d[p]))
        p++;
      if (decoded && p > run)
        vb_json_bytes_append (decoded, d + run, p - run);
      if (p - content > max)
        return fail_too_long (s, open);
      if (p >= n)
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, open, "%s",
                             _("the text that starts here is never closed: its closing double quote (\") is missing"));

      if (d[p] == '"')
        {
          *pos = p + 1;
          return TRUE;
        }

      if (d[p] >= 0x80)
        {
          gsize len = vb_json_utf8_sequence_length (d + p, n - p);

          if (len == 0)
            return vb_json_fail_utf8 (s, p);
          if (decoded)
            vb_json_bytes_append (decoded, d + p, len);
          p += len;
          continue;
        }

      if (d[p] < 0x20)
        {
          if (d[p] == '\n' || d[p] == '\r')
            return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                                 _("a text goes on past the end of the line: a line break inside a text must be "
                                   "written as \\n, or the closing double quote (\") is missing"));
          if (d[p] == '\t')
            return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                                 _("a text holds a tab character, which must be written as \\t"));
          return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                               _("a text holds the control character U+%04X, which must be written as \\u%04X"),
                               d[p], d[p]);
        }

      /* a backslash */
      esc = p++;
      if (p >= n)
        return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, open, "%s",
                             _("the text that starts here is never closed: its closing double quote (\") is missing"));
      switch (d[p])
        {
        case '"': case '\\': case '/':
          if (decoded)
            vb_json_bytes_append (decoded, d + p, 1);
          p++;
          break;
        case 'b': case 'f': case 'n': case 'r': case 't':
          if (decoded)
            {
              char c = d[p] == 'b' ? '\b' : d[p] == 'f' ? '\f' : d[p] == 'n' ? '\n' : d[p] == 'r' ? '\r' : '\t';
              vb_json_bytes_append (decoded, &c, 1);
            }
          p++;
          break;
        case 'u':
          {
            gunichar c, low;

            if (!read_hex4 (s, p + 1, &c))
              return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, esc, "%s",
                                   _("\\u in a text must be followed by exactly four hexadecimal digits (0–9, A–F), "
                                     "as in \\u00E9"));
            p += 5;
            if (c == 0)
              return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, esc, "%s",
                                   _("a text holds a NUL character (\\u0000), which no field may hold"));
            if (c >= 0xDC00 && c <= 0xDFFF)
              return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                                   _("a text holds half of a character: \\u%04X is a second half (a low surrogate) "
                                     "with no first half (\\uD800–\\uDBFF) before it"), c);
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                if (p + 1 < n && d[p] == '\\' && d[p + 1] == 'u')
                  {
                    if (!read_hex4 (s, p + 2, &low))
                      return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                                           _("\\u in a text must be followed by exactly four hexadecimal digits "
                                             "(0–9, A–F), as in \\u00E9"));
                  }
                else
                  low = 0;
                if (low < 0xDC00 || low > 0xDFFF)
                  return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                                       _("a text holds half of a character: \\u%04X (a high surrogate) must be "
                                         "followed by its second half, \\uDC00–\\uDFFF"), c);
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
              }
            if (decoded)
              {
                char utf8[6];
                vb_json_bytes_append (decoded, utf8, (gsize) g_unichar_to_utf8 (c, utf8));
              }
          }
          break;
        default:
          {
            g_autofree char *found = NULL;

            if (d[p] >= 0x80 && vb_json_utf8_sequence_length (d + p, n - p) == 0)
              return vb_json_fail_utf8 (s, p);
            if (d[p] < 0x20)
              return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                                   _("a backslash (\\) in a text is followed by the control character U+%04X; the "
                                     "escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hexadecimal digits"),
                                   d[p]);
            found = vb_json_describe_at (s, p);
            return vb_json_fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                                 _("a backslash (\\) in a text is followed by %s, which is not an escape JSON knows; "
                                   "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hexadecimal "
                                   "digits (write \\\\ for a backslash)"), found);
          }
        }
    }
}

/* ------------------------------------------------------------- stack */

static gboolean
push (Scanner  *s,
      gsize     open,
      gboolean  is_object)
{
  Frame frame = { is_object, open, NULL };

  if (s->depth >= s->limits->max_depth)
    return vb_json_fail (s, VB_IMPORT_ERROR_TOO_DEEP, open,
                         ngettext ("arrays and objects are nested here more than %u level deep",
                                   "arrays and objects are nested here more than %u levels deep",
                                   s->limits->max_depth),
                         s->limits->max_depth);
  if (is_object)
    {
      if (s->key_sets->len <= s->depth)
        g_ptr_array_set_size (s->key_sets, s->depth + 1);
      if (s->key_sets->pdata[s->depth] == NULL)
        s->key_sets->pdata[s->depth] = vb_json_key_set_new ();
      frame.keys = s->key_sets->pdata[s->depth];
    }
  if (s->depth == s->n_frames)
    {
      s->n_frames = MAX (16, 2 * s->n_frames);
      s->frames = g_renew (Frame, s->frames, s->n_frames);
    }
  s->frames[s->depth++] = frame;
  return TRUE;
}

/* Closes the innermost array or object; FALSE if a field name of the
 * object, still waiting for its check, is there twice */
static gboolean
pop (Scanner *s)
{
  KeySet *set = s->frames[s->depth - 1].keys;

  if (set)
    {
      gsize repeated;

      if (set->slots && !vb_json_key_set_flush (set, &repeated))
        return vb_json_report_duplicate (s, set, repeated);
      vb_json_key_set_clear (set);
    }
  s->depth--;
  return TRUE;
}

static Frame *
top_frame (Scanner *s)
{
  return s->depth ? &s->frames[s->depth - 1] : NULL;
}

/* A field name at *pos, in the innermost object */
static gboolean
scan_key (Scanner *s,
          gsize   *pos)
{
  Frame *top = top_frame (s);
  gsize start = *pos;
  gsize offset, repeated;

  g_assert (top != NULL && top->is_object);
  if (top->keys->n_entries >= s->limits->max_members || top->keys->n_entries >= G_MAXUINT32 - 1)
    return vb_json_fail (s, VB_IMPORT_ERROR_TOO_LARGE, start,
                         ngettext ("an object holds more than %u field",
                                   "an object holds more than %u fields",
                                   s->limits->max_members),
                         s->limits->max_members);
  offset = top->keys->names.len;
  if (!scan_string (s, pos, &top->keys->names))
    return FALSE;
  if (!vb_json_key_set_add (top->keys, s->hash_key, offset, start, &repeated))
    return vb_json_report_duplicate (s, top->keys, repeated);
  return TRUE;
}

/* -------------------------------------------------------------- scan */

/* A scalar value, or the opening of an array or object, at *pos */
static gboolean
begin_value (Scanner *s,
             gsize   *pos,
             State   *state)
{
  gsize p = *pos;
  guchar c = s->data[p];

  switch (c)
    {
    case '{':
    case '[':
      if (!push (s, p, c == '{'))
        return FALSE;
      *pos = p + 1;
      *state = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
      return TRUE;
    case '"':
      if (!scan_string (s, pos, NULL))
        return FALSE;
      break;
    case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      if (!scan_number (s, pos))
        return FALSE;
      break;
    default:
      if (!g_ascii_isalpha (c) && c != '_')
        return vb_json_fail_unexpected (s, *state, p);
      if (!scan_word (s, pos, p))
        return FALSE;
      break;
    }
  *state = s->depth ? EXPECT_COMMA_OR_CLOSE : EXPECT_END;
  return TRUE;
}

static gboolean
scan (Scanner *s)
{
  const guchar *d = s->data;
  gsize n = s->length;
  State state = EXPECT_VALUE;
  gsize p = 0;

  for (;;)
    {
      Frame *top;

      while (p < n && is_space (d[p]))
        p++;
      if (p >= n)
        return state == EXPECT_END ? TRUE : vb_json_fail_end_of_file (s);

      switch (state)
        {
        case EXPECT_VALUE_OR_CLOSE:
          if (d[p] == ']')
            goto close;
          G_GNUC_FALLTHROUGH;
        case EXPECT_VALUE:
          if (d[p] == ']' || d[p] == '}' || d[p] == ',')
            return vb_json_fail_unexpected (s, state, p);
          if (!begin_value (s, &p, &state))
            return FALSE;
          break;

        case EXPECT_KEY_OR_CLOSE:
          if (d[p] == '}')
            goto close;
          G_GNUC_FALLTHROUGH;
        case EXPECT_KEY:
          if (d[p] != '"')
            return vb_json_fail_unexpected (s, state, p);
          if (!scan_key (s, &p))
            return FALSE;
          state = EXPECT_COLON;
          break;

        case EXPECT_COLON:
          if (d[p] != ':')
            return vb_json_fail_unexpected (s, state, p);
          p++;
          state = EXPECT_VALUE;
          break;

        case EXPECT_COMMA_OR_CLOSE:
          top = top_frame (s);
          if (d[p] == ',')
            {
              p++;
              state = top->is_object ? EXPECT_KEY : EXPECT_VALUE;
              break;
            }
          if (d[p] == (top->is_object ? '}' : ']'))
            goto close;
          return vb_json_fail_unexpected (s, state, p);

        case EXPECT_END:
          return vb_json_fail_unexpected (s, state, p);

        default:
          g_assert_not_reached ();
        }
      continue;

    close:
      if (!pop (s))
        return FALSE;
      p++;
      state = s->depth ? EXPECT_COMMA_OR_CLOSE : EXPECT_END;
    }
}

/* ------------------------------------------------------------ public */

gboolean
vb_json_strict_validate (const char          *data,
                         gsize                length,
                         const VbJsonLimits  *limits,
                         GError             **error)
{
  Scanner s = { .data = (const guchar *) data, .length = length, .limits = limits, .error = error };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length > limits->max_bytes)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *max = g_format_size (limits->max_bytes);

      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a project export: it holds %s (%lu bytes); "
                     "an export holds at most %s (%lu bytes)."),
                   size, (unsigned long) length, max, (unsigned long) limits->max_bytes);
      return FALSE;
    }
  if (length == 0)
    return vb_json_fail (&s, VB_IMPORT_ERROR_SYNTAX, 0, "%s", _("the file is empty"));
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return vb_json_fail (&s, VB_IMPORT_ERROR_SYNTAX, 0, "%s",
                         _("the file starts with a byte-order mark (BOM, an invisible mark some editors add), "
                           "which JSON does not allow: save the file as UTF-8 without BOM"));

  s.key_sets = g_ptr_array_new_with_free_func (vb_json_key_set_free);
  s.hash_key[0] = ((guint64) g_random_int () << 32) | g_random_int ();
  s.hash_key[1] = ((guint64) g_random_int () << 32) | g_random_int ();
  ok = scan (&s);
  g_free (s.frames);
  g_ptr_array_unref (s.key_sets);
  return ok;
}
