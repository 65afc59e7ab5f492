/* plx-fetch-address.c: web addresses, and the file names pages are saved under
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "plx-fetcher-private.h"

#define MAX_STEM_BYTES  120

gboolean
_plx_fetch_is_web_scheme (const char *scheme)
{
  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

GUri *
_plx_fetch_parse_address (const char  *address,
                          GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (address, SOUP_HTTP_URI_FLAGS, NULL);

  if (uri == NULL || !_plx_fetch_is_web_scheme (g_uri_get_scheme (uri)) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, PLX_FETCH_ERROR, PLX_FETCH_ERROR_ADDRESS,
                   /* Translators: %s is what the user gave as a web address */
                   _("“%s” is not a web address: it should start with https:// or http://"),
                   address);
      return NULL;
    }

  return g_steal_pointer (&uri);
}

/**
 * plx_fetch_split_addresses:
 * @text: addresses, one a line, as pasted
 *
 * The addresses in @text: separated by line breaks or spaces (an address
 * holds neither), blank lines skipped, each once, in their order.
 *
 * Returns: (transfer full): the addresses
 */
char **
plx_fetch_split_addresses (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  words = g_strsplit_set (text, " \t\r\n\f\v", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0' || !g_hash_table_add (seen, words[i]))
        continue;
      g_strv_builder_add (builder, words[i]);
    }

  return g_strv_builder_end (builder);
}

/* @text appended to @name with every run of characters other than
 * letters, digits and "_" made one "-"; a "." is kept between two
 * letters or digits ("example.com"), never in a run such as "..". */
static void
append_sanitised (GString    *name,
                  const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean after_word = name->len > 0 && name->str[name->len - 1] != '-' && name->str[name->len - 1] != '.';

      if (g_unichar_isalnum (c) || c == '_')
        g_string_append_unichar (name, c);
      else if (c == '.' && after_word && g_unichar_isalnum (g_utf8_get_char (p + 1)))
        g_string_append_c (name, '.');
      else if (after_word)
        g_string_append_c (name, '-');
    }
}

/* A part of an address, percent-decoded when that gives UTF-8. */
static char *
unescape (const char *text)
{
  g_autofree char *unescaped = g_uri_unescape_string (text, NULL);

  if (unescaped != NULL && g_utf8_validate (unescaped, -1, NULL))
    return g_steal_pointer (&unescaped);

  return g_utf8_make_valid (text, -1);
}

/* The last segment of @path that says something: "story.html" of
 * "/news/story.html", "news" of "/news/index.html"; without its
 * extension. */
static char *
path_name (const char *path)
{
  g_auto(GStrv) segments = g_strsplit (path != NULL ? path : "", "/", -1);

  for (guint i = g_strv_length (segments); i > 0; i--)
    {
      g_autofree char *segment = unescape (segments[i - 1]);
      char *dot = strrchr (segment, '.');

      /* "story.html", "page.php": a short extension is the server's. */
      if (dot != NULL && dot != segment && strlen (dot + 1) <= 5)
        *dot = '\0';
      if (*segment == '\0' || g_ascii_strcasecmp (segment, "index") == 0 ||
          g_ascii_strcasecmp (segment, "default") == 0)
        continue;

      return g_steal_pointer (&segment);
    }

  return NULL;
}

/**
 * plx_fetch_file_stem:
 * @address: an http:// or https:// address
 *
 * The file name, less its extension, that a page from @address is saved
 * under: its host (without "www.") and the last segment of its path,
 * with its query if it has one, safe as a file name: letters, digits,
 * "-", "_" and "." only, never starting with "." (the loader skips
 * hidden files). "https://www.example.com/news/harbour-fees.html?p=2" is
 * "example.com-harbour-fees-p-2".
 *
 * Returns: (transfer full): the stem, never empty
 */
char *
plx_fetch_file_stem (const char *address)
{
  g_autoptr(GUri) uri = g_uri_parse (address, SOUP_HTTP_URI_FLAGS, NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *segment = NULL;
  const char *host;

  g_return_val_if_fail (address != NULL, NULL);

  if (uri != NULL)
    {
      host = g_uri_get_host (uri);
      if (host != NULL)
        {
          g_autofree char *lower = g_utf8_strdown (host, -1);

          append_sanitised (name, g_str_has_prefix (lower, "www.") ? lower + 4 : lower);
        }

      segment = path_name (g_uri_get_path (uri));
      if (segment != NULL)
        {
          g_string_append_c (name, '-');
          append_sanitised (name, segment);
        }

      if (g_uri_get_query (uri) != NULL)
        {
          g_autofree char *query = unescape (g_uri_get_query (uri));

          g_string_append_c (name, '-');
          append_sanitised (name, query);
        }
    }

  /* At most MAX_STEM_BYTES, cut between characters. */
  if (name->len > MAX_STEM_BYTES)
    g_string_truncate (name, g_utf8_find_prev_char (name->str, name->str + MAX_STEM_BYTES + 1) - name->str);

  /* No hidden file, no "-" that reads as an option, no "..". */
  while (name->len > 0 && (name->str[name->len - 1] == '-' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  while (name->len > 0 && (name->str[0] == '-' || name->str[0] == '.'))
    g_string_erase (name, 0, 1);

  if (name->len == 0)
    g_string_assign (name, "page");

  return g_string_free (g_steal_pointer (&name), FALSE);
}
