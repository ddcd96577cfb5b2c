/* vb-ahp-rows.c — the pairwise comparison of the Weights view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which group is compared (the categories, or one category's criteria),
 * whose judgements are shown (the agreed matrix, or one evaluator's), and
 * one drop-down per pair on Saaty's 1–9 scale with its reciprocals. Each
 * choice is one edit (vb_project_set_ahp_judgement). Below, the weights
 * the combined judgements give (vb_project_solve_ahp: the normalised
 * geometric mean), the consistency ratio and, above 0.10, which judgement
 * fits least; "Use These Weights" stores them (vb_project_apply_ahp).
 */

#define G_LOG_DOMAIN "vb-ahp-rows"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-ahp-rows.h"
#include "vb-evaluator.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-scoring-util.h"

struct _VbAhpRows
{
  /* borrowed */
  GtkWidget   *judgements;    /* AdwPreferencesGroup */
  GtkWidget   *result;        /* AdwPreferencesGroup */
  GPtrArray   *rows;          /* what we added to the two groups */
  GPtrArray   *pair_rows;     /* AdwComboRow, "vb-a" / "vb-b" the criteria */
  GtkWidget   *group_row;
  GtkWidget   *evaluator_row;

  /* owned */
  VbContext   *context;
  char        *category;      /* uuid of the category compared, NULL: the categories */
  char        *evaluator;     /* uuid, NULL: the agreed matrix */
  char        *key;           /* what the rows were built from */
  GPtrArray   *groups;        /* the choices of group_row: VbCriterion or NULL, reffed by the project */
  GPtrArray   *evaluators;    /* the choices of evaluator_row after the first: VbEvaluator */
  guint        idle_id;
  gboolean     solvable;      /* the judgements give weights */
  gboolean     writable;
  gboolean     updating;
};

#define N_SCALE 18

double
vb_ahp_scale_value (guint position)
{
  if (position == 0 || position >= N_SCALE)
    return NAN;
  return position <= 9 ? 10.0 - position : 1.0 / (position - 8);
}

guint
vb_ahp_scale_position (double value)
{
  if (isnan (value) || value <= 0)
    return 0;
  if (value >= 1)
    return (guint) CLAMP (10 - (int) round (value), 1, 9);
  return (guint) CLAMP (8 + (int) round (1 / value), 10, 17);
}

static const char *
strength (int n)
{
  switch (n)
    {
    case 2: return _("slightly more important");
    case 3: return _("moderately more important");
    case 4: return _("moderately to strongly more important");
    case 5: return _("strongly more important");
    case 6: return _("strongly to very strongly more important");
    case 7: return _("very strongly more important");
    case 8: return _("very strongly to extremely more important");
    default: return _("extremely more important");
    }
}

static const char *
name_of (VbCriterion *c)
{
  const char *name = vb_criterion_get_name (c);

  return vb_str_is_blank (name) ? _("Untitled criterion") : name;
}

/* A judgement in words: “Price is strongly more important (5)” */
static char *
scale_label (VbCriterion *a,
             VbCriterion *b,
             guint        position)
{
  double v = vb_ahp_scale_value (position);

  if (position == 0)
    return g_strdup (_("Not compared yet"));
  if (G_APPROX_VALUE (v, 1, 1e-9))
    return g_strdup (_("Equally important (1)"));
  /* Translators: a pairwise judgement, e.g. “Price is strongly more important (5)” */
  return g_strdup_printf (_("%s is %s (%d)"), name_of (v > 1 ? a : b), strength ((int) round (v > 1 ? v : 1 / v)),
                          (int) round (v > 1 ? v : 1 / v));
}

static char *
format_judgement (double v)
{
  if (v >= 1)
    return vb_format_number (v, v == round (v) ? 0 : 1);
  {
    g_autofree char *inverse = vb_format_number (1 / v, G_APPROX_VALUE (1 / v, round (1 / v), 1e-6) ? 0 : 1);

    return g_strdup_printf ("1/%s", inverse);
  }
}

static VbProject *
project_of (VbAhpRows *self)
{
  return vb_context_get_project (self->context);
}

static gpointer
find_record (GListModel *model,
             const char *uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbRecord) r = g_list_model_get_item (model, i);

      if (vb_record_is_live (r) && g_str_equal (vb_record_get_uuid (r), uuid))
        return r;
    }
  return NULL;
}

