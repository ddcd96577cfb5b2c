/* vb-escalation-rows.c — the rows of the tiers and the escalation matrix
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tier is a field of what it handles, tagged "No way up" (icon and word)
 * when tickets cannot leave it. A path of the matrix is an expander row:
 * its trigger, one line of where it goes and how fast ("within 30 min"),
 * a "No phone or email" tag when nobody can reach the contact; expanded,
 * its fields, the tier it starts from and Remove (undone, not confirmed).
 */

#define G_LOG_DOMAIN "vb-escalation-rows"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-escalation-rows.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-scoring-util.h"

char *
vb_escalation_response_text (double minutes)
{
  long total, hours, rest;

  if (isnan (minutes) || minutes < 0)
    return g_strdup (_("no response time yet"));
  total = lround (minutes);
  hours = total / 60;
  rest = total % 60;
  if (hours == 0)
    /* Translators: the expected response time of an escalation, e.g. “within 30 min” */
    return g_strdup_printf (_("within %ld min"), total);
  if (rest == 0)
    /* Translators: the expected response time of an escalation, e.g. “within 4 h” */
    return g_strdup_printf (_("within %ld h"), hours);
  /* Translators: the expected response time of an escalation, e.g. “within 1 h 30 min” */
  return g_strdup_printf (_("within %ld h %ld min"), hours, rest);
}

gboolean
vb_escalation_path_unreachable (VbEscalationPath *path)
{
  return vb_str_is_blank (vb_escalation_path_get_phone (path)) &&
         vb_str_is_blank (vb_escalation_path_get_email (path));
}

char *
vb_escalation_path_describe (VbEscalationPath *path)
{
  int tier = vb_escalation_path_get_from_tier (path);
  const char *name = vb_escalation_path_get_contact_name (path);
  const char *role = vb_escalation_path_get_contact_role (path);
  g_autofree char *from = tier > 0
    /* Translators: where an escalation starts, e.g. “Tier 1” */
    ? g_strdup_printf (_("Tier %d"), tier)
    : g_strdup (_("Any tier"));
  g_autofree char *who = NULL;

  if (!vb_str_is_blank (name) && !vb_str_is_blank (role))
    /* Translators: an escalation contact, e.g. “Ravi Patel (team leader)” */
    who = g_strdup_printf (_("%s (%s)"), name, role);
  else if (!vb_str_is_blank (name))
    who = g_strdup (name);
  else if (!vb_str_is_blank (role))
    who = g_strdup (role);
  else
    who = g_strdup (_("nobody named yet"));
  /* Translators: an escalation path, e.g. “Tier 1 to Ravi Patel (team leader)” */
  return g_strdup_printf (_("%s to %s"), from, who);
}

/* ------------------------------------------------------------ path row */

static void
path_row_update (GtkWidget *row)
{
  VbEscalationPath *path = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *unreachable = g_object_get_data (G_OBJECT (row), "vb-unreachable");
  GtkWidget *tier_row = g_object_get_data (G_OBJECT (row), "vb-tier-row");
  const char *trigger = vb_escalation_path_get_trigger (path);
  const char *phone = vb_escalation_path_get_phone (path);
  const char *email = vb_escalation_path_get_email (path);
  gboolean no_contact = vb_escalation_path_unreachable (path);
  g_autofree char *title = vb_markup_escape (trigger, _("No trigger yet"));
  g_autofree char *where = vb_escalation_path_describe (path);
  g_autofree char *when = vb_escalation_response_text (vb_escalation_path_get_response_minutes (path));
  g_autofree char *how = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *accessible = NULL;
  int tier = vb_escalation_path_get_from_tier (path);

  if (no_contact)
    how = g_strdup (_("no phone or email"));
  else if (vb_str_is_blank (phone))
    how = g_strdup (email);
  else if (vb_str_is_blank (email))
    how = g_strdup (phone);
  else
    how = g_strdup_printf ("%s · %s", phone, email);
  facts = g_strdup_printf ("%s · %s · %s", where, when, how);
  escaped = g_markup_escape_text (facts, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  gtk_widget_set_visible (unreachable, no_contact);
  g_object_set_data (G_OBJECT (row), "vb-updating", GINT_TO_POINTER (TRUE));
  if ((int) adw_combo_row_get_selected (ADW_COMBO_ROW (tier_row)) != tier)
    adw_combo_row_set_selected (ADW_COMBO_ROW (tier_row), (guint) CLAMP (tier, 0, 3));
  g_object_set_data (G_OBJECT (row), "vb-updating", NULL);
  /* Translators: an escalation path for screen readers: its trigger, then where it goes */
  accessible = g_strdup_printf ("%s: %s. %s%s", _("Escalation"), vb_str_is_blank (trigger) ? _("No trigger yet") : trigger,
                                facts, no_contact ? _(". Cannot be reached: no phone or email") : "");
  vb_set_accessible_label (row, accessible);
}

static void
on_path_notify_cb (VbEscalationPath *path,
                   GParamSpec       *pspec,
                   GtkWidget        *row)
{
  path_row_update (row);
}

static void
on_tier_selected_cb (AdwComboRow *combo,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  VbEscalationPath *path = g_object_get_data (G_OBJECT (row), "vb-record");
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (row), "vb-updating") || selected == GTK_INVALID_LIST_POSITION ||
      (int) selected == vb_escalation_path_get_from_tier (path))
    return;
  if (!vb_escalation_path_set_from_tier (path, (int) selected, &error))
    {
      vb_report_error (row, error);
      path_row_update (row);
    }
}

