/* vb-template.c — project templates
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each template (customer support, back office, IT help desk, blank) seeds
 * a new project's objectives, its task inventory and the team's own hours;
 * vb-template-seed.c adds the vendor-selection lists.
 * What a template seeds is an example (DESIGN.md §1): marked so until the
 * user confirms or edits it, so that a new project is not "complete"
 * before the user typed anything. Later stages add their elements to the
 * same files and to this seeder; the vendor-selection lists (requirement
 * sections, questionnaire, call sheet) are read by vb-template-selection.c
 * with the XML helpers defined here (vb-template-xml.h). The loader knows every element and
 * attribute it reads: anything else is an error, so that a typo in a
 * template cannot silently drop content.
 */

#define G_LOG_DOMAIN "vb-template"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "vb-error.h"
#include "vb-project-private.h"
#include "vb-resource.h"
#include "vb-template-private.h"
#include "vb-template-xml.h"
#include "vb-value.h"

static const char *const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };

static const char *const objective_attributes[] = { "kind", NULL };
static const char *const task_attributes[] = { "kind", "channel", "volume", "handle-minutes", "days", "from", "to",
                                               "timezone", "languages", "annual-cost", "engineering",
                                               "brand-critical", "regulated", NULL };
static const char *const team_attributes[] = { "days", "from", "to", "timezone", "languages", NULL };

const char *const vb_template_root_attributes[] = { "id", "version", "default-channel", NULL };
/* The seeder reads the first five; vb-template-selection.c the requirement
 * sections and prompts; vb-template-stages.c the rest */
const char *const vb_template_root_children[] = { "name", "description", "objective", "task", "team",
                                                  "requirement-section", "prompt", "criterion-category", "sla",
                                                  "escalation-tier", "workflow", NULL };

void
vb_template_info_free (VbTemplateInfo *info)
{
  g_free (info->name);
  g_free (info->description);
  g_free (info);
}

int
vb_days_from_string (const char *days)
{
  g_auto(GStrv) parts = g_strsplit (days ? days : "", ",", -1);
  int mask = 0;

  for (guint i = 0; parts[i]; i++)
    for (guint d = 0; day_names[d]; d++)
      if (g_ascii_strcasecmp (g_strstrip (parts[i]), day_names[d]) == 0)
        mask |= 1 << d;
  return mask;
}

char *
vb_days_to_string (int mask)
{
  GString *s = g_string_new (NULL);

  for (guint d = 0; day_names[d]; d++)
    if (mask & (1 << d))
      g_string_append_printf (s, "%s%s", s->len ? "," : "", day_names[d]);
  return g_string_free (s, FALSE);
}

int
vb_minutes_from_string (const char *hhmm)
{
  int h, m;

  if (hhmm == NULL || sscanf (hhmm, "%d:%d", &h, &m) != 2 || h < 0 || m < 0 || m > 59 ||
      h * 60 + m > 1440)
    return -1;
  return h * 60 + m;
}

gboolean
vb_template_xml_error (GError     **error,
                       const char  *source,
                       const char  *detail)
{
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE,
               /* Translators: a built-in file (“customer-support”, “questionnaire”), then the problem */
               _("The built-in template “%s” cannot be used: %s."), source, detail);
  return FALSE;
}


gboolean
vb_template_xml_is (xmlNode    *node,
                    const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) name) == 0;
}

/* Every attribute of @node is one of @known */
gboolean
vb_template_xml_check_attributes (xmlNode            *node,
                                  const char *const  *known,
                                  const char         *source,
                                  GError            **error)
{
  for (xmlAttr *a = node->properties; a; a = a->next)
    if (a->ns != NULL || !g_strv_contains (known, (const char *) a->name))
      {
        /* Translators: e.g. an unknown attribute “colour” on <requirement> */
        g_autofree char *detail = g_strdup_printf (_("an unknown attribute “%s” on <%s>"), a->name, node->name);
        return vb_template_xml_error (error, source, detail);
      }
  return TRUE;
}

/* Every child element of @node is one of @known (NULL: none), and no text
 * stands between them */
