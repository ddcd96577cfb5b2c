/* vb-field.c — a widget that edits one property of one record
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text field is filled from its record's property, commits on Enter,
 * when focus leaves it, or VB_FIELD_IDLE_MS after the last keystroke, and
 * follows the record when it changes from elsewhere (undo, redo) unless the
 * user is in the middle of typing. Writing goes through
 * vb_record_set_property_value(): the entity's rules and the core's checks
 * decide, and their message is shown on the field. GtkText keeps its own
 * undo history, so Ctrl+Z inside a field first undoes what has not been
 * committed yet (VbWindow routes the key).
 */

#define G_LOG_DOMAIN "vb-field"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vb-field.h"
#include "vb-format.h"
#include "vb-gui-util.h"
#include "vb-project.h"
#include "vb-text.h"

#define BINDING_KEY "vb-field-binding"
#define PROPERTY_KEY "vb-property"

typedef struct {
  GtkWidget     *widget;      /* unowned: the binding lives in its data */
  GtkEditable   *editable;    /* or … */
  GtkTextBuffer *buffer;      /* … a text view's buffer */
  VbRecord      *record;
  GParamSpec    *pspec;
  VbFieldKind    kind;
  int            decimals;
  double         scale;       /* a number is shown divided by it (1: as stored) */
  guint          idle_id;
  gboolean       dirty;       /* typed since the last commit */
  gboolean       updating;    /* we are setting the text ourselves */
} Binding;

/* ------------------------------------------------------------ names */

void
vb_field_set_property_name (GtkWidget  *widget,
                            const char *property)
{
  g_object_set_data (G_OBJECT (widget), PROPERTY_KEY, (gpointer) g_intern_string (property));
}

/* The property a field edits (the record's property name), or NULL */
const char *
vb_field_get_property_name (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), PROPERTY_KEY);
}

/* The first field below @root that edits @property */
GtkWidget *
vb_field_find (GtkWidget  *root,
               const char *property)
{
  const char *interned = g_intern_string (property);

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (vb_field_get_property_name (c) == interned)
        return c;
      if ((found = vb_field_find (c, property)))
        return found;
    }
  return NULL;
}

/* ------------------------------------------------------------ text */

static char *
get_text (Binding *b)
{
  if (b->editable)
    return g_strdup (gtk_editable_get_text (b->editable));
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (b->buffer, &start, &end);
    return gtk_text_buffer_get_text (b->buffer, &start, &end, FALSE);
  }
}

static void
set_text (Binding    *b,
          const char *text)
{
  g_autofree char *now = get_text (b);

  if (g_strcmp0 (now, text) == 0)
    return;
  b->updating = TRUE;
  if (b->editable)
    gtk_editable_set_text (b->editable, text);
  else
    gtk_text_buffer_set_text (b->buffer, text, -1);
  b->updating = FALSE;
}

static char *
format_value (Binding *b)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, b->pspec->value_type);
  g_object_get_property (G_OBJECT (b->record), b->pspec->name, &value);

  switch (b->kind)
    {
    case VB_FIELD_NUMBER:
      {
        double d;

        if (G_VALUE_HOLDS_DOUBLE (&value))
          d = g_value_get_double (&value);
        else
          d = g_value_get_int64 (&value) < 0 ? NAN : (double) g_value_get_int64 (&value);
        if (isnan (d))
          return g_strdup ("");
        d /= b->scale;
        return vb_format_number (d, fabs (d - round (d)) < 1e-9 ? 0 : b->decimals);
      }
    case VB_FIELD_TIME:
      return vb_format_time_of_day ((int) g_value_get_int64 (&value));
    case VB_FIELD_TEXT:
    case VB_FIELD_TIMEZONE:
    default:
      return g_strdup (g_value_get_string (&value) ? g_value_get_string (&value) : "");
    }
}

