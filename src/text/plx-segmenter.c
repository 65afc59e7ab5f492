/* plx-segmenter.c: split text into sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-segmenter.h"

/* A rule-based sentence splitter for news text, after the "Golden
 * Rules" of pragmatic_segmenter and pySBD.
 *
 * Lines are paragraphs: plx_segment_span() splits one, and a sentence
 * never crosses a line break (plx_segment_paragraphs() first joins the
 * lines of a sentence that a line break cut in two). Inside a paragraph
 * a sentence ends:
 *
 *  - at a terminator (. ! ? … and those of other scripts, with the
 *    closing quotes and brackets after it) followed by white space and
 *    a word that can open a sentence: one that starts with a capital, a
 *    digit, a letter of a script without case, an opening quote or
 *    bracket, a bullet or an ellipsis. A dash before a word in lower
 *    case starts an attribution ("— he said"), not a sentence;
 *  - at the terminators of scripts written without spaces (。 ！ ？ ။ ።),
 *    the danda (।) and the Arabic question mark, whatever follows;
 *  - before a bullet inside a paragraph, and before the next item of a
 *    numbered or lettered list ("1) The first item 2) The second");
 *  - at a full stop glued to the next sentence ("Hello world.Today"),
 *    unless it is inside a web or e-mail address.
 *
 * The word before a full stop decides the rest (abbreviations.txt): a
 * title or an initial never ends a sentence ("Mr. Smith", "S.
 * Jaishankar"); another abbreviation ends one only before a word that
 * often opens one ("Acme Inc. The firm", but "the U.S. Government"), and
 * only after a few words ("At 5 a.m. Mr. Smith went"); a time of day
 * before a capitalised word that is not a day or a time zone. In some
 * languages a number with a full stop is an ordinal ("am 12. Juni").
 *
 * Ellipses: three dots (". . .", "..." or "…") after a space are a pause
 * and "[...]" an elision; after a word they end a sentence before a
 * capital, and four dots are a pause and a full stop. Quotation marks
 * standing alone after a terminator close the quotation, and a full
 * stop between figures is a decimal point: text rebuilt from tokens
 * writes `happen. " White said` and "magnitude 5. 9".
 *
 * Table rows ("| a | b |") are one sentence each. Every rule looks at a
 * bounded stretch around the current position, so the whole is linear
 * in the length of the text. Languages add abbreviations, openers and
 * terminators through data files (segmenter-languages.txt). */

/* Longer words are not looked up as abbreviations or openers. */
#define MAX_WORD 64
/* How far the glued-sentence rule looks for signs of an address. */
#define MAX_TOKEN 256
/* A sentence that ends at an abbreviation has at least this many words:
 * in "At 5 a.m. Mr. Smith went to the bank" the time opens it. */
#define MIN_WORDS_ENDING_AT_ABBREVIATION 4

typedef enum
{
  ABBREVIATION_NONE,
  ABBREVIATION_PLAIN,
  ABBREVIATION_TITLE,
  ABBREVIATION_NUMBER,
  ABBREVIATION_WORD,
  ABBREVIATION_TIME,
} AbbreviationKind;

/* What the segmenter knows of one language; never freed. */
typedef struct
{
  GHashTable *abbreviations; /* word -> AbbreviationKind */
  GHashTable *openers;       /* set of words */
  GHashTable *time_words;    /* set of words */
  GArray     *terminators;   /* gunichar */
  gboolean    ordinals;
} Rules;

