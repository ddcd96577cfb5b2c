/* vb-scores-view.c — the Scoring & Decision page's "Scores" view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid: the judged criteria down (under their categories), the
 * finalists across, for one evaluator or combined (the mean or the median,
 * as the project says, or the agreed score). Arrow keys move from cell to
 * cell, 1–5 score the cell, 0 or Delete clears it, Enter opens it for a
 * comment. "Blind" shows the vendors as Vendor A, B, … Below: the
 * evaluators, and how their scores are combined.
 *
 * The grid is rebuilt when what it is made of changes (the finalists, the
 * judged criteria, the evaluator shown, blind or not); after any other
 * edit its cells update in place and the keyboard stays where it was.
 */

#define G_LOG_DOMAIN "vb-scores-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-decision-model.h"
#include "vb-evaluator-rows.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"
#include "vb-score-cell.h"
#include "vb-scoring-util.h"
#include "vb-scores-view.h"

struct _VbScoresView
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *grid_group;
  GtkWidget  *evaluator_dropdown;
  GtkWidget  *blind_button;
  GtkWidget  *grid;
  GtkWidget  *grid_note;
  GtkWidget  *evaluators_list;
  GtkWidget  *settings_group;
  GtkWidget  *add_evaluator_button;

  /* borrowed: the grid's cells, row by row (n_rows × n_cols) */
  GPtrArray  *cells;
  guint       n_cols;

  /* owned */
  VbContext   *context;
  VbEvaluator *evaluator;     /* shown; NULL: combined */
  GPtrArray   *choices;       /* the dropdown's evaluators after "Combined" */
  char        *grid_key;
  gboolean     writable;
  gboolean     updating;
  gboolean     stale;         /* an edit came while the view was not shown */
};

G_DEFINE_FINAL_TYPE (VbScoresView, vb_scores_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BLIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static VbProject *
project_of (VbScoresView *self)
{
  return vb_context_get_project (self->context);
}

static VbDecisionModel *
model_of (VbScoresView *self)
{
  return vb_decision_model_get_for_project (project_of (self));
}

static gboolean
is_blind (VbScoresView *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->blind_button));
}

/* “Vendor A” … “Vendor Z”, then “Vendor 27” */
static char *
vendor_label (VbScoresView *self,
              guint         index)
{
  VbVendor *vendor = vb_decision_model_get_vendor (model_of (self), index);

  if (!is_blind (self))
    return g_strdup (vb_vendor_get_display_name (vendor));
  if (index < 26)
    /* Translators: a vendor shown without its name while scoring blind */
    return g_strdup_printf (_("Vendor %c"), 'A' + index);
  return g_strdup_printf (_("Vendor %u"), index + 1);
}

/* ------------------------------------------------------------ the evaluator choice */

static void
fill_evaluators (VbScoresView *self)
{
  GListModel *evaluators = vb_project_get_evaluators (project_of (self));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int combination = VB_COMBINATION_MEAN;
  guint n = g_list_model_get_n_items (evaluators), selected = 0;

  g_object_get (vb_project_get_settings (project_of (self)), "combination", &combination, NULL);
  g_ptr_array_set_size (self->choices, 0);
  /* Translators: the grid's choice of the combined scores, e.g. “Combined (Mean)” */
  {
    g_autofree char *combined = g_strdup_printf (_("Combined (%s)"), vb_enum_get_label (VB_TYPE_COMBINATION, combination));

    gtk_string_list_append (labels, combined);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      if (!vb_record_is_live (VB_RECORD (e)))
        continue;
      g_ptr_array_add (self->choices, e);
      gtk_string_list_append (labels, vb_evaluator_label (e));
      if (e == self->evaluator)
        selected = self->choices->len;
    }
  if (selected == 0)
    g_clear_object (&self->evaluator);
  self->updating = TRUE;
  vb_drop_down_set_strings (self->evaluator_dropdown, labels, _("Scores of"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->evaluator_dropdown), selected);
  self->updating = FALSE;
}

