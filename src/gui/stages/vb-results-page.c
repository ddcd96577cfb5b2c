/* vb-results-page.c — stage 13: the pilot's results
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the top the go / no-go recommendation in words with an icon, and its
 * reasons, decided by vb_project_decide_pilot () (vb-sla-history.h) as
 * `vendorbench-cli kpis` decides it. Below, the form to enter a week's
 * result (vb-result-entry.c) and, per SLA, a group: its target and its
 * latest status in words, the trend chart (weekly value against the
 * target line, at-risk and breached weeks marked by shape as well as
 * colour, with its text alternative), and its weeks, newest first; a week
 * entered by hand can be removed, and undone. Import Tickets… reads a
 * help-desk export through vb-ticket-import-dialog.c. The page is rebuilt
 * from core after every commit: it holds nothing of its own.
 */

#define G_LOG_DOMAIN "vb-results-page"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "vb-chart-view.h"
#include "vb-chart.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-gui-util.h"
#include "vb-kpi-result.h"
#include "vb-pilot-outcome.h"
#include "vb-pilot.h"
#include "vb-result-entry.h"
#include "vb-results-page.h"
#include "vb-results-util.h"
#include "vb-sla-history.h"
#include "vb-sla.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-ticket-import-dialog.h"
#include "vb-ticket-import-record.h"

#define CHOOSER_KEY "vb-tickets-chooser"

struct _VbResultsPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *import_button;
  GtkWidget  *outcome_box;
  GtkWidget  *outcome_icon;
  GtkWidget  *outcome_label;
  GtkWidget  *reasons_box;
  GtkWidget  *empty_page;
  GtkWidget  *empty_import_button;
  GtkWidget  *entry_box;
  GtkWidget  *no_sla_label;
  GtkWidget  *slas_box;
  GtkWidget  *footer_box;

  /* borrowed: a child of entry_box */
  GtkWidget  *entry;

  /* owned */
  VbContext  *context;
  gboolean    writable;
  guint64     shown_serial;   /* vb_project_get_sla_histories_serial () when last built */
};

static void vb_results_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbResultsPage, vb_results_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_results_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbResultsPage *self)
{
  return vb_context_get_project (self->context);
}

/* ------------------------------------------------------------ go / no-go */

