/* test-tickets.c — help-desk ticket exports summed per week and channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures in tests/data/tickets carry each help desk's real header
 * and quirks (DOMAIN.md "Help-desk exports"). Every expected number is
 * worked out by hand in the comment beside it.
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vb-error.h"
#include "private/vb-project-private.h"
#include "private/vb-record-private.h"
#include "vb-ticket-import.h"

static char *
fixture (const char *name)
{
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");

  g_assert_nonnull (srcdir);
  return g_build_filename (srcdir, "tests", "data", "tickets", name, NULL);
}

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (tz);
  return tz;
}

static gint64
local_unix (GTimeZone *tz, int y, int m, int d, int h, int min)
{
  g_autoptr (GDateTime) dt = g_date_time_new (tz, y, m, d, h, min, 0);

  return g_date_time_to_unix (dt);
}

static VbTicketImport *
import_fixture (const char            *name,
                const VbTicketOptions *given)
{
  g_autofree char *path = fixture (name);
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (GError) error = NULL;
  VbTicketOptions options;
  VbTicketImport *import;

  if (given)
    options = *given;
  else
    vb_ticket_options_init (&options);
  if (options.time_zone == NULL)
    options.time_zone = tz;
  import = vb_ticket_import_file (path, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static const VbTicketWeek *
find_week (VbTicketImport *import,
           gint64          week_start,
           VbChannel       channel)
{
  for (guint i = 0; i < vb_ticket_import_get_n_weeks (import); i++)
    {
      const VbTicketWeek *week = vb_ticket_import_get_week (import, i);

      if (week->week_start == week_start && week->channel == channel)
        return week;
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
has_warning (VbTicketImport *import,
             const char     *part)
{
  const char *const *warnings = vb_ticket_import_get_warnings (import);

  for (guint i = 0; warnings[i]; i++)
    if (strstr (warnings[i], part))
      return TRUE;
  return FALSE;
}

static void
test_zendesk (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (VbTicketImport) import = import_fixture ("zendesk.csv", NULL);
  gint64 mar2 = local_unix (tz, 2026, 3, 2, 0, 0), mar9 = local_unix (tz, 2026, 3, 9, 0, 0);
  const VbTicketWeek *email, *chat, *phone;
  VbKpiCounts counts;

  g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_ZENDESK);
  /* five tickets: the quoted line break in 104's subject is no record */
  g_assert_cmpuint (vb_ticket_import_get_n_tickets (import), ==, 5);
  g_assert_false (vb_ticket_import_get_business_hours (import));
  g_assert_cmpuint (strlen (vb_ticket_import_get_header_key (import)), ==, 64);
  g_assert_true (has_warning (import, "proxy"));

  /* week of 2 March, email: 101 (Web form) and 102 (Email) */
  email = find_week (import, mar2, VB_CHANNEL_EMAIL);
  g_assert_cmpuint (email->tickets, ==, 2);
  /* first replies 10 and 20 min = 600, 1200 s: median rank ⌈0.5·2⌉ = 1 → 600,
   * p90 rank ⌈1.8⌉ = 2 → 1200 */
  g_assert_cmpfloat (email->first_response_median, ==, 600);
  g_assert_cmpfloat (email->first_response_p90, ==, 1200);
  /* resolution 180 and 1440 min: (10800 + 86400) / 2 = 48600 s */
  g_assert_cmpfloat (email->resolution_mean, ==, 48600);
  /* 102 was reopened: 1 of 2 solved without a reopen = 50 % */
  g_assert_cmpfloat (email->fcr_proxy, ==, 50);
  /* 102 passed 2 groups (more than 1 = escalated): 1 of 2 */
  g_assert_cmpfloat (email->escalation_rate, ==, 50);
  /* Good, Bad: 1 of 2 */
  g_assert_cmpuint (email->survey_answers, ==, 2);
  g_assert_cmpfloat (email->csat, ==, 50);
  vb_ticket_week_get_counts (email, &counts);
  g_assert_cmpfloat (counts.value[VB_KPI_COUNT_HANDLED], ==, 2);
  g_assert_cmpfloat (counts.value[VB_KPI_COUNT_RESOLVED_FIRST_CONTACT], ==, 1);
  g_assert_cmpfloat (counts.value[VB_KPI_COUNT_SATISFIED], ==, 1);
  g_assert_cmpfloat (vb_kpi_compute (vb_kpi_get_builtin (VB_KPI_FCR), &counts), ==, 50);

  /* 104: chat, three groups; "Unoffered" is no answer */
  chat = find_week (import, mar2, VB_CHANNEL_CHAT);
  g_assert_cmpfloat (chat->escalation_rate, ==, 100);
  g_assert_cmpuint (chat->survey_answers, ==, 0);
  g_assert_true (isnan (chat->csat));
  /* 103: Voice, not solved: no FCR, no resolution time */
  phone = find_week (import, mar2, VB_CHANNEL_PHONE);
  g_assert_cmpuint (phone->resolved, ==, 0);
  g_assert_true (isnan (phone->fcr_proxy));
  g_assert_true (isnan (phone->resolution_mean));
  /* 105: Mail, the next week */
  g_assert_cmpuint (find_week (import, mar9, VB_CHANNEL_EMAIL)->tickets, ==, 1);
  g_assert_cmpuint (vb_ticket_import_get_n_weeks (import), ==, 4);
}

