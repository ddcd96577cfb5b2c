/* fuzz-number.c — libFuzzer target: numbers as typed, in several locales
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it does with an input: vb_fuzz_number() in vb-fuzz-targets.c.
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
  vb_fuzz_setup_locales ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  vb_fuzz_number (data, size);
  return 0;
}