static void
update_outcome (VbResultsPage *self,
                GPtrArray     *histories)
{
  g_autoptr(VbPilotOutcome) outcome = vb_project_decide_pilot (project_of (self), histories);
  GtkWidget *child;
  GString *accessible;

  while ((child = gtk_widget_get_first_child (self->reasons_box)))
    gtk_box_remove (GTK_BOX (self->reasons_box), child);
  gtk_label_set_label (GTK_LABEL (self->outcome_label),
                       outcome->go ? _("Recommendation: go ahead with the vendor")
                                   : _("Recommendation: do not go ahead yet"));
  gtk_image_set_from_icon_name (GTK_IMAGE (self->outcome_icon),
                                outcome->go ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  if (outcome->go)
    {
      gtk_widget_remove_css_class (self->outcome_icon, "warning");
      gtk_widget_add_css_class (self->outcome_icon, "success");
    }
  else
    {
      gtk_widget_remove_css_class (self->outcome_icon, "success");
      gtk_widget_add_css_class (self->outcome_icon, "warning");
    }
  accessible = g_string_new (gtk_label_get_label (GTK_LABEL (self->outcome_label)));
  for (guint i = 0; outcome->reasons && outcome->reasons[i]; i++)
    {
      /* Translators: one reason of the recommendation, as a list item */
      g_autofree char *text = g_strdup_printf (_("• %s"), outcome->reasons[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_name (label, "outcome-reason");
      gtk_box_append (GTK_BOX (self->reasons_box), label);
      g_string_append_printf (accessible, ". %s", outcome->reasons[i]);
    }
  vb_set_accessible_label (self->outcome_box, accessible->str);
  g_string_free (accessible, TRUE);
}

/* ------------------------------------------------------------ an SLA */

static VbChartStatus
chart_status (VbSlaStatus status)
{
  switch (status)
    {
    case VB_SLA_STATUS_MET:
      return VB_CHART_STATUS_MET;
    case VB_SLA_STATUS_AT_RISK:
      return VB_CHART_STATUS_AT_RISK;
    case VB_SLA_STATUS_BREACHED:
      return VB_CHART_STATUS_BREACHED;
    default:
      return VB_CHART_STATUS_NONE;
    }
}

static VbChartUnit
chart_unit (const char *kpi_key)
{
  const VbKpi *kpi = vb_kpi_lookup (kpi_key);

  if (kpi == NULL)
    return VB_CHART_UNIT_NUMBER;
  switch (vb_kpi_get_unit (kpi))
    {
    case VB_KPI_UNIT_PERCENT:
      return VB_CHART_UNIT_PERCENT;
    case VB_KPI_UNIT_SECONDS:
      return VB_CHART_UNIT_SECONDS;
    default:
      return VB_CHART_UNIT_NUMBER;
    }
}

/* "2 Mar" */
static char *
week_label (const VbSlaHistory *h,
            gsize               w)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (h->week_starts[w]);
  g_autoptr(GDateTime) iso = NULL;
  int y, m, d;

  if (sscanf (h->week_dates[w], "%d-%d-%d", &y, &m, &d) == 3)
    iso = g_date_time_new_utc (y, m, d, 12, 0, 0);
  /* Translators: a week's label on the chart's axis, as strftime: "2 Mar" */
  return g_date_time_format (iso ? iso : date, _("%-d %b"));
}

static GtkWidget *
chart_new (const VbSlaHistory *h,
           const char         *title)
{
  g_autoptr(VbChart) chart = vb_chart_new (VB_CHART_KIND_TREND, title);
  GtkWidget *view;

  vb_chart_set_unit (chart, chart_unit (h->kpi_key), NULL);
  if (isfinite (h->target))
    vb_chart_set_target (chart, h->target, isfinite (h->threshold), isfinite (h->threshold) ? h->threshold : 0,
                         h->direction == VB_DIRECTION_HIGHER, NULL);
  for (gsize w = 0; w < h->n_weeks; w++)
    {
      g_autofree char *label = week_label (h, w);

      if (isfinite (h->values[w]))
        vb_chart_add_week (chart, label, h->values[w], chart_status (h->statuses[w]), NULL);
      else
        vb_chart_add_missing_week (chart, label);
    }
  view = vb_chart_view_new (chart);
  gtk_widget_set_name (view, "trend-chart");
  gtk_widget_set_margin_bottom (view, 12);
  return view;
}

static char *
target_text (const VbSlaHistory *h)
{
  g_autofree char *target = vb_results_format_value (h->kpi_key, h->target);
  g_autofree char *threshold = vb_results_format_value (h->kpi_key, h->threshold);
  const char *business = h->business_hours ? _(" · durations in business hours") : "";

  if (!isfinite (h->target))
    /* Translators: %s: " · durations in business hours" or nothing */
    return g_strdup_printf (_("Tracked only: no target%s"), business);
  if (!isfinite (h->threshold))
    /* Translators: an SLA's target, "Target 80.0 %"; %s after: " · durations in business hours" or nothing */
    return g_strdup_printf (_("Target %s%s"), target, business);
  if (h->direction == VB_DIRECTION_HIGHER)
    /* Translators: an SLA's target and "not quite" threshold, "Target 80.0 %, at risk down to 75.0 %" */
    return g_strdup_printf (_("Target %s, at risk down to %s%s"), target, threshold, business);
  /* Translators: an SLA's target and "not quite" threshold, "Target 30 s, at risk up to 45 s" */
  return g_strdup_printf (_("Target %s, at risk up to %s%s"), target, threshold, business);
}

static char *
latest_text (const VbSlaHistory *h)
{
  gssize latest = vb_sla_history_latest_week (h);
  g_autofree char *value = NULL;

  if (latest < 0)
    return g_strdup (_("No results yet"));
  value = vb_results_format_value (h->kpi_key, h->values[latest]);
  /* Translators: an SLA's latest week, "Latest week (2026-04-06): 78.0 %, at risk" */
  return g_strdup_printf (_("Latest week (%s): %s — %s"), h->week_dates[latest], value,
                          vb_sla_status_get_label (h->statuses[latest]));
}

static GtkWidget *
week_row_new (VbResultsPage      *self,
              const VbSlaHistory *h,
              gsize               w)
{
  GtkWidget *row = adw_action_row_new ();
  VbKpiResult *by_hand = vb_project_find_kpi_result (project_of (self), h->kpi_key, h->channel, h->week_dates[w]);
  g_autofree char *title = g_strdup_printf (_("Week of %s"), h->week_dates[w]);
  g_autofree char *value = vb_results_format_value (h->kpi_key, h->values[w]);
  VbKpiResult *imported = by_hand || !isfinite (h->values[w]) ? NULL
    : vb_project_find_imported_kpi_result (project_of (self), h->kpi_key, h->channel, h->week_dates[w]);
  VbTicketImportRecord *import = imported ? vb_kpi_result_get_import (imported) : NULL;
  /* Translators: where a week's result came from, %s the export's file name: "from “march.csv”" */
  g_autofree char *from_file = import ? g_strdup_printf (_("from “%s”"), vb_ticket_import_record_get_file_name (import))
                                      : NULL;
  const char *source = !isfinite (h->values[w]) ? _("no result this week")
                       : by_hand ? _("entered by hand") : from_file ? from_file : _("from a ticket import");
  /* Translators: a week's row, "80.0 % · entered by hand" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), value, source);
  /* Translators: a week's row for screen readers: "Week of 2026-03-02: 80.0 %, Met, entered by hand" */
  g_autofree char *accessible = g_strdup_printf (_("%s: %s, %s, %s"), title, value,
                                                 vb_sla_status_get_label (h->statuses[w]), source);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), vb_results_status_tag_new (h->statuses[w]));
  if (by_hand)
    {
      /* Translators: the remove button of a week, for screen readers */
      g_autofree char *label = g_strdup_printf (_("Remove the result of the week of %s"), h->week_dates[w]);
      GtkWidget *remove = vb_icon_button_new ("user-trash-symbolic", label);

      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_name (remove, "remove-result");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "results.remove");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", vb_record_get_uuid (VB_RECORD (by_hand)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (by_hand), g_object_unref);
    }
  g_object_set_data_full (G_OBJECT (row), "vb-week", g_strdup (h->week_dates[w]), g_free);
  vb_set_accessible_label (row, accessible);
  return row;
}

