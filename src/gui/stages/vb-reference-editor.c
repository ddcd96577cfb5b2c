/* vb-reference-editor.c — the call sheet of one reference
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the caller fills in during the call, in the order of the call: who
 * was called, when, the project's call-sheet questions (one text area
 * each, with the prompt's hint under it), then the verdict: a rating of 1
 * to 5, whether they would choose the vendor again, red flags and notes.
 *
 * Every field is one edit when it is finished (VbField). The answers are
 * rows of their own that exist only once something is written: the answer
 * areas here commit the same way (Enter is a new line in a text area;
 * leaving it or a pause commits) through vb_reference_set_answer_to, which
 * creates the answer on its first text.
 */

#define G_LOG_DOMAIN "vb-references-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-call-prompt.h"
#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reference-answer.h"
#include "vb-reference-editor.h"

struct _VbReferenceEditor
{
  GtkWidget    parent_instance;

  /* owned */
  VbReference *reference;

  /* children */
  GtkWidget   *box;
  GtkWidget   *title;
  GtkWidget   *answers_group;
  GtkWidget   *calendar_button;
  GtkWidget   *calendar;
  GtkWidget   *today_button;
  GtkWidget   *rating_row;
  GPtrArray   *answer_rows;      /* the rows of answers_group */
  GPtrArray   *answers;          /* AnswerField, one per prompt */
  gboolean     updating;
  gboolean     writable;
};

G_DEFINE_FINAL_TYPE (VbReferenceEditor, vb_reference_editor, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------ answers */

typedef struct {
  VbReferenceEditor *editor;   /* borrowed: the editor owns this */
  VbCallPrompt      *prompt;
  GtkWidget         *view;
  GtkTextBuffer     *buffer;
  guint              idle_id;
  gboolean           dirty;
  gboolean           updating;
} AnswerField;

static char *
answer_typed (AnswerField *a)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (a->buffer, &start, &end);
  return gtk_text_buffer_get_text (a->buffer, &start, &end, FALSE);
}

static const char *
answer_stored (AnswerField *a)
{
  VbReferenceAnswer *answer = vb_reference_get_answer_to (a->editor->reference, a->prompt);

  return answer ? vb_reference_answer_get_answer (answer) : "";
}

static void
answer_show_stored (AnswerField *a)
{
  g_autofree char *typed = answer_typed (a);
  const char *stored = answer_stored (a);

  if (g_strcmp0 (typed, stored) == 0)
    return;
  a->updating = TRUE;
  gtk_text_buffer_set_text (a->buffer, stored, -1);
  a->updating = FALSE;
}

static void
answer_commit (AnswerField *a)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;

  g_clear_handle_id (&a->idle_id, g_source_remove);
  if (!a->dirty)
    return;
  a->dirty = FALSE;
  if (!vb_record_is_live (VB_RECORD (a->editor->reference)) || !vb_record_is_live (VB_RECORD (a->prompt)))
    return;
  typed = answer_typed (a);
  if (g_strcmp0 (typed, answer_stored (a)) == 0)
    return;
  if (!vb_reference_set_answer_to (a->editor->reference, a->prompt, typed, &error))
    vb_report_error (a->view, error);
}

static gboolean
answer_idle_cb (gpointer data)
{
  AnswerField *a = data;

  a->idle_id = 0;
  answer_commit (a);
  return G_SOURCE_REMOVE;
}

static void
on_answer_changed_cb (GtkTextBuffer *buffer,
                      AnswerField   *a)
{
  g_autofree char *typed = NULL;

  if (a->updating)
    return;
  g_clear_handle_id (&a->idle_id, g_source_remove);
  typed = answer_typed (a);
  a->dirty = g_strcmp0 (typed, answer_stored (a)) != 0;
  if (a->dirty)
    a->idle_id = g_timeout_add (VB_FIELD_IDLE_MS, answer_idle_cb, a);
}

static void
on_answer_focus_left_cb (GtkEventControllerFocus *controller,
                         AnswerField             *a)
{
  answer_commit (a);
}

static void
on_answer_unmapped_cb (GtkWidget   *widget,
                       AnswerField *a)
{
  answer_commit (a);
}

