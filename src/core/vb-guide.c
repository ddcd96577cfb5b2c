/* vb-guide.c — the guidance engine
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule (vb-guide-rules*.c) reads the project and yields findings;
 * findings are computed, never stored. A rule whose tables (its row in
 * the rules table names them) did not change since the last pass is not
 * run again: its findings of that pass are shown again, the same objects
 * (the store's serials tell). What rules share within a pass (the leading
 * vendor, …) is computed once, by the first rule that asks
 * (vb_rule_context_get_fact ()); a rule that walks thousands of rows keeps
 * what it read of each from pass to pass (vb_rule_context_get_kept ()) and
 * reads again only the rows that changed. A dismissal is stored (rule,
 * subject, the fingerprint of the data the rule saw, and a reason) and
 * hides the finding until that data changes. After each commit the
 * findings are recomputed and the list models change precisely: a finding
 * that is the same as before stays the same object, and only the range
 * that differs is replaced.
 */

#define G_LOG_DOMAIN "vb-guide"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "vb-dismissal.h"
#include "vb-finding-private.h"
#include "vb-format.h"
#include "vb-guide-private.h"
#include "vb-project-private.h"

/* -------------------------------------------------------------- guide */

struct _VbRuleContext
{
  VbGuide       *guide;
  const VbRule  *rule;
  guint          rule_index;
  GPtrArray     *out;
  GHashTable    *facts;   /* name → fact, for this pass */
  GHashTable    *kept;    /* name → fact, from pass to pass */
};

/* A value rules share within a pass */
typedef struct {
  gpointer       value;
  GDestroyNotify free_func;
} Fact;

/* What a rule found last time, and the serials of its tables then */
typedef struct {
  GPtrArray *findings;    /* VbFinding: the open ones shown as they are, never changed */
  guint64   *serials;     /* one per name in rule->tables */
  guint64    project;     /* the project's newest serial when they last held */
} RuleCache;

struct _VbGuide
{
  GObject parent_instance;

  VbProject   *project;      /* owned */
  GListStore  *findings;     /* open findings, most important first */
  GListStore  *dismissed;    /* dismissed ones, with their reasons */
  GHashTable  *dismissals;   /* "rule\x1fsubject\x1ffingerprint" → VbDismissal */
  RuleCache   *cache;        /* per rule of vb_guide_rules () */
  guint        n_rules;
  gboolean     incremental;  /* reuse the findings of unchanged rules (TRUE but in tests) */
  guint        n_evaluated;  /* rules run in the last pass */
  gboolean     include_unavailable; /* run the rules of stages without a page (tests) */
  GHashTable  *kept;         /* what rules keep from pass to pass (vb_rule_context_get_kept ()) */
  guint64      dismissals_serial; /* the dismissal table's when @dismissals was filled */
};

G_DEFINE_FINAL_TYPE (VbGuide, vb_guide, G_TYPE_OBJECT)

VbProject *
vb_rule_context_get_project (VbRuleContext *ctx)
{
  return ctx->guide->project;
}

/**
 * vb_rule_context_emit:
 * @subject: (nullable): the UUID of the row the finding is about
 * @fingerprint: (nullable): what the rule saw (a dismissal holds until it
 *   changes)
 *
 * Returns: (transfer none): the finding, for the rule to set its field or
 *   filter
 */
VbFinding *
vb_rule_context_emit (VbRuleContext *ctx,
                      const char    *subject,
                      const char    *fingerprint,
                      const char    *action_label,
                      const char    *format,
                      ...)
{
  VbFinding *f = g_object_new (VB_TYPE_FINDING, NULL);
  va_list args;

  f->rule = ctx->rule;
  f->rule_index = ctx->rule_index;
  f->subject = g_strdup (subject ? subject : "");
  f->fingerprint = g_strdup (fingerprint ? fingerprint : "");
  f->action_label = g_strdup (action_label);
  f->field = ctx->rule->field;
  va_start (args, format);
  f->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->out, f);
  return f;
}

