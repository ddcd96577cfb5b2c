/* test-forecast-prefill.c — a first forecast from the Goals & Scope tasks
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tasks: phone A 1,000 a month at 5 min, Monday–Friday 9–17 (40 h a week);
 * phone B 500 a month at 8 min, every day 8–20 (84 h); email C 300 at
 * 10 min; phone D 9,999 kept in-house; chat E to outsource without a
 * volume. Worked by hand: phone 1,500 a month, handle time
 * (1,000 × 300 + 500 × 480) ÷ 1,500 = 360 s, open 84 h (the longest
 * cover), 80 % in 20 s; email 300 a month, 600 s, no target made up; no
 * chat (no volume). One edit: one undo removes all of it.
 */

#include <math.h>
#include <string.h>

#include "vb-channel-forecast.h"
#include "vb-task.h"
#include "vb-test-util.h"

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

static void
task (VbProject  *p,
      const char *name,
      VbChannel   channel,
      double      volume,
      double      minutes,
      guint       days,
      int         from,
      int         to,
      VbSourcing  decision)
{
  VbTask *t = vb_project_add_task (p, NULL);

  g_assert_nonnull (t);
  OK (vb_task_set_name (t, name, error));
  OK (vb_task_set_channel (t, channel, error));
  if (!isnan (volume))
    OK (vb_task_set_monthly_volume (t, volume, error));
  OK (vb_task_set_handle_minutes (t, minutes, error));
  OK (vb_task_set_cover_days (t, days, error));
  OK (vb_task_set_cover_hours (t, from, to, error));
  OK (vb_task_set_decision (t, decision, error));
}

static void
test_prefill (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autoptr(GError) error = NULL;
  VbChannelForecast *phone, *email;

  task (p, "Order calls", VB_CHANNEL_PHONE, 1000, 5, 0x1f, 9 * 60, 17 * 60, VB_SOURCING_OUTSOURCE);
  task (p, "Returns calls", VB_CHANNEL_PHONE, 500, 8, 0x7f, 8 * 60, 20 * 60, VB_SOURCING_OUTSOURCE);
  task (p, "Order emails", VB_CHANNEL_EMAIL, 300, 10, 0x1f, 9 * 60, 17 * 60, VB_SOURCING_OUTSOURCE);
  task (p, "Key accounts", VB_CHANNEL_PHONE, 9999, 20, 0x1f, 9 * 60, 17 * 60, VB_SOURCING_KEEP);
  task (p, "Live chat", VB_CHANNEL_CHAT, NAN, 4, 0x1f, 9 * 60, 17 * 60, VB_SOURCING_OUTSOURCE);

  g_assert_cmpuint (vb_project_prefill_forecast (p, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_forecast_channels (p)), ==, 2);
  phone = vb_project_get_channel_forecast (p, VB_CHANNEL_PHONE);
  email = vb_project_get_channel_forecast (p, VB_CHANNEL_EMAIL);
  g_assert_nonnull (phone);
  g_assert_nonnull (email);
  g_assert_null (vb_project_get_channel_forecast (p, VB_CHANNEL_CHAT));
  for (guint m = 1; m <= 12; m++)
    {
      g_assert_cmpfloat (vb_channel_forecast_get_volume (phone, m), ==, 1500);
      g_assert_cmpfloat (vb_channel_forecast_get_volume (email, m), ==, 300);
    }
  g_assert_cmpfloat (vb_channel_forecast_get_aht_seconds (phone), ==, 360);
  g_assert_cmpfloat (vb_channel_forecast_get_aht_seconds (email), ==, 600);
  g_assert_cmpfloat (vb_channel_forecast_get_open_hours_per_week (phone), ==, 84);
  g_assert_cmpfloat (vb_channel_forecast_get_open_hours_per_week (email), ==, 40);
  g_assert_true (vb_channel_forecast_get_live (phone));
  g_assert_false (vb_channel_forecast_get_live (email));
  g_assert_cmpfloat (vb_channel_forecast_get_service_level_pct (phone), ==, 80);
  g_assert_cmpfloat (vb_channel_forecast_get_service_seconds (phone), ==, 20);
  g_assert_true (isnan (vb_channel_forecast_get_service_level_pct (email)));
  g_assert_true (isnan (vb_channel_forecast_get_shrinkage_pct (phone)));

  /* not over a forecast that exists */
  g_assert_cmpuint (vb_project_prefill_forecast (p, &error), ==, 0);
  g_assert_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* one edit: one undo takes every channel and month away */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_no_error (error);
  g_assert_null (vb_project_get_channel_forecast (p, VB_CHANNEL_PHONE));
  g_assert_null (vb_project_get_channel_forecast (p, VB_CHANNEL_EMAIL));
  g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM forecast_month"), ==, 0);
  vb_project_close (p);
  vbt_rmdir (dir);
}

static void
test_prefill_nothing (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autoptr(GError) error = NULL;

  /* kept in-house, or without a volume: nothing to forecast, and the words say what to do */
  task (p, "Key accounts", VB_CHANNEL_PHONE, 9999, 20, 0x1f, 9 * 60, 17 * 60, VB_SOURCING_KEEP);
  task (p, "Live chat", VB_CHANNEL_CHAT, NAN, 4, 0x1f, 9 * 60, 17 * 60, VB_SOURCING_OUTSOURCE);
  g_assert_cmpuint (vb_project_prefill_forecast (p, &error), ==, 0);
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "volume");
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_forecast_channels (p)), ==, 0);
  vb_project_close (p);
  vbt_rmdir (dir);
}

/* The intervals on every channel, one edit; bad values change nothing */
static void
test_intervals (void)
{
  g_autofree char *dir = vbt_tmpdir ();
  g_autoptr(VbProject) p = vbt_create (dir, "p.vendorbench", "blank");
  g_autoptr(GError) error = NULL;
  VbChannelForecast *phone = vb_project_add_channel_forecast (p, VB_CHANNEL_PHONE, NULL);
  VbChannelForecast *chat = vb_project_add_channel_forecast (p, VB_CHANNEL_CHAT, NULL);

  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (chat), ==, 30);
  g_assert_true (vb_project_set_forecast_intervals (p, 15, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (phone), ==, 15);
  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (chat), ==, 15);
  g_assert_cmpfloat (vb_channel_forecast_get_peak_factor (phone), ==, 2);
  g_assert_cmpfloat (vb_channel_forecast_get_peak_factor (chat), ==, 2);

  g_assert_false (vb_project_set_forecast_intervals (p, 2, 2, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "minutes");
  g_clear_error (&error);
  g_assert_false (vb_project_set_forecast_intervals (p, 30, NAN, &error));
  vbt_assert_error_names (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "busiest");
  g_clear_error (&error);
  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (chat), ==, 15);

  /* one undo step brings both channels back */
  g_assert_true (vb_project_undo (p, &error));
  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (phone), ==, 30);
  g_assert_cmpint (vb_channel_forecast_get_interval_minutes (chat), ==, 30);
  g_assert_cmpfloat (vb_channel_forecast_get_peak_factor (chat), ==, 1.5);
  vb_project_close (p);
  vbt_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/forecast-prefill/from-tasks", test_prefill);
  g_test_add_func ("/forecast-prefill/nothing-to-fill", test_prefill_nothing);
  g_test_add_func ("/forecast-prefill/intervals", test_intervals);
  return g_test_run ();
}