static GtkWidget *
sla_group_new (VbResultsPage      *self,
               const VbSlaHistory *h)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *enter;
  g_autofree char *title = vb_results_series_title (h->kpi_name, h->channel);
  g_autofree char *escaped = vb_markup_escape (title, NULL);
  g_autofree char *target = target_text (h);
  g_autofree char *latest = latest_text (h);
  g_autofree char *description = g_strdup_printf ("%s\n%s", target, latest);
  g_autofree char *escaped_description = g_markup_escape_text (description, -1);
  /* Translators: the button that opens the form on this SLA's measure */
  g_autofree char *enter_label = g_strdup_printf (_("Enter a week of “%s”"), title);
  /* Translators: the list of an SLA's weeks, for screen readers */
  g_autofree char *list_label = g_strdup_printf (_("Weeks of “%s”"), title);
  gssize latest_week = vb_sla_history_latest_week (h);

  enter = vb_icon_button_new ("list-add-symbolic", enter_label);
  g_object_set_data_full (G_OBJECT (group), "vb-record", g_object_ref (h->sla), g_object_unref);
  g_object_set_data (G_OBJECT (group), "vb-list", list);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped_description);

  gtk_box_append (GTK_BOX (header),
                  vb_results_status_tag_new (latest_week < 0 ? (isfinite (h->target) ? VB_SLA_STATUS_NO_DATA
                                                                                     : VB_SLA_STATUS_NO_TARGET)
                                                             : h->statuses[latest_week]));
  gtk_widget_set_name (enter, "enter-week");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (enter), "results.enter-for");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (enter), "s", vb_record_get_uuid (VB_RECORD (h->sla)));
  gtk_box_append (GTK_BOX (header), enter);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), header);

  if (h->n_weeks > 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), chart_new (h, title));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  vb_set_accessible_label (list, list_label);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list),
                                vb_placeholder_new (NULL, _("No weeks yet"),
                                                    _("Enter a week’s result, or import the pilot’s tickets."),
                                                    NULL, NULL));
  for (gsize w = h->n_weeks; w > 0; w--)
    gtk_list_box_append (GTK_LIST_BOX (list), week_row_new (self, h, w - 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return group;
}

static void
rebuild (VbResultsPage *self)
{
  VbProject *project = project_of (self);
  g_autoptr(GPtrArray) histories = vb_project_get_sla_histories (project);
  guint n_results = g_list_model_get_n_items (vb_project_get_kpi_results (project));
  GtkWidget *child;

  self->shown_serial = vb_project_get_sla_histories_serial (project);
  update_outcome (self, histories);
  while ((child = gtk_widget_get_first_child (self->slas_box)))
    gtk_box_remove (GTK_BOX (self->slas_box), child);
  for (guint i = 0; n_results > 0 && i < histories->len; i++)
    gtk_box_append (GTK_BOX (self->slas_box), sla_group_new (self, g_ptr_array_index (histories, i)));
  gtk_widget_set_visible (self->empty_page, n_results == 0);
  gtk_widget_set_visible (self->slas_box, n_results > 0 && histories->len > 0);
  gtk_widget_set_visible (self->no_sla_label, histories->len == 0);
}

/* After a commit that touched what the page shows: the others (a
 * vendor's name typed, a task's volume) leave it as it is */
static void
on_project_changed_cb (VbProject     *project,
                       VbResultsPage *self)
{
  if (vb_project_get_sla_histories_serial (project) != self->shown_serial)
    rebuild (self);
}

static void
on_measures_changed_cb (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        VbResultsPage *self)
{
  vb_result_entry_reload (VB_RESULT_ENTRY (self->entry));
}

/* ------------------------------------------------------------ actions */

static GtkWidget *
find_group (VbResultsPage *self,
            VbSla         *sla)
{
  for (GtkWidget *group = gtk_widget_get_first_child (self->slas_box); group;
       group = gtk_widget_get_next_sibling (group))
    if (g_object_get_data (G_OBJECT (group), "vb-record") == sla)
      return group;
  return NULL;
}

static void
enter_for_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  VbResultsPage *self = VB_RESULTS_PAGE (widget);
  VbSla *sla = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_SLA);

  if (sla)
    vb_result_entry_open_for (VB_RESULT_ENTRY (self->entry), vb_sla_get_kpi_key (sla), vb_sla_get_channel (sla));
}

