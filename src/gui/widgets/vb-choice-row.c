/* vb-choice-row.c — a drop-down row for an enumeration property
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices come from the property's GEnum and its labels (vb-enums.c),
 * never from a second list. A choice commits at once. A set (a vendor's
 * channels) is an expander row with one check per value.
 */

#define G_LOG_DOMAIN "vb-choice-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-enums.h"
#include "vb-field.h"
#include "vb-gui-util.h"
#include "vb-project.h"

typedef struct {
  VbRecord   *record;
  const char *property;
  GType       type;
  gboolean    updating;
} ChoiceBinding;

static void
choice_binding_free (gpointer data)
{
  ChoiceBinding *b = data;

  g_clear_object (&b->record);
  g_free (b);
}

static int
record_enum (ChoiceBinding *b)
{
  int value = 0;

  g_object_get (b->record, b->property, &value, NULL);
  return value;
}

/* The position in the list of the record's value */
static guint
record_position (ChoiceBinding *b)
{
  int value = record_enum (b);
  guint n = vb_enum_get_n_values (b->type);

  for (guint i = 0; i < n; i++)
    if (vb_enum_get_value (b->type, i) == value)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
on_selected_cb (GObject    *row,
                GParamSpec *pspec,
                gpointer    user_data)
{
  ChoiceBinding *b = g_object_get_data (row, "vb-choice");
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (b->updating || selected == GTK_INVALID_LIST_POSITION || selected == record_position (b))
    return;
  g_value_init (&value, b->type);
  g_value_set_enum (&value, vb_enum_get_value (b->type, selected));
  if (!vb_record_set_property_value (b->record, b->property, &value, &error))
    {
      vb_report_error (GTK_WIDGET (row), error);
      b->updating = TRUE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), record_position (b));
      b->updating = FALSE;
    }
}

static void
on_record_notify_cb (VbRecord   *record,
                     GParamSpec *pspec,
                     GObject    *row)
{
  ChoiceBinding *b = g_object_get_data (row, "vb-choice");

  b->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), record_position (b));
  b->updating = FALSE;
}

/* The list shows each choice's label and, where it has one, its
 * description; GTK 4.8 gives a list item no accessible name of its own, so
 * the label goes on the item's row widget (the parent of what we make) */
static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *description = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_widget_add_css_class (description, "caption");
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);
  gtk_list_item_set_child (item, box);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GType type = GPOINTER_TO_SIZE (user_data);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *description = gtk_widget_get_last_child (box);
  /* not the item's position: the row shows the selected item at position 0 */
  int value = GPOINTER_TO_INT (g_object_get_data (gtk_list_item_get_item (item), "vb-value"));
  const char *label = vb_enum_get_label (type, value);
  const char *text = vb_enum_get_description (type, value);
  GtkWidget *parent = gtk_widget_get_parent (box);

  gtk_label_set_label (GTK_LABEL (title), label);
  gtk_label_set_label (GTK_LABEL (description), text ? text : "");
  /* descriptions in the list only: the row itself shows one line */
  gtk_widget_set_visible (description, text != NULL && g_object_get_data (G_OBJECT (factory), "vb-list") != NULL);
  if (parent)
    vb_set_accessible_label (parent, label);
}

/**
 * vb_choice_row_new:
 * @property: an enumeration property of @record's entity
 *
 * Returns: an AdwComboRow choosing the property's value, labelled from the
 *   enumeration; commits at once, through the entity's rules
 */
