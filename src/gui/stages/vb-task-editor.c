/* vb-task-editor.c — the editor of one task, in its own window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A task has many fields; they are grouped (the task, volume and time,
 * cover, what makes it special, the decision) in a window of their own
 * over the project, as GNOME editors of one item are. Every field applies
 * at once (one edit each, undone with Ctrl+Z here as in the project
 * window); the window closes with Escape or its close button, or by
 * itself when the task leaves the project (an undo of its addition).
 */

#define G_LOG_DOMAIN "vb-task-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-days-editor.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"
#include "vb-task-editor.h"

struct _VbTaskEditor
{
  AdwWindow         parent_instance;

  /* owned */
  VbContext        *context;
  VbTask           *task;
  AdwToastOverlay  *toasts;
  AdwWindowTitle   *title;
  GtkWidget        *page;
  GtkWidget        *example_group;
  GtkWidget        *findings_label;
  GtkWidget        *suggestion_row;
  GtkWidget        *remove_button;
};

G_DEFINE_FINAL_TYPE (VbTaskEditor, vb_task_editor, ADW_TYPE_WINDOW)

static VbProject *
project_of (VbTaskEditor *self)
{
  return vb_context_get_project (self->context);
}

static void
update_title (VbTaskEditor *self)
{
  const char *name = vb_task_get_name (self->task);

  adw_window_title_set_title (self->title, vb_str_is_blank (name) ? _("New Task") : name);
  gtk_window_set_title (GTK_WINDOW (self), vb_str_is_blank (name) ? _("New Task") : name);
}

static void
update_suggestion (VbTaskEditor *self)
{
  g_autofree char *reason = NULL;
  VbSourcing suggestion = vb_task_suggest (self->task, &reason);
  g_autofree char *title = suggestion == VB_SOURCING_UNSET
    ? g_strdup (_("No suggestion yet"))
    /* Translators: e.g. “Suggested: Outsource” */
    : g_strdup_printf (_("Suggested: %s"), vb_enum_get_label (VB_TYPE_SOURCING, suggestion));
  g_autofree char *subtitle = g_markup_escape_text (reason ? reason : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row), subtitle);
}

static void
update_notices (VbTaskEditor *self)
{
  VbGuide *guide = vb_context_get_guide (self->context);
  g_autoptr(GPtrArray) findings = vb_guide_get_subject_findings (guide, vb_record_get_uuid (VB_RECORD (self->task)));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", vb_finding_get_message (findings->pdata[i]));
  gtk_label_set_text (GTK_LABEL (self->findings_label), text->str);
  gtk_widget_set_visible (self->findings_label, text->len > 0);
  gtk_widget_set_visible (self->example_group, vb_record_get_example (VB_RECORD (self->task)));
}

static void
on_task_notify_cb (VbTask       *task,
                   GParamSpec   *pspec,
                   VbTaskEditor *self)
{
  update_title (self);
  update_suggestion (self);
  update_notices (self);
}

static void
on_settings_notify_cb (VbProjectSettings *settings,
                       GParamSpec        *pspec,
                       VbTaskEditor      *self)
{
  update_suggestion (self);
}

static void
on_findings_changed_cb (GListModel   *model,
                        guint         position,
                        guint         removed,
                        guint         added,
                        VbTaskEditor *self)
{
  update_notices (self);
}

/* The task left the project (its addition undone, or removed elsewhere) */
static void
on_tasks_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     VbTaskEditor *self)
{
  if (!vb_record_is_live (VB_RECORD (self->task)))
    gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------ actions */

static void
show_error (VbTaskEditor *self,
            const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  vb_toast_overlay_add (self->toasts, toast);
}

static void
show_error_action (GtkWidget *widget, const char *name, GVariant *param)
{
  show_error (VB_TASK_EDITOR (widget), g_variant_get_string (param, NULL));
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTaskEditor *self = VB_TASK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (vb_project_get_can_undo (project_of (self)) && !vb_project_undo (project_of (self), &error))
    show_error (self, error->message);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTaskEditor *self = VB_TASK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (vb_project_get_can_redo (project_of (self)) && !vb_project_redo (project_of (self), &error))
    show_error (self, error->message);
}

static void
confirm_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTaskEditor *self = VB_TASK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!vb_record_confirm (VB_RECORD (self->task), &error))
    show_error (self, error->message);
}

