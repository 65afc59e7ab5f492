/* plx-quote-spans.h: the quoted stretches of a text and of its sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxQuoteSpan:
 * @start: byte offset of the first byte inside the quotation marks (or
 *   the sentence's start, when the quote opened in an earlier sentence)
 * @end: byte offset just past the last byte inside (or the sentence's
 *   end, when the quote goes on past it)
 * @opened: whether its opening mark is in this sentence
 * @closed: whether its closing mark is in this sentence
 *
 * A stretch of a sentence inside quotation marks, in the article text's
 * offsets.
 */
typedef struct
{
  gsize    start;
  gsize    end;
  gboolean opened;
  gboolean closed;
} PlxQuoteSpan;

/**
 * PlxQuoteRegion:
 * @mark: byte offset of the opening quotation mark
 * @inside: byte offset just past it
 * @close: byte offset of the closing mark, or of the paragraph's end
 *   when the quote is never closed
 * @closed: whether a mark closes it
 *
 * One quotation of a text, from its opening mark to its closing one.
 */
typedef struct
{
  gsize    mark;
  gsize    inside;
  gsize    close;
  gboolean closed;
} PlxQuoteRegion;

GArray   *plx_quote_regions        (const char *text,
                                    gsize       length);
GArray   *plx_quote_spans_within   (GArray     *regions,
                                    gsize       start,
                                    gsize       end);
gboolean  plx_quote_may_hold_marks (const char *text,
                                    gsize       length);

G_END_DECLS
