/* vb-enums.h — every enumeration of the project file, once
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each enumeration is a GEnum whose nicks are the words stored in the file
 * and written in the JSON interchange; each value carries a translatable
 * label (and, where a count is shown, the label of the group). The schema's
 * CHECK lists, JSON validation and every drop-down are made from these
 * types; no enumeration word is written anywhere else. The order of the
 * values is the order of the CHECK lists of the files on disk: append new
 * values at the end, never reorder.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  VB_PROJECT_TEMPLATE_BLANK,
  VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT,
  VB_PROJECT_TEMPLATE_BACK_OFFICE,
  VB_PROJECT_TEMPLATE_IT_HELP_DESK,
} VbProjectTemplate;

typedef enum {
  VB_OBJECTIVE_KIND_FASTER_RESPONSE,
  VB_OBJECTIVE_KIND_LOWER_COST,
  VB_OBJECTIVE_KIND_LONGER_COVER,
  VB_OBJECTIVE_KIND_MORE_LANGUAGES,
  VB_OBJECTIVE_KIND_LOYALTY,
  VB_OBJECTIVE_KIND_OTHER,
} VbObjectiveKind;

typedef enum {
  VB_CHANNEL_PHONE,
  VB_CHANNEL_CHAT,
  VB_CHANNEL_EMAIL,
  VB_CHANNEL_SMS,
  VB_CHANNEL_SOCIAL,
  VB_CHANNEL_IN_APP,
  VB_CHANNEL_BACK_OFFICE,
  VB_CHANNEL_OTHER,
} VbChannel;

/* A set of channels (a vendor's, a pilot's): bit (1 << VbChannel) */
#define VB_CHANNEL_MASK(channel) (1u << (channel))

typedef enum {
  VB_WORK_KIND_UNSET,
  VB_WORK_KIND_ROUTINE,
  VB_WORK_KIND_JUDGMENT,
  VB_WORK_KIND_TECHNICAL,
  VB_WORK_KIND_STRATEGIC,
} VbWorkKind;

/* What to do with a task: the suggestion of the outsourcing rule, and the
 * user's own decision (UNSET there: follow the suggestion) */
typedef enum {
  VB_SOURCING_UNSET,
  VB_SOURCING_OUTSOURCE,
  VB_SOURCING_KEEP,
  VB_SOURCING_HYBRID,
} VbSourcing;

typedef enum {
  VB_VENDOR_STATUS_LONG_LIST,
  VB_VENDOR_STATUS_SHORTLIST,
  VB_VENDOR_STATUS_FINALIST,
  VB_VENDOR_STATUS_SELECTED,
  VB_VENDOR_STATUS_REJECTED,
} VbVendorStatus;

typedef enum {
  VB_DELIVERY_MODEL_UNSET,
  VB_DELIVERY_MODEL_ONSHORE,
  VB_DELIVERY_MODEL_NEARSHORE,
  VB_DELIVERY_MODEL_OFFSHORE,
  VB_DELIVERY_MODEL_MIXED,
} VbDeliveryModel;

typedef enum {
  VB_PRIORITY_SHOULD,
  VB_PRIORITY_MUST,
  VB_PRIORITY_NICE,
} VbPriority;

typedef enum {
  VB_YES_NO_YES,
  VB_YES_NO_NO,
} VbYesNo;

typedef enum {
  VB_ANSWER_UNSET,
  VB_ANSWER_MEETS,
  VB_ANSWER_PARTLY,
  VB_ANSWER_DOES_NOT_MEET,
  VB_ANSWER_NOT_APPLICABLE,
  VB_ANSWER_YES,
  VB_ANSWER_NO,
} VbAnswer;

/* The answers each kind of item takes (the response table's CHECKs and
 * the drop-downs): a requirement is met or not, a question is answered
 * yes or no; "not answered", "partly" and "not applicable" fit both */
#define VB_ANSWER_MASK(answer) (1u << (answer))
#define VB_ANSWER_REQUIREMENT_MASK \
  (VB_ANSWER_MASK (VB_ANSWER_UNSET) | VB_ANSWER_MASK (VB_ANSWER_MEETS) | VB_ANSWER_MASK (VB_ANSWER_PARTLY) | \
   VB_ANSWER_MASK (VB_ANSWER_DOES_NOT_MEET) | VB_ANSWER_MASK (VB_ANSWER_NOT_APPLICABLE))
#define VB_ANSWER_QUESTION_MASK \
  (VB_ANSWER_MASK (VB_ANSWER_UNSET) | VB_ANSWER_MASK (VB_ANSWER_YES) | VB_ANSWER_MASK (VB_ANSWER_NO) | \
   VB_ANSWER_MASK (VB_ANSWER_PARTLY) | VB_ANSWER_MASK (VB_ANSWER_NOT_APPLICABLE))

