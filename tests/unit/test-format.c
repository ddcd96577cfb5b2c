/* test-format.c — numbers, money and percentages in en_US, de_DE and C
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two locales are compiled at start with localedef (from the `locales`
 * package) into a temporary folder named by LOCPATH, so the test needs no
 * root and no locale installed on the machine. If they cannot be made, the
 * test fails: it never skips.
 */

#include <locale.h>
#include <math.h>

#include "vb-format.h"
#include "vb-test-util.h"

#define NBSP "\u00a0"

static char *locale_dir;

static void
make_locale (const char *name,
             const char *source)
{
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  g_autofree char *out = g_build_filename (locale_dir, name, NULL);
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lc_numeric = NULL;
  int status = 0;
  const char *argv[] = { NULL, "-i", source, "-f", "UTF-8", out, NULL };

  if (localedef == NULL)
    g_error ("localedef is not installed (Debian: libc-bin); the format tests need it");
  argv[0] = localedef;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &status, &error);
  g_assert_no_error (error);
  /* exit status 1 is “warnings issued”, the locale is written all the same */
  lc_numeric = g_build_filename (out, "LC_NUMERIC", NULL);
  if (!g_file_test (lc_numeric, G_FILE_TEST_EXISTS))
    g_error ("localedef -i %s -f UTF-8 %s failed (is the `locales` package installed?): %s%s",
             source, out, stdout_text, stderr_text);
}

/* Switch the whole process to @name, and make sure it happened: a test that
 * silently ran in C would prove nothing */
static void
use_locale (const char *name)
{
  const char *set = setlocale (LC_ALL, name);

  if (set == NULL)
    g_error ("setlocale (LC_ALL, \"%s\") failed with LOCPATH=%s", name, g_getenv ("LOCPATH"));
  g_assert_cmpstr (setlocale (LC_NUMERIC, NULL), ==, name);
  g_assert_cmpstr (setlocale (LC_MONETARY, NULL), ==, name);
}

#define assert_format(expr, expected) \
  G_STMT_START { \
    g_autofree char *_s = (expr); \
    g_assert_true (g_utf8_validate (_s, -1, NULL)); \
    g_assert_cmpstr (_s, ==, (expected)); \
  } G_STMT_END

#define assert_parse(text, expected) \
  G_STMT_START { \
    const char *_t = (text); \
    double _d = -12345.678; \
    if (!vb_parse_number (_t, &_d)) \
      g_error ("“%s” was not read as a number in %s", _t, setlocale (LC_NUMERIC, NULL)); \
    g_assert_cmpfloat_with_epsilon (_d, (expected), 1e-9); \
  } G_STMT_END

#define assert_refused(text) \
  G_STMT_START { \
    const char *_t = (text); \
    double _d = -12345.678; \
    if (vb_parse_number (_t, &_d)) \
      g_error ("“%s” was read as %g in %s", _t ? _t : "(null)", _d, setlocale (LC_NUMERIC, NULL)); \
    g_assert_cmpfloat (_d, ==, -12345.678); \
  } G_STMT_END

/* ------------------------------------------------------------ mapping */

