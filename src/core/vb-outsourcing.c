/* vb-outsourcing.c — the outsource / keep / hybrid rule
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rule of DOMAIN.md, checked in order, first match wins; the reason
 * that decided it is always given in words.
 */

#define G_LOG_DOMAIN "vb-outsourcing"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-outsourcing.h"
#include "vb-text.h"

#define MINUTES_PER_WEEK (7 * 24 * 60)

/* The UTC offset of a time zone, in minutes, on a fixed reference week (a
 * plain winter Monday) so that the answer does not change with the date the
 * rule runs on. Parsed zones are cached: the rule runs for every task. */
static int
zone_offset (const char *tz_name)
{
  G_LOCK_DEFINE_STATIC (offsets);
  static GHashTable *offsets;
  gpointer cached;
  int offset = 0;

  if (tz_name == NULL || *tz_name == '\0')
    return 0;

  G_LOCK (offsets);
  if (offsets == NULL)
    offsets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (offsets, tz_name, NULL, &cached))
    offset = GPOINTER_TO_INT (cached);
  else
    {
      /* only a name of the system's database: a path from a file is never opened */
      g_autoptr(GTimeZone) tz = vb_timezone_new (tz_name);

      if (tz)
        {
          g_autoptr(GDateTime) reference = g_date_time_new (tz, 2024, 1, 15, 12, 0, 0);
          if (reference)
            offset = (int) (g_date_time_get_utc_offset (reference) / G_TIME_SPAN_MINUTE);
        }
      g_hash_table_insert (offsets, g_strdup (tz_name), GINT_TO_POINTER (offset));
    }
  G_UNLOCK (offsets);
  return offset;
}

typedef struct {
  int start;   /* minute of the week in UTC, 0 … MINUTES_PER_WEEK */
  int end;
} Interval;

/* The intervals of the week a cover spans, in UTC, split where they wrap
 * around the end of the week; at most 2 per day. */
static guint
cover_intervals (const VbCover *cover,
                 const char    *tz_name,
                 Interval      *out)
{
  int offset = zone_offset (tz_name);
  int length = cover->to > cover->from ? cover->to - cover->from : 1440 - cover->from + cover->to;
  guint n = 0;

  if (cover->from == cover->to)
    length = 1440;

  for (int d = 0; d < 7; d++)
    {
      int start, end;

      if (!(cover->days & (1 << d)))
        continue;
      start = d * 1440 + cover->from - offset;
      start = ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
      end = start + length;
      if (end <= MINUTES_PER_WEEK)
        out[n++] = (Interval) { start, end };
      else
        {
          out[n++] = (Interval) { start, MINUTES_PER_WEEK };
          out[n++] = (Interval) { 0, end - MINUTES_PER_WEEK };
        }
    }
  return n;
}

static int
compare_interval (gconstpointer a,
                  gconstpointer b)
{
  return ((const Interval *) a)->start - ((const Interval *) b)->start;
}

/* Does the team (outer) cover every minute the task (inner) needs? An
 * empty time zone on one side means the same as the other's. */
gboolean
vb_cover_within (const VbCover *inner,
                 const VbCover *outer)
{
  Interval need[14], have[14], merged[14];
  const char *tz_inner = inner->timezone && *inner->timezone ? inner->timezone : outer->timezone;
  const char *tz_outer = outer->timezone && *outer->timezone ? outer->timezone : inner->timezone;
  guint n_need = cover_intervals (inner, tz_inner, need);
  guint n_have = cover_intervals (outer, tz_outer, have);
  guint n_merged = 0;

  qsort (have, n_have, sizeof (Interval), compare_interval);
  for (guint i = 0; i < n_have; i++)
    {
      if (n_merged > 0 && have[i].start <= merged[n_merged - 1].end)
        merged[n_merged - 1].end = MAX (merged[n_merged - 1].end, have[i].end);
      else
        merged[n_merged++] = have[i];
    }

  for (guint i = 0; i < n_need; i++)
    {
      gboolean covered = FALSE;

      for (guint j = 0; j < n_merged && !covered; j++)
        covered = merged[j].start <= need[i].start && need[i].end <= merged[j].end;
      if (!covered)
        return FALSE;
    }
  return TRUE;
}

/* Does the team (outer) speak every language the task (inner) needs?
 * Both lists are parsed once and compared through a hash: linear. */
gboolean
vb_languages_within (const char  *inner,
                     const char  *outer,
                     char       **missing)
{
  g_autoptr(GPtrArray) need = vb_languages_parse (inner);
  g_autoptr(GPtrArray) have = vb_languages_parse (outer);
  g_autoptr(GHashTable) spoken = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < have->len; i++)
    g_hash_table_add (spoken, have->pdata[i]);
  for (guint i = 0; i < need->len; i++)
    if (!g_hash_table_contains (spoken, need->pdata[i]))
      {
        if (missing)
          {
            /* the entry as the user wrote it */
            g_auto(GStrv) parts = g_strsplit (inner ? inner : "", ",", -1);

            *missing = NULL;
            for (guint k = 0; parts[k] && *missing == NULL; k++)
              {
                g_autofree char *folded = NULL;

                g_strstrip (parts[k]);
                folded = g_utf8_casefold (parts[k], -1);
                if (g_str_equal (folded, need->pdata[i]))
                  *missing = g_strdup (parts[k]);
              }
            if (*missing == NULL)
              *missing = g_strdup (need->pdata[i]);
          }
        return FALSE;
      }
  return TRUE;
}