/* Removing is undone, not confirmed (GNOME HIG): a toast offers Undo */
static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbResultsPage *self = VB_RESULTS_PAGE (widget);
  VbKpiResult *result = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL),
                                             VB_TYPE_KPI_RESULT);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *week = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  if (result == NULL || !self->writable)
    return;
  week = g_strdup (vb_kpi_result_get_week_start (result));
  /* Translators: a toast, "Removed the week of 2026-03-02" */
  title = g_strdup_printf (_("Removed the week of %s"), week);
  if (!vb_record_remove (VB_RECORD (result), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  vb_show_undo_toast (widget, title);
  /* focus stays in the page: the first week left, else the form */
  {
    GtkWidget *group = gtk_widget_get_first_child (self->slas_box);
    GtkWidget *list = group ? g_object_get_data (G_OBJECT (group), "vb-list") : NULL;
    GtkListBoxRow *row = list ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0) : NULL;

    vb_focus_widget (row ? GTK_WIDGET (row) : self->entry);
  }
}

static void
import_file_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  VbResultsPage *self = VB_RESULTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (!self->writable)
    return;
  dialog = vb_ticket_import_dialog_new (project_of (self), g_variant_get_string (param, NULL),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, widget);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       VbResultsPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path)
    gtk_widget_activate_action (GTK_WIDGET (self), "results.import-file", "s", path);
}