static VbCriterion *
current_category (VbAhpRows *self)
{
  return self->category ? find_record (vb_project_get_criteria (project_of (self)), self->category) : NULL;
}

static VbEvaluator *
current_evaluator (VbAhpRows *self)
{
  return self->evaluator ? find_record (vb_project_get_evaluators (project_of (self)), self->evaluator) : NULL;
}

static GPtrArray *
members_of (VbAhpRows   *self,
            VbCriterion *category)
{
  GPtrArray *out;
  GListModel *children;
  guint n;

  if (category == NULL)
    return vb_project_get_top_criteria (project_of (self));
  out = g_ptr_array_new ();
  children = vb_criterion_get_children (category);
  n = g_list_model_get_n_items (children);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (children, i);

      if (vb_record_is_live (VB_RECORD (c)))
        g_ptr_array_add (out, c);
    }
  return out;
}

/* ------------------------------------------------------------ building */

static void
add_to (VbAhpRows *self,
        GtkWidget *group,
        GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
}

static void
clear (VbAhpRows *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->pair_rows, 0);
  self->group_row = self->evaluator_row = NULL;
}

static gboolean
update_idle_cb (gpointer data)
{
  VbAhpRows *self = data;

  self->idle_id = 0;
  vb_ahp_rows_update (self);
  return G_SOURCE_REMOVE;
}

static void
on_group_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      VbAhpRows   *self)
{
  guint selected = adw_combo_row_get_selected (row);
  VbCriterion *c;

  if (self->updating || selected >= self->groups->len)
    return;
  c = self->groups->pdata[selected];
  g_free (self->category);
  self->category = c ? g_strdup (vb_record_get_uuid (VB_RECORD (c))) : NULL;
  /* after this handler: the row being rebuilt is the one signalling */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (update_idle_cb, self);
}

static void
on_evaluator_selected_cb (AdwComboRow *row,
                          GParamSpec  *pspec,
                          VbAhpRows   *self)
{
  guint selected = adw_combo_row_get_selected (row);
  VbEvaluator *e;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  e = selected > 0 && selected <= self->evaluators->len ? self->evaluators->pdata[selected - 1] : NULL;
  g_free (self->evaluator);
  self->evaluator = e ? g_strdup (vb_record_get_uuid (VB_RECORD (e))) : NULL;
  /* after this handler: the row being rebuilt is the one signalling */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (update_idle_cb, self);
}

static void
on_pair_selected_cb (AdwComboRow *row,
                     GParamSpec  *pspec,
                     VbAhpRows   *self)
{
  VbCriterion *a = g_object_get_data (G_OBJECT (row), "vb-a");
  VbCriterion *b = g_object_get_data (G_OBJECT (row), "vb-b");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;
  double stored;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  stored = vb_project_get_ahp_judgement (project_of (self), current_evaluator (self), a, b);
  if (vb_ahp_scale_position (stored) == selected)
    return;
  if (!vb_project_set_ahp_judgement (project_of (self), current_evaluator (self), a, b,
                                     vb_ahp_scale_value (selected), &error))
    {
      vb_report_error (GTK_WIDGET (row), error);
      vb_ahp_rows_update (self);
    }
}

static GtkWidget *
pair_row_new (VbAhpRows   *self,
              VbCriterion *a,
              VbCriterion *b)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  /* Translators: a pair compared, e.g. “Price or Quality?” */
  g_autofree char *title = g_strdup_printf (_("%s or %s?"), name_of (a), name_of (b));
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  for (guint i = 0; i < N_SCALE; i++)
    {
      g_autofree char *label = scale_label (a, b, i);

      gtk_string_list_append (labels, label);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  vb_combo_row_set_strings (row, labels);
  gtk_widget_set_name (row, "ahp-pair");
  g_object_set_data (G_OBJECT (row), "vb-a", a);
  g_object_set_data (G_OBJECT (row), "vb-b", b);
  gtk_widget_set_sensitive (row, self->writable);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_pair_selected_cb), self);
  g_ptr_array_add (self->pair_rows, row);
  return row;
}

static GtkWidget *
choice_row_new (const char *title,
                GPtrArray  *labels_array)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels_array->len; i++)
    gtk_string_list_append (labels, labels_array->pdata[i]);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  vb_combo_row_set_strings (row, labels);
  return row;
}

