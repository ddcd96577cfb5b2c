/* vb-forecast-editor.c — the volume forecast of the Pricing & ROI page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One section per channel of the forecast: its twelve monthly volumes, its
 * handle time, hours and service target, and under them what core's
 * staffing makes of it (the decision model's result, the same the CLI
 * prints). The sections are rebuilt when the channels change (added,
 * removed, undone, live or not); otherwise only their figures follow the
 * project. Every field writes through the entity's setters: one edit each.
 */

#define G_LOG_DOMAIN "vb-forecast-editor"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-channel-forecast.h"
#include "vb-decision-model.h"
#include "vb-field.h"
#include "vb-forecast-editor.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"

struct _VbForecastEditor
{
  GtkWidget   parent_instance;

  /* borrowed: children built in init */
  GtkWidget  *channels_group;
  GtkWidget  *add_button;
  GtkWidget  *placeholder;
  GtkWidget  *sections;
  GtkWidget  *intervals_group;
  GtkWidget  *interval_rows[2]; /* the interval length, the peak factor */
  GtkWidget  *assumptions;

  /* owned */
  VbContext  *context;
  char       *signature;
  guint       rebuild_id;      /* a rebuild waiting for the main loop */
  GPtrArray  *month_entries;   /* GtkEntry, 12 per section, in order */
  GPtrArray  *staffing_rows;   /* AdwActionRow, STAFFING_N per section */
  gboolean    writable;
};

G_DEFINE_FINAL_TYPE (VbForecastEditor, vb_forecast_editor, GTK_TYPE_WIDGET)

enum {
  STAFFING_AGENTS,
  STAFFING_PEAK,
  STAFFING_FTE,
  STAFFING_OCCUPANCY,
  STAFFING_N
};

static VbProject *
project_of (VbForecastEditor *self)
{
  return vb_context_get_project (self->context);
}

static const char *
month_name (guint month)
{
  static const char *const names[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  return _(names[month - 1]);
}

static const char *
month_abbrev (guint month)
{
  static const char *const names[] = {
    /* Translators: months, short, over the monthly volumes */
    NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
    NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
    NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
  };

  return g_dpgettext2 (NULL, "month", names[month - 1]);
}

/* ------------------------------------------------------------ months */

static void
month_show (GtkWidget *entry)
{
  VbChannelForecast *row = g_object_get_data (G_OBJECT (entry), "vb-forecast");
  guint month = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "vb-month"));
  double volume = vb_channel_forecast_get_volume (row, month);
  g_autofree char *text = isnan (volume) ? g_strdup ("") : vb_format_number (volume, 0);

  g_object_set_data_full (G_OBJECT (entry), "vb-shown", g_strdup (text), g_free);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Writes the entry's volume as one edit; bad input is said in words and
 * the stored value comes back, nothing half-written */
static void
month_commit (GtkWidget *entry)
{
  VbForecastEditor *self = g_object_get_data (G_OBJECT (entry), "vb-editor");
  VbChannelForecast *row = g_object_get_data (G_OBJECT (entry), "vb-forecast");
  guint month = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "vb-month"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  const char *shown = g_object_get_data (G_OBJECT (entry), "vb-shown");
  g_autoptr(GError) error = NULL;
  double value;

  if (g_strcmp0 (text, shown) == 0 || !self->writable || !vb_record_is_live (VB_RECORD (row)))
    return;
  if (vb_str_is_blank (text) || !vb_parse_number (text, &value) || value < 0)
    {
      g_set_error (&error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   /* Translators: %s is a month, e.g. “Write how many contacts come in March …” */
                   _("Write how many contacts come in %s as a number, such as 1200 (0 when there are none)."),
                   month_name (month));
      vb_report_error (entry, error);
      month_show (entry);
      return;
    }
  if (!vb_channel_forecast_set_volume (row, month, value, &error))
    {
      vb_report_error (entry, error);
      month_show (entry);
      return;
    }
  month_show (entry);
}