static void
test_business_hours (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (VbTicketMapping) mapping = vb_ticket_mapping_new_preset (VB_TICKET_PRESET_ZENDESK);
  g_autoptr (VbTicketImport) import = NULL;
  const VbTicketWeek *email;
  VbTicketOptions options;

  vb_ticket_mapping_set_business_hours (mapping, TRUE);
  vb_ticket_options_init (&options);
  options.mapping = mapping;
  import = import_fixture ("zendesk.csv", &options);
  g_assert_true (vb_ticket_import_get_business_hours (import));
  g_assert_true (has_warning (import, "business hours"));
  email = find_week (import, local_unix (tz, 2026, 3, 2, 0, 0), VB_CHANNEL_EMAIL);
  /* the business-hours columns: 5 and 15 min, 120 and 480 min */
  g_assert_cmpfloat (email->first_response_median, ==, 300);
  g_assert_cmpfloat (email->first_response_p90, ==, 900);
  g_assert_cmpfloat (email->resolution_mean, ==, (7200 + 28800) / 2);
}

/* the same from the options, with the preset found from the header */
static void
test_business_hours_detected (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (VbTicketImport) import = NULL;
  VbTicketOptions options;

  vb_ticket_options_init (&options);
  options.business_hours = TRUE;
  import = import_fixture ("zendesk.csv", &options);
  g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_ZENDESK);
  g_assert_true (vb_ticket_import_get_business_hours (import));
  g_assert_cmpfloat (find_week (import, local_unix (tz, 2026, 3, 2, 0, 0), VB_CHANNEL_EMAIL)->first_response_median,
                     ==, 300);
}

static void
test_business_hours_no_mixing (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (VbTicketMapping) mapping = vb_ticket_mapping_new_preset (VB_TICKET_PRESET_FRESHDESK);
  g_autoptr (VbTicketImport) import = NULL;
  const VbTicketWeek *chat, *phone;
  VbTicketOptions options;

  vb_ticket_mapping_set_business_hours (mapping, TRUE);
  vb_ticket_options_init (&options);
  options.mapping = mapping;
  import = import_fixture ("freshdesk.csv", &options);
  /* ticket 3 (chat) has timestamps but no business-hours duration: it
   * gives no first-response time rather than a calendar one */
  chat = find_week (import, local_unix (tz, 2026, 3, 2, 0, 0), VB_CHANNEL_CHAT);
  g_assert_cmpuint (chat->first_responses, ==, 0);
  g_assert_true (isnan (chat->first_response_median));
  /* ticket 2 (phone): 00:45:00 = 2700 s in business hours (the
   * timestamps would say 3600) */
  phone = find_week (import, local_unix (tz, 2026, 3, 2, 0, 0), VB_CHANNEL_PHONE);
  g_assert_cmpfloat (phone->first_response_median, ==, 2700);
  g_assert_cmpfloat (phone->resolution_mean, ==, 4 * 3600);
}