static void
set_invalid (Binding    *b,
             gboolean    invalid,
             const char *why)
{
  if (invalid)
    gtk_widget_add_css_class (b->widget, "error");
  else
    gtk_widget_remove_css_class (b->widget, "error");
  gtk_widget_set_tooltip_text (b->widget, invalid ? why : NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (b->widget), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

static void
show_record_value (Binding *b)
{
  g_autofree char *text = format_value (b);

  if (b->kind == VB_FIELD_NUMBER)
    {
      g_autofree char *typed = get_text (b);
      double shown, stored;

      /* the same number typed differently stays as typed */
      if (vb_parse_number (typed, &shown) && vb_parse_number (text, &stored) && fabs (shown - stored) < 1e-9)
        return;
    }
  set_text (b, text);
  set_invalid (b, FALSE, NULL);
}

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  guint64 h = 0, m = 0;
  g_auto(GStrv) parts = g_strsplit_set (s, ":.", 2);
  gboolean ok = FALSE;

  if (parts[0] && *parts[0] && g_ascii_string_to_unsigned (parts[0], 10, 0, 24, &h, NULL))
    {
      ok = parts[1] == NULL || g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &m, NULL);
      if (ok && parts[1] && strlen (parts[1]) != 2)
        ok = FALSE;
    }
  if (!ok || h * 60 + m > 1440)
    return FALSE;
  *minutes = (int) (h * 60 + m);
  return TRUE;
}

/* What the user typed as the property's value; FALSE with @why when it
 * cannot be one */
static gboolean
parse_value (Binding     *b,
             const char  *text,
             GValue      *value,
             char       **why)
{
  g_value_init (value, b->pspec->value_type);
  switch (b->kind)
    {
    case VB_FIELD_TEXT:
      g_value_set_string (value, text);
      return TRUE;

    case VB_FIELD_TIMEZONE:
      {
        g_autofree char *tz = g_strstrip (g_strdup (text));

        if (!vb_timezone_is_valid (tz))
          {
            *why = g_strdup (_("Not a time zone: use a name such as Europe/London or America/New_York"));
            return FALSE;
          }
        g_value_set_string (value, tz);
        return TRUE;
      }

    case VB_FIELD_TIME:
      {
        int minutes;

        if (!parse_time (text, &minutes))
          {
            *why = g_strdup (_("Type a time of day as HH:MM, such as 09:00 or 17:30"));
            return FALSE;
          }
        g_value_set_int64 (value, minutes);
        return TRUE;
      }

    case VB_FIELD_NUMBER:
      {
        double d;

        if (vb_str_is_blank (text))
          {
            if (G_VALUE_HOLDS_DOUBLE (value))
              g_value_set_double (value, NAN);
            else
              g_value_set_int64 (value, -1);
            return TRUE;
          }
        if (!vb_parse_number (text, &d))
          {
            *why = g_strdup (_("Type a number, such as 1200 or 4.5"));
            return FALSE;
          }
        d *= b->scale;
        if (G_VALUE_HOLDS_DOUBLE (value))
          g_value_set_double (value, d);
        else
          g_value_set_int64 (value, (gint64) round (d));
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_DOUBLE (a))
    {
      double x = g_value_get_double (a), y = g_value_get_double (b);
      return (isnan (x) && isnan (y)) || fabs (x - y) < 1e-12;
    }
  if (G_VALUE_HOLDS_INT64 (a))
    return g_value_get_int64 (a) == g_value_get_int64 (b);
  return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
}

static gboolean
binding_commit (Binding *b)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *why = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) current = G_VALUE_INIT;

  g_clear_handle_id (&b->idle_id, g_source_remove);
  if (!b->dirty)
    return TRUE;
  if (!vb_record_is_live (b->record))
    {
      /* the row is gone (removed, or its addition undone): nothing to keep */
      b->dirty = FALSE;
      return FALSE;
    }

  text = get_text (b);
  if (!parse_value (b, text, &value, &why))
    {
      set_invalid (b, TRUE, why);
      return FALSE;
    }
  g_value_init (&current, b->pspec->value_type);
  g_object_get_property (G_OBJECT (b->record), b->pspec->name, &current);
  b->dirty = FALSE;
  if (values_equal (&value, &current))
    {
      set_invalid (b, FALSE, NULL);
      return TRUE;
    }
  if (!vb_record_set_property_value (b->record, b->pspec->name, &value, &error))
    {
      set_invalid (b, TRUE, error->message);
      vb_report_error (b->widget, error);
      return FALSE;
    }
  set_invalid (b, FALSE, NULL);
  return TRUE;
}

