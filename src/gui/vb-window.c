/* vb-window.c — a project window (or the welcome page when it has none)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vb-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vb-application.h"
#include "vb-dashboard-page.h"
#include "vb-format.h"
#include "vb-goals-page.h"
#include "vb-new-project-dialog.h"
#include "vb-vendors-page.h"
#include "vb-welcome-page.h"
#include "vb-window.h"

typedef struct
{
  VbStage     stage;
  GtkWidget  *row;
  GtkWidget  *check;
  GtkWidget  *count;
} StageRow;

struct _VbWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  VbWelcomePage        *welcome_page;
  AdwLeaflet           *leaflet;
  GtkListBox           *stage_list;
  GtkWidget            *content_box;
  AdwWindowTitle       *window_title;
  GtkInfoBar           *info_bar;
  GtkLabel             *info_label;
  GtkStack             *content_stack;
  GtkWidget            *welcome_box;
  GtkWidget            *welcome_menu_button;
  GtkWidget            *primary_menu_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GMenu                *undo_section;

  /* owned */
  VbProject            *project;
  VbGuide              *guide;
  GArray               *stage_rows;   /* StageRow */
  GtkFileChooserNative *chooser;

  /* Ctrl+Z in a text field: what the focused GtkText held at the last commit */
  GtkWidget            *focus_text;      /* weak */
  char                 *focus_committed;
  guint                 snapshot_idle;
};

G_DEFINE_FINAL_TYPE (VbWindow, vb_window, ADW_TYPE_APPLICATION_WINDOW)

static void vb_window_update_actions (VbWindow *self);
static void on_project_changed_cb (VbProject *project, VbWindow *self);

/* helpers */

static VbApplication *
get_app (VbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  return VB_IS_APPLICATION (app) ? VB_APPLICATION (app) : NULL;
}