static void
test_freshdesk (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (VbTicketImport) import = import_fixture ("freshdesk.csv", NULL);
  g_autoptr (VbTicketImport) service = import_fixture ("freshservice.csv", NULL);
  gint64 mar2 = local_unix (tz, 2026, 3, 2, 0, 0);
  const VbTicketWeek *phone, *email;

  g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_FRESHDESK);
  phone = find_week (import, mar2, VB_CHANNEL_PHONE);
  /* created 10:00, first reply 11:00, resolved 16:00 */
  g_assert_cmpfloat (phone->first_response_median, ==, 3600);
  g_assert_cmpfloat (phone->resolution_mean, ==, 6 * 3600);
  /* tag "escalated"; "Unhappy" */
  g_assert_cmpfloat (phone->escalation_rate, ==, 100);
  g_assert_cmpfloat (phone->csat, ==, 0);
  /* Portal → email; "Extremely Happy" */
  email = find_week (import, mar2, VB_CHANNEL_EMAIL);
  g_assert_cmpfloat (email->csat, ==, 100);
  g_assert_cmpfloat (email->escalation_rate, ==, 0);

  /* Freshservice capitalises differently */
  g_assert_cmpint (vb_ticket_import_get_preset (service), ==, VB_TICKET_PRESET_FRESHDESK);
  g_assert_cmpfloat (find_week (service, mar2, VB_CHANNEL_EMAIL)->first_response_median, ==, 600);
}

static void
test_zammad (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (VbTicketImport) import = import_fixture ("zammad.xlsx", NULL);
  gint64 mar2 = local_unix (tz, 2026, 3, 2, 0, 0);
  const VbTicketWeek *email;

  /* title in row 1, header in row 3, a time-zone footer */
  g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_ZAMMAD);
  g_assert_cmpuint (vb_ticket_import_get_n_tickets (import), ==, 2);
  email = find_week (import, mar2, VB_CHANNEL_EMAIL);
  /* 09:00 → 09:20, closed 11:00 */
  g_assert_cmpfloat (email->first_response_median, ==, 1200);
  g_assert_cmpfloat (email->resolution_mean, ==, 7200);
  g_assert_cmpfloat (find_week (import, mar2, VB_CHANNEL_PHONE)->first_response_median, ==, 2400);
}

static void
test_osticket (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  gint64 mar2 = local_unix (tz, 2026, 3, 2, 0, 0);
  static const char *const others[] = { "osticket-en.csv", "osticket-fr.csv", "osticket-es.csv" };
  g_autoptr (VbTicketImport) de = import_fixture ("osticket-de.csv", NULL);
  const VbTicketWeek *phone, *email;

  /* byte-order mark, ";", German headers, '=1001 and '-Allgemein */
  g_assert_cmpint (vb_ticket_import_get_preset (de), ==, VB_TICKET_PRESET_OSTICKET);
  g_assert_cmpuint (vb_ticket_import_get_n_tickets (de), ==, 3);
  phone = find_week (de, mar2, VB_CHANNEL_PHONE);
  /* 02.03. 09:00 → 17:00 */
  g_assert_cmpfloat (phone->resolution_mean, ==, 8 * 3600);
  g_assert_cmpfloat (phone->fcr_proxy, ==, 100);
  /* E-Mail (open) and Web (solved, reopened once): FCR 0 of 1 */
  email = find_week (de, mar2, VB_CHANNEL_EMAIL);
  g_assert_cmpuint (email->tickets, ==, 2);
  g_assert_cmpuint (email->resolved, ==, 1);
  g_assert_cmpfloat (email->fcr_proxy, ==, 0);
  /* no first-response column: no first-response time */
  g_assert_true (isnan (email->first_response_median));

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr (VbTicketImport) import = import_fixture (others[i], NULL);

      g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_OSTICKET);
      g_assert_cmpuint (vb_ticket_import_get_n_tickets (import), ==, 1);
      g_assert_cmpfloat (vb_ticket_import_get_week (import, 0)->resolution_mean, ==, 3600);
    }
}

