/* vb-response.c — a vendor's answer to one requirement or one question
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-response"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-project-private.h"
#include "vb-record-private.h"
#include "vb-response.h"

struct _VbResponse
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbResponse, vb_response, VB_TYPE_RECORD)

static guint col_vendor_id, col_requirement_id, col_question_id, col_answer, col_text, col_evidence, col_followup,
             col_exception_reason;

#define R(self) VB_RECORD (self)

static gboolean
vb_response_set_column (VbRecord      *record,
                        guint          column,
                        const GValue  *value,
                        GError       **error)
{
  if (column == col_answer)
    return vb_response_set_answer (VB_RESPONSE (record), g_value_get_enum (value), error);
  if (column == col_vendor_id || column == col_requirement_id || column == col_question_id)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("An answer stays with its vendor and its item: add an answer to the other one instead."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_response_parent_class)->set_column (record, column, value, error);
}

static void
vb_response_class_init (VbResponseClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_response_set_column;
  vb_record_class_bind_table (record_class, "response");
  col_vendor_id = vb_record_class_column (record_class, "vendor_id");
  col_requirement_id = vb_record_class_column (record_class, "requirement_id");
  col_question_id = vb_record_class_column (record_class, "question_id");
  col_answer = vb_record_class_column (record_class, "answer");
  col_text = vb_record_class_column (record_class, "text");
  col_evidence = vb_record_class_column (record_class, "evidence");
  col_followup = vb_record_class_column (record_class, "followup");
  col_exception_reason = vb_record_class_column (record_class, "exception_reason");
}

static void
vb_response_init (VbResponse *self)
{
}

static VbRecord *
lookup_ref (VbResponse *self,
            guint       column)
{
  VbProject *project = vb_record_get_project (R (self));
  const VbValue *ref = vb_record_peek (R (self), column);

  if (project == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  return vb_project_lookup (project, ref->v.s);
}

/* Returns: (transfer none) (nullable): NULL once removed */
VbVendor *
vb_response_get_vendor (VbResponse *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_RESPONSE (self), NULL);
  r = lookup_ref (self, col_vendor_id);
  return r ? VB_VENDOR (r) : NULL;
}

const char *
vb_response_get_vendor_uuid (VbResponse *self)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), NULL);
  return vb_record_text_at (R (self), col_vendor_id);
}

/* Returns: (transfer none) (nullable): the requirement it answers, NULL
 * for the answer to a question */
VbRequirement *
vb_response_get_requirement (VbResponse *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_RESPONSE (self), NULL);
  r = lookup_ref (self, col_requirement_id);
  return r ? VB_REQUIREMENT (r) : NULL;
}

/* Returns: (transfer none) (nullable): the question it answers, NULL for
 * the answer to a requirement */
VbQuestion *
vb_response_get_question (VbResponse *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_RESPONSE (self), NULL);
  r = lookup_ref (self, col_question_id);
  return r ? VB_QUESTION (r) : NULL;
}

VbAnswer
vb_response_get_answer (VbResponse *self)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), VB_ANSWER_UNSET);
  return (VbAnswer) vb_record_enum_at (R (self), col_answer);
}

const char *
vb_response_get_text (VbResponse *self)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), "");
  return vb_record_text_at (R (self), col_text);
}

const char *
vb_response_get_evidence (VbResponse *self)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), "");
  return vb_record_text_at (R (self), col_evidence);
}

VbFollowup
vb_response_get_followup (VbResponse *self)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), VB_FOLLOWUP_UNSET);
  return (VbFollowup) vb_record_enum_at (R (self), col_followup);
}

const char *
vb_response_get_exception_reason (VbResponse *self)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), "");
  return vb_record_text_at (R (self), col_exception_reason);
}

/**
 * vb_response_allows_answer:
 *
 * Returns: whether @answer fits the kind of item the response answers
 *   (what its drop-down offers)
 */
gboolean
vb_response_allows_answer (VbResponse *self,
                           VbAnswer    answer)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), FALSE);
  if (vb_record_peek (R (self), col_requirement_id)->type != VB_VALUE_NULL)
    return vb_answer_allowed_for_requirement (answer);
  return vb_answer_allowed_for_question (answer);
}

