/* vb-weights-view.c — the Scoring & Decision page's "Weights" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method (percent, SMART points or pairwise comparison), the
 * categories with their weights, and one group per category with its
 * criteria: each a row with its weight (or points) beside it and, opened,
 * its name, kind, direction and description. Under each group, what its
 * weights add up to, in red when not 100 %, and a Balance button. The
 * global weight of each criterion comes from the decision engine's one
 * result per edit, with the computed criteria it left out said so. The
 * pairwise comparison is in vb-ahp-rows.c.
 *
 * The rows are rebuilt only when the tree changes (a criterion added or
 * removed, the method changed); every other edit updates them in place,
 * so a field keeps the keyboard while its edit is committed.
 */

#define G_LOG_DOMAIN "vb-weights-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "vb-ahp-rows.h"
#include "vb-choice-row.h"
#include "vb-decision-model.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"
#include "vb-scoring-util.h"
#include "vb-weights-view.h"

struct _VbWeightsView
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *content;
  GtkWidget  *method_group;
  GtkWidget  *categories_group;
  GtkWidget  *categories_list;
  GtkWidget  *categories_sum;
  GtkWidget  *criteria_box;
  GtkWidget  *apply_points_button;
  GtkWidget  *ahp_group;
  GtkWidget  *ahp_result_group;
  GtkWidget  *add_category_button;
  GtkWidget  *balance_top_button;

  /* borrowed: the rows and sums of the tree as built */
  GPtrArray  *rows;         /* AdwExpanderRow, "vb-record" a VbCriterion */
  GPtrArray  *sums;         /* GtkLabel, "vb-record" its category or NULL */

  /* owned */
  VbContext  *context;
  VbAhpRows  *ahp;
  char       *tree_key;     /* what the rows were built from */
  GHashTable *last_edited;  /* group uuid ("" the top) → the uuid of the criterion edited last */
  gboolean    writable;
  gboolean    updating;
  gboolean    stale;        /* an edit came while the view was not shown */
};

G_DEFINE_FINAL_TYPE (VbWeightsView, vb_weights_view, GTK_TYPE_WIDGET)

static VbProject *
project_of (VbWeightsView *self)
{
  return vb_context_get_project (self->context);
}

static VbWeighting
weighting_of (VbWeightsView *self)
{
  int weighting = VB_WEIGHTING_DIRECT;

  g_object_get (vb_project_get_settings (project_of (self)), "weighting", &weighting, NULL);
  return (VbWeighting) weighting;
}

static const char *
criterion_name (VbCriterion *c)
{
  const char *name = vb_criterion_get_name (c);

  if (!vb_str_is_blank (name))
    return name;
  return vb_criterion_is_category (c) ? _("Untitled category") : _("Untitled criterion");
}

static VbCriterion *
lookup_criterion (VbWeightsView *self,
                  const char    *uuid)
{
  GListModel *all = vb_project_get_criteria (project_of (self));
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbCriterion) c = g_list_model_get_item (all, i);

      if (vb_record_is_live (VB_RECORD (c)) && g_str_equal (vb_record_get_uuid (VB_RECORD (c)), uuid))
        return c;
    }
  return NULL;
}

/* The live criteria of @category (NULL: the top level), in order */
static GPtrArray *
group_members (VbWeightsView *self,
               VbCriterion   *category)
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

static GtkWidget *
find_row (VbWeightsView *self,
          VbCriterion   *criterion)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (g_object_get_data (self->rows->pdata[i], "vb-record") == criterion)
      return self->rows->pdata[i];
  return NULL;
}

/* ------------------------------------------------------------ what a row shows */

