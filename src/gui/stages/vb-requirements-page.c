/* vb-requirements-page.c — stage 2: requirements
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sections of the request for proposal beside the editor of one
 * (AdwLeaflet, as the Vendors page: in a narrow window the editor slides
 * over the list and the window's back button returns). Above the list,
 * how many requirements are in the RFP and how many are must-haves; under
 * each section, the same for it. The editor holds the section's title,
 * description and whether it is in the RFP, then its requirements, one
 * expander row each (vb-requirement-rows.c).
 *
 * Keyboard: the arrow keys move in a list; Alt+Up and Alt+Down move the
 * section or requirement that has the focus (the rows' buttons do the
 * same); Delete removes the requirement whose row has the focus. Removing
 * is undone, not confirmed: a toast offers Undo, and focus goes to the
 * neighbour row.
 */

#define G_LOG_DOMAIN "vb-requirements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-requirement-rows.h"
#include "vb-requirement.h"
#include "vb-requirements-page.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"

struct _VbRequirementsPage
{
  GtkWidget             parent_instance;

  /* template widgets */
  GtkWidget            *leaflet;
  GtkWidget            *list_pane;
  GtkWidget            *add_section_button;
  GtkWidget            *summary_label;
  GtkWidget            *sections_list;
  GtkWidget            *footer_box;
  GtkWidget            *editor_stack;
  GtkWidget            *editor_scroller;
  GtkWidget            *editor_box;
  GtkWidget            *empty_page;

  /* owned */
  VbContext            *context;
  VbRequirementSection *section;          /* in the editor, or NULL */

  /* borrowed: the editor's widgets */
  GtkWidget            *editor;
  GtkWidget            *example_row;
  GtkWidget            *section_counts;
  GtkWidget            *requirements_list;
};

static void vb_requirements_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbRequirementsPage, vb_requirements_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_requirements_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbRequirementsPage *self)
{
  return vb_context_get_project (self->context);
}

/* The requirement of @uuid, in whichever section */
static VbRequirement *
lookup_requirement (VbRequirementsPage *self,
                    const char         *uuid)
{
  GListModel *sections = vb_project_get_requirement_sections (project_of (self));
  guint n = g_list_model_get_n_items (sections);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      VbRequirement *requirement = vb_model_lookup (vb_requirement_section_get_requirements (section), uuid);

      if (requirement)
        return requirement;
    }
  return NULL;
}

static gboolean
is_folded (VbRequirementsPage *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
}

static void
refresh_navigation (VbRequirementsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh-navigation", NULL);
}

/* ------------------------------------------------------------ counts */

static void
update_counts (VbRequirementsPage *self)
{
  VbRequirementCounts counts;
  g_autofree char *text = NULL;
  gboolean has_sections;

  vb_project_count_requirements (project_of (self), &counts);
  /* Translators: above the sections, e.g. “Requirements: 18 of 40 in the RFP · 9 must-haves” */
  {
    g_autofree char *line = vb_requirement_counts_text (&counts);
    text = g_strdup_printf (_("Requirements: %s"), line);
  }
  gtk_label_set_label (GTK_LABEL (self->summary_label), text);
  has_sections = counts.n_sections > 0;
  gtk_widget_set_visible (self->summary_label, has_sections);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page),
                             has_sections ? _("No Section Open") : _("No Requirements Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                   has_sections
                                   ? _("Open a section from the list to see and change its requirements.")
                                   : _("Group what vendors must answer into sections, such as “Staffing and "
                                       "training” or “Quality assurance”, and add the requirements to each."));
  if (self->section && self->section_counts)
    {
      VbRequirementCounts one = { 0 };
      g_autofree char *line = NULL;

      vb_requirement_section_count (self->section, &one);
      line = vb_requirement_section_get_included (self->section) ? vb_requirement_counts_text (&one)
                                                                 : g_strdup (_("Left out of the RFP, with every "
                                                                               "requirement in it"));
      gtk_label_set_label (GTK_LABEL (self->section_counts), line);
    }
  if (self->example_row && self->section)
    gtk_widget_set_visible (self->example_row, vb_section_has_examples (self->section));
}

static void
on_project_changed_cb (VbProject          *project,
                       VbRequirementsPage *self)
{
  update_counts (self);
}

/* ------------------------------------------------------------ editor */

static GtkWidget *
create_section_row_cb (gpointer item,
                       gpointer user_data)
{
  return vb_section_row_new (item);
}

