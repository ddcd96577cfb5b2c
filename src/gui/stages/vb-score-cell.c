/* vb-score-cell.c — one cell of the scoring grid, and what opens from it
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An evaluator's cell shows the score (1–5) with a mark when it has a
 * comment; its popover sets the score and the comment, each one edit. A
 * combined cell shows what counts (the agreed score, or the mean or the
 * median as the project says) with the individual scores under it, and a
 * warning mark when the evaluators disagree; its popover lists each
 * evaluator's score and comment and records or removes an agreed score
 * (who agreed, and why: vb-reason-dialog). The numbers come from the
 * decision engine's one result per edit.
 */

#define G_LOG_DOMAIN "vb-score-cell"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-decision-model.h"
#include "vb-evaluator-rows.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reason-dialog.h"
#include "vb-score-cell.h"
#include "vb-scoring-util.h"

typedef struct {
  VbContext   *context;
  VbEvaluator *evaluator;
  VbVendor    *vendor;
  VbCriterion *criterion;
  char        *vendor_label;
  GtkWidget   *value;
  GtkWidget   *detail;
  GtkWidget   *mark;
  GtkWidget   *popover;     /* while open */
  gboolean     writable;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *c = data;

  g_clear_object (&c->context);
  g_clear_object (&c->evaluator);
  g_clear_object (&c->vendor);
  g_clear_object (&c->criterion);
  g_free (c->vendor_label);
  g_free (c);
}

static Cell *
cell_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "vb-cell");
}

static const char *
criterion_name (VbCriterion *c)
{
  const char *name = vb_criterion_get_name (c);

  return vb_str_is_blank (name) ? _("Untitled criterion") : name;
}

static const VbScoreCell *
result_cell (Cell *c)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (vb_context_get_project (c->context));
  const VbDecisionResult *result = vb_decision_model_get_result (model);
  int v = vb_decision_model_find_vendor (model, c->vendor);
  int node = vb_decision_model_find_node (model, c->criterion);

  if (result->scoring == NULL || v < 0 || node < 0)
    return NULL;
  return vb_scoring_result_cell (result->scoring, (guint) v, (guint) node);
}

/* The scores of the counting and advisory evaluators, “4 · 2 · 5” */
static char *
individual_scores (Cell *c)
{
  GListModel *evaluators = vb_project_get_evaluators (vb_context_get_project (c->context));
  guint n = g_list_model_get_n_items (evaluators);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);
      VbScore *score = vb_record_is_live (VB_RECORD (e)) ? vb_evaluator_find_score (e, c->vendor, c->criterion) : NULL;

      if (score == NULL || vb_score_get_score (score) == 0)
        continue;
      g_string_append_printf (s, "%s%d%s", s->len ? " · " : "", vb_score_get_score (score),
                              vb_evaluator_get_advisory (e) ? "*" : "");
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

