/* vb-scoring-util.c — small things the Scoring & Decision views share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-scoring-util"

#include "config.h"

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
