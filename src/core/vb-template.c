/* vb-template.c — project templates
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each template (customer support, back office, IT help desk, blank) seeds
 * a new project's objectives, its task inventory and the team's own hours.
 * Later stages add their elements to the same files and to this seeder.
 */

#define G_LOG_DOMAIN "vb-template"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "vb-core-resources.h"
#include "vb-error.h"
#include "vb-project-private.h"
#include "vb-template.h"
#include "vb-value.h"

#define TEMPLATE_IDS "blank", "customer-support", "back-office", "it-help-desk"

static const char *const template_ids[] = { TEMPLATE_IDS, NULL };
static const char *const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };

GBytes *
vb_core_resource_data (const char  *name,
                       GError     **error)
{
  g_autofree char *path = g_strconcat ("/io/github/vendorbench/Vendorbench/core/", name, NULL);

  return g_resource_lookup_data (vb_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

void
vb_template_info_free (VbTemplateInfo *info)
{
  g_free (info->id);
  g_free (info->name);
  g_free (info->description);
  g_free (info);
}

gboolean
vb_template_exists (const char *id)
{
  return id != NULL && g_strv_contains (template_ids, id);
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

static xmlDoc *
load_template (const char  *id,
               GError     **error)
{
  g_autofree char *name = g_strconcat ("templates/", id, ".xml", NULL);
  g_autoptr(GBytes) bytes = vb_core_resource_data (name, error);
  gsize size;
  const char *data;
  xmlDoc *doc;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL ||
      xmlStrcmp (xmlDocGetRootElement (doc)->name, (const xmlChar *) "vendorbench-template") != 0)
    {
      if (doc)
        xmlFreeDoc (doc);
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE,
                   _("The project template “%s” cannot be read."), id);
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
        char *out;

        xmlFree (content);
        out = g_strdup (*normal ? g_dgettext (GETTEXT_PACKAGE, normal) : "");
        return out;
      }
  return g_strdup ("");
}

GPtrArray *
vb_template_list (void)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_info_free);

  for (guint i = 0; template_ids[i]; i++)
    {
      xmlDoc *doc = load_template (template_ids[i], NULL);
      VbTemplateInfo *info;

      if (doc == NULL)
        continue;
      info = g_new0 (VbTemplateInfo, 1);
      info->id = g_strdup (template_ids[i]);
      info->name = child_text (xmlDocGetRootElement (doc), "name");
      info->description = child_text (xmlDocGetRootElement (doc), "description");
      g_ptr_array_add (out, info);
      xmlFreeDoc (doc);
    }
  return out;
}

static void
set_text (const VbTable *table,
          VbValue       *row,
          const char    *column,
          const char    *text)
{
  vb_value_set_text (&row[vb_table_column_index (table, column)], text);
}

static void
set_real_prop (const VbTable *table,
               VbValue       *row,
               const char    *column,
               xmlNode       *node,
               const char    *attr)
{
  g_autofree char *v = prop (node, attr);

  if (*v)
    vb_value_set_real (&row[vb_table_column_index (table, column)], g_ascii_strtod (v, NULL));
}

static void
set_minutes_prop (const VbTable *table,
                  VbValue       *row,
                  const char    *column,
                  xmlNode       *node,
                  const char    *attr)
{
  g_autofree char *v = prop (node, attr);
  int minutes = vb_minutes_from_string (v);

  if (minutes >= 0)
    vb_value_set_int (&row[vb_table_column_index (table, column)], minutes);
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
  gboolean ok;

  vb_value_set_text (&row[0], uuid);
  vb_value_set_int (&row[vb_table_column_index (table, "position")], position);
  vb_value_set_text (&row[vb_table_n_columns (table) - 1], now);

  /* checked like any input: a broken template must not slip in */
  for (guint i = 1; i < vb_table_n_columns (table); i++)
    if (!vb_value_check (&row[i], table, vb_table_get_column (table, i), error))
      return FALSE;
  ok = vb_db_insert_row (db, table, row, error);
  return ok;
}

