/* vb-days-editor.c — the days of the week a property covers
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seven toggle buttons with the days' short names ("Mon"), each named in
 * full for a screen reader, editing an int64 bitmask property (bit 0 =
 * Monday). Each toggle is one edit. The buttons wrap below the title when
 * the row is narrow.
 */

#define G_LOG_DOMAIN "vb-days-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-days-editor.h"
#include "vb-field.h"
#include "vb-gui-util.h"
#include "vb-project.h"

static const char *const day_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
};
/* Translators: short day names on toggle buttons, Monday first */
static const char *const day_short[] = {
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

typedef struct {
  VbRecord   *record;
  const char *property;
  GtkWidget  *buttons[7];
  gboolean    updating;
} DaysBinding;

static void
days_binding_free (gpointer data)
{
  DaysBinding *b = data;

  g_clear_object (&b->record);
  g_free (b);
}

static gint64
record_mask (DaysBinding *b)
{
  gint64 mask = 0;

  g_object_get (b->record, b->property, &mask, NULL);
  return mask;
}

static void
days_show (DaysBinding *b)
{
  gint64 mask = record_mask (b);

  b->updating = TRUE;
  for (int d = 0; d < 7; d++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b->buttons[d]), (mask & (1 << d)) != 0);
  b->updating = FALSE;
}

static void
on_day_toggled_cb (GtkToggleButton *button,
                   DaysBinding     *b)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 mask = 0;

  if (b->updating)
    return;
  for (int d = 0; d < 7; d++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (b->buttons[d])))
      mask |= 1 << d;
  if (mask == record_mask (b))
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, mask);
  if (!vb_record_set_property_value (b->record, b->property, &value, &error))
    {
      vb_report_error (GTK_WIDGET (button), error);
      days_show (b);
    }
}

static void
on_record_notify_cb (VbRecord   *record,
                     GParamSpec *pspec,
                     GtkWidget  *row)
{
  days_show (g_object_get_data (G_OBJECT (row), "vb-days"));
}

/**
 * vb_days_editor_new:
 * @property: an int64 property of days (bit 0 = Monday … bit 6 = Sunday)
 *
 * Returns: a list row with @title and the seven days below it
 */
GtkWidget *
vb_days_editor_new (VbRecord   *record,
                    const char *property,
                    const char *title)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *days = gtk_flow_box_new ();
  DaysBinding *b = g_new0 (DaysBinding, 1);
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);
  VbProject *project = vb_record_get_project (record);

  b->record = g_object_ref (record);
  b->property = g_intern_string (property);
  g_object_set_data_full (G_OBJECT (row), "vb-days", b, days_binding_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* GTK 4.8 names a list row for screen readers only when told to (a
   * preferences row's title is not its name) */
  vb_set_accessible_label (row, title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (days), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (days), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (days), 4);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (days), 7);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (days), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (days), 6);
  gtk_widget_add_css_class (days, "vb-days");
  vb_set_accessible_label (days, title);
  for (int d = 0; d < 7; d++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(day_short[d]));

      gtk_widget_set_tooltip_text (button, _(day_names[d]));
      vb_set_accessible_label (button, _(day_names[d]));
      g_signal_connect (button, "toggled", G_CALLBACK (on_day_toggled_cb), b);
      gtk_widget_set_sensitive (button, project != NULL && !vb_project_get_read_only (project));
      gtk_flow_box_append (GTK_FLOW_BOX (days), button);
      /* the flow box's own children take no focus: the buttons do */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      b->buttons[d] = button;
    }
  gtk_box_append (GTK_BOX (box), days);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  days_show (b);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_record_notify_cb), row, 0);
  vb_field_set_property_name (row, property);
  vb_field_set_property_name (b->buttons[0], property);
  return row;
}