static GtkWidget *
attention_tag_new (const char *icon_name,
                   const char *text,
                   const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));
  gtk_widget_add_css_class (box, "vb-tag");
  gtk_widget_add_css_class (box, "vb-tag-attention");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (box, name);
  return box;
}

static GtkWidget *
tier_combo_new (VbRecord *record)
{
  GtkWidget *combo = adw_combo_row_new ();
  GtkStringList *tiers = gtk_string_list_new (NULL);
  VbProject *project = vb_record_get_project (record);

  gtk_string_list_append (tiers, _("Any tier"));
  for (int level = 1; level <= 3; level++)
    {
      g_autofree char *label = g_strdup_printf (_("Tier %d"), level);

      gtk_string_list_append (tiers, label);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Escalated from"));
  vb_combo_row_set_strings (combo, tiers);
  g_object_unref (tiers);
  vb_field_set_property_name (combo, "from-tier");
  gtk_widget_set_sensitive (combo, project != NULL && !vb_project_get_read_only (project));
  return combo;
}

GtkWidget *
vb_escalation_path_row_new (VbEscalationPath *path)
{
  VbRecord *record = VB_RECORD (path);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *unreachable = attention_tag_new ("dialog-warning-symbolic", _("No phone or email"), "unreachable-tag");
  GtkWidget *tier_row = tier_combo_new (record);
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *remove, *actions_row;
  const char *uuid = vb_record_get_uuid (record);

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (path), g_object_unref);
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), unreachable);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "trigger", _("When to escalate"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), tier_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "contact-name", _("Contact’s name"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "contact-role", _("Contact’s role"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "phone", _("Phone"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_field_entry_row_new (record, "email", _("Email"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "response-minutes", _("Expected response, in minutes"),
                                                    VB_FIELD_NUMBER, 0));

  remove = gtk_button_new_with_label (_("Remove"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "workflows.remove-path");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", uuid);
  gtk_widget_set_name (remove, "remove-path");
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (actions), remove);
  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  gtk_widget_set_margin_top (actions, 8);
  gtk_widget_set_margin_bottom (actions, 8);
  gtk_widget_set_margin_end (actions, 12);
  actions_row = gtk_list_box_row_new ();
  /* a list row is named for screen readers only when told to (GTK 4.8) */
  vb_set_accessible_label (actions_row, _("Remove the escalation"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), actions);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);

  g_object_set_data (G_OBJECT (row), "vb-unreachable", unreachable);
  g_object_set_data (G_OBJECT (row), "vb-tier-row", tier_row);
  path_row_update (row);
  g_signal_connect_object (tier_row, "notify::selected", G_CALLBACK (on_tier_selected_cb), row, 0);
  g_signal_connect_object (path, "notify", G_CALLBACK (on_path_notify_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ tier row */

/* What the tier handles, as a text area (it is a sentence or two); the
 * "No way up" tag between its title and its text */
GtkWidget *
vb_escalation_tier_row_new (VbEscalationTier *tier)
{
  /* Translators: a support tier's field, e.g. “Tier 1 handles” */
  g_autofree char *title = g_strdup_printf (_("Tier %d handles"), vb_escalation_tier_get_level (tier));
  GtkWidget *row = vb_field_text_area_new (VB_RECORD (tier), "handles", title);
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *tag = attention_tag_new ("dialog-warning-symbolic", _("No way up: no escalation path starts from this tier"),
                                      "no-way-up-tag");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (tier), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-no-way-up", tag);
  g_object_set_data (G_OBJECT (row), "vb-view", gtk_widget_get_last_child (box));
  g_object_set_data (G_OBJECT (row), "vb-level", GINT_TO_POINTER (vb_escalation_tier_get_level (tier)));
  gtk_widget_set_halign (tag, GTK_ALIGN_START);
  gtk_box_insert_child_after (GTK_BOX (box), tag, gtk_widget_get_first_child (box));
  vb_escalation_tier_row_set_no_way_up (row, FALSE);
  return row;
}

void
vb_escalation_tier_row_set_no_way_up (GtkWidget *row,
                                      gboolean   no_way_up)
{
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "vb-no-way-up");
  GtkWidget *view = g_object_get_data (G_OBJECT (row), "vb-view");

  gtk_widget_set_visible (tag, no_way_up);
  /* said with the field, for a screen reader in it */
  if (no_way_up)
    gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("No way up: no escalation path starts from this tier"), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static gboolean
tier_has_path (VbProject *project,
               int        level)
{
  GListModel *paths = vb_project_get_escalation_paths (project);

  for (guint i = 0; i < g_list_model_get_n_items (paths); i++)
    {
      g_autoptr(VbEscalationPath) path = g_list_model_get_item (paths, i);

      if (vb_escalation_path_get_from_tier (path) == level)
        return TRUE;
    }
  return FALSE;
}

gboolean
vb_escalation_tiers_update (GtkWidget *list,
                            VbProject *project)
{
  GListModel *tiers = vb_project_get_escalation_tiers (project);
  int top = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tiers); i++)
    {
      g_autoptr(VbEscalationTier) tier = g_list_model_get_item (tiers, i);

      top = MAX (top, vb_escalation_tier_get_level (tier));
    }
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      VbEscalationTier *tier;
      int level;

      if (row == NULL)
        return TRUE;
      tier = g_object_get_data (G_OBJECT (row), "vb-record");
      level = vb_escalation_tier_get_level (tier);
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-level")) != level)
        return FALSE;
      vb_escalation_tier_row_set_no_way_up (GTK_WIDGET (row), level < top && !tier_has_path (project, level));
    }
}

/* ------------------------------------------------------------ emergency */

static char *
path_choice_label (VbEscalationPath *path)
{
  const char *trigger = vb_escalation_path_get_trigger (path);
  g_autofree char *where = vb_escalation_path_describe (path);

  if (vb_str_is_blank (trigger))
    return g_steal_pointer (&where);
  /* Translators: a choice of who is called in an emergency: the path's contact, then its trigger */
  return g_strdup_printf (_("%s — %s"), where, trigger);
}

/* Lists every path, the chosen one selected; the list is rebuilt only
 * when a label changed */
static void
emergency_row_update (GtkWidget *row)
{
  VbProject *project = g_object_get_data (G_OBJECT (row), "vb-project");
  GtkStringList *names = g_object_get_data (G_OBJECT (row), "vb-names");
  GListModel *paths = vb_project_get_escalation_paths (project);
  VbEscalationPath *chosen = vb_project_get_emergency_path (project);
  guint n = g_list_model_get_n_items (paths);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean same;
  guint selected = 0;

  g_ptr_array_add (labels, g_strdup (_("Nobody chosen yet")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEscalationPath) path = g_list_model_get_item (paths, i);

      g_ptr_array_add (labels, path_choice_label (path));
      if (path == chosen)
        selected = i + 1;
    }
  same = g_list_model_get_n_items (G_LIST_MODEL (names)) == labels->len;
  for (guint i = 0; same && i < labels->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (names, i), labels->pdata[i]) == 0;

  g_object_set_data (G_OBJECT (row), "vb-updating", GINT_TO_POINTER (TRUE));
  if (!same)
    {
      g_ptr_array_add (labels, NULL);
      gtk_string_list_splice (names, 0, g_list_model_get_n_items (G_LIST_MODEL (names)),
                              (const char *const *) labels->pdata);
    }
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != selected)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "vb-updating", NULL);
}

