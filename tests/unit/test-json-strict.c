/* test-json-strict.c — the strict RFC 8259 check that stands in front of json-glib
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "vb-error.h"
#include "vb-json.h"
#include "vb-json-strict.h"

/* The limits of a real import */
static const VbJsonLimits import_limits = { VB_JSON_MAX_BYTES, VB_JSON_MAX_DEPTH, VB_JSON_MAX_STRING, VB_JSON_MAX_MEMBERS };

typedef struct {
  const char *text;
  gssize      length;     /* -1: up to the NUL */
  int         code;       /* VbImportError */
  const char *where;      /* "line L, column C", or NULL */
  const char *keyword;    /* a word the message must hold (any case) */
} Refused;

#define NUL_TERMINATED -1

/* Marks the test failed and goes on, so that one run lists every input
 * that went wrong (the TAP line shows only one of them) */
static void
fail_case (const char *format,
           ...) G_GNUC_PRINTF (1, 2);

static void
fail_case (const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_message ("FAILED: %s", message);
  g_test_fail_printf ("%s", message);
}

static char *
printable (const char *text,
           gsize       length)
{
  GString *s = g_string_new (NULL);

  /* g_strescape stops at a NUL; escape byte by byte */
  for (gsize i = 0; i < length; i++)
    {
      guchar b = (guchar) text[i];
      if (b == '\\')
        g_string_append (s, "\\\\");
      else if (b >= 0x20 && b < 0x7F)
        g_string_append_c (s, (char) b);
      else
        g_string_append_printf (s, "\\x%02X", b);
    }
  return g_string_free (s, FALSE);
}

/* Validates a copy of exactly length bytes, so that AddressSanitizer sees
 * any read past the end */
static gboolean
validate (const char          *text,
          gsize                length,
          const VbJsonLimits  *limits,
          GError             **error)
{
  g_autofree char *copy = length ? g_memdup2 (text, length) : NULL;

  return vb_json_strict_validate (copy, length, limits, error);
}

static gboolean
json_glib_loads (const char  *text,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *copy = g_strndup (text, length);

  if (!json_parser_load_from_data (parser, copy, (gssize) length, error))
    return FALSE;
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_UNKNOWN, "no root");
      return FALSE;
    }
  return TRUE;
}

/* Accepted, and json-glib reads it too */
static void
check_valid (const char         *text,
             gssize              length,
             const VbJsonLimits *limits)
{
  g_autoptr(GError) error = NULL;
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  g_autofree char *shown = printable (text, MIN (len, 200));

  if (!validate (text, len, limits, &error))
    {
      fail_case ("refused <%s>: %s", shown, error->message);
      return;
    }
  if (!json_glib_loads (text, len, &error))
    fail_case ("accepted <%s>, which json-glib refuses: %s", shown, error->message);
}

static void
assert_valid (const char *text)
{
  check_valid (text, NUL_TERMINATED, &import_limits);
}

static void
check_refused (const Refused      *r,
               const VbJsonLimits *limits)
{
  g_autoptr(GError) error = NULL;
  gsize len = r->length < 0 ? strlen (r->text) : (gsize) r->length;
  g_autofree char *shown = printable (r->text, MIN (len, 200));
  g_autofree char *where = r->where ? g_strdup_printf ("%s:", r->where) : NULL;
  g_autofree char *lower = NULL;
  g_autofree char *keyword = NULL;

  if (validate (r->text, len, limits, &error))
    {
      fail_case ("accepted <%s>", shown);
      return;
    }
  if (!g_error_matches (error, VB_IMPORT_ERROR, r->code))
    {
      fail_case ("<%s>: error %s %d instead of %d: %s", shown, g_quark_to_string (error->domain),
                          error->code, r->code, error->message);
      return;
    }
  if (!g_str_has_prefix (error->message, "The file ") || !g_str_has_suffix (error->message, "."))
    fail_case ("<%s>: not a sentence about the file: %s", shown, error->message);
  if (where && strstr (error->message, where) == NULL)
    fail_case ("<%s>: not at %s: %s", shown, r->where, error->message);
  lower = g_utf8_strdown (error->message, -1);
  keyword = g_utf8_strdown (r->keyword, -1);
  if (strstr (lower, keyword) == NULL)
    fail_case ("<%s>: the message does not say “%s”: %s", shown, r->keyword, error->message);
}

static void
check_refused_all (const Refused      *cases,
                   gsize               n,
                   const VbJsonLimits *limits)
{
  for (gsize i = 0; i < n; i++)
    check_refused (&cases[i], limits);
}

#define SYNTAX    VB_IMPORT_ERROR_SYNTAX
#define TOO_DEEP  VB_IMPORT_ERROR_TOO_DEEP
#define TOO_LARGE VB_IMPORT_ERROR_TOO_LARGE
#define L1(c)     "line 1, column " #c

/* ---------------------------------------------------------------- valid */

static void
test_rfc_examples (void)
{
  /* RFC 8259, section 13 */
  assert_valid ("{\n"
                "  \"Image\": {\n"
                "    \"Width\":  800,\n"
                "    \"Height\": 600,\n"
                "    \"Title\":  \"View from 15th Floor\",\n"
                "    \"Thumbnail\": {\n"
                "      \"Url\":    \"http://www.example.com/image/481989943\",\n"
                "      \"Height\": 125,\n"
                "      \"Width\":  100\n"
                "    },\n"
                "    \"Animated\" : false,\n"
                "    \"IDs\": [116, 943, 234, 38793]\n"
                "  }\n"
                "}\n");
  assert_valid ("[\n"
                "  {\n"
                "     \"precision\": \"zip\",\n"
                "     \"Latitude\":  37.7668,\n"
                "     \"Longitude\": -122.3959,\n"
                "     \"Address\":   \"\",\n"
                "     \"City\":      \"SAN FRANCISCO\",\n"
                "     \"State\":     \"CA\",\n"
                "     \"Zip\":       \"94107\",\n"
                "     \"Country\":   \"US\"\n"
                "  },\n"
                "  {\n"
                "     \"precision\": \"zip\",\n"
                "     \"Latitude\":  37.371991,\n"
                "     \"Longitude\": -122.026020,\n"
                "     \"Address\":   \"\",\n"
                "     \"City\":      \"SUNNYVALE\",\n"
                "     \"State\":     \"CA\",\n"
                "     \"Zip\":       \"94085\",\n"
                "     \"Country\":   \"US\"\n"
                "  }\n"
                "]");
  assert_valid ("\"Hello world!\"");
  assert_valid ("42");
  assert_valid ("true");
}

