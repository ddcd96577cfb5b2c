/* vb-format.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <unicode/ucurr.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "vb-format.h"

/* ------------------------------------------------------------ locales */

/* The C and POSIX locales have no conventions of their own: ICU's
 * en_US_POSIX writes them as C does — ASCII digits, “.” as the decimal
 * mark, no grouping (230800.5, 100%, “£ 230800” with a no-break space) —
 * which nobody can misread, whatever locale they are used to. */
#define POSIX_FALLBACK "en_US_POSIX"

/* How many fraction digits vb_format_number and vb_format_percent write at
 * most: a double does not hold more */
#define MAX_DECIMALS 20

/* A rate shows the currency's own digits and up to this many when needed */
#define RATE_MAX_DECIMALS 4

/* glibc's @modifiers as ICU spells them: a script or a variant */
static const struct {
  const char *modifier;
  const char *script;
  const char *variant;
} modifiers[] = {
  { "latin", "Latn", NULL },
  { "cyrillic", "Cyrl", NULL },
  { "devanagari", "Deva", NULL },
  { "arabic", "Arab", NULL },
  { "valencia", NULL, "VALENCIA" },
  /* @euro only said the currency was EUR, which ICU knows from the region */
};

static gboolean
is_ascii_run (const char *s,
              gsize       min,
              gsize       max,
              gboolean    (*is_class) (gchar))
{
  gsize n = 0;

  for (; s[n]; n++)
    if (!is_class (s[n]))
      return FALSE;
  return n >= min && n <= max;
}

static gboolean
is_alpha (gchar c)
{
  return g_ascii_isalpha (c);
}

static gboolean
is_digit (gchar c)
{
  return g_ascii_isdigit (c);
}

/* ------------------------------------------------------------ the per-thread cache */

/* One ICU formatter and the fraction digits last set on it (setting them
 * rebuilds part of the formatter, so only when they change) */
typedef struct
{
  UNumberFormat *fmt;
  int            min_digits;
  int            max_digits;
} Formatter;

typedef struct
{
  /* LC_NUMERIC: numbers, percentages, parsing */
  char      *numeric_posix;      /* setlocale (LC_NUMERIC, NULL) these follow */
  char      *numeric_icu;
  Formatter  number;
  Formatter  percent;            /* opened on first use */
  gunichar   decimal_mark;
  gunichar   group_mark;

  /* LC_MONETARY and one currency: totals and rates */
  char      *monetary_posix;
  char       currency[4];
  int        currency_digits;
  Formatter  money;
} FormatCache;

static void format_cache_free (gpointer data);

/* Opening a UNumberFormat takes far longer than formatting with it, and the
 * guidance formats numbers in loops: each thread keeps its own (they are not
 * thread-safe), freed when the thread ends; the main thread's live as long
 * as the process, reachable from its thread-specific data. */
static GPrivate format_cache_key = G_PRIVATE_INIT (format_cache_free);

static void
formatter_clear (Formatter *f)
{
  g_clear_pointer (&f->fmt, unum_close);
  f->min_digits = f->max_digits = -1;
}

static void
format_cache_free (gpointer data)
{
  FormatCache *cache = data;

  formatter_clear (&cache->number);
  formatter_clear (&cache->percent);
  formatter_clear (&cache->money);
  g_free (cache->numeric_posix);
  g_free (cache->numeric_icu);
  g_free (cache->monetary_posix);
  g_free (cache);
}

static FormatCache *
format_cache_get (void)
{
  FormatCache *cache = g_private_get (&format_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (FormatCache, 1);
      formatter_clear (&cache->number);
      formatter_clear (&cache->percent);
      formatter_clear (&cache->money);
      g_private_set (&format_cache_key, cache);
    }
  return cache;
}

static UNumberFormat *
open_format (UNumberFormatStyle  style,
             const char         *locale)
{
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *fmt = unum_open (style, NULL, 0, locale, NULL, &status);

  if (U_FAILURE (status))
    {
      g_clear_pointer (&fmt, unum_close);
      g_warning ("ICU cannot format numbers for the locale “%s”: %s", locale, u_errorName (status));
      status = U_ZERO_ERROR;
      fmt = unum_open (style, NULL, 0, POSIX_FALLBACK, NULL, &status);
      if (U_FAILURE (status))
        {
          g_clear_pointer (&fmt, unum_close);
          return NULL;
        }
    }
  /* 2.5 → 3 and 1.005 → 1.01, as the number is written, not as binary holds it */
  unum_setAttribute (fmt, UNUM_ROUNDING_MODE, UNUM_ROUND_HALFUP);
  return fmt;
}

