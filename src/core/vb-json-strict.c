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
 * object sit in a set (KeySet below), so the whole check is linear. Line
 * and column are worked out only when there is an error to report.
 */

#define G_LOG_DOMAIN "vb-json-strict"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-error.h"
#include "vb-json-strict.h"

typedef enum {
  EXPECT_VALUE,           /* at the start, after a comma in an array, after a colon */
  EXPECT_VALUE_OR_CLOSE,  /* after [ */
  EXPECT_KEY_OR_CLOSE,    /* after { */
  EXPECT_KEY,             /* after a comma in an object */
  EXPECT_COLON,           /* after a field name */
  EXPECT_COMMA_OR_CLOSE,  /* after a value inside an array or an object */
  EXPECT_END,             /* after the one value of the document */
} State;

/* Bytes one after the other; a GString costs a call for each append */
typedef struct {
  char  *data;
  gsize  len;
  gsize  allocated;
} Bytes;

/* The field names of one open object: their decoded bytes one after the
 * other in names and an entry per name, in the order of the file. An
 * object with few fields is searched from end to end. Past KEY_SET_LINEAR
 * names an open-addressing table of 8-byte slots is built over the entries;
 * a name gets its slot in a batch with the next few, so that the memory
 * holding their slots is fetched in parallel (a large object's table does
 * not fit in the cache, and one fetch at a time dominated the check).
 * Emptying the set for the next object at the same depth costs at most a
 * few slots per name it held; no name is allocated on its own. The hash is
 * SipHash-1-3 under a key drawn for each check, so that a file cannot be
 * made of names that all collide (as it could with g_str_hash). */
typedef struct {
  gsize   offset;         /* in names */
  gsize   length;
  gsize   start;          /* its opening quote in the file */
  guint32 hash;           /* once the set has a table */
} KeyEntry;

typedef struct {
  guint32 hash;
  guint32 entry;          /* 1 + index in entries; 0 for a free slot */
} KeySlot;

typedef struct {
  Bytes     names;
  KeyEntry *entries;
  gsize     n_entries;
  gsize     n_allocated;
  KeySlot  *slots;        /* NULL while the set is small */
  gsize     n_slots;      /* a power of two */
  gsize     n_placed;     /* entries [n_placed, n_entries) still wait for a slot */
} KeySet;

typedef struct {
  gboolean  is_object;
  gsize     open;         /* offset of its [ or { */
  KeySet   *keys;         /* borrowed from Scanner.key_sets; NULL for an array */
} Frame;

typedef struct {
  const guchar       *data;
  gsize               length;
  const VbJsonLimits *limits;
  GError            **error;
  Frame              *frames;     /* the open arrays and objects, innermost last */
  gsize               depth;
  gsize               n_frames;   /* allocated */
  GPtrArray          *key_sets;   /* KeySet per depth, reused by the objects at that depth */
  guint64             hash_key[2];
} Scanner;

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

#define SHOWN_CHARS 40

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

/* The length of the well-formed UTF-8 sequence at p (Unicode table 3-7:
 * no overlong form, no surrogate, nothing above U+10FFFF), 0 if there is none */
