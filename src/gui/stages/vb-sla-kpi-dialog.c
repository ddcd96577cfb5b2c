/* vb-sla-kpi-dialog.c — choosing the measure of a new SLA
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in library (vb-kpi.h) in three groups — speed, quality, the
 * team —, each measure a row with its definition and which way is better,
 * so that the user knows what it measures before choosing; then the
 * project's own measures, and a button to add one. Choosing closes the
 * window and hands the key to the page.
 */

#define G_LOG_DOMAIN "vb-sla-kpi-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-custom-kpi.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-kpi.h"
#include "vb-sla-kpi-dialog.h"

typedef struct {
  VbSlaKpiChosenFunc chosen;
  gpointer           user_data;
  GDestroyNotify     destroy;
} Chooser;

static void
chooser_free (gpointer data)
{
  Chooser *c = data;

  if (c->destroy)
    c->destroy (c->user_data);
  g_free (c);
}

static void
choose (GtkWidget  *widget,
        const char *key)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  Chooser *c = g_object_get_data (G_OBJECT (window), "vb-chooser");
  g_autofree char *copy = g_strdup (key);

  /* the page may be rebuilt by the choice: hand the key over last */
  gtk_widget_set_visible (window, FALSE);
  if (c && c->chosen)
    c->chosen (copy, c->user_data);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_row_activated_cb (AdwActionRow *row,
                     gpointer      user_data)
{
  choose (GTK_WIDGET (row), gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_add_own_clicked_cb (GtkButton *button,
                       gpointer   user_data)
{
  choose (GTK_WIDGET (button), NULL);
}

static GtkWidget *
choice_row_new (const char  *key,
                const char  *name,
                const char  *definition,
                VbDirection  direction)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *title = g_markup_escape_text (name, -1);
  g_autofree char *subtitle_text = g_strdup_printf ("%s %s.", vb_str_is_blank (definition) ? "" : definition,
                                                    vb_enum_get_label (VB_TYPE_DIRECTION, direction));
  g_autofree char *subtitle = g_markup_escape_text (g_strstrip (subtitle_text), -1);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", name, subtitle_text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, key);
  vb_set_accessible_label (row, accessible);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), NULL);
  return row;
}

static GtkWidget *
group_new (GtkWidget  *page,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static int
group_of (VbKpiId id)
{
  switch (id)
    {
    case VB_KPI_SERVICE_LEVEL:
    case VB_KPI_ASA:
    case VB_KPI_ABANDONMENT:
    case VB_KPI_FIRST_RESPONSE_MEDIAN:
    case VB_KPI_FIRST_RESPONSE_P90:
    case VB_KPI_RESOLUTION_TIME:
    case VB_KPI_AHT:
      return 0;
    case VB_KPI_ADHERENCE:
    case VB_KPI_OCCUPANCY:
    case VB_KPI_ATTRITION:
      return 2;
    default:
      return 1;
    }
}

GtkWidget *
vb_sla_kpi_dialog_new (GtkWindow          *parent,
                       VbProject          *project,
                       VbSlaKpiChosenFunc  chosen,
                       gpointer            user_data,
                       GDestroyNotify      destroy)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *groups[3];
  GtkWidget *own, *add_own;
  GListModel *customs = vb_project_get_custom_kpis (project);
  guint n_customs = g_list_model_get_n_items (customs);
  Chooser *c = g_new0 (Chooser, 1);

  c->chosen = chosen;
  c->user_data = user_data;
  c->destroy = destroy;
  g_object_set_data_full (G_OBJECT (window), "vb-chooser", c, chooser_free);
  gtk_widget_set_name (window, "sla-kpi-dialog");
  gtk_window_set_title (GTK_WINDOW (window), _("Choose What the SLA Measures"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 680);
  gtk_window_set_hide_on_close (GTK_WINDOW (window), FALSE);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Choose What the SLA Measures"), NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, keys);
  }

  groups[0] = group_new (page, _("Speed"), _("How quickly customers are answered and helped."));
  groups[1] = group_new (page, _("Quality"), _("Whether customers are helped well, and how they feel about it."));
  groups[2] = group_new (page, _("The Team"), _("How the vendor’s team is planned and kept."));
  for (guint i = 0; i < vb_kpi_get_n_builtin (); i++)
    {
      const VbKpi *kpi = vb_kpi_get_builtin ((VbKpiId) i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[group_of ((VbKpiId) i)]),
                                 choice_row_new (vb_kpi_get_key (kpi), vb_kpi_get_name (kpi),
                                                 vb_kpi_get_definition (kpi), vb_kpi_get_direction (kpi)));
    }

  own = group_new (page, _("Your Own Measures"),
                   n_customs == 0 ? _("None yet: add one when the library has nothing that fits.") : NULL);
  for (guint i = 0; i < n_customs; i++)
    {
      g_autoptr(VbCustomKpi) kpi = g_list_model_get_item (customs, i);

      if (vb_str_is_blank (vb_custom_kpi_get_key (kpi)))
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (own),
                                 choice_row_new (vb_custom_kpi_get_key (kpi), vb_custom_kpi_get_display_name (kpi),
                                                 vb_custom_kpi_get_definition (kpi), vb_custom_kpi_get_direction (kpi)));
    }
  add_own = gtk_button_new_with_label (_("Add Your Own Measure"));
  gtk_widget_set_name (add_own, "add-own-measure");
  gtk_widget_add_css_class (add_own, "flat");
  gtk_widget_set_valign (add_own, GTK_ALIGN_CENTER);
  g_signal_connect (add_own, "clicked", G_CALLBACK (on_add_own_clicked_cb), NULL);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (own), add_own);
  return window;
}
