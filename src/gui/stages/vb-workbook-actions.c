/* vb-workbook-actions.c — the Responses page's response workbook, out and back
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export writes through src/docs (vb-response-writer.h) and says so in a
 * toast. Import reads the whole workbook first (core checks all of it and
 * writes nothing), then a dialog lists what would change; Import there
 * writes every change as one edit, taken back by one Undo.
 *
 * The import is two steps (vb-response-import.h). Reading the file into
 * plain rows, the slow part on a large or hostile file, runs in a GTask
 * worker with nothing but the path: no store, no GObject of the project.
 * The busy bar shows it; its Cancel, the window closing and the page
 * going away stop it. Checking the rows against the project (on the
 * window's SQLite connection, which no other thread shares) and the
 * preview come back on the main thread.
 */

#define G_LOG_DOMAIN "vb-workbook-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "vb-context.h"
#include "vb-enums.h"
#include "vb-error.h"
#include "vb-gui-util.h"
#include "vb-response-import.h"
#include "vb-response-row.h"
#include "vb-response-writer.h"
#include "vb-responses-page.h"
#include "vb-window.h"
#include "vb-workbook-actions.h"

#define CHOOSER_KEY    "vb-workbook-chooser"
#define PREVIEW_KEY    "vb-workbook-preview"
#define CSV_FILTER_KEY "vb-workbook-csv-filter"
#define READING_KEY    "vb-workbook-reading"

/* workers still running, of every page (for tests) */
static guint n_reading;

/* the preview dialog's response that writes the changes */
#define RESPONSE_IMPORT "write-changes"

/* The vendor the page shows: the picker's choice */
static VbVendor *
shown_vendor (GtkWidget *page)
{
  GObject *picker = gtk_widget_get_template_child (page, VB_TYPE_RESPONSES_PAGE, "vendor_picker");
  gpointer item = picker ? gtk_drop_down_get_selected_item (GTK_DROP_DOWN (picker)) : NULL;

  return VB_IS_VENDOR (item) ? VB_VENDOR (item) : NULL;
}

static VbContext *
dup_context (GtkWidget *page)
{
  VbContext *context = NULL;

  g_object_get (page, "context", &context, NULL);
  return context;
}

static GtkWindow *
window_of (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A workbook refused or not written: the core's message, whole (it may
 * list rows), in a dialog as the window shows a file it cannot open */
static void
show_failure (GtkWidget    *page,
              const char   *heading,
              const GError *error)
{
  GtkWidget *dialog;

  g_debug ("%s", error->message);
  dialog = adw_message_dialog_new (window_of (page), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_csv_name (const char *path)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  return g_str_has_suffix (lower, ".csv");
}

/* ------------------------------------------------------------- export */

static void
export_to (GtkWidget  *page,
           const char *path)
{
  g_autoptr(VbContext) context = dup_context (page);
  VbVendor *vendor = shown_vendor (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  gboolean ok;

  if (context == NULL || vendor == NULL)
    return;
  if (is_csv_name (path))
    ok = vb_response_writer_write_csv (vb_context_get_project (context), vendor, NULL, path, TRUE, &error);
  else
    ok = vb_response_writer_write_xlsx (vb_context_get_project (context), vendor, NULL, path, TRUE, &error);
  if (!ok)
    {
      show_failure (page, _("Could Not Export the Workbook"), error);
      return;
    }
  base = g_path_get_basename (path);
  /* TRANSLATORS: %s is the file name */
  title = g_strdup_printf (_("Saved the response workbook as “%s”"), base);
  vb_show_toast (page, adw_toast_new (title));
}

static void
export_workbook_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  export_to (widget, g_variant_get_string (param, NULL));
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       GtkWidget       *page)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    return;
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
  if (!is_csv_name (path) && !g_str_has_suffix (path, ".xlsx"))
    {
      gboolean csv = filter != NULL && filter == g_object_get_data (G_OBJECT (dialog), CSV_FILTER_KEY);
      char *with = g_strconcat (path, csv ? ".csv" : ".xlsx", NULL);

      g_free (path);
      path = with;
    }
  export_to (page, path);
}