static gunichar
format_symbol (UNumberFormat       *fmt,
               UNumberFormatSymbol  symbol,
               gunichar             fallback)
{
  UChar buf[8];
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = unum_getSymbol (fmt, symbol, buf, G_N_ELEMENTS (buf), &status);
  UChar32 c;
  int32_t i = 0;

  if (U_FAILURE (status) || len <= 0 || len > (int32_t) G_N_ELEMENTS (buf))
    return fallback;
  U16_NEXT (buf, i, len, c);
  return (gunichar) c;
}

/* The formatters of LC_NUMERIC, rebuilt when the locale is no longer the one
 * they were made for */
static FormatCache *
format_cache_numeric (void)
{
  FormatCache *cache = format_cache_get ();
  const char *posix = setlocale (LC_NUMERIC, NULL);

  if (cache->numeric_icu != NULL && g_strcmp0 (posix, cache->numeric_posix) == 0)
    return cache;

  formatter_clear (&cache->number);
  formatter_clear (&cache->percent);
  g_free (cache->numeric_posix);
  cache->numeric_posix = g_strdup (posix);
  g_free (cache->numeric_icu);
  cache->numeric_icu = vb_icu_locale_from_posix (posix);
  cache->number.fmt = open_format (UNUM_DECIMAL, cache->numeric_icu);
  cache->decimal_mark = '.';
  cache->group_mark = ',';
  if (cache->number.fmt)
    {
      cache->decimal_mark = format_symbol (cache->number.fmt, UNUM_DECIMAL_SEPARATOR_SYMBOL, '.');
      cache->group_mark = format_symbol (cache->number.fmt, UNUM_GROUPING_SEPARATOR_SYMBOL, ',');
    }
  return cache;
}

/* ISO 4217 codes are three letters; a lower-case one is accepted */
static gboolean
currency_code (const char *currency,
               char        code[4])
{
  if (currency == NULL || !is_ascii_run (currency, 3, 3, is_alpha))
    return FALSE;
  for (int i = 0; i < 3; i++)
    code[i] = g_ascii_toupper (currency[i]);
  code[3] = '\0';
  return TRUE;
}

/* The money formatter of LC_MONETARY for @code: opened again when the
 * locale changes, set to the new currency when only that changes
 * (about three times faster than opening one) */
static FormatCache *
format_cache_money (const char *code)
{
  FormatCache *cache = format_cache_get ();
  const char *posix = setlocale (LC_MONETARY, NULL);
  g_autofree char *icu = NULL;
  UChar ucode[4];
  UErrorCode status = U_ZERO_ERROR;

  if (cache->money.fmt != NULL && strcmp (cache->currency, code) == 0 &&
      g_strcmp0 (posix, cache->monetary_posix) == 0)
    return cache;

  if (cache->money.fmt == NULL || g_strcmp0 (posix, cache->monetary_posix) != 0)
    {
      formatter_clear (&cache->money);
      g_free (cache->monetary_posix);
      cache->monetary_posix = g_strdup (posix);
      icu = vb_icu_locale_from_posix (posix);
      cache->money.fmt = open_format (UNUM_CURRENCY, icu);
    }
  /* a new currency brings its own fraction digits */
  cache->money.min_digits = cache->money.max_digits = -1;
  g_strlcpy (cache->currency, code, sizeof cache->currency);
  u_charsToUChars (code, ucode, 4);
  cache->currency_digits = ucurr_getDefaultFractionDigits (ucode, &status);
  if (U_FAILURE (status) || cache->currency_digits < 0)
    cache->currency_digits = 2;
  if (cache->money.fmt)
    {
      status = U_ZERO_ERROR;
      unum_setTextAttribute (cache->money.fmt, UNUM_CURRENCY_CODE, ucode, 3, &status);
      if (U_FAILURE (status))
        {
          g_warning ("ICU cannot format the currency “%s”: %s", code, u_errorName (status));
          formatter_clear (&cache->money);
        }
    }
  return cache;
}

