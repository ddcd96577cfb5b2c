/* vb-security-page.c — stage 3: security & compliance
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which questionnaire the project uses (Lite, Full or custom: choosing
 * Lite or Full asks exactly its questions, as one undo step; asking or
 * leaving out a question by hand makes the choice custom — both rules are
 * core's), the domains of questions beside the editor of one (AdwLeaflet,
 * as the Vendors page). The editor says whether the domain counts in the
 * compliance score and lists its questions, one expander row each
 * (vb-question-rows.c); each domain shows how many of its questions are
 * asked and their total weight.
 *
 * Keyboard: the arrow keys move in a list; Delete removes the question
 * whose row has the focus. Removing is undone, not confirmed: a toast
 * offers Undo, and focus goes to the neighbour row.
 */

#define G_LOG_DOMAIN "vb-security-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-choice-row.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project-settings.h"
#include "vb-question-rows.h"
#include "vb-question.h"
#include "vb-security-page.h"
#include "vb-stage-footer.h"
#include "vb-stage-page.h"

struct _VbSecurityPage
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkWidget        *leaflet;
  GtkWidget        *list_pane;
  GtkWidget        *add_domain_button;
  GtkWidget        *questionnaire_list;
  GtkWidget        *summary_label;
  GtkWidget        *domains_list;
  GtkWidget        *footer_box;
  GtkWidget        *editor_stack;
  GtkWidget        *editor_scroller;
  GtkWidget        *editor_box;
  GtkWidget        *empty_page;

  /* owned */
  VbContext        *context;
  VbQuestionDomain *domain;            /* in the editor, or NULL */

  /* borrowed */
  GtkWidget        *questionnaire_row;
  GtkWidget        *editor;
  GtkWidget        *example_row;
  GtkWidget        *domain_counts;
  GtkWidget        *questions_list;
};

static void vb_security_page_stage_page_init (VbStagePageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VbSecurityPage, vb_security_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (VB_TYPE_STAGE_PAGE, vb_security_page_stage_page_init))

enum {
  PROP_0,
  PROP_CONTEXT,
};

static VbProject *
project_of (VbSecurityPage *self)
{
  return vb_context_get_project (self->context);
}

static VbProjectSettings *
settings_of (VbSecurityPage *self)
{
  return vb_project_get_settings (project_of (self));
}

static GtkWidget *
find_row_for (GtkWidget *list,
              gpointer   record)
{
  for (int i = 0; list; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        return GTK_WIDGET (row);
    }
  return NULL;
}

static gpointer
lookup (GListModel *model,
        const char *uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbRecord) r = g_list_model_get_item (model, i);

      if (g_str_equal (vb_record_get_uuid (r), uuid))
        return r;   /* the project holds it */
    }
  return NULL;
}

static VbQuestion *
lookup_question (VbSecurityPage *self,
                 const char     *uuid)
{
  GListModel *domains = vb_project_get_question_domains (project_of (self));
  guint n = g_list_model_get_n_items (domains);

  for (guint i = 0; uuid && i < n; i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      VbQuestion *question = lookup (vb_question_domain_get_questions (domain), uuid);

      if (question)
        return question;
    }
  return NULL;
}

static gboolean
is_folded (VbSecurityPage *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
}

static void
refresh_navigation (VbSecurityPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.refresh-navigation", NULL);
}

/* ------------------------------------------------------------ counts */