static void
test_top_level (void)
{
  const char *values[] = {
    "{}", "[]", "\"\"", "\"x\"", "0", "-1.5", "true", "false", "null",
    "{\"a\":[1,{\"b\":null}]}", "[[], {}, [{}], {\"\": []}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *spaced = g_strdup_printf (" \t\r\n%s\r\n\t ", values[i]);
      assert_valid (values[i]);
      assert_valid (spaced);
    }
  /* every kind of JSON whitespace between tokens */
  assert_valid ("{ \"a\" \t:\r\n[ 1 ,\n2 ] , \"b\"\r:\ttrue }");
}

static void
test_escapes (void)
{
  assert_valid ("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"");
  assert_valid ("\"\\u0041\\u00e9\\u00E9\\u20AC\\uFFFF\\uFFFE\\u0001\\u001f\"");
  assert_valid ("\"a\\\\\"");   /* an escaped backslash just before the closing quote */
  assert_valid ("[\"\\\"\", \"\\\\\", \"\"]");
  /* characters that need no escape: DEL, U+2028, a noncharacter, many scripts */
  assert_valid ("\"\x7F \xE2\x80\xA8 \xEF\xBF\xBF é € 日本 😀\"");
  assert_valid ("{\"é😀\": \"\\u00e9\\ud83d\\ude00\"}");
}

static void
test_surrogates (void)
{
  assert_valid ("\"\\uD83D\\uDE00\"");
  assert_valid ("\"\\ud83d\\ude00\"");
  assert_valid ("\"\\uD800\\uDC00\"");   /* U+10000 */
  assert_valid ("\"\\uDBFF\\uDFFF\"");   /* U+10FFFF */
  assert_valid ("\"x\\uD83D\\uDE00y\\uD83D\\uDE01\"");
  assert_valid ("\"\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF\"");   /* the same, raw */
}

static void
test_numbers (void)
{
  const char *numbers[] = {
    "0", "-0", "1", "-1", "10", "0.5", "-0.0", "0.5e-3", "1E+2", "1e2", "1E-2", "0e0", "-0E-0", "2.5e+0010",
    "9223372036854775807", "-9223372036854775808",
    "0.33333333333333331",                 /* 1/3 with 17 digits */
    "1.7976931348623157e308", "-1.7976931348623157e308", "4.9e-324", "1e-400", "-1e-99999999999999999999",
    "123456789012345678901234567890.5", "1e308", "0.000001e310",
    /* the largest decimals that still round to DBL_MAX: 2^1024 − 2^970 less a little */
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330"
    "286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069"
    "855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9",
    "1.79769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096"
    "330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270"
    "0698555713669596228429148198608349364752927190741684443655107043427115596995080930428801779041744977919e308",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *in_array = g_strdup_printf ("[%s]", numbers[i]);
      assert_valid (numbers[i]);
      assert_valid (in_array);
    }

  /* json-glib reads the ends of int64 exactly, and 1/3 as the nearest double */
  {
    g_autoptr(JsonParser) parser = json_parser_new_immutable ();
    JsonArray *array;

    g_assert_true (json_parser_load_from_data (parser, "[9223372036854775807, -9223372036854775808, "
                                               "0.33333333333333331, -0]", -1, NULL));
    array = json_node_get_array (json_parser_get_root (parser));
    g_assert_cmpint (json_array_get_int_element (array, 0), ==, G_MAXINT64);
    g_assert_cmpint (json_array_get_int_element (array, 1), ==, G_MININT64);
    g_assert_cmpfloat (json_array_get_double_element (array, 2), ==, 1.0 / 3.0);
    g_assert_cmpint (json_array_get_int_element (array, 3), ==, 0);
  }
}

static void
test_sample (void)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_nonnull (srcdir);
  path = g_build_filename (srcdir, "data", "sample", "sample.json", NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  check_valid (contents, (gssize) length, &import_limits);
}

/* --------------------------------------------------------------- limits */

static void
test_limit_size (void)
{
  const VbJsonLimits limits = { 10, 32, 100, 100 };
  g_autoptr(GError) error = NULL;
  const Refused cases[] = {
    { "[1,2,3,4,5]", NUL_TERMINATED, TOO_LARGE, NULL, "11 bytes" },
    /* checked before reading: what the bytes are does not matter */
    { "\xFF\xFE more garbage", NUL_TERMINATED, TOO_LARGE, NULL, "too large" },
  };

  check_valid ("[1,2,3,45]", NUL_TERMINATED, &limits);   /* exactly 10 bytes */
  check_refused_all (cases, G_N_ELEMENTS (cases), &limits);
  g_assert_false (validate ("[1,2,3,4,5]", 11, &limits, &error));
  g_assert_true (strstr (error->message, "at most") != NULL);
}

static char *
nested (guint       depth,
        const char *open,
        const char *inner,
        const char *close)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (s, open);
  g_string_append (s, inner);
  for (guint i = 0; i < depth; i++)
    g_string_append (s, close);
  return g_string_free (s, FALSE);
}