static char *
row_subtitle (VbWeightsView *self,
              VbCriterion   *c)
{
  VbDecisionModel *model = vb_decision_model_get_for_project (project_of (self));
  const VbDecisionResult *result = vb_decision_model_get_result (model);
  int node = vb_decision_model_find_node (model, c);
  g_autoptr(GString) s = g_string_new (NULL);

  if (!vb_criterion_is_category (c))
    {
      g_string_append (s, vb_enum_get_label (VB_TYPE_CRITERION_KIND, vb_criterion_get_kind (c)));
      g_string_append (s, " · ");
      g_string_append (s, vb_criterion_get_cost (c) ? _("a cost: lower is better") : _("a benefit: higher is better"));
    }
  else
    {
      g_autoptr(GPtrArray) members = group_members (self, c);

      g_string_append_printf (s, ngettext ("%u criterion", "%u criteria", members->len), members->len);
    }
  if (result->scoring && node >= 0 && (guint) node < result->scoring->weights->n_nodes)
    {
      const VbWeightNode *w = &result->scoring->weights->nodes[node];

      g_string_append (s, " · ");
      if (w->left_out == VB_LEFT_OUT_NO_DATA)
        g_string_append (s, _("left out: no finalist has a value yet, the other weights renormalised"));
      else if (w->left_out == VB_LEFT_OUT_EMPTY)
        g_string_append (s, _("left out: nothing in it carries weight yet"));
      else
        {
          g_autofree char *global = vb_format_percent (w->global_pct, 1);

          /* Translators: a criterion's share of the whole score, e.g. “12.5 % of the total” */
          g_string_append_printf (s, _("%s of the total"), global);
        }
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
update_row (VbWeightsView *self,
            GtkWidget     *row)
{
  VbCriterion *c = g_object_get_data (G_OBJECT (row), "vb-record");
  GtkWidget *weight = g_object_get_data (G_OBJECT (row), "vb-weight");
  VbWeighting weighting = weighting_of (self);
  g_autofree char *title = vb_markup_escape (vb_criterion_get_name (c), criterion_name (c));
  g_autofree char *subtitle = row_subtitle (self, c);
  g_autofree char *subtitle_escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *accessible = NULL;
  double value = weighting == VB_WEIGHTING_SMART ? vb_criterion_get_smart_points (c) : vb_criterion_get_weight (c);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle_escaped);
  if (isnan (value))
    value = 0;
  self->updating = TRUE;
  if (GTK_IS_SPIN_BUTTON (weight) && !G_APPROX_VALUE (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weight)), value, 1e-9))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (weight), value);
  else if (GTK_IS_LABEL (weight))
    {
      g_autofree char *text = vb_format_percent (value, 1);

      gtk_label_set_label (GTK_LABEL (weight), text);
    }
  self->updating = FALSE;
  if (GTK_IS_SPIN_BUTTON (weight))
    {
      g_autofree char *label = g_strdup_printf (weighting == VB_WEIGHTING_SMART
                                                /* Translators: a spin button's name for screen readers */
                                                ? _("Points of %s") : _("Weight of %s in percent"),
                                                criterion_name (c));

      vb_set_accessible_label (weight, label);
    }
  /* Translators: a criterion's row for screen readers: its name, then its facts */
  accessible = g_strdup_printf (_("%s: %s"), criterion_name (c), subtitle);
  vb_set_accessible_label (row, accessible);
}

/* What a group's weights add up to, and the error when not 100 % */
static void
update_sum (VbWeightsView *self,
            GtkWidget     *label)
{
  VbCriterion *category = g_object_get_data (G_OBJECT (label), "vb-record");
  g_autoptr(GPtrArray) members = group_members (self, category);
  VbWeighting weighting = weighting_of (self);
  double sum = 0, points = 0;
  g_autofree char *sum_text = NULL;
  g_autofree char *text = NULL;
  gboolean off;

  for (guint i = 0; i < members->len; i++)
    {
      double w = vb_criterion_get_weight (members->pdata[i]);
      double p = vb_criterion_get_smart_points (members->pdata[i]);

      sum += isnan (w) ? 0 : w;
      points += isnan (p) ? 0 : p;
    }
  off = members->len > 0 && fabs (sum - 100) > 0.01;
  sum_text = vb_format_percent (sum, 1);
  if (members->len == 0)
    text = g_strdup (category ? _("No criteria in this category yet.") : "");
  else if (weighting == VB_WEIGHTING_SMART)
    {
      g_autofree char *p = vb_format_number (points, 0);

      /* Translators: under a group of criteria weighted by points */
      text = g_strdup_printf (_("%s points in all: each criterion’s share is its points ÷ %s."), p, p);
      off = FALSE;
    }
  else if (off)
    text = g_strdup_printf (category
                            /* Translators: %s is a percentage such as “90 %” */
                            ? _("Together %s: the weights of this category’s criteria must add up to 100 %%. "
                                "Change them, or press Balance.")
                            : _("Together %s: the weights of the categories must add up to 100 %%. "
                                "Change them, or press Balance."),
                            sum_text);
  else
    text = g_strdup_printf (_("Together %s."), sum_text);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, *text != '\0');
  if (off)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_remove_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_add_css_class (label, "dim-label");
    }
}