static gboolean on_requirements_key_pressed_cb (GtkEventControllerKey *controller,
                                                guint                  keyval,
                                                guint                  keycode,
                                                GdkModifierType        state,
                                                VbRequirementsPage    *self);

static GtkWidget *
section_editor_new (VbRequirementsPage   *self,
                    VbRequirementSection *section)
{
  VbSectionEditorParts parts = { NULL };
  GtkWidget *editor = vb_section_editor_new (section, &parts);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->example_row = parts.example_row;
  self->section_counts = parts.counts;
  self->requirements_list = parts.requirements_list;
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_requirements_key_pressed_cb), self);
  gtk_widget_add_controller (self->requirements_list, keys);
  return editor;
}

static void
sync_list_selection (VbRequirementsPage *self)
{
  GtkWidget *row = self->section ? vb_list_find_row (self->sections_list, self->section) : NULL;

  if (row)
    gtk_list_box_select_row (GTK_LIST_BOX (self->sections_list), GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->sections_list));
}

static void
show_section (VbRequirementsPage   *self,
              VbRequirementSection *section,
              gboolean              slide)
{
  if (self->section != section)
    {
      if (self->editor)
        {
          gtk_list_box_bind_model (GTK_LIST_BOX (self->requirements_list), NULL, NULL, NULL, NULL);
          gtk_box_remove (GTK_BOX (self->editor_box), self->editor);
        }
      self->editor = self->example_row = self->section_counts = self->requirements_list = NULL;
      g_set_object (&self->section, section);
      if (section)
        {
          self->editor = section_editor_new (self, section);
          gtk_box_append (GTK_BOX (self->editor_box), self->editor);
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->editor_scroller)), 0);
        }
      update_counts (self);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), section ? "editor" : "empty");
  sync_list_selection (self);
  if (section && slide)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_stack);
  else if (section == NULL)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
  refresh_navigation (self);
}

static void
focus_section_field (VbRequirementsPage *self,
                     const char         *property)
{
  GtkWidget *field = self->editor ? vb_field_find (self->editor, property) : NULL;

  if (field)
    vb_focus_widget (field);
}

/* Opens @requirement's section and its row, with the cursor in @property */
static void
open_requirement (VbRequirementsPage *self,
                  VbRequirement      *requirement,
                  const char         *property)
{
  GtkWidget *row;

  show_section (self, vb_requirement_get_section (requirement), TRUE);
  row = vb_list_find_row (self->requirements_list, requirement);
  if (row)
    vb_requirement_row_open (row, property);
}

static void
on_row_activated_cb (GtkListBox         *list,
                     GtkListBoxRow      *row,
                     VbRequirementsPage *self)
{
  show_section (self, g_object_get_data (G_OBJECT (row), "vb-record"), TRUE);
  if (is_folded (self))
    focus_section_field (self, "title");
}

static void
on_row_selected_cb (GtkListBox         *list,
                    GtkListBoxRow      *row,
                    VbRequirementsPage *self)
{
  VbRequirementSection *section = row ? g_object_get_data (G_OBJECT (row), "vb-record") : NULL;

  if (section && section != self->section && !is_folded (self))
    show_section (self, section, FALSE);
}

/* The section in the editor went away (undo of its adding, removal) */
static void
on_sections_changed_cb (GListModel         *sections,
                        guint               position,
                        guint               removed,
                        guint               added,
                        VbRequirementsPage *self)
{
  if (self->section && !vb_record_is_live (VB_RECORD (self->section)))
    show_section (self, NULL, FALSE);
  else
    sync_list_selection (self);
}

/* ------------------------------------------------------------ moving */

