/* vb-ticket-import-dialog.c — a help-desk ticket export, previewed and imported
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export is read in a worker thread (vb_ticket_import_file: a preset
 * recognised from its header, or the mapping remembered for that header;
 * a million tickets take a second, and the window must not stop) and the
 * dialog shows what would be imported: the help desk named, the tickets
 * and weeks, each week's values per channel, the warnings; or the core's
 * error in words, and then Import stays off. "Say which column holds
 * what" opens a drop-down of the export's headers per field
 * (vb_ticket_peek_file), the duration unit and business hours; the
 * channel words of its first rows map to channels. Every change reads the
 * export again, the read under way cancelled; while it reads, the dialog
 * says so and Import waits. Import stores the weeks in one edit (undone with Undo on
 * the page's toast); the same export imported again replaces its weeks.
 */

#define G_LOG_DOMAIN "vb-ticket-import-dialog"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vb-enums.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-results-util.h"
#include "vb-scoring-util.h"
#include "vb-sla-history.h"
#include "vb-ticket-import-dialog.h"
#include "vb-ticket-import.h"

#define PEEK_ROWS 200
#define MAX_WORDS 24

struct _VbTicketImportDialog
{
  AdwWindow        parent_instance;

  GtkWidget       *import_button;
  GtkWidget       *preset_row;
  GtkWidget       *error_box;
  GtkWidget       *error_label;
  GtkWidget       *preview_group;
  GtkWidget       *weeks_list;
  GtkWidget       *warnings_box;
  GtkWidget       *map_switch;
  GtkWidget       *columns_group;
  GtkWidget       *field_rows[VB_TICKET_N_FIELDS];
  GtkWidget       *unit_row;
  GtkWidget       *business_row;
  GtkWidget       *words_group;
  GPtrArray       *word_rows;       /* AdwComboRow, their word in "vb-word" */

  /* owned */
  VbProject       *project;
  char            *path;
  GWeakRef         toast_target;
  VbTicketPeek    *peek;
  VbTicketImport  *import;
  GHashTable      *remembered;
  VbTicketMapping *base;           /* see base_mapping () */
  GTimeZone       *time_zone;
  gboolean         customised;     /* the user changed a column or a word */
  gboolean         loading;
  GCancellable    *reading;        /* the read under way, or NULL */
  GtkWidget       *spinner;
};

G_DEFINE_FINAL_TYPE (VbTicketImportDialog, vb_ticket_import_dialog, ADW_TYPE_WINDOW)

static const char *
field_title (VbTicketField field)
{
  switch (field)
    {
    case VB_TICKET_FIELD_ID:
      return _("Ticket number");
    case VB_TICKET_FIELD_CREATED:
      return _("Created (date and time)");
    case VB_TICKET_FIELD_FIRST_RESPONSE:
      return _("First reply (date and time)");
    case VB_TICKET_FIELD_RESOLVED:
      return _("Resolved (date and time)");
    case VB_TICKET_FIELD_FIRST_RESPONSE_DURATION:
      return _("Time to the first reply");
    case VB_TICKET_FIELD_RESOLUTION_DURATION:
      return _("Time to resolution");
    case VB_TICKET_FIELD_CHANNEL:
      return _("Channel");
    case VB_TICKET_FIELD_ESCALATED:
      return _("Escalated (yes / no, or the groups it passed)");
    case VB_TICKET_FIELD_REOPENED:
      return _("Reopened (yes / no, or how often)");
    case VB_TICKET_FIELD_SATISFACTION:
      return _("Satisfaction (good / bad, 1 to 5 or 0 to 10)");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
preset_words (VbTicketPreset preset)
{
  switch (preset)
    {
    case VB_TICKET_PRESET_ZENDESK:
      return _("A Zendesk ticket export");
    case VB_TICKET_PRESET_FRESHDESK:
      return _("A Freshdesk or Freshservice ticket export");
    case VB_TICKET_PRESET_ZAMMAD:
      return _("A Zammad report");
    case VB_TICKET_PRESET_OSTICKET:
      return _("An osTicket export");
    default:
      return _("Not an export the app knows: say which column holds what");
    }
}

/* ------------------------------------------------------------ mapping */

/* How the export reads before the user changes anything: the columns
 * remembered for its header, else its preset's; read once */
static VbTicketMapping *
read_base_mapping (VbTicketImportDialog *self)
{
  g_autoptr(VbTicketImport) probe = NULL;

  if (self->remembered && g_hash_table_size (self->remembered) > 0 && self->peek)
    {
      /* the header's key is the importer's: read it through a first import */
      VbTicketOptions options;

      vb_ticket_options_init (&options);
      options.time_zone = self->time_zone;
      options.remembered = self->remembered;
      probe = vb_ticket_import_file (self->path, &options, NULL);
      if (probe && vb_ticket_import_get_mapping_remembered (probe))
        {
          const VbTicketMapping *known = g_hash_table_lookup (self->remembered,
                                                              vb_ticket_import_get_header_key (probe));

          if (known)
            return vb_ticket_mapping_copy (known);
        }
    }
  if (self->peek && self->peek->preset != VB_TICKET_PRESET_MAPPED)
    return vb_ticket_mapping_new_preset (self->peek->preset);
  return vb_ticket_mapping_new ();
}

static VbTicketMapping *
base_mapping (VbTicketImportDialog *self)
{
  if (self->base == NULL)
    self->base = read_base_mapping (self);
  return vb_ticket_mapping_copy (self->base);
}

static const char *
chosen_column (VbTicketImportDialog *self,
               VbTicketField         field)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->field_rows[field]));

  /* the first choice is "Not in the export" */
  if (self->peek == NULL || i == 0 || i == GTK_INVALID_LIST_POSITION || i > g_strv_length (self->peek->header))
    return NULL;
  return self->peek->header[i - 1];
}