static void
refresh (VbWeightsView *self)
{
  VbWeighting weighting = weighting_of (self);

  for (guint i = 0; i < self->rows->len; i++)
    update_row (self, self->rows->pdata[i]);
  for (guint i = 0; i < self->sums->len; i++)
    update_sum (self, self->sums->pdata[i]);
  gtk_widget_set_visible (self->apply_points_button, weighting == VB_WEIGHTING_SMART && self->rows->len > 0);
  gtk_widget_set_visible (self->balance_top_button, weighting == VB_WEIGHTING_DIRECT && self->rows->len > 0);
  gtk_widget_set_visible (self->ahp_group, weighting == VB_WEIGHTING_AHP);
  gtk_widget_set_visible (self->ahp_result_group, weighting == VB_WEIGHTING_AHP);
  if (weighting == VB_WEIGHTING_AHP)
    vb_ahp_rows_update (self->ahp);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "weights.apply-ahp",
                                 self->writable && weighting == VB_WEIGHTING_AHP && vb_ahp_rows_get_solvable (self->ahp));
}

/* ------------------------------------------------------------ editing a row */

static void
on_weight_changed_cb (GtkSpinButton *spin,
                      VbWeightsView *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (spin), "vb-row");
  VbCriterion *c = g_object_get_data (G_OBJECT (row), "vb-record");
  VbCriterion *parent;
  g_autoptr(GError) error = NULL;
  double value = gtk_spin_button_get_value (spin);
  gboolean ok;

  if (self->updating)
    return;
  parent = vb_criterion_get_parent (c);
  g_hash_table_replace (self->last_edited, g_strdup (parent ? vb_record_get_uuid (VB_RECORD (parent)) : ""),
                        g_strdup (vb_record_get_uuid (VB_RECORD (c))));
  ok = weighting_of (self) == VB_WEIGHTING_SMART ? vb_criterion_set_smart_points (c, value, &error)
                                                 : vb_criterion_set_weight (c, value, &error);
  if (!ok)
    {
      vb_report_error (GTK_WIDGET (spin), error);
      update_row (self, row);
    }
}

static GtkWidget *
weight_widget_new (VbWeightsView *self,
                   GtkWidget     *row,
                   VbWeighting    weighting)
{
  GtkWidget *w;

  if (weighting == VB_WEIGHTING_AHP)
    {
      w = gtk_label_new (NULL);
      gtk_widget_add_css_class (w, "numeric");
      gtk_widget_set_tooltip_text (w, _("From the pairwise comparison"));
    }
  else
    {
      w = weighting == VB_WEIGHTING_SMART ? gtk_spin_button_new_with_range (0, 1000, 5)
                                          : gtk_spin_button_new_with_range (0, 100, 1);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (w), weighting == VB_WEIGHTING_SMART ? 0 : 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (w), TRUE);
      gtk_widget_set_sensitive (w, self->writable);
      gtk_widget_set_tooltip_text (w, weighting == VB_WEIGHTING_SMART ? _("Points: the least important criterion 10, "
                                                                          "the others more")
                                                                      : _("Share of its group, in percent"));
      gtk_widget_set_name (w, "weight-spin");
      g_object_set_data (G_OBJECT (w), "vb-row", row);
      g_signal_connect (w, "value-changed", G_CALLBACK (on_weight_changed_cb), self);
    }
  gtk_widget_set_valign (w, GTK_ALIGN_CENTER);
  return w;
}

