/* vb-ticket-parse.c — ticket exports split and read in place
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A million-ticket export is 150 MB: a copy or a GDateTime per field
 * would cost as much again as reading it. Records are split where the
 * bytes lie (only a quoted field with doubled quotes is copied, into one
 * reused buffer), and dates, numbers and durations are read from the
 * bytes without a copy.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "vb-error.h"
#include "private/vb-ticket-private.h"

gint64
vb_ticket_days_from_civil (gint64 year,
                           guint  month,
                           guint  day)
{
  /* days since 1970-01-01 in the proleptic Gregorian calendar */
  gint64 y = year - (month <= 2);
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

static guint
days_in_month (gint64 year,
               guint  month)
{
  static const guint8 days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
    return 29;
  return days[month - 1];
}

/* Up to `max` digits at *p; the number of digits read */
static guint
read_digits (const char **p,
             const char  *end,
             guint        max,
             guint       *value)
{
  guint n = 0, v = 0;

  while (*p < end && n < max && g_ascii_isdigit (**p))
    {
      v = v * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  *value = v;
  return n;
}

static void
trim (const char **text,
      const char **end)
{
  while (*text < *end && (**text == ' ' || **text == '\t'))
    (*text)++;
  while (*end > *text && ((*end)[-1] == ' ' || (*end)[-1] == '\t' || (*end)[-1] == '\r'))
    (*end)--;
  /* a spreadsheet's escape of a leading = - + @ */
  if (*text < *end && **text == '\'')
    (*text)++;
}

static gboolean
read_clock (const char  **p,
            const char   *end,
            gint64       *seconds)
{
  guint h, m, s = 0;

  if (read_digits (p, end, 2, &h) == 0 || *p >= end || **p != ':')
    return FALSE;
  (*p)++;
  if (read_digits (p, end, 2, &m) != 2)
    return FALSE;
  if (*p < end && **p == ':')
    {
      (*p)++;
      if (read_digits (p, end, 2, &s) != 2)
        return FALSE;
      /* fractions of a second are dropped */
      if (*p < end && (**p == '.' || **p == ','))
        {
          (*p)++;
          while (*p < end && g_ascii_isdigit (**p))
            (*p)++;
        }
    }
  while (*p < end && **p == ' ')
    (*p)++;
  if (end - *p >= 2 && (g_ascii_toupper ((*p)[1]) == 'M')
      && (g_ascii_toupper (**p) == 'A' || g_ascii_toupper (**p) == 'P'))
    {
      if (h == 0 || h > 12)
        return FALSE;
      h = h % 12 + (g_ascii_toupper (**p) == 'P' ? 12 : 0);
      *p += 2;
    }
  if (h > 23 || m > 59 || s > 60)
    return FALSE;
  *seconds = h * 3600 + m * 60 + MIN (s, 59);
  return TRUE;
}

gboolean
vb_ticket_parse_time (const char   *text,
                      gsize         length,
                      gboolean      month_first,
                      gboolean      serial_ok,
                      VbTicketTime *time)
{
  const char *p = text, *end = text + length;
  guint a, b, c, na, nb, nc;
  guint year, month, day;
  gint64 clock = 0;

  trim (&p, &end);
  time->has_offset = FALSE;
  na = read_digits (&p, end, 5, &a);
  if (na == 0)
    return FALSE;
  if (serial_ok && (p == end || *p == '.'))
    {
      /* an Excel serial day number: days since 1899-12-30, local time */
      double serial = g_ascii_strtod (text, NULL);

      if (serial < 1 || serial > 2958465)
        return FALSE;
      time->seconds = (gint64) ((serial - 25569.0) * 86400.0 + 0.5);
      return TRUE;
    }
  if (na == 4 && p < end && (*p == '-' || *p == '/'))
    {
      char sep = *p++;

      year = a;
      if ((nb = read_digits (&p, end, 2, &b)) == 0 || p >= end || *p++ != sep
          || (nc = read_digits (&p, end, 2, &c)) == 0)
        return FALSE;
      month = b;
      day = c;
    }
  else if (na <= 2 && p < end && (*p == '.' || *p == '/' || *p == '-'))
    {
      char sep = *p++;

      if ((nb = read_digits (&p, end, 2, &b)) == 0 || p >= end || *p++ != sep
          || ((nc = read_digits (&p, end, 4, &c)) != 4 && nc != 2))
        return FALSE;
      /* 3/2/26: a two-digit year is this century's */
      year = nc == 2 ? 2000 + c : c;
      day = (sep == '/' && month_first) ? b : a;
      month = (sep == '/' && month_first) ? a : b;
    }
  else
    return FALSE;
  if (year < 1900 || year > 9999 || month < 1 || month > 12
      || day < 1 || day > days_in_month (year, month))
    return FALSE;

  if (p < end && (*p == 'T' || *p == ' ' || *p == ','))
    {
      while (p < end && (*p == 'T' || *p == ' ' || *p == ','))
        p++;
      if (!read_clock (&p, end, &clock))
        return FALSE;
    }
  time->seconds = vb_ticket_days_from_civil (year, month, day) * 86400 + clock;
  while (p < end && *p == ' ')
    p++;
  if (p < end && (*p == 'Z' || *p == 'z'))
    {
      time->has_offset = TRUE;
      p++;
    }
  else if (p < end && (*p == '+' || *p == '-'))
    {
      int sign = *p++ == '-' ? -1 : 1;
      guint oh, om = 0;

      if (read_digits (&p, end, 2, &oh) != 2)
        return FALSE;
      if (p < end && *p == ':')
        p++;
      if (p < end && read_digits (&p, end, 2, &om) != 2)
        return FALSE;
      if (oh > 18 || om > 59)
        return FALSE;
      time->seconds -= sign * (gint64) (oh * 3600 + om * 60);
      time->has_offset = TRUE;
    }
  else if (end - p == 3 && g_ascii_strncasecmp (p, "UTC", 3) == 0)
    {
      time->has_offset = TRUE;
      p += 3;
    }
  return p == end;
}

gboolean
vb_ticket_parse_duration (const char          *text,
                          gsize                length,
                          VbTicketDurationUnit unit,
                          double              *seconds)
{
  const char *p = text, *end = text + length;
  const char *colon;
  double whole = 0, frac = 0, scale = 1;
  gboolean digits = FALSE;

  trim (&p, &end);
  colon = memchr (p, ':', end - p);
  if (colon != NULL || unit == VB_TICKET_DURATION_HMS)
    {
      guint h = 0, m = 0, s = 0;

      /* hours may run past 24 (and past two digits) */
      if (read_digits (&p, end, 7, &h) == 0)
        return FALSE;
      if (p == end && unit != VB_TICKET_DURATION_HMS)
        return FALSE;
      if (p < end)
        {
          if (*p++ != ':' || read_digits (&p, end, 2, &m) != 2 || m > 59)
            return FALSE;
          if (p < end && (*p++ != ':' || read_digits (&p, end, 2, &s) != 2 || s > 59))
            return FALSE;
        }
      if (p != end)
        return FALSE;
      *seconds = h * 3600.0 + m * 60.0 + s;
      return TRUE;
    }
  while (p < end && g_ascii_isdigit (*p))
    {
      whole = whole * 10 + (*p++ - '0');
      digits = TRUE;
    }
  if (p < end && (*p == '.' || *p == ','))
    {
      p++;
      while (p < end && g_ascii_isdigit (*p))
        {
          scale /= 10;
          frac += (*p++ - '0') * scale;
          digits = TRUE;
        }
    }
  if (!digits || p != end)
    return FALSE;
  *seconds = (whole + frac) * (unit == VB_TICKET_DURATION_HOURS ? 3600.0 : 60.0);
  return TRUE;
}

gboolean
vb_ticket_parse_count (const char *text,
                       gsize       length,
                       guint64    *count)
{
  const char *p = text, *end = text + length;
  guint64 v = 0;

  trim (&p, &end);
  if (p == end || end - p > 18)
    return FALSE;
  for (; p < end; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      v = v * 10 + (*p - '0');
    }
  *count = v;
  return TRUE;
}

typedef struct {
  const char *word;
  guint8      length;
  gboolean    yes;
} FlagWord;

#define FLAG(w, y) { w, sizeof (w) - 1, y }

gboolean
vb_ticket_parse_flag (const char *text,
                      gsize       length,
                      gboolean   *flag)
{
  static const FlagWord words[] = {
    FLAG ("yes", TRUE), FLAG ("true", TRUE), FLAG ("y", TRUE), FLAG ("x", TRUE), FLAG ("ja", TRUE),
    FLAG ("oui", TRUE), FLAG ("sí", TRUE), FLAG ("si", TRUE), FLAG ("wahr", TRUE), FLAG ("vrai", TRUE),
    FLAG ("no", FALSE), FLAG ("false", FALSE), FLAG ("n", FALSE), FLAG ("nein", FALSE), FLAG ("non", FALSE),
    FLAG ("falsch", FALSE), FLAG ("faux", FALSE),
  };
  const char *p = text, *end = text + length;
  gsize n;

  trim (&p, &end);
  n = end - p;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (words[i].length == n && g_ascii_tolower (*p) == words[i].word[0]
        && g_ascii_strncasecmp (p, words[i].word, n) == 0)
      {
        *flag = words[i].yes;
        return TRUE;
      }
  return FALSE;
}

/* ── Splitting ──────────────────────────────────────────────────────── */

static char
find_delimiter (const char *p,
                const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == '\t')
        tabs++;
    }
  if (tabs > commas && tabs > semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

static gboolean
too_large (guint    line,
           gsize    max,
           GError **error)
{
  g_autofree char *size = g_format_size_full (max, G_FORMAT_SIZE_DEFAULT);

  g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_TOO_LARGE,
               _("Line %'u holds a value larger than %s: this is not a ticket export a help desk "
                 "writes (or a quote is missing)."), line, size);
  return FALSE;
}

