/* vb-response-import.c — a vendor's filled-in response workbook, read back
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-response-import"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-csv-reader.h"
#include "vb-project-private.h"
#include "vb-project-settings.h"
#include "vb-response.h"
#include "vb-response-import.h"
#include "vb-response-workbook.h"
#include "vb-schema.h"
#include "vb-xlsx-reader.h"

/* Rows named in one line of a refusal; more are counted */
#define MAX_ROWS_LISTED 10

struct _VbResponseImport
{
  VbProject  *project;   /* owned */
  VbVendor   *vendor;    /* owned */
  GArray     *changes;   /* VbResponseChange */
  guint       n_rows;
};

/* A row of the Responses sheet that names an item: the cells kept */
typedef struct {
  guint  number;
  char  *id;
  char  *answer;
  char  *details;
  char  *evidence;
} SheetRow;

/* The first step's result: plain text, nothing of a project */
struct _VbResponseSheet
{
  GArray       *rows;          /* SheetRow */
  gboolean      header_seen;
  gboolean      csv;           /* cells lose the formula guard's apostrophe */
  /* problems found without the project, as row numbers */
  GArray       *edited_ids;
  GArray       *formulas;
  /* the stamp: the About sheet or the CSV's first line */
  gboolean      stamped;
  char         *document;
  char         *project_uuid;
  char         *vendor_uuid;
  int           schema;
  GCancellable *cancellable;   /* while reading only, not owned */
};

/* The second step: the sheet's rows against the project */
typedef struct {
  VbResponseImport      *import;
  const VbResponseSheet *sheet;
  GHashTable            *seen;            /* item UUID → its first row */
  GArray                *unknown_ids;
  GArray                *duplicate_ids;
  GString               *invalid_answers; /* "row 5 (“Maybe”)", joined */
  guint                  n_invalid;
} Reading;

static void
sheet_row_clear (gpointer data)
{
  SheetRow *row = data;

  g_free (row->id);
  g_free (row->answer);
  g_free (row->details);
  g_free (row->evidence);
}

static void
change_clear (gpointer data)
{
  VbResponseChange *c = data;

  g_clear_object (&c->item);
  g_free (c->old_details);
  g_free (c->new_details);
  g_free (c->old_evidence);
  g_free (c->new_evidence);
}

static void
reading_init (Reading               *r,
              VbResponseImport      *import,
              const VbResponseSheet *sheet)
{
  memset (r, 0, sizeof *r);
  r->import = import;
  r->sheet = sheet;
  r->seen = g_hash_table_new (g_str_hash, g_str_equal);
  r->unknown_ids = g_array_new (FALSE, FALSE, sizeof (guint));
  r->duplicate_ids = g_array_new (FALSE, FALSE, sizeof (guint));
  r->invalid_answers = g_string_new (NULL);
}

static void
reading_clear (Reading *r)
{
  g_hash_table_unref (r->seen);
  g_array_unref (r->unknown_ids);
  g_array_unref (r->duplicate_ids);
  g_string_free (r->invalid_answers, TRUE);
}

static const char *
cell (const VbSheetRow *row,
      guint             column)
{
  return column < row->n_cells ? row->cells[column] : "";
}

static const char *
text_or_empty (const char *text)
{
  return text ? text : "";
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* "4, 7, 12" and "… and 3 more" */
static char *
format_rows (GArray *rows)
{
  GString *s = g_string_new (NULL);
  guint shown = MIN (rows->len, MAX_ROWS_LISTED);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (s, "%s%u", i ? ", " : "", g_array_index (rows, guint, i));
  if (rows->len > shown)
    /* TRANSLATORS: after a list of row numbers */
    g_string_append_printf (s, ngettext (" and %u more", " and %u more", rows->len - shown), rows->len - shown);
  return g_string_free (s, FALSE);
}

/* One line of a refusal: what is wrong with which rows */
#define ADD_PROBLEM(message, rows, one, many) \
  G_STMT_START { \
    if ((rows)->len > 0) \
      { \
        g_autofree char *_list = format_rows (rows); \
        if ((message)->len) \
          g_string_append (message, "\n"); \
        g_string_append_printf (message, ngettext (one, many, (rows)->len), _list); \
      } \
  } G_STMT_END

/* --------------------------------------------------------------- rows */

static gboolean
read_about_row (const VbSheetRow  *row,
                gpointer           user_data,
                GError           **error)
{
  VbResponseSheet *r = user_data;
  const char *key = cell (row, 0);
  const char *value = cell (row, 1);

  if ((row->n_cells > 0 && row->formulas[0]) || (row->n_cells > 1 && row->formulas[1]))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
                   _("The hidden “About” sheet holds a formula in row %u; export the workbook again."),
                   row->number);
      return FALSE;
    }
  if (strcmp (key, VB_RESPONSE_ABOUT_KIND) == 0)
    {
      g_free (r->document);
      r->document = g_strdup (value);
    }
  else if (strcmp (key, VB_RESPONSE_ABOUT_PROJECT) == 0)
    {
      g_free (r->project_uuid);
      r->project_uuid = g_strdup (value);
    }
  else if (strcmp (key, VB_RESPONSE_ABOUT_VENDOR) == 0)
    {
      g_free (r->vendor_uuid);
      r->vendor_uuid = g_strdup (value);
    }
  else if (strcmp (key, VB_RESPONSE_ABOUT_SCHEMA) == 0)
    r->schema = (int) g_ascii_strtoll (value, NULL, 10);
  return TRUE;
}

