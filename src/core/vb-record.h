/* vb-record.h — one row of a project table: the base of every entity
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row of the project is an object of its table's entity class
 * (VbVendor, VbTask, …; VbRecord itself for tables that have none yet).
 * Each column is a read-only GObject property named after it (the column
 * "rejection_reason" is the property "rejection-reason") that notifies
 * after the edit that changed it has been committed, so views bind with
 * g_object_bind_property(). Changes go through the entities' typed
 * setters and rules, each one edit: one commit, one undo step.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _VbProject VbProject;

#define VB_TYPE_RECORD (vb_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (VbRecord, vb_record, VB, RECORD, GObject)

struct _VbRecordClass
{
  GObjectClass parent_class;

  /* Write one column as an edit; an entity overrides it to refuse or to
   * route a column through its rule (a vendor's status). */
  gboolean (*set_column) (VbRecord      *self,
                          guint          column,
                          const GValue  *value,
                          GError       **error);

  /* Rules that hold for every write of a row, whoever writes it: @row is
   * the row as it will be written (core's VbValue array), after @column was
   * set; an entity may change other columns of it in the same edit (an
   * edited example stops being one; a vendor that leaves "rejected" loses
   * its reason). */
  void     (*adjust_write) (VbRecord      *self,
                            guint          column,
                            gpointer       row);

  /* Before the row is removed, in the same edit: what must go or change
   * with it beyond the schema's cascades (a selected vendor's draft
   * decision), or an error that keeps it. */
  gboolean (*remove_first) (VbRecord      *self,
                            GError       **error);

  /*< private >*/
  gpointer padding[7];
};

const char *vb_record_get_uuid       (VbRecord    *self);
const char *vb_record_get_label      (VbRecord    *self);
const char *vb_record_get_kind_label (VbRecord    *self);
VbProject  *vb_record_get_project    (VbRecord    *self);
gboolean    vb_record_is_live        (VbRecord    *self);
const char *vb_record_get_modified   (VbRecord    *self);
guint       vb_record_get_position   (VbRecord    *self);

gboolean    vb_record_get_example    (VbRecord    *self);
gboolean    vb_record_confirm        (VbRecord    *self,
                                      GError     **error);

gboolean    vb_record_set_property_value (VbRecord     *self,
                                          const char   *property,
                                          const GValue *value,
                                          GError      **error);
gboolean    vb_record_remove         (VbRecord    *self,
                                      GError     **error);
gboolean    vb_record_move           (VbRecord    *self,
                                      guint        position,
                                      GError     **error);

G_END_DECLS