static void
on_month_activated_cb (GtkEntry *entry,
                       gpointer  user_data)
{
  month_commit (GTK_WIDGET (entry));
}

static void
on_month_focus_left_cb (GtkEventControllerFocus *controller,
                        gpointer                 user_data)
{
  month_commit (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static GtkWidget *
months_row_new (VbForecastEditor  *self,
                VbChannelForecast *row)
{
  /* a preferences row: a group puts any other widget below its list */
  GtkWidget *list_row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Contacts a month"));
  /* six months a line, fewer in a narrow window */
  GtkWidget *grid = gtk_flow_box_new ();
  const char *channel = vb_enum_get_label (VB_TYPE_CHANNEL, vb_channel_forecast_get_channel (row));
  g_autofree char *accessible = g_strdup_printf (_("Monthly volumes of %s"), channel);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (grid), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (grid), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (grid), 3);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (grid), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (grid), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (grid), 6);
  for (guint m = 1; m <= 12; m++)
    {
      GtkWidget *label = gtk_label_new (month_abbrev (m));
      GtkWidget *entry = gtk_entry_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();
      g_autofree char *name = g_strdup_printf ("month-%u", m);
      /* Translators: a month's volume for screen readers, e.g. “Phone contacts in March” */
      g_autofree char *label_text = g_strdup_printf (_("%s contacts in %s"), channel, month_name (m));
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *child = gtk_flow_box_child_new ();

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_name (entry, name);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
      gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      vb_set_accessible_label (entry, label_text);
      g_object_set_data (G_OBJECT (entry), "vb-editor", self);
      g_object_set_data_full (G_OBJECT (entry), "vb-forecast", g_object_ref (row), g_object_unref);
      g_object_set_data (G_OBJECT (entry), "vb-month", GUINT_TO_POINTER (m));
      gtk_editable_set_editable (GTK_EDITABLE (entry), self->writable);
      g_signal_connect (entry, "activate", G_CALLBACK (on_month_activated_cb), NULL);
      g_signal_connect (focus, "leave", G_CALLBACK (on_month_focus_left_cb), NULL);
      gtk_widget_add_controller (entry, focus);
      month_show (entry);
      gtk_box_append (GTK_BOX (cell), label);
      gtk_box_append (GTK_BOX (cell), entry);
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), cell);
      /* the entry takes the keyboard, not its cell */
      gtk_widget_set_focusable (child, FALSE);
      gtk_flow_box_append (GTK_FLOW_BOX (grid), child);
      g_ptr_array_add (self->month_entries, entry);
    }
  gtk_box_append (GTK_BOX (box), grid);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (list_row), accessible);
  vb_set_accessible_label (list_row, accessible);
  return list_row;
}

/* ------------------------------------------------------------ staffing */

static GtkWidget *
figure_row_new (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
set_figure (GtkWidget  *row,
            const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                 value);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  vb_set_accessible_label (row, accessible);
}

/* The staffing of @channel in the decision model's result, or NULL with
 * the reason it could not be staffed in @why */
static const VbStaffingChannelResult *
staffing_of (const VbDecisionResult *result,
             VbChannel               channel,
             const char            **why)
{
  *why = NULL;
  for (guint i = 0; i < result->n_channels; i++)
    if (result->staffing[i].channel == channel)
      {
        if (!result->staffed[i])
          {
            *why = result->staffing_errors[i];
            return NULL;
          }
        return &result->staffing[i];
      }
  return NULL;
}