static gboolean
read_comment (guint        number,
              const char  *text,
              gpointer     user_data,
              GError     **error)
{
  VbResponseSheet *r = user_data;

  if (r->stamped)
    return TRUE;
  r->stamped = vb_response_workbook_parse_stamp (text, &r->project_uuid, &r->vendor_uuid, &r->schema);
  if (r->stamped)
    r->document = g_strdup (VB_RESPONSE_DOCUMENT_NAME);
  return TRUE;
}

/* Off the main thread: the cells of a row kept as text, the problems
 * that need no project noted */
static gboolean
read_response_row (const VbSheetRow  *row,
                   gpointer           user_data,
                   GError           **error)
{
  VbResponseSheet *r = user_data;
  g_autofree char *id = NULL;
  SheetRow kept = { 0 };
  gboolean has_formula = FALSE;

  if (g_cancellable_set_error_if_cancelled (r->cancellable, error))
    return FALSE;
  id = g_strstrip (g_strdup (cell (row, VB_RESPONSE_COLUMN_ID)));
  /* the headings (in any language); a sheet that lost them starts with
   * an item */
  if (!r->header_seen)
    {
      r->header_seen = TRUE;
      if (!vb_uuid_is_valid (id))
        return TRUE;
    }

  for (guint i = 0; i < row->n_cells; i++)
    has_formula |= row->formulas[i];
  if (has_formula)
    {
      g_array_append_val (r->formulas, row->number);
      return TRUE;
    }

  if (*id == '\0')
    {
      gboolean empty = TRUE;

      for (guint i = 0; i < row->n_cells && empty; i++)
        empty = is_blank (row->cells[i]);
      /* a row left empty (a spreadsheet may keep one) is no item */
      if (!empty)
        g_array_append_val (r->edited_ids, row->number);
      return TRUE;
    }
  if (!vb_uuid_is_valid (id))
    {
      g_array_append_val (r->edited_ids, row->number);
      return TRUE;
    }
  kept.number = row->number;
  kept.id = g_steal_pointer (&id);
  if (r->csv)
    {
      kept.answer = vb_response_csv_restore (cell (row, VB_RESPONSE_COLUMN_ANSWER));
      kept.details = vb_response_csv_restore (cell (row, VB_RESPONSE_COLUMN_DETAILS));
      kept.evidence = vb_response_csv_restore (cell (row, VB_RESPONSE_COLUMN_EVIDENCE));
    }
  else
    {
      kept.answer = g_strdup (cell (row, VB_RESPONSE_COLUMN_ANSWER));
      kept.details = g_strdup (cell (row, VB_RESPONSE_COLUMN_DETAILS));
      kept.evidence = g_strdup (cell (row, VB_RESPONSE_COLUMN_EVIDENCE));
    }
  g_array_append_val (r->rows, kept);
  return TRUE;
}

/* On the main thread: a kept row against the project's items and the
 * vendor's answers */