static GtkWidget *
criterion_row_new (VbWeightsView *self,
                   VbCriterion   *c,
                   VbWeighting    weighting)
{
  GtkWidget *row = adw_expander_row_new ();
  VbRecord *record = VB_RECORD (c);
  GtkWidget *weight = weight_widget_new (self, row, weighting);
  GtkWidget *remove, *actions_row, *name;
  gboolean category = vb_criterion_is_category (c);

  g_object_set_data (G_OBJECT (row), "vb-record", c);
  g_object_set_data (G_OBJECT (row), "vb-weight", weight);
  gtk_widget_set_name (row, category ? "category-row" : "criterion-row");
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), weight);

  name = vb_field_entry_row_new (record, "name", category ? _("Name of the category") : _("Name of the criterion"),
                                 VB_FIELD_TEXT, 0);
  gtk_widget_set_sensitive (name, self->writable);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name);
  if (!category)
    {
      GtkWidget *cost = vb_field_switch_row_new (record, "cost", _("A cost"),
                                                 _("Lower is better, such as the time to answer"));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), vb_criterion_kind_row_new (c, self->writable));
      gtk_widget_set_sensitive (cost, self->writable);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), cost);
    }
  {
    GtkWidget *description = vb_field_entry_row_new (record, "description", _("What it means, in a sentence"),
                                                      VB_FIELD_TEXT, 0);

    gtk_widget_set_sensitive (description, self->writable);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), description);
  }

  remove = gtk_button_new_with_label (category ? _("Remove the Category") : _("Remove the Criterion"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "weights.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (record));
  gtk_widget_set_name (remove, "remove-criterion");
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_margin_top (remove, 8);
  gtk_widget_set_margin_bottom (remove, 8);
  gtk_widget_set_margin_end (remove, 12);
  actions_row = gtk_list_box_row_new ();
  vb_set_accessible_label (actions_row, category ? _("Remove the category") : _("Remove the criterion"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);

  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
sum_label_new (VbWeightsView *self,
               VbCriterion   *category)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_name (label, "weights-sum");
  g_object_set_data (G_OBJECT (label), "vb-record", category);
  g_ptr_array_add (self->sums, label);
  return label;
}

/* A category's group: its criteria, what they add up to, Balance and Add */
static GtkWidget *
category_group_new (VbWeightsView *self,
                    VbCriterion   *category,
                    VbWeighting    weighting)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list;
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *balance = gtk_button_new_with_label (_("Balance"));
  GtkWidget *add = gtk_button_new ();
  GtkWidget *add_content = adw_button_content_new ();
  g_autoptr(GPtrArray) members = group_members (self, category);
  const char *uuid = vb_record_get_uuid (VB_RECORD (category));
  g_autofree char *add_tip = g_strdup_printf (_("Add a criterion to %s"), criterion_name (category));

  g_object_set_data (G_OBJECT (group), "vb-record", category);
  gtk_widget_set_name (group, "category-group");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), criterion_name (category));
  g_object_bind_property (category, "name", group, "title", G_BINDING_DEFAULT);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (balance), "weights.balance");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (balance), "s", uuid);
  gtk_widget_set_tooltip_text (balance, _("Scale the criteria’s weights so that they add up to 100 %"));
  gtk_widget_add_css_class (balance, "flat");
  gtk_widget_set_valign (balance, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (balance, weighting == VB_WEIGHTING_DIRECT);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("Add Criterion"));
  gtk_button_set_child (GTK_BUTTON (add), add_content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "weights.add-criterion");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", uuid);
  gtk_widget_set_tooltip_text (add, add_tip);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), balance);
  gtk_box_append (GTK_BOX (buttons), add);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);

  if (members->len)
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      vb_set_accessible_label (list, criterion_name (category));
      for (guint i = 0; i < members->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), criterion_row_new (self, members->pdata[i], weighting));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sum_label_new (self, category));
  return group;
}

/* ------------------------------------------------------------ the tree */

