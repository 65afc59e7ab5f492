/* plx-quote-spans.c: the quoted stretches of a text and of its sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-quote-spans.h"

/* Quotation marks: “…”, "…", «…» and the German „…“ (which closes high,
 * so “ closes a quote that „ opened). A quote may open in an earlier
 * sentence of the paragraph ("“Real friends can disagree. But we will
 * always resolve our differences,” he said."), so the marks are counted
 * from the start of the paragraph: once for a whole text
 * (plx_quote_regions()), whose sentences then each take their part
 * (plx_quote_spans_within()). Counting again from the paragraph's start
 * for every sentence cost quadratic time on the long paragraphs of
 * scraped pages. */

static gboolean
opens_quote (gunichar c)
{
  return c == 0x201C || c == 0x201E || c == 0x00AB || c == '"';
}

static gboolean
closes_quote (gunichar c,
              gunichar opener)
{
  return c == 0x201D || c == 0x00BB || c == '"' || (c == 0x201C && opener == 0x201E);
}

/**
 * plx_quote_may_hold_marks:
 * @text: some text
 * @length: its length in bytes
 *
 * Could @text hold a quotation mark? Looks only at bytes: '"', and the
 * lead bytes of “ ” „ (0xE2) and « » (0xC2). Most paragraphs of news
 * hold none, and need no closer look.
 *
 * Returns: %FALSE when @text surely holds no quotation mark
 */
gboolean
plx_quote_may_hold_marks (const char *text,
                          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (text[i] == '"' || (guchar) text[i] == 0xE2 || (guchar) text[i] == 0xC2)
      return TRUE;

  return FALSE;
}

static void
add_region (GArray   *regions,
            gsize     mark,
            gsize     inside,
            gsize     close,
            gboolean  closed)
{
  PlxQuoteRegion region = { mark, inside, close, closed };

  g_array_append_val (regions, region);
}

/**
 * plx_quote_regions:
 * @text: an article's text
 * @length: its length in bytes
 *
 * Finds the quotations of @text: each from an opening mark to the mark
 * that closes it, or to the end of its paragraph (a line break) when
 * none does.
 *
 * Returns: (transfer full) (element-type PlxQuoteRegion): the regions,
 *   in the order of the text
 */
GArray *
plx_quote_regions (const char *text,
                   gsize       length)
{
  GArray *regions = g_array_new (FALSE, FALSE, sizeof (PlxQuoteRegion));
  gboolean inside = FALSE;
  gunichar opener = 0;
  gsize mark = 0;

  g_return_val_if_fail (text != NULL || length == 0, regions);

  if (!plx_quote_may_hold_marks (text, length))
    return regions;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize at = p - text;

      if (c == '\n')
        {
          if (inside)
            add_region (regions, mark, g_utf8_next_char (text + mark) - text, at, FALSE);
          inside = FALSE;
        }
      else if (!inside && opens_quote (c))
        {
          inside = TRUE;
          opener = c;
          mark = at;
        }
      else if (inside && closes_quote (c, opener))
        {
          inside = FALSE;
          add_region (regions, mark, g_utf8_next_char (text + mark) - text, at, TRUE);
        }
    }

  if (inside)
    add_region (regions, mark, g_utf8_next_char (text + mark) - text, length, FALSE);

  return regions;
}

static void
add_span (GArray   *spans,
          gsize     start,
          gsize     end,
          gboolean  opened,
          gboolean  closed)
{
  PlxQuoteSpan span = { start, end, opened, closed };

  g_array_append_val (spans, span);
}

/**
 * plx_quote_spans_within:
 * @regions: (element-type PlxQuoteRegion): the quotations of a text
 *   (plx_quote_regions())
 * @start: byte offset of a sentence of that text
 * @end: byte offset just past it
 *
 * Finds the quoted stretches of the sentence, each with at least one
 * byte inside its marks ("" is no quote), a quote open at the sentence's
 * start (opened in an earlier sentence of the paragraph) counting from
 * it, and one left open at its end running to it.
 *
 * Returns: (transfer full) (element-type PlxQuoteSpan): the spans, in
 *   the order of the text
 */
GArray *
plx_quote_spans_within (GArray *regions,
                        gsize   start,
                        gsize   end)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxQuoteSpan));
  guint low = 0, high;

  g_return_val_if_fail (regions != NULL && start <= end, spans);

  /* The first region whose closing mark (or paragraph end) lies at or
   * past the sentence's start. */
  high = regions->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (regions, PlxQuoteRegion, middle).close < start)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < regions->len; i++)
    {
      const PlxQuoteRegion *region = &g_array_index (regions, PlxQuoteRegion, i);
      gboolean opened = region->mark >= start;
      gsize from = opened ? region->inside : start;

      if (region->mark >= end)
        break;
      if (!region->closed && region->close <= start)
        continue;
      if (region->closed && region->close < end)
        {
          if (region->close > from)
            add_span (spans, from, region->close, opened, TRUE);
        }
      else if (end > from)
        add_span (spans, from, end, opened, FALSE);
    }

  return spans;
}