/* Which security questionnaire a project uses */
typedef enum {
  VB_QUESTIONNAIRE_UNSET,
  VB_QUESTIONNAIRE_LITE,
  VB_QUESTIONNAIRE_FULL,
  VB_QUESTIONNAIRE_CUSTOM,
} VbQuestionnaire;

typedef enum {
  VB_FOLLOWUP_UNSET,
  VB_FOLLOWUP_OPEN,
  VB_FOLLOWUP_RESOLVED,
} VbFollowup;

typedef enum {
  VB_CHOOSE_AGAIN_UNSET,
  VB_CHOOSE_AGAIN_YES,
  VB_CHOOSE_AGAIN_NO,
  VB_CHOOSE_AGAIN_UNSURE,
} VbChooseAgain;

typedef enum {
  VB_QUOTE_MODEL_PER_FTE,
  VB_QUOTE_MODEL_PER_HOUR,
  VB_QUOTE_MODEL_PER_MINUTE,
  VB_QUOTE_MODEL_PER_CONTACT,
  VB_QUOTE_MODEL_OUTCOME,
  VB_QUOTE_MODEL_BLENDED,
} VbQuoteModel;

typedef enum {
  VB_CRITERION_KIND_JUDGED,
  VB_CRITERION_KIND_PRICE,
  VB_CRITERION_KIND_COMPLIANCE,
  VB_CRITERION_KIND_REFERENCE,
  VB_CRITERION_KIND_CATEGORY,
} VbCriterionKind;

typedef enum {
  VB_MET_STATE_UNSET,
  VB_MET_STATE_MET,
  VB_MET_STATE_NOT_MET,
} VbMetState;

typedef enum {
  VB_DIRECTION_HIGHER,
  VB_DIRECTION_LOWER,
} VbDirection;

typedef enum {
  VB_ITEM_STATUS_TODO,
  VB_ITEM_STATUS_IN_PROGRESS,
  VB_ITEM_STATUS_DONE,
  VB_ITEM_STATUS_BLOCKED,
} VbItemStatus;

typedef enum {
  VB_WEIGHTING_DIRECT,
  VB_WEIGHTING_SMART,
  VB_WEIGHTING_AHP,
} VbWeighting;

typedef enum {
  VB_COMBINATION_MEAN,
  VB_COMBINATION_MEDIAN,
} VbCombination;

typedef enum {
  VB_ACTIVITY_CREATE,
  VB_ACTIVITY_ADD,
  VB_ACTIVITY_EDIT,
  VB_ACTIVITY_DELETE,
  VB_ACTIVITY_UNDO,
  VB_ACTIVITY_REDO,
  VB_ACTIVITY_IMPORT,
  VB_ACTIVITY_MERGE,
  VB_ACTIVITY_DISMISS,
  VB_ACTIVITY_RESTORE,
  VB_ACTIVITY_RENAME,
  VB_ACTIVITY_CONFIRM,
} VbActivityAction;

/* A row about one channel or all of them (a quote line, an SLA, a weekly
 * result): the channel enumeration's words after "" (all channels), so a
 * value is its VbChannel + 1 */
typedef enum {
  VB_CHANNEL_SCOPE_ALL,
  VB_CHANNEL_SCOPE_PHONE,
  VB_CHANNEL_SCOPE_CHAT,
  VB_CHANNEL_SCOPE_EMAIL,
  VB_CHANNEL_SCOPE_SMS,
  VB_CHANNEL_SCOPE_SOCIAL,
  VB_CHANNEL_SCOPE_IN_APP,
  VB_CHANNEL_SCOPE_BACK_OFFICE,
  VB_CHANNEL_SCOPE_OTHER,
} VbChannelScope;

/* The hours a per-hour rate is paid for */
typedef enum {
  VB_HOUR_BASIS_LOGGED_IN,   /* every hour an agent is logged in, waiting included */
  VB_HOUR_BASIS_PRODUCTIVE,  /* only the hours spent on contacts */
} VbHourBasis;

typedef enum {
  VB_DECISION_STATUS_DRAFT,
  VB_DECISION_STATUS_RECORDED,
} VbDecisionStatus;

/* How a ticket export gives its durations */
typedef enum {
  VB_DURATION_UNIT_MINUTES,
  VB_DURATION_UNIT_HOURS,
  VB_DURATION_UNIT_HMS,
} VbDurationUnit;

/* In order of importance */
typedef enum {
  VB_FINDING_BLOCKER,
  VB_FINDING_WARNING,
  VB_FINDING_NEXT_STEP,
} VbFindingKind;

