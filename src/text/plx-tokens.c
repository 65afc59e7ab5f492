/* plx-tokens.c: words, numbers and punctuation of a sentence, normalised
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-tokens-private.h"
#include "plx-variants.h"

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
 *     "2500000000 usd"; plx-amounts.c), month and weekday names get
 *     their full name, and words get their stop-word flag and stem.
 *
 * Everything is linear in the length of the text; the word lists
 * (plx-word-lists.c) are loaded once per process, thread-safely, on
 * first use. The state the passes share is in plx-tokens-private.h. */

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
  gsize after;

  if (state->in_double && mark == MARK_DOUBLE_OPEN && looks_open)
    lx->flags |= PLX_TOKEN_FLAG_OPEN_QUOTE;
  else if (state->in_double)
    {
      lx->flags |= PLX_TOKEN_FLAG_CLOSE_QUOTE;
      state->in_double = state->in_single = FALSE;
    }
  /* Even “, German's closing mark: „Die Gespräche werden schwer“, sagte
   * Gor, where „ opened in the sentence before (not «, which French
   * spaces on both sides); and », spaced or not, unless it opens
   * (German »…«): « Les discussions seront difficiles », a déclaré Gor. */
  else if ((looks_close || (mark == MARK_DOUBLE_CLOSE && !looks_open)) &&
           (mark != MARK_DOUBLE_OPEN || char_at (tz, lx->start, &after) == 0x201C))
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

/* Merges lexemes @i.. into one NUMBER token when they spell an amount.
 * Returns how many it took. */
static guint
emit_amount (Tokenizer *tz,
             guint      i)
{
  const Lexeme *first = lexeme_at (tz, i);
  guint next = 0;
  char *norm = _plx_tokens_parse_amount (tz, i, &next);

  if (norm == NULL)
    return 0;

  push_token (tz, first->start, lexeme_at (tz, next - 1)->end, PLX_TOKEN_NUMBER,
              first->flags & PLX_TOKEN_FLAG_QUOTED, norm, g_strdup (norm));

  return next - i;
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
  int language = tz->language_index;
  const DateNames *names;
  const DateName *name;
  gboolean capital;
  gboolean has_dot;
  gboolean near_figure;
  guint n = 1;

  if (language < 0)
    return 0;
  names = _plx_tokens_date_names (language);
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

/* English, German, French, Spanish and Hindi words are stemmed
 * (plx_stem()). */
static gboolean
has_stemmer (const char *language)
{
  return g_strcmp0 (language, "en") == 0 || g_strcmp0 (language, "de") == 0
         || g_strcmp0 (language, "fr") == 0 || g_strcmp0 (language, "es") == 0
         || g_strcmp0 (language, "hi") == 0;
}

/* Words are stemmed again and again, sentence after sentence and pass
 * after pass (similarity, figures, dates, the ledger): each is stemmed
 * once a process. Threads share the table (the window aligns in one),
 * hence the lock; a language starts afresh past STEM_CACHE_MAX words.
 */
#define STEM_CACHE_MAX 200000

G_LOCK_DEFINE_STATIC (stem_cache);
static GHashTable *stem_cache;  /* language -> (word -> stem) */

/* Called with the lock held. */
static GHashTable *
stems_of_language (const char *language)
{
  GHashTable *stems;

  if (stem_cache == NULL)
    stem_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);
  stems = g_hash_table_lookup (stem_cache, language);
  if (stems == NULL)
    {
      stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (stem_cache, g_strdup (language), stems);
    }

  return stems;
}

static char *
stem_of (Tokenizer  *tz,
         const char *norm)
{
  GHashTable *stems;
  char *stem;

  if (!tz->stemmed)
    return g_strdup (norm);

  G_LOCK (stem_cache);
  stems = stems_of_language (tz->language);
  stem = g_strdup (g_hash_table_lookup (stems, norm));
  G_UNLOCK (stem_cache);

  if (stem != NULL)
    return stem;

  /* British and American spellings share a stem ("defence",
   * "defense"): the stem is that of the one spelling. */
  if (g_strcmp0 (tz->language, "en") == 0)
    {
      g_autofree char *spelling = plx_variant_spelling (norm, tz->language);

      stem = plx_stem (spelling, tz->language);
    }
  else
    stem = plx_stem (norm, tz->language);

  G_LOCK (stem_cache);
  stems = stems_of_language (tz->language);
  if (g_hash_table_size (stems) >= STEM_CACHE_MAX)
    g_hash_table_remove_all (stems);
  g_hash_table_replace (stems, g_strdup (norm), g_strdup (stem));
  G_UNLOCK (stem_cache);

  return stem;
}

static void
emit_word (Tokenizer *tz,
           Lexeme    *lx)
{
  PlxTokenFlags flags = lx->flags;
  int language = tz->language_index;
  char *stem;

  if (language >= 0 && g_hash_table_contains (_plx_tokens_stop_words (language), lx->norm))
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
  char *figure = _plx_tokens_figure_norm (tz->text + lx->start, lx->figure_end - lx->start);

  if (figure != NULL)
    {
      g_free (lx->norm);
      lx->norm = figure;
    }
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

  return _plx_tokens_resolve_language (language, text, length < 0 ? strlen (text) : (gsize) length);
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
 * between them are flagged as quoted. English, German, French, Spanish
 * and Hindi words are stemmed (plx_stem()), French elisions are split
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
  tz.language = _plx_tokens_resolve_language (language, tz.text, tz.length);
  tz.language_index = _plx_tokens_language_index (tz.language);
  tz.stemmed = has_stemmer (tz.language);
  tz.comma_decimal = g_strcmp0 (tz.language, "de") == 0 || g_strcmp0 (tz.language, "fr") == 0
                     || g_strcmp0 (tz.language, "es") == 0;
  tz.lexemes = g_array_sized_new (FALSE, FALSE, sizeof (Lexeme), tz.length / 4 + 1);
  g_array_set_clear_func (tz.lexemes, lexeme_clear);

  lex (&tz);
  mark_quotes (&tz);
  normalise_lexemes (&tz);

  /* A token a lexeme, but for amounts (fewer) and French elisions
   * (more): the array the caller keeps is sized for what it holds. */
  tz.tokens = g_array_sized_new (FALSE, TRUE, sizeof (PlxToken), tz.lexemes->len);
  g_array_set_clear_func (tz.tokens, token_clear);
  for (guint i = 0; i < tz.lexemes->len;)
    i += emit_lexeme (&tz, i);

  g_array_unref (tz.lexemes);

  return tz.tokens;
}