void
vb_score_cell_update (GtkWidget *widget,
                      gboolean   writable)
{
  Cell *c = cell_of (widget);
  g_autofree char *accessible = NULL;

  c->writable = writable;
  if (c->evaluator)
    {
      VbScore *score = vb_evaluator_find_score (c->evaluator, c->vendor, c->criterion);
      int s = score ? vb_score_get_score (score) : 0;
      const char *comment = score ? vb_score_get_comment (score) : NULL;
      g_autofree char *text = s ? g_strdup_printf ("%d", s) : g_strdup ("–");
      gboolean has_comment = !vb_str_is_blank (comment);

      gtk_label_set_label (GTK_LABEL (c->value), text);
      gtk_widget_set_visible (c->detail, FALSE);
      gtk_image_set_from_icon_name (GTK_IMAGE (c->mark), "document-edit-symbolic");
      gtk_widget_set_visible (c->mark, has_comment);
      gtk_widget_set_tooltip_text (widget, has_comment ? comment : NULL);
      accessible = s
        /* Translators: a scoring cell for screen readers: criterion, vendor, score, comment */
        ? g_strdup_printf (has_comment ? _("%s, %s: %d. Comment: %s") : _("%s, %s: %d"),
                           criterion_name (c->criterion), c->vendor_label, s, comment)
        : g_strdup_printf (_("%s, %s: not scored yet"), criterion_name (c->criterion), c->vendor_label);
      gtk_widget_remove_css_class (widget, "vb-score-disagree");
    }
  else
    {
      const VbScoreCell *cell = result_cell (c);
      g_autofree char *value = NULL;
      g_autofree char *scores = individual_scores (c);

      if (cell && cell->consensus > 0)
        value = g_strdup_printf (_("%d agreed"), cell->consensus);
      else if (cell && !isnan (cell->value))
        value = vb_format_number (cell->value, 1);
      else
        value = g_strdup ("–");
      gtk_label_set_label (GTK_LABEL (c->value), value);
      gtk_label_set_label (GTK_LABEL (c->detail), scores);
      gtk_widget_set_visible (c->detail, *scores != '\0');
      gtk_image_set_from_icon_name (GTK_IMAGE (c->mark), "dialog-warning-symbolic");
      gtk_widget_set_visible (c->mark, cell && cell->disagreement);
      gtk_widget_set_tooltip_text (widget, cell && cell->disagreement ? _("The evaluators disagree here") : NULL);
      if (cell && cell->disagreement)
        gtk_widget_add_css_class (widget, "vb-score-disagree");
      else
        gtk_widget_remove_css_class (widget, "vb-score-disagree");
      accessible = g_strdup_printf (cell && cell->disagreement
                                    /* Translators: a combined cell for screen readers */
                                    ? _("%s, %s: %s (the scores %s). The evaluators disagree.")
                                    : _("%s, %s: %s (the scores %s)"),
                                    criterion_name (c->criterion), c->vendor_label, value, *scores ? scores : "—");
    }
  vb_set_accessible_label (widget, accessible);
}

/* ------------------------------------------------------------ the popover */

static void
close_popover (Cell *c)
{
  if (c->popover)
    gtk_popover_popdown (GTK_POPOVER (c->popover));
}

static void
on_score_clicked_cb (GtkButton *button,
                     Cell      *c)
{
  int score = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "vb-score"));
  g_autoptr(GError) error = NULL;

  if (!vb_evaluator_set_score (c->evaluator, c->vendor, c->criterion, score, NULL, &error))
    vb_report_error (GTK_WIDGET (button), error);
  close_popover (c);
}

