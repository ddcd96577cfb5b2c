/* vb-ticket-import.c — a help-desk export summed per week and channel
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the rows: the header picks the preset and the columns,
 * each ticket lands in its week × channel cell. The team's time zone is
 * asked once per distinct day (a small cache of offsets), not per ticket.
 * The first-response durations are kept per cell and sorted once at the
 * end, so the median and p90 are exact nearest-rank percentiles.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "vb-csv-reader.h"
#include "vb-error.h"
#include "vb-xlsx-reader.h"
#include "private/vb-ticket-private.h"

void
vb_ticket_options_init (VbTicketOptions *options)
{
  memset (options, 0, sizeof *options);
  options->preset = VB_TICKET_PRESET_AUTO;
  options->max_field_bytes = 10 * 1000 * 1000;
  options->duration_unit = -1;
}

/* ── Time zone ─────────────────────────────────────────────────────── */

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && ((a < 0) != (b < 0)));
}

static gint32
offset_at (GTimeZone *tz,
           GTimeType  type,
           gint64     t)
{
  gint64 time = t;
  int interval = type == G_TIME_TYPE_UNIVERSAL
                 ? g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, time)
                 : g_time_zone_adjust_time (tz, G_TIME_TYPE_STANDARD, &time);

  return interval < 0 ? 0 : g_time_zone_get_offset (tz, interval);
}

/* Local civil seconds to Unix seconds */
static gint64
local_to_utc (VbTicketState  *state,
              gint64  local)
{
  gint64 day = floor_div (local, 86400);
  VbTicketDayOffset *entry = &state->local_days[day & (VB_TICKET_DAY_CACHE - 1)];

  if (state->tz == NULL)
    return local;
  if (entry->day != day)
    {
      entry->day = day;
      entry->offset_start = offset_at (state->tz, G_TIME_TYPE_STANDARD, day * 86400);
      entry->offset_end = offset_at (state->tz, G_TIME_TYPE_STANDARD, day * 86400 + 86399);
    }
  if (entry->offset_start == entry->offset_end)
    return local - entry->offset_start;
  /* a day with a clock change: asked for this very time */
  return local - offset_at (state->tz, G_TIME_TYPE_STANDARD, local);
}

static gint64
utc_to_local (VbTicketState  *state,
              gint64  utc)
{
  gint64 day = floor_div (utc, 86400);
  VbTicketDayOffset *entry = &state->utc_days[day & (VB_TICKET_DAY_CACHE - 1)];

  if (state->tz == NULL)
    return utc;
  if (entry->day != day)
    {
      entry->day = day;
      entry->offset_start = offset_at (state->tz, G_TIME_TYPE_UNIVERSAL, day * 86400);
      entry->offset_end = offset_at (state->tz, G_TIME_TYPE_UNIVERSAL, day * 86400 + 86399);
    }
  if (entry->offset_start == entry->offset_end)
    return utc + entry->offset_start;
  return utc + offset_at (state->tz, G_TIME_TYPE_UNIVERSAL, utc);
}

/* ── Errors ────────────────────────────────────────────────────────── */

static void G_GNUC_PRINTF (3, 4)
add_error (VbTicketState      *state,
           guint       line,
           const char *format,
           ...)
{
  va_list args;
  g_autofree char *message = NULL;

  state->n_errors++;
  if (state->n_errors > VB_TICKET_MAX_LISTED_ERRORS)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: a line of the file, then what is wrong with it */
  g_string_append_printf (state->errors, _("line %'u: %s\n"), line, message);
}

static char *
cell_text (const VbTicketCell *cell)
{
  return g_utf8_make_valid (cell->text, MIN (cell->length, 80));
}

/* ── The header ────────────────────────────────────────────────────── */

