/* vb-response-row.c — one requirement or question in the Responses grid
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A light row: the item's text, one line of facts (must-have, high risk,
 * weight) and the shown vendor's answer as a tag. The rows stay when the
 * vendor changes; the page tells each the vendor, and the row reads the
 * answer again (no widget is rebuilt). The small helpers here treat a
 * requirement and a question alike for the page and its editor; the
 * vendor picker's model and labels are here too.
 */

#define G_LOG_DOMAIN "vb-response-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-requirement.h"
#include "vb-response-row.h"

/* The grid's order; each item keeps those its kind takes */
static const VbAnswer answer_order[] = {
  VB_ANSWER_UNSET, VB_ANSWER_MEETS, VB_ANSWER_YES, VB_ANSWER_PARTLY,
  VB_ANSWER_DOES_NOT_MEET, VB_ANSWER_NO, VB_ANSWER_NOT_APPLICABLE,
};

/* @answers: room for 5. Returns: how many */
guint
vb_response_answers_for (VbRecord *item,
                         VbAnswer *answers)
{
  gboolean requirement = VB_IS_REQUIREMENT (item);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (answer_order); i++)
    if (requirement ? vb_answer_allowed_for_requirement (answer_order[i])
                    : vb_answer_allowed_for_question (answer_order[i]))
      answers[n++] = answer_order[i];
  g_assert (n <= 5);
  return n;
}

/* Returns: (transfer none) (nullable) */
VbResponse *
vb_response_of (VbRecord *item,
                VbVendor *vendor)
{
  if (vendor == NULL || !vb_record_is_live (item))
    return NULL;
  if (VB_IS_REQUIREMENT (item))
    return vb_requirement_get_response_of (VB_REQUIREMENT (item), vendor);
  return vb_question_get_response_of (VB_QUESTION (item), vendor);
}

gboolean
vb_response_record (VbRecord  *item,
                    VbVendor  *vendor,
                    VbAnswer   answer,
                    GError   **error)
{
  if (VB_IS_REQUIREMENT (item))
    return vb_requirement_record_answer (VB_REQUIREMENT (item), vendor, answer, error);
  return vb_question_record_answer (VB_QUESTION (item), vendor, answer, error);
}

const char *
vb_response_row_item_text (VbRecord *item)
{
  const char *text = VB_IS_REQUIREMENT (item) ? vb_requirement_get_text (VB_REQUIREMENT (item))
                                              : vb_question_get_text (VB_QUESTION (item));

  return vb_str_is_blank (text) ? _("(no text yet)") : text;
}

static char *
item_facts (VbRecord *item)
{
  if (VB_IS_REQUIREMENT (item))
    return g_strdup (vb_enum_get_label (VB_TYPE_PRIORITY, vb_requirement_get_priority (VB_REQUIREMENT (item))));
  if (vb_question_get_high_risk (VB_QUESTION (item)))
    /* Translators: under a question: its mark and weight, e.g. “High risk · weight 3” */
    return g_strdup_printf (_("High risk · weight %g"), vb_question_get_weight (VB_QUESTION (item)));
  /* Translators: under a question: its weight, e.g. “Weight 2” */
  return g_strdup_printf (_("Weight %g"), vb_question_get_weight (VB_QUESTION (item)));
}

static void
response_row_update (GtkWidget *row)
{
  VbRecord *item = vb_response_row_get_item (row);
  VbVendor *vendor = g_object_get_data (G_OBJECT (row), "vb-vendor");
  GtkWidget *tag = g_object_get_data (G_OBJECT (row), "vb-tag");
  VbResponse *response;
  VbAnswer answer;
  g_autofree char *title = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  const char *label;

  if (!vb_record_is_live (item))
    return;
  response = vb_response_of (item, vendor);
  answer = response ? vb_response_get_answer (response) : VB_ANSWER_UNSET;
  label = vb_enum_get_label (VB_TYPE_ANSWER, answer);
  title = vb_markup_escape (vb_response_row_item_text (item), NULL);
  facts = item_facts (item);
  if (response && !vb_str_is_blank (vb_response_get_exception_reason (response)))
    {
      char *with = g_strdup_printf (_("%s · exception accepted"), facts);

      g_free (facts);
      facts = with;
    }
  subtitle = g_markup_escape_text (facts, -1);

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-answer")) == (int) answer + 1 &&
      g_strcmp0 (gtk_widget_get_tooltip_text (row), facts) == 0)
    return;
  g_object_set_data (G_OBJECT (row), "vb-answer", GINT_TO_POINTER ((int) answer + 1));
  gtk_widget_set_tooltip_text (row, facts);
  gtk_label_set_label (GTK_LABEL (tag), label);
  vb_tag_set_variant (tag, "vb-answer", (guint) answer, vb_enum_get_n_values (VB_TYPE_ANSWER));
  /* Translators: a row of the answers grid for screen readers: the item, its facts and the answer */
  accessible = g_strdup_printf (_("%s. %s. Answer: %s"), vb_response_row_item_text (item), facts, label);
  vb_set_accessible_label (row, accessible);
}