/**
 * vb_rule_context_get_fact:
 * @compute: makes the fact the first time a rule of this pass asks
 *
 * Returns: (transfer none) (nullable): what @compute made for @name in
 *   this pass, kept until the pass ends
 */
static gpointer
lookup_fact (GHashTable     *facts,
             VbProject      *project,
             const char     *name,
             gpointer      (*compute) (VbProject *project),
             GDestroyNotify  free_func)
{
  Fact *fact = g_hash_table_lookup (facts, name);

  if (fact == NULL)
    {
      fact = g_new0 (Fact, 1);
      fact->value = compute (project);
      fact->free_func = free_func;
      g_hash_table_insert (facts, (gpointer) name, fact);
    }
  return fact->value;
}

gpointer
vb_rule_context_get_fact (VbRuleContext  *ctx,
                          const char     *name,
                          gpointer      (*compute) (VbProject *project),
                          GDestroyNotify  free_func)
{
  return lookup_fact (ctx->facts, ctx->guide->project, name, compute, free_func);
}

/**
 * vb_rule_context_get_kept:
 * @compute: makes the value the first time a rule asks
 *
 * Like vb_rule_context_get_fact (), but the value lives from pass to pass
 * for the rules that keep what they computed of each row until the row
 * changes (vb_record_get_revision ()). A guide that reruns every rule
 * (vb_guide_set_incremental ()) and a rule run alone get a new one.
 *
 * Returns: (transfer none): what @compute made for @name
 */
gpointer
vb_rule_context_get_kept (VbRuleContext  *ctx,
                          const char     *name,
                          gpointer      (*compute) (VbProject *project),
                          GDestroyNotify  free_func)
{
  return lookup_fact (ctx->kept, ctx->guide->project, name, compute, free_func);
}

static void
fact_free (gpointer data)
{
  Fact *fact = data;

  if (fact->free_func != NULL && fact->value != NULL)
    fact->free_func (fact->value);
  g_free (fact);
}

static GHashTable *
facts_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, fact_free);
}

static void
facts_free (GHashTable *facts)
{
  g_hash_table_unref (facts);
}

static void
rule_cache_clear (RuleCache *cache)
{
  g_clear_pointer (&cache->findings, g_ptr_array_unref);
  g_clear_pointer (&cache->serials, g_free);
}

/* Whether the findings @cache holds for @rule still hold: the rule names
 * its tables and none has changed since */
static gboolean
rule_cache_holds (VbGuide      *self,
                  const VbRule *rule,
                  RuleCache    *cache)
{
  guint64 now = vb_project_get_serial (self->project);

  if (!self->incremental || cache->findings == NULL || rule->tables == NULL)
    return FALSE;
  if (cache->project == now)
    return TRUE;
  for (guint t = 0; rule->tables[t] != NULL; t++)
    if (vb_project_get_table_serial (self->project, rule->tables[t]) != cache->serials[t])
      return FALSE;
  cache->project = now;
  return TRUE;
}

/* Runs rule @i of vb_guide_rules () with the facts of the pass */
static GPtrArray *
evaluate (VbGuide    *self,
          guint       i,
          GHashTable *facts,
          GHashTable *kept)
{
  const VbRule *rules = vb_guide_rules (&(guint) { 0 });
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  VbRuleContext ctx = { self, &rules[i], i, found, facts, kept };

  rules[i].evaluate (&ctx);
  return found;
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
  return (int) fa->rule_index - (int) fb->rule_index;
}

/* Make @store hold @wanted, changing only the range that differs and
 * keeping the objects of equal findings */
static void
update_store (GListStore *store,
              GPtrArray  *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint have = g_list_model_get_n_items (model);
  guint want = wanted->len;
  guint prefix = 0, suffix = 0;

  while (prefix < have && prefix < want)
    {
      g_autoptr(VbFinding) old = g_list_model_get_item (model, prefix);

      if (!vb_finding_equal (old, wanted->pdata[prefix]))
        break;
      prefix++;
    }
  while (suffix < have - prefix && suffix < want - prefix)
    {
      g_autoptr(VbFinding) old = g_list_model_get_item (model, have - 1 - suffix);

      if (!vb_finding_equal (old, wanted->pdata[want - 1 - suffix]))
        break;
      suffix++;
    }
  if (prefix + suffix == have && prefix + suffix == want)
    return;
  /* an empty array's pdata is NULL, and NULL + 0 is undefined in C */
  g_list_store_splice (store, prefix, have - prefix - suffix,
                       want > prefix + suffix ? wanted->pdata + prefix : NULL, want - prefix - suffix);
}

