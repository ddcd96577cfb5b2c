/* vb-pilot-page.c — stage 9: the pilot plan
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one pilot of the project: vendor, scope, dates, the teams, the
 * check-in cadence (also in words), shared reporting, the go / no-go
 * criteria and the exit clause. Every field edits the VbPilot or
 * VbGoCriterion through its property (vb-field: the core's checks, undo).
 * With no pilot yet, an AdwStatusPage offers to plan one.
 */

#define G_LOG_DOMAIN "vb-pilot-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-go-criterion.h"
#include "vb-go-criterion-row.h"
#include "vb-gui-util.h"
#include "vb-pilot.h"
#include "vb-pilot-page.h"
#include "vb-scoring-util.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-vendor.h"

struct _VbPilotPage
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkWidget  *empty_page;
  GtkWidget  *plan_button;
  GtkWidget  *plan_box;
  GtkWidget  *footer_box;

  /* borrowed, inside plan_box */
  GtkWidget  *vendor_row;
  GtkWidget  *weekday_row;
  GtkWidget  *cadence_label;
  GtkWidget  *dates_label;
  GtkWidget  *criteria_list;
  char       *slas_signature;   /* the SLAs the criteria rows offer */
  char       *vendors_signature;  /* the vendors the vendor row offers */

  VbContext  *context;
  VbPilot    *pilot;       /* the one shown, owned */
  gboolean    updating;
};

static void vb_pilot_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbPilotPage, vb_pilot_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_pilot_page_stage_page_init))

enum { PROP_0, PROP_CONTEXT };

static const char *const weekdays[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
};

static VbProject *
project_of (VbPilotPage *self)
{
  return vb_context_get_project (self->context);
}

/* "Every Monday at 10:00", "Every 2 weeks on Monday at 10:00"; NULL when not set */
char *
vb_pilot_page_describe_cadence (int         weekday,
                                int         every_weeks,
                                const char *time)
{
  const char *day;

  if (weekday < 1 || weekday > 7)
    return NULL;
  day = _(weekdays[weekday - 1]);
  if (every_weeks <= 1)
    return time && *time
      /* Translators: the check-in cadence, e.g. “Every Monday at 10:00” */
      ? g_strdup_printf (_("Every %s at %s"), day, time)
      : g_strdup_printf (_("Every %s"), day);
  return time && *time
    /* Translators: e.g. “Every 2 weeks on Monday at 10:00” */
    ? g_strdup_printf (_("Every %d weeks on %s at %s"), every_weeks, day, time)
    : g_strdup_printf (_("Every %d weeks on %s"), every_weeks, day);
}

/* ------------------------------------------------------------ updates */

static void
update_words (VbPilotPage *self)
{
  g_autofree char *cadence = NULL;
  const char *start, *end;

  if (self->pilot == NULL)
    return;
  cadence = vb_pilot_page_describe_cadence (vb_pilot_get_checkin_weekday (self->pilot),
                                            vb_pilot_get_checkin_every_weeks (self->pilot),
                                            vb_pilot_get_checkin_time (self->pilot));
  gtk_label_set_label (GTK_LABEL (self->cadence_label),
                       cadence ? cadence : _("No check-in day chosen yet"));

  start = vb_pilot_get_start_date (self->pilot);
  end = vb_pilot_get_end_date (self->pilot);
  if (vb_str_is_blank (start) || vb_str_is_blank (end))
    gtk_label_set_label (GTK_LABEL (self->dates_label),
                         _("Give both dates, as year-month-day (2026-03-02); the pilot must end after it starts."));
  else
    {
      g_autofree char *text = g_strdup_printf (_("The pilot runs from %s to %s."), start, end);
      gtk_label_set_label (GTK_LABEL (self->dates_label), text);
    }

  self->updating = TRUE;
  {
    int weekday = vb_pilot_get_checkin_weekday (self->pilot);
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->weekday_row),
                                weekday >= 1 && weekday <= 7 ? (guint) weekday : 0);
  }
  {
    VbVendor *vendor = vb_pilot_get_vendor (self->pilot);
    GListModel *vendors = vb_project_get_vendors (project_of (self));
    guint selected = 0;

    for (guint i = 0; vendor && i < g_list_model_get_n_items (vendors); i++)
      {
        g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
        if (v == vendor)
          selected = i + 1;
      }
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->vendor_row), selected);
  }
  self->updating = FALSE;
}

static void
on_pilot_notify_cb (VbPilot     *pilot,
                    GParamSpec  *pspec,
                    VbPilotPage *self)
{
  update_words (self);
}

