/* plx-variants.c: spellings of one word (defence, defense) and of one name
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-variants.h"

/* Outlets spell the same word their own way: British "defence",
 * "programme" and "organisation", American "defense", "program" and
 * "organization"; Indian papers write "Jaishankar" where a wire
 * transliterates "Jayshankar". Neither is a difference a reader of the
 * comparison looks for. Two kinds of variant are recognised:
 *
 *  - English spellings, by rule: data/rules/variants-en.txt rewrites a
 *    word to its American spelling (its format is described there).
 *    The tokenizer stems the rewritten word, so that everything that
 *    compares stems (the similarity, the ledger) sees one word, and the
 *    word diff counts two words of one spelling as equal.
 *  - Names, by a character test, since no table holds every
 *    transliteration: see plx_variant_same_name(). The test compares
 *    two words, so it cannot give a word one canonical form; the word
 *    diff applies it to the words one sentence has and the other lacks,
 *    and the similarity's character trigrams already score such names
 *    as close. */

typedef struct
{
  char   *group;
  char   *from;
  char   *to;
  GStrv   endings;      /* "" for none */
  guint   min;
  char   *previous;     /* letters allowed before FROM, or NULL */
} Rule;

typedef struct
{
  GPtrArray  *rules;      /* Rule, in the file's order */
  GHashTable *exceptions; /* "group\x1fword" -> itself */
  GHashTable *suffixes;   /* "group\x1fword" for "*word" -> itself */
} Variants;

static void
add_rule (Variants  *variants,
          char     **words,
          guint      n,
          guint      line)
{
  Rule *rule;

  if (n < 5)
    g_error ("Parallax data file variants-en.txt is broken at line %u", line);

  rule = g_new0 (Rule, 1);
  rule->group = g_strdup (words[0]);
  rule->from = g_strdup (words[1]);
  rule->to = g_strdup (words[2]);
  rule->endings = g_strsplit (words[3], ",", -1);
  for (guint e = 0; rule->endings[e] != NULL; e++)
    if (g_str_equal (rule->endings[e], "-"))
      rule->endings[e][0] = '\0';
  rule->min = (guint) atoi (words[4]);
  rule->previous = n > 5 ? g_strdup (words[5]) : NULL;
  g_ptr_array_add (variants->rules, rule);
}

static void
add_exceptions (Variants  *variants,
                char     **words,
                guint      n)
{
  for (guint i = 2; i < n; i++)
    {
      gboolean suffix = words[i][0] == '*';
      char *key = g_strconcat (words[1], "\x1f", words[i] + suffix, NULL);

      g_hash_table_add (suffix ? variants->suffixes : variants->exceptions, key);
    }
}

static gpointer
load_variants (gpointer data)
{
  g_autoptr(GBytes) bytes = plx_data_lookup ("variants-en.txt");
  g_autofree char *copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  Variants *variants = g_new0 (Variants, 1);

  variants->rules = g_ptr_array_new ();
  variants->exceptions = g_hash_table_new (g_str_hash, g_str_equal);
  variants->suffixes = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_ptr_array_add (words, fields[f]);
      if (words->len == 0 || *(char *) words->pdata[0] == '#')
        continue;
      if (g_str_equal (words->pdata[0], "except"))
        add_exceptions (variants, (char **) words->pdata, words->len);
      else
        add_rule (variants, (char **) words->pdata, words->len, i + 1);
    }

  return variants;
}

static const Variants *
get_variants (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_variants, NULL);
}

/* Whether @base, a word of @rule's group, is one of its exceptions. */
static gboolean
is_exception (const Variants *variants,
              const Rule     *rule,
              const char     *base)
{
  g_autofree char *key = NULL;
  gsize group_length = strlen (rule->group);

  if (g_str_equal (rule->group, "-"))
    return FALSE;
  key = g_strconcat (rule->group, "\x1f", base, NULL);
  if (g_hash_table_contains (variants->exceptions, key))
    return TRUE;
  /* "*wise": every ending of the key, from its first letter on */
  for (const char *p = key + group_length + 1; *p != '\0'; p++)
    {
      g_autofree char *suffix = g_strconcat (rule->group, "\x1f", p, NULL);

      if (g_hash_table_contains (variants->suffixes, suffix))
        return TRUE;
    }

  return FALSE;
}

