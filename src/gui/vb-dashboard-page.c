/* vb-dashboard-page.c — progress, vendor counts and what to do next
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vb-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-dashboard-page.h"
#include "vb-format.h"
#include "vb-window.h"

static const struct {
  const char *status;
  const char *label;
} vendor_statuses[] = {
  { "long-list", N_("Long list") },
  { "shortlist", N_("Shortlist") },
  { "finalist",  N_("Finalists") },
  { "selected",  N_("Selected") },
  { "rejected",  N_("Rejected") },
};

struct _VbDashboardPage
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkWidget   *scroller;
  GtkLevelBar *progress_bar;
  GtkLabel    *progress_label;
  GtkListBox  *stage_list;
  GtkBox      *vendor_box;
  GtkListBox  *findings_list;
  GtkWidget   *dismissed_group;
  GtkListBox  *dismissed_list;

  /* vendor cards: the count labels */
  GtkWidget   *vendor_counts[G_N_ELEMENTS (vendor_statuses)];
  GtkWidget   *vendor_cards[G_N_ELEMENTS (vendor_statuses)];

  /* owned */
  VbProject   *project;
  VbGuide     *guide;
  GPtrArray   *stage_rows;   /* AdwActionRow, stage in "vb-stage" */
};

G_DEFINE_FINAL_TYPE (VbDashboardPage, vb_dashboard_page, GTK_TYPE_WIDGET)

static void
update_vendors (VbDashboardPage *self)
{
  GListModel *vendors = vb_project_get_records (self->project, "vendor");
  guint counts[G_N_ELEMENTS (vendor_statuses)] = { 0 };
  guint n = vendors ? g_list_model_get_n_items (vendors) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) vendor = g_list_model_get_item (vendors, i);
      const char *status = vb_record_get_text (vendor, "status");

      for (guint s = 0; s < G_N_ELEMENTS (vendor_statuses); s++)
        if (g_strcmp0 (status, vendor_statuses[s].status) == 0)
          counts[s]++;
    }
  for (guint s = 0; s < G_N_ELEMENTS (vendor_statuses); s++)
    {
      g_autofree char *text = g_strdup_printf ("%u", counts[s]);
      /* Translators: e.g. “Shortlist: 3 vendors” */
      g_autofree char *label = g_strdup_printf (ngettext ("%s: %u vendor", "%s: %u vendors", counts[s]),
                                                _(vendor_statuses[s].label), counts[s]);
      gtk_label_set_text (GTK_LABEL (self->vendor_counts[s]), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->vendor_cards[s]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static void
update_progress (VbDashboardPage *self)
{
  double progress = vb_guide_get_progress (self->guide);
  g_autofree char *text = g_strdup_printf ("%d %%", (int) (progress * 100.0 + 0.5));

  gtk_level_bar_set_value (self->progress_bar, CLAMP (progress, 0.0, 1.0));
  gtk_label_set_text (self->progress_label, text);

  for (guint i = 0; i < self->stage_rows->len; i++)
    {
      GtkWidget *row = self->stage_rows->pdata[i];
      VbStage stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage"));
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "vb-check");
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      gboolean complete = vb_guide_stage_is_complete (self->guide, stage);

      if (complete)
        subtitle = g_strdup (_("Complete"));
      else
        {
          guint n = 0;
          for (VbFindingKind k = VB_FINDING_BLOCKER; k <= VB_FINDING_NEXT_STEP; k++)
            n += vb_guide_count_open (self->guide, stage, k);
          subtitle = g_strdup_printf (ngettext ("%u open item", "%u open items", n), n);
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_visible (check, complete);
      label = g_strdup_printf ("%s, %s", vb_stage_get_title (stage), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
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
}

static void
on_stage_row_activated_cb (AdwActionRow    *row,
                           VbDashboardPage *self)
{
  VbStage stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage"));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-stage", "s", vb_stage_get_id (stage));
}

/* dismissing a finding */

static void
on_dismiss_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        VbDashboardPage  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "vb-entry");
  VbFinding *finding = g_object_get_data (G_OBJECT (dialog), "vb-finding");
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "dismiss"))
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!vb_guide_dismiss (self->guide, finding, reason, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "dismiss",
                                           !vb_str_is_blank (gtk_editable_get_text (entry)));
}

static void
on_reason_activate_cb (GtkEntry         *entry,
                       AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "dismiss"))
    {
      adw_message_dialog_response (dialog, "dismiss");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
on_dismiss_clicked_cb (GtkButton       *button,
                       VbDashboardPage *self)
{
  VbFinding *finding = g_object_get_data (G_OBJECT (button), "vb-finding");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Dismiss This Point?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s”\n\nSay why it does not apply. The reason is kept in the project and shown in the decision memo."),
                                  vb_finding_get_message (finding));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "dismiss", _("_Dismiss"),
                                    NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "dismiss", FALSE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "dismiss", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "dismiss");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "vb-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "vb-finding", g_object_ref (finding), g_object_unref);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (on_reason_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dismiss_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The label of the button that shows a finding's stage: its action, or the
 * stage's title when the rule names none */
