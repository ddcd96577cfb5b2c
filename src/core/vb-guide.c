/* vb-guide.c — the guidance engine
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule (vb-guide-rules.c) reads the project and yields findings;
 * findings are computed, never stored. A dismissal is stored (rule, subject,
 * the fingerprint of the data the rule saw, and a reason) and hides the
 * finding until that data changes. Views only display findings.
 */

#define G_LOG_DOMAIN "vb-guide"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-format.h"
#include "vb-guide.h"

/* ------------------------------------------------------------- stages */

static const struct {
  const char *id;
  const char *title;
  gboolean    available;
} stages[VB_N_STAGES] = {
  { "dashboard", N_("Dashboard"), TRUE },
  { "goals", N_("Goals & Scope"), TRUE },
  { "requirements", N_("Requirements"), FALSE },
  { "security", N_("Security & Compliance"), FALSE },
  { "vendors", N_("Vendors"), TRUE },
  { "responses", N_("Responses"), FALSE },
  { "references", N_("References"), FALSE },
  { "pricing", N_("Pricing & ROI"), FALSE },
  { "scoring", N_("Scoring & Decision"), FALSE },
  { "pilot", N_("Pilot Plan"), FALSE },
  { "slas", N_("SLAs"), FALSE },
  { "workflows", N_("Workflows & Escalation"), FALSE },
  { "transition", N_("Transition Checklist"), FALSE },
  { "results", N_("Pilot Results"), FALSE },
};

const char *
vb_stage_get_id (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);
  return stages[stage].id;
}

const char *
vb_stage_get_title (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, NULL);
  return _(stages[stage].title);
}

gboolean
vb_stage_is_available (VbStage stage)
{
  g_return_val_if_fail (stage < VB_N_STAGES, FALSE);
  return stages[stage].available;
}

gboolean
vb_stage_from_id (const char *id,
                  VbStage    *stage)
{
  for (guint i = 0; i < VB_N_STAGES; i++)
    if (g_strcmp0 (stages[i].id, id) == 0)
      {
        *stage = i;
        return TRUE;
      }
  return FALSE;
}

const char *
vb_finding_kind_to_string (VbFindingKind kind)
{
  switch (kind)
    {
    case VB_FINDING_BLOCKER:   return "blocker";
    case VB_FINDING_WARNING:   return "warning";
    case VB_FINDING_NEXT_STEP: return "next-step";
    default:                   g_return_val_if_reached (NULL);
    }
}

/* ------------------------------------------------------------ finding */

struct _VbFinding
{
  GObject parent_instance;

  const VbRule  *rule;
  char          *message;
  char          *action_label;
  char          *subject;
  char          *fingerprint;
  char          *dismissal_reason;
  char          *dismissed_by;
};

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

const char *
vb_finding_get_action_label (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->action_label;
}

const char *
vb_finding_get_subject (VbFinding *self)
{
  g_return_val_if_fail (VB_IS_FINDING (self), NULL);
  return self->subject;
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

/* -------------------------------------------------------------- guide */

struct _VbGuideContext
{
  VbGuide       *guide;
  const VbRule  *rule;
  GPtrArray     *out;
};

struct _VbGuide
{
  GObject parent_instance;

  VbProject   *project;      /* owned */
  GListStore  *findings;     /* open findings, most important first */
  GListStore  *dismissed;    /* dismissed ones, with their reasons */
  GHashTable  *dismissals;   /* "rule\x1fsubject\x1ffingerprint" → VbRecord */
  gulong       changed_id;
};

G_DEFINE_FINAL_TYPE (VbGuide, vb_guide, G_TYPE_OBJECT)

VbProject *
vb_guide_context_get_project (VbGuideContext *ctx)
{
  return ctx->guide->project;
}

void
vb_guide_context_emit (VbGuideContext *ctx,
                       const char     *subject,
                       const char     *fingerprint,
                       const char     *action_label,
                       const char     *format,
                       ...)
{
  VbFinding *f = g_object_new (VB_TYPE_FINDING, NULL);
  va_list args;

  f->rule = ctx->rule;
  f->subject = g_strdup (subject ? subject : "");
  f->fingerprint = g_strdup (fingerprint ? fingerprint : "");
  f->action_label = g_strdup (action_label);
  va_start (args, format);
  f->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->out, f);
}

