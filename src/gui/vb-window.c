/* vb-window.c — a project window (or the welcome page when it has none)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window holds the sidebar of stages and the page of the stage shown;
 * it knows the pages only through VbStagePage and the table of
 * vb-stage-pages.c. Its actions, and the one function that enables them,
 * are in vb-window-actions.c.
 *
 * Keyboard: Tab leaves the sidebar for the page it controls (the
 * selection follows the arrow keys, not Tab); F6 moves between the
 * sidebar and the page; Alt+1 … Alt+9 show the stages.
 */
#define G_LOG_DOMAIN "vb-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "vb-application.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"
#include "vb-stage-page.h"
#include "vb-stage-pages.h"
#include "vb-welcome-page.h"
#include "vb-window-private.h"

G_DEFINE_FINAL_TYPE (VbWindow, vb_window, ADW_TYPE_APPLICATION_WINDOW)

static void on_project_changed_cb (VbProject *project, VbWindow *self);

/* ------------------------------------------------------------ messages */

void
vb_window_add_toast (VbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (VB_IS_WINDOW (self));
  vb_toast_overlay_add (self->toast_overlay, toast);
}

void
vb_window_show_error (VbWindow   *self,
                      const char *message)
{
  AdwToast *toast;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_debug ("%s", message);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 10);
  vb_toast_overlay_add (self->toast_overlay, toast);
}

/* Opening a file can fail for many reasons; the core's message says which,
 * in words for a business owner: show it whole, in a dialog. */
void
vb_window_show_open_error (VbWindow   *self,
                           const char *path,
                           const char *message)
{
  GtkWidget *dialog;
  g_autofree char *base = path ? g_path_get_basename (path) : NULL;
  g_autofree char *heading = base ? g_strdup_printf (_("Could Not Open “%s”"), base)
                                  : g_strdup (_("Could Not Open the Project"));

  g_return_if_fail (VB_IS_WINDOW (self));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

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
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);

  if (page && VB_IS_STAGE_PAGE (page) && vb_stage_page_navigate_back (VB_STAGE_PAGE (page)))
    return;
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  vb_window_focus_sidebar (self);
}

static void
on_back_clicked_cb (GtkButton *button,
                    VbWindow  *self)
{
  vb_window_navigate_back (self);
}

void
vb_window_focus_sidebar (VbWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->stage_list);

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
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);
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

/* ------------------------------------------------------------ project */

static void
on_project_notify_cb (VbProject  *project,
                      GParamSpec *pspec,
                      VbWindow   *self)
{
  vb_window_update_title (self);
  vb_window_update_info_bar (self);
  vb_window_update_actions (self);
}

/* The window shows “Opening …” while a project is read in the background;
 * NULL goes back to the welcome page */
void
vb_window_set_loading (VbWindow   *self,
                       const char *what)
{
  g_return_if_fail (VB_IS_WINDOW (self));

  if (self->context != NULL)
    return;
  if (what)
    {
      g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), what);

      gtk_label_set_text (GTK_LABEL (self->loading_label), text);
      gtk_stack_set_visible_child_name (self->main_stack, "loading");
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  vb_window_update_actions (self);
}

gboolean
vb_window_get_loading (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "loading") == 0;
}

