/* vb-enums.c — the enumerations of the project file and their labels
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per enumeration: value, the word stored in the file (nick), a
 * translatable label, and where it helps a short description (a drop-down
 * subtitle) and the label of a group of them ("Finalists"). The GEnum
 * type is registered from the table, and the table hangs on the type, so
 * that anyone holding the GType finds the labels.
 */

#define G_LOG_DOMAIN "vb-enums"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-enums.h"

typedef struct {
  int         value;
  const char *name;
  const char *nick;
  const char *label;        /* N_(); NULL: the nick is shown */
  const char *description;  /* N_() or NULL */
  const char *group;        /* N_() or NULL: the label */
} Entry;

typedef struct {
  const Entry *entries;
  guint        n;
} Table;

#define E(v, nick, label)                 { v, #v, nick, label, NULL, NULL }
#define ED(v, nick, label, description)   { v, #v, nick, label, description, NULL }
#define EG(v, nick, label, group)         { v, #v, nick, label, NULL, group }

static GQuark
table_quark (void)
{
  static GQuark q;

  if (G_UNLIKELY (q == 0))
    q = g_quark_from_static_string ("vb-enum-table");
  return q;
}

static GType
register_enum (const char  *type_name,
               const Entry *entries,
               guint        n)
{
  GEnumValue *values = g_new0 (GEnumValue, n + 1);
  Table *table = g_new0 (Table, 1);
  GType type;

  /* registered once per process and kept: GLib needs the values forever */
  for (guint i = 0; i < n; i++)
    {
      g_assert (entries[i].value == (int) i);
      values[i].value = entries[i].value;
      values[i].value_name = entries[i].name;
      values[i].value_nick = entries[i].nick;
    }
  type = g_enum_register_static (type_name, values);
  table->entries = entries;
  table->n = n;
  g_type_set_qdata (type, table_quark (), table);
  return type;
}

