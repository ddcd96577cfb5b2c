/* test-templates.c — the built-in lists of data/templates
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every project template loads whole (what it seeds, its requirement
 * sections, its call sheet), and so do the shared questionnaire and call
 * sheet; keys are unique and carry the items later rules look up; the
 * questionnaire covers every domain of DOMAIN.md with a Lite screen in
 * each; values are in range. Then broken documents, each otherwise
 * valid, are refused with a message naming the problem.
 */

#include <string.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "vb-enums.h"
#include "vb-error.h"
#include "vb-kpi.h"
#include "vb-project.h"
#include "vb-resource.h"
#include "vb-signing-checklist.h"
#include "vb-template.h"
#include "vb-template-private.h"
#include "vb-test-util.h"

/* The items rules and the pre-signing checklist look up by key */
static const char *const required_keys[] = {
  "case-studies-small-business", "exit-clause", "sample-training-schedule", "qa-audit-template",
  "one-week-pilot-plan", NULL
};

/* The sections every project template brings (the brief's common list) */
static const char *const common_sections[] = {
  "company-references", "staffing-training", "quality-assurance", "reporting", "technology-integration",
  "security-summary", "pricing", "transition-pilot", "exit", NULL
};

/* DOMAIN.md "RFP sections": the scope each template adds */
static const char *const customer_support_sections[] = {
  "inbound-phone", "inbound-chat", "inbound-email", "social-media", "outbound", "technical-support",
  "ai-assisted-care", "service-levels", "scope-volumes", NULL
};
static const char *const back_office_sections[] = {
  "bookkeeping", "payroll", "data-entry", "document-management", "service-levels", "scope-volumes", NULL
};
static const char *const it_help_desk_sections[] = {
  "service-desk", "accounts-access", "devices-software", "major-incidents", "service-levels", "scope-volumes", NULL
};

/* DOMAIN.md "Security and compliance questionnaire domains", as listed
 * in the issue: key and code */
static const char *const domains[][2] = {
  { "access-control", "AC" },
  { "hr-security", "HR" },
  { "physical-security", "PS" },
  { "data-handling", "DH" },
  { "retention-deletion", "RD" },
  { "incident-response", "IR" },
  { "continuity", "BC" },
  { "sub-processors", "SP" },
  { "privacy", "PR" },
  { "pci-dss", "PCI" },
  { "ai-use", "AI" },
  { "exit-portability", "EX" },
};

/* Framework tags name a framework we know, then a clause */
static const char *const framework_prefixes[] = {
  "ISO 27001 A.", "ISO 27701 ", "ISO 42001 ", "SOC 2 ", "GDPR ", "CCPA ", "PCI DSS ", "NIST CSF ", "CSA CCM ",
  "EU AI Act ", NULL
};

static const char *
template_nick (VbProjectTemplate id)
{
  return vb_enum_get_nick (VB_TYPE_PROJECT_TEMPLATE, id);
}

static gboolean
add_key (GHashTable *keys, const char *key)
{
  return g_hash_table_add (keys, g_strdup (key));
}

static void
test_requirement_sections (void)
{
  guint n = vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE);

  g_assert_cmpuint (n, ==, 4);
  for (guint t = 0; t < n; t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) sections = vb_template_get_requirement_sections ((VbProjectTemplate) t, &error);
      g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint n_requirements = 0, n_must = 0;
      const char *const *own = NULL;

      g_test_message ("template %s", template_nick (t));
      g_assert_no_error (error);
      g_assert_nonnull (sections);
      /* the whole template loads: what it seeds, its sections, its call sheet */
      g_assert_true (vb_template_check ((VbProjectTemplate) t, &error));
      g_assert_no_error (error);

      if (t == VB_PROJECT_TEMPLATE_BLANK)
        {
          g_assert_cmpuint (sections->len, ==, 0);
          continue;
        }

      for (guint s = 0; s < sections->len; s++)
        {
          VbTemplateSection *section = g_ptr_array_index (sections, s);

          g_assert_true (add_key (keys, section->key));
          g_assert_cmpstr (section->title, !=, "");
          g_assert_nonnull (section->description);
          g_assert_cmpuint (section->requirements->len, >, 0);
          for (guint i = 0; i < section->requirements->len; i++)
            {
              VbTemplateRequirement *req = g_ptr_array_index (section->requirements, i);

              if (!add_key (keys, req->key))
                g_error ("%s: the key %s is used twice", template_nick (t), req->key);
              g_assert_nonnull (vb_enum_get_nick (VB_TYPE_PRIORITY, req->priority));
              g_assert_cmpuint (strlen (req->text), >, 20);
              /* the untranslated wording the brief asks for */
              if (!g_str_has_prefix (req->text, "Describe how you will ") && !g_str_has_prefix (req->text, "Send "))
                g_error ("%s: %s is not phrased “Describe how you will …” or “Send …”: %s",
                         template_nick (t), req->key, req->text);
              n_requirements++;
              n_must += req->priority == VB_PRIORITY_MUST;
            }
        }

      for (guint i = 0; required_keys[i]; i++)
        if (!g_hash_table_contains (keys, required_keys[i]))
          g_error ("%s has no item %s", template_nick (t), required_keys[i]);
      for (guint i = 0; common_sections[i]; i++)
        if (!g_hash_table_contains (keys, common_sections[i]))
          g_error ("%s has no section %s", template_nick (t), common_sections[i]);
      own = t == VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT ? customer_support_sections
            : t == VB_PROJECT_TEMPLATE_BACK_OFFICE    ? back_office_sections
                                                      : it_help_desk_sections;
      for (guint i = 0; own[i]; i++)
        if (!g_hash_table_contains (keys, own[i]))
          g_error ("%s has no section %s", template_nick (t), own[i]);

      /* a real RFP, with must-haves and not only must-haves */
      g_assert_cmpuint (n_requirements, >=, 50);
      g_assert_cmpuint (n_must, >=, 10);
      g_assert_cmpuint (n_must, <, n_requirements / 2);
    }

  /* no such template */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) none = vb_template_get_requirement_sections ((VbProjectTemplate) n, &error);

    g_assert_null (none);
    g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE);
    g_clear_error (&error);
    g_assert_null (vb_call_sheet_load ((VbProjectTemplate) n, &error));
    g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE);
  }
}