static char *
make_header_key (char **folded,
                 guint  n)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < n; i++)
    {
      g_checksum_update (sum, (const guchar *) folded[i], strlen (folded[i]));
      g_checksum_update (sum, (const guchar *) "\x1f", 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static const char *
field_label (VbTicketField field)
{
  static const char *const labels[VB_TICKET_N_FIELDS] = {
    N_("ticket number"), N_("creation date"), N_("first reply date"), N_("resolution date"),
    N_("first reply time"), N_("resolution time"), N_("channel"), N_("escalation"),
    N_("reopens"), N_("satisfaction"),
  };

  return _(labels[field]);
}

/* TRUE when the row is the header (or an error was set) */
static gboolean
read_header (VbTicketState              *state,
             const VbTicketCell *cells,
             guint               n_cells,
             guint               line,
             gboolean           *is_header,
             GError            **error)
{
  g_autoptr (GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  VbTicketPreset preset = state->options->preset;
  g_autoptr (GString) missing = g_string_new (NULL);

  *is_header = FALSE;
  for (guint i = 0; i < n_cells; i++)
    {
      if (!g_utf8_validate (cells[i].text, cells[i].length, NULL))
        {
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_ENCODING,
                       _("The file is not in UTF-8 (it looks like an export in a Windows or "
                         "Latin-1 encoding). Export it again as UTF-8 (or UTF-16 with a "
                         "byte-order mark)."));
          return FALSE;
        }
      g_ptr_array_add (folded, vb_ticket_fold (cells[i].text, cells[i].length));
    }
  g_ptr_array_add (folded, NULL);

  state->remembered = FALSE;
  if (state->options->mapping != NULL)
    {
      state->mapping = NULL;
      preset = vb_ticket_mapping_get_preset (state->options->mapping);
    }
  else if (state->options->remembered != NULL)
    {
      /* read as the user mapped this header before */
      g_autofree char *key = make_header_key ((char **) folded->pdata, n_cells);
      const VbTicketMapping *known = g_hash_table_lookup (state->options->remembered, key);

      if (known != NULL)
        {
          g_clear_pointer (&state->mapping, vb_ticket_mapping_free);
          state->mapping = vb_ticket_mapping_copy (known);
          state->remembered = TRUE;
          preset = known->preset;
        }
    }
  if (state->options->mapping == NULL && !state->remembered && preset == VB_TICKET_PRESET_AUTO)
    preset = vb_ticket_preset_detect ((const char *const *) folded->pdata, n_cells);

  if (state->options->mapping == NULL && !state->remembered)
    {
      if (preset == VB_TICKET_PRESET_MAPPED)
        {
          /* an XLSX report may have a title first: try the next rows */
          if (state->from_sheet && line < VB_TICKET_MAX_HEADER_ROW)
            return TRUE;
          g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                       _("This export is not one the app recognises (Zendesk, Freshdesk, Zammad, "
                         "osTicket). Say which column holds what: at least the creation date."));
          return FALSE;
        }
      state->mapping = vb_ticket_mapping_new_preset (preset);
      vb_ticket_mapping_set_business_hours (state->mapping, state->options->business_hours);
      if (state->options->duration_unit >= 0)
        vb_ticket_mapping_set_duration_unit (state->mapping, state->options->duration_unit);
    }
  {
    const VbTicketMapping *mapping = state->mapping ? state->mapping : state->options->mapping;

    if (state->from_sheet && state->options->preset == VB_TICKET_PRESET_AUTO
        && state->options->mapping != NULL && line < VB_TICKET_MAX_HEADER_ROW)
      {
        /* a mapped XLSX: the header is the first row naming the creation date */
        GPtrArray *names = mapping->columns[VB_TICKET_FIELD_CREATED];
        gboolean found = FALSE;

        for (guint n = 0; n < names->len && !found; n++)
          for (guint i = 0; i < n_cells && !found; i++)
            found = strcmp (g_ptr_array_index (folded, i), g_ptr_array_index (names, n)) == 0;
        if (!found)
          return TRUE;
      }
    if (mapping->columns[VB_TICKET_FIELD_CREATED]->len == 0)
      {
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                     _("Say which column holds the date each ticket was created: without it no "
                       "ticket can go into a week."));
        return FALSE;
      }
    for (guint f = 0; f < VB_TICKET_N_FIELDS; f++)
      {
        GPtrArray *names = mapping->columns[f];

        state->column[f] = -1;
        for (guint n = 0; n < names->len && state->column[f] < 0; n++)
          for (guint i = 0; i < n_cells; i++)
            if (strcmp (g_ptr_array_index (folded, i), g_ptr_array_index (names, n)) == 0)
              {
                state->column[f] = i;
                break;
              }
        if (names->len > 0 && state->column[f] < 0)
          g_string_append_printf (missing, "%s“%s” (%s)", missing->len ? ", " : "",
                                  (const char *) g_ptr_array_index (mapping->labels[f], 0), field_label (f));
      }
    if (missing->len > 0)
      {
        /* an XLSX report's title rows come before its header */
        if (state->from_sheet && line < VB_TICKET_MAX_HEADER_ROW)
          {
            g_clear_pointer (&state->mapping, vb_ticket_mapping_free);
            return TRUE;
          }
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                     _("The export has no column %s. Export it again with the column, or say "
                       "which column holds it."), missing->str);
        return FALSE;
      }
    if (mapping->business_hours && state->column[VB_TICKET_FIELD_FIRST_RESPONSE_DURATION] < 0
        && state->column[VB_TICKET_FIELD_RESOLUTION_DURATION] < 0)
      {
        g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_MISSING,
                     _("Business hours were asked for, but no column gives a first reply or "
                       "resolution time: dates alone give calendar time."));
        return FALSE;
      }
  }
  state->header_key = make_header_key ((char **) folded->pdata, n_cells);
  *is_header = TRUE;
  state->header_done = TRUE;
  return TRUE;
}

