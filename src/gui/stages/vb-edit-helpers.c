/* vb-edit-helpers.c — fields that edit one column of one record
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text field is filled from its record, commits on Enter, when focus
 * leaves it, or VB_EDIT_IDLE_MS after the last keystroke, and follows the
 * record when it changes from elsewhere (undo, redo, another field) unless
 * the user is in the middle of typing. GtkText keeps its own undo history,
 * so Ctrl+Z inside a field first undoes what has not been committed yet.
 */

#define G_LOG_DOMAIN "vb-edit-helpers"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "vb-edit-helpers.h"
#include "vb-format.h"

#define BINDING_KEY "vb-text-binding"
#define ERROR_TARGET_KEY "vb-error-target"

typedef struct {
  GtkEditable *editable;    /* unowned: the binding lives in its data */
  VbProject   *project;
  VbRecord    *record;
  char        *column;
  VbTextKind   kind;
  int          decimals;
  guint        idle_id;
  gboolean     dirty;       /* typed since the last commit */
  gboolean     updating;    /* we are setting the text ourselves */
} TextBinding;

/* ------------------------------------------------------------ errors */

void
vb_set_error_target (GtkWidget *toplevel,
                     GtkWidget *target)
{
  g_object_set_data (G_OBJECT (toplevel), ERROR_TARGET_KEY, target);
}

/* Show a failed write to the user: the window shows "win.show-error" as a
 * toast. Widgets in a dialog of their own report through the widget their
 * toplevel names as its error target. */
void
vb_report_error (GtkWidget    *widget,
                 const GError *error)
{
  GtkWidget *target = widget;
  GtkRoot *root;

  if (error == NULL)
    return;
  g_message ("%s", error->message);
  if (widget == NULL)
    return;
  root = gtk_widget_get_root (widget);
  if (root && g_object_get_data (G_OBJECT (root), ERROR_TARGET_KEY))
    target = g_object_get_data (G_OBJECT (root), ERROR_TARGET_KEY);
  gtk_widget_activate_action (target, "win.show-error", "s", error->message);
}

void
vb_set_accessible_label (GtkWidget  *widget,
                         const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* An icon-only button that a screen reader can name */
GtkWidget *
vb_icon_button_new (const char *icon_name,
                    const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  vb_set_accessible_label (button, label);
  return button;
}

static const VbColumn *
record_column (VbRecord   *record,
               const char *column)
{
  const VbTable *table = vb_record_get_table (record);
  int index = vb_table_column_index (table, column);

  g_return_val_if_fail (index >= 0, NULL);
  return vb_table_get_column (table, index);
}

/* ------------------------------------------------------------ text */

static char *
format_value (TextBinding *b)
{
  switch (b->kind)
    {
    case VB_TEXT_NUMBER:
      {
        double d;

        if (!vb_record_has_value (b->record, b->column))
          return g_strdup ("");
        d = vb_record_get_real (b->record, b->column);
        return vb_format_number (d, fabs (d - round (d)) < 1e-9 ? 0 : b->decimals);
      }
    case VB_TEXT_TIME:
      return vb_format_time_of_day ((int) vb_record_get_int (b->record, b->column));
    case VB_TEXT_PLAIN:
    case VB_TEXT_TIMEZONE:
    default:
      return g_strdup (vb_record_get_text (b->record, b->column));
    }
}

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  guint64 h = 0, m = 0;
  char **parts;
  gboolean ok = FALSE;

  parts = g_strsplit_set (s, ":.", 2);
  if (parts[0] && *parts[0] && g_ascii_string_to_unsigned (parts[0], 10, 0, 24, &h, NULL))
    {
      ok = parts[1] == NULL || g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &m, NULL);
      if (ok && parts[1] && strlen (parts[1]) != 2)
        ok = FALSE;
    }
  g_strfreev (parts);
  if (!ok || h * 60 + m > 1440)
    return FALSE;
  *minutes = (int) (h * 60 + m);
  return TRUE;
}