static void
test_questionnaire (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = vb_questionnaire_load (&error);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_questions = 0, n_lite = 0, n_high_risk = 0, n_no = 0;

  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (domains));

  for (guint d = 0; d < list->len; d++)
    {
      VbTemplateDomain *domain = g_ptr_array_index (list, d);
      g_autofree char *code = g_ascii_strdown (domain->code, -1);
      g_autofree char *prefix = g_strconcat (code, "-", NULL);
      guint lite = 0;

      /* every domain of DOMAIN.md, in the order */
      g_assert_cmpstr (domain->key, ==, domains[d][0]);
      g_assert_cmpstr (domain->code, ==, domains[d][1]);
      g_assert_true (add_key (keys, domain->key));
      g_assert_cmpstr (domain->title, !=, "");
      g_assert_cmpstr (domain->description, !=, "");
      g_assert_cmpuint (domain->questions->len, >=, 6);

      for (guint i = 0; i < domain->questions->len; i++)
        {
          VbTemplateQuestion *q = g_ptr_array_index (domain->questions, i);

          if (!add_key (keys, q->key))
            g_error ("the question key %s is used twice", q->key);
          /* a question's key starts with its domain's code */
          if (!g_str_has_prefix (q->key, prefix))
            g_error ("%s is in %s", q->key, domain->key);
          g_assert_true (q->answer == VB_YES_NO_YES || q->answer == VB_YES_NO_NO);
          g_assert_cmpfloat (q->weight, >=, 1);
          g_assert_cmpfloat (q->weight, <=, 5);
          g_assert_true (g_str_has_suffix (q->text, "?"));
          g_assert_cmpuint (strlen (q->guidance), >, 20);
          /* a deal-breaker weighs much */
          if (q->high_risk && q->weight < 4)
            g_error ("%s is high-risk with weight %g", q->key, q->weight);
          g_assert_nonnull (q->frameworks);
          for (guint f = 0; q->frameworks[f]; f++)
            {
              gboolean known = FALSE;

              for (guint p = 0; framework_prefixes[p]; p++)
                known = known || (g_str_has_prefix (q->frameworks[f], framework_prefixes[p]) &&
                                  strlen (q->frameworks[f]) > strlen (framework_prefixes[p]));
              if (!known)
                g_error ("%s: “%s” is not a framework tag", q->key, q->frameworks[f]);
            }
          n_questions++;
          lite += q->lite;
          n_high_risk += q->high_risk;
          n_no += q->answer == VB_YES_NO_NO;
        }
      if (lite == 0)
        g_error ("the domain %s has no question on the Lite screen", domain->key);
      n_lite += lite;
    }

  g_test_message ("%u questions, %u lite, %u high-risk, %u where no is compliant",
                  n_questions, n_lite, n_high_risk, n_no);
  /* about 120 in the Full questionnaire, about 40 in Lite */
  g_assert_cmpuint (n_questions, >=, 110);
  g_assert_cmpuint (n_questions, <=, 130);
  g_assert_cmpuint (n_lite, >=, 35);
  g_assert_cmpuint (n_lite, <=, 45);
  /* some deal-breakers, but not everything is one */
  g_assert_cmpuint (n_high_risk, >=, 12);
  g_assert_cmpuint (n_high_risk, <=, n_questions / 3);
  /* a few questions where “no” is the compliant answer */
  g_assert_cmpuint (n_no, >=, 4);
  g_assert_cmpuint (n_no, <, n_questions / 4);

  /* the deal-breakers the brief names by subject */
  static const char *const must_be_high_risk[] = { "ir-breach-notice-time", "pci-no-cvv-stored", "sp-prior-consent", NULL };
  for (guint i = 0; must_be_high_risk[i]; i++)
    {
      gboolean found = FALSE;

      for (guint d = 0; d < list->len; d++)
        {
          VbTemplateDomain *domain = g_ptr_array_index (list, d);

          for (guint j = 0; j < domain->questions->len; j++)
            {
              VbTemplateQuestion *q = g_ptr_array_index (domain->questions, j);

              if (g_str_equal (q->key, must_be_high_risk[i]))
                {
                  found = TRUE;
                  g_assert_true (q->high_risk);
                }
            }
        }
      if (!found)
        g_error ("no question %s", must_be_high_risk[i]);
    }
}

static void
test_call_sheet (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) shared_bytes = vb_core_resource_data ("templates/call-sheet.xml", &error);
  g_autoptr(GPtrArray) shared = NULL;
  guint n = vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE);

  g_assert_no_error (error);
  shared = vb_call_sheet_parse (shared_bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shared->len, >=, 10);
  g_assert_cmpuint (shared->len, <=, 12);

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(GPtrArray) prompts = vb_call_sheet_load ((VbProjectTemplate) t, &error);
      g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gboolean outage = FALSE;

      g_test_message ("template %s", template_nick (t));
      g_assert_no_error (error);
      g_assert_cmpuint (prompts->len, >=, shared->len);
      for (guint i = 0; i < prompts->len; i++)
        {
          VbTemplatePrompt *prompt = g_ptr_array_index (prompts, i);

          /* the shared prompts first, in their order */
          if (i < shared->len)
            g_assert_cmpstr (prompt->key, ==, ((VbTemplatePrompt *) g_ptr_array_index (shared, i))->key);
          g_assert_true (add_key (keys, prompt->key));
          g_assert_cmpuint (strlen (prompt->text), >, 10);
          g_assert_true (g_str_has_suffix (prompt->text, "?"));
          g_assert_nonnull (prompt->hint);
          outage = outage || g_str_equal (prompt->key, "major-outage");
        }
      /* the blank template adds nothing; the IT help desk asks about outages */
      if (t == VB_PROJECT_TEMPLATE_BLANK)
        g_assert_cmpuint (prompts->len, ==, shared->len);
      else
        g_assert_cmpuint (prompts->len, >, shared->len);
      g_assert_true (outage == (t == VB_PROJECT_TEMPLATE_IT_HELP_DESK));
    }
}

/* Broken documents ------------------------------------------------------ */

#define TEMPLATE_HEAD "<vendorbench-template id=\"t\" version=\"1\" default-channel=\"email\"><name>T</name>"
#define SECTION_HEAD  TEMPLATE_HEAD "<requirement-section key=\"s\"><title>S</title>"
#define SECTION_TAIL  "</requirement-section></vendorbench-template>"
#define REQ(attrs, body) "<requirement key=\"r\" " attrs ">" body "</requirement>"
#define QN_HEAD       "<vendorbench-questionnaire version=\"1\"><domain key=\"access-control\" code=\"AC\"><title>A</title>"
#define QN_TAIL       "</domain></vendorbench-questionnaire>"
#define QUESTION(attrs, body) "<question key=\"ac-q\" " attrs ">" body "</question>"
#define GOOD_Q_BODY   "<text>Q?</text><guidance>G</guidance>"
#define QUESTION2     "<question key=\"ac-q2\" answer=\"yes\" weight=\"1\" lite=\"yes\">" GOOD_Q_BODY "</question>"
#define CALL_HEAD     "<vendorbench-call-sheet version=\"1\">"
#define CALL_TAIL     "</vendorbench-call-sheet>"

#define TASK(attrs, body) "<task kind=\"routine\" channel=\"chat\" volume=\"10\" handle-minutes=\"5\" days=\"mon\" " \
  "from=\"09:00\" to=\"17:00\" timezone=\"Europe/London\" languages=\"English\" " attrs ">" body "</task>"
#define TEAM          "<team days=\"mon\" from=\"09:00\" to=\"17:00\" timezone=\"Europe/London\" languages=\"English\"/>"

#define CAT(w, body)  "<criterion-category weight=\"" w "\"><name>C</name><description>D</description>" body \
  "</criterion-category>"
#define CRIT(kind, w, attrs) "<criterion kind=\"" kind "\" weight=\"" w "\" " attrs "><name>K</name>" \
  "<description>1: bad. 5: good.</description></criterion>"
#define CRIT2(w)      "<criterion kind=\"judged\" weight=\"" w "\"><name>L</name><description>1: x. 5: y.</description>" \
  "</criterion>"
#define SLA(attrs, body) "<sla " attrs ">" body "</sla>"
#define SLA_BODY      "<method>M</method><data-source>S</data-source><cadence>C</cadence>"
#define PHASE(key, items) "<phase key=\"" key "\"><name>N</name><entry>E</entry><exit>X</exit>" items "</phase>"
#define ITEM(key)     "<item key=\"" key "\"><title>T</title></item>"
#define PHASES_AFTER_PLAN PHASE ("knowledge-transfer", "") PHASE ("shadowing", "") PHASE ("reverse-shadowing", "") \
  PHASE ("cut-over", "") PHASE ("hypercare", "") PHASE ("steady-state", "")