static char *
dismissal_key (const char *rule,
               const char *subject,
               const char *fingerprint)
{
  return g_strjoin ("\x1f", rule, subject, fingerprint, NULL);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  VbFinding *fa = *(VbFinding **) a;
  VbFinding *fb = *(VbFinding **) b;

  if (fa->rule->kind != fb->rule->kind)
    return (int) fa->rule->kind - (int) fb->rule->kind;
  if (fa->rule->stage != fb->rule->stage)
    return (int) fa->rule->stage - (int) fb->rule->stage;
  return 0;
}

void
vb_guide_refresh (VbGuide *self)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();
  GListModel *dismissals;
  const VbRule *rules;
  guint n_rules, n;

  g_return_if_fail (VB_IS_GUIDE (self));

  g_hash_table_remove_all (self->dismissals);
  dismissals = vb_project_get_records (self->project, "dismissal");
  n = dismissals ? g_list_model_get_n_items (dismissals) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) d = g_list_model_get_item (dismissals, i);
      g_hash_table_insert (self->dismissals,
                           dismissal_key (vb_record_get_text (d, "rule_id"),
                                          vb_record_get_text (d, "subject"),
                                          vb_record_get_text (d, "fingerprint")),
                           g_object_ref (d));
    }

  rules = vb_guide_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      VbGuideContext ctx = { self, &rules[i], all };
      rules[i].evaluate (&ctx);
    }

  for (guint i = 0; i < all->len; i++)
    {
      VbFinding *f = g_ptr_array_index (all, i);
      g_autofree char *key = dismissal_key (f->rule->id, f->subject, f->fingerprint);
      VbRecord *dismissal = g_hash_table_lookup (self->dismissals, key);

      if (dismissal != NULL)
        {
          f->dismissal_reason = g_strdup (vb_record_get_text (dismissal, "reason"));
          f->dismissed_by = g_strdup (vb_record_get_text (dismissal, "dismissed_by"));
          g_ptr_array_add (hidden, f);
        }
      else
        g_ptr_array_add (open, f);
    }
  g_ptr_array_sort (open, compare_findings);

  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       open->pdata, open->len);
  g_list_store_splice (self->dismissed, 0, g_list_model_get_n_items (G_LIST_MODEL (self->dismissed)),
                       hidden->pdata, hidden->len);
}

static void
on_project_changed_cb (VbGuide   *self,
                       VbProject *project)
{
  vb_guide_refresh (self);
}

static void
vb_guide_dispose (GObject *object)
{
  VbGuide *self = (VbGuide *) object;

  g_clear_signal_handler (&self->changed_id, self->project);
  g_clear_object (&self->project);
  g_clear_object (&self->findings);
  g_clear_object (&self->dismissed);
  G_OBJECT_CLASS (vb_guide_parent_class)->dispose (object);
}

static void
vb_guide_finalize (GObject *object)
{
  VbGuide *self = (VbGuide *) object;

  g_hash_table_unref (self->dismissals);
  G_OBJECT_CLASS (vb_guide_parent_class)->finalize (object);
}

static void
vb_guide_class_init (VbGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vb_guide_dispose;
  object_class->finalize = vb_guide_finalize;
}

static void
vb_guide_init (VbGuide *self)
{
  self->findings = g_list_store_new (VB_TYPE_FINDING);
  self->dismissed = g_list_store_new (VB_TYPE_FINDING);
  self->dismissals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * vb_guide_new:
 *
 * A guide that follows @project: its findings are recomputed after every
 * commit (edit, undo, redo).
 */
VbGuide *
vb_guide_new (VbProject *project)
{
  VbGuide *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);

  self = g_object_new (VB_TYPE_GUIDE, NULL);
  self->project = g_object_ref (project);
  self->changed_id = g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb),
                                              self, G_CONNECT_SWAPPED);
  vb_guide_refresh (self);
  return self;
}

GListModel *
vb_guide_get_findings (VbGuide *self)
{
  g_return_val_if_fail (VB_IS_GUIDE (self), NULL);
  return G_LIST_MODEL (self->findings);
}

GListModel *
vb_guide_get_dismissed (VbGuide *self)
{
  g_return_val_if_fail (VB_IS_GUIDE (self), NULL);
  return G_LIST_MODEL (self->dismissed);
}

