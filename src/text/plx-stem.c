/* plx-stem.c: the English (Porter2) stemmer and light stemmers
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-tokens.h"

/* The "English" stemmer of the Snowball project, also known as Porter2,
 * written here from its published description: Martin Porter, "The
 * English (Porter2) stemming algorithm",
 * https://snowballstem.org/algorithms/english/stemmer.html, and its
 * Snowball source, algorithms/english.sbl, as released in Snowball 2.2
 * and 2.3 (2023), without the changes of Snowball 3.0 (2025: the
 * "past", "univers", "later", "emerg", "organ" and "inter" prefixes, the
 * -ing and -eed exceptions, -ogist). Its expected output for the 42,603
 * words of snowball-data's english/voc.txt (2023) is what this code was
 * checked against; tests/test-tokens.c keeps a sample of those pairs.
 *
 * In short, for a lower-case word:
 *
 *  - Exceptional forms are looked up first ("skies" -> "sky", "news"
 *    stays "news"); words of fewer than three letters stay as they are.
 *  - Prelude: drop an initial apostrophe; an initial y, or a y after a
 *    vowel, becomes Y, a consonant.
 *  - Regions: R1 is the part after the first non-vowel that follows a
 *    vowel (or after the prefixes gener-, commun-, arsen-); R2 is the
 *    same taken again inside R1. Vowels are a e i o u y.
 *  - Step 0 removes 's' 's '; step 1a deals with plural -s, -ies,
 *    -sses; after it, a few words ("inning", "proceed") stop.
 *  - Step 1b removes -ed, -ing, -edly, -ingly (when a vowel remains)
 *    and tidies the end (hop(p)ing -> hope, hopp -> hop, but not add ->
 *    ad); -eed(ly) becomes -ee in R1. Step 1c turns a final y after a
 *    consonant into i.
 *  - Steps 2 and 3 map derivational suffixes in R1 (-ational -> -ate,
 *    -fulness -> -ful, ...); step 4 deletes suffixes in R2 (-ment,
 *    -ance, ...); step 5 removes a final e or the second l of -ll.
 *  - Postlude: Y becomes y again.
 *
 * At each step only the longest matching suffix counts: when its
 * condition fails, shorter suffixes are not tried. The word is held as
 * an array of characters so that letters outside ASCII count as one
 * letter (and as consonants), as in Snowball's UTF-8 mode. */

#define STEM_MAX_LENGTH 64

typedef struct
{
  gunichar s[STEM_MAX_LENGTH + 4];
  int      len;
  int      p1;
  int      p2;
} Word;

typedef struct
{
  const char *suffix;
  int         length;
  const char *replacement;
} Rule;

/* A rule with its suffix's length, counted by the compiler. */
#define RULE(suffix, replacement) { suffix, sizeof (suffix) - 1, replacement }