static VbTicketMapping *
build_mapping (VbTicketImportDialog *self)
{
  VbTicketMapping *mapping = base_mapping (self);

  if (gtk_switch_get_active (GTK_SWITCH (self->map_switch)))
    {
      for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
        vb_ticket_mapping_set_column (mapping, f, chosen_column (self, f));
      vb_ticket_mapping_set_duration_unit (mapping, adw_combo_row_get_selected (ADW_COMBO_ROW (self->unit_row)));
      vb_ticket_mapping_set_business_hours (mapping,
                                            gtk_switch_get_active (GTK_SWITCH (g_object_get_data (G_OBJECT (self->business_row),
                                                                                                  "vb-switch"))));
    }
  for (guint i = 0; i < self->word_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->word_rows, i);
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

      if (selected != GTK_INVALID_LIST_POSITION)
        vb_ticket_mapping_set_channel_word (mapping, g_object_get_data (G_OBJECT (row), "vb-word"),
                                            vb_enum_get_value (VB_TYPE_CHANNEL, selected));
    }
  return mapping;
}

/* ------------------------------------------------------------ preview */

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    gtk_widget_unparent (child);
}

static char *
week_values (const VbTicketWeek *week)
{
  static const struct { VbKpiId kpi; const char *label; } shown[] = {
    { VB_KPI_FIRST_RESPONSE_MEDIAN, N_("first reply (median)") },
    { VB_KPI_FIRST_RESPONSE_P90, N_("first reply (90th percentile)") },
    { VB_KPI_RESOLUTION_TIME, N_("resolution") },
    { VB_KPI_FCR, N_("solved without a reopen") },
    { VB_KPI_ESCALATION, N_("escalated") },
    { VB_KPI_CSAT, N_("satisfied") },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      double value = vb_ticket_week_get_value (week, shown[i].kpi);
      g_autofree char *formatted = NULL;

      if (isnan (value))
        continue;
      formatted = vb_results_format_value (vb_kpi_get_key (vb_kpi_get_builtin (shown[i].kpi)), value);
      if (text->len)
        g_string_append (text, " · ");
      /* Translators: one value of a week in the preview, "first reply (median) 10 min" */
      g_string_append_printf (text, _("%s %s"), _(shown[i].label), formatted);
    }
  if (text->len == 0)
    g_string_append (text, _("no times, escalations or ratings in these tickets"));
  return g_string_free (text, FALSE);
}

static GtkWidget *
week_row_new (const VbTicketWeek *week,
              GTimeZone          *tz)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (week->week_start);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (start, tz);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *tickets = g_strdup_printf (g_dngettext (NULL, "%'lu ticket", "%'lu tickets", week->tickets),
                                              (gulong) week->tickets);
  /* Translators: a week of the preview, "Week of 2026-03-02 · Email · 12 tickets" */
  g_autofree char *title = g_strdup_printf (_("Week of %s · %s · %s"), date,
                                            vb_enum_get_label (VB_TYPE_CHANNEL, week->channel), tickets);
  g_autofree char *values = week_values (week);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", title, values);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), values);
  vb_set_accessible_label (row, accessible);
  gtk_widget_set_name (row, "preview-week");
  return row;
}