static void
rebuild (VbAhpRows *self)
{
  VbProject *project = project_of (self);
  g_autoptr(GPtrArray) top = vb_project_get_top_criteria (project);
  g_autoptr(GPtrArray) group_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) evaluator_labels = g_ptr_array_new_with_free_func (g_free);
  GListModel *evaluators = vb_project_get_evaluators (project);
  VbCriterion *category = current_category (self);
  VbEvaluator *evaluator = current_evaluator (self);
  g_autoptr(GPtrArray) members = NULL;
  guint n = g_list_model_get_n_items (evaluators);

  clear (self);
  self->updating = TRUE;

  /* the groups worth comparing: two members or more */
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_add (self->groups, NULL);
  g_ptr_array_add (group_labels, g_strdup (_("The categories")));
  for (guint i = 0; i < top->len; i++)
    {
      g_autoptr(GPtrArray) m = vb_criterion_is_category (top->pdata[i]) ? members_of (self, top->pdata[i]) : NULL;

      if (m && m->len >= 2)
        {
          g_ptr_array_add (self->groups, top->pdata[i]);
          /* Translators: the group compared, e.g. “The criteria of Service quality” */
          g_ptr_array_add (group_labels, g_strdup_printf (_("The criteria of %s"), name_of (top->pdata[i])));
        }
    }
  if (category && !g_ptr_array_find (self->groups, category, NULL))
    {
      category = NULL;
      g_clear_pointer (&self->category, g_free);
    }
  self->group_row = choice_row_new (_("Compare"), group_labels);
  gtk_widget_set_name (self->group_row, "ahp-group");
  {
    guint at = 0;

    g_ptr_array_find (self->groups, category, &at);
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->group_row), at);
  }
  g_signal_connect (self->group_row, "notify::selected", G_CALLBACK (on_group_selected_cb), self);
  add_to (self, self->judgements, self->group_row);

  g_ptr_array_set_size (self->evaluators, 0);
  g_ptr_array_add (evaluator_labels, g_strdup (_("Agreed by the team")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      if (!vb_record_is_live (VB_RECORD (e)))
        continue;
      g_ptr_array_add (self->evaluators, e);
      g_ptr_array_add (evaluator_labels,
                       g_strdup (vb_str_is_blank (vb_evaluator_get_name (e)) ? _("Unnamed evaluator")
                                                                              : vb_evaluator_get_name (e)));
    }
  if (evaluator && !g_ptr_array_find (self->evaluators, evaluator, NULL))
    {
      evaluator = NULL;
      g_clear_pointer (&self->evaluator, g_free);
    }
  self->evaluator_row = choice_row_new (_("Judgements of"), evaluator_labels);
  gtk_widget_set_name (self->evaluator_row, "ahp-evaluator");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->evaluator_row),
                               _("Each evaluator may judge on their own; an agreed judgement counts instead of theirs"));
  {
    guint at = 0;

    if (evaluator && g_ptr_array_find (self->evaluators, evaluator, &at))
      at++;
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->evaluator_row), at);
  }
  g_signal_connect (self->evaluator_row, "notify::selected", G_CALLBACK (on_evaluator_selected_cb), self);
  add_to (self, self->judgements, self->evaluator_row);

  members = members_of (self, category);
  for (guint i = 0; i < members->len; i++)
    for (guint j = i + 1; j < members->len; j++)
      add_to (self, self->judgements, pair_row_new (self, members->pdata[i], members->pdata[j]));
  if (members->len < 2)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add a second criterion to compare"));
      add_to (self, self->judgements, row);
    }
  self->updating = FALSE;
}

/* ------------------------------------------------------------ updating */

static GtkWidget *
result_row_new (const char *title,
                const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", title, value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "vb-value", label);
  gtk_widget_set_focusable (row, FALSE);
  vb_set_accessible_label (row, accessible);
  return row;
}

/* The judgements shown (one evaluator's) solved on their own; NULL when
 * they hold none */