/* What kind of terminator a run of them starts with. */
typedef enum
{
  RUN_STOP,     /* one full stop */
  RUN_ELLIPSIS,
  RUN_QUESTION,
  RUN_OTHER,    /* ! and the like */
  RUN_STRONG,   /* is_strong_terminator() */
  RUN_LANGUAGE, /* a terminator of the language only */
} RunKind;

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
static const Rules *
get_rules (const char *language)
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
static AbbreviationKind
lookup_abbreviation (const Rules *rules,
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

/* ------------------------------------------------------------------ */
/* Characters                                                           */

static inline gunichar
char_at (const char *text,
         gsize       pos)
{
  return g_utf8_get_char (text + pos);
}

static inline gsize
after_char (const char *text,
            gsize       pos)
{
  return g_utf8_next_char (text + pos) - text;
}

static inline gsize
before_char (const char *text,
             gsize       pos)
{
  return g_utf8_prev_char (text + pos) - text;
}

/* Terminators of scripts written without spaces between sentences, and
 * others that never stand inside one. */
static gboolean
is_strong_terminator (gunichar c)
{
  switch (c)
    {
    case 0x0964: case 0x0965:              /* । ॥ */
    case 0x061F: case 0x06D4:              /* ؟ ۔ */
    case 0x104B:                           /* ။ */
    case 0x1362: case 0x1367: case 0x1368: /* ። ፧ ፨ */
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61: /* 。！？｡ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_language_terminator (const Rules *rules,
                        gunichar     c)
{
  for (guint i = 0; i < rules->terminators->len; i++)
    {
      if (g_array_index (rules->terminators, gunichar, i) == c)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_terminator (const Rules *rules,
               gunichar     c)
{
  switch (c)
    {
    case '.': case '!': case '?':
    case 0x2026:                                        /* … */
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: /* ‼ ⁇ ⁈ ⁉ */
    case 0x037E:                                        /* Greek question mark */
    case 0x0589:                                        /* Armenian full stop */
      return TRUE;
    default:
      return is_strong_terminator (c) || is_language_terminator (rules, c);
    }
}

/* Double quotation marks, counted to know whether a quotation is open. */
static gboolean
is_double_quote (gunichar c)
{
  switch (c)
    {
    case '"':
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: /* “ ” „ ‟ */
    case 0x00AB: case 0x00BB: case 0xFF02:              /* « » ＂ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_quote (gunichar c)
{
  switch (c)
    {
    case '\'':
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: /* ‘ ’ ‚ ‛ */
    case 0x2039: case 0x203A:                           /* ‹ › */
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: /* 「 」 『 』 */
      return TRUE;
    default:
      return is_double_quote (c);
    }
}

static gboolean
is_closing_bracket (gunichar c)
{
  switch (c)
    {
    case ')': case ']': case '}':
    case 0xFF09: case 0xFF3D: case 0xFF5D: /* ） ］ ｝ */
    case 0x3011: case 0x3015: case 0x3009: case 0x300B: /* 】 〕 〉 》 */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_opening_bracket (gunichar c)
{
  switch (c)
    {
    case '(': case '[': case '{':
    case 0xFF08: case 0xFF3B: case 0xFF5B: /* （ ［ ｛ */
    case 0x3010: case 0x3014: case 0x3008: case 0x300A: /* 【 〔 〈 《 */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_comma (gunichar c)
{
  return c == ',' || c == 0x060C || c == 0x055D || c == 0x3001 || c == 0xFF0C; /* ، ՝ 、 ， */
}

static gboolean
is_bullet (gunichar c)
{
  switch (c)
    {
    case 0x2022: case 0x2023: case 0x2043: /* • ‣ ⁃ */
    case 0x25E6: case 0x25AA: case 0x25CF: /* ◦ ▪ ● */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/* Directional marks and other invisible characters: skipped over. */
static gboolean
is_format (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_FORMAT;
}

/* Letters of scripts written without spaces (Han, kana, Hangul). */
static gboolean
is_wide_letter (gunichar c)
{
  return g_unichar_iswide (c) && g_unichar_isalpha (c);
}

static gboolean
can_open_sentence (gunichar c)
{
  if (is_quote (c) || is_opening_bracket (c) || is_bullet (c) || is_dash (c))
    return TRUE;

  switch (c)
    {
    case '*': case '.': case 0x2026: /* an ellipsis: "...and then" */
    case 0x00BF: case 0x00A1:        /* ¿ ¡ */
      return TRUE;
    default:
      break;
    }

  /* Capitals, digits and letters of scripts without case. */
  return g_unichar_isdigit (c) || (g_unichar_isalpha (c) && !g_unichar_islower (c));
}

/* ------------------------------------------------------------------ */
/* Looking around a position                                            */

static gsize
skip_space (const char *text,
            gsize       pos,
            gsize       end)
{
  while (pos < end && g_unichar_isspace (char_at (text, pos)))
    pos = after_char (text, pos);

  return pos;
}

/* Past the terminators, closing quotes and brackets, and invisible
 * marks that follow a terminator: they all belong to its sentence. */
static gsize
skip_closing (const Rules *rules,
              const char  *text,
              gsize        pos,
              gsize        end)
{
  while (pos < end)
    {
      gunichar c = char_at (text, pos);

      if (!is_terminator (rules, c) && !is_quote (c) && !is_closing_bracket (c) && !is_format (c))
        break;
      pos = after_char (text, pos);
    }

  return pos;
}

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
/* The scanner                                                          */

typedef struct
{
  const char  *text;
  gsize        start;          /* of the paragraph */
  gsize        end;
  const Rules *rules;
  GArray      *spans;
  gsize        pos;            /* the next character to look at */
  gsize        sentence_start;
  guint        quotes;         /* double quotation marks passed: odd inside a quotation */
  guint        marker;         /* the last list marker: 1 for "1." or "a)", 0 if none */
  guint        marker_style;
} Scanner;

static void
add_span (GArray     *spans,
          const char *text,
          gsize       start,
          gsize       end)
{
  PlxSpan span = { start, end };

  plx_span_trim (text, &span);
  if (span.end > span.start)
    g_array_append_val (spans, span);
}

/* Moves on to @to, counting the quotation marks passed. */
static void
move_to (Scanner *s,
         gsize    to)
{
  for (gsize p = s->pos; p < to; p = after_char (s->text, p))
    s->quotes += is_double_quote (char_at (s->text, p));

  s->pos = MAX (s->pos, to);
}

/* Ends the sentence at @end; the next one starts at @next. */
static void
cut (Scanner *s,
     gsize    end,
     gsize    next)
{
  add_span (s->spans, s->text, s->sentence_start, end);
  s->sentence_start = next;
  move_to (s, next);
}

/* Is there nothing but white space and bullets between the start of the
 * sentence and @pos? (Looking no further than a few characters back.) */
static gboolean
at_sentence_start (Scanner *s,
                   gsize    pos)
{
  if (pos - s->sentence_start > 16)
    return FALSE;

  for (gsize p = s->sentence_start; p < pos; p = after_char (s->text, p))
    {
      gunichar c = char_at (s->text, p);

      if (!g_unichar_isspace (c) && !is_bullet (c) && !is_dash (c))
        return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Lists                                                                */

/* A list marker at @pos: "1.", "1.)", "1)", "a." or "a)", then white
 * space and a word that can open a sentence. Returns the position after
 * it, with its value and style, or 0. */
static gsize
parse_marker (const char *text,
              gsize       pos,
              gsize       end,
              guint      *value,
              guint      *style)
{
  gsize p = pos;
  guint v = 0;
  guint kind = 0;

  if (g_ascii_isdigit (text[p]))
    {
      while (p < end && g_ascii_isdigit (text[p]) && p - pos < 3)
        v = v * 10 + (text[p++] - '0');
    }
  else if (text[p] >= 'a' && text[p] <= 'z')
    {
      v = text[p++] - 'a' + 1;
      kind = 1;
    }

  if (p == pos || p >= end || g_ascii_isdigit (text[p]))
    return 0;
  if (text[p] == '.')
    {
      p++;
      kind += 2;
      if (p < end && text[p] == ')')
        {
          p++;
          kind += 2;
        }
    }
  else if (text[p] == ')')
    p++;
  else
    return 0;

  if (p >= end || !g_ascii_isspace (text[p]))
    return 0;
  {
    gsize next = skip_space (text, p, end);
    gunichar c = next < end ? char_at (text, next) : 0;

    if (c == 0 || g_unichar_islower (c) || !can_open_sentence (c))
      return 0;
  }

  *value = v;
  *style = kind;

  return p;
}

/* A list marker starts an item at the start of a sentence, or inside
 * one when it follows the previous marker ("1) The first item 2) The
 * second item"). Its full stop ends nothing. */
static gboolean
at_list_marker (Scanner *s,
                gsize    pos)
{
  guint value;
  guint style;
  gsize after;

  if (pos > s->start && !g_unichar_isspace (char_at (s->text, before_char (s->text, pos))) &&
      !is_bullet (char_at (s->text, before_char (s->text, pos))))
    return FALSE;

  after = parse_marker (s->text, pos, s->end, &value, &style);
  if (after == 0)
    return FALSE;

  if (!at_sentence_start (s, pos))
    {
      if (s->marker == 0 || value != s->marker + 1 || style != s->marker_style)
        return FALSE;
      cut (s, pos, pos);
    }

  s->marker = value;
  s->marker_style = style;
  move_to (s, after);

  return TRUE;
}

/* A bullet inside a paragraph starts a new item. */
static gboolean
at_bullet (Scanner *s,
           gsize    pos)
{
  if (pos == s->start || at_sentence_start (s, pos) ||
      !g_unichar_isspace (char_at (s->text, before_char (s->text, pos))))
    return FALSE;

  cut (s, pos, pos);
  move_to (s, after_char (s->text, pos));

  return TRUE;
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
static gboolean
word_before (Scanner *s,
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
static gboolean
abbreviation_ends_sentence (Scanner *s,
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
static gboolean
stop_ends_sentence (Scanner *s,
                    gsize    dot,
                    gsize    next)
{
  char word[MAX_WORD];
  gsize word_start;
  AbbreviationKind kind;

  if (!word_before (s, dot, word, &word_start))
    return TRUE;

  kind = lookup_abbreviation (s->rules, word);
  if (kind == ABBREVIATION_NONE)
    kind = lookup_abbreviation (s->rules, after_elision (word));
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
      return abbreviation_ends_sentence (s, dot, next);
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
static gboolean
glued_sentence_at (Scanner *s,
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

/* ------------------------------------------------------------------ */
/* After a run of terminators                                           */

/* "Бірақ оның енді не керегі бар? — деді.": a dash before a word in
 * lower case introduces who spoke. */
static gboolean
is_attribution_dash (Scanner *s,
                     gsize    pos)
{
  while (pos < s->end && is_dash (char_at (s->text, pos)))
    pos = after_char (s->text, pos);
  pos = skip_space (s->text, pos, s->end);

  return pos < s->end && g_unichar_islower (char_at (s->text, pos));
}

/* "кім? не?": a question mark between words ends a question even
 * before a word in lower case, outside quotations and addresses. */
static gboolean
question_ends_before_lower (Scanner *s,
                            gsize    mark,
                            gsize    next)
{
  gsize p = next;

  if (mark == s->start || !g_unichar_isalpha (char_at (s->text, before_char (s->text, mark))))
    return FALSE;

  while (p < s->end && g_unichar_isalpha (char_at (s->text, p)))
    p = after_char (s->text, p);

  return p >= s->end || g_unichar_isspace (char_at (s->text, p)) ||
         is_terminator (s->rules, char_at (s->text, p)) ||
         (s->text[p] != '\0' && strchr (",;:", s->text[p]) != NULL);
}

/* "ضغط الدم، والقلب، زرعها": a comma that ends sentences in the language
 * does not when it is followed by a word and another comma, in a list. */
static gboolean
separates_list_items (Scanner  *s,
                      gunichar  mark,
                      gsize     next)
{
  gsize p = next;

  if (!is_comma (mark))
    return FALSE;

  while (p < s->end && g_unichar_isalpha (char_at (s->text, p)))
    p = after_char (s->text, p);

  return p < s->end && p > next && char_at (s->text, p) == mark;
}

static gboolean
has_quote (const char *text,
           gsize       from,
           gsize       to)
{
  for (gsize p = from; p < to; p = after_char (text, p))
    {
      if (is_quote (char_at (text, p)))
        return TRUE;
    }

  return FALSE;
}

/* "magnitude 5. 9", "(. 464)": a full stop after a digit, or after
 * punctuation that no sentence ends with, before a number, is a decimal
 * point that a tokeniser spaced out. (A sentence rarely starts with a
 * figure after one that ends with a figure.) */
static gboolean
splits_number (Scanner *s,
               gsize    dot)
{
  gunichar before;

  if (dot == s->start)
    return TRUE;
  before = char_at (s->text, before_char (s->text, dot));

  return g_unichar_isdigit (before) || g_unichar_isspace (before) || is_opening_bracket (before) ||
         is_comma (before) || before == ':' || before == ';';
}

/* "Yahoo! News": a name that ends in an exclamation mark
 * (abbreviations.txt lists them with it). */
static gboolean
is_name_with_exclamation (Scanner *s,
                          gsize    mark)
{
  char word[MAX_WORD + 1];
  gsize word_start;

  if (s->text[mark] != '!' || !word_before (s, mark, word, &word_start))
    return FALSE;
  strcat (word, "!");

  return lookup_abbreviation (s->rules, word) != ABBREVIATION_NONE;
}

/* Does the sentence end after the run of terminators from @mark to
 * @after, before the word at @next? */
static gboolean
run_ends_sentence (Scanner *s,
                   RunKind  kind,
                   gsize    mark,
                   gsize    run_end,
                   gsize    after,
                   gsize    next)
{
  gunichar n = char_at (s->text, next);

  if (g_unichar_islower (n))
    return kind == RUN_STRONG ||
           (kind == RUN_QUESTION && after == run_end && question_ends_before_lower (s, mark, next));
  if (is_dash (n))
    return !is_attribution_dash (s, next);
  if (!can_open_sentence (n))
    return FALSE;

  switch (kind)
    {
    case RUN_STOP:
      if (g_unichar_isdigit (n) && splits_number (s, mark))
        return FALSE;
      /* A quote after the full stop says it ends a sentence; a bracket
       * may close an aside, "(N.J.) High School". */
      return has_quote (s->text, run_end, after) || stop_ends_sentence (s, mark, next);
    case RUN_OTHER:
      return after > run_end || !is_name_with_exclamation (s, mark) ||
             abbreviation_ends_sentence (s, mark, next);
    case RUN_LANGUAGE:
      return g_unichar_isalpha (n) && !separates_list_items (s, char_at (s->text, mark), next);
    case RUN_ELLIPSIS:
    case RUN_QUESTION:
    case RUN_STRONG:
    default:
      return TRUE;
    }
}

static gboolean
is_opening_quote (gunichar c)
{
  switch (c)
    {
    case 0x201C: case 0x2018: case 0x201E: case 0x201A: /* “ ‘ „ ‚ */
    case 0x00AB: case 0x2039: case 0x300C: case 0x300E: /* « ‹ 「 『 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* After a closing quotation mark: white space, or punctuation that
 * follows a quotation (`Top Doc? ", was published`). */
static gboolean
ends_quote_token (gunichar c)
{
  return g_unichar_isspace (c) || is_comma (c) || is_closing_bracket (c) || c == ';' || c == ':';
}

/* Quotation marks standing alone after a terminator close the quotation
 * that the sentence ends (`happen. " White said`, `sorry. ' I wasn't`:
 * text rebuilt from tokens). One shaped to open ("“") does so only while
 * a quotation is open. Returns the position after them, or @next. */
static gsize
skip_lone_closing_quotes (Scanner *s,
                          gsize    next)
{
  guint quotes = s->quotes;
  gsize closed = next;
  gsize p = next;

  for (gsize q = s->pos; q < next; q = after_char (s->text, q))
    quotes += is_double_quote (char_at (s->text, q));

  while (p < s->end && is_quote (char_at (s->text, p)))
    {
      gsize token_end = p;

      if (is_opening_quote (char_at (s->text, p)) && quotes % 2 == 0)
        break;
      while (token_end < s->end && is_quote (char_at (s->text, token_end)))
        {
          quotes += is_double_quote (char_at (s->text, token_end));
          token_end = after_char (s->text, token_end);
        }
      if (token_end < s->end && !ends_quote_token (char_at (s->text, token_end)))
        break;

      closed = token_end;
      p = skip_space (s->text, token_end, s->end);
    }

  return closed;
}

/* Decides what the run of terminators from @mark to @run_end ends, and
 * moves past it. */
static void
finish_run (Scanner *s,
            RunKind  kind,
            gsize    mark,
            gsize    run_end)
{
  gsize after = skip_closing (s->rules, s->text, run_end, s->end);
  gsize next;
  gsize closed;

  if (after >= s->end)
    {
      move_to (s, after);
      return;
    }

  if (!g_unichar_isspace (char_at (s->text, after)))
    {
      gunichar d = char_at (s->text, after);

      if ((kind == RUN_STRONG && (g_unichar_isalnum (d) || is_quote (d) || is_opening_bracket (d))) ||
          (kind == RUN_STOP && after == run_end && glued_sentence_at (s, mark)))
        cut (s, after, after);
      else
        move_to (s, after);
      return;
    }

  next = skip_space (s->text, after, s->end);
  closed = skip_lone_closing_quotes (s, next);
  if (closed != next)
    {
      after = closed;
      next = skip_space (s->text, after, s->end);
    }

  if (next < s->end && run_ends_sentence (s, kind, mark, run_end, after, next))
    cut (s, after, next);
  else
    move_to (s, after);
}

/* ------------------------------------------------------------------ */
/* Ellipses                                                             */

/* ". . ." from @pos: the number of dots, each after one space. */
static guint
count_spaced_dots (const char *text,
                   gsize       pos,
                   gsize       end,
                   gsize      *after)
{
  guint dots = 1;
  gsize p = pos + 1;

  while (p + 1 < end && text[p] == ' ' && text[p + 1] == '.')
    {
      dots++;
      p += 2;
    }

  *after = p;
  return dots;
}

/* Is the ellipsis at @pos glued to the word before it? */
static gboolean
is_attached (Scanner *s,
             gsize    pos)
{
  return pos > s->start && !g_unichar_isspace (char_at (s->text, before_char (s->text, pos)));
}

/* Does a word that can open a sentence, other than in lower case,
 * follow @pos (after closing marks and white space)? */
static gboolean
opener_follows (Scanner *s,
                gsize    pos)
{
  gsize after = skip_closing (s->rules, s->text, pos, s->end);
  gsize next = skip_space (s->text, after, s->end);

  if (next == after || next >= s->end)
    return FALSE;

  return can_open_sentence (char_at (s->text, next)) && !is_dash (char_at (s->text, next));
}

/* ". . ." or ". . . ." from @pos to @after. */
static void
at_spaced_ellipsis (Scanner *s,
                    gsize    pos,
                    gsize    after,
                    guint    dots)
{
  gboolean attached = is_attached (s, pos);

  /* "compounds. . . . The practice": a full stop, and an ellipsis that
   * opens the next sentence. */
  if (attached && dots >= 4)
    {
      if (opener_follows (s, after))
        cut (s, pos + 1, pos + 2);
      move_to (s, after);
    }
  else if (!attached && dots == 3)
    move_to (s, after);
  else
    finish_run (s, RUN_ELLIPSIS, pos, after);
}

/* "..", "...", "…" from @pos to @after. */
static void
at_ellipsis (Scanner *s,
             gsize    pos,
             gsize    after)
{
  gunichar before = pos > s->start ? char_at (s->text, before_char (s->text, pos)) : 0;
  /* "..." and "…" are both three bytes long. */
  gboolean three = after - pos == 3;

  /* "[...]" leaves words out; " ... " is a pause inside a sentence. */
  if (is_opening_bracket (before) || (three && !is_attached (s, pos)))
    move_to (s, after);
  else
    finish_run (s, RUN_ELLIPSIS, pos, after);
}

static void
at_full_stop (Scanner *s,
              gsize    pos)
{
  gsize after = pos + 1;
  guint dots;

  while (after < s->end && s->text[after] == '.')
    after++;
  if (after - pos >= 2)
    {
      at_ellipsis (s, pos, after);
      return;
    }

  dots = count_spaced_dots (s->text, pos, s->end, &after);
  if (dots >= 3)
    at_spaced_ellipsis (s, pos, after, dots);
  else
    finish_run (s, RUN_STOP, pos, pos + 1);
}

/* Handles the terminator @c at @pos, if it is one. */
static gboolean
at_terminator (Scanner  *s,
               gsize     pos,
               gunichar  c)
{
  gsize after = after_char (s->text, pos);

  if (c == '.')
    at_full_stop (s, pos);
  else if (c == 0x2026)
    at_ellipsis (s, pos, after);
  else if (is_strong_terminator (c))
    finish_run (s, RUN_STRONG, pos, after);
  else if (is_language_terminator (s->rules, c))
    finish_run (s, RUN_LANGUAGE, pos, after);
  else if (c == '?' || c == 0x037E)
    finish_run (s, RUN_QUESTION, pos, after);
  else if (is_terminator (s->rules, c))
    finish_run (s, RUN_OTHER, pos, after);
  else
    return FALSE;

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Paragraphs                                                           */

static void
segment_paragraph (const char  *text,
                   gsize        start,
                   gsize        end,
                   const Rules *rules,
                   GArray      *spans)
{
  Scanner s = { text, start, end, rules, spans, start, start, 0, 0, 0 };
  gsize first = skip_space (text, start, end);

  /* Table rows stay whole. */
  if (first < end && text[first] == '|')
    {
      add_span (spans, text, start, end);
      return;
    }

  while (s.pos < end)
    {
      gsize pos = s.pos;
      gunichar c = char_at (text, pos);

      if ((c < 0x80 && g_ascii_isalnum (c) && at_list_marker (&s, pos)) ||
          (is_bullet (c) && at_bullet (&s, pos)) ||
          at_terminator (&s, pos, c))
        {
          /* Every handler moves on at least one character. */
          g_assert (s.pos > pos);
          continue;
        }
      move_to (&s, after_char (text, pos));
    }

  add_span (spans, text, s.sentence_start, end);
}

void
plx_span_trim (const char *text,
               PlxSpan    *span)
{
  while (span->start < span->end && g_ascii_isspace (text[span->start]))
    span->start++;
  while (span->end > span->start && g_ascii_isspace (text[span->end - 1]))
    span->end--;

  /* No-break and other Unicode spaces at either end. */
  while (span->start < span->end)
    {
      gunichar c = g_utf8_get_char (text + span->start);

      if (!g_unichar_isspace (c))
        break;
      span->start = g_utf8_next_char (text + span->start) - text;
    }
  while (span->end > span->start)
    {
      const char *prev = g_utf8_prev_char (text + span->end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      span->end = prev - text;
    }
}

/**
 * plx_segment_span:
 * @text: a UTF-8 text
 * @start: where the stretch to split starts
 * @end: where it ends; it holds no line break
 * @language: (nullable): the text's language code
 * @spans: (element-type PlxSpan): where to append the sentences found
 *
 * Splits one paragraph into sentences, trimmed of white space.
 */
void
plx_segment_span (const char *text,
                  gsize       start,
                  gsize       end,
                  const char *language,
                  GArray     *spans)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (start <= end);

  segment_paragraph (text, start, end, get_rules (language), spans);
}

/**
 * plx_split_lines:
 * @text: a UTF-8 text
 * @length: its length in bytes
 *
 * Splits @text at line breaks (LF, CRLF or CR). Empty lines are kept, so
 * that callers can see paragraph breaks.
 *
 * Returns: (transfer full) (element-type PlxSpan): the lines, without
 *   their line breaks
 */
GArray *
plx_split_lines (const char *text,
                 gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  gsize line_start = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\n' || text[i] == '\r')
        {
          PlxSpan line = { line_start, i };

          g_array_append_val (lines, line);
          if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n')
            i++;
          line_start = i + 1;
        }
    }

  if (line_start < length)
    {
      PlxSpan line = { line_start, length };

      g_array_append_val (lines, line);
    }

  return lines;
}

/**
 * plx_segment_text:
 * @text: a UTF-8 text
 * @length: its length in bytes
 * @language: (nullable): the text's language code
 *
 * Returns: (transfer full) (element-type PlxSpan): the sentences of
 *   every line of @text
 */
GArray *
plx_segment_text (const char *text,
                  gsize       length,
                  const char *language)
{
  g_autoptr(GArray) lines = plx_split_lines (text, length);
  const Rules *rules = get_rules (language);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));

  for (guint i = 0; i < lines->len; i++)
    {
      const PlxSpan *line = &g_array_index (lines, PlxSpan, i);

      segment_paragraph (text, line->start, line->end, rules, spans);
    }

  return spans;
}

/* ------------------------------------------------------------------ */
/* Wrapped lines                                                        */

/* Does the sentence open at the end of @line start in lower case? A
 * line that is one sentence goes on with the one before it, whose
 * answer @open_lower holds. */
static gboolean
open_sentence_is_lower (const char    *text,
                        const PlxSpan *line,
                        const Rules   *rules,
                        gboolean       continued,
                        gboolean       open_lower)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  const PlxSpan *last;

  segment_paragraph (text, line->start, line->end, rules, spans);
  if (spans->len == 0)
    return FALSE;
  if (spans->len == 1 && continued)
    return open_lower;

  last = &g_array_index (spans, PlxSpan, spans->len - 1);
  return g_unichar_islower (char_at (text, last->start));
}

/* Does the line break between @line and @next cut a sentence in two?
 * It does when @line ends without a terminator and @next starts in
 * lower case, unless the sentence began in lower case too (a list of
 * lower-case items, one a line); or between two letters of a script
 * written without spaces. */
static gboolean
line_runs_on (const char    *text,
              const Rules   *rules,
              const PlxSpan *line,
              const PlxSpan *next,
              gboolean       continued,
              gboolean      *open_lower)
{
  PlxSpan a = *line;
  PlxSpan b = *next;
  gunichar last;
  gunichar first;

  plx_span_trim (text, &a);
  plx_span_trim (text, &b);
  if (a.start == a.end || b.start == b.end || text[a.start] == '|' || text[b.start] == '|')
    return FALSE;

  last = char_at (text, before_char (text, a.end));
  first = char_at (text, b.start);
  if (is_wide_letter (last) && is_wide_letter (first))
    return TRUE;
  if (is_terminator (rules, last) || is_quote (last) || is_closing_bracket (last) ||
      last == ':' || !g_unichar_islower (first))
    return FALSE;

  *open_lower = open_sentence_is_lower (text, &a, rules, continued, *open_lower);

  return !*open_lower;
}

/**
 * plx_segment_paragraphs:
 * @text: a UTF-8 text
 * @length: its length in bytes
 * @language: (nullable): the text's language code
 *
 * Like plx_segment_text(), for text whose lines may be wrapped inside
 * a sentence (copied from a PDF, or typed). A blank line always ends a
 * paragraph. A single line break ends one too, unless the line before
 * it ends without a terminator and the line after starts in lower case
 * ("It was a cold\nnight"), or both sides are letters of a script
 * written without spaces; a sentence that itself starts in lower case
 * ends at the line break ("features\ncontact manager" is a list).
 * Spans may then hold line breaks: plx_span_dup_text() joins them.
 *
 * Returns: (transfer full) (element-type PlxSpan): the sentences
 */
GArray *
plx_segment_paragraphs (const char *text,
                        gsize       length,
                        const char *language)
{
  g_autoptr(GArray) lines = plx_split_lines (text, length);
  const Rules *rules = get_rules (language);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  guint i = 0;

  while (i < lines->len)
    {
      guint j = i;
      gboolean open_lower = FALSE;

      while (j + 1 < lines->len &&
             line_runs_on (text, rules, &g_array_index (lines, PlxSpan, j),
                           &g_array_index (lines, PlxSpan, j + 1), j > i, &open_lower))
        j++;

      segment_paragraph (text, g_array_index (lines, PlxSpan, i).start,
                         g_array_index (lines, PlxSpan, j).end, rules, spans);
      i = j + 1;
    }

  return spans;
}

/**
 * plx_span_dup_text:
 * @text: a UTF-8 text
 * @span: a sentence of it
 *
 * The sentence's text, its lines joined: every line break, with the
 * white space around it, becomes one space, or nothing between two
 * letters of a script written without spaces.
 *
 * Returns: (transfer full): the text of @span
 */
char *
plx_span_dup_text (const char    *text,
                   const PlxSpan *span)
{
  GString *joined;
  gsize p;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (span != NULL, NULL);

  joined = g_string_sized_new (span->end - span->start);
  p = span->start;

  while (p < span->end)
    {
      gsize run_end = p;
      gboolean has_break = FALSE;

      while (run_end < span->end && g_unichar_isspace (char_at (text, run_end)))
        {
          has_break |= text[run_end] == '\n' || text[run_end] == '\r';
          run_end = after_char (text, run_end);
        }

      if (run_end == p)
        {
          run_end = after_char (text, p);
          g_string_append_len (joined, text + p, run_end - p);
        }
      else if (!has_break)
        g_string_append_len (joined, text + p, run_end - p);
      else if (p == span->start || run_end == span->end ||
               !is_wide_letter (char_at (text, before_char (text, p))) ||
               !is_wide_letter (char_at (text, run_end)))
        g_string_append_c (joined, ' ');

      p = run_end;
    }

  return g_string_free (joined, FALSE);
}

/**
 * plx_count_words:
 * @text: a UTF-8 text
 * @length: its length in bytes
 *
 * Returns: how many runs of characters other than white space and "|"
 *   (a table or dateline separator) @text holds
 */
guint
plx_count_words (const char *text,
                 gsize       length)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      gboolean space = g_ascii_isspace (text[i]) || text[i] == '|';

      words += !space && !in_word;
      in_word = !space;
    }

  return words;
}
