/* vb-edit-helpers.h — fields that edit one column of one record
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit is one finished change (DESIGN.md §3): a toggle or a choice
 * commits at once; a text field commits when the user presses Enter, leaves
 * the field or stops typing for a moment — never on every keystroke. The
 * helpers here are the one place where that behaviour lives.
 */

#pragma once

#include <gtk/gtk.h>

#include "vb-project.h"

G_BEGIN_DECLS

/* How long after the last keystroke a text field commits */
#define VB_EDIT_IDLE_MS 800

typedef enum {
  VB_TEXT_PLAIN,      /* TEXT column, as typed */
  VB_TEXT_NUMBER,     /* REAL or INT column, parsed in the user's locale */
  VB_TEXT_TIME,       /* INT column of minutes after midnight, shown HH:MM */
  VB_TEXT_TIMEZONE,   /* TEXT column holding an IANA time zone id */
} VbTextKind;

void        vb_bind_text_commit    (GtkEditable *editable,
                                    VbProject   *project,
                                    VbRecord    *record,
                                    const char  *column);
void        vb_bind_number_commit  (GtkEditable *editable,
                                    VbProject   *project,
                                    VbRecord    *record,
                                    const char  *column,
                                    int          decimals);
void        vb_bind_text_commit_full (GtkEditable *editable,
                                    VbProject   *project,
                                    VbRecord    *record,
                                    const char  *column,
                                    VbTextKind   kind,
                                    int          decimals);
gboolean    vb_text_commit_now     (GtkEditable *editable);

void        vb_bind_switch         (GtkSwitch   *sw,
                                    VbProject   *project,
                                    VbRecord    *record,
                                    const char  *column);
GtkWidget  *vb_days_editor_new     (VbProject   *project,
                                    VbRecord    *record,
                                    const char  *column);
void        vb_bind_combo_row      (GtkWidget   *combo_row,
                                    VbProject   *project,
                                    VbRecord    *record,
                                    const char  *column,
                                    const char *const *values,
                                    const char *const *labels);

void        vb_report_error        (GtkWidget   *widget,
                                    const GError *error);
void        vb_set_error_target    (GtkWidget   *toplevel,
                                    GtkWidget   *target);
void        vb_set_accessible_label (GtkWidget  *widget,
                                    const char  *label);
GtkWidget  *vb_icon_button_new     (const char  *icon_name,
                                    const char  *label);
GtkWidget  *vb_message_dialog_new  (GtkWidget   *parent,
                                    const char  *heading,
                                    const char  *body,
                                    const char  *accept_id,
                                    const char  *accept_label,
                                    gboolean     destructive);
char       *vb_markup_escape       (const char  *text,
                                    const char  *fallback);

void        vb_focus_widget        (GtkWidget   *widget);
GtkWidget  *vb_find_named          (GtkWidget   *root,
                                    const char  *name);

void        vb_stages_ensure_style (void);

G_END_DECLS
