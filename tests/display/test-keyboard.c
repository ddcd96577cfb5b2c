/* test-keyboard.c — the core journey by keyboard alone
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every step is a real key press that goes through the X server
 * (vb-display-keys.h): no widget call, no action activated by the test.
 * After each step the test asserts where the keyboard focus is, and reads
 * what was done back from the project file on disk. The core API makes
 * the fixtures only.
 *
 * The shortcuts window is the contract: every shortcut it lists must be
 * bound and do what it says, and every shortcut the window binds must be
 * listed.
 */

#define G_LOG_DOMAIN "vb-test-keyboard"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "vb-criterion.h"
#include "vb-evaluator.h"
#include "vb-field.h"
#include "vb-goals-page.h"
#include "vb-gui-util.h"
#include "vb-new-project-dialog.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-requirements-page.h"
#include "vb-response.h"
#include "vb-responses-page.h"
#include "vb-score-cell.h"
#include "vb-scores-view.h"
#include "vb-scoring-page.h"
#include "vb-stage-pages.h"
#include "vb-vendor.h"
#include "vb-vendors-page.h"
#include "vb-display-window.h"
#include "vb-display-keys.h"

static VbApplication *app;
static char *tmp_root;

/* ------------------------------------------------------------ helpers */

static char *
project_in (const char        *name,
            VbProjectTemplate  template_id)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);

  return vbd_make_project (folder, name, template_id);
}

static GtkWindow *
win (VbdProjectWindow *pw)
{
  return GTK_WINDOW (pw->window);
}

static void
key (VbdProjectWindow *pw,
     guint             keyval,
     GdkModifierType   mods)
{
  vbd_key (win (pw), keyval, mods);
}

static GtkWidget *
focus_of (VbdProjectWindow *pw)
{
  return gtk_root_get_focus (GTK_ROOT (vbd_key_window (win (pw))));
}

static GtkWidget *
child_of (GtkWidget  *page,
          GType       type,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, type, name);

  g_assert_nonnull (w);
  return GTK_WIDGET (w);
}

/* The sidebar: the list box of the stage rows */
static GtkWidget *
sidebar (VbdProjectWindow *pw)
{
  return vbd_sidebar (pw);
}

static gboolean
focus_in_sidebar (VbdProjectWindow *pw)
{
  return vbd_focus_is_in (win (pw), sidebar (pw));
}

/* The stage the n-th row of the sidebar shows (from 1), by the tables:
 * core's list of stages, in order, those that have a page */
static VbStage
nth_stage (guint n)
{
  for (VbStage s = 0; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s) && vb_stage_page_type_for (s) != G_TYPE_NONE && --n == 0)
      return s;
  return VB_N_STAGES;
}

/* Whether Alt and a digit reach @stage: the first nine rows of the sidebar */
static gboolean
has_alt_key (VbStage stage)
{
  for (guint n = 1; n <= 9; n++)
    if (nth_stage (n) == stage)
      return TRUE;
  return FALSE;
}

/* The digit that goes with Alt to @stage: its row in the sidebar */
static guint
alt_key_of (VbStage stage)
{
  for (guint n = 1; n <= 9; n++)
    if (nth_stage (n) == stage)
      return GDK_KEY_0 + n;
  g_error ("the stage “%s” has no Alt+number", vb_stage_get_id (stage));
}

static GtkWidget *
page_of (VbdProjectWindow *pw,
         VbStage           stage)
{
  GtkWidget *page = vb_window_get_stage_page (pw->window, stage);

  g_assert_nonnull (page);
  return page;
}

typedef struct {
  VbdProjectWindow *pw;
  const char       *action;
  GtkWidget        *within;
  gpointer          record;
} FocusWant;

static gboolean
focus_on_action_cb (gpointer data)
{
  FocusWant *want = data;
  GtkWidget *focus = focus_of (want->pw);

  for (GtkWidget *w = focus; w; w = gtk_widget_get_parent (w))
    if (GTK_IS_ACTIONABLE (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), want->action) == 0)
      return want->within == NULL || gtk_widget_is_ancestor (w, want->within);
  return FALSE;
}

static gboolean
focus_on_row_of_cb (gpointer data)
{
  FocusWant *want = data;
  GtkWidget *focus = focus_of (want->pw);

  return GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_is_ancestor (focus, want->within) &&
         (want->record == NULL || g_object_get_data (G_OBJECT (focus), "vb-record") == want->record);
}

/* The focus is on a menu item whose label is want->action */
static gboolean
focus_on_menu_item_cb (gpointer data)
{
  FocusWant *want = data;
  GtkWidget *focus = focus_of (want->pw);

  return focus && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) && GTK_IS_WIDGET (focus) &&
         vbd_find (focus, vbd_match_label_part, want->action) != NULL &&
         g_str_equal (G_OBJECT_TYPE_NAME (focus), "GtkModelButton");
}

#define assert_focus_on_action(pw, action_name, in) \
  G_STMT_START { \
    FocusWant vbd_want_ = { (pw), (action_name), (in), NULL }; \
    GtkWidget *vbd_f_ = focus_of (pw); \
    if (!focus_on_action_cb (&vbd_want_)) \
      g_error ("%s:%d: focus is on %s “%s”, not on the button of %s", __FILE__, __LINE__, \
               vbd_f_ ? G_OBJECT_TYPE_NAME (vbd_f_) : "nothing", vbd_f_ ? gtk_widget_get_name (vbd_f_) : "", \
               action_name); \
  } G_STMT_END

static char *
vendor_state (VbdProjectWindow *pw,
              const char       *name)
{
  g_autofree char *q = g_strdup_printf ("SELECT status || '|' || rejection_reason FROM vendor WHERE name = '%s'", name);

  return vbd_db_text (pw->path, q);
}

static VbVendor *
vendor_named (VbdProjectWindow *pw,
              const char       *name)
{
  GListModel *vendors = vb_project_get_vendors (pw->project);

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);

      if (g_strcmp0 (vb_vendor_get_name (v), name) == 0)
        return v;   /* the project holds it */
    }
  g_error ("no vendor “%s”", name);
}

static const char *
editor_vendor_name (GtkWidget *page)
{
  GtkWidget *name = vb_field_find (child_of (page, VB_TYPE_VENDORS_PAGE, "editor_box"), "name");

  g_assert_nonnull (name);
  return gtk_editable_get_text (GTK_EDITABLE (name));
}

