/* vb-evaluator-rows.c — an evaluator's row in the Scores view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields edit the evaluator through its entity (VbField): the name
 * and role commit on Enter, leaving the field or a pause; the two marks at
 * once. Removing goes through the view's action, undone from its toast.
 */

#define G_LOG_DOMAIN "vb-evaluator-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-evaluator-rows.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"

const char *
vb_evaluator_label (VbEvaluator *evaluator)
{
  const char *name = vb_evaluator_get_name (evaluator);

  return vb_str_is_blank (name) ? _("Unnamed evaluator") : name;
}

static void
update_row (GtkWidget *row)
{
  VbEvaluator *e = g_object_get_data (G_OBJECT (row), "vb-record");
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *title = vb_markup_escape (vb_evaluator_get_name (e), vb_evaluator_label (e));
  g_autofree char *escaped = NULL;
  g_autofree char *accessible = NULL;

  if (!vb_str_is_blank (vb_evaluator_get_role (e)))
    g_string_append (facts, vb_evaluator_get_role (e));
  if (vb_evaluator_get_is_advisor (e))
    g_string_append_printf (facts, "%s%s", facts->len ? " · " : "", _("advisor"));
  g_string_append_printf (facts, "%s%s", facts->len ? " · " : "",
                          vb_evaluator_get_advisory (e) ? _("advisory only: shown, not counted")
                                                        : _("scores count"));
  escaped = g_markup_escape_text (facts->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  /* Translators: an evaluator's row for screen readers: name, then facts */
  accessible = g_strdup_printf (_("Evaluator %s: %s"), vb_evaluator_label (e), facts->str);
  vb_set_accessible_label (row, accessible);
}

static void
on_evaluator_notify_cb (VbEvaluator *evaluator,
                        GParamSpec  *pspec,
                        GtkWidget   *row)
{
  update_row (row);
}

static GtkWidget *
sensitive (GtkWidget *w,
           gboolean   writable)
{
  gtk_widget_set_sensitive (w, writable);
  return w;
}

GtkWidget *
vb_evaluator_row_new (VbEvaluator *evaluator,
                      gboolean     writable)
{
  GtkWidget *row = adw_expander_row_new ();
  VbRecord *record = VB_RECORD (evaluator);
  GtkWidget *remove = gtk_button_new_with_label (_("Remove the Evaluator"));
  GtkWidget *actions_row = gtk_list_box_row_new ();

  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (evaluator), g_object_unref);
  gtk_widget_set_name (row, "evaluator-row");
  vb_expander_row_limit_subtitle (row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sensitive (vb_field_entry_row_new (record, "name", _("Name"), VB_FIELD_TEXT, 0), writable));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sensitive (vb_field_entry_row_new (record, "role", _("Role, such as Operations lead"),
                                                               VB_FIELD_TEXT, 0), writable));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sensitive (vb_field_switch_row_new (record, "is-advisor", _("An outside advisor"), NULL),
                                       writable));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sensitive (vb_field_switch_row_new (record, "advisory", _("Advisory only"),
                                                                _("The scores are shown beside the others but do "
                                                                  "not count")), writable));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "scores.remove-evaluator");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (record));
  gtk_widget_set_name (remove, "remove-evaluator");
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_margin_top (remove, 8);
  gtk_widget_set_margin_bottom (remove, 8);
  gtk_widget_set_margin_end (remove, 12);
  vb_set_accessible_label (actions_row, _("Remove the evaluator"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_widget_set_focusable (actions_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);

  update_row (row);
  g_signal_connect_object (evaluator, "notify", G_CALLBACK (on_evaluator_notify_cb), row, 0);
  return row;
}