/* SECTIONS, QUESTIONNAIRE and CALL_SHEET read one list; TEMPLATE a whole
 * project template, as vb_template_check does (seeds, sections, prompts) */
typedef enum { SECTIONS, QUESTIONNAIRE, CALL_SHEET, TEMPLATE, TRANSITION } Kind;

typedef struct {
  const char *name;
  Kind        kind;
  const char *xml;
  const char *template_xml;  /* CALL_SHEET only: the template's own prompts */
  const char *message;       /* a part of the message that names the problem */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  /* requirement sections */
  { "not-xml", SECTIONS, "<vendorbench-template", NULL, "it is not well-formed XML (line 1: " },
  { "wrong-root", SECTIONS, "<vendorbench-questionnaire version=\"1\"/>", NULL,
    "it is not a <vendorbench-template> document" },
  { "doctype", SECTIONS, "<!DOCTYPE vendorbench-template [<!ENTITY x \"y\">]>" TEMPLATE_HEAD "</vendorbench-template>",
    NULL, "it declares a document type" },
  { "undeclared-entity", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "<text>Send &x;.</text>") SECTION_TAIL,
    NULL, "it is not well-formed XML (line 1: Entity 'x' not defined" },
  { "unknown-root-child", SECTIONS, TEMPLATE_HEAD "<requirements-section key=\"s\"/></vendorbench-template>", NULL,
    "an unknown element <requirements-section> in <vendorbench-template>" },
  { "unknown-element", SECTIONS, SECTION_HEAD "<requirment key=\"r\" priority=\"must\"><text>Send it.</text></requirment>"
    SECTION_TAIL, NULL, "an unknown element <requirment> in <requirement-section>" },
  { "element-in-text", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "<text>Send <b>it</b>.</text>") SECTION_TAIL,
    NULL, "an unknown element <b> in <text>" },
  { "unknown-attribute", SECTIONS, SECTION_HEAD REQ ("priority=\"must\" colour=\"red\"", "<text>Send it.</text>")
    SECTION_TAIL, NULL, "an unknown attribute “colour” on <requirement>" },
  { "namespaced-attribute", SECTIONS, SECTION_HEAD REQ ("priority=\"must\" xml:lang=\"en\"", "<text>Send it.</text>")
    SECTION_TAIL, NULL, "an unknown attribute “lang” on <requirement>" },
  { "attribute-on-text", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "<text lang=\"en\">Send it.</text>")
    SECTION_TAIL, NULL, "an unknown attribute “lang” on <text>" },
  { "stray-text", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "Send it.<text>Send it.</text>") SECTION_TAIL,
    NULL, "text outside an element in <requirement>" },
  { "bad-priority", SECTIONS, SECTION_HEAD REQ ("priority=\"urgent\"", "<text>Send it.</text>") SECTION_TAIL, NULL,
    "the priority “urgent” of “r” is not must, should or nice" },
  { "no-priority", SECTIONS, SECTION_HEAD REQ ("", "<text>Send it.</text>") SECTION_TAIL, NULL,
    "the priority “” of “r”" },
  { "duplicate-key", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "<text>Send it.</text>")
    REQ ("priority=\"nice\"", "<text>Send that.</text>") SECTION_TAIL, NULL, "the key “r” is used twice" },
  { "section-key-reused", SECTIONS, TEMPLATE_HEAD "<requirement-section key=\"r\"><title>S</title>"
    REQ ("priority=\"must\"", "<text>Send it.</text>") SECTION_TAIL, NULL, "the key “r” is used twice" },
  { "bad-key", SECTIONS, SECTION_HEAD "<requirement key=\"Exit_Clause\" priority=\"must\"><text>Send it.</text>"
    "</requirement>" SECTION_TAIL, NULL, "the key “Exit_Clause” is not made of lower-case words" },
  { "no-key", SECTIONS, SECTION_HEAD "<requirement priority=\"must\"><text>Send it.</text></requirement>" SECTION_TAIL,
    NULL, "a <requirement> has no key" },
  { "empty-text", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "<text>  \n </text>") SECTION_TAIL, NULL,
    "the <text> of <requirement> “r” is empty" },
  { "no-text", SECTIONS, SECTION_HEAD REQ ("priority=\"must\"", "") SECTION_TAIL, NULL,
    "<requirement> “r” has no <text>" },
  { "two-titles", SECTIONS, SECTION_HEAD "<title>Again</title>" REQ ("priority=\"must\"", "<text>Send it.</text>")
    SECTION_TAIL, NULL, "more than one <title> in <requirement-section> “s”" },
  { "empty-section", SECTIONS, SECTION_HEAD SECTION_TAIL, NULL, "the section “s” has no requirement" },

  /* a whole template: what the seeder reads is checked as strictly */
  { "t-unknown-root-child", TEMPLATE, TEMPLATE_HEAD "<objectve kind=\"other\"><title>O</title></objectve>"
    "</vendorbench-template>", NULL, "an unknown element <objectve> in <vendorbench-template>" },
  { "t-task-attribute", TEMPLATE, TEMPLATE_HEAD TASK ("colour=\"red\"", "<name>N</name>") "</vendorbench-template>",
    NULL, "an unknown attribute “colour” on <task>" },
  { "t-element-in-name", TEMPLATE, TEMPLATE_HEAD TASK ("", "<name>Order <b>status</b></name>")
    "</vendorbench-template>", NULL, "an unknown element <b> in <name>" },
  { "t-attribute-on-title", TEMPLATE, TEMPLATE_HEAD "<objective kind=\"other\"><title lang=\"en\">O</title>"
    "</objective></vendorbench-template>", NULL, "an unknown attribute “lang” on <title>" },
  { "t-attribute-on-root-name", TEMPLATE, "<vendorbench-template id=\"t\" version=\"1\" default-channel=\"email\">"
    "<name lang=\"en\">T</name></vendorbench-template>", NULL, "an unknown attribute “lang” on <name>" },
  { "t-team-child", TEMPLATE, TEMPLATE_HEAD "<team days=\"mon\" from=\"09:00\" to=\"17:00\" "
    "timezone=\"Europe/London\" languages=\"English\"><hours/></team></vendorbench-template>", NULL,
    "an unknown element <hours> in <team>" },
  { "t-bad-volume", TEMPLATE, TEMPLATE_HEAD "<task kind=\"routine\" volume=\"lots\"><name>N</name></task>"
    "</vendorbench-template>", NULL, "“lots” is not a number in volume=" },
  { "t-wrong-id", TEMPLATE, "<vendorbench-template id=\"other\" version=\"1\"><name>T</name></vendorbench-template>",
    NULL, "its id does not match its file" },
  { "t-bad-section", TEMPLATE, SECTION_HEAD REQ ("priority=\"urgent\"", "<text>Send it.</text>") SECTION_TAIL, NULL,
    "the priority “urgent” of “r”" },
  { "t-prompt-reuses-shared-key", TEMPLATE, TEMPLATE_HEAD "<prompt key=\"rating\"><text>U?</text></prompt>"
    "</vendorbench-template>", NULL, "the key “rating” is used twice" },

  /* criteria, SLAs, tiers, workflows */
  { "s-category-sum", TEMPLATE, TEMPLATE_HEAD CAT ("60", CRIT ("judged", "100", "")) "</vendorbench-template>",
    NULL, "the weights of the categories add up to 60 %, not 100 %" },
  { "s-criteria-sum", TEMPLATE, TEMPLATE_HEAD CAT ("100", CRIT ("judged", "70", "") CRIT2 ("20"))
    "</vendorbench-template>", NULL, "the weights in the category “C” add up to 90 %, not 100 %" },
  { "s-empty-category", TEMPLATE, TEMPLATE_HEAD CAT ("100", "") "</vendorbench-template>", NULL,
    "the category “C” has no criterion" },
  { "s-kind-category", TEMPLATE, TEMPLATE_HEAD CAT ("100", CRIT ("category", "100", "")) "</vendorbench-template>",
    NULL, "the kind “category” of a criterion is not judged" },
  { "s-price-not-cost", TEMPLATE, TEMPLATE_HEAD CAT ("100", CRIT ("price", "100", "")) "</vendorbench-template>",
    NULL, "a price criterion must be marked cost=\"yes\"" },
  { "s-criterion-attribute", TEMPLATE, TEMPLATE_HEAD CAT ("100", CRIT ("judged", "100", "key=\"k\""))
    "</vendorbench-template>", NULL, "an unknown attribute “key” on <criterion>" },
  { "s-criterion-no-description", TEMPLATE, TEMPLATE_HEAD CAT ("100", "<criterion kind=\"judged\" weight=\"100\">"
    "<name>K</name></criterion>") "</vendorbench-template>", NULL,
    "the <description> of a <criterion> is missing or empty" },
  { "s-criterion-twice", TEMPLATE, TEMPLATE_HEAD CAT ("100", CRIT ("judged", "50", "") CRIT ("judged", "50", ""))
    "</vendorbench-template>", NULL, "the criterion “K” is used twice" },
  { "s-weight-word", TEMPLATE, TEMPLATE_HEAD CAT ("100", CRIT ("judged", "most", "")) "</vendorbench-template>",
    NULL, "“most” is not a number in weight= of <criterion>" },
  { "s-unknown-kpi", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"speed\" channel=\"\" target=\"1\" threshold=\"2\"", SLA_BODY)
    "</vendorbench-template>", NULL, "“speed” is not a built-in measure" },
  { "s-threshold-side", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"csat\" channel=\"\" target=\"85\" threshold=\"90\"",
    SLA_BODY) "</vendorbench-template>", NULL, "the “not quite” threshold must be below the target" },
  { "s-answer-seconds-elsewhere", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"csat\" channel=\"\" target=\"85\" "
    "threshold=\"80\" answer-seconds=\"20\"", SLA_BODY) "</vendorbench-template>", NULL,
    "answer-seconds= is needed on a service-level SLA, and only there" },
  { "s-no-answer-seconds", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"service-level\" channel=\"phone\" target=\"80\" "
    "threshold=\"75\"", SLA_BODY) "</vendorbench-template>", NULL, "answer-seconds= is needed" },
  { "s-bad-channel", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"csat\" channel=\"fax\" target=\"85\" threshold=\"80\"",
    SLA_BODY) "</vendorbench-template>", NULL, "the channel “fax” of the service level “csat” is not one" },
  { "s-unknown-objective", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"csat\" channel=\"\" target=\"85\" threshold=\"80\" "
    "objective=\"loyalty\"", SLA_BODY) "</vendorbench-template>", NULL,
    "serves an objective “loyalty” the template does not have" },
  { "s-vague-sla", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"csat\" channel=\"\" target=\"85\" threshold=\"80\"",
    "<method>M</method><cadence>C</cadence>") "</vendorbench-template>", NULL,
    "the <data-source> of a <sla> is missing or empty" },
  { "s-sla-twice", TEMPLATE, TEMPLATE_HEAD SLA ("kpi=\"csat\" channel=\"\" target=\"85\" threshold=\"80\"", SLA_BODY)
    SLA ("kpi=\"csat\" channel=\"\" target=\"90\" threshold=\"80\"", SLA_BODY) "</vendorbench-template>", NULL,
    "the service level “csat/” is used twice" },
  { "s-tier-4", TEMPLATE, TEMPLATE_HEAD "<escalation-tier level=\"4\"><handles>H</handles></escalation-tier>"
    "</vendorbench-template>", NULL, "the tier level “4” is not 1, 2 or 3" },
  { "s-tier-twice", TEMPLATE, TEMPLATE_HEAD "<escalation-tier level=\"1\"><handles>H</handles></escalation-tier>"
    "<escalation-tier level=\"1\"><handles>I</handles></escalation-tier></vendorbench-template>", NULL,
    "the tier level “1” is used twice" },
  { "s-workflow-no-step", TEMPLATE, TEMPLATE_HEAD "<workflow><name>W</name><trigger>T</trigger></workflow>"
    "</vendorbench-template>", NULL, "the workflow “W” has no step" },
  { "s-step-element", TEMPLATE, TEMPLATE_HEAD "<workflow><name>W</name><trigger>T</trigger><step><description>D"
    "</description><who>X</who></step></workflow></vendorbench-template>", NULL, "an unknown element <who> in <step>" },

  /* the transition plan */
  { "p-wrong-root", TRANSITION, CALL_HEAD CALL_TAIL, NULL, "it is not a <vendorbench-transition> document" },
  { "p-version", TRANSITION, "<vendorbench-transition version=\"2\"/>", NULL, "its version “2” is not one" },
  { "p-order", TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("knowledge-transfer", "") PHASES_AFTER_PLAN
    "</vendorbench-transition>", NULL, "the phase “knowledge-transfer” stands where “plan” belongs" },
  { "p-missing", TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("plan", "") "</vendorbench-transition>",
    NULL, "the phase “knowledge-transfer” is missing" },
  { "p-extra", TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("plan", "") PHASES_AFTER_PLAN
    PHASE ("aftercare", "") "</vendorbench-transition>", NULL, "the phase “aftercare” stands where “nothing” belongs" },
  { "p-item-twice", TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("plan", ITEM ("a") ITEM ("a"))
    PHASES_AFTER_PLAN "</vendorbench-transition>", NULL, "the key “a” is used twice" },
  { "p-bad-key", TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("plan", ITEM ("Tone_Guide"))
    PHASES_AFTER_PLAN "</vendorbench-transition>", NULL, "the key “Tone_Guide” is not made of lower-case words" },
  { "p-no-exit", TRANSITION, "<vendorbench-transition version=\"1\"><phase key=\"plan\"><name>N</name>"
    "<entry>E</entry></phase>" PHASES_AFTER_PLAN "</vendorbench-transition>", NULL,
    "the <exit> of a <phase> is missing or empty" },
  { "p-item-element", TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("plan", "<item key=\"a\"><title>T"
    "</title><due>2026-01-01</due></item>") PHASES_AFTER_PLAN "</vendorbench-transition>", NULL,
    "an unknown element <due> in <item>" },

  /* the questionnaire */
  { "q-wrong-root", QUESTIONNAIRE, CALL_HEAD CALL_TAIL, NULL, "it is not a <vendorbench-questionnaire> document" },
  { "q-version", QUESTIONNAIRE, "<vendorbench-questionnaire version=\"2\"/>", NULL, "its version “2” is not one" },
  { "q-weight-9", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"9\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the weight “9” of “ac-q” is not a number from 1 to 5" },
  { "q-weight-0.5", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"0.5\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the weight “0.5” of “ac-q”" },
  { "q-weight-word", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"heavy\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the weight “heavy” of “ac-q”" },
  { "q-weight-nan", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"nan\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the weight “nan” of “ac-q”" },
  { "q-no-weight", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the weight “” of “ac-q”" },
  { "q-bad-answer", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"maybe\" weight=\"3\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the answer “maybe” of “ac-q” is not yes or no" },
  { "q-bad-flag", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\" high-risk=\"sometimes\"", GOOD_Q_BODY)
    QN_TAIL, NULL, "high-risk= of “ac-q” must be yes or no, not “sometimes”" },
  { "q-unknown-element", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY
    "<framwork>ISO 27001 A.5.15</framwork>") QN_TAIL, NULL, "an unknown element <framwork> in <question>" },
  { "q-unknown-attribute", QUESTIONNAIRE, "<vendorbench-questionnaire version=\"1\"><domain key=\"d\" code=\"AC\" "
    "weight=\"2\"><title>A</title>" QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "an unknown attribute “weight” on <domain>" },
  { "q-duplicate-key", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY)
    "</domain><domain key=\"hr\" code=\"HR\"><title>H</title>" QUESTION ("answer=\"no\" weight=\"2\"", GOOD_Q_BODY)
    QN_TAIL, NULL, "the key “ac-q” is used twice" },
  { "q-duplicate-code", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY)
    "</domain><domain key=\"hr\" code=\"AC\"><title>H</title>" "<question key=\"hr-q\" answer=\"no\" weight=\"2\">"
    GOOD_Q_BODY "</question>" QN_TAIL, NULL, "the code “AC” is used twice" },
  { "q-bad-code", QUESTIONNAIRE, "<vendorbench-questionnaire version=\"1\"><domain key=\"d\" code=\"ac1\">"
    "<title>A</title>" QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY) QN_TAIL, NULL,
    "the code “ac1” of “d” is not one to four capital letters" },
  { "q-empty-text", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", "<text/><guidance>G</guidance>")
    QN_TAIL, NULL, "the <text> of <question> “ac-q” is empty" },
  { "q-no-guidance", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", "<text>Q?</text>") QN_TAIL, NULL,
    "<question> “ac-q” has no <guidance>" },
  { "q-empty-framework", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY
    "<framework> </framework>") QN_TAIL, NULL, "the <framework> of <question> “ac-q” is empty" },
  { "q-framework-twice", QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"yes\" weight=\"3\"", GOOD_Q_BODY
    "<framework>GDPR 28(3)(d)</framework><framework>GDPR 28(3)(d)</framework>") QN_TAIL, NULL,
    "the framework tag “GDPR 28(3)(d)” appears twice in “ac-q”" },
  { "q-empty-domain", QUESTIONNAIRE, QN_HEAD QN_TAIL, NULL, "the domain “access-control” has no question" },
  { "q-no-domain", QUESTIONNAIRE, "<vendorbench-questionnaire version=\"1\"/>", NULL, "it has no domain" },

  /* the call sheet */
  { "c-unknown-element", CALL_SHEET, CALL_HEAD "<prompt key=\"p\"><text>T?</text><tip>H</tip></prompt>" CALL_TAIL,
    NULL, "an unknown element <tip> in <prompt>" },
  { "c-unknown-attribute", CALL_SHEET, CALL_HEAD "<prompt key=\"p\" order=\"1\"><text>T?</text></prompt>" CALL_TAIL,
    NULL, "an unknown attribute “order” on <prompt>" },
  { "c-empty-hint", CALL_SHEET, CALL_HEAD "<prompt key=\"p\"><text>T?</text><hint/></prompt>" CALL_TAIL, NULL,
    "the <hint> of <prompt> “p” is empty" },
  { "c-duplicate-key", CALL_SHEET, CALL_HEAD "<prompt key=\"p\"><text>T?</text></prompt>"
    "<prompt key=\"p\"><text>U?</text></prompt>" CALL_TAIL, NULL, "the key “p” is used twice" },
  { "c-no-prompt", CALL_SHEET, CALL_HEAD CALL_TAIL, NULL, "it has no prompt" },
  /* a template's own prompt may not reuse a shared key */
  { "c-template-reuses-key", CALL_SHEET, CALL_HEAD "<prompt key=\"p\"><text>T?</text></prompt>" CALL_TAIL,
    TEMPLATE_HEAD "<prompt key=\"p\"><text>U?</text></prompt></vendorbench-template>",
    "The built-in template “t” cannot be used: the key “p” is used twice" },
  { "c-template-unknown", CALL_SHEET, CALL_HEAD "<prompt key=\"p\"><text>T?</text></prompt>" CALL_TAIL,
    TEMPLATE_HEAD "<promt key=\"q\"><text>U?</text></promt></vendorbench-template>",
    "an unknown element <promt> in <vendorbench-template>" },
};