static gsize
utf8_sequence_length (const guchar *p,
                      gsize         available)
{
  guchar lo = 0x80, hi = 0xBF;
  gsize n;

  if (p[0] < 0x80)
    return 1;
  if (p[0] < 0xC2)
    return 0;
  if (p[0] < 0xE0)
    n = 2;
  else if (p[0] < 0xF0)
    {
      n = 3;
      if (p[0] == 0xE0)
        lo = 0xA0;
      else if (p[0] == 0xED)
        hi = 0x9F;
    }
  else if (p[0] < 0xF5)
    {
      n = 4;
      if (p[0] == 0xF0)
        lo = 0x90;
      else if (p[0] == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;

  if (available < 2 || p[1] < lo || p[1] > hi)
    return 0;
  for (gsize i = 2; i < n; i++)
    if (i >= available || (p[i] & 0xC0) != 0x80)
      return 0;
  return n;
}

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

static gboolean
fail (Scanner    *s,
      int         code,
      gsize       offset,
      const char *format,
      ...) G_GNUC_PRINTF (4, 5);
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

static gboolean
fail (Scanner    *s,
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
static char *
shorten (const char *start,
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
  g_autofree char *cut = shorten (name, length);
  GString *shown = g_string_new (NULL);

  for (const char *p = cut; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7F)
      g_string_append_printf (shown, "\\u%04X", (guchar) *p);
    else
      g_string_append_c (shown, *p);
  return g_string_free (shown, FALSE);
}

/* What is at offset, for “… but found X” */
static char *
describe_at (const Scanner *s,
             gsize          offset)
{
  gunichar c;
  gsize n;
  char buf[8] = { 0 };

  if (offset >= s->length)
    return g_strdup (_("the end of the file"));
  if (s->data[offset] < 0x20 || s->data[offset] == 0x7F)
    return g_strdup_printf (_("the control character U+%04X"), s->data[offset]);
  n = utf8_sequence_length (s->data + offset, s->length - offset);
  g_assert (n > 0);
  c = g_utf8_get_char ((const char *) s->data + offset);
  if (!g_unichar_isgraph (c))
    return g_strdup_printf (_("the invisible character U+%04X"), c);
  g_unichar_to_utf8 (c, buf);
  return g_strdup_printf ("“%s”", buf);
}

static gboolean
fail_utf8 (Scanner *s,
           gsize    offset)
{
  return fail (s, VB_IMPORT_ERROR_SYNTAX, offset,
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

  word = shorten (d + word_start, p - word_start);
  if (word_start == start &&
      (word_is (d + start, p - start, "true", TRUE) || word_is (d + start, p - start, "false", TRUE) ||
       word_is (d + start, p - start, "null", TRUE)))
    return fail (s, VB_IMPORT_ERROR_SYNTAX, word_start,
                 _("“%s” is not a value: true, false and null are written in small letters"), word);
  if (word_is (d + start, p - start, "nan", TRUE) || word_is (d + start, p - start, "inf", TRUE) ||
      word_is (d + start, p - start, "infinity", TRUE))
    return fail (s, VB_IMPORT_ERROR_SYNTAX, word_start,
                 _("“%s” is not a number JSON allows: a number is written in digits and is finite"), word);
  return fail (s, VB_IMPORT_ERROR_SYNTAX, word_start,
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
        return fail (s, VB_IMPORT_ERROR_SYNTAX, start, "%s", _("a minus sign (-) must be followed by a digit"));
    }

  int_start = p;
  if (d[p] == '0')
    {
      p++;
      if (p < n && (d[p] == 'x' || d[p] == 'X'))
        return fail (s, VB_IMPORT_ERROR_SYNTAX, start, "%s",
                     _("hexadecimal numbers (0x…) are not allowed: write the number in decimal digits"));
      if (p < n && g_ascii_isdigit (d[p]))
        return fail (s, VB_IMPORT_ERROR_SYNTAX, start, "%s",
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
        return fail (s, VB_IMPORT_ERROR_SYNTAX, frac_start - 1, "%s",
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
        return fail (s, VB_IMPORT_ERROR_SYNTAX, e_at, "%s",
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
          g_autofree char *shown = shorten ((const char *) d + start, p - start);
          return fail (s, VB_IMPORT_ERROR_SYNTAX, start,
                       _("the whole number %s is too large: whole numbers must lie between "
                         "-9223372036854775808 and 9223372036854775807"), shown);
        }
    }
  else if (!number_is_finite (d, int_start, int_end, frac_start, frac_end, exponent))
    {
      g_autofree char *shown = shorten ((const char *) d + start, p - start);
      return fail (s, VB_IMPORT_ERROR_SYNTAX, start,
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

  return fail (s, VB_IMPORT_ERROR_TOO_LARGE, open,
               _("the text that starts here is longer than %s (%lu bytes)"),
               size, (unsigned long) s->limits->max_string_bytes);
}

static void
bytes_grow (Bytes *b,
            gsize  more)
{
  b->allocated = MAX (MAX (64, 2 * b->allocated), b->len + more);
  b->data = g_realloc (b->data, b->allocated);
}

static inline void
bytes_append (Bytes      *b,
              const void *data,
              gsize       n)
{
  if (n == 0)
    return;
  if (b->allocated - b->len < n)
    bytes_grow (b, n);
  memcpy (b->data + b->len, data, n);
  b->len += n;
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
        bytes_append (decoded, d + run, p - run);
      if (p - content > max)
        return fail_too_long (s, open);
      if (p >= n)
        return fail (s, VB_IMPORT_ERROR_SYNTAX, open, "%s",
                     _("the text that starts here is never closed: its closing double quote (\") is missing"));

      if (d[p] == '"')
        {
          *pos = p + 1;
          return TRUE;
        }

      if (d[p] >= 0x80)
        {
          gsize len = utf8_sequence_length (d + p, n - p);

          if (len == 0)
            return fail_utf8 (s, p);
          if (decoded)
            bytes_append (decoded, d + p, len);
          p += len;
          continue;
        }

      if (d[p] < 0x20)
        {
          if (d[p] == '\n' || d[p] == '\r')
            return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                         _("a text goes on past the end of the line: a line break inside a text must be "
                           "written as \\n, or the closing double quote (\") is missing"));
          if (d[p] == '\t')
            return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                         _("a text holds a tab character, which must be written as \\t"));
          return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                       _("a text holds the control character U+%04X, which must be written as \\u%04X"),
                       d[p], d[p]);
        }

      /* a backslash */
      esc = p++;
      if (p >= n)
        return fail (s, VB_IMPORT_ERROR_SYNTAX, open, "%s",
                     _("the text that starts here is never closed: its closing double quote (\") is missing"));
      switch (d[p])
        {
        case '"': case '\\': case '/':
          if (decoded)
            bytes_append (decoded, d + p, 1);
          p++;
          break;
        case 'b': case 'f': case 'n': case 'r': case 't':
          if (decoded)
            {
              char c = d[p] == 'b' ? '\b' : d[p] == 'f' ? '\f' : d[p] == 'n' ? '\n' : d[p] == 'r' ? '\r' : '\t';
              bytes_append (decoded, &c, 1);
            }
          p++;
          break;
        case 'u':
          {
            gunichar c, low;

            if (!read_hex4 (s, p + 1, &c))
              return fail (s, VB_IMPORT_ERROR_SYNTAX, esc, "%s",
                           _("\\u in a text must be followed by exactly four hexadecimal digits (0–9, A–F), "
                             "as in \\u00E9"));
            p += 5;
            if (c == 0)
              return fail (s, VB_IMPORT_ERROR_SYNTAX, esc, "%s",
                           _("a text holds a NUL character (\\u0000), which no field may hold"));
            if (c >= 0xDC00 && c <= 0xDFFF)
              return fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                           _("a text holds half of a character: \\u%04X is a second half (a low surrogate) "
                             "with no first half (\\uD800–\\uDBFF) before it"), c);
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                if (p + 1 < n && d[p] == '\\' && d[p + 1] == 'u')
                  {
                    if (!read_hex4 (s, p + 2, &low))
                      return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                                   _("\\u in a text must be followed by exactly four hexadecimal digits "
                                     "(0–9, A–F), as in \\u00E9"));
                  }
                else
                  low = 0;
                if (low < 0xDC00 || low > 0xDFFF)
                  return fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                               _("a text holds half of a character: \\u%04X (a high surrogate) must be "
                                 "followed by its second half, \\uDC00–\\uDFFF"), c);
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
              }
            if (decoded)
              {
                char utf8[6];
                bytes_append (decoded, utf8, (gsize) g_unichar_to_utf8 (c, utf8));
              }
          }
          break;
        default:
          {
            g_autofree char *found = NULL;

            if (d[p] >= 0x80 && utf8_sequence_length (d + p, n - p) == 0)
              return fail_utf8 (s, p);
            if (d[p] < 0x20)
              return fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                           _("a backslash (\\) in a text is followed by the control character U+%04X; the "
                             "escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hexadecimal digits"),
                           d[p]);
            found = describe_at (s, p);
            return fail (s, VB_IMPORT_ERROR_SYNTAX, esc,
                         _("a backslash (\\) in a text is followed by %s, which is not an escape JSON knows; "
                           "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hexadecimal "
                           "digits (write \\\\ for a backslash)"), found);
          }
        }
    }
}