/**
 * vb_response_set_answer:
 *
 * One edit; an answer that does not fit the kind of item (a "yes" to a
 * requirement, a "meets" to a question) is refused with the answers it
 * takes.
 */
gboolean
vb_response_set_answer (VbResponse  *self,
                        VbAnswer     answer,
                        GError     **error)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), FALSE);
  if (!vb_response_allows_answer (self, answer))
    {
      gboolean requirement = vb_record_peek (R (self), col_requirement_id)->type != VB_VALUE_NULL;

      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, "%s",
                   requirement ? _("A requirement is answered with meets, partly, does not meet or not applicable.")
                               : _("A question is answered with yes, no, partly or not applicable."));
      return FALSE;
    }
  return vb_record_write_enum_at (R (self), col_answer, answer, error);
}

gboolean
vb_response_set_text (VbResponse  *self,
                      const char  *text,
                      GError     **error)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), FALSE);
  return vb_record_write_text_at (R (self), col_text, text, error);
}

gboolean
vb_response_set_evidence (VbResponse  *self,
                          const char  *text,
                          GError     **error)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), FALSE);
  return vb_record_write_text_at (R (self), col_evidence, text, error);
}

gboolean
vb_response_set_followup (VbResponse  *self,
                          VbFollowup   value,
                          GError     **error)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), FALSE);
  return vb_record_write_enum_at (R (self), col_followup, value, error);
}

gboolean
vb_response_set_exception_reason (VbResponse  *self,
                                  const char  *text,
                                  GError     **error)
{
  g_return_val_if_fail (VB_IS_RESPONSE (self), FALSE);
  return vb_record_write_text_at (R (self), col_exception_reason, text, error);
}

/* ------------------------------------------------------------ relations */

static GListModel *
responses_of (VbRecord   *item,
              const char *column)
{
  VbProject *project = vb_record_get_project (item);

  if (project == NULL)
    {
      /* a removed item has no responses to show: an empty list of the right type */
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_RESPONSE);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "response", column, item);
}

/* Returns: (transfer none): the vendor's answers (VbResponse) */
GListModel *
vb_vendor_get_responses (VbVendor *vendor)
{
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  return responses_of (VB_RECORD (vendor), "vendor_id");
}

/* Returns: (transfer none): every vendor's answer to the requirement */
GListModel *
vb_requirement_get_responses (VbRequirement *requirement)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (requirement), NULL);
  return responses_of (VB_RECORD (requirement), "requirement_id");
}

/* Returns: (transfer none): every vendor's answer to the question */
GListModel *
vb_question_get_responses (VbQuestion *question)
{
  g_return_val_if_fail (VB_IS_QUESTION (question), NULL);
  return responses_of (VB_RECORD (question), "question_id");
}

/* @vendor's response to @item, from the store's index on the response's
 * references (vendor, requirement, question): no scan, so scoring every
 * finalist on every item stays linear */
static VbResponse *
response_of (VbRecord   *item,
             const char *column,
             VbVendor   *vendor)
{
  VbProject *project = vb_record_get_project (item);
  const VbTable *table = vb_schema_lookup_table (vb_schema_current (), "response");
  const char *item_uuid = vb_record_get_uuid (item);
  const char *uuids[] = {
    vb_record_get_uuid (VB_RECORD (vendor)),
    g_str_equal (column, "requirement_id") ? item_uuid : NULL,
    g_str_equal (column, "question_id") ? item_uuid : NULL,
  };
  VbRecord *found;

  if (project == NULL)
    return NULL;
  found = vb_store_find_by_refs (vb_project_get_store (project), table, uuids);
  return found && vb_record_is_live (found) ? VB_RESPONSE (found) : NULL;
}

/* Returns: (transfer none) (nullable): @vendor's answer to the requirement */
VbResponse *
vb_requirement_get_response_of (VbRequirement *requirement,
                                VbVendor      *vendor)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (requirement), NULL);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  return response_of (VB_RECORD (requirement), "requirement_id", vendor);
}

