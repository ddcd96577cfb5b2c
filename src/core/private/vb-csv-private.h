/* vb-csv-private.h — the insides of the CSV reader, shared by its two files
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The delimiter of the first records of d (',', ';' or '\t'): the one
 * the first record uses and every record after it uses as often, outside
 * quotes; else the one the first record uses most; else a comma.
 * complete: d is the whole text (its last record counts without a line
 * end); comments: leading lines starting with "#" are skipped. */
char vb_csv_detect_delimiter (const guint8 *d,
                              gsize         len,
                              gboolean      complete,
                              gboolean      comments);

G_END_DECLS