static gboolean
toplevel_of_type_cb (gpointer type)
{
  return vbd_shown_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
no_dialog_cb (gpointer data)
{
  return vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* ------------------------------------------------------------ the journey */

static void
test_journey (void)
{
  g_autofree char *path = project_in ("Keys", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *goals, *vendors, *list, *editor_box, *row, *title;
  VbStage second = nth_stage (2), third = VB_STAGE_VENDORS;
  FocusWant want = { &pw };
  g_autofree char *value = NULL;

  /* the table: the second row of the sidebar is Goals; Vendors comes after
   * the stages before it that this version has */
  g_assert_cmpint (second, ==, VB_STAGE_GOALS);
  g_assert_cmpuint (alt_key_of (third), >, GDK_KEY_2);

  vbd_open (&pw, app, path, 1200, 800);
  /* opening a project puts the keyboard in the page, not on a menu button */
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_DASHBOARD);
  vbd_assert_focus_in (win (&pw), page_of (&pw, VB_STAGE_DASHBOARD));

  /* Alt+2: the sidebar's second stage, with the keyboard in its page */
  key (&pw, GDK_KEY_2, GDK_ALT_MASK);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, second);
  goals = page_of (&pw, VB_STAGE_GOALS);
  vbd_assert_focus_in (win (&pw), goals);

  /* F6 goes to the sidebar, on the stage shown; Tab leaves it for the page
   * (and does not move to the next stage) */
  key (&pw, GDK_KEY_F6, 0);
  vbd_assert_focus_in (win (&pw), vbd_sidebar_row (&pw, VB_STAGE_GOALS));
  key (&pw, GDK_KEY_Tab, 0);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_GOALS);
  vbd_assert_focus_in (win (&pw), goals);

  /* an empty Goals page starts at Add Objective; Enter adds one with the
   * cursor in its title */
  assert_focus_on_action (&pw, "goals.add-objective", goals);
  key (&pw, GDK_KEY_Return, 0);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM objective"), ==, 1);
  row = vbd_last_row (child_of (goals, VB_TYPE_GOALS_PAGE, "objectives_list"));
  title = vb_field_find (row, "title");
  vbd_assert_focus_in (win (&pw), title);
  vbd_assert_in_view (title);
  vbd_type (win (&pw), "Faster answers");
  key (&pw, GDK_KEY_Return, 0);
  value = vbd_db_text (pw.path, "SELECT title FROM objective");
  g_assert_cmpstr (value, ==, "Faster answers");
  vbd_assert_focus_in (win (&pw), title);

  /* Alt+number of Vendors: an empty list starts at Add Vendor */
  key (&pw, alt_key_of (VB_STAGE_VENDORS), GDK_ALT_MASK);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, third);
  vendors = page_of (&pw, VB_STAGE_VENDORS);
  list = child_of (vendors, VB_TYPE_VENDORS_PAGE, "vendors_list");
  editor_box = child_of (vendors, VB_TYPE_VENDORS_PAGE, "editor_box");
  vbd_assert_focus_in (win (&pw), vendors);
  assert_focus_on_action (&pw, "vendors.add-vendor", vendors);

  /* Enter adds a vendor with the cursor in its name */
  key (&pw, GDK_KEY_Return, 0);
  g_assert_cmpint (vbd_db_int (pw.path, "SELECT count(*) FROM vendor"), ==, 1);
  vbd_assert_focus_in (win (&pw), vb_field_find (editor_box, "name"));
  vbd_type (win (&pw), "Acme");
  key (&pw, GDK_KEY_Return, 0);

  /* back to Add Vendor with Shift+Tab, and a second one */
  want.action = "vendors.add-vendor";
  want.within = child_of (vendors, VB_TYPE_VENDORS_PAGE, "list_pane");
  vbd_key_until (win (&pw), GDK_KEY_Tab, GDK_SHIFT_MASK, focus_on_action_cb, &want, 40, "Add Vendor");
  key (&pw, GDK_KEY_Return, 0);
  vbd_assert_focus_in (win (&pw), vb_field_find (editor_box, "name"));
  vbd_type (win (&pw), "Brightdesk");
  key (&pw, GDK_KEY_Return, 0);
  value = (g_free (value), vbd_db_text (pw.path, "SELECT group_concat(name, ',') FROM (SELECT * FROM vendor ORDER BY position)"));
  g_assert_cmpstr (value, ==, "Acme,Brightdesk");

  /* into the list, up to Acme: the selection follows the arrows and the
   * editor beside the list shows it */
  want.within = list;
  want.record = vendor_named (&pw, "Brightdesk");
  vbd_key_until (win (&pw), GDK_KEY_Tab, GDK_SHIFT_MASK, focus_on_row_of_cb, &want, 40, "Brightdesk's row");
  key (&pw, GDK_KEY_Up, 0);
  want.record = vendor_named (&pw, "Acme");
  g_assert_true (focus_on_row_of_cb (&want));
  g_assert_cmpstr (editor_vendor_name (vendors), ==, "Acme");

  /* Tab from the list lands in the editor, not on the next row */
  key (&pw, GDK_KEY_Tab, 0);
  vbd_assert_focus_in (win (&pw), editor_box);
  g_assert_cmpstr (editor_vendor_name (vendors), ==, "Acme");
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_VENDORS);

  /* reject Acme: the “More choices” menu, Reject…, a reason typed in the
   * dialog and Enter */
  want.action = NULL;
  while (!vbd_focus_is_in (win (&pw), vbd_by_name (editor_box, "status-more")))
    {
      GtkWidget *before = focus_of (&pw);

      key (&pw, GDK_KEY_Tab, 0);
      g_assert_true (focus_of (&pw) != before);
      vbd_assert_focus_in (win (&pw), editor_box);
    }
  key (&pw, GDK_KEY_Return, 0);   /* opens the menu */
  want.action = "Reject…";
  if (!focus_on_menu_item_cb (&want))
    vbd_key_until (win (&pw), GDK_KEY_Down, 0, focus_on_menu_item_cb, &want, 4, "the menu's Reject… item");
  key (&pw, GDK_KEY_Return, 0);
  {
    GtkWindow *dialog;

    g_assert_true (vbd_wait_for (toplevel_of_type_cb, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 2000));
    dialog = vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_true (vbd_key_window (win (&pw)) == dialog);
    vbd_assert_focus_in (dialog, adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
  }
  vbd_type (win (&pw), "No weekend cover");
  key (&pw, GDK_KEY_Return, 0);
  if (!vbd_wait_for (no_dialog_cb, NULL, 2000))
    {
      GtkWindow *dialog = vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      GtkWidget *entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));

      g_error ("Enter in the reason dialog did not accept it; its field says “%s”",
               gtk_editable_get_text (GTK_EDITABLE (entry)));
    }
  value = (g_free (value), vendor_state (&pw, "Acme"));
  g_assert_cmpstr (value, ==, "rejected|No weekend cover");

  /* focus returns to the vendor acted on (its editor, or its row) … */
  g_assert_true (vbd_key_window (win (&pw)) == win (&pw));
  want.within = list;
  want.record = vendor_named (&pw, "Acme");
  if (!vbd_focus_is_in (win (&pw), editor_box) && !focus_on_row_of_cb (&want))
    vbd_assert_focus_in (win (&pw), editor_box);
  g_assert_cmpstr (editor_vendor_name (vendors), ==, "Acme");
  /* … so the next Tab stays on the page */
  key (&pw, GDK_KEY_Tab, 0);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_VENDORS);
  vbd_assert_focus_in (win (&pw), vendors);

  /* F6: to the sidebar and back to the page */
  key (&pw, GDK_KEY_F6, 0);
  if (!focus_in_sidebar (&pw))
    g_error ("F6 left the keyboard on %s “%s”", focus_of (&pw) ? G_OBJECT_TYPE_NAME (focus_of (&pw)) : "nothing",
             focus_of (&pw) ? gtk_widget_get_name (focus_of (&pw)) : "");
  vbd_assert_focus_in (win (&pw), vbd_sidebar_row (&pw, VB_STAGE_VENDORS));
  key (&pw, GDK_KEY_F6, 0);
  vbd_assert_focus_in (win (&pw), vendors);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_VENDORS);

  /* Ctrl+Z with the keyboard outside a text field undoes the rejection */
  key (&pw, GDK_KEY_F6, 0);
  key (&pw, GDK_KEY_z, GDK_CONTROL_MASK);
  value = (g_free (value), vendor_state (&pw, "Acme"));
  g_assert_cmpstr (value, ==, "long-list|");

  vbd_close (&pw);
}

