/* vb-template-stages.c — what a template seeds for the decision and pilot
 * stages
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project template (data/templates/<id>.xml) carries, after its
 * requirement sections, a default criteria tree (<criterion-category> with
 * <criterion> children, weights local to their parent: the children of a
 * category sum to 100 %, and so do the categories), its service levels
 * (<sla>, on the built-in KPIs of vb-kpi.c), escalation tiers 1 to 3 and
 * example workflows. The transition plan is shared by every template but
 * blank (templates/transition.xml): the phases of DESIGN.md §1 with their
 * fixed keys, in order, each with entry and exit criteria and tasks of
 * stable keys (the seven-step checklist, tone-of-voice-guide,
 * sample-interaction-review, sandbox-access, …) that guidance rules look
 * up whatever the user renamed them to.
 *
 * As in the other readers, an unknown element or attribute, a bad value,
 * a repeated key, an empty required text or weights that do not add up
 * are errors naming the problem; a template seeds all or nothing (the
 * caller's transaction). With @db NULL the document is only checked.
 */

#define G_LOG_DOMAIN "vb-template"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/tree.h>

#include "vb-enums.h"
#include "vb-kpi.h"
#include "vb-project-private.h"
#include "vb-resource.h"
#include "vb-template-private.h"
#include "vb-template-xml.h"
#include "vb-value.h"

#define TRANSITION_FILE "templates/transition.xml"

/* DESIGN.md §1, stage 12: the phase keys, in order */
const char *const vb_transition_phase_keys[] = {
  "plan", "knowledge-transfer", "shadowing", "reverse-shadowing", "cut-over", "hypercare", "steady-state", NULL
};

static const char *const no_names[] = { NULL };
static const char *const category_attributes[] = { "weight", NULL };
static const char *const category_children[] = { "name", "description", "criterion", NULL };
static const char *const criterion_attributes[] = { "kind", "weight", "cost", NULL };
static const char *const criterion_children[] = { "name", "description", NULL };
static const char *const sla_attributes[] = { "kpi", "channel", "target", "answer-seconds", "threshold",
                                              "objective", NULL };
static const char *const sla_children[] = { "method", "data-source", "cadence", "credit", NULL };
static const char *const tier_attributes[] = { "level", NULL };
static const char *const tier_children[] = { "handles", NULL };
static const char *const workflow_children[] = { "name", "trigger", "systems", "training", "step", NULL };
static const char *const step_children[] = { "description", "owner", "tool", NULL };
static const char *const transition_attributes[] = { "version", NULL };
static const char *const transition_children[] = { "phase", NULL };
static const char *const key_attributes[] = { "key", NULL };
static const char *const phase_children[] = { "name", "entry", "exit", "item", NULL };
static const char *const item_children[] = { "title", "owner", "notes", NULL };

/* One document being seeded (or checked, with db NULL) */
typedef struct {
  sqlite3     *db;
  const char  *source;
  const char  *now;
  GHashTable  *objectives;   /* objective kind → UUID of its first row; borrowed */
  GHashTable  *names;        /* untranslated names and keys seen (owned) */
  gint64       n_criteria;
  gint64       n_slas;
  gint64       n_tiers;
  gint64       n_workflows;
  gint64       n_steps;
  gint64       n_items;
  GError     **error;
} Seeder;

G_GNUC_PRINTF (2, 3)
static gboolean
fail (Seeder     *s,
      const char *format,
      ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  return vb_template_xml_error (s->error, s->source, detail);
}

static void
set_text (const VbTable *table,
          VbValue       *row,
          const char    *column,
          const char    *text)
{
  vb_value_set_text (&row[vb_table_column_index (table, column)], text ? text : "");
}

/* The text of the one child element @name of @node, translated, into
 * @out ("" when there is none); an attribute or element inside it, a
 * second one, or an empty one when @required are errors */
static gboolean
leaf_text (Seeder      *s,
           xmlNode     *node,
           const char  *name,
           gboolean     required,
           char       **out)
{
  xmlNode *found = NULL;

  *out = NULL;
  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, name))
      {
        if (found)
          return fail (s, _("more than one <%s> in <%s>"), name, node->name);
        if (!vb_template_xml_check_attributes (c, no_names, s->source, s->error) ||
            !vb_template_xml_check_children (c, NULL, s->source, s->error))
          return FALSE;
        found = c;
      }
  if (found)
    {
      g_autofree char *normal = vb_template_xml_normal_text (found);

      if (*normal)
        *out = g_strdup (g_dgettext (GETTEXT_PACKAGE, normal));
    }
  if (*out == NULL)
    {
      if (required)
        /* Translators: two XML elements, e.g. the <name> of a <criterion> is missing or empty */
        return fail (s, _("the <%s> of a <%s> is missing or empty"), name, node->name);
      *out = g_strdup ("");
    }
  return TRUE;
}