static void
on_comment_activate_cb (GtkEntry *entry,
                        Cell     *c)
{
  VbScore *score = vb_evaluator_find_score (c->evaluator, c->vendor, c->criterion);
  g_autoptr(GError) error = NULL;

  if (!vb_evaluator_set_score (c->evaluator, c->vendor, c->criterion, score ? vb_score_get_score (score) : 0,
                               gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    vb_report_error (GTK_WIDGET (entry), error);
  close_popover (c);
}

static void
fill_evaluator_popover (Cell      *c,
                        GtkWidget *box)
{
  VbScore *score = vb_evaluator_find_score (c->evaluator, c->vendor, c->criterion);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *entry = gtk_entry_new ();
  int current = score ? vb_score_get_score (score) : 0;

  gtk_widget_add_css_class (buttons, "linked");
  for (int s = 1; s <= 5; s++)
    {
      g_autofree char *label = g_strdup_printf ("%d", s);
      g_autofree char *accessible = g_strdup_printf (_("Score %d"), s);
      GtkWidget *b = gtk_toggle_button_new_with_label (label);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), s == current);
      g_object_set_data (G_OBJECT (b), "vb-score", GINT_TO_POINTER (s));
      vb_set_accessible_label (b, accessible);
      gtk_widget_set_name (b, "score-choice");
      gtk_widget_set_sensitive (b, c->writable);
      g_signal_connect (b, "clicked", G_CALLBACK (on_score_clicked_cb), c);
      gtk_box_append (GTK_BOX (buttons), b);
    }
  {
    GtkWidget *clear = gtk_button_new_with_label (_("No Score"));

    g_object_set_data (G_OBJECT (clear), "vb-score", GINT_TO_POINTER (0));
    gtk_widget_set_sensitive (clear, c->writable && current > 0);
    gtk_widget_set_name (clear, "score-clear");
    g_signal_connect (clear, "clicked", G_CALLBACK (on_score_clicked_cb), c);
    gtk_box_append (GTK_BOX (buttons), clear);
  }
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_editable_set_text (GTK_EDITABLE (entry), score ? vb_score_get_comment (score) : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why this score (press Enter to keep it)"));
  vb_set_accessible_label (entry, _("Comment"));
  gtk_widget_set_name (entry, "score-comment");
  gtk_widget_set_sensitive (entry, c->writable);
  g_signal_connect (entry, "activate", G_CALLBACK (on_comment_activate_cb), c);
  gtk_box_append (GTK_BOX (box), entry);
}

typedef struct {
  VbContext   *context;
  VbVendor    *vendor;
  VbCriterion *criterion;
  GtkWidget   *widget;
  int          score;
  char        *who;
} Agreement;

static void
agreement_free (gpointer data)
{
  Agreement *a = data;

  g_object_unref (a->context);
  g_object_unref (a->vendor);
  g_object_unref (a->criterion);
  g_object_unref (a->widget);
  g_free (a->who);
  g_free (a);
}

static void
agree_cb (const char *reason,
          gpointer    data)
{
  Agreement *a = data;
  g_autoptr(GError) error = NULL;

  if (!vb_project_set_consensus (vb_context_get_project (a->context), a->vendor, a->criterion, a->score, reason,
                                 a->who, &error))
    vb_report_error (a->widget, error);
}

static void
on_agree_clicked_cb (GtkButton *button,
                     Cell      *c)
{
  GtkWidget *dropdown = g_object_get_data (G_OBJECT (button), "vb-dropdown");
  GtkWidget *who = g_object_get_data (G_OBJECT (button), "vb-who");
  Agreement *a = g_new0 (Agreement, 1);
  GtkWidget *cell = c->popover ? gtk_widget_get_parent (c->popover) : NULL;
  g_autofree char *heading = NULL;

  a->context = g_object_ref (c->context);
  a->vendor = g_object_ref (c->vendor);
  a->criterion = g_object_ref (c->criterion);
  a->widget = g_object_ref (cell ? cell : GTK_WIDGET (button));
  a->score = (int) gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)) + 1;
  a->who = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (who))));
  if (vb_str_is_blank (a->who))
    {
      g_autoptr(GError) error = g_error_new_literal (VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                                                     _("Say who agreed the score, such as “Anna and Ben”."));

      vb_report_error (GTK_WIDGET (button), error);
      agreement_free (a);
      return;
    }
  /* Translators: the heading of the dialog asking why a score was agreed */
  heading = g_strdup_printf (_("Agree %d for %s on %s?"), a->score, c->vendor_label, criterion_name (c->criterion));
  close_popover (c);
  vb_reason_dialog_present (a->widget, heading,
                            _("The agreed score counts instead of the evaluators’ own, which stay beside it. "
                              "Say why you agreed it."),
                            _("_Agree Score"), NULL, agree_cb, a, agreement_free);
}

static void
on_remove_agreement_clicked_cb (GtkButton *button,
                                Cell      *c)
{
  g_autoptr(GError) error = NULL;

  if (!vb_project_set_consensus (vb_context_get_project (c->context), c->vendor, c->criterion, 0, NULL, NULL, &error))
    vb_report_error (GTK_WIDGET (button), error);
  close_popover (c);
}