gboolean
vb_ticket_csv_split (const char      *data,
                     gsize            size,
                     gsize            max_field_bytes,
                     gboolean         release,
                     VbTicketRowFunc  func,
                     gpointer         user_data,
                     GError         **error)
{
  const char *p = data, *end = data + size;
  g_autoptr (GArray) cells = g_array_sized_new (FALSE, FALSE, sizeof (VbTicketCell), 32);
  g_autoptr (GString) scratch = g_string_new (NULL);
  /* offsets of the cells that live in scratch (it may move as it grows) */
  g_autoptr (GArray) in_scratch = g_array_new (FALSE, FALSE, sizeof (guint));
  guint line = 1;
  char delimiter;
  gsize released = 0;
  guint n_allocated = 0;
  guint8 stop[256];
#ifdef G_OS_UNIX
  gsize page = (gsize) sysconf (_SC_PAGESIZE);

  if (release)
    madvise ((void *) data, size, MADV_SEQUENTIAL);
#endif

  if (size >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  delimiter = find_delimiter (p, end);
  /* the bytes that end an unquoted value: one look-up a byte */
  memset (stop, 0, sizeof stop);
  stop[(guchar) delimiter] = stop['\n'] = stop['\r'] = TRUE;

  while (p < end)
    {
      guint record_line = line;

#if defined (G_OS_UNIX) && defined (MADV_DONTNEED)
      /* every 16 MB, the pages read so far leave the process (the file
       * stays in the page cache) */
      if (release && (gsize) (p - data) - released >= 16 * 1024 * 1024)
        {
          gsize upto = ((gsize) (p - data)) & ~(page - 1);

          madvise ((void *) (data + released), upto - released, MADV_DONTNEED);
          released = upto;
        }
#else
      (void) released;
#endif
      cells->len = 0;
      if (in_scratch->len > 0)
        g_array_set_size (in_scratch, 0);
      g_string_truncate (scratch, 0);
      for (;;)
        {
          VbTicketCell cell;

          if (p < end && *p == '"')
            {
              const char *start = ++p;
              gboolean copied = FALSE;
              gsize offset = scratch->len;

              for (;;)
                {
                  const char *q = memchr (p, '"', end - p);

                  if (q == NULL)
                    {
                      g_set_error (error, VB_IMPORT_ERROR, VB_IMPORT_ERROR_SYNTAX,
                                   _("Line %'u opens a quoted value that never ends: the file is cut "
                                     "short or a quote is missing."), record_line);
                      return FALSE;
                    }
                  for (const char *n = p; n < q; n++)
                    line += *n == '\n';
                  if (q + 1 < end && q[1] == '"')
                    {
                      /* a doubled quote: the value is copied, without one of them */
                      if (!copied)
                        copied = TRUE;
                      g_string_append_len (scratch, p, q + 1 - p);
                      p = q + 2;
                    }
                  else
                    {
                      if (copied)
                        g_string_append_len (scratch, p, q - p);
                      cell.text = start;
                      cell.length = q - start;
                      p = q + 1;
                      break;
                    }
                  if ((gsize) (p - start) > max_field_bytes)
                    return too_large (record_line, max_field_bytes, error);
                }
              if (copied)
                {
                  guint index = cells->len;

                  cell.length = scratch->len - offset;
                  cell.text = GSIZE_TO_POINTER (offset);
                  g_array_append_val (in_scratch, index);
                }
              /* anything between the closing quote and the delimiter is kept out */
              while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
                p++;
            }
          else
            {
              const char *start = p;

              while (p < end && !stop[(guchar) *p])
                p++;
              cell.text = start;
              cell.length = p - start;
            }
          if (cell.length > max_field_bytes)
            return too_large (record_line, max_field_bytes, error);
          /* cells->len is set back to 0 each record: appending within
           * the allocated size needs no call */
          if (cells->len < n_allocated)
            ((VbTicketCell *) cells->data)[cells->len++] = cell;
          else
            {
              g_array_append_val (cells, cell);
              n_allocated = cells->len;
            }
          if (p < end && *p == delimiter)
            {
              p++;
              continue;
            }
          break;
        }
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;
      line++;

      for (guint i = 0; i < in_scratch->len; i++)
        {
          VbTicketCell *cell = &g_array_index (cells, VbTicketCell, g_array_index (in_scratch, guint, i));

          cell->text = scratch->str + GPOINTER_TO_SIZE (cell->text);
        }
      /* a blank line is no record */
      if (cells->len == 1 && g_array_index (cells, VbTicketCell, 0).length == 0)
        continue;
      if (!func ((const VbTicketCell *) cells->data, cells->len, record_line, user_data, error))
        return FALSE;
    }
  return TRUE;
}