static void
test_utf16 (void)
{
  g_autofree char *path = fixture ("osticket-en.csv");
  g_autofree char *text = NULL, *tmp = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr (GString) bytes = g_string_new ("\xFF\xFE");
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  gsize length, written;
  int fd;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  utf16 = g_convert (text, length, "UTF-16LE", "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  g_string_append_len (bytes, utf16, written);
  fd = g_file_open_tmp ("vb-tickets-XXXXXX.csv", &tmp, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (tmp, bytes->str, bytes->len, NULL));
  import = vb_ticket_import_file (tmp, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_OSTICKET);
  g_assert_cmpuint (vb_ticket_import_get_n_tickets (import), ==, 1);
  g_unlink (tmp);
}

static VbTicketMapping *
mapped_mapping (void)
{
  VbTicketMapping *mapping = vb_ticket_mapping_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (vb_ticket_mapping_parse (mapping, "id=Ref,created=Opened,first_response_duration=Reply after,"
                                          "resolution_duration=Done after,channel=Kanal,escalated=Escalated,"
                                          "reopened=Reopened,satisfaction=Score", &error));
  g_assert_no_error (error);
  vb_ticket_mapping_set_duration_unit (mapping, VB_TICKET_DURATION_HOURS);
  return mapping;
}

static void
test_mapped (void)
{
  g_autoptr (VbTicketMapping) mapping = mapped_mapping ();
  g_autoptr (VbTicketImport) import = NULL;
  const VbTicketWeek *week;
  VbTicketOptions options;

  vb_ticket_options_init (&options);
  options.mapping = mapping;
  import = import_fixture ("mapped.tsv", &options);
  g_assert_cmpint (vb_ticket_import_get_preset (import), ==, VB_TICKET_PRESET_MAPPED);
  g_assert_cmpuint (vb_ticket_import_get_n_weeks (import), ==, 1);
  week = vb_ticket_import_get_week (import, 0);
  g_assert_cmpint (week->channel, ==, VB_CHANNEL_PHONE);
  /* replies 0.5, 1,5 (decimal comma), 2, 4 h = 1800, 5400, 7200, 14400 s:
   * median rank ⌈2⌉ = 2 → 5400; p90 rank ⌈3.6⌉ = 4 → 14400 */
  g_assert_cmpfloat (week->first_response_median, ==, 5400);
  g_assert_cmpfloat (week->first_response_p90, ==, 14400);
  /* resolved after 2, 3, 5 h: (7200 + 10800 + 18000) / 3 = 12000 */
  g_assert_cmpfloat (week->resolution_mean, ==, 12000);
  /* 3 solved, ticket 4 reopened: 2 / 3 */
  g_assert_cmpfloat_with_epsilon (week->fcr_proxy, 200.0 / 3, 1e-9);
  g_assert_cmpfloat (week->escalation_rate, ==, 25);
  /* 0–10 (a 3 and a 7): 10 and 9 satisfied of 4; promoters 2, passives 1,
   * detractors 1 */
  g_assert_cmpfloat (week->csat, ==, 50);
  g_assert_cmpuint (week->promoters, ==, 2);
  g_assert_cmpuint (week->passives, ==, 1);
  g_assert_cmpuint (week->detractors, ==, 1);
}

static VbTicketImport *
import_text (const char     *text,
             GTimeZone      *tz,
             GError        **error)
{
  g_autoptr (VbTicketMapping) mapping = vb_ticket_mapping_new ();
  VbTicketOptions options;

  vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_CREATED, "created");
  vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_FIRST_RESPONSE, "replied");
  vb_ticket_mapping_set_column (mapping, VB_TICKET_FIELD_SATISFACTION, "rating");
  vb_ticket_options_init (&options);
  options.mapping = mapping;
  options.time_zone = tz;
  return vb_ticket_import_data (text, strlen (text), &options, error);
}