static void
move_section (VbRequirementsPage   *self,
              VbRequirementSection *section,
              int                   delta)
{
  GListModel *sections = vb_project_get_requirement_sections (project_of (self));
  guint from = vb_model_index_of (sections, section);
  g_autoptr(GError) error = NULL;

  if (from == G_MAXUINT || (delta < 0 && from == 0) || (delta > 0 && from + 1 >= g_list_model_get_n_items (sections)))
    return;
  if (!vb_record_move (VB_RECORD (section), from + delta, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  sync_list_selection (self);
}

/* Moves @requirement by @delta places in its section; the list makes a
 * new row for it: it opens as the old one was, and the focus goes to its
 * button named @focus_name (NULL: to the row) */
static void
move_requirement (VbRequirementsPage *self,
                  VbRequirement      *requirement,
                  int                 delta,
                  const char         *focus_name)
{
  GListModel *siblings = vb_requirement_section_get_requirements (vb_requirement_get_section (requirement));
  guint from = vb_model_index_of (siblings, requirement);
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *target = NULL;
  gboolean expanded = FALSE;

  if (from == G_MAXUINT || (delta < 0 && from == 0) || (delta > 0 && from + 1 >= g_list_model_get_n_items (siblings)))
    return;
  row = vb_list_find_row (self->requirements_list, requirement);
  if (row)
    expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));
  if (!vb_requirement_move (requirement, from + delta, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  row = vb_list_find_row (self->requirements_list, requirement);
  if (row == NULL)
    return;
  if (expanded)
    vb_requirement_row_open (row, NULL);
  if (focus_name)
    target = vb_find_named (row, focus_name);
  vb_focus_widget (target ? target : row);
}

static gboolean
on_sections_key_pressed_cb (GtkEventControllerKey *controller,
                            guint                  keyval,
                            guint                  keycode,
                            GdkModifierType        state,
                            VbRequirementsPage    *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  VbRequirementSection *section;

  if (mods != GDK_ALT_MASK || (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down &&
                               keyval != GDK_KEY_KP_Up && keyval != GDK_KEY_KP_Down))
    return FALSE;
  section = vb_list_focused_record (self->sections_list);
  if (section == NULL || !gtk_widget_is_sensitive (self->add_section_button))
    return TRUE;
  move_section (self, section, keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? -1 : 1);
  {
    GtkWidget *row = vb_list_find_row (self->sections_list, section);

    if (row)
      vb_focus_widget (row);
  }
  return TRUE;
}

static void remove_requirement (VbRequirementsPage *self,
                                VbRequirement      *requirement);

static gboolean
on_requirements_key_pressed_cb (GtkEventControllerKey *controller,
                                guint                  keyval,
                                guint                  keycode,
                                GdkModifierType        state,
                                VbRequirementsPage    *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  VbRequirement *requirement = vb_list_focused_record (self->requirements_list);
  gboolean writable = gtk_widget_is_sensitive (self->add_section_button);

  if (requirement == NULL)
    return FALSE;
  if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ||
                               keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down))
    {
      if (writable)
        move_requirement (self, requirement, keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? -1 : 1, NULL);
      return TRUE;
    }
  if (mods == 0 && (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      !vb_focus_is_in_text (self->requirements_list))
    {
      if (writable)
        remove_requirement (self, requirement);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------ actions */

static void
add_section_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRequirementSection *section = vb_project_add_requirement_section (project_of (self), &error);

  if (section == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  show_section (self, section, TRUE);
  focus_section_field (self, "title");
}

static void
add_requirement_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbRequirement *requirement;

  if (self->section == NULL)
    return;
  requirement = vb_requirement_section_add_requirement (self->section, &error);
  if (requirement == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  open_requirement (self, requirement, "text");
}

static void
confirm_section_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->section && !vb_requirement_section_confirm_all (self->section, &error))
    vb_report_error (widget, error);
  else
    focus_section_field (self, "title");
}

static void
remove_section_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  g_autoptr(VbRequirementSection) section = self->section ? g_object_ref (self->section) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row;
  GtkListBoxRow *next;
  int position = -1;

  if (section == NULL)
    return;
  row = vb_list_find_row (self->sections_list, section);
  if (row)
    position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_requirement_section_get_title (section))
                           ? _("the section") : vb_requirement_section_get_title (section));
  if (!vb_record_remove (VB_RECORD (section), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  show_section (self, NULL, FALSE);
  vb_show_undo_toast (widget, title);
  next = position >= 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sections_list), position) : NULL;
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sections_list), position - 1);
  if (next)
    {
      if (!is_folded (self))
        show_section (self, g_object_get_data (G_OBJECT (next), "vb-record"), FALSE);
      vb_focus_widget (GTK_WIDGET (next));
    }
  else
    vb_focus_widget (self->add_section_button);
}

static void
section_up_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);

  if (self->section)
    move_section (self, self->section, -1);
}

static void
section_down_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);

  if (self->section)
    move_section (self, self->section, 1);
}