static void
set_invalid (TextBinding *b,
             gboolean     invalid,
             const char  *why)
{
  GtkWidget *widget = GTK_WIDGET (b->editable);

  if (invalid)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, invalid ? why : NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

static void
show_record_value (TextBinding *b)
{
  g_autofree char *text = format_value (b);

  if (b->kind == VB_TEXT_NUMBER)
    {
      double shown;
      gboolean parsed = vb_parse_number (gtk_editable_get_text (b->editable), &shown);

      /* the same number typed differently stays as typed */
      if (vb_record_has_value (b->record, b->column) && parsed &&
          fabs (shown - vb_record_get_real (b->record, b->column)) < 1e-9)
        return;
    }
  if (g_strcmp0 (gtk_editable_get_text (b->editable), text) == 0)
    return;
  b->updating = TRUE;
  gtk_editable_set_text (b->editable, text);
  b->updating = FALSE;
  set_invalid (b, FALSE, NULL);
}

static gboolean
binding_commit (TextBinding *b)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (b->editable);
  const VbColumn *col = record_column (b->record, b->column);
  gboolean ok = TRUE;

  g_clear_handle_id (&b->idle_id, g_source_remove);
  if (!b->dirty)
    return TRUE;
  if (vb_project_lookup (b->project, vb_record_get_uuid (b->record)) != b->record)
    {
      /* the row is gone (removed, or its addition undone): nothing to keep */
      b->dirty = FALSE;
      return FALSE;
    }

  switch (b->kind)
    {
    case VB_TEXT_PLAIN:
      if (g_strcmp0 (text, vb_record_get_text (b->record, b->column)) != 0)
        ok = vb_project_set_text (b->project, b->record, b->column, text, &error);
      break;

    case VB_TEXT_TIMEZONE:
      {
        g_autofree char *tz_id = g_strstrip (g_strdup (text));
        g_autoptr(GTimeZone) tz = NULL;

        if (*tz_id && (tz = g_time_zone_new_identifier (tz_id)) == NULL)
          {
            set_invalid (b, TRUE, _("Not a time zone: use a name such as Europe/London or America/New_York"));
            return FALSE;
          }
        if (g_strcmp0 (tz_id, vb_record_get_text (b->record, b->column)) != 0)
          ok = vb_project_set_text (b->project, b->record, b->column, tz_id, &error);
      }
      break;

    case VB_TEXT_TIME:
      {
        int minutes;

        if (!parse_time (text, &minutes))
          {
            set_invalid (b, TRUE, _("Type a time of day as HH:MM, such as 09:00 or 17:30"));
            return FALSE;
          }
        if (minutes != vb_record_get_int (b->record, b->column))
          ok = vb_project_set_int (b->project, b->record, b->column, minutes, &error);
      }
      break;

    case VB_TEXT_NUMBER:
      {
        double d;

        if (vb_str_is_blank (text))
          {
            if (!col->nullable)
              {
                set_invalid (b, TRUE, _("A number is needed here"));
                return FALSE;
              }
            if (vb_record_has_value (b->record, b->column))
              ok = vb_project_set_null (b->project, b->record, b->column, &error);
          }
        else if (!vb_parse_number (text, &d) || (col->min < col->max && (d < col->min || d > col->max)))
          {
            g_autofree char *lo = vb_format_number (col->min, 0);
            g_autofree char *hi = vb_format_number (col->max, 0);
            g_autofree char *why = col->min < col->max
              ? g_strdup_printf (_("Type a number from %s to %s"), lo, hi)
              : g_strdup (_("Type a number"));

            set_invalid (b, TRUE, why);
            return FALSE;
          }
        else if (!vb_record_has_value (b->record, b->column) ||
                 fabs (d - vb_record_get_real (b->record, b->column)) > 1e-12)
          {
            if (col->kind == VB_COLUMN_INT)
              ok = vb_project_set_int (b->project, b->record, b->column, (gint64) round (d), &error);
            else
              ok = vb_project_set_real (b->project, b->record, b->column, d, &error);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  b->dirty = FALSE;
  if (!ok)
    {
      vb_report_error (GTK_WIDGET (b->editable), error);
      set_invalid (b, TRUE, error->message);
      /* show what the file holds */
      show_record_value (b);
      return FALSE;
    }
  set_invalid (b, FALSE, NULL);
  return TRUE;
}

static gboolean
idle_commit_cb (gpointer data)
{
  TextBinding *b = data;

  b->idle_id = 0;
  binding_commit (b);
  return G_SOURCE_REMOVE;
}

static void
on_editable_changed_cb (GtkEditable *editable,
                        TextBinding *b)
{
  if (b->updating)
    return;
  b->dirty = TRUE;
  set_invalid (b, FALSE, NULL);
  g_clear_handle_id (&b->idle_id, g_source_remove);
  b->idle_id = g_timeout_add (VB_EDIT_IDLE_MS, idle_commit_cb, b);
}

static void
on_activated_cb (GtkWidget   *widget,
                 TextBinding *b)
{
  binding_commit (b);
}

static void
on_focus_left_cb (GtkEventControllerFocus *controller,
                  TextBinding             *b)
{
  binding_commit (b);
  if (!b->dirty && !gtk_widget_has_css_class (GTK_WIDGET (b->editable), "error"))
    show_record_value (b);
}

static void
on_unmapped_cb (GtkWidget   *widget,
                TextBinding *b)
{
  binding_commit (b);
}

static void
on_record_changed_cb (VbRecord    *record,
                      const char  *column,
                      TextBinding *b)
{
  if (b->dirty)
    return;   /* the user is typing: their text wins, and commits soon */
  show_record_value (b);
}

static void
text_binding_free (gpointer data)
{
  TextBinding *b = data;

  g_clear_handle_id (&b->idle_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (b->record, b);
  g_clear_object (&b->record);
  g_clear_object (&b->project);
  g_free (b->column);
  g_free (b);
}

void
vb_bind_text_commit_full (GtkEditable *editable,
                          VbProject   *project,
                          VbRecord    *record,
                          const char  *column,
                          VbTextKind   kind,
                          int          decimals)
{
  TextBinding *b;
  GtkEventController *focus;
  g_autofree char *detailed = NULL;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (VB_IS_PROJECT (project));
  g_return_if_fail (VB_IS_RECORD (record));
  g_return_if_fail (record_column (record, column) != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (editable), BINDING_KEY) == NULL);

  b = g_new0 (TextBinding, 1);
  b->editable = editable;
  b->project = g_object_ref (project);
  b->record = g_object_ref (record);
  b->column = g_strdup (column);
  b->kind = kind;
  b->decimals = decimals;
  g_object_set_data_full (G_OBJECT (editable), BINDING_KEY, b, text_binding_free);

  gtk_editable_set_enable_undo (editable, TRUE);
  show_record_value (b);

  g_signal_connect (editable, "changed", G_CALLBACK (on_editable_changed_cb), b);
  if (ADW_IS_ENTRY_ROW (editable))
    g_signal_connect (editable, "entry-activated", G_CALLBACK (on_activated_cb), b);
  else if (g_signal_lookup ("activate", G_OBJECT_TYPE (editable)))
    g_signal_connect (editable, "activate", G_CALLBACK (on_activated_cb), b);
  g_signal_connect (editable, "unmap", G_CALLBACK (on_unmapped_cb), b);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_left_cb), b);

  /* a read-only project shows its values but takes no typing */
  if (vb_project_get_read_only (project))
    gtk_editable_set_editable (editable, FALSE);
  gtk_widget_add_controller (GTK_WIDGET (editable), focus);

  detailed = g_strdup_printf ("changed::%s", column);
  g_signal_connect (record, detailed, G_CALLBACK (on_record_changed_cb), b);
}

/**
 * vb_bind_text_commit:
 *
 * Make @editable edit the TEXT @column of @record: filled from the record,
 * committed on Enter, on leaving the field, or VB_EDIT_IDLE_MS after the
 * last keystroke, each commit one undo step.
 */
void
vb_bind_text_commit (GtkEditable *editable,
                     VbProject   *project,
                     VbRecord    *record,
                     const char  *column)
{
  vb_bind_text_commit_full (editable, project, record, column, VB_TEXT_PLAIN, 0);
}

/**
 * vb_bind_number_commit:
 *
 * Like vb_bind_text_commit() for a REAL or INT column: the text is parsed in
 * the user's locale; empty text stores NULL where the column allows it;
 * text that is not a number in range gets the "error" style and is not
 * committed.
 */
void
vb_bind_number_commit (GtkEditable *editable,
                       VbProject   *project,
                       VbRecord    *record,
                       const char  *column,
                       int          decimals)
{
  vb_bind_text_commit_full (editable, project, record, column, VB_TEXT_NUMBER, decimals);
}

/* Commit what is typed now, e.g. before the field goes away. */
gboolean
vb_text_commit_now (GtkEditable *editable)
{
  TextBinding *b = g_object_get_data (G_OBJECT (editable), BINDING_KEY);

  return b ? binding_commit (b) : FALSE;
}

/* ------------------------------------------------------------ switch */

typedef struct {
  VbProject *project;
  VbRecord  *record;
  char      *column;
  gboolean   updating;
} ValueBinding;

static void
value_binding_free (gpointer data)
{
  ValueBinding *b = data;

  g_signal_handlers_disconnect_by_data (b->record, b);
  g_clear_object (&b->record);
  g_clear_object (&b->project);
  g_free (b->column);
  g_free (b);
}

static ValueBinding *
value_binding_new (GObject    *owner,
                   VbProject  *project,
                   VbRecord   *record,
                   const char *column)
{
  ValueBinding *b = g_new0 (ValueBinding, 1);

  b->project = g_object_ref (project);
  b->record = g_object_ref (record);
  b->column = g_strdup (column);
  g_object_set_data_full (owner, "vb-value-binding", b, value_binding_free);
  return b;
}

static void
on_switch_active_cb (GtkSwitch  *sw,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  ValueBinding *b = g_object_get_data (G_OBJECT (sw), "vb-value-binding");
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (sw);

  if (b->updating || active == vb_record_get_bool (b->record, b->column))
    return;
  if (!vb_project_set_bool (b->project, b->record, b->column, active, &error))
    {
      vb_report_error (GTK_WIDGET (sw), error);
      b->updating = TRUE;
      gtk_switch_set_active (sw, vb_record_get_bool (b->record, b->column));
      b->updating = FALSE;
    }
}

static void
on_switch_record_changed_cb (VbRecord   *record,
                             const char *column,
                             GtkSwitch  *sw)
{
  ValueBinding *b = g_object_get_data (G_OBJECT (sw), "vb-value-binding");

  b->updating = TRUE;
  gtk_switch_set_active (sw, vb_record_get_bool (record, column));
  b->updating = FALSE;
}

void
vb_bind_switch (GtkSwitch  *sw,
                VbProject  *project,
                VbRecord   *record,
                const char *column)
{
  ValueBinding *b = value_binding_new (G_OBJECT (sw), project, record, column);
  g_autofree char *detailed = g_strdup_printf ("changed::%s", column);

  b->updating = TRUE;
  gtk_switch_set_active (sw, vb_record_get_bool (record, column));
  b->updating = FALSE;
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active_cb), NULL);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_switch_record_changed_cb), sw, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (sw), !vb_project_get_read_only (project));
}