/* ------------------------------------------------------------ the grid */

static GtkWidget *
header_label (const char *text,
              const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

static char *
grid_key (VbScoresView *self)
{
  VbDecisionModel *model = model_of (self);
  g_autoptr(GString) key = g_string_new (NULL);
  guint n_vendors = vb_decision_model_get_n_vendors (model);
  guint n_nodes = vb_decision_model_get_n_nodes (model);

  g_string_append_printf (key, "%p|%d|%d|", (void *) self->evaluator, is_blind (self), self->writable);
  for (guint v = 0; v < n_vendors; v++)
    {
      VbVendor *vendor = vb_decision_model_get_vendor (model, v);

      g_string_append_printf (key, "%s:%s,", vb_record_get_uuid (VB_RECORD (vendor)), vb_vendor_get_display_name (vendor));
    }
  for (guint i = 0; i < n_nodes; i++)
    {
      VbCriterion *c = vb_decision_model_get_node (model, i);

      if (vb_criterion_is_category (c) || vb_criterion_get_kind (c) == VB_CRITERION_KIND_JUDGED)
        g_string_append_printf (key, "%s:%s;", vb_record_get_uuid (VB_RECORD (c)), vb_criterion_get_name (c));
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
focus_at (VbScoresView *self,
          guint         index)
{
  if (index < self->cells->len)
    vb_focus_widget (self->cells->pdata[index]);
}

static int
focused_index (VbScoresView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus && i < self->cells->len; i++)
    if (focus == self->cells->pdata[i] || gtk_widget_is_ancestor (focus, self->cells->pdata[i]))
      return (int) i;
  return -1;
}

static void
rebuild_grid (VbScoresView *self)
{
  VbDecisionModel *model = model_of (self);
  guint n_vendors = vb_decision_model_get_n_vendors (model);
  guint n_nodes = vb_decision_model_get_n_nodes (model);
  int focused = focused_index (self);
  guint row = 1, n_judged = 0;
  VbCriterion *category = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *child;

  g_ptr_array_set_size (self->cells, 0);
  while ((child = gtk_widget_get_first_child (self->grid)))
    gtk_grid_remove (GTK_GRID (self->grid), child);
  self->n_cols = n_vendors;

  for (guint v = 0; v < n_vendors; v++)
    {
      char *label = vendor_label (self, v);
      GtkWidget *header = header_label (label, "heading");

      g_ptr_array_add (labels, label);
      gtk_widget_set_halign (header, GTK_ALIGN_CENTER);
      gtk_label_set_justify (GTK_LABEL (header), GTK_JUSTIFY_CENTER);
      gtk_widget_set_name (header, "vendor-header");
      gtk_grid_attach (GTK_GRID (self->grid), header, (int) v + 1, 0, 1, 1);
    }
  for (guint i = 0; n_vendors > 0 && i < n_nodes; i++)
    {
      VbCriterion *c = vb_decision_model_get_node (model, i);
      const char *name = vb_criterion_get_name (c);

      if (vb_criterion_is_category (c))
        {
          category = c;
          continue;
        }
      if (vb_criterion_get_kind (c) != VB_CRITERION_KIND_JUDGED)
        continue;
      /* a category's heading once it has a judged criterion to show */
      if (category)
        {
          const char *category_name = vb_criterion_get_name (category);
          GtkWidget *header = header_label (vb_str_is_blank (category_name) ? _("Untitled category") : category_name,
                                            "heading");

          gtk_widget_set_margin_top (header, row > 1 ? 12 : 0);
          gtk_grid_attach (GTK_GRID (self->grid), header, 0, (int) row++, (int) n_vendors + 1, 1);
          category = NULL;
        }
      n_judged++;
      gtk_grid_attach (GTK_GRID (self->grid), header_label (vb_str_is_blank (name) ? _("Untitled criterion") : name, NULL),
                       0, (int) row, 1, 1);
      for (guint v = 0; v < n_vendors; v++)
        {
          GtkWidget *cell = vb_score_cell_new (self->context, self->evaluator, vb_decision_model_get_vendor (model, v), c,
                                               labels->pdata[v]);

          vb_score_cell_update (cell, self->writable);
          gtk_grid_attach (GTK_GRID (self->grid), cell, (int) v + 1, (int) row, 1, 1);
          g_ptr_array_add (self->cells, cell);
        }
      row++;
    }
  if (n_vendors == 0)
    gtk_label_set_label (GTK_LABEL (self->grid_note),
                         _("No finalists yet: mark the vendors you compare as finalists on the Vendors page."));
  else if (n_judged == 0)
    gtk_label_set_label (GTK_LABEL (self->grid_note),
                         _("No criterion is judged by the evaluators yet: add one in Weights."));
  else if (self->evaluator == NULL)
    gtk_label_set_label (GTK_LABEL (self->grid_note),
                         _("Each cell shows what counts, with the evaluators’ own scores under it (* advisory only). "
                           "A warning mark means they disagree: open the cell to agree a score."));
  else
    gtk_label_set_label (GTK_LABEL (self->grid_note),
                         _("Arrow keys move, 1 to 5 score, 0 clears, Enter opens the cell for a comment."));
  if (focused >= 0)
    focus_at (self, MIN ((guint) focused, self->cells->len ? self->cells->len - 1 : 0));
}

static void
sync_grid (VbScoresView *self)
{
  g_autofree char *key = grid_key (self);

  if (g_strcmp0 (key, self->grid_key) != 0)
    {
      g_free (self->grid_key);
      self->grid_key = g_steal_pointer (&key);
      rebuild_grid (self);
      return;
    }
  for (guint i = 0; i < self->cells->len; i++)
    vb_score_cell_update (self->cells->pdata[i], self->writable);
}

/* a view not shown catches up when it is shown */
static void
on_project_changed_cb (VbProject    *project,
                       VbScoresView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  fill_evaluators (self);
  sync_grid (self);
}

static void
on_mapped_cb (GtkWidget    *widget,
              VbScoresView *self)
{
  if (self->stale)
    {
      self->stale = FALSE;
      fill_evaluators (self);
      sync_grid (self);
    }
}

static void
on_evaluator_selected_cb (GtkDropDown  *dropdown,
                          GParamSpec   *pspec,
                          VbScoresView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  VbEvaluator *e = selected > 0 && selected <= self->choices->len ? self->choices->pdata[selected - 1] : NULL;

  if (self->updating)
    return;
  g_set_object (&self->evaluator, e);
  sync_grid (self);
}

static void
on_blind_toggled_cb (GtkToggleButton *button,
                     VbScoresView    *self)
{
  sync_grid (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLIND]);
}

/* Whether vendors are shown as “Vendor A, B, …”: the page hides what
 * else would name them (the footer's findings) while this is on */
gboolean
vb_scores_view_get_blind (VbScoresView *self)
{
  g_return_val_if_fail (VB_IS_SCORES_VIEW (self), FALSE);
  return is_blind (self);
}

static void
vb_scores_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VbScoresView *self = VB_SCORES_VIEW (object);

  switch (prop_id)
    {
    case PROP_BLIND:
      g_value_set_boolean (value, is_blind (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* ------------------------------------------------------------ keys */

static void
set_focused_score (VbScoresView *self,
                   int           index,
                   int           score)
{
  GtkWidget *cell = self->cells->pdata[index];
  g_autoptr(GError) error = NULL;

  if (!self->writable)
    return;
  if (!vb_evaluator_set_score (self->evaluator, vb_score_cell_get_vendor (cell), vb_score_cell_get_criterion (cell),
                               score, NULL, &error))
    vb_report_error (cell, error);
}

static gboolean
on_grid_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        VbScoresView          *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask () & ~GDK_SHIFT_MASK;
  int index = focused_index (self);
  int col, row, n_rows;

  if (mods != 0 || index < 0 || self->n_cols == 0)
    return FALSE;
  col = index % (int) self->n_cols;
  row = index / (int) self->n_cols;
  n_rows = (int) (self->cells->len / self->n_cols);
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      if (col > 0)
        focus_at (self, (guint) (index - 1));
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      if (col + 1 < (int) self->n_cols)
        focus_at (self, (guint) (index + 1));
      return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      if (row > 0)
        focus_at (self, (guint) (index - (int) self->n_cols));
      return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      if (row + 1 < n_rows)
        focus_at (self, (guint) (index + (int) self->n_cols));
      return TRUE;
    default:
      break;
    }
  if (self->evaluator == NULL)
    return FALSE;
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5)
    set_focused_score (self, index, (int) (keyval - GDK_KEY_0));
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_5)
    set_focused_score (self, index, (int) (keyval - GDK_KEY_KP_0));
  else if (keyval == GDK_KEY_0 || keyval == GDK_KEY_KP_0 || keyval == GDK_KEY_Delete || keyval == GDK_KEY_BackSpace)
    set_focused_score (self, index, 0);
  else
    return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------ evaluators */

static GtkWidget *
create_evaluator_row_cb (gpointer item,
                         gpointer user_data)
{
  VbScoresView *self = user_data;

  return vb_evaluator_row_new (item, self->writable);
}

static VbEvaluator *
lookup_evaluator (VbScoresView *self,
                  const char   *uuid)
{
  GListModel *evaluators = vb_project_get_evaluators (project_of (self));
  guint n = g_list_model_get_n_items (evaluators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbEvaluator) e = g_list_model_get_item (evaluators, i);

      if (vb_record_is_live (VB_RECORD (e)) && g_str_equal (vb_record_get_uuid (VB_RECORD (e)), uuid))
        return e;
    }
  return NULL;
}