/* The reason is translated and copied only when the caller asks for it:
 * the guidance rules run the rule for every task without one. */
static VbSourcing
suggest_static (VbSourcing     s,
                char         **reason,
                const char    *text)
{
  if (reason)
    *reason = g_strdup (_(text));
  return s;
}

static VbSourcing
suggest (VbSourcing     s,
         char         **reason,
         char          *text)
{
  if (reason)
    *reason = text;
  else
    g_free (text);
  return s;
}

VbSourcing
vb_outsourcing_suggest (VbTask             *task,
                        VbProjectSettings  *settings,
                        char              **reason)
{
  VbWorkKind kind = vb_task_get_work_kind (task);
  gboolean engineering = vb_task_get_needs_engineering (task);
  gboolean brand = vb_task_get_brand_critical (task);
  gboolean regulated = vb_task_get_regulated (task);
  double threshold = settings ? vb_project_settings_get_outsource_threshold_hours (settings) : 40;
  double hours;

  if (reason)
    *reason = NULL;

  if (kind == VB_WORK_KIND_UNSET)
    return suggest_static (VB_SOURCING_UNSET, reason,
                           N_("Say what kind of work this is to get a suggestion."));

  /* 1. keep */
  if (kind == VB_WORK_KIND_TECHNICAL)
    return suggest_static (VB_SOURCING_KEEP, reason,
                           N_("Technical work needs deep product knowledge: keep it in-house."));
  if (kind == VB_WORK_KIND_STRATEGIC)
    return suggest_static (VB_SOURCING_KEEP, reason,
                           N_("Strategic work sets direction or looks after key accounts: keep it in-house."));
  if (engineering)
    return suggest_static (VB_SOURCING_KEEP, reason,
                           N_("It needs frequent coordination with engineering, which a vendor cannot do well."));
  if (regulated)
    return suggest_static (VB_SOURCING_KEEP, reason,
                           N_("It handles regulated data whose handling is hard to verify at a vendor."));
  if (brand && kind == VB_WORK_KIND_JUDGMENT)
    return suggest_static (VB_SOURCING_KEEP, reason,
                           N_("It needs judgment and is your brand’s edge: keep it in-house."));

  /* 2. hybrid for brand-critical routine work */
  if (brand)
    return suggest_static (VB_SOURCING_HYBRID, reason,
                           N_("Routine but brand-critical: let a vendor take the volume and keep someone of "
                              "your team on the hardest cases."));

  if (kind == VB_WORK_KIND_ROUTINE)
    {
      g_autofree char *missing = NULL;

      /* 3. outsource */
      hours = vb_task_get_workload_hours (task);
      if (hours >= threshold && threshold > 0)
        {
          g_autofree char *h = NULL;
          g_autofree char *t = NULL;

          if (reason == NULL)
            return VB_SOURCING_OUTSOURCE;
          h = vb_format_number (hours, 0);
          t = vb_format_number (threshold, 0);
          return suggest (VB_SOURCING_OUTSOURCE, reason,
                          g_strdup_printf (_("Routine work of %s hours a month (%s or more): a good candidate "
                                             "to outsource."), h, t));
        }
      if (settings)
        {
          VbCover need = {
            (int) vb_task_get_cover_days (task),
            vb_task_get_cover_from (task),
            vb_task_get_cover_to (task),
            vb_task_get_cover_timezone (task),
          };
          VbCover team = {
            (int) vb_project_settings_get_team_days (settings),
            vb_project_settings_get_team_from (settings),
            vb_project_settings_get_team_to (settings),
            vb_project_settings_get_team_timezone (settings),
          };
          const char *team_languages = vb_project_settings_get_team_languages (settings);

          if (need.days != 0 && team.days != 0 && !vb_cover_within (&need, &team))
            return suggest_static (VB_SOURCING_OUTSOURCE, reason,
                                   N_("Routine work that needs cover outside your team’s hours: a vendor "
                                      "can give it."));
          if (*team_languages &&
              !vb_languages_within (vb_task_get_languages (task), team_languages, reason ? &missing : NULL))
            return reason == NULL ? VB_SOURCING_OUTSOURCE : suggest (VB_SOURCING_OUTSOURCE, reason,
                            g_strdup_printf (_("Routine work in %s, a language your team does not speak: "
                                               "a vendor can give it."), missing));
        }

      /* 4. hybrid */
      return suggest_static (VB_SOURCING_HYBRID, reason,
                             N_("Routine work of small volume that your team can cover: share it, or keep "
                                "it until it grows."));
    }

  return suggest_static (VB_SOURCING_HYBRID, reason,
                         N_("Work that needs judgment: a vendor can take the documented cases while your "
                            "team keeps the exceptions."));
}