gboolean
vb_template_xml_check_children (xmlNode            *node,
                                const char *const  *known,
                                const char         *source,
                                GError            **error)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type == XML_ELEMENT_NODE && (known == NULL || !g_strv_contains (known, (const char *) c->name)))
        {
          /* Translators: two XML elements, e.g. an unknown element <colour> in <requirement> */
          g_autofree char *detail = g_strdup_printf (_("an unknown element <%s> in <%s>"), c->name, node->name);
          return vb_template_xml_error (error, source, detail);
        }
      if (known != NULL && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
          !xmlIsBlankNode (c))
        {
          g_autofree char *detail = g_strdup_printf (_("text outside an element in <%s>"), node->name);
          return vb_template_xml_error (error, source, detail);
        }
      if (c->type == XML_ENTITY_REF_NODE || c->type == XML_PI_NODE)
        {
          g_autofree char *detail = g_strdup_printf (_("an entity or processing instruction in <%s>"), node->name);
          return vb_template_xml_error (error, source, detail);
        }
    }
  return TRUE;
}

/* Parsed without network, DTD or entity loading; the root must be
 * @root_name */
xmlDoc *
vb_template_xml_read (GBytes      *bytes,
                      const char  *source,
                      const char  *root_name,
                      GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDoc *doc = NULL;
  xmlNode *root;

  xmlResetLastError ();
  if (size <= G_MAXINT)
    doc = xmlReadMemory (data, (int) size, source, "UTF-8",
                         XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || xmlStrcmp (root->name, (const xmlChar *) root_name) != 0 || doc->intSubset != NULL)
    {
      const xmlError *e = xmlGetLastError ();
      g_autofree char *problem = g_strstrip (g_strdup (e && e->message ? e->message : ""));
      g_autofree char *detail = NULL;

      if (doc == NULL)
        /* Translators: the line and libxml2's (English) description of the fault */
        detail = g_strdup_printf (_("it is not well-formed XML (line %d: %s)"), e ? e->line : 0, problem);
      else if (doc->intSubset != NULL)
        detail = g_strdup (_("it declares a document type, which a built-in list may not"));
      else
        /* Translators: %s is the XML element the file must start with */
        detail = g_strdup_printf (_("it is not a <%s> document"), root_name);
      if (doc)
        xmlFreeDoc (doc);
      vb_template_xml_error (error, source, detail);
      return NULL;
    }
  return doc;
}

static xmlDoc *
load_template (VbProjectTemplate   template_id,
               GError            **error)
{
  const char *id = vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, template_id);
  g_autofree char *name = g_strconcat ("templates/", id, ".xml", NULL);
  g_autoptr(GBytes) bytes = vb_core_resource_data (name, error);

  if (bytes == NULL)
    return NULL;
  return vb_template_xml_read (bytes, id, "vendorbench-template", error);
}

char *
vb_template_xml_prop (xmlNode    *node,
                      const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *out = g_strdup (value ? (const char *) value : "");

  xmlFree (value);
  return out;
}

/* The text of @node with white space collapsed as xgettext collapses it,
 * untranslated */
char *
vb_template_xml_normal_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  g_auto(GStrv) words = g_strsplit_set (content ? (const char *) content : "", " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  xmlFree (content);
  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* The translated text of the first child element @name ("" if none) */
char *
vb_template_xml_child_text (xmlNode    *node,
                            const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, name))
      {
        g_autofree char *normal = vb_template_xml_normal_text (c);

        return g_strdup (*normal ? g_dgettext (GETTEXT_PACKAGE, normal) : "");
      }
  return g_strdup ("");
}





/**
 * vb_template_list:
 *
 * Returns: (transfer full) (element-type VbTemplateInfo): every template,
 *   in the enumeration's order, with its translated name and description
 */
GPtrArray *
vb_template_list (void)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_info_free);
  guint n = vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE);

  for (guint i = 0; i < n; i++)
    {
      xmlDoc *doc = load_template ((VbProjectTemplate) i, NULL);
      VbTemplateInfo *info;

      if (doc == NULL)
        continue;
      info = g_new0 (VbTemplateInfo, 1);
      info->id = (VbProjectTemplate) i;
      info->name = vb_template_xml_child_text (xmlDocGetRootElement (doc), "name");
      info->description = vb_template_xml_child_text (xmlDocGetRootElement (doc), "description");
      g_ptr_array_add (out, info);
      xmlFreeDoc (doc);
    }
  return out;
}

