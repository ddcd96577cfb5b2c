/* vb-window-view.c — the project view of a window: its title and banner,
 * the sidebar of stages, the page shown, and the keyboard between them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view's widgets come from vb-project-view.ui and are built when the
 * window shows its first project (vb_window_build_project_view()), so a
 * window that starts on the welcome page draws its first frame without
 * them; until then every pointer to them in VbWindow is NULL. The window
 * knows the pages only through VbStagePage and the table of
 * vb-stage-pages.c.
 *
 * Keyboard: Tab leaves the sidebar for the page it controls (the
 * selection follows the arrow keys, not Tab); F6 moves between the
 * sidebar and the page; Alt+1 … Alt+9 show the stages.
 */
#define G_LOG_DOMAIN "vb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-application.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-view.h"
#include "vb-stage-page.h"
#include "vb-stage-pages.h"
#include "vb-window-private.h"

/* ------------------------------------------------------------ title and banner */

void
vb_window_update_title (VbWindow *self)
{
  VbProject *project = self->context ? vb_context_get_project (self->context) : NULL;
  const char *name;
  g_autofree char *folder = NULL;

  if (project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Vendorbench"));
      return;
    }
  name = vb_project_get_name (project);
  if (name == NULL || *name == '\0')
    name = _("Untitled Project");
  if (vb_project_get_is_sample (project))
    folder = g_strdup (_("Sample project"));
  else
    folder = vb_display_folder (vb_project_get_path (project));
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, folder);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

void
vb_window_update_info_bar (VbWindow *self)
{
  VbProject *project = self->context ? vb_context_get_project (self->context) : NULL;
  const char *text = NULL;

  if (self->project_view == NULL)
    return;
  if (project && vb_project_get_is_sample (project))
    {
      text = _("The sample project: a fresh copy each time. Save a copy to keep your changes.");
      gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_INFO);
    }
  else if (project && vb_project_get_read_only (project))
    {
      switch (vb_project_get_read_only_reason (project))
        {
        case VB_READ_ONLY_FILE:
          text = _("This project file is write-protected, so changes cannot be saved. Save a copy to "
                   "work on it, or allow writing to the file in its properties.");
          break;
        case VB_READ_ONLY_MEDIA:
          text = _("This project is on a disk that cannot be written to, so changes cannot be saved. "
                   "Save a copy on your own disk to work on it.");
          break;
        case VB_READ_ONLY_FOLDER:
        default:
          text = _("The folder of this project cannot be written to, so changes cannot be saved. "
                   "Save a copy in one of your folders to work on it.");
          break;
        }
      gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_WARNING);
    }
  gtk_label_set_text (self->info_label, text ? text : "");
  gtk_info_bar_set_revealed (self->info_bar, text != NULL);
}

gboolean
vb_window_get_info_bar_visible (VbWindow    *self,
                                const char **message)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), FALSE);
  if (self->project_view == NULL)
    {
      if (message)
        *message = "";
      return FALSE;
    }
  if (message)
    *message = gtk_label_get_text (self->info_label);
  return gtk_info_bar_get_revealed (self->info_bar);
}

/* ------------------------------------------------------------ sidebar */

static void
update_stage_rows (VbWindow *self)
{
  VbGuide *guide = vb_context_get_guide (self->context);

  for (guint i = 0; self->stage_rows && i < self->stage_rows->len; i++)
    {
      VbStageRow *sr = &g_array_index (self->stage_rows, VbStageRow, i);
      g_autofree char *label = NULL;
      const char *title = vb_stage_get_title (sr->stage);

      if (sr->stage == VB_STAGE_DASHBOARD)
        {
          g_autofree char *pct = vb_format_percent (100 * vb_guide_get_progress (guide), 0);

          gtk_label_set_text (GTK_LABEL (sr->count), pct);
          gtk_widget_set_tooltip_text (sr->count, _("Progress through the whole journey"));
          gtk_widget_set_visible (sr->count, TRUE);
          gtk_widget_set_visible (sr->check, FALSE);
          /* Translators: the sidebar row of the dashboard, e.g. “Dashboard, 15% of the journey done” */
          label = g_strdup_printf (_("%s, %s of the journey done"), title, pct);
        }
      else if (vb_guide_stage_is_complete (guide, sr->stage))
        {
          gtk_widget_set_visible (sr->check, TRUE);
          gtk_widget_set_visible (sr->count, FALSE);
          /* Translators: a sidebar row, e.g. “Goals & Scope, complete” */
          label = g_strdup_printf (_("%s, complete"), title);
        }
      else
        {
          guint n = vb_guide_count_next_steps (guide, sr->stage);
          g_autofree char *text = g_strdup_printf ("%u", n);
          g_autofree char *what = g_strdup_printf (ngettext ("%u open next step", "%u open next steps", n), n);

          gtk_label_set_text (GTK_LABEL (sr->count), text);
          gtk_widget_set_tooltip_text (sr->count, what);
          gtk_widget_set_visible (sr->count, n > 0);
          gtk_widget_set_visible (sr->check, FALSE);
          /* Translators: a sidebar row, e.g. “Vendors, 2 open next steps” */
          label = g_strdup_printf (_("%s, %s"), title, what);
        }
      vb_set_accessible_label (sr->row, label);
    }
}