#define DEFINE_ENUM(TypeName, type_name, entries) \
  GType \
  type_name##_get_type (void) \
  { \
    static gsize id = 0; \
    if (g_once_init_enter (&id)) \
      g_once_init_leave (&id, register_enum (#TypeName, entries, G_N_ELEMENTS (entries))); \
    return id; \
  }

/* ------------------------------------------------------------ tables */

static const Entry project_templates[] = {
  /* the names and descriptions come from the template files */
  E (VB_PROJECT_TEMPLATE_BLANK, "blank", NULL),
  E (VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT, "customer-support", NULL),
  E (VB_PROJECT_TEMPLATE_BACK_OFFICE, "back-office", NULL),
  E (VB_PROJECT_TEMPLATE_IT_HELP_DESK, "it-help-desk", NULL),
};
DEFINE_ENUM (VbProjectTemplate, vb_project_template, project_templates)

static const Entry objective_kinds[] = {
  E (VB_OBJECTIVE_KIND_FASTER_RESPONSE, "faster-response", N_("Faster response")),
  E (VB_OBJECTIVE_KIND_LOWER_COST, "lower-cost", N_("Lower cost")),
  E (VB_OBJECTIVE_KIND_LONGER_COVER, "longer-cover", N_("Longer cover")),
  E (VB_OBJECTIVE_KIND_MORE_LANGUAGES, "more-languages", N_("More languages")),
  E (VB_OBJECTIVE_KIND_LOYALTY, "loyalty", N_("Loyalty and retention")),
  E (VB_OBJECTIVE_KIND_OTHER, "other", N_("Other")),
};
DEFINE_ENUM (VbObjectiveKind, vb_objective_kind, objective_kinds)

static const Entry channels[] = {
  E (VB_CHANNEL_PHONE, "phone", N_("Phone")),
  E (VB_CHANNEL_CHAT, "chat", N_("Chat")),
  E (VB_CHANNEL_EMAIL, "email", N_("Email")),
  E (VB_CHANNEL_SMS, "sms", N_("SMS")),
  E (VB_CHANNEL_SOCIAL, "social", N_("Social media")),
  E (VB_CHANNEL_IN_APP, "in-app", N_("In-app")),
  E (VB_CHANNEL_BACK_OFFICE, "back-office", N_("Back office")),
  E (VB_CHANNEL_OTHER, "other", N_("Other")),
};
DEFINE_ENUM (VbChannel, vb_channel, channels)

static const Entry work_kinds[] = {
  ED (VB_WORK_KIND_UNSET, "", N_("Not set"), NULL),
  ED (VB_WORK_KIND_ROUTINE, "routine", N_("Routine"), N_("Scripted, rule-based")),
  ED (VB_WORK_KIND_JUDGMENT, "judgment", N_("Judgment"), N_("Documented, but needs discretion")),
  ED (VB_WORK_KIND_TECHNICAL, "technical", N_("Technical"), N_("Needs deep product knowledge")),
  ED (VB_WORK_KIND_STRATEGIC, "strategic", N_("Strategic"), N_("Sets direction or looks after key accounts")),
};
DEFINE_ENUM (VbWorkKind, vb_work_kind, work_kinds)

static const Entry sourcings[] = {
  E (VB_SOURCING_UNSET, "", N_("Follow the suggestion")),
  E (VB_SOURCING_OUTSOURCE, "outsource", N_("Outsource")),
  E (VB_SOURCING_KEEP, "keep", N_("Keep in-house")),
  E (VB_SOURCING_HYBRID, "hybrid", N_("Hybrid")),
};
DEFINE_ENUM (VbSourcing, vb_sourcing, sourcings)

static const Entry vendor_statuses[] = {
  EG (VB_VENDOR_STATUS_LONG_LIST, "long-list", N_("Long list"), N_("Long list")),
  EG (VB_VENDOR_STATUS_SHORTLIST, "shortlist", N_("Shortlist"), N_("Shortlist")),
  EG (VB_VENDOR_STATUS_FINALIST, "finalist", N_("Finalist"), N_("Finalists")),
  EG (VB_VENDOR_STATUS_SELECTED, "selected", N_("Selected"), N_("Selected")),
  EG (VB_VENDOR_STATUS_REJECTED, "rejected", N_("Rejected"), N_("Rejected")),
};
DEFINE_ENUM (VbVendorStatus, vb_vendor_status, vendor_statuses)

static const Entry delivery_models[] = {
  ED (VB_DELIVERY_MODEL_UNSET, "", N_("Not known yet"), NULL),
  ED (VB_DELIVERY_MODEL_ONSHORE, "onshore", N_("Onshore"), N_("In your own country")),
  ED (VB_DELIVERY_MODEL_NEARSHORE, "nearshore", N_("Nearshore"), N_("A nearby country, a similar time zone")),
  ED (VB_DELIVERY_MODEL_OFFSHORE, "offshore", N_("Offshore"), N_("Far away, usually at a lower cost")),
  ED (VB_DELIVERY_MODEL_MIXED, "mixed", N_("Mixed"), N_("Sites in several of these")),
};
DEFINE_ENUM (VbDeliveryModel, vb_delivery_model, delivery_models)

static const Entry priorities[] = {
  E (VB_PRIORITY_SHOULD, "should", N_("Should have")),
  E (VB_PRIORITY_MUST, "must", N_("Must have")),
  E (VB_PRIORITY_NICE, "nice", N_("Nice to have")),
};
DEFINE_ENUM (VbPriority, vb_priority, priorities)

static const Entry yes_no[] = {
  E (VB_YES_NO_YES, "yes", N_("Yes")),
  E (VB_YES_NO_NO, "no", N_("No")),
};
DEFINE_ENUM (VbYesNo, vb_yes_no, yes_no)

static const Entry answers[] = {
  E (VB_ANSWER_UNSET, "", N_("Not answered")),
  E (VB_ANSWER_MEETS, "meets", N_("Meets")),
  E (VB_ANSWER_PARTLY, "partly", N_("Partly")),
  E (VB_ANSWER_DOES_NOT_MEET, "does-not-meet", N_("Does not meet")),
  E (VB_ANSWER_NOT_APPLICABLE, "not-applicable", N_("Not applicable")),
  E (VB_ANSWER_YES, "yes", N_("Yes")),
  E (VB_ANSWER_NO, "no", N_("No")),
};
DEFINE_ENUM (VbAnswer, vb_answer, answers)

static const Entry followups[] = {
  E (VB_FOLLOWUP_UNSET, "", N_("None")),
  E (VB_FOLLOWUP_OPEN, "open", N_("Open")),
  E (VB_FOLLOWUP_RESOLVED, "resolved", N_("Resolved")),
};
DEFINE_ENUM (VbFollowup, vb_followup, followups)

static const Entry choose_again[] = {
  E (VB_CHOOSE_AGAIN_UNSET, "", N_("Not asked")),
  E (VB_CHOOSE_AGAIN_YES, "yes", N_("Yes")),
  E (VB_CHOOSE_AGAIN_NO, "no", N_("No")),
  E (VB_CHOOSE_AGAIN_UNSURE, "unsure", N_("Unsure")),
};
DEFINE_ENUM (VbChooseAgain, vb_choose_again, choose_again)

static const Entry quote_models[] = {
  E (VB_QUOTE_MODEL_PER_FTE, "per-fte", N_("Per full-time agent")),
  E (VB_QUOTE_MODEL_PER_HOUR, "per-hour", N_("Per hour")),
  E (VB_QUOTE_MODEL_PER_MINUTE, "per-minute", N_("Per minute")),
  E (VB_QUOTE_MODEL_PER_CONTACT, "per-contact", N_("Per contact")),
  E (VB_QUOTE_MODEL_OUTCOME, "outcome", N_("Per outcome")),
  E (VB_QUOTE_MODEL_BLENDED, "blended", N_("Blended")),
};
DEFINE_ENUM (VbQuoteModel, vb_quote_model, quote_models)

static const Entry criterion_kinds[] = {
  E (VB_CRITERION_KIND_JUDGED, "judged", N_("Judged by the evaluators")),
  E (VB_CRITERION_KIND_PRICE, "price", N_("Price")),
  E (VB_CRITERION_KIND_COMPLIANCE, "compliance", N_("Security and compliance")),
  E (VB_CRITERION_KIND_REFERENCE, "reference", N_("References")),
  E (VB_CRITERION_KIND_CATEGORY, "category", N_("Category")),
};
DEFINE_ENUM (VbCriterionKind, vb_criterion_kind, criterion_kinds)

static const Entry met_states[] = {
  E (VB_MET_STATE_UNSET, "", N_("Not judged yet")),
  E (VB_MET_STATE_MET, "met", N_("Met")),
  E (VB_MET_STATE_NOT_MET, "not-met", N_("Not met")),
};
DEFINE_ENUM (VbMetState, vb_met_state, met_states)

static const Entry directions[] = {
  E (VB_DIRECTION_HIGHER, "higher", N_("Higher is better")),
  E (VB_DIRECTION_LOWER, "lower", N_("Lower is better")),
};
DEFINE_ENUM (VbDirection, vb_direction, directions)

static const Entry item_statuses[] = {
  E (VB_ITEM_STATUS_TODO, "todo", N_("To do")),
  E (VB_ITEM_STATUS_IN_PROGRESS, "in-progress", N_("In progress")),
  E (VB_ITEM_STATUS_DONE, "done", N_("Done")),
  E (VB_ITEM_STATUS_BLOCKED, "blocked", N_("Blocked")),
};
DEFINE_ENUM (VbItemStatus, vb_item_status, item_statuses)

static const Entry weightings[] = {
  E (VB_WEIGHTING_DIRECT, "direct", N_("Weights in percent")),
  E (VB_WEIGHTING_SMART, "smart", N_("Points (SMART)")),
  E (VB_WEIGHTING_AHP, "ahp", N_("Pairwise comparison (AHP)")),
};
DEFINE_ENUM (VbWeighting, vb_weighting, weightings)

static const Entry combinations[] = {
  E (VB_COMBINATION_MEAN, "mean", N_("Mean")),
  E (VB_COMBINATION_MEDIAN, "median", N_("Median")),
};
DEFINE_ENUM (VbCombination, vb_combination, combinations)

static const Entry activity_actions[] = {
  E (VB_ACTIVITY_CREATE, "create", N_("Created")),
  E (VB_ACTIVITY_ADD, "add", N_("Added")),
  E (VB_ACTIVITY_EDIT, "edit", N_("Edited")),
  E (VB_ACTIVITY_DELETE, "delete", N_("Removed")),
  E (VB_ACTIVITY_UNDO, "undo", N_("Undone")),
  E (VB_ACTIVITY_REDO, "redo", N_("Redone")),
  E (VB_ACTIVITY_IMPORT, "import", N_("Imported")),
  E (VB_ACTIVITY_MERGE, "merge", N_("Merged")),
  E (VB_ACTIVITY_DISMISS, "dismiss", N_("Dismissed")),
  E (VB_ACTIVITY_RESTORE, "restore", N_("Restored")),
  E (VB_ACTIVITY_RENAME, "rename", N_("Renamed")),
  E (VB_ACTIVITY_CONFIRM, "confirm", N_("Confirmed")),
};
DEFINE_ENUM (VbActivityAction, vb_activity_action, activity_actions)

static const Entry finding_kinds[] = {
  E (VB_FINDING_BLOCKER, "blocker", N_("Blocker")),
  E (VB_FINDING_WARNING, "warning", N_("Warning")),
  E (VB_FINDING_NEXT_STEP, "next-step", N_("Next step")),
};
DEFINE_ENUM (VbFindingKind, vb_finding_kind, finding_kinds)

static const Entry questionnaires[] = {
  ED (VB_QUESTIONNAIRE_UNSET, "", N_("Not chosen yet"), NULL),
  ED (VB_QUESTIONNAIRE_LITE, "lite", N_("Lite"), N_("A short first screen of the most important questions")),
  ED (VB_QUESTIONNAIRE_FULL, "full", N_("Full"), N_("Every question of every domain")),
  ED (VB_QUESTIONNAIRE_CUSTOM, "custom", N_("Custom"), N_("The questions you choose or write yourself")),
};
DEFINE_ENUM (VbQuestionnaire, vb_questionnaire, questionnaires)

static const Entry channel_scopes[] = {
  E (VB_CHANNEL_SCOPE_ALL, "", N_("All channels")),
  E (VB_CHANNEL_SCOPE_PHONE, "phone", N_("Phone")),
  E (VB_CHANNEL_SCOPE_CHAT, "chat", N_("Chat")),
  E (VB_CHANNEL_SCOPE_EMAIL, "email", N_("Email")),
  E (VB_CHANNEL_SCOPE_SMS, "sms", N_("SMS")),
  E (VB_CHANNEL_SCOPE_SOCIAL, "social", N_("Social media")),
  E (VB_CHANNEL_SCOPE_IN_APP, "in-app", N_("In-app")),
  E (VB_CHANNEL_SCOPE_BACK_OFFICE, "back-office", N_("Back office")),
  E (VB_CHANNEL_SCOPE_OTHER, "other", N_("Other")),
};
DEFINE_ENUM (VbChannelScope, vb_channel_scope, channel_scopes)
G_STATIC_ASSERT (VB_CHANNEL_SCOPE_OTHER == VB_CHANNEL_OTHER + 1);

static const Entry hour_bases[] = {
  ED (VB_HOUR_BASIS_LOGGED_IN, "logged-in", N_("Logged-in hours"), N_("Every hour an agent is signed in")),
  ED (VB_HOUR_BASIS_PRODUCTIVE, "productive", N_("Productive hours"), N_("Only the hours spent on contacts")),
};
DEFINE_ENUM (VbHourBasis, vb_hour_basis, hour_bases)

static const Entry decision_statuses[] = {
  ED (VB_DECISION_STATUS_DRAFT, "draft", N_("Draft"), N_("A vendor is chosen; the decision is not recorded yet")),
  ED (VB_DECISION_STATUS_RECORDED, "recorded", N_("Recorded"), N_("The current decision, with its reasons")),
};
DEFINE_ENUM (VbDecisionStatus, vb_decision_status, decision_statuses)

static const Entry duration_units[] = {
  E (VB_DURATION_UNIT_MINUTES, "minutes", N_("Minutes")),
  E (VB_DURATION_UNIT_HOURS, "hours", N_("Hours")),
  E (VB_DURATION_UNIT_HMS, "hms", N_("Hours, minutes and seconds (HH:MM:SS)")),
};
DEFINE_ENUM (VbDurationUnit, vb_duration_unit, duration_units)

/**
 * vb_answer_allowed_for_requirement:
 *
 * Returns: whether a response to a requirement may hold @answer: not
 *   answered, meets, partly, does not meet or not applicable (what its
 *   drop-down offers; the response table's CHECK holds the same list)
 */
gboolean
vb_answer_allowed_for_requirement (VbAnswer answer)
{
  return (guint) answer < 32 && (VB_ANSWER_REQUIREMENT_MASK & VB_ANSWER_MASK (answer)) != 0;
}

/**
 * vb_answer_allowed_for_question:
 *
 * Returns: whether a response to a question may hold @answer: not
 *   answered, yes, no, partly or not applicable
 */
gboolean
vb_answer_allowed_for_question (VbAnswer answer)
{
  return (guint) answer < 32 && (VB_ANSWER_QUESTION_MASK & VB_ANSWER_MASK (answer)) != 0;
}

const GType *
vb_enum_types (guint *n_types)
{
  static GType types[22];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint i = 0;

      types[i++] = VB_TYPE_PROJECT_TEMPLATE;
      types[i++] = VB_TYPE_OBJECTIVE_KIND;
      types[i++] = VB_TYPE_CHANNEL;
      types[i++] = VB_TYPE_WORK_KIND;
      types[i++] = VB_TYPE_SOURCING;
      types[i++] = VB_TYPE_VENDOR_STATUS;
      types[i++] = VB_TYPE_DELIVERY_MODEL;
      types[i++] = VB_TYPE_PRIORITY;
      types[i++] = VB_TYPE_YES_NO;
      types[i++] = VB_TYPE_ANSWER;
      types[i++] = VB_TYPE_FOLLOWUP;
      types[i++] = VB_TYPE_CHOOSE_AGAIN;
      types[i++] = VB_TYPE_QUOTE_MODEL;
      types[i++] = VB_TYPE_CRITERION_KIND;
      types[i++] = VB_TYPE_MET_STATE;
      types[i++] = VB_TYPE_DIRECTION;
      types[i++] = VB_TYPE_ITEM_STATUS;
      types[i++] = VB_TYPE_WEIGHTING;
      types[i++] = VB_TYPE_COMBINATION;
      types[i++] = VB_TYPE_ACTIVITY_ACTION;
      types[i++] = VB_TYPE_FINDING_KIND;
      types[i++] = VB_TYPE_QUESTIONNAIRE;
      g_assert (i == G_N_ELEMENTS (types));
      g_once_init_leave (&done, 1);
    }
  *n_types = G_N_ELEMENTS (types);
  return types;
}

/* ------------------------------------------------------------ lookups */

static const Table *
table_of (GType type)
{
  const Table *table = g_type_get_qdata (type, table_quark ());

  g_return_val_if_fail (table != NULL, NULL);
  return table;
}

static const Entry *
entry_of (GType type,
          int   value)
{
  const Table *table = table_of (type);

  if (table == NULL || value < 0 || (guint) value >= table->n)
    return NULL;
  return &table->entries[value];
}

guint
vb_enum_get_n_values (GType type)
{
  const Table *table = table_of (type);

  return table ? table->n : 0;
}

int
vb_enum_get_value (GType type,
                   guint index)
{
  const Table *table = table_of (type);

  g_return_val_if_fail (table != NULL && index < table->n, 0);
  return table->entries[index].value;
}

const char *
vb_enum_get_nick (GType type,
                  int   value)
{
  const Entry *e = entry_of (type, value);

  g_return_val_if_fail (e != NULL, "");
  return e->nick;
}

/**
 * vb_enum_from_nick:
 * @nick: a word as stored in the file
 * @value: (out): the value, when @nick is one of @type's
 *
 * Returns: whether @nick is a word of the enumeration. A linear scan: the
 * enumerations are short.
 */
gboolean
vb_enum_from_nick (GType       type,
                   const char *nick,
                   int        *value)
{
  const Table *table = table_of (type);

  if (table == NULL || nick == NULL)
    return FALSE;
  for (guint i = 0; i < table->n; i++)
    if (strcmp (table->entries[i].nick, nick) == 0)
      {
        if (value)
          *value = table->entries[i].value;
        return TRUE;
      }
  return FALSE;
}

const char *
vb_enum_get_label (GType type,
                   int   value)
{
  const Entry *e = entry_of (type, value);

  g_return_val_if_fail (e != NULL, "");
  return e->label ? g_dgettext (GETTEXT_PACKAGE, e->label) : e->nick;
}

/* The label of several of them, as a heading over a count ("Finalists") */
const char *
vb_enum_get_group_label (GType type,
                         int   value)
{
  const Entry *e = entry_of (type, value);

  g_return_val_if_fail (e != NULL, "");
  if (e->group)
    return g_dgettext (GETTEXT_PACKAGE, e->group);
  return vb_enum_get_label (type, value);
}

/**
 * vb_enum_get_description:
 *
 * A short explanation of a value for a drop-down's subtitle, or NULL.
 */
const char *
vb_enum_get_description (GType type,
                         int   value)
{
  const Entry *e = entry_of (type, value);

  g_return_val_if_fail (e != NULL, NULL);
  return e->description ? g_dgettext (GETTEXT_PACKAGE, e->description) : NULL;
}

/* ------------------------------------------------------------ sets */

char *
vb_enum_set_to_string (GType type,
                       guint mask)
{
  const Table *table = table_of (type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; table && i < table->n && i < 32; i++)
    if (mask & (1u << i))
      g_string_append_printf (s, "%s%s", s->len ? "," : "", table->entries[i].nick);
  return g_string_free (s, FALSE);
}

/**
 * vb_enum_set_from_string:
 * @text: nicks joined by commas, in the enumeration's order, each once
 * @mask: (out): the set
 *
 * Reads a set as the file stores it. Only the canonical form is accepted:
 * the empty string for the empty set, no blanks, no repeats, no empty
 * words, in the enumeration's order — so that one set has one spelling and
 * two files that hold the same set hold the same bytes. Runs in time
 * linear in the length of @text.
 */
gboolean
vb_enum_set_from_string (GType       type,
                         const char *text,
                         guint      *mask)
{
  const Table *table = table_of (type);
  guint out = 0;
  int last = -1;
  const char *p = text;

  if (table == NULL || text == NULL)
    return FALSE;
  if (*text == '\0')
    {
      *mask = 0;
      return TRUE;
    }
  while (TRUE)
    {
      const char *comma = strchr (p, ',');
      gsize len = comma ? (gsize) (comma - p) : strlen (p);
      int found = -1;

      for (guint i = 0; i < table->n && i < 32; i++)
        if (strlen (table->entries[i].nick) == len && len > 0 &&
            strncmp (table->entries[i].nick, p, len) == 0)
          found = (int) i;
      if (found <= last)
        return FALSE;   /* unknown, repeated or out of order */
      out |= 1u << found;
      last = found;
      if (comma == NULL)
        break;
      p = comma + 1;
    }
  *mask = out;
  return TRUE;
}

/* "Phone, Chat and Email" style: the labels joined for a sentence */
char *
vb_enum_set_to_labels (GType type,
                       guint mask)
{
  const Table *table = table_of (type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; table && i < table->n && i < 32; i++)
    if (mask & (1u << i))
      {
        if (s->len)
          g_string_append (s, ", ");
        g_string_append (s, vb_enum_get_label (type, (int) i));
      }
  return g_string_free (s, FALSE);
}