static GtkFileChooserNative *
new_chooser (GtkWidget            *page,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, window_of (page), action, accept,
                                                               _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* the page keeps it until the next one */
  g_object_set_data_full (G_OBJECT (page), CHOOSER_KEY, chooser, g_object_unref);
  return chooser;
}

static GtkFileFilter *
new_filter (const char *name,
            const char *pattern,
            const char *pattern2)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (pattern2)
    gtk_file_filter_add_pattern (filter, pattern2);
  return filter;
}

static void
choose_export_workbook_action (GtkWidget  *widget,
                               const char *name,
                               GVariant   *param)
{
  VbVendor *vendor = shown_vendor (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) xlsx = NULL;
  g_autoptr(GtkFileFilter) csv = NULL;
  g_autofree char *label = NULL;
  g_autofree char *base = NULL;
  g_autofree char *suggested = NULL;

  if (vendor == NULL)
    return;
  chooser = new_chooser (widget, _("Export the Response Workbook"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  xlsx = new_filter (_("Spreadsheet (XLSX)"), "*.xlsx", NULL);
  csv = new_filter (_("Comma-separated values (CSV)"), "*.csv", NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  g_object_set_data (G_OBJECT (chooser), CSV_FILTER_KEY, csv);
  /* TRANSLATORS: the suggested file name; %s is the vendor's name */
  label = g_strdup_printf (_("%s responses"), vb_vendor_get_display_name (vendor));
  base = vb_project_file_name_for (label);
  suggested = g_strconcat (base, ".xlsx", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------- import */

typedef struct {
  GtkWidget        *page;     /* owned */
  VbResponseImport *import;   /* owned */
  char             *vendor;   /* the vendor's name, for the toast */
} Preview;

static void
preview_free (gpointer data)
{
  Preview *p = data;

  g_object_unref (p->page);
  vb_response_import_free (p->import);
  g_free (p->vendor);
  g_free (p);
}

static void
preview_closure_notify (gpointer  data,
                        GClosure *closure)
{
  preview_free (data);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static char *
describe_change (const VbResponseChange *c)
{
  GString *s = g_string_new (NULL);

  /* TRANSLATORS: a line of the import preview: the row, the old and the new answer */
  g_string_append_printf (s, _("Row %u: %s → %s"), c->row, vb_enum_get_label (VB_TYPE_ANSWER, c->old_answer),
                          vb_enum_get_label (VB_TYPE_ANSWER, c->new_answer));
  if (g_strcmp0 (c->old_details, c->new_details) != 0)
    g_string_append (s, _("; details changed"));
  if (g_strcmp0 (c->old_evidence, c->new_evidence) != 0)
    g_string_append (s, _("; evidence changed"));
  return g_string_free (s, FALSE);
}

static GtkWidget *
change_list_new (VbResponseImport *import)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  guint n = vb_response_import_get_n_changes (import);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  vb_set_accessible_label (list, _("Changes"));
  for (guint i = 0; i < n; i++)
    {
      const VbResponseChange *c = vb_response_import_get_change (import, i);
      g_autofree char *subtitle = describe_change (c);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vb_response_row_item_text (c->item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  return scroller;
}

static void
on_preview_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Preview          *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n = vb_response_import_get_n_changes (p->import);

  if (g_strcmp0 (response, RESPONSE_IMPORT) != 0)
    return;
  if (!vb_response_import_apply (p->import, &error))
    {
      show_failure (p->page, _("Could Not Import the Workbook"), error);
      return;
    }
  title = g_strdup_printf (ngettext ("Imported %u answer of %s", "Imported %u answers of %s", n), n, p->vendor);
  vb_show_undo_toast (p->page, title);
}

static void
show_preview (GtkWidget        *page,
              VbVendor         *vendor,
              VbResponseImport *import)
{
  guint n = vb_response_import_get_n_changes (import);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GWeakRef *ref;
  GtkWidget *dialog;
  Preview *p;

  /* TRANSLATORS: %s is the vendor's name */
  heading = g_strdup_printf (_("Import the Answers of %s?"), vb_vendor_get_display_name (vendor));
  body = g_strdup_printf (ngettext ("The workbook changes %u answer. Nothing is written until you choose Import.",
                                    "The workbook changes %u answers. Nothing is written until you choose Import.",
                                    n), n);
  dialog = adw_message_dialog_new (window_of (page), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), RESPONSE_IMPORT, _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RESPONSE_IMPORT, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_IMPORT);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), change_list_new (import));

  p = g_new0 (Preview, 1);
  p->page = g_object_ref (page);
  p->import = import;
  p->vendor = g_strdup (vb_vendor_get_display_name (vendor));
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_preview_response_cb), p,
                         preview_closure_notify, 0);

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, dialog);
  g_object_set_data_full (G_OBJECT (page), PREVIEW_KEY, ref, weak_ref_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A read under way, on the main thread only */
typedef struct {
  GWeakRef      page;
  GWeakRef      window;
  VbVendor     *vendor;        /* owned */
  GCancellable *cancellable;   /* owned: the window's busy one */
} Reading;

static void
reading_free (Reading *r)
{
  g_weak_ref_clear (&r->page);
  g_weak_ref_clear (&r->window);
  g_clear_object (&r->vendor);
  g_clear_object (&r->cancellable);
  g_free (r);
}

/* The page going away (its dispose) cancels its read */
static void
on_page_gone_cb (gpointer  cancellable,
                 GObject  *where_the_page_was)
{
  g_cancellable_cancel (cancellable);
  g_object_unref (cancellable);
}

static void
read_sheet_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  VbResponseSheet *sheet = vb_response_sheet_read (task_data, NULL, cancellable, &error);

  if (sheet)
    g_task_return_pointer (task, sheet, (GDestroyNotify) vb_response_sheet_free);
  else
    g_task_return_error (task, error);
}

static void
on_sheet_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Reading *r = user_data;
  g_autoptr(GtkWidget) page = g_weak_ref_get (&r->page);
  g_autoptr(GtkWidget) window = g_weak_ref_get (&r->window);
  g_autoptr(VbResponseSheet) sheet = NULL;
  g_autoptr(VbResponseImport) import = NULL;
  g_autoptr(VbContext) context = NULL;
  g_autoptr(GError) error = NULL;

  n_reading--;
  sheet = g_task_propagate_pointer (G_TASK (result), &error);
  if (window)
    vb_window_stop_busy (VB_WINDOW (window), r->cancellable);
  /* the page lets go of the read without cancelling it */
  if (page && g_object_get_data (G_OBJECT (page), READING_KEY) == r->cancellable)
    {
      g_object_set_data (G_OBJECT (page), READING_KEY, NULL);
      g_object_weak_unref (G_OBJECT (page), on_page_gone_cb, r->cancellable);
      g_object_unref (r->cancellable);
    }
  context = page ? dup_context (page) : NULL;
  /* stopped, or nothing left to show it in */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || page == NULL || window == NULL ||
      context == NULL || !vb_record_is_live (VB_RECORD (r->vendor)))
    {
      reading_free (r);
      return;
    }
  if (sheet == NULL ||
      (import = vb_response_import_check (vb_context_get_project (context), r->vendor, sheet, &error)) == NULL)
    show_failure (page, _("Could Not Import the Workbook"), error);
  else if (vb_response_import_get_n_changes (import) == 0)
    vb_show_toast (page, adw_toast_new (_("Nothing to import: the workbook holds the answers already recorded")));
  else if (vb_context_get_read_only (context))
    ;   /* the project turned read-only while reading */
  else
    show_preview (page, r->vendor, g_steal_pointer (&import));
  reading_free (r);
}