/* In a folded window, Alt+Left goes back: from a vendor's editor to the
 * list (on that vendor's row), then from the page to the stages */
static void
test_folded_back (void)
{
  g_autofree char *path = project_in ("Folded", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *vendors, *leaflet, *list;
  FocusWant want = { &pw };

  {
    g_autoptr(VbProject) project = vb_project_open (path, NULL);   /* a fixture: two vendors */

    g_assert_true (vb_vendor_set_name (vb_project_add_vendor (project, NULL), "Acme", NULL));
    g_assert_true (vb_vendor_set_name (vb_project_add_vendor (project, NULL), "Brightdesk", NULL));
    vb_project_close (project);
  }
  vbd_open (&pw, app, path, 360, 600);
  key (&pw, alt_key_of (VB_STAGE_VENDORS), GDK_ALT_MASK);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_VENDORS);
  vendors = page_of (&pw, VB_STAGE_VENDORS);
  leaflet = child_of (vendors, VB_TYPE_VENDORS_PAGE, "leaflet");
  list = child_of (vendors, VB_TYPE_VENDORS_PAGE, "vendors_list");
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_false (focus_in_sidebar (&pw));

  /* the list first; Down to Brightdesk, Enter opens it */
  want.within = list;
  want.record = vendor_named (&pw, "Acme");
  g_assert_true (focus_on_row_of_cb (&want));
  key (&pw, GDK_KEY_Down, 0);
  want.record = vendor_named (&pw, "Brightdesk");
  g_assert_true (focus_on_row_of_cb (&want));
  key (&pw, GDK_KEY_Return, 0);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 child_of (vendors, VB_TYPE_VENDORS_PAGE, "editor_stack"));
  vbd_assert_focus_in (win (&pw), child_of (vendors, VB_TYPE_VENDORS_PAGE, "editor_box"));
  vbd_assert_in_view (focus_of (&pw));
  g_assert_cmpstr (editor_vendor_name (vendors), ==, "Brightdesk");

  /* Alt+Left: back to the list, on Brightdesk's row */
  key (&pw, GDK_KEY_Left, GDK_ALT_MASK);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 child_of (vendors, VB_TYPE_VENDORS_PAGE, "list_pane"));
  g_assert_true (focus_on_row_of_cb (&want));
  vbd_assert_in_view (focus_of (&pw));

  /* Alt+Left again: to the stages, on the stage shown */
  key (&pw, GDK_KEY_Left, GDK_ALT_MASK);
  if (!focus_in_sidebar (&pw))
    {
      GObject *wl = vbd_view_child (&pw, "leaflet");
      GtkWidget *f = focus_of (&pw);

      g_error ("Alt+Left left the keyboard on %s “%s” (drawn %d); the window shows %s",
               f ? G_OBJECT_TYPE_NAME (f) : "nothing", f ? gtk_widget_get_name (f) : "", f && gtk_widget_is_drawable (f),
               G_OBJECT_TYPE_NAME (adw_leaflet_get_visible_child (ADW_LEAFLET (wl))));
    }
  vbd_assert_focus_in (win (&pw), vbd_sidebar_row (&pw, VB_STAGE_VENDORS));
  vbd_assert_in_view (focus_of (&pw));

  /* and Tab (or Enter) takes the keyboard back to the page */
  key (&pw, GDK_KEY_Tab, 0);
  vbd_assert_focus_in (win (&pw), vendors);
  vbd_assert_in_view (focus_of (&pw));

  vbd_close (&pw);
}

/* ------------------------------------------------------------ the shortcuts window */

typedef struct {
  guint           keyval;
  GdkModifierType mods;
  char           *title;
  char           *section;   /* the section-name of its GtkShortcutsSection */
} Listed;

static void
listed_free (gpointer data)
{
  Listed *l = data;

  g_free (l->title);
  g_free (l->section);
  g_free (l);
}

static const char *listed_section;   /* of the shortcuts being read */

static void
add_listed (GPtrArray       *out,
            guint            keyval,
            GdkModifierType  mods,
            const char      *title)
{
  Listed *l = g_new0 (Listed, 1);

  l->keyval = keyval;
  l->mods = mods;
  l->title = g_strdup (title);
  l->section = g_strdup (listed_section);
  g_ptr_array_add (out, l);
}

/* One accelerator of the shortcuts window's syntax: “<Control>z”, or a
 * range “<Alt>1...9” (the modifiers of the first for the last) */
static void
parse_listed (GPtrArray  *out,
              const char *accel,
              const char *title)
{
  g_auto(GStrv) range = g_strsplit (accel, "...", 2);
  guint first = 0, last = 0;
  GdkModifierType mods = 0, last_mods = 0;

  if (!gtk_accelerator_parse (range[0], &first, &mods) || first == 0)
    g_error ("the shortcuts window lists “%s” for “%s”, which is not an accelerator", accel, title);
  if (range[1] == NULL)
    {
      add_listed (out, first, mods, title);
      return;
    }
  if (!gtk_accelerator_parse (range[1], &last, &last_mods) || last < first)
    g_error ("the shortcuts window lists the range “%s” for “%s”, which is not one", accel, title);
  for (guint k = first; k <= last; k++)
    add_listed (out, k, mods | last_mods, title);
}

/* Every key the shortcuts window lists, with the title it gives */
static GPtrArray *
listed_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/vendorbench/Vendorbench/vb-shortcuts-window.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GPtrArray *out = g_ptr_array_new_with_free_func (listed_free);
  GtkWindow *window = NULL;

  for (GSList *l = objects; l; l = l->next)
    {
      g_autofree char *accels = NULL, *action = NULL, *title = NULL;

      if (GTK_IS_WINDOW (l->data))
        window = l->data;
      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accels, "action-name", &action, "title", &title, NULL);
      {
        GtkWidget *section = gtk_widget_get_ancestor (l->data, GTK_TYPE_SHORTCUTS_SECTION);
        g_autofree char *section_name = NULL;

        if (section)
          g_object_get (section, "section-name", &section_name, NULL);
        listed_section = g_intern_string (section_name);
      }
      if (action && *action)
        {
          g_auto(GStrv) bound = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

          if (bound[0] == NULL)
            g_error ("the shortcuts window lists “%s” by its action %s, which has no accelerator", title, action);
          for (guint i = 0; bound[i]; i++)
            parse_listed (out, bound[i], title);
        }
      if (accels && *accels)
        {
          g_auto(GStrv) each = g_strsplit (accels, " ", -1);

          for (guint i = 0; each[i]; i++)
            if (*each[i])
              parse_listed (out, each[i], title);
        }
    }
  if (window)
    gtk_window_destroy (window);
  g_assert_cmpuint (out->len, >, 0);
  return out;
}

/* The keypad's digits are the same digits to the user */
static guint
plain_keyval (guint keyval)
{
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return GDK_KEY_0 + (keyval - GDK_KEY_KP_0);
  return gdk_keyval_to_lower (keyval);
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     mods)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods);
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return plain_keyval (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))) == plain_keyval (keyval) &&
           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods;
  return FALSE;
}

/* The action a key is bound to in @window — an application accelerator
 * or a binding of the window's class — with its argument; NULL: none */
