/* vb-field.h — a widget that edits one property of one record
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit is one finished change (DESIGN.md §3): a toggle or a choice
 * commits at once; a text field commits when the user presses Enter, leaves
 * the field or stops typing for a moment — never on every keystroke. The
 * field reads and writes the record's property through the entity (its
 * rules and checks apply), follows the record after undo and redo, and
 * remembers which property it edits, so that a finding can open it.
 */

#pragma once

#include <adwaita.h>

#include "vb-record.h"

G_BEGIN_DECLS

/* How long after the last keystroke a text field commits */
#define VB_FIELD_IDLE_MS 800

typedef enum {
  VB_FIELD_TEXT,       /* a string property, as typed */
  VB_FIELD_NUMBER,     /* a double or int64 property, in the user's locale; empty: not known */
  VB_FIELD_TIME,       /* an int64 property of minutes after midnight, shown HH:MM */
  VB_FIELD_TIMEZONE,   /* a string property holding a time-zone name */
} VbFieldKind;

void        vb_field_bind            (GtkEditable  *editable,
                                      VbRecord     *record,
                                      const char   *property,
                                      VbFieldKind   kind,
                                      int           decimals);
GtkWidget  *vb_field_entry_row_new   (VbRecord     *record,
                                      const char   *property,
                                      const char   *title,
                                      VbFieldKind   kind,
                                      int           decimals);
GtkWidget  *vb_field_text_area_new   (VbRecord     *record,
                                      const char   *property,
                                      const char   *title);
GtkWidget  *vb_field_switch_row_new  (VbRecord     *record,
                                      const char   *property,
                                      const char   *title,
                                      const char   *subtitle);
gboolean    vb_field_commit_now      (GtkWidget    *field);
void        vb_field_set_scale       (GtkWidget    *field,
                                      double        scale);
void        vb_field_set_property_name (GtkWidget  *widget,
                                      const char   *property);
const char *vb_field_get_property_name (GtkWidget  *widget);
GtkWidget  *vb_field_find            (GtkWidget    *root,
                                      const char   *property);

G_END_DECLS
