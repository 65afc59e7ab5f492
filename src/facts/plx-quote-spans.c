/* plx-quote-spans.c: the quoted stretches of a sentence
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
 * from the start of the paragraph. */

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
 * plx_quote_spans:
 * @text: an article's text
 * @start: byte offset of a sentence in @text
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
plx_quote_spans (const char *text,
                 gsize       start,
                 gsize       end)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxQuoteSpan));
  gsize paragraph = start;
  gboolean inside = FALSE, opened = FALSE;
  gunichar opener = 0;
  gsize quote_start = start;

  g_return_val_if_fail (text != NULL && start <= end, spans);

  while (paragraph > 0 && text[paragraph - 1] != '\n')
    paragraph--;
  if (!plx_quote_may_hold_marks (text + paragraph, end - paragraph))
    return spans;

  for (const char *p = text + paragraph; p < text + end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize at = p - text;

      if (at == start && inside)
        quote_start = start, opened = FALSE;
      if (!inside && opens_quote (c))
        {
          inside = TRUE;
          opener = c;
          opened = at >= start;
          quote_start = g_utf8_next_char (p) - text;
        }
      else if (inside && closes_quote (c, opener))
        {
          inside = FALSE;
          if (at > start && at > quote_start)
            add_span (spans, quote_start, at, opened, TRUE);
        }
    }

  if (inside)
    {
      gsize from = MAX (quote_start, start);

      if (end > from)
        add_span (spans, from, end, opened && quote_start >= start, FALSE);
    }

  return spans;
}