void
vb_guide_refresh (VbGuide *self)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();
  GListModel *dismissals;
  GHashTable *facts, *kept;
  const VbRule *rules;
  guint n_rules, n;

  g_return_if_fail (VB_IS_GUIDE (self));

  if (self->dismissals_serial != vb_project_get_table_serial (self->project, "dismissal"))
    {
      g_hash_table_remove_all (self->dismissals);
      dismissals = vb_project_get_dismissals (self->project);
      n = g_list_model_get_n_items (dismissals);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VbDismissal) d = g_list_model_get_item (dismissals, i);
          g_hash_table_insert (self->dismissals,
                               dismissal_key (vb_dismissal_get_rule_id (d), vb_dismissal_get_subject (d),
                                              vb_dismissal_get_fingerprint (d)),
                               g_object_ref (d));
        }
      self->dismissals_serial = vb_project_get_table_serial (self->project, "dismissal");
    }

  rules = vb_guide_rules (&n_rules);
  g_assert (n_rules == self->n_rules);
  facts = facts_new ();
  kept = self->incremental ? g_hash_table_ref (self->kept) : facts_new ();
  self->n_evaluated = 0;
  for (guint i = 0; i < n_rules; i++)
    {
      RuleCache *cache = &self->cache[i];

      /* no findings for a stage the user cannot open */
      if (!self->include_unavailable && !vb_stage_is_available (rules[i].stage))
        continue;
      if (!rule_cache_holds (self, &rules[i], cache))
        {
          guint n_tables = rules[i].tables ? g_strv_length ((char **) rules[i].tables) : 0;

          rule_cache_clear (cache);
          /* the serials before the rule reads: nothing changes while it runs */
          cache->serials = g_new0 (guint64, MAX (n_tables, 1));
          for (guint t = 0; t < n_tables; t++)
            cache->serials[t] = vb_project_get_table_serial (self->project, rules[i].tables[t]);
          cache->project = vb_project_get_serial (self->project);
          cache->findings = evaluate (self, i, facts, kept);
          self->n_evaluated++;
        }
      for (guint k = 0; k < cache->findings->len; k++)
        g_ptr_array_add (all, g_object_ref (cache->findings->pdata[k]));
    }
  facts_free (facts);
  facts_free (kept);

  /* an open finding is the rule's own object, the same from pass to pass
   * while its rule does not run again; a dismissed one a copy with the
   * dismissal (the rule's objects never change) */
  for (guint i = 0, n_all = all->len; i < n_all; i++)
    {
      VbFinding *f = g_ptr_array_index (all, i);
      g_autofree char *key = NULL;
      VbDismissal *dismissal = NULL;

      if (g_hash_table_size (self->dismissals) > 0)
        {
          key = dismissal_key (f->rule->id, f->subject, f->fingerprint);
          dismissal = g_hash_table_lookup (self->dismissals, key);
        }
      if (dismissal != NULL)
        {
          VbFinding *copy = vb_finding_copy (f);

          copy->dismissal_reason = g_strdup (vb_dismissal_get_reason (dismissal));
          copy->dismissed_by = g_strdup (vb_dismissal_get_dismissed_by (dismissal));
          g_ptr_array_add (all, copy);
          g_ptr_array_add (hidden, copy);
        }
      else
        g_ptr_array_add (open, f);
    }
  g_ptr_array_sort (open, compare_findings);

  update_store (self->findings, open);
  update_store (self->dismissed, hidden);
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

  if (self->project)
    g_signal_handlers_disconnect_by_data (self->project, self);
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
  facts_free (self->kept);
  for (guint i = 0; i < self->n_rules; i++)
    rule_cache_clear (&self->cache[i]);
  g_free (self->cache);
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
  vb_guide_rules (&self->n_rules);
  self->cache = g_new0 (RuleCache, self->n_rules);
  self->kept = facts_new ();
  self->incremental = TRUE;
}

