/* vb-question-rows.c — the rows of the Security & Compliance page
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A domain's row in the list of domains: its code and title, how many of
 * its questions are asked and their total weight, and whether it counts
 * in the compliance score. A question's row is an expander: its text and
 * one line of facts (asked or not, the compliant answer, the weight, high
 * risk, the framework tags); expanded, the fields that edit them. The
 * fields are made when the row first opens, so a domain of hundreds of
 * questions opens at once. Every row follows its record.
 */

#define G_LOG_DOMAIN "vb-security-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-question-rows.h"

static char *
format_weight (double weight)
{
  return vb_format_number (weight, fabs (weight - round (weight)) < 1e-9 ? 0 : 1);
}

/* ------------------------------------------------------------ domains */

/* “12 of 15 asked · total weight 34” */
char *
vb_domain_counts_text (VbQuestionDomain *domain)
{
  guint n = g_list_model_get_n_items (vb_question_domain_get_questions (domain));
  guint asked = 0;
  double weight = 0;
  g_autofree char *w = NULL;

  if (n == 0)
    return g_strdup (_("No questions yet"));
  vb_question_domain_count_asked (domain, &asked, &weight);
  w = format_weight (weight);
  /* Translators: a domain's questions, e.g. “12 of 15 asked · total weight 34” */
  return g_strdup_printf (ngettext ("%u of %u asked · total weight %s", "%u of %u asked · total weight %s", n),
                          asked, n, w);
}

static void
domain_row_update (GtkWidget *row)
{
  VbQuestionDomain *domain = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *example = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *out = g_object_get_data (G_OBJECT (row), "vb-out");
  const char *code = vb_question_domain_get_code (domain);
  const char *title = vb_question_domain_get_title (domain);
  gboolean counts = vb_question_domain_get_included (domain);
  g_autofree char *name = vb_str_is_blank (code) ? g_strdup (vb_str_is_blank (title) ? _("Untitled domain") : title)
                                                 /* Translators: a domain's code and title, e.g. “AC · Access control” */
                                                 : g_strdup_printf (_("%s · %s"), code,
                                                                    vb_str_is_blank (title) ? _("Untitled domain") : title);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *facts = vb_domain_counts_text (domain);
  g_autofree char *facts_escaped = g_markup_escape_text (facts, -1);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts_escaped);
  gtk_widget_set_visible (example, vb_record_get_example (VB_RECORD (domain)));
  gtk_widget_set_visible (out, !counts);
  /* Translators: a questionnaire domain for screen readers: its name, its counts, whether it is scored */
  accessible = g_strdup_printf (_("Domain: %s. %s. %s"), name, facts,
                                counts ? _("Counts in the score") : _("Not in the score"));
  vb_set_accessible_label (row, accessible);
}

static void
on_domain_notify_cb (GObject    *domain,
                     GParamSpec *pspec,
                     GtkWidget  *row)
{
  domain_row_update (row);
}

static void
on_project_changed_for_row_cb (VbProject *project,
                               GtkWidget *row)
{
  domain_row_update (row);
}

/**
 * vb_domain_row_new:
 *
 * Returns: (transfer floating): the domain's row in the list of domains
 */
GtkWidget *
vb_domain_row_new (VbQuestionDomain *domain)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *out = vb_tag_new (_("Not scored"), NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (domain), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  g_object_set_data (G_OBJECT (row), "vb-out", out);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), example);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), out);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  domain_row_update (row);
  g_signal_connect_object (domain, "notify", G_CALLBACK (on_domain_notify_cb), row, 0);
  /* the counts follow its questions, whichever edit changed them */
  g_signal_connect_object (vb_record_get_project (VB_RECORD (domain)), "changed",
                           G_CALLBACK (on_project_changed_for_row_cb), row, 0);
  return row;
}

/* ------------------------------------------------------------ framework tags */

static char *
frameworks_text (VbQuestion *question)
{
  g_auto(GStrv) tags = vb_question_dup_frameworks (question);

  return g_strjoinv (", ", tags);
}