static void
on_emergency_selected_cb (AdwComboRow *combo,
                          GParamSpec  *pspec,
                          GtkWidget   *row)
{
  VbProject *project = g_object_get_data (G_OBJECT (row), "vb-project");
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(VbEscalationPath) path = NULL;
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (row), "vb-updating") || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    path = g_list_model_get_item (vb_project_get_escalation_paths (project), selected - 1);
  if (path == vb_project_get_emergency_path (project))
    return;
  if (!vb_project_set_emergency_path (project, path, &error))
    {
      vb_report_error (row, error);
      emergency_row_update (row);
    }
}

static void
on_emergency_project_changed_cb (VbProject *project,
                                 GtkWidget *row)
{
  emergency_row_update (row);
}

GtkWidget *
vb_emergency_path_row_new (VbProject *project)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *names = gtk_string_list_new (NULL);

  g_object_set_data_full (G_OBJECT (row), "vb-project", g_object_ref (project), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "vb-names", names, g_object_unref);
  gtk_widget_set_name (row, "emergency-path");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Who is called"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("One of the escalations below; add one for a dedicated emergency contact"));
  vb_combo_row_set_strings (row, names);
  vb_field_set_property_name (row, "emergency-path-id");
  gtk_widget_set_sensitive (row, !vb_project_get_read_only (project));
  emergency_row_update (row);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_emergency_selected_cb), row, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_emergency_project_changed_cb), row, 0);
  return row;
}
