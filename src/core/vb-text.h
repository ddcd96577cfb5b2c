/* vb-text.h — words read from a file: checked before they are used
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text in a project file is data, never a path or a command: a time zone
 * is a name of the system's time-zone database, a list of languages is
 * bounded and read in linear time, and text shown on a terminal has its
 * control characters escaped.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At most this many languages in one list, each at most this long */
#define VB_LANGUAGES_MAX       64
#define VB_LANGUAGE_MAX_BYTES  64

gboolean    vb_timezone_is_valid      (const char  *name);
GTimeZone  *vb_timezone_new           (const char  *name);
gboolean    vb_languages_check        (const char  *text,
                                       char       **problem);
GPtrArray  *vb_languages_parse        (const char  *text);
gboolean    vb_currency_code_is_valid (const char  *code);
char       *vb_text_for_terminal      (const char  *text);

G_END_DECLS