/* The channel a new task of a project from this template starts with */
VbChannel
vb_template_get_default_channel (VbProjectTemplate id)
{
  xmlDoc *doc = load_template (id, NULL);
  g_autofree char *channel = NULL;
  int value = VB_CHANNEL_EMAIL;

  if (doc == NULL)
    return VB_CHANNEL_EMAIL;
  channel = vb_template_xml_prop (xmlDocGetRootElement (doc), "default-channel");
  xmlFreeDoc (doc);
  if (!vb_enum_from_nick (VB_TYPE_CHANNEL, channel, &value))
    value = VB_CHANNEL_EMAIL;
  return (VbChannel) value;
}

static void
set_text (const VbTable *table,
          VbValue       *row,
          const char    *column,
          const char    *text)
{
  vb_value_set_text (&row[vb_table_column_index (table, column)], text);
}

static gboolean
set_real_prop (const VbTable  *table,
               VbValue        *row,
               const char     *column,
               xmlNode        *node,
               const char     *attr,
               const char     *id,
               GError        **error)
{
  g_autofree char *v = vb_template_xml_prop (node, attr);
  char *end = NULL;
  double d;

  if (*v == '\0')
    return TRUE;
  d = g_ascii_strtod (v, &end);
  if (end == v || *end != '\0')
    {
      g_autofree char *detail = g_strdup_printf (_("“%s” is not a number in %s="), v, attr);
      return vb_template_xml_error (error, id, detail);
    }
  vb_value_set_real (&row[vb_table_column_index (table, column)], d);
  return TRUE;
}

static gboolean
set_minutes_prop (const VbTable  *table,
                  VbValue        *row,
                  const char     *column,
                  xmlNode        *node,
                  const char     *attr,
                  const char     *id,
                  GError        **error)
{
  g_autofree char *v = vb_template_xml_prop (node, attr);
  int minutes;

  if (*v == '\0')
    return TRUE;
  minutes = vb_minutes_from_string (v);
  if (minutes < 0)
    {
      g_autofree char *detail = g_strdup_printf (_("“%s” is not a time of day in %s="), v, attr);
      return vb_template_xml_error (error, id, detail);
    }
  vb_value_set_int (&row[vb_table_column_index (table, column)], minutes);
  return TRUE;
}

static gboolean
set_flag_prop (const VbTable  *table,
               VbValue        *row,
               const char     *column,
               xmlNode        *node,
               const char     *attr,
               const char     *id,
               GError        **error)
{
  g_autofree char *v = vb_template_xml_prop (node, attr);

  if (*v && !g_str_equal (v, "yes") && !g_str_equal (v, "no"))
    {
      g_autofree char *detail = g_strdup_printf (_("%s= must be yes or no, not “%s”"), attr, v);
      return vb_template_xml_error (error, id, detail);
    }
  vb_value_set_int (&row[vb_table_column_index (table, column)], g_str_equal (v, "yes"));
  return TRUE;
}

static gboolean
seed_team (sqlite3     *db,
           xmlNode     *team,
           const char  *id,
           GError     **error)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "project");
  g_autofree char *days = vb_template_xml_prop (team, "days");
  g_autofree char *from = vb_template_xml_prop (team, "from");
  g_autofree char *to = vb_template_xml_prop (team, "to");
  g_autofree char *tz = vb_template_xml_prop (team, "timezone");
  g_autofree char *languages = vb_template_xml_prop (team, "languages");
  int from_minutes = vb_minutes_from_string (from);
  int to_minutes = vb_minutes_from_string (to);
  VbValue v = VB_VALUE_INIT;
  sqlite3_stmt *stmt = NULL;
  int rc;

  vb_value_set_text (&v, tz);
  if (!vb_value_check (&v, table, vb_table_get_column (table, vb_table_column_index (table, "team_timezone")), error))
    {
      vb_value_clear (&v);
      return FALSE;
    }
  vb_value_clear (&v);
  if (from_minutes < 0 || to_minutes < 0)
    return vb_template_xml_error (error, id, _("the team’s hours are not times of day"));
  if (db == NULL)
    return TRUE;

  rc = sqlite3_prepare_v2 (db, "UPDATE project SET team_days = ?1, team_from = ?2, team_to = ?3, "
                               "team_timezone = ?4, team_languages = ?5, team_example = 1", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return vb_template_xml_error (error, id, sqlite3_errmsg (db));
  sqlite3_bind_int (stmt, 1, vb_days_from_string (days));
  sqlite3_bind_int (stmt, 2, from_minutes);
  sqlite3_bind_int (stmt, 3, to_minutes);
  sqlite3_bind_text (stmt, 4, tz, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, languages, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return vb_template_xml_error (error, id, sqlite3_errmsg (db));
  return TRUE;
}

/* @node holds plain text only: no attribute, no element */
static gboolean
check_leaf (xmlNode     *node,
            const char  *id,
            GError     **error)
{
  static const char *const none[] = { NULL };

  return vb_template_xml_check_attributes (node, none, id, error) &&
         vb_template_xml_check_children (node, NULL, id, error);
}

static gboolean
check_leaves (xmlNode     *node,
              const char  *id,
              GError     **error)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && !check_leaf (c, id, error))
      return FALSE;
  return TRUE;
}