static GPtrArray *
parse (Kind kind, const char *xml, const char *template_xml, GError **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GBytes) own = template_xml ? g_bytes_new_static (template_xml, strlen (template_xml)) : NULL;

  switch (kind)
    {
    case SECTIONS:
      return vb_template_parse_requirement_sections (bytes, "t", error);
    case QUESTIONNAIRE:
      return vb_questionnaire_parse (bytes, error);
    case TEMPLATE:
      /* an empty list stands for success */
      return vb_template_check_bytes (bytes, "t", error) ? g_ptr_array_new () : NULL;
    case TRANSITION:
      return vb_template_seed_transition_bytes (NULL, bytes, error) ? g_ptr_array_new () : NULL;
    case CALL_SHEET:
    default:
      return vb_call_sheet_parse (bytes, own, "t", error);
    }
}

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) out = parse (c->kind, c->xml, c->template_xml, &error);

  g_assert_null (out);
  g_assert_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TEMPLATE);
  g_test_message ("%s", error->message);
  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, c->message);
}

/* The same shapes, valid, read as written: the broken cases fail for
 * their one fault, not for something the fixtures get wrong */
static void
test_valid_documents (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = parse (SECTIONS, SECTION_HEAD "<description>  Two\n   words </description>"
                                         REQ ("priority=\"nice\"", "<text>Send it.</text>")
                                         "<requirement key=\"r2\" priority=\"must\"><text>Send that.</text>"
                                         "</requirement>" SECTION_TAIL, NULL, &error);
  g_autoptr(GPtrArray) questionnaire = NULL;
  g_autoptr(GPtrArray) prompts = NULL;
  g_autoptr(GPtrArray) whole = NULL;
  VbTemplateSection *s;
  VbTemplateQuestion *q;

  g_assert_no_error (error);
  g_assert_cmpuint (sections->len, ==, 1);
  s = g_ptr_array_index (sections, 0);
  g_assert_cmpstr (s->key, ==, "s");
  g_assert_cmpstr (s->title, ==, "S");
  /* white space collapsed as xgettext collapses it */
  g_assert_cmpstr (s->description, ==, "Two words");
  g_assert_cmpuint (s->requirements->len, ==, 2);
  g_assert_cmpint (((VbTemplateRequirement *) g_ptr_array_index (s->requirements, 0))->priority, ==, VB_PRIORITY_NICE);
  g_assert_cmpint (((VbTemplateRequirement *) g_ptr_array_index (s->requirements, 1))->priority, ==, VB_PRIORITY_MUST);
  g_assert_cmpstr (((VbTemplateRequirement *) g_ptr_array_index (s->requirements, 1))->text, ==, "Send that.");

  questionnaire = parse (QUESTIONNAIRE, QN_HEAD QUESTION ("answer=\"no\" weight=\"4.5\" high-risk=\"yes\"",
                                                          GOOD_Q_BODY "<framework>PCI DSS 3.3.1</framework>"
                                                          "<framework>GDPR 28(3)(c)</framework>")
                         QUESTION2 QN_TAIL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questionnaire->len, ==, 1);
  g_assert_cmpstr (((VbTemplateDomain *) g_ptr_array_index (questionnaire, 0))->description, ==, "");
  g_assert_cmpuint (((VbTemplateDomain *) g_ptr_array_index (questionnaire, 0))->questions->len, ==, 2);
  q = g_ptr_array_index (((VbTemplateDomain *) g_ptr_array_index (questionnaire, 0))->questions, 0);
  g_assert_cmpint (q->answer, ==, VB_YES_NO_NO);
  g_assert_cmpfloat (q->weight, ==, 4.5);
  g_assert_true (q->high_risk);
  g_assert_false (q->lite);
  g_assert_cmpuint (g_strv_length (q->frameworks), ==, 2);
  g_assert_cmpstr (q->frameworks[1], ==, "GDPR 28(3)(c)");
  q = g_ptr_array_index (((VbTemplateDomain *) g_ptr_array_index (questionnaire, 0))->questions, 1);
  /* the bounds are allowed; high-risk= and lite= default to no */
  g_assert_cmpfloat (q->weight, ==, 1);
  g_assert_false (q->high_risk);
  g_assert_true (q->lite);
  g_assert_cmpuint (g_strv_length (q->frameworks), ==, 0);

  prompts = parse (CALL_SHEET, CALL_HEAD "<prompt key=\"p\"><text>T?</text></prompt>" CALL_TAIL,
                   TEMPLATE_HEAD "<prompt key=\"q\"><text>U?</text><hint>H</hint></prompt></vendorbench-template>",
                   &error);
  g_assert_no_error (error);
  g_assert_cmpuint (prompts->len, ==, 2);
  g_assert_cmpstr (((VbTemplatePrompt *) g_ptr_array_index (prompts, 0))->hint, ==, "");
  g_assert_cmpstr (((VbTemplatePrompt *) g_ptr_array_index (prompts, 1))->key, ==, "q");
  g_assert_cmpstr (((VbTemplatePrompt *) g_ptr_array_index (prompts, 1))->hint, ==, "H");

  /* a whole template with one of everything */
  whole = parse (TEMPLATE, TEMPLATE_HEAD "<description>D</description>"
                 "<objective kind=\"other\"><title>O</title><target>T</target></objective>"
                 TASK ("engineering=\"no\"", "<name>N</name><function>F</function>") TEAM
                 "<requirement-section key=\"s\"><title>S</title>" REQ ("priority=\"must\"", "<text>Send it.</text>")
                 "</requirement-section><prompt key=\"own\"><text>U?</text></prompt>"
                 CAT ("40", CRIT ("judged", "70", "cost=\"no\"") CRIT2 ("30"))
                 "<criterion-category weight=\"60\"><name>P</name><description>D</description>"
                 "<criterion kind=\"price\" weight=\"100\" cost=\"yes\"><name>Price</name>"
                 "<description>Computed.</description></criterion></criterion-category>"
                 SLA ("kpi=\"service-level\" channel=\"phone\" target=\"80\" answer-seconds=\"20\" threshold=\"75\" "
                      "objective=\"other\"", SLA_BODY "<credit>C</credit>")
                 SLA ("kpi=\"first-response-p90\" channel=\"email\" target=\"14400\" threshold=\"21600\"", SLA_BODY)
                 "<escalation-tier level=\"1\"><handles>H</handles></escalation-tier>"
                 "<workflow><name>W</name><trigger>T</trigger><step><description>D</description></step></workflow>"
                 "</vendorbench-template>",
                 NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (whole);
  g_clear_pointer (&whole, g_ptr_array_unref);

  whole = parse (TRANSITION, "<vendorbench-transition version=\"1\">" PHASE ("plan", ITEM ("a") ITEM ("b-2"))
                 PHASES_AFTER_PLAN "</vendorbench-transition>", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (whole);
}

/* A new project gets its template's requirements, the whole questionnaire
 * and the call sheet, every row an example, in the template's order; a
 * blank project gets none of them */
static void
test_seeded_project (void)
{
  g_autofree char *dir = vbt_tmpdir ();

  for (guint t = 0; t < vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE); t++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/seeded-%u.vendorbench", dir, t);
      g_autoptr(VbProject) p = vb_project_create (path, "Seeded", t, "EUR", &error);
      g_autoptr(GPtrArray) sections = vb_template_get_requirement_sections (t, &error);
      g_autoptr(GPtrArray) qdomains = vb_questionnaire_load (&error);
      g_autoptr(GPtrArray) prompts = vb_call_sheet_load (t, &error);
      gint64 n_requirements = 0, n_questions = 0, n_lite = 0, n_tags = 0;
      gboolean blank = t == VB_PROJECT_TEMPLATE_BLANK;

      g_assert_no_error (error);
      g_assert_nonnull (p);
      for (guint i = 0; i < sections->len; i++)
        n_requirements += ((VbTemplateSection *) sections->pdata[i])->requirements->len;
      for (guint i = 0; i < qdomains->len; i++)
        {
          GPtrArray *questions = ((VbTemplateDomain *) qdomains->pdata[i])->questions;

          n_questions += questions->len;
          for (guint j = 0; j < questions->len; j++)
            {
              VbTemplateQuestion *q = questions->pdata[j];

              n_lite += q->lite;
              n_tags += g_strv_length (q->frameworks);
            }
        }

      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM requirement_section"), ==, blank ? 0 : (gint64) sections->len);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM requirement"), ==, blank ? 0 : n_requirements);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_domain"), ==, blank ? 0 : (gint64) qdomains->len);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question"), ==, blank ? 0 : n_questions);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE lite"), ==, blank ? 0 : n_lite);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question_framework"), ==, blank ? 0 : n_tags);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM call_prompt"), ==, blank ? 0 : (gint64) prompts->len);
      if (blank)
        continue;
      g_assert_cmpint (n_requirements, >, 0);

      /* examples until the user edits them; every question asked; no
       * questionnaire chosen yet */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM requirement_section WHERE NOT example"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM requirement WHERE NOT example OR NOT included"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question WHERE NOT example OR NOT included"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM call_prompt WHERE NOT example"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM project WHERE questionnaire = ''"), ==, 1);

      /* the keys rules look for, each requirement in its own section, in
       * the template's order */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM requirement WHERE key IN ('case-studies-small-business', "
                                         "'exit-clause', 'sample-training-schedule', 'qa-audit-template', "
                                         "'one-week-pilot-plan')"), ==, 5);
      {
        VbTemplateSection *first = sections->pdata[0];
        VbTemplateRequirement *req = first->requirements->pdata[0];
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM requirement r JOIN requirement_section s "
                                                "ON s.uuid = r.section_id WHERE s.key = '%s' AND s.position = 0 "
                                                "AND r.key = '%s' AND r.position = 0 AND r.priority = '%s'",
                                                first->key, req->key,
                                                vb_enum_get_nick (VB_TYPE_PRIORITY, req->priority));

        g_assert_cmpint (vbt_count_sql (p, sql), ==, 1);
      }
      /* a question's tags belong to it, in order */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM question q JOIN question_framework f ON f.question_id = q.uuid "
                                         "WHERE q.key = 'pci-no-cvv-stored'"), >, 0);
      /* the template's own prompts come after the shared ones */
      {
        VbTemplatePrompt *last = prompts->pdata[prompts->len - 1];
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM call_prompt WHERE key = '%s' AND position = %u",
                                                last->key, prompts->len - 1);

        g_assert_cmpint (vbt_count_sql (p, sql), ==, 1);
      }
      vb_project_close (p);
    }
  vbt_rmdir (dir);
}