/* Returns: (transfer none) (nullable): @vendor's answer to the question */
VbResponse *
vb_question_get_response_of (VbQuestion *question,
                             VbVendor   *vendor)
{
  g_return_val_if_fail (VB_IS_QUESTION (question), NULL);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  return response_of (VB_RECORD (question), "question_id", vendor);
}

static VbResponse *
add_response (VbRecord    *item,
              const char  *column,
              VbVendor    *vendor,
              GError     **error)
{
  const char *refs[] = { "vendor_id", column };
  VbRecord *parents[] = { VB_RECORD (vendor), item };
  VbRecord *row;

  if (!vb_record_check_live (item, error) || !vb_record_check_live (VB_RECORD (vendor), error))
    return NULL;
  if (vb_record_get_project (item) != vb_record_get_project (VB_RECORD (vendor)))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("The vendor and the item are not in the same project."));
      return NULL;
    }
  if (response_of (item, column, vendor) != NULL)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This vendor has answered it already: change that answer instead."));
      return NULL;
    }
  row = vb_project_add_row (vb_record_get_project (item), "response", refs, parents, 2, error);
  return row ? VB_RESPONSE (row) : NULL;
}

/**
 * vb_requirement_add_response:
 *
 * Returns: (transfer none): @vendor's new, unanswered response to the
 *   requirement, one edit; a vendor answers an item once
 */
VbResponse *
vb_requirement_add_response (VbRequirement  *requirement,
                             VbVendor       *vendor,
                             GError        **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (requirement), NULL);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  return add_response (VB_RECORD (requirement), "requirement_id", vendor, error);
}

/* Returns: (transfer none): @vendor's new, unanswered response to the
 * question, one edit */
VbResponse *
vb_question_add_response (VbQuestion  *question,
                          VbVendor    *vendor,
                          GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (question), NULL);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  return add_response (VB_RECORD (question), "question_id", vendor, error);
}

/* ------------------------------------------------------------ answering */

static gboolean
record_answer (VbRecord    *item,
               const char  *column,
               VbVendor    *vendor,
               VbAnswer     answer,
               GError     **error)
{
  VbProject *project = vb_record_get_project (item);
  VbResponse *response;

  if (!vb_record_check_live (item, error) || !vb_record_check_live (VB_RECORD (vendor), error))
    return FALSE;
  response = response_of (item, column, vendor);
  if (response != NULL)
    return vb_response_get_answer (response) == answer || vb_response_set_answer (response, answer, error);
  if (answer == VB_ANSWER_UNSET)
    return TRUE;   /* nothing answered, nothing to write */
  vb_project_begin_edit (project, NULL);
  response = add_response (item, column, vendor, error);
  if (response == NULL || !vb_response_set_answer (response, answer, error))
    {
      vb_project_cancel_edit (project);
      return FALSE;
    }
  return vb_project_end_edit (project, error);
}

/**
 * vb_requirement_record_answer:
 *
 * Sets @vendor's answer to the requirement as one edit (one undo step):
 * the response is created with its answer on the first answer; setting
 * the answer it has already, or clearing an answer never given, writes
 * nothing. An answer a requirement does not take ("yes") is refused.
 */
gboolean
vb_requirement_record_answer (VbRequirement  *requirement,
                              VbVendor       *vendor,
                              VbAnswer        answer,
                              GError        **error)
{
  g_return_val_if_fail (VB_IS_REQUIREMENT (requirement), FALSE);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), FALSE);
  return record_answer (VB_RECORD (requirement), "requirement_id", vendor, answer, error);
}

/* As vb_requirement_record_answer(), for a question ("meets" is refused) */
gboolean
vb_question_record_answer (VbQuestion  *question,
                           VbVendor    *vendor,
                           VbAnswer     answer,
                           GError     **error)
{
  g_return_val_if_fail (VB_IS_QUESTION (question), FALSE);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), FALSE);
  return record_answer (VB_RECORD (question), "question_id", vendor, answer, error);
}
