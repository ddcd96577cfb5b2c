/* vb-call-sheet-editor.c — the project's reference call sheet
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions asked of every reference, in order: each with its text
 * and a hint for the caller. A question is added, reworded, moved up or
 * down, or removed; removing one removes the answers given to it, so the
 * toast says so and offers the undo that brings both back.
 *
 * Keyboard: every button is a Tab stop; Alt+Up and Alt+Down in a
 * question's fields move that question.
 */

#define G_LOG_DOMAIN "vb-references-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-call-prompt.h"
#include "vb-call-sheet-editor.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"

struct _VbCallSheetEditor
{
  GtkWidget   parent_instance;

  /* owned */
  VbProject  *project;

  /* children */
  GtkWidget  *box;
  GtkWidget  *prompts_box;
  GtkWidget  *add_button;
  GPtrArray  *groups;        /* one AdwPreferencesGroup per prompt */
  gboolean    writable;
};

G_DEFINE_FINAL_TYPE (VbCallSheetEditor, vb_call_sheet_editor, GTK_TYPE_WIDGET)

static VbCallPrompt *
lookup_prompt (VbCallSheetEditor *self,
               const char        *uuid,
               guint             *position)
{
  GListModel *prompts = vb_project_get_call_prompts (self->project);
  guint n = g_list_model_get_n_items (prompts);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbCallPrompt) prompt = g_list_model_get_item (prompts, i);

      if (g_str_equal (vb_record_get_uuid (VB_RECORD (prompt)), uuid))
        {
          if (position)
            *position = i;
          return prompt;   /* the project holds it */
        }
    }
  return NULL;
}

static GtkWidget *
group_of (VbCallSheetEditor *self,
          VbCallPrompt      *prompt)
{
  for (guint i = 0; i < self->groups->len; i++)
    if (g_object_get_data (self->groups->pdata[i], "vb-record") == prompt)
      return self->groups->pdata[i];
  return NULL;
}

static void
focus_in_group (VbCallSheetEditor *self,
                VbCallPrompt      *prompt,
                const char        *what)
{
  GtkWidget *group = prompt ? group_of (self, prompt) : NULL;
  GtkWidget *target = NULL;

  if (group && g_str_equal (what, "text"))
    target = vb_field_find (group, "text");
  else if (group)
    target = g_object_get_data (G_OBJECT (group), what);
  /* moved to the top or the bottom: that button is off, the text is not */
  if (group && target && !gtk_widget_get_sensitive (target))
    target = vb_field_find (group, "text");
  vb_focus_widget (target ? target : self->add_button);
}

/* ------------------------------------------------------------ actions */

static void
move_prompt (VbCallSheetEditor *self,
             const char        *uuid,
             int                delta,
             const char        *focus)
{
  guint position = 0;
  VbCallPrompt *prompt = lookup_prompt (self, uuid, &position);
  guint n = g_list_model_get_n_items (vb_project_get_call_prompts (self->project));
  g_autoptr(GError) error = NULL;

  if (prompt == NULL || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;
  g_object_ref (prompt);
  if (!vb_record_move (VB_RECORD (prompt), (guint) ((int) position + delta), &error))
    vb_report_error (GTK_WIDGET (self), error);
  /* the move rebuilt the list: focus follows the question */
  focus_in_group (self, prompt, focus);
  g_object_unref (prompt);
}

static void
move_up_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  move_prompt (VB_CALL_SHEET_EDITOR (widget), g_variant_get_string (param, NULL), -1, "vb-up");
}

