/* plx-metadata.c: what an article's text tells about it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-furniture.h"
#include "plx-language.h"
#include "plx-metadata.h"
#include "plx-segmenter.h"

/* Outlets, dates and languages are only ever read from what the corpus
 * says: a manifest, a title suffix ("... – Firstpost"), a dateline or
 * "Published:" line, a file name that is a name. When the text does not
 * tell, the answer is NULL: nothing is invented. */

/* ---- Outlet ---------------------------------------------------------- */

static gboolean
is_connector (const char *word)
{
  static const char * const connectors[] = { "of", "the", "and", "de", "du", "des", "la", "le", "el", "der", "die", "&", NULL };

  return g_strv_contains (connectors, word);
}

/* A publication's name: one to five words, each capitalised (or a
 * connector such as "of"), with no sentence punctuation. */
static gboolean
looks_like_outlet_name (const char *name)
{
  g_auto(GStrv) words = NULL;
  guint n;

  if (*name == '\0' || (strpbrk (name, ".?!:;,\"“”") != NULL && !g_str_has_suffix (name, ".com")))
    return FALSE;

  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 5)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);

      if (*words[i] == '\0')
        return FALSE;
      if (!g_unichar_isupper (c) && !g_unichar_isdigit (c) && !(i > 0 && is_connector (words[i])))
        return FALSE;
    }

  return TRUE;
}

static gboolean
names_a_publication (const char *name)
{
  static GHashTable *outlet_words;
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  if (g_once_init_enter (&outlet_words))
    g_once_init_leave (&outlet_words, plx_data_load_words ("outlet-words.txt"));

  if (g_str_has_suffix (name, ".com"))
    return TRUE;

  /* "COLTS BEAT CHIEFS 20 - 13 TO CLINCH": the score, not an outlet. */
  if (g_ascii_isdigit (*name))
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      gsize length = strlen (words[i]);
      gboolean acronym = length >= 2 && length <= 6;

      for (gsize j = 0; j < length && acronym; j++)
        acronym = g_ascii_isupper (words[i][j]);

      if (acronym || g_hash_table_contains (outlet_words, lower))
        return TRUE;
    }

  return FALSE;
}

/**
 * plx_metadata_split_title_outlet:
 * @title: a title line
 * @outlet: (out) (optional) (nullable): the outlet named by a suffix
 *
 * Splits "Headline – Outlet" (also with "—", "|" or " - ") into the
 * headline and the outlet's name.
 *
 * Returns: (transfer full): the title without the suffix
 */
char *
plx_metadata_split_title_outlet (const char  *title,
                                 char       **outlet)
{
  static const char * const separators[] = { " – ", " — ", " | ", " - ", " :: " };
  const char *best = NULL;
  gsize best_length = 0;
  gboolean plain_hyphen = FALSE;

  g_return_val_if_fail (title != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *found = g_strrstr (title, separators[i]);

      if (found != NULL && (best == NULL || found > best))
        {
          best = found;
          best_length = strlen (separators[i]);
          plain_hyphen = g_str_equal (separators[i], " - ");
        }
    }

  if (best != NULL && best > title)
    {
      g_autofree char *name = g_strstrip (g_strdup (best + best_length));

      if (looks_like_outlet_name (name) && (!plain_hyphen || names_a_publication (name)))
        {
          if (outlet != NULL)
            *outlet = g_steal_pointer (&name);
          return g_strstrip (g_strndup (title, best - title));
        }
    }

  if (outlet != NULL)
    *outlet = NULL;

  return g_strstrip (g_strdup (title));
}

static gboolean
is_generic_name (const char *name)
{
  static const char * const generic[] = { "article", "text", "story", "news", "page", "doc", "document", "file", "untitled", "corpus", "index", "body", NULL };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_strv_contains (generic, lower);
}

/**
 * plx_metadata_outlet_from_name:
 * @file_stem: a file name without its extension
 *
 * A file called "reuters.txt" or "01-the-hindu.txt" names its outlet; a
 * file called "000_c04e2a96f8778bf5.txt" or "article3.txt" does not.
 *
 * Returns: (transfer full) (nullable): the outlet's name, or %NULL
 */
char *
plx_metadata_outlet_from_name (const char *file_stem)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p = file_stem;
  guint letters = 0;
  guint digits = 0;

  g_return_val_if_fail (file_stem != NULL, NULL);

  /* Skip a leading ordering number: "01-", "3_". */
  while (g_ascii_isdigit (*p))
    p++;
  if (p != file_stem && (*p == '-' || *p == '_' || *p == ' ' || *p == '.'))
    p++;
  else
    p = file_stem;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' || c == '_' || c == ' ')
        {
          if (name->len > 0 && name->str[name->len - 1] != ' ')
            g_string_append_c (name, ' ');
          continue;
        }
      if (g_unichar_isdigit (c))
        digits++;
      else if (g_unichar_isalpha (c))
        letters++;
      else
        return NULL;
      g_string_append_unichar (name, c);
    }

  /* Hashes, ids and "article3" are not names. */
  if (letters < 2 || digits > 0 || is_generic_name (name->str))
    return NULL;

  /* Capitalise names written all in lower case: "the hindu" -> "The Hindu". */
  {
    g_autofree char *lower = g_utf8_strdown (name->str, -1);

    if (g_str_equal (lower, name->str))
      {
        gboolean start = TRUE;

        for (gsize i = 0; i < name->len; i++)
          {
            if (start)
              name->str[i] = g_ascii_toupper (name->str[i]);
            start = name->str[i] == ' ';
          }
      }
  }

  return g_strstrip (g_string_free (g_steal_pointer (&name), FALSE));
}

/* ---- Dates ----------------------------------------------------------- */