/* ------------------------------------------------------------ formatting */

static char *
format_plain (double value,
              int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + MAX_DECIMALS + 320];
  g_autofree char *format = g_strdup_printf ("%%.%df", decimals);

  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

/* @value with between @min and @max fraction digits; never “-0” */
static char *
formatter_format (Formatter *f,
                  double     value,
                  int        min,
                  int        max)
{
  UChar stack[64];
  g_autofree UChar *heap = NULL;
  UChar *buf = stack;
  UErrorCode status = U_ZERO_ERROR;
  int32_t len;

  /* what rounds to zero is zero, not “-0” */
  if (fabs (value) < 0.5 * pow (10, -max))
    value = 0.0;
  if (f->fmt == NULL)
    return format_plain (value, max);
  if (f->max_digits != max)
    {
      /* the maximum first: ICU lowers the minimum to it if need be, and the
       * minimum set next is then the one asked for */
      unum_setAttribute (f->fmt, UNUM_MAX_FRACTION_DIGITS, max);
      f->max_digits = max;
    }
  if (f->min_digits != min)
    {
      unum_setAttribute (f->fmt, UNUM_MIN_FRACTION_DIGITS, min);
      f->min_digits = min;
    }

  len = unum_formatDouble (f->fmt, value, buf, G_N_ELEMENTS (stack), NULL, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      heap = g_new (UChar, len + 1);
      buf = heap;
      status = U_ZERO_ERROR;
      len = unum_formatDouble (f->fmt, value, buf, len + 1, NULL, &status);
    }
  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot format %g: %s", value, u_errorName (status));
      return format_plain (value, max);
    }
  return g_utf16_to_utf8 ((const gunichar2 *) buf, len, NULL, NULL, NULL);
}

/* Grouped digits and the decimal mark of LC_NUMERIC, exactly @decimals
 * fraction digits: 230,800.5 (en_US), 230.800,5 (de_DE), 230800.5 (C) */
char *
vb_format_number (double value,
                  int    decimals)
{
  FormatCache *cache;

  if (!isfinite (value))
    return g_strdup ("—");
  decimals = CLAMP (decimals, 0, MAX_DECIMALS);
  cache = format_cache_numeric ();
  return formatter_format (&cache->number, value, decimals, decimals);
}

/* @percent is already a percentage: 42.5 shows as “42.5%” (en_US) or
 * “42,5 %” with a no-break space (de_DE) */
char *
vb_format_percent (double percent,
                   int    decimals)
{
  FormatCache *cache;

  if (!isfinite (percent))
    return g_strdup ("—");
  decimals = CLAMP (decimals, 0, MAX_DECIMALS);
  cache = format_cache_numeric ();
  if (cache->percent.fmt == NULL)
    {
      cache->percent.fmt = open_format (UNUM_PERCENT, cache->numeric_icu);
      if (cache->percent.fmt == NULL)
        {
          g_autofree char *number = format_plain (percent, decimals);
          return g_strconcat (number, "%", NULL);
        }
      /* the value is a percentage already: do not multiply by 100 */
      unum_setAttribute (cache->percent.fmt, UNUM_MULTIPLIER, 1);
    }
  return formatter_format (&cache->percent, percent, decimals, decimals);
}

static char *
format_money (double      value,
              const char *currency,
              gboolean    rate)
{
  FormatCache *cache;
  char code[4];
  int min, max;

  if (!isfinite (value))
    return g_strdup ("—");
  if (!currency_code (currency, code))
    {
      /* no currency to show: the amount alone */
      cache = format_cache_numeric ();
      return rate ? formatter_format (&cache->number, value, 2, RATE_MAX_DECIMALS)
                  : formatter_format (&cache->number, value, 0, 0);
    }
  cache = format_cache_money (code);
  min = rate ? cache->currency_digits : 0;
  max = rate ? MAX (cache->currency_digits, RATE_MAX_DECIMALS) : 0;
  if (cache->money.fmt == NULL)
    {
      g_autofree char *number = formatter_format (&cache->money, value, min, max);
      return g_strdup_printf ("%s %s", code, number);
    }
  return formatter_format (&cache->money, value, min, max);
}

