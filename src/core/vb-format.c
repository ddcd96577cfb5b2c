/* vb-format.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-format.h"

/* Grouped digits and the decimal mark of LC_NUMERIC, e.g. 12,345.5 or 12.345,5 */
char *
vb_format_number (double value,
                  int    decimals)
{
  char buf[64];

  if (!isfinite (value))
    return g_strdup ("—");
  if (decimals < 0)
    decimals = 0;
  snprintf (buf, sizeof buf, "%'.*f", decimals, value);
  if (decimals == 0 && strcmp (buf, "-0") == 0)
    return g_strdup ("0");
  return g_strdup (buf);
}

static const struct {
  const char *code;
  const char *symbol;
} symbols[] = {
  { "EUR", "€" }, { "USD", "$" }, { "GBP", "£" }, { "JPY", "¥" }, { "CNY", "¥" },
  { "INR", "₹" }, { "PHP", "₱" }, { "KRW", "₩" }, { "PLN", "zł" }, { "CHF", "CHF" },
  { "CAD", "CA$" }, { "AUD", "A$" }, { "NZD", "NZ$" }, { "BRL", "R$" }, { "MXN", "MX$" },
  { "SEK", "kr" }, { "NOK", "kr" }, { "DKK", "kr" }, { "ZAR", "R" }, { "TRY", "₺" },
};

const char *
vb_currency_symbol (const char *currency)
{
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (g_strcmp0 (symbols[i].code, currency) == 0)
      return symbols[i].symbol;
  return currency;
}

char *
vb_format_money (double      value,
                 const char *currency)
{
  g_autofree char *number = vb_format_number (fabs (value), 0);
  const char *symbol = vb_currency_symbol (currency ? currency : "");

  if (!isfinite (value))
    return g_strdup ("—");
  /* “€ 12,345” reads the same in every locale and never loses the currency */
  return g_strdup_printf ("%s%s %s", value < 0 ? "−" : "", symbol, number);
}

/* The currency of LC_MONETARY, or EUR where the locale has none (C, POSIX) */
char *
vb_currency_default (void)
{
  const char *code = localeconv ()->int_curr_symbol;
  g_autofree char *stripped = g_strstrip (g_strdup (code ? code : ""));

  if (strlen (stripped) == 3 && g_ascii_isalpha (stripped[0]) && g_ascii_isalpha (stripped[1]) &&
      g_ascii_isalpha (stripped[2]))
    return g_ascii_strup (stripped, -1);
  return g_strdup ("EUR");
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

/* A number as the user types it: in their locale (1.234,5) or plain (1234.5) */
gboolean
vb_parse_number (const char *text,
                 double     *value)
{
  struct lconv *lc = localeconv ();
  const char *dec = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
  const char *group = lc->thousands_sep ? lc->thousands_sep : "";
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  char *end = NULL;
  double d;

  if (*trimmed == '\0')
    return FALSE;
  for (const char *p = trimmed; *p; p++)
    {
      if (*group && strncmp (p, group, strlen (group)) == 0 && strcmp (group, dec) != 0)
        {
          p += strlen (group) - 1;
          continue;
        }
      if (strncmp (p, dec, strlen (dec)) == 0)
        {
          g_string_append_c (s, '.');
          p += strlen (dec) - 1;
          continue;
        }
      if (*p == ' ' || (*p == ',' && strcmp (dec, ",") != 0))
        continue;   /* 12 345 or 12,345 */
      g_string_append_c (s, *p);
    }
  d = g_ascii_strtod (s->str, &end);
  if (end == s->str || *end != '\0' || !isfinite (d))
    return FALSE;
  *value = d;
  return TRUE;
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