static VbAhpResult *
own_result (VbAhpRows *self,
            GPtrArray *criteria)
{
  VbEvaluator *evaluator = current_evaluator (self);
  g_autoptr(VbAhpMatrix) m = vb_ahp_matrix_new (criteria->len);
  gboolean any = FALSE;

  for (guint i = 0; i < criteria->len; i++)
    for (guint j = i + 1; j < criteria->len; j++)
      {
        double v = vb_project_get_ahp_judgement (project_of (self), evaluator, criteria->pdata[i], criteria->pdata[j]);

        if (!isnan (v) && vb_ahp_matrix_set (m, i, j, v))
          any = TRUE;
      }
  return any ? vb_ahp_solve (m) : NULL;
}

static void
update_result (VbAhpRows *self)
{
  VbProject *project = project_of (self);
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VbAhpResult) result = NULL;
  GtkWidget *child;

  /* the result rows are the ones after the judgements' */
  for (guint i = self->rows->len; i > 0; i--)
    {
      child = self->rows->pdata[i - 1];
      if (gtk_widget_get_ancestor (child, ADW_TYPE_PREFERENCES_GROUP) == self->result)
        {
          adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->result), child);
          g_ptr_array_remove_index (self->rows, i - 1);
        }
    }

  result = vb_project_solve_ahp (project, current_category (self), &criteria, &error);
  self->solvable = result != NULL;
  if (result == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_set_name (row, "ahp-empty");
      add_to (self, self->result, row);
      return;
    }
  for (guint i = 0; i < criteria->len; i++)
    {
      g_autofree char *now = vb_format_percent (result->geomean_weights[i] * 100, 1);
      g_autofree char *stored = vb_format_percent (vb_criterion_get_weight (criteria->pdata[i]), 1);
      /* Translators: a weight from the comparison, and the weight stored now */
      g_autofree char *value = g_strdup_printf (_("%s (now %s)"), now, stored);
      GtkWidget *row = result_row_new (name_of (criteria->pdata[i]), value);

      gtk_widget_set_name (row, "ahp-weight");
      add_to (self, self->result, row);
    }
  {
    g_autofree char *cr = vb_format_number (result->cr, 2);
    g_autofree char *limit = vb_format_number (VB_AHP_CR_LIMIT, 2);
    GtkWidget *row = result_row_new (_("Consistency ratio"), cr);

    gtk_widget_set_name (row, "ahp-cr");
    g_object_set_data (G_OBJECT (row), "vb-cr", GINT_TO_POINTER ((int) round (result->cr * 1000)));
    if (result->n_missing)
      {
        g_autofree char *missing = g_strdup_printf (ngettext ("%u pair not compared yet counts as equal",
                                                              "%u pairs not compared yet count as equal",
                                                              result->n_missing), result->n_missing);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), missing);
      }
    else if (!result->inconsistent)
      {
        g_autofree char *ok = g_strdup_printf (_("Consistent: at most %s is fine"), limit);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ok);
      }
    add_to (self, self->result, row);
    if (current_evaluator (self))
      {
        g_autoptr(VbAhpResult) own = own_result (self, criteria);
        g_autofree char *own_cr = own ? vb_format_number (own->cr, 2) : g_strdup ("—");
        /* Translators: the consistency of one evaluator's own judgements */
        g_autofree char *title = g_strdup_printf (_("Consistency ratio of %s’s judgements alone"),
                                                  vb_evaluator_get_name (current_evaluator (self)));
        GtkWidget *own_row = result_row_new (title, own_cr);

        gtk_widget_set_name (own_row, "ahp-own-cr");
        if (own && own->inconsistent)
          adw_action_row_set_subtitle (ADW_ACTION_ROW (own_row), _("Above 0.10: these judgements contradict each other"));
        add_to (self, self->result, own_row);
      }
    if (result->inconsistent && result->worst_i < criteria->len && result->worst_j < criteria->len)
      {
        GtkWidget *warning = gtk_label_new (NULL);
        g_autofree char *judged = format_judgement (result->worst_value);
        g_autofree char *suggested = format_judgement (vb_ahp_nearest_scale_value (result->worst_suggested));
        g_autofree char *text =
          /* Translators: the AHP warning; the criteria, the judgement as given, the one that would fit */
          g_strdup_printf (_("The comparisons contradict each other: the consistency ratio is above %s. "
                             "The one that fits least is %s against %s, judged %s, where the others "
                             "suggest about %s. Look at it again."),
                           limit, name_of (criteria->pdata[result->worst_i]), name_of (criteria->pdata[result->worst_j]),
                           judged, suggested);

        gtk_label_set_label (GTK_LABEL (warning), text);
        gtk_label_set_wrap (GTK_LABEL (warning), TRUE);
        gtk_label_set_xalign (GTK_LABEL (warning), 0);
        gtk_widget_set_margin_top (warning, 6);
        gtk_widget_add_css_class (warning, "warning");
        gtk_widget_set_name (warning, "ahp-warning");
        add_to (self, self->result, warning);
      }
  }
}