static char *
tree_key (VbWeightsView *self)
{
  g_autoptr(GPtrArray) top = vb_project_get_top_criteria (project_of (self));
  g_autoptr(GString) key = g_string_new (NULL);

  g_string_append_printf (key, "%d:%d;", weighting_of (self), self->writable);
  for (guint i = 0; i < top->len; i++)
    {
      g_autoptr(GPtrArray) members = vb_criterion_is_category (top->pdata[i]) ? group_members (self, top->pdata[i]) : NULL;

      g_string_append_printf (key, "%s(", vb_record_get_uuid (top->pdata[i]));
      for (guint j = 0; members && j < members->len; j++)
        g_string_append_printf (key, "%s,", vb_record_get_uuid (members->pdata[j]));
      g_string_append (key, ")");
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
rebuild (VbWeightsView *self)
{
  g_autoptr(GPtrArray) top = vb_project_get_top_criteria (project_of (self));
  VbWeighting weighting = weighting_of (self);
  GtkWidget *child;

  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->sums, 0);
  g_ptr_array_add (self->sums, self->categories_sum);
  while ((child = gtk_widget_get_first_child (self->categories_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->categories_list), child);
  while ((child = gtk_widget_get_first_child (self->criteria_box)))
    gtk_box_remove (GTK_BOX (self->criteria_box), child);

  for (guint i = 0; i < top->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->categories_list), criterion_row_new (self, top->pdata[i], weighting));
  for (guint i = 0; i < top->len; i++)
    if (vb_criterion_is_category (top->pdata[i]))
      gtk_box_append (GTK_BOX (self->criteria_box), category_group_new (self, top->pdata[i], weighting));
  refresh (self);
}

static void
sync_view (VbWeightsView *self)
{
  g_autofree char *key = tree_key (self);

  if (g_strcmp0 (key, self->tree_key) != 0)
    {
      g_free (self->tree_key);
      self->tree_key = g_steal_pointer (&key);
      rebuild (self);
    }
  else
    refresh (self);
}

/* a view not shown catches up when it is shown */
static void
on_project_changed_cb (VbProject     *project,
                       VbWeightsView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  sync_view (self);
}

static void
on_mapped_cb (GtkWidget     *widget,
              VbWeightsView *self)
{
  if (self->stale)
    {
      self->stale = FALSE;
      sync_view (self);
    }
}

/* Open a row and put the keyboard in its name */
static void
open_row (VbWeightsView *self,
          VbCriterion   *c)
{
  GtkWidget *row = find_row (self, c);
  GtkWidget *entry;

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = vb_field_find (row, "name");
  vb_focus_widget (entry ? entry : row);
}

/* ------------------------------------------------------------ actions */

static void
add_category_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  VbCriterion *category = vb_project_add_criterion_category (project_of (self), _("New category"), &error);

  if (category == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  sync_view (self);
  open_row (self, category);
}

static void
add_criterion_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (widget);
  VbCriterion *category = lookup_criterion (self, g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;
  VbCriterion *criterion;

  if (category == NULL)
    return;
  criterion = vb_criterion_add_criterion (category, VB_CRITERION_KIND_JUDGED, _("New criterion"), &error);
  if (criterion == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  sync_view (self);
  open_row (self, criterion);
}

/* Removing is undone, not confirmed (GNOME HIG): a toast offers Undo */
static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (widget);
  VbCriterion *c = lookup_criterion (self, g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (c == NULL)
    return;
  title = g_strdup_printf (_("Removed “%s”"), criterion_name (c));
  if (!vb_record_remove (VB_RECORD (c), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  vb_focus_widget (self->add_category_button);
}

/* The group's weights scaled to 100 %, the one edited last kept as it is */
static void
balance_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (widget);
  const char *group_uuid = g_variant_get_string (param, NULL);
  VbCriterion *category = *group_uuid ? lookup_criterion (self, group_uuid) : NULL;
  g_autoptr(GPtrArray) members = NULL;
  VbCriterion *keep = NULL;
  g_autoptr(GError) error = NULL;
  double value;

  if (*group_uuid && category == NULL)
    return;
  members = group_members (self, category);
  if (members->len == 0)
    return;
  keep = lookup_criterion (self, g_hash_table_lookup (self->last_edited, group_uuid));
  if (keep == NULL || !g_ptr_array_find (members, keep, NULL))
    keep = members->pdata[0];
  value = CLAMP (vb_criterion_get_weight (keep), 0, 100);
  if (isnan (value))
    value = 0;
  if (!vb_criterion_set_weight_balanced (keep, value, &error))
    vb_report_error (widget, error);
}

static void
apply_points_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!vb_project_apply_smart_points (project_of (self), &error))
    vb_report_error (widget, error);
}

static void
apply_ahp_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (widget);

  vb_ahp_rows_apply (self->ahp);
}

/* ------------------------------------------------------------ public */