static void
update_staffing (VbForecastEditor *self,
                 guint             section,
                 VbChannel         channel)
{
  const VbDecisionResult *result = vb_decision_model_get_result (vb_decision_model_get_for_project (project_of (self)));
  GtkWidget **rows = (GtkWidget **) &self->staffing_rows->pdata[section * STAFFING_N];
  const char *why = NULL;
  const VbStaffingChannelResult *s = staffing_of (result, channel, &why);
  double lo = INFINITY, hi = 0, occupancy = NAN;
  g_autofree char *agents = NULL, *peak = NULL, *fte = NULL, *occ = NULL;

  if (s == NULL)
    {
      const char *text = why ? why : _("Not known yet: give the volumes and the handle time.");

      for (guint i = 0; i < STAFFING_N; i++)
        set_figure (rows[i], i == 0 ? text : "—");
      return;
    }
  for (guint m = 0; m < 12; m++)
    {
      const VbStaffingMonth *month = &s->months[m];

      if (!(month->volume > 0))
        continue;
      if (month->agents < lo)
        lo = month->agents;
      if (month->agents >= hi)
        {
          hi = month->agents;
          occupancy = month->logged_in_hours > 0 ? 100 * month->handle_hours / month->logged_in_hours : NAN;
          if (s->live)
            occupancy = 100 * month->average.occupancy;
        }
    }
  if (!isfinite (lo))
    agents = g_strdup (_("No volume yet"));
  else if (lo == hi)
    agents = vb_format_number (hi, s->live ? 0 : 1);
  else
    {
      g_autofree char *a = vb_format_number (lo, s->live ? 0 : 1), *b = vb_format_number (hi, s->live ? 0 : 1);
      /* Translators: agents over the year, from the quietest month to the busiest, e.g. “12 to 16” */
      agents = g_strdup_printf (_("%s to %s, by month"), a, b);
    }
  peak = vb_format_number (s->max_peak_agents, s->live ? 0 : 1);
  {
    g_autofree char *mean = vb_format_number (s->fte, 1), *max = vb_format_number (s->max_fte, 1);
    /* Translators: full-time people, e.g. “32.5 on average, 36.1 in the busiest month” */
    fte = g_strdup_printf (_("%s on average, %s in the busiest month"), mean, max);
  }
  occ = vb_format_percent (occupancy, 0);
  set_figure (rows[STAFFING_AGENTS], agents);
  set_figure (rows[STAFFING_PEAK], peak);
  set_figure (rows[STAFFING_FTE], fte);
  set_figure (rows[STAFFING_OCCUPANCY], occ);
}

/* ------------------------------------------------------------ intervals */

/* The intervals are the whole forecast's (vb_project_set_forecast_intervals):
 * shown as the first channel holds them, written to every channel */
static void
interval_show (GtkWidget *row)
{
  VbChannelForecast *first = g_object_get_data (G_OBJECT (row), "vb-forecast");
  gboolean peak = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-peak"));
  g_autofree char *text = peak ? vb_format_number (vb_channel_forecast_get_peak_factor (first), 2)
                               : vb_format_number (vb_channel_forecast_get_interval_minutes (first), 0);

  g_object_set_data_full (G_OBJECT (row), "vb-shown", g_strdup (text), g_free);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
interval_commit (GtkWidget *row)
{
  VbForecastEditor *self = g_object_get_data (G_OBJECT (row), "vb-editor");
  VbChannelForecast *first = g_object_get_data (G_OBJECT (row), "vb-forecast");
  gboolean peak = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-peak"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  double value;

  if (g_strcmp0 (text, g_object_get_data (G_OBJECT (row), "vb-shown")) == 0 || !self->writable ||
      !vb_record_is_live (VB_RECORD (first)))
    return;
  if (!vb_parse_number (text, &value))
    value = NAN;
  if (!vb_project_set_forecast_intervals (project_of (self),
                                          peak ? vb_channel_forecast_get_interval_minutes (first)
                                               : (isfinite (value) && value == floor (value) ? (int) value : -1),
                                          peak ? value : vb_channel_forecast_get_peak_factor (first), &error))
    vb_report_error (row, error);
  interval_show (row);
}

static void
on_interval_activated_cb (AdwEntryRow *row,
                          gpointer     user_data)
{
  interval_commit (GTK_WIDGET (row));
}

static void
on_interval_focus_left_cb (GtkEventControllerFocus *controller,
                           gpointer                 user_data)
{
  interval_commit (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static GtkWidget *
interval_row_new (VbForecastEditor  *self,
                  VbChannelForecast *first,
                  gboolean           peak)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), peak ? _("Busiest interval ÷ average interval")
                                                                 : _("Interval length (minutes)"));
  g_object_set_data (G_OBJECT (row), "vb-editor", self);
  g_object_set_data_full (G_OBJECT (row), "vb-forecast", g_object_ref (first), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-peak", GINT_TO_POINTER (peak));
  vb_field_set_property_name (row, peak ? "peak-factor" : "interval-minutes");
  gtk_editable_set_editable (GTK_EDITABLE (row), self->writable);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_interval_activated_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_interval_focus_left_cb), NULL);
  gtk_widget_add_controller (row, focus);
  interval_show (row);
  self->interval_rows[peak ? 1 : 0] = row;
  return row;
}