static void
answer_field_free (gpointer data)
{
  AnswerField *a = data;

  answer_commit (a);
  g_clear_handle_id (&a->idle_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (a->buffer, a);
  g_signal_handlers_disconnect_by_data (a->view, a);
  g_clear_object (&a->buffer);
  g_clear_object (&a->view);
  g_clear_object (&a->prompt);
  g_free (a);
}

/* What is being typed, written now: before the answer areas go. Each
 * commit is an edit, and the project's "changed" runs while it lasts, so
 * the areas are taken out of the editor first */
static void
commit_answers (VbReferenceEditor *self)
{
  g_autoptr(GPtrArray) answers = g_steal_pointer (&self->answers);

  self->answers = g_ptr_array_new_with_free_func (answer_field_free);
  for (guint i = 0; answers && i < answers->len; i++)
    answer_commit (answers->pdata[i]);
  g_ptr_array_extend_and_steal (self->answers, g_steal_pointer (&answers));
}

/* One prompt: its text as the title, its hint under it, the answer area */
static GtkWidget *
answer_row_new (VbReferenceEditor *self,
                VbCallPrompt      *prompt,
                guint              number)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *text = vb_call_prompt_get_text (prompt);
  const char *hint = vb_call_prompt_get_hint (prompt);
  g_autofree char *title = NULL;
  GtkWidget *label, *view;
  GtkEventController *focus;
  AnswerField *a;

  /* Translators: a question of the call sheet with its number, e.g. “2. Did they deliver on time?” */
  title = g_strdup_printf (_("%u. %s"), number, vb_str_is_blank (text) ? _("(a question without text)") : text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  vb_set_accessible_label (row, title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "vb-text-area");

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  if (!vb_str_is_blank (hint))
    {
      GtkWidget *hint_label = gtk_label_new (hint);

      gtk_label_set_xalign (GTK_LABEL (hint_label), 0);
      gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
      gtk_widget_add_css_class (hint_label, "caption");
      gtk_widget_add_css_class (hint_label, "dim-label");
      gtk_box_append (GTK_BOX (box), hint_label);
    }

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_widget_add_css_class (view, "vb-text-view");
  gtk_widget_set_name (view, "call-sheet-answer");
  vb_set_accessible_label (view, title);
  if (!vb_str_is_blank (hint))
    gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), self->writable);
  gtk_box_append (GTK_BOX (box), view);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  a = g_new0 (AnswerField, 1);
  a->editor = self;
  a->prompt = g_object_ref (prompt);
  a->view = g_object_ref (view);
  a->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  gtk_text_buffer_set_enable_undo (a->buffer, TRUE);
  answer_show_stored (a);
  g_signal_connect (a->buffer, "changed", G_CALLBACK (on_answer_changed_cb), a);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_answer_focus_left_cb), a);
  gtk_widget_add_controller (view, focus);
  g_signal_connect (view, "unmap", G_CALLBACK (on_answer_unmapped_cb), a);
  g_ptr_array_add (self->answers, a);
  return row;
}

/* The call sheet's questions, again after one was added, reworded, moved
 * or removed; what is being typed is committed first */
static void
rebuild_answers (VbReferenceEditor *self)
{
  GListModel *prompts = vb_project_get_call_prompts (vb_record_get_project (VB_RECORD (self->reference)));
  guint n = g_list_model_get_n_items (prompts);

  commit_answers (self);
  g_ptr_array_set_size (self->answers, 0);
  for (guint i = 0; i < self->answer_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->answers_group), self->answer_rows->pdata[i]);
  g_ptr_array_set_size (self->answer_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbCallPrompt) prompt = g_list_model_get_item (prompts, i);
      GtkWidget *row = answer_row_new (self, prompt, i + 1);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->answers_group), row);
      g_ptr_array_add (self->answer_rows, row);
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The call sheet has no questions"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Add the questions you ask every reference with Edit Call Sheet."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->answers_group), row);
      g_ptr_array_add (self->answer_rows, row);
    }
}

static void
on_prompts_changed_cb (GListModel        *prompts,
                       guint              position,
                       guint              removed,
                       guint              added,
                       VbReferenceEditor *self)
{
  rebuild_answers (self);
}

/* After an undo, a redo or another window: the stored answers, where the
 * user is not typing */
static void
on_project_changed_cb (VbProject         *project,
                       VbReferenceEditor *self)
{
  for (guint i = 0; self->answers && i < self->answers->len; i++)
    {
      AnswerField *a = self->answers->pdata[i];

      if (!a->dirty && vb_record_is_live (VB_RECORD (a->prompt)))
        answer_show_stored (a);
    }
}

