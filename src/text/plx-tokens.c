/* plx-tokens.c: words, numbers and punctuation of a sentence, normalised
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-tokens.h"

/* Tokenising runs in four passes over a sentence:
 *
 *  1. Lexing cuts the text into runs of letters, marks and digits
 *     (with inner apostrophes, hyphens and, between digits, decimal and
 *     thousands separators: "he's", "H-1B", "2,500.5"), "@handles",
 *     dotted acronyms ("U.S.") and initials before a name ("S."), and single punctuation marks. White
 *     space is not a token.
 *  2. Quotation marks are paired: tokens between an opening and a
 *     closing mark are QUOTED. A closing curly quote with no opening
 *     one before it ends a quotation that began in an earlier sentence,
 *     so everything before it is quoted.
 *  3. Each lexeme gets its normalised form (plx_normalise_text()).
 *  4. Figures are merged with their currency, scale and unit into one
 *     NUMBER token with a canonical form ("$2.5 billion" ->
 *     "2500000000 usd"), month and weekday names get their full name,
 *     and words get their stop-word flag and stem.
 *
 * Everything is linear in the length of the text; the word lists are
 * loaded once per process, thread-safely, on first use. */

typedef enum
{
  LEX_WORD,       /* letters, marks, digits: "he's", "H-1B" */
  LEX_NUMERIC,    /* digits and hyphens, no letters: "2024-25" */
  LEX_DIGITS,     /* a figure: "1,500", "2.5" */
  LEX_ORDINAL,    /* "13th" */
  LEX_SCALED,     /* a figure with a scale: "3m", "4bn" */
  LEX_ACRONYM,    /* "U.S." */
  LEX_PUNCT,
} LexKind;

typedef struct
{
  gsize          start;
  gsize          end;
  gsize          figure_end;   /* LEX_ORDINAL, LEX_SCALED: end of the digits */
  LexKind        kind;
  PlxTokenFlags  flags;
  char          *norm;
} Lexeme;

typedef struct
{
  const char *text;
  gsize       length;
  const char *language;        /* "en", "de", "fr", "es", "hi" or NULL */
  gboolean    comma_decimal;   /* "2,5" is two and a half */
  GArray     *lexemes;
  GArray     *tokens;
} Tokenizer;

/* Languages that have a stop-word list: data/rules/stopwords-LL.txt. */
static const char *const known_languages[] = { "en", "de", "fr", "es", "hi" };

static void
lexeme_clear (gpointer data)
{
  Lexeme *lx = data;

  g_clear_pointer (&lx->norm, g_free);
}

static void
token_clear (gpointer data)
{
  PlxToken *token = data;

  g_clear_pointer (&token->norm, g_free);
  g_clear_pointer (&token->stem, g_free);
}

static Lexeme *
lexeme_at (const Tokenizer *tz,
           guint            i)
{
  if (i >= tz->lexemes->len)
    return NULL;

  return &g_array_index (tz->lexemes, Lexeme, i);
}

static gboolean
lexeme_is (const Lexeme *lx,
           const char   *norm)
{
  return lx != NULL && lx->norm != NULL && strcmp (lx->norm, norm) == 0;
}

/* ---- Languages ---------------------------------------------------- */

/* The entry of known_languages[] for a code such as "en" or "en-GB",
 * or -1. */
static int
language_index (const char *language)
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
static const char *
resolve_language (const char *language,
                  const char *text,
                  gsize       length)
{
  int i = language_index (language);

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

static GHashTable *
stop_words (int i)
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

  i = language_index (resolve_language (language, norm, strlen (norm)));
  if (i < 0)
    return FALSE;

  return g_hash_table_contains (stop_words (i), norm);
}

/* ---- Month and weekday names ------------------------------------- */

typedef struct
{
  const char    *full;
  PlxTokenFlags  flag;
  gboolean       abbreviation;
  gboolean       ambiguous;
} DateName;

/* The names of one language: data/rules/dates-LL.json. */
typedef struct
{
  GHashTable *names;           /* form -> DateName */
  gboolean    any_case;        /* "le 13 janvier": names in lower case count */
  gboolean    ordinal_dot;     /* "13. Jan.": a day is written with a full stop */
} DateNames;

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
static const DateNames *
date_names (int i)
{
  static gsize tables[G_N_ELEMENTS (known_languages)];

  if (g_once_init_enter (&tables[i]))
    g_once_init_leave (&tables[i], (gsize) load_date_names (known_languages[i]));

  return (const DateNames *) tables[i];
}

/* ---- Pass 1: lexing ---------------------------------------------- */

/* The character at byte @at, and where the next one starts. A byte
 * that is not valid UTF-8 reads as U+FFFD, one byte long; the end of
 * the text reads as 0. */
static gunichar
char_at (const Tokenizer *tz,
         gsize            at,
         gsize           *next)
{
  gunichar c;

  if (at >= tz->length)
    {
      *next = tz->length;
      return 0;
    }
  c = g_utf8_get_char_validated (tz->text + at, (gssize) (tz->length - at));
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = at + 1;
      return 0xFFFD;
    }
  *next = (gsize) (g_utf8_next_char (tz->text + at) - tz->text);

  return c;
}