static void
update_counts (VbSecurityPage *self)
{
  GListModel *domains = vb_project_get_question_domains (project_of (self));
  guint n_domains = g_list_model_get_n_items (domains);
  guint n_questions = 0, n_asked = 0, n_scored = 0;
  VbQuestionnaire questionnaire = vb_project_settings_get_questionnaire (settings_of (self));
  const char *description = vb_enum_get_description (VB_TYPE_QUESTIONNAIRE, questionnaire);
  g_autofree char *summary = NULL;
  g_autofree char *asked_text = NULL;

  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      guint asked = 0;

      vb_question_domain_count_asked (domain, &asked, NULL);
      n_asked += asked;
      n_questions += g_list_model_get_n_items (vb_question_domain_get_questions (domain));
      n_scored += vb_question_domain_get_included (domain);
    }
  /* Translators: above the domains, e.g. “38 of 120 questions asked” */
  asked_text = g_strdup_printf (ngettext ("%u of %u question asked", "%u of %u questions asked", n_questions),
                                n_asked, n_questions);
  /* Translators: after the count of questions, e.g. “38 of 120 questions asked · 11 of 12 domains in the score” */
  summary = g_strdup_printf (ngettext ("%s · %u of %u domain in the score", "%s · %u of %u domains in the score",
                                       n_domains), asked_text, n_scored, n_domains);
  gtk_label_set_label (GTK_LABEL (self->summary_label), summary);
  gtk_widget_set_visible (self->summary_label, n_domains > 0);
  if (self->questionnaire_row)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->questionnaire_row),
                                 description ? description : _("Choose the set of questions vendors answer"));
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page),
                             n_domains > 0 ? _("No Domain Open") : _("No Questions Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                   n_domains > 0
                                   ? _("Open a domain from the list to see and change its questions.")
                                   : _("Group the questions vendors answer into domains, such as “Access control” "
                                       "or “Incident response”, and add the questions to each."));
  if (self->domain && self->domain_counts)
    {
      g_autofree char *line = vb_domain_counts_text (self->domain);
      g_autofree char *text = vb_question_domain_get_included (self->domain)
        ? g_strdup (line)
        /* Translators: a domain left out of the score, e.g. “Not in the score · 12 of 15 asked · total weight 34” */
        : g_strdup_printf (_("Not in the score · %s"), line);

      gtk_label_set_label (GTK_LABEL (self->domain_counts), text);
    }
  if (self->example_row && self->domain)
    gtk_widget_set_visible (self->example_row, vb_record_get_example (VB_RECORD (self->domain)));
}

static void
on_project_changed_cb (VbProject      *project,
                       VbSecurityPage *self)
{
  update_counts (self);
}

/* ------------------------------------------------------------ editor */

static GtkWidget *
create_domain_row_cb (gpointer item,
                      gpointer user_data)
{
  return vb_domain_row_new (item);
}

static GtkWidget *
create_question_row_cb (gpointer item,
                        gpointer user_data)
{
  return vb_question_row_new (item);
}

static void remove_question (VbSecurityPage *self,
                             VbQuestion     *question);

/* Delete on a question's row (not in one of its fields) removes it */
static gboolean
on_questions_key_pressed_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             VbSecurityPage        *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  GtkRoot *root = gtk_widget_get_root (self->questions_list);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (mods != 0 || (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete) || focus == NULL ||
      GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus))
    return FALSE;
  for (GtkWidget *w = focus; w && w != self->questions_list; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) == self->questions_list && GTK_IS_LIST_BOX_ROW (w))
      {
        if (gtk_widget_is_sensitive (self->add_domain_button))
          remove_question (self, g_object_get_data (G_OBJECT (w), "vb-record"));
        return TRUE;
      }
  return FALSE;
}

static GtkWidget *
button_new (const char *label,
            const char *action,
            const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
domain_editor_new (VbSecurityPage   *self,
                   VbQuestionDomain *domain)
{
  VbRecord *record = VB_RECORD (domain);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (_("Questions"));
  GtkWidget *add, *remove;
  GtkEventController *keys;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Domain"));
  self->example_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->example_row), _("An example from the template"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->example_row),
                               _("Keep it, change it or leave it out of the score: it is yours once you have "
                                 "checked it."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->example_row),
                             button_new (_("_Keep as It Is"), "security.confirm-domain", "confirm-domain"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->example_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_switch_row_new (record, "included", _("Counts in the compliance score"),
                                                      _("Left out, its questions and their answers stay")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "title", _("Title"), VB_FIELD_TEXT, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vb_field_entry_row_new (record, "code", _("Short code, such as AC"), VB_FIELD_TEXT, 0));
  gtk_box_append (GTK_BOX (box), group);

  remove = button_new (_("_Remove Domain"), "security.remove-domain", "remove-domain");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), remove);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  self->domain_counts = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->domain_counts), 0);
  gtk_label_set_wrap (GTK_LABEL (self->domain_counts), TRUE);
  gtk_widget_add_css_class (self->domain_counts, "dim-label");
  gtk_box_append (GTK_BOX (heading_box), heading);
  gtk_box_append (GTK_BOX (heading_box), self->domain_counts);
  gtk_widget_set_hexpand (heading_box, TRUE);
  add = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (add), g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                                        "label", _("Add Question"), "use-underline", TRUE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "security.add-question");
  gtk_widget_set_name (add, "add-question");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_box_append (GTK_BOX (header), heading_box);
  gtk_box_append (GTK_BOX (header), add);
  gtk_box_append (GTK_BOX (box), header);

  self->questions_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->questions_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->questions_list, "boxed-list");
  vb_set_accessible_label (self->questions_list, _("Questions of the domain"));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->questions_list),
                                vb_placeholder_new (NULL, _("No questions in this domain"),
                                                    _("Add a question with a yes or no answer, such as “Do you "
                                                      "check the background of every agent before they start?”"),
                                                    _("Add Question"), "security.add-question"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->questions_list), vb_question_domain_get_questions (domain),
                           create_question_row_cb, NULL, NULL);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_questions_key_pressed_cb), self);
  gtk_widget_add_controller (self->questions_list, keys);
  gtk_box_append (GTK_BOX (box), self->questions_list);
  return box;
}