static void
on_weekday_selected_cb (AdwComboRow *row,
                        GParamSpec  *pspec,
                        VbPilotPage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->pilot == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if ((int) selected != vb_pilot_get_checkin_weekday (self->pilot) &&
      !vb_pilot_set_checkin_weekday (self->pilot, (int) selected, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

static void
on_vendor_selected_cb (AdwComboRow *row,
                       GParamSpec  *pspec,
                       VbPilotPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VbVendor) vendor = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->pilot == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    vendor = g_list_model_get_item (vb_project_get_vendors (project_of (self)), selected - 1);
  if (vendor != vb_pilot_get_vendor (self->pilot) &&
      !vb_pilot_set_vendor (self->pilot, vendor, &error))
    vb_report_error (GTK_WIDGET (self), error);
}

/* ------------------------------------------------------------ criteria */

static GtkWidget *
create_criterion_row_cb (gpointer item,
                         gpointer user_data)
{
  VbPilotPage *self = user_data;

  return vb_go_criterion_row_new (item, project_of (self), "pilot.remove-criterion");
}

/* The SLAs a criterion can be measured by, as the rows offer them */
static char *
slas_signature (VbPilotPage *self)
{
  GListModel *slas = vb_project_get_slas (project_of (self));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (slas); i++)
    {
      g_autoptr(VbSla) sla = g_list_model_get_item (slas, i);
      g_autofree char *name = vb_go_criterion_sla_name (sla);

      g_string_append_printf (s, "%s %s\n", vb_record_get_uuid (VB_RECORD (sla)), name);
    }
  return g_string_free (s, FALSE);
}

static void
bind_criteria (VbPilotPage *self)
{
  g_free (self->slas_signature);
  self->slas_signature = slas_signature (self);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->criteria_list), vb_pilot_get_criteria (self->pilot),
                           create_criterion_row_cb, self, NULL);
}

/* After an edit: the rows again when the SLAs changed, else their words
 * (an SLA's latest week may have changed) */
static void
sync_criteria (VbPilotPage *self)
{
  g_autofree char *signature = NULL;

  if (self->criteria_list == NULL)
    return;
  signature = slas_signature (self);
  if (g_strcmp0 (signature, self->slas_signature) != 0)
    {
      bind_criteria (self);
      return;
    }
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->criteria_list), i);

      if (row == NULL)
        break;
      vb_go_criterion_row_update (GTK_WIDGET (row));
    }
}

static void
add_criterion_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPilotPage *self = VB_PILOT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  if (self->pilot == NULL)
    return;
  if (vb_pilot_add_criterion (self->pilot, &error) == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->criteria_list),
                                       (int) g_list_model_get_n_items (vb_pilot_get_criteria (self->pilot)) - 1);
  if (row)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      vb_focus_widget (GTK_WIDGET (row));
    }
}

static void
remove_criterion_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPilotPage *self = VB_PILOT_PAGE (widget);
  GListModel *criteria = self->pilot ? vb_pilot_get_criteria (self->pilot) : NULL;
  const char *uuid = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; criteria && i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(VbRecord) record = g_list_model_get_item (criteria, i);

      if (g_strcmp0 (vb_record_get_uuid (record), uuid) != 0)
        continue;
      if (!vb_record_remove (record, &error))
        vb_report_error (widget, error);
      else
        vb_show_undo_toast (widget, _("Removed the criterion"));
      return;
    }
}

/* ------------------------------------------------------------ building */

static GtkWidget *
group_new (VbPilotPage *self,
           const char  *title,
           const char  *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (self->plan_box), group);
  return group;
}

static void
add (GtkWidget *group, GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static GtkWidget *
combo_row_new (const char *title, GtkStringList *names)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* each choice named for screen readers, as the other pages' lists */
  vb_combo_row_set_strings (row, names);
  g_object_unref (names);
  return row;
}

static GtkWidget *
words_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkStringList *
vendor_names_new (GListModel *vendors)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("No vendor chosen"));
  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);
      gtk_string_list_append (names, vb_vendor_get_name (vendor));
    }
  return names;
}

static char *
vendors_signature (GListModel *vendors)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      g_string_append_printf (s, "%s %s\n", vb_record_get_uuid (VB_RECORD (vendor)), vb_vendor_get_name (vendor));
    }
  return g_string_free (s, FALSE);
}

/* After an edit: the vendors to choose from again when they changed */
static void
sync_vendors (VbPilotPage *self)
{
  GListModel *vendors = vb_project_get_vendors (project_of (self));
  g_autofree char *signature = NULL;

  if (self->vendor_row == NULL)
    return;
  signature = vendors_signature (vendors);
  if (g_strcmp0 (signature, self->vendors_signature) == 0)
    return;
  g_free (self->vendors_signature);
  self->vendors_signature = g_steal_pointer (&signature);
  self->updating = TRUE;
  {
    GtkStringList *names = vendor_names_new (vendors);

    vb_combo_row_set_strings (self->vendor_row, names);
    g_object_unref (names);
  }
  self->updating = FALSE;
  update_words (self);
}

