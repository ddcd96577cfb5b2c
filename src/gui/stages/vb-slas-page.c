/* vb-slas-page.c — stage 10: the SLAs
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every SLA of the project is a row (vb-sla-rows.c): its measure and
 * channel, its target in words and, once results exist, the latest week's
 * status. Add SLA… opens the measure library (vb-sla-kpi-dialog.c), each
 * measure with its definition; the new SLA opens for editing. Below them
 * the project's own measures, each usable in an SLA. Removing is undone,
 * not confirmed. With no SLA an AdwStatusPage offers the library.
 */

#define G_LOG_DOMAIN "vb-slas-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-custom-kpi.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-sla-history.h"
#include "vb-sla-kpi-dialog.h"
#include "vb-sla-rows.h"
#include "vb-sla.h"
#include "vb-slas-page.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"

struct _VbSlasPage
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *scroller;
  GtkWidget  *add_button;
  GtkWidget  *empty_page;
  GtkWidget  *empty_add_button;
  GtkWidget  *slas_group;
  GtkWidget  *slas_list;
  GtkWidget  *custom_group;
  GtkWidget  *add_kpi_button;
  GtkWidget  *custom_list;
  GtkWidget  *footer_box;

  /* owned */
  VbContext  *context;
};

static void vb_slas_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbSlasPage, vb_slas_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_slas_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbSlasPage *self)
{
  return vb_context_get_project (self->context);
}

/* ------------------------------------------------------------ lookups */

static GtkWidget *
find_row_in (GtkWidget *list,
             gpointer   record)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        return GTK_WIDGET (row);
    }
}

static void
open_row (GtkWidget  *row,
          const char *field)
{
  GtkWidget *entry;

  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  entry = field ? vb_field_find (row, field) : NULL;
  vb_focus_widget (entry ? entry : row);
}

/* ------------------------------------------------------------ status */

/* Each row's latest week with a value: its status, in one pass over the
 * results */
static void
update_statuses (VbSlasPage *self)
{
  g_autoptr(GPtrArray) histories = vb_project_get_sla_histories (project_of (self));

  for (guint i = 0; i < histories->len; i++)
    {
      VbSlaHistory *history = histories->pdata[i];
      GtkWidget *row = find_row_in (self->slas_list, history->sla);
      gssize latest = vb_sla_history_latest_week (history);

      if (row == NULL)
        continue;
      if (latest < 0)
        vb_sla_row_set_status (row, VB_SLA_STATUS_NO_DATA, NULL);
      else
        vb_sla_row_set_status (row, history->statuses[latest], history->week_dates[latest]);
    }
}

static void
update_empty (VbSlasPage *self)
{
  guint n = g_list_model_get_n_items (vb_project_get_slas (project_of (self)));

  gtk_widget_set_visible (self->empty_page, n == 0);
  gtk_widget_set_visible (self->slas_group, n > 0);
  gtk_widget_set_visible (self->add_button, n > 0);
}

static void
on_project_changed_cb (VbProject  *project,
                       VbSlasPage *self)
{
  update_statuses (self);
}

static void
on_slas_changed_cb (GListModel *model,
                    guint       position,
                    guint       removed,
                    guint       added,
                    VbSlasPage *self)
{
  update_empty (self);
  if (added > 0)
    update_statuses (self);
}

static GtkWidget *
create_sla_row_cb (gpointer item,
                   gpointer user_data)
{
  return vb_sla_row_new (item);
}

static GtkWidget *
create_custom_row_cb (gpointer item,
                      gpointer user_data)
{
  return vb_custom_kpi_row_new (item);
}

/* ------------------------------------------------------------ actions */

static void
add_sla (VbSlasPage *self,
         const char *key)
{
  g_autoptr(GError) error = NULL;
  VbSla *sla = vb_project_add_sla (project_of (self), key, &error);

  if (sla == NULL)
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  open_row (find_row_in (self->slas_list, sla), "target");
}

static void
add_custom_kpi (VbSlasPage *self)
{
  g_autoptr(GError) error = NULL;
  VbCustomKpi *kpi = vb_project_add_keyed_custom_kpi (project_of (self), &error);

  if (kpi == NULL)
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  open_row (find_row_in (self->custom_list, kpi), "name");
}

static void
add_action (GtkWidget *widget, const char *name, GVariant *param)
{
  add_sla (VB_SLAS_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
add_custom_kpi_action (GtkWidget *widget, const char *name, GVariant *param)
{
  add_custom_kpi (VB_SLAS_PAGE (widget));
}

static void
on_kpi_chosen_cb (const char *key,
                  gpointer    user_data)
{
  VbSlasPage *self = user_data;

  if (key)
    add_sla (self, key);
  else
    add_custom_kpi (self);
}

static void
choose_kpi_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbSlasPage *self = VB_SLAS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = vb_sla_kpi_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, project_of (self),
                                             on_kpi_chosen_cb, g_object_ref (self), g_object_unref);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbSlasPage *self = VB_SLAS_PAGE (widget);
  VbRecord *sla = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_SLA);
  g_autoptr(GError) error = NULL;

  if (sla && !vb_record_confirm (sla, &error))
    vb_report_error (widget, error);
}

/* Removing is undone, not confirmed (GNOME HIG): a toast offers Undo;
 * focus goes to the neighbour, never to nowhere */
