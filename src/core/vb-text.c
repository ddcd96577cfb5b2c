/* vb-text.c — words read from a file: checked before they are used
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * g_time_zone_new_identifier() opens absolute and relative paths as files:
 * a name from a project must never reach it unchecked, or a file could
 * make the app read any file — or hang on a FIFO. A name is accepted only
 * when it has the shape of a database name (or a UTC offset) and names a
 * compiled zone in the system's time-zone database.
 */

#define G_LOG_DOMAIN "vb-text"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vb-text.h"

static gboolean
is_offset (const char *name)
{
  /* +05:30, -08, +0100, UTC */
  gsize len = strlen (name);

  if (g_strcmp0 (name, "UTC") == 0 || g_strcmp0 (name, "Z") == 0)
    return TRUE;
  if (len < 3 || (name[0] != '+' && name[0] != '-') || !g_ascii_isdigit (name[1]) || !g_ascii_isdigit (name[2]))
    return FALSE;
  if (len == 3)
    return TRUE;
  if (len == 5)
    return g_ascii_isdigit (name[3]) && g_ascii_isdigit (name[4]);
  if (len == 6)
    return name[3] == ':' && g_ascii_isdigit (name[4]) && g_ascii_isdigit (name[5]);
  return FALSE;
}

/* The database folder holds tables and text as well (leapseconds has a
 * name of the right shape): only a compiled zone, which starts with
 * "TZif", may reach GLib, which meets anything else with a critical */
static gboolean
is_compiled_zone (const char *path)
{
  char magic[4];
  gboolean ok;
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);

  if (fd < 0)
    return FALSE;
  ok = read (fd, magic, sizeof magic) == sizeof magic && memcmp (magic, "TZif", sizeof magic) == 0;
  close (fd);
  return ok;
}

static const char *
zoneinfo_dir (void)
{
  const char *dir = g_getenv ("TZDIR");

  return dir && g_path_is_absolute (dir) ? dir : "/usr/share/zoneinfo";
}

/**
 * vb_timezone_is_valid:
 * @name: a time zone as the file holds it
 *
 * Whether @name is empty, a UTC offset, or the name of a compiled zone (a
 * regular file that starts with "TZif") in the system's time-zone database
 * ("Europe/London"): letters, digits, '_', '-', '+' and '/', no leading
 * '/', no "." or ".." parts, at most 64 bytes.
 */
/* Whether the database has a zone of that (already checked) name. The
 * answer is kept: guidance asks for every task on every refresh, and the
 * database does not change under a running program. At most ZONE_CACHE
 * names are kept, so that a hostile file cannot grow the table. */
#define ZONE_CACHE 1024

static gboolean
zone_file_exists (const char *name)
{
  static GHashTable *known;   /* name → GINT_TO_POINTER (1 + exists) */
  G_LOCK_DEFINE_STATIC (known);
  g_autofree char *path = NULL;
  GStatBuf st;
  gpointer answer;
  gboolean exists;

  G_LOCK (known);
  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  answer = g_hash_table_lookup (known, name);
  G_UNLOCK (known);
  if (answer)
    return GPOINTER_TO_INT (answer) - 1;

  path = g_build_filename (zoneinfo_dir (), name, NULL);
  exists = g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && is_compiled_zone (path);
  G_LOCK (known);
  if (g_hash_table_size (known) < ZONE_CACHE)
    g_hash_table_insert (known, g_strdup (name), GINT_TO_POINTER (1 + exists));
  G_UNLOCK (known);
  return exists;
}

gboolean
vb_timezone_is_valid (const char *name)
{
  gsize len;

  if (name == NULL)
    return FALSE;
  if (*name == '\0' || is_offset (name))
    return TRUE;
  len = strlen (name);
  if (len > 64 || name[0] == '/' || name[len - 1] == '/')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '+' && *p != '/')
      return FALSE;
  if (strstr (name, "//") != NULL)
    return FALSE;
  {
    g_auto(GStrv) parts = g_strsplit (name, "/", -1);

    for (guint i = 0; parts[i]; i++)
      if (parts[i][0] == '.' || parts[i][0] == '-')
        return FALSE;
  }
  return zone_file_exists (name);
}

/**
 * vb_timezone_new:
 *
 * Returns: (transfer full) (nullable): the zone, only for a name that
 *   vb_timezone_is_valid() accepts; NULL otherwise (and for "")
 */
GTimeZone *
vb_timezone_new (const char *name)
{
  if (name == NULL || *name == '\0' || !vb_timezone_is_valid (name))
    return NULL;
  return g_time_zone_new_identifier (name);
}

/**
 * vb_languages_check:
 * @problem: (out) (optional): what is wrong, in words
 *
 * Whether @text is a list of languages the project can hold: at most
 * VB_LANGUAGES_MAX entries separated by commas, each at most
 * VB_LANGUAGE_MAX_BYTES bytes, no control characters. Linear.
 */
gboolean
vb_languages_check (const char  *text,
                    char       **problem)
{
  guint n = 0;
  gsize len = 0;

  if (problem)
    *problem = NULL;
  if (text == NULL)
    return FALSE;
  for (const char *p = text;; p++)
    {
      if (*p == ',' || *p == '\0')
        {
          n++;
          if (len > VB_LANGUAGE_MAX_BYTES)
            {
              if (problem)
                *problem = g_strdup_printf (_("a language name is longer than %d bytes"), VB_LANGUAGE_MAX_BYTES);
              return FALSE;
            }
          len = 0;
          if (*p == '\0')
            break;
          continue;
        }
      if ((guchar) *p < 0x20 || *p == 0x7f)
        {
          if (problem)
            *problem = g_strdup (_("it holds a control character"));
          return FALSE;
        }
      len++;
    }
  if (n > VB_LANGUAGES_MAX)
    {
      if (problem)
        *problem = g_strdup_printf (_("it lists more than %d languages"), VB_LANGUAGES_MAX);
      return FALSE;
    }
  return TRUE;
}

/**
 * vb_languages_parse:
 *
 * Returns: (transfer full) (element-type utf8): the entries of a list,
 *   trimmed, empty ones dropped, each case-folded (for comparing), in
 *   order; bounded by vb_languages_check's limits (entries beyond them
 *   are ignored)
 */
GPtrArray *
vb_languages_parse (const char *text)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *p = text ? text : "";

  while (*p && out->len < VB_LANGUAGES_MAX)
    {
      const char *comma = strchr (p, ',');
      gsize len = comma ? (gsize) (comma - p) : strlen (p);
      g_autofree char *part = g_strndup (p, MIN (len, 4 * VB_LANGUAGE_MAX_BYTES));

      g_strstrip (part);
      if (*part && g_utf8_validate (part, -1, NULL))
        g_ptr_array_add (out, g_utf8_casefold (part, -1));
      if (comma == NULL)
        break;
      p = comma + 1;
    }
  return out;
}

gboolean
vb_currency_code_is_valid (const char *code)
{
  return code != NULL && strlen (code) == 3 &&
         g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && g_ascii_isupper (code[2]);
}

/**
 * vb_text_for_terminal:
 *
 * @text with every control character (C0, DEL, C1 and the escape that
 * starts a terminal sequence) written as a visible escape such as "\x1b",
 * and invalid UTF-8 replaced: project text printed by the CLI can never
 * move the cursor, change colours or set a terminal's title.
 */
char *
vb_text_for_terminal (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *s = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\t')
        g_string_append_unichar (s, c);
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
               (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (s, c < 0x100 ? "\\x%02x" : "\\u%04x", c);
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}