static void
choose_import_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VbResultsPage *self = VB_RESULTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *exports = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import a Ticket Export"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* the page keeps it until the next one */
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, g_object_unref);
  gtk_file_filter_set_name (exports, _("Ticket exports (CSV, Excel)"));
  gtk_file_filter_add_suffix (exports, "csv");
  gtk_file_filter_add_suffix (exports, "tsv");
  gtk_file_filter_add_suffix (exports, "txt");
  gtk_file_filter_add_suffix (exports, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), exports);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_object_unref (exports);
  g_object_unref (all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_results_page_show_finding (VbStagePage *page,
                              VbFinding   *finding)
{
  VbResultsPage *self = VB_RESULTS_PAGE (page);
  const char *subject = vb_finding_get_subject (finding);
  VbSla *sla = subject ? vb_project_find_row (project_of (self), subject, VB_TYPE_SLA) : NULL;
  GtkWidget *group = sla ? find_group (self, sla) : NULL;

  if (group)
    vb_focus_widget (adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group)));
  else
    vb_focus_widget (self->import_button);
}

static void
vb_results_page_set_writable (VbStagePage *page,
                              gboolean     writable)
{
  VbResultsPage *self = VB_RESULTS_PAGE (page);
  GtkWidget *widget = GTK_WIDGET (page);

  self->writable = writable;
  gtk_widget_action_set_enabled (widget, "results.choose-import", writable);
  gtk_widget_action_set_enabled (widget, "results.import-file", writable);
  gtk_widget_action_set_enabled (widget, "results.remove", writable);
  gtk_widget_action_set_enabled (widget, "results.enter-for", writable);
  vb_result_entry_set_writable (VB_RESULT_ENTRY (self->entry), writable);
}

static GtkWidget *
vb_results_page_get_initial_focus (VbStagePage *page)
{
  VbResultsPage *self = VB_RESULTS_PAGE (page);

  if (gtk_widget_get_visible (self->empty_page) && self->writable)
    return self->empty_import_button;
  return self->import_button;
}

static void
vb_results_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_results_page_show_finding;
  iface->set_writable = vb_results_page_set_writable;
  iface->get_initial_focus = vb_results_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbResultsPage *self)
{
  VbProject *project = project_of (self);

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->outcome_icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  self->entry = vb_result_entry_new (project);
  gtk_box_append (GTK_BOX (self->entry_box), self->entry);
  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_RESULTS));
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect_object (vb_project_get_slas (project), "items-changed", G_CALLBACK (on_measures_changed_cb),
                           self, 0);
  g_signal_connect_object (vb_project_get_custom_kpis (project), "items-changed",
                           G_CALLBACK (on_measures_changed_cb), self, 0);
  rebuild (self);
}

static void
vb_results_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VbResultsPage *self = VB_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_results_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VbResultsPage *self = VB_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_results_page_constructed (GObject *object)
{
  VbResultsPage *self = VB_RESULTS_PAGE (object);

  G_OBJECT_CLASS (vb_results_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_results_page_dispose (GObject *object)
{
  VbResultsPage *self = VB_RESULTS_PAGE (object);

  g_object_set_data (object, CHOOSER_KEY, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_RESULTS_PAGE);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_results_page_parent_class)->dispose (object);
}

static void
vb_results_page_class_init (VbResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_results_page_dispose;
  object_class->constructed = vb_results_page_constructed;
  object_class->set_property = vb_results_page_set_property;
  object_class->get_property = vb_results_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, outcome_box);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, outcome_icon);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, reasons_box);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, entry_box);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, no_sla_label);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, slas_box);
  gtk_widget_class_bind_template_child (widget_class, VbResultsPage, footer_box);

  gtk_widget_class_install_action (widget_class, "results.choose-import", NULL, choose_import_action);
  gtk_widget_class_install_action (widget_class, "results.import-file", "s", import_file_action);
  gtk_widget_class_install_action (widget_class, "results.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "results.enter-for", "s", enter_for_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_results_page_init (VbResultsPage *self)
{
  self->writable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}
