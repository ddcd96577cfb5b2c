/* vb-evaluator-rows.h — an evaluator's row in the Scores view
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-evaluator.h"

G_BEGIN_DECLS

/* An expander row: the name and role as its title, and opened, the name,
 * role, advisor and advisory-only fields and a Remove button
 * ("scores.remove-evaluator" with the evaluator's uuid) */
GtkWidget  *vb_evaluator_row_new    (VbEvaluator *evaluator,
                                     gboolean     writable);
/* The evaluator's name for lists and menus */
const char *vb_evaluator_label      (VbEvaluator *evaluator);

G_END_DECLS