/* ------------------------------------------------------------ days */

static const char *const day_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
};
/* TRANSLATORS: one-letter day names on toggle buttons, Monday first */
static const char *const day_letters[] = {
  NC_("day", "M"), NC_("day", "T"), NC_("day", "W"), NC_("day", "T"), NC_("day", "F"), NC_("day", "S"), NC_("day", "S"),
};

static void
days_show (GtkWidget    *box,
           ValueBinding *b)
{
  int mask = (int) vb_record_get_int (b->record, b->column);
  int d = 0;

  b->updating = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child), d++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), (mask & (1 << d)) != 0);
  b->updating = FALSE;
}

static void
on_day_toggled_cb (GtkToggleButton *button,
                   GtkWidget       *box)
{
  ValueBinding *b = g_object_get_data (G_OBJECT (box), "vb-value-binding");
  g_autoptr(GError) error = NULL;
  int mask = 0, d = 0;

  if (b->updating)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child), d++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      mask |= 1 << d;
  if (mask == vb_record_get_int (b->record, b->column))
    return;
  if (!vb_project_set_int (b->project, b->record, b->column, mask, &error))
    {
      vb_report_error (box, error);
      days_show (box, b);
    }
}

static void
on_days_record_changed_cb (VbRecord   *record,
                           const char *column,
                           GtkWidget  *box)
{
  days_show (box, g_object_get_data (G_OBJECT (box), "vb-value-binding"));
}

