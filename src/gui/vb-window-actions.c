/* vb-window-actions.c — every action of a project window, and the one
 * place that enables them
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in GNOME Text Editor: all actions are installed in one table and
 * enabled or disabled in vb_window_update_actions(), read-only state
 * included — so for a read-only project every editing action, every
 * finding's fix button (win.show-finding), every dismiss and restore
 * button and every page's own editing actions are off, from here.
 */
#define G_LOG_DOMAIN "vb-window-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vb-application.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-new-project-dialog.h"
#include "vb-reason-dialog.h"
#include "vb-stage-page.h"
#include "vb-window-private.h"

/* ------------------------------------------------------------ helpers */

static VbApplication *
get_app (VbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  return VB_IS_APPLICATION (app) ? VB_APPLICATION (app) : NULL;
}

static VbProject *
project_of (VbWindow *self)
{
  return self->context ? vb_context_get_project (self->context) : NULL;
}

/* A menu label shows underscores as mnemonics: double them */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/* The undo and redo buttons and menu items name the edit they take back or
 * make again: “Undo: Move Acme to Shortlist”. Rebuilt only when that
 * changes. */
static void
update_undo_labels (VbWindow *self,
                    gboolean  can_undo,
                    gboolean  can_redo)
{
  VbProject *project = project_of (self);
  const char *undo = can_undo ? vb_project_get_undo_summary (project) : NULL;
  const char *redo = can_redo ? vb_project_get_redo_summary (project) : NULL;
  g_autofree char *undo_key = g_strdup_printf ("%d%s", can_undo, undo ? undo : "");
  g_autofree char *redo_key = g_strdup_printf ("%d%s", can_redo, redo ? redo : "");
  g_autofree char *undo_tip = NULL, *redo_tip = NULL, *undo_item = NULL, *redo_item = NULL;
  g_autoptr(GMenuItem) item = NULL;

  if (g_strcmp0 (undo_key, self->undo_shown) == 0 && g_strcmp0 (redo_key, self->redo_shown) == 0)
    return;
  g_free (self->undo_shown);
  g_free (self->redo_shown);
  self->undo_shown = g_steal_pointer (&undo_key);
  self->redo_shown = g_steal_pointer (&redo_key);

  if (undo && *undo)
    {
      g_autofree char *escaped = escape_mnemonic (undo);
      /* Translators: the undo button's tooltip, e.g. “Undo: Move Acme to Shortlist” */
      undo_tip = g_strdup_printf (_("Undo: %s"), undo);
      /* Translators: the Undo menu item with the edit it takes back; keep the mnemonic */
      undo_item = g_strdup_printf (_("_Undo: %s"), escaped);
    }
  if (redo && *redo)
    {
      g_autofree char *escaped = escape_mnemonic (redo);
      /* Translators: the redo button's tooltip, e.g. “Redo: Move Acme to Shortlist” */
      redo_tip = g_strdup_printf (_("Redo: %s"), redo);
      /* Translators: the Redo menu item with the edit it makes again; keep the mnemonic */
      redo_item = g_strdup_printf (_("_Redo: %s"), escaped);
    }
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip ? undo_tip : can_undo ? _("Undo") : _("Nothing to undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip ? redo_tip : can_redo ? _("Redo") : _("Nothing to redo"));

  g_menu_remove_all (self->undo_section);
  item = g_menu_item_new (undo_item ? undo_item : _("_Undo"), "win.undo");
  g_menu_item_set_attribute (item, "accel", "s", "<Control>z");
  g_menu_append_item (self->undo_section, item);
  g_clear_object (&item);
  item = g_menu_item_new (redo_item ? redo_item : _("_Redo"), "win.redo");
  g_menu_item_set_attribute (item, "accel", "s", "<Control><Shift>z");
  g_menu_append_item (self->undo_section, item);
}

/**
 * vb_window_update_actions:
 *
 * The one place that enables and disables the window's actions and tells
 * every page whether it may edit.
 */
void
vb_window_update_actions (VbWindow *self)
{
  VbProject *project = project_of (self);
  gboolean has = project != NULL;
  gboolean busy = self->busy_cancellable != NULL;
  gboolean writable = has && !vb_project_get_read_only (project) && !busy;
  gboolean sample = has && vb_project_get_is_sample (project);
  gboolean can_undo = writable && vb_project_get_can_undo (project);
  gboolean can_redo = writable && vb_project_get_can_redo (project);
  GtkWidget *page = has ? gtk_stack_get_visible_child (self->content_stack) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  if (has)
    update_undo_labels (self, can_undo, can_redo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", has && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move", writable && !sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename", writable && !sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-stage", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-stage-number", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.focus-sidebar", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-finding", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-finding", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-finding", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-busy", busy);

  for (VbStage s = 0; s < VB_N_STAGES; s++)
    if (self->pages[s])
      vb_stage_page_set_writable (VB_STAGE_PAGE (self->pages[s]), writable);

  /* one back button: back inside the page, else to the stages when folded */
  if (has)
    gtk_widget_set_visible (self->back_button,
                            adw_leaflet_get_folded (self->leaflet) ||
                            (page && VB_IS_STAGE_PAGE (page) && vb_stage_page_can_navigate_back (VB_STAGE_PAGE (page))));
}

/* ------------------------------------------------------------ busy */

/* Long work (a copy, a move across disks) runs in the background; the
 * window shows what it is doing, stays responsive, and takes no edits */
void
vb_window_begin_busy (VbWindow   *self,
                      const char *what)
{
  g_clear_object (&self->busy_cancellable);
  self->busy_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->busy_label, what);
  gtk_progress_bar_set_fraction (self->busy_progress, 0);
  gtk_revealer_set_reveal_child (self->busy_revealer, TRUE);
  vb_window_update_actions (self);
}