/* The seeding itself, from the template @id's document; with @db NULL it
 * only checks it */
static gboolean
seed_document (sqlite3     *db,
               xmlDoc      *doc,
               const char  *id,
               GError     **error)
{
  static const char *const no_children[] = { NULL };
  const VbSchema *schema = vb_schema_current ();
  const VbTable *objectives = vb_schema_lookup_table (schema, "objective");
  const VbTable *tasks = vb_schema_lookup_table (schema, "task");
  static const char *const objective_children[] = { "title", "target", NULL };
  static const char *const task_children[] = { "name", "function", NULL };
  g_autofree char *now = vb_timestamp_now ();
  g_autofree char *file_id = NULL;
  /* objective kind → the UUID of its first objective, for an SLA's objective= */
  g_autoptr(GHashTable) objective_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlNode *root = xmlDocGetRootElement (doc);
  gint64 n_objectives = 0, n_tasks = 0;
  gboolean ok = TRUE;

  file_id = vb_template_xml_prop (root, "id");
  ok = vb_template_xml_check_attributes (root, vb_template_root_attributes, id, error) &&
       vb_template_xml_check_children (root, vb_template_root_children, id, error);
  if (ok && !g_str_equal (file_id, id))
    ok = vb_template_xml_error (error, id, _("its id does not match its file"));

  for (xmlNode *node = root->children; node && ok; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (xmlStrcmp (node->name, (const xmlChar *) "objective") == 0)
        {
          VbValue *row = vb_row_new (objectives);
          g_autofree char *kind = vb_template_xml_prop (node, "kind");
          g_autofree char *title = vb_template_xml_child_text (node, "title");
          g_autofree char *target = vb_template_xml_child_text (node, "target");

          ok = vb_template_xml_check_attributes (node, objective_attributes, id, error) &&
               vb_template_xml_check_children (node, objective_children, id, error) &&
               check_leaves (node, id, error);
          set_text (objectives, row, "kind", kind);
          set_text (objectives, row, "title", title);
          set_text (objectives, row, "target", target);
          ok = ok && vb_template_insert_seeded (db, objectives, row, n_objectives++, now, error);
          if (ok && !g_hash_table_contains (objective_ids, kind))
            g_hash_table_insert (objective_ids, g_strdup (kind), g_strdup (row[0].v.s));
          vb_row_free (objectives, row);
        }
      else if (xmlStrcmp (node->name, (const xmlChar *) "task") == 0)
        {
          VbValue *row = vb_row_new (tasks);
          g_autofree char *name = vb_template_xml_child_text (node, "name");
          g_autofree char *function = vb_template_xml_child_text (node, "function");
          g_autofree char *kind = vb_template_xml_prop (node, "kind");
          g_autofree char *channel = vb_template_xml_prop (node, "channel");
          g_autofree char *days = vb_template_xml_prop (node, "days");
          g_autofree char *tz = vb_template_xml_prop (node, "timezone");
          g_autofree char *languages = vb_template_xml_prop (node, "languages");

          ok = vb_template_xml_check_attributes (node, task_attributes, id, error) &&
               vb_template_xml_check_children (node, task_children, id, error) &&
               check_leaves (node, id, error);
          set_text (tasks, row, "name", name);
          set_text (tasks, row, "function", function);
          set_text (tasks, row, "work_kind", kind);
          set_text (tasks, row, "channel", channel);
          ok = ok && set_real_prop (tasks, row, "monthly_volume", node, "volume", id, error) &&
               set_real_prop (tasks, row, "handle_minutes", node, "handle-minutes", id, error) &&
               set_real_prop (tasks, row, "annual_cost", node, "annual-cost", id, error) &&
               set_minutes_prop (tasks, row, "cover_from", node, "from", id, error) &&
               set_minutes_prop (tasks, row, "cover_to", node, "to", id, error) &&
               set_flag_prop (tasks, row, "needs_engineering", node, "engineering", id, error) &&
               set_flag_prop (tasks, row, "brand_critical", node, "brand-critical", id, error) &&
               set_flag_prop (tasks, row, "regulated", node, "regulated", id, error);
          vb_value_set_int (&row[vb_table_column_index (tasks, "cover_days")], vb_days_from_string (days));
          set_text (tasks, row, "cover_timezone", tz);
          set_text (tasks, row, "languages", languages);
          ok = ok && vb_template_insert_seeded (db, tasks, row, n_tasks++, now, error);
          vb_row_free (tasks, row);
        }
      else if (xmlStrcmp (node->name, (const xmlChar *) "team") == 0)
        ok = vb_template_xml_check_attributes (node, team_attributes, id, error) &&
             vb_template_xml_check_children (node, no_children, id, error) && seed_team (db, node, id, error);
      else if (vb_template_xml_is (node, "name") || vb_template_xml_is (node, "description"))
        ok = check_leaf (node, id, error);
    }
  /* criteria, SLAs, escalation tiers and workflows */
  return ok && vb_template_seed_stages (db, root, id, objective_ids, now, error);
}