static void
confirm_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  VbRequirement *requirement = lookup_requirement (self, g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;

  if (requirement && !vb_record_confirm (VB_RECORD (requirement), &error))
    vb_report_error (widget, error);
  else if (requirement)
    {
      GtkWidget *row = vb_list_find_row (self->requirements_list, requirement);
      GtkWidget *field = row ? vb_field_find (row, "text") : NULL;

      if (field)
        vb_focus_widget (field);
    }
}

static void
remove_requirement (VbRequirementsPage *self,
                    VbRequirement      *requirement)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row = vb_list_find_row (self->requirements_list, requirement);
  int position = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
  GtkListBoxRow *next;

  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_requirement_get_text (requirement))
                           ? _("the requirement") : vb_requirement_get_text (requirement));
  if (!vb_record_remove (VB_RECORD (requirement), &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  vb_show_undo_toast (GTK_WIDGET (self), title);
  /* focus goes to the neighbour, never to nowhere */
  next = position >= 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->requirements_list), position) : NULL;
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->requirements_list), position - 1);
  if (next)
    vb_focus_widget (GTK_WIDGET (next));
  else if (self->editor)
    vb_focus_widget (vb_field_find (self->editor, "title"));
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  VbRequirement *requirement = lookup_requirement (self, g_variant_get_string (param, NULL));

  if (requirement)
    remove_requirement (self, requirement);
}

static void
move_up_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  VbRequirement *requirement = lookup_requirement (self, g_variant_get_string (param, NULL));

  if (requirement)
    move_requirement (self, requirement, -1, "move-up");
}

static void
move_down_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (widget);
  VbRequirement *requirement = lookup_requirement (self, g_variant_get_string (param, NULL));

  if (requirement)
    move_requirement (self, requirement, 1, "move-down");
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_requirements_page_show_finding (VbStagePage *page,
                                   VbFinding   *finding)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (page);
  VbRequirement *requirement = lookup_requirement (self, vb_finding_get_subject (finding));
  GListModel *sections = vb_project_get_requirement_sections (project_of (self));

  switch (vb_finding_get_action (finding))
    {
    case VB_FINDING_ACTION_ADD:
      /* nothing in the RFP: include the first requirement there is, or
       * add one (to the first section, or a section first) */
      if (requirement)
        {
          VbRequirementSection *section = vb_requirement_get_section (requirement);

          if (!vb_requirement_section_get_included (section))
            {
              show_section (self, section, TRUE);
              focus_section_field (self, "included");
            }
          else
            open_requirement (self, requirement, "included");
        }
      else if (g_list_model_get_n_items (sections) > 0)
        {
          g_autoptr(VbRequirementSection) first = g_list_model_get_item (sections, 0);

          show_section (self, first, TRUE);
          gtk_widget_activate_action (GTK_WIDGET (self), "requirements.add-requirement", NULL);
        }
      else
        gtk_widget_activate_action (GTK_WIDGET (self), "requirements.add-section", NULL);
      break;

    case VB_FINDING_ACTION_EDIT:
      if (requirement)
        open_requirement (self, requirement, vb_finding_get_field (finding));
      else
        {
          /* a section of examples: open it at its Keep button */
          VbRequirementSection *section = vb_model_lookup (sections, vb_finding_get_subject (finding));
          GtkWidget *keep;

          if (section == NULL)
            break;
          show_section (self, section, TRUE);
          keep = self->example_row ? vb_find_named (self->example_row, "confirm-section") : NULL;
          if (keep)
            vb_focus_widget (keep);
        }
      break;

    case VB_FINDING_ACTION_LIST:
    case VB_FINDING_ACTION_SHOW:
    default:
      {
        GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sections_list), 0);

        adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
        refresh_navigation (self);
        vb_focus_widget (first ? GTK_WIDGET (first) : self->add_section_button);
      }
      break;
    }
}

static void
vb_requirements_page_set_writable (VbStagePage *page,
                                   gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);
  static const char *const actions[] = {
    "requirements.add-section", "requirements.add-requirement", "requirements.confirm-section",
    "requirements.remove-section", "requirements.section-up", "requirements.section-down",
    "requirements.confirm", "requirements.remove", "requirements.move-up", "requirements.move-down",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (widget, actions[i], writable);
}

static GtkWidget *
vb_requirements_page_get_initial_focus (VbStagePage *page)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (page);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sections_list));

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sections_list), 0);
  return row ? GTK_WIDGET (row) : self->add_section_button;
}

