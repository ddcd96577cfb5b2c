/* vb-json-scanner.h — the state of the strict JSON check (internal)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the scanner (vb-json-strict.c) and the messages it reports
 * (vb-json-report.c); nothing else includes it.
 */

#pragma once

#include <glib.h>

#include "vb-json-keyset.h"
#include "vb-json-strict.h"

G_BEGIN_DECLS

typedef enum {
  EXPECT_VALUE,           /* at the start, after a comma in an array, after a colon */
  EXPECT_VALUE_OR_CLOSE,  /* after [ */
  EXPECT_KEY_OR_CLOSE,    /* after { */
  EXPECT_KEY,             /* after a comma in an object */
  EXPECT_COLON,           /* after a field name */
  EXPECT_COMMA_OR_CLOSE,  /* after a value inside an array or an object */
  EXPECT_END,             /* after the one value of the document */
} State;

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

/* The length of the well-formed UTF-8 sequence at p (Unicode table 3-7:
 * no overlong form, no surrogate, nothing above U+10FFFF), 0 if there is none */
static inline gsize
vb_json_utf8_sequence_length (const guchar *p,
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

gboolean vb_json_fail                (Scanner      *s,
                                      int           code,
                                      gsize         offset,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (4, 5);
gboolean vb_json_fail_utf8           (Scanner      *s,
                                      gsize         offset);
gboolean vb_json_fail_unexpected     (Scanner      *s,
                                      State         state,
                                      gsize         p);
gboolean vb_json_fail_end_of_file    (Scanner      *s);
gboolean vb_json_report_duplicate    (Scanner      *s,
                                      const KeySet *set,
                                      gsize         repeated);
char    *vb_json_shorten             (const char   *start,
                                      gsize         length);
char    *vb_json_describe_at         (const Scanner *s,
                                      gsize          offset);

G_END_DECLS
