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

#define MINUTES_PER_WEEK (7 * 24 * 60)

const char *
vb_suggestion_to_string (VbSuggestion suggestion)
{
  switch (suggestion)
    {
    case VB_SUGGESTION_OUTSOURCE: return "outsource";
    case VB_SUGGESTION_KEEP:      return "keep";
    case VB_SUGGESTION_HYBRID:    return "hybrid";
    case VB_SUGGESTION_NONE:
    default:                      return "";
    }
}

VbSuggestion
vb_suggestion_from_string (const char *decision)
{
  if (g_strcmp0 (decision, "outsource") == 0)
    return VB_SUGGESTION_OUTSOURCE;
  if (g_strcmp0 (decision, "keep") == 0)
    return VB_SUGGESTION_KEEP;
  if (g_strcmp0 (decision, "hybrid") == 0)
    return VB_SUGGESTION_HYBRID;
  return VB_SUGGESTION_NONE;
}

const char *
vb_suggestion_label (VbSuggestion suggestion)
{
  switch (suggestion)
    {
    case VB_SUGGESTION_OUTSOURCE: return _("Outsource");
    case VB_SUGGESTION_KEEP:      return _("Keep in-house");
    case VB_SUGGESTION_HYBRID:    return _("Hybrid");
    case VB_SUGGESTION_NONE:
    default:                      return _("Not decided");
    }
}

double
vb_task_workload_hours (VbRecord *task)
{
  return vb_record_get_real (task, "monthly_volume") * vb_record_get_real (task, "handle_minutes") / 60.0;
}

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
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (tz_name);

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

gboolean
vb_languages_within (const char  *inner,
                     const char  *outer,
                     char       **missing)
{
  g_auto(GStrv) need = g_strsplit (inner ? inner : "", ",", -1);
  g_auto(GStrv) have = g_strsplit (outer ? outer : "", ",", -1);

  for (guint i = 0; need[i]; i++)
    {
      gboolean found = FALSE;

      g_strstrip (need[i]);
      if (!*need[i])
        continue;
      for (guint j = 0; have[j] && !found; j++)
        {
          g_autofree char *a = g_utf8_casefold (need[i], -1);
          g_autofree char *b = g_utf8_casefold (g_strstrip (have[j]), -1);
          found = g_strcmp0 (a, b) == 0;
        }
      if (!found)
        {
          if (missing)
            *missing = g_strdup (need[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* The reason is translated and copied only when the caller asks for it:
 * the guidance rules run the rule for every task without one. */
static VbSuggestion
suggest_static (VbSuggestion   s,
                char         **reason,
                const char    *text)
{
  if (reason)
    *reason = g_strdup (_(text));
  return s;
}

static VbSuggestion
suggest (VbSuggestion   s,
         char         **reason,
         char          *text)
{
  if (reason)
    *reason = text;
  else
    g_free (text);
  return s;
}

VbSuggestion
vb_outsourcing_suggest (VbRecord  *task,
                        VbRecord  *settings,
                        char     **reason)
{
  const char *kind = vb_record_get_text (task, "work_kind");
  gboolean engineering = vb_record_get_bool (task, "needs_engineering");
  gboolean brand = vb_record_get_bool (task, "brand_critical");
  gboolean regulated = vb_record_get_bool (task, "regulated");
  double threshold = settings ? vb_record_get_real (settings, "outsource_threshold_hours") : 40;
  double hours;

  if (reason)
    *reason = NULL;

  if (*kind == '\0')
    return suggest_static (VB_SUGGESTION_NONE, reason,
                           N_("Say what kind of work this is to get a suggestion."));

  /* 1. keep */
  if (g_str_equal (kind, "technical"))
    return suggest_static (VB_SUGGESTION_KEEP, reason,
                           N_("Technical work needs deep product knowledge: keep it in-house."));
  if (g_str_equal (kind, "strategic"))
    return suggest_static (VB_SUGGESTION_KEEP, reason,
                           N_("Strategic work sets direction or looks after key accounts: keep it in-house."));
  if (engineering)
    return suggest_static (VB_SUGGESTION_KEEP, reason,
                           N_("It needs frequent coordination with engineering, which a vendor cannot do well."));
  if (regulated)
    return suggest_static (VB_SUGGESTION_KEEP, reason,
                           N_("It handles regulated data whose handling is hard to verify at a vendor."));
  if (brand && g_str_equal (kind, "judgment"))
    return suggest_static (VB_SUGGESTION_KEEP, reason,
                           N_("It needs judgment and is your brand’s edge: keep it in-house."));

  /* 2. hybrid for brand-critical routine work */
  if (brand)
    return suggest_static (VB_SUGGESTION_HYBRID, reason,
                           N_("Routine but brand-critical: let a vendor take the volume and keep someone of "
                                "your team on the hardest cases."));

  if (g_str_equal (kind, "routine"))
    {
      g_autofree char *missing = NULL;

      /* 3. outsource */
      hours = vb_task_workload_hours (task);
      if (hours >= threshold && threshold > 0)
        {
          g_autofree char *h = NULL;
          g_autofree char *t = NULL;

          if (reason == NULL)
            return VB_SUGGESTION_OUTSOURCE;
          h = vb_format_number (hours, 0);
          t = vb_format_number (threshold, 0);
          return suggest (VB_SUGGESTION_OUTSOURCE, reason,
                          g_strdup_printf (_("Routine work of %s hours a month (%s or more): a good candidate "
                                             "to outsource."), h, t));
        }
      if (settings)
        {
          VbCover need = {
            (int) vb_record_get_int (task, "cover_days"),
            (int) vb_record_get_int (task, "cover_from"),
            (int) vb_record_get_int (task, "cover_to"),
            vb_record_get_text (task, "cover_timezone"),
          };
          VbCover team = {
            (int) vb_record_get_int (settings, "team_days"),
            (int) vb_record_get_int (settings, "team_from"),
            (int) vb_record_get_int (settings, "team_to"),
            vb_record_get_text (settings, "team_timezone"),
          };

          if (need.days != 0 && team.days != 0 && !vb_cover_within (&need, &team))
            return suggest_static (VB_SUGGESTION_OUTSOURCE, reason,
                           N_("Routine work that needs cover outside your team’s hours: a vendor "
                                        "can give it."));
          if (*vb_record_get_text (settings, "team_languages") &&
              !vb_languages_within (vb_record_get_text (task, "languages"),
                                    vb_record_get_text (settings, "team_languages"), &missing))
            return reason == NULL ? VB_SUGGESTION_OUTSOURCE : suggest (VB_SUGGESTION_OUTSOURCE, reason,
                            g_strdup_printf (_("Routine work in %s, a language your team does not speak: "
                                               "a vendor can give it."), missing));
        }

      /* 4. hybrid */
      return suggest_static (VB_SUGGESTION_HYBRID, reason,
                           N_("Routine work of small volume that your team can cover: share it, or keep "
                                  "it until it grows."));
    }

  return suggest_static (VB_SUGGESTION_HYBRID, reason,
                           N_("Work that needs judgment: a vendor can take the documented cases while your "
                              "team keeps the exceptions."));
}