static char *
bound_action (GtkWidget       *window,
              guint            keyval,
              GdkModifierType  mods,
              GVariant       **args)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  *args = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_NAMED_ACTION (action) || !trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, mods))
            continue;
          *args = gtk_shortcut_get_arguments (shortcut);
          if (*args)
            g_variant_ref (*args);
          return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

static guint app_activations;

static void
on_app_action_activated_cb (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       data)
{
  app_activations++;
}

/* The key, pressed in @pw's window, activates the application action
 * @name (its own handler held back: Quit would end the test) */
static void
check_app_action (VbdProjectWindow *pw,
                  const char       *name,
                  const Listed     *l)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (app), name);
  gulong id;
  guint before = app_activations;

  g_assert_true (G_IS_SIMPLE_ACTION (action));
  g_assert_true (g_action_get_enabled (action));
  /* the application's handlers (its actions' data is the application) */
  g_assert_cmpuint (g_signal_handlers_block_matched (action, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, app), >, 0);
  id = g_signal_connect (action, "activate", G_CALLBACK (on_app_action_activated_cb), NULL);
  key (pw, l->keyval, l->mods);
  g_signal_handler_disconnect (action, id);
  g_signal_handlers_unblock_matched (action, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, app);
  if (app_activations != before + 1)
    g_error ("“%s” (%s) did not activate app.%s", l->title, gtk_accelerator_name (l->keyval, l->mods), name);
}

/* The key opens a window of @type (a dialog, a file chooser); Escape
 * closes it */
static void
check_opens (VbdProjectWindow *pw,
             const Listed     *l,
             GType             type)
{
  GtkWindow *shown;

  g_assert_null (vbd_shown_toplevel (type));
  key (pw, l->keyval, l->mods);
  if (!vbd_wait_for (toplevel_of_type_cb, GSIZE_TO_POINTER (type), 3000))
    g_error ("“%s” (%s) opened no %s", l->title, gtk_accelerator_name (l->keyval, l->mods), g_type_name (type));
  shown = vbd_shown_toplevel (type);
  g_assert_true (gtk_window_get_transient_for (shown) == win (pw));
  key (pw, GDK_KEY_Escape, 0);
  if (vbd_shown_toplevel (type))
    gtk_window_destroy (vbd_shown_toplevel (type));
  vbd_iterate (50);
}

static void
focus_page (VbdProjectWindow *pw)
{
  if (focus_in_sidebar (pw))
    key (pw, GDK_KEY_F6, 0);
  g_assert_false (focus_in_sidebar (pw));
}

static void
focus_sidebar (VbdProjectWindow *pw)
{
  if (!focus_in_sidebar (pw))
    key (pw, GDK_KEY_F6, 0);
  g_assert_true (focus_in_sidebar (pw));
}

/* Presses the key and checks that it does what the action it is bound
 * to does */
static void
check_window_action (VbdProjectWindow *pw,
                     const char       *name,
                     GVariant         *args,
                     const Listed     *l)
{
  g_autofree char *accel = gtk_accelerator_name (l->keyval, l->mods);

  if (g_str_equal (name, "win.undo") || g_str_equal (name, "win.redo"))
    {
      gboolean undo = g_str_equal (name, "win.undo");
      gint64 before;

      /* a fixture: an edit to undo, or one undone to redo */
      g_assert_nonnull (vb_project_add_vendor (pw->project, NULL));
      if (!undo)
        g_assert_true (vb_project_undo (pw->project, NULL));
      vbd_iterate (30);
      before = vbd_db_int (pw->path, "SELECT count(*) FROM vendor");
      focus_sidebar (pw);   /* not in a text field, where the field undoes its typing first */
      key (pw, l->keyval, l->mods);
      if (vbd_db_int (pw->path, "SELECT count(*) FROM vendor") != before + (undo ? -1 : 1))
        g_error ("“%s” (%s) did not %s the last edit", l->title, accel, undo ? "undo" : "redo");
    }
  else if (g_str_equal (name, "win.new-project"))
    check_opens (pw, l, VB_TYPE_NEW_PROJECT_DIALOG);
  else if (g_str_equal (name, "win.open") || g_str_equal (name, "win.save-copy"))
    check_opens (pw, l, GTK_TYPE_FILE_CHOOSER_DIALOG);
  else if (g_str_equal (name, "win.show-stage-number"))
    {
      int n = g_variant_get_int32 (args);
      VbStage expected = nth_stage (n);

      focus_page (pw);
      key (pw, GDK_KEY_1, GDK_ALT_MASK);
      g_assert_cmpint (vb_window_get_visible_stage (pw->window), ==, nth_stage (1));
      key (pw, l->keyval, l->mods);
      if (expected == VB_N_STAGES)
        expected = nth_stage (1);   /* no stage there: nothing changes */
      if (vb_window_get_visible_stage (pw->window) != expected)
        g_error ("“%s” (%s) showed %s, not %s", l->title, accel,
                 vb_stage_get_id (vb_window_get_visible_stage (pw->window)), vb_stage_get_id (expected));
      vbd_assert_focus_in (win (pw), page_of (pw, expected));
    }
  else if (g_str_equal (name, "win.focus-sidebar"))
    {
      focus_page (pw);
      key (pw, l->keyval, l->mods);
      if (!focus_in_sidebar (pw))
        g_error ("“%s” (%s) did not move the keyboard to the sidebar", l->title, accel);
      key (pw, l->keyval, l->mods);
      if (focus_in_sidebar (pw))
        g_error ("“%s” (%s) did not move the keyboard back to the page", l->title, accel);
    }
  else if (g_str_equal (name, "win.back"))
    {
      /* unfolded, back from a page is to the stages */
      focus_page (pw);
      key (pw, l->keyval, l->mods);
      if (!focus_in_sidebar (pw))
        g_error ("“%s” (%s) did not go back to the stages", l->title, accel);
    }
  else if (g_str_equal (name, "win.close"))
    {
      /* in a window of its own */
      g_autofree char *path = project_in ("Close me", VB_PROJECT_TEMPLATE_BLANK);
      VbdProjectWindow other = { 0 };
      GtkWidget *w;

      vbd_open (&other, app, path, 800, 600);
      w = GTK_WIDGET (other.window);
      g_object_add_weak_pointer (G_OBJECT (w), (gpointer *) &w);
      key (&other, l->keyval, l->mods);
      vbd_iterate (100);
      if (w != NULL)
        g_error ("“%s” (%s) did not close the window", l->title, accel);
      g_clear_pointer (&other.path, g_free);
    }
  else
    g_error ("the shortcuts window lists “%s” (%s), bound to %s, which this test does not know how to check: "
             "add a check to check_window_action()", l->title, accel, name);
}

/* ------------------------------------------------------------ the Responses grid */

/* The answer a grid key gives a requirement and a question (UNSET for the
 * keys that clear), or FALSE for a key that is not one of them */
