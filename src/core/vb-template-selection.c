/* vb-template-selection.c — the vendor-selection lists of the templates
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three lists help a business choose a vendor (DESIGN.md §1, stages 2, 3
 * and 6), all built-in XML translated at run time:
 *   - each project template's requirement (RFP) sections, inside its own
 *     file (<requirement-section> after the tasks);
 *   - one security and compliance questionnaire shared by every template
 *     (templates/questionnaire.xml), whose questions marked lite="yes"
 *     make the short screen;
 *   - one reference call sheet (templates/call-sheet.xml), to which a
 *     template may append prompts of its own (<prompt> at its root).
 * Every item has a stable key: rules and the pre-signing checklist find
 * "exit-clause" whatever the user made of its wording. As in the
 * seeder (vb-template.c), an element or attribute the reader does not
 * know is an error naming it, and so are a bad value, a repeated key and
 * an empty text: a built-in list must never lose content silently.
 */

#define G_LOG_DOMAIN "vb-template-selection"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "vb-enums.h"
#include "vb-error.h"
#include "vb-resource.h"
#include "vb-template-private.h"
#include "vb-template-xml.h"

#define QUESTIONNAIRE_FILE "templates/questionnaire.xml"
#define CALL_SHEET_FILE    "templates/call-sheet.xml"
#define LIST_VERSION       "1"

static const char *const no_names[] = { NULL };
static const char *const version_attributes[] = { "version", NULL };
static const char *const key_attributes[] = { "key", NULL };
static const char *const section_children[] = { "title", "description", "requirement", NULL };
static const char *const requirement_attributes[] = { "key", "priority", NULL };
static const char *const text_children[] = { "text", NULL };
static const char *const questionnaire_children[] = { "domain", NULL };
static const char *const domain_attributes[] = { "key", "code", NULL };
static const char *const domain_children[] = { "title", "description", "question", NULL };
static const char *const question_attributes[] = { "key", "answer", "weight", "high-risk", "lite", NULL };
static const char *const question_children[] = { "text", "guidance", "framework", NULL };
static const char *const call_sheet_children[] = { "prompt", NULL };
static const char *const prompt_children[] = { "text", "hint", NULL };

/* One document being read */
typedef struct {
  const char  *source;  /* the file, for messages */
  GHashTable  *keys;    /* every key seen so far (borrowed strings) */
  GError     **error;
} Reader;

void
vb_template_requirement_free (VbTemplateRequirement *requirement)
{
  if (requirement == NULL)
    return;
  g_free (requirement->key);
  g_free (requirement->text);
  g_free (requirement);
}

void
vb_template_section_free (VbTemplateSection *section)
{
  if (section == NULL)
    return;
  g_free (section->key);
  g_free (section->title);
  g_free (section->description);
  g_clear_pointer (&section->requirements, g_ptr_array_unref);
  g_free (section);
}

void
vb_template_question_free (VbTemplateQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->key);
  g_free (question->text);
  g_free (question->guidance);
  g_strfreev (question->frameworks);
  g_free (question);
}

void
vb_template_domain_free (VbTemplateDomain *domain)
{
  if (domain == NULL)
    return;
  g_free (domain->key);
  g_free (domain->code);
  g_free (domain->title);
  g_free (domain->description);
  g_clear_pointer (&domain->questions, g_ptr_array_unref);
  g_free (domain);
}

void
vb_template_prompt_free (VbTemplatePrompt *prompt)
{
  if (prompt == NULL)
    return;
  g_free (prompt->key);
  g_free (prompt->text);
  g_free (prompt->hint);
  g_free (prompt);
}

