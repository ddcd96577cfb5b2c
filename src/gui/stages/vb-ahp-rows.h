/* vb-ahp-rows.h — the pairwise comparison of the Weights view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-context.h"
#include "vb-criterion.h"

G_BEGIN_DECLS

typedef struct _VbAhpRows VbAhpRows;

/* Fills @judgements (an AdwPreferencesGroup) with the group and evaluator
 * choices and one drop-down per pair, and @result with the weights and the
 * consistency ratio */
VbAhpRows *vb_ahp_rows_new          (VbContext   *context,
                                     GtkWidget   *judgements,
                                     GtkWidget   *result);
void       vb_ahp_rows_free         (VbAhpRows   *rows);
/* After an edit: rebuilt when the group compared changed, else updated */
void       vb_ahp_rows_update       (VbAhpRows   *rows);
/* Whether the judgements give weights (Use These Weights can work) */
gboolean   vb_ahp_rows_get_solvable (VbAhpRows   *rows);
void       vb_ahp_rows_set_writable (VbAhpRows   *rows,
                                     gboolean     writable);
/* Compares @category's criteria (NULL: the categories) */
void       vb_ahp_rows_show_group   (VbAhpRows   *rows,
                                     VbCriterion *category);
/* Stores the weights of the comparison as the group's weights, one edit */
void       vb_ahp_rows_apply        (VbAhpRows   *rows);

/* Saaty's scale as the drop-down's positions: 0 not judged, 1 … 17 from
 * "the first is extremely more important" (9) through equal (1) to "the
 * second is" (1/9) */
double     vb_ahp_scale_value       (guint        position);
guint      vb_ahp_scale_position    (double       value);

G_END_DECLS