static gboolean
grid_answer_key (guint     keyval,
                 VbAnswer *for_requirement,
                 VbAnswer *for_question)
{
  static const struct { guint keyval; VbAnswer requirement, question; } keys[] = {
    { GDK_KEY_1, VB_ANSWER_MEETS, VB_ANSWER_YES },
    { GDK_KEY_y, VB_ANSWER_MEETS, VB_ANSWER_YES },
    { GDK_KEY_2, VB_ANSWER_PARTLY, VB_ANSWER_PARTLY },
    { GDK_KEY_p, VB_ANSWER_PARTLY, VB_ANSWER_PARTLY },
    { GDK_KEY_3, VB_ANSWER_DOES_NOT_MEET, VB_ANSWER_NO },
    { GDK_KEY_n, VB_ANSWER_DOES_NOT_MEET, VB_ANSWER_NO },
    { GDK_KEY_4, VB_ANSWER_NOT_APPLICABLE, VB_ANSWER_NOT_APPLICABLE },
    { GDK_KEY_a, VB_ANSWER_NOT_APPLICABLE, VB_ANSWER_NOT_APPLICABLE },
    { GDK_KEY_0, VB_ANSWER_UNSET, VB_ANSWER_UNSET },
    { GDK_KEY_BackSpace, VB_ANSWER_UNSET, VB_ANSWER_UNSET },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i].keyval == keyval)
      {
        *for_requirement = keys[i].requirement;
        *for_question = keys[i].question;
        return TRUE;
      }
  return FALSE;
}

/* The Responses page with a finalist, a requirement and a question (a
 * fixture made once), its grid focused at @index */
static GtkWidget *
grid_at (VbdProjectWindow *pw,
         int               index)
{
  GtkWidget *page, *list;
  GtkListBoxRow *row;

  if (g_list_model_get_n_items (vb_project_get_requirement_sections (pw->project)) == 0)
    {
      VbRequirementSection *section = vb_project_add_requirement_section (pw->project, NULL);
      VbQuestionDomain *domain = vb_project_add_question_domain (pw->project, NULL);
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vb_project_get_vendors (pw->project), 0);

      g_assert_nonnull (vb_requirement_section_add_requirement (section, NULL));
      g_assert_nonnull (vb_question_domain_add_question (domain, NULL));
      g_assert_true (vb_vendor_set_status (vendor, VB_VENDOR_STATUS_FINALIST, NULL, NULL));
      vbd_iterate (30);
    }
  gtk_widget_activate_action (GTK_WIDGET (pw->window), "win.show-stage", "s", vb_stage_get_id (VB_STAGE_RESPONSES));
  vbd_iterate (50);
  page = page_of (pw, VB_STAGE_RESPONSES);
  list = child_of (page, VB_TYPE_RESPONSES_PAGE, "items_list");
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
  g_assert_nonnull (row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  vbd_iterate (30);
  return GTK_WIDGET (row);
}

static char *
grid_answer_on_disk (VbdProjectWindow *pw,
                     const char       *column)
{
  g_autofree char *q = g_strdup_printf ("SELECT answer FROM response WHERE %s IS NOT NULL", column);

  return vbd_db_text (pw->path, q);
}

/* An answer key sets the answer of the focused requirement and question;
 * Down and Up move in the grid; Enter opens the item's editor */
static gboolean
check_grid_key (VbdProjectWindow *pw,
                const Listed     *l)
{
  g_autofree char *accel = gtk_accelerator_name (l->keyval, l->mods);
  VbAnswer for_requirement, for_question;
  GtkWidget *row;

  if (l->mods != 0)
    return FALSE;
  if (grid_answer_key (l->keyval, &for_requirement, &for_question))
    {
      const char *columns[] = { "requirement_id", "question_id" };
      VbAnswer expected[] = { for_requirement, for_question };

      for (int i = 0; i < 2; i++)
        {
          g_autoptr(VbVendor) vendor = g_list_model_get_item (vb_project_get_vendors (pw->project), 0);
          g_autofree char *stored = NULL;
          VbRecord *item;

          row = grid_at (pw, i);
          /* a fixture: an answer the key changes */
          item = g_object_get_data (G_OBJECT (row), "vb-record");
          if (VB_IS_REQUIREMENT (item))
            g_assert_true (vb_requirement_record_answer (VB_REQUIREMENT (item), vendor,
                                                         expected[i] ? VB_ANSWER_UNSET : VB_ANSWER_MEETS, NULL));
          else
            g_assert_true (vb_question_record_answer (VB_QUESTION (item), vendor,
                                                      expected[i] ? VB_ANSWER_UNSET : VB_ANSWER_YES, NULL));
          vbd_iterate (30);
          key (pw, l->keyval, l->mods);
          stored = grid_answer_on_disk (pw, columns[i]);
          if (g_strcmp0 (stored, vb_enum_get_nick (VB_TYPE_ANSWER, expected[i])) != 0)
            g_error ("“%s” (%s) gave the %s the answer “%s”, not “%s”", l->title, accel,
                     i == 0 ? "requirement" : "question", stored, vb_enum_get_nick (VB_TYPE_ANSWER, expected[i]));
        }
      return TRUE;
    }
  if (l->keyval == GDK_KEY_Down || l->keyval == GDK_KEY_Up)
    {
      int from = l->keyval == GDK_KEY_Down ? 0 : 1;
      GtkWidget *start = grid_at (pw, from);
      GtkWidget *to = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_parent (start)),
                                                                 1 - from));

      key (pw, l->keyval, l->mods);
      if (!vbd_focus_is_in (win (pw), to))
        g_error ("“%s” (%s) did not move to the %s item of the grid", l->title, accel,
                 l->keyval == GDK_KEY_Down ? "next" : "previous");
      return TRUE;
    }
  if (l->keyval == GDK_KEY_Return)
    {
      GtkWidget *page, *stack;

      grid_at (pw, 0);
      page = page_of (pw, VB_STAGE_RESPONSES);
      stack = child_of (page, VB_TYPE_RESPONSES_PAGE, "editor_stack");
      gtk_stack_set_visible_child_name (GTK_STACK (stack), "empty");
      key (pw, l->keyval, l->mods);
      if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "editor") != 0 ||
          !vbd_focus_is_in (win (pw), stack))
        g_error ("“%s” (%s) did not open the item's editor", l->title, accel);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------ the Requirements page */

static char *
keys_order_on_disk (VbdProjectWindow *pw)
{
  return vbd_db_text (pw->path, "SELECT group_concat(text, ',') FROM (SELECT text FROM requirement "
                                "WHERE text LIKE 'K_' ORDER BY position)");
}

static char *
first_section_on_disk (VbdProjectWindow *pw)
{
  return vbd_db_text (pw->path, "SELECT coalesce(title, '') FROM requirement_section ORDER BY position LIMIT 1");
}

/* The Requirements page showing a section of its own, “Keys” (after the
 * grid's section, made first: the grid expects to be alone), with K1, K2
 * and K3 left out of the RFP so that the Responses grid does not show
 * them; returns the list of sections, @requirements the section's
 * requirements */