static gboolean fail (Reader     *r,
                      const char *format,
                      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (Reader     *r,
      const char *format,
      ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  return vb_template_xml_error (r->error, r->source, detail);
}

static gboolean
check_element (Reader             *r,
               xmlNode            *node,
               const char *const  *attributes,
               const char *const  *children)
{
  return vb_template_xml_check_attributes (node, attributes, r->source, r->error) &&
         vb_template_xml_check_children (node, children, r->source, r->error);
}

static gboolean
is_key (const char *key)
{
  gboolean after_hyphen = TRUE;

  if (*key == '\0' || strlen (key) > 64)
    return FALSE;
  for (const char *c = key; *c; c++)
    {
      if (*c == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if (g_ascii_islower (*c) || g_ascii_isdigit (*c))
        after_hyphen = FALSE;
      else
        return FALSE;
    }
  return !after_hyphen;
}

/* The key= of @node: present, in lower-case words joined by hyphens, and
 * not used before in the document */
static char *
read_key (Reader  *r,
          xmlNode *node)
{
  g_autofree char *key = vb_template_xml_prop (node, "key");

  if (*key == '\0')
    {
      /* Translators: %s is an XML element, e.g. <requirement> */
      fail (r, _("a <%s> has no key"), node->name);
      return NULL;
    }
  if (!is_key (key))
    {
      fail (r, _("the key “%s” is not made of lower-case words joined by hyphens"), key);
      return NULL;
    }
  if (g_hash_table_contains (r->keys, key))
    {
      fail (r, _("the key “%s” is used twice"), key);
      return NULL;
    }
  g_hash_table_add (r->keys, g_strdup (key));
  return g_steal_pointer (&key);
}

/* The one child element @name of @node (keyed @key), a leaf of plain
 * text; "" when there is none and it is @optional; translated unless it
 * is a tag */
static gboolean
read_leaf (Reader      *r,
           xmlNode     *node,
           const char  *key,
           const char  *name,
           gboolean     optional,
           char       **out)
{
  xmlNode *found = NULL;
  g_autofree char *text = NULL;

  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, name))
      {
        if (found != NULL)
          /* Translators: e.g. more than one <title> in <domain> “access-control” */
          return fail (r, _("more than one <%s> in <%s> “%s”"), name, node->name, key);
        found = c;
      }
  if (found == NULL)
    {
      if (optional)
        {
          *out = g_strdup ("");
          return TRUE;
        }
      /* Translators: e.g. <requirement> “exit-clause” has no <text> */
      return fail (r, _("<%s> “%s” has no <%s>"), node->name, key, name);
    }
  if (!check_element (r, found, no_names, NULL))
    return FALSE;
  text = vb_template_xml_normal_text (found);
  if (*text == '\0')
    /* Translators: e.g. the <text> of <requirement> “exit-clause” is empty */
    return fail (r, _("the <%s> of <%s> “%s” is empty"), name, node->name, key);
  *out = g_strdup (g_dgettext (GETTEXT_PACKAGE, text));
  return TRUE;
}

static gboolean
read_flag (Reader     *r,
           xmlNode    *node,
           const char *key,
           const char *attr,
           gboolean   *out)
{
  g_autofree char *v = vb_template_xml_prop (node, attr);

  if (*v == '\0' || g_str_equal (v, "no"))
    *out = FALSE;
  else if (g_str_equal (v, "yes"))
    *out = TRUE;
  else
    /* Translators: e.g. high-risk= of “ac-unique-accounts” must be yes or no, not “maybe” */
    return fail (r, _("%s= of “%s” must be yes or no, not “%s”"), attr, key, v);
  return TRUE;
}

/* A list document's root: the right element and a version we read */
static xmlDoc *
read_list_root (Reader             *r,
                GBytes             *bytes,
                const char         *root_name,
                const char *const  *children)
{
  xmlDoc *doc = vb_template_xml_read (bytes, r->source, root_name, r->error);
  xmlNode *root;
  g_autofree char *version = NULL;

  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  version = vb_template_xml_prop (root, "version");
  if (check_element (r, root, version_attributes, children) &&
      (g_str_equal (version, LIST_VERSION) ||
       fail (r, _("its version “%s” is not one this version of Vendorbench reads"), version)))
    return doc;
  xmlFreeDoc (doc);
  return NULL;
}

static GBytes *
template_bytes (VbProjectTemplate   id,
                GError            **error)
{
  g_autofree char *name = NULL;

  if ((guint) id >= vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE, _("There is no such project template."));
      return NULL;
    }
  name = g_strconcat ("templates/", vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, id), ".xml", NULL);
  return vb_core_resource_data (name, error);
}

/* Requirement sections ------------------------------------------------- */