static void
on_findings_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        VbWindow   *self)
{
  update_stage_rows (self);
}

static void
add_stage_row (VbWindow *self,
               VbStage   stage)
{
  VbStageRow sr = { stage };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (vb_stage_get_title (stage));
  GtkWidget *image = gtk_image_new_from_icon_name (vb_stage_get_icon_name (stage));

  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  sr.check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (sr.check, "success");
  gtk_widget_set_tooltip_text (sr.check, _("Complete"));
  vb_set_accessible_label (sr.check, _("Complete"));
  sr.count = gtk_label_new (NULL);
  gtk_widget_add_css_class (sr.count, stage == VB_STAGE_DASHBOARD ? "dim-label" : "vb-badge");
  gtk_widget_add_css_class (sr.count, "numeric");
  gtk_widget_set_valign (sr.count, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sr.check);
  gtk_box_append (GTK_BOX (box), sr.count);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  sr.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (sr.row), box);
  g_object_set_data (G_OBJECT (sr.row), "vb-stage", GINT_TO_POINTER (stage));
  gtk_list_box_append (self->stage_list, sr.row);
  g_array_append_val (self->stage_rows, sr);
}

/* ------------------------------------------------------------ pages */

/**
 * vb_window_get_stage_page:
 *
 * The page of @stage, built the first time it is asked for: opening a
 * project draws its dashboard first, and start-up does not wait for the
 * others.
 *
 * Returns: (transfer none) (nullable): NULL for a stage with no page
 */
GtkWidget *
vb_window_get_stage_page (VbWindow *self,
                          VbStage   stage)
{
  GtkWidget *page;
  VbProject *project;

  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);

  if (self->pages[stage] != NULL || self->context == NULL)
    return self->pages[stage];
  page = vb_stage_page_new_for (stage, self->context);
  if (page == NULL)
    return NULL;
  project = vb_context_get_project (self->context);
  vb_stage_page_set_writable (VB_STAGE_PAGE (page), !vb_project_get_read_only (project));
  gtk_stack_add_named (self->content_stack, page, vb_stage_get_id (stage));
  self->pages[stage] = page;
  return page;
}

static void
on_stage_row_selected_cb (GtkListBox    *box,
                          GtkListBoxRow *row,
                          VbWindow      *self)
{
  VbStage stage;
  GtkWidget *page;

  if (row == NULL)
    return;
  stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage"));
  page = vb_window_get_stage_page (self, stage);
  if (page == NULL)
    return;
  /* GTK 4.8 shows the hidden pages of a stack to screen readers as if they
   * were on screen: keep only the visible page visible. */
  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child (self->content_stack, page);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->content_stack)); c;
       c = gtk_widget_get_next_sibling (c))
    if (c != page)
      gtk_widget_set_visible (c, FALSE);
  vb_window_update_actions (self);
}

static void
on_stage_row_activated_cb (GtkListBox    *box,
                           GtkListBoxRow *row,
                           VbWindow      *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  vb_window_focus_content (self);
}