static GtkWidget *
keys_section (VbdProjectWindow  *pw,
              GtkWidget        **requirements)
{
  GtkWidget *page, *sections, *box, *add;
  guint n;

  grid_at (pw, 0);
  if (vbd_db_int (pw->path, "SELECT count(*) FROM requirement_section WHERE title = 'Keys'") == 0)
    {
      VbRequirementSection *section = vb_project_add_requirement_section (pw->project, NULL);

      g_assert_true (vb_requirement_section_set_title (section, "Keys", NULL));
      g_assert_true (vb_requirement_section_set_included (section, FALSE, NULL));
      for (int i = 1; i <= 3; i++)
        {
          g_autofree char *text = g_strdup_printf ("K%d", i);
          VbRequirement *r = vb_requirement_section_add_requirement (section, NULL);

          g_assert_true (vb_requirement_set_text (r, text, NULL));
          g_assert_true (vb_requirement_set_included (r, FALSE, NULL));
        }
      vbd_iterate (30);
    }
  gtk_widget_activate_action (GTK_WIDGET (pw->window), "win.show-stage", "s",
                              vb_stage_get_id (VB_STAGE_REQUIREMENTS));
  vbd_iterate (50);
  page = page_of (pw, VB_STAGE_REQUIREMENTS);
  sections = child_of (page, VB_TYPE_REQUIREMENTS_PAGE, "sections_list");
  n = vbd_count_rows (sections);
  g_assert_cmpuint (n, ==, 2);
  /* “Keys” is where it was put, or first after a move the check undid */
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (sections), (int) i);
      VbRequirementSection *s = g_object_get_data (G_OBJECT (row), "vb-record");

      if (g_strcmp0 (vb_requirement_section_get_title (s), "Keys") == 0)
        gtk_list_box_select_row (GTK_LIST_BOX (sections), row);
    }
  vbd_iterate (50);
  /* the section's list of requirements follows the header that holds
   * Add Requirement */
  box = child_of (page, VB_TYPE_REQUIREMENTS_PAGE, "editor_box");
  add = vbd_action_button (box, "requirements.add-requirement", NULL);
  *requirements = gtk_widget_get_next_sibling (gtk_widget_get_parent (add));
  g_assert_true (GTK_IS_LIST_BOX (*requirements));
  g_assert_cmpuint (vbd_count_rows (*requirements), ==, 3);
  return sections;
}

/* Alt+Up and Alt+Down move the focused requirement or section; Delete
 * removes the focused requirement. Each is undone after its check. */
static gboolean
check_requirements_key (VbdProjectWindow *pw,
                        const Listed     *l)
{
  g_autofree char *accel = gtk_accelerator_name (l->keyval, l->mods);
  gboolean up = l->keyval == GDK_KEY_Up;
  GtkWidget *sections, *requirements;

  if (!(l->mods == GDK_ALT_MASK && (l->keyval == GDK_KEY_Up || l->keyval == GDK_KEY_Down)) &&
      !(l->mods == 0 && l->keyval == GDK_KEY_Delete))
    return FALSE;
  sections = keys_section (pw, &requirements);
  if (l->keyval == GDK_KEY_Delete)
    {
      g_autofree char *order = NULL;

      vb_focus_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (requirements), 1)));
      vbd_iterate (20);
      key (pw, l->keyval, l->mods);
      vbd_iterate (50);
      order = keys_order_on_disk (pw);
      if (g_strcmp0 (order, "K1,K3") != 0)
        g_error ("“%s” (%s) left the requirements %s, not K1,K3", l->title, accel, order);
    }
  else if (strstr (l->title, "section"))
    {
      g_autofree char *before = first_section_on_disk (pw);
      g_autofree char *after = NULL;
      /* Keys is second: Up brings it first; first (after an Up), Down takes it back */
      int from = g_strcmp0 (before, "Keys") == 0 ? 0 : 1;

      vb_focus_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sections), from)));
      vbd_iterate (20);
      key (pw, l->keyval, l->mods);
      vbd_iterate (50);
      after = first_section_on_disk (pw);
      if (g_strcmp0 (after, before) == 0 && (up ? from == 1 : from == 0))
        g_error ("“%s” (%s) did not move the section", l->title, accel);
    }
  else
    {
      g_autofree char *order = NULL;
      const char *expected = up ? "K2,K1,K3" : "K1,K3,K2";

      vb_focus_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (requirements), 1)));
      vbd_iterate (20);
      key (pw, l->keyval, l->mods);
      vbd_iterate (50);
      order = keys_order_on_disk (pw);
      if (g_strcmp0 (order, expected) != 0)
        g_error ("“%s” (%s) left the requirements %s, not %s", l->title, accel, order, expected);
    }
  /* as it was, for the next check, the grid too */
  g_assert_true (vb_project_undo (pw->project, NULL));
  vbd_iterate (50);
  grid_at (pw, 0);
  vbd_iterate (100);
  return TRUE;
}

/* ------------------------------------------------------------ the Scoring page's grid */

/* The Scores view of one evaluator, two finalists by two judged criteria
 * (a fixture made once), its cell @index (row by row) focused */
static GtkWidget *
scores_cell_at (VbdProjectWindow *pw,
                guint             index,
                VbEvaluator     **evaluator)
{
  GListModel *evaluators = vb_project_get_evaluators (pw->project);
  GtkWidget *page, *view, *grid, *cell = NULL;
  guint n = 0;

  if (g_list_model_get_n_items (evaluators) == 0)
    {
      VbCriterion *category = vb_project_add_criterion_category (pw->project, "Keys", NULL);

      g_assert_nonnull (vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, "Key 1", NULL));
      g_assert_nonnull (vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, "Key 2", NULL));
      g_assert_nonnull (vb_project_add_evaluator (pw->project, "Keyboard", NULL));
      for (guint v = 0; v < 2; v++)
        {
          g_autoptr(VbVendor) vendor = g_list_model_get_item (vb_project_get_vendors (pw->project), v);

          if (vb_vendor_get_status (vendor) != VB_VENDOR_STATUS_FINALIST)
            g_assert_true (vb_vendor_set_status (vendor, VB_VENDOR_STATUS_FINALIST, NULL, NULL));
        }
      vbd_iterate (30);
    }
  *evaluator = g_list_model_get_item (evaluators, 0);
  g_object_unref (*evaluator);   /* the project holds it */
  gtk_widget_activate_action (GTK_WIDGET (pw->window), "win.show-stage", "s", vb_stage_get_id (VB_STAGE_SCORING));
  vbd_iterate (50);
  page = page_of (pw, VB_STAGE_SCORING);
  gtk_widget_activate_action (page, "scoring.show-view", "s", VB_SCORING_VIEW_SCORES);
  vbd_iterate (50);
  view = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (child_of (page, VB_TYPE_SCORING_PAGE, "view_stack")),
                                           VB_SCORING_VIEW_SCORES);
  vb_scores_view_set_evaluator (VB_SCORES_VIEW (view), *evaluator);
  vbd_iterate (50);
  grid = child_of (view, VB_TYPE_SCORES_VIEW, "grid");
  /* the cells in the grid's order: rows top down, vendors left to right */
  for (int row = 0; row < 8 && cell == NULL; row++)
    for (int col = 1; col <= 2 && cell == NULL; col++)
      {
        GtkWidget *w = gtk_grid_get_child_at (GTK_GRID (grid), col, row);

        if (w && g_strcmp0 (gtk_widget_get_name (w), "score-cell") == 0 && n++ == index)
          cell = w;
      }
  g_assert_nonnull (cell);
  gtk_widget_grab_focus (cell);
  vbd_iterate (30);
  return cell;
}

static int
cell_score (VbEvaluator *evaluator,
            GtkWidget   *cell)
{
  VbScore *score = vb_evaluator_find_score (evaluator, vb_score_cell_get_vendor (cell), vb_score_cell_get_criterion (cell));

  return score ? vb_score_get_score (score) : 0;
}

