/* vb-sheet.c — what the spreadsheet readers have in common
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-sheet"

#include "config.h"

#include "vb-sheet.h"

void
vb_sheet_limits_init (VbSheetLimits *limits)
{
  g_return_if_fail (limits != NULL);

  *limits = (VbSheetLimits) {
    .max_cell_bytes = 1024 * 1024,
    .max_cells_per_row = 1000,
    .max_rows = 1000000,
    .max_total_bytes = G_GUINT64_CONSTANT (256) * 1024 * 1024,
    .max_row_bytes = 16 * 1024 * 1024,
    .max_entry_bytes = G_GUINT64_CONSTANT (64) * 1024 * 1024,
    .max_shared_strings = 1000000,
    .max_shared_bytes = G_GUINT64_CONSTANT (32) * 1024 * 1024,
    .max_sheets = 1000,
  };
}

char *
vb_sheet_column_name (guint column)
{
  char letters[16];
  int i = G_N_ELEMENTS (letters) - 1;
  guint64 n = (guint64) column + 1;

  letters[i] = '\0';
  while (n > 0 && i > 0)
    {
      n--;
      letters[--i] = (char) ('A' + n % 26);
      n /= 26;
    }
  return g_strdup (letters + i);
}

char *
vb_sheet_format_size (guint64 bytes)
{
  const guint64 mib = 1024 * 1024;

  /* the words a spreadsheet user knows: MB, KB (the binary sizes a limit
   * is set in, which is what file managers long called MB too) */
  if (bytes >= mib && bytes % mib == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " MB", bytes / mib);
  if (bytes >= 1024 && bytes % 1024 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " KB", bytes / 1024);
  return g_format_size_full (bytes, G_FORMAT_SIZE_LONG_FORMAT);
}