static void
sync_list_selection (VbSecurityPage *self)
{
  GtkWidget *row = self->domain ? find_row_for (self->domains_list, self->domain) : NULL;

  if (row)
    gtk_list_box_select_row (GTK_LIST_BOX (self->domains_list), GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->domains_list));
}

static void
show_domain (VbSecurityPage   *self,
             VbQuestionDomain *domain,
             gboolean          slide)
{
  if (self->domain != domain)
    {
      if (self->editor)
        {
          gtk_list_box_bind_model (GTK_LIST_BOX (self->questions_list), NULL, NULL, NULL, NULL);
          gtk_box_remove (GTK_BOX (self->editor_box), self->editor);
        }
      self->editor = self->example_row = self->domain_counts = self->questions_list = NULL;
      g_set_object (&self->domain, domain);
      if (domain)
        {
          self->editor = domain_editor_new (self, domain);
          gtk_box_append (GTK_BOX (self->editor_box), self->editor);
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->editor_scroller)), 0);
        }
      update_counts (self);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), domain ? "editor" : "empty");
  sync_list_selection (self);
  if (domain && slide)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->editor_stack);
  else if (domain == NULL)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
  refresh_navigation (self);
}

static void
focus_domain_field (VbSecurityPage *self,
                    const char     *property)
{
  GtkWidget *field = self->editor ? vb_field_find (self->editor, property) : NULL;

  if (field)
    vb_focus_widget (field);
}

static void
open_question (VbSecurityPage *self,
               VbQuestion     *question,
               const char     *property)
{
  GtkWidget *row;

  show_domain (self, vb_question_get_domain (question), TRUE);
  row = find_row_for (self->questions_list, question);
  if (row)
    vb_question_row_open (row, property);
}

static void
on_row_activated_cb (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     VbSecurityPage *self)
{
  show_domain (self, g_object_get_data (G_OBJECT (row), "vb-record"), TRUE);
  if (is_folded (self))
    focus_domain_field (self, "included");
}

static void
on_row_selected_cb (GtkListBox     *list,
                    GtkListBoxRow  *row,
                    VbSecurityPage *self)
{
  VbQuestionDomain *domain = row ? g_object_get_data (G_OBJECT (row), "vb-record") : NULL;

  if (domain && domain != self->domain && !is_folded (self))
    show_domain (self, domain, FALSE);
}

static void
on_domains_changed_cb (GListModel     *domains,
                       guint           position,
                       guint           removed,
                       guint           added,
                       VbSecurityPage *self)
{
  if (self->domain && !vb_record_is_live (VB_RECORD (self->domain)))
    show_domain (self, NULL, FALSE);
  else
    sync_list_selection (self);
}

/* ------------------------------------------------------------ actions */

static void
add_domain_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbQuestionDomain *domain = vb_project_add_question_domain (project_of (self), &error);

  if (domain == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  show_domain (self, domain, TRUE);
  focus_domain_field (self, "title");
}

static void
add_question_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  VbQuestion *question;

  if (self->domain == NULL)
    return;
  question = vb_question_domain_add_question (self->domain, &error);
  if (question == NULL)
    {
      vb_report_error (widget, error);
      return;
    }
  open_question (self, question, "text");
}