static gboolean
is_vowel (gunichar c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static gboolean
is_double (const Word *w)
{
  gunichar c;

  if (w->len < 2 || w->s[w->len - 1] != w->s[w->len - 2])
    return FALSE;
  c = w->s[w->len - 1];

  return c == 'b' || c == 'd' || c == 'f' || c == 'g' || c == 'm'
         || c == 'n' || c == 'p' || c == 'r' || c == 't';
}

static gboolean
is_valid_li (gunichar c)
{
  return c < 0x80 && strchr ("cdeghkmnrt", (int) c) != NULL;
}

static gboolean
ends_with_n (const Word *w,
             const char *suffix,
             int         n)
{
  if (n > w->len)
    return FALSE;
  /* From the end: most suffixes differ in their last letter. */
  for (int i = n - 1; i >= 0; i--)
    if (w->s[w->len - n + i] != (gunichar) suffix[i])
      return FALSE;

  return TRUE;
}

static gboolean
ends_with (const Word *w,
           const char *suffix)
{
  return ends_with_n (w, suffix, (int) strlen (suffix));
}

static gboolean
equals (const Word *w,
        const char *word)
{
  return (int) strlen (word) == w->len && ends_with (w, word);
}

/* Replaces the last @n letters by @replacement. */
static void
replace_end (Word       *w,
             int         n,
             const char *replacement)
{
  w->len -= n;
  for (const char *r = replacement; *r != '\0'; r++)
    w->s[w->len++] = (gunichar) *r;
}

/* The longest of @rules whose suffix ends the word, or NULL. The rules
 * are listed longest first. */
static const Rule *
longest_rule (const Word *w,
              const Rule *rules,
              gsize       n_rules)
{
  for (gsize i = 0; i < n_rules; i++)
    if (ends_with_n (w, rules[i].suffix, rules[i].length))
      return &rules[i];

  return NULL;
}

/* A short syllable ends at @end (exclusive): a vowel followed by a
 * non-vowel other than w, x or Y and preceded by a non-vowel, or a vowel
 * at the start of the word followed by a non-vowel. */
static gboolean
ends_short_syllable (const Word *w,
                     int         end)
{
  gunichar last;

  if (end < 2)
    return FALSE;
  last = w->s[end - 1];
  if (end == 2)
    return is_vowel (w->s[0]) && !is_vowel (last);

  return !is_vowel (last) && last != 'w' && last != 'x' && last != 'Y'
         && is_vowel (w->s[end - 2]) && !is_vowel (w->s[end - 3]);
}

static gboolean
has_vowel_before (const Word *w,
                  int         end)
{
  for (int i = 0; i < end; i++)
    if (is_vowel (w->s[i]))
      return TRUE;

  return FALSE;
}

/* Returns the stem of an exceptional form in @out, or FALSE. */
static gboolean
stem_exception (const Word  *w,
                const char **out)
{
  static const Rule exceptions[] = {
    RULE ("skis", "ski"), RULE ("skies", "sky"), RULE ("dying", "die"),
    RULE ("lying", "lie"), RULE ("tying", "tie"),
    RULE ("idly", "idl"), RULE ("gently", "gentl"), RULE ("ugly", "ugli"),
    RULE ("early", "earli"), RULE ("only", "onli"), RULE ("singly", "singl"),
    /* invariant forms */
    RULE ("sky", "sky"), RULE ("news", "news"), RULE ("howe", "howe"),
    RULE ("atlas", "atlas"), RULE ("cosmos", "cosmos"), RULE ("bias", "bias"),
    RULE ("andes", "andes"),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (exceptions); i++)
    if (exceptions[i].length == w->len
        && ends_with_n (w, exceptions[i].suffix, exceptions[i].length))
      {
        *out = exceptions[i].replacement;
        return TRUE;
      }

  return FALSE;
}

static void
prelude (Word *w)
{
  if (w->len > 0 && w->s[0] == '\'')
    {
      memmove (w->s, w->s + 1, sizeof (gunichar) * (gsize) (w->len - 1));
      w->len--;
    }
  for (int i = 0; i < w->len; i++)
    if (w->s[i] == 'y' && (i == 0 || is_vowel (w->s[i - 1])))
      w->s[i] = 'Y';
}

/* The position after the first non-vowel that follows a vowel, at or
 * after @from; the word's length when there is none. */
static int
region_after (const Word *w,
              int         from)
{
  for (int i = from; i + 1 < w->len; i++)
    if (is_vowel (w->s[i]) && !is_vowel (w->s[i + 1]))
      return i + 2;

  return w->len;
}

static void
mark_regions (Word *w)
{
  static const char *const prefixes[] = { "gener", "commun", "arsen" };

  w->p1 = -1;
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      int n = (int) strlen (prefixes[i]);
      int j = 0;

      while (j < n && j < w->len && w->s[j] == (gunichar) prefixes[i][j])
        j++;
      if (j == n)
        w->p1 = n;
    }
  if (w->p1 < 0)
    w->p1 = region_after (w, 0);
  w->p2 = region_after (w, w->p1);
}