void
vb_window_add_toast (VbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (VB_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

static void
update_title (VbWindow *self)
{
  const char *name;
  g_autofree char *folder = NULL;

  if (self->project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Vendorbench"));
      return;
    }
  name = vb_project_get_name (self->project);
  if (name == NULL || *name == '\0')
    name = _("Untitled Project");
  if (vb_project_get_is_sample (self->project))
    folder = g_strdup (_("Sample project"));
  else
    folder = vb_display_folder (vb_project_get_path (self->project));
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, folder);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static char *
read_only_reason (VbProject *project)
{
  const char *path = vb_project_get_path (project);
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0)
    return g_strdup (_("the file is write-protected"));
  if (g_access (dir, W_OK) != 0)
    return g_strdup (_("its folder cannot be written to"));
  return g_strdup (_("it cannot be written to"));
}

static void
update_info_bar (VbWindow *self)
{
  g_autofree char *text = NULL;

  if (self->project && vb_project_get_is_sample (self->project))
    {
      text = g_strdup (_("This is the sample project. Explore freely: it is a fresh copy each time. "
                         "Save a copy to keep your changes."));
      gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_INFO);
    }
  else if (self->project && vb_project_get_read_only (self->project))
    {
      g_autofree char *reason = read_only_reason (self->project);
      /* Translators: %s says why, e.g. “its folder cannot be written to” */
      text = g_strdup_printf (_("This project is read-only: %s. Changes cannot be saved."), reason);
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

static void
update_stage_rows (VbWindow *self)
{
  for (guint i = 0; self->stage_rows && i < self->stage_rows->len; i++)
    {
      StageRow *sr = &g_array_index (self->stage_rows, StageRow, i);
      g_autofree char *label = NULL;
      const char *title = vb_stage_get_title (sr->stage);

      if (sr->stage == VB_STAGE_DASHBOARD)
        {
          int pct = (int) (vb_guide_get_progress (self->guide) * 100.0 + 0.5);
          g_autofree char *text = g_strdup_printf ("%d %%", pct);
          gtk_label_set_text (GTK_LABEL (sr->count), text);
          gtk_widget_set_visible (sr->count, TRUE);
          gtk_widget_set_visible (sr->check, FALSE);
          /* Translators: the sidebar row of the dashboard; %d is percent */
          label = g_strdup_printf (_("%s, %d percent done"), title, pct);
        }
      else if (vb_guide_stage_is_complete (self->guide, sr->stage))
        {
          gtk_widget_set_visible (sr->check, TRUE);
          gtk_widget_set_visible (sr->count, FALSE);
          /* Translators: a sidebar row, e.g. “Goals & Scope, complete” */
          label = g_strdup_printf (_("%s, complete"), title);
        }
      else
        {
          guint n = 0;
          g_autofree char *text = NULL;

          for (VbFindingKind k = VB_FINDING_BLOCKER; k <= VB_FINDING_NEXT_STEP; k++)
            n += vb_guide_count_open (self->guide, sr->stage, k);
          text = g_strdup_printf ("%u", n);
          gtk_label_set_text (GTK_LABEL (sr->count), text);
          gtk_widget_set_visible (sr->count, n > 0);
          gtk_widget_set_visible (sr->check, FALSE);
          label = g_strdup_printf (ngettext ("%s, %u open item", "%s, %u open items", n), title, n);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (sr->row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
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
on_project_notify_cb (VbProject  *project,
                      GParamSpec *pspec,
                      VbWindow   *self)
{
  update_title (self);
  update_info_bar (self);
  vb_window_update_actions (self);
}

static void
on_name_changed_cb (VbRecord   *settings,
                    const char *column,
                    VbWindow   *self)
{
  update_title (self);
}

static void
add_stage_row (VbWindow *self,
               VbStage   stage)
{
  StageRow sr = { stage };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (vb_stage_get_title (stage));
  const char *icon = stage == VB_STAGE_DASHBOARD ? "view-grid-symbolic"
                   : stage == VB_STAGE_GOALS ? "find-location-symbolic"
                   : stage == VB_STAGE_VENDORS ? "system-users-symbolic"
                   : "view-list-symbolic";
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  sr.check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (sr.check, "success");
  gtk_accessible_update_property (GTK_ACCESSIBLE (sr.check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Complete"), -1);
  sr.count = gtk_label_new (NULL);
  gtk_widget_add_css_class (sr.count, "dim-label");
  gtk_widget_add_css_class (sr.count, "numeric");
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

/* A stage page is built the first time it is shown: opening a project
 * draws its dashboard first, and start-up does not wait for the others. */
static GtkWidget *
ensure_stage_page (VbWindow *self,
                   VbStage   stage)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->content_stack, vb_stage_get_id (stage));

  if (page != NULL || self->project == NULL)
    return page;
  switch (stage)
    {
    case VB_STAGE_DASHBOARD:
      page = vb_dashboard_page_new (self->project, self->guide);
      break;
    case VB_STAGE_GOALS:
      page = vb_goals_page_new (self->project, self->guide);
      break;
    case VB_STAGE_VENDORS:
      page = vb_vendors_page_new (self->project, self->guide);
      break;
    default:
      return NULL;
    }
  gtk_stack_add_named (self->content_stack, page, vb_stage_get_id (stage));
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
  page = ensure_stage_page (self, stage);
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
}

static void
on_stage_row_activated_cb (GtkListBox    *box,
                           GtkListBoxRow *row,
                           VbWindow      *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (GtkButton *button,
                    VbWindow  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
vb_window_show_stage (VbWindow *self,
                      VbStage   stage)
{
  g_return_if_fail (VB_IS_WINDOW (self));

  for (guint i = 0; self->stage_rows && i < self->stage_rows->len; i++)
    {
      StageRow *sr = &g_array_index (self->stage_rows, StageRow, i);
      if (sr->stage == stage)
        {
          gtk_list_box_select_row (self->stage_list, GTK_LIST_BOX_ROW (sr->row));
          adw_leaflet_set_visible_child (self->leaflet, self->content_box);
          return;
        }
    }
}

static gboolean
stage_of_rule (const char *rule_id,
               VbStage    *stage)
{
  guint n_rules;
  const VbRule *rules = vb_guide_rules (&n_rules);

  for (guint i = 0; i < n_rules; i++)
    if (g_str_equal (rules[i].id, rule_id))
      {
        *stage = rules[i].stage;
        return TRUE;
      }
  return FALSE;
}

/**
 * vb_window_show_finding:
 * @rule_id: the finding's rule
 * @subject: (nullable): the row it is about
 *
 * Shows the finding's stage and asks the page to act on it, as the
 * page's own footer button does. A page that knows no fix for the rule
 * is only shown.
 */
void
vb_window_show_finding (VbWindow   *self,
                        const char *rule_id,
                        const char *subject)
{
  VbStage stage;
  GtkWidget *page;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_return_if_fail (rule_id != NULL);

  if (self->project == NULL || !stage_of_rule (rule_id, &stage))
    return;
  vb_window_show_stage (self, stage);
  page = gtk_stack_get_child_by_name (self->content_stack, vb_stage_get_id (stage));
  if (page == NULL || gtk_stack_get_visible_child (self->content_stack) != page)
    return;
  if (subject && *subject == '\0')
    subject = NULL;
  if (VB_IS_GOALS_PAGE (page))
    vb_goals_page_activate_finding (VB_GOALS_PAGE (page), rule_id, subject);
  else if (VB_IS_VENDORS_PAGE (page))
    vb_vendors_page_activate_finding (VB_VENDORS_PAGE (page), rule_id, subject);
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

void
vb_window_set_project (VbWindow  *self,
                       VbProject *project)
{
  const char *initial;
  VbStage stage;

  g_return_if_fail (VB_IS_WINDOW (self));
  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (self->project == NULL);

  self->project = g_object_ref (project);
  self->guide = vb_guide_new (project);

  g_signal_connect_object (project, "notify", G_CALLBACK (on_project_notify_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  if (vb_project_get_settings (project))
    g_signal_connect_object (vb_project_get_settings (project), "changed::name",
                             G_CALLBACK (on_name_changed_cb), self, 0);
  g_signal_connect_object (vb_guide_get_findings (self->guide), "items-changed",
                           G_CALLBACK (on_findings_changed_cb), self, 0);

  /* the sidebar lists the stages that work; each page is built when shown */
  for (VbStage s = VB_STAGE_DASHBOARD; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s))
      add_stage_row (self, s);

  update_stage_rows (self);
  update_title (self);
  update_info_bar (self);
  gtk_widget_set_visible (GTK_WIDGET (self->leaflet), TRUE);
  gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (self->leaflet));
  gtk_widget_set_visible (self->welcome_box, FALSE);

  initial = g_getenv ("VB_TEST_STAGE");
  if (initial == NULL || !vb_stage_from_id (initial, &stage))
    stage = VB_STAGE_DASHBOARD;
  vb_window_show_stage (self, stage);
  vb_window_update_actions (self);
}

VbProject *
vb_window_get_project (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->project;
}

VbGuide *
vb_window_get_guide (VbWindow *self)
{
  g_return_val_if_fail (VB_IS_WINDOW (self), NULL);
  return self->guide;
}

/* Ctrl+Z in a text field
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
  if (!GTK_IS_TEXT (focus) || self->project == NULL)
    return FALSE;   /* the bubble-phase bindings (or the focused widget) handle it */
  if (focus != self->focus_text)
    set_focus_text (self, focus);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (focus)), self->focus_committed) != 0)
    return FALSE;   /* uncommitted typing: GtkText undoes it itself */
  gtk_widget_activate_action (GTK_WIDGET (self), redo ? "win.redo" : "win.undo", NULL);
  return TRUE;
}

/* actions: all in one table, enabled in one place */

/* A menu label shows underscores as mnemonics: double them */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/* The undo and redo buttons and menu items name the edit they take back or
 * make again: “Undo: Move Acme to Shortlist” */
static void
update_undo_labels (VbWindow *self,
                    gboolean  can_undo,
                    gboolean  can_redo)
{
  const char *undo = can_undo ? vb_project_get_undo_summary (self->project) : NULL;
  const char *redo = can_redo ? vb_project_get_redo_summary (self->project) : NULL;
  g_autofree char *undo_tip = NULL, *redo_tip = NULL, *undo_item = NULL, *redo_item = NULL;
  g_autoptr(GMenuItem) item = NULL;

  if (undo && *undo)
    {
      g_autofree char *escaped = escape_mnemonic (undo);
      /* TRANSLATORS: the undo button's tooltip, e.g. “Undo: Move Acme to Shortlist” */
      undo_tip = g_strdup_printf (_("Undo: %s"), undo);
      /* TRANSLATORS: the Undo menu item with the edit it takes back; keep the mnemonic */
      undo_item = g_strdup_printf (_("_Undo: %s"), escaped);
    }
  if (redo && *redo)
    {
      g_autofree char *escaped = escape_mnemonic (redo);
      /* TRANSLATORS: the redo button's tooltip, e.g. “Redo: Move Acme to Shortlist” */
      redo_tip = g_strdup_printf (_("Redo: %s"), redo);
      /* TRANSLATORS: the Redo menu item with the edit it makes again; keep the mnemonic */
      redo_item = g_strdup_printf (_("_Redo: %s"), escaped);
    }
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip ? undo_tip
                                                  : can_undo ? _("Undo") : _("Nothing to undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip ? redo_tip
                                                  : can_redo ? _("Redo") : _("Nothing to redo"));

  g_menu_remove_all (self->undo_section);
  item = g_menu_item_new (undo_item ? undo_item : _("_Undo"), "win.undo");
  g_menu_item_set_attribute (item, "accel", "s", "<Control>z");
  g_menu_append_item (self->undo_section, item);
  g_clear_object (&item);
  item = g_menu_item_new (redo_item ? redo_item : _("_Redo"), "win.redo");
  g_menu_item_set_attribute (item, "accel", "s", "<Control><Shift>z");
  g_menu_append_item (self->undo_section, item);
}

static void
vb_window_update_actions (VbWindow *self)
{
  gboolean has = self->project != NULL;
  gboolean writable = has && !vb_project_get_read_only (self->project);
  gboolean sample = has && vb_project_get_is_sample (self->project);
  gboolean can_undo = has && vb_project_get_can_undo (self->project);
  gboolean can_redo = has && vb_project_get_can_redo (self->project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  update_undo_labels (self, can_undo, can_redo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move", writable && !sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename", writable && !sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-stage", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-finding", has);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project && !vb_project_undo (self->project, &error))
    vb_window_show_error (self, error->message);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project && !vb_project_redo (self->project, &error))
    vb_window_show_error (self, error->message);
}

static void
show_error_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vb_window_show_error (VB_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_stage_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbStage stage;

  if (vb_stage_from_id (g_variant_get_string (param, NULL), &stage))
    vb_window_show_stage (VB_WINDOW (widget), stage);
}

/* “RULE_ID\x1fSUBJECT”: see VB_FINDING_TARGET_SEPARATOR */
static void
show_finding_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), VB_FINDING_TARGET_SEPARATOR, 2);

  if (parts[0] && *parts[0])
    vb_window_show_finding (VB_WINDOW (widget), parts[0], parts[1]);
}

static void
close_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
open_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!vb_application_open_path (get_app (self), g_variant_get_string (param, NULL),
                                 GTK_WINDOW (self), &error))
    vb_window_show_open_error (self, g_variant_get_string (param, NULL), error->message);
}