static void
check_response_row (Reading        *r,
                    const SheetRow *row)
{
  VbResponseImport *import = r->import;
  VbRecord *item;
  VbResponse *response;
  VbAnswer answer = VB_ANSWER_UNSET;
  VbResponseChange change = { 0 };

  item = vb_project_lookup (import->project, row->id);
  if (item == NULL || !vb_response_workbook_has_item (item))
    {
      g_array_append_val (r->unknown_ids, row->number);
      return;
    }
  if (g_hash_table_contains (r->seen, row->id))
    {
      g_array_append_val (r->duplicate_ids, row->number);
      return;
    }
  g_hash_table_add (r->seen, row->id);
  import->n_rows++;

  if (!vb_response_parse_answer (row->answer, &answer) || !vb_response_item_allows (item, answer))
    {
      g_autofree char *shown = g_utf8_make_valid (row->answer, (gssize) MIN (strlen (row->answer), 40));

      if (r->n_invalid < MAX_ROWS_LISTED)
        g_string_append_printf (r->invalid_answers, "%s%u (“%s”)", r->n_invalid ? ", " : "", row->number,
                                g_strstrip (shown));
      r->n_invalid++;
      return;
    }

  response = vb_response_item_response_of (item, import->vendor);
  change.row = row->number;
  change.old_answer = response ? vb_response_get_answer (response) : VB_ANSWER_UNSET;
  change.new_answer = answer;
  change.old_details = g_strdup (response ? text_or_empty (vb_response_get_text (response)) : "");
  change.new_details = g_strdup (row->details);
  change.old_evidence = g_strdup (response ? text_or_empty (vb_response_get_evidence (response)) : "");
  change.new_evidence = g_strdup (row->evidence);
  if (change.old_answer == change.new_answer && strcmp (change.old_details, change.new_details) == 0 &&
      strcmp (change.old_evidence, change.new_evidence) == 0)
    {
      change_clear (&change);
      return;
    }
  change.item = g_object_ref (item);
  g_array_append_val (import->changes, change);
}

/* ------------------------------------------------------------- checks */

static gboolean
check_stamp (VbResponseImport      *import,
             const VbResponseSheet *r,
             GError               **error)
{
  const char *project_uuid = vb_record_get_uuid (VB_RECORD (vb_project_get_settings (import->project)));
  const char *vendor_uuid = vb_record_get_uuid (VB_RECORD (import->vendor));

  if (g_strcmp0 (r->document, VB_RESPONSE_DOCUMENT_NAME) != 0 || r->project_uuid == NULL || r->vendor_uuid == NULL)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("This is not a response workbook exported by Vendorbench: the part that says which project "
                     "and vendor it belongs to is missing."));
      return FALSE;
    }
  if (r->schema > VB_SCHEMA_VERSION)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_VERSION,
                   _("This workbook was exported by a newer version of Vendorbench; update Vendorbench to import it."));
      return FALSE;
    }
  if (strcmp (r->project_uuid, project_uuid) != 0)
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_REFERENCE,
                   _("This workbook belongs to another project. Import it into the project it was exported from."));
      return FALSE;
    }
  if (strcmp (r->vendor_uuid, vendor_uuid) != 0)
    {
      VbRecord *other = vb_project_lookup (import->project, r->vendor_uuid);

      if (other && VB_IS_VENDOR (other))
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_REFERENCE,
                     _("This workbook holds the answers of another vendor (%s), not of %s."),
                     vb_vendor_get_display_name (VB_VENDOR (other)), vb_vendor_get_display_name (import->vendor));
      else
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_REFERENCE,
                     _("This workbook holds the answers of another vendor, not of %s."),
                     vb_vendor_get_display_name (import->vendor));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_rows (Reading  *r,
            GError  **error)
{
  g_autoptr(GString) message = g_string_new (NULL);

  ADD_PROBLEM (message, r->sheet->formulas,
               N_("Row %s holds a formula; type the answer, details and evidence as plain text."),
               N_("Rows %s hold formulas; type the answers, details and evidence as plain text."));
  ADD_PROBLEM (message, r->sheet->edited_ids,
               N_("The item ID in row %s was changed; the ID column must stay as it was exported."),
               N_("The item IDs in rows %s were changed; the ID column must stay as it was exported."));
  ADD_PROBLEM (message, r->unknown_ids,
               N_("Row %s names an item this project does not ask about (unknown item ID)."),
               N_("Rows %s name items this project does not ask about (unknown item IDs)."));
  ADD_PROBLEM (message, r->duplicate_ids,
               N_("Row %s repeats an item of an earlier row."),
               N_("Rows %s repeat items of earlier rows."));
  if (r->n_invalid)
    {
      if (message->len)
        g_string_append (message, "\n");
      g_string_append_printf (message,
                              ngettext ("Row %s has an answer that is not one of the drop-down’s choices.",
                                        "Rows %s have answers that are not among the drop-downs’ choices.",
                                        r->n_invalid),
                              r->invalid_answers->str);
      if (r->n_invalid > MAX_ROWS_LISTED)
        g_string_append_printf (message, ngettext (" (%u more)", " (%u more)", r->n_invalid - MAX_ROWS_LISTED),
                                r->n_invalid - MAX_ROWS_LISTED);
    }
  if (message->len == 0 && !r->sheet->header_seen)
    g_string_append (message, _("The “Responses” sheet is empty."));
  if (message->len == 0)
    return TRUE;
  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_INVALID,
               _("Nothing was imported:\n%s"), message->str);
  return FALSE;
}