static void
show_error (VbTicketImportDialog *self,
            const char           *message)
{
  gtk_widget_set_visible (self->error_box, message != NULL);
  gtk_label_set_label (GTK_LABEL (self->error_label), message ? message : "");
}

/* What a worker needs to read the export: copies, nothing of the dialog */
typedef struct {
  char            *path;
  GTimeZone       *time_zone;
  VbTicketMapping *mapping;      /* the user's, or NULL */
  GHashTable      *remembered;   /* plain data, read only (VbTicketOptions) */
} ReadJob;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_free (job->path);
  g_clear_pointer (&job->time_zone, g_time_zone_unref);
  g_clear_pointer (&job->mapping, vb_ticket_mapping_free);
  g_clear_pointer (&job->remembered, g_hash_table_unref);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  ReadJob *job = data;
  VbTicketOptions options;
  VbTicketImport *import;
  GError *error = NULL;

  vb_ticket_options_init (&options);
  options.time_zone = job->time_zone;
  options.mapping = job->mapping;
  options.remembered = job->remembered;
  import = vb_ticket_import_file (job->path, &options, &error);
  if (g_task_return_error_if_cancelled (task))
    {
      g_clear_pointer (&import, vb_ticket_import_free);
      g_clear_error (&error);
    }
  else if (import != NULL)
    g_task_return_pointer (task, import, (GDestroyNotify) vb_ticket_import_free);
  else
    g_task_return_error (task, error);
}

static void show_preview (VbTicketImportDialog *self, GError *error);

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  VbTicketImportDialog *self = VB_TICKET_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  VbTicketImport *import = g_task_propagate_pointer (G_TASK (result), &error);

  /* a later change started another read: this one's result is old */
  if (g_task_get_cancellable (G_TASK (result)) != self->reading)
    {
      g_clear_pointer (&import, vb_ticket_import_free);
      return;
    }
  g_clear_object (&self->reading);
  gtk_spinner_stop (GTK_SPINNER (self->spinner));
  gtk_widget_set_visible (self->spinner, FALSE);
  self->import = import;
  show_preview (self, error);
}

/* Reads the export again, in a worker, with what the dialog says now */
static void
preview (VbTicketImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  if (self->loading)
    return;
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_pointer (&self->import, vb_ticket_import_free);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  if (self->peek == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                     gtk_label_get_label (GTK_LABEL (self->error_label)));

      show_preview (self, error);
      return;
    }
  job = g_new0 (ReadJob, 1);
  job->path = g_strdup (self->path);
  job->time_zone = self->time_zone ? g_time_zone_ref (self->time_zone) : NULL;
  if (self->customised)
    job->mapping = build_mapping (self);
  else if (self->remembered)
    job->remembered = g_hash_table_ref (self->remembered);
  self->reading = g_cancellable_new ();
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row), _("Reading the export…"));
  gtk_widget_set_visible (self->spinner, TRUE);
  gtk_spinner_start (GTK_SPINNER (self->spinner));
  task = g_task_new (self, self->reading, read_done_cb, NULL);
  g_task_set_source_tag (task, preview);
  g_task_set_task_data (task, job, read_job_free);
  g_task_run_in_thread (task, read_thread);
}

