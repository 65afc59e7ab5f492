/* plx-word-lists.c: each language's stop words and month and weekday names
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-tokens-private.h"

/* The lists are loaded once per process, thread-safely, on first use. */

/* Languages that have a stop-word list: data/rules/stopwords-LL.txt. */
static const char *const known_languages[] = { "en", "de", "fr", "es", "hi" };

/* ---- Languages ---------------------------------------------------- */

/* The entry of known_languages[] for a code such as "en" or "en-GB",
 * or -1. */
int
_plx_tokens_language_index (const char *language)
{
  if (language == NULL || strlen (language) < 2)
    return -1;
  if (language[2] != '\0' && language[2] != '-' && language[2] != '_')
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (known_languages); i++)
    if (g_ascii_strncasecmp (language, known_languages[i], 2) == 0)
      return (int) i;

  return -1;
}

/* An unknown language is guessed from the script of the first letter:
 * English for Latin letters, Hindi for Devanagari. */
const char *
_plx_tokens_resolve_language (const char *language,
                  const char *text,
                  gsize       length)
{
  int i = _plx_tokens_language_index (language);

  if (i >= 0)
    return known_languages[i];
  if (language != NULL)
    return NULL;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, text + length - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (!g_unichar_isalpha (c))
        continue;
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN)
        return "en";
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_DEVANAGARI)
        return "hi";
      return NULL;
    }

  return NULL;
}

/* ---- Stop words --------------------------------------------------- */

/* The lists are written by hand; their entries get the tokens'
 * normalisation so that "İ", "काफ़ी" and "i'm" match as typed. */
static GHashTable *
load_stop_words (const char *code)
{
  g_autofree char *name = g_strdup_printf ("stopwords-%s.txt", code);
  g_autoptr(GHashTable) raw = plx_data_load_words (name);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, raw);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    g_hash_table_add (set, plx_normalise_text (word, -1));

  return set;
}

GHashTable *
_plx_tokens_stop_words (int i)
{
  static gsize sets[G_N_ELEMENTS (known_languages)];

  if (g_once_init_enter (&sets[i]))
    g_once_init_leave (&sets[i], (gsize) load_stop_words (known_languages[i]));

  return (GHashTable *) sets[i];
}

/**
 * plx_is_stop_word:
 * @norm: a normalised word (see plx_normalise_text())
 * @language: (nullable): the text's language code ("en", "de-AT"), or
 *   %NULL if unknown
 *
 * Whether @norm is one of the language's function words ("the", "und",
 * "के"), which say little about what a sentence reports. An unknown
 * language is guessed from the word's script: English for Latin
 * letters, Hindi for Devanagari. Languages without a list have no stop
 * words.
 *
 * Returns: %TRUE for a stop word
 */
gboolean
plx_is_stop_word (const char *norm,
                  const char *language)
{
  int i;

  g_return_val_if_fail (norm != NULL, FALSE);

  i = _plx_tokens_language_index (_plx_tokens_resolve_language (language, norm, strlen (norm)));
  if (i < 0)
    return FALSE;

  return g_hash_table_contains (_plx_tokens_stop_words (i), norm);
}

/* ---- Month and weekday names ------------------------------------- */

static void
add_date_name (GHashTable     *names,
               const char     *form,
               const DateName *name)
{
  g_autofree char *norm = plx_normalise_text (form, -1);

  g_hash_table_insert (names, g_steal_pointer (&norm), g_memdup2 (name, sizeof *name));
}

static void
add_date_names (GHashTable    *names,
                JsonObject    *group,
                PlxTokenFlags  flag,
                JsonObject    *variants,
                JsonArray     *ambiguous)
{
  g_autoptr(GList) members = json_object_get_members (group);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonArray *forms = json_object_get_array_member (group, l->data);
      JsonArray *spellings = NULL;
      g_autofree char *full = plx_normalise_text (l->data, -1);
      DateName name = { 0 };

      /* The table lives as long as the process: the full names are
       * interned rather than owned. */
      name.full = g_intern_string (full);
      name.flag = flag;
      for (guint i = 0; ambiguous != NULL && i < json_array_get_length (ambiguous); i++)
        name.ambiguous |= g_strcmp0 (json_array_get_string_element (ambiguous, i), l->data) == 0;
      add_date_name (names, full, &name);

      /* Other spellings ("setiembre") count as the full name does. */
      if (variants != NULL && json_object_has_member (variants, l->data))
        spellings = json_object_get_array_member (variants, l->data);
      for (guint i = 0; spellings != NULL && i < json_array_get_length (spellings); i++)
        add_date_name (names, json_array_get_string_element (spellings, i), &name);

      name.abbreviation = TRUE;
      name.ambiguous = FALSE;
      for (guint i = 0; i < json_array_get_length (forms); i++)
        add_date_name (names, json_array_get_string_element (forms, i), &name);
    }
}

static DateNames *
load_date_names (const char *code)
{
  g_autofree char *file = g_strdup_printf ("dates-%s.json", code);
  g_autoptr(JsonObject) root = plx_data_load_json (file);
  DateNames *names = g_new0 (DateNames, 1);
  JsonObject *variants = NULL;
  JsonArray *ambiguous;

  names->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names->any_case = g_strcmp0 (json_object_get_string_member_with_default (root, "case", "capitalised"),
                               "any") == 0;
  names->ordinal_dot = json_object_get_boolean_member_with_default (root, "ordinal-dot", FALSE);
  ambiguous = json_object_get_array_member (root, "ambiguous");
  if (json_object_has_member (root, "variants"))
    variants = json_object_get_object_member (root, "variants");
  add_date_names (names->names, json_object_get_object_member (root, "months"),
                  PLX_TOKEN_FLAG_MONTH, variants, ambiguous);
  add_date_names (names->names, json_object_get_object_member (root, "weekdays"),
                  PLX_TOKEN_FLAG_WEEKDAY, variants, ambiguous);

  return names;
}

/* Every language of known_languages[] has a names file. */
const DateNames *
_plx_tokens_date_names (int i)
{
  static gsize tables[G_N_ELEMENTS (known_languages)];

  if (g_once_init_enter (&tables[i]))
    g_once_init_leave (&tables[i], (gsize) load_date_names (known_languages[i]));

  return (const DateNames *) tables[i];
}

/**
 * plx_word_set_from_json:
 * @object: a rules file's object, such as a language's part of one
 * @member: the name of a member that lists words
 *
 * The words of a list in a bundled rules file, normalised as tokens are
 * (plx_normalise_text()), so that a token's norm can be looked up. A
 * member that is missing (added after the first languages) is an empty
 * set.
 *
 * Returns: (transfer full) (element-type utf8 utf8): the set
 */
GHashTable *
plx_word_set_from_json (JsonObject *object,
                        const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array = NULL;

  if (json_object_has_member (object, member))
    array = json_object_get_array_member (object, member);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_hash_table_add (set, plx_normalise_text (json_array_get_string_element (array, i), -1));

  return set;
}

/**
 * plx_string_set_intern:
 * @set: a set of strings it owns (g_str_hash, g_str_equal, g_free)
 * @string: a string
 *
 * One copy of each string, so that equal strings compare as pointers:
 * @string's copy in @set, added when missing. Unlike g_intern_string(),
 * whose table only grows, the copies go with @set.
 *
 * Returns: (transfer none): the copy, which lives as long as @set
 */
const char *
plx_string_set_intern (GHashTable *set,
                       const char *string)
{
  char *own = g_hash_table_lookup (set, string);

  if (own == NULL)
    {
      own = g_strdup (string);
      g_hash_table_add (set, own);
    }

  return own;
}