static void
test_limit_depth (void)
{
  g_autofree char *arrays_32 = nested (VB_JSON_MAX_DEPTH, "[", "1", "]");
  g_autofree char *arrays_33 = nested (VB_JSON_MAX_DEPTH + 1, "[", "1", "]");
  g_autofree char *mixed_32 = nested (VB_JSON_MAX_DEPTH / 2, "{\"a\":[", "1", "]}");
  g_autofree char *mixed_33 = nested (VB_JSON_MAX_DEPTH / 2, "{\"a\":[", "{}", "]}");
  g_autofree char *arrays_31 = nested (VB_JSON_MAX_DEPTH - 1, "[", "1", "]");
  g_autofree char *wide = g_strdup_printf ("[%s,\n%s]", arrays_31, arrays_32);
  const VbJsonLimits none = { 100, 0, 100, 100 };
  g_assert_cmpuint (VB_JSON_MAX_DEPTH, ==, 32);
  {
    const Refused cases[] = {
      { arrays_33, NUL_TERMINATED, TOO_DEEP, L1 (33), "32 levels" },
      /* 16 × {"a":[ is 32 deep; the {} inside is the 33rd level, at column 16 × 6 + 1 */
      { mixed_33, NUL_TERMINATED, TOO_DEEP, L1 (97), "nested" },
      /* the first item is 32 deep (with the outer array); the second is one more */
      { wide, NUL_TERMINATED, TOO_DEEP, "line 2, column 32", "deep" },
    };

    check_valid (arrays_32, NUL_TERMINATED, &import_limits);
    check_valid (mixed_32, NUL_TERMINATED, &import_limits);
    check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
  }
  {
    const Refused r = { "[]", NUL_TERMINATED, TOO_DEEP, L1 (1), "0 levels" };

    check_valid ("\"x\"", NUL_TERMINATED, &none);
    check_valid ("-1.5e3", NUL_TERMINATED, &none);
    check_refused (&r, &none);
  }
  /* far deeper than json-glib's recursion could survive: refused at the limit, no recursion here */
  {
    g_autofree char *deep = nested (1000000, "[", "", "]");
    const Refused r = { deep, NUL_TERMINATED, TOO_DEEP, L1 (33), "deep" };
    const VbJsonLimits unlimited = { G_MAXSIZE, G_MAXUINT, G_MAXSIZE, G_MAXUINT };

    check_refused (&r, &import_limits);
    /* with no depth limit the stack is on the heap: a million levels pass */
    g_assert_true (validate (deep, strlen (deep), &unlimited, NULL));
  }
}

static void
test_limit_string (void)
{
  const VbJsonLimits limits = { 1000, 32, 10, 100 };
  const Refused cases[] = {
    { "\"0123456789A\"", NUL_TERMINATED, TOO_LARGE, L1 (1), "longer than" },
    { "[1,\n 2,\n \"ok\", \"0123456789A\"]", NUL_TERMINATED, TOO_LARGE, "line 3, column 8", "10 bytes" },
    /* escapes count as written: six \n are 12 bytes */
    { "\"\\n\\n\\n\\n\\n\\n\"", NUL_TERMINATED, TOO_LARGE, L1 (1), "text" },
    { "\"\\u00e9\\u00e9\"", NUL_TERMINATED, TOO_LARGE, L1 (1), "text" },
    /* a field name is a string too */
    { "{\"0123456789A\": 1}", NUL_TERMINATED, TOO_LARGE, L1 (2), "longer" },
    /* too long wins over what comes later in the same string */
    { "\"0123456789A\\x\"", NUL_TERMINATED, TOO_LARGE, L1 (1), "longer" },
    /* and a never-closed text is refused without reading past the limit */
    { "\"0123456789A", NUL_TERMINATED, TOO_LARGE, L1 (1), "longer" },
  };

  check_valid ("\"0123456789\"", NUL_TERMINATED, &limits);             /* exactly 10 */
  check_valid ("\"\\n\\n\\n\\n\\n\"", NUL_TERMINATED, &limits);        /* 10 as written */
  check_valid ("\"ééééé\"", NUL_TERMINATED, &limits);                  /* 10 bytes of UTF-8 */
  check_valid ("{\"0123456789\": \"0123456789\"}", NUL_TERMINATED, &limits);
  check_refused_all (cases, G_N_ELEMENTS (cases), &limits);
  {
    const Refused r = { "\"éééééé\"", NUL_TERMINATED, TOO_LARGE, L1 (1), "longer" };
    check_refused (&r, &limits);
  }
}

/* -------------------------------------------------------------- refused */

