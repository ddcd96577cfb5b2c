/* vb-fuzz-main.c — the libFuzzer entry points of every target
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz/meson.build compiles this file once per target, with
 * VB_FUZZ_TARGET naming the function of vb-fuzz-targets.c that takes an
 * input (vb_fuzz_project, vb_fuzz_json_strict, …) and VB_FUZZ_LOCALES set
 * for the targets that read numbers in several locales.
 */

#include <stddef.h>
#include <stdint.h>

#include "vb-fuzz.h"

#ifndef VB_FUZZ_TARGET
#error "VB_FUZZ_TARGET names the target function (fuzz/meson.build sets it)"
#endif

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  vb_fuzz_setup ();
#ifdef VB_FUZZ_LOCALES
  vb_fuzz_setup_locales ();
#endif
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  VB_FUZZ_TARGET (data, size);
  return 0;
}