static void
confirm_domain_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->domain && !vb_record_confirm (VB_RECORD (self->domain), &error))
    vb_report_error (widget, error);
  else
    focus_domain_field (self, "included");
}

static void
remove_domain_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (widget);
  g_autoptr(VbQuestionDomain) domain = self->domain ? g_object_ref (self->domain) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row;
  GtkListBoxRow *next;
  int position = -1;

  if (domain == NULL)
    return;
  row = find_row_for (self->domains_list, domain);
  if (row)
    position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_question_domain_get_title (domain))
                           ? _("the domain") : vb_question_domain_get_title (domain));
  if (!vb_record_remove (VB_RECORD (domain), &error))
    {
      vb_report_error (widget, error);
      return;
    }
  show_domain (self, NULL, FALSE);
  vb_show_undo_toast (widget, title);
  next = position >= 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->domains_list), position) : NULL;
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->domains_list), position - 1);
  if (next)
    {
      if (!is_folded (self))
        show_domain (self, g_object_get_data (G_OBJECT (next), "vb-record"), FALSE);
      vb_focus_widget (GTK_WIDGET (next));
    }
  else
    vb_focus_widget (self->add_domain_button);
}

static void
confirm_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (widget);
  VbQuestion *question = lookup_question (self, g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;

  if (question && !vb_record_confirm (VB_RECORD (question), &error))
    vb_report_error (widget, error);
  else if (question)
    {
      GtkWidget *row = find_row_for (self->questions_list, question);
      GtkWidget *field = row ? vb_field_find (row, "text") : NULL;

      if (field)
        vb_focus_widget (field);
    }
}

static void
remove_question (VbSecurityPage *self,
                 VbQuestion     *question)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row = find_row_for (self->questions_list, question);
  int position = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
  GtkListBoxRow *next;

  title = g_strdup_printf (_("Removed “%s”"), vb_str_is_blank (vb_question_get_text (question))
                           ? _("the question") : vb_question_get_text (question));
  if (!vb_record_remove (VB_RECORD (question), &error))
    {
      vb_report_error (GTK_WIDGET (self), error);
      return;
    }
  vb_show_undo_toast (GTK_WIDGET (self), title);
  next = position >= 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->questions_list), position) : NULL;
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->questions_list), position - 1);
  if (next)
    vb_focus_widget (GTK_WIDGET (next));
  else if (self->editor)
    focus_domain_field (self, "included");
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (widget);
  VbQuestion *question = lookup_question (self, g_variant_get_string (param, NULL));

  if (question)
    remove_question (self, question);
}

/* ------------------------------------------------------------ VbStagePage */

static void
vb_security_page_show_finding (VbStagePage *page,
                               VbFinding   *finding)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (page);
  GType type = vb_finding_get_subject_type (finding);
  VbQuestion *question = lookup_question (self, vb_finding_get_subject (finding));

  if (question)
    {
      open_question (self, question, vb_finding_get_field (finding));
      return;
    }
  /* the questionnaire to choose (or anything about the whole page) */
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
  refresh_navigation (self);
  if (type == VB_TYPE_PROJECT_SETTINGS || self->questionnaire_row)
    vb_focus_widget (self->questionnaire_row);
}

static void
vb_security_page_set_writable (VbStagePage *page,
                               gboolean     writable)
{
  GtkWidget *widget = GTK_WIDGET (page);
  static const char *const actions[] = {
    "security.add-domain", "security.add-question", "security.confirm-domain", "security.remove-domain",
    "security.confirm", "security.remove",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (widget, actions[i], writable);
}

static GtkWidget *
vb_security_page_get_initial_focus (VbStagePage *page)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (page);

  return self->questionnaire_row;
}

static gboolean
vb_security_page_can_navigate_back (VbStagePage *page)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (page);

  return is_folded (self) &&
         adw_leaflet_get_visible_child (ADW_LEAFLET (self->leaflet)) == self->editor_stack;
}

static gboolean
vb_security_page_navigate_back (VbStagePage *page)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (page);
  GtkWidget *row;

  if (!vb_security_page_can_navigate_back (page))
    return FALSE;
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  row = self->domain ? find_row_for (self->domains_list, self->domain) : NULL;
  vb_focus_widget (row ? row : self->domains_list);
  refresh_navigation (self);
  return TRUE;
}