GPtrArray *
vb_guide_get_stage_findings (VbGuide *self,
                             VbStage  stage)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

  for (guint i = 0; i < n; i++)
    {
      VbFinding *f = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (f->rule->stage == stage)
        g_ptr_array_add (out, f);
      else
        g_object_unref (f);
    }
  return out;
}

guint
vb_guide_count_open (VbGuide       *self,
                     VbStage        stage,
                     VbFindingKind  kind)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (f->rule->stage == stage && f->rule->kind == kind)
        count++;
    }
  return count;
}

/* A stage is complete when no next step of it is open (DESIGN.md §1). */
gboolean
vb_guide_stage_is_complete (VbGuide *self,
                            VbStage  stage)
{
  g_return_val_if_fail (VB_IS_GUIDE (self), FALSE);
  return vb_guide_count_open (self, stage, VB_FINDING_NEXT_STEP) == 0 &&
         vb_guide_count_open (self, stage, VB_FINDING_BLOCKER) == 0;
}

/* The share of the available stages (the dashboard aside) that are complete */
double
vb_guide_get_progress (VbGuide *self)
{
  guint available = 0, complete = 0;

  for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
    if (vb_stage_is_available (s))
      {
        available++;
        complete += vb_guide_stage_is_complete (self, s);
      }
  return available ? (double) complete / available : 0;
}

gboolean
vb_guide_dismiss (VbGuide     *self,
                  VbFinding   *finding,
                  const char  *reason,
                  GError     **error)
{
  g_autofree char *summary = NULL;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_GUIDE (self), FALSE);
  g_return_val_if_fail (VB_IS_FINDING (finding), FALSE);

  if (reason == NULL || vb_str_is_blank (reason))
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Say why this does not apply, so that the decision memo can explain it."));
      return FALSE;
    }

  summary = g_strdup_printf (_("Dismissed “%s”: %s"), finding->message, reason);
  vb_project_begin_edit_full (self->project, "dismiss", summary);
  row = vb_project_add (self->project, "dismissal", error);
  if (row == NULL ||
      !vb_project_set_text (self->project, row, "rule_id", finding->rule->id, error) ||
      !vb_project_set_text (self->project, row, "subject", finding->subject, error) ||
      !vb_project_set_text (self->project, row, "fingerprint", finding->fingerprint, error) ||
      !vb_project_set_text (self->project, row, "reason", reason, error) ||
      !vb_project_set_text (self->project, row, "dismissed_by", vb_project_get_author (self->project), error))
    {
      vb_project_cancel_edit (self->project);
      return FALSE;
    }
  return vb_project_end_edit (self->project, error);
}

/**
 * vb_guide_restore:
 * @finding: a dismissed finding (from vb_guide_get_dismissed())
 *
 * Takes back the dismissal of @finding: removes every dismissal row for its
 * rule, subject and fingerprint, as one undo step logged as “restore”. The
 * finding is open again after the commit. Restoring a finding that is not
 * dismissed does nothing and succeeds.
 */
gboolean
vb_guide_restore (VbGuide     *self,
                  VbFinding   *finding,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  GListModel *dismissals;
  guint n;

  g_return_val_if_fail (VB_IS_GUIDE (self), FALSE);
  g_return_val_if_fail (VB_IS_FINDING (finding), FALSE);

  /* collect first: each removal changes the model */
  dismissals = vb_project_get_records (self->project, "dismissal");
  n = dismissals ? g_list_model_get_n_items (dismissals) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbRecord) d = g_list_model_get_item (dismissals, i);

      if (g_strcmp0 (vb_record_get_text (d, "rule_id"), finding->rule->id) == 0 &&
          g_strcmp0 (vb_record_get_text (d, "subject"), finding->subject) == 0 &&
          g_strcmp0 (vb_record_get_text (d, "fingerprint"), finding->fingerprint) == 0)
        g_ptr_array_add (rows, g_steal_pointer (&d));
    }
  if (rows->len == 0)
    return TRUE;

  summary = g_strdup_printf (_("Restored “%s”"), finding->message);
  vb_project_begin_edit_full (self->project, "restore", summary);
  for (guint i = 0; i < rows->len; i++)
    if (!vb_project_remove (self->project, g_ptr_array_index (rows, i), error))
      {
        vb_project_cancel_edit (self->project);
        return FALSE;
      }
  return vb_project_end_edit (self->project, error);
}
