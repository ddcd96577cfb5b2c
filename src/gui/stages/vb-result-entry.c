/* vb-result-entry.c — enter one week's result of a KPI on a channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One expander row, "Enter a week's result": the measure (the KPIs of
 * the SLAs first, then the rest of the library and the project's own),
 * the channel, the week (its Monday) and either the measure's value or
 * the raw counts its formula is computed from, each named in words
 * ("Contacts offered (answered or abandoned)"); from the counts the value
 * is computed as they are typed, with the core's own formula and checks.
 * Add Result stores the week through vb_project_enter_kpi_result: one
 * edit, one undo step; the same week entered again changes it.
 */

#define G_LOG_DOMAIN "vb-result-entry"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-custom-kpi.h"
#include "vb-enums.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-kpi-result.h"
#include "vb-result-entry.h"
#include "vb-results-util.h"
#include "vb-scoring-util.h"
#include "vb-sla.h"

#define N_COUNT_ROWS 4

enum {
  MODE_VALUE,
  MODE_COUNTS,
};

struct _VbResultEntry
{
  GtkWidget   parent_instance;

  GtkWidget  *list;
  GtkWidget  *expander;
  GtkWidget  *kpi_row;
  GtkWidget  *channel_row;
  GtkWidget  *week_row;
  GtkWidget  *mode_row;
  GtkWidget  *value_row;
  GtkWidget  *count_rows[N_COUNT_ROWS];
  GtkWidget  *computed_row;
  GtkWidget  *add_button;

  /* owned */
  VbProject  *project;
  GPtrArray  *keys;       /* the kpi_row's KPI keys, in its order */
  gboolean    writable;
};

G_DEFINE_FINAL_TYPE (VbResultEntry, vb_result_entry, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------ helpers */

static const char *
current_key (VbResultEntry *self)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kpi_row));

  return i < self->keys->len ? g_ptr_array_index (self->keys, i) : NULL;
}

static VbChannelScope
current_channel (VbResultEntry *self)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->channel_row));

  return i == GTK_INVALID_LIST_POSITION ? VB_CHANNEL_SCOPE_ALL
                                        : (VbChannelScope) vb_enum_get_value (VB_TYPE_CHANNEL_SCOPE, i);
}

static const VbKpiCount *
current_counts (VbResultEntry *self,
                guint         *n)
{
  const VbKpi *kpi = vb_kpi_lookup (current_key (self));

  *n = 0;
  return kpi ? vb_kpi_get_counts (kpi, n) : NULL;
}

static gboolean
by_counts (VbResultEntry *self)
{
  guint n;

  current_counts (self, &n);
  return n > 0 && n <= N_COUNT_ROWS && adw_combo_row_get_selected (ADW_COMBO_ROW (self->mode_row)) == MODE_COUNTS;
}

static const char *
kpi_name_of (VbProject  *project,
             const char *key)
{
  const VbKpi *kpi = vb_kpi_lookup (key);
  VbCustomKpi *custom = kpi ? NULL : vb_project_lookup_custom_kpi (project, key);

  if (kpi)
    return vb_kpi_get_name (kpi);
  return custom ? vb_custom_kpi_get_display_name (custom) : key;
}

/* The SLA on this KPI and channel, for its answer time */
static VbSla *
find_sla (VbResultEntry *self)
{
  GListModel *slas = vb_project_get_slas (self->project);
  const char *key = current_key (self);

  for (guint i = 0; i < g_list_model_get_n_items (slas); i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);

      if (g_strcmp0 (vb_sla_get_kpi_key (sla), key) == 0 && vb_sla_get_channel (sla) == current_channel (self))
        return sla;   /* the project holds it */
    }
  return NULL;
}

static char *
count_title (VbResultEntry *self,
             VbKpiCount     count)
{
  VbSla *sla;

  if (count == VB_KPI_COUNT_ANSWERED_IN_TIME && (sla = find_sla (self)) != NULL &&
      isfinite (vb_sla_get_answer_seconds (sla)))
    {
      g_autofree char *seconds = vb_format_number (vb_sla_get_answer_seconds (sla), 0);

      /* Translators: the service level's count, "Contacts answered within 20 s" */
      return g_strdup_printf (_("Contacts answered within %s s"), seconds);
    }
  if (vb_kpi_count_is_duration (count))
    /* Translators: a count given as a duration, "Total hold time, in seconds" */
    return g_strdup_printf (_("%s, in seconds"), vb_kpi_count_get_label (count));
  return g_strdup (vb_kpi_count_get_label (count));
}

