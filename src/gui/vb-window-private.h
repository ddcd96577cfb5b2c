/* vb-window-private.h — shared by vb-window.c and vb-window-actions.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vb-window.h"

G_BEGIN_DECLS

typedef struct
{
  VbStage     stage;
  GtkWidget  *row;
  GtkWidget  *check;
  GtkWidget  *count;
} VbStageRow;

struct _VbWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *welcome_page;
  GtkWidget            *loading_label;
  GtkWidget            *welcome_menu_button;
  GMenuModel           *primary_menu;
  GMenuModel           *welcome_menu;
  GMenu                *undo_section;

  /* the project view's widgets: NULL until the first project opens
   * (vb_window_build_project_view() in vb-window-view.c) */
  GtkWidget            *project_view;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkListBox           *stage_list;
  GtkWidget            *content_box;
  AdwWindowTitle       *window_title;
  GtkWidget            *back_button;
  GtkInfoBar           *info_bar;
  GtkLabel             *info_label;
  GtkWidget            *info_button;
  GtkRevealer          *busy_revealer;
  GtkLabel             *busy_label;
  GtkProgressBar       *busy_progress;
  GtkStack             *content_stack;
  GtkWidget            *primary_menu_button;
  GtkWidget            *sidebar_menu_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;

  /* owned */
  VbContext            *context;
  GArray               *stage_rows;            /* VbStageRow */
  GtkWidget            *pages[VB_N_STAGES];    /* borrowed from content_stack */
  GtkFileChooserNative *chooser;
  GCancellable         *busy_cancellable;
  char                 *undo_shown;            /* the summaries the labels show now */
  char                 *redo_shown;

  /* Ctrl+Z in a text field: what the focused GtkText held at the last commit */
  GtkWidget            *focus_text;      /* weak */
  char                 *focus_committed;
  guint                 snapshot_idle;
  guint                 navigation_idle;  /* vb_window_queue_update_actions () */
};

/* vb-window-actions.c */
void     vb_window_class_init_actions (GtkWidgetClass *widget_class);
void     vb_window_update_actions     (VbWindow       *self);
void     vb_window_queue_update_actions (VbWindow     *self);
void     vb_window_begin_busy         (VbWindow       *self,
                                       const char     *what);
void     vb_window_end_busy           (VbWindow       *self);

/* vb-window-view.c */
void     vb_window_build_project_view  (VbWindow       *self);
void     vb_window_forget_project_view (VbWindow       *self);
void     vb_window_prepare_menu_button (GtkWidget      *button,
                                        GMenuModel     *model);
void     vb_window_update_title       (VbWindow       *self);
void     vb_window_update_info_bar    (VbWindow       *self);
void     vb_window_navigate_back      (VbWindow       *self);
void     vb_window_focus_sidebar      (VbWindow       *self);
void     vb_window_focus_content      (VbWindow       *self);

G_END_DECLS
