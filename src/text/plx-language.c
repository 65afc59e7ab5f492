/* plx-language.c: which language an article is written in
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-language.h"

/* A manifest or a saved page usually says what language an article is
 * in; when neither does, the text has to. The guess is deliberately
 * simple, and says "don't know" rather than guess wrong:
 *
 *  1. Script: when more than half of the letters are Devanagari the
 *     text is Hindi, when more than half are Arabic it is Arabic (the
 *     "scripts" of data/rules/languages.json). Marathi and Nepali,
 *     also in Devanagari, are read as Hindi.
 *  2. Otherwise, function words: each language of the "words" lists
 *     (the 30 or so commonest words of English, German, French and
 *     Spanish news: articles, prepositions, auxiliaries) counts how
 *     many of the text's words it has. The language with the most
 *     wins, if it covers at least "min-hits" words in a hundred and
 *     beats the runner-up; a text of fewer than five words gets no
 *     language. Function words make up 40 to 50 words in a hundred of
 *     running text, and a language's list hits few words of another
 *     (most shared forms, such as "de", "la", "en", are in several
 *     lists and cancel out).
 *
 * Only the first 20,000 bytes are read: an article's language does not
 * change halfway through, and the cost stays bounded. */

#define SAMPLE_BYTES 20000
#define MIN_WORDS 5

typedef struct
{
  GUnicodeScript  script;
  char           *code;
} Script;

/* Each function word maps to the set of languages whose list holds it
 * (bit i: codes[i]), so that a word of the text costs one lookup. */
typedef struct
{
  GPtrArray  *codes;           /* of the word lists, in their order */
  GHashTable *words;           /* word -> GUINT_TO_POINTER (language bits) */
  GArray     *scripts;         /* Script */
  guint       min_hits;
} Languages;

#define MAX_LISTS 32

static void
script_clear (gpointer data)
{
  Script *script = data;

  g_free (script->code);
}

static GUnicodeScript
script_from_name (const char *name)
{
  if (g_str_equal (name, "devanagari"))
    return G_UNICODE_SCRIPT_DEVANAGARI;
  if (g_str_equal (name, "arabic"))
    return G_UNICODE_SCRIPT_ARABIC;
  if (g_str_equal (name, "bengali"))
    return G_UNICODE_SCRIPT_BENGALI;
  if (g_str_equal (name, "cyrillic"))
    return G_UNICODE_SCRIPT_CYRILLIC;
  if (g_str_equal (name, "greek"))
    return G_UNICODE_SCRIPT_GREEK;

  g_warning ("Unknown script “%s” in languages.json", name);
  return G_UNICODE_SCRIPT_INVALID_CODE;
}

static Languages *
languages_load (void)
{
  g_autoptr(JsonObject) root = plx_data_load_json ("languages.json");
  Languages *languages = g_new0 (Languages, 1);
  JsonObject *words, *scripts;
  JsonObjectIter iter;
  const char *code;
  JsonNode *node;

  languages->min_hits = (guint) json_object_get_int_member_with_default (root, "min-hits", 8);
  languages->codes = g_ptr_array_new_with_free_func (g_free);
  languages->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  languages->scripts = g_array_new (FALSE, TRUE, sizeof (Script));
  g_array_set_clear_func (languages->scripts, script_clear);

  words = json_object_get_object_member (root, "words");
  json_object_iter_init (&iter, words);
  while (json_object_iter_next (&iter, &code, &node))
    {
      JsonArray *array = json_node_get_array (node);
      guint bit = 1u << languages->codes->len;

      if (languages->codes->len == MAX_LISTS)
        {
          g_warning ("More than %d word lists in languages.json", MAX_LISTS);
          break;
        }
      g_ptr_array_add (languages->codes, g_strdup (code));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          char *word = g_utf8_strdown (json_array_get_string_element (array, i), -1);
          guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (languages->words, word));

          g_hash_table_replace (languages->words, word, GUINT_TO_POINTER (bits | bit));
        }
    }

  scripts = json_object_get_object_member (root, "scripts");
  json_object_iter_init (&iter, scripts);
  while (json_object_iter_next (&iter, &code, &node))
    {
      Script script = { script_from_name (json_node_get_string (node)), g_strdup (code) };

      if (script.script != G_UNICODE_SCRIPT_INVALID_CODE)
        g_array_append_val (languages->scripts, script);
      else
        g_free (script.code);
    }

  return languages;
}