void
vb_window_set_project (VbWindow  *self,
                       VbProject *project)
{
  const char *initial;
  VbStage stage;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (self->context == NULL);

  self->context = vb_context_new (project);

  g_signal_connect_object (project, "notify", G_CALLBACK (on_project_notify_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect_object (vb_project_get_settings (project), "notify::name",
                           G_CALLBACK (vb_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vb_guide_get_findings (vb_context_get_guide (self->context)), "items-changed",
                           G_CALLBACK (on_findings_changed_cb), self, 0);

  /* the sidebar lists the stages this version has; each page is built when shown */
  for (VbStage s = VB_STAGE_DASHBOARD; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s))
      add_stage_row (self, s);

  update_stage_rows (self);
  vb_window_update_title (self);
  vb_window_update_info_bar (self);
  gtk_stack_set_visible_child_name (self->main_stack, "project");

  initial = g_getenv ("VB_TEST_STAGE");
  if (initial == NULL || !vb_stage_from_id (initial, &stage))
    stage = VB_STAGE_DASHBOARD;
  vb_window_show_stage (self, stage);
  vb_window_update_actions (self);
  /* the page takes the keyboard, not the menu button */
  vb_window_focus_content (self);
}

VbProject *
vb_window_get_project (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->context ? vb_context_get_project (self->context) : NULL;
}

VbContext *
vb_window_get_context (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->context;
}

VbGuide *
vb_window_get_guide (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->context ? vb_context_get_guide (self->context) : NULL;
}

/* ------------------------------------------------------------ Ctrl+Z in a field
 *
 * GtkText binds Ctrl+Z to its own text.undo, and in GTK 4.8 that action is
 * always enabled, so the key never reaches the window when a field has focus.
 * A capture-phase handler decides instead: typing not yet committed to the
 * project is GtkText's to undo; otherwise the key undoes the last project
 * edit. After each commit the focused field's own history is cleared, so its
 * history only ever holds typing that is not in the project yet.
 */

static void
set_focus_text (VbWindow  *self,
                GtkWidget *text)
{
  if (self->focus_text)
    g_object_remove_weak_pointer (G_OBJECT (self->focus_text), (gpointer *) &self->focus_text);
  self->focus_text = text;
  if (text)
    g_object_add_weak_pointer (G_OBJECT (text), (gpointer *) &self->focus_text);
  g_free (self->focus_committed);
  self->focus_committed = text ? g_strdup (gtk_editable_get_text (GTK_EDITABLE (text))) : NULL;
}

static void
on_focus_widget_changed_cb (GtkWindow  *window,
                            GParamSpec *pspec,
                            VbWindow   *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus != self->focus_text)
    set_focus_text (self, GTK_IS_TEXT (focus) ? focus : NULL);
}

static gboolean
snapshot_focus_text_cb (gpointer data)
{
  VbWindow *self = data;
  GtkWidget *text = self->focus_text;

  self->snapshot_idle = 0;
  if (text && gtk_editable_get_enable_undo (GTK_EDITABLE (text)))
    {
      /* switching undo off and on drops the field's own history */
      gtk_editable_set_enable_undo (GTK_EDITABLE (text), FALSE);
      gtk_editable_set_enable_undo (GTK_EDITABLE (text), TRUE);
    }
  set_focus_text (self, text);
  return G_SOURCE_REMOVE;
}

static void
on_project_changed_cb (VbProject *project,
                       VbWindow  *self)
{
  if (self->snapshot_idle == 0)
    self->snapshot_idle = g_idle_add (snapshot_focus_text_cb, self);
}

static gboolean
on_undo_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        VbWindow              *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  GtkWidget *focus;
  gboolean redo;

  if (keyval == GDK_KEY_z && mods == GDK_CONTROL_MASK)
    redo = FALSE;
  else if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z) && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    redo = TRUE;
  else
    return FALSE;

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (!GTK_IS_TEXT (focus) || self->context == NULL)
    return FALSE;   /* the bubble-phase bindings (or the focused widget) handle it */
  if (focus != self->focus_text)
    set_focus_text (self, focus);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (focus)), self->focus_committed) != 0)
    return FALSE;   /* uncommitted typing: GtkText undoes it itself */
  gtk_widget_activate_action (GTK_WIDGET (self), redo ? "win.redo" : "win.undo", NULL);
  return TRUE;
}

/* ------------------------------------------------------------ drag and drop */

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            VbWindow      *self)
{
  GSList *files;
  gboolean any = FALSE;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !VB_IS_APPLICATION (app))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path == NULL)
        continue;
      any = TRUE;
      vb_application_open_path (VB_APPLICATION (app), path, GTK_WINDOW (self));
    }
  g_slist_free (files);
  return any;
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