/* Seven toggle buttons, Monday first, editing a bitmask column (bit 0 = Monday) */
GtkWidget *
vb_days_editor_new (VbProject  *project,
                    VbRecord   *record,
                    const char *column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  ValueBinding *b = value_binding_new (G_OBJECT (box), project, record, column);
  g_autofree char *detailed = g_strdup_printf ("changed::%s", column);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (box, "vb-days");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (int d = 0; d < 7; d++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (g_dpgettext2 (NULL, "day", day_letters[d]));

      gtk_widget_set_tooltip_text (button, _(day_names[d]));
      vb_set_accessible_label (button, _(day_names[d]));
      g_signal_connect (button, "toggled", G_CALLBACK (on_day_toggled_cb), box);
      gtk_box_append (GTK_BOX (box), button);
    }
  days_show (box, b);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_days_record_changed_cb), box, 0);
  gtk_widget_set_sensitive (box, !vb_project_get_read_only (project));
  return box;
}

/* ------------------------------------------------------------ choice */

typedef struct {
  const char *const *values;
} ComboValues;

static guint
combo_index (ValueBinding      *b,
             const char *const *values)
{
  const char *value = vb_record_get_text (b->record, b->column);

  for (guint i = 0; values[i]; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

static void
on_combo_selected_cb (GObject    *row,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  ValueBinding *b = g_object_get_data (row, "vb-value-binding");
  const char *const *values = g_object_get_data (row, "vb-values");
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (b->updating || selected == GTK_INVALID_LIST_POSITION || selected == combo_index (b, values))
    return;
  if (!vb_project_set_text (b->project, b->record, b->column, values[selected], &error))
    {
      vb_report_error (GTK_WIDGET (row), error);
      b->updating = TRUE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), combo_index (b, values));
      b->updating = FALSE;
    }
}