/* The American spelling of @part (@length bytes, lower-case ASCII), or
 * NULL when no rule applies. */
static char *
rewrite_part (const Variants *variants,
              const char     *part,
              gsize           length)
{
  for (guint r = 0; r < variants->rules->len; r++)
    {
      const Rule *rule = g_ptr_array_index (variants->rules, r);
      gsize from_length = strlen (rule->from);

      for (guint e = 0; rule->endings[e] != NULL; e++)
        {
          const char *ending = rule->endings[e];
          gsize ending_length = strlen (ending);
          gsize head;
          g_autofree char *base = NULL;

          if (length < from_length + ending_length)
            continue;
          head = length - from_length - ending_length;
          if (head < rule->min
              || strncmp (part + head, rule->from, from_length) != 0
              || strncmp (part + head + from_length, ending, ending_length) != 0)
            continue;
          if (rule->previous != NULL
              && (head == 0 || strchr (rule->previous, part[head - 1]) == NULL))
            continue;
          base = g_strdup_printf ("%.*s%s", (int) head, part, rule->group);
          if (is_exception (variants, rule, base))
            continue;

          return g_strdup_printf ("%.*s%s%s", (int) head, part, rule->to, ending);
        }
    }

  return NULL;
}

/* Spellings already found, by word (a process's words, bounded). */
#define SPELLING_CACHE_MAX 200000
static GHashTable *spelling_cache;
G_LOCK_DEFINE_STATIC (spelling_cache);

static char *rewrite_word (const char *norm);

static gboolean
is_english (const char *language)
{
  if (language != NULL)
    return g_ascii_strncasecmp (language, "en", 2) == 0
           && (language[2] == '\0' || language[2] == '-' || language[2] == '_');

  return TRUE;
}

/**
 * plx_variant_spelling:
 * @norm: a normalised word (see plx_normalise_text())
 * @language: (nullable): the text's language code, or %NULL if unknown
 *   (then a word in plain ASCII letters is taken as English)
 *
 * The one spelling of an English word that has several: British
 * spellings become American ones ("defence" -> "defense", "programmes"
 * -> "programs", "organisation" -> "organization", "labour-intensive"
 * -> "labor-intensive"), by the rules of data/rules/variants-en.txt.
 * Words of other languages, and words the rules leave alone, come back
 * unchanged.
 *
 * Returns: (transfer full): the spelling
 */
char *
plx_variant_spelling (const char *norm,
                      const char *language)
{
  const char *known;
  char *spelling;

  g_return_val_if_fail (norm != NULL, NULL);

  if (!is_english (language))
    return g_strdup (norm);
  for (const char *p = norm; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || *p == '-' || *p == '\''))
      return g_strdup (norm);

  /* Each word is looked up once a process: the rules are tried in turn,
   * and the tokenizer and the similarity ask for every word. */
  G_LOCK (spelling_cache);
  if (spelling_cache == NULL)
    spelling_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known = g_hash_table_lookup (spelling_cache, norm);
  spelling = g_strdup (known);
  G_UNLOCK (spelling_cache);
  if (spelling != NULL)
    return spelling;

  spelling = rewrite_word (norm);

  G_LOCK (spelling_cache);
  if (g_hash_table_size (spelling_cache) >= SPELLING_CACHE_MAX)
    g_hash_table_remove_all (spelling_cache);
  g_hash_table_replace (spelling_cache, g_strdup (norm), g_strdup (spelling));
  G_UNLOCK (spelling_cache);

  return spelling;
}

/* The American spelling of @norm, lower-case ASCII, part by part
 * ("labour-intensive"). */
static char *
rewrite_word (const char *norm)
{
  const Variants *variants = get_variants ();
  GString *out;
  const char *part;

  out = g_string_new (NULL);
  for (part = norm;; )
    {
      gsize length = strcspn (part, "-");
      g_autofree char *rewritten = rewrite_part (variants, part, length);

      if (rewritten != NULL)
        g_string_append (out, rewritten);
      else
        g_string_append_len (out, part, (gssize) length);
      if (part[length] == '\0')
        break;
      g_string_append_c (out, '-');
      part += length + 1;
    }

  return g_string_free (out, FALSE);
}

