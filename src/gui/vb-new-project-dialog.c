/* vb-new-project-dialog.c — name a new project and pick its template
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vb-new-project-dialog"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vb-application.h"
#include "vb-format.h"
#include "vb-new-project-dialog.h"
#include "vb-project.h"
#include "vb-template.h"

struct _VbNewProjectDialog
{
  AdwWindow     parent_instance;

  /* template widgets */
  AdwEntryRow  *name_row;
  AdwComboRow  *template_row;
  AdwComboRow  *currency_row;
  AdwActionRow *location_row;
  GtkLabel     *template_description;
  GtkLabel     *error_label;

  /* owned */
  GPtrArray    *templates;   /* VbTemplateInfo */
  GtkStringList *currencies;
  char         *folder;
};

G_DEFINE_FINAL_TYPE (VbNewProjectDialog, vb_new_project_dialog, ADW_TYPE_WINDOW)

enum { PROJECT_CREATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *const common_currencies[] = {
  "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
  "INR", "PHP", "ZAR", "BRL", "MXN", "JPY", "SGD", "HKD", "AED", NULL
};

/* A combo row factory that names each list row for screen readers: GTK 4.8
 * does not take a list item's name from its label, so set it on the row
 * (the label's parent) when it is bound. */
static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkStringObject *obj = gtk_list_item_get_item (item);
  const char *text = obj ? gtk_string_object_get_string (obj) : "";
  GtkWidget *parent = gtk_widget_get_parent (label);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (parent && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (parent)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
set_named_factory (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  adw_combo_row_set_factory (row, factory);
}

static const char *
get_name (VbNewProjectDialog *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

char *
vb_new_project_dialog_dup_path (VbNewProjectDialog *self)
{
  const char *name = get_name (self);

  g_return_val_if_fail (VB_IS_NEW_PROJECT_DIALOG (self), NULL);
  return vb_unique_project_path (self->folder, vb_str_is_blank (name) ? _("Untitled Project") : name);
}

static void
update (VbNewProjectDialog *self)
{
  g_autofree char *path = vb_new_project_dialog_dup_path (self);
  g_autofree char *shown = NULL;
  g_autofree char *folder = vb_display_folder (path);
  g_autofree char *base = g_path_get_basename (path);

  shown = g_build_filename (folder, base, NULL);
  adw_action_row_set_subtitle (self->location_row, shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", !vb_str_is_blank (get_name (self)));
}

static void
on_name_changed_cb (GtkEditable        *editable,
                    VbNewProjectDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update (self);
}

static void
on_name_activated_cb (AdwEntryRow        *row,
                      VbNewProjectDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.create", NULL);
}

static void
on_template_selected_cb (AdwComboRow        *row,
                         GParamSpec         *pspec,
                         VbNewProjectDialog *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (self->templates && i < self->templates->len)
    {
      VbTemplateInfo *info = self->templates->pdata[i];
      gtk_label_set_text (self->template_description, info->description ? info->description : "");
    }
}

static void
show_error (VbNewProjectDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VbNewProjectDialog *self = VB_NEW_PROJECT_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (get_name (self)));
  g_autofree char *path = NULL;
  g_autoptr(VbProject) project = NULL;
  g_autoptr(GError) error = NULL;
  guint t = adw_combo_row_get_selected (self->template_row);
  guint c = adw_combo_row_get_selected (self->currency_row);
  const char *template_id = "blank";
  const char *currency = NULL;

  if (*name == '\0')
    {
      show_error (self, _("Give the project a name."));
      return;
    }
  if (self->templates && t < self->templates->len)
    template_id = ((VbTemplateInfo *) self->templates->pdata[t])->id;
  if (c != GTK_INVALID_LIST_POSITION)
    currency = gtk_string_list_get_string (self->currencies, c);

  if (g_mkdir_with_parents (self->folder, 0755) != 0)
    {
      int saved = errno;
      g_autofree char *message = g_strdup_printf (_("The projects folder “%s” could not be created: %s. "
                                                    "Choose another folder in Preferences."),
                                                  self->folder, g_strerror (saved));
      show_error (self, message);
      return;
    }
  path = vb_unique_project_path (self->folder, name);
  project = vb_project_create (path, name, template_id, currency, &error);
  if (project == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[PROJECT_CREATED], 0, project);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vb_new_project_dialog_dispose (GObject *object)
{
  VbNewProjectDialog *self = VB_NEW_PROJECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_NEW_PROJECT_DIALOG);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_object (&self->currencies);
  g_clear_pointer (&self->folder, g_free);
  G_OBJECT_CLASS (vb_new_project_dialog_parent_class)->dispose (object);
}

static void
vb_new_project_dialog_class_init (VbNewProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_new_project_dialog_dispose;

  /**
   * VbNewProjectDialog::project-created:
   * @project: the new project, open
   */
  signals[PROJECT_CREATED] =
    g_signal_new ("project-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, template_description);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_template_selected_cb);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vb_new_project_dialog_init (VbNewProjectDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *currency = vb_currency_default ();
  guint selected = 0;
  gboolean found = FALSE;

  gtk_widget_init_template (GTK_WIDGET (self));
  set_named_factory (self->template_row);
  set_named_factory (self->currency_row);

  self->templates = vb_template_list ();
  for (guint i = 0; i < self->templates->len; i++)
    {
      VbTemplateInfo *info = self->templates->pdata[i];
      gtk_string_list_append (names, info->name);
      if (g_str_equal (info->id, "customer-support"))
        selected = i;
    }
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->template_row, selected);
  on_template_selected_cb (self->template_row, NULL, self);

  self->currencies = gtk_string_list_new (NULL);
  for (guint i = 0; common_currencies[i]; i++)
    {
      gtk_string_list_append (self->currencies, common_currencies[i]);
      if (currency && g_str_equal (currency, common_currencies[i]))
        {
          selected = i;
          found = TRUE;
        }
    }
  if (!found && currency && *currency)
    {
      gtk_string_list_append (self->currencies, currency);
      selected = g_list_model_get_n_items (G_LIST_MODEL (self->currencies)) - 1;
    }
  else if (!found)
    selected = 0;
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (self->currencies));
  adw_combo_row_set_selected (self->currency_row, selected);
}

GtkWidget *
vb_new_project_dialog_new (GtkWindow  *parent,
                           const char *folder)
{
  VbNewProjectDialog *self = g_object_new (VB_TYPE_NEW_PROJECT_DIALOG,
                                           "transient-for", parent,
                                           NULL);

  self->folder = g_strdup (folder);
  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}