/* ── A ticket ──────────────────────────────────────────────────────── */

const VbTicketMapping *
vb_ticket_state_mapping (VbTicketState *state)
{
  return state->mapping ? state->mapping : state->options->mapping;
}

static gboolean
lookup_channel (VbTicketState              *state,
                const VbTicketCell *cell,
                VbChannel          *channel,
                guint               line)
{
  const VbTicketMapping *mapping = vb_ticket_state_mapping (state);
  VbTicketWordCache *slot;

  for (guint i = 0; i < VB_TICKET_WORD_CACHE; i++)
    if (state->words[i].raw != NULL && state->words[i].length == cell->length
        && memcmp (state->words[i].raw, cell->text, cell->length) == 0)
      {
        *channel = state->words[i].channel;
        return TRUE;
      }
  if (!g_utf8_validate (cell->text, cell->length, NULL))
    {
      add_error (state, line, _("the channel is not UTF-8 text: the file is in another encoding "
                                "(export it again as UTF-8)"));
      return FALSE;
    }
  if (!vb_ticket_mapping_lookup_channel (mapping, cell->text, cell->length, channel))
    {
      *channel = VB_CHANNEL_OTHER;
      if (cell->length > 0 && g_hash_table_size (state->unknown_words) < 20)
        g_hash_table_add (state->unknown_words, vb_ticket_fold (cell->text, cell->length));
    }
  slot = &state->words[state->next_word++ % VB_TICKET_WORD_CACHE];
  g_free (slot->raw);
  slot->raw = g_memdup2 (cell->text, cell->length ? cell->length : 1);
  slot->length = cell->length;
  slot->channel = *channel;
  return TRUE;
}

