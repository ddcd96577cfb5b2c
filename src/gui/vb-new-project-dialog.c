/* vb-new-project-dialog.c — name a new project, pick its template and folder
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The templates are a list of radio rows, each with its description, so
 * the current choice is marked and explained where it is made. The folder
 * starts as the one in Preferences and can be changed here for this
 * project; the row shows the file the project will be.
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
  GtkWidget    *template_group;
  AdwComboRow  *currency_row;
  AdwActionRow *location_row;
  GtkLabel     *error_label;

  /* owned */
  GPtrArray    *templates;   /* VbTemplateInfo */
  GPtrArray    *template_checks;
  GtkStringList *currencies;
  char         *folder;
  GtkFileChooserNative *chooser;
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
  g_autofree char *escaped = NULL;

  shown = g_build_filename (folder, base, NULL);
  escaped = g_markup_escape_text (shown, -1);
  adw_action_row_set_subtitle (self->location_row, escaped);
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

static VbProjectTemplate
selected_template (VbNewProjectDialog *self)
{
  for (guint i = 0; i < self->template_checks->len; i++)
    if (gtk_check_button_get_active (self->template_checks->pdata[i]))
      return ((VbTemplateInfo *) self->templates->pdata[i])->id;
  return VB_PROJECT_TEMPLATE_BLANK;
}

static void
build_templates (VbNewProjectDialog *self)
{
  GtkWidget *first = NULL;

  self->templates = vb_template_list ();
  self->template_checks = g_ptr_array_new ();
  for (guint i = 0; i < self->templates->len; i++)
    {
      VbTemplateInfo *info = self->templates->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *title = g_markup_escape_text (info->name, -1);
      g_autofree char *description = g_markup_escape_text (info->description ? info->description : "", -1);
      g_autofree char *widget_name = g_strdup_printf ("template-%s", vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, info->id));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_name (check, widget_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, info->name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, info->description ? info->description : "",
                                      -1);
      if (first)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (first));
      else
        first = check;
      if (info->id == VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->template_group), row);
      g_ptr_array_add (self->template_checks, check);
    }
  if (first && selected_template (self) == VB_PROJECT_TEMPLATE_BLANK)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (first), TRUE);
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
  guint c = adw_combo_row_get_selected (self->currency_row);
  VbProjectTemplate template_id = selected_template (self);
  const char *currency = NULL;

  if (*name == '\0')
    {
      show_error (self, _("Give the project a name."));
      return;
    }
  if (c != GTK_INVALID_LIST_POSITION)
    currency = gtk_string_list_get_string (self->currencies, c);

  if (g_mkdir_with_parents (self->folder, 0755) != 0)
    {
      int saved = errno;
      g_autofree char *message = g_strdup_printf (_("The folder “%s” could not be created: %s. "
                                                    "Choose another folder."),
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
on_folder_chosen_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     VbNewProjectDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path)
        {
          g_free (self->folder);
          self->folder = g_steal_pointer (&path);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
          update (self);
        }
    }
  g_clear_object (&self->chooser);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  VbNewProjectDialog *self = VB_NEW_PROJECT_DIALOG (widget);
  g_autoptr(GFile) current = NULL;

  if (self->chooser)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose a Folder for the Project"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (g_file_test (self->folder, G_FILE_TEST_IS_DIR))
    {
      current = g_file_new_for_path (self->folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), current, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

const char *
vb_new_project_dialog_get_folder (VbNewProjectDialog *self)
{
  g_return_val_if_fail (VB_IS_NEW_PROJECT_DIALOG (self), NULL);
  return self->folder;
}

void
vb_new_project_dialog_set_folder (VbNewProjectDialog *self,
                                  const char         *folder)
{
  g_return_if_fail (VB_IS_NEW_PROJECT_DIALOG (self));
  g_return_if_fail (folder != NULL);

  g_free (self->folder);
  self->folder = g_strdup (folder);
  update (self);
}

static void
vb_new_project_dialog_dispose (GObject *object)
{
  VbNewProjectDialog *self = VB_NEW_PROJECT_DIALOG (object);

  if (self->chooser)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer (&self->template_checks, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, template_group);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, VbNewProjectDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "dialog.choose-folder", NULL, choose_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vb_new_project_dialog_init (VbNewProjectDialog *self)
{
  g_autofree char *currency = vb_currency_default ();
  guint selected = 0;
  gboolean found = FALSE;

  gtk_widget_init_template (GTK_WIDGET (self));
  set_named_factory (self->currency_row);
  build_templates (self);

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