/* With @incremental FALSE every rule runs on every pass (the tests compare
 * both ways); the findings are the same */
void
vb_guide_set_incremental (VbGuide  *self,
                          gboolean  incremental)
{
  g_return_if_fail (VB_IS_GUIDE (self));
  self->incremental = incremental;
}

/* With @include TRUE the rules of stages that have no page yet run too */
void
vb_guide_set_include_unavailable (VbGuide  *self,
                                  gboolean  include)
{
  g_return_if_fail (VB_IS_GUIDE (self));
  self->include_unavailable = include;
}

/* How many rules the last pass ran (the others' findings were reused) */
guint
vb_guide_get_n_evaluated (VbGuide *self)
{
  g_return_val_if_fail (VB_IS_GUIDE (self), 0);
  return self->n_evaluated;
}

/**
 * vb_guide_evaluate_rule:
 *
 * Runs one rule alone, on a pass of its own, whatever the cache holds.
 *
 * Returns: (transfer full) (element-type VbFinding): what it finds, before
 *   dismissals
 */
GPtrArray *
vb_guide_evaluate_rule (VbGuide *self,
                        guint    rule_index)
{
  GHashTable *facts = facts_new (), *kept = facts_new ();
  GPtrArray *found;

  g_return_val_if_fail (VB_IS_GUIDE (self) && rule_index < self->n_rules, NULL);
  found = evaluate (self, rule_index, facts, kept);
  facts_free (facts);
  facts_free (kept);
  return found;
}

/**
 * vb_guide_time_rules:
 * @ms: (array): one slot per rule of vb_guide_rules ()
 *
 * One full pass, every rule run in order with the pass's shared facts, and
 * the time each took into @ms (a rule that asks for a fact first pays for
 * it). Changes neither the cache nor the findings.
 */
void
vb_guide_time_rules (VbGuide *self,
                     double  *ms)
{
  GHashTable *facts = facts_new (), *kept = facts_new ();

  g_return_if_fail (VB_IS_GUIDE (self));
  for (guint i = 0; i < self->n_rules; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = evaluate (self, i, facts, kept);

      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  facts_free (facts);
  facts_free (kept);
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
  g_signal_connect_swapped (project, "changed", G_CALLBACK (on_project_changed_cb), self);
  vb_guide_refresh (self);
  return self;
}

VbProject *
vb_guide_get_project (VbGuide *self)
{
  g_return_val_if_fail (VB_IS_GUIDE (self), NULL);
  return self->project;
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

/* Returns: (transfer full) (element-type VbFinding): the open findings of
 * one stage, most important first */
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

/* Returns: (transfer full) (element-type VbFinding): the open findings about
 * one row, most important first — for the row's editor */
GPtrArray *
vb_guide_get_subject_findings (VbGuide    *self,
                               const char *subject)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

  g_return_val_if_fail (VB_IS_GUIDE (self), out);
  for (guint i = 0; subject && *subject && i < n; i++)
    {
      VbFinding *f = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (g_strcmp0 (f->subject, subject) == 0)
        g_ptr_array_add (out, f);
      else
        g_object_unref (f);
    }
  return out;
}

/**
 * vb_guide_lookup:
 * @subject: (nullable): "" or NULL for a finding about no row
 *
 * Returns: (transfer none) (nullable): the open finding of @rule_id about
 *   @subject
 */
VbFinding *
vb_guide_lookup (VbGuide    *self,
                 const char *rule_id,
                 const char *subject)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

  g_return_val_if_fail (VB_IS_GUIDE (self), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbFinding) f = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (g_strcmp0 (f->rule->id, rule_id) == 0 && g_strcmp0 (f->subject, subject ? subject : "") == 0)
        return f;
    }
  return NULL;
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