static char *
rows_key (VbAhpRows *self)
{
  g_autoptr(GPtrArray) top = vb_project_get_top_criteria (project_of (self));
  GListModel *evaluators = vb_project_get_evaluators (project_of (self));
  g_autoptr(GString) key = g_string_new (NULL);
  guint n = g_list_model_get_n_items (evaluators);

  g_string_append_printf (key, "%s|%s|%d|", self->category ? self->category : "", self->evaluator ? self->evaluator : "",
                          self->writable);
  for (guint i = 0; i < top->len; i++)
    {
      g_autoptr(GPtrArray) m = vb_criterion_is_category (top->pdata[i]) ? members_of (self, top->pdata[i]) : NULL;

      g_string_append_printf (key, "%s:%s(", vb_record_get_uuid (top->pdata[i]), vb_criterion_get_name (top->pdata[i]));
      for (guint j = 0; m && j < m->len; j++)
        g_string_append_printf (key, "%s:%s,", vb_record_get_uuid (m->pdata[j]), vb_criterion_get_name (m->pdata[j]));
      g_string_append (key, ")");
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      if (vb_record_is_live (VB_RECORD (e)))
        g_string_append_printf (key, "%s:%s;", vb_record_get_uuid (VB_RECORD (e)), vb_evaluator_get_name (e));
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

void
vb_ahp_rows_update (VbAhpRows *self)
{
  g_autofree char *key = rows_key (self);
  VbEvaluator *evaluator;

  if (g_strcmp0 (key, self->key) != 0)
    {
      g_free (self->key);
      self->key = g_steal_pointer (&key);
      rebuild (self);
    }
  evaluator = current_evaluator (self);
  self->updating = TRUE;
  for (guint i = 0; i < self->pair_rows->len; i++)
    {
      GtkWidget *row = self->pair_rows->pdata[i];
      double v = vb_project_get_ahp_judgement (project_of (self), evaluator, g_object_get_data (G_OBJECT (row), "vb-a"),
                                               g_object_get_data (G_OBJECT (row), "vb-b"));

      adw_combo_row_set_selected (ADW_COMBO_ROW (row), vb_ahp_scale_position (v));
    }
  self->updating = FALSE;
  update_result (self);
}

/* ------------------------------------------------------------ public */

VbAhpRows *
vb_ahp_rows_new (VbContext *context,
                 GtkWidget *judgements,
                 GtkWidget *result)
{
  VbAhpRows *self = g_new0 (VbAhpRows, 1);

  self->context = g_object_ref (context);
  self->judgements = judgements;
  self->result = result;
  self->rows = g_ptr_array_new ();
  self->pair_rows = g_ptr_array_new ();
  self->groups = g_ptr_array_new ();
  self->evaluators = g_ptr_array_new ();
  self->writable = !vb_project_get_read_only (vb_context_get_project (context));
  return self;
}

void
vb_ahp_rows_free (VbAhpRows *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->pair_rows);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->evaluators);
  g_free (self->category);
  g_free (self->evaluator);
  g_free (self->key);
  g_clear_object (&self->context);
  g_free (self);
}

gboolean
vb_ahp_rows_get_solvable (VbAhpRows *self)
{
  return self->solvable;
}

void
vb_ahp_rows_set_writable (VbAhpRows *self,
                          gboolean   writable)
{
  self->writable = writable;
}

void
vb_ahp_rows_show_group (VbAhpRows   *self,
                        VbCriterion *category)
{
  g_free (self->category);
  self->category = category ? g_strdup (vb_record_get_uuid (VB_RECORD (category))) : NULL;
  vb_ahp_rows_update (self);
}

void
vb_ahp_rows_apply (VbAhpRows *self)
{
  g_autoptr(GError) error = NULL;
  double cr = 0;

  if (!vb_project_apply_ahp (project_of (self), current_category (self), &cr, &error))
    vb_report_error (self->result, error);
}