static const char *
value_title (const char *key)
{
  const VbKpi *kpi = vb_kpi_lookup (key);

  if (kpi == NULL)
    return _("Value");
  switch (vb_kpi_get_unit (kpi))
    {
    case VB_KPI_UNIT_PERCENT:
      return _("Value in percent (0 to 100)");
    case VB_KPI_UNIT_SECONDS:
      return _("Value in seconds");
    case VB_KPI_UNIT_MINUTES:
      return _("Value in minutes");
    case VB_KPI_UNIT_HOURS:
      return _("Value in hours");
    case VB_KPI_UNIT_SCORE_5:
      return _("Mean score (1 to 5)");
    case VB_KPI_UNIT_SCORE_7:
      return _("Mean score (1 to 7)");
    case VB_KPI_UNIT_POINTS_100:
      return _("Points (0 to 100)");
    case VB_KPI_UNIT_NPS:
    default:
      return _("Score (−100 to 100)");
    }
}

/* An empty field is not known (NAN); FALSE for text that is no number */
static gboolean
read_number (GtkWidget  *row,
             double     *value,
             GError    **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  *value = NAN;
  if (*text == '\0')
    return TRUE;
  if (vb_parse_number (text, value) && isfinite (*value))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: %s is what was typed in a number field, %s its title */
               _("“%s” is not a number: enter “%s” as digits."), text,
               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return FALSE;
}

static gboolean
read_counts (VbResultEntry  *self,
             double         *counts,
             guint          *n,
             GError        **error)
{
  current_counts (self, n);
  for (guint i = 0; i < *n && i < N_COUNT_ROWS; i++)
    if (!read_number (self->count_rows[i], &counts[i], error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------ updates */

static void
update_computed (VbResultEntry *self)
{
  const VbKpi *kpi = vb_kpi_lookup (current_key (self));
  const VbKpiCount *inputs;
  double counts[N_COUNT_ROWS];
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VbKpiCounts all;
  guint n = 0;

  gtk_widget_set_visible (self->computed_row, by_counts (self));
  if (!by_counts (self) || kpi == NULL)
    return;
  inputs = vb_kpi_get_counts (kpi, &n);
  if (!read_counts (self, counts, &n, &error))
    text = g_strdup (error->message);
  else
    {
      vb_kpi_counts_init (&all);
      for (guint i = 0; i < n; i++)
        all.value[inputs[i]] = counts[i];
      if (!vb_kpi_check_counts (kpi, &all, &error))
        text = g_strdup (error->message);
      else if (isnan (vb_kpi_compute (kpi, &all)))
        text = g_strdup (_("Enter the counts to see the value"));
      else
        text = vb_results_format_value (current_key (self), vb_kpi_compute (kpi, &all));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->computed_row), text);
  {
    /* Translators: for screen readers, "Computed value: 80.0 %" */
    g_autofree char *accessible = g_strdup_printf (_("Computed value: %s"), text);

    vb_set_accessible_label (self->computed_row, accessible);
  }
}

static void
update_fields (VbResultEntry *self)
{
  const char *key = current_key (self);
  guint n = 0;
  const VbKpiCount *counts = current_counts (self, &n);
  gboolean has_counts = n > 0 && n <= N_COUNT_ROWS;
  gboolean counts_mode;

  gtk_widget_set_visible (self->mode_row, has_counts);
  counts_mode = by_counts (self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row), value_title (key));
  gtk_widget_set_visible (self->value_row, !counts_mode);
  for (guint i = 0; i < N_COUNT_ROWS; i++)
    {
      gtk_widget_set_visible (self->count_rows[i], counts_mode && i < n);
      if (i < n)
        {
          g_autofree char *title = count_title (self, counts[i]);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->count_rows[i]), title);
        }
    }
  update_computed (self);
}

static void
on_selected_notify_cb (GObject       *row,
                       GParamSpec    *pspec,
                       VbResultEntry *self)
{
  update_fields (self);
}

/* Enter in a field adds the result, as the button does */
static void
on_entry_activated_cb (AdwEntryRow   *row,
                       VbResultEntry *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "result-entry.add", NULL);
}

static void
on_count_changed_cb (GtkEditable   *editable,
                     VbResultEntry *self)
{
  update_computed (self);
}