/* --------------------------------------------------------------- read */

static gboolean
read_xlsx (VbResponseSheet     *r,
           const char          *path,
           const VbSheetLimits *limits,
           GError             **error)
{
  g_autoptr(VbXlsxReader) reader = vb_xlsx_reader_open (path, limits, error);
  guint index;

  if (reader == NULL)
    return FALSE;
  if (!vb_xlsx_reader_find_sheet (reader, VB_RESPONSE_SHEET_ABOUT, &index) ||
      !vb_xlsx_reader_find_sheet (reader, VB_RESPONSE_SHEET_RESPONSES, &index))
    {
      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("This is not a response workbook exported by Vendorbench: it has no “%s” and “%s” sheets."),
                   VB_RESPONSE_SHEET_RESPONSES, VB_RESPONSE_SHEET_ABOUT);
      return FALSE;
    }
  return vb_xlsx_reader_read_sheet_named (reader, VB_RESPONSE_SHEET_ABOUT, read_about_row, r, error) &&
         vb_xlsx_reader_read_sheet_named (reader, VB_RESPONSE_SHEET_RESPONSES, read_response_row, r, error);
}

static gboolean
read_csv (VbResponseSheet     *r,
          const char          *path,
          const VbSheetLimits *limits,
          GError             **error)
{
  VbCsvOptions options;

  vb_csv_options_init (&options);
  if (limits)
    options.limits = *limits;
  options.comment_func = read_comment;
  r->csv = TRUE;
  return vb_csv_read_file (path, &options, read_response_row, r, NULL, error);
}

/* By its name: .xlsx is a workbook, .csv, .tsv and .txt are text; any
 * other name by its first bytes (a zip's "PK\3\4" is a workbook) */
static gboolean
is_csv (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  char start[4] = { 0 };
  FILE *f;
  gboolean zip;

  if (g_str_has_suffix (lower, ".xlsx"))
    return FALSE;
  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv") || g_str_has_suffix (lower, ".txt"))
    return TRUE;
  f = g_fopen (path, "rb");
  if (f == NULL)
    return FALSE;   /* the XLSX reader says why it cannot be opened */
  zip = fread (start, 1, 4, f) == 4 && memcmp (start, "PK\3\4", 4) == 0;
  fclose (f);
  return !zip;
}

VbResponseSheet *
vb_response_sheet_read (const char          *path,
                        const VbSheetLimits *limits,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_autoptr(VbResponseSheet) sheet = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  sheet = g_new0 (VbResponseSheet, 1);
  sheet->rows = g_array_new (FALSE, TRUE, sizeof (SheetRow));
  g_array_set_clear_func (sheet->rows, sheet_row_clear);
  sheet->edited_ids = g_array_new (FALSE, FALSE, sizeof (guint));
  sheet->formulas = g_array_new (FALSE, FALSE, sizeof (guint));
  sheet->cancellable = cancellable;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (is_csv (path))
    ok = read_csv (sheet, path, limits, error);
  else
    ok = read_xlsx (sheet, path, limits, error);
  sheet->cancellable = NULL;
  if (!ok)
    return NULL;
  return g_steal_pointer (&sheet);
}

guint
vb_response_sheet_get_n_rows (const VbResponseSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

void
vb_response_sheet_free (VbResponseSheet *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_array_unref (self->edited_ids);
  g_array_unref (self->formulas);
  g_free (self->document);
  g_free (self->project_uuid);
  g_free (self->vendor_uuid);
  g_free (self);
}

VbResponseImport *
vb_response_import_check (VbProject             *project,
                          VbVendor              *vendor,
                          const VbResponseSheet *sheet,
                          GError               **error)
{
  g_autoptr(VbResponseImport) import = NULL;
  Reading r;
  gboolean ok;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  import = g_new0 (VbResponseImport, 1);
  import->project = g_object_ref (project);
  import->vendor = g_object_ref (vendor);
  import->changes = g_array_new (FALSE, TRUE, sizeof (VbResponseChange));
  g_array_set_clear_func (import->changes, change_clear);

  /* a file of another project is refused before its rows are looked at */
  if (!check_stamp (import, sheet, error))
    return NULL;
  reading_init (&r, import, sheet);
  for (guint i = 0; i < sheet->rows->len; i++)
    check_response_row (&r, &g_array_index (sheet->rows, SheetRow, i));
  ok = check_rows (&r, error);
  reading_clear (&r);
  if (!ok)
    return NULL;
  return g_steal_pointer (&import);
}

VbResponseImport *
vb_response_import_read (VbProject           *project,
                         VbVendor            *vendor,
                         const char          *path,
                         const VbSheetLimits *limits,
                         GError             **error)
{
  g_autoptr(VbResponseSheet) sheet = NULL;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);
  g_return_val_if_fail (VB_IS_VENDOR (vendor), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  sheet = vb_response_sheet_read (path, limits, NULL, error);
  if (sheet == NULL)
    return NULL;
  return vb_response_import_check (project, vendor, sheet, error);
}

void
vb_response_import_free (VbResponseImport *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->project);
  g_clear_object (&self->vendor);
  g_array_unref (self->changes);
  g_free (self);
}