/* 1–5 score the focused cell, 0 and Delete clear it, the arrows move, Enter opens it */
static void
check_scoring_key (VbdProjectWindow *pw,
                   const Listed     *l)
{
  g_autofree char *accel = gtk_accelerator_name (l->keyval, l->mods);
  VbEvaluator *evaluator;
  GtkWidget *cell = scores_cell_at (pw, 0, &evaluator);

  if (l->mods == 0 && l->keyval >= GDK_KEY_1 && l->keyval <= GDK_KEY_5)
    {
      key (pw, l->keyval, l->mods);
      if (cell_score (evaluator, cell) != (int) (l->keyval - GDK_KEY_0))
        g_error ("“%s” (%s) gave the cell %d", l->title, accel, cell_score (evaluator, cell));
    }
  else if (l->mods == 0 && (l->keyval == GDK_KEY_0 || l->keyval == GDK_KEY_Delete))
    {
      g_assert_true (vb_evaluator_set_score (evaluator, vb_score_cell_get_vendor (cell),
                                             vb_score_cell_get_criterion (cell), 3, NULL, NULL));
      vbd_iterate (30);
      key (pw, l->keyval, l->mods);
      if (cell_score (evaluator, cell) != 0)
        g_error ("“%s” (%s) left the score %d", l->title, accel, cell_score (evaluator, cell));
    }
  else if (l->mods == 0 && (l->keyval == GDK_KEY_Left || l->keyval == GDK_KEY_Right ||
                            l->keyval == GDK_KEY_Up || l->keyval == GDK_KEY_Down))
    {
      /* from the cell it leaves to the one beside it: 0 1 / 2 3 */
      guint from = l->keyval == GDK_KEY_Left ? 1 : l->keyval == GDK_KEY_Up ? 2 : 0;
      guint to = l->keyval == GDK_KEY_Right ? 1 : l->keyval == GDK_KEY_Down ? 2 : 0;
      GtkWidget *target = scores_cell_at (pw, to, &evaluator);

      scores_cell_at (pw, from, &evaluator);
      key (pw, l->keyval, l->mods);
      if (!vbd_focus_is_in (win (pw), target))
        g_error ("“%s” (%s) did not move to the cell beside", l->title, accel);
    }
  else if (l->mods == 0 && l->keyval == GDK_KEY_Return)
    {
      GtkWidget *popover;

      key (pw, l->keyval, l->mods);
      popover = vbd_find (cell, vbd_match_name, "score-popover");
      if (popover == NULL || !gtk_widget_get_mapped (popover))
        g_error ("“%s” (%s) did not open the cell", l->title, accel);
      gtk_popover_popdown (GTK_POPOVER (popover));
      vbd_iterate (50);
    }
  else
    g_error ("the shortcuts window lists “%s” (%s) for the Scoring page, which the test does not know", l->title,
             accel);
}

/* A listed key that no action is bound to: a behaviour of the widgets,
 * which the test knows how to check */
static void
check_behaviour (VbdProjectWindow *pw,
                 const Listed     *l)
{
  g_autofree char *accel = gtk_accelerator_name (l->keyval, l->mods);

  if (l->keyval == GDK_KEY_Tab && l->mods == 0)
    {
      GtkWidget *vendors, *list, *editor_box;
      VbStage shown;

      /* from the sidebar to the page of the stage, which stays shown */
      focus_sidebar (pw);
      shown = vb_window_get_visible_stage (pw->window);
      key (pw, l->keyval, l->mods);
      if (focus_in_sidebar (pw) || vb_window_get_visible_stage (pw->window) != shown)
        g_error ("“%s” (%s) did not leave the sidebar for the page shown", l->title, accel);
      vbd_assert_focus_in (win (pw), page_of (pw, shown));

      /* from the vendor list to the editor of the vendor it shows */
      key (pw, alt_key_of (VB_STAGE_VENDORS), GDK_ALT_MASK);
      g_assert_cmpint (vb_window_get_visible_stage (pw->window), ==, VB_STAGE_VENDORS);
      vendors = page_of (pw, VB_STAGE_VENDORS);
      list = child_of (vendors, VB_TYPE_VENDORS_PAGE, "vendors_list");
      editor_box = child_of (vendors, VB_TYPE_VENDORS_PAGE, "editor_box");
      g_assert_cmpuint (vbd_count_rows (list), >=, 2);
      vbd_assert_focus_in (win (pw), list);
      key (pw, l->keyval, l->mods);
      if (!vbd_focus_is_in (win (pw), editor_box))
        g_error ("“%s” (%s) did not leave the vendor list for the vendor's editor", l->title, accel);
    }
  else if (g_strcmp0 (l->section, "scoring") == 0)
    check_scoring_key (pw, l);
  else if (!check_grid_key (pw, l) && !check_requirements_key (pw, l))
    g_error ("the shortcuts window lists “%s” (%s), which is bound to nothing", l->title, accel);
}

/* Every shortcut the shortcuts window lists is bound to an action, and
 * pressing it does what the action does */
static void
test_shortcuts_work (void)
{
  g_autofree char *path = project_in ("Shortcuts", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  g_autoptr(GPtrArray) listed = listed_shortcuts ();

  {
    g_autoptr(VbProject) project = vb_project_open (path, NULL);   /* a fixture: two vendors */

    g_assert_true (vb_vendor_set_name (vb_project_add_vendor (project, NULL), "Acme", NULL));
    g_assert_true (vb_vendor_set_name (vb_project_add_vendor (project, NULL), "Brightdesk", NULL));
    vb_project_close (project);
  }
  vbd_open (&pw, app, path, 1200, 800);
  /* close the window last */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < listed->len; i++)
      {
        const Listed *l = listed->pdata[i];
        g_autoptr(GVariant) args = NULL;
        g_autofree char *name = bound_action (GTK_WIDGET (pw.window), l->keyval, l->mods, &args);
        g_autofree char *accel = gtk_accelerator_name (l->keyval, l->mods);

        if ((pass == 1) != (name && g_str_equal (name, "win.close")))
          continue;
        if (name == NULL)
          {
            g_test_message ("%s: %s", l->title, accel);
            check_behaviour (&pw, l);
            continue;
          }
        g_test_message ("%s: %s → %s", l->title, accel, name);
        if (g_str_has_prefix (name, "app."))
          check_app_action (&pw, name + 4, l);
        else if (g_str_has_prefix (name, "win."))
          check_window_action (&pw, name, args, l);
        else
          g_error ("“%s” (%s) is bound to %s, which is neither the window's nor the application's", l->title,
                   accel, name);
      }
  vbd_close (&pw);
}

/* Every key the window binds (its own bindings and the application's
 * accelerators) is listed in the shortcuts window */
static void
test_shortcuts_listed (void)
{
  g_autofree char *path = project_in ("Listed", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  g_autoptr(GPtrArray) listed = listed_shortcuts ();
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);

  vbd_open (&pw, app, path, 1200, 800);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (pw.window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          const char *name;
          gboolean found = FALSE;

          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          /* ours only: GTK's own window bindings (the inspector …) are GTK's */
          if (!g_str_has_prefix (name, "win.") && !g_str_has_prefix (name, "app."))
            continue;
          for (guint k = 0; k < listed->len && !found; k++)
            {
              const Listed *l = listed->pdata[k];

              found = trigger_matches (trigger, l->keyval, l->mods);
            }
          if (!found)
            {
              g_autofree char *t = gtk_shortcut_trigger_to_string (trigger);

              g_string_append_printf (missing, "%s%s (%s)", missing->len ? ", " : "", t, name);
            }
        }
    }
  if (missing->len)
    g_error ("the window binds keys the shortcuts window does not list: %s", missing->str);
  vbd_close (&pw);
}

