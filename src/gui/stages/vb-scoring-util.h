/* vb-scoring-util.h — small things the Scoring & Decision views share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-criterion.h"

G_BEGIN_DECLS

/* A factory for a drop-down of GtkStringObjects that names each item for
 * screen readers (GTK 4.8 gives a list item no name of its own) */
GtkListItemFactory *vb_string_factory_new     (void);
/* An AdwComboRow of @labels, its items named */
void                vb_combo_row_set_strings  (GtkWidget     *row,
                                               GtkStringList *labels);
/* A GtkDropDown of @labels, its items and its button named @name */
void                vb_drop_down_set_strings  (GtkWidget     *dropdown,
                                               GtkStringList *labels,
                                               const char    *name);

/* An AdwComboRow choosing a criterion's kind (judged, price, compliance,
 * reference: a category stays one), each choice one edit */
GtkWidget          *vb_criterion_kind_row_new (VbCriterion   *criterion,
                                               gboolean       writable);

G_END_DECLS
