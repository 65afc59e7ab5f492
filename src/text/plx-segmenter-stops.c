/* plx-segmenter-stops.c: whether a full stop ends a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-segmenter-private.h"

/* The word before a full stop decides (see plx-segmenter.c and
 * abbreviations.txt): a title or an initial never ends a sentence,
 * another abbreviation ends one only before a word that often opens
 * one and only after a few words, a time of day before a capitalised
 * word that is not a day or a time zone. */

/* How far the glued-sentence rule looks for signs of an address. */
#define MAX_TOKEN 256
/* A sentence that ends at an abbreviation has at least this many words:
 * in "At 5 a.m. Mr. Smith went to the bank" the time opens it. */
#define MIN_WORDS_ENDING_AT_ABBREVIATION 4

/* ------------------------------------------------------------------ */
/* Looking around a full stop                                           */

/* The word from @pos on, letters only, in @word; FALSE if there is
 * none or it is too long to matter. */
static gboolean
word_at (const char *text,
         gsize       pos,
         gsize       end,
         char        word[MAX_WORD])
{
  gsize p = pos;

  while (p < end && g_unichar_isalpha (char_at (text, p)))
    p = after_char (text, p);
  if (p == pos || p - pos >= MAX_WORD)
    return FALSE;

  memcpy (word, text + pos, p - pos);
  word[p - pos] = '\0';

  return TRUE;
}

/* Does the word at @pos often open a sentence? */
static gboolean
is_opener (const Rules *rules,
           const char  *text,
           gsize        pos,
           gsize        end)
{
  char word[MAX_WORD];

  return word_at (text, pos, end, word) && g_hash_table_contains (rules->openers, word);
}

/* Is the word at @pos a single capital followed by a full stop? */
static gboolean
is_initial_at (const char *text,
               gsize       pos,
               gsize       end)
{
  gsize next = after_char (text, pos);

  return g_unichar_isupper (char_at (text, pos)) && next < end && text[next] == '.';
}

/* Are there at least @n words in [@start, @end)? Counts from the end,
 * so that it stops early in a long sentence. */
static gboolean
has_words (const char *text,
           gsize       start,
           gsize       end,
           guint       n)
{
  gboolean in_word = FALSE;
  guint words = 0;

  for (gsize p = end; p > start && words < n; p--)
    {
      gboolean space = g_ascii_isspace (text[p - 1]);

      words += space && in_word;
      in_word = !space;
    }

  return words + (in_word ? 1 : 0) >= n;
}
/* ------------------------------------------------------------------ */
/* Full stops                                                           */

/* "p. m", "U. S", "z. B": single letters that a tokeniser spaced out
 * are read as one abbreviation ("p.m"), @word being the last of them. */
static void
prepend_spaced_letters (Scanner *s,
                        gsize   *word_start,
                        char     word[MAX_WORD])
{
  for (guint i = 0; i < 4; i++)
    {
      gsize p = *word_start;
      gsize letter;
      gsize length;
      gsize n = strlen (word);

      if (p < s->sentence_start + 3 || s->text[p - 1] != ' ' || s->text[p - 2] != '.')
        return;
      letter = before_char (s->text, p - 2);
      length = p - 2 - letter;
      if (!g_unichar_isalpha (char_at (s->text, letter)) || n + length + 1 >= MAX_WORD ||
          (letter > s->sentence_start && !g_unichar_isspace (char_at (s->text, before_char (s->text, letter)))))
        return;

      memmove (word + length + 1, word, n + 1);
      memcpy (word, s->text + letter, length);
      word[length] = '.';
      *word_start = letter;
    }
}

/* The word before the full stop at @dot, back to white space or the
 * start of the sentence, without opening quotes and brackets or
 * invisible marks. FALSE if there is none or it is too long. */