/* A total in whole units of @currency, written as LC_MONETARY writes that
 * currency: £230,800 (en_US), 230.800 € (de_DE, a no-break space), -£1,200 */
char *
vb_format_money (double      value,
                 const char *currency)
{
  return format_money (value, currency, FALSE);
}

/* A rate or a price per unit: the currency's own fraction digits (2 for EUR,
 * 0 for JPY) and up to 4 where the value needs them: 0,035 € (de_DE) */
char *
vb_format_money_rate (double      value,
                      const char *currency)
{
  return format_money (value, currency, TRUE);
}

/* The symbol of @currency in LC_MONETARY: “£” for GBP in en_GB and de_DE,
 * “CA$” for CAD in en_US. Interned, so it lives as long as the process.
 * Something that is not a currency code comes back unchanged. */
const char *
vb_currency_symbol (const char *currency)
{
  g_autofree char *icu = NULL;
  g_autofree char *symbol = NULL;
  char code[4];
  UChar ucode[4];
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = FALSE;
  int32_t len = 0;
  const UChar *name;

  if (!currency_code (currency, code))
    return currency;
  icu = vb_icu_locale_from_posix (setlocale (LC_MONETARY, NULL));
  u_charsToUChars (code, ucode, 4);
  name = ucurr_getName (ucode, icu, UCURR_SYMBOL_NAME, &is_choice, &len, &status);
  if (U_FAILURE (status) || name == NULL)
    return g_intern_string (code);
  symbol = g_utf16_to_utf8 ((const gunichar2 *) name, len, NULL, NULL, NULL);
  return g_intern_string (symbol ? symbol : code);
}

/* The currency of LC_MONETARY's region, or EUR where the locale has none
 * (C, POSIX, a language without a region ICU can place) */
char *
vb_currency_default (void)
{
  g_autofree char *icu = vb_icu_locale_from_posix (setlocale (LC_MONETARY, NULL));
  UChar ucode[4];
  char code[4];
  UErrorCode status = U_ZERO_ERROR;
  int32_t len;

  if (strcmp (icu, POSIX_FALLBACK) == 0)
    return g_strdup ("EUR");
  len = ucurr_forLocale (icu, ucode, G_N_ELEMENTS (ucode), &status);
  if (U_FAILURE (status) || len != 3)
    return g_strdup ("EUR");
  u_UCharsToChars (ucode, code, 3);
  code[3] = '\0';
  if (!currency_code (code, code) || strcmp (code, "XXX") == 0)
    return g_strdup ("EUR");
  return g_strdup (code);
}

/* The ICU locale for a locale name of the C library (what setlocale returns):
 *   de_DE.UTF-8 → de_DE, sr_RS@latin → sr_Latn_RS, ca_ES.UTF-8@valencia →
 *   ca_ES_VALENCIA, de_DE@euro → de_DE, and C, C.UTF-8, POSIX, NULL, "" or a
 *   name that is not language[_TERRITORY] (a path to a locale file) →
 *   en_US_POSIX, which formats as the C locale does, unambiguously.
 * We do not let ICU guess its default locale from the environment: the
 * process's locale is what the user chose, and tests set it with setlocale. */