static const char *
finding_button_label (VbFinding *finding)
{
  const char *action_label = vb_finding_get_action_label (finding);

  return action_label && *action_label ? action_label : vb_stage_get_title (vb_finding_get_stage (finding));
}

static gboolean
has_button (VbFinding *finding)
{
  VbStage stage = vb_finding_get_stage (finding);

  return vb_stage_is_available (stage) && stage != VB_STAGE_DASHBOARD;
}

/* Whether another open finding's button reads the same, so that a screen
 * reader needs the message to tell the two apart */
static gboolean
button_label_is_shared (VbDashboardPage *self,
                        VbFinding       *finding)
{
  GListModel *findings = vb_guide_get_findings (self->guide);
  const char *label = finding_button_label (finding);
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) other = g_list_model_get_item (findings, i);

      if (other != finding && has_button (other) &&
          g_strcmp0 (finding_button_label (other), label) == 0)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  VbDashboardPage *self = user_data;
  VbFinding *finding = item;
  VbStage stage = vb_finding_get_stage (finding);
  VbFindingKind kind = vb_finding_get_kind (finding);
  const char *icon;
  const char *kind_label;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image;
  GtkWidget *dismiss;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  g_autofree char *dismiss_label = NULL;

  switch (kind)
    {
    case VB_FINDING_BLOCKER:
      icon = "dialog-error-symbolic";
      kind_label = _("Blocker");
      break;
    case VB_FINDING_WARNING:
      icon = "dialog-warning-symbolic";
      kind_label = _("Warning");
      break;
    case VB_FINDING_NEXT_STEP:
    default:
      icon = "dialog-information-symbolic";
      kind_label = _("Next step");
      break;
    }

  image = gtk_image_new_from_icon_name (icon);
  gtk_widget_add_css_class (image, kind == VB_FINDING_BLOCKER ? "error"
                                   : kind == VB_FINDING_WARNING ? "warning" : "accent");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, kind_label, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vb_finding_get_message (finding));
  /* Translators: “Warning · Vendors” under a finding */
  subtitle = g_strdup_printf (_("%s · %s"), kind_label, vb_stage_get_title (stage));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  label = g_strdup_printf ("%s: %s", kind_label, vb_finding_get_message (finding));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  if (has_button (finding))
    {
      const char *go_label = finding_button_label (finding);
      GtkWidget *go = gtk_button_new_with_label (go_label);
      const char *subject = vb_finding_get_subject (finding);
      g_autofree char *target = g_strconcat (vb_finding_get_rule_id (finding), VB_FINDING_TARGET_SEPARATOR,
                                             subject ? subject : "", NULL);

      gtk_widget_set_valign (go, GTK_ALIGN_CENTER);
      if (button_label_is_shared (self, finding))
        {
          /* TRANSLATORS: a dashboard button for screen readers: the action, then the finding it fixes */
          g_autofree char *accessible = g_strdup_printf (_("%s: %s"), go_label, vb_finding_get_message (finding));
          gtk_accessible_update_property (GTK_ACCESSIBLE (go), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
        }
      else
        gtk_accessible_update_property (GTK_ACCESSIBLE (go), GTK_ACCESSIBLE_PROPERTY_LABEL, go_label, -1);

      /* show the stage and do what fixes the finding there */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (go), "win.show-finding");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (go), "s", target);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), go);
    }

  dismiss = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_valign (dismiss, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dismiss, "flat");
  gtk_widget_set_tooltip_text (dismiss, _("Dismiss…"));
  /* TRANSLATORS: the dismiss button for screen readers, then the finding it dismisses */
  dismiss_label = g_strdup_printf (_("Dismiss: %s"), vb_finding_get_message (finding));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dismiss), GTK_ACCESSIBLE_PROPERTY_LABEL, dismiss_label, -1);
  gtk_widget_set_name (dismiss, "dismiss-button");
  g_object_set_data_full (G_OBJECT (dismiss), "vb-finding", g_object_ref (finding), g_object_unref);
  g_signal_connect_object (dismiss, "clicked", G_CALLBACK (on_dismiss_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dismiss);

  return row;
}

/* restoring a dismissed finding */

