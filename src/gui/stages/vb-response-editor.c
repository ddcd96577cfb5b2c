/* vb-response-editor.c — one vendor's answer to one item, and the list of
 * what needs a decision
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor: the item's text and guidance, the answer (a drop-down of
 * exactly the answers the item's kind takes), the evidence, the follow-up
 * status, the vendor's details and, for a knock-out, a must-have warning
 * or a gap, the exception with its reason. Details, evidence and follow-up
 * belong to the response, which the first answer creates: until then the
 * editor says so. The buttons name the page's actions
 * (responses.accept-exception, responses.withdraw-exception).
 */

#define G_LOG_DOMAIN "vb-response-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-question.h"
#include "vb-response-editor.h"
#include "vb-response-row.h"

typedef struct {
  VbRecord  *item;
  VbVendor  *vendor;
  GtkWidget *answer_row;
  gboolean   updating;
} Editor;

static void
editor_free (gpointer data)
{
  Editor *e = data;

  g_clear_object (&e->item);
  g_clear_object (&e->vendor);
  g_free (e);
}

static guint
answer_index (VbRecord *item,
              VbAnswer  answer)
{
  VbAnswer answers[5];
  guint n = vb_response_answers_for (item, answers);

  for (guint i = 0; i < n; i++)
    if (answers[i] == answer)
      return i;
  return 0;
}

static void
on_answer_selected_cb (AdwComboRow *combo,
                       GParamSpec  *pspec,
                       Editor      *e)
{
  VbAnswer answers[5];
  guint n, index = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;

  if (e->updating || !vb_record_is_live (e->item))
    return;
  n = vb_response_answers_for (e->item, answers);
  if (index < n && !vb_response_record (e->item, e->vendor, answers[index], &error))
    vb_report_error (GTK_WIDGET (combo), error);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
exception_button (VbRecord *item,
                  gboolean  accepted)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (accepted ? _("_Withdraw") : _("_Accept…"));
  g_autofree char *accessible = NULL;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), accepted ? "responses.withdraw-exception"
                                                                    : "responses.accept-exception");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", vb_record_get_uuid (item));
  accessible = g_strdup_printf (accepted ? _("Withdraw the exception for “%s”") : _("Accept an exception for “%s”"),
                                vb_response_row_item_text (item));
  vb_set_accessible_label (button, accessible);
  return button;
}

/**
 * vb_response_editor_new:
 * @has_issue: the item is a knock-out, a must-have warning or a gap of @vendor
 *
 * Returns: (transfer floating): the editor of @vendor's answer to @item
 */