static gboolean
idle_commit_cb (gpointer data)
{
  Binding *b = data;

  b->idle_id = 0;
  binding_commit (b);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed_cb (gpointer  source,
                    Binding  *b)
{
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;

  if (b->updating)
    return;
  set_invalid (b, FALSE, NULL);
  g_clear_handle_id (&b->idle_id, g_source_remove);
  /* typed back to what the project holds (GtkText's own undo does that):
   * nothing to commit, and an undo of the project must not be overwritten
   * by this text a moment later */
  text = get_text (b);
  stored = format_value (b);
  b->dirty = g_strcmp0 (text, stored) != 0;
  if (b->dirty)
    b->idle_id = g_timeout_add (VB_FIELD_IDLE_MS, idle_commit_cb, b);
}

static void
on_activated_cb (GtkWidget *widget,
                 Binding   *b)
{
  binding_commit (b);
}

static void
on_focus_left_cb (GtkEventControllerFocus *controller,
                  Binding                 *b)
{
  binding_commit (b);
  if (!b->dirty && !gtk_widget_has_css_class (b->widget, "error"))
    show_record_value (b);
}

static void
on_unmapped_cb (GtkWidget *widget,
                Binding   *b)
{
  binding_commit (b);
}

static void
on_record_notify_cb (VbRecord   *record,
                     GParamSpec *pspec,
                     Binding    *b)
{
  if (b->dirty)
    return;   /* the user is typing: their text wins, and commits soon */
  show_record_value (b);
}

static void
binding_free (gpointer data)
{
  Binding *b = data;

  g_clear_handle_id (&b->idle_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (b->record, b);
  g_clear_object (&b->record);
  g_free (b);
}

static Binding *
binding_new (GtkWidget   *widget,
             VbRecord    *record,
             const char  *property,
             VbFieldKind  kind,
             int          decimals)
{
  Binding *b = g_new0 (Binding, 1);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);
  GtkEventController *focus;
  VbProject *project = vb_record_get_project (record);

  g_assert (pspec != NULL);
  b->widget = widget;
  b->record = g_object_ref (record);
  b->pspec = pspec;
  b->kind = kind;
  b->decimals = decimals;
  b->scale = 1;
  g_object_set_data_full (G_OBJECT (widget), BINDING_KEY, b, binding_free);
  vb_field_set_property_name (widget, property);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_left_cb), b);
  gtk_widget_add_controller (widget, focus);
  g_signal_connect (widget, "unmap", G_CALLBACK (on_unmapped_cb), b);
  g_signal_connect (record, detailed, G_CALLBACK (on_record_notify_cb), b);
  (void) project;
  return b;
}

/**
 * vb_field_bind:
 * @property: a string, double or int64 property of @record's entity
 *
 * Makes @editable edit @property of @record.
 */
void
vb_field_bind (GtkEditable *editable,
               VbRecord    *record,
               const char  *property,
               VbFieldKind  kind,
               int          decimals)
{
  Binding *b;
  VbProject *project;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (VB_IS_RECORD (record));
  g_return_if_fail (g_object_get_data (G_OBJECT (editable), BINDING_KEY) == NULL);

  b = binding_new (GTK_WIDGET (editable), record, property, kind, decimals);
  b->editable = editable;
  gtk_editable_set_enable_undo (editable, TRUE);
  show_record_value (b);

  g_signal_connect (editable, "changed", G_CALLBACK (on_text_changed_cb), b);
  if (ADW_IS_ENTRY_ROW (editable))
    g_signal_connect (editable, "entry-activated", G_CALLBACK (on_activated_cb), b);
  else if (g_signal_lookup ("activate", G_OBJECT_TYPE (editable)))
    g_signal_connect (editable, "activate", G_CALLBACK (on_activated_cb), b);

  /* a read-only project shows its values but takes no typing */
  project = vb_record_get_project (record);
  if (project == NULL || vb_project_get_read_only (project))
    gtk_editable_set_editable (editable, FALSE);
}

/* An AdwEntryRow that edits @property; numbers and times take the
 * "numeric" style */
GtkWidget *
vb_field_entry_row_new (VbRecord    *record,
                        const char  *property,
                        const char  *title,
                        VbFieldKind  kind,
                        int          decimals)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (kind == VB_FIELD_NUMBER || kind == VB_FIELD_TIME)
    gtk_widget_add_css_class (row, "numeric");
  vb_field_bind (GTK_EDITABLE (row), record, property, kind, decimals);
  return row;
}