/* ------------------------------------------------------------- stack */

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_ROUND(v0, v1, v2, v3) G_STMT_START {                                \
    v0 += v1; v1 = ROTL64 (v1, 13); v1 ^= v0; v0 = ROTL64 (v0, 32);              \
    v2 += v3; v3 = ROTL64 (v3, 16); v3 ^= v2;                                    \
    v0 += v3; v3 = ROTL64 (v3, 21); v3 ^= v0;                                    \
    v2 += v1; v1 = ROTL64 (v1, 17); v1 ^= v2; v2 = ROTL64 (v2, 32);              \
  } G_STMT_END

/* SipHash-1-3 (Aumasson and Bernstein, 2012) */
static guint64
siphash13 (const guint64  key[2],
           const guchar  *data,
           gsize          length)
{
  guint64 v0 = key[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575);
  guint64 v1 = key[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d);
  guint64 v2 = key[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261);
  guint64 v3 = key[1] ^ G_GUINT64_CONSTANT (0x7465646279746573);
  guint64 last = (guint64) length << 56;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 m;

      memcpy (&m, data + i, 8);
      m = GUINT64_FROM_LE (m);
      v3 ^= m;
      SIP_ROUND (v0, v1, v2, v3);
      v0 ^= m;
    }
  for (guint j = 0; i + j < length; j++)
    last |= (guint64) data[i + j] << (8 * j);
  v3 ^= last;
  SIP_ROUND (v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  SIP_ROUND (v0, v1, v2, v3);
  SIP_ROUND (v0, v1, v2, v3);
  SIP_ROUND (v0, v1, v2, v3);
  return v0 ^ v1 ^ v2 ^ v3;
}

