/* fuzz-json-import.c — libFuzzer target: the whole JSON import, then the file it makes opened
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it does with an input: vb_fuzz_json_import() in vb-fuzz-targets.c.
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
  vb_fuzz_json_import (data, size);
  return 0;
}