/* ------------------------------------------------------------ sections */

static GtkWidget *
number_row (VbChannelForecast *row,
            const char        *property,
            const char        *title,
            int                decimals)
{
  return vb_field_entry_row_new (VB_RECORD (row), property, title, VB_FIELD_NUMBER, decimals);
}

static GtkWidget *
section_new (VbForecastEditor  *self,
             VbChannelForecast *row)
{
  GtkWidget *group = adw_preferences_group_new ();
  VbChannel channel = vb_channel_forecast_get_channel (row);
  const char *label = vb_enum_get_label (VB_TYPE_CHANNEL, channel);
  gboolean live = vb_channel_forecast_get_live (row);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the forecast"), label);
  GtkWidget *remove = vb_icon_button_new ("user-trash-symbolic", remove_label);
  static const char *const figures[STAFFING_N] = {
    N_("Agents in an average interval"), N_("Agents in the busiest interval"),
    N_("Full-time people (FTE)"), N_("Occupancy in the busiest month"),
  };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), label);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         live ? _("Answered live: staffed with Erlang C")
                                              : _("Worked from a queue: staffed on the workload"));
  gtk_widget_set_name (remove, "remove-channel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "forecast.remove-channel");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (VB_RECORD (row)));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), remove);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), months_row_new (self, row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             number_row (row, "aht-seconds", _("Average handle time, after-contact work included (seconds)"), 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), number_row (row, "open-hours-per-week", _("Open hours a week"), 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_switch_row_new (VB_RECORD (row), "live", _("Answered live"),
                                                      _("Contacts wait on the line for an agent, as calls and chats do")));
  if (live)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 number_row (row, "service-level-pct", _("Service level: share answered in time (%)"), 1));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 number_row (row, "service-seconds", _("Answered within (seconds)"), 0));
      if (channel == VB_CHANNEL_CHAT)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   number_row (row, "concurrency", _("Chats an agent handles at once"), 1));
    }
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               number_row (row, "response-hours", _("Answered within (hours); empty: within the month"), 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             number_row (row, "shrinkage-pct", _("Shrinkage: paid time away from contacts (%)"), 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             number_row (row, "occupancy-pct", _("Maximum occupancy (%); empty: no cap"), 1));
  for (guint i = 0; i < STAFFING_N; i++)
    {
      GtkWidget *figure = figure_row_new (_(figures[i]));

      g_ptr_array_add (self->staffing_rows, figure);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), figure);
    }
  g_object_set_data_full (G_OBJECT (group), "vb-record", g_object_ref (row), g_object_unref);
  return group;
}