static void
remove_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTaskEditor *self = VB_TASK_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *task_name = vb_task_get_name (self->task);

  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (task_name) ? _("the new task") : task_name);
  /* the removal closes the editor already (on_tasks_changed_cb): keep it
   * alive until this function is done with it */
  g_object_ref (self);
  if (!vb_record_remove (VB_RECORD (self->task), &error))
    {
      show_error (self, error->message);
      g_object_unref (self);
      return;
    }
  /* the removal is announced where it can be undone: the project window */
  if (parent)
    vb_show_undo_toast (GTK_WIDGET (parent), title);
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

/* ------------------------------------------------------------ building */

static GtkWidget *
group_new (VbTaskEditor *self,
           const char   *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static void
add (GtkWidget *group,
     GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
build (VbTaskEditor *self)
{
  VbRecord *task = VB_RECORD (self->task);
  const char *currency = vb_project_get_currency (project_of (self));
  gboolean writable = !vb_project_get_read_only (project_of (self));
  g_autofree char *cost_title = NULL;
  GtkWidget *group, *row, *box, *button;

  /* what the guidance says about it, and the example notice */
  group = group_new (self, NULL);
  self->findings_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->findings_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->findings_label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (self->findings_label), 0);
  gtk_widget_add_css_class (self->findings_label, "vb-editor-findings");
  add (group, self->findings_label);

  self->example_group = group_new (self, NULL);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("An example from the template"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Check its figures against your own. Change any of them, or keep it as it is."));
  button = gtk_button_new_with_label (_("Keep as It Is"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.confirm");
  gtk_widget_set_name (button, "confirm-example");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  add (self->example_group, row);

  group = group_new (self, _("The Task"));
  add (group, vb_field_entry_row_new (task, "name", _("Name"), VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (task, "function", _("Function or team"), VB_FIELD_TEXT, 0));
  add (group, vb_choice_row_new (task, "channel", _("Channel")));
  row = vb_choice_row_new (task, "work-kind", _("Kind of work"));
  add (group, row);

  group = group_new (self, _("Volume and Time"));
  add (group, vb_field_entry_row_new (task, "monthly-volume", _("Contacts or items a month"), VB_FIELD_NUMBER, 0));
  add (group, vb_field_entry_row_new (task, "handle-minutes", _("Average handle time, in minutes"), VB_FIELD_NUMBER, 1));
  /* Translators: %s is a currency code, e.g. “In-house cost a year, in GBP” */
  cost_title = g_strdup_printf (_("In-house cost a year, in %s"), currency);
  add (group, vb_field_entry_row_new (task, "annual-cost", cost_title, VB_FIELD_NUMBER, 2));

  group = group_new (self, _("Cover"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("When the work must be answered, and in which languages."));
  add (group, vb_days_editor_new (task, "cover-days", _("Days")));
  add (group, vb_field_entry_row_new (task, "cover-from", _("From (HH:MM)"), VB_FIELD_TIME, 0));
  add (group, vb_field_entry_row_new (task, "cover-to", _("Until (HH:MM)"), VB_FIELD_TIME, 0));
  add (group, vb_field_entry_row_new (task, "cover-timezone", _("Time zone, such as Europe/London"),
                                      VB_FIELD_TIMEZONE, 0));
  add (group, vb_field_entry_row_new (task, "languages", _("Languages, separated by commas"), VB_FIELD_TEXT, 0));

  group = group_new (self, _("What Makes It Special"));
  add (group, vb_field_switch_row_new (task, "needs-engineering", _("Needs frequent work with engineering"),
                                       _("Keeping it close to the product team is usually worth more than the savings")));
  add (group, vb_field_switch_row_new (task, "brand-critical", _("Brand-critical"),
                                       _("The way it is handled is part of why customers choose you")));
  add (group, vb_field_switch_row_new (task, "regulated", _("Regulated data that is hard to check at a vendor"),
                                       _("Health or payment data whose handling you could not verify")));

  group = group_new (self, _("Decision"));
  self->suggestion_row = adw_action_row_new ();
  gtk_widget_set_focusable (self->suggestion_row, FALSE);
  gtk_widget_add_css_class (self->suggestion_row, "vb-suggestion-row");
  add (group, self->suggestion_row);
  add (group, vb_choice_row_new (task, "decision", _("Your decision")));
  add (group, vb_field_text_area_new (task, "decision-note", _("Why you decided so (optional)")));

  group = group_new (self, _("Notes"));
  add (group, vb_field_text_area_new (task, "notes", _("Notes")));

  group = group_new (self, NULL);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  self->remove_button = gtk_button_new_with_label (_("Remove Task"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "editor.remove");
  gtk_widget_add_css_class (self->remove_button, "destructive-action");
  gtk_widget_add_css_class (self->remove_button, "pill");
  gtk_widget_set_name (self->remove_button, "remove-task");
  gtk_box_append (GTK_BOX (box), self->remove_button);
  add (group, box);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.confirm", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", writable);

  update_title (self);
  update_suggestion (self);
  update_notices (self);
  g_signal_connect_object (self->task, "notify", G_CALLBACK (on_task_notify_cb), self, 0);
  g_signal_connect_object (vb_project_get_settings (project_of (self)), "notify", G_CALLBACK (on_settings_notify_cb),
                           self, 0);
  g_signal_connect_object (vb_guide_get_findings (vb_context_get_guide (self->context)), "items-changed",
                           G_CALLBACK (on_findings_changed_cb), self, 0);
  g_signal_connect_object (vb_project_get_tasks (project_of (self)), "items-changed",
                           G_CALLBACK (on_tasks_changed_cb), self, 0);
}

/* ------------------------------------------------------------ GObject */

static gboolean
vb_task_editor_close_request (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *field = focus;

  /* what is typed in the field with the cursor is kept */
  while (field && vb_field_get_property_name (field) == NULL)
    field = gtk_widget_get_parent (field);
  if (field)
    vb_field_commit_now (field);
  return GTK_WINDOW_CLASS (vb_task_editor_parent_class)->close_request (window);
}

static void
vb_task_editor_dispose (GObject *object)
{
  VbTaskEditor *self = VB_TASK_EDITOR (object);

  g_clear_object (&self->task);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_task_editor_parent_class)->dispose (object);
}

static void
vb_task_editor_class_init (VbTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vb_task_editor_dispose;
  window_class->close_request = vb_task_editor_close_request;

  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "editor.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
vb_task_editor_init (VbTaskEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Task"), _("Goals & Scope")));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), header);
  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, self->page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

GtkWidget *
vb_task_editor_new (GtkWindow *parent,
                    VbContext *context,
                    VbTask    *task)
{
  VbTaskEditor *self;

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (VB_IS_TASK (task), NULL);

  self = g_object_new (VB_TYPE_TASK_EDITOR, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->task = g_object_ref (task);
  build (self);
  return GTK_WIDGET (self);
}

VbTask *
vb_task_editor_get_task (VbTaskEditor *self)
{
  g_return_val_if_fail (VB_IS_TASK_EDITOR (self), NULL);
  return self->task;
}

/* Put the cursor in the field that edits @property (NULL: the name) */
void
vb_task_editor_focus_field (VbTaskEditor *self,
                            const char   *property)
{
  GtkWidget *field;

  g_return_if_fail (VB_IS_TASK_EDITOR (self));
  field = vb_field_find (self->page, property ? property : "name");
  if (field)
    vb_focus_widget (field);
}