/* What stands between a stage and its completion: its next steps and
 * blockers (warnings do not hold a stage back) */
guint
vb_guide_count_next_steps (VbGuide *self,
                           VbStage  stage)
{
  return vb_guide_count_open (self, stage, VB_FINDING_NEXT_STEP) +
         vb_guide_count_open (self, stage, VB_FINDING_BLOCKER);
}

/* A stage is complete when it is built and no next step of it is open
 * (DESIGN.md §1); a stage this version does not have yet is not started. */
gboolean
vb_guide_stage_is_complete (VbGuide *self,
                            VbStage  stage)
{
  g_return_val_if_fail (VB_IS_GUIDE (self), FALSE);
  return vb_stage_is_available (stage) && vb_guide_count_next_steps (self, stage) == 0;
}

/* The share of complete stages over the whole journey: all thirteen after
 * the dashboard, so it never reaches 100 % before the hand-over is planned */
double
vb_guide_get_progress (VbGuide *self)
{
  guint complete = 0;

  for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
    complete += vb_guide_stage_is_complete (self, s);
  return (double) complete / (VB_N_STAGES - 1);
}

/**
 * vb_guide_get_next_stage:
 * @stage: (out): the first stage of the journey that is not complete
 *
 * Returns: FALSE when the whole journey is complete
 */
gboolean
vb_guide_get_next_stage (VbGuide *self,
                         VbStage *stage)
{
  for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
    if (!vb_guide_stage_is_complete (self, s))
      {
        *stage = s;
        return TRUE;
      }
  return FALSE;
}

gboolean
vb_guide_dismiss (VbGuide     *self,
                  VbFinding   *finding,
                  const char  *reason,
                  GError     **error)
{
  g_autofree char *summary = NULL;
  g_autofree char *stripped = NULL;
  VbRecord *row;

  g_return_val_if_fail (VB_IS_GUIDE (self), FALSE);
  g_return_val_if_fail (VB_IS_FINDING (finding), FALSE);

  stripped = g_strstrip (g_strdup (reason ? reason : ""));
  if (*stripped == '\0')
    {
      g_set_error (error, VB_PROJECT_ERROR, VB_PROJECT_ERROR_INVALID,
                   _("Say why this does not apply: the reason is kept with the project."));
      return FALSE;
    }

  summary = g_strdup_printf (_("Dismissed “%s”: %s"), finding->message, stripped);
  vb_project_begin_edit_full (self->project, VB_ACTIVITY_DISMISS, summary);
  row = vb_project_add (self->project, "dismissal", error);
  if (row == NULL ||
      !vb_project_set_text (self->project, row, "rule_id", finding->rule->id, error) ||
      !vb_project_set_text (self->project, row, "subject", finding->subject, error) ||
      !vb_project_set_text (self->project, row, "fingerprint", finding->fingerprint, error) ||
      !vb_project_set_text (self->project, row, "reason", stripped, error) ||
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
  dismissals = vb_project_get_dismissals (self->project);
  n = g_list_model_get_n_items (dismissals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbDismissal) d = g_list_model_get_item (dismissals, i);

      if (g_strcmp0 (vb_dismissal_get_rule_id (d), finding->rule->id) == 0 &&
          g_strcmp0 (vb_dismissal_get_subject (d), finding->subject) == 0 &&
          g_strcmp0 (vb_dismissal_get_fingerprint (d), finding->fingerprint) == 0)
        g_ptr_array_add (rows, g_steal_pointer (&d));
    }
  if (rows->len == 0)
    return TRUE;

  summary = g_strdup_printf (_("Restored “%s”"), finding->message);
  vb_project_begin_edit_full (self->project, VB_ACTIVITY_RESTORE, summary);
  for (guint i = 0; i < rows->len; i++)
    if (!vb_project_remove (self->project, g_ptr_array_index (rows, i), error))
      {
        vb_project_cancel_edit (self->project);
        return FALSE;
      }
  return vb_project_end_edit (self->project, error);
}