static gunichar
char_before (const Tokenizer *tz,
             gsize            at)
{
  const char *prev;
  gsize next;

  if (at == 0)
    return 0;
  prev = g_utf8_find_prev_char (tz->text, tz->text + at);
  if (prev == NULL)
    return 0;

  return char_at (tz, (gsize) (prev - tz->text), &next);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_letter (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* Hyphens and the en dash join "ambassador-designate" and "India–US";
 * an em dash between words is a break, not a join. */
static gboolean
is_joining_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012
         || c == 0x2013 || c == 0x2212;
}

/* Whether @c, between @prev and @next, belongs inside a word run. */
static gboolean
joins (gunichar c,
       gunichar prev,
       gunichar next,
       gboolean has_letter)
{
  if (is_apostrophe (c))
    return is_word_char (prev) && is_letter (next);
  if (is_joining_dash (c))
    return is_word_char (prev) && is_word_char (next);
  if (c == '.' || c == ',')
    return !has_letter && g_unichar_isdigit (prev) && g_unichar_isdigit (next);
  if (g_unichar_type (c) == G_UNICODE_FORMAT)
    return is_word_char (prev) && is_word_char (next);

  return FALSE;
}

/* A no-break, narrow no-break or thin space groups thousands in French
 * typography ("2 500 000"): between digits, before exactly three. */
static gboolean
is_group_space (gunichar c)
{
  return c == 0x00A0 || c == 0x202F || c == 0x2009;
}

static gboolean
groups_digits (const Tokenizer *tz,
               gsize            at,
               gunichar         prev)
{
  gsize next;
  guint digits = 0;

  if (!g_unichar_isdigit (prev) || !is_group_space (char_at (tz, at, &next)))
    return FALSE;
  for (at = next; g_unichar_isdigit (char_at (tz, at, &next)); at = next)
    digits++;

  return digits == 3 && !is_word_char (char_at (tz, at, &next));
}

/* The end of the word run that starts at @at. */
static gsize
scan_word (const Tokenizer *tz,
           gsize            at)
{
  gunichar prev = 0;
  gboolean has_letter = FALSE;

  while (at < tz->length)
    {
      gsize next, after;
      gunichar c = char_at (tz, at, &next);

      if (!is_word_char (c) && !joins (c, prev, char_at (tz, next, &after), has_letter)
          && (has_letter || !groups_digits (tz, at, prev)))
        break;
      has_letter |= is_letter (c);
      prev = c;
      at = next;
    }

  return at;
}

static gboolean
only_space_after (const Tokenizer *tz,
                  gsize            at)
{
  while (at < tz->length)
    {
      gsize next;

      if (!g_unichar_isspace (char_at (tz, at, &next)))
        return FALSE;
      at = next;
    }

  return TRUE;
}

/* "S. Jaishankar": a capital letter and a full stop, then a name. The
 * initial is one word, "s", as in "S Jaishankar". */
static gboolean
is_initial_before_name (const Tokenizer *tz,
                        gsize            at)
{
  gsize next;
  gunichar c = char_at (tz, at, &next);

  if (c != ' ')
    return FALSE;
  while ((c = char_at (tz, at, &next)) == ' ')
    at = next;

  return g_unichar_isupper (c);
}

/* "U.S.", "U.K.": two or more capital letters, each followed by a full
 * stop. The last full stop stays a token of its own when it ends the
 * text, where it also ends the sentence. Returns the end, or 0. */
static gsize
scan_acronym (const Tokenizer *tz,
              gsize            at)
{
  guint letters = 0;
  gsize next, after;

  while (g_unichar_isupper (char_at (tz, at, &next))
         && char_at (tz, next, &after) == '.')
    {
      letters++;
      at = after;
    }
  if (letters == 1 && is_initial_before_name (tz, at))
    return at;
  if (letters < 2 || is_word_char (char_at (tz, at, &next)))
    return 0;

  return only_space_after (tz, at) ? at - 1 : at;
}

/* "India-U.S.": a compound whose last part is a dotted acronym. */
static gsize
extend_with_acronym (const Tokenizer *tz,
                     gsize            start,
                     gsize            end)
{
  gsize last = (gsize) (g_utf8_find_prev_char (tz->text + start, tz->text + end) - tz->text);
  gsize acronym_end;

  if (last <= start || !is_joining_dash (char_before (tz, last)))
    return end;
  acronym_end = scan_acronym (tz, last);

  return MAX (acronym_end, end);
}

/* "U.S.-India": a compound whose first part is a dotted acronym. Returns
 * the end of the compound, or 0. */
static gsize
continue_after_acronym (const Tokenizer *tz,
                        gsize            end)
{
  gsize next, after;

  if (!is_joining_dash (char_at (tz, end, &next))
      || !is_word_char (char_at (tz, next, &after)))
    return 0;

  return extend_with_acronym (tz, next, scan_word (tz, next));
}

static gboolean
is_ascii_suffix (const char  *s,
                 gsize        length,
                 const char *const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (strlen (suffixes[i]) == length && g_ascii_strncasecmp (s, suffixes[i], length) == 0)
      return TRUE;

  return FALSE;
}

/* Sorts a word run: a figure ("1,500"), an ordinal ("13th"), a scaled
 * figure ("4bn"), digits and hyphens ("2024-25") or a word. */
static LexKind
classify_run (const Tokenizer *tz,
              Lexeme          *lx)
{
  /* "1er janvier" is the French first of the month. */
  static const char *const ordinals[] = { "st", "nd", "rd", "th", "er", NULL };
  static const char *const scales[] = { "k", "m", "mn", "b", "bn", "tn", "trn", "cr", NULL };
  const char *s = tz->text + lx->start;
  gsize at = lx->start;
  gboolean separators = FALSE;
  gsize next;
  gunichar c;

  while (at < lx->end
         && (g_unichar_isdigit (c = char_at (tz, at, &next)) || c == '.' || c == ','
             || is_group_space (c)))
    {
      separators |= !g_unichar_isdigit (c);
      at = next;
    }
  lx->figure_end = at;
  if (at > lx->start && at == lx->end)
    return LEX_DIGITS;
  if (at > lx->start && !separators && is_ascii_suffix (tz->text + at, lx->end - at, ordinals))
    return LEX_ORDINAL;
  if (at > lx->start && is_ascii_suffix (tz->text + at, lx->end - at, scales))
    return LEX_SCALED;

  for (const char *p = s; p < tz->text + lx->end; p = g_utf8_next_char (p))
    if (is_letter (g_utf8_get_char (p)))
      return LEX_WORD;

  return LEX_NUMERIC;
}

/* Names and sentence starts: the first letter is a capital. */
static gboolean
starts_capitalised (const Tokenizer *tz,
                    const Lexeme    *lx)
{
  for (gsize at = lx->start, next; at < lx->end; at = next)
    {
      gunichar c = char_at (tz, at, &next);

      if (g_unichar_isalpha (c))
        return g_unichar_isupper (c) || g_unichar_istitle (c);
    }

  return FALSE;
}

static void
push_lexeme (Tokenizer *tz,
             gsize      start,
             gsize      end,
             LexKind    kind)
{
  Lexeme lx = { start, end, end, kind, PLX_TOKEN_FLAG_NONE, NULL };

  if (kind == LEX_WORD)
    lx.kind = classify_run (tz, &lx);
  if (kind != LEX_PUNCT && starts_capitalised (tz, &lx))
    lx.flags |= PLX_TOKEN_FLAG_CAPITALISED;
  g_array_append_val (tz->lexemes, lx);
}

static void
lex (Tokenizer *tz)
{
  gsize at = 0;

  while (at < tz->length)
    {
      gsize next, after, end;
      gunichar c = char_at (tz, at, &next);

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        end = next;
      else if (is_word_char (c) && (end = scan_acronym (tz, at)) > 0)
        {
          gsize compound_end = continue_after_acronym (tz, end);

          if (compound_end > 0)
            push_lexeme (tz, at, end = compound_end, LEX_WORD);
          else
            push_lexeme (tz, at, end, LEX_ACRONYM);
        }
      else if (is_word_char (c))
        {
          end = extend_with_acronym (tz, at, scan_word (tz, at));
          push_lexeme (tz, at, end, LEX_WORD);
        }
      else if ((c == '@' || c == '#') && !is_word_char (char_before (tz, at))
               && is_letter (char_at (tz, next, &after)))
        push_lexeme (tz, at, end = scan_word (tz, next), LEX_WORD);
      else
        push_lexeme (tz, at, end = next, LEX_PUNCT);

      at = end;
    }
}

/* ---- Pass 2: quotations ------------------------------------------ */

typedef enum
{
  MARK_NONE,
  MARK_DOUBLE_OPEN,     /* “ „ « */
  MARK_DOUBLE_CLOSE,    /* ” » */
  MARK_DOUBLE,          /* " */
  MARK_SINGLE_OPEN,     /* ‘ ‚ ‹ */
  MARK_SINGLE,          /* ' ’ › : a quotation mark or an apostrophe */
} QuoteMark;

static QuoteMark
quote_mark (const Tokenizer *tz,
            const Lexeme    *lx)
{
  gsize next;
  gunichar c;

  if (lx->kind != LEX_PUNCT)
    return MARK_NONE;
  c = char_at (tz, lx->start, &next);
  switch (c)
    {
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x301D:
      return MARK_DOUBLE_OPEN;
    case 0x201D: case 0x00BB: case 0x301E: case 0x301F:
      return MARK_DOUBLE_CLOSE;
    case '"': case 0xFF02:
      return MARK_DOUBLE;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039:
      return MARK_SINGLE_OPEN;
    case '\'': case 0x2019: case 0x203A: case 0xFF07:
      return MARK_SINGLE;
    default:
      return MARK_NONE;
    }
}

static gboolean
is_one_of (gunichar    c,
           const char *ascii)
{
  return c != 0 && c < 0x80 && strchr (ascii, (int) c) != NULL;
}

/* Like Markdown's flanking rules: a mark followed by text opens, a mark
 * after text closes. */
static gboolean
opens_text (const Tokenizer *tz,
            const Lexeme    *lx)
{
  gsize next;
  gunichar c = char_at (tz, lx->end, &next);

  return c != 0 && !g_unichar_isspace (c) && !is_one_of (c, ".,;:!?)]}");
}

static gboolean
closes_text (const Tokenizer *tz,
             const Lexeme    *lx)
{
  gunichar c = char_before (tz, lx->start);

  return c != 0 && !g_unichar_isspace (c) && !is_one_of (c, "([{");
}

static void
quote_everything_before (Tokenizer *tz,
                         guint      end)
{
  for (guint i = 0; i < end; i++)
    {
      Lexeme *lx = lexeme_at (tz, i);

      if (!(lx->flags & (PLX_TOKEN_FLAG_OPEN_QUOTE | PLX_TOKEN_FLAG_CLOSE_QUOTE)))
        lx->flags |= PLX_TOKEN_FLAG_QUOTED;
    }
}

typedef struct
{
  gboolean in_double;
  gboolean in_single;
  gboolean seen_double;
} QuoteState;

/* Curly quotes say which way they face, but writers and German
 * typography („…“) do not always agree, so the spacing around a mark
 * has the last word. A mark that looks like an opening one inside a
 * quotation means the writer forgot to close the last one; a closing
 * one outside any quotation ends a quotation that began in an earlier
 * sentence, or is a stray. */
static void
mark_double_quote (Tokenizer  *tz,
                   guint       i,
                   QuoteMark   mark,
                   QuoteState *state)
{
  Lexeme *lx = lexeme_at (tz, i);
  gboolean looks_open = opens_text (tz, lx) && !closes_text (tz, lx);
  gboolean looks_close = closes_text (tz, lx) && !opens_text (tz, lx);

  if (state->in_double && mark == MARK_DOUBLE_OPEN && looks_open)
    lx->flags |= PLX_TOKEN_FLAG_OPEN_QUOTE;
  else if (state->in_double)
    {
      lx->flags |= PLX_TOKEN_FLAG_CLOSE_QUOTE;
      state->in_double = state->in_single = FALSE;
    }
  else if (mark != MARK_DOUBLE_OPEN && looks_close)
    {
      if (!state->seen_double)
        quote_everything_before (tz, i);
      lx->flags |= PLX_TOKEN_FLAG_CLOSE_QUOTE;
    }
  else
    {
      lx->flags |= PLX_TOKEN_FLAG_OPEN_QUOTE;
      state->in_double = TRUE;
    }
  state->seen_double = TRUE;
}

/* Single quotes double as apostrophes: the lexer has already kept
 * "he's" whole, and a plural possessive ("students'") joins its word
 * here, unless it closes a quotation. Returns FALSE when the mark is
 * gone into the word before it. */
static gboolean
mark_single_quote (Tokenizer  *tz,
                   guint       i,
                   guint       kept,
                   QuoteMark   mark,
                   QuoteState *state)
{
  Lexeme *lx = lexeme_at (tz, i);
  Lexeme *before = kept > 0 ? lexeme_at (tz, kept - 1) : NULL;
  gsize next, after;
  gboolean straight = char_at (tz, lx->start, &next) == '\'';

  if (state->in_single && closes_text (tz, lx))
    {
      lx->flags |= PLX_TOKEN_FLAG_CLOSE_QUOTE;
      state->in_single = FALSE;
    }
  /* A straight apostrophe before a figure is an elision ('90s), and a
   * right single quotation mark opens nothing: it is the apostrophe. */
  else if (!state->in_single && opens_text (tz, lx) && !closes_text (tz, lx)
           && (mark == MARK_SINGLE_OPEN
               || (straight && is_letter (char_at (tz, next, &after)))))
    {
      lx->flags |= PLX_TOKEN_FLAG_OPEN_QUOTE;
      state->in_single = TRUE;
    }
  else if (mark == MARK_SINGLE && before != NULL && before->kind == LEX_WORD
           && before->end == lx->start && g_ascii_tolower (tz->text[lx->start - 1]) == 's')
    {
      before->end = lx->end;
      return FALSE;
    }
  else if (state->in_double || state->in_single)
    lx->flags |= PLX_TOKEN_FLAG_QUOTED;

  return TRUE;
}

static void
mark_quotes (Tokenizer *tz)
{
  QuoteState state = { FALSE, FALSE, FALSE };
  guint kept = 0;

  for (guint i = 0; i < tz->lexemes->len; i++)
    {
      Lexeme *lx = lexeme_at (tz, i);
      QuoteMark mark = quote_mark (tz, lx);
      gboolean keep = TRUE;

      if (mark == MARK_DOUBLE_OPEN || mark == MARK_DOUBLE_CLOSE || mark == MARK_DOUBLE)
        mark_double_quote (tz, i, mark, &state);
      else if (mark == MARK_SINGLE_OPEN || mark == MARK_SINGLE)
        keep = mark_single_quote (tz, i, kept, mark, &state);
      else if (state.in_double || state.in_single)
        lx->flags |= PLX_TOKEN_FLAG_QUOTED;

      if (keep && kept != i)
        g_array_index (tz->lexemes, Lexeme, kept) = *lx;
      kept += keep;
    }
  g_array_set_size (tz->lexemes, kept);
}

/* ---- Pass 3: normal forms ---------------------------------------- */

static char *
normalise_ascii (const char *s,
                 gsize       length)
{
  char *norm = g_ascii_strdown (s, (gssize) length);

  for (char *p = norm; *p != '\0'; p++)
    if (*p == '`')
      *p = '\'';

  return norm;
}

/* "U.S." is "US": words have no full stops but those of acronyms. */
static void
strip_full_stops (char *norm)
{
  char *out = norm;

  for (const char *p = norm; *p != '\0'; p++)
    if (*p != '.')
      *out++ = *p;
  *out = '\0';
}

static void
normalise_lexemes (Tokenizer *tz)
{
  for (guint i = 0; i < tz->lexemes->len; i++)
    {
      Lexeme *lx = lexeme_at (tz, i);
      const char *s = tz->text + lx->start;
      gsize length = lx->end - lx->start;
      gboolean ascii = TRUE;

      for (gsize j = 0; j < length && ascii; j++)
        ascii = (guchar) s[j] < 0x80;

      if (ascii)
        lx->norm = normalise_ascii (s, length);
      else
        lx->norm = plx_normalise_text (s, (gssize) length);
      if (lx->kind == LEX_ACRONYM || lx->kind == LEX_WORD)
        strip_full_stops (lx->norm);
    }
}

/* ---- Pass 4: amounts ---------------------------------------------- */

/* A figure as decimal digits and a power of ten, so that "2.5 billion"
 * is exactly 25e8 however long it gets. */
#define DECIMAL_DIGITS 40
#define DECIMAL_MAX_EXPONENT 30

typedef struct
{
  char digits[DECIMAL_DIGITS];
  int  n;
  int  exponent;
} Decimal;

/* "1,500.5"; in German, French and Spanish "1.500,5". */
static gboolean
decimal_parse (Decimal    *d,
               const char *s,
               gsize       length,
               gboolean    comma_decimal)
{
  gunichar point = comma_decimal ? ',' : '.';
  gunichar group = comma_decimal ? '.' : ',';
  gboolean seen_point = FALSE;

  d->n = d->exponent = 0;
  for (const char *p = s; p < s + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = g_unichar_digit_value (c);

      if (value >= 0)
        {
          if (d->n == DECIMAL_DIGITS)
            return FALSE;
          if (d->n > 0 || value > 0)
            d->digits[d->n++] = (char) ('0' + value);
          d->exponent -= seen_point;
        }
      else if (c == point && !seen_point)
        seen_point = TRUE;
      else if ((c != group && c != ' ' && !is_group_space (c)) || seen_point)
        return FALSE;
    }

  return TRUE;
}

static void
decimal_from_integer (Decimal *d,
                      guint64  value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GUINT64_FORMAT, value);
  decimal_parse (d, buffer, strlen (buffer), FALSE);
}