/* DESIGN.md §1, stage 12: the phase keys, in order (written out here, not
 * taken from the loader, so that the test checks the loader's list) */
static const char *const design_phase_keys[] = {
  "plan", "knowledge-transfer", "shadowing", "reverse-shadowing", "cut-over", "hypercare", "steady-state", NULL
};

/* The tasks guidance rules look up: the seven-step checklist, then the
 * brand-voice and practice tasks */
static const char *const required_item_keys[] = {
  "document-workflows", "list-systems", "gather-training-material", "define-slas", "organise-data-access",
  "run-pilot", "iterate-on-feedback", "tone-of-voice-guide", "sample-interaction-review", "sandbox-access", NULL
};

/* Every text column of @sql's rows, in order, as a strv */
static GStrv
column_strings (VbProject  *p,
                const char *sql)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (vb_project_get_db (p), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (b, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return g_strv_builder_end (b);
}

/* The number of nodes @xpath finds in the built-in list @file */
static gint64
count_in_resource (const char *file,
                   const char *xpath)
{
  g_autofree char *name = g_strconcat ("templates/", file, ".xml", NULL);
  g_autoptr(GBytes) bytes = vb_core_resource_data (name, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDoc *doc = xmlReadMemory (data, (int) size, name, "UTF-8", XML_PARSE_NONET);
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *found = xmlXPathEvalExpression ((const xmlChar *) xpath, ctx);
  gint64 n = found && found->nodesetval ? found->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (found);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
  return n;
}

/* A new project from each template but blank gets a criteria tree whose
 * local weights sum to 100 per category and across the categories, SLAs
 * on built-in KPIs with their method, source and cadence, tiers 1–3,
 * workflows with steps and the transition plan with exactly the DESIGN
 * phases; every row an example where the table has the mark. A blank
 * project gets none of it. */
static void
test_seeded_stages (void)
{
  g_autofree char *dir = vbt_tmpdir ();

  for (guint t = 0; t < vb_enum_get_n_values (VB_TYPE_PROJECT_TEMPLATE); t++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/stages-%u.vendorbench", dir, t);
      g_autoptr(VbProject) p = vb_project_create (path, "Stages", t, "EUR", &error);
      g_auto(GStrv) phases = NULL;
      g_auto(GStrv) kpis = NULL;
      g_auto(GStrv) items = NULL;
      static const char *const tables[] = { "criterion", "sla", "escalation_tier", "workflow", "workflow_step",
                                            "transition_phase", "transition_item", NULL };

      g_test_message ("template %s", template_nick (t));
      g_assert_no_error (error);
      if (t == VB_PROJECT_TEMPLATE_BLANK)
        {
          for (guint i = 0; tables[i]; i++)
            {
              g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

              g_assert_cmpint (vbt_count_sql (p, sql), ==, 0);
            }
          vb_project_close (p);
          continue;
        }

      /* one row per element of the template (and of the shared plan) */
      {
        static const char *const counts[][3] = {
          { "criterion", NULL, "//criterion-category | //criterion" },
          { "sla", NULL, "/vendorbench-template/sla" },
          { "escalation_tier", NULL, "/vendorbench-template/escalation-tier" },
          { "workflow", NULL, "/vendorbench-template/workflow" },
          { "workflow_step", NULL, "/vendorbench-template/workflow/step" },
          { "transition_phase", "transition", "/vendorbench-transition/phase" },
          { "transition_item", "transition", "/vendorbench-transition/phase/item" },
        };

        for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
          {
            g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", counts[i][0]);
            gint64 expected = count_in_resource (counts[i][1] ? counts[i][1] : template_nick (t), counts[i][2]);

            g_test_message ("%s: %" G_GINT64_FORMAT, counts[i][0], expected);
            g_assert_cmpint (expected, >, 0);
            g_assert_cmpint (vbt_count_sql (p, sql), ==, expected);
          }
      }

      /* the criteria tree: categories at the top, criteria below them */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE parent_id IS NULL"), >=, 4);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE parent_id IS NULL "
                                         "AND kind <> 'category'"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE parent_id IS NOT NULL "
                                         "AND kind = 'category'"), ==, 0);
      /* the categories sum to 100 … */
      g_assert_cmpint (vbt_count_sql (p, "SELECT abs(sum(weight) - 100) < 1e-9 FROM criterion "
                                         "WHERE parent_id IS NULL"), ==, 1);
      /* … and so does every category's children (a category without any
       * fails too: its sum is NULL) */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion c WHERE c.parent_id IS NULL AND "
                                         "coalesce(abs((SELECT sum(weight) FROM criterion k "
                                         "WHERE k.parent_id = c.uuid) - 100) < 1e-9, 0) = 0"), ==, 0);
      /* one price criterion, a cost; a compliance and a reference one */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE kind = 'price' AND cost"), ==, 1);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE cost"), ==, 1);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE kind = 'compliance'"), ==, 1);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE kind = 'reference'"), ==, 1);
      /* price alone stays under the 40 % of the pitfall: its global weight
       * is its category's × its own */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion c JOIN criterion k ON k.parent_id = c.uuid "
                                         "WHERE k.kind = 'price' AND c.weight * k.weight / 100 < 40"), ==, 1);
      /* a judged criterion says what a 1 and a 5 look like */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE kind = 'judged'"), >, 5);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE kind = 'judged' AND "
                                         "(instr(description, '1:') = 0 OR instr(description, '5:') = 0)"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM criterion WHERE name = '' OR description = ''"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) - count(DISTINCT name) FROM criterion"), ==, 0);

      /* SLAs on built-in KPIs, not vague, tied to an objective where
       * given; a service level has its answer time */
      kpis = column_strings (p, "SELECT kpi_key FROM sla ORDER BY position");
      g_assert_cmpuint (g_strv_length (kpis), >=, 4);
      for (guint i = 0; kpis[i]; i++)
        g_assert_nonnull (vb_kpi_lookup (kpis[i]));
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM sla WHERE NOT example OR target IS NULL OR "
                                         "threshold IS NULL OR method = '' OR data_source = '' OR cadence = ''"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM sla WHERE (kpi_key = 'service-level') <> "
                                         "(answer_seconds IS NOT NULL)"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM sla s JOIN objective o ON o.uuid = s.objective_id"), >, 0);
      /* quality is measured beside speed */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM sla WHERE kpi_key IN ('csat', 'fcr', 'qa-score')"), >, 0);

      /* tiers 1 to 3, workflows with steps */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM escalation_tier"), ==, 3);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(DISTINCT level) FROM escalation_tier "
                                         "WHERE level BETWEEN 1 AND 3 AND handles <> ''"), ==, 3);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM workflow WHERE example AND name <> '' "
                                         "AND trigger <> ''"), >=, 1);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM workflow w WHERE NOT EXISTS "
                                         "(SELECT 1 FROM workflow_step s WHERE s.workflow_id = w.uuid)"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM workflow_step WHERE NOT example"), ==, 0);

      /* the transition plan: exactly the DESIGN phases, in order */
      phases = column_strings (p, "SELECT key FROM transition_phase ORDER BY position");
      g_assert_cmpstrv (phases, design_phase_keys);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM transition_phase WHERE NOT example OR name = '' "
                                         "OR entry_criteria = '' OR exit_criteria = ''"), ==, 0);
      items = column_strings (p, "SELECT key FROM transition_item ORDER BY position");
      for (guint i = 0; required_item_keys[i]; i++)
        {
          g_test_message ("item %s", required_item_keys[i]);
          g_assert_true (g_strv_contains ((const char *const *) items, required_item_keys[i]));
        }
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) - count(DISTINCT key) FROM transition_item"), ==, 0);
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM transition_item WHERE NOT example OR title = '' "
                                         "OR status <> 'todo' OR due_date <> ''"), ==, 0);
      /* the tone-of-voice guide is a knowledge-transfer task */
      g_assert_cmpint (vbt_count_sql (p, "SELECT count(*) FROM transition_item i JOIN transition_phase f "
                                         "ON f.uuid = i.phase_id WHERE i.key = 'tone-of-voice-guide' "
                                         "AND f.key = 'knowledge-transfer'"), ==, 1);
      vb_project_close (p);
    }
  vbt_rmdir (dir);
}

