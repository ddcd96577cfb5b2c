/* fuzz-text.c — libFuzzer target: time zones, language lists, sets, dates, terminal text
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it does with an input: vb_fuzz_text() in vb-fuzz-targets.c.
 */

#include <stddef.h>
#include <stdint.h>

#include "vb-fuzz.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  vb_fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  vb_fuzz_text (data, size);
  return 0;
}