static void
test_document (void)
{
  const Refused cases[] = {
    { "", NUL_TERMINATED, SYNTAX, L1 (1), "empty" },
    { " \n\t\r\n ", NUL_TERMINATED, SYNTAX, "line 3, column 2", "blank" },
    { "\xEF\xBB\xBF{}", NUL_TERMINATED, SYNTAX, L1 (1), "byte-order mark" },
    { "\xEF\xBB\xBF", NUL_TERMINATED, SYNTAX, L1 (1), "byte-order mark" },
    { "{} {}", NUL_TERMINATED, SYNTAX, L1 (4), "more after the end" },
    { "[]\n[]", NUL_TERMINATED, SYNTAX, "line 2, column 1", "second document" },
    { "1 2", NUL_TERMINATED, SYNTAX, L1 (3), "exactly one value" },
    { "\"a\" \"b\"", NUL_TERMINATED, SYNTAX, L1 (5), "more after the end" },
    { "{}x", NUL_TERMINATED, SYNTAX, L1 (3), "“x”" },
    { "{}]", NUL_TERMINATED, SYNTAX, L1 (3), "more after the end" },
    { "[1]\0", 4, SYNTAX, L1 (4), "U+0000" },
    { "1_000", NUL_TERMINATED, SYNTAX, L1 (2), "more after the end" },
    /* whitespace that JSON does not know */
    { "{\f}", NUL_TERMINATED, SYNTAX, L1 (2), "control character U+000C" },
    { "[1,\v2]", NUL_TERMINATED, SYNTAX, L1 (4), "U+000B" },
    { "[\xC2\xA0" "1]", NUL_TERMINATED, SYNTAX, L1 (2), "U+00A0" },
    { "{}\xEF\xBB\xBF", NUL_TERMINATED, SYNTAX, L1 (3), "U+FEFF" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
}

static void
test_literals (void)
{
  const Refused cases[] = {
    { "True", NUL_TERMINATED, SYNTAX, L1 (1), "small letters" },
    { "[FALSE]", NUL_TERMINATED, SYNTAX, L1 (2), "small letters" },
    { "{\"a\": Null}", NUL_TERMINATED, SYNTAX, L1 (7), "“Null”" },
    { "nul", NUL_TERMINATED, SYNTAX, L1 (1), "“nul” is not a value" },
    { "[tru]", NUL_TERMINATED, SYNTAX, L1 (2), "“tru”" },
    { "truex", NUL_TERMINATED, SYNTAX, L1 (1), "“truex”" },
    { "[nulll]", NUL_TERMINATED, SYNTAX, L1 (2), "“nulll”" },
    { "undefined", NUL_TERMINATED, SYNTAX, L1 (1), "double quotes" },
    { "-true", NUL_TERMINATED, SYNTAX, L1 (1), "“-true”" },
    { "[NaN]", NUL_TERMINATED, SYNTAX, L1 (2), "finite" },
    { "Infinity", NUL_TERMINATED, SYNTAX, L1 (1), "finite" },
    { "[1, -Infinity]", NUL_TERMINATED, SYNTAX, L1 (5), "“-Infinity”" },
    { "{\"a\": abc}", NUL_TERMINATED, SYNTAX, L1 (7), "double quotes" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
}

static void
test_bad_numbers (void)
{
  const Refused cases[] = {
    { "01", NUL_TERMINATED, SYNTAX, L1 (1), "leading zero" },
    { "[1, -01]", NUL_TERMINATED, SYNTAX, L1 (5), "leading zero" },
    { "00", NUL_TERMINATED, SYNTAX, L1 (1), "leading zero" },
    { "0x1F", NUL_TERMINATED, SYNTAX, L1 (1), "hexadecimal" },
    { "[0X1f]", NUL_TERMINATED, SYNTAX, L1 (2), "hexadecimal" },
    { "+1", NUL_TERMINATED, SYNTAX, L1 (1), "plus sign" },
    { "[.5]", NUL_TERMINATED, SYNTAX, L1 (2), "decimal point" },
    { "1.", NUL_TERMINATED, SYNTAX, L1 (2), "decimal point" },
    { "[-.5]", NUL_TERMINATED, SYNTAX, L1 (2), "minus sign" },
    { "1.e5", NUL_TERMINATED, SYNTAX, L1 (2), "decimal point" },
    { "1e", NUL_TERMINATED, SYNTAX, L1 (2), "exponent" },
    { "[1e+]", NUL_TERMINATED, SYNTAX, L1 (3), "exponent" },
    { "1E-x", NUL_TERMINATED, SYNTAX, L1 (2), "exponent" },
    { "-", NUL_TERMINATED, SYNTAX, L1 (1), "minus sign" },
    { "--1", NUL_TERMINATED, SYNTAX, L1 (1), "minus sign" },
    { "1.5.3", NUL_TERMINATED, SYNTAX, L1 (4), "more after the end" },
    { "1e400", NUL_TERMINATED, SYNTAX, L1 (1), "too large" },
    { "[0, -1e999]", NUL_TERMINATED, SYNTAX, L1 (5), "too large" },
    { "1.7976931348623159e308", NUL_TERMINATED, SYNTAX, L1 (1), "too large" },
    { "0.1e1000000000000000000000", NUL_TERMINATED, SYNTAX, L1 (1), "too large" },
    /* exactly 2^1024 − 2^970, which rounds (half to even) to infinity */
    { "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330"
      "286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069"
      "855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792.0",
      NUL_TERMINATED, SYNTAX, L1 (1), "too large" },
    { "9223372036854775808", NUL_TERMINATED, SYNTAX, L1 (1), "too large" },
    { "{\"n\": -9223372036854775809}", NUL_TERMINATED, SYNTAX, L1 (7), "too large" },
    { "18446744073709551616", NUL_TERMINATED, SYNTAX, L1 (1), "too large" },
    { "100000000000000000000", NUL_TERMINATED, SYNTAX, L1 (1), "whole number" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
  /* but a leading zero in an exponent is allowed by the grammar */
  assert_valid ("0.5e07");
}

static void
test_bad_strings (void)
{
  const Refused cases[] = {
    { "'x'", NUL_TERMINATED, SYNTAX, L1 (1), "double quotes (\"…\")" },
    { "[\"a\", 'b']", NUL_TERMINATED, SYNTAX, L1 (7), "single quotes" },
    { "{'a': 1}", NUL_TERMINATED, SYNTAX, L1 (2), "single quotes" },
    { "\"a\tb\"", NUL_TERMINATED, SYNTAX, L1 (3), "tab" },
    { "[\"a\nb\"]", NUL_TERMINATED, SYNTAX, L1 (4), "line break" },
    { "\"a\rb\"", NUL_TERMINATED, SYNTAX, L1 (3), "line break" },
    { "\"\x01\"", NUL_TERMINATED, SYNTAX, L1 (2), "control character U+0001" },
    { "\"\x1F\"", NUL_TERMINATED, SYNTAX, L1 (2), "U+001F" },
    { "\"a\0b\"", 5, SYNTAX, L1 (3), "U+0000" },
    { "\"\\x41\"", NUL_TERMINATED, SYNTAX, L1 (2), "not an escape" },
    { "\"\\'\"", NUL_TERMINATED, SYNTAX, L1 (2), "escape" },
    { "\"\\U0041\"", NUL_TERMINATED, SYNTAX, L1 (2), "escape" },
    { "\"\\a\"", NUL_TERMINATED, SYNTAX, L1 (2), "escape" },
    { "\"\\0\"", NUL_TERMINATED, SYNTAX, L1 (2), "escape" },
    { "\"ab\\\x01\"", NUL_TERMINATED, SYNTAX, L1 (4), "backslash" },
    { "\"\\u12\"", NUL_TERMINATED, SYNTAX, L1 (2), "four hexadecimal digits" },
    { "\"\\u12G4\"", NUL_TERMINATED, SYNTAX, L1 (2), "four hexadecimal digits" },
    { "\"\\uGGGG\"", NUL_TERMINATED, SYNTAX, L1 (2), "hexadecimal" },
    { "\"\\u", NUL_TERMINATED, SYNTAX, L1 (2), "hexadecimal" },
    { "\"\\u0000\"", NUL_TERMINATED, SYNTAX, L1 (2), "NUL character" },
    { "{\"a\\u0000\": 1}", NUL_TERMINATED, SYNTAX, L1 (4), "no field may hold" },
    { "\"\\uD83D\"", NUL_TERMINATED, SYNTAX, L1 (2), "half of a character" },
    { "\"\\uD83D\\u0041\"", NUL_TERMINATED, SYNTAX, L1 (2), "high surrogate" },
    { "\"\\uD83Dx\"", NUL_TERMINATED, SYNTAX, L1 (2), "high surrogate" },
    { "\"\\uD83D\\uD83D\"", NUL_TERMINATED, SYNTAX, L1 (2), "high surrogate" },
    { "\"ab\\uD83D\\u12\"", NUL_TERMINATED, SYNTAX, L1 (10), "hexadecimal" },
    { "\"\\uDE00\"", NUL_TERMINATED, SYNTAX, L1 (2), "low surrogate" },
    { "\"\\uDE00\\uD83D\"", NUL_TERMINATED, SYNTAX, L1 (2), "no first half" },
    { "[\"ok\", \"abc", NUL_TERMINATED, SYNTAX, L1 (8), "closing double quote" },
    { "\"abc\\", NUL_TERMINATED, SYNTAX, L1 (1), "never closed" },
    { "\"abc\\\"", NUL_TERMINATED, SYNTAX, L1 (1), "never closed" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
}

static void
test_bad_utf8 (void)
{
  const Refused cases[] = {
    { "\"\xC0\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },              /* overlong NUL */
    { "\"\xC1\xBF\"", NUL_TERMINATED, SYNTAX, L1 (2), "0xC1" },               /* overlong */
    { "\"\xE0\x80\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },          /* overlong */
    { "\"\xE0\x9F\xBF\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },          /* overlong U+07FF */
    { "\"\xF0\x80\x80\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },      /* overlong */
    { "\"\xF0\x8F\xBF\xBF\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },      /* overlong U+FFFF */
    { "\"\xED\xA0\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },          /* U+D800 */
    { "\"\xED\xBF\xBF\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },          /* U+DFFF */
    { "\"\xED\xA0\xBD\xED\xB8\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" }, /* CESU-8 😀 */
    { "\"\xF4\x90\x80\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },      /* U+110000 */
    { "\"\xF5\x80\x80\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "0xF5" },
    { "\"\xF8\x88\x80\x80\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },  /* a 5-byte form */
    { "\"\xFF\"", NUL_TERMINATED, SYNTAX, L1 (2), "0xFF" },
    { "\"\xFE\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },
    { "\"\x80\"", NUL_TERMINATED, SYNTAX, L1 (2), "0x80" },                   /* a lone continuation */
    { "\"ab\xBF\"", NUL_TERMINATED, SYNTAX, L1 (4), "UTF-8" },
    { "\"\xC3\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },                  /* cut before the quote */
    { "\"\xC3" "a\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },
    { "\"\xF0\x9F\x98\"", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },          /* 3 bytes of 4 */
    { "\"\xE2\x82", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },                /* cut by the end of the file */
    /* the column counts characters: é and 😀 are one each */
    { "\"é😀\xFF\"", NUL_TERMINATED, SYNTAX, L1 (4), "UTF-8" },
    { "{\"é\": \"😀\",\n \"x\xE9\": 1}", NUL_TERMINATED, SYNTAX, "line 2, column 4", "UTF-8" },
    /* outside a string */
    { "[\xFF]", NUL_TERMINATED, SYNTAX, L1 (2), "UTF-8" },
    { "[1]\xC3", NUL_TERMINATED, SYNTAX, L1 (4), "UTF-8" },
    { "{\xC3\xA9: 1}", NUL_TERMINATED, SYNTAX, L1 (2), "“é”" },               /* valid UTF-8, but no field name */
    { "[\"é\" \xE2\x82\xAC]", NUL_TERMINATED, SYNTAX, L1 (6), "“€”" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
}

static void
test_objects (void)
{
  const Refused cases[] = {
    { "{1: 2}", NUL_TERMINATED, SYNTAX, L1 (2), "field name" },
    { "{a: 1}", NUL_TERMINATED, SYNTAX, L1 (2), "double quotes" },
    { "{null: 1}", NUL_TERMINATED, SYNTAX, L1 (2), "field name" },
    { "{\"a\" 1}", NUL_TERMINATED, SYNTAX, L1 (6), "colon" },
    { "{\"a\"}", NUL_TERMINATED, SYNTAX, L1 (5), "colon (:) must follow the field name “a”" },
    { "{\"a\", 1}", NUL_TERMINATED, SYNTAX, L1 (5), "colon" },
    { "{\"a\":}", NUL_TERMINATED, SYNTAX, L1 (6), "no value" },
    { "{\"a\":1, \"b\":, \"c\":3}", NUL_TERMINATED, SYNTAX, L1 (13), "“b” has no value" },
    { "{\"a\":1,\"a\":2}", NUL_TERMINATED, SYNTAX, L1 (8), "the field “a” appears twice in one object" },
    { "{\n  \"name\": 1,\n  \"other\": 2,\n  \"name\": 3\n}", NUL_TERMINATED, SYNTAX, "line 4, column 3",
      "“name” appears twice" },
    /* the same name written another way */
    { "{\"a\":1,\"\\u0061\":2}", NUL_TERMINATED, SYNTAX, L1 (8), "“a” appears twice" },
    { "{\"😀\":1,\"\\uD83D\\uDE00\":2}", NUL_TERMINATED, SYNTAX, L1 (8), "appears twice" },
    { "{\"a/b\":1,\"a\\/b\":2}", NUL_TERMINATED, SYNTAX, L1 (10), "“a/b” appears twice" },
    { "{\"\\n\":1,\"\\u000a\":2}", NUL_TERMINATED, SYNTAX, L1 (9), "“\\u000A” appears twice" },
    { "{\"\":1,\"\":2}", NUL_TERMINATED, SYNTAX, L1 (7), "“” appears twice" },
    { "{\"a\":{\"b\":1,\"b\":2}}", NUL_TERMINATED, SYNTAX, L1 (13), "“b” appears twice" },
    { "{\"a\":{\"b\":1},\"a\":2}", NUL_TERMINATED, SYNTAX, L1 (14), "“a” appears twice" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
  /* the same name in other objects is fine */
  assert_valid ("{\"a\":{\"a\":{\"a\":1}}}");
  assert_valid ("[{\"a\":1},{\"a\":1},{\"a\":{\"a\":2},\"b\":{\"a\":3}}]");
  assert_valid ("{\"a\":1,\"A\":2,\"aa\":3,\"a \":4,\"\":5,\" \":6}");
  assert_valid ("{\"a\":[{\"b\":1}],\"b\":[{\"a\":1,\"b\":2}]}");
}

/* An object with n fields "k0" … on one line; the field at repeat_at is
 * named like the one at repeat_of; after is put before the closing brace */
static char *
wide_object (guint       n,
             guint       repeat_at,
             guint       repeat_of,
             const char *after,
             gsize      *column)
{
  GString *s = g_string_new ("{");

  for (guint i = 0; i < n; i++)
    {
      if (i)
        g_string_append_c (s, ',');
      if (i == repeat_at && column)
        *column = s->len + 1;
      g_string_append_printf (s, "\"k%u\":%u", i == repeat_at ? repeat_of : i, i);
    }
  g_string_append (s, after);
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static void
test_large_objects (void)
{
  /* past the few fields compared one by one, in a table, in batches */
  guint sizes[] = { 8, 9, 10, 17, 63, 64, 65, 200, 4000 };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      guint n = sizes[k];
      g_autofree char *ok = wide_object (n, G_MAXUINT, 0, "", NULL);
      g_autofree char *twice_ok = g_strdup_printf ("[%s,%s,{\"k0\":0}]", ok, ok);
      guint at[] = { 1, n / 2, n - 1 };

      assert_valid (ok);
      assert_valid (twice_ok);   /* the set of names is emptied for the next object */
      for (guint j = 0; j < G_N_ELEMENTS (at); j++)
        {
          gsize column = 0;
          g_autofree char *twice = wide_object (n, at[j], at[j] / 3, "", &column);
          g_autofree char *then_bad = wide_object (n, at[j], 0, ",\"x\": [1,]", &column);
          g_autofree char *then_deep = wide_object (n, at[j], 0, ",\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
                                                    &column);
          g_autofree char *where = g_strdup_printf ("line 1, column %lu", (unsigned long) column);
          g_autofree char *name = g_strdup_printf ("“k%u” appears twice", at[j] / 3);
          Refused r = { twice, NUL_TERMINATED, SYNTAX, where, name };

          check_refused (&r, &import_limits);
          /* a later error does not hide the repeated name before it */
          r.text = then_bad;
          r.keyword = "“k0” appears twice";
          check_refused (&r, &import_limits);
          r.text = then_deep;
          check_refused (&r, &import_limits);
        }
    }

  /* a repeated name in a large outer object, then an error inside a value */
  {
    GString *s = g_string_new ("{");
    g_autofree char *text = NULL;
    g_autofree char *where = NULL;
    gsize column = 0;
    Refused r = { NULL, NUL_TERMINATED, SYNTAX, NULL, "“k3” appears twice" };

    for (guint i = 0; i < 20; i++)
      {
        if (i == 15)
          column = s->len + 1;
        g_string_append_printf (s, "\"k%u\":%u,", i == 15 ? 3 : i, i);
      }
    g_string_append (s, "\"inner\": {\"a\": [1 2]}}");
    text = g_string_free (s, FALSE);
    where = g_strdup_printf ("line 1, column %lu", (unsigned long) column);
    r.text = text;
    r.where = where;
    check_refused (&r, &import_limits);
  }
}

/* json-glib keeps an object's fields in a GHashTable under g_str_hash, so a
 * file of many colliding names ("AB", "B!", …) would keep it busy for
 * hours: the number of fields in one object is limited before json-glib
 * sees the file */
static void
test_limit_members (void)
{
  const VbJsonLimits limits = { 1000, 32, 100, 3 };
  const Refused cases[] = {
    { "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", NUL_TERMINATED, TOO_LARGE, L1 (20), "more than 3 fields" },
    { "[{}, {\"a\":1,\"b\":2,\n\"c\":3,\"d\":[]}]", NUL_TERMINATED, TOO_LARGE, "line 2, column 7", "fields" },
  };

  check_valid ("{\"a\":1,\"b\":2,\"c\":3}", NUL_TERMINATED, &limits);
  /* the count is per object, not per document */
  check_valid ("[{\"a\":1,\"b\":2,\"c\":3},{\"a\":1,\"b\":2,\"c\":{\"a\":1,\"b\":2,\"c\":3}}]",
               NUL_TERMINATED, &limits);
  check_refused_all (cases, G_N_ELEMENTS (cases), &limits);
  {
    g_autofree char *at_limit = wide_object (VB_JSON_MAX_MEMBERS, G_MAXUINT, 0, "", NULL);
    g_autofree char *past = wide_object (VB_JSON_MAX_MEMBERS + 1, G_MAXUINT, 0, "", NULL);
    const Refused r = { past, NUL_TERMINATED, TOO_LARGE, NULL, "4096 fields" };

    assert_valid (at_limit);
    check_refused (&r, &import_limits);
  }
}

static void
test_structure (void)
{
  const Refused cases[] = {
    { "[1,]", NUL_TERMINATED, SYNTAX, L1 (4), "one comma too many" },
    { "[1,2,\n]", NUL_TERMINATED, SYNTAX, "line 2, column 1", "comma too many" },
    { "{\"a\":1,}", NUL_TERMINATED, SYNTAX, L1 (8), "one comma too many" },
    { "[1 2]", NUL_TERMINATED, SYNTAX, L1 (4), "a comma (,) or a closing bracket (])" },
    { "[[1] [2]]", NUL_TERMINATED, SYNTAX, L1 (6), "comma" },
    { "{\"a\":1 \"b\":2}", NUL_TERMINATED, SYNTAX, L1 (8), "a comma (,) or a closing brace (})" },
    { "[,1]", NUL_TERMINATED, SYNTAX, L1 (2), "value is missing" },
    { "[1,,2]", NUL_TERMINATED, SYNTAX, L1 (4), "value is missing" },
    { "{,}", NUL_TERMINATED, SYNTAX, L1 (2), "field name" },
    { "{\"a\":1,,\"b\":2}", NUL_TERMINATED, SYNTAX, L1 (8), "field name" },
    { "[1}", NUL_TERMINATED, SYNTAX, L1 (3), "closing bracket" },
    { "{\"a\":1]", NUL_TERMINATED, SYNTAX, L1 (7), "closing brace" },
    { "[}", NUL_TERMINATED, SYNTAX, L1 (2), "value was expected" },
    { "{]", NUL_TERMINATED, SYNTAX, L1 (2), "field name" },
    { "[1:2]", NUL_TERMINATED, SYNTAX, L1 (3), "comma" },
    { "{\"a\"::1}", NUL_TERMINATED, SYNTAX, L1 (6), "value was expected" },
    { ",", NUL_TERMINATED, SYNTAX, L1 (1), "value was expected" },
    { "]", NUL_TERMINATED, SYNTAX, L1 (1), "value was expected" },
    { ":", NUL_TERMINATED, SYNTAX, L1 (1), "“:”" },
    { "[", NUL_TERMINATED, SYNTAX, L1 (2), "closing bracket" },
    { "[1,\n 2", NUL_TERMINATED, SYNTAX, "line 2, column 3", "array that starts on line 1, column 1" },
    { "{\"a\":1,", NUL_TERMINATED, SYNTAX, L1 (8), "closing brace" },
    { "{\"a\":", NUL_TERMINATED, SYNTAX, L1 (6), "object that starts on line 1, column 1" },
    { "{\"a\"", NUL_TERMINATED, SYNTAX, L1 (5), "ends" },
    { "{\"a\": [1, {\"b\": 2}", NUL_TERMINATED, SYNTAX, L1 (19), "array that starts on line 1, column 7" },
    { "[1]]", NUL_TERMINATED, SYNTAX, L1 (4), "more after the end" },
    { "{}}", NUL_TERMINATED, SYNTAX, L1 (3), "more after the end" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
}

static void
test_comments (void)
{
  const Refused cases[] = {
    { "// note\n{}", NUL_TERMINATED, SYNTAX, L1 (1), "comments" },
    { "/* note */ {}", NUL_TERMINATED, SYNTAX, L1 (1), "comments" },
    { "{/* note */}", NUL_TERMINATED, SYNTAX, L1 (2), "comments" },
    { "[1,\n  // two\n  2]", NUL_TERMINATED, SYNTAX, "line 2, column 3", "not allowed" },
    { "{\"a\": 1 /* one */}", NUL_TERMINATED, SYNTAX, L1 (9), "comments" },
    { "{\"a\" /* x */ : 1}", NUL_TERMINATED, SYNTAX, L1 (6), "comments" },
    { "{\"a\": /* x */ 1}", NUL_TERMINATED, SYNTAX, L1 (7), "comments" },
    { "{}\n// the end", NUL_TERMINATED, SYNTAX, "line 2, column 1", "comments" },
    { "# settings\n{}", NUL_TERMINATED, SYNTAX, L1 (1), "comments" },
    { "[1, # one\n2]", NUL_TERMINATED, SYNTAX, L1 (5), "comments" },
    { "[/]", NUL_TERMINATED, SYNTAX, L1 (2), "“/”" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
  assert_valid ("[\"// not a comment\", \"/* nor this */\", \"# nor this\"]");
}

static void
test_positions (void)
{
  const Refused cases[] = {
    /* CR LF is one line break, and so is a lone CR */
    { "{\r\n  \"a\": 1,\r\n  \"a\": 2\r\n}", NUL_TERMINATED, SYNTAX, "line 3, column 3", "twice" },
    { "[1,\r2,\r\r x]", NUL_TERMINATED, SYNTAX, "line 4, column 2", "is not a value" },
    /* a tab is one column */
    { "[\n\t\t1,\n\t\t2 3]", NUL_TERMINATED, SYNTAX, "line 3, column 5", "comma" },
    /* characters, not bytes */
    { "[\"é😀\", x]", NUL_TERMINATED, SYNTAX, L1 (8), "“x”" },
    { "{\"日本語\": tru}", NUL_TERMINATED, SYNTAX, L1 (9), "“tru”" },
    { "\n\n\n      \"abc\" 1", NUL_TERMINATED, SYNTAX, "line 4, column 13", "more after the end" },
  };

  check_refused_all (cases, G_N_ELEMENTS (cases), &import_limits);
}

/* ------------------------------------------------------------ mutations */

static const char mutation_base[] =
  "{\n"
  "  \"format\": \"vendorbench-project\",\n"
  "  \"format_version\": 1,\n"
  "  \"tables\": {\n"
  "    \"vendor\": [\n"
  "      {\"uuid\": \"665bce74-4bdc-4164-8bb1-cc4246de2400\", \"name\": \"Nörthwind \\\"Outdoor\\\"\",\n"
  "       \"score\": -12.5e-3, \"big\": 9223372036854775807, \"small\": -0, \"ok\": true,\n"
  "       \"none\": null, \"no\": false, \"list\": [0, 1.5, 2E+2, [], {}, [[\"\\u00e9\\uD83D\\uDE00\"]]],\n"
  "       \"esc\": \"tab\\tline\\nslash\\/back\\\\ \\b\\f\\r\", \"€\": \"😀 日本\"},\n"
  "      {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7, \"h\": 8, \"i\": 9, \"j\": 10,\n"
  "       \"k\": {\"x\": [1e10, 0.5, 100], \"y\": \"z\"}}\n"
  "    ]\n"
  "  }\n"
  "}\n";

static const char interesting[] = "{}[]\":,0123456789-+.eE \t\n\r\\/u'tfnrlsaxb#*Dd";

static void
mutate (GString *doc)
{
  guint op = (guint) g_test_rand_int_range (0, 4);
  guint at = (guint) g_test_rand_int_range (0, (gint32) doc->len + (op == 2 ? 1 : 0));
  guint8 byte;

  if (g_test_rand_bit ())
    byte = (guint8) interesting[g_test_rand_int_range (0, sizeof interesting - 1)];
  else
    byte = (guint8) g_test_rand_int_range (0, 256);

  switch (op)
    {
    case 0:   /* flip a bit */
      doc->str[at] = (char) ((guint8) doc->str[at] ^ (1u << g_test_rand_int_range (0, 8)));
      break;
    case 1:   /* replace a byte */
      doc->str[at] = (char) byte;
      break;
    case 2:   /* insert a byte */
      g_string_insert_c (doc, at, (char) byte);
      break;
    default:  /* delete a byte */
      g_string_erase (doc, at, 1);
      break;
    }
}

/* Every double json-glib produced is finite */
static gboolean
all_finite (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));
        for (GList *l = members; l; l = l->next)
          if (!all_finite (l->data))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!all_finite (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) != G_TYPE_DOUBLE || isfinite (json_node_get_double (node));
    default:
      return TRUE;
    }
}

static void
test_mutations (void)
{
  guint accepted = 0, refused = 0;

  assert_valid (mutation_base);
  for (guint round = 0; round < 600; round++)
    {
      g_autoptr(GString) doc = g_string_new_len (mutation_base, sizeof mutation_base - 1);
      g_autoptr(GError) error = NULL;
      guint n = (guint) g_test_rand_int_range (1, 4);
      g_autofree char *shown = NULL;

      for (guint i = 0; i < n; i++)
        mutate (doc);
      shown = printable (doc->str, doc->len);

      if (validate (doc->str, doc->len, &import_limits, &error))
        {
          g_autoptr(JsonParser) parser = json_parser_new_immutable ();
          g_autofree char *copy = g_strndup (doc->str, doc->len);

          accepted++;
          if (!json_parser_load_from_data (parser, copy, (gssize) doc->len, &error))
            fail_case ("accepted, but json-glib refuses (%s): <%s>", error->message, shown);
          else if (json_parser_get_root (parser) == NULL || !all_finite (json_parser_get_root (parser)))
            fail_case ("accepted, but json-glib reads no value or an infinite number: <%s>", shown);
        }
      else
        {
          refused++;
          if (error == NULL || error->domain != VB_IMPORT_ERROR || strstr (error->message, "line ") == NULL)
            fail_case ("refused without a placed VB_IMPORT_ERROR: <%s>: %s", shown,
                                error ? error->message : "(no error)");
        }
    }
  g_test_message ("%u mutations accepted, %u refused", accepted, refused);
  /* both happen, or the property says nothing */
  if (accepted <= 20 || refused <= 20)
    fail_case ("of 600 mutations %u were accepted and %u refused: too few of one kind to test anything",
               accepted, refused);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-strict/valid/rfc-examples", test_rfc_examples);
  g_test_add_func ("/json-strict/valid/top-level", test_top_level);
  g_test_add_func ("/json-strict/valid/escapes", test_escapes);
  g_test_add_func ("/json-strict/valid/surrogates", test_surrogates);
  g_test_add_func ("/json-strict/valid/numbers", test_numbers);
  g_test_add_func ("/json-strict/valid/sample", test_sample);
  g_test_add_func ("/json-strict/limits/size", test_limit_size);
  g_test_add_func ("/json-strict/limits/depth", test_limit_depth);
  g_test_add_func ("/json-strict/limits/string", test_limit_string);
  g_test_add_func ("/json-strict/limits/members", test_limit_members);
  g_test_add_func ("/json-strict/refused/document", test_document);
  g_test_add_func ("/json-strict/refused/literals", test_literals);
  g_test_add_func ("/json-strict/refused/numbers", test_bad_numbers);
  g_test_add_func ("/json-strict/refused/strings", test_bad_strings);
  g_test_add_func ("/json-strict/refused/utf8", test_bad_utf8);
  g_test_add_func ("/json-strict/refused/objects", test_objects);
  g_test_add_func ("/json-strict/refused/large-objects", test_large_objects);
  g_test_add_func ("/json-strict/refused/structure", test_structure);
  g_test_add_func ("/json-strict/refused/comments", test_comments);
  g_test_add_func ("/json-strict/positions", test_positions);
  g_test_add_func ("/json-strict/mutations", test_mutations);

  return g_test_run ();
}
