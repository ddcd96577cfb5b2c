/* vb-dismissal.c — a guidance finding the user dismissed, with the reason
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written and removed by the guidance engine (vb_guide_dismiss,
 * vb_guide_restore) only.
 */

#define G_LOG_DOMAIN "vb-dismissal"

#include "config.h"

#include "vb-dismissal.h"
#include "vb-project-private.h"
#include "vb-record-private.h"

struct _VbDismissal
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbDismissal, vb_dismissal, VB_TYPE_RECORD)

static guint col_rule, col_subject, col_fingerprint, col_reason, col_by;

static void
vb_dismissal_class_init (VbDismissalClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "dismissal");
  col_rule = vb_record_class_column (record_class, "rule_id");
  col_subject = vb_record_class_column (record_class, "subject");
  col_fingerprint = vb_record_class_column (record_class, "fingerprint");
  col_reason = vb_record_class_column (record_class, "reason");
  col_by = vb_record_class_column (record_class, "dismissed_by");
}

static void
vb_dismissal_init (VbDismissal *self)
{
}

const char *
vb_dismissal_get_rule_id (VbDismissal *self)
{
  g_return_val_if_fail (VB_IS_DISMISSAL (self), "");
  return vb_record_text_at (VB_RECORD (self), col_rule);
}

const char *
vb_dismissal_get_subject (VbDismissal *self)
{
  g_return_val_if_fail (VB_IS_DISMISSAL (self), "");
  return vb_record_text_at (VB_RECORD (self), col_subject);
}

const char *
vb_dismissal_get_fingerprint (VbDismissal *self)
{
  g_return_val_if_fail (VB_IS_DISMISSAL (self), "");
  return vb_record_text_at (VB_RECORD (self), col_fingerprint);
}

const char *
vb_dismissal_get_reason (VbDismissal *self)
{
  g_return_val_if_fail (VB_IS_DISMISSAL (self), "");
  return vb_record_text_at (VB_RECORD (self), col_reason);
}

const char *
vb_dismissal_get_dismissed_by (VbDismissal *self)
{
  g_return_val_if_fail (VB_IS_DISMISSAL (self), "");
  return vb_record_text_at (VB_RECORD (self), col_by);
}

GListModel *
vb_project_get_dismissals (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "dismissal");
}
