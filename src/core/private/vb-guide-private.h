/* vb-guide-private.h — for the rules (vb-guide-rules*.c), their tests, the bench
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-guide.h"

G_BEGIN_DECLS

typedef struct _VbRuleContext VbRuleContext;

typedef void (*VbRuleFunc) (VbRuleContext *ctx);

typedef struct {
  const char      *id;
  VbStage          stage;
  VbFindingKind    kind;
  VbRuleFunc       evaluate;
  VbFindingAction  action;
  GType          (*subject_type) (void);   /* NULL: none */
  const char      *field;                   /* EDIT: the property to open, or NULL */
  const char *const *tables;                /* every table the rule reads, NULL-terminated */
} VbRule;

VbProject     *vb_rule_context_get_project (VbRuleContext *ctx);
gpointer       vb_rule_context_get_fact    (VbRuleContext *ctx,
                                            const char    *name,
                                            gpointer     (*compute) (VbProject *project),
                                            GDestroyNotify free_func);
gpointer       vb_rule_context_get_kept    (VbRuleContext *ctx,
                                            const char    *name,
                                            gpointer     (*compute) (VbProject *project),
                                            GDestroyNotify free_func);
VbFinding     *vb_rule_context_emit        (VbRuleContext *ctx,
                                            const char    *subject,
                                            const char    *fingerprint,
                                            const char    *action_label,
                                            const char    *format,
                                            ...) G_GNUC_PRINTF (5, 6);
void           vb_finding_set_field        (VbFinding     *finding,
                                            const char    *field);
void           vb_finding_set_filter       (VbFinding     *finding,
                                            int            filter);

const VbRule  *vb_guide_rules              (guint         *n_rules);

/* for the tests and the bench */
void           vb_guide_set_incremental    (VbGuide       *self,
                                            gboolean       incremental);
GPtrArray     *vb_guide_evaluate_rule      (VbGuide       *self,
                                            guint          rule_index);
void           vb_guide_time_rules         (VbGuide       *self,
                                            double        *ms);
guint          vb_guide_get_n_evaluated    (VbGuide       *self);
void           vb_guide_set_include_unavailable (VbGuide  *self,
                                            gboolean       include);
/* the day the rules of @project judge by (NULL: today); no rerun when it
 * changes: set it before the next pass (vb-guide-rules-handover.c) */
void           vb_guide_rules_set_today    (VbProject     *project,
                                            const GDate   *today);

G_END_DECLS