static void
test_nearest_rank (void)
{
  g_autoptr (GString) csv = g_string_new ("created,replied,rating\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  const VbTicketWeek *week;

  /* ten replies after 10, 9, …, 1 minutes (written out of order) */
  for (int i = 10; i >= 1; i--)
    g_string_append_printf (csv, "2026-03-03 10:00,2026-03-03 10:%02d,%d\n", i, i <= 5 ? i : 5);
  import = import_text (csv->str, NULL, &error);
  g_assert_no_error (error);
  week = vb_ticket_import_get_week (import, 0);
  /* sorted 60 … 600 s; median rank ⌈5⌉ = 5 → 300 (no interpolation:
   * not 330); p90 rank ⌈9⌉ = 9 → 540 */
  g_assert_cmpfloat (week->first_response_median, ==, 300);
  g_assert_cmpfloat (week->first_response_p90, ==, 540);
  /* ratings 1–5 only: 5,5,5,5,5,5,4 are satisfied (4–5): 7 of 10 */
  g_assert_cmpfloat (week->csat, ==, 70);
  g_assert_cmpuint (week->promoters, ==, 0);
}

/* many values with repeats, against the library's sorted nearest rank */
static void
test_rank_random (void)
{
  g_autoptr (GString) csv = g_string_new ("created,replied,rating\n");
  g_autoptr (GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GRand) rand = g_rand_new_with_seed (17);
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  const VbTicketWeek *week;

  for (guint i = 0; i < 2001; i++)
    {
      /* a third of them the same 42 s: repeats */
      int t = i % 3 ? g_rand_int_range (rand, 0, 86400) : 42;
      double s = t;

      g_array_append_val (seconds, s);
      g_string_append_printf (csv, "2026-03-03 00:00,2026-03-03 %02d:%02d:%02d,\n", t / 3600, t / 60 % 60, t % 60);
    }
  import = import_text (csv->str, NULL, &error);
  g_assert_no_error (error);
  week = vb_ticket_import_get_week (import, 0);
  g_assert_cmpfloat (week->first_response_median, ==,
                     vb_kpi_percentile ((double *) seconds->data, seconds->len, 0.5));
  g_assert_cmpfloat (week->first_response_p90, ==,
                     vb_kpi_percentile ((double *) seconds->data, seconds->len, 0.9));
}

static void
test_apostrophe (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;

  /* a spreadsheet's leading apostrophe (osTicket writes one before = - +
   * @) is not part of the value */
  import = import_text ("created,replied,rating\n'2026-03-02 09:00,'2026-03-02 09:05,'4\n", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (vb_ticket_import_get_week (import, 0)->first_response_median, ==, 300);
  g_assert_cmpfloat (vb_ticket_import_get_week (import, 0)->csat, ==, 100);
}

/* the date formats help desks write, all the same Monday 2 March 2026
 * 09:00 in Berlin (08:00Z), replied 15 minutes later */
static void
test_date_formats (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  const VbTicketWeek *week;

  import = import_text ("created,replied,rating\n"
                        "2026-03-02 09:00,2026-03-02 09:15,\n"
                        "2026-03-02T09:00:00,2026-03-02T09:15:00.250,\n"
                        "2026-03-02T08:00:00Z,2026-03-02 09:15:00 +0100,\n"
                        "2026-03-02 08:00:00 UTC,2026-03-02T10:15:00+02:00,\n"
                        "02.03.2026 09:00,02.03.2026 09:15,\n"
                        "02/03/2026 09:00,02/03/26 9:15 AM,\n"
                        "2026/03/02 09:00,2/3/2026 09:15:00,\n", tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vb_ticket_import_get_n_weeks (import), ==, 1);
  week = vb_ticket_import_get_week (import, 0);
  g_assert_cmpuint (week->tickets, ==, 7);
  /* every reply 900 s after its ticket */
  g_assert_cmpfloat (week->first_response_median, ==, 900);
  g_assert_cmpfloat (week->first_response_p90, ==, 900);
  g_assert_cmpint (week->week_start, ==, local_unix (tz, 2026, 3, 2, 0, 0));
}

static void
test_weeks_dst (void)
{
  g_autoptr (GTimeZone) tz = berlin ();
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  gint64 mar23 = local_unix (tz, 2026, 3, 23, 0, 0), mar30 = local_unix (tz, 2026, 3, 30, 0, 0);
  const VbTicketWeek *before, *after;

  /* Berlin moves its clocks from 02:00 to 03:00 on Sunday 29 March 2026.
   * Local times: Sunday 01:30 CET (replied 03:30 CEST: one hour, not
   * two), Sunday 23:59; Monday 00:00 sharp; and with offsets 21:59:59Z
   * (Sunday 23:59:59 CEST) and 22:00Z (Monday 00:00 CEST). */
  import = import_text ("created,replied,rating\n"
                        "2026-03-29 01:30,2026-03-29 03:30,\n"
                        "2026-03-29 23:59,,\n"
                        "2026-03-30 00:00,,\n"
                        "2026-03-29T21:59:59Z,,\n"
                        "2026-03-29T22:00:00Z,,\n", tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vb_ticket_import_get_n_weeks (import), ==, 2);
  before = vb_ticket_import_get_week (import, 0);
  after = vb_ticket_import_get_week (import, 1);
  /* the week of 23 March starts at 23:00Z on 22 March (CET), the week of
   * 30 March at 22:00Z on 29 March (CEST) */
  g_assert_cmpint (before->week_start, ==, mar23);
  g_assert_cmpint (after->week_start, ==, mar30);
  g_assert_cmpint (mar30 - mar23, ==, 7 * 86400 - 3600);
  g_assert_cmpuint (before->tickets, ==, 3);
  g_assert_cmpuint (after->tickets, ==, 2);
  g_assert_cmpfloat (before->first_response_median, ==, 3600);
}

static void
assert_refused (const char *name,
                const VbTicketMapping *mapping,
                int         code,
                const char *part)
{
  g_autofree char *path = fixture (name);
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  VbTicketOptions options;

  vb_ticket_options_init (&options);
  options.mapping = mapping;
  import = vb_ticket_import_file (path, &options, &error);
  g_assert_null (import);
  g_assert_error (error, VB_IMPORT_ERROR, code);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” not in “%s”", part, error->message);
}

static void
test_bad (void)
{
  g_autoptr (VbTicketMapping) missing = vb_ticket_mapping_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketImport) import = NULL;
  g_autoptr (GString) big = g_string_new ("created,replied,rating\n2026-03-02 09:00,,\"");
  VbTicketOptions options;

  assert_refused ("bad-date.csv", NULL, VB_IMPORT_ERROR_INVALID, "line 3: the date “31/02/2026” is not a date");
  assert_refused ("bad-encoding.csv", NULL, VB_IMPORT_ERROR_ENCODING, "not in UTF-8");
  assert_refused ("empty.csv", NULL, VB_IMPORT_ERROR_MISSING, "empty");
  assert_refused ("missing-column.csv", NULL, VB_IMPORT_ERROR_MISSING, "not one the app recognises");
  vb_ticket_mapping_set_column (missing, VB_TICKET_FIELD_CREATED, "Opened");
  vb_ticket_mapping_set_column (missing, VB_TICKET_FIELD_RESOLVED, "Closed");
  assert_refused ("missing-column.csv", missing, VB_IMPORT_ERROR_MISSING, "no column “Closed”");

  /* a value over the 10 MB limit */
  g_string_append_c (big, 'x');
  for (guint i = 0; i < 10 * 1000 * 1000; i += 1000)
    g_string_append_len (big, "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "................................................................................"
                              "........................................", 1000);
  g_string_append (big, "\"\n");
  import = import_text (big->str, NULL, &error);
  g_assert_null (import);
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  g_clear_error (&error);

  /* a header and nothing else */
  import = import_text ("created,replied,rating\n", NULL, &error);
  g_assert_null (import);
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING);
  g_clear_error (&error);

  /* a quote that never closes */
  import = import_text ("created,replied,rating\n2026-03-02 09:00,\"open\n", NULL, &error);
  g_assert_null (import);
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_SYNTAX);
  g_clear_error (&error);

  /* a bad duration among good rows: nothing half-done */
  vb_ticket_options_init (&options);
  import = import_text ("created,replied,rating\n2026-03-02 09:00,,\n2026-03-02 09:00,soon,\n", NULL, &error);
  g_assert_null (import);
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 3"));
}

