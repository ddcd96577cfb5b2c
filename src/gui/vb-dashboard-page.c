/* vb-dashboard-page.c — progress, vendors and what to do next
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Progress is the share of complete stages over the whole journey
 * (DESIGN.md §1): the list shows all thirteen, the ones this version does
 * not have yet as such. The dashboard never says there is nothing to do
 * while the journey is unfinished: with no open point it names the next
 * stage. Each finding's row opens its fix (Enter or a click), and can be
 * dismissed with a reason; dismissed points are listed with who and why.
 * The transition tasks due next (at most three, overdue ones first, in
 * words with an icon) open the Transition Checklist.
 */
#define G_LOG_DOMAIN "vb-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-dashboard-page.h"
#include "vb-finding-row.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-reference.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"
#include "vb-transition-rows.h"
#include "vb-vendor.h"
#include "vb-window.h"

#define N_STATUSES 5
#define N_TASKS_SHOWN 3

struct _VbDashboardPage
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkWidget   *scroller;
  GtkLevelBar *progress_bar;
  GtkLabel    *progress_label;
  GtkLabel    *progress_detail;
  GtkListBox  *stage_list;
  GtkWidget   *vendor_box;
  GtkListBox  *findings_list;
  GtkWidget   *dismissed_group;
  GtkListBox  *dismissed_list;
  GtkWidget   *tasks_group;
  GtkListBox  *tasks_list;

  /* vendor cards: the count labels */
  GtkWidget   *vendor_counts[N_STATUSES];
  GtkWidget   *vendor_cards[N_STATUSES];
  GtkWidget   *placeholder_label;
  GtkWidget   *up_next_label;      /* below the findings when only warnings are open */
  GtkWidget   *uncalled_list;   /* finalists with no reference called yet */
  GtkWidget   *uncalled_row;

  /* owned */
  VbContext   *context;
  GPtrArray   *stage_rows;   /* AdwActionRow, stage in "vb-stage" */
  GListStore  *tasks;        /* VbTransitionItem: the ones tasks_list shows */
  gboolean     writable;
};

static void vb_dashboard_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbDashboardPage, vb_dashboard_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_dashboard_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbDashboardPage *self)
{
  return vb_context_get_project (self->context);
}

static VbGuide *
guide_of (VbDashboardPage *self)
{
  return vb_context_get_guide (self->context);
}

/* ------------------------------------------------------------ vendors */

/* The finalists none of whose references is called yet, by name: a row
 * that opens the References page */
static void
update_uncalled (VbDashboardPage *self)
{
  GListModel *vendors = vb_project_get_vendors (project_of (self));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  g_autofree char *list = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_awaits_reference_call (vendor))
        {
          g_strv_builder_add (builder, vb_vendor_get_display_name (vendor));
          n++;
        }
    }
  gtk_widget_set_visible (self->uncalled_list, n > 0);
  if (n == 0)
    return;
  names = g_strv_builder_end (builder);
  list = vb_format_list ((const char *const *) names);
  title = g_strdup_printf (ngettext ("%u finalist with no reference called yet",
                                     "%u finalists with no reference called yet", n), n);
  subtitle = g_markup_escape_text (list, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->uncalled_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->uncalled_row), subtitle);
  /* Translators: the dashboard's row for screen readers, e.g. “2 finalists with no reference called yet: A and B” */
  accessible = g_strdup_printf (_("%s: %s"), title, list);
  vb_set_accessible_label (self->uncalled_row, accessible);
}

static void
update_vendors (VbDashboardPage *self)
{
  for (guint s = 0; s < N_STATUSES; s++)
    {
      guint count = vb_project_count_vendors (project_of (self), (VbVendorStatus) s);
      g_autofree char *text = g_strdup_printf ("%u", count);
      /* Translators: a vendor card for screen readers, e.g. “Finalists: 3 vendors” */
      g_autofree char *label = g_strdup_printf (ngettext ("%s: %u vendor", "%s: %u vendors", count),
                                                vb_enum_get_group_label (VB_TYPE_VENDOR_STATUS, (int) s), count);

      gtk_label_set_text (GTK_LABEL (self->vendor_counts[s]), text);
      vb_set_accessible_label (self->vendor_cards[s], label);
    }
  update_uncalled (self);
}