static void
add_evaluator_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VbScoresView *self = VB_SCORES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  VbEvaluator *e = vb_project_add_evaluator (project_of (self), "", &error);
  GtkListBoxRow *row;

  if (e == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->evaluators_list),
                                       (int) g_list_model_get_n_items (vb_project_get_evaluators (project_of (self))) - 1);
  if (row && ADW_IS_EXPANDER_ROW (row))
    {
      GtkWidget *entry = vb_field_find (GTK_WIDGET (row), "name");

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      vb_focus_widget (entry ? entry : GTK_WIDGET (row));
    }
}

static void
remove_evaluator_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  VbScoresView *self = VB_SCORES_VIEW (widget);
  VbEvaluator *e = lookup_evaluator (self, g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (e == NULL)
    return;
  title = g_strdup_printf (_("Removed “%s”"), vb_evaluator_label (e));
  if (!vb_record_remove (VB_RECORD (e), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  vb_focus_widget (self->add_evaluator_button);
}

/* ------------------------------------------------------------ public */

void
vb_scores_view_set_writable (VbScoresView *self,
                             gboolean      writable)
{
  g_return_if_fail (VB_IS_SCORES_VIEW (self));
  self->writable = writable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scores.add-evaluator", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scores.remove-evaluator", writable);
  gtk_widget_set_sensitive (self->settings_group, writable);
  sync_grid (self);
}

void
vb_scores_view_set_evaluator (VbScoresView *self,
                              VbEvaluator  *evaluator)
{
  guint at = 0;

  g_return_if_fail (VB_IS_SCORES_VIEW (self));
  fill_evaluators (self);
  if (evaluator && g_ptr_array_find (self->choices, evaluator, &at))
    at++;
  else
    at = 0;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->evaluator_dropdown), at);
}