void
vb_window_show_stage (VbWindow *self,
                      VbStage   stage)
{
  g_return_if_fail (VB_IS_WINDOW (self));

  for (guint i = 0; self->stage_rows && i < self->stage_rows->len; i++)
    {
      VbStageRow *sr = &g_array_index (self->stage_rows, VbStageRow, i);

      if (sr->stage == stage)
        {
          gtk_list_box_select_row (self->stage_list, GTK_LIST_BOX_ROW (sr->row));
          adw_leaflet_set_visible_child (self->leaflet, self->content_box);
          return;
        }
    }
}

VbStage
vb_window_get_visible_stage (VbWindow *self)
{
  const char *name;
  VbStage stage = VB_STAGE_DASHBOARD;

  g_return_val_if_fail (VB_IS_WINDOW (self), VB_STAGE_DASHBOARD);
  if (self->content_stack == NULL)
    return stage;
  name = gtk_stack_get_visible_child_name (self->content_stack);
  if (name)
    vb_stage_from_id (name, &stage);
  return stage;
}

/**
 * vb_window_show_finding:
 * @rule_id: the finding's rule
 * @subject: (nullable): the row it is about
 *
 * Shows the finding's stage and asks its page to do what fixes it: the
 * buttons of the footers and of the dashboard come here.
 */
void
vb_window_show_finding (VbWindow   *self,
                        const char *rule_id,
                        const char *subject)
{
  VbFinding *finding;
  GtkWidget *page;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_return_if_fail (rule_id != NULL);

  if (self->context == NULL)
    return;
  finding = vb_guide_lookup (vb_context_get_guide (self->context), rule_id, subject);
  if (finding == NULL)
    return;   /* fixed meanwhile */
  g_object_ref (finding);
  vb_window_show_stage (self, vb_finding_get_stage (finding));
  page = vb_window_get_stage_page (self, vb_finding_get_stage (finding));
  if (page && gtk_stack_get_visible_child (self->content_stack) == page)
    vb_stage_page_show_finding (VB_STAGE_PAGE (page), finding);
  g_object_unref (finding);
}

/* The back button: back inside the page first, then to the stages */
void
vb_window_navigate_back (VbWindow *self)
{
  GtkWidget *page;

  if (self->project_view == NULL)
    return;
  page = gtk_stack_get_visible_child (self->content_stack);
  if (page && VB_IS_STAGE_PAGE (page) && vb_stage_page_navigate_back (VB_STAGE_PAGE (page)))
    return;
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  vb_window_focus_sidebar (self);
}

void
vb_window_focus_sidebar (VbWindow *self)
{
  GtkListBoxRow *row;

  if (self->project_view == NULL)
    return;
  row = gtk_list_box_get_selected_row (self->stage_list);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  if (row)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->stage_list));
}

/* Focus the page shown: where it wants focus, else its first control */
void
vb_window_focus_content (VbWindow *self)
{
  GtkWidget *page = self->content_stack ? gtk_stack_get_visible_child (self->content_stack) : NULL;
  GtkWidget *target;

  if (page == NULL)
    return;
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  target = VB_IS_STAGE_PAGE (page) ? vb_stage_page_get_initial_focus (VB_STAGE_PAGE (page)) : NULL;
  if (target == NULL || !gtk_widget_grab_focus (target))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* The leaflet goes back by itself too (Alt+Left and the swipe are its
 * own, and it takes them before the window's win.back binding): then
 * the keyboard goes where win.back puts it, on the stage shown, not on
 * the first button of the sidebar's header */
static void
on_leaflet_visible_child_cb (AdwLeaflet *leaflet,
                             GParamSpec *pspec,
                             VbWindow   *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (self->context == NULL || !adw_leaflet_get_folded (leaflet) ||
      adw_leaflet_get_visible_child (leaflet) != self->sidebar)
    return;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stage_list)))
    vb_window_focus_sidebar (self);
}

/* Tab in the sidebar goes to the page it controls, not to the next stage */
static gboolean
on_sidebar_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           VbWindow              *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && mods == 0)
    {
      vb_window_focus_content (self);
      return TRUE;
    }
  return FALSE;
}

/* GTK 4.8 names an icon-only menu button (and the toggle button inside it)
 * by its type; give both a real name. */
static void
label_menu_button (GtkWidget  *button,
                   const char *label)
{
  vb_set_accessible_label (button, label);
  for (GtkWidget *c = gtk_widget_get_first_child (button); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c))
      vb_set_accessible_label (c, label);
}