static gboolean
seed_team (sqlite3     *db,
           xmlNode     *team,
           GError     **error)
{
  g_autofree char *days = prop (team, "days");
  g_autofree char *from = prop (team, "from");
  g_autofree char *to = prop (team, "to");
  g_autofree char *tz = prop (team, "timezone");
  g_autofree char *languages = prop (team, "languages");
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "UPDATE project SET team_days = ?1, team_from = ?2, team_to = ?3, "
                               "team_timezone = ?4, team_languages = ?5", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto fail;
  sqlite3_bind_int (stmt, 1, vb_days_from_string (days));
  sqlite3_bind_int (stmt, 2, MAX (vb_minutes_from_string (from), 0));
  sqlite3_bind_int (stmt, 3, MAX (vb_minutes_from_string (to), 0));
  sqlite3_bind_text (stmt, 4, tz, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, languages, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;

fail:
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE,
               _("The project template’s team hours cannot be used."));
  return FALSE;
}

gboolean
vb_template_seed (sqlite3     *db,
                  const char  *id,
                  GError     **error)
{
  const VbSchema *schema = vb_schema_current ();
  const VbTable *objectives = vb_schema_lookup_table (schema, "objective");
  const VbTable *tasks = vb_schema_lookup_table (schema, "task");
  g_autofree char *now = vb_timestamp_now ();
  xmlDoc *doc;
  gint64 n_objectives = 0, n_tasks = 0;
  gboolean ok = TRUE;

  if (!vb_template_exists (id))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE,
                   _("There is no project template “%s”."), id);
      return FALSE;
    }
  doc = load_template (id, error);
  if (doc == NULL)
    return FALSE;

  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node && ok; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (xmlStrcmp (node->name, (const xmlChar *) "objective") == 0)
        {
          VbValue *row = vb_row_new (objectives);
          g_autofree char *kind = prop (node, "kind");
          g_autofree char *title = child_text (node, "title");
          g_autofree char *target = child_text (node, "target");

          set_text (objectives, row, "kind", kind);
          set_text (objectives, row, "title", title);
          set_text (objectives, row, "target", target);
          ok = insert_seeded (db, objectives, row, n_objectives++, now, error);
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
          g_autofree char *engineering = prop (node, "engineering");
          g_autofree char *brand = prop (node, "brand-critical");
          g_autofree char *regulated = prop (node, "regulated");

          set_text (tasks, row, "name", name);
          set_text (tasks, row, "function", function);
          set_text (tasks, row, "work_kind", kind);
          set_text (tasks, row, "channel", channel);
          set_real_prop (tasks, row, "monthly_volume", node, "volume");
          set_real_prop (tasks, row, "handle_minutes", node, "handle-minutes");
          set_real_prop (tasks, row, "annual_cost", node, "annual-cost");
          vb_value_set_int (&row[vb_table_column_index (tasks, "cover_days")], vb_days_from_string (days));
          set_minutes_prop (tasks, row, "cover_from", node, "from");
          set_minutes_prop (tasks, row, "cover_to", node, "to");
          set_text (tasks, row, "cover_timezone", tz);
          set_text (tasks, row, "languages", languages);
          vb_value_set_int (&row[vb_table_column_index (tasks, "needs_engineering")], g_strcmp0 (engineering, "yes") == 0);
          vb_value_set_int (&row[vb_table_column_index (tasks, "brand_critical")], g_strcmp0 (brand, "yes") == 0);
          vb_value_set_int (&row[vb_table_column_index (tasks, "regulated")], g_strcmp0 (regulated, "yes") == 0);
          ok = insert_seeded (db, tasks, row, n_tasks++, now, error);
          vb_row_free (tasks, row);
        }
      else if (xmlStrcmp (node->name, (const xmlChar *) "team") == 0)
        ok = seed_team (db, node, error);
    }

  xmlFreeDoc (doc);
  return ok;
}