/* What the read found: the weeks and warnings, or the error in words */
static void
show_preview (VbTicketImportDialog *self,
              GError               *error)
{
  const char *const *warnings;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->weeks_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->weeks_list), child);
  clear_box (self->warnings_box);
  gtk_widget_set_sensitive (self->import_button, self->import != NULL);
  gtk_widget_set_visible (self->preview_group, self->import != NULL);
  if (self->import == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row),
                                   self->customised ? _("Read with the columns you chose")
                                   : preset_words (self->peek ? self->peek->preset : VB_TICKET_PRESET_MAPPED));
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  {
    VbTicketPreset preset = vb_ticket_import_get_preset (self->import);
    guint64 n = vb_ticket_import_get_n_tickets (self->import);
    guint n_weeks = vb_ticket_import_get_n_weeks (self->import);
    g_autofree char *tickets = g_strdup_printf (g_dngettext (NULL, "%'lu ticket", "%'lu tickets", n), (gulong) n);
    g_autofree char *weeks = NULL;
    g_autofree char *channels = NULL;
    g_autofree char *summary = NULL;
    guint n_distinct = 0, mask = 0;

    for (guint i = 0; i < n_weeks; i++)
      {
        const VbTicketWeek *week = vb_ticket_import_get_week (self->import, i);

        /* by week, then channel: a new week starts a new run */
        if (i == 0 || vb_ticket_import_get_week (self->import, i - 1)->week_start != week->week_start)
          n_distinct++;
        mask |= 1u << week->channel;
      }
    weeks = g_strdup_printf (g_dngettext (NULL, "%u week", "%u weeks", n_distinct), n_distinct);
    channels = g_strdup_printf (g_dngettext (NULL, "%u channel", "%u channels", (guint) __builtin_popcount (mask)),
                                (guint) __builtin_popcount (mask));
    /* Translators: "120 tickets over 6 weeks on 2 channels" */
    summary = g_strdup_printf (_("%s over %s on %s"), tickets, weeks, channels);
    const char *words = vb_ticket_import_get_mapping_remembered (self->import)
                        ? _("Read with the columns you mapped for this export before")
                        : self->customised ? _("Read with the columns you chose") : preset_words (preset);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row), words);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->preview_group), summary);
  }
  for (guint i = 0; i < vb_ticket_import_get_n_weeks (self->import); i++)
    gtk_list_box_append (GTK_LIST_BOX (self->weeks_list),
                         week_row_new (vb_ticket_import_get_week (self->import, i), self->time_zone));
  warnings = vb_ticket_import_get_warnings (self->import);
  for (guint i = 0; warnings && warnings[i]; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (warnings[i]);

      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_set_name (box, "import-warning");
      gtk_widget_add_css_class (box, "vb-attention");
      gtk_box_append (GTK_BOX (self->warnings_box), box);
    }
}

static void build_words (VbTicketImportDialog *self, const VbTicketMapping *mapping);

static void
on_choice_changed_cb (GObject              *row,
                      GParamSpec           *pspec,
                      VbTicketImportDialog *self)
{
  if (self->loading)
    return;
  self->customised = TRUE;
  if (row == G_OBJECT (self->field_rows[VB_TICKET_FIELD_CHANNEL]))
    {
      /* another channel column: its words */
      g_autoptr(VbTicketMapping) mapping = build_mapping (self);

      for (guint i = 0; i < self->word_rows->len; i++)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->words_group), g_ptr_array_index (self->word_rows, i));
      g_ptr_array_set_size (self->word_rows, 0);
      self->loading = TRUE;
      build_words (self, mapping);
      self->loading = FALSE;
    }
  preview (self);
}

static void
on_map_switch_cb (GObject              *sw,
                  GParamSpec           *pspec,
                  VbTicketImportDialog *self)
{
  gboolean on = gtk_switch_get_active (GTK_SWITCH (self->map_switch));

  gtk_widget_set_visible (self->columns_group, on);
  if (self->loading)
    return;
  self->customised = TRUE;
  preview (self);
}

/* ------------------------------------------------------------ building */

static GtkWidget *
combo_row_new (const char    *title,
               GtkStringList *names,
               const char    *name)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  vb_combo_row_set_strings (row, names);
  g_object_unref (names);
  gtk_widget_set_name (row, name);
  return row;
}

static void
build_columns (VbTicketImportDialog *self,
               const VbTicketMapping *mapping)
{
  GtkStringList *units = gtk_string_list_new (NULL);
  GtkWidget *business_switch = gtk_switch_new ();

  for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
    {
      GtkStringList *names = gtk_string_list_new (NULL);
      int column = self->peek ? vb_ticket_peek_find_column (self->peek, mapping, f) : -1;

      gtk_string_list_append (names, _("Not in the export"));
      for (guint i = 0; self->peek && self->peek->header[i]; i++)
        gtk_string_list_append (names, vb_str_is_blank (self->peek->header[i]) ? _("(a column without a name)")
                                                                                : self->peek->header[i]);
      g_autofree char *name = g_strdup_printf ("map-%s", vb_ticket_field_get_key (f));

      self->field_rows[f] = combo_row_new (field_title (f), names, name);
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->field_rows[f]), column + 1);
      g_signal_connect (self->field_rows[f], "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->columns_group), self->field_rows[f]);
    }
  gtk_string_list_append (units, _("Minutes"));
  gtk_string_list_append (units, _("Hours"));
  gtk_string_list_append (units, _("Hours:minutes:seconds"));
  self->unit_row = combo_row_new (_("Times are given in"), units, "duration-unit");
  g_signal_connect (self->unit_row, "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->columns_group), self->unit_row);

  self->business_row = adw_action_row_new ();
  gtk_widget_set_name (self->business_row, "business-hours-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->business_row), _("Times count business hours only"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->business_row),
                               _("Kept apart from calendar times: an SLA never mixes the two"));
  gtk_widget_set_valign (business_switch, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (business_switch), vb_ticket_mapping_get_business_hours (mapping));
  vb_set_accessible_label (business_switch, _("Times count business hours only"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->business_row), business_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->business_row), business_switch);
  g_object_set_data (G_OBJECT (self->business_row), "vb-switch", business_switch);
  g_signal_connect (business_switch, "notify::active", G_CALLBACK (on_choice_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->columns_group), self->business_row);
}

