/* vb-response-workbook.c — the layout of the vendor response workbook
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-response-workbook"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-project-settings.h"
#include "vb-question.h"
#include "vb-question-domain.h"
#include "vb-requirement.h"
#include "vb-requirement-section.h"
#include "vb-response-workbook.h"
#include "vb-schema.h"

static const char *const column_titles[VB_RESPONSE_N_COLUMNS] = {
  N_("Item ID (do not change)"),
  N_("Section or domain"),
  N_("Requirement or question"),
  N_("Priority or weight"),
  N_("Answer"),
  N_("Details"),
  N_("Evidence"),
};

const char *
vb_response_column_title (VbResponseColumn column)
{
  g_return_val_if_fail (column < VB_RESPONSE_N_COLUMNS, "");
  return _(column_titles[column]);
}

gboolean
vb_response_workbook_has_item (VbRecord *item)
{
  if (VB_IS_REQUIREMENT (item))
    {
      VbRequirement *r = VB_REQUIREMENT (item);
      VbRequirementSection *section = vb_requirement_get_section (r);

      return vb_record_is_live (item) && vb_requirement_get_included (r) &&
             section != NULL && vb_requirement_section_get_included (section);
    }
  if (VB_IS_QUESTION (item))
    {
      VbQuestion *q = VB_QUESTION (item);
      VbQuestionDomain *domain = vb_question_get_domain (q);

      return vb_record_is_live (item) && vb_question_get_included (q) &&
             domain != NULL && vb_question_domain_get_included (domain);
    }
  return FALSE;
}

GPtrArray *
vb_response_workbook_items (VbProject *project)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *sections, *domains;

  g_return_val_if_fail (VB_IS_PROJECT (project), items);

  sections = vb_project_get_requirement_sections (project);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *requirements;

      if (!vb_requirement_section_get_included (section))
        continue;
      requirements = vb_requirement_section_get_requirements (section);
      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          VbRequirement *r = g_list_model_get_item (requirements, j);

          if (vb_requirement_get_included (r))
            g_ptr_array_add (items, r);
          else
            g_object_unref (r);
        }
    }

  domains = vb_project_get_question_domains (project);
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      GListModel *questions;

      if (!vb_question_domain_get_included (domain))
        continue;
      questions = vb_question_domain_get_questions (domain);
      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          VbQuestion *q = g_list_model_get_item (questions, j);

          if (vb_question_get_included (q))
            g_ptr_array_add (items, q);
          else
            g_object_unref (q);
        }
    }
  return items;
}

gboolean
vb_response_item_allows (VbRecord *item,
                         VbAnswer  answer)
{
  if (VB_IS_REQUIREMENT (item))
    return vb_answer_allowed_for_requirement (answer);
  if (VB_IS_QUESTION (item))
    return vb_answer_allowed_for_question (answer);
  return FALSE;
}

/* In the order a drop-down offers them: the compliant answer first */
static const VbAnswer requirement_answers[] = {
  VB_ANSWER_MEETS, VB_ANSWER_PARTLY, VB_ANSWER_DOES_NOT_MEET, VB_ANSWER_NOT_APPLICABLE,
};
static const VbAnswer question_answers[] = {
  VB_ANSWER_YES, VB_ANSWER_NO, VB_ANSWER_PARTLY, VB_ANSWER_NOT_APPLICABLE,
};

guint
vb_response_item_answers (VbRecord *item,
                          VbAnswer *answers)
{
  const VbAnswer *list = VB_IS_REQUIREMENT (item) ? requirement_answers : question_answers;
  guint n = 0;

  if (!VB_IS_REQUIREMENT (item) && !VB_IS_QUESTION (item))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (requirement_answers); i++)
    if (vb_response_item_allows (item, list[i]))
      answers[n++] = list[i];
  return n;
}

const char *
vb_response_item_group (VbRecord *item)
{
  if (VB_IS_REQUIREMENT (item))
    {
      VbRequirementSection *section = vb_requirement_get_section (VB_REQUIREMENT (item));
      return section ? vb_requirement_section_get_title (section) : "";
    }
  if (VB_IS_QUESTION (item))
    {
      VbQuestionDomain *domain = vb_question_get_domain (VB_QUESTION (item));
      return domain ? vb_question_domain_get_title (domain) : "";
    }
  return "";
}

const char *
vb_response_item_text (VbRecord *item)
{
  const char *text = NULL;

  if (VB_IS_REQUIREMENT (item))
    text = vb_requirement_get_text (VB_REQUIREMENT (item));
  else if (VB_IS_QUESTION (item))
    text = vb_question_get_text (VB_QUESTION (item));
  return text ? text : "";
}