gboolean
_plx_segmenter_word_before (Scanner *s,
                            gsize    dot,
                            char     word[MAX_WORD],
                            gsize   *word_start)
{
  gsize p = dot;
  gsize n = 0;

  /* "Wittman/P.J.", "then-No. 1" */
  while (p > s->sentence_start && !g_unichar_isspace (char_at (s->text, before_char (s->text, p))) &&
         s->text[p - 1] != '/' && s->text[p - 1] != '-')
    {
      p = before_char (s->text, p);
      if (dot - p >= MAX_WORD)
        return FALSE;
    }
  while (p < dot && (is_quote (char_at (s->text, p)) || is_opening_bracket (char_at (s->text, p))))
    p = after_char (s->text, p);

  *word_start = p;
  for (; p < dot; p = after_char (s->text, p))
    {
      gsize next = after_char (s->text, p);

      if (is_format (char_at (s->text, p)))
        continue;
      memcpy (word + n, s->text + p, next - p);
      n += next - p;
    }
  word[n] = '\0';

  if (n > 0 && *g_utf8_next_char (word) == '\0')
    prepend_spaced_letters (s, word_start, word);

  return n > 0;
}

/* "U.S", "a.m", "P.M": single letters between full stops. */
static gboolean
is_dotted_acronym (const char *word)
{
  guint letters = 0;
  const char *p = word;

  while (*p != '\0')
    {
      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        return FALSE;
      p = g_utf8_next_char (p);
      letters++;
      if (*p == '\0')
        break;
      if (*p++ != '.')
        return FALSE;
    }

  return letters >= 2;
}

static gboolean
is_number (const char *word)
{
  return *word != '\0' && strspn (word, "0123456789") == strlen (word);
}

/* What kind of abbreviation a word that no list names is. */
static AbbreviationKind
guess_abbreviation (const char *word)
{
  gunichar c = g_utf8_get_char (word);

  if (*g_utf8_next_char (word) == '\0' && g_unichar_isalpha (c) && !is_wide_letter (c))
    {
      /* A capital is an initial ("S. Jaishankar"), a lower-case letter
       * ("p. 55", "z. B.") or one without case (Arabic "د." for
       * doctor) an abbreviation. */
      return ABBREVIATION_TITLE;
    }

  if (is_dotted_acronym (word))
    return ABBREVIATION_PLAIN;

  return ABBREVIATION_NONE;
}

/* "you and I. Did": a capital that is a word (the English "I") ends a
 * sentence after a word in lower case, unless an initial follows
 * ("Albert I. Jones" is a name). */
static gboolean
word_letter_ends_sentence (Scanner *s,
                           gsize    word_start,
                           gsize    next)
{
  gsize p = word_start;

  while (p > s->sentence_start && g_unichar_isspace (char_at (s->text, before_char (s->text, p))))
    p = before_char (s->text, p);
  if (p == s->sentence_start || p == word_start)
    return FALSE;
  while (p > s->sentence_start && !g_unichar_isspace (char_at (s->text, before_char (s->text, p))))
    p = before_char (s->text, p);

  return g_unichar_islower (char_at (s->text, p)) && !is_initial_at (s->text, next, s->end);
}

/* An abbreviation that can end a sentence ends it before a word that
 * often opens one, in a sentence long enough to be one. */
gboolean
_plx_segmenter_abbreviation_ends_sentence (Scanner *s,
                                           gsize    dot,
                                           gsize    next)
{
  gunichar n = char_at (s->text, next);

  /* A bracket after an abbreviation glosses it: "т. б. (тағы басқа)";
   * an initial goes on with it: "F. B. I." */
  if (g_unichar_isdigit (n) || is_opening_bracket (n) || is_initial_at (s->text, next, s->end))
    return FALSE;
  if (is_quote (n))
    return TRUE;

  return is_opener (s->rules, s->text, next, s->end) &&
         has_words (s->text, s->sentence_start, dot, MIN_WORDS_ENDING_AT_ABBREVIATION);
}

/* "at 4 p.m. Police said": a time of day ends a sentence before a
 * capitalised word, unless the word says more of the time ("p.m.
 * Friday", "a.m. ET"). */
