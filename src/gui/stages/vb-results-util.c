/* vb-results-util.c — small things the Pilot Results views share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-results-util"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-enums.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-results-util.h"

static char *
format_seconds (double seconds)
{
  double s = round (seconds);

  if (s < 60)
    /* Translators: a duration, "45 s" */
    return g_strdup_printf (_("%.0f s"), s);
  if (s < 3600)
    {
      double m = floor (s / 60);

      if (fmod (s, 60) == 0)
        /* Translators: a duration, "4 min" */
        return g_strdup_printf (_("%.0f min"), m);
      /* Translators: a duration, "4 min 30 s" */
      return g_strdup_printf (_("%.0f min %.0f s"), m, fmod (s, 60));
    }
  {
    g_autofree char *hours = vb_format_number (s / 3600, 1);

    /* Translators: a duration in hours, "2.5 h" */
    return g_strdup_printf (_("%s h"), hours);
  }
}

char *
vb_results_format_value (const char *kpi_key,
                         double      value)
{
  const VbKpi *kpi = vb_kpi_lookup (kpi_key);
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("—");
  if (kpi == NULL)
    return vb_format_number (value, 1);
  switch (vb_kpi_get_unit (kpi))
    {
    case VB_KPI_UNIT_PERCENT:
      return vb_format_percent (value, 1);
    case VB_KPI_UNIT_SECONDS:
      return format_seconds (value);
    case VB_KPI_UNIT_MINUTES:
      number = vb_format_number (value, 1);
      /* Translators: a value in minutes, "4.5 min" */
      return g_strdup_printf (_("%s min"), number);
    case VB_KPI_UNIT_HOURS:
      number = vb_format_number (value, 1);
      /* Translators: a value in hours, "2.5 h" */
      return g_strdup_printf (_("%s h"), number);
    case VB_KPI_UNIT_SCORE_5:
      number = vb_format_number (value, 2);
      /* Translators: a mean score, "4.25 of 5" */
      return g_strdup_printf (_("%s of 5"), number);
    case VB_KPI_UNIT_SCORE_7:
      number = vb_format_number (value, 2);
      /* Translators: a mean score, "5.60 of 7" */
      return g_strdup_printf (_("%s of 7"), number);
    case VB_KPI_UNIT_POINTS_100:
      number = vb_format_number (value, 1);
      /* Translators: a quality score, "86.5 points" */
      return g_strdup_printf (_("%s points"), number);
    case VB_KPI_UNIT_NPS:
    default:
      return vb_format_number (value, 0);
    }
}

char *
vb_results_series_title (const char     *kpi_name,
                         VbChannelScope  channel)
{
  if (channel == VB_CHANNEL_SCOPE_ALL)
    /* Translators: a KPI on every channel, "Service level on all channels" */
    return g_strdup_printf (_("%s on all channels"), kpi_name);
  /* Translators: a KPI on a channel, "Service level on Phone" */
  return g_strdup_printf (_("%s on %s"), kpi_name, vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE, channel));
}

const char *
vb_results_status_icon (VbSlaStatus status)
{
  switch (status)
    {
    case VB_SLA_STATUS_MET:
      return "emblem-ok-symbolic";
    case VB_SLA_STATUS_AT_RISK:
      return "dialog-warning-symbolic";
    case VB_SLA_STATUS_BREACHED:
      return "dialog-error-symbolic";
    case VB_SLA_STATUS_NO_TARGET:
      return "view-reveal-symbolic";
    case VB_SLA_STATUS_NO_DATA:
    default:
      return "content-loading-symbolic";
    }
}

GtkWidget *
vb_results_status_tag_new (VbSlaStatus status)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (vb_results_status_icon (status));
  GtkWidget *label = gtk_label_new (vb_sla_status_get_label (status));

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "vb-tag");
  if (status == VB_SLA_STATUS_MET)
    gtk_widget_add_css_class (box, "vb-status-3");
  else if (status == VB_SLA_STATUS_AT_RISK)
    gtk_widget_add_css_class (box, "vb-tag-attention");
  else if (status == VB_SLA_STATUS_BREACHED)
    gtk_widget_add_css_class (box, "vb-tag-risk");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (box, "status-tag");
  return box;
}

char *
vb_results_monday_of (GDateTime *date)
{
  g_autoptr(GDateTime) now = date ? g_date_time_ref (date) : g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now));

  return g_date_time_format (monday, "%Y-%m-%d");
}