static void
open_sample_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!vb_application_open_sample (get_app (self), GTK_WINDOW (self), &error))
    vb_window_show_open_error (self, NULL, error->message);
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
  gtk_file_filter_add_pattern (filter, "*.vendorbench");
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
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path && !vb_application_open_path (get_app (self), path, GTK_WINDOW (self), &error))
    vb_window_show_open_error (self, path, error->message);
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

static void
on_copy_open_clicked_cb (AdwToast *toast,
                         VbWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "vb-path");
  g_autoptr(GError) error = NULL;

  if (!vb_application_open_path (get_app (self), path, NULL, &error))
    vb_window_show_open_error (self, path, error->message);
}

static void
save_copy_to (VbWindow   *self,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!vb_project_save_copy (self->project, path, &error))
    {
      vb_window_show_error (self, error->message);
      return;
    }
  base = g_path_get_basename (path);
  title = g_strdup_printf (_("Saved a copy as “%s”"), base);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Open"));
  g_object_set_data_full (G_OBJECT (toast), "vb-path", g_strdup (path), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_copy_open_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_save_copy_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          VbWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->project == NULL)
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
  save_copy_to (self, path);
}

static void
save_copy_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *folder = vb_application_dup_projects_folder (get_app (self));
  g_autofree char *file_name = NULL;

  if (self->project == NULL)
    return;
  chooser = new_chooser (self, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  add_project_filters (GTK_FILE_CHOOSER (chooser));
  set_chooser_folder (GTK_FILE_CHOOSER (chooser), folder);
  {
    g_autofree char *base = vb_sanitize_file_name (vb_project_get_name (self->project));
    file_name = g_strconcat (base, VB_PROJECT_SUFFIX, NULL);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
forget_recent (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri)
    gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
}

static void
remember_recent (VbProject *project)
{
  if (!vb_project_get_is_sample (project))
    vb_add_recent_project (vb_project_get_path (project), vb_project_get_name (project));
}

static gboolean
move_project_to (VbWindow   *self,
                 const char *new_path,
                 GError    **error)
{
  g_autofree char *old_path = g_strdup (vb_project_get_path (self->project));
  g_autofree char *a = vb_canonical_path (old_path);
  g_autofree char *b = vb_canonical_path (new_path);

  if (g_str_equal (a, b))
    return TRUE;
  if (g_file_test (new_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *base = g_path_get_basename (new_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("There is already a file called “%s” there. Choose another name or folder."), base);
      return FALSE;
    }
  if (!vb_project_move (self->project, new_path, error))
    return FALSE;
  forget_recent (old_path);
  remember_recent (self->project);
  update_title (self);
  return TRUE;
}

static void
on_move_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     VbWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *new_path = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->project == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  folder = file ? g_file_get_path (file) : NULL;
  if (folder == NULL)
    return;
  base = g_path_get_basename (vb_project_get_path (self->project));
  new_path = g_build_filename (folder, base, NULL);
  if (!move_project_to (self, new_path, &error))
    vb_window_show_error (self, error->message);
}

static void
move_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *dir = NULL;

  if (self->project == NULL)
    return;
  chooser = new_chooser (self, _("Move the Project to a Folder"),
                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Move"));
  dir = g_path_get_dirname (vb_project_get_path (self->project));
  set_chooser_folder (GTK_FILE_CHOOSER (chooser), dir);
  g_signal_connect (chooser, "response", G_CALLBACK (on_move_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
vb_window_rename (VbWindow    *self,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *new_path = NULL;

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A project needs a name."));
      return FALSE;
    }
  dir = g_path_get_dirname (vb_project_get_path (self->project));
  base = vb_sanitize_file_name (stripped);
  new_path = g_strdup_printf ("%s%s%s%s", dir, G_DIR_SEPARATOR_S, base, VB_PROJECT_SUFFIX);
  if (!move_project_to (self, new_path, error))
    return FALSE;
  if (g_strcmp0 (vb_project_get_name (self->project), stripped) != 0 &&
      !vb_project_set_text (self->project, vb_project_get_settings (self->project), "name", stripped, error))
    return FALSE;
  remember_recent (self->project);
  update_title (self);
  return TRUE;
}

static void
on_rename_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VbWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "vb-entry");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "rename") || self->project == NULL)
    return;
  if (!vb_window_rename (self, gtk_editable_get_text (entry), &error))
    vb_window_show_error (self, error->message);
}

