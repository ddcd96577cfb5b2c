/* vb-decision-record.c — the project's one current decision, the vendors
 * it rejects, and the pre-signing checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The selection has one owner, the vendor rule (vb-vendor.c): it calls
 * vb_decision_follow_selection inside its own edit, so that selecting a
 * vendor and its draft decision are one undo step. The file holds one
 * decision row (a unique index on the table); a superseded decision lives
 * on as an entry of the activity log, written in the same transaction.
 */

#define G_LOG_DOMAIN "vb-decision"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-decision-record-private.h"
#include "vb-entity-private.h"
#include "vb-format.h"

struct _VbDecision { VbRecord parent_instance; };
struct _VbDecisionRejection { VbRecord parent_instance; };
struct _VbChecklistItem { VbRecord parent_instance; };

G_DEFINE_FINAL_TYPE (VbDecision, vb_decision, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbDecisionRejection, vb_decision_rejection, VB_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (VbChecklistItem, vb_checklist_item, VB_TYPE_RECORD)

static guint col_vendor, col_rationale, col_date, col_by, col_status, col_unmet;
static guint col_r_decision, col_r_vendor, col_r_reason;
static guint col_k_key, col_k_met, col_k_note;

#define R(self) VB_RECORD (self)

/* The vendor and the status follow the selection and vb_decision_record;
 * a generic write of them would bypass the rule */
static gboolean
vb_decision_set_column (VbRecord      *record,
                        guint          column,
                        const GValue  *value,
                        GError       **error)
{
  if (column == col_vendor || column == col_status)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   column == col_vendor ? _("Choose the vendor by selecting it on the Vendors page.")
                   : _("Record the decision with its rationale, date and who decided."));
      return FALSE;
    }
  return VB_RECORD_CLASS (vb_decision_parent_class)->set_column (record, column, value, error);
}

static void
vb_decision_class_init (VbDecisionClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  record_class->set_column = vb_decision_set_column;
  vb_record_class_bind_table (record_class, "decision");
  col_vendor = vb_record_class_column (record_class, "vendor_id");
  col_rationale = vb_record_class_column (record_class, "rationale");
  col_date = vb_record_class_column (record_class, "decided_on");
  col_by = vb_record_class_column (record_class, "decided_by");
  col_status = vb_record_class_column (record_class, "status");
  col_unmet = vb_record_class_column (record_class, "unmet_confirmed");
}

static void vb_decision_init (VbDecision *self) { }

static void
vb_decision_rejection_class_init (VbDecisionRejectionClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "decision_rejection");
  col_r_decision = vb_record_class_column (record_class, "decision_id");
  col_r_vendor = vb_record_class_column (record_class, "vendor_id");
  col_r_reason = vb_record_class_column (record_class, "reason");
}

static void vb_decision_rejection_init (VbDecisionRejection *self) { }

static void
vb_checklist_item_class_init (VbChecklistItemClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "checklist_item");
  col_k_key = vb_record_class_column (record_class, "item_key");
  col_k_met = vb_record_class_column (record_class, "met");
  col_k_note = vb_record_class_column (record_class, "note");
}

static void vb_checklist_item_init (VbChecklistItem *self) { }

/* Returns: (transfer none) (nullable) */
VbVendor *
vb_decision_get_vendor (VbDecision *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_DECISION (self), NULL);
  r = vb_entity_ref_at (R (self), col_vendor);
  return r ? VB_VENDOR (r) : NULL;
}

#define D_TEXT(name, col) \
  const char *vb_decision_get_##name (VbDecision *self) \
  { g_return_val_if_fail (VB_IS_DECISION (self), ""); return vb_record_text_at (R (self), col); }

D_TEXT (rationale, col_rationale)
D_TEXT (decided_on, col_date)
D_TEXT (decided_by, col_by)

VbDecisionStatus
vb_decision_get_status (VbDecision *self)
{
  g_return_val_if_fail (VB_IS_DECISION (self), VB_DECISION_STATUS_DRAFT);
  return (VbDecisionStatus) vb_record_enum_at (R (self), col_status);
}

gboolean
vb_decision_get_unmet_confirmed (VbDecision *self)
{
  g_return_val_if_fail (VB_IS_DECISION (self), FALSE);
  return vb_record_bool_at (R (self), col_unmet);
}

gboolean
vb_decision_is_recorded (VbDecision *self)
{
  return vb_decision_get_status (self) == VB_DECISION_STATUS_RECORDED;
}