char *
vb_response_item_priority (VbRecord *item)
{
  if (VB_IS_REQUIREMENT (item))
    return g_strdup (vb_enum_get_label (VB_TYPE_PRIORITY, vb_requirement_get_priority (VB_REQUIREMENT (item))));
  if (VB_IS_QUESTION (item))
    {
      VbQuestion *q = VB_QUESTION (item);
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (number, sizeof number, "%g", vb_question_get_weight (q));
      if (vb_question_get_high_risk (q))
        /* TRANSLATORS: a question's weight, and that it is high-risk */
        return g_strdup_printf (_("Weight %s, high risk"), number);
      return g_strdup_printf (_("Weight %s"), number);
    }
  return g_strdup ("");
}

VbResponse *
vb_response_item_response_of (VbRecord *item,
                              VbVendor *vendor)
{
  if (VB_IS_REQUIREMENT (item))
    return vb_requirement_get_response_of (VB_REQUIREMENT (item), vendor);
  if (VB_IS_QUESTION (item))
    return vb_question_get_response_of (VB_QUESTION (item), vendor);
  return NULL;
}

gboolean
vb_response_parse_answer (const char *text,
                          VbAnswer   *answer)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);
  guint n = vb_enum_get_n_values (VB_TYPE_ANSWER);

  if (*folded == '\0')
    {
      *answer = VB_ANSWER_UNSET;
      return TRUE;
    }
  for (guint i = 0; i < n; i++)
    {
      int value = vb_enum_get_value (VB_TYPE_ANSWER, i);
      g_autofree char *label = g_utf8_casefold (vb_enum_get_label (VB_TYPE_ANSWER, value), -1);
      g_autofree char *nick = g_utf8_casefold (vb_enum_get_nick (VB_TYPE_ANSWER, value), -1);

      if (strcmp (folded, label) == 0 || (*nick && strcmp (folded, nick) == 0))
        {
          *answer = (VbAnswer) value;
          return TRUE;
        }
    }
  return FALSE;
}

char *
vb_response_workbook_stamp (VbProject *project,
                            VbVendor  *vendor)
{
  VbProjectSettings *settings = vb_project_get_settings (project);

  return g_strdup_printf ("%s; %s=%s; %s=%s; %s=%d", VB_RESPONSE_DOCUMENT_NAME,
                          VB_RESPONSE_ABOUT_PROJECT, vb_record_get_uuid (VB_RECORD (settings)),
                          VB_RESPONSE_ABOUT_VENDOR, vb_record_get_uuid (VB_RECORD (vendor)),
                          VB_RESPONSE_ABOUT_SCHEMA, VB_SCHEMA_VERSION);
}

gboolean
vb_response_workbook_parse_stamp (const char  *text,
                                  char       **project_uuid,
                                  char       **vendor_uuid,
                                  int         *schema)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ";", -1);
  gboolean is_ours = FALSE;

  *project_uuid = NULL;
  *vendor_uuid = NULL;
  *schema = 0;
  for (guint i = 0; parts[i]; i++)
    {
      char *part = g_strstrip (parts[i]);
      char *eq = strchr (part, '=');

      if (i == 0)
        {
          is_ours = g_ascii_strcasecmp (part, VB_RESPONSE_DOCUMENT_NAME) == 0;
          continue;
        }
      if (eq == NULL)
        continue;
      *eq = '\0';
      g_strstrip (part);
      if (strcmp (part, VB_RESPONSE_ABOUT_PROJECT) == 0)
        {
          g_free (*project_uuid);
          *project_uuid = g_strdup (g_strstrip (eq + 1));
        }
      else if (strcmp (part, VB_RESPONSE_ABOUT_VENDOR) == 0)
        {
          g_free (*vendor_uuid);
          *vendor_uuid = g_strdup (g_strstrip (eq + 1));
        }
      else if (strcmp (part, VB_RESPONSE_ABOUT_SCHEMA) == 0)
        *schema = (int) g_ascii_strtoll (eq + 1, NULL, 10);
    }
  return is_ours;
}

/* -------------------------------------------------- CSV formula guard */

static gboolean
starts_like_formula (const char *text)
{
  while (*text == '\'')
    text++;
  return *text != '\0' && strchr ("=+-@\t\r", *text) != NULL;
}

char *
vb_response_csv_guard (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (starts_like_formula (text))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

char *
vb_response_csv_restore (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  /* only the apostrophe the guard adds: one before a text that would
   * need it */
  if (text[0] == '\'' && starts_like_formula (text + 1))
    return g_strdup (text + 1);
  return g_strdup (text);
}