/* ------------------------------------------------------------ date, rating */

static void
sync_title (VbReferenceEditor *self)
{
  const char *company = vb_reference_get_company (self->reference);
  g_autofree char *title = NULL;

  /* Translators: the heading of a reference's call sheet, e.g. “Call with Northwind Dental” */
  title = vb_str_is_blank (company) ? g_strdup (_("New Reference")) : g_strdup_printf (_("Call with %s"), company);
  gtk_label_set_text (GTK_LABEL (self->title), title);
}

static void
sync_rating (VbReferenceEditor *self)
{
  self->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->rating_row), (guint) vb_reference_get_rating (self->reference));
  self->updating = FALSE;
}

static void
on_reference_notify_cb (VbReference       *reference,
                        GParamSpec        *pspec,
                        VbReferenceEditor *self)
{
  sync_title (self);
  sync_rating (self);
}

static void
on_rating_selected_cb (AdwComboRow       *row,
                       GParamSpec        *pspec,
                       VbReferenceEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION ||
      (int) selected == vb_reference_get_rating (self->reference))
    return;
  if (!vb_reference_set_rating (self->reference, (int) selected, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      sync_rating (self);
    }
}

static void
set_called_on (VbReferenceEditor *self,
               GDateTime         *date)
{
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (iso, vb_reference_get_called_on (self->reference)) == 0)
    return;
  if (!vb_reference_set_called_on (self->reference, iso, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static void
on_day_selected_cb (GtkCalendar       *calendar,
                    VbReferenceEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  if (self->updating)
    return;
  set_called_on (self, date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->calendar_button));
}

static void
on_today_clicked_cb (GtkButton         *button,
                     VbReferenceEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  set_called_on (self, now);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->calendar_button));
}

/* The calendar opens on the date called, or today */
static void
on_calendar_shown_cb (GtkPopover        *popover,
                      VbReferenceEditor *self)
{
  const char *called_on = vb_reference_get_called_on (self->reference);
  g_autofree char *midnight = vb_str_is_blank (called_on) ? NULL : g_strconcat (called_on, "T00:00:00", NULL);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) date = midnight ? g_date_time_new_from_iso8601 (midnight, local) : NULL;

  if (date == NULL)
    date = g_date_time_new_now_local ();
  self->updating = TRUE;
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
  self->updating = FALSE;
}

static GtkWidget *
date_row_new (VbReferenceEditor *self)
{
  GtkWidget *row = vb_field_entry_row_new (VB_RECORD (self->reference), "called-on",
                                           _("Date called (year-month-day)"), VB_FIELD_TEXT, 0);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->calendar = gtk_calendar_new ();
  self->today_button = gtk_button_new_with_mnemonic (_("_Today"));
  gtk_box_append (GTK_BOX (box), self->calendar);
  gtk_box_append (GTK_BOX (box), self->today_button);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect (self->today_button, "clicked", G_CALLBACK (on_today_clicked_cb), self);
  g_signal_connect (popover, "show", G_CALLBACK (on_calendar_shown_cb), self);

  self->calendar_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->calendar_button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->calendar_button), popover);
  gtk_widget_set_valign (self->calendar_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->calendar_button, "flat");
  gtk_widget_set_tooltip_text (self->calendar_button, _("Pick the date from a calendar"));
  vb_set_accessible_label (self->calendar_button, _("Pick the date called from a calendar"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), self->calendar_button);
  return row;
}

static GtkWidget *
rating_row_new (VbReferenceEditor *self)
{
  const char *const labels[] = {
    _("Not rated yet"),
    /* Translators: the ratings of a reference, 1 to 5 */
    _("1 — poor"), _("2 — below what was promised"), _("3 — as promised"), _("4 — good"),
    _("5 — excellent"), NULL,
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Rating"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  vb_field_set_property_name (row, "rating");
  vb_set_accessible_label (row, _("Rating"));
  self->rating_row = row;
  sync_rating (self);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_rating_selected_cb), self);
  return row;
}

/* ------------------------------------------------------------ building */