guint
vb_response_import_get_n_rows (VbResponseImport *self)
{
  return self->n_rows;
}

guint
vb_response_import_get_n_changes (VbResponseImport *self)
{
  return self->changes->len;
}

const VbResponseChange *
vb_response_import_get_change (VbResponseImport *self,
                               guint             index)
{
  g_return_val_if_fail (index < self->changes->len, NULL);
  return &g_array_index (self->changes, VbResponseChange, index);
}

char *
vb_response_change_describe (const VbResponseChange *change)
{
  GString *s = g_string_new (NULL);
  g_autofree char *text = g_utf8_substring (vb_response_item_text (change->item), 0, 60);
  gboolean cut = g_utf8_strlen (vb_response_item_text (change->item), -1) > 60;

  /* TRANSLATORS: the start of a line of an import's preview */
  g_string_append_printf (s, _("Row %u — %s%s:"), change->row, text, cut ? "…" : "");
  if (change->old_answer != change->new_answer)
    g_string_append_printf (s, " %s → %s", vb_enum_get_label (VB_TYPE_ANSWER, change->old_answer),
                            vb_enum_get_label (VB_TYPE_ANSWER, change->new_answer));
  else
    g_string_append_printf (s, _(" %s (unchanged)"), vb_enum_get_label (VB_TYPE_ANSWER, change->new_answer));
  if (strcmp (change->old_details, change->new_details) != 0)
    g_string_append (s, _("; details changed"));
  if (strcmp (change->old_evidence, change->new_evidence) != 0)
    g_string_append (s, _("; evidence changed"));
  return g_string_free (s, FALSE);
}

gboolean
vb_response_import_apply (VbResponseImport  *self,
                          GError           **error)
{
  g_autofree char *summary = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->changes->len == 0)
    return TRUE;
  if (!vb_project_check_writable (self->project, error))
    return FALSE;

  summary = g_strdup_printf (ngettext ("Import %u response of %s from a workbook",
                                       "Import %u responses of %s from a workbook", self->changes->len),
                             self->changes->len, vb_vendor_get_display_name (self->vendor));
  vb_project_begin_edit_full (self->project, VB_ACTIVITY_IMPORT, summary);
  for (guint i = 0; i < self->changes->len; i++)
    {
      VbResponseChange *c = &g_array_index (self->changes, VbResponseChange, i);
      VbResponse *response;

      if (!vb_record_is_live (c->item) || !vb_response_workbook_has_item (c->item))
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_REFERENCE,
                       _("The item of row %u was removed or left out since the workbook was read; "
                         "nothing was imported."), c->row);
          vb_project_cancel_edit (self->project);
          return FALSE;
        }
      response = vb_response_item_response_of (c->item, self->vendor);
      if (response == NULL)
        response = VB_IS_REQUIREMENT (c->item)
                     ? vb_requirement_add_response (VB_REQUIREMENT (c->item), self->vendor, error)
                     : vb_question_add_response (VB_QUESTION (c->item), self->vendor, error);
      if (response == NULL ||
          (vb_response_get_answer (response) != c->new_answer &&
           !vb_response_set_answer (response, c->new_answer, error)) ||
          (strcmp (text_or_empty (vb_response_get_text (response)), c->new_details) != 0 &&
           !vb_response_set_text (response, c->new_details, error)) ||
          (strcmp (text_or_empty (vb_response_get_evidence (response)), c->new_evidence) != 0 &&
           !vb_response_set_evidence (response, c->new_evidence, error)))
        {
          vb_project_cancel_edit (self->project);
          return FALSE;
        }
    }
  return vb_project_end_edit (self->project, error);
}