static VbTemplateRequirement *
read_requirement (Reader  *r,
                  xmlNode *node)
{
  g_autoptr(VbTemplateRequirement) req = g_new0 (VbTemplateRequirement, 1);
  g_autofree char *priority = vb_template_xml_prop (node, "priority");
  int value;

  if (!check_element (r, node, requirement_attributes, text_children) ||
      (req->key = read_key (r, node)) == NULL ||
      !read_leaf (r, node, req->key, "text", FALSE, &req->text))
    return NULL;
  if (!vb_enum_from_nick (VB_TYPE_PRIORITY, priority, &value))
    {
      /* Translators: priority= is an XML attribute; keep must, should and nice as they are */
      fail (r, _("the priority “%s” of “%s” is not must, should or nice"), priority, req->key);
      return NULL;
    }
  req->priority = (VbPriority) value;
  return g_steal_pointer (&req);
}

static VbTemplateSection *
read_section (Reader  *r,
              xmlNode *node)
{
  g_autoptr(VbTemplateSection) section = g_new0 (VbTemplateSection, 1);

  section->requirements = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_requirement_free);
  if (!check_element (r, node, key_attributes, section_children) ||
      (section->key = read_key (r, node)) == NULL ||
      !read_leaf (r, node, section->key, "title", FALSE, &section->title) ||
      !read_leaf (r, node, section->key, "description", TRUE, &section->description))
    return NULL;
  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, "requirement"))
      {
        VbTemplateRequirement *req = read_requirement (r, c);

        if (req == NULL)
          return NULL;
        g_ptr_array_add (section->requirements, req);
      }
  if (section->requirements->len == 0)
    {
      fail (r, _("the section “%s” has no requirement"), section->key);
      return NULL;
    }
  return g_steal_pointer (&section);
}

/**
 * vb_template_parse_requirement_sections:
 * @template_xml: a whole <vendorbench-template> document
 * @source: its name, for messages
 *
 * Returns: (transfer full) (element-type VbTemplateSection) (nullable):
 *   the document's sections in their order (none for the blank
 *   template), or %NULL with @error set
 */
GPtrArray *
vb_template_parse_requirement_sections (GBytes      *template_xml,
                                        const char  *source,
                                        GError     **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader r = { source, keys, error };
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_section_free);
  xmlDoc *doc;

  g_return_val_if_fail (template_xml != NULL && source != NULL, NULL);
  doc = vb_template_xml_read (template_xml, source, "vendorbench-template", error);
  if (doc == NULL)
    return NULL;
  if (!check_element (&r, xmlDocGetRootElement (doc), vb_template_root_attributes, vb_template_root_children))
    g_clear_pointer (&out, g_ptr_array_unref);
  for (xmlNode *c = xmlDocGetRootElement (doc)->children; c && out; c = c->next)
    if (vb_template_xml_is (c, "requirement-section"))
      {
        VbTemplateSection *section = read_section (&r, c);

        if (section == NULL)
          g_clear_pointer (&out, g_ptr_array_unref);
        else
          g_ptr_array_add (out, section);
      }
  xmlFreeDoc (doc);
  return g_steal_pointer (&out);
}

/**
 * vb_template_get_requirement_sections:
 * @id: a project template
 *
 * Returns: (transfer full) (element-type VbTemplateSection) (nullable):
 *   the template's requirement (RFP) sections, translated
 */
GPtrArray *
vb_template_get_requirement_sections (VbProjectTemplate   id,
                                      GError            **error)
{
  g_autoptr(GBytes) bytes = template_bytes (id, error);

  if (bytes == NULL)
    return NULL;
  return vb_template_parse_requirement_sections (bytes, vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, id), error);
}

/* The questionnaire ---------------------------------------------------- */

static gboolean
read_weight (Reader             *r,
             xmlNode            *node,
             VbTemplateQuestion *q)
{
  g_autofree char *v = vb_template_xml_prop (node, "weight");
  char *end = NULL;

  q->weight = g_ascii_strtod (v, &end);
  if (*v == '\0' || end == v || *end != '\0' || !isfinite (q->weight) || q->weight < 1 || q->weight > 5)
    /* Translators: weight= is an XML attribute */
    return fail (r, _("the weight “%s” of “%s” is not a number from 1 to 5"), v, q->key);
  return TRUE;
}

static gboolean
read_frameworks (Reader             *r,
                 xmlNode            *node,
                 VbTemplateQuestion *q)
{
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, "framework"))
      {
        g_autofree char *tag = NULL;

        if (!check_element (r, c, no_names, NULL))
          return FALSE;
        /* a tag (“ISO 27001 A.5.19”) is a name, never translated */
        tag = vb_template_xml_normal_text (c);
        if (*tag == '\0')
          return fail (r, _("the <%s> of <%s> “%s” is empty"), "framework", node->name, q->key);
        if (!g_hash_table_add (seen, g_strdup (tag)))
          /* Translators: e.g. the framework tag “GDPR 28(3)(d)” appears twice in “sp-consent” */
          return fail (r, _("the framework tag “%s” appears twice in “%s”"), tag, q->key);
        g_strv_builder_add (tags, tag);
      }
  q->frameworks = g_strv_builder_end (tags);
  return TRUE;
}

