/* vb-template-seed.c — what a template puts into a new project's
 * vendor-selection stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new project from a template other than "blank" starts with that
 * template's RFP sections and requirements, the whole security and
 * compliance questionnaire (every question asked, the Lite ones marked;
 * the project has not chosen Lite or Full yet, so the Security page asks)
 * the reference call sheet and the transition plan (phases and tasks). A
 * blank project starts with none of them.
 * The lists come from vb-template-selection.c; every row is checked like
 * any input and marked as an example until the user edits it, as the rows
 * of vb-template.c are.
 */

#define G_LOG_DOMAIN "vb-template"

#include "config.h"


#include "vb-project-private.h"
#include "vb-template-private.h"
#include "vb-template-xml.h"
#include "vb-value.h"

/* Insert @row, a new row of @table at @position made at @now, with a new
 * UUID and, when the table has one, the example mark */
gboolean
vb_template_insert_seeded (sqlite3        *db,
                           const VbTable  *table,
                           VbValue        *row,
                           gint64          position,
                           const char     *now,
                           GError        **error)
{
  g_autofree char *uuid = vb_uuid_new ();
  int example = vb_table_column_index (table, "example");
  int pos = vb_table_position_index (table);

  vb_value_set_text (&row[0], uuid);
  if (pos >= 0)
    vb_value_set_int (&row[pos], position);
  vb_value_set_text (&row[vb_table_modified_index (table)], now);
  /* what a template seeds is an example until the user checks it */
  if (example >= 0)
    vb_value_set_int (&row[example], 1);

  /* checked like any input: a broken template must not slip in */
  for (guint i = 1; i < vb_table_n_columns (table); i++)
    if (!vb_value_check (&row[i], table, vb_table_get_column (table, i), error))
      return FALSE;
  return db == NULL || vb_db_insert_row (db, table, row, error);
}

static void
set_text (const VbTable *table,
          VbValue       *row,
          const char    *column,
          const char    *text)
{
  vb_value_set_text (&row[vb_table_column_index (table, column)], text ? text : "");
}

static void
set_int (const VbTable *table,
         VbValue       *row,
         const char    *column,
         gint64         value)
{
  vb_value_set_int (&row[vb_table_column_index (table, column)], value);
}

/* The UUID the last vb_template_insert_seeded() gave @row */
static char *
uuid_of (const VbValue *row)
{
  return g_strdup (row[0].v.s);
}