GtkWidget *
vb_response_editor_new (VbRecord *item,
                        VbVendor *vendor,
                        gboolean  has_issue,
                        gboolean  writable)
{
  VbResponse *response = vb_response_of (item, vendor);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  VbAnswer answers[5];
  guint n = vb_response_answers_for (item, answers);
  g_autofree char *vendor_title = NULL;
  const char *guidance = VB_IS_QUESTION (item) ? vb_question_get_guidance (VB_QUESTION (item)) : NULL;
  Editor *e = g_new0 (Editor, 1);

  e->item = g_object_ref (item);
  e->vendor = g_object_ref (vendor);
  g_object_set_data_full (G_OBJECT (box), "vb-response-editor", e, editor_free);

  gtk_box_append (GTK_BOX (box), wrapped_label (vb_response_item_group_title (item), "dim-label"));
  gtk_box_append (GTK_BOX (box), wrapped_label (vb_response_row_item_text (item), "title-4"));
  if (!vb_str_is_blank (guidance))
    gtk_box_append (GTK_BOX (box), wrapped_label (guidance, "dim-label"));

  group = adw_preferences_group_new ();
  /* the title is markup: a name like “Harbour & Pine” must show as it is */
  vendor_title = vb_markup_escape (vb_vendor_get_display_name (vendor), NULL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), vendor_title);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, vb_enum_get_label (VB_TYPE_ANSWER, answers[i]));
  e->answer_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (e->answer_row), _("Answer"));
  adw_combo_row_set_model (ADW_COMBO_ROW (e->answer_row), G_LIST_MODEL (labels));
  vb_response_editor_sync (box);
  gtk_widget_set_sensitive (e->answer_row, writable);
  g_signal_connect (e->answer_row, "notify::selected", G_CALLBACK (on_answer_selected_cb), e);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), e->answer_row);
  if (response)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vb_field_entry_row_new (VB_RECORD (response), "evidence", _("Evidence"),
                                                         VB_FIELD_TEXT, 0));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vb_choice_row_new (VB_RECORD (response), "followup", _("Follow-up")));
    }
  gtk_box_append (GTK_BOX (box), group);

  if (response == NULL)
    {
      gtk_box_append (GTK_BOX (box), wrapped_label (_("Choose an answer first; then you can add the vendor’s "
                                                      "details, the evidence and a follow-up."), "dim-label"));
      return box;
    }

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Details"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_text_area_new (VB_RECORD (response), "text", _("What the vendor wrote")));
  gtk_box_append (GTK_BOX (box), group);

  if (has_issue || !vb_str_is_blank (vb_response_get_exception_reason (response)))
    {
      gboolean accepted = !vb_str_is_blank (vb_response_get_exception_reason (response));
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *reason = accepted ? vb_markup_escape (vb_response_get_exception_reason (response), NULL) : NULL;

      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Exception"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), accepted ? _("Accepted") : _("No decision yet"));
      if (reason)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), exception_button (item, accepted));
      gtk_widget_set_sensitive (row, writable);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      gtk_box_append (GTK_BOX (box), group);
    }
  return box;
}

/* The drop-down shows the answer again (after an undo, a key in the grid) */
void
vb_response_editor_sync (GtkWidget *editor)
{
  Editor *e = g_object_get_data (G_OBJECT (editor), "vb-response-editor");
  VbResponse *response;

  g_return_if_fail (e != NULL);
  response = vb_response_of (e->item, e->vendor);
  e->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (e->answer_row),
                              answer_index (e->item, response ? vb_response_get_answer (response) : VB_ANSWER_UNSET));
  e->updating = FALSE;
}

/* Returns: (transfer none): the answer's drop-down row */
GtkWidget *
vb_response_editor_get_answer_row (GtkWidget *editor)
{
  Editor *e = g_object_get_data (G_OBJECT (editor), "vb-response-editor");

  g_return_val_if_fail (e != NULL, NULL);
  return e->answer_row;
}

/* ------------------------------------------------------------ what needs a decision */

static gboolean
issue_is_about (GArray   *issues,
                VbRecord *item)
{
  for (guint i = 0; issues && i < issues->len; i++)
    if (g_array_index (issues, VbSelectionIssue, i).user_data == item)
      return TRUE;
  return FALSE;
}

/* Whether @item is a knock-out, a must-have warning or a gap in @scores */
gboolean
vb_response_scores_mention (VbVendorScores *scores,
                            VbRecord       *item)
{
  if (scores == NULL)
    return FALSE;
  return issue_is_about (scores->requirements->knockouts, item) ||
         issue_is_about (scores->requirements->warnings, item) ||
         issue_is_about (scores->compliance->knockouts, item) ||
         issue_is_about (scores->compliance->gaps, item);
}

static void
add_issue_row (GtkListBox             *list,
               const VbSelectionIssue *issue,
               VbVendor               *vendor,
               const char             *kind)
{
  VbRecord *item = issue->user_data;
  VbResponse *response = vb_response_of (item, vendor);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = vb_markup_escape (issue->reason, NULL);
  g_autofree char *subtitle = NULL;
  g_autofree char *plain = NULL;

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-open", GINT_TO_POINTER (!issue->accepted));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  if (issue->accepted)
    /* Translators: under a knock-out: its kind and the exception recorded, e.g. “Knock-out · accepted: in the contract” */
    plain = g_strdup_printf (_("%s · accepted: %s"), kind, vb_response_get_exception_reason (response));
  else
    /* Translators: under a knock-out that is not decided, e.g. “Knock-out · no decision yet” */
    plain = g_strdup_printf (_("%s · no decision yet"), kind);
  subtitle = g_markup_escape_text (plain, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* an unanswered gap is closed by an answer, not by an exception */
  if (response != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), exception_button (item, issue->accepted));
  gtk_list_box_append (list, row);
}