void
vb_window_end_busy (VbWindow *self)
{
  g_clear_object (&self->busy_cancellable);
  gtk_revealer_set_reveal_child (self->busy_revealer, FALSE);
  vb_window_update_actions (self);
}

GCancellable *
vb_window_start_busy (VbWindow   *self,
                      const char *what)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);

  if (self->busy_cancellable)
    return NULL;
  vb_window_begin_busy (self, what);
  gtk_progress_bar_pulse (self->busy_progress);
  return g_object_ref (self->busy_cancellable);
}

void
vb_window_stop_busy (VbWindow     *self,
                     GCancellable *cancellable)
{
  g_return_if_fail (VB_IS_WINDOW (self));

  /* another piece of work may have begun since */
  if (cancellable && self->busy_cancellable == cancellable)
    vb_window_end_busy (self);
}

static void
cancel_busy_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);

  if (self->busy_cancellable)
    g_cancellable_cancel (self->busy_cancellable);
}

/* ------------------------------------------------------------ edits */

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (project_of (self) && !vb_project_undo (project_of (self), &error))
    vb_window_show_error (self, error->message);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (project_of (self) && !vb_project_redo (project_of (self), &error))
    vb_window_show_error (self, error->message);
}

static void
show_error_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vb_window_show_error (VB_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* ------------------------------------------------------------ navigation */

static void
show_stage_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbStage stage;

  if (vb_stage_from_id (g_variant_get_string (param, NULL), &stage))
    {
      vb_window_show_stage (VB_WINDOW (widget), stage);
      vb_window_focus_content (VB_WINDOW (widget));
    }
}

/* Alt+1 … Alt+9: the stages of the sidebar, in order */
static void
show_stage_number_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  int n = g_variant_get_int32 (param);

  if (n >= 1 && (guint) n <= self->stage_rows->len)
    {
      vb_window_show_stage (self, g_array_index (self->stage_rows, VbStageRow, n - 1).stage);
      vb_window_focus_content (self);
    }
}

/* F6: between the sidebar and the page */
static void
focus_sidebar_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stage_list)))
    vb_window_focus_content (self);
  else
    vb_window_focus_sidebar (self);
}

static void
back_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vb_window_navigate_back (VB_WINDOW (widget));
}

/* “RULE_ID\x1fSUBJECT”: see VB_FINDING_TARGET_SEPARATOR */
static void
show_finding_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), VB_FINDING_TARGET_SEPARATOR, 2);

  if (parts[0] && *parts[0])
    vb_window_show_finding (VB_WINDOW (widget), parts[0], parts[1]);
}