char *
vb_icu_locale_from_posix (const char *posix_locale)
{
  g_autofree char *name = NULL;
  g_autofree char *modifier = NULL;
  const char *script = NULL;
  const char *variant = NULL;
  char *territory = NULL;
  char *p;
  GString *id;

  if (posix_locale == NULL || *posix_locale == '\0')
    return g_strdup (POSIX_FALLBACK);

  /* language[_territory][.codeset][@modifier] */
  name = g_strdup (posix_locale);
  if ((p = strchr (name, '@')) != NULL)
    {
      *p = '\0';
      modifier = g_strdup (p + 1);
      if ((p = strchr (modifier, '.')) != NULL)
        *p = '\0';
    }
  if ((p = strchr (name, '.')) != NULL)
    *p = '\0';
  if ((p = strchr (name, '_')) != NULL)
    {
      *p = '\0';
      territory = p + 1;
    }
  if (strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 ||
      !is_ascii_run (name, 2, 3, is_alpha) ||
      (territory && !is_ascii_run (territory, 2, 2, is_alpha) && !is_ascii_run (territory, 3, 3, is_digit)))
    return g_strdup (POSIX_FALLBACK);

  for (guint i = 0; modifier && i < G_N_ELEMENTS (modifiers); i++)
    if (g_ascii_strcasecmp (modifier, modifiers[i].modifier) == 0)
      {
        script = modifiers[i].script;
        variant = modifiers[i].variant;
      }

  id = g_string_new (NULL);
  for (p = name; *p; p++)
    g_string_append_c (id, g_ascii_tolower (*p));
  if (script)
    g_string_append_printf (id, "_%s", script);
  if (territory)
    {
      g_string_append_c (id, '_');
      for (p = territory; *p; p++)
        g_string_append_c (id, g_ascii_toupper (*p));
    }
  if (variant)
    g_string_append_printf (id, "%s_%s", territory ? "" : "_", variant);
  return g_string_free (id, FALSE);
}