static GtkWidget *
caption_new (const char *text,
             const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

static void
fill_combined_popover (Cell      *c,
                       GtkWidget *box)
{
  VbProject *project = vb_context_get_project (c->context);
  GListModel *evaluators = vb_project_get_evaluators (project);
  const VbScoreCell *cell = result_cell (c);
  VbConsensus *agreed = vb_project_find_consensus (project, c->vendor, c->criterion);
  guint n = g_list_model_get_n_items (evaluators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);
      VbScore *score;
      g_autofree char *line = NULL;
      const char *comment;

      if (!vb_record_is_live (VB_RECORD (e)))
        continue;
      score = vb_evaluator_find_score (e, c->vendor, c->criterion);
      comment = score ? vb_score_get_comment (score) : NULL;
      if (score && vb_score_get_score (score) > 0)
        line = g_strdup_printf (vb_str_is_blank (comment) ? "%s%s: %d" : "%s%s: %d — %s", vb_evaluator_label (e),
                                vb_evaluator_get_advisory (e) ? _(" (advisory)") : "", vb_score_get_score (score),
                                comment);
      else
        line = g_strdup_printf (_("%s: not scored yet"), vb_evaluator_label (e));
      gtk_box_append (GTK_BOX (box), caption_new (line, NULL));
    }
  if (cell && cell->n_scores > 0)
    {
      g_autofree char *mean = vb_format_number (cell->mean, 1);
      g_autofree char *median = vb_format_number (cell->median, 1);
      g_autofree char *sd = vb_format_number (cell->sd, 2);
      /* Translators: the statistics of a cell's scores */
      g_autofree char *stats = g_strdup_printf (_("Mean %s · median %s · spread (standard deviation) %s"),
                                                mean, median, sd);

      gtk_box_append (GTK_BOX (box), caption_new (stats, "dim-label"));
    }
  if (cell && cell->disagreement)
    {
      GtkWidget *warning = caption_new (_("The evaluators disagree: talk it through, and agree a score if you can."),
                                        NULL);

      gtk_widget_add_css_class (warning, "warning");
      gtk_box_append (GTK_BOX (box), warning);
    }

  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  if (agreed)
    {
      g_autofree char *line = g_strdup_printf (_("Agreed %d by %s: %s"), vb_consensus_get_score (agreed),
                                               vb_consensus_get_decided_by (agreed), vb_consensus_get_reason (agreed));
      GtkWidget *remove = gtk_button_new_with_label (_("Remove the Agreed Score"));

      gtk_box_append (GTK_BOX (box), caption_new (line, NULL));
      gtk_widget_set_name (remove, "remove-agreed");
      gtk_widget_set_sensitive (remove, c->writable);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_agreement_clicked_cb), c);
      gtk_box_append (GTK_BOX (box), remove);
    }
  {
    const char *const scores[] = { "1", "2", "3", "4", "5", NULL };
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    g_autoptr(GtkStringList) score_labels = gtk_string_list_new (scores);
    GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);
    GtkWidget *who = gtk_entry_new ();
    GtkWidget *agree = gtk_button_new_with_label (agreed ? _("Change…") : _("Agree a Score…"));

    vb_drop_down_set_strings (dropdown, score_labels, _("Agreed score"));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), agreed ? (guint) vb_consensus_get_score (agreed) - 1
                                : cell && !isnan (cell->value) ? (guint) CLAMP ((int) round (cell->value), 1, 5) - 1 : 2);
    vb_set_accessible_label (dropdown, _("Agreed score"));
    gtk_widget_set_name (dropdown, "agreed-score");
    gtk_editable_set_text (GTK_EDITABLE (who), agreed ? vb_consensus_get_decided_by (agreed)
                                                      : vb_context_get_author (c->context));
    gtk_entry_set_placeholder_text (GTK_ENTRY (who), _("Who agreed"));
    vb_set_accessible_label (who, _("Who agreed"));
    gtk_widget_set_name (who, "agreed-by");
    gtk_widget_set_hexpand (who, TRUE);
    g_object_set_data (G_OBJECT (agree), "vb-dropdown", dropdown);
    g_object_set_data (G_OBJECT (agree), "vb-who", who);
    gtk_widget_set_name (agree, "agree-score");
    gtk_widget_add_css_class (agree, "suggested-action");
    g_signal_connect (agree, "clicked", G_CALLBACK (on_agree_clicked_cb), c);
    gtk_box_append (GTK_BOX (row), dropdown);
    gtk_box_append (GTK_BOX (row), who);
    gtk_box_append (GTK_BOX (row), agree);
    gtk_widget_set_sensitive (row, c->writable);
    gtk_box_append (GTK_BOX (box), row);
  }
}

