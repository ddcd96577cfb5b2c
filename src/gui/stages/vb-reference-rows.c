/* vb-reference-rows.c — the rows of the References page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A listed vendor (its status and reference score, a tag when none of its
 * references is called yet or when something is listed beside the score),
 * one reference (who, when called, the rating, the verdict), and the lines
 * listed beside a score: every "would not choose again" and every red
 * flag, as core words them.
 */

#define G_LOG_DOMAIN "vb-references-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reference-rows.h"

/* "Reference score 80" or "No reference called yet", for a vendor */
char *
vb_reference_score_text (VbReferenceScore *score)
{
  g_autofree char *number = NULL;

  if (score->n_called == 0)
    return g_strdup (_("No reference called yet"));
  if (!score->has_score)
    return g_strdup (_("Called, not rated yet"));
  number = vb_format_number (score->score, 0);
  /* Translators: a vendor's reference score, 20 to 100, e.g. “Reference score 80” */
  return g_strdup_printf (_("Reference score %s"), number);
}

void
vb_reference_vendor_row_update (GtkWidget *row)
{
  VbVendor *vendor = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "vb-tag");
  g_autoptr(VbVendorScores) scores = vb_vendor_scores_compute (vendor);
  VbReferenceScore *score = scores->references;
  g_autofree char *title = vb_markup_escape (vb_vendor_get_name (vendor), vb_vendor_get_display_name (vendor));
  g_autofree char *text = vb_reference_score_text (score);
  g_autofree char *facts = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  guint n_warnings = score->would_not_choose_again->len + score->red_flags->len;

  /* Translators: under a vendor's name on the References page, e.g. “Finalist · Reference score 80” */
  facts = g_strdup_printf (_("%s · %s"), vb_enum_get_label (VB_TYPE_VENDOR_STATUS, vb_vendor_get_status (vendor)),
                           text);
  subtitle = g_markup_escape_text (facts, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_visible (tag, vb_vendor_awaits_reference_call (vendor) || n_warnings > 0);
  if (vb_vendor_awaits_reference_call (vendor))
    gtk_label_set_text (GTK_LABEL (tag), _("Not called yet"));
  else
    {
      g_autofree char *warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);
      gtk_label_set_text (GTK_LABEL (tag), warnings);
    }
  /* Translators: a vendor row for screen readers: name, facts */
  accessible = g_strdup_printf (_("Vendor: %s. %s"), vb_vendor_get_display_name (vendor), facts);
  if (gtk_widget_get_visible (tag))
    {
      g_autofree char *full = g_strdup_printf ("%s. %s", accessible, gtk_label_get_text (GTK_LABEL (tag)));
      vb_set_accessible_label (row, full);
    }
  else
    vb_set_accessible_label (row, accessible);
}

GtkWidget *
vb_reference_vendor_row_new (VbVendor *vendor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *tag = vb_tag_new (NULL, "vb-tag-attention");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (vendor), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", tag);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  vb_reference_vendor_row_update (row);
  return row;
}

static void
reference_row_update (GtkWidget *row)
{
  VbReference *reference = g_object_get_data (G_OBJECT (row), "vb-record");
  const char *company = vb_reference_get_company (reference);
  const char *contact = vb_reference_get_contact_name (reference);
  int rating = vb_reference_get_rating (reference);
  VbChooseAgain again = vb_reference_get_would_choose_again (reference);
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  if (!vb_str_is_blank (company) && !vb_str_is_blank (contact))
    /* Translators: a reference: company and person, e.g. “Northwind Dental — Ana Ruiz” */
    title = g_strdup_printf (_("%s — %s"), company, contact);
  else
    title = g_strdup (!vb_str_is_blank (company) ? company : !vb_str_is_blank (contact) ? contact
                      : _("New reference"));
  if (vb_reference_is_called (reference))
    /* Translators: when a reference was called, e.g. “Called on 2026-03-02” */
    g_string_append_printf (facts, _("Called on %s"), vb_reference_get_called_on (reference));
  else
    g_string_append (facts, _("Not called yet"));
  if (rating > 0)
    /* Translators: a reference's rating, e.g. “ · rated 4 of 5” */
    g_string_append_printf (facts, _(" · rated %d of 5"), rating);
  if (again != VB_CHOOSE_AGAIN_UNSET)
    /* Translators: “ · would choose again: No” */
    g_string_append_printf (facts, _(" · would choose again: %s"), vb_enum_get_label (VB_TYPE_CHOOSE_AGAIN, again));
  if (!vb_str_is_blank (vb_reference_get_red_flags (reference)))
    g_string_append (facts, _(" · red flags"));

  {
    g_autofree char *escaped = g_markup_escape_text (title, -1);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  }
  subtitle = g_markup_escape_text (facts->str, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Translators: a reference row for screen readers: who, then the facts */
  accessible = g_strdup_printf (_("Reference: %s. %s"), title, facts->str);
  vb_set_accessible_label (row, accessible);
}

static void
on_reference_notify_for_row_cb (VbReference *reference,
                                GParamSpec  *pspec,
                                GtkWidget   *row)
{
  reference_row_update (row);
}

GtkWidget *
vb_reference_row_new (VbReference *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (item), g_object_unref);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "references.open-reference");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", vb_record_get_uuid (VB_RECORD (item)));
  reference_row_update (row);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_reference_notify_for_row_cb), row, 0);
  return row;
}

static void
issue_label_add (GtkWidget  *box,
                 const char *text)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);
  gtk_widget_add_css_class (line, "vb-attention");
  gtk_box_append (GTK_BOX (box), line);
}

/* Fills @box with what is listed beside @score (emptied first) */
void
vb_reference_issues_fill (GtkWidget        *box,
                          VbReferenceScore *score)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
  for (guint i = 0; i < score->would_not_choose_again->len; i++)
    issue_label_add (box, g_array_index (score->would_not_choose_again, VbSelectionIssue, i).reason);
  for (guint i = 0; i < score->red_flags->len; i++)
    issue_label_add (box, g_array_index (score->red_flags, VbSelectionIssue, i).reason);
  gtk_widget_set_visible (box, gtk_widget_get_first_child (box) != NULL);
}