/* A menu is built the first time it opens: three popover menus made at
 * start-up cost about 5 % of the time to the first frame */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       model)
{
  gtk_menu_button_set_menu_model (button, model);
}

/* A main-menu button: named, its menu built when it first opens */
void
vb_window_prepare_menu_button (GtkWidget  *button,
                               GMenuModel *model)
{
  label_menu_button (button, _("Main Menu"));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu_cb, model, NULL);
}

/* ------------------------------------------------------------ project view */

#define VIEW_CHILD(name) vb_project_view_get_child (VB_PROJECT_VIEW (self->project_view), name)

/* The project view is built when the first project opens: a window that
 * starts on the welcome page draws its first frame without it */
static void
ensure_project_view (VbWindow *self)
{
  GtkEventController *keys;

  if (self->project_view != NULL)
    return;
  self->project_view = vb_project_view_new ();
  self->leaflet = VIEW_CHILD ("leaflet");
  self->sidebar = VIEW_CHILD ("sidebar");
  self->stage_list = VIEW_CHILD ("stage_list");
  self->content_box = VIEW_CHILD ("content_box");
  self->window_title = VIEW_CHILD ("window_title");
  self->back_button = VIEW_CHILD ("back_button");
  self->info_bar = VIEW_CHILD ("info_bar");
  self->info_label = VIEW_CHILD ("info_label");
  self->info_button = VIEW_CHILD ("info_button");
  self->busy_revealer = VIEW_CHILD ("busy_revealer");
  self->busy_label = VIEW_CHILD ("busy_label");
  self->busy_progress = VIEW_CHILD ("busy_progress");
  self->content_stack = VIEW_CHILD ("content_stack");
  self->primary_menu_button = VIEW_CHILD ("primary_menu_button");
  self->sidebar_menu_button = VIEW_CHILD ("sidebar_menu_button");
  self->undo_button = VIEW_CHILD ("undo_button");
  self->redo_button = VIEW_CHILD ("redo_button");

  vb_window_prepare_menu_button (self->primary_menu_button, self->primary_menu);
  vb_window_prepare_menu_button (self->sidebar_menu_button, self->primary_menu);

  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (vb_window_navigate_back), self);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (vb_window_queue_update_actions), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_visible_child_cb), self);
  g_signal_connect (self->stage_list, "row-selected", G_CALLBACK (on_stage_row_selected_cb), self);
  g_signal_connect (self->stage_list, "row-activated", G_CALLBACK (on_stage_row_activated_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sidebar_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->stage_list), keys);

  gtk_stack_add_named (self->main_stack, self->project_view, "project");
}

#undef VIEW_CHILD

/* The window shows its project: the sidebar lists the stages this version
 * has (each page is built when first shown) */
void
vb_window_build_project_view (VbWindow *self)
{
  g_return_if_fail (self->context != NULL);

  ensure_project_view (self);
  g_signal_connect_object (vb_guide_get_findings (vb_context_get_guide (self->context)), "items-changed",
                           G_CALLBACK (on_findings_changed_cb), self, 0);
  for (VbStage s = VB_STAGE_DASHBOARD; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s))
      add_stage_row (self, s);
  update_stage_rows (self);
}

/* After the template is disposed, the view's widgets are gone with it */
void
vb_window_forget_project_view (VbWindow *self)
{
  self->project_view = NULL;
  self->leaflet = NULL;
  self->sidebar = NULL;
  self->stage_list = NULL;
  self->content_box = NULL;
  self->window_title = NULL;
  self->back_button = NULL;
  self->info_bar = NULL;
  self->info_label = NULL;
  self->info_button = NULL;
  self->busy_revealer = NULL;
  self->busy_label = NULL;
  self->busy_progress = NULL;
  self->content_stack = NULL;
  self->primary_menu_button = NULL;
  self->sidebar_menu_button = NULL;
  self->undo_button = NULL;
  self->redo_button = NULL;
}

/**
 * vb_window_get_project_view:
 *
 * Returns: (transfer none) (nullable): the project view, %NULL until the
 *   window has shown a project
 */
GtkWidget *
vb_window_get_project_view (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->project_view;
}