static void
vb_security_page_stage_page_init (VbStagePageInterface *iface)
{
  iface->show_finding = vb_security_page_show_finding;
  iface->set_writable = vb_security_page_set_writable;
  iface->get_initial_focus = vb_security_page_get_initial_focus;
  iface->navigate_back = vb_security_page_navigate_back;
  iface->can_navigate_back = vb_security_page_can_navigate_back;
}

/* ------------------------------------------------------------ GObject */

static void
on_leaflet_notify_cb (AdwLeaflet     *leaflet,
                      GParamSpec     *pspec,
                      VbSecurityPage *self)
{
  refresh_navigation (self);
}

static void
build (VbSecurityPage *self)
{
  VbProject *project = project_of (self);
  GListModel *domains = vb_project_get_question_domains (project);

  /* the drop-down writes through the settings' rule: Lite or Full asks
   * exactly its questions, in one undo step */
  self->questionnaire_row = vb_choice_row_new (VB_RECORD (settings_of (self)), "questionnaire", _("Questionnaire"));
  gtk_list_box_append (GTK_LIST_BOX (self->questionnaire_list), self->questionnaire_row);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->domains_list),
                                vb_placeholder_new (NULL, _("No domains yet"),
                                                    _("Start with a domain, such as “Access control”, then add the "
                                                      "questions vendors answer in it."),
                                                    _("Add Domain"), "security.add-domain"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->domains_list), domains, create_domain_row_cb, NULL, NULL);
  g_signal_connect (self->domains_list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->domains_list, "row-selected", G_CALLBACK (on_row_selected_cb), self);

  gtk_box_append (GTK_BOX (self->footer_box),
                  vb_stage_footer_new (vb_context_get_guide (self->context), VB_STAGE_SECURITY));

  g_signal_connect_object (domains, "items-changed", G_CALLBACK (on_domains_changed_cb), self, 0);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self, 0);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify_cb), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify_cb), self);
  update_counts (self);

  if (g_list_model_get_n_items (domains) > 0)
    {
      g_autoptr(VbQuestionDomain) first = g_list_model_get_item (domains, 0);
      show_domain (self, first, FALSE);
    }
}

static void
vb_security_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (object);

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
vb_security_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (object);

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
vb_security_page_constructed (GObject *object)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (object);

  G_OBJECT_CLASS (vb_security_page_parent_class)->constructed (object);
  g_return_if_fail (VB_IS_CONTEXT (self->context));
  build (self);
}

static void
vb_security_page_dispose (GObject *object)
{
  VbSecurityPage *self = VB_SECURITY_PAGE (object);

  if (self->leaflet)
    g_signal_handlers_disconnect_by_data (self->leaflet, self);
  if (self->domains_list)
    {
      g_signal_handlers_disconnect_by_data (self->domains_list, self);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->domains_list), NULL, NULL, NULL, NULL);
    }
  if (self->questions_list)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->questions_list), NULL, NULL, NULL, NULL);
  self->editor = self->example_row = self->domain_counts = self->questions_list = NULL;
  self->questionnaire_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VB_TYPE_SECURITY_PAGE);
  g_clear_object (&self->domain);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vb_security_page_parent_class)->dispose (object);
}

static void
vb_security_page_class_init (VbSecurityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vb_security_page_dispose;
  object_class->constructed = vb_security_page_constructed;
  object_class->set_property = vb_security_page_set_property;
  object_class->get_property = vb_security_page_get_property;
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vendorbench/Vendorbench/stages/vb-security-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, add_domain_button);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, questionnaire_list);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, domains_list);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, footer_box);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, editor_scroller);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, VbSecurityPage, empty_page);

  gtk_widget_class_install_action (widget_class, "security.add-domain", NULL, add_domain_action);
  gtk_widget_class_install_action (widget_class, "security.add-question", NULL, add_question_action);
  gtk_widget_class_install_action (widget_class, "security.confirm-domain", NULL, confirm_domain_action);
  gtk_widget_class_install_action (widget_class, "security.remove-domain", NULL, remove_domain_action);
  gtk_widget_class_install_action (widget_class, "security.confirm", "s", confirm_action);
  gtk_widget_class_install_action (widget_class, "security.remove", "s", remove_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vb_security_page_init (VbSecurityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