static void
test_locale_mapping (void)
{
  static const struct { const char *posix, *icu; } cases[] = {
    { "de_DE.UTF-8", "de_DE" },
    { "en_US.utf8", "en_US" },
    { "en_GB", "en_GB" },
    { "de", "de" },
    { "sr_RS@latin", "sr_Latn_RS" },
    { "sr_RS.UTF-8@latin", "sr_Latn_RS" },
    { "uz_UZ.UTF-8@cyrillic", "uz_Cyrl_UZ" },
    { "ca_ES.UTF-8@valencia", "ca_ES_VALENCIA" },
    { "de_DE@euro", "de_DE" },
    { "es_419.UTF-8", "es_419" },
    { "ast_ES.UTF-8", "ast_ES" },
    { "C", "en_US_POSIX" },
    { "C.UTF-8", "en_US_POSIX" },
    { "C.utf8", "en_US_POSIX" },
    { "POSIX", "en_US_POSIX" },
    { "", "en_US_POSIX" },
    { NULL, "en_US_POSIX" },
    { "/usr/lib/locale/xx", "en_US_POSIX" },
    { "de_DEU", "en_US_POSIX" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_format (vb_icu_locale_from_posix (cases[i].posix), cases[i].icu);
}

/* ------------------------------------------------------------ en_US */

static void
test_en_us_number (void)
{
  use_locale ("en_US.UTF-8");

  assert_format (vb_format_number (230800, 0), "230,800");
  assert_format (vb_format_number (230800.5, 1), "230,800.5");
  assert_format (vb_format_number (230800, 2), "230,800.00");
  assert_format (vb_format_number (0, 0), "0");
  assert_format (vb_format_number (-0.0, 0), "0");
  assert_format (vb_format_number (-0.0001, 2), "0.00");
  assert_format (vb_format_number (-1234.5, 0), "-1,235");
  assert_format (vb_format_number (2.5, 0), "3");
  assert_format (vb_format_number (1.005, 2), "1.01");
  assert_format (vb_format_number (2.6, -3), "3");
  assert_format (vb_format_number (1e15, 0), "1,000,000,000,000,000");
  assert_format (vb_format_number (NAN, 2), "—");
  assert_format (vb_format_number (INFINITY, 0), "—");
  assert_format (vb_format_number (-INFINITY, 0), "—");

  {
    /* more digits than the stack buffer holds */
    g_autofree char *huge = vb_format_number (1e300, 0);

    g_assert_true (g_str_has_prefix (huge, "1,000,000,"));
    g_assert_cmpuint (strlen (huge), ==, 301 + 100);
  }
}

static void
test_en_us_money (void)
{
  use_locale ("en_US.UTF-8");

  assert_format (vb_format_money (230800, "GBP"), "£230,800");
  assert_format (vb_format_money (230800.6, "GBP"), "£230,801");
  assert_format (vb_format_money (230800, "EUR"), "€230,800");
  assert_format (vb_format_money (230800, "USD"), "$230,800");
  assert_format (vb_format_money (230800, "gbp"), "£230,800");
  assert_format (vb_format_money (-1200, "GBP"), "-£1,200");
  assert_format (vb_format_money (1234.5, "JPY"), "¥1,235");
  assert_format (vb_format_money (0, "GBP"), "£0");
  assert_format (vb_format_money (-0.4, "GBP"), "£0");
  assert_format (vb_format_money (1e12, "USD"), "$1,000,000,000,000");
  assert_format (vb_format_money (NAN, "GBP"), "—");
  /* no currency: the amount alone, still grouped */
  assert_format (vb_format_money (230800, NULL), "230,800");
  assert_format (vb_format_money (230800, "€"), "230,800");
}

static void
test_en_us_rate (void)
{
  use_locale ("en_US.UTF-8");

  assert_format (vb_format_money_rate (0.035, "EUR"), "€0.035");
  assert_format (vb_format_money_rate (12.5, "EUR"), "€12.50");
  assert_format (vb_format_money_rate (12, "GBP"), "£12.00");
  assert_format (vb_format_money_rate (0.12345, "EUR"), "€0.1235");
  assert_format (vb_format_money_rate (-0.5, "USD"), "-$0.50");
  assert_format (vb_format_money_rate (150, "JPY"), "¥150");
  assert_format (vb_format_money_rate (0.5, "JPY"), "¥0.5");
  assert_format (vb_format_money_rate (0.00001, "EUR"), "€0.00");
  assert_format (vb_format_money_rate (INFINITY, "EUR"), "—");
  /* a total after a rate in the same currency keeps whole units */
  assert_format (vb_format_money (12.5, "EUR"), "€13");
}

static void
test_en_us_percent (void)
{
  use_locale ("en_US.UTF-8");

  assert_format (vb_format_percent (100, 0), "100%");
  assert_format (vb_format_percent (42.5, 1), "42.5%");
  assert_format (vb_format_percent (42.5, 0), "43%");
  assert_format (vb_format_percent (0, 0), "0%");
  assert_format (vb_format_percent (-3, 0), "-3%");
  assert_format (vb_format_percent (1250, 0), "1,250%");
  assert_format (vb_format_percent (NAN, 0), "—");
}

/* ------------------------------------------------------------ de_DE */

static void
test_de_de_number (void)
{
  use_locale ("de_DE.UTF-8");

  assert_format (vb_format_number (230800, 0), "230.800");
  assert_format (vb_format_number (230800.5, 1), "230.800,5");
  assert_format (vb_format_number (-1234.5, 0), "-1.235");
  assert_format (vb_format_number (0.035, 3), "0,035");
  assert_format (vb_format_number (-0.0, 1), "0,0");
  assert_format (vb_format_number (NAN, 0), "—");
}

static void
test_de_de_money (void)
{
  use_locale ("de_DE.UTF-8");

  assert_format (vb_format_money (230800, "EUR"), "230.800" NBSP "€");
  assert_format (vb_format_money (230800, "GBP"), "230.800" NBSP "£");
  assert_format (vb_format_money (-230800, "EUR"), "-230.800" NBSP "€");
  assert_format (vb_format_money (1234.5, "JPY"), "1.235" NBSP "¥");
  assert_format (vb_format_money (0, "EUR"), "0" NBSP "€");
  assert_format (vb_format_money (1e12, "EUR"), "1.000.000.000.000" NBSP "€");

  assert_format (vb_format_money_rate (0.035, "EUR"), "0,035" NBSP "€");
  assert_format (vb_format_money_rate (12.5, "EUR"), "12,50" NBSP "€");
  assert_format (vb_format_money_rate (150, "JPY"), "150" NBSP "¥");
}

static void
test_de_de_percent (void)
{
  use_locale ("de_DE.UTF-8");

  assert_format (vb_format_percent (100, 0), "100" NBSP "%");
  assert_format (vb_format_percent (42.5, 1), "42,5" NBSP "%");
  assert_format (vb_format_percent (-3, 0), "-3" NBSP "%");
}

/* LC_NUMERIC and LC_MONETARY are followed each on its own */
static void
test_mixed_categories (void)
{
  use_locale ("en_US.UTF-8");
  g_assert_nonnull (setlocale (LC_NUMERIC, "de_DE.UTF-8"));

  assert_format (vb_format_number (230800, 0), "230.800");
  assert_format (vb_format_percent (100, 0), "100" NBSP "%");
  assert_format (vb_format_money (230800, "GBP"), "£230,800");
  g_assert_cmpstr (vb_currency_symbol ("EUR"), ==, "€");
  {
    g_autofree char *code = vb_currency_default ();
    g_assert_cmpstr (code, ==, "USD");
  }
}

/* ------------------------------------------------------------ currencies */

static void
test_currency (void)
{
  use_locale ("en_US.UTF-8");
  g_assert_cmpstr (vb_currency_symbol ("GBP"), ==, "£");
  g_assert_cmpstr (vb_currency_symbol ("EUR"), ==, "€");
  g_assert_cmpstr (vb_currency_symbol ("CAD"), ==, "CA$");
  g_assert_cmpstr (vb_currency_symbol ("jpy"), ==, "¥");
  g_assert_cmpstr (vb_currency_symbol ("Euro"), ==, "Euro");
  g_assert_null (vb_currency_symbol (NULL));
  assert_format (vb_currency_default (), "USD");

  use_locale ("de_DE.UTF-8");
  g_assert_cmpstr (vb_currency_symbol ("EUR"), ==, "€");
  g_assert_cmpstr (vb_currency_symbol ("USD"), ==, "$");
  assert_format (vb_currency_default (), "EUR");

  use_locale ("C");
  assert_format (vb_currency_default (), "EUR");
}

/* ------------------------------------------------------------ parsing */

static const double round_trip_values[] = {
  0, 1, 12.5, 999, 1000, 1234.5, 230800, 230800.5, 1000000, -1234.5, 0.035, 1e12,
};

static void
assert_round_trips (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (round_trip_values); i++)
    for (int decimals = 0; decimals <= 3; decimals++)
      {
        double v = round_trip_values[i];
        double rounded = round (v * pow (10, decimals)) / pow (10, decimals);
        g_autofree char *shown = vb_format_number (v, decimals);
        double back = NAN;

        if (!vb_parse_number (shown, &back))
          g_error ("vb_format_number (%g, %d) = “%s” does not read back in %s",
                   v, decimals, shown, setlocale (LC_NUMERIC, NULL));
        g_assert_cmpfloat_with_epsilon (back, rounded, 1e-6);
      }
}

static void
assert_garbage_refused (void)
{
  assert_refused ("");
  assert_refused ("   ");
  assert_refused (NULL);
  assert_refused ("abc");
  assert_refused ("12abc");
  assert_refused ("1e3");
  assert_refused ("0x10");
  assert_refused ("nan");
  assert_refused ("inf");
  assert_refused ("--5");
  assert_refused ("5-");
  assert_refused ("- 5");
  assert_refused (".");
  assert_refused (",");
  assert_refused ("1.2.3");
  assert_refused ("12 345,678.9,1");
  assert_refused ("€ 12");
  assert_refused ("12 %");
  assert_refused ("\xff\xfe");
}

static void
test_parse_en_us (void)
{
  use_locale ("en_US.UTF-8");

  assert_parse ("230,800.5", 230800.5);
  assert_parse ("230,800", 230800);
  assert_parse ("1,000,000", 1000000);
  assert_parse ("1234.5", 1234.5);
  assert_parse ("  42  ", 42);
  assert_parse ("12 345", 12345);
  assert_parse ("12" NBSP "345", 12345);
  assert_parse ("-1,234", -1234);
  assert_parse ("+7", 7);
  assert_parse ("−5", -5);        /* U+2212 */
  assert_parse (".5", 0.5);
  assert_parse ("5.", 5);
  assert_parse ("0.035", 0.035);
  assert_parse ("2,30,800", 230800);   /* as en_IN groups */
  /* a comma in the wrong place is refused, not dropped */
  assert_refused ("1,5");
  assert_refused ("12,34");
  assert_refused ("1234,567");
  assert_refused ("0,123");
  assert_refused ("1,234 567");
  assert_refused ("1,234,5");
  assert_refused ("1.234,5");
  assert_garbage_refused ();
  assert_round_trips ();
}

static void
test_parse_de_de (void)
{
  use_locale ("de_DE.UTF-8");

  assert_parse ("230.800,5", 230800.5);
  assert_parse ("230.800", 230800);
  assert_parse ("1.000.000", 1000000);
  assert_parse ("1,5", 1.5);
  assert_parse ("0,035", 0.035);
  assert_parse ("-1.234,5", -1234.5);
  assert_parse ("12 345,5", 12345.5);
  /* plainly, with a point: not grouped as de_DE groups */
  assert_parse ("1234.5", 1234.5);
  assert_parse ("1.5", 1.5);
  assert_parse ("12.34", 12.34);
  assert_parse ("0.035", 0.035);
  assert_parse ("1234.567", 1234.567);
  assert_parse ("1,234.5", 1234.5);
  /* ambiguous: the locale's reading wins, as vb_format_number (1500, 0) shows it */
  assert_parse ("1.500", 1500);
  assert_parse ("1,500", 1.5);
  assert_refused ("1.234.5");
  assert_refused ("1,2,3");
  assert_refused ("1.234,5.6");
  assert_garbage_refused ();
  assert_round_trips ();
}

/* ------------------------------------------------------------ C */

static gboolean
is_plain_ascii (const char *s,
                const char *allowed)
{
  for (const char *p = s; *p; p++)
    if (!g_ascii_isdigit (*p) && strchr (allowed, *p) == NULL)
      return FALSE;
  return TRUE;
}

static void
test_c_locale (void)
{
  g_autofree char *number = NULL;
  g_autofree char *money = NULL;
  g_autofree char *rate = NULL;

  /* after the other locales, back to C: the caches follow */
  use_locale ("de_DE.UTF-8");
  assert_format (vb_format_number (230800.5, 1), "230.800,5");
  use_locale ("C");

  number = vb_format_number (-230800.5, 1);
  g_assert_true (is_plain_ascii (number, "-."));
  g_assert_cmpstr (number, ==, "-230800.5");
  assert_format (vb_format_number (230800, 0), "230800");
  assert_format (vb_format_percent (100, 0), "100%");
  money = vb_format_money (230800, "GBP");
  g_assert_true (g_str_has_suffix (money, "230800"));
  g_assert_cmpstr (money, ==, "£" NBSP "230800");
  rate = vb_format_money_rate (0.035, "EUR");
  g_assert_cmpstr (rate, ==, "€" NBSP "0.035");
  assert_format (vb_format_money (230800, "JPY"), "¥" NBSP "230800");
  assert_format (vb_format_number (NAN, 0), "—");

  /* today's readings in C stay */
  assert_parse ("1234.5", 1234.5);
  assert_parse ("12,345", 12345);
  assert_parse ("12 345", 12345);
  assert_parse ("-7", -7);
  assert_refused ("1,5");
  assert_garbage_refused ();
  assert_round_trips ();

  use_locale ("C.UTF-8");
  assert_format (vb_format_number (230800.5, 1), "230800.5");
}

/* ------------------------------------------------------------ cache */

/* The per-thread cache follows the locale and the currency as they change */
static void
test_cache_follows (void)
{
  for (int round = 0; round < 3; round++)
    {
      use_locale ("en_US.UTF-8");
      assert_format (vb_format_money (230800, "GBP"), "£230,800");
      assert_format (vb_format_money (230800, "EUR"), "€230,800");
      assert_format (vb_format_money_rate (0.035, "EUR"), "€0.035");
      assert_format (vb_format_number (1234.5, 1), "1,234.5");

      use_locale ("de_DE.UTF-8");
      assert_format (vb_format_money (230800, "EUR"), "230.800" NBSP "€");
      assert_format (vb_format_money (230800, "GBP"), "230.800" NBSP "£");
      assert_format (vb_format_number (1234.5, 1), "1.234,5");
      assert_format (vb_format_percent (100, 0), "100" NBSP "%");

      use_locale ("C");
      assert_format (vb_format_number (1234.5, 1), "1234.5");
    }
}

static gpointer
format_in_thread (gpointer data)
{
  const char *currency = data;
  const char *expected = g_str_equal (currency, "GBP") ? "£230,800" : "¥230,800";

  for (int i = 0; i < 2000; i++)
    {
      g_autofree char *money = vb_format_money (230800, currency);
      g_autofree char *number = vb_format_number (i, 0);
      g_autofree char *back = NULL;
      double d = -1;

      if (g_strcmp0 (money, expected) != 0)
        return g_strdup_printf ("%s: “%s”, not “%s”", currency, money, expected);
      if (!vb_parse_number (number, &d) || d != i)
        return g_strdup_printf ("“%s” did not read back as %d", number, i);
    }
  return NULL;
}

/* Threads each have their own formatters (and free them when they end) */
static void
test_threads (void)
{
  GThread *threads[6];

  use_locale ("en_US.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("format", format_in_thread, (gpointer) (i % 2 ? "GBP" : "JPY"));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *failure = g_thread_join (threads[i]);

      if (failure)
        g_error ("%s", failure);
    }
}

/* A sentence's list: “A”, “A and B”, “A, B and C” (the guidance says what a
 * task lacks with it) */
static void
test_list (void)
{
  const char *none[] = { NULL };
  const char *one[] = { "monthly volume", NULL };
  const char *two[] = { "monthly volume", "handle time", NULL };
  const char *three[] = { "monthly volume", "handle time", "kind of work", NULL };
  const char *four[] = { "a", "b", "c", "d", NULL };
  struct { const char *const *items; const char *want; } cases[] = {
    { none, "" },
    { one, "monthly volume" },
    { two, "monthly volume and handle time" },
    { three, "monthly volume, handle time and kind of work" },
    { four, "a, b, c and d" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = vb_format_list (cases[i].items);

      g_assert_cmpstr (got, ==, cases[i].want);
    }
  {
    g_autofree char *empty = vb_format_list (NULL);

    g_assert_cmpstr (empty, ==, "");
  }
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);

  locale_dir = vbt_tmpdir ();
  g_setenv ("LOCPATH", locale_dir, TRUE);
  make_locale ("en_US.UTF-8", "en_US");
  make_locale ("de_DE.UTF-8", "de_DE");
  use_locale ("en_US.UTF-8");
  use_locale ("de_DE.UTF-8");
  use_locale ("C");

  g_test_add_func ("/format/locale-mapping", test_locale_mapping);
  g_test_add_func ("/format/list", test_list);
  g_test_add_func ("/format/en-US/number", test_en_us_number);
  g_test_add_func ("/format/en-US/money", test_en_us_money);
  g_test_add_func ("/format/en-US/rate", test_en_us_rate);
  g_test_add_func ("/format/en-US/percent", test_en_us_percent);
  g_test_add_func ("/format/de-DE/number", test_de_de_number);
  g_test_add_func ("/format/de-DE/money", test_de_de_money);
  g_test_add_func ("/format/de-DE/percent", test_de_de_percent);
  g_test_add_func ("/format/mixed-categories", test_mixed_categories);
  g_test_add_func ("/format/currency", test_currency);
  g_test_add_func ("/format/parse/en-US", test_parse_en_us);
  g_test_add_func ("/format/parse/de-DE", test_parse_de_de);
  g_test_add_func ("/format/c-locale", test_c_locale);
  g_test_add_func ("/format/cache-follows", test_cache_follows);
  g_test_add_func ("/format/threads", test_threads);

  rc = g_test_run ();

  setlocale (LC_ALL, "C");
  vbt_rmdir (locale_dir);
  g_free (locale_dir);
  return rc;
}