static GtkWidget *
make_vendor_card (VbDashboardPage *self,
                  guint            status)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *count = gtk_label_new ("0");
  GtkWidget *label = gtk_label_new (vb_enum_get_group_label (VB_TYPE_VENDOR_STATUS, (int) status));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "vb-count-card");
  gtk_widget_add_css_class (count, "title-2");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (count, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_box_append (GTK_BOX (card), count);
  gtk_box_append (GTK_BOX (card), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vb_enum_get_group_label (VB_TYPE_VENDOR_STATUS, (int) status), -1);
  self->vendor_counts[status] = count;
  self->vendor_cards[status] = card;
  return card;
}

/* ------------------------------------------------------------ tasks */

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  VbTransitionItem *task = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  const char *owner = vb_transition_item_get_owner (task);
  const char *due = vb_transition_item_get_due_date (task);
  g_autofree char *title = g_markup_escape_text (vb_transition_item_get_title (task), -1);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  gboolean overdue;
  GDate today;

  vb_transition_today (&today);
  overdue = vb_transition_item_is_overdue (task, &today);
  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      /* Translators: a transition task on the dashboard, e.g. “Overdue: due 2026-12-11” */
      when = g_strdup_printf (_("Overdue: due %s"), due);
    }
  else
    /* Translators: a transition task on the dashboard, e.g. “Due 2026-12-11” */
    when = g_strdup_printf (_("Due %s"), due);
  if (vb_str_is_blank (owner))
    subtitle = g_strdup (when);
  else
    /* Translators: a transition task's due date, then who does it */
    subtitle = g_strdup_printf (_("%s · %s"), when, owner);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  }
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-stage");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", vb_stage_get_id (VB_STAGE_TRANSITION));
  /* Translators: a transition task on the dashboard for screen readers: title, then when and who */
  label = g_strdup_printf (_("%s, %s"), vb_transition_item_get_title (task), subtitle);
  vb_set_accessible_label (row, label);
  return row;
}

static void
update_tasks (VbDashboardPage *self)
{
  g_autoptr(GListModel) next = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GDate today;

  if (vb_stage_is_available (VB_STAGE_TRANSITION))
    {
      vb_transition_today (&today);
      next = vb_project_next_transition_tasks (project_of (self), &today, N_TASKS_SHOWN);
      for (guint i = 0; i < g_list_model_get_n_items (next); i++)
        g_ptr_array_add (items, g_list_model_get_item (next, i));
    }
  g_list_store_splice (self->tasks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tasks)),
                       items->pdata, items->len);
  gtk_widget_set_visible (self->tasks_group, items->len > 0);
}

/* ------------------------------------------------------------ progress */

