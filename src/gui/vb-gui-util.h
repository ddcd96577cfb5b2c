/* vb-gui-util.h — small things every view uses
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void        vb_set_accessible_label  (GtkWidget    *widget,
                                      const char   *label);
GtkWidget  *vb_icon_button_new       (const char   *icon_name,
                                      const char   *label);
/* A button with @label that runs @action on the row of @uuid, named @name
 * for the tests */
GtkWidget  *vb_row_action_button_new (const char   *label,
                                      const char   *action,
                                      const char   *uuid,
                                      const char   *name);
/* The last row of an expander row: @box of buttons at its end, the row
 * named @accessible_name for screen readers, neither activatable nor
 * focusable itself */
GtkWidget  *vb_actions_row_new       (GtkWidget    *box,
                                      const char   *accessible_name);
GtkWidget  *vb_tag_new               (const char   *text,
                                      const char   *css_class);
char       *vb_unbreakable           (const char   *text);
void        vb_tag_set_variant       (GtkWidget    *tag,
                                      const char   *prefix,
                                      guint         value,
                                      guint         n_values);
void        vb_expander_row_limit_subtitle (GtkWidget *row);
char       *vb_markup_escape         (const char   *text,
                                      const char   *fallback);
void        vb_focus_widget          (GtkWidget    *widget);
gboolean    vb_widget_is_on_screen   (GtkWidget    *widget);
void        vb_report_error          (GtkWidget    *widget,
                                      const GError *error);
void        vb_toast_overlay_add     (AdwToastOverlay *overlay,
                                      AdwToast     *toast);
void        vb_show_toast            (GtkWidget    *widget,
                                      AdwToast     *toast);
void        vb_show_undo_toast       (GtkWidget    *widget,
                                      const char   *title);
GtkWidget  *vb_placeholder_new       (const char   *icon_name,
                                      const char   *title,
                                      const char   *description,
                                      const char   *button_label,
                                      const char   *action_name);

G_END_DECLS