/* The untranslated text of the child @name, for repeated-name checks */
static char *
normal_child (xmlNode    *node,
              const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, name))
      return vb_template_xml_normal_text (c);
  return g_strdup ("");
}

static gboolean
check_element (Seeder             *s,
               xmlNode            *node,
               const char *const  *attributes,
               const char *const  *children)
{
  return vb_template_xml_check_attributes (node, attributes, s->source, s->error) &&
         vb_template_xml_check_children (node, children, s->source, s->error);
}

/* A number attribute: @out NAN when it is absent and not @required */
static gboolean
number_prop (Seeder      *s,
             xmlNode     *node,
             const char  *attr,
             gboolean     required,
             double      *out)
{
  g_autofree char *v = vb_template_xml_prop (node, attr);
  char *end = NULL;

  *out = NAN;
  if (*v == '\0' && !required)
    return TRUE;
  *out = g_ascii_strtod (v, &end);
  if (*v == '\0' || end == v || *end != '\0' || !isfinite (*out))
    /* Translators: a value, an attribute and an XML element: “lots” is not a number in weight= of <criterion> */
    return fail (s, _("“%s” is not a number in %s= of <%s>"), v, attr, node->name);
  return TRUE;
}

static gboolean
yes_no_prop (Seeder      *s,
             xmlNode     *node,
             const char  *attr,
             gboolean    *out)
{
  g_autofree char *v = vb_template_xml_prop (node, attr);

  if (*v && !g_str_equal (v, "yes") && !g_str_equal (v, "no"))
    return fail (s, _("%s= must be yes or no, not “%s”"), attr, v);
  *out = g_str_equal (v, "yes");
  return TRUE;
}

/* @name has not been used before in this document for @what */
static gboolean
unique (Seeder     *s,
        const char *what,
        const char *name)
{
  if (!g_hash_table_add (s->names, g_strconcat (what, ":", name, NULL)))
    /* Translators: e.g. the name “Price” is used twice */
    return fail (s, _("the %s “%s” is used twice"), what, name);
  return TRUE;
}

static gboolean
key_is_valid (const char *key)
{
  gboolean after_dash = TRUE;

  if (*key == '\0')
    return FALSE;
  for (const char *p = key; *p; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }
  return !after_dash;
}

static gboolean
insert (Seeder         *s,
        const VbTable  *table,
        VbValue        *row,
        gint64         *position,
        char          **uuid)
{
  gboolean ok = vb_template_insert_seeded (s->db, table, row, (*position)++, s->now, s->error);

  if (ok && uuid)
    *uuid = g_strdup (row[0].v.s);
  vb_row_free (table, row);
  return ok;
}

/* ── Criteria ──────────────────────────────────────────────────────────── */

static gboolean
seed_criterion_row (Seeder           *s,
                    xmlNode          *node,
                    const char       *parent_id,
                    VbCriterionKind   kind,
                    double            weight,
                    gboolean          cost,
                    char            **uuid)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "criterion");
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *normal = normal_child (node, "name");
  VbValue *row;

  if (!leaf_text (s, node, "name", TRUE, &name) ||
      !leaf_text (s, node, "description", TRUE, &description) ||
      !unique (s, _("criterion"), normal))
    return FALSE;
  if (!(weight >= 0 && weight <= 100))
    return fail (s, _("the weight of “%s” is not from 0 to 100"), normal);

  row = vb_row_new (table);
  if (parent_id)
    set_text (table, row, "parent_id", parent_id);
  set_text (table, row, "kind", vb_enum_get_nick (VB_TYPE_CRITERION_KIND, kind));
  set_text (table, row, "name", name);
  set_text (table, row, "description", description);
  vb_value_set_real (&row[vb_table_column_index (table, "weight")], weight);
  vb_value_set_int (&row[vb_table_column_index (table, "cost")], cost);
  return insert (s, table, row, &s->n_criteria, uuid);
}