static VbTicketCellSum *
find_cell (VbTicketState     *state,
           gint64     week_day,
           VbChannel  channel,
           guint      line)
{
  gpointer found;
  gint *row;

  if (week_day == state->last_week_day && state->last_row > 0)
    found = GUINT_TO_POINTER (state->last_row);
  else
    found = g_hash_table_lookup (state->week_rows, GSIZE_TO_POINTER ((gsize) week_day));
  if (found == NULL)
    {
      gint empty[VB_CHANNEL_OTHER + 1] = { 0 };

      if (state->rows->len / (VB_CHANNEL_OTHER + 1) >= VB_TICKET_MAX_WEEKS)
        {
          add_error (state, line, _("the tickets span more than ten years of weeks: is this date right?"));
          return NULL;
        }
      g_array_append_vals (state->rows, empty, VB_CHANNEL_OTHER + 1);
      found = GUINT_TO_POINTER (state->rows->len / (VB_CHANNEL_OTHER + 1));
      g_hash_table_insert (state->week_rows, GSIZE_TO_POINTER ((gsize) week_day), found);
    }
  state->last_week_day = week_day;
  state->last_row = GPOINTER_TO_UINT (found);
  row = &g_array_index (state->rows, gint, (GPOINTER_TO_UINT (found) - 1) * (VB_CHANNEL_OTHER + 1));
  if (row[channel] == 0)
    {
      VbTicketCellSum cell = { 0 };

      cell.week.week_start = local_to_utc (state, week_day * 86400);
      cell.week.channel = channel;
      cell.first_responses = g_array_new (FALSE, FALSE, sizeof (double));
      g_array_append_val (state->cells, cell);
      row[channel] = state->cells->len;
    }
  return &g_array_index (state->cells, VbTicketCellSum, row[channel] - 1);
}

static const VbTicketCell *
field (const VbTicketCell *cells,
       guint               n_cells,
       VbTicketState              *state,
       VbTicketField       f)
{
  static const VbTicketCell empty = { "", 0 };
  int c = state->column[f];

  if (c < 0 || (guint) c >= n_cells)
    return &empty;
  return &cells[c];
}

static gboolean
is_blank (const VbTicketCell *cell)
{
  for (gsize i = 0; i < cell->length; i++)
    if (cell->text[i] != ' ' && cell->text[i] != '\t' && cell->text[i] != '\r')
      return FALSE;
  return TRUE;
}

/* Unix seconds of a date cell; FALSE (an error added) when it is no date */
static gboolean
read_time (VbTicketState              *state,
           const VbTicketCell *cell,
           guint               line,
           gint64             *utc,
           gint64             *local)
{
  VbTicketTime t;

  if (!vb_ticket_parse_time (cell->text, cell->length, vb_ticket_state_mapping (state)->month_first,
                             state->from_sheet, &t))
    {
      g_autofree char *text = cell_text (cell);

      add_error (state, line, _("the date “%s” is not a date"), text);
      return FALSE;
    }
  if (t.has_offset)
    {
      *utc = t.seconds;
      if (local)
        *local = utc_to_local (state, t.seconds);
    }
  else
    {
      *utc = local_to_utc (state, t.seconds);
      if (local)
        *local = t.seconds;
    }
  return TRUE;
}