/* The tags as typed: one between commas (or semicolons) each */
static void
commit_frameworks (GtkWidget *entry)
{
  VbQuestion *question = g_object_get_data (G_OBJECT (entry), "vb-record");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_auto(GStrv) tags = g_strsplit_set (text, ",;", -1);
  g_autoptr(GError) error = NULL;

  if (!vb_record_is_live (VB_RECORD (question)))
    return;
  if (!vb_question_set_frameworks (question, (const char *const *) tags, &error))
    vb_report_error (entry, error);
  {
    g_autofree char *stored = frameworks_text (question);

    if (g_strcmp0 (stored, text) != 0)
      gtk_editable_set_text (GTK_EDITABLE (entry), stored);
  }
}

static void
on_frameworks_apply_cb (AdwEntryRow *entry,
                        gpointer     user_data)
{
  commit_frameworks (GTK_WIDGET (entry));
}

static void
on_frameworks_leave_cb (GtkEventControllerFocus *controller,
                        gpointer                 user_data)
{
  commit_frameworks (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

/* Undo and redo change the tags from elsewhere: follow them */
static void
on_frameworks_changed_cb (VbProject *project,
                          GtkWidget *entry)
{
  VbQuestion *question = g_object_get_data (G_OBJECT (entry), "vb-record");
  g_autofree char *stored = NULL;

  if (!vb_record_is_live (VB_RECORD (question)) || gtk_widget_has_focus (entry) ||
      gtk_widget_is_focus (entry) || gtk_widget_get_focus_child (entry) != NULL)
    return;
  stored = frameworks_text (question);
  if (g_strcmp0 (stored, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), stored);
}

static GtkWidget *
frameworks_row_new (VbQuestion *question)
{
  GtkWidget *entry = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *text = frameworks_text (question);
  VbProject *project = vb_record_get_project (VB_RECORD (question));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry),
                                 _("Framework tags, separated by commas, such as “ISO 27001 A.5.19, GDPR 28(3)(d)”"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  g_object_set_data_full (G_OBJECT (entry), "vb-record", g_object_ref (question), g_object_unref);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_editable (GTK_EDITABLE (entry), project && !vb_project_get_read_only (project));
  g_signal_connect (entry, "apply", G_CALLBACK (on_frameworks_apply_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_frameworks_leave_cb), NULL);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_frameworks_changed_cb), entry, 0);
  vb_field_set_property_name (entry, "frameworks");
  return entry;
}

/* ------------------------------------------------------------ questions */

static char *
question_facts (VbQuestion *question)
{
  GString *facts = g_string_new (vb_question_get_included (question) ? _("Asked") : _("Not asked"));
  g_autofree char *weight = format_weight (vb_question_get_weight (question));
  g_autofree char *tags = frameworks_text (question);

  g_string_append (facts, " · ");
  /* Translators: the compliant answer of a question, e.g. “compliant: Yes” */
  g_string_append_printf (facts, _("compliant: %s"),
                          vb_enum_get_label (VB_TYPE_YES_NO, vb_question_get_expected_answer (question)));
  g_string_append (facts, " · ");
  /* Translators: a question's weight, e.g. “weight 3” */
  g_string_append_printf (facts, _("weight %s"), weight);
  if (vb_question_get_lite (question))
    {
      g_string_append (facts, " · ");
      g_string_append (facts, _("on the Lite screen"));
    }
  if (*tags)
    {
      g_string_append (facts, " · ");
      g_string_append (facts, tags);
    }
  return g_string_free (facts, FALSE);
}

static void
question_row_update (GtkWidget *row)
{
  VbQuestion *question = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *example = g_object_get_data (G_OBJECT (row), "vb-tag");
  GtkWidget *risk = g_object_get_data (G_OBJECT (row), "vb-risk");
  GtkWidget *confirm = g_object_get_data (G_OBJECT (row), "vb-confirm");
  const char *text = vb_question_get_text (question);
  gboolean is_example = vb_record_get_example (VB_RECORD (question));
  g_autofree char *title = vb_markup_escape (text, _("Untitled question"));
  g_autofree char *facts = question_facts (question);
  g_autofree char *facts_escaped = g_markup_escape_text (facts, -1);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), facts_escaped);
  gtk_widget_set_visible (example, is_example);
  gtk_widget_set_visible (risk, vb_question_get_high_risk (question));
  if (confirm)
    gtk_widget_set_visible (confirm, is_example);
  /* Translators: a question for screen readers: its text, its facts, and whether it is high risk */
  accessible = g_strdup_printf (vb_question_get_high_risk (question) ? _("Question: %s. %s. High risk")
                                                                     : _("Question: %s. %s"),
                                vb_str_is_blank (text) ? _("Untitled question") : text, facts);
  vb_set_accessible_label (row, accessible);
}