VbEvaluator *
vb_scores_view_get_evaluator (VbScoresView *self)
{
  g_return_val_if_fail (VB_IS_SCORES_VIEW (self), NULL);
  return self->evaluator;
}

void
vb_scores_view_focus_cell (VbScoresView *self,
                           VbVendor     *vendor,
                           VbCriterion  *criterion)
{
  g_return_if_fail (VB_IS_SCORES_VIEW (self));
  sync_grid (self);
  for (guint i = 0; i < self->cells->len; i++)
    if ((vendor == NULL || vb_score_cell_get_vendor (self->cells->pdata[i]) == vendor) &&
        (criterion == NULL || vb_score_cell_get_criterion (self->cells->pdata[i]) == criterion))
      {
        focus_at (self, i);
        return;
      }
}

GtkWidget *
vb_scores_view_get_initial_focus (VbScoresView *self)
{
  g_return_val_if_fail (VB_IS_SCORES_VIEW (self), NULL);
  return self->cells->len ? self->cells->pdata[0] : self->evaluator_dropdown;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbScoresView *self)
{
  VbProject *project = project_of (self);
  VbRecord *settings = VB_RECORD (vb_project_get_settings (project));
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->writable = !vb_project_get_read_only (project);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->evaluators_list),
                                vb_placeholder_new (NULL, _("No evaluators yet"),
                                                    _("Add the people who score: you, a colleague, an outside advisor."),
                                                    _("Add Evaluator"), "scores.add-evaluator"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->evaluators_list), vb_project_get_evaluators (project),
                           create_evaluator_row_cb, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->settings_group),
                             vb_choice_row_new (settings, "combination", _("Combine the evaluators’ scores by")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->settings_group),
                             vb_field_entry_row_new (settings, "disagreement-sd",
                                                     _("Flag disagreement when the spread (standard deviation) is above"),
                                                     VB_FIELD_NUMBER, 1));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_grid_key_pressed_cb), self);
  gtk_widget_add_controller (self->grid, keys);
  g_signal_connect (self->evaluator_dropdown, "notify::selected", G_CALLBACK (on_evaluator_selected_cb), self);
  g_signal_connect (self->blind_button, "toggled", G_CALLBACK (on_blind_toggled_cb), self);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self, "map", G_CALLBACK (on_mapped_cb), self);
  fill_evaluators (self);
  sync_grid (self);
}

