/* plx-segmenter.c: split text into sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-segmenter.h"

/* A first, rule-based sentence splitter for news text.
 *
 * Lines are paragraphs: a sentence never crosses a line break. Inside a
 * paragraph, a sentence ends at a terminator (. ! ? … and the
 * terminators of other scripts: । ॥ ؟ ۔ 。 ！ ？) followed by any closing
 * quotes or brackets, when
 *
 *  - the next character is white space (CJK terminators need none), and
 *  - the next word starts with something that can open a sentence: a
 *    capital letter, a digit, an opening quote or bracket, a bullet, or
 *    a letter of a script without case; and
 *  - for a full stop, the word before it is not a known abbreviation
 *    (data/rules/abbreviations.txt) or a single capital initial
 *    ("S. Jaishankar").
 *
 * Table rows ("| a | b |") are one sentence each. Everything is linear
 * in the length of the text. */

static GHashTable *
get_abbreviations (void)
{
  static GHashTable *abbreviations;

  if (g_once_init_enter (&abbreviations))
    g_once_init_leave (&abbreviations, plx_data_load_words ("abbreviations.txt"));

  return abbreviations;
}

static gboolean
is_terminator (gunichar c)
{
  switch (c)
    {
    case '.': case '!': case '?':
    case 0x2026: /* … */
    case 0x0964: case 0x0965: /* । ॥ */
    case 0x061F: case 0x06D4: /* ؟ ۔ */
    case 0x3002: case 0xFF01: case 0xFF1F: /* 。！？ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_cjk_terminator (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

static gboolean
is_closing (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A: /* ” ’ » › */
    case 0x300D: case 0x300F: case 0xFF09: /* 」 』 ） */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
can_open_sentence (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case '(': case '[': case '-': case '*':
    case 0x201C: case 0x2018: case 0x00AB: case 0x2039: /* “ ‘ « ‹ */
    case 0x2022: case 0x2013: case 0x2014: /* • – — */
    case 0x00BF: case 0x00A1: /* ¿ ¡ */
      return TRUE;
    default:
      break;
    }

  if (g_unichar_isupper (c) || g_unichar_istitle (c) || g_unichar_isdigit (c))
    return TRUE;

  /* Letters of scripts without case (Devanagari, Arabic, CJK...). */
  return g_unichar_isalpha (c) && !g_unichar_islower (c);
}

/* Is the full stop at @dot the end of an abbreviation or an initial? */
static gboolean
ends_abbreviation (const char *text,
                   gsize       start,
                   gsize       dot)
{
  gsize word_start = dot;
  g_autofree char *word = NULL;
  const char *p;

  while (word_start > start)
    {
      const char *prev = g_utf8_prev_char (text + word_start);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isalnum (c) && c != '.')
        break;
      word_start = prev - text;
    }

  if (word_start == dot)
    return FALSE;

  /* A single capital letter: an initial. */
  p = text + word_start;
  if (g_utf8_next_char (p) == text + dot && g_unichar_isupper (g_utf8_get_char (p)))
    return TRUE;

  word = g_strndup (text + word_start, dot - word_start);
  return g_hash_table_contains (get_abbreviations (), word);
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
  gsize sentence_start = start;
  gsize pos = start;

  g_return_if_fail (text != NULL);
  g_return_if_fail (start <= end);

  /* Table rows stay whole. */
  while (pos < end && g_ascii_isspace (text[pos]))
    pos++;
  if (pos < end && text[pos] == '|')
    {
      add_span (spans, text, start, end);
      return;
    }

  while (pos < end)
    {
      gunichar c = g_utf8_get_char (text + pos);
      gsize term = pos;
      gsize after;
      gsize next;

      pos = g_utf8_next_char (text + pos) - text;
      if (!is_terminator (c))
        continue;

      /* Runs of terminators and closing quotes belong to the sentence. */
      after = pos;
      while (after < end)
        {
          gunichar d = g_utf8_get_char (text + after);

          if (!is_terminator (d) && !is_closing (d))
            break;
          after = g_utf8_next_char (text + after) - text;
        }

      if (after >= end)
        break;

      if (is_cjk_terminator (c))
        {
          add_span (spans, text, sentence_start, after);
          sentence_start = pos = after;
          continue;
        }

      /* From here on, a run of terminators that ends no sentence is
       * skipped whole, so that long runs of dots stay linear. */
      if (!g_unichar_isspace (g_utf8_get_char (text + after)))
        {
          pos = after;
          continue;
        }

      next = after;
      while (next < end && g_unichar_isspace (g_utf8_get_char (text + next)))
        next = g_utf8_next_char (text + next) - text;
      if (next >= end || !can_open_sentence (g_utf8_get_char (text + next)) ||
          (c == '.' && after == pos && ends_abbreviation (text, sentence_start, term)))
        {
          pos = after;
          continue;
        }

      add_span (spans, text, sentence_start, after);
      sentence_start = pos = next;
    }

  add_span (spans, text, sentence_start, end);
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
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));

  for (guint i = 0; i < lines->len; i++)
    {
      const PlxSpan *line = &g_array_index (lines, PlxSpan, i);

      plx_segment_span (text, line->start, line->end, language, spans);
    }

  return spans;
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