static const Languages *
get_languages (void)
{
  static gsize languages;

  if (g_once_init_enter (&languages))
    g_once_init_leave (&languages, (gsize) languages_load ());

  return (const Languages *) languages;
}

/* The language whose script more than half the letters are written in. */
static const char *
language_from_script (const Languages *languages,
                      const char      *text,
                      gsize            length)
{
  g_autofree gsize *counts = g_new0 (gsize, languages->scripts->len + 1);
  const char *end = text + length;
  gsize letters = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script;

      if (!g_unichar_isalpha (c))
        continue;
      letters++;
      /* Most letters of news in these languages are Latin. */
      if (c < 0x0250)
        continue;
      script = g_unichar_get_script (c);
      for (guint i = 0; i < languages->scripts->len; i++)
        if (g_array_index (languages->scripts, Script, i).script == script)
          counts[i]++;
    }

  for (guint i = 0; i < languages->scripts->len; i++)
    if (counts[i] * 2 > letters)
      return g_array_index (languages->scripts, Script, i).code;

  return NULL;
}

/* The language whose function words the text uses most. */
static const char *
language_from_words (const Languages *languages,
                     const char      *text,
                     gsize            length)
{
  guint n_lists = languages->codes->len;
  g_autofree guint *hits = g_new0 (guint, n_lists + 1);
  g_autofree char *lower = g_utf8_strdown (text, (gssize) length);
  guint words = 0;
  guint best = 0, second = 0;
  char *p = lower;

  while (*p != '\0')
    {
      char *start;
      char saved;
      guint bits;

      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        break;

      saved = *p;
      *p = '\0';
      words++;
      bits = GPOINTER_TO_UINT (g_hash_table_lookup (languages->words, start));
      for (guint i = 0; bits != 0; i++, bits >>= 1)
        hits[i] += bits & 1;
      *p = saved;
    }

  if (n_lists == 0 || words < MIN_WORDS)
    return NULL;
  for (guint i = 1; i < n_lists; i++)
    if (hits[i] > hits[best])
      best = i;
  for (guint i = 0; i < n_lists; i++)
    if (i != best && hits[i] > second)
      second = hits[i];
  if (hits[best] * 100 < words * languages->min_hits || hits[best] == second)
    return NULL;

  return g_ptr_array_index (languages->codes, best);
}

/**
 * plx_language_detect:
 * @text: an article's text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a NUL
 *
 * Guesses the language @text is written in from its first 20,000
 * bytes: by script for Devanagari (Hindi) and Arabic, by the share of
 * each language's function words for English, German, French and
 * Spanish (data/rules/languages.json; see the top of plx-language.c).
 *
 * Returns: (nullable): an ISO 639-1 code ("de"), owned by Parallax, or
 *   %NULL when the text does not say clearly enough
 */
const char *
plx_language_detect (const char *text,
                     gssize      length)
{
  const Languages *languages = get_languages ();
  g_autofree char *valid = NULL;
  const char *by_script;
  gsize sample;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return NULL;
  if (length < 0)
    length = (gssize) strlen (text);
  sample = MIN ((gsize) length, SAMPLE_BYTES);
  while (sample < (gsize) length && (text[sample] & 0xC0) == 0x80)
    sample++;
  if (!g_utf8_validate (text, (gssize) sample, NULL))
    {
      valid = g_utf8_make_valid (text, (gssize) sample);
      text = valid;
      sample = strlen (valid);
    }

  by_script = language_from_script (languages, text, sample);
  if (by_script != NULL)
    return by_script;

  return language_from_words (languages, text, sample);
}

/**
 * plx_language_majority:
 * @codes: (element-type utf8): the languages of a corpus's articles,
 *   with %NULL for an article whose language is not known
 *
 * The language most articles of a corpus are in, for the articles too
 * short to tell on their own: outlets compared in one corpus nearly
 * always write in one language.
 *
 * Returns: (nullable): the commonest code (of equals, the first to reach
 *   that count), owned
 *   by @codes, or %NULL if no article has a language
 */
const char *
plx_language_majority (GPtrArray *codes)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_count = 0;

  g_return_val_if_fail (codes != NULL, NULL);

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      guint count;

      if (code == NULL)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) + 1;
      g_hash_table_insert (counts, (gpointer) code, GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best = code;
          best_count = count;
        }
    }

  return best;
}