static void
set_menu_later (GtkWidget  *button,
                GMenuModel *model)
{
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu_cb, model, NULL);
}

/* ------------------------------------------------------------ GObject */

static gboolean
vb_window_close_request (GtkWindow *window)
{
  VbWindow *self = VB_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);

  if (self->busy_cancellable)
    g_cancellable_cancel (self->busy_cancellable);
  if (VB_IS_APPLICATION (app))
    {
      GSettings *settings = vb_application_get_settings (VB_APPLICATION (app));
      gboolean maximized = gtk_window_is_maximized (window);

      g_settings_set_boolean (settings, "window-maximized", maximized);
      if (!maximized)
        {
          int w = gtk_widget_get_width (GTK_WIDGET (window));
          int h = gtk_widget_get_height (GTK_WIDGET (window));

          if (w > 0 && h > 0)
            {
              g_settings_set_int (settings, "window-width", w);
              g_settings_set_int (settings, "window-height", h);
            }
        }
    }
  return GTK_WINDOW_CLASS (vb_window_parent_class)->close_request (window);
}

static void
vb_window_dispose (GObject *object)
{
  VbWindow *self = VB_WINDOW (object);

  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->busy_cancellable)
    g_cancellable_cancel (self->busy_cancellable);
  g_clear_object (&self->busy_cancellable);
  g_clear_handle_id (&self->snapshot_idle, g_source_remove);
  set_focus_text (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_WINDOW);
  memset (self->pages, 0, sizeof self->pages);
  if (self->context)
    vb_project_close (vb_context_get_project (self->context));
  g_clear_object (&self->context);
  g_clear_pointer (&self->stage_rows, g_array_unref);
  g_clear_pointer (&self->undo_shown, g_free);
  g_clear_pointer (&self->redo_shown, g_free);
  G_OBJECT_CLASS (vb_window_parent_class)->dispose (object);
}

static void
vb_window_class_init (VbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vb_window_dispose;
  window_class->close_request = vb_window_close_request;

  g_type_ensure (VB_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, stage_list);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, info_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, busy_revealer);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, busy_label);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, busy_progress);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_menu);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, undo_section);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  vb_window_class_init_actions (widget_class);
}

static void
vb_window_init (VbWindow *self)
{
  GtkDropTarget *target;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stage_rows = g_array_new (FALSE, TRUE, sizeof (VbStageRow));
  label_menu_button (self->welcome_menu_button, _("Main Menu"));
  label_menu_button (self->primary_menu_button, _("Main Menu"));
  label_menu_button (self->sidebar_menu_button, _("Main Menu"));
  set_menu_later (self->welcome_menu_button, self->welcome_menu);
  set_menu_later (self->primary_menu_button, self->primary_menu);
  set_menu_later (self->sidebar_menu_button, self->primary_menu);

  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (vb_window_update_actions), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_visible_child_cb), self);
  g_signal_connect (self->stage_list, "row-selected", G_CALLBACK (on_stage_row_selected_cb), self);
  g_signal_connect (self->stage_list, "row-activated", G_CALLBACK (on_stage_row_activated_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sidebar_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->stage_list), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "vb-undo-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_undo_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed_cb), self);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  vb_window_update_actions (self);
}

GtkWidget *
vb_window_new (GtkApplication *app)
{
  VbWindow *self = g_object_new (VB_TYPE_WINDOW, "application", app, NULL);

  /* new windows open at the size of the last one closed */
  if (VB_IS_APPLICATION (app))
    {
      GSettings *settings = vb_application_get_settings (VB_APPLICATION (app));
      GSettingsBindFlags flags = G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES;

      g_settings_bind (settings, "window-width", self, "default-width", flags);
      g_settings_bind (settings, "window-height", self, "default-height", flags);
      g_settings_bind (settings, "window-maximized", self, "maximized", flags);
    }
  return GTK_WIDGET (self);
}