/* ------------------------------------------------------------ adding */

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  VbResultEntry *self = VB_RESULT_ENTRY (widget);
  const char *key = current_key (self);
  VbChannelScope channel = current_channel (self);
  g_autofree char *week = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->week_row))));
  g_autoptr(GError) error = NULL;
  double counts[N_COUNT_ROWS];
  double value = NAN;
  guint n = 0;
  gboolean counts_mode = by_counts (self);
  VbKpiResult *result = NULL;

  if (key == NULL || !self->writable)
    return;
  if (counts_mode ? read_counts (self, counts, &n, &error) : read_number (self->value_row, &value, &error))
    result = vb_project_enter_kpi_result (self->project, key, channel, week, value,
                                          counts_mode ? counts : NULL, counts_mode ? n : 0, &error);
  if (result == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  {
    g_autofree char *title = vb_results_series_title (kpi_name_of (self->project, key), channel);
    g_autofree char *shown = vb_results_format_value (key, vb_kpi_result_get_value (result));
    /* Translators: a toast, "Service level on Phone, week of 2026-03-02: 80.0 %" */
    g_autofree char *message = g_strdup_printf (_("%s, week of %s: %s"), title, week, shown);

    /* with Undo: a newer edit takes it away, so toasts never pile up */
    vb_show_undo_toast (widget, message);
  }
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), "");
  for (guint i = 0; i < N_COUNT_ROWS; i++)
    gtk_editable_set_text (GTK_EDITABLE (self->count_rows[i]), "");
  vb_focus_widget (counts_mode ? self->count_rows[0] : self->value_row);
}

/* ------------------------------------------------------------ building */

static GtkWidget *
combo_row_new (const char    *title,
               GtkStringList *names)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  vb_combo_row_set_strings (row, names);
  g_object_unref (names);
  return row;
}

static void
add_key (VbResultEntry *self,
         GtkStringList *names,
         const char    *key)
{
  for (guint i = 0; i < self->keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->keys, i), key) == 0)
      return;
  g_ptr_array_add (self->keys, g_strdup (key));
  gtk_string_list_append (names, kpi_name_of (self->project, key));
}

void
vb_result_entry_reload (VbResultEntry *self)
{
  GListModel *slas = vb_project_get_slas (self->project);
  GListModel *custom = vb_project_get_custom_kpis (self->project);
  GtkStringList *names = gtk_string_list_new (NULL);
  g_autofree char *keep = g_strdup (current_key (self));
  guint selected = 0;

  g_return_if_fail (VB_IS_RESULT_ENTRY (self));
  g_ptr_array_set_size (self->keys, 0);
  /* the measures of the SLAs first: those are the ones watched */
  for (guint i = 0; i < g_list_model_get_n_items (slas); i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);

      add_key (self, names, vb_sla_get_kpi_key (sla));
    }
  for (guint i = 0; i < vb_kpi_get_n_builtin (); i++)
    add_key (self, names, vb_kpi_get_key (vb_kpi_get_builtin (i)));
  for (guint i = 0; i < g_list_model_get_n_items (custom); i++)
    {
      g_autoptr(VbCustomKpi) kpi = g_list_model_get_item (custom, i);

      add_key (self, names, vb_custom_kpi_get_key (kpi));
    }
  for (guint i = 0; keep && i < self->keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->keys, i), keep) == 0)
      selected = i;
  g_signal_handlers_block_by_func (self->kpi_row, on_selected_notify_cb, self);
  vb_combo_row_set_strings (self->kpi_row, names);
  g_object_unref (names);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kpi_row), selected);
  g_signal_handlers_unblock_by_func (self->kpi_row, on_selected_notify_cb, self);
  update_fields (self);
}

static GtkWidget *
entry_row_new (const char *title,
               const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  return row;
}