void
vb_weights_view_set_writable (VbWeightsView *self,
                              gboolean       writable)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_if_fail (VB_IS_WEIGHTS_VIEW (self));
  self->writable = writable;
  gtk_widget_action_set_enabled (widget, "weights.add-category", writable);
  gtk_widget_action_set_enabled (widget, "weights.add-criterion", writable);
  gtk_widget_action_set_enabled (widget, "weights.remove", writable);
  gtk_widget_action_set_enabled (widget, "weights.balance", writable);
  gtk_widget_action_set_enabled (widget, "weights.apply-points", writable);
  vb_ahp_rows_set_writable (self->ahp, writable);
  /* the rows' fields are made sensitive or not when built */
  sync_view (self);
}

void
vb_weights_view_show_group (VbWeightsView *self,
                            VbCriterion   *category,
                            gboolean       ahp)
{
  GtkWidget *target = NULL;

  g_return_if_fail (VB_IS_WEIGHTS_VIEW (self));
  sync_view (self);
  if (ahp && weighting_of (self) == VB_WEIGHTING_AHP)
    {
      vb_ahp_rows_show_group (self->ahp, category);
      target = self->ahp_group;
    }
  else if (category)
    {
      g_autoptr(GPtrArray) members = group_members (self, category);

      target = members->len ? find_row (self, members->pdata[0]) : find_row (self, category);
    }
  else
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->categories_list), 0);

      target = first ? GTK_WIDGET (first) : self->add_category_button;
    }
  if (target)
    vb_focus_widget (target);
}

GtkWidget *
vb_weights_view_get_initial_focus (VbWeightsView *self)
{
  GtkListBoxRow *first;

  g_return_val_if_fail (VB_IS_WEIGHTS_VIEW (self), NULL);
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->categories_list), 0);
  return first ? GTK_WIDGET (first) : self->add_category_button;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbWeightsView *self)
{
  VbProject *project = project_of (self);
  VbRecord *settings = VB_RECORD (vb_project_get_settings (project));
  GtkWidget *method = vb_choice_row_new (settings, "weighting", _("Method"));

  gtk_widget_set_name (method, "weighting-method");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->method_group), method);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->categories_list),
                                vb_placeholder_new (NULL, _("No criteria yet"),
                                                    _("Group what you compare the vendors on, such as Service quality, "
                                                      "Cost and Security, then add the criteria of each."),
                                                    _("Add Category"), "weights.add-category"));
  self->ahp = vb_ahp_rows_new (self->context, self->ahp_group, self->ahp_result_group);
  self->writable = !vb_project_get_read_only (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self, "map", G_CALLBACK (on_mapped_cb), self);
  sync_view (self);
}

static void
vb_weights_view_dispose (GObject *object)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (object);

  g_clear_pointer (&self->ahp, vb_ahp_rows_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_WEIGHTS_VIEW);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_weights_view_parent_class)->dispose (object);
}

static void
vb_weights_view_finalize (GObject *object)
{
  VbWeightsView *self = VB_WEIGHTS_VIEW (object);

  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->sums);
  g_hash_table_unref (self->last_edited);
  g_free (self->tree_key);
  G_OBJECT_CLASS (vb_weights_view_parent_class)->finalize (object);
}

static void
vb_weights_view_class_init (VbWeightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_weights_view_dispose;
  object_class->finalize = vb_weights_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-weights-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, content);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, method_group);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, categories_group);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, categories_list);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, categories_sum);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, criteria_box);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, apply_points_button);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, ahp_group);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, ahp_result_group);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, add_category_button);
  gtk_widget_class_bind_template_child (widget_class, VbWeightsView, balance_top_button);

  gtk_widget_class_install_action (widget_class, "weights.add-category", NULL, add_category_action);
  gtk_widget_class_install_action (widget_class, "weights.add-criterion", "s", add_criterion_action);
  gtk_widget_class_install_action (widget_class, "weights.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "weights.balance", "s", balance_action);
  gtk_widget_class_install_action (widget_class, "weights.apply-points", NULL, apply_points_action);
  gtk_widget_class_install_action (widget_class, "weights.apply-ahp", NULL, apply_ahp_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_weights_view_init (VbWeightsView *self)
{
  self->rows = g_ptr_array_new ();
  self->sums = g_ptr_array_new ();
  self->last_edited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vb_weights_view_new (VbContext *context)
{
  VbWeightsView *self;

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);
  self = g_object_new (VB_TYPE_WEIGHTS_VIEW, NULL);
  self->context = g_object_ref (context);
  build (self);
  return GTK_WIDGET (self);
}
