/* vb-scoring-util.c — small things the Scoring & Decision views share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-scoring-util"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-gui-util.h"
#include "vb-scoring-util.h"

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *parent = gtk_widget_get_parent (label);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* the item's row widget is what a screen reader reads */
  if (parent)
    vb_set_accessible_label (parent, text);
}

GtkListItemFactory *
vb_string_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);
  return factory;
}

void
vb_combo_row_set_strings (GtkWidget     *row,
                          GtkStringList *labels)
{
  g_autoptr(GtkListItemFactory) factory = vb_string_factory_new ();

  adw_combo_row_set_factory (ADW_COMBO_ROW (row), factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
}

void
vb_drop_down_set_strings (GtkWidget     *dropdown,
                          GtkStringList *labels,
                          const char    *name)
{
  g_autoptr(GtkListItemFactory) factory = vb_string_factory_new ();
  GtkWidget *button = gtk_widget_get_first_child (dropdown);

  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), G_LIST_MODEL (labels));
  /* GTK 4.8 leaves the drop-down's own toggle button unnamed */
  if (button)
    vb_set_accessible_label (button, name);
}

/* ------------------------------------------------------------ a criterion's kind */

/* The kinds a criterion can have (a category is made as one) */
static const VbCriterionKind criterion_kinds[] = {
  VB_CRITERION_KIND_JUDGED, VB_CRITERION_KIND_PRICE, VB_CRITERION_KIND_COMPLIANCE, VB_CRITERION_KIND_REFERENCE,
};

static void
on_kind_selected_cb (AdwComboRow *combo,
                     GParamSpec  *pspec,
                     gpointer     user_data)
{
  VbCriterion *c = g_object_get_data (G_OBJECT (combo), "vb-record");
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;

  /* the row following the criterion (undo) finds the kind already set */
  if (selected >= G_N_ELEMENTS (criterion_kinds) || criterion_kinds[selected] == vb_criterion_get_kind (c))
    return;
  if (!vb_criterion_set_kind (c, criterion_kinds[selected], &error))
    vb_report_error (GTK_WIDGET (combo), error);
}

static void
on_criterion_kind_notify_cb (VbCriterion *c,
                             GParamSpec  *pspec,
                             GtkWidget   *combo)
{
  for (guint i = 0; i < G_N_ELEMENTS (criterion_kinds); i++)
    if (criterion_kinds[i] == vb_criterion_get_kind (c) && adw_combo_row_get_selected (ADW_COMBO_ROW (combo)) != i)
      adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
}

GtkWidget *
vb_criterion_kind_row_new (VbCriterion *c,
                           gboolean     writable)
{
  GtkWidget *combo = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (criterion_kinds); i++)
    gtk_string_list_append (labels, vb_enum_get_label (VB_TYPE_CRITERION_KIND, criterion_kinds[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Scored by"));
  vb_combo_row_set_strings (combo, labels);
  g_object_set_data (G_OBJECT (combo), "vb-record", c);
  for (guint i = 0; i < G_N_ELEMENTS (criterion_kinds); i++)
    if (criterion_kinds[i] == vb_criterion_get_kind (c))
      adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
  gtk_widget_set_name (combo, "criterion-kind");
  gtk_widget_set_sensitive (combo, writable);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_kind_selected_cb), NULL);
  g_signal_connect_object (c, "notify::kind", G_CALLBACK (on_criterion_kind_notify_cb), combo, 0);
  return combo;
}
