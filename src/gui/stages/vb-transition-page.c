/* vb-transition-page.c — stage 12: the transition checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The phases of the hand-over (plan and governance to steady state, from
 * the template; DOMAIN.md "Pilot and transition"), a group each: its
 * progress in the description, its entry and exit criteria, and its tasks
 * (vb-transition-rows.c). Above them the overall progress and, in words
 * with an icon, how many tasks are overdue. Export Calendar… writes the
 * tasks and the pilot's check-ins through vb-calendar-project.h, the
 * command line's own export. Removing a task is undone, not confirmed.
 */

#define G_LOG_DOMAIN "vb-transition-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-calendar-project.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-transition-page.h"
#include "vb-transition-rows.h"

#define CHOOSER_KEY "vb-calendar-chooser"

struct _VbTransitionPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *export_button;
  GtkWidget  *progress_label;
  GtkWidget  *progress_bar;
  GtkWidget  *overdue_box;
  GtkWidget  *overdue_label;
  GtkWidget  *empty_page;
  GtkWidget  *add_phase_button;
  GtkWidget  *phases_box;
  GtkWidget  *footer_box;

  /* owned */
  VbContext  *context;
  gboolean    writable;
};

static void vb_transition_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbTransitionPage, vb_transition_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_transition_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbTransitionPage *self)
{
  return vb_context_get_project (self->context);
}

/* ------------------------------------------------------------ lookups */

static GtkWidget *
find_row_in (GtkWidget *list,
             gpointer   record)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        return GTK_WIDGET (row);
    }
}

static GtkWidget *
find_group (VbTransitionPage  *self,
            VbTransitionPhase *phase)
{
  for (GtkWidget *group = gtk_widget_get_first_child (self->phases_box); group;
       group = gtk_widget_get_next_sibling (group))
    if (g_object_get_data (G_OBJECT (group), "vb-record") == phase)
      return group;
  return NULL;
}

static GtkWidget *
find_task_row (VbTransitionPage *self,
               VbTransitionItem *item)
{
  GtkWidget *group = find_group (self, vb_transition_item_get_phase (item));
  GtkWidget *list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;

  return list ? find_row_in (list, item) : NULL;
}

static void
open_task (VbTransitionPage *self,
           VbTransitionItem *item,
           const char       *field)
{
  GtkWidget *row = find_task_row (self, item);
  GtkWidget *entry;

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = vb_field_find (row, field ? field : "title");
  vb_focus_widget (entry ? entry : row);
}

/* ------------------------------------------------------------ progress */

static void
update_group (VbTransitionPage *self,
              GtkWidget        *group)
{
  VbTransitionPhase *phase = g_object_get_data (G_OBJECT (group), "vb-record");
  const char *name = vb_transition_phase_get_name (phase);
  g_autofree char *title = vb_markup_escape (name, _("Untitled phase"));
  g_autofree char *progress = vb_transition_progress_text (project_of (self), phase, NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), progress);
}

static void
update_progress (VbTransitionPage *self)
{
  VbProject *project = project_of (self);
  g_autofree char *progress = NULL;
  g_autofree char *overall = NULL;
  GDate today;
  guint overdue;
  double fraction;

  vb_transition_today (&today);
  overdue = vb_project_count_overdue_transition_tasks (project, &today);
  progress = vb_transition_progress_text (project, NULL, &fraction);
  /* Translators: the checklist's overall progress, e.g. “Overall: 3 of 40 tasks done” */
  overall = g_strdup_printf (_("Overall: %s"), progress);
  gtk_label_set_label (GTK_LABEL (self->progress_label), overall);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), fraction);
  gtk_widget_set_visible (self->overdue_box, overdue > 0);
  if (overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "%u task is overdue: its due date has passed and it is not done",
                                                            "%u tasks are overdue: their due date has passed and they are not done",
                                                            overdue), overdue);

      gtk_label_set_label (GTK_LABEL (self->overdue_label), text);
    }
  for (GtkWidget *group = gtk_widget_get_first_child (self->phases_box); group;
       group = gtk_widget_get_next_sibling (group))
    update_group (self, group);
}

static void
on_project_changed_cb (VbProject        *project,
                       VbTransitionPage *self)
{
  update_progress (self);
}

/* ------------------------------------------------------------ phases */

static GtkWidget *
create_task_row_cb (gpointer item,
                    gpointer user_data)
{
  return vb_transition_task_row_new (item);
}