static void
step_0 (Word *w)
{
  static const Rule rules[] = { RULE ("'s'", ""), RULE ("'s", ""), RULE ("'", "") };
  const Rule *rule = longest_rule (w, rules, G_N_ELEMENTS (rules));

  if (rule != NULL)
    replace_end (w, (int) rule->length, "");
}

static void
step_1a (Word *w)
{
  if (ends_with (w, "sses"))
    replace_end (w, 4, "ss");
  else if (ends_with (w, "ied") || ends_with (w, "ies"))
    replace_end (w, 3, w->len > 4 ? "i" : "ie");
  else if (ends_with (w, "us") || ends_with (w, "ss"))
    return;
  else if (ends_with (w, "s") && has_vowel_before (w, w->len - 2))
    replace_end (w, 1, "");
}

static gboolean
is_exception_after_1a (const Word *w)
{
  static const char *const words[] = {
    "inning", "outing", "canning", "herring", "earring",
    "proceed", "exceed", "succeed",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (equals (w, words[i]))
      return TRUE;

  return FALSE;
}

/* After -ed or -ing has gone: luxuriat -> luxuriate, hopp -> hop,
 * hop -> hope. A double after a lone a, e or o stays (add, egg, off). */
static void
step_1b_tidy (Word *w)
{
  if (ends_with (w, "at") || ends_with (w, "bl") || ends_with (w, "iz"))
    replace_end (w, 0, "e");
  else if (is_double (w))
    {
      gunichar first = w->s[0];

      if (!(w->len == 3 && (first == 'a' || first == 'e' || first == 'o')))
        w->len--;
    }
  else if (w->p1 == w->len && ends_short_syllable (w, w->len))
    replace_end (w, 0, "e");
}

static void
step_1b (Word *w)
{
  static const Rule rules[] = {
    RULE ("eedly", "ee"), RULE ("ingly", ""), RULE ("edly", ""), RULE ("eed", "ee"),
    RULE ("ing", ""), RULE ("ed", ""),
  };
  const Rule *rule = longest_rule (w, rules, G_N_ELEMENTS (rules));
  int n;

  if (rule == NULL)
    return;
  n = (int) rule->length;
  if (*rule->replacement != '\0')
    {
      if (w->len - n >= w->p1)
        replace_end (w, n, rule->replacement);
      return;
    }
  if (!has_vowel_before (w, w->len - n))
    return;
  replace_end (w, n, "");
  step_1b_tidy (w);
}

static void
step_1c (Word *w)
{
  gunichar last;

  if (w->len < 3)
    return;
  last = w->s[w->len - 1];
  if ((last == 'y' || last == 'Y') && !is_vowel (w->s[w->len - 2]))
    w->s[w->len - 1] = 'i';
}

static void
step_2 (Word *w)
{
  static const Rule rules[] = {
    RULE ("ization", "ize"), RULE ("ational", "ate"), RULE ("fulness", "ful"),
    RULE ("ousness", "ous"), RULE ("iveness", "ive"), RULE ("tional", "tion"),
    RULE ("biliti", "ble"), RULE ("lessli", "less"), RULE ("entli", "ent"),
    RULE ("ation", "ate"), RULE ("alism", "al"), RULE ("aliti", "al"),
    RULE ("ousli", "ous"), RULE ("iviti", "ive"), RULE ("fulli", "ful"),
    RULE ("enci", "ence"), RULE ("anci", "ance"), RULE ("abli", "able"),
    RULE ("izer", "ize"), RULE ("ator", "ate"), RULE ("alli", "al"),
    RULE ("bli", "ble"), RULE ("ogi", "og"), RULE ("li", ""),
  };
  const Rule *rule = longest_rule (w, rules, G_N_ELEMENTS (rules));
  int n;
  gunichar before;

  if (rule == NULL)
    return;
  n = (int) rule->length;
  if (w->len - n < w->p1)
    return;
  before = w->len > n ? w->s[w->len - n - 1] : 0;
  if (strcmp (rule->suffix, "ogi") == 0 && before != 'l')
    return;
  if (strcmp (rule->suffix, "li") == 0 && !is_valid_li (before))
    return;
  replace_end (w, n, rule->replacement);
}

static void
step_3 (Word *w)
{
  static const Rule rules[] = {
    RULE ("ational", "ate"), RULE ("tional", "tion"), RULE ("alize", "al"),
    RULE ("icate", "ic"), RULE ("iciti", "ic"), RULE ("ative", ""),
    RULE ("ical", "ic"), RULE ("ness", ""), RULE ("ful", ""),
  };
  const Rule *rule = longest_rule (w, rules, G_N_ELEMENTS (rules));
  int n;

  if (rule == NULL)
    return;
  n = (int) rule->length;
  if (w->len - n < w->p1)
    return;
  if (strcmp (rule->suffix, "ative") == 0 && w->len - n < w->p2)
    return;
  replace_end (w, n, rule->replacement);
}

static void
step_4 (Word *w)
{
  static const Rule rules[] = {
    RULE ("ement", ""), RULE ("ance", ""), RULE ("ence", ""), RULE ("able", ""),
    RULE ("ible", ""), RULE ("ment", ""), RULE ("ant", ""), RULE ("ent", ""),
    RULE ("ism", ""), RULE ("ate", ""), RULE ("iti", ""), RULE ("ous", ""),
    RULE ("ive", ""), RULE ("ize", ""), RULE ("ion", ""), RULE ("al", ""),
    RULE ("er", ""), RULE ("ic", ""),
  };
  const Rule *rule = longest_rule (w, rules, G_N_ELEMENTS (rules));
  int n;

  if (rule == NULL)
    return;
  n = (int) rule->length;
  if (w->len - n < w->p2)
    return;
  if (strcmp (rule->suffix, "ion") == 0)
    {
      gunichar before = w->len > n ? w->s[w->len - n - 1] : 0;

      if (before != 's' && before != 't')
        return;
    }
  replace_end (w, n, "");
}

static void
step_5 (Word *w)
{
  int at = w->len - 1;

  if (at < 0)
    return;
  if (w->s[at] == 'e')
    {
      if (at >= w->p2 || (at >= w->p1 && !ends_short_syllable (w, at)))
        w->len--;
    }
  else if (w->s[at] == 'l')
    {
      if (at >= w->p2 && at > 0 && w->s[at - 1] == 'l')
        w->len--;
    }
}

static void
postlude (Word *w)
{
  for (int i = 0; i < w->len; i++)
    if (w->s[i] == 'Y')
      w->s[i] = 'y';
}

static void
stem_english (Word *w)
{
  prelude (w);
  mark_regions (w);
  step_0 (w);
  step_1a (w);
  if (!is_exception_after_1a (w))
    {
      step_1b (w);
      step_1c (w);
      step_2 (w);
      step_3 (w);
      step_4 (w);
      step_5 (w);
    }
  postlude (w);
}

/* English when the language says so, or when it is unknown and the
 * word is written in Latin letters. */
static gboolean
wants_english (const char *norm,
               const char *language)
{
  if (language != NULL)
    return g_ascii_strncasecmp (language, "en", 2) == 0
           && (language[2] == '\0' || language[2] == '-' || language[2] == '_');

  for (const char *p = norm; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
    }

  return FALSE;
}

/* ---- Light stemmers ---------------------------------------------- */

/* German, French, Spanish and Hindi get a "light" stemmer: it removes
 * the endings of number, gender and case only, which is what pays when the
 * same statement is worded by several outlets ("Zölle" and "Zöllen",
 * "annoncé" and "annoncées"), while derivational suffixes (which a full
 * Snowball stemmer removes) change meaning more often than they keep
 * it. The rules are data: data/rules/stem-LL.txt (the format is
 * described in stem-de.txt; Hindi's, stem-hi.txt, is the suffix list of
 * Ramanathan and Rao's lightweight stemmer). */

#define LIGHT_MAX_STEPS 3

typedef struct
{
  gunichar *suffix;
  glong     suffix_length;
  gunichar *replacement;
  glong     replacement_length;
  int       min_left;
  gunichar *previous;          /* allowed letters before it, or NULL */
} LightRule;

typedef struct
{
  GHashTable *map;             /* gunichar -> gunichar */
  GPtrArray  *steps[LIGHT_MAX_STEPS]; /* LightRule, longest suffix first */
  guint       n_steps;
} LightStemmer;

static const char *const light_languages[] = { "de", "fr", "es", "hi" };

static gint
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const LightRule *x = *(LightRule * const *) a;
  const LightRule *y = *(LightRule * const *) b;

  return (int) (y->suffix_length - x->suffix_length);
}

