/* plx-segmenter.c: split text into sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-segmenter-private.h"

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
 * The word before a full stop decides the rest (abbreviations.txt,
 * plx-segmenter-stops.c): a title or an initial never ends a sentence
 * ("Mr. Smith", "S. Jaishankar"); another abbreviation ends one only
 * before a word that often opens one ("Acme Inc. The firm", but "the
 * U.S. Government"), and only after a few words ("At 5 a.m. Mr. Smith
 * went"); a time of day
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
 * terminators through data files (segmenter-languages.txt, read by
 * plx-segmenter-rules.c). */

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

/* ------------------------------------------------------------------ */
/* The scanner                                                          */

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

  if (s->text[mark] != '!' || !_plx_segmenter_word_before (s, mark, word, &word_start))
    return FALSE;
  strcat (word, "!");

  return _plx_segmenter_lookup_abbreviation (s->rules, word) != ABBREVIATION_NONE;
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
      return has_quote (s->text, run_end, after) ||
             _plx_segmenter_stop_ends_sentence (s, mark, next);
    case RUN_OTHER:
      return after > run_end || !is_name_with_exclamation (s, mark) ||
             _plx_segmenter_abbreviation_ends_sentence (s, mark, next);
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
          (kind == RUN_STOP && after == run_end && _plx_segmenter_glued_sentence_at (s, mark)))
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

  segment_paragraph (text, start, end, _plx_segmenter_get_rules (language), spans);
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
  const Rules *rules = _plx_segmenter_get_rules (language);
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
  const Rules *rules = _plx_segmenter_get_rules (language);
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