static void
test_mapping_parse (void)
{
  g_autoptr (VbTicketMapping) mapping = vb_ticket_mapping_new ();
  g_autoptr (GError) error = NULL;
  VbChannel channel;

  g_assert_false (vb_ticket_mapping_parse (mapping, "opened=Created", &error));
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID);
  /* channel words are data: a new one, an override */
  vb_ticket_mapping_set_channel_word (mapping, "Hotline", VB_CHANNEL_PHONE);
  g_assert_true (vb_ticket_mapping_lookup_channel (mapping, " HOTLINE ", 9, &channel));
  g_assert_cmpint (channel, ==, VB_CHANNEL_PHONE);
  vb_ticket_mapping_set_channel_word (mapping, "Web form", VB_CHANNEL_IN_APP);
  g_assert_true (vb_ticket_mapping_lookup_channel (mapping, "web form", 8, &channel));
  g_assert_cmpint (channel, ==, VB_CHANNEL_IN_APP);
}

/* The stored results, one sorted line each: what a second import must
 * leave exactly as the first did */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static char *
stored_results (VbProject *project)
{
  GListModel *rows = vb_project_get_records (project, "kpi_result");
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (VbRecord) row = g_list_model_get_item (rows, i);

      g_ptr_array_add (lines, g_strdup_printf ("%s %s %s %g %g %g %d",
                                               vb_record_get_text (row, "week_start"),
                                               vb_record_get_text (row, "channel"),
                                               vb_record_get_text (row, "kpi_key"),
                                               vb_record_get_real (row, "value"),
                                               vb_record_get_real (row, "count_a"),
                                               vb_record_get_real (row, "count_b"),
                                               vb_record_get_bool (row, "business_hours")));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
test_store_replaces (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vb-tickets-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (VbProject) project = vb_project_create (path, "Tickets", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
  g_autoptr (VbTicketImport) import = import_fixture ("zendesk.csv", NULL);
  g_autofree char *first = NULL, *second = NULL;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_true (vb_ticket_import_store (import, project, "zendesk.csv", &n, &error));
  g_assert_no_error (error);
  first = stored_results (project);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_records (project, "kpi_result")), ==, n);
  /* week of 2 March, email: FCR 1 of 2 solved, stored with its counts */
  g_assert_nonnull (strstr (first, "2026-03-02 email fcr 50 1 2 0"));
  /* the first-reply median, 600 s */
  g_assert_nonnull (strstr (first, "2026-03-02 email first-response-median 600 0 0 0"));
  g_assert_nonnull (strstr (first, "2026-03-09 email"));

  /* the same export again: the same rows, not twice as many */
  g_assert_true (vb_ticket_import_store (import, project, "zendesk.csv", NULL, &error));
  g_assert_no_error (error);
  second = stored_results (project);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpint (vb_project_count_rows (project, "ticket_import"), ==, 1);
  g_assert_cmpint (vb_project_count_rows (project, "kpi_result"), ==, n);

  /* another file (another source) is kept beside it */
  g_assert_true (vb_ticket_import_store (import, project, "zendesk-copy.csv", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_project_count_rows (project, "ticket_import"), ==, 2);
  g_assert_cmpint (vb_project_count_rows (project, "kpi_result"), ==, 2 * n);

  g_clear_object (&project);
  g_unlink (path);
  g_rmdir (dir);
}

/* A mapping the user gave is remembered with the import, in the same
 * edit: the next export with that header reads with it, channel words,
 * unit and all, also after the file is opened again */
static void
test_mapping_remembered (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vb-tickets-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.vendorbench", NULL);
  g_autofree char *tsv = fixture ("mapped.tsv");
  g_autoptr (GError) error = NULL;
  g_autoptr (VbProject) project = vb_project_create (path, "Tickets", VB_PROJECT_TEMPLATE_BLANK, "EUR", &error);
  g_autoptr (VbTicketMapping) mapping = mapped_mapping ();
  g_autoptr (GTimeZone) tz = berlin ();
  VbTicketOptions options;

  g_assert_no_error (error);
  /* the user's word: this desk's "phone" queue is really chat */
  vb_ticket_mapping_set_channel_word (mapping, "phone", VB_CHANNEL_CHAT);
  vb_ticket_options_init (&options);
  options.time_zone = tz;
  options.mapping = mapping;
  {
    g_autoptr (VbTicketImport) import = vb_ticket_import_file (tsv, &options, &error);

    g_assert_no_error (error);
    g_assert_false (vb_ticket_import_get_mapping_remembered (import));
    g_assert_true (vb_ticket_import_store (import, project, "mapped.tsv", NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (vb_project_count_rows (project, "ticket_mapping"), ==, 1);
  g_assert_cmpint (vb_project_count_rows (project, "ticket_channel_word"), >, 0);

  /* one edit: undone, the mapping goes with the results */
  g_assert_true (vb_project_undo (project, &error));
  g_assert_cmpint (vb_project_count_rows (project, "ticket_mapping"), ==, 0);
  g_assert_cmpint (vb_project_count_rows (project, "kpi_result"), ==, 0);
  g_assert_true (vb_project_redo (project, &error));
  g_assert_no_error (error);

  /* without the remembered mappings the header is not one the app knows */
  options.mapping = NULL;
  {
    g_autoptr (VbTicketImport) import = vb_ticket_import_file (tsv, &options, &error);

    g_assert_null (import);
    g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING);
    g_clear_error (&error);
  }

  /* with them, as mapped; and again in the file opened anew */
  for (int round = 0; round < 2; round++)
    {
      g_autoptr (GHashTable) remembered = vb_project_get_ticket_mappings (project);
      g_autoptr (VbTicketImport) import = NULL;
      const VbTicketWeek *week;

      g_assert_cmpuint (g_hash_table_size (remembered), ==, 1);
      options.remembered = remembered;
      import = vb_ticket_import_file (tsv, &options, &error);
      g_assert_no_error (error);
      g_assert_true (vb_ticket_import_get_mapping_remembered (import));
      g_assert_cmpuint (vb_ticket_import_get_n_weeks (import), ==, 1);
      week = vb_ticket_import_get_week (import, 0);
      g_assert_cmpint (week->channel, ==, VB_CHANNEL_CHAT);
      /* durations in hours, as mapped: 1800, 5400, 7200, 14400 s */
      g_assert_cmpfloat (week->first_response_median, ==, 5400);
      g_assert_cmpfloat (week->escalation_rate, ==, 25);
      /* storing a remembered import remembers nothing new */
      g_assert_true (vb_ticket_import_store (import, project, "mapped.tsv", NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (vb_project_count_rows (project, "ticket_mapping"), ==, 1);
      options.remembered = NULL;

      g_clear_object (&project);
      project = vb_project_open (path, &error);
      g_assert_no_error (error);
    }

  g_clear_object (&project);
  g_unlink (path);
  g_rmdir (dir);
}

/* The first look a preview takes: a CSV's header and first rows (a
 * quoted newline kept in its cell), a workbook's header found below its
 * title (Zammad's row 3), a mapped export's columns found by the mapping */
static void
test_peek (void)
{
  g_autofree char *zendesk = fixture ("zendesk.csv");
  g_autofree char *zammad = fixture ("zammad.xlsx");
  g_autofree char *tsv = fixture ("mapped.tsv");
  g_autofree char *empty = fixture ("empty.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (VbTicketPeek) z = vb_ticket_peek_file (zendesk, 2, &error);
  g_autoptr (VbTicketPeek) x = NULL;
  g_autoptr (VbTicketPeek) m = NULL;
  g_autoptr (VbTicketPeek) e = NULL;
  g_autoptr (VbTicketMapping) mapping = mapped_mapping ();

  g_assert_no_error (error);
  g_assert_cmpint (z->preset, ==, VB_TICKET_PRESET_ZENDESK);
  g_assert_cmpstr (z->header[0], ==, "Id");
  g_assert_cmpstr (z->header[4], ==, "Via");
  g_assert_cmpuint (z->rows->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (z->rows, 1))[1], ==, "Refund, please");
  g_assert_cmpstr (((char **) g_ptr_array_index (z->rows, 1))[4], ==, "Email");

  x = vb_ticket_peek_file (zammad, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (x->preset, ==, VB_TICKET_PRESET_ZAMMAD);
  g_assert_true (g_strv_contains ((const char *const *) x->header, "Created At"));
  g_assert_cmpuint (x->rows->len, >, 0);

  m = vb_ticket_peek_file (tsv, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpint (m->preset, ==, VB_TICKET_PRESET_MAPPED);
  g_assert_cmpuint (m->rows->len, ==, 4);
  g_assert_cmpint (vb_ticket_peek_find_column (m, mapping, VB_TICKET_FIELD_CREATED), ==, 1);
  g_assert_cmpint (vb_ticket_peek_find_column (m, mapping, VB_TICKET_FIELD_CHANNEL), ==, 4);
  g_assert_cmpint (vb_ticket_peek_find_column (m, mapping, VB_TICKET_FIELD_FIRST_RESPONSE), ==, -1);

  e = vb_ticket_peek_file (empty, 10, &error);
  g_assert_null (e);
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tickets/zendesk", test_zendesk);
  g_test_add_func ("/tickets/business-hours", test_business_hours);
  g_test_add_func ("/tickets/business-hours-detected", test_business_hours_detected);
  g_test_add_func ("/tickets/business-hours-no-mixing", test_business_hours_no_mixing);
  g_test_add_func ("/tickets/freshdesk", test_freshdesk);
  g_test_add_func ("/tickets/zammad", test_zammad);
  g_test_add_func ("/tickets/osticket", test_osticket);
  g_test_add_func ("/tickets/utf16", test_utf16);
  g_test_add_func ("/tickets/mapped", test_mapped);
  g_test_add_func ("/tickets/nearest-rank", test_nearest_rank);
  g_test_add_func ("/tickets/apostrophe", test_apostrophe);
  g_test_add_func ("/tickets/date-formats", test_date_formats);
  g_test_add_func ("/tickets/rank-random", test_rank_random);
  g_test_add_func ("/tickets/weeks-dst", test_weeks_dst);
  g_test_add_func ("/tickets/bad", test_bad);
  g_test_add_func ("/tickets/mapping", test_mapping_parse);
  g_test_add_func ("/tickets/store-replaces", test_store_replaces);
  g_test_add_func ("/tickets/mapping-remembered", test_mapping_remembered);
  g_test_add_func ("/tickets/peek", test_peek);
  return g_test_run ();
}