static gunichar *
to_ucs4 (const char *text,
         glong      *length)
{
  return g_utf8_to_ucs4_fast (text, -1, length);
}

static LightStemmer *
light_stemmer_load (const char *code)
{
  g_autofree char *name = g_strdup_printf ("stem-%s.txt", code);
  g_autoptr(GBytes) bytes = plx_data_lookup (name);
  g_autofree char *copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  LightStemmer *stemmer = g_new0 (LightStemmer, 1);

  stemmer->map = g_hash_table_new (NULL, NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      LightRule *rule;

      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_ptr_array_add (words, fields[f]);
      if (words->len == 0 || *(char *) words->pdata[0] == '#')
        continue;
      if (g_str_equal (words->pdata[0], "map") && words->len == 3)
        {
          g_hash_table_insert (stemmer->map,
                               GUINT_TO_POINTER (g_utf8_get_char (words->pdata[1])),
                               GUINT_TO_POINTER (g_utf8_get_char (words->pdata[2])));
          continue;
        }
      if (g_str_equal (words->pdata[0], "step"))
        {
          if (stemmer->n_steps == LIGHT_MAX_STEPS)
            g_error ("Parallax data file %s has more than %d steps", name, LIGHT_MAX_STEPS);
          stemmer->steps[stemmer->n_steps++] = g_ptr_array_new ();
          continue;
        }
      if (stemmer->n_steps == 0 || words->len < 3)
        g_error ("Parallax data file %s is broken at line %u", name, i + 1);

      rule = g_new0 (LightRule, 1);
      rule->suffix = to_ucs4 (words->pdata[0], &rule->suffix_length);
      rule->replacement = to_ucs4 (g_str_equal (words->pdata[1], "-") ? "" : words->pdata[1],
                                   &rule->replacement_length);
      rule->min_left = atoi (words->pdata[2]);
      if (words->len > 3)
        rule->previous = to_ucs4 (words->pdata[3], NULL);
      g_ptr_array_add (stemmer->steps[stemmer->n_steps - 1], rule);
    }

  for (guint i = 0; i < stemmer->n_steps; i++)
    g_ptr_array_sort (stemmer->steps[i], compare_rules);

  return stemmer;
}

