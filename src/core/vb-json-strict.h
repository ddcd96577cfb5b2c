/* vb-json-strict.h — a strict RFC 8259 check of untrusted JSON
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits are taken literally: 0 means nothing is allowed (max_depth 0: no
 * array or object at all). */
typedef struct {
  gsize max_bytes;        /* the whole document */
  guint max_depth;        /* arrays and objects nested in one another; [] is depth 1 */
  gsize max_string_bytes; /* one string (a value or a field name) as encoded in the
                           * file, escapes as written, without its two quotes */
} VbJsonLimits;

gboolean vb_json_strict_validate (const char          *data,
                                  gsize                length,
                                  const VbJsonLimits  *limits,
                                  GError             **error);

G_END_DECLS