static VbTemplateQuestion *
read_question (Reader  *r,
               xmlNode *node)
{
  g_autoptr(VbTemplateQuestion) q = g_new0 (VbTemplateQuestion, 1);
  g_autofree char *answer = vb_template_xml_prop (node, "answer");
  int value;

  if (!check_element (r, node, question_attributes, question_children) ||
      (q->key = read_key (r, node)) == NULL ||
      !read_leaf (r, node, q->key, "text", FALSE, &q->text) ||
      !read_leaf (r, node, q->key, "guidance", FALSE, &q->guidance) ||
      !read_frameworks (r, node, q))
    return NULL;
  if (!vb_enum_from_nick (VB_TYPE_YES_NO, answer, &value))
    {
      /* Translators: answer= is an XML attribute; keep yes and no as they are */
      fail (r, _("the answer “%s” of “%s” is not yes or no"), answer, q->key);
      return NULL;
    }
  q->answer = (VbYesNo) value;
  if (!read_weight (r, node, q) ||
      !read_flag (r, node, q->key, "high-risk", &q->high_risk) ||
      !read_flag (r, node, q->key, "lite", &q->lite))
    return NULL;
  return g_steal_pointer (&q);
}

static gboolean
is_code (const char *code)
{
  gsize n = strlen (code);

  if (n == 0 || n > 4)
    return FALSE;
  for (const char *c = code; *c; c++)
    if (!g_ascii_isupper (*c))
      return FALSE;
  return TRUE;
}

static VbTemplateDomain *
read_domain (Reader     *r,
             GHashTable *codes,
             xmlNode    *node)
{
  g_autoptr(VbTemplateDomain) domain = g_new0 (VbTemplateDomain, 1);

  domain->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_question_free);
  if (!check_element (r, node, domain_attributes, domain_children) ||
      (domain->key = read_key (r, node)) == NULL)
    return NULL;
  domain->code = vb_template_xml_prop (node, "code");
  if (!is_code (domain->code))
    {
      /* Translators: code= is an XML attribute */
      fail (r, _("the code “%s” of “%s” is not one to four capital letters"), domain->code, domain->key);
      return NULL;
    }
  if (!g_hash_table_add (codes, g_strdup (domain->code)))
    {
      fail (r, _("the code “%s” is used twice"), domain->code);
      return NULL;
    }
  if (!read_leaf (r, node, domain->key, "title", FALSE, &domain->title) ||
      !read_leaf (r, node, domain->key, "description", TRUE, &domain->description))
    return NULL;
  for (xmlNode *c = node->children; c; c = c->next)
    if (vb_template_xml_is (c, "question"))
      {
        VbTemplateQuestion *q = read_question (r, c);

        if (q == NULL)
          return NULL;
        g_ptr_array_add (domain->questions, q);
      }
  if (domain->questions->len == 0)
    {
      fail (r, _("the domain “%s” has no question"), domain->key);
      return NULL;
    }
  return g_steal_pointer (&domain);
}

/**
 * vb_questionnaire_parse:
 * @questionnaire_xml: a whole <vendorbench-questionnaire> document
 *
 * Returns: (transfer full) (element-type VbTemplateDomain) (nullable):
 *   its domains in their order, or %NULL with @error set
 */
GPtrArray *
vb_questionnaire_parse (GBytes  *questionnaire_xml,
                        GError **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader r = { "questionnaire", keys, error };
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_domain_free);
  xmlDoc *doc;

  g_return_val_if_fail (questionnaire_xml != NULL, NULL);
  doc = read_list_root (&r, questionnaire_xml, "vendorbench-questionnaire", questionnaire_children);
  if (doc == NULL)
    return NULL;
  for (xmlNode *c = xmlDocGetRootElement (doc)->children; c && out; c = c->next)
    if (vb_template_xml_is (c, "domain"))
      {
        VbTemplateDomain *domain = read_domain (&r, codes, c);

        if (domain == NULL)
          g_clear_pointer (&out, g_ptr_array_unref);
        else
          g_ptr_array_add (out, domain);
      }
  xmlFreeDoc (doc);
  if (out && out->len == 0)
    {
      fail (&r, _("it has no domain"));
      g_clear_pointer (&out, g_ptr_array_unref);
    }
  return g_steal_pointer (&out);
}

