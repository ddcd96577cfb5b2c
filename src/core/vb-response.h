/* vb-response.h — a vendor's answer to one requirement or one question
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A response answers exactly one item: a requirement (meets, partly, does
 * not meet, not applicable) or a question (yes, no, partly, not
 * applicable), with details, evidence, a follow-up status and, for an
 * accepted gap, the reason for the exception. It goes when its item or its
 * vendor is removed.
 */

#pragma once

#include "vb-enums.h"
#include "vb-project.h"
#include "vb-question.h"
#include "vb-record.h"
#include "vb-requirement.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

#define VB_TYPE_RESPONSE (vb_response_get_type ())

G_DECLARE_FINAL_TYPE (VbResponse, vb_response, VB, RESPONSE, VbRecord)

VbVendor      *vb_response_get_vendor           (VbResponse *self);
/* the vendor's UUID as the row holds it, without finding the vendor */
const char    *vb_response_get_vendor_uuid      (VbResponse *self);
VbRequirement *vb_response_get_requirement      (VbResponse *self);
VbQuestion    *vb_response_get_question         (VbResponse *self);
VbAnswer       vb_response_get_answer           (VbResponse *self);
const char    *vb_response_get_text             (VbResponse *self);
const char    *vb_response_get_evidence         (VbResponse *self);
VbFollowup     vb_response_get_followup         (VbResponse *self);
const char    *vb_response_get_exception_reason (VbResponse *self);
gboolean       vb_response_allows_answer        (VbResponse *self, VbAnswer answer);

gboolean       vb_response_set_answer           (VbResponse *self, VbAnswer answer, GError **error);
gboolean       vb_response_set_text             (VbResponse *self, const char *text, GError **error);
gboolean       vb_response_set_evidence         (VbResponse *self, const char *text, GError **error);
gboolean       vb_response_set_followup         (VbResponse *self, VbFollowup value, GError **error);
gboolean       vb_response_set_exception_reason (VbResponse *self, const char *text, GError **error);

GListModel    *vb_vendor_get_responses          (VbVendor *vendor);
GListModel    *vb_requirement_get_responses     (VbRequirement *requirement);
GListModel    *vb_question_get_responses        (VbQuestion *question);
VbResponse    *vb_requirement_get_response_of   (VbRequirement *requirement, VbVendor *vendor);
VbResponse    *vb_question_get_response_of      (VbQuestion *question, VbVendor *vendor);
VbResponse    *vb_requirement_add_response      (VbRequirement *requirement, VbVendor *vendor, GError **error);
VbResponse    *vb_question_add_response         (VbQuestion *question, VbVendor *vendor, GError **error);

/* The answer, creating the response on the first one: one edit */
gboolean       vb_requirement_record_answer     (VbRequirement *requirement, VbVendor *vendor, VbAnswer answer,
                                                 GError **error);
gboolean       vb_question_record_answer        (VbQuestion *question, VbVendor *vendor, VbAnswer answer,
                                                 GError **error);

G_END_DECLS