static void
move_down_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  move_prompt (VB_CALL_SHEET_EDITOR (widget), g_variant_get_string (param, NULL), +1, "vb-down");
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  VbCallSheetEditor *self = VB_CALL_SHEET_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  VbCallPrompt *prompt = vb_project_add_call_prompt (self->project, &error);

  if (prompt == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  focus_in_group (self, prompt, "text");
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbCallSheetEditor *self = VB_CALL_SHEET_EDITOR (widget);
  guint position = 0;
  VbCallPrompt *prompt = lookup_prompt (self, g_variant_get_string (param, NULL), &position);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GListModel *prompts = vb_project_get_call_prompts (self->project);
  g_autoptr(VbCallPrompt) next = NULL;
  guint n;

  if (prompt == NULL)
    return;
  title = vb_str_is_blank (vb_call_prompt_get_text (prompt))
    ? g_strdup (_("Removed a question and its answers"))
    /* Translators: after removing a call-sheet question, e.g. “Removed “Did they deliver?” and its answers” */
    : g_strdup_printf (_("Removed “%s” and its answers"), vb_call_prompt_get_text (prompt));
  if (!vb_record_remove (VB_RECORD (prompt), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);

  /* focus goes to the neighbour, never to nowhere */
  n = g_list_model_get_n_items (prompts);
  if (n > 0)
    next = g_list_model_get_item (prompts, MIN (position, n - 1));
  focus_in_group (self, next, "vb-remove");
}

/* Alt+Up, Alt+Down in a question's fields */
static gboolean
on_group_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         VbCallSheetEditor     *self)
{
  GtkWidget *group = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  VbCallPrompt *prompt = g_object_get_data (G_OBJECT (group), "vb-record");
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  int delta = keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? +1 : 0;

  if (mods != GDK_ALT_MASK || delta == 0 || !self->writable)
    return FALSE;
  move_prompt (self, vb_record_get_uuid (VB_RECORD (prompt)), delta, "text");
  return TRUE;
}

/* ------------------------------------------------------------ building */

static GtkWidget *
tool_button_new (VbCallSheetEditor *self,
                 GtkWidget         *group,
                 const char        *key,
                 const char        *icon,
                 const char        *label,
                 const char        *action,
                 const char        *uuid,
                 gboolean           possible)
{
  GtkWidget *button = vb_icon_button_new (icon, label);

  /* the first question cannot move up, nor the last down: no action, so
   * that the action's state does not turn the button back on */
  if (possible)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uuid);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (group), key, button);
  return button;
}

static GtkWidget *
prompt_group_new (VbCallSheetEditor *self,
                  VbCallPrompt      *prompt,
                  guint              number,
                  guint              n_prompts)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  const char *uuid = vb_record_get_uuid (VB_RECORD (prompt));
  g_autofree char *title = NULL;
  GtkEventController *keys;

  /* Translators: the heading of one call-sheet question, e.g. “Question 2” */
  title = g_strdup_printf (_("Question %u"), number);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  g_object_set_data_full (G_OBJECT (group), "vb-record", g_object_ref (prompt), g_object_unref);

  gtk_box_append (GTK_BOX (buttons), tool_button_new (self, group, "vb-up", "go-up-symbolic", _("Move up"),
                                                      "call-sheet.move-up", uuid, number > 1));
  gtk_box_append (GTK_BOX (buttons), tool_button_new (self, group, "vb-down", "go-down-symbolic", _("Move down"),
                                                      "call-sheet.move-down", uuid, number < n_prompts));
  gtk_box_append (GTK_BOX (buttons), tool_button_new (self, group, "vb-remove", "user-trash-symbolic",
                                                      _("Remove question"), "call-sheet.remove", uuid, TRUE));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (VB_RECORD (prompt), "text", _("Question"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (VB_RECORD (prompt), "hint", _("Hint for the caller"),
                                                     VB_FIELD_TEXT, 0));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_group_key_pressed_cb), self);
  gtk_widget_add_controller (group, keys);
  return group;
}