static void
update_progress (VbDashboardPage *self)
{
  VbGuide *guide = guide_of (self);
  double progress = vb_guide_get_progress (guide);
  g_autofree char *text = vb_format_percent (100 * progress, 0);
  guint complete = 0;
  g_autofree char *detail = NULL;
  guint n_next_steps = 0;
  VbStage next;

  for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
    complete += vb_guide_stage_is_complete (guide, s);
  /* Translators: under the progress bar, e.g. “2 of 13 stages complete” */
  detail = g_strdup_printf (ngettext ("%u of %u stage complete", "%u of %u stages complete", VB_N_STAGES - 1),
                            complete, VB_N_STAGES - 1);
  gtk_level_bar_set_value (self->progress_bar, CLAMP (progress, 0.0, 1.0));
  gtk_label_set_text (self->progress_label, text);
  gtk_label_set_text (self->progress_detail, detail);

  for (guint i = 0; i < self->stage_rows->len; i++)
    {
      GtkWidget *row = self->stage_rows->pdata[i];
      VbStage stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage"));
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "vb-check");
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      gboolean complete_stage = vb_guide_stage_is_complete (guide, stage);

      if (!vb_stage_is_available (stage))
        subtitle = g_strdup (_("Arrives in a later version of Vendorbench"));
      else if (complete_stage)
        subtitle = g_strdup (_("Complete"));
      else
        {
          guint n = vb_guide_count_next_steps (guide, stage);

          subtitle = n > 0 ? g_strdup_printf (ngettext ("%u open next step", "%u open next steps", n), n)
                           : g_strdup (_("Not complete"));
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_visible (check, complete_stage);
      label = g_strdup_printf ("%s, %s", vb_stage_get_title (stage), subtitle);
      vb_set_accessible_label (row, label);
    }

  /* with nothing open, the next stage of the journey; with only warnings
   * open (they do not keep a stage from being complete), the same below
   * them, so that the dashboard always says where the journey goes on */
  for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
    n_next_steps += vb_guide_count_next_steps (guide, s);
  gtk_widget_set_visible (self->up_next_label, n_next_steps == 0 &&
                          g_list_model_get_n_items (vb_guide_get_findings (guide)) > 0);
  if (vb_guide_get_next_stage (guide, &next))
    {
      gboolean built = vb_stage_is_available (next);
      g_autofree char *up_next = built
        ? g_strdup_printf (_("Nothing is open here. Up next: %s — %s."), vb_stage_get_title (next),
                           vb_stage_get_summary (next))
        /* Translators: %s is a stage, then what it is for */
        : g_strdup_printf (_("Nothing is open in the stages this version has. Up next in the journey: %s — %s. "
                             "It arrives in a later version of Vendorbench."), vb_stage_get_title (next),
                           vb_stage_get_summary (next));
      g_autofree char *after_warnings = built
        /* Translators: below a list of warnings; %s is a stage, then what it is for */
        ? g_strdup_printf (_("No next step is open, only the warnings above. Up next: %s — %s."),
                           vb_stage_get_title (next), vb_stage_get_summary (next))
        : g_strdup_printf (_("No next step is open in the stages this version has, only the warnings above. "
                             "Up next in the journey: %s — %s. It arrives in a later version of Vendorbench."),
                           vb_stage_get_title (next), vb_stage_get_summary (next));

      gtk_label_set_text (GTK_LABEL (self->placeholder_label), up_next);
      gtk_label_set_text (GTK_LABEL (self->up_next_label), after_warnings);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->placeholder_label), _("Every stage is complete: the hand-over is planned."));
      gtk_label_set_text (GTK_LABEL (self->up_next_label),
                          _("No next step is open, only the warnings above: every stage is complete."));
    }
}

static void
on_findings_changed_cb (GListModel      *model,
                        guint            position,
                        guint            removed,
                        guint            added,
                        VbDashboardPage *self)
{
  update_progress (self);
}

static void
on_dismissed_changed_cb (GListModel      *model,
                         guint            position,
                         guint            removed,
                         guint            added,
                         VbDashboardPage *self)
{
  gtk_widget_set_visible (self->dismissed_group, g_list_model_get_n_items (model) > 0);
}

static void
on_project_changed_cb (VbProject       *project,
                       VbDashboardPage *self)
{
  update_vendors (self);
  update_tasks (self);
}

static void
on_stage_row_activated_cb (AdwActionRow    *row,
                           VbDashboardPage *self)
{
  VbStage stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage"));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-stage", "s", vb_stage_get_id (stage));
}

/* ------------------------------------------------------------ findings */