static void
import_from (GtkWidget  *page,
             const char *path)
{
  g_autoptr(VbContext) context = dup_context (page);
  VbVendor *vendor = shown_vendor (page);
  GtkWindow *window = window_of (page);
  g_autoptr(GTask) task = NULL;
  g_autofree char *what = NULL;
  g_autofree char *base = NULL;
  Reading *r;

  if (context == NULL || vendor == NULL || vb_context_get_read_only (context) || !VB_IS_WINDOW (window))
    return;
  base = g_path_get_basename (path);
  /* TRANSLATORS: the busy bar; %s is the file name */
  what = g_strdup_printf (_("Reading “%s”…"), base);
  r = g_new0 (Reading, 1);
  r->cancellable = vb_window_start_busy (VB_WINDOW (window), what);
  if (r->cancellable == NULL)
    {
      g_free (r);
      vb_show_toast (page, adw_toast_new (_("Wait until the work under way is done, then import again")));
      return;
    }
  g_weak_ref_init (&r->page, page);
  g_weak_ref_init (&r->window, window);
  r->vendor = g_object_ref (vendor);
  g_object_set_data (G_OBJECT (page), READING_KEY, r->cancellable);
  g_object_weak_ref (G_OBJECT (page), on_page_gone_cb, g_object_ref (r->cancellable));

  /* the worker's whole share: a copy of the path */
  task = g_task_new (NULL, r->cancellable, on_sheet_read_cb, r);
  g_task_set_source_tag (task, import_from);
  g_task_set_task_data (task, g_strdup (path), g_free);
  n_reading++;
  g_task_run_in_thread (task, read_sheet_thread);
}