static gboolean
unparent_idle_cb (gpointer data)
{
  GtkWidget *popover = data;

  if (gtk_widget_get_parent (popover))
    gtk_widget_unparent (popover);
  g_object_unref (popover);
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed_cb (GtkPopover *popover,
                      GtkWidget  *cell)
{
  Cell *c = cell_of (cell);

  if (c->popover == GTK_WIDGET (popover))
    c->popover = NULL;
  /* after the popover let go of the focus */
  g_idle_add (unparent_idle_cb, g_object_ref (popover));
}

/* A cell rebuilt away with its popover open */
static void
on_cell_destroy_cb (GtkWidget *cell,
                    gpointer   user_data)
{
  Cell *c = cell_of (cell);
  GtkWidget *child;

  c->popover = NULL;
  while ((child = gtk_widget_get_last_child (cell)) && GTK_IS_POPOVER (child))
    gtk_widget_unparent (child);
}

void
vb_score_cell_open (GtkWidget *widget)
{
  Cell *c = cell_of (widget);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  /* Translators: the heading of a cell's popover: criterion, then vendor */
  g_autofree char *title = g_strdup_printf (_("%s — %s"), criterion_name (c->criterion), c->vendor_label);
  GtkWidget *heading = caption_new (title, "heading");

  if (c->popover)
    return;
  gtk_box_append (GTK_BOX (box), heading);
  if (c->evaluator)
    fill_evaluator_popover (c, box);
  else
    fill_combined_popover (c, box);
  c->popover = gtk_popover_new ();
  gtk_widget_set_name (c->popover, "score-popover");
  gtk_popover_set_child (GTK_POPOVER (c->popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (c->popover), widget);
  gtk_widget_set_parent (c->popover, widget);
  g_signal_connect (c->popover, "closed", G_CALLBACK (on_popover_closed_cb), widget);
  gtk_popover_popup (GTK_POPOVER (c->popover));
}

static void
on_cell_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  vb_score_cell_open (GTK_WIDGET (button));
}

GtkWidget *
vb_score_cell_new (VbContext   *context,
                   VbEvaluator *evaluator,
                   VbVendor    *vendor,
                   VbCriterion *criterion,
                   const char  *vendor_label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  Cell *c = g_new0 (Cell, 1);

  c->context = g_object_ref (context);
  c->evaluator = evaluator ? g_object_ref (evaluator) : NULL;
  c->vendor = g_object_ref (vendor);
  c->criterion = g_object_ref (criterion);
  c->vendor_label = g_strdup (vendor_label);
  c->value = gtk_label_new (NULL);
  c->detail = gtk_label_new (NULL);
  c->mark = gtk_image_new ();
  gtk_widget_add_css_class (c->value, "numeric");
  gtk_widget_add_css_class (c->detail, "caption");
  gtk_widget_add_css_class (c->detail, "dim-label");
  gtk_widget_set_halign (line, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), c->value);
  gtk_box_append (GTK_BOX (line), c->mark);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), c->detail);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_size_request (button, 96, -1);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_name (button, "score-cell");
  gtk_widget_add_css_class (button, "vb-score-cell");
  g_object_set_data_full (G_OBJECT (button), "vb-cell", c, cell_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_cell_clicked_cb), NULL);
  g_signal_connect (button, "destroy", G_CALLBACK (on_cell_destroy_cb), NULL);
  vb_score_cell_update (button, FALSE);
  return button;
}

VbVendor *
vb_score_cell_get_vendor (GtkWidget *cell)
{
  return cell_of (cell)->vendor;
}

VbCriterion *
vb_score_cell_get_criterion (GtkWidget *cell)
{
  return cell_of (cell)->criterion;
}