static gboolean
vb_requirements_page_can_navigate_back (VbStagePage *page)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (page);

  return is_folded (self) &&
         adw_leaflet_get_visible_child (ADW_LEAFLET (self->leaflet)) == self->editor_stack;
}

static gboolean
vb_requirements_page_navigate_back (VbStagePage *page)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (page);
  GtkWidget *row;

  if (!vb_requirements_page_can_navigate_back (page))
    return FALSE;
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  row = self->section ? vb_list_find_row (self->sections_list, self->section) : NULL;
  vb_focus_widget (row ? row : self->sections_list);
  refresh_navigation (self);
  return TRUE;
}

static void
vb_requirements_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_requirements_page_show_finding;
  iface->set_writable = vb_requirements_page_set_writable;
  iface->get_initial_focus = vb_requirements_page_get_initial_focus;
  iface->navigate_back = vb_requirements_page_navigate_back;
  iface->can_navigate_back = vb_requirements_page_can_navigate_back;
}

/* ------------------------------------------------------------ GObject */

static void
on_leaflet_notify_cb (AdwLeaflet         *leaflet,
                      GParamSpec         *pspec,
                      VbRequirementsPage *self)
{
  refresh_navigation (self);
}

static void
build (VbRequirementsPage *self)
{
  VbProject *project = project_of (self);
  GListModel *sections = vb_project_get_requirement_sections (project);
  GtkEventController *keys;

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->sections_list),
                                vb_placeholder_new (NULL, _("No sections yet"),
                                                    _("Start with a section, such as “Staffing and training”, "
                                                      "then add what vendors must answer in it."),
                                                    _("Add Section"), "requirements.add-section"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->sections_list), sections, create_section_row_cb, NULL, NULL);
  g_signal_connect (self->sections_list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->sections_list, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sections_key_pressed_cb), self);
  gtk_widget_add_controller (self->sections_list, keys);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_REQUIREMENTS));

  g_signal_connect_object (sections, "items-changed", G_CALLBACK (on_sections_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify_cb), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify_cb), self);
  update_counts (self);

  if (g_list_model_get_n_items (sections) > 0)
    {
      g_autoptr(VbRequirementSection) first = g_list_model_get_item (sections, 0);
      show_section (self, first, FALSE);
    }
}

static void
vb_requirements_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (object);

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
vb_requirements_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (object);

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
vb_requirements_page_constructed (GObject *object)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (object);

  G_OBJECT_CLASS (vb_requirements_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_requirements_page_dispose (GObject *object)
{
  VbRequirementsPage *self = VB_REQUIREMENTS_PAGE (object);

  if (self->leaflet)
    g_signal_handlers_disconnect_by_data (self->leaflet, self);
  if (self->sections_list)
    {
      g_signal_handlers_disconnect_by_data (self->sections_list, self);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->sections_list), NULL, NULL, NULL, NULL);
    }
  if (self->requirements_list)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->requirements_list), NULL, NULL, NULL, NULL);
  self->editor = self->example_row = self->section_counts = self->requirements_list = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_REQUIREMENTS_PAGE);
  g_clear_object (&self->section);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_requirements_page_parent_class)->dispose (object);
}

static void
vb_requirements_page_class_init (VbRequirementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_requirements_page_dispose;
  object_class->constructed = vb_requirements_page_constructed;
  object_class->set_property = vb_requirements_page_set_property;
  object_class->get_property = vb_requirements_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-requirements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, add_section_button);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, sections_list);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, VbRequirementsPage, empty_page);

  gtk_widget_class_install_action (widget_class, "requirements.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "requirements.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_install_action (widget_class, "requirements.confirm-section", NULL, confirm_section_action);
  gtk_widget_class_install_action (widget_class, "requirements.remove-section", NULL, remove_section_action);
  gtk_widget_class_install_action (widget_class, "requirements.section-up", NULL, section_up_action);
  gtk_widget_class_install_action (widget_class, "requirements.section-down", NULL, section_down_action);
  gtk_widget_class_install_action (widget_class, "requirements.confirm", "s", confirm_action);
  gtk_widget_class_install_action (widget_class, "requirements.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "requirements.move-up", "s", move_up_action);
  gtk_widget_class_install_action (widget_class, "requirements.move-down", "s", move_down_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_requirements_page_init (VbRequirementsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