static void
rebuild (VbCallSheetEditor *self)
{
  GListModel *prompts = vb_project_get_call_prompts (self->project);
  guint n = g_list_model_get_n_items (prompts);

  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (GTK_BOX (self->prompts_box), self->groups->pdata[i]);
  g_ptr_array_set_size (self->groups, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbCallPrompt) prompt = g_list_model_get_item (prompts, i);
      GtkWidget *group = prompt_group_new (self, prompt, i + 1, n);

      gtk_box_append (GTK_BOX (self->prompts_box), group);
      g_ptr_array_add (self->groups, group);
    }
  if (n == 0)
    {
      GtkWidget *empty = adw_status_page_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Questions Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                       _("Add the questions you will ask every reference: the same questions "
                                         "make the answers comparable."));
      gtk_widget_add_css_class (empty, "compact");
      gtk_box_append (GTK_BOX (self->prompts_box), empty);
      g_ptr_array_add (self->groups, empty);
    }
}

static void
on_prompts_changed_cb (GListModel        *prompts,
                       guint              position,
                       guint              removed,
                       guint              added,
                       VbCallSheetEditor *self)
{
  rebuild (self);
}

static void
build (VbCallSheetEditor *self)
{
  GtkWidget *title, *intro, *back;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  back = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (back),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "go-previous-symbolic",
                                      "label", _("_Back to the References"), "use-underline", TRUE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "references.close-call-sheet");
  gtk_widget_set_halign (back, GTK_ALIGN_START);
  gtk_widget_add_css_class (back, "flat");
  gtk_box_append (GTK_BOX (self->box), back);

  title = gtk_label_new (_("Call Sheet"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (self->box), title);
  intro = gtk_label_new (_("The questions you ask every reference, in the order you ask them. Rewording a "
                           "question rewords it for every reference; removing one removes its answers."));
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (self->box), intro);

  self->prompts_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->box), self->prompts_box);

  self->add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->add_button),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                      "label", _("Add Question"), "use-underline", FALSE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "call-sheet.add");
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->box), self->add_button);

  rebuild (self);
  g_signal_connect_object (vb_project_get_call_prompts (self->project), "items-changed",
                           G_CALLBACK (on_prompts_changed_cb), self, 0);
}

/* ------------------------------------------------------------ public */

/**
 * vb_call_sheet_editor_new:
 *
 * Returns: (transfer floating): the editor of the project's call sheet
 */
GtkWidget *
vb_call_sheet_editor_new (VbProject *project)
{
  VbCallSheetEditor *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  self = g_object_new (VB_TYPE_CALL_SHEET_EDITOR, NULL);
  self->project = g_object_ref (project);
  self->writable = !vb_project_get_read_only (project);
  build (self);
  vb_call_sheet_editor_set_writable (self, self->writable);
  return GTK_WIDGET (self);
}

void
vb_call_sheet_editor_set_writable (VbCallSheetEditor *self,
                                   gboolean           writable)
{
  static const char *const actions[] = {
    "call-sheet.add", "call-sheet.remove", "call-sheet.move-up", "call-sheet.move-down",
  };

  g_return_if_fail (VB_IS_CALL_SHEET_EDITOR (self));
  self->writable = writable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], writable);
}

/* The first question's text, else the add button */
void
vb_call_sheet_editor_focus_first (VbCallSheetEditor *self)
{
  GListModel *prompts;
  g_autoptr(VbCallPrompt) first = NULL;

  g_return_if_fail (VB_IS_CALL_SHEET_EDITOR (self));
  prompts = vb_project_get_call_prompts (self->project);
  if (g_list_model_get_n_items (prompts) > 0)
    first = g_list_model_get_item (prompts, 0);
  focus_in_group (self, first, "text");
}

/* ------------------------------------------------------------ GObject */

static void
vb_call_sheet_editor_dispose (GObject *object)
{
  VbCallSheetEditor *self = VB_CALL_SHEET_EDITOR (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (vb_call_sheet_editor_parent_class)->dispose (object);
}

static void
vb_call_sheet_editor_class_init (VbCallSheetEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_call_sheet_editor_dispose;
  gtk_widget_class_install_action (widget_class, "call-sheet.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "call-sheet.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "call-sheet.move-up", "s", move_up_action);
  gtk_widget_class_install_action (widget_class, "call-sheet.move-down", "s", move_down_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_call_sheet_editor_init (VbCallSheetEditor *self)
{
  self->groups = g_ptr_array_new ();
}
