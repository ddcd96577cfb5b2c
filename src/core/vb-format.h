/* vb-format.h — numbers, money and times in the user's locale
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers, percentages and money are formatted by ICU in the locale of the
 * process: LC_NUMERIC for numbers and percentages, LC_MONETARY for money (see
 * vb_icu_locale_from_posix). Every result is newly allocated UTF-8; a value
 * that is not finite shows as “—”. The formatters are cached per thread. */
char       *vb_format_number         (double      value,
                                      int         decimals);
char       *vb_format_percent        (double      percent,
                                      int         decimals);
char       *vb_format_money          (double      value,
                                      const char *currency);
char       *vb_format_money_rate     (double      value,
                                      const char *currency);
const char *vb_currency_symbol       (const char *currency);
char       *vb_currency_default      (void);
char       *vb_icu_locale_from_posix (const char *posix_locale);

char       *vb_format_time_of_day    (int         minutes);
char       *vb_format_days           (int         mask);
gboolean    vb_parse_number          (const char *text,
                                      double     *value);

gboolean    vb_str_is_blank          (const char *text);
char       *vb_format_list           (const char *const *items);

G_END_DECLS