/* The channel words of the first rows, each to a channel */
static void
build_words (VbTicketImportDialog  *self,
             const VbTicketMapping *mapping)
{
  int column = self->peek ? vb_ticket_peek_find_column (self->peek, mapping, VB_TICKET_FIELD_CHANNEL) : -1;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; column >= 0 && r < self->peek->rows->len && self->word_rows->len < MAX_WORDS; r++)
    {
      char **cells = g_ptr_array_index (self->peek->rows, r);
      GtkStringList *channels;
      GtkWidget *row;
      VbChannel channel = VB_CHANNEL_OTHER;
      g_autofree char *word = NULL;
      g_autofree char *key = NULL;

      if ((guint) column >= g_strv_length (cells))
        continue;
      word = g_strstrip (g_strdup (cells[column]));
      key = g_utf8_casefold (word, -1);
      if (*word == '\0' || g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&key));
      vb_ticket_mapping_lookup_channel (mapping, word, strlen (word), &channel);
      channels = gtk_string_list_new (NULL);
      for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_CHANNEL); i++)
        gtk_string_list_append (channels, vb_enum_get_label (VB_TYPE_CHANNEL, vb_enum_get_value (VB_TYPE_CHANNEL, i)));
      /* Translators: a channel word of the export, “Web form” */
      {
        g_autofree char *title = g_strdup_printf (_("“%s”"), word);

        row = combo_row_new (title, channels, "channel-word");
      }
      for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_CHANNEL); i++)
        if (vb_enum_get_value (VB_TYPE_CHANNEL, i) == (int) channel)
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
      g_object_set_data_full (G_OBJECT (row), "vb-word", g_strdup (word), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
      g_ptr_array_add (self->word_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->words_group), row);
    }
  gtk_widget_set_visible (self->words_group, self->word_rows->len > 0);
}

