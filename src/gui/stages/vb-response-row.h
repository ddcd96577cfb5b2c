/* vb-response-row.h — one requirement or question in the Responses grid
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vb-record.h"
#include "vb-response.h"
#include "vb-vendor.h"

G_BEGIN_DECLS

GtkWidget  *vb_response_row_new          (VbRecord   *item);
VbRecord   *vb_response_row_get_item     (GtkWidget  *row);
void        vb_response_row_show_vendor  (GtkWidget  *row,
                                          VbVendor   *vendor);

/* The item's answer kind, in the grid's order: not answered, then the
 * answers the item takes (meets or yes, partly, does not meet or no, not
 * applicable), from vb_answer_allowed_for_requirement/_for_question */
guint       vb_response_answers_for      (VbRecord   *item,
                                          VbAnswer   *answers);
VbResponse *vb_response_of               (VbRecord   *item,
                                          VbVendor   *vendor);
gboolean    vb_response_record           (VbRecord   *item,
                                          VbVendor   *vendor,
                                          VbAnswer    answer,
                                          GError    **error);
const char *vb_response_row_item_text    (VbRecord   *item);
const char *vb_response_item_group_title (VbRecord   *item);
int         vb_response_answer_for_key   (VbRecord   *item,
                                          guint       keyval);

GPtrArray  *vb_response_items_collect    (VbProject  *project);
void        vb_response_items_header_cb  (GtkListBoxRow *row,
                                          GtkListBoxRow *before,
                                          gpointer       user_data);

GtkSortListModel *vb_response_vendors_new             (GListModel       *vendors);
void              vb_response_vendors_changed         (GtkSortListModel *model);
void              vb_response_vendor_picker_setup     (GtkDropDown      *picker,
                                                       GListModel       *vendors);
char             *vb_response_vendor_label            (VbVendor         *vendor);

gpointer          vb_response_model_find              (GListModel       *model,
                                                       gpointer          item,
                                                       const char       *uuid,
                                                       guint            *position);

G_END_DECLS