static VbFinding *
finding_of (VbWindow   *self,
            GListModel *model,
            GVariant   *param)
{
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), VB_FINDING_TARGET_SEPARATOR, 2);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; parts[0] && i < n; i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (model, i);

      if (g_strcmp0 (vb_finding_get_rule_id (f), parts[0]) == 0 &&
          g_strcmp0 (vb_finding_get_subject (f), parts[1] ? parts[1] : "") == 0)
        return g_steal_pointer (&f);
    }
  return NULL;
}

typedef struct {
  VbWindow  *window;
  VbFinding *finding;
} DismissData;

static void
dismiss_data_free (gpointer data)
{
  DismissData *d = data;

  g_object_unref (d->window);
  g_object_unref (d->finding);
  g_free (d);
}

static void
on_dismiss_reason_cb (const char *reason,
                      gpointer    user_data)
{
  DismissData *d = user_data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (d->window->context == NULL)
    return;
  if (!vb_guide_dismiss (vb_context_get_guide (d->window->context), d->finding, reason, &error))
    {
      vb_window_show_error (d->window, error->message);
      return;
    }
  toast = adw_toast_new (_("Dismissed. It is listed on the dashboard, where you can restore it."));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  vb_window_add_toast (d->window, toast);
}

static void
dismiss_finding_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(VbFinding) finding = NULL;
  g_autofree char *body = NULL;
  DismissData *d;

  if (self->context == NULL)
    return;
  finding = finding_of (self, vb_guide_get_findings (vb_context_get_guide (self->context)), param);
  if (finding == NULL)
    return;
  d = g_new0 (DismissData, 1);
  d->window = g_object_ref (self);
  d->finding = g_object_ref (finding);
  body = g_strdup_printf (_("“%s”\n\nSay why it does not apply. The reason is kept in the project, and the point "
                            "returns if what it is about changes."), vb_finding_get_message (finding));
  vb_reason_dialog_present (widget, _("Dismiss This Point?"), body, _("_Dismiss"), NULL,
                            on_dismiss_reason_cb, d, dismiss_data_free);
}

static void
restore_finding_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(VbFinding) finding = NULL;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL)
    return;
  finding = finding_of (self, vb_guide_get_dismissed (vb_context_get_guide (self->context)), param);
  if (finding && !vb_guide_restore (vb_context_get_guide (self->context), finding, &error))
    vb_window_show_error (self, error->message);
}

static gboolean
update_actions_idle_cb (gpointer data)
{
  VbWindow *self = data;

  self->navigation_idle = 0;
  vb_window_update_actions (self);
  return G_SOURCE_REMOVE;
}

/* The back button and the actions after a leaflet folded or unfolded,
 * once the frame is drawn: a leaflet says so while it is being allocated,
 * and a button shown then would be drawn before it has a size of its own
 * (GTK warns "snapshot … without a current allocation") */
void
vb_window_queue_update_actions (VbWindow *self)
{
  if (self->navigation_idle == 0)
    self->navigation_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_actions_idle_cb, self, NULL);
}

/* A page went one level down or up (an editor over its list), or its
 * leaflet folded */
static void
refresh_navigation_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vb_window_queue_update_actions (VB_WINDOW (widget));
}

static void
close_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* ------------------------------------------------------------ files */

static void
open_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);

  vb_application_open_path (get_app (self), g_variant_get_string (param, NULL), GTK_WINDOW (self));
}

static void
open_sample_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);

  vb_application_open_sample (get_app (self), GTK_WINDOW (self));
}

static void
on_project_created_cb (VbNewProjectDialog *dialog,
                       VbProject          *project,
                       VbWindow           *self)
{
  vb_application_show_project (get_app (self), project, GTK_WINDOW (self));
}

static void
new_project_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autofree char *folder = vb_application_dup_projects_folder (get_app (self));
  GtkWidget *dialog = vb_new_project_dialog_new (GTK_WINDOW (self), folder);

  g_signal_connect_object (dialog, "project-created", G_CALLBACK (on_project_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_project_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Vendorbench projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-vendorbench");
  gtk_file_filter_add_pattern (filter, "*" VB_PROJECT_SUFFIX);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, filter);
}

