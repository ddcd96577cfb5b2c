/* vb-template.c — project templates
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each template (customer support, back office, IT help desk, blank) seeds
 * a new project's objectives, its task inventory and the team's own hours.
 * What a template seeds is an example (DESIGN.md §1): marked so until the
 * user confirms or edits it, so that a new project is not "complete"
 * before the user typed anything. Later stages add their elements to the
 * same files and to this seeder. The loader knows every element and
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
#include "vb-value.h"

static const char *const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };

static const char *const root_attributes[] = { "id", "version", "default-channel", NULL };
static const char *const objective_attributes[] = { "kind", NULL };
static const char *const task_attributes[] = { "kind", "channel", "volume", "handle-minutes", "days", "from", "to",
                                               "timezone", "languages", "annual-cost", "engineering",
                                               "brand-critical", "regulated", NULL };
static const char *const team_attributes[] = { "days", "from", "to", "timezone", "languages", NULL };

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

static gboolean
template_error (GError     **error,
                const char  *id,
                const char  *detail)
{
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE,
               _("The project template “%s” cannot be used: %s."), id, detail);
  return FALSE;
}

/* Every attribute of @node is one of @known */
static gboolean
check_attributes (xmlNode            *node,
                  const char *const  *known,
                  const char         *id,
                  GError            **error)
{
  for (xmlAttr *a = node->properties; a; a = a->next)
    if (!g_strv_contains (known, (const char *) a->name))
      {
        g_autofree char *detail = g_strdup_printf ("an unknown attribute “%s” on <%s>", a->name, node->name);
        return template_error (error, id, detail);
      }
  return TRUE;
}

static xmlDoc *
load_template (VbProjectTemplate   template_id,
               GError            **error)
{
  const char *id = vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, template_id);
  g_autofree char *name = g_strconcat ("templates/", id, ".xml", NULL);
  g_autoptr(GBytes) bytes = vb_core_resource_data (name, error);
  gsize size;
  const char *data;
  xmlDoc *doc;
  xmlNode *root;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || xmlStrcmp (root->name, (const xmlChar *) "vendorbench-template") != 0)
    {
      if (doc)
        xmlFreeDoc (doc);
      template_error (error, id, "it is not a template");
      return NULL;
    }
  return doc;
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *out = g_strdup (value ? (const char *) value : "");

  xmlFree (value);
  return out;
}

/* The translated text of a child element */
static char *
child_text (xmlNode    *node,
            const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrcmp (c->name, (const xmlChar *) name) == 0)
      {
        xmlChar *content = xmlNodeGetContent (c);
        g_autofree char *normal = g_strstrip (g_strdup (content ? (const char *) content : ""));

        xmlFree (content);
        return g_strdup (*normal ? g_dgettext (GETTEXT_PACKAGE, normal) : "");
      }
  return g_strdup ("");
}