static void
remove_from (VbSlasPage *self,
             GtkWidget  *list,
             VbRecord   *record,
             const char *title,
             GtkWidget  *fallback)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row = find_row_in (list, record);
  int position = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : 0;
  GtkListBoxRow *next;

  if (!vb_record_remove (record, &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  vb_show_undo_toast (GTK_WIDGET (self), title);
  next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position);
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position - 1);
  vb_focus_widget (next ? GTK_WIDGET (next) : fallback);
}

static void
remove_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbSlasPage *self = VB_SLAS_PAGE (widget);
  VbSla *sla = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_SLA);
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;

  if (sla == NULL)
    return;
  label = vb_sla_title_text (sla);
  /* Translators: a toast, “Removed “CSAT on all channels”” */
  title = g_strdup_printf (_("Removed “%s”"), label);
  remove_from (self, self->slas_list, VB_RECORD (sla), title, self->empty_add_button);
}

static void
remove_kpi_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VbSlasPage *self = VB_SLAS_PAGE (widget);
  VbCustomKpi *kpi = vb_project_find_row (project_of (self), g_variant_get_string (param, NULL), VB_TYPE_CUSTOM_KPI);
  g_autofree char *title = NULL;

  if (kpi == NULL)
    return;
  title = g_strdup_printf (_("Removed “%s”"), vb_custom_kpi_get_display_name (kpi));
  remove_from (self, self->custom_list, VB_RECORD (kpi), title, self->add_kpi_button);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_slas_page_show_finding (VbStagePage *page,
                           VbFinding   *finding)
{
  VbSlasPage *self = VB_SLAS_PAGE (page);
  const char *subject = vb_finding_get_subject (finding);
  VbRecord *sla = subject ? vb_project_find_row (project_of (self), subject, VB_TYPE_SLA) : NULL;
  VbRecord *kpi = subject && sla == NULL ? vb_project_find_row (project_of (self), subject, VB_TYPE_CUSTOM_KPI) : NULL;

  if (sla && find_row_in (self->slas_list, sla))
    open_row (find_row_in (self->slas_list, sla), vb_finding_get_field (finding));
  else if (kpi && find_row_in (self->custom_list, kpi))
    open_row (find_row_in (self->custom_list, kpi), vb_finding_get_field (finding));
  else if (gtk_widget_get_visible (self->empty_page))
    vb_focus_widget (self->empty_add_button);
  else
    vb_focus_widget (self->add_button);
}

static void
vb_slas_page_set_writable (VbStagePage *page,
                           gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);
  const char *const actions[] = {
    "slas.choose-kpi", "slas.add", "slas.add-custom-kpi", "slas.confirm", "slas.remove", "slas.remove-kpi",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (widget, actions[i], writable);
}

static GtkWidget *
vb_slas_page_get_initial_focus (VbStagePage *page)
{
  VbSlasPage *self = VB_SLAS_PAGE (page);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->slas_list), 0);

  if (gtk_widget_get_visible (self->empty_page))
    return self->empty_add_button;
  return first ? GTK_WIDGET (first) : self->add_button;
}

static void
vb_slas_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_slas_page_show_finding;
  iface->set_writable = vb_slas_page_set_writable;
  iface->get_initial_focus = vb_slas_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbSlasPage *self)
{
  VbProject *project = project_of (self);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_SLAS));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->custom_list),
                                vb_placeholder_new (NULL, _("No measures of your own"),
                                                    _("The library covers the usual ones; add your own when "
                                                      "nothing there fits."),
                                                    NULL, NULL));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->slas_list), vb_project_get_slas (project),
                           create_sla_row_cb, self, NULL);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->custom_list), vb_project_get_custom_kpis (project),
                           create_custom_row_cb, self, NULL);
  g_signal_connect_object (vb_project_get_slas (project), "items-changed",
                           G_CALLBACK (on_slas_changed_cb), self, G_CONNECT_AFTER);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  update_empty (self);
  update_statuses (self);
}

static void
vb_slas_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VbSlasPage *self = VB_SLAS_PAGE (object);

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
vb_slas_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VbSlasPage *self = VB_SLAS_PAGE (object);

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
vb_slas_page_constructed (GObject *object)
{
  VbSlasPage *self = VB_SLAS_PAGE (object);

  G_OBJECT_CLASS (vb_slas_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_slas_page_dispose (GObject *object)
{
  VbSlasPage *self = VB_SLAS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_SLAS_PAGE);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_slas_page_parent_class)->dispose (object);
}

static void
vb_slas_page_class_init (VbSlasPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_slas_page_dispose;
  object_class->constructed = vb_slas_page_constructed;
  object_class->set_property = vb_slas_page_set_property;
  object_class->get_property = vb_slas_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-slas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, slas_group);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, slas_list);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, custom_group);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, add_kpi_button);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, custom_list);
  gtk_widget_class_bind_template_child (widget_class, VbSlasPage, footer_box);

  gtk_widget_class_install_action (widget_class, "slas.choose-kpi", NULL, choose_kpi_action);
  gtk_widget_class_install_action (widget_class, "slas.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "slas.add-custom-kpi", NULL, add_custom_kpi_action);
  gtk_widget_class_install_action (widget_class, "slas.confirm", "s", confirm_action);
  gtk_widget_class_install_action (widget_class, "slas.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "slas.remove-kpi", "s", remove_kpi_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_slas_page_init (VbSlasPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