static gboolean
time_ends_sentence (Scanner *s,
                    gsize    dot,
                    gsize    next)
{
  gunichar n = char_at (s->text, next);
  char word[MAX_WORD];

  /* "p.m. (1:40 a.m. ET)" */
  if (g_unichar_isdigit (n) || is_opening_bracket (n))
    return FALSE;
  if (is_quote (n))
    return TRUE;
  if (word_at (s->text, next, s->end, word) && g_hash_table_contains (s->rules->time_words, word))
    return FALSE;

  return has_words (s->text, s->sentence_start, dot, MIN_WORDS_ENDING_AT_ABBREVIATION);
}

/* "l’art", "dell’art": French and Italian elide a short word into the
 * abbreviation; the abbreviation is what follows the apostrophe. */
static const char *
after_elision (const char *word)
{
  const char *p;

  for (p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == '\'' || c == 0x2019) && p != word)
        return g_utf8_next_char (p);
    }

  return p;
}

/* Does the lone full stop at @dot end the sentence, given that the word
 * at @next can open one? */
gboolean
_plx_segmenter_stop_ends_sentence (Scanner *s,
                                   gsize    dot,
                                   gsize    next)
{
  char word[MAX_WORD];
  gsize word_start;
  AbbreviationKind kind;

  if (!_plx_segmenter_word_before (s, dot, word, &word_start))
    return TRUE;

  kind = _plx_segmenter_lookup_abbreviation (s->rules, word);
  if (kind == ABBREVIATION_NONE)
    kind = _plx_segmenter_lookup_abbreviation (s->rules, after_elision (word));
  if (kind == ABBREVIATION_NONE)
    kind = guess_abbreviation (word);

  switch (kind)
    {
    case ABBREVIATION_TITLE:
      return FALSE;
    case ABBREVIATION_WORD:
      return word_letter_ends_sentence (s, word_start, next);
    case ABBREVIATION_TIME:
      return time_ends_sentence (s, dot, next);
    case ABBREVIATION_NUMBER:
    case ABBREVIATION_PLAIN:
      return _plx_segmenter_abbreviation_ends_sentence (s, dot, next);
    case ABBREVIATION_NONE:
    default:
      break;
    }

  /* "am 12. Juni" but "auf Seite 12. Dort kannst du nachlesen." */
  if (s->rules->ordinals && is_number (word))
    return is_opener (s->rules, s->text, next, s->end);

  return TRUE;
}

/* Could the characters from @from to @to, inside one token, belong to a
 * web or e-mail address? */
static gboolean
looks_like_address (const char *text,
                    gsize       from,
                    gsize       to)
{
  for (gsize p = from; p < to; p++)
    {
      if (text[p] != '\0' && strchr ("/@:\\=_#", text[p]) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* "Hello world.Today is Tuesday.": a full stop between a lower-case
 * letter or digit and a capital, in a token that is no address. */
gboolean
_plx_segmenter_glued_sentence_at (Scanner *s,
                                  gsize    dot)
{
  gsize next = dot + 1;
  gsize from = dot;
  gsize to = next;
  gunichar before;

  if (dot == s->sentence_start || next >= s->end)
    return FALSE;
  before = char_at (s->text, before_char (s->text, dot));
  if ((!g_unichar_islower (before) && !g_unichar_isdigit (before)) ||
      !g_unichar_isupper (char_at (s->text, next)))
    return FALSE;

  while (from > s->sentence_start && !g_ascii_isspace (s->text[from - 1]) && dot - from < MAX_TOKEN)
    from--;
  while (to < s->end && !g_ascii_isspace (s->text[to]) && to - next < MAX_TOKEN)
    to++;
  if (dot - from >= MAX_TOKEN || to - next >= MAX_TOKEN)
    return FALSE;

  return memchr (s->text + from, '.', dot - from) == NULL &&
         !looks_like_address (s->text, from, to);
}