static gboolean
seed (sqlite3            *db,
      VbProjectTemplate   template_id,
      GError            **error)
{
  xmlDoc *doc;
  gboolean ok;

  if ((guint) template_id >= vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE, _("There is no such project template."));
      return FALSE;
    }
  doc = load_template (template_id, error);
  if (doc == NULL)
    return FALSE;
  ok = seed_document (db, doc, vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, template_id), error);
  xmlFreeDoc (doc);
  return ok;
}

gboolean
vb_template_seed (sqlite3            *db,
                  VbProjectTemplate   template_id,
                  GError            **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  return seed (db, template_id, error) &&
         vb_template_seed_selection (db, template_id, error);
}

/* Read the whole template and check every value, writing nothing (the
 * unit test of the templates): what it seeds today, the shared transition
 * plan, its requirement sections and its call sheet
 * (vb-template-selection.c) */
gboolean
vb_template_check (VbProjectTemplate   template_id,
                   GError            **error)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) prompts = NULL;

  if (!seed (NULL, template_id, error) || !vb_template_seed_transition (NULL, error))
    return FALSE;
  sections = vb_template_get_requirement_sections (template_id, error);
  if (sections == NULL)
    return FALSE;
  prompts = vb_call_sheet_load (template_id, error);
  return prompts != NULL;
}

/* The same for a template given as bytes (a test's broken document),
 * named @id: what it seeds, its requirement sections and its prompts
 * after the shared call sheet */
gboolean
vb_template_check_bytes (GBytes      *template_xml,
                         const char  *id,
                         GError     **error)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) prompts = NULL;
  g_autoptr(GBytes) call_sheet = NULL;
  xmlDoc *doc = vb_template_xml_read (template_xml, id, "vendorbench-template", error);
  gboolean ok;

  if (doc == NULL)
    return FALSE;
  ok = seed_document (NULL, doc, id, error);
  xmlFreeDoc (doc);
  if (!ok || (sections = vb_template_parse_requirement_sections (template_xml, id, error)) == NULL)
    return FALSE;
  call_sheet = vb_core_resource_data ("templates/call-sheet.xml", error);
  if (call_sheet == NULL)
    return FALSE;
  prompts = vb_call_sheet_parse (call_sheet, template_xml, id, error);
  return prompts != NULL;
}