/* The pre-signing checklist: DOMAIN.md's six checks, met from data, with
 * unique keys and labels */
static void
test_signing_checklist (void)
{
  static const char *const from_data[] = {
    "priority-channels-covered", "smb-case-studies", "slas-tied-to-objectives", "no-high-risk-gap",
    "pilot-with-exit", "visible-reporting", NULL
  };
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = vb_signing_checklist_get_n (), n_user = 0;

  g_assert_cmpuint (n, >=, g_strv_length ((GStrv) from_data));
  for (guint i = 0; i < n; i++)
    {
      const VbSigningCheck *c = vb_signing_checklist_get (i);

      g_assert_true (g_hash_table_add (keys, (gpointer) c->key));
      g_assert_true (vb_signing_checklist_lookup (c->key) == c);
      g_assert_cmpuint (strlen (vb_signing_check_get_label (c)), >, 10);
      g_assert_cmpuint (strlen (vb_signing_check_get_hint (c)), >, 10);
      n_user += !c->from_data;
    }
  for (guint i = 0; from_data[i]; i++)
    {
      const VbSigningCheck *c = vb_signing_checklist_lookup (from_data[i]);

      g_assert_nonnull (c);
      g_assert_true (c->from_data);
    }
  /* at least one the user ticks; an unknown key is no item */
  g_assert_cmpuint (n_user, >, 0);
  g_assert_null (vb_signing_checklist_lookup ("signed"));
  g_assert_null (vb_signing_checklist_lookup (NULL));
}