static gboolean
seed_category (Seeder   *s,
               xmlNode  *category,
               double   *weight)
{
  g_autofree char *category_id = NULL;
  g_autofree char *category_name = normal_child (category, "name");
  double sum = 0;
  guint n = 0;

  if (!check_element (s, category, category_attributes, category_children) ||
      !number_prop (s, category, "weight", TRUE, weight) ||
      !seed_criterion_row (s, category, NULL, VB_CRITERION_KIND_CATEGORY, *weight, FALSE, &category_id))
    return FALSE;

  for (xmlNode *c = category->children; c; c = c->next)
    {
      g_autofree char *kind_nick = NULL;
      int kind = 0;
      double w;
      gboolean cost = FALSE;

      if (!vb_template_xml_is (c, "criterion"))
        continue;
      kind_nick = vb_template_xml_prop (c, "kind");
      if (!check_element (s, c, criterion_attributes, criterion_children) ||
          !number_prop (s, c, "weight", TRUE, &w) ||
          !yes_no_prop (s, c, "cost", &cost))
        return FALSE;
      if (!vb_enum_from_nick (VB_TYPE_CRITERION_KIND, kind_nick, &kind) || kind == VB_CRITERION_KIND_CATEGORY)
        return fail (s, _("the kind “%s” of a criterion is not judged, price, compliance or reference"), kind_nick);
      /* the price score gives the lowest cost full marks */
      if (kind == VB_CRITERION_KIND_PRICE && !cost)
        return fail (s, _("a price criterion must be marked cost=\"yes\""));
      if (!seed_criterion_row (s, c, category_id, (VbCriterionKind) kind, w, cost, NULL))
        return FALSE;
      sum += w;
      n++;
    }
  if (n == 0)
    return fail (s, _("the category “%s” has no criterion"), category_name);
  if (fabs (sum - 100) > 1e-9)
    /* Translators: a category's name, then the sum of its criteria's weights */
    return fail (s, _("the weights in the category “%s” add up to %g %%, not 100 %%"), category_name, sum);
  return TRUE;
}

/* ── Service levels, tiers, workflows ──────────────────────────────────── */

static gboolean
seed_sla (Seeder  *s,
          xmlNode *node)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "sla");
  g_autofree char *kpi_key = vb_template_xml_prop (node, "kpi");
  g_autofree char *channel = vb_template_xml_prop (node, "channel");
  g_autofree char *objective = vb_template_xml_prop (node, "objective");
  g_autofree char *method = NULL, *data_source = NULL, *cadence = NULL, *credit = NULL;
  g_autofree char *scope_key = g_strconcat (kpi_key, "/", channel, NULL);
  g_autoptr(GError) local = NULL;
  const VbKpi *kpi = vb_kpi_lookup (kpi_key);
  const char *objective_id = NULL;
  double target, threshold, answer;
  int scope;
  VbValue *row;

  if (!check_element (s, node, sla_attributes, sla_children))
    return FALSE;
  if (kpi == NULL)
    return fail (s, _("“%s” is not a built-in measure"), kpi_key);
  if (!vb_enum_from_nick (VB_TYPE_CHANNEL_SCOPE, channel, &scope))
    return fail (s, _("the channel “%s” of the service level “%s” is not one"), channel, kpi_key);
  if (!number_prop (s, node, "target", TRUE, &target) ||
      !number_prop (s, node, "threshold", TRUE, &threshold) ||
      !number_prop (s, node, "answer-seconds", FALSE, &answer))
    return FALSE;
  if (!vb_sla_check_threshold (vb_kpi_get_direction (kpi), target, threshold, &local))
    return fail (s, "%s: %s", kpi_key, local->message);
  /* the 20 s of "80 % in 20 s" belongs to the service level alone */
  if (isnan (answer) != (vb_kpi_get_id (kpi) != VB_KPI_SERVICE_LEVEL) || (!isnan (answer) && answer <= 0))
    return fail (s, _("answer-seconds= is needed on a service-level SLA, and only there"));
  if (*objective)
    {
      objective_id = s->objectives ? g_hash_table_lookup (s->objectives, objective) : NULL;
      if (objective_id == NULL)
        return fail (s, _("the service level “%s” serves an objective “%s” the template does not have"),
                     kpi_key, objective);
    }
  /* a vague SLA is a pitfall: the method, source and cadence are required */
  if (!leaf_text (s, node, "method", TRUE, &method) ||
      !leaf_text (s, node, "data-source", TRUE, &data_source) ||
      !leaf_text (s, node, "cadence", TRUE, &cadence) ||
      !leaf_text (s, node, "credit", FALSE, &credit) ||
      !unique (s, _("service level"), scope_key))
    return FALSE;

  row = vb_row_new (table);
  set_text (table, row, "kpi_key", kpi_key);
  set_text (table, row, "channel", channel);
  if (objective_id)
    set_text (table, row, "objective_id", objective_id);
  vb_value_set_real (&row[vb_table_column_index (table, "target")], target);
  vb_value_set_real (&row[vb_table_column_index (table, "threshold")], threshold);
  if (!isnan (answer))
    vb_value_set_real (&row[vb_table_column_index (table, "answer_seconds")], answer);
  set_text (table, row, "method", method);
  set_text (table, row, "data_source", data_source);
  set_text (table, row, "cadence", cadence);
  set_text (table, row, "credit", credit);
  return insert (s, table, row, &s->n_slas, NULL);
}