static gboolean
rule_applies (const LightRule *rule,
              const Word      *w)
{
  glong left = w->len - rule->suffix_length;

  if (left < rule->min_left)
    return FALSE;
  for (glong k = 0; k < rule->suffix_length; k++)
    if (w->s[left + k] != rule->suffix[k])
      return FALSE;
  if (rule->previous != NULL)
    {
      for (const gunichar *p = rule->previous; *p != 0; p++)
        if (*p == w->s[left - 1])
          return TRUE;
      return FALSE;
    }

  return TRUE;
}

static void
light_step (GPtrArray *rules,
            Word      *w)
{
  for (guint r = 0; r < rules->len; r++)
    {
      const LightRule *rule = g_ptr_array_index (rules, r);

      if (!rule_applies (rule, w)
          || w->len - rule->suffix_length + rule->replacement_length > STEM_MAX_LENGTH)
        continue;
      w->len -= (int) rule->suffix_length;
      for (glong k = 0; k < rule->replacement_length; k++)
        w->s[w->len++] = rule->replacement[k];
      return;
    }
}

static void
stem_light (const LightStemmer *stemmer,
            Word               *w)
{
  for (int i = 0; i < w->len; i++)
    {
      gpointer to = g_hash_table_lookup (stemmer->map, GUINT_TO_POINTER (w->s[i]));

      if (to != NULL)
        w->s[i] = GPOINTER_TO_UINT (to);
    }
  for (guint i = 0; i < stemmer->n_steps; i++)
    light_step (stemmer->steps[i], w);
}