#define KEY_SET_LINEAR    8     /* names searched one by one before a table is built */
#define KEY_SET_MIN_SLOTS 32
#define KEY_SET_BATCH     64    /* names placed in the table together */

static KeySet *
key_set_new (void)
{
  return g_new0 (KeySet, 1);
}

static void
key_set_free (gpointer data)
{
  KeySet *set = data;

  if (set == NULL)
    return;
  g_free (set->names.data);
  g_free (set->entries);
  g_free (set->slots);
  g_free (set);
}

/* A table much larger than the names it held goes, so that the cost of
 * emptying it stays proportional to them */
static void
key_set_clear (KeySet *set)
{
  if (set->slots != NULL)
    {
      if (set->n_slots > 4 * set->n_entries)
        g_clear_pointer (&set->slots, g_free);
      else
        memset (set->slots, 0, set->n_slots * sizeof (KeySlot));
    }
  set->names.len = 0;
  set->n_entries = 0;
  set->n_placed = 0;
}

static gboolean
key_set_same (const KeySet *set,
              gsize         a,
              gsize         b)
{
  if (set->entries[a].length != set->entries[b].length)
    return FALSE;
  return set->entries[a].length == 0 ||   /* then names.data may still be NULL */
         memcmp (set->names.data + set->entries[a].offset, set->names.data + set->entries[b].offset,
                 set->entries[a].length) == 0;
}