static char *
signature_of (VbForecastEditor *self)
{
  GListModel *rows = vb_project_get_forecast_channels (project_of (self));
  guint n = g_list_model_get_n_items (rows);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) row = g_list_model_get_item (rows, i);

      if (vb_record_is_live (VB_RECORD (row)))
        g_string_append_printf (s, "%s:%d:%d;", vb_record_get_uuid (VB_RECORD (row)),
                                vb_channel_forecast_get_channel (row), vb_channel_forecast_get_live (row));
    }
  return g_string_free (s, FALSE);
}

static void
update_add_menu (VbForecastEditor *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n = vb_enum_get_n_values (VB_TYPE_CHANNEL), n_free = 0;

  for (guint i = 0; i < n; i++)
    {
      int channel = vb_enum_get_value (VB_TYPE_CHANNEL, i);
      g_autoptr(GMenuItem) item = NULL;

      if (vb_project_get_channel_forecast (project_of (self), channel))
        continue;
      item = g_menu_item_new (vb_enum_get_label (VB_TYPE_CHANNEL, channel), NULL);
      g_menu_item_set_action_and_target_value (item, "forecast.add-channel", g_variant_new_int32 (channel));
      g_menu_append_item (menu, item);
      n_free++;
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->add_button), G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (self->add_button, n_free > 0 && self->writable);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    gtk_box_remove (GTK_BOX (box), child);
}

static void
rebuild (VbForecastEditor *self)
{
  GListModel *rows = vb_project_get_forecast_channels (project_of (self));
  guint n = g_list_model_get_n_items (rows), n_live = 0;
  VbChannelForecast *first = NULL;

  clear_box (self->sections);
  self->intervals_group = NULL;
  self->interval_rows[0] = self->interval_rows[1] = NULL;
  g_ptr_array_set_size (self->month_entries, 0);
  g_ptr_array_set_size (self->staffing_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) row = g_list_model_get_item (rows, i);

      if (!vb_record_is_live (VB_RECORD (row)))
        continue;
      if (first == NULL)
        first = row;
      n_live += vb_channel_forecast_get_live (row);
      gtk_box_append (GTK_BOX (self->sections), section_new (self, row));
    }
  gtk_widget_set_visible (self->placeholder, first == NULL);
  if (first && n_live > 0)
    {
      /* the forecast's own: the same on every channel */
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Intervals"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("For every live channel: the length of the intervals agents are "
                                               "counted in, and how much busier the busiest one is than the average."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), interval_row_new (self, first, FALSE));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), interval_row_new (self, first, TRUE));
      gtk_box_append (GTK_BOX (self->sections), group);
      self->intervals_group = group;
    }
  update_add_menu (self);
}

static void
update_assumptions (VbForecastEditor *self)
{
  double paid = vb_project_settings_get_paid_hours_per_fte (vb_project_get_settings (project_of (self)));
  g_autofree char *hours = vb_format_number (paid, 0);
  g_autofree char *text =
    g_strdup_printf (_("Live channels are staffed with Erlang C: the fewest agents who answer the target share "
                       "in time, interval by interval; the busiest interval has the peak factor times the average "
                       "traffic. Email and back-office work is staffed on its workload: volume × handle time. "
                       "A month’s FTE is the staffed hours ÷ (%s paid hours of one full-time person × "
                       "(1 − shrinkage)); the paid hours are set on Goals & Scope. An empty shrinkage counts as "
                       "none, an empty maximum occupancy sets no cap."), hours);

  gtk_label_set_label (GTK_LABEL (self->assumptions), text);
}