static char *
target_of (VbFinding *finding)
{
  const char *subject = vb_finding_get_subject (finding);

  return g_strconcat (vb_finding_get_rule_id (finding), VB_FINDING_TARGET_SEPARATOR, subject ? subject : "", NULL);
}

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  VbDashboardPage *self = user_data;
  VbFinding *finding = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *content = vb_finding_row_new (finding, vb_findings_share_label (vb_guide_get_findings (guide_of (self)),
                                                                           finding));
  GtkWidget *dismiss = vb_icon_button_new ("window-close-symbolic", _("Dismiss…"));
  g_autofree char *target = target_of (finding);
  g_autofree char *dismiss_label = NULL;
  g_autofree char *stage = NULL;

  /* Translators: the dismiss button for screen readers, then the finding it dismisses */
  dismiss_label = g_strdup_printf (_("Dismiss: %s"), vb_finding_get_message (finding));
  vb_set_accessible_label (dismiss, dismiss_label);
  gtk_widget_set_name (dismiss, "dismiss-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (dismiss), "win.dismiss-finding");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (dismiss), "s", target);
  vb_finding_row_add_action (VB_FINDING_ROW (content), dismiss);

  gtk_widget_set_margin_top (content, 10);
  gtk_widget_set_margin_bottom (content, 10);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
  /* Enter on the row does what its button does */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-finding");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  /* Translators: a finding on the dashboard for screen readers: kind, stage, sentence */
  stage = g_strdup_printf (_("%s, %s: %s"), vb_enum_get_label (VB_TYPE_FINDING_KIND, vb_finding_get_kind (finding)),
                           vb_stage_get_title (vb_finding_get_stage (finding)), vb_finding_get_message (finding));
  vb_set_accessible_label (row, stage);
  return row;
}

static GtkWidget *
create_dismissed_row (gpointer item,
                      gpointer user_data)
{
  VbFinding *finding = item;
  const char *message = vb_finding_get_message (finding);
  const char *who = vb_finding_get_dismissed_by (finding);
  const char *reason = vb_finding_get_dismissal_reason (finding);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title, *subtitle, *restore;
  g_autofree char *why = NULL;
  g_autofree char *row_label = NULL;
  g_autofree char *restore_label = NULL;
  g_autofree char *target = target_of (finding);

  if (who != NULL && *who != '\0')
    /* Translators: under a dismissed point: who dismissed it, and why */
    why = g_strdup_printf (_("Dismissed by %s: %s"), who, reason);
  else
    /* Translators: under a dismissed point, when nobody was named: why */
    why = g_strdup_printf (_("Dismissed: %s"), reason);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);

  title = gtk_label_new (message);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_name (title, "dismissed-message");
  gtk_box_append (GTK_BOX (texts), title);

  subtitle = gtk_label_new (why);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_name (subtitle, "dismissed-reason");
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);

  restore = gtk_button_new_with_label (_("Restore"));
  gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (restore, _("Put this point back in What to Do Next"));
  /* Translators: the restore button for screen readers, then the point it restores */
  restore_label = g_strdup_printf (_("Restore: %s"), message);
  vb_set_accessible_label (restore, restore_label);
  gtk_widget_set_name (restore, "restore-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (restore), "win.restore-finding");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (restore), "s", target);
  gtk_box_append (GTK_BOX (box), restore);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* Translators: a dismissed point for screen readers: its message, then who and why */
  row_label = g_strdup_printf (_("%s. %s"), message, why);
  vb_set_accessible_label (row, row_label);
  return row;
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_dashboard_page_show_finding (VbStagePage *page,
                                VbFinding   *finding)
{
  /* the dashboard has no findings of its own */
}

static void
vb_dashboard_page_set_writable (VbStagePage *page,
                                gboolean     writable)
{
  VB_DASHBOARD_PAGE (page)->writable = writable;
}

static GtkWidget *
vb_dashboard_page_get_initial_focus (VbStagePage *page)
{
  VbDashboardPage *self = VB_DASHBOARD_PAGE (page);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->findings_list, 0);

  return first ? GTK_WIDGET (first) : NULL;
}

static void
vb_dashboard_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_dashboard_page_show_finding;
  iface->set_writable = vb_dashboard_page_set_writable;
  iface->get_initial_focus = vb_dashboard_page_get_initial_focus;
}

/* ------------------------------------------------------------ GObject */