static GtkWidget *
group_new (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static void
build (VbReferenceEditor *self)
{
  VbRecord *record = VB_RECORD (self->reference);
  VbProject *project = vb_record_get_project (record);
  GtkWidget *group, *header, *edit, *remove;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_widget_add_css_class (self->title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (self->box), self->title);
  sync_title (self);

  group = group_new (_("Who You Called"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "company", _("Company"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "contact-name", _("Contact"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "relationship", _("Relationship to the vendor"),
                                                     VB_FIELD_TEXT, 0));
  gtk_box_append (GTK_BOX (self->box), group);

  group = group_new (_("The Call"),
                     _("A reference counts as called once the date is set. A slow call back says something "
                       "too."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), date_row_new (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "callback-days", _("Days until they called back"),
                                                     VB_FIELD_NUMBER, 0));
  gtk_box_append (GTK_BOX (self->box), group);

  self->answers_group = group_new (_("Call Sheet"),
                                   _("The same questions for every reference, so that the answers compare."));
  edit = gtk_button_new_with_mnemonic (_("_Edit Call Sheet"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "references.edit-call-sheet");
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  header = edit;
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->answers_group), header);
  gtk_box_append (GTK_BOX (self->box), self->answers_group);
  rebuild_answers (self);

  group = group_new (_("Verdict"),
                     _("Would not choose again and red flags are shown beside the vendor’s score, never "
                       "averaged away."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rating_row_new (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_choice_row_new (record, "would-choose-again", _("Would choose the vendor again")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_text_area_new (record, "red-flags", _("Red flags")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), vb_field_text_area_new (record, "notes", _("Notes")));
  gtk_box_append (GTK_BOX (self->box), group);

  remove = gtk_button_new_with_mnemonic (_("_Remove Reference"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "references.remove-reference");
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->box), remove);

  g_signal_connect_object (self->reference, "notify", G_CALLBACK (on_reference_notify_cb), self, 0);
  g_signal_connect_object (vb_project_get_call_prompts (project), "items-changed",
                           G_CALLBACK (on_prompts_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
}

/* ------------------------------------------------------------ public */

/**
 * vb_reference_editor_new:
 *
 * Returns: (transfer floating): the call sheet of @reference
 */
GtkWidget *
vb_reference_editor_new (VbReference *reference)
{
  VbReferenceEditor *self;
  VbProject *project;

  g_return_val_if_fail (VB_IS_REFERENCE (reference), NULL);
  self = g_object_new (VB_TYPE_REFERENCE_EDITOR, NULL);
  self->reference = g_object_ref (reference);
  project = vb_record_get_project (VB_RECORD (reference));
  self->writable = project != NULL && !vb_project_get_read_only (project);
  build (self);
  vb_reference_editor_set_writable (self, self->writable);
  return GTK_WIDGET (self);
}

VbReference *
vb_reference_editor_get_reference (VbReferenceEditor *self)
{
  g_return_val_if_fail (VB_IS_REFERENCE_EDITOR (self), NULL);
  return self->reference;
}

/* Focus on the field that edits @property, or on the first field */
void
vb_reference_editor_focus_field (VbReferenceEditor *self,
                                 const char        *property)
{
  GtkWidget *field;

  g_return_if_fail (VB_IS_REFERENCE_EDITOR (self));
  field = vb_field_find (self->box, property ? property : "company");
  vb_focus_widget (field ? field : self->box);
}

/* The widgets that write without VbField: the answers, the calendar, the rating */
void
vb_reference_editor_set_writable (VbReferenceEditor *self,
                                  gboolean           writable)
{
  g_return_if_fail (VB_IS_REFERENCE_EDITOR (self));
  self->writable = writable;
  for (guint i = 0; self->answers && i < self->answers->len; i++)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (((AnswerField *) self->answers->pdata[i])->view), writable);
  gtk_widget_set_sensitive (self->calendar_button, writable);
  gtk_widget_set_sensitive (self->rating_row, writable);
}

/* ------------------------------------------------------------ GObject */

static void
vb_reference_editor_dispose (GObject *object)
{
  VbReferenceEditor *self = VB_REFERENCE_EDITOR (object);

  /* committed before the widgets go */
  if (self->answers)
    {
      commit_answers (self);
      g_clear_pointer (&self->answers, g_ptr_array_unref);
    }
  g_clear_pointer (&self->answer_rows, g_ptr_array_unref);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->reference);
  G_OBJECT_CLASS (vb_reference_editor_parent_class)->dispose (object);
}

static void
vb_reference_editor_class_init (VbReferenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_reference_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_reference_editor_init (VbReferenceEditor *self)
{
  self->answers = g_ptr_array_new_with_free_func (answer_field_free);
  self->answer_rows = g_ptr_array_new ();
}