static void
on_combo_record_changed_cb (VbRecord   *record,
                            const char *column,
                            GObject    *row)
{
  ValueBinding *b = g_object_get_data (row, "vb-value-binding");

  b->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), combo_index (b, g_object_get_data (row, "vb-values")));
  b->updating = FALSE;
}

/* Combo row items: on GTK 4.8 a list item has no accessible name of its
 * own, so the label goes on the item's row widget (the parent of what the
 * factory made). */
static void
combo_item_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
combo_item_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *parent = gtk_widget_get_parent (label);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (parent)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* An AdwComboRow choosing one of @values (an ENUM column), shown with
 * @labels (translated, same length). Commits at once. Both arrays must
 * outlive the row (static tables). */
void
vb_bind_combo_row (GtkWidget         *combo_row,
                   VbProject         *project,
                   VbRecord          *record,
                   const char        *column,
                   const char *const *values,
                   const char *const *labels)
{
  ValueBinding *b = value_binding_new (G_OBJECT (combo_row), project, record, column);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *detailed = g_strdup_printf ("changed::%s", column);

  for (guint i = 0; values[i]; i++)
    gtk_string_list_append (list, _(labels[i]));
  g_object_set_data (G_OBJECT (combo_row), "vb-values", (gpointer) values);
  b->updating = TRUE;
  {
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (combo_item_setup_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (combo_item_bind_cb), NULL);
    adw_combo_row_set_factory (ADW_COMBO_ROW (combo_row), factory);
  }
  adw_combo_row_set_model (ADW_COMBO_ROW (combo_row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo_row), combo_index (b, values));
  b->updating = FALSE;
  g_signal_connect (combo_row, "notify::selected", G_CALLBACK (on_combo_selected_cb), NULL);
  g_signal_connect_object (record, detailed, G_CALLBACK (on_combo_record_changed_cb), combo_row, 0);
  gtk_widget_set_sensitive (combo_row, !vb_project_get_read_only (project));
}