/* Every element of the built-in lists that holds text (but a framework
 * tag) is translatable by the ITS rules (so that its text reaches po/vendorbench.pot), and every
 * list's root is located by po/its/vendorbench.loc */
static void
test_its_rules (void)
{
  static const char *const files[] = {
    "blank", "customer-support", "back-office", "it-help-desk", "questionnaire", "call-sheet", "transition", NULL
  };
  const char *srcdir = g_getenv ("VB_TEST_SRCDIR");
  g_autofree char *its_path = NULL;
  g_autofree char *loc_path = NULL;
  g_autofree char *loc = NULL;
  g_autofree char *selector = NULL;
  xmlDoc *its;
  guint n_checked = 0;

  if (srcdir == NULL)
    {
      g_test_skip ("VB_TEST_SRCDIR is not set");
      return;
    }
  its_path = g_build_filename (srcdir, "po", "its", "vendorbench.its", NULL);
  loc_path = g_build_filename (srcdir, "po", "its", "vendorbench.loc", NULL);
  g_assert_true (g_file_get_contents (loc_path, &loc, NULL, NULL));
  its = xmlReadFile (its_path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (its);
  for (xmlNode *n = xmlDocGetRootElement (its)->children; n; n = n->next)
    {
      xmlChar *translate = n->type == XML_ELEMENT_NODE ? xmlGetProp (n, (const xmlChar *) "translate") : NULL;

      if (translate && xmlStrcmp (translate, (const xmlChar *) "yes") == 0)
        {
          xmlChar *sel = xmlGetProp (n, (const xmlChar *) "selector");

          g_assert_null (selector);
          selector = g_strdup ((const char *) sel);
          xmlFree (sel);
        }
      xmlFree (translate);
    }
  xmlFreeDoc (its);
  g_assert_nonnull (selector);

  for (guint f = 0; files[f]; f++)
    {
      g_autofree char *name = g_strconcat ("templates/", files[f], ".xml", NULL);
      g_autoptr(GBytes) bytes = vb_core_resource_data (name, NULL);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      xmlDoc *doc = xmlReadMemory (data, (int) size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
      xmlXPathContext *ctx = xmlXPathNewContext (doc);
      xmlXPathObject *found = xmlXPathEvalExpression ((const xmlChar *) selector, ctx);
      g_autoptr(GHashTable) translatable = g_hash_table_new (NULL, NULL);
      g_autofree char *rule = g_strdup_printf ("localName=\"%s\"", xmlDocGetRootElement (doc)->name);
      GPtrArray *stack = g_ptr_array_new ();

      g_test_message ("%s", name);
      g_assert_nonnull (strstr (loc, rule));
      g_assert_nonnull (found);
      for (int i = 0; found->nodesetval && i < found->nodesetval->nodeNr; i++)
        g_hash_table_add (translatable, found->nodesetval->nodeTab[i]);
      g_ptr_array_add (stack, xmlDocGetRootElement (doc));
      while (stack->len > 0)
        {
          xmlNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

          for (xmlNode *c = node->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
              g_ptr_array_add (stack, c);
            else if (c->type == XML_TEXT_NODE && !xmlIsBlankNode (c))
              {
                /* framework tags (“ISO 27001 A.5.19”) stay as they are */
                if (xmlStrcmp (node->name, (const xmlChar *) "framework") == 0)
                  continue;
                if (!g_hash_table_contains (translatable, node))
                  g_error ("<%s> in %s holds text no ITS rule translates", node->name, name);
                n_checked++;
              }
        }
      g_ptr_array_unref (stack);
      xmlXPathFreeObject (found);
      xmlXPathFreeContext (ctx);
      xmlFreeDoc (doc);
    }
  g_assert_cmpuint (n_checked, >, 500);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/requirement-sections", test_requirement_sections);
  g_test_add_func ("/templates/questionnaire", test_questionnaire);
  g_test_add_func ("/templates/call-sheet", test_call_sheet);
  g_test_add_func ("/templates/valid-documents", test_valid_documents);
  g_test_add_func ("/templates/seeded-project", test_seeded_project);
  g_test_add_func ("/templates/seeded-stages", test_seeded_stages);
  g_test_add_func ("/templates/signing-checklist", test_signing_checklist);
  g_test_add_func ("/templates/its-rules", test_its_rules);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/templates/broken/", broken_cases[i].name, NULL);

      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  return g_test_run ();
}