/* Names of fewer letters than this are too short to tell a variant from
 * another name ("Ram" and "Rao"). */
#define NAME_MIN_LETTERS 7

/* The letter without its accents: "ğ" is "g". */
static gunichar
base_letter (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) == 0)
    return c;

  return decomposed[0];
}

/* Transliterations of one name differ in the letters that stand for
 * vowels and glides ("Jaishankar", "Jayshankar"; "Muhammad",
 * "Mohammad") and in accents ("Erdogan", "Erdoğan"); consonants that
 * differ make another name ("Verkauf", "Verlauf"; "Johnston",
 * "Johnson"). */
static gboolean
is_soft (gunichar c)
{
  c = base_letter (c);

  return c < 0x80 && strchr ("aeiouywh", (int) c) != NULL;
}

static gboolean
letters_agree (gunichar a,
               gunichar b)
{
  return base_letter (a) == base_letter (b) || (is_soft (a) && is_soft (b));
}

/* Whether one edit turns @a into @b: a letter changed for one that
 * agrees with it, or a soft letter or a doubled one added or taken
 * away, but not at the end, which makes another word of a name
 * ("Austria", "Austrian"), unless it doubles the last letter
 * ("Zelensky", "Zelenskyy"). */
static gboolean
one_edit_apart (const gunichar *a,
                glong           na,
                const gunichar *b,
                glong           nb)
{
  glong i = 0;

  if (na > nb)
    return one_edit_apart (b, nb, a, na);
  while (i < na && a[i] == b[i])
    i++;
  if (i == na)
    return nb == na + 1 && na > 0 && b[na] == b[na - 1];
  if (na == nb)
    return letters_agree (a[i], b[i])
           && memcmp (a + i + 1, b + i + 1, sizeof (gunichar) * (gsize) (na - i - 1)) == 0;

  /* b[i] is the added letter */
  return (is_soft (b[i]) || b[i] == b[i + 1] || (i > 0 && b[i] == b[i - 1]))
         && memcmp (a + i, b + i + 1, sizeof (gunichar) * (gsize) (na - i)) == 0;
}

/**
 * plx_variant_same_name:
 * @a: a normalised name, a capitalised word ("jaishankar")
 * @b: another
 *
 * Whether two names are spellings of one, as transliterations of a name
 * often are ("Jaishankar" and "Jayshankar"): both have at least seven
 * letters, the same first letter and one edit between them: a vowel or
 * glide (a, e, i, o, u, y, w, h) changed for another or a letter for
 * itself with other accents ("Muhammad", "Mohammad"; "Erdogan",
 * "Erdoğan"), or a vowel, glide or doubled letter added or taken away
 * ("Gaddafi", "Gadafi"); not at the end ("Austria" and "Austrian" are
 * two words) unless it doubles the last letter ("Zelensky",
 * "Zelenskyy"). Consonants that differ make two names ("Johnston",
 * "Johnson"; German nouns: "Verkauf", "Verlauf"). "Jaishankar" and "Jaitley" are two names.
 * The caller decides which words are names (a capital letter).
 *
 * Returns: %TRUE if @a and @b are the same name spelt differently
 */
gboolean
plx_variant_same_name (const char *a,
                       const char *b)
{
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  glong na, nb;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ua = g_utf8_to_ucs4_fast (a, -1, &na);
  ub = g_utf8_to_ucs4_fast (b, -1, &nb);
  if (na < NAME_MIN_LETTERS || nb < NAME_MIN_LETTERS || ABS (na - nb) > 1 || ua[0] != ub[0])
    return FALSE;
  for (glong i = 0; i < na; i++)
    if (!g_unichar_isalpha (ua[i]) && !g_unichar_ismark (ua[i]))
      return FALSE;
  for (glong i = 0; i < nb; i++)
    if (!g_unichar_isalpha (ub[i]) && !g_unichar_ismark (ub[i]))
      return FALSE;

  return one_edit_apart (ua, na, ub, nb);
}
