/* vb-csv-detect.c — which delimiter a CSV file uses
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spreadsheets save CSV with the list separator of the user's language:
 * a comma in English, a semicolon where the comma is the decimal mark
 * (most of Europe), and some help desks export with tabs. The first
 * records say which: the right one divides every record into as many
 * cells as the header.
 */

#define G_LOG_DOMAIN "vb-csv-reader"

#include "config.h"

#include <string.h>

#include "vb-csv-private.h"

#define SAMPLE_RECORDS 20  /* records looked at */

/* The delimiter of the first records of d: the one of comma, semicolon
 * and tab that the first record uses and every record after it uses as
 * often (outside quotes); else the one the first record uses most; else
 * a comma (one column). complete: d is the whole text. */
char
vb_csv_detect_delimiter (const guint8 *d,
                         gsize         len,
                         gboolean      complete,
                         gboolean      comments)
{
  static const char candidates[3] = { ',', ';', '\t' };
  guint counts[3][SAMPLE_RECORDS];
  guint current[3] = { 0, 0, 0 };
  guint n_records = 0;
  gsize i = 0, record_length = 0;
  gboolean quoted = FALSE;
  int best = -1;
  gboolean best_consistent = FALSE;

  /* the comment lines before the first record are no guide */
  while (comments && i < len && d[i] == '#')
    {
      while (i < len && d[i] != '\r' && d[i] != '\n')
        i++;
      if (i < len && d[i] == '\r')
        i++;
      if (i < len && d[i] == '\n')
        i++;
    }

  while (i < len && n_records < SAMPLE_RECORDS)
    {
      guint8 b = d[i++];

      if (b == '"')
        quoted = !quoted;
      else if (!quoted && (b == '\r' || b == '\n'))
        {
          if (b == '\r' && i < len && d[i] == '\n')
            i++;
          if (record_length > 0)
            {
              for (int k = 0; k < 3; k++)
                counts[k][n_records] = current[k];
              n_records++;
            }
          memset (current, 0, sizeof current);
          record_length = 0;
          continue;
        }
      else if (!quoted)
        for (int k = 0; k < 3; k++)
          if (b == (guint8) candidates[k])
            current[k]++;
      record_length++;
    }
  if (i >= len && complete && record_length > 0 && n_records < SAMPLE_RECORDS)
    {
      for (int k = 0; k < 3; k++)
        counts[k][n_records] = current[k];
      n_records++;
    }
  if (n_records == 0)
    return ',';

  for (int k = 0; k < 3; k++)
    {
      gboolean consistent = TRUE;

      if (counts[k][0] == 0)
        continue;
      for (guint r = 1; r < n_records; r++)
        if (counts[k][r] != counts[k][0])
          consistent = FALSE;
      if (best < 0 || (consistent && !best_consistent) ||
          (consistent == best_consistent && counts[k][0] > counts[best][0]))
        {
          best = k;
          best_consistent = consistent;
        }
    }
  return best < 0 ? ',' : candidates[best];
}