static gboolean
seed_tier (Seeder  *s,
           xmlNode *node)
{
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "escalation_tier");
  g_autofree char *level_text = vb_template_xml_prop (node, "level");
  g_autofree char *handles = NULL;
  double level;
  VbValue *row;

  if (!check_element (s, node, tier_attributes, tier_children) ||
      !number_prop (s, node, "level", TRUE, &level))
    return FALSE;
  if (level != 1 && level != 2 && level != 3)
    return fail (s, _("the tier level “%s” is not 1, 2 or 3"), level_text);
  if (!unique (s, _("tier level"), level_text) || !leaf_text (s, node, "handles", TRUE, &handles))
    return FALSE;
  row = vb_row_new (table);
  vb_value_set_int (&row[vb_table_column_index (table, "level")], (gint64) level);
  set_text (table, row, "handles", handles);
  return insert (s, table, row, &s->n_tiers, NULL);
}

static gboolean
seed_workflow (Seeder  *s,
               xmlNode *node)
{
  const VbSchema *schema = vb_schema_current ();
  const VbTable *table = vb_schema_lookup_table (schema, "workflow");
  const VbTable *steps = vb_schema_lookup_table (schema, "workflow_step");
  g_autofree char *name = NULL, *trigger = NULL, *systems = NULL, *training = NULL, *workflow_id = NULL;
  g_autofree char *normal = normal_child (node, "name");
  VbValue *row;
  guint n = 0;

  if (!check_element (s, node, no_names, workflow_children) ||
      !leaf_text (s, node, "name", TRUE, &name) ||
      !leaf_text (s, node, "trigger", TRUE, &trigger) ||
      !leaf_text (s, node, "systems", FALSE, &systems) ||
      !leaf_text (s, node, "training", FALSE, &training) ||
      !unique (s, _("workflow"), normal))
    return FALSE;
  row = vb_row_new (table);
  set_text (table, row, "name", name);
  set_text (table, row, "trigger", trigger);
  set_text (table, row, "systems", systems);
  set_text (table, row, "training_links", training);
  if (!insert (s, table, row, &s->n_workflows, &workflow_id))
    return FALSE;

  for (xmlNode *c = node->children; c; c = c->next)
    {
      g_autofree char *description = NULL, *owner = NULL, *tool = NULL;

      if (!vb_template_xml_is (c, "step"))
        continue;
      if (!check_element (s, c, no_names, step_children) ||
          !leaf_text (s, c, "description", TRUE, &description) ||
          !leaf_text (s, c, "owner", FALSE, &owner) ||
          !leaf_text (s, c, "tool", FALSE, &tool))
        return FALSE;
      row = vb_row_new (steps);
      set_text (steps, row, "workflow_id", workflow_id);
      set_text (steps, row, "description", description);
      set_text (steps, row, "owner", owner);
      set_text (steps, row, "tool", tool);
      if (!insert (s, steps, row, &s->n_steps, NULL))
        return FALSE;
      n++;
    }
  if (n == 0)
    return fail (s, _("the workflow “%s” has no step"), normal);
  return TRUE;
}

/* Seed (or check, @db NULL) the decision and pilot content of the
 * template whose root is @root: criteria, SLAs, tiers, workflows.
 * @objectives maps the kinds of the objectives already seeded to their
 * UUIDs, for an SLA's objective= */
gboolean
vb_template_seed_stages (sqlite3     *db,
                         xmlNode     *root,
                         const char  *source,
                         GHashTable  *objectives,
                         const char  *now,
                         GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Seeder s = { db, source, now, objectives, names, 0, 0, 0, 0, 0, 0, error };
  double sum = 0;
  guint n_categories = 0;

  for (xmlNode *node = root->children; node; node = node->next)
    {
      gboolean ok = TRUE;

      if (vb_template_xml_is (node, "criterion-category"))
        {
          double w = 0;

          ok = seed_category (&s, node, &w);
          sum += w;
          n_categories++;
        }
      else if (vb_template_xml_is (node, "sla"))
        ok = seed_sla (&s, node);
      else if (vb_template_xml_is (node, "escalation-tier"))
        ok = seed_tier (&s, node);
      else if (vb_template_xml_is (node, "workflow"))
        ok = seed_workflow (&s, node);
      if (!ok)
        return FALSE;
    }
  if (n_categories > 0 && fabs (sum - 100) > 1e-9)
    return fail (&s, _("the weights of the categories add up to %g %%, not 100 %%"), sum);
  return TRUE;
}