static gboolean
seed_requirements (sqlite3            *db,
                   const VbSchema     *schema,
                   VbProjectTemplate   template_id,
                   const char         *now,
                   GError            **error)
{
  const VbTable *sections_table = vb_schema_lookup_table (schema, "requirement_section");
  const VbTable *requirements_table = vb_schema_lookup_table (schema, "requirement");
  g_autoptr(GPtrArray) sections = vb_template_get_requirement_sections (template_id, error);
  gint64 n_requirements = 0;

  if (sections == NULL)
    return FALSE;
  for (guint i = 0; i < sections->len; i++)
    {
      VbTemplateSection *section = g_ptr_array_index (sections, i);
      VbValue *row = vb_row_new (sections_table);
      g_autofree char *section_id = NULL;
      gboolean ok;

      set_text (sections_table, row, "key", section->key);
      set_text (sections_table, row, "title", section->title);
      set_text (sections_table, row, "description", section->description);
      ok = vb_template_insert_seeded (db, sections_table, row, i, now, error);
      section_id = uuid_of (row);
      vb_row_free (sections_table, row);
      if (!ok)
        return FALSE;

      for (guint j = 0; j < section->requirements->len; j++)
        {
          VbTemplateRequirement *requirement = g_ptr_array_index (section->requirements, j);

          row = vb_row_new (requirements_table);
          set_text (requirements_table, row, "section_id", section_id);
          set_text (requirements_table, row, "key", requirement->key);
          set_text (requirements_table, row, "text", requirement->text);
          set_text (requirements_table, row, "priority", vb_enum_get_nick (VB_TYPE_PRIORITY, requirement->priority));
          ok = vb_template_insert_seeded (db, requirements_table, row, n_requirements++, now, error);
          vb_row_free (requirements_table, row);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
seed_questionnaire (sqlite3         *db,
                    const VbSchema  *schema,
                    const char      *now,
                    GError         **error)
{
  const VbTable *domains_table = vb_schema_lookup_table (schema, "question_domain");
  const VbTable *questions_table = vb_schema_lookup_table (schema, "question");
  const VbTable *tags_table = vb_schema_lookup_table (schema, "question_framework");
  g_autoptr(GPtrArray) domains = vb_questionnaire_load (error);
  gint64 n_questions = 0, n_tags = 0;

  if (domains == NULL)
    return FALSE;
  for (guint i = 0; i < domains->len; i++)
    {
      VbTemplateDomain *domain = g_ptr_array_index (domains, i);
      VbValue *row = vb_row_new (domains_table);
      g_autofree char *domain_id = NULL;
      gboolean ok;

      set_text (domains_table, row, "key", domain->key);
      set_text (domains_table, row, "code", domain->code);
      set_text (domains_table, row, "title", domain->title);
      ok = vb_template_insert_seeded (db, domains_table, row, i, now, error);
      domain_id = uuid_of (row);
      vb_row_free (domains_table, row);
      if (!ok)
        return FALSE;

      for (guint j = 0; j < domain->questions->len; j++)
        {
          VbTemplateQuestion *question = g_ptr_array_index (domain->questions, j);
          g_autofree char *question_id = NULL;

          row = vb_row_new (questions_table);
          set_text (questions_table, row, "domain_id", domain_id);
          set_text (questions_table, row, "key", question->key);
          set_text (questions_table, row, "text", question->text);
          set_text (questions_table, row, "expected_answer", vb_enum_get_nick (VB_TYPE_YES_NO, question->answer));
          vb_value_set_real (&row[vb_table_column_index (questions_table, "weight")], question->weight);
          set_int (questions_table, row, "high_risk", question->high_risk);
          set_text (questions_table, row, "guidance", question->guidance);
          set_int (questions_table, row, "lite", question->lite);
          ok = vb_template_insert_seeded (db, questions_table, row, n_questions++, now, error);
          question_id = uuid_of (row);
          vb_row_free (questions_table, row);
          if (!ok)
            return FALSE;

          for (guint k = 0; question->frameworks[k]; k++)
            {
              row = vb_row_new (tags_table);
              set_text (tags_table, row, "question_id", question_id);
              set_text (tags_table, row, "tag", question->frameworks[k]);
              ok = vb_template_insert_seeded (db, tags_table, row, n_tags++, now, error);
              vb_row_free (tags_table, row);
              if (!ok)
                return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
seed_call_sheet (sqlite3            *db,
                 const VbSchema     *schema,
                 VbProjectTemplate   template_id,
                 const char         *now,
                 GError            **error)
{
  const VbTable *table = vb_schema_lookup_table (schema, "call_prompt");
  g_autoptr(GPtrArray) prompts = vb_call_sheet_load (template_id, error);

  if (prompts == NULL)
    return FALSE;
  for (guint i = 0; i < prompts->len; i++)
    {
      VbTemplatePrompt *prompt = g_ptr_array_index (prompts, i);
      VbValue *row = vb_row_new (table);
      gboolean ok;

      set_text (table, row, "key", prompt->key);
      set_text (table, row, "text", prompt->text);
      set_text (table, row, "hint", prompt->hint);
      ok = vb_template_insert_seeded (db, table, row, i, now, error);
      vb_row_free (table, row);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Seed @db, a new project made from @template_id, with the template's
 * requirements, the questionnaire, the call sheet and the shared
 * transition plan (vb-template-stages.c; nothing for blank) */
gboolean
vb_template_seed_selection (sqlite3            *db,
                            VbProjectTemplate   template_id,
                            GError            **error)
{
  const VbSchema *schema = vb_schema_current ();
  g_autofree char *now = vb_timestamp_now ();

  g_return_val_if_fail (db != NULL, FALSE);

  if (template_id == VB_PROJECT_TEMPLATE_BLANK)
    return TRUE;
  return seed_requirements (db, schema, template_id, now, error) &&
         seed_questionnaire (db, schema, now, error) &&
         seed_call_sheet (db, schema, template_id, now, error) &&
         vb_template_seed_transition (db, error);
}