/* English month names; other languages arrive with the translations. */
static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static int
month_from_name (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize length = strlen (lower);

  if (length > 0 && lower[length - 1] == '.')
    lower[--length] = '\0';

  if (length < 3)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      if (g_str_equal (lower, month_names[i]) ||
          (length <= 4 && strncmp (lower, month_names[i], length) == 0 &&
           (length == 3 || g_str_equal (lower, "sept"))))
        return (int) i + 1;
    }

  return 0;
}

static char *
format_date (int year,
             int month,
             int day)
{
  if (year < 1800 || year > 2200 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static GRegex *
get_date_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      /* ISO dates; "January 13, 2026" / "Jan. 13 2026"; "13 January 2026". */
      GRegex *compiled = g_regex_new ("(?i)\\b(?:"
                                      "(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
                                      "|(?<m1>[a-z]{3,9}\\.?)\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})"
                                      "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>[a-z]{3,9}\\.?),?\\s+(?<y2>\\d{4})"
                                      ")(?!\\d)",
                                      G_REGEX_OPTIMIZE | G_REGEX_DUPNAMES, 0, NULL);
      g_assert (compiled != NULL);
      g_once_init_leave (&regex, compiled);
    }

  return regex;
}

/* "Published: ", "Updated on", "Date -" just before the date. Compiled
 * once: the loader asks for every article. */
static GRegex *
get_keyword_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *compiled = g_regex_new ("(?i)\\b(?:published|updated|posted|date)\\b[^|.]{0,24}$",
                                      G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (compiled != NULL);
      g_once_init_leave (&regex, compiled);
    }

  return regex;
}

static char *
date_from_match (GMatchInfo *match)
{
  g_autofree char *iy = g_match_info_fetch_named (match, "iy");
  g_autofree char *m1 = g_match_info_fetch_named (match, "m1");
  g_autofree char *m2 = g_match_info_fetch_named (match, "m2");

  if (iy != NULL && *iy != '\0')
    {
      g_autofree char *im = g_match_info_fetch_named (match, "im");
      g_autofree char *id = g_match_info_fetch_named (match, "id");

      return format_date (atoi (iy), atoi (im), atoi (id));
    }

  if (m1 != NULL && *m1 != '\0')
    {
      g_autofree char *d1 = g_match_info_fetch_named (match, "d1");
      g_autofree char *y1 = g_match_info_fetch_named (match, "y1");

      return format_date (atoi (y1), month_from_name (m1), atoi (d1));
    }

  if (m2 != NULL && *m2 != '\0')
    {
      g_autofree char *d2 = g_match_info_fetch_named (match, "d2");
      g_autofree char *y2 = g_match_info_fetch_named (match, "y2");

      return format_date (atoi (y2), month_from_name (m2), atoi (d2));
    }

  return NULL;
}

/**
 * plx_metadata_parse_date:
 * @text: a date as a manifest or a dateline writes it
 *
 * Returns: (transfer full) (nullable): the first full date in @text as
 *   an ISO 8601 date ("2026-01-13"), or %NULL
 */
char *
plx_metadata_parse_date (const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_regex_match (get_date_regex (), text, 0, &match))
    return NULL;

  do
    {
      char *date = date_from_match (match);

      if (date != NULL)
        return date;
    }
  while (g_match_info_next (match, NULL));

  return NULL;
}

/**
 * plx_metadata_find_date:
 * @text: an article's text
 * @lines: (element-type PlxSpan): its lines
 *
 * Looks for the publication date in the first lines of an article: a
 * "Published:"/"Updated:"/"Posted on" line, or a dateline, a short line
 * that is mostly a date ("Thursday, Apr 2, 2009 | Updated 1:32 PM").
 * A date inside a sentence of the story is an event, not a publication
 * date, and is left alone.
 *
 * Returns: (transfer full) (nullable): an ISO 8601 date, or %NULL
 */
char *
plx_metadata_find_date (const char *text,
                        GArray     *lines)
{
  guint seen = 0;

  for (guint i = 0; i < lines->len && seen < 6; i++)
    {
      PlxSpan line = g_array_index (lines, PlxSpan, i);
      g_autofree char *copy = NULL;
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *before = NULL;
      const char *after;
      int match_start = 0, match_end = 0;
      guint other_words;
      gboolean keyword;
      gboolean dateline;

      plx_span_trim (text, &line);
      if (line.end == line.start)
        continue;
      seen++;

      copy = g_strndup (text + line.start, MIN (line.end - line.start, 400));
      if (!g_regex_match (get_date_regex (), copy, 0, &match))
        continue;

      g_match_info_fetch_pos (match, 0, &match_start, &match_end);
      before = g_strndup (copy, match_start);
      after = g_strchug (copy + match_end);
      keyword = g_regex_match (get_keyword_regex (), before, 0, NULL);
      other_words = plx_count_words (before, strlen (before)) + plx_count_words (after, strlen (after));
      /* A dateline is mostly a date; a headline that names a date
       * ("Leaders to meet on March 14, 2026 for summit") is not one. */
      dateline = g_str_has_prefix (after, "|") ||
                 (other_words <= 4 && plx_text_is_headline_like (copy, strlen (copy)));

      if (keyword || dateline)
        {
          char *date = date_from_match (match);

          if (date != NULL)
            return date;
        }
    }

  return NULL;
}

/* ---- Language -------------------------------------------------------- */

/**
 * plx_metadata_guess_language:
 * @text: an article's text
 * @length: its length in bytes
 *
 * Guesses the language from the first 20,000 bytes: see
 * plx_language_detect(), which this calls.
 *
 * Returns: (nullable): a language code, or %NULL when unsure
 */
const char *
plx_metadata_guess_language (const char *text,
                             gsize       length)
{
  return plx_language_detect (text, (gssize) length);
}