static gboolean
check_children (xmlNode            *node,
                const char *const  *known,
                const char         *id,
                GError            **error)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && !g_strv_contains (known, (const char *) c->name))
      {
        g_autofree char *detail = g_strdup_printf ("an unknown element <%s> in <%s>", c->name, node->name);
        return template_error (error, id, detail);
      }
  return TRUE;
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
      info->name = child_text (xmlDocGetRootElement (doc), "name");
      info->description = child_text (xmlDocGetRootElement (doc), "description");
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
  channel = prop (xmlDocGetRootElement (doc), "default-channel");
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
  g_autofree char *v = prop (node, attr);
  char *end = NULL;
  double d;

  if (*v == '\0')
    return TRUE;
  d = g_ascii_strtod (v, &end);
  if (end == v || *end != '\0')
    {
      g_autofree char *detail = g_strdup_printf ("“%s” is not a number in %s=", v, attr);
      return template_error (error, id, detail);
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
  g_autofree char *v = prop (node, attr);
  int minutes;

  if (*v == '\0')
    return TRUE;
  minutes = vb_minutes_from_string (v);
  if (minutes < 0)
    {
      g_autofree char *detail = g_strdup_printf ("“%s” is not a time of day in %s=", v, attr);
      return template_error (error, id, detail);
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
  g_autofree char *v = prop (node, attr);

  if (*v && !g_str_equal (v, "yes") && !g_str_equal (v, "no"))
    {
      g_autofree char *detail = g_strdup_printf ("%s= must be yes or no, not “%s”", attr, v);
      return template_error (error, id, detail);
    }
  vb_value_set_int (&row[vb_table_column_index (table, column)], g_str_equal (v, "yes"));
  return TRUE;
}

static gboolean
insert_seeded (sqlite3        *db,
               const VbTable  *table,
               VbValue        *row,
               gint64          position,
               const char     *now,
               GError        **error)
{
  g_autofree char *uuid = vb_uuid_new ();

  vb_value_set_text (&row[0], uuid);
  vb_value_set_int (&row[vb_table_position_index (table)], position);
  vb_value_set_text (&row[vb_table_modified_index (table)], now);
  /* what a template seeds is an example until the user checks it */
  vb_value_set_int (&row[vb_table_column_index (table, "example")], 1);

  /* checked like any input: a broken template must not slip in */
  for (guint i = 1; i < vb_table_n_columns (table); i++)
    if (!vb_value_check (&row[i], table, vb_table_get_column (table, i), error))
      return FALSE;
  return db == NULL || vb_db_insert_row (db, table, row, error);
}

static gboolean
seed_team (sqlite3     *db,
           xmlNode     *team,
           const char  *id,
           GError     **error)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "project");
  g_autofree char *days = prop (team, "days");
  g_autofree char *from = prop (team, "from");
  g_autofree char *to = prop (team, "to");
  g_autofree char *tz = prop (team, "timezone");
  g_autofree char *languages = prop (team, "languages");
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
    return template_error (error, id, "the team’s hours are not times of day");
  if (db == NULL)
    return TRUE;

  rc = sqlite3_prepare_v2 (db, "UPDATE project SET team_days = ?1, team_from = ?2, team_to = ?3, "
                               "team_timezone = ?4, team_languages = ?5, team_example = 1", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return template_error (error, id, sqlite3_errmsg (db));
  sqlite3_bind_int (stmt, 1, vb_days_from_string (days));
  sqlite3_bind_int (stmt, 2, from_minutes);
  sqlite3_bind_int (stmt, 3, to_minutes);
  sqlite3_bind_text (stmt, 4, tz, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, languages, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return template_error (error, id, sqlite3_errmsg (db));
  return TRUE;
}

/* The seeding itself; with @db NULL it only checks the template */
static gboolean
seed (sqlite3            *db,
      VbProjectTemplate   template_id,
      GError            **error)
{
  const char *id = vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, template_id);
  const VbSchema *schema = vb_schema_current ();
  const VbTable *objectives = vb_schema_lookup_table (schema, "objective");
  const VbTable *tasks = vb_schema_lookup_table (schema, "task");
  static const char *const root_children[] = { "name", "description", "objective", "task", "team", NULL };
  static const char *const objective_children[] = { "title", "target", NULL };
  static const char *const task_children[] = { "name", "function", NULL };
  g_autofree char *now = vb_timestamp_now ();
  g_autofree char *file_id = NULL;
  xmlDoc *doc;
  xmlNode *root;
  gint64 n_objectives = 0, n_tasks = 0;
  gboolean ok = TRUE;

  if ((guint) template_id >= vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE, _("There is no such project template."));
      return FALSE;
    }
  doc = load_template (template_id, error);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  file_id = prop (root, "id");
  ok = check_attributes (root, root_attributes, id, error) &&
       check_children (root, root_children, id, error);
  if (ok && !g_str_equal (file_id, id))
    ok = template_error (error, id, "its id does not match its file");

  for (xmlNode *node = root->children; node && ok; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (xmlStrcmp (node->name, (const xmlChar *) "objective") == 0)
        {
          VbValue *row = vb_row_new (objectives);
          g_autofree char *kind = prop (node, "kind");
          g_autofree char *title = child_text (node, "title");
          g_autofree char *target = child_text (node, "target");

          ok = check_attributes (node, objective_attributes, id, error) &&
               check_children (node, objective_children, id, error);
          set_text (objectives, row, "kind", kind);
          set_text (objectives, row, "title", title);
          set_text (objectives, row, "target", target);
          ok = ok && insert_seeded (db, objectives, row, n_objectives++, now, error);
          vb_row_free (objectives, row);
        }
      else if (xmlStrcmp (node->name, (const xmlChar *) "task") == 0)
        {
          VbValue *row = vb_row_new (tasks);
          g_autofree char *name = child_text (node, "name");
          g_autofree char *function = child_text (node, "function");
          g_autofree char *kind = prop (node, "kind");
          g_autofree char *channel = prop (node, "channel");
          g_autofree char *days = prop (node, "days");
          g_autofree char *tz = prop (node, "timezone");
          g_autofree char *languages = prop (node, "languages");

          ok = check_attributes (node, task_attributes, id, error) &&
               check_children (node, task_children, id, error);
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
          ok = ok && insert_seeded (db, tasks, row, n_tasks++, now, error);
          vb_row_free (tasks, row);
        }
      else if (xmlStrcmp (node->name, (const xmlChar *) "team") == 0)
        ok = check_attributes (node, team_attributes, id, error) && seed_team (db, node, id, error);
    }

  xmlFreeDoc (doc);
  return ok;
}

gboolean
vb_template_seed (sqlite3            *db,
                  VbProjectTemplate   template_id,
                  GError            **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  return seed (db, template_id, error);
}

/* Read the whole template and check every value, writing nothing (the
 * unit test of the templates) */
gboolean
vb_template_check (VbProjectTemplate   template_id,
                   GError            **error)
{
  return seed (NULL, template_id, error);
}