/* ------------------------------------------------------------ back, wide and narrow */

/* A stage page's own leaflet (its list beside its editor), or NULL */
static AdwLeaflet *
page_leaflet (GtkWidget *page)
{
  GObject *leaflet = gtk_widget_get_template_child (page, G_OBJECT_TYPE (page), "leaflet");

  return ADW_IS_LEAFLET (leaflet) ? ADW_LEAFLET (leaflet) : NULL;
}

/* The first (the list) or the last (the editor) child a leaflet goes to */
static GtkWidget *
leaflet_end (AdwLeaflet *leaflet,
             gboolean    last)
{
  g_autoptr(GtkSelectionModel) pages = adw_leaflet_get_pages (leaflet);
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_leaflet_page_get_navigatable (page) && (found == NULL || last))
        found = adw_leaflet_page_get_child (page);
    }
  g_assert_nonnull (found);
  return found;
}

/* Alt+Left is “Back (in a narrow window)”, the window's win.back. A
 * page's leaflet may take it only when folded: unfolded, list and editor
 * are both in sight, and a leaflet that went “back” then would swallow
 * the key (nothing seen changes, the keyboard stays put, and the next
 * fold shows the list instead of the editor). So, on every page with a
 * leaflet, with the editor as the leaflet's child (as Enter on a row
 * makes it): unfolded, Alt+Left leaves the leaflet's child alone and goes
 * to the stages, as win.back does; folded, it goes from the editor to the
 * list and the window still shows the page. Every page folds in a narrow
 * window; in a wide one (as wide as the test's screen allows) the
 * Responses grid still does not fit beside its editor, the others do. */
static void
test_back_wide_and_narrow (void)
{
  for (int narrow = 0; narrow < 2; narrow++)
    {
      g_autofree char *path = project_in (narrow ? "Back narrow" : "Back wide", VB_PROJECT_TEMPLATE_BLANK);
      VbdProjectWindow pw = { 0 };
      guint n_folded = 0, n_unfolded = 0;

      {
        g_autoptr(VbProject) project = vb_project_open (path, NULL);   /* a fixture: a vendor to open */

        g_assert_true (vb_vendor_set_name (vb_project_add_vendor (project, NULL), "Acme", NULL));
        vb_project_close (project);
      }
      for (VbStage s = 0; s < VB_N_STAGES; s++)
        {
          GtkWidget *page, *list, *editor, *shown;
          AdwLeaflet *leaflet;
          gboolean folded;

          if (!vb_stage_is_available (s) || vb_stage_page_type_for (s) == G_TYPE_NONE)
            continue;
          /* a window of its own for each page: one page too wide for the
           * window widens it for the pages after it */
          vbd_open (&pw, app, path, narrow ? 360 : 1280, narrow ? 700 : 800);
          /* the stages after the ninth row have no Alt+digit: its action */
          if (has_alt_key (s))
            key (&pw, alt_key_of (s), GDK_ALT_MASK);
          else
            gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.show-stage", "s", vb_stage_get_id (s));
          g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, s);
          page = page_of (&pw, s);
          leaflet = page_leaflet (page);
          if (leaflet == NULL)
            {
              vbd_close (&pw);
              continue;
            }
          list = leaflet_end (leaflet, FALSE);
          editor = leaflet_end (leaflet, TRUE);
          /* a page just built folds on its first allocation */
          vbd_wait_drawable (list);
          vbd_iterate (50);
          folded = adw_leaflet_get_folded (leaflet);
          if (narrow && !folded)
            g_error ("the %s page is not folded in a narrow window", vb_stage_get_id (s));
          if (folded)
            n_folded++;
          else
            n_unfolded++;
          if (adw_leaflet_get_can_navigate_back (leaflet) != folded)
            g_error ("the %s page's leaflet %s back by itself %s", vb_stage_get_id (s),
                     folded ? "does not go" : "goes", folded ? "when folded" : "when not folded");

          /* the editor in front (a fixture, but for Vendors: Enter on the row) */
          if (s == VB_STAGE_VENDORS)
            {
              focus_page (&pw);
              vbd_assert_focus_in (win (&pw), list);
              key (&pw, GDK_KEY_Return, 0);
            }
          else
            adw_leaflet_set_visible_child (leaflet, editor);
          vbd_iterate (50);
          /* (unfolded, the Responses page puts its list back in front) */
          shown = adw_leaflet_get_visible_child (leaflet);
          if (folded)
            g_assert_true (shown == editor);
          else
            {
              focus_page (&pw);
              vbd_assert_focus_in (win (&pw), page);
            }

          key (&pw, GDK_KEY_Left, GDK_ALT_MASK);
          if (folded)
            {
              if (adw_leaflet_get_visible_child (leaflet) != list)
                g_error ("Alt+Left in a folded window did not go back to the %s page's list", vb_stage_get_id (s));
              g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (vbd_view_child (&pw, "leaflet"))) !=
                             GTK_WIDGET (vbd_view_child (&pw, "sidebar")));
              g_assert_false (focus_in_sidebar (&pw));
            }
          else
            {
              if (adw_leaflet_get_visible_child (leaflet) != shown)
                g_error ("Alt+Left in a wide window was taken by the %s page's leaflet", vb_stage_get_id (s));
              if (!focus_in_sidebar (&pw))
                g_error ("Alt+Left in a wide window did not go to the stages from the %s page", vb_stage_get_id (s));
            }
          vbd_close (&pw);
        }
      /* Vendors, Requirements, Responses, References and Security have a
       * leaflet; wide, all but Responses are unfolded */
      g_assert_cmpuint (n_folded + n_unfolded, >=, 5);
      g_assert_cmpuint (narrow ? n_unfolded : n_folded, <=, narrow ? 0 : 1);
    }
}

/* A window made narrow and wide again, again and again, on a page with a
 * leaflet of its own: the back button follows the fold, and no frame
 * draws a widget shown while the leaflets were being allocated (GTK's
 * "snapshot … without a current allocation" warning is fatal here) */
static void
test_fold_and_unfold (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Fold", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *back;

  vbd_open (&pw, app, path, 1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.show-stage", "s", vb_stage_get_id (VB_STAGE_REQUIREMENTS));
  vbd_iterate (100);
  back = vbd_view_child (&pw, "back_button");
  for (int round = 0; round < 6; round++)
    {
      gtk_window_set_default_size (GTK_WINDOW (pw.window), 360, 700);
      vbd_iterate (250);
      g_assert_true (gtk_widget_get_visible (back));
      gtk_window_set_default_size (GTK_WINDOW (pw.window), 1280, 800);
      vbd_iterate (250);
      g_assert_false (gtk_widget_get_visible (back));
    }
  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "keyboard", &tmp_root);

  g_test_add_func ("/keyboard/journey", test_journey);
  g_test_add_func ("/keyboard/folded-back", test_folded_back);
  g_test_add_func ("/keyboard/back-wide-and-narrow", test_back_wide_and_narrow);
  g_test_add_func ("/keyboard/fold-and-unfold", test_fold_and_unfold);
  g_test_add_func ("/keyboard/shortcuts-work", test_shortcuts_work);
  g_test_add_func ("/keyboard/shortcuts-listed", test_shortcuts_listed);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