static void
on_item_notify_for_row_cb (GObject    *item,
                           GParamSpec *pspec,
                           GtkWidget  *row)
{
  response_row_update (row);
}

/**
 * vb_response_row_new:
 * @item: a VbRequirement or a VbQuestion
 *
 * Returns: (transfer floating): its row; no vendor shown yet
 */
GtkWidget *
vb_response_row_new (VbRecord *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *tag = vb_tag_new (NULL, "vb-answer");

  g_return_val_if_fail (VB_IS_REQUIREMENT (item) || VB_IS_QUESTION (item), NULL);
  g_object_set_data_full (G_OBJECT (row), "vb-record", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "vb-tag", tag);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  response_row_update (row);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify_for_row_cb), row, 0);
  return row;
}

/* Returns: (transfer none): the requirement or question of the row */
VbRecord *
vb_response_row_get_item (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "vb-record");
}

/* Shows @vendor's answer; called again after an edit, it changes only what differs */
void
vb_response_row_show_vendor (GtkWidget *row,
                             VbVendor  *vendor)
{
  if (g_object_get_data (G_OBJECT (row), "vb-vendor") != vendor)
    g_object_set_data_full (G_OBJECT (row), "vb-vendor", vendor ? g_object_ref (vendor) : NULL,
                            vendor ? g_object_unref : NULL);
  response_row_update (row);
}

/* The section's or the domain's title */
const char *
vb_response_item_group_title (VbRecord *item)
{
  const char *title = NULL;

  if (VB_IS_REQUIREMENT (item))
    {
      VbRequirementSection *section = vb_requirement_get_section (VB_REQUIREMENT (item));

      title = section ? vb_requirement_section_get_title (section) : NULL;
    }
  else
    {
      VbQuestionDomain *domain = vb_question_get_domain (VB_QUESTION (item));

      title = domain ? vb_question_domain_get_title (domain) : NULL;
    }
  return vb_str_is_blank (title) ? _("Untitled") : title;
}

static gpointer
group_of (VbRecord *item)
{
  if (VB_IS_REQUIREMENT (item))
    return vb_requirement_get_section (VB_REQUIREMENT (item));
  return vb_question_get_domain (VB_QUESTION (item));
}

/* A heading over the first item of each section and domain */
void
vb_response_items_header_cb (GtkListBoxRow *row,
                             GtkListBoxRow *before,
                             gpointer       user_data)
{
  VbRecord *item = vb_response_row_get_item (GTK_WIDGET (row));
  GtkWidget *header;

  if (before && group_of (vb_response_row_get_item (GTK_WIDGET (before))) == group_of (item))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (vb_response_item_group_title (item));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_list_box_row_set_header (row, header);
}

/**
 * vb_response_answer_for_key:
 *
 * Returns: the answer a key of the grid gives @item: 1–4 (or Y, P, N, A)
 *   the answers in the grid's order, 0 (or Backspace, Delete) none; -1
 *   for any other key
 */
int
vb_response_answer_for_key (VbRecord *item,
                            guint     keyval)
{
  VbAnswer answers[5];
  guint n = vb_response_answers_for (item, answers);
  int index;

  switch (keyval)
    {
    case GDK_KEY_0: case GDK_KEY_KP_0: case GDK_KEY_BackSpace: case GDK_KEY_Delete:
      index = 0;
      break;
    case GDK_KEY_1: case GDK_KEY_KP_1: case GDK_KEY_y: case GDK_KEY_Y:
      index = 1;
      break;
    case GDK_KEY_2: case GDK_KEY_KP_2: case GDK_KEY_p: case GDK_KEY_P:
      index = 2;
      break;
    case GDK_KEY_3: case GDK_KEY_KP_3: case GDK_KEY_n: case GDK_KEY_N:
      index = 3;
      break;
    case GDK_KEY_4: case GDK_KEY_KP_4: case GDK_KEY_a: case GDK_KEY_A:
      index = 4;
      break;
    default:
      return -1;
    }
  return index < (int) n ? (int) answers[index] : -1;
}

/**
 * vb_response_items_collect:
 *
 * Returns: (transfer full) (element-type VbRecord): what a vendor is
 *   asked, in order: every included requirement of an included section,
 *   then every asked question of a domain that counts
 */
GPtrArray *
vb_response_items_collect (VbProject *project)
{
  GListModel *sections = vb_project_get_requirement_sections (project);
  GListModel *domains = vb_project_get_question_domains (project);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements = vb_requirement_section_get_requirements (section);

      if (!vb_requirement_section_get_included (section))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          VbRequirement *requirement = g_list_model_get_item (requirements, j);

          if (vb_requirement_get_included (requirement))
            g_ptr_array_add (items, requirement);
          else
            g_object_unref (requirement);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      GListModel *questions = vb_question_domain_get_questions (domain);

      if (!vb_question_domain_get_included (domain))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          VbQuestion *question = g_list_model_get_item (questions, j);

          if (vb_question_get_included (question))
            g_ptr_array_add (items, question);
          else
            g_object_unref (question);
        }
    }
  return items;
}