static GtkWidget *
phase_group_new (VbTransitionPage  *self,
                 VbTransitionPhase *phase)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *criteria_list = gtk_list_box_new ();
  GtkWidget *tasks_list = gtk_list_box_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  const char *name = vb_transition_phase_get_name (phase);
  g_autofree char *add_label = g_strdup_printf (_("Add a task to “%s”"),
                                                vb_str_is_blank (name) ? _("Untitled phase") : name);
  g_autofree char *tasks_label = g_strdup_printf (_("Tasks of “%s”"),
                                                  vb_str_is_blank (name) ? _("Untitled phase") : name);

  g_object_set_data_full (G_OBJECT (group), "vb-record", g_object_ref (phase), g_object_unref);
  g_object_set_data (G_OBJECT (group), "vb-list", tasks_list);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Task"));
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_name (add, "add-task");
  gtk_widget_set_tooltip_text (add, add_label);
  vb_set_accessible_label (add, add_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "transition.add-task");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", vb_record_get_uuid (VB_RECORD (phase)));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (criteria_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (criteria_list, "boxed-list");
  gtk_widget_set_margin_bottom (criteria_list, 12);
  vb_set_accessible_label (criteria_list, _("Entry and exit criteria"));
  gtk_list_box_append (GTK_LIST_BOX (criteria_list), vb_transition_criteria_row_new (phase));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), criteria_list);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (tasks_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (tasks_list, "boxed-list");
  vb_set_accessible_label (tasks_list, tasks_label);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (tasks_list),
                                vb_placeholder_new (NULL, _("No tasks in this phase"),
                                                    _("Such as “Vendor’s agents finish product training”."),
                                                    NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (tasks_list), vb_transition_phase_get_items (phase),
                           create_task_row_cb, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), tasks_list);
  update_group (self, group);
  return group;
}

static void
rebuild_phases (VbTransitionPage *self)
{
  GListModel *phases = vb_project_get_transition_phases (project_of (self));
  guint n = g_list_model_get_n_items (phases);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->phases_box)))
    gtk_box_remove (GTK_BOX (self->phases_box), child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbTransitionPhase) phase = g_list_model_get_item (phases, i);

      gtk_box_append (GTK_BOX (self->phases_box), phase_group_new (self, phase));
    }
  gtk_widget_set_visible (self->empty_page, n == 0);
  gtk_widget_set_visible (self->phases_box, n > 0);
  update_progress (self);
}

static void
on_phases_changed_cb (GListModel       *model,
                      guint             position,
                      guint             removed,
                      guint             added,
                      VbTransitionPage *self)
{
  rebuild_phases (self);
}

/* ------------------------------------------------------------ actions */

static void
add_phase_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbTransitionPhase *phase = vb_project_add_transition_phase (project_of (self), &error);
  GtkWidget *group;

  if (phase == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  group = find_group (self, phase);
  if (group)
    {
      GtkWidget *criteria = vb_field_find (group, "name");
      GtkWidget *row = gtk_widget_get_ancestor (criteria, ADW_TYPE_EXPANDER_ROW);

      if (row)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      vb_focus_widget (criteria ? criteria : group);
    }
}

static void
add_task_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (widget);
  VbTransitionPhase *phase = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                                  VB_TYPE_TRANSITION_PHASE);
  g_autoptr(GError) error = NULL;
  VbTransitionItem *item;

  if (phase == NULL)
    return;
  item = vb_transition_phase_add_item (phase, &error);
  if (item == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  open_task (self, item, "title");
}

static void
confirm_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (widget);
  VbRecord *item = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                        VB_TYPE_TRANSITION_ITEM);
  g_autoptr(GError) error = NULL;

  if (item && !vb_record_confirm (item, &error))
    vb_report_error (widget, error);
}

/* Removing is undone, not confirmed (GNOME HIG): a toast offers Undo */
static void
remove_task_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (widget);
  VbTransitionItem *item = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                                VB_TYPE_TRANSITION_ITEM);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row, *list, *group;
  GtkListBoxRow *next = NULL;
  int position;

  if (item == NULL)
    return;
  row = find_task_row (self, item);
  group = find_group (self, vb_transition_item_get_phase (item));
  list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;
  position = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : 0;
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_transition_item_get_title (item))
                           ? _("the task") : vb_transition_item_get_title (item));
  if (!vb_record_remove (VB_RECORD (item), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  /* focus goes to the neighbour, never to nowhere */
  if (list)
    {
      next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position);
      if (next == NULL && position > 0)
        next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position - 1);
    }
  if (next)
    vb_focus_widget (GTK_WIDGET (next));
  else if (group)
    vb_focus_widget (adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group)));
}

