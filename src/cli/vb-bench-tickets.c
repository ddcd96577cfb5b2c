/* vb-bench-tickets.c — the bench's million-ticket export
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a CSV of 1,000,000 tickets (eight columns, ISO 8601 timestamps
 * with offsets, a year of weeks, five channels) in the bench folder, then
 * imports it three times with the file in the page cache and reports the
 * median, and how far one import raised the peak resident size
 * (VmHWM, the figure ru_maxrss reports, reset first).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>
#include <stdio.h>
#include <string.h>

#include "vb-cli.h"
#include "vb-ticket-import.h"

#define N_TICKETS 1000000

static guint64
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

static void
iso (char   *out,
     gint64  t)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (t);

  /* written as Berlin winter time would be: +01:00 */
  g_autoptr (GDateTime) local = g_date_time_add_hours (dt, 1);
  g_autofree char *text = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S.000+01:00");

  strcpy (out, text);
}

static gboolean
write_tickets (const char  *path,
               GError     **error)
{
  static const char *const channels[] = { "Email", "Web form", "Chat", "Voice", "Twitter" };
  static const char *const scores[] = { "Good", "Bad", "Offered", "Unoffered" };
  g_autoptr (GString) out = g_string_sized_new (1 << 20);
  FILE *f = g_fopen (path, "wb");
  gint64 start = 1767567600;   /* 2026-01-04T23:00:00Z: Monday 5 January, Berlin */
  guint32 seed = 12345;

  if (f == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s cannot be written", path);
      return FALSE;
    }
  g_string_append (out, "id,created,first_response,resolved,channel,escalated,reopened,satisfaction\n");
  for (guint i = 0; i < N_TICKETS; i++)
    {
      char created[40], first[40], resolved[40];
      gint64 t;

      /* a cheap generator, the same every run */
      seed = seed * 1103515245 + 12345;
      t = start + (gint64) i * 31 + (seed >> 16) % 30;
      iso (created, t);
      iso (first, t + 60 + (seed >> 8) % 7200);
      iso (resolved, t + 3600 + (seed >> 4) % 200000);
      g_string_append_printf (out, "TCK-%07u,%s,%s,%s,%s,%s,%u,%s\n", i + 1, created, first,
                              (seed >> 3) % 5 ? resolved : "", channels[(seed >> 20) % 5],
                              (seed >> 12) % 10 ? "false" : "true", (seed >> 24) % 9 ? 0u : 1u,
                              scores[(seed >> 14) % 4]);
      if (out->len > (1 << 20) - 512)
        {
          fwrite (out->str, 1, out->len, f);
          g_string_truncate (out, 0);
        }
    }
  fwrite (out->str, 1, out->len, f);
  if (fclose (f) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s cannot be written", path);
      return FALSE;
    }
  return TRUE;
}

/* user + system time of the process so far: the wall clock counts the
 * time other programs had the machine's two cores */
static double
cpu_time_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

gboolean
vb_cli_bench_tickets (const char  *dir,
                      double      *median_ms,
                      double      *cpu_ms,
                      guint64     *peak_kb,
                      goffset     *file_bytes,
                      GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "tickets.csv", NULL);
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (VbTicketMapping) mapping = vb_ticket_mapping_new ();
  VbTicketOptions options;
  double ms[3], cpu[3];
  GStatBuf st;

  if (!write_tickets (path, error))
    return FALSE;
  *file_bytes = g_stat (path, &st) == 0 ? st.st_size : 0;
  if (!vb_ticket_mapping_parse (mapping, "id=id,created=created,first_response=first_response,"
                                "resolved=resolved,channel=channel,escalated=escalated,"
                                "reopened=reopened,satisfaction=satisfaction", error))
    return FALSE;
  vb_ticket_options_init (&options);
  options.time_zone = tz;
  options.mapping = mapping;

  /* once to warm the page cache, then three timed runs */
  for (int run = -1; run < 3; run++)
    {
      g_autoptr (VbTicketImport) import = NULL;
      guint64 before = 0;
      gint64 t0;
      double c0;

      if (run == 0)
        {
          FILE *f = fopen ("/proc/self/clear_refs", "w");

          if (f == NULL || fputs ("5", f) == EOF || fclose (f) != 0)
            g_printerr ("bench: the peak memory could not be reset; the figure includes earlier work\n");
          before = status_kb ("VmRSS:");
        }
      t0 = g_get_monotonic_time ();
      c0 = cpu_time_ms ();
      import = vb_ticket_import_file (path, &options, error);
      if (import == NULL)
        return FALSE;
      if (run == 0)
        {
          guint64 hwm = status_kb ("VmHWM:");

          *peak_kb = hwm > before ? hwm - before : 0;
        }
      if (run >= 0)
        {
          ms[run] = (g_get_monotonic_time () - t0) / 1000.0;
          cpu[run] = cpu_time_ms () - c0;
        }
      if (vb_ticket_import_get_n_tickets (import) != N_TICKETS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the ticket import counted %" G_GUINT64_FORMAT " tickets",
                       vb_ticket_import_get_n_tickets (import));
          return FALSE;
        }
    }
  qsort (ms, 3, sizeof (double), compare_double);
  *median_ms = ms[1];
  qsort (cpu, 3, sizeof (double), compare_double);
  *cpu_ms = cpu[1];
  g_unlink (path);
  return TRUE;
}

gboolean
vb_cli_bench_tickets_print (const char  *dir,
                            GError     **error)
{
  double ms = 0, cpu = 0;
  guint64 kb = 0;
  goffset bytes = 0;

  if (!vb_cli_bench_tickets (dir, &ms, &cpu, &kb, &bytes, error))
    return FALSE;
  g_print ("%-44s %10.1f ms  (CPU %.0f ms; %.0f MB CSV, median of 3, warm cache; peak memory added %.1f MB; "
           "targets < 1 s, < 100 MB)\n", "import 1,000,000 tickets", ms, cpu, bytes / 1e6, kb / 1024.0);
  return TRUE;
}