/**
 * vb_questionnaire_load:
 *
 * The one security and compliance questionnaire (Full); the questions
 * whose `lite` is set make the Lite screen.
 *
 * Returns: (transfer full) (element-type VbTemplateDomain) (nullable):
 *   its domains, translated
 */
GPtrArray *
vb_questionnaire_load (GError **error)
{
  g_autoptr(GBytes) bytes = vb_core_resource_data (QUESTIONNAIRE_FILE, error);

  if (bytes == NULL)
    return NULL;
  return vb_questionnaire_parse (bytes, error);
}

/* The call sheet -------------------------------------------------------- */

static VbTemplatePrompt *
read_prompt (Reader  *r,
             xmlNode *node)
{
  g_autoptr(VbTemplatePrompt) prompt = g_new0 (VbTemplatePrompt, 1);

  if (!check_element (r, node, key_attributes, prompt_children) ||
      (prompt->key = read_key (r, node)) == NULL ||
      !read_leaf (r, node, prompt->key, "text", FALSE, &prompt->text) ||
      !read_leaf (r, node, prompt->key, "hint", TRUE, &prompt->hint))
    return NULL;
  return g_steal_pointer (&prompt);
}

static gboolean
read_prompts (Reader    *r,
              xmlNode   *root,
              GPtrArray *out)
{
  for (xmlNode *c = root->children; c; c = c->next)
    if (vb_template_xml_is (c, "prompt"))
      {
        VbTemplatePrompt *prompt = read_prompt (r, c);

        if (prompt == NULL)
          return FALSE;
        g_ptr_array_add (out, prompt);
      }
  return TRUE;
}

/**
 * vb_call_sheet_parse:
 * @call_sheet_xml: a whole <vendorbench-call-sheet> document
 * @template_xml: (nullable): a <vendorbench-template> whose own prompts
 *   follow the shared ones
 * @source: the template's name, for messages about its prompts
 *
 * Returns: (transfer full) (element-type VbTemplatePrompt) (nullable):
 *   the shared prompts, then the template's, or %NULL with @error set;
 *   a key is unique over both
 */
GPtrArray *
vb_call_sheet_parse (GBytes      *call_sheet_xml,
                     GBytes      *template_xml,
                     const char  *source,
                     GError     **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader r = { "call-sheet", keys, error };
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) vb_template_prompt_free);
  xmlDoc *doc;
  gboolean ok;

  g_return_val_if_fail (call_sheet_xml != NULL, NULL);
  doc = read_list_root (&r, call_sheet_xml, "vendorbench-call-sheet", call_sheet_children);
  if (doc == NULL)
    return NULL;
  ok = read_prompts (&r, xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);
  if (ok && out->len == 0)
    ok = fail (&r, _("it has no prompt"));
  if (!ok)
    return NULL;
  if (template_xml == NULL)
    return g_steal_pointer (&out);

  r.source = source ? source : "template";
  doc = vb_template_xml_read (template_xml, r.source, "vendorbench-template", error);
  if (doc == NULL)
    return NULL;
  ok = check_element (&r, xmlDocGetRootElement (doc), vb_template_root_attributes, vb_template_root_children) &&
       read_prompts (&r, xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);
  return ok ? g_steal_pointer (&out) : NULL;
}

/**
 * vb_call_sheet_load:
 * @id: a project template
 *
 * The reference call sheet for a project made from @id: the same prompts
 * for every reference.
 *
 * Returns: (transfer full) (element-type VbTemplatePrompt) (nullable):
 *   the shared prompts, then the template's own, translated
 */
GPtrArray *
vb_call_sheet_load (VbProjectTemplate   id,
                    GError            **error)
{
  g_autoptr(GBytes) shared = NULL;
  g_autoptr(GBytes) own = template_bytes (id, error);

  if (own == NULL)
    return NULL;
  shared = vb_core_resource_data (CALL_SHEET_FILE, error);
  if (shared == NULL)
    return NULL;
  return vb_call_sheet_parse (shared, own, vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, id), error);
}