static GtkFileChooserNative *
new_chooser (VbWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  return self->chooser;
}

static void
set_chooser_folder (GtkFileChooser *chooser,
                    const char     *folder)
{
  g_autoptr(GFile) file = NULL;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return;
  file = g_file_new_for_path (folder);
  gtk_file_chooser_set_current_folder (chooser, file, NULL);
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     VbWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path)
    vb_application_open_path (get_app (self), path, GTK_WINDOW (self));
}

static void
open_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Open a Project"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_autofree char *folder = vb_application_dup_projects_folder (get_app (self));

  add_project_filters (GTK_FILE_CHOOSER (chooser));
  set_chooser_folder (GTK_FILE_CHOOSER (chooser), folder);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* save a copy */

typedef struct {
  VbWindow *window;
  char     *path;
} CopyData;

static void
copy_data_free (gpointer data)
{
  CopyData *d = data;

  g_object_unref (d->window);
  g_free (d->path);
  g_free (d);
}

static void
copy_data_closure_notify (gpointer  data,
                          GClosure *closure)
{
  copy_data_free (data);
}

static void
on_copy_open_clicked_cb (AdwToast *toast,
                         CopyData *d)
{
  vb_application_open_path (get_app (d->window), d->path, GTK_WINDOW (d->window));
}

static void
on_copy_progress_cb (goffset  current,
                     goffset  total,
                     gpointer user_data)
{
  VbWindow *self = user_data;

  if (total > 0)
    gtk_progress_bar_set_fraction (self->busy_progress, (double) current / (double) total);
}

static void
on_copy_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CopyData *d = user_data;
  g_autoptr(GError) error = NULL;

  vb_window_end_busy (d->window);
  if (!vb_project_save_copy_finish (VB_PROJECT (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vb_window_show_error (d->window, error->message);
      copy_data_free (d);
      return;
    }
  {
    g_autofree char *base = g_path_get_basename (d->path);
    g_autofree char *title = g_strdup_printf (_("Saved a copy as “%s”"), base);
    AdwToast *toast = adw_toast_new (title);

    vb_add_recent_project (d->path, NULL);
    adw_toast_set_button_label (toast, _("_Open"));
    g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_copy_open_clicked_cb), d,
                           copy_data_closure_notify, 0);
    vb_window_add_toast (d->window, toast);
  }
}

static void
on_save_copy_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          VbWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  CopyData *d;

  if (response != GTK_RESPONSE_ACCEPT || project_of (self) == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    return;
  if (!g_str_has_suffix (path, VB_PROJECT_SUFFIX))
    {
      char *with = g_strconcat (path, VB_PROJECT_SUFFIX, NULL);
      g_free (path);
      path = with;
    }
  d = g_new0 (CopyData, 1);
  d->window = g_object_ref (self);
  d->path = g_strdup (path);
  vb_window_begin_busy (self, _("Saving a copy…"));
  vb_project_save_copy_async (project_of (self), path, self->busy_cancellable, on_copy_progress_cb, self,
                              on_copy_done_cb, d);
}

static void
save_copy_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  VbProject *project = project_of (self);
  GtkFileChooserNative *chooser;
  g_autofree char *base = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *suggested = NULL;

  if (project == NULL)
    return;
  chooser = new_chooser (self, _("Save a Copy of the Project"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  add_project_filters (GTK_FILE_CHOOSER (chooser));
  base = vb_project_file_name_for (vb_project_get_name (project));
  suggested = g_strdup_printf (_("%s (copy)%s"), base, VB_PROJECT_SUFFIX);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  folder = vb_project_get_is_sample (project) ? vb_application_dup_projects_folder (get_app (self))
                                              : g_path_get_dirname (vb_project_get_path (project));
  g_mkdir_with_parents (folder, 0755);
  set_chooser_folder (GTK_FILE_CHOOSER (chooser), folder);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* move and rename */

static void
forget_recent (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri)
    gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
}

typedef struct {
  VbWindow *window;
  char     *old_path;
} MoveData;

static void
on_move_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MoveData *d = user_data;
  VbProject *project = VB_PROJECT (source);
  g_autoptr(GError) error = NULL;

  vb_window_end_busy (d->window);
  if (!vb_project_move_finish (project, result, &error))
    vb_window_show_error (d->window, error->message);
  else
    {
      forget_recent (d->old_path);
      vb_add_recent_project (vb_project_get_path (project), vb_project_get_name (project));
      vb_window_update_title (d->window);
      vb_window_update_info_bar (d->window);
    }
  g_object_unref (d->window);
  g_free (d->old_path);
  g_free (d);
}

