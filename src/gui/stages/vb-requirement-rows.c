/* vb-requirement-rows.c — the rows of the Requirements page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section's row in the list of sections: its title, how many of its
 * requirements are in the RFP and how many are must-haves, and a tag
 * when it is the template's example or the user's own. A requirement's
 * row is an expander: its text, priority and whether it is in the RFP on
 * one line; expanded, the fields that edit them, its notes and the
 * buttons that keep, move or remove it. The fields are made when the row
 * is first expanded, so a section of hundreds of requirements opens at
 * once. Every row follows its record (notify) and says all of it to
 * screen readers in one sentence. The editor of a section, and the small
 * list helpers the page uses, are here too.
 */

#define G_LOG_DOMAIN "vb-requirements-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-requirement-rows.h"

/* ------------------------------------------------------------ counts */

/* “5 of 7 in the RFP · 2 must-haves” */
char *
vb_requirement_counts_text (const VbRequirementCounts *counts)
{
  g_autofree char *in = NULL;
  g_autofree char *must = NULL;

  if (counts->n_requirements == 0)
    return g_strdup (_("No requirements yet"));
  /* Translators: how many requirements go into the request for proposal, e.g. “5 of 7 in the RFP” */
  in = g_strdup_printf (ngettext ("%u of %u in the RFP", "%u of %u in the RFP", counts->n_requirements),
                        counts->n_included, counts->n_requirements);
  /* Translators: how many of those are must-haves, e.g. “2 must-haves” */
  must = g_strdup_printf (ngettext ("%u must-have", "%u must-haves", counts->n_must), counts->n_must);
  return g_strdup_printf ("%s · %s", in, must);
}

/* ------------------------------------------------------------ sections */

static void
section_row_update (GtkWidget *row)
{
  VbRequirementSection *section = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *example = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *custom = g_object_get_data (G_OBJECT (row), "vb-custom");
  const char *title = vb_requirement_section_get_title (section);
  VbRequirementCounts counts = { 0 };
  g_autofree char *escaped = vb_markup_escape (title, _("Untitled section"));
  g_autofree char *facts = NULL;
  g_autofree char *facts_escaped = NULL;
  g_autofree char *accessible = NULL;

  vb_requirement_section_count (section, &counts);
  if (vb_requirement_section_get_included (section))
    facts = vb_requirement_counts_text (&counts);
  else
    /* Translators: under a section left out of the request for proposal, e.g. “Left out of the RFP · 7 requirements” */
    facts = g_strdup_printf (ngettext ("Left out of the RFP · %u requirement", "Left out of the RFP · %u requirements",
                                       counts.n_requirements), counts.n_requirements);
  facts_escaped = g_markup_escape_text (facts, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts_escaped);
  gtk_widget_set_visible (example, vb_record_get_example (VB_RECORD (section)));
  gtk_widget_set_visible (custom, vb_requirement_section_get_custom (section));
  /* Translators: a requirement section for screen readers: its title, then its counts */
  accessible = g_strdup_printf (_("Section: %s. %s"), vb_str_is_blank (title) ? _("Untitled section") : title, facts);
  vb_set_accessible_label (row, accessible);
}

static void
on_section_notify_cb (GObject    *section,
                      GParamSpec *pspec,
                      GtkWidget  *row)
{
  section_row_update (row);
}

static void
on_project_changed_for_row_cb (VbProject *project,
                               GtkWidget *row)
{
  section_row_update (row);
}

/**
 * vb_section_row_new:
 *
 * Returns: (transfer floating): the section's row in the list of sections
 */
GtkWidget *
vb_section_row_new (VbRequirementSection *section)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *custom = vb_tag_new (_("Your own"), NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (section), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  g_object_set_data (G_OBJECT (row), "vb-custom", custom);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), example);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), custom);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  section_row_update (row);
  g_signal_connect_object (section, "notify", G_CALLBACK (on_section_notify_cb), row, 0);
  /* the counts follow its requirements, whichever edit changed them */
  g_signal_connect_object (vb_record_get_project (VB_RECORD (section)), "changed",
                           G_CALLBACK (on_project_changed_for_row_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ requirements */

static void
requirement_row_update (GtkWidget *row)
{
  VbRequirement *requirement = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *example = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *custom = g_object_get_data (G_OBJECT (row), "vb-custom");
  GtkWidget *priority_tag = g_object_get_data (G_OBJECT (row), "vb-priority");
  GtkWidget *confirm = g_object_get_data (G_OBJECT (row), "vb-confirm");
  const char *text = vb_requirement_get_text (requirement);
  VbPriority priority = vb_requirement_get_priority (requirement);
  const char *priority_label = vb_enum_get_label (VB_TYPE_PRIORITY, priority);
  gboolean included = vb_requirement_get_included (requirement);
  gboolean is_example = vb_record_get_example (VB_RECORD (requirement));
  const char *inclusion = included ? _("in the RFP") : _("left out of the RFP");
  g_autofree char *title = vb_markup_escape (text, _("Untitled requirement"));
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  /* Translators: under a requirement: its priority and whether it is asked, e.g. “Must have · in the RFP” */
  subtitle = g_strdup_printf (_("%s · %s"), priority_label, inclusion);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  }
  gtk_label_set_label (GTK_LABEL (priority_tag), priority_label);
  vb_tag_set_variant (priority_tag, "vb-priority", (guint) priority, vb_enum_get_n_values (VB_TYPE_PRIORITY));
  /* the subtitle says every priority: the tag marks the must-haves */
  gtk_widget_set_visible (priority_tag, included && priority == VB_PRIORITY_MUST);
  gtk_widget_set_visible (example, is_example);
  gtk_widget_set_visible (custom, vb_requirement_get_custom (requirement));
  if (confirm)
    gtk_widget_set_visible (confirm, is_example);
  /* Translators: a requirement for screen readers: its text, priority, whether it is asked, and “an example” */
  accessible = g_strdup_printf (is_example ? _("Requirement: %s. %s, %s (an example from the template)")
                                           : _("Requirement: %s. %s, %s"),
                                vb_str_is_blank (text) ? _("Untitled requirement") : text, priority_label, inclusion);
  vb_set_accessible_label (row, accessible);
}

static void
on_requirement_notify_cb (GObject    *requirement,
                          GParamSpec *pspec,
                          GtkWidget  *row)
{
  requirement_row_update (row);
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *uuid,
               const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uuid);
  gtk_widget_set_name (button, name);
  return button;
}