static void
build (VbDashboardPage *self)
{
  VbGuide *guide = guide_of (self);
  VbProject *project = project_of (self);

  for (VbStage stage = VB_STAGE_DASHBOARD + 1; stage < VB_N_STAGES; stage++)
    {
      GtkWidget *row, *check;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vb_stage_get_title (stage));
      check = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (check, "success");
      vb_set_accessible_label (check, _("Complete"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      if (vb_stage_is_available (stage))
        {
          GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

          gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_signal_connect (row, "activated", G_CALLBACK (on_stage_row_activated_cb), self);
        }
      else
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_widget_set_focusable (row, FALSE);
          gtk_widget_add_css_class (row, "vb-stage-to-come");
        }
      g_object_set_data (G_OBJECT (row), "vb-stage", GINT_TO_POINTER (stage));
      g_object_set_data (G_OBJECT (row), "vb-check", check);
      gtk_list_box_append (self->stage_list, row);
      g_ptr_array_add (self->stage_rows, row);
    }

  gtk_list_box_bind_model (self->findings_list, vb_guide_get_findings (guide), create_finding_row, self, NULL);
  g_signal_connect_object (vb_guide_get_findings (guide), "items-changed", G_CALLBACK (on_findings_changed_cb), self, 0);
  gtk_list_box_bind_model (self->dismissed_list, vb_guide_get_dismissed (guide), create_dismissed_row, self, NULL);
  g_signal_connect_object (vb_guide_get_dismissed (guide), "items-changed", G_CALLBACK (on_dismissed_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);

  on_dismissed_changed_cb (vb_guide_get_dismissed (guide), 0, 0, 0, self);
  update_progress (self);
  update_vendors (self);
  update_tasks (self);
}

static void
vb_dashboard_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VbDashboardPage *self = VB_DASHBOARD_PAGE (object);

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
vb_dashboard_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VbDashboardPage *self = VB_DASHBOARD_PAGE (object);

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
vb_dashboard_page_constructed (GObject *object)
{
  VbDashboardPage *self = VB_DASHBOARD_PAGE (object);

  G_OBJECT_CLASS (vb_dashboard_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_dashboard_page_dispose (GObject *object)
{
  VbDashboardPage *self = VB_DASHBOARD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->context);
  g_clear_pointer (&self->stage_rows, g_ptr_array_unref);
  g_clear_object (&self->tasks);
  G_OBJECT_CLASS (vb_dashboard_page_parent_class)->dispose (object);
}

static void
vb_dashboard_page_class_init (VbDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_dashboard_page_dispose;
  object_class->constructed = vb_dashboard_page_constructed;
  object_class->set_property = vb_dashboard_page_set_property;
  object_class->get_property = vb_dashboard_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, progress_detail);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, stage_list);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, vendor_box);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, up_next_label);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, dismissed_group);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, dismissed_list);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, tasks_group);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, tasks_list);
}

static void
vb_dashboard_page_init (VbDashboardPage *self)
{
  GtkWidget *arrow;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stage_rows = g_ptr_array_new ();
  self->tasks = g_list_store_new (VB_TYPE_TRANSITION_ITEM);
  gtk_list_box_bind_model (self->tasks_list, G_LIST_MODEL (self->tasks), create_task_row, self, NULL);

  for (guint i = 0; i < N_STATUSES; i++)
    {
      GtkWidget *card = make_vendor_card (self, i);

      gtk_flow_box_append (GTK_FLOW_BOX (self->vendor_box), card);
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }

  /* under the cards: the finalists still to call, which opens References */
  self->uncalled_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->uncalled_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->uncalled_list, "boxed-list");
  gtk_widget_set_margin_top (self->uncalled_list, 12);
  gtk_widget_set_visible (self->uncalled_list, FALSE);
  self->uncalled_row = adw_action_row_new ();
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->uncalled_row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->uncalled_row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->uncalled_row), "win.show-stage");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->uncalled_row), "s", vb_stage_get_id (VB_STAGE_REFERENCES));
  gtk_list_box_append (GTK_LIST_BOX (self->uncalled_list), self->uncalled_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (self->vendor_box,
                                                                             ADW_TYPE_PREFERENCES_GROUP)),
                             self->uncalled_list);

  self->placeholder_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->placeholder_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->placeholder_label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (self->placeholder_label, "vb-placeholder");
  gtk_list_box_set_placeholder (self->findings_list, self->placeholder_label);
}