static void
on_move_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     VbWindow        *self)
{
  VbProject *project = project_of (self);
  g_autoptr(GFile) file = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *new_path = NULL;
  MoveData *d;

  if (response != GTK_RESPONSE_ACCEPT || project == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  folder = file ? g_file_get_path (file) : NULL;
  if (folder == NULL)
    return;
  base = g_path_get_basename (vb_project_get_path (project));
  new_path = g_build_filename (folder, base, NULL);
  d = g_new0 (MoveData, 1);
  d->window = g_object_ref (self);
  d->old_path = g_strdup (vb_project_get_path (project));
  vb_window_begin_busy (self, _("Moving the project…"));
  gtk_progress_bar_pulse (self->busy_progress);
  vb_project_move_async (project, new_path, self->busy_cancellable, on_move_done_cb, d);
}

static void
move_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *dir = NULL;

  if (project_of (self) == NULL)
    return;
  chooser = new_chooser (self, _("Move the Project to a Folder"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Move"));
  dir = g_path_get_dirname (vb_project_get_path (project_of (self)));
  set_chooser_folder (GTK_FILE_CHOOSER (chooser), dir);
  g_signal_connect (chooser, "response", G_CALLBACK (on_move_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_rename_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VbWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "vb-entry");
  VbProject *project = project_of (self);
  g_autofree char *old_path = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "accept") || project == NULL)
    return;
  old_path = g_strdup (vb_project_get_path (project));
  if (!vb_project_rename (project, gtk_editable_get_text (entry), &error))
    {
      vb_window_show_error (self, error->message);
      return;
    }
  if (g_strcmp0 (old_path, vb_project_get_path (project)) != 0)
    forget_recent (old_path);
  vb_add_recent_project (vb_project_get_path (project), vb_project_get_name (project));
  vb_window_update_title (self);
}

static void
on_rename_entry_changed_cb (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "accept", !vb_str_is_blank (gtk_editable_get_text (entry)));
}

static void
rename_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (project_of (self) == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename the Project"),
                                   _("Its file in the same folder is renamed to match. A rename is not undone "
                                     "with Undo: rename again to change it."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), vb_project_get_name (project_of (self)));
  vb_set_accessible_label (entry, _("Project name"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "vb-entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_rename_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ------------------------------------------------------------ the table */

void
vb_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *name;
    const char *type;
    GtkWidgetActionActivateFunc activate;
  } actions[] = {
    { "win.undo", NULL, undo_action },
    { "win.redo", NULL, redo_action },
    { "win.new-project", NULL, new_project_action },
    { "win.open", NULL, open_action },
    { "win.open-path", "s", open_path_action },
    { "win.open-sample", NULL, open_sample_action },
    { "win.save-copy", NULL, save_copy_action },
    { "win.move", NULL, move_action },
    { "win.rename", NULL, rename_action },
    { "win.show-error", "s", show_error_action },
    { "win.show-stage", "s", show_stage_action },
    { "win.show-stage-number", "i", show_stage_number_action },
    { "win.focus-sidebar", NULL, focus_sidebar_action },
    { "win.back", NULL, back_action },
    { "win.show-finding", "s", show_finding_action },
    { "win.dismiss-finding", "s", dismiss_finding_action },
    { "win.restore-finding", "s", restore_finding_action },
    { "win.cancel-busy", NULL, cancel_busy_action },
    { "win.refresh-navigation", NULL, refresh_navigation_action },
    { "win.close", NULL, close_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].type, actions[i].activate);

  /* Bubble-phase bindings, for when focus is not in a text field; in one,
   * the window's capture handler decides (vb-window.c) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.focus-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  for (int i = 1; i <= 9; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK, "win.show-stage-number", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, GDK_ALT_MASK, "win.show-stage-number", "i", i);
    }
}