/* ------------------------------------------------------------ text area */

/**
 * vb_field_text_area_new:
 *
 * A list row with a title and a multi-line text view editing a string
 * property: notes and reasons are shown and edited whole. Commits when
 * focus leaves it or after a pause in typing.
 */
GtkWidget *
vb_field_text_area_new (VbRecord   *record,
                        const char *property,
                        const char *title)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();
  VbProject *project = vb_record_get_project (record);
  Binding *b;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* GTK 4.8 names a list row for screen readers only when told to (a
   * preferences row's title is not its name) */
  vb_set_accessible_label (row, title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "vb-text-area");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_widget_add_css_class (view, "vb-text-view");
  vb_set_accessible_label (view, title);
  gtk_box_append (GTK_BOX (box), view);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  b = binding_new (view, record, property, VB_FIELD_TEXT, 0);
  b->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_enable_undo (b->buffer, TRUE);
  show_record_value (b);
  g_signal_connect (b->buffer, "changed", G_CALLBACK (on_text_changed_cb), b);
  vb_field_set_property_name (row, property);
  if (project == NULL || vb_project_get_read_only (project))
    gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  return row;
}

/* A number field that shows its property divided by @scale and stores what
 * is typed times it: minutes typed for a property held in seconds (60) */
void
vb_field_set_scale (GtkWidget *field,
                    double     scale)
{
  Binding *b = g_object_get_data (G_OBJECT (field), BINDING_KEY);

  g_return_if_fail (b != NULL && b->kind == VB_FIELD_NUMBER && scale > 0);
  b->scale = scale;
  show_record_value (b);
}

/* Commit what is typed now, e.g. before the field goes away */
gboolean
vb_field_commit_now (GtkWidget *field)
{
  Binding *b = g_object_get_data (G_OBJECT (field), BINDING_KEY);

  return b ? binding_commit (b) : FALSE;
}

/* ------------------------------------------------------------ switch */

typedef struct {
  VbRecord   *record;
  const char *property;
  gboolean    updating;
} SwitchBinding;

static void
switch_binding_free (gpointer data)
{
  SwitchBinding *b = data;

  g_signal_handlers_disconnect_by_data (b->record, b);
  g_clear_object (&b->record);
  g_free (b);
}

static gboolean
record_bool (VbRecord   *record,
             const char *property)
{
  gboolean value = FALSE;

  g_object_get (record, property, &value, NULL);
  return value;
}

static void
on_switch_active_cb (GtkSwitch  *sw,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  SwitchBinding *b = g_object_get_data (G_OBJECT (sw), BINDING_KEY);
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean active = gtk_switch_get_active (sw);

  if (b->updating || active == record_bool (b->record, b->property))
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, active);
  if (!vb_record_set_property_value (b->record, b->property, &value, &error))
    {
      vb_report_error (GTK_WIDGET (sw), error);
      b->updating = TRUE;
      gtk_switch_set_active (sw, record_bool (b->record, b->property));
      b->updating = FALSE;
    }
}

static void
on_switch_record_notify_cb (VbRecord   *record,
                            GParamSpec *pspec,
                            GtkSwitch  *sw)
{
  SwitchBinding *b = g_object_get_data (G_OBJECT (sw), BINDING_KEY);

  b->updating = TRUE;
  gtk_switch_set_active (sw, record_bool (record, b->property));
  b->updating = FALSE;
}

/* An AdwActionRow with a switch editing a boolean property; the row's
 * title names the switch for a screen reader */
GtkWidget *
vb_field_switch_row_new (VbRecord   *record,
                         const char *property,
                         const char *title,
                         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();
  SwitchBinding *b = g_new0 (SwitchBinding, 1);
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);
  VbProject *project = vb_record_get_project (record);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  b->record = g_object_ref (record);
  b->property = g_intern_string (property);
  g_object_set_data_full (G_OBJECT (sw), BINDING_KEY, b, switch_binding_free);
  b->updating = TRUE;
  gtk_switch_set_active (GTK_SWITCH (sw), record_bool (record, property));
  b->updating = FALSE;
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active_cb), NULL);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_switch_record_notify_cb), sw, 0);
  gtk_widget_set_sensitive (sw, project != NULL && !vb_project_get_read_only (project));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  vb_field_set_property_name (row, property);
  return row;
}
