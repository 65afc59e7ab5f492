/* plx-quote-spans.h: the quoted stretches of a sentence
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

GArray   *plx_quote_spans          (const char *text,
                                   gsize       start,
                                   gsize       end);
gboolean  plx_quote_may_hold_marks (const char *text,
                                   gsize       length);

G_END_DECLS