/* Gives entry i a slot; FALSE if an entry with a slot has the same name */
static gboolean
key_set_place (KeySet *set,
               gsize   i)
{
  gsize mask = set->n_slots - 1;
  guint32 hash = set->entries[i].hash;
  gsize j;

  for (j = hash & mask; set->slots[j].entry != 0; j = (j + 1) & mask)
    if (set->slots[j].hash == hash && key_set_same (set, set->slots[j].entry - 1, i))
      return FALSE;
  set->slots[j] = (KeySlot) { hash, (guint32) i + 1 };
  return TRUE;
}

/* Places the waiting entries; FALSE with *repeated, the first of them
 * whose name came before */
static gboolean
key_set_flush (KeySet *set,
               gsize  *repeated)
{
  for (; set->n_placed < set->n_entries; set->n_placed++)
    if (!key_set_place (set, set->n_placed))
      {
        *repeated = set->n_placed;
        return FALSE;
      }
  return TRUE;
}

/* Doubles the table. Walking the old slots in order, each lands at its own
 * position or that plus the old size: two streams through memory rather
 * than a jump per name. */
static void
key_set_grow (KeySet *set)
{
  KeySlot *old = set->slots;
  gsize n_old = set->n_slots;
  gsize mask;

  set->n_slots = 2 * n_old;
  set->slots = g_new0 (KeySlot, set->n_slots);
  mask = set->n_slots - 1;
  for (gsize i = 0; i < n_old; i++)
    if (old[i].entry != 0)
      {
        gsize j = old[i].hash & mask;

        while (set->slots[j].entry != 0)
          j = (j + 1) & mask;
        set->slots[j] = old[i];
      }
  g_free (old);
}

static void
key_set_hash (KeySet        *set,
              const guint64  hash_key[2],
              gsize          i)
{
  set->entries[i].hash = (guint32) siphash13 (hash_key, (const guchar *) set->names.data + set->entries[i].offset,
                                              set->entries[i].length);
}

/* Adds the name at [offset, end of names), whose opening quote is at start.
 * FALSE with *repeated when a name is there twice: this one, or (in a
 * large object) one of the few read before it. */
static gboolean
key_set_add (KeySet        *set,
             const guint64  hash_key[2],
             gsize          offset,
             gsize          start,
             gsize         *repeated)
{
  gsize i = set->n_entries;

  if (set->n_entries == set->n_allocated)
    {
      set->n_allocated = MAX (16, 2 * set->n_allocated);
      set->entries = g_renew (KeyEntry, set->entries, set->n_allocated);
    }
  set->entries[i] = (KeyEntry) { offset, set->names.len - offset, start, 0 };
  set->n_entries++;

  if (set->slots == NULL && i < KEY_SET_LINEAR)
    {
      for (gsize k = 0; k < i; k++)
        if (key_set_same (set, k, i))
          {
            *repeated = i;
            return FALSE;
          }
      return TRUE;
    }

  if (set->slots == NULL)
    {
      /* the names so far are all different */
      for (gsize k = 0; k <= i; k++)
        key_set_hash (set, hash_key, k);
      set->n_slots = KEY_SET_MIN_SLOTS;
      set->slots = g_new0 (KeySlot, set->n_slots);
      set->n_placed = 0;
      return key_set_flush (set, repeated);
    }

  key_set_hash (set, hash_key, i);
  if (set->n_entries * 4 > set->n_slots * 3)
    key_set_grow (set);
#if defined(__GNUC__)
  __builtin_prefetch (&set->slots[set->entries[i].hash & (set->n_slots - 1)], 1);
#endif
  if (set->n_entries - set->n_placed >= KEY_SET_BATCH)
    return key_set_flush (set, repeated);
  return TRUE;
}

/* The bytes of one name. Empty names store none, so names.data is NULL
 * while every name so far is "" — and NULL + 0 is undefined in C. */
static const char *
key_name (const KeySet   *set,
          const KeyEntry *entry)
{
  return entry->length ? set->names.data + entry->offset : "";
}