static void
build (VbResultEntry *self)
{
  GtkStringList *channels = gtk_string_list_new (NULL);
  GtkStringList *modes = gtk_string_list_new (NULL);
  g_autofree char *monday = vb_results_monday_of (NULL);
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *actions_row = gtk_list_box_row_new ();

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  vb_set_accessible_label (self->list, _("Enter a week’s result"));
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));

  self->expander = adw_expander_row_new ();
  gtk_widget_set_name (self->expander, "enter-result");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expander), _("Enter a Week’s Result"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander),
                                 _("By hand: the measure’s value, or the counts it is computed from"));
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (self->expander), "list-add-symbolic");
  /* an expander row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (self->expander, _("Enter a week’s result"));
  gtk_list_box_append (GTK_LIST_BOX (self->list), self->expander);

  self->kpi_row = combo_row_new (_("Measure"), gtk_string_list_new (NULL));
  gtk_widget_set_name (self->kpi_row, "kpi");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->kpi_row);

  for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_CHANNEL_SCOPE); i++)
    gtk_string_list_append (channels, vb_enum_get_label (VB_TYPE_CHANNEL_SCOPE,
                                                         vb_enum_get_value (VB_TYPE_CHANNEL_SCOPE, i)));
  self->channel_row = combo_row_new (_("Channel"), channels);
  gtk_widget_set_name (self->channel_row, "channel-choice");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->channel_row);

  self->week_row = entry_row_new (_("Week: its Monday (year-month-day)"), "week");
  gtk_editable_set_text (GTK_EDITABLE (self->week_row), monday);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->week_row);

  gtk_string_list_append (modes, _("The measure’s value"));
  gtk_string_list_append (modes, _("The counts it is computed from"));
  self->mode_row = combo_row_new (_("Enter as"), modes);
  gtk_widget_set_name (self->mode_row, "mode");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->mode_row);

  self->value_row = entry_row_new (_("Value"), "value");
  g_signal_connect (self->value_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->value_row);
  for (guint i = 0; i < N_COUNT_ROWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("count-%u", i);

      self->count_rows[i] = entry_row_new (_("Count"), name);
      g_signal_connect (self->count_rows[i], "changed", G_CALLBACK (on_count_changed_cb), self);
      g_signal_connect (self->count_rows[i], "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->count_rows[i]);
    }
  self->computed_row = adw_action_row_new ();
  gtk_widget_set_name (self->computed_row, "computed");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->computed_row), _("Computed value"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->computed_row);

  self->add_button = gtk_button_new_with_label (_("Add Result"));
  gtk_widget_set_name (self->add_button, "add-result");
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "result-entry.add");
  gtk_box_append (GTK_BOX (actions), self->add_button);
  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  gtk_widget_set_margin_top (actions, 8);
  gtk_widget_set_margin_bottom (actions, 8);
  gtk_widget_set_margin_end (actions, 12);
  vb_set_accessible_label (actions_row, _("Add the result"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), actions);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), actions_row);

  g_signal_connect (self->kpi_row, "notify::selected", G_CALLBACK (on_selected_notify_cb), self);
  g_signal_connect (self->channel_row, "notify::selected", G_CALLBACK (on_selected_notify_cb), self);
  g_signal_connect (self->mode_row, "notify::selected", G_CALLBACK (on_selected_notify_cb), self);
  vb_result_entry_reload (self);
}

/* ------------------------------------------------------------ GObject */

static void
vb_result_entry_dispose (GObject *object)
{
  VbResultEntry *self = VB_RESULT_ENTRY (object);

  g_clear_pointer (&self->list, gtk_widget_unparent);
  g_clear_object (&self->project);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  G_OBJECT_CLASS (vb_result_entry_parent_class)->dispose (object);
}

static void
vb_result_entry_class_init (VbResultEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_result_entry_dispose;
  gtk_widget_class_install_action (widget_class, "result-entry.add", NULL, add_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_result_entry_init (VbResultEntry *self)
{
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->writable = TRUE;
}

/* ------------------------------------------------------------ public */

GtkWidget *
vb_result_entry_new (VbProject *project)
{
  VbResultEntry *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  self = g_object_new (VB_TYPE_RESULT_ENTRY, NULL);
  self->project = g_object_ref (project);
  build (self);
  return GTK_WIDGET (self);
}

void
vb_result_entry_set_writable (VbResultEntry *self,
                              gboolean       writable)
{
  g_return_if_fail (VB_IS_RESULT_ENTRY (self));
  self->writable = writable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "result-entry.add", writable);
  gtk_widget_set_sensitive (self->expander, writable);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander),
                                 writable ? _("By hand: the measure’s value, or the counts it is computed from")
                                          : _("The file is read-only: results cannot be entered"));
  if (!writable)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->expander), FALSE);
}

void
vb_result_entry_open_for (VbResultEntry  *self,
                          const char     *kpi_key,
                          VbChannelScope  channel)
{
  g_return_if_fail (VB_IS_RESULT_ENTRY (self));
  for (guint i = 0; i < self->keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->keys, i), kpi_key) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->kpi_row), i);
  for (guint i = 0; i < vb_enum_get_n_values (VB_TYPE_CHANNEL_SCOPE); i++)
    if (vb_enum_get_value (VB_TYPE_CHANNEL_SCOPE, i) == (int) channel)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->channel_row), i);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->expander), TRUE);
  vb_focus_widget (self->week_row);
}
