/* vb-finding.c — one finding of the guidance
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a rule of the guidance found (vb-guide.c computes them): its
 * message, the action that fixes it, its subject, and the fingerprint of
 * the data the rule saw, which a dismissal holds to.
 */

#define G_LOG_DOMAIN "vb-guide"

#include "config.h"

#include "vb-finding-private.h"

G_DEFINE_FINAL_TYPE (VbFinding, vb_finding, G_TYPE_OBJECT)

static void
vb_finding_finalize (GObject *object)
{
  VbFinding *self = (VbFinding *) object;

  g_free (self->message);
  g_free (self->action_label);
  g_free (self->subject);
  g_free (self->fingerprint);
  g_free (self->dismissal_reason);
  g_free (self->dismissed_by);
  G_OBJECT_CLASS (vb_finding_parent_class)->finalize (object);
}

static void
vb_finding_class_init (VbFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vb_finding_finalize;
}

static void
vb_finding_init (VbFinding *self)
{
  self->filter = -1;
}

const char *
vb_finding_get_rule_id (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->rule->id;
}

VbStage
vb_finding_get_stage (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), VB_STAGE_DASHBOARD);
  return self->rule->stage;
}

VbFindingKind
vb_finding_get_kind (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), VB_FINDING_NEXT_STEP);
  return self->rule->kind;
}

const char *
vb_finding_get_message (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->message;
}

/* What the finding's button says: “Add a vendor”, “Set a target” */
const char *
vb_finding_get_action_label (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->action_label;
}

VbFindingAction
vb_finding_get_action (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), VB_FINDING_ACTION_SHOW);
  return self->rule->action;
}

/* The entity the action is about (VB_TYPE_TASK, …), or G_TYPE_NONE */
GType
vb_finding_get_subject_type (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), G_TYPE_NONE);
  return self->rule->subject_type ? self->rule->subject_type () : G_TYPE_NONE;
}

/* The UUID of the row the finding is about, or "" */
const char *
vb_finding_get_subject (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->subject;
}

/* EDIT: the property of the subject whose editor to open, or NULL */
const char *
vb_finding_get_field (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->field;
}

/* LIST: the enumeration value to filter by, or -1 */
int
vb_finding_get_filter (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), -1);
  return self->filter;
}

const char *
vb_finding_get_fingerprint (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->fingerprint;
}

const char *
vb_finding_get_dismissal_reason (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->dismissal_reason;
}

/* Who dismissed the finding (the project's author at the time), or "" when
 * nobody was named; NULL for an open finding. */
const char *
vb_finding_get_dismissed_by (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->dismissed_by;
}

void
vb_finding_set_field (VbFinding  *finding,
                      const char *field)
{
  finding->field = field;
}

void
vb_finding_set_filter (VbFinding *finding,
                       int        filter)
{
  finding->filter = filter;
}

gboolean
vb_finding_equal (VbFinding *a,
               VbFinding *b)
{
  if (a == b)
    return TRUE;
  return a->rule == b->rule &&
         g_strcmp0 (a->subject, b->subject) == 0 &&
         g_strcmp0 (a->fingerprint, b->fingerprint) == 0 &&
         g_strcmp0 (a->message, b->message) == 0 &&
         g_strcmp0 (a->action_label, b->action_label) == 0 &&
         g_strcmp0 (a->field, b->field) == 0 &&
         a->filter == b->filter &&
         g_strcmp0 (a->dismissal_reason, b->dismissal_reason) == 0 &&
         g_strcmp0 (a->dismissed_by, b->dismissed_by) == 0;
}

/* What a rule found, for the copy a pass gives the dismissal it found for
 * it (the rule's own object never changes) */
VbFinding *
vb_finding_copy (VbFinding *f)
{
  VbFinding *copy = g_object_new (VB_TYPE_FINDING, NULL);

  copy->rule = f->rule;
  copy->rule_index = f->rule_index;
  copy->message = g_strdup (f->message);
  copy->action_label = g_strdup (f->action_label);
  copy->subject = g_strdup (f->subject);
  copy->fingerprint = g_strdup (f->fingerprint);
  copy->field = f->field;
  copy->filter = f->filter;
  return copy;
}