/* The fields of an expanded requirement, made the first time it opens */
static void
requirement_row_fill (GtkWidget *row)
{
  VbRequirement *requirement = g_object_get_data (G_OBJECT (row), "vb-record");
  VbRecord *record = VB_RECORD (requirement);
  const char *uuid = vb_record_get_uuid (record);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *actions_row, *confirm, *remove, *spacer;

  if (g_object_get_data (G_OBJECT (row), "vb-filled"))
    return;
  g_object_set_data (G_OBJECT (row), "vb-filled", GINT_TO_POINTER (1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "text", _("What the vendor must describe or do"),
                                                    VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_choice_row_new (record, "priority", _("Priority")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_switch_row_new (record, "included", _("In the request for proposal"),
                                                     _("Vendors answer it, and it counts in their scores")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "notes", _("Your notes"), VB_FIELD_TEXT, 0));

  confirm = action_button (_("_Keep as It Is"), "requirements.confirm", uuid, "confirm-example");
  remove = action_button (_("_Remove"), "requirements.remove", uuid, "remove-requirement");
  gtk_widget_add_css_class (remove, "flat");
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  {
    GtkWidget *up = vb_icon_button_new ("go-up-symbolic", _("Move Up (Alt+Up)"));
    GtkWidget *down = vb_icon_button_new ("go-down-symbolic", _("Move Down (Alt+Down)"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (up), "requirements.move-up");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (up), "s", uuid);
    gtk_widget_set_name (up, "move-up");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (down), "requirements.move-down");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (down), "s", uuid);
    gtk_widget_set_name (down, "move-down");
    gtk_box_append (GTK_BOX (buttons), up);
    gtk_box_append (GTK_BOX (buttons), down);
  }
  gtk_box_append (GTK_BOX (buttons), spacer);
  gtk_box_append (GTK_BOX (buttons), confirm);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_widget_set_margin_top (buttons, 8);
  gtk_widget_set_margin_bottom (buttons, 8);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  actions_row = gtk_list_box_row_new ();
  /* a list row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (actions_row, _("Move, keep or remove the requirement"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), buttons);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);
  g_object_set_data (G_OBJECT (row), "vb-confirm", confirm);
  requirement_row_update (row);
}

static void
on_requirement_expanded_cb (GtkWidget  *row,
                            GParamSpec *pspec,
                            gpointer    user_data)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    requirement_row_fill (row);
}

/**
 * vb_requirement_row_new:
 *
 * Returns: (transfer floating): the requirement's expander row
 */
GtkWidget *
vb_requirement_row_new (VbRequirement *requirement)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *custom = vb_tag_new (_("Your own"), NULL);
  GtkWidget *priority = vb_tag_new (NULL, "vb-priority");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (requirement), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  g_object_set_data (G_OBJECT (row), "vb-custom", custom);
  g_object_set_data (G_OBJECT (row), "vb-priority", priority);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), example);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), custom);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), priority);
  requirement_row_update (row);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_requirement_expanded_cb), NULL);
  g_signal_connect_object (requirement, "notify", G_CALLBACK (on_requirement_notify_cb), row, 0);
  return row;
}

/* Expands the row and puts the cursor in the field of @property (NULL:
 * the text) */
void
vb_requirement_row_open (GtkWidget  *row,
                         const char *property)
{
  GtkWidget *field;

  requirement_row_fill (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  field = vb_field_find (row, property ? property : "text");
  vb_focus_widget (field ? field : row);
}

/* ------------------------------------------------------------ lists */

GtkWidget *
vb_list_find_row (GtkWidget *list,
                  gpointer   record)
{
  for (int i = 0; list; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        return GTK_WIDGET (row);
    }
  return NULL;
}

/* The record of @list's row that holds the keyboard focus, or NULL */
gpointer
vb_list_focused_record (GtkWidget *list)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w && w != list; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) == list && GTK_IS_LIST_BOX_ROW (w))
      return g_object_get_data (G_OBJECT (w), "vb-record");
  return NULL;
}