GtkWidget *
vb_choice_row_new (VbRecord   *record,
                   const char *property,
                   const char *title)
{
  GtkWidget *row = adw_combo_row_new ();
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);
  ChoiceBinding *b;
  VbProject *project = vb_record_get_project (record);
  guint n;

  g_return_val_if_fail (G_IS_PARAM_SPEC_ENUM (pspec), row);
  b = g_new0 (ChoiceBinding, 1);
  b->record = g_object_ref (record);
  b->property = g_intern_string (property);
  b->type = pspec->value_type;
  g_object_set_data_full (G_OBJECT (row), "vb-choice", b, choice_binding_free);

  n = vb_enum_get_n_values (b->type);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = NULL;
      int value = vb_enum_get_value (b->type, i);

      gtk_string_list_append (list, vb_enum_get_label (b->type, value));
      item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_object_set_data (item, "vb-value", GINT_TO_POINTER (value));
    }
  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), GSIZE_TO_POINTER (b->type));
  g_object_set_data (G_OBJECT (list_factory), "vb-list", GINT_TO_POINTER (1));
  g_signal_connect (list_factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (item_bind_cb), GSIZE_TO_POINTER (b->type));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  b->updating = TRUE;
  adw_combo_row_set_factory (ADW_COMBO_ROW (row), factory);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), list_factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), record_position (b));
  b->updating = FALSE;
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_selected_cb), NULL);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_record_notify_cb), row, 0);
  gtk_widget_set_sensitive (row, project != NULL && !vb_project_get_read_only (project));
  vb_field_set_property_name (row, property);
  return row;
}

/* ------------------------------------------------------------ sets */

typedef struct {
  VbRecord   *record;
  const char *property;
  GType       type;
  GtkWidget  *row;
  GPtrArray  *checks;     /* GtkCheckButton, one per value */
  gboolean    updating;
} SetBinding;

static void
set_binding_free (gpointer data)
{
  SetBinding *b = data;

  g_clear_object (&b->record);
  g_ptr_array_unref (b->checks);
  g_free (b);
}

static guint
record_mask (SetBinding *b)
{
  guint mask = 0;

  g_object_get (b->record, b->property, &mask, NULL);
  return mask;
}

static void
set_show (SetBinding *b)
{
  guint mask = record_mask (b);
  g_autofree char *labels = vb_enum_set_to_labels (b->type, mask);

  b->updating = TRUE;
  for (guint i = 0; i < b->checks->len; i++)
    gtk_check_button_set_active (b->checks->pdata[i], (mask & (1u << i)) != 0);
  b->updating = FALSE;
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (b->row), *labels ? labels : _("None yet"));
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     SetBinding     *b)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  guint mask = 0;

  if (b->updating)
    return;
  for (guint i = 0; i < b->checks->len; i++)
    if (gtk_check_button_get_active (b->checks->pdata[i]))
      mask |= 1u << i;
  if (mask == record_mask (b))
    return;
  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, mask);
  if (!vb_record_set_property_value (b->record, b->property, &value, &error))
    {
      vb_report_error (b->row, error);
      set_show (b);
    }
}

static void
on_set_notify_cb (VbRecord   *record,
                  GParamSpec *pspec,
                  GtkWidget  *row)
{
  set_show (g_object_get_data (G_OBJECT (row), "vb-set"));
}

/**
 * vb_set_row_new:
 * @property: a uint property holding a set of @enum_type (bit per value)
 *
 * Returns: an expander row listing the chosen values, with a check row per
 *   value inside; each toggle is one edit
 */
GtkWidget *
vb_set_row_new (VbRecord   *record,
                const char *property,
                GType       enum_type,
                const char *title)
{
  GtkWidget *row = adw_expander_row_new ();
  SetBinding *b = g_new0 (SetBinding, 1);
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);
  VbProject *project = vb_record_get_project (record);
  gboolean writable = project != NULL && !vb_project_get_read_only (project);
  guint n = vb_enum_get_n_values (enum_type);

  b->record = g_object_ref (record);
  b->property = g_intern_string (property);
  b->type = enum_type;
  b->row = row;
  b->checks = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (row), "vb-set", b, set_binding_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* an expander row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (row, title);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *check_row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *label = vb_enum_get_label (enum_type, vb_enum_get_value (enum_type, i));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (check_row), label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (check, writable);
      adw_action_row_add_prefix (ADW_ACTION_ROW (check_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (check_row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), b);
      g_ptr_array_add (b->checks, check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), check_row);
    }
  set_show (b);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_set_notify_cb), row, 0);
  vb_field_set_property_name (row, property);
  return row;
}