static void
on_question_notify_cb (GObject    *question,
                       GParamSpec *pspec,
                       GtkWidget  *row)
{
  question_row_update (row);
}

static void
on_project_changed_for_question_cb (VbProject *project,
                                    GtkWidget *row)
{
  /* the framework tags are rows of their own: no notify of the question */
  question_row_update (row);
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

static void
question_row_fill (GtkWidget *row)
{
  VbQuestion *question = g_object_get_data (G_OBJECT (row), "vb-record");
  VbRecord *record = VB_RECORD (question);
  const char *uuid = vb_record_get_uuid (record);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *actions_row, *confirm, *remove;

  if (g_object_get_data (G_OBJECT (row), "vb-filled"))
    return;
  g_object_set_data (G_OBJECT (row), "vb-filled", GINT_TO_POINTER (1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "text", _("The question"), VB_FIELD_TEXT, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_switch_row_new (record, "included", _("Asked"),
                                                     _("Vendors answer it; asking or leaving out questions by hand "
                                                       "makes the questionnaire your own")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_choice_row_new (record, "expected-answer", _("Compliant answer")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "weight", _("Weight in the score"), VB_FIELD_NUMBER, 1));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_switch_row_new (record, "high-risk", _("High risk"),
                                                     _("The opposite answer rules the vendor out unless you accept "
                                                       "it")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), frameworks_row_new (question));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            vb_field_entry_row_new (record, "guidance", _("What to ask for when the answer is not "
                                                                          "compliant"), VB_FIELD_TEXT, 0));

  confirm = action_button (_("_Keep as It Is"), "security.confirm", uuid, "confirm-example");
  remove = action_button (_("_Remove"), "security.remove", uuid, "remove-question");
  gtk_widget_add_css_class (remove, "flat");
  gtk_box_append (GTK_BOX (buttons), confirm);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 8);
  gtk_widget_set_margin_bottom (buttons, 8);
  gtk_widget_set_margin_end (buttons, 12);
  actions_row = gtk_list_box_row_new ();
  vb_set_accessible_label (actions_row, _("Keep or remove the question"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), buttons);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);
  g_object_set_data (G_OBJECT (row), "vb-confirm", confirm);
  question_row_update (row);
}

static void
on_question_expanded_cb (GtkWidget  *row,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    question_row_fill (row);
}

/**
 * vb_question_row_new:
 *
 * Returns: (transfer floating): the question's expander row
 */
GtkWidget *
vb_question_row_new (VbQuestion *question)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *example = vb_tag_new (_("Example"), "vb-tag-example");
  GtkWidget *risk = vb_tag_new (_("High risk"), "vb-tag-risk");

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (question), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", example);
  g_object_set_data (G_OBJECT (row), "vb-risk", risk);
  /* the facts wrap: the compliant answer, the weight and the tags all show */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), example);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), risk);
  question_row_update (row);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_question_expanded_cb), NULL);
  g_signal_connect_object (question, "notify", G_CALLBACK (on_question_notify_cb), row, 0);
  g_signal_connect_object (vb_record_get_project (VB_RECORD (question)), "changed",
                           G_CALLBACK (on_project_changed_for_question_cb), row, 0);
  return row;
}

/* Expands the row and puts the cursor in the field of @property (NULL: the text) */
void
vb_question_row_open (GtkWidget  *row,
                      const char *property)
{
  GtkWidget *field;

  question_row_fill (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  field = vb_field_find (row, property ? property : "text");
  vb_focus_widget (field ? field : row);
}
