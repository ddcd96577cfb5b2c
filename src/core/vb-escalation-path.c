/* vb-escalation-path.c — a line of the escalation matrix
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-escalation-path"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "vb-escalation-path.h"
#include "vb-format.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-record-private.h"

struct _VbEscalationPath
{
  VbRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (VbEscalationPath, vb_escalation_path, VB_TYPE_RECORD)

static guint col_trigger, col_from_tier, col_contact_name, col_contact_role, col_phone, col_email, col_response_minutes;

#define R(self) VB_RECORD (self)

/* 0 writes "not set" (NULL) */
static gboolean
write_optional_int (VbRecord  *record,
                    guint      column,
                    int        value,
                    GError   **error)
{
  VbValue v = VB_VALUE_INIT;

  if (value != 0)
    vb_value_set_int (&v, value);
  return vb_record_write_at (record, column, &v, error);
}

static void
vb_escalation_path_class_init (VbEscalationPathClass *klass)
{
  VbRecordClass *record_class = VB_RECORD_CLASS (klass);

  vb_record_class_bind_table (record_class, "escalation_path");
  col_trigger = vb_record_class_column (record_class, "trigger");
  col_from_tier = vb_record_class_column (record_class, "from_tier");
  col_contact_name = vb_record_class_column (record_class, "contact_name");
  col_contact_role = vb_record_class_column (record_class, "contact_role");
  col_phone = vb_record_class_column (record_class, "phone");
  col_email = vb_record_class_column (record_class, "email");
  col_response_minutes = vb_record_class_column (record_class, "response_minutes");
}

static void
vb_escalation_path_init (VbEscalationPath *self)
{
}

const char *
vb_escalation_path_get_trigger (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), "");
  return vb_record_text_at (R (self), col_trigger);
}

gboolean
vb_escalation_path_set_trigger (VbEscalationPath  *self,
                                const char       *trigger,
                                GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return vb_record_write_text_at (R (self), col_trigger, trigger, error);
}

int
vb_escalation_path_get_from_tier (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), 0);
  return vb_record_peek (R (self), col_from_tier)->type == VB_VALUE_NULL ? 0 : (int) vb_record_int_at (R (self), col_from_tier);
}

gboolean
vb_escalation_path_set_from_tier (VbEscalationPath  *self,
                                  int               from_tier,
                                  GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return write_optional_int (R (self), col_from_tier, from_tier, error);
}

const char *
vb_escalation_path_get_contact_name (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), "");
  return vb_record_text_at (R (self), col_contact_name);
}

gboolean
vb_escalation_path_set_contact_name (VbEscalationPath  *self,
                                     const char       *contact_name,
                                     GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return vb_record_write_text_at (R (self), col_contact_name, contact_name, error);
}

const char *
vb_escalation_path_get_contact_role (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), "");
  return vb_record_text_at (R (self), col_contact_role);
}

gboolean
vb_escalation_path_set_contact_role (VbEscalationPath  *self,
                                     const char       *contact_role,
                                     GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return vb_record_write_text_at (R (self), col_contact_role, contact_role, error);
}

const char *
vb_escalation_path_get_phone (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), "");
  return vb_record_text_at (R (self), col_phone);
}

gboolean
vb_escalation_path_set_phone (VbEscalationPath  *self,
                              const char       *phone,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return vb_record_write_text_at (R (self), col_phone, phone, error);
}

const char *
vb_escalation_path_get_email (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), "");
  return vb_record_text_at (R (self), col_email);
}

gboolean
vb_escalation_path_set_email (VbEscalationPath  *self,
                              const char       *email,
                              GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return vb_record_write_text_at (R (self), col_email, email, error);
}

double
vb_escalation_path_get_response_minutes (VbEscalationPath *self)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), NAN);
  return vb_record_real_at (R (self), col_response_minutes);
}

gboolean
vb_escalation_path_set_response_minutes (VbEscalationPath  *self,
                                         double            response_minutes,
                                         GError           **error)
{
  g_return_val_if_fail (VB_IS_ESCALATION_PATH (self), FALSE);
  return vb_record_write_real_at (R (self), col_response_minutes, response_minutes, error);
}

/**
 * vb_project_get_escalation_paths:
 *
 * Returns: (transfer none): every escalation path in its order (VbEscalationPath)
 */
GListModel *
vb_project_get_escalation_paths (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  return vb_project_get_records (project, "escalation_path");
}

/* Returns: (transfer none): a new escalation path, one edit */
VbEscalationPath *
vb_project_add_escalation_path (VbProject  *project,
                                GError    **error)
{
  VbRecord *row;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  row = vb_project_add (project, "escalation_path", error);
  return row ? VB_ESCALATION_PATH (row) : NULL;
}

/**
 * vb_project_add_escalation_path_from:
 * @from_tier: the tier it leads up from, 1–3
 *
 * A new path up from @from_tier, in one edit (one undo step): what the
 * guidance's "Add a path" for a tier with no way up does.
 *
 * Returns: (transfer none): the path, or NULL with @error
 */
VbEscalationPath *
vb_project_add_escalation_path_from (VbProject  *project,
                                     int         from_tier,
                                     GError    **error)
{
  VbEscalationPath *path;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  vb_project_begin_edit (project, _("Add escalation"));
  path = vb_project_add_escalation_path (project, error);
  if (path == NULL || !vb_escalation_path_set_from_tier (path, from_tier, error))
    {
      vb_project_cancel_edit (project);
      return NULL;
    }
  return vb_project_end_edit (project, error) ? path : NULL;
}

/* What counts as an emergency, in words ("" : not defined yet) */
const char *
vb_project_get_emergency_definition (VbProject *project)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), "");
  return vb_record_get_text (VB_RECORD (vb_project_get_settings (project)), "emergency_definition");
}

gboolean
vb_project_set_emergency_definition (VbProject   *project,
                                     const char  *definition,
                                     GError     **error)
{
  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  return vb_project_set_text (project, VB_RECORD (vb_project_get_settings (project)), "emergency_definition",
                              definition, error);
}

/* Returns: (transfer none) (nullable): the path called in an emergency */
VbEscalationPath *
vb_project_get_emergency_path (VbProject *project)
{
  const VbValue *ref;
  VbRecord *path;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  ref = vb_record_get_value (VB_RECORD (vb_project_get_settings (project)), "emergency_path_id");
  if (ref == NULL || ref->type != VB_VALUE_TEXT)
    return NULL;
  path = vb_project_lookup (project, ref->v.s);
  return path ? VB_ESCALATION_PATH (path) : NULL;
}

/* @path: (nullable): the path called in an emergency; NULL: none chosen */
gboolean
vb_project_set_emergency_path (VbProject         *project,
                               VbEscalationPath  *path,
                               GError           **error)
{
  VbRecord *settings;

  g_return_val_if_fail (VB_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path == NULL || VB_IS_ESCALATION_PATH (path), FALSE);
  settings = VB_RECORD (vb_project_get_settings (project));
  if (path == NULL)
    return vb_project_set_null (project, settings, "emergency_path_id", error);
  if (vb_record_get_project (VB_RECORD (path)) != project)
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("This escalation path is no longer in the project."));
      return FALSE;
    }
  return vb_project_set_text (project, settings, "emergency_path_id", vb_record_get_uuid (VB_RECORD (path)), error);
}