static gboolean
report_duplicate (Scanner      *s,
                  const KeySet *set,
                  gsize         repeated)
{
  const KeyEntry *entry = &set->entries[repeated];
  g_autofree char *shown = shown_name (key_name (set, entry), entry->length);
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

      if (set == NULL || set->slots == NULL || key_set_flush (set, &repeated))
        continue;
      if (first_set == NULL || set->entries[repeated].start < first_set->entries[first].start)
        {
          first_set = set;
          first = repeated;
        }
    }
  return first_set != NULL && !report_duplicate (s, first_set, first);
}

static gboolean
push (Scanner  *s,
      gsize     open,
      gboolean  is_object)
{
  Frame frame = { is_object, open, NULL };

  if (s->depth >= s->limits->max_depth)
    return fail (s, VB_IMPORT_ERROR_TOO_DEEP, open,
                 ngettext ("arrays and objects are nested here more than %u level deep",
                           "arrays and objects are nested here more than %u levels deep",
                           s->limits->max_depth),
                 s->limits->max_depth);
  if (is_object)
    {
      if (s->key_sets->len <= s->depth)
        g_ptr_array_set_size (s->key_sets, s->depth + 1);
      if (s->key_sets->pdata[s->depth] == NULL)
        s->key_sets->pdata[s->depth] = key_set_new ();
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

      if (set->slots && !key_set_flush (set, &repeated))
        return report_duplicate (s, set, repeated);
      key_set_clear (set);
    }
  s->depth--;
  return TRUE;
}

static Frame *
top_frame (Scanner *s)
{
  return s->depth ? &s->frames[s->depth - 1] : NULL;
}

/* The last field name of the innermost object, for a message */
static char *
shown_last_key (const Frame *frame)
{
  const KeySet *set = frame->keys;
  const KeyEntry *entry;

  g_assert (set->n_entries > 0);
  entry = &set->entries[set->n_entries - 1];
  return shown_name (key_name (set, entry), entry->length);
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
    return fail (s, VB_IMPORT_ERROR_TOO_LARGE, start,
                 ngettext ("an object holds more than %u field",
                           "an object holds more than %u fields",
                           s->limits->max_members),
                 s->limits->max_members);
  offset = top->keys->names.len;
  if (!scan_string (s, pos, &top->keys->names))
    return FALSE;
  if (!key_set_add (top->keys, s->hash_key, offset, start, &repeated))
    return report_duplicate (s, top->keys, repeated);
  return TRUE;
}

/* -------------------------------------------------------------- scan */

/* The byte at p does not fit the grammar in this state: say why */
static gboolean
fail_unexpected (Scanner *s,
                 State    state,
                 gsize    p)
{
  const Frame *top = s->depth ? &s->frames[s->depth - 1] : NULL;
  g_autofree char *found = NULL;
  g_autofree char *field = NULL;
  guchar c = s->data[p];

  if (is_comment_at (s, p))
    return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s", _("comments (// …, /* … */ or # …) are not allowed in JSON"));
  if (c >= 0x80 && utf8_sequence_length (s->data + p, s->length - p) == 0)
    return fail_utf8 (s, p);
  found = describe_at (s, p);
  if (top && top->is_object && state != EXPECT_KEY && state != EXPECT_KEY_OR_CLOSE)
    field = shown_last_key (top);   /* after a field name */

  switch (state)
    {
    case EXPECT_VALUE:
    case EXPECT_VALUE_OR_CLOSE:
      if (top && !top->is_object && c == ']')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a comma (,) is followed by a closing bracket (]): there is one comma too many "
                       "after the last item of the array"));
      if (top && !top->is_object && c == ',')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a value is missing in the array: there is a comma (,) with no value before it"));
      if (top && top->is_object && (c == '}' || c == ','))
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, _("the field “%s” has no value after its colon (:)"), field);
      if (c == '\'')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a text must be in double quotes (\"…\"), not in single quotes"));
      if (c == '+')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a number cannot start with a plus sign (+): write 5, not +5"));
      if (c == '.')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a number must have a digit before its decimal point (write 0.5, not .5)"));
      return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                   _("a value was expected here (a text in double quotes, a number, true, false, null, "
                     "an array […] or an object {…}), but found %s"), found);

    case EXPECT_KEY:
    case EXPECT_KEY_OR_CLOSE:
      if (state == EXPECT_KEY && c == '}')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a comma (,) is followed by a closing brace (}): there is one comma too many "
                       "after the last field of the object"));
      if (c == '\'')
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p, "%s",
                     _("a field name must be in double quotes (\"…\"), not in single quotes"));
      return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                   _("a field name in double quotes (\"…\") was expected here, but found %s"), found);

    case EXPECT_COLON:
      return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                   _("a colon (:) must follow the field name “%s”, but found %s"), field, found);

    case EXPECT_COMMA_OR_CLOSE:
      if (top->is_object)
        return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                     _("a comma (,) or a closing brace (}) was expected after the value of the field “%s”, "
                       "but found %s"), field, found);
      return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                   _("a comma (,) or a closing bracket (]) was expected after an item of the array, "
                     "but found %s"), found);

    case EXPECT_END:
      return fail (s, VB_IMPORT_ERROR_SYNTAX, p,
                   _("there is more after the end of the data (%s): a file holds exactly one value, "
                     "not a second document or stray characters"), found);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