/* ── The transition plan ───────────────────────────────────────────────── */

static gboolean
seed_phase (Seeder      *s,
            xmlNode     *node,
            const char  *key,
            gint64       position)
{
  const VbSchema *schema = vb_schema_current ();
  const VbTable *phases = vb_schema_lookup_table (schema, "transition_phase");
  const VbTable *items = vb_schema_lookup_table (schema, "transition_item");
  g_autofree char *name = NULL, *entry = NULL, *exit = NULL, *phase_id = NULL;
  VbValue *row;

  if (!leaf_text (s, node, "name", TRUE, &name) ||
      !leaf_text (s, node, "entry", TRUE, &entry) ||
      !leaf_text (s, node, "exit", TRUE, &exit))
    return FALSE;
  row = vb_row_new (phases);
  set_text (phases, row, "key", key);
  set_text (phases, row, "name", name);
  set_text (phases, row, "entry_criteria", entry);
  set_text (phases, row, "exit_criteria", exit);
  if (!insert (s, phases, row, &position, &phase_id))
    return FALSE;

  for (xmlNode *c = node->children; c; c = c->next)
    {
      g_autofree char *item_key = NULL, *title = NULL, *owner = NULL, *notes = NULL;

      if (!vb_template_xml_is (c, "item"))
        continue;
      item_key = vb_template_xml_prop (c, "key");
      if (!check_element (s, c, key_attributes, item_children))
        return FALSE;
      if (!key_is_valid (item_key))
        return fail (s, _("the key “%s” is not made of lower-case words"), item_key);
      if (!unique (s, _("key"), item_key) ||
          !leaf_text (s, c, "title", TRUE, &title) ||
          !leaf_text (s, c, "owner", FALSE, &owner) ||
          !leaf_text (s, c, "notes", FALSE, &notes))
        return FALSE;
      row = vb_row_new (items);
      set_text (items, row, "phase_id", phase_id);
      set_text (items, row, "key", item_key);
      set_text (items, row, "title", title);
      set_text (items, row, "owner", owner);
      set_text (items, row, "status", vb_enum_get_nick (VB_TYPE_ITEM_STATUS, VB_ITEM_STATUS_TODO));
      set_text (items, row, "notes", notes);
      if (!insert (s, items, row, &s->n_items, NULL))
        return FALSE;
    }
  return TRUE;
}

/* Seed (or check, @db NULL) the transition plan @xml: exactly the phases
 * of vb_transition_phase_keys, in order */
gboolean
vb_template_seed_transition_bytes (sqlite3     *db,
                                   GBytes      *xml,
                                   GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *now = vb_timestamp_now ();
  g_autofree char *version = NULL;
  Seeder s = { db, "transition", now, NULL, names, 0, 0, 0, 0, 0, 0, error };
  xmlDoc *doc = vb_template_xml_read (xml, s.source, "vendorbench-transition", error);
  xmlNode *root;
  guint n = 0;
  gboolean ok;

  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  version = vb_template_xml_prop (root, "version");
  ok = check_element (&s, root, transition_attributes, transition_children);
  if (ok && !g_str_equal (version, "1"))
    ok = fail (&s, _("its version “%s” is not one this program reads"), version);
  for (xmlNode *c = root->children; c && ok; c = c->next)
    {
      g_autofree char *key = NULL;

      if (!vb_template_xml_is (c, "phase"))
        continue;
      key = vb_template_xml_prop (c, "key");
      ok = check_element (&s, c, key_attributes, phase_children);
      if (ok && (vb_transition_phase_keys[n] == NULL || !g_str_equal (key, vb_transition_phase_keys[n])))
        /* Translators: a phase key found, then the one expected there */
        ok = fail (&s, _("the phase “%s” stands where “%s” belongs"), key,
                   vb_transition_phase_keys[n] ? vb_transition_phase_keys[n] : _("nothing"));
      ok = ok && seed_phase (&s, c, key, n);
      n++;
    }
  if (ok && vb_transition_phase_keys[n] != NULL)
    ok = fail (&s, _("the phase “%s” is missing"), vb_transition_phase_keys[n]);
  xmlFreeDoc (doc);
  return ok;
}

/* The shared transition plan, from the resource */
gboolean
vb_template_seed_transition (sqlite3  *db,
                             GError  **error)
{
  g_autoptr(GBytes) bytes = vb_core_resource_data (TRANSITION_FILE, error);

  return bytes != NULL && vb_template_seed_transition_bytes (db, bytes, error);
}