/* ------------------------------------------------------------ the vendors */

static gboolean
filter_vendor_cb (gpointer item,
                  gpointer user_data)
{
  return vb_vendor_is_shortlisted (item);
}

/* Finalists (and the selected one) first, then the shortlist, each in list order */
static int
vendor_rank (VbVendor *vendor)
{
  return vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_SHORTLIST ? 1 : 0;
}

static int
sort_vendor_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return vendor_rank ((VbVendor *) a) - vendor_rank ((VbVendor *) b);
}

static char *
vendor_label_cb (VbVendor *vendor,
                 gpointer  user_data)
{
  if (vendor == NULL)
    return g_strdup ("");
  /* Translators: an entry of the vendor picker: name and status, e.g. “Northwind (Finalist)” */
  return g_strdup_printf (_("%s (%s)"), vb_vendor_get_display_name (vendor),
                          vb_enum_get_label (VB_TYPE_VENDOR_STATUS, vb_vendor_get_status (vendor)));
}

/**
 * vb_response_vendors_new:
 *
 * Returns: (transfer full): the vendors of @vendors the Responses page
 *   shows: the shortlist, finalists (and the selected one) first, each in
 *   the list's order
 */
GtkSortListModel *
vb_response_vendors_new (GListModel *vendors)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (filter_vendor_cb, NULL, NULL);
  GtkCustomSorter *sorter = gtk_custom_sorter_new (sort_vendor_cb, NULL, NULL);
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (vendors), GTK_FILTER (filter));

  return gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (sorter));
}

/* Filter and order @model again: a vendor changed status */
void
vb_response_vendors_changed (GtkSortListModel *model)
{
  GtkFilterListModel *filtered = GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (model));

  gtk_filter_changed (gtk_filter_list_model_get_filter (filtered), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (model), GTK_SORTER_CHANGE_DIFFERENT);
}

/* The picker's labels: on its button one line, ellipsized (a long vendor
 * name must not make the page wider than a phone; the whole name is the
 * button's tooltip), in its list wrapped on up to three lines */
static void
update_picker_label (GtkListItem *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = vendor_label_cb (gtk_list_item_get_item (list_item), NULL);

  gtk_label_set_label (GTK_LABEL (label), text);
}

static void
on_picker_vendor_notify_cb (GObject     *vendor,
                            GParamSpec  *pspec,
                            GtkListItem *list_item)
{
  update_picker_label (list_item);
}

static void
setup_picker_label_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean in_list = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (in_list)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
    }
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_picker_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  update_picker_label (list_item);
  /* a renamed vendor: its entry follows */
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify", G_CALLBACK (on_picker_vendor_notify_cb),
                           list_item, 0);
}

static void
unbind_picker_label_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item), on_picker_vendor_notify_cb, list_item);
}

static GtkListItemFactory *
picker_factory_new (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_picker_label_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_picker_label_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_picker_label_cb), NULL);
  return factory;
}

/**
 * vb_response_vendor_picker_setup:
 * @picker: the page's vendor drop-down
 * @vendors: what it offers (vb_response_vendors_new)
 *
 * Fills @picker with @vendors, each as its name and status, and names its
 * button for screen readers
 */
void
vb_response_vendor_picker_setup (GtkDropDown *picker,
                                 GListModel  *vendors)
{
  GtkExpression *expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                           G_CALLBACK (vendor_label_cb), NULL, NULL);
  g_autoptr(GtkListItemFactory) factory = picker_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = picker_factory_new (TRUE);

  gtk_drop_down_set_expression (picker, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_factory (picker, factory);
  gtk_drop_down_set_list_factory (picker, list_factory);
  gtk_drop_down_set_model (picker, vendors);
  /* GTK 4.8 names the drop-down's own button by its type: name it too */
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (picker)); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_BUTTON (c))
      vb_set_accessible_label (c, _("Vendor"));
}

/* Returns: (transfer full): @vendor's entry in the picker, e.g. for its tooltip */
char *
vb_response_vendor_label (VbVendor *vendor)
{
  return vendor_label_cb (vendor, NULL);
}

/**
 * vb_response_model_find:
 * @item: (nullable): the object to find, or NULL to find by @uuid
 * @position: (out) (optional): where it is
 *
 * Returns: (transfer none) (nullable): the record of @model that is @item
 *   or has @uuid (the model holds it)
 */
gpointer
vb_response_model_find (GListModel *model,
                        gpointer    item,
                        const char *uuid,
                        guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; (item || uuid) && i < n; i++)
    {
      g_autoptr(VbRecord) record = g_list_model_get_item (model, i);

      if (item ? (gpointer) record == item : g_str_equal (vb_record_get_uuid (record), uuid))
        {
          if (position)
            *position = i;
          return record;
        }
    }
  return NULL;
}