/* "2500000000", "2.5", "0.05": no exponent, no leading or trailing
 * zeros. */
static char *
decimal_format (const Decimal *d)
{
  GString *out = g_string_new (NULL);
  int n = d->n;
  int exponent = d->exponent;
  int integer_digits;

  while (n > 0 && exponent < 0 && d->digits[n - 1] == '0')
    n--, exponent++;
  if (n == 0)
    {
      g_string_free (out, TRUE);
      return g_strdup ("0");
    }

  integer_digits = n + exponent;
  if (integer_digits <= 0)
    {
      g_string_append (out, "0.");
      for (int i = integer_digits; i < 0; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, d->digits, n);
    }
  else if (exponent >= 0)
    {
      g_string_append_len (out, d->digits, n);
      for (int i = 0; i < exponent; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, d->digits, integer_digits);
      g_string_append_c (out, '.');
      g_string_append_len (out, d->digits + integer_digits, n - integer_digits);
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *form;
  const char *value;
} Form;

/* Forms are normalised (Devanagari nukta letters decomposed, as NFKC
 * leaves them). Multi-word forms come before their last word. */
static const Form currency_before[] = {
  { "$", "usd" }, { "us$", "usd" }, { "a$", "aud" }, { "c$", "cad" },
  { "hk$", "hkd" }, { "s$", "sgd" }, { "nz$", "nzd" },
  { "€", "eur" }, { "£", "gbp" }, { "₹", "inr" }, { "¥", "jpy" },
  { "rs", "inr" }, { "inr", "inr" }, { "usd", "usd" }, { "eur", "eur" },
  { "gbp", "gbp" },
};

static const Form unit_after[] = {
  { "%", "%" }, { "\u066A", "%" }, { "percent", "%" }, { "per cent", "%" },
  { "pour cent", "%" }, { "por ciento", "%" }, { "prozent", "%" },
  { "\u092A\u094D\u0930\u0924\u093F\u0936\u0924", "%" },           /* प्रतिशत */
  { "\u092B\u093C\u0940\u0938\u0926\u0940", "%" },                 /* फ़ीसदी */
  { "\u092B\u0940\u0938\u0926\u0940", "%" },                       /* फीसदी */
  { "us dollars", "usd" }, { "us dollar", "usd" }, { "us-dollar", "usd" },
  { "dollars", "usd" }, { "dollar", "usd" }, { "dólares", "usd" },
  { "dólar", "usd" }, { "usd", "usd" }, { "$", "usd" },
  { "\u0921\u0949\u0932\u0930", "usd" },                           /* डॉलर */
  { "euros", "eur" }, { "euro", "eur" }, { "eur", "eur" }, { "€", "eur" },
  /* "2,5 milliards d'euros", "2.500 millones de euros" */
  { "d'euros", "eur" }, { "de euros", "eur" }, { "de dollars", "usd" },
  { "de dólares", "usd" }, { "de roupies", "inr" }, { "de rupias", "inr" },
  { "\u092F\u0942\u0930\u094B", "eur" },                           /* यूरो */
  { "pounds sterling", "gbp" }, { "pounds", "gbp" }, { "pound", "gbp" },
  { "sterling", "gbp" }, { "gbp", "gbp" }, { "£", "gbp" },
  { "rupees", "inr" }, { "rupee", "inr" }, { "inr", "inr" }, { "roupies", "inr" },
  { "rupien", "inr" }, { "rupias", "inr" },
  { "\u0930\u0941\u092A\u092F\u0947", "inr" },                     /* रुपये */
  { "\u0930\u0941\u092A\u090F", "inr" },                           /* रुपए */
  { "yen", "jpy" }, { "jpy", "jpy" }, { "yuan", "cny" }, { "cny", "cny" },
};

typedef struct
{
  const char *form;
  int         exponent;
  const char *language;      /* NULL: every language */
} Scale;

/* The same word is not always the same scale: "billion" is 10^9 in
 * English and 10^12 in French ("un billion" is a million million), as
 * "billón" is in Spanish. Abbreviations may take a full stop ("2,5 Mrd.
 * Euro"). Forms are normalised. */
static const Scale scale_words[] = {
  { "thousand", 3, "en" }, { "lakh", 5, NULL }, { "lakhs", 5, NULL },
  { "million", 6, NULL }, { "mn", 6, NULL }, { "crore", 7, NULL }, { "crores", 7, NULL },
  { "billion", 9, "en" }, { "bn", 9, NULL }, { "trillion", 12, "en" }, { "tn", 12, NULL },
  { "\u0932\u093E\u0916", 5, NULL },                               /* लाख */
  { "\u0915\u0930\u094B\u0921\u093C", 7, NULL },                 /* करोड़ */
  { "\u0939\u091C\u093C\u093E\u0930", 3, "hi" },                 /* हज़ार */
  { "\u0939\u091C\u093E\u0930", 3, "hi" },                       /* हजार */
  { "\u0905\u0930\u092C", 9, "hi" },                               /* अरब */
  { "\u0916\u0930\u092C", 11, "hi" },                              /* खरब */
  { "\u092E\u093F\u0932\u093F\u092F\u0928", 6, "hi" },           /* मिलियन */
  { "\u092C\u093F\u0932\u093F\u092F\u0928", 9, "hi" },           /* बिलियन */
  { "tausend", 3, "de" }, { "millionen", 6, "de" }, { "mio", 6, "de" },
  { "milliarde", 9, "de" }, { "milliarden", 9, "de" }, { "mrd", 9, "de" },
  { "billionen", 12, "de" }, { "billion", 12, "de" },
  { "mille", 3, "fr" }, { "millions", 6, "fr" }, { "milliard", 9, "fr" },
  { "milliards", 9, "fr" }, { "md", 9, "fr" }, { "mds", 9, "fr" },
  { "billion", 12, "fr" }, { "billions", 12, "fr" },
  { "mil", 3, "es" }, { "millón", 6, "es" }, { "millones", 6, "es" },
  { "mil millones", 9, "es" }, { "billón", 12, "es" }, { "billones", 12, "es" },
};

/* Attached to a figure, "€3m"; m, k and b only count with a currency. */
static const Scale scale_suffixes[] = {
  { "k", 3 }, { "m", 6 }, { "mn", 6 }, { "cr", 7 }, { "b", 9 },
  { "bn", 9 }, { "tn", 12 }, { "trn", 12 },
};

typedef struct
{
  const char *word;
  guint64     value;
} NumberWord;

static const NumberWord number_words[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
  { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 },
  { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 },
  { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 },
  { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
  { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 },
  { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
  { "hundred", 100 }, { "thousand", 1000 }, { "lakh", 100000 },
  { "million", 1000000 }, { "crore", 10000000 },
  { "billion", G_GUINT64_CONSTANT (1000000000) },
  { "trillion", G_GUINT64_CONSTANT (1000000000000) },
};

typedef struct
{
  Decimal     figure;
  const char *currency;      /* "usd", or NULL */
  gboolean    percent;
  gboolean    needs_currency;
  guint       next;          /* the first lexeme after the amount */
} Amount;

/* How many lexemes from @i spell @form ("per cent" is two), or 0. */
static guint
match_form (const Tokenizer *tz,
            guint            i,
            const char      *form)
{
  guint n = 0;

  while (*form != '\0')
    {
      const Lexeme *lx = lexeme_at (tz, i + n);
      const char *space = strchr (form, ' ');
      gsize length = space != NULL ? (gsize) (space - form) : strlen (form);

      if (lx == NULL || lx->norm[0] != form[0] || strncmp (lx->norm, form, length) != 0
          || lx->norm[length] != '\0')
        return 0;
      n++;
      form += space != NULL ? length + 1 : length;
    }

  return n;
}

/* The longest of @forms at lexeme @i: its value, and the lexemes it
 * takes in @n. */
static const char *
match_forms (const Tokenizer *tz,
             guint            i,
             const Form      *forms,
             gsize            n_forms,
             guint           *n)
{
  const char *value = NULL;

  *n = 0;
  for (gsize f = 0; f < n_forms; f++)
    {
      guint m = match_form (tz, i, forms[f].form);

      if (m > *n)
        {
          *n = m;
          value = forms[f].value;
        }
    }

  return value;
}

/* "$", "Rs", "Rs.", "US$", "USD" before a figure. Returns the lexeme
 * after it. */
static guint
parse_currency_before (const Tokenizer *tz,
                       guint            i,
                       Amount          *amount)
{
  const Lexeme *lx = lexeme_at (tz, i);
  const Lexeme *dollar = lexeme_at (tz, i + 1);
  guint n;

  if (lx->kind == LEX_WORD && lexeme_is (dollar, "$") && dollar->start == lx->end)
    {
      g_autofree char *form = g_strconcat (lx->norm, "$", NULL);

      for (gsize f = 0; f < G_N_ELEMENTS (currency_before); f++)
        if (strcmp (form, currency_before[f].form) == 0)
          {
            amount->currency = currency_before[f].value;
            return i + 2;
          }
    }

  amount->currency = match_forms (tz, i, currency_before, G_N_ELEMENTS (currency_before), &n);
  if (amount->currency != NULL && lexeme_is (lexeme_at (tz, i + n), ".")
      && strcmp (lx->norm, "rs") == 0)
    n++;

  return i + n;
}

static gboolean
lookup_number_word (const char *word,
                    gsize       length,
                    guint64    *value)
{
  for (gsize w = 0; w < G_N_ELEMENTS (number_words); w++)
    if (number_words[w].word[0] == word[0]
        && strncmp (number_words[w].word, word, length) == 0
        && number_words[w].word[length] == '\0')
      {
        *value = number_words[w].value;
        return TRUE;
      }

  return FALSE;
}

/* Adds one number word ("twenty", "million") to a running sum. */
static void
add_number_word (guint64  value,
                 guint64 *total,
                 guint64 *current)
{
  if (value == 100)
    *current = MAX (*current, 1) * 100;
  else if (value >= 1000)
    {
      *total += MAX (*current, 1) * value;
      *current = 0;
    }
  else
    *current += value;
}

/* Adds a word such as "twenty-five" to a running sum; FALSE if it is
 * not a number word. */
static gboolean
number_word_value (const char *word,
                   guint64    *total,
                   guint64    *current)
{
  guint64 values[2];
  const char *hyphen = strchr (word, '-');

  if (hyphen == NULL)
    {
      if (!lookup_number_word (word, strlen (word), &values[0]))
        return FALSE;
      add_number_word (values[0], total, current);
      return TRUE;
    }
  if (strchr (hyphen + 1, '-') != NULL
      || !lookup_number_word (word, (gsize) (hyphen - word), &values[0])
      || !lookup_number_word (hyphen + 1, strlen (hyphen + 1), &values[1]))
    return FALSE;
  add_number_word (values[0], total, current);
  add_number_word (values[1], total, current);

  return TRUE;
}

/* "fifty", "twenty-five", "two million": English number words. */
static gboolean
parse_number_words (const Tokenizer *tz,
                    guint            i,
                    Amount          *amount)
{
  guint64 total = 0;
  guint64 current = 0;
  guint j = i;
  const Lexeme *lx;

  while ((lx = lexeme_at (tz, j)) != NULL && lx->kind == LEX_WORD
         && total < G_GUINT64_CONSTANT (1000000000000000)
         && number_word_value (lx->norm, &total, &current))
    j++;
  if (j == i)
    return FALSE;

  decimal_from_integer (&amount->figure, total + current);
  amount->next = j;

  return TRUE;
}

static gboolean
apply_scale (Decimal *figure,
             int      exponent)
{
  if (figure->exponent + exponent > DECIMAL_MAX_EXPONENT)
    return FALSE;
  figure->exponent += exponent;

  return TRUE;
}

static gboolean
parse_scaled_figure (const Tokenizer *tz,
                     const Lexeme    *lx,
                     Amount          *amount)
{
  const char *suffix = tz->text + lx->figure_end;
  gsize length = lx->end - lx->figure_end;

  if (!decimal_parse (&amount->figure, tz->text + lx->start,
                      lx->figure_end - lx->start, tz->comma_decimal))
    return FALSE;
  for (gsize s = 0; s < G_N_ELEMENTS (scale_suffixes); s++)
    if (strlen (scale_suffixes[s].form) == length
        && g_ascii_strncasecmp (suffix, scale_suffixes[s].form, length) == 0)
      {
        /* "3m" alone may be three metres. */
        amount->needs_currency = length == 1;
        return apply_scale (&amount->figure, scale_suffixes[s].exponent);
      }

  return FALSE;
}

/* The longest scale word of the text's language at lexeme @i ("mil
 * millones" before "mil"); it takes @n lexemes. */
static const Scale *
match_scale (const Tokenizer *tz,
             guint            i,
             guint           *n)
{
  const Scale *best = NULL;

  *n = 0;
  for (gsize s = 0; s < G_N_ELEMENTS (scale_words); s++)
    {
      guint m;

      if (scale_words[s].language != NULL && g_strcmp0 (scale_words[s].language, tz->language) != 0)
        continue;
      m = match_form (tz, i, scale_words[s].form);
      if (m > *n)
        {
          *n = m;
          best = &scale_words[s];
        }
    }

  return best;
}

/* The figure at lexeme @i, with a scale word after it ("2.5 billion"). */
static gboolean
parse_figure (const Tokenizer *tz,
              guint            i,
              Amount          *amount)
{
  const Lexeme *lx = lexeme_at (tz, i);
  const Scale *scale;
  guint n;

  if (lx == NULL)
    return FALSE;
  if (lx->kind == LEX_SCALED)
    {
      amount->next = i + 1;
      return parse_scaled_figure (tz, lx, amount);
    }
  if (lx->kind == LEX_WORD && g_strcmp0 (tz->language, "en") == 0)
    return parse_number_words (tz, i, amount);
  if (lx->kind != LEX_DIGITS
      || !decimal_parse (&amount->figure, lx->norm, strlen (lx->norm), tz->comma_decimal))
    return FALSE;

  amount->next = i + 1;
  scale = match_scale (tz, amount->next, &n);
  if (scale != NULL && apply_scale (&amount->figure, scale->exponent))
    {
      amount->next += n;
      lx = lexeme_at (tz, amount->next);
      /* "2,5 Mrd. Euro": the full stop of an abbreviated scale */
      if (lexeme_is (lx, ".") && lx->start == lexeme_at (tz, amount->next - 1)->end
          && strlen (scale->form) <= 3 && match_forms (tz, amount->next + 1, unit_after,
                                                        G_N_ELEMENTS (unit_after), &n) != NULL)
        amount->next++;
    }

  return TRUE;
}

static void
parse_unit_after (const Tokenizer *tz,
                  Amount          *amount)
{
  guint n;
  const char *unit = match_forms (tz, amount->next, unit_after, G_N_ELEMENTS (unit_after), &n);

  if (unit == NULL)
    return;
  if (strcmp (unit, "%") == 0)
    amount->percent = TRUE;
  else if (amount->currency == NULL)
    amount->currency = unit;
  else
    return;
  amount->next += n;
}

/* An amount starting at lexeme @i: [currency] figure [scale] [unit]. */
static gboolean
parse_amount (const Tokenizer *tz,
              guint            i,
              Amount          *amount)
{
  guint j = parse_currency_before (tz, i, amount);

  if (!parse_figure (tz, j, amount))
    return FALSE;
  if (amount->currency == NULL)
    parse_unit_after (tz, amount);

  return amount->currency != NULL || !amount->needs_currency;
}

static char *
amount_norm (const Amount *amount)
{
  g_autofree char *figure = decimal_format (&amount->figure);

  if (amount->percent)
    return g_strconcat (figure, "%", NULL);
  if (amount->currency != NULL)
    return g_strconcat (figure, " ", amount->currency, NULL);

  return g_steal_pointer (&figure);
}

/* ---- Pass 4: tokens ----------------------------------------------- */

static void
push_token (Tokenizer     *tz,
            gsize          start,
            gsize          end,
            PlxTokenKind   kind,
            PlxTokenFlags  flags,
            char          *norm,
            char          *stem)
{
  PlxToken token = { start, end, kind, flags, norm, stem };

  g_array_append_val (tz->tokens, token);
}

/* Most lexemes cannot start an amount: only figures, number words,
 * currency signs and codes can. A cheap test keeps the parsing off
 * ordinary words. */
static gboolean
may_start_amount (const Tokenizer *tz,
                  const Lexeme    *lx)
{
  guint64 value;

  switch (lx->kind)
    {
    case LEX_DIGITS:
    case LEX_SCALED:
      return TRUE;
    case LEX_PUNCT:
      return lx->norm[0] == '$' || (guchar) lx->norm[0] >= 0x80;
    case LEX_WORD:
      return strlen (lx->norm) <= 3
             || (g_strcmp0 (tz->language, "en") == 0
                 && lookup_number_word (lx->norm, strcspn (lx->norm, "-"), &value));
    case LEX_NUMERIC:
    case LEX_ORDINAL:
    case LEX_ACRONYM:
    default:
      return FALSE;
    }
}

/* Merges lexemes @i.. into one NUMBER token when they spell an amount.
 * Returns how many it took. */
static guint
emit_amount (Tokenizer *tz,
             guint      i)
{
  Amount amount = { { { 0 }, 0, 0 }, NULL, FALSE, FALSE, 0 };
  const Lexeme *first = lexeme_at (tz, i);
  char *norm;

  if (!may_start_amount (tz, first) || !parse_amount (tz, i, &amount))
    return 0;

  norm = amount_norm (&amount);
  push_token (tz, first->start, lexeme_at (tz, amount.next - 1)->end, PLX_TOKEN_NUMBER,
              first->flags & PLX_TOKEN_FLAG_QUOTED, norm, g_strdup (norm));

  return amount.next - i;
}

static gboolean
is_figure (const Lexeme *lx)
{
  return lx != NULL && (lx->kind == LEX_DIGITS || lx->kind == LEX_ORDINAL);
}

/* Not the first word of the sentence, where a capital says nothing. */
static gboolean
has_word_before (const Tokenizer *tz,
                 guint            i)
{
  while (i-- > 0)
    if (lexeme_at (tz, i)->kind != LEX_PUNCT)
      return TRUE;

  return FALSE;
}

/* "Jan", "Jan.", "Sept", "May" as dates: see data/rules/dates-en.json
 * for when a form counts, and dates-LL.json for other languages, where
 * the names may be in lower case ("13 janvier") or caseless (Hindi).
 * Returns how many lexemes it took. */
static guint
emit_date_name (Tokenizer *tz,
                guint      i)
{
  Lexeme *lx = lexeme_at (tz, i);
  Lexeme *dot = lexeme_at (tz, i + 1);
  int language = language_index (tz->language);
  const DateNames *names;
  const DateName *name;
  gboolean capital;
  gboolean has_dot;
  gboolean near_figure;
  guint n = 1;

  if (language < 0)
    return 0;
  names = date_names (language);
  name = g_hash_table_lookup (names->names, lx->norm);
  if (name == NULL)
    return 0;
  capital = names->any_case || (lx->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0;
  has_dot = lexeme_is (dot, ".") && dot->start == lx->end;
  near_figure = (i > 0 && is_figure (lexeme_at (tz, i - 1)))
                || is_figure (lexeme_at (tz, i + 1 + has_dot))
                || (names->ordinal_dot && i > 1 && lexeme_is (lexeme_at (tz, i - 1), ".")
                    && is_figure (lexeme_at (tz, i - 2)));

  if (name->abbreviation && !(capital && (has_dot || near_figure)))
    return 0;
  if (name->ambiguous && !(capital && (near_figure || has_word_before (tz, i))))
    return 0;
  if (name->abbreviation && has_dot && i + 2 < tz->lexemes->len)
    n = 2;

  push_token (tz, lx->start, lexeme_at (tz, i + n - 1)->end, PLX_TOKEN_WORD,
              lx->flags | name->flag, g_strdup (name->full), g_strdup (name->full));

  return n;
}

/* English, German, French and Spanish words are stemmed (plx_stem()). */
static gboolean
has_stemmer (const char *language)
{
  return g_strcmp0 (language, "en") == 0 || g_strcmp0 (language, "de") == 0
         || g_strcmp0 (language, "fr") == 0 || g_strcmp0 (language, "es") == 0;
}

/* Words are stemmed again and again, sentence after sentence and pass
 * after pass (similarity, figures, dates, the ledger): each is stemmed
 * once a process. Threads share the table (the window aligns in one),
 * hence the lock; it starts afresh past STEM_CACHE_MAX words.
 */
#define STEM_CACHE_MAX 200000

G_LOCK_DEFINE_STATIC (stem_cache);
static GHashTable *stem_cache;  /* "language\x1fword" -> stem */

static char *
stem_of (Tokenizer  *tz,
         const char *norm)
{
  g_autofree char *key = NULL;
  const char *known;
  char *stem;

  if (!has_stemmer (tz->language))
    return g_strdup (norm);

  key = g_strconcat (tz->language, "\x1f", norm, NULL);

  G_LOCK (stem_cache);
  if (stem_cache == NULL)
    stem_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known = g_hash_table_lookup (stem_cache, key);
  stem = g_strdup (known);
  G_UNLOCK (stem_cache);

  if (stem != NULL)
    return stem;

  stem = plx_stem (norm, tz->language);

  G_LOCK (stem_cache);
  if (g_hash_table_size (stem_cache) >= STEM_CACHE_MAX)
    g_hash_table_remove_all (stem_cache);
  g_hash_table_replace (stem_cache, g_steal_pointer (&key), g_strdup (stem));
  G_UNLOCK (stem_cache);

  return stem;
}

static void
emit_word (Tokenizer *tz,
           Lexeme    *lx)
{
  PlxTokenFlags flags = lx->flags;
  int language = language_index (tz->language);
  char *stem;

  if (language >= 0 && g_hash_table_contains (stop_words (language), lx->norm))
    flags |= PLX_TOKEN_FLAG_STOP;
  stem = stem_of (tz, lx->norm);

  push_token (tz, lx->start, lx->end, PLX_TOKEN_WORD, flags, g_steal_pointer (&lx->norm), stem);
}

/* French elides the vowel of a short word before another that starts
 * with a vowel: "l'accord" is "le accord", "qu'il" "que il". The two
 * are words of their own, or "l'accord" and "un accord" would share
 * nothing. Returns the byte length of the elided word with its
 * apostrophe in the text, or 0. */
static gsize
elision_length (const Tokenizer *tz,
                const Lexeme    *lx)
{
  static const char *const elided[] = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
  };
  const char *apostrophe;
  gsize head;

  if (g_strcmp0 (tz->language, "fr") != 0 || (apostrophe = strchr (lx->norm, '\'')) == NULL
      || apostrophe[1] == '\0')
    return 0;
  head = (gsize) (apostrophe - lx->norm);
  for (guint i = 0; i < G_N_ELEMENTS (elided); i++)
    if (strlen (elided[i]) == head && strncmp (lx->norm, elided[i], head) == 0)
      {
        gsize next;

        /* The text's apostrophe may be "’", three bytes. */
        char_at (tz, lx->start + head, &next);
        return next - lx->start;
      }

  return 0;
}

static void
emit_elided_word (Tokenizer *tz,
                  Lexeme    *lx,
                  gsize      length)
{
  const char *apostrophe = strchr (lx->norm, '\'');
  Lexeme head = *lx;
  Lexeme rest = *lx;

  head.end = lx->start + length;
  head.norm = g_strndup (lx->norm, (gsize) (apostrophe - lx->norm));
  rest.start = head.end;
  rest.norm = g_strdup (apostrophe + 1);
  rest.flags &= ~PLX_TOKEN_FLAG_CAPITALISED;
  if (starts_capitalised (tz, &rest))
    rest.flags |= PLX_TOKEN_FLAG_CAPITALISED;
  g_clear_pointer (&lx->norm, g_free);

  emit_word (tz, &head);
  emit_word (tz, &rest);
}

static void
emit_plain (Tokenizer    *tz,
            Lexeme       *lx,
            PlxTokenKind  kind)
{
  char *norm = g_steal_pointer (&lx->norm);

  push_token (tz, lx->start, lx->end, kind, lx->flags & ~PLX_TOKEN_FLAG_CAPITALISED,
              norm, g_strdup (norm));
}

/* "13th" is the 13 of "January 13". */
static void
emit_ordinal (Tokenizer *tz,
              Lexeme    *lx)
{
  Decimal figure;

  if (!decimal_parse (&figure, tz->text + lx->start, lx->figure_end - lx->start, FALSE))
    {
      emit_plain (tz, lx, PLX_TOKEN_NUMBER);
      return;
    }
  g_free (lx->norm);
  lx->norm = decimal_format (&figure);
  emit_plain (tz, lx, PLX_TOKEN_NUMBER);
}

static guint
emit_lexeme (Tokenizer *tz,
             guint      i)
{
  Lexeme *lx = lexeme_at (tz, i);
  gsize length;
  guint n;

  if ((n = emit_amount (tz, i)) > 0)
    return n;
  if (lx->kind == LEX_WORD && (n = emit_date_name (tz, i)) > 0)
    return n;

  switch (lx->kind)
    {
    case LEX_WORD:
      if ((length = elision_length (tz, lx)) > 0)
        emit_elided_word (tz, lx, length);
      else
        emit_word (tz, lx);
      break;
    case LEX_SCALED:
    case LEX_ACRONYM:
      emit_word (tz, lx);
      break;
    case LEX_ORDINAL:
      emit_ordinal (tz, lx);
      break;
    case LEX_DIGITS:
    case LEX_NUMERIC:
      emit_plain (tz, lx, PLX_TOKEN_NUMBER);
      break;
    case LEX_PUNCT:
    default:
      emit_plain (tz, lx, PLX_TOKEN_PUNCT);
      break;
    }

  return 1;
}

/**
 * plx_tokenize_language:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if it ends with a NUL
 * @language: (nullable): a language code, as plx_tokenize() takes it
 *
 * The language plx_tokenize() reads @text in: the one of its languages
 * that @language names, or for %NULL the one @text's script suggests.
 * Two calls of plx_tokenize() on the same text give the same tokens
 * when this gives the same string, which callers that keep tokens use
 * as their key.
 *
 * Returns: (nullable): "en", "de", "fr", "es" or "hi" (static strings,
 *   the same pointer every time), or %NULL for any other language
 */
const char *
plx_tokenize_language (const char *text,
                       gssize      length,
                       const char *language)
{
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    text = "";

  return resolve_language (language, text, length < 0 ? strlen (text) : (gsize) length);
}

/**
 * plx_tokenize:
 * @text: UTF-8 text, usually one sentence
 * @length: its length in bytes, or -1 if it ends with a NUL
 * @language: (nullable): its language code ("en", "hi", "de-CH"), or
 *   %NULL if unknown: then Latin text is taken as English and
 *   Devanagari as Hindi
 *
 * Cuts @text into words, numbers and punctuation marks, each with its
 * byte offsets in @text and its normalised form and stem (see
 * #PlxToken). Amounts are one token each ("$2.5 billion"), quotation
 * marks are tokens flagged as opening or closing, and the tokens
 * between them are flagged as quoted. English, German, French and
 * Spanish words are stemmed (plx_stem()), French elisions are split
 * ("l'accord" is "l" and "accord"), month and weekday names of those
 * languages and Hindi get their full name, and their stop words are
 * flagged.
 *
 * Returns: (transfer full) (element-type PlxToken): the tokens; the
 *   array frees their strings when it is freed with g_array_unref()
 */
GArray *
plx_tokenize (const char *text,
              gssize      length,
              const char *language)
{
  Tokenizer tz = { 0 };

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  tz.text = text != NULL ? text : "";
  tz.length = length < 0 ? strlen (text) : (gsize) length;
  tz.language = resolve_language (language, tz.text, tz.length);
  tz.comma_decimal = g_strcmp0 (tz.language, "de") == 0 || g_strcmp0 (tz.language, "fr") == 0
                     || g_strcmp0 (tz.language, "es") == 0;
  tz.lexemes = g_array_sized_new (FALSE, FALSE, sizeof (Lexeme), tz.length / 4 + 1);
  g_array_set_clear_func (tz.lexemes, lexeme_clear);
  tz.tokens = g_array_sized_new (FALSE, TRUE, sizeof (PlxToken), tz.length / 4 + 1);
  g_array_set_clear_func (tz.tokens, token_clear);

  lex (&tz);
  mark_quotes (&tz);
  normalise_lexemes (&tz);
  for (guint i = 0; i < tz.lexemes->len;)
    i += emit_lexeme (&tz, i);

  g_array_unref (tz.lexemes);

  return tz.tokens;
}