char *
vb_format_time_of_day (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* Mon–Fri, Mon–Sun, Mon, Wed, Fri … */
char *
vb_format_days (int mask)
{
  const char *names[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun") };
  GString *s = g_string_new (NULL);
  int d = 0;

  if (mask == 0)
    return g_strdup (_("no days"));
  if (mask == 0x7f)
    return g_strdup (_("every day"));

  while (d < 7)
    {
      int start;

      if (!(mask & (1 << d)))
        {
          d++;
          continue;
        }
      start = d;
      while (d + 1 < 7 && (mask & (1 << (d + 1))))
        d++;
      if (s->len)
        g_string_append (s, ", ");
      if (d - start >= 2)
        g_string_append_printf (s, "%s–%s", _(names[start]), _(names[d]));
      else if (d - start == 1)
        g_string_append_printf (s, "%s, %s", _(names[start]), _(names[d]));
      else
        g_string_append (s, _(names[start]));
      d++;
    }
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------ parsing */

#define DIGITS "0123456789"

/* One character of typed text as the parser sees it: an ASCII digit for any
 * decimal digit, '.' ',' '\'' and ' ' for the marks people type between
 * digits (every space is ' ', ’ is '\''), 'd' and 'g' for a locale's own
 * decimal and group marks when they are none of those (Arabic ٫ ٬), '-' and
 * '+' for signs; 0 for anything else */
static char
shape_of (gunichar c,
          gunichar decimal_mark,
          gunichar group_mark)
{
  int digit = g_unichar_digit_value (c);

  if (digit >= 0)
    return (char) ('0' + digit);
  if (c == '.' || c == ',' || c == '-' || c == '+')
    return (char) c;
  if (c == 0x2212)                 /* − MINUS SIGN, as some locales write it */
    return '-';
  if (c == '\'' || c == 0x2019)
    return '\'';
  if (g_unichar_isspace (c))       /* includes U+00A0 and U+202F */
    return ' ';
  if (c == decimal_mark)
    return 'd';
  if (c == group_mark)
    return 'g';
  return 0;
}

/* @s read with @decimal as the decimal mark and any one of @groups between
 * groups of digits. Groups must be where grouping puts them — 1 to 3 digits
 * not starting with 0, then groups of 3 (or of 2 then 3, as en_IN groups
 * 2,30,800) — so that a separator in the wrong place is refused, not
 * dropped. */
static gboolean
read_shaped (const char *s,
             char        decimal,
             const char *groups,
             double     *value)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *p = s;
  char group = 0;
  gsize runs = 0;
  gsize first_len = 0;
  gsize last_len = 0;
  gsize fraction_len = 0;
  gboolean leading_zero = FALSE;
  char *end = NULL;
  double d;

  if (*p == '-' || *p == '+')
    g_string_append_c (plain, *p++);

  while (g_ascii_isdigit (*p))
    {
      gsize len = strspn (p, DIGITS);

      if (runs == 0)
        {
          first_len = len;
          leading_zero = *p == '0';
        }
      else if (runs >= 2 && last_len != 2 && last_len != 3)
        return FALSE;   /* a group in the middle */
      g_string_append_len (plain, p, len);
      last_len = len;
      runs++;
      p += len;
      if (*p != '\0' && *p != decimal && strchr (groups, *p) != NULL)
        {
          if (group != 0 && *p != group)
            return FALSE;   /* 1.234 567 */
          group = *p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
        }
    }
  if (runs >= 2 && (first_len > 3 || leading_zero || last_len != 3))
    return FALSE;

  if (*p == decimal)
    {
      p++;
      fraction_len = strspn (p, DIGITS);
      g_string_append_c (plain, '.');
      g_string_append_len (plain, p, fraction_len);
      p += fraction_len;
    }
  if (*p != '\0' || (runs == 0 && fraction_len == 0))
    return FALSE;

  d = g_ascii_strtod (plain->str, &end);
  if (end == plain->str || *end != '\0' || !isfinite (d))
    return FALSE;
  *value = d;
  return TRUE;
}

/* A number as the user types it. Read first as LC_NUMERIC writes numbers —
 * what vb_format_number shows: 230,800.5 (en_US), 230.800,5 (de_DE), and
 * spaces as group separators in every locale (12 345); in a locale whose
 * decimal mark is not “,” a comma groups too (12,345 in C). If that reading
 * fails, plainly, with “.” as the decimal mark: 1234.5 or 1,234.5 in de_DE.
 *
 * Where both readings are possible the locale's wins: in de_DE “1.500” is
 * 1500 (as vb_format_number shows 1500) but “1.5”, “12.34” and “0.035”, not
 * grouped as de_DE groups, are 1.5, 12.34 and 0.035. A separator in the
 * wrong place (“1,5” in en_US, “1.234.5”), exponents, hexadecimal, inf and
 * nan are refused. */
gboolean
vb_parse_number (const char *text,
                 double     *value)
{
  FormatCache *cache;
  g_autoptr(GString) shaped = NULL;
  char decimal, group;
  char groups[8];
  gsize n = 0;
  char *s;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  cache = format_cache_numeric ();
  shaped = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char shape;

      if (g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;   /* the bidi marks ICU puts around numbers in Arabic */
      shape = shape_of (c, cache->decimal_mark, cache->group_mark);
      if (shape == 0)
        return FALSE;
      g_string_append_c (shaped, shape);
    }
  s = g_strstrip (shaped->str);

  decimal = shape_of (cache->decimal_mark, cache->decimal_mark, cache->group_mark);
  group = shape_of (cache->group_mark, cache->decimal_mark, cache->group_mark);
  if (decimal == 0 || decimal == ' ' || g_ascii_isdigit (decimal))
    decimal = '.';
  if (group != 0 && group != decimal && !g_ascii_isdigit (group))
    groups[n++] = group;
  groups[n++] = ' ';
  if (decimal != ',')
    groups[n++] = ',';
  groups[n] = '\0';

  if (read_shaped (s, decimal, groups, value))
    return TRUE;
  return decimal != '.' && read_shaped (s, '.', ", ", value);
}

gboolean
vb_str_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * vb_format_list:
 * @items: (array zero-terminated=1): the items, in order
 *
 * The items as a sentence lists them, in the language of the messages:
 * “A”, “A and B”, “A, B and C”.
 *
 * Returns: (transfer full): the list
 */
char *
vb_format_list (const char *const *items)
{
  guint n = items ? g_strv_length ((char **) items) : 0;
  char *text;

  if (n == 0)
    return g_strdup ("");
  text = g_strdup (items[n - 1]);
  if (n > 1)
    {
      char *last = text;

      /* Translators: the last two items of a list, e.g. “handle time and kind of work” */
      text = g_strdup_printf (C_("list", "%s and %s"), items[n - 2], last);
      g_free (last);
    }
  for (guint i = n > 1 ? n - 2 : 0; i > 0; i--)
    {
      char *rest = text;

      /* Translators: an item of a list and the rest of it, e.g. “monthly volume, handle time and kind of work” */
      text = g_strdup_printf (C_("list", "%s, %s"), items[i - 1], rest);
      g_free (rest);
    }
  return text;
}