static void
add_issues (GtkListBox *list,
            GArray     *issues,
            VbVendor   *vendor,
            const char *kind)
{
  for (guint i = 0; i < issues->len; i++)
    add_issue_row (list, &g_array_index (issues, VbSelectionIssue, i), vendor, kind);
}

/* The gaps answered "partly" one by one; the unanswered ones in one row
 * (early on, nearly every high-risk question is one) that leads to the first */
static void
add_gaps (GtkListBox *list,
          GArray     *gaps,
          VbVendor   *vendor)
{
  VbRecord *first = NULL;
  guint n_unanswered = 0;

  for (guint i = 0; i < gaps->len; i++)
    {
      const VbSelectionIssue *issue = &g_array_index (gaps, VbSelectionIssue, i);
      VbResponse *response = vb_response_of (issue->user_data, vendor);

      if (response == NULL || vb_response_get_answer (response) == VB_ANSWER_UNSET)
        {
          if (n_unanswered++ == 0)
            first = issue->user_data;
        }
      else
        add_issue_row (list, issue, vendor, _("Open high-risk gap"));
    }
  if (n_unanswered > 0)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (ngettext ("%u high-risk question is not answered yet",
                                                          "%u high-risk questions are not answered yet",
                                                          n_unanswered), n_unanswered);

      g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (first), g_object_unref);
      g_object_set_data (G_OBJECT (row), "vb-open", GINT_TO_POINTER (TRUE));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Open high-risk gap · ask the vendor for the answers"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (list, row);
    }
}

static void
append_key (GString    *key,
            GArray     *issues,
            VbVendor   *vendor)
{
  for (guint i = 0; i < issues->len; i++)
    {
      const VbSelectionIssue *issue = &g_array_index (issues, VbSelectionIssue, i);
      VbResponse *response = vb_response_of (issue->user_data, vendor);

      g_string_append_printf (key, "%p:%p:%d:%s:%s;", issue->user_data, (void *) response, issue->accepted,
                              issue->reason, response ? vb_response_get_exception_reason (response) : "");
    }
  g_string_append_c (key, '|');
}

/* @list holds, in order, the knock-outs, the must-have warnings and the
 * high-risk gaps of @scores, each with its reason and its decision; the
 * rows are made again only when one of them changed */
void
vb_response_issues_fill (GtkListBox     *list,
                         VbVendorScores *scores,
                         VbVendor       *vendor)
{
  g_autoptr(GString) key = g_string_new (NULL);

  g_string_append_printf (key, "%p|", (void *) vendor);
  if (scores)
    {
      append_key (key, scores->requirements->knockouts, vendor);
      append_key (key, scores->compliance->knockouts, vendor);
      append_key (key, scores->requirements->warnings, vendor);
      append_key (key, scores->compliance->gaps, vendor);
    }
  if (g_strcmp0 (g_object_get_data (G_OBJECT (list), "vb-issues-key"), key->str) == 0)
    return;
  g_object_set_data_full (G_OBJECT (list), "vb-issues-key", g_string_free (g_steal_pointer (&key), FALSE), g_free);

  for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (list, 0)) != NULL;)
    gtk_list_box_remove (list, GTK_WIDGET (row));
  if (scores == NULL)
    return;
  add_issues (list, scores->requirements->knockouts, vendor, _("Knock-out"));
  add_issues (list, scores->compliance->knockouts, vendor, _("Knock-out"));
  add_issues (list, scores->requirements->warnings, vendor, _("Partly meets a must-have: decide"));
  add_gaps (list, scores->compliance->gaps, vendor);
}