static gboolean
read_duration (VbTicketState              *state,
               const VbTicketCell *cell,
               guint               line,
               double             *seconds)
{
  if (!vb_ticket_parse_duration (cell->text, cell->length, vb_ticket_state_mapping (state)->unit, seconds))
    {
      g_autofree char *text = cell_text (cell);

      add_error (state, line, _("“%s” is not a duration"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_yes (VbTicketState              *state,
          const VbTicketCell *cell,
          guint               above,
          gboolean            tags_ok,
          gboolean           *yes)
{
  guint64 count;

  if (vb_ticket_parse_count (cell->text, cell->length, &count))
    return *yes = count > above, TRUE;
  if (vb_ticket_parse_flag (cell->text, cell->length, yes))
    return TRUE;
  if (tags_ok)
    {
      /* a tag list: "vip, escalated" */
      g_autofree char *folded = vb_ticket_fold (cell->text, cell->length);

      *yes = strstr (folded, "escalat") != NULL || strstr (folded, "eskalier") != NULL;
      return TRUE;
    }
  (void) state;
  return FALSE;
}

/* `text` starts with `word`, ignoring ASCII case */
static gboolean
starts_with (const char *text,
             gsize       length,
             const char *word)
{
  gsize n = strlen (word);

  return length >= n && g_ascii_tolower (*text) == word[0] && g_ascii_strncasecmp (text, word, n) == 0;
}

static void
read_satisfaction (VbTicketCellSum    *cell,
                   const VbTicketCell *value)
{
  static const char *const good[] = { "good", "satisfied", "happy", "extremely happy", "positive" };
  static const char *const bad[] = { "bad", "unsatisfied", "unhappy", "extremely unhappy", "negative" };
  static const char *const neutral[] = { "neutral", "okay" };
  const char *text = value->text;
  gsize length = value->length;
  guint64 n;

  if (vb_ticket_parse_count (text, length, &n))
    {
      if (n <= 10)
        cell->ratings[n]++;
      return;
    }
  while (length > 0 && (*text == ' ' || *text == '\''))
    text++, length--;
  if (length == 0)
    return;
  /* "Good, I'm satisfied", as Zendesk words it in newer exports */
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (starts_with (text, length, good[i]))
      {
        cell->week.survey_answers++;
        cell->week.satisfied++;
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (starts_with (text, length, bad[i]))
      {
        cell->week.survey_answers++;
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (neutral); i++)
    if (starts_with (text, length, neutral[i]))
      {
        cell->week.survey_answers++;
        return;
      }
  /* offered, unoffered, empty: no answer */
}

gboolean
vb_ticket_row (const VbTicketCell *cells,
            guint               n_cells,
            guint               line,
            gpointer            user_data,
            GError            **error)
{
  VbTicketState *state = user_data;
  const VbTicketMapping *mapping;
  const VbTicketCell *c;
  gint64 created, created_local, day, week_day, t;
  VbChannel channel = VB_CHANNEL_OTHER;
  VbTicketCellSum *cell;
  double first = NAN, resolution = NAN;
  gboolean resolved = FALSE, reopened = FALSE, escalated = FALSE, ok = TRUE;
  guint64 errors_before = state->n_errors;

  if (!state->header_done)
    {
      gboolean is_header;

      if (!read_header (state, cells, n_cells, line, &is_header, error))
        return FALSE;
      return TRUE;
    }
  mapping = vb_ticket_state_mapping (state);

  c = field (cells, n_cells, state, VB_TICKET_FIELD_CREATED);
  if (is_blank (c))
    {
      /* a row of nothing (a spreadsheet's footer) is no ticket */
      gboolean any = FALSE;

      for (guint i = 0; i < n_cells && !any; i++)
        any = !is_blank (&cells[i]);
      if (!any || state->from_sheet)
        return TRUE;
      add_error (state, line, _("the ticket has no creation date"));
      return TRUE;
    }
  if (!read_time (state, c, line, &created, &created_local))
    return TRUE;

  if (state->column[VB_TICKET_FIELD_CHANNEL] >= 0)
    ok &= lookup_channel (state, field (cells, n_cells, state, VB_TICKET_FIELD_CHANNEL), &channel, line);

  c = field (cells, n_cells, state, VB_TICKET_FIELD_FIRST_RESPONSE_DURATION);
  if (!is_blank (c))
    ok &= read_duration (state, c, line, &first);
  c = field (cells, n_cells, state, VB_TICKET_FIELD_FIRST_RESPONSE);
  if (!is_blank (c) && read_time (state, c, line, &t, NULL) && isnan (first) && !mapping->business_hours)
    first = (double) (t - created);

  c = field (cells, n_cells, state, VB_TICKET_FIELD_RESOLUTION_DURATION);
  if (!is_blank (c) && read_duration (state, c, line, &resolution))
    resolved = TRUE;
  c = field (cells, n_cells, state, VB_TICKET_FIELD_RESOLVED);
  if (!is_blank (c) && read_time (state, c, line, &t, NULL))
    {
      resolved = TRUE;
      if (isnan (resolution) && !mapping->business_hours)
        resolution = (double) (t - created);
    }

  c = field (cells, n_cells, state, VB_TICKET_FIELD_REOPENED);
  if (!is_blank (c) && !read_yes (state, c, 0, FALSE, &reopened))
    {
      g_autofree char *text = cell_text (c);

      add_error (state, line, _("“%s” is neither a number of reopens nor yes or no"), text);
    }
  c = field (cells, n_cells, state, VB_TICKET_FIELD_ESCALATED);
  if (!is_blank (c))
    read_yes (state, c, mapping->escalation_above, TRUE, &escalated);

  if (!ok || state->n_errors > errors_before)
    return TRUE;

  day = floor_div (created_local, 86400);
  /* 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays */
  week_day = day - (((day + 3) % 7) + 7) % 7;
  cell = find_cell (state, week_day, channel, line);
  if (cell == NULL)
    return TRUE;

  if ((!isnan (first) && first < 0) || (!isnan (resolution) && resolution < 0))
    {
      /* a reply before the ticket: the clock of the export, not the team */
      state->backwards++;
      first = first < 0 ? NAN : first;
      resolution = resolution < 0 ? NAN : resolution;
    }
  state->n_tickets++;
  cell->week.tickets++;
  if (!isnan (first))
    {
      cell->week.first_responses++;
      cell->week.first_response_sum += first;
      g_array_append_val (cell->first_responses, first);
    }
  if (resolved)
    {
      cell->week.resolved++;
      if (!reopened)
        cell->week.resolved_without_reopen++;
      if (!isnan (resolution))
        {
          cell->resolutions++;
          cell->week.resolutions++;
          cell->week.resolution_sum += resolution;
        }
    }
  if (escalated)
    cell->week.escalated++;
  c = field (cells, n_cells, state, VB_TICKET_FIELD_SATISFACTION);
  if (!is_blank (c))
    read_satisfaction (cell, c);
  return TRUE;
}

/* ── The result ────────────────────────────────────────────────────── */

/* The value of rank k + 1 (0-based k) of values[0 … n − 1], which it
 * reorders so that values[0 … k] are the k + 1 smallest: a quickselect,
 * O(n) on average, instead of sorting every week's durations */
static double
select_nth (double *values,
            gsize   n,
            gsize   k)
{
  gsize lo = 0, hi = n - 1;

  while (lo < hi)
    {
      /* the median of three as the pivot */
      gsize mid = lo + (hi - lo) / 2;
      double a = values[lo], b = values[mid], c = values[hi];
      double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
      gsize i = lo, j = hi;

      while (i <= j)
        {
          while (values[i] < pivot)
            i++;
          while (values[j] > pivot)
            j--;
          if (i <= j)
            {
              double t = values[i];

              values[i] = values[j];
              values[j] = t;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (k <= j)
        hi = j;
      else if (k >= i)
        lo = i;
      else
        break;
    }
  return values[k];
}

static int
compare_week (gconstpointer a,
              gconstpointer b)
{
  const VbTicketWeek *x = a, *y = b;

  if (x->week_start != y->week_start)
    return x->week_start < y->week_start ? -1 : 1;
  return (int) x->channel - (int) y->channel;
}

static int
compare_string (gconstpointer a,
                gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static double
ratio (guint64 part,
       guint64 whole)
{
  return whole ? 100.0 * (double) part / (double) whole : NAN;
}

VbTicketImport *
vb_ticket_finish (VbTicketState *state)
{
  VbTicketImport *self = g_new0 (VbTicketImport, 1);
  gboolean ten_point = FALSE;

  /* one scale for the whole file: a 0 or anything above 5 means 0–10 */
  for (guint i = 0; i < state->cells->len; i++)
    {
      VbTicketCellSum *cell = &g_array_index (state->cells, VbTicketCellSum, i);

      for (guint r = 6; r <= 10; r++)
        ten_point |= cell->ratings[r] > 0;
      ten_point |= cell->ratings[0] > 0;
    }

  self->preset = vb_ticket_mapping_get_preset (vb_ticket_state_mapping (state));
  self->header_key = g_steal_pointer (&state->header_key);
  self->remembered = state->remembered;
  self->given_mapping = state->options->mapping ? vb_ticket_mapping_copy (state->options->mapping) : NULL;
  self->business_hours = vb_ticket_state_mapping (state)->business_hours;
  self->n_tickets = state->n_tickets;
  self->tz = state->tz ? g_time_zone_ref (state->tz) : g_time_zone_new_utc ();
  self->weeks = g_array_sized_new (FALSE, FALSE, sizeof (VbTicketWeek), state->cells->len);
  self->warnings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < state->cells->len; i++)
    {
      VbTicketCellSum *cell = &g_array_index (state->cells, VbTicketCellSum, i);
      VbTicketWeek *w = &cell->week;
      double *d = (double *) cell->first_responses->data;
      gsize n = cell->first_responses->len;

      for (guint r = 0; r <= 10; r++)
        {
          w->survey_answers += cell->ratings[r];
          if (ten_point)
            {
              w->satisfied += r >= 9 ? cell->ratings[r] : 0;
              w->promoters += r >= 9 ? cell->ratings[r] : 0;
              w->passives += (r == 7 || r == 8) ? cell->ratings[r] : 0;
              w->detractors += r <= 6 ? cell->ratings[r] : 0;
            }
          else
            w->satisfied += r >= 4 ? cell->ratings[r] : 0;
        }
      if (n > 0)
        {
          gsize median = vb_kpi_nearest_rank (n, 0.5) - 1, p90 = vb_kpi_nearest_rank (n, 0.9) - 1;

          /* the p90 first, then the median among the values below it */
          w->first_response_p90 = select_nth (d, n, p90);
          w->first_response_median = select_nth (d, p90 + 1, median);
        }
      else
        w->first_response_median = w->first_response_p90 = NAN;
      w->resolution_mean = cell->resolutions ? w->resolution_sum / (double) cell->resolutions : NAN;
      w->fcr_proxy = ratio (w->resolved_without_reopen, w->resolved);
      w->escalation_rate = state->column[VB_TICKET_FIELD_ESCALATED] >= 0
                           ? ratio (w->escalated, w->tickets) : NAN;
      w->csat = ratio (w->satisfied, w->survey_answers);
      g_array_append_val (self->weeks, *w);
    }
  g_array_sort (self->weeks, compare_week);

  if (self->business_hours)
    g_ptr_array_add (self->warnings,
                     g_strdup (_("First reply and resolution times are in business hours: compare "
                                 "them only with SLAs measured in business hours.")));
  if (state->column[VB_TICKET_FIELD_RESOLVED] >= 0
      || state->column[VB_TICKET_FIELD_RESOLUTION_DURATION] >= 0)
    g_ptr_array_add (self->warnings,
                     g_strdup (_("First contact resolution is estimated from ticket data (solved "
                                 "without a reopen ÷ solved): a proxy, not a survey of customers.")));
  if (state->backwards > 0)
    g_ptr_array_add (self->warnings,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%'lu ticket has a reply or resolution "
                                                   "before its creation: that time is left out.",
                                                   "%'lu tickets have a reply or resolution "
                                                   "before their creation: those times are left out.",
                                                   state->backwards), (gulong) state->backwards));
  if (g_hash_table_size (state->unknown_words) > 0)
    {
      g_autofree const char **words = (const char **) g_hash_table_get_keys_as_array (state->unknown_words, NULL);
      g_autofree char *list = NULL;

      qsort (words, g_hash_table_size (state->unknown_words), sizeof (char *), compare_string);
      list = g_strjoinv (", ", (char **) words);
      g_ptr_array_add (self->warnings,
                       g_strdup_printf (_("These channels are not known and count as “other”: %s."), list));
    }
  g_ptr_array_add (self->warnings, NULL);
  return self;
}

