/* plx-segmenter-rules.c: the sentence splitter's rules for each language
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-segmenter-private.h"

/* ------------------------------------------------------------------ */
/* Language data                                                        */

/* The lines of a data file, split at white space, without blank lines
 * and comments. */
static GPtrArray *
read_entries (const char *name)
{
  g_autoptr(GBytes) bytes = plx_data_lookup (name);
  g_autofree char *copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      g_ptr_array_add (entries, g_strsplit_set (line, " \t", -1));
    }

  return entries;
}

/* The fields of an entry, skipping the empty ones that runs of spaces
 * leave: the @n-th, or %NULL. */
static const char *
entry_field (GStrv  fields,
             guint  n)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (*fields[i] == '\0')
        continue;
      if (n-- == 0)
        return fields[i];
    }

  return NULL;
}

static AbbreviationKind
parse_kind (const char *name)
{
  if (name == NULL)
    return ABBREVIATION_PLAIN;
  if (g_str_equal (name, "title"))
    return ABBREVIATION_TITLE;
  if (g_str_equal (name, "number"))
    return ABBREVIATION_NUMBER;
  if (g_str_equal (name, "word"))
    return ABBREVIATION_WORD;
  if (g_str_equal (name, "time"))
    return ABBREVIATION_TIME;

  g_warning ("Unknown abbreviation class “%s” in the segmenter's data", name);
  return ABBREVIATION_PLAIN;
}

static void
load_abbreviations (Rules      *rules,
                    const char *name)
{
  g_autoptr(GPtrArray) entries = read_entries (name);

  for (guint i = 0; i < entries->len; i++)
    {
      GStrv fields = g_ptr_array_index (entries, i);

      g_hash_table_insert (rules->abbreviations, g_strdup (entry_field (fields, 0)),
                           GINT_TO_POINTER (parse_kind (entry_field (fields, 1))));
    }
}

static void
load_words (GHashTable *set,
            const char *name)
{
  g_autoptr(GPtrArray) entries = read_entries (name);

  for (guint i = 0; i < entries->len; i++)
    g_hash_table_add (set, g_strdup (entry_field (g_ptr_array_index (entries, i), 0)));
}

static void
apply_option (Rules      *rules,
              const char *code,
              const char *option)
{
  g_autofree char *name = NULL;

  if (g_str_equal (option, "abbreviations"))
    {
      name = g_strdup_printf ("abbreviations-%s.txt", code);
      load_abbreviations (rules, name);
    }
  else if (g_str_equal (option, "openers"))
    {
      name = g_strdup_printf ("sentence-openers-%s.txt", code);
      load_words (rules->openers, name);
    }
  else if (g_str_equal (option, "ordinals"))
    rules->ordinals = TRUE;
  else if (g_str_has_prefix (option, "terminators="))
    {
      for (const char *p = option + strlen ("terminators="); *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_array_append_val (rules->terminators, c);
        }
    }
  else
    g_warning ("Unknown option “%s” for language %s in the segmenter's data", option, code);
}

static Rules *
rules_new (const char *code)
{
  Rules *rules = g_new0 (Rules, 1);
  g_autoptr(GPtrArray) languages = read_entries ("segmenter-languages.txt");

  rules->abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->openers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->time_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->terminators = g_array_new (FALSE, FALSE, sizeof (gunichar));
  load_abbreviations (rules, "abbreviations.txt");
  load_words (rules->openers, "sentence-openers.txt");
  load_words (rules->time_words, "time-qualifiers.txt");

  for (guint i = 0; i < languages->len; i++)
    {
      GStrv fields = g_ptr_array_index (languages, i);
      const char *option;

      if (!g_str_equal (entry_field (fields, 0), code))
        continue;
      for (guint j = 1; (option = entry_field (fields, j)) != NULL; j++)
        apply_option (rules, code, option);
    }

  return rules;
}

/* "en-GB", "EN" and "en_GB.UTF-8" are all "en"; no language is "". */
static char *
language_code (const char *language)
{
  gsize length = 0;

  if (language == NULL)
    return g_strdup ("");
  while (g_ascii_isalpha (language[length]) && length < 8)
    length++;

  return g_ascii_strdown (language, length);
}

/* The rules of @language, loaded once; safe to call from any thread. */
const Rules *
_plx_segmenter_get_rules (const char *language)
{
  static GMutex lock;
  static GHashTable *cache;
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autofree char *code = language_code (language);
  Rules *rules;

  if (cache == NULL)
    cache = g_hash_table_new (g_str_hash, g_str_equal);

  rules = g_hash_table_lookup (cache, code);
  if (rules == NULL)
    {
      rules = rules_new (code);
      g_hash_table_insert (cache, g_steal_pointer (&code), rules);
    }

  return rules;
}

static gboolean
is_all_caps (const char *word)
{
  guint letters = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isupper (c);
    }

  return letters >= 2;
}

/* Looks @word up, and a word in capitals ("NOV", in a dateline) as
 * written in a sentence too ("Nov"). */
AbbreviationKind
_plx_segmenter_lookup_abbreviation (const Rules *rules,
                                    const char  *word)
{
  AbbreviationKind kind = GPOINTER_TO_INT (g_hash_table_lookup (rules->abbreviations, word));
  g_autofree char *lower = NULL;
  g_autofree char *title = NULL;
  const char *rest;

  if (kind != ABBREVIATION_NONE || strchr (word, '.') != NULL || !is_all_caps (word))
    return kind;

  rest = g_utf8_next_char (word);
  lower = g_utf8_strdown (rest, -1);
  title = g_strdup_printf ("%.*s%s", (int) (rest - word), word, lower);

  return GPOINTER_TO_INT (g_hash_table_lookup (rules->abbreviations, title));
}