/* ------------------------------------------------------------ storing */

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbTicketImportDialog *self = VB_TICKET_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (self->path);
  g_autoptr(GtkWidget) target = g_weak_ref_get (&self->toast_target);
  guint n_results = 0;

  if (self->import == NULL)
    return;
  if (!vb_ticket_import_store (self->import, self->project, base, &n_results, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (target)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (NULL, "Imported %u weekly result from “%s”", "Imported %u weekly results from “%s”",
                                      n_results), n_results, base);

      vb_show_undo_toast (target, message);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static GtkWidget *
group_new (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static void
build (VbTicketImportDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *file_group = group_new (_("The Export"), NULL);
  GtkWidget *file_row = adw_action_row_new ();
  GtkWidget *map_row = adw_action_row_new ();
  GtkWidget *error_icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  g_autofree char *base = g_path_get_basename (self->path);
  g_autoptr(GError) peek_error = NULL;
  g_autoptr(VbTicketMapping) mapping = NULL;

  self->peek = vb_ticket_peek_file (self->path, PEEK_ROWS, &peek_error);
  mapping = base_mapping (self);

  gtk_window_set_title (GTK_WINDOW (self), _("Import Tickets"));
  gtk_window_set_default_size (GTK_WINDOW (self), 680, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "import.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_set_name (self->import_button, "import-button");
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->import_button), "import.store");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (toolbar), header);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (toolbar), scroller);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  /* the file and what it is */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (file_row), _("File"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (file_row), base);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), file_row);
  self->preset_row = adw_action_row_new ();
  gtk_widget_set_name (self->preset_row, "preset-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->preset_row), _("Recognised as"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row),
                               preset_words (self->peek ? self->peek->preset : VB_TICKET_PRESET_MAPPED));
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_name (self->spinner, "reading");
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_widget_set_valign (self->spinner, GTK_ALIGN_CENTER);
  vb_set_accessible_label (self->spinner, _("Reading the export"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->preset_row), self->spinner);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), self->preset_row);
  self->map_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->map_switch, GTK_ALIGN_CENTER);
  vb_set_accessible_label (self->map_switch, _("Say which column holds what"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (map_row), _("Say which column holds what"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (map_row), _("For an export the app does not know, or to correct it"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (map_row), self->map_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (map_row), self->map_switch);
  gtk_widget_set_name (map_row, "map-columns");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), map_row);
  gtk_box_append (GTK_BOX (content), file_group);

  /* what went wrong, in the core's words */
  self->error_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->error_label = gtk_label_new (peek_error ? peek_error->message : NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (error_icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_valign (error_icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_set_hexpand (self->error_label, TRUE);
  gtk_widget_set_name (self->error_label, "error");
  gtk_box_append (GTK_BOX (self->error_box), error_icon);
  gtk_box_append (GTK_BOX (self->error_box), self->error_label);
  gtk_widget_add_css_class (self->error_box, "error");
  gtk_box_append (GTK_BOX (content), self->error_box);

  self->preview_group = group_new (_("What Will Be Imported"), NULL);
  self->warnings_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_bottom (self->warnings_box, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->preview_group), self->warnings_box);
  self->weeks_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->weeks_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->weeks_list, "boxed-list");
  vb_set_accessible_label (self->weeks_list, _("Weeks to import"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->preview_group), self->weeks_list);
  gtk_box_append (GTK_BOX (content), self->preview_group);

  self->columns_group = group_new (_("Columns"), _("Which column of the export holds what. The app needs at least the "
                                                   "date each ticket was created."));
  gtk_widget_set_visible (self->columns_group, FALSE);
  gtk_box_append (GTK_BOX (content), self->columns_group);
  self->words_group = group_new (_("Channels"), _("How the export names its channels, as the app counts them"));
  gtk_box_append (GTK_BOX (content), self->words_group);


  self->loading = TRUE;
  build_columns (self, mapping);
  build_words (self, mapping);
  g_signal_connect (self->map_switch, "notify::active", G_CALLBACK (on_map_switch_cb), self);
  /* an export the app does not know: the columns open at once */
  if (self->peek && self->peek->preset == VB_TICKET_PRESET_MAPPED)
    gtk_switch_set_active (GTK_SWITCH (self->map_switch), TRUE);
  self->loading = FALSE;
  preview (self);
}

/* ------------------------------------------------------------ GObject */

static void
vb_ticket_import_dialog_dispose (GObject *object)
{
  VbTicketImportDialog *self = VB_TICKET_IMPORT_DIALOG (object);

  /* a read under way finds its result old (read_done_cb ()) */
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_object (&self->project);
  g_clear_pointer (&self->peek, vb_ticket_peek_free);
  g_clear_pointer (&self->import, vb_ticket_import_free);
  g_clear_pointer (&self->remembered, g_hash_table_unref);
  g_clear_pointer (&self->base, vb_ticket_mapping_free);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->word_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (vb_ticket_import_dialog_parent_class)->dispose (object);
}

static void
vb_ticket_import_dialog_finalize (GObject *object)
{
  VbTicketImportDialog *self = VB_TICKET_IMPORT_DIALOG (object);

  g_weak_ref_clear (&self->toast_target);
  g_free (self->path);
  G_OBJECT_CLASS (vb_ticket_import_dialog_parent_class)->finalize (object);
}

static void
vb_ticket_import_dialog_class_init (VbTicketImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_ticket_import_dialog_dispose;
  object_class->finalize = vb_ticket_import_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "import.store", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
vb_ticket_import_dialog_init (VbTicketImportDialog *self)
{
  self->word_rows = g_ptr_array_new ();
  g_weak_ref_init (&self->toast_target, NULL);
}

/* Whether the export is being read (Import waits for it) */
gboolean
vb_ticket_import_dialog_is_reading (VbTicketImportDialog *self)
{
  g_return_val_if_fail (VB_IS_TICKET_IMPORT_DIALOG (self), FALSE);
  return self->reading != NULL;
}

GtkWidget *
vb_ticket_import_dialog_new (VbProject  *project,
                             const char *path,
                             GtkWindow  *parent,
                             GtkWidget  *toast_target)
{
  VbTicketImportDialog *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  self = g_object_new (VB_TYPE_TICKET_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->path = g_strdup (path);
  self->time_zone = vb_project_get_team_time_zone (project);
  self->remembered = vb_project_get_ticket_mappings (project);
  g_weak_ref_set (&self->toast_target, toast_target);
  build (self);
  return GTK_WIDGET (self);
}