/* ------------------------------------------------------------ dialogs */

/* A question with "Cancel" (the default on Escape) and one answer; shown
 * over @parent's window; the caller connects "response" and presents it. */
GtkWidget *
vb_message_dialog_new (GtkWidget  *parent,
                       const char *heading,
                       const char *body,
                       const char *accept_id,
                       const char *accept_label,
                       gboolean    destructive)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    accept_id, accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), accept_id,
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), accept_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

/* User text for a row title (AdwPreferencesRow uses markup) */
char *
vb_markup_escape (const char *text,
                  const char *fallback)
{
  return g_markup_escape_text (vb_str_is_blank (text) ? fallback : text, -1);
}

/* The stages' own style sheet, loaded once for the default display */
/* ------------------------------------------------------------ focus */

/* The first descendant of @root named @name (gtk_widget_set_name), or NULL */
GtkWidget *
vb_find_named (GtkWidget  *root,
               const char *name)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (c), name) == 0)
        return c;
      if ((found = vb_find_named (c, name)))
        return found;
    }
  return NULL;
}

static gboolean
scroll_into_view_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  graphene_rect_t bounds;

  g_object_set_data (G_OBJECT (widget), "vb-scroll-tick", NULL);
  if (scroller == NULL || (content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))) == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_widget_compute_bounds (widget, content, &bounds))
    {
      GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      double top = bounds.origin.y - 12, bottom = bounds.origin.y + bounds.size.height + 12;

      /* a tall editor: show its top */
      if (bottom - top > gtk_adjustment_get_page_size (vadj))
        bottom = top + gtk_adjustment_get_page_size (vadj);
      gtk_adjustment_clamp_page (vadj, top, bottom);
    }
  return G_SOURCE_REMOVE;
}

/* Move the keyboard focus to @widget — or, if it takes no focus itself, to
 * its first focusable descendant — and scroll it into view. A GtkViewport
 * scrolls to the focus child itself, but a widget just revealed or just
 * built has no allocation yet: scroll again once it has been laid out. */
void
vb_focus_widget (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!gtk_widget_grab_focus (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  if (g_object_get_data (G_OBJECT (widget), "vb-scroll-tick") == NULL)
    {
      gtk_widget_add_tick_callback (widget, scroll_into_view_cb, NULL, NULL);
      g_object_set_data (G_OBJECT (widget), "vb-scroll-tick", GINT_TO_POINTER (1));
    }
}

void
vb_stages_ensure_style (void)
{
  static gboolean loaded;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/vendorbench/Vendorbench/stages/stages.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