static void
export_to (VbTransitionPage *self,
           const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;

  if (!vb_calendar_write_project_file (project_of (self), g_get_real_time () / G_USEC_PER_SEC, path, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  base = g_path_get_basename (path);
  /* Translators: a toast; %s is the file's name */
  message = g_strdup_printf (_("Saved the calendar as “%s”"), base);
  vb_show_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
export_calendar_action (GtkWidget *widget, const char *name, GVariant *param)
{
  export_to (VB_TRANSITION_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
on_export_response_cb (GtkNativeDialog  *dialog,
                       int               response,
                       VbTransitionPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    return;
  if (!g_str_has_suffix (path, ".ics"))
    {
      char *with = g_strconcat (path, ".ics", NULL);

      g_free (path);
      path = with;
    }
  export_to (self, path);
}

static void
choose_export_calendar_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) ics = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *suggested = NULL;

  chooser = gtk_file_chooser_native_new (_("Export the Transition Calendar"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* the page keeps it until the next one */
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, g_object_unref);
  gtk_file_filter_set_name (ics, _("Calendar (iCalendar)"));
  gtk_file_filter_add_pattern (ics, "*.ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), ics);
  /* Translators: the suggested file name of the calendar export */
  base = vb_project_file_name_for (_("Transition"));
  suggested = g_strconcat (base, ".ics", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_transition_page_show_finding (VbStagePage *page,
                                 VbFinding   *finding)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (page);
  const char *subject = vb_finding_get_subject (finding);
  VbTransitionItem *item = subject ? vb_project_find_row (project_of (self), subject, VB_TYPE_TRANSITION_ITEM) : NULL;
  VbTransitionPhase *phase = subject && item == NULL
    ? vb_project_find_row (project_of (self), subject, VB_TYPE_TRANSITION_PHASE) : NULL;

  if (item)
    open_task (self, item, vb_finding_get_field (finding));
  else if (phase && find_group (self, phase))
    {
      GtkWidget *group = find_group (self, phase);
      GtkWidget *field = vb_finding_get_field (finding) ? vb_field_find (group, vb_finding_get_field (finding)) : NULL;
      GtkWidget *row = field ? gtk_widget_get_ancestor (field, ADW_TYPE_EXPANDER_ROW) : NULL;

      if (row)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      vb_focus_widget (field ? field : adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group)));
    }
  else if (gtk_widget_get_visible (self->empty_page))
    vb_focus_widget (self->add_phase_button);
}

static void
vb_transition_page_set_writable (VbStagePage *page,
                                 gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);

  VB_TRANSITION_PAGE (page)->writable = writable;
  gtk_widget_action_set_enabled (widget, "transition.add-phase", writable);
  gtk_widget_action_set_enabled (widget, "transition.add-task", writable);
  gtk_widget_action_set_enabled (widget, "transition.confirm", writable);
  gtk_widget_action_set_enabled (widget, "transition.remove-task", writable);
}

static GtkWidget *
vb_transition_page_get_initial_focus (VbStagePage *page)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (page);
  GtkWidget *group = gtk_widget_get_first_child (self->phases_box);

  if (group == NULL)
    return self->add_phase_button;
  return adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group));
}

static void
vb_transition_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_transition_page_show_finding;
  iface->set_writable = vb_transition_page_set_writable;
  iface->get_initial_focus = vb_transition_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbTransitionPage *self)
{
  VbProject *project = project_of (self);
  GtkWidget *icon = gtk_widget_get_first_child (self->overdue_box);

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_TRANSITION));
  g_signal_connect_object (vb_project_get_transition_phases (project), "items-changed",
                           G_CALLBACK (on_phases_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  rebuild_phases (self);
}

static void
vb_transition_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_transition_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_transition_page_constructed (GObject *object)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (object);

  G_OBJECT_CLASS (vb_transition_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_transition_page_dispose (GObject *object)
{
  VbTransitionPage *self = VB_TRANSITION_PAGE (object);

  g_object_set_data (object, CHOOSER_KEY, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_TRANSITION_PAGE);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_transition_page_parent_class)->dispose (object);
}

static void
vb_transition_page_class_init (VbTransitionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_transition_page_dispose;
  object_class->constructed = vb_transition_page_constructed;
  object_class->set_property = vb_transition_page_set_property;
  object_class->get_property = vb_transition_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-transition-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, overdue_box);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, add_phase_button);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, phases_box);
  gtk_widget_class_bind_template_child (widget_class, VbTransitionPage, footer_box);

  gtk_widget_class_install_action (widget_class, "transition.add-phase", NULL, add_phase_action);
  gtk_widget_class_install_action (widget_class, "transition.add-task", "s", add_task_action);
  gtk_widget_class_install_action (widget_class, "transition.confirm", "s", confirm_action);
  gtk_widget_class_install_action (widget_class, "transition.remove-task", "s", remove_task_action);
  gtk_widget_class_install_action (widget_class, "transition.choose-export-calendar", NULL,
                                   choose_export_calendar_action);
  gtk_widget_class_install_action (widget_class, "transition.export-calendar", "s", export_calendar_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_transition_page_init (VbTransitionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
