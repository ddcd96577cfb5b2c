/* vb-fuzz.h — what each fuzz target does with one input
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fuzz-*.c is a libFuzzer entry point that calls one of these; the
 * regression test (tests/unit/test-fuzz-regressions.c) calls the same
 * functions on the inputs the fuzzers found. A function returns only when
 * the input was handled cleanly — accepted, or refused with a GError of
 * ours whose message is plain words — and aborts on anything else: a
 * sanitizer report, a critical or a warning, a broken promise (a file that
 * check calls sound does not open, an export that does not import again,
 * a read-only open that changes the file or leaves a sidecar behind).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Once per process, before any other call: the private folders every
 * target writes in (under $VB_FUZZ_TMPDIR, else /dev/shm, else the
 * temporary folder), fatal criticals and warnings, quiet logs. */
void vb_fuzz_setup       (void);

/* For the number target, after vb_fuzz_setup: every locale it reads
 * numbers in, compiled now with localedef (into $VB_FUZZ_LOCALES when it
 * is set, kept for the next run) rather than on first use */
void vb_fuzz_setup_locales (void);

/* A project file, or a file and the journal or log a crash left beside it
 * (see vb-fuzz-targets.c): check it, open it as the window does, read
 * every row of every list, run guidance, make one edit and undo it,
 * export to JSON, import that JSON again and compare. A file check
 * refuses is opened by the window too for one input in eight (by its
 * bytes), or for every input with vb_fuzz_thorough. */
void vb_fuzz_project     (const guint8 *data,
                          gsize         size);
extern gboolean vb_fuzz_thorough;

/* The strict RFC 8259 validator alone, under the import's limits and under
 * tight ones; what it accepts json-glib must read */
void vb_fuzz_json_strict (const guint8 *data,
                          gsize         size);

/* The whole JSON import into a new project file, then that file opened,
 * exported, and the export imported again and compared */
void vb_fuzz_json_import (const guint8 *data,
                          gsize         size);

/* Text read from a file: time zones, language lists, sets of enumeration
 * words, dates, text for the terminal */
void vb_fuzz_text        (const guint8 *data,
                          gsize         size);

/* Numbers as typed, in one of several locales (the first byte picks it) */
void vb_fuzz_number      (const guint8 *data,
                          gsize         size);

/* Days and hours of cover: two covers (days mask, from, to as the file
 * holds them, a time zone) checked as a file's values are, then compared */
void vb_fuzz_hours       (const guint8 *data,
                          gsize         size);

/* A CSV file: read under the default limits and under tight ones (what
 * tight ones pass, wide ones pass the same), and with a fixed delimiter;
 * every row in order, every cell UTF-8 of the length it says, within the
 * limits */
void vb_fuzz_csv         (const guint8 *data,
                          gsize         size);

/* A workbook: a zip as it is, or else the XML of a sheet (then, after a
 * NUL, the shared strings) packed into a workbook; every sheet listed and
 * read under the default and tight limits, checked as the CSV rows are */
void vb_fuzz_xlsx        (const guint8 *data,
                          gsize         size);

/* A help-desk ticket export (vb-ticket-import.h): detected or mapped by
 * the first byte, in two time zones; no part larger than its whole */
void vb_fuzz_ticket      (const guint8 *data,
                          gsize         size);

G_END_DECLS