static void
on_restore_clicked_cb (GtkButton       *button,
                       VbDashboardPage *self)
{
  /* the restore removes this row, and the button with it: hold the
   * finding for the length of the call */
  g_autoptr(VbFinding) finding = g_object_ref (g_object_get_data (G_OBJECT (button), "vb-finding"));
  g_autoptr(GError) error = NULL;

  if (!vb_guide_restore (self->guide, finding, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static GtkWidget *
create_dismissed_row (gpointer item,
                      gpointer user_data)
{
  VbDashboardPage *self = user_data;
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

  if (who != NULL && *who != '\0')
    /* TRANSLATORS: under a dismissed point: who dismissed it, and why */
    why = g_strdup_printf (_("Dismissed by %s: %s"), who, reason);
  else
    /* TRANSLATORS: under a dismissed point, when nobody was named: why */
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
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_name (title, "dismissed-message");
  gtk_box_append (GTK_BOX (texts), title);

  subtitle = gtk_label_new (why);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_name (subtitle, "dismissed-reason");
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);

  restore = gtk_button_new_with_label (_("Restore"));
  gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (restore, _("Put this point back in What to Do Next"));
  /* TRANSLATORS: the restore button for screen readers, then the point it restores */
  restore_label = g_strdup_printf (_("Restore: %s"), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (restore), GTK_ACCESSIBLE_PROPERTY_LABEL, restore_label, -1);
  gtk_widget_set_name (restore, "restore-button");
  g_object_set_data_full (G_OBJECT (restore), "vb-finding", g_object_ref (finding), g_object_unref);
  g_signal_connect_object (restore, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), restore);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* TRANSLATORS: a dismissed point for screen readers: its message, then who and why */
  row_label = g_strdup_printf (_("%s. %s"), message, why);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
  return row;
}

static GtkWidget *
make_vendor_card (VbDashboardPage *self,
                  guint            i)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *count = gtk_label_new ("0");
  GtkWidget *label = gtk_label_new (_(vendor_statuses[i].label));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "vb-count-card");
  gtk_widget_add_css_class (count, "title-2");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (count, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_box_append (GTK_BOX (card), count);
  gtk_box_append (GTK_BOX (card), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(vendor_statuses[i].label), -1);
  self->vendor_counts[i] = count;
  self->vendor_cards[i] = card;
  return card;
}

static void
vb_dashboard_page_dispose (GObject *object)
{
  VbDashboardPage *self = VB_DASHBOARD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->guide);
  g_clear_object (&self->project);
  g_clear_pointer (&self->stage_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (vb_dashboard_page_parent_class)->dispose (object);
}

static void
vb_dashboard_page_class_init (VbDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_dashboard_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vendorbench/Vendorbench/vb-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, stage_list);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, vendor_box);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, dismissed_group);
  gtk_widget_class_bind_template_child (widget_class, VbDashboardPage, dismissed_list);
}

static void
vb_dashboard_page_init (VbDashboardPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stage_rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (vendor_statuses); i++)
    gtk_box_append (self->vendor_box, make_vendor_card (self, i));

  placeholder = gtk_label_new (_("Nothing to do right now. Well done!"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->findings_list, placeholder);
}

GtkWidget *
vb_dashboard_page_new (VbProject *project,
                       VbGuide   *guide)
{
  VbDashboardPage *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (VB_IS_GUIDE (guide), NULL);

  self = g_object_new (VB_TYPE_DASHBOARD_PAGE, NULL);
  self->project = g_object_ref (project);
  self->guide = g_object_ref (guide);

  for (VbStage stage = VB_STAGE_DASHBOARD + 1; stage < VB_N_STAGES; stage++)
    {
      GtkWidget *row, *check, *arrow;

      if (!vb_stage_is_available (stage))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vb_stage_get_title (stage));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      check = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (check, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Complete"), -1);
      arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      g_object_set_data (G_OBJECT (row), "vb-stage", GINT_TO_POINTER (stage));
      g_object_set_data (G_OBJECT (row), "vb-check", check);
      g_signal_connect (row, "activated", G_CALLBACK (on_stage_row_activated_cb), self);
      gtk_list_box_append (self->stage_list, row);
      g_ptr_array_add (self->stage_rows, row);
    }

  gtk_list_box_bind_model (self->findings_list, vb_guide_get_findings (guide),
                           create_finding_row, self, NULL);
  g_signal_connect_object (vb_guide_get_findings (guide), "items-changed",
                           G_CALLBACK (on_findings_changed_cb), self, 0);
  gtk_list_box_bind_model (self->dismissed_list, vb_guide_get_dismissed (guide),
                           create_dismissed_row, self, NULL);
  g_signal_connect_object (vb_guide_get_dismissed (guide), "items-changed",
                           G_CALLBACK (on_dismissed_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);

  on_dismissed_changed_cb (vb_guide_get_dismissed (guide), 0, 0, 0, self);
  update_progress (self);
  update_vendors (self);
  return GTK_WIDGET (self);
}