static void
on_rename_entry_changed_cb (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "rename",
                                           !vb_str_is_blank (gtk_editable_get_text (entry)));
}

static void
on_rename_entry_activate_cb (GtkEntry         *entry,
                             AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    {
      adw_message_dialog_response (dialog, "rename");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
rename_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbWindow *self = VB_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->project == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename the Project"),
                                   _("The project file is renamed to match, in the same folder."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), vb_project_get_name (self->project));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Project name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "vb-entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_rename_entry_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (on_rename_entry_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* drag and drop */

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            VbWindow      *self)
{
  GSList *files;
  gboolean any = FALSE;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        continue;
      any = TRUE;
      if (!vb_application_open_path (get_app (self), path, GTK_WINDOW (self), &error))
        vb_window_show_open_error (self, path, error->message);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *c = gtk_widget_get_first_child (button); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c))
      gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* GObject */

static gboolean
vb_window_close_request (GtkWindow *window)
{
  VbWindow *self = VB_WINDOW (window);
  VbApplication *app = get_app (self);

  if (app)
    {
      GSettings *settings = vb_application_get_settings (app);
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
  g_clear_handle_id (&self->snapshot_idle, g_source_remove);
  set_focus_text (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_WINDOW);
  g_clear_object (&self->guide);
  if (self->project)
    vb_project_close (self->project);
  g_clear_object (&self->project);
  g_clear_pointer (&self->stage_rows, g_array_unref);
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
  gtk_widget_class_bind_template_child (widget_class, VbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, stage_list);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_box);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, VbWindow, undo_section);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-path", "s", open_path_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.show-stage", "s", show_stage_action);
  gtk_widget_class_install_action (widget_class, "win.show-finding", "s", show_finding_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);

  /* Bubble-phase bindings, for when focus is not in a text field; in one,
   * on_undo_key_pressed_cb decides (see above). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
}

static void
vb_window_init (VbWindow *self)
{
  GtkDropTarget *target;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stage_rows = g_array_new (FALSE, TRUE, sizeof (StageRow));
  label_menu_button (self->welcome_menu_button, _("Main Menu"));
  label_menu_button (self->primary_menu_button, _("Main Menu"));

  g_signal_connect (self->stage_list, "row-selected", G_CALLBACK (on_stage_row_selected_cb), self);
  g_signal_connect (self->stage_list, "row-activated", G_CALLBACK (on_stage_row_activated_cb), self);

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