static void
build_plan (VbPilotPage *self)
{
  VbRecord *r = VB_RECORD (self->pilot);
  GListModel *vendors = vb_project_get_vendors (project_of (self));
  GtkStringList *vendor_names = vendor_names_new (vendors);
  GtkStringList *day_names = gtk_string_list_new (NULL);
  GtkWidget *group, *add_button;

  g_free (self->vendors_signature);
  self->vendors_signature = vendors_signature (vendors);
  gtk_string_list_append (day_names, _("No day chosen"));
  for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
    gtk_string_list_append (day_names, _(weekdays[i]));

  group = group_new (self, _("Vendor and Scope"), _("What the pilot covers: a part of the work, not all of it."));
  self->vendor_row = combo_row_new (_("Vendor"), vendor_names);
  g_signal_connect_object (self->vendor_row, "notify::selected", G_CALLBACK (on_vendor_selected_cb), self, 0);
  add (group, self->vendor_row);
  add (group, vb_set_row_new (r, "channels", VB_TYPE_CHANNEL, _("Channels")));
  add (group, vb_field_entry_row_new (r, "region", _("Region"), VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (r, "product-line", _("Product line"), VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (r, "contact-types", _("Contact types, such as order status and returns"),
                                      VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (r, "volume-share-pct", _("Share of the volume (%)"), VB_FIELD_NUMBER, 0));
  add (group, vb_field_entry_row_new (r, "automation-share-pct", _("Share handled by automation (%)"),
                                      VB_FIELD_NUMBER, 0));

  group = group_new (self, _("Dates"), NULL);
  add (group, vb_field_entry_row_new (r, "start-date", _("Start date (year-month-day)"), VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (r, "end-date", _("End date (year-month-day)"), VB_FIELD_TEXT, 0));
  self->dates_label = words_label_new ();
  gtk_widget_set_name (self->dates_label, "dates-words");
  gtk_box_append (GTK_BOX (self->plan_box), self->dates_label);

  group = group_new (self, _("Team"), _("Names and roles, one person a line."));
  add (group, vb_field_entry_row_new (r, "team-ours", _("Our side"), VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (r, "team-vendor", _("Vendor side"), VB_FIELD_TEXT, 0));

  group = group_new (self, _("Check-ins"), _("Weekly at the start is usual."));
  self->weekday_row = combo_row_new (_("Day of the week"), day_names);
  g_signal_connect_object (self->weekday_row, "notify::selected", G_CALLBACK (on_weekday_selected_cb), self, 0);
  add (group, self->weekday_row);
  add (group, vb_field_entry_row_new (r, "checkin-every-weeks", _("Every how many weeks"), VB_FIELD_NUMBER, 0));
  add (group, vb_field_entry_row_new (r, "checkin-time", _("Time (hours:minutes, such as 10:00)"), VB_FIELD_TEXT, 0));
  add (group, vb_field_entry_row_new (r, "checkin-minutes", _("Length in minutes"), VB_FIELD_NUMBER, 0));
  add (group, vb_field_entry_row_new (r, "checkin-notes", _("Notes for the check-ins"), VB_FIELD_TEXT, 0));
  self->cadence_label = words_label_new ();
  gtk_widget_set_name (self->cadence_label, "cadence-words");
  gtk_box_append (GTK_BOX (self->plan_box), self->cadence_label);

  group = group_new (self, _("Shared Reporting"), NULL);
  add (group, vb_field_entry_row_new (r, "reporting", _("What both sides report, and how often"), VB_FIELD_TEXT, 0));

  group = group_new (self, _("Go / No-Go Criteria"), _("What must be true at the end to hand over the rest."));
  add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (add_button, _("Add a criterion"));
  vb_set_accessible_label (add_button, _("Add a criterion"));
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "pilot.add-criterion");
  gtk_widget_set_name (add_button, "add-criterion");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add_button);
  self->criteria_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->criteria_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->criteria_list, "boxed-list");
  vb_set_accessible_label (self->criteria_list, _("Go / no-go criteria"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->criteria_list),
                                vb_placeholder_new (NULL, _("No criteria yet"),
                                                    _("Such as “the SLAs met four weeks in a row”."),
                                                    _("Add Criterion"), "pilot.add-criterion"));
  bind_criteria (self);
  add (group, self->criteria_list);

  group = group_new (self, _("Exit Clause"), NULL);
  add (group, vb_field_entry_row_new (r, "exit-notes", _("How either side can end the pilot"), VB_FIELD_TEXT, 0));

  g_signal_connect_object (self->pilot, "notify", G_CALLBACK (on_pilot_notify_cb), self, 0);
  update_words (self);
}

/* Shows the project's pilot, or the empty state */
static void
sync_pilot (VbPilotPage *self)
{
  VbPilot *pilot = vb_project_get_pilot (project_of (self));
  GtkWidget *child;

  gtk_widget_set_visible (self->empty_page, pilot == NULL);
  gtk_widget_set_visible (self->plan_box, pilot != NULL);
  if (pilot == self->pilot)
    return;
  if (self->pilot)
    g_signal_handlers_disconnect_by_data (self->pilot, self);
  while ((child = gtk_widget_get_first_child (self->plan_box)))
    gtk_box_remove (GTK_BOX (self->plan_box), child);
  self->vendor_row = self->weekday_row = self->cadence_label = self->dates_label = self->criteria_list = NULL;
  g_set_object (&self->pilot, pilot);
  if (pilot)
    build_plan (self);
}

static void
on_project_changed_cb (VbProject   *project,
                       VbPilotPage *self)
{
  sync_pilot (self);
  sync_vendors (self);
  sync_criteria (self);
}

static void
plan_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbPilotPage *self = VB_PILOT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (vb_project_get_pilot (project_of (self)) == NULL &&
      vb_project_add_pilot (project_of (self), &error) == NULL)
    vb_report_error (widget, error);
  sync_pilot (self);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_pilot_page_show_finding (VbStagePage *page,
                            VbFinding   *finding)
{
  VbPilotPage *self = VB_PILOT_PAGE (page);
  const char *field = vb_finding_get_field (finding);
  GtkWidget *target = NULL;

  if (self->pilot == NULL)
    {
      vb_focus_widget (self->plan_button);
      return;
    }
  if (vb_finding_get_subject_type (finding) == VB_TYPE_GO_CRITERION)
    target = self->criteria_list;
  else if (field)
    target = vb_field_find (self->plan_box, field);
  vb_focus_widget (target ? target : self->plan_box);
}

static void
vb_pilot_page_set_writable (VbStagePage *page,
                            gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);

  gtk_widget_action_set_enabled (widget, "pilot.plan", writable);
  gtk_widget_action_set_enabled (widget, "pilot.add-criterion", writable);
  gtk_widget_action_set_enabled (widget, "pilot.remove-criterion", writable);
}

static GtkWidget *
vb_pilot_page_get_initial_focus (VbStagePage *page)
{
  VbPilotPage *self = VB_PILOT_PAGE (page);

  return self->pilot ? self->vendor_row : self->plan_button;
}

static void
vb_pilot_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_pilot_page_show_finding;
  iface->set_writable = vb_pilot_page_set_writable;
  iface->get_initial_focus = vb_pilot_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
vb_pilot_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  VbPilotPage *self = VB_PILOT_PAGE (object);

  if (prop_id == PROP_CONTEXT)
    self->context = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
vb_pilot_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  VbPilotPage *self = VB_PILOT_PAGE (object);

  if (prop_id == PROP_CONTEXT)
    g_value_set_object (value, self->context);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
vb_pilot_page_constructed (GObject *object)
{
  VbPilotPage *self = VB_PILOT_PAGE (object);

  G_OBJECT_CLASS (vb_pilot_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_PILOT));
  g_signal_connect_object (project_of (self), "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  sync_pilot (self);
}

static void
vb_pilot_page_dispose (GObject *object)
{
  VbPilotPage *self = VB_PILOT_PAGE (object);

  if (self->pilot)
    g_signal_handlers_disconnect_by_data (self->pilot, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_PILOT_PAGE);
  g_clear_object (&self->pilot);
  g_clear_object (&self->context);
  g_clear_pointer (&self->slas_signature, g_free);
  g_clear_pointer (&self->vendors_signature, g_free);
  G_OBJECT_CLASS (vb_pilot_page_parent_class)->dispose (object);
}

static void
vb_pilot_page_class_init (VbPilotPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_pilot_page_dispose;
  object_class->constructed = vb_pilot_page_constructed;
  object_class->set_property = vb_pilot_page_set_property;
  object_class->get_property = vb_pilot_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/stages/vb-pilot-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbPilotPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbPilotPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VbPilotPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, VbPilotPage, plan_box);
  gtk_widget_class_bind_template_child (widget_class, VbPilotPage, footer_box);

  gtk_widget_class_install_action (widget_class, "pilot.plan", NULL, plan_action);
  gtk_widget_class_install_action (widget_class, "pilot.add-criterion", NULL, add_criterion_action);
  gtk_widget_class_install_action (widget_class, "pilot.remove-criterion", "s", remove_criterion_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_pilot_page_init (VbPilotPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