static void
import_workbook_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  import_from (widget, g_variant_get_string (param, NULL));
}

static void
on_import_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       GtkWidget       *page)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path)
    import_from (page, path);
}

static void
choose_import_workbook_action (GtkWidget  *widget,
                               const char *name,
                               GVariant   *param)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) workbooks = NULL;
  g_autoptr(GtkFileFilter) all = NULL;

  if (shown_vendor (widget) == NULL)
    return;
  chooser = new_chooser (widget, _("Import a Response Workbook"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  workbooks = new_filter (_("Response workbooks (XLSX, CSV)"), "*.xlsx", "*.csv");
  all = new_filter (_("All files"), "*", NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), workbooks);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), workbooks);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------- public */

/* The template's closure: the Workbook menu is for the vendor shown, so
 * it is off on the page's empty state */
static gboolean
vb_workbook_has_vendor (GtkWidget  *page,
                        const char *stack_page)
{
  return g_strcmp0 (stack_page, "vendor") == 0;
}

void
vb_workbook_actions_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "responses.choose-export-workbook", NULL,
                                   choose_export_workbook_action);
  gtk_widget_class_install_action (widget_class, "responses.export-workbook", "s", export_workbook_action);
  gtk_widget_class_install_action (widget_class, "responses.choose-import-workbook", NULL,
                                   choose_import_workbook_action);
  gtk_widget_class_install_action (widget_class, "responses.import-workbook", "s", import_workbook_action);
  gtk_widget_class_bind_template_callback (widget_class, vb_workbook_has_vendor);
}

GtkWidget *
vb_workbook_actions_get_preview (GtkWidget *page)
{
  GWeakRef *ref;

  g_return_val_if_fail (VB_IS_RESPONSES_PAGE (page), NULL);

  ref = g_object_get_data (G_OBJECT (page), PREVIEW_KEY);
  if (ref == NULL)
    return NULL;
  {
    g_autoptr(GObject) dialog = g_weak_ref_get (ref);

    /* the page's reference is weak: the dialog is the window manager's */
    return GTK_WIDGET (dialog);
  }
}

void
vb_workbook_actions_cancel (GtkWidget *page)
{
  g_return_if_fail (GTK_IS_WIDGET (page));

  GCancellable *cancellable = g_object_get_data (G_OBJECT (page), READING_KEY);

  if (cancellable)
    g_cancellable_cancel (cancellable);
}

gboolean
vb_workbook_actions_get_reading (GtkWidget *page)
{
  g_return_val_if_fail (GTK_IS_WIDGET (page), FALSE);

  return g_object_get_data (G_OBJECT (page), READING_KEY) != NULL;
}

guint
vb_workbook_actions_get_n_reading (void)
{
  return n_reading;
}