static void
vb_scores_view_dispose (GObject *object)
{
  VbScoresView *self = VB_SCORES_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_SCORES_VIEW);
  g_ptr_array_set_size (self->cells, 0);
  g_clear_object (&self->evaluator);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_scores_view_parent_class)->dispose (object);
}

static void
vb_scores_view_finalize (GObject *object)
{
  VbScoresView *self = VB_SCORES_VIEW (object);

  g_ptr_array_unref (self->cells);
  g_ptr_array_unref (self->choices);
  g_free (self->grid_key);
  G_OBJECT_CLASS (vb_scores_view_parent_class)->finalize (object);
}

static void
vb_scores_view_class_init (VbScoresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_scores_view_dispose;
  object_class->finalize = vb_scores_view_finalize;
  object_class->get_property = vb_scores_view_get_property;

  properties[PROP_BLIND] =
    g_param_spec_boolean ("blind", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-scores-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, grid_group);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, evaluator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, blind_button);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, grid);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, grid_note);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, evaluators_list);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, settings_group);
  gtk_widget_class_bind_template_child (widget_class, VbScoresView, add_evaluator_button);

  gtk_widget_class_install_action (widget_class, "scores.add-evaluator", NULL, add_evaluator_action);
  gtk_widget_class_install_action (widget_class, "scores.remove-evaluator", "s", remove_evaluator_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_scores_view_init (VbScoresView *self)
{
  self->cells = g_ptr_array_new ();
  self->choices = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vb_scores_view_new (VbContext *context)
{
  VbScoresView *self;

  g_return_val_if_fail (VB_IS_CONTEXT (context), NULL);
  self = g_object_new (VB_TYPE_SCORES_VIEW, NULL);
  self->context = g_object_ref (context);
  build (self);
  return GTK_WIDGET (self);
}
