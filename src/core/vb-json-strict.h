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
  guint max_members;      /* fields in one object: json-glib keeps an object's
                           * fields in a GHashTable under g_str_hash, which a
                           * file can flood with colliding names */
} VbJsonLimits;

/* TRUE if data (length bytes, no NUL needed at the end) is exactly one
 * RFC 8259 value that json-glib 1.6 reads as written: valid UTF-8, no
 * byte-order mark, comments, single quotes or second document; numbers by
 * the RFC grammar, finite as doubles, whole numbers inside int64; no
 * \u0000 and no lone surrogate; no field name twice in one object; within
 * limits. Otherwise FALSE and a VB_IMPORT_ERROR (SYNTAX, TOO_DEEP or
 * TOO_LARGE) whose message gives the line and the column, in characters,
 * of the first problem. Iterative, linear in length; thread-safe. */
gboolean vb_json_strict_validate (const char          *data,
                                  gsize                length,
                                  const VbJsonLimits  *limits,
                                  GError             **error);

G_END_DECLS