static void
refresh (VbForecastEditor *self)
{
  g_autofree char *signature = signature_of (self);
  guint section = 0;

  if (g_strcmp0 (signature, self->signature) != 0)
    {
      g_free (self->signature);
      self->signature = g_steal_pointer (&signature);
      rebuild (self);
    }
  for (guint i = 0; i < self->month_entries->len; i++)
    {
      GtkWidget *entry = self->month_entries->pdata[i];
      const char *shown = g_object_get_data (G_OBJECT (entry), "vb-shown");

      /* what the user is typing stays; the rest follows undo and redo */
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), shown) == 0)
        month_show (entry);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->interval_rows); i++)
    if (self->interval_rows[i] &&
        g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->interval_rows[i])),
                   g_object_get_data (G_OBJECT (self->interval_rows[i]), "vb-shown")) == 0)
      interval_show (self->interval_rows[i]);
  for (GtkWidget *g = gtk_widget_get_first_child (self->sections); g; g = gtk_widget_get_next_sibling (g))
    {
      VbChannelForecast *row = g_object_get_data (G_OBJECT (g), "vb-record");

      if (row)
        update_staffing (self, section++, vb_channel_forecast_get_channel (row));
    }
  update_assumptions (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  VbForecastEditor *self = data;

  self->rebuild_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A change of the sections' shape (a channel, a model) is often made by a
 * field of the sections themselves, from inside its own signal: the
 * sections are rebuilt once that has returned, the figures at once */
static void
on_project_changed_cb (VbProject *project,
                       VbForecastEditor *self)
{
  g_autofree char *signature = signature_of (self);

  if (g_strcmp0 (signature, self->signature) == 0)
    refresh (self);
  else if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

/* ------------------------------------------------------------ actions */

static void
add_channel_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbForecastEditor *self = VB_FORECAST_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  VbChannel channel = (VbChannel) g_variant_get_int32 (param);

  if (vb_project_add_channel_forecast (project_of (self), channel, &error) == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  refresh (self);
  vb_focus_widget (vb_forecast_editor_get_month_entry (self, channel, 1));
}

static void
remove_channel_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VbForecastEditor *self = VB_FORECAST_EDITOR (widget);
  GListModel *rows = vb_project_get_forecast_channels (project_of (self));
  const char *uuid = g_variant_get_string (param, NULL);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChannelForecast) row = g_list_model_get_item (rows, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *title = NULL;

      if (g_strcmp0 (vb_record_get_uuid (VB_RECORD (row)), uuid) != 0)
        continue;
      title = g_strdup_printf (_("Removed %s from the forecast"),
                               vb_enum_get_label (VB_TYPE_CHANNEL, vb_channel_forecast_get_channel (row)));
      if (!vb_record_remove (VB_RECORD (row), &error))
        {
          vb_report_error (widget, error);
          return;
        }
      vb_show_undo_toast (widget, title);
      refresh (self);
      vb_focus_widget (vb_forecast_editor_get_initial_focus (self));
      return;
    }
}

static void
prefill_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VbForecastEditor *self = VB_FORECAST_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (vb_project_prefill_forecast (project_of (self), &error) == 0)
    {
      vb_report_error (widget, error);
      return;
    }
  refresh (self);
  vb_focus_widget (vb_forecast_editor_get_initial_focus (self));
}

/* ------------------------------------------------------------ GObject */

static void
build (VbForecastEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *assumptions_group = adw_preferences_group_new ();
  GtkWidget *content;

  self->channels_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->channels_group), _("Volume Forecast"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->channels_group),
                                         _("One forecast for every vendor: each quote is priced on these numbers."));
  self->add_button = gtk_menu_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Channel"));
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->add_button), content);
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (self->add_button, "add-channel");
  gtk_widget_set_tooltip_text (self->add_button, _("Add a channel to the forecast"));
  vb_set_accessible_label (self->add_button, _("Add Channel"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->channels_group), self->add_button);
  self->placeholder = vb_placeholder_new (NULL, _("No forecast yet"),
                                          _("Add each channel you will hand over with its contacts a month, or fill "
                                            "the forecast from the tasks to outsource on Goals & Scope."),
                                          _("Fill from Goals & Scope"), "forecast.prefill");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->channels_group), self->placeholder);
  gtk_box_append (GTK_BOX (box), self->channels_group);

  self->sections = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_box_append (GTK_BOX (box), self->sections);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (assumptions_group), _("How Staffing Is Worked Out"));
  self->assumptions = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->assumptions), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->assumptions), 0);
  gtk_widget_add_css_class (self->assumptions, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (assumptions_group), self->assumptions);
  gtk_box_append (GTK_BOX (box), assumptions_group);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  g_signal_connect_object (project_of (self), "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  refresh (self);
}