/* Returns: (transfer none): the vendors not chosen (VbDecisionRejection) */
GListModel *
vb_decision_get_rejections (VbDecision *self)
{
  VbProject *project;

  g_return_val_if_fail (VB_IS_DECISION (self), NULL);
  project = vb_record_get_project (R (self));
  if (project == NULL)
    {
      static GListStore *empty;

      if (empty == NULL)
        empty = g_list_store_new (VB_TYPE_DECISION_REJECTION);
      return G_LIST_MODEL (empty);
    }
  return vb_project_get_children (project, "decision_rejection", "decision_id", R (self));
}

/* Removes the rejected vendors, inside an edit */
static gboolean
clear_rejections (VbProject   *project,
                  VbDecision  *self,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = vb_project_children (project, "decision_rejection", "decision_id", R (self));

  for (guint i = 0; rows && i < rows->len; i++)
    if (vb_record_is_live (rows->pdata[i]) && !vb_project_remove (project, rows->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* The activity entry of the recorded decision @self, which is replaced
 * (inside the edit: it is written in the same transaction) */
static gboolean
log_superseded (VbProject   *project,
                VbDecision  *self,
                GError     **error)
{
  VbVendor *old = vb_decision_get_vendor (self);
  const char *date = vb_decision_get_decided_on (self), *who = vb_decision_get_decided_by (self);
  /* Translators: the activity log's entry for a decision replaced by a
   * newer one: vendor, date, who, rationale */
  g_autofree char *summary = g_strdup_printf (_("Superseded decision: “%s” on %s by %s — %s"),
                                              old ? vb_vendor_get_display_name (old) : "?",
                                              *date ? date : "?", *who ? who : "?",
                                              vb_decision_get_rationale (self));

  return vb_project_log (project, VB_ACTIVITY_EDIT, "decision", vb_record_get_uuid (R (self)), summary, error);
}

gboolean
vb_decision_follow_selection (VbProject  *project,
                              VbVendor   *selected,
                              VbVendor   *deselected,
                              GError    **error)
{
  VbDecision *decision = vb_project_get_decision (project);
  VbRecord *row;

  if (selected == NULL)
    {
      /* a draft goes with its vendor; a recorded decision stays on record */
      if (decision && !vb_decision_is_recorded (decision) && vb_decision_get_vendor (decision) == deselected)
        return vb_project_remove (project, R (decision), error);
      return TRUE;
    }
  if (decision && vb_decision_get_vendor (decision) == selected)
    return TRUE;
  if (decision == NULL)
    {
      row = vb_project_add (project, "decision", error);
      return row != NULL &&
             vb_entity_write_ref_at (row, col_vendor, R (selected), error) &&
             vb_record_write_enum_at (row, col_status, VB_DECISION_STATUS_DRAFT, error);
    }
  row = R (decision);
  if (vb_decision_is_recorded (decision) && !log_superseded (project, decision, error))
    return FALSE;
  return clear_rejections (project, decision, error) &&
         vb_entity_write_ref_at (row, col_vendor, R (selected), error) &&
         vb_record_write_enum_at (row, col_status, VB_DECISION_STATUS_DRAFT, error) &&
         vb_record_write_text_at (row, col_rationale, "", error) &&
         vb_record_write_text_at (row, col_date, "", error) &&
         vb_record_write_text_at (row, col_by, "", error) &&
         vb_record_write_bool_at (row, col_unmet, FALSE, error);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

gboolean
vb_decision_record (VbDecision              *self,
                    const char              *rationale,
                    const char              *date,
                    const char              *who,
                    const VbRejectedVendor  *rejections,
                    gboolean                 unmet_confirmed,
                    GError                 **error)
{
  VbProject *project;
  VbVendor *vendor;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (VB_IS_DECISION (self), FALSE);
  project = vb_record_get_project (R (self));
  if (project == NULL || !vb_record_is_live (R (self)))
    return invalid (error, _("This decision is no longer in the project."));
  vendor = vb_decision_get_vendor (self);
  if (vendor == NULL)
    return invalid (error, _("Select the vendor you chose before recording the decision."));
  if (vb_str_is_blank (rationale))
    return invalid (error, _("Say why you chose this vendor: the rationale is what the decision memo prints."));
  if (date == NULL || !vb_date_is_valid (date))
    return invalid (error, _("Give the date of the decision (year-month-day)."));
  if (vb_str_is_blank (who))
    return invalid (error, _("Say who decided."));
  for (guint i = 0; rejections && rejections[i].vendor; i++)
    {
      if (rejections[i].vendor == vendor)
        return invalid (error, _("The chosen vendor cannot also be a rejected one."));
      if (vb_str_is_blank (rejections[i].reason))
        return invalid (error, _("A rejected vendor needs the reason: say why, in a sentence."));
      for (guint j = 0; j < i; j++)
        if (rejections[j].vendor == rejections[i].vendor)
          return invalid (error, _("A vendor is rejected once: give one reason for it."));
    }

  /* Translators: an undo step, e.g. “Record the decision for Acme” */
  summary = g_strdup_printf (_("Record the decision for %s"), vb_vendor_get_display_name (vendor));
  vb_project_begin_edit (project, summary);
  if ((vb_decision_is_recorded (self) && !log_superseded (project, self, error)) ||
      !clear_rejections (project, self, error) ||
      !vb_record_write_text_at (R (self), col_rationale, rationale, error) ||
      !vb_record_write_text_at (R (self), col_date, date, error) ||
      !vb_record_write_text_at (R (self), col_by, who, error) ||
      !vb_record_write_bool_at (R (self), col_unmet, unmet_confirmed, error) ||
      !vb_record_write_enum_at (R (self), col_status, VB_DECISION_STATUS_RECORDED, error))
    goto fail;
  for (guint i = 0; rejections && rejections[i].vendor; i++)
    {
      const char *refs[] = { "decision_id", "vendor_id" };
      VbRecord *parents[] = { R (self), R (rejections[i].vendor) };
      VbRecord *row = vb_project_add_row (project, "decision_rejection", refs, parents, 2, error);

      if (row == NULL || !vb_record_write_text_at (row, col_r_reason, rejections[i].reason, error))
        goto fail;
    }
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}

/* Returns: (transfer none) (nullable) */
VbDecision *
vb_decision_rejection_get_decision (VbDecisionRejection *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_DECISION_REJECTION (self), NULL);
  r = vb_entity_ref_at (R (self), col_r_decision);
  return r ? VB_DECISION (r) : NULL;
}

/* Returns: (transfer none) (nullable) */
VbVendor *
vb_decision_rejection_get_vendor (VbDecisionRejection *self)
{
  VbRecord *r;

  g_return_val_if_fail (VB_IS_DECISION_REJECTION (self), NULL);
  r = vb_entity_ref_at (R (self), col_r_vendor);
  return r ? VB_VENDOR (r) : NULL;
}

const char *
vb_decision_rejection_get_reason (VbDecisionRejection *self)
{
  g_return_val_if_fail (VB_IS_DECISION_REJECTION (self), "");
  return vb_record_text_at (R (self), col_r_reason);
}

const char *
vb_checklist_item_get_item_key (VbChecklistItem *self)
{
  g_return_val_if_fail (VB_IS_CHECKLIST_ITEM (self), "");
  return vb_record_text_at (R (self), col_k_key);
}

VB_ENTITY_BOOL (vb_checklist_item, VbChecklistItem, VB_IS_CHECKLIST_ITEM, met, col_k_met)
VB_ENTITY_TEXT (vb_checklist_item, VbChecklistItem, VB_IS_CHECKLIST_ITEM, note, col_k_note)

VbDecision *
vb_project_get_decision (VbProject *project)
{
  GListModel *rows;
  guint n;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  rows = vb_project_get_records (project, "decision");
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbDecision) d = g_list_model_get_item (rows, i);

      if (vb_record_is_live (R (d)))
        return d;
    }
  return NULL;
}

/* Returns: (transfer none): the checklist's ticked items (VbChecklistItem) */
GListModel *
vb_project_get_checklist_items (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "checklist_item");
}

VbChecklistItem *
vb_project_find_checklist_item (VbProject  *project,
                                const char *key)
{
  GListModel *rows = vb_project_get_checklist_items (project);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbChecklistItem) item = g_list_model_get_item (rows, i);

      if (vb_record_is_live (R (item)) && g_strcmp0 (vb_checklist_item_get_item_key (item), key) == 0)
        return item;
    }
  return NULL;
}

gboolean
vb_project_tick_checklist_item (VbProject   *project,
                                const char  *key,
                                gboolean     met,
                                const char  *note,
                                GError     **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  if (vb_str_is_blank (key))
    return invalid (error, _("A checklist item needs its key."));
  row = (VbRecord *) vb_project_find_checklist_item (project, key);
  vb_project_begin_edit (project, NULL);
  if (row == NULL)
    {
      row = vb_project_add (project, "checklist_item", error);
      if (row == NULL || !vb_record_write_text_at (row, col_k_key, key, error))
        goto fail;
    }
  if (!vb_record_write_bool_at (row, col_k_met, met, error) ||
      (note && !vb_record_write_text_at (row, col_k_note, note, error)))
    goto fail;
  return vb_project_end_edit (project, error);

fail:
  vb_project_cancel_edit (project);
  return FALSE;
}