/* The light stemmer of @language, or NULL if it has none. */
static const LightStemmer *
light_stemmer_for (const char *language)
{
  static gsize stemmers[G_N_ELEMENTS (light_languages)];

  if (language == NULL || strlen (language) < 2
      || (language[2] != '\0' && language[2] != '-' && language[2] != '_'))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (light_languages); i++)
    {
      if (g_ascii_strncasecmp (language, light_languages[i], 2) != 0)
        continue;
      if (g_once_init_enter (&stemmers[i]))
        g_once_init_leave (&stemmers[i], (gsize) light_stemmer_load (light_languages[i]));
      return (const LightStemmer *) stemmers[i];
    }

  return NULL;
}

/* Only words: a token with a digit ("H-1B", "G20") is a name. Vowel
 * signs and viramas (Devanagari) are marks, not letters, and belong to
 * their word. */
static gboolean
is_plain_word (const char *norm)
{
  for (const char *p = norm; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && !g_unichar_ismark (c))
        return FALSE;
    }

  return TRUE;
}

/**
 * plx_stem:
 * @norm: a normalised word (see plx_normalise_text())
 * @language: (nullable): the text's language code, or %NULL if unknown
 *
 * Reduces a word to its stem, so that words that differ only by their
 * endings compare equal: English with the Porter2 algorithm
 * ("consigned", "consigning" and "consignment"), German, French,
 * Spanish and Hindi with a light stemmer that removes inflections only
 * ("Zölle" and "Zöllen", "annoncée" and "annoncés", "aranceles" and
 * "arancel", "लड़के" and "लड़कों"; see data/rules/stem-de.txt and
 * stem-hi.txt). A %NULL @language is taken as English for words in
 * Latin letters. Other languages have no stemmer: their words come back
 * unchanged, as do words too long to be real ones.
 *
 * Returns: (transfer full): the stem
 */
char *
plx_stem (const char *norm,
          const char *language)
{
  Word w = { 0 };
  const char *exception;
  const LightStemmer *light = NULL;
  glong n_chars;

  g_return_val_if_fail (norm != NULL, NULL);

  if (!wants_english (norm, language)
      && ((light = light_stemmer_for (language)) == NULL || !is_plain_word (norm)))
    return g_strdup (norm);
  n_chars = g_utf8_strlen (norm, -1);
  if (n_chars > STEM_MAX_LENGTH)
    return g_strdup (norm);

  w.len = (int) n_chars;
  for (int i = 0; i < w.len; i++, norm = g_utf8_next_char (norm))
    w.s[i] = g_utf8_get_char (norm);

  if (light != NULL)
    stem_light (light, &w);
  else if (stem_exception (&w, &exception))
    return g_strdup (exception);
  else if (w.len >= 3)
    stem_english (&w);

  return g_ucs4_to_utf8 (w.s, w.len, NULL, NULL, NULL);
}