static void
vb_forecast_editor_dispose (GObject *object)
{
  VbForecastEditor *self = VB_FORECAST_EDITOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_forecast_editor_parent_class)->dispose (object);
}

static void
vb_forecast_editor_finalize (GObject *object)
{
  VbForecastEditor *self = VB_FORECAST_EDITOR (object);

  g_free (self->signature);
  g_ptr_array_unref (self->month_entries);
  g_ptr_array_unref (self->staffing_rows);
  G_OBJECT_CLASS (vb_forecast_editor_parent_class)->finalize (object);
}

static void
vb_forecast_editor_class_init (VbForecastEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_forecast_editor_dispose;
  object_class->finalize = vb_forecast_editor_finalize;
  gtk_widget_class_install_action (widget_class, "forecast.add-channel", "i", add_channel_action);
  gtk_widget_class_install_action (widget_class, "forecast.remove-channel", "s", remove_channel_action);
  gtk_widget_class_install_action (widget_class, "forecast.prefill", NULL, prefill_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_forecast_editor_init (VbForecastEditor *self)
{
  self->month_entries = g_ptr_array_new ();
  self->staffing_rows = g_ptr_array_new ();
  self->writable = TRUE;
}

/* ------------------------------------------------------------ public */

GtkWidget *
vb_forecast_editor_new (VbContext *context)
{
  VbForecastEditor *self;

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);
  self = g_object_new (VB_TYPE_FORECAST_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->writable = !vb_project_get_read_only (project_of (self));
  build (self);
  vb_forecast_editor_set_writable (self, self->writable);
  return GTK_WIDGET (self);
}

void
vb_forecast_editor_set_writable (VbForecastEditor *self,
                                 gboolean          writable)
{
  g_return_if_fail (VB_IS_FORECAST_EDITOR (self));
  self->writable = writable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "forecast.add-channel", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "forecast.remove-channel", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "forecast.prefill", writable);
  for (guint i = 0; i < self->month_entries->len; i++)
    gtk_editable_set_editable (GTK_EDITABLE (self->month_entries->pdata[i]), writable);
  for (guint i = 0; i < G_N_ELEMENTS (self->interval_rows); i++)
    if (self->interval_rows[i])
      gtk_editable_set_editable (GTK_EDITABLE (self->interval_rows[i]), writable);
  update_add_menu (self);
}

GtkWidget *
vb_forecast_editor_get_month_entry (VbForecastEditor *self,
                                    VbChannel         channel,
                                    guint             month)
{
  g_return_val_if_fail (VB_IS_FORECAST_EDITOR (self), NULL);
  for (guint i = 0; i < self->month_entries->len; i++)
    {
      GtkWidget *entry = self->month_entries->pdata[i];
      VbChannelForecast *row = g_object_get_data (G_OBJECT (entry), "vb-forecast");

      if (vb_channel_forecast_get_channel (row) == channel &&
          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "vb-month")) == month)
        return entry;
    }
  return NULL;
}

GtkWidget *
vb_forecast_editor_get_initial_focus (VbForecastEditor *self)
{
  g_return_val_if_fail (VB_IS_FORECAST_EDITOR (self), NULL);
  if (self->month_entries->len > 0)
    return self->month_entries->pdata[0];
  return self->add_button;
}

void
vb_forecast_editor_start_adding (VbForecastEditor *self)
{
  g_return_if_fail (VB_IS_FORECAST_EDITOR (self));
  vb_focus_widget (self->add_button);
  if (gtk_widget_get_sensitive (self->add_button))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->add_button));
}