#define VB_TYPE_PROJECT_TEMPLATE (vb_project_template_get_type ())
#define VB_TYPE_OBJECTIVE_KIND   (vb_objective_kind_get_type ())
#define VB_TYPE_CHANNEL          (vb_channel_get_type ())
#define VB_TYPE_WORK_KIND        (vb_work_kind_get_type ())
#define VB_TYPE_SOURCING         (vb_sourcing_get_type ())
#define VB_TYPE_VENDOR_STATUS    (vb_vendor_status_get_type ())
#define VB_TYPE_DELIVERY_MODEL   (vb_delivery_model_get_type ())
#define VB_TYPE_PRIORITY         (vb_priority_get_type ())
#define VB_TYPE_YES_NO           (vb_yes_no_get_type ())
#define VB_TYPE_ANSWER           (vb_answer_get_type ())
#define VB_TYPE_FOLLOWUP         (vb_followup_get_type ())
#define VB_TYPE_CHOOSE_AGAIN     (vb_choose_again_get_type ())
#define VB_TYPE_QUOTE_MODEL      (vb_quote_model_get_type ())
#define VB_TYPE_CRITERION_KIND   (vb_criterion_kind_get_type ())
#define VB_TYPE_MET_STATE        (vb_met_state_get_type ())
#define VB_TYPE_DIRECTION        (vb_direction_get_type ())
#define VB_TYPE_ITEM_STATUS      (vb_item_status_get_type ())
#define VB_TYPE_WEIGHTING        (vb_weighting_get_type ())
#define VB_TYPE_COMBINATION      (vb_combination_get_type ())
#define VB_TYPE_ACTIVITY_ACTION  (vb_activity_action_get_type ())
#define VB_TYPE_FINDING_KIND     (vb_finding_kind_get_type ())
#define VB_TYPE_QUESTIONNAIRE    (vb_questionnaire_get_type ())
#define VB_TYPE_CHANNEL_SCOPE    (vb_channel_scope_get_type ())
#define VB_TYPE_HOUR_BASIS       (vb_hour_basis_get_type ())
#define VB_TYPE_DECISION_STATUS  (vb_decision_status_get_type ())
#define VB_TYPE_DURATION_UNIT    (vb_duration_unit_get_type ())

GType vb_project_template_get_type (void) G_GNUC_CONST;
GType vb_objective_kind_get_type   (void) G_GNUC_CONST;
GType vb_channel_get_type          (void) G_GNUC_CONST;
GType vb_work_kind_get_type        (void) G_GNUC_CONST;
GType vb_sourcing_get_type         (void) G_GNUC_CONST;
GType vb_vendor_status_get_type    (void) G_GNUC_CONST;
GType vb_delivery_model_get_type   (void) G_GNUC_CONST;
GType vb_priority_get_type         (void) G_GNUC_CONST;
GType vb_yes_no_get_type           (void) G_GNUC_CONST;
GType vb_answer_get_type           (void) G_GNUC_CONST;
GType vb_followup_get_type         (void) G_GNUC_CONST;
GType vb_choose_again_get_type     (void) G_GNUC_CONST;
GType vb_quote_model_get_type      (void) G_GNUC_CONST;
GType vb_criterion_kind_get_type   (void) G_GNUC_CONST;
GType vb_met_state_get_type        (void) G_GNUC_CONST;
GType vb_direction_get_type        (void) G_GNUC_CONST;
GType vb_item_status_get_type      (void) G_GNUC_CONST;
GType vb_weighting_get_type        (void) G_GNUC_CONST;
GType vb_combination_get_type      (void) G_GNUC_CONST;
GType vb_activity_action_get_type  (void) G_GNUC_CONST;
GType vb_finding_kind_get_type     (void) G_GNUC_CONST;
GType vb_questionnaire_get_type    (void) G_GNUC_CONST;
GType vb_channel_scope_get_type    (void) G_GNUC_CONST;
GType vb_hour_basis_get_type       (void) G_GNUC_CONST;
GType vb_decision_status_get_type  (void) G_GNUC_CONST;
GType vb_duration_unit_get_type    (void) G_GNUC_CONST;

gboolean vb_answer_allowed_for_requirement (VbAnswer answer);
gboolean vb_answer_allowed_for_question    (VbAnswer answer);

/* Every enumeration of the file, for the schema dump and the tests */
const GType *vb_enum_types          (guint       *n_types);

guint        vb_enum_get_n_values   (GType        type);
int          vb_enum_get_value      (GType        type,
                                     guint        index);
const char  *vb_enum_get_nick       (GType        type,
                                     int          value);
gboolean     vb_enum_from_nick      (GType        type,
                                     const char  *nick,
                                     int         *value);
const char  *vb_enum_get_label      (GType        type,
                                     int          value);
const char  *vb_enum_get_group_label (GType       type,
                                     int          value);
const char  *vb_enum_get_description (GType       type,
                                     int          value);

/* Sets of enumeration values, stored as their nicks joined by commas in
 * the enumeration's order ("chat,email") */
char        *vb_enum_set_to_string  (GType        type,
                                     guint        mask);
gboolean     vb_enum_set_from_string (GType       type,
                                     const char  *text,
                                     guint       *mask);
char        *vb_enum_set_to_labels  (GType        type,
                                     guint        mask);

G_END_DECLS