fail_end_of_file (Scanner *s)
{
  const Frame *top = s->depth ? &s->frames[s->depth - 1] : NULL;
  g_autofree char *where = NULL;
  gsize line, column;

  if (top == NULL)
    return fail (s, VB_IMPORT_ERROR_SYNTAX, s->length, "%s", _("the file holds only blank space, no data"));
  position_of (s, top->open, &line, &column);
  where = g_strdup_printf (_("line %lu, column %lu"), (unsigned long) line, (unsigned long) column);
  if (top->is_object)
    return fail (s, VB_IMPORT_ERROR_SYNTAX, s->length,
                 _("the file ends before the object that starts on %s is closed: a closing brace (}) "
                   "or more is missing"), where);
  return fail (s, VB_IMPORT_ERROR_SYNTAX, s->length,
               _("the file ends before the array that starts on %s is closed: a closing bracket (]) "
                 "or more is missing"), where);
}

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
        return fail_unexpected (s, *state, p);
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
        return state == EXPECT_END ? TRUE : fail_end_of_file (s);

      switch (state)
        {
        case EXPECT_VALUE_OR_CLOSE:
          if (d[p] == ']')
            goto close;
          G_GNUC_FALLTHROUGH;
        case EXPECT_VALUE:
          if (d[p] == ']' || d[p] == '}' || d[p] == ',')
            return fail_unexpected (s, state, p);
          if (!begin_value (s, &p, &state))
            return FALSE;
          break;

        case EXPECT_KEY_OR_CLOSE:
          if (d[p] == '}')
            goto close;
          G_GNUC_FALLTHROUGH;
        case EXPECT_KEY:
          if (d[p] != '"')
            return fail_unexpected (s, state, p);
          if (!scan_key (s, &p))
            return FALSE;
          state = EXPECT_COLON;
          break;

        case EXPECT_COLON:
          if (d[p] != ':')
            return fail_unexpected (s, state, p);
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
          return fail_unexpected (s, state, p);

        case EXPECT_END:
          return fail_unexpected (s, state, p);

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
    return fail (&s, VB_IMPORT_ERROR_SYNTAX, 0, "%s", _("the file is empty"));
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return fail (&s, VB_IMPORT_ERROR_SYNTAX, 0, "%s",
                 _("the file starts with a byte-order mark (BOM, an invisible mark some editors add), "
                   "which JSON does not allow: save the file as UTF-8 without BOM"));

  s.key_sets = g_ptr_array_new_with_free_func (key_set_free);
  s.hash_key[0] = ((guint64) g_random_int () << 32) | g_random_int ();
  s.hash_key[1] = ((guint64) g_random_int () << 32) | g_random_int ();
  ok = scan (&s);
  g_free (s.frames);
  g_ptr_array_unref (s.key_sets);
  return ok;
}