gboolean
vb_focus_is_in_text (GtkWidget *list)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus));
}

/* The first widget below @root named @name */
GtkWidget *
vb_find_named (GtkWidget  *root,
               const char *name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (c), name) == 0)
        return c;
      if ((found = vb_find_named (c, name)))
        return found;
    }
  return NULL;
}

gpointer
vb_model_lookup (GListModel *model,
                 const char *uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbRecord) r = g_list_model_get_item (model, i);

      if (g_str_equal (vb_record_get_uuid (r), uuid))
        return r;   /* the project holds it */
    }
  return NULL;
}

guint
vb_model_index_of (GListModel *model,
                   gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) o = g_list_model_get_item (model, i);

      if (o == item)
        return i;
    }
  return G_MAXUINT;
}

/* Whether the section, or one of its requirements, is still the template's */
gboolean
vb_section_has_examples (VbRequirementSection *section)
{
  GListModel *requirements = vb_requirement_section_get_requirements (section);
  gboolean example = vb_record_get_example (VB_RECORD (section));

  for (guint i = 0; !example && i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(VbRecord) r = g_list_model_get_item (requirements, i);

      example = vb_record_get_example (r);
    }
  return example;
}

/* ------------------------------------------------------------ the section editor */

static GtkWidget *
create_requirement_row_cb (gpointer item,
                           gpointer user_data)
{
  return vb_requirement_row_new (item);
}

static GtkWidget *
button_new (const char *label,
            const char *action,
            const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/**
 * vb_section_editor_new:
 * @parts: (out): the editor's widgets the page updates
 *
 * Returns: (transfer floating): the editor of @section: its title,
 *   description and inclusion, the buttons that move and remove it, and
 *   the list of its requirements
 */
GtkWidget *
vb_section_editor_new (VbRequirementSection *section,
                       VbSectionEditorParts *parts)
{
  VbRecord *record = VB_RECORD (section);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (_("Requirements"));
  GtkWidget *add, *remove, *up, *down, *keep, *spacer;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Section"));
  parts->example_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (parts->example_row), _("Examples from the template"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (parts->example_row),
                               _("Keep the section and its requirements as they are, or change them or leave "
                                 "them out: they are yours once you have checked them."));
  keep = button_new (_("_Keep as It Is"), "requirements.confirm-section", "confirm-section");
  adw_action_row_add_suffix (ADW_ACTION_ROW (parts->example_row), keep);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), parts->example_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "title", _("Title"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "description", _("What the section is about"),
                                                     VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_switch_row_new (record, "included", _("In the request for proposal"),
                                                      _("Left out, none of its requirements is asked")));
  gtk_box_append (GTK_BOX (box), group);

  up = vb_icon_button_new ("go-up-symbolic", _("Move Section Up (Alt+Up in the list)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (up), "requirements.section-up");
  gtk_widget_set_name (up, "section-up");
  down = vb_icon_button_new ("go-down-symbolic", _("Move Section Down (Alt+Down in the list)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (down), "requirements.section-down");
  gtk_widget_set_name (down, "section-down");
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  remove = button_new (_("_Remove Section"), "requirements.remove-section", "remove-section");
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (buttons), up);
  gtk_box_append (GTK_BOX (buttons), down);
  gtk_box_append (GTK_BOX (buttons), spacer);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  parts->counts = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (parts->counts), 0);
  gtk_label_set_wrap (GTK_LABEL (parts->counts), TRUE);
  gtk_widget_add_css_class (parts->counts, "dim-label");
  gtk_box_append (GTK_BOX (heading_box), heading);
  gtk_box_append (GTK_BOX (heading_box), parts->counts);
  gtk_widget_set_hexpand (heading_box, TRUE);
  add = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (add), g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                                        "label", _("Add Requirement"), "use-underline", TRUE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "requirements.add-requirement");
  gtk_widget_set_name (add, "add-requirement");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_box_append (GTK_BOX (header), heading_box);
  gtk_box_append (GTK_BOX (header), add);
  gtk_box_append (GTK_BOX (box), header);

  parts->requirements_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (parts->requirements_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (parts->requirements_list, "boxed-list");
  vb_set_accessible_label (parts->requirements_list, _("Requirements of the section"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (parts->requirements_list),
                                vb_placeholder_new (NULL, _("No requirements in this section"),
                                                    _("Add what the vendor must describe, such as “Describe how "
                                                      "you will hire and train the agents on our account”."),
                                                    _("Add Requirement"), "requirements.add-requirement"));
  gtk_list_box_bind_model (GTK_LIST_BOX (parts->requirements_list), vb_requirement_section_get_requirements (section),
                           create_requirement_row_cb, NULL, NULL);
  gtk_box_append (GTK_BOX (box), parts->requirements_list);
  return box;
}

